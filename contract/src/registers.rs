//! The chip's bus: register addresses, memory windows, and the write sequence that sets up a run.
//!
//! One home for what the RTL's bus decoder (`hdl/src/chip/top.rs`), the chip model's tests and the host
//! link agree on. The bus is word-addressed (22 bits) with 32-bit data. A run is set up by writing
//! the words [`setup_writes`] returns — geometry, shift amounts, delta, sweeps, the coupling-memory
//! layout, lane seeds, the coupling memory (`crate::memory`, biases included) and the input
//! spins — then `CONTROL.start`; the host polls `STATUS` and reads the sums, signs and counters back
//! ([`readout_addresses`], [`readout`]). Writes while a run is in progress are ignored.
//!
//! | address | name | access | contents |
//! |---|---|---|---|
//! | `0x00_0000` | `ID` | r | [`CHIP_ID`] |
//! | `0x00_0001` | `VERSION` | r | [`REGISTER_MAP_VERSION`] |
//! | `0x00_0002` | `CONFIG0` | r | `lanes | max_c0 << 8 | max_c1 << 16 | max_c2 << 24` |
//! | `0x00_0003` | `CONFIG1` | r | `max_h | max_w << 8 | max_kernel << 16 | weight_bits << 24` |
//! | `0x00_0004` | `CONFIG2` | r | `max_sweeps` |
//! | `0x00_0010` | `CONTROL` | w | bit 0 start |
//! | `0x00_0011` | `STATUS` | r | bit 0 busy, bit 1 done (a run finished since the last start), bit 2 input free (busy, and the run's clamp pass, the input memory's only reader, is over: `INPUT` takes the next input's words) |
//! | `0x00_0020` | `GEOMETRY0` | w | `c0 | c1 << 8 | c2 << 16` |
//! | `0x00_0021` | `GEOMETRY1` | w | `h | w << 8 | k1 << 16 | k2 << 24` (square kernels) |
//! | `0x00_0022` | `SHIFTS` | w | the lanes' shift amounts (`LaneExponents::shift_amounts`): `h1 | c2 << 8 | field << 16` |
//! | `0x00_0023` | `DELTA` | w | `delta_code` (1 ..= 32768) |
//! | `0x00_0024` | `SWEEPS` | w | `G` |
//! | `0x00_0025` | `BURN_IN` | w | `G_b` (sums read 0 when `G_b >= G`) |
//! | `0x00_0030`, `0x00_0031` | `CYCLES_LO`, `CYCLES_HI` | r | cycles of the last run |
//! | `0x00_0040 + i` | `LAYOUT[i]` | w | `CouplingLayout::registers()[i]`, `i < 10` |
//! | `0x00_0100 + 2l`, `+ 2l + 1` | `SEED[l]` | w | lane `l`'s xorshift64 seed, low then high word; the high word's write loads the generator |
//! | `0x08_0000 + (g << 8) + p` | `INPUT` | w | input spins of channels `g·P .. g·P + P` at position `p`: bit `l` = channel `g·P + l` (1 = +1) |
//! | `0x10_0000 + (bank << 13) + addr` | `COUPLING` | w | coupling memory word (sign-extended 16 bits) |
//! | `0x20_0000 + (o << 8) + p` | `OUTPUT_SUM` | r | sum of output spin `(o, p)` over the kept sweeps (sign-extended) |
//! | `0x28_0000 + (m << 8) + p` | `HIDDEN_SUM` | r | sum of hidden spin `(m, p)` |
//! | `0x30_0000 + (o << 8) + p` | `OUTPUT_SIGN` | r | the block's output spin `(o, p)`: 1 = +1 (`sum >= 0`) |
//!
//! Positions `p` are raster indices `y · w + x`; a spin's window offset is [`spin_offset`]. The
//! `INPUT` words are the input spin memory's words (`hdl/src/chip/spin_memory.rs`), so the chip stores
//! them as they come.

use crate::config::ChipConfig;
use crate::field::delta_code;
use crate::image::ChipImage;
use crate::memory::CouplingLayout;
use crate::rng::lane_seed;
use crate::run::{ChipResult, ChipRun};
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
pub const LAYOUT_BASE: u32 = 0x00_0040;
/// Words of the `LAYOUT` window.
pub const LAYOUT_WORDS: u32 = 10;
pub const SEED_BASE: u32 = 0x00_0100;
pub const INPUT_BASE: u32 = 0x08_0000;
pub const COUPLING_BASE: u32 = 0x10_0000;
/// Address bits of one coupling bank in the `COUPLING` window.
pub const COUPLING_ADDR_BITS: u32 = 13;
pub const OUTPUT_SUM_BASE: u32 = 0x20_0000;
pub const HIDDEN_SUM_BASE: u32 = 0x28_0000;
pub const OUTPUT_SIGN_BASE: u32 = 0x30_0000;
/// Bits of the position field in the `INPUT`, sum and sign windows (up to 256 positions).
pub const POS_BITS: u32 = 8;

/// Offset of spin `(channel, pos)` (or of input word `(group, pos)`) in its window.
pub fn spin_offset(channel: usize, pos: usize) -> u32 {
    ((channel as u32) << POS_BITS) | pos as u32
}

/// `CONTROL` bit that starts a run.
pub const CONTROL_START: u32 = 1;

/// `STATUS` bits: a run is in progress; a run finished since the last start; busy and past the
/// clamp pass (the `INPUT` window takes the next input).
pub const STATUS_BUSY: u32 = 1;
pub const STATUS_DONE: u32 = 2;
pub const STATUS_INPUT_FREE: u32 = 4;

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

/// Words of the configuration block ([`config_addresses`]) of a chip with `lanes` lanes.
pub fn config_words(lanes: usize) -> usize {
    6 + LAYOUT_WORDS as usize + 2 * lanes
}

/// The registers a run's configuration writes, in order: `GEOMETRY0` .. `BURN_IN`, the `LAYOUT`
/// window, then each lane's seed (low, high). The host link's `WRITE_CONFIG` carries their values
/// in this order (docs/PROTOCOL.md).
pub fn config_addresses(lanes: usize) -> Vec<u32> {
    let mut a = vec![GEOMETRY0, GEOMETRY1, SHIFTS, DELTA, SWEEPS, BURN_IN];
    a.extend(LAYOUT_BASE..LAYOUT_BASE + LAYOUT_WORDS);
    a.extend((0..2 * lanes as u32).map(|i| SEED_BASE + i));
    a
}

/// What `GEOMETRY0` and `GEOMETRY1` hold (the encoding [`config_values`] writes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Geometry {
    pub c0: usize,
    pub c1: usize,
    pub c2: usize,
    pub h: usize,
    pub w: usize,
    /// `k1` and `k2` sizes (square kernels).
    pub k1: usize,
    pub k2: usize,
}

impl Geometry {
    pub fn from_registers(geometry0: u32, geometry1: u32) -> Geometry {
        let b = |w: u32, i: u32| (w >> (8 * i) & 0xff) as usize;
        let (g0, g1) = (geometry0, geometry1);
        Geometry { c0: b(g0, 0), c1: b(g0, 1), c2: b(g0, 2), h: b(g1, 0), w: b(g1, 1), k1: b(g1, 2), k2: b(g1, 3) }
    }
}

/// The values of [`config_addresses`] for a run of `image` on an `h x w` grid.
pub fn config_values(config: &ChipConfig, image: &ChipImage, h: usize, w: usize, run: &ChipRun) -> Vec<u32> {
    assert_eq!(image.k1_size.0, image.k1_size.1, "the register map holds square kernels");
    assert_eq!(image.k2_size.0, image.k2_size.1, "the register map holds square kernels");
    let [k_h1, k_c2, k_field] = image.lane_exponents().shift_amounts();
    let mut v = vec![
        image.c0 as u32 | (image.c1 as u32) << 8 | (image.c2 as u32) << 16,
        h as u32 | (w as u32) << 8 | (image.k1_size.0 as u32) << 16 | (image.k2_size.0 as u32) << 24,
        k_h1 | k_c2 << 8 | k_field << 16,
        delta_code(run.delta) as u32,
        run.sweeps,
        run.burn_in,
    ];
    v.extend(CouplingLayout::new(image, config.lanes).registers());
    for l in 0..config.lanes {
        let s = lane_seed(run.seed, l);
        v.extend([s as u32, (s >> 32) as u32]);
    }
    v
}

/// The `INPUT` window's words for `x`, group-major then raster order: word `(g, p)` holds channels
/// `g·P .. g·P + P` at position `p`, bit `l` = channel `g·P + l` (1 = +1).
pub fn input_words(lanes: usize, x: &Spins) -> Vec<u32> {
    let hw = x.h * x.w;
    let mut words = Vec::with_capacity(x.c.div_ceil(lanes) * hw);
    for group in 0..x.c.div_ceil(lanes) {
        for pos in 0..hw {
            let bits = (0..lanes)
                .map(|l| group * lanes + l)
                .filter(|&c| c < x.c && x.data[c * hw + pos] > 0)
                .fold(0u32, |acc, c| acc | 1 << (c % lanes));
            words.push(bits);
        }
    }
    words
}

/// The `(address, data)` writes that set up a run of `image` on input `x`, in order, ending with
/// `CONTROL.start`. The image must come from the quantizer (`thermoblock_sim::chip::quantize`) for `config` (so it fits).
pub fn setup_writes(config: &ChipConfig, image: &ChipImage, x: &Spins, run: &ChipRun) -> Vec<(u32, u32)> {
    let mut w: Vec<(u32, u32)> =
        config_addresses(config.lanes).into_iter().zip(config_values(config, image, x.h, x.w, run)).collect();
    let hw = x.h * x.w;
    w.extend(input_words(config.lanes, x).into_iter().enumerate().map(|(i, bits)| {
        let (group, pos) = (i / hw, i % hw);
        (INPUT_BASE + spin_offset(group, pos), bits)
    }));
    let layout = CouplingLayout::new(image, config.lanes);
    for (bank, words) in layout.banks(image).iter().enumerate() {
        for (addr, &v) in words.iter().enumerate() {
            w.push((COUPLING_BASE + ((bank as u32) << COUPLING_ADDR_BITS) + addr as u32, v as i32 as u32));
        }
    }
    w.push((CONTROL, CONTROL_START));
    w
}

/// The reads that fetch a run's result, in the order [`readout`] takes their data: the output sums
/// and the hidden sums, channel-major, then `CYCLES_LO`, `CYCLES_HI`.
pub fn readout_addresses(image: &ChipImage, h: usize, w: usize) -> Vec<u32> {
    let hw = h * w;
    let window = |base: u32, c: usize| (0..c * hw).map(move |i| base + spin_offset(i / hw, i % hw));
    window(OUTPUT_SUM_BASE, image.c2).chain(window(HIDDEN_SUM_BASE, image.c1)).chain([CYCLES_LO, CYCLES_HI]).collect()
}

/// A run's result from the words read at [`readout_addresses`]: the sums are sign-extended 32-bit
/// words. The same arithmetic as the chip model's readout ([`result_from_sums`]).
pub fn readout(image: &ChipImage, h: usize, w: usize, run: &ChipRun, words: &[u32]) -> ChipResult {
    let (n2, n1) = (image.c2 * h * w, image.c1 * h * w);
    assert_eq!(words.len(), n2 + n1 + 2, "one word per readout address");
    let sums = |r: &[u32]| r.iter().map(|&v| v as i32).collect::<Vec<_>>();
    let cycles = words[n2 + n1] as u64 | (words[n2 + n1 + 1] as u64) << 32;
    result_from_sums(image.c2, h, w, run, &sums(&words[..n2]), &sums(&words[n2..n2 + n1]), cycles)
}

/// The average-and-sign readout (contract step 5): `output = sign(sum)` with `sum = 0` reading +1,
/// means `sum / kept` with `kept = max(G - G_b, 1)`. Sums are channel-major.
pub fn result_from_sums(
    c2: usize,
    h: usize,
    w: usize,
    run: &ChipRun,
    output: &[i32],
    hidden: &[i32],
    cycles: u64,
) -> ChipResult {
    let kept = run.sweeps.saturating_sub(run.burn_in).max(1) as f64;
    ChipResult {
        output: crate::spins::Spins {
            c: c2,
            h,
            w,
            data: output.iter().map(|&s| if s >= 0 { 1 } else { -1 }).collect(),
        },
        mean: output.iter().map(|&s| s as f64 / kept).collect(),
        hidden_mean: hidden.iter().map(|&s| s as f64 / kept).collect(),
        cycles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{ECP5, ICE40};
    use crate::image::arbitrary;
    use crate::rng::splitmix64;

    #[test]
    fn windows_hold_the_largest_configuration_without_overlap() {
        for c in [ICE40, ECP5] {
            assert!(SEED_BASE + 2 * c.lanes as u32 <= INPUT_BASE);
            assert!(c.max_h * c.max_w <= 1 << POS_BITS);
            const { assert!(LAYOUT_BASE + LAYOUT_WORDS <= SEED_BASE) };
            assert!(INPUT_BASE + spin_offset(c.max_c0.div_ceil(c.lanes), 0) <= COUPLING_BASE);
            assert!(COUPLING_BASE + ((c.lanes as u32) << COUPLING_ADDR_BITS) <= OUTPUT_SUM_BASE);
            assert!(OUTPUT_SUM_BASE + spin_offset(c.max_c2, 0) <= HIDDEN_SUM_BASE);
            assert!(HIDDEN_SUM_BASE + spin_offset(c.max_c1, 0) <= OUTPUT_SIGN_BASE);
        }
    }

    #[test]
    fn setup_writes_carry_the_whole_image_and_input() {
        let image = arbitrary(3, 6, 5, 2);
        let x = Spins::new(3, 4, 5, (0..60).map(|i| if splitmix64(i) & 1 == 1 { 1 } else { -1 }).collect()).unwrap();
        let run = ChipRun { delta: 0.5, sweeps: 100, burn_in: 25, seed: 9 };
        let writes = setup_writes(&ICE40, &image, &x, &run);
        let unique: std::collections::HashSet<u32> = writes.iter().map(|w| w.0).collect();
        assert_eq!(unique.len(), writes.len(), "every address is written once");
        assert_eq!(writes.last(), Some(&(CONTROL, CONTROL_START)));
        // The input spins come back from the INPUT words: bit c % P of word (c / P, pos).
        let hw = x.h * x.w;
        let input: Vec<i8> = (0..x.data.len())
            .map(|i| {
                let (c, pos) = (i / hw, i % hw);
                let addr = INPUT_BASE + spin_offset(c / ICE40.lanes, pos);
                let word = writes.iter().find(|w| w.0 == addr).unwrap().1;
                if word >> (c % ICE40.lanes) & 1 == 1 { 1 } else { -1 }
            })
            .collect();
        assert_eq!(input, x.data);
        // Every coupling word of every bank is written, at the layout's address.
        let layout = CouplingLayout::new(&image, ICE40.lanes);
        let coupling = writes.iter().filter(|w| (COUPLING_BASE..OUTPUT_SUM_BASE).contains(&w.0)).count();
        assert_eq!(coupling, ICE40.lanes * layout.depth());
        // Shift amounts: the field's is e2 + 7 (FieldUnit's `shift_amount`), h1's e1 + 7.
        let shifts = writes.iter().find(|w| w.0 == SHIFTS).unwrap().1;
        assert_eq!((shifts >> 16 & 0xff) as i32, image.e2 + 7);
        assert_eq!((shifts & 0xff) as i32, image.e1 + 7);
        assert_eq!((shifts >> 8 & 0xff) as i32, 15 + image.e3 - image.e2);
    }
}
