//! Binary spin maps `[C, H, W]` in channel-major order, values ±1.

use std::fmt;

/// A map of ±1 spins, stored channel-major: index `(c * h + y) * w + x`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spins {
    pub c: usize,
    pub h: usize,
    pub w: usize,
    pub data: Vec<i8>,
}

/// What is wrong with a would-be spin map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpinsError {
    Empty { shape: [usize; 3] },
    Length { expected: usize, found: usize },
    NotASpin { index: usize, value: i64 },
}

impl fmt::Display for SpinsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty { shape } => write!(f, "has shape {shape:?}: every dimension must be at least 1"),
            Self::Length { expected, found } => write!(f, "holds {found} values, the shape needs {expected}"),
            Self::NotASpin { index, value } => {
                write!(f, "value {value} at flat index {index} is not a spin: every value must be -1 or +1")
            }
        }
    }
}

impl std::error::Error for SpinsError {}

impl Spins {
    /// Checks that every dimension is non-zero and `data` has `c*h*w` entries, each -1 or +1.
    pub fn new(c: usize, h: usize, w: usize, data: Vec<i8>) -> Result<Self, SpinsError> {
        if c == 0 || h == 0 || w == 0 {
            return Err(SpinsError::Empty { shape: [c, h, w] });
        }
        if data.len() != c * h * w {
            return Err(SpinsError::Length { expected: c * h * w, found: data.len() });
        }
        if let Some(index) = data.iter().position(|&v| v != 1 && v != -1) {
            return Err(SpinsError::NotASpin { index, value: data[index] as i64 });
        }
        Ok(Self { c, h, w, data })
    }

    /// Spins from the signs of real values, with the project's tie rule: `sign(0) = +1`.
    pub fn from_signs(c: usize, h: usize, w: usize, values: &[f32]) -> Self {
        assert_eq!(values.len(), c * h * w, "from_signs: length does not match shape");
        Self { c, h, w, data: values.iter().map(|&v| sign(v)).collect() }
    }

    pub fn shape(&self) -> [usize; 3] {
        [self.c, self.h, self.w]
    }
}

/// The sign with the project-wide tie rule `sign(0) = +1`. It is the two's-complement sign bit of
/// an accumulator (`sum >= 0` reads as +1), which is what the average-and-sign hardware computes.
#[inline]
pub fn sign(v: f32) -> i8 {
    if v >= 0.0 { 1 } else { -1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_spins_and_wrong_length() {
        assert_eq!(Spins::new(1, 1, 2, vec![1, 0]), Err(SpinsError::NotASpin { index: 1, value: 0 }));
        assert_eq!(Spins::new(1, 2, 2, vec![1, -1]), Err(SpinsError::Length { expected: 4, found: 2 }));
        assert!(Spins::new(1, 1, 2, vec![1, -1]).is_ok());
        assert_eq!(Spins::new(2, 0, 3, vec![]), Err(SpinsError::Empty { shape: [2, 0, 3] }));
    }

    #[test]
    fn tie_reads_plus_one() {
        assert_eq!(sign(0.0), 1);
        assert_eq!(sign(-0.0), 1);
        assert_eq!(sign(-1e-30), -1);
    }
}
