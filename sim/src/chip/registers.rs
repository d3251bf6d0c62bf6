//! The chip's bus: register addresses, memory windows, and the write sequence that sets up a run.
//!
//! One home for what the RTL's bus decoder, the chip model's tests and the host link agree on. The
//! bus is word-addressed with 32-bit data. A run is set up by writing the words
//! [`setup_writes`] returns — geometry, scale shifts, delta, sweeps, lane seeds, the coupling memory
//! (`crate::chip::memory`), the hidden biases and the input spins — then `CONTROL.start`; the host
//! polls `STATUS` and reads the sums, signs and counters back.
//!
//! | address | name | access | contents |
//! |---|---|---|---|
//! | `0x00_0000` | `ID` | r | [`CHIP_ID`] |
//! | `0x00_0001` | `VERSION` | r | [`REGISTER_MAP_VERSION`] |
//! | `0x00_0002` | `CONFIG0` | r | `lanes | max_c0 << 8 | max_c1 << 16 | max_c2 << 24` |
//! | `0x00_0003` | `CONFIG1` | r | `max_h | max_w << 8 | max_kernel << 16 | weight_bits << 24` |
//! | `0x00_0004` | `CONFIG2` | r | `max_sweeps` |
//! | `0x00_0010` | `CONTROL` | w | bit 0 start |
//! | `0x00_0011` | `STATUS` | r | bit 0 busy, bit 1 done |
//! | `0x00_0020` | `GEOMETRY0` | rw | `c0 | c1 << 8 | c2 << 16` |
//! | `0x00_0021` | `GEOMETRY1` | rw | `h | w << 8 | k1 << 16 | k2 << 24` (square kernels) |
//! | `0x00_0022` | `SHIFTS` | rw | `(8 - e1) as i8 | (e2 + 7) << 8 | (e2 - e3) as i8 << 16` |
//! | `0x00_0023` | `DELTA` | rw | `delta_code` (1 ..= 32768) |
//! | `0x00_0024` | `SWEEPS` | rw | `G` |
//! | `0x00_0025` | `BURN_IN` | rw | `G_b` |
//! | `0x00_0030`, `0x00_0031` | `CYCLES_LO`, `CYCLES_HI` | r | cycles of the last run |
//! | `0x00_0100 + 2l`, `+ 2l + 1` | `SEED[l]` | w | lane `l`'s xorshift64 seed, low then high word |
//! | `0x04_0000 + m` | `BIAS[m]` | w | hidden bias field code (sign-extended 16 bits) |
//! | `0x08_0000 + word` | `INPUT` | w | input spins, channel-major, 32 per word, bit `i` = spin `32 word + i` (1 = +1) |
//! | `0x10_0000 + (bank << 13) + addr` | `COUPLING` | w | coupling memory word (sign-extended 16 bits) |
//! | `0x20_0000 + i` | `OUTPUT_SUM[i]` | r | sum of output spin `i` over the kept sweeps (channel-major) |
//! | `0x28_0000 + i` | `HIDDEN_SUM[i]` | r | sum of hidden spin `i` |

use crate::chip::config::ChipConfig;
use crate::chip::memory::CouplingLayout;
use crate::chip::model::ChipRun;
use crate::chip::quantize::{ChipImage, delta_code};
use crate::chip::rng::lane_seed;
use crate::spins::Spins;

/// `ID`: "TBLK".
pub const CHIP_ID: u32 = 0x5442_4C4B;
/// `VERSION` of this register map.
pub const REGISTER_MAP_VERSION: u32 = 1;

pub const ID: u32 = 0x00_0000;
pub const VERSION: u32 = 0x00_0001;
pub const CONFIG0: u32 = 0x00_0002;
pub const CONFIG1: u32 = 0x00_0003;
pub const CONFIG2: u32 = 0x00_0004;
pub const CONTROL: u32 = 0x00_0010;
pub const STATUS: u32 = 0x00_0011;
pub const GEOMETRY0: u32 = 0x00_0020;
pub const GEOMETRY1: u32 = 0x00_0021;
pub const SHIFTS: u32 = 0x00_0022;
pub const DELTA: u32 = 0x00_0023;
pub const SWEEPS: u32 = 0x00_0024;
pub const BURN_IN: u32 = 0x00_0025;
pub const CYCLES_LO: u32 = 0x00_0030;
pub const CYCLES_HI: u32 = 0x00_0031;
pub const SEED_BASE: u32 = 0x00_0100;
pub const BIAS_BASE: u32 = 0x04_0000;
pub const INPUT_BASE: u32 = 0x08_0000;
pub const COUPLING_BASE: u32 = 0x10_0000;
/// Address bits of one coupling bank in the `COUPLING` window.
pub const COUPLING_ADDR_BITS: u32 = 13;
pub const OUTPUT_SUM_BASE: u32 = 0x20_0000;
pub const HIDDEN_SUM_BASE: u32 = 0x28_0000;

/// `CONTROL` bit that starts a run.
pub const CONTROL_START: u32 = 1;

/// The read-only identification words a host reads to adapt to the board.
pub fn identification(config: &ChipConfig) -> [(u32, u32); 5] {
    [
        (ID, CHIP_ID),
        (VERSION, REGISTER_MAP_VERSION),
        (
            CONFIG0,
            config.lanes as u32
                | (config.max_c0 as u32) << 8
                | (config.max_c1 as u32) << 16
                | (config.max_c2 as u32) << 24,
        ),
        (
            CONFIG1,
            config.max_h as u32
                | (config.max_w as u32) << 8
                | (config.max_kernel as u32) << 16
                | config.weight_bits << 24,
        ),
        (CONFIG2, config.max_sweeps),
    ]
}

/// The `(address, data)` writes that set up a run of `image` on input `x`, in order, ending with
/// `CONTROL.start`. The image must come from `ChipImage::new` for `config` (so it fits).
pub fn setup_writes(config: &ChipConfig, image: &ChipImage, x: &Spins, run: &ChipRun) -> Vec<(u32, u32)> {
    assert_eq!(image.k1_size.0, image.k1_size.1, "the register map holds square kernels");
    assert_eq!(image.k2_size.0, image.k2_size.1, "the register map holds square kernels");
    let byte = |v: i32| (v as i8 as u8) as u32;
    let mut w = vec![
        (GEOMETRY0, image.c0 as u32 | (image.c1 as u32) << 8 | (image.c2 as u32) << 16),
        (GEOMETRY1, x.h as u32 | (x.w as u32) << 8 | (image.k1_size.0 as u32) << 16 | (image.k2_size.0 as u32) << 24),
        (SHIFTS, byte(8 - image.e1) | ((image.e2 + 7) as u32) << 8 | byte(image.e2 - image.e3) << 16),
        (DELTA, delta_code(run.delta) as u32),
        (SWEEPS, run.sweeps),
        (BURN_IN, run.burn_in),
    ];
    for l in 0..config.lanes {
        let s = lane_seed(run.seed, l);
        w.push((SEED_BASE + 2 * l as u32, s as u32));
        w.push((SEED_BASE + 2 * l as u32 + 1, (s >> 32) as u32));
    }
    w.extend(image.b.iter().enumerate().map(|(m, &b)| (BIAS_BASE + m as u32, b as i32 as u32)));
    for (word, chunk) in x.data.chunks(32).enumerate() {
        let bits = chunk.iter().enumerate().fold(0u32, |acc, (i, &s)| acc | ((s > 0) as u32) << i);
        w.push((INPUT_BASE + word as u32, bits));
    }
    let layout = CouplingLayout::new(image, config.lanes);
    for (bank, words) in layout.banks(image).iter().enumerate() {
        for (addr, &v) in words.iter().enumerate() {
            w.push((COUPLING_BASE + ((bank as u32) << COUPLING_ADDR_BITS) + addr as u32, v as i32 as u32));
        }
    }
    w.push((CONTROL, CONTROL_START));
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chip::config::{ECP5, ICE40};
    use crate::random::{RandomBlockSpec, random_block, random_spins};

    #[test]
    fn windows_hold_the_largest_configuration_without_overlap() {
        for c in [ICE40, ECP5] {
            assert!(SEED_BASE + 2 * c.lanes as u32 <= BIAS_BASE);
            assert!(BIAS_BASE + c.max_c1 as u32 <= INPUT_BASE);
            assert!(INPUT_BASE + (c.max_c0 * c.max_h * c.max_w).div_ceil(32) as u32 <= COUPLING_BASE);
            assert!(COUPLING_BASE + ((c.lanes as u32) << COUPLING_ADDR_BITS) <= OUTPUT_SUM_BASE);
            assert!(OUTPUT_SUM_BASE + (c.max_c2 * c.max_h * c.max_w) as u32 <= HIDDEN_SUM_BASE);
        }
    }

    #[test]
    fn setup_writes_carry_the_whole_image_and_input() {
        let block = random_block(&RandomBlockSpec { c0: 3, c1: 6, c2: 5, kernel: 3, coupling: 1.0 }, 2).unwrap();
        let x = random_spins(3, 4, 5, 2);
        let (image, _) = ChipImage::new(&block, &ICE40, 4, 5).unwrap();
        let run = ChipRun { delta: 0.5, sweeps: 100, burn_in: 25, seed: 9 };
        let writes = setup_writes(&ICE40, &image, &x, &run);
        let unique: std::collections::HashSet<u32> = writes.iter().map(|w| w.0).collect();
        assert_eq!(unique.len(), writes.len(), "every address is written once");
        assert_eq!(writes.last(), Some(&(CONTROL, CONTROL_START)));
        // The input spins come back from the INPUT words.
        let input: Vec<i8> = (0..x.data.len())
            .map(|i| {
                let word = writes.iter().find(|w| w.0 == INPUT_BASE + (i / 32) as u32).unwrap().1;
                if word >> (i % 32) & 1 == 1 { 1 } else { -1 }
            })
            .collect();
        assert_eq!(input, x.data);
        // Every coupling word of every bank is written, at the layout's address.
        let layout = CouplingLayout::new(&image, ICE40.lanes);
        let coupling = writes.iter().filter(|w| (COUPLING_BASE..OUTPUT_SUM_BASE).contains(&w.0)).count();
        assert_eq!(coupling, ICE40.lanes * layout.depth());
        let shifts = writes.iter().find(|w| w.0 == SHIFTS).unwrap().1;
        assert_eq!((shifts >> 8 & 0xff) as i32, image.e2 + 7);
        assert_eq!((shifts & 0xff) as u8 as i8 as i32, 8 - image.e1);
    }
}
