//! # `Lane`: one complete p-bit lane (generator, field datapath, p-bit)
//!
//! **Purpose.** The whole per-lane path of a slot (contract steps 2 and 3 of
//! `thermoblock_sim::chip::model`): accumulate the lane's coupling sum, turn it into a field code,
//! take the lane's next draw from its xorshift64 stream and decide the spin. It is the three units
//! [`LaneRng`], [`FieldUnit`] and [`PBit`] wired together as sub-blocks (nothing re-implemented),
//! plus four flip-flops of timing glue; the tests zip it against the model's definitions
//! (`field_code`, `LaneRng::draw`, `decide`) cycle by cycle.
//!
//! **Equation.** For the lane's `k`-th slot after `load` (`k = 0, 1, ..`), with `acc` the sum the
//! slot accumulated and `r_k` the lane's `k`-th draw (`LaneRng::new(seed)`, `draw()` called `k + 1`
//! times: the generator always steps before it draws):
//! `spin = decide(threshold_table(), field_code(acc, offset, delta_code, shift_amount − 7), r_k)`.
//! Every slot draws, whether or not the engine keeps its spin (a lane whose channel does not exist
//! in the last group still gets the broadcast `compute`, so its stream stays aligned: contract
//! step 3, "every lane draws once per slot").
//!
//! **Ports** (`top` in the generated Verilog, `hdl/generated/lane.v`; widths from `FieldUnit`):
//!
//! | port           | dir | width      | timing |
//! |----------------|-----|------------|--------|
//! | `clock`        | in  | 1          | rising edge |
//! | `seed`         | in  | 64         | `lane_seed(seed, lane)` (never 0), sampled when `load` is high |
//! | `load`         | in  | 1          | generator `state <= seed`; not while a slot is in flight (below) |
//! | `clear`        | in  | 1          | `FieldUnit.clear`: accumulate base 0 |
//! | `preload_en`   | in  | 1          | `FieldUnit.preload_en`: accumulate base `preload` (wins over `clear`) |
//! | `preload`      | in  | 18, signed | `FieldUnit.preload` |
//! | `add_en`       | in  | 1          | `FieldUnit.add_en`: add `source_spin ? weight : −weight` |
//! | `weight`       | in  | 16, signed | `FieldUnit.weight`: this lane's coupling-memory word (kernel weights sign-extended from 8 bits, or a `u` border constant), any `i16` |
//! | `source_spin`  | in  | 1          | `FieldUnit.spin`: the broadcast source spin, `true` = +1 |
//! | `compute`      | in  | 1          | end of slot: samples `acc` (before the edge) and the three field parameters; **also the generator's step strobe** |
//! | `delta_code`   | in  | 16         | `1 ..= 32768` |
//! | `shift_amount` | in  | 5          | `e2 + 7`, `0 ..= 31` |
//! | `offset`       | in  | 16, signed | `h1` for hidden spins, 0 for output spins |
//! | `acc`          | out | 18, signed | debug: `FieldUnit.acc`, the accumulator register |
//! | `field`        | out | 16, signed | debug: the slot's field code, shown from the edge before `spin_valid`'s, held until the next result |
//! | `state`        | out | 64         | debug: `LaneRng.state`, the generator register (steps [`STEP_DELAY`] edges after each `compute`) |
//! | `spin`         | out | 1          | the slot's spin, `true` = +1; valid with `spin_valid`, held until the next result or a `load` |
//! | `spin_valid`   | out | 1          | high for one clock, [`LATENCY`] edges after the slot's `compute` edge |
//! | `start_spin`   | out | 1          | top bit of the slot's draw `r_k`, same timing as `spin`: contract step 4's start spin (+1 iff `r ≥ 2^15`), which no field code gives through the table (`T[0] = 2^15` means `r < 2^15`) |
//!
//! **The draw.** `compute` is the step strobe: a slot has exactly one `compute`, so the lane steps
//! exactly once per slot, kept or idle, and cannot get out of step with the slot order. The step
//! is taken [`STEP_DELAY`] = 2 edges after the `compute` edge `t` (two flip-flops delay the strobe),
//! i.e. at edge `t + 2`, the edge at which `FieldUnit` registers the slot's field; so after edge
//! `t + 2` the generator's `draw` is the slot's `r_k` beside its field, and the `PBit` samples both
//! at edge `t + 3`. Delaying the one-bit strobe instead of the 16-bit draw costs 2 flip-flops, not
//! 32. `compute` may be high on every edge (one slot per clock): the strobes pipeline.
//!
//! **`load`.** At edge `u` it is allowed iff there was no `compute` at edges `u − 1` and `u − 2`
//! (that slot's step would fall at or after the load and take the new seed's draw, or be lost to
//! `load`'s priority). It may share the edge with a `compute`, whose slot then uses the new seed's
//! first draw — in practice: load the seeds, then start the run. Power-up state is 0, xorshift's
//! fixed point: a lane draws 0 until loaded.
//!
//! **Latency: [`LATENCY`] = 4 clocks** = `FieldUnit`'s 3 + `PBit`'s 1: the lane's latency is the
//! model's [`LANE_LATENCY`] (checked at compile time), one of the three parts of
//! [`PIPELINE_LATENCY`] `= OPERAND_LATENCY + LANE_LATENCY + WRITE_LATENCY` (the operand reads
//! before the add and the spin-memory write after the spin are the top level's). With `compute` at
//! edge `t`, `field` shows the slot's code after edge `t + 2` and `spin`, `start_spin`,
//! `spin_valid` after edge `t + 3`. A slot's last accumulate edge is at the latest `t − 1`
//! (`compute` samples `acc` before its edge and may share that edge with the next slot's
//! `clear`/`preload_en` and first add), so the spin follows the last add by 4 edges; it is on
//! `spin` during the next cycle, and a spin memory write can take it at that cycle's edge. Fully
//! pipelined: one slot per clock.
//!
//! **Resources** (Yosys 0.23 `synth_ecp5` of `hdl/generated/lane.v`): 1 DP16KD (the threshold ROM),
//! 1 MULT18X18D, 584 LUT4, 80 CCU2C, 259 FF — the three units' cells plus the 4 glue flip-flops.
//! For `ecp5`'s 32 lanes that is 32 DP16KD of threshold tables beside the coupling memory.
//!
//! **Reset.** None: all registers power up as 0 (`spin_valid` = 0). `load` and `clear`/`preload_en`
//! are the synchronous initialisation.

use rust_hdl::prelude::*;
#[cfg(doc)]
use thermoblock_contract::schedule::{LANE_LATENCY, PIPELINE_LATENCY};

use crate::chip::field_unit::{self, ACC_BITS, DELTA_BITS, FieldUnit, SHIFT_BITS, WEIGHT_BITS};
use crate::chip::lane_rng::LaneRng;
use crate::chip::pbit::PBit;
use crate::testbench::Clocked;
use crate::{DRAW_BITS, FIELD_WIDTH, STATE_BITS};

/// `PBit`'s latency: `field` and `r` sampled at one edge, `spin` after it.
pub const PBIT_LATENCY: u64 = 1;
/// Clock edges from the `compute` edge to `spin_valid` (counting the `compute` edge).
pub const LATENCY: u64 = field_unit::LATENCY + PBIT_LATENCY;
/// Edges after the `compute` edge at which the generator steps: where `FieldUnit` registers the field.
pub const STEP_DELAY: u64 = field_unit::LATENCY - 1;

const _: () = assert!(LATENCY == thermoblock_contract::schedule::LANE_LATENCY, "the lane's latency is the model's");
const _: () = assert!(STEP_DELAY == 2, "the step strobe is delayed by two flip-flops");

/// One p-bit lane. See the module documentation for ports and timing.
#[derive(LogicBlock)]
pub struct Lane {
    pub clock: Signal<In, Clock>,
    pub seed: Signal<In, Bits<STATE_BITS>>,
    pub load: Signal<In, bool>,
    pub clear: Signal<In, bool>,
    pub preload_en: Signal<In, bool>,
    pub preload: Signal<In, Signed<ACC_BITS>>,
    pub add_en: Signal<In, bool>,
    pub weight: Signal<In, Signed<WEIGHT_BITS>>,
    /// The broadcast source spin of the accumulate step, `true` = +1.
    pub source_spin: Signal<In, bool>,
    pub compute: Signal<In, bool>,
    pub delta_code: Signal<In, Bits<DELTA_BITS>>,
    pub shift_amount: Signal<In, Bits<SHIFT_BITS>>,
    pub offset: Signal<In, Signed<FIELD_WIDTH>>,
    /// Debug: the accumulator.
    pub acc: Signal<Out, Signed<ACC_BITS>>,
    /// Debug: the slot's field code.
    pub field: Signal<Out, Signed<FIELD_WIDTH>>,
    /// Debug: the generator's state.
    pub state: Signal<Out, Bits<STATE_BITS>>,
    /// `true` = +1.
    pub spin: Signal<Out, bool>,
    pub spin_valid: Signal<Out, bool>,
    /// Top bit of the slot's draw.
    pub start_spin: Signal<Out, bool>,
    rng: LaneRng,
    field_unit: FieldUnit,
    pbit: PBit,
    /// `compute`, one edge later.
    step_1: DFF<bool>,
    /// `compute`, two edges later: the generator's step.
    step_2: DFF<bool>,
    /// `FieldUnit.valid` delayed beside the `PBit`.
    valid_q: DFF<bool>,
    /// The draw's top bit, registered beside the `PBit`.
    start_q: DFF<bool>,
    /// `DRAW_BITS - 1`, the draw's top bit.
    draw_msb: Constant<Bits<{ clog2(DRAW_BITS) }>>,
}

impl Default for Lane {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            seed: Default::default(),
            load: Default::default(),
            clear: Default::default(),
            preload_en: Default::default(),
            preload: Default::default(),
            add_en: Default::default(),
            weight: Default::default(),
            source_spin: Default::default(),
            compute: Default::default(),
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
            field_unit: Default::default(),
            pbit: Default::default(),
            step_1: Default::default(),
            step_2: Default::default(),
            valid_q: Default::default(),
            start_q: Default::default(),
            draw_msb: Constant::new((DRAW_BITS - 1).to_bits()),
        }
    }
}

impl Logic for Lane {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, rng, field_unit, pbit);
        dff_setup!(self, clock, step_1, step_2, valid_q, start_q);
        // Generator: loaded by `load`, stepped STEP_DELAY edges after each `compute`.
        self.rng.seed.next = self.seed.val();
        self.rng.load.next = self.load.val();
        self.step_1.d.next = self.compute.val();
        self.step_2.d.next = self.step_1.q.val();
        self.rng.step.next = self.step_2.q.val();
        // Field datapath: the ports pass straight through.
        self.field_unit.clear.next = self.clear.val();
        self.field_unit.preload_en.next = self.preload_en.val();
        self.field_unit.preload.next = self.preload.val();
        self.field_unit.add_en.next = self.add_en.val();
        self.field_unit.weight.next = self.weight.val();
        self.field_unit.spin.next = self.source_spin.val();
        self.field_unit.compute.next = self.compute.val();
        self.field_unit.delta_code.next = self.delta_code.val();
        self.field_unit.shift_amount.next = self.shift_amount.val();
        self.field_unit.offset.next = self.offset.val();
        // P-bit: the slot's field and draw, sampled together one edge after both are registered.
        self.pbit.field.next = self.field_unit.field.val();
        self.pbit.r.next = self.rng.draw.val();
        self.valid_q.d.next = self.field_unit.valid.val();
        self.start_q.d.next = self.rng.draw.val().get_bit(self.draw_msb.val().index());
        self.acc.next = self.field_unit.acc.val();
        self.field.next = self.field_unit.field.val();
        self.state.next = self.rng.state.val();
        self.spin.next = self.pbit.spin.val();
        self.spin_valid.next = self.valid_q.q.val();
        self.start_spin.next = self.start_q.q.val();
    }
}

impl Clocked for Lane {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::fmt;

    use rust_hdl::prelude::*;
    use thermoblock_contract::field::field_code;
    use thermoblock_contract::pbit::{LUT_LEN, decide, threshold_table};
    use thermoblock_contract::rng;
    use thermoblock_contract::rng::{RANDOM_BITS, lane_seed};

    use super::{LATENCY, Lane, STEP_DELAY};
    use crate::chip::field_unit::{ACC_BITS, MAX_SHIFT, SHIFT_BIAS, WEIGHT_BITS};
    use crate::flow::verilog;
    use crate::testbench::{Bench, Stream};

    const ACC_MIN: i64 = -(1 << (ACC_BITS - 1));
    const ACC_MAX: i64 = (1 << (ACC_BITS - 1)) - 1;
    /// Most terms a test slot adds.
    const MAX_SLOT_TERMS: usize = 200;

    /// How the golden model picks a slot's draw: the contract, or a planted bug.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Twin {
        /// Slot `k` uses the `k`-th draw: step, then take the top bits.
        Contract,
        /// Takes the top bits, then steps: slot `k` reuses slot `k − 1`'s draw, slot 0 the seed's.
        DrawsBeforeStep,
        /// A lane whose decision is discarded does not step, so it reuses the previous draw and
        /// every later slot is one draw behind.
        IdleSlotsDoNotDraw,
        /// Steps once more when loaded: slot `k` uses draw `k + 1`.
        StepsAtLoad,
    }

    /// The port values driven in one cycle (fields whose enable is low carry garbage on purpose),
    /// and whether the slot a `compute` ends is idle (not a port: its spin is discarded).
    #[derive(Clone, Copy, Debug, Default)]
    struct Drive {
        load: bool,
        seed: u64,
        clear: bool,
        preload_en: bool,
        preload: i64,
        add_en: bool,
        weight: i16,
        source_spin: bool,
        compute: bool,
        delta: u16,
        /// `shift_amount`, `k = e2 + 7`.
        k: u32,
        offset: i16,
        idle: bool,
    }

    /// What the lane shows after an edge; `None` where the twin does not care (an idle slot's
    /// spin, anything before the first result after power-up or a `load`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct Expected {
        spin_valid: bool,
        spin: Option<bool>,
        start_spin: Option<bool>,
        field: i16,
        acc: i64,
    }

    /// What the DUT showed after an edge.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct Outputs {
        spin_valid: bool,
        spin: bool,
        start_spin: bool,
        field: i16,
        acc: i64,
    }

    #[derive(Debug)]
    struct Mismatch {
        cycle: u64,
        port: &'static str,
        expected: i64,
        got: i64,
        drive: Drive,
    }

    impl fmt::Display for Mismatch {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "cycle {}: `{}` expected {}, got {} (inputs {:?})",
                self.cycle, self.port, self.expected, self.got, self.drive
            )
        }
    }

    /// One slot's decision as the twin makes it.
    #[derive(Clone, Copy, Debug)]
    struct Decision {
        field: i16,
        spin: bool,
        start: bool,
        idle: bool,
    }

    /// The golden model: `LaneRng` (the software twin's stream), `field_code` and `decide`, with
    /// the ports' contract (an `i64` accumulator, a `LATENCY`-deep queue of decisions).
    struct Gold {
        twin: Twin,
        table: Vec<u16>,
        rng: rng::LaneRng,
        acc: i64,
        pipe: VecDeque<Option<Decision>>,
        /// `compute` at the previous two edges: a `load` now would break the contract.
        recent: [bool; 2],
        out: Expected,
    }

    impl Gold {
        fn new(twin: Twin) -> Self {
            Self {
                twin,
                table: threshold_table(),
                rng: rng::LaneRng { state: 0 },
                acc: 0,
                pipe: std::iter::repeat_n(None, LATENCY as usize - 1).collect(),
                recent: [false; 2],
                out: Expected { spin_valid: false, spin: None, start_spin: None, field: 0, acc: 0 },
            }
        }

        /// The draw of the slot ending now.
        fn draw(&mut self, idle: bool) -> u16 {
            let top = |g: &rng::LaneRng| (g.state >> (u64::BITS - RANDOM_BITS)) as u16;
            match self.twin {
                Twin::Contract | Twin::StepsAtLoad => self.rng.draw(),
                Twin::DrawsBeforeStep => {
                    let r = top(&self.rng);
                    self.rng.step();
                    r
                }
                Twin::IdleSlotsDoNotDraw if idle => top(&self.rng),
                Twin::IdleSlotsDoNotDraw => self.rng.draw(),
            }
        }

        fn edge(&mut self, d: &Drive) -> Expected {
            if d.load {
                assert!(!self.recent.contains(&true), "invalid stimulus: `load` while a slot is in flight");
                self.rng = rng::LaneRng::new(d.seed);
                if self.twin == Twin::StepsAtLoad {
                    self.rng.step();
                }
                (self.out.spin, self.out.start_spin) = (None, None);
            }
            let decision = d.compute.then(|| {
                let field = field_code(self.acc, d.offset.into(), d.delta, d.k as i32 - SHIFT_BIAS);
                let r = self.draw(d.idle);
                Decision {
                    field,
                    spin: decide(&self.table, field, r),
                    start: r >> (RANDOM_BITS - 1) == 1,
                    idle: d.idle,
                }
            });
            self.pipe.push_back(decision);
            self.recent = [d.compute, self.recent[0]];
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
                } else if d.source_spin {
                    w
                } else {
                    -w
                };
            assert!((ACC_MIN..=ACC_MAX).contains(&self.acc), "invalid stimulus: the accumulator would wrap");
            self.out.acc = self.acc;
            let done = self.pipe.pop_front().expect("the queue holds LATENCY - 1 entries");
            self.out.spin_valid = done.is_some();
            if let Some(r) = done {
                self.out.spin = (!r.idle).then_some(r.spin);
                self.out.start_spin = Some(r.start);
            }
            // The field shows one edge before the spin.
            if let Some(Some(r)) = self.pipe.front() {
                self.out.field = r.field;
            }
            self.out
        }
    }

    fn apply(bench: &mut Bench<Lane>, d: &Drive) {
        let dut = &mut bench.dut;
        dut.load.next = d.load;
        dut.seed.next = d.seed.to_bits();
        dut.clear.next = d.clear;
        dut.preload_en.next = d.preload_en;
        dut.preload.next = d.preload.into();
        dut.add_en.next = d.add_en;
        dut.weight.next = i64::from(d.weight).into();
        dut.source_spin.next = d.source_spin;
        dut.compute.next = d.compute;
        dut.delta_code.next = d.delta.to_bits();
        dut.shift_amount.next = u64::from(d.k).to_bits();
        dut.offset.next = i64::from(d.offset).into();
    }

    fn outputs(bench: &Bench<Lane>) -> Outputs {
        let acc = bench.dut.acc.val().inner().to_u64() as i64;
        Outputs {
            spin_valid: bench.dut.spin_valid.val(),
            spin: bench.dut.spin.val(),
            start_spin: bench.dut.start_spin.val(),
            field: bench.dut.field.val().inner().to_u64() as u16 as i16,
            acc: (acc << (64 - ACC_BITS)) >> (64 - ACC_BITS),
        }
    }

    /// Runs the lane in rust-hdl's simulator; its outputs after every edge.
    fn simulate(drives: &[Drive]) -> Vec<Outputs> {
        let mut bench = Bench::new(Lane::default());
        drives
            .iter()
            .map(|d| {
                apply(&mut bench, d);
                bench.cycle();
                outputs(&bench)
            })
            .collect()
    }

    /// The twin's expectations after every edge.
    fn expectations(twin: Twin, drives: &[Drive]) -> Vec<Expected> {
        let mut gold = Gold::new(twin);
        drives.iter().map(|d| gold.edge(d)).collect()
    }

    /// Compares every output after every edge (`start_spin` only if `with_start`: without it, a
    /// wrong draw can only show through `spin`, the p-bit's decision); returns the number of
    /// results (`spin_valid` pulses).
    fn compare(twin: Twin, drives: &[Drive], got: &[Outputs], with_start: bool) -> Result<u64, Mismatch> {
        let mut results = 0;
        for (i, (e, g)) in expectations(twin, drives).iter().zip(got).enumerate() {
            let err = |port, expected: i64, got: i64| {
                Err(Mismatch { cycle: i as u64 + 1, port, expected, got, drive: drives[i] })
            };
            if e.spin_valid != g.spin_valid {
                return err("spin_valid", e.spin_valid.into(), g.spin_valid.into());
            }
            if let Some(s) = e.spin.filter(|&s| s != g.spin) {
                return err("spin", s.into(), g.spin.into());
            }
            if let Some(s) = e.start_spin.filter(|&s| with_start && s != g.start_spin) {
                return err("start_spin", s.into(), g.start_spin.into());
            }
            if e.field != g.field {
                return err("field", e.field.into(), g.field.into());
            }
            if e.acc != g.acc {
                return err("acc", e.acc, g.acc);
            }
            results += u64::from(g.spin_valid);
        }
        Ok(results)
    }

    /// One slot: its accumulation, the field parameters `compute` samples, and whether the engine
    /// discards its spin (the lane's channel does not exist in this group).
    #[derive(Clone, Debug)]
    struct Slot {
        /// `None`: start with `clear`.
        preload: Option<i64>,
        terms: Vec<(i16, bool)>,
        delta: u16,
        k: u32,
        offset: i16,
        idle: bool,
    }

    /// `source_spin ? w : −w`.
    fn signed_term((w, s): (i16, bool)) -> i64 {
        if s { i64::from(w) } else { -i64::from(w) }
    }

    impl Slot {
        fn acc(&self) -> i64 {
            self.preload.unwrap_or(0) + self.terms.iter().map(|&t| signed_term(t)).sum::<i64>()
        }

        fn field(&self) -> i16 {
            field_code(self.acc(), self.offset.into(), self.delta, self.k as i32 - SHIFT_BIAS)
        }
    }

    /// Most full-range (16-bit) weights in one random slot: with `MAX_SLOT_TERMS` kernel weights
    /// (`|w| ≤ 128`) beside them every partial sum spans less than the accumulator, so a preload can
    /// keep the whole slot in range.
    const WIDE_TERMS: usize = 4;
    const _: () = assert!(MAX_SLOT_TERMS as i64 * 128 + WIDE_TERMS as i64 * 32768 < 1 << ACC_BITS);

    /// A random slot: 0 ..= 200 terms of kernel-sized weights (8 bits sign-extended), in one slot
    /// of four up to [`WIDE_TERMS`] of them from the whole `i16` range (the `u` border constants),
    /// a preload keeping every partial sum in the accumulator, and field parameters that half of
    /// the time aim the field into the table's range (where the draw decides the spin) and
    /// otherwise range over the contract (saturating often).
    fn random_slot(s: &mut Stream, idle: bool) -> Slot {
        let n = match s.below(10) {
            0 => 0,
            1 => MAX_SLOT_TERMS,
            2..=4 => s.below(MAX_SLOT_TERMS + 1),
            _ => s.below(12),
        };
        let mut terms: Vec<(i16, bool)> = (0..n)
            .map(|_| {
                let w = match s.below(16) {
                    0 => i8::MIN,
                    1 => i8::MAX,
                    _ => s.next() as i8,
                };
                (w.into(), s.chance(50))
            })
            .collect();
        if n > 0 && s.chance(25) {
            for _ in 0..=s.below(WIDE_TERMS) {
                let j = s.below(n);
                terms[j].0 = match s.below(6) {
                    0 => i16::MIN,
                    1 => i16::MAX,
                    2 => -i16::MAX,
                    _ => s.next() as i16,
                };
            }
        }
        let (mut lo, mut hi, mut p) = (0i64, 0i64, 0i64);
        for &t in &terms {
            p += signed_term(t);
            (lo, hi) = (lo.min(p), hi.max(p));
        }
        let (first, last) = (ACC_MIN - lo, ACC_MAX - hi);
        let range = |s: &mut Stream, a: i64, b: i64| a + s.below((b - a + 1) as usize) as i64;
        let preload = match s.below(10) {
            0..=3 => None,
            4 => Some(first),
            5 => Some(last),
            6..=7 => Some(range(s, -300, 300)),
            _ => Some(range(s, first, last)),
        };
        let delta = match s.below(8) {
            0 => 1,
            1 => 32768,
            _ => range(s, 1, 32768) as u16,
        };
        let mut slot = Slot { preload, terms, delta, k: 0, offset: 0, idle };
        if s.chance(50) {
            // Aim |acc · delta / 2^k| at 2^0 ..= 2^10 and keep the offset small.
            let bits = 64 - (slot.acc() * i64::from(delta)).unsigned_abs().leading_zeros() as i64;
            slot.k = (bits - range(s, 0, 10)).clamp(0, MAX_SHIFT as i64) as u32;
            slot.offset = range(s, -600, 600) as i16;
        } else {
            slot.k = range(s, 0, MAX_SHIFT as i64) as u32;
            slot.offset = match s.below(6) {
                0 => i16::MIN,
                1 => i16::MAX,
                2 => 0,
                _ => s.next() as i16,
            };
        }
        slot
    }

    /// One run of a lane: a seed, then slots back to back. Each run holds a stretch of idle slots
    /// (the lane's channel missing from a group) besides scattered ones.
    struct Run {
        seed: u64,
        slots: Vec<Slot>,
    }

    fn runs(pairs: &[(u64, usize)], slots_per_run: usize) -> Vec<Run> {
        let mut s = Stream(0x1A4E);
        pairs
            .iter()
            .map(|&(seed, lane)| {
                let stretch = s.below(slots_per_run.saturating_sub(8).max(1));
                let slots = (0..slots_per_run)
                    .map(|i| {
                        let idle = (stretch..stretch + 6).contains(&i) || s.chance(5);
                        random_slot(&mut s, idle)
                    })
                    .collect();
                Run { seed: lane_seed(seed, lane), slots }
            })
            .collect()
    }

    /// The cycle-by-cycle stimulus. Each slot starts with `clear` or `preload_en` in the cycle of
    /// its first add and adds its terms (sometimes with idle cycles between, inputs left as
    /// garbage); its `compute` mostly shares the edge with the next slot's first cycle, sometimes
    /// has a cycle of its own. Each run starts with a `load` of its lane seed, on its own cycle
    /// or (every other run) on the first slot's first cycle, after the previous run's pipeline has drained.
    fn stimulus(runs: &[Run]) -> Vec<Drive> {
        let mut s = Stream(0x5EED_1A4E);
        let garbage = |s: &mut Stream| {
            let z = s.next();
            Drive {
                seed: s.next(),
                preload: (z as i64) >> (64 - ACC_BITS),
                weight: (z >> 8) as i16,
                source_spin: z & 1 == 1,
                delta: (z >> 24) as u16,
                k: (z >> 32) as u32 % (MAX_SHIFT as u32 + 1),
                offset: (z >> 40) as i16,
                ..Drive::default()
            }
        };
        let end = |d: &mut Drive, p: &Slot| {
            (d.compute, d.delta, d.k, d.offset, d.idle) = (true, p.delta, p.k, p.offset, p.idle);
        };
        let mut drives: Vec<Drive> = Vec::new();
        for (r, run) in runs.iter().enumerate() {
            // No compute at the two edges before a load (after a run, the pipeline drains).
            let gap = if drives.is_empty() { s.below(3) } else { STEP_DELAY as usize + s.below(LATENCY as usize) };
            drives.extend((0..gap).map(|_| garbage(&mut s)));
            let load = Drive { load: true, seed: run.seed, ..garbage(&mut s) };
            let mut load_pending = true;
            if r % 2 == 0 {
                drives.push(load);
                load_pending = false;
            }
            let mut previous: Option<&Slot> = None;
            for slot in &run.slots {
                let mut first = garbage(&mut s);
                match slot.preload {
                    Some(p) => (first.preload_en, first.preload, first.clear) = (true, p, s.chance(50)),
                    None => first.clear = true,
                }
                if load_pending {
                    (first.load, first.seed, load_pending) = (true, run.seed, false);
                }
                let mut cycles = vec![first];
                for (j, &(weight, spin)) in slot.terms.iter().enumerate() {
                    if j > 0 {
                        cycles.push(garbage(&mut s));
                        while s.chance(6) {
                            cycles.push(garbage(&mut s));
                        }
                    }
                    let last = cycles.last_mut().expect("at least the first cycle");
                    (last.add_en, last.weight, last.source_spin) = (true, weight, spin);
                }
                if let Some(p) = previous {
                    if s.chance(10) {
                        let mut own = garbage(&mut s);
                        end(&mut own, p);
                        drives.push(own);
                    } else {
                        end(&mut cycles[0], p);
                    }
                }
                drives.extend(cycles);
                previous = Some(slot);
            }
            if let Some(p) = previous {
                let mut own = garbage(&mut s);
                end(&mut own, p);
                drives.push(own);
            }
        }
        drives.extend((0..LATENCY as usize + 2).map(|_| garbage(&mut s)));
        drives
    }

    /// What a stimulus covers, counted from its slots and drives, and the least count each needs.
    fn coverage(runs: &[Run], drives: &[Drive]) -> Vec<(&'static str, usize, usize)> {
        let slots: Vec<&Slot> = runs.iter().flat_map(|r| &r.slots).collect();
        let count = |p: &dyn Fn(&Slot) -> bool| slots.iter().filter(|s| p(s)).count();
        let cycles = |p: &dyn Fn(&Drive) -> bool| drives.iter().filter(|d| p(d)).count();
        let table = (LUT_LEN - 1) as i16;
        let live = slots.len() / 4;
        vec![
            (
                "kept slots with the field inside the table",
                count(&|s| !s.idle && s.field().unsigned_abs() < table as u16),
                live,
            ),
            ("kept slots saturated high", count(&|s| !s.idle && s.field() == i16::MAX), 10),
            ("kept slots saturated low", count(&|s| !s.idle && s.field() == i16::MIN), 10),
            ("idle slots", count(&|s| s.idle), 6 * runs.len()),
            ("slots without terms", count(&|s| s.terms.is_empty()), 10),
            ("slots of 200 terms", count(&|s| s.terms.len() == MAX_SLOT_TERMS), 10),
            (
                "slots with 16-bit weights (|w| > 128)",
                count(&|s| s.terms.iter().any(|&(w, _)| w.unsigned_abs() > 128)),
                50,
            ),
            ("slots subtracting the weight -32768", count(&|s| s.terms.contains(&(i16::MIN, false))), 10),
            (
                "compute sharing the edge with a clear or preload",
                cycles(&|d| d.compute && (d.clear || d.preload_en)),
                10,
            ),
            ("compute on consecutive edges", drives.windows(2).filter(|w| w[0].compute && w[1].compute).count(), 10),
            (
                "load sharing the edge with a slot's first cycle",
                cycles(&|d| d.load && (d.clear || d.preload_en)),
                runs.len() / 2,
            ),
            ("load on a cycle of its own", cycles(&|d| d.load && !d.clear && !d.preload_en), runs.len() / 2),
        ]
    }

    /// `(seed, lane)` of the runs, in order; each run is loaded with `lane_seed(seed, lane)`.
    const PAIRS: [(u64, usize); 6] = [(1, 0), (1, 31), (0xDEAD_BEEF, 7), (u64::MAX, 3), (42, 0), (7, 95)];
    const SLOTS_PER_RUN: usize = 300;

    #[test]
    fn matches_the_contract_every_cycle() {
        let runs = runs(&PAIRS, SLOTS_PER_RUN);
        let drives = stimulus(&runs);
        for (what, n, least) in coverage(&runs, &drives) {
            assert!(n >= least, "the stimulus covers `{what}` only {n} times (wants {least})");
        }
        let got = simulate(&drives);
        match compare(Twin::Contract, &drives, &got, true) {
            Ok(results) => assert_eq!(results, (PAIRS.len() * SLOTS_PER_RUN) as u64),
            Err(m) => panic!("Lane differs from the contract (LaneRng draw k, field_code, decide): {m}"),
        }
    }

    #[test]
    fn planted_draw_order_bugs_are_caught() {
        // The same comparison against a wrong twin must fail: it sees which draw a slot used.
        let runs = runs(&PAIRS[..3], SLOTS_PER_RUN / 3);
        let drives = stimulus(&runs);
        let got = simulate(&drives);
        assert!(compare(Twin::Contract, &drives, &got, true).is_ok());
        for twin in [Twin::DrawsBeforeStep, Twin::IdleSlotsDoNotDraw, Twin::StepsAtLoad] {
            for with_start in [true, false] {
                let caught = compare(twin, &drives, &got, with_start).is_err();
                assert!(caught, "the planted bug {twin:?} was not caught (start_spin compared: {with_start})");
            }
        }
    }

    #[test]
    fn idle_slots_keep_the_stream_aligned() {
        // A lane idle for whole stretches (its spin discarded): it still draws once per slot, so
        // the first kept slot after the stretch uses its own draw. Spins are checked only there,
        // with fields near 0 so that the draw, not the field, decides them (p(+1) near 1/2).
        let mut s = Stream(0x1D1E);
        let mut slot = |i: usize| loop {
            let idle = !(i % 20 == 19 || i < 3);
            let slot = random_slot(&mut s, idle);
            if idle || slot.field().unsigned_abs() < 64 {
                return slot;
            }
        };
        let slots: Vec<Slot> = (0..120).map(&mut slot).collect();
        let runs = [Run { seed: lane_seed(9, 2), slots }];
        let drives = stimulus(&runs);
        let got = simulate(&drives);
        compare(Twin::Contract, &drives, &got, true).unwrap_or_else(|m| panic!("{m}"));
        // Caught through the kept slots' spins alone: the idle slots' spins are not compared.
        let m =
            compare(Twin::IdleSlotsDoNotDraw, &drives, &got, false).expect_err("a skipped idle draw was not caught");
        assert_eq!(m.port, "spin", "{m}");
    }

    #[test]
    fn a_lane_steps_exactly_once_per_slot() {
        // Independent of the twin's queue: after slot k's results drain, the generator's state is
        // the seed stepped k + 1 times.
        let seed = lane_seed(3, 5);
        let mut bench = Bench::new(Lane::default());
        apply(&mut bench, &Drive { load: true, seed, ..Drive::default() });
        bench.cycle();
        let mut want = rng::LaneRng::new(seed);
        for k in 0..50 {
            apply(&mut bench, &Drive { compute: true, clear: true, delta: 1, ..Drive::default() });
            bench.cycle();
            apply(&mut bench, &Drive::default());
            for _ in 0..LATENCY {
                bench.cycle();
            }
            want.step();
            assert_eq!(bench.dut.state.val().to_u64(), want.state, "slot {k}");
        }
    }

    /// Replays the stimulus; one line per clock: inputs, then the expected outputs with a
    /// "cares" bit for `spin` and `start_spin`.
    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  reg clock = 0;
  reg [63:0] seed = 0;
  reg load = 0;
  reg clear = 0;
  reg preload_en = 0;
  reg signed [17:0] preload = 0;
  reg add_en = 0;
  reg signed [15:0] weight = 0;
  reg source_spin = 0;
  reg compute = 0;
  reg [15:0] delta_code = 0;
  reg [4:0] shift_amount = 0;
  reg signed [15:0] offset = 0;
  wire signed [17:0] acc;
  wire signed [15:0] field;
  wire [63:0] state;
  wire spin;
  wire spin_valid;
  wire start_spin;
  reg [179:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .seed(seed), .load(load), .clear(clear), .preload_en(preload_en), .preload(preload),
          .add_en(add_en), .weight(weight), .source_spin(source_spin), .compute(compute), .delta_code(delta_code),
          .shift_amount(shift_amount), .offset(offset), .acc(acc), .field(field), .state(state), .spin(spin),
          .spin_valid(spin_valid), .start_spin(start_spin));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {load, seed, clear, preload_en, preload, add_en, weight, source_spin, compute, delta_code, shift_amount,
       offset} = vec[i][179:39];
      #1 clock = 1;
      #1 clock = 0;
      if (spin_valid !== vec[i][38] || (vec[i][37] && spin !== vec[i][36]) || (vec[i][35] && start_spin !== vec[i][34])
          || field !== vec[i][33:18] || acc !== vec[i][17:0]) begin
        if (errors < 10) $display("MISMATCH cycle %0d: expected spin_valid %h spin %h/%h start %h/%h field %h acc %h, got %h %h %h %h %h",
                                  i + 1, vec[i][38], vec[i][37], vec[i][36], vec[i][35], vec[i][34], vec[i][33:18],
                                  vec[i][17:0], spin_valid, spin, start_spin, field, acc);
        errors = errors + 1;
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    /// Packs `(value, width)` fields, first field most significant, into hex digits (the total
    /// width is a multiple of 4).
    fn hex(fields: &[(u64, usize)]) -> String {
        let bits: Vec<u32> = fields.iter().flat_map(|&(v, w)| (0..w).rev().map(move |i| (v >> i & 1) as u32)).collect();
        assert_eq!(bits.len() % 4, 0);
        bits.chunks(4).map(|c| char::from_digit(c.iter().fold(0, |a, &b| a << 1 | b), 16).expect("a nibble")).collect()
    }

    #[test]
    fn generated_verilog_matches_the_contract() {
        let drives = stimulus(&runs(&PAIRS, SLOTS_PER_RUN));
        let lines: Vec<String> = drives
            .iter()
            .zip(expectations(Twin::Contract, &drives))
            .map(|(d, e)| {
                let mut line = hex(&[
                    (d.load.into(), 1),
                    (d.seed, 64),
                    (d.clear.into(), 1),
                    (d.preload_en.into(), 1),
                    (d.preload as u64, ACC_BITS),
                    (d.add_en.into(), 1),
                    (d.weight as u64, WEIGHT_BITS),
                    (d.source_spin.into(), 1),
                    (d.compute.into(), 1),
                    (d.delta.into(), 16),
                    (d.k.into(), 5),
                    (d.offset as u64, 16),
                    (e.spin_valid.into(), 1),
                    (e.spin.is_some().into(), 1),
                    (e.spin.unwrap_or(false).into(), 1),
                    (e.start_spin.is_some().into(), 1),
                    (e.start_spin.unwrap_or(false).into(), 1),
                    (e.field as u64, 16),
                    (e.acc as u64, ACC_BITS),
                ]);
                line.push('\n');
                line
            })
            .collect();
        let testbench = REPLAY_TESTBENCH.replace("@N@", &lines.len().to_string());
        verilog::assert_replay_clean("lane", &testbench, &lines.concat());
    }

    crate::verilog_checks!("lane");
}
