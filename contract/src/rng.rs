//! Random streams of the chip: one xorshift64 generator per p-bit lane.
//!
//! **Algorithm.** Marsaglia's xorshift64 with shifts (13, 7, 17) (Marsaglia, "Xorshift RNGs", J. Stat.
//! Softw. 8(14), 2003): `x ^= x << 13; x ^= x >> 7; x ^= x << 17`. It is a linear-feedback shift
//! register generator over GF(2) of maximal length: every non-zero 64-bit state recurs after exactly
//! `2^64 - 1` steps. In hardware a step is three XOR-shift layers of 64 flip-flops, one clock.
//!
//! **Draws.** A lane steps once per update slot and uses the top [`RANDOM_BITS`] bits of the new
//! state as its uniform `r` (the top bits of xorshift64 are its best-mixed ones). It always steps
//! before it draws: the loaded seed itself is never a draw.
//!
//! **Seeding and decorrelation.** Lane `l` of a run with seed `s` starts from
//! [`lane_seed`]`(s, l)`: SplitMix64 of the seed and the lane index, so that neighbouring lanes and
//! neighbouring seeds start at unrelated points of the one maximal sequence. The host computes the
//! lane seeds and writes them to the chip (no 64-bit multipliers on the FPGA). Two lanes' streams are
//! the same sequence at offsets that are, in effect, uniform over `2^64`: the chance that any two of
//! `P` lanes overlap within `L` draws is below `P^2 L / 2^64` (1e-8 for 96 lanes and 10^9 draws).
//! `tests/chip_streams.rs` measures cross-correlation between lanes and rejects planted bugs.

/// SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014): a bijection of `u64` that spreads nearby seeds far apart.
pub fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Bits of each uniform draw: `r` is uniform on `0 .. 2^16`.
pub const RANDOM_BITS: u32 = 16;

/// The xorshift64 shift triple `(a, b, c)`: `x ^= x << a; x ^= x >> b; x ^= x << c`.
pub const XORSHIFT_SHIFTS: (u32, u32, u32) = (13, 7, 17);

/// The xorshift64 (13, 7, 17) state of one lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneRng {
    pub state: u64,
}

impl LaneRng {
    /// A generator from a state; zero (the one fixed point) is replaced by [`ZERO_SEED_SUBSTITUTE`].
    pub fn new(state: u64) -> Self {
        Self { state: if state == 0 { ZERO_SEED_SUBSTITUTE } else { state } }
    }

    /// One xorshift64 step; returns the new state.
    #[inline]
    pub fn step(&mut self) -> u64 {
        let (a, b, c) = XORSHIFT_SHIFTS;
        let mut x = self.state;
        x ^= x << a;
        x ^= x >> b;
        x ^= x << c;
        self.state = x;
        x
    }

    /// Steps and returns the draw: the top [`RANDOM_BITS`] bits of the new state.
    #[inline]
    pub fn draw(&mut self) -> u16 {
        (self.step() >> (64 - RANDOM_BITS)) as u16
    }
}

/// The state used when a seed would be zero (xorshift's fixed point): Marsaglia's example seed.
pub const ZERO_SEED_SUBSTITUTE: u64 = 88_172_645_463_325_252;

/// The starting state of lane `lane` in a run seeded with `seed`; never zero.
pub fn lane_seed(seed: u64, lane: usize) -> u64 {
    LaneRng::new(splitmix64(seed ^ splitmix64(lane as u64 ^ 0x1A4E_0000_0000_0000))).state
}

/// All lanes of a run.
pub fn lanes(seed: u64, count: usize) -> Vec<LaneRng> {
    (0..count).map(|l| LaneRng::new(lane_seed(seed, l))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_marsaglias_published_sequence() {
        // Marsaglia (2003) seeds xorshift64 (13,7,17) with 88172645463325252; the first outputs
        // of that generator are quoted widely and were not computed by this code.
        let mut g = LaneRng::new(88_172_645_463_325_252);
        assert_eq!(g.step(), 8_748_534_153_485_358_512);
        assert_eq!(g.step(), 3_040_900_993_826_735_515);
        assert_eq!(g.step(), 3_453_997_556_048_239_312);
    }

    #[test]
    fn seeds_are_nonzero_and_distinct() {
        let seeds: std::collections::HashSet<u64> = (0..1000).map(|l| lane_seed(7, l)).collect();
        assert_eq!(seeds.len(), 1000);
        assert!(!seeds.contains(&0));
        assert_ne!(lane_seed(7, 0), lane_seed(8, 0));
        assert_eq!(LaneRng::new(0).state, ZERO_SEED_SUBSTITUTE);
    }

    #[test]
    fn draws_are_the_top_bits() {
        let mut a = LaneRng::new(12345);
        let mut b = a;
        assert_eq!(a.draw() as u64, b.step() >> 48);
    }
}
