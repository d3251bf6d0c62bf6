//! The training recipe: its settings and the three ramps of arXiv:2607.00170 App. A.
//!
//! Training is feed-forward first (cross-entropy through the straight-through estimator, plus the
//! magnitude regularizer), then Gibbs regularization, during which, measured in epochs `t` since it
//! began (fractional within an epoch):
//!
//! * `q(t) = min(1, t / q_ramp)` scales the back-coupling in the fixed-point loss (paper: 10 epochs);
//! * `G(t) = round(2 + (G_train − 2) · min(1, t / sweeps_ramp))` Gibbs sweeps give `y_gibbs`
//!   (paper: 10 epochs, `G_train` 10–40);
//! * `λ_FP(t) = λ_FP · min(1, t / fp_ramp)` (paper: 3 epochs).

use serde::{Deserialize, Serialize};

use crate::augment::Augment;

/// Every setting of a training run (stored in checkpoints, so a resumed run keeps them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recipe {
    /// `[C0, C1, C2]` of each block.
    pub blocks: Vec<[usize; 3]>,
    pub encoder_kernel: usize,
    pub encoder_stride: usize,
    pub kernel: usize,
    /// `Architecture::decoder_gain`.
    pub decoder_gain: f64,
    /// Feed-forward epochs, then Gibbs-regularization epochs.
    pub ff_epochs: usize,
    pub gibbs_epochs: usize,
    pub batch: usize,
    /// Adam learning rate at the start of feed-forward training, cosine-decayed to `lr_final` at
    /// its end; Gibbs regularization then restarts at `gibbs_lr` and decays to `lr_final` again.
    /// (Separate phases make a feed-forward run the exact prefix of a longer recipe, so Gibbs
    /// regularization can resume from a feed-forward checkpoint.)
    pub lr: f64,
    pub lr_final: f64,
    #[serde(default = "default_gibbs_lr")]
    pub gibbs_lr: f64,
    /// Global gradient-norm clip (paper: 5.0).
    pub clip: f64,
    /// `delta_train` of the fixed-point loss and of the `y_gibbs` sampler (paper: 0.7).
    pub delta_train: f64,
    pub gibbs_sweeps: usize,
    /// Images of each batch that the fixed-point loss is computed on (0: all of them). Sampling
    /// `y_gibbs` is most of a Gibbs-phase step; a random subset (the batch order is a seeded
    /// permutation, so its first images are one) gives the same loss in expectation for a fraction
    /// of the sweeps. The paper uses the whole batch.
    #[serde(default)]
    pub fp_images: usize,
    pub lambda_fp: f64,
    /// Weight and margin `m` of the magnitude regularizer in the feed-forward phase.
    pub lambda_mag: f64,
    pub margin: f64,
    /// Weight and margin of the magnitude regularizer during Gibbs regularization (paper: m = 1.5).
    /// A larger margin keeps output fields away from 0, where a p-bit at a small inference delta is
    /// a coin flip and a short average misreads the sign.
    #[serde(default = "default_lambda_mag")]
    pub gibbs_lambda_mag: f64,
    #[serde(default = "default_margin")]
    pub gibbs_margin: f64,
    pub q_ramp: f64,
    pub sweeps_ramp: f64,
    pub fp_ramp: f64,
    /// Stochastic (`B(σ(2z))`) rather than deterministic sign at the block outputs.
    pub bernoulli: bool,
    /// Weight of a second cross-entropy in the Gibbs epochs: the decoder on the last block's
    /// `y_gibbs` instead of its feed-forward spins (arXiv:2607.00170 §3.1, footnote 2: "some of the
    /// classification pathway can be sent through y_gibbs"), so the decoder learns the sampled
    /// states it reads at inference. `y_gibbs` carries no gradient, so only the decoder learns from
    /// it. 0 (the default) is the paper's main recipe.
    #[serde(default)]
    pub lambda_gibbs_ce: f64,
    /// Send the Gibbs-path cross-entropy from every block's `y_gibbs`, not only the last's,
    /// through the blocks after it (feed-forward) to the decoder, averaged over the blocks, so the
    /// downstream blocks also learn the sampled inputs they get at inference (the fuller reading of
    /// footnote 2). Needs `lambda_gibbs_ce` > 0.
    #[serde(default)]
    pub gibbs_ce_through_blocks: bool,
    /// Perturbation of the training images (not in the paper; none by default).
    #[serde(default)]
    pub augment: Augment,
    pub seed: u64,
}

impl Default for Recipe {
    fn default() -> Self {
        Self {
            blocks: vec![[32, 64, 64]],
            encoder_kernel: 5,
            encoder_stride: 2,
            kernel: 3,
            decoder_gain: 30.0,
            ff_epochs: 4,
            gibbs_epochs: 2,
            batch: 64,
            lr: 3e-3,
            lr_final: 1e-4,
            gibbs_lr: 5e-4,
            clip: 5.0,
            delta_train: 0.7,
            gibbs_sweeps: 10,
            fp_images: 0,
            lambda_fp: 1.0,
            lambda_mag: default_lambda_mag(),
            margin: default_margin(),
            gibbs_lambda_mag: 0.3,
            gibbs_margin: 3.0,
            // The paper ramps over 10, 10 and 3 of many epochs; within a 90-minute budget on two
            // cores, Gibbs regularization gets 2 epochs, so the ramps are compressed to fit them.
            q_ramp: 1.0,
            sweeps_ramp: 1.0,
            fp_ramp: 0.5,
            bernoulli: false,
            lambda_gibbs_ce: 0.0,
            gibbs_ce_through_blocks: false,
            augment: Augment::default(),
            seed: 1,
        }
    }
}

/// What checkpoints written before the Gibbs-phase settings existed ran with.
fn default_gibbs_lr() -> f64 {
    1e-3
}

fn default_lambda_mag() -> f64 {
    0.1
}

fn default_margin() -> f64 {
    1.5
}

/// The ramped quantities at a point of the Gibbs-regularization phase.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ramps {
    pub q: f64,
    pub sweeps: usize,
    pub lambda_fp: f64,
}

impl Recipe {
    /// Checks every setting, naming the first that is out of range.
    pub fn validate(&self) -> Result<(), String> {
        let positive = |v: f64| v.is_finite() && v > 0.0;
        let non_negative = |v: f64| v.is_finite() && v >= 0.0;
        let odd = |k: usize| k % 2 == 1;
        let checks: [(bool, &str); 17] = [
            (!self.blocks.is_empty(), "at least one block is needed"),
            (self.blocks.iter().flatten().all(|&c| c > 0), "block channel counts must be positive"),
            (self.blocks.windows(2).all(|w| w[0][2] == w[1][0]), "each block's C0 must equal the previous block's C2"),
            (odd(self.encoder_kernel) && odd(self.kernel), "kernel sizes must be odd"),
            ((1..=4).contains(&self.encoder_stride), "the encoder stride must be 1 to 4"),
            (self.batch > 0, "the batch size must be positive"),
            (self.epochs() > 0, "at least one epoch is needed"),
            (positive(self.lr) && positive(self.gibbs_lr) && positive(self.lr_final), "learning rates must be > 0"),
            (positive(self.clip) && positive(self.decoder_gain), "the clip and the decoder gain must be > 0"),
            (self.delta_train > 0.0 && self.delta_train <= 1.0, "delta_train must be in (0, 1]"),
            (self.gibbs_sweeps >= 1, "G_train must be at least 1 sweep"),
            (self.fp_images <= self.batch, "fp_images must be at most the batch size (0: the whole batch)"),
            (
                [self.lambda_fp, self.lambda_mag, self.gibbs_lambda_mag, self.lambda_gibbs_ce]
                    .into_iter()
                    .all(non_negative),
                "the loss weights must be >= 0",
            ),
            (positive(self.margin) && positive(self.gibbs_margin), "the magnitude margins must be > 0"),
            (self.augment.shift <= 8, "the augmentation shift must be at most 8 pixels"),
            (
                !self.gibbs_ce_through_blocks || self.lambda_gibbs_ce > 0.0,
                "gibbs_ce_through_blocks needs a Gibbs-path cross-entropy weight lambda_gibbs_ce > 0",
            ),
            ([self.q_ramp, self.sweeps_ramp, self.fp_ramp].into_iter().all(non_negative), "ramp lengths must be >= 0"),
        ];
        match checks.iter().find(|(ok, _)| !ok) {
            Some((_, what)) => Err(format!("invalid training recipe: {what}")),
            None => Ok(()),
        }
    }

    /// The first setting that shapes the network's tensors and differs between `self` and `other`
    /// (`None`: a checkpoint of one can continue under the other).
    pub fn architecture_difference(&self, other: &Recipe) -> Option<String> {
        let pairs = [
            ("blocks", format!("{:?}", self.blocks), format!("{:?}", other.blocks)),
            ("encoder_kernel", self.encoder_kernel.to_string(), other.encoder_kernel.to_string()),
            ("encoder_stride", self.encoder_stride.to_string(), other.encoder_stride.to_string()),
            ("kernel", self.kernel.to_string(), other.kernel.to_string()),
            ("decoder_gain", self.decoder_gain.to_string(), other.decoder_gain.to_string()),
        ];
        pairs.into_iter().find(|(_, a, b)| a != b).map(|(name, a, b)| format!("{name} {a} vs {b}"))
    }

    pub fn epochs(&self) -> usize {
        self.ff_epochs + self.gibbs_epochs
    }

    /// The ramps `t` epochs into Gibbs regularization (`None` before it starts).
    pub fn ramps(&self, t: f64) -> Option<Ramps> {
        if t < 0.0 {
            return None;
        }
        let frac = |ramp: f64| if ramp <= 0.0 { 1.0 } else { (t / ramp).min(1.0) };
        let sweeps = (2.0 + (self.gibbs_sweeps.max(2) - 2) as f64 * frac(self.sweeps_ramp)).round() as usize;
        Some(Ramps { q: frac(self.q_ramp), sweeps, lambda_fp: self.lambda_fp * frac(self.fp_ramp) })
    }

    /// Learning rate `t` epochs into the run (fractional within an epoch): a cosine from `lr` to
    /// `lr_final` over the feed-forward epochs, then one from `gibbs_lr` to `lr_final` over the
    /// Gibbs epochs.
    pub fn learning_rate(&self, t: f64) -> f64 {
        let ff = self.ff_epochs as f64;
        let (start, progress) = if t < ff || self.gibbs_epochs == 0 {
            (self.lr, t / ff.max(1.0))
        } else {
            (self.gibbs_lr, (t - ff) / self.gibbs_epochs as f64)
        };
        let c = 0.5 * (1.0 + (std::f64::consts::PI * progress.clamp(0.0, 1.0)).cos());
        self.lr_final + (start - self.lr_final) * c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_settings_are_named() {
        assert_eq!(Recipe::default().validate(), Ok(()));
        let bad = [
            Recipe { batch: 0, ..Recipe::default() },
            Recipe { lr: f64::NAN, ..Recipe::default() },
            Recipe { delta_train: 1.5, ..Recipe::default() },
            Recipe { blocks: vec![[32, 64, 64], [32, 64, 64]], ..Recipe::default() },
            Recipe { kernel: 4, ..Recipe::default() },
            Recipe { fp_ramp: -1.0, ..Recipe::default() },
            Recipe { fp_images: 65, ..Recipe::default() },
            Recipe { augment: Augment { flip: false, shift: 9 }, ..Recipe::default() },
            Recipe { gibbs_ce_through_blocks: true, ..Recipe::default() },
        ];
        let want = [
            "batch size",
            "learning rates",
            "delta_train",
            "C0",
            "odd",
            "ramp",
            "fp_images",
            "shift",
            "lambda_gibbs_ce",
        ];
        for (r, w) in bad.iter().zip(want) {
            let e = r.validate().unwrap_err();
            assert!(e.contains(w), "{e} should name {w}");
        }
    }

    #[test]
    fn ramps_follow_the_paper() {
        let r = Recipe { gibbs_sweeps: 20, q_ramp: 10.0, sweeps_ramp: 10.0, fp_ramp: 3.0, ..Recipe::default() };
        assert_eq!(r.ramps(-0.5), None);
        let start = r.ramps(0.0).unwrap();
        assert_eq!((start.q, start.sweeps, start.lambda_fp), (0.0, 2, 0.0));
        let mid = r.ramps(1.5).unwrap();
        assert!((mid.q - 0.15).abs() < 1e-12 && (mid.lambda_fp - 0.5).abs() < 1e-12);
        assert_eq!(mid.sweeps, 5); // 2 + 18 * 0.15 = 4.7
        let end = r.ramps(12.0).unwrap();
        assert_eq!((end.q, end.sweeps, end.lambda_fp), (1.0, 20, 1.0));
        let close = |a: f64, b: f64| (a - b).abs() < 1e-15;
        let (ff, all) = (r.ff_epochs as f64, r.epochs() as f64);
        assert!(close(r.learning_rate(0.0), r.lr) && close(r.learning_rate(ff - 1e-9), r.lr_final));
        assert!(close(r.learning_rate(ff), r.gibbs_lr) && close(r.learning_rate(all), r.lr_final));
        // A feed-forward-only recipe has the same schedule as the feed-forward phase of a longer one.
        let ff_only = Recipe { gibbs_epochs: 0, ..r.clone() };
        assert!(close(ff_only.learning_rate(1.3), r.learning_rate(1.3)));
    }
}
