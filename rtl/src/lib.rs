//! The generated Verilog of the Thermoblock chip, compiled by Verilator and driven from Rust.
//!
//! `build.rs` verilates each unit's checked-in `hdl/generated/<unit>.v` (the same files the FPGA
//! flow synthesises) into C++, compiles it with Verilator's runtime and a small C API
//! (`shim/shim.h`), and links it here. Each unit gets a safe type that owns one model instance and
//! drives its ports cycle by cycle, at millions of cycles per second: fast enough to zip the RTL
//! against its software twin in `thermoblock_sim::chip` for millions of cycles, which rust-hdl's own
//! simulator cannot do in a test's time.
//!
//! * [`LaneRngRtl`]: one lane's xorshift64 generator (`hdl/src/chip/lane_rng.rs`);
//! * [`PBitRtl`]: the p-bit's threshold ROM and comparator (`hdl/src/chip/pbit.rs`);
//! * [`BoardRtl`]: the FPGA top level (`hdl/src/boards/board.rs`), UART, frame parser, command engine and
//!   chip, driven through its serial line in simulated time (the virtual board of
//!   `thermoblock board --backend rtl`);
//! * [`ChipRtl`]: the whole chip, `ice40`, `ice40-up5k` (the iCEBreaker's) or `ecp5` (`hdl/src/chip/top.rs`), driven through its bus like
//!   the FPGA: a run gives the chip model's `ChipResult`, and its monitor ports let a test compare
//!   both layers with the model after every half-sweep.
//!
//! **Clocking.** Port setters take effect at the next [`tick`](LaneRngRtl::tick) (one clock cycle:
//! clock low, evaluate, clock high, evaluate) or [`eval`](LaneRngRtl::eval) (settle without an edge);
//! port getters return the values after the last of those. Models start at power-up (the Verilog's
//! `initial` values) with no reset.
//!
//! **Safety.** All `unsafe` code is in the private `ffi` module, one `// SAFETY:` comment per block.
//! The types are neither `Send` nor `Sync`: create a model on the thread that drives it.
//!
//! **Waveforms.** With the cargo feature `trace`, [`ChipRtl::trace`] and [`BoardRtl::trace`] write
//! VCD files of every signal over a window of cycles ([`trace`]).
//!
//! **Requirements.** Building this crate needs `verilator` (Debian's 5.006 works) and a C++17
//! compiler: `apt-get install verilator g++`, or `make setup`.

#![deny(unsafe_code)]

pub mod board;
pub mod chip;
#[allow(unsafe_code)]
mod ffi;
pub mod lane_rng;
pub mod pbit;
pub mod trace;

use std::fmt;

pub use board::BoardRtl;
pub use chip::{ChipRtl, RtlError, RunStats, SlotWrite, StartSpins};
pub use ffi::ChipOutputs;
pub use lane_rng::LaneRngRtl;
pub use pbit::PBitRtl;
pub use trace::{TRACE_BUILT, TraceWindow};

/// A port of the model (`dut`) disagreeing with the software twin (`gold`) after a clock edge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// Clock edges the model had seen when it disagreed (1 = after the first edge).
    pub cycle: u64,
    /// The port, e.g. `"state"`.
    pub port: &'static str,
    /// What the twin predicted, formatted.
    pub expected: String,
    /// What the model's port held, formatted.
    pub got: String,
    /// The stimulus, e.g. the lane seed or `field -3, r 512`.
    pub context: String,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cycle {}: {} expected {}, got {} ({})", self.cycle, self.port, self.expected, self.got, self.context)
    }
}

impl std::error::Error for Mismatch {}
