//! The Thermoblock p-bit chip, described in Rust-HDL.
//!
//! Empty until the chip issue lands: the block semantics it must reproduce live in
//! `thermoblock-sim`, and docs/ARCHITECTURE.md describes where the chip will sit in the data flow.
