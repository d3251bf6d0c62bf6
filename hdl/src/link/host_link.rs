//! # `HostLink`: the board's end of the host link, from byte stream to chip bus
//!
//! **Purpose.** [`FrameParser`] → [`CommandEngine`] → [`FrameWriter`]: request bytes in, reply
//! bytes out, the chip's bus driven in between. Both byte streams are valid/ready, so the same
//! unit sits behind the UART (`UartRx`, `UartTx`) or a PCIe DMA stream. Its software twin is
//! `thermoblock_sim::chip::engine::CommandEngine`: the tests below feed both the same byte streams
//! (good, damaged, refused and repeated requests, whole runs) and compare every reply byte and
//! every bus write.
//!
//! The engine takes no byte while it works on a frame (`in_ready` low), so a damaged frame's NAK
//! is never lost behind another reply; a UART in front drops bytes that arrive then, which a host
//! sees as a lost request and retries (the host waits for each reply, so this happens only on a
//! damaged line).
//!
//! **Ports** (`top` in `hdl/generated/host_link_ice40.v`, `host_link_ecp5.v`):
//!
//! | port | dir | width | timing |
//! |---|---|---|---|
//! | `clock` | in | 1 | rising edge |
//! | `in_data`, `in_valid` / `in_ready` | in / out | 8, 1 / 1 | request bytes, taken where both are high |
//! | `abandon` | in | 1 | drop a partial frame (the line went idle) |
//! | `out_data`, `out_valid` / `out_ready` | out / in | 8, 1 / 1 | reply bytes |
//! | `bus_addr`, `bus_wr`, `bus_wdata`, `bus_rd` | out | 22, 1, 32, 1 | the chip's bus (`Chip`'s ports) |
//! | `bus_rdata`, `bus_rvalid` | in | 32, 1 | a read's data, the clock after `bus_rd` |
//! | `chip_busy` | in | 1 | the chip's `busy` |
//! | `chip_input_busy` | in | 1 | the chip's `input_busy` (its run still reads the input memory) |
//! | `bad_frame`, `good_frame` | out | 1, 1 | a damaged frame (one-clock pulse); a good frame is held |
//!
//! **Reset.** None: every register powers up idle.
//!
//! [`FrameParser`]: crate::link::frame_parser::FrameParser
//! [`FrameWriter`]: crate::link::frame_writer::FrameWriter

use rust_hdl::prelude::*;
use thermoblock_contract::config::ChipConfig;

use crate::chip::top::{BUS_ADDR_BITS, BUS_DATA_BITS};
use crate::link::command_engine::CommandEngine;
use crate::link::frame_parser::FrameParser;
use crate::link::frame_writer::FrameWriter;
use crate::testbench::Clocked;

#[derive(LogicBlock)]
pub struct HostLink {
    pub clock: Signal<In, Clock>,
    pub in_data: Signal<In, Bits<8>>,
    pub in_valid: Signal<In, bool>,
    pub in_ready: Signal<Out, bool>,
    pub abandon: Signal<In, bool>,
    pub out_data: Signal<Out, Bits<8>>,
    pub out_valid: Signal<Out, bool>,
    pub out_ready: Signal<In, bool>,
    pub bus_addr: Signal<Out, Bits<BUS_ADDR_BITS>>,
    pub bus_wr: Signal<Out, bool>,
    pub bus_wdata: Signal<Out, Bits<BUS_DATA_BITS>>,
    pub bus_rd: Signal<Out, bool>,
    pub bus_rdata: Signal<In, Bits<BUS_DATA_BITS>>,
    pub bus_rvalid: Signal<In, bool>,
    pub chip_busy: Signal<In, bool>,
    pub chip_input_busy: Signal<In, bool>,
    /// A damaged frame arrived (one-clock pulse); a good frame is held.
    pub bad_frame: Signal<Out, bool>,
    pub good_frame: Signal<Out, bool>,
    parser: FrameParser,
    engine: CommandEngine,
    writer: FrameWriter,
}

impl HostLink {
    pub fn new(config: &ChipConfig) -> Self {
        Self {
            clock: Default::default(),
            in_data: Default::default(),
            in_valid: Default::default(),
            in_ready: Default::default(),
            abandon: Default::default(),
            out_data: Default::default(),
            out_valid: Default::default(),
            out_ready: Default::default(),
            bus_addr: Default::default(),
            bus_wr: Default::default(),
            bus_wdata: Default::default(),
            bus_rd: Default::default(),
            bus_rdata: Default::default(),
            bus_rvalid: Default::default(),
            chip_busy: Default::default(),
            chip_input_busy: Default::default(),
            bad_frame: Default::default(),
            good_frame: Default::default(),
            parser: Default::default(),
            engine: CommandEngine::new(config),
            writer: Default::default(),
        }
    }
}

impl Logic for HostLink {
    #[hdl_gen]
    fn update(&mut self) {
        self.parser.clock.next = self.clock.val();
        self.engine.clock.next = self.clock.val();
        self.writer.clock.next = self.clock.val();
        // Request bytes reach the parser only while the engine is idle.
        self.parser.in_data.next = self.in_data.val();
        self.parser.in_valid.next = self.in_valid.val() & self.engine.accept.val();
        self.in_ready.next = self.parser.in_ready.val() & self.engine.accept.val();
        self.parser.abandon.next = self.abandon.val();
        self.parser.rd_addr.next = self.engine.rd_addr.val();
        self.parser.frame_done.next = self.engine.frame_done.val();
        self.engine.frame_valid.next = self.parser.frame_valid.val();
        self.engine.kind.next = self.parser.kind.val();
        self.engine.seq.next = self.parser.seq.val();
        self.engine.length.next = self.parser.length.val();
        self.engine.rd_data.next = self.parser.rd_data.val();
        self.engine.bad.next = self.parser.bad.val();
        self.engine.bad_code.next = self.parser.bad_code.val();
        self.writer.start.next = self.engine.w_start.val();
        self.writer.kind.next = self.engine.w_kind.val();
        self.writer.seq.next = self.engine.w_seq.val();
        self.writer.length.next = self.engine.w_len.val();
        self.writer.payload_data.next = self.engine.w_data.val();
        self.writer.payload_valid.next = self.engine.w_valid.val();
        self.engine.w_ready.next = self.writer.payload_ready.val();
        self.engine.w_busy.next = self.writer.busy.val();
        self.out_data.next = self.writer.out_data.val();
        self.out_valid.next = self.writer.out_valid.val();
        self.writer.out_ready.next = self.out_ready.val();
        self.bus_addr.next = self.engine.bus_addr.val();
        self.bus_wr.next = self.engine.bus_wr.val();
        self.bus_wdata.next = self.engine.bus_wdata.val();
        self.bus_rd.next = self.engine.bus_rd.val();
        self.engine.bus_rdata.next = self.bus_rdata.val();
        self.engine.bus_rvalid.next = self.bus_rvalid.val();
        self.engine.chip_busy.next = self.chip_busy.val();
        self.engine.chip_input_busy.next = self.chip_input_busy.val();
        self.bad_frame.next = self.parser.bad.val();
        self.good_frame.next = self.parser.frame_valid.val();
    }
}

impl Clocked for HostLink {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use thermoblock_contract::config::{ECP5, ICE40};
    use thermoblock_contract::protocol::*;
    use thermoblock_contract::registers::{INPUT_BASE, STATUS, STATUS_BUSY, STATUS_INPUT_FREE};
    use thermoblock_contract::run::ChipRun;
    use thermoblock_sim::chip::bus::{Bus, ChipBus};
    use thermoblock_sim::chip::engine::CommandEngine as Twin;
    use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

    use super::*;
    use crate::flow::verilog;
    use crate::testbench::{Bench, Stream};
    use thermoblock_sim::chip::quantize::quantize;

    /// The chip model behind its bus, logging every write, with a `busy` the test sets (the
    /// model's runs finish within their start write; `busy` exercises the engines' refusals) and
    /// an `input_busy` (busy in the clamp pass; without it a busy chip takes input words).
    struct Logged {
        bus: ChipBus,
        writes: Vec<(u32, u32)>,
        busy: bool,
        input_busy: bool,
    }

    impl Bus for Logged {
        fn write(&mut self, addr: u32, data: u32) {
            self.writes.push((addr, data));
            let input = addr >> 19 == INPUT_BASE >> 19;
            if !self.busy || (input && !self.input_busy) {
                self.bus.write(addr, data);
            }
        }
        fn read(&mut self, addr: u32) -> u32 {
            let v = self.bus.read(addr);
            let free = self.busy && !self.input_busy;
            let status = |on: bool, bit: u32| if on { bit } else { 0 };
            if addr == STATUS {
                v & !(STATUS_BUSY | STATUS_INPUT_FREE)
                    | status(self.busy, STATUS_BUSY)
                    | status(free, STATUS_INPUT_FREE)
            } else {
                v
            }
        }
    }

    fn logged(config: ChipConfig) -> Logged {
        Logged { bus: ChipBus::new(config), writes: Vec::new(), busy: false, input_busy: false }
    }

    /// The RTL link on a bench, its bus served by a [`Logged`] chip model.
    struct Rtl {
        bench: Bench<HostLink>,
        bus: Logged,
        /// The read answered in the next clock.
        pending: Option<u32>,
        /// Every clock's ports, for the Verilator replay.
        clocks: Vec<(u128, u128)>,
        record: bool,
    }

    impl Rtl {
        fn new(config: ChipConfig, record: bool) -> Rtl {
            Rtl {
                bench: Bench::new(HostLink::new(&config)),
                bus: logged(config),
                pending: None,
                clocks: vec![],
                record,
            }
        }

        /// One clock of `abandon`: the line went idle in the middle of a frame.
        fn abandon(&mut self) {
            self.bench.dut.in_valid.next = false;
            self.bench.dut.abandon.next = true;
            self.bench.cycle();
            self.bench.dut.abandon.next = false;
            if self.record {
                // The replay holds `abandon` low: record nothing the replay could not reproduce.
                self.record = false;
                self.clocks.clear();
            }
        }

        /// Offers `bytes` one by one (waiting for `in_ready`), collecting reply bytes until the
        /// link has been idle for a while after the last.
        fn feed(&mut self, bytes: &[u8], stall: &mut Stream) -> Vec<u8> {
            let (mut i, mut out, mut quiet) = (0, Vec::new(), 0);
            let mut guard = 0u64;
            while i < bytes.len() || quiet < 64 {
                guard += 1;
                assert!(guard < 5_000_000, "the link stalls");
                let d = &mut self.bench.dut;
                let offer = i < bytes.len();
                d.in_valid.next = offer;
                d.in_data.next = (*bytes.get(i).unwrap_or(&0) as u64).into();
                d.out_ready.next = !stall.chance(25);
                d.chip_busy.next = self.bus.busy;
                d.chip_input_busy.next = self.bus.input_busy;
                d.bus_rvalid.next = self.pending.is_some();
                d.bus_rdata.next = (self.pending.unwrap_or(0) as u64).into();
                self.bench.settle();
                let d = &self.bench.dut;
                let took = offer && d.in_ready.val();
                if d.out_valid.val() && d.out_ready.val() {
                    out.push(d.out_data.val().index() as u8);
                }
                let (addr, wdata) = (d.bus_addr.val().index() as u32, d.bus_wdata.val().index() as u32);
                if d.bus_wr.val() {
                    self.bus.write(addr, wdata);
                }
                self.pending = d.bus_rd.val().then(|| self.bus.read(addr));
                if self.record {
                    let inputs = (d.in_data.val().index() as u128) << 37
                        | (offer as u128) << 36
                        | (d.out_ready.val() as u128) << 35
                        | (d.chip_busy.val() as u128) << 34
                        | (d.chip_input_busy.val() as u128) << 33
                        | (d.bus_rvalid.val() as u128) << 32
                        | d.bus_rdata.val().index() as u128;
                    let outputs = (d.in_ready.val() as u128) << 65
                        | (d.out_data.val().index() as u128) << 57
                        | (d.out_valid.val() as u128) << 56
                        | (addr as u128) << 34
                        | (d.bus_wr.val() as u128) << 33
                        | (wdata as u128) << 1
                        | d.bus_rd.val() as u128;
                    self.clocks.push((inputs, outputs));
                }
                quiet = if took || d.out_valid.val() || !d.in_ready.val() { 0 } else { quiet + 1 };
                self.bench.cycle();
                if took {
                    i += 1;
                }
            }
            out
        }
    }

    /// What the software engine answers to `bytes`.
    fn twin_feed(twin: &mut Twin<Logged>, bytes: &[u8]) -> Vec<u8> {
        bytes.iter().filter_map(|&b| twin.receive(b)).flatten().collect()
    }

    /// How a session's phase treats its requests.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Phase {
        /// Frames as the host builds them (damaged copies on the line before each).
        Clean,
        /// Also unknown types, bad lengths, and now and then a busy chip.
        Hostile,
        /// Clean frames to a chip that is running its clamp pass.
        Busy,
        /// Clean frames to a chip that is running past its clamp pass (input words accepted).
        PastClamp,
    }

    /// A session of requests around a whole run: the run's own requests, reads of every kind,
    /// refusals (unconfigured, out of range, bad configuration, unknown type, bad length, busy),
    /// retries of the same seq, damaged and oversized frames, noise between frames.
    fn session(config: ChipConfig, seed: u64) -> Vec<(Vec<u8>, bool, bool)> {
        let mut s = Stream(seed);
        let spec = if config.lanes == 4 {
            RandomBlockSpec { c0: 6, c1: 7, c2: 5, kernel: 3, coupling: 1.0 }
        } else {
            RandomBlockSpec { c0: 20, c1: 40, c2: 33, kernel: 3, coupling: 0.7 }
        };
        let (h, w) = (3 + s.below(3), 2 + s.below(4));
        let block = random_block(&spec, seed).unwrap();
        let x = random_spins(spec.c0, h, w, seed + 1);
        let (image, _) = quantize(&block, &config, h, w).unwrap();
        let run = ChipRun { delta: 0.6, sweeps: 6, burn_in: 2, seed };
        let hw = (h * w) as u16;
        let lanes = config.lanes;
        let span = |s: &mut Stream, channels: usize| Span {
            channel: s.below(channels + 2) as u16,
            pos: s.below(hw as usize + 2) as u16,
            count: 1 + s.below(channels * hw as usize + 3) as u16,
        };
        // Refusals before any configuration, a configuration beyond the chip's limits.
        let mut refused: Vec<Request> = vec![
            Request::Run,
            Request::ReadSums(SumWindow::Output, Span { channel: 0, pos: 0, count: 1 }),
            Request::Identify,
            Request::Status,
            Request::ReadCounters,
            Request::Reset,
        ];
        let Request::WriteConfig(good) = run_requests(&config, &image, &x, &run, 64)[0].clone() else {
            panic!("a run starts with its configuration")
        };
        // C0 beyond the chip, an even k2, h = 0, delta 0, sweeps beyond CONFIG2, GEOMETRY0's top byte.
        for (i, v) in [
            (0, good[0] & !0xff | (config.max_c0 as u32 + 1)),
            (1, good[1] & !(0xff << 24) | 2 << 24),
            (1, good[1] & !0xff),
            (3, 0),
            (4, config.max_sweeps + 1),
            (0, good[0] | 1 << 24),
        ] {
            let mut words = good.clone();
            words[i] = v;
            refused.push(Request::WriteConfig(words));
        }
        let mut random = Vec::new();
        for _ in 0..40 {
            random.push(match s.below(9) {
                0 => Request::ReadSums(SumWindow::Output, span(&mut s, image.c2)),
                1 => Request::ReadSums(SumWindow::Hidden, span(&mut s, image.c1)),
                2 => Request::ReadSigns(span(&mut s, image.c2)),
                3 => Request::Status,
                4 => Request::ReadCounters,
                5 => Request::WriteWeights {
                    bank: s.below(lanes + 1) as u16,
                    addr: (s.below(8192) as u16) | if s.chance(20) { 0xe000 } else { 0 },
                    words: (0..1 + s.below(20)).map(|_| s.next() as i16).collect(),
                },
                6 => {
                    let sp = span(&mut s, image.c0.div_ceil(lanes));
                    Request::WriteInput {
                        span: sp,
                        words: (0..sp.count).map(|_| s.next() as u32 & mask(lanes)).collect(),
                    }
                }
                7 => Request::Run,
                _ => Request::Identify,
            });
        }
        // The run itself, then the random requests, then the run's results read back.
        let max_payload = 64 + s.below(MAX_PAYLOAD - 64);
        let run_reqs = run_requests(&config, &image, &x, &run, max_payload);
        let relaunch = launch_requests(&config, &image, &x, &run, max_payload);
        let mut reads = sum_requests(image.c2, image.c1, hw as usize, MAX_PAYLOAD);
        reads.push(Request::ReadSigns(Span { channel: 0, pos: 0, count: image.c2 as u16 * hw }));
        let mut out = Vec::new();
        let mut seq = 0u8;
        // While a run is in progress, every write, RUN and result read is refused; past its clamp
        // pass (`PastClamp`) the input words are taken.
        let during_run = vec![
            run_reqs[0].clone(),
            run_reqs[1].clone(),
            relaunch[1].clone(),
            Request::Run,
            Request::ReadSums(SumWindow::Hidden, Span { channel: 0, pos: 0, count: 1 }),
            Request::Status,
        ];
        for (reqs, mode) in [
            (refused, Phase::Hostile),
            (run_reqs.clone(), Phase::Clean),
            (during_run.clone(), Phase::Busy),
            (during_run, Phase::PastClamp),
            (random, Phase::Hostile),
            (relaunch, Phase::Clean),
            (reads, Phase::Clean),
        ] {
            let hostile = mode == Phase::Hostile;
            for r in reqs {
                seq = seq.wrapping_add(1);
                let mut frame = r.frame(seq, lanes);
                if hostile {
                    match s.below(12) {
                        0 => frame.kind = 0x40 + s.below(64) as u8, // an unknown type
                        1 if !frame.payload.is_empty() => {
                            frame.payload.pop(); // a bad length
                        }
                        2 => frame.payload.push(0),
                        _ => {}
                    }
                }
                let bytes = frame.encode();
                // A damaged copy first (the host's retry follows), a stray A5, a repeat.
                let mut damaged = bytes.clone();
                match s.below(10) {
                    0 => {
                        let k = 2 + s.below(bytes.len() - 2);
                        damaged[k] ^= 1 << s.below(8);
                        out.push((damaged, false, false));
                    }
                    1 => {
                        damaged[5] = 0x04 + s.below(3) as u8;
                        out.push((damaged, false, false));
                    }
                    2 => out.push((vec![0xA5], false, false)),
                    _ => {}
                }
                let busy = matches!(mode, Phase::Busy | Phase::PastClamp) || (hostile && s.chance(10));
                let input_busy = busy && (mode == Phase::Busy || (hostile && s.chance(2)));
                out.push((bytes.clone(), busy, input_busy));
                if s.chance(12) {
                    out.push((bytes, busy, input_busy));
                }
                if s.chance(8) {
                    out.push(((0..s.below(5)).map(|_| s.below(256) as u8).collect(), false, false));
                }
            }
        }
        out
    }

    fn mask(lanes: usize) -> u32 {
        if lanes == 32 { u32::MAX } else { (1 << lanes) - 1 }
    }

    /// Reply types seen: `(ACK type, 0)` or `(NAK, code)`.
    type Replies = BTreeSet<(u8, u8)>;

    /// Runs `session` through both engines, comparing reply bytes and bus writes request by
    /// request; returns the replies' types (ACK types, `NAK` + code), the RTL's recorded clocks.
    fn compare(config: ChipConfig, seed: u64, record: bool) -> (Replies, Counters, Vec<(u128, u128)>) {
        let mut rtl = Rtl::new(config, record);
        let mut twin = Twin::new(logged(config), config);
        let mut stall = Stream(seed ^ 0x5eed);
        let mut seen = BTreeSet::new();
        for (n, (bytes, busy, input_busy)) in session(config, seed).into_iter().enumerate() {
            (rtl.bus.busy, rtl.bus.input_busy) = (busy, input_busy);
            (twin.bus.busy, twin.bus.input_busy) = (busy, input_busy);
            let want = twin_feed(&mut twin, &bytes);
            let got = rtl.feed(&bytes, &mut stall);
            assert_eq!(got, want, "{}: request {n}: reply bytes", config.name);
            let (a, b) = (&rtl.bus.writes, &twin.bus.writes);
            if let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) {
                panic!("{}: request {n}: bus write {i}: RTL {:x?}, software {:x?}", config.name, a.get(i), b.get(i));
            }
            // A header damaged into a long length swallows what follows until the line goes
            // idle: the boards then drop the partial frame (`thermoblock board` does the same).
            if !twin.idle() {
                twin.abandon_frame();
                rtl.abandon();
            }
            let mut p = thermoblock_contract::protocol::FrameParser::new();
            for parsed in want.iter().filter_map(|&b| p.push(b)) {
                let Parsed::Frame(f) = parsed else { panic!("the twin's reply does not parse") };
                seen.insert(if f.kind == NAK { (NAK, f.payload[0]) } else { (f.kind, 0) });
            }
        }
        (seen, twin.counters(), rtl.clocks)
    }

    /// Every reply the protocol has — each command's ACK and every NAK code — was compared, and
    /// runs, duplicates and damaged frames were among the requests.
    fn assert_covers(seen: &Replies, c: &Counters) {
        assert!(c.runs >= 2 && c.duplicates >= 2 && c.bad_frames >= 2, "{c:?}");
        for c in Command::ALL {
            assert!(seen.contains(&(c as u8 | ACK, 0)), "no ACK of {c:?} in the sessions");
        }
        for code in 1..=8 {
            assert!(seen.contains(&(NAK, code)), "no NAK {:?} in the sessions", NakCode::from_u8(code));
        }
    }

    #[test]
    fn answers_and_writes_what_the_software_engine_does_ice40() {
        let (mut seen, mut total) = (BTreeSet::new(), Counters::default());
        for seed in 1..=3 {
            let (s, c, _) = compare(ICE40, seed, false);
            seen.extend(s);
            total.runs += c.runs;
            total.duplicates += c.duplicates;
            total.bad_frames += c.bad_frames;
        }
        assert_covers(&seen, &total);
    }

    #[test]
    fn answers_and_writes_what_the_software_engine_does_ecp5() {
        let (seen, counters, _) = compare(ECP5, 7, false);
        assert_covers(&seen, &counters);
    }

    const REPLAY_TESTBENCH: &str = r#"
module tb;
  localparam N = @N@;
  reg clock = 0;
  reg [7:0] in_data = 0;
  reg in_valid = 0, out_ready = 0, chip_busy = 0, chip_input_busy = 0, bus_rvalid = 0;
  reg [31:0] bus_rdata = 0;
  wire in_ready, out_valid, bus_wr, bus_rd;
  wire [7:0] out_data;
  wire [21:0] bus_addr;
  wire [31:0] bus_wdata;
  reg [127:0] vec [0:N-1];
  integer i;
  integer errors = 0;
  top dut(.clock(clock), .in_data(in_data), .in_valid(in_valid), .in_ready(in_ready), .abandon(1'b0),
          .out_data(out_data), .out_valid(out_valid), .out_ready(out_ready), .bus_addr(bus_addr),
          .bus_wr(bus_wr), .bus_wdata(bus_wdata), .bus_rd(bus_rd), .bus_rdata(bus_rdata),
          .bus_rvalid(bus_rvalid), .chip_busy(chip_busy), .chip_input_busy(chip_input_busy), .bad_frame(),
          .good_frame());
  initial begin
    $readmemh("vectors.hex", vec);
    for (i = 0; i < N; i = i + 1) begin
      {in_data, in_valid, out_ready, chip_busy, chip_input_busy, bus_rvalid, bus_rdata} = vec[i][127:83];
      #1;
      if ({in_ready, out_data, out_valid, bus_addr, bus_wr, bus_wdata, bus_rd} !== vec[i][65:0]) begin
        if (errors < 10) $display("MISMATCH clock %0d: expected %h, got %h", i, vec[i][65:0],
                                  {in_ready, out_data, out_valid, bus_addr, bus_wr, bus_wdata, bus_rd});
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
        let (_, _, clocks) = compare(ICE40, 11, true);
        let lines: Vec<String> = clocks.iter().map(|(i, o)| format!("{:032x}\n", i << 83 | o)).collect();
        let testbench = REPLAY_TESTBENCH.replace("@N@", &lines.len().to_string());
        verilog::assert_replay_clean("host_link_ice40", &testbench, &lines.concat());
    }

    mod ice40 {
        crate::verilog_checks!("host_link_ice40");
    }

    mod ecp5 {
        crate::verilog_checks!("host_link_ecp5");
    }
}
