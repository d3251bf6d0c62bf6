//! The field unit's numbers: the field code, the delta register, and the arithmetic that turns
//! an integer coupling sum into a field code.
//!
//! **Field format.** Signed two's complement, [`FIELD_BITS`] = 16 bits with [`FIELD_FRAC_BITS`] = 8
//! fractional bits: the code `f` stands for the field `I = f / 256`, so fields from -128 to
//! +127.996 in steps of 1/256.
//!
//! **Delta register.** `delta = code / 2^15`, codes `1 ..= 2^15` ([`delta_code`]).
//!
//! **Arithmetic.** A lane (or decision unit) multiplies its integer sum by the delta code, shifts
//! right by `e + SHIFT_BIAS` rounding half up, adds an offset and saturates to 16 bits
//! ([`field_code`]); the clamp pass runs the same arithmetic with the delta code of 1.0.

/// Width of a field code.
pub const FIELD_BITS: u32 = 16;
/// Fractional bits of a field code: one unit is `1/256`.
pub const FIELD_FRAC_BITS: u32 = 8;
/// Fractional bits of the delta register: `delta = code / 2^15`, codes 1 ..= 32768.
pub const DELTA_FRAC_BITS: u32 = 15;
/// The delta register's code for delta = 1: the clamp pass runs the lanes' arithmetic with it.
pub const DELTA_ONE: u16 = 1 << DELTA_FRAC_BITS;
/// `shift_amount = e + SHIFT_BIAS`: the right shift the lanes apply to `acc · delta_code` for the
/// exponent argument `e` of [`field_code`] (`8 - e - 15 = -(e + 7)`).
pub const SHIFT_BIAS: i32 = DELTA_FRAC_BITS as i32 - FIELD_FRAC_BITS as i32;
/// Largest right shift of the lanes' arithmetic (a 5-bit `shift_amount`).
pub const MAX_SHIFT: i32 = 31;

/// The delta register's code for `delta` in (0, 1]: `round(delta · 2^15)`, at least 1.
pub fn delta_code(delta: f32) -> u16 {
    ((delta as f64 * (1u32 << DELTA_FRAC_BITS) as f64).round() as u32).clamp(1, 1 << DELTA_FRAC_BITS) as u16
}

/// The delta the chip actually applies for a code.
pub fn delta_value(code: u16) -> f64 {
    code as f64 / (1u32 << DELTA_FRAC_BITS) as f64
}

/// `v · 2^s`, or `v / 2^-s` rounded half up.
pub fn shift(v: i64, s: i32) -> i64 {
    if s >= 0 { v << s } else { (v + (1i64 << (-s - 1))) >> -s }
}

fn sat16(v: i64) -> i16 {
    v.clamp(i16::MIN as i64, i16::MAX as i64) as i16
}

/// A lane's field code (contract step 2): `sat16(offset + shift(acc · delta_code, 8 - e2 - 15))`.
/// Hidden spins: `acc = Σ w2 · s2`, `offset = h1`. Output spins: `acc = Σ w2 · s1 + c2`, `offset = 0`.
pub fn field_code(acc: i64, offset: i64, delta_code: u16, e2: i32) -> i16 {
    sat16(offset + shift(acc * delta_code as i64, FIELD_FRAC_BITS as i32 - e2 - DELTA_FRAC_BITS as i32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shift_rounds_half_up() {
        assert_eq!(shift(5, 2), 20);
        assert_eq!(shift(5, -1), 3); // 2.5 -> 3
        assert_eq!(shift(-5, -1), -2); // -2.5 -> -2
        assert_eq!(shift(-6, -2), -1); // -1.5 -> -1
        assert_eq!(shift(7, 0), 7);
    }

    #[test]
    fn delta_register() {
        assert_eq!(delta_code(1.0), 32768);
        assert_eq!(delta_code(0.2), 6554);
        assert_eq!(delta_code(1e-9), 1);
        assert!((delta_value(delta_code(0.3)) - 0.3).abs() <= 0.5 / 32768.0);
    }
}
