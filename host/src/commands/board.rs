//! `thermoblock board`: a simulated board on a pseudo-terminal or on XDMA-named pipes.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use thermoblock_sim::chip::bus::ChipBus;
use thermoblock_sim::chip::engine::CommandEngine;

use crate::cli::{BoardArgs, BoardBackend};
use crate::link::pcie::FifoBoard;
use crate::link::pty_board::PtyBoard;

pub fn run(args: &BoardArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if args.backend == BoardBackend::Rtl {
        anyhow::bail!(
            "--backend rtl needs the chip's UART, frame parser and command engine in RTL, which are not built yet; \\
             use --backend chip (the bit-exact chip model behind the software command engine)"
        );
    }
    let faults = args.faults.map_or(String::new(), |f| format!(", byte faults {} (seed {})", f.rate, f.seed));
    let idle = Duration::from_millis(args.idle_ms.max(1));
    let stop = Arc::new(AtomicBool::new(false));
    if let Some(prefix) = &args.fifo {
        let board = FifoBoard::new(prefix)?;
        writeln!(out, "{prefix}")?;
        writeln!(
            out,
            "serving the `{}` chip model on the named pipes {prefix}_h2c_0 / {prefix}_c2h_0{faults}; \
             connect with --backend pcie:{prefix}; it stops when the host closes them",
            args.chip.name
        )?;
        out.flush()?;
        let mut engine = CommandEngine::new(ChipBus::new(args.chip), args.chip);
        return board.serve(&mut engine, args.faults, idle, &stop);
    }
    let board = PtyBoard::new()?;
    writeln!(out, "{}", board.path())?;
    writeln!(
        out,
        "serving the `{}` chip model on {}{faults}; connect with --backend uart:{}; Ctrl-C stops",
        args.chip.name,
        board.path(),
        board.path()
    )?;
    out.flush()?;
    let mut engine = CommandEngine::new(ChipBus::new(args.chip), args.chip);
    board.serve(&mut engine, args.faults, idle, stop)
}
