//! # `ClampMemory`: the clamp pass's constants, one bank per lane
//!
//! **Purpose.** Holds the constants the clamp pass computes (contract step 1 of
//! `thermoblock_sim::chip::model`) for the sweeps to use: per hidden spin `h1[m, p]`, the 16-bit field
//! code that is a `Hidden` slot's `offset`, and per output spin `c2[o, p]`, the constant at `W2`'s
//! scale that is an `Output` slot's `preload` (`FieldUnit`'s ports of those names). At the end of each
//! clamp slot (`ClampHidden` writes `h1`, `ClampOutput` writes `c2`) lane `l` writes its value for
//! destination channel `group · P + l` at position `pos`, **all `P` lanes in one clock** under a lane
//! mask (the partial last group); in every sweep slot all lanes read their value at `(pos, group)`
//! **in one clock**. This unit knows nothing of the schedule: it is `P` banks sharing one write address
//! and one read address, each bank written by its own lane.
//!
//! **Layout** (normative; belongs in `docs/ARCHITECTURE.md`). Bank `l` holds lane `l`'s channels; a
//! word is one 18-bit constant (`h1` sign-extended from 16 bits, `c2` as is), two's complement. One
//! memory per bank holds both regions, `h1` first:
//!
//! ```text
//! value(h1, m, pos) = bank (m mod P), word              (m div P) · POSITIONS + pos
//! value(c2, o, pos) = bank (o mod P), word  H1_WORDS + (o div P) · POSITIONS + pos
//! H1_WORDS = ⌈C1 / P⌉ · POSITIONS          (POSITIONS a power of two: {group, pos} bits)
//! ```
//!
//! so a slot write is one word in each of the `P` banks at one address, and a slot read likewise.
//! The region is a port bit (`0` = `h1`, `1` = `c2`), not an address bit: the depth is exact,
//! `(⌈C1/P⌉ + ⌈C2/P⌉) · POSITIONS`, at the cost of one adder on each address. One instance rather than
//! two (one per region) because a slot needs only one of the two constants, so one read port serves
//! both phases; on ECP5 the two choices cost the same block RAM (below), and the `FieldUnit` takes the
//! read word on `offset` (low 16 bits) in `Hidden` slots and on `preload` in `Output` slots.
//!
//! **Sizes** (derived from `thermoblock_contract::config`, never restated):
//!
//! * lanes `P`: const generic, a power of two `≤ ECP5.lanes = 32`;
//! * hidden channels `C1`: default [`CLAMP_C1`] `= ECP5.max_c1 = 96`; output channels `C2`: default
//!   [`CLAMP_C2`] `= ECP5.max_c2 = 96`;
//! * positions `POSITIONS`: default `spin_positions(&ECP5) = 16 · 16 = 256`;
//! * words per bank [`clamp_words`]`(P, C1, C2, POSITIONS)`: `P = 32` at the defaults is
//!   `(3 + 3) · 256 = 1,536` words of 18 bits. The checked-in Verilog, `hdl/generated/clamp_memory.v`,
//!   is [`CheckedIn`] = `ClampMemory<4, 16, 8, 64>` (the `ice40` lanes, `max_c1`, `max_c2` and
//!   `spin_positions(&ICE40)`: `(4 + 2) · 64 = 384` words per bank);
//! * word [`WORD_BITS`] `= ECP5.accumulator_bits() = 18` (`FieldUnit::ACC_BITS`, the `preload`
//!   width; `c2` is bounded by `quantize.rs`'s `check_accumulator` so that `c2 + C1·k²·127` fits it);
//! * port widths are fixed whatever the generics, those of `SpinMemory`: group `GROUP_BITS = 7`,
//!   position `POS_BITS = 8`.
//!
//! **Ports** (`top` in the generated Verilog; `P`-bit vectors have lane `l` in bit `l`; in Rust the
//! per-lane ports are arrays, named `<field>$<l>` in the Verilog):
//!
//! | port          | dir | width | timing |
//! |---------------|-----|-------|--------|
//! | `clock`       | in  | 1     | rising edge |
//! | `wr_en`       | in  | 1     | slot write, sampled at the edge |
//! | `wr_region`   | in  | 1     | `0`: `h1` (a `ClampHidden` slot), `1`: `c2` (`ClampOutput`) |
//! | `wr_group`    | in  | 7     | the slot's lane group, `< ⌈C/P⌉` of the region's `C` |
//! | `wr_pos`      | in  | 8     | the slot's position (raster index), `< POSITIONS` |
//! | `wr_mask`     | in  | `P`   | lanes that write; the others' banks are not written |
//! | `wr_data$l`   | in  | 18    | lane `l`'s value (two's complement; `h1` sign-extended) |
//! | `rd_region`   | in  | 1     | `0`: `h1` (a `Hidden` slot), `1`: `c2` (`Output`); sampled at every edge |
//! | `rd_group`    | in  | 7     | the slot's lane group |
//! | `rd_pos`      | in  | 8     | the slot's position |
//! | `rd_data$l`   | out | 18    | `(rd_region, rd_group · P + l, rd_pos)`, sampled at the last edge |
//!
//! **Read latency: 1 clock**, one read per clock, no enable. `rd_data$l` is the block RAM's own output
//! register (`read_data <= mem[index]`); in front of it only the address adder. So the controller
//! presents a slot's `(pos, group)` one clock before the lanes need the constant (it may hold them for
//! the whole slot: the output holds too).
//!
//! **Writes: one slot per clock, no read-modify-write.** Each lane's value is a whole word of its own
//! bank, so the mask is the banks' write enables (`wr_en & wr_mask[l]`), and masked-off banks keep
//! their word and read normally at that edge. **Read after write**: *a write sampled at edge `e` is
//! seen by every read sampled at edge `e + 1` or later* — in particular the read of the word written
//! the clock before is exact, with no forwarding logic (the write lands in the array at edge `e`).
//! **Read during write** (a read sampled at the same edge as a write of the same word, same region,
//! group and position): the written lanes' `rd_data` of that cycle are **unspecified** on the FPGA
//! (`(* no_rw_check *)`: no bypass registers or 18-bit muxes); rust-hdl's model and Verilator return
//! the old word; lanes not in `wr_mask` read normally. The engine never does this: the clamp pass
//! writes, the sweeps read, and the first sweep read comes after the last clamp write's edge.
//!
//! **Addresses** with `group ≥ ⌈C/P⌉` or `pos ≥ POSITIONS` are outside the contract (the index uses
//! the low `clog2` bits and may alias). **Power-up contents are undefined** (no `initial` block): the
//! clamp pass writes every `(region, channel, pos)` of the block before the first sweep reads it.
//!
//! **Resources** (Yosys 0.23, checked by `banks_map_to_block_ram`):
//!
//! | instance | words x bits per bank | ECP5 (`synth_ecp5`) | iCE40 (`synth_ice40`) |
//! |---|---|---|---|
//! | `ClampMemory<4, 16, 8, 64>` (checked in) | 384 x 18 | 4 DP16KD, 4 LUT4 | 12 SB_RAM40_4K (3 per bank), 4 LUT4 |
//! | `ClampMemory<32>` (`ecp5`) | 1,536 x 18 | **64 DP16KD** (2 per bank), 38 LUT4, 0 FF | — |
//!
//! The LUTs are the banks' write enables (`wr_en & wr_mask[l]`) and the address adders, which
//! Yosys shares between the banks (identical after flattening) and which shrink to a few bits: the
//! base `H1_WORDS` is a multiple of `POSITIONS` (for the checked-in size, `256 = 2^8`, the index is
//! just `{region, group, pos}`). No flip-flops beyond the block RAMs' output registers.
//!
//! **Block RAM.** `P = 32` at the `ecp5` limits is **64 DP16KD** (1,536 x 18 per bank does not fit one
//! 1,024 x 18 DP16KD; two instances, 768 x 18 each, are also 2 per bank). Lowering
//! `ECP5.max_c1`/`max_c2` to 64 (the MNIST block) makes a bank `(2 + 2) · 256 = 1,024` words: one
//! DP16KD per bank, 32 in all. The whole chip's budget is in docs/ARCHITECTURE.md ("Memory budget").
//!
//! **Reset.** None; no control state.

use rust_hdl::prelude::*;
use thermoblock_contract::config::{CONFIGS, ECP5, ICE40};

use crate::chip::spin_memory::{GROUP_BITS, Group, LANE_BITS, POS_BITS, Position, SPIN_POSITIONS, spin_positions};
use crate::testbench::Clocked;

/// Hidden channels of the default size: `ECP5.max_c1`.
pub const CLAMP_C1: usize = ECP5.max_c1;
/// Output channels of the default size: `ECP5.max_c2`.
pub const CLAMP_C2: usize = ECP5.max_c2;
/// Bits of a stored constant: the lanes' accumulator width (`FieldUnit`'s `preload`).
pub const WORD_BITS: usize = ECP5.accumulator_bits() as usize;

/// Words of the `h1` region of a bank: `⌈c1 / p⌉ · positions`.
pub const fn h1_words(p: usize, c1: usize, positions: usize) -> usize {
    c1.div_ceil(p) * positions
}

/// Words of a bank of a `ClampMemory<p, c1, c2, positions>`: `(⌈c1 / p⌉ + ⌈c2 / p⌉) · positions`.
pub const fn clamp_words(p: usize, c1: usize, c2: usize, positions: usize) -> usize {
    (c1.div_ceil(p) + c2.div_ceil(p)) * positions
}

// Every named configuration's constants fit the words, and its groups and positions the ports.
const _: () = {
    let mut i = 0;
    while i < CONFIGS.len() {
        assert!(CONFIGS[i].accumulator_bits() as usize <= WORD_BITS);
        assert!(CONFIGS[i].max_c1 <= CLAMP_C1 && CONFIGS[i].max_c2 <= CLAMP_C2);
        assert!(spin_positions(&CONFIGS[i]) <= SPIN_POSITIONS);
        i += 1;
    }
    assert!(CLAMP_C1 <= 1 << GROUP_BITS && CLAMP_C2 <= 1 << GROUP_BITS);
    assert!(crate::FIELD_WIDTH <= WORD_BITS);
};

/// A stored constant: the bit pattern of an 18-bit two's-complement number.
pub type Word = Bits<WORD_BITS>;

/// The configuration whose Verilog is checked in: the `ice40` lanes, channels and positions.
pub type CheckedIn = ClampMemory<{ ICE40.lanes }, { ICE40.max_c1 }, { ICE40.max_c2 }, { spin_positions(&ICE40) }>;
/// The 32-lane `ecp5` instance at the default size.
pub type Ecp5ClampMemory = ClampMemory<{ ECP5.lanes }>;

/// One lane's bank: `clamp_words(P, C1, C2, POSITIONS)` words of `WORD_BITS`, indexed
/// `region · H1_WORDS + {group, pos}` (computed here, on each port), one synchronous read port and
/// one write port on the same clock. A read at the edge that writes the same word returns an
/// unspecified word on the FPGA (`(* no_rw_check *)`); the simulation model and Verilator return the
/// old word.
#[derive(LogicBlock)]
pub struct ClampBank<const P: usize, const C1: usize, const C2: usize, const POSITIONS: usize> {
    pub clock: Signal<In, Clock>,
    pub read_region: Signal<In, bool>,
    pub read_group: Signal<In, Group>,
    pub read_pos: Signal<In, Position>,
    /// `mem[index(read_*)]` as it was before the edge that sampled the address.
    pub read_data: Signal<Out, Word>,
    pub write_region: Signal<In, bool>,
    pub write_group: Signal<In, Group>,
    pub write_pos: Signal<In, Position>,
    pub write_data: Signal<In, Word>,
    pub write_enable: Signal<In, bool>,
    /// The simulation's contents (power-up zeros; the Verilog has no initial values).
    _sim: Vec<Word>,
}

impl<const P: usize, const C1: usize, const C2: usize, const POSITIONS: usize> ClampBank<P, C1, C2, POSITIONS> {
    /// Bits of the group used by the index, of the position, and of the index.
    const fn index_bits() -> (usize, usize, usize) {
        let g1 = C1.div_ceil(P);
        let g2 = C2.div_ceil(P);
        let groups = if g1 > g2 { g1 } else { g2 };
        let gb = if groups > 1 { clog2(groups) } else { 0 };
        (gb, clog2(POSITIONS), clog2(clamp_words(P, C1, C2, POSITIONS)))
    }

    /// The storage index of `(region, group, pos)` as the Verilog forms it.
    fn index(region: bool, group: Group, pos: Position) -> usize {
        let (gb, pb, ib) = Self::index_bits();
        let offset = ((group.index() & ((1 << gb) - 1)) << pb) | (pos.index() & ((1 << pb) - 1));
        let base = if region { h1_words(P, C1, POSITIONS) } else { 0 };
        (base + offset) & ((1 << ib) - 1)
    }
}

impl<const P: usize, const C1: usize, const C2: usize, const POSITIONS: usize> Default
    for ClampBank<P, C1, C2, POSITIONS>
{
    fn default() -> Self {
        const {
            assert!(P >= 1 && P <= 1 << LANE_BITS && P.is_power_of_two());
            assert!(C1 >= 1 && C1 <= CLAMP_C1 && C2 >= 1 && C2 <= CLAMP_C2);
            assert!(POSITIONS >= 2 && POSITIONS <= 1 << POS_BITS && POSITIONS.is_power_of_two());
        };
        Self {
            clock: Default::default(),
            read_region: Default::default(),
            read_group: Default::default(),
            read_pos: Default::default(),
            read_data: Default::default(),
            write_region: Default::default(),
            write_group: Default::default(),
            write_pos: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _sim: vec![Word::default(); clamp_words(P, C1, C2, POSITIONS)],
        }
    }
}

impl<const P: usize, const C1: usize, const C2: usize, const POSITIONS: usize> Logic
    for ClampBank<P, C1, C2, POSITIONS>
{
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let read = Self::index(self.read_region.val(), self.read_group.val(), self.read_pos.val());
            self.read_data.next = self._sim.get(read).copied().unwrap_or_default();
            let write = Self::index(self.write_region.val(), self.write_group.val(), self.write_pos.val());
            if self.write_enable.val() && write < self._sim.len() {
                self._sim[write] = self.write_data.val();
            }
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    /// The index is `(region ? H1_WORDS : 0) + {group[gb-1:0], pos[pb-1:0]}` in `ib` bits; the
    /// ports' higher bits, zero for addresses in the contract, are marked unused (Verilator `-Wall`
    /// rejects a too-wide index).
    fn hdl(&self) -> Verilog {
        let (gb, pb, ib) = Self::index_bits();
        let pad = ib - gb - pb;
        let offset = |prefix: &str| {
            let mut parts = Vec::new();
            if pad > 0 {
                parts.push(format!("{pad}'d0"));
            }
            if gb > 0 {
                parts.push(format!("{prefix}_group[{}:0]", gb - 1));
            }
            parts.push(format!("{prefix}_pos[{}:0]", pb - 1));
            format!("{{{}}}", parts.join(", "))
        };
        let mut unused = Vec::new();
        for prefix in ["read", "write"] {
            unused.push(if gb == 0 {
                format!("{prefix}_group")
            } else {
                format!("{prefix}_group[{}:{gb}]", GROUP_BITS - 1)
            });
            if pb < POS_BITS {
                unused.push(format!("{prefix}_pos[{}:{pb}]", POS_BITS - 1));
            }
        }
        Verilog::Custom(format!(
            "\
(* no_rw_check *) reg [{msb}:0] mem [0:{last}];
/* verilator lint_off UNUSEDSIGNAL */
wire unused_high = &{{1'b0, {unused}}};
/* verilator lint_on UNUSEDSIGNAL */
wire [{imsb}:0] read_index = (read_region ? {ib}'d{base} : {ib}'d0) + {read};
wire [{imsb}:0] write_index = (write_region ? {ib}'d{base} : {ib}'d0) + {write};

always @(posedge clock) begin
   read_data <= mem[read_index];
   if (write_enable) begin
      mem[write_index] <= write_data;
   end
end
",
            msb = WORD_BITS - 1,
            last = clamp_words(P, C1, C2, POSITIONS) - 1,
            unused = unused.join(", "),
            imsb = ib - 1,
            base = h1_words(P, C1, POSITIONS),
            read = offset("read"),
            write = offset("write"),
        ))
    }
}

/// The clamp-constant memory: `P` banks. See the module documentation for the layout, ports and
/// timing.
#[derive(LogicBlock)]
pub struct ClampMemory<
    const P: usize,
    const C1: usize = CLAMP_C1,
    const C2: usize = CLAMP_C2,
    const POSITIONS: usize = SPIN_POSITIONS,
> {
    pub clock: Signal<In, Clock>,
    /// Slot write: lane `l` writes channel `wr_group · P + l` of region `wr_region` at `wr_pos` where
    /// `wr_mask[l]`.
    pub wr_en: Signal<In, bool>,
    pub wr_region: Signal<In, bool>,
    pub wr_group: Signal<In, Group>,
    pub wr_pos: Signal<In, Position>,
    pub wr_mask: Signal<In, Bits<P>>,
    pub wr_data: [Signal<In, Word>; P],
    /// Slot read: every lane reads its channel `rd_group · P + l` of region `rd_region` at `rd_pos`.
    pub rd_region: Signal<In, bool>,
    pub rd_group: Signal<In, Group>,
    pub rd_pos: Signal<In, Position>,
    /// Lane `l`'s constant as sampled at the last edge.
    pub rd_data: [Signal<Out, Word>; P],
    banks: [ClampBank<P, C1, C2, POSITIONS>; P],
    lane_bit: [Constant<Bits<P>>; P],
}

impl<const P: usize, const C1: usize, const C2: usize, const POSITIONS: usize> Default
    for ClampMemory<P, C1, C2, POSITIONS>
{
    fn default() -> Self {
        Self {
            clock: Default::default(),
            wr_en: Default::default(),
            wr_region: Default::default(),
            wr_group: Default::default(),
            wr_pos: Default::default(),
            wr_mask: Default::default(),
            wr_data: std::array::from_fn(|_| Default::default()),
            rd_region: Default::default(),
            rd_group: Default::default(),
            rd_pos: Default::default(),
            rd_data: std::array::from_fn(|_| Default::default()),
            banks: std::array::from_fn(|_| Default::default()),
            lane_bit: crate::chip::top::lane_bits(),
        }
    }
}

impl<const P: usize, const C1: usize, const C2: usize, const POSITIONS: usize> Logic
    for ClampMemory<P, C1, C2, POSITIONS>
{
    #[hdl_gen]
    fn update(&mut self) {
        // rust-hdl unrolls this loop in the Verilog, one set of assignments per bank.
        for l in 0..P {
            self.banks[l].clock.next = self.clock.val();
            self.banks[l].read_region.next = self.rd_region.val();
            self.banks[l].read_group.next = self.rd_group.val();
            self.banks[l].read_pos.next = self.rd_pos.val();
            self.banks[l].write_region.next = self.wr_region.val();
            self.banks[l].write_group.next = self.wr_group.val();
            self.banks[l].write_pos.next = self.wr_pos.val();
            self.banks[l].write_data.next = self.wr_data[l].val();
            self.banks[l].write_enable.next = self.wr_en.val() & (self.wr_mask.val() & self.lane_bit[l].val()).any();
            self.rd_data[l].next = self.banks[l].read_data.val();
        }
    }
}

impl<const P: usize, const C1: usize, const C2: usize, const POSITIONS: usize> Clocked
    for ClampMemory<P, C1, C2, POSITIONS>
{
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use crate::testbench::{Stream, VectorLine};
    use std::fmt;

    use rust_hdl::prelude::*;
    use thermoblock_contract::config::{ECP5, ICE40};
    use thermoblock_contract::schedule::{PIPELINE_LATENCY, Phase, Schedule, StepKind};
    use thermoblock_contract::shape::BlockShape;

    use super::{CLAMP_C1, CLAMP_C2, CheckedIn, ClampMemory, Ecp5ClampMemory, WORD_BITS, clamp_words, h1_words};
    use crate::chip::spin_memory::{GROUP_BITS, POS_BITS, SPIN_POSITIONS, spin_positions};
    use crate::flow::verilog;
    use crate::testbench::Bench;

    /// Most lanes of any configuration (the width of the per-lane arrays below).
    const MAX_LANES: usize = ECP5.lanes;
    /// Mask of a word.
    const WORD_MASK: u64 = (1 << WORD_BITS) - 1;

    /// The port values driven in one cycle (lane `l` in bit `l` / element `l`; words as raw 18-bit
    /// patterns).
    #[derive(Clone, Copy, Debug, Default)]
    struct Drive {
        wr_en: bool,
        wr_region: bool,
        wr_group: usize,
        wr_pos: usize,
        wr_mask: u64,
        wr_data: [u64; MAX_LANES],
        rd_region: bool,
        rd_group: usize,
        rd_pos: usize,
    }

    /// What the DUT and the twin disagreed on.
    #[derive(Debug)]
    struct Mismatch {
        cycle: u64,
        port: String,
        /// Boxed: the per-lane data make it large.
        drive: Box<Drive>,
        expected: u64,
        got: u64,
    }

    impl fmt::Display for Mismatch {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "cycle {} port {} (inputs {:?}): expected {:#x}, got {:#x}",
                self.cycle, self.port, self.drive, self.expected, self.got
            )
        }
    }

    /// Bugs planted in the twin, to show the tests can tell them from the DUT.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Planted {
        /// Slot writes ignore the mask: every lane writes.
        IgnoreMask,
        /// Slot writes land one group up (modulo the region's group count).
        GroupOffByOne,
        /// A write is seen only two edges later (the read of the word written the clock before is stale).
        LateWrite,
    }

    /// Sizes of a `ClampMemory<p, c1, c2, positions>`.
    #[derive(Clone, Copy, Debug)]
    struct Sizes {
        p: usize,
        c1: usize,
        c2: usize,
        positions: usize,
    }

    impl Sizes {
        fn groups(&self, region: bool) -> usize {
            if region { self.c2.div_ceil(self.p) } else { self.c1.div_ceil(self.p) }
        }
        fn lanes(&self) -> u64 {
            if self.p == 64 { u64::MAX } else { (1u64 << self.p) - 1 }
        }
    }

    const ICE40_SIZES: Sizes =
        Sizes { p: ICE40.lanes, c1: ICE40.max_c1, c2: ICE40.max_c2, positions: spin_positions(&ICE40) };
    const ECP5_SIZES: Sizes = Sizes { p: ECP5.lanes, c1: CLAMP_C1, c2: CLAMP_C2, positions: SPIN_POSITIONS };

    /// The software twin: the constants as a plain map `(region, channel, pos) → value`, `None` never
    /// written (power-up contents are undefined). Reads at an edge see every write sampled at earlier
    /// edges; a lane that the same edge writes at the read's address reads `None` (unspecified).
    struct Twin {
        s: Sizes,
        values: Vec<Option<u64>>,
        planted: Option<Planted>,
        /// `LateWrite`: the previous edge's writes, applied one edge late.
        late: Vec<(usize, u64)>,
    }

    impl Twin {
        fn new(s: Sizes, planted: Option<Planted>) -> Self {
            let n = 2 * s.c1.max(s.c2).div_ceil(s.p) * s.p * s.positions;
            Self { s, values: vec![None; n], planted, late: Vec::new() }
        }

        fn at(&self, region: bool, channel: usize, pos: usize) -> usize {
            ((usize::from(region) * self.s.groups(false).max(self.s.groups(true)) * self.s.p) + channel)
                * self.s.positions
                + pos
        }

        /// The lanes' `rd_data` after the edge that samples `d`.
        fn edge(&mut self, d: &Drive) -> Vec<Option<u64>> {
            let p = self.s.p;
            let collide = d.wr_en && (d.wr_region, d.wr_group, d.wr_pos) == (d.rd_region, d.rd_group, d.rd_pos);
            let reads = (0..p)
                .map(|l| {
                    if collide && d.wr_mask >> l & 1 == 1 {
                        None
                    } else {
                        self.values[self.at(d.rd_region, d.rd_group * p + l, d.rd_pos)]
                    }
                })
                .collect();
            let mut writes = Vec::new();
            if d.wr_en {
                let group = match self.planted {
                    Some(Planted::GroupOffByOne) => (d.wr_group + 1) % self.s.groups(d.wr_region),
                    _ => d.wr_group,
                };
                for l in 0..p {
                    if d.wr_mask >> l & 1 == 1 || self.planted == Some(Planted::IgnoreMask) {
                        writes.push((self.at(d.wr_region, group * p + l, d.wr_pos), d.wr_data[l]));
                    }
                }
            }
            if self.planted == Some(Planted::LateWrite) {
                std::mem::swap(&mut writes, &mut self.late);
            }
            for (i, v) in writes {
                self.values[i] = Some(v);
            }
            reads
        }
    }

    /// Stimulus for a `ClampMemory` of sizes `s`.
    struct Stimulus {
        s: Sizes,
        drives: Vec<Drive>,
        rng: Stream,
    }

    impl Stimulus {
        fn new(s: Sizes, seed: u64) -> Self {
            Self { s, drives: Vec::new(), rng: Stream(seed) }
        }

        /// A value of `region`: `h1` a 16-bit field code sign-extended, `c2` any 18-bit word; a
        /// quarter of them extremes.
        fn value(&mut self, region: bool) -> u64 {
            let r = &mut self.rng;
            let v: i64 = match (region, r.below(8)) {
                (false, 0) => i16::MIN.into(),
                (false, 1) => i16::MAX.into(),
                (true, 0) => -(1 << (WORD_BITS - 1)),
                (true, 1) => (1 << (WORD_BITS - 1)) - 1,
                (_, 2) => -1,
                (false, _) => r.next() as i16 as i64,
                (true, _) => (r.next() as i64) >> (64 - WORD_BITS),
            };
            v as u64 & WORD_MASK
        }

        fn data(&mut self, region: bool) -> [u64; MAX_LANES] {
            let mut d = [0; MAX_LANES];
            for v in d.iter_mut().take(self.s.p) {
                *v = self.value(region);
            }
            d
        }

        /// Garbage on every port, `wr_en` low.
        fn idle(&mut self) -> Drive {
            let s = self.s;
            let (wr_region, rd_region) = (self.rng.chance(50), self.rng.chance(50));
            let wr_data = self.data(wr_region);
            let r = &mut self.rng;
            Drive {
                wr_en: false,
                wr_region,
                wr_group: r.below(s.groups(wr_region)),
                wr_pos: r.below(s.positions),
                wr_mask: r.next() & s.lanes(),
                wr_data,
                rd_region,
                rd_group: r.below(s.groups(rd_region)),
                rd_pos: r.below(s.positions),
            }
        }

        /// Writes every word of both regions (all lanes) while reading at random.
        fn load(&mut self) {
            for region in [false, true] {
                for group in 0..self.s.groups(region) {
                    for pos in 0..self.s.positions {
                        let d = self.idle();
                        let wr_data = self.data(region);
                        let (wr_group, wr_pos, wr_mask) = (group, pos, self.s.lanes());
                        self.drives.push(Drive {
                            wr_en: true,
                            wr_region: region,
                            wr_group,
                            wr_pos,
                            wr_mask,
                            wr_data,
                            ..d
                        });
                    }
                }
            }
        }

        /// `n` random cycles over a small pool of words (so writes and reads collide): slot writes with
        /// random, prefix, full and empty masks, back-to-back writes of one word, reads (half of them of
        /// the word written the clock before), reads of the word being written, idle cycles.
        fn mixed(&mut self, n: usize) {
            let s = self.s;
            let mut pool = vec![(false, 0, 0), (true, s.groups(true) - 1, s.positions - 1)];
            pool.push((false, s.groups(false) - 1, s.positions - 1));
            pool.push((true, 0, 0));
            for _ in 0..4 {
                let region = self.rng.chance(50);
                pool.push((region, self.rng.below(s.groups(region)), self.rng.below(s.positions)));
            }
            let mut last = pool[0];
            for _ in 0..n {
                let mut d = self.idle();
                let (p, lanes) = (s.p, s.lanes());
                let pick = if self.rng.chance(50) { last } else { pool[self.rng.below(pool.len())] };
                let r = &mut self.rng;
                let kind = r.below(100);
                if kind < 45 {
                    d.wr_en = true;
                    (d.wr_region, d.wr_group, d.wr_pos) = pick;
                    d.wr_mask = match r.below(4) {
                        0 => lanes,
                        1 => (1u64 << r.below(p + 1)) - 1,
                        2 => 0,
                        _ => r.next() & lanes,
                    };
                    if kind < 10 {
                        // A read of the word being written.
                        (d.rd_region, d.rd_group, d.rd_pos) = pick;
                    }
                    last = pick;
                    d.wr_data = self.data(pick.0);
                }
                if (45..90).contains(&kind) {
                    (d.rd_region, d.rd_group, d.rd_pos) = pick;
                }
                self.drives.push(d);
            }
        }

        /// The engine's use on a block with `c1` hidden and `c2` output channels on an `h x w` grid:
        /// the clamp pass writes `h1` (`ClampHidden`) then `c2` (`ClampOutput`) in each slot's last
        /// drain cycle with the mask of the channels that exist, then one sweep reads `h1` in every
        /// cycle of each `Hidden` slot and `c2` in each `Output` slot.
        fn engine(&mut self, c1: usize, c2: usize, h: usize, w: usize) {
            let sched = Schedule { lanes: self.s.p, shape: BlockShape { c0: 1, c1, c2, k1: (1, 1), k2: (3, 3), h, w } };
            let p = self.s.p;
            for (phase, region, channels) in [(Phase::ClampHidden, false, c1), (Phase::ClampOutput, true, c2)] {
                for step in sched.phase(phase) {
                    let mut d = self.idle();
                    if step.kind == (StepKind::Drain { cycle: PIPELINE_LATENCY - 1 }) {
                        d.wr_en = true;
                        (d.wr_region, d.wr_group, d.wr_pos) = (region, step.group, step.pos);
                        d.wr_mask = (0..p).filter(|l| step.group * p + l < channels).fold(0, |m, l| m | 1 << l);
                        d.wr_data = self.data(region);
                    }
                    self.drives.push(d);
                }
            }
            for (phase, region) in [(Phase::Hidden, false), (Phase::Output, true)] {
                for step in sched.phase(phase) {
                    let d = self.idle();
                    self.drives.push(Drive { rd_region: region, rd_group: step.group, rd_pos: step.pos, ..d });
                }
            }
        }
    }

    /// The stimulus used by the lockstep tests.
    fn stimulus(s: Sizes, n: usize) -> Stimulus {
        let mut st = Stimulus::new(s, 0xC1A ^ s.p as u64);
        st.mixed(n / 4);
        st.load();
        st.mixed(n);
        st.engine(s.c1 - s.p / 2 - 1, s.c2 - 1, 3, 4);
        st.engine(s.c1, s.c2 - s.p / 2, 2, 2);
        st.mixed(n / 4);
        st
    }

    fn apply<const P: usize, const C1: usize, const C2: usize, const N: usize>(
        dut: &mut ClampMemory<P, C1, C2, N>,
        d: &Drive,
    ) {
        dut.wr_en.next = d.wr_en;
        dut.wr_region.next = d.wr_region;
        dut.wr_group.next = d.wr_group.to_bits();
        dut.wr_pos.next = d.wr_pos.to_bits();
        dut.wr_mask.next = d.wr_mask.to_bits();
        for l in 0..P {
            dut.wr_data[l].next = d.wr_data[l].to_bits();
        }
        dut.rd_region.next = d.rd_region;
        dut.rd_group.next = d.rd_group.to_bits();
        dut.rd_pos.next = d.rd_pos.to_bits();
    }

    fn outputs<const P: usize, const C1: usize, const C2: usize, const N: usize>(
        dut: &ClampMemory<P, C1, C2, N>,
    ) -> Vec<u64> {
        dut.rd_data.iter().map(|s| s.val().to_u64()).collect()
    }

    /// Drives `bench` and `twin` with the same inputs, comparing every lane after every edge where the
    /// contract defines it; before each edge it checks that the new inputs have not reached the
    /// outputs (all registered). Returns the number of lane-cycles compared.
    fn run_lockstep<const P: usize, const C1: usize, const C2: usize, const N: usize>(
        bench: &mut Bench<ClampMemory<P, C1, C2, N>>,
        twin: &mut Twin,
        s: &Stimulus,
    ) -> Result<usize, Mismatch> {
        let mut previous = outputs(&bench.dut);
        let mut compared = 0;
        for d in &s.drives {
            apply(&mut bench.dut, d);
            bench.settle();
            let before = outputs(&bench.dut);
            if let Some(l) = (0..P).find(|&l| before[l] != previous[l]) {
                let (cycle, port) = (bench.cycles(), format!("rd_data${l} (unchanged before the edge)"));
                return Err(Mismatch { cycle, port, drive: Box::new(*d), expected: previous[l], got: before[l] });
            }
            bench.cycle();
            let got = outputs(&bench.dut);
            let want = twin.edge(d);
            for l in 0..P {
                if let Some(w) = want[l] {
                    compared += 1;
                    if w != got[l] {
                        let (cycle, port) = (bench.cycles(), format!("rd_data${l}"));
                        return Err(Mismatch { cycle, port, drive: Box::new(*d), expected: w, got: got[l] });
                    }
                }
            }
            previous = got;
        }
        Ok(compared)
    }

    #[test]
    fn matches_the_twin_every_cycle() {
        let s = stimulus(ICE40_SIZES, 20_000);
        // The stimulus exercises what it claims: reads of the word written at the previous edge,
        // reads of the word being written, back-to-back writes of one word, partial masks.
        let addr = |r, g, p| (r, g, p);
        let wr = |d: &Drive| addr(d.wr_region, d.wr_group, d.wr_pos);
        let rd = |d: &Drive| addr(d.rd_region, d.rd_group, d.rd_pos);
        let raw = s.drives.windows(2).filter(|w| w[0].wr_en && wr(&w[0]) == rd(&w[1])).count();
        let during = s.drives.iter().filter(|d| d.wr_en && d.wr_mask != 0 && wr(d) == rd(d)).count();
        let twice = s.drives.windows(2).filter(|w| w[0].wr_en && w[1].wr_en && wr(&w[0]) == wr(&w[1])).count();
        let partial = s.drives.iter().filter(|d| d.wr_en && d.wr_mask != 0 && d.wr_mask != 0xf).count();
        assert!(raw > 2_000 && during > 1_000 && twice > 1_000 && partial > 3_000, "{raw} {during} {twice} {partial}");
        let mut bench = Bench::new(CheckedIn::default());
        let mut twin = Twin::new(ICE40_SIZES, None);
        match run_lockstep(&mut bench, &mut twin, &s) {
            Ok(compared) => assert!(compared > 2 * s.drives.len(), "only {compared} lane-cycles compared"),
            Err(m) => panic!("ClampMemory differs: {m}"),
        }
        assert_eq!(bench.cycles() as usize, s.drives.len());
    }

    #[test]
    fn scales_to_the_ecp5_lane_count() {
        let mut s = Stimulus::new(ECP5_SIZES, 32);
        s.mixed(2_000);
        s.engine(40, 33, 2, 3);
        s.mixed(2_000);
        let mut bench = Bench::new(Ecp5ClampMemory::default());
        let mut twin = Twin::new(ECP5_SIZES, None);
        match run_lockstep(&mut bench, &mut twin, &s) {
            Ok(compared) => assert!(compared > 10 * s.drives.len(), "only {compared} lane-cycles compared"),
            Err(m) => panic!("ClampMemory<32> differs: {m}"),
        }
        match verilog::verilator_lint("clamp_memory_32", &verilog::verilog_file(Ecp5ClampMemory::default())) {
            verilog::ToolRun::Passed => {}
            verilog::ToolRun::Failed(log) => panic!("verilator rejects ClampMemory<32>:\n{log}"),
            verilog::ToolRun::Missing(tool) => verilog::skip_missing_tool(tool, "lint of ClampMemory<32>"),
        }
    }

    #[test]
    fn planted_bugs_disagree_with_the_dut() {
        let s = stimulus(ICE40_SIZES, 2_000);
        for bug in [Planted::IgnoreMask, Planted::GroupOffByOne, Planted::LateWrite] {
            let mut bench = Bench::new(CheckedIn::default());
            let mut twin = Twin::new(ICE40_SIZES, Some(bug));
            match run_lockstep(&mut bench, &mut twin, &s) {
                Ok(_) => panic!("the twin with {bug:?} agrees with the DUT: the stimulus cannot see that bug"),
                Err(m) => eprintln!("{bug:?} rejected as expected: {m}"),
            }
        }
    }

    /// Drives one cycle; returns the lanes' `rd_data` after the edge, as signed numbers.
    fn step(bench: &mut Bench<CheckedIn>, d: Drive) -> [i64; ICE40.lanes] {
        apply(&mut bench.dut, &d);
        bench.cycle();
        let raw = outputs(&bench.dut);
        std::array::from_fn(|l| ((raw[l] << (64 - WORD_BITS)) as i64) >> (64 - WORD_BITS))
    }

    #[test]
    fn known_answers_for_latency_masks_and_read_after_write() {
        // Hand-computed expectations, independent of the twin.
        let mut bench = Bench::new(CheckedIn::default());
        let words = |v: [i64; 4]| {
            let mut d = [0; MAX_LANES];
            d.iter_mut().zip(v).for_each(|(w, v)| *w = v as u64 & WORD_MASK);
            d
        };
        let write = |region, group, pos, mask, v| Drive {
            wr_en: true,
            wr_region: region,
            wr_group: group,
            wr_pos: pos,
            wr_mask: mask,
            wr_data: words(v),
            ..Drive::default()
        };
        let read = |region, group, pos| Drive { rd_region: region, rd_group: group, rd_pos: pos, ..Drive::default() };
        let (h1, c2) = (false, true);
        let top = ICE40_SIZES.positions - 1;
        // h1 (group 3, the last) and c2 (group 1, the last) at the same position; then h1 group 0.
        step(&mut bench, write(h1, 3, top, 0b1111, [-32768, -1, 0, 32767]));
        // Read after write: the word written the clock before is seen.
        assert_eq!(
            step(&mut bench, write(c2, 1, top, 0b1111, [-131072, 131071, 5, -6]).rd(h1, 3, top)),
            [-32768, -1, 0, 32767]
        );
        assert_eq!(step(&mut bench, write(h1, 0, top, 0b1111, [1, 2, 3, 4]).rd(c2, 1, top)), [-131072, 131071, 5, -6]);
        assert_eq!(step(&mut bench, read(h1, 0, top)), [1, 2, 3, 4]);
        // A masked write (lanes 1 and 3): lanes 0 and 2 keep their words.
        step(&mut bench, write(h1, 3, top, 0b1010, [9, 9, 9, 9]));
        assert_eq!(step(&mut bench, read(h1, 3, top)), [-32768, 9, 0, 9]);
        // The regions and groups are separate words.
        assert_eq!(step(&mut bench, read(c2, 1, top)), [-131072, 131071, 5, -6]);
        assert_eq!(step(&mut bench, read(h1, 0, top)), [1, 2, 3, 4]);
        // Read during write of lanes 0 and 1: those two are unspecified (this model gives the old
        // word), lanes 2 and 3 read normally; the next clock sees the new word.
        let got = step(&mut bench, write(h1, 0, top, 0b0011, [-7, -8, 0, 0]).rd(h1, 0, top));
        assert_eq!([got[2], got[3]], [3, 4]);
        assert_eq!(step(&mut bench, read(h1, 0, top)), [-7, -8, 3, 4]);
        // Holding the address holds the outputs; an empty mask writes nothing.
        assert_eq!(step(&mut bench, write(h1, 0, top, 0, [0; 4]).rd(h1, 0, top)), [-7, -8, 3, 4]);
        assert_eq!(step(&mut bench, read(h1, 0, top)), [-7, -8, 3, 4]);
    }

    impl Drive {
        /// The same drive, reading `(region, group, pos)`.
        fn rd(self, rd_region: bool, rd_group: usize, rd_pos: usize) -> Self {
            Self { rd_region, rd_group, rd_pos, ..self }
        }
    }

    #[test]
    fn sizes_follow_the_configuration() {
        assert_eq!((CLAMP_C1, CLAMP_C2, SPIN_POSITIONS, WORD_BITS), (96, 96, 256, 18));
        assert_eq!(clamp_words(ECP5.lanes, CLAMP_C1, CLAMP_C2, SPIN_POSITIONS), 1_536);
        assert_eq!(h1_words(ECP5.lanes, CLAMP_C1, SPIN_POSITIONS), 768);
        let s = ICE40_SIZES;
        assert_eq!((clamp_words(s.p, s.c1, s.c2, s.positions), h1_words(s.p, s.c1, s.positions)), (384, 256));
        // The MNIST block's channel counts (C1 = C2 = 64) on 32 lanes: one 1,024 x 18 DP16KD per bank.
        assert_eq!(clamp_words(32, 64, 64, SPIN_POSITIONS), 1_024);
        // Every position and channel of both regions lands in a distinct word of its lane's bank.
        let mut seen = vec![false; s.p * clamp_words(s.p, s.c1, s.c2, s.positions)];
        for (region, channels) in [(false, s.c1), (true, s.c2)] {
            for c in 0..channels {
                for pos in 0..s.positions {
                    let g = (c / s.p).to_bits();
                    let word = super::ClampBank::<4, 16, 8, 64>::index(region, g, pos.to_bits());
                    let i = (c % s.p) * clamp_words(s.p, s.c1, s.c2, s.positions) + word;
                    assert!(!seen[i], "{region} {c} {pos}");
                    seen[i] = true;
                }
            }
        }
        assert!(seen.iter().all(|&b| b));
    }

    /// Replays the stimulus, one `{wr_en, wr_region, wr_group, wr_pos, wr_mask, wr_data[P],
    /// rd_region, rd_group, rd_pos, care[P], want[P]}` line per clock (lane `P - 1` first in each
    /// per-lane field); lane `l` is compared where `care[l]` is set.
    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  localparam P = @P@;
  localparam D = @D@;
  localparam G = @G@;
  localparam Q = @Q@;
  localparam W = 1 + 1 + G + Q + P + P * D + 1 + G + Q + P + P * D;
  reg clock = 0;
  reg wr_en = 0;
  reg wr_region = 0;
  reg [G-1:0] wr_group = 0;
  reg [Q-1:0] wr_pos = 0;
  reg [P-1:0] wr_mask = 0;
  reg [P*D-1:0] wd = 0;
  reg rd_region = 0;
  reg [G-1:0] rd_group = 0;
  reg [Q-1:0] rd_pos = 0;
  wire [P*D-1:0] rd;
  reg [W-1:0] vec [0:N-1];
  reg [P-1:0] care;
  reg [P*D-1:0] want;
  integer i;
  integer l;
  integer errors = 0;
  top dut(.clock(clock), .wr_en(wr_en), .wr_region(wr_region), .wr_group(wr_group), .wr_pos(wr_pos),
          .wr_mask(wr_mask), .rd_region(rd_region), .rd_group(rd_group), .rd_pos(rd_pos)@PORTS@);
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {wr_en, wr_region, wr_group, wr_pos, wr_mask, wd, rd_region, rd_group, rd_pos, care, want} = vec[i];
      #1 clock = 1;
      #1 clock = 0;
      for (l = 0; l < P; l = l + 1) begin
        if (care[l] && rd[l*D +: D] !== want[l*D +: D]) begin
          if (errors < 10) $display("MISMATCH cycle %0d port rd_data$%0d: expected %h, got %h",
                                    i + 1, l, want[l*D +: D], rd[l*D +: D]);
          errors = errors + 1;
        end
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    #[test]
    fn generated_verilog_matches_the_twin() {
        let p = ICE40_SIZES.p;
        let s = stimulus(ICE40_SIZES, 20_000);
        let mut twin = Twin::new(ICE40_SIZES, None);
        let lines: Vec<String> = s
            .drives
            .iter()
            .map(|d| {
                let want = twin.edge(d);
                let mut line = VectorLine::default();
                let mut put = |value: u64, width: usize| line.put(value, width);
                put(u64::from(d.wr_en), 1);
                put(u64::from(d.wr_region), 1);
                put(d.wr_group as u64, GROUP_BITS);
                put(d.wr_pos as u64, POS_BITS);
                put(d.wr_mask, p);
                for l in (0..p).rev() {
                    put(d.wr_data[l], WORD_BITS);
                }
                put(u64::from(d.rd_region), 1);
                put(d.rd_group as u64, GROUP_BITS);
                put(d.rd_pos as u64, POS_BITS);
                for l in (0..p).rev() {
                    put(u64::from(want[l].is_some()), 1);
                }
                for l in (0..p).rev() {
                    put(want[l].unwrap_or_default(), WORD_BITS);
                }
                line.hex()
            })
            .collect();
        let ports: String =
            (0..p).map(|l| format!(", .wr_data${l}(wd[{l}*D +: D]), .rd_data${l}(rd[{l}*D +: D])")).collect();
        let testbench = REPLAY_TESTBENCH
            .replace("@N@", &lines.len().to_string())
            .replace("@P@", &p.to_string())
            .replace("@D@", &WORD_BITS.to_string())
            .replace("@G@", &GROUP_BITS.to_string())
            .replace("@Q@", &POS_BITS.to_string())
            .replace("@PORTS@", &ports);
        verilog::assert_replay_clean("clamp_memory", &testbench, &lines.concat());
    }

    #[test]
    fn banks_map_to_block_ram() {
        // Checked in: 4 banks of 384 x 18, one DP16KD each on ECP5; three SB_RAM40_4K each on iCE40
        // (Yosys picks the 512 x 8 mode, three side by side).
        for (synth, cell, want) in [("synth_ice40", "SB_RAM40_4K", ICE40_RAMS), ("synth_ecp5", "DP16KD", 4)] {
            match verilog::yosys_cell_counts("clamp_memory", synth) {
                Ok(cells) => {
                    assert_eq!(cells.get(cell), Some(&want), "cells {cells:?}");
                    eprintln!("clamp_memory (checked in) {synth}: {cells:?}");
                }
                Err(verilog::ToolRun::Missing(tool)) => verilog::skip_missing_tool(tool, "clamp_memory block RAM"),
                Err(e) => panic!("yosys {synth} failed on clamp_memory: {e:?}"),
            }
        }
        // ecp5 (1,536 x 18 per bank): two DP16KD (1,024 x 18) per bank, 64 for 32 lanes.
        let text = verilog::verilog_file(Ecp5ClampMemory::default());
        if let Some(cells) = verilog::synth_cells("clamp_memory_32", &text, "synth_ecp5") {
            assert_eq!(cells.get("DP16KD"), Some(&64), "cells {cells:?}");
            let luts = cells.get("LUT4").copied().unwrap_or(0);
            assert!(luts < 4 * ECP5.lanes as u64 && !cells.contains_key("TRELLIS_FF"), "cells {cells:?}");
            eprintln!("ClampMemory<32> on ECP5: {cells:?}");
        }
    }

    /// SB_RAM40_4K of the checked-in instance (measured; see the module documentation).
    const ICE40_RAMS: u64 = 12;

    crate::verilog_checks!("clamp_memory");
}
