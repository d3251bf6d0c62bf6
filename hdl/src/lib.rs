//! The Thermoblock p-bit chip, described in Rust-HDL.
//!
//! The layout is the architecture: a room per concern, a file per hardware unit, each headed like a
//! datasheet. Every definition the RTL shares with the bit-exact model and the host (xorshift64
//! lanes and their seeding, the field format, the threshold table, the comparator, the schedules,
//! the register map, the protocol) lives in `thermoblock_contract` and is imported here, never
//! restated; the tests zip each unit against its software twin in `thermoblock_sim`.
//!
//! * [`chip`]: the chip's units and the lane chip's top level (`ChipIce40`, `ChipEcp5`);
//! * [`plane`]: the plane engine under construction (the chip's successor): its units and their twin;
//! * [`link`]: the host link — UART, frame parser and writer, command engine;
//! * [`boards`]: the top level an FPGA build synthesizes, and the boards `make synth` builds;
//! * [`flow`]: Verilog generation and lint, and bitstream manifests;
//! * [`wiring`]: blocks that only wire (concatenations);
//! * [`testbench`]: a single-threaded, cycle-by-cycle driver for unit tests.

pub mod boards;
pub mod chip;
pub mod flow;
pub mod link;
pub mod plane;
pub mod testbench;
pub mod wiring;

use thermoblock_contract::field::FIELD_BITS;
use thermoblock_contract::pbit::LUT_INDEX_BITS;
use thermoblock_contract::rng::RANDOM_BITS;

/// Bits of a lane's xorshift64 state: the width of the software twin's state word.
pub const STATE_BITS: usize = u64::BITS as usize;
/// Bits of a uniform draw `r` (and of a threshold table entry it is compared with).
pub const DRAW_BITS: usize = RANDOM_BITS as usize;
/// Bits of a field code (two's complement).
pub const FIELD_WIDTH: usize = FIELD_BITS as usize;
/// Address bits of the threshold table.
pub const INDEX_BITS: usize = LUT_INDEX_BITS as usize;

/// A rust-hdl constant of any width, for the `Constant` fields the units compare and assign
/// (`hdl_gen` takes no literals there).
pub fn constant<const N: usize>(v: u64) -> rust_hdl::prelude::Constant<rust_hdl::prelude::Bits<N>> {
    use rust_hdl::prelude::ToBits;
    rust_hdl::prelude::Constant::new(v.to_bits())
}
