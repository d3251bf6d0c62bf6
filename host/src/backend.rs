//! Where a block runs. `--backend` names one of these: the reference sampler, the bit-exact chip
//! model, the chip's RTL under Verilator (the cargo feature `rtl`, on by default) and a board over
//! a UART or PCIe link.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
#[cfg(feature = "rtl")]
use std::sync::atomic::Ordering;
use thermoblock_sim::chip::quantize::quantize;

use rayon::prelude::*;
use thermoblock_contract::Spins;
use thermoblock_contract::config::ChipConfig;
use thermoblock_contract::image::ChipImage;
use thermoblock_contract::protocol::{PROTOCOL_VERSION, Request, input_requests, launch_requests, weight_requests};
use thermoblock_contract::run::{ChipResult, ChipRun};
#[cfg(feature = "rtl")]
use thermoblock_rtl::{ChipRtl, TraceWindow};
use thermoblock_sim::chip::model::ChipModel;
use thermoblock_sim::chip::quantize::QuantReport;
use thermoblock_sim::{Block, GibbsConfig, GibbsResult, Init, gibbs, network};

use crate::link::pcie::Pcie;
use crate::link::uart::Uart;
use crate::link::{Link, LinkPolicy, LinkStats, Transport, read_result, read_signs, wait_input_writable};

/// The `--backend` forms this build accepts, as help and errors list them.
#[cfg(feature = "rtl")]
pub const BACKENDS: &str = "reference, chip, rtl, uart:PATH[@BAUD][?SETTINGS] or pcie:PREFIX[?SETTINGS]";
#[cfg(not(feature = "rtl"))]
pub const BACKENDS: &str = "reference, chip, uart:PATH[@BAUD][?SETTINGS] or pcie:PREFIX[?SETTINGS]";

/// Why `rtl` is refused by a build without the feature `rtl`.
pub const NO_RTL: &str = "--backend rtl needs the verilated chip, and this thermoblock was built without it \
                          (--no-default-features): rebuild with the default feature `rtl`, which needs Verilator \
                          (cargo install --path host)";

/// A parsed `--backend` value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackendSpec {
    /// The reference sampler of `thermoblock-sim` (floating point, xoshiro streams).
    Reference,
    /// The bit-exact chip model.
    Chip,
    /// The generated RTL under Verilator (a build with the `rtl` feature).
    Rtl,
    /// A board on a serial port: `PATH` or `PATH@BAUD`.
    Uart(String),
    /// A board behind a PCIe stream DMA bridge: the XDMA driver's device prefix.
    Pcie(String),
}

impl FromStr for BackendSpec {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "reference" => Ok(Self::Reference),
            "chip" => Ok(Self::Chip),
            "rtl" if cfg!(feature = "rtl") => Ok(Self::Rtl),
            "rtl" => Err(NO_RTL.into()),
            _ => match s.split_once(':') {
                Some(("uart" | "pcie", target)) if LinkPolicy::from_target(target)?.0.is_empty() => {
                    Err(format!("backend `{s}` names no device: uart:PATH[@BAUD] or pcie:PREFIX"))
                }
                Some(("uart", target)) => Ok(Self::Uart(target.into())),
                Some(("pcie", target)) => Ok(Self::Pcie(target.into())),
                _ => Err(format!("unknown backend `{s}`; expected {BACKENDS}")),
            },
        }
    }
}

impl fmt::Display for BackendSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Reference => write!(f, "reference"),
            Self::Chip => write!(f, "chip"),
            Self::Rtl => write!(f, "rtl"),
            Self::Uart(p) => write!(f, "uart:{p}"),
            Self::Pcie(p) => write!(f, "pcie:{p}"),
        }
    }
}

/// What a backend reads back of each run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Readout {
    /// Output signs, output and hidden means, cycles.
    #[default]
    Full,
    /// Output signs and cycles only; `mean` and `hidden_mean` come back empty. What classification
    /// needs; over a link it moves one bit per output spin instead of 32 per output and hidden spin.
    Signs,
}

/// Something that samples a block.
pub trait Backend {
    /// The name reported in results (`backend` in JSON).
    fn name(&self) -> String;

    /// Samples a batch of inputs with `block`, each input clamped in turn: average-and-sign readout
    /// over `cfg.sweeps` sweeps; input `i` uses stream `i` of the seed. `progress(n)` is told each
    /// time `n` more sweeps are done.
    fn sample_batch(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>>;

    /// Asks for less than the full readout where that saves work (a board over a link); other
    /// backends ignore it and keep returning everything.
    fn set_readout(&mut self, _readout: Readout) {}

    /// For a board over a link: what the link has carried so far, and its line rate in bytes/s
    /// (where the transport has one).
    fn link(&self) -> Option<(LinkStats, Option<f64>)> {
        None
    }

    /// Clock cycles per sweep and the roofline for `block` on an `h x w` grid, for chip backends.
    fn cycles_per_sweep(&self, _block: &Block, _h: usize, _w: usize) -> anyhow::Result<Option<(u64, f64)>> {
        Ok(None)
    }

    /// For simulating backends (the RTL): the clock cycles simulated so far by all of this backend's
    /// runs (bus setup and readout included), a counter that grows as runs finish.
    fn simulated_cycles(&self) -> Option<Arc<AtomicU64>> {
        None
    }

    /// Samples a batch with one seed per input: input `j` gives exactly what [`Backend::sample`]
    /// gives for `xs[j]` with `cfg.seed = seeds[j]` (stream 0 of that seed), so a result does not
    /// depend on how inputs are batched (`thermoblock eval` seeds image `i` with
    /// `network::image_seed`). The default samples the inputs one at a time.
    fn sample_seeded(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        seeds: &[u64],
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>> {
        check_seeds(xs, seeds)?;
        xs.iter().zip(seeds).map(|(x, &seed)| self.sample(block, x, &GibbsConfig { seed, ..*cfg }, progress)).collect()
    }

    /// Samples one input (stream 0 of the seed).
    fn sample(
        &mut self,
        block: &Block,
        x: &Spins,
        cfg: &GibbsConfig,
        progress: Progress<'_>,
    ) -> anyhow::Result<GibbsResult> {
        Ok(self.sample_batch(block, std::slice::from_ref(x), cfg, progress)?.remove(0))
    }
}

fn check_seeds(xs: &[Spins], seeds: &[u64]) -> anyhow::Result<()> {
    anyhow::ensure!(xs.len() == seeds.len(), "{} inputs but {} seeds: one seed per input", xs.len(), seeds.len());
    Ok(())
}

/// A progress callback: called with the number of sweeps just completed, from any thread.
pub type Progress<'a> = &'a (dyn Fn(usize) + Sync);

/// A progress callback that ignores progress.
pub const NO_PROGRESS: Progress<'static> = &|_| {};

/// The reference sampler.
#[derive(Clone, Copy, Debug, Default)]
pub struct Reference;

impl Backend for Reference {
    fn name(&self) -> String {
        "reference".into()
    }

    fn sample_batch(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>> {
        Ok(gibbs::sample_batch_with_progress(block, xs, cfg, progress)?)
    }

    fn sample_seeded(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        seeds: &[u64],
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>> {
        check_seeds(xs, seeds)?;
        Ok(network::sample_seeded(block, xs, cfg, seeds, progress)?)
    }
}

/// The bit-exact chip model. Input `i` of a batch runs with seed `seed + i` (each chip run reloads
/// its lane generators from its seed).
#[derive(Clone, Copy, Debug)]
pub struct Chip {
    pub config: ChipConfig,
}

impl Chip {
    /// Quantizes `block` for this chip and grid; the error names the limit a block exceeds.
    pub fn image(&self, block: &Block, h: usize, w: usize) -> anyhow::Result<(ChipImage, QuantReport)> {
        Ok(quantize(block, &self.config, h, w)?)
    }
}

impl Backend for Chip {
    fn name(&self) -> String {
        format!("chip:{}", self.config.name)
    }

    fn cycles_per_sweep(&self, block: &Block, h: usize, w: usize) -> anyhow::Result<Option<(u64, f64)>> {
        let model = ChipModel::new(self.image(block, h, w)?.0, self.config, h, w);
        Ok(Some((model.sweep_cycles(), model.roofline_cycles())))
    }

    fn sample_batch(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>> {
        self.sample_seeded(block, xs, cfg, &consecutive_seeds(cfg.seed, xs.len()), progress)
    }

    fn sample_seeded(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        seeds: &[u64],
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>> {
        let Some((model, runs)) = chip_batch(&self.config, block, xs, cfg, seeds)? else { return Ok(Vec::new()) };
        Ok(xs
            .par_iter()
            .zip(&runs)
            .map(|(x, run)| {
                let r = model.run(x, run);
                progress(cfg.sweeps);
                gibbs_result(r, run, cfg)
            })
            .collect())
    }
}

/// What the chip backends share: the run settings checked against the chip, the block quantized for
/// it and the grid of the batch, and one run per input, input `i` with seed `seeds[i]` (`seed + i`
/// for `sample_batch`). `None` for an empty batch.
fn chip_batch(
    config: &ChipConfig,
    block: &Block,
    xs: &[Spins],
    cfg: &GibbsConfig,
    seeds: &[u64],
) -> anyhow::Result<Option<(ChipModel, Vec<ChipRun>)>> {
    check_seeds(xs, seeds)?;
    cfg.validate()?;
    if cfg.init != Init::Random {
        anyhow::bail!("the chip starts from random spins only; drop --init ff or use --backend reference");
    }
    // The chip holds delta in steps of 2^-15; a delta it would run more than 1% off is refused,
    // not silently changed (the result would report a delta it did not run).
    let applied = thermoblock_contract::field::delta_value(thermoblock_contract::field::delta_code(cfg.delta));
    if (applied - cfg.delta as f64).abs() > 0.01 * cfg.delta as f64 {
        anyhow::bail!(
            "delta {}: the chip holds delta in steps of 2^-15 and would run {applied:.6}, more than 1% off; \
             use a delta of at least 0.0016, or --backend reference",
            cfg.delta
        );
    }
    if cfg.sweeps > config.max_sweeps as usize {
        anyhow::bail!(
            "{} sweeps exceed the `{}` chip's sweep counter (at most {})",
            cfg.sweeps,
            config.name,
            config.max_sweeps
        );
    }
    let Some(first) = gibbs::check_batch(block, xs)? else { return Ok(None) };
    let (image, _) = quantize(block, config, first.h, first.w)?;
    let model = ChipModel::new(image, *config, first.h, first.w);
    let burn_in = cfg.burn_in() as u32;
    let runs =
        seeds.iter().map(|&seed| ChipRun { delta: cfg.delta, sweeps: cfg.sweeps as u32, burn_in, seed }).collect();
    Ok(Some((model, runs)))
}

/// The chip backends' batch seeds: input `i` runs with `seed + i`.
fn consecutive_seeds(seed: u64, n: usize) -> Vec<u64> {
    (0..n as u64).map(|i| seed.wrapping_add(i)).collect()
}

fn gibbs_result(r: ChipResult, run: &ChipRun, cfg: &GibbsConfig) -> GibbsResult {
    GibbsResult {
        output: r.output,
        mean: r.mean,
        hidden_mean: r.hidden_mean,
        sweeps: cfg.sweeps,
        burn_in: cfg.burn_in(),
        seed: run.seed,
        cycles: Some(r.cycles),
    }
}

/// The chip's generated Verilog under Verilator (`thermoblock_rtl::ChipRtl`), driven through its
/// bus: the same runs and results as [`Chip`], bit for bit, at the speed of a cycle-accurate
/// simulation. Each input of a batch runs on its own verilated chip, created in the worker thread
/// (the models are not `Send`), which first checks the chip's identification words.
#[cfg(feature = "rtl")]
#[derive(Debug)]
pub struct Rtl {
    pub config: ChipConfig,
    cycles: Arc<AtomicU64>,
    /// A VCD waveform of the first input's chip over these cycles (from its power-up).
    trace: Option<(std::path::PathBuf, TraceWindow)>,
}

#[cfg(feature = "rtl")]
impl Rtl {
    pub fn new(config: ChipConfig) -> Self {
        Self { config, cycles: Arc::new(AtomicU64::new(0)), trace: None }
    }

    /// Writes a VCD waveform of the first input's chip to `path`, over the clock edges of `window`
    /// counted from that chip's power-up (set-up writes, run and readout; needs the `trace` feature).
    pub fn with_trace(mut self, path: std::path::PathBuf, window: TraceWindow) -> Self {
        self.trace = Some((path, window));
        self
    }
}

#[cfg(feature = "rtl")]
impl Backend for Rtl {
    fn name(&self) -> String {
        format!("rtl:{}", self.config.name)
    }

    fn cycles_per_sweep(&self, block: &Block, h: usize, w: usize) -> anyhow::Result<Option<(u64, f64)>> {
        Chip { config: self.config }.cycles_per_sweep(block, h, w)
    }

    fn simulated_cycles(&self) -> Option<Arc<AtomicU64>> {
        Some(Arc::clone(&self.cycles))
    }

    fn sample_batch(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>> {
        self.sample_seeded(block, xs, cfg, &consecutive_seeds(cfg.seed, xs.len()), progress)
    }

    fn sample_seeded(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        seeds: &[u64],
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>> {
        let Some((model, runs)) = chip_batch(&self.config, block, xs, cfg, seeds)? else { return Ok(Vec::new()) };
        let config = self.config;
        let counter = &self.cycles;
        let trace = &self.trace;
        xs.par_iter()
            .zip(&runs)
            .enumerate()
            .map(|(i, (x, run))| {
                let mut rtl = ChipRtl::new(config)?;
                if let (0, Some((path, window))) = (i, trace) {
                    rtl.trace(path, *window)?;
                }
                rtl.check_identity()?;
                let mut report = |n: u32| progress(n as usize);
                let r = rtl.run_with_progress(&model.image, x, run, None, Some(&mut report));
                counter.fetch_add(rtl.cycles(), Ordering::Relaxed);
                Ok(gibbs_result(r?, run, cfg))
            })
            .collect()
    }
}

/// A board over a link (`uart:`, and the virtual board behind a pseudo-terminal): the chip's
/// configuration comes from the board's `IDENTIFY`, the block is quantized for it and its coupling
/// memory uploaded once, then each input is a configuration (its seed), the input words, `RUN` and
/// the readout — the same runs and results as [`Chip`] with that configuration.
pub struct Board<T: Transport> {
    link: Link<T>,
    pub config: ChipConfig,
    readout: Readout,
    /// The image whose coupling memory the board holds.
    uploaded: Option<ChipImage>,
}

impl<T: Transport> Board<T> {
    /// Opens a session on `transport` and identifies the board.
    pub fn connect(transport: T, policy: LinkPolicy) -> anyhow::Result<Self> {
        let what = transport.describe();
        let mut link = Link::new(transport, policy);
        let id = link.open().map_err(|e| anyhow::anyhow!("{what}: {e}"))?;
        anyhow::ensure!(
            id.protocol_version == PROTOCOL_VERSION,
            "{what} speaks protocol version {}, this host {PROTOCOL_VERSION}: update the bitstream or the host",
            id.protocol_version
        );
        let config = id.config().ok_or_else(|| {
            anyhow::anyhow!(
                "{what} reports a chip this host does not know (ID, VERSION, CONFIG0..2 = {:08x?}); update the host",
                id.words
            )
        })?;
        Ok(Board { link, config, readout: Readout::Full, uploaded: None })
    }

    pub fn stats(&self) -> LinkStats {
        self.link.stats
    }
}

impl<T: Transport> Backend for Board<T> {
    fn name(&self) -> String {
        format!("board:{}", self.config.name)
    }

    fn link(&self) -> Option<(LinkStats, Option<f64>)> {
        Some((self.link.stats, self.link.line_rate()))
    }

    fn set_readout(&mut self, readout: Readout) {
        self.readout = readout;
    }

    fn cycles_per_sweep(&self, block: &Block, h: usize, w: usize) -> anyhow::Result<Option<(u64, f64)>> {
        Chip { config: self.config }.cycles_per_sweep(block, h, w)
    }

    fn sample_batch(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>> {
        self.sample_seeded(block, xs, cfg, &consecutive_seeds(cfg.seed, xs.len()), progress)
    }

    fn sample_seeded(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        seeds: &[u64],
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>> {
        let Some((model, runs)) = chip_batch(&self.config, block, xs, cfg, seeds)? else { return Ok(Vec::new()) };
        let image = &model.image;
        // The frame size is read afresh for each image's requests: the link halves it on a noisy line.
        if self.uploaded.as_ref() != Some(image) {
            self.uploaded = None;
            for req in weight_requests(&self.config, image, self.link.policy.max_payload) {
                self.link.request(&req)?;
            }
            self.uploaded = Some(image.clone());
        }
        // Each input after the first streams in while the run before it goes on (past its clamp
        // pass the chip no longer reads the input memory); its launch is then the configuration
        // (its seed) and `RUN` only.
        let mut out = Vec::with_capacity(xs.len());
        let mut streamed = false;
        for (i, (x, run)) in xs.iter().zip(&runs).enumerate() {
            for req in launch_requests(&self.config, image, x, run, self.link.policy.max_payload) {
                if !(streamed && matches!(req, Request::WriteInput { .. })) {
                    self.link.request(&req)?;
                }
            }
            streamed = false;
            if let Some(next) = xs.get(i + 1) {
                let under_run = wait_input_writable(&mut self.link)?;
                for req in input_requests(self.config.lanes, next, self.link.policy.max_payload) {
                    self.link.request(&req)?;
                }
                self.link.stats.streamed_inputs += u64::from(under_run);
                streamed = true;
            }
            let r = match self.readout {
                Readout::Full => read_result(&mut self.link, image, x.h, x.w, run)?,
                Readout::Signs => read_signs(&mut self.link, image.c2, x.h, x.w)?,
            };
            progress(cfg.sweeps);
            out.push(gibbs_result(r, run, cfg));
        }
        Ok(out)
    }
}

/// Opens the backend `spec` names (chip backends use `chip`), or says why it cannot.
pub fn open(spec: &BackendSpec, chip: ChipConfig) -> anyhow::Result<Box<dyn Backend>> {
    match spec {
        BackendSpec::Reference => Ok(Box::new(Reference)),
        BackendSpec::Chip => Ok(Box::new(Chip { config: chip })),
        #[cfg(feature = "rtl")]
        BackendSpec::Rtl => Ok(Box::new(Rtl::new(chip))),
        #[cfg(not(feature = "rtl"))]
        BackendSpec::Rtl => anyhow::bail!(NO_RTL),
        BackendSpec::Uart(target) => {
            let (target, policy) = LinkPolicy::from_target(target).map_err(anyhow::Error::msg)?;
            Ok(Box::new(Board::connect(Uart::open(target)?, policy)?))
        }
        BackendSpec::Pcie(target) => {
            let (prefix, policy) = LinkPolicy::from_target(target).map_err(anyhow::Error::msg)?;
            Ok(Box::new(Board::connect(Pcie::open(prefix)?, policy)?))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use thermoblock_contract::config::ECP5;

    #[test]
    fn parses_backend_names() {
        assert_eq!("reference".parse(), Ok(BackendSpec::Reference));
        assert_eq!("uart:/dev/ttyUSB1".parse(), Ok(BackendSpec::Uart("/dev/ttyUSB1".into())));
        assert_eq!("pcie:/dev/xdma0".parse(), Ok(BackendSpec::Pcie("/dev/xdma0".into())));
        assert!("uart:".parse::<BackendSpec>().is_err());
        assert!("uart:?tries=3".parse::<BackendSpec>().is_err());
        assert_eq!("uart:/dev/ttyUSB1?frame=64".parse(), Ok(BackendSpec::Uart("/dev/ttyUSB1?frame=64".into())));
        let err = "uart:/dev/x?frame=2000".parse::<BackendSpec>().unwrap_err();
        assert!(err.contains("frame must be a whole number from 64 to 1024"), "{err}");
        assert!("pcie:/dev/xdma0?speed=9".parse::<BackendSpec>().unwrap_err().contains("unknown link setting `speed`"));
        let (target, policy) = LinkPolicy::from_target("/dev/ttyUSB0@2000000?frame=128&tries=20&timeout=50").unwrap();
        assert_eq!(target, "/dev/ttyUSB0@2000000");
        assert_eq!(
            (policy.max_payload, policy.attempts, policy.timeout),
            (128, 20, std::time::Duration::from_millis(50))
        );
        assert!("gpu".parse::<BackendSpec>().unwrap_err().contains("unknown backend `gpu`"));
    }

    #[test]
    fn missing_boards_are_named() {
        let spec = BackendSpec::Pcie("/dev/thermoblock-none".into());
        let err = open(&spec, ECP5).err().expect("no such device").to_string();
        assert!(err.contains("cannot open /dev/thermoblock-none_h2c_0"), "{err}");
        #[cfg(feature = "rtl")]
        assert_eq!(open(&BackendSpec::Rtl, ECP5).unwrap().name(), "rtl:ecp5");
    }

    /// A backend that only has `sample_batch`: it gets the trait's default `sample_seeded`.
    struct Plain;
    impl Backend for Plain {
        fn name(&self) -> String {
            "plain".into()
        }
        fn sample_batch(
            &mut self,
            block: &Block,
            xs: &[Spins],
            cfg: &GibbsConfig,
            progress: Progress<'_>,
        ) -> anyhow::Result<Vec<GibbsResult>> {
            Reference.sample_batch(block, xs, cfg, progress)
        }
    }

    #[test]
    fn sample_seeded_is_sample_with_each_seed() {
        use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};
        let block = random_block(&RandomBlockSpec { c0: 2, c1: 3, c2: 2, kernel: 3, coupling: 1.0 }, 6).unwrap();
        let xs: Vec<Spins> = (0..3).map(|i| random_spins(2, 3, 4, i)).collect();
        let cfg = GibbsConfig::new(0.8, 17);
        let seeds = [11u64, 5, 11];
        for backend in [&mut Reference as &mut dyn Backend, &mut Chip { config: ECP5 }, &mut Plain] {
            let got = backend.sample_seeded(&block, &xs, &cfg, &seeds, NO_PROGRESS).unwrap();
            for ((x, &seed), r) in xs.iter().zip(&seeds).zip(&got) {
                let one = backend.sample(&block, x, &GibbsConfig { seed, ..cfg }, NO_PROGRESS).unwrap();
                assert_eq!(r, &one, "{}", backend.name());
            }
            let err = backend.sample_seeded(&block, &xs, &cfg, &seeds[..2], NO_PROGRESS).unwrap_err();
            assert!(err.to_string().contains("one seed per input"), "{err}");
        }
        // sample_batch keeps its streams: input i of the chip runs with seed + i.
        let batch = Chip { config: ECP5 }.sample_batch(&block, &xs, &GibbsConfig { seed: 4, ..cfg }, NO_PROGRESS);
        assert_eq!(batch.unwrap().iter().map(|r| r.seed).collect::<Vec<_>>(), vec![4, 5, 6]);
    }
}
