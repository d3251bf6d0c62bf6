//! The chip model's sampling machinery against the exact stationary distribution of the chip's own
//! Markov chain — no tolerance at all.
//!
//! The chip's conditionals are not exactly Boltzmann (fields are rounded to 1/256, the threshold
//! table is a table), so `chip_vs_exact.rs` needs a tolerance. Here the conditionals are computed
//! exactly as the chip defines them — field codes from the clamped constants, the delta multiply
//! and the threshold table's `P(+1)` — and the two-layer Gibbs chain's transition matrix on the
//! hidden layer, `T(s1 -> s1') = Σ_s2 P(s2|s1) P(s1'|s2)`, is solved for its stationary
//! distribution. What remains to test is the sampler: slots, lanes, streams, sums and readout. A
//! correct model gives `z ~ t_15` per spin (16 seeds); limit 4.5.

use thermoblock_contract::config::{ChipConfig, ECP5_85F_PLANE, ICE40};
use thermoblock_contract::field::delta_code;
use thermoblock_contract::image::ChipImage;
use thermoblock_contract::pbit::{probability_plus, threshold_table};
use thermoblock_contract::rng::lanes;
use thermoblock_contract::run::ChipRun;
use thermoblock_sim::chip::model::ChipModel;
use thermoblock_sim::chip::quantize::quantize;
use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};
use thermoblock_tests::mean_and_se;

const SEEDS: u64 = 16;
const SWEEPS: u32 = 20_000;

/// Exact stationary `(<s2>, <s1>)` of the chip's chain, channel-major like the model's readout.
fn stationary(chip: &ChipModel, x: &thermoblock_contract::Spins, delta: f32) -> (Vec<f64>, Vec<f64>) {
    let u = chip.dequantized(x, delta);
    let img = &chip.image;
    let dq = delta_code(delta);
    let scale = thermoblock_contract::field::delta_value(dq) * 2f64.powi(-img.e2);
    let table = threshold_table();
    let (n1, n2) = (u.h1.len(), u.f2.len());
    let h1: Vec<i64> = u.h1.iter().map(|v| (v * 256.0).round() as i64).collect();
    let c2: Vec<i64> = u.f2.iter().map(|v| (v / scale).round() as i64).collect();
    let spins =
        |bits: usize, n: usize| (0..n).map(|i| if bits >> i & 1 == 1 { 1.0 } else { -1.0 }).collect::<Vec<f64>>();
    // P(+1) of every output spin given s1, and of every hidden spin given s2.
    let p_out: Vec<Vec<f64>> = (0..1 << n1)
        .map(|a| {
            let s1 = spins(a, n1);
            (0..n2)
                .map(|j| {
                    let acc = (0..n1).map(|i| u.j[i][j] * s1[i]).sum::<f64>() / scale;
                    probability_plus(&table, chip.field(acc.round() as i64 + c2[j], 0, dq))
                })
                .collect()
        })
        .collect();
    let p_hid: Vec<Vec<f64>> = (0..1 << n2)
        .map(|b| {
            let s2 = spins(b, n2);
            (0..n1)
                .map(|i| {
                    let acc = (0..n2).map(|j| u.j[i][j] * s2[j]).sum::<f64>() / scale;
                    probability_plus(&table, chip.field(acc.round() as i64, h1[i], dq))
                })
                .collect()
        })
        .collect();
    let prob = |p: &[f64], bits: usize| {
        p.iter().enumerate().map(|(i, &q)| if bits >> i & 1 == 1 { q } else { 1.0 - q }).product::<f64>()
    };
    let a: Vec<Vec<f64>> = (0..1 << n1).map(|s1| (0..1 << n2).map(|s2| prob(&p_out[s1], s2)).collect()).collect();
    let b: Vec<Vec<f64>> = (0..1 << n2).map(|s2| (0..1 << n1).map(|s1| prob(&p_hid[s2], s1)).collect()).collect();
    // Power iteration on pi1 <- pi1 A B.
    let mut pi = vec![1.0 / (1 << n1) as f64; 1 << n1];
    for _ in 0..2000 {
        let mid: Vec<f64> = (0..1 << n2).map(|s2| (0..1 << n1).map(|s1| pi[s1] * a[s1][s2]).sum()).collect();
        pi = (0..1 << n1).map(|s1n| (0..1 << n2).map(|s2| mid[s2] * b[s2][s1n]).sum()).collect();
    }
    let m1: Vec<f64> = (0..n1).map(|i| (0..1 << n1).map(|s| pi[s] * spins(s, n1)[i]).sum()).collect();
    let m2: Vec<f64> = (0..n2).map(|j| (0..1 << n1).map(|s| pi[s] * (2.0 * p_out[s][j] - 1.0)).sum()).collect();
    // The model reads s2 after the output half-sweep: s2 given s1 ~ pi.
    (m2, m1)
}

/// Worst `|z|` of the model's sampled means against the exact stationary means, over two tiny
/// blocks on the lane chip (`ice40`) and on the plane engine. `mutate` plants a bug in the image the
/// chip runs (not in the oracle's), `shared_stream` gives every lane (decision unit) the same
/// generator.
fn worst_z(mutate: impl Fn(&mut ChipImage), shared_stream: bool) -> f64 {
    [ICE40, ECP5_85F_PLANE].into_iter().map(|config| worst_z_on(config, &mutate, shared_stream)).fold(0.0, f64::max)
}

fn worst_z_on(config: ChipConfig, mutate: &impl Fn(&mut ChipImage), shared_stream: bool) -> f64 {
    let mut worst: f64 = 0.0;
    // 1 hidden channel and 1-2 output channels: 6 + 6 or 4 + 8 spins (some lanes or units idle).
    for (seed, delta, c2) in [(41u64, 1.0f32, 1usize), (42, 0.6, 2)] {
        let spec = RandomBlockSpec { c0: 2, c1: 1, c2, kernel: 3, coupling: 2.5 };
        let block = random_block(&spec, seed).unwrap();
        let (h, w) = if c2 == 1 { (2, 3) } else { (2, 2) };
        let x = random_spins(2, h, w, seed);
        let image = quantize(&block, &config, h, w).unwrap().0;
        let (e2, e1) = stationary(&ChipModel::new(image.clone(), config, h, w), &x, delta);
        let mut run_image = image;
        mutate(&mut run_image);
        let chip = ChipModel::new(run_image, config, h, w);
        let runs: Vec<_> = (0..SEEDS)
            .map(|s| {
                let run = ChipRun { delta, sweeps: SWEEPS, burn_in: SWEEPS / 4, seed: s };
                let rngs = if shared_stream { vec![lanes(s, 1)[0]; config.lanes] } else { lanes(s, config.lanes) };
                chip.run_observed(&x, &run, rngs, None)
            })
            .collect();
        for (sampled, exact) in [
            (runs.iter().map(|r| r.mean.clone()).collect::<Vec<_>>(), e2),
            (runs.iter().map(|r| r.hidden_mean.clone()).collect(), e1),
        ] {
            let (mean, se) = mean_and_se(&sampled);
            for i in 0..mean.len() {
                worst = worst.max((mean[i] - exact[i]).abs() / se[i].max(1e-9));
            }
        }
    }
    worst
}

#[test]
fn chip_model_samples_its_own_stationary_distribution() {
    let z = worst_z(|_| {}, false);
    eprintln!("worst |z| against the exact stationary means: {z:.2}");
    assert!(z < 4.5, "chip model deviates from its own chain's stationary distribution: |z| = {z:.2}");
}

#[test]
fn planted_bugs_are_caught() {
    // On each engine by itself: a bug one engine's test misses is not hidden by the other's.
    for config in [ICE40, ECP5_85F_PLANE] {
        let name = config.name;
        let z = worst_z_on(config, &|img: &mut ChipImage| img.e2 += 1, false);
        assert!(z > 4.5, "{name}: couplings at half strength passed: |z| = {z:.2}");
        let z = worst_z_on(config, &|img: &mut ChipImage| img.b.iter_mut().for_each(|b| *b += 64), false);
        assert!(z > 4.5, "{name}: hidden bias off by 1/4 passed: |z| = {z:.2}");
        let z = worst_z_on(config, &|_: &mut ChipImage| {}, true);
        assert!(z > 4.5, "{name}: all lanes on one stream passed: |z| = {z:.2}");
    }
}
