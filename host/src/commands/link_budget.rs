//! `thermoblock link-budget`: where a block's time goes on a board over its UART, measured on the
//! verilated board in simulated time (`link::rtl_board::measure_budget`).

use std::io::Write;

use anyhow::Context;
use serde_json::json;
use thermoblock_contract::uart::{BOARD_BAUD, BOARD_CLOCK_HZ};
use thermoblock_sim::random::random_spins;

use super::{load_model, model_grid};
use crate::cli::LinkBudgetArgs;
use crate::link::rtl_board::{Phase, board_seconds, measure_budget};

pub fn run(args: &LinkBudgetArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    anyhow::ensure!(args.sweeps > 0, "--sweeps must be at least 1");
    anyhow::ensure!(args.batch > 0, "--batch must be at least 1");
    anyhow::ensure!(
        args.delta.is_finite() && args.delta > 0.0 && args.delta <= 1.0,
        "--delta must be in (0, 1], got {}",
        args.delta
    );
    let model = load_model(&args.model)?;
    let block = model.block(args.block).with_context(|| format!("model file {}", args.model.display()))?;
    let grid = model_grid(&model, &args.model, args.grid)?.ok_or_else(|| {
        anyhow::anyhow!("model file {} has no `grid` metadata: pass --grid HxW", args.model.display())
    })?;
    // The link's cost does not depend on the input's spins.
    let x = random_spins(block.c0(), grid.h, grid.w, 1);
    let b = measure_budget(args.chip, block, &x, args.delta, args.sweeps, args.trace.spec()?)?;
    let image_s = board_seconds(b.image_cycles());
    let share = |cycles: u64| cycles as f64 / b.image_cycles() as f64;
    // Batch-major: a block that shares the board with others is uploaded once per batch.
    let swap_s = b.weights.seconds() / args.batch as f64;
    let swapped_images_per_s = 1.0 / (image_s + swap_s);
    if args.json {
        let value = json!({
            "model": args.model.display().to_string(),
            "block": args.block,
            "chip": b.config,
            "grid": grid.to_string(),
            "clock_hz": BOARD_CLOCK_HZ,
            "baud": BOARD_BAUD,
            "sweeps": b.sweeps,
            "weights": b.weights.json(),
            "launch": b.launch.json(),
            "input": b.input.json(),
            "status": b.status.json(),
            "readout": b.readout.json(),
            "run_cycles": b.run_cycles,
            "run_seconds": board_seconds(b.run_cycles),
            "image_cycles": b.image_cycles(),
            "images_per_s": b.images_per_second(),
            "clamp_cycles": b.clamp_cycles,
            "streamed_image_cycles": b.streamed_image_cycles(),
            "streamed_images_per_s": b.streamed_images_per_second(),
            "measured_run_cycles_1_sweep": b.measured_run_cycles,
            "batch": args.batch,
            "swap_seconds_per_image": swap_s,
            "swapped_images_per_s": swapped_images_per_s,
        });
        writeln!(out, "{value}")?;
        return Ok(());
    }
    writeln!(
        out,
        "block {} of {} on the verilated `{}` board: {} MHz clock, UART {} baud (8N1, {:.0} bytes/s each way)",
        args.block,
        args.model.display(),
        b.config,
        BOARD_CLOCK_HZ / 1_000_000,
        BOARD_BAUD,
        BOARD_BAUD as f64 / 10.0
    )?;
    let row = |out: &mut dyn Write, name: &str, p: &Phase| -> std::io::Result<()> {
        writeln!(
            out,
            "  {name:<28} {:>4} frames {:>8} B out {:>7} B back {:>10.3} ms  data {:>5.1}% / frames {:>5.1}% of the line",
            p.requests,
            p.bytes_sent,
            p.bytes_received,
            1e3 * p.seconds(),
            100.0 * p.data_share(),
            100.0 * p.wire_share()
        )
    };
    writeln!(out, "once per block:")?;
    row(out, "coupling upload", &b.weights)?;
    writeln!(out, "per image ({} sweeps, delta {}):", b.sweeps, args.delta)?;
    row(out, "launch (config, input, RUN)", &b.launch)?;
    row(out, "  of which input", &b.input)?;
    writeln!(
        out,
        "  {:<28} {:>10} cycles {:>29.3} ms  ({:.2}% of the image)",
        "chip run",
        b.run_cycles,
        1e3 * board_seconds(b.run_cycles),
        100.0 * share(b.run_cycles)
    )?;
    row(out, "readout (signs, counters)", &b.readout)?;
    writeln!(
        out,
        "  image: {:.3} ms, {:.3} images/s; the link's share {:.2}% (launch {:.2}%, readout {:.2}%)",
        1e3 * image_s,
        b.images_per_second(),
        100.0 * (share(b.launch.cycles) + share(b.readout.cycles)),
        100.0 * share(b.launch.cycles),
        100.0 * share(b.readout.cycles)
    )?;
    let streamed = b.streamed_image_cycles();
    writeln!(
        out,
        "  streamed (each input written during the run before it, past its {}-cycle clamp pass): {:.3} ms, {:.3} images/s ({:+.3}%)",
        b.clamp_cycles,
        1e3 * board_seconds(streamed),
        b.streamed_images_per_second(),
        100.0 * (b.streamed_images_per_second() / b.images_per_second() - 1.0)
    )?;
    writeln!(
        out,
        "  swapped in once per batch of {} images (a network's blocks taking turns): +{:.3} ms an image, {:.3} images/s",
        args.batch,
        1e3 * swap_s,
        swapped_images_per_s
    )?;
    Ok(())
}
