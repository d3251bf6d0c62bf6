//! # `DecisionUnit`: one column's decisions on the plane engine
//!
//! **Purpose.** The plane engine's PE array leaves a column's sums in 0/1 spin form: `A = Σ w·[s =
//! +1]` over a position's in-grid terms. A decision unit turns each into a spin: it forms the
//! coupling sum `Σ w·s = 2A − B` (`B = Σ w` over the same terms, a border constant), adds the
//! output layer's clamped constant, and runs the field arithmetic, the threshold table and the
//! comparator of the contract on the column's own xorshift64 stream (docs/ARCHITECTURE.md, "The
//! plane engine": decision units). It is a lane without the accumulator: [`LaneRng`] and [`PBit`]
//! as sub-blocks, and the field arithmetic of `FieldUnit` at the plane engine's sum width.
//!
//! **Equation.** For the unit's `k`-th `decide` after `load` (`k = 0, 1, ..`), with `r_k` the
//! generator's `k`-th draw (`LaneRng::new(seed)`, `draw()` called `k + 1` times):
//! `acc = (doubled ? 2·a : a) − b + pre`, `field = field_code(acc, offset, delta_code,
//! shift_amount − 7)`, `spin = decide(threshold_table(), field, r_k)`, `start_spin = r_k ≥ 2^15` —
//! the functions of `thermoblock_contract::field` and `::pbit`. In the sweeps (`doubled`): hidden
//! spins `pre = 0`, `offset = h1`; output spins `pre = c2`, `offset = 0` (contract step 2). In the
//! clamp pass the array sums the selected differences `ΔK1 = K1P − K1M` (`ΔK3`), so `Σ K1x = a +
//! Σ K1M` (not doubled, `b` the negated border sum of `K1M`), and the unit's `field` at delta 1 is
//! the clamped constant `h1` (or `c2`) while `start_spin` is the start spin (contract steps 1, 4).
//! Every `decide` draws, whether or not the engine keeps the spin, so a column's stream never
//! depends on the block.
//!
//! **Ports** (`top` in the generated Verilog, `hdl/generated/plane_decision.v`):
//!
//! | port           | dir | width      | timing |
//! |----------------|-----|------------|--------|
//! | `clock`        | in  | 1          | rising edge |
//! | `seed`         | in  | 64         | `lane_seed(seed, column)` (never 0), sampled when `load` is high |
//! | `load`         | in  | 1          | generator `state <= seed`; not within [`STEP_DELAY`] edges after a `decide` |
//! | `decide`       | in  | 1          | a sum is here: sample `doubled`, `a`, `b`, `pre`, `delta_code`, `shift_amount`, `offset`; **also the generator's step strobe** |
//! | `doubled`      | in  | 1          | `acc` takes `2a` (sweeps: `±1` spins in 0/1 form), else `a` (the clamp pass) |
//! | `a`            | in  | 19, signed | [`SUM_BITS`]: the PE array's sum `A` |
//! | `b`            | in  | 19, signed | the border constant `B` of the destination channel and the position's border class |
//! | `pre`          | in  | 16, signed | `c2` for output spins, 0 for hidden spins |
//! | `delta_code`   | in  | 16         | `1 ..= 32768` |
//! | `shift_amount` | in  | 5          | `e2 + 7`, `0 ..= 31` |
//! | `offset`       | in  | 16, signed | `h1` for hidden spins, 0 for output spins |
//! | `acc`          | out | 19, signed | debug: `2a − b + pre`, registered at the `decide` edge |
//! | `field`        | out | 16, signed | the field code, shown from two edges before `spin_valid`'s (edge `t + 4`), held until the next decision's (the clamp pass stores it) |
//! | `state`        | out | 64         | debug: the generator register |
//! | `spin`         | out | 1          | `true` = +1; valid with `spin_valid`, held until the next result |
//! | `spin_valid`   | out | 1          | high for one clock, [`LATENCY`] edges after the `decide` edge |
//! | `start_spin`   | out | 1          | top bit of the draw, same timing as `spin`: the start spin of contract step 4 |
//!
//! **Width.** `acc` has [`SUM_BITS`] = `ECP5_85F_PLANE.accumulator_bits()` = 19 bits: `C·k² + 1`
//! terms of magnitude ≤ 128 for `C` up to 128 (the quantizer refuses an image whose `c2` plus its
//! couplings could leave them). `2a − b + pre` is formed modulo `2^19`, which is exact for every
//! sum of a block that fits (the two's-complement wrap of the parts cancels). The product `acc · delta_code` is `lo · d + hi · d · 2^16`
//! with `lo = acc[15:0]` (one 16 x 16 multiplier) and `hi = acc[18:16]` signed, `hi · d` the sum of
//! `d · 2^16`, `d · 2^17` and `−d · 2^18` selected by those three bits. The rest is `FieldUnit`'s
//! pipeline at this width: round half up, arithmetic right shift by `k` in two steps, clamp, add
//! the offset, saturate to 16 bits (one stage more than `FieldUnit`, below). The stages are
//! written again here rather than shared with `FieldUnit`, whose width is the lane chip's 18 bits:
//! any change to that unit changes the checked-in lane bitstreams, and it is retired with the lanes
//! (stage 5 of the plane engine).
//!
//! **Latency: [`LATENCY`] = 7 clocks**, fully pipelined (one `decide` per clock). `decide` at edge
//! `t`: `acc` after `t`; the multiply at `t + 1`; the coarse shift at `t + 2`; the fine shift and
//! clamp at `t + 3`; the offset and saturation at `t + 4`, when the generator steps ([`STEP_DELAY`]
//! = 4); `PBit` samples field and draw at `t + 5`; its compare is registered at `t + 6`, so
//! `spin`, `start_spin`, `spin_valid` show after edge `t + 6`. With the plane store's write one
//! edge later, a spin is readable `DECISION_LATENCY` = 8 edges after its `decide` (checked at
//! compile time against the contract, `thermoblock_contract::plane`). The offset add has a stage
//! of its own because with the shift and clamp before it, it was the unit's critical path (80 MHz
//! post-route on the ECP5-85F; split, the unit meets 100 MHz: `make measure-plane-decision`). The
//! compare has its register because the threshold table's 5.6 ns clock-to-output and the compare
//! feeding the drain's row and sum logic directly held the drain to 47.6 MHz post-route.
//!
//! **`load`** at edge `u` is allowed iff there was no `decide` at edges `u − 1 ..= u − 4` (that
//! decision's step would take the new seed's draw, or be lost to `load`'s priority). Power-up state
//! is 0, xorshift's fixed point: a unit draws 0 until loaded.
//!
//! **Reset.** None: every register powers up as 0 (`spin_valid` = 0).

use rust_hdl::prelude::*;
use thermoblock_contract::config::ECP5_85F_PLANE;
use thermoblock_contract::plane::DECISION_LATENCY;

use crate::chip::field_unit::{DELTA_BITS, Extend, SHIFT_BITS};
use crate::chip::lane_rng::LaneRng;
use crate::chip::pbit::PBit;
use crate::constant;
use crate::testbench::Clocked;
use crate::{DRAW_BITS, FIELD_WIDTH, STATE_BITS};

/// Bits of a sum `A`, a border constant `B` and the pre-added `acc`: the plane engine's accumulator.
pub const SUM_BITS: usize = ECP5_85F_PLANE.accumulator_bits() as usize;
/// Bits of `pre`: the output layer's clamped constant `c2` is a 16-bit code.
pub const PRE_BITS: usize = FIELD_WIDTH;
/// Clock edges from the `decide` edge to `spin_valid` (counting the `decide` edge).
pub const LATENCY: u64 = 7;
/// Edges after the `decide` edge at which the generator steps: where the field is registered.
pub const STEP_DELAY: u64 = 4;

/// Width of rust-hdl's one multiplier (16 x 16 -> 32, unsigned).
const MUL_BITS: usize = 16;
/// The product of two multiplier operands.
const MUL_OUT_BITS: usize = 2 * MUL_BITS;
/// `acc · delta_code` plus the rounding constant.
const PROD_BITS: usize = SUM_BITS + DELTA_BITS;
/// The clamped shifted product plus the offset: `|sum| < 2^16 + 2^15`.
const OFFSET_SUM_BITS: usize = FIELD_WIDTH + 2;
/// Bits of the shifted product above a 16-bit value: all equal iff it fits 17 signed bits.
const TOP_BITS: usize = PROD_BITS - FIELD_WIDTH;
/// Low bits of the shift amount done in the last stage.
const FINE_BITS: usize = 3;

const _: () = assert!(LATENCY + 1 == DECISION_LATENCY as u64, "the unit and the store's write are the contract's");
const _: () = assert!(SUM_BITS == MUL_BITS + 3, "the high partial product handles a 3-bit signed top");
const _: () = assert!(DELTA_BITS == MUL_BITS, "delta_code is one multiplier operand");
const _: () = assert!(PRE_BITS < SUM_BITS);

/// One column's decision unit. See the module documentation for ports and timing.
#[derive(LogicBlock)]
pub struct DecisionUnit {
    pub clock: Signal<In, Clock>,
    pub seed: Signal<In, Bits<STATE_BITS>>,
    pub load: Signal<In, bool>,
    pub decide: Signal<In, bool>,
    /// `acc` takes `2a`, else `a`.
    pub doubled: Signal<In, bool>,
    pub a: Signal<In, Signed<SUM_BITS>>,
    pub b: Signal<In, Signed<SUM_BITS>>,
    pub pre: Signal<In, Signed<PRE_BITS>>,
    pub delta_code: Signal<In, Bits<DELTA_BITS>>,
    pub shift_amount: Signal<In, Bits<SHIFT_BITS>>,
    pub offset: Signal<In, Signed<FIELD_WIDTH>>,
    /// Debug: `2a − b + pre`.
    pub acc: Signal<Out, Signed<SUM_BITS>>,
    /// The field code.
    pub field: Signal<Out, Signed<FIELD_WIDTH>>,
    /// Debug: the generator's state.
    pub state: Signal<Out, Bits<STATE_BITS>>,
    /// `true` = +1.
    pub spin: Signal<Out, bool>,
    pub spin_valid: Signal<Out, bool>,
    /// Top bit of the decision's draw.
    pub start_spin: Signal<Out, bool>,
    rng: LaneRng,
    pbit: PBit,
    // Pre-add (the `decide` edge).
    pre_ext: Extend<PRE_BITS, SUM_BITS, true>,
    /// `2a` or `a`.
    a_term: Signal<Local, Bits<SUM_BITS>>,
    p_acc: DFF<Bits<SUM_BITS>>,
    p_delta: DFF<Bits<DELTA_BITS>>,
    p_shift: DFF<Bits<SHIFT_BITS>>,
    p_offset: DFF<Bits<FIELD_WIDTH>>,
    p_valid: DFF<bool>,
    // Multiply.
    delta_ext: Extend<DELTA_BITS, PROD_BITS, false>,
    /// `acc[16] · d · 2^16`.
    hi_16: Signal<Local, Bits<PROD_BITS>>,
    /// `acc[17] · d · 2^17`.
    hi_17: Signal<Local, Bits<PROD_BITS>>,
    /// `acc[18] · d · 2^18` (the top bit weighs −4).
    hi_18: Signal<Local, Bits<PROD_BITS>>,
    /// `2^(k−1)`, or 0 for `k = 0`.
    half: Signal<Local, Bits<PROD_BITS>>,
    m_low: DFF<Bits<MUL_OUT_BITS>>,
    m_addend: DFF<Bits<PROD_BITS>>,
    m_shift: DFF<Bits<SHIFT_BITS>>,
    m_offset: DFF<Bits<FIELD_WIDTH>>,
    m_valid: DFF<bool>,
    // Coarse shift.
    low_ext: Extend<MUL_OUT_BITS, PROD_BITS, false>,
    /// `acc · d + 2^(k−1)`, two's complement.
    rounded: Signal<Local, Bits<PROD_BITS>>,
    coarse_amount: Signal<Local, Bits<SHIFT_BITS>>,
    s_coarse: DFF<Bits<PROD_BITS>>,
    s_fine: DFF<Bits<FINE_BITS>>,
    s_offset: DFF<Bits<FIELD_WIDTH>>,
    s_valid: DFF<bool>,
    // Fine shift and clamp.
    shifted: Signal<Local, Bits<PROD_BITS>>,
    clamped: Signal<Local, Bits<OFFSET_SUM_BITS>>,
    c_clamped: DFF<Bits<OFFSET_SUM_BITS>>,
    c_offset: DFF<Bits<FIELD_WIDTH>>,
    c_valid: DFF<bool>,
    // Offset and saturation.
    offset_ext: Extend<FIELD_WIDTH, OFFSET_SUM_BITS, true>,
    sum: Signal<Local, Bits<OFFSET_SUM_BITS>>,
    f_field: DFF<Bits<FIELD_WIDTH>>,
    f_valid: DFF<bool>,
    // The generator's step and the p-bit's companions.
    step_1: DFF<bool>,
    step_2: DFF<bool>,
    step_3: DFF<bool>,
    step_4: DFF<bool>,
    valid_q: DFF<bool>,
    start_q: DFF<bool>,
    /// The compare's register, and the valid flag and start spin beside it.
    spin_r: DFF<bool>,
    valid_r: DFF<bool>,
    start_r: DFF<bool>,
    // Constants.
    lsb_sum: Constant<Bits<{ clog2(SUM_BITS) }>>,
    bit_16: Constant<Bits<{ clog2(SUM_BITS) }>>,
    bit_17: Constant<Bits<{ clog2(SUM_BITS) }>>,
    bit_18: Constant<Bits<{ clog2(SUM_BITS) }>>,
    weight_16: Constant<Bits<{ clog2(PROD_BITS) }>>,
    weight_17: Constant<Bits<{ clog2(PROD_BITS) }>>,
    weight_18: Constant<Bits<{ clog2(PROD_BITS) }>>,
    lsb: Constant<Bits<{ clog2(PROD_BITS) }>>,
    shift_lsb: Constant<Bits<{ clog2(SHIFT_BITS) }>>,
    sum_lsb: Constant<Bits<{ clog2(OFFSET_SUM_BITS) }>>,
    one_bit: Constant<Bits<1>>,
    zero_prod: Constant<Bits<PROD_BITS>>,
    one_prod: Constant<Bits<PROD_BITS>>,
    ones_prod: Constant<Bits<PROD_BITS>>,
    prod_sign: Constant<Bits<{ clog2(PROD_BITS) }>>,
    coarse_mask: Constant<Bits<SHIFT_BITS>>,
    top_lsb: Constant<Bits<{ clog2(PROD_BITS) }>>,
    top_zero: Constant<Bits<TOP_BITS>>,
    top_ones: Constant<Bits<TOP_BITS>>,
    clamp_low: Constant<Bits<OFFSET_SUM_BITS>>,
    clamp_high: Constant<Bits<OFFSET_SUM_BITS>>,
    sum_sign: Constant<Bits<{ clog2(OFFSET_SUM_BITS) }>>,
    sat_lsb: Constant<Bits<{ clog2(OFFSET_SUM_BITS) }>>,
    sat_zero: Constant<Bits<3>>,
    sat_ones: Constant<Bits<3>>,
    field_min: Constant<Bits<FIELD_WIDTH>>,
    field_max: Constant<Bits<FIELD_WIDTH>>,
    draw_msb: Constant<Bits<{ clog2(DRAW_BITS) }>>,
}

impl Default for DecisionUnit {
    fn default() -> Self {
        let prod_mask = (1u64 << PROD_BITS) - 1;
        let field_max = (1u64 << (FIELD_WIDTH - 1)) - 1;
        Self {
            clock: Default::default(),
            seed: Default::default(),
            load: Default::default(),
            decide: Default::default(),
            doubled: Default::default(),
            a: Default::default(),
            b: Default::default(),
            pre: Default::default(),
            delta_code: Default::default(),
            shift_amount: Default::default(),
            offset: Default::default(),
            acc: Default::default(),
            field: Default::default(),
            state: Default::default(),
            spin: Default::default(),
            spin_valid: Default::default(),
            start_spin: Default::default(),
            rng: Default::default(),
            pbit: Default::default(),
            pre_ext: Default::default(),
            a_term: Default::default(),
            p_acc: Default::default(),
            p_delta: Default::default(),
            p_shift: Default::default(),
            p_offset: Default::default(),
            p_valid: Default::default(),
            delta_ext: Default::default(),
            hi_16: Default::default(),
            hi_17: Default::default(),
            hi_18: Default::default(),
            half: Default::default(),
            m_low: Default::default(),
            m_addend: Default::default(),
            m_shift: Default::default(),
            m_offset: Default::default(),
            m_valid: Default::default(),
            low_ext: Default::default(),
            rounded: Default::default(),
            coarse_amount: Default::default(),
            s_coarse: Default::default(),
            s_fine: Default::default(),
            s_offset: Default::default(),
            s_valid: Default::default(),
            shifted: Default::default(),
            clamped: Default::default(),
            c_clamped: Default::default(),
            c_offset: Default::default(),
            c_valid: Default::default(),
            offset_ext: Default::default(),
            sum: Default::default(),
            f_field: Default::default(),
            f_valid: Default::default(),
            step_1: Default::default(),
            step_2: Default::default(),
            step_3: Default::default(),
            step_4: Default::default(),
            valid_q: Default::default(),
            start_q: Default::default(),
            spin_r: Default::default(),
            valid_r: Default::default(),
            start_r: Default::default(),
            lsb_sum: constant(0),
            bit_16: constant(MUL_BITS as u64),
            bit_17: constant((MUL_BITS + 1) as u64),
            bit_18: constant((MUL_BITS + 2) as u64),
            weight_16: constant(MUL_BITS as u64),
            weight_17: constant((MUL_BITS + 1) as u64),
            weight_18: constant((MUL_BITS + 2) as u64),
            lsb: constant(0),
            shift_lsb: constant(0),
            sum_lsb: constant(0),
            one_bit: Constant::new(1u64.to_bits()),
            zero_prod: Constant::new(0u64.to_bits()),
            one_prod: Constant::new(1u64.to_bits()),
            ones_prod: Constant::new(prod_mask.to_bits()),
            prod_sign: constant((PROD_BITS - 1) as u64),
            coarse_mask: Constant::new(((1u64 << SHIFT_BITS) - (1 << FINE_BITS)).to_bits()),
            top_lsb: constant(FIELD_WIDTH as u64),
            top_zero: Constant::new(0u64.to_bits()),
            top_ones: Constant::new(((1u64 << TOP_BITS) - 1).to_bits()),
            // -2^16 and 2^16 - 1 at OFFSET_SUM_BITS.
            clamp_low: Constant::new(((1u64 << OFFSET_SUM_BITS) - (1 << FIELD_WIDTH)).to_bits()),
            clamp_high: Constant::new(((1u64 << FIELD_WIDTH) - 1).to_bits()),
            sum_sign: constant((OFFSET_SUM_BITS - 1) as u64),
            sat_lsb: constant((FIELD_WIDTH - 1) as u64),
            sat_zero: Constant::new(0u64.to_bits()),
            sat_ones: Constant::new(7u64.to_bits()),
            field_min: Constant::new((field_max + 1).to_bits()),
            field_max: Constant::new(field_max.to_bits()),
            draw_msb: constant((DRAW_BITS - 1) as u64),
        }
    }
}

impl Logic for DecisionUnit {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, rng, pbit);
        dff_setup!(
            self, clock, p_acc, p_delta, p_shift, p_offset, p_valid, m_low, m_addend, m_shift, m_offset, m_valid,
            s_coarse, s_fine, s_offset, s_valid, c_clamped, c_offset, c_valid, f_field, f_valid, step_1, step_2,
            step_3, step_4, valid_q, start_q, spin_r, valid_r, start_r
        );
        // Generator: loaded by `load`, stepped STEP_DELAY edges after each `decide`.
        self.rng.seed.next = self.seed.val();
        self.rng.load.next = self.load.val();
        self.step_1.d.next = self.decide.val();
        self.step_2.d.next = self.step_1.q.val();
        self.step_3.d.next = self.step_2.q.val();
        self.step_4.d.next = self.step_3.q.val();
        self.rng.step.next = self.step_4.q.val();

        // Pre-add: acc = (doubled ? 2a : a) − b + pre modulo 2^SUM_BITS (exact for sums in range).
        self.pre_ext.narrow.next = unsigned_cast(self.pre.val());
        self.a_term.next = unsigned_cast(self.a.val());
        if self.doubled.val() {
            self.a_term.next = unsigned_cast::<SUM_BITS>(self.a.val()) << self.one_bit.val();
        }
        if self.decide.val() {
            self.p_acc.d.next = self.a_term.val() - unsigned_cast(self.b.val()) + self.pre_ext.wide.val();
            self.p_delta.d.next = self.delta_code.val();
            self.p_shift.d.next = self.shift_amount.val();
            self.p_offset.d.next = unsigned_cast(self.offset.val());
        }
        self.p_valid.d.next = self.decide.val();

        // Multiply: lo · d, and hi · d · 2^16 + 2^(k−1).
        self.delta_ext.narrow.next = self.p_delta.q.val();
        self.hi_16.next = self.zero_prod.val();
        if self.p_acc.q.val().get_bit(self.bit_16.val().index()) {
            self.hi_16.next = self.delta_ext.wide.val() << self.weight_16.val();
        }
        self.hi_17.next = self.zero_prod.val();
        if self.p_acc.q.val().get_bit(self.bit_17.val().index()) {
            self.hi_17.next = self.delta_ext.wide.val() << self.weight_17.val();
        }
        self.hi_18.next = self.zero_prod.val();
        if self.p_acc.q.val().get_bit(self.bit_18.val().index()) {
            self.hi_18.next = self.delta_ext.wide.val() << self.weight_18.val();
        }
        self.half.next = (self.one_prod.val() << self.p_shift.q.val()) >> self.one_bit.val();
        if self.p_valid.q.val() {
            self.m_low.d.next =
                self.p_acc.q.val().get_bits::<MUL_BITS>(self.lsb_sum.val().index()) * self.p_delta.q.val();
            self.m_addend.d.next = self.hi_16.val() + self.hi_17.val() - self.hi_18.val() + self.half.val();
            self.m_shift.d.next = self.p_shift.q.val();
            self.m_offset.d.next = self.p_offset.q.val();
        }
        self.m_valid.d.next = self.p_valid.q.val();

        // Coarse shift: t = lo · d + addend, arithmetic shift right by k & 24.
        self.low_ext.narrow.next = self.m_low.q.val();
        self.rounded.next = self.low_ext.wide.val() + self.m_addend.q.val();
        self.coarse_amount.next = self.m_shift.q.val() & self.coarse_mask.val();
        if self.m_valid.q.val() {
            self.s_coarse.d.next = self.rounded.val() >> self.coarse_amount.val();
            if self.rounded.val().get_bit(self.prod_sign.val().index()) {
                self.s_coarse.d.next = (self.rounded.val() >> self.coarse_amount.val())
                    | !(self.ones_prod.val() >> self.coarse_amount.val());
            }
            self.s_fine.d.next = self.m_shift.q.val().get_bits::<FINE_BITS>(self.shift_lsb.val().index());
            self.s_offset.d.next = self.m_offset.q.val();
        }
        self.s_valid.d.next = self.m_valid.q.val();

        // Fine shift by k & 7, clamp to 17 bits.
        self.shifted.next = self.s_coarse.q.val() >> self.s_fine.q.val();
        if self.s_coarse.q.val().get_bit(self.prod_sign.val().index()) {
            self.shifted.next =
                (self.s_coarse.q.val() >> self.s_fine.q.val()) | !(self.ones_prod.val() >> self.s_fine.q.val());
        }
        self.clamped.next = self.shifted.val().get_bits::<OFFSET_SUM_BITS>(self.lsb.val().index());
        if (self.shifted.val().get_bits::<TOP_BITS>(self.top_lsb.val().index()) != self.top_zero.val())
            & (self.shifted.val().get_bits::<TOP_BITS>(self.top_lsb.val().index()) != self.top_ones.val())
        {
            self.clamped.next = self.clamp_high.val();
            if self.shifted.val().get_bit(self.prod_sign.val().index()) {
                self.clamped.next = self.clamp_low.val();
            }
        }
        if self.s_valid.q.val() {
            self.c_clamped.d.next = self.clamped.val();
            self.c_offset.d.next = self.s_offset.q.val();
        }
        self.c_valid.d.next = self.s_valid.q.val();

        // Add the offset, saturate to 16 bits.
        self.offset_ext.narrow.next = self.c_offset.q.val();
        self.sum.next = self.c_clamped.q.val() + self.offset_ext.wide.val();
        if self.c_valid.q.val() {
            self.f_field.d.next = self.sum.val().get_bits::<FIELD_WIDTH>(self.sum_lsb.val().index());
            if (self.sum.val().get_bits::<3>(self.sat_lsb.val().index()) != self.sat_zero.val())
                & (self.sum.val().get_bits::<3>(self.sat_lsb.val().index()) != self.sat_ones.val())
            {
                self.f_field.d.next = self.field_max.val();
                if self.sum.val().get_bit(self.sum_sign.val().index()) {
                    self.f_field.d.next = self.field_min.val();
                }
            }
        }
        self.f_valid.d.next = self.c_valid.q.val();

        // P-bit: the field and the draw, sampled together one edge after both are registered.
        self.pbit.field.next = signed_cast(self.f_field.q.val());
        self.pbit.r.next = self.rng.draw.val();
        self.valid_q.d.next = self.f_valid.q.val();
        self.start_q.d.next = self.rng.draw.val().get_bit(self.draw_msb.val().index());

        self.acc.next = signed_cast(self.p_acc.q.val());
        self.field.next = signed_cast(self.f_field.q.val());
        self.state.next = self.rng.state.val();
        self.spin_r.d.next = self.pbit.spin.val();
        self.valid_r.d.next = self.valid_q.q.val();
        self.start_r.d.next = self.start_q.q.val();
        self.spin.next = self.spin_r.q.val();
        self.spin_valid.next = self.valid_r.q.val();
        self.start_spin.next = self.start_r.q.val();
    }
}

impl Clocked for DecisionUnit {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use rust_hdl::prelude::*;
    use thermoblock_contract::field::{SHIFT_BIAS, field_code};
    use thermoblock_contract::pbit::{decide, threshold_table};
    use thermoblock_contract::rng::{LaneRng, RANDOM_BITS, lane_seed};

    use super::{DecisionUnit, LATENCY, PRE_BITS, STEP_DELAY, SUM_BITS};
    use crate::chip::field_unit::MAX_SHIFT;
    use crate::flow::verilog;
    use crate::testbench::{Bench, Stream, VectorLine};

    const SUM_MIN: i64 = -(1 << (SUM_BITS - 1));
    const SUM_MAX: i64 = (1 << (SUM_BITS - 1)) - 1;
    const PRE_MIN: i64 = -(1 << (PRE_BITS - 1));
    const PRE_MAX: i64 = (1 << (PRE_BITS - 1)) - 1;

    /// How the golden model decides: the contract, or a planted bug.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Twin {
        Contract,
        /// The 0/1 form taken for the ±1 form: `acc = a − b + pre`.
        SumNotDoubled,
        /// The border constant added instead of subtracted: `acc = 2a + b + pre`.
        BorderAdded,
        /// Always doubles: the clamp pass's `a` counted twice.
        AlwaysDoubles,
        /// Takes the top bits, then steps: decision `k` reuses decision `k − 1`'s draw.
        DrawsBeforeStep,
    }

    /// The port values driven in one cycle (fields sampled only with `decide` carry garbage
    /// otherwise, on purpose).
    #[derive(Clone, Copy, Debug, Default)]
    struct Drive {
        load: bool,
        seed: u64,
        decide: bool,
        doubled: bool,
        a: i64,
        b: i64,
        pre: i64,
        delta: u16,
        /// `shift_amount`, `k = e2 + 7`.
        k: u32,
        offset: i16,
    }

    /// What the unit shows after an edge (`None`: not defined yet, after power-up or a `load`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct Shown {
        spin_valid: bool,
        spin: Option<bool>,
        start_spin: Option<bool>,
        field: i16,
        acc: i64,
    }

    #[derive(Clone, Copy)]
    struct Decision {
        field: i16,
        spin: bool,
        start: bool,
    }

    struct Gold {
        twin: Twin,
        table: Vec<u16>,
        rng: LaneRng,
        /// Decisions in flight: entry 0 is the one whose spin shows after this edge.
        pipe: VecDeque<Option<Decision>>,
        /// `decide` at the previous STEP_DELAY edges: a `load` now would break the contract.
        recent: VecDeque<bool>,
        /// Edges left in which a `load` shows: from the edge after it the p-bit sees the new
        /// seed's draw, and the compare's register shows that an edge later, so `spin` and
        /// `start_spin` mean nothing for two edges, until the next result.
        loaded: u8,
        out: Shown,
    }

    impl Gold {
        fn new(twin: Twin) -> Self {
            Self {
                twin,
                table: threshold_table(),
                rng: LaneRng { state: 0 },
                pipe: std::iter::repeat_n(None, LATENCY as usize - 1).collect(),
                recent: std::iter::repeat_n(false, STEP_DELAY as usize).collect(),
                loaded: 0,
                out: Shown { spin_valid: false, spin: None, start_spin: None, field: 0, acc: 0 },
            }
        }

        fn edge(&mut self, d: &Drive) -> Shown {
            if self.loaded > 0 {
                (self.out.spin, self.out.start_spin) = (None, None);
                self.loaded -= 1;
            }
            if d.load {
                self.loaded = 2;
            }
            if d.load {
                assert!(!self.recent.contains(&true), "invalid stimulus: `load` while a decision is in flight");
                self.rng = LaneRng::new(d.seed);
            }
            let decision = d.decide.then(|| {
                let a = if d.doubled { 2 * d.a } else { d.a };
                assert!((SUM_MIN..=SUM_MAX).contains(&(a - d.b + d.pre)), "invalid stimulus: the sum leaves SUM_BITS");
                let acc = match self.twin {
                    Twin::SumNotDoubled => d.a - d.b + d.pre,
                    Twin::BorderAdded => a + d.b + d.pre,
                    Twin::AlwaysDoubles => 2 * d.a - d.b + d.pre,
                    _ => a - d.b + d.pre,
                };
                self.out.acc = (acc << (64 - SUM_BITS)) >> (64 - SUM_BITS);
                let field = field_code(acc, d.offset.into(), d.delta, d.k as i32 - SHIFT_BIAS);
                let r = if self.twin == Twin::DrawsBeforeStep {
                    let r = (self.rng.state >> (u64::BITS - RANDOM_BITS)) as u16;
                    self.rng.step();
                    r
                } else {
                    self.rng.draw()
                };
                Decision { field, spin: decide(&self.table, field, r), start: r >> (RANDOM_BITS - 1) == 1 }
            });
            self.pipe.push_back(decision);
            self.recent.push_front(d.decide);
            self.recent.truncate(STEP_DELAY as usize);
            let done = self.pipe.pop_front().expect("the queue holds LATENCY - 1 entries");
            self.out.spin_valid = done.is_some();
            if let Some(r) = done {
                (self.out.spin, self.out.start_spin) = (Some(r.spin), Some(r.start));
            }
            // The field shows two edges before the spin (registered at t + 4, the spin after t + 6).
            if let Some(Some(r)) = self.pipe.get(1) {
                self.out.field = r.field;
            }
            self.out
        }
    }

    fn apply(bench: &mut Bench<DecisionUnit>, d: &Drive) {
        let dut = &mut bench.dut;
        dut.load.next = d.load;
        dut.seed.next = d.seed.to_bits();
        dut.decide.next = d.decide;
        dut.doubled.next = d.doubled;
        dut.a.next = d.a.into();
        dut.b.next = d.b.into();
        dut.pre.next = d.pre.into();
        dut.delta_code.next = d.delta.to_bits();
        dut.shift_amount.next = u64::from(d.k).to_bits();
        dut.offset.next = i64::from(d.offset).into();
    }

    /// What the unit showed after every edge, in rust-hdl's simulator.
    fn simulate(drives: &[Drive]) -> Vec<Shown> {
        let mut bench = Bench::new(DecisionUnit::default());
        drives
            .iter()
            .map(|d| {
                apply(&mut bench, d);
                bench.cycle();
                let dut = &bench.dut;
                let acc = dut.acc.val().inner().to_u64() as i64;
                Shown {
                    spin_valid: dut.spin_valid.val(),
                    spin: Some(dut.spin.val()),
                    start_spin: Some(dut.start_spin.val()),
                    field: dut.field.val().inner().to_u64() as u16 as i16,
                    acc: (acc << (64 - SUM_BITS)) >> (64 - SUM_BITS),
                }
            })
            .collect()
    }

    fn expectations(twin: Twin, drives: &[Drive]) -> Vec<Shown> {
        let mut gold = Gold::new(twin);
        drives.iter().map(|d| gold.edge(d)).collect()
    }

    /// The first cycle (1-based) and port at which the unit differs from the twin, or the number
    /// of results compared.
    fn compare(twin: Twin, drives: &[Drive], got: &[Shown]) -> Result<u64, String> {
        let mut results = 0;
        for (i, (e, g)) in expectations(twin, drives).iter().zip(got).enumerate() {
            let differs = e.spin_valid != g.spin_valid
                || e.spin.is_some_and(|s| Some(s) != g.spin)
                || e.start_spin.is_some_and(|s| Some(s) != g.start_spin)
                || e.field != g.field
                || e.acc != g.acc;
            if differs {
                return Err(format!("cycle {}: expected {e:?}, got {g:?} (drive {:?})", i + 1, drives[i]));
            }
            results += u64::from(g.spin_valid);
        }
        Ok(results)
    }

    /// One decision's inputs: a sum pair whose `2a − b + pre` fits `SUM_BITS`, often at the edges
    /// of the range, and field parameters across theirs.
    fn random_decision(s: &mut Stream) -> Drive {
        let pick = |s: &mut Stream, lo: i64, hi: i64| match s.below(6) {
            0 => lo,
            1 => hi,
            _ => lo + (s.next() % (hi - lo + 1) as u64) as i64,
        };
        loop {
            let (a, b, pre) = (pick(s, SUM_MIN, SUM_MAX), pick(s, SUM_MIN, SUM_MAX), pick(s, PRE_MIN, PRE_MAX));
            // Sweeps mostly; the clamp pass's undoubled sums a quarter of the time.
            let doubled = s.below(4) != 0;
            if !(SUM_MIN..=SUM_MAX).contains(&(if doubled { 2 * a } else { a } - b + pre)) {
                continue;
            }
            let delta = match s.below(4) {
                0 => 1 << 15,
                1 => 1 + s.below(8) as u16,
                _ => 1 + s.below(1 << 15) as u16,
            };
            return Drive {
                decide: true,
                doubled,
                a,
                b,
                pre,
                delta,
                k: s.below(MAX_SHIFT + 1) as u32,
                offset: s.next() as i16,
                ..Drive::default()
            };
        }
    }

    /// Runs of decisions, each after a `load` of a lane seed; decisions come back to back or with
    /// gaps whose inputs are garbage.
    fn stimulus(seed: u64, runs: usize, per_run: usize) -> Vec<Drive> {
        let mut s = Stream(seed);
        let mut drives = Vec::new();
        for run in 0..runs {
            drives.extend(std::iter::repeat_n(Drive::default(), STEP_DELAY as usize));
            drives.push(Drive { load: true, seed: lane_seed(seed, run), ..Drive::default() });
            for _ in 0..per_run {
                while s.chance(30) {
                    let mut idle = random_decision(&mut s);
                    idle.decide = false;
                    drives.push(idle);
                }
                drives.push(random_decision(&mut s));
            }
        }
        drives.extend(std::iter::repeat_n(Drive::default(), LATENCY as usize));
        drives
    }

    #[test]
    fn matches_the_contract_every_cycle() {
        let drives = stimulus(11, 4, 1500);
        let results = compare(Twin::Contract, &drives, &simulate(&drives)).unwrap_or_else(|m| panic!("{m}"));
        assert_eq!(results, 4 * 1500);
    }

    #[test]
    fn planted_bugs_are_caught() {
        let drives = stimulus(12, 2, 200);
        let got = simulate(&drives);
        for twin in [Twin::SumNotDoubled, Twin::BorderAdded, Twin::AlwaysDoubles, Twin::DrawsBeforeStep] {
            assert!(compare(twin, &drives, &got).is_err(), "{twin:?} went unnoticed");
        }
    }

    #[test]
    fn the_range_edges_are_exact() {
        // The largest sums either way, at every shift, full delta and the smallest.
        let mut drives = vec![Drive { load: true, seed: lane_seed(3, 0), ..Drive::default() }];
        for k in 0..=MAX_SHIFT as u32 {
            for (a, b, pre) in
                [(SUM_MAX, SUM_MAX, 0), (SUM_MIN, SUM_MIN, 0), (SUM_MIN / 2 - PRE_MIN / 2, 0, PRE_MIN), (0, 1, PRE_MAX)]
            {
                for delta in [1, 1 << 15] {
                    drives.push(Drive {
                        decide: true,
                        doubled: true,
                        a,
                        b,
                        pre,
                        delta,
                        k,
                        offset: 0,
                        ..Drive::default()
                    });
                }
            }
            // Undoubled (the clamp pass) at delta 1.
            for (a, b) in [(SUM_MAX, 0), (SUM_MIN, 0), (0, SUM_MIN + 1), (0, SUM_MAX)] {
                drives.push(Drive { decide: true, a, b, delta: 1 << 15, k, ..Drive::default() });
            }
        }
        drives.extend(std::iter::repeat_n(Drive::default(), LATENCY as usize));
        compare(Twin::Contract, &drives, &simulate(&drives)).unwrap_or_else(|m| panic!("{m}"));
    }

    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  reg clock = 0;
  reg load = 0;
  reg [63:0] seed = 0;
  reg decide = 0;
  reg doubled = 0;
  reg signed [18:0] a = 0;
  reg signed [18:0] b = 0;
  reg signed [15:0] pre = 0;
  reg [15:0] delta_code = 0;
  reg [4:0] shift_amount = 0;
  reg signed [15:0] offset = 0;
  wire signed [18:0] acc;
  wire signed [15:0] field;
  wire [63:0] state;
  wire spin;
  wire spin_valid;
  wire start_spin;
  reg [199:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .seed(seed), .load(load), .decide(decide), .doubled(doubled), .a(a), .b(b), .pre(pre),
          .delta_code(delta_code), .shift_amount(shift_amount), .offset(offset), .acc(acc), .field(field),
          .state(state), .spin(spin), .spin_valid(spin_valid), .start_spin(start_spin));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {load, seed, decide, doubled, a, b, pre, delta_code, shift_amount, offset} = vec[i][197:40];
      #1 clock = 1;
      #1 clock = 0;
      if (spin_valid !== vec[i][39] || (vec[i][38] && spin !== vec[i][37]) || (vec[i][36] && start_spin !== vec[i][35])
          || field !== vec[i][34:19] || acc !== vec[i][18:0]) begin
        if (errors < 10) $display("MISMATCH cycle %0d: expected %h, got spin_valid %h spin %h start %h field %h acc %h",
                                  i + 1, vec[i][39:0], spin_valid, spin, start_spin, field, acc);
        errors = errors + 1;
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    #[test]
    fn generated_verilog_matches_the_contract() {
        let drives = stimulus(13, 3, 600);
        let lines: Vec<String> = drives
            .iter()
            .zip(expectations(Twin::Contract, &drives))
            .map(|(d, e)| {
                // 158 input bits above 40 expected-output bits; `hex` pads the top to 200.
                let mut v = VectorLine::default();
                for (value, width) in [
                    (d.load.into(), 1),
                    (d.seed, 64),
                    (d.decide.into(), 1),
                    (d.doubled.into(), 1),
                    (d.a as u64, SUM_BITS),
                    (d.b as u64, SUM_BITS),
                    (d.pre as u64, PRE_BITS),
                    (d.delta.into(), 16),
                    (d.k.into(), 5),
                    (d.offset as u64, 16),
                    (e.spin_valid.into(), 1),
                    (e.spin.is_some().into(), 1),
                    (e.spin.unwrap_or(false).into(), 1),
                    (e.start_spin.is_some().into(), 1),
                    (e.start_spin.unwrap_or(false).into(), 1),
                    (e.field as u64, 16),
                    (e.acc as u64, SUM_BITS),
                ] {
                    v.put(value & (u64::MAX >> (64 - width)), width);
                }
                v.hex()
            })
            .collect();
        let testbench = REPLAY_TESTBENCH.replace("@N@", &lines.len().to_string());
        verilog::assert_replay_clean("plane_decision", &testbench, &lines.concat());
    }

    crate::verilog_checks!("plane_decision");
}
