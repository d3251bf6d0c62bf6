//! # `Drain`: where the PE array's sums become spins
//!
//! **Purpose.** The decision side of the plane engine: `D` [`Column`]s side by side and the one
//! decision pipeline that drives them. The controller asks for one position a cycle (`want`, in
//! raster order, group by group: `super::controller`); every column decides its channel's spin at
//! that position in the next cycle, and seven edges later writes it — into the row it assembles for
//! the plane store, and into the spin's word (clamp field, running sum). The pipeline carries each
//! decision's description (phase, group, row, column, whether it counts, spin word) from the
//! request to the write, and walks the spin words' addresses, which follow the decisions' order
//! (`thermoblock_contract::column`): a counter, restarted at each phase's first position.
//!
//! **Ports** (`top` in `hdl/generated/plane_drain.v`, the ULX3S size `D = 8`):
//!
//! | port | dir | width | timing |
//! |---|---|---|---|
//! | `clock` | in | 1 | rising edge |
//! | `arrive`, `arrive_x`, `sums` | in | 1, 4, `D` x 266 | the array's output: ring position `arrive_x`'s sums, column `d` at `sums[d]` |
//! | `want`, `want_phase`, `want_group`, `want_p`, `want_row`, `want_x`, `want_class`, `want_keep` | in | 1, 2, 8, 8, 4, 4, 4, 1 | the controller's request (groups below 16: the tables' group field) (cycle `τ − 1`): position `want_p` of `want_group` is decided at edge `τ` |
//! | `decisions`: `w_last`, `output_base`, `delta_code`, `shift_h1`, `shift_c2`, `shift_field` | in | 4, 13, 16, 5, 5, 5 | [`DecisionSetup`]: `W − 1`, the output layer's first spin word, the run's delta code, the phases' `e + 7` |
//! | `seeds`, `load` | in | `D` x 64, 1 | the decision units' generators (`load` while idle) |
//! | `table_write`, `table_address`, `table_data` | in | `D`, 10, 35 | the host writes a table word into the columns in the mask (idle) |
//! | `host_address` | in | 13 | the spin word every column reads in a cycle without `want` |
//! | `wr`, `wr_output`, `wr_group`, `wr_row`, `wr_data` | out | 1, 1, 8, 4, `D` x 14 | cycle `τ + 7`: write row `wr_row` of channel `wr_group·D + d` of the hidden (`wr_output` low) or output layer with `wr_data[d]`, every bank (the plane store's write port) |
//! | `decided`, `spins` | out | 1, `D` | cycle `τ + 7`: the columns' spins written (`true` = +1) |
//! | `words` | out | `D` x 33 | each column's spin word read at the last edge (the host's readout) |
//!
//! A last group's spare columns (channel `≥ C`) decide and write like the others, into rows
//! and words that exist (the stores are sized for whole groups) and that nothing reads.
//!
//! **Latency.** Request at edge `τ − 1`, decision at `τ`, writes at `τ + 7`: a spin is in the
//! plane store `DECISION_LATENCY` = 8 edges after its decision. Fully pipelined.
//!
//! **Reset.** None: registers power up at 0 (no decision in flight).

use rust_hdl::prelude::*;
use thermoblock_contract::column::{
    SPIN_ADDRESS_BITS, SPIN_WORD_BITS, TABLE_ADDRESS_BITS, TABLE_CLASS_BITS, TABLE_GROUP_BITS, TABLE_WORD_BITS,
};
use thermoblock_contract::plane::DECISION_LATENCY;

use crate::STATE_BITS;
use crate::chip::field_unit::{DELTA_BITS, Extend, SHIFT_BITS};
use crate::constant as c;
use crate::plane::column::Column;
use crate::plane::controller::{CH_BITS, P_BITS};
use crate::plane::plane_store::ROW_BITS;
use crate::plane::sum_queue::{COLUMN_BITS, INDEX_BITS};
use crate::testbench::Clocked;

/// Pipeline stages: stage `k` holds the decision of cycle `τ + k` (`k = 0`: the decision edge's).
const STAGES: usize = DECISION_LATENCY;
/// The stage whose decision writes (written `[7]` in `update`: `hdl_gen` takes no named index).
const _: () = assert!(STAGES - 1 == 7);

/// The decisions' parameters for one block on one grid and one run, written by the host and held
/// through a run: `W − 1` (a row is written with its last spin), the output layer's first spin
/// word (`column::output_base`), the run's delta code and the phases' `e + 7`. An interface, so
/// that the units that hold the drain pass it through whole.
#[derive(LogicInterface, Default)]
pub struct DecisionSetup {
    pub w_last: Signal<In, Bits<INDEX_BITS>>,
    pub output_base: Signal<In, Bits<SPIN_ADDRESS_BITS>>,
    pub delta_code: Signal<In, Bits<DELTA_BITS>>,
    pub shift_h1: Signal<In, Bits<SHIFT_BITS>>,
    pub shift_c2: Signal<In, Bits<SHIFT_BITS>>,
    pub shift_field: Signal<In, Bits<SHIFT_BITS>>,
}

/// The drain of a `D`-column array with `WORDS` spin words a column.
#[derive(LogicBlock)]
pub struct Drain<const D: usize, const WORDS: usize> {
    pub clock: Signal<In, Clock>,
    pub arrive: Signal<In, bool>,
    pub arrive_x: Signal<In, Bits<INDEX_BITS>>,
    pub sums: [Signal<In, Bits<COLUMN_BITS>>; D],
    pub want: Signal<In, bool>,
    pub want_phase: Signal<In, Bits<2>>,
    pub want_group: Signal<In, Bits<CH_BITS>>,
    pub want_p: Signal<In, Bits<P_BITS>>,
    pub want_row: Signal<In, Bits<INDEX_BITS>>,
    pub want_x: Signal<In, Bits<INDEX_BITS>>,
    pub want_class: Signal<In, Bits<TABLE_CLASS_BITS>>,
    pub want_keep: Signal<In, bool>,
    pub decisions: DecisionSetup,
    pub seeds: [Signal<In, Bits<STATE_BITS>>; D],
    pub load: Signal<In, bool>,
    pub table_write: Signal<In, Bits<D>>,
    pub table_address: Signal<In, Bits<TABLE_ADDRESS_BITS>>,
    pub table_data: Signal<In, Bits<TABLE_WORD_BITS>>,
    pub host_address: Signal<In, Bits<SPIN_ADDRESS_BITS>>,
    pub wr: Signal<Out, bool>,
    pub wr_output: Signal<Out, bool>,
    pub wr_group: Signal<Out, Bits<CH_BITS>>,
    pub wr_row: Signal<Out, Bits<INDEX_BITS>>,
    pub wr_data: [Signal<Out, Bits<ROW_BITS>>; D],
    pub decided: Signal<Out, bool>,
    pub spins: Signal<Out, Bits<D>>,
    pub words: [Signal<Out, Bits<SPIN_WORD_BITS>>; D],
    columns: [Column<WORDS>; D],
    // The pipeline: one description per stage.
    valid: [DFF<bool>; STAGES],
    phase: [DFF<Bits<2>>; STAGES],
    group: [DFF<Bits<CH_BITS>>; STAGES],
    row: [DFF<Bits<INDEX_BITS>>; STAGES],
    x: [DFF<Bits<INDEX_BITS>>; STAGES],
    keep: [DFF<bool>; STAGES],
    address: [DFF<Bits<SPIN_ADDRESS_BITS>>; STAGES],
    /// The spin word after the last one asked for.
    next_r: DFF<Bits<SPIN_ADDRESS_BITS>>,
    // Combinational.
    /// The request's spin word.
    asked: Signal<Local, Bits<SPIN_ADDRESS_BITS>>,
    table_at: Signal<Local, Bits<TABLE_ADDRESS_BITS>>,
    phase_ext: Extend<2, TABLE_ADDRESS_BITS, false>,
    group_ext: Extend<TABLE_GROUP_BITS, TABLE_ADDRESS_BITS, false>,
    class_ext: Extend<TABLE_CLASS_BITS, TABLE_ADDRESS_BITS, false>,
    // Constants.
    bank_bit: [Constant<Bits<D>>; D],
    zero_p: Constant<Bits<P_BITS>>,
    zero_group: Constant<Bits<CH_BITS>>,
    group_lsb: Constant<Bits<3>>,
    zero_address: Constant<Bits<SPIN_ADDRESS_BITS>>,
    one_address: Constant<Bits<SPIN_ADDRESS_BITS>>,
    zero_spins: Constant<Bits<D>>,
    group_shift: Constant<Bits<4>>,
    phase_shift: Constant<Bits<4>>,
}

impl<const D: usize, const WORDS: usize> Default for Drain<D, WORDS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            arrive: Default::default(),
            arrive_x: Default::default(),
            sums: std::array::from_fn(|_| Default::default()),
            want: Default::default(),
            want_phase: Default::default(),
            want_group: Default::default(),
            want_p: Default::default(),
            want_row: Default::default(),
            want_x: Default::default(),
            want_class: Default::default(),
            want_keep: Default::default(),
            decisions: Default::default(),
            seeds: std::array::from_fn(|_| Default::default()),
            load: Default::default(),
            table_write: Default::default(),
            table_address: Default::default(),
            table_data: Default::default(),
            host_address: Default::default(),
            wr: Default::default(),
            wr_output: Default::default(),
            wr_group: Default::default(),
            wr_row: Default::default(),
            wr_data: std::array::from_fn(|_| Default::default()),
            decided: Default::default(),
            spins: Default::default(),
            words: std::array::from_fn(|_| Default::default()),
            columns: std::array::from_fn(|_| Default::default()),
            valid: Default::default(),
            phase: Default::default(),
            group: Default::default(),
            row: Default::default(),
            x: Default::default(),
            keep: Default::default(),
            address: Default::default(),
            next_r: Default::default(),
            asked: Default::default(),
            table_at: Default::default(),
            phase_ext: Default::default(),
            group_ext: Default::default(),
            class_ext: Default::default(),
            bank_bit: std::array::from_fn(|d| c(1 << d)),
            zero_p: c(0),
            zero_group: c(0),
            group_lsb: c(0),
            zero_address: c(0),
            one_address: c(1),
            zero_spins: c(0),
            group_shift: c(TABLE_CLASS_BITS as u64),
            phase_shift: c((TABLE_GROUP_BITS + TABLE_CLASS_BITS) as u64),
        }
    }
}

impl<const D: usize, const WORDS: usize> Logic for Drain<D, WORDS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, next_r);
        for k in 0..STAGES {
            self.valid[k].clock.next = self.clock.val();
            self.phase[k].clock.next = self.clock.val();
            self.group[k].clock.next = self.clock.val();
            self.row[k].clock.next = self.clock.val();
            self.x[k].clock.next = self.clock.val();
            self.keep[k].clock.next = self.clock.val();
            self.address[k].clock.next = self.clock.val();
        }
        // The request's spin word: the phase's first word at its first position, else the next.
        self.asked.next = self.next_r.q.val();
        if (self.want_p.val() == self.zero_p.val()) & (self.want_group.val() == self.zero_group.val()) {
            self.asked.next = self.zero_address.val();
            if self.want_phase.val().get_bit(0) {
                self.asked.next = self.decisions.output_base.val();
            }
        }
        if self.want.val() {
            self.next_r.d.next = self.asked.val() + self.one_address.val();
        }
        self.phase_ext.narrow.next = self.want_phase.val();
        self.group_ext.narrow.next = self.want_group.val().get_bits::<TABLE_GROUP_BITS>(self.group_lsb.val().index());
        self.class_ext.narrow.next = self.want_class.val();
        self.table_at.next = (self.phase_ext.wide.val() << self.phase_shift.val())
            | (self.group_ext.wide.val() << self.group_shift.val())
            | self.class_ext.wide.val();

        // The pipeline: stage 0 is captured from the request.
        self.valid[0].d.next = self.want.val();
        self.phase[0].d.next = self.want_phase.val();
        self.group[0].d.next = self.want_group.val();
        self.row[0].d.next = self.want_row.val();
        self.x[0].d.next = self.want_x.val();
        self.keep[0].d.next = self.want_keep.val();
        self.address[0].d.next = self.asked.val();
        for k in 1..STAGES {
            self.valid[k].d.next = self.valid[k - 1].q.val();
            self.phase[k].d.next = self.phase[k - 1].q.val();
            self.group[k].d.next = self.group[k - 1].q.val();
            self.row[k].d.next = self.row[k - 1].q.val();
            self.x[k].d.next = self.x[k - 1].q.val();
            self.keep[k].d.next = self.keep[k - 1].q.val();
            self.address[k].d.next = self.address[k - 1].q.val();
        }

        // The columns.
        self.spins.next = self.zero_spins.val();
        for d in 0..D {
            self.columns[d].clock.next = self.clock.val();
            self.columns[d].arrive.next = self.arrive.val();
            self.columns[d].arrive_x.next = self.arrive_x.val();
            self.columns[d].sums.next = self.sums[d].val();
            self.columns[d].want.next = self.want.val();
            self.columns[d].want_row.next = self.want_row.val();
            self.columns[d].want_x.next = self.want_x.val();
            self.columns[d].table_address.next = self.table_at.val();
            self.columns[d].word_address.next = self.host_address.val();
            if self.want.val() {
                self.columns[d].word_address.next = self.asked.val();
            }
            self.columns[d].decide.next = self.valid[0].q.val();
            self.columns[d].phase.next = self.phase[0].q.val();
            self.columns[d].delta_code.next = self.decisions.delta_code.val();
            self.columns[d].shift_h1.next = self.decisions.shift_h1.val();
            self.columns[d].shift_c2.next = self.decisions.shift_c2.val();
            self.columns[d].shift_field.next = self.decisions.shift_field.val();
            self.columns[d].write.next = self.valid[7].q.val();
            self.columns[d].write_sweep.next = self.phase[7].q.val().get_bit(1);
            self.columns[d].write_keep.next = self.keep[7].q.val();
            self.columns[d].write_x.next = self.x[7].q.val();
            self.columns[d].write_address.next = self.address[7].q.val();
            self.columns[d].seed.next = self.seeds[d].val();
            self.columns[d].load.next = self.load.val();
            self.columns[d].table_write.next = (self.table_write.val() & self.bank_bit[d].val()).any();
            self.columns[d].table_write_address.next = self.table_address.val();
            self.columns[d].table_data.next = self.table_data.val();
            self.wr_data[d].next = self.columns[d].row.val();
            self.words[d].next = self.columns[d].word.val();
            if self.columns[d].spin.val() {
                self.spins.next = self.spins.val() | self.bank_bit[d].val();
            }
        }

        // The writes.
        self.wr.next = self.valid[7].q.val() & (self.x[7].q.val() == self.decisions.w_last.val());
        self.wr_output.next = self.phase[7].q.val().get_bit(0);
        self.wr_group.next = self.group[7].q.val();
        self.wr_row.next = self.row[7].q.val();
        self.decided.next = self.valid[7].q.val();
    }
}

impl<const D: usize, const WORDS: usize> Clocked for Drain<D, WORDS> {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

/// The ULX3S engine's drain: 8 columns of `column::spin_words(&ECP5_85F_PLANE)` words.
pub type DrainUlx3s =
    Drain<8, { thermoblock_contract::column::spin_words(&thermoblock_contract::config::ECP5_85F_PLANE) }>;

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::HashMap;

    use rust_hdl::prelude::*;
    use thermoblock_contract::border::border_class;
    use thermoblock_contract::column::{column_tables, output_base, spin_word_address, split_spin_word, table_address};
    use thermoblock_contract::config::ECP5_85F_PLANE;
    use thermoblock_contract::field::{SHIFT_BIAS, delta_code};
    use thermoblock_contract::image::ChipImage;
    use thermoblock_contract::plane::PlaneSchedule;
    use thermoblock_contract::rng::lane_seed;
    use thermoblock_contract::run::ChipRun;

    use super::*;
    use crate::plane::array::ROWS;
    use crate::plane::decision::SUM_BITS;
    use crate::plane::engine::tests::{CASES, Case, array};
    use crate::plane::engine::{DrainRecord, EngineTrace, Plant, RowWritten};
    use crate::testbench::{Bench, Port, VectorLine, bit_vec, bits, replay_testbench};

    const WORDS: usize = thermoblock_contract::column::spin_words(&ECP5_85F_PLANE);

    /// A fault planted in the stimulus, to show the comparison notices it.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Fault {
        None,
        /// The array's sums reach the drain a cycle late.
        SumsLate,
        /// The tables hold each class's constants under the transposed class (rows for columns).
        ClassesTransposed,
        /// Every sweep counts in the sums, burn-in included.
        NoBurnIn,
    }

    /// The drain's parameters for `image` on `schedule`'s grid and `run`.
    pub(crate) fn set_decisions(ports: &mut DecisionSetup, image: &ChipImage, schedule: &PlaneSchedule, run: &ChipRun) {
        let exps = image.lane_exponents();
        let shift = |e: i32| bits::<SHIFT_BITS>((e + SHIFT_BIAS) as usize);
        ports.w_last.next = bits(schedule.shape.w - 1);
        ports.output_base.next = bits(output_base(schedule));
        ports.delta_code.next = bits(delta_code(run.delta).into());
        (ports.shift_h1.next, ports.shift_c2.next, ports.shift_field.next) =
            (shift(exps.h1), shift(exps.c2), shift(exps.field));
    }

    /// A bit vector, least significant first.
    /// Column `d`'s sums of an arrival, row `r` at bits `[19·r +: 19]`.
    pub(crate) fn pack(sums: &[i64], d: usize) -> Bits<COLUMN_BITS> {
        let mut b = Bits::<COLUMN_BITS>::default();
        for r in 0..ROWS {
            for i in 0..SUM_BITS {
                b = b.replace_bit(r * SUM_BITS + i, sums[d * ROWS + r] >> i & 1 == 1);
            }
        }
        b
    }

    /// What the twin's record says the decision side must show: per cycle, the spins written
    /// and the plane row written; at the end, every spin word. Shared with the engine top's test.
    pub(crate) struct Expected<'a> {
        record: &'a DrainRecord,
        columns: usize,
        w: usize,
        decisions: HashMap<usize, Vec<(usize, Option<usize>, bool)>>,
        rows: HashMap<usize, Vec<&'a RowWritten>>,
    }

    impl<'a> Expected<'a> {
        pub(crate) fn new(record: &'a DrainRecord, columns: usize, w: usize) -> Self {
            let mut decisions: HashMap<usize, Vec<_>> = HashMap::new();
            for &(edge, d, ch, spin) in &record.decisions {
                decisions.entry(edge).or_default().push((d, ch, spin));
            }
            let mut rows: HashMap<usize, Vec<_>> = HashMap::new();
            for r in &record.rows {
                rows.entry(r.0).or_default().push(r);
            }
            Self { record, columns, w, decisions, rows }
        }

        /// Compares cycle `tau`'s outputs (the twin's cycle numbers): whether decisions are
        /// written and their spins (bit `d` for column `d`), and the plane row write, if any
        /// (`(output layer, group, row)`, column `d`'s row word from `data(d)`). Returns the
        /// decisions compared.
        pub(crate) fn cycle(
            &self,
            tau: usize,
            decided: bool,
            spins: u64,
            wr: Option<(bool, usize, usize)>,
            data: &dyn Fn(usize) -> u64,
        ) -> Result<usize, String> {
            let expected = self.decisions.get(&tau);
            if decided != expected.is_some() {
                return Err(format!("cycle {tau}: decided {decided} where the twin {}", expected.is_some()));
            }
            for &(d, ch, spin) in expected.into_iter().flatten() {
                if ch.is_some() && (spins >> d & 1 == 1) != spin {
                    return Err(format!("cycle {tau}: column {d} (channel {ch:?}) wrote {} for {spin}", !spin));
                }
            }
            let writes = self.rows.get(&tau);
            if wr.is_some() != writes.is_some() {
                return Err(format!("cycle {tau}: a row write {} where the twin {}", wr.is_some(), writes.is_some()));
            }
            for &&(_, layer, ch, row, ref bits) in writes.into_iter().flatten() {
                if wr != Some((layer == 2, ch / self.columns, row)) {
                    return Err(format!("cycle {tau}: row write {wr:?} for layer {layer} channel {ch} row {row}"));
                }
                let want = (0..self.w).filter(|&x| bits[x]).fold(0u64, |v, x| v | 1 << x);
                let got = data(ch % self.columns);
                if got != want {
                    return Err(format!("cycle {tau}: layer {layer} channel {ch} row {row}: {got:#b}, not {want:#b}"));
                }
            }
            Ok(expected.map_or(0, Vec::len))
        }

        /// Reads every spin word of the run's channels through `read` (an address to every
        /// column's word) and compares its clamp field and running sum with the twin's.
        pub(crate) fn words(
            &self,
            schedule: &PlaneSchedule,
            read: &mut dyn FnMut(usize) -> Vec<u64>,
        ) -> Result<(), String> {
            let (d_cols, hw) = (self.columns, schedule.shape.h * schedule.shape.w);
            for (layer, channels) in [(0, schedule.shape.c1), (1, schedule.shape.c2)] {
                for g in 0..schedule.groups(channels) {
                    for p in 0..hw {
                        let words = read(spin_word_address(schedule, layer == 1, g, p));
                        for d in (0..d_cols).filter(|d| g * d_cols + d < channels) {
                            let ch = g * d_cols + d;
                            let got = split_spin_word(words[d]);
                            let f = &self.record;
                            let want = (f.fields[layer][ch * hw + p], i64::from(f.sums[layer][ch * hw + p]));
                            if got != want {
                                return Err(format!(
                                    "layer {layer} channel {ch} position {p}: word {got:?}, not {want:?}"
                                ));
                            }
                        }
                    }
                }
            }
            Ok(())
        }
    }

    /// A port and its value now, least significant bit first.
    type Valued = (Port, Vec<bool>);

    /// The ports in the order the replay's vectors carry them, with their values now.
    fn ports<const D: usize>(u: &Drain<D, WORDS>) -> (Vec<Valued>, Vec<Valued>) {
        let one = |name: &str, v: bool| (Port::new(name, 1), vec![v]);
        let many = |name: &str, v: Vec<bool>| (Port::new(name, v.len()), v);
        let mut inputs = vec![one("arrive", u.arrive.val()), many("arrive_x", bit_vec(u.arrive_x.val()))];
        inputs.extend((0..D).map(|d| many(&format!("sums${d}"), bit_vec(u.sums[d].val()))));
        inputs.extend([
            one("want", u.want.val()),
            many("want_phase", bit_vec(u.want_phase.val())),
            many("want_group", bit_vec(u.want_group.val())),
            many("want_p", bit_vec(u.want_p.val())),
            many("want_row", bit_vec(u.want_row.val())),
            many("want_x", bit_vec(u.want_x.val())),
            many("want_class", bit_vec(u.want_class.val())),
            one("want_keep", u.want_keep.val()),
            many("decisions$w_last", bit_vec(u.decisions.w_last.val())),
            many("decisions$output_base", bit_vec(u.decisions.output_base.val())),
            many("decisions$delta_code", bit_vec(u.decisions.delta_code.val())),
            many("decisions$shift_h1", bit_vec(u.decisions.shift_h1.val())),
            many("decisions$shift_c2", bit_vec(u.decisions.shift_c2.val())),
            many("decisions$shift_field", bit_vec(u.decisions.shift_field.val())),
        ]);
        inputs.extend((0..D).map(|d| many(&format!("seeds${d}"), bit_vec(u.seeds[d].val()))));
        inputs.extend([
            one("load", u.load.val()),
            many("table_write", bit_vec(u.table_write.val())),
            many("table_address", bit_vec(u.table_address.val())),
            many("table_data", bit_vec(u.table_data.val())),
            many("host_address", bit_vec(u.host_address.val())),
        ]);
        let mut outputs = vec![
            one("wr", u.wr.val()),
            one("wr_output", u.wr_output.val()),
            many("wr_group", bit_vec(u.wr_group.val())),
            many("wr_row", bit_vec(u.wr_row.val())),
        ];
        outputs.extend((0..D).map(|d| many(&format!("wr_data${d}"), bit_vec(u.wr_data[d].val()))));
        outputs.extend([one("decided", u.decided.val()), many("spins", bit_vec(u.spins.val()))]);
        outputs.extend((0..D).map(|d| many(&format!("words${d}"), bit_vec(u.words[d].val()))));
        (inputs, outputs)
    }

    /// Drives a drain through the twin's run of `case` — the tables and seeds uploaded, then the
    /// controller's requests and the array's sums cycle by cycle — and compares every decision's
    /// spin, every plane row write and, read back at the end, every spin word with the twin's.
    /// `each` sees the bench before every edge (the replay records it). Returns the decisions
    /// compared, or the first difference.
    fn check<const D: usize>(
        case: &Case,
        run: &ChipRun,
        fault: Fault,
        each: &mut dyn FnMut(&Drain<D, WORDS>),
    ) -> Result<usize, String> {
        assert_eq!(case.columns, D);
        let twin_run = ChipRun { burn_in: if fault == Fault::NoBurnIn { 0 } else { run.burn_in }, ..*run };
        let EngineTrace { control, drain: record, .. } = case.twin(run, Plant::default());
        let keep_trace = match fault {
            Fault::NoBurnIn => case.twin(&twin_run, Plant::default()).control,
            _ => control.clone(),
        };
        let (img, _) = case.prepare();
        let (h, w) = case.grid;
        let schedule = PlaneSchedule { array: array(D), shape: img.shape(h, w) };
        let mut bench = Bench::new(Drain::<D, WORDS>::default());
        let mut clock = |bench: &mut Bench<Drain<D, WORDS>>| {
            bench.settle();
            each(&bench.dut);
            bench.cycle();
        };

        // Configuration, tables, seeds.
        set_decisions(&mut bench.dut.decisions, &img, &schedule, run);
        let tables = column_tables(&img, D);
        let control_groups = schedule.control().phases.map(|p| p.groups);
        for (phase, &groups) in control_groups.iter().enumerate() {
            for g in 0..groups {
                for class in 0..16 {
                    let stored = match fault {
                        Fault::ClassesTransposed => (class % 4) * 4 + class / 4,
                        _ => class,
                    };
                    for (d, table) in tables.iter().enumerate() {
                        let u = &mut bench.dut;
                        u.table_write.next = bits(1 << d);
                        u.table_address.next = bits(table_address(phase, g, stored));
                        u.table_data.next = bits(table[table_address(phase, g, class)] as usize);
                        clock(&mut bench);
                    }
                }
            }
        }
        bench.dut.table_write.next = bits(0);
        for d in 0..D {
            bench.dut.seeds[d].next = bits(lane_seed(run.seed, d) as usize);
        }
        bench.dut.load.next = true;
        clock(&mut bench);
        bench.dut.load.next = false;

        // The run.
        let arrivals: HashMap<usize, &Vec<i64>> = record.arrivals.iter().map(|(t, s)| (*t, s)).collect();
        let expected = Expected::new(&record, D, w);
        let late = usize::from(fault == Fault::SumsLate);
        let mut compared = 0;
        for tau in 0..control.len() + 2 {
            let u = &mut bench.dut;
            let arrive = tau.checked_sub(late).and_then(|t| control.get(t)).and_then(|c| c.arrive);
            u.arrive.next = arrive.is_some();
            u.arrive_x.next = bits(arrive.unwrap_or(0));
            if arrive.is_some() {
                let sums = arrivals[&(tau - late)];
                for d in 0..D {
                    u.sums[d].next = pack(sums, d);
                }
            }
            let want = control.get(tau).and_then(|c| c.want);
            let keep = keep_trace.get(tau).and_then(|c| c.want).is_some_and(|w| w.3);
            u.want.next = want.is_some();
            let (phase, group, p, _) = want.unwrap_or_default();
            u.want_phase.next = bits(phase);
            u.want_group.next = bits(group);
            u.want_p.next = bits(p);
            u.want_row.next = bits(p / w);
            u.want_x.next = bits(p % w);
            u.want_class.next = bits(if want.is_some() { border_class(p, h, w) } else { 0 });
            u.want_keep.next = keep;
            bench.settle();
            // The outputs of cycle tau.
            let u = &bench.dut;
            let writes = |d: usize| u.wr_data[d].val().to_u64();
            let wr = (u.wr_output.val(), u.wr_group.val().to_u64() as usize, u.wr_row.val().to_u64() as usize);
            compared +=
                expected.cycle(tau, u.decided.val(), u.spins.val().to_u64(), u.wr.val().then_some(wr), &writes)?;
            clock(&mut bench);
        }

        // The spin words, read back as the host does.
        expected.words(&schedule, &mut |address| {
            bench.dut.host_address.next = bits(address);
            clock(&mut bench);
            bench.settle();
            (0..D).map(|d| bench.dut.words[d].val().to_u64()).collect()
        })?;
        Ok(compared)
    }

    fn run_case<const D: usize>(case: &Case, run: &ChipRun) {
        let n = check::<D>(case, run, Fault::None, &mut |_| {}).unwrap_or_else(|m| panic!("{}: {m}", case.name()));
        let (img, _) = case.prepare();
        let s = PlaneSchedule { array: array(D), shape: img.shape(case.grid.0, case.grid.1) };
        let per_sweep = (s.groups(img.c1) + s.groups(img.c2)) * D * case.grid.0 * case.grid.1;
        assert_eq!(n, per_sweep * (run.sweeps as usize + 1), "{}: every decision compared", case.name());
    }

    const RUN: ChipRun = ChipRun { delta: 0.6, sweeps: 3, burn_in: 1, seed: 77 };

    #[test]
    fn every_spin_row_and_word_equals_the_twins() {
        for case in &CASES {
            match case.columns {
                1 => run_case::<1>(case, &RUN),
                2 => run_case::<2>(case, &RUN),
                3 => run_case::<3>(case, &RUN),
                8 => run_case::<8>(case, &RUN),
                d => panic!("no drain of {d} columns instantiated"),
            }
        }
    }

    #[test]
    fn planted_faults_are_caught() {
        let case = &CASES[1]; // 3/5/4 on 4 x 5, D = 2: border classes of every kind.
        for fault in [Fault::SumsLate, Fault::ClassesTransposed, Fault::NoBurnIn] {
            assert!(check::<2>(case, &RUN, fault, &mut |_| {}).is_err(), "{fault:?} went unnoticed");
        }
    }

    #[test]
    fn two_sweeps_of_an_mnist_sized_block() {
        let case = Case { c: (32, 64, 64), kernel: 3, grid: (14, 14), columns: 8, seed: 8 };
        crate::flow::verilog::on_big_stack(|| {
            run_case::<8>(&case, &ChipRun { delta: 0.3, sweeps: 2, burn_in: 1, seed: 5 })
        });
    }

    #[test]
    fn generated_verilog_matches_the_simulation() {
        // The stalling 8/16/8 block on 8 x 8 at the ULX3S size.
        let mut lines = Vec::new();
        let mut names = None;
        let run = ChipRun { delta: 0.5, sweeps: 2, burn_in: 1, seed: 3 };
        check::<8>(&CASES[3], &run, Fault::None, &mut |u| {
            let (inputs, outputs) = ports(u);
            let mut v = VectorLine::default();
            for (_, bits) in inputs.iter().chain(&outputs) {
                v.put_bits(bits);
            }
            lines.push(v.hex());
            names.get_or_insert_with(|| {
                (
                    inputs.into_iter().map(|p| p.0).collect::<Vec<_>>(),
                    outputs.into_iter().map(|p| p.0).collect::<Vec<_>>(),
                )
            });
        })
        .unwrap_or_else(|m| panic!("{m}"));
        let (inputs, outputs) = names.expect("cycles ran");
        let testbench = replay_testbench(&inputs, &outputs, lines.len());
        crate::flow::verilog::assert_replay_clean("plane_drain", &testbench, &lines.concat());
    }

    crate::verilog_checks!("plane_drain");
}
