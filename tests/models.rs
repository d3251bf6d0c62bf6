//! The checked-in models (`models/`): each loads, is a whole network (encoder, blocks, decoder)
//! on the grid its metadata names and classifies through finite logits. The MNIST model, as the
//! training issue requires, has at most 100k parameters and fits the `ecp5` chip (every block
//! quantizes); the Fashion-MNIST model's blocks are wider than `ecp5` takes, and the chip says so.
//! The accuracy figures need the data sets and are measured by `make eval-mnist` and
//! `make eval-fashion-mnist` (docs/MODELS.md).

use std::path::PathBuf;
use thermoblock_sim::chip::quantize::quantize;

use thermoblock_contract::ChipConfig;
use thermoblock_sim::model::Model;
use thermoblock_sim::network::Network;

fn model(name: &str) -> Network {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../models").join(name);
    let model = Model::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Network::new(model).unwrap_or_else(|e| panic!("{}: not a whole network: {e}", path.display()))
}

/// `net` runs on the model's 14x14 grid and a blank image classifies to one of 10 classes through
/// finite logits. Returns the parameter count.
fn whole_network(net: &Network) -> usize {
    let (h, w) = net.model_grid().expect("grid metadata").expect("a grid");
    assert_eq!((h, w), (14, 14), "28x28 images at encoder stride 2");
    let logits = net.logits_ff(&[0u8; 28 * 28], 28, 28).unwrap();
    assert_eq!(logits.len(), 10);
    assert!(logits.iter().all(|v| v.is_finite()));
    let (enc, dec) = (net.encoder(), net.decoder());
    enc.weight.w.len()
        + enc.bias.len()
        + dec.weight.len()
        + dec.bias.len()
        + net.blocks().iter().map(|b| b.stats(1, 1).parameters).sum::<usize>()
}

#[test]
fn the_mnist_model_fits_the_ecp5_chip() {
    let net = model("mnist.safetensors");
    assert_eq!(net.blocks().len(), 1, "one thermodynamic block");
    let params = whole_network(&net);
    assert!(params <= 100_000, "{params} parameters; the issue allows about 100k");
    let ecp5 = ChipConfig::named("ecp5").unwrap();
    if let Err(e) = quantize(&net.blocks()[0], &ecp5, 14, 14) {
        panic!("the block does not run on ecp5: {e}");
    }
}

#[test]
fn the_fashion_mnist_model_is_three_blocks_too_wide_for_ecp5() {
    let net = model("fashion-mnist.safetensors");
    let shapes: Vec<_> = net.blocks().iter().map(|b| (b.c0(), b.c1(), b.c2())).collect();
    assert_eq!(shapes, [(64, 96, 64), (64, 96, 64), (64, 96, 128)]);
    assert_eq!(whole_network(&net), 407_658);
    // It runs on the reference sampler; the chip refuses it and names the limit.
    let ecp5 = ChipConfig::named("ecp5").unwrap();
    let e = quantize(&net.blocks()[0], &ecp5, 14, 14).map(|_| ()).unwrap_err().to_string();
    assert!(e.contains("C0 (input channels) = 64") && e.contains("at most 32"), "{e}");
}
