//! The chip image: a block in the chip's integer formats, and the formats' constants.
//!
//! Scales are powers of two per tensor group (`w = q · 2^-e`), so every rescaling on the chip is a
//! shift. What each tensor holds (the affine terms folded into the kernels) is the quantizer's
//! business (`thermoblock_sim::chip::quantize`); this module fixes only the layout and the ranges
//! that the RTL, the chip model and the host agree on.
//!
//! `delta` is not in the image: it is a run-time register ([`crate::field::delta_code`]).

use crate::field::{MAX_SHIFT, SHIFT_BIAS};
use crate::shape::BlockShape;

/// Largest magnitude of a stored weight: symmetric range, so negation never overflows.
pub const WEIGHT_MAX: i32 = 127;
/// Range of a scale exponent `e` (`w = q · 2^-e`).
pub const EXP_RANGE: std::ops::RangeInclusive<i32> = -7..=24;
/// The exponent argument of [`crate::field::field_code`] for each of the three uses of the lanes' arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneExponents {
    /// `ClampHidden`: `h1 = field_code(Σ K1x, b, DELTA_ONE, e1)`.
    pub h1: i32,
    /// `ClampOutput`: `c2 = field_code(Σ K3x + Σ u, 0, DELTA_ONE, 8 + e3 - e2)`.
    pub c2: i32,
    /// Sweeps: `field_code(acc, offset, delta_code, e2)`.
    pub field: i32,
}

impl LaneExponents {
    /// The `SHIFTS` register's three 5-bit shift amounts `e + SHIFT_BIAS`: `[h1, c2, field]`.
    pub fn shift_amounts(&self) -> [u32; 3] {
        [self.h1, self.c2, self.field].map(|e| {
            let k = e + SHIFT_BIAS;
            assert!((0..=MAX_SHIFT).contains(&k), "the quantizer keeps shift amounts in 0..=31");
            k as u32
        })
    }
}

/// A block in the chip's integer formats. Kernels are `[out][in][tap]`, tap `ty · kw + tx`.
#[derive(Clone, Debug, PartialEq)]
pub struct ChipImage {
    pub c0: usize,
    pub c1: usize,
    pub c2: usize,
    /// `k1` size (kh, kw).
    pub k1_size: (usize, usize),
    /// `k2` size (kh, kw).
    pub k2_size: (usize, usize),
    /// Scale exponent of `K1P`, `K1M`.
    pub e1: i32,
    /// Scale exponent of `W2`.
    pub e2: i32,
    /// Scale exponent of `K3P`, `K3M`, `u`.
    pub e3: i32,
    /// `K2 · a_mid`, `[C2][C1][k2 taps]`.
    pub w2: Vec<i8>,
    /// `K1 (d_in + a_in)`, `[C1][C0][k1 taps]`.
    pub k1p: Vec<i8>,
    /// `K1 (d_in - a_in)`, `[C1][C0][k1 taps]`.
    pub k1m: Vec<i8>,
    /// `K3 (d_in + a_in)`, `[C2][C0]`.
    pub k3p: Vec<i8>,
    /// `K3 (d_in - a_in)`, `[C2][C0]`.
    pub k3m: Vec<i8>,
    /// `u[o][t] = Σ_m K2[o,m,t] d_mid[m]`, `[C2][k2 taps]`, 16-bit.
    pub u: Vec<i16>,
    /// Hidden bias as field codes (1/256), `[C1]`.
    pub b: Vec<i16>,
}

impl ChipImage {
    /// The exponent arguments of the lanes' arithmetic in the clamp pass and the sweeps.
    pub fn lane_exponents(&self) -> LaneExponents {
        LaneExponents { h1: self.e1, c2: 8 + self.e3 - self.e2, field: self.e2 }
    }

    /// The image's block shape on an `h x w` grid.
    pub fn shape(&self, h: usize, w: usize) -> BlockShape {
        BlockShape { c0: self.c0, c1: self.c1, c2: self.c2, k1: self.k1_size, k2: self.k2_size, h, w }
    }
}

/// An image of arbitrary weights in the formats' full range, for tests of layouts and register
/// writes (the quantizer's own tests live with it, in `thermoblock_sim::chip::quantize`).
#[cfg(test)]
pub(crate) fn arbitrary(c0: usize, c1: usize, c2: usize, seed: u64) -> ChipImage {
    use crate::rng::splitmix64;
    let draws = |tensor: u64, n: usize| (0..n as u64).map(move |i| splitmix64(splitmix64(seed ^ tensor << 32) ^ i));
    let weights =
        |tensor, n| draws(tensor, n).map(|r| ((r % (2 * WEIGHT_MAX as u64 + 1)) as i32 - WEIGHT_MAX) as i8).collect();
    ChipImage {
        c0,
        c1,
        c2,
        k1_size: (3, 3),
        k2_size: (3, 3),
        e1: 5,
        e2: 6,
        e3: 4,
        w2: weights(1, c2 * c1 * 9),
        k1p: weights(2, c1 * c0 * 9),
        k1m: weights(3, c1 * c0 * 9),
        k3p: weights(4, c2 * c0),
        k3m: weights(5, c2 * c0),
        u: draws(6, c2 * 9).map(|r| r as i16).collect(),
        b: draws(7, c1).map(|r| r as i16).collect(),
    }
}
