//! The bit-exact chip model against exact Boltzmann statistics of the *quantized* block (chip
//! issue, item 6b), and the lane-permutation check (6c).
//!
//! The chip samples the dequantized image's Boltzmann distribution except for two roundings: fields
//! are rounded to 1/256 (a p-bit probability moves by at most `max d sigma(2I)/dI · 1/512 = 1/1024`)
//! and the threshold table is within `2^-10` of `sigma(2I)` (2^-17 below saturation). So every
//! conditional probability is within `eps = 2^-10 + 2^-10 = 2e-3`, a spin's conditional mean within
//! `2 eps = 4e-3`, and the stated tolerance on the stationary means is `TOL = 0.01` (2.5x that, for
//! the propagation through the other layer). A spin passes when `|mean - exact| <= TOL + 4.5 SE`
//! with the between-seed SE over `SEEDS` seeds.

use thermoblock_contract::config::{ChipConfig, ECP5, ECP5_85F_PLANE, ICE40};
use thermoblock_contract::image::ChipImage;
use thermoblock_contract::rng::lanes;
use thermoblock_contract::run::ChipRun;
use thermoblock_sim::chip::model::ChipModel;
use thermoblock_sim::chip::quantize::quantize;
use thermoblock_sim::exact::exact_means_unrolled;
use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};
use thermoblock_tests::mean_and_se;

const SEEDS: u64 = 8;
const SWEEPS: u32 = 16_000;
const TOL: f64 = 0.01;
const Z_LIMIT: f64 = 4.5;

/// (config, spec, h, w, delta, seed): hidden layers small enough to enumerate; one with more
/// channels than lanes (two slot groups), and one on the plane engine with more hidden channels
/// than columns (two groups).
fn cases() -> Vec<(ChipConfig, RandomBlockSpec, usize, usize, f32, u64)> {
    let spec = |c0, c1, c2, coupling| RandomBlockSpec { c0, c1, c2, kernel: 3, coupling };
    vec![
        (ICE40, spec(2, 2, 2, 2.0), 3, 3, 1.0, 21),
        (ICE40, spec(2, 5, 3, 2.0), 2, 2, 0.7, 22),
        (ECP5, spec(3, 2, 2, 2.5), 3, 3, 0.5, 23),
        (ECP5_85F_PLANE, spec(2, 10, 3, 2.0), 2, 1, 0.7, 24),
    ]
}

/// Worst `(|diff| - TOL) / SE` over all spins of all cases, running `image_for_run` on the chip.
fn worst(mutate: impl Fn(&mut ChipImage)) -> f64 {
    worst_of(&cases(), mutate)
}

/// The plane engine's case alone: a planted bug must be caught there too, not only on a lane chip.
fn worst_on_the_plane_engine(mutate: impl Fn(&mut ChipImage)) -> f64 {
    let plane: Vec<_> = cases().into_iter().filter(|c| c.0 == ECP5_85F_PLANE).collect();
    assert_eq!(plane.len(), 1);
    worst_of(&plane, mutate)
}

fn worst_of(cases: &[(ChipConfig, RandomBlockSpec, usize, usize, f32, u64)], mutate: impl Fn(&mut ChipImage)) -> f64 {
    let (mut worst, mut raw) = (f64::NEG_INFINITY, 0.0f64);
    for &(config, spec, h, w, delta, seed) in cases {
        let block = random_block(&spec, seed).unwrap();
        let x = random_spins(spec.c0, h, w, seed);
        let (image, _) = quantize(&block, &config, h, w).unwrap();
        let exact = exact_means_unrolled(&ChipModel::new(image.clone(), config, h, w).dequantized(&x, delta)).unwrap();
        let mut run_image = image;
        mutate(&mut run_image);
        let chip = ChipModel::new(run_image, config, h, w);
        let runs: Vec<_> = (0..SEEDS)
            .map(|s| chip.run(&x, &ChipRun { delta, sweeps: SWEEPS, burn_in: SWEEPS / 4, seed: 100 * seed + s }))
            .collect();
        for (sampled, exact) in [
            (runs.iter().map(|r| r.mean.clone()).collect::<Vec<_>>(), &exact.output),
            (runs.iter().map(|r| r.hidden_mean.clone()).collect(), &exact.hidden),
        ] {
            let (mean, se) = mean_and_se(&sampled);
            for i in 0..mean.len() {
                let floor = ((1.0 - exact[i] * exact[i]).max(0.0) / (SEEDS as f64 * SWEEPS as f64 * 0.75)).sqrt();
                let se = se[i].max(floor).max(1e-12);
                let z = ((mean[i] - exact[i]).abs() - TOL) / se;
                worst = worst.max(z);
                raw = raw.max((mean[i] - exact[i]).abs() / se);
            }
        }
    }
    eprintln!("worst |diff| / SE without the tolerance: {raw:.2}");
    worst
}

#[test]
fn chip_means_match_exact_means_of_the_quantized_block() {
    let z = worst(|_| {});
    eprintln!("worst (|diff| - {TOL}) / SE: {z:.2}");
    assert!(z < Z_LIMIT, "chip means deviate from the quantized block's exact means: {z:.2} SE beyond the tolerance");
}

#[test]
fn swapped_input_polarity_is_caught() {
    // A planted quantizer/datapath bug: K1P and K1M exchanged (the input spin read inverted).
    let z = worst(|img| std::mem::swap(&mut img.k1p, &mut img.k1m));
    assert!(z > Z_LIMIT, "planted polarity bug passed: {z:.2}");
    let z = worst_on_the_plane_engine(|img| std::mem::swap(&mut img.k1p, &mut img.k1m));
    assert!(z > Z_LIMIT, "planted polarity bug passed on the plane engine: {z:.2}");
}

#[test]
fn halved_couplings_are_caught() {
    // A planted scale bug: W2 applied at half strength.
    let z = worst(|img| img.e2 += 1);
    assert!(z > Z_LIMIT, "planted scale bug passed: {z:.2}");
    let z = worst_on_the_plane_engine(|img| img.e2 += 1);
    assert!(z > Z_LIMIT, "planted scale bug passed on the plane engine: {z:.2}");
}

#[test]
fn permuting_lanes_does_not_change_the_statistics() {
    // Lane l runs on lane (P-1-l)'s stream: the same chip, different stream-to-channel wiring.
    // Two-sample z between the means of 16 seeds each.
    let (config, spec, h, w, delta, seed) =
        (ICE40, RandomBlockSpec { c0: 2, c1: 5, c2: 3, kernel: 3, coupling: 2.0 }, 3, 3, 0.8, 31);
    let block = random_block(&spec, seed).unwrap();
    let x = random_spins(spec.c0, h, w, seed);
    let chip = ChipModel::new(quantize(&block, &config, h, w).unwrap().0, config, h, w);
    let run = |s: u64, reversed: bool| {
        let mut rngs = lanes(s, config.lanes);
        if reversed {
            rngs.reverse();
        }
        chip.run_observed(&x, &ChipRun { delta, sweeps: 8000, burn_in: 2000, seed: s }, rngs, None).mean
    };
    let a: Vec<_> = (0..16).map(|s| run(s, false)).collect();
    let b: Vec<_> = (100..116).map(|s| run(s, true)).collect();
    let ((ma, sa), (mb, sb)) = (mean_and_se(&a), mean_and_se(&b));
    let z = (0..ma.len())
        .map(|i| (ma[i] - mb[i]).abs() / (sa[i].powi(2) + sb[i].powi(2)).sqrt().max(1e-12))
        .fold(0.0, f64::max);
    eprintln!("worst two-sample |z| with lanes permuted: {z:.2}");
    assert!(z < Z_LIMIT, "permuting lanes changed the output means: |z| = {z:.2}");
}
