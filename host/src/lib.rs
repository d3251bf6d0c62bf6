//! Host side of Thermoblock: the backends a block can run on and the `thermoblock` command-line tool.

pub mod backend;
pub mod cli;
pub mod commands;
pub mod eval;
pub mod link;
pub mod plot;
pub mod progress;
