//! One run's parameters, as the host writes them to the chip's registers, the readout the host
//! gets back, and the half-sweep observations that lockstep tests compare between the chip model
//! and the RTL.

use crate::spins::Spins;

/// One run's registers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChipRun {
    pub delta: f32,
    pub sweeps: u32,
    pub burn_in: u32,
    pub seed: u64,
}

/// The chip's readout, channel-major.
#[derive(Clone, Debug, PartialEq)]
pub struct ChipResult {
    pub output: Spins,
    pub mean: Vec<f64>,
    pub hidden_mean: Vec<f64>,
    pub cycles: u64,
}

/// Called after every half-sweep with the sweep index, the layer and its spins (channel-major ±1).
pub type Observer<'a> = dyn FnMut(u32, Layer, &[i8]) + 'a;

/// Which layer a half-sweep updated, for observers (lockstep tests against the RTL).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    Hidden,
    Output,
}
