//! `thermoblock bench`: sweeps/s and spin updates/s of a backend on one block.
//!
//! Two figures from one process: a single chain (one input, one thread — the latency view), and a
//! batch of one chain per worker thread (the throughput view), with their ratio. Simulating backends
//! (`--backend rtl`) also report simulated clock cycles per wall-clock second, bus setup and readout
//! included.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use anyhow::Context;
use serde_json::json;
use thermoblock_contract::Spins;
use thermoblock_contract::shape::window_pairs;
use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};
use thermoblock_sim::{Block, GibbsConfig};

use super::board_projection::{BoardClock, projection};
use super::load_model;
use crate::backend::{self, Backend, BackendSpec, NO_PROGRESS, Reference};
use crate::cli::BenchArgs;

/// Runs `call` until at least `seconds` have passed (and at least twice); returns calls per second
/// and, given a simulated-cycle counter, the cycles it gained per second over the same calls.
fn rate(
    seconds: f64,
    counter: Option<&AtomicU64>,
    mut call: impl FnMut() -> anyhow::Result<()>,
) -> anyhow::Result<(f64, Option<f64>)> {
    call()?; // warm-up: page in buffers, spin up the thread pool
    let before = counter.map(|c| c.load(Ordering::Relaxed));
    let start = Instant::now();
    let mut n = 0u64;
    while n < 2 || start.elapsed().as_secs_f64() < seconds {
        call()?;
        n += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let cycles = counter.zip(before).map(|(c, b)| (c.load(Ordering::Relaxed) - b) as f64 / elapsed);
    Ok((n as f64 / elapsed, cycles))
}

pub fn run(args: &BenchArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if !(args.seconds.is_finite() && args.seconds > 0.0) {
        anyhow::bail!("--seconds must be a positive number, got {}", args.seconds);
    }
    let cfg = args.sampling.config()?;
    let (block, source) = match &args.model {
        Some(path) => {
            let model = load_model(path)?;
            let block = model.block(args.block).with_context(|| format!("model file {}", path.display()))?.clone();
            (block, format!("block {} of {}", args.block, path.display()))
        }
        None => {
            let spec = RandomBlockSpec { c0: args.c0, c1: args.c1, c2: args.c2, ..RandomBlockSpec::MNIST };
            thermoblock_sim::limits::check_shape(spec.c0, spec.c1, spec.c2, spec.kernel).map_err(anyhow::Error::msg)?;
            let block = random_block(&spec, cfg.seed).context("cannot build the benchmark block")?;
            (block, "random block".to_string())
        }
    };
    let (h, w) = (args.grid.h, args.grid.w);
    thermoblock_sim::limits::check_block_on_grid(block.c0(), block.c1(), block.c2(), h, w)
        .map_err(anyhow::Error::msg)?;
    // Checked before any measuring: a bad manifest should not cost the benchmark's seconds.
    let board = match &args.fmax_from {
        Some(path) => {
            let clock = BoardClock::from_manifest(path)?;
            clock.check_datapath(&args.sampling.chip)?;
            anyhow::ensure!(
                matches!(args.sampling.backend, BackendSpec::Chip | BackendSpec::Rtl),
                "--fmax-from projects the chip's cycles per sweep: use --backend chip or rtl"
            );
            Some(clock)
        }
        None => None,
    };
    let mut backend = backend::open(&args.sampling.backend, args.sampling.chip)?;
    let threads = rayon::current_num_threads();
    let inputs: Vec<Spins> = (0..threads as u64).map(|i| random_spins(block.c0(), h, w, cfg.seed ^ i)).collect();

    let cycles = backend.cycles_per_sweep(&block, h, w)?;
    let counter = backend.simulated_cycles();
    let (single, single_sim) =
        rate(args.seconds, counter.as_deref(), || backend.sample(&block, &inputs[0], &cfg, NO_PROGRESS).map(drop))?;
    let (batch, batch_sim) =
        rate(args.seconds, counter.as_deref(), || backend.sample_batch(&block, &inputs, &cfg, NO_PROGRESS).map(drop))?;
    let (single, batch) = (single * cfg.sweeps as f64, batch * (cfg.sweeps * threads) as f64);
    // A baseline from the same process: the reference sampler's single chain on the same block.
    let baseline = if args.sampling.backend == BackendSpec::Reference {
        None
    } else {
        let mut reference = Reference;
        let (calls, _) =
            rate(args.seconds, None, || reference.sample(&block, &inputs[0], &cfg, NO_PROGRESS).map(drop))?;
        Some(calls * cfg.sweeps as f64)
    };
    let simulated = single_sim.zip(batch_sim);
    let figures = Figures { threads, single, batch, cycles, baseline, simulated, board };
    report(out, args, &*backend, &block, &source, &cfg, &figures)
}

/// What `bench` measured.
struct Figures {
    threads: usize,
    /// Sweeps/s of one chain.
    single: f64,
    /// Sweeps/s of one chain per thread, all together.
    batch: f64,
    /// Chip cycles per sweep and the roofline, for chip backends.
    cycles: Option<(u64, f64)>,
    /// Sweeps/s of the reference sampler's single chain, measured alongside other backends.
    baseline: Option<f64>,
    /// Simulated clock cycles per second, single chain and batch, for simulating backends.
    simulated: Option<(f64, f64)>,
    /// The board of `--fmax-from`.
    board: Option<BoardClock>,
}

fn report(
    out: &mut dyn Write,
    args: &BenchArgs,
    backend: &dyn Backend,
    block: &Block,
    source: &str,
    cfg: &GibbsConfig,
    f: &Figures,
) -> anyhow::Result<()> {
    let Figures { threads, single, batch, cycles, baseline, simulated, ref board } = *f;
    let (h, w) = (args.grid.h, args.grid.w);
    let spins_per_sweep = (block.c1() + block.c2()) * h * w;
    // Each sweep applies K2 twice (transposed for s1, forward for s2): one addition per unrolled coupling.
    let additions_per_sweep = 2 * block.c1() * block.c2() * window_pairs(block.k2.kh, block.k2.kw, h, w);
    // The board: at its post-route Fmax and at the clock its bitstream runs at.
    let on_board = board.as_ref().zip(cycles).map(|(b, (c, _))| {
        let fits = thermoblock_contract::config::ChipConfig::named(&b.chip).map(|chip| chip.fits(&block.shape(h, w)));
        let note = match fits {
            Some(Err(e)) => Some(format!(
                "{e}: projected as if the device held the memories of --chip {} (same lanes, same datapath)",
                args.sampling.chip.name
            )),
            _ => None,
        };
        json!({
            "board": b.board, "chip": b.chip, "timing_met": b.timing_met,
            "at_fmax": projection(b.fmax_mhz, c, spins_per_sweep, additions_per_sweep),
            "at_board_clock": projection(b.target_mhz, c, spins_per_sweep, additions_per_sweep),
            "fits": note.is_none(), "note": note,
        })
    });
    if args.json {
        let value = json!({
            "backend": backend.name(),
            "block": source,
            "c0": block.c0(), "c1": block.c1(), "c2": block.c2(), "grid": args.grid.to_string(),
            "delta": cfg.delta, "sweeps_per_call": cfg.sweeps, "threads": threads,
            "spins_per_sweep": spins_per_sweep,
            "coupling_additions_per_sweep": additions_per_sweep,
            "single_chain": { "sweeps_per_s": single, "spin_updates_per_s": single * spins_per_sweep as f64,
                              "coupling_additions_per_s": single * additions_per_sweep as f64 },
            "batch": { "chains": threads, "sweeps_per_s": batch, "spin_updates_per_s": batch * spins_per_sweep as f64,
                       "coupling_additions_per_s": batch * additions_per_sweep as f64 },
            "batch_speedup": batch / single,
            "cycles_per_sweep": cycles.map(|c| c.0),
            "roofline_cycles_per_sweep": cycles.map(|c| c.1),
            "roofline_efficiency": cycles.map(|c| c.1 / c.0 as f64),
            "reference_sweeps_per_s": baseline,
            "single_chain_vs_reference": baseline.map(|b| single / b),
            "simulated_cycles_per_s": simulated.map(|(s, b)| json!({ "single_chain": s, "batch": b })),
            "board": on_board,
        });
        writeln!(out, "{value}")?;
        return Ok(());
    }
    writeln!(
        out,
        "backend {}: {source}, C0={} C1={} C2={} on {}, delta {}, {} sweeps per call",
        backend.name(),
        block.c0(),
        block.c1(),
        block.c2(),
        args.grid,
        cfg.delta,
        cfg.sweeps
    )?;
    writeln!(out, "{spins_per_sweep} spin updates and {additions_per_sweep} coupling additions per sweep")?;
    writeln!(out, "{:<22} {:>12} {:>16} {:>18}", "", "sweeps/s", "spin updates/s", "coupling adds/s")?;
    for (label, r) in [("single chain".to_string(), single), (format!("batch, {threads} threads"), batch)] {
        writeln!(
            out,
            "{label:<22} {r:>12.1} {:>16.3e} {:>18.3e}",
            r * spins_per_sweep as f64,
            r * additions_per_sweep as f64
        )?;
    }
    writeln!(out, "batch / single chain: {:.2}x", batch / single)?;
    if let Some(b) = baseline {
        writeln!(out, "single chain vs the reference sampler in this process ({b:.1} sweeps/s): {:.2}x", single / b)?;
    }
    if let Some((c, roof)) = cycles {
        writeln!(
            out,
            "chip: {c} cycles per sweep, roofline {roof:.0} ({:.1}% efficiency); {:.0} sweeps/s at 100 MHz",
            100.0 * roof / c as f64,
            1e8 / c as f64
        )?;
        if let thermoblock_contract::config::Engine::Planes(_) = args.sampling.chip.engine {
            writeln!(out, "note: the plane engine's cycles are its model's; its RTL is under construction")?;
        }
    }
    if let Some((s, b)) = simulated {
        writeln!(
            out,
            "simulation: {s:.3e} simulated cycles/s single chain, {b:.3e} batch ({threads} threads; bus setup and \
             readout included)"
        )?;
    }
    if let Some(p) = on_board {
        writeln!(
            out,
            "board {} (`{}` chip), projected from its manifest:",
            p["board"].as_str().unwrap_or("?"),
            p["chip"].as_str().unwrap_or("?")
        )?;
        writeln!(
            out,
            "{:<22} {:>8} {:>12} {:>18} {:>22}",
            "", "MHz", "sweeps/s", "spin updates/ns", "coupling adds/ns"
        )?;
        for (label, key) in [("post-route Fmax", "at_fmax"), ("board clock", "at_board_clock")] {
            let r = &p[key];
            writeln!(
                out,
                "{label:<22} {:>8.2} {:>12.1} {:>18.4} {:>22.3}",
                r["mhz"].as_f64().unwrap_or(0.0),
                r["sweeps_per_s"].as_f64().unwrap_or(0.0),
                r["spin_updates_per_ns"].as_f64().unwrap_or(0.0),
                r["coupling_additions_per_ns"].as_f64().unwrap_or(0.0)
            )?;
        }
        if p["timing_met"] != true {
            writeln!(out, "note: the bitstream does not meet its board clock (see the manifest's critical path)")?;
        }
        if let Some(note) = p["note"].as_str() {
            writeln!(out, "note: {note}")?;
        }
    }
    Ok(())
}
