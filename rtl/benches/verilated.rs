//! Criterion benchmarks of the Verilator models driven from Rust.
//!
//! `cargo bench -p thermoblock-rtl --bench verilated`. Throughput is reported in clock cycles per
//! second (criterion's elements/s): one element is one `tick` (clock low, eval, clock high, eval),
//! for the units each an FFI call into the C++ model; the whole chip (`chip/ice40`, `chip/ecp5`)
//! runs a small block end to end (bus setup, run, readout), its clock loops in C++.

use std::hint::black_box;
use thermoblock_sim::chip::quantize::quantize;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use thermoblock_contract::config::{ECP5, ICE40};
use thermoblock_contract::rng::lane_seed;
use thermoblock_contract::run::ChipRun;
use thermoblock_rtl::{ChipRtl, LaneRngRtl, PBitRtl};
use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

/// Cycles per measured iteration.
const CYCLES: u64 = 100_000;

fn lane_rng(c: &mut Criterion) {
    let mut group = c.benchmark_group("lane_rng");
    group.throughput(Throughput::Elements(CYCLES));
    let mut dut = LaneRngRtl::new();
    dut.load(lane_seed(1, 0));
    dut.set_step(true);
    // The bare clock: `step` held high, one FFI call per cycle.
    group.bench_function("tick", |b| {
        b.iter(|| {
            for _ in 0..CYCLES {
                dut.tick();
            }
            black_box(dut.state())
        })
    });
    // What a lockstep test pays: drive the ports, clock, read the state (four FFI calls per cycle).
    group.bench_function("step_and_read", |b| b.iter(|| (0..CYCLES).fold(0, |acc, _| acc ^ dut.step())));
    group.finish();
}

fn pbit(c: &mut Criterion) {
    let mut group = c.benchmark_group("pbit");
    group.throughput(Throughput::Elements(CYCLES));
    let mut dut = PBitRtl::new();
    // Drive field and r, clock, read spin: four FFI calls per cycle.
    group.bench_function("sample", |b| {
        b.iter(|| (0..CYCLES).fold(0u32, |acc, i| acc + u32::from(dut.sample(i as i16, (i * 40_503) as u16))))
    });
    group.finish();
}

fn chip(c: &mut Criterion) {
    let mut group = c.benchmark_group("chip");
    group.sample_size(10);
    let block = random_block(&RandomBlockSpec { c0: 4, c1: 8, c2: 8, kernel: 3, coupling: 1.0 }, 1).unwrap();
    let x = random_spins(4, 4, 4, 1);
    let run = ChipRun { delta: 0.8, sweeps: 4, burn_in: 1, seed: 1 };
    for config in [ICE40, ECP5] {
        let (image, _) = quantize(&block, &config, 4, 4).unwrap();
        let mut dut = ChipRtl::new(config).unwrap();
        dut.run(&image, &x, &run, None).unwrap();
        group.throughput(Throughput::Elements(dut.last_run().unwrap().total_cycles()));
        group.bench_function(config.name, |b| b.iter(|| black_box(dut.run(&image, &x, &run, None).unwrap())));
    }
    group.finish();
}

criterion_group!(benches, lane_rng, pbit, chip);
criterion_main!(benches);
