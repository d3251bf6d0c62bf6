//! # `FrameWriter`: the link's reply frames onto a byte stream
//!
//! **Purpose.** Wraps a reply's payload in a frame of docs/PROTOCOL.md — `A5 5A`, type, seq,
//! length, payload, CRC-32 — as the command engine produces it, byte by byte, for the UART
//! transmitter or a DMA stream. The software twin is `thermoblock_contract::protocol::Frame::encode`:
//! the bytes out equal it for every frame.
//!
//! **Interface.** `start` (while idle) latches `kind`, `seq` and `length`. The frame then leaves on
//! `out_*` (valid/ready); during the payload each byte is pulled from `payload_*` (valid/ready, passed
//! straight through), and the CRC register advances on every covered byte that leaves.
//!
//! | port | dir | width | timing |
//! |---|---|---|---|
//! | `clock` | in | 1 | rising edge |
//! | `start` | in | 1 | begin a frame (ignored while `busy`) |
//! | `kind`, `seq` | in | 8, 8 | sampled with `start` |
//! | `length` | in | 11 | payload bytes, 0 ..= 1024, sampled with `start` |
//! | `payload_data`, `payload_valid` | in | 8, 1 | the next payload byte |
//! | `payload_ready` | out | 1 | combinational: the payload byte offered leaves at this edge |
//! | `out_data`, `out_valid` | out | 8, 1 | combinational from the state (and the payload byte) |
//! | `out_ready` | in | 1 | the byte offered leaves at this edge |
//! | `busy` | out | 1 | a frame is being written |
//!
//! **Reset.** None: the registers power up idle.

use rust_hdl::prelude::*;
use thermoblock_contract::protocol::{CRC_INIT, SYNC};

use crate::chip::field_unit::Extend;
use crate::link::crc32::Crc32Byte;
use crate::link::frame_parser::LEN_BITS;
use crate::testbench::Clocked;

const IDLE: u64 = 0;
const SYNC0: u64 = 1;
const SYNC1: u64 = 2;
const KIND: u64 = 3;
const SEQ: u64 = 4;
const LEN0: u64 = 5;
const LEN1: u64 = 6;
const PAYLOAD: u64 = 7;
/// Then CRC1 .. CRC3 (9 .. 11), counted up.
const CRC0: u64 = 8;
const CRC3: u64 = 11;

#[derive(LogicBlock)]
pub struct FrameWriter {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, bool>,
    pub kind: Signal<In, Bits<8>>,
    pub seq: Signal<In, Bits<8>>,
    pub length: Signal<In, Bits<LEN_BITS>>,
    pub payload_data: Signal<In, Bits<8>>,
    pub payload_valid: Signal<In, bool>,
    pub payload_ready: Signal<Out, bool>,
    pub out_data: Signal<Out, Bits<8>>,
    pub out_valid: Signal<Out, bool>,
    pub out_ready: Signal<In, bool>,
    pub busy: Signal<Out, bool>,
    state: DFF<Bits<4>>,
    kind_r: DFF<Bits<8>>,
    seq_r: DFF<Bits<8>>,
    len_r: DFF<Bits<LEN_BITS>>,
    left: DFF<Bits<LEN_BITS>>,
    /// The CRC register XOR `CRC_INIT` (power-up 0 needs no initial value); its final value.
    crc_x: DFF<Bits<32>>,
    crc: Crc32Byte,
    /// The length's high bits as its high byte (a concatenation in Verilog).
    len_hi: Extend<3, 8, false>,
    fire: Signal<Local, bool>,
    st_idle: Constant<Bits<4>>,
    st_sync0: Constant<Bits<4>>,
    st_sync1: Constant<Bits<4>>,
    st_kind: Constant<Bits<4>>,
    st_seq: Constant<Bits<4>>,
    st_len0: Constant<Bits<4>>,
    st_len1: Constant<Bits<4>>,
    st_payload: Constant<Bits<4>>,
    st_crc0: Constant<Bits<4>>,
    st_crc1: Constant<Bits<4>>,
    st_crc2: Constant<Bits<4>>,
    st_crc3: Constant<Bits<4>>,
    one_state: Constant<Bits<4>>,
    one_len: Constant<Bits<LEN_BITS>>,
    sync0: Constant<Bits<8>>,
    sync1: Constant<Bits<8>>,
    crc_init: Constant<Bits<32>>,
    zero32: Constant<Bits<32>>,
}

impl Default for FrameWriter {
    fn default() -> Self {
        let st = |s: u64| Constant::new(s.into());
        Self {
            clock: Default::default(),
            start: Default::default(),
            kind: Default::default(),
            seq: Default::default(),
            length: Default::default(),
            payload_data: Default::default(),
            payload_valid: Default::default(),
            payload_ready: Default::default(),
            out_data: Default::default(),
            out_valid: Default::default(),
            out_ready: Default::default(),
            busy: Default::default(),
            state: Default::default(),
            kind_r: Default::default(),
            seq_r: Default::default(),
            len_r: Default::default(),
            left: Default::default(),
            crc_x: Default::default(),
            crc: Default::default(),
            len_hi: Default::default(),
            fire: Default::default(),
            st_idle: st(IDLE),
            st_sync0: st(SYNC0),
            st_sync1: st(SYNC1),
            st_kind: st(KIND),
            st_seq: st(SEQ),
            st_len0: st(LEN0),
            st_len1: st(LEN1),
            st_payload: st(PAYLOAD),
            st_crc0: st(CRC0),
            st_crc1: st(CRC0 + 1),
            st_crc2: st(CRC0 + 2),
            st_crc3: st(CRC3),
            one_state: st(1),
            one_len: Constant::new(1u64.into()),
            sync0: Constant::new((SYNC[0] as u64).into()),
            sync1: Constant::new((SYNC[1] as u64).into()),
            crc_init: Constant::new((CRC_INIT as u64).into()),
            zero32: Constant::new(0u64.into()),
        }
    }
}

impl Logic for FrameWriter {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, kind_r, seq_r, len_r, left, crc_x);
        self.len_hi.narrow.next = self.len_r.q.val().get_bits::<3>(8);
        // The byte on offer, by state.
        self.out_valid.next = self.state.q.val() != self.st_idle.val();
        self.out_data.next = self.sync0.val();
        self.payload_ready.next = false;
        if self.state.q.val() == self.st_sync1.val() {
            self.out_data.next = self.sync1.val();
        } else if self.state.q.val() == self.st_kind.val() {
            self.out_data.next = self.kind_r.q.val();
        } else if self.state.q.val() == self.st_seq.val() {
            self.out_data.next = self.seq_r.q.val();
        } else if self.state.q.val() == self.st_len0.val() {
            self.out_data.next = self.len_r.q.val().get_bits::<8>(0);
        } else if self.state.q.val() == self.st_len1.val() {
            self.out_data.next = self.len_hi.wide.val();
        } else if self.state.q.val() == self.st_payload.val() {
            self.out_data.next = self.payload_data.val();
            self.out_valid.next = self.payload_valid.val();
            self.payload_ready.next = self.out_ready.val();
        } else if self.state.q.val() == self.st_crc0.val() {
            self.out_data.next = self.crc_x.q.val().get_bits::<8>(0);
        } else if self.state.q.val() == self.st_crc1.val() {
            self.out_data.next = self.crc_x.q.val().get_bits::<8>(8);
        } else if self.state.q.val() == self.st_crc2.val() {
            self.out_data.next = self.crc_x.q.val().get_bits::<8>(16);
        } else if self.state.q.val() == self.st_crc3.val() {
            self.out_data.next = self.crc_x.q.val().get_bits::<8>(24);
        }
        self.fire.next = self.out_valid.val() & self.out_ready.val();
        self.crc.crc_in.next = self.crc_x.q.val() ^ self.crc_init.val();
        self.crc.data_in.next = self.out_data.val();
        self.busy.next = self.state.q.val() != self.st_idle.val();
        if self.state.q.val() == self.st_idle.val() {
            if self.start.val() {
                self.kind_r.d.next = self.kind.val();
                self.seq_r.d.next = self.seq.val();
                self.len_r.d.next = self.length.val();
                self.left.d.next = self.length.val();
                self.crc_x.d.next = self.zero32.val();
                self.state.d.next = self.st_sync0.val();
            }
        } else if self.fire.val() {
            if (self.state.q.val() == self.st_kind.val())
                | (self.state.q.val() == self.st_seq.val())
                | (self.state.q.val() == self.st_len0.val())
                | (self.state.q.val() == self.st_len1.val())
                | (self.state.q.val() == self.st_payload.val())
            {
                self.crc_x.d.next = self.crc.crc_out.val() ^ self.crc_init.val();
            }
            if self.state.q.val() == self.st_len1.val() {
                if self.left.q.val().any() {
                    self.state.d.next = self.st_payload.val();
                } else {
                    self.state.d.next = self.st_crc0.val();
                }
            } else if self.state.q.val() == self.st_payload.val() {
                self.left.d.next = self.left.q.val() - self.one_len.val();
                if self.left.q.val() == self.one_len.val() {
                    self.state.d.next = self.st_crc0.val();
                }
            } else if self.state.q.val() == self.st_crc3.val() {
                self.state.d.next = self.st_idle.val();
            } else {
                self.state.d.next = self.state.q.val() + self.one_state.val();
            }
        }
    }
}

impl Clocked for FrameWriter {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use thermoblock_contract::protocol::{Frame, MAX_PAYLOAD};

    use super::*;
    use crate::flow::verilog;
    use crate::testbench::{Bench, Stream};

    /// Writes `frames` with random stalls on both streams; returns the bytes that left and every
    /// clock's ports (inputs, outputs) for the Verilator replay.
    fn write(frames: &[Frame], seed: u64) -> (Vec<u8>, Vec<(u64, u64)>) {
        let mut bench = Bench::new(FrameWriter::default());
        let mut s = Stream(seed);
        let (mut out, mut clocks) = (Vec::new(), Vec::new());
        let (mut next, mut sent) = (0, 0);
        let mut guard = 0;
        while next < frames.len() || bench.dut.busy.val() {
            guard += 1;
            assert!(guard < 10_000_000, "the writer stalls");
            let idle = !bench.dut.busy.val();
            let start = idle && next < frames.len() && s.chance(50);
            let f = &frames[next.min(frames.len() - 1)];
            bench.dut.start.next = start;
            bench.dut.kind.next = (f.kind as u64).into();
            bench.dut.seq.next = (f.seq as u64).into();
            bench.dut.length.next = (f.payload.len() as u64).into();
            let cur = &frames[if idle { next.min(frames.len() - 1) } else { next - 1 }];
            let pv = sent < cur.payload.len() && !s.chance(20);
            bench.dut.payload_valid.next = pv;
            bench.dut.payload_data.next = (*cur.payload.get(sent).unwrap_or(&0) as u64).into();
            bench.dut.out_ready.next = !s.chance(20);
            bench.settle();
            let d = &bench.dut;
            let (ov, or, od, pr) =
                (d.out_valid.val(), d.out_ready.val(), d.out_data.val().index() as u8, d.payload_ready.val());
            let inputs = (start as u64) << 40
                | (f.kind as u64) << 32
                | (f.seq as u64) << 24
                | (f.payload.len() as u64) << 13
                | (d.payload_data.val().index() as u64) << 5
                | (pv as u64) << 4
                | (or as u64) << 3;
            let outputs = (pr as u64) << 10 | (od as u64) << 2 | (ov as u64) << 1 | d.busy.val() as u64;
            clocks.push((inputs, outputs));
            if ov && or {
                out.push(od);
            }
            if pv && pr {
                sent += 1;
            }
            bench.cycle();
            if start {
                next += 1;
                sent = 0;
            }
        }
        (out, clocks)
    }

    fn frames(seed: u64, n: usize) -> Vec<Frame> {
        let mut s = Stream(seed);
        (0..n)
            .map(|i| {
                let len = match s.below(8) {
                    0 => 0,
                    1 => MAX_PAYLOAD,
                    _ => s.below(50),
                };
                Frame {
                    kind: s.below(256) as u8,
                    seq: i as u8,
                    payload: (0..len).map(|_| s.below(256) as u8).collect(),
                }
            })
            .collect()
    }

    #[test]
    fn writes_what_frame_encode_writes() {
        let fs = frames(3, 40);
        let (out, _) = write(&fs, 3);
        let want: Vec<u8> = fs.iter().flat_map(|f| f.encode()).collect();
        assert_eq!(out.len(), want.len());
        assert_eq!(out, want);
    }

    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  reg clock = 0;
  reg start = 0, payload_valid = 0, out_ready = 0;
  reg [7:0] kind = 0, seq = 0, payload_data = 0;
  reg [10:0] length = 0;
  wire payload_ready, out_valid, busy;
  wire [7:0] out_data;
  reg [63:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .start(start), .kind(kind), .seq(seq), .length(length), .payload_data(payload_data),
          .payload_valid(payload_valid), .payload_ready(payload_ready), .out_data(out_data),
          .out_valid(out_valid), .out_ready(out_ready), .busy(busy));
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {start, kind, seq, length, payload_data, payload_valid, out_ready} = vec[i][62:25];
      #1;
      if ({payload_ready, out_data, out_valid, busy} !== vec[i][10:0]) begin
        if (errors < 10) $display("MISMATCH clock %0d: expected %h, got %h", i, vec[i][10:0],
                                  {payload_ready, out_data, out_valid, busy});
        errors = errors + 1;
      end
      #1 clock = 1;
      #1 clock = 0;
    end
    $display("DONE %0d vectors %0d mismatches", N, errors);
    $finish;
  end
endmodule
"#;

    #[test]
    fn generated_verilog_matches_the_rust_hdl_model() {
        let (_, clocks) = write(&frames(9, 12), 9);
        let lines: Vec<String> = clocks.iter().map(|(i, o)| format!("{:016x}\n", (i >> 3) << 25 | o)).collect();
        let testbench = REPLAY_TESTBENCH.replace("@N@", &lines.len().to_string());
        verilog::assert_replay_clean("frame_writer", &testbench, &lines.concat());
    }

    crate::verilog_checks!("frame_writer");
}
