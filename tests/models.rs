//! The checked-in models (`models/`): each loads, is a whole network (encoder, blocks, decoder)
//! on the grid its metadata names, and — for MNIST, as the training issue requires — has at most
//! 100k parameters and fits the `ecp5` chip (every block quantizes). The accuracy figures need the
//! data sets and are measured by `make eval-mnist` (README "Training").

use std::path::PathBuf;

use thermoblock_sim::chip::ChipConfig;
use thermoblock_sim::chip::quantize::ChipImage;
use thermoblock_sim::model::Model;
use thermoblock_sim::network::Network;

fn model(name: &str) -> Network {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../models").join(name);
    let model = Model::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Network::new(model).unwrap_or_else(|e| panic!("{}: not a whole network: {e}", path.display()))
}

#[test]
fn the_mnist_model_fits_the_ecp5_chip() {
    let net = model("mnist.safetensors");
    let (h, w) = net.model_grid().expect("grid metadata").expect("a grid");
    assert_eq!((h, w), (14, 14), "MNIST's 28x28 images at encoder stride 2");
    let ecp5 = ChipConfig::named("ecp5").unwrap();
    for (i, block) in net.blocks().iter().enumerate() {
        if let Err(e) = ChipImage::new(block, &ecp5, h, w) {
            panic!("block {i} does not run on ecp5: {e:?}");
        }
    }
    let (enc, dec) = (net.encoder(), net.decoder());
    let params = enc.weight.w.len()
        + enc.bias.len()
        + dec.weight.len()
        + dec.bias.len()
        + net.blocks().iter().map(|b| b.stats(1, 1).parameters).sum::<usize>();
    assert!(params <= 100_000, "{params} parameters; the issue allows about 100k");
    // A blank image classifies to a class, through finite logits.
    let logits = net.logits_ff(&[0u8; 28 * 28], 28, 28).unwrap();
    assert_eq!(logits.len(), 10);
    assert!(logits.iter().all(|v| v.is_finite()));
}
