//! The chip's lane random streams are uncorrelated and uniform (chip issue, item 6c).
//!
//! Each lane's draws are centred and scaled to `u = (r + 0.5) / 2^16 - 0.5`. For independent
//! streams the sample correlation of `N` pairs is approximately `N(0, 1/N)`, so `z = rho sqrt(N)` is
//! standard normal. The check covers every lane pair at lags -3..3 and every lane's own lags 1..3:
//! for the 32-lane `ecp5` configuration that is 3,568 statistics; with the limit `|z| < 5`
//! (`P(|z| > 5) = 5.7e-7`) the family-wise false-alarm rate is 0.2%, and the seed is fixed.
//! Planted bugs — lanes sharing a seed, lanes seeded as shifted copies of one stream — must fail.
//!
//! The plane engine's 8 decision units draw for neighbouring positions of a group back to back, and
//! for the same position at the same draw index: their pairs are checked at every lag up to one
//! 14 x 14 group (196), 12,600 statistics (family-wise false-alarm rate 0.7% at `|z| < 5`), and
//! copies shifted by 150 draws — invisible at lags up to 3 — must fail.

use thermoblock_contract::config::{ECP5, ECP5_85F_PLANE};
use thermoblock_contract::rng::{LaneRng, lanes};

const DRAWS: usize = 20_000;
const MAX_LAG: usize = 3;
/// One group of positions on a 14 x 14 grid.
const WIDE_LAG: usize = 196;
const Z_LIMIT: f64 = 5.0;

fn centred(mut g: LaneRng) -> Vec<f64> {
    (0..DRAWS + WIDE_LAG).map(|_| (g.draw() as f64 + 0.5) / 65536.0 - 0.5).collect()
}

/// `z` of the correlation between `a[t]` and `b[t + lag]` over `DRAWS` values of `t`.
fn z_corr(a: &[f64], b: &[f64], lag: usize) -> f64 {
    let n = DRAWS as f64;
    let (xa, xb) = (&a[..DRAWS], &b[lag..lag + DRAWS]);
    let (ma, mb) = (xa.iter().sum::<f64>() / n, xb.iter().sum::<f64>() / n);
    let cov: f64 = xa.iter().zip(xb).map(|(p, q)| (p - ma) * (q - mb)).sum();
    let va: f64 = xa.iter().map(|p| (p - ma).powi(2)).sum();
    let vb: f64 = xb.iter().map(|q| (q - mb).powi(2)).sum();
    cov / (va * vb).sqrt() * n.sqrt()
}

/// The largest `|z|` over all lane pairs and lags up to `MAX_LAG`, and where.
fn worst(streams: &[Vec<f64>]) -> (f64, String) {
    worst_to(streams, MAX_LAG)
}

/// The largest `|z|` over all lane pairs and lags up to `max_lag`, and where.
fn worst_to(streams: &[Vec<f64>], max_lag: usize) -> (f64, String) {
    let mut worst = (0.0, String::new());
    for i in 0..streams.len() {
        for j in i..streams.len() {
            for lag in 0..=max_lag {
                let pairs: &[(usize, usize)] = if i == j { &[(i, j)] } else { &[(i, j), (j, i)] };
                for &(a, b) in pairs {
                    if a == b && lag == 0 {
                        continue;
                    }
                    let z = z_corr(&streams[a], &streams[b], lag).abs();
                    if z > worst.0 {
                        worst = (z, format!("lane {a} vs lane {b} at lag {lag}"));
                    }
                }
            }
        }
    }
    worst
}

#[test]
fn lane_streams_are_uncorrelated() {
    let streams: Vec<Vec<f64>> = lanes(2024, ECP5.lanes).into_iter().map(centred).collect();
    let (z, at) = worst(&streams);
    eprintln!("worst |z| {z:.2} ({at})");
    assert!(z < Z_LIMIT, "lane streams correlated: |z| = {z:.2} at {at}");
}

#[test]
fn lane_draws_are_uniform() {
    // Chi-square over 256 bins of all lanes' draws: mean 255, sd sqrt(510) = 22.6; limit mean + 5 sd.
    let mut bins = [0u64; 256];
    let mut total = 0u64;
    for mut g in lanes(7, ECP5.lanes) {
        for _ in 0..DRAWS {
            bins[(g.draw() >> 8) as usize] += 1;
            total += 1;
        }
    }
    let expected = total as f64 / 256.0;
    let chi2: f64 = bins.iter().map(|&o| (o as f64 - expected).powi(2) / expected).sum();
    assert!(chi2 < 255.0 + 5.0 * 510f64.sqrt(), "chi-square {chi2:.1} over 255 degrees of freedom");
}

#[test]
fn shared_seed_is_caught() {
    let streams: Vec<Vec<f64>> = (0..4).map(|_| centred(LaneRng::new(99))).collect();
    assert!(worst(&streams).0 > Z_LIMIT);
}

#[test]
fn shifted_copies_are_caught() {
    // Lane l starts where lane 0 will be after l draws: the streams are one sequence, lagged.
    let streams: Vec<Vec<f64>> = (0..4)
        .map(|l| {
            let mut g = LaneRng::new(99);
            (0..l).for_each(|_| {
                g.step();
            });
            centred(g)
        })
        .collect();
    let (z, at) = worst(&streams);
    assert!(z > Z_LIMIT, "shifted copies passed: worst |z| {z:.2} ({at})");
}

#[test]
fn decision_unit_streams_are_uncorrelated_over_a_group() {
    let streams: Vec<Vec<f64>> = lanes(2026, ECP5_85F_PLANE.lanes).into_iter().map(centred).collect();
    let (z, at) = worst_to(&streams, WIDE_LAG);
    eprintln!("worst |z| {z:.2} ({at})");
    assert!(z < Z_LIMIT, "decision units' streams correlated: |z| = {z:.2} at {at}");
}

#[test]
fn copies_shifted_beyond_the_short_lags_are_caught_by_the_wide_range() {
    let streams: Vec<Vec<f64>> = (0..4)
        .map(|l| {
            let mut g = LaneRng::new(99);
            (0..150 * l).for_each(|_| {
                g.step();
            });
            centred(g)
        })
        .collect();
    assert!(worst(&streams).0 < Z_LIMIT, "the short range sees a 150-draw shift");
    let (z, at) = worst_to(&streams, WIDE_LAG);
    assert!(z > Z_LIMIT, "copies shifted by 150 draws passed: worst |z| {z:.2} ({at})");
}
