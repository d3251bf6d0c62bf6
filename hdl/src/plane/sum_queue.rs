//! # `SumQueue`: one column's sums, from the array's order into raster order
//!
//! **Purpose.** The PE array finishes a group's sums one ring position `x` a cycle, all grid rows
//! at once; the column's decision unit takes them one a cycle in raster order `p = r·W + x`
//! (docs/ARCHITECTURE.md, "The plane engine"; the order is `PlaneSchedule::decisions`). In the
//! contract's timing a group's decisions run back to back from the cycle its position 0 arrives,
//! so row 0 is decided in the very cycle it arrives and rows `r ≥ 1` wait `r·W` cycles. The queue
//! stores rows `1 ..= ROWS − 1` of each arriving position and passes row 0 straight through.
//!
//! **Ports** (`top` in the generated Verilog, `hdl/generated/plane_sum_queue.v`):
//!
//! | port       | dir | width       | timing |
//! |------------|-----|-------------|--------|
//! | `clock`    | in  | 1           | rising edge |
//! | `arrive`   | in  | 1           | the sums of ring position `x` are on `sums`: rows `1..` stored at the edge |
//! | `x`        | in  | 4           | the arriving position, `< W` |
//! | `sums`     | in  | 14 x 19     | row `r`'s sum at bits `[19·r +: 19]`, two's complement |
//! | `want`     | in  | 1           | show `(want_row, want_x)` on `sum` during the next cycle |
//! | `want_row` | in  | 4           | `< ROWS` |
//! | `want_x`   | in  | 4           | `< W` |
//! | `sum`      | out | 19          | the sum asked for at the last edge: row 0 is `sums`' row 0 of this cycle (ask for it the cycle before it arrives); row `r ≥ 1` the one stored when `(r, want_x)` arrived |
//!
//! A stored sum may be asked for from the edge after the one at which it is written until the
//! edge before the next arrival at its position overwrites it; row 1 also at the very edge that
//! writes it (forwarded: on a one-column grid, position `(1, 0)` is asked for then, and in raster
//! order no other row can be, since that needs `r·W = 1`). The engine's schedule keeps both:
//! a group's `H·W` decisions end before the next group's sums arrive (`H·W ≤ S`).
//!
//! **Storage.** One memory of [`RING`] words (one per ring position) of `(ROWS − 1) · 19` bits,
//! written whole and read whole ([`BlockRam`]: synchronous read, so the address goes in one edge
//! ahead), and a row multiplexer: about 3.7 kbit a column, LUT RAM on the ECP5.
//!
//! **Latency.** `want` at edge `t`, `sum` during the cycle after `t`. Fully pipelined.
//!
//! **Reset.** None: contents are undefined until written; nothing reads them before.

use rust_hdl::prelude::*;

use crate::chip::block_ram::BlockRam;
use crate::plane::decision::SUM_BITS;
use crate::testbench::Clocked;

use crate::plane::array::{RING, ROWS};
/// Bits of a row or position index.
pub const INDEX_BITS: usize = 4;
/// A column of sums, every row.
pub const COLUMN_BITS: usize = ROWS * SUM_BITS;
/// The stored part of a column: rows `1 ..= ROWS − 1`.
const STORED_BITS: usize = COLUMN_BITS - SUM_BITS;
/// Rows stored: all but row 0.
const STORED_ROWS: usize = ROWS - 1;
/// Bits of a row's offset in the stored word.
const OFFSET_BITS: usize = clog2(STORED_BITS);

const _: () = assert!(ROWS <= 1 << INDEX_BITS && RING <= 1 << INDEX_BITS);

/// One column's sum queue. See the module documentation.
#[derive(LogicBlock)]
pub struct SumQueue {
    pub clock: Signal<In, Clock>,
    pub arrive: Signal<In, bool>,
    pub x: Signal<In, Bits<INDEX_BITS>>,
    pub sums: Signal<In, Bits<COLUMN_BITS>>,
    pub want: Signal<In, bool>,
    pub want_row: Signal<In, Bits<INDEX_BITS>>,
    pub want_x: Signal<In, Bits<INDEX_BITS>>,
    pub sum: Signal<Out, Bits<SUM_BITS>>,
    memory: BlockRam<RING, INDEX_BITS, STORED_BITS>,
    /// The row asked for at the last edge.
    row_q: DFF<Bits<INDEX_BITS>>,
    /// The last edge wrote the word it read: show the written row. Only row 1 can be asked for
    /// at the edge that stores it (`r·W = 1`), so only row 1 is kept.
    forward_q: DFF<bool>,
    written_q: DFF<Bits<SUM_BITS>>,
    /// Stored row `k`'s index, `k + 1`, for the row multiplexer.
    row_index: [Constant<Bits<INDEX_BITS>>; STORED_ROWS],
    /// Stored row `k`'s offset in the stored word, `19·k`.
    row_offset: [Constant<Bits<OFFSET_BITS>>; STORED_ROWS],
    row_lsb: Constant<Bits<{ clog2(COLUMN_BITS) }>>,
    stored_lsb: Constant<Bits<{ clog2(COLUMN_BITS) }>>,
}

impl Default for SumQueue {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            arrive: Default::default(),
            x: Default::default(),
            sums: Default::default(),
            want: Default::default(),
            want_row: Default::default(),
            want_x: Default::default(),
            sum: Default::default(),
            memory: Default::default(),
            row_q: Default::default(),
            forward_q: Default::default(),
            written_q: Default::default(),
            row_index: std::array::from_fn(|k| Constant::new((k as u64 + 1).to_bits())),
            row_offset: std::array::from_fn(|k| Constant::new(((SUM_BITS * k) as u64).to_bits())),
            row_lsb: Constant::new(0u64.to_bits()),
            stored_lsb: Constant::new((SUM_BITS as u64).to_bits()),
        }
    }
}

impl Logic for SumQueue {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, memory);
        dff_setup!(self, clock, row_q, forward_q, written_q);
        // Rows 1.. of the arriving position, stored at its ring position.
        self.memory.write_enable.next = self.arrive.val();
        self.memory.write_address.next = self.x.val();
        self.memory.write_data.next = self.sums.val().get_bits::<STORED_BITS>(self.stored_lsb.val().index());
        // The request: the word at want_x (read address one edge ahead); row 1 forwarded if it is
        // written at the same edge.
        self.memory.read_address.next = self.want_x.val();
        self.row_q.d.next = self.want_row.val();
        self.forward_q.d.next = self.want.val()
            & self.arrive.val()
            & (self.x.val() == self.want_x.val())
            & (self.want_row.val() == self.row_index[0].val());
        self.written_q.d.next = self.sums.val().get_bits::<SUM_BITS>(self.stored_lsb.val().index());
        // Row 0 passes through; rows 1.. come from the stored word, one multiplexer input each.
        self.sum.next = self.sums.val().get_bits::<SUM_BITS>(self.row_lsb.val().index());
        for k in 0..STORED_ROWS {
            if self.row_q.q.val() == self.row_index[k].val() {
                self.sum.next = self.memory.read_data.val().get_bits::<SUM_BITS>(self.row_offset[k].val().index());
            }
        }
        if self.forward_q.q.val() {
            self.sum.next = self.written_q.q.val();
        }
    }
}

impl Clocked for SumQueue {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use rust_hdl::prelude::*;

    use super::{COLUMN_BITS, INDEX_BITS, ROWS, SumQueue};
    use crate::flow::verilog;
    use crate::plane::decision::SUM_BITS;
    use crate::testbench::{Bench, Stream, VectorLine};

    /// One cycle's inputs, and whether `sum` must show a requested value in it.
    #[derive(Clone, Debug, Default)]
    struct Drive {
        arrive: bool,
        x: usize,
        sums: Vec<u64>,
        want: bool,
        want_row: usize,
        want_x: usize,
    }

    /// How the golden model answers: the contract, or a planted bug.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Twin {
        Contract,
        /// A sum asked for at the edge that stores it reads the old word.
        NoForwarding,
    }

    /// The sum each cycle must show (`None` where no request was made the cycle before).
    fn expectations(twin: Twin, drives: &[Drive]) -> Vec<Option<u64>> {
        let mut store = vec![vec![0u64; ROWS]; 16];
        let mut out = Vec::with_capacity(drives.len());
        let mut asked: Option<(usize, usize)> = None;
        let mut stale: Option<Vec<u64>> = None;
        for d in drives {
            out.push(asked.map(|(r, x)| match (r, &stale) {
                (0, _) => d.sums[0],
                (_, Some(old)) if twin == Twin::NoForwarding => old[r],
                _ => store[x][r],
            }));
            stale = None;
            if d.arrive {
                if d.want && d.want_x == d.x {
                    stale = Some(store[d.x].clone());
                }
                store[d.x] = d.sums.clone();
            }
            asked = d.want.then_some((d.want_row, d.want_x));
        }
        out
    }

    fn pack(sums: &[u64]) -> Bits<COLUMN_BITS> {
        sums.iter().rev().fold(Bits::<COLUMN_BITS>::default(), |acc, &v| {
            (acc << SUM_BITS as u64) | bit_cast::<COLUMN_BITS, 64>(v.to_bits())
        })
    }

    /// What the queue shows in every cycle, before the cycle's edge, in rust-hdl's simulator.
    fn simulate(drives: &[Drive]) -> Vec<u64> {
        let mut bench = Bench::new(SumQueue::default());
        drives
            .iter()
            .map(|d| {
                let dut = &mut bench.dut;
                dut.arrive.next = d.arrive;
                dut.x.next = (d.x as u64).to_bits();
                dut.sums.next = pack(&d.sums);
                dut.want.next = d.want;
                dut.want_row.next = (d.want_row as u64).to_bits();
                dut.want_x.next = (d.want_x as u64).to_bits();
                bench.settle();
                let shown = bench.dut.sum.val().to_u64();
                bench.cycle();
                shown
            })
            .collect()
    }

    /// Groups on an `h x w` grid as the engine runs them: a group's positions arrive one a cycle,
    /// its decisions run back to back in raster order from the cycle position 0 arrives (each
    /// asked for the cycle before), and groups start `S ≥ h·w` cycles apart. Inputs that nothing
    /// samples carry garbage.
    fn stimulus(s: &mut Stream, h: usize, w: usize, groups: usize) -> Vec<Drive> {
        let garbage = |s: &mut Stream| Drive {
            x: s.below(16),
            sums: (0..ROWS).map(|_| s.next() & ((1 << SUM_BITS) - 1)).collect(),
            want_row: s.below(16),
            want_x: s.below(16),
            ..Drive::default()
        };
        let mut drives: Vec<Drive> = (0..2).map(|_| garbage(s)).collect();
        for _ in 0..groups {
            let base = drives.len();
            let span = (h * w).max(w) + s.below(4);
            drives.extend((0..span).map(|_| garbage(s)));
            for x in 0..w {
                let d = &mut drives[base + x];
                (d.arrive, d.x) = (true, x);
            }
            for p in 0..h * w {
                let d = &mut drives[base + p - 1];
                (d.want, d.want_row, d.want_x) = (true, p / w, p % w);
            }
        }
        drives.extend((0..2).map(|_| garbage(s)));
        drives
    }

    fn all_geometries(seed: u64) -> Vec<Drive> {
        let mut s = Stream(seed);
        let mut drives = Vec::new();
        for (h, w) in [(14, 14), (1, 1), (1, 14), (14, 1), (2, 1), (2, 2), (5, 3), (13, 14)] {
            drives.extend(stimulus(&mut s, h, w, 3));
        }
        drives
    }

    fn check(twin: Twin, drives: &[Drive], got: &[u64]) -> Result<usize, String> {
        let mut checked = 0;
        for (i, (e, g)) in expectations(twin, drives).iter().zip(got).enumerate() {
            if let Some(e) = e {
                if e != g {
                    return Err(format!("cycle {i}: expected {e:#x}, got {g:#x} (asked {:?})", drives[i - 1]));
                }
                checked += 1;
            }
        }
        Ok(checked)
    }

    #[test]
    fn every_sum_comes_out_in_raster_order() {
        let drives = all_geometries(41);
        let checked = check(Twin::Contract, &drives, &simulate(&drives)).unwrap_or_else(|m| panic!("{m}"));
        assert_eq!(checked, 3 * (196 + 1 + 14 + 14 + 2 + 4 + 15 + 182));
    }

    #[test]
    fn a_queue_that_does_not_forward_is_caught() {
        // Only a one-column grid asks for a sum at the edge that stores it: (1, 0) there.
        let drives = all_geometries(42);
        assert!(check(Twin::NoForwarding, &drives, &simulate(&drives)).is_err());
    }

    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  reg clock = 0;
  reg arrive = 0;
  reg [3:0] x = 0;
  reg [265:0] sums = 0;
  reg want = 0;
  reg [3:0] want_row = 0;
  reg [3:0] want_x = 0;
  wire [18:0] sum;
  reg [299:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .arrive(arrive), .x(x), .sums(sums), .want(want), .want_row(want_row), .want_x(want_x),
          .sum(sum));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {arrive, x, sums, want, want_row, want_x} = vec[i][299:20];
      #1;
      if (vec[i][19] && sum !== vec[i][18:0]) begin
        if (errors < 10) $display("MISMATCH cycle %0d: expected %h, got %h", i, vec[i][18:0], sum);
        errors = errors + 1;
      end
      clock = 1;
      #1 clock = 0;
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    #[test]
    fn generated_verilog_matches_the_twin() {
        let drives = all_geometries(43);
        let lines: Vec<String> = drives
            .iter()
            .zip(expectations(Twin::Contract, &drives))
            .map(|(d, e)| {
                let mut v = VectorLine::default();
                v.put(d.arrive.into(), 1);
                v.put(d.x as u64, INDEX_BITS);
                for r in (0..ROWS).rev() {
                    v.put(d.sums[r], SUM_BITS);
                }
                v.put(d.want.into(), 1);
                v.put(d.want_row as u64, INDEX_BITS);
                v.put(d.want_x as u64, INDEX_BITS);
                v.put(e.is_some().into(), 1);
                v.put(e.unwrap_or(0), SUM_BITS);
                v.hex()
            })
            .collect();
        let testbench = REPLAY_TESTBENCH.replace("@N@", &lines.len().to_string());
        verilog::assert_replay_clean("plane_sum_queue", &testbench, &lines.concat());
    }

    crate::verilog_checks!("plane_sum_queue");
}
