//! `thermoblock board`: a simulated board on a pseudo-terminal.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use thermoblock_sim::chip::bus::ChipBus;
use thermoblock_sim::chip::engine::CommandEngine;

use crate::cli::{BoardArgs, BoardBackend};
use crate::link::pty_board::PtyBoard;

pub fn run(args: &BoardArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if args.backend == BoardBackend::Rtl {
        anyhow::bail!(
            "--backend rtl needs the chip's UART, frame parser and command engine in RTL, which are not built yet; \\
             use --backend chip (the bit-exact chip model behind the software command engine)"
        );
    }
    let board = PtyBoard::new()?;
    let faults = args.faults.map_or(String::new(), |f| format!(", byte faults {} (seed {})", f.rate, f.seed));
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
    board.serve(&mut engine, args.faults, Duration::from_millis(args.idle_ms.max(1)), Arc::new(AtomicBool::new(false)))
}
