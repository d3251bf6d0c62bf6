//! The build flow: from Rust-HDL to checked-in Verilog, and from a bitstream to its manifest.
//!
//! * [`verilog`]: the checked-in Verilog (`hdl/generated/`), how to regenerate it and how it is
//!   linted;
//! * [`bitstream`]: the manifest of each FPGA build.

pub mod bitstream;
pub mod verilog;
