//! The chip's UART (8N1): its bit timing, and a line model at clock resolution.
//!
//! One definition for the RTL (`hdl/src/link/uart_rx.rs`, `uart_tx.rs`), their tests and the virtual
//! board's cycle-accurate link: a bit lasts `clocks_per_bit` chip clocks (the build-time divisor,
//! [`clocks_per_bit`]); the line idles high; a frame is a start bit (low), 8 data bits LSB first and
//! a stop bit (high).
//!
//! **Receiver** ([`RxModel`], the RTL's state machine step for step): the line passes a two-flop
//! synchronizer; a low level in idle starts a frame; half a bit later the start bit is checked
//! again (a shorter glitch returns to idle); then every `clocks_per_bit` clocks a bit is sampled as
//! the majority of the last three synchronized samples; the byte is delivered at the middle of the
//! stop bit (a low stop bit is a framing error and delivers nothing), and the receiver is idle
//! again from there, so the next start edge is caught even from a sender up to a few percent fast.
//! Sampling at bit centres tolerates a clock mismatch of about ±4% at 16 clocks per bit; the
//! tests check ±2% at several divisors.
//!
//! **Transmitter**: a new byte starts when the previous stop bit ends; each bit is held for exactly
//! `clocks_per_bit` clocks.

/// The checked-in boards' clock (`constraints/`: the PLL's output) and line rate: 48 MHz and 3 Mbaud,
/// [`BOARD_CLOCKS_PER_BIT`] clocks per bit. The RTL board (`hdl/src/boards/board.rs`), its Verilator model
/// (`rtl`) and the host's rate figures all take them from here.
pub const BOARD_CLOCK_HZ: u64 = 48_000_000;
pub const BOARD_BAUD: u64 = 3_000_000;
pub const BOARD_CLOCKS_PER_BIT: u32 = (BOARD_CLOCK_HZ / BOARD_BAUD) as u32;
/// Clocks of silence after which the board drops a partial frame: 1 ms at [`BOARD_CLOCK_HZ`].
pub const BOARD_IDLE_CLOCKS: u32 = (BOARD_CLOCK_HZ / 1000) as u32;

/// The divisor for a chip clock and baud rate: the nearest integer number of clocks per bit, or an
/// error if that is under 8 clocks (too few to find a bit's centre) or misses the baud rate by more
/// than 1% (half the mismatch the receiver is built to tolerate).
pub fn clocks_per_bit(clock_hz: u64, baud: u64) -> Result<u32, String> {
    if baud == 0 {
        return Err("baud rate 0".into());
    }
    let exact = clock_hz as f64 / baud as f64;
    let n = exact.round();
    if n < 8.0 {
        return Err(format!("{clock_hz} Hz gives {exact:.2} clocks per bit at {baud} baud; at least 8 are needed"));
    }
    let error = (exact - n).abs() / exact;
    if error > 0.01 {
        return Err(format!(
            "{clock_hz} Hz / {baud} baud = {exact:.3} clocks per bit: {n} misses the rate by {:.2}% (at most 1%)",
            100.0 * error
        ));
    }
    Ok(n as u32)
}

/// The line levels of `bytes` sent back to back, one per `period` clocks (fractional, to model a
/// sender whose clock differs from the receiver's), starting after `idle` clocks of idle line and
/// ending with `idle` more: `levels[t]` is the line during clock `t`.
pub fn line_levels(bytes: &[u8], period: f64, idle: usize) -> Vec<bool> {
    let bits: Vec<bool> = bytes
        .iter()
        .flat_map(|&b| std::iter::once(false).chain((0..8).map(move |i| b >> i & 1 == 1)).chain(std::iter::once(true)))
        .collect();
    let len = idle + (bits.len() as f64 * period).ceil() as usize + idle;
    (0..len)
        .map(|t| {
            if t < idle {
                return true;
            }
            let k = ((t - idle) as f64 / period) as usize;
            bits.get(k).copied().unwrap_or(true)
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RxState {
    Idle,
    Start,
    Data,
    Stop,
}

/// What the receiver reports after a clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RxEvent {
    Byte(u8),
    FramingError,
}

/// The receiver, clock by clock: the software twin of `hdl/src/link/uart_rx.rs`.
#[derive(Clone, Debug)]
pub struct RxModel {
    clocks_per_bit: u32,
    meta: bool,
    sync: bool,
    /// The last three synchronized samples, newest in bit 0.
    history: u8,
    state: RxState,
    count: u32,
    bit: u32,
    shift: u8,
}

impl RxModel {
    pub fn new(clocks_per_bit: u32) -> Self {
        Self {
            clocks_per_bit,
            meta: true,
            sync: true,
            history: 0b111,
            state: RxState::Idle,
            count: 0,
            bit: 0,
            shift: 0,
        }
    }

    /// One clock edge with the line at `rx`. The event is what the RTL's `valid`/`framing_error`
    /// outputs show after this edge.
    pub fn clock(&mut self, rx: bool) -> Option<RxEvent> {
        // The state machine sees the values before this edge (registers update together).
        let (sync, history) = (self.sync, self.history);
        let majority = (history & 1) + (history >> 1 & 1) + (history >> 2 & 1) >= 2;
        let mut event = None;
        match self.state {
            RxState::Idle => {
                if !sync {
                    self.state = RxState::Start;
                    self.count = self.clocks_per_bit / 2 - 1;
                }
            }
            RxState::Start => {
                if self.count == 0 {
                    if majority {
                        self.state = RxState::Idle; // a glitch, not a start bit
                    } else {
                        self.state = RxState::Data;
                        self.count = self.clocks_per_bit - 1;
                        self.bit = 0;
                    }
                } else {
                    self.count -= 1;
                }
            }
            RxState::Data => {
                if self.count == 0 {
                    self.shift = self.shift >> 1 | (majority as u8) << 7;
                    self.count = self.clocks_per_bit - 1;
                    if self.bit == 7 {
                        self.state = RxState::Stop;
                    } else {
                        self.bit += 1;
                    }
                } else {
                    self.count -= 1;
                }
            }
            RxState::Stop => {
                if self.count == 0 {
                    event = Some(if majority { RxEvent::Byte(self.shift) } else { RxEvent::FramingError });
                    self.state = RxState::Idle;
                } else {
                    self.count -= 1;
                }
            }
        }
        self.history = (history << 1 | sync as u8) & 0b111;
        self.sync = self.meta;
        self.meta = rx;
        event
    }
}

/// The bytes a receiver with `clocks_per_bit` takes from `levels`, and its framing errors.
pub fn receive(levels: &[bool], clocks_per_bit: u32) -> (Vec<u8>, usize) {
    let mut rx = RxModel::new(clocks_per_bit);
    let (mut bytes, mut errors) = (Vec::new(), 0);
    for &l in levels {
        match rx.clock(l) {
            Some(RxEvent::Byte(b)) => bytes.push(b),
            Some(RxEvent::FramingError) => errors += 1,
            None => {}
        }
    }
    (bytes, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divisors_for_board_clocks() {
        assert_eq!(clocks_per_bit(48_000_000, 3_000_000), Ok(16));
        assert_eq!(clocks_per_bit(12_000_000, 115_200), Ok(104)); // 104.17: 0.16% off
        assert!(clocks_per_bit(25_000_000, 3_000_000).unwrap_err().contains("misses the rate"));
        assert!(clocks_per_bit(12_000_000, 3_000_000).unwrap_err().contains("at least 8"));
    }

    /// The receiver model takes bytes sent at ±2% of its rate, at several divisors, with no
    /// framing errors; at ±8% it fails (so the margin test can fail).
    #[test]
    fn the_receiver_survives_two_percent_mismatch() {
        let bytes: Vec<u8> = (0..=255u8).chain([0x00, 0xFF, 0x55, 0xAA, 0xA5, 0x5A]).collect();
        for cpb in [8u32, 16, 33, 104] {
            for skew in [-0.02, 0.0, 0.02] {
                let levels = line_levels(&bytes, cpb as f64 * (1.0 + skew), 3 * cpb as usize);
                assert_eq!(receive(&levels, cpb), (bytes.clone(), 0), "{cpb} clocks per bit, skew {skew}");
            }
            let fast = line_levels(&bytes, cpb as f64 * 0.92, 3 * cpb as usize);
            assert_ne!(receive(&fast, cpb).0, bytes, "{cpb} clocks per bit at -8% must fail");
        }
    }

    #[test]
    fn a_glitch_is_not_a_start_bit() {
        let mut levels = vec![true; 200];
        levels[50] = false; // one clock low
        levels[51] = false;
        assert_eq!(receive(&levels, 16), (vec![], 0));
    }
}
