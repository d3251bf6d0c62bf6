//! # `WeightBanks`: every kernel stored once, one word per bank per term cycle, rotated onto the columns
//!
//! **Purpose.** The PE array's `D` columns each take one weight a term cycle: the weight of their
//! destination channel for the cycle's source channel and tap. `D` banks of 9-bit words hold
//! `W2 = K2·a_mid` once for both half-sweeps and `ΔK1`, `ΔK3` for the clamp pass, in the layout
//! `thermoblock_contract::weights::WeightLayout` fixes; this unit walks that layout's addresses
//! term by term with adders (`WeightStrides`, written by the host), reads one word from every
//! bank, and rotates the words onto the columns.
//!
//! **Ports** (`top` in `hdl/generated/plane_weight_banks.v`, the ULX3S size: `D = 8`, 21,760
//! words a bank):
//!
//! | port | dir | width | timing |
//! |---|---|---|---|
//! | `clock` | in | 1 | rising edge |
//! | `wr`, `wr_bank`, `wr_address`, `wr_data` | in | 1, `BANK_BITS`, 15, 9 | the host's upload: one word at the edge |
//! | `term`, `phase`, `group`, `source`, `step`, `tap_valid` | in | 1, 2, 8, 8, 4, 1 | the controller's term of this cycle (`PlaneController`) |
//! | `strides`: `t2`, `w2_block`, `hidden_group`, `k1_base`, `k1_group`, `k3_base`, `k3_group` | in | 4, 15 each | `WeightLayout::strides` of the image ([`StrideSetup`]) |
//! | `weights` | out | `D` x 9 | three cycles after a term with `tap_valid`: column `d`'s weight, two's complement |
//!
//! **Equation.** For a term of destination group `g`, source channel `c = cq·D + cr` and tap `t`
//! (`WeightStrides`): output, bank `j` at `g·w2_block + k` with `k` the window's taps so far
//! (`c·T2 + t`); hidden, bank `j` at `g·hidden_group + cq·w2_block + ((j − cr) mod D)·T2 + t`;
//! clamp hidden `k1_base + g·k1_group + k`; clamp output `k3_base + g·k3_group + k`. Column `d`
//! shows bank `(d + rotation) mod D`, rotation `cr` in the half-sweeps and 0 in the clamp pass.
//! Groups come in order from 0 within a phase and a window's terms in order (the controller's),
//! so the group and block bases are running sums: no multiplier (`T2·dm` is a shift and an add).
//! `D` must be a power of two (`cr` is the channel's low bits).
//!
//! **Latency.** The address registers, the banks' read and their output registers: the weights
//! of the term at edge `τ` show in cycle `τ + 3` (`thermoblock_contract::plane::WEIGHT_READ_LATENCY`); outside valid taps they are
//! whatever the banks read, which the array ignores (tap code 15 selects no spin).
//!
//! **Reset.** None: the counters restart at every window's first term.

use rust_hdl::prelude::*;

use crate::constant as c;

use crate::chip::block_ram::BlockRam;
use crate::chip::field_unit::Extend;
use crate::plane::controller::{CH_BITS, SIGMA_BITS};
use crate::testbench::Clocked;

/// Word address bits: 21,760 words a bank at the ULX3S maxima.
pub const ADDR_BITS: usize = 15;
/// A weight word (`thermoblock_contract::weights::WORD_BITS`).
pub const WORD_BITS: usize = thermoblock_contract::weights::WORD_BITS as usize;

/// The strides of an image's weight layout (`WeightLayout::strides`), written by the host and
/// held through a run. An interface, so that the units that hold the banks pass it through whole.
#[derive(LogicInterface, Default)]
pub struct StrideSetup {
    pub t2: Signal<In, Bits<SIGMA_BITS>>,
    pub w2_block: Signal<In, Bits<ADDR_BITS>>,
    pub hidden_group: Signal<In, Bits<ADDR_BITS>>,
    pub k1_base: Signal<In, Bits<ADDR_BITS>>,
    pub k1_group: Signal<In, Bits<ADDR_BITS>>,
    pub k3_base: Signal<In, Bits<ADDR_BITS>>,
    pub k3_group: Signal<In, Bits<ADDR_BITS>>,
}

/// The banks. See the module documentation.
#[derive(LogicBlock)]
pub struct WeightBanks<const D: usize, const BANK_BITS: usize, const BLOCKS: usize> {
    pub clock: Signal<In, Clock>,
    pub wr: Signal<In, bool>,
    pub wr_bank: Signal<In, Bits<BANK_BITS>>,
    pub wr_address: Signal<In, Bits<ADDR_BITS>>,
    pub wr_data: Signal<In, Bits<WORD_BITS>>,
    pub term: Signal<In, bool>,
    pub phase: Signal<In, Bits<2>>,
    pub group: Signal<In, Bits<CH_BITS>>,
    pub source: Signal<In, Bits<CH_BITS>>,
    pub step: Signal<In, Bits<SIGMA_BITS>>,
    pub tap_valid: Signal<In, bool>,
    pub strides: StrideSetup,
    pub weights: [Signal<Out, Bits<WORD_BITS>>; D],
    banks: [WeightBank<BLOCKS>; D],
    /// The window's group base, running tap count, and (hidden) block-row base.
    base_r: DFF<Bits<ADDR_BITS>>,
    k_r: DFF<Bits<ADDR_BITS>>,
    block_r: DFF<Bits<ADDR_BITS>>,
    /// The rotation of the term whose words the banks read, and of the words they show.
    rot_r: DFF<Bits<CH_BITS>>,
    rot_a: DFF<Bits<CH_BITS>>,
    rot_q: DFF<Bits<CH_BITS>>,
    /// Each bank's address, registered: the sums of a term's address take a cycle of their own.
    addr_r: [DFF<Bits<ADDR_BITS>>; D],
    // Combinational.
    first: Signal<Local, bool>,
    hidden: Signal<Local, bool>,
    phase_base: Signal<Local, Bits<ADDR_BITS>>,
    group_stride: Signal<Local, Bits<ADDR_BITS>>,
    base_now: Signal<Local, Bits<ADDR_BITS>>,
    k_now: Signal<Local, Bits<ADDR_BITS>>,
    block_now: Signal<Local, Bits<ADDR_BITS>>,
    cr: Signal<Local, Bits<CH_BITS>>,
    step_wide: Extend<SIGMA_BITS, ADDR_BITS, false>,
    /// The source channel at the address width, and its low bits `cr` there.
    source_wide: Extend<CH_BITS, ADDR_BITS, false>,
    cr_wide: Signal<Local, Bits<ADDR_BITS>>,
    /// `(j − cr) mod D` of bank `j`, and times `T2`.
    dm: [Signal<Local, Bits<ADDR_BITS>>; D],
    offset: [Signal<Local, Bits<ADDR_BITS>>; D],
    /// The bank column `d` shows: `(d + rotation) mod D`.
    column_bank: [Signal<Local, Bits<CH_BITS>>; D],
    // Constants.
    bank_index: [Constant<Bits<BANK_BITS>>; D],
    bank_ch: [Constant<Bits<CH_BITS>>; D],
    bank_addr: [Constant<Bits<ADDR_BITS>>; D],
    d_mask: Constant<Bits<CH_BITS>>,
    d_mask_addr: Constant<Bits<ADDR_BITS>>,
    zero_ch: Constant<Bits<CH_BITS>>,
    zero_sigma: Constant<Bits<SIGMA_BITS>>,
    zero_addr: Constant<Bits<ADDR_BITS>>,
    one_addr: Constant<Bits<ADDR_BITS>>,
    one_shift: Constant<Bits<ADDR_BITS>>,
    three_shift: Constant<Bits<ADDR_BITS>>,
    three: Constant<Bits<SIGMA_BITS>>,
    nine: Constant<Bits<SIGMA_BITS>>,
    ph: [Constant<Bits<2>>; 3],
}

impl<const D: usize, const BANK_BITS: usize, const BLOCKS: usize> Default for WeightBanks<D, BANK_BITS, BLOCKS> {
    fn default() -> Self {
        assert!(D.is_power_of_two() && D <= 1 << BANK_BITS && D < 1 << CH_BITS);
        Self {
            clock: Default::default(),
            wr: Default::default(),
            wr_bank: Default::default(),
            wr_address: Default::default(),
            wr_data: Default::default(),
            term: Default::default(),
            phase: Default::default(),
            group: Default::default(),
            source: Default::default(),
            step: Default::default(),
            tap_valid: Default::default(),
            strides: Default::default(),
            weights: std::array::from_fn(|_| Default::default()),
            banks: std::array::from_fn(|_| Default::default()),
            base_r: Default::default(),
            k_r: Default::default(),
            block_r: Default::default(),
            rot_r: Default::default(),
            rot_a: Default::default(),
            rot_q: Default::default(),
            addr_r: std::array::from_fn(|_| Default::default()),
            first: Default::default(),
            hidden: Default::default(),
            phase_base: Default::default(),
            group_stride: Default::default(),
            base_now: Default::default(),
            k_now: Default::default(),
            block_now: Default::default(),
            cr: Default::default(),
            step_wide: Default::default(),
            source_wide: Default::default(),
            cr_wide: Default::default(),
            dm: std::array::from_fn(|_| Default::default()),
            offset: std::array::from_fn(|_| Default::default()),
            column_bank: std::array::from_fn(|_| Default::default()),
            bank_index: std::array::from_fn(|j| c(j as u64)),
            bank_ch: std::array::from_fn(|j| c(j as u64)),
            bank_addr: std::array::from_fn(|j| c(j as u64)),
            d_mask: c(D as u64 - 1),
            d_mask_addr: c(D as u64 - 1),
            zero_ch: c(0),
            zero_sigma: c(0),
            zero_addr: c(0),
            one_addr: c(1),
            one_shift: c(1),
            three_shift: c(3),
            three: c(3),
            nine: c(9),
            ph: std::array::from_fn(|i| c(i as u64)),
        }
    }
}

impl<const D: usize, const BANK_BITS: usize, const BLOCKS: usize> Logic for WeightBanks<D, BANK_BITS, BLOCKS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, base_r, k_r, block_r, rot_r, rot_a, rot_q);
        self.rot_a.d.next = self.rot_r.q.val();
        self.rot_q.d.next = self.rot_a.q.val();
        // The phase's base and group stride.
        self.hidden.next = self.phase.val() == self.ph[2].val();
        self.phase_base.next = self.zero_addr.val();
        self.group_stride.next = self.strides.w2_block.val();
        if self.phase.val() == self.ph[0].val() {
            self.phase_base.next = self.strides.k1_base.val();
            self.group_stride.next = self.strides.k1_group.val();
        }
        if self.phase.val() == self.ph[1].val() {
            self.phase_base.next = self.strides.k3_base.val();
            self.group_stride.next = self.strides.k3_group.val();
        }
        if self.hidden.val() {
            self.group_stride.next = self.strides.hidden_group.val();
        }
        // A window's first term restarts the counters; a group after the first adds its stride.
        self.first.next = (self.source.val() == self.zero_ch.val()) & (self.step.val() == self.zero_sigma.val());
        self.cr.next = self.source.val() & self.d_mask.val();
        self.base_now.next = self.base_r.q.val();
        self.k_now.next = self.k_r.q.val();
        self.block_now.next = self.block_r.q.val();
        if (self.step.val() == self.zero_sigma.val()) & (self.cr.val() == self.zero_ch.val()) {
            self.block_now.next = self.block_r.q.val() + self.strides.w2_block.val();
        }
        if self.first.val() {
            self.k_now.next = self.zero_addr.val();
            self.block_now.next = self.zero_addr.val();
            self.base_now.next = self.base_r.q.val() + self.group_stride.val();
            if self.group.val() == self.zero_ch.val() {
                self.base_now.next = self.phase_base.val();
            }
        }
        if self.term.val() {
            self.base_r.d.next = self.base_now.val();
            self.block_r.d.next = self.block_now.val();
            self.k_r.d.next = self.k_now.val();
            if self.tap_valid.val() {
                self.k_r.d.next = self.k_now.val() + self.one_addr.val();
            }
        }
        self.rot_r.d.next = self.zero_ch.val();
        if self.phase.val() >= self.ph[2].val() {
            self.rot_r.d.next = self.cr.val();
        }
        // Every bank's address; the upload's writes.
        self.step_wide.narrow.next = self.step.val();
        self.source_wide.narrow.next = self.source.val();
        self.cr_wide.next = self.source_wide.wide.val() & self.d_mask_addr.val();
        for j in 0..D {
            self.banks[j].clock.next = self.clock.val();
            self.banks[j].write_address.next = self.wr_address.val();
            self.banks[j].write_data.next = self.wr_data.val();
            self.banks[j].write_enable.next = self.wr.val() & (self.wr_bank.val() == self.bank_index[j].val());
            self.dm[j].next = (self.bank_addr[j].val() - self.cr_wide.val()) & self.d_mask_addr.val();
            self.offset[j].next = self.dm[j].val();
            if self.strides.t2.val() == self.three.val() {
                self.offset[j].next = (self.dm[j].val() << self.one_shift.val()) + self.dm[j].val();
            }
            if self.strides.t2.val() == self.nine.val() {
                self.offset[j].next = (self.dm[j].val() << self.three_shift.val()) + self.dm[j].val();
            }
            self.addr_r[j].clock.next = self.clock.val();
            self.addr_r[j].d.next = self.base_now.val() + self.k_now.val();
            if self.hidden.val() {
                self.addr_r[j].d.next =
                    (self.base_now.val() + self.block_now.val()) + (self.offset[j].val() + self.step_wide.wide.val());
            }
            self.banks[j].read_address.next = self.addr_r[j].q.val();
        }
        // Column d shows bank (d + rotation) mod D.
        for d in 0..D {
            self.column_bank[d].next = (self.bank_ch[d].val() + self.rot_q.q.val()) & self.d_mask.val();
            self.weights[d].next = self.banks[0].read_data.val();
            for j in 0..D {
                if self.column_bank[d].val() == self.bank_ch[j].val() {
                    self.weights[d].next = self.banks[j].read_data.val();
                }
            }
        }
    }
}

impl<const D: usize, const BANK_BITS: usize, const BLOCKS: usize> Clocked for WeightBanks<D, BANK_BITS, BLOCKS> {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

/// Blocks of a bank on the ULX3S engine: `WeightLayout::depth` at 64/96/128, `D = 8`, is 21,760
/// words, 11 blocks of 2,048.
pub const ULX3S_BLOCKS: usize = 21_760usize.div_ceil(BLOCK_WORDS);

/// The ULX3S engine's banks.
pub type WeightBanksUlx3s = WeightBanks<8, 3, ULX3S_BLOCKS>;

/// Words of one block: an ECP5 DP16KD at 9 bits.
pub const BLOCK_WORDS: usize = thermoblock_contract::weights::DP16KD_WORDS;
/// Address bits within a block.
const BLOCK_ADDR_BITS: usize = 11;
/// Address bits that pick the block.
const SELECT_BITS: usize = ADDR_BITS - BLOCK_ADDR_BITS;

const _: () = assert!(BLOCK_WORDS == 1 << BLOCK_ADDR_BITS);

/// One bank: `BLOCKS` block memories of [`BLOCK_WORDS`] words, each read into its own output
/// register (the DP16KD's: a memory deeper than one block, left to Yosys, gets one register after
/// its output multiplexer, and the blocks' 5.8 ns clock-to-output then sets the clock), and the
/// multiplexer after the registers. `read_data` shows the word at `read_address` two edges after
/// the edge that samples the address.
#[derive(LogicBlock)]
pub struct WeightBank<const BLOCKS: usize> {
    pub clock: Signal<In, Clock>,
    pub read_address: Signal<In, Bits<ADDR_BITS>>,
    pub read_data: Signal<Out, Bits<WORD_BITS>>,
    pub write_address: Signal<In, Bits<ADDR_BITS>>,
    pub write_data: Signal<In, Bits<WORD_BITS>>,
    pub write_enable: Signal<In, bool>,
    blocks: [BlockRam<BLOCK_WORDS, BLOCK_ADDR_BITS, WORD_BITS>; BLOCKS],
    out_q: [DFF<Bits<WORD_BITS>>; BLOCKS],
    /// The read's block, beside the read and beside the output registers.
    select1: DFF<Bits<SELECT_BITS>>,
    select2: DFF<Bits<SELECT_BITS>>,
    block_index: [Constant<Bits<SELECT_BITS>>; BLOCKS],
    low: Constant<Bits<4>>,
    high: Constant<Bits<4>>,
}

impl<const BLOCKS: usize> Default for WeightBank<BLOCKS> {
    fn default() -> Self {
        assert!(BLOCKS <= 1 << SELECT_BITS);
        Self {
            clock: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            blocks: std::array::from_fn(|_| Default::default()),
            out_q: std::array::from_fn(|_| Default::default()),
            select1: Default::default(),
            select2: Default::default(),
            block_index: std::array::from_fn(|k| c(k as u64)),
            low: c(0),
            high: c(BLOCK_ADDR_BITS as u64),
        }
    }
}

impl<const BLOCKS: usize> Logic for WeightBank<BLOCKS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, select1, select2);
        self.select1.d.next = self.read_address.val().get_bits::<SELECT_BITS>(self.high.val().index());
        self.select2.d.next = self.select1.q.val();
        self.read_data.next = self.out_q[0].q.val();
        for k in 0..BLOCKS {
            self.blocks[k].clock.next = self.clock.val();
            self.out_q[k].clock.next = self.clock.val();
            self.blocks[k].read_address.next =
                self.read_address.val().get_bits::<BLOCK_ADDR_BITS>(self.low.val().index());
            self.blocks[k].write_address.next =
                self.write_address.val().get_bits::<BLOCK_ADDR_BITS>(self.low.val().index());
            self.blocks[k].write_data.next = self.write_data.val();
            self.blocks[k].write_enable.next = self.write_enable.val()
                & (self.write_address.val().get_bits::<SELECT_BITS>(self.high.val().index())
                    == self.block_index[k].val());
            self.out_q[k].d.next = self.blocks[k].read_data.val();
            if self.select2.q.val() == self.block_index[k].val() {
                self.read_data.next = self.out_q[k].q.val();
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use thermoblock_contract::plane::PlaneSchedule;
    use thermoblock_contract::run::ChipRun;
    use thermoblock_contract::schedule::Phase;
    use thermoblock_contract::weights::{WeightLayout, WeightStrides};

    use super::*;
    use crate::plane::engine::tests::{CASES, Case, array};
    use crate::plane::engine::{Control, Plant};
    use crate::testbench::{Bench, VectorLine, bits};

    const PHASES: [Phase; 4] = [Phase::ClampHidden, Phase::ClampOutput, Phase::Hidden, Phase::Output];

    /// One cycle's inputs: an upload word or a term (phase, group, source, step, tap valid).
    #[derive(Clone, Copy, Debug, Default)]
    struct Drive {
        wr: Option<(usize, usize, i16)>,
        term: Option<(usize, usize, usize, usize, bool)>,
    }

    /// The banks' stride inputs from the host's `WeightStrides`.
    pub(crate) fn set_strides(ports: &mut StrideSetup, s: &WeightStrides) {
        ports.t2.next = bits(s.t2);
        ports.w2_block.next = bits(s.w2_block);
        ports.hidden_group.next = bits(s.hidden_group);
        ports.k1_base.next = bits(s.k1_base);
        ports.k1_group.next = bits(s.k1_group);
        ports.k3_base.next = bits(s.k3_base);
        ports.k3_group.next = bits(s.k3_group);
    }

    fn apply<const D: usize, const B: usize, const N: usize>(
        dut: &mut WeightBanks<D, B, N>,
        s: &WeightStrides,
        d: &Drive,
    ) {
        set_strides(&mut dut.strides, s);
        let (bank, address, data) = d.wr.unwrap_or_default();
        dut.wr.next = d.wr.is_some();
        dut.wr_bank.next = bits(bank);
        dut.wr_address.next = bits(address);
        dut.wr_data.next = bits(data as usize & 0x1ff);
        let (phase, group, source, step, valid) = d.term.unwrap_or_default();
        dut.term.next = d.term.is_some();
        dut.phase.next = bits(phase);
        dut.group.next = bits(group);
        dut.source.next = bits(source);
        dut.step.next = bits(step);
        dut.tap_valid.next = valid;
    }

    /// The upload of `case`'s banks, then its run's terms (the engine twin's record), and for
    /// each cycle after a valid tap the weights every column must show, by `WeightLayout::read`.
    fn stimulus(case: &Case, d: usize) -> (WeightStrides, Vec<Drive>, Vec<Option<Vec<i16>>>) {
        assert_eq!(case.columns, d);
        let (img, _) = case.prepare();
        let layout = WeightLayout::new(&img, d);
        let banks = layout.banks(&img);
        let run = ChipRun { delta: 0.5, sweeps: 2, burn_in: 0, seed: 1 };
        let control = PlaneSchedule { array: array(d), shape: img.shape(case.grid.0, case.grid.1) }.control();
        let mut drives = Vec::new();
        for (j, bank) in banks.iter().enumerate() {
            drives.extend(bank.iter().enumerate().map(|(a, &v)| Drive { wr: Some((j, a, v)), term: None }));
        }
        let mut expect = vec![None; drives.len() + thermoblock_contract::plane::WEIGHT_READ_LATENCY];
        let trace = case.twin(&run, Plant::default());
        for c in &trace.control {
            let Control { term, .. } = *c;
            let term = term.map(|(phase, group, source, step)| {
                let (kh, kw) = control.phases[phase].kernel;
                (phase, group, source, step, step < kh * kw)
            });
            let want = term.filter(|t| t.4).map(|(phase, group, source, step, _)| {
                let read = layout.read(PHASES[phase], group, source, step);
                (0..d).map(|col| banks[(col + read.rotation) % d][read.addresses[(col + read.rotation) % d]]).collect()
            });
            drives.push(Drive { wr: None, term });
            expect.push(want);
        }
        (layout.strides(), drives, expect)
    }

    /// What the unit shows in each cycle (before the cycle's edge).
    fn simulate<const D: usize, const B: usize, const N: usize>(s: &WeightStrides, drives: &[Drive]) -> Vec<Vec<i16>> {
        let mut bench = Bench::new(WeightBanks::<D, B, N>::default());
        let mut shown = Vec::new();
        for d in drives {
            apply(&mut bench.dut, s, d);
            bench.settle();
            shown.push(bench.dut.weights.iter().map(|w| ((w.val().to_u64() as i16) << 7) >> 7).collect());
            bench.cycle();
        }
        shown
    }

    fn check<const D: usize, const B: usize>(case: &Case) -> usize {
        let (strides, drives, expect) = stimulus(case, D);
        let shown = simulate::<D, B, 2>(&strides, &drives);
        let mut checked = 0;
        for (i, (want, got)) in expect.iter().zip(&shown).enumerate() {
            if let Some(want) = want {
                assert_eq!(got, want, "{}: cycle {i}", case.name());
                checked += 1;
            }
        }
        checked
    }

    #[test]
    fn every_column_gets_the_weight_of_every_term() {
        for case in &CASES {
            let checked = match case.columns {
                1 => check::<1, 1>(case),
                2 => check::<2, 1>(case),
                8 => check::<8, 3>(case),
                _ => continue,
            };
            assert!(checked >= 15, "{}: {checked} terms", case.name());
        }
    }

    #[test]
    fn generated_verilog_matches_the_simulation() {
        let case = &CASES[3];
        let (strides, drives, _) = stimulus(case, 8);
        let shown = simulate::<8, 3, ULX3S_BLOCKS>(&strides, &drives);
        let lines: Vec<String> = drives
            .iter()
            .zip(&shown)
            .map(|(d, out)| {
                let mut v = VectorLine::default();
                let (bank, address, data) = d.wr.unwrap_or_default();
                v.put(d.wr.is_some().into(), 1);
                v.put(bank as u64, 3);
                v.put(address as u64, ADDR_BITS);
                v.put(data as u64 & 0x1ff, WORD_BITS);
                let (phase, group, source, step, valid) = d.term.unwrap_or_default();
                v.put(d.term.is_some().into(), 1);
                v.put(phase as u64, 2);
                v.put(group as u64, CH_BITS);
                v.put(source as u64, CH_BITS);
                v.put(step as u64, SIGMA_BITS);
                v.put(valid.into(), 1);
                v.put(strides.t2 as u64, SIGMA_BITS);
                for s in [
                    strides.w2_block,
                    strides.hidden_group,
                    strides.k1_base,
                    strides.k1_group,
                    strides.k3_base,
                    strides.k3_group,
                ] {
                    v.put(s as u64, ADDR_BITS);
                }
                for w in out.iter().rev() {
                    v.put(*w as u64 & 0x1ff, WORD_BITS);
                }
                v.hex()
            })
            .collect();
        let inputs = 1 + 3 + ADDR_BITS + WORD_BITS + 1 + 2 + 2 * CH_BITS + SIGMA_BITS + 1 + SIGMA_BITS + 6 * ADDR_BITS;
        let width = inputs + 8 * WORD_BITS;
        let tb = REPLAY
            .replace("@W@", &(width - 1).to_string())
            .replace("@N@", &lines.len().to_string())
            .replace("@O@", &(8 * WORD_BITS).to_string());
        crate::flow::verilog::assert_replay_clean("plane_weight_banks", &tb, &lines.concat());
    }

    const REPLAY: &str = r#"
module tb;
  reg clock = 0;
  reg wr = 0;
  reg [2:0] wr_bank = 0;
  reg [14:0] wr_address = 0;
  reg [8:0] wr_data = 0;
  reg term = 0;
  reg [1:0] phase = 0;
  reg [7:0] group = 0;
  reg [7:0] source = 0;
  reg [3:0] step = 0;
  reg tap_valid = 0;
  reg [3:0] t2 = 0;
  reg [14:0] w2_block = 0, hidden_group = 0, k1_base = 0, k1_group = 0, k3_base = 0, k3_group = 0;
  wire [8:0] w0, w1, w2, w3, w4, w5, w6, w7;
  reg [@W@:0] vec [0:@N@ - 1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .wr(wr), .wr_bank(wr_bank), .wr_address(wr_address), .wr_data(wr_data), .term(term),
          .phase(phase), .group(group), .source(source), .step(step), .tap_valid(tap_valid), .strides$t2(t2),
          .strides$w2_block(w2_block), .strides$hidden_group(hidden_group), .strides$k1_base(k1_base),
          .strides$k1_group(k1_group), .strides$k3_base(k3_base), .strides$k3_group(k3_group), .weights$0(w0), .weights$1(w1), .weights$2(w2),
          .weights$3(w3), .weights$4(w4), .weights$5(w5), .weights$6(w6), .weights$7(w7));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < @N@; i = i + 1) begin
      {wr, wr_bank, wr_address, wr_data, term, phase, group, source, step, tap_valid, t2, w2_block, hidden_group,
       k1_base, k1_group, k3_base, k3_group} = vec[i][@W@:@O@];
      #1;
      if ({w7, w6, w5, w4, w3, w2, w1, w0} !== vec[i][@O@ - 1:0]) begin
        if (errors < 10) $display("MISMATCH cycle %0d", i);
        errors = errors + 1;
      end
      clock = 1;
      #1 clock = 0;
    end
    $display("DONE %0d vectors %0d mismatches", @N@, errors);
    $finish;
  end
endmodule
"#;

    crate::verilog_checks!("plane_weight_banks");
}
