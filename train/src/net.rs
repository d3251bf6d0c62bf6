//! The trained network: classical encoder, one or more thermodynamic blocks, classical decoder.
//!
//! Feed-forward mode, as in arXiv:2607.00170 eqs. (1)-(4), one block:
//!
//! ```text
//! x  = STE(conv(image, E, stride s) + e)                encoder: conv, then sign
//! z1 = K1 A_in x + b                                    A_in(x) = a_in ⊙ x + d_in, zero-padded after
//! z2 = K2 A_mid tanh(z1) + K3 A_in x                    A_mid(u) = a_mid ⊙ u + d_mid
//! y  = STE(z2)                                          sign forward, tanh' backward (next block's x)
//! logits = W · GAP(y) + c                               decoder: global average pool, linear
//! ```
//!
//! The parameters are exactly the `thermoblock-v1` tensors (the block is trained in its tanh-plus-
//! affine form, so export is a copy): [`Net::to_model`] writes them, and the chip, the reference
//! sampler and `thermoblock eval` run the exported file.

use std::collections::BTreeMap;

use candle_core::{Device, Result, Tensor, Var};
use candle_nn::VarMap;
use thermoblock_contract::rng::splitmix64;
use thermoblock_sim::block::{Block, Kernel};
use thermoblock_sim::model::{Decoder, Encoder, Model};

use crate::conv::conv_same;
use crate::ste::{ste, ste_bernoulli};

/// Shape of a network: channels of every block boundary and the kernel sizes.
#[derive(Clone, Debug, PartialEq)]
pub struct Architecture {
    /// Image channels (1 for MNIST and Fashion-MNIST).
    pub image_channels: usize,
    /// Encoder kernel size (odd) and stride.
    pub encoder_kernel: usize,
    pub encoder_stride: usize,
    /// `[C0, C1, C2]` of each block; block `i`'s C2 is block `i + 1`'s C0.
    pub blocks: Vec<[usize; 3]>,
    /// Block kernel size (odd) of `k1` and `k2`.
    pub kernel: usize,
    pub classes: usize,
    /// The decoder is trained as `gain · (W g + c)`: the pooled spins `g` vary by about ±0.1 across
    /// images, so the logits need weights of tens, which Adam's fixed-size steps would take
    /// thousands of steps to reach; the gain is an effective learning-rate multiplier for the
    /// decoder alone. Export folds it in (`decoder.weight = gain · W`).
    pub decoder_gain: f64,
}

impl Architecture {
    /// Trainable parameters, as `thermoblock info` counts them plus the encoder and decoder.
    pub fn parameters(&self) -> usize {
        let k2 = self.kernel * self.kernel;
        let enc = self.blocks[0][0] * (self.image_channels * self.encoder_kernel * self.encoder_kernel + 1);
        let blocks: usize =
            self.blocks.iter().map(|&[c0, c1, c2]| c1 * c0 * k2 + c2 * c1 * k2 + c2 * c0 + 2 * c0 + 3 * c1).sum();
        let last = self.blocks.last().expect("at least one block")[2];
        enc + blocks + self.classes * (last + 1)
    }
}

/// One block's variables (the `thermoblock-v1` tensors).
pub struct BlockVars {
    pub k1: Var,
    pub k2: Var,
    pub k3: Var,
    pub a_in: Var,
    pub d_in: Var,
    pub a_mid: Var,
    pub d_mid: Var,
    pub b: Var,
}

/// Everything the forward pass of one block computes that the losses use.
pub struct BlockPass {
    /// `A_in x`, `[B, C0, H, W]`.
    pub ax: Tensor,
    pub z1: Tensor,
    pub z2: Tensor,
    /// The block's spins: `STE(z2)`.
    pub y: Tensor,
}

impl BlockPass {
    /// The pass of the batch's first `n` images (the tensors stay in the autograd graph).
    pub fn narrow(&self, n: usize) -> Result<BlockPass> {
        let first = |t: &Tensor| t.narrow(0, 0, n);
        Ok(BlockPass { ax: first(&self.ax)?, z1: first(&self.z1)?, z2: first(&self.z2)?, y: first(&self.y)? })
    }
}

/// A forward pass of the whole network.
pub struct Pass {
    /// The encoder's pre-activation and the block-0 input spins.
    pub e: Tensor,
    pub x: Tensor,
    pub blocks: Vec<BlockPass>,
    pub logits: Tensor,
}

pub struct Net {
    pub arch: Architecture,
    pub varmap: VarMap,
    pub enc_w: Var,
    pub enc_b: Var,
    pub blocks: Vec<BlockVars>,
    pub dec_w: Var,
    pub dec_b: Var,
}

/// How a variable starts: uniform in `±1/sqrt(fan_in)` (PyTorch's default for convolutions), or
/// a constant.
#[derive(Clone, Copy)]
enum Start {
    Uniform { fan_in: usize },
    Const(f32),
}

/// Creates variable `name`, drawing uniform starts from a stream seeded by `(seed, name)`, so that
/// a network's start depends only on its seed (candle's own CPU generator cannot be seeded).
fn var(varmap: &VarMap, name: &str, shape: &[usize], start: Start, seed: u64, device: &Device) -> Result<Var> {
    let n: usize = shape.iter().product();
    let values: Vec<f32> = match start {
        Start::Const(c) => vec![c; n],
        Start::Uniform { fan_in } => {
            let bound = (1.0 / fan_in as f64).sqrt();
            let stream = name.bytes().fold(seed, |h, b| splitmix64(h ^ b as u64));
            (0..n as u64)
                .map(|i| {
                    let u = (splitmix64(stream.wrapping_add(i)) >> 11) as f64 / (1u64 << 53) as f64;
                    ((2.0 * u - 1.0) * bound) as f32
                })
                .collect()
        }
    };
    let var = Var::from_tensor(&Tensor::from_vec(values, shape, device)?)?;
    varmap.data().lock().expect("varmap lock").insert(name.to_string(), var.clone());
    Ok(var)
}

impl Net {
    /// A freshly initialised network; the same `seed` gives the same start.
    pub fn new(arch: Architecture, seed: u64, device: &Device) -> Result<Self> {
        let varmap = VarMap::new();
        let (ek, k) = (arch.encoder_kernel, arch.kernel);
        let c_first = arch.blocks[0][0];
        let enc_w = var(
            &varmap,
            "encoder.weight",
            &[c_first, arch.image_channels, ek, ek],
            Start::Uniform { fan_in: ek * ek },
            seed,
            device,
        )?;
        let enc_b = var(&varmap, "encoder.bias", &[c_first], Start::Const(0.0), seed, device)?;
        let mut blocks = Vec::new();
        for (i, &[c0, c1, c2]) in arch.blocks.iter().enumerate() {
            let n = |t: &str| format!("blocks.{i}.{t}");
            blocks.push(BlockVars {
                k1: var(&varmap, &n("k1"), &[c1, c0, k, k], Start::Uniform { fan_in: c0 * k * k }, seed, device)?,
                k2: var(&varmap, &n("k2"), &[c2, c1, k, k], Start::Uniform { fan_in: c1 * k * k }, seed, device)?,
                k3: var(&varmap, &n("k3"), &[c2, c0, 1, 1], Start::Uniform { fan_in: c0 }, seed, device)?,
                a_in: var(&varmap, &n("a_in"), &[c0], Start::Const(1.0), seed, device)?,
                d_in: var(&varmap, &n("d_in"), &[c0], Start::Const(0.0), seed, device)?,
                a_mid: var(&varmap, &n("a_mid"), &[c1], Start::Const(1.0), seed, device)?,
                d_mid: var(&varmap, &n("d_mid"), &[c1], Start::Const(0.0), seed, device)?,
                b: var(&varmap, &n("b"), &[c1], Start::Const(0.0), seed, device)?,
            });
        }
        let last = arch.blocks.last().expect("at least one block")[2];
        // Stored divided by the gain, started at the usual ±1/sqrt(fan_in) in effect.
        let fan_in = (last as f64 * arch.decoder_gain * arch.decoder_gain).round() as usize;
        let dec_w = var(&varmap, "decoder.weight", &[arch.classes, last], Start::Uniform { fan_in }, seed, device)?;
        let dec_b = var(&varmap, "decoder.bias", &[arch.classes], Start::Const(0.0), seed, device)?;
        Ok(Self { arch, varmap, enc_w, enc_b, blocks, dec_w, dec_b })
    }

    /// Every variable with its `thermoblock-v1` tensor name, in a fixed order.
    pub fn named_vars(&self) -> Vec<(String, Var)> {
        let data = self.varmap.data().lock().expect("varmap lock");
        let mut v: Vec<(String, Var)> = data.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    }

    /// Feed-forward pass on images `[B, C_img, H, W]` in `[0, 1]`, with the inference boundary
    /// (hard sign).
    pub fn forward(&self, images: &Tensor) -> Result<Pass> {
        self.forward_with(images, Boundary::Sign)
    }

    /// Feed-forward pass with the boundary activation `ζ` at the encoder's and every block's output.
    pub fn forward_with(&self, images: &Tensor, boundary: Boundary) -> Result<Pass> {
        let pad = self.arch.encoder_kernel / 2;
        let e =
            images.conv2d(&self.enc_w, pad, self.arch.encoder_stride, 1, 1)?.broadcast_add(&channel(&self.enc_b)?)?;
        let x = boundary.apply(&e, 0)?;
        let mut input = x.clone();
        let mut blocks = Vec::new();
        for (i, bv) in self.blocks.iter().enumerate() {
            let pass = block_forward_with(bv, &input, boundary, i as u64 + 1)?;
            input = pass.y.clone();
            blocks.push(pass);
        }
        let logits = self.decode(&input)?;
        Ok(Pass { e, x, blocks, logits })
    }

    /// Logits of spins `y` entering block `first` (`first` = the number of blocks: `y` is the last
    /// block's output), through the blocks from `first` on (feed-forward, inference boundary) and
    /// the decoder. The Gibbs-path cross-entropy sends a block's `y_gibbs` down this path.
    pub fn logits_from(&self, first: usize, y: &Tensor) -> Result<Tensor> {
        let mut input = y.clone();
        for (i, bv) in self.blocks.iter().enumerate().skip(first) {
            input = block_forward_with(bv, &input, Boundary::Sign, i as u64 + 1)?.y;
        }
        self.decode(&input)
    }

    /// The decoder on the last block's output spins `y` (`[B, C2, H, W]`): logits `[B, classes]`.
    pub fn decode(&self, y: &Tensor) -> Result<Tensor> {
        let pooled = y.mean(3)?.mean(2)?; // [B, C2]
        pooled.matmul(&self.dec_w.t()?)?.broadcast_add(&self.dec_b)?.affine(self.arch.decoder_gain, 0.0)
    }

    /// The `thermoblock-v1` model of the current parameters.
    pub fn to_model(&self, metadata: BTreeMap<String, String>) -> Result<Model> {
        let mut blocks = Vec::new();
        for bv in &self.blocks {
            blocks.push(block_of(bv)?);
        }
        let encoder =
            Encoder { weight: kernel(&self.enc_w)?, bias: values(&self.enc_b)?, stride: self.arch.encoder_stride };
        let last = self.arch.blocks.last().expect("at least one block")[2];
        let g = self.arch.decoder_gain;
        let decoder = Decoder {
            classes: self.arch.classes,
            channels: last,
            weight: values(&(self.dec_w.as_tensor() * g)?)?,
            bias: values(&(self.dec_b.as_tensor() * g)?)?,
        };
        let mut model = Model::from_blocks(blocks);
        model.encoder = Some(encoder);
        model.decoder = Some(decoder);
        model.metadata = metadata;
        Ok(model)
    }
}

/// The boundary activation `ζ` between blocks (arXiv:2607.00170 eq. 48): the hard sign at inference;
/// in training either the sign or Bernoulli spins `B(σ(2z))`, what a p-bit emits — both with the
/// `tanh'` surrogate gradient.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Boundary {
    Sign,
    /// Uniforms from SplitMix64 streams keyed by `(seed, boundary index)`, so a step's draws
    /// depend only on its seed (candle's CPU generator cannot be seeded).
    Bernoulli {
        seed: u64,
    },
}

impl Boundary {
    /// `ζ(z)` at boundary `site` (0 = the encoder's output, `i + 1` = block `i`'s).
    pub fn apply(&self, z: &Tensor, site: u64) -> Result<Tensor> {
        match *self {
            Boundary::Sign => ste(z),
            Boundary::Bernoulli { seed } => {
                let stream = splitmix64(seed ^ site.wrapping_mul(0x9E37_79B9_7F4A_7C15));
                let r: Vec<f32> = (0..z.elem_count() as u64)
                    .map(|i| (splitmix64(stream.wrapping_add(i)) >> 40) as f32 / (1u64 << 24) as f32)
                    .collect();
                ste_bernoulli(z, &Tensor::from_vec(r, z.shape(), z.device())?.to_dtype(z.dtype())?)
            }
        }
    }
}

/// A `[C]` vector as `[1, C, 1, 1]`, to broadcast over a batch of maps.
pub fn channel(v: &Tensor) -> Result<Tensor> {
    v.reshape(((), 1, 1))?.unsqueeze(0)
}

/// `a ⊙ u + d` per channel.
pub fn affine(u: &Tensor, a: &Tensor, d: &Tensor) -> Result<Tensor> {
    u.broadcast_mul(&channel(a)?)?.broadcast_add(&channel(d)?)
}

/// One block in feed-forward mode (eqs. 1-4), with the inference boundary (hard sign).
pub fn block_forward(bv: &BlockVars, x: &Tensor) -> Result<BlockPass> {
    block_forward_with(bv, x, Boundary::Sign, 0)
}

/// One block in feed-forward mode with `boundary` at its output, boundary `site` of the network.
fn block_forward_with(bv: &BlockVars, x: &Tensor, boundary: Boundary, site: u64) -> Result<BlockPass> {
    let ax = affine(x, &bv.a_in, &bv.d_in)?;
    let z1 = conv_same(&ax, &bv.k1)?.broadcast_add(&channel(&bv.b)?)?;
    let mid = affine(&z1.tanh()?, &bv.a_mid, &bv.d_mid)?;
    let z2 = (conv_same(&mid, &bv.k2)? + conv_same(&ax, &bv.k3)?)?;
    let y = boundary.apply(&z2, site)?;
    Ok(BlockPass { ax, z1, z2, y })
}

fn values(t: &Tensor) -> Result<Vec<f32>> {
    t.flatten_all()?.to_vec1::<f32>()
}

fn kernel(t: &Tensor) -> Result<Kernel> {
    let dims = t.dims4()?;
    Kernel::new([dims.0, dims.1, dims.2, dims.3], values(t)?).map_err(candle_core::Error::wrap)
}

/// The `thermoblock_sim` block of a block's current parameters (the reference sampler runs it).
pub fn block_of(bv: &BlockVars) -> Result<Block> {
    Block::new(
        kernel(&bv.k1)?,
        kernel(&bv.k2)?,
        kernel(&bv.k3)?,
        values(&bv.a_in)?,
        values(&bv.d_in)?,
        values(&bv.a_mid)?,
        values(&bv.d_mid)?,
        values(&bv.b)?,
    )
    .map_err(candle_core::Error::wrap)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_blocks() -> Result<Net> {
        let arch = Architecture {
            image_channels: 1,
            encoder_kernel: 3,
            encoder_stride: 2,
            blocks: vec![[3, 4, 3], [3, 5, 2]],
            kernel: 3,
            classes: 4,
            decoder_gain: 2.0,
        };
        Net::new(arch, 11, &Device::Cpu)
    }

    /// From the encoder's spins, `logits_from(0, ·)` is the forward pass's own logits; from block
    /// 1's input it trains block 1 and the decoder and nothing upstream.
    #[test]
    fn logits_from_a_block_take_the_blocks_after_it() -> Result<()> {
        let net = two_blocks()?;
        let images = Tensor::rand(0f32, 1.0, (2, 1, 8, 8), &Device::Cpu)?;
        let pass = net.forward(&images)?;
        let same = (net.logits_from(0, &pass.x)? - &pass.logits)?.abs()?.max_all()?.to_scalar::<f32>()?;
        assert_eq!(same, 0.0);
        let skip_all = (net.logits_from(2, &pass.blocks[1].y)? - &pass.logits)?.abs()?.max_all()?.to_scalar::<f32>()?;
        assert_eq!(skip_all, 0.0);
        // A constant spin map into block 1, as `y_gibbs` is.
        let y = Tensor::from_vec(
            pass.blocks[0].y.flatten_all()?.to_vec1::<f32>()?,
            pass.blocks[0].y.shape(),
            &Device::Cpu,
        )?;
        let grads = net.logits_from(1, &y)?.sqr()?.sum_all()?.backward()?;
        let reached = |v: &Var| {
            grads.get(v).is_some_and(|g| g.abs().unwrap().sum_all().unwrap().to_scalar::<f32>().unwrap() > 0.0)
        };
        assert!(
            reached(&net.blocks[1].k1) && reached(&net.blocks[1].k2) && reached(&net.dec_w),
            "block 1 and the decoder learn"
        );
        assert!(!reached(&net.blocks[0].k1) && !reached(&net.enc_w), "nothing upstream of block 1 learns");
        Ok(())
    }
}
