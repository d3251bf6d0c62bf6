//! The virtual board: a command engine served on a pseudo-terminal, so the very host code that
//! talks to a real board (`--backend uart:/dev/pts/N`) talks to a simulated one.

use std::fs::File;
use std::io::{ErrorKind, Read, Write};
use std::os::fd::AsFd;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sys::termios::{FlushArg, SetArg, cfmakeraw, tcflush, tcgetattr, tcsetattr};

use super::faults::FaultSpec;
use super::serve::{BoardPort, Served, serve};

/// A pseudo-terminal pair: the board serves the master side; hosts open [`PtyBoard::path`].
pub struct PtyBoard {
    /// Non-blocking: a write never waits on a host that does not read.
    master: File,
    /// The terminal's host side, kept open so that the master never reads end-of-file between host
    /// sessions; its input queue (the replies no host has read) is cleared when it fills.
    slave: File,
    path: String,
}

/// How long a reply may wait for room in the terminal's queue before the unread replies are dropped
/// (a host reads each reply before its next request, so a full queue means nobody is reading).
const WRITE_TIMEOUT: Duration = Duration::from_millis(20);

/// Waits up to `timeout` for `file` to be ready for `events`; whether it is.
fn ready(file: &File, events: PollFlags, timeout: Duration) -> std::io::Result<bool> {
    let timeout = PollTimeout::try_from(timeout).unwrap_or(PollTimeout::MAX);
    match poll(&mut [PollFd::new(file.as_fd(), events)], timeout) {
        Ok(n) => Ok(n > 0),
        Err(nix::errno::Errno::EINTR) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

impl PtyBoard {
    pub fn new() -> anyhow::Result<PtyBoard> {
        use nix::fcntl::{FcntlArg, OFlag, fcntl};
        let pty = nix::pty::openpty(None, None).map_err(|e| anyhow::anyhow!("cannot create a pseudo-terminal: {e}"))?;
        let path = nix::unistd::ttyname(&pty.slave)
            .map_err(|e| anyhow::anyhow!("the pseudo-terminal has no device path: {e}"))?
            .display()
            .to_string();
        // Raw from the start: in its default cooked mode a terminal echoes the board's replies
        // back to the board until a host opens it with serial settings (a peer that opens it as a
        // plain file never does).
        let set_up = || -> nix::Result<()> {
            let mut t = tcgetattr(&pty.slave)?;
            cfmakeraw(&mut t);
            tcsetattr(&pty.slave, SetArg::TCSANOW, &t)?;
            fcntl(&pty.master, FcntlArg::F_SETFL(OFlag::O_NONBLOCK)).map(drop)
        };
        set_up().map_err(|e| anyhow::anyhow!("cannot set up the pseudo-terminal {path}: {e}"))?;
        Ok(PtyBoard { master: File::from(pty.master), slave: File::from(pty.slave), path })
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
        if !ready(&self.master, PollFlags::POLLIN, timeout)? {
            return Ok(0);
        }
        match self.master.read(buf) {
            Ok(n) => Ok(n),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::Interrupted) => Ok(0),
            Err(e) => Err(e),
        }
    }

    /// Writes the board's replies. Where nobody reads them (a peer that only writes, or no host at
    /// all), the terminal's queue fills; then the replies waiting in it are dropped (as a real
    /// UART's bytes are lost on an unread line) and the board goes on serving, rather than block
    /// or fail.
    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let mut rest = bytes;
        let mut cleared = false;
        while !rest.is_empty() {
            match self.master.write(rest) {
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    if ready(&self.master, PollFlags::POLLOUT, WRITE_TIMEOUT)? {
                        continue;
                    }
                    if cleared {
                        break; // still no room: the rest of these replies is dropped too
                    }
                    tcflush(&self.slave, FlushArg::TCIFLUSH)?;
                    cleared = true;
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    fn describe(&self) -> String {
        format!("pseudo-terminal {}", self.path)
    }
}

/// Serves the board `make` builds (in the serving thread: the verilated ones are not `Send`) on a
/// new pseudo-terminal; returns its path, the stop flag and the thread, which returns how the
/// serving ended. For tests.
#[cfg(test)]
pub(crate) fn served<S: Served + 'static>(
    make: impl FnOnce() -> S + Send + 'static,
) -> (String, Arc<AtomicBool>, std::thread::JoinHandle<anyhow::Result<()>>) {
    let board = PtyBoard::new().unwrap();
    let path = board.path().to_string();
    let stop = Arc::new(AtomicBool::new(false));
    let server = {
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || board.serve(&mut make(), None, Duration::from_millis(20), stop))
    };
    (path, stop, server)
}

/// A host as patient as 2 tries of 150 ms: a board that answered `RUN` only after the run would
/// fail it on any run longer than 300 ms (the tests' long runs take about a second alone). For tests.
#[cfg(test)]
pub(crate) const IMPATIENT: super::LinkPolicy =
    super::LinkPolicy { timeout: Duration::from_millis(150), attempts: 2, max_payload: 1024 };

#[cfg(test)]
mod tests {
    use std::sync::atomic::Ordering;

    use super::*;
    use crate::backend::{Backend, Board, Chip, NO_PROGRESS};
    use crate::link::LinkPolicy;
    use crate::link::uart::Uart;
    use thermoblock_contract::config::{ECP5, ICE40};
    use thermoblock_contract::protocol::Request;
    use thermoblock_sim::GibbsConfig;
    use thermoblock_sim::chip::bus::ChipBus;
    use thermoblock_sim::chip::engine::CommandEngine;
    use thermoblock_sim::chip::quantize::quantize;
    use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

    /// The whole host path of a real board — serial port, frames, retries, the board backend — against
    /// the virtual board on a pseudo-terminal: the results are the chip model's, bit for bit.
    #[test]
    fn the_host_samples_through_a_pseudo_terminal() {
        let (path, stop, server) = served_engine(CommandEngine::new(ChipBus::new(ECP5), ECP5));
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

    /// Serves `engine` on a new pseudo-terminal in a thread ([`served`]).
    fn served_engine(
        engine: CommandEngine<ChipBus>,
    ) -> (String, Arc<AtomicBool>, std::thread::JoinHandle<anyhow::Result<()>>) {
        served(move || engine)
    }

    /// Item: long runs. The software board acknowledges `RUN` at once and runs in the background,
    /// `STATUS` reading busy meanwhile, as the RTL board does; the result is the chip model's.
    #[test]
    fn a_run_longer_than_the_hosts_patience_completes() {
        let (path, stop, server) = served_engine(CommandEngine::new(ChipBus::background(ECP5), ECP5));
        let mut host = Board::connect(Uart::open(&path).unwrap(), IMPATIENT).unwrap();
        let block = random_block(&RandomBlockSpec { c0: 16, c1: 32, c2: 16, kernel: 3, coupling: 0.8 }, 4).unwrap();
        let x = random_spins(16, 12, 12, 1);
        let cfg = GibbsConfig::new(0.5, 6000);
        let started = std::time::Instant::now();
        let got = host.sample(&block, &x, &cfg, NO_PROGRESS).unwrap();
        let took = started.elapsed();
        let want = Chip { config: ECP5 }.sample(&block, &x, &cfg, NO_PROGRESS).unwrap();
        assert_eq!(got, want);
        assert!(took > Duration::from_millis(300), "the run outlasts the host's patience: {took:?}");
        stop.store(true, Ordering::Relaxed);
        server.join().unwrap().unwrap();
    }

    /// A host that reconnects while the run an earlier host started still goes on: its session
    /// waits for that run to end, then runs its own.
    #[test]
    fn a_host_reconnects_during_a_long_run() {
        use crate::link::Link;
        use thermoblock_contract::protocol::run_requests;
        use thermoblock_contract::run::ChipRun;
        let (path, stop, server) = served_engine(CommandEngine::new(ChipBus::background(ECP5), ECP5));
        let block = random_block(&RandomBlockSpec { c0: 16, c1: 32, c2: 16, kernel: 3, coupling: 0.8 }, 4).unwrap();
        let x = random_spins(16, 12, 12, 1);
        {
            let mut first = Link::new(Uart::open(&path).unwrap(), IMPATIENT);
            first.open().unwrap();
            let (image, _) = quantize(&block, &ECP5, 12, 12).unwrap();
            let run = ChipRun { delta: 0.5, sweeps: 6000, burn_in: 0, seed: 1 };
            for req in run_requests(&ECP5, &image, &x, &run, 1024) {
                first.request(&req).unwrap();
            }
        } // gone, its run still going
        let mut second = Board::connect(Uart::open(&path).unwrap(), IMPATIENT).unwrap();
        let cfg = GibbsConfig::new(0.5, 30);
        let got = second.sample(&block, &x, &cfg, NO_PROGRESS).unwrap();
        assert_eq!(got, Chip { config: ECP5 }.sample(&block, &x, &cfg, NO_PROGRESS).unwrap());
        stop.store(true, Ordering::Relaxed);
        server.join().unwrap().unwrap();
    }

    /// A peer that never reads: it writes 1,000 requests and reads none of the replies, then
    /// garbage; the board keeps serving (dropping the replies nobody reads) and the next host's
    /// first session works.
    #[test]
    fn a_peer_that_never_reads_does_not_stop_the_board() {
        use std::io::Write;
        let (path, stop, server) = served_engine(CommandEngine::new(ChipBus::background(ICE40), ICE40));
        {
            let mut peer = std::fs::OpenOptions::new().read(true).write(true).open(&path).unwrap();
            let identify = Request::Identify.frame(1, 0).encode();
            for _ in 0..1000 {
                peer.write_all(&identify).unwrap();
            }
            // A WRITE_CONFIG header announcing 65,535 bytes: a NAK of seq 1 each.
            peer.write_all(&b"\xa5\x5a\x03\x01\xff\xff".repeat(3000)).unwrap();
            std::thread::sleep(Duration::from_millis(300));
        }
        assert!(!server.is_finished(), "the board is still serving");
        let mut host = Board::connect(Uart::open(&path).unwrap(), IMPATIENT).unwrap();
        let block = random_block(&RandomBlockSpec { c0: 3, c1: 5, c2: 4, kernel: 3, coupling: 0.8 }, 4).unwrap();
        let x = random_spins(3, 4, 5, 1);
        let cfg = GibbsConfig::new(0.5, 20);
        let got = host.sample(&block, &x, &cfg, NO_PROGRESS).unwrap();
        assert_eq!(got, Chip { config: ICE40 }.sample(&block, &x, &cfg, NO_PROGRESS).unwrap());
        stop.store(true, Ordering::Relaxed);
        server.join().unwrap().unwrap();
    }
}
