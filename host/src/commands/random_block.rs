//! `thermoblock random-block`: a random block file (and input) for tests, demos and benchmarks.

use std::io::Write;

use anyhow::Context;
use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};
use thermoblock_sim::{Model, npy};

use crate::cli::RandomBlockArgs;

pub fn run(args: &RandomBlockArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if !(args.coupling.is_finite() && args.coupling >= 0.0) {
        anyhow::bail!("coupling {} must be a finite number >= 0", args.coupling);
    }
    let spec = RandomBlockSpec { c0: args.c0, c1: args.c1, c2: args.c2, kernel: args.kernel, coupling: args.coupling };
    thermoblock_sim::limits::check_shape(args.c0, args.c1, args.c2, args.kernel).map_err(anyhow::Error::msg)?;
    super::check_output(&args.out, "--out")?;
    if let Some(path) = &args.input_out {
        super::check_output(path, "--input-out")?;
        thermoblock_sim::limits::check_block_on_grid(args.c0, 1, 1, args.grid.h, args.grid.w)
            .map_err(anyhow::Error::msg)?;
    }
    let block = random_block(&spec, args.seed).context("cannot build the requested block")?;
    let mut model = Model::from_blocks(vec![block]);
    model.metadata.insert("grid".into(), args.grid.to_string());
    model.metadata.insert("generator".into(), format!("thermoblock random-block {spec:?} seed {}", args.seed));
    model.save(&args.out).with_context(|| format!("writing {}", args.out.display()))?;
    writeln!(
        out,
        "wrote {} (C0={} C1={} C2={}, {}x{} kernels)",
        args.out.display(),
        args.c0,
        args.c1,
        args.c2,
        args.kernel,
        args.kernel
    )?;
    if let Some(path) = &args.input_out {
        let x = random_spins(args.c0, args.grid.h, args.grid.w, args.seed);
        npy::write_spins(path, &x).with_context(|| format!("writing {}", path.display()))?;
        writeln!(out, "wrote {} (input [{}, {}, {}])", path.display(), args.c0, args.grid.h, args.grid.w)?;
    }
    Ok(())
}
