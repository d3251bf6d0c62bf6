//! # `ChipRtl`: the whole chip in Verilator
//!
//! **What it is.** The chip's generated Verilog (`hdl/src/chip/top.rs`): `hdl/generated/chip_ice40.v`
//! (4 lanes) and `chip_ecp5.v` (32 lanes), verilated as the C++ classes `VChipIce40` and `VChipEcp5`
//! and driven from Rust through its bus, exactly as a host drives the FPGA: a run is the bus writes
//! of [`registers::setup_writes`] (ending with `CONTROL.start`), the clock running until `busy`
//! falls, and the bus reads of [`registers::readout_addresses`], turned into a [`ChipResult`] by
//! [`registers::readout`] — the same type, and bit for bit the same value, as the chip model's
//! `ChipModel::run` (`tests/chip_lockstep.rs` holds the two to that).
//!
//! **Ports** of the root module `top` (`P` = lanes):
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `bus_addr`, `bus_wdata`, `bus_wr` | in | 22, 32, 1 | a word write, sampled at the edge; ignored while `busy` |
//! | `bus_rd` | in | 1 | a read strobe, sampled at the edge |
//! | `bus_rdata`, `bus_rvalid` | out | 32, 1 | the read's word, valid in the one cycle `bus_rvalid` is high, a small fixed latency after the strobe |
//! | `busy`, `done` | out | 1, 1 | a run is in progress; a one-cycle pulse after its last step |
//! | `mon_wr` | out | 1 | a spin-memory slot write, at the edge that ends this cycle, described by: |
//! | `mon_layer`, `mon_clamp` | out | 1, 1 | 0 hidden (`s1`) / 1 output (`s2`); 1 a start spin of the clamp pass / 0 a sweep update |
//! | `mon_sweep`, `mon_group`, `mon_pos` | out | 16, 8, 8 | sweep index, lane group, raster position |
//! | `mon_mask`, `mon_spins` | out | `P`, `P` | lane `l` writes channel `group · P + l` iff mask bit `l`, value bit `l` (1 = +1) |
//!
//! **Bus driving** (the C++ shim's loops, so that a run costs few FFI calls): writes one per clock
//! (`bus_wr` high for one edge each); reads one outstanding at a time, the strobe for one edge, then
//! `bus_rvalid` polled after every tick, at most [`READ_TIMEOUT`] ticks.
//!
//! **Observing a run.** With an observer, [`ChipRtl::run`] records every monitor write and rebuilds
//! both layers from them: the chip writes a layer in slots (positions in raster order, lane groups
//! inner: `h · w · ⌈C / P⌉` writes per half-sweep), so a half-sweep is complete when its last slot is
//! written, and the observer is then called with `(sweep, layer, spins)` — the same call, with the
//! same channel-major ±1 spins, that `ChipModel::run_observed` makes. The writes must come in exactly
//! the schedule's order (clamp pass: hidden, then output; then per sweep hidden, then output), each
//! slot once, with the mask of the lanes whose channel exists; anything else is an
//! [`RtlError::Monitor`]. The clamp pass's start spins are kept ([`ChipRtl::start_spins`]).
//!
//! **Threads.** A `ChipRtl` is neither `Send` nor `Sync` (see the crate documentation): create one
//! per thread.

use std::fmt;
use std::time::{Duration, Instant};

use thermoblock_contract::Spins;
use thermoblock_contract::config::{ChipConfig, ECP5, ICE40, ICE40_UP5K};
use thermoblock_contract::image::ChipImage;
use thermoblock_contract::registers;
use thermoblock_contract::run::{ChipResult, ChipRun, Layer, Observer};
use thermoblock_contract::schedule::{Phase, Schedule};

use crate::ffi::{self, ChipHandle, ChipKind, ChipOutputs, MonitorRecord};
use crate::trace::TraceWindow;

/// Ticks a bus read waits for `bus_rvalid`, the strobe's own included.
pub const READ_TIMEOUT: u32 = 16;
/// Ticks after `CONTROL.start` within which `busy` must rise.
pub const START_TIMEOUT: u32 = 16;
/// Ticks after `busy` falls within which `done` must have pulsed.
pub const DONE_TIMEOUT: u32 = 4;
/// Monitor records fetched per call into the C++ clock loop.
const MONITOR_BUFFER: usize = 4096;
/// Bits of the bus address.
pub const ADDR_BITS: u32 = 22;

/// Why a run on the RTL failed: the chip broke its port contract, or the request does not fit it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RtlError {
    /// No verilated chip of this configuration (only `ice40`, `ice40-up5k` and `ecp5` are built).
    UnknownConfig(String),
    /// No verilated board top of this configuration (only `ice40` and `ecp5`).
    NoBoard(&'static str),
    /// A configuration named like a built one but with other parameters.
    ConfigMismatch(&'static str),
    /// The image, input or run does not fit the chip or the register map.
    Unsupported(String),
    /// A run was requested while `busy` was high.
    Busy,
    /// A bus read got no `bus_rvalid` within [`READ_TIMEOUT`] ticks.
    ReadTimeout { addr: u32, cycle: u64 },
    /// An identification word reads other than `registers::identification` says.
    Identity { addr: u32, expected: u32, got: u32 },
    /// `busy` did not rise within [`START_TIMEOUT`] ticks of `CONTROL.start`.
    NotStarted { cycle: u64 },
    /// `busy` was still high `limit` ticks after the start (the schedule needs `expected`).
    Timeout { cycle: u64, limit: u64, expected: u64 },
    /// `busy` fell without a `done` pulse (within [`DONE_TIMEOUT`] ticks).
    NoDone { cycle: u64 },
    /// A monitor write out of the schedule's order, or the run ended with slots unwritten.
    Monitor { cycle: u64, message: String },
    /// A waveform could not be started (a build without the `trace` feature, a file that cannot be created).
    Trace(String),
}

impl fmt::Display for RtlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownConfig(name) => {
                write!(
                    f,
                    "no RTL model of the chip configuration `{name}`: the verilated chips are ice40, ice40-up5k and ecp5"
                )
            }
            Self::NoBoard(name) => write!(
                f,
                "no verilated board of the chip configuration `{name}`: the virtual boards are ice40 and ecp5 \
                 (`{name}`'s chip alone runs with --backend rtl)"
            ),
            Self::ConfigMismatch(name) => write!(
                f,
                "a chip configuration named `{name}` with other parameters than the built-in one: the RTL of \
                 `{name}` is generated from thermoblock_contract::config"
            ),
            Self::Unsupported(why) => write!(f, "the RTL cannot run this: {why}"),
            Self::Busy => write!(f, "the chip is busy: a run was requested before the last one finished"),
            Self::ReadTimeout { addr, cycle } => write!(
                f,
                "cycle {cycle}: the bus read of address {addr:#08x} got no bus_rvalid within {READ_TIMEOUT} ticks"
            ),
            Self::Identity { addr, expected, got } => write!(
                f,
                "identification word {addr:#x} reads {got:#010x}, expected {expected:#010x} (is the verilated \
                 hdl/generated/chip_*.v current? `make verilog`)"
            ),
            Self::NotStarted { cycle } => {
                write!(f, "cycle {cycle}: busy did not rise within {START_TIMEOUT} ticks of CONTROL.start")
            }
            Self::Timeout { cycle, limit, expected } => write!(
                f,
                "cycle {cycle}: the run was still busy after {limit} ticks (its schedule is {expected} cycles)"
            ),
            Self::NoDone { cycle } => {
                write!(f, "cycle {cycle}: busy fell without a done pulse (within {DONE_TIMEOUT} ticks)")
            }
            Self::Monitor { cycle, message } => write!(f, "cycle {cycle}: monitor: {message}"),
            Self::Trace(why) => write!(f, "waveform: {why}"),
        }
    }
}

impl std::error::Error for RtlError {}

/// One spin-memory slot write seen on the monitor ports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotWrite {
    /// The cycle (clock edges since the model was created) in which `mon_wr` was high.
    pub cycle: u64,
    pub layer: Layer,
    /// A start spin of the clamp pass (else a sweep update).
    pub clamp: bool,
    pub sweep: u16,
    pub group: usize,
    pub pos: usize,
    pub mask: u32,
    pub spins: u32,
}

impl From<&MonitorRecord> for SlotWrite {
    fn from(r: &MonitorRecord) -> Self {
        Self {
            cycle: r.cycle,
            layer: if r.layer == 0 { Layer::Hidden } else { Layer::Output },
            clamp: r.clamp != 0,
            sweep: r.sweep,
            group: r.group as usize,
            pos: r.pos as usize,
            mask: r.mask,
            spins: r.spins,
        }
    }
}

impl fmt::Display for SlotWrite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let layer = match self.layer {
            Layer::Hidden => "hidden",
            Layer::Output => "output",
        };
        let pass = if self.clamp { "clamp pass".to_string() } else { format!("sweep {}", self.sweep) };
        write!(f, "{pass}, {layer} layer, pos {}, group {}, mask {:#x}", self.pos, self.group, self.mask)
    }
}

/// Clock cycles and wall time of the last run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunStats {
    /// Ticks of the setup writes (one per word, `CONTROL.start` included).
    pub setup_cycles: u64,
    /// Ticks from the start edge until `busy` fell (and `done` was seen).
    pub run_cycles: u64,
    /// Ticks of the readout.
    pub readout_cycles: u64,
    /// Wall time of the whole run, setup to readout.
    pub wall: Duration,
}

impl RunStats {
    /// Every simulated clock edge of the run.
    pub fn total_cycles(&self) -> u64 {
        self.setup_cycles + self.run_cycles + self.readout_cycles
    }

    /// Simulated clock cycles per wall-clock second.
    pub fn cycles_per_second(&self) -> f64 {
        self.total_cycles() as f64 / self.wall.as_secs_f64().max(1e-9)
    }
}

/// The start spins of the clamp pass, channel-major ±1, as rebuilt from the monitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartSpins {
    pub hidden: Vec<i8>,
    pub output: Vec<i8>,
}

/// The verilated model of `config`: one of the built-in configurations, exactly.
pub(crate) fn built_kind(config: &ChipConfig) -> Result<ChipKind, RtlError> {
    let (kind, builtin) = match config.name {
        "ice40" => (ChipKind::Ice40, ICE40),
        "ecp5" => (ChipKind::Ecp5, ECP5),
        "ice40-up5k" => (ChipKind::Ice40Up5k, ICE40_UP5K),
        other => return Err(RtlError::UnknownConfig(other.to_string())),
    };
    if *config != builtin {
        return Err(RtlError::ConfigMismatch(builtin.name));
    }
    Ok(kind)
}

/// The whole chip in Verilator. Not `Send`/`Sync`; see the crate documentation.
pub struct ChipRtl {
    handle: ChipHandle,
    config: ChipConfig,
    last_run: Option<RunStats>,
    start: Option<StartSpins>,
}

impl fmt::Debug for ChipRtl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChipRtl").field("config", &self.config.name).field("cycles", &self.cycles()).finish()
    }
}

impl ChipRtl {
    /// A chip of `config` (`ICE40` or `ECP5`) at power-up: idle, every register at its reset value.
    pub fn new(config: ChipConfig) -> Result<Self, RtlError> {
        let handle = ChipHandle::new(built_kind(&config)?);
        assert_eq!(handle.lanes() as usize, config.lanes, "the shim's model of `{}` has other lanes", config.name);
        Ok(Self { handle, config, last_run: None, start: None })
    }

    /// The configuration.
    pub fn config(&self) -> &ChipConfig {
        &self.config
    }

    /// Clock edges since creation.
    pub fn cycles(&self) -> u64 {
        self.handle.cycles()
    }

    /// Every output port, as of the last tick.
    pub fn outputs(&self) -> ChipOutputs {
        self.handle.outputs()
    }

    /// One clock cycle with the bus idle (no strobe).
    pub fn tick(&mut self) {
        self.handle.set_bus(0, 0, false, false);
        self.handle.tick();
    }

    /// One bus write (one clock). Ignored by the chip while `busy`. Panics if `addr` has more than
    /// [`ADDR_BITS`] bits.
    pub fn write(&mut self, addr: u32, data: u32) {
        assert!(addr >> ADDR_BITS == 0, "bus address {addr:#x} is wider than {ADDR_BITS} bits");
        self.handle.write_burst(&[addr], &[data]);
    }

    /// One bus read: the strobe, then ticks until `bus_rvalid`. Panics if `addr` has more than
    /// [`ADDR_BITS`] bits.
    pub fn read(&mut self, addr: u32) -> Result<u32, RtlError> {
        let mut word = [0];
        self.read_many(&[addr], &mut word)?;
        Ok(word[0])
    }

    /// Bus reads of `addrs` into `words`, one after another.
    fn read_many(&mut self, addrs: &[u32], words: &mut [u32]) -> Result<(), RtlError> {
        if let Some(&a) = addrs.iter().find(|&&a| a >> ADDR_BITS != 0) {
            panic!("bus address {a:#x} is wider than {ADDR_BITS} bits");
        }
        let n = self.handle.read_burst(addrs, words, READ_TIMEOUT);
        match addrs.get(n) {
            Some(&addr) => Err(RtlError::ReadTimeout { addr, cycle: self.cycles() }),
            None => Ok(()),
        }
    }

    /// Reads the identification words (`ID`, `VERSION`, `CONFIG0..2`): `(address, word)` in the
    /// order of [`registers::identification`].
    pub fn identify(&mut self) -> Result<[(u32, u32); 5], RtlError> {
        let mut words = registers::identification(&self.config);
        for (addr, word) in &mut words {
            *word = self.read(*addr)?;
        }
        Ok(words)
    }

    /// [`identify`](Self::identify), and an [`RtlError::Identity`] for the first word that differs
    /// from what [`registers::identification`] says this configuration reads.
    pub fn check_identity(&mut self) -> Result<(), RtlError> {
        let got = self.identify()?;
        for ((addr, expected), (_, word)) in registers::identification(&self.config).into_iter().zip(got) {
            if word != expected {
                return Err(RtlError::Identity { addr, expected, got: word });
            }
        }
        Ok(())
    }

    /// Cycles, wall time and throughput of the last run that finished.
    pub fn last_run(&self) -> Option<&RunStats> {
        self.last_run.as_ref()
    }

    /// The clamp pass's start spins of the last observed run.
    pub fn start_spins(&self) -> Option<&StartSpins> {
        self.start.as_ref()
    }

    /// Runs `image` (from `ChipImage::new` for this configuration and grid) on input `x`: the setup
    /// writes, the clock until `busy` falls, the readout. With `observe`, the monitor is recorded and
    /// the observer called after every half-sweep, as `ChipModel::run_observed` does. The chip may
    /// run several times; after an error other than [`RtlError::Unsupported`] it may still be busy
    /// (a later run is refused with [`RtlError::Busy`]): use a new `ChipRtl`.
    pub fn run(
        &mut self,
        image: &ChipImage,
        x: &Spins,
        run: &ChipRun,
        observe: Option<&mut Observer<'_>>,
    ) -> Result<ChipResult, RtlError> {
        self.run_with_progress(image, x, run, observe, None)
    }

    /// [`run`](Self::run), calling `progress(n)` as the clock passes sweep boundaries, with the
    /// number of sweeps `n` just completed (they add up to `run.sweeps`).
    pub fn run_with_progress(
        &mut self,
        image: &ChipImage,
        x: &Spins,
        run: &ChipRun,
        mut observe: Option<&mut Observer<'_>>,
        mut progress: Option<&mut dyn FnMut(u32)>,
    ) -> Result<ChipResult, RtlError> {
        self.check_fits(image, x, run)?;
        let wall = Instant::now();
        self.start = None;
        if self.outputs().busy != 0 {
            return Err(RtlError::Busy);
        }

        // Setup, ending with CONTROL.start.
        let t0 = self.cycles();
        let (addrs, data): (Vec<u32>, Vec<u32>) =
            registers::setup_writes(&self.config, image, x, run).into_iter().unzip();
        self.handle.write_burst(&addrs, &data);
        let t_start = self.cycles();
        let mut waited = 0;
        while self.outputs().busy == 0 {
            if waited == START_TIMEOUT {
                return Err(RtlError::NotStarted { cycle: self.cycles() });
            }
            self.tick();
            waited += 1;
        }

        // The run.
        let schedule = Schedule { lanes: self.config.lanes, shape: image.shape(x.h, x.w) };
        let expected = schedule.cycles(run.sweeps);
        let limit = expected + expected / 8 + 1024;
        let clamp_cycles = schedule.phase_cycles(Phase::ClampHidden) + schedule.phase_cycles(Phase::ClampOutput);
        let sweep_cycles = (schedule.phase_cycles(Phase::Hidden) + schedule.phase_cycles(Phase::Output)).max(1);
        let mut tracker = observe.is_some().then(|| Tracker::new(&self.config, image, x, run.sweeps));
        let mut buffer = vec![MonitorRecord::default(); if tracker.is_some() { MONITOR_BUFFER } else { 0 }];
        let (mut done, mut reported) = (false, 0u32);
        loop {
            let elapsed = self.cycles() - t_start;
            if elapsed >= limit {
                return Err(RtlError::Timeout { cycle: self.cycles(), limit, expected });
            }
            let chunk = (limit - elapsed).min(sweep_cycles);
            let (status, n) = self.handle.run(chunk, tracker.is_some().then_some(&mut buffer[..]));
            done |= status & ffi::RUN_DONE != 0;
            if let Some(tracker) = tracker.as_mut() {
                for record in &buffer[..n] {
                    tracker.push(&SlotWrite::from(record), &mut observe)?;
                }
            }
            if let Some(progress) = progress.as_mut() {
                let swept = (self.cycles() - t_start).saturating_sub(clamp_cycles) / sweep_cycles;
                let swept = swept.min(u64::from(run.sweeps)) as u32;
                if swept > reported {
                    progress(swept - reported);
                    reported = swept;
                }
            }
            if status & ffi::RUN_IDLE != 0 {
                break;
            }
        }
        let mut after = 0;
        while !done && after < DONE_TIMEOUT {
            self.tick();
            after += 1;
            done = self.outputs().done != 0;
        }
        if !done {
            return Err(RtlError::NoDone { cycle: self.cycles() });
        }
        if let Some(tracker) = tracker {
            self.start = Some(tracker.finish(self.cycles())?);
        }
        match progress.as_mut() {
            Some(progress) if reported < run.sweeps => progress(run.sweeps - reported),
            _ => {}
        }

        // Readout.
        let t_readout = self.cycles();
        let addrs = registers::readout_addresses(image, x.h, x.w);
        let mut words = vec![0; addrs.len()];
        self.read_many(&addrs, &mut words)?;
        let result = registers::readout(image, x.h, x.w, run, &words);
        self.last_run = Some(RunStats {
            setup_cycles: t_start - t0,
            run_cycles: t_readout - t_start,
            readout_cycles: self.cycles() - t_readout,
            wall: wall.elapsed(),
        });
        Ok(result)
    }

    /// Writes a VCD waveform of every signal to `path` over the clock edges of `window`, counted from
    /// this chip's power-up ([`cycles`](Self::cycles) is the next edge); see [`crate::trace`].
    /// Needs a build with the `trace` feature.
    pub fn trace(&mut self, path: &std::path::Path, window: TraceWindow) -> Result<(), RtlError> {
        crate::trace::start(path, window, |p, from, to| self.handle.trace(p, from, to))
    }

    /// What the register map and the configuration can hold; `setup_writes` assumes it.
    fn check_fits(&self, image: &ChipImage, x: &Spins, run: &ChipRun) -> Result<(), RtlError> {
        let c = &self.config;
        let square = |(kh, kw): (usize, usize)| kh == kw && kh <= c.max_kernel;
        let problem = if x.c != image.c0 {
            Some(format!("the input has {} channels but the image C0 = {}", x.c, image.c0))
        } else if !(1..=c.max_h).contains(&x.h) || !(1..=c.max_w).contains(&x.w) {
            Some(format!("a {}x{} grid on the `{}` chip (at most {}x{})", x.h, x.w, c.name, c.max_h, c.max_w))
        } else if image.c0 > c.max_c0 || image.c1 > c.max_c1 || image.c2 > c.max_c2 {
            Some(format!("C0, C1, C2 = {}, {}, {} exceed the `{}` chip's", image.c0, image.c1, image.c2, c.name))
        } else if !square(image.k1_size) || !square(image.k2_size) {
            Some(format!(
                "kernels {:?} and {:?}: the register map holds square kernels up to {}",
                image.k1_size, image.k2_size, c.max_kernel
            ))
        } else if run.sweeps > c.max_sweeps || run.burn_in > c.max_sweeps {
            Some(format!("{} sweeps (burn-in {}): the chip counts to {}", run.sweeps, run.burn_in, c.max_sweeps))
        } else {
            None
        };
        problem.map_or(Ok(()), |why| Err(RtlError::Unsupported(why)))
    }
}

/// Rebuilds both layers from the monitor's slot writes, checking their order against the schedule,
/// and calls the observer when a half-sweep's last slot is written.
struct Tracker {
    lanes: usize,
    hw: usize,
    /// Channels of the hidden and output layer.
    channels: [usize; 2],
    sweeps: u32,
    /// Hidden and output spins, channel-major ±1 (0 before the clamp pass writes them).
    spins: [Vec<i8>; 2],
    /// The half-pass the next write belongs to: 0 clamp hidden, 1 clamp output, `2 + 2g` sweep `g`
    /// hidden, `3 + 2g` sweep `g` output.
    stage: u64,
    /// The next slot of that half-pass: `pos · groups + group`.
    slot: usize,
    start: Option<StartSpins>,
}

impl Tracker {
    fn new(config: &ChipConfig, image: &ChipImage, x: &Spins, sweeps: u32) -> Self {
        let hw = x.h * x.w;
        Self {
            lanes: config.lanes,
            hw,
            channels: [image.c1, image.c2],
            sweeps,
            spins: [vec![0; image.c1 * hw], vec![0; image.c2 * hw]],
            stage: 0,
            slot: 0,
            start: None,
        }
    }

    fn stages(&self) -> u64 {
        2 + 2 * u64::from(self.sweeps)
    }

    /// The expected write's `(clamp, sweep, layer index, pos, group)` and its mask.
    fn expected(&self) -> ((bool, u32, usize, usize, usize), u32) {
        let layer = (self.stage % 2) as usize;
        let clamp = self.stage < 2;
        let sweep = if clamp { 0 } else { ((self.stage - 2) / 2) as u32 };
        let groups = self.channels[layer].div_ceil(self.lanes);
        let (pos, group) = (self.slot / groups, self.slot % groups);
        let live = (self.channels[layer] - group * self.lanes).min(self.lanes);
        let mask = if live >= 32 { u32::MAX } else { (1u32 << live) - 1 };
        ((clamp, sweep, layer, pos, group), mask)
    }

    fn describe(&self) -> String {
        let ((clamp, sweep, layer, pos, group), mask) = self.expected();
        let pass = if clamp { "clamp pass".to_string() } else { format!("sweep {sweep}") };
        let layer = ["hidden", "output"][layer];
        format!("{pass}, {layer} layer, pos {pos}, group {group}, mask {mask:#x}")
    }

    fn push(&mut self, w: &SlotWrite, observe: &mut Option<&mut Observer<'_>>) -> Result<(), RtlError> {
        let error = |message: String| RtlError::Monitor { cycle: w.cycle, message };
        if self.stage >= self.stages() {
            return Err(error(format!("a slot write ({w}) after the run's last half-sweep")));
        }
        let ((clamp, sweep, layer, pos, group), mask) = self.expected();
        let got_layer = match w.layer {
            Layer::Hidden => 0,
            Layer::Output => 1,
        };
        let sweep_ok = clamp || u32::from(w.sweep) == sweep % (1 << 16);
        if w.clamp != clamp || got_layer != layer || !sweep_ok || w.pos != pos || w.group != group || w.mask != mask {
            return Err(error(format!("expected the slot write ({}), got ({w})", self.describe())));
        }
        let c = self.channels[layer];
        for l in 0..self.lanes {
            let channel = group * self.lanes + l;
            if channel < c {
                self.spins[layer][channel * self.hw + pos] = if w.spins >> l & 1 == 1 { 1 } else { -1 };
            }
        }
        self.slot += 1;
        if self.slot == self.hw * c.div_ceil(self.lanes) {
            match observe.as_mut() {
                Some(observer) if !clamp => {
                    observer(sweep, if layer == 0 { Layer::Hidden } else { Layer::Output }, &self.spins[layer])
                }
                _ => {}
            }
            if clamp && layer == 1 {
                self.start = Some(StartSpins { hidden: self.spins[0].clone(), output: self.spins[1].clone() });
            }
            self.stage += 1;
            self.slot = 0;
        }
        Ok(())
    }

    /// The start spins, or an error if the run ended before its last slot write.
    fn finish(self, cycle: u64) -> Result<StartSpins, RtlError> {
        if self.stage < self.stages() {
            return Err(RtlError::Monitor {
                cycle,
                message: format!("the run ended before the slot write ({})", self.describe()),
            });
        }
        Ok(self.start.expect("the clamp pass completed before the sweeps"))
    }
}

#[cfg(test)]
mod tests {
    use thermoblock_contract::config::ICE40;
    use thermoblock_contract::rng::lanes;
    use thermoblock_sim::chip::model::ChipModel;
    use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

    use super::*;
    use thermoblock_sim::chip::quantize::quantize;

    /// The slot writes a chip that matches the model makes: derived from the model's observed
    /// layers (sweep updates) and from its lanes' first draws (start spins).
    fn writes_from_model(model: &ChipModel, x: &Spins, run: &ChipRun) -> Vec<SlotWrite> {
        let (p, hw) = (model.config.lanes, x.h * x.w);
        let mut layers = Vec::new();
        let [start1, start2] = model.start_spins(&mut lanes(run.seed, p));
        layers.push((true, 0, Layer::Hidden, start1));
        layers.push((true, 0, Layer::Output, start2));
        let mut observer = |g: u32, layer: Layer, s: &[i8]| layers.push((false, g, layer, s.to_vec()));
        model.run_observed(x, run, lanes(run.seed, p), Some(&mut observer));
        let mut writes = Vec::new();
        for (clamp, sweep, layer, s) in layers {
            let c = s.len() / hw;
            for pos in 0..hw {
                for group in 0..c.div_ceil(p) {
                    let (mut mask, mut spins) = (0u32, 0u32);
                    for l in (0..p).filter(|l| group * p + l < c) {
                        mask |= 1 << l;
                        spins |= u32::from(s[(group * p + l) * hw + pos] > 0) << l;
                    }
                    let cycle = writes.len() as u64;
                    writes.push(SlotWrite { cycle, layer, clamp, sweep: sweep as u16, group, pos, mask, spins });
                }
            }
        }
        writes
    }

    fn setup() -> (ChipModel, Spins, ChipRun) {
        let block = random_block(&RandomBlockSpec { c0: 3, c1: 6, c2: 5, kernel: 3, coupling: 1.0 }, 3).unwrap();
        let (image, _) = quantize(&block, &ICE40, 2, 3).unwrap();
        (
            ChipModel::new(image, ICE40, 2, 3),
            random_spins(3, 2, 3, 1),
            ChipRun { delta: 0.7, sweeps: 4, burn_in: 1, seed: 11 },
        )
    }

    /// Feeds `writes` to a tracker; returns the observed layers or the first error.
    fn track(
        model: &ChipModel,
        x: &Spins,
        run: &ChipRun,
        writes: &[SlotWrite],
    ) -> Result<Vec<(u32, Layer, Vec<i8>)>, RtlError> {
        let mut seen = Vec::new();
        let mut observer = |g: u32, layer: Layer, s: &[i8]| seen.push((g, layer, s.to_vec()));
        let mut observe: Option<&mut Observer<'_>> = Some(&mut observer);
        let mut tracker = Tracker::new(&model.config, &model.image, x, run.sweeps);
        for w in writes {
            tracker.push(w, &mut observe)?;
        }
        tracker.finish(writes.len() as u64)?;
        Ok(seen)
    }

    #[test]
    fn tracker_rebuilds_the_models_half_sweeps() {
        let (model, x, run) = setup();
        let writes = writes_from_model(&model, &x, &run);
        // 2 x 3 positions, groups: hidden 2 (6 channels), output 2 (5 channels: the last partial).
        assert_eq!(writes.len(), (2 + 2 * 4) * 6 * 2);
        let mut expected = Vec::new();
        let mut observer = |g: u32, layer: Layer, s: &[i8]| expected.push((g, layer, s.to_vec()));
        model.run_observed(&x, &run, lanes(run.seed, 4), Some(&mut observer));
        assert_eq!(track(&model, &x, &run, &writes).unwrap(), expected);
    }

    #[test]
    fn tracker_refuses_writes_out_of_order_or_missing() {
        let (model, x, run) = setup();
        let writes = writes_from_model(&model, &x, &run);
        let mut swapped = writes.clone();
        swapped.swap(13, 14);
        let e = track(&model, &x, &run, &swapped).unwrap_err().to_string();
        assert!(e.contains("expected the slot write (clamp pass, output layer, pos 0, group 1, mask 0x1)"), "{e}");
        // Hidden group 1 has two live lanes (channels 4, 5): a full mask writes channels that do not exist.
        let mut masked = writes.clone();
        masked[1].mask = 0xf;
        let e = track(&model, &x, &run, &masked).unwrap_err().to_string();
        assert!(e.contains("mask 0x3), got (clamp pass, hidden layer, pos 0, group 1, mask 0xf)"), "{e}");
        let e = track(&model, &x, &run, &writes[..writes.len() - 1]).unwrap_err().to_string();
        assert!(e.contains("ended before the slot write (sweep 3, output layer, pos 5, group 1"), "{e}");
        let mut extra = writes.clone();
        extra.push(writes[0]);
        assert!(track(&model, &x, &run, &extra).unwrap_err().to_string().contains("after the run's last"));
    }

    #[test]
    fn unknown_configurations_are_refused() {
        let err = ChipRtl::new(ChipConfig { name: "xc7", ..ICE40 }).unwrap_err();
        assert_eq!(err, RtlError::UnknownConfig("xc7".into()));
        let err = ChipRtl::new(ChipConfig { lanes: 8, ..ICE40 }).unwrap_err();
        assert!(err.to_string().contains("named `ice40` with other parameters"), "{err}");
        // The iCEBreaker's chip is verilated; its board top is not.
        assert!(ChipRtl::new(thermoblock_contract::config::ICE40_UP5K).is_ok());
        let err = crate::BoardRtl::new(thermoblock_contract::config::ICE40_UP5K).unwrap_err();
        assert_eq!(err, RtlError::NoBoard("ice40-up5k"));
        assert!(err.to_string().contains("--backend rtl"), "{err}");
    }
}
