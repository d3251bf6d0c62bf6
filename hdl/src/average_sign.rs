//! # `AverageSign`: the chip's average-and-sign readout
//!
//! **Purpose.** The paper's "average-and-sign readout as a native operation" (seed 002, eq. 10): after
//! the burn-in, every output spin's `±1` of every kept sweep is added to a per-spin sum, the output
//! is `sign(sum)` with `sum = 0` reading `+1`, and the mean is `sum / kept`. This unit holds those
//! sums in one block-RAM memory and reads back the sum and its sign. The contract is
//! `thermoblock_sim::chip::model` step 5; the tie rule is `thermoblock_sim::spins::sign`, which the
//! tests use as the software twin's readout.
//!
//! **Sizes** (derived from `thermoblock_sim::chip::config::ECP5`, never restated):
//!
//! * depth [`SUM_DEPTH`] `= max_c2 · max_h · max_w = 96 · 16 · 16 = 24,576` sums, the largest output
//!   layer, addressed by [`SUM_ADDR_BITS`] `= 15` bits (channel-major or any order the controller
//!   likes: the unit only sees addresses);
//! * width [`SUM_BITS`] `= 17` bits two's complement, enough for `±max_sweeps = ±65,535`.
//!
//! **Ports** (`top` in the generated Verilog, `hdl/generated/average_sign.v`):
//!
//! | port      | dir | width | timing |
//! |-----------|-----|-------|--------|
//! | `clock`   | in  | 1     | rising edge |
//! | `clear`   | in  | 1     | sampled at the edge; starts zeroing every sum (ignored while `busy`) |
//! | `acc_en`  | in  | 1     | sampled at the edge: `sum[addr] += spin ? +1 : -1` (ignored while `busy` or with `clear`) |
//! | `addr`    | in  | 15    | address of the accumulation, sampled with `acc_en` |
//! | `spin`    | in  | 1     | `true` = `+1`, sampled with `acc_en` |
//! | `rd_addr` | in  | 15    | read address, sampled at every edge that accepts no accumulation |
//! | `busy`    | out | 1     | high while the clear walks the memory |
//! | `rd_sum`  | out | 17, signed | the sum read at the last edge; valid the cycle after it |
//! | `rd_sign` | out | 1     | `true` = `+1`, i.e. `rd_sum >= 0`; same timing as `rd_sum` |
//!
//! **Accumulation.** One update per clock, fully pipelined: a read-modify-write over two clocks
//! (memory read at the sampling edge, `±1` and write at the next) with the value written at the
//! previous edge forwarded to the adder, so the same address may be accumulated on consecutive
//! clocks and no update is lost. An accumulation sampled at edge `e` is visible to every read or
//! accumulation sampled at edge `e + 1` or later. Addresses must be below [`SUM_DEPTH`] (addresses
//! beyond it are outside the contract: the block RAMs may alias them). A sum holds `-65,536 ..= 65,535` and wraps
//! outside; at most `max_sweeps = 65,535` accumulations per address between clears (the sweep
//! counter's range) keep it in range.
//!
//! **Read latency: 1 clock.** The memory has one read port, shared: at an edge that accepts an
//! accumulation it reads `addr` (and `rd_sum` then shows that sum *before* the update), at any other
//! edge it reads `rd_addr`. A read reflects every accumulation accepted at earlier edges. The readout
//! happens after the run, when no accumulation competes for the port; one sum per clock.
//!
//! **Clear: [`SUM_DEPTH`] clocks.** `clear` sampled at edge `t` (with `busy` low) raises `busy` after
//! that edge; the unit then writes 0 to address `k` at edge `t + 1 + k` and lowers `busy` after edge
//! `t + SUM_DEPTH`: `busy` is high for exactly `SUM_DEPTH = 24,576` clocks (246 µs at 100 MHz). An
//! accumulation accepted at edge `t - 1` still lands before the clear erases it. While `busy`,
//! `acc_en` and `clear` are ignored and reads are **unspecified**: `rd_sum`/`rd_sign` after an edge
//! that sampled `rd_addr` with `busy` high may be anything (the memory is marked `no_rw_check`, so a
//! read of the address being zeroed at that same edge is a block-RAM collision; both simulators
//! happen to return the old word). Read once `busy` is low.
//!
//! **Throughput.** One spin per clock. A slot of the sweep engine yields up to `lanes = 32` output
//! spins and lasts `C1 · k² + PIPELINE_LATENCY` clocks, so the engine needs a buffer (or a stall)
//! whenever that is under 32 clocks (e.g. `C1 · k² < 28`); banking the sums by lane would remove
//! the limit at the same 24 block RAMs' worth of bits.
//!
//! **Resources** (Yosys 0.23 `synth_ecp5`, checked by `sums_map_to_block_ram`): 24 DP16KD, 405 LUT4,
//! 100 PFUMX, 53 L6MUX21, 26 CCU2C, 70 FF; most of the logic is the 24-way read multiplexer.
//!
//! **Burn-in and means.** Burn-in gating is the controller's: it simply does not assert `acc_en`
//! during burn-in sweeps, so the sums hold only kept sweeps. The mean `sum / kept` is the host's
//! division (`kept = sweeps - burn_in`), not done here.
//!
//! **Reset.** None. The control registers power up as 0 (`busy` low, no accumulation in flight),
//! the `initial` value FPGA tools honour; the sums are undefined at power-up (no `initial` block), so
//! the controller clears once before the first run (and before every run).

use rust_hdl::prelude::*;
use thermoblock_sim::chip::config::ECP5;

use crate::testbench::Clocked;

/// Sums held: the largest output layer of the `ecp5` configuration, `max_c2 · max_h · max_w`.
pub const SUM_DEPTH: usize = ECP5.max_c2 * ECP5.max_h * ECP5.max_w;
/// Address bits of the sum memory.
pub const SUM_ADDR_BITS: usize = clog2(SUM_DEPTH);
/// Bits of a sum, two's complement: `max_sweeps` magnitude bits plus the sign.
pub const SUM_BITS: usize = (u32::BITS - ECP5.max_sweeps.leading_zeros() + 1) as usize;

// A sum holds ±max_sweeps, and the addresses reach every sum with no spare address bit.
const _: () = assert!((ECP5.max_sweeps as u64) < 1 << (SUM_BITS - 1));
const _: () = assert!(SUM_DEPTH <= 1 << SUM_ADDR_BITS && SUM_DEPTH > 1 << (SUM_ADDR_BITS - 1));

/// An address of the sum memory.
type Address = Bits<SUM_ADDR_BITS>;
/// A stored sum: the two's-complement bit pattern (arithmetic on it wraps like the signed sum).
type Sum = Bits<SUM_BITS>;
/// A bit position in a sum.
type SumBitIndex = Bits<{ clog2(SUM_BITS) }>;

/// The sum memory: `SUM_DEPTH` words of `SUM_BITS`, one synchronous read port and one write port
/// on the same clock. A read at the edge that writes the same address returns an **unspecified**
/// word on the FPGA (`(* no_rw_check *)`: Yosys then adds no read-first emulation, which cost 51 FFs
/// and 161 LUT4s); the simulation model and Verilator return the old word. `AverageSign` never
/// depends on it: an accumulation's read-after-write is forwarded, and reads while clearing are
/// unspecified by contract. rust-hdl's `RAM` would declare `2^SUM_ADDR_BITS = 32,768` words (32 ECP5
/// block RAMs instead of 24), so this is that widget with the exact depth.
#[derive(LogicBlock)]
pub struct SumMemory {
    pub clock: Signal<In, Clock>,
    pub read_address: Signal<In, Address>,
    /// `mem[read_address]` as it was before the edge that sampled `read_address`.
    pub read_data: Signal<Out, Sum>,
    pub write_address: Signal<In, Address>,
    pub write_data: Signal<In, Sum>,
    pub write_enable: Signal<In, bool>,
    /// The simulation's contents (power-up zeros; the Verilog has no initial values).
    _sim: Vec<Sum>,
}

impl Default for SumMemory {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _sim: vec![Sum::default(); SUM_DEPTH],
        }
    }
}

impl Logic for SumMemory {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let read = self.read_address.val().index();
            self.read_data.next = self._sim.get(read).copied().unwrap_or_default();
            let write = self.write_address.val().index();
            if self.write_enable.val() && write < SUM_DEPTH {
                self._sim[write] = self.write_data.val();
            }
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
(* no_rw_check *) reg [{msb}:0] mem [0:{last}];

always @(posedge clock) begin
   read_data <= mem[read_address];
   if (write_enable) begin
      mem[write_address] <= write_data;
   end
end
",
            msb = SUM_BITS - 1,
            last = SUM_DEPTH - 1,
        ))
    }
}

/// The average-and-sign readout. See the module documentation for ports and timing.
#[derive(LogicBlock)]
pub struct AverageSign {
    pub clock: Signal<In, Clock>,
    /// Zero every sum (`SUM_DEPTH` clocks, see `busy`).
    pub clear: Signal<In, bool>,
    /// Accumulate `spin` into `sum[addr]`.
    pub acc_en: Signal<In, bool>,
    pub addr: Signal<In, Address>,
    /// `true` = +1.
    pub spin: Signal<In, bool>,
    /// Read address (used at edges that accept no accumulation).
    pub rd_addr: Signal<In, Address>,
    /// A clear is in progress.
    pub busy: Signal<Out, bool>,
    /// The sum read at the last edge.
    pub rd_sum: Signal<Out, Signed<SUM_BITS>>,
    /// `rd_sum >= 0`: the output spin, `true` = +1 (ties read +1).
    pub rd_sign: Signal<Out, bool>,
    sums: SumMemory,
    /// The clear walk is running.
    busy_reg: DFF<bool>,
    /// The next address the clear walk zeroes.
    clear_ptr: DFF<Address>,
    /// Stage 1: an accumulation is being read.
    acc_valid: DFF<bool>,
    /// Stage 1: the address read at the last edge (accumulation or readout).
    read_addr: DFF<Address>,
    /// Stage 1: the accumulation's spin.
    acc_spin: DFF<bool>,
    /// Stage 2: an accumulation was written at the last edge (the forwarding register's valid bit).
    written_valid: DFF<bool>,
    written_addr: DFF<Address>,
    written_sum: DFF<Sum>,
    /// `acc_en` and neither `busy` nor `clear`.
    accept: Signal<Local, bool>,
    /// The memory's read address this cycle.
    read_select: Signal<Local, Address>,
    /// The current sum at `read_addr`: the memory word, or the word written at the last edge.
    current: Signal<Local, Sum>,
    /// `current ± 1`.
    updated: Signal<Local, Sum>,
    one: Constant<Sum>,
    zero: Constant<Sum>,
    first_address: Constant<Address>,
    last_address: Constant<Address>,
    address_step: Constant<Address>,
    /// `SUM_BITS - 1`, the sign bit's position.
    sign_bit: Constant<SumBitIndex>,
}

impl Default for AverageSign {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            clear: Default::default(),
            acc_en: Default::default(),
            addr: Default::default(),
            spin: Default::default(),
            rd_addr: Default::default(),
            busy: Default::default(),
            rd_sum: Default::default(),
            rd_sign: Default::default(),
            sums: Default::default(),
            busy_reg: Default::default(),
            clear_ptr: Default::default(),
            acc_valid: Default::default(),
            read_addr: Default::default(),
            acc_spin: Default::default(),
            written_valid: Default::default(),
            written_addr: Default::default(),
            written_sum: Default::default(),
            accept: Default::default(),
            read_select: Default::default(),
            current: Default::default(),
            updated: Default::default(),
            one: Constant::new(1usize.to_bits()),
            zero: Constant::new(0usize.to_bits()),
            first_address: Constant::new(0usize.to_bits()),
            last_address: Constant::new((SUM_DEPTH - 1).to_bits()),
            address_step: Constant::new(1usize.to_bits()),
            sign_bit: Constant::new((SUM_BITS - 1).to_bits()),
        }
    }
}

impl Logic for AverageSign {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, sums);
        dff_setup!(
            self,
            clock,
            busy_reg,
            clear_ptr,
            acc_valid,
            read_addr,
            acc_spin,
            written_valid,
            written_addr,
            written_sum
        );
        // Stage 1 (sampling edge): accept, and read `addr` for an accumulation, else `rd_addr`.
        self.accept.next = self.acc_en.val() & !self.busy_reg.q.val() & !self.clear.val();
        self.read_select.next = self.rd_addr.val();
        if self.accept.val() {
            self.read_select.next = self.addr.val();
        }
        self.sums.read_address.next = self.read_select.val();
        self.acc_valid.d.next = self.accept.val();
        self.read_addr.d.next = self.read_select.val();
        self.acc_spin.d.next = self.spin.val();
        // Stage 2 (next edge): the memory word misses only the write of the edge that read it, which
        // the forwarding register holds; add ±1 and write back.
        self.current.next = self.sums.read_data.val();
        if self.written_valid.q.val() & (self.written_addr.q.val() == self.read_addr.q.val()) {
            self.current.next = self.written_sum.q.val();
        }
        self.updated.next = self.current.val() - self.one.val();
        if self.acc_spin.q.val() {
            self.updated.next = self.current.val() + self.one.val();
        }
        self.sums.write_enable.next = self.acc_valid.q.val();
        self.sums.write_address.next = self.read_addr.q.val();
        self.sums.write_data.next = self.updated.val();
        self.written_valid.d.next = self.acc_valid.q.val();
        self.written_addr.d.next = self.read_addr.q.val();
        self.written_sum.d.next = self.updated.val();
        // The clear walk owns the write port while busy (no accumulation is accepted then, so none
        // is in stage 2 after the first busy edge).
        if self.busy_reg.q.val() {
            self.sums.write_enable.next = true;
            self.sums.write_address.next = self.clear_ptr.q.val();
            self.sums.write_data.next = self.zero.val();
            self.clear_ptr.d.next = self.clear_ptr.q.val() + self.address_step.val();
            if self.clear_ptr.q.val() == self.last_address.val() {
                self.busy_reg.d.next = false;
            }
        } else if self.clear.val() {
            self.busy_reg.d.next = true;
            self.clear_ptr.d.next = self.first_address.val();
        }
        // Outputs: all from registers (no combinational path from an input).
        self.busy.next = self.busy_reg.q.val();
        self.rd_sum.next = signed_cast(self.current.val());
        self.rd_sign.next = !self.current.val().get_bit(self.sign_bit.val().index());
    }
}

impl Clocked for AverageSign {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use crate::testbench::Stream;
    use std::fmt;

    use rust_hdl::prelude::*;
    use thermoblock_sim::chip::config::ECP5;
    use thermoblock_sim::spins::sign;

    use super::{AverageSign, SUM_ADDR_BITS, SUM_BITS, SUM_DEPTH};
    use crate::testbench::Bench;
    use crate::verilog;

    /// The port values driven in one cycle.
    #[derive(Clone, Copy, Debug, Default)]
    struct Drive {
        clear: bool,
        acc_en: bool,
        addr: usize,
        spin: bool,
        rd_addr: usize,
    }

    /// The outputs after an edge.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    struct Outputs {
        busy: bool,
        rd_sum: i64,
        rd_sign: bool,
    }

    /// What the contract says after an edge: `busy` always; the read only if it was sampled with
    /// `busy` low (reads while clearing are unspecified).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct Expected {
        busy: bool,
        read: Option<(i64, bool)>,
    }

    impl Expected {
        fn matches(&self, o: &Outputs) -> bool {
            o.busy == self.busy && self.read.is_none_or(|r| r == (o.rd_sum, o.rd_sign))
        }
    }

    /// What the DUT and the twin disagreed on.
    #[derive(Debug)]
    struct Mismatch {
        cycle: u64,
        drive: Drive,
        expected: String,
        got: Outputs,
    }

    impl fmt::Display for Mismatch {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "cycle {} (inputs {:?}): expected {}, got {:?}", self.cycle, self.drive, self.expected, self.got)
        }
    }

    /// Bugs planted in the twin, to show the tests can tell them from the DUT.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Planted {
        /// `sign(0) = -1`: the tie read the wrong way.
        TieReadsMinus,
        /// No forwarding of the last edge's write: an accumulation (or read) of the address
        /// accumulated at the previous edge sees the sum before that update, which is then lost.
        NoForward,
    }

    /// The software twin: the port contract in plain Rust. Sums update at the edge that accepts
    /// the accumulation; a read returns the sum as of all earlier edges; the clear zeroes address
    /// `k` at the `k + 1`-th edge after the one that accepted it. The sign is the project's tie rule,
    /// `thermoblock_sim::spins::sign`.
    struct Twin {
        sums: Vec<i64>,
        busy: bool,
        clear_next: usize,
        planted: Option<Planted>,
        /// The address accumulated at the previous edge and its sum before that update.
        last: Option<(usize, i64)>,
    }

    impl Twin {
        /// Powers up as the simulation does: every sum 0, not busy.
        fn new(planted: Option<Planted>) -> Self {
            Self { sums: vec![0; SUM_DEPTH], busy: false, clear_next: 0, planted, last: None }
        }

        fn edge(&mut self, d: Drive) -> Expected {
            let was_busy = self.busy;
            let accept = d.acc_en && !self.busy && !d.clear;
            let read_addr = if accept { d.addr } else { d.rd_addr };
            let mut current = self.sums[read_addr];
            let last = self.last.take();
            if self.planted == Some(Planted::NoForward)
                && let Some((a, before)) = last
                && a == read_addr
            {
                current = before;
            }
            if accept {
                self.last = Some((d.addr, current));
                let sum = current + if d.spin { 1 } else { -1 };
                assert!(sum.abs() <= i64::from(ECP5.max_sweeps), "the stimulus overflows a sum at {}", d.addr);
                self.sums[d.addr] = sum;
            }
            if self.busy {
                self.sums[self.clear_next] = 0;
                self.clear_next += 1;
                self.busy = self.clear_next < SUM_DEPTH;
            } else if d.clear {
                self.busy = true;
                self.clear_next = 0;
            }
            let rd_sign = match self.planted {
                Some(Planted::TieReadsMinus) => current > 0,
                _ => sign(current as f32) == 1,
            };
            Expected { busy: self.busy, read: (!was_busy).then_some((current, rd_sign)) }
        }
    }

    fn outputs(dut: &AverageSign) -> Outputs {
        let raw = unsigned_cast(dut.rd_sum.val()).to_u64() as i64;
        let shift = i64::BITS as usize - SUM_BITS;
        Outputs { busy: dut.busy.val(), rd_sum: raw << shift >> shift, rd_sign: dut.rd_sign.val() }
    }

    /// Drives `bench` and `twin` with the same inputs, comparing every output after every edge, and
    /// checking before each edge that the new inputs have not reached the outputs (all registered).
    fn run_lockstep(bench: &mut Bench<AverageSign>, twin: &mut Twin, drives: &[Drive]) -> Result<(), Mismatch> {
        let mut previous = outputs(&bench.dut);
        for &d in drives {
            bench.dut.clear.next = d.clear;
            bench.dut.acc_en.next = d.acc_en;
            bench.dut.addr.next = d.addr.to_bits();
            bench.dut.spin.next = d.spin;
            bench.dut.rd_addr.next = d.rd_addr.to_bits();
            bench.settle();
            let before = outputs(&bench.dut);
            if before != previous {
                let expected = format!("{previous:?} (unchanged before the edge)");
                return Err(Mismatch { cycle: bench.cycles(), drive: d, expected, got: before });
            }
            bench.cycle();
            let expected = twin.edge(d);
            let got = outputs(&bench.dut);
            if !expected.matches(&got) {
                return Err(Mismatch { cycle: bench.cycles(), drive: d, expected: format!("{expected:?}"), got });
            }
            previous = got;
        }
        Ok(())
    }

    /// Builds stimulus phase by phase.
    struct Stimulus {
        drives: Vec<Drive>,
        rng: Stream,
    }

    impl Stimulus {
        fn acc(addr: usize, spin: bool) -> Drive {
            Drive { acc_en: true, addr, spin, ..Drive::default() }
        }
        fn read(rd_addr: usize) -> Drive {
            Drive { rd_addr, ..Drive::default() }
        }

        /// `clear` (with a competing accumulation, which must be ignored), then the `SUM_DEPTH`
        /// busy cycles with random accumulations, clears and reads: the first two must be ignored,
        /// the reads are unspecified (not compared).
        fn clear(&mut self) {
            let mut first = Self::acc(self.rng.below(SUM_DEPTH), true);
            first.clear = true;
            self.drives.push(first);
            for _ in 0..SUM_DEPTH {
                let r = &mut self.rng;
                let d = Drive {
                    clear: r.chance(5),
                    acc_en: r.chance(30),
                    addr: r.below(SUM_DEPTH),
                    spin: r.chance(50),
                    rd_addr: r.below(SUM_DEPTH),
                };
                self.drives.push(d);
            }
        }

        /// `n` cycles over a pool of addresses: accumulations (half of them on the address of the
        /// previous one, so back-to-back hazards are common), reads and idle cycles.
        fn random(&mut self, pool: &[usize], n: usize) {
            let mut last = pool[0];
            for _ in 0..n {
                let r = &mut self.rng;
                let addr = if r.chance(50) { last } else { pool[r.below(pool.len())] };
                let d = match r.below(10) {
                    0..=5 => {
                        last = addr;
                        Self::acc(addr, r.chance(50))
                    }
                    6..=8 => Self::read(addr),
                    _ => Drive { addr, rd_addr: pool[r.below(pool.len())], ..Drive::default() },
                };
                self.drives.push(d);
            }
        }

        /// `n` back-to-back accumulations of `spin` on `addr`, then a read of it.
        fn run(&mut self, addr: usize, spin: bool, n: usize) {
            self.drives.extend(std::iter::repeat_n(Self::acc(addr, spin), n));
            self.drives.push(Self::read(addr));
        }
    }

    /// Addresses the random phases use: both ends of the memory and a few in between.
    const POOL: [usize; 8] = [0, 1, 2, 95, 4096, 12_345, SUM_DEPTH - 2, SUM_DEPTH - 1];

    /// The stimulus of the lockstep and replay tests (about 230,000 cycles).
    fn stimulus() -> Vec<Drive> {
        let mut s = Stimulus { drives: Vec::new(), rng: Stream(0xA5E5) };
        s.clear();
        s.random(&POOL, 20_000);
        POOL.iter().for_each(|&a| s.drives.push(Stimulus::read(a)));
        // The full range: +max_sweeps and -max_sweeps, every update back to back on one address
        // (addresses outside the pool, so they start at 0).
        let g = ECP5.max_sweeps as usize;
        s.run(SUM_DEPTH - 3, true, g);
        s.run(3, false, g);
        // A net-zero address (reads +1) and a -1 address.
        s.run(7, true, 3);
        s.run(7, false, 3);
        s.run(8, false, 1);
        // An accumulation at the edge before the clear lands and is then erased; read everything.
        s.drives.push(Stimulus::acc(9, true));
        s.clear();
        (0..SUM_DEPTH).for_each(|a| s.drives.push(Stimulus::read(a)));
        s.random(&POOL, 2_000);
        s.drives
    }

    #[test]
    fn matches_the_twin_every_cycle() {
        let drives = stimulus();
        // The stimulus exercises what it claims: same-address accumulations on consecutive edges
        // (outside the busy windows, where they are accepted) and reads of zero sums.
        let hazards = drives.windows(2).filter(|w| w[0].acc_en && w[1].acc_en && w[0].addr == w[1].addr).count();
        assert!(hazards > 2 * ECP5.max_sweeps as usize, "{hazards} back-to-back pairs");
        let mut bench = Bench::new(AverageSign::default());
        let mut twin = Twin::new(None);
        if let Err(m) = run_lockstep(&mut bench, &mut twin, &drives) {
            panic!("AverageSign differs from the software twin: {m}");
        }
        assert_eq!(bench.cycles() as usize, drives.len());
    }

    #[test]
    fn planted_bugs_disagree_with_the_dut() {
        let drives = stimulus();
        for bug in [Planted::TieReadsMinus, Planted::NoForward] {
            let mut bench = Bench::new(AverageSign::default());
            let mut twin = Twin::new(Some(bug));
            match run_lockstep(&mut bench, &mut twin, &drives) {
                Ok(()) => panic!("the twin with {bug:?} agrees with the DUT: the stimulus cannot see that bug"),
                Err(m) => eprintln!("{bug:?} rejected as expected: {m}"),
            }
        }
    }

    /// Drives one cycle without a twin; returns the outputs after the edge.
    fn step(bench: &mut Bench<AverageSign>, d: Drive) -> Outputs {
        bench.dut.clear.next = d.clear;
        bench.dut.acc_en.next = d.acc_en;
        bench.dut.addr.next = d.addr.to_bits();
        bench.dut.spin.next = d.spin;
        bench.dut.rd_addr.next = d.rd_addr.to_bits();
        bench.cycle();
        outputs(&bench.dut)
    }

    #[test]
    fn known_answers_for_hazards_ties_and_the_full_range() {
        // Hand-computed expectations, independent of the twin.
        let mut bench = Bench::new(AverageSign::default());
        let clear = Drive { clear: true, ..Drive::default() };
        assert!(step(&mut bench, clear).busy);
        let busy_cycles = 1 + (0..2 * SUM_DEPTH).take_while(|_| step(&mut bench, Drive::default()).busy).count();
        assert_eq!(busy_cycles, SUM_DEPTH, "busy must last exactly SUM_DEPTH clocks");
        let acc = Stimulus::acc;
        let read = |bench: &mut Bench<AverageSign>, a| step(bench, Stimulus::read(a));
        // +1 three times back to back, then -1: 2. Read on the very next edge (forwarded).
        for spin in [true, true, true, false] {
            step(&mut bench, acc(7, spin));
        }
        assert_eq!(read(&mut bench, 7), Outputs { busy: false, rd_sum: 2, rd_sign: true });
        // Alternating addresses: 7 +1 +1 (4), 8 +1 +1 (2).
        for a in [7, 8, 7, 8] {
            step(&mut bench, acc(a, true));
        }
        assert_eq!(read(&mut bench, 8).rd_sum, 2);
        assert_eq!(read(&mut bench, 7).rd_sum, 4);
        // Ties read +1; -1 reads -1.
        step(&mut bench, acc(10, true));
        step(&mut bench, acc(10, false));
        step(&mut bench, acc(11, false));
        assert_eq!(read(&mut bench, 10), Outputs { busy: false, rd_sum: 0, rd_sign: true });
        assert_eq!(read(&mut bench, 11), Outputs { busy: false, rd_sum: -1, rd_sign: false });
        // The full range of a sum: max_sweeps of +1 and of -1.
        let g = i64::from(ECP5.max_sweeps);
        for (a, spin) in [(SUM_DEPTH - 1, true), (0, false)] {
            for _ in 0..g {
                step(&mut bench, acc(a, spin));
            }
        }
        assert_eq!(read(&mut bench, SUM_DEPTH - 1), Outputs { busy: false, rd_sum: g, rd_sign: true });
        assert_eq!(read(&mut bench, 0), Outputs { busy: false, rd_sum: -g, rd_sign: false });
    }

    #[test]
    fn sizes_follow_the_configuration() {
        assert_eq!(SUM_DEPTH, 96 * 16 * 16);
        assert_eq!(SUM_ADDR_BITS, 15);
        assert_eq!(SUM_BITS, 17);
        // The ranges themselves are checked at compile time beside the constants.
    }

    /// Replays the stimulus, one `{clear, acc_en, spin, addr, rd_addr, care, busy, rd_sign, rd_sum}`
    /// line per clock; the read is compared only where `care` is set (read sampled with `busy` low).
    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  localparam A = @A@;
  localparam S = @S@;
  localparam W = 3 + 2 * A + 3 + S;
  reg clock = 0;
  reg clear = 0;
  reg acc_en = 0;
  reg spin = 0;
  reg [A-1:0] addr = 0;
  reg [A-1:0] rd_addr = 0;
  wire busy;
  wire rd_sign;
  wire signed [S-1:0] rd_sum;
  reg [W-1:0] vec [0:N-1];
  reg [S+1:0] want;
  reg care;
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .clear(clear), .acc_en(acc_en), .addr(addr), .spin(spin), .rd_addr(rd_addr),
          .busy(busy), .rd_sum(rd_sum), .rd_sign(rd_sign));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {clear, acc_en, spin, addr, rd_addr, care, want} = vec[i];
      #1 clock = 1;
      #1 clock = 0;
      if (busy !== want[S+1] || (care && {rd_sign, rd_sum} !== want[S:0])) begin
        if (errors < 10) $display("MISMATCH cycle %0d: expected busy %0d sign %0d sum %0d, got busy %0d sign %0d sum %0d",
                                  i + 1, want[S+1], want[S], $signed(want[S-1:0]), busy, rd_sign, rd_sum);
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
        let drives = stimulus();
        let mut twin = Twin::new(None);
        let sum_mask = (1u128 << SUM_BITS) - 1;
        let lines: Vec<String> = drives
            .iter()
            .map(|&d| {
                let e = twin.edge(d);
                let (rd_sum, rd_sign) = e.read.unwrap_or_default();
                let mut word = 0u128;
                for (value, bits) in [
                    (u128::from(d.clear), 1),
                    (u128::from(d.acc_en), 1),
                    (u128::from(d.spin), 1),
                    (d.addr as u128, SUM_ADDR_BITS),
                    (d.rd_addr as u128, SUM_ADDR_BITS),
                    (u128::from(e.read.is_some()), 1),
                    (u128::from(e.busy), 1),
                    (u128::from(rd_sign), 1),
                    (rd_sum as u128 & sum_mask, SUM_BITS),
                ] {
                    word = word << bits | value;
                }
                format!("{word:x}\n")
            })
            .collect();
        let testbench = REPLAY_TESTBENCH
            .replace("@N@", &lines.len().to_string())
            .replace("@A@", &SUM_ADDR_BITS.to_string())
            .replace("@S@", &SUM_BITS.to_string());
        verilog::assert_replay_clean("average_sign", &testbench, &lines.concat());
    }

    #[test]
    fn sums_map_to_block_ram() {
        // 24,576 x 17 bits is 24 ECP5 DP16KD (1,024 x 18 each); the rest (forwarding, clear walk,
        // the read mux over 24 blocks) stays small: measured 405 LUT4 and 70 FF with Yosys 0.23.
        // Without `no_rw_check` Yosys would add read-first emulation (121 FF), which this catches.
        let cells = match verilog::yosys_cell_counts("average_sign", "synth_ecp5") {
            Ok(cells) => cells,
            Err(verilog::ToolRun::Missing(tool)) => return verilog::skip_missing_tool(tool, "average_sign block RAM"),
            Err(e) => panic!("yosys synth_ecp5 failed on average_sign: {e:?}"),
        };
        let rams = SUM_DEPTH.div_ceil(1024) as u64;
        assert_eq!(cells.get("DP16KD"), Some(&rams), "expected {rams} x DP16KD; cells {cells:?}");
        let luts = cells.get("LUT4").copied().unwrap_or(0);
        let ffs = cells.get("TRELLIS_FF").copied().unwrap_or(0);
        assert!(luts < 600 && ffs < 100, "{luts} LUT4, {ffs} FF: the sums went to logic? cells {cells:?}");
    }

    crate::verilog_checks!("average_sign");
}
