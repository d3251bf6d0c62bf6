//! The chip's units, each one file headed like a datasheet, and the lane chip's top level.
//!
//! * [`lane_rng`]: one lane's xorshift64 generator;
//! * [`pbit`]: the p-bit, threshold ROM and comparator;
//! * [`field_unit`]: an integer coupling sum to a field code (delta multiply, shift, offset);
//! * [`lane`]: accumulator, field unit, p-bit and generator: one p-bit lane;
//! * [`block_ram`]: an exact-depth synchronous memory;
//! * [`coupling_memory`], [`spin_memory`], [`clamp_memory`]: the lanes' weights, the spin layers
//!   and the clamped constants;
//! * [`sweep_controller`]: the schedule's steps as addresses and strobes;
//! * [`average_sign`]: the running sums of every spin, and their signs;
//! * [`top`]: the lane chip — lanes, controller, memories and the bus — as `ChipIce40`,
//!   `ChipIce40Up5k`, `ChipEcp5`. Its successor, the plane engine, is built in [`crate::plane`].

pub mod average_sign;
pub mod block_ram;
pub mod clamp_memory;
pub mod coupling_memory;
pub mod field_unit;
pub mod lane;
pub mod lane_rng;
pub mod pbit;
pub mod spin_memory;
pub mod sweep_controller;
pub mod top;
