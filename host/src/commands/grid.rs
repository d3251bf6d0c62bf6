//! `thermoblock grid`: Gibbs accuracy over a grid of (delta, sweeps) settings, written as a CSV
//! table and a PNG heat map. The feed-forward accuracy (the same for every cell) is printed and
//! put in the map's title. Every cell uses the same seed, so cells differ only by their settings.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use thermoblock_sim::{GibbsConfig, Init};

use super::{load_data, load_network};
use crate::backend;
use crate::cli::{GridArgs, PlotGridArgs};
use crate::eval;
use crate::plot::{self, Heatmap};
use crate::progress::SweepProgress;

/// One cell of the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub delta: f32,
    pub sweeps: usize,
    pub burn_in: usize,
    pub total_sweeps: usize,
    pub accuracy: f64,
    pub images: usize,
}

fn with_suffix(prefix: &std::path::Path, suffix: &str) -> PathBuf {
    let mut s: OsString = prefix.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

pub fn run(args: &GridArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut deltas = args.deltas.clone();
    let mut sweeps = args.sweeps.clone();
    // Every setting is checked before any sampling starts.
    for &d in &deltas {
        GibbsConfig::new(d, 1).validate().context("--deltas")?;
    }
    for &g in &sweeps {
        GibbsConfig::new(1.0, g).validate().context("--sweeps")?;
        GibbsConfig { burn_in: args.burn_in, ..GibbsConfig::new(1.0, g) }
            .validate()
            .with_context(|| format!("--burn-in with {g} sweeps"))?;
    }
    deltas.sort_by(f32::total_cmp);
    deltas.dedup();
    sweeps.sort_unstable();
    sweeps.dedup();

    // --out is a prefix of two files: check both before any sampling.
    let (csv_path, png_path) = (with_suffix(&args.out, ".csv"), with_suffix(&args.out, ".png"));
    if args.out.file_name().is_none() || args.out.as_os_str().to_string_lossy().ends_with('/') {
        anyhow::bail!(
            "--out {}: a prefix such as results/grid (writes PREFIX.csv and PREFIX.png), not a folder",
            args.out.display()
        );
    }
    super::check_output(&csv_path, "--out")?;
    super::check_output(&png_path, "--out")?;

    let net = load_network(&args.model)?;
    let data = load_data(&args.data)?;
    eval::check(&net, &data)?;
    let mut backend = backend::open(&args.backend, args.chip)?;
    let blocks = net.blocks().len();

    let ff = eval::feed_forward(&net, &data)?;
    let ff_accuracy = ff.accuracy(&data);
    let per_cell: usize = sweeps.iter().sum::<usize>() * deltas.len();
    let progress = SweepProgress::new(data.len() * blocks * per_cell);
    let mut cells = Vec::with_capacity(deltas.len() * sweeps.len());
    let mut result = Ok(());
    'grid: for &delta in &deltas {
        for &g in &sweeps {
            let cfg = GibbsConfig { delta, sweeps: g, burn_in: args.burn_in, init: Init::Random, seed: args.seed };
            match eval::gibbs(&net, &data, &mut *backend, &cfg, args.data.batch, 1, &|n| progress.tick(n)) {
                Ok(p) => cells.push(Cell {
                    delta,
                    sweeps: g,
                    burn_in: cfg.burn_in(),
                    total_sweeps: blocks * g,
                    accuracy: p.accuracy(&data),
                    images: data.len(),
                }),
                Err(e) => {
                    result = Err(e.context(format!("delta {delta}, {g} sweeps")));
                    break 'grid;
                }
            }
        }
    }
    progress.finish();
    result?;

    let mut csv = format!("{CSV_HEADER}\n");
    for c in &cells {
        csv.push_str(&format!(
            "{},{},{},{:.6},{},{}\n",
            c.delta, c.sweeps, c.total_sweeps, c.accuracy, c.images, c.burn_in
        ));
    }
    std::fs::write(&csv_path, csv).with_context(|| format!("writing {}", csv_path.display()))?;

    let title = format!(
        "{} {}, {} images, backend {}: Gibbs accuracy (feed-forward {:.2}%)",
        data.kind,
        data.split,
        data.len(),
        backend.name(),
        100.0 * ff_accuracy
    );
    let map = heatmap_of(&cells, &deltas, &sweeps, blocks, title);
    let labelled = plot::heatmap(&png_path, &map).with_context(|| format!("writing {}", png_path.display()))?;

    writeln!(
        out,
        "{} {}, {} images, backend {}, seed {}, {}: Gibbs accuracy per (delta, sweeps); feed-forward {:.2}%",
        data.kind,
        data.split,
        data.len(),
        backend.name(),
        args.seed,
        burn_in_label(&cells),
        100.0 * ff_accuracy
    )?;
    write!(out, "{:>8}", "delta")?;
    for g in &sweeps {
        write!(out, " {:>9}", format!("G={g}"))?;
    }
    writeln!(out)?;
    for (d, row) in deltas.iter().zip(cells.chunks(sweeps.len())) {
        write!(out, "{d:>8}")?;
        for c in row {
            write!(out, " {:>8.2}%", 100.0 * c.accuracy)?;
        }
        writeln!(out)?;
    }
    writeln!(out, "wrote {}", csv_path.display())?;
    report_png(out, &png_path, labelled)
}

fn report_png(out: &mut dyn Write, png: &std::path::Path, labelled: bool) -> anyhow::Result<()> {
    match labelled {
        true => writeln!(out, "wrote {}", png.display())?,
        false => writeln!(
            out,
            "wrote {} without text (no font file found; install fonts-dejavu-core or set {})",
            png.display(),
            plot::FONT_ENV
        )?,
    }
    Ok(())
}

/// The heat map of `cells`, ordered delta-major over the sorted `deltas` and `sweeps`.
fn heatmap_of(cells: &[Cell], deltas: &[f32], sweeps: &[usize], blocks: usize, title: String) -> Heatmap {
    Heatmap {
        title,
        x_title: format!("sweeps G per block ({blocks} block(s), {})", burn_in_label(cells)),
        y_title: "delta".into(),
        x_labels: sweeps.iter().map(|g| g.to_string()).collect(),
        y_labels: deltas.iter().map(|d| d.to_string()).collect(),
        values: cells.chunks(sweeps.len()).map(|row| row.iter().map(|c| c.accuracy).collect()).collect(),
    }
}

/// How the cells chose their burn-in, for titles: `burn-in G/4` when every cell used the default,
/// `burn-in B` when all used the same B, else the range.
fn burn_in_label(cells: &[Cell]) -> String {
    if cells.iter().all(|c| c.burn_in == c.sweeps / 4) {
        return "burn-in G/4".into();
    }
    let lo = cells.iter().map(|c| c.burn_in).min().unwrap_or(0);
    let hi = cells.iter().map(|c| c.burn_in).max().unwrap_or(0);
    match lo == hi {
        true => format!("burn-in {lo}"),
        false => format!("burn-in {lo}-{hi}"),
    }
}

/// Reads a CSV written by `grid`: every (delta, sweeps) pair of its axes exactly once. Errors name
/// the line and what is wrong with it. CSVs from before the `burn_in` column (five columns) used
/// the default burn-in, floor(G/4).
pub fn read_csv(text: &str) -> anyhow::Result<(Vec<Cell>, Vec<f32>, Vec<usize>)> {
    let mut lines = text.lines().enumerate();
    let columns = match lines.next() {
        Some((_, CSV_HEADER)) => 6,
        Some((_, CSV_HEADER_V0)) => 5,
        other => anyhow::bail!("line 1: expected the header `{CSV_HEADER}`, found `{}`", other.map_or("", |(_, l)| l)),
    };
    let mut cells = Vec::new();
    for (i, line) in lines.filter(|(_, l)| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split(',').map(str::trim).collect();
        let header = if columns == 6 { CSV_HEADER } else { CSV_HEADER_V0 };
        let bad = || anyhow::anyhow!("line {}: expected {header}, found `{line}`", i + 1);
        if f.len() != columns {
            return Err(bad());
        }
        let sweeps: usize = f[1].parse().map_err(|_| bad())?;
        let cell = Cell {
            delta: f[0].parse().map_err(|_| bad())?,
            sweeps,
            burn_in: if columns == 6 { f[5].parse().map_err(|_| bad())? } else { sweeps / 4 },
            total_sweeps: f[2].parse().map_err(|_| bad())?,
            accuracy: f[3].parse().map_err(|_| bad())?,
            images: f[4].parse().map_err(|_| bad())?,
        };
        anyhow::ensure!(
            cell.delta.is_finite()
                && (0.0..=1.0).contains(&cell.accuracy)
                && cell.sweeps > 0
                && cell.burn_in < cell.sweeps,
            "line {}: delta must be finite, accuracy in [0, 1], sweeps positive and burn-in below them: `{line}`",
            i + 1
        );
        cells.push(cell);
    }
    anyhow::ensure!(!cells.is_empty(), "the CSV has no cells");
    let mut deltas: Vec<f32> = cells.iter().map(|c| c.delta).collect();
    let mut sweeps: Vec<usize> = cells.iter().map(|c| c.sweeps).collect();
    deltas.sort_by(f32::total_cmp);
    deltas.dedup();
    sweeps.sort_unstable();
    sweeps.dedup();
    cells.sort_by(|a, b| a.delta.total_cmp(&b.delta).then(a.sweeps.cmp(&b.sweeps)));
    anyhow::ensure!(
        cells.len() == deltas.len() * sweeps.len()
            && cells
                .iter()
                .enumerate()
                .all(|(k, c)| { c.delta == deltas[k / sweeps.len()] && c.sweeps == sweeps[k % sweeps.len()] }),
        "the CSV must hold every (delta, sweeps) pair of its {} deltas and {} sweep counts exactly once",
        deltas.len(),
        sweeps.len()
    );
    Ok((cells, deltas, sweeps))
}

const CSV_HEADER: &str = "delta,sweeps,total_sweeps,accuracy,images,burn_in";
/// The header before the `burn_in` column.
const CSV_HEADER_V0: &str = "delta,sweeps,total_sweeps,accuracy,images";

/// `thermoblock plot-grid`: the heat map of a grid CSV.
pub fn plot(args: &PlotGridArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    // The image encoder picks the format from the extension; without `.png` it fails with no hint.
    let png = args.out.extension().is_some_and(|e| e.eq_ignore_ascii_case("png"));
    anyhow::ensure!(png, "--out {}: the heat map is a PNG; give a path ending in .png", args.out.display());
    let text =
        thermoblock_sim::limits::read_text(&args.csv).with_context(|| format!("reading {}", args.csv.display()))?;
    let (cells, deltas, sweeps) = read_csv(&text).with_context(|| format!("grid CSV {}", args.csv.display()))?;
    let blocks = (cells[0].total_sweeps / cells[0].sweeps).max(1);
    let images = cells[0].images;
    let title = args.title.clone().unwrap_or_else(|| format!("Gibbs accuracy, {images} images"));
    let labelled = plot::heatmap(&args.out, &heatmap_of(&cells, &deltas, &sweeps, blocks, title))
        .with_context(|| format!("writing {}", args.out.display()))?;
    report_png(out, &args.out, labelled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plot_refuses_an_output_that_is_not_png() {
        let args = PlotGridArgs { csv: "grid.csv".into(), out: "map".into(), title: None };
        let err = plot(&args, &mut Vec::new()).unwrap_err().to_string();
        assert!(err.contains("--out map") && err.contains(".png"), "{err}");
    }

    #[test]
    fn a_grid_csv_reads_back_in_any_row_order() {
        let text = "delta,sweeps,total_sweeps,accuracy,images\n0.5,20,40,0.9,10\n0.2,20,40,0.7,10\n\
                    0.5,10,20,0.8,10\n0.2,10,20,0.6,10\n";
        let (cells, deltas, sweeps) = read_csv(text).unwrap();
        assert_eq!((deltas, sweeps), (vec![0.2, 0.5], vec![10, 20]));
        let acc: Vec<f64> = cells.iter().map(|c| c.accuracy).collect();
        assert_eq!(acc, [0.6, 0.7, 0.8, 0.9], "delta-major, sweeps ascending");
        let map = heatmap_of(&cells, &[0.2, 0.5], &[10, 20], 2, "t".into());
        assert_eq!(map.values, vec![vec![0.6, 0.7], vec![0.8, 0.9]]);
        assert_eq!(cells.iter().map(|c| c.burn_in).collect::<Vec<_>>(), [2, 5, 2, 5], "five columns: floor(G/4)");
        assert!(map.x_title.ends_with("burn-in G/4)"), "{}", map.x_title);
    }

    #[test]
    fn a_grid_csv_keeps_its_burn_in() {
        let text = "delta,sweeps,total_sweeps,accuracy,images,burn_in\n0.2,20,60,0.7,10,3\n0.2,12,36,0.6,10,3\n";
        let (cells, _, sweeps) = read_csv(text).unwrap();
        assert_eq!(sweeps, [12, 20]);
        assert!(cells.iter().all(|c| c.burn_in == 3));
        let map = heatmap_of(&cells, &[0.2], &sweeps, 3, "t".into());
        assert_eq!(map.x_title, "sweeps G per block (3 block(s), burn-in 3)");
        let mixed = "delta,sweeps,total_sweeps,accuracy,images,burn_in\n0.2,20,60,0.7,10,1\n0.2,12,36,0.6,10,3\n";
        assert!(burn_in_label(&read_csv(mixed).unwrap().0).ends_with("burn-in 1-3"));
    }

    #[test]
    fn malformed_grid_csvs_are_refused_with_the_line() {
        let head = "delta,sweeps,total_sweeps,accuracy,images\n";
        let cases = [
            ("delta,sweeps\n0.1,10\n", "line 1"),
            (&format!("{head}0.1,10,10,0.5\n") as &str, "line 2"),
            (&format!("{head}0.1,10,10,1.5,9\n"), "accuracy in [0, 1]"),
            (&format!("{head}0.1,10,10,0.5,9\n0.2,20,20,0.5,9\n"), "exactly once"),
            (&format!("{head}0.1,10,10,0.5,9\n0.1,10,10,0.5,9\n"), "exactly once"),
            (head, "no cells"),
            ("delta,sweeps,total_sweeps,accuracy,images,burn_in\n0.1,10,10,0.5,9\n", "line 2"),
            ("delta,sweeps,total_sweeps,accuracy,images,burn_in\n0.1,10,10,0.5,9,10\n", "burn-in below"),
        ];
        for (text, want) in cases {
            let e = format!("{:#}", read_csv(text).unwrap_err());
            assert!(e.contains(want), "`{e}` should mention `{want}`");
        }
    }
}
