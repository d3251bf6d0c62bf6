//! # `PlaneStore`: the spin planes, and the next plane staged for the PE array
//!
//! **Purpose.** Holds the three layers' spins as channel planes, one word per plane row, in `D`
//! banks (channel `g·D + d` in bank `d`, so the `D` decision units write side by side), each bank
//! split into even and odd rows so that one read gives a row pair. It stages the plane the PE
//! array loads next: the controller reads a channel's row pairs `lead = 3 + ⌈H/2⌉` cycles before
//! the load ([`super::engine`]), each pair is rotated to the ring phase it will have and written
//! into a staging register that rotates in step with the array's plane register, so that at the
//! load the staged plane is exactly `Window::aligned` of the channel's rows.
//!
//! **Ports** (`top` in `hdl/generated/plane_store.v`, the ULX3S size: `D = 8`, 288 words a bank):
//!
//! | port | dir | width | timing |
//! |---|---|---|---|
//! | `clock` | in | 1 | rising edge |
//! | `sync` | in | 1 | the run's `start`: the next cycle is cycle 0 (ring phase 0); clears the staging register |
//! | `wr_mask`, `wr_address`, `wr_odd`, `wr_data` | in | `D`, 12, 1, `D` x 14 | bank `d` writes `wr_data[d]` at row word `wr_address` of its even (`wr_odd` low) or odd rows, if `wr_mask[d]` |
//! | `rd`, `rd_address`, `rd_bank`, `rd_pair` | in | 1, 12, `BANK_BITS`, 3 | read the row pair `(2·rd_pair, 2·rd_pair + 1)` at word `rd_address` of bank `rd_bank`: staged at the second edge after |
//! | `h` | in | 4 | grid rows: rows `≥ h` stage as zeros |
//! | `row_mask` | in | 14 | the grid's columns (`2^W − 1`): positions `≥ W` stage as zeros |
//! | `plane` | out | 14 x 15 | the plane for the array's `plane_in` in this cycle: row `r`, ring position `i` at bit `15·r + i` |
//!
//! **Equation.** With `φ(τ) = τ mod 15` counted from `sync`, a pair read at edge `E` is in the
//! block RAMs' output registers after `E + 1` (the DP16KD's own: its clock-to-output alone is
//! 5.8 ns), rotated at edge `E + 2` by `(E + 4) mod 15` (bit `i` of the rotated row is position
//! `(i + E + 4) mod 15`; position 14 is the zero pad) and written into the staging rows at edge
//! `E + 3` ([`STAGE_DELAY`]); every
//! other staging row rotates by one position each edge. So in cycle `τ` staging row `r` holds
//! position `(i + τ) mod 15` at bit `i`, like the array's plane register, and `plane` is the
//! staging register one rotation ahead: what the plane register holds after a load at edge `τ`
//! (`Window::aligned(15, τ, rows)`).
//!
//! **Memories.** `2·D` `BlockRam`s of `WORDS` words of 14 bits (one read, one write port;
//! `(* no_rw_check *)`: a word read at the edge that writes it is unspecified on the FPGA, and the
//! engine's schedule never does it — the engine twin checks that). Word addresses are the
//! engine's: `(layer base + channel div D)·8 + row div 2`, computed by the engine's top.
//!
//! **Reset.** None; `sync` clears the staging register and the ring phase.

use rust_hdl::prelude::*;

use crate::constant as c;

use crate::chip::block_ram::BlockRam;
use crate::chip::field_unit::Extend;
use crate::testbench::Clocked;
use crate::wiring::Pack;

use crate::plane::array::{PLANE_BITS, RING, ROWS};

/// A stored plane row: the grid's widest row.
pub const ROW_BITS: usize = RING - 1;
/// Word address bits of a row memory.
pub const ADDR_BITS: usize = 12;
/// Row-pair index bits.
pub const PAIR_BITS: usize = 3;
/// Ring-phase and row-index bits.
const PHASE_BITS: usize = 4;
pub use thermoblock_contract::plane::PLANE_STAGE_DELAY as STAGE_DELAY;

const _: () = assert!(ROWS.div_ceil(2) <= 1 << PAIR_BITS && RING <= 1 << PHASE_BITS);

/// The plane store with `D` banks of `WORDS` row words each (even and odd rows apiece).
#[derive(LogicBlock)]
pub struct PlaneStore<const D: usize, const BANK_BITS: usize, const WORDS: usize> {
    pub clock: Signal<In, Clock>,
    pub sync: Signal<In, bool>,
    pub wr_mask: Signal<In, Bits<D>>,
    pub wr_address: Signal<In, Bits<ADDR_BITS>>,
    pub wr_odd: Signal<In, bool>,
    pub wr_data: [Signal<In, Bits<ROW_BITS>>; D],
    pub rd: Signal<In, bool>,
    pub rd_address: Signal<In, Bits<ADDR_BITS>>,
    pub rd_bank: Signal<In, Bits<BANK_BITS>>,
    pub rd_pair: Signal<In, Bits<PAIR_BITS>>,
    pub h: Signal<In, Bits<PHASE_BITS>>,
    pub row_mask: Signal<In, Bits<ROW_BITS>>,
    pub plane: Signal<Out, Bits<PLANE_BITS>>,
    even: [BlockRam<WORDS, ADDR_BITS, ROW_BITS>; D],
    odd: [BlockRam<WORDS, ADDR_BITS, ROW_BITS>; D],
    /// The ring phase of this cycle, `φ(τ)`.
    phase_r: DFF<Bits<PHASE_BITS>>,
    // Stage 1: the read's bank and pair; stage 2 beside the output registers; stage 3: the rotated
    // rows and their pair.
    rd1: DFF<bool>,
    bank1: DFF<Bits<BANK_BITS>>,
    pair1: DFF<Bits<PAIR_BITS>>,
    /// The block RAMs' output registers (the DP16KD's own), and the read's bank and pair beside.
    even_q: [DFF<Bits<ROW_BITS>>; D],
    odd_q: [DFF<Bits<ROW_BITS>>; D],
    rdq: DFF<bool>,
    bankq: DFF<Bits<BANK_BITS>>,
    pairq: DFF<Bits<PAIR_BITS>>,
    rd2: DFF<bool>,
    pair2: DFF<Bits<PAIR_BITS>>,
    rot_even: DFF<Bits<RING>>,
    rot_odd: DFF<Bits<RING>>,
    staging: [DFF<Bits<RING>>; ROWS],
    /// The staging rows side by side, row `r` at bits `[15·r +: 15]`.
    pack: Pack<ROWS, RING, PLANE_BITS>,
    // Combinational.
    /// The read bank's rows, masked to the grid, and padded with the zero position.
    word_even: Signal<Local, Bits<ROW_BITS>>,
    word_odd: Signal<Local, Bits<ROW_BITS>>,
    row_even: Extend<ROW_BITS, RING, false>,
    row_odd: Extend<ROW_BITS, RING, false>,
    /// `(φ + 2) mod RING`: the rotation of a row read at the last edge.
    amount: Signal<Local, Bits<PHASE_BITS>>,
    /// The barrel rotator's stages (by 1, 2, 4, 8), for the even and odd row.
    re: [Signal<Local, Bits<RING>>; 4],
    ro: [Signal<Local, Bits<RING>>; 4],
    // Constants.
    bank_index: [Constant<Bits<BANK_BITS>>; D],
    bank_bit: [Constant<Bits<D>>; D],
    row_index: [Constant<Bits<PHASE_BITS>>; ROWS],
    pair_index: [Constant<Bits<PAIR_BITS>>; ROWS],
    /// Barrel stage `k` rotates by `2^k`: right by `2^k`, left by `RING − 2^k`.
    by: [Constant<Bits<PHASE_BITS>>; 4],
    back: [Constant<Bits<PHASE_BITS>>; 4],
    one: Constant<Bits<PHASE_BITS>>,
    two: Constant<Bits<PHASE_BITS>>,
    last_phase: Constant<Bits<PHASE_BITS>>,
    ring_minus_two: Constant<Bits<PHASE_BITS>>,
    zero_phase: Constant<Bits<PHASE_BITS>>,
    zero_row: Constant<Bits<RING>>,
}

impl<const D: usize, const BANK_BITS: usize, const WORDS: usize> Default for PlaneStore<D, BANK_BITS, WORDS> {
    fn default() -> Self {
        assert!(D <= 1 << BANK_BITS);
        Self {
            clock: Default::default(),
            sync: Default::default(),
            wr_mask: Default::default(),
            wr_address: Default::default(),
            wr_odd: Default::default(),
            wr_data: std::array::from_fn(|_| Default::default()),
            rd: Default::default(),
            rd_address: Default::default(),
            rd_bank: Default::default(),
            rd_pair: Default::default(),
            h: Default::default(),
            row_mask: Default::default(),
            plane: Default::default(),
            even: std::array::from_fn(|_| Default::default()),
            odd: std::array::from_fn(|_| Default::default()),
            phase_r: Default::default(),
            rd1: Default::default(),
            even_q: std::array::from_fn(|_| Default::default()),
            odd_q: std::array::from_fn(|_| Default::default()),
            rdq: Default::default(),
            bankq: Default::default(),
            pairq: Default::default(),
            bank1: Default::default(),
            pair1: Default::default(),
            rd2: Default::default(),
            pair2: Default::default(),
            rot_even: Default::default(),
            rot_odd: Default::default(),
            staging: std::array::from_fn(|_| Default::default()),
            pack: Default::default(),
            word_even: Default::default(),
            word_odd: Default::default(),
            row_even: Default::default(),
            row_odd: Default::default(),
            amount: Default::default(),
            re: std::array::from_fn(|_| Default::default()),
            ro: std::array::from_fn(|_| Default::default()),
            bank_index: std::array::from_fn(|d| c(d as u64)),
            bank_bit: std::array::from_fn(|d| Constant::new(Bits::<D>::default().replace_bit(d, true))),
            row_index: std::array::from_fn(|r| c(r as u64)),
            pair_index: std::array::from_fn(|r| c(r as u64 / 2)),
            by: std::array::from_fn(|k| c(1 << k)),
            back: std::array::from_fn(|k| c(RING as u64 - (1 << k))),
            one: c(1),
            two: c(2),
            last_phase: c(RING as u64 - 1),
            ring_minus_two: c(RING as u64 - 2),
            zero_phase: c(0),
            zero_row: c(0),
        }
    }
}

impl<const D: usize, const BANK_BITS: usize, const WORDS: usize> Logic for PlaneStore<D, BANK_BITS, WORDS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, phase_r, rd1, bank1, pair1, rdq, bankq, pairq, rd2, pair2, rot_even, rot_odd);
        for r in 0..ROWS {
            self.staging[r].clock.next = self.clock.val();
        }
        // Writes and reads, every bank alike.
        for d in 0..D {
            self.even_q[d].clock.next = self.clock.val();
            self.odd_q[d].clock.next = self.clock.val();
            self.even_q[d].d.next = self.even[d].read_data.val();
            self.odd_q[d].d.next = self.odd[d].read_data.val();
            self.even[d].clock.next = self.clock.val();
            self.odd[d].clock.next = self.clock.val();
            self.even[d].write_address.next = self.wr_address.val();
            self.odd[d].write_address.next = self.wr_address.val();
            self.even[d].write_data.next = self.wr_data[d].val();
            self.odd[d].write_data.next = self.wr_data[d].val();
            self.even[d].write_enable.next = (self.wr_mask.val() & self.bank_bit[d].val()).any() & !self.wr_odd.val();
            self.odd[d].write_enable.next = (self.wr_mask.val() & self.bank_bit[d].val()).any() & self.wr_odd.val();
            self.even[d].read_address.next = self.rd_address.val();
            self.odd[d].read_address.next = self.rd_address.val();
        }
        // The ring phase.
        self.phase_r.d.next = self.phase_r.q.val() + self.one.val();
        if self.phase_r.q.val() == self.last_phase.val() {
            self.phase_r.d.next = self.zero_phase.val();
        }
        if self.sync.val() {
            self.phase_r.d.next = self.zero_phase.val();
        }
        self.rd1.d.next = self.rd.val();
        self.bank1.d.next = self.rd_bank.val();
        self.pair1.d.next = self.rd_pair.val();
        self.rdq.d.next = self.rd1.q.val();
        self.bankq.d.next = self.bank1.q.val();
        self.pairq.d.next = self.pair1.q.val();

        // Stage 2: the bank's pair, masked to the grid and padded, rotated by (φ + 2) mod RING.
        self.word_even.next = self.even_q[0].q.val() & self.row_mask.val();
        self.word_odd.next = self.odd_q[0].q.val() & self.row_mask.val();
        for d in 0..D {
            if self.bankq.q.val() == self.bank_index[d].val() {
                self.word_even.next = self.even_q[d].q.val() & self.row_mask.val();
                self.word_odd.next = self.odd_q[d].q.val() & self.row_mask.val();
            }
        }
        self.row_even.narrow.next = self.word_even.val();
        self.row_odd.narrow.next = self.word_odd.val();
        self.amount.next = self.phase_r.q.val() + self.two.val();
        if self.phase_r.q.val() >= self.ring_minus_two.val() {
            self.amount.next = self.phase_r.q.val() - self.ring_minus_two.val();
        }
        // Rotate right by `amount` (bit i ← bit i + amount mod RING): stages by 1, 2, 4, 8.
        self.re[0].next = self.row_even.wide.val();
        self.ro[0].next = self.row_odd.wide.val();
        if self.amount.val().get_bit(0) {
            self.re[0].next =
                (self.row_even.wide.val() >> self.by[0].val()) | (self.row_even.wide.val() << self.back[0].val());
            self.ro[0].next =
                (self.row_odd.wide.val() >> self.by[0].val()) | (self.row_odd.wide.val() << self.back[0].val());
        }
        for k in 1..4 {
            self.re[k].next = self.re[k - 1].val();
            self.ro[k].next = self.ro[k - 1].val();
            if self.amount.val().get_bit(k) {
                self.re[k].next =
                    (self.re[k - 1].val() >> self.by[k].val()) | (self.re[k - 1].val() << self.back[k].val());
                self.ro[k].next =
                    (self.ro[k - 1].val() >> self.by[k].val()) | (self.ro[k - 1].val() << self.back[k].val());
            }
        }
        self.rot_even.d.next = self.re[3].val();
        self.rot_odd.d.next = self.ro[3].val();
        self.rd2.d.next = self.rdq.q.val();
        self.pair2.d.next = self.pairq.q.val();

        // Stage 3: the staging register rotates by one a cycle; the pair lands in its rows.
        for r in 0..ROWS {
            self.staging[r].d.next =
                (self.staging[r].q.val() >> self.by[0].val()) | (self.staging[r].q.val() << self.back[0].val());
            if self.rd2.q.val() & (self.pair2.q.val() == self.pair_index[r].val()) {
                if self.row_index[r].val().get_bit(0) {
                    self.staging[r].d.next = self.rot_odd.q.val();
                } else {
                    self.staging[r].d.next = self.rot_even.q.val();
                }
                if self.row_index[r].val() >= self.h.val() {
                    self.staging[r].d.next = self.zero_row.val();
                }
            }
            if self.sync.val() {
                self.staging[r].d.next = self.zero_row.val();
            }
            // The plane after a load at this edge: the staging rows one rotation ahead.
            self.pack.parts[r].next =
                (self.staging[r].q.val() >> self.by[0].val()) | (self.staging[r].q.val() << self.back[0].val());
        }
        self.plane.next = self.pack.whole.val();
    }
}

impl<const D: usize, const BANK_BITS: usize, const WORDS: usize> Clocked for PlaneStore<D, BANK_BITS, WORDS> {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

/// Row words per bank on the ULX3S engine: `(⌈64/8⌉ + ⌈96/8⌉ + ⌈128/8⌉)` channel slots of 8 row
/// pairs' words (`⌈14/2⌉` used).
pub const ULX3S_WORDS: usize = (64usize.div_ceil(8) + 96usize.div_ceil(8) + 128usize.div_ceil(8)) * 8;

/// The ULX3S engine's plane store: 8 banks.
pub type PlaneStoreUlx3s = PlaneStore<8, 3, ULX3S_WORDS>;

#[cfg(test)]
mod tests {
    use rust_hdl::prelude::*;

    use super::*;
    use crate::plane::array::Window;
    use crate::testbench::{Bench, Stream, VectorLine};

    const D: usize = 8;

    /// One cycle's inputs.
    #[derive(Clone, Debug, Default)]
    struct Drive {
        sync: bool,
        wr_mask: u64,
        wr_address: usize,
        wr_odd: bool,
        wr_data: Vec<u64>,
        rd: bool,
        rd_address: usize,
        rd_bank: usize,
        rd_pair: usize,
        h: usize,
        row_mask: u64,
        /// The read is for this load.
        for_load: Option<usize>,
    }

    /// A word address: within 32 words at the bottom or the top of a bank, so that random writes
    /// cover them densely (loads then see spins, not never-written zeros) and both ends of the
    /// address range are used.
    fn word(s: &mut Stream) -> usize {
        let top = ULX3S_WORDS - 32;
        if s.chance(50) { s.below(32) } else { top + s.below(32) }
    }

    /// A run on an `h x w` grid after a `sync`: random writes every cycle, and loads `pairs` to
    /// `pairs + 3` cycles apart, each read `lead` cycles ahead as the engine does. Returns the
    /// drives (the first is the sync, cycle −1) and each load's cycle.
    fn scenario(s: &mut Stream, h: usize, w: usize, loads: usize) -> (Vec<Drive>, Vec<usize>) {
        let pairs = h.div_ceil(2);
        let lead = thermoblock_contract::plane::plane_lead(h);
        let row_mask = (1u64 << w) - 1;
        let mut load_at = Vec::new();
        let mut t = lead + s.below(5);
        for _ in 0..loads {
            load_at.push(t);
            t += pairs + s.below(4);
        }
        let mut drives: Vec<Drive> = (0..t + 4)
            .map(|_| Drive {
                wr_mask: s.next() & 0xff,
                wr_address: word(s),
                wr_odd: s.chance(50),
                wr_data: (0..D).map(|_| s.next() & 0x3fff).collect(),
                rd_address: s.below(ULX3S_WORDS),
                rd_bank: s.below(D),
                rd_pair: s.below(8),
                h,
                row_mask,
                ..Drive::default()
            })
            .collect();
        drives.insert(0, Drive { sync: true, h, row_mask, wr_data: vec![0; D], ..Drive::default() });
        for (k, &l) in load_at.iter().enumerate() {
            let (address, bank) = (word(s) / 8 * 8, s.below(D));
            for j in 0..pairs {
                let d = &mut drives[1 + l - lead + j];
                (d.rd, d.rd_address, d.rd_bank, d.rd_pair, d.for_load) = (true, address + j, bank, j, Some(k));
            }
        }
        (drives, load_at)
    }

    const GRIDS: [(usize, usize); 6] = [(14, 14), (3, 5), (1, 1), (13, 7), (2, 14), (14, 1)];

    /// Every scenario's drives back to back, and for each load its drive index and the plane the
    /// array must load then, from a software memory (a read sees the words before its edge's
    /// write; the memory persists across scenarios, as the store's does).
    fn all(seed: u64) -> (Vec<Drive>, Vec<(usize, Vec<bool>)>) {
        let mut s = Stream(seed);
        let mut drives = Vec::new();
        // Per load: (drive index, cycle since its sync, h, w).
        let mut loads = Vec::new();
        for (h, w) in GRIDS {
            let (d, at) = scenario(&mut s, h, w, 40);
            let base = drives.len();
            let first = loads.len();
            for d in d {
                let for_load = d.for_load.map(|k| k + first);
                drives.push(Drive { for_load, ..d });
            }
            loads.extend(at.into_iter().map(|l| (base + 1 + l, l, h, w)));
        }
        let mut mem = vec![vec![[0u64; 2]; ULX3S_WORDS]; D];
        let mut rows_read = vec![vec![0u64; ROWS]; loads.len()];
        for d in &drives {
            if let Some(k) = d.for_load {
                let word = mem[d.rd_bank][d.rd_address];
                for (half, r) in [2 * d.rd_pair, 2 * d.rd_pair + 1].into_iter().enumerate() {
                    if r < ROWS {
                        rows_read[k][r] = word[half];
                    }
                }
            }
            for (b, bank) in mem.iter_mut().enumerate() {
                if d.wr_mask >> b & 1 == 1 {
                    bank[d.wr_address][d.wr_odd as usize] = d.wr_data[b];
                }
            }
        }
        let expect = loads
            .iter()
            .zip(&rows_read)
            .map(|(&(i, tau, h, w), rows)| {
                let nat: Vec<Vec<bool>> =
                    (0..ROWS).map(|r| (0..RING).map(|x| r < h && x < w && rows[r] >> x & 1 == 1).collect()).collect();
                (i, Window::aligned(RING, tau, &nat))
            })
            .collect();
        (drives, expect)
    }

    fn apply(dut: &mut PlaneStoreUlx3s, d: &Drive) {
        dut.sync.next = d.sync;
        dut.wr_mask.next = d.wr_mask.to_bits();
        dut.wr_address.next = (d.wr_address as u64).to_bits();
        dut.wr_odd.next = d.wr_odd;
        for (b, v) in d.wr_data.iter().enumerate() {
            dut.wr_data[b].next = v.to_bits();
        }
        dut.rd.next = d.rd;
        dut.rd_address.next = (d.rd_address as u64).to_bits();
        dut.rd_bank.next = (d.rd_bank as u64).to_bits();
        dut.rd_pair.next = (d.rd_pair as u64).to_bits();
        dut.h.next = (d.h as u64).to_bits();
        dut.row_mask.next = d.row_mask.to_bits();
    }

    fn plane_bits(dut: &PlaneStoreUlx3s) -> Vec<bool> {
        let p = dut.plane.val();
        (0..PLANE_BITS).map(|i| p.get_bit(i)).collect()
    }

    #[test]
    fn every_load_sees_the_rows_it_read_rotated_to_its_phase() {
        let (drives, expect) = all(51);
        let mut bench = Bench::new(PlaneStoreUlx3s::default());
        let mut shown = Vec::new();
        for d in &drives {
            apply(&mut bench.dut, d);
            bench.settle();
            shown.push(plane_bits(&bench.dut));
            bench.cycle();
        }
        for (i, want) in &expect {
            assert_eq!(&shown[*i], want, "drive {i}: the staged plane");
        }
        assert_eq!(expect.len(), 240);
        // Planes with spins in them (a 1 x 1 grid's one spin is 0 half the time).
        assert!(expect.iter().filter(|(_, p)| p.iter().any(|&b| b)).count() >= 200);
    }

    const REPLAY: &str = r#"
module tb;
  reg clock = 0;
  reg sync = 0;
  reg [7:0] wr_mask = 0;
  reg [11:0] wr_address = 0;
  reg wr_odd = 0;
  reg [13:0] wr_data [0:7];
  reg rd = 0;
  reg [11:0] rd_address = 0;
  reg [2:0] rd_bank = 0;
  reg [2:0] rd_pair = 0;
  reg [3:0] h = 0;
  reg [13:0] row_mask = 0;
  wire [209:0] plane;
  reg [@W@:0] vec [0:@N@ - 1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .sync(sync), .wr_mask(wr_mask), .wr_address(wr_address), .wr_odd(wr_odd),
          .wr_data$0(wr_data[0]), .wr_data$1(wr_data[1]), .wr_data$2(wr_data[2]), .wr_data$3(wr_data[3]),
          .wr_data$4(wr_data[4]), .wr_data$5(wr_data[5]), .wr_data$6(wr_data[6]), .wr_data$7(wr_data[7]),
          .rd(rd), .rd_address(rd_address), .rd_bank(rd_bank), .rd_pair(rd_pair), .h(h), .row_mask(row_mask),
          .plane(plane));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < @N@; i = i + 1) begin
      {sync, wr_mask, wr_address, wr_odd, wr_data[7], wr_data[6], wr_data[5], wr_data[4], wr_data[3], wr_data[2],
       wr_data[1], wr_data[0], rd, rd_address, rd_bank, rd_pair, h, row_mask} = vec[i][@W@:210];
      #1;
      if (plane !== vec[i][209:0]) begin
        if (errors < 10) $display("MISMATCH cycle %0d: %h", i, plane ^ vec[i][209:0]);
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

    #[test]
    fn generated_verilog_matches_the_simulation() {
        let (drives, _) = all(52);
        let mut bench = Bench::new(PlaneStoreUlx3s::default());
        let mut lines = Vec::new();
        for d in &drives {
            apply(&mut bench.dut, d);
            bench.settle();
            let mut v = VectorLine::default();
            v.put(d.sync.into(), 1);
            v.put(d.wr_mask, D);
            v.put(d.wr_address as u64, ADDR_BITS);
            v.put(d.wr_odd.into(), 1);
            for b in (0..D).rev() {
                v.put(d.wr_data[b], ROW_BITS);
            }
            v.put(d.rd.into(), 1);
            v.put(d.rd_address as u64, ADDR_BITS);
            v.put(d.rd_bank as u64, 3);
            v.put(d.rd_pair as u64, PAIR_BITS);
            v.put(d.h as u64, 4);
            v.put(d.row_mask, ROW_BITS);
            for bit in plane_bits(&bench.dut).iter().rev() {
                v.put((*bit).into(), 1);
            }
            lines.push(v.hex());
            bench.cycle();
        }
        let width = 1 + D + ADDR_BITS + 1 + D * ROW_BITS + 1 + ADDR_BITS + 3 + PAIR_BITS + 4 + ROW_BITS + PLANE_BITS;
        let tb = REPLAY.replace("@W@", &(width - 1).to_string()).replace("@N@", &lines.len().to_string());
        crate::flow::verilog::assert_replay_clean("plane_store", &tb, &lines.concat());
    }

    crate::verilog_checks!("plane_store");
}
