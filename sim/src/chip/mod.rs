//! The one home of everything the chip's RTL, its bit-exact model and the host must agree on.
//!
//! `thermoblock-hdl` imports these definitions to build its hardware units, and the chip model
//! uses them to reproduce the RTL bit for bit; nothing here is defined twice. docs/ARCHITECTURE.md
//! ("The chip") describes the design they belong to.
//!
//! * [`config`]: `ChipConfig` and the two named configurations, `ice40` and `ecp5`;
//! * [`rng`]: the per-lane xorshift64 generators and how they are seeded;
//! * [`pbit`]: the fixed-point field format, the sigmoid threshold table and the comparator;
//! * [`plane`]: the plane engine's geometry, windows, decision order and cycles (under construction);
//! * [`registers`]: the bus's register map and the writes that set up a run;
//! * [`protocol`]: the host link's frames, CRC, commands and replies (docs/PROTOCOL.md).

pub mod bus;
pub mod config;
pub mod engine;
pub mod memory;
pub mod model;
pub mod pbit;
pub mod plane;
pub mod protocol;
pub mod quantize;
pub mod registers;
pub mod rng;
pub mod schedule;
pub mod uart;

pub use config::{ChipConfig, FitError};
