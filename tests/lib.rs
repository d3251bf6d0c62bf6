//! Shared statistics for the acceptance tests: comparing sampled means with exact means.
//!
//! A sampler run with seed `k` gives a time-averaged spin `m_k`. Over `K` independent seeds the
//! between-seed standard error `SE = sd(m_1..m_K) / sqrt(K)` already contains the chain's
//! autocorrelation (each `m_k` is a whole run), so `z = (mean_k m_k - exact) / SE` follows a
//! Student t distribution with `K - 1` degrees of freedom when the sampler is right.

/// Between-seed mean and standard error of each spin; `runs[k][i]` is spin `i`'s average in run `k`.
pub fn mean_and_se(runs: &[Vec<f64>]) -> (Vec<f64>, Vec<f64>) {
    let k = runs.len() as f64;
    assert!(runs.len() >= 2, "need at least two runs for a standard error");
    let n = runs[0].len();
    let mean: Vec<f64> = (0..n).map(|i| runs.iter().map(|r| r[i]).sum::<f64>() / k).collect();
    let se = (0..n)
        .map(|i| {
            let var = runs.iter().map(|r| (r[i] - mean[i]).powi(2)).sum::<f64>() / (k - 1.0);
            (var / k).sqrt()
        })
        .collect();
    (mean, se)
}

/// The worst `|z|` over all spins and where it is.
#[derive(Clone, Copy, Debug)]
pub struct Worst {
    pub z: f64,
    pub index: usize,
    pub sampled: f64,
    pub exact: f64,
    pub se: f64,
}

/// `z` scores of sampled means against exact ones; `samples` is the number of spin values averaged
/// over all runs (runs x kept sweeps).
///
/// A nearly frozen spin (exact mean -0.9999999, say) can show no flip at all in any run, so its
/// between-seed SE is 0. The SE used is therefore never below `sqrt((1 - m^2) / samples)`, the
/// standard error of `samples` independent draws from the exact distribution: Gibbs sweeps are
/// positively autocorrelated, so the true SE is at least that.
pub fn worst_z(runs: &[Vec<f64>], exact: &[f64], samples: usize) -> Worst {
    let (mean, se) = mean_and_se(runs);
    assert_eq!(mean.len(), exact.len(), "sampled and exact means differ in length");
    let mut worst = Worst { z: 0.0, index: 0, sampled: mean[0], exact: exact[0], se: se[0] };
    for i in 0..mean.len() {
        let diff = (mean[i] - exact[i]).abs();
        let floor = ((1.0 - exact[i] * exact[i]).max(0.0) / samples as f64).sqrt();
        let se_i = se[i].max(floor);
        let z = if se_i > 0.0 {
            diff / se_i
        } else if diff < 1e-12 {
            0.0
        } else {
            f64::INFINITY
        };
        if z > worst.z {
            worst = Worst { z, index: i, sampled: mean[i], exact: exact[i], se: se_i };
        }
    }
    worst
}
