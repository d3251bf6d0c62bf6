//! The coupling memory's layout: which lane bank and address holds each weight.
//!
//! Kernels are stored once per direction and shared over all positions (arXiv:2607.00170 §7.4: weight
//! sharing, not unrolled). There is one bank per lane. In an accumulate step every bank reads the
//! *same* address — [`CouplingLayout::read_address`] of the step's phase, lane group, source channel
//! and tap — and lane `l` gets the weight for its own destination channel `group · P + l`. So a
//! weight for destination channel `d` lives in bank `d mod P`, at
//!
//! ```text
//! region base + (d div P) · (C_S · taps) + source channel · taps + tap
//! ```
//!
//! with one region per table, in this order (the host writes them; the controller reads them):
//!
//! | region | destination / source | entries per (group, source) | used in phase |
//! |---|---|---|---|
//! | `W2T`  | hidden `m` / output `o` | k2 taps: `W2[o, m, t]` | `Hidden` |
//! | `W2`   | output `o` / hidden `m` | k2 taps: `W2[o, m, t]` | `Output` |
//! | `K1P`, `K1M` | hidden `m` / input `c` | k1 taps | `ClampHidden` (by the input spin) |
//! | `K3U`  | output `o` / — | `C0` entries `K3P[o, c]`, `C0` entries `K3M[o, c]`, then k2 taps `u[o, t]` | `ClampOutput` |
//! | `Bias` | hidden `m` / — | 1: the bias field code `b[m]` | `ClampHidden` (read in the slot's first drain cycle, [`CouplingLayout::bias_address`]) |
//!
//! Entries are 16-bit in every region (the `u` constants need 16 bits; kernels use the low 8 with
//! sign extension), so one memory serves all tables.

use crate::image::ChipImage;
use crate::schedule::Phase;

/// The tables of the coupling memory, in address order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    W2T,
    W2,
    K1P,
    K1M,
    K3U,
    Bias,
}

/// Geometry of the coupling memory for one image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CouplingLayout {
    pub lanes: usize,
    pub c0: usize,
    pub c1: usize,
    pub c2: usize,
    /// Taps of `k1` and `k2`.
    pub t1: usize,
    pub t2: usize,
}

impl CouplingLayout {
    pub fn new(image: &ChipImage, lanes: usize) -> Self {
        Self {
            lanes,
            c0: image.c0,
            c1: image.c1,
            c2: image.c2,
            t1: image.k1_size.0 * image.k1_size.1,
            t2: image.k2_size.0 * image.k2_size.1,
        }
    }

    /// Words per bank of one region.
    pub fn region_len(&self, r: Region) -> usize {
        let g = |c: usize| c.div_ceil(self.lanes);
        match r {
            Region::W2T => g(self.c1) * self.c2 * self.t2,
            Region::W2 => g(self.c2) * self.c1 * self.t2,
            Region::K1P | Region::K1M => g(self.c1) * self.c0 * self.t1,
            Region::K3U => g(self.c2) * (2 * self.c0 + self.t2),
            Region::Bias => g(self.c1),
        }
    }

    /// First word of a region in every bank.
    pub fn base(&self, r: Region) -> usize {
        let order = [Region::W2T, Region::W2, Region::K1P, Region::K1M, Region::K3U, Region::Bias];
        order.iter().take_while(|&&x| x != r).map(|&x| self.region_len(x)).sum()
    }

    /// Words of a region per lane group: the stride between one group's tables and the next's.
    pub fn per_group(&self, r: Region) -> usize {
        self.region_len(r) / dest_channels(self, r).div_ceil(self.lanes)
    }

    /// The `LAYOUT` registers (`crate::registers`): what the controller's address generator
    /// needs to compute [`Self::read_address`] with adders only, in register order
    /// `W2T base, W2T stride, W2 base, W2 stride, K1P base, K1M base, K1 stride, K3U base, K3U stride,
    /// Bias base` (the bias stride is 1).
    /// An accumulate step's address is `base + group · stride + index`, `index` the step's position
    /// in its slot (`channel · taps + tap`), plus `C0` for a `K3M` step or a border step.
    pub fn registers(&self) -> [u32; 10] {
        use Region::*;
        [
            self.base(W2T),
            self.per_group(W2T),
            self.base(W2),
            self.per_group(W2),
            self.base(K1P),
            self.base(K1M),
            self.per_group(K1P),
            self.base(K3U),
            self.per_group(K3U),
            self.base(Bias),
        ]
        .map(|v| v as u32)
    }

    /// Words per bank in all.
    pub fn depth(&self) -> usize {
        self.base(Region::Bias) + self.region_len(Region::Bias)
    }

    /// The address every bank reads for the bias of lane group `group` (a `ClampHidden` slot's
    /// offset): lane `l` gets `b[group · P + l]`.
    pub fn bias_address(&self, group: usize) -> usize {
        self.place(Region::Bias, group * self.lanes, 0, 0).1
    }

    /// `(bank, address)` of an entry for destination channel `dest`, source index `source` (channel,
    /// or for `K3U` the entry index) and tap, in region `r`.
    pub fn place(&self, r: Region, dest: usize, source: usize, tap: usize) -> (usize, usize) {
        let per_group = self.per_group(r);
        let taps = match r {
            Region::W2T | Region::W2 => self.t2,
            Region::K1P | Region::K1M => self.t1,
            Region::K3U | Region::Bias => 1,
        };
        (dest % self.lanes, self.base(r) + (dest / self.lanes) * per_group + source * taps + tap)
    }

    /// The address every bank reads in an accumulate step of `phase` for lane group `group`,
    /// source channel `channel` and `tap`; for `ClampHidden` the input spin picks `K1P` or `K1M`.
    /// `ClampOutput`'s `K3` steps read `K3P` for a +1 input spin, `K3M` for −1; its border steps read
    /// `u` (pass `channel = None`).
    pub fn read_address(
        &self,
        phase: Phase,
        group: usize,
        channel: Option<usize>,
        tap: usize,
        input_plus: bool,
    ) -> usize {
        let lane0 = group * self.lanes;
        match (phase, channel) {
            (Phase::Hidden, Some(o)) => self.place(Region::W2T, lane0, o, tap).1,
            (Phase::Output, Some(m)) => self.place(Region::W2, lane0, m, tap).1,
            (Phase::ClampHidden, Some(c)) => {
                self.place(if input_plus { Region::K1P } else { Region::K1M }, lane0, c, tap).1
            }
            (Phase::ClampOutput, Some(c)) => {
                self.place(Region::K3U, lane0, if input_plus { c } else { self.c0 + c }, 0).1
            }
            (Phase::ClampOutput, None) => self.place(Region::K3U, lane0, 2 * self.c0 + tap, 0).1,
            (phase, None) => panic!("{phase:?} steps always name a source channel"),
        }
    }

    /// Every bank's contents for `image`: what the host writes into the coupling memory.
    pub fn banks(&self, image: &ChipImage) -> Vec<Vec<i16>> {
        let mut banks = vec![vec![0i16; self.depth()]; self.lanes];
        let mut put = |(bank, addr): (usize, usize), v: i16| banks[bank][addr] = v;
        let w2 = |o: usize, m: usize, t: usize| image.w2[(o * self.c1 + m) * self.t2 + t] as i16;
        for o in 0..self.c2 {
            for m in 0..self.c1 {
                for t in 0..self.t2 {
                    put(self.place(Region::W2, o, m, t), w2(o, m, t));
                    put(self.place(Region::W2T, m, o, t), w2(o, m, t));
                }
            }
        }
        for m in 0..self.c1 {
            for c in 0..self.c0 {
                for t in 0..self.t1 {
                    let j = (m * self.c0 + c) * self.t1 + t;
                    put(self.place(Region::K1P, m, c, t), image.k1p[j] as i16);
                    put(self.place(Region::K1M, m, c, t), image.k1m[j] as i16);
                }
            }
        }
        for o in 0..self.c2 {
            for c in 0..self.c0 {
                put(self.place(Region::K3U, o, c, 0), image.k3p[o * self.c0 + c] as i16);
                put(self.place(Region::K3U, o, self.c0 + c, 0), image.k3m[o * self.c0 + c] as i16);
            }
            for t in 0..self.t2 {
                put(self.place(Region::K3U, o, 2 * self.c0 + t, 0), image.u[o * self.t2 + t]);
            }
        }
        for (m, &b) in image.b.iter().enumerate() {
            put(self.place(Region::Bias, m, 0, 0), b);
        }
        banks
    }
}

fn dest_channels(l: &CouplingLayout, r: Region) -> usize {
    match r {
        Region::W2T | Region::K1P | Region::K1M | Region::Bias => l.c1,
        Region::W2 | Region::K3U => l.c2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{ECP5, ICE40};
    use crate::image::{ChipImage, arbitrary};

    fn image(c0: usize, c1: usize, c2: usize) -> ChipImage {
        arbitrary(c0, c1, c2, 5)
    }

    #[test]
    fn every_lane_reads_its_own_weight_at_the_shared_address() {
        let img = image(3, 6, 5); // 4 lanes: two groups, the last partly idle
        let l = CouplingLayout::new(&img, ICE40.lanes);
        let banks = l.banks(&img);
        for o in 0..l.c2 {
            for m in 0..l.c1 {
                for t in 0..l.t2 {
                    let w = img.w2[(o * l.c1 + m) * l.t2 + t] as i16;
                    // Output phase: lane o % P of group o / P, source m.
                    let a = l.read_address(Phase::Output, o / l.lanes, Some(m), t, true);
                    assert_eq!(banks[o % l.lanes][a], w);
                    // Hidden phase: lane m % P of group m / P, source o.
                    let a = l.read_address(Phase::Hidden, m / l.lanes, Some(o), t, true);
                    assert_eq!(banks[m % l.lanes][a], w);
                }
            }
        }
        for m in 0..l.c1 {
            for c in 0..l.c0 {
                for t in 0..l.t1 {
                    let j = (m * l.c0 + c) * l.t1 + t;
                    assert_eq!(
                        banks[m % l.lanes][l.read_address(Phase::ClampHidden, m / l.lanes, Some(c), t, true)],
                        img.k1p[j] as i16
                    );
                    assert_eq!(
                        banks[m % l.lanes][l.read_address(Phase::ClampHidden, m / l.lanes, Some(c), t, false)],
                        img.k1m[j] as i16
                    );
                }
            }
        }
        for o in 0..l.c2 {
            let bank = &banks[o % l.lanes];
            for c in 0..l.c0 {
                assert_eq!(
                    bank[l.read_address(Phase::ClampOutput, o / l.lanes, Some(c), 0, true)],
                    img.k3p[o * l.c0 + c] as i16
                );
                assert_eq!(
                    bank[l.read_address(Phase::ClampOutput, o / l.lanes, Some(c), 0, false)],
                    img.k3m[o * l.c0 + c] as i16
                );
            }
            for t in 0..l.t2 {
                assert_eq!(bank[l.read_address(Phase::ClampOutput, o / l.lanes, None, t, true)], img.u[o * l.t2 + t]);
            }
        }
        for m in 0..l.c1 {
            assert_eq!(banks[m % l.lanes][l.bias_address(m / l.lanes)], img.b[m]);
        }
    }

    #[test]
    fn regions_do_not_overlap_and_the_mnist_block_fits_ecp5_banks() {
        let img = image(32, 64, 64);
        let l = CouplingLayout::new(&img, ECP5.lanes);
        let mut end = 0;
        for r in [Region::W2T, Region::W2, Region::K1P, Region::K1M, Region::K3U, Region::Bias] {
            assert_eq!(l.base(r), end);
            end += l.region_len(r);
        }
        // Per bank: 2 x (2 groups x 64 x 9) + 2 x (2 x 32 x 9) + 2 x (64 + 9) + 2 biases = 3,604 words.
        assert_eq!(l.depth(), 3604);
    }
}
