//! The plane engine's schedule: its geometry, the window of every group of sums, the order in
//! which its decision units meet the spins, and its cycles per sweep in closed form
//! (docs/ARCHITECTURE.md, "The plane engine"). The RTL's PE array (`thermoblock_hdl::plane`)
//! takes its window arithmetic from here, and the chip model runs on this schedule.

use crate::shape::BlockShape;

/// Taps of the array's neighbourhood: kernels up to 3 x 3.
pub const TAPS: usize = 9;

/// Plane rows the plane store delivers per cycle (one dual-port read of two row words).
pub const ROWS_PER_CYCLE: usize = 2;

/// Edges from a term's cycle to the weight's add: the weight banks' registered read (the array's
/// tap, restart and plane load wait a register beside it), then the PE array's
/// [`ARRAY_LATENCY`]. A position's sum is on the array's output `S + ADD_LATENCY − 1` cycles
/// after the controller's restart of it.
pub const ADD_LATENCY: usize = WEIGHT_READ_LATENCY + ARRAY_LATENCY;

/// The weight banks' read: the address register (the term's address sums), the block RAM's read
/// and its output register (an ECP5 DP16KD's own; without it the block's 5.8 ns clock-to-output
/// leaves 52 MHz).
pub const WEIGHT_READ_LATENCY: usize = 3;

/// Edges from the PE array's inputs to the add: two fan-out register stages, then the
/// accumulator.
pub const ARRAY_LATENCY: usize = 3;

/// Cycles from a decision unit taking a sum to its spin being readable in the plane store: the
/// unit's 7 (`2A − B` pre-add, multiply, coarse shift, fine shift and clamp, offset and
/// saturation, threshold table, the compare's register; `thermoblock_hdl::plane::decision`, which
/// checks this at compile time) and the store's write. Every stall below follows from it.
pub const DECISION_LATENCY: usize = 8;

/// Cycles before a source channel's first term at which the plane store is read for it: the
/// read pipeline ([`PLANE_STAGE_DELAY`]) and the rows, `ROWS_PER_CYCLE` a cycle, so that the last
/// pair is staged the edge before the load.
pub const fn plane_lead(h: usize) -> usize {
    PLANE_STAGE_DELAY + h.div_ceil(ROWS_PER_CYCLE)
}

/// Edges from a plane row pair's read to the staging register: the block RAM's read, its output
/// register, the row rotator's register (`thermoblock_hdl::plane::plane_store`).
pub const PLANE_STAGE_DELAY: usize = 3;

/// The array: `columns` destination channels x `rows` grid rows x a ring of `ring` positions
/// (the grid's width plus one zero pad).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaneGeometry {
    pub columns: usize,
    pub rows: usize,
    pub ring: usize,
}

/// The ULX3S engine: 8 columns over grids up to 14 x 14.
pub const ULX3S_ARRAY: PlaneGeometry = PlaneGeometry { columns: 8, rows: 14, ring: 15 };

/// `S`: cycles from one restart of a position to the next, for `terms` (source channel, tap)
/// weights a group. Position `x` restarts `x` cycles after the group (`x < ring`), so every
/// position's window holds the `terms` cycles only if `S ≥ terms + ring − 1`; the restart pattern
/// repeats only if `S` is a multiple of `ring`.
pub fn window_length(ring: usize, terms: usize) -> usize {
    ring * (terms + ring - 1).div_ceil(ring)
}

/// `σ`: cycles per source channel for a `kh x kw` kernel on an `h`-row grid: its taps, or the plane
/// load (`h / ROWS_PER_CYCLE` rows a cycle) where that is longer (1 x 1 kernels).
pub fn channel_cycles((kh, kw): (usize, usize), h: usize) -> usize {
    (kh * kw).max(h.div_ceil(ROWS_PER_CYCLE))
}

/// One phase's windows, as the controller counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseTiming {
    /// `S`: cycles per window ([`PlaneSchedule::window`]).
    pub length: usize,
    /// `σ`: cycles per source channel ([`channel_cycles`]).
    pub sigma: usize,
    /// Source channels.
    pub sources: usize,
    /// `sources · σ`: the window's term cycles.
    pub terms: usize,
    /// Windows (destination groups).
    pub groups: usize,
    /// The kernel read (`K3` is 1 x 1).
    pub kernel: (usize, usize),
}

impl PhaseTiming {
    /// Cycles of the phase: its windows back to back.
    pub fn cycles(&self) -> usize {
        self.groups * self.length
    }
}

/// The controller's configuration for one block on one grid ([`PlaneSchedule::control`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaneControl {
    /// Clamp hidden (`ΔK1`), clamp output (`ΔK3`), hidden (`K2ᵀ`), output (`K2`).
    pub phases: [PhaseTiming; 4],
    /// Cycles before each hidden half-sweep, and before each output half-sweep.
    pub stall_hidden: usize,
    pub stall_output: usize,
    pub h: usize,
    pub w: usize,
    /// Row pairs a plane load reads: `⌈H/2⌉`.
    pub pairs: usize,
    /// [`plane_lead`].
    pub lead: usize,
}

/// One block on one grid, scheduled on an array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaneSchedule {
    pub array: PlaneGeometry,
    pub shape: BlockShape,
}

impl PlaneSchedule {
    /// Groups of `channels` destination channels: one per `columns`.
    pub fn groups(&self, channels: usize) -> usize {
        channels.div_ceil(self.array.columns)
    }

    /// `S` of a window of `terms` terms on this grid: [`window_length`], and at least the group's
    /// `H·W` positions rounded up to whole ring turns. A column decides its group's positions one a
    /// cycle, so the next group's sums must not arrive before they are all taken (the sum queue
    /// keeps one group). Only small inputs need the second bound: the clamp pass's `K3` window of
    /// an 8-channel input on an 8 x 8 grid is 60 cycles for 64 positions.
    pub fn window(&self, terms: usize) -> usize {
        let ring = self.array.ring;
        window_length(ring, terms).max((self.shape.h * self.shape.w).next_multiple_of(ring))
    }

    /// Cycles a phase that reads the layer of `written` channels just updated (back to back) must
    /// wait so that it reads no plane before the last group's spins are in the store.
    ///
    /// The last group's decision unit decides its `H·W` positions in raster order, one a cycle,
    /// from `ADD_LATENCY − 1` cycles after the phase's end (positions arrive by `x`, each before its
    /// turn), so its last spin is readable `ADD_LATENCY − 1 + H·W − 1 + DECISION_LATENCY` cycles
    /// after the end. The next phase reads its first channel of that group, `(G − 1)·D`, at
    /// `L − 1 + (G − 1)·D·σ − lead` cycles after its start.
    ///
    /// A stall is a whole number of ring turns: a position's sums are tied to the ring's phase
    /// (position `x` restarts in cycles `≡ x mod L`), so every window starts at a multiple of `L`.
    pub fn stall(&self, written: usize, sigma: usize) -> u64 {
        let d = self.array.columns;
        let ready = ADD_LATENCY - 1 + self.shape.h * self.shape.w - 1 + DECISION_LATENCY;
        let read =
            (self.array.ring - 1 + (self.groups(written) - 1) * d * sigma) as i64 - plane_lead(self.shape.h) as i64;
        let short = (ready as i64 - read).max(0) as u64;
        short.next_multiple_of(self.array.ring as u64)
    }

    /// The hidden half-sweep (`K2ᵀ` from the output layer) plus the output half-sweep (`K2`), each
    /// after its stall, if any ([`Self::stall`]; none for the checked-in blocks).
    pub fn sweep_cycles(&self) -> u64 {
        let c = self.control();
        (c.stall_hidden + c.phases[2].cycles() + c.stall_output + c.phases[3].cycles()) as u64
    }

    /// After the last window: the last group's decisions (`ADD_LATENCY − 1 + H·W − 1 +
    /// DECISION_LATENCY`), whose spins and sums end the run.
    pub fn tail_cycles(&self) -> u64 {
        (ADD_LATENCY - 1 + self.shape.h * self.shape.w - 1 + DECISION_LATENCY) as u64
    }

    /// A run of `sweeps` sweeps: the clamp pass, the sweeps, the tail.
    pub fn run_cycles(&self, sweeps: u32) -> u64 {
        self.clamp_cycles() + sweeps as u64 * self.sweep_cycles() + self.tail_cycles()
    }

    /// The clamp pass: `K1` into the hidden layer, then the 1 x 1 `K3` into the output layer (both
    /// read the clamped input, so neither waits).
    pub fn clamp_cycles(&self) -> u64 {
        let c = self.control();
        (c.phases[0].cycles() + c.phases[1].cycles()) as u64
    }

    /// What the controller is told: the four phases' windows (in the order clamp hidden, clamp
    /// output, hidden, output), the stalls before the two half-sweeps, and the grid. The host
    /// computes these and writes them; the RTL has no divider or multiplier for them.
    pub fn control(&self) -> PlaneControl {
        let b = self.shape;
        let timing = |dest: usize, sources: usize, kernel: (usize, usize)| {
            let sigma = channel_cycles(kernel, b.h);
            PhaseTiming {
                length: self.window(sources * sigma),
                sigma,
                sources,
                terms: sources * sigma,
                groups: self.groups(dest),
                kernel,
            }
        };
        let sigma = channel_cycles(b.k2, b.h);
        PlaneControl {
            phases: [
                timing(b.c1, b.c0, b.k1),
                timing(b.c2, b.c0, (1, 1)),
                timing(b.c1, b.c2, b.k2),
                timing(b.c2, b.c1, b.k2),
            ],
            stall_hidden: self.stall(b.c2, sigma) as usize,
            stall_output: self.stall(b.c1, sigma) as usize,
            h: b.h,
            w: b.w,
            pairs: b.h.div_ceil(ROWS_PER_CYCLE),
            lead: plane_lead(b.h),
        }
    }

    /// The decisions of one half-sweep that updates a layer of `channels` channels, in the order
    /// the engine makes them: group by group, and in a group position by position in raster order;
    /// at each, every column's decision unit draws once. Yields `(column, channel, position)`,
    /// with `channel` `None` where the column has no channel in the last group (its unit still
    /// draws, so a stream's use never depends on the block).
    pub fn decisions(&self, channels: usize) -> impl Iterator<Item = (usize, Option<usize>, usize)> + '_ {
        let (columns, positions) = (self.array.columns, self.shape.h * self.shape.w);
        (0..self.groups(channels)).flat_map(move |g| {
            (0..positions).flat_map(move |p| {
                (0..columns).map(move |d| {
                    let c = g * columns + d;
                    (d, (c < channels).then_some(c), p)
                })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mnist() -> PlaneSchedule {
        sized(32, 64, 64, 14, 14)
    }

    /// A block with 3 x 3 kernels on the ULX3S array.
    fn sized(c0: usize, c1: usize, c2: usize, h: usize, w: usize) -> PlaneSchedule {
        PlaneSchedule { array: ULX3S_ARRAY, shape: BlockShape { c0, c1, c2, k1: (3, 3), k2: (3, 3), h, w } }
    }

    #[test]
    fn window_holds_every_term_in_every_position() {
        for ring in 1..20 {
            for terms in 1..200 {
                let s = window_length(ring, terms);
                assert_eq!(s % ring, 0);
                assert!(s >= terms + ring - 1, "ring {ring} terms {terms}");
                assert!(s < terms + 2 * ring - 1, "no longer than needed");
            }
        }
    }

    #[test]
    fn cycles_of_the_checked_in_block_shapes() {
        // By hand: MNIST: 8 groups x 15·⌈(576 + 14)/15⌉ = 600 each way.
        assert_eq!(mnist().sweep_cycles(), 8 * 600 + 8 * 600);
        // Clamp: K1 8 x S(32·9 = 288) = 8 x 315; K3 (1x1, σ = 7 rows' load) 8 x S(224) = 8 x 240.
        assert_eq!(mnist().clamp_cycles(), 8 * 315 + 8 * 240);
        // Fashion 64/96/64: hidden 12 x S(64·9) = 12 x 600, output 8 x S(96·9 = 864) = 8 x 885.
        let f1 = sized(64, 96, 64, 14, 14);
        assert_eq!(f1.sweep_cycles(), 12 * 600 + 8 * 885);
        // Fashion 64/96/128: hidden 12 x S(1152) = 12 x 1170, output 16 x 885.
        let f2 = sized(64, 96, 128, 14, 14);
        assert_eq!(f2.sweep_cycles(), 12 * 1170 + 16 * 885);
    }

    /// When each plane of a phase is first read and when the previous phase's last write to it is
    /// readable, from an event walk of the windows, the decision units' queues and the plane loads
    /// — not from [`PlaneSchedule::stall`]'s formula. Returns the worst `read − ready` over every
    /// channel, for a phase that starts `stall` cycles after the one before it ends.
    fn margin(s: &PlaneSchedule, written: usize, sigma_write: usize, sigma_read: usize, stall: usize) -> i64 {
        let (d, ring, hw) = (s.array.columns, s.array.ring, s.shape.h * s.shape.w);
        let len_w = s.window(written_sources(s, written) * sigma_write);
        let groups = s.groups(written);
        let end = groups * len_w;
        // Decision unit of each column: sums of group g at position x arrive at
        // g·S + S + ADD_LATENCY − 1 + x (all rows at once); one decision a cycle, raster order.
        let mut ready = vec![0i64; written];
        for g in 0..groups {
            let base = (g + 1) * len_w + ADD_LATENCY - 1;
            let mut t = 0usize;
            for p in 0..hw {
                let arrival = base + p % s.shape.w;
                t = if p == 0 { arrival } else { (t + 1).max(arrival) };
            }
            for col in 0..d {
                if g * d + col < written {
                    ready[g * d + col] = (t + DECISION_LATENCY) as i64;
                }
            }
        }
        // The next phase: channel c's terms from L − 1 + c·σ, its plane read `lead` before.
        (0..written)
            .map(|c| (end + stall + ring - 1 + c * sigma_read) as i64 - plane_lead(s.shape.h) as i64 - ready[c])
            .min()
            .unwrap()
    }

    /// Source channels of the phase that writes a layer of `written` channels.
    fn written_sources(s: &PlaneSchedule, written: usize) -> usize {
        if written == s.shape.c1 { s.shape.c2 } else { s.shape.c1 }
    }

    #[test]
    fn no_plane_is_read_before_it_is_written_and_no_stall_is_longer_than_needed() {
        let shapes = [(32, 64, 64, 14, 14), (64, 96, 128, 14, 14), (8, 16, 8, 8, 8), (2, 3, 2, 3, 3), (1, 9, 17, 1, 1)];
        for (c0, c1, c2, h, w) in shapes {
            let s = sized(c0, c1, c2, h, w);
            let sigma = channel_cycles(s.shape.k2, h);
            for (written, name) in [(c1, "hidden"), (c2, "output")] {
                let stall = s.stall(written, sigma) as usize;
                let m = margin(&s, written, sigma, sigma, stall);
                assert!(m >= 0, "{c0}/{c1}/{c2} {h}x{w}: the {name} layer is read {m} cycles early");
                assert_eq!(stall % ULX3S_ARRAY.ring, 0, "whole ring turns");
                if stall > 0 {
                    let early = margin(&s, written, sigma, sigma, stall - ULX3S_ARRAY.ring);
                    assert!(early < 0, "{c0}/{c1}/{c2} {h}x{w}: a stall of {stall} is a ring turn longer than needed");
                }
            }
        }
        // The checked-in shapes run back to back; the small ones wait.
        assert_eq!(mnist().stall(64, 9), 0);
        assert!(sized(8, 16, 8, 8, 8).stall(8, 9) > 0);
    }

    #[test]
    fn every_spin_is_decided_once_per_half_sweep_and_each_unit_draws_alike() {
        for (c, h, w) in [(64, 14, 14), (13, 3, 5), (8, 1, 1), (1, 2, 2)] {
            let s = sized(32, c, c, h, w);
            let mut seen = vec![0u32; c * h * w];
            let mut draws = [0usize; ULX3S_ARRAY.columns];
            let mut last = None;
            for (d, channel, p) in s.decisions(c) {
                draws[d] += 1;
                if let Some(m) = channel {
                    assert_eq!(m % ULX3S_ARRAY.columns, d, "column d decides channels ≡ d");
                    seen[m * h * w + p] += 1;
                    // Within a column, group-major then raster order.
                    let key = (m / ULX3S_ARRAY.columns, p);
                    if d == 0 {
                        assert!(last.is_none_or(|l| l < key));
                        last = Some(key);
                    }
                }
            }
            assert!(seen.iter().all(|&n| n == 1), "c {c} grid {h}x{w}");
            assert!(draws.iter().all(|&n| n == s.groups(c) * h * w));
        }
    }
}
