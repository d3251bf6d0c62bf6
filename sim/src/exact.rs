//! Exact Boltzmann means of a block with its input clamped: the oracle samplers are tested against.
//!
//! With `x` clamped the graph is bipartite, so the output layer sums out analytically (docs/ARCHITECTURE.md,
//! "Exact oracle"):
//!
//! ```text
//! P(s1 | x) ∝ exp(<s1, K1 A_in x + b>) * prod_j 2 cosh(I2_j(s1)),   <s2_j | x> = E_s1[tanh(I2_j(s1))]
//! ```
//!
//! and enumerating the `2^N1` hidden configurations gives exact means. This module deliberately
//! shares no arithmetic with the samplers: it unrolls the convolutions into dense `f64` coupling
//! matrices straight from the definition (index arithmetic on PyTorch-layout kernels), then walks
//! the hidden configurations in Gray-code order so each step flips one spin.

use std::fmt;

use crate::block::Block;
use thermoblock_contract::spins::Spins;

/// Largest hidden layer enumerated (2^24 configurations, a few seconds).
pub const MAX_HIDDEN_SPINS: usize = 24;

/// Exact conditional means, channel-major.
#[derive(Clone, Debug, PartialEq)]
pub struct ExactMeans {
    /// `<s1 | x>`, `[C1, H, W]`.
    pub hidden: Vec<f64>,
    /// `<s2 | x>`, `[C2, H, W]`.
    pub output: Vec<f64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExactError {
    TooManyHiddenSpins { spins: usize },
    InputShape { expected_channels: usize, found: [usize; 3] },
}

impl fmt::Display for ExactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooManyHiddenSpins { spins } => write!(
                f,
                "the block has {spins} hidden spins; exact enumeration handles at most {MAX_HIDDEN_SPINS} (2^{MAX_HIDDEN_SPINS} states)"
            ),
            Self::InputShape { expected_channels, found } => {
                write!(f, "input has shape {found:?}, expected [{expected_channels}, H, W]")
            }
        }
    }
}

impl std::error::Error for ExactError {}

/// The block unrolled on one grid: `P(s1,s2|x) ∝ exp(<s1,h1> + <s2, f2 + J s1>)` (eqs. 5-6, beta 1).
#[derive(Clone, Debug)]
pub struct Unrolled {
    /// Hidden fields `K1 A_in x + b`, length N1.
    pub h1: Vec<f64>,
    /// Output constant fields `delta (K3 A_in x + K2 d_mid)`, length N2.
    pub f2: Vec<f64>,
    /// `J[i][j] = delta * K2[o, m, tap] * a_mid[m]` coupling hidden `i = (m,p)` to output `j = (o,q)`;
    /// stored per hidden spin for the Gray-code update.
    pub j: Vec<Vec<f64>>,
}

impl Unrolled {
    pub fn new(block: &Block, x: &Spins, delta: f64) -> Result<Self, ExactError> {
        if x.c != block.c0() {
            return Err(ExactError::InputShape { expected_channels: block.c0(), found: x.shape() });
        }
        let (h, w) = (x.h, x.w);
        let (c0, c1, c2) = (block.c0(), block.c1(), block.c2());
        let idx = |c: usize, y: usize, xx: usize| (c * h + y) * w + xx;
        let ax =
            |c: usize, y: usize, xx: usize| block.a_in[c] as f64 * x.data[idx(c, y, xx)] as f64 + block.d_in[c] as f64;
        // Visits every in-grid source position `(sy, sx)` of a kh x kw window centred on `(y, xx)`.
        let window = |kh: usize, kw: usize, y: usize, xx: usize, f: &mut dyn FnMut(usize, usize, usize, usize)| {
            for ty in 0..kh {
                for tx in 0..kw {
                    let sy = y as isize + ty as isize - (kh / 2) as isize;
                    let sx = xx as isize + tx as isize - (kw / 2) as isize;
                    if sy >= 0 && sy < h as isize && sx >= 0 && sx < w as isize {
                        f(ty, tx, sy as usize, sx as usize);
                    }
                }
            }
        };
        let mut h1 = vec![0.0; c1 * h * w];
        let mut f2 = vec![0.0; c2 * h * w];
        let mut j = vec![vec![0.0; c2 * h * w]; c1 * h * w];
        for y in 0..h {
            for xx in 0..w {
                for m in 0..c1 {
                    let mut acc = block.b[m] as f64;
                    for c in 0..c0 {
                        let k = &block.k1;
                        window(k.kh, k.kw, y, xx, &mut |ty, tx, sy, sx| {
                            acc += k.at(m, c, ty, tx) as f64 * ax(c, sy, sx)
                        });
                    }
                    h1[idx(m, y, xx)] = acc;
                }
                for o in 0..c2 {
                    let mut acc: f64 = (0..c0).map(|c| block.k3.at(o, c, 0, 0) as f64 * ax(c, y, xx)).sum();
                    let k = &block.k2;
                    for m in 0..c1 {
                        let (a, d) = (block.a_mid[m] as f64, block.d_mid[m] as f64);
                        window(k.kh, k.kw, y, xx, &mut |ty, tx, sy, sx| {
                            let kv = k.at(o, m, ty, tx) as f64;
                            acc += kv * d;
                            j[idx(m, sy, sx)][idx(o, y, xx)] += delta * kv * a;
                        });
                    }
                    f2[idx(o, y, xx)] = delta * acc;
                }
            }
        }
        Ok(Self { h1, f2, j })
    }

    /// `H(s1, s2)` of eq. (5) for spins given as ±1 (the brute-force reference of the tests).
    pub fn energy(&self, s1: &[f64], s2: &[f64]) -> f64 {
        let mut e = -dot(&self.h1, s1) - dot(&self.f2, s2);
        for (i, col) in self.j.iter().enumerate() {
            e -= s1[i] * dot(col, s2);
        }
        e
    }
}

/// Exact `<s1|x>` and `<s2|x>` of `block` at `delta`.
pub fn exact_means(block: &Block, x: &Spins, delta: f64) -> Result<ExactMeans, ExactError> {
    let n1 = block.c1() * x.h * x.w;
    if n1 > MAX_HIDDEN_SPINS {
        return Err(ExactError::TooManyHiddenSpins { spins: n1 });
    }
    exact_means_unrolled(&Unrolled::new(block, x, delta)?)
}

/// Exact means of an unrolled model, in the order of its vectors (channel-major for models built by
/// [`Unrolled::new`]). Used directly for models that are not a float block, such as a chip image.
pub fn exact_means_unrolled(u: &Unrolled) -> Result<ExactMeans, ExactError> {
    let n1 = u.h1.len();
    if n1 > MAX_HIDDEN_SPINS {
        return Err(ExactError::TooManyHiddenSpins { spins: n1 });
    }
    let n2 = u.f2.len();
    // Gray-code walk from s1 = all -1.
    let mut s1 = vec![-1.0f64; n1];
    let mut field2: Vec<f64> = (0..n2).map(|j| u.f2[j] - u.j.iter().map(|col| col[j]).sum::<f64>()).collect();
    let mut energy_h = -u.h1.iter().sum::<f64>();
    // Running log-sum-exp: weights are exp(logw - max) and everything is rescaled when max grows.
    let (mut max, mut z) = (f64::NEG_INFINITY, 0.0);
    let mut m1 = vec![0.0; n1];
    let mut m2 = vec![0.0; n2];
    for k in 0u64..(1u64 << n1) {
        if k > 0 {
            let i = k.trailing_zeros() as usize;
            s1[i] = -s1[i];
            let step = 2.0 * s1[i];
            energy_h += step * u.h1[i];
            for (f, c) in field2.iter_mut().zip(&u.j[i]) {
                *f += step * c;
            }
        }
        let logw = energy_h + field2.iter().map(|&f| log_2cosh(f)).sum::<f64>();
        if logw > max {
            let r = (max - logw).exp();
            z *= r;
            m1.iter_mut().chain(m2.iter_mut()).for_each(|v| *v *= r);
            max = logw;
        }
        let wgt = (logw - max).exp();
        z += wgt;
        for (m, &s) in m1.iter_mut().zip(&s1) {
            *m += wgt * s;
        }
        for (m, &f) in m2.iter_mut().zip(&field2) {
            *m += wgt * f.tanh();
        }
    }
    Ok(ExactMeans { hidden: m1.iter().map(|v| v / z).collect(), output: m2.iter().map(|v| v / z).collect() })
}

/// `ln(2 cosh f)`, stable for large `|f|`.
fn log_2cosh(f: f64) -> f64 {
    let a = f.abs();
    a + (-2.0 * a).exp().ln_1p()
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::Kernel;

    /// 1x1 grid, one channel per layer: only centre taps act, so every quantity is a hand formula.
    fn scalar_block() -> Block {
        let k1 = Kernel::new([1, 1, 3, 3], vec![9.0, 9.0, 9.0, 9.0, 0.7, 9.0, 9.0, 9.0, 9.0]).unwrap();
        let k2 = Kernel::new([1, 1, 3, 3], vec![9.0, 9.0, 9.0, 9.0, -1.3, 9.0, 9.0, 9.0, 9.0]).unwrap();
        let k3 = Kernel::new([1, 1, 1, 1], vec![0.4]).unwrap();
        Block::new(k1, k2, k3, vec![0.9], vec![0.1], vec![1.1], vec![-0.2], vec![0.05]).unwrap()
    }

    #[test]
    fn hand_formula_on_a_single_site() {
        let block = scalar_block();
        let x = Spins::new(1, 1, 1, vec![-1]).unwrap();
        let delta = 0.6;
        // The block stores f32: use the same values, widened, in the hand formula.
        let v = |x: f32| x as f64;
        let x_val = -1.0; // the clamped input spin
        let ax = v(0.9) * x_val + v(0.1);
        let h1 = v(0.7) * ax + v(0.05);
        let i2 = |s1: f64| delta * (v(-1.3) * (v(1.1) * s1 + v(-0.2)) + v(0.4) * ax);
        // P(s1) ∝ exp(h1 s1) 2cosh(I2(s1)).
        let w = |s1: f64| (h1 * s1).exp() * 2.0 * i2(s1).cosh();
        let z = w(1.0) + w(-1.0);
        let want_s1 = (w(1.0) - w(-1.0)) / z;
        let want_s2 = (w(1.0) * i2(1.0).tanh() + w(-1.0) * i2(-1.0).tanh()) / z;
        let got = exact_means(&block, &x, delta).unwrap();
        assert!((got.hidden[0] - want_s1).abs() < 1e-12, "{} vs {want_s1}", got.hidden[0]);
        assert!((got.output[0] - want_s2).abs() < 1e-12, "{} vs {want_s2}", got.output[0]);
    }

    #[test]
    fn marginalisation_matches_brute_force_over_both_layers() {
        // A 1x2 grid with two channels: 4 hidden and 4 output spins, 256 joint states.
        let v = |n: usize, s: f32| (0..n).map(|i| ((i as f32 * 0.37 + s).sin()) * 1.2).collect::<Vec<_>>();
        let block = Block::new(
            Kernel::new([2, 1, 3, 3], v(18, 0.1)).unwrap(),
            Kernel::new([2, 2, 3, 3], v(36, 0.7)).unwrap(),
            Kernel::new([2, 1, 1, 1], v(2, 1.3)).unwrap(),
            vec![0.8],
            vec![0.2],
            v(2, 2.0),
            v(2, 2.5),
            v(2, 3.0),
        )
        .unwrap();
        let x = Spins::new(1, 1, 2, vec![1, -1]).unwrap();
        let u = Unrolled::new(&block, &x, 0.8).unwrap();
        let spins =
            |bits: usize, n: usize| (0..n).map(|i| if bits >> i & 1 == 1 { 1.0 } else { -1.0 }).collect::<Vec<f64>>();
        let (mut z, mut m1, mut m2) = (0.0, vec![0.0; 4], vec![0.0; 4]);
        for a in 0..16 {
            for b in 0..16 {
                let (s1, s2) = (spins(a, 4), spins(b, 4));
                let wgt = (-u.energy(&s1, &s2)).exp();
                z += wgt;
                (0..4).for_each(|i| m1[i] += wgt * s1[i]);
                (0..4).for_each(|i| m2[i] += wgt * s2[i]);
            }
        }
        let got = exact_means(&block, &x, 0.8).unwrap();
        for i in 0..4 {
            assert!((got.hidden[i] - m1[i] / z).abs() < 1e-12);
            assert!((got.output[i] - m2[i] / z).abs() < 1e-12);
        }
    }

    #[test]
    fn refuses_large_hidden_layers() {
        let block = scalar_block();
        let x = Spins::new(1, 5, 5, vec![1; 25]).unwrap();
        assert_eq!(exact_means(&block, &x, 0.5), Err(ExactError::TooManyHiddenSpins { spins: 25 }));
    }
}
