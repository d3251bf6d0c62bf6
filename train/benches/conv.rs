//! Criterion benchmark of the blocks' convolution: one training step's worth of it (forward, then
//! the gradients of input and kernel) with [`conv_same`] against candle's `conv2d` and its
//! autograd, in the same process.
//!
//! `cargo bench -p thermoblock-train --bench conv` (or `make bench`). The layer is `K1` of a
//! 64/96/64 block (those of `models/fashion-mnist.safetensors`) on the 14x14 grid at the trainer's
//! batch of 64; `K2` of a 32/96/32 block (the first Fashion-MNIST model's) is the second case.

use std::hint::black_box;

use candle_core::{Device, Result, Tensor, Var};
use criterion::{Criterion, criterion_group, criterion_main};
use thermoblock_train::conv::conv_same;

/// Forward, then backward of `Σ g ⊙ y`: the kernel's gradient (what training needs).
fn step(conv: impl Fn(&Tensor, &Tensor) -> Result<Tensor>, x: &Var, k: &Var, g: &Tensor) -> Tensor {
    let grads = (conv(x, k).unwrap() * g).unwrap().sum_all().unwrap().backward().unwrap();
    grads.get(k).unwrap().clone()
}

fn train_step(c: &mut Criterion) {
    let dev = Device::Cpu;
    let mut group = c.benchmark_group("conv_train_step");
    group.sample_size(20);
    for (name, c_in, c_out) in [("k1_64_to_96", 64, 96), ("k2_96_to_32", 96, 32)] {
        let x = Var::from_tensor(&Tensor::randn(0f32, 1.0, (64, c_in, 14, 14), &dev).unwrap()).unwrap();
        let k = Var::from_tensor(&Tensor::randn(0f32, 0.1, (c_out, c_in, 3, 3), &dev).unwrap()).unwrap();
        let g = Tensor::randn(0f32, 1.0, (64, c_out, 14, 14), &dev).unwrap();
        group.bench_function(format!("{name}/candle_conv2d"), |b| {
            b.iter(|| step(|x, k| x.conv2d(k, 1, 1, 1, 1), black_box(&x), &k, &g))
        });
        group.bench_function(format!("{name}/conv_same"), |b| b.iter(|| step(conv_same, black_box(&x), &k, &g)));
    }
    group.finish();
}

criterion_group!(benches, train_step);
criterion_main!(benches);
