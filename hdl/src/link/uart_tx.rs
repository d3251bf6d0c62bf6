//! # `UartTx`: the link's 8N1 transmitter
//!
//! **Purpose.** Sends the command engine's reply bytes to the host. Bit timing as in
//! `thermoblock_contract::uart`: start bit (low), 8 data bits LSB first, stop bit (high), each
//! exactly `clocks_per_bit` clocks; the line idles high.
//!
//! **Handshake.** A byte is taken at an edge where `valid` and `ready` are both high. `ready` is
//! high while idle and during the last clock of a stop bit, so bytes offered back to back leave
//! back to back: exactly `10 · clocks_per_bit` clocks each, the line rate.
//!
//! **Ports** (`top` in `hdl/generated/uart_tx.v`, built with `uart_rx::TEST_CLOCKS_PER_BIT`):
//!
//! | port | dir | width | timing |
//! |---|---|---|---|
//! | `clock` | in | 1 | rising edge |
//! | `data` | in | 8 | sampled at the edge that takes it |
//! | `valid` | in | 1 | a byte is offered |
//! | `ready` | out | 1 | combinational: the byte offered is taken at this edge |
//! | `tx` | out | 1 | the serial line, registered |
//!
//! **Reset.** None: the registers power up idle.

use rust_hdl::prelude::*;

use crate::link::uart_rx::{COUNT_BITS, TEST_CLOCKS_PER_BIT};
use crate::testbench::Clocked;

#[derive(LogicBlock)]
pub struct UartTx {
    pub clock: Signal<In, Clock>,
    pub data: Signal<In, Bits<8>>,
    pub valid: Signal<In, bool>,
    pub ready: Signal<Out, bool>,
    pub tx: Signal<Out, bool>,
    busy: DFF<bool>,
    /// The data bits still to send, next in bit 0.
    shift: DFF<Bits<8>>,
    count: DFF<Bits<COUNT_BITS>>,
    /// Bits still to send after the current one: 9 during the start bit, 0 during the stop bit.
    left: DFF<Bits<4>>,
    count_zero: Signal<Local, bool>,
    last: Signal<Local, bool>,
    take: Signal<Local, bool>,
    full_m1: Constant<Bits<COUNT_BITS>>,
    one: Constant<Bits<COUNT_BITS>>,
    nine: Constant<Bits<4>>,
    one_left: Constant<Bits<4>>,
}

impl UartTx {
    pub fn new(clocks_per_bit: u32) -> Self {
        assert!((8..1 << COUNT_BITS).contains(&clocks_per_bit), "clocks per bit {clocks_per_bit} out of range");
        Self {
            clock: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            ready: Default::default(),
            tx: Default::default(),
            busy: Default::default(),
            shift: Default::default(),
            count: Default::default(),
            left: Default::default(),
            count_zero: Default::default(),
            last: Default::default(),
            take: Default::default(),
            full_m1: Constant::new(((clocks_per_bit - 1) as u64).into()),
            one: Constant::new(1u64.into()),
            nine: Constant::new(9u64.into()),
            one_left: Constant::new(1u64.into()),
        }
    }
}

impl Default for UartTx {
    fn default() -> Self {
        Self::new(TEST_CLOCKS_PER_BIT)
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, busy, shift, count, left);
        self.count_zero.next = !self.count.q.val().any();
        // The last clock of the stop bit.
        self.last.next = self.busy.q.val() & self.count_zero.val() & !self.left.q.val().any();
        self.ready.next = !self.busy.q.val() | self.last.val();
        self.take.next = self.valid.val() & (!self.busy.q.val() | self.last.val());
        if self.take.val() {
            self.busy.d.next = true;
            self.shift.d.next = self.data.val();
            self.count.d.next = self.full_m1.val();
            self.left.d.next = self.nine.val();
        } else if self.busy.q.val() {
            if !self.count_zero.val() {
                self.count.d.next = self.count.q.val() - self.one.val();
            } else if self.left.q.val().any() {
                // The start bit keeps the data in place; each data bit shifts it on.
                if self.left.q.val() != self.nine.val() {
                    self.shift.d.next = self.shift.q.val() >> 1;
                }
                self.count.d.next = self.full_m1.val();
                self.left.d.next = self.left.q.val() - self.one_left.val();
            } else {
                self.busy.d.next = false;
            }
        }
        // Idle and the stop bit are high, the start bit low, data bits as they come.
        if !self.busy.q.val() | !self.left.q.val().any() {
            self.tx.next = true;
        } else if self.left.q.val() == self.nine.val() {
            self.tx.next = false;
        } else {
            self.tx.next = self.shift.q.val().get_bit(0);
        }
    }
}

impl Clocked for UartTx {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use thermoblock_contract::uart::receive;

    use super::*;
    use crate::flow::verilog;
    use crate::testbench::{Bench, Stream};

    /// Offers `bytes` (with random idle gaps where `gaps`), returns the line, clock by clock, and
    /// the clocks each byte was taken at.
    fn send(cpb: u32, bytes: &[u8], gaps: bool) -> (Vec<bool>, Vec<u64>) {
        let mut bench = Bench::new(UartTx::new(cpb));
        let mut s = Stream(cpb as u64);
        let (mut line, mut taken) = (Vec::new(), Vec::new());
        let mut next = 0;
        let mut wait = 0;
        while next < bytes.len() || bench.dut.busy.q.val() {
            let offer = next < bytes.len() && wait == 0;
            bench.dut.valid.next = offer;
            bench.dut.data.next = (*bytes.get(next).unwrap_or(&0) as u64).into();
            bench.settle();
            let took = offer && bench.dut.ready.val();
            bench.cycle();
            line.push(bench.dut.tx.val());
            if took {
                taken.push(bench.cycles());
                next += 1;
                wait = if gaps && s.chance(20) { s.below(3 * cpb as usize) } else { 0 };
            } else {
                wait = wait.saturating_sub(1);
            }
        }
        line.extend(std::iter::repeat_n(true, 2 * cpb as usize));
        (line, taken)
    }

    /// What it sends the software receiver reads back, at several divisors, and back-to-back bytes
    /// leave exactly `10 · clocks_per_bit` clocks apart (the line rate).
    #[test]
    fn sends_what_the_receiver_model_reads_at_line_rate() {
        let bytes: Vec<u8> = (0..=255u8).chain([0xA5, 0x5A]).collect();
        for cpb in [8u32, 16, 33] {
            let (line, taken) = send(cpb, &bytes, false);
            let mut padded = vec![true; 2 * cpb as usize];
            padded.extend(&line);
            assert_eq!(decode(&padded, cpb), bytes, "cpb {cpb}");
            let spacing: Vec<u64> = taken.windows(2).map(|w| w[1] - w[0]).collect();
            assert!(spacing.iter().all(|&d| d == 10 * cpb as u64), "cpb {cpb}: {spacing:?}");
            let (gappy, _) = send(cpb, &bytes, true);
            let mut padded = vec![true; 2 * cpb as usize];
            padded.extend(&gappy);
            assert_eq!(decode(&padded, cpb), bytes, "cpb {cpb} with gaps");
        }
    }

    fn decode(line: &[bool], cpb: u32) -> Vec<u8> {
        let (bytes, errors) = receive(line, cpb);
        assert_eq!(errors, 0);
        bytes
    }

    /// Each bit lasts exactly `clocks_per_bit` clocks: the line's runs are multiples of it.
    #[test]
    fn bits_last_exactly_one_period() {
        let (line, _) = send(16, &[0x55, 0xAA, 0x0F], false);
        let mut runs = vec![];
        let mut run = 1;
        for w in line.windows(2) {
            if w[0] == w[1] {
                run += 1;
            } else {
                runs.push(run);
                run = 1;
            }
        }
        assert!(runs.iter().skip(1).all(|r| r % 16 == 0), "{runs:?}");
    }

    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  reg clock = 0;
  reg valid = 0;
  reg [7:0] data = 0;
  wire ready, tx;
  reg [10:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .data(data), .valid(valid), .ready(ready), .tx(tx));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {valid, data} = vec[i][10:2];
      #1;
      if (ready !== vec[i][1]) begin
        if (errors < 10) $display("MISMATCH clock %0d: ready expected %0d", i, vec[i][1]);
        errors = errors + 1;
      end
      #1 clock = 1;
      #1 clock = 0;
      if (tx !== vec[i][0]) begin
        if (errors < 10) $display("MISMATCH clock %0d: tx expected %0d", i, vec[i][0]);
        errors = errors + 1;
      end
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    /// The generated Verilog, driven with the rust-hdl run's inputs, gives its `ready` and `tx`
    /// clock by clock (bytes with random gaps).
    #[test]
    fn generated_verilog_matches_the_rust_hdl_model() {
        let mut bench = Bench::new(UartTx::default());
        let mut s = Stream(99);
        let mut lines = Vec::new();
        for _ in 0..20_000 {
            let (valid, data) = (s.chance(30), s.below(256) as u64);
            bench.dut.valid.next = valid;
            bench.dut.data.next = data.into();
            bench.settle();
            let ready = bench.dut.ready.val();
            bench.cycle();
            let word = (valid as u64) << 10 | data << 2 | (ready as u64) << 1 | bench.dut.tx.val() as u64;
            lines.push(format!("{word:03x}\n"));
        }
        let testbench = REPLAY_TESTBENCH.replace("@N@", &lines.len().to_string());
        verilog::assert_replay_clean("uart_tx", &testbench, &lines.concat());
    }

    crate::verilog_checks!("uart_tx");
}
