//! The verilated chip against the bit-exact chip model, half-sweep by half-sweep (chip issue).
//!
//! Each case quantizes a random block for a configuration and grid, runs it on the chip model
//! (`ChipModel::run_observed`, recording both layers after every half-sweep) and on the RTL
//! (`ChipRtl::run`: the generated Verilog of the whole chip under Verilator, driven through its bus,
//! its layers rebuilt from the spin-memory monitor), then compares, in this order: the clamp pass's
//! start spins, every half-sweep's layer (the first difference is reported with its sweep, layer,
//! channel and position), and the read-back `ChipResult` (output, means, hidden means, cycles)
//! exactly. The shapes are the ones where a hardware schedule goes wrong: a partial last lane group
//! (`C` not a multiple of `P`), 1x1 and 3x3 kernels, tiny grids where a phase's first read meets
//! the previous phase's last write (1x1, 1x2, 2x3), non-square grids, the largest block each
//! configuration holds, burn-in at or past the sweep count (sums read 0), and back-to-back runs on one
//! chip. Planted bugs (a lane permutation, one changed lane seed, a changed delta) must be caught.
//!
//! `ecp5_runs_an_mnist_sized_block` is the check that the `ecp5` configuration runs the
//! MNIST-sized block (C0 32, C1 64, C2 64, 14x14) in the RTL, with its cycles per sweep within 15% of
//! the roofline.

use thermoblock_contract::Spins;
use thermoblock_contract::config::{ChipConfig, ECP5, ICE40, ICE40_UP5K};
use thermoblock_contract::registers;
use thermoblock_contract::rng::{LaneRng, lanes};
use thermoblock_contract::run::{ChipResult, ChipRun, Layer};
use thermoblock_rtl::{ChipRtl, RtlError};
use thermoblock_sim::chip::model::ChipModel;
use thermoblock_sim::chip::quantize::quantize;
use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

/// One lockstep case: a random block of `spec` on an `h x w` grid.
#[derive(Clone, Copy, Debug)]
struct Case {
    config: ChipConfig,
    c0: usize,
    c1: usize,
    c2: usize,
    kernel: usize,
    h: usize,
    w: usize,
    run: ChipRun,
}

impl Case {
    fn new(config: ChipConfig, [c0, c1, c2]: [usize; 3], kernel: usize, (h, w): (usize, usize), seed: u64) -> Self {
        Self { config, c0, c1, c2, kernel, h, w, run: ChipRun { delta: 0.8, sweeps: 4, burn_in: 1, seed } }
    }

    fn run(mut self, delta: f32, sweeps: u32, burn_in: u32) -> Self {
        self.run = ChipRun { delta, sweeps, burn_in, seed: self.run.seed };
        self
    }

    /// The model of the case's block (seeded by the run seed) and its input.
    fn model(&self) -> (ChipModel, Spins) {
        let spec = RandomBlockSpec { c0: self.c0, c1: self.c1, c2: self.c2, kernel: self.kernel, coupling: 1.5 };
        let block = random_block(&spec, self.run.seed).expect("a valid random block");
        let (image, _) = quantize(&block, &self.config, self.h, self.w).expect("the case fits its chip");
        let x = random_spins(self.c0, self.h, self.w, self.run.seed ^ 0x5EED);
        (ChipModel::new(image, self.config, self.h, self.w), x)
    }
}

impl std::fmt::Display for Case {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let r = &self.run;
        write!(
            f,
            "{}: C0 {} C1 {} C2 {}, {k}x{k} kernels, {}x{} grid, delta {}, {} sweeps (burn-in {}), seed {}",
            self.config.name,
            self.c0,
            self.c1,
            self.c2,
            self.h,
            self.w,
            r.delta,
            r.sweeps,
            r.burn_in,
            r.seed,
            k = self.kernel
        )
    }
}

/// Where the RTL first left the model.
#[derive(Debug)]
enum Divergence {
    /// The RTL broke its port contract.
    Rtl(RtlError),
    /// A start spin of the clamp pass.
    Start {
        layer: Layer,
        channel: usize,
        pos: (usize, usize),
        expected: i8,
        got: i8,
    },
    /// A half-sweep's layer (the first differing spin), or its sweep/layer order.
    HalfSweep {
        sweep: u32,
        layer: Layer,
        channel: usize,
        pos: (usize, usize),
        expected: i8,
        got: i8,
    },
    Order {
        index: usize,
        expected: (u32, Layer),
        got: (u32, Layer),
    },
    /// The RTL observed more or fewer half-sweeps.
    Count {
        expected: usize,
        got: usize,
    },
    /// The read-back result.
    Result {
        field: &'static str,
        detail: String,
    },
}

impl std::fmt::Display for Divergence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Rtl(e) => write!(f, "the RTL failed: {e}"),
            Self::Start { layer, channel, pos, expected, got } => write!(
                f,
                "clamp pass start spin, {layer:?} layer, channel {channel}, position (y {}, x {}): model {expected:+}, RTL {got:+}",
                pos.0, pos.1
            ),
            Self::HalfSweep { sweep, layer, channel, pos, expected, got } => write!(
                f,
                "sweep {sweep}, {layer:?} layer, channel {channel}, position (y {}, x {}): model {expected:+}, RTL {got:+}",
                pos.0, pos.1
            ),
            Self::Order { index, expected, got } => {
                write!(f, "half-sweep #{index}: the model observed {expected:?}, the RTL {got:?}")
            }
            Self::Count { expected, got } => write!(f, "the model observed {expected} half-sweeps, the RTL {got}"),
            Self::Result { field, detail } => write!(f, "read-back result: {field} differs: {detail}"),
        }
    }
}

/// The first index where `a` and `b` differ, as (channel, (y, x)) on a `w`-wide grid.
fn first_difference(a: &[i8], b: &[i8], hw: usize, w: usize) -> Option<(usize, (usize, usize), i8, i8)> {
    let i = a.iter().zip(b).position(|(p, q)| p != q)?;
    Some((i / hw, ((i % hw) / w, i % w), a[i], b[i]))
}

/// What a case that passed measured.
struct Passed {
    result: ChipResult,
    model: ChipModel,
}

/// Runs `case` on `rtl` and on the model, whose lane generators `mutate` may change (planted bugs)
/// and whose run `model_run` may differ from the RTL's; compares them (module documentation).
fn lockstep_on(
    rtl: &mut ChipRtl,
    case: &Case,
    mutate: impl FnOnce(&mut Vec<LaneRng>),
    model_run: ChipRun,
) -> Result<Passed, Divergence> {
    let (model, x) = case.model();
    let (p, hw, w) = (case.config.lanes, case.h * case.w, case.w);
    let mut rngs = lanes(model_run.seed, p);
    mutate(&mut rngs);
    let start = model.start_spins(&mut rngs.clone());
    let mut expected: Vec<(u32, Layer, Vec<i8>)> = Vec::new();
    let mut record = |g: u32, layer: Layer, s: &[i8]| expected.push((g, layer, s.to_vec()));
    let gold = model.run_observed(&x, &model_run, rngs, Some(&mut record));

    // The RTL, compared as it runs: the first divergence is kept, later ones ignored.
    let mut first: Option<Divergence> = None;
    let mut seen = 0usize;
    let mut compare = |g: u32, layer: Layer, s: &[i8]| {
        if first.is_none() {
            first = match expected.get(seen) {
                None => Some(Divergence::Count { expected: expected.len(), got: seen + 1 }),
                Some((eg, el, _)) if (*eg, *el) != (g, layer) => {
                    Some(Divergence::Order { index: seen, expected: (*eg, *el), got: (g, layer) })
                }
                Some((_, _, e)) => first_difference(e, s, hw, w).map(|(channel, pos, expected, got)| {
                    Divergence::HalfSweep { sweep: g, layer, channel, pos, expected, got }
                }),
            };
        }
        seen += 1;
    };
    let result = rtl.run(&model.image, &x, &case.run, Some(&mut compare)).map_err(Divergence::Rtl)?;
    let rtl_start = rtl.start_spins().expect("an observed run keeps its start spins");
    for (layer, e, g) in [(Layer::Hidden, &start[0], &rtl_start.hidden), (Layer::Output, &start[1], &rtl_start.output)]
    {
        if let Some((channel, pos, expected, got)) = first_difference(e, g, hw, w) {
            return Err(Divergence::Start { layer, channel, pos, expected, got });
        }
    }
    if let Some(d) = first {
        return Err(d);
    }
    if seen != expected.len() {
        return Err(Divergence::Count { expected: expected.len(), got: seen });
    }
    compare_results(&gold, &result)?;
    Ok(Passed { result, model })
}

fn compare_results(gold: &ChipResult, got: &ChipResult) -> Result<(), Divergence> {
    let detail = |name: &'static str, i: Option<usize>, e: String, g: String| Divergence::Result {
        field: name,
        detail: match i {
            Some(i) => format!("first at index {i}: model {e}, RTL {g}"),
            None => format!("model {e}, RTL {g}"),
        },
    };
    if gold.output != got.output {
        let i = gold.output.data.iter().zip(&got.output.data).position(|(a, b)| a != b);
        let at = |s: &Spins| i.map_or(format!("shape {:?}", s.shape()), |i| format!("{:+}", s.data[i]));
        return Err(detail("output", i, at(&gold.output), at(&got.output)));
    }
    for (name, a, b) in [("mean", &gold.mean, &got.mean), ("hidden_mean", &gold.hidden_mean, &got.hidden_mean)] {
        if a != b {
            let i = a.iter().zip(b).position(|(p, q)| p != q);
            let at = |v: &Vec<f64>| i.and_then(|i| v.get(i)).map_or(format!("{} values", v.len()), |x| x.to_string());
            return Err(detail(name, i, at(a), at(b)));
        }
    }
    if gold.cycles != got.cycles {
        return Err(detail("cycles", None, gold.cycles.to_string(), got.cycles.to_string()));
    }
    Ok(())
}

fn lockstep(case: &Case) -> Result<Passed, Divergence> {
    let mut rtl = ChipRtl::new(case.config).expect("a verilated configuration");
    lockstep_on(&mut rtl, case, |_| {}, case.run)
}

/// Every case must pass; the failures are reported together.
fn all_pass(cases: &[Case]) {
    let failures: Vec<String> =
        cases.iter().filter_map(|c| lockstep(c).err().map(|d| format!("{c}\n    {d}"))).collect();
    assert!(failures.is_empty(), "{} of {} cases diverged:\n  {}", failures.len(), cases.len(), failures.join("\n  "));
}

/// Seeds per shape.
const SEEDS: [u64; 3] = [1, 2, 3];

fn per_seed(make: impl Fn(u64) -> Case) -> Vec<Case> {
    SEEDS.iter().map(|&s| make(s)).collect()
}

#[test]
fn partial_last_lane_group() {
    // C1 and C2 not multiples of P: the last group's lanes beyond C must not write.
    let mut cases = per_seed(|s| Case::new(ICE40, [3, 6, 5], 3, (4, 5), s));
    cases.extend(per_seed(|s| Case::new(ICE40, [5, 7, 2], 3, (3, 3), s).run(0.5, 5, 2)));
    cases.extend(per_seed(|s| Case::new(ECP5, [5, 40, 33], 3, (3, 4), s)));
    cases.extend(per_seed(|s| Case::new(ECP5, [3, 7, 9], 3, (2, 3), s).run(1.0, 3, 0)));
    all_pass(&cases);
}

#[test]
fn the_icebreakers_one_lane_chip() {
    // `ice40-up5k`, the chip the iCEBreaker's bitstream holds: one lane (every channel its own lane
    // group, up to 16: all four bits of the group's stride multiple), the coupling bank single-port.
    let mut cases = per_seed(|s| Case::new(ICE40_UP5K, [3, 16, 8], 3, (3, 4), s));
    cases.extend(per_seed(|s| Case::new(ICE40_UP5K, [8, 9, 5], 3, (8, 8), s).run(0.5, 3, 1)));
    cases.extend(per_seed(|s| Case::new(ICE40_UP5K, [2, 5, 3], 1, (2, 3), s).run(1.0, 4, 0)));
    all_pass(&cases);
}

#[test]
fn one_by_one_and_three_by_three_kernels() {
    let mut cases = per_seed(|s| Case::new(ICE40, [2, 5, 3], 1, (3, 3), s));
    cases.extend(per_seed(|s| Case::new(ICE40, [4, 4, 4], 3, (3, 3), s).run(0.3, 4, 1)));
    cases.extend(per_seed(|s| Case::new(ECP5, [6, 33, 12], 1, (4, 3), s)));
    all_pass(&cases);
}

#[test]
fn tiny_grids_where_phases_meet() {
    // On a 1x1 or 1x2 grid a phase's first read is of a spin the previous phase's last slot wrote
    // a few cycles before.
    let mut cases = Vec::new();
    for grid in [(1, 1), (1, 2), (2, 1), (2, 3)] {
        cases.extend(per_seed(|s| Case::new(ICE40, [2, 3, 2], 3, grid, s).run(1.0, 6, 2)));
        cases.extend(per_seed(|s| Case::new(ICE40, [1, 1, 1], 1, grid, s).run(1.0, 6, 0)));
    }
    cases.extend(per_seed(|s| Case::new(ECP5, [2, 3, 2], 3, (1, 1), s).run(1.0, 6, 2)));
    cases.extend(per_seed(|s| Case::new(ECP5, [4, 35, 2], 3, (1, 2), s)));
    all_pass(&cases);
}

#[test]
fn non_square_grids() {
    let mut cases = per_seed(|s| Case::new(ICE40, [3, 5, 4], 3, (3, 7), s));
    cases.extend(per_seed(|s| Case::new(ICE40, [2, 4, 3], 3, (8, 2), s).run(0.6, 3, 1)));
    cases.extend(per_seed(|s| Case::new(ECP5, [4, 10, 6], 3, (2, 9), s)));
    all_pass(&cases);
}

#[test]
fn burn_in_at_or_past_the_sweeps_reads_zero_sums() {
    let mut cases = Vec::new();
    for (sweeps, burn_in) in [(3, 3), (2, 5), (1, 0)] {
        cases.push(Case::new(ICE40, [3, 6, 5], 3, (3, 3), 4).run(0.8, sweeps, burn_in));
        cases.push(Case::new(ECP5, [3, 6, 5], 3, (2, 2), 5).run(0.8, sweeps, burn_in));
    }
    for (i, case) in cases.iter().enumerate() {
        let passed = lockstep(case).unwrap_or_else(|d| panic!("{case}\n    {d}"));
        if i < 4 {
            let zero = passed.result.mean.iter().chain(&passed.result.hidden_mean).all(|&m| m == 0.0);
            assert!(zero, "{case}: no kept sweep, so every sum reads 0");
            assert!(passed.result.output.data.iter().all(|&s| s == 1), "{case}: sum 0 reads +1");
        }
    }
}

#[test]
fn largest_ice40_block() {
    let c = ICE40;
    all_pass(&[Case::new(c, [c.max_c0, c.max_c1, c.max_c2], c.max_kernel, (c.max_h, c.max_w), 7).run(0.9, 2, 1)]);
}

#[test]
fn back_to_back_runs_on_one_chip() {
    // A run must not depend on the last: large then small, other seeds and shapes, the same again.
    for config in [ICE40, ECP5] {
        let mut rtl = ChipRtl::new(config).unwrap();
        let cases = [
            Case::new(config, [4, 9, 6], 3, (4, 4), 8).run(0.7, 3, 1),
            Case::new(config, [2, 3, 2], 1, (1, 2), 9).run(1.0, 2, 0),
            Case::new(config, [4, 9, 6], 3, (4, 4), 8).run(0.7, 3, 1),
            Case::new(config, [3, 5, 7], 3, (2, 3), 10).run(0.4, 4, 4),
            Case::new(config, [3, 5, 7], 3, (2, 3), 11).run(0.4, 4, 2),
        ];
        for case in &cases {
            if let Err(d) = lockstep_on(&mut rtl, case, |_| {}, case.run) {
                panic!("{case} (after other runs on the same chip)\n    {d}");
            }
            assert_eq!(rtl.read(registers::STATUS).unwrap(), 2, "STATUS after a run: done, not busy");
        }
    }
}

#[test]
fn ecp5_runs_an_mnist_sized_block() {
    let spec = RandomBlockSpec::MNIST;
    let case = Case::new(ECP5, [spec.c0, spec.c1, spec.c2], spec.kernel, (14, 14), 1).run(0.8, 2, 1);
    let passed = lockstep(&case).unwrap_or_else(|d| panic!("{case}\n    {d}"));
    let schedule = passed.model.schedule();
    let clamp = schedule.cycles(0);
    let per_sweep = (passed.result.cycles - clamp) as f64 / case.run.sweeps as f64;
    let roofline = passed.model.roofline_cycles();
    eprintln!(
        "ecp5 MNIST block: {} cycles for {} sweeps, {per_sweep} per sweep, roofline {roofline} ({:.1}%)",
        passed.result.cycles,
        case.run.sweeps,
        100.0 * roofline / per_sweep
    );
    assert_eq!(per_sweep, passed.model.sweep_cycles() as f64);
    assert!(
        roofline / per_sweep >= 0.85,
        "{per_sweep} cycles per sweep is more than 15% above the roofline {roofline}"
    );
}

#[test]
fn planted_lane_permutation_is_caught() {
    // The model's lanes 0 and 1 swapped: the same draws, reaching other channels.
    for case in [Case::new(ICE40, [3, 6, 5], 3, (3, 3), 1), Case::new(ECP5, [3, 40, 5], 3, (2, 2), 1)] {
        let mut rtl = ChipRtl::new(case.config).unwrap();
        match lockstep_on(&mut rtl, &case, |r| r.swap(0, 1), case.run) {
            Err(Divergence::Start { .. }) => {}
            other => panic!("{case}: a lane permutation must show in the start spins, got {:?}", other.err()),
        }
    }
}

#[test]
fn planted_lane_seed_change_is_caught() {
    // The last lane's generator one step ahead.
    let case = Case::new(ECP5, [3, 40, 33], 3, (2, 3), 2);
    let mut rtl = ChipRtl::new(case.config).unwrap();
    let ahead = |r: &mut Vec<LaneRng>| {
        r.last_mut().unwrap().step();
    };
    let err = lockstep_on(&mut rtl, &case, ahead, case.run).err();
    assert!(matches!(err, Some(Divergence::Start { .. })), "{case}: got {err:?}");
}

#[test]
fn planted_delta_change_is_caught_in_a_half_sweep() {
    // Same start spins, fields scaled by 0.8 vs 0.75: the layers must part within a few sweeps.
    let case = Case::new(ICE40, [3, 6, 5], 3, (3, 3), 3).run(0.8, 20, 5);
    let mut rtl = ChipRtl::new(case.config).unwrap();
    let model_run = ChipRun { delta: 0.75, ..case.run };
    match lockstep_on(&mut rtl, &case, |_| {}, model_run) {
        Err(d @ Divergence::HalfSweep { .. }) => eprintln!("caught: {d}"),
        other => panic!("{case}: a changed delta must show in a half-sweep, got {:?}", other.err()),
    }
}

#[test]
fn bus_identification_status_and_writes_while_busy() {
    for config in [ICE40, ECP5] {
        let mut rtl = ChipRtl::new(config).unwrap();
        assert_eq!(rtl.identify().unwrap(), registers::identification(&config), "{}", config.name);
        rtl.check_identity().unwrap();
        assert_eq!(rtl.read(registers::STATUS).unwrap(), 0, "{}: STATUS at power-up", config.name);

        // A run set up by hand; while it is busy, writes (SWEEPS, a second start) must be ignored.
        let case = Case::new(config, [2, 3, 2], 3, (2, 2), 6).run(0.9, 3, 1);
        let (model, x) = case.model();
        for (addr, data) in registers::setup_writes(&config, &model.image, &x, &case.run) {
            rtl.write(addr, data);
        }
        assert_eq!(rtl.outputs().busy, 1, "{}: busy after CONTROL.start", config.name);
        assert_eq!(rtl.read(registers::STATUS).unwrap() & 1, 1, "{}: STATUS.busy during a run", config.name);
        rtl.write(registers::SWEEPS, 1000);
        rtl.write(registers::CONTROL, registers::CONTROL_START);
        let finish = |rtl: &mut ChipRtl| {
            let mut done = false;
            for _ in 0..model.cycles(case.run.sweeps) + 100 {
                rtl.tick();
                done |= rtl.outputs().done == 1;
                if rtl.outputs().busy == 0 {
                    break;
                }
            }
            assert!(done && rtl.outputs().busy == 0, "{}: the run ends with a done pulse", config.name);
            assert_eq!(rtl.read(registers::STATUS).unwrap(), 2, "{}: STATUS after the run", config.name);
        };
        finish(&mut rtl);
        let words: Vec<u32> =
            registers::readout_addresses(&model.image, x.h, x.w).into_iter().map(|a| rtl.read(a).unwrap()).collect();
        let got = registers::readout(&model.image, x.h, x.w, &case.run, &words);
        compare_results(&model.run(&x, &case.run), &got).unwrap_or_else(|d| panic!("{}: {d}", config.name));
        // Start again with the registers as they are: SWEEPS still holds the run's sweep count.
        rtl.write(registers::CONTROL, registers::CONTROL_START);
        finish(&mut rtl);
        let cycles = u64::from(rtl.read(registers::CYCLES_LO).unwrap())
            | u64::from(rtl.read(registers::CYCLES_HI).unwrap()) << 32;
        assert_eq!(cycles, model.cycles(case.run.sweeps), "{}: SWEEPS was written while busy", config.name);
    }
}

#[test]
fn the_next_input_streams_in_once_the_clamp_pass_is_over() {
    // The clamp pass is the input memory's only reader: past it, STATUS bit 2 is set and the next
    // input's words are taken while the run goes on; before it they are ignored.
    for config in [ICE40, ECP5] {
        let mut rtl = ChipRtl::new(config).unwrap();
        let case = Case::new(config, [5, 9, 6], 3, (3, 4), 12).run(0.8, 4, 1);
        let (model, a) = case.model();
        let b = random_spins(case.c0, case.h, case.w, 0xB);
        assert_ne!(a.data, b.data);
        let input_writes = |x: &Spins| -> Vec<(u32, u32)> {
            let hw = x.h * x.w;
            registers::input_words(config.lanes, x)
                .into_iter()
                .enumerate()
                .map(|(i, bits)| (registers::INPUT_BASE + registers::spin_offset(i / hw, i % hw), bits))
                .collect()
        };
        for (addr, data) in registers::setup_writes(&config, &model.image, &a, &case.run) {
            rtl.write(addr, data);
        }
        let started = rtl.cycles();
        // In the clamp pass: input B's words must not reach the memory the pass is reading.
        assert_eq!(rtl.read(registers::STATUS).unwrap(), 1, "{}: STATUS in the clamp pass", config.name);
        for (addr, data) in input_writes(&b) {
            rtl.write(addr, data);
        }
        let clamp = model.schedule().cycles(0);
        assert!(rtl.cycles() - started < clamp, "{}: the early writes must land in the clamp pass", config.name);
        let mut status = 1;
        while status == 1 {
            status = rtl.read(registers::STATUS).unwrap();
        }
        assert_eq!(status, 5, "{}: STATUS past the clamp pass: busy, input free", config.name);
        assert!(rtl.cycles() - started >= clamp, "{}: input free before the clamp pass ended", config.name);
        for (addr, data) in input_writes(&b) {
            rtl.write(addr, data);
        }
        assert_eq!(rtl.outputs().busy, 1, "{}: B streamed in while A runs", config.name);
        let finish = |rtl: &mut ChipRtl| -> ChipResult {
            while rtl.outputs().busy == 1 {
                rtl.tick();
            }
            assert_eq!(rtl.read(registers::STATUS).unwrap(), 2, "{}: STATUS after the run", config.name);
            let words: Vec<u32> = registers::readout_addresses(&model.image, a.h, a.w)
                .into_iter()
                .map(|r| rtl.read(r).unwrap())
                .collect();
            registers::readout(&model.image, a.h, a.w, &case.run, &words)
        };
        let got = finish(&mut rtl);
        compare_results(&model.run(&a, &case.run), &got).unwrap_or_else(|d| panic!("{}: run on A: {d}", config.name));
        // The next run, its configuration written again (the lanes' seeds restart their streams)
        // and the input not, runs on B.
        let values = registers::config_values(&config, &model.image, a.h, a.w, &case.run);
        for (addr, data) in registers::config_addresses(config.lanes).into_iter().zip(values) {
            rtl.write(addr, data);
        }
        rtl.write(registers::CONTROL, registers::CONTROL_START);
        let got = finish(&mut rtl);
        compare_results(&model.run(&b, &case.run), &got).unwrap_or_else(|d| panic!("{}: run on B: {d}", config.name));
    }
}
