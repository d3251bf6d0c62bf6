//! One module per `thermoblock` subcommand. Each writes its report to the given writer so tests
//! can run it in-process.

pub mod bench;
pub mod info;
pub mod random_block;
pub mod sample;

use std::path::Path;

use anyhow::Context;
use thermoblock_sim::{Model, Spins, npy};

use crate::cli::SamplingArgs;
use thermoblock_sim::GibbsConfig;

/// Loads a model file; the error names the file.
pub fn load_model(path: &Path) -> anyhow::Result<Model> {
    Model::load(path).with_context(|| format!("model file {}", path.display()))
}

/// Reads an input spin map; the error names the file and says what the file must hold.
pub fn load_input(path: &Path) -> anyhow::Result<Spins> {
    npy::read_spins(path)
        .with_context(|| format!("input file {} (expected a NumPy int8 array [C0, H, W] of -1/+1)", path.display()))
}

impl SamplingArgs {
    /// The sampler configuration these arguments describe, validated.
    pub fn config(&self) -> anyhow::Result<GibbsConfig> {
        let cfg = GibbsConfig {
            delta: self.delta,
            sweeps: self.sweeps,
            burn_in: self.burn_in,
            init: self.init.into(),
            seed: self.seed,
        };
        cfg.validate()?;
        Ok(cfg)
    }
}
