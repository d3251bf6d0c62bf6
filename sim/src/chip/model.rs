//! The bit-exact chip model (`--backend chip`): what the RTL computes, spin for spin and cycle for
//! cycle count, from a [`ChipImage`].
//!
//! **Contract** (docs/ARCHITECTURE.md, "The chip"):
//!
//! 1. *Clamp.* `h1[m,p] = sat16(b[m] + shift(Σ_{c,t in grid} K1x[m,c,t], 8 - e1))` where `K1x` is
//!    `K1P` if `x[c, p+t] = +1` else `K1M`; `c2[o,p] = sat16(shift(Σ_c K3x[o,c] + Σ_{t in grid} u[o,t], e2 - e3))`.
//!    `shift(v, s)` is `v · 2^s` for `s >= 0`, else `floor((v + 2^(-s-1)) / 2^-s)` (round half up).
//!    Both are the lanes' field arithmetic with the delta register replaced by 1 ([`DELTA_ONE`]):
//!    `h1 = field_code(Σ K1x, b, DELTA_ONE, e1)`, `c2 = field_code(Σ K3x + Σ u, 0, DELTA_ONE, 8 + e3 - e2)`,
//!    so the clamp pass runs on the same lanes as the sweeps ([`ChipImage::lane_exponents`]).
//! 2. *Fields.* Hidden: `sat16(h1 + dmul(Σ_{o,t in grid} W2[o,m,t] s2[o, p - t]))`; output:
//!    `sat16(dmul(Σ_{m,t in grid} W2[o,m,t] s1[m, p + t] + c2))`, with
//!    `dmul(a) = shift(a · delta_code, 8 - e2 - 15)` and `sat16` clamping to a 16-bit field code.
//! 3. *Slots.* A layer of `C` channels is updated in slots: positions in raster order, then groups
//!    `g = 0 .. ceil(C/P)`; in a slot every lane `l` draws once from its xorshift64 stream and, if
//!    channel `g·P + l < C`, sets that spin with the p-bit comparator. Lanes are seeded per run with
//!    `lane_seed(seed, l)`.
//! 4. *Start.* Hidden then output layer in the same slot order, one draw per slot and lane; the spin
//!    is +1 iff the draw's top bit is set. On the chip these draws are taken in the clamp pass's slots
//!    (`ClampHidden`, then `ClampOutput`), which have exactly this order.
//! 5. *Sweep.* Hidden layer, then output layer. After the burn-in, every spin's ±1 is added to a
//!    sum; `output = sign(sum)` with `sum = 0` reading +1.
//! 6. *Cycles.* [`ChipModel::cycles`]: the length of the controller's schedule
//!    ([`thermoblock_contract::schedule`]): the clamp pass plus `G` sweeps of slots, each slot taking one
//!    cycle per (source channel, tap) plus [`thermoblock_contract::schedule::PIPELINE_LATENCY`].
//!
//! On the plane engine ([`Engine::Planes`]) steps 1, 2, 4 and 5 are unchanged; in step 3 the
//! lanes are its decision units and the slot order is its decision order
//! ([`PlaneSchedule::decisions`]: group by group, positions in raster order), and step 6's cycles
//! are [`PlaneSchedule::run_cycles`].
//!
//! Integer sums are computed with [`ConvPlan`] on integer-valued `f32`: every partial sum is an
//! integer below `2^24` in magnitude (checked against the accumulator width), so `f32` is exact and
//! the model shares the reference sampler's convolution code.

use crate::block::{Block, Kernel};
use crate::conv::{ConvPlan, to_channel_last, to_channel_major};
use crate::exact::Unrolled;
use thermoblock_contract::config::{ChipConfig, Engine};
use thermoblock_contract::field::{DELTA_FRAC_BITS, DELTA_ONE, FIELD_FRAC_BITS, delta_code, delta_value, field_code};
use thermoblock_contract::image::ChipImage;
use thermoblock_contract::pbit::{decide, threshold_table};
use thermoblock_contract::plane::PlaneSchedule;
use thermoblock_contract::registers::result_from_sums;
use thermoblock_contract::rng::{LaneRng, lanes};
use thermoblock_contract::run::{ChipResult, ChipRun, Layer, Observer};
use thermoblock_contract::schedule::{Phase, Schedule};
use thermoblock_contract::spins::Spins;

/// A half-sweep in which fewer than one spin in this many flipped updates the other layer's
/// accumulators flip by flip; more, and it recomputes them (a flip's scatter is slower per add
/// than the blocked convolution). Either way the sums are the same integers.
const FLIPS_TO_RECOMPUTE: usize = 4;

/// The clamped constants of one input, channel-last: the clamp pass's output.
#[derive(Clone, Debug, PartialEq)]
pub struct ChipClamp {
    /// Hidden clamped field codes `h1`, `[H*W][C1]`.
    pub h1: Vec<i64>,
    /// Output clamped constants `c2` at `W2`'s scale, `[H*W][C2]`.
    pub c2: Vec<i64>,
}

/// A chip image prepared for one grid.
pub struct ChipModel {
    pub config: ChipConfig,
    pub image: ChipImage,
    pub h: usize,
    pub w: usize,
    w2: ConvPlan,
    k1p: ConvPlan,
    k1m: ConvPlan,
    k3p: ConvPlan,
    k3m: ConvPlan,
    u: ConvPlan,
    table: Vec<u16>,
}

/// [`field_code`] for a whole layer: `out[j] = field_code(acc[j], offset[j], delta_code, e2)`
/// (offset 0 where `offset` is `None`), in `f64`: `sat16(offset + ⌊acc · delta_code · 2^s + ½⌋)`
/// with `s = 8 − e2 − 15` is `shift`'s round-half-up, and every step is exact (`|acc| < 2^24`,
/// `delta_code ≤ 2^15`: the product has under 40 significant bits). Compiled for the vector units
/// with a rounding instruction (chosen at run time), where the scalar `i64` form does not vectorize.
#[multiversion::multiversion(targets("x86_64+avx512f+avx512vl", "x86_64+avx2+fma", "x86_64+avx"))]
fn field_codes(acc: &[f32], offset: Option<&[f64]>, delta_code: u16, e2: i32, out: &mut [i16]) {
    let k = delta_code as f64 * 2f64.powi(FIELD_FRAC_BITS as i32 - e2 - DELTA_FRAC_BITS as i32);
    let code = |a: f32, o: f64| ((a as f64 * k + 0.5).floor() + o).clamp(i16::MIN as f64, i16::MAX as f64) as i16;
    match offset {
        Some(offset) => out.iter_mut().zip(acc).zip(offset).for_each(|((f, &a), &o)| *f = code(a, o)),
        None => out.iter_mut().zip(acc).for_each(|(f, &a)| *f = code(a, 0.0)),
    }
}

fn plan(out: usize, inp: usize, (kh, kw): (usize, usize), q: impl Iterator<Item = f32>) -> ConvPlan {
    ConvPlan::new(&Kernel::new([out, inp, kh, kw], q.collect()).expect("image layout"), None)
}

impl ChipModel {
    pub fn new(image: ChipImage, config: ChipConfig, h: usize, w: usize) -> Self {
        assert!(config.accumulator_bits() <= 24, "integer sums must stay exact in f32");
        let i = |v: &[i8]| v.iter().map(|&q| q as f32).collect::<Vec<_>>().into_iter();
        let (c0, c1, c2) = (image.c0, image.c1, image.c2);
        Self {
            w2: plan(c2, c1, image.k2_size, i(&image.w2)),
            k1p: plan(c1, c0, image.k1_size, i(&image.k1p)),
            k1m: plan(c1, c0, image.k1_size, i(&image.k1m)),
            k3p: plan(c2, c0, (1, 1), i(&image.k3p)),
            k3m: plan(c2, c0, (1, 1), i(&image.k3m)),
            u: plan(c2, 1, image.k2_size, image.u.iter().map(|&q| q as f32)),
            table: threshold_table(),
            config,
            image,
            h,
            w,
        }
    }

    /// The lane chip's cycle schedule for this image and grid (`Engine::Lanes` only: the plane
    /// engine's is [`Self::plane_schedule`]).
    pub fn schedule(&self) -> Schedule {
        assert_eq!(self.config.engine, Engine::Lanes, "the controller's step schedule is the lane chip's");
        let img = &self.image;
        Schedule { lanes: self.config.lanes, shape: img.shape(self.h, self.w) }
    }

    /// The plane engine's schedule for this image and grid (`None` on the lane chip).
    pub fn plane_schedule(&self) -> Option<PlaneSchedule> {
        let Engine::Planes(array) = self.config.engine else { return None };
        let img = &self.image;
        Some(PlaneSchedule { array, shape: img.shape(self.h, self.w) })
    }

    /// Cycles of a run of `sweeps` sweeps: the clamp pass plus the sweeps ([`Schedule::cycles`] on
    /// the lane chip; the closed form of [`PlaneSchedule`] on the plane engine).
    pub fn cycles(&self, sweeps: u32) -> u64 {
        match self.plane_schedule() {
            Some(p) => p.run_cycles(sweeps),
            None => self.schedule().cycles(sweeps),
        }
    }

    /// Cycles of one sweep.
    pub fn sweep_cycles(&self) -> u64 {
        if let Some(p) = self.plane_schedule() {
            return p.sweep_cycles();
        }
        let s = self.schedule();
        s.phase_cycles(Phase::Hidden) + s.phase_cycles(Phase::Output)
    }

    /// The ideal cycles per sweep that the adders allow: in-grid coupling additions over the
    /// lanes' adders, or over the plane array's PEs that hold grid positions (`D·H·W`).
    pub fn roofline_cycles(&self) -> f64 {
        let img = &self.image;
        let pairs = thermoblock_contract::shape::window_pairs(img.k2_size.0, img.k2_size.1, self.h, self.w);
        let adders = match self.config.engine {
            Engine::Lanes => self.config.lanes,
            Engine::Planes(array) => array.columns * self.h * self.w,
        };
        (2 * img.c1 * img.c2 * pairs) as f64 / adders as f64
    }

    /// The exact Boltzmann model of the dequantized image with input `x` clamped at `delta`: what the
    /// chip samples up to the rounding of fields to 1/256 and the threshold table's error.
    pub fn dequantized(&self, x: &Spins, delta: f32) -> Unrolled {
        let img = &self.image;
        let hw = self.h * self.w;
        let scale = delta_value(delta_code(delta)) * 2f64.powi(-img.e2);
        // W2 as a float block with identity A_mid: Unrolled::new unrolls its couplings.
        let (kh, kw) = img.k2_size;
        let k2 = Kernel::new([img.c2, img.c1, kh, kw], img.w2.iter().map(|&q| q as f32).collect()).expect("layout");
        let zeros = |n: usize| vec![0.0f32; n];
        let block = Block::new(
            Kernel::new([img.c1, img.c0, 1, 1], zeros(img.c1 * img.c0)).expect("layout"),
            k2,
            Kernel::new([img.c2, img.c0, 1, 1], zeros(img.c2 * img.c0)).expect("layout"),
            vec![1.0; img.c0],
            zeros(img.c0),
            vec![1.0; img.c1],
            zeros(img.c1),
            zeros(img.c1),
        )
        .expect("a dequantized image is a valid block");
        let mut u = Unrolled::new(&block, x, scale).expect("shape checked by the caller");
        let clamp = self.clamp(x);
        let field_unit = (1u32 << FIELD_FRAC_BITS) as f64;
        u.h1 = to_channel_major(img.c1, hw, &clamp.h1).iter().map(|&v| v as f64 / field_unit).collect();
        u.f2 = to_channel_major(img.c2, hw, &clamp.c2).iter().map(|&v| v as f64 * scale).collect();
        u
    }

    /// Runs the chip on input `x` (shape `[C0, h, w]`, checked by the caller).
    pub fn run(&self, x: &Spins, run: &ChipRun) -> ChipResult {
        self.run_observed(x, run, lanes(run.seed, self.config.lanes), None)
    }

    /// Step 1 of the contract: the clamped constants of input `x`.
    pub fn clamp(&self, x: &Spins) -> ChipClamp {
        let img = &self.image;
        let (h, w, hw) = (self.h, self.w, self.h * self.w);
        let xl = to_channel_last(img.c0, hw, &x.data);
        let plus: Vec<f32> = xl.iter().map(|&s| (s > 0) as u8 as f32).collect();
        let minus: Vec<f32> = xl.iter().map(|&s| (s < 0) as u8 as f32).collect();
        let mut acc = vec![0.0f32; hw * img.c1];
        self.k1p.forward_add(h, w, &plus, &mut acc);
        self.k1m.forward_add(h, w, &minus, &mut acc);
        let e = img.lane_exponents();
        let h1 = acc
            .iter()
            .enumerate()
            .map(|(j, &a)| field_code(a as i64, img.b[j % img.c1] as i64, DELTA_ONE, e.h1) as i64)
            .collect();
        let mut acc = vec![0.0f32; hw * img.c2];
        self.k3p.forward_add(h, w, &plus, &mut acc);
        self.k3m.forward_add(h, w, &minus, &mut acc);
        self.u.forward_add(h, w, &vec![1.0; hw], &mut acc);
        ChipClamp { h1, c2: acc.iter().map(|&a| field_code(a as i64, 0, DELTA_ONE, e.c2) as i64).collect() }
    }

    /// The field code of a lane with accumulator `acc` and offset `offset` ([`field_code`]).
    pub fn field(&self, acc: i64, offset: i64, delta_code: u16) -> i16 {
        field_code(acc, offset, delta_code, self.image.e2)
    }

    /// A run with explicit lane generators (the lane-permutation test), calling
    /// `observe(sweep, layer, spins)`, if given, after every half-sweep with the updated layer's spins,
    /// channel-major ±1 — the state a lockstep test compares with the RTL.
    pub fn run_observed(
        &self,
        x: &Spins,
        run: &ChipRun,
        mut rngs: Vec<LaneRng>,
        observe: Option<&mut Observer<'_>>,
    ) -> ChipResult {
        self.run_lanes(x, run, &mut rngs, observe)
    }

    /// [`Self::run_observed`] leaving the generators where the run left them, as the chip's lane
    /// registers are: a second `CONTROL.start` without new seeds continues their streams.
    pub fn run_lanes(
        &self,
        x: &Spins,
        run: &ChipRun,
        rngs: &mut [LaneRng],
        mut observe: Option<&mut Observer<'_>>,
    ) -> ChipResult {
        assert_eq!(rngs.len(), self.config.lanes, "one generator per lane");
        let img = &self.image;
        let (h, w, hw) = (self.h, self.w, self.h * self.w);
        let (n1, n2) = (hw * img.c1, hw * img.c2);
        let dq = delta_code(run.delta);
        let ChipClamp { h1, c2 } = self.clamp(x);
        let c2: Vec<f32> = c2.iter().map(|&v| v as f32).collect();
        let h1f: Vec<f64> = h1.iter().map(|&v| v as f64).collect();

        // 4. Start.
        let [start1, start2] = self.start_spins(rngs);
        let mut s1: Vec<f32> = to_channel_last(img.c1, hw, &start1).iter().map(|&s| s as f32).collect();
        let mut s2: Vec<f32> = to_channel_last(img.c2, hw, &start2).iter().map(|&s| s as f32).collect();

        // 2, 3, 5. Sweeps. `acc1 = K2ᵀ s2` and `acc2 = c2 + K2 s1` are kept current: after a
        // half-sweep only the flipped spins' couplings are added (integers below 2^24, exact in any
        // order), unless so many flipped that recomputing is cheaper.
        let (mut sum1, mut sum2) = (vec![0i32; n1], vec![0i32; n2]);
        let mut acc1 = vec![0.0f32; n1];
        self.w2.adjoint_add(h, w, &s2, &mut acc1);
        let mut acc2 = c2.clone();
        self.w2.forward_add(h, w, &s1, &mut acc2);
        let (mut fields1, mut fields2) = (vec![0i16; n1], vec![0i16; n2]);
        let mut flips = vec![0usize; n1.max(n2)];
        for g in 0..run.sweeps {
            field_codes(&acc1, Some(&h1f), dq, img.e2, &mut fields1);
            let flipped = self.decide_layer(rngs, img.c1, &fields1, &mut s1, &mut flips);
            if let Some(f) = observe.as_mut() {
                f(g, Layer::Hidden, &to_channel_major(img.c1, hw, &s1.iter().map(|&s| s as i8).collect::<Vec<_>>()));
            }
            if flipped * FLIPS_TO_RECOMPUTE < n1 {
                self.w2.forward_flips(h, w, &flips[..flipped], &s1, &mut acc2);
            } else {
                acc2.copy_from_slice(&c2);
                self.w2.forward_add(h, w, &s1, &mut acc2);
            }
            field_codes(&acc2, None, dq, img.e2, &mut fields2);
            let flipped = self.decide_layer(rngs, img.c2, &fields2, &mut s2, &mut flips);
            if let Some(f) = observe.as_mut() {
                f(g, Layer::Output, &to_channel_major(img.c2, hw, &s2.iter().map(|&s| s as i8).collect::<Vec<_>>()));
            }
            if flipped * FLIPS_TO_RECOMPUTE < n2 {
                self.w2.adjoint_flips(h, w, &flips[..flipped], &s2, &mut acc1);
            } else {
                acc1.fill(0.0);
                self.w2.adjoint_add(h, w, &s2, &mut acc1);
            }
            if g >= run.burn_in {
                sum1.iter_mut().zip(&s1).for_each(|(a, &s)| *a += s as i32);
                sum2.iter_mut().zip(&s2).for_each(|(a, &s)| *a += s as i32);
            }
        }
        let (sum1, sum2) = (to_channel_major(img.c1, hw, &sum1), to_channel_major(img.c2, hw, &sum2));
        result_from_sums(img.c2, h, w, run, &sum2, &sum1, self.cycles(run.sweeps))
    }

    /// Contract step 3 for one layer of `c` channels: every spin decided by its unit's draw at its
    /// field. Returns how many flipped; their indices are `flips[..n]` (written branch-free: near
    /// delta 0.2 a third of the spins flip, unpredictably).
    fn decide_layer(
        &self,
        rngs: &mut [LaneRng],
        c: usize,
        fields: &[i16],
        spins: &mut [f32],
        flips: &mut [usize],
    ) -> usize {
        let mut flipped = 0;
        self.slots(rngs, c, |j, r| {
            let s = if decide(&self.table, fields[j], r) { 1.0 } else { -1.0 };
            flips[flipped] = j;
            flipped += usize::from(s != spins[j]);
            spins[j] = s;
        });
        flipped
    }

    /// Contract step 4: the start spins of the hidden and output layers, channel-major ±1, each
    /// layer drawn in slot order (every lane once per slot), +1 iff the draw's top bit is set.
    /// Advances `rngs` past the clamp pass's draws.
    pub fn start_spins(&self, rngs: &mut [LaneRng]) -> [Vec<i8>; 2] {
        let hw = self.h * self.w;
        [self.image.c1, self.image.c2].map(|c| {
            let mut s = vec![0i8; c * hw];
            self.slots(rngs, c, |j, r| s[j] = if r >= 0x8000 { 1 } else { -1 });
            to_channel_major(c, hw, &s)
        })
    }

    /// Visits a layer's slots; `set(j, r)` gets the channel-last spin index and the draw of the lane
    /// that owns it. Every lane draws once in every slot, in slot order (positions in raster order,
    /// then groups). Lanes' streams are independent, so the loop runs lane by lane — the same draws
    /// reach the same spins as in slot order, with each lane's state kept in a register.
    ///
    /// On the plane engine the units are the decision units and the order is the engine's
    /// ([`PlaneSchedule::decisions`]): group by group, positions in raster order.
    fn slots(&self, rngs: &mut [LaneRng], c: usize, mut set: impl FnMut(usize, u16)) {
        if let Some(plane) = self.plane_schedule() {
            // Unit by unit, each unit's draws in its own order, its state in a register: the
            // units' streams are independent, so every spin meets the draw the engine's order
            // gives it. (Stepping 2, 4 or 8 units side by side measured no faster.)
            let columns = plane.array.columns;
            for (d, rng) in rngs.iter_mut().enumerate() {
                let mut unit = *rng;
                for g in 0..plane.groups(c) {
                    let m = g * columns + d;
                    for p in 0..self.h * self.w {
                        let r = unit.draw();
                        if m < c {
                            set(p * c + m, r);
                        }
                    }
                }
                *rng = unit;
            }
            return;
        }
        let lanes = self.config.lanes;
        let groups = c.div_ceil(lanes);
        for (l, rng) in rngs.iter_mut().enumerate() {
            let mut g_rng = *rng;
            for p in 0..self.h * self.w {
                for g in 0..groups {
                    let r = g_rng.draw();
                    let m = g * lanes + l;
                    if m < c {
                        set(p * c + m, r);
                    }
                }
            }
            *rng = g_rng;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chip::quantize::quantize;
    use crate::random::{RandomBlockSpec, random_block};
    use thermoblock_contract::config::ECP5;

    #[test]
    fn layer_field_codes_equal_the_scalar_definition() {
        // Ties (half up, both signs), saturation both ways, every e2 and delta shape the quantizer
        // makes, and random sums up to the widest accumulator.
        let mut s = crate::random::chain_rng(5, 0);
        use crate::random::Rng;
        for e2 in [-8, -3, 0, 1, 5, 7, 9, 12] {
            for dq in [1u16, 2, 3, 6_554, 16_384, 32_767, 32_768] {
                let mut acc: Vec<f32> = (-600..600).map(|v| v as f32).collect();
                acc.extend((0..4_000).map(|_| ((s.next_u32() % (1 << 20)) as i32 - (1 << 19)) as f32));
                let offset: Vec<f64> = acc.iter().map(|_| ((s.next_u32() % 65_536) as i32 - 32_768) as f64).collect();
                let mut got = vec![0i16; acc.len()];
                field_codes(&acc, Some(&offset), dq, e2, &mut got);
                for ((&a, &o), &g) in acc.iter().zip(&offset).zip(&got) {
                    assert_eq!(g, field_code(a as i64, o as i64, dq, e2), "acc {a} offset {o} dq {dq} e2 {e2}");
                }
                field_codes(&acc, None, dq, e2, &mut got);
                for (&a, &g) in acc.iter().zip(&got) {
                    assert_eq!(g, field_code(a as i64, 0, dq, e2), "acc {a} dq {dq} e2 {e2}");
                }
            }
        }
    }

    /// A random MNIST-sized block (32/64/64) on `config`, 14 x 14.
    fn mnist_model(config: ChipConfig) -> ChipModel {
        let block = random_block(&RandomBlockSpec::MNIST, 1).unwrap();
        let (img, _) = quantize(&block, &config, 14, 14).unwrap();
        ChipModel::new(img, config, 14, 14)
    }

    #[test]
    fn mnist_block_cycle_count_against_the_roofline() {
        let model = mnist_model(ECP5);
        // 2 phases x 196 positions x 2 groups x (64 channels x 9 taps + 7 drain cycles).
        assert_eq!(model.sweep_cycles(), 457_072);
        assert_eq!(model.roofline_cycles(), 409_600.0);
    }

    #[test]
    fn mnist_block_on_the_plane_engine() {
        let model = mnist_model(thermoblock_contract::config::ECP5_85F_PLANE);
        // 2 phases x 8 groups x 15·⌈(64·9 + 14)/15⌉ cycles; clamp 8 x 315 + 8 x 240; the tail:
        // the last group's 196 decisions 5 cycles after the window (the weight read's 3, the array's 2-cycle output), then the decision
        // unit's 7 and the plane store's write.
        assert_eq!(model.sweep_cycles(), 9_600);
        assert_eq!(model.cycles(10), 4_440 + 10 * 9_600 + 5 + 195 + 8);
        // 2·64·64·40² additions over 8 x 196 PEs.
        assert_eq!(model.roofline_cycles(), 2.0 * 64.0 * 64.0 * 1600.0 / 1568.0);
    }

    #[test]
    fn the_plane_engine_draws_in_its_own_order() {
        // The contract's order is `PlaneSchedule::decisions` (group by group, raster order, every
        // unit once per position); the model steps unit by unit. Replaying the contract's order
        // with fresh generators must give the model's start spins and leave the same states.
        use thermoblock_contract::config::ECP5_85F_PLANE;
        let spec = RandomBlockSpec { c0: 2, c1: 10, c2: 3, kernel: 3, coupling: 1.0 };
        let block = random_block(&spec, 3).unwrap();
        let (h, w) = (2, 3);
        let (img, _) = quantize(&block, &ECP5_85F_PLANE, h, w).unwrap();
        let model = ChipModel::new(img, ECP5_85F_PLANE, h, w);
        let mut rngs = lanes(9, 8);
        let [s1, s2] = model.start_spins(&mut rngs);
        let plane = model.plane_schedule().expect("a plane engine");
        let mut expect = lanes(9, 8);
        for (c, got, name) in [(10, s1, "hidden"), (3, s2, "output")] {
            let mut want = vec![0i8; c * h * w];
            for (d, channel, p) in plane.decisions(c) {
                let r = expect[d].draw();
                if let Some(m) = channel {
                    want[m * h * w + p] = if r >= 0x8000 { 1 } else { -1 };
                }
            }
            assert_eq!(got, want, "{name} start spins, channel-major");
        }
        assert_eq!(rngs, expect, "every unit drew once per position and group");
    }
}
