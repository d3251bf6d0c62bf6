//! The reference red-black Gibbs sampler with average-and-sign readout (arXiv:2607.00170 eqs. 8-10).
//!
//! Given the clamped input `x`, the hidden and output layers form the two colours of a bipartite
//! graph, so one sweep is two exact block updates:
//!
//! ```text
//! s1 <- B(sigma(2 I1)),  I1 = delta * a_mid ⊙ (K2^T s2) + K1 A_in x + b
//! s2 <- B(sigma(2 I2)),  I2 = delta * (K2 A_mid s1 + K3 A_in x)
//! ```
//!
//! with `B(p) = +1` with probability `p`, else `-1`. After `G` sweeps the first `G_b` (default
//! `floor(G/4)`) are discarded and `y = sign(mean of s2 over the rest)`, ties reading `+1`
//! ([`thermoblock_contract::spins::sign`]). Arithmetic is `f32`: a field is a sum of at most a few thousand
//! weights, whose rounding error (~1e-6 relative) is far below the sampler's own statistical error;
//! averages are kept as exact integer spin sums.

use std::fmt;

use rayon::prelude::*;

use crate::block::Block;
use crate::conv::to_channel_major;
use crate::feedforward::feed_forward_planned;
use crate::plan::{BlockPlan, Clamped};
use crate::random::{ChainRng, Rng, chain_rng, uniform01};
use thermoblock_contract::spins::{Spins, sign};

/// How the hidden and output spins start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Init {
    /// I.i.d. Rademacher spins: the inference default.
    #[default]
    Random,
    /// The signs of the feed-forward pre-activations `z1`, `z2` (the training start, eqs. 18-19).
    FeedForward,
}

/// One sampling run's settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GibbsConfig {
    /// Temperature-gradient parameter delta in (0, 1].
    pub delta: f32,
    /// Total sweeps `G` (hidden then output layer each), at least 1.
    pub sweeps: usize,
    /// Sweeps discarded before averaging; `None` means `floor(G/4)`.
    pub burn_in: Option<usize>,
    pub init: Init,
    pub seed: u64,
}

impl GibbsConfig {
    pub fn new(delta: f32, sweeps: usize) -> Self {
        Self { delta, sweeps, burn_in: None, init: Init::Random, seed: 0 }
    }

    /// The burn-in in force: the explicit one, or `floor(G/4)`.
    pub fn burn_in(&self) -> usize {
        self.burn_in.unwrap_or(self.sweeps / 4)
    }

    pub fn validate(&self) -> Result<(), GibbsError> {
        if !(self.delta > 0.0 && self.delta <= 1.0) {
            return Err(GibbsError::Delta(self.delta));
        }
        if self.sweeps == 0 {
            return Err(GibbsError::NoSweeps);
        }
        if self.burn_in() >= self.sweeps {
            return Err(GibbsError::BurnIn { burn_in: self.burn_in(), sweeps: self.sweeps });
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum GibbsError {
    Delta(f32),
    NoSweeps,
    BurnIn { burn_in: usize, sweeps: usize },
    InputShape { expected_channels: usize, found: [usize; 3] },
}

impl fmt::Display for GibbsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Delta(d) => write!(f, "delta {d} is outside (0, 1]; the Ising correspondence needs 0 < delta <= 1"),
            Self::NoSweeps => write!(f, "sweeps must be at least 1"),
            Self::BurnIn { burn_in, sweeps } => {
                write!(
                    f,
                    "burn-in {burn_in} leaves no sweeps to average out of {sweeps}; use a burn-in below the sweep count"
                )
            }
            Self::InputShape { expected_channels, found } => write!(
                f,
                "input has shape {found:?} but the block has C0 = {expected_channels} input channels; expected [{expected_channels}, H, W]"
            ),
        }
    }
}

impl std::error::Error for GibbsError {}

/// The readout of one run, channel-major `[C, H, W]`.
#[derive(Clone, Debug, PartialEq)]
pub struct GibbsResult {
    /// `sign` of the time-averaged output spins (the Gibbs consensus, eq. 10).
    pub output: Spins,
    /// Time average of each output spin over the kept sweeps.
    pub mean: Vec<f64>,
    /// Time average of each hidden spin over the kept sweeps.
    pub hidden_mean: Vec<f64>,
    pub sweeps: usize,
    pub burn_in: usize,
    pub seed: u64,
    /// Clock cycles the run takes on the chip (chip and RTL backends); `None` for the reference.
    pub cycles: Option<u64>,
}

/// One Markov chain on a clamped input: its spins, its random stream and reusable field buffers.
/// Spins are stored channel-last as `f32` ±1 so they feed the convolution directly.
pub struct Chain<'a> {
    plan: &'a BlockPlan,
    clamped: Clamped,
    delta: f32,
    s1: Vec<f32>,
    s2: Vec<f32>,
    field1: Vec<f32>,
    field2: Vec<f32>,
    rng: ChainRng,
}

impl<'a> Chain<'a> {
    /// A chain for input `x` (shape checked by the caller) with generator `rng`.
    pub fn new(plan: &'a BlockPlan, x: &Spins, delta: f32, init: Init, mut rng: ChainRng) -> Self {
        let (n1, n2) = (plan.hw() * plan.c1, plan.hw() * plan.c2);
        let clamped = plan.clamp(x);
        let (s1, s2) = match init {
            Init::Random => {
                let mut rademacher = |n| (0..n).map(|_| if rng.next_u32() & 1 == 1 { 1.0 } else { -1.0 }).collect();
                (rademacher(n1), rademacher(n2))
            }
            Init::FeedForward => {
                let (z1, z2) = feed_forward_planned(plan, x);
                let signs = |z: Vec<f32>| z.into_iter().map(|v| sign(v) as f32).collect();
                (signs(z1), signs(z2))
            }
        };
        Self { plan, clamped, delta, s1, s2, field1: vec![0.0; n1], field2: vec![0.0; n2], rng }
    }

    /// One sweep: the hidden layer, then the output layer.
    pub fn sweep(&mut self) {
        self.update_hidden();
        self.update_output();
    }

    /// `s1 <- B(sigma(2 I1))`, `I1 = delta * a_mid ⊙ K2^T s2 + (K1 A_in x + b)`.
    pub fn update_hidden(&mut self) {
        let p = self.plan;
        self.field1.fill(0.0);
        p.w2.adjoint_add(p.h, p.w, &self.s2, &mut self.field1);
        for ((s, &back), &clamped) in self.s1.iter_mut().zip(&self.field1).zip(&self.clamped.hidden) {
            *s = pbit(self.delta * back + clamped, &mut self.rng);
        }
    }

    /// `s2 <- B(sigma(2 I2))`, `I2 = delta * (K2 A_mid s1 + K3 A_in x)`.
    pub fn update_output(&mut self) {
        let p = self.plan;
        self.field2.copy_from_slice(&self.clamped.output);
        p.w2.forward_add(p.h, p.w, &self.s1, &mut self.field2);
        for (s, &f) in self.s2.iter_mut().zip(&self.field2) {
            *s = pbit(self.delta * f, &mut self.rng);
        }
    }

    /// Hidden spins, channel-last `[H*W][C1]`.
    pub fn hidden(&self) -> &[f32] {
        &self.s1
    }

    /// Output spins, channel-last `[H*W][C2]`.
    pub fn output(&self) -> &[f32] {
        &self.s2
    }
}

/// A p-bit: `+1` with probability `sigma(2 I) = 1 / (1 + exp(-2 I))`, else `-1`.
#[inline]
fn pbit(field: f32, rng: &mut ChainRng) -> f32 {
    let p = 1.0 / (1.0 + (-2.0 * field).exp());
    if uniform01(rng) < p { 1.0 } else { -1.0 }
}

/// Samples one input (chain 0 of the seed's streams).
pub fn sample(block: &Block, x: &Spins, cfg: &GibbsConfig) -> Result<GibbsResult, GibbsError> {
    Ok(sample_batch(block, std::slice::from_ref(x), cfg)?.remove(0))
}

/// Samples a batch of inputs in parallel; input `i` runs on chain `i` of the seed's streams, so
/// each result is independent of the thread count. All inputs must share one shape.
pub fn sample_batch(block: &Block, xs: &[Spins], cfg: &GibbsConfig) -> Result<Vec<GibbsResult>, GibbsError> {
    sample_batch_with_progress(block, xs, cfg, &|_| {})
}

/// Sweeps between two calls of a progress callback.
pub const PROGRESS_EVERY: usize = 256;

/// [`sample_batch`], calling `progress(n)` from the worker threads each time a chain has done `n`
/// more sweeps (at most every [`PROGRESS_EVERY`] sweeps), so long runs can report how far they are.
pub fn sample_batch_with_progress(
    block: &Block,
    xs: &[Spins],
    cfg: &GibbsConfig,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<Vec<GibbsResult>, GibbsError> {
    cfg.validate()?;
    let Some(first) = check_batch(block, xs)? else { return Ok(Vec::new()) };
    let plan = BlockPlan::new(block, first.h, first.w);
    Ok(xs.par_iter().enumerate().map(|(i, x)| run_chain(&plan, x, cfg, i as u64, progress)).collect())
}

/// Checks that every input of a batch is `[C0, H, W]` for `block`, with one `H x W` for all; returns
/// the first input (`None` for an empty batch). Every backend checks its batches with this.
pub fn check_batch<'a>(block: &Block, xs: &'a [Spins]) -> Result<Option<&'a Spins>, GibbsError> {
    let Some(first) = xs.first() else { return Ok(None) };
    for x in xs {
        if x.c != block.c0() || x.shape() != first.shape() {
            return Err(GibbsError::InputShape { expected_channels: block.c0(), found: x.shape() });
        }
    }
    Ok(Some(first))
}

fn run_chain(
    plan: &BlockPlan,
    x: &Spins,
    cfg: &GibbsConfig,
    chain_index: u64,
    progress: &(dyn Fn(usize) + Sync),
) -> GibbsResult {
    let mut chain = Chain::new(plan, x, cfg.delta, cfg.init, chain_rng(cfg.seed, chain_index));
    let burn_in = cfg.burn_in();
    let mut sum1 = vec![0i32; chain.s1.len()];
    let mut sum2 = vec![0i32; chain.s2.len()];
    for g in 0..cfg.sweeps {
        chain.sweep();
        if g >= burn_in {
            accumulate(&mut sum1, &chain.s1);
            accumulate(&mut sum2, &chain.s2);
        }
        if (g + 1) % PROGRESS_EVERY == 0 {
            progress(PROGRESS_EVERY);
        }
    }
    progress(cfg.sweeps % PROGRESS_EVERY);
    let kept = (cfg.sweeps - burn_in) as f64;
    let hw = plan.hw();
    let sum2 = to_channel_major(plan.c2, hw, &sum2);
    GibbsResult {
        output: Spins {
            c: plan.c2,
            h: plan.h,
            w: plan.w,
            data: sum2.iter().map(|&s| if s >= 0 { 1 } else { -1 }).collect(),
        },
        mean: sum2.iter().map(|&s| s as f64 / kept).collect(),
        hidden_mean: to_channel_major(plan.c1, hw, &sum1).iter().map(|&s| s as f64 / kept).collect(),
        sweeps: cfg.sweeps,
        burn_in,
        seed: cfg.seed,
        cycles: None,
    }
}

fn accumulate(sum: &mut [i32], spins: &[f32]) {
    for (a, &s) in sum.iter_mut().zip(spins) {
        *a += s as i32;
    }
}
