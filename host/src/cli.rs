//! Command-line interface of `thermoblock`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use thermoblock_contract::config::ChipConfig;
use thermoblock_sim::Init;
use thermoblock_sim::dataset::{DatasetKind, Split};

use crate::backend::BackendSpec;

#[derive(Parser, Debug)]
#[command(
    name = "thermoblock",
    version,
    about = "Run, inspect and benchmark thermodynamic blocks (p-bit Ising blocks)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Sample one block with its input clamped: red-black Gibbs sweeps, then average-and-sign readout
    Sample(SampleArgs),
    /// Geometry, parameter, spin and coupling counts of every block in a model file
    Info(InfoArgs),
    /// Measure sweeps/s and spin updates/s of a backend on a block
    Bench(BenchArgs),
    /// Write a random block (and optionally a random input) for testing and benchmarking
    RandomBlock(RandomBlockArgs),
    /// Classify a data set with a whole network under Gibbs sampling (and feed-forward): accuracy, images/s
    Eval(EvalArgs),
    /// Accuracy over a grid of delta and sweep counts: a CSV table and a PNG heat map
    Grid(GridArgs),
    /// Draw the PNG heat map of a CSV that `thermoblock grid` wrote (e.g. on another machine)
    PlotGrid(PlotGridArgs),
    /// Serve a simulated board on a pseudo-terminal (`--pty`, for --backend uart:PATH) or on
    /// XDMA-named pipes (`--fifo PREFIX`, for --backend pcie:PREFIX), as a real board would
    Board(BoardArgs),
    /// Where a block's time goes on a board over its 3 Mbaud UART, measured on the verilated board
    /// in simulated time: coupling upload, then per image launch, run and readout
    #[cfg(feature = "rtl")]
    LinkBudget(LinkBudgetArgs),
}

/// What the virtual board simulates behind its link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BoardBackend {
    /// The bit-exact chip model behind the software command engine
    Chip,
    /// The chip's generated Verilog (board top: UART, frame parser, command engine, chip) under
    /// Verilator, cycle-accurate, simulated time advancing per bit at 3 Mbaud of a 48 MHz clock
    /// (chips ice40 and ecp5)
    #[cfg(feature = "rtl")]
    Rtl,
}

#[derive(Args, Debug)]
pub struct BoardArgs {
    /// What runs behind the link
    #[arg(long, value_enum, default_value_t = BoardBackend::Chip)]
    pub backend: BoardBackend,
    /// Chip configuration of the simulated board: ice40, ice40-up5k, ecp5 or ecp5-85f with
    /// --backend chip; ice40 or ecp5 with --backend rtl (the verilated board tops)
    #[arg(long, value_parser = parse_lane_chip, default_value = "ecp5")]
    pub chip: ChipConfig,
    /// Serve on a new pseudo-terminal and print its path (for --backend uart:PATH)
    #[arg(long, required_unless_present = "fifo", conflicts_with = "fifo")]
    pub pty: bool,
    /// Serve on two named pipes PREFIX_h2c_0 and PREFIX_c2h_0, named like the XDMA driver's
    /// stream devices (for --backend pcie:PREFIX)
    #[arg(long, value_name = "PREFIX")]
    pub fifo: Option<String>,
    /// Inject seeded byte faults each way: RATE or RATE@SEED (drop, flip or duplicate, a third each)
    #[arg(long)]
    pub faults: Option<crate::link::faults::FaultSpec>,
    /// Idle time after which a partial frame is abandoned, in milliseconds
    #[arg(long, default_value_t = 20)]
    pub idle_ms: u64,
    #[cfg(feature = "rtl")]
    #[command(flatten)]
    pub trace: TraceArgs,
}

/// `--trace FILE.vcd [--trace-cycles FROM:TO]`: a waveform of the verilated design.
#[cfg(feature = "rtl")]
#[derive(Args, Debug, Clone)]
pub struct TraceArgs {
    /// Write a VCD waveform of every signal of the verilated design (GTKWave, Surfer) to FILE.
    /// Time: 10 ns a clock cycle, rising edge c (counted from the model's power-up) at 10c+5 ns.
    /// Needs a build with the `trace` feature (cargo build --release -p thermoblock-host --features trace)
    #[arg(long, value_name = "FILE.vcd")]
    pub trace: Option<PathBuf>,
    /// Clock cycles to trace, FROM:TO (edges FROM <= c < TO), FROM: or :TO, counted from power-up;
    /// bounds the file (the ecp5 chip on an MNIST-sized block writes about 6 KB a cycle)
    /// [default: every cycle]
    #[arg(long, value_name = "FROM:TO", requires = "trace")]
    pub trace_cycles: Option<thermoblock_rtl::TraceWindow>,
}

#[cfg(feature = "rtl")]
impl TraceArgs {
    /// The file and window, when `--trace` was given; a file not named `.vcd` is refused (the
    /// trace is VCD, and a viewer picks its reader by the extension).
    pub fn spec(&self) -> anyhow::Result<Option<(PathBuf, thermoblock_rtl::TraceWindow)>> {
        let Some(path) = self.trace.clone() else { return Ok(None) };
        if path.extension().is_none_or(|e| !e.eq_ignore_ascii_case("vcd")) {
            anyhow::bail!(
                "--trace {}: the waveform is written as VCD, so the file must end in .vcd \
                 (GTKWave's vcd2fst converts it to FST)",
                path.display()
            );
        }
        Ok(Some((path, self.trace_cycles.unwrap_or_default())))
    }
}

/// `HxW`, e.g. `14x14`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grid {
    pub h: usize,
    pub w: usize,
}

impl std::str::FromStr for Grid {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let parse = |v: &str| v.trim().parse::<usize>().ok().filter(|&n| n > 0);
        match s.split_once(['x', 'X']).map(|(h, w)| (parse(h), parse(w))) {
            Some((Some(h), Some(w))) => {
                thermoblock_sim::limits::check_grid(h, w)?;
                Ok(Self { h, w })
            }
            _ => Err(format!("grid `{s}` is not HxW with positive integers, e.g. 14x14")),
        }
    }
}

impl std::fmt::Display for Grid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}x{}", self.h, self.w)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InitArg {
    /// I.i.d. random (Rademacher) spins, the inference default
    Random,
    /// Signs of the feed-forward pre-activations (the training start)
    Ff,
}

impl From<InitArg> for Init {
    fn from(a: InitArg) -> Self {
        match a {
            InitArg::Random => Init::Random,
            InitArg::Ff => Init::FeedForward,
        }
    }
}

/// Sampling settings shared by `sample` and `bench`.
#[derive(Args, Debug, Clone)]
pub struct SamplingArgs {
    /// Temperature-gradient parameter delta, 0 < delta <= 1
    #[arg(long, default_value_t = 1.0)]
    pub delta: f32,
    /// Total Gibbs sweeps G (hidden layer, then output layer)
    #[arg(long, default_value_t = 100)]
    pub sweeps: usize,
    /// Sweeps discarded before averaging [default: floor(G/4)]
    #[arg(long)]
    pub burn_in: Option<usize>,
    /// Seed of the random streams: the same seed gives the same result
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Initial hidden and output spins
    #[arg(long, value_enum, default_value_t = InitArg::Random)]
    pub init: InitArg,
    #[arg(long, default_value = "reference", help = BACKEND_HELP)]
    pub backend: BackendSpec,
    #[arg(long, default_value = "ecp5", value_parser = parse_chip, help = CHIP_HELP)]
    pub chip: ChipConfig,
}

/// Help of `--backend`: every form this build accepts.
#[cfg(feature = "rtl")]
const BACKEND_HELP: &str = "Where the blocks run: reference (the floating-point reference sampler), chip (the \
    bit-exact chip model), rtl (the chip's generated Verilog under Verilator), uart:PATH[@BAUD] (a board on a \
    serial port, 3000000 baud unless given) or pcie:PREFIX (a board behind a PCIe XDMA bridge: PREFIX_h2c_0 and \
    PREFIX_c2h_0). A board's link takes ?frame=BYTES&tries=N&timeout=MS (64-1024 payload bytes, default 1024, \
    halved by the host after repeated losses; 8 tries; 500 ms), e.g. uart:/dev/ttyUSB0?frame=64&tries=20";
#[cfg(not(feature = "rtl"))]
const BACKEND_HELP: &str = "Where the blocks run: reference (the floating-point reference sampler), chip (the \
    bit-exact chip model), uart:PATH[@BAUD] (a board on a serial port, 3000000 baud unless given) or \
    pcie:PREFIX (a board behind a PCIe XDMA bridge: PREFIX_h2c_0 and PREFIX_c2h_0). A board's link takes \
    ?frame=BYTES&tries=N&timeout=MS (64-1024 payload bytes, default 1024, halved by the host after repeated \
    losses; 8 tries; 500 ms). This build has no rtl backend (built without the `rtl` feature)";

/// Help of `--chip` where a backend chooses the chip.
#[cfg(feature = "rtl")]
const CHIP_HELP: &str = "Chip configuration for --backend chip: ice40, ice40-up5k, ecp5, ecp5-85f or \
    ecp5-85f-plane (the plane engine, modelled: its RTL is under construction); for --backend rtl: ice40, \
    ice40-up5k or ecp5 (the verilated chips). A board (uart:, pcie:) reports its own";
#[cfg(not(feature = "rtl"))]
const CHIP_HELP: &str = "Chip configuration for --backend chip: ice40, ice40-up5k, ecp5, ecp5-85f or \
    ecp5-85f-plane (the plane engine, modelled: its RTL is under construction). A board (uart:, pcie:) reports \
    its own";

/// `--chip` of the verilated board tops (`board --backend rtl`, `link-budget`).
#[cfg(feature = "rtl")]
fn parse_board_chip(s: &str) -> Result<ChipConfig, String> {
    match s {
        "ice40" | "ecp5" => parse_chip(s),
        _ => Err(format!("no verilated board of the chip configuration `{s}`; the boards are ice40 and ecp5")),
    }
}

fn parse_chip(s: &str) -> Result<ChipConfig, String> {
    ChipConfig::named(s).ok_or_else(|| {
        let names: Vec<_> = thermoblock_contract::config::NAMED.iter().map(|c| c.name).collect();
        format!("unknown chip configuration `{s}`; expected one of {}", names.join(", "))
    })
}

/// `--chip` of the software virtual board: the lane chips, whose register map and memory layout
/// the board serves (the plane engine's are not defined before its RTL).
fn parse_lane_chip(s: &str) -> Result<ChipConfig, String> {
    let chip = parse_chip(s)?;
    match chip.engine {
        thermoblock_contract::config::Engine::Lanes => Ok(chip),
        thermoblock_contract::config::Engine::Planes(_) => Err(format!(
            "`{s}` is the plane engine, which has no board yet (its RTL is under construction); it runs on \
             --backend chip"
        )),
    }
}

#[derive(Args, Debug)]
pub struct SampleArgs {
    /// Model file (thermoblock-v1 safetensors)
    #[arg(long)]
    pub model: PathBuf,
    /// Index of the block in the model, from 0
    #[arg(long, default_value_t = 0)]
    pub block: usize,
    /// Input spins: NumPy .npy, int8, shape [C0, H, W], values -1/+1
    #[arg(long)]
    pub input: PathBuf,
    #[command(flatten)]
    pub sampling: SamplingArgs,
    /// Print one JSON object instead of a human summary
    #[arg(long)]
    pub json: bool,
    #[cfg(feature = "rtl")]
    #[command(flatten)]
    pub trace: TraceArgs,
}

#[derive(Args, Debug)]
pub struct InfoArgs {
    /// Model file (thermoblock-v1 safetensors)
    pub model: PathBuf,
    /// Grid H x W of the blocks [default: the file's `grid` metadata]
    #[arg(long)]
    pub grid: Option<Grid>,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Benchmark a block of this model file instead of a random block
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Index of the block in --model
    #[arg(long, default_value_t = 0)]
    pub block: usize,
    /// Random block input channels (ignored with --model)
    #[arg(long, default_value_t = 32)]
    pub c0: usize,
    /// Random block hidden channels (ignored with --model)
    #[arg(long, default_value_t = 64)]
    pub c1: usize,
    /// Random block output channels (ignored with --model)
    #[arg(long, default_value_t = 64)]
    pub c2: usize,
    /// Grid H x W
    #[arg(long, default_value = "14x14")]
    pub grid: Grid,
    /// Minimum measuring time per figure, in seconds
    #[arg(long, default_value_t = 2.0)]
    pub seconds: f64,
    /// Project the board's throughput from this bitstream manifest's post-route Fmax and the chip's
    /// cycles per sweep (bitstreams/BOARD/manifest.json; needs --backend chip or rtl)
    #[arg(long, value_name = "MANIFEST")]
    pub fmax_from: Option<PathBuf>,
    #[command(flatten)]
    pub sampling: SamplingArgs,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

#[cfg(feature = "rtl")]
#[derive(Args, Debug)]
pub struct LinkBudgetArgs {
    /// Model file; the block's grid is the model's `grid` metadata (else --grid)
    #[arg(long)]
    pub model: PathBuf,
    /// Index of the block in --model
    #[arg(long, default_value_t = 0)]
    pub block: usize,
    /// Grid H x W, for a model file without `grid` metadata
    #[arg(long)]
    pub grid: Option<Grid>,
    /// Chip configuration of the board: ice40 or ecp5 (the verilated board tops)
    #[arg(long, default_value = "ecp5", value_parser = parse_board_chip)]
    pub chip: ChipConfig,
    /// Temperature-gradient parameter delta of the runs
    #[arg(long, default_value_t = 0.2)]
    pub delta: f32,
    /// Sweeps per image (the run's length; the link's share does not depend on it)
    #[arg(long, default_value_t = 186)]
    pub sweeps: u32,
    /// Images per batch when a network's blocks take turns on the board (eval's batch-major
    /// order): the block's coupling upload is paid once per batch, and its cost per image is shown
    #[arg(long, default_value_t = crate::eval::DEFAULT_BATCH)]
    pub batch: usize,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub trace: TraceArgs,
}

#[derive(Args, Debug)]
pub struct RandomBlockArgs {
    /// Where to write the model file
    #[arg(long)]
    pub out: PathBuf,
    /// Also write a random [C0, H, W] input here (.npy)
    #[arg(long)]
    pub input_out: Option<PathBuf>,
    #[arg(long, default_value_t = 2)]
    pub c0: usize,
    #[arg(long, default_value_t = 4)]
    pub c1: usize,
    #[arg(long, default_value_t = 2)]
    pub c2: usize,
    /// Odd kernel size of k1 and k2
    #[arg(long, default_value_t = 3)]
    pub kernel: usize,
    /// Coupling strength: kernel entries have standard deviation coupling / sqrt(fan-in)
    #[arg(long, default_value_t = 1.0)]
    pub coupling: f64,
    /// Grid of the input, recorded in the file's metadata
    #[arg(long, default_value = "4x4")]
    pub grid: Grid,
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
}

/// Which images `eval` and `grid` classify.
#[derive(Args, Debug, Clone)]
pub struct DataArgs {
    /// Data set: mnist or fashion-mnist (`make data` installs both)
    #[arg(long)]
    pub dataset: DatasetKind,
    /// Split: test or train
    #[arg(long, default_value = "test")]
    pub split: Split,
    /// Classify only the first N images of the split (after --skip) [default: all]
    #[arg(long)]
    pub limit: Option<usize>,
    /// Leave out the first N images of the split. Images keep their index in the split (and so
    /// their seeds): runs over disjoint ranges add up to the run over their union
    #[arg(long, default_value_t = 0)]
    pub skip: usize,
    /// Directory holding the data set's IDX files [default: $THERMOBLOCK_DATA, else ./data, the
    /// repository's data/ and, for fashion-mnist, /usr/share/datasets/fashion-mnist]
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Images per backend call; results do not depend on it
    #[arg(long, default_value_t = crate::eval::DEFAULT_BATCH)]
    pub batch: usize,
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Model file with encoder, blocks and decoder (thermoblock-v1 safetensors)
    #[arg(long)]
    pub model: PathBuf,
    #[command(flatten)]
    pub data: DataArgs,
    #[command(flatten)]
    pub sampling: SamplingArgs,
    /// Independent Gibbs chains per image, 1 to 1024, each through the whole network; the class is
    /// the argmax of the decoder's softmax averaged over them (total sweeps = chains x blocks x G)
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub chains: u32,
    /// Print one JSON object instead of a human summary
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct PlotGridArgs {
    /// The CSV `thermoblock grid` wrote (delta,sweeps,total_sweeps,accuracy,images[,burn_in])
    #[arg(long)]
    pub csv: PathBuf,
    /// The PNG to write
    #[arg(long)]
    pub out: PathBuf,
    /// The map's title [default: Gibbs accuracy with the image count]
    #[arg(long)]
    pub title: Option<String>,
}

#[derive(Args, Debug)]
pub struct GridArgs {
    /// Model file with encoder, blocks and decoder (thermoblock-v1 safetensors)
    #[arg(long)]
    pub model: PathBuf,
    #[command(flatten)]
    pub data: DataArgs,
    /// Values of delta, comma-separated, each in (0, 1]
    #[arg(long, value_delimiter = ',', num_args = 1.., required = true)]
    pub deltas: Vec<f32>,
    /// Sweep counts G per block, comma-separated
    #[arg(long, value_delimiter = ',', num_args = 1.., required = true)]
    pub sweeps: Vec<usize>,
    /// Sweeps discarded before averaging, the same in every cell (below the smallest G)
    /// [default: floor(G/4) in each cell]
    #[arg(long)]
    pub burn_in: Option<usize>,
    /// Output prefix: writes PREFIX.csv and PREFIX.png
    #[arg(long)]
    pub out: PathBuf,
    /// Seed of the random streams: the same seed gives the same grid
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    #[arg(long, default_value = "reference", help = BACKEND_HELP)]
    pub backend: BackendSpec,
    #[arg(long, default_value = "ecp5", value_parser = parse_chip, help = CHIP_HELP)]
    pub chip: ChipConfig,
}
