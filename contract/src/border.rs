//! The plane engine's border constants: what turns the PE array's 0/1-form sums into the
//! contract's coupling sums.
//!
//! The array adds a weight where the selected spin is `+1`: `A = Σ w·[s = +1]` over a position's
//! in-grid terms. With `B = Σ w` over the same terms, the ±1 sum is `Σ w·s = 2A − B`, exactly. The
//! clamp pass sums the selected differences instead: `K1x = K1M + [x = +1]·ΔK1` gives
//! `Σ K1x = A + Σ K1M`, and likewise `Σ K3x + Σ u = A + Σ K3M + Σ u`. Each constant depends only on
//! the destination channel and on which taps are in the grid at the position — its *border
//! class*. Per axis a coordinate is the first, an inner or the last of its row or column, or both
//! on a one-row grid, so 3x3 (and 1x1) kernels have at most 4 x 4 = 16 classes. The decision unit
//! (`thermoblock_hdl::plane::decision`) takes `b` from a table of these, indexed by destination
//! channel and class.

use crate::image::ChipImage;

/// Where a coordinate sits on an axis, for kernels of radius at most 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisClass {
    /// The first of several: the offset −1 leaves the grid.
    First,
    /// Neither end: every offset stays in.
    Inner,
    /// The last of several: the offset +1 leaves the grid.
    Last,
    /// The only one (a one-row or one-column grid): only the offset 0 stays in.
    Both,
}

/// Border classes: 4 per axis.
pub const CLASSES: usize = 16;

impl AxisClass {
    /// Every class, in index order: a border class is `4 · row class + column class`.
    const ALL: [Self; 4] = [Self::First, Self::Inner, Self::Last, Self::Both];

    /// The class of coordinate `y` on an axis of `n`.
    pub fn of(y: usize, n: usize) -> Self {
        assert!(y < n, "coordinate {y} is outside an axis of {n}");
        match (y == 0, y + 1 == n) {
            (true, true) => Self::Both,
            (true, false) => Self::First,
            (false, true) => Self::Last,
            (false, false) => Self::Inner,
        }
    }

    /// Whether the offset `d` (−1, 0 or +1) from a coordinate of this class stays on the axis.
    pub fn keeps(self, d: isize) -> bool {
        match self {
            Self::First => d >= 0,
            Self::Inner => true,
            Self::Last => d <= 0,
            Self::Both => d == 0,
        }
    }

    fn index(self) -> usize {
        Self::ALL.iter().position(|&c| c == self).expect("every class is listed")
    }
}

/// The border class of position `p` (raster order) on an `h x w` grid: `4 · row class + column
/// class`.
pub fn border_class(p: usize, h: usize, w: usize) -> usize {
    4 * AxisClass::of(p / w, h).index() + AxisClass::of(p % w, w).index()
}

/// Whether tap `t` of a `kh x kw` kernel (radius ≤ 1), read in direction `dir` (+1: source
/// `p + offset`, the forward convolution; −1: `p − offset`, its transpose), lands in the grid
/// from a position of class `class`.
pub fn tap_in_grid(class: usize, (kh, kw): (usize, usize), t: usize, dir: isize) -> bool {
    assert!(kh <= 3 && kw <= 3 && kh % 2 == 1 && kw % 2 == 1, "border classes cover odd kernels up to 3 x 3");
    let (row, col) = (AxisClass::ALL[class / 4], AxisClass::ALL[class % 4]);
    let dy = (t / kw) as isize - (kh / 2) as isize;
    let dx = (t % kw) as isize - (kw / 2) as isize;
    row.keeps(dir * dy) && col.keeps(dir * dx)
}

/// The constants of one image, `[channel][class]` each: what the decision unit subtracts as `b`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BorderConstants {
    /// Hidden half-sweep (`K2ᵀ` from the output layer), `[C1][CLASSES]`: `B = Σ_o Σ_t W2[o,m,t]`
    /// over the taps whose source `p − t` is in the grid; the unit forms `2A − B`.
    pub hidden: Vec<i64>,
    /// Output half-sweep (`K2`), `[C2][CLASSES]`: `B = Σ_m Σ_t W2[o,m,t]` over the taps whose
    /// source `p + t` is in the grid; the unit forms `2A − B + c2`.
    pub output: Vec<i64>,
    /// Clamp pass into the hidden layer, `[C1][CLASSES]`: `−Σ_c Σ_t K1M[m,c,t]` over the in-grid
    /// taps, so that the unit's `A − b` is `Σ K1x`.
    pub clamp_hidden: Vec<i64>,
    /// Clamp pass into the output layer, `[C2][CLASSES]`: `−(Σ_c K3M[o,c] + Σ_t u[o,t])` over the
    /// in-grid taps of `u` (the 1x1 `K3` is always in), so that `A − b` is `Σ K3x + Σ u`.
    pub clamp_output: Vec<i64>,
}

impl BorderConstants {
    /// The constants of `image` for every class.
    pub fn new(image: &ChipImage) -> Self {
        let (c0, c1, c2) = (image.c0, image.c1, image.c2);
        let (t1, t2) = (image.k1_size.0 * image.k1_size.1, image.k2_size.0 * image.k2_size.1);
        let w2 = |o: usize, m: usize, t: usize| i64::from(image.w2[(o * c1 + m) * t2 + t]);
        let table = |channels: usize, f: &dyn Fn(usize, usize) -> i64| {
            (0..channels)
                .flat_map(|ch| (0..CLASSES).map(move |class| (ch, class)))
                .map(|(ch, class)| f(ch, class))
                .collect()
        };
        let hidden = table(c1, &|m, class| {
            (0..t2)
                .filter(|&t| tap_in_grid(class, image.k2_size, t, -1))
                .map(|t| (0..c2).map(|o| w2(o, m, t)).sum::<i64>())
                .sum()
        });
        let output = table(c2, &|o, class| {
            (0..t2)
                .filter(|&t| tap_in_grid(class, image.k2_size, t, 1))
                .map(|t| (0..c1).map(|m| w2(o, m, t)).sum::<i64>())
                .sum()
        });
        let clamp_hidden = table(c1, &|m, class| {
            -(0..t1)
                .filter(|&t| tap_in_grid(class, image.k1_size, t, 1))
                .map(|t| (0..c0).map(|c| i64::from(image.k1m[(m * c0 + c) * t1 + t])).sum::<i64>())
                .sum::<i64>()
        });
        let clamp_output = table(c2, &|o, class| {
            let k3: i64 = (0..c0).map(|c| i64::from(image.k3m[o * c0 + c])).sum();
            let u: i64 = (0..t2)
                .filter(|&t| tap_in_grid(class, image.k2_size, t, 1))
                .map(|t| i64::from(image.u[o * t2 + t]))
                .sum();
            -(k3 + u)
        });
        Self { hidden, output, clamp_hidden, clamp_output }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::arbitrary;
    use crate::rng::splitmix64;

    /// Source position of tap `t` from `p` in direction `dir`, by the definition of a same-padded
    /// correlation (written here, not taken from the schedule).
    fn source(p: usize, h: usize, w: usize, t: usize, dir: isize) -> Option<usize> {
        let (y, x) = ((p / w) as isize, (p % w) as isize);
        let (sy, sx) = (y + dir * ((t / 3) as isize - 1), x + dir * ((t % 3) as isize - 1));
        ((0..h as isize).contains(&sy) && (0..w as isize).contains(&sx)).then(|| sy as usize * w + sx as usize)
    }

    fn spins(n: usize, seed: u64) -> Vec<bool> {
        (0..n as u64).map(|i| splitmix64(seed ^ i << 20) & 1 == 1).collect()
    }

    #[test]
    fn two_a_minus_b_is_the_coupling_sum_at_every_position() {
        let (c0, c1, c2) = (3, 5, 4);
        let img = arbitrary(c0, c1, c2, 21);
        let k = BorderConstants::new(&img);
        for (h, w) in [(1, 1), (1, 6), (5, 1), (2, 2), (4, 7), (14, 14)] {
            let hw = h * w;
            let (s1, s2, x) = (spins(c1 * hw, 1), spins(c2 * hw, 2), spins(c0 * hw, 3));
            let pm = |s: bool| if s { 1 } else { -1 };
            for p in 0..hw {
                let class = border_class(p, h, w);
                for o in 0..c2 {
                    // Output layer: Σ_m Σ_t W2[o,m,t] s1[m, p + t], and its 0/1 form.
                    let (mut sum, mut a) = (0, 0);
                    for m in 0..c1 {
                        for t in 0..9 {
                            if let Some(q) = source(p, h, w, t, 1) {
                                let wt = i64::from(img.w2[(o * c1 + m) * 9 + t]);
                                sum += wt * pm(s1[m * hw + q]);
                                a += wt * i64::from(s1[m * hw + q]);
                            }
                        }
                    }
                    assert_eq!(2 * a - k.output[o * CLASSES + class], sum, "output {o} at {p} on {h}x{w}");
                    // Clamp: Σ_c K3x[o,c] + Σ_t u[o,t] over in-grid taps, from the ΔK3 sum.
                    let mut clamp = 0;
                    let mut a = 0;
                    for c in 0..c0 {
                        let (kp, km) = (i64::from(img.k3p[o * c0 + c]), i64::from(img.k3m[o * c0 + c]));
                        clamp += if x[c * hw + p] { kp } else { km };
                        a += i64::from(x[c * hw + p]) * (kp - km);
                    }
                    clamp += (0..9)
                        .filter(|&t| source(p, h, w, t, 1).is_some())
                        .map(|t| i64::from(img.u[o * 9 + t]))
                        .sum::<i64>();
                    assert_eq!(a - k.clamp_output[o * CLASSES + class], clamp, "clamp output {o} at {p} on {h}x{w}");
                }
                for m in 0..c1 {
                    // Hidden layer: Σ_o Σ_t W2[o,m,t] s2[o, p − t].
                    let (mut sum, mut a) = (0, 0);
                    for o in 0..c2 {
                        for t in 0..9 {
                            if let Some(q) = source(p, h, w, t, -1) {
                                let wt = i64::from(img.w2[(o * c1 + m) * 9 + t]);
                                sum += wt * pm(s2[o * hw + q]);
                                a += wt * i64::from(s2[o * hw + q]);
                            }
                        }
                    }
                    assert_eq!(2 * a - k.hidden[m * CLASSES + class], sum, "hidden {m} at {p} on {h}x{w}");
                    // Clamp: Σ_c Σ_t K1x[m,c,t] from the ΔK1 sum.
                    let (mut clamp, mut a) = (0, 0);
                    for c in 0..c0 {
                        for t in 0..9 {
                            if let Some(q) = source(p, h, w, t, 1) {
                                let (kp, km) = (
                                    i64::from(img.k1p[(m * c0 + c) * 9 + t]),
                                    i64::from(img.k1m[(m * c0 + c) * 9 + t]),
                                );
                                clamp += if x[c * hw + q] { kp } else { km };
                                a += i64::from(x[c * hw + q]) * (kp - km);
                            }
                        }
                    }
                    assert_eq!(a - k.clamp_hidden[m * CLASSES + class], clamp, "clamp hidden {m} at {p} on {h}x{w}");
                }
            }
        }
    }

    #[test]
    fn a_grid_has_at_most_sixteen_classes_and_large_ones_use_nine() {
        let used = |h: usize, w: usize| {
            let mut seen = [false; CLASSES];
            (0..h * w).for_each(|p| seen[border_class(p, h, w)] = true);
            seen.iter().filter(|&&s| s).count()
        };
        assert_eq!(used(14, 14), 9);
        assert_eq!(used(1, 14), 3);
        assert_eq!(used(1, 1), 1);
        assert_eq!(used(2, 2), 4);
    }

    #[test]
    fn the_transpose_mirrors_the_taps() {
        // A position on the first row: the forward read loses the row above (dy = −1), the
        // transposed read loses the row below (it reads p − offset).
        let first_row_inner = border_class(3, 5, 7);
        assert!(!tap_in_grid(first_row_inner, (3, 3), 1, 1) && tap_in_grid(first_row_inner, (3, 3), 7, 1));
        assert!(tap_in_grid(first_row_inner, (3, 3), 1, -1) && !tap_in_grid(first_row_inner, (3, 3), 7, -1));
        // A 1x1 kernel is always in.
        assert!((0..CLASSES).all(|c| tap_in_grid(c, (1, 1), 0, 1)));
    }
}
