//! The host link's framed protocol: frames, their CRC, the commands and their replies.
//!
//! One definition for the host (`thermoblock_host`'s transports), the chip's command engine (its
//! software model in `thermoblock_sim::chip::engine` and the RTL in `thermoblock_hdl`) and the tests. docs/PROTOCOL.md
//! is the specification in prose; this module is the executable one.
//!
//! ```text
//! frame = A5 5A | type u8 | seq u8 | length u16 LE | payload[length] | CRC-32 u32 LE
//! ```
//!
//! The CRC is CRC-32/ISO-HDLC (the Ethernet and zip CRC: polynomial 0x04C11DB7, reflected,
//! init and final XOR 0xFFFFFFFF) over `type .. payload`. Every request is answered with one reply
//! of the same `seq`: `type | 0x80` with the reply's payload (ACK), or type `0xFF` with the NAK
//! code and the request's type. Commands address the chip's bus windows
//! ([`crate::registers`]); multi-byte fields are little-endian.

use bitvec::prelude::*;
use std::fmt;

/// The frame's sync marker.
pub const SYNC: [u8; 2] = [0xA5, 0x5A];
/// Version of this protocol, returned by `IDENTIFY`.
pub const PROTOCOL_VERSION: u16 = 1;
/// Largest payload of a frame, either way: bounds the engine's frame buffer.
pub const MAX_PAYLOAD: usize = 1024;
/// Bytes before the payload: sync, type, seq, length.
pub const HEADER_LEN: usize = 6;
/// Bytes after the payload: the CRC.
pub const CRC_LEN: usize = 4;
/// Bytes a frame adds to its payload.
pub const OVERHEAD: usize = HEADER_LEN + CRC_LEN;
/// Set in a reply's type: the ACK of request type `t` is `t | ACK`.
pub const ACK: u8 = 0x80;
/// The type of a NAK reply; payload `[code, request type]`.
pub const NAK: u8 = 0xFF;

/// CRC-32/ISO-HDLC.
pub const CRC: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// The CRC register before a frame's first covered byte (and the final XOR).
pub const CRC_INIT: u32 = 0xFFFF_FFFF;
/// The reflected polynomial of CRC-32/ISO-HDLC.
pub const CRC_POLY_REFLECTED: u32 = 0xEDB8_8320;

/// One byte into the CRC register, bit by bit: the definition the RTL's `Crc32Byte` derives its
/// XOR equations from. `!fold(CRC_INIT, bytes)` is [`CRC`]'s checksum (a test checks it).
pub fn crc32_byte(crc: u32, byte: u8) -> u32 {
    let mut c = crc ^ byte as u32;
    for _ in 0..8 {
        c = (c >> 1) ^ (CRC_POLY_REFLECTED & (c & 1).wrapping_neg());
    }
    c
}

/// Request types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Command {
    /// → protocol version, largest payload, the five identification words (`ID` .. `CONFIG2`).
    Identify = 0x01,
    /// Forget the configuration and the duplicate filter; always executed, never a duplicate.
    Reset = 0x02,
    /// The configuration block ([`crate::registers::config_addresses`]), whole.
    WriteConfig = 0x03,
    /// Coupling words: bank u16, first address u16, then 16-bit words.
    WriteWeights = 0x04,
    /// Input words: group u16, first position u16, count u16, then the words' `P` bits each, packed.
    WriteInput = 0x05,
    /// `CONTROL.start`.
    Run = 0x06,
    /// → the status word ([`Status`]).
    Status = 0x07,
    /// Output signs: channel u16, first position u16, count u16 → one bit per spin (1 = +1), packed.
    ReadSigns = 0x08,
    /// Sums: window u8 ([`SumWindow`]), channel u16, first position u16, count u16 → i32 each.
    ReadSums = 0x09,
    /// → cycles of the last run u64, then the engine's counters ([`Counters`]).
    ReadCounters = 0x0A,
}

impl Command {
    pub const ALL: [Command; 10] = [
        Command::Identify,
        Command::Reset,
        Command::WriteConfig,
        Command::WriteWeights,
        Command::WriteInput,
        Command::Run,
        Command::Status,
        Command::ReadSigns,
        Command::ReadSums,
        Command::ReadCounters,
    ];

    pub fn from_u8(t: u8) -> Option<Command> {
        Self::ALL.into_iter().find(|c| *c as u8 == t)
    }

    /// Whether executing it twice differs from once. A repeated `seq` of such a command is
    /// answered again without executing it (reads are simply executed again).
    pub fn has_effect(self) -> bool {
        matches!(self, Command::WriteConfig | Command::WriteWeights | Command::WriteInput | Command::Run)
    }
}

/// Why a request was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum NakCode {
    /// The frame's CRC did not match: nothing of it was used.
    BadCrc = 1,
    /// The length exceeds [`MAX_PAYLOAD`] or does not fit the command.
    BadLength = 2,
    /// An address, channel, position or count outside the chip's windows or geometry.
    AddressOutOfRange = 3,
    /// `RUN`, `WRITE_INPUT` or a read before `WRITE_CONFIG` (since power-up or `RESET`).
    NotConfigured = 4,
    /// A write, `RUN` or result read while a run is in progress.
    Busy = 5,
    /// A type this protocol version does not define.
    UnknownCommand = 6,
    /// A configuration the chip cannot run (geometry beyond its limits, zero sweeps).
    BadConfig = 7,
    /// A header announcing more than [`MAX_PAYLOAD`] bytes: no host sends one, so the length was
    /// damaged on the way (unlike [`NakCode::BadLength`], a whole frame of the wrong length).
    FrameTooLong = 8,
}

impl NakCode {
    pub fn from_u8(v: u8) -> Option<NakCode> {
        use NakCode::*;
        [BadCrc, BadLength, AddressOutOfRange, NotConfigured, Busy, UnknownCommand, BadConfig, FrameTooLong]
            .into_iter()
            .find(|c| *c as u8 == v)
    }

    /// Whether sending the same request again can succeed (the frame was damaged on the way, or
    /// the chip was busy).
    pub fn retryable(self) -> bool {
        matches!(self, NakCode::BadCrc | NakCode::Busy | NakCode::FrameTooLong)
    }
}

impl fmt::Display for NakCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            NakCode::BadCrc => "bad CRC",
            NakCode::BadLength => "bad length",
            NakCode::AddressOutOfRange => "address out of range",
            NakCode::NotConfigured => "not configured",
            NakCode::Busy => "busy",
            NakCode::UnknownCommand => "unknown command",
            NakCode::BadConfig => "configuration the chip cannot run",
            NakCode::FrameTooLong => "frame longer than the protocol allows",
        };
        f.write_str(s)
    }
}

/// One frame: a request, an ACK or a NAK.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub kind: u8,
    pub seq: u8,
    pub payload: Vec<u8>,
}

impl Frame {
    /// The frame's bytes on the wire. Panics on a payload over [`MAX_PAYLOAD`] (a bug of the
    /// caller: every builder in this module chunks to fit).
    pub fn encode(&self) -> Vec<u8> {
        assert!(self.payload.len() <= MAX_PAYLOAD, "payload of {} bytes", self.payload.len());
        let mut out = Vec::with_capacity(OVERHEAD + self.payload.len());
        out.extend(SYNC);
        out.extend([self.kind, self.seq]);
        out.extend((self.payload.len() as u16).to_le_bytes());
        out.extend(&self.payload);
        let crc = CRC.checksum(&out[2..]);
        out.extend(crc.to_le_bytes());
        out
    }

    pub fn nak(seq: u8, code: NakCode, request: u8) -> Frame {
        Frame { kind: NAK, seq, payload: vec![code as u8, request] }
    }
}

/// What the parser makes of the bytes of one frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    Frame(Frame),
    /// A frame that arrived damaged: its (possibly damaged) type and seq, and why.
    Bad {
        kind: u8,
        seq: u8,
        code: NakCode,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Sync0,
    Sync1,
    Header(usize),
    Payload,
    Crc(usize),
}

/// The byte-at-a-time frame parser: the state machine the RTL's parser implements.
///
/// It hunts for the sync marker, reads the header, refuses a length over [`MAX_PAYLOAD`] at once
/// (a damaged length must not swallow the frames that follow), then the payload and the CRC. After
/// a bad frame it hunts again from the next byte; it never backs up, so the RTL needs no replay
/// buffer.
#[derive(Clone, Debug)]
pub struct FrameParser {
    state: State,
    header: [u8; 4],
    payload: Vec<u8>,
    len: usize,
    crc: [u8; 4],
}

impl Default for FrameParser {
    fn default() -> Self {
        Self { state: State::Sync0, header: [0; 4], payload: Vec::with_capacity(MAX_PAYLOAD), len: 0, crc: [0; 4] }
    }
}

impl FrameParser {
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether the parser is between frames (hunting for a sync marker).
    pub fn idle(&self) -> bool {
        self.state == State::Sync0
    }

    /// Drops a partial frame, as the RTL does when the line stays idle in the middle of one.
    pub fn abandon(&mut self) {
        self.state = State::Sync0;
    }

    /// Feeds one byte; returns a frame (or a damaged one) when its last byte arrives.
    pub fn push(&mut self, b: u8) -> Option<Parsed> {
        match self.state {
            State::Sync0 => {
                if b == SYNC[0] {
                    self.state = State::Sync1;
                }
            }
            State::Sync1 => {
                self.state = match b {
                    _ if b == SYNC[1] => State::Header(0),
                    _ if b == SYNC[0] => State::Sync1,
                    _ => State::Sync0,
                }
            }
            State::Header(i) => {
                self.header[i] = b;
                if i < 3 {
                    self.state = State::Header(i + 1);
                } else {
                    self.len = u16::from_le_bytes([self.header[2], self.header[3]]) as usize;
                    self.payload.clear();
                    if self.len > MAX_PAYLOAD {
                        self.state = State::Sync0;
                        return Some(Parsed::Bad {
                            kind: self.header[0],
                            seq: self.header[1],
                            code: NakCode::FrameTooLong,
                        });
                    }
                    self.state = if self.len == 0 { State::Crc(0) } else { State::Payload };
                }
            }
            State::Payload => {
                self.payload.push(b);
                if self.payload.len() == self.len {
                    self.state = State::Crc(0);
                }
            }
            State::Crc(i) => {
                self.crc[i] = b;
                if i < 3 {
                    self.state = State::Crc(i + 1);
                } else {
                    self.state = State::Sync0;
                    let mut digest = CRC.digest();
                    digest.update(&self.header);
                    digest.update(&self.payload);
                    let (kind, seq) = (self.header[0], self.header[1]);
                    if digest.finalize() != u32::from_le_bytes(self.crc) {
                        return Some(Parsed::Bad { kind, seq, code: NakCode::BadCrc });
                    }
                    return Some(Parsed::Frame(Frame { kind, seq, payload: self.payload.clone() }));
                }
            }
        }
        None
    }
}

/// Which sums `READ_SUMS` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum SumWindow {
    Output = 0,
    Hidden = 1,
}

/// A run of spins or words in raster order: `count` of them from `(channel, pos)`, the position
/// wrapping to 0 (and the channel advancing) after the grid's last position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub channel: u16,
    pub pos: u16,
    pub count: u16,
}

impl Span {
    fn encode(&self, out: &mut Vec<u8>) {
        for v in [self.channel, self.pos, self.count] {
            out.extend(v.to_le_bytes());
        }
    }

    fn decode(b: &[u8]) -> Span {
        let u = |i: usize| u16::from_le_bytes([b[i], b[i + 1]]);
        Span { channel: u(0), pos: u(2), count: u(4) }
    }

    /// The `(channel, pos)` of each element on a grid of `hw` positions.
    pub fn iter(&self, hw: usize) -> impl Iterator<Item = (usize, usize)> + use<> {
        let start = self.channel as usize * hw + self.pos as usize;
        (start..start + self.count as usize).map(move |i| (i / hw.max(1), i % hw.max(1)))
    }
}

/// A request, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    Identify,
    Reset,
    WriteConfig(Vec<u32>),
    WriteWeights {
        bank: u16,
        addr: u16,
        words: Vec<i16>,
    },
    /// Input words of `lanes` bits each (only the low `lanes` bits are sent).
    WriteInput {
        span: Span,
        words: Vec<u32>,
    },
    Run,
    Status,
    ReadSigns(Span),
    ReadSums(SumWindow, Span),
    ReadCounters,
}

/// Why a request's payload does not decode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Unknown,
    Length,
    Window,
}

impl DecodeError {
    pub fn nak(self) -> NakCode {
        match self {
            DecodeError::Unknown => NakCode::UnknownCommand,
            DecodeError::Length => NakCode::BadLength,
            DecodeError::Window => NakCode::AddressOutOfRange,
        }
    }
}

/// The smallest payload limit a host may choose: room for the largest configuration block
/// (`4 · (16 + 2 · 32)` bytes for 32 lanes) and a few words of anything else.
pub const MIN_PAYLOAD: usize = 64;
/// Most sums one `READ_SUMS` reply carries.
pub const SUMS_PER_FRAME: usize = MAX_PAYLOAD / 4;
/// Most signs one `READ_SIGNS` reply carries.
pub const SIGNS_PER_FRAME: usize = MAX_PAYLOAD * 8;

/// Most input words of `lanes` bits a `WRITE_INPUT` of at most `max_payload` bytes carries.
pub fn input_words_per_frame(lanes: usize, max_payload: usize) -> usize {
    (max_payload.min(MAX_PAYLOAD) - 6) * 8 / lanes
}

/// `count` values of `bits` bits each, packed LSB first.
fn pack(values: impl Iterator<Item = u32>, bits: usize) -> Vec<u8> {
    let mut bv: BitVec<u8, Lsb0> = BitVec::new();
    for v in values {
        bv.extend((0..bits).map(|i| v >> i & 1 == 1));
    }
    bv.into_vec()
}

fn unpack(bytes: &[u8], bits: usize, count: usize) -> Vec<u32> {
    let bv = bytes.view_bits::<Lsb0>();
    (0..count).map(|k| (0..bits).fold(0u32, |acc, i| acc | (bv[k * bits + i] as u32) << i)).collect()
}

/// Bytes of `count` values of `bits` bits packed.
pub fn packed_len(count: usize, bits: usize) -> usize {
    (count * bits).div_ceil(8)
}

impl Request {
    pub fn command(&self) -> Command {
        match self {
            Request::Identify => Command::Identify,
            Request::Reset => Command::Reset,
            Request::WriteConfig(_) => Command::WriteConfig,
            Request::WriteWeights { .. } => Command::WriteWeights,
            Request::WriteInput { .. } => Command::WriteInput,
            Request::Run => Command::Run,
            Request::Status => Command::Status,
            Request::ReadSigns(_) => Command::ReadSigns,
            Request::ReadSums(..) => Command::ReadSums,
            Request::ReadCounters => Command::ReadCounters,
        }
    }

    /// The payload; `lanes` is the chip's (input words are `lanes` bits each).
    pub fn payload(&self, lanes: usize) -> Vec<u8> {
        let mut p = Vec::new();
        match self {
            Request::Identify | Request::Reset | Request::Run | Request::Status | Request::ReadCounters => {}
            Request::WriteConfig(words) => words.iter().for_each(|w| p.extend(w.to_le_bytes())),
            Request::WriteWeights { bank, addr, words } => {
                p.extend(bank.to_le_bytes());
                p.extend(addr.to_le_bytes());
                words.iter().for_each(|w| p.extend(w.to_le_bytes()));
            }
            Request::WriteInput { span, words } => {
                span.encode(&mut p);
                p.extend(pack(words.iter().copied(), lanes));
            }
            Request::ReadSigns(span) => span.encode(&mut p),
            Request::ReadSums(window, span) => {
                p.push(*window as u8);
                span.encode(&mut p);
            }
        }
        p
    }

    pub fn frame(&self, seq: u8, lanes: usize) -> Frame {
        Frame { kind: self.command() as u8, seq, payload: self.payload(lanes) }
    }

    /// Decodes a request frame's payload for a chip with `lanes` lanes. Checks the length only:
    /// ranges are the engine's to check against the chip.
    pub fn decode(kind: u8, payload: &[u8], lanes: usize) -> Result<Request, DecodeError> {
        let cmd = Command::from_u8(kind).ok_or(DecodeError::Unknown)?;
        let n = payload.len();
        let exact = |want: usize| if n == want { Ok(()) } else { Err(DecodeError::Length) };
        Ok(match cmd {
            Command::Identify => exact(0).map(|_| Request::Identify)?,
            Command::Reset => exact(0).map(|_| Request::Reset)?,
            Command::Run => exact(0).map(|_| Request::Run)?,
            Command::Status => exact(0).map(|_| Request::Status)?,
            Command::ReadCounters => exact(0).map(|_| Request::ReadCounters)?,
            Command::WriteConfig => {
                exact(4 * crate::registers::config_words(lanes))?;
                Request::WriteConfig(payload.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
            }
            Command::WriteWeights => {
                if n < 6 || n % 2 != 0 {
                    return Err(DecodeError::Length);
                }
                Request::WriteWeights {
                    bank: u16::from_le_bytes([payload[0], payload[1]]),
                    addr: u16::from_le_bytes([payload[2], payload[3]]),
                    words: payload[4..].chunks(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect(),
                }
            }
            Command::WriteInput => {
                if n < 6 {
                    return Err(DecodeError::Length);
                }
                let span = Span::decode(payload);
                if span.count == 0 || n != 6 + packed_len(span.count as usize, lanes) {
                    return Err(DecodeError::Length);
                }
                Request::WriteInput { span, words: unpack(&payload[6..], lanes, span.count as usize) }
            }
            Command::ReadSigns => {
                exact(6)?;
                let span = Span::decode(payload);
                if span.count == 0 || span.count as usize > SIGNS_PER_FRAME {
                    return Err(DecodeError::Length);
                }
                Request::ReadSigns(span)
            }
            Command::ReadSums => {
                exact(7)?;
                let window = match payload[0] {
                    0 => SumWindow::Output,
                    1 => SumWindow::Hidden,
                    _ => return Err(DecodeError::Window),
                };
                let span = Span::decode(&payload[1..]);
                if span.count == 0 || span.count as usize > SUMS_PER_FRAME {
                    return Err(DecodeError::Length);
                }
                Request::ReadSums(window, span)
            }
        })
    }
}

/// `STATUS`'s word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Status {
    pub busy: bool,
    /// A run finished since the last `RUN`.
    pub done: bool,
    /// `WRITE_CONFIG` since power-up or `RESET`.
    pub configured: bool,
    /// Busy, and the run's clamp pass (the input memory's only reader) is over: `WRITE_INPUT`
    /// takes the next input while the chip runs.
    pub input_free: bool,
}

impl Status {
    pub fn word(&self) -> u32 {
        self.busy as u32 | (self.done as u32) << 1 | (self.configured as u32) << 2 | (self.input_free as u32) << 3
    }

    pub fn from_word(w: u32) -> Status {
        Status { busy: w & 1 != 0, done: w & 2 != 0, configured: w & 4 != 0, input_free: w & 8 != 0 }
    }

    /// `WRITE_INPUT` is accepted (given a configuration): no run, or one past its clamp pass.
    pub fn input_writable(&self) -> bool {
        !self.busy || self.input_free
    }
}

/// What the engine counts since power-up (wrapping 32-bit counters); `READ_COUNTERS` returns them
/// after the last run's cycle count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Frames received whole with a good CRC.
    pub frames: u32,
    /// Frames dropped for a bad CRC or length.
    pub bad_frames: u32,
    /// NAKs sent.
    pub naks: u32,
    /// Repeated requests answered without executing them again.
    pub duplicates: u32,
    /// Runs started.
    pub runs: u32,
}

impl Counters {
    pub fn words(&self) -> [u32; 5] {
        [self.frames, self.bad_frames, self.naks, self.duplicates, self.runs]
    }

    pub fn from_words(w: &[u32]) -> Counters {
        Counters { frames: w[0], bad_frames: w[1], naks: w[2], duplicates: w[3], runs: w[4] }
    }
}

/// `IDENTIFY`'s reply: what a host needs to adapt to the board.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Identity {
    pub protocol_version: u16,
    pub max_payload: u16,
    /// The identification words `ID`, `VERSION`, `CONFIG0` .. `CONFIG2`.
    pub words: [u32; 5],
}

impl Identity {
    pub fn payload(&self) -> Vec<u8> {
        let mut p = Vec::with_capacity(24);
        p.extend(self.protocol_version.to_le_bytes());
        p.extend(self.max_payload.to_le_bytes());
        self.words.iter().for_each(|w| p.extend(w.to_le_bytes()));
        p
    }

    pub fn decode(p: &[u8]) -> Option<Identity> {
        if p.len() != 24 {
            return None;
        }
        let w = words_le(&p[4..]);
        Some(Identity {
            protocol_version: u16::from_le_bytes([p[0], p[1]]),
            max_payload: u16::from_le_bytes([p[2], p[3]]),
            words: [w[0], w[1], w[2], w[3], w[4]],
        })
    }

    /// The named configuration (`ice40`, `ecp5`) whose identification words these are, if any.
    pub fn config(&self) -> Option<crate::config::ChipConfig> {
        [crate::config::ICE40, crate::config::ECP5]
            .into_iter()
            .find(|c| crate::registers::identification(c).map(|(_, v)| v) == self.words)
    }

    /// The lane count `P` (`CONFIG0` bits 0-7): what `WRITE_INPUT`'s packing needs.
    pub fn lanes(&self) -> usize {
        (self.words[2] & 0xff) as usize
    }
}

/// Little-endian u32 words of `b` (a multiple of 4 bytes).
pub fn words_le(b: &[u8]) -> Vec<u32> {
    b.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

/// `count` signs packed one bit each (1 = +1), as `READ_SIGNS` replies.
pub fn pack_signs(signs: impl Iterator<Item = bool>) -> Vec<u8> {
    let bv: BitVec<u8, Lsb0> = signs.collect();
    bv.into_vec()
}

/// The first `count` signs of a `READ_SIGNS` reply.
pub fn unpack_signs(bytes: &[u8], count: usize) -> Option<Vec<bool>> {
    let bv = bytes.view_bits::<Lsb0>();
    (bytes.len() == count.div_ceil(8)).then(|| bv[..count].iter().map(|b| *b).collect())
}

/// The requests that load a run of `image` on input `x` and start it: the configuration, the
/// coupling memory bank by bank, the input words, `RUN` — the same words, in the same order, as
/// [`crate::registers::setup_writes`]. Chunked payloads stay within `max_payload` bytes
/// (at most [`MAX_PAYLOAD`]; smaller frames survive a noisy line more often).
pub fn run_requests(
    config: &crate::config::ChipConfig,
    image: &crate::image::ChipImage,
    x: &crate::spins::Spins,
    run: &crate::run::ChipRun,
    max_payload: usize,
) -> Vec<Request> {
    let mut reqs = launch_requests(config, image, x, run, max_payload);
    reqs.splice(1..1, weight_requests(config, image, max_payload));
    reqs
}

/// The requests of a run whose coupling memory is already loaded: the configuration (which
/// carries the run's seed), the input words, `RUN`.
pub fn launch_requests(
    config: &crate::config::ChipConfig,
    image: &crate::image::ChipImage,
    x: &crate::spins::Spins,
    run: &crate::run::ChipRun,
    max_payload: usize,
) -> Vec<Request> {
    let mut reqs = vec![Request::WriteConfig(crate::registers::config_values(config, image, x.h, x.w, run))];
    reqs.extend(input_requests(config.lanes, x, max_payload));
    reqs.push(Request::Run);
    reqs
}

/// Coupling words in one `WRITE_WEIGHTS` frame of at most `max_payload` bytes (bank and address
/// take 4, each word 2).
pub fn weight_words_per_frame(max_payload: usize) -> usize {
    (max_payload.min(MAX_PAYLOAD) - 4) / 2
}

/// The coupling memory's contents as `WRITE_WEIGHTS` requests of at most `max_payload` bytes.
pub fn weight_requests(
    config: &crate::config::ChipConfig,
    image: &crate::image::ChipImage,
    max_payload: usize,
) -> Vec<Request> {
    let per = weight_words_per_frame(max_payload);
    let layout = crate::memory::CouplingLayout::new(image, config.lanes);
    let mut reqs = Vec::new();
    for (bank, words) in layout.banks(image).iter().enumerate() {
        for (k, chunk) in words.chunks(per).enumerate() {
            let addr = (k * per) as u16;
            reqs.push(Request::WriteWeights { bank: bank as u16, addr, words: chunk.to_vec() });
        }
    }
    reqs
}

/// Input `x` as `WRITE_INPUT` requests of at most `max_payload` bytes (its `INPUT` words,
/// group-major, raster order).
pub fn input_requests(lanes: usize, x: &crate::spins::Spins, max_payload: usize) -> Vec<Request> {
    let words = crate::registers::input_words(lanes, x);
    let hw = x.h * x.w;
    let per = input_words_per_frame(lanes, max_payload);
    words
        .chunks(per)
        .enumerate()
        .map(|(k, chunk)| {
            let first = k * per;
            let span = Span { channel: (first / hw) as u16, pos: (first % hw) as u16, count: chunk.len() as u16 };
            Request::WriteInput { span, words: chunk.to_vec() }
        })
        .collect()
}

/// The reads that fetch a run's output signs, `c2` channels of `hw` positions, each reply at most
/// `max_payload` bytes (8 signs a byte).
pub fn sign_requests(c2: usize, hw: usize, max_payload: usize) -> Vec<Request> {
    let per = max_payload.min(MAX_PAYLOAD) * 8;
    (0..c2 * hw)
        .step_by(per)
        .map(|first| {
            let count = per.min(c2 * hw - first);
            Request::ReadSigns(Span { channel: (first / hw) as u16, pos: (first % hw) as u16, count: count as u16 })
        })
        .collect()
}

/// The reads that fetch a run's sums, output then hidden, over `c2` and `c1` channels of `hw`
/// positions, each reply at most `max_payload` bytes.
pub fn sum_requests(c2: usize, c1: usize, hw: usize, max_payload: usize) -> Vec<Request> {
    let per = max_payload.min(MAX_PAYLOAD) / 4;
    let spans = move |window: SumWindow, c: usize| {
        (0..c * hw).step_by(per).map(move |first| {
            let count = per.min(c * hw - first);
            Request::ReadSums(
                window,
                Span { channel: (first / hw) as u16, pos: (first % hw) as u16, count: count as u16 },
            )
        })
    };
    spans(SumWindow::Output, c2).chain(spans(SumWindow::Hidden, c1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(bytes: &[u8]) -> Vec<Parsed> {
        let mut p = FrameParser::new();
        bytes.iter().filter_map(|&b| p.push(b)).collect()
    }

    #[test]
    fn status_words_round_trip_and_say_when_input_is_taken() {
        for w in 0..16u32 {
            let s = Status::from_word(w);
            assert_eq!(s.word(), w);
            // The documented bits: 0 busy, 1 done, 2 configured, 3 input free.
            assert_eq!((s.busy, s.done, s.configured, s.input_free), (w & 1 != 0, w & 2 != 0, w & 4 != 0, w & 8 != 0));
            assert_eq!(s.input_writable(), w & 1 == 0 || w & 8 != 0, "{w:#x}");
        }
    }

    /// The CRC is the standard one: CRC-32/ISO-HDLC's published check value.
    #[test]
    fn crc_is_crc32_iso_hdlc() {
        assert_eq!(CRC.checksum(b"123456789"), 0xCBF4_3926);
        let bytes: Vec<u8> = (0..1000u32).map(|i| ((i * 37) ^ (i >> 3)) as u8).collect();
        assert_eq!(!bytes.iter().fold(CRC_INIT, |c, &b| crc32_byte(c, b)), CRC.checksum(&bytes));
    }

    #[test]
    fn a_frame_round_trips_with_noise_around_it() {
        let f = Frame { kind: 0x04, seq: 200, payload: (0..300).map(|i| i as u8).collect() };
        let mut bytes = vec![0x00, 0xA5, 0x13, 0xA5];
        bytes.extend(f.encode());
        bytes.extend([0xA5, 0xA5]);
        assert_eq!(parse_all(&bytes), vec![Parsed::Frame(f)]);
    }

    #[test]
    fn a_flipped_bit_is_a_bad_crc_and_the_next_frame_still_parses() {
        let a = Frame { kind: 0x06, seq: 1, payload: vec![] }.encode();
        let b = Frame { kind: 0x07, seq: 2, payload: vec![] };
        let mut bytes = a.clone();
        bytes[7] ^= 0x10;
        bytes.extend(b.encode());
        assert_eq!(parse_all(&bytes), vec![Parsed::Bad { kind: 6, seq: 1, code: NakCode::BadCrc }, Parsed::Frame(b)]);
    }

    #[test]
    fn an_oversized_length_is_refused_at_the_header() {
        let mut bytes = vec![0xA5, 0x5A, 0x04, 9];
        bytes.extend(((MAX_PAYLOAD + 1) as u16).to_le_bytes());
        let good = Frame { kind: 0x01, seq: 3, payload: vec![] };
        bytes.extend(good.encode());
        assert_eq!(
            parse_all(&bytes),
            vec![Parsed::Bad { kind: 4, seq: 9, code: NakCode::FrameTooLong }, Parsed::Frame(good)]
        );
    }

    #[test]
    fn requests_round_trip() {
        for lanes in [4, 32] {
            let span = Span { channel: 1, pos: 5, count: 7 };
            let reqs = [
                Request::Identify,
                Request::Reset,
                Request::WriteConfig((0..crate::registers::config_words(lanes) as u32).collect()),
                Request::WriteWeights { bank: 3, addr: 100, words: vec![-5, 127, -32768, 0] },
                Request::WriteInput {
                    span,
                    words: (0..7).map(|i| (0x9E37_79B9u32 >> i) & ((1u64 << lanes) - 1) as u32).collect(),
                },
                Request::Run,
                Request::Status,
                Request::ReadSigns(span),
                Request::ReadSums(SumWindow::Hidden, span),
                Request::ReadCounters,
            ];
            for r in reqs {
                let f = r.frame(9, lanes);
                assert_eq!(Request::decode(f.kind, &f.payload, lanes), Ok(r.clone()), "{r:?}");
            }
        }
    }

    #[test]
    fn malformed_payloads_are_named() {
        assert_eq!(Request::decode(0x42, &[], 4), Err(DecodeError::Unknown));
        assert_eq!(Request::decode(Command::Run as u8, &[0], 4), Err(DecodeError::Length));
        assert_eq!(Request::decode(Command::WriteConfig as u8, &[0; 12], 4), Err(DecodeError::Length));
        assert_eq!(Request::decode(Command::WriteWeights as u8, &[0; 7], 4), Err(DecodeError::Length));
        // Seven 4-bit words are 4 bytes; 5 is wrong.
        assert_eq!(
            Request::decode(Command::WriteInput as u8, &[0, 0, 0, 0, 7, 0, 1, 2, 3, 4, 5], 4),
            Err(DecodeError::Length)
        );
        assert_eq!(Request::decode(Command::ReadSums as u8, &[2, 0, 0, 0, 0, 1, 0], 4), Err(DecodeError::Window));
        assert_eq!(Request::decode(Command::ReadSums as u8, &[0, 0, 0, 0, 0, 0, 0], 4), Err(DecodeError::Length));
    }

    #[test]
    fn identity_gives_back_the_configuration() {
        for c in [crate::config::ICE40, crate::config::ECP5] {
            let words = crate::registers::identification(&c).map(|(_, v)| v);
            let id = Identity { protocol_version: PROTOCOL_VERSION, max_payload: MAX_PAYLOAD as u16, words };
            let back = Identity::decode(&id.payload()).unwrap();
            assert_eq!(back, id);
            assert_eq!(back.config(), Some(c));
            assert_eq!(back.lanes(), c.lanes);
        }
    }

    #[test]
    fn span_wraps_positions_into_channels() {
        let s = Span { channel: 2, pos: 3, count: 4 };
        assert_eq!(s.iter(5).collect::<Vec<_>>(), vec![(2, 3), (2, 4), (3, 0), (3, 1)]);
    }
}
