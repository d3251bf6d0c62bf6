//! What an FPGA build synthesizes.
//!
//! * [`board`]: the board's top level — UART, host link and chip;
//! * [`fpga`]: the FPGA boards `make synth` builds, and their board tops' clocks.

pub mod board;
pub mod fpga;
