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

/// Serves `engine` on `port` until `stop` is set: bytes from the host (through the faults, if any)
/// into the engine, replies (through the faults) back. A frame left incomplete when the line is
/// idle for `idle` is abandoned, as the RTL parser does.
pub fn serve<B: Bus, P: BoardPort>(
    port: &mut P,
    engine: &mut CommandEngine<B>,
    faults: Option<FaultSpec>,
    idle: Duration,
    stop: &AtomicBool,
) -> anyhow::Result<()> {
    let mut faults = faults.map(|f| (Faults::new(f, 0), Faults::new(f, 1)));
    let mut buf = [0u8; 4096];
    let mut arrived = Vec::new();
    while !stop.load(Ordering::Relaxed) {
        let n = port.read_timeout(&mut buf, idle).map_err(|e| anyhow::anyhow!("reading {}: {e}", port.describe()))?;
        if n == 0 {
            engine.abandon_frame();
            continue;
        }
        arrived.clear();
        match &mut faults {
            Some((up, _)) => up.apply(&buf[..n], &mut arrived),
            None => arrived.extend_from_slice(&buf[..n]),
        }
        for &b in &arrived {
            if let Some(reply) = engine.receive(b) {
                let out = match &mut faults {
                    Some((_, down)) => {
                        let mut out = Vec::with_capacity(reply.len());
                        down.apply(&reply, &mut out);
                        out
                    }
                    None => reply,
                };
                port.write_all(&out).map_err(|e| anyhow::anyhow!("writing {}: {e}", port.describe()))?;
            }
        }
    }
    Ok(())
}
