//! # `UartRx`: the link's 8N1 receiver
//!
//! **Purpose.** Turns the serial line from the host's USB-UART into bytes for the frame parser.
//! The bit timing and the state machine are defined once in `thermoblock_contract::uart`
//! ([`RxModel`] is the software twin); this unit is that definition in flip-flops, checked against it
//! clock by clock.
//!
//! **Behaviour.** The line passes a two-flop synchronizer (it comes from another clock domain). A
//! low level in idle starts a frame; `clocks_per_bit / 2` clocks later the start bit is checked
//! again (a shorter glitch returns to idle); then every `clocks_per_bit` clocks one data bit is
//! sampled, LSB first, as the majority of the last three synchronized samples; at the middle of the
//! stop bit the byte is delivered (or, if the stop bit reads low, `framing_error` pulses and nothing
//! is delivered) and the receiver is idle again. Sampling at bit centres survives a clock mismatch
//! of ±2% (the tests check it at several divisors).
//!
//! **Ports** (`top` in `hdl/generated/uart_rx.v`, built with [`TEST_CLOCKS_PER_BIT`]):
//!
//! | port | dir | width | timing |
//! |---|---|---|---|
//! | `clock` | in | 1 | rising edge |
//! | `rx` | in | 1 | the serial line, asynchronous; idles high |
//! | `data` | out | 8 | the last byte received; valid with `valid` |
//! | `valid` | out | 1 | one-clock pulse: a byte arrived |
//! | `framing_error` | out | 1 | one-clock pulse: a frame whose stop bit read low |
//!
//! **Reset.** None: every register powers up as 0, and the synchronizer and sample history hold
//! the line *inverted* (1 = low), so power-up reads as an idle line.
//!
//! [`RxModel`]: thermoblock_contract::uart::RxModel

use rust_hdl::prelude::*;

use crate::testbench::Clocked;

/// The divisor of the checked-in unit (its tests also run other divisors).
pub const TEST_CLOCKS_PER_BIT: u32 = 16;
/// Bits of the bit-period counter: divisors up to 65,535 (115,200 baud from a 7.5 GHz clock).
pub const COUNT_BITS: usize = 16;

#[derive(LogicBlock)]
pub struct UartRx {
    pub clock: Signal<In, Clock>,
    pub rx: Signal<In, bool>,
    pub data: Signal<Out, Bits<8>>,
    pub valid: Signal<Out, bool>,
    pub framing_error: Signal<Out, bool>,
    /// The synchronizer, inverted (1 = line low).
    meta_n: DFF<bool>,
    sync_n: DFF<bool>,
    /// The last three synchronized samples, inverted, newest first.
    hist0_n: DFF<bool>,
    hist1_n: DFF<bool>,
    hist2_n: DFF<bool>,
    /// 0 idle, 1 start, 2 data, 3 stop.
    state: DFF<Bits<2>>,
    count: DFF<Bits<COUNT_BITS>>,
    bit_index: DFF<Bits<3>>,
    shift: DFF<Bits<8>>,
    valid_r: DFF<bool>,
    error_r: DFF<bool>,
    /// The majority of `history_n`: the line read low.
    low: Signal<Local, bool>,
    count_zero: Signal<Local, bool>,
    half_m1: Constant<Bits<COUNT_BITS>>,
    full_m1: Constant<Bits<COUNT_BITS>>,
    one: Constant<Bits<COUNT_BITS>>,
    st_idle: Constant<Bits<2>>,
    st_start: Constant<Bits<2>>,
    st_data: Constant<Bits<2>>,
    st_stop: Constant<Bits<2>>,
    last_bit: Constant<Bits<3>>,
    one_bit: Constant<Bits<3>>,
    zero_bit: Constant<Bits<3>>,
    /// Bit 7 of the shift register: where a received 1 enters.
    msb: Constant<Bits<8>>,
}

impl UartRx {
    /// A receiver taking `clocks_per_bit` clocks per bit (at least 8; see
    /// `thermoblock_contract::uart::clocks_per_bit`).
    pub fn new(clocks_per_bit: u32) -> Self {
        assert!((8..1 << COUNT_BITS).contains(&clocks_per_bit), "clocks per bit {clocks_per_bit} out of range");
        let c = |v: u32| Constant::new((v as u64).into());
        Self {
            clock: Default::default(),
            rx: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            framing_error: Default::default(),
            meta_n: Default::default(),
            sync_n: Default::default(),
            hist0_n: Default::default(),
            hist1_n: Default::default(),
            hist2_n: Default::default(),
            state: Default::default(),
            count: Default::default(),
            bit_index: Default::default(),
            shift: Default::default(),
            valid_r: Default::default(),
            error_r: Default::default(),
            low: Default::default(),
            count_zero: Default::default(),
            half_m1: c(clocks_per_bit / 2 - 1),
            full_m1: c(clocks_per_bit - 1),
            one: c(1),
            st_idle: Constant::new(0u64.into()),
            st_start: Constant::new(1u64.into()),
            st_data: Constant::new(2u64.into()),
            st_stop: Constant::new(3u64.into()),
            last_bit: Constant::new(7u64.into()),
            one_bit: Constant::new(1u64.into()),
            zero_bit: Constant::new(0u64.into()),
            msb: Constant::new(0x80u64.into()),
        }
    }
}

impl Default for UartRx {
    fn default() -> Self {
        Self::new(TEST_CLOCKS_PER_BIT)
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, meta_n, sync_n, hist0_n, hist1_n, hist2_n, state, count, bit_index, shift, valid_r, error_r
        );
        self.meta_n.d.next = !self.rx.val();
        self.sync_n.d.next = self.meta_n.q.val();
        self.hist0_n.d.next = self.sync_n.q.val();
        self.hist1_n.d.next = self.hist0_n.q.val();
        self.hist2_n.d.next = self.hist1_n.q.val();
        self.low.next = (self.hist0_n.q.val() & self.hist1_n.q.val())
            | (self.hist1_n.q.val() & self.hist2_n.q.val())
            | (self.hist0_n.q.val() & self.hist2_n.q.val());
        self.count_zero.next = !self.count.q.val().any();
        self.valid_r.d.next = false;
        self.error_r.d.next = false;
        if !self.count_zero.val() {
            self.count.d.next = self.count.q.val() - self.one.val();
        }
        if self.state.q.val() == self.st_idle.val() {
            if self.sync_n.q.val() {
                self.state.d.next = self.st_start.val();
                self.count.d.next = self.half_m1.val();
            }
        } else if self.state.q.val() == self.st_start.val() {
            if self.count_zero.val() {
                if self.low.val() {
                    self.state.d.next = self.st_data.val();
                    self.count.d.next = self.full_m1.val();
                    self.bit_index.d.next = self.zero_bit.val();
                } else {
                    self.state.d.next = self.st_idle.val();
                }
            }
        } else if self.state.q.val() == self.st_data.val() {
            if self.count_zero.val() {
                if self.low.val() {
                    self.shift.d.next = self.shift.q.val() >> 1;
                } else {
                    self.shift.d.next = (self.shift.q.val() >> 1) | self.msb.val();
                }
                self.count.d.next = self.full_m1.val();
                if self.bit_index.q.val() == self.last_bit.val() {
                    self.state.d.next = self.st_stop.val();
                } else {
                    self.bit_index.d.next = self.bit_index.q.val() + self.one_bit.val();
                }
            }
        } else if self.count_zero.val() {
            self.valid_r.d.next = !self.low.val();
            self.error_r.d.next = self.low.val();
            self.state.d.next = self.st_idle.val();
        }
        self.data.next = self.shift.q.val();
        self.valid.next = self.valid_r.q.val();
        self.framing_error.next = self.error_r.q.val();
    }
}

impl Clocked for UartRx {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use thermoblock_contract::uart::{RxEvent, RxModel, line_levels};

    use super::*;
    use crate::flow::verilog;
    use crate::testbench::Bench;

    /// What the unit's outputs show after each clock, per the software twin.
    fn expected(levels: &[bool], cpb: u32) -> Vec<(bool, bool, u8)> {
        let mut m = RxModel::new(cpb);
        let mut data = 0u8;
        levels
            .iter()
            .map(|&l| match m.clock(l) {
                Some(RxEvent::Byte(b)) => {
                    data = b;
                    (true, false, b)
                }
                Some(RxEvent::FramingError) => (false, true, data),
                None => (false, false, data),
            })
            .collect()
    }

    /// Every byte value and the sync marker, sent at `skew` off the receiver's rate, with a glitch
    /// and a broken frame (stop bit low) in between.
    fn stimulus(cpb: u32, skew: f64) -> Vec<bool> {
        let bytes: Vec<u8> = (0..=255u8).chain([0xA5, 0x5A]).collect();
        let mut levels = line_levels(&bytes, cpb as f64 * (1.0 + skew), 2 * cpb as usize);
        levels.extend([false, true, true, true]); // a one-clock glitch
        // A frame with a low stop bit: 0x00 then the line stays low for two more bits.
        levels.extend(std::iter::repeat_n(false, 11 * cpb as usize));
        levels.extend(std::iter::repeat_n(true, 4 * cpb as usize));
        levels
    }

    /// Clock by clock against the software twin (data compared when valid), at ±2% and at the
    /// divisors of the boards' clocks.
    #[test]
    fn matches_the_software_twin_at_two_percent_mismatch() {
        for cpb in [8u32, 16, 33] {
            for skew in [-0.02, 0.0, 0.02] {
                let levels = stimulus(cpb, skew);
                let want = expected(&levels, cpb);
                let mut bench = Bench::new(UartRx::new(cpb));
                let (mut bytes, mut errors) = (Vec::new(), 0);
                for (t, (&l, &(valid, error, data))) in levels.iter().zip(&want).enumerate() {
                    bench.dut.rx.next = l;
                    bench.cycle();
                    let got = (bench.dut.valid.val(), bench.dut.framing_error.val());
                    assert_eq!(got, (valid, error), "cpb {cpb}, skew {skew}, clock {t}");
                    if valid {
                        assert_eq!(bench.dut.data.val().index() as u8, data, "cpb {cpb}, skew {skew}, clock {t}");
                        bytes.push(data);
                    }
                    errors += error as usize;
                }
                // Every byte sent arrives; the broken frame is one framing error (what the receiver
                // makes of the line after it, low for two more bits, varies with the timing).
                let sent: Vec<u8> = (0..=255u8).chain([0xA5, 0x5A]).collect();
                assert_eq!(bytes[..sent.len()], sent[..], "cpb {cpb}, skew {skew}");
                assert_eq!(errors, 1, "cpb {cpb}, skew {skew}: framing errors");
            }
        }
    }

    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  reg clock = 0;
  reg rx = 1;
  wire [7:0] data;
  wire valid, framing_error;
  reg [11:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .rx(rx), .data(data), .valid(valid), .framing_error(framing_error));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      rx = vec[i][10];
      #1 clock = 1;
      #1 clock = 0;
      if (valid !== vec[i][9] || framing_error !== vec[i][8] || (valid && data !== vec[i][7:0])) begin
        if (errors < 10) $display("MISMATCH clock %0d: expected %h, got valid %0d error %0d data %h", i, vec[i], valid, framing_error, data);
        errors = errors + 1;
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    #[test]
    fn generated_verilog_matches_the_software_twin() {
        let levels = stimulus(TEST_CLOCKS_PER_BIT, 0.02);
        let lines: Vec<String> = levels
            .iter()
            .zip(expected(&levels, TEST_CLOCKS_PER_BIT))
            .map(|(&l, (v, e, d))| format!("{:03x}\n", (l as u32) << 10 | (v as u32) << 9 | (e as u32) << 8 | d as u32))
            .collect();
        let testbench = REPLAY_TESTBENCH.replace("@N@", &lines.len().to_string());
        verilog::assert_replay_clean("uart_rx", &testbench, &lines.concat());
    }

    crate::verilog_checks!("uart_rx");
}
