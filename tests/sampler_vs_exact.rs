//! The reference sampler against exact Boltzmann enumeration (issue: foundation, item 4).
//!
//! Tolerance: with `K = 32` seeds a correct sampler gives `z ~ t_31`, and `P(|t_31| > 4.5) ≈ 8.5e-5`
//! per spin; over the ~250 spins checked below the chance of a false alarm is about 2%, and the
//! seeds are fixed, so the outcome is deterministic. The planted-bug tests run the *same* check on
//! deliberately wrong samplers and require it to fail.
//!
//! Two tiers: the CI tier (32 seeds x 4,000 sweeps, ~3 s) and `THERMOBLOCK_TIER=full` (`make
//! test-full`: 64 seeds x 20,000 sweeps, so the check resolves biases about 3.5x smaller).

use thermoblock_contract::Spins;
use thermoblock_sim::Block;
use thermoblock_sim::exact::exact_means;
use thermoblock_sim::feedforward::feed_forward;
use thermoblock_sim::gibbs::{self, GibbsConfig, Init};
use thermoblock_sim::plan::BlockPlan;
use thermoblock_sim::random::{ChainRng, RandomBlockSpec, Rng, chain_rng, random_block, random_spins, uniform01};
use thermoblock_tests::worst_z;

const Z_LIMIT: f64 = 4.5;

fn full_tier() -> bool {
    std::env::var("THERMOBLOCK_TIER").is_ok_and(|t| t == "full")
}

/// Independent seeds per case.
fn seeds() -> u64 {
    if full_tier() { 64 } else { 32 }
}

/// Sweeps per run.
fn sweeps() -> usize {
    if full_tier() { 20_000 } else { 4000 }
}

/// Tiny blocks: (spec, grid, delta). Strong couplings make exact means differ from tanh(delta z2).
fn cases() -> Vec<(RandomBlockSpec, usize, usize, f32, u64)> {
    let spec = |c0, c1, c2, kernel, coupling| RandomBlockSpec { c0, c1, c2, kernel, coupling };
    vec![
        (spec(2, 2, 2, 3, 2.5), 3, 3, 1.0, 11),
        (spec(1, 3, 2, 3, 3.0), 2, 3, 1.0, 12),
        (spec(2, 1, 3, 3, 2.0), 4, 4, 0.6, 13),
        (spec(3, 2, 1, 1, 2.5), 3, 3, 1.0, 14),
        (spec(2, 2, 2, 3, 2.0), 3, 3, 0.3, 15),
    ]
}

/// A sampler under test: (block, input, delta, seed) -> (output means, hidden means), channel-major.
type Sampler = dyn Fn(&Block, &Spins, f32, u64) -> (Vec<f64>, Vec<f64>);

fn reference(block: &Block, x: &Spins, delta: f32, seed: u64) -> (Vec<f64>, Vec<f64>) {
    let cfg = GibbsConfig { delta, sweeps: sweeps(), burn_in: None, init: Init::Random, seed };
    let r = gibbs::sample(block, x, &cfg).unwrap();
    (r.mean, r.hidden_mean)
}

/// Runs every case through `sampler` and returns the worst |z| over all spins of all cases.
fn worst_over_cases(sampler: &Sampler) -> f64 {
    let mut worst_all: f64 = 0.0;
    for (spec, h, w, delta, seed) in cases() {
        let block = random_block(&spec, seed).unwrap();
        let x = random_spins(spec.c0, h, w, seed);
        let exact = exact_means(&block, &x, delta as f64).unwrap();
        let runs: Vec<_> = (0..seeds()).map(|s| sampler(&block, &x, delta, 1000 * seed + s)).collect();
        let out_runs: Vec<Vec<f64>> = runs.iter().map(|r| r.0.clone()).collect();
        let hid_runs: Vec<Vec<f64>> = runs.iter().map(|r| r.1.clone()).collect();
        let samples = seeds() as usize * (sweeps() - sweeps() / 4);
        let wo = worst_z(&out_runs, &exact.output, samples);
        let wh = worst_z(&hid_runs, &exact.hidden, samples);
        eprintln!("case seed {seed}: worst output {wo:?}\n                worst hidden {wh:?}");
        worst_all = worst_all.max(wo.z).max(wh.z);
    }
    worst_all
}

#[test]
fn reference_sampler_matches_exact_means() {
    let worst = worst_over_cases(&reference);
    assert!(worst < Z_LIMIT, "sampled means deviate from exact by {worst:.2} standard errors (limit {Z_LIMIT})");
}

#[test]
fn cases_are_strongly_coupled() {
    // The check would be weak if exact means were close to the mean-field guess tanh(delta z2).
    let mut largest: f64 = 0.0;
    for (spec, h, w, delta, seed) in cases() {
        let block = random_block(&spec, seed).unwrap();
        let x = random_spins(spec.c0, h, w, seed);
        let exact = exact_means(&block, &x, delta as f64).unwrap();
        let ff = feed_forward(&block, &x);
        let gap =
            exact.output.iter().zip(&ff.z2).map(|(e, z)| (e - (delta * z).tanh() as f64).abs()).fold(0.0, f64::max);
        largest = largest.max(gap);
    }
    eprintln!("largest gap between exact <s2> and tanh(delta z2): {largest:.3}");
    assert!(largest > 0.2, "exact means are within {largest} of tanh(delta z2): make the cases stronger");
}

/// Deliberately wrong samplers, built from the public block plan, to show the check has power.
#[derive(Clone, Copy)]
enum Mutant {
    /// Drops the back-coupling `delta a_mid ⊙ K2^T s2` from the hidden field.
    NoBackCoupling,
    /// Uses `sigma(I)` instead of `sigma(2I)` in the p-bit.
    HalfField,
}

fn mutant(m: Mutant) -> impl Fn(&Block, &Spins, f32, u64) -> (Vec<f64>, Vec<f64>) {
    move |block, x, delta, seed| {
        let plan = BlockPlan::new(block, x.h, x.w);
        let c = plan.clamp(x);
        let mut rng: ChainRng = chain_rng(seed, 0);
        let gain = match m {
            Mutant::HalfField => 1.0,
            Mutant::NoBackCoupling => 2.0,
        };
        let pbit =
            |f: f32, rng: &mut ChainRng| if uniform01(rng) < 1.0 / (1.0 + (-gain * f).exp()) { 1.0 } else { -1.0 };
        let mut s1: Vec<f32> = (0..c.hidden.len()).map(|_| if rng.next_u32() & 1 == 1 { 1.0 } else { -1.0 }).collect();
        let mut s2: Vec<f32> = (0..c.output.len()).map(|_| if rng.next_u32() & 1 == 1 { 1.0 } else { -1.0 }).collect();
        let (mut sum1, mut sum2) = (vec![0.0f64; s1.len()], vec![0.0f64; s2.len()]);
        let burn = sweeps() / 4;
        for g in 0..sweeps() {
            let mut back = vec![0.0; s1.len()];
            if !matches!(m, Mutant::NoBackCoupling) {
                plan.w2.adjoint_add(plan.h, plan.w, &s2, &mut back);
            }
            for j in 0..s1.len() {
                s1[j] = pbit(delta * back[j] + c.hidden[j], &mut rng);
            }
            let mut f2 = c.output.clone();
            plan.w2.forward_add(plan.h, plan.w, &s1, &mut f2);
            for j in 0..s2.len() {
                s2[j] = pbit(delta * f2[j], &mut rng);
            }
            if g >= burn {
                sum1.iter_mut().zip(&s1).for_each(|(a, &s)| *a += s as f64);
                sum2.iter_mut().zip(&s2).for_each(|(a, &s)| *a += s as f64);
            }
        }
        let kept = (sweeps() - burn) as f64;
        let major = |c: usize, v: Vec<f64>| {
            thermoblock_sim::conv::to_channel_major(c, plan.hw(), &v.iter().map(|s| s / kept).collect::<Vec<_>>())
        };
        (major(plan.c2, sum2), major(plan.c1, sum1))
    }
}

#[test]
fn check_rejects_sampler_without_back_coupling() {
    let worst = worst_over_cases(&mutant(Mutant::NoBackCoupling));
    assert!(worst > Z_LIMIT, "planted bug (no back-coupling) passed the check: worst |z| {worst:.2}");
}

#[test]
fn check_rejects_sampler_with_half_field() {
    let worst = worst_over_cases(&mutant(Mutant::HalfField));
    assert!(worst > Z_LIMIT, "planted bug (sigma(I) for sigma(2I)) passed the check: worst |z| {worst:.2}");
}

#[test]
fn small_delta_recovers_the_feed_forward_network() {
    // As delta -> 0, <s2|x> = delta z2 + O(delta^3), so sign<s2|x> = sign(z2) (the correspondence of
    // arXiv:2511.00746): exact Ising-mode means against the feed-forward pass on random blocks.
    let delta = 1e-3;
    for seed in 0..4 {
        let spec = RandomBlockSpec { c0: 3, c1: 2, c2: 3, kernel: 3, coupling: 1.5 };
        let block = random_block(&spec, 100 + seed).unwrap();
        let x = random_spins(3, 3, 3, 100 + seed);
        let exact = exact_means(&block, &x, delta).unwrap();
        let ff = feed_forward(&block, &x);
        for (j, (&m, &z)) in exact.output.iter().zip(&ff.z2).enumerate() {
            let z = z as f64;
            assert!(
                (m / delta - z).abs() < 1e-3 * (1.0 + z.abs()),
                "spin {j}: <s2>/delta = {} but z2 = {z}",
                m / delta
            );
            if z.abs() > 1e-3 {
                assert_eq!(m.signum(), z.signum(), "spin {j}: sign<s2|x> differs from sign(z2) = {z}");
            }
        }
        assert_eq!(ff.output().data, exact.output.iter().map(|&m| if m >= 0.0 { 1 } else { -1 }).collect::<Vec<i8>>());
    }
}

#[test]
fn results_depend_on_seed_not_on_threads() {
    let spec = RandomBlockSpec { c0: 2, c1: 3, c2: 2, kernel: 3, coupling: 1.0 };
    let block = random_block(&spec, 5).unwrap();
    let xs: Vec<Spins> = (0..6).map(|i| random_spins(2, 5, 4, i)).collect();
    let cfg = GibbsConfig { delta: 0.7, sweeps: 50, burn_in: Some(10), init: Init::Random, seed: 9 };
    let run = |threads| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| gibbs::sample_batch(&block, &xs, &cfg).unwrap())
    };
    let (one, two) = (run(1), run(2));
    assert_eq!(one, two, "batch results changed with the thread count");
    assert_eq!(
        one[0],
        gibbs::sample(&block, &xs[0], &cfg).unwrap(),
        "input 0 of a batch is chain 0, like a single sample"
    );
    let other = gibbs::sample_batch(&block, &xs, &GibbsConfig { seed: 10, ..cfg }).unwrap();
    assert_ne!(one, other, "a different seed gave identical results");
}

#[test]
fn zero_average_reads_plus_one() {
    // No couplings, no fields: every spin is a fair coin, so with 2 kept sweeps many averages are 0.
    let spec = RandomBlockSpec { c0: 1, c1: 2, c2: 4, kernel: 1, coupling: 0.0 };
    let mut block = random_block(&spec, 1).unwrap();
    block.d_in.fill(0.0);
    block.d_mid.fill(0.0);
    block.b.fill(0.0);
    let x = random_spins(1, 4, 4, 1);
    let cfg = GibbsConfig { delta: 1.0, sweeps: 2, burn_in: Some(0), init: Init::Random, seed: 3 };
    let r = gibbs::sample(&block, &x, &cfg).unwrap();
    let ties = r.mean.iter().filter(|&&m| m == 0.0).count();
    assert!(ties > 10, "expected many zero averages, got {ties}");
    for (m, &s) in r.mean.iter().zip(&r.output.data) {
        assert_eq!(s, if *m >= 0.0 { 1 } else { -1 }, "mean {m} read as {s}");
    }
}

#[test]
fn feed_forward_start_uses_the_feed_forward_signs() {
    let spec = RandomBlockSpec { c0: 2, c1: 3, c2: 2, kernel: 3, coupling: 1.0 };
    let block = random_block(&spec, 8).unwrap();
    let x = random_spins(2, 4, 3, 8);
    let plan = BlockPlan::new(&block, 4, 3);
    let chain = gibbs::Chain::new(&plan, &x, 0.5, Init::FeedForward, chain_rng(0, 0));
    let ff = feed_forward(&block, &x);
    let signs = |v: &[f32]| v.iter().map(|&z| if z >= 0.0 { 1.0 } else { -1.0 }).collect::<Vec<f32>>();
    let cl = |c: usize, v: Vec<f32>| thermoblock_sim::conv::to_channel_last(c, 12, &v);
    assert_eq!(chain.hidden(), cl(3, signs(&ff.z1)));
    assert_eq!(chain.output(), cl(2, signs(&ff.z2)));
}
