//! The verilated board (`thermoblock_rtl::BoardRtl`: the FPGA top level, UART to chip) as a
//! virtual board: served on a pseudo-terminal or FIFOs by [`serve`](super::serve::serve) through
//! [`RtlServed`], or linked in process, in lock step, by [`RtlLink`].
//!
//! **Simulated time.** The model's clock advances only when bytes go in (each takes 10 bits of
//! `BOARD_CLOCKS_PER_BIT` clocks, as on a 3 Mbaud line at 48 MHz) and while the board has work of
//! its own: its chip is busy, or it has been quiet (no bit on either line) for less than
//! [`QUIET_CYCLES`], long enough for the command engine to begin any reply. When the host then
//! stays silent past its timeout, the board is idled for its own idle timeout once, so a partial
//! frame is dropped as a real board drops it.

use std::collections::VecDeque;
use std::sync::mpsc;
use std::time::Duration;
use thermoblock_sim::chip::quantize::quantize;

use thermoblock_contract::ChipConfig;
use thermoblock_contract::uart::{BOARD_BAUD, BOARD_CLOCK_HZ, BOARD_IDLE_CLOCKS};
use thermoblock_rtl::{BoardRtl, TraceWindow};

use super::Transport;
use super::serve::Served;

/// Quiet cycles after which the board is taken to have finished answering: 1 ms at 48 MHz. The
/// engine starts a reply within a few thousand cycles of a request's last byte (the longest is
/// the execution of a full `WRITE_WEIGHTS` payload, one bus write per word).
pub const QUIET_CYCLES: u64 = BOARD_IDLE_CLOCKS as u64;

/// Cycles one [`Served::advance`] runs at most before the port is polled again.
const SLICE: u64 = 1 << 16;

/// [`BoardRtl`] behind the [`Served`] interface.
pub struct RtlServed {
    pub board: BoardRtl,
    /// The board's idle timeout has run since the host's last byte.
    timed_out: bool,
}

impl RtlServed {
    /// A board at power-up; with `trace`, writing a VCD waveform of it over the window's cycles.
    pub fn new(config: ChipConfig, trace: Option<(std::path::PathBuf, TraceWindow)>) -> anyhow::Result<Self> {
        let mut board = BoardRtl::new(config).map_err(|e| anyhow::anyhow!("{e}"))?;
        if let Some((path, window)) = trace {
            board.trace(&path, window).map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        Ok(Self { board, timed_out: true })
    }
}

impl Served for RtlServed {
    fn receive(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        self.timed_out = false;
        self.board.send(bytes, out);
    }

    fn active(&self) -> bool {
        self.board.busy() || self.board.quiet_cycles() < QUIET_CYCLES
    }

    fn advance(&mut self, out: &mut Vec<u8>) {
        self.board.settle(QUIET_CYCLES, SLICE, out);
    }

    fn line_idle(&mut self, out: &mut Vec<u8>) {
        if !self.timed_out {
            self.board.time_out(out);
            self.timed_out = true;
        }
    }
}

/// Requests to the board's thread.
enum Call {
    Send(Vec<u8>),
    /// Run until the board sends something or falls quiet; reply with what it sent.
    Recv,
    Cycles,
}

/// The verilated board in this process, in lock step with the host: a request's bytes go in at
/// the line rate, and a `recv` runs the board until it answers or falls quiet. Simulated time
/// is then a function of the requests alone (no wall clock), so [`RtlLink::cycles`] measures what
/// the link costs a real board with a host that answers at once. The model is not `Send`: it
/// lives on a thread of its own, which this handle drives over channels.
pub struct RtlLink {
    calls: mpsc::Sender<Call>,
    replies: mpsc::Receiver<(Vec<u8>, u64)>,
    pending: VecDeque<u8>,
    config: ChipConfig,
    worker: Option<std::thread::JoinHandle<()>>,
}

impl RtlLink {
    pub fn new(config: ChipConfig) -> anyhow::Result<Self> {
        Self::traced(config, None)
    }

    /// [`new`](Self::new), the board writing a VCD waveform of itself over the window's cycles.
    pub fn traced(config: ChipConfig, trace: Option<(std::path::PathBuf, TraceWindow)>) -> anyhow::Result<Self> {
        let (calls, calls_rx) = mpsc::channel::<Call>();
        let (replies_tx, replies) = mpsc::channel();
        let (ready_tx, ready) = mpsc::channel::<Result<(), String>>();
        let worker = std::thread::Builder::new().name("rtl-board".into()).spawn(move || {
            let mut served = match RtlServed::new(config, trace) {
                Ok(s) => {
                    let _ = ready_tx.send(Ok(()));
                    s
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(e.to_string()));
                    return;
                }
            };
            let mut out = Vec::new();
            for call in calls_rx {
                out.clear();
                match call {
                    Call::Send(bytes) => served.receive(&bytes, &mut out),
                    Call::Recv => {
                        while out.is_empty() && served.active() {
                            served.advance(&mut out);
                        }
                        if out.is_empty() {
                            served.line_idle(&mut out);
                        }
                    }
                    Call::Cycles => {}
                }
                if replies_tx.send((out.clone(), served.board.cycles())).is_err() {
                    return;
                }
            }
        })?;
        match ready.recv() {
            Ok(Ok(())) => {}
            Ok(Err(e)) => anyhow::bail!("{e}"),
            Err(_) => anyhow::bail!("the RTL board's thread ended before it started"),
        }
        Ok(Self { calls, replies, pending: VecDeque::new(), config, worker: Some(worker) })
    }

    fn call(&mut self, call: Call) -> std::io::Result<(Vec<u8>, u64)> {
        let gone = || std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the RTL board's thread has ended");
        self.calls.send(call).map_err(|_| gone())?;
        self.replies.recv().map_err(|_| gone())
    }

    /// The board's clock cycles since power-up.
    pub fn cycles(&mut self) -> std::io::Result<u64> {
        Ok(self.call(Call::Cycles)?.1)
    }

    pub fn config(&self) -> ChipConfig {
        self.config
    }
}

impl Drop for RtlLink {
    fn drop(&mut self) {
        // Closing the channel ends the worker's loop.
        let (calls, _) = mpsc::channel();
        drop(std::mem::replace(&mut self.calls, calls));
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

impl Transport for RtlLink {
    fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let (out, _) = self.call(Call::Send(bytes.to_vec()))?;
        self.pending.extend(out);
        Ok(())
    }

    fn recv(&mut self, buf: &mut [u8], _timeout: Duration) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            let (out, _) = self.call(Call::Recv)?;
            self.pending.extend(out);
        }
        Ok(super::drain_into(&mut self.pending, buf))
    }

    fn describe(&self) -> String {
        format!("the verilated `{}` board (in process)", self.config.name)
    }

    fn line_rate(&self) -> Option<f64> {
        Some(BOARD_BAUD as f64 / 10.0)
    }
}

/// Seconds of a board clocked at 48 MHz.
pub fn board_seconds(cycles: u64) -> f64 {
    cycles as f64 / BOARD_CLOCK_HZ as f64
}

/// One phase of a session on the board, measured in simulated time.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Phase {
    pub requests: u64,
    /// Bytes on the line host → board (whole frames) and board → host.
    pub bytes_sent: u64,
    pub bytes_received: u64,
    /// Bytes of the data the phase moves: coupling words, input words, signs.
    pub data_bytes: u64,
    /// Board clock cycles from the first request's first bit to the last reply's last bit.
    pub cycles: u64,
}

impl Phase {
    /// The board's seconds at 48 MHz.
    pub fn seconds(&self) -> f64 {
        board_seconds(self.cycles)
    }

    /// The share of the line's capacity (one direction, 8N1) that the phase's data bytes use.
    pub fn data_share(&self) -> f64 {
        self.data_bytes as f64 / self.capacity()
    }

    /// The share that the whole frames of the busier direction use.
    pub fn wire_share(&self) -> f64 {
        self.bytes_sent.max(self.bytes_received) as f64 / self.capacity()
    }

    /// Bytes one direction of the line carries in the phase's time.
    fn capacity(&self) -> f64 {
        self.seconds() * BOARD_BAUD as f64 / 10.0
    }

    /// Two phases one after the other.
    fn then(self, next: Phase) -> Phase {
        Phase {
            requests: self.requests + next.requests,
            bytes_sent: self.bytes_sent + next.bytes_sent,
            bytes_received: self.bytes_received + next.bytes_received,
            data_bytes: self.data_bytes + next.data_bytes,
            cycles: self.cycles + next.cycles,
        }
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "requests": self.requests,
            "bytes_sent": self.bytes_sent,
            "bytes_received": self.bytes_received,
            "data_bytes": self.data_bytes,
            "cycles": self.cycles,
            "seconds": self.seconds(),
            "data_share_of_line": self.data_share(),
            "wire_share_of_line": self.wire_share(),
        })
    }
}

/// Where the time of a block on a board over its 3 Mbaud UART goes: the one-off coupling upload,
/// and per image the launch (configuration, input, `RUN`), the chip's run and the readout (output
/// signs and counters). Upload, launch and readout are measured on the verilated board in lock
/// step ([`RtlLink`]: a host that answers at once); the run's cycles are the chip's schedule (the
/// RTL's own count, checked cycle for cycle against the chip model in `tests/chip_lockstep.rs`).
#[derive(Clone, Debug, PartialEq)]
pub struct LinkBudget {
    pub config: &'static str,
    pub weights: Phase,
    /// Configuration, input and `RUN`; `input` is its input frames.
    pub launch: Phase,
    pub input: Phase,
    /// One `STATUS` request and its reply.
    pub status: Phase,
    pub readout: Phase,
    /// Cycles of the chip's run of `sweeps` sweeps, and of its clamp pass (after which the input
    /// memory takes the next input).
    pub run_cycles: u64,
    pub clamp_cycles: u64,
    pub sweeps: u32,
    /// Cycles of the measured run (1 sweep), spent between launch and readout.
    pub measured_run_cycles: u64,
}

impl LinkBudget {
    /// Board cycles per image, one after the other: launch, run, readout.
    pub fn image_cycles(&self) -> u64 {
        self.launch.cycles + self.run_cycles + self.readout.cycles
    }

    pub fn images_per_second(&self) -> f64 {
        1.0 / board_seconds(self.image_cycles())
    }

    /// Board cycles per image when each input streams in during the run before it (as the host's
    /// `Board` backend sends a batch): launch without the input frames, then the longer of the run
    /// and its clamp pass, one `STATUS` poll and the next input's frames, then the readout.
    pub fn streamed_image_cycles(&self) -> u64 {
        let streaming = self.clamp_cycles + self.status.cycles + self.input.cycles;
        self.launch.cycles - self.input.cycles + self.run_cycles.max(streaming) + self.readout.cycles
    }

    pub fn streamed_images_per_second(&self) -> f64 {
        1.0 / board_seconds(self.streamed_image_cycles())
    }
}

/// Measures [`LinkBudget`] for `block` on a `config` board with input `x` (any input of the
/// block's shape: the link's cost does not depend on the spins).
pub fn measure_budget(
    config: ChipConfig,
    block: &thermoblock_sim::Block,
    x: &thermoblock_contract::Spins,
    delta: f32,
    sweeps: u32,
    trace: Option<(std::path::PathBuf, TraceWindow)>,
) -> anyhow::Result<LinkBudget> {
    use thermoblock_contract::protocol::{
        MAX_PAYLOAD, Request, launch_requests, packed_len, sign_requests, weight_requests,
    };
    use thermoblock_contract::run::ChipRun;
    use thermoblock_sim::chip::model::ChipModel;

    let (image, _) = quantize(block, &config, x.h, x.w)?;
    let model = ChipModel::new(image.clone(), config, x.h, x.w);
    let (run_cycles, clamp_cycles) = (model.cycles(sweeps), model.cycles(0));
    let mut link = super::Link::new(RtlLink::traced(config, trace)?, super::LinkPolicy::default());
    link.open().map_err(|e| anyhow::anyhow!("the verilated board: {e}"))?;
    let phase = |link: &mut super::Link<RtlLink>, reqs: &[Request], data_bytes: u64| -> anyhow::Result<Phase> {
        let (before, start) = (link.stats, link.transport().cycles()?);
        for r in reqs {
            link.request(r).map_err(|e| anyhow::anyhow!("the verilated board: {e}"))?;
        }
        let (after, end) = (link.stats, link.transport().cycles()?);
        Ok(Phase {
            requests: after.requests - before.requests,
            bytes_sent: after.bytes_sent - before.bytes_sent,
            bytes_received: after.bytes_received - before.bytes_received,
            data_bytes,
            cycles: end - start,
        })
    };
    let weights = weight_requests(&config, &image, MAX_PAYLOAD);
    let weight_bytes = weights
        .iter()
        .map(|r| match r {
            Request::WriteWeights { words, .. } => 2 * words.len() as u64,
            _ => 0,
        })
        .sum();
    let weights = phase(&mut link, &weights, weight_bytes)?;
    // The shortest run: launch and readout cost the same whatever the sweeps.
    let run = ChipRun { delta, sweeps: 1, burn_in: 0, seed: 1 };
    let launch_reqs = launch_requests(&config, &image, x, &run, MAX_PAYLOAD);
    let input_bytes = packed_len(x.c * x.h * x.w, 1) as u64;
    let (last, inputs) = (launch_reqs.len() - 1, 1..launch_reqs.len() - 1);
    debug_assert!(launch_reqs[inputs.clone()].iter().all(|r| matches!(r, Request::WriteInput { .. })));
    let configure = phase(&mut link, &launch_reqs[..1], 0)?;
    let input = phase(&mut link, &launch_reqs[inputs], input_bytes)?;
    let launch = configure.then(input).then(phase(&mut link, &launch_reqs[last..], 0)?);
    let status = phase(&mut link, &[Request::Status], 0)?;
    // Polls until done; not part of any phase (a host that knows the run's length waits it out).
    let ran_from = link.transport().cycles()?;
    super::wait_done(&mut link).map_err(|e| anyhow::anyhow!("the verilated board: {e}"))?;
    let measured_run_cycles = link.transport().cycles()? - ran_from;
    let hw = x.h * x.w;
    let mut readout_reqs = sign_requests(image.c2, hw, MAX_PAYLOAD);
    readout_reqs.push(Request::ReadCounters);
    let readout = phase(&mut link, &readout_reqs, packed_len(image.c2 * hw, 1) as u64)?;
    Ok(LinkBudget {
        config: config.name,
        weights,
        launch,
        input,
        status,
        readout,
        run_cycles,
        clamp_cycles,
        sweeps,
        measured_run_cycles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::{Backend, Board, Chip, NO_PROGRESS};
    use crate::link::LinkPolicy;
    use thermoblock_contract::config::ICE40;
    use thermoblock_contract::uart::BOARD_CLOCKS_PER_BIT;
    use thermoblock_sim::GibbsConfig;
    use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

    /// A run longer than the host's whole patience (2 tries of 150 ms) on the verilated board
    /// served on a pseudo-terminal: the board acknowledges `RUN` and answers `STATUS` polls while
    /// its chip runs, as the software board does (`pty_board`'s test of the same).
    #[test]
    fn a_long_run_on_the_rtl_board_over_a_pseudo_terminal() {
        use crate::link::pty_board::{IMPATIENT, served};
        use std::sync::atomic::Ordering;
        use std::time::Duration;
        let (path, stop, server) = served(|| RtlServed::new(ICE40, None).unwrap());
        let mut host = Board::connect(crate::link::uart::Uart::open(&path).unwrap(), IMPATIENT).unwrap();
        let block = random_block(&RandomBlockSpec { c0: 8, c1: 16, c2: 8, kernel: 3, coupling: 0.8 }, 4).unwrap();
        let x = random_spins(8, 8, 8, 1);
        let cfg = GibbsConfig::new(0.5, 100); // about 4 M cycles: a second or more of simulation
        let started = std::time::Instant::now();
        let got = host.sample(&block, &x, &cfg, NO_PROGRESS).unwrap();
        let took = started.elapsed();
        assert_eq!(got, Chip { config: ICE40 }.sample(&block, &x, &cfg, NO_PROGRESS).unwrap());
        assert!(took > Duration::from_millis(300), "the run outlasts the host's patience: {took:?}");
        stop.store(true, Ordering::Relaxed);
        server.join().unwrap().unwrap();
    }

    /// The host's own backend over the in-process verilated board: the chip model's results, each
    /// input after the first streamed in while the run before it goes on.
    #[test]
    fn the_host_runs_blocks_on_the_verilated_board_in_lock_step() {
        let mut host = Board::connect(RtlLink::new(ICE40).unwrap(), LinkPolicy::default()).unwrap();
        assert_eq!(host.config, ICE40, "the board identified itself");
        let block = random_block(&RandomBlockSpec { c0: 3, c1: 5, c2: 4, kernel: 3, coupling: 0.9 }, 6).unwrap();
        let xs: Vec<_> = (0..3).map(|i| random_spins(3, 4, 5, 10 + i)).collect();
        let cfg = GibbsConfig::new(0.6, 12);
        let got = host.sample_batch(&block, &xs, &cfg, NO_PROGRESS).unwrap();
        let want = Chip { config: ICE40 }.sample_batch(&block, &xs, &cfg, NO_PROGRESS).unwrap();
        assert_eq!(got, want);
        assert_eq!(host.stats().retries, 0);
        assert_eq!(host.stats().naks, 0);
        assert_eq!(host.stats().streamed_inputs, 2, "inputs 2 and 3 written during the runs before them");
    }

    /// The coupling upload keeps the line at least 90% busy with weight bytes (the target),
    /// and no phase beats the line: every byte takes 10 bits of `BOARD_CLOCKS_PER_BIT` cycles.
    #[test]
    fn the_coupling_upload_runs_near_the_line_rate() {
        let block = random_block(&RandomBlockSpec { c0: 8, c1: 16, c2: 8, kernel: 3, coupling: 0.9 }, 3).unwrap();
        let x = random_spins(8, 6, 6, 1);
        let b = measure_budget(ICE40, &block, &x, 0.5, 10, None).unwrap();
        let bit = u64::from(BOARD_CLOCKS_PER_BIT);
        for (name, p) in [("weights", b.weights), ("launch", b.launch), ("readout", b.readout)] {
            assert!(p.requests > 0 && p.data_bytes > 0, "{name}: {p:?}");
            assert!(p.cycles >= 10 * bit * (p.bytes_sent + p.bytes_received), "{name} is faster than the line: {p:?}");
            assert!(p.data_share() <= 1.0 && p.wire_share() <= 1.0, "{name}: {p:?}");
        }
        assert!(b.weights.requests >= 4, "several full frames: {:?}", b.weights);
        assert!(
            b.weights.data_share() >= 0.90,
            "coupling upload at {:.1}% of the line",
            100.0 * b.weights.data_share()
        );
        assert!(b.measured_run_cycles > 0 && b.run_cycles > b.clamp_cycles);
        // Streaming hides the input frames under the run (10 sweeps outlast them here).
        assert!(b.input.requests > 0 && b.input.cycles < b.launch.cycles, "{:?}", b.input);
        assert!(b.run_cycles > b.clamp_cycles + b.status.cycles + b.input.cycles);
        assert_eq!(b.streamed_image_cycles(), b.image_cycles() - b.input.cycles);
    }
}
