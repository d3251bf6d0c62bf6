//! Property tests of the link's parser and codecs (the CI half of the host-link issue's fuzzing;
//! `make fuzz` runs the cargo-fuzz target `fuzz/fuzz_targets/frame_parser.rs` for longer).

use proptest::prelude::*;
use thermoblock_contract::protocol::*;

fn frame() -> impl Strategy<Value = Frame> {
    (any::<u8>(), any::<u8>(), prop::collection::vec(any::<u8>(), 0..300)).prop_map(|(kind, seq, payload)| Frame {
        kind,
        seq,
        payload,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Any bytes: no panic, and every frame the parser yields is one whose encoding is exactly the
    /// bytes it was read from (a good CRC, a bounded payload).
    #[test]
    fn any_bytes_yield_only_well_formed_frames(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let mut p = FrameParser::new();
        for &b in &bytes {
            if let Some(Parsed::Frame(f)) = p.push(b) {
                prop_assert!(f.payload.len() <= MAX_PAYLOAD);
                let enc = f.encode();
                prop_assert!(bytes.windows(enc.len()).any(|w| w == &enc[..]), "a frame that was not in the stream");
            }
        }
    }

    /// Frames separated by noise without the sync marker's first byte all come back, in order.
    #[test]
    fn frames_survive_noise_between_them(
        frames in prop::collection::vec(frame(), 1..8),
        noise in prop::collection::vec(prop::collection::vec(any::<u8>().prop_filter("not A5", |b| *b != SYNC[0]), 0..20), 8),
    ) {
        let mut bytes = Vec::new();
        for (f, n) in frames.iter().zip(&noise) {
            bytes.extend(n);
            bytes.extend(f.encode());
        }
        let mut p = FrameParser::new();
        let got: Vec<Frame> = bytes.iter().filter_map(|&b| match p.push(b) {
            Some(Parsed::Frame(f)) => Some(f),
            _ => None,
        }).collect();
        prop_assert_eq!(got, frames);
    }

    /// Any payload under any type: decoding never panics.
    #[test]
    fn any_request_payload_decodes_or_is_refused(kind in any::<u8>(), payload in prop::collection::vec(any::<u8>(), 0..1100), lanes in prop::sample::select(vec![4usize, 32])) {
        let _ = Request::decode(kind, &payload, lanes);
    }
}

mod engine {
    use super::*;
    use thermoblock_contract::config::ICE40;
    use thermoblock_contract::registers::config_words;
    use thermoblock_sim::chip::bus::ChipBus;
    use thermoblock_sim::chip::engine::CommandEngine;

    /// A configuration block with an in-range geometry (so `RUN` is accepted) and everything else
    /// arbitrary: shifts, layout, seeds.
    fn config() -> impl Strategy<Value = Vec<u32>> {
        (
            1u32..=8,
            1u32..=16,
            1u32..=8,
            1u32..=8,
            1u32..=8,
            prop::sample::select(vec![1u32, 3]),
            prop::collection::vec(any::<u32>(), config_words(4)),
        )
            .prop_map(|(c0, c1, c2, h, w, k, mut words)| {
                words[0] = c0 | c1 << 8 | c2 << 16;
                words[1] = h | w << 8 | k << 16 | k << 24;
                words[3] = 1 + words[3] % 32768;
                words[4] = 1 + words[4] % 20;
                words
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// Whatever a host writes, the virtual board answers and never panics: garbage shifts,
        /// layouts, weights and inputs give garbage results, as on the chip, not a crash.
        #[test]
        fn the_board_survives_any_configuration_and_memory(
            words in config(),
            weights in prop::collection::vec(any::<i16>(), 0..200),
            bank in 0u16..4,
            addr in 0u16..8000,
        ) {
            let mut e = CommandEngine::new(ChipBus::new(ICE40), ICE40);
            let reqs = [
                Request::WriteConfig(words),
                Request::WriteWeights { bank, addr: addr.min(8192 - weights.len() as u16), words: weights },
                Request::Run,
                Request::ReadSums(SumWindow::Output, Span { channel: 0, pos: 0, count: 1 }),
                Request::ReadCounters,
            ];
            for (i, r) in reqs.iter().enumerate() {
                let bytes = r.frame(i as u8, 4).encode();
                let replies = bytes.iter().filter_map(|&b| e.receive(b)).count();
                prop_assert_eq!(replies, 1);
            }
        }
    }
}
