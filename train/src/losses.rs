//! The Gibbs-regularization losses of arXiv:2607.00170 (App. A),, restated in docs/ARCHITECTURE.md.
//!
//! * [`fixed_point`]: `L_FP = L_FP(1) + L_FP(2)` with
//!   `L_FP(1) = ‖sign z1 − tanh(z1 + q δ a_mid ⊙ K2ᵀ y_gibbs)‖²` and
//!   `L_FP(2) = ‖sign z2 − tanh(δ (K3 A_in x + K2 A_mid tanh(z1 + q δ a_mid ⊙ K2ᵀ y_gibbs)))‖²`,
//!   means over spins; `y_gibbs` is a constant (the sign of a short Gibbs average from the
//!   feed-forward start, no gradient through it), and so are the targets `sign z1`, `sign z2`.
//! * [`magnitude`]: `L_mag = mean ReLU(m/2 − |z|)² + 0.1 ReLU(|z| − 3m)²`, `m = 1.5`: keeps
//!   pre-activations out of the region where a p-bit is a coin flip, and bounded.
//! * the classification loss is cross-entropy on the decoder's logits ([`cross_entropy`]).

use candle_core::{Result, Tensor};

use crate::conv::{adjoint_conv, conv_same};
use crate::net::{BlockPass, BlockVars, affine, channel};
use crate::ste::sign;

/// `L_FP` of one block (both terms, each a mean over its spins).
pub fn fixed_point(bv: &BlockVars, pass: &BlockPass, y_gibbs: &Tensor, q: f64, delta: f64) -> Result<Tensor> {
    // K2ᵀ y_gibbs: the adjoint of the same-padded convolution.
    let back = adjoint_conv(y_gibbs, &bv.k2)?;
    let i1 = (&pass.z1 + back.broadcast_mul(&channel(&bv.a_mid)?)?.affine(q * delta, 0.0)?)?;
    let s1 = i1.tanh()?;
    let fp1 = (sign(&pass.z1)? - &s1)?.sqr()?.mean_all()?;
    let mid = affine(&s1, &bv.a_mid, &bv.d_mid)?;
    let i2 = (conv_same(&mid, &bv.k2)? + conv_same(&pass.ax, &bv.k3)?)?.affine(delta, 0.0)?;
    let fp2 = (sign(&pass.z2)? - i2.tanh()?)?.sqr()?.mean_all()?;
    fp1 + fp2
}

/// `L_mag` of pre-activations `z` with margin `m`.
pub fn magnitude(z: &Tensor, m: f64) -> Result<Tensor> {
    let a = z.abs()?;
    let low = a.affine(-1.0, m / 2.0)?.relu()?.sqr()?;
    let high = a.affine(1.0, -3.0 * m)?.relu()?.sqr()?;
    (low + high.affine(0.1, 0.0)?)?.mean_all()
}

/// Mean cross-entropy of `logits [B, classes]` against `labels [B]` (u32).
pub fn cross_entropy(logits: &Tensor, labels: &Tensor) -> Result<Tensor> {
    candle_nn::loss::cross_entropy(logits, labels)
}
