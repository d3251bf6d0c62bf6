//! The training loop end to end on a tiny synthetic data set: a resumed run is the uninterrupted
//! run bit for bit, and the exported model computes in `thermoblock_sim` what the trained network
//! computes in candle.

use std::path::PathBuf;

use thermoblock_contract::rng::splitmix64;
use thermoblock_sim::dataset::{Dataset, DatasetKind, Split};
use thermoblock_sim::network::Network;
use thermoblock_train::augment::Augment;
use thermoblock_train::recipe::Recipe;
use thermoblock_train::trainer::{Segment, Trainer, state_path};

/// `n` noisy 8x8 images of four textures (classes 0-3 of 10): horizontal stripes, vertical stripes,
/// a checkerboard, none. A global-average-pool decoder sees textures, not positions.
fn fixture(n: usize, seed: u64) -> Dataset {
    let (rows, cols) = (8, 8);
    let mut images = Vec::with_capacity(n * rows * cols);
    let mut labels = Vec::with_capacity(n);
    for i in 0..n {
        let r = splitmix64(seed ^ i as u64);
        let class = (r % 4) as usize;
        let phase = (r >> 8) as usize % 2;
        for y in 0..rows {
            for x in 0..cols {
                let ink = match class {
                    0 => (y + phase) % 2 == 0,
                    1 => (x + phase) % 2 == 0,
                    2 => (x + y + phase) % 2 == 0,
                    _ => false,
                };
                let noise = (splitmix64(r ^ (y * cols + x) as u64) % 60) as u8;
                images.push(if ink { 190 + noise } else { noise });
            }
        }
        labels.push(class as u8);
    }
    Dataset {
        kind: DatasetKind::Mnist,
        split: Split::Train,
        rows,
        cols,
        images,
        labels,
        classes: 10,
        files: (PathBuf::new(), PathBuf::new()),
        first: 0,
    }
}

fn recipe() -> Recipe {
    Recipe {
        blocks: vec![[4, 6, 4]],
        encoder_kernel: 3,
        encoder_stride: 2,
        ff_epochs: 1,
        gibbs_epochs: 2,
        batch: 16,
        gibbs_sweeps: 6,
        q_ramp: 1.0,
        sweeps_ramp: 1.0,
        fp_ramp: 1.0,
        lr: 1e-2,
        // Mirroring and shifting keep these textures' classes; with them on, the resume test also
        // checks that a resumed run draws the same perturbations.
        augment: Augment { flip: true, shift: 1 },
        seed: 7,
        ..Recipe::default()
    }
}

fn quiet(_: usize, _: usize, _: f64) {}

#[test]
fn a_resumed_run_is_the_uninterrupted_run() -> anyhow::Result<()> {
    let (train, test) = (fixture(96, 1), fixture(32, 2));
    let mut straight = Trainer::new(recipe(), 1, 10)?;
    for _ in 0..3 {
        straight.epoch(&train, &test, &mut quiet)?;
    }
    let dir = std::env::temp_dir().join(format!("thermoblock-train-resume-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let ckpt = dir.join("run.ckpt");
    let mut first = Trainer::new(recipe(), 1, 10)?;
    first.epoch(&train, &test, &mut quiet)?;
    first.epoch(&train, &test, &mut quiet)?; // into Gibbs regularization
    first.save_checkpoint(&ckpt)?;
    drop(first);
    let mut resumed = Trainer::resume(&ckpt, 1, 10)?;
    resumed.epoch(&train, &test, &mut quiet)?;
    let (a, b) = (straight.export((4, 4))?, resumed.export((4, 4))?);
    assert_eq!(a.blocks, b.blocks, "block tensors differ after resuming");
    assert_eq!((a.encoder, a.decoder), (b.encoder, b.decoder));
    assert_eq!(straight.history.len(), 3);
    assert_eq!(resumed.history.len(), 3, "the history survives the checkpoint");
    assert_eq!(straight.history[2].phase, "gibbs");
    assert!(straight.history[2].fp > 0.0 && straight.history[2].gibbs_sweeps == 6);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

#[test]
fn a_branch_goes_on_under_its_own_recipe_and_leaves_the_checkpoint_alone() -> anyhow::Result<()> {
    let (train, test) = (fixture(96, 1), fixture(32, 2));
    let dir = std::env::temp_dir().join(format!("thermoblock-train-branch-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let ckpt = dir.join("ff.ckpt");
    let mut ff = Trainer::new(recipe(), 1, 10)?;
    ff.epoch(&train, &test, &mut quiet)?; // the feed-forward epoch
    ff.save_checkpoint(&ckpt)?;
    let stored = (std::fs::read(&ckpt)?, std::fs::read(state_path(&ckpt))?);

    // Under the checkpoint's own recipe a branch is the uninterrupted run, bit for bit.
    let mut straight = Trainer::new(recipe(), 1, 10)?;
    let mut same = Trainer::branch(&ckpt, recipe(), 1, 10)?;
    for _ in 0..2 {
        straight.epoch(&train, &test, &mut quiet)?;
    }
    same.epoch(&train, &test, &mut quiet)?;
    assert_eq!(straight.export((4, 4))?.blocks, same.export((4, 4))?.blocks);

    // Under another Gibbs phase it trains differently, and records what came before.
    let gentler = Recipe { gibbs_lr: 1e-4, lambda_fp: 0.3, ..recipe() };
    let mut other = Trainer::branch(&ckpt, gentler.clone(), 1, 10)?;
    other.epoch(&train, &test, &mut quiet)?;
    assert_ne!(same.export((4, 4))?.blocks, other.export((4, 4))?.blocks, "the branch ignored its recipe");
    assert_eq!(other.recipe, gentler);
    assert_eq!(other.segments, vec![Segment { until: 1, recipe: recipe() }]);
    assert_eq!(other.history.len(), 2, "the branch keeps the history before it");
    assert!(other.export((4, 4))?.metadata["segments"].contains("\"until\":1"));
    let saved = dir.join("branch.ckpt");
    other.save_checkpoint(&saved)?;
    assert_eq!(Trainer::resume(&saved, 1, 10)?.segments, other.segments, "segments survive a checkpoint");

    // Refused, naming why: another network, or nothing left to train.
    let wider = Recipe { blocks: vec![[4, 8, 4]], ..recipe() };
    let e = format!("{:#}", Trainer::branch(&ckpt, wider, 1, 10).err().expect("another network"));
    assert!(e.contains("blocks [[4, 6, 4]] vs [[4, 8, 4]]"), "{e}");
    let done = Recipe { gibbs_epochs: 0, ..recipe() };
    let e = format!("{:#}", Trainer::branch(&ckpt, done, 1, 10).err().expect("nothing to train"));
    assert!(e.contains("nothing left to train"), "{e}");

    assert_eq!((std::fs::read(&ckpt)?, std::fs::read(state_path(&ckpt))?), stored, "the branch point changed");
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// A grown run starts as the checkpoint's network, exactly: the exported model's feed-forward
/// logits (computed by `thermoblock_sim`, not the trainer) equal the checkpoint's on every image.
/// Then the new blocks learn, the run starts its own schedule, and the checkpoint is only read.
#[test]
fn a_grown_network_starts_as_its_checkpoint_and_its_new_blocks_learn() -> anyhow::Result<()> {
    let (train, test) = (fixture(96, 3), fixture(32, 4));
    let dir = std::env::temp_dir().join(format!("thermoblock-train-grow-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let ckpt = dir.join("two.ckpt");
    let two = Recipe { blocks: vec![[4, 6, 4], [4, 5, 3]], gibbs_epochs: 0, ..recipe() };
    let mut src = Trainer::new(two, 1, 10)?;
    src.epoch(&train, &test, &mut quiet)?;
    src.save_checkpoint(&ckpt)?;
    let stored = (std::fs::read(&ckpt)?, std::fs::read(state_path(&ckpt))?);

    // Two blocks inserted before the last: matched from the left, [4, 6, 4] is the checkpoint's.
    let deeper = Recipe { blocks: vec![[4, 6, 4], [4, 7, 4], [4, 5, 4], [4, 5, 3]], ..recipe() };
    let mut grown = Trainer::grow(&ckpt, deeper.clone(), 1, 10)?;
    assert_eq!(grown.epoch, 0);
    assert_eq!(grown.grown_from.as_ref().map(|g| g.new_blocks.clone()), Some(vec![1, 2]));
    let (a, b) = (Network::new(src.export((4, 4))?)?, Network::new(grown.export((4, 4))?)?);
    assert_eq!(b.blocks().len(), 4);
    for i in 0..test.len() {
        let image = test.image(i);
        assert_eq!(a.logits_ff(image, 8, 8)?, b.logits_ff(image, 8, 8)?, "test image {i}");
    }

    grown.epoch(&train, &test, &mut quiet)?;
    let k2 = &grown.export((4, 4))?.blocks[1].k2;
    assert!(k2.w.iter().any(|&w| w != 0.0), "the new block did not learn");
    assert!(grown.export((4, 4))?.metadata["grown_from"].contains("\"new_blocks\":[1,2]"));
    let saved = dir.join("grown.ckpt");
    grown.save_checkpoint(&saved)?;
    assert_eq!(Trainer::resume(&saved, 1, 10)?.grown_from, grown.grown_from, "the origin survives a checkpoint");

    // Refused, naming why.
    let refuse = |blocks: Vec<[usize; 3]>| {
        format!("{:#}", Trainer::grow(&ckpt, Recipe { blocks, ..recipe() }, 1, 10).err().expect("refused"))
    };
    let e = refuse(vec![[4, 6, 4], [4, 5, 2], [2, 5, 3]]);
    assert!(e.contains("new block 1 [4, 5, 2] changes its channel count"), "{e}");
    let e = refuse(vec![[4, 6, 4], [4, 7, 4]]);
    assert!(e.contains("do not hold checkpoint") && e.contains("[[4, 6, 4], [4, 5, 3]]"), "{e}");
    let e = format!("{:#}", Trainer::grow(&ckpt, Recipe { kernel: 5, ..deeper }, 1, 10).err().expect("refused"));
    assert!(e.contains("kernel 3 vs 5"), "{e}");

    assert_eq!((std::fs::read(&ckpt)?, std::fs::read(state_path(&ckpt))?), stored, "the checkpoint changed");
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

#[test]
fn augmentation_changes_what_is_trained() -> anyhow::Result<()> {
    let (train, test) = (fixture(96, 1), fixture(32, 2));
    let plain = Recipe { augment: Augment::default(), ..recipe() };
    let (mut a, mut b) = (Trainer::new(recipe(), 1, 10)?, Trainer::new(plain, 1, 10)?);
    a.epoch(&train, &test, &mut quiet)?;
    b.epoch(&train, &test, &mut quiet)?;
    assert_ne!(a.export((4, 4))?.blocks, b.export((4, 4))?.blocks, "the recipe's augmentation was not applied");
    Ok(())
}

#[test]
fn the_gibbs_path_cross_entropy_is_applied_in_the_gibbs_epochs() -> anyhow::Result<()> {
    let (train, test) = (fixture(96, 1), fixture(32, 2));
    let with = Recipe { lambda_gibbs_ce: 1.0, ..recipe() };
    let (mut a, mut b) = (Trainer::new(recipe(), 1, 10)?, Trainer::new(with, 1, 10)?);
    for _ in 0..2 {
        a.epoch(&train, &test, &mut quiet)?;
        b.epoch(&train, &test, &mut quiet)?;
    }
    // The feed-forward epoch does not use it; the Gibbs epoch does, and measures it.
    assert_eq!(b.history[0].gibbs_ce, 0.0);
    assert_eq!(a.history[1].gibbs_ce, 0.0);
    assert!(b.history[1].gibbs_ce > 0.0, "{:?}", b.history[1]);
    let (ma, mb) = (a.export((4, 4))?, b.export((4, 4))?);
    assert_ne!(ma.decoder, mb.decoder, "the decoder did not learn from the Gibbs path");
    Ok(())
}

/// With `gibbs_ce_through_blocks` on two blocks, the last block's term has weight λ/2 and the first
/// block's samples go through the second block with weight λ/2: the run is not the last-block-only
/// run at λ/2, and the first block's term reaches the second block.
#[test]
fn the_gibbs_path_cross_entropy_through_the_blocks() -> anyhow::Result<()> {
    let (train, test) = (fixture(96, 5), fixture(32, 6));
    let half = Recipe { blocks: vec![[4, 6, 4], [4, 5, 3]], lambda_gibbs_ce: 0.5, ..recipe() };
    let through = Recipe { gibbs_ce_through_blocks: true, lambda_gibbs_ce: 1.0, ..half.clone() };
    let (mut a, mut b) = (Trainer::new(half, 1, 10)?, Trainer::new(through, 1, 10)?);
    for _ in 0..2 {
        a.epoch(&train, &test, &mut quiet)?;
        b.epoch(&train, &test, &mut quiet)?;
    }
    assert!(a.history[1].gibbs_ce > 0.0 && b.history[1].gibbs_ce > 0.0);
    let (ma, mb) = (a.export((4, 4))?, b.export((4, 4))?);
    assert_ne!(ma.blocks[1], mb.blocks[1], "the first block's samples did not go through the second block");
    Ok(())
}

/// The largest relative difference between the trained network's logits (candle) and the exported
/// model's (`thermoblock_sim`) on `test`.
fn export_mismatch(t: &Trainer, test: &Dataset) -> anyhow::Result<f32> {
    let net = Network::new(t.export((4, 4))?)?;
    let idx: Vec<usize> = (0..test.len()).collect();
    let (images, _) = thermoblock_train::trainer::batch(test, &idx, &candle_core::Device::Cpu)?;
    let logits: Vec<Vec<f32>> = t.net.forward(&images)?.logits.to_vec2()?;
    let mut worst = 0.0f32;
    for (i, want) in logits.iter().enumerate() {
        let got = net.logits_ff(test.image(i), test.rows, test.cols)?;
        for (g, w) in got.iter().zip(want) {
            worst = worst.max((g - w).abs() / w.abs().max(1.0));
        }
    }
    Ok(worst)
}

#[test]
fn the_exported_model_computes_what_was_trained() -> anyhow::Result<()> {
    let (train, test) = (fixture(256, 3), fixture(64, 4));
    let mut t = Trainer::new(Recipe { ff_epochs: 3, gibbs_epochs: 1, ..recipe() }, 1, 10)?;
    for _ in 0..4 {
        t.epoch(&train, &test, &mut quiet)?;
    }
    let worst = export_mismatch(&t, &test)?;
    assert!(worst < 1e-4, "sim and candle logits differ by {worst} (relative)");
    // The fixture is learnable: well above chance (25%; one standard error is 5.4% on 64 images).
    assert!(t.history[3].test_ff_accuracy > 0.6, "{:?}", t.history);
    Ok(())
}

/// A stack of two blocks: both get a fixed-point loss in Gibbs regularization, and the export (the
/// second block fed by the first's spins) computes what was trained.
#[test]
fn a_stack_of_blocks_trains_and_exports() -> anyhow::Result<()> {
    let (train, test) = (fixture(96, 5), fixture(32, 6));
    let two = Recipe { blocks: vec![[4, 6, 4], [4, 5, 3]], ..recipe() };
    let mut t = Trainer::new(two, 1, 10)?;
    for _ in 0..2 {
        t.epoch(&train, &test, &mut quiet)?;
    }
    assert_eq!(t.history[1].phase, "gibbs");
    let fp = &t.history[1].fp_blocks;
    assert!(fp.len() == 2 && fp.iter().all(|&f| f > 0.0), "both blocks have a fixed-point loss: {fp:?}");
    assert!((fp[0] + fp[1] - t.history[1].fp).abs() < 1e-9);
    let model = t.export((4, 4))?;
    assert_eq!(model.blocks.len(), 2);
    let worst = export_mismatch(&t, &test)?;
    assert!(worst < 1e-4, "sim and candle logits differ by {worst} (relative)");
    Ok(())
}

/// `fp_images`: the whole batch is the default (so `fp_images = batch` is the same run bit for
/// bit), and a subset still gives every block a fixed-point loss.
#[test]
fn the_fixed_point_loss_on_a_subset_of_each_batch() -> anyhow::Result<()> {
    let (train, test) = (fixture(64, 7), fixture(16, 8));
    let run = |fp_images: usize| -> anyhow::Result<Trainer> {
        let mut t = Trainer::new(Recipe { ff_epochs: 0, gibbs_epochs: 1, fp_images, ..recipe() }, 1, 10)?;
        t.epoch(&train, &test, &mut quiet)?;
        Ok(t)
    };
    let (all, batch, subset) = (run(0)?, run(16)?, run(4)?);
    assert_eq!(all.export((4, 4))?.blocks, batch.export((4, 4))?.blocks);
    assert_eq!(all.history[0].fp, batch.history[0].fp);
    assert!(subset.history[0].fp > 0.0);
    assert_ne!(subset.history[0].fp, all.history[0].fp, "the subset's loss is a different estimate");
    Ok(())
}
