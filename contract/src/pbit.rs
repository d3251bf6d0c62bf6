//! The chip's p-bit: a sigmoid threshold table and a comparator, fed a field code
//! ([`crate::field`]).
//!
//! **Threshold table.** `T[k] = min(round(sigma(2 k / 256) * 2^16), 2^16 - 1)` for
//! `k = 0 .. 2^LUT_INDEX_BITS` (1,024 entries of 16 bits, covering `|I| < 4`). Using
//! `sigma(-z) = 1 - sigma(z)` halves the table, and saturating at `|I| >= 4` costs at most
//! `1 - sigma(8) = 3.4e-4 < 2^-10` of probability.
//!
//! **Comparator.** With `k = min(|f|, 1023)` and `r` the lane's 16-bit uniform draw, the spin is
//! `+1` iff `r < T[k]` for `f >= 0`, and iff `r >= T[k]` for `f < 0`. So
//! `P(+1) = T[k] / 2^16` or `1 - T[k] / 2^16`, which is `sigma(2I)` to within `2^-10` for every
//! representable field (exhaustive test below) — the p-bit `B(sigma(2I))` of eqs. (8)-(9).

use crate::field::FIELD_FRAC_BITS;

/// Address bits of the threshold table.
pub const LUT_INDEX_BITS: u32 = 10;
/// Entries of the threshold table.
pub const LUT_LEN: usize = 1 << LUT_INDEX_BITS;

/// The logistic function.
pub fn sigma(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// The real field a code stands for.
pub fn field_value(code: i16) -> f64 {
    code as f64 / (1u32 << FIELD_FRAC_BITS) as f64
}

/// Threshold table entry `k`: `P(+1)` of the field `k / 256` in units of `2^-16`.
pub fn threshold(k: usize) -> u16 {
    let p = sigma(2.0 * k as f64 / (1u32 << FIELD_FRAC_BITS) as f64);
    (p * 65536.0).round().min(65535.0) as u16
}

/// The whole threshold table, as the RTL's ROM holds it.
pub fn threshold_table() -> Vec<u16> {
    (0..LUT_LEN).map(threshold).collect()
}

/// The table address of a field: `min(|f|, LUT_LEN - 1)`.
#[inline]
pub fn table_index(field: i16) -> usize {
    (field.unsigned_abs() as usize).min(LUT_LEN - 1)
}

/// The comparator: `true` (+1) or `false` (-1) for field code `field`, draw `r`, table `table`.
#[inline]
pub fn decide(table: &[u16], field: i16, r: u16) -> bool {
    let t = table[table_index(field)];
    if field >= 0 { r < t } else { r >= t }
}

/// Exact `P(+1)` of the p-bit at `field` when `r` is uniform on `0 .. 2^16`.
pub fn probability_plus(table: &[u16], field: i16) -> f64 {
    let t = table[table_index(field)] as f64 / 65536.0;
    if field >= 0 { t } else { 1.0 - t }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Largest `|P(+1) - sigma(2I)|` over every 16-bit field code.
    fn worst_error(p_plus: impl Fn(i16) -> f64) -> (f64, i16) {
        (i16::MIN..=i16::MAX)
            .map(|f| ((p_plus(f) - sigma(2.0 * field_value(f))).abs(), f))
            .fold((0.0, 0), |a, b| if b.0 > a.0 { b } else { a })
    }

    #[test]
    fn probability_matches_sigmoid_for_every_field() {
        let table = threshold_table();
        let (err, at) = worst_error(|f| probability_plus(&table, f));
        assert!(err <= 2f64.powi(-10), "P(+1) off by {err:e} at field code {at}");
    }

    #[test]
    fn comparator_realises_the_table_probability() {
        // Count, for a set of fields, the draws r in 0..2^16 that give +1: exactly T or 2^16 - T.
        let table = threshold_table();
        for f in [i16::MIN, -1100, -1023, -300, -1, 0, 1, 255, 256, 1022, 1023, 5000, i16::MAX] {
            let plus = (0..=u16::MAX).filter(|&r| decide(&table, f, r)).count() as f64 / 65536.0;
            assert_eq!(plus, probability_plus(&table, f), "field {f}");
        }
    }

    #[test]
    fn planted_table_bugs_are_caught() {
        // sigma(I) in place of sigma(2I), and a comparator that ignores the field's sign.
        let half: Vec<u16> =
            (0..LUT_LEN).map(|k| (sigma(k as f64 / 256.0) * 65536.0).round().min(65535.0) as u16).collect();
        assert!(worst_error(|f| probability_plus(&half, f)).0 > 2f64.powi(-10));
        let table = threshold_table();
        let unsigned = |f: i16| table[table_index(f)] as f64 / 65536.0;
        assert!(worst_error(unsigned).0 > 2f64.powi(-10));
    }
}
