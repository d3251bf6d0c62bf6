//! `thermoblock info`: geometry and counts per block, like the paper's Table 2.

use std::io::Write;

use serde_json::json;
use thermoblock_sim::block::BlockStats;

use super::{load_model, model_grid};
use crate::cli::InfoArgs;

pub fn run(args: &InfoArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let model = load_model(&args.model)?;
    let grid = model_grid(&model, &args.model, args.grid)?;
    let encoder_params = model.encoder.as_ref().map_or(0, |e| e.weight.w.len() + e.bias.len());
    let decoder_params = model.decoder.as_ref().map_or(0, |d| d.weight.len() + d.bias.len());
    let stats: Vec<Option<BlockStats>> = model.blocks.iter().map(|b| grid.map(|g| b.stats(g.h, g.w))).collect();
    let block_params: Vec<usize> = model.blocks.iter().map(|b| b.stats(1, 1).parameters).collect();
    let total_params = encoder_params + decoder_params + block_params.iter().sum::<usize>();

    if args.json {
        let blocks: Vec<_> = model
            .blocks
            .iter()
            .zip(&stats)
            .enumerate()
            .map(|(i, (b, s))| {
                json!({
                    "block": i, "c0": b.c0(), "c1": b.c1(), "c2": b.c2(),
                    "k1": [b.k1.kh, b.k1.kw], "k2": [b.k2.kh, b.k2.kw],
                    "parameters": block_params[i],
                    "stored_couplings": b.k1.w.len() + b.k2.w.len() + b.k3.w.len(),
                    "input_spins": s.map(|s| s.input_spins),
                    "hidden_spins": s.map(|s| s.hidden_spins),
                    "output_spins": s.map(|s| s.output_spins),
                    "unrolled_couplings": s.map(|s| s.unrolled_couplings),
                })
            })
            .collect();
        let value = json!({
            "model": args.model.display().to_string(),
            "grid": grid.map(|g| g.to_string()),
            "parameters": total_params,
            "encoder_parameters": encoder_params,
            "decoder_parameters": decoder_params,
            "encoder_stride": model.encoder.as_ref().map(|e| e.stride),
            "blocks": blocks,
            "metadata": model.metadata,
        });
        writeln!(out, "{value}")?;
        return Ok(());
    }

    let grid_text =
        grid.map_or("unknown (pass --grid HxW for spin and coupling counts)".to_string(), |g| g.to_string());
    writeln!(out, "{}: thermoblock-v1, {} block(s), grid {grid_text}", args.model.display(), model.blocks.len())?;
    writeln!(
        out,
        "parameters: {} total ({} in blocks, encoder {encoder_params}, decoder {decoder_params})",
        total_params,
        block_params.iter().sum::<usize>()
    )?;
    if let Some(e) = &model.encoder {
        writeln!(
            out,
            "encoder: {} -> {} channels, {}x{} kernel, stride {}",
            e.weight.in_ch, e.weight.out_ch, e.weight.kh, e.weight.kw, e.stride
        )?;
    }
    writeln!(
        out,
        "{:>5} {:>4} {:>4} {:>4} {:>5} {:>5} {:>10} {:>9} {:>9} {:>9} {:>12} {:>14}",
        "block",
        "C0",
        "C1",
        "C2",
        "k1",
        "k2",
        "params",
        "in spins",
        "hidden",
        "output",
        "stored coupl",
        "unrolled coupl"
    )?;
    let opt = |v: Option<usize>| v.map_or("-".to_string(), |v| v.to_string());
    for (i, (b, s)) in model.blocks.iter().zip(&stats).enumerate() {
        writeln!(
            out,
            "{:>5} {:>4} {:>4} {:>4} {:>5} {:>5} {:>10} {:>9} {:>9} {:>9} {:>12} {:>14}",
            i,
            b.c0(),
            b.c1(),
            b.c2(),
            format!("{}x{}", b.k1.kh, b.k1.kw),
            format!("{}x{}", b.k2.kh, b.k2.kw),
            block_params[i],
            opt(s.map(|s| s.input_spins)),
            opt(s.map(|s| s.hidden_spins)),
            opt(s.map(|s| s.output_spins)),
            b.k1.w.len() + b.k2.w.len() + b.k3.w.len(),
            opt(s.map(|s| s.unrolled_couplings)),
        )?;
    }
    if let Some(first) = stats.first().copied().flatten() {
        let free: usize = stats.iter().flatten().map(|s| s.hidden_spins + s.output_spins).sum();
        let unrolled: usize = stats.iter().flatten().map(|s| s.unrolled_couplings).sum();
        let stored: usize = model.blocks.iter().map(|b| b.k1.w.len() + b.k2.w.len() + b.k3.w.len()).sum();
        writeln!(
            out,
            "total: {free} free (hidden + output) spins, {} clamped input spins of block 0; {unrolled} unrolled couplings \
             stored as {stored} shared weights ({:.0}x compression)",
            first.input_spins,
            unrolled as f64 / stored.max(1) as f64
        )?;
    }
    Ok(())
}
