//! `thermoblock sample`: one block, one clamped input, average-and-sign readout.

use std::io::Write;
use std::time::Instant;

use anyhow::Context;
use serde_json::json;
use thermoblock_sim::GibbsResult;
use thermoblock_sim::feedforward::feed_forward;

use super::{load_input, load_model};
use crate::backend;
use crate::cli::SampleArgs;
use crate::progress::SweepProgress;

pub fn run(args: &SampleArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let model = load_model(&args.model)?;
    let block = model.block(args.block).with_context(|| format!("model file {}", args.model.display()))?;
    let x = load_input(&args.input)?;
    if x.c != block.c0() {
        anyhow::bail!(
            "input file {} has shape {:?} but block {} takes C0 = {} input channels: expected [{}, H, W]",
            args.input.display(),
            x.shape(),
            args.block,
            block.c0(),
            block.c0()
        );
    }
    let cfg = args.sampling.config()?;
    let mut backend = open_backend(args)?;
    let start = Instant::now();
    let progress = SweepProgress::new(cfg.sweeps);
    let r = backend.sample(block, &x, &cfg, &|n| progress.tick(n));
    progress.finish();
    let r = r?;
    let elapsed = start.elapsed().as_secs_f64();
    // How often the Gibbs consensus agrees with the feed-forward network's sign(z2) (eqs. 1-4).
    let ff = feed_forward(block, &x).output();
    let agree = ff.data.iter().zip(&r.output.data).filter(|(a, b)| a == b).count() as f64 / ff.data.len() as f64;
    if args.json {
        let value = json!({
            "backend": backend.name(),
            "model": args.model.display().to_string(),
            "block": args.block,
            "shape": r.output.shape(),
            "output": r.output.data,
            "mean": r.mean,
            "hidden_mean": r.hidden_mean,
            "sweeps": r.sweeps,
            "burn_in": r.burn_in,
            "seed": r.seed,
            "delta": cfg.delta,
            "init": format!("{:?}", args.sampling.init).to_lowercase(),
            "ff_agreement": agree,
            "cycles": r.cycles,
            "elapsed_s": elapsed,
            "link": backend.link().map(|(stats, rate)| stats.json(rate, elapsed)),
        });
        writeln!(out, "{value}")?;
    } else {
        human_summary(out, args, &backend.name(), &r, agree, elapsed)?;
    }
    Ok(())
}

/// The backend, with the waveform `--trace` asks for (the rtl backend only).
fn open_backend(args: &SampleArgs) -> anyhow::Result<Box<dyn backend::Backend>> {
    #[cfg(feature = "rtl")]
    if let Some((path, window)) = args.trace.spec()? {
        anyhow::ensure!(
            args.sampling.backend == backend::BackendSpec::Rtl,
            "--trace writes a waveform of the verilated chip: it needs --backend rtl (got {})",
            args.sampling.backend
        );
        return Ok(Box::new(backend::Rtl::new(args.sampling.chip).with_trace(path, window)));
    }
    backend::open(&args.sampling.backend, args.sampling.chip)
}

fn human_summary(
    out: &mut dyn Write,
    args: &SampleArgs,
    backend: &str,
    r: &GibbsResult,
    agree: f64,
    elapsed: f64,
) -> anyhow::Result<()> {
    let [c, h, w] = r.output.shape();
    writeln!(
        out,
        "block {} of {}: output {c}x{h}x{w}, delta {}, {} sweeps (burn-in {}), seed {}, backend {backend}",
        args.block,
        args.model.display(),
        args.sampling.delta,
        r.sweeps,
        r.burn_in,
        r.seed
    )?;
    if w <= 40 && c * h <= 64 {
        for ch in 0..c {
            writeln!(out, "output channel {ch} (sign of the time-averaged spin):")?;
            for y in 0..h {
                let row: String =
                    r.output.data[(ch * h + y) * w..][..w].iter().map(|&s| if s > 0 { " +" } else { " -" }).collect();
                writeln!(out, " {row}")?;
            }
        }
    }
    let plus = r.output.data.iter().filter(|&&s| s > 0).count();
    let mean_abs = r.mean.iter().map(|m| m.abs()).sum::<f64>() / r.mean.len() as f64;
    let sweeps_per_s = r.sweeps as f64 / elapsed.max(1e-9);
    writeln!(
        out,
        "{plus}/{} outputs are +1; mean |<s2>| = {mean_abs:.3}; {:.1}% agree with the feed-forward sign(z2)",
        r.output.data.len(),
        100.0 * agree
    )?;
    writeln!(out, "{:.3} s, {sweeps_per_s:.0} sweeps/s (use --json for the means)", elapsed)?;
    if let Some(cycles) = r.cycles {
        writeln!(out, "{cycles} chip clock cycles ({:.2} ms at 100 MHz)", cycles as f64 / 1e5)?;
    }
    Ok(())
}
