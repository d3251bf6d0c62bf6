//! PNG heat maps (`thermoblock grid`) with plotters' bitmap backend.
//!
//! Text is drawn with `ab_glyph` from a TrueType file registered at run time: `$THERMOBLOCK_FONT`
//! when it is set (the only file tried), else the first of [`FONT_FILES`] that exists (Debian's
//! DejaVu, Liberation or Lato). No fontconfig, no system library. Without a usable font file the
//! map is drawn without text.

use std::path::Path;
use std::sync::OnceLock;

use plotters::prelude::*;
use plotters::style::FontStyle;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Environment variable naming a `.ttf`/`.otf` file to draw text with.
pub const FONT_ENV: &str = "THERMOBLOCK_FONT";

/// Font files tried in order when `$THERMOBLOCK_FONT` is not set.
pub const FONT_FILES: [&str; 5] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
];

const FAMILY: &str = "sans-serif";

/// Registers the first usable font file once; `true` if text can be drawn.
fn font_ready() -> bool {
    static READY: OnceLock<bool> = OnceLock::new();
    *READY.get_or_init(|| {
        let candidates: Vec<std::path::PathBuf> = match std::env::var_os(FONT_ENV) {
            Some(file) => vec![file.into()],
            None => FONT_FILES.iter().map(Into::into).collect(),
        };
        for path in candidates {
            let Ok(bytes) = std::fs::read(&path) else { continue };
            // ab_glyph keeps a `'static` reference: the font lives for the rest of the process.
            let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
            if plotters::style::register_font(FAMILY, FontStyle::Normal, bytes).is_ok() {
                return true;
            }
        }
        false
    })
}

/// A heat map: `values[row][column]`, rows labelled by `y_labels` (top to bottom), columns by
/// `x_labels`. Each cell is coloured on a scale from the smallest to the largest value and labelled
/// with its value as a percentage.
#[derive(Clone, Debug)]
pub struct Heatmap {
    pub title: String,
    pub x_title: String,
    pub y_title: String,
    pub x_labels: Vec<String>,
    pub y_labels: Vec<String>,
    pub values: Vec<Vec<f64>>,
}

/// Viridis, sampled at five points and interpolated linearly: dark purple (low) to yellow (high).
fn colour(t: f64) -> RGBColor {
    const STOPS: [(f64, f64, f64); 5] =
        [(68.0, 1.0, 84.0), (59.0, 82.0, 139.0), (33.0, 145.0, 140.0), (94.0, 201.0, 98.0), (253.0, 231.0, 37.0)];
    let t = t.clamp(0.0, 1.0) * (STOPS.len() - 1) as f64;
    let i = (t.floor() as usize).min(STOPS.len() - 2);
    let f = t - i as f64;
    let (a, b) = (STOPS[i], STOPS[i + 1]);
    let mix = |x: f64, y: f64| (x + (y - x) * f).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

fn style(size: f64, colour: &RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    TextStyle { font: (FAMILY, size).into_font(), color: colour.to_backend_color(), pos: Pos::new(h, v) }
}

/// Writes `map` as a PNG at `path`. Returns whether text was drawn (a font file was found).
pub fn heatmap(path: &Path, map: &Heatmap) -> anyhow::Result<bool> {
    let (nx, ny) = (map.x_labels.len(), map.y_labels.len());
    anyhow::ensure!(
        nx > 0 && ny > 0 && map.values.len() == ny && map.values.iter().all(|r| r.len() == nx),
        "heat map: {ny} row labels, {nx} column labels, values {}x{}",
        map.values.len(),
        map.values.first().map_or(0, Vec::len)
    );
    let text = font_ready();
    let (cell_w, cell_h) = (120i32, 64i32);
    let (top, bottom, bar) = (80i32, 90i32, 150i32);
    let grid_w = cell_w * nx as i32;
    let width = (110 + grid_w + bar).max(900);
    // The grid and its colour bar are centred; the row labels take the margin on the left.
    let left = (width - grid_w - bar + 40) / 2;
    let height = top + cell_h * ny as i32 + bottom;
    let root = BitMapBackend::new(path, (width as u32, height as u32)).into_drawing_area();
    let err = |e: &dyn std::fmt::Display| anyhow::anyhow!("drawing the heat map: {e}");
    root.fill(&WHITE).map_err(|e| err(&e))?;

    let finite = map.values.iter().flatten().copied().filter(|v| v.is_finite());
    let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| (l.min(v), h.max(v)));
    let scale = |v: f64| if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
    let draw_text = |s: &str, at: (i32, i32), st: TextStyle| -> anyhow::Result<()> {
        if text {
            root.draw(&Text::new(s.to_string(), at, st)).map_err(|e| err(&e))?;
        }
        Ok(())
    };

    for (r, row) in map.values.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            let (x0, y0) = (left + c as i32 * cell_w, top + r as i32 * cell_h);
            let t = scale(v);
            root.draw(&Rectangle::new([(x0, y0), (x0 + cell_w, y0 + cell_h)], colour(t).filled()))
                .map_err(|e| err(&e))?;
            root.draw(&Rectangle::new([(x0, y0), (x0 + cell_w, y0 + cell_h)], WHITE.stroke_width(2)))
                .map_err(|e| err(&e))?;
            let ink = if t < 0.6 { WHITE } else { BLACK };
            let label = if v.is_finite() { format!("{:.2}%", 100.0 * v) } else { "-".into() };
            draw_text(&label, (x0 + cell_w / 2, y0 + cell_h / 2 + 2), style(20.0, &ink, HPos::Center, VPos::Center))?;
        }
    }
    let grid_bottom = top + cell_h * ny as i32;
    draw_text(&map.title, (width / 2, 24), style(18.0, &BLACK, HPos::Center, VPos::Center))?;
    for (r, label) in map.y_labels.iter().enumerate() {
        let y = top + r as i32 * cell_h + cell_h / 2;
        draw_text(label, (left - 12, y), style(17.0, &BLACK, HPos::Right, VPos::Center))?;
    }
    draw_text(&map.y_title, (left - 12, top - 18), style(17.0, &BLACK, HPos::Right, VPos::Center))?;
    for (c, label) in map.x_labels.iter().enumerate() {
        let x = left + c as i32 * cell_w + cell_w / 2;
        draw_text(label, (x, grid_bottom + 18), style(17.0, &BLACK, HPos::Center, VPos::Center))?;
    }
    draw_text(&map.x_title, (left + grid_w / 2, grid_bottom + 54), style(17.0, &BLACK, HPos::Center, VPos::Center))?;

    // Colour bar: the scale from the smallest value (bottom) to the largest (top).
    let (bx, bw) = (left + grid_w + 40, 22);
    let (by0, by1) = (top, grid_bottom);
    for y in by0..by1 {
        let t = 1.0 - (y - by0) as f64 / (by1 - by0).max(1) as f64;
        root.draw(&Rectangle::new([(bx, y), (bx + bw, y + 1)], colour(t).filled())).map_err(|e| err(&e))?;
    }
    if lo.is_finite() {
        let at = |v: f64| format!("{:.2}%", 100.0 * v);
        draw_text(&at(hi), (bx + bw + 6, by0 + 6), style(15.0, &BLACK, HPos::Left, VPos::Center))?;
        draw_text(&at(lo), (bx + bw + 6, by1 - 6), style(15.0, &BLACK, HPos::Left, VPos::Center))?;
    }
    root.present().map_err(|e| err(&e))?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_scale_ends() {
        assert_eq!(colour(0.0), RGBColor(68, 1, 84));
        assert_eq!(colour(1.0), RGBColor(253, 231, 37));
        assert_eq!(colour(2.0), colour(1.0));
    }

    #[test]
    fn writes_a_png() {
        let path = std::env::temp_dir().join(format!("tb-plot-{}.png", std::process::id()));
        let map = Heatmap {
            title: "test".into(),
            x_title: "sweeps".into(),
            y_title: "delta".into(),
            x_labels: vec!["10".into(), "30".into()],
            y_labels: vec!["0.5".into()],
            values: vec![vec![0.5, 0.75]],
        };
        heatmap(&path, &map).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        std::fs::remove_file(&path).unwrap();
        let bad = Heatmap { values: vec![vec![0.5]], ..map };
        assert!(heatmap(&path, &bad).is_err());
    }
}
