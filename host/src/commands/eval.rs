//! `thermoblock eval`: classify a data set with a whole network — the encoder and decoder on the
//! host, every block on the backend — and report the accuracy under Gibbs sampling next to the
//! feed-forward accuracy on the same images.

use std::io::Write;

use serde_json::json;

use super::{load_data, load_network};
use crate::backend;
use crate::cli::EvalArgs;
use crate::eval;
use crate::progress::SweepProgress;

pub fn run(args: &EvalArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let cfg = args.sampling.config()?;
    let net = load_network(&args.model)?;
    let data = load_data(&args.data)?;
    let (h, w) = eval::check(&net, &data)?;
    let mut backend = backend::open(&args.sampling.backend, args.sampling.chip)?;
    let blocks = net.blocks().len();
    let chains = args.chains as usize;
    let total_sweeps = chains * blocks * cfg.sweeps;

    let ff = eval::feed_forward(&net, &data)?;
    let progress = SweepProgress::new(data.len() * total_sweeps);
    let gibbs = eval::gibbs(&net, &data, &mut *backend, &cfg, args.data.batch, chains, &|n| progress.tick(n));
    progress.finish();
    let gibbs = gibbs?;

    let images = data.len();
    let (gibbs_correct, ff_correct) = (gibbs.correct(&data), ff.correct(&data));
    let agree = gibbs.classes.iter().zip(&ff.classes).filter(|(a, b)| a == b).count();
    let images_per_s = images as f64 / gibbs.elapsed_s.max(1e-9);
    let pct = |n: usize| 100.0 * n as f64 / images as f64;
    if args.json {
        let value = json!({
            "model": args.model.display().to_string(),
            "dataset": data.kind.name(),
            "split": data.split.name(),
            "images": images,
            "skip": data.first,
            // The f32 as typed (0.7, not 0.699999988079071).
            "delta": cfg.delta.to_string().parse::<f64>().unwrap_or(cfg.delta as f64),
            "sweeps": cfg.sweeps,
            "burn_in": cfg.burn_in(),
            "chains": chains,
            "total_sweeps": total_sweeps,
            "blocks": blocks,
            "grid": [h, w],
            "backend": backend.name(),
            "seed": cfg.seed,
            "init": format!("{:?}", args.sampling.init).to_lowercase(),
            "gibbs_accuracy": gibbs_correct as f64 / images as f64,
            "ff_accuracy": ff_correct as f64 / images as f64,
            "gibbs_correct": gibbs_correct,
            "ff_correct": ff_correct,
            "gibbs_ff_agreement": agree as f64 / images as f64,
            "images_per_s": images_per_s,
            "elapsed_s": gibbs.elapsed_s,
            "link": backend.link().map(|(stats, rate)| stats.json(rate, gibbs.elapsed_s)),
        });
        writeln!(out, "{value}")?;
        return Ok(());
    }
    let enc = net.encoder();
    writeln!(
        out,
        "model {}: encoder {} -> {} ({}x{}, stride {}), {blocks} block(s) on {h}x{w}, decoder {} classes",
        args.model.display(),
        enc.channels(),
        enc.weight.out_ch,
        enc.weight.kh,
        enc.weight.kw,
        enc.stride,
        net.classes()
    )?;
    writeln!(
        out,
        "{} {}: {images} images of {}x{}{} ({})",
        data.kind,
        data.split,
        data.rows,
        data.cols,
        if data.first > 0 {
            format!(", {} to {} of the split", data.first, data.first + images - 1)
        } else {
            String::new()
        },
        data.files.0.display()
    )?;
    writeln!(
        out,
        "backend {}, delta {}, {} sweeps per block (burn-in {}), {}{total_sweeps} sweeps per image, seed {}",
        backend.name(),
        cfg.delta,
        cfg.sweeps,
        cfg.burn_in(),
        if chains > 1 { format!("{chains} chains per image (decoder softmax averaged), ") } else { String::new() },
        cfg.seed
    )?;
    writeln!(out, "Gibbs accuracy:        {:6.2}% ({gibbs_correct}/{images})", pct(gibbs_correct))?;
    writeln!(out, "feed-forward accuracy: {:6.2}% ({ff_correct}/{images})", pct(ff_correct))?;
    writeln!(out, "Gibbs and feed-forward predictions agree on {:.2}% of the images", pct(agree))?;
    writeln!(out, "Gibbs sampling took {:.2} s: {images_per_s:.1} images/s", gibbs.elapsed_s)?;
    if let Some((s, rate)) = backend.link() {
        let busy = s.bytes_sent.max(s.bytes_received) as f64;
        let utilization = rate.map_or(String::new(), |r| {
            format!(", {:.1}% of the line rate", 100.0 * busy / (r * gibbs.elapsed_s.max(1e-9)))
        });
        writeln!(
            out,
            "link: {} requests, {} retries, {} bytes sent, {} received{utilization}; {} inputs streamed in during \
             the run before them",
            s.requests, s.retries, s.bytes_sent, s.bytes_received, s.streamed_inputs
        )?;
    }
    writeln!(
        out,
        "summary: {} {} {images} images, delta {}, {total_sweeps} sweeps/image on {}: Gibbs {:.2}%, \
         feed-forward {:.2}%, {images_per_s:.1} images/s",
        data.kind,
        data.split,
        cfg.delta,
        backend.name(),
        pct(gibbs_correct),
        pct(ff_correct)
    )?;
    Ok(())
}
