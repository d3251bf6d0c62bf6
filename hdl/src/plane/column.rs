//! # `Column`: one destination channel's decisions on the plane engine
//!
//! **Purpose.** Everything between a column of the PE array and the spins it decides: the sum
//! queue (array order into raster order), the column's table of border constants and biases,
//! its spin words (each spin's clamp field and running sum), the decision unit, and the row of
//! spins assembled for the plane store. Column `d` decides the spins of channels `g·D + d`
//! (`thermoblock_contract::plane::PlaneSchedule::decisions`); the engine has `D` of them side by
//! side, driven by one decision pipeline ([`super::drain`]), which fixes the three moments of a
//! decision every port below belongs to.
//!
//! **Equation.** For a decision of `phase` (0 clamp hidden, 1 clamp output, 2 hidden, 3 output)
//! at a position of border class `class`, with `T = table[phase, group, class] = {bias, B}` and
//! `S = words[address] = {sum, f}`: the decision unit's
//! `acc = (phase ≥ 2 ? 2A : A) − B + (phase = 3 ? f : 0)` and
//! `field = field_code(acc, offset, delta, e)` with `offset = bias` (phase 0), `f` (phase 2) or 0,
//! `delta = delta_code` in the sweeps and `DELTA_ONE` in the clamp pass, `e` the phase's
//! exponent (`h1`, `c2`, field). The spin written is the p-bit's in the sweeps and the draw's top
//! bit (the start spin) in the clamp pass. The clamp pass writes `{0, field}` (its field is `h1`
//! or `c2`), a kept sweep `{sum ± 1, f}` (+1 for a +1 spin); other sweeps write nothing.
//! `thermoblock_contract::column` lays the table and the words out.
//!
//! **Ports** (cycle `τ − 1` asks, `τ` decides, `τ + 7` writes: [`DECISION_LATENCY`] − 1 edges
//! after the decision, as the engine twin writes):
//!
//! | port | dir | width | timing |
//! |---|---|---|---|
//! | `clock` | in | 1 | rising edge |
//! | `arrive`, `arrive_x`, `sums` | in | 1, 4, 14 x 19 | the array's column: ring position `arrive_x`'s sums, row `r` at bits `[19·r +: 19]` (the [`SumQueue`]'s) |
//! | `want`, `want_row`, `want_x` | in | 1, 4, 4 | cycle `τ − 1`: the position decided at edge `τ` |
//! | `table_address` | in | 10 | cycle `τ − 1`: `{phase, group, class}` of that decision |
//! | `word_address` | in | 13 | cycle `τ − 1`: its spin word; otherwise any word, read for the host |
//! | `decide`, `phase` | in | 1, 2 | cycle `τ`: the decision and its phase |
//! | `delta_code`, `shift_h1`, `shift_c2`, `shift_field` | in | 16, 5, 5, 5 | the run's delta code and the phases' `e + 7` (held through a run) |
//! | `write`, `write_sweep`, `write_keep`, `write_x`, `write_address` | in | 1, 1, 1, 4, 13 | cycle `τ + 7`: the decision's results are here; whether it is a sweep's (phase ≥ 2) and it counts in the sums, its column `x` and spin word |
//! | `seed`, `load` | in | 64, 1 | the decision unit's generator (`load` not within 4 edges after a `decide`) |
//! | `table_write`, `table_write_address`, `table_data` | in | 1, 10, 35 | the host's table write (idle) |
//! | `row` | out | 14 | cycle `τ + 7`: the row so far with this decision's spin at bit `write_x`: the plane store's `wr_data` when `write_x = W − 1` |
//! | `spin` | out | 1 | cycle `τ + 7`: the spin written (`true` = +1) |
//! | `word` | out | 33 | the spin word read at the last edge (the host's readout) |
//!
//! **Memories.** The table: 1,024 words of 35 bits (two DP16KD). The spin words: `WORDS` words of
//! 33 bits, one read port (`τ − 1`, or the host's) and one write port (`τ + 7`): a spin's word is
//! read again only a whole sweep later, and the clamp pass's write of a word precedes the first
//! sweep's read of it by at least two edges (the engine twin checks both). The word read for a
//! decision travels beside it through seven registers to its write.
//!
//! **Reset.** None: registers power up at 0; the memories are written before they are read.

use rust_hdl::prelude::*;
use thermoblock_contract::column::{
    RUN_SUM_BITS, SPIN_ADDRESS_BITS, SPIN_WORD_BITS, TABLE_ADDRESS_BITS, TABLE_B_BITS, TABLE_BIAS_BITS,
    TABLE_WORD_BITS, TABLE_WORDS,
};
use thermoblock_contract::field::DELTA_ONE;
use thermoblock_contract::plane::DECISION_LATENCY;

use crate::chip::block_ram::BlockRam;
use crate::chip::field_unit::{DELTA_BITS, Extend, SHIFT_BITS};
use crate::constant as c;
use crate::plane::decision::{DecisionUnit, PRE_BITS, SUM_BITS};
use crate::plane::plane_store::ROW_BITS;
use crate::plane::sum_queue::{COLUMN_BITS, INDEX_BITS, SumQueue};
use crate::testbench::Clocked;
use crate::{FIELD_WIDTH, STATE_BITS};

/// Registers a decision's spin word passes through between its read and its write (the last,
/// written `[6]` in `update`: `hdl_gen` takes no named index).
const CARRY: usize = DECISION_LATENCY - 1;
const _: () = assert!(CARRY - 1 == 6);

const _: () = assert!(TABLE_B_BITS == SUM_BITS && TABLE_BIAS_BITS == FIELD_WIDTH && PRE_BITS == FIELD_WIDTH);

/// One column. `WORDS`: spin words (`thermoblock_contract::column::spin_words`).
#[derive(LogicBlock)]
pub struct Column<const WORDS: usize> {
    pub clock: Signal<In, Clock>,
    pub arrive: Signal<In, bool>,
    pub arrive_x: Signal<In, Bits<INDEX_BITS>>,
    pub sums: Signal<In, Bits<COLUMN_BITS>>,
    pub want: Signal<In, bool>,
    pub want_row: Signal<In, Bits<INDEX_BITS>>,
    pub want_x: Signal<In, Bits<INDEX_BITS>>,
    pub table_address: Signal<In, Bits<TABLE_ADDRESS_BITS>>,
    pub word_address: Signal<In, Bits<SPIN_ADDRESS_BITS>>,
    pub decide: Signal<In, bool>,
    pub phase: Signal<In, Bits<2>>,
    pub delta_code: Signal<In, Bits<DELTA_BITS>>,
    pub shift_h1: Signal<In, Bits<SHIFT_BITS>>,
    pub shift_c2: Signal<In, Bits<SHIFT_BITS>>,
    pub shift_field: Signal<In, Bits<SHIFT_BITS>>,
    pub write: Signal<In, bool>,
    pub write_sweep: Signal<In, bool>,
    pub write_keep: Signal<In, bool>,
    pub write_x: Signal<In, Bits<INDEX_BITS>>,
    pub write_address: Signal<In, Bits<SPIN_ADDRESS_BITS>>,
    pub seed: Signal<In, Bits<STATE_BITS>>,
    pub load: Signal<In, bool>,
    pub table_write: Signal<In, bool>,
    pub table_write_address: Signal<In, Bits<TABLE_ADDRESS_BITS>>,
    pub table_data: Signal<In, Bits<TABLE_WORD_BITS>>,
    pub row: Signal<Out, Bits<ROW_BITS>>,
    pub spin: Signal<Out, bool>,
    pub word: Signal<Out, Bits<SPIN_WORD_BITS>>,
    queue: SumQueue,
    border: BlockRam<TABLE_WORDS, TABLE_ADDRESS_BITS, TABLE_WORD_BITS>,
    words: BlockRam<WORDS, SPIN_ADDRESS_BITS, SPIN_WORD_BITS>,
    unit: DecisionUnit,
    /// The decision's spin word, from its read to its write.
    carry: [DFF<Bits<SPIN_WORD_BITS>>; CARRY],
    /// The decision's field (the decision unit shows it from two edges before the spin, until
    /// the next decision's replaces it), held to the write.
    field_q: DFF<Bits<FIELD_WIDTH>>,
    field_q2: DFF<Bits<FIELD_WIDTH>>,
    /// The row being assembled.
    row_r: DFF<Bits<ROW_BITS>>,
    // Combinational.
    /// The written word's parts, widened to the word.
    sum_ext: Extend<RUN_SUM_BITS, SPIN_WORD_BITS, false>,
    field_ext: Extend<FIELD_WIDTH, SPIN_WORD_BITS, false>,
    /// The carried sum plus the spin.
    new_sum: Signal<Local, Bits<RUN_SUM_BITS>>,
    /// The row's bit at `write_x`.
    at_x: Signal<Local, Bits<ROW_BITS>>,
    // Constants.
    phase_n: [Constant<Bits<2>>; 4],
    delta_one: Constant<Bits<DELTA_BITS>>,
    zero_field: Constant<Bits<FIELD_WIDTH>>,
    zero_sum: Constant<Bits<RUN_SUM_BITS>>,
    plus_one: Constant<Bits<RUN_SUM_BITS>>,
    minus_one: Constant<Bits<RUN_SUM_BITS>>,
    one_row: Constant<Bits<ROW_BITS>>,
    sum_lsb: Constant<Bits<6>>,
    bias_lsb: Constant<Bits<6>>,
    field_width: Constant<Bits<6>>,
}

impl<const WORDS: usize> Default for Column<WORDS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            arrive: Default::default(),
            arrive_x: Default::default(),
            sums: Default::default(),
            want: Default::default(),
            want_row: Default::default(),
            want_x: Default::default(),
            table_address: Default::default(),
            word_address: Default::default(),
            decide: Default::default(),
            phase: Default::default(),
            delta_code: Default::default(),
            shift_h1: Default::default(),
            shift_c2: Default::default(),
            shift_field: Default::default(),
            write: Default::default(),
            write_sweep: Default::default(),
            write_keep: Default::default(),
            write_x: Default::default(),
            write_address: Default::default(),
            seed: Default::default(),
            load: Default::default(),
            table_write: Default::default(),
            table_write_address: Default::default(),
            table_data: Default::default(),
            row: Default::default(),
            spin: Default::default(),
            word: Default::default(),
            queue: Default::default(),
            border: Default::default(),
            words: Default::default(),
            unit: Default::default(),
            carry: Default::default(),
            field_q: Default::default(),
            field_q2: Default::default(),
            row_r: Default::default(),
            sum_ext: Default::default(),
            field_ext: Default::default(),
            new_sum: Default::default(),
            at_x: Default::default(),
            phase_n: std::array::from_fn(|k| c(k as u64)),
            delta_one: c(u64::from(DELTA_ONE)),
            zero_field: c(0),
            zero_sum: c(0),
            plus_one: c(1),
            minus_one: c((1 << RUN_SUM_BITS) - 1),
            one_row: c(1),
            sum_lsb: c(0),
            bias_lsb: c(TABLE_B_BITS as u64),
            field_width: c(FIELD_WIDTH as u64),
        }
    }
}

impl<const WORDS: usize> Logic for Column<WORDS> {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, queue, border, words, unit);
        dff_setup!(self, clock, field_q, field_q2, row_r);
        for k in 0..CARRY {
            self.carry[k].clock.next = self.clock.val();
        }
        // Cycle τ − 1: the sum queue, the table and the spin word are read for the decision.
        self.queue.arrive.next = self.arrive.val();
        self.queue.x.next = self.arrive_x.val();
        self.queue.sums.next = self.sums.val();
        self.queue.want.next = self.want.val();
        self.queue.want_row.next = self.want_row.val();
        self.queue.want_x.next = self.want_x.val();
        self.border.read_address.next = self.table_address.val();
        self.border.write_address.next = self.table_write_address.val();
        self.border.write_data.next = self.table_data.val();
        self.border.write_enable.next = self.table_write.val();
        self.words.read_address.next = self.word_address.val();
        self.word.next = self.words.read_data.val();

        // Cycle τ: the decision.
        self.unit.seed.next = self.seed.val();
        self.unit.load.next = self.load.val();
        self.unit.decide.next = self.decide.val();
        self.unit.a.next = signed_cast(self.queue.sum.val());
        self.unit.b.next = signed_cast(self.border.read_data.val().get_bits::<SUM_BITS>(self.sum_lsb.val().index()));
        self.unit.doubled.next = self.phase.val().get_bit(1);
        self.unit.delta_code.next = self.delta_one.val();
        if self.phase.val().get_bit(1) {
            self.unit.delta_code.next = self.delta_code.val();
        }
        self.unit.shift_amount.next = self.shift_field.val();
        self.unit.offset.next = signed_cast(self.zero_field.val());
        self.unit.pre.next = signed_cast(self.zero_field.val());
        if self.phase.val() == self.phase_n[0].val() {
            self.unit.shift_amount.next = self.shift_h1.val();
            self.unit.offset.next =
                signed_cast(self.border.read_data.val().get_bits::<FIELD_WIDTH>(self.bias_lsb.val().index()));
        }
        if self.phase.val() == self.phase_n[1].val() {
            self.unit.shift_amount.next = self.shift_c2.val();
        }
        if self.phase.val() == self.phase_n[2].val() {
            self.unit.offset.next =
                signed_cast(self.words.read_data.val().get_bits::<FIELD_WIDTH>(self.sum_lsb.val().index()));
        }
        if self.phase.val() == self.phase_n[3].val() {
            self.unit.pre.next =
                signed_cast(self.words.read_data.val().get_bits::<FIELD_WIDTH>(self.sum_lsb.val().index()));
        }
        self.carry[0].d.next = self.words.read_data.val();
        for k in 1..CARRY {
            self.carry[k].d.next = self.carry[k - 1].q.val();
        }
        self.field_q.d.next = unsigned_cast(self.unit.field.val());
        self.field_q2.d.next = self.field_q.q.val();

        // Cycle τ + 7: the spin, the row, the spin word.
        self.spin.next = self.unit.spin.val();
        if !self.write_sweep.val() {
            self.spin.next = self.unit.start_spin.val();
        }
        self.at_x.next = self.one_row.val() << self.write_x.val();
        self.row.next = self.row_r.q.val() & !self.at_x.val();
        if self.spin.val() {
            self.row.next = self.row_r.q.val() | self.at_x.val();
        }
        if self.write.val() {
            self.row_r.d.next = self.row.val();
        }
        self.new_sum.next =
            self.carry[6].q.val().get_bits::<RUN_SUM_BITS>(self.field_width.val().index()) + self.minus_one.val();
        if self.spin.val() {
            self.new_sum.next =
                self.carry[6].q.val().get_bits::<RUN_SUM_BITS>(self.field_width.val().index()) + self.plus_one.val();
        }
        self.sum_ext.narrow.next = self.new_sum.val();
        self.field_ext.narrow.next = self.carry[6].q.val().get_bits::<FIELD_WIDTH>(self.sum_lsb.val().index());
        if !self.write_sweep.val() {
            self.sum_ext.narrow.next = self.zero_sum.val();
            self.field_ext.narrow.next = self.field_q2.q.val();
        }
        self.words.write_address.next = self.write_address.val();
        self.words.write_data.next = (self.sum_ext.wide.val() << self.field_width.val()) | self.field_ext.wide.val();
        self.words.write_enable.next = self.write.val() & (!self.write_sweep.val() | self.write_keep.val());
    }
}

impl<const WORDS: usize> Clocked for Column<WORDS> {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}
