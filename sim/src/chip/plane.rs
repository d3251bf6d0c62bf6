//! The plane engine's schedule: its geometry, the window of every group of sums, the order in
//! which its decision units meet the spins, and its cycles per sweep in closed form
//! (docs/ARCHITECTURE.md, "The plane engine"). The RTL's PE array (`thermoblock_hdl::plane`)
//! takes its window arithmetic from here; the model's run on this schedule is the next stage.

/// Taps of the array's neighbourhood: kernels up to 3 x 3.
pub const TAPS: usize = 9;

/// Plane rows the plane store delivers per cycle (one dual-port read of two row words).
pub const ROWS_PER_CYCLE: usize = 2;

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

/// One block on one grid, scheduled on an array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaneSchedule {
    pub array: PlaneGeometry,
    pub c0: usize,
    pub c1: usize,
    pub c2: usize,
    pub k1: (usize, usize),
    pub k2: (usize, usize),
    pub h: usize,
    pub w: usize,
}

impl PlaneSchedule {
    /// Groups of `channels` destination channels: one per `columns`.
    pub fn groups(&self, channels: usize) -> usize {
        channels.div_ceil(self.array.columns)
    }

    /// Cycles of a phase that updates `dest` channels from `source` channels at `sigma` cycles each.
    fn phase(&self, dest: usize, source: usize, sigma: usize) -> u64 {
        (self.groups(dest) * window_length(self.array.ring, source * sigma)) as u64
    }

    /// The hidden half-sweep (`K2ᵀ` from the output layer) plus the output half-sweep (`K2`).
    pub fn sweep_cycles(&self) -> u64 {
        let sigma = channel_cycles(self.k2, self.h);
        self.phase(self.c1, self.c2, sigma) + self.phase(self.c2, self.c1, sigma)
    }

    /// The clamp pass: `K1` into the hidden layer, then the 1 x 1 `K3` into the output layer.
    pub fn clamp_cycles(&self) -> u64 {
        self.phase(self.c1, self.c0, channel_cycles(self.k1, self.h))
            + self.phase(self.c2, self.c0, channel_cycles((1, 1), self.h))
    }

    /// The decisions of one half-sweep that updates a layer of `channels` channels, in the order
    /// the engine makes them: group by group, and in a group position by position in raster order;
    /// at each, every column's decision unit draws once. Yields `(column, channel, position)`,
    /// with `channel` `None` where the column has no channel in the last group (its unit still
    /// draws, so a stream's use never depends on the block).
    pub fn decisions(&self, channels: usize) -> impl Iterator<Item = (usize, Option<usize>, usize)> + '_ {
        let (columns, positions) = (self.array.columns, self.h * self.w);
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
        PlaneSchedule { array: ULX3S_ARRAY, c0: 32, c1: 64, c2: 64, k1: (3, 3), k2: (3, 3), h: 14, w: 14 }
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
        let f1 = PlaneSchedule { c0: 64, c1: 96, c2: 64, ..mnist() };
        assert_eq!(f1.sweep_cycles(), 12 * 600 + 8 * 885);
        // Fashion 64/96/128: hidden 12 x S(1152) = 12 x 1170, output 16 x 885.
        let f2 = PlaneSchedule { c2: 128, ..f1 };
        assert_eq!(f2.sweep_cycles(), 12 * 1170 + 16 * 885);
    }

    #[test]
    fn every_spin_is_decided_once_per_half_sweep_and_each_unit_draws_alike() {
        for (c, h, w) in [(64, 14, 14), (13, 3, 5), (8, 1, 1), (1, 2, 2)] {
            let s = PlaneSchedule { c1: c, c2: c, h, w, ..mnist() };
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
