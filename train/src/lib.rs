//! Training thermodynamic models in Rust with the published Gibbs-regularization recipe
//! (arXiv:2607.00170 §3 and App. A; docs/ARCHITECTURE.md restates the equations).
//!
//! * [`net`]: the network — classical encoder (conv + sign), thermodynamic block(s) in their
//!   tanh-plus-affine form, classical decoder (global average pool + linear) — and its export to a
//!   `thermoblock-v1` model file;
//! * [`conv`]: the blocks' same-padded convolution, forward and backward as im2col products;
//! * [`ste`]: the straight-through estimator between blocks;
//! * [`augment`]: random mirror and translation of training images;
//! * [`losses`]: the fixed-point loss, the magnitude regularizer, cross-entropy.

pub mod adam;
pub mod augment;
pub mod conv;
pub mod losses;
pub mod net;
pub mod recipe;
pub mod ste;
pub mod trainer;
