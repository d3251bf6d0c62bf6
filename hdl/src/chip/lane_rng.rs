//! # `LaneRng`: one p-bit lane's xorshift64 generator
//!
//! **Purpose.** Each p-bit lane owns one 64-bit xorshift64 (13, 7, 17) register; its top
//! [`DRAW_BITS`] bits are the lane's uniform draw `r`. Algorithm, draw and seeding are defined once in
//! `thermoblock_contract::rng` (the software twin [`rng::LaneRng`]); this unit is that definition
//! in flip-flops, checked against it cycle by cycle.
//!
//! **Equation.** On a rising edge with `step` asserted (and `load` not):
//! `x ^= x << 13; x ^= x >> 7; x ^= x << 17` (Marsaglia 2003), three XOR-shift layers of 64 bits,
//! one clock. `draw = x[63:48]`, the bits the software twin's `draw()` returns.
//!
//! **Ports** (`top` in the generated Verilog, `hdl/generated/lane_rng.v`):
//!
//! | port    | dir | width | timing |
//! |---------|-----|-------|--------|
//! | `clock` | in  | 1     | rising edge |
//! | `seed`  | in  | 64    | sampled at the edge when `load` is high |
//! | `load`  | in  | 1     | `state <= seed` at the edge; has priority over `step` |
//! | `step`  | in  | 1     | `state <= xorshift64(state)` at the edge |
//! | `state` | out | 64    | the register, valid the cycle after the edge that wrote it |
//! | `draw`  | out | 16    | `state[63:48]`, same timing as `state` |
//!
//! With neither `load` nor `step` the register holds. Latency: one clock from `load`/`step` to the
//! new `state`/`draw`; `draw` has no combinational path from any input.
//!
//! **Seeding contract.** The host writes `thermoblock_contract::rng::lane_seed(seed, lane)`, which
//! is never zero: the zero-seed substitution (`ZERO_SEED_SUBSTITUTE`) is done by the host, not here.
//! Zero is xorshift's one fixed point, so a lane loaded with 0 would draw 0 forever.
//!
//! **Reset.** There is none: the register powers up as 0 (the `initial` value FPGA tools honour),
//! which is the fixed point, so a lane produces no randomness until it has been loaded. `load` is
//! the lane's (synchronous) initialisation.

use rust_hdl::prelude::*;
#[cfg(doc)]
use thermoblock_contract::rng;

use crate::testbench::Clocked;
use crate::{DRAW_BITS, STATE_BITS};

pub use thermoblock_contract::rng::XORSHIFT_SHIFTS;

/// A bit position in the state word (6 bits): the width of the shift and offset constants.
type ShiftBits = Bits<{ clog2(STATE_BITS) }>;

/// One lane's xorshift64 generator. See the module documentation for ports and timing.
#[derive(LogicBlock)]
pub struct LaneRng {
    pub clock: Signal<In, Clock>,
    /// Nonzero starting state, written when `load` is high.
    pub seed: Signal<In, Bits<STATE_BITS>>,
    pub load: Signal<In, bool>,
    pub step: Signal<In, bool>,
    pub state: Signal<Out, Bits<STATE_BITS>>,
    pub draw: Signal<Out, Bits<DRAW_BITS>>,
    /// The state register (`state_reg$d` / `state_reg$q` in the Verilog).
    state_reg: DFF<Bits<STATE_BITS>>,
    /// `x ^ (x << a)`.
    after_a: Signal<Local, Bits<STATE_BITS>>,
    /// `after_a ^ (after_a >> b)`.
    after_b: Signal<Local, Bits<STATE_BITS>>,
    /// `after_b ^ (after_b << c)`: xorshift64 of the current state.
    stepped: Signal<Local, Bits<STATE_BITS>>,
    shift_a: Constant<ShiftBits>,
    shift_b: Constant<ShiftBits>,
    shift_c: Constant<ShiftBits>,
    /// Bit offset of the draw: `STATE_BITS - DRAW_BITS`.
    draw_lsb: Constant<ShiftBits>,
}

impl Default for LaneRng {
    fn default() -> Self {
        let (a, b, c) = XORSHIFT_SHIFTS;
        Self {
            clock: Default::default(),
            seed: Default::default(),
            load: Default::default(),
            step: Default::default(),
            state: Default::default(),
            draw: Default::default(),
            state_reg: Default::default(),
            after_a: Default::default(),
            after_b: Default::default(),
            stepped: Default::default(),
            shift_a: Constant::new(u64::from(a).into()),
            shift_b: Constant::new(u64::from(b).into()),
            shift_c: Constant::new(u64::from(c).into()),
            draw_lsb: Constant::new(((STATE_BITS - DRAW_BITS) as u64).into()),
        }
    }
}

impl Logic for LaneRng {
    #[hdl_gen]
    fn update(&mut self) {
        // The register holds unless written.
        dff_setup!(self, clock, state_reg);
        // xorshift64 of the current state: three XOR-shift layers.
        self.after_a.next = self.state_reg.q.val() ^ (self.state_reg.q.val() << self.shift_a.val());
        self.after_b.next = self.after_a.val() ^ (self.after_a.val() >> self.shift_b.val());
        self.stepped.next = self.after_b.val() ^ (self.after_b.val() << self.shift_c.val());
        if self.load.val() {
            self.state_reg.d.next = self.seed.val();
        } else if self.step.val() {
            self.state_reg.d.next = self.stepped.val();
        }
        self.state.next = self.state_reg.q.val();
        self.draw.next = self.state_reg.q.val().get_bits::<DRAW_BITS>(self.draw_lsb.val().index());
    }
}

impl Clocked for LaneRng {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use std::fmt;

    use rust_hdl::prelude::*;
    use thermoblock_contract::rng;
    use thermoblock_contract::rng::{RANDOM_BITS, lane_seed, splitmix64};

    use super::LaneRng;
    use crate::flow::verilog;
    use crate::testbench::Bench;

    /// What the DUT and the golden model disagreed on.
    #[derive(Debug)]
    struct Mismatch {
        cycle: u64,
        port: &'static str,
        expected: u64,
        got: u64,
    }

    impl fmt::Display for Mismatch {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "cycle {}: `{}` expected {:#018x}, got {:#018x}", self.cycle, self.port, self.expected, self.got)
        }
    }

    /// The port values driven in one cycle.
    #[derive(Clone, Copy, Debug)]
    struct Drive {
        load: bool,
        step: bool,
        seed: u64,
    }

    /// The golden model: the software twin behind the unit's port contract (load wins over step,
    /// neither holds). Powers up at 0 like the register (built directly: `LaneRng::new(0)` would
    /// substitute the zero seed, which is the host's job).
    struct Gold {
        twin: rng::LaneRng,
    }

    impl Gold {
        /// Applies one clock edge; returns the draw the twin made, if it stepped.
        fn edge(&mut self, d: Drive) -> Option<u16> {
            if d.load {
                self.twin = rng::LaneRng { state: d.seed };
                None
            } else if d.step {
                Some(self.twin.draw())
            } else {
                None
            }
        }
    }

    /// Drives `dut` and `gold` with the same inputs, comparing `state` and `draw` after every edge.
    fn run_lockstep(bench: &mut Bench<LaneRng>, gold: &mut Gold, drives: &[Drive]) -> Result<(), Mismatch> {
        for &d in drives {
            bench.dut.load.next = d.load;
            bench.dut.step.next = d.step;
            bench.dut.seed.next = d.seed.to_bits();
            bench.cycle();
            let twin_draw = gold.edge(d);
            let cycle = bench.cycles();
            let state = bench.dut.state.val().to_u64();
            let draw = bench.dut.draw.val().to_u64();
            if state != gold.twin.state {
                return Err(Mismatch { cycle, port: "state", expected: gold.twin.state, got: state });
            }
            // Equivalence: after a step, `draw` is what the twin's `draw()` returned.
            if let Some(t) = twin_draw.filter(|&t| u64::from(t) != draw) {
                return Err(Mismatch { cycle, port: "draw (vs twin draw())", expected: t.into(), got: draw });
            }
            // Contract: `draw` is the top RANDOM_BITS of `state` on every cycle.
            let top = state >> (u64::BITS - RANDOM_BITS);
            if draw != top {
                return Err(Mismatch { cycle, port: "draw (vs state top bits)", expected: top, got: draw });
            }
        }
        Ok(())
    }

    /// Load `lane_seed(seed, lane)`, then `cycles` cycles with `step` on a pseudo-random pattern
    /// (about 3 in 4) and an occasional reload (about 1 in 128, often together with `step`).
    fn stimulus(seed: u64, lane: usize, cycles: u64) -> Vec<Drive> {
        let first = Drive { load: true, step: false, seed: lane_seed(seed, lane) };
        let rest = (0..cycles).map(|c| {
            let z = splitmix64(seed ^ (lane as u64) << 32 ^ c);
            let reload = z & 0x7F == 0;
            Drive { load: reload, step: z >> 8 & 3 != 0, seed: lane_seed(z, lane) }
        });
        std::iter::once(first).chain(rest).collect()
    }

    /// The `(seed, lane)` pairs the equivalence tests load, in order.
    const PAIRS: [(u64, usize); 6] = [(0, 0), (1, 0), (1, 1), (7, 31), (0xDEAD_BEEF, 95), (u64::MAX, 3)];
    /// Cycles run after each initial load.
    const CYCLES_PER_PAIR: u64 = 1500;

    #[test]
    fn matches_software_twin_every_cycle() {
        let mut bench = Bench::new(LaneRng::default());
        let mut gold = Gold { twin: rng::LaneRng { state: 0 } };
        let (mut steps, mut loads) = (0, 0);
        for (seed, lane) in PAIRS {
            let drives = stimulus(seed, lane, CYCLES_PER_PAIR);
            steps += drives.iter().filter(|d| d.step && !d.load).count();
            loads += drives.iter().filter(|d| d.load).count();
            if let Err(m) = run_lockstep(&mut bench, &mut gold, &drives) {
                panic!("LaneRng (seed {seed}, lane {lane}) differs from the software twin: {m}");
            }
        }
        // The pattern really exercised stepping, holding and reloading.
        let cycles = bench.cycles() as usize;
        assert!(steps > cycles / 2 && steps < cycles - loads - 500 && loads > 6, "{steps} steps {loads} loads");
    }

    /// Replays the same stimulus, one `{load, step, seed, expected state}` line per clock.
    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  reg clock = 0;
  reg [63:0] seed = 0;
  reg load = 0;
  reg step = 0;
  wire [63:0] state;
  wire [15:0] draw;
  reg [129:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .seed(seed), .load(load), .step(step), .state(state), .draw(draw));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {load, step, seed} = vec[i][129:64];
      #1 clock = 1;
      #1 clock = 0;
      if (state !== vec[i][63:0] || draw !== vec[i][63:48]) begin
        if (errors < 10) $display("MISMATCH cycle %0d: state expected %h, got %h (draw %h)", i + 1, vec[i][63:0], state, draw);
        errors = errors + 1;
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    #[test]
    fn generated_verilog_matches_software_twin() {
        // Power-up steps (state stays 0), then every pair's stimulus; expectations from the twin.
        let powerup = [Drive { load: false, step: true, seed: 0 }; 3];
        let drives: Vec<Drive> =
            powerup.into_iter().chain(PAIRS.iter().flat_map(|&(s, l)| stimulus(s, l, CYCLES_PER_PAIR))).collect();
        let mut gold = Gold { twin: rng::LaneRng { state: 0 } };
        let vectors: String = drives
            .iter()
            .map(|&d| {
                gold.edge(d);
                format!("{:x}{:016x}{:016x}\n", u8::from(d.load) << 1 | u8::from(d.step), d.seed, gold.twin.state)
            })
            .collect();
        let testbench = REPLAY_TESTBENCH.replace("@N@", &drives.len().to_string());
        verilog::assert_replay_clean("lane_rng", &testbench, &vectors);
    }

    #[test]
    fn powers_up_at_the_fixed_point_and_holds_without_load() {
        // Contract: the register starts at 0, and 0 steps to 0, so nothing is random before `load`.
        let mut bench = Bench::new(LaneRng::default());
        let mut gold = Gold { twin: rng::LaneRng { state: 0 } };
        let drives = [Drive { load: false, step: true, seed: 0 }; 10];
        run_lockstep(&mut bench, &mut gold, &drives).unwrap_or_else(|m| panic!("{m}"));
        assert_eq!(bench.dut.state.val().to_u64(), 0);
    }

    #[test]
    fn reproduces_marsaglias_published_sequence() {
        // Known answers independent of the twin: Marsaglia (2003)'s seed and first outputs.
        let mut bench = Bench::new(LaneRng::default());
        bench.dut.seed.next = 88_172_645_463_325_252u64.to_bits();
        bench.dut.load.next = true;
        bench.cycle();
        bench.dut.load.next = false;
        bench.dut.step.next = true;
        for want in [8_748_534_153_485_358_512u64, 3_040_900_993_826_735_515, 3_453_997_556_048_239_312] {
            bench.cycle();
            assert_eq!(bench.dut.state.val().to_u64(), want);
        }
    }

    crate::verilog_checks!("lane_rng");
}
