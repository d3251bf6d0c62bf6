//! `ChipConfig`: the build-time parameters of the chip, and the two named configurations.
//!
//! A block fits a configuration when its channel counts, kernel sizes and grid are within the
//! maxima; [`ChipConfig::fits`] names the first limit a block exceeds.

use std::fmt;

use crate::field::{FIELD_BITS, FIELD_FRAC_BITS};
use crate::plane::{PlaneGeometry, ULX3S_ARRAY};
use crate::shape::BlockShape;

/// The datapath a configuration runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// The lane chip: `lanes` p-bit lanes, one coupling bank each (`hdl/`, built).
    Lanes,
    /// The plane engine: a PE array with one decision unit per column (`lanes` = its columns);
    /// modelled (`--backend chip`), its RTL under construction (`hdl/src/plane/`).
    Planes(PlaneGeometry),
}

/// Build-time parameters of the chip. Memory depths and counter widths follow from these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChipConfig {
    pub name: &'static str,
    /// Parallel p-bit lanes: each has a field accumulator, a delta multiplier, a threshold table
    /// port, a comparator and its own xorshift64 generator. On the plane engine: its decision
    /// units, one per array column, each with its own generator.
    pub lanes: usize,
    pub max_c0: usize,
    pub max_c1: usize,
    pub max_c2: usize,
    pub max_h: usize,
    pub max_w: usize,
    /// Largest (odd) size of `k1` and `k2`; `k3` is always 1x1.
    pub max_kernel: usize,
    /// Bits of a stored weight (two's complement).
    pub weight_bits: u32,
    /// Largest sweep count `G` (the sweep counter's range).
    pub max_sweeps: u32,
    /// The coupling banks are single-port RAMs (the iCE40 UP5K's SPRAM): reads and writes share
    /// one address, and a write cycle holds the read data. Nothing the chip computes changes: the
    /// host writes weights only while the chip is idle (it ignores them while busy).
    pub single_port_coupling: bool,
    pub engine: Engine,
}

/// Small blocks on an iCE40 UP5K (5,280 LUTs, 30 x 4 kbit EBR, 8 DSP, 1 Mbit SPRAM).
pub const ICE40: ChipConfig = ChipConfig {
    name: "ice40",
    lanes: 4,
    max_c0: 8,
    max_c1: 16,
    max_c2: 8,
    max_h: 8,
    max_w: 8,
    max_kernel: 3,
    weight_bits: 8,
    max_sweeps: 65_535,
    single_port_coupling: false,
    engine: Engine::Lanes,
};

/// The `ice40` chip cut to the iCEBreaker's iCE40 UP5K (`make synth BOARD=icebreaker`): the same
/// blocks fit, on one lane instead of four, with the coupling bank in SPRAM. Four lanes need
/// 9,218 LUTs and 65 block RAMs (Yosys `synth_ice40`), the UP5K has 5,280 LUTs and 30 EBR.
pub const ICE40_UP5K: ChipConfig = ChipConfig { name: "ice40-up5k", lanes: 1, single_port_coupling: true, ..ICE40 };

/// 32 lanes for MNIST-sized blocks and wider (hidden and output up to 96 channels). Its memories
/// need 390 of the 18 kbit block RAMs (Yosys `synth_ecp5`); an ECP5-85F has 208, so it runs as a
/// model (`--backend chip`, `rtl`, the virtual board), and [`ECP5_85F`] is what the ULX3S holds.
pub const ECP5: ChipConfig = ChipConfig {
    name: "ecp5",
    lanes: 32,
    max_c0: 32,
    max_c1: 96,
    max_c2: 96,
    max_h: 16,
    max_w: 16,
    max_kernel: 3,
    weight_bits: 8,
    max_sweeps: 65_535,
    single_port_coupling: false,
    engine: Engine::Lanes,
};

/// The `ecp5` chip cut to the block RAM of an ECP5-85F (208 x 18 kbit, `make synth BOARD=ulx3s`):
/// 32 lanes, hidden up to 64 and output up to 32 channels (196 block RAMs: coupling banks 96,
/// clamp fields 32, sums 32, threshold ROMs 32, spins and frame buffer 4).
pub const ECP5_85F: ChipConfig = ChipConfig { name: "ecp5-85f", max_c1: 64, max_c2: 32, ..ECP5 };

/// The plane engine planned for the ULX3S's ECP5-85F (docs/ARCHITECTURE.md, "The plane engine"):
/// 8 columns over grids up to 14 x 14, so the MNIST block and both Fashion-MNIST block shapes fit
/// (C0 64, C1 96, C2 128 are what the device's block RAM holds). A model until its RTL lands.
pub const ECP5_85F_PLANE: ChipConfig = ChipConfig {
    name: "ecp5-85f-plane",
    lanes: ULX3S_ARRAY.columns,
    max_c0: 64,
    max_c1: 96,
    max_c2: 128,
    max_h: ULX3S_ARRAY.rows,
    max_w: ULX3S_ARRAY.ring - 1,
    engine: Engine::Planes(ULX3S_ARRAY),
    ..ECP5
};

/// The lane chips: what `hdl/` builds (its units are sized for every one of them).
pub const CONFIGS: [ChipConfig; 4] = [ICE40, ICE40_UP5K, ECP5, ECP5_85F];

/// Every named configuration, for `--chip NAME`: the lane chips and the plane engine's.
pub const NAMED: [ChipConfig; 5] = [ICE40, ICE40_UP5K, ECP5, ECP5_85F, ECP5_85F_PLANE];

/// Why a block does not fit a configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FitError {
    pub config: &'static str,
    pub limit: &'static str,
    pub needed: usize,
    pub available: usize,
}

impl fmt::Display for FitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the block does not fit the `{}` chip: it needs {} = {} but the chip allows at most {}",
            self.config, self.limit, self.needed, self.available
        )
    }
}

impl std::error::Error for FitError {}

impl ChipConfig {
    /// The configuration called `name`.
    pub fn named(name: &str) -> Option<Self> {
        NAMED.into_iter().find(|c| c.name == name)
    }

    /// Checks a block of `shape` against every limit, naming the first one exceeded.
    pub fn fits(&self, shape: &BlockShape) -> Result<(), FitError> {
        let checks = [
            ("C0 (input channels)", shape.c0, self.max_c0),
            ("C1 (hidden channels)", shape.c1, self.max_c1),
            ("C2 (output channels)", shape.c2, self.max_c2),
            ("H (grid height)", shape.h, self.max_h),
            ("W (grid width)", shape.w, self.max_w),
            ("the k1 kernel height", shape.k1.0, self.max_kernel),
            ("the k1 kernel width", shape.k1.1, self.max_kernel),
            ("the k2 kernel height", shape.k2.0, self.max_kernel),
            ("the k2 kernel width", shape.k2.1, self.max_kernel),
        ];
        for (limit, needed, available) in checks {
            if needed > available {
                return Err(FitError { config: self.name, limit, needed, available });
            }
        }
        Ok(())
    }

    /// Largest number of terms one field accumulates: a hidden spin sums `C2 * k^2` couplings, an
    /// output spin `C1 * k^2` plus its clamped constant.
    pub const fn max_terms(&self) -> usize {
        let c = if self.max_c1 > self.max_c2 { self.max_c1 } else { self.max_c2 };
        c * self.max_kernel * self.max_kernel + 1
    }

    /// Width of a lane's accumulator: the sum of `max_terms` weights of `weight_bits` never overflows.
    /// (The output layer's clamped constant is checked against this width by the quantizer.)
    pub const fn accumulator_bits(&self) -> u32 {
        let max_abs = self.max_terms() as u64 * (1u64 << (self.weight_bits - 1));
        u64::BITS - max_abs.leading_zeros() + 1
    }

    /// Field code width and fractional bits (shared by every configuration).
    pub fn field_format(&self) -> (u32, u32) {
        (FIELD_BITS, FIELD_FRAC_BITS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A block with `k x k` kernels.
    fn block(c0: usize, c1: usize, c2: usize, k: usize, h: usize, w: usize) -> BlockShape {
        BlockShape { c0, c1, c2, k1: (k, k), k2: (k, k), h, w }
    }

    #[test]
    fn mnist_block_fits_ecp5_not_ice40() {
        let mnist = block(32, 64, 64, 3, 14, 14);
        assert_eq!(ECP5.fits(&mnist), Ok(()));
        let err = ICE40.fits(&mnist).unwrap_err();
        assert_eq!((err.limit, err.needed, err.available), ("C0 (input channels)", 32, 8));
        assert!(err.to_string().contains("`ice40`"));
        assert_eq!(ICE40.fits(&block(4, 4, 4, 5, 4, 4)).unwrap_err().limit, "the k1 kernel height");
        assert_eq!(
            ICE40.fits(&BlockShape { k1: (3, 3), ..block(4, 4, 4, 5, 4, 4) }).unwrap_err().limit,
            "the k2 kernel height"
        );
        assert_eq!(ECP5.fits(&block(32, 64, 64, 3, 17, 14)).unwrap_err().limit, "H (grid height)");
        assert_eq!(ECP5.fits(&block(32, 64, 64, 3, 14, 17)).unwrap_err().limit, "W (grid width)");
    }

    #[test]
    fn accumulator_holds_the_worst_case_sum() {
        // ecp5: 96 * 9 + 1 terms of |w| <= 128 -> 110,720 needs 17 magnitude bits + sign.
        assert_eq!(ECP5.accumulator_bits(), 18);
        // ice40: 16 * 9 + 1 = 145 terms -> 18,560: 2^14 < 18,560 < 2^15, so 15 magnitude bits + sign.
        assert_eq!(ICE40.accumulator_bits(), 16);
        assert_eq!(ChipConfig::named("ecp5"), Some(ECP5));
        assert_eq!(ChipConfig::named("xc7"), None);
        assert_eq!(ChipConfig::named("ecp5-85f-plane"), Some(ECP5_85F_PLANE));
    }

    #[test]
    fn the_plane_engine_holds_every_checked_in_block_shape() {
        // MNIST 32/64/64 and the Fashion-MNIST shapes 64/96/64, 64/96/128, all on 14 x 14.
        for (c0, c1, c2) in [(32, 64, 64), (64, 96, 64), (64, 96, 128)] {
            assert_eq!(ECP5_85F_PLANE.fits(&block(c0, c1, c2, 3, 14, 14)), Ok(()), "{c0}/{c1}/{c2}");
        }
        // Its grid limit is the array's: rows, and the ring less its pad.
        let Engine::Planes(array) = ECP5_85F_PLANE.engine else { panic!("a plane engine") };
        assert_eq!((ECP5_85F_PLANE.max_h, ECP5_85F_PLANE.max_w + 1), (array.rows, array.ring));
        // 128 x 9 + 1 terms of |w| <= 128: 147,584 needs 19 bits, the array's PE width.
        assert_eq!(ECP5_85F_PLANE.accumulator_bits(), 19);
    }
}
