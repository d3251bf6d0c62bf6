//! The virtual board: a command engine served on a pseudo-terminal, so the very host code that
//! talks to a real board (`--backend uart:/dev/pts/N`) talks to a simulated one.

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use serialport::{SerialPort, TTYPort};

use super::faults::FaultSpec;
use super::serve::{BoardPort, Served, serve};

/// A pseudo-terminal pair: the board serves the master side; hosts open [`PtyBoard::path`].
pub struct PtyBoard {
    master: TTYPort,
    /// Kept open so that the master never reads end-of-file between host sessions.
    _slave: TTYPort,
    path: String,
}

impl PtyBoard {
    pub fn new() -> anyhow::Result<PtyBoard> {
        let (master, slave) =
            TTYPort::pair().map_err(|e| anyhow::anyhow!("cannot create a pseudo-terminal pair: {e}"))?;
        let path = slave.name().ok_or_else(|| anyhow::anyhow!("the pseudo-terminal has no device path"))?;
        Ok(PtyBoard { master, _slave: slave, path })
    }

    /// The device path a host opens (`/dev/pts/N`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Serves `board` until `stop` is set ([`serve`]).
    pub fn serve<S: Served + ?Sized>(
        mut self,
        board: &mut S,
        faults: Option<FaultSpec>,
        idle: Duration,
        stop: Arc<AtomicBool>,
    ) -> anyhow::Result<()> {
        serve(&mut self, board, faults, idle, &stop)
    }
}

impl BoardPort for PtyBoard {
    fn read_timeout(&mut self, buf: &mut [u8], timeout: Duration) -> std::io::Result<usize> {
        self.master.set_timeout(timeout)?;
        match self.master.read(buf) {
            Ok(n) => Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => Ok(0),
            Err(e) => Err(e),
        }
    }

    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.master.write_all(bytes)
    }

    fn describe(&self) -> String {
        format!("pseudo-terminal {}", self.path)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::Ordering;

    use super::*;
    use crate::backend::{Backend, Board, Chip, NO_PROGRESS};
    use crate::link::LinkPolicy;
    use crate::link::uart::Uart;
    use thermoblock_sim::GibbsConfig;
    use thermoblock_sim::chip::bus::ChipBus;
    use thermoblock_sim::chip::config::ECP5;
    use thermoblock_sim::chip::engine::CommandEngine;
    use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

    /// The whole host path of a real board — serial port, frames, retries, the board backend — against
    /// the virtual board on a pseudo-terminal: the results are the chip model's, bit for bit.
    #[test]
    fn the_host_samples_through_a_pseudo_terminal() {
        let board = PtyBoard::new().unwrap();
        let path = board.path().to_string();
        let stop = Arc::new(AtomicBool::new(false));
        let server = {
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                let mut engine = CommandEngine::new(ChipBus::new(ECP5), ECP5);
                board.serve(&mut engine, None, Duration::from_millis(20), stop)
            })
        };
        let mut host = Board::connect(Uart::open(&path).unwrap(), LinkPolicy::default()).unwrap();
        assert_eq!(host.config, ECP5, "the board identified itself");
        let block = random_block(&RandomBlockSpec { c0: 8, c1: 40, c2: 12, kernel: 3, coupling: 0.8 }, 2).unwrap();
        let xs: Vec<_> = (0..3).map(|i| random_spins(8, 7, 9, i)).collect();
        let cfg = GibbsConfig::new(0.5, 30);
        let got = host.sample_batch(&block, &xs, &cfg, NO_PROGRESS).unwrap();
        let want = Chip { config: ECP5 }.sample_batch(&block, &xs, &cfg, NO_PROGRESS).unwrap();
        assert_eq!(got, want);
        // The signs-only readout: the same outputs and cycles, no means.
        host.set_readout(crate::backend::Readout::Signs);
        let signs = host.sample_batch(&block, &xs, &cfg, NO_PROGRESS).unwrap();
        for (s, w) in signs.iter().zip(&want) {
            assert_eq!((&s.output, s.cycles), (&w.output, w.cycles));
            assert!(s.mean.is_empty() && s.hidden_mean.is_empty());
        }
        assert_eq!(host.stats().retries, 0);
        stop.store(true, Ordering::Relaxed);
        server.join().unwrap().unwrap();
    }
}
