//! The training loop: batches, the recipe's losses, `y_gibbs` from this project's own sampler,
//! per-epoch metrics, checkpoints that resume exactly, and the export to `thermoblock-v1`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

use candle_core::{DType, Device, Result, Tensor};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use thermoblock_contract::rng::splitmix64;
use thermoblock_contract::spins::Spins;
use thermoblock_sim::dataset::Dataset;
use thermoblock_sim::gibbs::{self, GibbsConfig, Init};

use crate::adam::Adam;
use crate::augment::{self, Augment};
use crate::losses::{cross_entropy, fixed_point, magnitude};
use crate::net::{Architecture, Boundary, Net, block_of};
use crate::recipe::Recipe;

/// What one epoch measured.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EpochMetrics {
    pub epoch: usize,
    /// `feed-forward` or `gibbs`.
    pub phase: String,
    pub ce: f64,
    /// `L_FP` summed over the blocks, and per block (means over the epoch's batches).
    pub fp: f64,
    #[serde(default)]
    pub fp_blocks: Vec<f64>,
    pub mag: f64,
    /// The Gibbs-path cross-entropy: the decoder's on the last block's `y_gibbs`, or with
    /// `gibbs_ce_through_blocks` the mean over blocks of each `y_gibbs` sent through the blocks
    /// after it (0 unless `lambda_gibbs_ce` > 0).
    #[serde(default)]
    pub gibbs_ce: f64,
    /// Accuracy on the training batches as they were trained (feed-forward pass).
    pub train_accuracy: f64,
    /// Feed-forward accuracy on the test split (the candle forward pass).
    pub test_ff_accuracy: f64,
    /// Gibbs sweeps per `y_gibbs` at the end of the epoch, `q` and `λ_FP` (0 in feed-forward epochs).
    pub gibbs_sweeps: usize,
    pub q: f64,
    pub lambda_fp: f64,
    pub seconds: f64,
}

/// A checkpoint's state beside its tensors.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct State {
    pub recipe: Recipe,
    /// Epochs completed.
    pub epoch: usize,
    pub adam_step: u64,
    pub history: Vec<EpochMetrics>,
    /// The recipes earlier epochs ran under, when the run was branched ([`Trainer::branch`]).
    #[serde(default)]
    pub segments: Vec<Segment>,
    /// The checkpoint a grown run started from ([`Trainer::grow`]).
    #[serde(default)]
    pub grown_from: Option<Growth>,
}

/// A grown run's starting point: the run whose weights it took, and which of its own blocks are
/// new.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Growth {
    /// The checkpoint's file, recipe, epochs trained and earlier segments.
    pub checkpoint: String,
    pub recipe: Recipe,
    pub epochs: usize,
    pub segments: Vec<Segment>,
    /// Indices (in this run's blocks) of the blocks that started as identity maps.
    pub new_blocks: Vec<usize>,
}

/// Epochs `..until` of a branched run were trained under `recipe`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub until: usize,
    pub recipe: Recipe,
}

pub struct Trainer {
    pub recipe: Recipe,
    pub net: Net,
    adam: Adam,
    pub epoch: usize,
    pub history: Vec<EpochMetrics>,
    pub segments: Vec<Segment>,
    pub grown_from: Option<Growth>,
    device: Device,
}

/// `[B, 1, rows, cols]` images in `[0, 1]` and `[B]` labels of the dataset's images `idx`.
pub fn batch(ds: &Dataset, idx: &[usize], device: &Device) -> Result<(Tensor, Tensor)> {
    augmented_batch(ds, idx, Augment::default(), 0, device)
}

/// [`batch`] with each image `i` perturbed by `aug`'s draw for `key ^ i`.
pub fn augmented_batch(
    ds: &Dataset,
    idx: &[usize],
    aug: Augment,
    key: u64,
    device: &Device,
) -> Result<(Tensor, Tensor)> {
    let mut pixels = Vec::with_capacity(idx.len() * ds.image_len());
    let to_unit = |&p: &u8| p as f32 / 255.0;
    for &i in idx {
        if aug.is_identity() {
            pixels.extend(ds.image(i).iter().map(to_unit));
        } else {
            let d = aug.draw(key ^ splitmix64(i as u64));
            pixels.extend(augment::apply(ds.image(i), ds.rows, ds.cols, d).iter().map(to_unit));
        }
    }
    let images = Tensor::from_vec(pixels, (idx.len(), 1, ds.rows, ds.cols), device)?;
    let labels = Tensor::from_vec(idx.iter().map(|&i| ds.label(i) as u32).collect::<Vec<_>>(), idx.len(), device)?;
    Ok((images, labels))
}

/// A seeded permutation of `0..n` (Fisher-Yates on SplitMix64).
fn permutation(n: usize, seed: u64) -> Vec<usize> {
    let mut p: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (splitmix64(seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)) % (i as u64 + 1)) as usize;
        p.swap(i, j);
    }
    p
}

fn correct(logits: &Tensor, labels: &Tensor) -> Result<usize> {
    let pred = logits.argmax(1)?;
    Ok(pred.eq(labels)?.to_dtype(DType::U32)?.sum_all()?.to_scalar::<u32>()? as usize)
}

impl Trainer {
    pub fn new(recipe: Recipe, image_channels: usize, classes: usize) -> Result<Self> {
        recipe.validate().map_err(candle_core::Error::msg)?;
        let device = Device::Cpu;
        let arch = Architecture {
            image_channels,
            encoder_kernel: recipe.encoder_kernel,
            encoder_stride: recipe.encoder_stride,
            blocks: recipe.blocks.clone(),
            kernel: recipe.kernel,
            classes,
            decoder_gain: recipe.decoder_gain,
        };
        let net = Net::new(arch, recipe.seed, &device)?;
        let adam = Adam::new(net.named_vars())?;
        Ok(Self { recipe, net, adam, epoch: 0, history: Vec::new(), segments: Vec::new(), grown_from: None, device })
    }

    /// The sign of a short Gibbs average of block `b` for each input `x` of the batch (feed-forward
    /// start, `delta_train`, no gradient): the `y_gibbs` of the fixed-point loss.
    fn y_gibbs(&self, b: usize, x: &Tensor, sweeps: usize, seed: u64) -> Result<Tensor> {
        let block = block_of(&self.net.blocks[b])?;
        let (n, c0, h, w) = x.dims4()?;
        let xs: Vec<f32> = x.flatten_all()?.to_vec1()?;
        let c2 = block.c2();
        let outs: Vec<Vec<f32>> = (0..n)
            .into_par_iter()
            .map(|i| {
                let data = xs[i * c0 * h * w..][..c0 * h * w].iter().map(|&v| if v >= 0.0 { 1 } else { -1 }).collect();
                let spins = Spins { c: c0, h, w, data };
                let cfg = GibbsConfig {
                    delta: self.recipe.delta_train as f32,
                    sweeps,
                    burn_in: None,
                    init: Init::FeedForward,
                    seed: splitmix64(seed ^ i as u64),
                };
                let r = gibbs::sample(&block, &spins, &cfg).map_err(candle_core::Error::wrap)?;
                Ok(r.output.data.iter().map(|&s| s as f32).collect())
            })
            .collect::<Result<_>>()?;
        Tensor::from_vec(outs.concat(), (n, c2, h, w), &self.device)
    }

    /// One epoch over `train`; `progress(done, total, running CE)` is called as batches finish.
    pub fn epoch(
        &mut self,
        train: &Dataset,
        test: &Dataset,
        progress: &mut dyn FnMut(usize, usize, f64),
    ) -> Result<EpochMetrics> {
        let start = Instant::now();
        let r = self.recipe.clone();
        let order = permutation(train.len(), splitmix64(r.seed ^ (self.epoch as u64 + 1)));
        let batches: Vec<&[usize]> = order.chunks(r.batch).collect();
        let gibbs_t0 = r.ff_epochs as f64;
        let (mut ce_sum, mut mag_sum, mut right, mut seen) = (0.0, 0.0, 0usize, 0usize);
        let mut fp_sums = vec![0.0; self.net.blocks.len()];
        let mut gibbs_ce_sum = 0.0;
        let mut last_ramps = None;
        let aug_key = splitmix64(r.seed ^ 0xA06 ^ ((self.epoch as u64) << 40));
        for (k, idx) in batches.iter().enumerate() {
            let t = self.epoch as f64 + k as f64 / batches.len() as f64;
            let (images, labels) = augmented_batch(train, idx, r.augment, aug_key, &self.device)?;
            let boundary = if r.bernoulli {
                Boundary::Bernoulli { seed: splitmix64(r.seed ^ 0xB0B ^ ((self.epoch as u64) << 32) ^ k as u64) }
            } else {
                Boundary::Sign
            };
            let pass = self.net.forward_with(&images, boundary)?;
            let ce = cross_entropy(&pass.logits, &labels)?;
            let ramped = r.ramps(t - gibbs_t0);
            let (lambda_mag, m) =
                if ramped.is_some() { (r.gibbs_lambda_mag, r.gibbs_margin) } else { (r.lambda_mag, r.margin) };
            let mut mag = magnitude(&pass.e, m)?;
            for bp in &pass.blocks {
                mag = ((mag + magnitude(&bp.z1, m)?)? + magnitude(&bp.z2, m)?)?;
            }
            let mut loss = (&ce + (&mag * lambda_mag)?)?;
            if let Some(ramps) = ramped {
                // Every block's fixed-point loss, each block clamped to its feed-forward input.
                // On the batch's first `fp_images` images: the batch order is a seeded permutation,
                // so they are a random subset.
                let n = if r.fp_images == 0 { idx.len() } else { r.fp_images.min(idx.len()) };
                let last = pass.blocks.len() - 1;
                for (b, bp) in pass.blocks.iter().enumerate() {
                    let input = if b == 0 { &pass.x } else { &pass.blocks[b - 1].y };
                    let seed = splitmix64(r.seed ^ ((self.epoch as u64) << 32) ^ k as u64 ^ ((b as u64) << 56));
                    let yg = self.y_gibbs(b, &input.narrow(0, 0, n)?, ramps.sweeps, seed)?;
                    let fp = fixed_point(&self.net.blocks[b], &bp.narrow(n)?, &yg, ramps.q, r.delta_train)?;
                    fp_sums[b] += fp.to_scalar::<f32>()? as f64;
                    loss = (loss + (fp * ramps.lambda_fp)?)?;
                    if r.lambda_gibbs_ce > 0.0 && (b == last || r.gibbs_ce_through_blocks) {
                        // The classification pathway from this block's samples: the blocks after
                        // it and the decoder (only the decoder for the last block).
                        let share = if r.gibbs_ce_through_blocks { 1.0 / pass.blocks.len() as f64 } else { 1.0 };
                        let gce = cross_entropy(&self.net.logits_from(b + 1, &yg)?, &labels.narrow(0, 0, n)?)?;
                        gibbs_ce_sum += share * gce.to_scalar::<f32>()? as f64;
                        loss = (loss + (gce * (r.lambda_gibbs_ce * share))?)?;
                    }
                }
                last_ramps = Some(ramps);
            }
            let grads = loss.backward()?;
            let lr = r.learning_rate(t);
            self.adam.step(&grads, lr, r.clip)?;
            ce_sum += ce.to_scalar::<f32>()? as f64;
            mag_sum += mag.to_scalar::<f32>()? as f64;
            right += correct(&pass.logits, &labels)?;
            seen += idx.len();
            progress(k + 1, batches.len(), ce_sum / (k + 1) as f64);
        }
        let n = batches.len().max(1) as f64;
        let metrics = EpochMetrics {
            epoch: self.epoch + 1,
            phase: if last_ramps.is_some() { "gibbs" } else { "feed-forward" }.into(),
            ce: ce_sum / n,
            fp: fp_sums.iter().sum::<f64>() / n,
            fp_blocks: fp_sums.iter().map(|s| s / n).collect(),
            mag: mag_sum / n,
            gibbs_ce: gibbs_ce_sum / n,
            train_accuracy: right as f64 / seen.max(1) as f64,
            test_ff_accuracy: self.ff_accuracy(test)?,
            gibbs_sweeps: last_ramps.map_or(0, |r| r.sweeps),
            q: last_ramps.map_or(0.0, |r| r.q),
            lambda_fp: last_ramps.map_or(0.0, |r| r.lambda_fp),
            seconds: start.elapsed().as_secs_f64(),
        };
        self.epoch += 1;
        self.history.push(metrics.clone());
        Ok(metrics)
    }

    /// Feed-forward accuracy of the current network on `ds`.
    pub fn ff_accuracy(&self, ds: &Dataset) -> Result<f64> {
        let mut right = 0;
        let idx: Vec<usize> = (0..ds.len()).collect();
        for chunk in idx.chunks(500) {
            let (images, labels) = batch(ds, chunk, &self.device)?;
            right += correct(&self.net.forward(&images)?.logits, &labels)?;
        }
        Ok(right as f64 / ds.len().max(1) as f64)
    }

    /// Writes `path` (tensors: the network and Adam's moments) and `path.json` (the state),
    /// each through a temporary file and a rename, so an interrupted save never leaves a torn one.
    pub fn save_checkpoint(&self, path: &Path) -> anyhow::Result<()> {
        let mut tensors: HashMap<String, Tensor> = HashMap::new();
        for (name, var) in self.net.named_vars() {
            tensors.insert(format!("adam.m.{name}"), self.adam.m[&name].clone());
            tensors.insert(format!("adam.v.{name}"), self.adam.v[&name].clone());
            tensors.insert(name, var.as_tensor().clone());
        }
        let state = State {
            recipe: self.recipe.clone(),
            epoch: self.epoch,
            adam_step: self.adam.step,
            history: self.history.clone(),
            segments: self.segments.clone(),
            grown_from: self.grown_from.clone(),
        };
        let tmp = tmp_path(path);
        candle_core::safetensors::save(&tensors, &tmp)?;
        std::fs::rename(&tmp, path)?;
        let json = state_path(path);
        let tmp = tmp_path(&json);
        std::fs::write(&tmp, serde_json::to_string_pretty(&state)?)?;
        std::fs::rename(&tmp, &json)?;
        Ok(())
    }

    /// Restores a run from [`Self::save_checkpoint`]'s files.
    pub fn resume(path: &Path, image_channels: usize, classes: usize) -> anyhow::Result<Self> {
        use anyhow::Context;
        let json = state_path(path);
        let text = std::fs::read_to_string(&json).with_context(|| format!("cannot read {}", json.display()))?;
        let state: State =
            serde_json::from_str(&text).with_context(|| format!("{} is not a checkpoint's state", json.display()))?;
        let mut t = Self::new(state.recipe.clone(), image_channels, classes)?;
        let tensors = candle_core::safetensors::load(path, &t.device)
            .with_context(|| format!("cannot read the tensors of {}", path.display()))?;
        let get = |name: &str| {
            tensors
                .get(name)
                .cloned()
                .ok_or_else(|| anyhow::anyhow!("checkpoint {} lacks tensor `{name}`", path.display()))
        };
        for (name, var) in t.net.named_vars() {
            var.set(&get(&name)?)?;
            t.adam.m.insert(name.clone(), get(&format!("adam.m.{name}"))?);
            t.adam.v.insert(name.clone(), get(&format!("adam.v.{name}"))?);
        }
        t.adam.step = state.adam_step;
        t.epoch = state.epoch;
        t.history = state.history;
        t.segments = state.segments;
        t.grown_from = state.grown_from;
        Ok(t)
    }

    /// A new run that starts where a checkpoint's run stands (network, Adam moments, epochs done,
    /// history) but goes on under `recipe`: another Gibbs phase, learning rate or schedule for the
    /// same network. Its epochs so far keep their place in the schedule, so a `recipe` with more
    /// feed-forward epochs resumes its cosine part-way down. The checkpoint is only read; the
    /// recipe it ran under is kept in [`Self::segments`].
    pub fn branch(path: &Path, recipe: Recipe, image_channels: usize, classes: usize) -> anyhow::Result<Self> {
        recipe.validate().map_err(anyhow::Error::msg)?;
        let mut t = Self::resume(path, image_channels, classes)?;
        if let Some(diff) = t.recipe.architecture_difference(&recipe) {
            anyhow::bail!(
                "checkpoint {} holds another network than the recipe describes ({diff}); \
                 a branch may change the training settings only",
                path.display()
            );
        }
        anyhow::ensure!(
            t.epoch < recipe.epochs(),
            "checkpoint {} has trained {} epochs and the recipe has {}: nothing left to train \
             (raise --ff-epochs or --gibbs-epochs)",
            path.display(),
            t.epoch,
            recipe.epochs()
        );
        let until = t.epoch;
        let earlier = std::mem::replace(&mut t.recipe, recipe);
        t.segments.push(Segment { until, recipe: earlier });
        Ok(t)
    }

    /// A new run (epoch 0, fresh optimizer, `recipe`'s schedule from its start) whose network starts
    /// as a checkpoint's, deepened: `recipe`'s blocks must hold the checkpoint's blocks in order
    /// (matched from the left), and every block between them must keep its channel count
    /// (C0 = C2). Those new blocks start as identity maps — `K3 = m·I` (m: the feed-forward
    /// magnitude margin, so the regularizer leaves their fields alone), `K2 = 0`, so the grown
    /// network computes exactly what the checkpoint's did — and learn from there; `K1` starts
    /// random, and learns once `K2` has left 0. The checkpoint is only read.
    pub fn grow(path: &Path, recipe: Recipe, image_channels: usize, classes: usize) -> anyhow::Result<Self> {
        recipe.validate().map_err(anyhow::Error::msg)?;
        let src = Self::resume(path, image_channels, classes)?;
        let mut same_blocks = src.recipe.clone();
        same_blocks.blocks = recipe.blocks.clone();
        if let Some(diff) = same_blocks.architecture_difference(&recipe) {
            anyhow::bail!(
                "checkpoint {} has another encoder, kernel or decoder ({diff}); growing adds blocks only",
                path.display()
            );
        }
        // Match the checkpoint's blocks from the left; the rest are new.
        let mut from: Vec<Option<usize>> = Vec::new();
        let mut j = 0;
        for (i, b) in recipe.blocks.iter().enumerate() {
            if j < src.recipe.blocks.len() && *b == src.recipe.blocks[j] {
                from.push(Some(j));
                j += 1;
            } else {
                anyhow::ensure!(
                    b[0] == b[2],
                    "new block {i} {b:?} changes its channel count, so it cannot start as an identity map \
                     (the --block list must be the checkpoint's blocks {:?} with C0 = C2 blocks inserted)",
                    src.recipe.blocks
                );
                from.push(None);
            }
        }
        anyhow::ensure!(
            j == src.recipe.blocks.len(),
            "the blocks {:?} do not hold checkpoint {}'s blocks {:?} in order",
            recipe.blocks,
            path.display(),
            src.recipe.blocks
        );
        let mut t = Self::new(recipe, image_channels, classes)?;
        let copy = |to: &candle_core::Var, v: &candle_core::Var| to.set(v.as_tensor());
        copy(&t.net.enc_w, &src.net.enc_w)?;
        copy(&t.net.enc_b, &src.net.enc_b)?;
        copy(&t.net.dec_w, &src.net.dec_w)?;
        copy(&t.net.dec_b, &src.net.dec_b)?;
        let mut new_blocks = Vec::new();
        for (i, source) in from.iter().enumerate() {
            let to = &t.net.blocks[i];
            match source {
                Some(j) => {
                    let s = &src.net.blocks[*j];
                    for (a, b) in [
                        (&to.k1, &s.k1),
                        (&to.k2, &s.k2),
                        (&to.k3, &s.k3),
                        (&to.a_in, &s.a_in),
                        (&to.d_in, &s.d_in),
                        (&to.a_mid, &s.a_mid),
                        (&to.d_mid, &s.d_mid),
                        (&to.b, &s.b),
                    ] {
                        copy(a, b)?;
                    }
                }
                None => {
                    let c = t.recipe.blocks[i][0];
                    let eye = (Tensor::eye(c, DType::F32, &t.device)? * t.recipe.margin)?;
                    to.k3.set(&eye.reshape((c, c, 1, 1))?)?;
                    to.k2.set(&to.k2.as_tensor().zeros_like()?)?;
                    new_blocks.push(i);
                }
            }
        }
        t.grown_from = Some(Growth {
            checkpoint: path.display().to_string(),
            recipe: src.recipe,
            epochs: src.epoch,
            segments: src.segments,
            new_blocks,
        });
        Ok(t)
    }

    /// The current network as a `thermoblock-v1` model, with the recipe and history as metadata.
    pub fn export(&self, grid: (usize, usize)) -> anyhow::Result<thermoblock_sim::model::Model> {
        let mut meta = BTreeMap::new();
        meta.insert("grid".into(), format!("{}x{}", grid.0, grid.1));
        meta.insert("generator".into(), format!("thermoblock-train {}", env!("CARGO_PKG_VERSION")));
        meta.insert("recipe".into(), serde_json::to_string(&self.recipe)?);
        meta.insert("epochs".into(), self.epoch.to_string());
        if !self.segments.is_empty() {
            meta.insert("segments".into(), serde_json::to_string(&self.segments)?);
        }
        if let Some(g) = &self.grown_from {
            meta.insert("grown_from".into(), serde_json::to_string(g)?);
        }
        Ok(self.net.to_model(meta)?)
    }
}

fn tmp_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".tmp");
    PathBuf::from(s)
}

/// The JSON state file beside a checkpoint.
pub fn state_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".json");
    PathBuf::from(s)
}
