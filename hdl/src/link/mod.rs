//! The host link in hardware: docs/PROTOCOL.md on one serial line.
//!
//! * [`uart_rx`], [`uart_tx`]: the 8N1 UART;
//! * [`frame_parser`], [`frame_writer`] (with [`crc32`]): frames in and out;
//! * [`command_engine`]: the requests executed on the chip's bus;
//! * [`host_link`]: parser, engine and writer as one byte-stream unit.

pub mod command_engine;
pub mod crc32;
pub mod frame_parser;
pub mod frame_writer;
pub mod host_link;
pub mod uart_rx;
pub mod uart_tx;
