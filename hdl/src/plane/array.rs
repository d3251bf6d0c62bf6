//! The plane array (`plane_array.v`): the plane engine's coupling sums, and its software twin.
//!
//! **Purpose.** `COLUMNS` destination channels x `ROWS` grid rows x a ring of `RING` positions of
//! accumulator PEs. Each cycle every column receives one weight, broadcast to all its PEs; every PE
//! adds it if its neighbour spin is +1. One weight read thus serves a whole channel plane
//! (arXiv:2607.00170, §7.4: convolutional weight sharing and red-black parallelism).
//!
//! **Ports** (the leaf's header has widths; latencies in rising edges):
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `weight` | in | `COLUMNS·WB` | column `d`'s weight, two's complement; added at the 3rd edge |
//! | `tap` | in | 4 | `(dy+1)·3 + (dx+1)` of the weight's tap (9..15: no spin) |
//! | `plane_load`, `plane_in` | in | 1, `ROWS·RING` | the next edge loads the plane register; else it rotates |
//! | `restart` | in | 1 | with its weight: the sums at ring position 0 are complete; position `RING−1` starts at 0 |
//! | `sum` | out | `COLUMNS·ROWS·ACC` | the accumulators at ring position 0 |
//!
//! **Equation.** `acc[d][r][i] ← acc[d][r][i+1 mod RING] + sel[r][i]·w[d]` (the wrap from 0 to
//! `RING−1` is cut by `restart`), `sel[r][i] = plane[r+dy][i+dx mod RING]`, `plane[r][i] ←
//! plane[r][i+1 mod RING]`. The sums and the plane move in step, so position `x`'s sum, started
//! by a restart in cycle `τ ≡ x (mod RING)`, collects `Σ w · [spin(x + offset) = +1]` over the
//! weights of the cycles `[τ, τ + S)` and appears on `sum` in cycle `τ + S + 2` ([`Window`]).
//! With spins in 0/1 form the field is `2A − B`, `B` the sum of the in-grid weights: exact.

use std::ops::Range;

use rust_hdl::prelude::*;

use thermoblock_contract::plane::ULX3S_ARRAY;
pub use thermoblock_contract::plane::{ARRAY_LATENCY, TAPS};

use crate::plane::decision::SUM_BITS;

/// Grid rows of the ULX3S array: every plane-engine unit is sized for it.
pub const ROWS: usize = ULX3S_ARRAY.rows;
/// Ring positions of the ULX3S array: the grid's width and its zero pad.
pub const RING: usize = ULX3S_ARRAY.ring;
/// The array's plane: rows x ring, row `r`, position `i` at bit `RING·r + i`.
pub const PLANE_BITS: usize = ROWS * RING;
/// The tap code that selects no spin (9..15 all do; this one is what the engine drives).
pub const NO_TAP: u8 = 15;

/// The leaf's parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    pub columns: usize,
    pub rows: usize,
    pub ring: usize,
    pub acc_bits: u32,
    pub weight_bits: u32,
}

impl Geometry {
    /// The Verilog parameter list for an instance (`ecp5_carry`: adders from CCU2C cells).
    pub fn parameters(&self, ecp5_carry: bool) -> String {
        format!(
            "#(.COLUMNS({}), .ROWS({}), .RING({}), .ACC({}), .WB({}), .ECP5_CARRY({}))",
            self.columns,
            self.rows,
            self.ring,
            self.acc_bits,
            self.weight_bits,
            u8::from(ecp5_carry)
        )
    }
}

/// The timing of one window of sums: a group's (source channel, tap) weights issued from cycle
/// `start`, a multiple of `RING` (a restart in cycle `τ` restarts position `τ mod RING`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub ring: usize,
    pub start: usize,
    /// Cycles from one restart of a position to the next:
    /// [`window_length`](thermoblock_contract::plane::window_length) of the group's terms.
    pub length: usize,
}

impl Window {
    /// Cycles in which `restart` is asserted to start this window (the end of the previous one).
    pub fn restarts(&self) -> Range<usize> {
        self.start..self.start + self.ring
    }

    /// The cycle that carries term `k` (every position's window contains it).
    pub fn term_cycle(&self, k: usize) -> usize {
        self.start + self.ring - 1 + k
    }

    /// The cycle in which position `x`'s finished sum is on `sum`.
    pub fn done_cycle(&self, x: usize) -> usize {
        self.start + x + self.length + ARRAY_LATENCY - 1
    }

    /// `plane_in` for a plane loaded in cycle `cycle`, from the natural plane `nat[r][x]`: the
    /// register holds position `(i + τ) mod RING` at PE `i` in cycle `τ`.
    pub fn aligned(ring: usize, cycle: usize, nat: &[Vec<bool>]) -> Vec<bool> {
        nat.iter().flat_map(|row| (0..ring).map(move |i| row[(i + cycle + 1) % ring])).collect()
    }
}

/// One cycle's inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drive {
    /// One weight per column (only its low `WB` bits are wired).
    pub weights: Vec<i64>,
    pub tap: u8,
    pub plane_load: bool,
    /// `ROWS·RING` spins, `r·RING + i`.
    pub plane_in: Vec<bool>,
    pub restart: bool,
}

impl Drive {
    /// A cycle that adds nothing and keeps the plane rotating.
    pub fn idle(g: &Geometry) -> Self {
        Self {
            weights: vec![0; g.columns],
            tap: NO_TAP,
            plane_load: false,
            plane_in: vec![false; g.rows * g.ring],
            restart: false,
        }
    }
}

/// `v` as a `bits`-bit two's complement number.
fn wrap(v: i64, bits: u32) -> i64 {
    let m = 1i64 << bits;
    let x = v.rem_euclid(m);
    if x >= m / 2 { x - m } else { x }
}

/// The leaf, register for register.
#[derive(Clone, Debug)]
pub struct PlaneArrayTwin {
    pub g: Geometry,
    w1: Vec<i64>,
    tap1: u8,
    restart1: bool,
    w2: Vec<i64>,
    restart2: bool,
    sel: Vec<bool>,
    plane: Vec<bool>,
    acc: Vec<i64>,
}

impl PlaneArrayTwin {
    /// Every register at 0, as Verilator powers the leaf up.
    pub fn new(g: Geometry) -> Self {
        let pes = g.rows * g.ring;
        Self {
            g,
            w1: vec![0; g.columns],
            tap1: 0,
            restart1: false,
            w2: vec![0; g.columns],
            restart2: false,
            sel: vec![false; pes],
            plane: vec![false; pes],
            acc: vec![0; g.columns * pes],
        }
    }

    fn neighbour(&self, tap: u8, r: usize, i: usize) -> bool {
        if tap as usize >= TAPS {
            return false;
        }
        let (dy, dx) = (tap as isize / 3 - 1, tap as isize % 3 - 1);
        let rr = r as isize + dy;
        if rr < 0 || rr >= self.g.rows as isize {
            return false;
        }
        let ii = (i as isize + dx).rem_euclid(self.g.ring as isize) as usize;
        self.plane[rr as usize * self.g.ring + ii]
    }

    /// One rising edge with `d` on the inputs.
    pub fn edge(&mut self, d: &Drive) {
        let g = self.g;
        let (ring, pes) = (g.ring, g.rows * g.ring);
        // Accumulators from the old stage-2 registers.
        let mut acc = vec![0; self.acc.len()];
        for c in 0..g.columns {
            for r in 0..g.rows {
                for i in 0..ring {
                    let here = (c * g.rows + r) * ring + i;
                    let next = (c * g.rows + r) * ring + (i + 1) % ring;
                    let carried = if i == ring - 1 && self.restart2 { 0 } else { self.acc[next] };
                    let add = if self.sel[r * ring + i] { self.w2[c] } else { 0 };
                    acc[here] = wrap(carried + add, g.acc_bits);
                }
            }
        }
        let sel = (0..pes).map(|p| self.neighbour(self.tap1, p / ring, p % ring)).collect();
        let plane = (0..pes)
            .map(|p| if d.plane_load { d.plane_in[p] } else { self.plane[p / ring * ring + (p % ring + 1) % ring] })
            .collect();
        self.acc = acc;
        self.sel = sel;
        self.plane = plane;
        self.w2 = self.w1.clone();
        self.restart2 = self.restart1;
        self.w1 = d.weights.iter().map(|&w| wrap(w, g.weight_bits)).collect();
        self.tap1 = d.tap;
        self.restart1 = d.restart;
    }

    /// `sum` for column `c`, row `r`: the accumulator at ring position 0.
    pub fn sum(&self, c: usize, r: usize) -> i64 {
        self.acc[(c * self.g.rows + r) * self.g.ring]
    }
}

/// The leaf's Verilog, carried into every design that instantiates it.
pub const LEAF: &str = include_str!("plane_array.v");

/// The leaf as a rust-hdl block, so that the engine's top can hold it: its Verilog instantiates
/// `plane_array` ([`LEAF`]) with the ULX3S geometry's rows, ring and widths and `COLUMNS`
/// columns; its simulation is [`PlaneArrayTwin`], edge for edge (the leaf is checked against the
/// twin in Verilator, below, and the wrapper's wiring by replaying its own Verilog).
///
/// Ports as the leaf's (module documentation): `weight` is `WEIGHTS = COLUMNS·9` bits, `sum` is
/// `SUMS = COLUMNS·14·19` bits, column `c`, row `r` at `[19·(c·14 + r) +: 19]`.
#[derive(LogicBlock)]
pub struct PlaneArray<const COLUMNS: usize, const WEIGHTS: usize, const SUMS: usize> {
    pub clock: Signal<In, Clock>,
    pub weight: Signal<In, Bits<WEIGHTS>>,
    pub tap: Signal<In, Bits<4>>,
    pub plane_load: Signal<In, bool>,
    pub plane_in: Signal<In, Bits<{ PLANE_BITS }>>,
    pub restart: Signal<In, bool>,
    pub sum: Signal<Out, Bits<SUMS>>,
    /// Adders from ECP5 `CCU2C` cells (synthesis for the ECP5), else inferred.
    _ecp5_carry: bool,
    _twin: PlaneArrayTwin,
}

/// The ULX3S array's geometry with `columns` columns: 19-bit sums, 9-bit weights.
pub const fn ulx3s_geometry(columns: usize) -> Geometry {
    let weight_bits = thermoblock_contract::weights::WORD_BITS;
    Geometry { columns, rows: ROWS, ring: RING, acc_bits: SUM_BITS as u32, weight_bits }
}

impl<const COLUMNS: usize, const WEIGHTS: usize, const SUMS: usize> PlaneArray<COLUMNS, WEIGHTS, SUMS> {
    /// The wrapper; `ecp5_carry` picks the leaf's `CCU2C` adders.
    pub fn new(ecp5_carry: bool) -> Self {
        let g = ulx3s_geometry(COLUMNS);
        assert_eq!(WEIGHTS, COLUMNS * g.weight_bits as usize);
        assert_eq!(SUMS, COLUMNS * g.rows * g.acc_bits as usize);
        Self {
            clock: Default::default(),
            weight: Default::default(),
            tap: Default::default(),
            plane_load: Default::default(),
            plane_in: Default::default(),
            restart: Default::default(),
            sum: Default::default(),
            _ecp5_carry: ecp5_carry,
            _twin: PlaneArrayTwin::new(g),
        }
    }
}

impl<const COLUMNS: usize, const WEIGHTS: usize, const SUMS: usize> Default for PlaneArray<COLUMNS, WEIGHTS, SUMS> {
    fn default() -> Self {
        Self::new(false)
    }
}

impl<const COLUMNS: usize, const WEIGHTS: usize, const SUMS: usize> Logic for PlaneArray<COLUMNS, WEIGHTS, SUMS> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let g = self._twin.g;
            let wb = g.weight_bits as usize;
            let weight = self.weight.val();
            let plane = self.plane_in.val();
            let drive = Drive {
                weights: (0..COLUMNS)
                    .map(|c| (0..wb).fold(0i64, |v, b| v | i64::from(weight.get_bit(c * wb + b)) << b))
                    .collect(),
                tap: self.tap.val().to_u64() as u8,
                plane_load: self.plane_load.val(),
                plane_in: (0..PLANE_BITS).map(|i| plane.get_bit(i)).collect(),
                restart: self.restart.val(),
            };
            self._twin.edge(&drive);
            let acc = g.acc_bits as usize;
            let mut sum = Bits::<SUMS>::default();
            for c in 0..COLUMNS {
                for r in 0..g.rows {
                    let v = self._twin.sum(c, r);
                    for b in 0..acc {
                        sum = sum.replace_bit((c * g.rows + r) * acc + b, v >> b & 1 == 1);
                    }
                }
            }
            self.sum.next = sum;
        }
    }

    fn connect(&mut self) {
        self.sum.connect();
    }

    fn hdl(&self) -> Verilog {
        let params = ulx3s_geometry(COLUMNS).parameters(self._ecp5_carry);
        Verilog::Wrapper(Wrapper {
            code: format!(
                "plane_array {params} leaf (.clk(clock), .weight(weight), .tap(tap), .plane_load(plane_load), \
                 .plane_in(plane_in), .restart(restart), .sum(sum));"
            ),
            cores: LEAF.to_string(),
        })
    }
}

impl<const COLUMNS: usize, const WEIGHTS: usize, const SUMS: usize> crate::testbench::Clocked
    for PlaneArray<COLUMNS, WEIGHTS, SUMS>
{
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::verilog::{self, ToolRun};
    use crate::testbench::{Stream, VectorLine};
    use thermoblock_contract::plane::window_length;

    /// The ULX3S engine's geometry: 8 columns over a 14 x 14 grid (ring 15), ΔK1's 9-bit weights.
    const ULX3S: Geometry = ulx3s_geometry(8);
    const SMALL: Geometry = Geometry { columns: 2, rows: 3, ring: 4, acc_bits: 12, weight_bits: 9 };

    fn random_drives(g: &Geometry, n: usize, seed: u64) -> Vec<Drive> {
        let mut s = Stream(seed);
        let half = 1i64 << (g.weight_bits - 1);
        (0..n)
            .map(|_| Drive {
                weights: (0..g.columns).map(|_| s.below(2 * half as usize) as i64 - half).collect(),
                tap: s.below(16) as u8,
                plane_load: s.chance(20),
                plane_in: (0..g.rows * g.ring).map(|_| s.chance(50)).collect(),
                restart: s.chance(10),
            })
            .collect()
    }

    /// A group of windows computed the way the plane engine's controller will issue them, checked
    /// against the definition: `Σ_{c, tap} w[c, tap] · [x_c(r + dy, x + dx) = +1]`, zero outside
    /// the `h x w` grid. Windows follow each other back to back, so the restart pattern, the
    /// zero-weight pad cycles and the overlap of two windows are all exercised.
    fn convolve_through(g: Geometry, h: usize, w: usize, sources: usize, seed: u64) -> usize {
        convolve_with(g, h, w, sources, seed, window_length)
    }

    /// [`convolve_through`] with the window length given by `length(ring, terms)`.
    // The indices name a group, column, term and position in several tables at once.
    #[allow(clippy::needless_range_loop)]
    fn convolve_with(
        g: Geometry,
        h: usize,
        w: usize,
        sources: usize,
        seed: u64,
        length: fn(usize, usize) -> usize,
    ) -> usize {
        assert!(h <= g.rows && w < g.ring);
        let mut s = Stream(seed);
        let groups = 3;
        let terms = sources * TAPS;
        let len = length(g.ring, terms);
        // Planes: [group][source][r][x], natural order, pad positions 0.
        let planes: Vec<Vec<Vec<Vec<bool>>>> = (0..groups)
            .map(|_| {
                (0..sources)
                    .map(|_| {
                        (0..g.rows).map(|r| (0..g.ring).map(|x| r < h && x < w && s.chance(50)).collect()).collect()
                    })
                    .collect()
            })
            .collect();
        // Weights: [group][column][source·TAPS + tap].
        let half = 1i64 << (g.weight_bits - 1);
        let weights: Vec<Vec<Vec<i64>>> = (0..groups)
            .map(|_| {
                (0..g.columns).map(|_| (0..terms).map(|_| s.below(2 * half as usize) as i64 - half).collect()).collect()
            })
            .collect();
        let total = groups * len + g.ring + ARRAY_LATENCY + 1;
        let mut drives: Vec<Drive> = (0..total).map(|_| Drive::idle(&g)).collect();
        let windows: Vec<Window> = (0..groups).map(|k| Window { ring: g.ring, start: k * len, length: len }).collect();
        for (k, win) in windows.iter().enumerate() {
            for cyc in win.restarts() {
                drives[cyc].restart = true;
            }
            for term in 0..terms {
                let cyc = win.term_cycle(term);
                let (source, tap) = (term / TAPS, term % TAPS);
                let d = &mut drives[cyc];
                d.tap = tap as u8;
                d.weights = (0..g.columns).map(|c| weights[k][c][term]).collect();
                if tap == 0 {
                    d.plane_load = true;
                    d.plane_in = Window::aligned(g.ring, cyc, &planes[k][source]);
                }
            }
        }
        // The last window's end.
        for cyc in (Window { ring: g.ring, start: groups * len, length: len }).restarts() {
            drives[cyc].restart = true;
        }
        let mut twin = PlaneArrayTwin::new(g);
        let mut checked = 0;
        for (cycle, d) in drives.iter().enumerate() {
            twin.edge(d);
            let now = cycle + 1; // outputs after this edge are the state in cycle `now`
            for (k, win) in windows.iter().enumerate() {
                for x in 0..w {
                    if win.done_cycle(x) != now {
                        continue;
                    }
                    for c in 0..g.columns {
                        for r in 0..h {
                            let mut want = 0;
                            for term in 0..terms {
                                let (source, tap) = (term / TAPS, term % TAPS);
                                let (yy, xx) = (r as isize + tap as isize / 3 - 1, x as isize + tap as isize % 3 - 1);
                                let inside = (0..h as isize).contains(&yy) && (0..w as isize).contains(&xx);
                                if inside && planes[k][source][yy as usize][xx as usize] {
                                    want += weights[k][c][term];
                                }
                            }
                            assert_eq!(twin.sum(c, r), want, "group {k} column {c} position ({r}, {x}) in cycle {now}");
                            checked += 1;
                        }
                    }
                }
            }
        }
        checked
    }

    #[test]
    fn the_ring_computes_the_zero_padded_correlation() {
        // Full array (W = RING − 1), a narrower grid (several pad positions), a single source.
        assert_eq!(convolve_through(SMALL, 3, 3, 2, 1), 3 * 2 * 3 * 3);
        assert_eq!(convolve_through(SMALL, 2, 2, 3, 2), 3 * 2 * 2 * 2);
        assert_eq!(convolve_through(ULX3S, 14, 14, 4, 3), 3 * 8 * 14 * 14);
        assert_eq!(convolve_through(ULX3S, 8, 8, 1, 4), 3 * 8 * 8 * 8);
    }

    #[test]
    #[should_panic(expected = "column 0 position")]
    fn a_window_without_the_ring_pad_is_caught() {
        // Planted: S rounded up from the terms alone, without the RING − 1 cycles by which the
        // last position's window starts later; the groups' weights then run into each other.
        convolve_with(SMALL, 3, 3, 2, 1, |ring, terms| ring * terms.div_ceil(ring));
    }

    fn replay_testbench(g: &Geometry, n: usize, ecp5_carry: bool) -> String {
        let in_bits = g.columns * g.weight_bits as usize + 4 + 1 + g.rows * g.ring + 1;
        let out_bits = g.columns * g.rows * g.acc_bits as usize;
        format!(
            r#"
module tb;
  localparam N = {n};
  reg clk = 0;
  reg [{cw}:0] weight;
  reg [3:0] tap;
  reg plane_load;
  reg [{pw}:0] plane_in;
  reg restart;
  wire [{ow}:0] sum;
  reg [{lw}:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  plane_array {params} dut(.clk(clk), .weight(weight), .tap(tap), .plane_load(plane_load),
    .plane_in(plane_in), .restart(restart), .sum(sum));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {{weight, tap, plane_load, plane_in, restart}} = vec[i][{lw}:{out_bits}];
      #1 clk = 1;
      #1 clk = 0;
      if (sum !== vec[i][{ow}:0]) begin
        if (errors < 5) $display("MISMATCH cycle %0d: expected %h, got %h", i + 1, vec[i][{ow}:0], sum);
        errors = errors + 1;
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#,
            cw = g.columns * g.weight_bits as usize - 1,
            pw = g.rows * g.ring - 1,
            ow = out_bits - 1,
            lw = in_bits + out_bits - 1,
            params = g.parameters(ecp5_carry),
        )
    }

    fn vectors(g: &Geometry, drives: &[Drive], mut twin: PlaneArrayTwin, plant: bool) -> String {
        drives
            .iter()
            .map(|d| {
                twin.edge(d);
                let mut line = VectorLine::default();
                for &w in d.weights.iter().rev() {
                    line.put((w as u64) & ((1 << g.weight_bits) - 1), g.weight_bits as usize);
                }
                line.put(d.tap as u64, 4);
                line.put(d.plane_load as u64, 1);
                for &b in d.plane_in.iter().rev() {
                    line.put(b as u64, 1);
                }
                line.put(d.restart as u64, 1);
                for c in (0..g.columns).rev() {
                    for r in (0..g.rows).rev() {
                        // Planted: the expected sums with their low bit flipped.
                        let v = if plant { twin.sum(c, r) ^ 1 } else { twin.sum(c, r) };
                        line.put((v as u64) & ((1 << g.acc_bits) - 1), g.acc_bits as usize);
                    }
                }
                line.hex()
            })
            .collect()
    }

    /// Yosys' simulation models of the ECP5 cells the `ECP5_CARRY` build instantiates (`CCU2C` and
    /// the `LUT4`/`LUT2` it is made of), cut out of its `cells_sim.v`; `None` without Yosys.
    fn ecp5_cell_models() -> Option<String> {
        let path = ["/usr/share/yosys/ecp5/cells_sim.v", "/usr/local/share/yosys/ecp5/cells_sim.v"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())?;
        let text = std::fs::read_to_string(path).ok()?;
        let module = |name: &str| {
            let start = text.find(&format!("module {name}(")).unwrap_or_else(|| panic!("{path} has no {name}"));
            let end = start + text[start..].find("endmodule").expect("endmodule") + "endmodule".len();
            format!("{}\n", &text[start..end])
        };
        // Yosys' models compare string parameters with mismatched widths; not ours to fix.
        Some(format!(
            "/* verilator lint_off WIDTH */\n{}/* verilator lint_on WIDTH */\n",
            ["LUT4", "LUT2", "CCU2C"].map(module).concat()
        ))
    }

    fn replay(name: &str, g: Geometry, n: usize, plant: bool, carry_cells: Option<&str>) -> ToolRun {
        let drives = random_drives(&g, n, 7);
        let text = match carry_cells {
            None => LEAF.to_string(),
            Some(cells) => format!("{LEAF}\n{cells}"),
        };
        let testbench = replay_testbench(&g, n, carry_cells.is_some());
        verilog::verilator_replay_of(name, &text, &testbench, &vectors(&g, &drives, PlaneArrayTwin::new(g), plant))
    }

    /// Two columns of the ULX3S geometry as a rust-hdl block.
    type Wrapped = PlaneArray<2, 18, { 2 * 14 * 19 }>;

    /// The wrapper in rust-hdl's simulator (the twin) and its generated Verilog (the leaf behind
    /// `top`) in Verilator, on the same random stimulus: every sum bit, every cycle; a wiring slip
    /// in the wrapper (a port to the wrong pin, the parameters of another geometry) fails.
    #[test]
    fn the_wrapper_drives_the_leaf_as_its_simulation_does() {
        let g = ulx3s_geometry(2);
        let drives = random_drives(&g, 600, 11);
        let mut bench = crate::testbench::Bench::new(Wrapped::default());
        let mut lines = String::new();
        for d in &drives {
            let dut = &mut bench.dut;
            let mut weight = Bits::<18>::default();
            for (c, &w) in d.weights.iter().enumerate() {
                for b in 0..9 {
                    weight = weight.replace_bit(c * 9 + b, w >> b & 1 == 1);
                }
            }
            dut.weight.next = weight;
            dut.tap.next = (d.tap as u64).to_bits();
            dut.plane_load.next = d.plane_load;
            let mut plane = Bits::<PLANE_BITS>::default();
            for (i, &b) in d.plane_in.iter().enumerate() {
                plane = plane.replace_bit(i, b);
            }
            dut.plane_in.next = plane;
            dut.restart.next = d.restart;
            bench.cycle();
            let mut line = VectorLine::default();
            for &w in d.weights.iter().rev() {
                line.put((w as u64) & 0x1ff, 9);
            }
            line.put(d.tap as u64, 4);
            line.put(d.plane_load as u64, 1);
            for &b in d.plane_in.iter().rev() {
                line.put(b as u64, 1);
            }
            line.put(d.restart as u64, 1);
            let sum = bench.dut.sum.val();
            for i in (0..2 * 14 * 19).rev() {
                line.put(sum.get_bit(i) as u64, 1);
            }
            lines.push_str(&line.hex());
        }
        let text = verilog::verilog_file(Wrapped::default());
        verilog::assert_text_lint_clean("plane_array_wrapped", &text);
        let testbench = replay_testbench(&g, drives.len(), false)
            .replace(&format!("plane_array {}", g.parameters(false)), "top")
            .replace(".clk(clk)", ".clock(clk)");
        match verilog::verilator_replay_of("plane_array_wrapped", &text, &testbench, &lines) {
            ToolRun::Passed => {}
            ToolRun::Failed(log) => panic!("the wrapper's Verilog differs from its simulation:\n{log}"),
            ToolRun::Missing(tool) => verilog::skip_missing_tool(tool, "Verilator replay of the wrapped plane array"),
        }
    }

    #[test]
    fn the_leaf_matches_its_twin_in_verilator() {
        for (name, g, n) in [("plane_array_small", SMALL, 3_000), ("plane_array_ulx3s", ULX3S, 400)] {
            match replay(name, g, n, false, None) {
                ToolRun::Passed => {}
                ToolRun::Failed(log) => panic!("plane_array.v ({g:?}) differs from its twin:\n{log}"),
                ToolRun::Missing(tool) => verilog::skip_missing_tool(tool, "Verilator replay of plane_array.v"),
            }
        }
        // The comparison can fail: a twin off by one bit is caught.
        if let ToolRun::Passed = replay("plane_array_planted", SMALL, 200, true, None) {
            panic!("the replay passed a planted twin error");
        }
    }

    #[test]
    fn the_ecp5_carry_cell_build_matches_its_twin_in_verilator() {
        // The CCU2C build simulated with Yosys' own cell models: the LUT INIT and the carry wiring
        // are checked against the twin, not only the inferred adder.
        let Some(cells) = ecp5_cell_models() else {
            return verilog::skip_missing_tool("yosys", "the ECP5 cell models for plane_array.v");
        };
        // ULX3S's word widths on a small array (the full array's 16,800 cells take minutes to build).
        let odd = Geometry { columns: 2, rows: 3, ring: 5, ..ULX3S };
        for (name, g, n) in [("plane_array_small_ccu2c", SMALL, 2_000), ("plane_array_odd_ccu2c", odd, 2_000)] {
            match replay(name, g, n, false, Some(&cells)) {
                ToolRun::Passed => {}
                ToolRun::Failed(log) => panic!("plane_array.v with ECP5_CARRY ({g:?}) differs from its twin:\n{log}"),
                ToolRun::Missing(tool) => verilog::skip_missing_tool(tool, "Verilator replay of plane_array.v"),
            }
        }
        // A wrong INIT (the AND dropped: acc ^ w) is caught.
        let g = SMALL;
        let drives = random_drives(&g, 200, 7);
        let run = verilog::verilator_replay_of(
            "plane_array_wrong_init",
            &format!("{}\n{cells}", LEAF.replace("16'h6A6A", "16'h6666")),
            &replay_testbench(&g, 200, true),
            &vectors(&g, &drives, PlaneArrayTwin::new(g), false),
        );
        assert!(!matches!(run, ToolRun::Passed), "a CCU2C INIT without the spin's AND passed");
    }

    #[test]
    fn the_leaf_lints_clean() {
        for g in [SMALL, ULX3S] {
            let top = format!(
                "module top(input wire clk, input wire [{cw}:0] weight, input wire [3:0] tap, input wire plane_load, \
                 input wire [{pw}:0] plane_in, input wire restart, output wire [{ow}:0] sum);\n\
                 plane_array {p} array(.clk(clk), .weight(weight), .tap(tap), .plane_load(plane_load), \
                 .plane_in(plane_in), .restart(restart), .sum(sum));\nendmodule\n",
                cw = g.columns * g.weight_bits as usize - 1,
                pw = g.rows * g.ring - 1,
                ow = g.columns * g.rows * g.acc_bits as usize - 1,
                p = g.parameters(false),
            );
            verilog::assert_text_lint_clean("plane_array", &format!("{LEAF}\n{top}"));
        }
    }
}
