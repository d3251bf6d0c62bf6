//! Arbitrary bytes into the board's side of the link: the frame parser, then the command engine
//! over the bus-level chip model. Nothing may panic; every frame parsed must re-encode to bytes
//! that were in the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use thermoblock_sim::chip::bus::ChipBus;
use thermoblock_contract::config::ICE40;
use thermoblock_sim::chip::engine::CommandEngine;
use thermoblock_contract::protocol::{FrameParser, Parsed};

fuzz_target!(|data: &[u8]| {
    let mut parser = FrameParser::new();
    for &b in data {
        if let Some(Parsed::Frame(f)) = parser.push(b) {
            let enc = f.encode();
            assert!(data.windows(enc.len()).any(|w| w == &enc[..]));
        }
    }
    let mut engine = CommandEngine::new(ChipBus::new(ICE40), ICE40);
    for &b in data {
        let _ = engine.receive(b);
    }
});
