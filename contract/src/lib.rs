//! The chip's contract: everything its RTL (`thermoblock-hdl`), its bit-exact model
//! (`thermoblock-sim`'s `chip` module) and the host (`thermoblock-host`) must agree on, defined
//! once. docs/ARCHITECTURE.md ("The chip", "The plane engine") describes the design it belongs to.
//!
//! The modules form layers; each imports only from the ones above it (checked by a test below):
//!
//! * [`spins`]: binary spin maps, the block's I/O format;
//! * [`shape`]: a block's channel counts and kernel sizes on a grid;
//! * [`field`]: the field code, the delta register and the field arithmetic;
//! * [`pbit`]: the sigmoid threshold table and the comparator;
//! * [`rng`]: the per-lane xorshift64 generators and how they are seeded;
//! * [`uart`]: the serial link's divisors, line levels and a model of the receiver;
//! * [`image`]: a block in the chip's integer formats;
//! * [`run`]: one run's parameters and its readout;
//! * [`plane`]: the plane engine's geometry, windows, decision order and cycles;
//! * [`border`]: the plane engine's border classes and constants (`2A − B`);
//! * [`config`]: `ChipConfig` and the named configurations;
//! * [`schedule`]: the lane chip's controller schedule, step by step;
//! * [`weights`]: the plane engine's weight banks (every kernel stored once);
//! * [`column`](mod@column): the plane engine's decision columns' tables and spin words;
//! * [`memory`]: the lane chip's coupling memory layout;
//! * [`registers`]: the bus's register map and the writes that set up a run;
//! * [`protocol`]: the host link's frames, CRC, commands and replies (docs/PROTOCOL.md).

pub mod border;
pub mod column;
pub mod config;
pub mod field;
pub mod image;
pub mod memory;
pub mod pbit;
pub mod plane;
pub mod protocol;
pub mod registers;
pub mod rng;
pub mod run;
pub mod schedule;
pub mod shape;
pub mod spins;
pub mod uart;
pub mod weights;

pub use config::{ChipConfig, FitError};
pub use shape::BlockShape;
pub use spins::Spins;

#[cfg(test)]
mod layering {
    /// Every `crate::<module>` a module's source names lies above it in the order the crate's
    /// documentation lists them, so
    /// the contract has no import circle (cargo forbids them between crates, not between modules).
    #[test]
    fn modules_import_only_from_the_layers_above() {
        let lib = include_str!("lib.rs");
        let order: Vec<&str> = lib
            .lines()
            .filter_map(|l| l.strip_prefix("//! * [`").and_then(|l| l.split_once('`')).map(|(m, _)| m))
            .collect();
        assert!(order.len() >= 15, "lib.rs's documentation lists the modules: {order:?}");
        let sources = [
            ("spins", include_str!("spins.rs")),
            ("shape", include_str!("shape.rs")),
            ("field", include_str!("field.rs")),
            ("pbit", include_str!("pbit.rs")),
            ("rng", include_str!("rng.rs")),
            ("uart", include_str!("uart.rs")),
            ("image", include_str!("image.rs")),
            ("run", include_str!("run.rs")),
            ("plane", include_str!("plane.rs")),
            ("border", include_str!("border.rs")),
            ("config", include_str!("config.rs")),
            ("schedule", include_str!("schedule.rs")),
            ("weights", include_str!("weights.rs")),
            ("column", include_str!("column.rs")),
            ("memory", include_str!("memory.rs")),
            ("registers", include_str!("registers.rs")),
            ("protocol", include_str!("protocol.rs")),
        ];
        assert_eq!(sources.map(|(m, _)| m).to_vec(), order, "the test reads every module, in lib.rs's order");
        for (rank, (module, text)) in sources.iter().enumerate() {
            assert!(
                !text.contains("crate::{"),
                "`{module}`: name each module in its own `use crate::…` so this test sees it"
            );
            let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
            for line in code {
                for (at, _) in line.match_indices("crate::") {
                    let name: String =
                        line[at + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                    let Some(used) = order.iter().position(|m| *m == name) else { continue };
                    assert!(used < rank, "`{module}` uses `crate::{name}`, which is not above it in the list");
                }
            }
        }
    }
}
