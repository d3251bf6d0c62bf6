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
#[cfg(feature = "rtl")]
use crate::link::rtl_board::RtlServed;
use crate::link::serve::Served;
#[cfg(feature = "rtl")]
use thermoblock_contract::uart::{BOARD_BAUD, BOARD_CLOCK_HZ};

pub fn run(args: &BoardArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    // The board behind the link: the software engine over the chip model, or the verilated FPGA top.
    let (mut board, what): (Box<dyn Served>, String) = match args.backend {
        BoardBackend::Chip => (
            Box::new(CommandEngine::new(ChipBus::background(args.chip), args.chip)),
            format!("the `{}` chip model", args.chip.name),
        ),
        #[cfg(feature = "rtl")]
        BoardBackend::Rtl => (
            Box::new(RtlServed::new(args.chip, args.trace.spec()?)?),
            format!(
                "the verilated `{}` board (UART at {} baud of a {} MHz clock, frame parser, command engine, chip)",
                args.chip.name,
                BOARD_BAUD,
                BOARD_CLOCK_HZ / 1_000_000
            ),
        ),
    };
    #[cfg(feature = "rtl")]
    anyhow::ensure!(
        args.trace.trace.is_none() || args.backend == BoardBackend::Rtl,
        "--trace writes a waveform of the verilated board: it needs --backend rtl"
    );
    let faults = args.faults.map_or(String::new(), |f| format!(", byte faults {} (seed {})", f.rate, f.seed));
    let idle = Duration::from_millis(args.idle_ms.max(1));
    // Ctrl-C and SIGTERM end the serving loop, so the board is dropped (a trace file closed) and
    // the command exits 0.
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    if let Some(prefix) = &args.fifo {
        let fifo = FifoBoard::new(prefix)?;
        writeln!(out, "{prefix}")?;
        writeln!(
            out,
            "serving {what} on the named pipes {prefix}_h2c_0 / {prefix}_c2h_0{faults}; \
             connect with --backend pcie:{prefix}; it stops when the host closes them"
        )?;
        out.flush()?;
        return fifo.serve(board.as_mut(), args.faults, idle, &stop);
    }
    let pty = PtyBoard::new()?;
    let path = pty.path().to_string();
    writeln!(out, "{path}")?;
    writeln!(out, "serving {what} on {path}{faults}; connect with --backend uart:{path}; Ctrl-C stops")?;
    out.flush()?;
    pty.serve(board.as_mut(), args.faults, idle, stop)
}
