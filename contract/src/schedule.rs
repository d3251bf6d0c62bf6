//! The sweep controller's cycle schedule: what the chip does on every clock of a run.
//!
//! This is the reference sequence for the RTL's `SweepController` (its address outputs are zipped
//! against [`Schedule`]) and the definition of the chip's cycle count: [`Schedule::cycles`] is the
//! number of steps it yields, and `ChipModel::cycles` must equal it (tested).
//!
//! A run is a clamp pass and `G` sweeps; each is made of *phases*, each phase of *slots* (one per
//! position and lane group, positions in raster order, then groups), each slot of accumulate
//! cycles followed by [`PIPELINE_LATENCY`] drain cycles:
//!
//! | phase | accumulate cycles per slot, in order |
//! |---|---|
//! | `ClampHidden` | input channel `c`, then `k1` tap `t`: add `K1P` or `K1M` by the input spin `x[c, p+t]` |
//! | `ClampOutput` | input channel `c` (`K3P`/`K3M`), then each `k2` tap `t` (`u[o, t]`) |
//! | `Hidden` | output channel `o`, then `k2` tap `t`: add `±W2[o, m, t]` by `s2[o, p - t]` |
//! | `Output` | hidden channel `m`, then `k2` tap `t`: add `±W2[o, m, t]` by `s1[m, p + t]` |
//!
//! A tap whose source position is outside the grid still takes its cycle and adds nothing (the
//! source is `None`), so a slot's length never depends on its position.
//!
//! The clamp pass's slots also draw the start spins: in each `ClampHidden` slot every lane draws once
//! and sets its hidden spin to +1 iff the draw's top bit is set, and `ClampOutput` does the same for
//! the output layer — the model's step 4, in the same slot order.

use crate::shape::BlockShape;

/// Edges from an accumulate step's spin read to its add: the source spin is read first, because in
/// the clamp pass it selects the weight's address (`K1P` or `K1M`), then the weight.
pub const OPERAND_LATENCY: u64 = 2;
/// Edges from a lane's `compute` strobe to its spin: the field unit's 3 (multiply, round, offset) and
/// the p-bit's 1 (threshold table and comparator).
pub const LANE_LATENCY: u64 = 4;
/// A spin-memory write is seen by reads sampled one edge later.
pub const WRITE_LATENCY: u64 = 1;
/// Drain cycles that end every slot: after them the slot's spins are written and readable, so the
/// next slot (even the first of the next phase, reading the layer just written) sees them.
pub const PIPELINE_LATENCY: u64 = OPERAND_LATENCY + LANE_LATENCY + WRITE_LATENCY;

/// What one phase updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    ClampHidden,
    ClampOutput,
    Hidden,
    Output,
}

/// One clock of the schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub phase: Phase,
    /// Destination position (raster index) of the slot.
    pub pos: usize,
    /// Lane group of the slot: lane `l` works on destination channel `group · P + l`.
    pub group: usize,
    pub kind: StepKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// Add one term: source channel, kernel tap, and the source spin's position (`None` outside the
    /// grid: the cycle adds nothing).
    Accumulate { channel: usize, tap: usize, source: Option<usize> },
    /// A `u[o, tap]` term of `ClampOutput`: added when the tap's source position is in the grid.
    Border { tap: usize, in_grid: bool },
    /// One of the `PIPELINE_LATENCY` cycles that finish a slot. The chip's datapath runs
    /// `OPERAND_LATENCY` edges behind the schedule (spin read, then weight read, then add); the lanes'
    /// `compute` strobe is the first drain cycle and their spins (`LANE_LATENCY` later) are written
    /// at the edge that samples the last one, so the next slot's first read, one edge later
    /// (`WRITE_LATENCY`), sees them — also across a phase boundary.
    Drain { cycle: u64 },
}

/// Geometry the schedule depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub lanes: usize,
    pub shape: BlockShape,
}

impl Schedule {
    /// The source position of tap `(ty, tx)` of a `kh x kw` kernel for destination `pos`, read in
    /// direction `dir` (+1: `p + offset`, the forward convolution; -1: `p - offset`, its transpose).
    pub fn source(&self, pos: usize, (kh, kw): (usize, usize), tap: usize, dir: isize) -> Option<usize> {
        let (y, x) = ((pos / self.shape.w) as isize, (pos % self.shape.w) as isize);
        let (ty, tx) = ((tap / kw) as isize - (kh / 2) as isize, (tap % kw) as isize - (kw / 2) as isize);
        let (sy, sx) = (y + dir * ty, x + dir * tx);
        ((0..self.shape.h as isize).contains(&sy) && (0..self.shape.w as isize).contains(&sx))
            .then(|| (sy as usize) * self.shape.w + sx as usize)
    }

    /// The steps of one phase, in order.
    pub fn phase(&self, phase: Phase) -> impl Iterator<Item = Step> + '_ {
        let (dest_channels, taps) = match phase {
            Phase::ClampHidden => (self.shape.c1, self.shape.c0 * self.shape.k1.0 * self.shape.k1.1),
            Phase::ClampOutput => (self.shape.c2, self.shape.c0 + self.shape.k2.0 * self.shape.k2.1),
            Phase::Hidden => (self.shape.c1, self.shape.c2 * self.shape.k2.0 * self.shape.k2.1),
            Phase::Output => (self.shape.c2, self.shape.c1 * self.shape.k2.0 * self.shape.k2.1),
        };
        let groups = dest_channels.div_ceil(self.lanes);
        (0..self.shape.h * self.shape.w).flat_map(move |pos| {
            (0..groups).flat_map(move |group| {
                let terms = (0..taps).map(move |i| Step { phase, pos, group, kind: self.term(phase, pos, i) });
                let drain =
                    (0..PIPELINE_LATENCY).map(move |cycle| Step { phase, pos, group, kind: StepKind::Drain { cycle } });
                terms.chain(drain)
            })
        })
    }

    /// Accumulate step `i` of a slot at `pos` in `phase`.
    fn term(&self, phase: Phase, pos: usize, i: usize) -> StepKind {
        let t1 = self.shape.k1.0 * self.shape.k1.1;
        let t2 = self.shape.k2.0 * self.shape.k2.1;
        match phase {
            Phase::ClampHidden => StepKind::Accumulate {
                channel: i / t1,
                tap: i % t1,
                source: self.source(pos, self.shape.k1, i % t1, 1),
            },
            Phase::ClampOutput if i < self.shape.c0 => StepKind::Accumulate { channel: i, tap: 0, source: Some(pos) },
            Phase::ClampOutput => {
                let tap = i - self.shape.c0;
                StepKind::Border { tap, in_grid: self.source(pos, self.shape.k2, tap, 1).is_some() }
            }
            Phase::Hidden => StepKind::Accumulate {
                channel: i / t2,
                tap: i % t2,
                source: self.source(pos, self.shape.k2, i % t2, -1),
            },
            Phase::Output => StepKind::Accumulate {
                channel: i / t2,
                tap: i % t2,
                source: self.source(pos, self.shape.k2, i % t2, 1),
            },
        }
    }

    /// Cycles of one phase: the number of steps [`phase`](Self::phase) yields, counted in closed form.
    pub fn phase_cycles(&self, phase: Phase) -> u64 {
        let (dest, taps) = match phase {
            Phase::ClampHidden => (self.shape.c1, self.shape.c0 * self.shape.k1.0 * self.shape.k1.1),
            Phase::ClampOutput => (self.shape.c2, self.shape.c0 + self.shape.k2.0 * self.shape.k2.1),
            Phase::Hidden => (self.shape.c1, self.shape.c2 * self.shape.k2.0 * self.shape.k2.1),
            Phase::Output => (self.shape.c2, self.shape.c1 * self.shape.k2.0 * self.shape.k2.1),
        };
        (self.shape.h * self.shape.w * dest.div_ceil(self.lanes)) as u64 * (taps as u64 + PIPELINE_LATENCY)
    }

    /// Cycles of a run of `sweeps` sweeps.
    pub fn cycles(&self, sweeps: u32) -> u64 {
        self.phase_cycles(Phase::ClampHidden)
            + self.phase_cycles(Phase::ClampOutput)
            + sweeps as u64 * (self.phase_cycles(Phase::Hidden) + self.phase_cycles(Phase::Output))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Schedule {
        Schedule { lanes: 4, shape: BlockShape { c0: 2, c1: 5, c2: 3, k1: (3, 3), k2: (3, 3), h: 3, w: 4 } }
    }

    #[test]
    fn closed_form_counts_the_steps() {
        let s = small();
        for phase in [Phase::ClampHidden, Phase::ClampOutput, Phase::Hidden, Phase::Output] {
            assert_eq!(s.phase(phase).count() as u64, s.phase_cycles(phase), "{phase:?}");
        }
    }

    #[test]
    fn sources_follow_the_convolution_and_its_transpose() {
        let s = small();
        // Position (1, 1) = 5 on a 3x4 grid; tap 0 is offset (-1, -1).
        assert_eq!(s.source(5, (3, 3), 0, 1), Some(0));
        assert_eq!(s.source(5, (3, 3), 0, -1), Some(10));
        // Corner (0, 0): tap 0 reads outside the grid forward, inside transposed.
        assert_eq!(s.source(0, (3, 3), 0, 1), None);
        assert_eq!(s.source(0, (3, 3), 0, -1), Some(5));
        // The centre tap is the position itself.
        assert_eq!(s.source(7, (3, 3), 4, 1), Some(7));
    }

    #[test]
    fn every_in_grid_coupling_is_visited_once_per_slot_group() {
        // Over the Output phase, the in-grid accumulate steps are exactly the unrolled couplings
        // of K2 for one destination channel group: window_pairs(k) x C1 per group.
        let s = small();
        let in_grid =
            s.phase(Phase::Output).filter(|st| matches!(st.kind, StepKind::Accumulate { source: Some(_), .. })).count();
        let groups = s.shape.c2.div_ceil(s.lanes);
        assert_eq!(in_grid, groups * s.shape.c1 * s.shape.window_pairs((3, 3)));
    }
}
