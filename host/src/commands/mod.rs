//! One module per `thermoblock` subcommand. Each writes its report to the given writer so tests
//! can run it in-process.

pub mod bench;
pub mod board;
pub mod board_projection;
pub mod eval;
pub mod grid;
pub mod info;
#[cfg(feature = "rtl")]
pub mod link_budget;
pub mod random_block;
pub mod sample;

use std::path::Path;

use anyhow::Context;
use thermoblock_contract::Spins;
use thermoblock_sim::{Dataset, Model, Network, npy};

use crate::cli::{DataArgs, Grid, SamplingArgs};
use thermoblock_sim::GibbsConfig;

/// Refuses an output path that cannot be written as a file: a directory, or one whose folder does
/// not exist. Called for every output of a command before any is written, so a refused command
/// leaves nothing behind.
pub fn check_output(path: &Path, flag: &str) -> anyhow::Result<()> {
    if path.is_dir() || path.as_os_str().to_string_lossy().ends_with('/') {
        anyhow::bail!("{flag} {}: is a directory; give a file name", path.display());
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !parent.is_dir() {
        anyhow::bail!("{flag} {}: the folder {} does not exist", path.display(), parent.display());
    }
    Ok(())
}

/// Loads a model file; the error names the file.
pub fn load_model(path: &Path) -> anyhow::Result<Model> {
    Model::load(path).with_context(|| format!("model file {}", path.display()))
}

/// The grid of `model`'s blocks: `given` (`--grid`), else the model's `grid` metadata, else `None`.
pub fn model_grid(model: &Model, path: &Path, given: Option<Grid>) -> anyhow::Result<Option<Grid>> {
    match (given, model.metadata.get("grid")) {
        (Some(g), _) => Ok(Some(g)),
        (None, Some(meta)) => {
            Ok(Some(meta.parse::<Grid>().map_err(|e| {
                anyhow::anyhow!("model file {}: metadata `grid`: {e}; pass --grid HxW", path.display())
            })?))
        }
        (None, None) => Ok(None),
    }
}

/// Loads a model file that must be a whole network (encoder, blocks, decoder); errors name the file.
pub fn load_network(path: &Path) -> anyhow::Result<Network> {
    Network::new(load_model(path)?).with_context(|| format!("model file {}", path.display()))
}

/// Loads the data set and keeps the first `--limit` images.
pub fn load_data(args: &DataArgs) -> anyhow::Result<Dataset> {
    if args.limit == Some(0) {
        anyhow::bail!("--limit must be at least 1");
    }
    if args.batch == 0 {
        anyhow::bail!("--batch must be at least 1");
    }
    let mut data = Dataset::load(args.dataset, args.split, args.data_dir.as_deref())?;
    if args.skip >= data.len() {
        anyhow::bail!("--skip {} leaves no images: the {} {} set has {}", args.skip, data.kind, data.split, data.len());
    }
    data.skip(args.skip);
    if let Some(n) = args.limit {
        data.truncate(n);
    }
    Ok(data)
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
