//! `thermoblock-train`: trains a network with the Gibbs-regularization recipe and exports it as a
//! `thermoblock-v1` model file. Resumable (`--resume`), seedable (`--seed`), with per-epoch metrics
//! on stderr and, optionally, as JSON lines (`--metrics`).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use clap::Parser;
use thermoblock_sim::dataset::{Dataset, DatasetKind, Split};
use thermoblock_train::augment::Augment;
use thermoblock_train::recipe::Recipe;
use thermoblock_train::trainer::{Trainer, state_path};

#[derive(Parser, Debug)]
#[command(
    version,
    about = "Train a thermodynamic network with the Gibbs-regularization recipe of arXiv:2607.00170, and export it"
)]
struct Args {
    /// mnist or fashion-mnist
    #[arg(long)]
    dataset: DatasetKind,
    /// Where the datasets are (default: see `make data`)
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// The model file to write (thermoblock-v1)
    #[arg(long)]
    out: PathBuf,
    /// Checkpoint file, written after every epoch [default: OUT.ckpt]
    #[arg(long)]
    checkpoint: Option<PathBuf>,
    /// Continue from the checkpoint (its recipe wins over the flags below)
    #[arg(long)]
    resume: bool,
    /// Branch from this checkpoint: its network, optimizer state and epochs done, trained on under
    /// the recipe of the flags below (same blocks and kernels; e.g. another Gibbs phase, or more
    /// feed-forward epochs). The checkpoint is only read.
    #[arg(long, value_name = "CKPT", conflicts_with = "resume")]
    from: Option<PathBuf>,
    /// Start a new run (epoch 0, fresh optimizer, the schedule from its start) from this
    /// checkpoint's network, deepened: the --block list is the checkpoint's blocks with blocks of
    /// unchanged channel count (C0 = C2) inserted, which start as identity maps. The checkpoint is
    /// only read.
    #[arg(long, value_name = "CKPT", conflicts_with_all = ["resume", "from"])]
    grow_from: Option<PathBuf>,
    /// Block channels C0,C1,C2; repeat for a stack of blocks (each C0 = the previous block's C2)
    #[arg(long = "block", default_value = "32,64,64")]
    blocks: Vec<String>,
    #[arg(long, default_value_t = Recipe::default().ff_epochs)]
    ff_epochs: usize,
    #[arg(long, default_value_t = Recipe::default().gibbs_epochs)]
    gibbs_epochs: usize,
    #[arg(long, default_value_t = Recipe::default().batch)]
    batch: usize,
    /// Learning rate at the start of feed-forward training (cosine decay over its epochs)
    #[arg(long, default_value_t = Recipe::default().lr)]
    lr: f64,
    /// Learning rate at the start of Gibbs regularization (cosine decay over its epochs)
    #[arg(long, default_value_t = Recipe::default().gibbs_lr)]
    gibbs_lr: f64,
    /// G_train: Gibbs sweeps of y_gibbs once ramped up
    #[arg(long, default_value_t = Recipe::default().gibbs_sweeps)]
    gibbs_sweeps: usize,
    /// Images of each batch the fixed-point loss (and its y_gibbs sampling) uses; 0: the whole
    /// batch, as the paper does. A random subset costs proportionally fewer sweeps.
    #[arg(long, default_value_t = Recipe::default().fp_images)]
    fp_images: usize,
    #[arg(long, default_value_t = Recipe::default().lambda_fp)]
    lambda_fp: f64,
    /// Weight of the magnitude regularizer in the feed-forward epochs
    #[arg(long, default_value_t = Recipe::default().lambda_mag)]
    lambda_mag: f64,
    /// Its margin m in the feed-forward epochs
    #[arg(long, default_value_t = Recipe::default().margin)]
    margin: f64,
    /// Weight of the magnitude regularizer in the Gibbs epochs
    #[arg(long, default_value_t = Recipe::default().gibbs_lambda_mag)]
    gibbs_lambda_mag: f64,
    /// Its margin m in the Gibbs epochs (paper: 1.5)
    #[arg(long, default_value_t = Recipe::default().gibbs_margin)]
    gibbs_margin: f64,
    /// Ramp lengths in epochs of Gibbs regularization: q, sweeps, lambda_FP (paper: 10, 10, 3 over
    /// a longer run) [default: the recipe's]
    #[arg(long)]
    ramps: Option<String>,
    /// Bernoulli spins B(σ(2z)) at the block boundaries in training, as arXiv:2607.00170 (App. A.2) does,
    /// instead of the hard sign (inference always uses the sign)
    #[arg(long)]
    bernoulli: bool,
    /// Weight of the decoder's cross-entropy on the last block's Gibbs samples in the Gibbs epochs
    /// (arXiv:2607.00170's footnote-2 variation; 0: off)
    #[arg(long, default_value_t = Recipe::default().lambda_gibbs_ce)]
    lambda_gibbs_ce: f64,
    /// Send the Gibbs-path cross-entropy from every block's Gibbs samples through the blocks after
    /// it, not only from the last block's into the decoder (needs --lambda-gibbs-ce)
    #[arg(long)]
    gibbs_ce_through_blocks: bool,
    /// Mirror each training image left-right with probability 1/2 (not in the paper)
    #[arg(long)]
    flip: bool,
    /// Translate each training image by up to this many pixels in each axis (not in the paper)
    #[arg(long, default_value_t = 0)]
    shift: usize,
    #[arg(long, default_value_t = Recipe::default().seed)]
    seed: u64,
    /// Train on the first N training images only
    #[arg(long)]
    limit: Option<usize>,
    /// Measure test accuracy on the first N test images only
    #[arg(long)]
    test_limit: Option<usize>,
    /// Append each epoch's metrics as a JSON line to this file
    #[arg(long)]
    metrics: Option<PathBuf>,
}

fn numbers<T: std::str::FromStr>(s: &str, n: usize, what: &str) -> anyhow::Result<Vec<T>> {
    let v: Vec<T> = s
        .split(',')
        .map(|p| p.trim().parse::<T>())
        .collect::<Result<_, _>>()
        .map_err(|_| anyhow::anyhow!("{what}: expected {n} comma-separated numbers, got `{s}`"))?;
    anyhow::ensure!(v.len() == n, "{what}: expected {n} comma-separated numbers, got `{s}`");
    Ok(v)
}

/// The recipe the flags describe. Parsing only: `Recipe::validate` checks the values.
fn recipe_of(args: &Args) -> anyhow::Result<Recipe> {
    let mut blocks: Vec<[usize; 3]> = Vec::new();
    for spec in &args.blocks {
        let c: Vec<usize> = numbers(spec, 3, "--block")?;
        blocks.push([c[0], c[1], c[2]]);
    }
    let d = Recipe::default();
    let ramps: Vec<f64> = match &args.ramps {
        Some(s) => numbers(s, 3, "--ramps")?,
        None => vec![d.q_ramp, d.sweeps_ramp, d.fp_ramp],
    };
    Ok(Recipe {
        blocks,
        ff_epochs: args.ff_epochs,
        gibbs_epochs: args.gibbs_epochs,
        batch: args.batch,
        lr: args.lr,
        gibbs_lr: args.gibbs_lr,
        gibbs_sweeps: args.gibbs_sweeps,
        fp_images: args.fp_images,
        lambda_fp: args.lambda_fp,
        lambda_mag: args.lambda_mag,
        margin: args.margin,
        gibbs_lambda_mag: args.gibbs_lambda_mag,
        gibbs_margin: args.gibbs_margin,
        q_ramp: ramps[0],
        sweeps_ramp: ramps[1],
        fp_ramp: ramps[2],
        seed: args.seed,
        bernoulli: args.bernoulli,
        lambda_gibbs_ce: args.lambda_gibbs_ce,
        gibbs_ce_through_blocks: args.gibbs_ce_through_blocks,
        augment: Augment { flip: args.flip, shift: args.shift },
        ..d
    })
}

/// Refuses a starting checkpoint that this run would overwrite.
fn not_the_output(start: &Path, flag: &str, checkpoint: &Path) -> anyhow::Result<()> {
    let same =
        start == checkpoint || start.canonicalize().ok().is_some_and(|a| Some(a) == checkpoint.canonicalize().ok());
    anyhow::ensure!(
        !same,
        "{flag} {} is the checkpoint this run writes; give another --out or --checkpoint so the starting point is kept",
        start.display()
    );
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut train = Dataset::load(args.dataset, Split::Train, args.data_dir.as_deref())?;
    let mut test = Dataset::load(args.dataset, Split::Test, args.data_dir.as_deref())?;
    if let Some(n) = args.limit {
        train.truncate(n);
    }
    if let Some(n) = args.test_limit {
        test.truncate(n);
    }
    let checkpoint = args.checkpoint.clone().unwrap_or_else(|| {
        let mut s = args.out.as_os_str().to_owned();
        s.push(".ckpt");
        PathBuf::from(s)
    });
    let mut trainer = if args.resume {
        Trainer::resume(&checkpoint, 1, train.classes).with_context(|| {
            format!("cannot resume from {} (and {})", checkpoint.display(), state_path(&checkpoint).display())
        })?
    } else if let Some(from) = &args.from {
        not_the_output(from, "--from", &checkpoint)?;
        Trainer::branch(from, recipe_of(&args)?, 1, train.classes)
            .with_context(|| format!("cannot branch from {}", from.display()))?
    } else if let Some(from) = &args.grow_from {
        not_the_output(from, "--grow-from", &checkpoint)?;
        Trainer::grow(from, recipe_of(&args)?, 1, train.classes)
            .with_context(|| format!("cannot grow from {}", from.display()))?
    } else {
        Trainer::new(recipe_of(&args)?, 1, train.classes)?
    };
    if let Some(s) = trainer.segments.last() {
        eprintln!("branched at epoch {} from a run under another recipe", s.until);
    }
    if let Some(g) = &trainer.grown_from {
        eprintln!(
            "grown from {} (epoch {}, blocks {:?}): blocks {:?} were inserted as identity maps",
            g.checkpoint, g.epochs, g.recipe.blocks, g.new_blocks
        );
    }
    let total = trainer.recipe.epochs();
    eprintln!(
        "training {} on {} images ({} test; augmentation: {}), {} parameters, blocks {:?}, epochs {} feed-forward + {} Gibbs",
        args.dataset,
        train.len(),
        test.len(),
        trainer.recipe.augment,
        trainer.net.arch.parameters(),
        trainer.recipe.blocks,
        trainer.recipe.ff_epochs,
        trainer.recipe.gibbs_epochs
    );
    let tty = std::io::stderr().is_terminal();
    let grid = {
        let s = trainer.recipe.encoder_stride;
        ((train.rows - 1) / s + 1, (train.cols - 1) / s + 1)
    };
    while trainer.epoch < total {
        let started = Instant::now();
        let epoch = trainer.epoch + 1;
        let mut last = Instant::now();
        let mut progress = |done: usize, all: usize, ce: f64| {
            if done == all || last.elapsed().as_secs_f64() > if tty { 0.5 } else { 30.0 } {
                last = Instant::now();
                let rate = done as f64 / started.elapsed().as_secs_f64();
                let eta = (all - done) as f64 / rate.max(1e-9);
                let line = format!("epoch {epoch}/{total}: batch {done}/{all}, CE {ce:.4}, {eta:.0} s left");
                if tty {
                    eprint!("\r{line}   ");
                } else {
                    eprintln!("{line}");
                }
            }
        };
        let m = trainer.epoch(&train, &test, &mut progress)?;
        if tty {
            eprintln!();
        }
        eprintln!(
            "epoch {}/{total} ({}): CE {:.4}, FP {:.4}, Gibbs-path CE {:.4}, mag {:.4}, train acc {:.2}%, test FF acc {:.2}%, G {}, q {:.2}, λ_FP {:.2}, {:.0} s",
            m.epoch,
            m.phase,
            m.ce,
            m.fp,
            m.gibbs_ce,
            m.mag,
            100.0 * m.train_accuracy,
            100.0 * m.test_ff_accuracy,
            m.gibbs_sweeps,
            m.q,
            m.lambda_fp,
            m.seconds
        );
        if let Some(path) = &args.metrics {
            let mut f = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
            writeln!(f, "{}", serde_json::to_string(&m)?)?;
        }
        trainer.save_checkpoint(&checkpoint)?;
        trainer.export(grid)?.save(&args.out).with_context(|| format!("cannot write {}", args.out.display()))?;
    }
    eprintln!("wrote {}", args.out.display());
    Ok(())
}
