//! # `LaneRngRtl`: the Verilator model of `LaneRng`
//!
//! **What it is.** `hdl/generated/lane_rng.v` (one lane's xorshift64 (13, 7, 17) generator,
//! datasheet in `hdl/src/chip/lane_rng.rs`) verilated as the C++ class `VLaneRng` and driven from Rust.
//! The software twin is `thermoblock_contract::rng::LaneRng`; the tests below zip the two.
//!
//! **Ports** (setters take effect at the next [`tick`](LaneRngRtl::tick)):
//!
//! | port    | dir | width | method |
//! |---------|-----|-------|--------|
//! | `seed`  | in  | 64    | [`set_seed`](LaneRngRtl::set_seed) |
//! | `load`  | in  | 1     | [`set_load`](LaneRngRtl::set_load); priority over `step` |
//! | `step`  | in  | 1     | [`set_step`](LaneRngRtl::set_step) |
//! | `state` | out | 64    | [`state`](LaneRngRtl::state) |
//! | `draw`  | out | 16    | [`draw`](LaneRngRtl::draw), `state[63:48]` |
//!
//! **Latency** 1 clock: after the tick whose edge sampled `load`/`step`, `state` holds the new value.
//! At power-up `state` is 0, xorshift's fixed point, until a `load`.

use crate::ffi::LaneRngModel;

/// One `LaneRng` in Verilator. Not `Send`/`Sync`; see the crate documentation.
pub struct LaneRngRtl {
    model: LaneRngModel,
    cycles: u64,
}

impl Default for LaneRngRtl {
    fn default() -> Self {
        Self::new()
    }
}

impl LaneRngRtl {
    /// A model at power-up: `state` 0, all inputs low.
    pub fn new() -> Self {
        Self { model: LaneRngModel::new(), cycles: 0 }
    }

    /// Drives `seed`.
    pub fn set_seed(&mut self, seed: u64) {
        self.model.set_seed(seed);
    }

    /// Drives `load`.
    pub fn set_load(&mut self, load: bool) {
        self.model.set_load(load);
    }

    /// Drives `step`.
    pub fn set_step(&mut self, step: bool) {
        self.model.set_step(step);
    }

    /// Settles the logic without a clock edge.
    pub fn eval(&mut self) {
        self.model.eval();
    }

    /// One clock cycle: the rising edge samples the inputs.
    pub fn tick(&mut self) {
        self.model.tick();
        self.cycles += 1;
    }

    /// The `state` port.
    pub fn state(&self) -> u64 {
        self.model.state()
    }

    /// The `draw` port: the top 16 bits of `state` (reads the port; it does not step, unlike the
    /// twin's `draw()`).
    pub fn draw(&self) -> u16 {
        self.model.draw()
    }

    /// Clock edges since creation.
    pub fn cycles(&self) -> u64 {
        self.cycles
    }

    /// Writes `seed` into the register: one cycle with `load` high and `step` low; leaves both low.
    pub fn load(&mut self, seed: u64) {
        self.set_seed(seed);
        self.set_load(true);
        self.set_step(false);
        self.tick();
        self.set_load(false);
    }

    /// One cycle with `step` high and `load` low; returns the new `state` (as the twin's `step()`).
    /// Leaves `step` high, so further [`tick`](Self::tick)s keep stepping.
    pub fn step(&mut self) -> u64 {
        self.set_load(false);
        self.set_step(true);
        self.tick();
        self.state()
    }
}

#[cfg(test)]
mod tests {
    use thermoblock_contract::rng;
    use thermoblock_contract::rng::lane_seed;

    use super::LaneRngRtl;
    use crate::Mismatch;

    /// Loads `seed` into `dut`, then steps `dut` and `gold` together for `steps` cycles, holding
    /// (`step` low) on every 997th, and compares `state` and `draw` after every edge.
    fn zip(dut: &mut LaneRngRtl, gold: &mut rng::LaneRng, seed: u64, steps: u64) -> Result<(), Mismatch> {
        let mismatch = |dut: &LaneRngRtl, port, expected: u64, got: u64| Mismatch {
            cycle: dut.cycles(),
            port,
            expected: format!("{expected:#x}"),
            got: format!("{got:#x}"),
            context: format!("lane seed {seed:#x}"),
        };
        dut.load(seed);
        for i in 0..steps {
            let step = i % 997 != 996;
            dut.set_step(step);
            dut.tick();
            if step {
                gold.step();
            }
            if dut.state() != gold.state {
                return Err(mismatch(dut, "state", gold.state, dut.state()));
            }
            let draw = (gold.state >> 48) as u16;
            if dut.draw() != draw {
                return Err(mismatch(dut, "draw", draw.into(), dut.draw().into()));
            }
        }
        Ok(())
    }

    #[test]
    fn zipped_against_the_twin_for_a_million_steps_per_lane_seed() {
        // Six lane seeds of three run seeds, reloaded into one model: 6M cycles.
        let mut dut = LaneRngRtl::new();
        for (seed, lane) in [(1, 0), (1, 1), (2024, 7), (2024, 31), (u64::MAX, 0), (0xdead_beef, 95)] {
            let s = lane_seed(seed, lane);
            let mut gold = rng::LaneRng::new(s);
            zip(&mut dut, &mut gold, s, 1_000_000).unwrap_or_else(|m| panic!("seed {seed}, lane {lane}: {m}"));
        }
        assert_eq!(dut.cycles(), 6 * 1_000_001);
    }

    #[test]
    fn zip_reports_a_planted_seeding_bug() {
        // The check has power: a twin one bit off the loaded seed disagrees at the first step.
        let s = lane_seed(1, 0);
        let mut gold = rng::LaneRng::new(s ^ 1);
        let m = zip(&mut LaneRngRtl::new(), &mut gold, s, 10).expect_err("a wrong seed must be caught");
        assert_eq!((m.cycle, m.port), (2, "state"), "{m}");
    }

    #[test]
    fn reproduces_marsaglias_published_sequence() {
        // Known answers independent of the twin: Marsaglia (2003)'s seed and first outputs.
        let mut dut = LaneRngRtl::new();
        dut.load(88_172_645_463_325_252);
        for want in [8_748_534_153_485_358_512u64, 3_040_900_993_826_735_515, 3_453_997_556_048_239_312] {
            assert_eq!(dut.step(), want);
        }
    }

    #[test]
    fn powers_up_at_the_fixed_point_holds_and_loads_with_priority() {
        let mut dut = LaneRngRtl::new();
        assert_eq!((dut.state(), dut.draw()), (0, 0), "power-up");
        dut.step();
        assert_eq!(dut.state(), 0, "0 is xorshift's fixed point");
        // Load has priority over step, and arrives only at the edge.
        dut.set_seed(0x0123_4567_89ab_cdef);
        dut.set_load(true);
        dut.eval();
        assert_eq!(dut.state(), 0, "state changed before the clock edge");
        dut.tick();
        assert_eq!((dut.state(), dut.draw()), (0x0123_4567_89ab_cdef, 0x0123));
        // With neither load nor step the register holds.
        dut.set_load(false);
        dut.set_step(false);
        for _ in 0..5 {
            dut.tick();
        }
        assert_eq!(dut.state(), 0x0123_4567_89ab_cdef);
    }
}
