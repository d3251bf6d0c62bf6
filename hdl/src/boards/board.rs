//! # `Board`: the chip behind its UART — the top level an FPGA build synthesizes
//!
//! **Purpose.** [`UartRx`] → [`HostLink`] (frame parser, command engine, frame writer) → [`UartTx`],
//! with the engine driving the [`Chip`]'s bus: a board that speaks docs/PROTOCOL.md on one serial
//! line. Nothing here computes; it wires the units and adds the two things a serial line needs:
//!
//! * **An idle timeout.** When no byte has arrived for `idle_clocks` clocks in the middle of a
//!   frame, the partial frame is dropped (`abandon`), so a frame cut short by a lost byte cannot
//!   swallow the next request. The software board (`thermoblock board`) does the same after
//!   `--idle-ms`.
//! * **LEDs.** `led_busy` is the chip's `busy`; `led_error` lights for a damaged frame or a UART
//!   framing error and stays lit until the next good frame.
//!
//! The UART has no receive FIFO: a byte that arrives while the engine works on a frame is dropped
//! (`HostLink` takes no byte then). A host waits for each reply, so only a damaged line does this,
//! and the host's retry recovers it.
//!
//! **Ports** (`top` in `hdl/generated/board_ice40.v` and `board_ecp5.v`):
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | the board clock; the baud rate is `clock / clocks_per_bit` |
//! | `uart_rx` | in | 1 | serial line from the host (8N1, idles high) |
//! | `uart_tx` | out | 1 | serial line to the host |
//! | `led_busy`, `led_error` | out | 1, 1 | a run is in progress; the last frame was damaged |
//!
//! **Reset.** None: every register powers up idle.
//!
//! [`UartRx`]: crate::link::uart_rx::UartRx
//! [`UartTx`]: crate::link::uart_tx::UartTx
//! [`HostLink`]: crate::link::host_link::HostLink
//! [`Chip`]: crate::chip::top::Chip

use rust_hdl::prelude::*;
use thermoblock_contract::config::{ChipConfig, ECP5, ECP5_85F, ICE40, ICE40_UP5K};

use crate::chip::top::{BUS_ADDR_BITS, BUS_DATA_BITS, Chip};
use crate::link::host_link::HostLink;
use crate::link::uart_rx::UartRx;
use crate::link::uart_tx::UartTx;
use crate::testbench::Clocked;

/// Bits of the idle counter.
const IDLE_BITS: usize = 24;

/// The divisor and timeout of the checked-in boards (48 MHz, 3 Mbaud, a partial frame dropped after
/// 1 ms of silence), defined once in the line model.
pub use thermoblock_contract::uart::{BOARD_CLOCKS_PER_BIT, BOARD_IDLE_CLOCKS};

/// The `ice40` board.
pub type BoardIce40 = crate::sized_for!(Board, ICE40);

/// The `ecp5` board.
pub type BoardEcp5 = crate::sized_for!(Board, ECP5);

/// The `ice40-up5k` board: what the iCEBreaker holds (`crate::boards::fpga::ICEBREAKER`).
pub type BoardIce40Up5k = crate::sized_for!(Board, ICE40_UP5K);

/// The `ecp5-85f` board: what the ULX3S holds (`crate::boards::fpga::ULX3S`).
pub type BoardEcp5_85F = crate::sized_for!(Board, ECP5_85F);

#[derive(LogicBlock)]
pub struct Board<
    const P: usize,
    const C0: usize,
    const C1: usize,
    const C2: usize,
    const POSITIONS: usize,
    const DEPTH: usize,
    const SUMS: usize,
> {
    pub clock: Signal<In, Clock>,
    pub uart_rx: Signal<In, bool>,
    pub uart_tx: Signal<Out, bool>,
    pub led_busy: Signal<Out, bool>,
    pub led_error: Signal<Out, bool>,
    receiver: UartRx,
    link: HostLink,
    transmitter: UartTx,
    chip: Chip<P, C0, C1, C2, POSITIONS, DEPTH, SUMS>,
    idle: DFF<Bits<IDLE_BITS>>,
    error: DFF<bool>,
    /// The link's bus requests, one clock later at the chip: the engine's request logic and the
    /// chip's register decode are each a clock's work (without this stage their sum limited the
    /// ULX3S build to 46.7 MHz). The engine waits for `bus_rvalid`, so reads take the clock in stride.
    bus_addr: DFF<Bits<BUS_ADDR_BITS>>,
    bus_wr: DFF<bool>,
    bus_wdata: DFF<Bits<BUS_DATA_BITS>>,
    bus_rd: DFF<bool>,
    idle_limit: Constant<Bits<IDLE_BITS>>,
    one: Constant<Bits<IDLE_BITS>>,
}

impl<
    const P: usize,
    const C0: usize,
    const C1: usize,
    const C2: usize,
    const POS: usize,
    const D: usize,
    const S: usize,
> Board<P, C0, C1, C2, POS, D, S>
{
    /// The checked-in board: [`BOARD_CLOCKS_PER_BIT`], [`BOARD_IDLE_CLOCKS`].
    pub fn checked_in(config: &ChipConfig) -> Self {
        Self::new(config, BOARD_CLOCKS_PER_BIT, BOARD_IDLE_CLOCKS)
    }

    /// A board for `config` whose clock gives `clocks_per_bit` clocks per UART bit and which
    /// drops a partial frame after `idle_clocks` clocks without a byte.
    pub fn new(config: &ChipConfig, clocks_per_bit: u32, idle_clocks: u32) -> Self {
        assert_eq!(config.lanes, P, "the configuration is the chip's");
        assert!(
            idle_clocks > 20 * clocks_per_bit && (idle_clocks as u64) < 1 << IDLE_BITS,
            "the idle timeout must exceed two byte times and fit {IDLE_BITS} bits"
        );
        Self {
            clock: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led_busy: Default::default(),
            led_error: Default::default(),
            receiver: UartRx::new(clocks_per_bit),
            link: HostLink::new(config),
            transmitter: UartTx::new(clocks_per_bit),
            chip: Chip::new(config),
            idle: Default::default(),
            error: Default::default(),
            bus_addr: Default::default(),
            bus_wr: Default::default(),
            bus_wdata: Default::default(),
            bus_rd: Default::default(),
            idle_limit: Constant::new((idle_clocks as u64).into()),
            one: Constant::new(1u64.into()),
        }
    }
}

impl<
    const P: usize,
    const C0: usize,
    const C1: usize,
    const C2: usize,
    const POS: usize,
    const D: usize,
    const S: usize,
> Logic for Board<P, C0, C1, C2, POS, D, S>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, idle, error, bus_addr, bus_wr, bus_wdata, bus_rd);
        self.receiver.clock.next = self.clock.val();
        self.link.clock.next = self.clock.val();
        self.transmitter.clock.next = self.clock.val();
        self.chip.clock.next = self.clock.val();
        self.receiver.rx.next = self.uart_rx.val();
        self.link.in_data.next = self.receiver.data.val();
        self.link.in_valid.next = self.receiver.valid.val();
        self.transmitter.data.next = self.link.out_data.val();
        self.transmitter.valid.next = self.link.out_valid.val();
        self.link.out_ready.next = self.transmitter.ready.val();
        self.uart_tx.next = self.transmitter.tx.val();
        self.bus_addr.d.next = self.link.bus_addr.val();
        self.bus_wr.d.next = self.link.bus_wr.val();
        self.bus_wdata.d.next = self.link.bus_wdata.val();
        self.bus_rd.d.next = self.link.bus_rd.val();
        self.chip.bus_addr.next = self.bus_addr.q.val();
        self.chip.bus_wr.next = self.bus_wr.q.val();
        self.chip.bus_wdata.next = self.bus_wdata.q.val();
        self.chip.bus_rd.next = self.bus_rd.q.val();
        self.link.bus_rdata.next = self.chip.bus_rdata.val();
        self.link.bus_rvalid.next = self.chip.bus_rvalid.val();
        self.link.chip_busy.next = self.chip.busy.val();
        self.link.chip_input_busy.next = self.chip.input_busy.val();
        // Clocks since the last byte, saturating at the limit; reaching it drops a partial frame
        // (one clock of `abandon`: held, it would also drop the next frame's first byte).
        self.link.abandon.next =
            (self.idle.q.val() + self.one.val() == self.idle_limit.val()) & !self.receiver.valid.val();
        if self.idle.q.val() != self.idle_limit.val() {
            self.idle.d.next = self.idle.q.val() + self.one.val();
        }
        if self.receiver.valid.val() {
            self.idle.d.next = self.one.val() ^ self.one.val();
        }
        if self.link.bad_frame.val() | self.receiver.framing_error.val() {
            self.error.d.next = true;
        }
        if self.link.good_frame.val() {
            self.error.d.next = false;
        }
        self.led_busy.next = self.chip.busy.val();
        self.led_error.next = self.error.q.val();
    }
}

impl<
    const P: usize,
    const C0: usize,
    const C1: usize,
    const C2: usize,
    const POS: usize,
    const D: usize,
    const S: usize,
> Clocked for Board<P, C0, C1, C2, POS, D, S>
{
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}

#[cfg(test)]
mod tests {
    use thermoblock_contract::protocol::*;
    use thermoblock_contract::registers::readout;
    use thermoblock_contract::run::ChipRun;
    use thermoblock_contract::uart::{RxEvent, RxModel, line_levels};
    use thermoblock_sim::chip::bus::ChipBus;
    use thermoblock_sim::chip::engine::CommandEngine;
    use thermoblock_sim::chip::model::ChipModel;
    use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

    use super::*;
    use crate::testbench::Bench;
    use thermoblock_sim::chip::quantize::quantize;

    const CPB: u32 = 8;
    /// Clocks without a reply bit after which a request is taken as answered: well above the
    /// engine's work on a frame.
    const QUIET: u64 = 1500;

    /// Sends `bytes` on the board's serial line back to back and returns what came back on its
    /// line until it has been quiet for `quiet` clocks.
    fn exchange(bench: &mut Bench<BoardIce40>, bytes: &[u8], quiet: u64) -> Vec<u8> {
        let mut rx = RxModel::new(CPB);
        let mut out = Vec::new();
        let levels = line_levels(bytes, CPB as f64, 2);
        let (mut i, mut silent) = (0, 0);
        while i < levels.len() || silent < quiet {
            bench.dut.uart_rx.next = *levels.get(i).unwrap_or(&true);
            bench.cycle();
            match rx.clock(bench.dut.uart_tx.val()) {
                Some(RxEvent::Byte(b)) => {
                    out.push(b);
                    silent = 0;
                }
                Some(RxEvent::FramingError) => panic!("the board's line is malformed"),
                None => {
                    let idle = i >= levels.len() && bench.dut.uart_tx.val() && !bench.dut.led_busy.val();
                    silent = if idle { silent + 1 } else { 0 };
                }
            }
            i += 1;
        }
        out
    }

    /// A whole run over the serial line — every request bit by bit through the RTL's UART, parser
    /// and engine to the RTL chip — gives the chip model's result, and replies as the software
    /// board does.
    #[test]
    fn a_run_over_the_serial_line_is_the_chip_models_run() {
        let spec = RandomBlockSpec { c0: 3, c1: 6, c2: 5, kernel: 3, coupling: 1.0 };
        let (h, w) = (3, 4);
        let block = random_block(&spec, 4).unwrap();
        let x = random_spins(spec.c0, h, w, 5);
        let (image, _) = quantize(&block, &ICE40, h, w).unwrap();
        let run = ChipRun { delta: 0.7, sweeps: 5, burn_in: 1, seed: 6 };
        let mut bench = Bench::new(BoardIce40::new(&ICE40, CPB, 2 * QUIET as u32));
        let mut twin = CommandEngine::new(ChipBus::new(ICE40), ICE40);
        let mut reqs = vec![Request::Reset, Request::Identify];
        reqs.extend(run_requests(&ICE40, &image, &x, &run, 256));
        reqs.push(Request::Status);
        reqs.extend(sum_requests(image.c2, image.c1, h * w, MAX_PAYLOAD));
        reqs.push(Request::ReadCounters);
        let mut sums = Vec::new();
        for (seq, r) in reqs.iter().enumerate() {
            let bytes = r.frame(seq as u8, ICE40.lanes).encode();
            let want: Vec<u8> = bytes.iter().filter_map(|&b| twin.receive(b)).flatten().collect();
            // `exchange` waits out the RTL chip's run (the software chip runs within RUN).
            let got = exchange(&mut bench, &bytes, QUIET);
            assert_eq!(got, want, "request {seq} ({r:?})");
            let mut parser = FrameParser::new();
            let Some(Parsed::Frame(f)) = got.iter().filter_map(|&x| parser.push(x)).next() else {
                panic!("request {seq}: no reply")
            };
            match r {
                Request::ReadSums(..) => sums.extend(words_le(&f.payload)),
                Request::ReadCounters => sums.extend(&words_le(&f.payload)[..2]),
                _ => {}
            }
        }
        let got = readout(&image, h, w, &run, &sums);
        let want = ChipModel::new(image.clone(), ICE40, h, w).run(&x, &run);
        assert_eq!(got, want);
        assert!(!bench.dut.led_error.val());
    }

    /// A frame cut short is dropped after the idle timeout; the next request is answered.
    #[test]
    fn a_partial_frame_is_dropped_after_the_idle_timeout() {
        let mut bench = Bench::new(BoardIce40::new(&ICE40, CPB, 2 * QUIET as u32));
        let bytes = Request::Identify.frame(1, ICE40.lanes).encode();
        assert!(exchange(&mut bench, &bytes[..5], 4 * QUIET).is_empty());
        let reply = exchange(&mut bench, &Request::Status.frame(2, ICE40.lanes).encode(), QUIET);
        let mut parser = FrameParser::new();
        let frames: Vec<_> = reply.iter().filter_map(|&b| parser.push(b)).collect();
        assert!(matches!(&frames[..], [Parsed::Frame(f)] if f.kind == Command::Status as u8 | ACK && f.seq == 2));
    }

    mod ice40 {
        crate::verilog_checks!("board_ice40");
    }

    mod ecp5 {
        crate::verilog_checks!("board_ecp5");
    }
}
