//! The chip in software: its bit-exact model, the quantizer that makes its images, and the
//! virtual board's register bus and command engine.
//!
//! What the model shares with the RTL and the host — configurations, numeric formats, schedules,
//! register map, protocol — is defined once in `thermoblock_contract`; this module only computes
//! with it. docs/ARCHITECTURE.md ("The chip") describes the design.
//!
//! * [`quantize`]: a trained block becomes a chip image of integer kernels;
//! * [`model`]: the chip, spin for spin and cycle for cycle count (`--backend chip`);
//! * [`bus`]: the chip's register bus over the model, the virtual board's chip;
//! * [`engine`]: the command engine that executes the host link's requests on a bus.

pub mod bus;
pub mod engine;
pub mod model;
pub mod quantize;
