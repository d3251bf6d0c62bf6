//! The straight-through estimator between blocks (arXiv:2607.00170 §3): binary spins forward, the tanh
//! surrogate's derivative backward.
//!
//! `ste(z) = tanh(z) + detach(sign(z) − tanh(z))`: its value is `sign(z)` up to rounding (the
//! project's tie rule is `sign(0) = +1`) and its gradient is `tanh'(z) = 1 − tanh²(z)`. (Export
//! writes exact ±1 spins; the checked-in models were trained with this form, so it stays.) [`ste_bernoulli`] is the stochastic
//! form, `B(σ(2z))` forward — what a p-bit outputs — with the same gradient.

use candle_core::{Result, Tensor};

/// `+1` where `z >= 0`, else `-1` (no gradient).
pub fn sign(z: &Tensor) -> Result<Tensor> {
    z.ge(0.0)?.to_dtype(z.dtype())?.affine(2.0, -1.0)
}

/// `sign(z)` forward, `tanh'(z)` backward.
pub fn ste(z: &Tensor) -> Result<Tensor> {
    surrogate(sign(z)?, z)
}

/// `B(σ(2z))` forward — `+1` where `r < σ(2z)`, `r` uniform on `[0, 1)` of `z`'s shape — and
/// `tanh'(z)` backward.
pub fn ste_bernoulli(z: &Tensor, r: &Tensor) -> Result<Tensor> {
    let t = z.tanh()?;
    // σ(2z) = (1 + tanh z) / 2 > r  ⇔  tanh z > 2r − 1.
    let spins = t.ge(&r.affine(2.0, -1.0)?)?.to_dtype(z.dtype())?.affine(2.0, -1.0)?;
    surrogate(spins, z)
}

/// `spins` as the value (up to rounding), `tanh'(z)` as the gradient.
fn surrogate(spins: Tensor, z: &Tensor) -> Result<Tensor> {
    let t = z.tanh()?;
    t.clone() + (spins - t)?.detach()
}
