//! # `SweepController`: the FSM that walks the chip's cycle schedule
//!
//! **Purpose.** Drives a run of the sweep engine: one step of the normative schedule
//! `thermoblock_contract::schedule::Schedule` per clock — the clamp pass (`ClampHidden`,
//! `ClampOutput`) and then `G` sweeps of (`Hidden`, `Output`). Each step names the phase, the slot
//! (destination position and lane group), the sweep, and what the cycle does: accumulate one term
//! (source channel, kernel tap, source position or "outside the grid"), add one border constant
//! `u[o, tap]` (`ClampOutput`), or one of the `PIPELINE_LATENCY` drain cycles. The datapath (coupling
//! and spin memories, lanes) is driven from these outputs; this unit holds no weights or spins.
//! The schedule is defined once in the simulator crate; the tests zip every clock of whole runs
//! against `Schedule::phase` in run order, and the run length against `Schedule::cycles`.
//!
//! **Ports** (`top` in the generated Verilog, `hdl/generated/sweep_controller.v`; widths from
//! `thermoblock_contract::config::ECP5`):
//!
//! | port           | dir | width | meaning |
//! |----------------|-----|-------|---------|
//! | `clock`        | in  | 1     | rising edge |
//! | `start`        | in  | 1     | sampled at the edge while `busy` is low: starts a run (ignored while `busy`) |
//! | `c0`, `c1`, `c2` | in | 7 ([`CHANNEL_BITS`]) | channel counts, `1 ..= max_c*` |
//! | `h`, `w`       | in  | 5 ([`DIM_BITS`]) | grid, `1 ..= 16` |
//! | `k1`, `k2`     | in  | 2 ([`KERNEL_BITS`]) | square kernel sizes `kh = kw` in `{1, 2, 3}` (the chip's are odd: 1 or 3) |
//! | `sweeps`       | in  | 16 ([`SWEEP_BITS`]) | `G`, `0 ..= 65,535` (`0`: clamp pass only) |
//! | `busy`         | out | 1     | a run is in progress; the step outputs below are valid |
//! | `done`         | out | 1     | high for one clock, after the edge that passes the run's last step |
//! | `phase`        | out | 2     | [`PHASE_CLAMP_HIDDEN`] = 0, [`PHASE_CLAMP_OUTPUT`] = 1, [`PHASE_HIDDEN`] = 2, [`PHASE_OUTPUT`] = 3 (the order of `Phase`) |
//! | `pos`          | out | 8 ([`POS_BITS`]) | destination position, raster index `y · w + x` |
//! | `group`        | out | 4 ([`GROUP_BITS`]) | lane group: lane `l` updates destination channel `group · P + l` |
//! | `sweep`        | out | 16    | index of the current sweep (0 during the clamp pass) |
//! | `kind`         | out | 2     | [`KIND_ACCUMULATE`] = 0, [`KIND_BORDER`] = 1, [`KIND_DRAIN`] = 2, [`KIND_IDLE`] = 3 (not `busy`) |
//! | `drain_cycle`  | out | 3 ([`DRAIN_BITS`]) | for a drain step: `0 ..= PIPELINE_LATENCY − 1` (the last writes the spins) |
//! | `channel`      | out | 7     | for an accumulate step: the source channel |
//! | `tap`          | out | 4 ([`TAP_BITS`]) | for accumulate and border steps: the tap `ty · k + tx` (0 for the `K3` steps) |
//! | `source_valid` | out | 1     | accumulate: the source is in the grid (`Some`); border: `in_grid`; 0 for drain |
//! | `source_pos`   | out | 8     | the source position when `source_valid`, else 0 |
//! | `cycle`        | out | 37 ([`CYCLE_BITS`]) | index of the current step in the run; after `done`, the run length |
//!
//! Fields a step's kind does not name (e.g. `channel` in a drain step) are unspecified; while
//! `busy` is low only `busy`, `done`, `kind` (= idle) and `cycle` are specified.
//!
//! **Timing.** `start` sampled at edge `t` (with `busy` low) makes the outputs after edge `t` show
//! step 0 of the run; after edge `t + i` they show step `i`; after edge `t + N`, with
//! `N = Schedule::cycles(G)`, `busy` is low, `done` is high (for that one clock) and `cycle = N`.
//! So the first step's cycle begins right after the start edge and the datapath samples step `i`
//! at edge `t + i + 1`. A `start` on the same edge that raises `done` is accepted (back-to-back runs).
//! Every output is a register or a few gates of registers; no input reaches an output
//! combinationally except through the geometry inputs, which must be held constant during a run.
//!
//! **Sequencing** (all counters, no multiplier, no divider):
//!
//! * slot: source channel `channel` (outer) and tap `(ty, tx)` (inner, `tap = ty·k + tx` counted
//!   alongside), then `drain_cycle` 0 ..= `PIPELINE_LATENCY − 1` (0 ..= 6). `ClampOutput` runs `c0`
//!   channels with a 1 x 1 kernel (the `K3` steps, source = `pos`) and then one pass over the `k2` taps as border steps;
//! * groups: a register `rem` = destination channels not yet covered (`C` at the slot's first
//!   group, minus `P` per group); another group follows while `rem > P`, so `⌈C/P⌉` groups;
//! * positions: `pos`, `y`, `x` counted together (`x` wraps at `w`);
//! * phases: `ClampHidden` → `ClampOutput` → (`Hidden` → `Output`) x `G`, `sweep` counted.
//!
//! **Source position.** `source = pos + dir · ((ty − kh/2) · w + (tx − kw/2))` with `dir = −1` for
//! `Hidden` (the transposed kernel, `Schedule::source(.., −1)`) and `+1` otherwise. For kernels up
//! to 3 x 3, `ty − kh/2` and `tx − kw/2` are in `{−1, 0, 1}`, so the offset is a choice of
//! `±w` and `±1` (two adders on `pos`); the in-grid test compares `y`, `x` with 0 and `h − 1`,
//! `w − 1`. This is what limits the unit to kernels of at most 3 (`ECP5.max_kernel`, checked at
//! compile time); `k = 2` also works (offsets `{−1, 0}`), `k = 0` is outside the contract.
//!
//! **Lanes `P`.** A build-time constant held in a `Constant` (not a const generic, so the port
//! widths stay those of `ECP5`): [`SweepController::new`] takes a `ChipConfig` and checks that
//! its limits fit the ports; `Default` is `ECP5` (`P = 32`, the checked-in Verilog). `ICE40`
//! (`P = 4`) builds the same ports with `P = 4` and is tested in rust-hdl's simulator.
//!
//! **Contract on the inputs.** `1 ≤ c* ≤ max_c*`, `1 ≤ h, w ≤ 16`, `k1, k2 ∈ {1, 2, 3}`, held
//! constant from the `start` edge to `done`. Nothing checks them: a 0 count or kernel runs a
//! nonsense sequence (it still ends: every counter wraps back to its terminal value).
//!
//! **Not done here.** The coupling-memory address (`CouplingLayout::read_address`) is left to the
//! datapath: it depends on the input spin in the clamp phases (`K1P`/`K1M`, `K3P`/`K3M`) and is
//! `region base + group · (C_S · taps) + channel · taps + tap`, which the datapath can count
//! alongside this unit's outputs (an adder chain of per-run constants, again no multiplier).
//!
//! **Resources** (Yosys `synth_ecp5`, printed by `controller_is_small`): 103 FF, 314 LUT4,
//! 60 CCU2C, 110 PFUMX, 53 L6MUX21; no DSP, no block RAM (37 of the flip-flops are the cycle counter).
//!
//! **Reset.** None: every register powers up as 0 (`busy` low, idle), the `initial` value FPGA
//! tools honour; `start` initialises every counter.

use rust_hdl::prelude::*;

use crate::constant as c;
use thermoblock_contract::config::{CONFIGS, ChipConfig, ECP5};
use thermoblock_contract::schedule::PIPELINE_LATENCY;

use crate::chip::field_unit::Extend;
use crate::testbench::Clocked;

/// Largest channel count of the configuration.
const MAX_CHANNELS: usize = max(max(ECP5.max_c0, ECP5.max_c1), ECP5.max_c2);
/// Bits of a channel count (`c0`, `c1`, `c2`, holding `max_c*` itself) and of a channel index.
pub const CHANNEL_BITS: usize = clog2(MAX_CHANNELS + 1);
/// Bits of a grid dimension (`h`, `w`, holding 16 itself) and of the `y`, `x` counters.
pub const DIM_BITS: usize = clog2(max(ECP5.max_h, ECP5.max_w) + 1);
/// Bits of a kernel size (`k1`, `k2`) and of the `ty`, `tx` counters.
pub const KERNEL_BITS: usize = clog2(ECP5.max_kernel + 1);
/// Bits of a tap index `0 .. k²`.
pub const TAP_BITS: usize = clog2(ECP5.max_kernel * ECP5.max_kernel);
/// Bits of a position (raster index `0 .. h · w`).
pub const POS_BITS: usize = clog2(ECP5.max_h * ECP5.max_w);
/// Bits of a lane group index, enough for every named configuration.
pub const GROUP_BITS: usize = {
    let (mut bits, mut i) = (1, 0);
    while i < CONFIGS.len() {
        bits = max(bits, group_bits(&CONFIGS[i]));
        i += 1;
    }
    bits
};
/// Bits of `sweeps` and `sweep`.
pub const SWEEP_BITS: usize = clog2(ECP5.max_sweeps as usize + 1);
/// Bits of a drain cycle index.
pub const DRAIN_BITS: usize = max(clog2(PIPELINE_LATENCY as usize), 1);
/// Bits of the cycle counter: holds the longest run of the configuration.
pub const CYCLE_BITS: usize = clog2(max_run_cycles(&ECP5) as usize + 1);

/// `phase` codes: the order of `thermoblock_contract::schedule::Phase`.
pub const PHASE_CLAMP_HIDDEN: u64 = 0;
pub const PHASE_CLAMP_OUTPUT: u64 = 1;
pub const PHASE_HIDDEN: u64 = 2;
pub const PHASE_OUTPUT: u64 = 3;
/// `kind` codes.
pub const KIND_ACCUMULATE: u64 = 0;
pub const KIND_BORDER: u64 = 1;
pub const KIND_DRAIN: u64 = 2;
pub const KIND_IDLE: u64 = 3;

const fn max(a: usize, b: usize) -> usize {
    if a > b { a } else { b }
}

/// Bits of a group index of `c`: `⌈max(C1, C2) / P⌉` groups.
const fn group_bits(c: &ChipConfig) -> usize {
    clog2(max(c.max_c1, c.max_c2).div_ceil(c.lanes))
}

/// An upper bound of `Schedule::cycles` for any block that fits `c`, at `max_sweeps`.
pub const fn max_run_cycles(c: &ChipConfig) -> u64 {
    let slots = (c.max_h * c.max_w) as u64 * max(c.max_c1, c.max_c2).div_ceil(c.lanes) as u64;
    let k2 = (c.max_kernel * c.max_kernel) as u64;
    let clamp = slots * (c.max_c0 as u64 * k2 + PIPELINE_LATENCY) + slots * (c.max_c0 as u64 + k2 + PIPELINE_LATENCY);
    let sweep = 2 * slots * (max(c.max_c1, c.max_c2) as u64 * k2 + PIPELINE_LATENCY);
    clamp + c.max_sweeps as u64 * sweep
}

// The design's assumptions, checked when the crate is compiled.
const _: () = assert!(ECP5.max_kernel <= 3, "source offsets are chosen from -1, 0, +1 rows and columns");
const _: () = assert!(ECP5.max_kernel < 1 << KERNEL_BITS, "tx + 1 must not wrap");
const _: () = assert!(ECP5.max_h * ECP5.max_w <= 1 << POS_BITS);
const _: () = assert!(max_run_cycles(&ECP5) < 1 << CYCLE_BITS);
const _: () = assert!(PIPELINE_LATENCY as usize <= 1 << DRAIN_BITS);

/// The sweep controller. See the module documentation for ports and timing.
#[derive(LogicBlock)]
pub struct SweepController {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, bool>,
    pub c0: Signal<In, Bits<CHANNEL_BITS>>,
    pub c1: Signal<In, Bits<CHANNEL_BITS>>,
    pub c2: Signal<In, Bits<CHANNEL_BITS>>,
    pub h: Signal<In, Bits<DIM_BITS>>,
    pub w: Signal<In, Bits<DIM_BITS>>,
    pub k1: Signal<In, Bits<KERNEL_BITS>>,
    pub k2: Signal<In, Bits<KERNEL_BITS>>,
    pub sweeps: Signal<In, Bits<SWEEP_BITS>>,
    pub busy: Signal<Out, bool>,
    pub done: Signal<Out, bool>,
    pub phase: Signal<Out, Bits<2>>,
    pub pos: Signal<Out, Bits<POS_BITS>>,
    pub group: Signal<Out, Bits<GROUP_BITS>>,
    pub sweep: Signal<Out, Bits<SWEEP_BITS>>,
    pub kind: Signal<Out, Bits<2>>,
    pub drain_cycle: Signal<Out, Bits<DRAIN_BITS>>,
    pub channel: Signal<Out, Bits<CHANNEL_BITS>>,
    pub tap: Signal<Out, Bits<TAP_BITS>>,
    pub source_valid: Signal<Out, bool>,
    pub source_pos: Signal<Out, Bits<POS_BITS>>,
    pub cycle: Signal<Out, Bits<CYCLE_BITS>>,
    // State.
    busy_r: DFF<bool>,
    done_r: DFF<bool>,
    phase_r: DFF<Bits<2>>,
    y_r: DFF<Bits<DIM_BITS>>,
    x_r: DFF<Bits<DIM_BITS>>,
    pos_r: DFF<Bits<POS_BITS>>,
    group_r: DFF<Bits<GROUP_BITS>>,
    /// Destination channels from this group on: another group follows while `rem > P`.
    rem_r: DFF<Bits<CHANNEL_BITS>>,
    channel_r: DFF<Bits<CHANNEL_BITS>>,
    ty_r: DFF<Bits<KERNEL_BITS>>,
    tx_r: DFF<Bits<KERNEL_BITS>>,
    tap_r: DFF<Bits<TAP_BITS>>,
    /// `ClampOutput`'s border steps (after its `K3` steps).
    border_r: DFF<bool>,
    drain_r: DFF<bool>,
    dcyc_r: DFF<Bits<DRAIN_BITS>>,
    sweep_r: DFF<Bits<SWEEP_BITS>>,
    cycle_r: DFF<Bits<CYCLE_BITS>>,
    // Per-step decoding.
    /// Kernel size of the current step: `k1`, `1` (the `K3` steps) or `k2`.
    kern: Signal<Local, Bits<KERNEL_BITS>>,
    /// `kern / 2` is 1.
    half: Signal<Local, bool>,
    /// Source channels of a slot in this phase.
    n_src: Signal<Local, Bits<CHANNEL_BITS>>,
    /// Destination channels of this phase.
    dest: Signal<Local, Bits<CHANNEL_BITS>>,
    /// Not `Hidden`: `source = pos + offset` (else `pos − offset`).
    fwd: Signal<Local, bool>,
    tx_last: Signal<Local, bool>,
    ty_last: Signal<Local, bool>,
    ch_last: Signal<Local, bool>,
    y_last: Signal<Local, bool>,
    x_last: Signal<Local, bool>,
    /// The source row / column is `y − 1`, `y + 1`, `x − 1`, `x + 1`.
    up: Signal<Local, bool>,
    down: Signal<Local, bool>,
    left: Signal<Local, bool>,
    right: Signal<Local, bool>,
    /// The source row or column is outside the grid.
    outside: Signal<Local, bool>,
    in_grid: Signal<Local, bool>,
    w_ext: Extend<DIM_BITS, POS_BITS, false>,
    src_row: Signal<Local, Bits<POS_BITS>>,
    src: Signal<Local, Bits<POS_BITS>>,
    // Constants.
    lanes: Constant<Bits<CHANNEL_BITS>>,
    zero_ch: Constant<Bits<CHANNEL_BITS>>,
    one_ch: Constant<Bits<CHANNEL_BITS>>,
    zero_dim: Constant<Bits<DIM_BITS>>,
    one_dim: Constant<Bits<DIM_BITS>>,
    zero_k: Constant<Bits<KERNEL_BITS>>,
    one_k: Constant<Bits<KERNEL_BITS>>,
    two_k: Constant<Bits<KERNEL_BITS>>,
    zero_tap: Constant<Bits<TAP_BITS>>,
    one_tap: Constant<Bits<TAP_BITS>>,
    zero_pos: Constant<Bits<POS_BITS>>,
    one_pos: Constant<Bits<POS_BITS>>,
    zero_group: Constant<Bits<GROUP_BITS>>,
    one_group: Constant<Bits<GROUP_BITS>>,
    zero_sweep: Constant<Bits<SWEEP_BITS>>,
    one_sweep: Constant<Bits<SWEEP_BITS>>,
    zero_drain: Constant<Bits<DRAIN_BITS>>,
    one_drain: Constant<Bits<DRAIN_BITS>>,
    last_drain: Constant<Bits<DRAIN_BITS>>,
    zero_cycle: Constant<Bits<CYCLE_BITS>>,
    one_cycle: Constant<Bits<CYCLE_BITS>>,
    ph_clamp_hidden: Constant<Bits<2>>,
    ph_clamp_output: Constant<Bits<2>>,
    ph_hidden: Constant<Bits<2>>,
    ph_output: Constant<Bits<2>>,
    kind_accumulate: Constant<Bits<2>>,
    kind_border: Constant<Bits<2>>,
    kind_drain: Constant<Bits<2>>,
    kind_idle: Constant<Bits<2>>,
}

impl SweepController {
    /// A controller for `config`'s lane count `P`. Panics unless `config`'s limits fit the ports
    /// (sized for `ECP5`).
    pub fn new(config: &ChipConfig) -> Self {
        let fits = config.max_c0.max(config.max_c1).max(config.max_c2) <= MAX_CHANNELS
            && config.max_h.max(config.max_w) <= ECP5.max_h.max(ECP5.max_w)
            && config.max_h * config.max_w <= 1 << POS_BITS
            && config.max_kernel <= ECP5.max_kernel
            && config.max_sweeps <= ECP5.max_sweeps
            && group_bits(config) <= GROUP_BITS
            && config.lanes >= 1
            && config.lanes < 1 << CHANNEL_BITS
            && max_run_cycles(config) < 1 << CYCLE_BITS;
        assert!(fits, "the `{}` configuration does not fit the SweepController's ports", config.name);
        Self {
            clock: Default::default(),
            start: Default::default(),
            c0: Default::default(),
            c1: Default::default(),
            c2: Default::default(),
            h: Default::default(),
            w: Default::default(),
            k1: Default::default(),
            k2: Default::default(),
            sweeps: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            phase: Default::default(),
            pos: Default::default(),
            group: Default::default(),
            sweep: Default::default(),
            kind: Default::default(),
            drain_cycle: Default::default(),
            channel: Default::default(),
            tap: Default::default(),
            source_valid: Default::default(),
            source_pos: Default::default(),
            cycle: Default::default(),
            busy_r: Default::default(),
            done_r: Default::default(),
            phase_r: Default::default(),
            y_r: Default::default(),
            x_r: Default::default(),
            pos_r: Default::default(),
            group_r: Default::default(),
            rem_r: Default::default(),
            channel_r: Default::default(),
            ty_r: Default::default(),
            tx_r: Default::default(),
            tap_r: Default::default(),
            border_r: Default::default(),
            drain_r: Default::default(),
            dcyc_r: Default::default(),
            sweep_r: Default::default(),
            cycle_r: Default::default(),
            kern: Default::default(),
            half: Default::default(),
            n_src: Default::default(),
            dest: Default::default(),
            fwd: Default::default(),
            tx_last: Default::default(),
            ty_last: Default::default(),
            ch_last: Default::default(),
            y_last: Default::default(),
            x_last: Default::default(),
            up: Default::default(),
            down: Default::default(),
            left: Default::default(),
            right: Default::default(),
            outside: Default::default(),
            in_grid: Default::default(),
            w_ext: Default::default(),
            src_row: Default::default(),
            src: Default::default(),
            lanes: c(config.lanes as u64),
            zero_ch: c(0),
            one_ch: c(1),
            zero_dim: c(0),
            one_dim: c(1),
            zero_k: c(0),
            one_k: c(1),
            two_k: c(2),
            zero_tap: c(0),
            one_tap: c(1),
            zero_pos: c(0),
            one_pos: c(1),
            zero_group: c(0),
            one_group: c(1),
            zero_sweep: c(0),
            one_sweep: c(1),
            zero_drain: c(0),
            one_drain: c(1),
            last_drain: c(PIPELINE_LATENCY - 1),
            zero_cycle: c(0),
            one_cycle: c(1),
            ph_clamp_hidden: c(PHASE_CLAMP_HIDDEN),
            ph_clamp_output: c(PHASE_CLAMP_OUTPUT),
            ph_hidden: c(PHASE_HIDDEN),
            ph_output: c(PHASE_OUTPUT),
            kind_accumulate: c(KIND_ACCUMULATE),
            kind_border: c(KIND_BORDER),
            kind_drain: c(KIND_DRAIN),
            kind_idle: c(KIND_IDLE),
        }
    }
}

impl Default for SweepController {
    fn default() -> Self {
        Self::new(&ECP5)
    }
}

impl Logic for SweepController {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, busy_r, done_r, phase_r, y_r, x_r, pos_r, group_r, rem_r, channel_r, ty_r, tx_r, tap_r,
            border_r, drain_r, dcyc_r, sweep_r, cycle_r
        );
        // Decode the phase.
        self.kern.next = self.k2.val();
        if self.phase_r.q.val() == self.ph_clamp_hidden.val() {
            self.kern.next = self.k1.val();
        }
        if (self.phase_r.q.val() == self.ph_clamp_output.val()) && !self.border_r.q.val() {
            self.kern.next = self.one_k.val();
        }
        self.half.next = self.kern.val() != self.one_k.val();
        self.n_src.next = self.c0.val();
        if self.phase_r.q.val() == self.ph_hidden.val() {
            self.n_src.next = self.c2.val();
        }
        if self.phase_r.q.val() == self.ph_output.val() {
            self.n_src.next = self.c1.val();
        }
        self.dest.next = self.c1.val();
        if (self.phase_r.q.val() == self.ph_clamp_output.val()) || (self.phase_r.q.val() == self.ph_output.val()) {
            self.dest.next = self.c2.val();
        }
        self.fwd.next = self.phase_r.q.val() != self.ph_hidden.val();
        self.tx_last.next = (self.tx_r.q.val() + self.one_k.val()) == self.kern.val();
        self.ty_last.next = (self.ty_r.q.val() + self.one_k.val()) == self.kern.val();
        self.ch_last.next = (self.channel_r.q.val() + self.one_ch.val()) == self.n_src.val();
        self.y_last.next = (self.y_r.q.val() + self.one_dim.val()) == self.h.val();
        self.x_last.next = (self.x_r.q.val() + self.one_dim.val()) == self.w.val();

        // Source position: tap offsets ty - kh/2, tx - kw/2 in {-1, 0, +1}, times dir.
        self.up.next = (self.ty_r.q.val() == self.zero_k.val()) && self.half.val();
        self.down.next = self.ty_r.q.val() == self.two_k.val();
        self.left.next = (self.tx_r.q.val() == self.zero_k.val()) && self.half.val();
        self.right.next = self.tx_r.q.val() == self.two_k.val();
        if !self.fwd.val() {
            self.up.next = self.ty_r.q.val() == self.two_k.val();
            self.down.next = (self.ty_r.q.val() == self.zero_k.val()) && self.half.val();
            self.left.next = self.tx_r.q.val() == self.two_k.val();
            self.right.next = (self.tx_r.q.val() == self.zero_k.val()) && self.half.val();
        }
        self.outside.next = (self.up.val() && (self.y_r.q.val() == self.zero_dim.val()))
            || (self.down.val() && self.y_last.val())
            || (self.left.val() && (self.x_r.q.val() == self.zero_dim.val()))
            || (self.right.val() && self.x_last.val());
        self.in_grid.next = !self.outside.val();
        self.w_ext.narrow.next = self.w.val();
        self.src_row.next = self.pos_r.q.val();
        if self.up.val() {
            self.src_row.next = self.pos_r.q.val() - self.w_ext.wide.val();
        }
        if self.down.val() {
            self.src_row.next = self.pos_r.q.val() + self.w_ext.wide.val();
        }
        self.src.next = self.src_row.val();
        if self.left.val() {
            self.src.next = self.src_row.val() - self.one_pos.val();
        }
        if self.right.val() {
            self.src.next = self.src_row.val() + self.one_pos.val();
        }

        // Next step.
        self.done_r.d.next = false;
        if self.busy_r.q.val() {
            self.cycle_r.d.next = self.cycle_r.q.val() + self.one_cycle.val();
            if !self.drain_r.q.val() {
                if !self.tx_last.val() {
                    self.tx_r.d.next = self.tx_r.q.val() + self.one_k.val();
                    self.tap_r.d.next = self.tap_r.q.val() + self.one_tap.val();
                } else if !self.ty_last.val() {
                    self.tx_r.d.next = self.zero_k.val();
                    self.ty_r.d.next = self.ty_r.q.val() + self.one_k.val();
                    self.tap_r.d.next = self.tap_r.q.val() + self.one_tap.val();
                } else {
                    // The taps of one source channel (or the border taps) are done.
                    self.tx_r.d.next = self.zero_k.val();
                    self.ty_r.d.next = self.zero_k.val();
                    self.tap_r.d.next = self.zero_tap.val();
                    if self.border_r.q.val() {
                        self.border_r.d.next = false;
                        self.drain_r.d.next = true;
                    } else if !self.ch_last.val() {
                        self.channel_r.d.next = self.channel_r.q.val() + self.one_ch.val();
                    } else {
                        self.channel_r.d.next = self.zero_ch.val();
                        if self.phase_r.q.val() == self.ph_clamp_output.val() {
                            self.border_r.d.next = true;
                        } else {
                            self.drain_r.d.next = true;
                        }
                    }
                }
            } else if self.dcyc_r.q.val() != self.last_drain.val() {
                self.dcyc_r.d.next = self.dcyc_r.q.val() + self.one_drain.val();
            } else {
                // The slot is done.
                self.drain_r.d.next = false;
                self.dcyc_r.d.next = self.zero_drain.val();
                if self.rem_r.q.val() > self.lanes.val() {
                    self.group_r.d.next = self.group_r.q.val() + self.one_group.val();
                    self.rem_r.d.next = self.rem_r.q.val() - self.lanes.val();
                } else {
                    self.group_r.d.next = self.zero_group.val();
                    self.rem_r.d.next = self.dest.val();
                    if !(self.y_last.val() && self.x_last.val()) {
                        self.pos_r.d.next = self.pos_r.q.val() + self.one_pos.val();
                        if self.x_last.val() {
                            self.x_r.d.next = self.zero_dim.val();
                            self.y_r.d.next = self.y_r.q.val() + self.one_dim.val();
                        } else {
                            self.x_r.d.next = self.x_r.q.val() + self.one_dim.val();
                        }
                    } else {
                        // The phase is done.
                        self.pos_r.d.next = self.zero_pos.val();
                        self.x_r.d.next = self.zero_dim.val();
                        self.y_r.d.next = self.zero_dim.val();
                        if self.phase_r.q.val() == self.ph_clamp_hidden.val() {
                            self.phase_r.d.next = self.ph_clamp_output.val();
                            self.rem_r.d.next = self.c2.val();
                        } else if self.phase_r.q.val() == self.ph_hidden.val() {
                            self.phase_r.d.next = self.ph_output.val();
                            self.rem_r.d.next = self.c2.val();
                        } else if (self.phase_r.q.val() == self.ph_clamp_output.val())
                            && (self.sweeps.val() != self.zero_sweep.val())
                        {
                            self.phase_r.d.next = self.ph_hidden.val();
                            self.rem_r.d.next = self.c1.val();
                        } else if (self.phase_r.q.val() == self.ph_output.val())
                            && ((self.sweep_r.q.val() + self.one_sweep.val()) != self.sweeps.val())
                        {
                            self.phase_r.d.next = self.ph_hidden.val();
                            self.rem_r.d.next = self.c1.val();
                            self.sweep_r.d.next = self.sweep_r.q.val() + self.one_sweep.val();
                        } else {
                            // The run is done.
                            self.busy_r.d.next = false;
                            self.done_r.d.next = true;
                        }
                    }
                }
            }
        } else if self.start.val() {
            self.busy_r.d.next = true;
            self.phase_r.d.next = self.ph_clamp_hidden.val();
            self.y_r.d.next = self.zero_dim.val();
            self.x_r.d.next = self.zero_dim.val();
            self.pos_r.d.next = self.zero_pos.val();
            self.group_r.d.next = self.zero_group.val();
            self.rem_r.d.next = self.c1.val();
            self.channel_r.d.next = self.zero_ch.val();
            self.ty_r.d.next = self.zero_k.val();
            self.tx_r.d.next = self.zero_k.val();
            self.tap_r.d.next = self.zero_tap.val();
            self.border_r.d.next = false;
            self.drain_r.d.next = false;
            self.dcyc_r.d.next = self.zero_drain.val();
            self.sweep_r.d.next = self.zero_sweep.val();
            self.cycle_r.d.next = self.zero_cycle.val();
        }

        // Outputs.
        self.busy.next = self.busy_r.q.val();
        self.done.next = self.done_r.q.val();
        self.phase.next = self.phase_r.q.val();
        self.pos.next = self.pos_r.q.val();
        self.group.next = self.group_r.q.val();
        self.sweep.next = self.sweep_r.q.val();
        self.kind.next = self.kind_accumulate.val();
        if self.border_r.q.val() {
            self.kind.next = self.kind_border.val();
        }
        if self.drain_r.q.val() {
            self.kind.next = self.kind_drain.val();
        }
        if !self.busy_r.q.val() {
            self.kind.next = self.kind_idle.val();
        }
        self.drain_cycle.next = self.dcyc_r.q.val();
        self.channel.next = self.channel_r.q.val();
        self.tap.next = self.tap_r.q.val();
        self.source_valid.next = self.busy_r.q.val() && !self.drain_r.q.val() && self.in_grid.val();
        self.source_pos.next = self.zero_pos.val();
        if self.busy_r.q.val() && !self.drain_r.q.val() && self.in_grid.val() {
            self.source_pos.next = self.src.val();
        }
        self.cycle.next = self.cycle_r.q.val();
    }
}

impl Clocked for SweepController {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use std::fmt;

    use rust_hdl::prelude::*;
    use thermoblock_contract::config::{ChipConfig, ECP5, ICE40};
    use thermoblock_contract::schedule::{Phase, Schedule, Step, StepKind};
    use thermoblock_contract::shape::BlockShape;

    use super::*;
    use crate::flow::verilog;
    use crate::testbench::Bench;

    /// A run: the schedule's geometry, the configuration (lanes) and `G`.
    #[derive(Clone, Copy, Debug)]
    struct Run {
        config: ChipConfig,
        c0: usize,
        c1: usize,
        c2: usize,
        k1: usize,
        k2: usize,
        h: usize,
        w: usize,
        sweeps: u32,
    }

    impl Run {
        fn schedule(&self) -> Schedule {
            Schedule {
                lanes: self.config.lanes,
                shape: BlockShape {
                    c0: self.c0,
                    c1: self.c1,
                    c2: self.c2,
                    k1: (self.k1, self.k1),
                    k2: (self.k2, self.k2),
                    h: self.h,
                    w: self.w,
                },
            }
        }
    }

    /// The output ports, in the order of [`FIELDS`].
    const FIELDS: [(&str, usize); 13] = [
        ("busy", 1),
        ("done", 1),
        ("phase", 2),
        ("pos", POS_BITS),
        ("group", GROUP_BITS),
        ("sweep", SWEEP_BITS),
        ("kind", 2),
        ("drain_cycle", DRAIN_BITS),
        ("channel", CHANNEL_BITS),
        ("tap", TAP_BITS),
        ("source_valid", 1),
        ("source_pos", POS_BITS),
        ("cycle", CYCLE_BITS),
    ];
    const OUT_BITS: usize = 1
        + 1
        + 2
        + POS_BITS
        + GROUP_BITS
        + SWEEP_BITS
        + 2
        + DRAIN_BITS
        + CHANNEL_BITS
        + TAP_BITS
        + 1
        + POS_BITS
        + CYCLE_BITS;

    /// Expected outputs after one edge; `None` = unspecified.
    type Expected = [Option<u64>; 13];

    /// A deliberately wrong twin, for the planted-bug demonstration.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Bug {
        None,
        /// Skips accumulate cycles whose source is outside the grid.
        SkipsOutOfGridTaps,
        /// Reads the `Hidden` phase's sources forward (`p + offset`) instead of transposed.
        ForwardHidden,
    }

    fn phase_code(p: Phase) -> u64 {
        match p {
            Phase::ClampHidden => PHASE_CLAMP_HIDDEN,
            Phase::ClampOutput => PHASE_CLAMP_OUTPUT,
            Phase::Hidden => PHASE_HIDDEN,
            Phase::Output => PHASE_OUTPUT,
        }
    }

    /// The schedule's steps of a whole run, in order, each with its sweep index.
    fn run_steps(run: &Run) -> Vec<(u64, Step)> {
        let s = run.schedule();
        let mut v: Vec<(u64, Step)> = Vec::new();
        v.extend(s.phase(Phase::ClampHidden).chain(s.phase(Phase::ClampOutput)).map(|st| (0, st)));
        for g in 0..u64::from(run.sweeps) {
            v.extend(s.phase(Phase::Hidden).chain(s.phase(Phase::Output)).map(|st| (g, st)));
        }
        v
    }

    /// The expected outputs of every clock of a run, after the start edge: the steps of `Schedule`
    /// (through `bug`), then the `done` clock.
    fn expected_run(run: &Run, bug: Bug) -> Vec<Expected> {
        let s = run.schedule();
        let mut out: Vec<Expected> = Vec::new();
        for (i, (sweep, st)) in run_steps(run).into_iter().enumerate() {
            let mut e: Expected = [None; 13];
            e[0] = Some(1);
            e[1] = Some(0);
            e[2] = Some(phase_code(st.phase));
            e[3] = Some(st.pos as u64);
            e[4] = Some(st.group as u64);
            e[5] = Some(sweep);
            match st.kind {
                StepKind::Accumulate { channel, tap, mut source } => {
                    if bug == Bug::SkipsOutOfGridTaps && source.is_none() {
                        continue;
                    }
                    if bug == Bug::ForwardHidden && st.phase == Phase::Hidden {
                        source = s.source(st.pos, s.shape.k2, tap, 1);
                    }
                    e[6] = Some(KIND_ACCUMULATE);
                    e[8] = Some(channel as u64);
                    e[9] = Some(tap as u64);
                    e[10] = Some(source.is_some().into());
                    e[11] = Some(source.unwrap_or(0) as u64);
                }
                StepKind::Border { tap, in_grid } => {
                    e[6] = Some(KIND_BORDER);
                    e[9] = Some(tap as u64);
                    e[10] = Some(in_grid.into());
                    e[11] = Some(s.source(st.pos, s.shape.k2, tap, 1).unwrap_or(0) as u64);
                }
                StepKind::Drain { cycle } => {
                    e[6] = Some(KIND_DRAIN);
                    e[7] = Some(cycle);
                }
            }
            e[12] = Some(if bug == Bug::None { i as u64 } else { out.len() as u64 });
            out.push(e);
        }
        assert!(bug != Bug::None || out.len() as u64 == s.cycles(run.sweeps), "the steps are Schedule::cycles");
        let mut done: Expected = [None; 13];
        (done[0], done[1], done[6], done[12]) = (Some(0), Some(1), Some(KIND_IDLE), Some(out.len() as u64));
        out.push(done);
        out
    }

    /// Idle after `done`: `done` falls.
    fn idle(cycles: u64) -> Expected {
        let mut e: Expected = [None; 13];
        (e[0], e[1], e[6], e[12]) = (Some(0), Some(0), Some(KIND_IDLE), Some(cycles));
        e
    }

    #[derive(Debug)]
    struct Mismatch {
        cycle: u64,
        field: &'static str,
        expected: u64,
        got: u64,
    }

    impl fmt::Display for Mismatch {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "cycle {}: `{}` expected {}, got {}", self.cycle, self.field, self.expected, self.got)
        }
    }

    fn apply_geometry(dut: &mut SweepController, run: &Run) {
        dut.c0.next = (run.c0 as u64).to_bits();
        dut.c1.next = (run.c1 as u64).to_bits();
        dut.c2.next = (run.c2 as u64).to_bits();
        dut.h.next = (run.h as u64).to_bits();
        dut.w.next = (run.w as u64).to_bits();
        dut.k1.next = (run.k1 as u64).to_bits();
        dut.k2.next = (run.k2 as u64).to_bits();
        dut.sweeps.next = u64::from(run.sweeps).to_bits();
    }

    fn outputs(dut: &SweepController) -> [u64; 13] {
        [
            dut.busy.val().into(),
            dut.done.val().into(),
            dut.phase.val().to_u64(),
            dut.pos.val().to_u64(),
            dut.group.val().to_u64(),
            dut.sweep.val().to_u64(),
            dut.kind.val().to_u64(),
            dut.drain_cycle.val().to_u64(),
            dut.channel.val().to_u64(),
            dut.tap.val().to_u64(),
            dut.source_valid.val().into(),
            dut.source_pos.val().to_u64(),
            dut.cycle.val().to_u64(),
        ]
    }

    /// Pulses `start`, then compares every clock's outputs with `expected` (the run, its `done`
    /// clock and one idle clock). `noise` also pulses `start` on some busy clocks (to be ignored).
    fn check_run(bench: &mut Bench<SweepController>, run: &Run, bug: Bug, noise: bool) -> Result<u64, Mismatch> {
        let mut expected = expected_run(run, bug);
        let n = expected.len() as u64 - 1;
        expected.push(idle(n));
        apply_geometry(&mut bench.dut, run);
        bench.dut.start.next = true;
        for (i, e) in expected.iter().enumerate() {
            bench.cycle();
            let ignored = noise && i + 2 < expected.len() && (i * 7919) % 13 == 5;
            bench.dut.start.next = ignored;
            let got = outputs(&bench.dut);
            for (f, (want, have)) in e.iter().zip(got).enumerate() {
                if let Some(want) = *want
                    && want != have
                {
                    return Err(Mismatch { cycle: i as u64 + 1, field: FIELDS[f].0, expected: want, got: have });
                }
            }
        }
        Ok(n)
    }

    fn runs() -> Vec<Run> {
        let r = |config, c0, c1, c2, k1, k2, h, w, sweeps| Run { config, c0, c1, c2, k1, k2, h, w, sweeps };
        vec![
            // schedule.rs's small geometry: two groups of 4 lanes, the last partly idle.
            r(ICE40, 2, 5, 3, 3, 3, 3, 4, 3),
            // Channels not multiples of P = 32, a 3 x 5 grid.
            r(ECP5, 3, 5, 7, 3, 3, 3, 5, 2),
            // Several groups of 32 (40 -> 2, 65 -> 3), a 5 x 3 grid.
            r(ECP5, 2, 40, 65, 3, 3, 5, 3, 1),
            // A 1 x 1 grid: every off-centre tap is outside.
            r(ECP5, 1, 1, 1, 3, 3, 1, 1, 2),
            r(ICE40, 3, 9, 6, 3, 3, 1, 1, 1),
            // k1 = 1, k2 = 3 and k1 = 3, k2 = 1; 1 x n and n x 1 grids.
            r(ICE40, 3, 9, 5, 1, 3, 5, 3, 2),
            r(ICE40, 2, 4, 8, 3, 1, 1, 6, 2),
            r(ECP5, 4, 33, 2, 1, 1, 6, 1, 1),
            // G = 0 (clamp pass only), and an even kernel (k = 2, outside the chip's use).
            r(ECP5, 2, 3, 4, 3, 3, 2, 3, 0),
            r(ICE40, 2, 5, 3, 2, 2, 3, 3, 1),
            // Full widths: the largest channel counts and grid of ice40.
            r(ICE40, 8, 16, 8, 3, 3, 8, 8, 1),
        ]
    }

    /// The MNIST block (32 / 64 / 64, 3 x 3 kernels) on its 14 x 14 grid, one sweep.
    const MNIST: Run = Run { config: ECP5, c0: 32, c1: 64, c2: 64, k1: 3, k2: 3, h: 14, w: 14, sweeps: 1 };

    #[test]
    fn matches_schedule_every_cycle() {
        for run in runs() {
            // A fresh controller, and one reused after a previous run with other inputs.
            let mut bench = Bench::new(SweepController::new(&run.config));
            for noise in [false, true] {
                match check_run(&mut bench, &run, Bug::None, noise) {
                    Ok(n) => assert_eq!(n, run.schedule().cycles(run.sweeps)),
                    Err(m) => panic!("SweepController differs from Schedule: {m} (run {run:?})"),
                }
            }
        }
    }

    #[test]
    fn matches_schedule_on_the_mnist_block() {
        let mut bench = Bench::new(SweepController::default());
        match check_run(&mut bench, &MNIST, Bug::None, false) {
            // Clamp: 392 slots x (32 x 9 + 7) and 392 x (32 + 9 + 7); a sweep 2 x 392 x (64 x 9 + 7)
            // (docs/ARCHITECTURE.md), with 392 = 196 positions x 2 lane groups.
            Ok(n) => assert_eq!(n, 115_640 + 18_816 + 457_072),
            Err(m) => panic!("SweepController differs from Schedule: {m}"),
        }
    }

    #[test]
    fn planted_schedule_bugs_are_caught() {
        let run = runs()[1];
        for bug in [Bug::SkipsOutOfGridTaps, Bug::ForwardHidden] {
            let mut bench = Bench::new(SweepController::new(&run.config));
            match check_run(&mut bench, &run, bug, false) {
                Ok(_) => panic!("the planted bug {bug:?} was not caught"),
                // The transposed-direction bug shows only once the sweeps begin, in a source field.
                Err(m) if bug == Bug::ForwardHidden => {
                    let clamp = run.schedule().cycles(0);
                    assert!(m.cycle > clamp && m.field.starts_with("source"), "{m}");
                }
                Err(_) => {}
            }
        }
    }

    #[test]
    fn ports_fit_every_configuration() {
        assert_eq!((CHANNEL_BITS, DIM_BITS, KERNEL_BITS, TAP_BITS, POS_BITS), (7, 5, 2, 4, 8));
        // The one-lane `ice40-up5k` has 16 hidden groups.
        assert_eq!((GROUP_BITS, SWEEP_BITS, DRAIN_BITS, CYCLE_BITS), (4, 16, 3, 37));
        for config in thermoblock_contract::config::CONFIGS {
            let _ = SweepController::new(&config);
        }
    }

    /// Replays one run: one line per clock, `{start, expected outputs, mask of specified bits}`.
    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  localparam W = @W@;
  reg clock = 0;
  reg start = 0;
  wire [6:0] c0 = @C0@;
  wire [6:0] c1 = @C1@;
  wire [6:0] c2 = @C2@;
  wire [4:0] h = @H@;
  wire [4:0] w = @WD@;
  wire [1:0] k1 = @K1@;
  wire [1:0] k2 = @K2@;
  wire [15:0] sweeps = @G@;
  wire busy, done, source_valid;
  wire [1:0] phase, kind;
  wire [@GROUP_MSB@:0] group;
  wire [@DRAIN_MSB@:0] drain_cycle;
  wire [7:0] pos, source_pos;
  wire [15:0] sweep;
  wire [6:0] channel;
  wire [3:0] tap;
  wire [36:0] cycle;
  wire [W-1:0] got = {busy, done, phase, pos, group, sweep, kind, drain_cycle, channel, tap, source_valid, source_pos, cycle};
  reg [195:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .start(start), .c0(c0), .c1(c1), .c2(c2), .h(h), .w(w), .k1(k1), .k2(k2),
          .sweeps(sweeps), .busy(busy), .done(done), .phase(phase), .pos(pos), .group(group), .sweep(sweep),
          .kind(kind), .drain_cycle(drain_cycle), .channel(channel), .tap(tap), .source_valid(source_valid),
          .source_pos(source_pos), .cycle(cycle));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      start = vec[i][192];
      #1 clock = 1;
      #1 clock = 0;
      if (((got ^ vec[i][96+W-1:96]) & vec[i][W-1:0]) != 0) begin
        if (errors < 10) $display("MISMATCH cycle %0d: expected %h (mask %h), got %h", i + 1, vec[i][96+W-1:96],
                                  vec[i][W-1:0], got);
        errors = errors + 1;
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    #[test]
    fn generated_verilog_matches_schedule() {
        // Two groups of 32 and a partial third, a 3 x 5 grid, two sweeps: about 40,000 clocks.
        let run = Run { config: ECP5, c0: 3, c1: 40, c2: 65, k1: 3, k2: 3, h: 3, w: 5, sweeps: 2 };
        let mut clocks: Vec<(bool, Expected)> = vec![(false, idle(0)); 2];
        let mut expected = expected_run(&run, Bug::None);
        let n = expected.len() as u64 - 1;
        expected.push(idle(n));
        clocks.extend(expected.into_iter().enumerate().map(|(i, e)| (i == 0, e)));
        // `start` is sampled at the edge after which the run's first step shows: the same line.
        let lines: Vec<String> = (0..clocks.len())
            .map(|i| {
                let start = clocks[i].0;
                let (mut value, mut mask) = (0u128, 0u128);
                for (f, (_, width)) in FIELDS.iter().enumerate() {
                    let m = (1u128 << width) - 1;
                    value = value << width | u128::from(clocks[i].1[f].unwrap_or(0)) & m;
                    mask = mask << width | if clocks[i].1[f].is_some() { m } else { 0 };
                }
                format!("{:x}{value:024x}{mask:024x}\n", u8::from(start))
            })
            .collect();
        let testbench = REPLAY_TESTBENCH
            .replace("@N@", &lines.len().to_string())
            .replace("@W@", &OUT_BITS.to_string())
            .replace("@GROUP_MSB@", &(GROUP_BITS - 1).to_string())
            .replace("@DRAIN_MSB@", &(DRAIN_BITS - 1).to_string())
            .replace("@C0@", &run.c0.to_string())
            .replace("@C1@", &run.c1.to_string())
            .replace("@C2@", &run.c2.to_string())
            .replace("@H@", &run.h.to_string())
            .replace("@WD@", &run.w.to_string())
            .replace("@K1@", &run.k1.to_string())
            .replace("@K2@", &run.k2.to_string())
            .replace("@G@", &run.sweeps.to_string());
        verilog::assert_replay_clean("sweep_controller", &testbench, &lines.concat());
    }

    #[test]
    fn controller_is_small() {
        let cells = match verilog::yosys_cell_counts("sweep_controller", "synth_ecp5") {
            Ok(cells) => cells,
            Err(verilog::ToolRun::Missing(tool)) => return verilog::skip_missing_tool(tool, "sweep_controller size"),
            Err(e) => panic!("yosys synth_ecp5 failed on sweep_controller: {e:?}"),
        };
        assert_eq!(cells.get("MULT18X18D"), None, "cells {cells:?}");
        let luts: u64 = cells.iter().filter(|(c, _)| c.contains("LUT")).map(|(_, n)| n).sum();
        assert!(luts < 1000, "{luts} LUTs: cells {cells:?}");
        let _ =
            std::io::Write::write_fmt(&mut std::io::stderr(), format_args!("sweep_controller synth_ecp5: {cells:?}\n"));
    }

    crate::verilog_checks!("sweep_controller");
}
