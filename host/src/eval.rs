//! Classifying a data set with a whole network: encoder and decoder on the host, every block on a
//! [`Backend`]. `thermoblock eval` and `thermoblock grid` are this module plus printing.
//!
//! Image `i` of the split (its index there, from 0, whatever `--skip` left out) runs block `b`
//! with the seed `network::image_seed(seed, i, b)`, through [`Backend::sample_seeded`], so a
//! prediction depends only on the run seed and the image's index: not on the batch size, the
//! threads, the backend's batching or which part of the split was evaluated (tested).

use std::time::Instant;

use anyhow::Context;
use thermoblock_contract::Spins;
use thermoblock_sim::network::{argmax, chain_seed, image_seed, softmax};
use thermoblock_sim::{Dataset, GibbsConfig, Network};

use crate::backend::{Backend, Progress};

/// Images per backend call when none is given: enough to keep every thread busy, small enough
/// that the per-image readouts (spin means of both layers) stay a few tens of MB.
pub const DEFAULT_BATCH: usize = 128;

/// Predictions for every image of a set, and how long they took.
#[derive(Clone, Debug, PartialEq)]
pub struct Predictions {
    pub classes: Vec<usize>,
    pub elapsed_s: f64,
}

impl Predictions {
    /// How many predictions equal the data set's labels.
    pub fn correct(&self, data: &Dataset) -> usize {
        self.classes.iter().enumerate().filter(|&(i, &c)| c == data.label(i)).count()
    }

    /// The fraction of correct predictions (0 for an empty set).
    pub fn accuracy(&self, data: &Dataset) -> f64 {
        self.correct(data) as f64 / self.classes.len().max(1) as f64
    }
}

/// Checks that `net` can classify `data`: the decoder has the set's classes, the image size fits
/// the encoder and the model's grid. Returns the blocks' grid.
pub fn check(net: &Network, data: &Dataset) -> anyhow::Result<(usize, usize)> {
    if net.classes() != data.classes {
        anyhow::bail!(
            "the model's decoder has {} classes but {} has {}: it was not made for this data set",
            net.classes(),
            data.kind,
            data.classes
        );
    }
    if net.encoder().channels() != 1 {
        anyhow::bail!(
            "the model's encoder takes C_img = {} image channels but {} images have 1",
            net.encoder().channels(),
            data.kind
        );
    }
    net.grid(data.rows, data.cols).with_context(|| format!("{} images are {}x{}", data.kind, data.rows, data.cols))
}

/// Feed-forward classes of every image (every block outputs `sign(z2)`).
pub fn feed_forward(net: &Network, data: &Dataset) -> anyhow::Result<Predictions> {
    let start = Instant::now();
    let classes = net.classify_ff_batch(&data.images, data.rows, data.cols)?;
    Ok(Predictions { classes, elapsed_s: start.elapsed().as_secs_f64() })
}

/// Classes under Gibbs sampling: `batch` images at a time are encoded, each block samples them on
/// `backend` (its output spins, the average-and-sign readout, feed the next block), and the
/// decoder classifies the last block's output. `cfg.seed` is the run seed; image `i` of the split
/// (`data.first` plus its index in `data`) uses `image_seed(cfg.seed, i, block)`. `progress(n)` is
/// told of every `n` sweeps done.
///
/// With `chains > 1` every image runs through the whole network that many times, chain `c` seeded
/// `image_seed(chain_seed(cfg.seed, c), i, block)`, and the class is the argmax of the decoder's
/// softmax averaged over the chains (an ensemble over the thermal noise; `chains` times the
/// sweeps). One chain is exactly the plain run.
pub fn gibbs(
    net: &Network,
    data: &Dataset,
    backend: &mut dyn Backend,
    cfg: &GibbsConfig,
    batch: usize,
    chains: usize,
    progress: Progress<'_>,
) -> anyhow::Result<Predictions> {
    cfg.validate()?;
    anyhow::ensure!(batch >= 1, "the batch size must be at least 1");
    anyhow::ensure!(chains >= 1, "the number of chains per image must be at least 1");
    // Classification reads the output spins only.
    backend.set_readout(crate::backend::Readout::Signs);
    let start = Instant::now();
    let mut classes = Vec::with_capacity(data.len());
    let len = data.image_len();
    let run_seeds: Vec<u64> = (0..chains).map(|c| chain_seed(cfg.seed, c)).collect();
    for first in (0..data.len()).step_by(batch) {
        let n = batch.min(data.len() - first);
        let encoded = net.encode_batch(&data.images[first * len..][..n * len], data.rows, data.cols)?;
        // Entry `k * chains + c` is image `first + k`, chain `c`.
        let mut layer: Vec<Spins> = encoded.iter().flat_map(|x| std::iter::repeat_n(x, chains).cloned()).collect();
        // Seeds follow the image's index in the split, so parts of a split compose.
        let split_index = data.first + first;
        for (b, block) in net.blocks().iter().enumerate() {
            let seeds: Vec<u64> = (split_index..split_index + n)
                .flat_map(|i| run_seeds.iter().map(move |&s| image_seed(s, i as u64, b)))
                .collect();
            let results = backend
                .sample_seeded(block, &layer, cfg, &seeds, progress)
                .with_context(|| format!("block {b} on backend {}", backend.name()))?;
            layer = results.into_iter().map(|r| r.output).collect();
        }
        for outputs in layer.chunks(chains) {
            // One chain: the logits' argmax itself (a softmax could round two logits to a tie).
            if chains == 1 {
                classes.push(net.classify_output(&outputs[0])?);
                continue;
            }
            let mut mean = vec![0f32; net.classes()];
            for y in outputs {
                for (m, p) in mean.iter_mut().zip(softmax(&net.decode(y)?)) {
                    *m += p;
                }
            }
            classes.push(argmax(&mean));
        }
    }
    Ok(Predictions { classes, elapsed_s: start.elapsed().as_secs_f64() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::{Chip, NO_PROGRESS, Reference};
    use thermoblock_contract::config::ECP5;
    use thermoblock_sim::dataset::{DatasetKind, Split};
    use thermoblock_sim::network::random_network;
    use thermoblock_sim::random::RandomBlockSpec;

    fn data(n: usize) -> Dataset {
        let images: Vec<u8> = (0..n * 64).map(|i| ((i * 7919) % 256) as u8).collect();
        Dataset {
            kind: DatasetKind::Mnist,
            split: Split::Test,
            rows: 8,
            cols: 8,
            images,
            labels: (0..n).map(|i| (i % 3) as u8).collect(),
            classes: 10,
            files: Default::default(),
            first: 0,
        }
    }

    /// A random two-block network (2 -> 2 -> 3 channels) for 8x8 images.
    fn two_blocks(seed: u64) -> Network {
        let spec = RandomBlockSpec { c0: 2, c1: 3, c2: 2, kernel: 3, coupling: 1.0 };
        let spec2 = RandomBlockSpec { c0: 2, c1: 2, c2: 3, kernel: 3, coupling: 1.0 };
        random_network(&[spec, spec2], 1, 3, 2, 10, seed).unwrap()
    }

    /// The last block's output for image `i` of `d`, every block sampled directly with the seed
    /// `image_seed(run_seed, i, b)`.
    fn by_hand(net: &Network, d: &Dataset, i: usize, run_seed: u64, cfg: &GibbsConfig) -> Spins {
        let mut y = net.encode(d.image(i), 8, 8).unwrap();
        for (b, block) in net.blocks().iter().enumerate() {
            let c = GibbsConfig { seed: image_seed(run_seed, i as u64, b), ..*cfg };
            y = thermoblock_sim::gibbs::sample(block, &y, &c).unwrap().output;
        }
        y
    }

    #[test]
    fn predictions_do_not_depend_on_the_batch_size() {
        let net = two_blocks(3);
        let d = data(9);
        let cfg = GibbsConfig { seed: 7, ..GibbsConfig::new(0.6, 12) };
        for backend in [&mut Reference as &mut dyn Backend, &mut Chip { config: ECP5 }] {
            let whole = gibbs(&net, &d, backend, &cfg, 100, 1, NO_PROGRESS).unwrap();
            let ones = gibbs(&net, &d, backend, &cfg, 1, 1, NO_PROGRESS).unwrap();
            let fours = gibbs(&net, &d, backend, &cfg, 4, 1, NO_PROGRESS).unwrap();
            assert_eq!(whole.classes, ones.classes, "{}", backend.name());
            assert_eq!(whole.classes, fours.classes, "{}", backend.name());
            assert_eq!(whole.classes.len(), 9);
        }
        // By hand for image 5 on the reference backend: block b with image_seed(7, 5, b).
        let y = by_hand(&net, &d, 5, 7, &cfg);
        let whole = gibbs(&net, &d, &mut Reference, &cfg, 4, 1, NO_PROGRESS).unwrap();
        assert_eq!(whole.classes[5], net.classify_output(&y).unwrap());
        let ff = feed_forward(&net, &d).unwrap();
        assert_eq!(ff.classes[5], net.classify_ff(d.image(5), 8, 8).unwrap());
        assert_eq!(ff.correct(&d), (0..9).filter(|&i| ff.classes[i] == d.label(i)).count());
    }

    #[test]
    fn parts_of_a_split_add_up_to_the_whole() {
        let net = two_blocks(4);
        let d = data(10);
        let cfg = GibbsConfig { seed: 2, ..GibbsConfig::new(0.7, 8) };
        for chains in [1, 2] {
            let whole = gibbs(&net, &d, &mut Reference, &cfg, 3, chains, NO_PROGRESS).unwrap();
            let mut parts = Vec::new();
            for (skip, limit) in [(0, 4), (4, 3), (7, 3)] {
                let mut part = d.clone();
                part.skip(skip);
                part.truncate(limit);
                assert_eq!(part.first, skip);
                parts.extend(gibbs(&net, &part, &mut Reference, &cfg, 2, chains, NO_PROGRESS).unwrap().classes);
            }
            assert_eq!(parts, whole.classes, "{chains} chain(s)");
        }
    }

    #[test]
    fn several_chains_average_the_decoder_softmax() {
        let net = two_blocks(5);
        let d = data(7);
        let cfg = GibbsConfig { seed: 11, ..GibbsConfig::new(0.8, 6) };
        let three = gibbs(&net, &d, &mut Reference, &cfg, 100, 3, NO_PROGRESS).unwrap();
        let three_by_two = gibbs(&net, &d, &mut Reference, &cfg, 2, 3, NO_PROGRESS).unwrap();
        assert_eq!(three.classes, three_by_two.classes);
        // By hand: chain c of image i runs block b seeded image_seed(chain_seed(11, c), i, b).
        let averaged = |i: usize| {
            let mut mean = [0f32; 10];
            for c in 0..3 {
                let logits = net.decode(&by_hand(&net, &d, i, chain_seed(11, c), &cfg)).unwrap();
                let z: f32 = logits.iter().map(|l| l.exp()).sum();
                for (m, l) in mean.iter_mut().zip(&logits) {
                    *m += l.exp() / z;
                }
            }
            argmax(&mean)
        };
        assert_eq!(three.classes, (0..7).map(averaged).collect::<Vec<_>>());
        // Chain 0 is the plain run's chain.
        let one = gibbs(&net, &d, &mut Reference, &cfg, 4, 1, NO_PROGRESS).unwrap();
        let plain = gibbs(&net, &d, &mut Reference, &GibbsConfig { seed: chain_seed(11, 0), ..cfg }, 4, 1, NO_PROGRESS);
        assert_eq!(one.classes, plain.unwrap().classes);
        assert!(gibbs(&net, &d, &mut Reference, &cfg, 4, 0, NO_PROGRESS).is_err());
    }

    #[test]
    fn check_names_what_does_not_fit() {
        let spec = RandomBlockSpec { c0: 2, c1: 3, c2: 2, kernel: 3, coupling: 1.0 };
        let net = random_network(&[spec], 1, 3, 2, 3, 3).unwrap();
        let err = check(&net, &data(2)).unwrap_err().to_string();
        assert!(err.contains("3 classes but mnist has 10"), "{err}");
        let mut model = random_network(&[spec], 1, 3, 2, 10, 3).unwrap().model;
        model.metadata.insert("grid".into(), "5x5".into());
        let net = Network::new(model).unwrap();
        let err = format!("{:#}", check(&net, &data(2)).unwrap_err());
        assert!(err.contains("8x8") && err.contains("4x4 grid") && err.contains("5x5"), "{err}");
    }
}
