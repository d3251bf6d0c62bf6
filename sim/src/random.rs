//! Random streams of the reference sampler.
//!
//! Every chain (one input of a batch) owns a xoshiro256++ generator seeded from `(run seed,
//! chain index)` through SplitMix64, so a result depends only on the seed and the input's position
//! in the batch — never on the thread count or scheduling.

use rand::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;

pub use rand::Rng;
use thermoblock_contract::rng::splitmix64;

/// The generator type of one chain.
pub type ChainRng = Xoshiro256PlusPlus;

/// The generator of chain `chain` in a run seeded with `seed`.
pub fn chain_rng(seed: u64, chain: u64) -> ChainRng {
    ChainRng::seed_from_u64(splitmix64(seed ^ splitmix64(chain.wrapping_add(0x5EED))))
}

/// A uniform `f32` in `[0, 1)` with 24 random bits (every value exactly representable).
#[inline]
pub fn uniform01(rng: &mut ChainRng) -> f32 {
    (rng.next_u32() >> 8) as f32 * (1.0 / 16_777_216.0)
}

/// A standard normal draw (Box-Muller), for generating random blocks.
pub fn normal(rng: &mut ChainRng) -> f64 {
    let u1 = ((rng.next_u64() >> 11) as f64 + 0.5) * (1.0 / 9_007_199_254_740_992.0);
    let u2 = (rng.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0);
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// Shape and coupling strength of a random block.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RandomBlockSpec {
    pub c0: usize,
    pub c1: usize,
    pub c2: usize,
    /// Odd kernel size of `k1` and `k2`.
    pub kernel: usize,
    /// Kernel entries are `N(0, (coupling^2 / fan_in))`: 1 gives fields of order 1, 2-3 strong coupling.
    pub coupling: f64,
}

impl RandomBlockSpec {
    /// The MNIST-sized block of the benchmarks: C0 = 32, C1 = C2 = 64, 3x3 kernels.
    pub const MNIST: Self = Self { c0: 32, c1: 64, c2: 64, kernel: 3, coupling: 1.0 };
}

/// A random block with the given shape; the same `(spec, seed)` always gives the same block.
/// Fails only for shapes no block can have (even kernel size, a zero channel count).
pub fn random_block(spec: &RandomBlockSpec, seed: u64) -> Result<crate::block::Block, crate::block::BlockError> {
    use crate::block::{Block, Kernel};
    let mut rng = chain_rng(seed, u64::MAX);
    let RandomBlockSpec { c0, c1, c2, kernel: k, coupling } = *spec;
    crate::limits::check_shape(c0, c1, c2, k).map_err(|why| crate::block::BlockError::new("k1", why))?;
    let mut gauss = |n: usize, sd: f64| -> Vec<f32> { (0..n).map(|_| (normal(&mut rng) * sd) as f32).collect() };
    let k1 = gauss(c1 * c0 * k * k, coupling / ((c0 * k * k) as f64).sqrt());
    let k2 = gauss(c2 * c1 * k * k, coupling / ((c1 * k * k) as f64).sqrt());
    let k3 = gauss(c2 * c0, coupling / (c0 as f64).sqrt());
    let d_in = gauss(c0, 0.2);
    let d_mid = gauss(c1, 0.2);
    let b = gauss(c1, 0.3);
    let mut uniform = |n: usize| -> Vec<f32> { (0..n).map(|_| 0.5 + uniform01(&mut rng)).collect() };
    let (a_in, a_mid) = (uniform(c0), uniform(c1));
    Block::new(
        Kernel::new([c1, c0, k, k], k1)?,
        Kernel::new([c2, c1, k, k], k2)?,
        Kernel::new([c2, c0, 1, 1], k3)?,
        a_in,
        d_in,
        a_mid,
        d_mid,
        b,
    )
}

/// I.i.d. Rademacher spins `[c, h, w]`.
pub fn random_spins(c: usize, h: usize, w: usize, seed: u64) -> thermoblock_contract::spins::Spins {
    let mut rng = chain_rng(seed, u64::MAX - 1);
    let data = (0..c * h * w).map(|_| if rng.next_u32() & 1 == 1 { 1 } else { -1 }).collect();
    thermoblock_contract::spins::Spins { c, h, w, data }
}
