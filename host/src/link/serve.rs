//! The virtual board's serving loop, over any byte port (a pseudo-terminal, a FIFO pair).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use thermoblock_sim::chip::bus::Bus;
use thermoblock_sim::chip::engine::CommandEngine;

use super::faults::{FaultSpec, Faults};

/// The board's end of a link.
pub trait BoardPort {
    /// Reads what has arrived, waiting at most `timeout`; `Ok(0)` when nothing did.
    fn read_timeout(&mut self, buf: &mut [u8], timeout: Duration) -> std::io::Result<usize>;
    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()>;
    fn describe(&self) -> String;
}

/// What a virtual board serves: bytes from the host in, bytes to the host out.
pub trait Served {
    /// Takes `bytes` from the host; appends what the board sends meanwhile to `out`.
    fn receive(&mut self, bytes: &[u8], out: &mut Vec<u8>);
    /// Whether the board has work of its own without new input: a simulated clock that must keep
    /// running (a chip run, a reply still on the line). The software engine never has.
    fn active(&self) -> bool {
        false
    }
    /// Runs a slice of the board's own work with no input; appends what it sends to `out`.
    fn advance(&mut self, _out: &mut Vec<u8>) {}
    /// The host has been silent for the idle time: drop any partial frame, as the RTL's idle
    /// timeout does.
    fn line_idle(&mut self, out: &mut Vec<u8>);
}

impl<B: Bus> Served for CommandEngine<B> {
    fn receive(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        for &b in bytes {
            if let Some(reply) = CommandEngine::receive(self, b) {
                out.extend(reply);
            }
        }
    }

    fn line_idle(&mut self, _out: &mut Vec<u8>) {
        self.abandon_frame();
    }
}

/// Serves `board` on `port` until `stop` is set: bytes from the host (through the faults, if any)
/// into the board, its bytes (through the faults) back. While the board is [`active`](Served::active)
/// the port is polled without waiting between slices of its work; otherwise a read waits up to
/// `idle`, and an idle line abandons a partial frame.
pub fn serve<S: Served + ?Sized, P: BoardPort>(
    port: &mut P,
    board: &mut S,
    faults: Option<FaultSpec>,
    idle: Duration,
    stop: &AtomicBool,
) -> anyhow::Result<()> {
    let mut faults = faults.map(|f| (Faults::new(f, 0), Faults::new(f, 1)));
    let mut buf = [0u8; 4096];
    let (mut arrived, mut out, mut damaged) = (Vec::new(), Vec::new(), Vec::new());
    while !stop.load(Ordering::Relaxed) {
        let active = board.active();
        let wait = if active { Duration::ZERO } else { idle };
        let n = port.read_timeout(&mut buf, wait).map_err(|e| anyhow::anyhow!("reading {}: {e}", port.describe()))?;
        out.clear();
        if n == 0 {
            if active { board.advance(&mut out) } else { board.line_idle(&mut out) }
        } else {
            arrived.clear();
            match &mut faults {
                Some((up, _)) => up.apply(&buf[..n], &mut arrived),
                None => arrived.extend_from_slice(&buf[..n]),
            }
            board.receive(&arrived, &mut out);
        }
        if out.is_empty() {
            continue;
        }
        let bytes = match &mut faults {
            Some((_, down)) => {
                damaged.clear();
                down.apply(&out, &mut damaged);
                &damaged
            }
            None => &out,
        };
        port.write_all(bytes).map_err(|e| anyhow::anyhow!("writing {}: {e}", port.describe()))?;
    }
    Ok(())
}
