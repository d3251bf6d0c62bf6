//! `BlockShape`: a block's channel counts and kernel sizes on one grid — all that the chip's
//! configurations, schedules and memory layouts need to know of a block.

/// A thermodynamic block's shape on an `h x w` grid: `C0` input, `C1` hidden and `C2` output
/// channels, the `k1` (input→hidden) and `k2` (hidden↔output) kernel sizes as `(kh, kw)`; `k3`
/// (input→output) is always 1x1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlockShape {
    pub c0: usize,
    pub c1: usize,
    pub c2: usize,
    pub k1: (usize, usize),
    pub k2: (usize, usize),
    pub h: usize,
    pub w: usize,
}

impl BlockShape {
    /// Grid positions `H·W`.
    pub const fn positions(&self) -> usize {
        self.h * self.w
    }

    /// `(destination, source)` position pairs that a `kh x kw` kernel couples on this grid: the
    /// sum over taps of the positions whose tap lands inside the grid.
    pub fn window_pairs(&self, (kh, kw): (usize, usize)) -> usize {
        window_pairs(kh, kw, self.h, self.w)
    }
}

/// Number of (output position, input position) pairs a `kh x kw` same-padded window connects on an
/// `h x w` grid: each tap offset `(dy, dx)` connects `(h-|dy|)(w-|dx|)` pairs.
pub fn window_pairs(kh: usize, kw: usize, h: usize, w: usize) -> usize {
    let (ry, rx) = ((kh / 2) as isize, (kw / 2) as isize);
    let (h, w) = (h as isize, w as isize);
    (-ry..=ry).flat_map(|dy| (-rx..=rx).map(move |dx| ((h - dy.abs()).max(0) * (w - dx.abs()).max(0)) as usize)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_pairs_count_in_grid_taps_one_by_one() {
        for (h, w, k) in [(1, 1, (3, 3)), (2, 5, (3, 3)), (14, 14, (3, 3)), (4, 3, (5, 1)), (3, 3, (1, 1))] {
            let s = BlockShape { c0: 1, c1: 1, c2: 1, k1: k, k2: k, h, w };
            let mut n = 0;
            for p in 0..h * w {
                for t in 0..k.0 * k.1 {
                    let (y, x) = ((p / w) as isize, (p % w) as isize);
                    let (sy, sx) =
                        (y + (t / k.1) as isize - (k.0 / 2) as isize, x + (t % k.1) as isize - (k.1 / 2) as isize);
                    n += usize::from((0..h as isize).contains(&sy) && (0..w as isize).contains(&sx));
                }
            }
            assert_eq!(s.window_pairs(k), n, "{h}x{w}, kernel {k:?}");
        }
    }
}
