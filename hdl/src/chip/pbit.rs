//! # `PBit`: threshold ROM and comparator of one p-bit lane
//!
//! **Purpose.** Turns a fixed-point field `I` and a uniform draw `r` into a spin that is `+1` with
//! probability `sigma(2I)`: the p-bit `B(sigma(2I))` of eqs. (8)-(9). Field format, table contents
//! and comparison are defined once in `thermoblock_contract::pbit`; this unit is that definition in
//! gates and one block RAM, checked against `decide` for every field code.
//!
//! **Equation.** With `f` the 16-bit two's-complement field code (`I = f / 256`), the table address
//! is `k = min(|f|, LUT_LEN - 1)` and
//! `spin = (r < T[k])` for `f >= 0`, `spin = (r >= T[k])` for `f < 0`, i.e. `spin = (r < T[k]) ^ (f < 0)`,
//! where `T = threshold_table()` (1,024 entries of 16 bits, `T[k] = round(sigma(2k/256) * 2^16)`
//! saturated at `2^16 - 1`).
//!
//! **Ports** (`top` in the generated Verilog, `hdl/generated/pbit.v`):
//!
//! | port    | dir | width | timing |
//! |---------|-----|-------|--------|
//! | `clock` | in  | 1     | rising edge |
//! | `field` | in  | 16, signed | sampled at the edge |
//! | `r`     | in  | 16    | sampled at the same edge as `field` |
//! | `spin`  | out | 1     | `true` = +1; valid the cycle after the edge that sampled `field`, `r` |
//!
//! **Latency: 1 clock**, fully pipelined (a new `(field, r)` pair every clock). The table is a
//! synchronous ROM (`data <= mem[address]` on the clock edge, contents in an `initial` block), the
//! form FPGA tools map to one block RAM (a 1k x 16 EBR/BRAM); the sign of `f` and `r` are
//! registered beside it, and `spin` is the combinational compare of those three registers.
//!
//! **Reset.** None is needed: no state survives more than one clock. Until the first edge `spin`
//! reads the power-up value of the registers (table output 0, sign 0), i.e. `-1`.

use rust_hdl::prelude::*;
use thermoblock_contract::pbit::{LUT_LEN, threshold_table};

use crate::testbench::Clocked;
use crate::{DRAW_BITS, FIELD_WIDTH, INDEX_BITS};

/// A threshold table entry; it is compared with a draw, so it has the draw's width.
type Threshold = Bits<DRAW_BITS>;
/// The field code as an unsigned bit pattern, and its magnitude.
type Magnitude = Bits<FIELD_WIDTH>;
/// A bit position in the field code.
type FieldBitIndex = Bits<{ clog2(FIELD_WIDTH) }>;

/// One p-bit: field and draw in, spin out one clock later. See the module documentation.
#[derive(LogicBlock)]
pub struct PBit {
    pub clock: Signal<In, Clock>,
    /// Field code, two's complement, `FIELD_FRAC_BITS` fractional bits.
    pub field: Signal<In, Signed<FIELD_WIDTH>>,
    /// The lane's uniform draw.
    pub r: Signal<In, Bits<DRAW_BITS>>,
    /// `true` = +1.
    pub spin: Signal<Out, bool>,
    /// `threshold_table()`, registered output.
    thresholds: SyncROM<Threshold, INDEX_BITS>,
    /// `f < 0`, delayed to line up with the table output.
    negative: DFF<bool>,
    /// `r`, delayed to line up with the table output.
    r_reg: DFF<Bits<DRAW_BITS>>,
    /// The field's bits, unsigned.
    code: Signal<Local, Magnitude>,
    /// `|f|`; `|-32768| = 32768` still fits 16 unsigned bits.
    magnitude: Signal<Local, Magnitude>,
    /// `LUT_LEN - 1`, the last table address, at the magnitude's width (for the compare).
    last_index: Constant<Magnitude>,
    /// `LUT_LEN - 1` at the address width.
    last_address: Constant<Bits<INDEX_BITS>>,
    /// 1, for two's-complement negation.
    one: Constant<Magnitude>,
    /// `FIELD_WIDTH - 1`, the sign bit's position.
    sign_bit: Constant<FieldBitIndex>,
    /// 0, the low bit of the address slice.
    lsb: Constant<FieldBitIndex>,
}

impl Default for PBit {
    fn default() -> Self {
        let table = threshold_table();
        assert_eq!(table.len(), 1 << INDEX_BITS, "the table must fill the ROM's address space");
        Self {
            clock: Default::default(),
            field: Default::default(),
            r: Default::default(),
            spin: Default::default(),
            thresholds: table.into_iter().map(|t| t.to_bits::<DRAW_BITS>()).into(),
            negative: Default::default(),
            r_reg: Default::default(),
            code: Default::default(),
            magnitude: Default::default(),
            last_index: Constant::new((LUT_LEN - 1).to_bits()),
            last_address: Constant::new((LUT_LEN - 1).to_bits()),
            one: Constant::new(1usize.to_bits()),
            sign_bit: Constant::new((FIELD_WIDTH - 1).to_bits()),
            lsb: Constant::new(0usize.to_bits()),
        }
    }
}

impl Logic for PBit {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, thresholds, negative, r_reg);
        // k = min(|f|, LUT_LEN - 1)
        self.code.next = unsigned_cast(self.field.val());
        self.magnitude.next = self.code.val();
        if self.code.val().get_bit(self.sign_bit.val().index()) {
            self.magnitude.next = !self.code.val() + self.one.val();
        }
        self.thresholds.address.next = self.magnitude.val().get_bits::<INDEX_BITS>(self.lsb.val().index());
        if self.magnitude.val() > self.last_index.val() {
            self.thresholds.address.next = self.last_address.val();
        }
        // Pipeline stage: table lookup, sign and draw registered together.
        self.negative.d.next = self.code.val().get_bit(self.sign_bit.val().index());
        self.r_reg.d.next = self.r.val();
        // spin = (r < T[k]) for f >= 0, (r >= T[k]) for f < 0.
        self.spin.next = (self.r_reg.q.val() < self.thresholds.data.val()) ^ self.negative.q.val();
    }
}

impl Clocked for PBit {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use rust_hdl::prelude::*;
    use thermoblock_contract::pbit::{decide, probability_plus, threshold_table};

    use super::PBit;
    use crate::flow::verilog;
    use crate::testbench::Bench;

    /// The draws tried at `field`: both ends of the range and each side of the field's threshold.
    fn draws_around(table: &[u16], field: i16) -> Vec<u16> {
        let t = table[thermoblock_contract::pbit::table_index(field)];
        let mut r = vec![0, u16::MAX, t];
        r.extend(t.checked_sub(1));
        r.extend(t.checked_add(1));
        r.sort_unstable();
        r.dedup();
        r
    }

    /// Feeds `(field, r)` pairs one per clock and compares `spin` with `decide` after each edge.
    /// Before each edge it also checks that new inputs have not reached `spin` (latency exactly 1).
    fn run_against_decide(pairs: impl Iterator<Item = (i16, u16)>) -> usize {
        let table = threshold_table();
        let mut bench = Bench::new(PBit::default());
        let mut previous: Option<bool> = None;
        let mut n = 0;
        for (field, r) in pairs {
            bench.dut.field.next = (field as i64).into();
            bench.dut.r.next = r.to_bits();
            bench.settle();
            if let Some(p) = previous {
                assert_eq!(bench.dut.spin.val(), p, "spin changed before the clock edge (field {field}, r {r})");
            }
            bench.cycle();
            let expected = decide(&table, field, r);
            let got = bench.dut.spin.val();
            assert_eq!(
                got,
                expected,
                "cycle {}: field {field}, r {r}: expected spin {expected}, got {got}",
                bench.cycles()
            );
            previous = Some(got);
            n += 1;
        }
        n
    }

    /// All 65,536 field codes, each with r = 0, 65535, T-1, T, T+1 (those in range).
    fn every_field_code() -> impl Iterator<Item = (i16, u16)> {
        let table = threshold_table();
        (i16::MIN..=i16::MAX).flat_map(move |f| draws_around(&table, f).into_iter().map(move |r| (f, r)))
    }

    #[test]
    fn matches_decide_for_every_field_code() {
        let n = run_against_decide(every_field_code());
        assert!(n > 4 * 65_536, "only {n} vectors");
    }

    /// Replays `every_field_code`, one `{field, r, expected spin}` line per clock.
    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  reg clock = 0;
  reg signed [15:0] field = 0;
  reg [15:0] r = 0;
  wire spin;
  reg [32:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .field(field), .r(r), .spin(spin));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {field, r} = vec[i][32:1];
      #1 clock = 1;
      #1 clock = 0;
      if (spin !== vec[i][0]) begin
        if (errors < 10) $display("MISMATCH vector %0d: field %0d, r %0d: expected spin %0d, got %0d", i, field, r, vec[i][0], spin);
        errors = errors + 1;
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    #[test]
    fn generated_verilog_matches_decide_for_every_field_code() {
        let table = threshold_table();
        let lines: Vec<String> = every_field_code()
            .map(|(f, r)| {
                let word = u64::from(f as u16) << 17 | u64::from(r) << 1 | u64::from(decide(&table, f, r));
                format!("{word:09x}\n")
            })
            .collect();
        let testbench = REPLAY_TESTBENCH.replace("@N@", &lines.len().to_string());
        verilog::assert_replay_clean("pbit", &testbench, &lines.concat());
    }

    #[test]
    fn realises_the_table_probability_over_every_draw() {
        // Contract: at a field, the number of draws giving +1 is exactly 2^16 P(+1). Every r for
        // the extreme codes, both sides of zero and the saturation boundary.
        let table = threshold_table();
        for field in [i16::MIN, -1024, -1, 0, 1023, i16::MAX] {
            let mut bench = Bench::new(PBit::default());
            let mut plus = 0u32;
            for r in 0..=u16::MAX {
                bench.dut.field.next = (field as i64).into();
                bench.dut.r.next = r.to_bits();
                bench.cycle();
                plus += u32::from(bench.dut.spin.val());
            }
            assert_eq!(f64::from(plus) / 65536.0, probability_plus(&table, field), "field {field}");
        }
    }

    #[test]
    fn table_maps_to_block_ram() {
        // The synchronous ROM must be inferred as block RAM, not LUTs: 1k x 16 bits is one ECP5
        // DP16KD (18 kbit) or four iCE40 SB_RAM40_4K (4 kbit each), and the rest stays small.
        for (synth, ram, rams) in [("synth_ecp5", "DP16KD", 1), ("synth_ice40", "SB_RAM40_4K", 4)] {
            let cells = match verilog::yosys_cell_counts("pbit", synth) {
                Ok(cells) => cells,
                Err(verilog::ToolRun::Missing(tool)) => return verilog::skip_missing_tool(tool, "pbit block RAM"),
                Err(e) => panic!("yosys {synth} failed on pbit: {e:?}"),
            };
            assert_eq!(cells.get(ram), Some(&rams), "{synth}: expected {rams} x {ram}; cells {cells:?}");
            let luts: u64 = cells.iter().filter(|(c, _)| c.contains("LUT")).map(|(_, n)| n).sum();
            assert!(luts < 100, "{synth}: {luts} LUTs beside the RAM, the table went to logic? cells {cells:?}");
        }
    }

    crate::verilog_checks!("pbit");
}
