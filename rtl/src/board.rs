//! [`BoardRtl`]: the FPGA top level (`hdl/src/boards/board.rs`: UART, frame parser, command engine, frame
//! writer and chip) in Verilator, driven through its one serial line.
//!
//! Bytes go in as line levels, one bit per [`BOARD_CLOCKS_PER_BIT`] clocks (8N1, back to back, as
//! a host UART sends them), and come out through the software twin of the board's receiver
//! ([`RxModel`]) listening on `uart_tx`: nothing of the board is bypassed, so what this sees is what
//! a host on a real board's serial line sees, cycle for cycle. Simulated time advances only when a
//! method clocks the model; [`BoardRtl::cycles`] is the board's clock since power-up, and at
//! [`BOARD_CLOCK_HZ`] it converts to the seconds a real board would take.

use std::fmt;

use thermoblock_contract::ChipConfig;
use thermoblock_contract::uart::{
    BOARD_CLOCK_HZ, BOARD_CLOCKS_PER_BIT, BOARD_IDLE_CLOCKS, RxEvent, RxModel, line_levels,
};

use crate::chip::{RtlError, built_kind};
use crate::ffi::{BOARD_BUSY, BOARD_ERROR, BOARD_WAS_BUSY, BoardHandle, ChipKind};
use crate::trace::TraceWindow;

/// Cycles per call into the model while the line is idle (small enough that [`BoardRtl::settle`]
/// stops soon after what it waits for, large enough that the FFI call costs nothing).
const CHUNK: usize = 1024;

/// The board in Verilator. Not `Send`/`Sync`; see the crate documentation.
pub struct BoardRtl {
    handle: BoardHandle,
    config: ChipConfig,
    /// The host's receiver on `uart_tx`.
    listener: RxModel,
    /// Consecutive cycles, up to now, with both lines idle high and the chip not busy.
    quiet: u64,
    busy: bool,
    error: bool,
    framing_errors: u64,
    /// Scratch: rx and tx levels of one call.
    rx: Vec<u8>,
    tx: Vec<u8>,
}

impl fmt::Debug for BoardRtl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BoardRtl").field("config", &self.config.name).field("cycles", &self.cycles()).finish()
    }
}

impl BoardRtl {
    /// A board of `config` (`ICE40` or `ECP5`) at power-up: line idle, no frame, chip unconfigured.
    pub fn new(config: ChipConfig) -> Result<Self, RtlError> {
        let kind = built_kind(&config)?;
        if !matches!(kind, ChipKind::Ice40 | ChipKind::Ecp5) {
            return Err(RtlError::NoBoard(config.name));
        }
        let handle = BoardHandle::new(kind);
        Ok(Self {
            handle,
            config,
            listener: RxModel::new(BOARD_CLOCKS_PER_BIT),
            quiet: 0,
            busy: false,
            error: false,
            framing_errors: 0,
            rx: Vec::new(),
            tx: Vec::new(),
        })
    }

    /// The chip configuration.
    pub fn config(&self) -> &ChipConfig {
        &self.config
    }

    /// Clock edges since power-up.
    pub fn cycles(&self) -> u64 {
        self.handle.cycles()
    }

    /// Writes a VCD waveform of every signal of the board to `path` over the clock edges of
    /// `window`, counted from power-up; what is dumped reaches the file after every call that clocks
    /// the board. See [`crate::trace`]; needs a build with the `trace` feature.
    pub fn trace(&mut self, path: &std::path::Path, window: TraceWindow) -> Result<(), RtlError> {
        crate::trace::start(path, window, |p, from, to| self.handle.trace(p, from, to))
    }

    /// [`cycles`](Self::cycles) in seconds of a board clocked at [`BOARD_CLOCK_HZ`].
    pub fn seconds(&self) -> f64 {
        self.cycles() as f64 / BOARD_CLOCK_HZ as f64
    }

    /// `led_busy`: a run is in progress.
    pub fn busy(&self) -> bool {
        self.busy
    }

    /// `led_error`: the last frame was damaged (or a UART framing error), until the next good one.
    pub fn error(&self) -> bool {
        self.error
    }

    /// Bytes from the board whose stop bit was low (a broken line; never on a clean one).
    pub fn framing_errors(&self) -> u64 {
        self.framing_errors
    }

    /// Cycles since the last activity: a bit on either line or a busy chip.
    pub fn quiet_cycles(&self) -> u64 {
        self.quiet
    }

    /// Sends `bytes` on `uart_rx`, back to back at the line rate (10 bits of
    /// [`BOARD_CLOCKS_PER_BIT`] clocks each), and appends what the board sent meanwhile to `out`.
    pub fn send(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        if bytes.is_empty() {
            return;
        }
        let mut rx = std::mem::take(&mut self.rx);
        rx.clear();
        rx.extend(line_levels(bytes, f64::from(BOARD_CLOCKS_PER_BIT), 0).into_iter().map(u8::from));
        self.clock(Some(&rx), rx.len(), out);
        self.rx = rx;
        self.quiet = 0; // the last stop bit was activity on the line
    }

    /// `cycles` cycles of idle line; appends what the board sent to `out`.
    pub fn idle(&mut self, mut cycles: u64, out: &mut Vec<u8>) {
        while cycles > 0 {
            let n = cycles.min(CHUNK as u64);
            self.clock(None, n as usize, out);
            cycles -= n;
        }
    }

    /// Idles until the board has sent something (appended to `out`), or has been quiet for `quiet`
    /// cycles (nothing on either line, the chip not busy), or `limit` cycles have passed. Returns
    /// whether it sent something.
    pub fn settle(&mut self, quiet: u64, limit: u64, out: &mut Vec<u8>) -> bool {
        let (start, len) = (self.cycles(), out.len());
        while out.len() == len && self.quiet < quiet && self.cycles() - start < limit {
            let n = (limit - (self.cycles() - start)).min(CHUNK as u64);
            self.clock(None, n as usize, out);
        }
        out.len() > len
    }

    /// Drops a partial frame the way a real board does when its host falls silent: idles
    /// [`BOARD_IDLE_CLOCKS`] cycles (plus one bit), so the board's idle timeout fires.
    pub fn time_out(&mut self, out: &mut Vec<u8>) {
        self.idle(u64::from(BOARD_IDLE_CLOCKS + BOARD_CLOCKS_PER_BIT), out);
    }

    /// `n` cycles with `uart_rx` at `rx` (idle if `None`); decodes `uart_tx` into `out`.
    fn clock(&mut self, rx: Option<&[u8]>, n: usize, out: &mut Vec<u8>) {
        let mut tx = std::mem::take(&mut self.tx);
        tx.clear();
        tx.resize(n, 1);
        let status = self.handle.clock(rx, &mut tx);
        for &level in &tx {
            match self.listener.clock(level != 0) {
                Some(RxEvent::Byte(b)) => out.push(b),
                Some(RxEvent::FramingError) => self.framing_errors += 1,
                None => {}
            }
        }
        // Quiet: the trailing cycles with tx high, or none if the chip was busy in this call (a
        // conservative count; the chip's runs are long and the calls short).
        self.quiet = if status & BOARD_WAS_BUSY != 0 {
            0
        } else {
            let trailing = tx.iter().rev().take_while(|&&l| l != 0).count() as u64;
            if trailing == n as u64 && rx.is_none() { self.quiet + trailing } else { trailing }
        };
        self.busy = status & BOARD_BUSY != 0;
        self.error = status & BOARD_ERROR != 0;
        self.tx = tx;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use thermoblock_contract::config::ICE40;
    use thermoblock_contract::protocol::Request;
    use thermoblock_sim::chip::bus::ChipBus;
    use thermoblock_sim::chip::engine::CommandEngine;

    /// The board's replies to `frames`, each sent when the last reply is complete, and the software
    /// engine's to the same bytes.
    fn exchange(frames: &[Vec<u8>]) -> (Vec<u8>, Vec<u8>) {
        let mut board = BoardRtl::new(ICE40).expect("ice40 board");
        let mut engine = CommandEngine::new(ChipBus::new(ICE40), ICE40);
        let (mut got, mut want) = (Vec::new(), Vec::new());
        for frame in frames {
            board.send(frame, &mut got);
            board.settle(4 * u64::from(BOARD_IDLE_CLOCKS), 1 << 22, &mut got);
            // The whole reply: until the line has been quiet for a few byte times.
            while board.settle(200 * u64::from(BOARD_CLOCKS_PER_BIT), 1 << 22, &mut got) {}
            want.extend(frame.iter().filter_map(|&b| engine.receive(b)).flatten());
        }
        (got, want)
    }

    #[test]
    fn the_board_answers_identify_and_status_like_the_software_engine() {
        let frames: Vec<Vec<u8>> = [Request::Identify, Request::Status, Request::Reset]
            .iter()
            .enumerate()
            .map(|(seq, r)| r.frame(seq as u8, ICE40.lanes).encode())
            .collect();
        let (got, want) = exchange(&frames);
        assert!(!want.is_empty());
        assert_eq!(got, want, "the verilated board's bytes differ from the software engine's");
    }
}
