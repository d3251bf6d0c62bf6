//! # `SpinMemory`: one layer's spins, broadcast-read and slot-written
//!
//! **Purpose.** Holds the spins of one layer (`s0` = the clamped input `x`, `s1` hidden or `s2`
//! output), one bit each, `1` = `+1`. The schedule (`thermoblock_contract::schedule`) uses it two
//! ways: in an accumulate step **one** source spin, channel `channel` at position `source`, is read
//! and broadcast to every lane; at the end of a slot (its last drain cycle) the `P` lanes write the
//! spins of destination channels `group · P + l` at position `pos` **at once**. The host loads a
//! layer (the input `x`) and reads spins back through a word-wide port.
//!
//! **Layout** (normative; belongs in `docs/ARCHITECTURE.md`). A word is `P` bits, the spins of
//! one lane group at one position: bit `l` of word `(group, pos)` is channel `group · P + l` at raster
//! position `pos`. The storage index of the word is
//!
//! ```text
//! word(group, pos) = group · POSITIONS + pos        (POSITIONS a power of two: {group, pos} bits)
//! spin(c, pos)     = bit (c mod P) of word(c div P, pos)
//! ```
//!
//! so a slot write is exactly one word and a broadcast read one word plus a `P`:1 bit select. The
//! host bus address does not depend on the chip: `host_addr = group · 2^POS_BITS + pos`
//! (`group` in bits 14..8, `pos` in bits 7..0), the same 15-bit map for both configurations.
//!
//! **Sizes** (derived from `thermoblock_contract::config`, never restated):
//!
//! * lanes `P`: const generic, a power of two `≤ ECP5.lanes = 32`;
//! * channels `CHANNELS`: default [`SPIN_CHANNELS`] `= spin_channels(&ECP5) = max(C0, C1, C2) = 96`,
//!   the widest layer (one unit per layer, every unit the same size);
//! * positions `POSITIONS`: default [`SPIN_POSITIONS`] `= spin_positions(&ECP5) = 16 · 16 = 256`;
//! * words `⌈CHANNELS / P⌉ · POSITIONS` of `P` bits: `P = 32` at the defaults is 3 · 256 = 768
//!   words = 24,576 bits = `max channels · max_h · max_w`. The checked-in Verilog,
//!   `hdl/generated/spin_memory.v`, is [`CheckedIn`] = `SpinMemory<4, 16, 64>` (the `ice40` lanes,
//!   `spin_channels(&ICE40) = 16`, `spin_positions(&ICE40) = 64`: 4 · 64 = 256 words of 4 bits).
//! * port widths are fixed whatever the generics: channel [`CHANNEL_BITS`] `= 7`, position
//!   [`POS_BITS`] `= 8`, group [`GROUP_BITS`] `= 7`, host address [`HOST_ADDR_BITS`] `= 15`.
//!
//! **Ports** (`top` in the generated Verilog; `P`-bit vectors have lane `l` in bit `l`):
//!
//! | port           | dir | width | timing |
//! |----------------|-----|-------|--------|
//! | `clock`        | in  | 1     | rising edge |
//! | `rd_channel`   | in  | 7     | broadcast read: source channel, sampled at every edge |
//! | `rd_pos`       | in  | 8     | broadcast read: source position (raster index) |
//! | `rd_spin`      | out | 1     | `spin(rd_channel, rd_pos)` sampled at the last edge (see "Read port") |
//! | `wr_en`        | in  | 1     | slot write, sampled at the edge |
//! | `wr_pos`       | in  | 8     | the slot's position |
//! | `wr_group`     | in  | 7     | the slot's lane group, `< ⌈CHANNELS / P⌉` |
//! | `wr_mask`      | in  | `P`   | lanes whose channel `group · P + l` exists; the others keep their bit |
//! | `wr_spins`     | in  | `P`   | the lanes' new spins |
//! | `host_wr_en`   | in  | 1     | host word write (ignored at an edge with `wr_en`) |
//! | `host_rd_en`   | in  | 1     | host word read (the read port reads `host_addr` instead of the broadcast address) |
//! | `host_addr`    | in  | 15    | `group · 256 + pos` |
//! | `host_data`    | in  | `P`   | the whole word (all `P` bits written) |
//! | `host_rd_data` | out | `P`   | the word read at the last edge |
//!
//! **Read port: latency 1 clock**, one read per clock, shared. At each edge the memory reads one
//! word: `(wr_group, wr_pos)` if `wr_en` (see "Writes"), else `host_addr` if `host_rd_en`, else
//! `(rd_channel div P, rd_pos)`. After the edge, `host_rd_data` is that word and `rd_spin` is its bit
//! `rd_channel mod P` (the lane index registered at the edge). Both outputs depend on registers
//! only: the block RAM's output register, a one-clock forwarding register and a `P`:1 multiplexer
//! (`log2 P` mux levels, 5 for `P = 32`) behind them; no combinational path from an input. So
//! `rd_spin` is meaningful after an edge that sampled neither `wr_en` nor `host_rd_en`, and
//! `host_rd_data` after an edge that sampled `host_rd_en` without `wr_en`; after an edge that sampled
//! `wr_en` both are **unspecified** (the port read the slot write's word). The engine never reads in
//! the last drain cycle (it issues the write then), and the host reads only while the engine is idle.
//!
//! **Writes: read-modify-write over two clocks, one per clock.** A slot write sampled at edge `e`
//! reads the old word at edge `e` through the read port and writes `(old & !mask) | (spins & mask)` at
//! edge `e + 1`; so masked lanes keep their old bits with one write port of full-word width (no
//! per-bit write enables: an ECP5 DP16KD has only byte enables, and per-bit enables would make Yosys
//! slice the memory into 1-bit-wide block RAMs, 32 instead of 2 for `P = 32`). A host write sampled
//! at `e` (with `wr_en` low) takes the same path with an all-ones mask (it needs no old word and does
//! not use the read port). The word written at an edge is kept one clock in a forwarding register,
//! and a read whose address equals it returns it instead of the block RAM's output. Hence the
//! contract, with **no hazard**: *a write (slot or host) sampled at edge `e` is seen by every read
//! and every slot write sampled at edge `e + 1` or later, and by none sampled at `e` or earlier*.
//! In particular a read of the word written the cycle before (the first accumulate of a phase reading
//! the layer the previous phase's last slot wrote; only when a phase boundary meets a tiny grid) and
//! back-to-back slot writes to one word are both exact. The block RAM's own read-during-write
//! (`(* no_rw_check *)`: unspecified on the FPGA, old word in both simulators) is never relied on:
//! such a read is always overridden by the forward.
//!
//! **Addresses** with `group ≥ ⌈CHANNELS / P⌉` or `pos ≥ POSITIONS` are outside the contract (the
//! block RAM may alias them). **Power-up contents are undefined** (no `initial` block): the host
//! loads `s0`, and the engine's start step writes every spin of `s1` and `s2` before it reads them.
//!
//! **Resources** (Yosys 0.23, checked by `words_map_to_block_ram`):
//!
//! | instance | words x bits | ECP5 (`synth_ecp5`) | iCE40 (`synth_ice40`) |
//! |---|---|---|---|
//! | `SpinMemory<4, 16, 64>` (checked in) | 256 x 4 | 16 TRELLIS_DPR16X4 (LUT RAM), 168 LUT4, 65 FF | 1 SB_RAM40_4K, 73 LUT4, 61 FF |
//! | `SpinMemory<32>` (`ecp5`) | 768 x 32 | **2 DP16KD**, 348 LUT4, 91 PFUMX, 51 L6MUX21, 148 FF | — |
//!
//! (Yosys puts the 1-kbit checked-in memory in ECP5 LUT RAM; the iCE40 maps it to one block RAM.)
//! The flip-flops are the pipeline, about `54 + 3 P`: read address and lane (15 + 7), pending write
//! (1 + 15 + 2 `P`) and forward (1 + 15 + `P`); the LUTs are the read-address and merge
//! multiplexers, the forward compare and the `P`:1 bit select.
//!
//! **Reset.** None. The control registers power up as 0 (no write in flight).

use rust_hdl::prelude::*;
use thermoblock_contract::config::{CONFIGS, ChipConfig, ECP5, ICE40};

use crate::chip::block_ram::memory_verilog;
use crate::testbench::Clocked;

/// Channels a layer of configuration `c` may have: the widest of `C0`, `C1`, `C2`.
pub const fn spin_channels(c: &ChipConfig) -> usize {
    let m = if c.max_c0 > c.max_c1 { c.max_c0 } else { c.max_c1 };
    if m > c.max_c2 { m } else { c.max_c2 }
}

/// Positions of the largest grid of configuration `c`: `max_h · max_w`.
pub const fn spin_positions(c: &ChipConfig) -> usize {
    c.max_h * c.max_w
}

/// Words of a `SpinMemory<p, channels, positions>`: `⌈channels / p⌉ · positions`.
pub const fn spin_words(p: usize, channels: usize, positions: usize) -> usize {
    channels.div_ceil(p) * positions
}

/// Channels of a layer on the `ecp5` chip (the default size).
pub const SPIN_CHANNELS: usize = spin_channels(&ECP5);
/// Positions on the `ecp5` chip (the default size).
pub const SPIN_POSITIONS: usize = spin_positions(&ECP5);
/// Bits of a channel number.
pub const CHANNEL_BITS: usize = clog2(SPIN_CHANNELS);
/// Bits of a position.
pub const POS_BITS: usize = clog2(SPIN_POSITIONS);
/// Bits of a group number (a group is at most a channel, for `P = 1`).
pub const GROUP_BITS: usize = CHANNEL_BITS;
/// Bits of a host word address `group · 2^POS_BITS + pos`.
pub const HOST_ADDR_BITS: usize = GROUP_BITS + POS_BITS;
/// Bits of a lane number.
pub const LANE_BITS: usize = clog2(ECP5.lanes);

// Every named configuration fits the port widths, and positions are a power of two (the storage
// index is the concatenation {group, pos}).
const _: () = {
    let mut i = 0;
    while i < CONFIGS.len() {
        assert!(spin_channels(&CONFIGS[i]) <= SPIN_CHANNELS);
        assert!(spin_positions(&CONFIGS[i]) <= SPIN_POSITIONS);
        assert!(spin_positions(&CONFIGS[i]).is_power_of_two());
        assert!(CONFIGS[i].lanes.is_power_of_two() && CONFIGS[i].lanes <= 1 << LANE_BITS);
        i += 1;
    }
    assert!(SPIN_CHANNELS <= 1 << CHANNEL_BITS && SPIN_POSITIONS == 1 << POS_BITS);
};

/// A channel number.
pub type Channel = Bits<CHANNEL_BITS>;
/// A raster position.
pub type Position = Bits<POS_BITS>;
/// A lane group.
pub type Group = Bits<GROUP_BITS>;
/// A host word address.
pub type HostAddress = Bits<HOST_ADDR_BITS>;

/// The configuration whose Verilog is checked in: the `ice40` lanes, channels and positions.
pub type CheckedIn = SpinMemory<{ ICE40.lanes }, { spin_channels(&ICE40) }, { spin_positions(&ICE40) }>;
/// The 32-lane `ecp5` instance.
pub type Ecp5SpinMemory = SpinMemory<{ ECP5.lanes }>;

/// The word storage: `⌈CHANNELS / P⌉ · POSITIONS` words of `P` bits, indexed `{group, pos}`, one
/// synchronous read port and one write port on the same clock. A read at the edge that writes the
/// same word returns an unspecified word on the FPGA (`(* no_rw_check *)`); the simulation model and
/// Verilator return the old word; `SpinMemory` overrides such reads with its forward.
#[derive(LogicBlock)]
pub struct SpinWords<const P: usize, const CHANNELS: usize, const POSITIONS: usize> {
    pub clock: Signal<In, Clock>,
    pub read_group: Signal<In, Group>,
    pub read_pos: Signal<In, Position>,
    /// `mem[{read_group, read_pos}]` as it was before the edge that sampled the address.
    pub read_data: Signal<Out, Bits<P>>,
    pub write_group: Signal<In, Group>,
    pub write_pos: Signal<In, Position>,
    pub write_data: Signal<In, Bits<P>>,
    pub write_enable: Signal<In, bool>,
    /// The simulation's contents (power-up zeros; the Verilog has no initial values).
    _sim: Vec<Bits<P>>,
}

impl<const P: usize, const CHANNELS: usize, const POSITIONS: usize> SpinWords<P, CHANNELS, POSITIONS> {
    /// Index bits of the group and of the position.
    const fn index_bits() -> (usize, usize) {
        let groups = CHANNELS.div_ceil(P);
        let gb = if groups > 1 { clog2(groups) } else { 0 };
        (gb, clog2(POSITIONS))
    }

    /// The storage index of `(group, pos)` as the Verilog forms it: the low index bits of each.
    fn index(group: Group, pos: Position) -> usize {
        let (gb, pb) = Self::index_bits();
        ((group.index() & ((1 << gb) - 1)) << pb) | (pos.index() & ((1 << pb) - 1))
    }
}

impl<const P: usize, const CHANNELS: usize, const POSITIONS: usize> Default for SpinWords<P, CHANNELS, POSITIONS> {
    fn default() -> Self {
        const {
            assert!(P >= 1 && P <= 1 << LANE_BITS && P.is_power_of_two());
            assert!(CHANNELS >= 1 && CHANNELS <= 1 << CHANNEL_BITS);
            assert!(POSITIONS >= 2 && POSITIONS <= 1 << POS_BITS && POSITIONS.is_power_of_two());
        };
        Self {
            clock: Default::default(),
            read_group: Default::default(),
            read_pos: Default::default(),
            read_data: Default::default(),
            write_group: Default::default(),
            write_pos: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _sim: vec![Bits::default(); spin_words(P, CHANNELS, POSITIONS)],
        }
    }
}

impl<const P: usize, const CHANNELS: usize, const POSITIONS: usize> Logic for SpinWords<P, CHANNELS, POSITIONS> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let read = Self::index(self.read_group.val(), self.read_pos.val());
            self.read_data.next = self._sim.get(read).copied().unwrap_or_default();
            let write = Self::index(self.write_group.val(), self.write_pos.val());
            if self.write_enable.val() && write < self._sim.len() {
                self._sim[write] = self.write_data.val();
            }
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    /// The index is `{group[gb-1:0], pos[pb-1:0]}`; the ports' higher bits, zero for addresses in
    /// the contract, are marked unused (Verilator `-Wall` rejects a too-wide index).
    fn hdl(&self) -> Verilog {
        let (gb, pb) = Self::index_bits();
        let index = |prefix: &str| {
            let pos = format!("{prefix}_pos[{}:0]", pb - 1);
            if gb == 0 { pos } else { format!("{{{prefix}_group[{}:0], {pos}}}", gb - 1) }
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
        memory_verilog(P, spin_words(P, CHANNELS, POSITIONS), &index("read"), &index("write"), &unused)
    }
}

/// One layer's spin memory. See the module documentation for the layout, ports and timing.
#[derive(LogicBlock)]
pub struct SpinMemory<const P: usize, const CHANNELS: usize = SPIN_CHANNELS, const POSITIONS: usize = SPIN_POSITIONS> {
    pub clock: Signal<In, Clock>,
    /// Broadcast read: the source channel.
    pub rd_channel: Signal<In, Channel>,
    /// Broadcast read: the source position.
    pub rd_pos: Signal<In, Position>,
    /// `spin(rd_channel, rd_pos)` as sampled at the last edge; `true` = +1.
    pub rd_spin: Signal<Out, bool>,
    /// Slot write: lane `l` writes channel `wr_group · P + l` at `wr_pos` where `wr_mask[l]`.
    pub wr_en: Signal<In, bool>,
    pub wr_pos: Signal<In, Position>,
    pub wr_group: Signal<In, Group>,
    pub wr_mask: Signal<In, Bits<P>>,
    pub wr_spins: Signal<In, Bits<P>>,
    /// Host word write (ignored with `wr_en`).
    pub host_wr_en: Signal<In, bool>,
    /// Host word read through the shared read port.
    pub host_rd_en: Signal<In, bool>,
    /// `group · 2^POS_BITS + pos`.
    pub host_addr: Signal<In, HostAddress>,
    pub host_data: Signal<In, Bits<P>>,
    /// The word read at the last edge.
    pub host_rd_data: Signal<Out, Bits<P>>,
    words: SpinWords<P, CHANNELS, POSITIONS>,
    /// Stage 1: the word the memory read at the last edge, and the broadcast lane.
    read_group_q: DFF<Group>,
    read_pos_q: DFF<Position>,
    lane_q: DFF<Channel>,
    /// Stage 1: a write (slot or host) waiting for its write edge.
    pend_valid: DFF<bool>,
    pend_group: DFF<Group>,
    pend_pos: DFF<Position>,
    pend_mask: DFF<Bits<P>>,
    pend_data: DFF<Bits<P>>,
    /// Stage 2: the word written at the last edge (the forward).
    written_valid: DFF<bool>,
    written_group: DFF<Group>,
    written_pos: DFF<Position>,
    written_word: DFF<Bits<P>>,
    /// The memory's read address this cycle.
    read_group: Signal<Local, Group>,
    read_pos: Signal<Local, Position>,
    /// The word at the read address of the last edge: the memory word, or the forward.
    current: Signal<Local, Bits<P>>,
    /// `(current & !pend_mask) | (pend_data & pend_mask)`.
    merged: Signal<Local, Bits<P>>,
    /// `current >> lane_q`: the broadcast lane's bit is bit 0.
    shifted: Signal<Local, Bits<P>>,
    /// `log2 P`: channel div P is `channel >> lane_shift`.
    lane_shift: Constant<Bits<3>>,
    /// `P - 1`: channel mod P is `channel & lane_mask`.
    lane_mask: Constant<Channel>,
    /// `POS_BITS`: the group's offset in a host address.
    group_offset: Constant<Bits<4>>,
    all_lanes: Constant<Bits<P>>,
    /// Bit 0: lane 0's bit of `shifted`.
    lowest_lane: Constant<Bits<P>>,
}

impl<const P: usize, const CHANNELS: usize, const POSITIONS: usize> Default for SpinMemory<P, CHANNELS, POSITIONS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            rd_channel: Default::default(),
            rd_pos: Default::default(),
            rd_spin: Default::default(),
            wr_en: Default::default(),
            wr_pos: Default::default(),
            wr_group: Default::default(),
            wr_mask: Default::default(),
            wr_spins: Default::default(),
            host_wr_en: Default::default(),
            host_rd_en: Default::default(),
            host_addr: Default::default(),
            host_data: Default::default(),
            host_rd_data: Default::default(),
            words: Default::default(),
            read_group_q: Default::default(),
            read_pos_q: Default::default(),
            lane_q: Default::default(),
            pend_valid: Default::default(),
            pend_group: Default::default(),
            pend_pos: Default::default(),
            pend_mask: Default::default(),
            pend_data: Default::default(),
            written_valid: Default::default(),
            written_group: Default::default(),
            written_pos: Default::default(),
            written_word: Default::default(),
            read_group: Default::default(),
            read_pos: Default::default(),
            current: Default::default(),
            merged: Default::default(),
            shifted: Default::default(),
            lane_shift: Constant::new((P.trailing_zeros() as usize).to_bits()),
            lane_mask: Constant::new((P - 1).to_bits()),
            group_offset: Constant::new(POS_BITS.to_bits()),
            all_lanes: Constant::new(((1u64 << P) - 1).to_bits()),
            lowest_lane: Constant::new(1usize.to_bits()),
        }
    }
}

impl<const P: usize, const CHANNELS: usize, const POSITIONS: usize> Logic for SpinMemory<P, CHANNELS, POSITIONS> {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, words);
        dff_setup!(
            self,
            clock,
            read_group_q,
            read_pos_q,
            lane_q,
            pend_valid,
            pend_group,
            pend_pos,
            pend_mask,
            pend_data,
            written_valid,
            written_group,
            written_pos,
            written_word
        );
        // Stage 1 (sampling edge): the read port serves the slot write's read-modify-write, else a
        // host read, else the broadcast read.
        self.read_group.next = self.rd_channel.val() >> self.lane_shift.val();
        self.read_pos.next = self.rd_pos.val();
        if self.host_rd_en.val() {
            self.read_group.next = self.host_addr.val().get_bits::<GROUP_BITS>(self.group_offset.val().index());
            self.read_pos.next = self.host_addr.val().get_bits::<POS_BITS>(0);
        }
        if self.wr_en.val() {
            self.read_group.next = self.wr_group.val();
            self.read_pos.next = self.wr_pos.val();
        }
        self.words.read_group.next = self.read_group.val();
        self.words.read_pos.next = self.read_pos.val();
        self.read_group_q.d.next = self.read_group.val();
        self.read_pos_q.d.next = self.read_pos.val();
        self.lane_q.d.next = self.rd_channel.val() & self.lane_mask.val();
        // The write waiting for the next edge: the slot's lanes, else the host's whole word.
        self.pend_valid.d.next = self.wr_en.val() | self.host_wr_en.val();
        self.pend_group.d.next = self.host_addr.val().get_bits::<GROUP_BITS>(self.group_offset.val().index());
        self.pend_pos.d.next = self.host_addr.val().get_bits::<POS_BITS>(0);
        self.pend_mask.d.next = self.all_lanes.val();
        self.pend_data.d.next = self.host_data.val();
        if self.wr_en.val() {
            self.pend_group.d.next = self.wr_group.val();
            self.pend_pos.d.next = self.wr_pos.val();
            self.pend_mask.d.next = self.wr_mask.val();
            self.pend_data.d.next = self.wr_spins.val();
        }
        // Stage 2 (next edge): the memory word misses only the write of the edge that read it,
        // which the forward holds.
        self.current.next = self.words.read_data.val();
        if self.written_valid.q.val()
            & (self.written_group.q.val() == self.read_group_q.q.val())
            & (self.written_pos.q.val() == self.read_pos_q.q.val())
        {
            self.current.next = self.written_word.q.val();
        }
        self.merged.next =
            (self.current.val() & !self.pend_mask.q.val()) | (self.pend_data.q.val() & self.pend_mask.q.val());
        self.words.write_enable.next = self.pend_valid.q.val();
        self.words.write_group.next = self.pend_group.q.val();
        self.words.write_pos.next = self.pend_pos.q.val();
        self.words.write_data.next = self.merged.val();
        self.written_valid.d.next = self.pend_valid.q.val();
        self.written_group.d.next = self.pend_group.q.val();
        self.written_pos.d.next = self.pend_pos.q.val();
        self.written_word.d.next = self.merged.val();
        // Outputs: from registers only.
        self.host_rd_data.next = self.current.val();
        self.shifted.next = self.current.val() >> self.lane_q.q.val();
        self.rd_spin.next = (self.shifted.val() & self.lowest_lane.val()).any();
    }
}

impl<const P: usize, const CHANNELS: usize, const POSITIONS: usize> Clocked for SpinMemory<P, CHANNELS, POSITIONS> {
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

    use super::{
        CHANNEL_BITS, CheckedIn, Ecp5SpinMemory, GROUP_BITS, HOST_ADDR_BITS, POS_BITS, SPIN_CHANNELS, SPIN_POSITIONS,
        SpinMemory, spin_channels, spin_positions, spin_words,
    };
    use crate::flow::verilog;
    use crate::testbench::Bench;

    /// The port values driven in one cycle (`P`-bit vectors as `u64`, lane `l` in bit `l`).
    #[derive(Clone, Copy, Debug, Default)]
    struct Drive {
        rd_channel: usize,
        rd_pos: usize,
        wr_en: bool,
        wr_pos: usize,
        wr_group: usize,
        wr_mask: u64,
        wr_spins: u64,
        host_wr_en: bool,
        host_rd_en: bool,
        host_group: usize,
        host_pos: usize,
        host_data: u64,
    }

    impl Drive {
        fn host_addr(&self) -> usize {
            self.host_group << POS_BITS | self.host_pos
        }
    }

    /// What the contract says after an edge: `None` = don't care.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    struct Expected {
        spin: Option<bool>,
        word: Option<u64>,
    }

    /// What the DUT and the twin disagreed on.
    #[derive(Debug)]
    struct Mismatch {
        cycle: u64,
        port: &'static str,
        drive: Drive,
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
        /// Slot writes land one group up (modulo the group count).
        GroupOffByOne,
        /// A write is seen only two edges later (no forwarding of the word written the cycle before).
        LateWrite,
    }

    /// The software twin: spins as a plain `Vec<bool>` indexed `[channel][pos]` (with a flag per
    /// spin saying whether it was ever written: power-up contents are undefined). Reads at an edge
    /// see every write sampled at earlier edges; the edge's own write lands after its reads.
    struct Twin {
        p: usize,
        groups: usize,
        positions: usize,
        spins: Vec<bool>,
        written: Vec<bool>,
        planted: Option<Planted>,
        /// `LateWrite`: the previous edge's writes, applied one edge late.
        late: Vec<(usize, bool)>,
    }

    impl Twin {
        fn new(p: usize, channels: usize, positions: usize, planted: Option<Planted>) -> Self {
            let groups = channels.div_ceil(p);
            let n = groups * p * positions;
            Self { p, groups, positions, spins: vec![false; n], written: vec![false; n], planted, late: Vec::new() }
        }

        fn at(&self, channel: usize, pos: usize) -> usize {
            channel * self.positions + pos
        }

        fn spin(&self, channel: usize, pos: usize) -> Option<bool> {
            let i = self.at(channel, pos);
            self.written[i].then_some(self.spins[i])
        }

        fn word(&self, group: usize, pos: usize) -> Option<u64> {
            (0..self.p).try_fold(0u64, |w, l| Some(w | u64::from(self.spin(group * self.p + l, pos)?) << l))
        }

        fn edge(&mut self, d: Drive) -> Expected {
            let mut e = Expected::default();
            if !d.wr_en {
                if d.host_rd_en {
                    e.word = self.word(d.host_group, d.host_pos);
                } else {
                    e.spin = self.spin(d.rd_channel, d.rd_pos);
                }
            }
            let mut writes = Vec::new();
            if d.wr_en {
                let group = match self.planted {
                    Some(Planted::GroupOffByOne) => (d.wr_group + 1) % self.groups,
                    _ => d.wr_group,
                };
                for l in 0..self.p {
                    if d.wr_mask >> l & 1 == 1 || self.planted == Some(Planted::IgnoreMask) {
                        writes.push((self.at(group * self.p + l, d.wr_pos), d.wr_spins >> l & 1 == 1));
                    }
                }
            } else if d.host_wr_en {
                for l in 0..self.p {
                    writes.push((self.at(d.host_group * self.p + l, d.host_pos), d.host_data >> l & 1 == 1));
                }
            }
            if self.planted == Some(Planted::LateWrite) {
                std::mem::swap(&mut writes, &mut self.late);
            }
            for (i, s) in writes {
                self.spins[i] = s;
                self.written[i] = true;
            }
            e
        }
    }

    /// Stimulus for a `SpinMemory<p, channels, positions>`.
    struct Stimulus {
        p: usize,
        groups: usize,
        positions: usize,
        drives: Vec<Drive>,
        rng: Stream,
    }

    impl Stimulus {
        fn new(p: usize, channels: usize, positions: usize, seed: u64) -> Self {
            Self { p, groups: channels.div_ceil(p), positions, drives: Vec::new(), rng: Stream(seed) }
        }

        fn lanes(&self) -> u64 {
            (1u64 << self.p) - 1
        }

        /// Garbage on every data port, every enable low.
        fn idle(&mut self) -> Drive {
            let (p, g, n) = (self.p, self.groups, self.positions);
            let r = &mut self.rng;
            Drive {
                rd_channel: r.below(g * p),
                rd_pos: r.below(n),
                wr_pos: r.below(n),
                wr_group: r.below(g),
                wr_mask: r.next(),
                wr_spins: r.next(),
                host_group: r.below(g),
                host_pos: r.below(n),
                host_data: r.next(),
                ..Drive::default()
            }
            .masked(self.lanes())
        }

        /// The host loads every word (random data) while the broadcast port reads at random.
        fn load(&mut self) {
            for group in 0..self.groups {
                for pos in 0..self.positions {
                    let d = Drive { host_wr_en: true, host_group: group, host_pos: pos, ..self.idle() };
                    self.drives.push(Drive { host_data: self.rng.next() & self.lanes(), ..d });
                }
            }
        }

        /// `n` random cycles over a small pool of words (so writes and reads collide): slot writes
        /// with random, prefix, full and empty masks, back-to-back writes of one word, broadcast reads
        /// (half of them of the word written at the previous edge), host writes and reads, idle
        /// cycles, and writes with the host's enables also high (the slot write wins).
        fn mixed(&mut self, n: usize) {
            let pool: Vec<(usize, usize)> = (0..6)
                .map(|i| match i {
                    0 => (0, 0),
                    1 => (self.groups - 1, self.positions - 1),
                    _ => (self.rng.below(self.groups), self.rng.below(self.positions)),
                })
                .collect();
            let mut last = pool[0];
            for _ in 0..n {
                let mut d = self.idle();
                let (p, lanes) = (self.p, self.lanes());
                let r = &mut self.rng;
                let (group, pos) = if r.chance(50) { last } else { pool[r.below(pool.len())] };
                match r.below(100) {
                    0..30 => {
                        d.wr_en = true;
                        (d.wr_group, d.wr_pos) = (group, pos);
                        d.wr_mask = match r.below(4) {
                            0 => lanes,
                            1 => (1u64 << r.below(p + 1)) - 1,
                            2 => 0,
                            _ => r.next() & lanes,
                        };
                        d.host_wr_en = r.chance(10);
                        d.host_rd_en = r.chance(10);
                        last = (group, pos);
                    }
                    30..70 => {
                        d.rd_channel = group * p + r.below(p);
                        d.rd_pos = pos;
                    }
                    70..80 => {
                        d.host_wr_en = true;
                        (d.host_group, d.host_pos) = (group, pos);
                        d.host_rd_en = r.chance(30);
                        last = (group, pos);
                    }
                    80..90 => {
                        d.host_rd_en = true;
                        (d.host_group, d.host_pos) = (group, pos);
                    }
                    _ => {}
                }
                self.drives.push(d);
            }
        }

        /// The engine's use on a `c`-channel layer of an `h x w` grid (`h · w ≤ positions`): the
        /// hidden phase's slots write the layer (`wr_en` in each slot's last drain cycle, the mask
        /// of the channels that exist), then the output phase's accumulate steps read it (`channel`
        /// at `source`; no read outside the grid). The output phase's first read comes one clock
        /// after the hidden phase's last write.
        fn engine(&mut self, c: usize, h: usize, w: usize) {
            let s = Schedule { lanes: self.p, shape: BlockShape { c0: 1, c1: c, c2: 2, k1: (3, 3), k2: (3, 3), h, w } };
            for step in s.phase(Phase::Hidden) {
                let mut d = self.idle();
                if step.kind == (StepKind::Drain { cycle: PIPELINE_LATENCY - 1 }) {
                    d.wr_en = true;
                    (d.wr_group, d.wr_pos) = (step.group, step.pos);
                    d.wr_mask = (0..self.p).filter(|l| step.group * self.p + l < c).fold(0, |m, l| m | 1 << l);
                }
                self.drives.push(d);
            }
            for step in s.phase(Phase::Output) {
                let mut d = self.idle();
                if let StepKind::Accumulate { channel, source: Some(source), .. } = step.kind {
                    (d.rd_channel, d.rd_pos) = (channel, source);
                }
                self.drives.push(d);
            }
        }
    }

    impl Drive {
        fn masked(mut self, lanes: u64) -> Self {
            self.wr_mask &= lanes;
            self.wr_spins &= lanes;
            self.host_data &= lanes;
            self
        }
    }

    /// The stimulus used by the lockstep tests.
    fn stimulus(p: usize, channels: usize, positions: usize, n: usize) -> Stimulus {
        let mut s = Stimulus::new(p, channels, positions, 0x5 ^ p as u64);
        s.mixed(n / 4);
        s.load();
        s.mixed(n);
        let c = channels - p / 2 - 1;
        s.engine(c, 2, 3);
        s.engine(c, 1, 1);
        s.mixed(n / 4);
        s
    }

    fn apply<const P: usize, const C: usize, const N: usize>(bench: &mut Bench<SpinMemory<P, C, N>>, d: &Drive) {
        let dut = &mut bench.dut;
        dut.rd_channel.next = d.rd_channel.to_bits();
        dut.rd_pos.next = d.rd_pos.to_bits();
        dut.wr_en.next = d.wr_en;
        dut.wr_pos.next = d.wr_pos.to_bits();
        dut.wr_group.next = d.wr_group.to_bits();
        dut.wr_mask.next = d.wr_mask.to_bits();
        dut.wr_spins.next = d.wr_spins.to_bits();
        dut.host_wr_en.next = d.host_wr_en;
        dut.host_rd_en.next = d.host_rd_en;
        dut.host_addr.next = d.host_addr().to_bits();
        dut.host_data.next = d.host_data.to_bits();
    }

    fn outputs<const P: usize, const C: usize, const N: usize>(dut: &SpinMemory<P, C, N>) -> (bool, u64) {
        (dut.rd_spin.val(), dut.host_rd_data.val().to_u64())
    }

    /// Drives `bench` and `twin` with the same inputs, comparing both outputs after every edge
    /// where the contract defines them; before each edge it checks that the new inputs have not
    /// reached the outputs (all registered). Returns the number of port-cycles compared.
    fn run_lockstep<const P: usize, const C: usize, const N: usize>(
        bench: &mut Bench<SpinMemory<P, C, N>>,
        twin: &mut Twin,
        s: &Stimulus,
    ) -> Result<usize, Mismatch> {
        let mut previous = outputs(&bench.dut);
        let mut compared = 0;
        for d in &s.drives {
            apply(bench, d);
            bench.settle();
            let before = outputs(&bench.dut);
            if before != previous {
                let (expected, got) = if before.0 != previous.0 {
                    (u64::from(previous.0), u64::from(before.0))
                } else {
                    (previous.1, before.1)
                };
                let cycle = bench.cycles();
                return Err(Mismatch { cycle, port: "register (unchanged before the edge)", drive: *d, expected, got });
            }
            bench.cycle();
            let (spin, word) = outputs(&bench.dut);
            let want = twin.edge(*d);
            let cycle = bench.cycles();
            if let Some(w) = want.spin {
                compared += 1;
                if w != spin {
                    return Err(Mismatch { cycle, port: "rd_spin", drive: *d, expected: w.into(), got: spin.into() });
                }
            }
            if let Some(w) = want.word {
                compared += 1;
                if w != word {
                    return Err(Mismatch { cycle, port: "host_rd_data", drive: *d, expected: w, got: word });
                }
            }
            previous = (spin, word);
        }
        Ok(compared)
    }

    const ICE40_SIZES: (usize, usize, usize) = (ICE40.lanes, spin_channels(&ICE40), spin_positions(&ICE40));

    #[test]
    fn matches_the_twin_every_cycle() {
        let (p, c, n) = ICE40_SIZES;
        let s = stimulus(p, c, n, 40_000);
        // The stimulus exercises what it claims: reads of the word written at the previous edge,
        // back-to-back writes of one word, partial masks.
        let pairs = s.drives.windows(2);
        let same = |a: &Drive, b: &Drive| (a.wr_group, a.wr_pos) == (b.rd_channel / p, b.rd_pos);
        let raw = pairs.clone().filter(|w| w[0].wr_en && !w[1].wr_en && !w[1].host_rd_en && same(&w[0], &w[1])).count();
        let twice =
            pairs.filter(|w| w[0].wr_en && w[1].wr_en && (w[0].wr_group, w[0].wr_pos) == (w[1].wr_group, w[1].wr_pos));
        let partial = s.drives.iter().filter(|d| d.wr_en && d.wr_mask != 0 && d.wr_mask != 0xf).count();
        let twice = twice.count();
        assert!(raw > 1_000 && twice > 1_000 && partial > 3_000, "{raw} {twice} {partial}");
        let mut bench = Bench::new(CheckedIn::default());
        let mut twin = Twin::new(p, c, n, None);
        match run_lockstep(&mut bench, &mut twin, &s) {
            Ok(compared) => assert!(compared > s.drives.len() / 2, "only {compared} port-cycles compared"),
            Err(m) => panic!("SpinMemory differs: {m}"),
        }
        assert_eq!(bench.cycles() as usize, s.drives.len());
    }

    #[test]
    fn scales_to_the_ecp5_lane_count() {
        let (p, c, n) = (ECP5.lanes, SPIN_CHANNELS, SPIN_POSITIONS);
        let mut s = Stimulus::new(p, c, n, 32);
        s.load();
        s.mixed(6_000);
        s.engine(c - 20, 3, 4);
        s.engine(c - 20, 1, 1);
        let mut bench = Bench::new(Ecp5SpinMemory::default());
        let mut twin = Twin::new(p, c, n, None);
        if let Err(m) = run_lockstep(&mut bench, &mut twin, &s) {
            panic!("SpinMemory<32> differs: {m}");
        }
        match verilog::verilator_lint("spin_memory_32", &verilog::verilog_file(Ecp5SpinMemory::default())) {
            verilog::ToolRun::Passed => {}
            verilog::ToolRun::Failed(log) => panic!("verilator rejects SpinMemory<32>:\n{log}"),
            verilog::ToolRun::Missing(tool) => verilog::skip_missing_tool(tool, "lint of SpinMemory<32>"),
        }
    }

    #[test]
    fn planted_bugs_disagree_with_the_dut() {
        let (p, c, n) = ICE40_SIZES;
        let s = stimulus(p, c, n, 4_000);
        for bug in [Planted::IgnoreMask, Planted::GroupOffByOne, Planted::LateWrite] {
            let mut bench = Bench::new(CheckedIn::default());
            let mut twin = Twin::new(p, c, n, Some(bug));
            match run_lockstep(&mut bench, &mut twin, &s) {
                Ok(_) => panic!("the twin with {bug:?} agrees with the DUT: the stimulus cannot see that bug"),
                Err(m) => eprintln!("{bug:?} rejected as expected: {m}"),
            }
        }
    }

    /// Drives one cycle; returns `(rd_spin, host_rd_data)` after the edge.
    fn step(bench: &mut Bench<CheckedIn>, d: Drive) -> (bool, u64) {
        apply(bench, &d);
        bench.cycle();
        outputs(&bench.dut)
    }

    #[test]
    fn known_answers_for_latency_masks_and_read_after_write() {
        // Hand-computed expectations, independent of the twin.
        let mut bench = Bench::new(CheckedIn::default());
        let host_write = |g, pos, data| Drive {
            host_wr_en: true,
            host_group: g,
            host_pos: pos,
            host_data: data,
            ..Drive::default()
        };
        let host_read = |g, pos| Drive { host_rd_en: true, host_group: g, host_pos: pos, ..Drive::default() };
        let read = |c, pos| Drive { rd_channel: c, rd_pos: pos, ..Drive::default() };
        let slot = |g, pos, mask, spins| Drive {
            wr_en: true,
            wr_group: g,
            wr_pos: pos,
            wr_mask: mask,
            wr_spins: spins,
            ..Drive::default()
        };
        step(&mut bench, host_write(3, 63, 0b1010));
        // Read of the word written at the previous edge: forwarded, channel 13 = bit 1 of (3, 63).
        assert!(step(&mut bench, read(13, 63)).0);
        assert!(!step(&mut bench, read(12, 63)).0);
        assert_eq!(step(&mut bench, host_read(3, 63)).1, 0b1010);
        // A slot write of lanes 0 and 2 only: lanes 1 and 3 keep 1 and 1.
        step(&mut bench, slot(3, 63, 0b0101, 0b0001));
        assert_eq!(step(&mut bench, host_read(3, 63)).1, 0b1011);
        // Back-to-back slot writes of one word, then a broadcast read of it the next clock.
        step(&mut bench, slot(3, 63, 0b1000, 0b0000));
        step(&mut bench, slot(3, 63, 0b0010, 0b0000));
        assert!(step(&mut bench, read(12, 63)).0);
        assert_eq!(step(&mut bench, host_read(3, 63)).1, 0b0001);
        // The slot write wins over a host write at the same edge.
        step(
            &mut bench,
            Drive { host_wr_en: true, host_group: 0, host_pos: 0, host_data: 0b1111, ..slot(0, 0, 0b1111, 0b0110) },
        );
        assert_eq!(step(&mut bench, host_read(0, 0)).1, 0b0110);
        // Holding the address holds the outputs.
        assert!(step(&mut bench, read(2, 0)).0);
        assert!(step(&mut bench, read(2, 0)).0);
    }

    #[test]
    fn sizes_follow_the_configuration() {
        assert_eq!((SPIN_CHANNELS, SPIN_POSITIONS), (96, 256));
        assert_eq!(spin_words(ECP5.lanes, SPIN_CHANNELS, SPIN_POSITIONS) * ECP5.lanes, 96 * 16 * 16);
        assert_eq!(spin_words(ICE40_SIZES.0, ICE40_SIZES.1, ICE40_SIZES.2), 4 * 64);
        assert_eq!((CHANNEL_BITS, POS_BITS, GROUP_BITS, HOST_ADDR_BITS), (7, 8, 7, 15));
    }

    /// Replays the stimulus, one line per clock:
    /// `{rd_channel, rd_pos, wr_en, wr_pos, wr_group, wr_mask, wr_spins, host_wr_en, host_rd_en,
    /// host_addr, host_data, care_spin, want_spin, care_word, want_word}`.
    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  localparam P = @P@;
  localparam W = 7 + 8 + 1 + 8 + 7 + P + P + 1 + 1 + 15 + P + 1 + 1 + 1 + P;
  reg clock = 0;
  reg [6:0] rd_channel = 0;
  reg [7:0] rd_pos = 0;
  reg wr_en = 0;
  reg [7:0] wr_pos = 0;
  reg [6:0] wr_group = 0;
  reg [P-1:0] wr_mask = 0;
  reg [P-1:0] wr_spins = 0;
  reg host_wr_en = 0;
  reg host_rd_en = 0;
  reg [14:0] host_addr = 0;
  reg [P-1:0] host_data = 0;
  wire rd_spin;
  wire [P-1:0] host_rd_data;
  reg [W-1:0] vec [0:N-1];
  reg care_spin;
  reg want_spin;
  reg care_word;
  reg [P-1:0] want_word;
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .rd_channel(rd_channel), .rd_pos(rd_pos), .rd_spin(rd_spin), .wr_en(wr_en),
          .wr_pos(wr_pos), .wr_group(wr_group), .wr_mask(wr_mask), .wr_spins(wr_spins),
          .host_wr_en(host_wr_en), .host_rd_en(host_rd_en), .host_addr(host_addr), .host_data(host_data),
          .host_rd_data(host_rd_data));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {rd_channel, rd_pos, wr_en, wr_pos, wr_group, wr_mask, wr_spins, host_wr_en, host_rd_en, host_addr,
       host_data, care_spin, want_spin, care_word, want_word} = vec[i];
      #1 clock = 1;
      #1 clock = 0;
      if (care_spin && rd_spin !== want_spin) begin
        if (errors < 10) $display("MISMATCH cycle %0d port rd_spin: expected %0d, got %0d", i + 1, want_spin, rd_spin);
        errors = errors + 1;
      end
      if (care_word && host_rd_data !== want_word) begin
        if (errors < 10) $display("MISMATCH cycle %0d port host_rd_data: expected %h, got %h", i + 1, want_word, host_rd_data);
        errors = errors + 1;
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    #[test]
    fn generated_verilog_matches_the_twin() {
        let (p, c, n) = ICE40_SIZES;
        let s = stimulus(p, c, n, 40_000);
        let mut twin = Twin::new(p, c, n, None);
        let lines: Vec<String> = s
            .drives
            .iter()
            .map(|&d| {
                let want = twin.edge(d);
                let mut line = VectorLine::default();
                let mut put = |value: u64, width: usize| line.put(value, width);
                put(d.rd_channel as u64, CHANNEL_BITS);
                put(d.rd_pos as u64, POS_BITS);
                put(u64::from(d.wr_en), 1);
                put(d.wr_pos as u64, POS_BITS);
                put(d.wr_group as u64, GROUP_BITS);
                put(d.wr_mask, p);
                put(d.wr_spins, p);
                put(u64::from(d.host_wr_en), 1);
                put(u64::from(d.host_rd_en), 1);
                put(d.host_addr() as u64, HOST_ADDR_BITS);
                put(d.host_data, p);
                put(u64::from(want.spin.is_some()), 1);
                put(u64::from(want.spin.unwrap_or_default()), 1);
                put(u64::from(want.word.is_some()), 1);
                put(want.word.unwrap_or_default(), p);
                line.hex()
            })
            .collect();
        let testbench = REPLAY_TESTBENCH.replace("@N@", &lines.len().to_string()).replace("@P@", &p.to_string());
        verilog::assert_replay_clean("spin_memory", &testbench, &lines.concat());
    }

    #[test]
    fn words_map_to_block_ram() {
        // Checked in (256 x 4 bits = 1 kbit): one iCE40 SB_RAM40_4K.
        match verilog::yosys_cell_counts("spin_memory", "synth_ice40") {
            Ok(cells) => assert_eq!(cells.get("SB_RAM40_4K"), Some(&1), "cells {cells:?}"),
            Err(verilog::ToolRun::Missing(tool)) => verilog::skip_missing_tool(tool, "spin_memory block RAM"),
            Err(e) => panic!("yosys synth_ice40 failed on spin_memory: {e:?}"),
        }
        // ecp5 (768 x 32 bits = 24,576): two DP16KD (1,024 x 18 each, side by side), no per-bit
        // slicing thanks to the read-modify-write.
        let text = verilog::verilog_file(Ecp5SpinMemory::default());
        if let Some(cells) = verilog::synth_cells("spin_memory_32", &text, "synth_ecp5") {
            assert_eq!(cells.get("DP16KD"), Some(&2), "cells {cells:?}");
            eprintln!("SpinMemory<32> on ECP5: {cells:?}");
        }
    }

    crate::verilog_checks!("spin_memory");
}
