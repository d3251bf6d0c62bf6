//! The Thermoblock p-bit chip, described in Rust-HDL.
//!
//! One file per hardware unit, each headed like a datasheet. Every definition the RTL shares with
//! the bit-exact model and the host (xorshift64 lanes and their seeding, the field format, the
//! threshold table, the comparator) lives in `thermoblock_sim::chip` and is imported here, never
//! restated; the tests zip each unit against that software twin.
//!
//! * [`lane_rng`]: one lane's xorshift64 generator;
//! * [`pbit`]: the p-bit, threshold ROM and comparator;
//! * [`plane`]: the plane engine under construction (the chip's successor): its PE array;
//! * [`chip`]: the top level — lanes, controller, memories and the bus — as `ChipIce40`, `ChipEcp5`;
//! * [`uart_rx`], [`uart_tx`]: the host link's 8N1 UART; [`frame_parser`], [`frame_writer`] (with
//!   [`crc32`]): its frames in and out; [`command_engine`]: the requests executed on the chip's bus;
//!   [`host_link`]: parser, engine and writer as one byte-stream unit;
//! * [`board`]: the top level an FPGA build synthesizes — UART, host link and chip;
//! * [`fpga`]: the FPGA boards `make synth` builds, and their board tops' clocks; [`bitstream`]:
//!   the manifest of each build;
//! * [`verilog`]: the checked-in Verilog (`hdl/generated/`), how to regenerate it and how it is linted;
//! * [`testbench`]: a single-threaded, cycle-by-cycle driver for unit tests.

pub mod average_sign;
pub mod bitstream;
pub mod block_ram;
pub mod board;
pub mod chip;
pub mod clamp_memory;
pub mod command_engine;
pub mod coupling_memory;
pub mod crc32;
pub mod field_unit;
pub mod fpga;
pub mod frame_parser;
pub mod frame_writer;
pub mod host_link;
pub mod lane;
pub mod lane_rng;
pub mod pbit;
pub mod plane;
pub mod spin_memory;
pub mod sweep_controller;
pub mod testbench;
pub mod uart_rx;
pub mod uart_tx;
pub mod verilog;

use thermoblock_sim::chip::pbit::{FIELD_BITS, LUT_INDEX_BITS};
use thermoblock_sim::chip::rng::RANDOM_BITS;

/// Bits of a lane's xorshift64 state: the width of the software twin's state word.
pub const STATE_BITS: usize = u64::BITS as usize;
/// Bits of a uniform draw `r` (and of a threshold table entry it is compared with).
pub const DRAW_BITS: usize = RANDOM_BITS as usize;
/// Bits of a field code (two's complement).
pub const FIELD_WIDTH: usize = FIELD_BITS as usize;
/// Address bits of the threshold table.
pub const INDEX_BITS: usize = LUT_INDEX_BITS as usize;
