//! # `FieldUnit`: one p-bit lane's field datapath
//!
//! **Purpose.** Accumulates a lane's coupling sum `acc = Σ ±w` (16-bit coupling-memory words
//! selected by source spins, optionally on top of a preloaded constant) and turns it into the
//! lane's 16-bit field code for the p-bit. The arithmetic is defined once in
//! `thermoblock_contract::field::field_code` (contract step 2); this unit is that function in
//! gates and one multiplier, checked against it cycle by cycle.
//!
//! **Equation.** With `k = shift_amount = e2 + DELTA_FRAC_BITS - FIELD_FRAC_BITS = e2 + 7`:
//! `field = sat16(offset + round(acc · delta_code / 2^k))`, where `round(x / 2^k) =
//! floor((x + 2^(k-1)) / 2^k)` for `k > 0` (round half up: 2.5 → 3, −2.5 → −2) and `x` for
//! `k = 0`. This is `field_code(acc, offset, delta_code, e2)`: the contract's
//! `shift(v, 8 − e2 − 15)` always has a shift `s = −k ≤ 0` because the quantizer's `e2 ≥ −7`
//! (`EXP_RANGE`), so the hardware only ever shifts right, by `0 ..= 31`.
//!
//! **Ports** (`top` in the generated Verilog, `hdl/generated/field_unit.v`):
//!
//! | port           | dir | width      | timing |
//! |----------------|-----|------------|--------|
//! | `clock`        | in  | 1          | rising edge |
//! | `clear`        | in  | 1          | accumulate base `0` at the edge |
//! | `preload_en`   | in  | 1          | accumulate base `preload` at the edge; wins over `clear` |
//! | `preload`      | in  | 18, signed | [`ACC_BITS`]; e.g. the output layer's clamped constant `c2` |
//! | `add_en`       | in  | 1          | add `spin ? weight : −weight` to the base at the edge |
//! | `weight`       | in  | 16, signed | [`WEIGHT_BITS`]: a coupling-memory word, any `i16` (`−32768` included) |
//! | `spin`         | in  | 1          | `true` = +1 |
//! | `acc`          | out | 18, signed | the accumulator register |
//! | `compute`      | in  | 1          | at this edge, sample `acc` (its value before the edge), `delta_code`, `shift_amount`, `offset` |
//! | `delta_code`   | in  | 16         | `1 ..= 32768` (`delta · 2^15`) |
//! | `shift_amount` | in  | 5          | `k = e2 + 7`, `0 ..= 31` |
//! | `offset`       | in  | 16, signed | `h1` for hidden spins, `0` for output spins |
//! | `field`        | out | 16, signed | the field code; valid with `valid`, held until the next result |
//! | `valid`        | out | 1          | high for one cycle, [`LATENCY`] edges after the `compute` edge |
//!
//! Accumulator update at every edge: `acc <= base + (add_en ? (spin ? w : −w) : 0)` with
//! `base = preload_en ? preload : clear ? 0 : acc` and `w` the weight sign-extended from 16 to 18
//! bits *before* it is negated, so `−w` is exact for every `i16`, `−(−32768) = 32768` included. So
//! a slot's first term can be added in the same cycle as its `clear`/`preload`, and `compute` can
//! sample the finished sum at the same edge that starts the next slot: slots run back to back with
//! no idle cycle.
//!
//! **Latency: [`LATENCY`] = 3 clocks**, fully pipelined (one `compute` per clock if wanted). If
//! `compute` is high at edge `t`, `field`/`valid` show the result after edge `t + 2` (the third edge
//! counting `t`); the `PBit` registers it at edge `t + 3`. These 3 edges and the `PBit`'s 1 are the
//! lane's latency, the model's `LANE_LATENCY` = 4 (`compute` edge to spin), one of the three parts
//! of `PIPELINE_LATENCY` (see `Lane`).
//!
//! **Pipeline.** rust-hdl multiplies only 16 x 16 unsigned, so the 18 x 16 product is built from
//! two partial products of the two's-complement accumulator, no magnitude and no sign fix-up:
//! `acc = hi · 2^16 + lo` with `lo = acc[15:0]` unsigned and `hi = acc[17:16]` signed (−2 ..= 1), so
//! `acc · d = lo · d + hi · d · 2^16`.
//!
//! 1. *Stage A* (the `compute` edge): `lo · d` in the multiplier (one ECP5 MULT18X18D); beside it
//!    `addend = hi · d · 2^16 + 2^(k−1)` (two muxes and two adds, `hi · d` is `±d`, `−2d` or 0).
//! 2. *Stage B*: `t = lo · d + addend` (34 bits: `|acc · d| ≤ 2^32`), then the coarse part of the
//!    arithmetic right shift (`k & 24`).
//! 3. *Stage C*: the fine shift (`k & 7`), clamp to `±2^16` (cannot change the saturated result,
//!    since `|offset| ≤ 2^15`), add the sign-extended offset in 18 bits, saturate to 16 bits.
//!
//! Each stage is at most about two carry chains or one multiplier plus a short mux tree, sized for
//! an ECP5 at 100 MHz; this is an estimate (no place-and-route tool in this environment), not a
//! measured Fmax.
//!
//! **Weights and accumulator width.** The weight port is a whole coupling-memory word,
//! [`WEIGHT_BITS`] = 16 (`coupling_memory::WORD_BITS`): kernels use 8 bits (`ECP5.weight_bits`)
//! sign-extended, while the `u` border constants need all 16 and are added through this port in
//! border steps. [`ACC_BITS`] = `ECP5.accumulator_bits()` = 18: the sum of
//! `max_terms = 96 · 9 + 1` terms of magnitude ≤ 128 (110,720) fits, so for a block that fits the
//! configuration the kernel sums cannot wrap, provided the preloaded constant counts as one such
//! term; the quantizer refuses an image whose clamp-pass sum `Σ K3x + Σ u` (the 16-bit `u` terms) or
//! `c2` plus the couplings could leave 18 bits (`ChipImage`'s accumulator check). The adder itself
//! wraps silently; nothing detects it.
//!
//! **Width adapters.** rust-hdl widens with `x & mask`, which Verilator's `-Wall` rejects (WIDTH);
//! the two adapters here ([`Extend`]) write `{{pad{fill}}, x}` instead, so the unit lints clean
//! without a waiver.
//!
//! **Reset.** None: every register powers up as 0 (the `initial` values FPGA tools honour), so
//! `acc = 0`, `valid = 0`, `field = 0` after configuration. `clear`/`preload_en` are the
//! accumulator's synchronous initialisation; the pipeline needs none (`valid` marks results).

use rust_hdl::prelude::*;
use thermoblock_contract::config::ECP5;
use thermoblock_contract::field::{DELTA_FRAC_BITS, FIELD_FRAC_BITS};
use thermoblock_contract::image::EXP_RANGE;

use crate::FIELD_WIDTH;
use crate::chip::coupling_memory::WORD_BITS;
use crate::testbench::Clocked;

/// Bits of the accumulator: `ECP5.accumulator_bits()`.
pub const ACC_BITS: usize = ECP5.accumulator_bits() as usize;
/// Bits of the `weight` port: a whole coupling-memory word (kernels' 8-bit codes sign-extended, or
/// a 16-bit `u` constant).
pub const WEIGHT_BITS: usize = WORD_BITS;
/// Bits of `delta_code`: `DELTA_FRAC_BITS` fractional bits and the code `2^15` (delta = 1).
pub const DELTA_BITS: usize = DELTA_FRAC_BITS as usize + 1;
/// `k = e2 + SHIFT_BIAS`: the right shift of `acc · delta_code` to field units.
pub const SHIFT_BIAS: i32 = DELTA_FRAC_BITS as i32 - FIELD_FRAC_BITS as i32;
/// Largest right shift, at the largest scale exponent `e2`.
pub const MAX_SHIFT: usize = (*EXP_RANGE.end() + SHIFT_BIAS) as usize;
/// Bits of `shift_amount`.
pub const SHIFT_BITS: usize = clog2(MAX_SHIFT + 1);
/// Clock edges from the `compute` edge to `valid` (counting the `compute` edge).
pub const LATENCY: u64 = 3;

/// Width of rust-hdl's one multiplier (16 x 16 -> 32, unsigned).
const MUL_BITS: usize = 16;
/// The product of two multiplier operands.
const MUL_OUT_BITS: usize = 2 * MUL_BITS;
/// `acc · delta_code` plus the rounding constant: `|acc · d| ≤ 2^(ACC−1) · 2^(DELTA−1)`.
const PROD_BITS: usize = ACC_BITS + DELTA_BITS;
/// The clamped shifted product plus the offset: `|sum| < 2^16 + 2^15`.
const SUM_BITS: usize = FIELD_WIDTH + 2;
/// Bits of the shifted product above a 16-bit value: all equal iff it fits 17 signed bits.
const TOP_BITS: usize = PROD_BITS - FIELD_WIDTH;
/// Low bits of the shift amount done in stage C.
const FINE_BITS: usize = 3;

// The design's assumptions, checked when the crate is compiled.
const _: () = assert!(*EXP_RANGE.start() + SHIFT_BIAS >= 0, "the field shift must never be a left shift");
const _: () = assert!(MAX_SHIFT < 1 << SHIFT_BITS);
const _: () = assert!(DELTA_BITS == MUL_BITS, "delta_code is one multiplier operand");
const _: () = assert!(ACC_BITS == MUL_BITS + 2, "the high partial product handles a 2-bit signed top");
const _: () = assert!(MAX_SHIFT < PROD_BITS - 2, "2^(k-1) must fit beside the product");
const _: () = assert!(SHIFT_BITS > FINE_BITS);
const _: () = assert!(WEIGHT_BITS >= ECP5.weight_bits as usize, "a kernel weight fits the weight port");
const _: () = assert!(WEIGHT_BITS < ACC_BITS, "-w of every weight, -(-2^15) included, fits the accumulator");

/// `wide = {{(M−N){fill}}, narrow}` with `fill = narrow[N−1]` if `SIGNED`, else 0: sign or zero
/// extension written as a concatenation (rust-hdl's `bit_cast` widening fails Verilator's WIDTH).
#[derive(LogicBlock, Default)]
pub struct Extend<const N: usize, const M: usize, const SIGNED: bool> {
    pub narrow: Signal<In, Bits<N>>,
    pub wide: Signal<Out, Bits<M>>,
}

impl<const N: usize, const M: usize, const SIGNED: bool> Logic for Extend<N, M, SIGNED> {
    fn update(&mut self) {
        assert!(M > N, "Extend only widens");
        let x = self.narrow.val();
        let fill = if SIGNED && x.get_bit(N - 1) { !(Bits::<M>::mask() >> (M - N) as LiteralType) } else { 0.into() };
        self.wide.next = bit_cast::<M, N>(x) | fill;
    }

    fn connect(&mut self) {
        self.wide.connect();
    }

    fn hdl(&self) -> Verilog {
        let fill = if SIGNED { format!("narrow[{}]", N - 1) } else { "1'b0".to_string() };
        Verilog::Custom(format!("always @(*) wide = {{{{{}{{{fill}}}}}, narrow}};", M - N))
    }
}

/// One lane's field datapath. See the module documentation for ports and timing.
#[derive(LogicBlock)]
pub struct FieldUnit {
    pub clock: Signal<In, Clock>,
    pub clear: Signal<In, bool>,
    pub preload_en: Signal<In, bool>,
    pub preload: Signal<In, Signed<ACC_BITS>>,
    pub add_en: Signal<In, bool>,
    pub weight: Signal<In, Signed<WEIGHT_BITS>>,
    /// `true` = +1.
    pub spin: Signal<In, bool>,
    pub acc: Signal<Out, Signed<ACC_BITS>>,
    pub compute: Signal<In, bool>,
    pub delta_code: Signal<In, Bits<DELTA_BITS>>,
    pub shift_amount: Signal<In, Bits<SHIFT_BITS>>,
    pub offset: Signal<In, Signed<FIELD_WIDTH>>,
    pub field: Signal<Out, Signed<FIELD_WIDTH>>,
    pub valid: Signal<Out, bool>,
    // Accumulate.
    acc_reg: DFF<Bits<ACC_BITS>>,
    /// The weight sign-extended to the accumulator's width (before any negation).
    weight_ext: Extend<WEIGHT_BITS, ACC_BITS, true>,
    /// `±w` at the accumulator's width.
    term: Signal<Local, Bits<ACC_BITS>>,
    /// What the term is added to: `preload`, 0 or `acc`.
    base: Signal<Local, Bits<ACC_BITS>>,
    // Stage A.
    delta_ext: Extend<DELTA_BITS, PROD_BITS, false>,
    /// `acc[16] · d · 2^16`.
    hi_plus: Signal<Local, Bits<PROD_BITS>>,
    /// `acc[17] · 2d · 2^16` (the top bit weighs −2).
    hi_minus: Signal<Local, Bits<PROD_BITS>>,
    /// `2^(k−1)`, or 0 for `k = 0`.
    half: Signal<Local, Bits<PROD_BITS>>,
    a_low: DFF<Bits<MUL_OUT_BITS>>,
    a_addend: DFF<Bits<PROD_BITS>>,
    a_shift: DFF<Bits<SHIFT_BITS>>,
    a_offset: DFF<Bits<FIELD_WIDTH>>,
    a_valid: DFF<bool>,
    // Stage B.
    low_ext: Extend<MUL_OUT_BITS, PROD_BITS, false>,
    /// `acc · d + 2^(k−1)`, two's complement.
    rounded: Signal<Local, Bits<PROD_BITS>>,
    coarse_amount: Signal<Local, Bits<SHIFT_BITS>>,
    b_coarse: DFF<Bits<PROD_BITS>>,
    b_fine: DFF<Bits<FINE_BITS>>,
    b_offset: DFF<Bits<FIELD_WIDTH>>,
    b_valid: DFF<bool>,
    // Stage C.
    offset_ext: Extend<FIELD_WIDTH, SUM_BITS, true>,
    /// `floor((acc · d + 2^(k−1)) / 2^k)`.
    shifted: Signal<Local, Bits<PROD_BITS>>,
    /// `shifted` clamped to `−2^16 ..= 2^16 − 1`, at `SUM_BITS`.
    clamped: Signal<Local, Bits<SUM_BITS>>,
    sum: Signal<Local, Bits<SUM_BITS>>,
    c_field: DFF<Bits<FIELD_WIDTH>>,
    c_valid: DFF<bool>,
    // Constants.
    zero_acc: Constant<Bits<ACC_BITS>>,
    lsb: Constant<Bits<{ clog2(PROD_BITS) }>>,
    acc_lsb: Constant<Bits<{ clog2(ACC_BITS) }>>,
    shift_lsb: Constant<Bits<{ clog2(SHIFT_BITS) }>>,
    sum_lsb: Constant<Bits<{ clog2(SUM_BITS) }>>,
    hi_lsb: Constant<Bits<{ clog2(ACC_BITS) }>>,
    hi_msb: Constant<Bits<{ clog2(ACC_BITS) }>>,
    hi_weight: Constant<Bits<{ clog2(PROD_BITS) }>>,
    one_bit: Constant<Bits<1>>,
    zero_prod: Constant<Bits<PROD_BITS>>,
    one_prod: Constant<Bits<PROD_BITS>>,
    ones_prod: Constant<Bits<PROD_BITS>>,
    prod_sign: Constant<Bits<{ clog2(PROD_BITS) }>>,
    coarse_mask: Constant<Bits<SHIFT_BITS>>,
    top_lsb: Constant<Bits<{ clog2(PROD_BITS) }>>,
    top_zero: Constant<Bits<TOP_BITS>>,
    top_ones: Constant<Bits<TOP_BITS>>,
    clamp_low: Constant<Bits<SUM_BITS>>,
    clamp_high: Constant<Bits<SUM_BITS>>,
    sum_sign: Constant<Bits<{ clog2(SUM_BITS) }>>,
    sat_lsb: Constant<Bits<{ clog2(SUM_BITS) }>>,
    sat_zero: Constant<Bits<3>>,
    sat_ones: Constant<Bits<3>>,
    field_min: Constant<Bits<FIELD_WIDTH>>,
    field_max: Constant<Bits<FIELD_WIDTH>>,
}

impl Default for FieldUnit {
    fn default() -> Self {
        let prod_mask = (1u64 << PROD_BITS) - 1;
        let field_max = (1u64 << (FIELD_WIDTH - 1)) - 1;
        Self {
            clock: Default::default(),
            clear: Default::default(),
            preload_en: Default::default(),
            preload: Default::default(),
            add_en: Default::default(),
            weight: Default::default(),
            spin: Default::default(),
            acc: Default::default(),
            compute: Default::default(),
            delta_code: Default::default(),
            shift_amount: Default::default(),
            offset: Default::default(),
            field: Default::default(),
            valid: Default::default(),
            acc_reg: Default::default(),
            weight_ext: Default::default(),
            term: Default::default(),
            base: Default::default(),
            delta_ext: Default::default(),
            hi_plus: Default::default(),
            hi_minus: Default::default(),
            half: Default::default(),
            a_low: Default::default(),
            a_addend: Default::default(),
            a_shift: Default::default(),
            a_offset: Default::default(),
            a_valid: Default::default(),
            low_ext: Default::default(),
            rounded: Default::default(),
            coarse_amount: Default::default(),
            b_coarse: Default::default(),
            b_fine: Default::default(),
            b_offset: Default::default(),
            b_valid: Default::default(),
            offset_ext: Default::default(),
            shifted: Default::default(),
            clamped: Default::default(),
            sum: Default::default(),
            c_field: Default::default(),
            c_valid: Default::default(),
            zero_acc: Constant::new(0u64.to_bits()),
            lsb: Constant::new(0u64.to_bits()),
            acc_lsb: Constant::new(0u64.to_bits()),
            shift_lsb: Constant::new(0u64.to_bits()),
            sum_lsb: Constant::new(0u64.to_bits()),
            hi_lsb: Constant::new((MUL_BITS as u64).to_bits()),
            hi_msb: Constant::new((MUL_BITS as u64 + 1).to_bits()),
            hi_weight: Constant::new((MUL_BITS as u64).to_bits()),
            one_bit: Constant::new(1u64.to_bits()),
            zero_prod: Constant::new(0u64.to_bits()),
            one_prod: Constant::new(1u64.to_bits()),
            ones_prod: Constant::new(prod_mask.to_bits()),
            prod_sign: Constant::new((PROD_BITS as u64 - 1).to_bits()),
            coarse_mask: Constant::new(((1u64 << SHIFT_BITS) - (1 << FINE_BITS)).to_bits()),
            top_lsb: Constant::new((FIELD_WIDTH as u64).to_bits()),
            top_zero: Constant::new(0u64.to_bits()),
            top_ones: Constant::new(((1u64 << (PROD_BITS - FIELD_WIDTH)) - 1).to_bits()),
            // -2^16 and 2^16 - 1 at SUM_BITS.
            clamp_low: Constant::new(((1u64 << SUM_BITS) - (1 << FIELD_WIDTH)).to_bits()),
            clamp_high: Constant::new(((1u64 << FIELD_WIDTH) - 1).to_bits()),
            sum_sign: Constant::new((SUM_BITS as u64 - 1).to_bits()),
            sat_lsb: Constant::new((FIELD_WIDTH as u64 - 1).to_bits()),
            sat_zero: Constant::new(0u64.to_bits()),
            sat_ones: Constant::new(7u64.to_bits()),
            field_min: Constant::new((field_max + 1).to_bits()),
            field_max: Constant::new(field_max.to_bits()),
        }
    }
}

impl Logic for FieldUnit {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, acc_reg, a_low, a_addend, a_shift, a_offset, a_valid, b_coarse, b_fine, b_offset, b_valid,
            c_field, c_valid
        );
        // Accumulate: acc <= base + (add_en ? ±w : 0), negating the sign-extended weight (exact for -2^15).
        self.weight_ext.narrow.next = unsigned_cast(self.weight.val());
        self.term.next = self.weight_ext.wide.val();
        if !self.spin.val() {
            self.term.next = self.zero_acc.val() - self.weight_ext.wide.val();
        }
        self.base.next = self.acc_reg.q.val();
        if self.clear.val() {
            self.base.next = self.zero_acc.val();
        }
        if self.preload_en.val() {
            self.base.next = unsigned_cast(self.preload.val());
        }
        self.acc_reg.d.next = self.base.val();
        if self.add_en.val() {
            self.acc_reg.d.next = self.base.val() + self.term.val();
        }
        self.acc.next = signed_cast(self.acc_reg.q.val());

        // Stage A: lo · d, and hi · d · 2^16 + 2^(k-1).
        self.delta_ext.narrow.next = self.delta_code.val();
        self.hi_plus.next = self.zero_prod.val();
        if self.acc_reg.q.val().get_bit(self.hi_lsb.val().index()) {
            self.hi_plus.next = self.delta_ext.wide.val() << self.hi_weight.val();
        }
        self.hi_minus.next = self.zero_prod.val();
        if self.acc_reg.q.val().get_bit(self.hi_msb.val().index()) {
            self.hi_minus.next = (self.delta_ext.wide.val() << self.hi_weight.val()) << self.one_bit.val();
        }
        self.half.next = (self.one_prod.val() << self.shift_amount.val()) >> self.one_bit.val();
        if self.compute.val() {
            self.a_low.d.next =
                self.acc_reg.q.val().get_bits::<MUL_BITS>(self.acc_lsb.val().index()) * self.delta_code.val();
            self.a_addend.d.next = self.hi_plus.val() - self.hi_minus.val() + self.half.val();
            self.a_shift.d.next = self.shift_amount.val();
            self.a_offset.d.next = unsigned_cast(self.offset.val());
        }
        self.a_valid.d.next = self.compute.val();

        // Stage B: t = lo · d + addend; arithmetic shift right by k & 24.
        self.low_ext.narrow.next = self.a_low.q.val();
        self.rounded.next = self.low_ext.wide.val() + self.a_addend.q.val();
        self.coarse_amount.next = self.a_shift.q.val() & self.coarse_mask.val();
        if self.a_valid.q.val() {
            self.b_coarse.d.next = self.rounded.val() >> self.coarse_amount.val();
            if self.rounded.val().get_bit(self.prod_sign.val().index()) {
                self.b_coarse.d.next = (self.rounded.val() >> self.coarse_amount.val())
                    | !(self.ones_prod.val() >> self.coarse_amount.val());
            }
            self.b_fine.d.next = self.a_shift.q.val().get_bits::<FINE_BITS>(self.shift_lsb.val().index());
            self.b_offset.d.next = self.a_offset.q.val();
        }
        self.b_valid.d.next = self.a_valid.q.val();

        // Stage C: shift right by k & 7, clamp, add the offset, saturate.
        self.shifted.next = self.b_coarse.q.val() >> self.b_fine.q.val();
        if self.b_coarse.q.val().get_bit(self.prod_sign.val().index()) {
            self.shifted.next =
                (self.b_coarse.q.val() >> self.b_fine.q.val()) | !(self.ones_prod.val() >> self.b_fine.q.val());
        }
        self.clamped.next = self.shifted.val().get_bits::<SUM_BITS>(self.lsb.val().index());
        if (self.shifted.val().get_bits::<TOP_BITS>(self.top_lsb.val().index()) != self.top_zero.val())
            & (self.shifted.val().get_bits::<TOP_BITS>(self.top_lsb.val().index()) != self.top_ones.val())
        {
            self.clamped.next = self.clamp_high.val();
            if self.shifted.val().get_bit(self.prod_sign.val().index()) {
                self.clamped.next = self.clamp_low.val();
            }
        }
        self.offset_ext.narrow.next = self.b_offset.q.val();
        self.sum.next = self.clamped.val() + self.offset_ext.wide.val();
        if self.b_valid.q.val() {
            self.c_field.d.next = self.sum.val().get_bits::<FIELD_WIDTH>(self.sum_lsb.val().index());
            if (self.sum.val().get_bits::<3>(self.sat_lsb.val().index()) != self.sat_zero.val())
                & (self.sum.val().get_bits::<3>(self.sat_lsb.val().index()) != self.sat_ones.val())
            {
                self.c_field.d.next = self.field_max.val();
                if self.sum.val().get_bit(self.sum_sign.val().index()) {
                    self.c_field.d.next = self.field_min.val();
                }
            }
        }
        self.c_valid.d.next = self.b_valid.q.val();
        self.field.next = signed_cast(self.c_field.q.val());
        self.valid.next = self.c_valid.q.val();
    }
}

impl Clocked for FieldUnit {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::fmt;

    use rust_hdl::prelude::*;
    use thermoblock_contract::config::ECP5;
    use thermoblock_contract::field::field_code;
    use thermoblock_contract::rng::splitmix64;

    use super::{ACC_BITS, FieldUnit, LATENCY, MAX_SHIFT, SHIFT_BIAS, WEIGHT_BITS};
    use crate::flow::verilog;
    use crate::testbench::Bench;

    const ACC_MIN: i64 = -(1 << (ACC_BITS - 1));
    const ACC_MAX: i64 = (1 << (ACC_BITS - 1)) - 1;
    /// Terms one field sums at most, the preload counting as one (`ChipConfig::max_terms`).
    fn max_terms() -> usize {
        ECP5.max_terms()
    }

    /// A field function of the contract's signature: `field_code` or a planted bug.
    type Twin = fn(i64, i64, u16, i32) -> i16;

    /// The port values driven in one cycle. Fields whose enable is low carry garbage on purpose.
    #[derive(Clone, Copy, Debug, Default)]
    struct Drive {
        clear: bool,
        preload_en: bool,
        preload: i64,
        add_en: bool,
        weight: i16,
        spin: bool,
        compute: bool,
        delta: u16,
        /// `shift_amount`, `k = e2 + 7`.
        k: u32,
        offset: i16,
    }

    /// What the DUT shows after an edge.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct Outputs {
        acc: i64,
        valid: bool,
        field: i16,
    }

    #[derive(Debug)]
    struct Mismatch {
        cycle: u64,
        drive: Drive,
        expected: Outputs,
        got: Outputs,
    }

    impl fmt::Display for Mismatch {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "cycle {}: expected {:?}, got {:?} (inputs {:?})",
                self.cycle, self.expected, self.got, self.drive
            )
        }
    }

    /// The golden model: an `i64` accumulator with the port contract, `twin` for the field, and a
    /// `LATENCY`-deep queue of results.
    struct Gold {
        twin: Twin,
        acc: i64,
        pipe: VecDeque<Option<i16>>,
        field: i16,
    }

    impl Gold {
        fn new(twin: Twin) -> Self {
            Self { twin, acc: 0, pipe: std::iter::repeat_n(None, LATENCY as usize - 1).collect(), field: 0 }
        }

        fn edge(&mut self, d: &Drive) -> Outputs {
            let e2 = d.k as i32 - SHIFT_BIAS;
            self.pipe.push_back(d.compute.then(|| (self.twin)(self.acc, d.offset.into(), d.delta, e2)));
            let base = if d.preload_en {
                d.preload
            } else if d.clear {
                0
            } else {
                self.acc
            };
            let w = i64::from(d.weight);
            self.acc = base
                + if !d.add_en {
                    0
                } else if d.spin {
                    w
                } else {
                    -w
                };
            assert!((ACC_MIN..=ACC_MAX).contains(&self.acc), "invalid stimulus: the accumulator would wrap");
            let out = self.pipe.pop_front().expect("the queue holds LATENCY - 1 entries");
            if let Some(f) = out {
                self.field = f;
            }
            Outputs { acc: self.acc, valid: out.is_some(), field: self.field }
        }
    }

    fn apply(bench: &mut Bench<FieldUnit>, d: &Drive) {
        let dut = &mut bench.dut;
        dut.clear.next = d.clear;
        dut.preload_en.next = d.preload_en;
        dut.preload.next = d.preload.into();
        dut.add_en.next = d.add_en;
        dut.weight.next = i64::from(d.weight).into();
        dut.spin.next = d.spin;
        dut.compute.next = d.compute;
        dut.delta_code.next = d.delta.to_bits();
        dut.shift_amount.next = u64::from(d.k).to_bits();
        dut.offset.next = i64::from(d.offset).into();
    }

    fn outputs(bench: &Bench<FieldUnit>) -> Outputs {
        let acc = bench.dut.acc.val().inner().to_u64() as i64;
        Outputs {
            acc: (acc << (64 - ACC_BITS)) >> (64 - ACC_BITS),
            valid: bench.dut.valid.val(),
            field: bench.dut.field.val().inner().to_u64() as u16 as i16,
        }
    }

    /// Drives the DUT and the golden model with `drives`, comparing every output after every edge.
    fn run_lockstep(twin: Twin, drives: &[Drive]) -> Result<u64, Mismatch> {
        let mut bench = Bench::new(FieldUnit::default());
        let mut gold = Gold::new(twin);
        let mut results = 0;
        for d in drives {
            apply(&mut bench, d);
            bench.cycle();
            let expected = gold.edge(d);
            let got = outputs(&bench);
            if got != expected {
                return Err(Mismatch { cycle: bench.cycles(), drive: *d, expected, got });
            }
            results += u64::from(got.valid);
        }
        Ok(results)
    }

    /// A small deterministic generator.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(1);
            splitmix64(self.0)
        }
        /// Uniform on `lo ..= hi`.
        fn range(&mut self, lo: i64, hi: i64) -> i64 {
            lo + (self.next() % (hi - lo + 1) as u64) as i64
        }
        fn chance(&mut self, one_in: u64) -> bool {
            self.next().is_multiple_of(one_in)
        }
    }

    /// One slot: an accumulation and the field parameters it is computed with.
    #[derive(Clone, Debug)]
    struct Slot {
        /// `None`: start with `clear`.
        preload: Option<i64>,
        terms: Vec<(i16, bool)>,
        delta: u16,
        k: u32,
        offset: i16,
    }

    /// `spin ? w : −w`.
    fn signed_term((w, s): (i16, bool)) -> i64 {
        if s { i64::from(w) } else { -i64::from(w) }
    }

    /// The lowest and highest partial sums of `terms` (starting from 0, which counts).
    fn partial_range(terms: &[(i16, bool)]) -> (i64, i64) {
        let (mut lo, mut hi, mut p) = (0i64, 0i64, 0i64);
        for &t in terms {
            p += signed_term(t);
            (lo, hi) = (lo.min(p), hi.max(p));
        }
        (lo, hi)
    }

    impl Slot {
        fn acc(&self) -> i64 {
            self.preload.unwrap_or(0) + self.terms.iter().map(|&t| signed_term(t)).sum::<i64>()
        }
    }

    /// Most full-range (16-bit) weights in one random slot: with `max_terms` kernel weights
    /// (`|w| ≤ 128`) beside them, every partial sum still spans less than the accumulator
    /// (`864 · 128 + 4 · 32768 < 2^18`), so a preload can keep the whole slot in range.
    const WIDE_TERMS: usize = 4;
    const _: () = assert!(
        (ECP5.max_terms() as i64 - 1) * 128 + WIDE_TERMS as i64 * 32768 < 1 << ACC_BITS,
        "a random slot must fit the accumulator"
    );

    /// A 16-bit weight, as a `u` border constant may be: often an end of the `i16` range.
    fn wide_weight(next: u64) -> i16 {
        match next % 6 {
            0 => i16::MIN,
            1 => i16::MAX,
            2 => -i16::MAX,
            _ => (next >> 8) as i16,
        }
    }

    /// A random slot: up to `max_terms` terms (the preload counting as one), kernel-sized weights
    /// (8 bits sign-extended) and, in one slot of four, up to [`WIDE_TERMS`] weights from the whole
    /// `i16` range; a preload that keeps every partial sum inside the accumulator (often at either
    /// end of that range), and field parameters that favour the extremes.
    fn random_slot(rng: &mut Rng) -> Slot {
        let n = match rng.next() % 20 {
            0 => max_terms() - 1 - (rng.next() % 8) as usize,
            1..=5 => (rng.next() % max_terms() as u64) as usize,
            _ => (rng.next() % 5) as usize,
        };
        let mut terms: Vec<(i16, bool)> = (0..n)
            .map(|_| {
                let w = if rng.chance(8) { i8::MIN } else { rng.next() as i8 };
                (w.into(), rng.chance(2))
            })
            .collect();
        if n > 0 && rng.chance(4) {
            for _ in 0..=rng.next() % WIDE_TERMS as u64 {
                let j = (rng.next() % n as u64) as usize;
                terms[j].0 = wide_weight(rng.next());
            }
        }
        let (lo, hi) = partial_range(&terms);
        let (first, last) = (ACC_MIN - lo, ACC_MAX - hi);
        let preload = match rng.next() % 8 {
            0 => None,
            1 => Some(first),
            2 => Some(last),
            _ => Some(rng.range(first, last)),
        };
        let delta = match rng.next() % 6 {
            0 => 1,
            1 => 32768,
            2 => 1 << (rng.next() % 16),
            _ => rng.range(1, 32768) as u16,
        };
        let k = match rng.next() % 6 {
            0 => 0,
            1 => MAX_SHIFT as u32,
            _ => rng.range(0, MAX_SHIFT as i64) as u32,
        };
        let offset = match rng.next() % 6 {
            0 => i16::MIN,
            1 => i16::MAX,
            2 => 0,
            _ => rng.next() as i16,
        };
        Slot { preload, terms, delta, k, offset }
    }

    /// A slot whose product `acc · delta` is an odd multiple of `2^(k-1)`: exactly half-way
    /// between two results, rounded up (2.5 -> 3, -2.5 -> -2). Reached by a preload and a few adds.
    fn halfway_slot(rng: &mut Rng) -> Slot {
        loop {
            let k = rng.range(1, MAX_SHIFT as i64) as u32;
            // delta = odd · 2^a, acc = odd · 2^(k-1-a).
            let a = rng.range(0, (k as i64 - 1).min(15)) as u32;
            let b = k - 1 - a;
            let delta = ((rng.next() % (1 << (15 - a)) as u64) | 1) << a;
            if b >= ACC_BITS as u32 - 1 || delta > 32768 {
                continue;
            }
            let odd = ((rng.next() % (1u64 << (ACC_BITS as u32 - 1 - b))) | 1) as i64;
            let acc = if rng.chance(2) { odd << b } else { -(odd << b) };
            let terms: Vec<(i16, bool)> = (0..rng.next() % 4)
                .map(|_| {
                    let w = if rng.chance(3) { wide_weight(rng.next()) } else { (rng.next() as i8).into() };
                    (w, rng.chance(2))
                })
                .collect();
            let sum: i64 = terms.iter().map(|&t| signed_term(t)).sum();
            let preload = acc - sum;
            let (lo, hi) = partial_range(&terms);
            if !(ACC_MIN..=ACC_MAX).contains(&(preload + lo)) || !(ACC_MIN..=ACC_MAX).contains(&(preload + hi)) {
                continue;
            }
            let offset = if rng.chance(2) { 0 } else { rng.range(-1000, 1000) as i16 };
            let slot = Slot { preload: Some(preload), terms, delta: delta as u16, k, offset };
            let v = slot.acc() * i64::from(slot.delta);
            assert_eq!(v.rem_euclid(1 << k), 1 << (k - 1), "{slot:?}");
            return slot;
        }
    }

    /// The slots the tests run: directed extremes, half-way cases and random slots.
    fn slots(random: usize, halfway: usize) -> Vec<Slot> {
        let mut rng = Rng(0x00F1_E1D0);
        let mut v = Vec::new();
        // Directed: both accumulator ends, both delta ends, both shift ends, both offset ends.
        for preload in [ACC_MIN, ACC_MIN + 1, -1, 0, 1, ACC_MAX] {
            for delta in [1u16, 2, 32767, 32768] {
                for k in [0, 1, 2, 15, 16, MAX_SHIFT as u32 - 1, MAX_SHIFT as u32] {
                    for offset in [i16::MIN, -1, 0, 1, i16::MAX] {
                        v.push(Slot { preload: Some(preload), terms: vec![], delta, k, offset });
                    }
                }
            }
        }
        // -2.5 -> -2, 2.5 -> 3, -1.5 -> -1, -0.5 -> 0, 0.5 -> 1 (k = 1, 2; delta = 1).
        for (acc, k) in [(-5, 1), (5, 1), (-6, 2), (-1, 1), (1, 1), (-3, 1), (3, 1)] {
            v.push(Slot { preload: Some(acc), terms: vec![], delta: 1, k, offset: 0 });
        }
        // The ends of the i16 weights, added and subtracted, landing on both accumulator ends.
        for w in [i16::MIN, -i16::MAX, i16::MAX] {
            for spin in [false, true] {
                let t = signed_term((w, spin));
                for preload in [None, Some(ACC_MAX - t.max(0)), Some(ACC_MIN - t.min(0))] {
                    v.push(Slot { preload, terms: vec![(w, spin)], delta: 32768, k: 16, offset: 0 });
                }
                let terms = vec![(w, spin); 3];
                v.push(Slot { preload: Some(-3 * t / 2), terms, delta: 4096, k: 12, offset: -1 });
            }
        }
        v.extend((0..halfway).map(|_| halfway_slot(&mut rng)));
        v.extend((0..random).map(|_| random_slot(&mut rng)));
        // Interleave so that consecutive slots differ in every way.
        let mut order: Vec<(u64, Slot)> = v.into_iter().map(|s| (rng.next(), s)).collect();
        order.sort_by_key(|(key, _)| *key);
        order.into_iter().map(|(_, s)| s).collect()
    }

    /// The cycle-by-cycle stimulus of `slots`: each slot starts with `clear` or `preload_en` in the
    /// same cycle as its first add, adds its terms (sometimes with idle cycles between, inputs
    /// left as garbage), and is computed at the edge that starts the next slot; now and then a gap
    /// separates slots. The last slot is computed in a cycle of its own, then the pipeline drains.
    fn stimulus(slots: &[Slot]) -> Vec<Drive> {
        let mut rng = Rng(0x5EED);
        let mut drives: Vec<Drive> = Vec::new();
        let garbage = |rng: &mut Rng| {
            let z = rng.next();
            Drive {
                preload: (z as i64) >> (64 - ACC_BITS),
                weight: (z >> 8) as i16,
                spin: z & 1 == 1,
                delta: (z >> 24) as u16,
                k: (z >> 32) as u32 % (MAX_SHIFT as u32 + 1),
                offset: (z >> 40) as i16,
                ..Drive::default()
            }
        };
        let mut previous: Option<&Slot> = None;
        for slot in slots {
            let mut first = garbage(&mut rng);
            match slot.preload {
                Some(p) => (first.preload_en, first.preload, first.clear) = (true, p, rng.chance(2)),
                None => first.clear = true,
            }
            let mut cycles = vec![first];
            for (j, &(weight, spin)) in slot.terms.iter().enumerate() {
                if j > 0 {
                    cycles.push(garbage(&mut rng));
                    while rng.chance(16) {
                        cycles.push(garbage(&mut rng));
                    }
                }
                let last = cycles.last_mut().expect("at least the first cycle");
                (last.add_en, last.weight, last.spin) = (true, weight, spin);
            }
            if let Some(p) = previous {
                if rng.chance(10) {
                    drives.push(Drive { compute: true, delta: p.delta, k: p.k, offset: p.offset, ..garbage(&mut rng) });
                } else {
                    (cycles[0].compute, cycles[0].delta, cycles[0].k, cycles[0].offset) =
                        (true, p.delta, p.k, p.offset);
                }
            }
            drives.extend(cycles);
            previous = Some(slot);
        }
        if let Some(p) = previous {
            drives.push(Drive { compute: true, delta: p.delta, k: p.k, offset: p.offset, ..garbage(&mut rng) });
        }
        drives.extend(std::iter::repeat_n(Drive::default(), LATENCY as usize + 2));
        drives
    }

    /// What the main stimulus covers, counted from the slots and the twin.
    fn coverage(slots: &[Slot]) -> [(&'static str, usize); 11] {
        let f = |s: &Slot| field_code(s.acc(), s.offset.into(), s.delta, s.k as i32 - SHIFT_BIAS);
        let half = |s: &Slot, neg: bool| {
            let v = s.acc() * i64::from(s.delta);
            s.k > 0 && v.rem_euclid(1 << s.k) == 1 << (s.k - 1) && (v < 0) == neg
        };
        let count = |p: &dyn Fn(&Slot) -> bool| slots.iter().filter(|s| p(s)).count();
        [
            ("saturated high", count(&|s| f(s) == i16::MAX && s.offset != i16::MAX)),
            ("saturated low", count(&|s| f(s) == i16::MIN && s.offset != i16::MIN)),
            ("half-way, positive product", count(&|s| half(s, false))),
            ("half-way, negative product", count(&|s| half(s, true))),
            ("accumulator at its minimum", count(&|s| s.acc() == ACC_MIN)),
            ("accumulator at its maximum", count(&|s| s.acc() == ACC_MAX)),
            ("k = 0 and k = 31", count(&|s| s.k == 0 || s.k == MAX_SHIFT as u32)),
            ("delta_code 1 and 32768", count(&|s| s.delta == 1 || s.delta == 32768)),
            ("over 800 terms", count(&|s| s.terms.len() > 800)),
            ("16-bit weights (|w| > 128)", count(&|s| s.terms.iter().any(|&(w, _)| w.unsigned_abs() > 128))),
            ("the weight -32768, subtracted", count(&|s| s.terms.contains(&(i16::MIN, false)))),
        ]
    }

    const RANDOM_SLOTS: usize = 4000;
    const HALFWAY_SLOTS: usize = 600;

    #[test]
    fn acc_bits_match_the_configuration() {
        assert_eq!(ACC_BITS as u32, ECP5.accumulator_bits());
        // The weight port takes a whole coupling-memory word; kernel weights use its low 8 bits.
        assert_eq!(WEIGHT_BITS, 16);
        assert_eq!(WEIGHT_BITS, crate::chip::coupling_memory::WORD_BITS);
        assert!(ECP5.weight_bits as usize <= WEIGHT_BITS);
        // The longest sum of the configuration fits: max_terms · 128 <= 2^17.
        assert!(max_terms() as i64 * 128 <= -ACC_MIN);
    }

    #[test]
    fn full_range_weights_known_answers() {
        // Hand-computed, independent of the twin: the ends of i16 added and subtracted, -(-32768)
        // included (exact because the weight is sign-extended to 18 bits before it is negated).
        let mut bench = Bench::new(FieldUnit::default());
        let acc = |bench: &mut Bench<FieldUnit>, d: Drive| {
            apply(bench, &d);
            bench.cycle();
            outputs(bench).acc
        };
        let add = |weight: i16, spin: bool| Drive { add_en: true, weight, spin, ..Drive::default() };
        let first = |weight: i16, spin: bool| Drive { clear: true, ..add(weight, spin) };
        assert_eq!(acc(&mut bench, first(i16::MIN, false)), 32_768);
        assert_eq!(acc(&mut bench, add(i16::MIN, false)), 65_536);
        assert_eq!(acc(&mut bench, add(i16::MIN, false)), 98_304);
        assert_eq!(acc(&mut bench, add(i16::MAX, true)), 131_071); // ACC_MAX
        assert_eq!(acc(&mut bench, first(i16::MIN, true)), -32_768);
        assert_eq!(acc(&mut bench, add(i16::MIN, true)), -65_536);
        assert_eq!(acc(&mut bench, add(i16::MIN, true)), -98_304);
        assert_eq!(acc(&mut bench, add(i16::MIN, true)), -131_072); // ACC_MIN
        assert_eq!(acc(&mut bench, add(i16::MAX, true)), -98_305);
        assert_eq!(acc(&mut bench, add(i16::MAX, false)), -131_072);
        assert_eq!(acc(&mut bench, first(i16::MAX, false)), -32_767);
        assert_eq!(acc(&mut bench, add(-1, false)), -32_766);
        assert_eq!(acc(&mut bench, add(-128, true)), -32_894);
        let preload = Drive { preload_en: true, preload: ACC_MAX, ..add(i16::MIN, true) };
        assert_eq!(acc(&mut bench, preload), ACC_MAX - 32_768);
    }

    #[test]
    fn matches_field_code_every_cycle() {
        let slots = slots(RANDOM_SLOTS, HALFWAY_SLOTS);
        for (what, n) in coverage(&slots) {
            assert!(n >= 10, "the stimulus covers `{what}` only {n} times");
        }
        let drives = stimulus(&slots);
        match run_lockstep(field_code, &drives) {
            Ok(results) => assert_eq!(results, slots.len() as u64),
            Err(m) => panic!("FieldUnit differs from field_code: {m}"),
        }
    }

    /// Truncation (floor) in place of round-half-up.
    fn truncating(acc: i64, offset: i64, delta: u16, e2: i32) -> i16 {
        let k = e2 + SHIFT_BIAS;
        (offset + ((acc * delta as i64) >> k)).clamp(i16::MIN.into(), i16::MAX.into()) as i16
    }

    /// Round half away from zero (-2.5 -> -3): differs from the contract only on negative ties.
    fn half_away_from_zero(acc: i64, offset: i64, delta: u16, e2: i32) -> i16 {
        let (k, v) = (e2 + SHIFT_BIAS, acc * delta as i64);
        let r = if k == 0 { v } else { v.signum() * ((v.abs() + (1 << (k - 1))) >> k) };
        (offset + r).clamp(i16::MIN.into(), i16::MAX.into()) as i16
    }

    #[test]
    fn planted_rounding_bugs_are_caught() {
        // The same comparison against a wrong twin must fail: it can tell the rounding modes apart.
        let drives = stimulus(&slots(RANDOM_SLOTS / 4, HALFWAY_SLOTS / 4));
        for (name, twin) in [("truncation", truncating as Twin), ("half away from zero", half_away_from_zero)] {
            assert!(run_lockstep(twin, &drives).is_err(), "the planted bug `{name}` was not caught");
        }
        assert!(run_lockstep(field_code, &drives).is_ok());
    }

    /// Replays the stimulus; one line per clock: inputs, then the expected `acc`, `valid`, `field`.
    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  reg clock = 0;
  reg clear = 0;
  reg preload_en = 0;
  reg signed [17:0] preload = 0;
  reg add_en = 0;
  reg signed [15:0] weight = 0;
  reg spin = 0;
  reg compute = 0;
  reg [15:0] delta_code = 0;
  reg [4:0] shift_amount = 0;
  reg signed [15:0] offset = 0;
  wire signed [17:0] acc;
  wire signed [15:0] field;
  wire valid;
  reg [111:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .clear(clear), .preload_en(preload_en), .preload(preload), .add_en(add_en),
          .weight(weight), .spin(spin), .acc(acc), .compute(compute), .delta_code(delta_code),
          .shift_amount(shift_amount), .offset(offset), .field(field), .valid(valid));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {clear, preload_en, preload, add_en, weight, spin, compute, delta_code, shift_amount, offset} = vec[i][110:35];
      #1 clock = 1;
      #1 clock = 0;
      if ({acc, valid, field} !== vec[i][34:0]) begin
        if (errors < 10) $display("MISMATCH cycle %0d: expected acc %h valid %h field %h, got %h %h %h",
                                  i + 1, vec[i][34:17], vec[i][16], vec[i][15:0], acc, valid, field);
        errors = errors + 1;
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    /// Packs `(value, width)` fields, first field most significant.
    fn pack(fields: &[(u64, usize)]) -> u128 {
        fields.iter().fold(0u128, |acc, &(v, w)| acc << w | u128::from(v & ((1u64 << w) - 1)))
    }

    #[test]
    fn generated_verilog_matches_field_code() {
        let drives = stimulus(&slots(RANDOM_SLOTS, HALFWAY_SLOTS));
        let mut gold = Gold::new(field_code);
        let lines: Vec<String> = drives
            .iter()
            .map(|d| {
                let out = gold.edge(d);
                let word = pack(&[
                    (d.clear.into(), 1),
                    (d.preload_en.into(), 1),
                    (d.preload as u64, ACC_BITS),
                    (d.add_en.into(), 1),
                    (d.weight as u64, WEIGHT_BITS),
                    (d.spin.into(), 1),
                    (d.compute.into(), 1),
                    (d.delta.into(), 16),
                    (d.k.into(), 5),
                    (d.offset as u64, 16),
                    (out.acc as u64, ACC_BITS),
                    (out.valid.into(), 1),
                    (out.field as u64, 16),
                ]);
                format!("{word:028x}\n")
            })
            .collect();
        let testbench = REPLAY_TESTBENCH.replace("@N@", &lines.len().to_string());
        verilog::assert_replay_clean("field_unit", &testbench, &lines.concat());
    }

    #[test]
    fn multiplier_maps_to_one_dsp() {
        // 16 x 16 -> one ECP5 MULT18X18D; the rest is adders, muxes and 200-odd flip-flops.
        let cells = match verilog::yosys_cell_counts("field_unit", "synth_ecp5") {
            Ok(cells) => cells,
            Err(verilog::ToolRun::Missing(tool)) => return verilog::skip_missing_tool(tool, "field_unit DSP"),
            Err(e) => panic!("yosys synth_ecp5 failed on field_unit: {e:?}"),
        };
        assert_eq!(cells.get("MULT18X18D"), Some(&1), "cells {cells:?}");
        let luts: u64 = cells.iter().filter(|(c, _)| c.contains("LUT")).map(|(_, n)| n).sum();
        assert!(luts < 1000, "{luts} LUTs: cells {cells:?}");
        let _ = std::io::Write::write_fmt(&mut std::io::stderr(), format_args!("field_unit synth_ecp5: {cells:?}\n"));
    }

    crate::verilog_checks!("field_unit");
}
