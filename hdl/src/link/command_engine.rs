//! # `CommandEngine`: the host link's requests executed on the chip's bus
//!
//! **Purpose.** The board side of docs/PROTOCOL.md between [`FrameParser`] (a held, CRC-checked
//! frame with a read port on its payload) and [`FrameWriter`] (the reply). It is the software
//! engine `thermoblock_sim::chip::engine::CommandEngine` (the twin) as a state machine: the same
//! order of checks, the same NAK codes, the same one-deep duplicate filter, the same counters, and
//! nothing written before a request is known to be good. [`HostLink`] wires the three together;
//! its tests feed both engines the same byte streams and compare every reply byte and every bus
//! write.
//!
//! **Per frame.** A bad-frame pulse becomes a NAK at once. A held frame is worked in phases:
//!
//! 1. `FETCH`: the payload's first [`HEADER_BYTES`] bytes into a register (every field a check
//!    needs: spans, bank and address, the configuration's geometry, delta and sweeps);
//! 2. `CHECK` (one clock): the wide checks (lengths, limits, spans) into registers; then
//!    `DECIDE` (one clock): duplicate → unknown type → length → window → the command's
//!    preconditions (busy from the chip's `busy`, configured, ranges, configuration limits);
//! 3. `WALK`: a span's elements are stepped through once, without effect, to check that each
//!    lies inside the configured channels — adders only, no multiplier for `channel · h · w`;
//! 4. execution: `WRITE_CONFIG` and `WRITE_WEIGHTS` words are assembled from payload bytes and
//!    written in order; `WRITE_INPUT` words are unpacked bit-serially (`P` bits each, LSB first),
//!    so one datapath serves 4 and 32 lanes; `RUN` writes `CONTROL.start`;
//! 5. the reply: its length is known before the header leaves, and read replies stream — each
//!    bus read becomes 4 payload bytes (`READ_SUMS`, `IDENTIFY`, `STATUS`, `READ_COUNTERS`) or one
//!    bit of a byte (`READ_SIGNS`) as the writer pulls them;
//! 6. `FINISH`: when the writer is idle again, `frame_done` releases the parser.
//!
//! The configuration's `h · w` is summed in `h` clocks after its words are written, so the engine
//! holds no multiplier. Costs per frame are a few clocks per payload byte, far below a UART
//! byte time.
//!
//! **Ports** (inside `HostLink`; the engine has no checked-in Verilog of its own):
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `frame_valid`, `kind`, `seq`, `length` | in | 1, 8, 8, 11 | the parser's held frame |
//! | `bad`, `bad_code` | in | 1, 4 | the parser's bad-frame pulse (`kind`, `seq` as received) |
//! | `rd_addr` / `rd_data` | out / in | 10 / 8 | the parser's payload read port (one clock) |
//! | `frame_done` | out | 1 | release the held frame |
//! | `accept` | out | 1 | the engine is idle: gate the parser's input with it, so no bad-frame pulse is missed |
//! | `w_start`, `w_kind`, `w_seq`, `w_len` | out | 1, 8, 8, 11 | start the writer's reply frame |
//! | `w_data`, `w_valid` / `w_ready`, `w_busy` | out / in | 8, 1 / 1, 1 | the reply's payload stream; the writer's state |
//! | `bus_addr`, `bus_wr`, `bus_wdata`, `bus_rd` | out | 22, 1, 32, 1 | the chip's bus |
//! | `bus_rdata`, `bus_rvalid` | in | 32, 1 | a read's data, the clock after `bus_rd` |
//! | `chip_busy` | in | 1 | a run is in progress |
//! | `chip_input_busy` | in | 1 | the run still reads the input memory (its clamp pass): `WRITE_INPUT` waits; after it, the next input streams in while the chip runs |
//!
//! **Reset.** None: every register powers up as 0 — idle, unconfigured, no remembered request.
//!
//! [`FrameParser`]: crate::link::frame_parser::FrameParser
//! [`FrameWriter`]: crate::link::frame_writer::FrameWriter
//! [`HostLink`]: crate::link::host_link::HostLink

use rust_hdl::prelude::*;
use thermoblock_contract::config::ChipConfig;
use thermoblock_contract::field::DELTA_ONE;
use thermoblock_contract::protocol::{
    ACK, Command, MAX_PAYLOAD, NAK, NakCode, PROTOCOL_VERSION, SIGNS_PER_FRAME, SUMS_PER_FRAME,
};
use thermoblock_contract::registers as reg;

use crate::chip::field_unit::Extend;
use crate::chip::top::{BUS_ADDR_BITS, BUS_DATA_BITS};
use crate::link::frame_parser::{ADDR_BITS, LEN_BITS};
use crate::testbench::Clocked;

/// Payload bytes fetched before a frame is decided: the configuration block's first five words
/// (geometry, shifts, delta, sweeps) cover every field a check reads.
pub const HEADER_BYTES: usize = 20;
const HDR_BITS: usize = 8 * HEADER_BYTES;
/// Width of the span walker, the geometry and the counts (the protocol's u16 fields).
const W16: usize = 16;

/// The states, in `state`'s encoding.
const IDLE: u64 = 0;
const FETCH: u64 = 1;
const DECIDE: u64 = 2;
const WALK: u64 = 3;
const WORD_ADDR: u64 = 4;
const WORD_DATA: u64 = 5;
const WORD_WRITE: u64 = 6;
const GRID: u64 = 7;
const BIT_ADDR: u64 = 8;
const BIT_DATA: u64 = 9;
const BIT_WRITE: u64 = 10;
const REPLY: u64 = 11;
const EMIT_FETCH: u64 = 12;
const EMIT_WAIT: u64 = 13;
const EMIT: u64 = 14;
const FINISH: u64 = 15;
const CHECK: u64 = 16;

type St = Bits<5>;
type B16 = Bits<W16>;
type Addr = Bits<BUS_ADDR_BITS>;
type Word = Bits<BUS_DATA_BITS>;
type Len = Bits<LEN_BITS>;

#[derive(LogicBlock)]
pub struct CommandEngine {
    pub clock: Signal<In, Clock>,
    pub frame_valid: Signal<In, bool>,
    pub kind: Signal<In, Bits<8>>,
    pub seq: Signal<In, Bits<8>>,
    pub length: Signal<In, Len>,
    pub bad: Signal<In, bool>,
    pub bad_code: Signal<In, Bits<4>>,
    pub rd_addr: Signal<Out, Bits<ADDR_BITS>>,
    pub rd_data: Signal<In, Bits<8>>,
    pub frame_done: Signal<Out, bool>,
    pub accept: Signal<Out, bool>,
    pub w_start: Signal<Out, bool>,
    pub w_kind: Signal<Out, Bits<8>>,
    pub w_seq: Signal<Out, Bits<8>>,
    pub w_len: Signal<Out, Len>,
    pub w_data: Signal<Out, Bits<8>>,
    pub w_valid: Signal<Out, bool>,
    pub w_ready: Signal<In, bool>,
    pub w_busy: Signal<In, bool>,
    pub bus_addr: Signal<Out, Addr>,
    pub bus_wr: Signal<Out, bool>,
    pub bus_wdata: Signal<Out, Word>,
    pub bus_rd: Signal<Out, bool>,
    pub bus_rdata: Signal<In, Word>,
    pub bus_rvalid: Signal<In, bool>,
    pub chip_busy: Signal<In, bool>,
    pub chip_input_busy: Signal<In, bool>,
    // ---- Registers. ----
    state: DFF<St>,
    hdr: DFF<Bits<HDR_BITS>>,
    /// Payload byte pointer (fetch, configuration and weight words).
    ptr: DFF<Len>,
    /// The word being assembled (writes) or sent (replies).
    word: DFF<Word>,
    /// Byte of `word` (writes and replies).
    nbyte: DFF<Bits<2>>,
    /// Word of a reply (`IDENTIFY`, `READ_COUNTERS`).
    k: DFF<Bits<3>>,
    /// The next register a reply reads, and the next address a configuration or weight word writes.
    raddr: DFF<Addr>,
    waddr: DFF<Addr>,
    /// The window a span reply reads.
    rbase: DFF<Addr>,
    /// Reply bytes still to send.
    rem: DFF<Len>,
    r_kind: DFF<Bits<8>>,
    r_seq: DFF<Bits<8>>,
    r_len: DFF<Len>,
    /// A NAK's payload: code | request type << 8.
    nak_word: DFF<Word>,
    /// The reply answers a held frame; the request has an effect; it is a duplicate.
    held: DFF<bool>,
    effect: DFF<bool>,
    dup: DFF<bool>,
    /// The last request with an effect: type, seq, and its reply (ACK, or NAK and code).
    last_valid: DFF<bool>,
    last_kind: DFF<Bits<8>>,
    last_seq: DFF<Bits<8>>,
    last_nak: DFF<bool>,
    /// Its NAK code (a NAK's payload byte 0).
    last_code: DFF<Bits<8>>,
    /// The geometry of the last accepted configuration.
    configured: DFF<bool>,
    /// The wide checks (lengths, configuration limits, weight span, span start, duplicate, known type), registered in
    /// `CHECK` for `DECIDE`: computed and used in one clock they limited the iCE40 build to 20 MHz.
    len_ok_r: DFF<bool>,
    cfg_ok_r: DFF<bool>,
    wt_ok_r: DFF<bool>,
    pos_bad_r: DFF<bool>,
    dup_r: DFF<bool>,
    known_r: DFF<bool>,
    g_groups: DFF<B16>,
    g_c1: DFF<B16>,
    g_c2: DFF<B16>,
    hw: DFF<B16>,
    /// `h · w` being summed, and the rows still to add.
    grid: DFF<B16>,
    rows: DFF<B16>,
    /// The span walker: channel (or input group), position, elements left, channel limit.
    ch: DFF<B16>,
    pos: DFF<B16>,
    left: DFF<B16>,
    lim: DFF<B16>,
    /// `WRITE_INPUT`'s bit pointer into the packed words, and the bit of the current word.
    bitptr: DFF<B16>,
    bitcnt: DFF<Bits<6>>,
    /// `READ_SIGNS`' byte being packed and its bits so far.
    sign_acc: DFF<Bits<8>>,
    nbits: DFF<Bits<3>>,
    frames: DFF<Word>,
    bad_frames: DFF<Word>,
    naks: DFF<Word>,
    dups: DFF<Word>,
    runs: DFF<Word>,
    // ---- Widening. ----
    len32: Extend<LEN_BITS, 32, false>,
    rd160: Extend<8, HDR_BITS, false>,
    rd32: Extend<8, 32, false>,
    sign_acc32: Extend<8, 32, false>,
    nbits32: Extend<3, 32, false>,
    last_code32: Extend<8, 32, false>,
    kind32: Extend<8, 32, false>,
    code32: Extend<4, 32, false>,
    off22: Extend<W16, BUS_ADDR_BITS, false>,
    // ---- Decoded request (combinational). ----
    is_identify: Signal<Local, bool>,
    /// The busy that refuses this request: the chip's, or for `WRITE_INPUT` its input memory's.
    refused_busy: Signal<Local, bool>,
    /// `STATUS` reply bits 2 (configured) and 3 (input free: chip `STATUS` bit 2).
    status_cfg: Signal<Local, Word>,
    status_free: Signal<Local, Word>,
    is_reset: Signal<Local, bool>,
    is_config: Signal<Local, bool>,
    is_weights: Signal<Local, bool>,
    is_input: Signal<Local, bool>,
    is_run: Signal<Local, bool>,
    is_status: Signal<Local, bool>,
    is_signs: Signal<Local, bool>,
    is_sums: Signal<Local, bool>,
    is_counters: Signal<Local, bool>,
    known: Signal<Local, bool>,
    has_effect: Signal<Local, bool>,
    is_dup: Signal<Local, bool>,
    len_ok: Signal<Local, bool>,
    window: Signal<Local, Bits<8>>,
    window_bad: Signal<Local, bool>,
    span_ch: Signal<Local, B16>,
    span_pos: Signal<Local, B16>,
    span_count: Signal<Local, B16>,
    count32: Signal<Local, Word>,
    input_len: Signal<Local, Word>,
    cfg_c0: Signal<Local, B16>,
    cfg_c1: Signal<Local, B16>,
    cfg_c2: Signal<Local, B16>,
    cfg_h: Signal<Local, B16>,
    cfg_w: Signal<Local, B16>,
    cfg_k1: Signal<Local, B16>,
    cfg_k2: Signal<Local, B16>,
    cfg_delta: Signal<Local, Word>,
    cfg_sweeps: Signal<Local, Word>,
    cfg_ok: Signal<Local, bool>,
    wt_addr: Signal<Local, Word>,
    wt_words: Signal<Local, Word>,
    wt_ok: Signal<Local, bool>,
    is_nak: Signal<Local, bool>,
    refusal: Signal<Local, Word>,
    signs_len: Signal<Local, Len>,
    sums_len: Signal<Local, Len>,
    bit_byte: Signal<Local, Bits<ADDR_BITS>>,
    pos_inc: Signal<Local, B16>,
    wrap: Signal<Local, bool>,
    off16: Signal<Local, B16>,
    counter: Signal<Local, Word>,
    sign_next: Signal<Local, Word>,
    weight: Signal<Local, Word>,
    // ---- Constants. ----
    st_idle: Constant<St>,
    st_fetch: Constant<St>,
    st_decide: Constant<St>,
    st_walk: Constant<St>,
    st_word_addr: Constant<St>,
    st_word_data: Constant<St>,
    st_word_write: Constant<St>,
    st_grid: Constant<St>,
    st_bit_addr: Constant<St>,
    st_bit_data: Constant<St>,
    st_bit_write: Constant<St>,
    st_reply: Constant<St>,
    st_emit_fetch: Constant<St>,
    st_emit_wait: Constant<St>,
    st_emit: Constant<St>,
    st_finish: Constant<St>,
    st_check: Constant<St>,
    t_identify: Constant<Bits<8>>,
    t_reset: Constant<Bits<8>>,
    t_config: Constant<Bits<8>>,
    t_weights: Constant<Bits<8>>,
    t_input: Constant<Bits<8>>,
    t_run: Constant<Bits<8>>,
    t_status: Constant<Bits<8>>,
    t_signs: Constant<Bits<8>>,
    t_sums: Constant<Bits<8>>,
    t_counters: Constant<Bits<8>>,
    t_nak: Constant<Bits<8>>,
    t_ack: Constant<Bits<8>>,
    nak_length: Constant<Word>,
    nak_range: Constant<Word>,
    nak_unconfigured: Constant<Word>,
    nak_busy: Constant<Word>,
    nak_unknown: Constant<Word>,
    nak_config: Constant<Word>,
    len_0: Constant<Len>,
    len_1: Constant<Len>,
    len_2: Constant<Len>,
    len_4: Constant<Len>,
    len_6: Constant<Len>,
    len_7: Constant<Len>,
    len_identify: Constant<Len>,
    len_counters: Constant<Len>,
    len_config: Constant<Len>,
    hdr_last: Constant<Len>,
    addr_6: Constant<Bits<ADDR_BITS>>,
    b16_0: Constant<B16>,
    b16_1: Constant<B16>,
    b16_8: Constant<B16>,
    b16_ff: Constant<B16>,
    lanes16: Constant<B16>,
    lanes_m1_16: Constant<B16>,
    lane_shift16: Constant<B16>,
    max_c0: Constant<B16>,
    max_c1: Constant<B16>,
    max_c2: Constant<B16>,
    max_h: Constant<B16>,
    max_w: Constant<B16>,
    max_kernel: Constant<B16>,
    max_signs: Constant<B16>,
    max_sums: Constant<B16>,
    w_0: Constant<Word>,
    w_1: Constant<Word>,
    w_3: Constant<Word>,
    w_4: Constant<Word>,
    w_6: Constant<Word>,
    w_7: Constant<Word>,
    w_8: Constant<Word>,
    w_16: Constant<Word>,
    w_ffff: Constant<Word>,
    w_sign_fill: Constant<Word>,
    w_lane_shift: Constant<Word>,
    w_top_lane: Constant<Word>,
    w_delta_one: Constant<Word>,
    w_max_sweeps: Constant<Word>,
    w_bank_words: Constant<Word>,
    w_identify0: Constant<Word>,
    bits_last: Constant<Bits<6>>,
    bits_0: Constant<Bits<6>>,
    bits_1: Constant<Bits<6>>,
    k_0: Constant<Bits<3>>,
    k_1: Constant<Bits<3>>,
    hdr_top: Constant<Bits<8>>,
    w_24: Constant<Word>,
    a_1: Constant<Addr>,
    a_ffff: Constant<Addr>,
    a_bank_shift: Constant<Addr>,
    a_id: Constant<Addr>,
    a_control: Constant<Addr>,
    a_status: Constant<Addr>,
    a_cycles_lo: Constant<Addr>,
    a_geometry0: Constant<Addr>,
    a_burn_in: Constant<Addr>,
    a_layout: Constant<Addr>,
    a_layout_last: Constant<Addr>,
    a_seed: Constant<Addr>,
    a_input: Constant<Addr>,
    a_coupling: Constant<Addr>,
    a_output_sum: Constant<Addr>,
    a_hidden_sum: Constant<Addr>,
    a_output_sign: Constant<Addr>,
    n2_1: Constant<Bits<2>>,
    n2_3: Constant<Bits<2>>,
    k3_2: Constant<Bits<3>>,
    k3_3: Constant<Bits<3>>,
    k3_4: Constant<Bits<3>>,
    k3_5: Constant<Bits<3>>,
    b8_0: Constant<Bits<8>>,
    b8_1: Constant<Bits<8>>,
    n3_0: Constant<Bits<3>>,
    n3_1: Constant<Bits<3>>,
    n3_7: Constant<Bits<3>>,
}

impl CommandEngine {
    /// The engine of a chip with configuration `config` (its lanes and limits are constants of
    /// the build).
    pub fn new(config: &ChipConfig) -> Self {
        let p = config.lanes;
        assert!(p.is_power_of_two() && p <= 32, "lanes pack into one bus word");
        fn k<const N: usize>(v: u64) -> Constant<Bits<N>> {
            Constant::new(v.into())
        }
        let code = |c: NakCode| k::<32>(c as u64);
        let t = |c: Command| k::<8>(c as u64);
        Self {
            clock: Default::default(),
            frame_valid: Default::default(),
            kind: Default::default(),
            seq: Default::default(),
            length: Default::default(),
            bad: Default::default(),
            bad_code: Default::default(),
            rd_addr: Default::default(),
            rd_data: Default::default(),
            frame_done: Default::default(),
            accept: Default::default(),
            w_start: Default::default(),
            w_kind: Default::default(),
            w_seq: Default::default(),
            w_len: Default::default(),
            w_data: Default::default(),
            w_valid: Default::default(),
            w_ready: Default::default(),
            w_busy: Default::default(),
            bus_addr: Default::default(),
            bus_wr: Default::default(),
            bus_wdata: Default::default(),
            bus_rd: Default::default(),
            bus_rdata: Default::default(),
            bus_rvalid: Default::default(),
            chip_busy: Default::default(),
            chip_input_busy: Default::default(),
            state: Default::default(),
            hdr: Default::default(),
            ptr: Default::default(),
            word: Default::default(),
            nbyte: Default::default(),
            k: Default::default(),
            raddr: Default::default(),
            waddr: Default::default(),
            rbase: Default::default(),
            rem: Default::default(),
            r_kind: Default::default(),
            r_seq: Default::default(),
            r_len: Default::default(),
            nak_word: Default::default(),
            held: Default::default(),
            effect: Default::default(),
            dup: Default::default(),
            last_valid: Default::default(),
            last_kind: Default::default(),
            last_seq: Default::default(),
            last_nak: Default::default(),
            last_code: Default::default(),
            configured: Default::default(),
            len_ok_r: Default::default(),
            cfg_ok_r: Default::default(),
            wt_ok_r: Default::default(),
            pos_bad_r: Default::default(),
            dup_r: Default::default(),
            known_r: Default::default(),
            g_groups: Default::default(),
            g_c1: Default::default(),
            g_c2: Default::default(),
            hw: Default::default(),
            grid: Default::default(),
            rows: Default::default(),
            ch: Default::default(),
            pos: Default::default(),
            left: Default::default(),
            lim: Default::default(),
            bitptr: Default::default(),
            bitcnt: Default::default(),
            sign_acc: Default::default(),
            nbits: Default::default(),
            frames: Default::default(),
            bad_frames: Default::default(),
            naks: Default::default(),
            dups: Default::default(),
            runs: Default::default(),
            len32: Default::default(),
            rd160: Default::default(),
            rd32: Default::default(),
            sign_acc32: Default::default(),
            nbits32: Default::default(),
            last_code32: Default::default(),
            kind32: Default::default(),
            code32: Default::default(),
            off22: Default::default(),
            is_identify: Default::default(),
            refused_busy: Default::default(),
            status_cfg: Default::default(),
            status_free: Default::default(),
            is_reset: Default::default(),
            is_config: Default::default(),
            is_weights: Default::default(),
            is_input: Default::default(),
            is_run: Default::default(),
            is_status: Default::default(),
            is_signs: Default::default(),
            is_sums: Default::default(),
            is_counters: Default::default(),
            known: Default::default(),
            has_effect: Default::default(),
            is_dup: Default::default(),
            len_ok: Default::default(),
            window: Default::default(),
            window_bad: Default::default(),
            span_ch: Default::default(),
            span_pos: Default::default(),
            span_count: Default::default(),
            count32: Default::default(),
            input_len: Default::default(),
            cfg_c0: Default::default(),
            cfg_c1: Default::default(),
            cfg_c2: Default::default(),
            cfg_h: Default::default(),
            cfg_w: Default::default(),
            cfg_k1: Default::default(),
            cfg_k2: Default::default(),
            cfg_delta: Default::default(),
            cfg_sweeps: Default::default(),
            cfg_ok: Default::default(),
            wt_addr: Default::default(),
            wt_words: Default::default(),
            wt_ok: Default::default(),
            is_nak: Default::default(),
            refusal: Default::default(),
            signs_len: Default::default(),
            sums_len: Default::default(),
            bit_byte: Default::default(),
            pos_inc: Default::default(),
            wrap: Default::default(),
            off16: Default::default(),
            counter: Default::default(),
            sign_next: Default::default(),
            weight: Default::default(),
            st_idle: k(IDLE),
            st_fetch: k(FETCH),
            st_decide: k(DECIDE),
            st_walk: k(WALK),
            st_word_addr: k(WORD_ADDR),
            st_word_data: k(WORD_DATA),
            st_word_write: k(WORD_WRITE),
            st_grid: k(GRID),
            st_bit_addr: k(BIT_ADDR),
            st_bit_data: k(BIT_DATA),
            st_bit_write: k(BIT_WRITE),
            st_reply: k(REPLY),
            st_emit_fetch: k(EMIT_FETCH),
            st_emit_wait: k(EMIT_WAIT),
            st_emit: k(EMIT),
            st_finish: k(FINISH),
            st_check: k(CHECK),
            t_identify: t(Command::Identify),
            t_reset: t(Command::Reset),
            t_config: t(Command::WriteConfig),
            t_weights: t(Command::WriteWeights),
            t_input: t(Command::WriteInput),
            t_run: t(Command::Run),
            t_status: t(Command::Status),
            t_signs: t(Command::ReadSigns),
            t_sums: t(Command::ReadSums),
            t_counters: t(Command::ReadCounters),
            t_nak: k(NAK as u64),
            t_ack: k(ACK as u64),
            nak_length: code(NakCode::BadLength),
            nak_range: code(NakCode::AddressOutOfRange),
            nak_unconfigured: code(NakCode::NotConfigured),
            nak_busy: code(NakCode::Busy),
            nak_unknown: code(NakCode::UnknownCommand),
            nak_config: code(NakCode::BadConfig),
            len_0: k(0),
            len_1: k(1),
            len_2: k(2),
            len_4: k(4),
            len_6: k(6),
            len_7: k(7),
            len_identify: k(24),
            len_counters: k(28),
            len_config: k(4 * reg::config_words(p) as u64),
            hdr_last: k(HEADER_BYTES as u64),
            addr_6: k(6),
            b16_0: k(0),
            b16_1: k(1),
            b16_8: k(8),
            b16_ff: k(0xff),
            lanes16: k(p as u64),
            lanes_m1_16: k(p as u64 - 1),
            lane_shift16: k(p.trailing_zeros() as u64),
            max_c0: k(config.max_c0 as u64),
            max_c1: k(config.max_c1 as u64),
            max_c2: k(config.max_c2 as u64),
            max_h: k(config.max_h as u64),
            max_w: k(config.max_w as u64),
            max_kernel: k(config.max_kernel as u64),
            max_signs: k(SIGNS_PER_FRAME as u64),
            max_sums: k(SUMS_PER_FRAME as u64),
            w_0: k(0),
            w_1: k(1),
            w_3: k(3),
            w_4: k(4),
            w_6: k(6),
            w_7: k(7),
            w_8: k(8),
            w_16: k(16),
            w_ffff: k(0xffff),
            w_sign_fill: k(0xffff_0000),
            w_lane_shift: k(p.trailing_zeros() as u64),
            w_top_lane: k(1 << (p - 1)),
            w_delta_one: k(DELTA_ONE as u64),
            w_max_sweeps: k(config.max_sweeps as u64),
            w_bank_words: k(1 << reg::COUPLING_ADDR_BITS),
            w_identify0: k(PROTOCOL_VERSION as u64 | (MAX_PAYLOAD as u64) << 16),
            bits_last: k(p as u64 - 1),
            bits_0: k(0),
            bits_1: k(1),
            k_0: k(0),
            k_1: k(1),
            hdr_top: k(HDR_BITS as u64 - 8),
            w_24: k(24),
            a_1: k(1),
            a_ffff: k(0xffff),
            a_bank_shift: k(reg::COUPLING_ADDR_BITS as u64),
            a_id: k(reg::ID as u64),
            a_control: k(reg::CONTROL as u64),
            a_status: k(reg::STATUS as u64),
            a_cycles_lo: k(reg::CYCLES_LO as u64),
            a_geometry0: k(reg::GEOMETRY0 as u64),
            a_burn_in: k(reg::BURN_IN as u64),
            a_layout: k(reg::LAYOUT_BASE as u64),
            a_layout_last: k((reg::LAYOUT_BASE + reg::LAYOUT_WORDS - 1) as u64),
            a_seed: k(reg::SEED_BASE as u64),
            a_input: k(reg::INPUT_BASE as u64),
            a_coupling: k(reg::COUPLING_BASE as u64),
            a_output_sum: k(reg::OUTPUT_SUM_BASE as u64),
            a_hidden_sum: k(reg::HIDDEN_SUM_BASE as u64),
            a_output_sign: k(reg::OUTPUT_SIGN_BASE as u64),
            n2_1: k(1),
            n2_3: k(3),
            k3_2: k(2),
            k3_3: k(3),
            k3_4: k(4),
            k3_5: k(5),
            b8_0: k(0),
            b8_1: k(1),
            n3_0: k(0),
            n3_1: k(1),
            n3_7: k(7),
        }
    }
}

impl Logic for CommandEngine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, hdr, ptr, word, nbyte, k, raddr, waddr, rbase, rem, r_kind, r_seq, r_len, nak_word,
            held, effect, dup, last_valid, last_kind, last_seq, last_nak, last_code, configured, len_ok_r, cfg_ok_r,
            wt_ok_r, pos_bad_r, dup_r, known_r, g_groups, g_c1, g_c2, hw, grid, rows, ch, pos, left, lim, bitptr,
            bitcnt, sign_acc, nbits, frames, bad_frames, naks, dups, runs
        );
        // ---- The request, decoded from the held frame and the fetched header. ----
        self.is_identify.next = self.kind.val() == self.t_identify.val();
        self.is_reset.next = self.kind.val() == self.t_reset.val();
        self.is_config.next = self.kind.val() == self.t_config.val();
        self.is_weights.next = self.kind.val() == self.t_weights.val();
        self.is_input.next = self.kind.val() == self.t_input.val();
        self.refused_busy.next = self.chip_busy.val();
        if self.is_input.val() {
            self.refused_busy.next = self.chip_input_busy.val();
        }
        self.status_cfg.next = self.w_0.val();
        if self.configured.q.val() {
            self.status_cfg.next = self.w_4.val();
        }
        self.status_free.next = self.w_0.val();
        if self.bus_rdata.val().get_bit(2) {
            self.status_free.next = self.w_8.val();
        }
        self.is_run.next = self.kind.val() == self.t_run.val();
        self.is_status.next = self.kind.val() == self.t_status.val();
        self.is_signs.next = self.kind.val() == self.t_signs.val();
        self.is_sums.next = self.kind.val() == self.t_sums.val();
        self.is_counters.next = self.kind.val() == self.t_counters.val();
        self.known.next = self.is_identify.val()
            | self.is_reset.val()
            | self.is_config.val()
            | self.is_weights.val()
            | self.is_input.val()
            | self.is_run.val()
            | self.is_status.val()
            | self.is_signs.val()
            | self.is_sums.val()
            | self.is_counters.val();
        self.has_effect.next = self.is_config.val() | self.is_weights.val() | self.is_input.val() | self.is_run.val();
        self.is_dup.next = self.has_effect.val()
            & self.last_valid.q.val()
            & (self.kind.val() == self.last_kind.q.val())
            & (self.seq.val() == self.last_seq.q.val());
        self.len32.narrow.next = self.length.val();
        // Spans: channel, position, count u16 — after READ_SUMS' window byte.
        self.window.next = self.hdr.q.val().get_bits::<8>(0);
        self.span_ch.next = self.hdr.q.val().get_bits::<W16>(0);
        self.span_pos.next = self.hdr.q.val().get_bits::<W16>(16);
        self.span_count.next = self.hdr.q.val().get_bits::<W16>(32);
        self.count32.next = self.hdr.q.val().get_bits::<32>(32) & self.w_ffff.val();
        if self.is_sums.val() {
            self.span_ch.next = self.hdr.q.val().get_bits::<W16>(8);
            self.span_pos.next = self.hdr.q.val().get_bits::<W16>(24);
            self.span_count.next = self.hdr.q.val().get_bits::<W16>(40);
        }
        self.window_bad.next = self.window.val() > self.b8_1.val();
        // WRITE_INPUT: 6 + ceil(count · P / 8) bytes.
        self.input_len.next =
            (((self.count32.val() << self.w_lane_shift.val()) + self.w_7.val()) >> self.w_3.val()) + self.w_6.val();
        self.len_ok.next = false;
        if self.is_identify.val()
            | self.is_reset.val()
            | self.is_run.val()
            | self.is_status.val()
            | self.is_counters.val()
        {
            self.len_ok.next = self.length.val() == self.len_0.val();
        }
        if self.is_config.val() {
            self.len_ok.next = self.length.val() == self.len_config.val();
        }
        if self.is_weights.val() {
            self.len_ok.next = (self.length.val() >= self.len_6.val()) & !self.length.val().get_bit(0);
        }
        if self.is_input.val() {
            self.len_ok.next = (self.length.val() >= self.len_6.val())
                & self.span_count.val().any()
                & (self.len32.wide.val() == self.input_len.val());
        }
        if self.is_signs.val() {
            self.len_ok.next = (self.length.val() == self.len_6.val())
                & self.span_count.val().any()
                & (self.span_count.val() <= self.max_signs.val());
        }
        if self.is_sums.val() {
            // The window is checked before the count (the twin's decode order).
            self.len_ok.next = (self.length.val() == self.len_7.val())
                & (self.window_bad.val()
                    | (self.span_count.val().any() & (self.span_count.val() <= self.max_sums.val())));
        }
        // WRITE_CONFIG's limits (registers::Geometry's fields, DELTA, SWEEPS).
        self.cfg_c0.next = self.hdr.q.val().get_bits::<W16>(0) & self.b16_ff.val();
        self.cfg_c1.next = self.hdr.q.val().get_bits::<W16>(8) & self.b16_ff.val();
        self.cfg_c2.next = self.hdr.q.val().get_bits::<W16>(16) & self.b16_ff.val();
        self.cfg_h.next = self.hdr.q.val().get_bits::<W16>(32) & self.b16_ff.val();
        self.cfg_w.next = self.hdr.q.val().get_bits::<W16>(40) & self.b16_ff.val();
        self.cfg_k1.next = self.hdr.q.val().get_bits::<W16>(48) & self.b16_ff.val();
        self.cfg_k2.next = self.hdr.q.val().get_bits::<W16>(56) & self.b16_ff.val();
        self.cfg_delta.next = self.hdr.q.val().get_bits::<32>(96);
        self.cfg_sweeps.next = self.hdr.q.val().get_bits::<32>(128);
        self.cfg_ok.next = self.cfg_c0.val().any()
            & (self.cfg_c0.val() <= self.max_c0.val())
            & self.cfg_c1.val().any()
            & (self.cfg_c1.val() <= self.max_c1.val())
            & self.cfg_c2.val().any()
            & (self.cfg_c2.val() <= self.max_c2.val())
            & self.cfg_h.val().any()
            & (self.cfg_h.val() <= self.max_h.val())
            & self.cfg_w.val().any()
            & (self.cfg_w.val() <= self.max_w.val())
            & self.cfg_k1.val().get_bit(0)
            & (self.cfg_k1.val() <= self.max_kernel.val())
            & self.cfg_k2.val().get_bit(0)
            & (self.cfg_k2.val() <= self.max_kernel.val())
            & self.cfg_delta.val().any()
            & (self.cfg_delta.val() <= self.w_delta_one.val())
            & self.cfg_sweeps.val().any()
            & (self.cfg_sweeps.val() <= self.w_max_sweeps.val())
            & !self.hdr.q.val().get_bits::<8>(24).any();
        // WRITE_WEIGHTS: bank < P and address + words <= the bank's size.
        self.wt_addr.next = self.hdr.q.val().get_bits::<32>(16) & self.w_ffff.val();
        self.wt_words.next = (self.len32.wide.val() - self.w_4.val()) >> self.w_1.val();
        self.wt_ok.next = (self.span_ch.val() < self.lanes16.val())
            & ((self.wt_addr.val() + self.wt_words.val()) <= self.w_bank_words.val());
        // Reply lengths of span reads; WRITE_INPUT's payload byte of the current bit.
        // (Counts above the protocol's limits are refused before these are used.)
        self.signs_len.next = self.span_count.val().get_bits::<LEN_BITS>(3);
        if self.span_count.val().get_bits::<3>(0).any() {
            self.signs_len.next = self.span_count.val().get_bits::<LEN_BITS>(3) + self.len_1.val();
        }
        self.sums_len.next = self.span_count.val().get_bits::<LEN_BITS>(0) << self.len_2.val();
        self.bit_byte.next = self.bitptr.q.val().get_bits::<ADDR_BITS>(3) + self.addr_6.val();
        // ---- The span walker's step and its bus offset. ----
        self.pos_inc.next = self.pos.q.val() + self.b16_1.val();
        self.wrap.next = self.pos_inc.val() == self.hw.q.val();
        self.off16.next = (self.ch.q.val() << self.b16_8.val()) | self.pos.q.val();
        self.off22.narrow.next = self.off16.val();
        // ---- Reply words. ----
        self.is_nak.next = self.r_kind.q.val() == self.t_nak.val();
        self.counter.next = self.runs.q.val();
        if self.k.q.val() == self.k3_2.val() {
            self.counter.next = self.frames.q.val();
        }
        if self.k.q.val() == self.k3_3.val() {
            self.counter.next = self.bad_frames.q.val();
        }
        if self.k.q.val() == self.k3_4.val() {
            self.counter.next = self.naks.q.val();
        }
        if self.k.q.val() == self.k3_5.val() {
            self.counter.next = self.dups.q.val();
        }
        self.sign_acc32.narrow.next = self.sign_acc.q.val();
        self.nbits32.narrow.next = self.nbits.q.val();
        self.sign_next.next = self.sign_acc32.wide.val();
        if self.bus_rdata.val().get_bit(0) {
            self.sign_next.next = self.sign_acc32.wide.val() | (self.w_1.val() << self.nbits32.wide.val());
        }
        self.weight.next = self.word.q.val() >> self.w_16.val();
        if self.word.q.val().get_bit(31) {
            self.weight.next = (self.word.q.val() >> self.w_16.val()) | self.w_sign_fill.val();
        }
        self.rd32.narrow.next = self.rd_data.val();
        self.last_code32.narrow.next = self.last_code.q.val();
        self.rd160.narrow.next = self.rd_data.val();
        self.kind32.narrow.next = self.kind.val();
        self.code32.narrow.next = self.bad_code.val();

        // A NAK's code, where this clock refuses the frame (0: none).
        self.refusal.next = self.w_0.val();
        // ---- Outputs' defaults. ----
        self.rd_addr.next = self.ptr.q.val().get_bits::<ADDR_BITS>(0);
        self.frame_done.next = false;
        self.accept.next = self.state.q.val() == self.st_idle.val();
        self.w_start.next = false;
        self.w_kind.next = self.r_kind.q.val();
        self.w_seq.next = self.r_seq.q.val();
        self.w_len.next = self.r_len.q.val();
        self.w_data.next = self.word.q.val().get_bits::<8>(0);
        self.w_valid.next = false;
        self.bus_addr.next = self.raddr.q.val();
        self.bus_wr.next = false;
        self.bus_wdata.next = self.word.q.val();
        self.bus_rd.next = false;

        if self.state.q.val() == self.st_idle.val() {
            self.r_seq.d.next = self.seq.val();
            self.held.d.next = false;
            self.effect.d.next = false;
            self.dup.d.next = false;
            self.ptr.d.next = self.len_0.val();
            if self.bad.val() {
                self.bad_frames.d.next = self.bad_frames.q.val() + self.w_1.val();
                self.refusal.next = self.code32.wide.val();
                self.state.d.next = self.st_reply.val();
            } else if self.frame_valid.val() {
                self.frames.d.next = self.frames.q.val() + self.w_1.val();
                self.held.d.next = true;
                self.r_kind.d.next = self.kind.val() | self.t_ack.val();
                self.r_len.d.next = self.len_0.val();
                self.state.d.next = self.st_fetch.val();
            }
        } else if self.state.q.val() == self.st_fetch.val() {
            // rd_data holds payload[ptr - 1]: the read port answers one clock later.
            self.ptr.d.next = self.ptr.q.val() + self.len_1.val();
            if self.ptr.q.val().any() {
                self.hdr.d.next = (self.hdr.q.val() >> self.w_8.val()) | (self.rd160.wide.val() << self.hdr_top.val());
            }
            if self.ptr.q.val() == self.hdr_last.val() {
                self.state.d.next = self.st_check.val();
            }
        } else if self.state.q.val() == self.st_check.val() {
            // The header is complete: the wide checks settle into registers.
            self.len_ok_r.d.next = self.len_ok.val();
            self.cfg_ok_r.d.next = self.cfg_ok.val();
            self.wt_ok_r.d.next = self.wt_ok.val();
            self.pos_bad_r.d.next = self.span_pos.val() >= self.hw.q.val();
            self.dup_r.d.next = self.is_dup.val();
            self.known_r.d.next = self.known.val();
            self.state.d.next = self.st_decide.val();
        } else if self.state.q.val() == self.st_decide.val() {
            self.effect.d.next = self.has_effect.val();
            self.state.d.next = self.st_reply.val();
            if self.is_reset.val() {
                // RESET always forgets the last request, even when refused.
                self.last_valid.d.next = false;
            }
            if self.dup_r.q.val() {
                self.dup.d.next = true;
                self.dups.d.next = self.dups.q.val() + self.w_1.val();
                if self.last_nak.q.val() {
                    self.refusal.next = self.last_code32.wide.val();
                }
            } else if !self.known_r.q.val() {
                self.refusal.next = self.nak_unknown.val();
            } else if !self.len_ok_r.q.val() {
                self.refusal.next = self.nak_length.val();
            } else if self.is_sums.val() & self.window_bad.val() {
                self.refusal.next = self.nak_range.val();
            } else if self.is_config.val() | self.is_weights.val() {
                if self.chip_busy.val() {
                    self.refusal.next = self.nak_busy.val();
                } else if self.is_config.val() & !self.cfg_ok_r.q.val() {
                    self.refusal.next = self.nak_config.val();
                } else if self.is_weights.val() & !self.wt_ok_r.q.val() {
                    self.refusal.next = self.nak_range.val();
                } else {
                    self.nbyte.d.next = self.n2_3.val();
                    self.word.d.next = self.w_0.val();
                    self.ptr.d.next = self.len_0.val();
                    self.waddr.d.next = self.a_geometry0.val();
                    self.grid.d.next = self.b16_0.val();
                    self.rows.d.next = self.cfg_h.val();
                    if self.is_weights.val() {
                        self.nbyte.d.next = self.n2_1.val();
                        self.ptr.d.next = self.len_4.val();
                        self.waddr.d.next = self.a_coupling.val()
                            + ((self.hdr.q.val().get_bits::<BUS_ADDR_BITS>(0) & self.a_ffff.val())
                                << self.a_bank_shift.val())
                            + (self.hdr.q.val().get_bits::<BUS_ADDR_BITS>(16) & self.a_ffff.val());
                    }
                    self.state.d.next = self.st_word_addr.val();
                }
            } else if self.is_input.val() | self.is_run.val() | self.is_signs.val() | self.is_sums.val() {
                self.ch.d.next = self.span_ch.val();
                self.pos.d.next = self.span_pos.val();
                self.left.d.next = self.span_count.val();
                self.lim.d.next = self.g_c2.q.val();
                self.rbase.d.next = self.a_output_sign.val();
                if self.is_input.val() {
                    self.lim.d.next = self.g_groups.q.val();
                }
                if self.is_sums.val() {
                    self.rbase.d.next = self.a_output_sum.val();
                    if self.window.val().any() {
                        self.rbase.d.next = self.a_hidden_sum.val();
                        self.lim.d.next = self.g_c1.q.val();
                    }
                }
                if !self.configured.q.val() {
                    self.refusal.next = self.nak_unconfigured.val();
                } else if self.refused_busy.val() {
                    self.refusal.next = self.nak_busy.val();
                } else if self.is_run.val() {
                    self.bus_addr.next = self.a_control.val();
                    self.bus_wdata.next = self.w_1.val();
                    self.bus_wr.next = true;
                    self.runs.d.next = self.runs.q.val() + self.w_1.val();
                } else if self.pos_bad_r.q.val() {
                    self.refusal.next = self.nak_range.val();
                } else {
                    self.state.d.next = self.st_walk.val();
                }
            } else if self.is_reset.val() {
                self.configured.d.next = false;
            } else if self.is_identify.val() {
                self.r_len.d.next = self.len_identify.val();
                self.raddr.d.next = self.a_id.val();
            } else if self.is_status.val() {
                self.r_len.d.next = self.len_4.val();
                self.raddr.d.next = self.a_status.val();
            } else {
                self.r_len.d.next = self.len_counters.val();
                self.raddr.d.next = self.a_cycles_lo.val();
            }
        } else if self.state.q.val() == self.st_walk.val() {
            // Every element of the span inside the configured channels, before any is used.
            if self.ch.q.val() >= self.lim.q.val() {
                self.refusal.next = self.nak_range.val();
                self.state.d.next = self.st_reply.val();
            } else if self.left.q.val() == self.b16_1.val() {
                self.ch.d.next = self.span_ch.val();
                self.pos.d.next = self.span_pos.val();
                self.left.d.next = self.span_count.val();
                self.state.d.next = self.st_reply.val();
                if self.is_input.val() {
                    self.bitptr.d.next = self.b16_0.val();
                    self.bitcnt.d.next = self.bits_0.val();
                    self.word.d.next = self.w_0.val();
                    self.state.d.next = self.st_bit_addr.val();
                }
                if self.is_signs.val() {
                    self.r_len.d.next = self.signs_len.val();
                }
                if self.is_sums.val() {
                    self.r_len.d.next = self.sums_len.val();
                }
            } else {
                self.left.d.next = self.left.q.val() - self.b16_1.val();
                self.pos.d.next = self.pos_inc.val();
                if self.wrap.val() {
                    self.pos.d.next = self.b16_0.val();
                    self.ch.d.next = self.ch.q.val() + self.b16_1.val();
                }
            }
        } else if self.state.q.val() == self.st_word_addr.val() {
            // rd_addr = ptr now; its byte arrives next clock.
            self.state.d.next = self.st_word_data.val();
        } else if self.state.q.val() == self.st_word_data.val() {
            self.word.d.next = (self.word.q.val() >> self.w_8.val()) | (self.rd32.wide.val() << self.w_24.val());
            self.ptr.d.next = self.ptr.q.val() + self.len_1.val();
            self.nbyte.d.next = self.nbyte.q.val() - self.n2_1.val();
            self.state.d.next = self.st_word_addr.val();
            if !self.nbyte.q.val().any() {
                self.state.d.next = self.st_word_write.val();
            }
        } else if self.state.q.val() == self.st_word_write.val() {
            self.bus_addr.next = self.waddr.q.val();
            self.bus_wr.next = true;
            self.waddr.d.next = self.waddr.q.val() + self.a_1.val();
            self.nbyte.d.next = self.n2_3.val();
            if self.is_weights.val() {
                self.bus_wdata.next = self.weight.val();
                self.nbyte.d.next = self.n2_1.val();
            }
            // The configuration block's registers: GEOMETRY0 ..= BURN_IN, LAYOUT, SEED.
            if self.is_config.val() & (self.waddr.q.val() == self.a_burn_in.val()) {
                self.waddr.d.next = self.a_layout.val();
            }
            if self.is_config.val() & (self.waddr.q.val() == self.a_layout_last.val()) {
                self.waddr.d.next = self.a_seed.val();
            }
            self.state.d.next = self.st_word_addr.val();
            if self.ptr.q.val() == self.length.val() {
                self.state.d.next = self.st_reply.val();
                if self.is_config.val() {
                    self.state.d.next = self.st_grid.val();
                }
            }
        } else if self.state.q.val() == self.st_grid.val() {
            // h · w by repeated addition, then the new geometry is the one spans check against.
            if self.rows.q.val().any() {
                self.grid.d.next = self.grid.q.val() + self.cfg_w.val();
                self.rows.d.next = self.rows.q.val() - self.b16_1.val();
            } else {
                self.configured.d.next = true;
                self.hw.d.next = self.grid.q.val();
                self.g_groups.d.next = (self.cfg_c0.val() + self.lanes_m1_16.val()) >> self.lane_shift16.val();
                self.g_c1.d.next = self.cfg_c1.val();
                self.g_c2.d.next = self.cfg_c2.val();
                self.state.d.next = self.st_reply.val();
            }
        } else if self.state.q.val() == self.st_bit_addr.val() {
            self.rd_addr.next = self.bit_byte.val();
            self.state.d.next = self.st_bit_data.val();
        } else if self.state.q.val() == self.st_bit_data.val() {
            self.word.d.next = self.word.q.val() >> self.w_1.val();
            if self.rd_data.val().get_bit(self.bitptr.q.val().get_bits::<3>(0).index()) {
                self.word.d.next = (self.word.q.val() >> self.w_1.val()) | self.w_top_lane.val();
            }
            self.bitptr.d.next = self.bitptr.q.val() + self.b16_1.val();
            self.bitcnt.d.next = self.bitcnt.q.val() + self.bits_1.val();
            self.state.d.next = self.st_bit_addr.val();
            if self.bitcnt.q.val() == self.bits_last.val() {
                self.state.d.next = self.st_bit_write.val();
            }
        } else if self.state.q.val() == self.st_bit_write.val() {
            self.bus_addr.next = self.a_input.val() | self.off22.wide.val();
            self.bus_wr.next = true;
            self.word.d.next = self.w_0.val();
            self.bitcnt.d.next = self.bits_0.val();
            self.left.d.next = self.left.q.val() - self.b16_1.val();
            self.pos.d.next = self.pos_inc.val();
            if self.wrap.val() {
                self.pos.d.next = self.b16_0.val();
                self.ch.d.next = self.ch.q.val() + self.b16_1.val();
            }
            self.state.d.next = self.st_bit_addr.val();
            if self.left.q.val() == self.b16_1.val() {
                self.state.d.next = self.st_reply.val();
            }
        } else if self.state.q.val() == self.st_reply.val() {
            self.w_start.next = !self.w_busy.val();
            if !self.w_busy.val() {
                if self.held.q.val() & self.effect.q.val() & !self.dup.q.val() {
                    self.last_valid.d.next = true;
                    self.last_kind.d.next = self.kind.val();
                    self.last_seq.d.next = self.seq.val();
                    self.last_nak.d.next = self.is_nak.val();
                    self.last_code.d.next = self.nak_word.q.val().get_bits::<8>(0);
                }
                if self.is_nak.val() & !self.dup.q.val() {
                    self.naks.d.next = self.naks.q.val() + self.w_1.val();
                }
                self.rem.d.next = self.r_len.q.val();
                self.nbyte.d.next = self.n2_3.val();
                self.k.d.next = self.k_0.val();
                self.sign_acc.d.next = self.b8_0.val();
                self.nbits.d.next = self.n3_0.val();
                self.state.d.next = self.st_finish.val();
                if self.r_len.q.val().any() {
                    self.state.d.next = self.st_emit_fetch.val();
                }
            }
        } else if self.state.q.val() == self.st_emit_fetch.val() {
            self.k.d.next = self.k.q.val() + self.k_1.val();
            self.state.d.next = self.st_emit_wait.val();
            if self.is_nak.val() {
                self.word.d.next = self.nak_word.q.val();
                self.state.d.next = self.st_emit.val();
            } else if self.is_identify.val() & !self.k.q.val().any() {
                self.word.d.next = self.w_identify0.val();
                self.state.d.next = self.st_emit.val();
            } else if self.is_counters.val() & (self.k.q.val() >= self.k3_2.val()) {
                self.word.d.next = self.counter.val();
                self.state.d.next = self.st_emit.val();
            } else {
                self.bus_rd.next = true;
                if self.is_signs.val() | self.is_sums.val() {
                    self.bus_addr.next = self.rbase.q.val() | self.off22.wide.val();
                } else {
                    self.raddr.d.next = self.raddr.q.val() + self.a_1.val();
                }
            }
        } else if self.state.q.val() == self.st_emit_wait.val() {
            if self.bus_rvalid.val() {
                self.word.d.next = self.bus_rdata.val();
                self.state.d.next = self.st_emit.val();
                if self.is_status.val() {
                    self.word.d.next =
                        (self.bus_rdata.val() & self.w_3.val()) | self.status_cfg.val() | self.status_free.val();
                }
                if self.is_signs.val() | self.is_sums.val() {
                    self.left.d.next = self.left.q.val() - self.b16_1.val();
                    self.pos.d.next = self.pos_inc.val();
                    if self.wrap.val() {
                        self.pos.d.next = self.b16_0.val();
                        self.ch.d.next = self.ch.q.val() + self.b16_1.val();
                    }
                }
                if self.is_signs.val() {
                    // Sign k at bit k mod 8 of byte k div 8 (protocol::pack_signs).
                    self.word.d.next = self.sign_next.val();
                    self.sign_acc.d.next = self.b8_0.val();
                    self.nbits.d.next = self.n3_0.val();
                    if (self.nbits.q.val() != self.n3_7.val()) & (self.left.q.val() != self.b16_1.val()) {
                        self.sign_acc.d.next = self.sign_next.val().get_bits::<8>(0);
                        self.nbits.d.next = self.nbits.q.val() + self.n3_1.val();
                        self.state.d.next = self.st_emit_fetch.val();
                    }
                }
            }
        } else if self.state.q.val() == self.st_emit.val() {
            self.w_valid.next = true;
            if self.w_ready.val() {
                self.word.d.next = self.word.q.val() >> self.w_8.val();
                self.rem.d.next = self.rem.q.val() - self.len_1.val();
                self.nbyte.d.next = self.nbyte.q.val() - self.n2_1.val();
                if self.rem.q.val() == self.len_1.val() {
                    self.state.d.next = self.st_finish.val();
                } else if (self.is_signs.val() & !self.is_nak.val()) | !self.nbyte.q.val().any() {
                    self.nbyte.d.next = self.n2_3.val();
                    self.state.d.next = self.st_emit_fetch.val();
                }
            }
        } else if !self.w_busy.val() {
            // FINISH: the reply has left; release the held frame.
            self.frame_done.next = self.held.q.val();
            self.state.d.next = self.st_idle.val();
        }
        // Every refusal is answered the same way: NAK [code, request type].
        if self.refusal.val().any() {
            self.r_kind.d.next = self.t_nak.val();
            self.r_len.d.next = self.len_2.val();
            self.nak_word.d.next = self.refusal.val() | (self.kind32.wide.val() << self.w_8.val());
        }
    }
}

impl Clocked for CommandEngine {
    fn clock_input(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
}
