//! Thermodynamic block semantics for Thermoblock.
//!
//! A *thermodynamic block* (A. G. Moore et al., "Scaling Up Thermodynamic AI Models",
//! arXiv:2607.00170, eqs. 1-10) is a convolutional
//! neural-network block whose neurons are stochastic binary spins: a clamped input layer `s0 = x`,
//! a hidden layer `s1` and an output layer `s2` on one `H x W` grid. This crate holds
//!
//! * [`block`]: the block's parameters and geometry, validated once on construction;
//! * [`model`]: `thermoblock-v1` model files (safetensors) — loading with errors that name the
//!   tensor at fault, and atomic saving;
//! * [`conv`]: the same-padded convolution and its adjoint, the only coupling arithmetic;
//! * [`feedforward`]: the GPU-mode network, eqs. (1)-(4);
//! * [`gibbs`]: the reference red-black Gibbs sampler with average-and-sign readout, eqs. (8)-(10);
//! * [`exact`]: exact Boltzmann means by enumerating the hidden layer — the oracle every sampler
//!   is tested against;
//! * [`npy`]: the NumPy files that binary spin maps (`thermoblock_contract::Spins`) travel in;
//! * [`dataset`]: MNIST and Fashion-MNIST IDX files, found where `make data` installs them;
//! * [`network`]: a whole network — strided encoder, blocks, decoder — and its seeds per image.

pub mod block;
pub mod chip;
pub mod conv;
pub mod dataset;
pub mod exact;
pub mod feedforward;
pub mod gibbs;
pub mod limits;
pub mod model;
pub mod network;
pub mod npy;
pub mod plan;
pub mod random;

pub use block::{Block, BlockError, Kernel};
pub use dataset::{Dataset, DatasetError, DatasetKind, Split};
pub use gibbs::{GibbsConfig, GibbsError, GibbsResult, Init};
pub use model::{Model, ModelError};
pub use network::{Network, NetworkError};
