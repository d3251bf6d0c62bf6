//! `pcie:PREFIX`: a board behind a PCIe stream DMA bridge, through the Xilinx XDMA driver's
//! character devices: `PREFIX_h2c_0` (host to card) and `PREFIX_c2h_0` (card to host), e.g.
//! `pcie:/dev/xdma0` opens `/dev/xdma0_h2c_0` and `/dev/xdma0_c2h_0`.
//!
//! The same framed protocol as the UART runs over the two streams: the command engine's byte
//! stream sits behind the bridge's AXI4-Stream ports instead of the UART (the engine's valid/ready
//! byte interface). The driver's streaming `c2h` read returns when the card ends a packet (`tlast`)
//! or the buffer is full; the engine ends a packet after each reply frame, so a read returns whole
//! replies. Reads run on a thread that hands chunks over a channel, which gives `recv` its timeout
//! (the devices, like FIFOs, have none).
//!
//! Without a card, [`FifoBoard`] serves the software command engine on a pair of named pipes with
//! the same names, so `pcie:` is tested end to end here.

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use super::Transport;
use super::faults::FaultSpec;
use super::serve::{BoardPort, Served, serve};

/// The two stream devices of `prefix`.
pub fn device_paths(prefix: &str) -> (PathBuf, PathBuf) {
    (PathBuf::from(format!("{prefix}_h2c_0")), PathBuf::from(format!("{prefix}_c2h_0")))
}

/// A readable stream with a timeout: a thread reads it and sends the chunks.
struct TimedReader {
    chunks: Receiver<std::io::Result<Vec<u8>>>,
    pending: VecDeque<u8>,
}

impl TimedReader {
    fn new(mut file: File) -> Self {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let r = file.read(&mut buf);
                let stop = !matches!(r, Ok(n) if n > 0);
                if tx.send(r.map(|n| buf[..n].to_vec())).is_err() || stop {
                    return;
                }
            }
        });
        Self { chunks: rx, pending: VecDeque::new() }
    }

    fn read_timeout(&mut self, buf: &mut [u8], timeout: Duration) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            match self.chunks.recv_timeout(timeout) {
                Ok(Ok(chunk)) if chunk.is_empty() => {
                    return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "the stream was closed"));
                }
                Ok(Ok(chunk)) => self.pending.extend(chunk),
                Ok(Err(e)) => return Err(e),
                Err(RecvTimeoutError::Timeout) => return Ok(0),
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "the stream was closed"));
                }
            }
        }
        Ok(super::drain_into(&mut self.pending, buf))
    }
}

/// The host end of the XDMA streams.
pub struct Pcie {
    h2c: File,
    c2h: TimedReader,
    prefix: String,
}

impl Pcie {
    /// Opens `PREFIX_h2c_0` for writing, then `PREFIX_c2h_0` for reading (the order the board
    /// side opens them in, so that named pipes meet).
    pub fn open(prefix: &str) -> anyhow::Result<Pcie> {
        let (h2c_path, c2h_path) = device_paths(prefix);
        let open_err = |p: &Path, e: std::io::Error| {
            anyhow::anyhow!(
                "cannot open {}: {e} (is the XDMA driver loaded and the card's bitstream the Thermoblock one? \
                 `pcie:PREFIX` opens PREFIX_h2c_0 and PREFIX_c2h_0, e.g. pcie:/dev/xdma0)",
                p.display()
            )
        };
        let h2c = OpenOptions::new().write(true).open(&h2c_path).map_err(|e| open_err(&h2c_path, e))?;
        let c2h = File::open(&c2h_path).map_err(|e| open_err(&c2h_path, e))?;
        Ok(Pcie { h2c, c2h: TimedReader::new(c2h), prefix: prefix.to_string() })
    }
}

impl Transport for Pcie {
    fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.h2c.write_all(bytes)?;
        self.h2c.flush()
    }

    fn recv(&mut self, buf: &mut [u8], timeout: Duration) -> std::io::Result<usize> {
        self.c2h.read_timeout(buf, timeout)
    }

    fn describe(&self) -> String {
        format!("pcie:{}", self.prefix)
    }
}

/// A virtual PCIe board: the command engine on two named pipes named like the XDMA devices.
pub struct FifoBoard {
    prefix: String,
    h2c: Option<TimedReader>,
    c2h: Option<File>,
}

impl FifoBoard {
    /// Creates the pipes `PREFIX_h2c_0` and `PREFIX_c2h_0` (replacing stale ones).
    pub fn new(prefix: &str) -> anyhow::Result<FifoBoard> {
        let (h2c, c2h) = device_paths(prefix);
        for p in [&h2c, &c2h] {
            if p.exists() {
                std::fs::remove_file(p).map_err(|e| anyhow::anyhow!("cannot replace {}: {e}", p.display()))?;
            }
            nix::unistd::mkfifo(p, nix::sys::stat::Mode::S_IRUSR | nix::sys::stat::Mode::S_IWUSR)
                .map_err(|e| anyhow::anyhow!("cannot create the named pipe {}: {e}", p.display()))?;
        }
        Ok(FifoBoard { prefix: prefix.to_string(), h2c: None, c2h: None })
    }

    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// Waits for a host to open the pipes, then serves `engine` until `stop` is set or the host
    /// closes them.
    pub fn serve<S: Served + ?Sized>(
        mut self,
        board: &mut S,
        faults: Option<FaultSpec>,
        idle: Duration,
        stop: &AtomicBool,
    ) -> anyhow::Result<()> {
        let (h2c, c2h) = device_paths(&self.prefix);
        self.h2c = Some(TimedReader::new(File::open(&h2c)?));
        self.c2h = Some(OpenOptions::new().write(true).open(&c2h)?);
        match serve(&mut self, board, faults, idle, stop) {
            Err(e) if e.to_string().contains("the stream was closed") => Ok(()),
            other => other,
        }
    }
}

impl Drop for FifoBoard {
    fn drop(&mut self) {
        let (h2c, c2h) = device_paths(&self.prefix);
        let _ = std::fs::remove_file(h2c);
        let _ = std::fs::remove_file(c2h);
    }
}

impl BoardPort for FifoBoard {
    fn read_timeout(&mut self, buf: &mut [u8], timeout: Duration) -> std::io::Result<usize> {
        self.h2c.as_mut().expect("opened by serve").read_timeout(buf, timeout)
    }

    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let f = self.c2h.as_mut().expect("opened by serve");
        f.write_all(bytes)?;
        f.flush()
    }

    fn describe(&self) -> String {
        format!("the named pipes {}_h2c_0 / _c2h_0", self.prefix)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::Ordering;

    use super::*;
    use crate::backend::{Backend, Board, Chip, NO_PROGRESS};
    use crate::link::LinkPolicy;
    use thermoblock_contract::config::ICE40;
    use thermoblock_sim::GibbsConfig;
    use thermoblock_sim::chip::bus::ChipBus;
    use thermoblock_sim::chip::engine::CommandEngine;
    use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

    /// `pcie:` end to end against the engine on named pipes: the chip model's results.
    #[test]
    fn the_host_samples_through_the_stream_devices() {
        let dir = std::env::temp_dir().join(format!("thermoblock-pcie-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let prefix = dir.join("xdma0").to_string_lossy().into_owned();
        let board = FifoBoard::new(&prefix).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let server = {
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                let mut engine = CommandEngine::new(ChipBus::new(ICE40), ICE40);
                board.serve(&mut engine, None, Duration::from_millis(20), &stop)
            })
        };
        let mut host = Board::connect(Pcie::open(&prefix).unwrap(), LinkPolicy::default()).unwrap();
        assert_eq!(host.config, ICE40);
        let block = random_block(&RandomBlockSpec { c0: 4, c1: 12, c2: 5, kernel: 3, coupling: 0.8 }, 3).unwrap();
        let xs: Vec<_> = (0..2).map(|i| random_spins(4, 6, 7, i)).collect();
        let cfg = GibbsConfig::new(0.6, 25);
        let got = host.sample_batch(&block, &xs, &cfg, NO_PROGRESS).unwrap();
        assert_eq!(got, Chip { config: ICE40 }.sample_batch(&block, &xs, &cfg, NO_PROGRESS).unwrap());
        stop.store(true, Ordering::Relaxed);
        drop(host); // closes the pipes: the board's read ends
        server.join().unwrap().unwrap();
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_missing_device_is_a_clear_error() {
        let e = Pcie::open("/dev/thermoblock-no-xdma").err().unwrap().to_string();
        assert!(e.contains("/dev/thermoblock-no-xdma_h2c_0") && e.contains("XDMA"), "{e}");
    }
}
