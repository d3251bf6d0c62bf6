//! The board's command engine in software: bytes in, replies out, commands executed on a [`Bus`].
//!
//! The reference the RTL's engine (`hdl`) is checked against, and what serves the chip model on
//! the virtual board. It parses frames with [`FrameParser`], executes each whole, good frame
//! (a frame is used only after its CRC checks, so nothing half-received is ever written or run),
//! and answers every frame it can attribute — good ones with their ACK or a NAK, damaged ones with
//! a `BadCrc`/`BadLength` NAK — per docs/PROTOCOL.md:
//!
//! * a request is checked whole before it touches the bus: a configuration the chip cannot run,
//!   an address outside the chip's windows or the configured geometry, or a write while busy is
//!   refused and nothing of it is written;
//! * a repeated `seq` of a request with an effect (writes, `RUN`) is answered with the reply it
//!   got the first time and not executed again — a retry after a lost ACK never runs twice;
//!   `RESET` clears that memory, and reads simply run again.

use crate::chip::bus::Bus;
use thermoblock_contract::config::ChipConfig;
use thermoblock_contract::protocol::*;
use thermoblock_contract::registers::*;

/// What the engine remembers of the configuration it wrote (the geometry it checks spans against).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Geometry {
    c0: usize,
    c1: usize,
    c2: usize,
    hw: usize,
}

pub struct CommandEngine<B: Bus> {
    pub bus: B,
    config: ChipConfig,
    parser: FrameParser,
    geometry: Option<Geometry>,
    /// The last request with an effect: its type, seq and reply.
    last: Option<(u8, u8, Frame)>,
    counters: Counters,
}

impl<B: Bus> CommandEngine<B> {
    pub fn new(bus: B, config: ChipConfig) -> Self {
        Self { bus, config, parser: FrameParser::new(), geometry: None, last: None, counters: Counters::default() }
    }

    pub fn counters(&self) -> Counters {
        self.counters
    }

    /// Whether the parser is between frames.
    pub fn idle(&self) -> bool {
        self.parser.idle()
    }

    /// Drops a partial frame (the line went idle in the middle of one).
    pub fn abandon_frame(&mut self) {
        self.parser.abandon();
    }

    /// Feeds one received byte; returns the reply's bytes when it completes a frame.
    pub fn receive(&mut self, b: u8) -> Option<Vec<u8>> {
        let parsed = self.parser.push(b)?;
        Some(self.reply(parsed).encode())
    }

    /// The reply to one parsed frame (executing it if it is a good request).
    pub fn reply(&mut self, parsed: Parsed) -> Frame {
        let frame = match parsed {
            Parsed::Bad { kind, seq, code } => {
                self.counters.bad_frames = self.counters.bad_frames.wrapping_add(1);
                return self.nak(seq, code, kind);
            }
            Parsed::Frame(f) => f,
        };
        self.counters.frames = self.counters.frames.wrapping_add(1);
        let command = Command::from_u8(frame.kind);
        if let (Some(c), Some((kind, seq, reply))) = (command, &self.last) {
            if c.has_effect() && *kind == frame.kind && *seq == frame.seq {
                self.counters.duplicates = self.counters.duplicates.wrapping_add(1);
                return reply.clone();
            }
        }
        let reply = match Request::decode(frame.kind, &frame.payload, self.config.lanes) {
            Err(e) => self.nak(frame.seq, e.nak(), frame.kind),
            Ok(req) => match self.execute(&req) {
                Ok(payload) => Frame { kind: frame.kind | ACK, seq: frame.seq, payload },
                Err(code) => self.nak(frame.seq, code, frame.kind),
            },
        };
        match command {
            Some(Command::Reset) => self.last = None,
            Some(c) if c.has_effect() => self.last = Some((frame.kind, frame.seq, reply.clone())),
            _ => {}
        }
        reply
    }

    fn nak(&mut self, seq: u8, code: NakCode, kind: u8) -> Frame {
        self.counters.naks = self.counters.naks.wrapping_add(1);
        Frame::nak(seq, code, kind)
    }

    fn busy(&mut self) -> bool {
        self.bus.read(STATUS) & STATUS_BUSY != 0
    }

    /// The configured geometry, refusing while a run is in progress.
    fn ready(&mut self) -> Result<Geometry, NakCode> {
        let g = self.geometry.ok_or(NakCode::NotConfigured)?;
        if self.busy() {
            return Err(NakCode::Busy);
        }
        Ok(g)
    }

    /// Checks a configuration block against the chip's limits before any of it is written.
    fn check_config(&self, words: &[u32]) -> Result<Geometry, NakCode> {
        let c = &self.config;
        let thermoblock_contract::registers::Geometry { c0, c1, c2, h, w, k1, k2 } =
            thermoblock_contract::registers::Geometry::from_registers(words[0], words[1]);
        let kernel_ok = |k: usize| k % 2 == 1 && k <= c.max_kernel;
        let [delta, sweeps] = [words[3], words[4]];
        let ok = (1..=c.max_c0).contains(&c0)
            && (1..=c.max_c1).contains(&c1)
            && (1..=c.max_c2).contains(&c2)
            && (1..=c.max_h).contains(&h)
            && (1..=c.max_w).contains(&w)
            && kernel_ok(k1)
            && kernel_ok(k2)
            && (1..=1 << thermoblock_contract::field::DELTA_FRAC_BITS).contains(&delta)
            && (1..=c.max_sweeps).contains(&sweeps)
            && words[0] >> 24 == 0;
        if ok { Ok(Geometry { c0, c1, c2, hw: h * w }) } else { Err(NakCode::BadConfig) }
    }

    fn execute(&mut self, req: &Request) -> Result<Vec<u8>, NakCode> {
        let lanes = self.config.lanes;
        Ok(match req {
            Request::Identify => {
                let words = identification(&self.config).map(|(a, _)| self.bus.read(a));
                Identity { protocol_version: PROTOCOL_VERSION, max_payload: MAX_PAYLOAD as u16, words }.payload()
            }
            Request::Reset => {
                self.geometry = None;
                vec![]
            }
            Request::WriteConfig(words) => {
                if self.busy() {
                    return Err(NakCode::Busy);
                }
                let g = self.check_config(words)?;
                for (a, &v) in config_addresses(lanes).into_iter().zip(words) {
                    self.bus.write(a, v);
                }
                self.geometry = Some(g);
                vec![]
            }
            Request::WriteWeights { bank, addr, words } => {
                if self.busy() {
                    return Err(NakCode::Busy);
                }
                let (bank, addr) = (*bank as usize, *addr as usize);
                if bank >= lanes || addr + words.len() > 1 << COUPLING_ADDR_BITS {
                    return Err(NakCode::AddressOutOfRange);
                }
                let base = COUPLING_BASE + ((bank as u32) << COUPLING_ADDR_BITS) + addr as u32;
                for (i, &v) in words.iter().enumerate() {
                    self.bus.write(base + i as u32, v as i32 as u32);
                }
                vec![]
            }
            Request::WriteInput { span, words } => {
                let g = self.geometry.ok_or(NakCode::NotConfigured)?;
                // During a run only once its clamp pass has read the input.
                let s = self.bus.read(STATUS);
                if s & (STATUS_BUSY | STATUS_INPUT_FREE) == STATUS_BUSY {
                    return Err(NakCode::Busy);
                }
                let targets = self.span_offsets(span, g.c0.div_ceil(lanes), g.hw)?;
                for (off, &v) in targets.into_iter().zip(words) {
                    self.bus.write(INPUT_BASE + off, v);
                }
                vec![]
            }
            Request::Run => {
                self.ready()?;
                self.counters.runs = self.counters.runs.wrapping_add(1);
                self.bus.write(CONTROL, CONTROL_START);
                vec![]
            }
            Request::Status => {
                let s = self.bus.read(STATUS);
                Status {
                    busy: s & STATUS_BUSY != 0,
                    done: s & STATUS_DONE != 0,
                    configured: self.geometry.is_some(),
                    input_free: s & STATUS_INPUT_FREE != 0,
                }
                .word()
                .to_le_bytes()
                .to_vec()
            }
            Request::ReadSigns(span) => {
                let g = self.ready()?;
                let offsets = self.span_offsets(span, g.c2, g.hw)?;
                pack_signs(offsets.into_iter().map(|o| self.bus.read(OUTPUT_SIGN_BASE + o) & 1 == 1))
            }
            Request::ReadSums(window, span) => {
                let g = self.ready()?;
                let (base, channels) = match window {
                    SumWindow::Output => (OUTPUT_SUM_BASE, g.c2),
                    SumWindow::Hidden => (HIDDEN_SUM_BASE, g.c1),
                };
                let offsets = self.span_offsets(span, channels, g.hw)?;
                offsets.into_iter().flat_map(|o| self.bus.read(base + o).to_le_bytes()).collect()
            }
            Request::ReadCounters => {
                let mut p = Vec::with_capacity(28);
                p.extend(self.bus.read(CYCLES_LO).to_le_bytes());
                p.extend(self.bus.read(CYCLES_HI).to_le_bytes());
                self.counters.words().iter().for_each(|w| p.extend(w.to_le_bytes()));
                p
            }
        })
    }

    /// The window offsets of a span over `channels` channels of `hw` positions, or
    /// `AddressOutOfRange` if any falls outside.
    fn span_offsets(&self, span: &Span, channels: usize, hw: usize) -> Result<Vec<u32>, NakCode> {
        let end = span.channel as usize * hw + span.pos as usize + span.count as usize;
        if span.pos as usize >= hw || end > channels * hw {
            return Err(NakCode::AddressOutOfRange);
        }
        Ok(span.iter(hw).map(|(c, p)| spin_offset(c, p)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chip::bus::ChipBus;
    use crate::chip::model::ChipModel;
    use crate::chip::quantize::quantize;
    use crate::random::{RandomBlockSpec, random_block, random_spins};
    use thermoblock_contract::config::{ECP5, ICE40};
    use thermoblock_contract::run::ChipRun;

    /// Sends `req` as frame `seq` byte by byte; returns the one reply.
    fn send<B: Bus>(e: &mut CommandEngine<B>, req: &Request, seq: u8, lanes: usize) -> Frame {
        let bytes = req.frame(seq, lanes).encode();
        let mut replies: Vec<Vec<u8>> = bytes.iter().filter_map(|&b| e.receive(b)).collect();
        assert_eq!(replies.len(), 1, "one reply per frame");
        let mut p = FrameParser::new();
        match replies.pop().unwrap().into_iter().filter_map(|b| p.push(b)).next() {
            Some(Parsed::Frame(f)) => f,
            other => panic!("reply does not parse: {other:?}"),
        }
    }

    fn ack<B: Bus>(e: &mut CommandEngine<B>, req: &Request, seq: u8, lanes: usize) -> Vec<u8> {
        let f = send(e, req, seq, lanes);
        assert_eq!((f.kind, f.seq), (req.command() as u8 | ACK, seq), "{req:?}: {f:?}");
        f.payload
    }

    /// A whole run through frames — configuration, weights, input, `RUN`, sums and counters read
    /// back — gives the chip model's result, on both configurations.
    #[test]
    fn a_run_over_the_link_is_the_chip_models_run() {
        for (config, spec, h, w) in [
            (ICE40, RandomBlockSpec { c0: 3, c1: 6, c2: 5, kernel: 3, coupling: 1.0 }, 4, 5),
            (ECP5, RandomBlockSpec { c0: 20, c1: 37, c2: 40, kernel: 3, coupling: 0.7 }, 5, 6),
        ] {
            let block = random_block(&spec, 8).unwrap();
            let x = random_spins(spec.c0, h, w, 9);
            let (image, _) = quantize(&block, &config, h, w).unwrap();
            let run = ChipRun { delta: 0.6, sweeps: 25, burn_in: 5, seed: 3 };
            let mut e = CommandEngine::new(ChipBus::new(config), config);
            let id = Identity::decode(&ack(&mut e, &Request::Identify, 0, config.lanes)).unwrap();
            assert_eq!(id.config(), Some(config));
            let mut seq = 1u8;
            for req in run_requests(&config, &image, &x, &run, MAX_PAYLOAD) {
                ack(&mut e, &req, seq, config.lanes);
                seq = seq.wrapping_add(1);
            }
            let hw = h * w;
            let mut sums = Vec::new();
            for req in sum_requests(image.c2, image.c1, hw, MAX_PAYLOAD) {
                sums.extend(words_le(&ack(&mut e, &req, seq, config.lanes)));
                seq = seq.wrapping_add(1);
            }
            let counters = words_le(&ack(&mut e, &Request::ReadCounters, seq, config.lanes));
            sums.extend(&counters[..2]);
            let got = readout(&image, h, w, &run, &sums);
            let want = ChipModel::new(image.clone(), config, h, w).run(&x, &run);
            assert_eq!(got, want, "{}", config.name);
            let signs = ack(
                &mut e,
                &Request::ReadSigns(Span { channel: 0, pos: 0, count: (image.c2 * hw) as u16 }),
                0,
                config.lanes,
            );
            let signs = unpack_signs(&signs, image.c2 * hw).unwrap();
            assert!(signs.iter().zip(&want.output.data).all(|(&s, &o)| s == (o > 0)));
            let c = Counters::from_words(&counters[2..]);
            assert_eq!((c.runs, c.bad_frames, c.naks, c.duplicates), (1, 0, 0, 0));
        }
    }

    fn configured_ice40() -> (CommandEngine<ChipBus>, Vec<Request>) {
        let spec = RandomBlockSpec { c0: 3, c1: 6, c2: 5, kernel: 3, coupling: 1.0 };
        let block = random_block(&spec, 1).unwrap();
        let x = random_spins(3, 4, 4, 2);
        let (image, _) = quantize(&block, &ICE40, 4, 4).unwrap();
        let run = ChipRun { delta: 0.5, sweeps: 10, burn_in: 0, seed: 1 };
        (CommandEngine::new(ChipBus::new(ICE40), ICE40), run_requests(&ICE40, &image, &x, &run, MAX_PAYLOAD))
    }

    #[test]
    fn a_repeated_run_is_acknowledged_but_not_run_again() {
        let (mut e, reqs) = configured_ice40();
        for (i, r) in reqs.iter().enumerate() {
            ack(&mut e, r, i as u8, 4);
        }
        let last = (reqs.len() - 1) as u8;
        ack(&mut e, &Request::Run, last, 4); // the retry of a RUN whose ACK was lost
        assert_eq!((e.counters().runs, e.counters().duplicates), (1, 1));
        ack(&mut e, &Request::Run, last.wrapping_add(1), 4); // a new RUN runs
        assert_eq!(e.counters().runs, 2);
    }

    #[test]
    fn refusals_are_typed_and_write_nothing() {
        let (mut e, reqs) = configured_ice40();
        let nak = |e: &mut CommandEngine<ChipBus>, r: &Request, seq: u8| {
            let f = send(e, r, seq, 4);
            assert_eq!((f.kind, f.payload.len(), f.payload[1]), (NAK, 2, r.command() as u8), "{r:?}");
            NakCode::from_u8(f.payload[0]).unwrap()
        };
        assert_eq!(nak(&mut e, &Request::Run, 1), NakCode::NotConfigured);
        assert_eq!(
            nak(&mut e, &Request::ReadSums(SumWindow::Output, Span { channel: 0, pos: 0, count: 1 }), 2),
            NakCode::NotConfigured
        );
        // A geometry beyond ice40's limits (C1 = 17 > 16) is refused before any of it is written.
        let Request::WriteConfig(words) = &reqs[0] else { panic!() };
        let mut bad = words.clone();
        bad[0] = bad[0] & !0xff00 | 17 << 8;
        assert_eq!(nak(&mut e, &Request::WriteConfig(bad), 3), NakCode::BadConfig);
        assert_eq!(e.bus.geometry().c1, 0, "nothing of the refused configuration was written");
        ack(&mut e, &reqs[0], 4, 4);
        assert_eq!(
            nak(&mut e, &Request::WriteWeights { bank: 4, addr: 0, words: vec![1] }, 5),
            NakCode::AddressOutOfRange
        );
        assert_eq!(
            nak(&mut e, &Request::WriteWeights { bank: 0, addr: 8191, words: vec![1, 2] }, 6),
            NakCode::AddressOutOfRange
        );
        // 3 input channels on 4 lanes: one group of 16 positions.
        let input = Request::WriteInput { span: Span { channel: 0, pos: 10, count: 7 }, words: vec![0; 7] };
        assert_eq!(nak(&mut e, &input, 7), NakCode::AddressOutOfRange);
        assert_eq!(
            nak(&mut e, &Request::ReadSigns(Span { channel: 4, pos: 15, count: 2 }), 8),
            NakCode::AddressOutOfRange
        );
        // Unknown type and a bad length.
        let f = Frame { kind: 0x42, seq: 9, payload: vec![] };
        let reply = f.encode().iter().filter_map(|&b| e.receive(b)).next().unwrap();
        assert_eq!(&reply[2..4], &[NAK, 9]);
        assert_eq!(reply[6], NakCode::UnknownCommand as u8);
        let f = Frame { kind: Command::Run as u8, seq: 10, payload: vec![0] };
        let reply = f.encode().iter().filter_map(|&b| e.receive(b)).next().unwrap();
        assert_eq!(reply[6], NakCode::BadLength as u8);
        assert_eq!(e.counters().runs, 0);
    }

    #[test]
    fn a_damaged_frame_is_refused_and_not_executed() {
        let (mut e, reqs) = configured_ice40();
        let mut bytes = reqs[0].frame(1, 4).encode();
        bytes[20] ^= 1;
        let replies: Vec<_> = bytes.iter().filter_map(|&b| e.receive(b)).collect();
        assert_eq!(replies.len(), 1);
        assert_eq!((replies[0][2], replies[0][6]), (NAK, NakCode::BadCrc as u8));
        assert_eq!(e.bus.geometry().c0, 0, "the damaged configuration was not written");
        assert_eq!(e.counters().bad_frames, 1);
    }
}
