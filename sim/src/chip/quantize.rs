//! The quantizer: a `thermoblock-v1` block becomes a chip image of integer kernels.
//!
//! Scales are powers of two per tensor group (`w = q · 2^-e`), so every rescaling on the chip is a
//! shift. The affine terms are folded in:
//!
//! * `W2 = K2 · a_mid` (per hidden channel) at scale `2^-e2`: forward it gives `K2 A_mid s1` less its
//!   `d_mid` part, transposed it gives `a_mid ⊙ K2ᵀ s2` — both coupling terms of eqs. (8)-(9).
//! * `K1 A_in x`: `A_in x` takes two values per input channel, so the clamped hidden field is a sum
//!   of weights selected by each input spin, `K1P = K1 (d_in + a_in)` for `x = +1` and
//!   `K1M = K1 (d_in - a_in)` for `x = -1`, at scale `2^-e1`; no multiplier.
//! * `K3 A_in x` likewise as `K3P`, `K3M`, at their own scale `2^-e3`.
//! * `K2 d_mid` is `Σ_t u[o,t]` over the in-grid taps `t`, with `u[o,t] = Σ_m K2[o,m,t] d_mid[m]`
//!   (C2 x k² 16-bit constants at scale `2^-e3`).
//! * The output layer's clamped constant `K3 A_in x + K2 d_mid` is computed once per input at scale
//!   `2^-e3` and shifted to `W2`'s scale `2^-e2` (rounding half up if that is a right shift), because
//!   it joins `W2`'s accumulator before the delta multiply.
//! * `b` becomes a field code (1/256 units).
//!
//! `delta` is not in the image: it is a run-time register ([`thermoblock_contract::field::delta_code`]).

use std::fmt;

use thermoblock_contract::config::{ChipConfig, FitError};
use thermoblock_contract::field::{FIELD_BITS, FIELD_FRAC_BITS, MAX_SHIFT, SHIFT_BIAS, shift};
use thermoblock_contract::image::{ChipImage, EXP_RANGE, WEIGHT_MAX};

use crate::block::Block;

/// Relative quantization error of each tensor group: `max |dequantized - real| / max |real|`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuantReport {
    pub w2: f64,
    pub k1: f64,
    pub k3: f64,
    pub u: f64,
    pub b: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum QuantError {
    Fit(FitError),
    /// A tensor's values are too large for the chip's formats even at the coarsest scale.
    Range {
        tensor: &'static str,
        max_abs: f64,
        limit: f64,
    },
}

impl fmt::Display for QuantError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Fit(e) => write!(f, "{e}"),
            Self::Range { tensor, max_abs, limit } => write!(
                f,
                "cannot quantize {tensor}: its largest magnitude {max_abs} exceeds what the chip represents ({limit})"
            ),
        }
    }
}

impl std::error::Error for QuantError {}

/// The finest exponent `e` in [`EXP_RANGE`] with `max_abs · 2^e <= WEIGHT_MAX` (zero tensors: 0).
fn exponent(tensor: &'static str, max_abs: f64) -> Result<i32, QuantError> {
    if max_abs == 0.0 {
        return Ok(0);
    }
    let e = (WEIGHT_MAX as f64 / max_abs).log2().floor() as i32;
    if e < *EXP_RANGE.start() {
        return Err(QuantError::Range { tensor, max_abs, limit: WEIGHT_MAX as f64 * 2f64.powi(-EXP_RANGE.start()) });
    }
    Ok(e.min(*EXP_RANGE.end()))
}

fn quantize_tensor(values: &[f64], e: i32) -> Vec<i8> {
    values.iter().map(|v| (v * 2f64.powi(e)).round().clamp(-(WEIGHT_MAX as f64), WEIGHT_MAX as f64) as i8).collect()
}

fn rel_error(real: &[f64], q: impl Iterator<Item = f64>) -> f64 {
    let max = real.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    let err = real.iter().zip(q).fold(0.0f64, |m, (r, d)| m.max((r - d).abs()));
    if max == 0.0 { 0.0 } else { err / max }
}

fn max_abs(values: &[f64]) -> f64 {
    values.iter().fold(0.0f64, |m, v| m.max(v.abs()))
}

/// Quantizes `block` for `config` on an `h x w` grid, refusing blocks that do not fit.
pub fn quantize(
    block: &Block,
    config: &ChipConfig,
    h: usize,
    w: usize,
) -> Result<(ChipImage, QuantReport), QuantError> {
    config.fits(&block.shape(h, w)).map_err(QuantError::Fit)?;
    let (c0, c1, c2) = (block.c0(), block.c1(), block.c2());
    let (t1, t2) = (block.k1.kh * block.k1.kw, block.k2.kh * block.k2.kw);
    let (a_in, d_in) = (&block.a_in, &block.d_in);
    // Real-valued folded tensors, in the image's layouts.
    let mut w2 = Vec::with_capacity(c2 * c1 * t2);
    let mut u = vec![0.0f64; c2 * t2];
    for o in 0..c2 {
        for m in 0..c1 {
            for t in 0..t2 {
                let k = block.k2.at(o, m, t / block.k2.kw, t % block.k2.kw) as f64;
                w2.push(k * block.a_mid[m] as f64);
                u[o * t2 + t] += k * block.d_mid[m] as f64;
            }
        }
    }
    let (mut k1p, mut k1m) = (Vec::with_capacity(c1 * c0 * t1), Vec::with_capacity(c1 * c0 * t1));
    for m in 0..c1 {
        for c in 0..c0 {
            for t in 0..t1 {
                let k = block.k1.at(m, c, t / block.k1.kw, t % block.k1.kw) as f64;
                k1p.push(k * (d_in[c] + a_in[c]) as f64);
                k1m.push(k * (d_in[c] - a_in[c]) as f64);
            }
        }
    }
    let k3 = |sign: f32| -> Vec<f64> {
        (0..c2 * c0).map(|j| block.k3.w[j] as f64 * (d_in[j % c0] + sign * a_in[j % c0]) as f64).collect()
    };
    let (k3p, k3m) = (k3(1.0), k3(-1.0));

    let e1 = exponent("k1 · A_in", max_abs(&k1p).max(max_abs(&k1m)))?;
    let e2 = exponent("k2 · a_mid", max_abs(&w2))?;
    // c2 is computed on the lanes as field_code(.., 8 + e3 - e2), whose shift amount 15 + e3 - e2
    // must lie in 0..=31: a finer K3 scale than e2 + 16 buys nothing once shifted to W2's scale,
    // and one coarser than e2 - 15 means a skip path 2^15 times the couplings (c2 saturates).
    let k3_max = max_abs(&k3p).max(max_abs(&k3m));
    let e3_min = e2 - FIELD_FRAC_BITS as i32 - SHIFT_BIAS; // shift amount 0
    let e3 = exponent("k3 · A_in", k3_max)?.min(e3_min + MAX_SHIFT);
    let e3 = if e3 >= e3_min {
        e3
    } else if k3_max * 2f64.powi(e3_min) <= WEIGHT_MAX as f64 + 0.5 {
        e3_min
    } else {
        return Err(QuantError::Range {
            tensor: "k3 · A_in (relative to k2 · a_mid)",
            max_abs: k3_max,
            limit: (WEIGHT_MAX as f64 + 0.5) * 2f64.powi(-e3_min),
        });
    };
    let u_limit = i16::MAX as f64 * 2f64.powi(-e3);
    if max_abs(&u) > u_limit {
        return Err(QuantError::Range { tensor: "k2 · d_mid", max_abs: max_abs(&u), limit: u_limit });
    }
    let field_unit = (1u32 << FIELD_FRAC_BITS) as f64;
    let b_limit = i16::MAX as f64 / field_unit;
    let b: Vec<f64> = block.b.iter().map(|&v| v as f64).collect();
    if max_abs(&b) > b_limit {
        return Err(QuantError::Range { tensor: "b", max_abs: max_abs(&b), limit: b_limit });
    }
    debug_assert_eq!(FIELD_BITS, 16, "field codes are stored as i16");

    let deq = |q: &[i8], e: i32| q.iter().map(move |&v| v as f64 * 2f64.powi(-e)).collect::<Vec<_>>();
    let image = ChipImage {
        c0,
        c1,
        c2,
        k1_size: (block.k1.kh, block.k1.kw),
        k2_size: (block.k2.kh, block.k2.kw),
        e1,
        e2,
        e3,
        w2: quantize_tensor(&w2, e2),
        k1p: quantize_tensor(&k1p, e1),
        k1m: quantize_tensor(&k1m, e1),
        k3p: quantize_tensor(&k3p, e3),
        k3m: quantize_tensor(&k3m, e3),
        u: u.iter().map(|v| (v * 2f64.powi(e3)).round() as i16).collect(),
        b: b.iter().map(|v| (v * field_unit).round() as i16).collect(),
    };
    check_accumulator(&image, config)?;
    let k1_real: Vec<f64> = k1p.iter().chain(&k1m).copied().collect();
    let k1_q: Vec<i8> = image.k1p.iter().chain(&image.k1m).copied().collect();
    let k3_real: Vec<f64> = k3p.iter().chain(&k3m).copied().collect();
    let k3_q: Vec<i8> = image.k3p.iter().chain(&image.k3m).copied().collect();
    let report = QuantReport {
        w2: rel_error(&w2, deq(&image.w2, e2).into_iter()),
        k1: rel_error(&k1_real, deq(&k1_q, e1).into_iter()),
        k3: rel_error(&k3_real, deq(&k3_q, e3).into_iter()),
        u: rel_error(&u, image.u.iter().map(|&v| v as f64 * 2f64.powi(-e3))),
        b: rel_error(&b, image.b.iter().map(|&v| v as f64 / field_unit)),
    };
    Ok((image, report))
}

/// Refuses an image whose sums could overflow the lane accumulator or whose clamped output
/// constant does not fit a 16-bit code: the clamp pass's `Σ K3x + Σ u` (at scale `2^-e3`) must
/// stay within `accumulator_bits`, `c2` (at `W2`'s scale, for the worst input) within 16 bits,
/// and `c2` plus `C1 · k²` full-scale `W2` terms within `accumulator_bits`. The hidden layer and
/// `Σ K1x` are bounded by the configuration's channel limits alone.
fn check_accumulator(image: &ChipImage, config: &ChipConfig) -> Result<(), QuantError> {
    let t2 = image.k2_size.0 * image.k2_size.1;
    let limit = (1i64 << (config.accumulator_bits() - 1)) - 1;
    let couplings = (image.c1 * t2) as i64 * WEIGHT_MAX as i64;
    for o in 0..image.c2 {
        let k3: i64 = (0..image.c0)
            .map(|c| (image.k3p[o * image.c0 + c] as i64).abs().max((image.k3m[o * image.c0 + c] as i64).abs()))
            .sum();
        let u: i64 = image.u[o * t2..][..t2].iter().map(|&v| (v as i64).abs()).sum();
        // The largest |c2| the clamp pass can produce: shift of the largest |sum|, rounding up.
        let c2 = shift(k3 + u, image.e2 - image.e3) + 1;
        if k3 + u > limit || c2 > i16::MAX as i64 || c2 + couplings > limit {
            return Err(QuantError::Range {
                tensor: "k3 · A_in + k2 · d_mid (output clamped constant)",
                max_abs: (c2 as f64) * 2f64.powi(-image.e2),
                limit: (limit - couplings).clamp(0, i16::MAX as i64) as f64 * 2f64.powi(-image.e2),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::{RandomBlockSpec, random_block};
    use thermoblock_contract::config::{ECP5, ICE40};

    #[test]
    fn scales_use_the_full_weight_range() {
        let block = random_block(&RandomBlockSpec::MNIST, 3).unwrap();
        let (img, report) = quantize(&block, &ECP5, 14, 14).unwrap();
        let largest = |a: &[i8], b: &[i8]| a.iter().chain(b).map(|v| v.unsigned_abs()).max().unwrap();
        for (name, max) in [
            ("W2", largest(&img.w2, &[])),
            ("K1P/K1M", largest(&img.k1p, &img.k1m)),
            ("K3P/K3M", largest(&img.k3p, &img.k3m)),
        ] {
            assert!((64..=127).contains(&max), "largest {name} code {max} wastes range");
        }
        // Rounding to 1/2 LSB of a code that uses at least half the range: relative error <= 0.5/64.
        for e in [report.w2, report.k1, report.k3] {
            assert!(e <= 0.5 / 64.0, "{report:?}");
        }
    }

    #[test]
    fn refuses_blocks_that_do_not_fit() {
        let block = random_block(&RandomBlockSpec::MNIST, 3).unwrap();
        let err = quantize(&block, &ICE40, 14, 14).unwrap_err();
        assert!(err.to_string().contains("C0 (input channels) = 32"), "{err}");
        let mut huge = random_block(&RandomBlockSpec { c0: 2, c1: 2, c2: 2, kernel: 3, coupling: 1.0 }, 1).unwrap();
        huge.k2.w[0] = 1e6;
        assert!(matches!(quantize(&huge, &ICE40, 4, 4), Err(QuantError::Range { .. })));
        // A skip path 10^4 times stronger than the couplings: c2 would overflow the accumulator.
        let mut skip = random_block(&RandomBlockSpec { c0: 2, c1: 2, c2: 2, kernel: 3, coupling: 1.0 }, 1).unwrap();
        skip.k3.w.iter_mut().for_each(|w| *w *= 1e4);
        let err = quantize(&skip, &ICE40, 4, 4).unwrap_err();
        assert!(err.to_string().contains("output clamped constant"), "{err}");
    }
}
