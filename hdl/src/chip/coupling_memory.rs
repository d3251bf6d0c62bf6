//! # `CouplingMemory`: the chip's weight banks, one per lane
//!
//! **Purpose.** Holds every coupling table of the block (`W2ᵀ`, `W2`, `K1P`, `K1M`, `K3P`/`K3M`/`u`)
//! in `P` banks, one per p-bit lane. The layout is normative and lives in
//! `thermoblock_contract::memory::CouplingLayout`: the host writes `CouplingLayout::banks(image)`
//! through the write port, and in an accumulate step the sweep controller presents one address,
//! `CouplingLayout::read_address(phase, group, channel, tap, input_plus)`, which **every bank reads at
//! once**; lane `l` receives the weight of its own destination channel `group · P + l`. This unit
//! knows nothing of regions or channels: it is `P` independent synchronous memories sharing a read
//! address, and the tests check that, filled with the layout, lane `l` reads the weight the image
//! says it must.
//!
//! **Sizes** (derived from `thermoblock_contract::config`, never restated):
//!
//! * banks `P`: the const generic of [`CouplingMemory<P, DEPTH>`]; the lane count of the chip
//!   (`ICE40.lanes = 4`, `ECP5.lanes = 32`). The checked-in Verilog, `hdl/generated/coupling_memory.v`,
//!   is [`CouplingMemory<{ ICE40.lanes }>`](CheckedIn) (4 banks); the design is the same text for any
//!   `P` (each bank is a field of an array `[CouplingBank; P]`, which rust-hdl unrolls into modules
//!   `top$banks$0 .. top$banks${P-1}` and ports `rd_data$0 .. rd_data${P-1}`), and the tests also
//!   build, simulate and lint `P = ECP5.lanes = 32`.
//! * depth `DEPTH` words per bank: the second const generic, by default [`COUPLING_DEPTH`]
//!   `= coupling_depth(&ECP5) = 7,134`, the largest `CouplingLayout::depth()` of any block that fits
//!   the `ecp5` configuration: `2·⌈96/32⌉·96·9 + 2·⌈96/32⌉·32·9 + ⌈96/32⌉·(2·32 + 9) + ⌈96/32⌉` (depth grows
//!   with every channel count and kernel size, so the maximum is at the configuration's maxima;
//!   the tests check this over every fitting shape). The MNIST block (C0 = 32, C1 = C2 = 64) needs
//!   3,604. [`coupling_depth`]`(&ICE40) = 1,206` is the bound for the 4-lane chip.
//! * address [`ADDR_BITS`] `= 13` bits (`clog2(COUPLING_DEPTH)`), the same for every `DEPTH` up to
//!   `COUPLING_DEPTH`, so the host bus and the controller see one width;
//! * bank select [`BANK_BITS`] `= 5` bits (`clog2(ECP5.lanes)`), the same for every `P ≤ 32`;
//! * word [`WORD_BITS`] `= 16` bits, the element type (`i16`) of `CouplingLayout::banks`: kernels use
//!   the low 8 bits sign-extended, the `u` constants all 16. Words are stored as raw bit patterns.
//!
//! **Ports** (`top` in the generated Verilog):
//!
//! | port          | dir | width | timing |
//! |---------------|-----|-------|--------|
//! | `clock`       | in  | 1     | rising edge |
//! | `wr_en`       | in  | 1     | sampled at the edge: `bank[wr_bank][wr_addr] <= wr_data` |
//! | `wr_bank`     | in  | 5     | bank (lane) written; a value `≥ P` writes nothing |
//! | `wr_addr`     | in  | 13    | word written, `< DEPTH` |
//! | `wr_data`     | in  | 16    | the word (two's-complement bit pattern) |
//! | `rd_addr`     | in  | 13    | shared read address, sampled at every edge, `< DEPTH` |
//! | `rd_data$l`   | out | 16    | `bank[l][rd_addr]` as sampled at the last edge, for every lane `l < P` |
//!
//! (In Rust the outputs are the array `rd_data[l]`; rust-hdl names array elements `<field>$<index>`.)
//!
//! **Read latency: 1 clock**, one read per clock. `rd_data$l` is the memory's own output register
//! (`read_data <= mem[read_address]` at the edge), the synchronous-read form every FPGA tool maps to
//! block RAM with no logic in front of or behind it; it is updated at every edge (no read enable),
//! so the controller presents the address of step `k` one clock before it adds the weight.
//!
//! **Writes.** One word per clock into one bank; the other `P − 1` banks keep reading normally at
//! that edge. A write sampled at edge `e` is seen by every read sampled at edge `e + 1` or later.
//! **Read during write**: a read of the very word being written at the same edge (same bank, same
//! address) returns an **unspecified** word on the FPGA (`(* no_rw_check *)`, so Yosys adds no
//! read-first bypass, which would cost registers and a 16-bit mux per bank); rust-hdl's model and
//! Verilator happen to return the old word, but nothing may rely on it. Only that lane's `rd_data` of
//! that one cycle is affected. The host loads the banks while the sweep engine is stopped, so the
//! engine never sees a collision; the tests interleave writes with reads anyway and treat exactly
//! the colliding lane-cycles as don't-care.
//!
//! **Addresses `≥ DEPTH`** are outside the contract (the block RAMs round the depth up and may alias
//! or keep such words). **Power-up contents are undefined** (no `initial` block): the host writes
//! every word the layout uses before the first run; words never written read as unspecified.
//!
//! **Resources** (Yosys 0.23, checked by `banks_map_to_block_ram` on the checked-in `P = 4`): a bank
//! of `DEPTH = 7,134` x 16 bits is `⌈7,134 / 1,024⌉ = 7` ECP5 DP16KD (1,024 x 18) or
//! `⌈7,134 / 256⌉ = 28` iCE40 SB_RAM40_4K (256 x 16), so `P = 4` is 28 DP16KD / 112 SB_RAM40_4K
//! and `P = 32` is **224 DP16KD, more than the ECP5-85F's 208** (see "For the integrator" below).
//! The logic is the read multiplexer over each bank's block RAMs plus the write decoder; the only
//! flip-flops are the registered block select (3, shared by all banks). Measured:
//!
//! | instance | ECP5 (`synth_ecp5`) | iCE40 (`synth_ice40`) |
//! |---|---|---|
//! | `P = 4`, 7,134 words (checked in) | 28 DP16KD, 364 LUT4, 72 PFUMX, 3 FF | 112 SB_RAM40_4K, 355 LUT4, 3 FF |
//! | `P = 4`, 1,206 words (`coupling_depth(&ICE40)`) | — | 20 SB_RAM40_4K, 241 LUT4, 3 FF |
//! | `P = 32`, 7,134 words | 224 DP16KD, 2,807 LUT4, 512 PFUMX, 3 FF | — |
//! | `P = 32`, 4,096 words | 128 DP16KD, 128 LUT4, 64 PFUMX, 32 L6MUX21 | — |
//!
//! **For the integrator.** (1) `COUPLING_DEPTH` is the worst case of the `ecp5` limits
//! (C1 = C2 = 96); 32 banks of it do not fit the ECP5-85F's block RAM, while the MNIST block's 3,604
//! words fit 4 DP16KD per bank (128 in all). Instantiate `CouplingMemory<32, D>` with `D` the depth
//! actually supported (e.g. 4,096 for 4 DP16KD per bank) and lower `ECP5.max_c1/max_c2` to match,
//! or store kernels as 8-bit words (all regions but `u`). (2) On the iCE40 UP5K (30 EBR) even
//! `coupling_depth(&ICE40) = 1,206` x 4 banks is 20 EBR beside the p-bits' 16: the coupling memory
//! belongs in SPRAM there. (3) `wr_bank` and the address are fixed-width (5 and 13 bits) whatever
//! `P` and `DEPTH`, so the host bus is the same for both chips.
//!
//! **Reset.** None; no control state.

use rust_hdl::prelude::*;
use thermoblock_contract::config::{CONFIGS, ChipConfig, ECP5, ICE40};

use crate::chip::block_ram::BlockRam;
use crate::testbench::Clocked;

/// Largest `CouplingLayout::depth()` of any block that fits configuration `c` on its `c.lanes`
/// banks: the layout's region lengths at the configuration's largest channel counts and kernels
/// (`W2ᵀ`, `W2`, `K1P` and `K1M`, `K3U`, `Bias`; see `thermoblock_contract::memory`).
pub const fn coupling_depth(c: &ChipConfig) -> usize {
    let taps = c.max_kernel * c.max_kernel;
    let hidden_groups = c.max_c1.div_ceil(c.lanes);
    let output_groups = c.max_c2.div_ceil(c.lanes);
    hidden_groups * c.max_c2 * taps
        + output_groups * c.max_c1 * taps
        + 2 * hidden_groups * c.max_c0 * taps
        + output_groups * (2 * c.max_c0 + taps)
        + hidden_groups
}

/// Words per bank: enough for every block that fits the `ecp5` configuration.
pub const COUPLING_DEPTH: usize = coupling_depth(&ECP5);
/// Address bits of a bank (for any depth up to `COUPLING_DEPTH`).
pub const ADDR_BITS: usize = clog2(COUPLING_DEPTH);
/// Bits of the bank select (for any lane count up to `ECP5.lanes`).
pub const BANK_BITS: usize = clog2(ECP5.lanes);
/// Bits of a word: the element type of `CouplingLayout::banks`.
pub const WORD_BITS: usize = i16::BITS as usize;

// Every named configuration's banks fit the address and bank widths, with no spare address bit.
const _: () = {
    let mut i = 0;
    while i < CONFIGS.len() {
        assert!(coupling_depth(&CONFIGS[i]) <= COUPLING_DEPTH);
        assert!(CONFIGS[i].lanes <= 1 << BANK_BITS);
        i += 1;
    }
    assert!(COUPLING_DEPTH <= 1 << ADDR_BITS && COUPLING_DEPTH > 1 << (ADDR_BITS - 1));
};

/// A word address of a bank.
pub type Address = Bits<ADDR_BITS>;
/// A bank (lane) number.
pub type BankIndex = Bits<BANK_BITS>;
/// A stored word: the bit pattern of an `i16`.
pub type Word = Bits<WORD_BITS>;

/// The configuration whose Verilog is checked in: the `ice40` lane count, the default depth.
pub type CheckedIn = CouplingMemory<{ ICE40.lanes }>;
/// The 32-lane `ecp5` instance at the default depth (see "For the integrator").
pub type Ecp5CouplingMemory = CouplingMemory<{ ECP5.lanes }>;

/// One lane's bank: `DEPTH` words of `WORD_BITS` (a [`BlockRam`]). The engine never reads a word
/// at the edge that writes it: the host loads the banks while the sweep engine is stopped.
pub type CouplingBank<const DEPTH: usize> = BlockRam<DEPTH, ADDR_BITS, WORD_BITS>;

/// The coupling memory: `P` banks of `DEPTH` words. See the module documentation.
#[derive(LogicBlock)]
pub struct CouplingMemory<const P: usize, const DEPTH: usize = COUPLING_DEPTH> {
    pub clock: Signal<In, Clock>,
    /// Write `wr_data` into bank `wr_bank` at `wr_addr`.
    pub wr_en: Signal<In, bool>,
    pub wr_bank: Signal<In, BankIndex>,
    pub wr_addr: Signal<In, Address>,
    pub wr_data: Signal<In, Word>,
    /// The address every bank reads.
    pub rd_addr: Signal<In, Address>,
    /// Lane `l`'s word: `bank[l][rd_addr]` as sampled at the last edge.
    pub rd_data: [Signal<Out, Word>; P],
    banks: [CouplingBank<DEPTH>; P],
    /// `l` for bank `l`: the write decoder's compare value.
    bank_index: [Constant<BankIndex>; P],
}

impl<const P: usize, const DEPTH: usize> Default for CouplingMemory<P, DEPTH> {
    fn default() -> Self {
        const { assert!(P >= 1 && P <= 1 << BANK_BITS) };
        Self {
            clock: Default::default(),
            wr_en: Default::default(),
            wr_bank: Default::default(),
            wr_addr: Default::default(),
            wr_data: Default::default(),
            rd_addr: Default::default(),
            rd_data: std::array::from_fn(|_| Default::default()),
            banks: std::array::from_fn(|_| Default::default()),
            bank_index: std::array::from_fn(|l| Constant::new(l.to_bits())),
        }
    }
}

impl<const P: usize, const DEPTH: usize> CouplingMemory<P, DEPTH> {
    /// The banks `config` builds: single-port RAMs where `config.single_port_coupling` (the iCE40
    /// UP5K's SPRAM; a write cycle holds every bank's `rd_data`), else block RAM as [`Default`].
    pub fn for_config(config: &ChipConfig) -> Self {
        let mut memory = Self::default();
        if config.single_port_coupling {
            memory.banks = std::array::from_fn(|_| CouplingBank::single_port());
        }
        memory
    }
}

impl<const P: usize, const DEPTH: usize> Logic for CouplingMemory<P, DEPTH> {
    #[hdl_gen]
    fn update(&mut self) {
        // rust-hdl unrolls this loop in the Verilog, one set of assignments per bank.
        for l in 0..P {
            self.banks[l].clock.next = self.clock.val();
            self.banks[l].read_address.next = self.rd_addr.val();
            self.banks[l].write_address.next = self.wr_addr.val();
            self.banks[l].write_data.next = self.wr_data.val();
            self.banks[l].write_enable.next = self.wr_en.val() & (self.wr_bank.val() == self.bank_index[l].val());
            self.rd_data[l].next = self.banks[l].read_data.val();
        }
    }
}

impl<const P: usize, const DEPTH: usize> Clocked for CouplingMemory<P, DEPTH> {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use crate::testbench::{Stream, VectorLine};
    use std::fmt;
    use thermoblock_sim::chip::quantize::quantize;

    use rust_hdl::prelude::*;
    use thermoblock_contract::config::{ChipConfig, ECP5, ICE40, ICE40_UP5K};
    use thermoblock_contract::image::ChipImage;
    use thermoblock_contract::memory::CouplingLayout;
    use thermoblock_contract::schedule::Phase;
    use thermoblock_sim::random::{RandomBlockSpec, random_block};

    use super::{
        ADDR_BITS, BANK_BITS, COUPLING_DEPTH, CheckedIn, CouplingMemory, Ecp5CouplingMemory, WORD_BITS, coupling_depth,
    };
    use crate::flow::verilog;
    use crate::testbench::Bench;

    /// The port values driven in one cycle.
    #[derive(Clone, Copy, Debug, Default)]
    struct Drive {
        wr_en: bool,
        wr_bank: usize,
        wr_addr: usize,
        wr_data: i16,
        rd_addr: usize,
    }

    /// What the DUT and a reference disagreed on.
    #[derive(Debug)]
    struct Mismatch {
        cycle: u64,
        lane: usize,
        drive: Drive,
        reference: &'static str,
        expected: String,
        got: i16,
    }

    impl fmt::Display for Mismatch {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "cycle {} lane {} (inputs {:?}): {} expected {}, got {}",
                self.cycle, self.lane, self.drive, self.reference, self.expected, self.got
            )
        }
    }

    /// Bugs planted in the twin, to show the tests can tell them from the DUT.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Planted {
        /// Lanes 0 and 1 read each other's bank.
        SwappedBanks,
        /// Two clocks of read latency instead of one.
        TwoClockLatency,
        /// The bank select is taken modulo `P`, so writes to a bank `>= P` land in a real bank.
        BankAliasing,
    }

    /// The software twin: the port contract in plain Rust. A word is `None` until written (power-up
    /// contents are undefined); a read returns every bank's word at `rd_addr` as of all earlier
    /// edges, except the word written at the same edge, which is unspecified (`None`).
    struct Twin {
        banks: Vec<Vec<Option<i16>>>,
        planted: Option<Planted>,
        previous: Vec<Option<i16>>,
    }

    impl Twin {
        fn new(lanes: usize, planted: Option<Planted>) -> Self {
            Self { banks: vec![vec![None; COUPLING_DEPTH]; lanes], planted, previous: vec![None; lanes] }
        }

        /// The outputs the contract allows after an edge that sampled `d`: `None` = don't care.
        fn edge(&mut self, d: Drive) -> Vec<Option<i16>> {
            let p = self.banks.len();
            let mut reads: Vec<Option<i16>> = (0..p)
                .map(|l| {
                    let bank = match (self.planted, l) {
                        (Some(Planted::SwappedBanks), 0) => 1,
                        (Some(Planted::SwappedBanks), 1) => 0,
                        _ => l,
                    };
                    let collides = d.wr_en && d.wr_bank == l && d.wr_addr == d.rd_addr;
                    if collides { None } else { self.banks[bank][d.rd_addr] }
                })
                .collect();
            let bank = if self.planted == Some(Planted::BankAliasing) { Some(d.wr_bank % p) } else { Some(d.wr_bank) };
            if d.wr_en
                && let Some(b) = bank.filter(|&b| b < p)
            {
                self.banks[b][d.wr_addr] = Some(d.wr_data);
            }
            if self.planted == Some(Planted::TwoClockLatency) {
                std::mem::swap(&mut reads, &mut self.previous);
            }
            reads
        }
    }

    /// One image and its layout on `cfg.lanes` banks.
    struct Loaded {
        image: ChipImage,
        layout: CouplingLayout,
        banks: Vec<Vec<i16>>,
    }

    fn load(cfg: &ChipConfig, spec: RandomBlockSpec, seed: u64) -> Loaded {
        let block = random_block(&spec, seed).expect("a valid random block");
        let image = quantize(&block, cfg, 4, 4).expect("the block fits").0;
        let layout = CouplingLayout::new(&image, cfg.lanes);
        let banks: Vec<Vec<i16>> = layout.banks(&image);
        assert!(layout.depth() <= COUPLING_DEPTH);
        Loaded { image, layout, banks }
    }

    /// Stimulus, and per cycle what the layout itself says each lane must read (where the cycle
    /// is a read of an accumulate step and the lane's destination channel exists).
    struct Stimulus {
        lanes: usize,
        drives: Vec<Drive>,
        layout_says: Vec<Vec<Option<i16>>>,
        rng: Stream,
    }

    impl Stimulus {
        fn new(lanes: usize, seed: u64) -> Self {
            Self { lanes, drives: Vec::new(), layout_says: Vec::new(), rng: Stream(seed) }
        }

        fn push(&mut self, d: Drive) {
            self.drives.push(d);
            self.layout_says.push(vec![None; self.lanes]);
        }

        /// The host writes every bank's contents, address-major (consecutive writes go to different
        /// banks), while the read port reads random words: a fifth of the reads are of the word being
        /// written (the collision), a tenth of the cycles are idle cycles with garbage on the write
        /// port and `wr_en` low, and (when `P < 2^BANK_BITS`) a tenth write garbage to a bank `>= P`.
        fn load(&mut self, l: &Loaded) {
            let depth = l.layout.depth();
            for a in 0..depth {
                for (bank, words) in l.banks.iter().enumerate() {
                    let r = &mut self.rng;
                    let rd_addr = if r.chance(20) { a } else { r.below(depth) };
                    let d = Drive { wr_en: true, wr_bank: bank, wr_addr: a, wr_data: words[a], rd_addr };
                    self.push(d);
                    let r = &mut self.rng;
                    let garbage = Drive {
                        wr_en: false,
                        wr_bank: r.below(self.lanes),
                        wr_addr: r.below(depth),
                        wr_data: r.next() as i16,
                        rd_addr: r.below(depth),
                    };
                    if r.chance(10) {
                        self.push(garbage);
                    }
                    let r = &mut self.rng;
                    if self.lanes < 1 << BANK_BITS && r.chance(10) {
                        let bank = self.lanes + r.below((1 << BANK_BITS) - self.lanes);
                        self.push(Drive { wr_en: true, wr_bank: bank, ..garbage });
                    }
                }
            }
        }

        /// `n` reads of accumulate steps, each a `read_address` of a random phase, lane group,
        /// source channel and tap; records what the image says lane `l` (destination channel
        /// `group · P + l`) must read.
        fn schedule(&mut self, l: &Loaded, n: usize) {
            let (lay, img, p) = (&l.layout, &l.image, self.lanes);
            for _ in 0..n {
                let r = &mut self.rng;
                let plus = r.chance(50);
                let (phase, dests, channel, tap) = match r.below(5) {
                    0 => (Phase::Hidden, lay.c1, Some(r.below(lay.c2)), r.below(lay.t2)),
                    1 => (Phase::Output, lay.c2, Some(r.below(lay.c1)), r.below(lay.t2)),
                    2 => (Phase::ClampHidden, lay.c1, Some(r.below(lay.c0)), r.below(lay.t1)),
                    3 => (Phase::ClampOutput, lay.c2, Some(r.below(lay.c0)), 0),
                    _ => (Phase::ClampOutput, lay.c2, None, r.below(lay.t2)),
                };
                let group = r.below(dests.div_ceil(p));
                let rd_addr = lay.read_address(phase, group, channel, tap, plus);
                let weight = |dest: usize| -> i16 {
                    match (phase, channel) {
                        (Phase::Hidden, Some(o)) => img.w2[(o * lay.c1 + dest) * lay.t2 + tap].into(),
                        (Phase::Output, Some(m)) => img.w2[(dest * lay.c1 + m) * lay.t2 + tap].into(),
                        (Phase::ClampHidden, Some(c)) => {
                            let j = (dest * lay.c0 + c) * lay.t1 + tap;
                            (if plus { img.k1p[j] } else { img.k1m[j] }).into()
                        }
                        (Phase::ClampOutput, Some(c)) => {
                            (if plus { img.k3p[dest * lay.c0 + c] } else { img.k3m[dest * lay.c0 + c] }).into()
                        }
                        (_, _) => img.u[dest * lay.t2 + tap],
                    }
                };
                let says = (0..p).map(|lane| Some(group * p + lane).filter(|&d| d < dests).map(weight)).collect();
                self.drives.push(Drive { rd_addr, ..Drive::default() });
                self.layout_says.push(says);
            }
        }

        /// `n` cycles of reads and writes mixed over a few addresses (the top of the memory
        /// included): writes to random banks, a third of them read-during-write collisions, and half
        /// the reads of the address written at the previous edge.
        fn mixed(&mut self, pool: &[usize], n: usize) {
            let mut last = pool[0];
            for _ in 0..n {
                let r = &mut self.rng;
                let rd_addr = if r.chance(50) { last } else { pool[r.below(pool.len())] };
                let d = if r.chance(40) {
                    let wr_addr = if r.chance(33) { rd_addr } else { pool[r.below(pool.len())] };
                    last = wr_addr;
                    Drive { wr_en: true, wr_bank: r.below(self.lanes), wr_addr, wr_data: r.next() as i16, rd_addr }
                } else {
                    Drive { rd_addr, ..Drive::default() }
                };
                self.push(d);
            }
        }
    }

    /// The full stimulus for `P` lanes: load an image, read its schedule, mix reads and writes,
    /// reload a second image over it, read that one's schedule.
    fn stimulus(cfg: &ChipConfig, spec: RandomBlockSpec, reads: usize) -> Stimulus {
        let mut s = Stimulus::new(cfg.lanes, 0xC0FF_EE00 ^ cfg.lanes as u64);
        let first = load(cfg, spec, 1);
        s.load(&first);
        s.schedule(&first, reads);
        let d = COUPLING_DEPTH;
        let pool = [0, 1, 2, first.layout.depth() - 1, d - 3, d - 2, d - 1];
        s.mixed(&pool, reads);
        let second = load(cfg, spec, 2);
        s.load(&second);
        s.schedule(&second, reads);
        s
    }

    /// The ICE40 test block: two lane groups in every layer, the last partly idle, 3 x 3 kernels.
    const ICE40_SPEC: RandomBlockSpec = RandomBlockSpec { c0: 5, c1: 7, c2: 6, kernel: 3, coupling: 1.0 };

    fn outputs<const P: usize>(dut: &CouplingMemory<P>) -> [i16; P] {
        std::array::from_fn(|l| dut.rd_data[l].val().to_u64() as u16 as i16)
    }

    /// Drives `bench` and `twin` with the same inputs, comparing every lane after every edge with
    /// the twin and, on schedule reads, with the layout; before each edge it checks that the new
    /// inputs have not reached the outputs (all registered).
    fn run_lockstep<const P: usize>(
        bench: &mut Bench<CouplingMemory<P>>,
        twin: &mut Twin,
        s: &Stimulus,
    ) -> Result<usize, Mismatch> {
        let mut previous = outputs(&bench.dut);
        let mut compared = 0;
        for (&d, says) in s.drives.iter().zip(&s.layout_says) {
            bench.dut.wr_en.next = d.wr_en;
            bench.dut.wr_bank.next = d.wr_bank.to_bits();
            bench.dut.wr_addr.next = d.wr_addr.to_bits();
            bench.dut.wr_data.next = (d.wr_data as u16 as u64).to_bits();
            bench.dut.rd_addr.next = d.rd_addr.to_bits();
            bench.settle();
            let before = outputs(&bench.dut);
            if let Some(lane) = (0..P).find(|&l| before[l] != previous[l]) {
                let expected = format!("{} (unchanged before the edge)", previous[lane]);
                let cycle = bench.cycles();
                return Err(Mismatch { cycle, lane, drive: d, reference: "register", expected, got: before[lane] });
            }
            bench.cycle();
            let got = outputs(&bench.dut);
            let want = twin.edge(d);
            let cycle = bench.cycles();
            for lane in 0..P {
                for (reference, w) in [("twin", want[lane]), ("layout", says[lane])] {
                    if let Some(w) = w {
                        compared += 1;
                        if w != got[lane] {
                            let expected = w.to_string();
                            return Err(Mismatch { cycle, lane, drive: d, reference, expected, got: got[lane] });
                        }
                    }
                }
            }
            previous = got;
        }
        Ok(compared)
    }

    #[test]
    fn matches_the_twin_and_the_layout_every_cycle() {
        let s = stimulus(&ICE40, ICE40_SPEC, 20_000);
        // The stimulus exercises what it claims.
        let collisions = s.drives.iter().filter(|d| d.wr_en && d.wr_addr == d.rd_addr).count();
        let ignored = s.drives.iter().filter(|d| d.wr_en && d.wr_bank >= ICE40.lanes).count();
        let layout_checks = s.layout_says.iter().flatten().flatten().count();
        assert!(
            collisions > 1_000 && ignored > 100 && layout_checks > 50_000,
            "{collisions} {ignored} {layout_checks}"
        );
        let mut bench = Bench::new(CheckedIn::default());
        let mut twin = Twin::new(ICE40.lanes, None);
        match run_lockstep(&mut bench, &mut twin, &s) {
            Ok(compared) => assert!(compared > 4 * s.drives.len(), "only {compared} lane-cycles compared"),
            Err(m) => panic!("CouplingMemory differs: {m}"),
        }
        assert_eq!(bench.cycles() as usize, s.drives.len());
    }

    #[test]
    fn scales_to_the_ecp5_lane_count() {
        // 32 banks, an ECP5 block with two groups in each layer (the last partly idle).
        let spec = RandomBlockSpec { c0: 3, c1: 40, c2: 33, kernel: 3, coupling: 1.0 };
        let s = stimulus(&ECP5, spec, 3_000);
        let mut bench = Bench::new(Ecp5CouplingMemory::default());
        let mut twin = Twin::new(ECP5.lanes, None);
        if let Err(m) = run_lockstep(&mut bench, &mut twin, &s) {
            panic!("CouplingMemory<32> differs: {m}");
        }
        // The other instances lint clean too: 32 lanes at the default depth, 32 lanes at 4,096 words
        // and 4 lanes at the ice40 bound (depths needing fewer than ADDR_BITS address bits).
        let texts = [
            ("32x7131", verilog::verilog_file(Ecp5CouplingMemory::default())),
            ("32x4096", verilog::verilog_file(CouplingMemory::<32, 4096>::default())),
            ("4x1202", verilog::verilog_file(CouplingMemory::<4, { coupling_depth(&ICE40) }>::default())),
        ];
        for (name, text) in texts {
            match verilog::verilator_lint(&format!("coupling_memory_{name}"), &text) {
                verilog::ToolRun::Passed => {}
                verilog::ToolRun::Failed(log) => panic!("verilator rejects CouplingMemory {name}:\n{log}"),
                verilog::ToolRun::Missing(tool) => verilog::skip_missing_tool(tool, "lint of CouplingMemory"),
            }
        }
    }

    #[test]
    fn planted_bugs_disagree_with_the_dut() {
        let s = stimulus(&ICE40, ICE40_SPEC, 2_000);
        for bug in [Planted::SwappedBanks, Planted::TwoClockLatency, Planted::BankAliasing] {
            let mut bench = Bench::new(CheckedIn::default());
            let mut twin = Twin::new(ICE40.lanes, Some(bug));
            match run_lockstep(&mut bench, &mut twin, &s) {
                Ok(_) => panic!("the twin with {bug:?} agrees with the DUT: the stimulus cannot see that bug"),
                Err(m) => eprintln!("{bug:?} rejected as expected: {m}"),
            }
        }
    }

    /// Drives one cycle without a twin; returns the outputs after the edge.
    fn step(bench: &mut Bench<CheckedIn>, d: Drive) -> [i16; ICE40.lanes] {
        bench.dut.wr_en.next = d.wr_en;
        bench.dut.wr_bank.next = d.wr_bank.to_bits();
        bench.dut.wr_addr.next = d.wr_addr.to_bits();
        bench.dut.wr_data.next = (d.wr_data as u16 as u64).to_bits();
        bench.dut.rd_addr.next = d.rd_addr.to_bits();
        bench.cycle();
        outputs(&bench.dut)
    }

    #[test]
    fn known_answers_for_latency_and_read_during_write() {
        // Hand-computed expectations, independent of the twin.
        let mut bench = Bench::new(CheckedIn::default());
        let write =
            |bank, addr, data: i16| Drive { wr_en: true, wr_bank: bank, wr_addr: addr, wr_data: data, rd_addr: 0 };
        let top = COUPLING_DEPTH - 1;
        for (bank, data) in [(0, -32768), (1, -1), (2, 127), (3, 32767)] {
            step(&mut bench, write(bank, top, data));
            step(&mut bench, write(bank, 5, 100 + data / 2));
        }
        // A write to bank 4 (>= P) with bank 0's low bits changes nothing.
        step(&mut bench, write(4, top, 9));
        // Latency 1: the read sampled at this edge is visible right after it, every lane its bank.
        let read = |addr| Drive { rd_addr: addr, ..Drive::default() };
        assert_eq!(step(&mut bench, read(top)), [-32768, -1, 127, 32767]);
        assert_eq!(step(&mut bench, read(5)), [100 - 16384, 100, 163, 100 + 16383]);
        // Read during write: bank 2's word at `top` is being written, so lane 2 is unspecified (this
        // model returns the old word); the other lanes read normally; the next read sees the new word.
        let collide = Drive { rd_addr: top, ..write(2, top, -77) };
        let got = step(&mut bench, collide);
        assert_eq!([got[0], got[1], got[3]], [-32768, -1, 32767]);
        assert_eq!(step(&mut bench, read(top)), [-32768, -1, -77, 32767]);
        // Holding the address holds the outputs.
        assert_eq!(step(&mut bench, read(top)), [-32768, -1, -77, 32767]);
    }

    #[test]
    fn sizes_follow_the_configuration() {
        // W2T and W2, K1P and K1M, K3U, Bias (docs/ARCHITECTURE.md, "Coupling memory map").
        assert_eq!(COUPLING_DEPTH, 2 * 3 * 96 * 9 + 2 * 3 * 32 * 9 + 3 * (2 * 32 + 9) + 3);
        assert_eq!(COUPLING_DEPTH, 7_134);
        assert_eq!(coupling_depth(&ICE40), 1_206);
        assert_eq!((ADDR_BITS, BANK_BITS, WORD_BITS), (13, 5, 16));
        // coupling_depth is the layout's depth at the configuration's maxima, and no block that fits
        // (any channel counts and odd kernel sizes within the limits) needs more.
        for cfg in [ICE40, ECP5] {
            let taps: Vec<usize> = [1, 3].iter().flat_map(|&h| [1, 3].map(|w| h * w)).collect();
            let layout = |c0, c1, c2, t1, t2| CouplingLayout { lanes: cfg.lanes, c0, c1, c2, t1, t2 };
            let k = cfg.max_kernel * cfg.max_kernel;
            assert_eq!(layout(cfg.max_c0, cfg.max_c1, cfg.max_c2, k, k).depth(), coupling_depth(&cfg));
            let mut worst = 0;
            for c0 in 1..=cfg.max_c0 {
                for c1 in 1..=cfg.max_c1 {
                    for c2 in 1..=cfg.max_c2 {
                        for &t1 in &taps {
                            for &t2 in &taps {
                                worst = worst.max(layout(c0, c1, c2, t1, t2).depth());
                            }
                        }
                    }
                }
            }
            assert_eq!(worst, coupling_depth(&cfg), "{}", cfg.name);
        }
        // The MNIST block (C0 = 32, C1 = C2 = 64) on ecp5: 3,604 words per bank.
        assert_eq!(CouplingLayout { lanes: 32, c0: 32, c1: 64, c2: 64, t1: 9, t2: 9 }.depth(), 3_604);
    }

    /// Replays the stimulus, one `{wr_en, wr_bank, wr_addr, wr_data, rd_addr, care[P], want[P]}`
    /// line per clock (lane `P - 1` first); lane `l` is compared where `care[l]` is set.
    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  localparam P = @P@;
  localparam A = @A@;
  localparam B = @B@;
  localparam D = @D@;
  localparam W = 1 + B + A + D + A + P + P * D;
  reg clock = 0;
  reg wr_en = 0;
  reg [B-1:0] wr_bank = 0;
  reg [A-1:0] wr_addr = 0;
  reg [D-1:0] wr_data = 0;
  reg [A-1:0] rd_addr = 0;
  wire [P*D-1:0] rd;
  reg [W-1:0] vec [0:N-1];
  reg [P-1:0] care;
  reg [P*D-1:0] want;
  integer i;
  integer l;
  integer errors = 0;
  top dut(.clock(clock), .wr_en(wr_en), .wr_bank(wr_bank), .wr_addr(wr_addr), .wr_data(wr_data),
          .rd_addr(rd_addr)@PORTS@);
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {wr_en, wr_bank, wr_addr, wr_data, rd_addr, care, want} = vec[i];
      #1 clock = 1;
      #1 clock = 0;
      for (l = 0; l < P; l = l + 1) begin
        if (care[l] && rd[l*D +: D] !== want[l*D +: D]) begin
          if (errors < 10) $display("MISMATCH cycle %0d lane %0d: expected %0d, got %0d",
                                    i + 1, l, $signed(want[l*D +: D]), $signed(rd[l*D +: D]));
          errors = errors + 1;
        end
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    /// One replay line: the drive, then `care` and `want` per lane (lane `P - 1` first).
    fn replay_line(d: Drive, want: &[Option<i16>]) -> String {
        let mut line = VectorLine::default();
        line.put(u64::from(d.wr_en), 1);
        line.put(d.wr_bank as u64, BANK_BITS);
        line.put(d.wr_addr as u64, ADDR_BITS);
        line.put(u64::from(d.wr_data as u16), WORD_BITS);
        line.put(d.rd_addr as u64, ADDR_BITS);
        for w in want.iter().rev() {
            line.put(u64::from(w.is_some()), 1);
        }
        for w in want.iter().rev() {
            line.put(u64::from(w.unwrap_or_default() as u16), WORD_BITS);
        }
        line.hex()
    }

    /// [`REPLAY_TESTBENCH`] for `n` lines of `p` lanes.
    fn replay_testbench(n: usize, p: usize) -> String {
        let ports: String = (0..p).map(|l| format!(", .rd_data${l}(rd[{l}*D +: D])")).collect();
        REPLAY_TESTBENCH
            .replace("@N@", &n.to_string())
            .replace("@P@", &p.to_string())
            .replace("@A@", &ADDR_BITS.to_string())
            .replace("@B@", &BANK_BITS.to_string())
            .replace("@D@", &WORD_BITS.to_string())
            .replace("@PORTS@", &ports)
    }

    #[test]
    fn generated_verilog_matches_the_twin() {
        let p = ICE40.lanes;
        let s = stimulus(&ICE40, ICE40_SPEC, 20_000);
        let mut twin = Twin::new(p, None);
        let lines: Vec<String> = s.drives.iter().map(|&d| replay_line(d, &twin.edge(d))).collect();
        let testbench = replay_testbench(lines.len(), p);
        verilog::assert_replay_clean("coupling_memory", &testbench, &lines.concat());
    }

    #[test]
    fn banks_map_to_block_ram() {
        // Each bank of COUPLING_DEPTH x 16 bits is ceil(7,134 / 1,024) = 7 ECP5 DP16KD; the logic is
        // the 7-way read multiplexer behind each bank (measured 364 LUT4, 72 PFUMX for 4 banks with
        // Yosys 0.23) and the registered block select (3 FF, shared: every bank reads one address).
        let cells = match verilog::yosys_cell_counts("coupling_memory", "synth_ecp5") {
            Ok(cells) => cells,
            Err(verilog::ToolRun::Missing(tool)) => {
                return verilog::skip_missing_tool(tool, "coupling_memory block RAM");
            }
            Err(e) => panic!("yosys synth_ecp5 failed on coupling_memory: {e:?}"),
        };
        let rams = (ICE40.lanes * COUPLING_DEPTH.div_ceil(1024)) as u64;
        assert_eq!(cells.get("DP16KD"), Some(&rams), "expected {rams} x DP16KD; cells {cells:?}");
        let luts = cells.get("LUT4").copied().unwrap_or(0);
        let ffs = cells.get("TRELLIS_FF").copied().unwrap_or(0);
        assert!(
            luts < 100 * ICE40.lanes as u64 && ffs <= 2 * ADDR_BITS as u64,
            "{luts} LUT4, {ffs} FF: cells {cells:?}"
        );
    }

    /// The `ice40-up5k` bank: single-port (one address, read data held through a write). Its
    /// Verilog under Verilator and its rust-hdl model both follow a plain reference (a map of the
    /// written words) over random interleaved writes and reads, and Yosys maps it to one SPRAM and
    /// no block RAM.
    #[test]
    fn the_single_port_bank_holds_its_read_through_a_write_and_maps_to_spram() {
        const DEPTH: usize = coupling_depth(&ICE40_UP5K);
        type Up5k = CouplingMemory<1, DEPTH>;
        let mut bench = Bench::new(Up5k::for_config(&ICE40_UP5K));
        let mut s = Stream(0x5e_ed);
        let (mut written, mut held) = (std::collections::HashMap::new(), None::<i16>);
        let mut lines = String::new();
        for cycle in 0..4_000 {
            let wr_en = cycle < 300 || s.chance(30);
            let (wr_addr, rd_addr) = (s.below(DEPTH), s.below(DEPTH));
            let d = Drive { wr_en, wr_bank: 0, wr_addr, wr_data: s.next() as u16 as i16, rd_addr };
            if d.wr_en {
                written.insert(d.wr_addr, d.wr_data);
            } else {
                held = written.get(&d.rd_addr).copied();
            }
            bench.dut.wr_en.next = d.wr_en;
            bench.dut.wr_bank.next = 0u64.to_bits();
            bench.dut.wr_addr.next = (d.wr_addr as u64).to_bits();
            bench.dut.wr_data.next = (u64::from(d.wr_data as u16)).to_bits();
            bench.dut.rd_addr.next = (d.rd_addr as u64).to_bits();
            bench.cycle();
            let got = bench.dut.rd_data[0].val().index() as u16 as i16;
            if let Some(want) = held {
                assert_eq!(got, want, "cycle {cycle}: the rust-hdl model read {got}, the reference {want}");
            }
            lines += &replay_line(d, &[held]);
        }
        let text = verilog::verilog_file(Up5k::for_config(&ICE40_UP5K));
        assert!(text.contains("ram_style = \"huge\""), "the bank is not the single-port form");
        match verilog::verilator_replay_of("coupling_memory_up5k", &text, &replay_testbench(4_000, 1), &lines) {
            verilog::ToolRun::Passed => {}
            verilog::ToolRun::Failed(log) => {
                panic!("the single-port bank's Verilog differs from the reference:\n{log}")
            }
            verilog::ToolRun::Missing(tool) => verilog::skip_missing_tool(tool, "Verilator replay of the SPRAM bank"),
        }
        if let Some(cells) = verilog::synth_cells("coupling_memory_up5k", &text, "synth_ice40") {
            assert_eq!(cells.get("SB_SPRAM256KA"), Some(&1), "cells {cells:?}");
            assert_eq!(cells.get("SB_RAM40_4K"), None, "cells {cells:?}");
        }
    }

    crate::verilog_checks!("coupling_memory");
}
