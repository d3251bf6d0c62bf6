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
use crate::cli::GridArgs;
use crate::eval;
use crate::plot::{self, Heatmap};
use crate::progress::SweepProgress;

/// One cell of the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub delta: f32,
    pub sweeps: usize,
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
    }
    deltas.sort_by(f32::total_cmp);
    deltas.dedup();
    sweeps.sort_unstable();
    sweeps.dedup();

    let net = load_network(&args.model)?;
    let data = load_data(&args.data)?;
    eval::check(&net, &data)?;
    let mut backend = backend::open(&args.backend, args.chip)?;
    let blocks = net.blocks().len();
    let (csv_path, png_path) = (with_suffix(&args.out, ".csv"), with_suffix(&args.out, ".png"));

    let ff = eval::feed_forward(&net, &data)?;
    let ff_accuracy = ff.accuracy(&data);
    let per_cell: usize = sweeps.iter().sum::<usize>() * deltas.len();
    let progress = SweepProgress::new(data.len() * blocks * per_cell);
    let mut cells = Vec::with_capacity(deltas.len() * sweeps.len());
    let mut result = Ok(());
    'grid: for &delta in &deltas {
        for &g in &sweeps {
            let cfg = GibbsConfig { delta, sweeps: g, burn_in: None, init: Init::Random, seed: args.seed };
            match eval::gibbs(&net, &data, &mut *backend, &cfg, args.data.batch, &|n| progress.tick(n)) {
                Ok(p) => cells.push(Cell {
                    delta,
                    sweeps: g,
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

    let mut csv = String::from("delta,sweeps,total_sweeps,accuracy,images\n");
    for c in &cells {
        csv.push_str(&format!("{},{},{},{:.6},{}\n", c.delta, c.sweeps, c.total_sweeps, c.accuracy, c.images));
    }
    std::fs::write(&csv_path, csv).with_context(|| format!("writing {}", csv_path.display()))?;

    let values: Vec<Vec<f64>> =
        cells.chunks(sweeps.len()).map(|row| row.iter().map(|c| c.accuracy).collect()).collect();
    let map = Heatmap {
        title: format!(
            "{} {}, {} images, backend {}: Gibbs accuracy (feed-forward {:.2}%)",
            data.kind,
            data.split,
            data.len(),
            backend.name(),
            100.0 * ff_accuracy
        ),
        x_title: format!("sweeps G per block ({blocks} block(s), burn-in G/4)"),
        y_title: "delta".into(),
        x_labels: sweeps.iter().map(|g| g.to_string()).collect(),
        y_labels: deltas.iter().map(|d| d.to_string()).collect(),
        values,
    };
    let labelled = plot::heatmap(&png_path, &map).with_context(|| format!("writing {}", png_path.display()))?;

    writeln!(
        out,
        "{} {}, {} images, backend {}, seed {}: Gibbs accuracy per (delta, sweeps); feed-forward {:.2}%",
        data.kind,
        data.split,
        data.len(),
        backend.name(),
        args.seed,
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
    match labelled {
        true => writeln!(out, "wrote {}", png_path.display())?,
        false => writeln!(
            out,
            "wrote {} without text (no font file found; install fonts-dejavu-core or set {})",
            png_path.display(),
            plot::FONT_ENV
        )?,
    }
    Ok(())
}
