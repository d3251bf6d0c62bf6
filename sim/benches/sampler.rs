//! Criterion benchmarks of the reference sampler.
//!
//! `cargo bench -p thermoblock-sim --bench sampler` (or `make bench`). The MNIST-sized block is
//! C0 = 32, C1 = C2 = 64 on 14x14 with 3x3 kernels: 25,088 spin updates and 13.1M coupling
//! additions per sweep. Throughput is reported in spin updates per second.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use thermoblock_sim::gibbs::{Chain, GibbsConfig, Init, sample_batch};
use thermoblock_sim::plan::BlockPlan;
use thermoblock_sim::random::{RandomBlockSpec, chain_rng, random_block, random_spins};

fn sweeps(c: &mut Criterion) {
    let mut group = c.benchmark_group("sweep");
    for (name, spec, h, w) in [
        ("mnist_block_14x14", RandomBlockSpec::MNIST, 14, 14),
        ("tiny_block_3x3", RandomBlockSpec { c0: 2, c1: 2, c2: 2, kernel: 3, coupling: 1.0 }, 3, 3),
    ] {
        let block = random_block(&spec, 1).unwrap();
        let x = random_spins(spec.c0, h, w, 1);
        let plan = BlockPlan::new(&block, h, w);
        let mut chain = Chain::new(&plan, &x, 0.5, Init::Random, chain_rng(1, 0));
        group.throughput(Throughput::Elements(((spec.c1 + spec.c2) * h * w) as u64));
        group.bench_function(name, |b| b.iter(|| black_box(&mut chain).sweep()));
    }
    group.finish();
}

fn batch(c: &mut Criterion) {
    // One 100-sweep run per worker thread: the throughput view, including clamping and readout.
    let spec = RandomBlockSpec::MNIST;
    let block = random_block(&spec, 1).unwrap();
    let threads = rayon::current_num_threads();
    let xs: Vec<_> = (0..threads as u64).map(|i| random_spins(spec.c0, 14, 14, i)).collect();
    let cfg = GibbsConfig { delta: 0.5, sweeps: 100, burn_in: None, init: Init::Random, seed: 1 };
    let mut group = c.benchmark_group("sample_batch");
    group.sample_size(10);
    group.throughput(Throughput::Elements((threads * 100 * (spec.c1 + spec.c2) * 14 * 14) as u64));
    group.bench_function(format!("mnist_block_100_sweeps_x{threads}_chains"), |b| {
        b.iter(|| sample_batch(&block, black_box(&xs), &cfg).unwrap())
    });
    group.finish();
}

criterion_group!(benches, sweeps, batch);
criterion_main!(benches);
