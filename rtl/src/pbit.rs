//! # `PBitRtl`: the Verilator model of `PBit`
//!
//! **What it is.** `hdl/generated/pbit.v` (threshold ROM and comparator of one p-bit, datasheet in
//! `hdl/src/chip/pbit.rs`) verilated as the C++ class `VPBit` and driven from Rust. The software twin is
//! `thermoblock_contract::pbit::decide`; the tests below compare the two for every field code.
//!
//! **Ports** (setters take effect at the next [`tick`](PBitRtl::tick)):
//!
//! | port    | dir | width | method |
//! |---------|-----|-------|--------|
//! | `field` | in  | 16, signed (`I = f / 256`) | [`set_field`](PBitRtl::set_field) |
//! | `r`     | in  | 16    | [`set_r`](PBitRtl::set_r) |
//! | `spin`  | out | 1     | [`spin`](PBitRtl::spin), `true` = +1 |
//!
//! **Latency 1 clock**, fully pipelined: the threshold table is a synchronous ROM, so the edge that
//! samples `(field, r)` reads the table and registers the sign and `r` beside it; after that tick
//! `spin = decide(table, field, r)`, and it holds until the next edge (no combinational path from
//! the inputs). Before the first edge `spin` reads `false` (-1).

use crate::ffi::PBitModel;

/// One `PBit` in Verilator. Not `Send`/`Sync`; see the crate documentation.
pub struct PBitRtl {
    model: PBitModel,
    cycles: u64,
}

impl Default for PBitRtl {
    fn default() -> Self {
        Self::new()
    }
}

impl PBitRtl {
    /// A model at power-up: `field` and `r` 0, `spin` false.
    pub fn new() -> Self {
        Self { model: PBitModel::new(), cycles: 0 }
    }

    /// Drives `field`: the field code, two's complement with 8 fractional bits.
    pub fn set_field(&mut self, field: i16) {
        self.model.set_field(field);
    }

    /// Drives `r`: the lane's uniform draw.
    pub fn set_r(&mut self, r: u16) {
        self.model.set_r(r);
    }

    /// Settles the logic without a clock edge.
    pub fn eval(&mut self) {
        self.model.eval();
    }

    /// One clock cycle: the rising edge samples `field` and `r`.
    pub fn tick(&mut self) {
        self.model.tick();
        self.cycles += 1;
    }

    /// The `spin` port: `true` = +1.
    pub fn spin(&self) -> bool {
        self.model.spin()
    }

    /// Clock edges since creation.
    pub fn cycles(&self) -> u64 {
        self.cycles
    }

    /// Drives `field` and `r` for one cycle and returns the spin they give (available after that
    /// edge: the 1-clock latency).
    pub fn sample(&mut self, field: i16, r: u16) -> bool {
        self.set_field(field);
        self.set_r(r);
        self.tick();
        self.spin()
    }
}

#[cfg(test)]
mod tests {
    use thermoblock_contract::pbit::{decide, probability_plus, table_index, threshold_table};
    use thermoblock_contract::rng::{LaneRng, lane_seed};

    use super::PBitRtl;
    use crate::Mismatch;

    /// Feeds `(field, r)` pairs one per clock; after each edge compares `spin` with `gold(field, r)`,
    /// and before it (inputs applied, logic settled, no edge) checks that `spin` still holds the
    /// previous result: the latency is exactly one clock. Returns the number of pairs.
    fn zip(pairs: impl Iterator<Item = (i16, u16)>, gold: impl Fn(i16, u16) -> bool) -> Result<u64, Mismatch> {
        let mut dut = PBitRtl::new();
        let mut previous = false;
        let mut n = 0;
        for (field, r) in pairs {
            let mismatch = |dut: &PBitRtl, when: &str, expected: bool| Mismatch {
                cycle: dut.cycles(),
                port: "spin",
                expected: expected.to_string(),
                got: dut.spin().to_string(),
                context: format!("field {field}, r {r}{when}"),
            };
            dut.set_field(field);
            dut.set_r(r);
            dut.eval();
            if dut.spin() != previous {
                return Err(mismatch(&dut, ", before the edge that samples them", previous));
            }
            dut.tick();
            previous = gold(field, r);
            if dut.spin() != previous {
                return Err(mismatch(&dut, "", previous));
            }
            n += 1;
        }
        Ok(n)
    }

    /// Every field code with the draws at both ends, mid-range, each side of its threshold, and
    /// two random ones: about 9 x 65,536 pairs.
    fn every_field_code() -> impl Iterator<Item = (i16, u16)> {
        let table = threshold_table();
        let mut lane = LaneRng::new(lane_seed(7, 0));
        (i16::MIN..=i16::MAX).flat_map(move |f| {
            let t = table[table_index(f)];
            let mut r = vec![0, 1, 0x8000, u16::MAX, t, lane.draw(), lane.draw()];
            r.extend(t.checked_sub(1));
            r.extend(t.checked_add(1));
            r.into_iter().map(move |r| (f, r))
        })
    }

    #[test]
    fn matches_decide_for_every_field_code() {
        let table = threshold_table();
        let n = zip(every_field_code(), |f, r| decide(&table, f, r)).unwrap_or_else(|m| panic!("{m}"));
        assert!(n > 8 * 65_536, "only {n} pairs");
    }

    #[test]
    fn zip_reports_a_planted_comparator_bug() {
        // The check has power: `r <= T` instead of `r < T` differs exactly at r = T.
        let table = threshold_table();
        let wrong = |f: i16, r: u16| {
            let t = table[table_index(f)];
            if f >= 0 { r <= t } else { r > t }
        };
        let m = zip(every_field_code(), wrong).expect_err("an off-by-one comparator must be caught");
        assert!(m.context.starts_with("field -32768, r "), "{m}");
    }

    #[test]
    fn realises_the_table_probability_over_every_draw() {
        // Contract: at a field, the number of draws giving +1 is exactly 2^16 P(+1). Every r for
        // the extreme codes, both sides of zero and the saturation boundary.
        let table = threshold_table();
        let mut dut = PBitRtl::new();
        for field in [i16::MIN, -1024, -1023, -1, 0, 1, 1023, 1024, i16::MAX] {
            let plus: u32 = (0..=u16::MAX).map(|r| u32::from(dut.sample(field, r))).sum();
            assert_eq!(f64::from(plus) / 65536.0, probability_plus(&table, field), "field {field}");
        }
    }

    #[test]
    fn spin_reads_minus_one_until_the_first_edge() {
        let mut dut = PBitRtl::new();
        dut.set_field(i16::MAX);
        dut.set_r(0);
        dut.eval();
        assert!(!dut.spin(), "power-up spin");
        dut.tick();
        assert!(dut.spin(), "field +127.99, r 0 gives +1");
    }
}
