//! What a decision column of the plane engine keeps beside its decision unit: a table of border
//! constants, and one word for every spin it decides.
//!
//! Column `d` decides the spins of channels `g·D + d` (docs/ARCHITECTURE.md, "The plane engine").
//! For each decision it needs, besides the PE array's sum `A`:
//!
//! * **`B`**, the border constant of the phase, the channel and the position's border class
//!   ([`BorderConstants`]), and in the clamp pass into the hidden layer the channel's bias `b` (the
//!   decision's offset). Both sit in one **table word** per (phase, group, class):
//!   [`table_address`], [`table_word`]. 4 phases x 16 groups x 16 classes = 1,024 words of 35 bits.
//! * **The clamp field** its spin keeps for the whole run (`h1` of a hidden spin, `c2` of an output
//!   spin), which the clamp pass computes and the sweeps read, and **the running sum** of its
//!   kept sweeps (the readout). Both sit in one **spin word** per (layer, group, position):
//!   [`spin_word_address`], [`spin_word`]. The clamp pass writes the field with a zero sum; each kept
//!   decision adds its spin, ±1, to the sum and writes the field back unchanged. One word holds
//!   both because the decision reads its field anyway: the column carries the word to the
//!   decision's end and writes it back, so one read and one write port serve the clamp field and
//!   the read-modify-write of the sum (an ECP5 DP16KD has two ports).
//!
//! The hidden layer's words come first, group by group, each group's positions in raster order,
//! then the output layer's from [`output_base`]: a column reads them in exactly the order it
//! decides, so its address is a counter.

use crate::border::{BorderConstants, CLASSES};
use crate::config::ChipConfig;
use crate::field::FIELD_BITS;
use crate::image::ChipImage;
use crate::plane::PlaneSchedule;

/// Bits of a table address's group: destination groups per phase, at most 16.
pub const TABLE_GROUP_BITS: usize = 4;
/// Bits of a table address's border class.
pub const TABLE_CLASS_BITS: usize = 4;
/// Bits of a table address: phase (2), group, class.
pub const TABLE_ADDRESS_BITS: usize = 2 + TABLE_GROUP_BITS + TABLE_CLASS_BITS;
/// Words of a column's table.
pub const TABLE_WORDS: usize = 1 << TABLE_ADDRESS_BITS;
/// Bits of `B` in a table word: the plane engine's accumulator.
pub const TABLE_B_BITS: usize = crate::config::ECP5_85F_PLANE.accumulator_bits() as usize;
/// Bits of the bias in a table word: a field code.
pub const TABLE_BIAS_BITS: usize = FIELD_BITS as usize;
/// A table word: `B` in the low [`TABLE_B_BITS`], the bias above.
pub const TABLE_WORD_BITS: usize = TABLE_B_BITS + TABLE_BIAS_BITS;

/// Bits of a spin's running sum: `±65,535` kept sweeps (the controller's 16-bit sweep count).
pub const RUN_SUM_BITS: usize = 17;
/// A spin word: the clamp field in the low [`FIELD_BITS`], the running sum above.
pub const SPIN_WORD_BITS: usize = FIELD_BITS as usize + RUN_SUM_BITS;
/// Bits of a spin word's address.
pub const SPIN_ADDRESS_BITS: usize = 13;

const _: () = assert!(1 << TABLE_CLASS_BITS == CLASSES);
const _: () = assert!(TABLE_WORD_BITS <= 36 && SPIN_WORD_BITS <= 36, "one 512 x 36 DP16KD word");

/// Spin words a column of `config` needs: its largest hidden and output layers, whole groups of
/// the largest grid, in whole 512-word block memories.
pub const fn spin_words(config: &ChipConfig) -> usize {
    let (d, hw) = (config.lanes, config.max_h * config.max_w);
    let words = (config.max_c1.div_ceil(d) + config.max_c2.div_ceil(d)) * hw;
    words.next_multiple_of(512)
}

/// The table address of `phase` (0 clamp hidden, 1 clamp output, 2 hidden, 3 output: the
/// controller's order), destination group `group` and border class `class`.
pub fn table_address(phase: usize, group: usize, class: usize) -> usize {
    assert!(phase < 4 && group < 1 << TABLE_GROUP_BITS && class < CLASSES, "table entry {phase}/{group}/{class}");
    (phase << TABLE_GROUP_BITS | group) << TABLE_CLASS_BITS | class
}

/// A table word: `b` and `bias`, each two's complement in its field.
pub fn table_word(b: i64, bias: i64) -> u64 {
    let field = |v: i64, bits: usize| {
        assert!((-(1 << (bits - 1))..1 << (bits - 1)).contains(&v), "{v} does not fit {bits} bits");
        v as u64 & ((1 << bits) - 1)
    };
    field(bias, TABLE_BIAS_BITS) << TABLE_B_BITS | field(b, TABLE_B_BITS)
}

/// Every column's table for `image` on an array of `columns` columns: `[column][address]`.
/// Entries of channels the block lacks (a last group's spare columns) and unused groups are 0.
pub fn column_tables(image: &ChipImage, columns: usize) -> Vec<Vec<u64>> {
    let border = BorderConstants::new(image);
    let phases: [(&[i64], usize); 4] = [
        (&border.clamp_hidden, image.c1),
        (&border.clamp_output, image.c2),
        (&border.hidden, image.c1),
        (&border.output, image.c2),
    ];
    let mut tables = vec![vec![0; TABLE_WORDS]; columns];
    for (phase, (constants, channels)) in phases.into_iter().enumerate() {
        for ch in 0..channels {
            let bias = if phase == 0 { i64::from(image.b[ch]) } else { 0 };
            for class in 0..CLASSES {
                let word = table_word(constants[ch * CLASSES + class], bias);
                tables[ch % columns][table_address(phase, ch / columns, class)] = word;
            }
        }
    }
    tables
}

/// Where the output layer's spin words start: the hidden layer's groups of `H·W` positions.
pub fn output_base(schedule: &PlaneSchedule) -> usize {
    schedule.groups(schedule.shape.c1) * schedule.shape.h * schedule.shape.w
}

/// The spin word of position `p` of group `group` of the hidden (`output` false) or the output
/// layer.
pub fn spin_word_address(schedule: &PlaneSchedule, output: bool, group: usize, p: usize) -> usize {
    let hw = schedule.shape.h * schedule.shape.w;
    assert!(p < hw);
    let base = if output { output_base(schedule) } else { 0 };
    base + group * hw + p
}

/// A spin word: the clamp field code and the running sum, each two's complement in its field.
pub fn spin_word(field: i64, sum: i64) -> u64 {
    assert!(i16::try_from(field).is_ok() && (-(1 << 16)..1 << 16).contains(&sum), "spin word {field}, {sum}");
    (sum as u64 & ((1 << RUN_SUM_BITS) - 1)) << FIELD_BITS | field as u64 & 0xffff
}

/// A spin word's clamp field and running sum.
pub fn split_spin_word(word: u64) -> (i64, i64) {
    let sum = (word >> FIELD_BITS) as i64 & ((1 << RUN_SUM_BITS) - 1);
    let sum = (sum << (64 - RUN_SUM_BITS)) >> (64 - RUN_SUM_BITS);
    (i64::from(word as u16 as i16), sum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::border::border_class;
    use crate::config::ECP5_85F_PLANE;
    use crate::plane::ULX3S_ARRAY;
    use crate::shape::BlockShape;

    #[test]
    fn the_ulx3s_columns_hold_the_largest_blocks() {
        // 64/96/128 on 14 x 14: 12 hidden groups and 16 output groups of 196 words, 5,488 words,
        // eleven 512-word blocks; 16 output groups fill the table's group field.
        assert_eq!(spin_words(&ECP5_85F_PLANE), 11 * 512);
        assert!((12 + 16) * 196 <= spin_words(&ECP5_85F_PLANE));
        assert_eq!(ECP5_85F_PLANE.max_c2.div_ceil(ECP5_85F_PLANE.lanes), 1 << TABLE_GROUP_BITS);
        assert!(spin_words(&ECP5_85F_PLANE) <= 1 << SPIN_ADDRESS_BITS);
        assert_eq!(TABLE_WORD_BITS, 35);
    }

    #[test]
    fn words_pack_and_unpack_at_the_ends_of_their_ranges() {
        for (field, sum) in [(0, 0), (-32768, -65535), (32767, 65535), (-1, 1), (1, -1)] {
            assert_eq!(split_spin_word(spin_word(field, sum)), (field, sum));
            assert!(spin_word(field, sum) < 1 << SPIN_WORD_BITS);
        }
        // By hand: bias −1 over B = −2: 16 ones over 19 bits of 0x7fffe.
        assert_eq!(table_word(-2, -1), 0xffff << 19 | 0x7fffe);
        assert_eq!(table_word(147_584, 32767), 0x7fff << 19 | 147_584);
    }

    #[test]
    fn spin_words_follow_the_decision_order() {
        // A column reads its words in the order it decides: hidden groups, then output groups,
        // positions in raster order, so consecutive decisions of a layer take consecutive words.
        let shape = BlockShape { c0: 8, c1: 20, c2: 9, k1: (3, 3), k2: (3, 3), h: 3, w: 5 };
        let s = PlaneSchedule { array: ULX3S_ARRAY, shape };
        let mut next = [0, output_base(&s)];
        for (layer, channels) in [(0, 20), (1, 9)] {
            for g in 0..s.groups(channels) {
                for p in 0..15 {
                    assert_eq!(spin_word_address(&s, layer == 1, g, p), next[layer]);
                    next[layer] += 1;
                }
            }
        }
        assert_eq!(output_base(&s), 3 * 15);
        assert_eq!(next[1], 3 * 15 + 2 * 15);
    }

    #[test]
    fn every_table_entry_is_its_channels_constant() {
        let image = crate::image::arbitrary(3, 11, 6, 4);
        let border = BorderConstants::new(&image);
        let columns = 4;
        let tables = column_tables(&image, columns);
        let entry = |phase, ch: usize, class| tables[ch % columns][table_address(phase, ch / columns, class)];
        for class in 0..CLASSES {
            for m in 0..11 {
                assert_eq!(entry(0, m, class), table_word(border.clamp_hidden[m * CLASSES + class], image.b[m].into()));
                assert_eq!(entry(2, m, class), table_word(border.hidden[m * CLASSES + class], 0));
            }
            for o in 0..6 {
                assert_eq!(entry(1, o, class), table_word(border.clamp_output[o * CLASSES + class], 0));
                assert_eq!(entry(3, o, class), table_word(border.output[o * CLASSES + class], 0));
            }
        }
        // Hidden channel 9 is column 1's third group; position 0 of a 3 x 3 grid is class 0.
        assert_eq!(table_address(2, 2, border_class(0, 3, 3)), 2 << 8 | 2 << 4);
        // The last group's spare column (channel 11 of 11) stays 0.
        assert_eq!(tables[3][table_address(0, 2, 5)], 0);
    }
}
