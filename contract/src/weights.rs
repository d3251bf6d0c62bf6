//! The plane engine's weight banks: every kernel stored once, read one word per bank per cycle.
//!
//! The array's `D` columns each take one weight a cycle: the weight of their destination channel
//! `g·D + d` for the source channel and tap of the cycle. The weights live in `D` banks of 9-bit
//! words (one block RAM port each), laid out so that every term cycle of every phase reads exactly
//! one word from each bank, and a rotator puts bank `(d + rotation) mod D` on column `d`.
//!
//! * **`W2 = K2·a_mid`** (8 bits) serves both half-sweeps from one copy. Channels are padded to
//!   whole groups (`GO = ⌈C2/D⌉`, `GM = ⌈C1/D⌉`, zeros beyond); entry `(o, m, t)` with
//!   `o = go·D + do`, `m = gm·D + dm` goes to bank `(do + dm) mod D` at
//!   `((go·GM + gm)·D + dm)·T2 + t`. The output half-sweep (destinations `o = g·D + d`, source `m`)
//!   reads one address in every bank, rotation `dm`; the hidden half-sweep (destinations
//!   `m = g·D + d`, source `o`) reads bank `j` at the entry `dm = (j − do) mod D`, each bank its own
//!   address, rotation `do`.
//! * **`ΔK1 = K1P − K1M`** (9 bits: `|ΔK1| ≤ 254`), entry `(m, c, t)` in bank `m mod D` at
//!   `W2_WORDS + ((m / D)·C0 + c)·T1 + t`, rotation 0; **`ΔK3 = K3P − K3M`** likewise, entry `(o, c)`
//!   in bank `o mod D` at `W2_WORDS + K1_WORDS + (o / D)·C0 + c`. The clamp pass's array sums
//!   these differences over the input spins that are `+1` (`border` holds the rest of the sum).
//!
//! The layout is the contract between the RTL's banks and rotator, the host's weight upload and
//! the tests; nothing here depends on the grid.

use crate::image::ChipImage;
use crate::schedule::Phase;

/// Bits of a weight word: `ΔK1`, `ΔK3` need 9, `W2` is 8 sign-extended.
pub const WORD_BITS: u32 = 9;
/// Words of one ECP5 DP16KD at 9 bits.
pub const DP16KD_WORDS: usize = 2048;

/// Where the weights of one image go, for an array of `columns` columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeightLayout {
    pub columns: usize,
    pub c0: usize,
    pub c1: usize,
    pub c2: usize,
    /// Taps of `k1`.
    pub t1: usize,
    /// Taps of `k2`.
    pub t2: usize,
}

/// The address counters' steps ([`WeightLayout::strides`]). In a window of destination group `g`
/// the terms come source channel by source channel (`c = cq·D + cr`), tap by tap (`t`):
///
/// * output: every bank reads `g·w2_block + c·T2 + t`, the window's running count of taps;
/// * hidden: bank `j` reads `g·hidden_group + cq·w2_block + ((j − cr) mod D)·T2 + t`;
/// * clamp hidden: `k1_base + g·k1_group + c·T1 + t`; clamp output: `k3_base + g·k3_group + c`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeightStrides {
    /// Taps of `K2` (1, 3 or 9).
    pub t2: usize,
    /// `GM·D·T2`: one output group's `W2` words, and one block row of the hidden phase.
    pub w2_block: usize,
    /// `D·T2`: the hidden phase's step from group to group.
    pub hidden_group: usize,
    pub k1_base: usize,
    /// `C0·T1`.
    pub k1_group: usize,
    pub k3_base: usize,
    /// `C0`.
    pub k3_group: usize,
}

/// The read of one term cycle: each bank's address and the rotation (column `d` takes bank
/// `(d + rotation) mod D`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankRead {
    pub addresses: Vec<usize>,
    pub rotation: usize,
}

impl WeightLayout {
    pub fn new(image: &ChipImage, columns: usize) -> Self {
        assert!(columns >= 1);
        Self {
            columns,
            c0: image.c0,
            c1: image.c1,
            c2: image.c2,
            t1: image.k1_size.0 * image.k1_size.1,
            t2: image.k2_size.0 * image.k2_size.1,
        }
    }

    /// Groups of output (`GO`) and hidden (`GM`) channels.
    fn groups(&self) -> (usize, usize) {
        (self.c2.div_ceil(self.columns), self.c1.div_ceil(self.columns))
    }

    /// Words of each bank's `W2` region.
    pub fn w2_words(&self) -> usize {
        let (go, gm) = self.groups();
        go * gm * self.columns * self.t2
    }

    /// Words of each bank's `ΔK1` region.
    pub fn k1_words(&self) -> usize {
        self.groups().1 * self.c0 * self.t1
    }

    /// Words of each bank's `ΔK3` region.
    pub fn k3_words(&self) -> usize {
        self.groups().0 * self.c0
    }

    /// Words per bank.
    pub fn depth(&self) -> usize {
        self.w2_words() + self.k1_words() + self.k3_words()
    }

    /// DP16KD blocks the banks take (each bank rounded up to whole blocks).
    pub fn dp16kd(&self) -> usize {
        self.columns * self.depth().div_ceil(DP16KD_WORDS)
    }

    /// `(bank, address)` of `W2[o, m, t]`.
    pub fn w2_place(&self, o: usize, m: usize, t: usize) -> (usize, usize) {
        let d = self.columns;
        let gm = self.groups().1;
        ((o % d + m % d) % d, (((o / d) * gm + m / d) * d + m % d) * self.t2 + t)
    }

    /// `(bank, address)` of `ΔK1[m, c, t]`.
    pub fn k1_place(&self, m: usize, c: usize, t: usize) -> (usize, usize) {
        let d = self.columns;
        (m % d, self.w2_words() + ((m / d) * self.c0 + c) * self.t1 + t)
    }

    /// `(bank, address)` of `ΔK3[o, c]`.
    pub fn k3_place(&self, o: usize, c: usize) -> (usize, usize) {
        let d = self.columns;
        (o % d, self.w2_words() + self.k1_words() + (o / d) * self.c0 + c)
    }

    /// The read of the term cycle for destination group `group`, source channel `source` and tap
    /// `tap` in `phase` (`ClampOutput`'s 1x1 kernel has the one tap 0).
    pub fn read(&self, phase: Phase, group: usize, source: usize, tap: usize) -> BankRead {
        let d = self.columns;
        let banks = 0..d;
        match phase {
            Phase::Output => {
                let (_, address) = self.w2_place(group * d, source, tap);
                BankRead { addresses: banks.map(|_| address).collect(), rotation: source % d }
            }
            Phase::Hidden => BankRead {
                addresses: banks.map(|j| self.w2_place(source, group * d + (j + d - source % d) % d, tap).1).collect(),
                rotation: source % d,
            },
            Phase::ClampHidden => {
                let (_, address) = self.k1_place(group * d, source, tap);
                BankRead { addresses: banks.map(|_| address).collect(), rotation: 0 }
            }
            Phase::ClampOutput => {
                assert_eq!(tap, 0, "K3 is 1 x 1");
                let (_, address) = self.k3_place(group * d, source);
                BankRead { addresses: banks.map(|_| address).collect(), rotation: 0 }
            }
        }
    }

    /// What the banks' address counters step by (`thermoblock_hdl::plane::weight_banks`): with them
    /// the RTL walks [`Self::read`]'s addresses term by term with adders alone.
    pub fn strides(&self) -> WeightStrides {
        let (d, gm) = (self.columns, self.groups().1);
        WeightStrides {
            t2: self.t2,
            w2_block: gm * d * self.t2,
            hidden_group: d * self.t2,
            k1_base: self.w2_words(),
            k1_group: self.c0 * self.t1,
            k3_base: self.w2_words() + self.k1_words(),
            k3_group: self.c0,
        }
    }

    /// The banks' contents for `image`: `W2`, `ΔK1`, `ΔK3` at their places, zeros elsewhere.
    pub fn banks(&self, image: &ChipImage) -> Vec<Vec<i16>> {
        let mut banks = vec![vec![0i16; self.depth()]; self.columns];
        let (c0, c1, c2, t1, t2) = (self.c0, self.c1, self.c2, self.t1, self.t2);
        for o in 0..c2 {
            for m in 0..c1 {
                for t in 0..t2 {
                    let (b, a) = self.w2_place(o, m, t);
                    banks[b][a] = image.w2[(o * c1 + m) * t2 + t].into();
                }
            }
            for c in 0..c0 {
                let (b, a) = self.k3_place(o, c);
                banks[b][a] = i16::from(image.k3p[o * c0 + c]) - i16::from(image.k3m[o * c0 + c]);
            }
        }
        for m in 0..c1 {
            for c in 0..c0 {
                for t in 0..t1 {
                    let (b, a) = self.k1_place(m, c, t);
                    let j = (m * c0 + c) * t1 + t;
                    banks[b][a] = i16::from(image.k1p[j]) - i16::from(image.k1m[j]);
                }
            }
        }
        banks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::arbitrary;

    /// What column `d` must add in a term cycle, by definition (0 beyond the channels).
    fn wanted(img: &ChipImage, phase: Phase, dest: usize, source: usize, tap: usize) -> i16 {
        let (c0, c1, c2) = (img.c0, img.c1, img.c2);
        match phase {
            Phase::Output if dest < c2 => img.w2[(dest * c1 + source) * 9 + tap].into(),
            Phase::Hidden if dest < c1 => img.w2[(source * c1 + dest) * 9 + tap].into(),
            Phase::ClampHidden if dest < c1 => {
                let j = (dest * c0 + source) * 9 + tap;
                i16::from(img.k1p[j]) - i16::from(img.k1m[j])
            }
            Phase::ClampOutput if dest < c2 => {
                i16::from(img.k3p[dest * c0 + source]) - i16::from(img.k3m[dest * c0 + source])
            }
            _ => 0,
        }
    }

    #[test]
    fn every_term_cycle_reads_each_bank_once_and_every_column_gets_its_weight() {
        for (c0, c1, c2, d) in [(3, 5, 4, 4), (2, 8, 8, 8), (4, 13, 6, 8), (1, 1, 1, 1), (5, 3, 7, 2)] {
            let img = arbitrary(c0, c1, c2, 31 + d as u64);
            let l = WeightLayout::new(&img, d);
            let banks = l.banks(&img);
            let phases = [
                (Phase::Output, c2, c1, 9),
                (Phase::Hidden, c1, c2, 9),
                (Phase::ClampHidden, c1, c0, 9),
                (Phase::ClampOutput, c2, c0, 1),
            ];
            for (phase, dest, sources, taps) in phases {
                for g in 0..dest.div_ceil(d) {
                    for s in 0..sources {
                        for t in 0..taps {
                            let read = l.read(phase, g, s, t);
                            assert_eq!(read.addresses.len(), d, "one address per bank");
                            for col in 0..d {
                                let bank = (col + read.rotation) % d;
                                let got = banks[bank][read.addresses[bank]];
                                assert_eq!(
                                    got,
                                    wanted(&img, phase, g * d + col, s, t),
                                    "{phase:?} group {g} source {s} tap {t} column {col}, D = {d}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_weight_is_stored_once() {
        let img = arbitrary(3, 6, 5, 7);
        let l = WeightLayout::new(&img, 4);
        let mut used = vec![vec![0u8; l.depth()]; 4];
        let places = (0..5)
            .flat_map(|o| (0..6).flat_map(move |m| (0..9).map(move |t| l.w2_place(o, m, t))))
            .chain((0..6).flat_map(|m| (0..3).flat_map(move |c| (0..9).map(move |t| l.k1_place(m, c, t)))))
            .chain((0..5).flat_map(|o| (0..3).map(move |c| l.k3_place(o, c))));
        for (b, a) in places {
            used[b][a] += 1;
        }
        assert!(used.iter().flatten().all(|&n| n <= 1), "no word holds two weights");
        assert_eq!(used.iter().flatten().filter(|&&n| n == 1).count(), 5 * 6 * 9 + 6 * 3 * 9 + 5 * 3);
    }

    #[test]
    fn the_ulx3s_maxima_take_88_block_rams() {
        // 64/96/128, 3 x 3 kernels, D = 8: (16·12·8·9 + 12·64·9 + 16·64) = 21,760 words a bank,
        // 11 DP16KD each.
        let img = arbitrary(64, 96, 128, 1);
        let l = WeightLayout::new(&img, 8);
        assert_eq!(l.depth(), 21_760);
        assert_eq!(l.dp16kd(), 88);
        // Every stored word fits 9 bits.
        let limit = 1 << (WORD_BITS - 1);
        assert!(l.banks(&img).iter().flatten().all(|&v| (-limit..limit).contains(&i32::from(v))));
    }
}
