//! Criterion benchmarks of the Verilator models driven from Rust.
//!
//! `cargo bench -p thermoblock-rtl --bench verilated`. Throughput is reported in clock cycles per
//! second (criterion's elements/s): one element is one `tick` (clock low, eval, clock high, eval),
//! each an FFI call into the C++ model.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use thermoblock_rtl::{LaneRngRtl, PBitRtl};
use thermoblock_sim::chip::rng::lane_seed;

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

criterion_group!(benches, lane_rng, pbit);
criterion_main!(benches);
