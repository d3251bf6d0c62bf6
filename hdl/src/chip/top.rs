//! # `Chip`: the whole p-bit chip behind a simple bus
//!
//! **Purpose.** The top level of the sweep engine: `P` [`Lane`]s, the [`SweepController`], the
//! [`CouplingMemory`], three [`SpinMemory`]s (`s0` the clamped input, `s1` hidden, `s2` output), the
//! [`ClampMemory`], one [`AverageSign`] bank per lane, and the bus decoder of the register map
//! (`thermoblock_contract::registers`, the one definition the host and the tests share). It holds no
//! arithmetic of its own: it times the units against the controller's step stream so that the chip
//! computes exactly `thermoblock_sim::chip::model` (the lockstep tests in `tests/chip_lockstep.rs`
//! compare the verilated chip with the model after every half-sweep).
//!
//! **Ports** (`top` in `hdl/generated/chip_ice40.v` and `chip_ecp5.v`):
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | rising edge |
//! | `bus_addr` | in | 22 | word address (register map) |
//! | `bus_wr`, `bus_wdata` | in | 1, 32 | write strobe and data, sampled at the edge; ignored while `busy`, except input words once the clamp pass is over (`input_busy` low) |
//! | `bus_rd` | in | 1 | read strobe, sampled at the edge `e` |
//! | `bus_rdata`, `bus_rvalid` | out | 32, 1 | the read's data, in the cycle after edge `e` (`bus_rvalid` high) |
//! | `busy`, `done` | out | 1, 1 | a run is in progress; one-clock pulse after its last step |
//! | `input_busy` | out | 1 | the run in progress still reads the input memory (its clamp pass); the next input may be written when low |
//! | `mon_wr` | out | 1 | a slot writes `s1`/`s2` at the edge ending this cycle (the monitor below is valid) |
//! | `mon_layer`, `mon_clamp` | out | 1, 1 | `1` = output layer (`s2`); `1` = start spins of the clamp pass |
//! | `mon_sweep`, `mon_group`, `mon_pos` | out | 16, 8, 8 | the slot's sweep, lane group and position |
//! | `mon_mask`, `mon_spins` | out | `P`, `P` | lanes that write, and their spins (1 = +1) |
//!
//! The monitor is the spin memories' write port, brought out so that a test bench can rebuild both
//! layers after every half-sweep; synthesis may leave it unconnected.
//!
//! **Datapath timing** (`thermoblock_contract::schedule::PIPELINE_LATENCY`'s three parts). The
//! controller shows step `i` in cycle `i`. The datapath runs two stages behind it
//! (`OPERAND_LATENCY`):
//!
//! 1. at the edge ending cycle `i` the spin memories sample the step's source (channel, position);
//! 2. in cycle `i + 1` the source spin is known; in the clamp pass it picks the weight's address
//!    (`K1P` or `K1M`, `K3P` or `K3M`), which the coupling memory samples at the edge ending it,
//!    together with the clamp memory's `(pos, group)`;
//! 3. in cycle `i + 2` every lane has its weight, the broadcast spin and its constant, and the lanes
//!    sample the step at the edge ending it: the slot's first step clears the accumulator (or
//!    preloads `c2` in an `Output` slot), every step adds its term, and the first drain step is the
//!    lanes' `compute` strobe (`LANE_LATENCY` = 4 edges to the spin).
//!
//! The slot's spins are then valid in its last drain cycle, when they are written — straight from
//! the controller's step, no delay — to `s1`/`s2` (and the fields to the clamp memory in the clamp
//! pass, the spins to the sums after the burn-in). The next slot's first read samples one edge
//! later (`WRITE_LATENCY`), so even a phase's first read of the layer the previous phase just
//! wrote sees it.
//!
//! **The clamp pass on the lanes.** `h1 = field_code(Σ K1x, b, DELTA_ONE, e1)` and
//! `c2 = field_code(Σ K3x + Σ u, 0, DELTA_ONE, 8 + e3 − e2)`: the lanes run with `delta_code = 2^15`
//! and the `SHIFTS` register's amounts. The bias `b` is the `Bias` region of the coupling memory,
//! read in a `ClampHidden` slot's first drain cycle (the read port is idle then).
//!
//! **Coupling addresses** (`CouplingLayout::read_address`, with adders only): `base + group ·
//! stride + index (+ C0)` from the `LAYOUT` registers, `index` counting the slot's accumulate and
//! border steps, `+ C0` for a `K3M` step and the border steps.
//!
//! **Sums.** Lane `l`'s bank holds the sums of its channels: hidden `(m, p)` at word
//! `(m div P) · POSITIONS + p`, output `(o, p)` at `⌈C1max/P⌉ · POSITIONS + (o div P) · POSITIONS + p`.
//! A slot's `P` spins are accumulated in one clock; the first kept sweep (`sweep = G_b`) overwrites
//! (`init`), so no clear precedes a run. If `G_b ≥ G` nothing is kept and the sums read as 0.
//!
//! **Reset.** None: a run starts from the register values and seeds the host wrote.

use rust_hdl::prelude::*;
use thermoblock_contract::config::{ChipConfig, ECP5, ICE40, ICE40_UP5K};
use thermoblock_contract::field::DELTA_ONE;
use thermoblock_contract::registers as reg;
use thermoblock_contract::schedule::PIPELINE_LATENCY;

use crate::chip::average_sign::{AverageSign, SUM_BITS};
use crate::chip::clamp_memory::ClampMemory;
use crate::chip::coupling_memory::{ADDR_BITS, BANK_BITS, CouplingMemory, WORD_BITS, coupling_depth};
use crate::chip::field_unit::{DELTA_BITS, Extend, SHIFT_BITS};
use crate::chip::lane::Lane;
use crate::chip::spin_memory::{CHANNEL_BITS, GROUP_BITS, HOST_ADDR_BITS, POS_BITS, SpinMemory, spin_positions};
use crate::chip::sweep_controller::{self as sc, SweepController};
use crate::testbench::Clocked;
use crate::{FIELD_WIDTH, STATE_BITS};

/// Bus address bits (word address).
pub const BUS_ADDR_BITS: usize = 22;
/// Bus data bits.
pub const BUS_DATA_BITS: usize = 32;
/// Monitor group and position widths.
pub const MON_BITS: usize = 8;
const DIM_BITS: usize = sc::DIM_BITS;
const KERNEL_BITS: usize = sc::KERNEL_BITS;
const SWEEP_BITS: usize = sc::SWEEP_BITS;
/// Bits of the cycle counter above the low word.
const CYCLE_HI_BITS: usize = sc::CYCLE_BITS - 32;

/// Words of a lane's sum bank: hidden then output sums, `⌈C/P⌉ · POSITIONS` each.
pub const fn sum_words(p: usize, c1: usize, c2: usize, positions: usize) -> usize {
    (c1.div_ceil(p) + c2.div_ceil(p)) * positions
}

/// `$unit` (a unit generic over the chip's sizes, as `Chip` and `Board` are) sized for the
/// configuration `$config`: the one place its const parameters are derived from a `ChipConfig`.
#[macro_export]
macro_rules! sized_for {
    ($unit:ident, $config:path) => {
        $unit<
            { $config.lanes },
            { $config.max_c0 },
            { $config.max_c1 },
            { $config.max_c2 },
            { $crate::chip::spin_memory::spin_positions(&$config) },
            { $crate::chip::coupling_memory::coupling_depth(&$config) },
            {
                $crate::chip::top::sum_words(
                    $config.lanes,
                    $config.max_c1,
                    $config.max_c2,
                    $crate::chip::spin_memory::spin_positions(&$config),
                )
            },
        >
    };
}

/// The `ice40` chip: 4 lanes.
pub type ChipIce40 = crate::sized_for!(Chip, ICE40);

/// The `ice40-up5k` chip: one lane, the coupling bank in SPRAM (the iCEBreaker's).
pub type ChipIce40Up5k = crate::sized_for!(Chip, ICE40_UP5K);

/// The `ecp5` chip: 32 lanes.
pub type ChipEcp5 = crate::sized_for!(Chip, ECP5);

type Addr = Bits<ADDR_BITS>;

/// `P` booleans packed into a word, lane `l` in bit `l` (a concatenation in the Verilog).
#[derive(LogicBlock)]
pub struct Pack<const P: usize> {
    pub bits: [Signal<In, bool>; P],
    pub word: Signal<Out, Bits<P>>,
}

impl<const P: usize> Default for Pack<P> {
    fn default() -> Self {
        Self { bits: std::array::from_fn(|_| Default::default()), word: Default::default() }
    }
}

impl<const P: usize> Logic for Pack<P> {
    fn update(&mut self) {
        let mut w = Bits::<P>::default();
        for (l, b) in self.bits.iter().enumerate() {
            w = w.replace_bit(l, b.val());
        }
        self.word.next = w;
    }

    fn connect(&mut self) {
        self.word.connect();
    }

    fn hdl(&self) -> Verilog {
        let bits: Vec<String> = (0..P).rev().map(|l| format!("bits${l}")).collect();
        Verilog::Custom(format!("always @(*) word = {{{}}};", bits.join(", ")))
    }
}

/// One-hot constants, `1 << l` for lane `l`: a lane's bit of a `P`-bit word is
/// `(word & lane_bit[l]).any()`, which is Verilog for any `P`; rust-hdl writes `word[l]`, which
/// is not when `P = 1` (a 1-bit signal is declared without a range).
pub(crate) fn lane_bits<const P: usize>() -> [Constant<Bits<P>>; P] {
    std::array::from_fn(|l| Constant::new(Bits::<P>::default().replace_bit(l, true)))
}

/// The lanes of a slot whose destination channel `group · P + l` exists: bit `l` is
/// `l < C − group · P`, `C = c2` for the output layer (phases 1 and 3), else `c1`. A leaf with its own
/// Verilog so that its inputs are plain registers of the top (no combinational loop through it).
#[derive(LogicBlock, Default)]
pub struct LaneMask<const P: usize> {
    pub c1: Signal<In, Bits<CHANNEL_BITS>>,
    pub c2: Signal<In, Bits<CHANNEL_BITS>>,
    pub phase: Signal<In, Bits<2>>,
    pub group: Signal<In, Bits<{ sc::GROUP_BITS }>>,
    pub mask: Signal<Out, Bits<P>>,
}

impl<const P: usize> Logic for LaneMask<P> {
    fn update(&mut self) {
        let output = self.phase.val().get_bit(0);
        let dest = if output { self.c2.val() } else { self.c1.val() }.index();
        let rem = dest.wrapping_sub(self.group.val().index() * P) & ((1 << CHANNEL_BITS) - 1);
        let mut m = Bits::<P>::default();
        for l in 0..P {
            m = m.replace_bit(l, l < rem);
        }
        self.mask.next = m;
    }

    fn connect(&mut self) {
        self.mask.connect();
    }

    fn hdl(&self) -> Verilog {
        let cb = CHANNEL_BITS;
        let gb = sc::GROUP_BITS;
        let shift = P.trailing_zeros();
        let bits: Vec<String> = (0..P).rev().map(|l| format!("rem > {cb}'d{l}")).collect();
        Verilog::Custom(format!(
            "\
wire [{m}:0] dest = phase[0] ? c2 : c1;
wire [{m}:0] base = {{{{{pad}{{1'b0}}}}, group}} << {shift};
wire [{m}:0] rem = dest - base;
/* verilator lint_off UNUSEDSIGNAL */
wire unused_phase = phase[1];
/* verilator lint_on UNUSEDSIGNAL */
always @(*) mask = {{{bits}}};
",
            m = cb - 1,
            pad = cb - gb,
            bits = bits.join(", "),
        ))
    }
}

#[derive(LogicBlock)]
pub struct Chip<
    const P: usize,
    const C0: usize,
    const C1: usize,
    const C2: usize,
    const POSITIONS: usize,
    const DEPTH: usize,
    const SUMS: usize,
> {
    pub clock: Signal<In, Clock>,
    pub bus_addr: Signal<In, Bits<BUS_ADDR_BITS>>,
    pub bus_wr: Signal<In, bool>,
    pub bus_wdata: Signal<In, Bits<BUS_DATA_BITS>>,
    pub bus_rd: Signal<In, bool>,
    pub bus_rdata: Signal<Out, Bits<BUS_DATA_BITS>>,
    pub bus_rvalid: Signal<Out, bool>,
    pub busy: Signal<Out, bool>,
    pub done: Signal<Out, bool>,
    pub input_busy: Signal<Out, bool>,
    pub mon_wr: Signal<Out, bool>,
    pub mon_layer: Signal<Out, bool>,
    pub mon_clamp: Signal<Out, bool>,
    pub mon_sweep: Signal<Out, Bits<SWEEP_BITS>>,
    pub mon_group: Signal<Out, Bits<MON_BITS>>,
    pub mon_pos: Signal<Out, Bits<MON_BITS>>,
    pub mon_mask: Signal<Out, Bits<P>>,
    pub mon_spins: Signal<Out, Bits<P>>,
    // Units.
    ctrl: SweepController,
    lanes: [Lane; P],
    lane_bit: [Constant<Bits<P>>; P],
    coupling: CouplingMemory<P, DEPTH>,
    s0: SpinMemory<P, C0, POSITIONS>,
    s1: SpinMemory<P, C1, POSITIONS>,
    s2: SpinMemory<P, C2, POSITIONS>,
    clamp: ClampMemory<P, C1, C2, POSITIONS>,
    sums: [AverageSign<SUMS>; P],
    spins: Pack<P>,
    start_spins: Pack<P>,
    lane_mask: LaneMask<P>,
    // Registers written over the bus.
    geo_c0: DFF<Bits<CHANNEL_BITS>>,
    geo_c1: DFF<Bits<CHANNEL_BITS>>,
    geo_c2: DFF<Bits<CHANNEL_BITS>>,
    geo_h: DFF<Bits<DIM_BITS>>,
    geo_w: DFF<Bits<DIM_BITS>>,
    geo_k1: DFF<Bits<KERNEL_BITS>>,
    geo_k2: DFF<Bits<KERNEL_BITS>>,
    k_h1: DFF<Bits<SHIFT_BITS>>,
    k_c2: DFF<Bits<SHIFT_BITS>>,
    k_field: DFF<Bits<SHIFT_BITS>>,
    delta: DFF<Bits<DELTA_BITS>>,
    sweeps: DFF<Bits<SWEEP_BITS>>,
    burn_in: DFF<Bits<SWEEP_BITS>>,
    w2t_base: DFF<Addr>,
    w2t_stride: DFF<Addr>,
    w2_base: DFF<Addr>,
    w2_stride: DFF<Addr>,
    k1p_base: DFF<Addr>,
    k1m_base: DFF<Addr>,
    k1_stride: DFF<Addr>,
    k3u_base: DFF<Addr>,
    k3u_stride: DFF<Addr>,
    bias_base: DFF<Addr>,
    seed_lo: DFF<Bits<32>>,
    done_flag: DFF<bool>,
    /// The run in progress has finished its clamp pass, the only reader of `s0`: the next input
    /// may be written (`STATUS` bit 2).
    input_free: DFF<bool>,
    // Bus read pipeline.
    rd_q: DFF<bool>,
    rd_sum_q: DFF<bool>,
    rd_sign_q: DFF<bool>,
    rd_lane_q: DFF<Bits<CHANNEL_BITS>>,
    rd_reg_q: DFF<Bits<BUS_DATA_BITS>>,
    // Engine pipeline: stage 1 (cycle i + 1) and stage 2 (cycle i + 2) copies of step i.
    idx_r: DFF<Addr>,
    d1_phase: DFF<Bits<2>>,
    d1_acc: DFF<bool>,
    d1_border: DFF<bool>,
    d1_first: DFF<bool>,
    d1_valid: DFF<bool>,
    d1_drain0: DFF<bool>,
    d1_idx: DFF<Addr>,
    d1_group: DFF<Bits<{ sc::GROUP_BITS }>>,
    d1_pos: DFF<Bits<POS_BITS>>,
    d2_phase: DFF<Bits<2>>,
    d2_acc: DFF<bool>,
    d2_first: DFF<bool>,
    d2_add: DFF<bool>,
    d2_drain0: DFF<bool>,
    d2_spin: DFF<bool>,
    // Combinational.
    page: Signal<Local, Bits<14>>,
    low: Signal<Local, Bits<8>>,
    regs_page: Signal<Local, bool>,
    wr_ok: Signal<Local, bool>,
    input_wr_ok: Signal<Local, bool>,
    is_acc: Signal<Local, bool>,
    is_border: Signal<Local, bool>,
    is_drain: Signal<Local, bool>,
    first: Signal<Local, bool>,
    idx: Signal<Local, Addr>,
    slot_end: Signal<Local, bool>,
    out_layer: Signal<Local, bool>,
    clamp_phase: Signal<Local, bool>,
    mask: Signal<Local, Bits<P>>,
    in_plus: Signal<Local, bool>,
    /// A step's weight address for a `+1` and for a `-1` source spin (`_p`, `_m`): both are
    /// summed before the spin arrives from the input memory, which then only picks one.
    base_p: Signal<Local, Addr>,
    base_m: Signal<Local, Addr>,
    stride: Signal<Local, Addr>,
    /// `group · stride` as four shifted partial terms (one per group bit), summed as a tree.
    goff_terms: [Signal<Local, Addr>; 4],
    goff_shift: [Constant<Addr>; 4],
    /// The slot's `group · stride`, computed from the controller's phase and group one stage
    /// early, so the address adders of stage 1 have no multiplication in front of them.
    d1_goff: DFF<Addr>,
    extra_p: Signal<Local, Addr>,
    extra_m: Signal<Local, Addr>,
    addr_p: Signal<Local, Addr>,
    addr_m: Signal<Local, Addr>,
    sum_addr: Signal<Local, Bits<{ crate::chip::average_sign::SUM_ADDR_BITS }>>,
    sum_group: Signal<Local, Bits<{ crate::chip::average_sign::SUM_ADDR_BITS }>>,
    rd_channel: Signal<Local, Bits<CHANNEL_BITS>>,
    rd_sum_word: Signal<Local, Bits<{ crate::chip::average_sign::SUM_ADDR_BITS }>>,
    rd_sum_addr: Signal<Local, Bits<{ crate::chip::average_sign::SUM_ADDR_BITS }>>,
    sums_valid: Signal<Local, bool>,
    reg_value: Signal<Local, Bits<BUS_DATA_BITS>>,
    sum_sel: Signal<Local, Bits<SUM_BITS>>,
    sign_sel: Signal<Local, bool>,
    // Width adapters.
    group_ext7: Extend<{ sc::GROUP_BITS }, GROUP_BITS, false>,
    d1_group_ext7: Extend<{ sc::GROUP_BITS }, GROUP_BITS, false>,
    group_ext8: Extend<{ sc::GROUP_BITS }, MON_BITS, false>,
    group_ext_sum: Extend<{ sc::GROUP_BITS }, { crate::chip::average_sign::SUM_ADDR_BITS }, false>,
    pos_ext_sum: Extend<POS_BITS, { crate::chip::average_sign::SUM_ADDR_BITS }, false>,
    rd_group_ext_sum: Extend<CHANNEL_BITS, { crate::chip::average_sign::SUM_ADDR_BITS }, false>,
    rd_pos_ext_sum: Extend<8, { crate::chip::average_sign::SUM_ADDR_BITS }, false>,
    d1_group_ext: Extend<{ sc::GROUP_BITS }, ADDR_BITS, false>,
    c0_ext: Extend<CHANNEL_BITS, ADDR_BITS, false>,
    seed_hi_ext: Extend<32, STATE_BITS, false>,
    seed_lo_ext: Extend<32, STATE_BITS, false>,
    sum_ext: Extend<SUM_BITS, BUS_DATA_BITS, true>,
    cycle_lo: Signal<Local, Bits<32>>,
    cycle_hi: Signal<Local, Bits<CYCLE_HI_BITS>>,
    cycle_hi_ext: Extend<CYCLE_HI_BITS, 32, false>,
    field_ext: [Extend<FIELD_WIDTH, { crate::chip::clamp_memory::WORD_BITS }, true>; P],
    // Constants.
    lane_id: [Constant<Bits<CHANNEL_BITS>>; P],
    lane_mask_c: Constant<Bits<CHANNEL_BITS>>,
    lane_shift_c: Constant<Bits<CHANNEL_BITS>>,
    pos_shift_c: Constant<Bits<{ crate::chip::average_sign::SUM_ADDR_BITS }>>,
    out_sums_c: Constant<Bits<{ crate::chip::average_sign::SUM_ADDR_BITS }>>,
    zero_p_c: Constant<Bits<P>>,
    zero_ch_c: Constant<Bits<CHANNEL_BITS>>,
    zero_tap_c: Constant<Bits<{ sc::TAP_BITS }>>,
    zero_addr_c: Constant<Addr>,
    one_addr_c: Constant<Addr>,
    zero_word_c: Constant<Bits<BUS_DATA_BITS>>,
    one_word_c: Constant<Bits<BUS_DATA_BITS>>,
    two_word_c: Constant<Bits<BUS_DATA_BITS>>,
    five_word_c: Constant<Bits<BUS_DATA_BITS>>,
    zero_sum_c: Constant<Bits<SUM_BITS>>,
    delta_one_c: Constant<Bits<DELTA_BITS>>,
    zero_offset_c: Constant<Signed<FIELD_WIDTH>>,
    last_drain_c: Constant<Bits<{ sc::DRAIN_BITS }>>,
    zero_drain_c: Constant<Bits<{ sc::DRAIN_BITS }>>,
    ph_ch_c: Constant<Bits<2>>,
    ph_co_c: Constant<Bits<2>>,
    ph_h_c: Constant<Bits<2>>,
    ph_o_c: Constant<Bits<2>>,
    kind_acc_c: Constant<Bits<2>>,
    kind_border_c: Constant<Bits<2>>,
    kind_drain_c: Constant<Bits<2>>,
    zero_page_c: Constant<Bits<14>>,
    seed_page_c: Constant<Bits<14>>,
    input_win_c: Constant<Bits<3>>,
    coupling_win_c: Constant<Bits<2>>,
    out_sum_win_c: Constant<Bits<3>>,
    hid_sum_win_c: Constant<Bits<3>>,
    sign_win_c: Constant<Bits<3>>,
    shift32_c: Constant<Bits<6>>,
    id_c: Constant<Bits<BUS_DATA_BITS>>,
    version_c: Constant<Bits<BUS_DATA_BITS>>,
    config0_c: Constant<Bits<BUS_DATA_BITS>>,
    config1_c: Constant<Bits<BUS_DATA_BITS>>,
    config2_c: Constant<Bits<BUS_DATA_BITS>>,
    a_id: Constant<Bits<8>>,
    a_version: Constant<Bits<8>>,
    a_config0: Constant<Bits<8>>,
    a_config1: Constant<Bits<8>>,
    a_config2: Constant<Bits<8>>,
    a_control: Constant<Bits<8>>,
    a_status: Constant<Bits<8>>,
    a_geometry0: Constant<Bits<8>>,
    a_geometry1: Constant<Bits<8>>,
    a_shifts: Constant<Bits<8>>,
    a_delta: Constant<Bits<8>>,
    a_sweeps: Constant<Bits<8>>,
    a_burn_in: Constant<Bits<8>>,
    a_cycles_lo: Constant<Bits<8>>,
    a_cycles_hi: Constant<Bits<8>>,
    a_layout: [Constant<Bits<8>>; 10],
}

fn k<const N: usize>(v: u64) -> Constant<Bits<N>> {
    Constant::new(v.to_bits())
}

impl<
    const P: usize,
    const C0: usize,
    const C1: usize,
    const C2: usize,
    const POSITIONS: usize,
    const DEPTH: usize,
    const SUMS: usize,
> Chip<P, C0, C1, C2, POSITIONS, DEPTH, SUMS>
{
    /// The chip for `config`; panics unless the const generics are `config`'s (use [`ChipIce40`],
    /// [`ChipEcp5`]).
    pub fn new(config: &ChipConfig) -> Self {
        assert!(
            P == config.lanes
                && C0 == config.max_c0
                && C1 == config.max_c1
                && C2 == config.max_c2
                && POSITIONS == spin_positions(config)
                && DEPTH == coupling_depth(config)
                && SUMS == sum_words(P, C1, C2, POSITIONS),
            "Chip's generics must be those of the `{}` configuration",
            config.name
        );
        assert!(P.is_power_of_two() && P <= 1 << BANK_BITS && 3 * P < 1 << CHANNEL_BITS);
        assert_eq!(ADDR_BITS as u32, reg::COUPLING_ADDR_BITS, "the COUPLING window's bank field starts at bit 13");
        assert!(C1.div_ceil(P) <= 1 << sc::GROUP_BITS && C2.div_ceil(P) <= 1 << sc::GROUP_BITS);
        assert!(POSITIONS <= 1 << reg::POS_BITS && SUMS <= 1 << crate::chip::average_sign::SUM_ADDR_BITS);
        assert_eq!(sc::GROUP_BITS, 4, "`goff_terms` has one term per bit of the lane group");
        assert_eq!(PIPELINE_LATENCY, 7, "the drain cycles are the datapath's latency (module docs)");
        let [id, version, config0, config1, config2] = reg::identification(config).map(|(_, v)| k::<32>(v as u64));
        let low = |a: u32| k::<8>((a & 0xff) as u64);
        Self {
            clock: Default::default(),
            bus_addr: Default::default(),
            bus_wr: Default::default(),
            bus_wdata: Default::default(),
            bus_rd: Default::default(),
            bus_rdata: Default::default(),
            bus_rvalid: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            input_busy: Default::default(),
            mon_wr: Default::default(),
            mon_layer: Default::default(),
            mon_clamp: Default::default(),
            mon_sweep: Default::default(),
            mon_group: Default::default(),
            mon_pos: Default::default(),
            mon_mask: Default::default(),
            mon_spins: Default::default(),
            ctrl: SweepController::new(config),
            lanes: std::array::from_fn(|_| Default::default()),
            lane_bit: lane_bits(),
            coupling: CouplingMemory::for_config(config),
            s0: Default::default(),
            s1: Default::default(),
            s2: Default::default(),
            clamp: Default::default(),
            sums: std::array::from_fn(|_| AverageSign::new()),
            spins: Default::default(),
            start_spins: Default::default(),
            lane_mask: Default::default(),
            geo_c0: Default::default(),
            geo_c1: Default::default(),
            geo_c2: Default::default(),
            geo_h: Default::default(),
            geo_w: Default::default(),
            geo_k1: Default::default(),
            geo_k2: Default::default(),
            k_h1: Default::default(),
            k_c2: Default::default(),
            k_field: Default::default(),
            delta: Default::default(),
            sweeps: Default::default(),
            burn_in: Default::default(),
            w2t_base: Default::default(),
            w2t_stride: Default::default(),
            w2_base: Default::default(),
            w2_stride: Default::default(),
            k1p_base: Default::default(),
            k1m_base: Default::default(),
            k1_stride: Default::default(),
            k3u_base: Default::default(),
            k3u_stride: Default::default(),
            bias_base: Default::default(),
            seed_lo: Default::default(),
            done_flag: Default::default(),
            input_free: Default::default(),
            rd_q: Default::default(),
            rd_sum_q: Default::default(),
            rd_sign_q: Default::default(),
            rd_lane_q: Default::default(),
            rd_reg_q: Default::default(),
            idx_r: Default::default(),
            d1_phase: Default::default(),
            d1_acc: Default::default(),
            d1_border: Default::default(),
            d1_first: Default::default(),
            d1_valid: Default::default(),
            d1_drain0: Default::default(),
            d1_idx: Default::default(),
            d1_group: Default::default(),
            d1_pos: Default::default(),
            d2_phase: Default::default(),
            d2_acc: Default::default(),
            d2_first: Default::default(),
            d2_add: Default::default(),
            d2_drain0: Default::default(),
            d2_spin: Default::default(),
            page: Default::default(),
            low: Default::default(),
            regs_page: Default::default(),
            wr_ok: Default::default(),
            input_wr_ok: Default::default(),
            is_acc: Default::default(),
            is_border: Default::default(),
            is_drain: Default::default(),
            first: Default::default(),
            idx: Default::default(),
            slot_end: Default::default(),
            out_layer: Default::default(),
            clamp_phase: Default::default(),
            mask: Default::default(),
            in_plus: Default::default(),
            base_p: Default::default(),
            base_m: Default::default(),
            stride: Default::default(),
            goff_terms: Default::default(),
            goff_shift: std::array::from_fn(|b| k(b as u64)),
            d1_goff: Default::default(),
            extra_p: Default::default(),
            extra_m: Default::default(),
            addr_p: Default::default(),
            addr_m: Default::default(),
            sum_addr: Default::default(),
            sum_group: Default::default(),
            rd_channel: Default::default(),
            rd_sum_word: Default::default(),
            rd_sum_addr: Default::default(),
            sums_valid: Default::default(),
            reg_value: Default::default(),
            sum_sel: Default::default(),
            sign_sel: Default::default(),
            group_ext7: Default::default(),
            d1_group_ext7: Default::default(),
            group_ext8: Default::default(),
            group_ext_sum: Default::default(),
            pos_ext_sum: Default::default(),
            rd_group_ext_sum: Default::default(),
            rd_pos_ext_sum: Default::default(),
            d1_group_ext: Default::default(),
            c0_ext: Default::default(),
            seed_hi_ext: Default::default(),
            seed_lo_ext: Default::default(),
            sum_ext: Default::default(),
            cycle_lo: Default::default(),
            cycle_hi: Default::default(),
            cycle_hi_ext: Default::default(),
            field_ext: std::array::from_fn(|_| Default::default()),
            lane_id: std::array::from_fn(|l| k(l as u64)),
            lane_mask_c: k(P as u64 - 1),
            lane_shift_c: k(P.trailing_zeros() as u64),
            pos_shift_c: k(POSITIONS.trailing_zeros() as u64),
            out_sums_c: k((C1.div_ceil(P) * POSITIONS) as u64),
            zero_p_c: k(0),
            zero_ch_c: k(0),
            zero_tap_c: k(0),
            zero_addr_c: k(0),
            one_addr_c: k(1),
            zero_word_c: k(0),
            one_word_c: k(1),
            two_word_c: k(2),
            five_word_c: k(5),
            zero_sum_c: k(0),
            delta_one_c: k(DELTA_ONE as u64),
            zero_offset_c: Constant::new(Signed::default()),
            last_drain_c: k(PIPELINE_LATENCY - 1),
            zero_drain_c: k(0),
            ph_ch_c: k(sc::PHASE_CLAMP_HIDDEN),
            ph_co_c: k(sc::PHASE_CLAMP_OUTPUT),
            ph_h_c: k(sc::PHASE_HIDDEN),
            ph_o_c: k(sc::PHASE_OUTPUT),
            kind_acc_c: k(sc::KIND_ACCUMULATE),
            kind_border_c: k(sc::KIND_BORDER),
            kind_drain_c: k(sc::KIND_DRAIN),
            zero_page_c: k(0),
            seed_page_c: k((reg::SEED_BASE >> 8) as u64),
            input_win_c: k((reg::INPUT_BASE >> 19) as u64),
            coupling_win_c: k((reg::COUPLING_BASE >> 20) as u64),
            out_sum_win_c: k((reg::OUTPUT_SUM_BASE >> 19) as u64),
            hid_sum_win_c: k((reg::HIDDEN_SUM_BASE >> 19) as u64),
            sign_win_c: k((reg::OUTPUT_SIGN_BASE >> 19) as u64),
            shift32_c: k(32),
            id_c: id,
            version_c: version,
            config0_c: config0,
            config1_c: config1,
            config2_c: config2,
            a_id: low(reg::ID),
            a_version: low(reg::VERSION),
            a_config0: low(reg::CONFIG0),
            a_config1: low(reg::CONFIG1),
            a_config2: low(reg::CONFIG2),
            a_control: low(reg::CONTROL),
            a_status: low(reg::STATUS),
            a_geometry0: low(reg::GEOMETRY0),
            a_geometry1: low(reg::GEOMETRY1),
            a_shifts: low(reg::SHIFTS),
            a_delta: low(reg::DELTA),
            a_sweeps: low(reg::SWEEPS),
            a_burn_in: low(reg::BURN_IN),
            a_cycles_lo: low(reg::CYCLES_LO),
            a_cycles_hi: low(reg::CYCLES_HI),
            a_layout: std::array::from_fn(|i| low(reg::LAYOUT_BASE + i as u32)),
        }
    }
}

impl Default for ChipIce40 {
    fn default() -> Self {
        Self::new(&ICE40)
    }
}

impl Default for ChipEcp5 {
    fn default() -> Self {
        Self::new(&ECP5)
    }
}

impl<
    const P: usize,
    const C0: usize,
    const C1: usize,
    const C2: usize,
    const POSITIONS: usize,
    const DEPTH: usize,
    const SUMS: usize,
> Logic for Chip<P, C0, C1, C2, POSITIONS, DEPTH, SUMS>
{
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, ctrl, coupling, s0, s1, s2, clamp);
        dff_setup!(
            self, clock, geo_c0, geo_c1, geo_c2, geo_h, geo_w, geo_k1, geo_k2, k_h1, k_c2, k_field, delta, sweeps,
            burn_in, w2t_base, w2t_stride, w2_base, w2_stride, k1p_base, k1m_base, k1_stride, k3u_base, k3u_stride,
            d1_goff, bias_base, seed_lo, done_flag, input_free, rd_q, rd_sum_q, rd_sign_q, rd_lane_q, rd_reg_q, idx_r,
            d1_phase, d1_acc, d1_border, d1_first, d1_valid, d1_drain0, d1_idx, d1_group, d1_pos, d2_phase, d2_acc,
            d2_first, d2_add, d2_drain0, d2_spin
        );
        for l in 0..P {
            self.lanes[l].clock.next = self.clock.val();
            self.sums[l].clock.next = self.clock.val();
        }

        // ---- Bus decode. ----
        self.page.next = self.bus_addr.val().get_bits::<14>(8);
        self.low.next = self.bus_addr.val().get_bits::<8>(0);
        self.regs_page.next = self.page.val() == self.zero_page_c.val();
        self.wr_ok.next = self.bus_wr.val() & !self.ctrl.busy.val();
        // The input memory takes writes during a run once the clamp pass has read it.
        self.input_wr_ok.next = self.bus_wr.val() & (!self.ctrl.busy.val() | self.input_free.q.val());
        if self.wr_ok.val() & self.regs_page.val() {
            if self.low.val() == self.a_geometry0.val() {
                self.geo_c0.d.next = self.bus_wdata.val().get_bits::<CHANNEL_BITS>(0);
                self.geo_c1.d.next = self.bus_wdata.val().get_bits::<CHANNEL_BITS>(8);
                self.geo_c2.d.next = self.bus_wdata.val().get_bits::<CHANNEL_BITS>(16);
            }
            if self.low.val() == self.a_geometry1.val() {
                self.geo_h.d.next = self.bus_wdata.val().get_bits::<DIM_BITS>(0);
                self.geo_w.d.next = self.bus_wdata.val().get_bits::<DIM_BITS>(8);
                self.geo_k1.d.next = self.bus_wdata.val().get_bits::<KERNEL_BITS>(16);
                self.geo_k2.d.next = self.bus_wdata.val().get_bits::<KERNEL_BITS>(24);
            }
            if self.low.val() == self.a_shifts.val() {
                self.k_h1.d.next = self.bus_wdata.val().get_bits::<SHIFT_BITS>(0);
                self.k_c2.d.next = self.bus_wdata.val().get_bits::<SHIFT_BITS>(8);
                self.k_field.d.next = self.bus_wdata.val().get_bits::<SHIFT_BITS>(16);
            }
            if self.low.val() == self.a_delta.val() {
                self.delta.d.next = self.bus_wdata.val().get_bits::<DELTA_BITS>(0);
            }
            if self.low.val() == self.a_sweeps.val() {
                self.sweeps.d.next = self.bus_wdata.val().get_bits::<SWEEP_BITS>(0);
            }
            if self.low.val() == self.a_burn_in.val() {
                self.burn_in.d.next = self.bus_wdata.val().get_bits::<SWEEP_BITS>(0);
            }
            if self.low.val() == self.a_layout[0].val() {
                self.w2t_base.d.next = self.bus_wdata.val().get_bits::<ADDR_BITS>(0);
            }
            if self.low.val() == self.a_layout[1].val() {
                self.w2t_stride.d.next = self.bus_wdata.val().get_bits::<ADDR_BITS>(0);
            }
            if self.low.val() == self.a_layout[2].val() {
                self.w2_base.d.next = self.bus_wdata.val().get_bits::<ADDR_BITS>(0);
            }
            if self.low.val() == self.a_layout[3].val() {
                self.w2_stride.d.next = self.bus_wdata.val().get_bits::<ADDR_BITS>(0);
            }
            if self.low.val() == self.a_layout[4].val() {
                self.k1p_base.d.next = self.bus_wdata.val().get_bits::<ADDR_BITS>(0);
            }
            if self.low.val() == self.a_layout[5].val() {
                self.k1m_base.d.next = self.bus_wdata.val().get_bits::<ADDR_BITS>(0);
            }
            if self.low.val() == self.a_layout[6].val() {
                self.k1_stride.d.next = self.bus_wdata.val().get_bits::<ADDR_BITS>(0);
            }
            if self.low.val() == self.a_layout[7].val() {
                self.k3u_base.d.next = self.bus_wdata.val().get_bits::<ADDR_BITS>(0);
            }
            if self.low.val() == self.a_layout[8].val() {
                self.k3u_stride.d.next = self.bus_wdata.val().get_bits::<ADDR_BITS>(0);
            }
            if self.low.val() == self.a_layout[9].val() {
                self.bias_base.d.next = self.bus_wdata.val().get_bits::<ADDR_BITS>(0);
            }
        }
        // Seeds: the low word is staged; the high word's write loads lane `low[7:1]`'s generator.
        self.seed_hi_ext.narrow.next = self.bus_wdata.val();
        self.seed_lo_ext.narrow.next = self.seed_lo.q.val();
        if self.wr_ok.val() & (self.page.val() == self.seed_page_c.val()) & !self.low.val().get_bit(0) {
            self.seed_lo.d.next = self.bus_wdata.val();
        }
        for l in 0..P {
            self.lanes[l].seed.next =
                (self.seed_hi_ext.wide.val() << self.shift32_c.val()) | self.seed_lo_ext.wide.val();
            self.lanes[l].load.next = self.wr_ok.val()
                & (self.page.val() == self.seed_page_c.val())
                & self.low.val().get_bit(0)
                & (self.low.val().get_bits::<CHANNEL_BITS>(1) == self.lane_id[l].val());
        }
        // Input spins and coupling words go straight to their memories' write ports.
        self.s0.host_wr_en.next =
            self.input_wr_ok.val() & (self.bus_addr.val().get_bits::<3>(19) == self.input_win_c.val());
        self.s0.host_rd_en.next = false;
        self.s0.host_addr.next = self.bus_addr.val().get_bits::<HOST_ADDR_BITS>(0);
        self.s0.host_data.next = self.bus_wdata.val().get_bits::<P>(0);
        self.coupling.wr_en.next =
            self.wr_ok.val() & (self.bus_addr.val().get_bits::<2>(20) == self.coupling_win_c.val());
        self.coupling.wr_bank.next = self.bus_addr.val().get_bits::<BANK_BITS>(13);
        self.coupling.wr_addr.next = self.bus_addr.val().get_bits::<ADDR_BITS>(0);
        self.coupling.wr_data.next = self.bus_wdata.val().get_bits::<WORD_BITS>(0);
        // Start and status.
        self.ctrl.start.next = self.wr_ok.val()
            & self.regs_page.val()
            & (self.low.val() == self.a_control.val())
            & self.bus_wdata.val().get_bit(0);
        if self.ctrl.start.val() {
            self.done_flag.d.next = false;
        }
        if self.ctrl.done.val() {
            self.done_flag.d.next = true;
        }
        // Set in the first cycle of the first hidden half-sweep (every slot of the clamp pass has
        // drained by then), cleared by the next start.
        if self.ctrl.busy.val() & (self.ctrl.phase.val() == self.ph_h_c.val()) {
            self.input_free.d.next = true;
        }
        if self.ctrl.start.val() {
            self.input_free.d.next = false;
        }
        self.busy.next = self.ctrl.busy.val();
        self.input_busy.next = self.ctrl.busy.val() & !self.input_free.q.val();
        self.done.next = self.ctrl.done.val();

        // ---- Bus reads: registers now, sums from the banks' read port one edge later. ----
        self.cycle_lo.next = self.ctrl.cycle.val().get_bits::<32>(0);
        self.cycle_hi.next = self.ctrl.cycle.val().get_bits::<CYCLE_HI_BITS>(32);
        self.cycle_hi_ext.narrow.next = self.cycle_hi.val();
        self.reg_value.next = self.zero_word_c.val();
        if self.regs_page.val() {
            if self.low.val() == self.a_id.val() {
                self.reg_value.next = self.id_c.val();
            }
            if self.low.val() == self.a_version.val() {
                self.reg_value.next = self.version_c.val();
            }
            if self.low.val() == self.a_config0.val() {
                self.reg_value.next = self.config0_c.val();
            }
            if self.low.val() == self.a_config1.val() {
                self.reg_value.next = self.config1_c.val();
            }
            if self.low.val() == self.a_config2.val() {
                self.reg_value.next = self.config2_c.val();
            }
            if self.low.val() == self.a_status.val() {
                if self.ctrl.busy.val() {
                    self.reg_value.next = self.one_word_c.val();
                    if self.input_free.q.val() {
                        self.reg_value.next = self.five_word_c.val();
                    }
                }
                if self.done_flag.q.val() | self.ctrl.done.val() {
                    self.reg_value.next = self.two_word_c.val();
                }
            }
            if self.low.val() == self.a_cycles_lo.val() {
                self.reg_value.next = self.cycle_lo.val();
            }
            if self.low.val() == self.a_cycles_hi.val() {
                self.reg_value.next = self.cycle_hi_ext.wide.val();
            }
        }
        // Sum windows: channel c = addr[14:8] is lane c mod P, group c div P.
        self.sums_valid.next = self.sweeps.q.val() > self.burn_in.q.val();
        self.rd_channel.next = self.bus_addr.val().get_bits::<CHANNEL_BITS>(8);
        self.rd_group_ext_sum.narrow.next = self.rd_channel.val() >> self.lane_shift_c.val();
        self.rd_pos_ext_sum.narrow.next = self.low.val();
        self.rd_sum_word.next =
            (self.rd_group_ext_sum.wide.val() << self.pos_shift_c.val()) + self.rd_pos_ext_sum.wide.val();
        self.rd_sum_addr.next = self.rd_sum_word.val() + self.out_sums_c.val();
        if self.bus_addr.val().get_bits::<3>(19) == self.hid_sum_win_c.val() {
            self.rd_sum_addr.next = self.rd_sum_word.val();
        }
        self.rd_q.d.next = self.bus_rd.val();
        self.rd_lane_q.d.next = self.rd_channel.val() & self.lane_mask_c.val();
        self.rd_sum_q.d.next = false;
        self.rd_sign_q.d.next = false;
        self.rd_reg_q.d.next = self.reg_value.val();
        if (self.bus_addr.val().get_bits::<3>(19) == self.out_sum_win_c.val())
            | (self.bus_addr.val().get_bits::<3>(19) == self.hid_sum_win_c.val())
        {
            self.rd_sum_q.d.next = self.sums_valid.val();
            self.rd_reg_q.d.next = self.zero_word_c.val();
        }
        if self.bus_addr.val().get_bits::<3>(19) == self.sign_win_c.val() {
            self.rd_sign_q.d.next = self.sums_valid.val();
            self.rd_reg_q.d.next = self.one_word_c.val();
        }
        self.sum_sel.next = self.zero_sum_c.val();
        self.sign_sel.next = false;
        for l in 0..P {
            if self.rd_lane_q.q.val() == self.lane_id[l].val() {
                self.sum_sel.next = unsigned_cast(self.sums[l].rd_sum.val());
                self.sign_sel.next = self.sums[l].rd_sign.val();
            }
        }
        self.sum_ext.narrow.next = self.sum_sel.val();
        self.bus_rvalid.next = self.rd_q.q.val();
        self.bus_rdata.next = self.rd_reg_q.q.val();
        if self.rd_sum_q.q.val() {
            self.bus_rdata.next = self.sum_ext.wide.val();
        }
        if self.rd_sign_q.q.val() {
            self.bus_rdata.next = self.zero_word_c.val();
            if self.sign_sel.val() {
                self.bus_rdata.next = self.one_word_c.val();
            }
        }

        // ---- Sweep controller. ----
        self.ctrl.c0.next = self.geo_c0.q.val();
        self.ctrl.c1.next = self.geo_c1.q.val();
        self.ctrl.c2.next = self.geo_c2.q.val();
        self.ctrl.h.next = self.geo_h.q.val();
        self.ctrl.w.next = self.geo_w.q.val();
        self.ctrl.k1.next = self.geo_k1.q.val();
        self.ctrl.k2.next = self.geo_k2.q.val();
        self.ctrl.sweeps.next = self.sweeps.q.val();

        // ---- Step i (cycle i): decode, spin reads, slot writes. ----
        self.is_acc.next = self.ctrl.busy.val() & (self.ctrl.kind.val() == self.kind_acc_c.val());
        self.is_border.next = self.ctrl.busy.val() & (self.ctrl.kind.val() == self.kind_border_c.val());
        self.is_drain.next = self.ctrl.busy.val() & (self.ctrl.kind.val() == self.kind_drain_c.val());
        self.first.next = self.is_acc.val()
            & (self.ctrl.channel.val() == self.zero_ch_c.val())
            & (self.ctrl.tap.val() == self.zero_tap_c.val());
        self.idx.next = self.idx_r.q.val();
        if self.first.val() {
            self.idx.next = self.zero_addr_c.val();
        }
        self.idx_r.d.next = self.idx.val() + self.one_addr_c.val();
        self.slot_end.next = self.is_drain.val() & (self.ctrl.drain_cycle.val() == self.last_drain_c.val());
        self.out_layer.next =
            (self.ctrl.phase.val() == self.ph_co_c.val()) | (self.ctrl.phase.val() == self.ph_o_c.val());
        self.clamp_phase.next =
            (self.ctrl.phase.val() == self.ph_ch_c.val()) | (self.ctrl.phase.val() == self.ph_co_c.val());
        // Lanes whose destination channel group · P + l exists.
        self.lane_mask.c1.next = self.geo_c1.q.val();
        self.lane_mask.c2.next = self.geo_c2.q.val();
        self.lane_mask.phase.next = self.ctrl.phase.val();
        self.lane_mask.group.next = self.ctrl.group.val();
        self.mask.next = self.lane_mask.mask.val();
        for l in 0..P {
            self.spins.bits[l].next = self.lanes[l].spin.val();
            self.start_spins.bits[l].next = self.lanes[l].start_spin.val();
        }
        self.group_ext7.narrow.next = self.ctrl.group.val();
        self.group_ext8.narrow.next = self.ctrl.group.val();
        self.s0.rd_channel.next = self.ctrl.channel.val();
        self.s1.rd_channel.next = self.ctrl.channel.val();
        self.s2.rd_channel.next = self.ctrl.channel.val();
        self.s0.rd_pos.next = self.ctrl.source_pos.val();
        self.s1.rd_pos.next = self.ctrl.source_pos.val();
        self.s2.rd_pos.next = self.ctrl.source_pos.val();
        self.s0.wr_en.next = false;
        self.s0.wr_pos.next = self.ctrl.pos.val();
        self.s0.wr_group.next = self.group_ext7.wide.val();
        self.s0.wr_mask.next = self.zero_p_c.val();
        self.s0.wr_spins.next = self.zero_p_c.val();
        self.s1.host_wr_en.next = false;
        self.s2.host_wr_en.next = false;
        self.s1.host_rd_en.next = false;
        self.s2.host_rd_en.next = false;
        self.s1.host_addr.next = self.bus_addr.val().get_bits::<HOST_ADDR_BITS>(0);
        self.s2.host_addr.next = self.bus_addr.val().get_bits::<HOST_ADDR_BITS>(0);
        self.s1.host_data.next = self.bus_wdata.val().get_bits::<P>(0);
        self.s2.host_data.next = self.bus_wdata.val().get_bits::<P>(0);
        self.s1.wr_en.next = self.slot_end.val() & !self.out_layer.val();
        self.s2.wr_en.next = self.slot_end.val() & self.out_layer.val();
        self.s1.wr_pos.next = self.ctrl.pos.val();
        self.s2.wr_pos.next = self.ctrl.pos.val();
        self.s1.wr_group.next = self.group_ext7.wide.val();
        self.s2.wr_group.next = self.group_ext7.wide.val();
        self.s1.wr_mask.next = self.mask.val();
        self.s2.wr_mask.next = self.mask.val();
        self.s1.wr_spins.next = self.spins.word.val();
        self.s2.wr_spins.next = self.spins.word.val();
        if self.clamp_phase.val() {
            self.s1.wr_spins.next = self.start_spins.word.val();
            self.s2.wr_spins.next = self.start_spins.word.val();
        }
        self.mon_wr.next = self.slot_end.val();
        self.mon_layer.next = self.out_layer.val();
        self.mon_clamp.next = self.clamp_phase.val();
        self.mon_sweep.next = self.ctrl.sweep.val();
        self.mon_group.next = self.group_ext8.wide.val();
        self.mon_pos.next = self.ctrl.pos.val();
        self.mon_mask.next = self.mask.val();
        self.mon_spins.next = self.spins.word.val();
        if self.clamp_phase.val() {
            self.mon_spins.next = self.start_spins.word.val();
        }
        // Clamp pass: the slot's field codes become h1 (ClampHidden) or c2 (ClampOutput).
        self.clamp.wr_en.next = self.slot_end.val() & self.clamp_phase.val();
        self.clamp.wr_region.next = self.out_layer.val();
        self.clamp.wr_group.next = self.group_ext7.wide.val();
        self.clamp.wr_pos.next = self.ctrl.pos.val();
        self.clamp.wr_mask.next = self.mask.val();
        for l in 0..P {
            self.field_ext[l].narrow.next = unsigned_cast(self.lanes[l].field.val());
            self.clamp.wr_data[l].next = self.field_ext[l].wide.val();
        }
        // Sums: after the burn-in, every slot of a sweep adds its spins; the first kept sweep
        // overwrites.
        self.group_ext_sum.narrow.next = self.ctrl.group.val();
        self.pos_ext_sum.narrow.next = self.ctrl.pos.val();
        self.sum_group.next = self.group_ext_sum.wide.val() << self.pos_shift_c.val();
        self.sum_addr.next = self.sum_group.val() + self.pos_ext_sum.wide.val();
        if self.out_layer.val() {
            self.sum_addr.next = self.sum_group.val() + self.pos_ext_sum.wide.val() + self.out_sums_c.val();
        }
        for l in 0..P {
            self.sums[l].clear.next = false;
            self.sums[l].acc_en.next = self.slot_end.val()
                & !self.clamp_phase.val()
                & (self.mask.val() & self.lane_bit[l].val()).any()
                & (self.ctrl.sweep.val() >= self.burn_in.q.val());
            self.sums[l].init.next = self.ctrl.sweep.val() == self.burn_in.q.val();
            self.sums[l].addr.next = self.sum_addr.val();
            self.sums[l].spin.next = self.lanes[l].spin.val();
            self.sums[l].rd_addr.next = self.rd_sum_addr.val();
        }

        // ---- Stage 1 (cycle i + 1): the source spin is known; weight and constant addresses. ----
        self.d1_phase.d.next = self.ctrl.phase.val();
        self.d1_acc.d.next = self.is_acc.val();
        self.d1_border.d.next = self.is_border.val();
        self.d1_first.d.next = self.first.val();
        self.d1_valid.d.next = self.ctrl.source_valid.val();
        self.d1_drain0.d.next = self.is_drain.val() & (self.ctrl.drain_cycle.val() == self.zero_drain_c.val());
        self.d1_idx.d.next = self.idx.val();
        self.d1_group.d.next = self.ctrl.group.val();
        self.d1_pos.d.next = self.ctrl.pos.val();
        self.in_plus.next = self.s0.rd_spin.val();
        // `group · stride` of the slot one stage later (stage 0: the controller's phase and group).
        self.stride.next = self.w2t_stride.q.val();
        if self.ctrl.phase.val() == self.ph_o_c.val() {
            self.stride.next = self.w2_stride.q.val();
        }
        if self.ctrl.phase.val() == self.ph_co_c.val() {
            self.stride.next = self.k3u_stride.q.val();
        }
        if self.ctrl.phase.val() == self.ph_ch_c.val() {
            self.stride.next = self.k1_stride.q.val();
        }
        for b in 0..4 {
            self.goff_terms[b].next = self.zero_addr_c.val();
            if self.ctrl.group.val().get_bit(b) {
                self.goff_terms[b].next = self.stride.val() << self.goff_shift[b].val();
            }
        }
        self.d1_goff.d.next = (self.goff_terms[0].val() + self.goff_terms[1].val())
            + (self.goff_terms[2].val() + self.goff_terms[3].val());
        self.base_p.next = self.w2t_base.q.val();
        self.extra_p.next = self.zero_addr_c.val();
        self.extra_m.next = self.zero_addr_c.val();
        self.c0_ext.narrow.next = self.geo_c0.q.val();
        if self.d1_phase.q.val() == self.ph_o_c.val() {
            self.base_p.next = self.w2_base.q.val();
        }
        if self.d1_phase.q.val() == self.ph_co_c.val() {
            self.base_p.next = self.k3u_base.q.val();
            self.extra_m.next = self.c0_ext.wide.val();
            if self.d1_border.q.val() {
                self.extra_p.next = self.c0_ext.wide.val();
            }
        }
        self.base_m.next = self.base_p.val();
        if self.d1_phase.q.val() == self.ph_ch_c.val() {
            self.base_p.next = self.k1p_base.q.val();
            self.base_m.next = self.k1m_base.q.val();
        }
        self.addr_p.next = self.base_p.val() + self.d1_goff.q.val() + self.d1_idx.q.val() + self.extra_p.val();
        self.addr_m.next = self.base_m.val() + self.d1_goff.q.val() + self.d1_idx.q.val() + self.extra_m.val();
        // The late spin (input memory read port, then its lane's bit) drives a 2:1 mux, not the adders.
        self.coupling.rd_addr.next = self.addr_m.val();
        if self.in_plus.val() {
            self.coupling.rd_addr.next = self.addr_p.val();
        }
        self.d1_group_ext.narrow.next = self.d1_group.q.val();
        if self.d1_drain0.q.val() & (self.d1_phase.q.val() == self.ph_ch_c.val()) {
            // The bias of the slot's lanes, for their compute strobe one edge later.
            self.coupling.rd_addr.next = self.bias_base.q.val() + self.d1_group_ext.wide.val();
        }
        self.d1_group_ext7.narrow.next = self.d1_group.q.val();
        self.clamp.rd_region.next = self.d1_phase.q.val() == self.ph_o_c.val();
        self.clamp.rd_group.next = self.d1_group_ext7.wide.val();
        self.clamp.rd_pos.next = self.d1_pos.q.val();

        // ---- Stage 2 (cycle i + 2): the lanes sample the step. ----
        self.d2_phase.d.next = self.d1_phase.q.val();
        self.d2_acc.d.next = self.d1_acc.q.val();
        self.d2_first.d.next = self.d1_first.q.val();
        self.d2_add.d.next = (self.d1_acc.q.val() | self.d1_border.q.val()) & self.d1_valid.q.val();
        self.d2_drain0.d.next = self.d1_drain0.q.val();
        self.d2_spin.d.next = self.s1.rd_spin.val();
        if self.d1_phase.q.val() == self.ph_h_c.val() {
            self.d2_spin.d.next = self.s2.rd_spin.val();
        }
        for l in 0..P {
            self.lanes[l].clear.next = self.d2_first.q.val() & (self.d2_phase.q.val() != self.ph_o_c.val());
            self.lanes[l].preload_en.next = self.d2_first.q.val() & (self.d2_phase.q.val() == self.ph_o_c.val());
            self.lanes[l].preload.next = signed_cast(self.clamp.rd_data[l].val());
            self.lanes[l].add_en.next = self.d2_add.q.val();
            self.lanes[l].weight.next = signed_cast(self.coupling.rd_data[l].val());
            self.lanes[l].source_spin.next = true;
            if self.d2_acc.q.val()
                & ((self.d2_phase.q.val() == self.ph_h_c.val()) | (self.d2_phase.q.val() == self.ph_o_c.val()))
            {
                self.lanes[l].source_spin.next = self.d2_spin.q.val();
            }
            self.lanes[l].compute.next = self.d2_drain0.q.val();
            self.lanes[l].delta_code.next = self.delta.q.val();
            self.lanes[l].shift_amount.next = self.k_field.q.val();
            self.lanes[l].offset.next = self.zero_offset_c.val();
            if self.d2_phase.q.val() == self.ph_ch_c.val() {
                self.lanes[l].delta_code.next = self.delta_one_c.val();
                self.lanes[l].shift_amount.next = self.k_h1.q.val();
                self.lanes[l].offset.next = signed_cast(self.coupling.rd_data[l].val());
            }
            if self.d2_phase.q.val() == self.ph_co_c.val() {
                self.lanes[l].delta_code.next = self.delta_one_c.val();
                self.lanes[l].shift_amount.next = self.k_c2.q.val();
            }
            if self.d2_phase.q.val() == self.ph_h_c.val() {
                self.lanes[l].offset.next = signed_cast(self.clamp.rd_data[l].val().get_bits::<FIELD_WIDTH>(0));
            }
        }
    }
}

impl<
    const P: usize,
    const C0: usize,
    const C1: usize,
    const C2: usize,
    const POSITIONS: usize,
    const DEPTH: usize,
    const SUMS: usize,
> Clocked for Chip<P, C0, C1, C2, POSITIONS, DEPTH, SUMS>
{
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use rust_hdl::prelude::*;
    use thermoblock_contract::config::{ChipConfig, ICE40, ICE40_UP5K};
    use thermoblock_contract::image::ChipImage;
    use thermoblock_contract::registers as reg;
    use thermoblock_contract::registers::{readout, readout_addresses, setup_writes};
    use thermoblock_contract::rng::lanes;
    use thermoblock_contract::run::{ChipResult, ChipRun, Layer};
    use thermoblock_sim::chip::model::ChipModel;
    use thermoblock_sim::chip::quantize::quantize;
    use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

    use super::{Chip, ChipIce40, ChipIce40Up5k};
    use crate::flow::verilog;
    use crate::testbench::Bench;

    /// A layer as the RTL left it after a half-sweep: `(sweep, layer, channel-major ±1 spins)`.
    type Snapshot = (u32, Layer, Vec<i8>);

    /// The bus of a chip of any configuration, driven from its bench.
    impl<
        const P: usize,
        const C0: usize,
        const C1: usize,
        const C2: usize,
        const POS: usize,
        const D: usize,
        const S: usize,
    > Bench<Chip<P, C0, C1, C2, POS, D, S>>
    {
        fn write(&mut self, addr: u32, data: u32) {
            self.dut.bus_addr.next = (addr as u64).to_bits();
            self.dut.bus_wdata.next = (data as u64).to_bits();
            self.dut.bus_wr.next = true;
            self.cycle();
            self.dut.bus_wr.next = false;
        }

        fn read(&mut self, addr: u32) -> u32 {
            self.dut.bus_addr.next = (addr as u64).to_bits();
            self.dut.bus_rd.next = true;
            self.cycle();
            self.dut.bus_rd.next = false;
            assert!(self.dut.bus_rvalid.val(), "a read's data is valid in the cycle after its edge");
            self.dut.bus_rdata.val().index() as u32
        }
    }

    /// Runs the RTL in rust-hdl's simulator: the register map's set-up writes, the run (rebuilding
    /// both layers from the monitor after every half-sweep), the readout.
    fn run_rtl<
        const P: usize,
        const C0: usize,
        const C1: usize,
        const C2: usize,
        const POS: usize,
        const D: usize,
        const S: usize,
    >(
        chip: Chip<P, C0, C1, C2, POS, D, S>,
        config: &ChipConfig,
        image: &ChipImage,
        x: &thermoblock_contract::spins::Spins,
        run: &ChipRun,
    ) -> (ChipResult, Vec<Snapshot>) {
        let mut b = Bench::new(chip);
        for (addr, data) in setup_writes(config, image, x, run) {
            b.write(addr, data);
        }
        let hw = x.h * x.w;
        let p = config.lanes;
        let (mut hidden, mut output) = (vec![0i8; image.c1 * hw], vec![0i8; image.c2 * hw]);
        let mut snapshots = Vec::new();
        let mut slots = 0;
        while b.dut.busy.val() {
            if b.dut.mon_wr.val() {
                let output_layer = b.dut.mon_layer.val();
                let (layer, c) = if output_layer { (&mut output, image.c2) } else { (&mut hidden, image.c1) };
                let (group, pos) = (b.dut.mon_group.val().index(), b.dut.mon_pos.val().index());
                let (mask, spins) = (b.dut.mon_mask.val().index(), b.dut.mon_spins.val().index());
                for l in 0..p {
                    if mask >> l & 1 == 1 {
                        layer[(group * p + l) * hw + pos] = if spins >> l & 1 == 1 { 1 } else { -1 };
                    }
                }
                if !b.dut.mon_clamp.val() {
                    slots += 1;
                    if slots == hw * c.div_ceil(p) {
                        let which = if output_layer { Layer::Output } else { Layer::Hidden };
                        snapshots.push((b.dut.mon_sweep.val().index() as u32, which, layer.clone()));
                        slots = 0;
                    }
                }
            }
            b.cycle();
        }
        assert_eq!(b.read(reg::STATUS), 2, "STATUS: idle, done");
        assert_eq!(b.read(reg::ID), reg::CHIP_ID);
        let words: Vec<u32> = readout_addresses(image, x.h, x.w).into_iter().map(|a| b.read(a)).collect();
        (readout(image, x.h, x.w, run, &words), snapshots)
    }

    fn model_run(
        config: &ChipConfig,
        image: &ChipImage,
        x: &thermoblock_contract::spins::Spins,
        run: &ChipRun,
    ) -> (ChipResult, Vec<Snapshot>) {
        let model = ChipModel::new(image.clone(), *config, x.h, x.w);
        let mut snapshots = Vec::new();
        let mut observe = |g: u32, layer: Layer, spins: &[i8]| snapshots.push((g, layer, spins.to_vec()));
        let result = model.run_observed(x, run, lanes(run.seed, config.lanes), Some(&mut observe));
        (result, snapshots)
    }

    /// A block with a partial last lane group in both layers (5 hidden, 3 output channels on 4
    /// lanes) on a 2 x 3 grid: the RTL holds the model's spins after every half-sweep and reads
    /// back its sums and cycle count; the same run with another seed does not (the comparison has
    /// teeth).
    #[test]
    fn runs_a_block_in_lockstep_with_the_chip_model() {
        let block = random_block(&RandomBlockSpec { c0: 2, c1: 5, c2: 3, kernel: 3, coupling: 1.0 }, 4).unwrap();
        let x = random_spins(2, 2, 3, 4);
        let (image, _) = quantize(&block, &ICE40, 2, 3).unwrap();
        let run = ChipRun { delta: 0.6, sweeps: 4, burn_in: 1, seed: 11 };
        let (rtl, rtl_layers) = run_rtl(ChipIce40::new(&ICE40), &ICE40, &image, &x, &run);
        assert_lockstep(&ICE40, &image, &x, &run, rtl, rtl_layers);
    }

    /// The iCEBreaker's chip (one lane, the coupling bank single-port): 9 hidden and 5 output
    /// channels are 9 and 5 lane groups, so every bit of the group's `stride` multiple is used;
    /// the weights go through the single-port bank's write address.
    #[test]
    fn the_one_lane_chip_runs_in_lockstep_with_the_chip_model() {
        let block = random_block(&RandomBlockSpec { c0: 2, c1: 9, c2: 5, kernel: 3, coupling: 1.0 }, 5).unwrap();
        let x = random_spins(2, 2, 2, 5);
        let (image, _) = quantize(&block, &ICE40_UP5K, 2, 2).unwrap();
        let run = ChipRun { delta: 0.6, sweeps: 3, burn_in: 1, seed: 13 };
        let (rtl, rtl_layers) = run_rtl(ChipIce40Up5k::new(&ICE40_UP5K), &ICE40_UP5K, &image, &x, &run);
        assert_lockstep(&ICE40_UP5K, &image, &x, &run, rtl, rtl_layers);
    }

    /// The RTL's layers after every half-sweep and its result are the model's; another seed's are
    /// not (the comparison has teeth).
    fn assert_lockstep(
        config: &ChipConfig,
        image: &ChipImage,
        x: &thermoblock_contract::spins::Spins,
        run: &ChipRun,
        rtl: ChipResult,
        rtl_layers: Vec<Snapshot>,
    ) {
        let (model, model_layers) = model_run(config, image, x, run);
        assert_eq!(rtl_layers.len(), 2 * run.sweeps as usize);
        for (r, m) in rtl_layers.iter().zip(&model_layers) {
            assert_eq!(r, m, "{}: RTL and model differ after sweep {} ({:?})", config.name, m.0, m.1);
        }
        assert_eq!(rtl, model);
        let (_, other) = model_run(config, image, x, &ChipRun { seed: run.seed + 1, ..*run });
        assert_ne!(rtl_layers, other, "another seed gives other spins");
    }

    crate::verilog_checks!("chip_ice40");

    /// The iCEBreaker's chip (`rtl` verilates it as `VChipIce40Up5k`).
    mod up5k {
        crate::verilog_checks!("chip_ice40_up5k");
    }

    #[test]
    fn ecp5_verilog_passes_verilator_lint() {
        verilog::assert_lint_clean("chip_ecp5");
    }

    #[test]
    fn ecp5_checked_in_verilog_is_current() {
        verilog::assert_checked_in("chip_ecp5");
    }
}
