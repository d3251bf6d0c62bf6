//! A whole network: classical encoder, thermodynamic blocks, classical decoder.
//!
//! ```text
//! image [C_img, rows, cols] bytes ──encoder──▶ x [C0, H, W] ±1 ──block 0──▶ ... ──block n-1──▶ y [C_last, H, W] ±1
//! y ──global average pool──▶ [C_last] ──decoder──▶ logits [classes] ──argmax──▶ class
//! ```
//!
//! * **Encoder** ([`Encoder::preactivation`]): `u = conv(p, encoder.weight, stride s) + encoder.bias`
//!   with `p = pixel / 255` as `f32` in `[0, 1]`, zero padding `kh/2`, `kw/2` (PyTorch's
//!   `conv2d(p, weight, bias, stride=s, padding=k//2)`), so an `H_img x W_img` image gives
//!   `H = (H_img − 1)/s + 1` by `W = (W_img − 1)/s + 1` (integer division; 28 → 14 for `s = 2`).
//!   Output `[o, y, x] = bias[o] + Σ_{i,ty,tx} weight[o,i,ty,tx] · p[i, y·s + ty − kh/2, x·s + tx − kw/2]`
//!   over in-image taps; then `x = sign(u)` with `sign(0) = +1`.
//! * **Blocks**: block `i`'s output spins are block `i+1`'s input. In feed-forward mode
//!   ([`Network::forward_ff`]) each block outputs `sign(z2)`; under Gibbs sampling each outputs its
//!   average-and-sign readout.
//! * **Decoder** ([`Decoder::logits`]): `g[c] = (Σ_positions y[c]) / (H·W)` (the mean of channel
//!   `c`'s ±1 spins), `logits = decoder.weight · g + decoder.bias`; the class is the first index of
//!   the largest logit ([`argmax`]).
//!
//! **Seeds.** Under Gibbs sampling, image `i` of an evaluated set (its index in the set, from 0)
//! runs block `b` with the seed [`image_seed`]`(seed, i, b)` as stream 0 of that seed (the
//! reference sampler's chain 0, the chip's run seed), so a result depends on the run seed and the
//! image's index only — never on batching or threads. [`sample_seeded`] is the reference sampler
//! with one seed per input.

use std::fmt;

use rayon::prelude::*;

use crate::block::{Block, Kernel};
use crate::conv::to_channel_major;
use crate::feedforward::feed_forward_planned;
use crate::gibbs::{Chain, GibbsConfig, GibbsError, GibbsResult, PROGRESS_EVERY, check_batch};
use crate::model::{Decoder, ENCODER_STRIDES, Encoder, Model};
use crate::plan::BlockPlan;
use crate::random::{RandomBlockSpec, chain_rng, normal, random_block};
use thermoblock_contract::rng::splitmix64;
use thermoblock_contract::spins::{Spins, sign};

/// Why a network cannot run, or cannot run on this input.
#[derive(Clone, Debug, PartialEq)]
pub enum NetworkError {
    /// The model lacks `encoder.*` or `decoder.*` tensors (a model of blocks only).
    MissingPart { part: &'static str },
    /// The parts do not fit together (only for models built in code; the loader checks files).
    Inconsistent(String),
    /// The image buffer does not hold `channels · rows · cols` bytes.
    ImageLength { expected: usize, found: usize, channels: usize, rows: usize, cols: usize },
    /// The encoded grid differs from the grid recorded in the model's `grid` metadata.
    GridMismatch { rows: usize, cols: usize, stride: usize, encoded: (usize, usize), model: (usize, usize) },
    /// The model's `grid` metadata is not `HxW`.
    GridMetadata(String),
    /// The spins given to the decoder do not have the last block's channel count.
    OutputShape { expected_channels: usize, found: [usize; 3] },
}

impl fmt::Display for NetworkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingPart { part } => write!(
                f,
                "the model has no {part} ({part}.weight, {part}.bias): it is a model of blocks only, and classifying \
                 images needs a whole network (encoder, blocks, decoder)"
            ),
            Self::Inconsistent(m) => write!(f, "the network's parts do not fit together: {m}"),
            Self::ImageLength { expected, found, channels, rows, cols } => write!(
                f,
                "an image has {found} bytes but the encoder takes C_img = {channels} channel(s) of {rows}x{cols} \
                 = {expected} bytes"
            ),
            Self::GridMismatch { rows, cols, stride, encoded, model } => write!(
                f,
                "{rows}x{cols} images encode (stride {stride}) to a {}x{} grid, but the model was made for {}x{} \
                 (metadata `grid`); use images of the size the model was trained on",
                encoded.0, encoded.1, model.0, model.1
            ),
            Self::GridMetadata(v) => write!(f, "metadata `grid` is {v:?}, not HxW (e.g. 14x14)"),
            Self::OutputShape { expected_channels, found } => write!(
                f,
                "the decoder takes the last block's C2 = {expected_channels} channels, got spins of shape {found:?}"
            ),
        }
    }
}

impl std::error::Error for NetworkError {}

/// Output size of a same-padded, odd-kernel convolution with `stride` along one axis of `n`.
pub fn strided_size(n: usize, stride: usize) -> usize {
    if n == 0 { 0 } else { (n - 1) / stride + 1 }
}

impl Encoder {
    /// Input channels `C_img`.
    pub fn channels(&self) -> usize {
        self.weight.in_ch
    }

    /// The grid an `rows x cols` image encodes to.
    pub fn output_size(&self, rows: usize, cols: usize) -> (usize, usize) {
        (strided_size(rows, self.stride), strided_size(cols, self.stride))
    }

    /// The pre-activation `u = conv(pixels/255) + bias`, channel-major `[C0, H, W]` (module docs).
    /// `image` is `[C_img, rows, cols]` bytes.
    pub fn preactivation(&self, image: &[u8], rows: usize, cols: usize) -> Result<Vec<f32>, NetworkError> {
        let k = &self.weight;
        let expected = k.in_ch * rows * cols;
        if image.len() != expected || rows == 0 || cols == 0 {
            return Err(NetworkError::ImageLength { expected, found: image.len(), channels: k.in_ch, rows, cols });
        }
        let p: Vec<f32> = image.iter().map(|&v| v as f32 / 255.0).collect();
        let (h, w) = self.output_size(rows, cols);
        let s = self.stride.max(1);
        let (ry, rx) = (k.kh / 2, k.kw / 2);
        let mut out = vec![0.0f32; k.out_ch * h * w];
        for o in 0..k.out_ch {
            for y in 0..h {
                for x in 0..w {
                    let mut acc = self.bias[o];
                    for i in 0..k.in_ch {
                        for ty in 0..k.kh {
                            // Input row y·s + ty − ry, skipped outside the image (zero padding).
                            let Some(iy) = (y * s + ty).checked_sub(ry).filter(|&r| r < rows) else { continue };
                            for tx in 0..k.kw {
                                let Some(ix) = (x * s + tx).checked_sub(rx).filter(|&c| c < cols) else { continue };
                                acc += k.at(o, i, ty, tx) * p[(i * rows + iy) * cols + ix];
                            }
                        }
                    }
                    out[(o * h + y) * w + x] = acc;
                }
            }
        }
        Ok(out)
    }

    /// Block 0's input: `sign(preactivation)` with `sign(0) = +1`.
    pub fn encode(&self, image: &[u8], rows: usize, cols: usize) -> Result<Spins, NetworkError> {
        let u = self.preactivation(image, rows, cols)?;
        let (h, w) = self.output_size(rows, cols);
        Ok(Spins::from_signs(self.weight.out_ch, h, w, &u))
    }
}

/// The mean of each channel's spins over all positions: `(Σ spins) / (H·W)` as `f32`.
pub fn global_average_pool(y: &Spins) -> Vec<f32> {
    let hw = y.h * y.w;
    y.data.chunks_exact(hw).map(|ch| ch.iter().map(|&s| s as i32).sum::<i32>() as f32 / hw as f32).collect()
}

impl Decoder {
    /// `weight · pooled + bias` for pooled channel means `pooled` (length `channels`).
    pub fn logits_from_pooled(&self, pooled: &[f32]) -> Vec<f32> {
        debug_assert_eq!(pooled.len(), self.channels);
        (0..self.classes)
            .map(|c| {
                let row = &self.weight[c * self.channels..][..self.channels];
                self.bias[c] + row.iter().zip(pooled).map(|(a, b)| a * b).sum::<f32>()
            })
            .collect()
    }

    /// Logits of the last block's output spins `y` (`[channels, H, W]`).
    pub fn logits(&self, y: &Spins) -> Result<Vec<f32>, NetworkError> {
        if y.c != self.channels {
            return Err(NetworkError::OutputShape { expected_channels: self.channels, found: y.shape() });
        }
        Ok(self.logits_from_pooled(&global_average_pool(y)))
    }
}

/// The index of the largest value; ties go to the lowest index. `0` for an empty slice.
pub fn argmax(values: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in values.iter().enumerate() {
        if v > values[best] {
            best = i;
        }
    }
    best
}

/// The seed with which block `block` samples image `image` of a run seeded `seed`:
/// `splitmix64(splitmix64(seed ^ splitmix64(image)) ^ splitmix64(block ^ 0xB10C))`.
pub fn image_seed(seed: u64, image: u64, block: usize) -> u64 {
    splitmix64(splitmix64(seed ^ splitmix64(image)) ^ splitmix64(block as u64 ^ 0xB10C))
}

/// The run seed of chain `chain` when every image is classified by several independent chains
/// (`thermoblock eval --chains`): chain 0 keeps the run seed, so one chain is the plain run.
pub fn chain_seed(seed: u64, chain: usize) -> u64 {
    if chain == 0 { seed } else { splitmix64(seed ^ splitmix64(chain as u64 ^ 0xC4A1_0000)) }
}

/// Softmax of `logits`, computed stably (shifted by the largest logit).
pub fn softmax(logits: &[f32]) -> Vec<f32> {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exp: Vec<f32> = logits.iter().map(|&l| (l - max).exp()).collect();
    let sum: f32 = exp.iter().sum();
    exp.into_iter().map(|e| e / sum).collect()
}

/// A model with an encoder and a decoder, checked to fit together.
#[derive(Clone, Debug)]
pub struct Network {
    pub model: Model,
}

impl Network {
    /// Checks that `model` has an encoder and a decoder and that every part fits the next.
    pub fn new(model: Model) -> Result<Self, NetworkError> {
        let enc = model.encoder.as_ref().ok_or(NetworkError::MissingPart { part: "encoder" })?;
        let dec = model.decoder.as_ref().ok_or(NetworkError::MissingPart { part: "decoder" })?;
        let bad = |m: String| Err(NetworkError::Inconsistent(m));
        let (Some(first), Some(last)) = (model.blocks.first(), model.blocks.last()) else {
            return bad("the model has no blocks".into());
        };
        if enc.weight.out_ch != first.c0() || enc.bias.len() != first.c0() {
            return bad(format!(
                "encoder outputs {} channels ({} biases) but block 0 takes C0 = {}",
                enc.weight.out_ch,
                enc.bias.len(),
                first.c0()
            ));
        }
        if enc.weight.kh % 2 == 0 || enc.weight.kw % 2 == 0 || enc.weight.in_ch == 0 {
            return bad(format!("encoder kernel {:?} needs odd sizes and C_img >= 1", enc.weight.shape()));
        }
        if !ENCODER_STRIDES.contains(&enc.stride) {
            return bad(format!("encoder stride {} is outside {ENCODER_STRIDES:?}", enc.stride));
        }
        for (i, pair) in model.blocks.windows(2).enumerate() {
            if pair[0].c2() != pair[1].c0() {
                return bad(format!(
                    "block {i} outputs C2 = {} but block {} takes C0 = {}",
                    pair[0].c2(),
                    i + 1,
                    pair[1].c0()
                ));
            }
        }
        if dec.channels != last.c2()
            || dec.classes == 0
            || dec.weight.len() != dec.classes * dec.channels
            || dec.bias.len() != dec.classes
        {
            return bad(format!(
                "decoder is [{}, {}] with {} weights and {} biases; the last block outputs C2 = {}",
                dec.classes,
                dec.channels,
                dec.weight.len(),
                dec.bias.len(),
                last.c2()
            ));
        }
        Ok(Self { model })
    }

    pub fn encoder(&self) -> &Encoder {
        self.model.encoder.as_ref().expect("checked in Network::new")
    }

    pub fn decoder(&self) -> &Decoder {
        self.model.decoder.as_ref().expect("checked in Network::new")
    }

    pub fn blocks(&self) -> &[Block] {
        &self.model.blocks
    }

    /// Number of classes (the decoder's outputs).
    pub fn classes(&self) -> usize {
        self.decoder().classes
    }

    /// The grid of the model's `grid` metadata, if it has one.
    pub fn model_grid(&self) -> Result<Option<(usize, usize)>, NetworkError> {
        let Some(v) = self.model.metadata.get("grid") else { return Ok(None) };
        let parse = |s: &str| s.trim().parse::<usize>().ok().filter(|&n| n > 0);
        match v.split_once(['x', 'X']).map(|(h, w)| (parse(h), parse(w))) {
            Some((Some(h), Some(w))) => Ok(Some((h, w))),
            _ => Err(NetworkError::GridMetadata(v.clone())),
        }
    }

    /// The grid the blocks run on for `rows x cols` images; an error if the model's `grid` metadata
    /// names another.
    pub fn grid(&self, rows: usize, cols: usize) -> Result<(usize, usize), NetworkError> {
        let encoded = self.encoder().output_size(rows, cols);
        match self.model_grid()? {
            Some(model) if model != encoded => {
                Err(NetworkError::GridMismatch { rows, cols, stride: self.encoder().stride, encoded, model })
            }
            _ => Ok(encoded),
        }
    }

    /// Block 0's input for one image (`[C_img, rows, cols]` bytes); checks the grid like [`Self::grid`].
    pub fn encode(&self, image: &[u8], rows: usize, cols: usize) -> Result<Spins, NetworkError> {
        self.grid(rows, cols)?;
        self.encoder().encode(image, rows, cols)
    }

    /// Block 0's inputs for consecutive images in one buffer (`n · C_img · rows · cols` bytes), in
    /// parallel.
    pub fn encode_batch(&self, images: &[u8], rows: usize, cols: usize) -> Result<Vec<Spins>, NetworkError> {
        self.grid(rows, cols)?;
        let len = self.encoder().channels() * rows * cols;
        if len == 0 || images.len() % len != 0 {
            return Err(NetworkError::ImageLength {
                expected: len,
                found: images.len(),
                channels: self.encoder().channels(),
                rows,
                cols,
            });
        }
        images.par_chunks_exact(len).map(|img| self.encoder().encode(img, rows, cols)).collect()
    }

    /// Logits of the last block's output spins.
    pub fn decode(&self, y: &Spins) -> Result<Vec<f32>, NetworkError> {
        self.decoder().logits(y)
    }

    /// The class the decoder gives the last block's output spins.
    pub fn classify_output(&self, y: &Spins) -> Result<usize, NetworkError> {
        Ok(argmax(&self.decode(y)?))
    }

    /// Every block laid out for an `h x w` grid (for repeated feed-forward passes).
    pub fn plans(&self, h: usize, w: usize) -> Vec<BlockPlan> {
        self.blocks().iter().map(|b| BlockPlan::new(b, h, w)).collect()
    }

    /// All blocks in feed-forward mode on prepared `plans`: each block's `sign(z2)` feeds the next.
    /// `x` must be `[C0, h, w]` of the plans' grid.
    pub fn forward_ff_planned(&self, plans: &[BlockPlan], x: &Spins) -> Result<Spins, NetworkError> {
        let mut s = x.clone();
        for (i, plan) in plans.iter().enumerate() {
            if s.shape() != [plan.c0, plan.h, plan.w] {
                return Err(NetworkError::Inconsistent(format!(
                    "block {i} on a {}x{} grid takes [{}, {}, {}], got {:?}",
                    plan.h,
                    plan.w,
                    plan.c0,
                    plan.h,
                    plan.w,
                    s.shape()
                )));
            }
            let (_, z2) = feed_forward_planned(plan, &s);
            s = Spins::from_signs(plan.c2, plan.h, plan.w, &to_channel_major(plan.c2, plan.hw(), &z2));
        }
        Ok(s)
    }

    /// All blocks in feed-forward mode on block 0's input `x`.
    pub fn forward_ff(&self, x: &Spins) -> Result<Spins, NetworkError> {
        self.forward_ff_planned(&self.plans(x.h, x.w), x)
    }

    /// Feed-forward logits of one image.
    pub fn logits_ff(&self, image: &[u8], rows: usize, cols: usize) -> Result<Vec<f32>, NetworkError> {
        let x = self.encode(image, rows, cols)?;
        self.decode(&self.forward_ff(&x)?)
    }

    /// The feed-forward class of one image (`[C_img, rows, cols]` bytes).
    pub fn classify_ff(&self, image: &[u8], rows: usize, cols: usize) -> Result<usize, NetworkError> {
        Ok(argmax(&self.logits_ff(image, rows, cols)?))
    }

    /// Feed-forward classes of consecutive images in one buffer, in parallel, sharing the plans.
    pub fn classify_ff_batch(&self, images: &[u8], rows: usize, cols: usize) -> Result<Vec<usize>, NetworkError> {
        let xs = self.encode_batch(images, rows, cols)?;
        let Some(first) = xs.first() else { return Ok(Vec::new()) };
        let plans = self.plans(first.h, first.w);
        xs.par_iter().map(|x| self.classify_output(&self.forward_ff_planned(&plans, x)?)).collect()
    }
}

/// The reference sampler with one seed per input: input `j` runs exactly as
/// [`crate::gibbs::sample`] of `xs[j]` with `cfg.seed = seeds[j]` (chain 0 of that seed), in
/// parallel. `progress(n)` is called as chains finish sweeps, as in
/// [`crate::gibbs::sample_batch_with_progress`].
pub fn sample_seeded(
    block: &Block,
    xs: &[Spins],
    cfg: &GibbsConfig,
    seeds: &[u64],
    progress: &(dyn Fn(usize) + Sync),
) -> Result<Vec<GibbsResult>, GibbsError> {
    cfg.validate()?;
    assert_eq!(xs.len(), seeds.len(), "sample_seeded: one seed per input");
    let Some(first) = check_batch(block, xs)? else { return Ok(Vec::new()) };
    let plan = BlockPlan::new(block, first.h, first.w);
    Ok(xs.par_iter().zip(seeds).map(|(x, &seed)| run_seeded(&plan, x, cfg, seed, progress)).collect())
}

fn run_seeded(
    plan: &BlockPlan,
    x: &Spins,
    cfg: &GibbsConfig,
    seed: u64,
    progress: &(dyn Fn(usize) + Sync),
) -> GibbsResult {
    let mut chain = Chain::new(plan, x, cfg.delta, cfg.init, chain_rng(seed, 0));
    let burn_in = cfg.burn_in();
    let (n1, n2) = (plan.hw() * plan.c1, plan.hw() * plan.c2);
    let (mut sum1, mut sum2) = (vec![0i32; n1], vec![0i32; n2]);
    for g in 0..cfg.sweeps {
        chain.sweep();
        if g >= burn_in {
            for (a, &s) in sum1.iter_mut().zip(chain.hidden()) {
                *a += s as i32;
            }
            for (a, &s) in sum2.iter_mut().zip(chain.output()) {
                *a += s as i32;
            }
        }
        if (g + 1) % PROGRESS_EVERY == 0 {
            progress(PROGRESS_EVERY);
        }
    }
    progress(cfg.sweeps % PROGRESS_EVERY);
    let kept = (cfg.sweeps - burn_in) as f64;
    let sum2 = to_channel_major(plan.c2, plan.hw(), &sum2);
    GibbsResult {
        output: Spins { c: plan.c2, h: plan.h, w: plan.w, data: sum2.iter().map(|&s| sign(s as f32)).collect() },
        mean: sum2.iter().map(|&s| s as f64 / kept).collect(),
        hidden_mean: to_channel_major(plan.c1, plan.hw(), &sum1).iter().map(|&s| s as f64 / kept).collect(),
        sweeps: cfg.sweeps,
        burn_in,
        seed,
        cycles: None,
    }
}

/// A random whole network for tests and demos: `blocks` chained (each spec's `c0` must equal the
/// previous `c2`), a `c_img → blocks[0].c0` encoder with a `k x k` kernel and `stride`, and a
/// `classes`-way decoder; the same arguments always give the same model. The encoder's weights are
/// `N(0, 1/(c_img·k²))` and its biases `N(0, 0.25)`, so a `[0, 1]` image gives signs of both kinds.
pub fn random_network(
    blocks: &[RandomBlockSpec],
    c_img: usize,
    k: usize,
    stride: usize,
    classes: usize,
    seed: u64,
) -> Result<Network, NetworkError> {
    let built: Result<Vec<Block>, _> =
        blocks.iter().enumerate().map(|(i, spec)| random_block(spec, seed.wrapping_add(i as u64))).collect();
    let built = built.map_err(|e| NetworkError::Inconsistent(e.to_string()))?;
    let (Some(first), Some(last)) = (built.first(), built.last()) else {
        return Err(NetworkError::Inconsistent("the model has no blocks".into()));
    };
    let (c0, c_last) = (first.c0(), last.c2());
    let mut rng = chain_rng(seed, u64::MAX - 7);
    let mut gauss = |n: usize, sd: f64| -> Vec<f32> { (0..n).map(|_| (normal(&mut rng) * sd) as f32).collect() };
    let weight = gauss(c0 * c_img * k * k, 1.0 / ((c_img * k * k) as f64).sqrt());
    let bias = gauss(c0, 0.5);
    let dec_w = gauss(classes * c_last, 1.0);
    let dec_b = gauss(classes, 0.1);
    let weight = Kernel::new([c0, c_img, k, k], weight).map_err(|e| NetworkError::Inconsistent(e.to_string()))?;
    let mut model = Model::from_blocks(built);
    model.encoder = Some(Encoder { weight, bias, stride });
    model.decoder = Some(Decoder { classes, channels: c_last, weight: dec_w, bias: dec_b });
    Network::new(model)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedforward::feed_forward;
    use crate::gibbs::sample;
    use crate::random::Rng;

    #[test]
    fn softmax_is_exp_normalized_and_safe_for_large_logits() {
        let p = softmax(&[0.0, 1.0, 2.0]);
        let z = 1.0 + 1f64.exp() + 2f64.exp();
        for (got, want) in p.iter().zip([1.0 / z, 1f64.exp() / z, 2f64.exp() / z]) {
            assert!((*got as f64 - want).abs() < 1e-6, "{p:?}");
        }
        // exp(1000) overflows f32; the shift by the largest logit keeps it finite.
        let big = softmax(&[1000.0, 1000.0, -1000.0]);
        assert_eq!(big, vec![0.5, 0.5, 0.0]);
        assert_eq!(chain_seed(42, 0), 42);
        assert_ne!(chain_seed(42, 1), chain_seed(42, 2));
    }

    /// The encoder's definition written out directly in `f64`, with explicit zero padding.
    fn direct_conv(enc: &Encoder, image: &[u8], rows: usize, cols: usize) -> Vec<f64> {
        let k = &enc.weight;
        let (ph, pw) = (k.kh as i64 / 2, k.kw as i64 / 2);
        let s = enc.stride as i64;
        let h = (rows as i64 + 2 * ph - k.kh as i64) / s + 1;
        let w = (cols as i64 + 2 * pw - k.kw as i64) / s + 1;
        let mut out = Vec::new();
        for o in 0..k.out_ch {
            for y in 0..h {
                for x in 0..w {
                    let mut acc = enc.bias[o] as f64;
                    for i in 0..k.in_ch {
                        for ty in 0..k.kh as i64 {
                            for tx in 0..k.kw as i64 {
                                let (iy, ix) = (y * s + ty - ph, x * s + tx - pw);
                                let pixel = if iy < 0 || ix < 0 || iy >= rows as i64 || ix >= cols as i64 {
                                    0.0
                                } else {
                                    image[(i * rows + iy as usize) * cols + ix as usize] as f64 / 255.0
                                };
                                acc += k.at(o, i, ty as usize, tx as usize) as f64 * pixel;
                            }
                        }
                    }
                    out.push(acc);
                }
            }
        }
        out
    }

    fn encoder(shape: [usize; 4], stride: usize, seed: u64) -> Encoder {
        let mut rng = chain_rng(seed, 3);
        let n = shape.iter().product();
        let w = (0..n).map(|_| normal(&mut rng) as f32).collect();
        let bias = (0..shape[0]).map(|_| normal(&mut rng) as f32 * 0.3).collect();
        Encoder { weight: Kernel::new(shape, w).unwrap(), bias, stride }
    }

    #[test]
    fn encoder_matches_a_direct_convolution() {
        let mut rng = chain_rng(9, 1);
        for &(shape, stride, rows, cols) in &[
            ([3, 1, 3, 3], 1, 5, 6),
            ([4, 1, 3, 3], 2, 28, 28),
            ([2, 1, 5, 5], 2, 7, 9),
            ([2, 2, 3, 5], 3, 8, 7),
            ([1, 1, 1, 1], 4, 9, 4),
            ([2, 1, 5, 3], 2, 1, 2),
        ] {
            let enc = encoder(shape, stride, rows as u64);
            let image: Vec<u8> = (0..shape[1] * rows * cols).map(|_| rng.next_u32() as u8).collect();
            let want = direct_conv(&enc, &image, rows, cols);
            let got = enc.preactivation(&image, rows, cols).unwrap();
            assert_eq!(got.len(), want.len(), "{shape:?} stride {stride} on {rows}x{cols}");
            for (a, b) in got.iter().zip(&want) {
                assert!((*a as f64 - b).abs() < 1e-4, "{a} vs {b}");
            }
            let (h, w) = enc.output_size(rows, cols);
            let x = enc.encode(&image, rows, cols).unwrap();
            assert_eq!(x.shape(), [shape[0], h, w]);
            for (s, u) in x.data.iter().zip(&got) {
                assert_eq!(*s, if *u >= 0.0 { 1 } else { -1 });
            }
        }
        assert_eq!(strided_size(28, 2), 14);
        assert_eq!(strided_size(28, 3), 10);
        assert_eq!(strided_size(28, 4), 7);
        assert_eq!(strided_size(27, 2), 14);
    }

    #[test]
    fn encoder_hand_example_stride_two_and_padding() {
        // One 3x3 kernel of ones on a 4x4 image of 255s: stride 2 reads output (0,0) centred on
        // input (0,0) (4 in-image taps), (0,1) centred on (0,2) (6), (1,1) centred on (2,2) (9).
        let enc = Encoder { weight: Kernel::new([1, 1, 3, 3], vec![1.0; 9]).unwrap(), bias: vec![-5.0], stride: 2 };
        let u = enc.preactivation(&[255; 16], 4, 4).unwrap();
        assert_eq!(u, vec![4.0 - 5.0, 6.0 - 5.0, 6.0 - 5.0, 9.0 - 5.0]);
        assert_eq!(enc.encode(&[255; 16], 4, 4).unwrap().data, vec![-1, 1, 1, 1]);
        // A kernel that reads only its top-left tap: output (y, x) = pixel (2y − 1, 2x − 1).
        let mut w = vec![0.0; 9];
        w[0] = 1.0;
        let enc = Encoder { weight: Kernel::new([1, 1, 3, 3], w).unwrap(), bias: vec![0.0], stride: 2 };
        let image: Vec<u8> = (0..25).map(|i| i * 10).collect();
        let u = enc.preactivation(&image, 5, 5).unwrap();
        let want: Vec<f32> = [0, 0, 0, 0, 60, 80, 0, 160, 180].iter().map(|&v| v as f32 / 255.0).collect();
        assert_eq!(u, want);
        // Ties read +1: a zero pre-activation.
        let zero = Encoder { weight: Kernel::new([1, 1, 1, 1], vec![0.0]).unwrap(), bias: vec![0.0], stride: 1 };
        assert_eq!(zero.encode(&[7, 200], 1, 2).unwrap().data, vec![1, 1]);
    }

    #[test]
    fn encoder_refuses_wrong_image_lengths() {
        let enc = encoder([2, 1, 3, 3], 2, 1);
        let err = enc.preactivation(&[0; 15], 4, 4).unwrap_err();
        assert_eq!(err, NetworkError::ImageLength { expected: 16, found: 15, channels: 1, rows: 4, cols: 4 });
        assert!(err.to_string().contains("15 bytes"));
    }

    #[test]
    fn decoder_hand_computed() {
        // Two channels on 2x2: channel 0 = (+,+,+,-) pools to 0.5, channel 1 = (-,-,-,-) to -1.
        let y = Spins::new(2, 2, 2, vec![1, 1, 1, -1, -1, -1, -1, -1]).unwrap();
        assert_eq!(global_average_pool(&y), vec![0.5, -1.0]);
        let dec =
            Decoder { classes: 3, channels: 2, weight: vec![1.0, 2.0, -1.0, 0.5, 0.0, 0.0], bias: vec![0.1, 0.2, 0.3] };
        // [1·0.5 + 2·(−1) + 0.1, −1·0.5 + 0.5·(−1) + 0.2, 0.3] = [−1.4, −0.8, 0.3]
        let logits = dec.logits(&y).unwrap();
        let want = [-1.4f32, -0.8, 0.3];
        for (a, b) in logits.iter().zip(&want) {
            assert!((a - b).abs() < 1e-6, "{logits:?}");
        }
        assert_eq!(argmax(&logits), 2);
        assert_eq!(argmax(&[1.0, 3.0, 3.0]), 1, "ties go to the lowest index");
        let err = dec.logits(&Spins::new(3, 1, 1, vec![1, 1, 1]).unwrap()).unwrap_err();
        assert!(err.to_string().contains("C2 = 2"), "{err}");
    }

    fn spec(c0: usize, c1: usize, c2: usize) -> RandomBlockSpec {
        RandomBlockSpec { c0, c1, c2, kernel: 3, coupling: 1.0 }
    }

    #[test]
    fn feed_forward_chains_blocks_and_decodes() {
        let net = random_network(&[spec(3, 4, 2), spec(2, 3, 4)], 1, 3, 2, 5, 11).unwrap();
        let image: Vec<u8> = (0..63).map(|i| (i * 41 % 256) as u8).collect();
        let x = net.encode(&image, 7, 9).unwrap();
        assert_eq!(x.shape(), [3, 4, 5]);
        // By hand: block 0's sign(z2) feeds block 1, whose sign(z2) is decoded.
        let y0 = feed_forward(&net.blocks()[0], &x).output();
        let y1 = feed_forward(&net.blocks()[1], &y0).output();
        assert_eq!(net.forward_ff(&x).unwrap(), y1);
        let logits = net.decoder().logits(&y1).unwrap();
        assert_eq!(net.logits_ff(&image, 7, 9).unwrap(), logits);
        assert_eq!(net.classify_ff(&image, 7, 9).unwrap(), argmax(&logits));
        let two: Vec<u8> = image.iter().chain(image.iter().rev()).copied().collect();
        let batch = net.classify_ff_batch(&two, 7, 9).unwrap();
        assert_eq!(batch, vec![argmax(&logits), net.classify_ff(&two[63..], 7, 9).unwrap()]);
    }

    #[test]
    fn network_errors() {
        let net = random_network(&[spec(2, 2, 2)], 1, 3, 2, 3, 1).unwrap();
        let mut blocks_only = net.model.clone();
        blocks_only.encoder = None;
        let err = Network::new(blocks_only).unwrap_err();
        assert_eq!(err, NetworkError::MissingPart { part: "encoder" });
        assert!(err.to_string().contains("no encoder"));
        let mut no_dec = net.model.clone();
        no_dec.decoder = None;
        assert_eq!(Network::new(no_dec).unwrap_err(), NetworkError::MissingPart { part: "decoder" });
        let mut bad_stride = net.model.clone();
        bad_stride.encoder.as_mut().unwrap().stride = 5;
        assert!(matches!(Network::new(bad_stride), Err(NetworkError::Inconsistent(_))));
        // Grid metadata: 8x8 images with stride 2 make 4x4; a model made for 5x5 refuses them.
        let mut m = net.model.clone();
        m.metadata.insert("grid".into(), "4x4".into());
        let ok = Network::new(m.clone()).unwrap();
        assert_eq!(ok.grid(8, 8), Ok((4, 4)));
        assert_eq!(ok.grid(7, 7), Ok((4, 4)));
        let err = ok.encode(&[0; 100], 10, 10).unwrap_err();
        assert!(matches!(err, NetworkError::GridMismatch { encoded: (5, 5), model: (4, 4), .. }), "{err:?}");
        assert!(err.to_string().contains("10x10 images encode (stride 2) to a 5x5 grid"), "{err}");
        m.metadata.insert("grid".into(), "four".into());
        let err = Network::new(m).unwrap().classify_ff(&[0; 64], 8, 8).unwrap_err();
        assert_eq!(err, NetworkError::GridMetadata("four".into()));
        assert!(net.classify_ff(&[0; 63], 8, 8).is_err());
        assert!(net.encode_batch(&[0; 65], 8, 8).is_err());
    }

    #[test]
    fn sample_seeded_is_sample_with_each_seed() {
        let net = random_network(&[spec(2, 3, 2)], 1, 3, 1, 2, 5).unwrap();
        let block = &net.blocks()[0];
        let xs: Vec<Spins> = (0..3)
            .map(|i| net.encode(&(0..16).map(|j| (j * 17 + i * 90) as u8).collect::<Vec<_>>(), 4, 4).unwrap())
            .collect();
        let cfg = GibbsConfig { burn_in: Some(3), ..GibbsConfig::new(0.7, 21) };
        let seeds: Vec<u64> = (0..3).map(|i| image_seed(4, i, 0)).collect();
        let got = sample_seeded(block, &xs, &cfg, &seeds, &|_| {}).unwrap();
        for ((x, &seed), r) in xs.iter().zip(&seeds).zip(&got) {
            assert_eq!(r, &sample(block, x, &GibbsConfig { seed, ..cfg }).unwrap());
        }
        // Image seeds differ by image and by block.
        assert_ne!(image_seed(4, 0, 0), image_seed(4, 1, 0));
        assert_ne!(image_seed(4, 0, 0), image_seed(4, 0, 1));
        assert_ne!(image_seed(4, 0, 0), image_seed(5, 0, 0));
    }
}
