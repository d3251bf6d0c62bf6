//! # `PlaneController`: the plane engine's sequencer
//!
//! **Purpose.** Runs a block on the plane engine: the clamp pass and `G` sweeps as windows of
//! destination groups, back to back or after a stall, and tells the units what to do in every
//! cycle — which term (phase, group, source channel, tap) the weight banks read and which tap code
//! the PE array selects, when the array restarts positions and loads a plane, which plane row pair
//! the plane store reads, when a position's sums leave the array, and which position the decision
//! units decide next. It holds no data. Its timing is the engine twin's
//! ([`super::engine`], whose module documentation states every rule); the twin's per-cycle
//! record ([`super::engine::Control`]) is what this unit is checked against, cycle by cycle.
//!
//! **Configuration** (`setup`, the [`ControlConfig`] interface: inputs `setup$…` in the Verilog,
//! held through a run): the four phases' windows — `len_*` (`S`),
//! `sigma_*` (`σ`), `terms_*` (source channels · `σ`), `groups_*` for `ch` (clamp hidden),
//! `co` (clamp output), `hid` and `out` — the kernels `k1h`, `k1w`, `k2h`, `k2w` (1 or 3), the
//! stalls, the grid, `pairs = ⌈H/2⌉`, `lead` and the run's `sweeps` and `burn_in`: all of it
//! `thermoblock_contract::plane::PlaneSchedule::control` and the run, computed by the host.
//!
//! **Ports** (`top` in `hdl/generated/plane_controller.v`; outputs show the cycle's command,
//! decoded from registers):
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | rising edge |
//! | `start` | in | 1 | sampled while idle: the next cycle is the run's cycle 0 |
//! | `busy`, `done` | out | 1, 1 | the run's cycles `0 .. run_cycles`; one-cycle pulse after |
//! | `cycles` | out | 32 | cycles of the last (or current) run |
//! | `restart` | out | 1 | the array's `restart` |
//! | `term`, `phase`, `group`, `source`, `step` | out | 1, 2, 8, 8, 4 | a term cycle: phase (0 clamp hidden, 1 clamp output, 2 hidden, 3 output), destination group, source channel, cycle within the channel's `σ` |
//! | `tap_valid`, `tap_code` | out | 1, 4 | the term is one of the kernel's taps (its weight is read); the array's tap code (15: none) |
//! | `load` | out | 1 | the array's `plane_load` (a channel's first term) |
//! | `read`, `read_layer`, `read_source`, `read_pair` | out | 1, 2, 8, 3 | the plane store reads row pair `read_pair` of channel `read_source` of layer 0 (input), 1 (hidden) or 2 (output) at this edge |
//! | `arrive`, `arrive_x` | out | 1, 4 | ring position `arrive_x`'s sums are on the array's output |
//! | `want`, `want_phase`, `want_group`, `want_p`, `want_row`, `want_x`, `want_class`, `want_keep` | out | 1, 2, 8, 8, 4, 4, 4, 1 | the decision units decide position `want_p` (row, column, border class) of `want_group` in the next cycle; `want_keep`: its spins count in the sums |
//!
//! **Timing.** `start` at edge `−1`; window `i` of the run occupies cycles `[s_i, s_i + S)`. In
//! window cycle `n`: `restart` for `n < L` (and for the `L` cycles after a window that no window
//! follows at once); a term for `L − 1 ≤ n < L − 1 + terms`; a read for
//! `L − 1 − lead ≤ n < L − 1 − lead + terms` when the cycle within the channel is below `pairs`.
//! A window's decisions are asked for from 5 cycles after its last cycle, one position a cycle;
//! its sums arrive from 6 cycles after (`ADD_LATENCY`: the weight banks' address register, read
//! and output register, the array's 3). `busy` falls 8 cycles after the run's last `want`
//! (its decision, the decision unit's 7 edges and the plane store's write): `cycles` is then
//! `PlaneSchedule::run_cycles`.
//!
//! **Reset.** None: registers power up at 0 (idle).

use rust_hdl::prelude::*;

use crate::constant as c;
use thermoblock_contract::plane::{ULX3S_ARRAY, plane_lead};

use crate::testbench::Clocked;

use crate::plane::array::{NO_TAP, RING};
/// Window cycles, stalls and `lead`: `S ≤ 1,170` for 128 source channels of 3 x 3 taps.
pub const N_BITS: usize = 11;
/// Groups and channels (up to 128 at `D = 1`).
pub const CH_BITS: usize = 8;
/// `σ` and the cycle within it (≤ 9).
pub const SIGMA_BITS: usize = 4;
/// Grid sizes, rows and columns (≤ 14).
pub const DIM_BITS: usize = 4;
/// Positions in raster order (≤ 196).
pub const P_BITS: usize = 8;
/// Row pairs (≤ 7).
pub const PAIR_BITS: usize = 3;
/// Kernel sizes and tap coordinates (1 or 3).
pub const K_BITS: usize = 2;
/// Sweeps and burn-in.
pub const SWEEP_BITS: usize = 16;
/// The cycle counter.
pub const CYCLE_BITS: usize = 32;
/// Cycles `busy` stays up after the run's last `want`, besides the cycle after it: the decision
/// is sampled one edge after its `want`, and its spin written `DECISION_LATENCY − 1` edges later.
const TAIL: u64 = thermoblock_contract::plane::DECISION_LATENCY as u64;

const _: () = assert!(plane_lead(ULX3S_ARRAY.rows) < RING, "a window's first plane is read inside the window");
const _: () = assert!(
    thermoblock_contract::plane::ADD_LATENCY == 6,
    "a window's decisions wait pend_r .. pend4_r: ADD_LATENCY − 2 cycles"
);
const _: () = assert!(RING < 1 << DIM_BITS && ULX3S_ARRAY.rows < 1 << DIM_BITS);
const _: () = assert!(ULX3S_ARRAY.rows * (RING - 1) < 1 << P_BITS);

/// The controller's configuration: one block on one grid (`PlaneSchedule::control`) and the
/// run's sweeps, written by the host and held through a run. An interface, so that the units
/// that hold the controller pass it through whole (`link`).
#[derive(LogicInterface, Default)]
pub struct ControlConfig {
    pub len_ch: Signal<In, Bits<N_BITS>>,
    pub len_co: Signal<In, Bits<N_BITS>>,
    pub len_hid: Signal<In, Bits<N_BITS>>,
    pub len_out: Signal<In, Bits<N_BITS>>,
    pub sigma_ch: Signal<In, Bits<SIGMA_BITS>>,
    pub sigma_co: Signal<In, Bits<SIGMA_BITS>>,
    pub sigma_hid: Signal<In, Bits<SIGMA_BITS>>,
    pub sigma_out: Signal<In, Bits<SIGMA_BITS>>,
    pub terms_ch: Signal<In, Bits<N_BITS>>,
    pub terms_co: Signal<In, Bits<N_BITS>>,
    pub terms_hid: Signal<In, Bits<N_BITS>>,
    pub terms_out: Signal<In, Bits<N_BITS>>,
    pub groups_ch: Signal<In, Bits<CH_BITS>>,
    pub groups_co: Signal<In, Bits<CH_BITS>>,
    pub groups_hid: Signal<In, Bits<CH_BITS>>,
    pub groups_out: Signal<In, Bits<CH_BITS>>,
    pub k1h: Signal<In, Bits<K_BITS>>,
    pub k1w: Signal<In, Bits<K_BITS>>,
    pub k2h: Signal<In, Bits<K_BITS>>,
    pub k2w: Signal<In, Bits<K_BITS>>,
    pub stall_hid: Signal<In, Bits<N_BITS>>,
    pub stall_out: Signal<In, Bits<N_BITS>>,
    pub h: Signal<In, Bits<DIM_BITS>>,
    pub w: Signal<In, Bits<DIM_BITS>>,
    pub hw: Signal<In, Bits<P_BITS>>,
    pub pairs: Signal<In, Bits<SIGMA_BITS>>,
    pub lead: Signal<In, Bits<N_BITS>>,
    pub sweeps: Signal<In, Bits<SWEEP_BITS>>,
    pub burn_in: Signal<In, Bits<SWEEP_BITS>>,
}

/// The controller. See the module documentation.
#[derive(LogicBlock)]
pub struct PlaneController {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, bool>,
    pub setup: ControlConfig,
    // Status.
    pub busy: Signal<Out, bool>,
    pub done: Signal<Out, bool>,
    pub cycles: Signal<Out, Bits<CYCLE_BITS>>,
    // Commands.
    pub restart: Signal<Out, bool>,
    pub term: Signal<Out, bool>,
    pub phase: Signal<Out, Bits<2>>,
    pub group: Signal<Out, Bits<CH_BITS>>,
    pub source: Signal<Out, Bits<CH_BITS>>,
    pub step: Signal<Out, Bits<SIGMA_BITS>>,
    pub tap_valid: Signal<Out, bool>,
    pub tap_code: Signal<Out, Bits<4>>,
    pub load: Signal<Out, bool>,
    pub read: Signal<Out, bool>,
    pub read_layer: Signal<Out, Bits<2>>,
    pub read_source: Signal<Out, Bits<CH_BITS>>,
    pub read_pair: Signal<Out, Bits<PAIR_BITS>>,
    pub arrive: Signal<Out, bool>,
    pub arrive_x: Signal<Out, Bits<DIM_BITS>>,
    pub want: Signal<Out, bool>,
    pub want_phase: Signal<Out, Bits<2>>,
    pub want_group: Signal<Out, Bits<CH_BITS>>,
    pub want_p: Signal<Out, Bits<P_BITS>>,
    pub want_row: Signal<Out, Bits<DIM_BITS>>,
    pub want_x: Signal<Out, Bits<DIM_BITS>>,
    pub want_class: Signal<Out, Bits<4>>,
    pub want_keep: Signal<Out, bool>,
    // Run state.
    busy_r: DFF<bool>,
    done_r: DFF<bool>,
    cycle_r: DFF<Bits<CYCLE_BITS>>,
    /// Windows remain to be issued.
    running_r: DFF<bool>,
    stalling_r: DFF<bool>,
    stall_r: DFF<Bits<N_BITS>>,
    /// Restart cycles left after a window that no window follows at once.
    flush_r: DFF<Bits<DIM_BITS>>,
    phase_r: DFF<Bits<2>>,
    sweep_r: DFF<Bits<SWEEP_BITS>>,
    group_r: DFF<Bits<CH_BITS>>,
    n_r: DFF<Bits<N_BITS>>,
    // Terms: source channel, cycle within σ, the tap's code and index.
    tc_r: DFF<Bits<CH_BITS>>,
    tt_r: DFF<Bits<SIGMA_BITS>>,
    code_r: DFF<Bits<4>>,
    // Reads: source channel, cycle within σ.
    rc_r: DFF<Bits<CH_BITS>>,
    rj_r: DFF<Bits<SIGMA_BITS>>,
    // Decisions: a window ended (its descriptor waits), the run of `want`s, arrivals.
    pend_r: DFF<bool>,
    /// The descriptor's second cycle of waiting: the weight read and the array's output take
    /// `ADD_LATENCY − 1` cycles after a window before its first sum (`pend2_r` .. `pend4_r`).
    pend2_r: DFF<bool>,
    pend3_r: DFF<bool>,
    pend4_r: DFF<bool>,
    pend_phase_r: DFF<Bits<2>>,
    pend_group_r: DFF<Bits<CH_BITS>>,
    pend_keep_r: DFF<bool>,
    want_r: DFF<bool>,
    dphase_r: DFF<Bits<2>>,
    dgroup_r: DFF<Bits<CH_BITS>>,
    dkeep_r: DFF<bool>,
    wp_r: DFF<Bits<P_BITS>>,
    wrow_r: DFF<Bits<DIM_BITS>>,
    wx_r: DFF<Bits<DIM_BITS>>,
    arrive_r: DFF<bool>,
    ax_r: DFF<Bits<DIM_BITS>>,
    tail_r: DFF<Bits<DIM_BITS>>,
    // The current phase's configuration, and decodes.
    len: Signal<Local, Bits<N_BITS>>,
    sigma: Signal<Local, Bits<SIGMA_BITS>>,
    terms: Signal<Local, Bits<N_BITS>>,
    groups: Signal<Local, Bits<CH_BITS>>,
    kh: Signal<Local, Bits<K_BITS>>,
    kw: Signal<Local, Bits<K_BITS>>,
    in_window: Signal<Local, bool>,
    term_on: Signal<Local, bool>,
    read_begin: Signal<Local, Bits<N_BITS>>,
    read_on: Signal<Local, bool>,
    taps: Signal<Local, Bits<SIGMA_BITS>>,
    first_code: Signal<Local, Bits<4>>,
    code_step: Signal<Local, Bits<4>>,
    /// The term's tap code before mirroring: the first tap's at a channel's first cycle.
    code_now: Signal<Local, Bits<4>>,
    window_end: Signal<Local, bool>,
    last_want: Signal<Local, bool>,
    row_class: Signal<Local, Bits<4>>,
    col_class: Signal<Local, Bits<4>>,
    // Constants.
    ph: [Constant<Bits<2>>; 4],
    zero_n: Constant<Bits<N_BITS>>,
    zero_ch: Constant<Bits<CH_BITS>>,
    zero_sigma: Constant<Bits<SIGMA_BITS>>,
    zero_dim: Constant<Bits<DIM_BITS>>,
    zero_p: Constant<Bits<P_BITS>>,
    zero_sweep: Constant<Bits<SWEEP_BITS>>,
    zero_cycle: Constant<Bits<CYCLE_BITS>>,
    pair_lsb: Constant<Bits<2>>,
    row4: [Constant<Bits<4>>; 4],
    ring_n: Constant<Bits<N_BITS>>,
    ring_m1: Constant<Bits<N_BITS>>,
    ring_dim: Constant<Bits<DIM_BITS>>,
    k_one: Constant<Bits<K_BITS>>,
    k_three: Constant<Bits<K_BITS>>,
    one_n: Constant<Bits<N_BITS>>,
    one_ch: Constant<Bits<CH_BITS>>,
    one_sigma: Constant<Bits<SIGMA_BITS>>,
    one_dim: Constant<Bits<DIM_BITS>>,
    one_p: Constant<Bits<P_BITS>>,
    one_sweep: Constant<Bits<SWEEP_BITS>>,
    one_cycle: Constant<Bits<CYCLE_BITS>>,
    taps_one: Constant<Bits<SIGMA_BITS>>,
    taps_three: Constant<Bits<SIGMA_BITS>>,
    taps_nine: Constant<Bits<SIGMA_BITS>>,
    code: [Constant<Bits<4>>; 4],
    code_eight: Constant<Bits<4>>,
    no_tap: Constant<Bits<4>>,
    tail: Constant<Bits<DIM_BITS>>,
    class: [Constant<Bits<4>>; 4],
    layer_input: Constant<Bits<2>>,
    layer_hidden: Constant<Bits<2>>,
    layer_output: Constant<Bits<2>>,
}

impl Default for PlaneController {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            start: Default::default(),
            setup: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            cycles: Default::default(),
            restart: Default::default(),
            term: Default::default(),
            phase: Default::default(),
            group: Default::default(),
            source: Default::default(),
            step: Default::default(),
            tap_valid: Default::default(),
            tap_code: Default::default(),
            load: Default::default(),
            read: Default::default(),
            read_layer: Default::default(),
            read_source: Default::default(),
            read_pair: Default::default(),
            arrive: Default::default(),
            arrive_x: Default::default(),
            want: Default::default(),
            want_phase: Default::default(),
            want_group: Default::default(),
            want_p: Default::default(),
            want_row: Default::default(),
            want_x: Default::default(),
            want_class: Default::default(),
            want_keep: Default::default(),
            busy_r: Default::default(),
            done_r: Default::default(),
            cycle_r: Default::default(),
            running_r: Default::default(),
            stalling_r: Default::default(),
            stall_r: Default::default(),
            flush_r: Default::default(),
            phase_r: Default::default(),
            sweep_r: Default::default(),
            group_r: Default::default(),
            n_r: Default::default(),
            tc_r: Default::default(),
            tt_r: Default::default(),
            code_r: Default::default(),
            rc_r: Default::default(),
            rj_r: Default::default(),
            pend_r: Default::default(),
            pend2_r: Default::default(),
            pend3_r: Default::default(),
            pend4_r: Default::default(),
            pend_phase_r: Default::default(),
            pend_group_r: Default::default(),
            pend_keep_r: Default::default(),
            want_r: Default::default(),
            dphase_r: Default::default(),
            dgroup_r: Default::default(),
            dkeep_r: Default::default(),
            wp_r: Default::default(),
            wrow_r: Default::default(),
            wx_r: Default::default(),
            arrive_r: Default::default(),
            ax_r: Default::default(),
            tail_r: Default::default(),
            len: Default::default(),
            sigma: Default::default(),
            terms: Default::default(),
            groups: Default::default(),
            kh: Default::default(),
            kw: Default::default(),
            in_window: Default::default(),
            term_on: Default::default(),
            read_begin: Default::default(),
            read_on: Default::default(),
            taps: Default::default(),
            first_code: Default::default(),
            code_step: Default::default(),
            code_now: Default::default(),
            window_end: Default::default(),
            last_want: Default::default(),
            row_class: Default::default(),
            col_class: Default::default(),
            ph: std::array::from_fn(|i| c(i as u64)),
            zero_n: c(0),
            zero_ch: c(0),
            zero_sigma: c(0),
            zero_dim: c(0),
            zero_p: c(0),
            zero_sweep: c(0),
            zero_cycle: c(0),
            pair_lsb: c(0),
            row4: std::array::from_fn(|i| c(4 * i as u64)),
            ring_n: c(RING as u64),
            ring_m1: c(RING as u64 - 1),
            ring_dim: c(RING as u64),
            k_one: c(1),
            k_three: c(3),
            one_n: c(1),
            one_ch: c(1),
            one_sigma: c(1),
            one_dim: c(1),
            one_p: c(1),
            one_sweep: c(1),
            one_cycle: c(1),
            taps_one: c(1),
            taps_three: c(3),
            taps_nine: c(9),
            // The first tap's code: (dy + 1)·3 + (dx + 1) of the top-left tap, for kernels
            // 3 x 3, 3 x 1, 1 x 3, 1 x 1 (`[kh == 1][kw == 1]` as an index).
            code: [c(0), c(1), c(3), c(4)],
            code_eight: c(8),
            no_tap: c(NO_TAP as u64),
            tail: c(TAIL),
            // Axis classes: First, Inner, Last, Both (`thermoblock_contract::border`).
            class: std::array::from_fn(|i| c(i as u64)),
            layer_input: c(0),
            layer_hidden: c(1),
            layer_output: c(2),
        }
    }
}

impl Logic for PlaneController {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            busy_r,
            done_r,
            cycle_r,
            running_r,
            stalling_r,
            stall_r,
            flush_r,
            phase_r,
            sweep_r,
            group_r,
            n_r,
            tc_r,
            tt_r,
            code_r,
            rc_r,
            rj_r,
            pend_r,
            pend2_r,
            pend3_r,
            pend4_r,
            pend_phase_r,
            pend_group_r,
            pend_keep_r,
            want_r,
            dphase_r,
            dgroup_r,
            dkeep_r,
            wp_r,
            wrow_r,
            wx_r,
            arrive_r,
            ax_r,
            tail_r
        );
        // The current phase's windows.
        self.len.next = self.setup.len_ch.val();
        self.sigma.next = self.setup.sigma_ch.val();
        self.terms.next = self.setup.terms_ch.val();
        self.groups.next = self.setup.groups_ch.val();
        self.kh.next = self.setup.k1h.val();
        self.kw.next = self.setup.k1w.val();
        if self.phase_r.q.val() == self.ph[1].val() {
            self.len.next = self.setup.len_co.val();
            self.sigma.next = self.setup.sigma_co.val();
            self.terms.next = self.setup.terms_co.val();
            self.groups.next = self.setup.groups_co.val();
            self.kh.next = self.k_one.val();
            self.kw.next = self.k_one.val();
        }
        if self.phase_r.q.val() == self.ph[2].val() {
            self.len.next = self.setup.len_hid.val();
            self.sigma.next = self.setup.sigma_hid.val();
            self.terms.next = self.setup.terms_hid.val();
            self.groups.next = self.setup.groups_hid.val();
            self.kh.next = self.setup.k2h.val();
            self.kw.next = self.setup.k2w.val();
        }
        if self.phase_r.q.val() == self.ph[3].val() {
            self.len.next = self.setup.len_out.val();
            self.sigma.next = self.setup.sigma_out.val();
            self.terms.next = self.setup.terms_out.val();
            self.groups.next = self.setup.groups_out.val();
            self.kh.next = self.setup.k2h.val();
            self.kw.next = self.setup.k2w.val();
        }
        // The kernel: taps, the first tap's code, the code's step from tap to tap.
        self.taps.next = self.taps_nine.val();
        self.first_code.next = self.code[0].val();
        if (self.kh.val() == self.k_three.val()) && (self.kw.val() == self.k_one.val()) {
            self.taps.next = self.taps_three.val();
            self.first_code.next = self.code[1].val();
        }
        if (self.kh.val() == self.k_one.val()) && (self.kw.val() == self.k_three.val()) {
            self.taps.next = self.taps_three.val();
            self.first_code.next = self.code[2].val();
        }
        if (self.kh.val() == self.k_one.val()) && (self.kw.val() == self.k_one.val()) {
            self.taps.next = self.taps_one.val();
            self.first_code.next = self.code[3].val();
        }
        self.code_step.next = self.code[1].val();
        if self.kw.val() == self.k_one.val() {
            self.code_step.next = self.code[2].val();
        }

        // This cycle's commands.
        self.in_window.next = self.running_r.q.val() & !self.stalling_r.q.val();
        self.term_on.next = self.in_window.val()
            & (self.n_r.q.val() >= self.ring_m1.val())
            & (self.n_r.q.val() < (self.terms.val() + self.ring_m1.val()));
        self.read_begin.next = self.ring_m1.val() - self.setup.lead.val();
        self.read_on.next = self.in_window.val()
            & (self.n_r.q.val() >= self.read_begin.val())
            & (self.n_r.q.val() < (self.terms.val() + self.read_begin.val()));
        self.restart.next =
            (self.in_window.val() & (self.n_r.q.val() < self.ring_n.val())) | (self.flush_r.q.val().any());
        self.term.next = self.term_on.val();
        self.phase.next = self.phase_r.q.val();
        self.group.next = self.group_r.q.val();
        self.source.next = self.tc_r.q.val();
        self.step.next = self.tt_r.q.val();
        self.tap_valid.next = self.term_on.val() & (self.tt_r.q.val() < self.taps.val());
        self.code_now.next = self.code_r.q.val();
        if !self.tt_r.q.val().any() {
            self.code_now.next = self.first_code.val();
        }
        self.tap_code.next = self.no_tap.val();
        if self.tap_valid.val() {
            self.tap_code.next = self.code_now.val();
            if self.phase_r.q.val() == self.ph[2].val() {
                self.tap_code.next = self.code_eight.val() - self.code_now.val();
            }
        }
        self.load.next = self.term_on.val() & !self.tt_r.q.val().any();
        self.read.next = self.read_on.val() & (self.rj_r.q.val() < self.setup.pairs.val());
        self.read_layer.next = self.layer_input.val();
        if self.phase_r.q.val() == self.ph[2].val() {
            self.read_layer.next = self.layer_output.val();
        }
        if self.phase_r.q.val() == self.ph[3].val() {
            self.read_layer.next = self.layer_hidden.val();
        }
        self.read_source.next = self.rc_r.q.val();
        self.read_pair.next = self.rj_r.q.val().get_bits::<PAIR_BITS>(self.pair_lsb.val().index());
        self.arrive.next = self.arrive_r.q.val();
        self.arrive_x.next = self.ax_r.q.val();
        self.want.next = self.want_r.q.val();
        self.want_phase.next = self.dphase_r.q.val();
        self.want_group.next = self.dgroup_r.q.val();
        self.want_keep.next = self.dkeep_r.q.val();
        self.want_p.next = self.wp_r.q.val();
        self.want_row.next = self.wrow_r.q.val();
        self.want_x.next = self.wx_r.q.val();
        // Border class: 4 · row class + column class.
        self.row_class.next = self.row4[1].val();
        if !self.wrow_r.q.val().any() {
            self.row_class.next = self.row4[0].val();
        }
        if (self.wrow_r.q.val() + self.one_dim.val()) == self.setup.h.val() {
            self.row_class.next = self.row4[2].val();
            if !self.wrow_r.q.val().any() {
                self.row_class.next = self.row4[3].val();
            }
        }
        self.col_class.next = self.class[1].val();
        if !self.wx_r.q.val().any() {
            self.col_class.next = self.class[0].val();
        }
        if (self.wx_r.q.val() + self.one_dim.val()) == self.setup.w.val() {
            self.col_class.next = self.class[2].val();
            if !self.wx_r.q.val().any() {
                self.col_class.next = self.class[3].val();
            }
        }
        self.want_class.next = self.row_class.val() | self.col_class.val();
        self.busy.next = self.busy_r.q.val();
        self.done.next = self.done_r.q.val();
        self.cycles.next = self.cycle_r.q.val();

        // Terms and reads advance through their σ-cycle channels.
        if self.term_on.val() {
            self.code_r.d.next = self.code_now.val() + self.code_step.val();
            if (self.tt_r.q.val() + self.one_sigma.val()) == self.sigma.val() {
                self.tt_r.d.next = self.zero_sigma.val();
                self.tc_r.d.next = self.tc_r.q.val() + self.one_ch.val();
            } else {
                self.tt_r.d.next = self.tt_r.q.val() + self.one_sigma.val();
            }
        }
        if self.read_on.val() {
            if (self.rj_r.q.val() + self.one_sigma.val()) == self.sigma.val() {
                self.rj_r.d.next = self.zero_sigma.val();
                self.rc_r.d.next = self.rc_r.q.val() + self.one_ch.val();
            } else {
                self.rj_r.d.next = self.rj_r.q.val() + self.one_sigma.val();
            }
        }

        // Windows, stalls and phases.
        self.window_end.next = self.in_window.val() & ((self.n_r.q.val() + self.one_n.val()) == self.len.val());
        if self.flush_r.q.val().any() {
            self.flush_r.d.next = self.flush_r.q.val() - self.one_dim.val();
        }
        if self.in_window.val() {
            self.n_r.d.next = self.n_r.q.val() + self.one_n.val();
        }
        if self.stalling_r.q.val() {
            self.stall_r.d.next = self.stall_r.q.val() - self.one_n.val();
            if self.stall_r.q.val() == self.one_n.val() {
                self.stalling_r.d.next = false;
            }
        }
        if self.window_end.val() {
            self.n_r.d.next = self.zero_n.val();
            self.tc_r.d.next = self.zero_ch.val();
            self.tt_r.d.next = self.zero_sigma.val();
            self.rc_r.d.next = self.zero_ch.val();
            self.rj_r.d.next = self.zero_sigma.val();
            self.pend_r.d.next = true;
            self.pend_phase_r.d.next = self.phase_r.q.val();
            self.pend_group_r.d.next = self.group_r.q.val();
            self.pend_keep_r.d.next =
                (self.phase_r.q.val() >= self.ph[2].val()) & (self.sweep_r.q.val() >= self.setup.burn_in.val());
            if (self.group_r.q.val() + self.one_ch.val()) != self.groups.val() {
                self.group_r.d.next = self.group_r.q.val() + self.one_ch.val();
            } else {
                // The phase is done: the next one, after its stall, or the end of the windows.
                self.group_r.d.next = self.zero_ch.val();
                if self.phase_r.q.val() == self.ph[0].val() {
                    self.phase_r.d.next = self.ph[1].val();
                } else if (self.phase_r.q.val() == self.ph[2].val())
                    | ((self.phase_r.q.val() == self.ph[1].val()) & self.setup.sweeps.val().any())
                    | ((self.phase_r.q.val() == self.ph[3].val())
                        & ((self.sweep_r.q.val() + self.one_sweep.val()) != self.setup.sweeps.val()))
                {
                    if self.phase_r.q.val() == self.ph[2].val() {
                        self.phase_r.d.next = self.ph[3].val();
                        self.stall_r.d.next = self.setup.stall_out.val();
                        self.stalling_r.d.next = self.setup.stall_out.val().any();
                        self.flush_r.d.next = self.ring_dim.val();
                        if !self.setup.stall_out.val().any() {
                            self.flush_r.d.next = self.zero_dim.val();
                        }
                    } else {
                        self.phase_r.d.next = self.ph[2].val();
                        self.stall_r.d.next = self.setup.stall_hid.val();
                        self.stalling_r.d.next = self.setup.stall_hid.val().any();
                        self.flush_r.d.next = self.ring_dim.val();
                        if !self.setup.stall_hid.val().any() {
                            self.flush_r.d.next = self.zero_dim.val();
                        }
                        if self.phase_r.q.val() == self.ph[3].val() {
                            self.sweep_r.d.next = self.sweep_r.q.val() + self.one_sweep.val();
                        }
                    }
                } else {
                    self.running_r.d.next = false;
                    self.flush_r.d.next = self.ring_dim.val();
                }
            }
        }

        // Decisions: a window's positions are asked for from 5 cycles after its last cycle (its
        // descriptor waits four cycles in `pend`, as the previous window's run may still be going),
        // its sums arrive from 6 cycles after (`ADD_LATENCY`).
        self.last_want.next = self.want_r.q.val() & ((self.wp_r.q.val() + self.one_p.val()) == self.setup.hw.val());
        if self.want_r.q.val() {
            self.wp_r.d.next = self.wp_r.q.val() + self.one_p.val();
            if (self.wx_r.q.val() + self.one_dim.val()) == self.setup.w.val() {
                self.wx_r.d.next = self.zero_dim.val();
                self.wrow_r.d.next = self.wrow_r.q.val() + self.one_dim.val();
            } else {
                self.wx_r.d.next = self.wx_r.q.val() + self.one_dim.val();
            }
            if self.last_want.val() {
                self.want_r.d.next = false;
                if !self.running_r.q.val()
                    & !self.pend_r.q.val()
                    & !self.pend2_r.q.val()
                    & !self.pend3_r.q.val()
                    & !self.pend4_r.q.val()
                {
                    self.tail_r.d.next = self.tail.val();
                }
            }
        }
        self.pend2_r.d.next = self.pend_r.q.val();
        self.pend3_r.d.next = self.pend2_r.q.val();
        self.pend4_r.d.next = self.pend3_r.q.val();
        if self.pend_r.q.val() {
            self.pend_r.d.next = false;
        }
        if self.pend4_r.q.val() {
            self.want_r.d.next = true;
            self.dphase_r.d.next = self.pend_phase_r.q.val();
            self.dgroup_r.d.next = self.pend_group_r.q.val();
            self.dkeep_r.d.next = self.pend_keep_r.q.val();
            self.wp_r.d.next = self.zero_p.val();
            self.wrow_r.d.next = self.zero_dim.val();
            self.wx_r.d.next = self.zero_dim.val();
        }
        if self.arrive_r.q.val() {
            self.ax_r.d.next = self.ax_r.q.val() + self.one_dim.val();
            if (self.ax_r.q.val() + self.one_dim.val()) == self.setup.w.val() {
                self.arrive_r.d.next = false;
            }
        }
        if self.want_r.q.val() & !self.wp_r.q.val().any() {
            self.arrive_r.d.next = true;
            self.ax_r.d.next = self.zero_dim.val();
        }

        // The run.
        self.done_r.d.next = false;
        if self.busy_r.q.val() {
            self.cycle_r.d.next = self.cycle_r.q.val() + self.one_cycle.val();
        }
        if self.tail_r.q.val().any() {
            self.tail_r.d.next = self.tail_r.q.val() - self.one_dim.val();
            if self.tail_r.q.val() == self.one_dim.val() {
                self.busy_r.d.next = false;
                self.done_r.d.next = true;
            }
        }
        if self.start.val() & !self.busy_r.q.val() {
            self.busy_r.d.next = true;
            self.running_r.d.next = true;
            self.stalling_r.d.next = false;
            self.flush_r.d.next = self.zero_dim.val();
            self.phase_r.d.next = self.ph[0].val();
            self.sweep_r.d.next = self.zero_sweep.val();
            self.group_r.d.next = self.zero_ch.val();
            self.n_r.d.next = self.zero_n.val();
            self.tc_r.d.next = self.zero_ch.val();
            self.tt_r.d.next = self.zero_sigma.val();
            self.rc_r.d.next = self.zero_ch.val();
            self.rj_r.d.next = self.zero_sigma.val();
            self.cycle_r.d.next = self.zero_cycle.val();
            self.pend_r.d.next = false;
            self.pend2_r.d.next = false;
            self.pend3_r.d.next = false;
            self.pend4_r.d.next = false;
            self.want_r.d.next = false;
            self.arrive_r.d.next = false;
            self.tail_r.d.next = self.zero_dim.val();
        }
    }
}

impl Clocked for PlaneController {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use rust_hdl::prelude::*;
    use thermoblock_contract::border::border_class;
    use thermoblock_contract::plane::{PlaneControl, PlaneSchedule};
    use thermoblock_contract::run::ChipRun;

    use super::{ControlConfig, PlaneController};
    use crate::plane::engine::tests::{CASES, Case, array};
    use crate::plane::engine::{Control, Plant};
    use crate::testbench::{Bench, bits};

    /// The inputs of a run of `case`: the contract's configuration and the run's counts.
    /// Sets a controller's configuration from the host's `PlaneControl` and the run.
    pub(crate) fn configure(dut: &mut ControlConfig, c: &PlaneControl, run: &ChipRun) {
        let [ch, co, hid, out] = c.phases;
        (dut.len_ch.next, dut.len_co.next, dut.len_hid.next, dut.len_out.next) =
            (bits(ch.length), bits(co.length), bits(hid.length), bits(out.length));
        (dut.sigma_ch.next, dut.sigma_co.next, dut.sigma_hid.next, dut.sigma_out.next) =
            (bits(ch.sigma), bits(co.sigma), bits(hid.sigma), bits(out.sigma));
        (dut.terms_ch.next, dut.terms_co.next, dut.terms_hid.next, dut.terms_out.next) =
            (bits(ch.terms), bits(co.terms), bits(hid.terms), bits(out.terms));
        (dut.groups_ch.next, dut.groups_co.next, dut.groups_hid.next, dut.groups_out.next) =
            (bits(ch.groups), bits(co.groups), bits(hid.groups), bits(out.groups));
        (dut.k1h.next, dut.k1w.next) = (bits(ch.kernel.0), bits(ch.kernel.1));
        (dut.k2h.next, dut.k2w.next) = (bits(hid.kernel.0), bits(hid.kernel.1));
        (dut.stall_hid.next, dut.stall_out.next) = (bits(c.stall_hidden), bits(c.stall_output));
        (dut.h.next, dut.w.next, dut.hw.next) = (bits(c.h), bits(c.w), bits(c.h * c.w));
        (dut.pairs.next, dut.lead.next) = (bits(c.pairs), bits(c.lead));
        (dut.sweeps.next, dut.burn_in.next) = (bits(run.sweeps as usize), bits(run.burn_in as usize));
    }

    /// The controller's outputs in the twin's terms; checks the want's row, column and class
    /// against its position on an `h x w` grid.
    fn observe(dut: &PlaneController, h: usize, w: usize) -> Control {
        let u = |b: u64| b as usize;
        let want = dut.want.val().then(|| {
            let p = u(dut.want_p.val().to_u64());
            let got = (u(dut.want_row.val().to_u64()), u(dut.want_x.val().to_u64()), u(dut.want_class.val().to_u64()));
            assert_eq!(got, (p / w, p % w, border_class(p, h, w)), "position {p}: row, column, class");
            (u(dut.want_phase.val().to_u64()), u(dut.want_group.val().to_u64()), p, dut.want_keep.val())
        });
        Control {
            restart: dut.restart.val(),
            term: dut.term.val().then(|| {
                let f = |v: u64| v as usize;
                (
                    f(dut.phase.val().to_u64()),
                    f(dut.group.val().to_u64()),
                    f(dut.source.val().to_u64()),
                    f(dut.step.val().to_u64()),
                )
            }),
            tap_code: dut.tap_code.val().to_u64() as u8,
            load: dut.load.val(),
            read: dut.read.val().then(|| {
                (u(dut.read_layer.val().to_u64()), u(dut.read_source.val().to_u64()), u(dut.read_pair.val().to_u64()))
            }),
            arrive: dut.arrive.val().then(|| u(dut.arrive_x.val().to_u64())),
            want,
        }
    }

    /// Runs the controller on `case` twice in a row (the second run must not depend on the
    /// first) and compares every cycle of each with the engine twin's record.
    fn check(case: &Case, run: &ChipRun) -> Result<(), String> {
        let trace = case.twin(run, Plant::default());
        let (img, _) = case.prepare();
        let (h, w) = case.grid;
        let control = PlaneSchedule { array: array(case.columns), shape: img.shape(h, w) }.control();
        let mut bench = Bench::new(PlaneController::default());
        configure(&mut bench.dut.setup, &control, run);
        for attempt in 0..2 {
            bench.dut.start.next = true;
            bench.cycle();
            bench.dut.start.next = false;
            for (tau, want) in trace.control.iter().enumerate() {
                bench.settle();
                let got = observe(&bench.dut, h, w);
                if !bench.dut.busy.val() {
                    return Err(format!("run {attempt}, cycle {tau}: not busy"));
                }
                if got != *want {
                    return Err(format!("run {attempt}, cycle {tau}:\n  controller {got:?}\n  twin       {want:?}"));
                }
                bench.cycle();
            }
            bench.settle();
            let (busy, done, cycles) = (bench.dut.busy.val(), bench.dut.done.val(), bench.dut.cycles.val().to_u64());
            if (busy, done, cycles) != (false, true, trace.result.cycles) {
                return Err(format!(
                    "run {attempt} end: busy {busy} done {done} cycles {cycles} (twin {})",
                    trace.result.cycles
                ));
            }
            // Idle cycles between the runs.
            bench.cycle();
            bench.cycle();
        }
        Ok(())
    }

    #[test]
    fn every_cycle_equals_the_engine_twin() {
        let runs = [
            ChipRun { delta: 0.5, sweeps: 3, burn_in: 1, seed: 3 },
            ChipRun { delta: 0.5, sweeps: 0, burn_in: 0, seed: 4 },
            ChipRun { delta: 0.5, sweeps: 2, burn_in: 5, seed: 5 },
        ];
        for case in &CASES {
            for run in &runs {
                check(case, run).unwrap_or_else(|m| panic!("{}, {run:?}: {m}", case.name()));
            }
        }
    }

    /// The ports in the testbench's vector order, with their values now.
    /// A port's name, width and value.
    type Port = (&'static str, usize, u64);

    fn ports(d: &PlaneController) -> (Vec<Port>, Vec<Port>) {
        let v = |s: &Signal<In, Bits<11>>| s.val().to_u64();
        let inputs = vec![
            ("start", 1, d.start.val() as u64),
            ("setup$len_ch", 11, v(&d.setup.len_ch)),
            ("setup$len_co", 11, v(&d.setup.len_co)),
            ("setup$len_hid", 11, v(&d.setup.len_hid)),
            ("setup$len_out", 11, v(&d.setup.len_out)),
            ("setup$sigma_ch", 4, d.setup.sigma_ch.val().to_u64()),
            ("setup$sigma_co", 4, d.setup.sigma_co.val().to_u64()),
            ("setup$sigma_hid", 4, d.setup.sigma_hid.val().to_u64()),
            ("setup$sigma_out", 4, d.setup.sigma_out.val().to_u64()),
            ("setup$terms_ch", 11, v(&d.setup.terms_ch)),
            ("setup$terms_co", 11, v(&d.setup.terms_co)),
            ("setup$terms_hid", 11, v(&d.setup.terms_hid)),
            ("setup$terms_out", 11, v(&d.setup.terms_out)),
            ("setup$groups_ch", 8, d.setup.groups_ch.val().to_u64()),
            ("setup$groups_co", 8, d.setup.groups_co.val().to_u64()),
            ("setup$groups_hid", 8, d.setup.groups_hid.val().to_u64()),
            ("setup$groups_out", 8, d.setup.groups_out.val().to_u64()),
            ("setup$k1h", 2, d.setup.k1h.val().to_u64()),
            ("setup$k1w", 2, d.setup.k1w.val().to_u64()),
            ("setup$k2h", 2, d.setup.k2h.val().to_u64()),
            ("setup$k2w", 2, d.setup.k2w.val().to_u64()),
            ("setup$stall_hid", 11, v(&d.setup.stall_hid)),
            ("setup$stall_out", 11, v(&d.setup.stall_out)),
            ("setup$h", 4, d.setup.h.val().to_u64()),
            ("setup$w", 4, d.setup.w.val().to_u64()),
            ("setup$hw", 8, d.setup.hw.val().to_u64()),
            ("setup$pairs", 4, d.setup.pairs.val().to_u64()),
            ("setup$lead", 11, v(&d.setup.lead)),
            ("setup$sweeps", 16, d.setup.sweeps.val().to_u64()),
            ("setup$burn_in", 16, d.setup.burn_in.val().to_u64()),
        ];
        let outputs = vec![
            ("busy", 1, d.busy.val() as u64),
            ("done", 1, d.done.val() as u64),
            ("cycles", 32, d.cycles.val().to_u64()),
            ("restart", 1, d.restart.val() as u64),
            ("term", 1, d.term.val() as u64),
            ("phase", 2, d.phase.val().to_u64()),
            ("group", 8, d.group.val().to_u64()),
            ("source", 8, d.source.val().to_u64()),
            ("step", 4, d.step.val().to_u64()),
            ("tap_valid", 1, d.tap_valid.val() as u64),
            ("tap_code", 4, d.tap_code.val().to_u64()),
            ("load", 1, d.load.val() as u64),
            ("read", 1, d.read.val() as u64),
            ("read_layer", 2, d.read_layer.val().to_u64()),
            ("read_source", 8, d.read_source.val().to_u64()),
            ("read_pair", 3, d.read_pair.val().to_u64()),
            ("arrive", 1, d.arrive.val() as u64),
            ("arrive_x", 4, d.arrive_x.val().to_u64()),
            ("want", 1, d.want.val() as u64),
            ("want_phase", 2, d.want_phase.val().to_u64()),
            ("want_group", 8, d.want_group.val().to_u64()),
            ("want_p", 8, d.want_p.val().to_u64()),
            ("want_row", 4, d.want_row.val().to_u64()),
            ("want_x", 4, d.want_x.val().to_u64()),
            ("want_class", 4, d.want_class.val().to_u64()),
            ("want_keep", 1, d.want_keep.val() as u64),
        ];
        (inputs, outputs)
    }

    /// The generic replay testbench (`testbench::replay_testbench`) for these ports.
    fn replay_testbench(d: &PlaneController, n: usize) -> String {
        let (inputs, outputs) = ports(d);
        let named =
            |ports: &[Port]| ports.iter().map(|&(name, w, _)| crate::testbench::Port::new(name, w)).collect::<Vec<_>>();
        crate::testbench::replay_testbench(&named(&inputs), &named(&outputs), n)
    }

    #[test]
    fn generated_verilog_matches_the_simulation() {
        // Two cases back to back, each started twice: stalls, partial groups, a one-column grid.
        let mut bench = Bench::new(PlaneController::default());
        let mut lines = Vec::new();
        for case in [&CASES[3], &CASES[6], &CASES[4]] {
            let run = ChipRun { delta: 0.5, sweeps: 2, burn_in: 1, seed: 1 };
            let (img, _) = case.prepare();
            let control =
                PlaneSchedule { array: array(case.columns), shape: img.shape(case.grid.0, case.grid.1) }.control();
            configure(&mut bench.dut.setup, &control, &run);
            let cycles = case.twin(&run, Plant::default()).result.cycles as usize;
            for k in 0..2 * (cycles + 4) {
                bench.dut.start.next = k % (cycles + 4) == 0;
                bench.settle();
                let (inputs, outputs) = ports(&bench.dut);
                let mut v = crate::testbench::VectorLine::default();
                for (_, w, value) in inputs.iter().chain(&outputs) {
                    v.put(*value, *w);
                }
                lines.push(v.hex());
                bench.cycle();
            }
        }
        let testbench = replay_testbench(&bench.dut, lines.len());
        crate::flow::verilog::assert_replay_clean("plane_controller", &testbench, &lines.concat());
    }

    crate::verilog_checks!("plane_controller");

    #[test]
    fn two_sweeps_of_an_mnist_sized_block() {
        let case = Case { c: (32, 64, 64), kernel: 3, grid: (14, 14), columns: 8, seed: 8 };
        check(&case, &ChipRun { delta: 0.3, sweeps: 2, burn_in: 1, seed: 5 }).unwrap_or_else(|m| panic!("{m}"));
    }
}
