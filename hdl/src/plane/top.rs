//! # `PlaneEngine`: the plane engine's units wired together
//!
//! **Purpose.** One block run on the plane engine, from uploaded weights, tables and input planes
//! to spins and sums: the [`PlaneController`] sequences it, the [`WeightBanks`] read one word a
//! column per term, the [`PlaneStore`] stages each source plane, the [`PlaneArray`] sums, the
//! [`Drain`] decides and writes back (docs/ARCHITECTURE.md, "The plane engine"). The timing is the
//! engine twin's ([`super::engine`]); this unit adds only wiring: the array's tap code, restart
//! and plane load wait `WEIGHT_READ_LATENCY` registers beside the weights' read, and the plane
//! store's word addresses are formed from the controller's and the drain's channel, row pair and
//! layer.
//!
//! **Plane store layout.** Layer `L`'s channel `c`, row `r` is bank `c mod D`, word
//! `(base_L + c div D)·8 + r div 2`, the even or odd rows by `r mod 2`; `base` is 0 for the input,
//! `base_hidden` and `base_output` (whole channel slots, from the configuration's maxima) for the
//! others.
//!
//! **Ports.** Configuration, held while a run is in flight: three interfaces passed through whole
//! to their units (`link`) — `setup` ([`ControlConfig`], the controller's windows, stalls, grid
//! and sweeps), `strides` ([`StrideSetup`], the weight layout's) and `decisions`
//! ([`DecisionSetup`], the drain's) — and `row_mask` (`2^W − 1`) and the layer bases. Uploads, while idle: `wt_*` (one weight
//! word), `table_*` (a table word into the columns of a mask), `in_*` (an input row word into one
//! bank), `seeds` with `load`. `start` begins a run (`busy` for `run_cycles`, `done`, `cycles`
//! after). `host_address` picks the spin word every column shows on `words` one edge later
//! (idle). Monitors, for tests and the host's debug: the drain's plane-store writes (`wr`,
//! `wr_output`, `wr_group`, `wr_row`, `wr_data`) and its `decided`, `spins`.
//!
//! **Reset.** None: every unit powers up idle.

use rust_hdl::prelude::*;
use thermoblock_contract::column::{SPIN_ADDRESS_BITS, SPIN_WORD_BITS, TABLE_ADDRESS_BITS, TABLE_WORD_BITS};
use thermoblock_contract::plane::WEIGHT_READ_LATENCY;

use crate::STATE_BITS;
use crate::chip::field_unit::Extend;
use crate::constant as c;
use crate::plane::array::{PLANE_BITS, PlaneArray};
use crate::plane::controller::{CH_BITS, CYCLE_BITS, ControlConfig, PlaneController};
use crate::plane::drain::{DecisionSetup, Drain};
use crate::plane::plane_store::{ADDR_BITS as PLANE_ADDRESS_BITS, PAIR_BITS, PlaneStore, ROW_BITS};
use crate::plane::sum_queue::{COLUMN_BITS, INDEX_BITS};
use crate::plane::weight_banks::{ADDR_BITS as WEIGHT_ADDRESS_BITS, StrideSetup, WORD_BITS, WeightBanks};
use crate::testbench::Clocked;
use crate::wiring::Pack;

const _: () = assert!(WEIGHT_READ_LATENCY == 3, "the array's inputs wait in registers [0], [1], [2]");

/// Bits of an index into the array's sums (`D·14·19` bits; the ULX3S's 2,128).
const SUM_INDEX_BITS: usize = 12;

/// The engine with `D` columns (`2^BANK_BITS`), `BLOCKS` weight blocks a bank, `PLANE_WORDS` row
/// words a plane bank, `SPIN_WORDS` spin words a column; `WEIGHTS = 9·D`, `SUMS = 266·D`.
#[derive(LogicBlock)]
pub struct PlaneEngine<
    const D: usize,
    const BANK_BITS: usize,
    const BLOCKS: usize,
    const PLANE_WORDS: usize,
    const SPIN_WORDS: usize,
    const WEIGHTS: usize,
    const SUMS: usize,
> {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, bool>,
    /// The controller's configuration, passed through.
    pub setup: ControlConfig,
    /// The weight banks' strides, passed through.
    pub strides: StrideSetup,
    // The drain's and the plane store's.
    /// The drain's parameters, passed through.
    pub decisions: DecisionSetup,
    pub row_mask: Signal<In, Bits<ROW_BITS>>,
    pub base_hidden: Signal<In, Bits<CH_BITS>>,
    pub base_output: Signal<In, Bits<CH_BITS>>,
    // Uploads.
    pub seeds: [Signal<In, Bits<STATE_BITS>>; D],
    pub load: Signal<In, bool>,
    pub wt_wr: Signal<In, bool>,
    pub wt_bank: Signal<In, Bits<BANK_BITS>>,
    pub wt_address: Signal<In, Bits<WEIGHT_ADDRESS_BITS>>,
    pub wt_data: Signal<In, Bits<WORD_BITS>>,
    pub table_write: Signal<In, Bits<D>>,
    pub table_address: Signal<In, Bits<TABLE_ADDRESS_BITS>>,
    pub table_data: Signal<In, Bits<TABLE_WORD_BITS>>,
    pub in_wr: Signal<In, bool>,
    pub in_bank: Signal<In, Bits<BANK_BITS>>,
    pub in_address: Signal<In, Bits<PLANE_ADDRESS_BITS>>,
    pub in_odd: Signal<In, bool>,
    pub in_data: Signal<In, Bits<ROW_BITS>>,
    pub host_address: Signal<In, Bits<SPIN_ADDRESS_BITS>>,
    // Status and readout.
    pub busy: Signal<Out, bool>,
    pub done: Signal<Out, bool>,
    pub cycles: Signal<Out, Bits<CYCLE_BITS>>,
    pub words: [Signal<Out, Bits<SPIN_WORD_BITS>>; D],
    // Monitors.
    pub wr: Signal<Out, bool>,
    pub wr_output: Signal<Out, bool>,
    pub wr_group: Signal<Out, Bits<CH_BITS>>,
    pub wr_row: Signal<Out, Bits<INDEX_BITS>>,
    pub wr_data: [Signal<Out, Bits<ROW_BITS>>; D],
    pub decided: Signal<Out, bool>,
    pub spins: Signal<Out, Bits<D>>,
    controller: PlaneController,
    banks: WeightBanks<D, BANK_BITS, BLOCKS>,
    store: PlaneStore<D, BANK_BITS, PLANE_WORDS>,
    array: PlaneArray<D, WEIGHTS, SUMS>,
    drain: Drain<D, SPIN_WORDS>,
    weights: Pack<D, WORD_BITS, WEIGHTS>,
    /// The array's inputs beside the weights' read.
    tap_d: [DFF<Bits<4>>; WEIGHT_READ_LATENCY],
    restart_d: [DFF<bool>; WEIGHT_READ_LATENCY],
    load_d: [DFF<bool>; WEIGHT_READ_LATENCY],
    plane_d: [DFF<Bits<PLANE_BITS>>; WEIGHT_READ_LATENCY],
    // The plane store's addresses.
    read_slot: Signal<Local, Bits<CH_BITS>>,
    write_slot: Signal<Local, Bits<CH_BITS>>,
    read_slot_ext: Extend<CH_BITS, PLANE_ADDRESS_BITS, false>,
    read_pair_ext: Extend<PAIR_BITS, PLANE_ADDRESS_BITS, false>,
    write_slot_ext: Extend<CH_BITS, PLANE_ADDRESS_BITS, false>,
    write_pair_ext: Extend<INDEX_BITS, PLANE_ADDRESS_BITS, false>,
    // Constants.
    bank_index: [Constant<Bits<BANK_BITS>>; D],
    bank_bit: [Constant<Bits<D>>; D],
    sum_lsb: [Constant<Bits<SUM_INDEX_BITS>>; D],
    bank_shift: Constant<Bits<4>>,
    three: Constant<Bits<4>>,
    one: Constant<Bits<4>>,
    /// Bit 0 of a channel number (`CH_BITS` = 8 needs a 3-bit index).
    bank_lsb: Constant<Bits<3>>,
    all_banks: Constant<Bits<D>>,
    no_banks: Constant<Bits<D>>,
    zero_slot: Constant<Bits<CH_BITS>>,
    layer_hidden: Constant<Bits<2>>,
    layer_output: Constant<Bits<2>>,
}

impl<
    const D: usize,
    const BANK_BITS: usize,
    const BLOCKS: usize,
    const PLANE_WORDS: usize,
    const SPIN_WORDS: usize,
    const WEIGHTS: usize,
    const SUMS: usize,
> PlaneEngine<D, BANK_BITS, BLOCKS, PLANE_WORDS, SPIN_WORDS, WEIGHTS, SUMS>
{
    /// The engine; `ecp5_carry` builds the array's adders from ECP5 `CCU2C` cells.
    pub fn new(ecp5_carry: bool) -> Self {
        assert_eq!(D, 1 << BANK_BITS, "D is a power of two");
        assert_eq!(SUMS, D * COLUMN_BITS);
        assert!(SUMS <= 1 << SUM_INDEX_BITS);
        Self {
            clock: Default::default(),
            start: Default::default(),
            setup: Default::default(),
            strides: Default::default(),
            decisions: Default::default(),
            row_mask: Default::default(),
            base_hidden: Default::default(),
            base_output: Default::default(),
            seeds: std::array::from_fn(|_| Default::default()),
            load: Default::default(),
            wt_wr: Default::default(),
            wt_bank: Default::default(),
            wt_address: Default::default(),
            wt_data: Default::default(),
            table_write: Default::default(),
            table_address: Default::default(),
            table_data: Default::default(),
            in_wr: Default::default(),
            in_bank: Default::default(),
            in_address: Default::default(),
            in_odd: Default::default(),
            in_data: Default::default(),
            host_address: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            cycles: Default::default(),
            words: std::array::from_fn(|_| Default::default()),
            wr: Default::default(),
            wr_output: Default::default(),
            wr_group: Default::default(),
            wr_row: Default::default(),
            wr_data: std::array::from_fn(|_| Default::default()),
            decided: Default::default(),
            spins: Default::default(),
            controller: Default::default(),
            banks: Default::default(),
            store: Default::default(),
            array: PlaneArray::new(ecp5_carry),
            drain: Default::default(),
            weights: Default::default(),
            tap_d: Default::default(),
            restart_d: Default::default(),
            load_d: Default::default(),
            plane_d: Default::default(),
            read_slot: Default::default(),
            write_slot: Default::default(),
            read_slot_ext: Default::default(),
            read_pair_ext: Default::default(),
            write_slot_ext: Default::default(),
            write_pair_ext: Default::default(),
            bank_index: std::array::from_fn(|d| c(d as u64)),
            bank_bit: std::array::from_fn(|d| c(1 << d)),
            sum_lsb: std::array::from_fn(|d| c((d * COLUMN_BITS) as u64)),
            bank_shift: c(BANK_BITS as u64),
            three: c(3),
            one: c(1),
            bank_lsb: c(0),
            all_banks: c((1u64 << D) - 1),
            no_banks: c(0),
            zero_slot: c(0),
            layer_hidden: c(1),
            layer_output: c(2),
        }
    }
}

impl<
    const D: usize,
    const BANK_BITS: usize,
    const BLOCKS: usize,
    const PLANE_WORDS: usize,
    const SPIN_WORDS: usize,
    const WEIGHTS: usize,
    const SUMS: usize,
> Logic for PlaneEngine<D, BANK_BITS, BLOCKS, PLANE_WORDS, SPIN_WORDS, WEIGHTS, SUMS>
{
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, controller, banks, store, array, drain);
        for k in 0..WEIGHT_READ_LATENCY {
            self.tap_d[k].clock.next = self.clock.val();
            self.restart_d[k].clock.next = self.clock.val();
            self.load_d[k].clock.next = self.clock.val();
            self.plane_d[k].clock.next = self.clock.val();
        }
        // The controller.
        self.controller.start.next = self.start.val();
        ControlConfig::link(&mut self.setup, &mut self.controller.setup);
        self.busy.next = self.controller.busy.val();
        self.done.next = self.controller.done.val();
        self.cycles.next = self.controller.cycles.val();

        // The weight banks: the controller's term, the host's upload.
        self.banks.wr.next = self.wt_wr.val();
        self.banks.wr_bank.next = self.wt_bank.val();
        self.banks.wr_address.next = self.wt_address.val();
        self.banks.wr_data.next = self.wt_data.val();
        self.banks.term.next = self.controller.term.val();
        self.banks.phase.next = self.controller.phase.val();
        self.banks.group.next = self.controller.group.val();
        self.banks.source.next = self.controller.source.val();
        self.banks.step.next = self.controller.step.val();
        self.banks.tap_valid.next = self.controller.tap_valid.val();
        StrideSetup::link(&mut self.strides, &mut self.banks.strides);

        // The plane store: reads for the controller's loads; the drain's rows, or the host's.
        self.read_slot.next = self.zero_slot.val();
        if self.controller.read_layer.val() == self.layer_hidden.val() {
            self.read_slot.next = self.base_hidden.val();
        }
        if self.controller.read_layer.val() == self.layer_output.val() {
            self.read_slot.next = self.base_output.val();
        }
        self.read_slot_ext.narrow.next =
            self.read_slot.val() + (self.controller.read_source.val() >> self.bank_shift.val());
        self.read_pair_ext.narrow.next = self.controller.read_pair.val();
        self.store.sync.next = self.start.val();
        self.store.rd.next = self.controller.read.val();
        self.store.rd_address.next =
            (self.read_slot_ext.wide.val() << self.three.val()) + self.read_pair_ext.wide.val();
        self.store.rd_bank.next = self.controller.read_source.val().get_bits::<BANK_BITS>(self.bank_lsb.val().index());
        self.store.rd_pair.next = self.controller.read_pair.val();
        self.store.h.next = self.setup.h.val();
        self.store.row_mask.next = self.row_mask.val();
        self.write_slot.next = self.base_hidden.val() + self.drain.wr_group.val();
        if self.drain.wr_output.val() {
            self.write_slot.next = self.base_output.val() + self.drain.wr_group.val();
        }
        self.write_slot_ext.narrow.next = self.write_slot.val();
        self.write_pair_ext.narrow.next = self.drain.wr_row.val() >> self.one.val();
        self.store.wr_mask.next = self.no_banks.val();
        self.store.wr_address.next = self.in_address.val();
        self.store.wr_odd.next = self.in_odd.val();
        for d in 0..D {
            self.store.wr_data[d].next = self.in_data.val();
            if self.in_wr.val() & (self.in_bank.val() == self.bank_index[d].val()) {
                self.store.wr_mask.next = self.bank_bit[d].val();
            }
        }
        if self.drain.wr.val() {
            self.store.wr_mask.next = self.all_banks.val();
            self.store.wr_address.next =
                (self.write_slot_ext.wide.val() << self.three.val()) + self.write_pair_ext.wide.val();
            self.store.wr_odd.next = self.drain.wr_row.val().get_bit(0);
            for d in 0..D {
                self.store.wr_data[d].next = self.drain.wr_data[d].val();
            }
        }

        // The array: the weights three edges after their term, the rest waiting beside them.
        for d in 0..D {
            self.weights.parts[d].next = self.banks.weights[d].val();
        }
        self.tap_d[0].d.next = self.controller.tap_code.val();
        self.restart_d[0].d.next = self.controller.restart.val();
        self.load_d[0].d.next = self.controller.load.val();
        self.plane_d[0].d.next = self.store.plane.val();
        for k in 1..WEIGHT_READ_LATENCY {
            self.tap_d[k].d.next = self.tap_d[k - 1].q.val();
            self.restart_d[k].d.next = self.restart_d[k - 1].q.val();
            self.load_d[k].d.next = self.load_d[k - 1].q.val();
            self.plane_d[k].d.next = self.plane_d[k - 1].q.val();
        }
        self.array.weight.next = self.weights.whole.val();
        self.array.tap.next = self.tap_d[2].q.val();
        self.array.restart.next = self.restart_d[2].q.val();
        self.array.plane_load.next = self.load_d[2].q.val();
        self.array.plane_in.next = self.plane_d[2].q.val();

        // The drain.
        self.drain.arrive.next = self.controller.arrive.val();
        self.drain.arrive_x.next = self.controller.arrive_x.val();
        self.drain.want.next = self.controller.want.val();
        self.drain.want_phase.next = self.controller.want_phase.val();
        self.drain.want_group.next = self.controller.want_group.val();
        self.drain.want_p.next = self.controller.want_p.val();
        self.drain.want_row.next = self.controller.want_row.val();
        self.drain.want_x.next = self.controller.want_x.val();
        self.drain.want_class.next = self.controller.want_class.val();
        self.drain.want_keep.next = self.controller.want_keep.val();
        DecisionSetup::link(&mut self.decisions, &mut self.drain.decisions);
        self.drain.load.next = self.load.val();
        self.drain.table_write.next = self.table_write.val();
        self.drain.table_address.next = self.table_address.val();
        self.drain.table_data.next = self.table_data.val();
        self.drain.host_address.next = self.host_address.val();
        for d in 0..D {
            self.drain.sums[d].next = self.array.sum.val().get_bits::<COLUMN_BITS>(self.sum_lsb[d].val().index());
            self.drain.seeds[d].next = self.seeds[d].val();
            self.words[d].next = self.drain.words[d].val();
            self.wr_data[d].next = self.drain.wr_data[d].val();
        }
        self.wr.next = self.drain.wr.val();
        self.wr_output.next = self.drain.wr_output.val();
        self.wr_group.next = self.drain.wr_group.val();
        self.wr_row.next = self.drain.wr_row.val();
        self.decided.next = self.drain.decided.val();
        self.spins.next = self.drain.spins.val();
    }
}

impl<
    const D: usize,
    const BANK_BITS: usize,
    const BLOCKS: usize,
    const PLANE_WORDS: usize,
    const SPIN_WORDS: usize,
    const WEIGHTS: usize,
    const SUMS: usize,
> Clocked for PlaneEngine<D, BANK_BITS, BLOCKS, PLANE_WORDS, SPIN_WORDS, WEIGHTS, SUMS>
{
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

/// The ULX3S engine: 8 columns at the `ecp5-85f-plane` maxima.
pub type PlaneEngineUlx3s = PlaneEngine<
    8,
    3,
    { crate::plane::weight_banks::ULX3S_BLOCKS },
    { crate::plane::plane_store::ULX3S_WORDS },
    { thermoblock_contract::column::spin_words(&thermoblock_contract::config::ECP5_85F_PLANE) },
    { 8 * WORD_BITS },
    { 8 * COLUMN_BITS },
>;

#[cfg(test)]
mod tests {
    use rust_hdl::prelude::*;
    use thermoblock_contract::column::{column_tables, table_address};
    use thermoblock_contract::config::{ChipConfig, ECP5_85F_PLANE, Engine};
    use thermoblock_contract::plane::PlaneSchedule;
    use thermoblock_contract::rng::{lane_seed, lanes};
    use thermoblock_contract::run::{ChipRun, Layer};
    use thermoblock_contract::spins::Spins;
    use thermoblock_contract::weights::WeightLayout;
    use thermoblock_sim::chip::model::ChipModel;

    use super::*;
    use crate::plane::controller::tests::configure;
    use crate::plane::drain::tests::{Expected, set_decisions};
    use crate::plane::engine::tests::{CASES, Case, array};
    use crate::plane::engine::{EngineTrace, Plant};
    use crate::testbench::{Bench, Port, VectorLine, bit_vec, bits, replay_testbench};

    /// A port and its value, least significant bit first.
    type Valued = (Port, Vec<bool>);

    const PLANE_WORDS: usize = crate::plane::plane_store::ULX3S_WORDS;
    const SPIN_WORDS: usize = thermoblock_contract::column::spin_words(&ECP5_85F_PLANE);

    /// Uploads `case` into an engine, runs it, and compares every decision's spin and plane row
    /// write with the engine twin's, cycle by cycle from `start`, the run's length with
    /// `run_cycles`, every spin word read back with the twin's, and each half-sweep's layer,
    /// rebuilt from the engine's row writes, with the chip model's. Returns the run's cycles.
    fn lockstep<
        const D: usize,
        const BANK_BITS: usize,
        const BLOCKS: usize,
        const WEIGHTS: usize,
        const SUMS: usize,
    >(
        case: &Case,
        run: &ChipRun,
        each: &mut dyn FnMut(&PlaneEngine<D, BANK_BITS, BLOCKS, PLANE_WORDS, SPIN_WORDS, WEIGHTS, SUMS>),
    ) -> Result<usize, String> {
        assert_eq!(case.columns, D);
        let (img, x) = case.prepare();
        let (h, w) = case.grid;
        let schedule = PlaneSchedule { array: array(D), shape: img.shape(h, w) };
        let EngineTrace { drain: record, result, .. } = case.twin(run, Plant::default());
        let mut bench =
            Bench::new(PlaneEngine::<D, BANK_BITS, BLOCKS, PLANE_WORDS, SPIN_WORDS, WEIGHTS, SUMS>::new(false));

        // Configuration.
        let control = schedule.control();
        let layout = WeightLayout::new(&img, D);
        let st = layout.strides();
        let (base_hidden, base_output) = (img.c0.div_ceil(D), img.c0.div_ceil(D) + img.c1.div_ceil(D));
        {
            let u = &mut bench.dut;
            configure(&mut u.setup, &control, run);
            crate::plane::weight_banks::tests::set_strides(&mut u.strides, &st);
            set_decisions(&mut u.decisions, &img, &schedule, run);
            u.row_mask.next = bits((1 << w) - 1);
            (u.base_hidden.next, u.base_output.next) = (bits(base_hidden), bits(base_output));
        }

        // Uploads: weights (the banks power up 0, so only the others), tables, input rows, seeds.
        for (bank, words) in layout.banks(&img).iter().enumerate() {
            for (address, &word) in words.iter().enumerate().filter(|(_, w)| **w != 0) {
                let u = &mut bench.dut;
                (u.wt_wr.next, u.wt_bank.next, u.wt_address.next) = (true, bits(bank), bits(address));
                u.wt_data.next = bits(word as usize & 0x1ff);
                step(&mut bench, each);
            }
        }
        bench.dut.wt_wr.next = false;
        let tables = column_tables(&img, D);
        for (phase, p) in control.phases.iter().enumerate() {
            for g in 0..p.groups {
                for class in 0..16 {
                    for (d, table) in tables.iter().enumerate() {
                        let u = &mut bench.dut;
                        u.table_write.next = bits(1 << d);
                        u.table_address.next = bits(table_address(phase, g, class));
                        u.table_data.next = bits(table[table_address(phase, g, class)] as usize);
                        step(&mut bench, each);
                    }
                }
            }
        }
        bench.dut.table_write.next = bits(0);
        for c in 0..img.c0 {
            for r in 0..h {
                let row = (0..w).filter(|&xx| x[(c * h + r) * w + xx] > 0).fold(0u64, |v, xx| v | 1 << xx);
                let u = &mut bench.dut;
                (u.in_wr.next, u.in_bank.next, u.in_odd.next) = (true, bits(c % D), r % 2 == 1);
                u.in_address.next = bits((c / D) * 8 + r / 2);
                u.in_data.next = bits(row as usize);
                step(&mut bench, each);
            }
        }
        bench.dut.in_wr.next = false;
        for d in 0..D {
            bench.dut.seeds[d].next = bits(lane_seed(run.seed, d) as usize);
        }
        bench.dut.load.next = true;
        step(&mut bench, each);
        bench.dut.load.next = false;
        step(&mut bench, each);

        // The run: cycle 0 is the one after `start`.
        bench.dut.start.next = true;
        step(&mut bench, each);
        bench.dut.start.next = false;
        let expected = Expected::new(&record, D, w);
        let mut rows: Vec<(bool, usize, usize, Vec<u64>)> = Vec::new();
        let mut tau = 0;
        while bench.dut.busy.val() {
            bench.settle();
            let u = &bench.dut;
            let data = |d: usize| u.wr_data[d].val().to_u64();
            let wr = (u.wr_output.val(), u.wr_group.val().to_u64() as usize, u.wr_row.val().to_u64() as usize);
            expected.cycle(tau, u.decided.val(), u.spins.val().to_u64(), u.wr.val().then_some(wr), &data)?;
            if u.wr.val() {
                rows.push((wr.0, wr.1, wr.2, (0..D).map(data).collect()));
            }
            step(&mut bench, each);
            tau += 1;
        }
        let cycles = bench.dut.cycles.val().to_u64();
        if (tau as u64, cycles) != (result.cycles, result.cycles) {
            return Err(format!("busy for {tau} cycles, counted {cycles}; run_cycles is {}", result.cycles));
        }
        expected.words(&schedule, &mut |address| {
            bench.dut.host_address.next = bits(address);
            step(&mut bench, each);
            (0..D).map(|d| bench.dut.words[d].val().to_u64()).collect()
        })?;

        // Each half-sweep's layer from the engine's row writes, against the chip model's.
        let config = ChipConfig { lanes: D, engine: Engine::Planes(array(D)), ..ECP5_85F_PLANE };
        let model = ChipModel::new(img.clone(), config, h, w);
        let mut halves = Vec::new();
        let mut observe = |g: u32, layer: Layer, spins: &[i8]| halves.push((g, layer, spins.to_vec()));
        let spins = Spins { c: img.c0, h, w, data: x.clone() };
        model.run_observed(&spins, run, lanes(run.seed, D), Some(&mut observe));
        let mut layers = [vec![0i8; img.c1 * h * w], vec![0i8; img.c2 * h * w]];
        let mut written = [vec![0u32; img.c1 * h], vec![0u32; img.c2 * h]];
        let mut half = 0;
        for (output, group, row, data) in rows {
            let l = usize::from(output);
            for (d, word) in data.iter().enumerate().filter(|(d, _)| group * D + d < [img.c1, img.c2][l]) {
                let ch = group * D + d;
                written[l][ch * h + row] += 1;
                for xx in 0..w {
                    layers[l][(ch * h + row) * w + xx] = if word >> xx & 1 == 1 { 1 } else { -1 };
                }
            }
            // A half-sweep is whole when its layer's every row has been written once more.
            let version = 1 + half as u32 / 2;
            let l_now = half % 2;
            if half < halves.len() && written[l_now].iter().all(|&n| n == version + 1) {
                let (g, layer, want) = &halves[half];
                if &layers[l_now] != want {
                    return Err(format!("sweep {g} {layer:?}: the engine's layer differs from the chip model's"));
                }
                half += 1;
            }
        }
        if half != halves.len() {
            return Err(format!("{half} of {} half-sweeps completed", halves.len()));
        }
        Ok(tau)
    }

    /// One clock: `each` sees the settled engine before the edge.
    fn step<B: Clocked>(bench: &mut Bench<B>, each: &mut dyn FnMut(&B)) {
        bench.settle();
        each(&bench.dut);
        bench.cycle();
    }

    const RUN: ChipRun = ChipRun { delta: 0.6, sweeps: 3, burn_in: 1, seed: 77 };

    #[test]
    fn the_engine_equals_the_model_after_every_half_sweep_and_in_cycles() {
        for case in CASES.iter().filter(|c| c.columns == 2 || c.columns == 8) {
            // Two columns with banks of two weight blocks (4,096 words) for the small blocks.
            let r = crate::flow::verilog::on_big_stack(|| match case.columns {
                2 => lockstep::<2, 1, 2, { 2 * WORD_BITS }, { 2 * COLUMN_BITS }>(case, &RUN, &mut |_| {}),
                _ => {
                    lockstep::<8, 3, { crate::plane::weight_banks::ULX3S_BLOCKS }, { 8 * WORD_BITS }, { 8 * COLUMN_BITS }>(
                        case,
                        &RUN,
                        &mut |_| {},
                    )
                }
            });
            r.unwrap_or_else(|m| panic!("{}: {m}", case.name()));
        }
    }

    #[test]
    fn two_sweeps_of_an_mnist_sized_block() {
        let case = Case { c: (32, 64, 64), kernel: 3, grid: (14, 14), columns: 8, seed: 8 };
        let run = ChipRun { delta: 0.3, sweeps: 2, burn_in: 1, seed: 5 };
        let cycles = crate::flow::verilog::on_big_stack(|| {
            lockstep::<8, 3, { crate::plane::weight_banks::ULX3S_BLOCKS }, { 8 * WORD_BITS }, { 8 * COLUMN_BITS }>(
                &case,
                &run,
                &mut |_| {},
            )
        })
        .unwrap_or_else(|m| panic!("{m}"));
        assert_eq!(cycles, 4_440 + 2 * 9_600 + 5 + 195 + 8);
    }

    type Ulx3s = PlaneEngineUlx3s;

    /// The ULX3S engine's ports in the order the replay's vectors carry them, with their values.
    fn ports(u: &Ulx3s) -> (Vec<Valued>, Vec<Valued>) {
        fn of<const N: usize>(name: &str, b: Bits<N>) -> Valued {
            (Port::new(name, N), bit_vec(b))
        }
        let flag = |name: &str, v: bool| (Port::new(name, 1), vec![v]);
        macro_rules! fields {
            ($u:expr; $($f:ident),*) => { vec![$(of(stringify!($f), $u.$f.val())),*] };
        }
        let mut inputs = vec![flag("start", u.start.val())];
        let setup = &u.setup;
        inputs.extend(fields!(setup; len_ch, len_co, len_hid, len_out, sigma_ch, sigma_co, sigma_hid, sigma_out,
            terms_ch, terms_co, terms_hid, terms_out, groups_ch, groups_co, groups_hid, groups_out, k1h, k1w, k2h,
            k2w, stall_hid, stall_out, h, w, hw, pairs, lead, sweeps, burn_in));
        for (port, _) in inputs.iter_mut().skip(1) {
            port.name = format!("setup${}", port.name);
        }
        let strides = &u.strides;
        let named = |prefix: &str, ports: Vec<Valued>| {
            ports.into_iter().map(|(p, v)| (Port::new(format!("{prefix}${}", p.name), p.width), v)).collect::<Vec<_>>()
        };
        inputs.extend(named(
            "strides",
            fields!(strides; t2, w2_block, hidden_group, k1_base, k1_group, k3_base, k3_group),
        ));
        let decisions = &u.decisions;
        inputs.extend(named(
            "decisions",
            fields!(decisions; w_last, output_base, delta_code, shift_h1, shift_c2, shift_field),
        ));
        inputs.extend(fields!(u; row_mask, base_hidden, base_output));
        inputs.extend((0..8).map(|d| of(&format!("seeds${d}"), u.seeds[d].val())));
        inputs.push(flag("load", u.load.val()));
        inputs.push(flag("wt_wr", u.wt_wr.val()));
        inputs.extend(fields!(u; wt_bank, wt_address, wt_data, table_write, table_address, table_data));
        inputs.push(flag("in_wr", u.in_wr.val()));
        inputs.extend(fields!(u; in_bank, in_address));
        inputs.push(flag("in_odd", u.in_odd.val()));
        inputs.extend(fields!(u; in_data, host_address));
        let mut outputs = vec![flag("busy", u.busy.val()), flag("done", u.done.val()), of("cycles", u.cycles.val())];
        outputs.extend((0..8).map(|d| of(&format!("words${d}"), u.words[d].val())));
        outputs.extend([flag("wr", u.wr.val()), flag("wr_output", u.wr_output.val())]);
        outputs.extend(fields!(u; wr_group, wr_row));
        outputs.extend((0..8).map(|d| of(&format!("wr_data${d}"), u.wr_data[d].val())));
        outputs.extend([flag("decided", u.decided.val()), of("spins", u.spins.val())]);
        (inputs, outputs)
    }

    #[test]
    fn generated_verilog_matches_the_simulation() {
        // The stalling 8/16/8 block on 8 x 8, uploaded and run, every port every cycle.
        let mut lines = Vec::new();
        let mut names = None;
        let run = ChipRun { delta: 0.5, sweeps: 2, burn_in: 1, seed: 3 };
        let mut record = |u: &Ulx3s| {
            let (inputs, outputs) = ports(u);
            let mut v = VectorLine::default();
            for (_, bits) in inputs.iter().chain(&outputs) {
                v.put_bits(bits);
            }
            lines.push(v.hex());
            names.get_or_insert_with(|| {
                let names = |p: Vec<Valued>| p.into_iter().map(|p| p.0).collect::<Vec<_>>();
                (names(inputs), names(outputs))
            });
        };
        crate::flow::verilog::on_big_stack(|| {
            lockstep::<8, 3, { crate::plane::weight_banks::ULX3S_BLOCKS }, { 8 * WORD_BITS }, { 8 * COLUMN_BITS }>(
                &CASES[3],
                &run,
                &mut record,
            )
        })
        .unwrap_or_else(|m| panic!("{m}"));
        let (inputs, outputs) = names.expect("cycles ran");
        let testbench = replay_testbench(&inputs, &outputs, lines.len());
        crate::flow::verilog::assert_replay_clean("plane_engine", &testbench, &lines.concat());
    }

    crate::verilog_checks!("plane_engine");
}
