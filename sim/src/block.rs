//! One thermodynamic block: parameters, geometry and the checks every constructor runs.
//!
//! Parameters (arXiv:2607.00170 eqs. 1-6; names as in `thermoblock-v1` files):
//!
//! | field   | shape            | role                                              |
//! |---------|------------------|---------------------------------------------------|
//! | `k1`    | `[C1,C0,kh,kw]`  | input -> hidden coupling                          |
//! | `k2`    | `[C2,C1,kh,kw]`  | hidden -> output coupling (used transposed for s1) |
//! | `k3`    | `[C2,C0,1,1]`    | input -> output skip coupling                     |
//! | `a_in`, `d_in`   | `[C0]`  | input affine `A_in(x) = a_in*x + d_in`            |
//! | `a_mid`, `d_mid` | `[C1]`  | hidden affine `A_mid(u) = a_mid*u + d_mid`        |
//! | `b`     | `[C1]`           | hidden bias                                       |
//!
//! Kernels are PyTorch `conv2d` weights: stride 1, odd sizes, "same" zero padding, cross-correlation.

use std::fmt;

use thermoblock_contract::shape::{BlockShape, window_pairs};

/// A convolution kernel in PyTorch layout `[out, in, kh, kw]`, row-major.
#[derive(Clone, Debug, PartialEq)]
pub struct Kernel {
    pub out_ch: usize,
    pub in_ch: usize,
    pub kh: usize,
    pub kw: usize,
    pub w: Vec<f32>,
}

impl Kernel {
    /// Builds a kernel, checking that `w` holds `out*in*kh*kw` values.
    pub fn new(shape: [usize; 4], w: Vec<f32>) -> Result<Self, BlockError> {
        let [out_ch, in_ch, kh, kw] = shape;
        let len = out_ch * in_ch * kh * kw;
        if w.len() != len {
            return Err(BlockError::new("kernel", format!("holds {} values, shape {shape:?} needs {len}", w.len())));
        }
        Ok(Self { out_ch, in_ch, kh, kw, w })
    }

    pub fn shape(&self) -> [usize; 4] {
        [self.out_ch, self.in_ch, self.kh, self.kw]
    }

    /// Weight `K[o, i, ty, tx]`.
    #[inline]
    pub fn at(&self, o: usize, i: usize, ty: usize, tx: usize) -> f32 {
        self.w[((o * self.in_ch + i) * self.kh + ty) * self.kw + tx]
    }
}

/// A validated thermodynamic block. Fields are public for reading; build with [`Block::new`].
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub k1: Kernel,
    pub k2: Kernel,
    pub k3: Kernel,
    pub a_in: Vec<f32>,
    pub d_in: Vec<f32>,
    pub a_mid: Vec<f32>,
    pub d_mid: Vec<f32>,
    pub b: Vec<f32>,
}

/// Why a set of tensors is not a valid block. `tensor` names the offending parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockError {
    pub tensor: String,
    pub problem: String,
}

impl BlockError {
    pub fn new(tensor: impl Into<String>, problem: impl Into<String>) -> Self {
        Self { tensor: tensor.into(), problem: problem.into() }
    }
}

impl fmt::Display for BlockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tensor `{}`: {}", self.tensor, self.problem)
    }
}

impl std::error::Error for BlockError {}

/// Spin and coupling counts of a block on an `H x W` grid (the paper's Table 2 columns).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockStats {
    pub parameters: usize,
    pub input_spins: usize,
    pub hidden_spins: usize,
    pub output_spins: usize,
    /// Weights held in the coupling memory: kernels stored once, shared over positions.
    pub stored_couplings: usize,
    /// Pairwise couplings of the unrolled Ising graph (border positions have fewer neighbours).
    pub unrolled_couplings: usize,
}

impl Block {
    /// Validates shapes, odd kernel sizes and finiteness, then builds the block.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        k1: Kernel,
        k2: Kernel,
        k3: Kernel,
        a_in: Vec<f32>,
        d_in: Vec<f32>,
        a_mid: Vec<f32>,
        d_mid: Vec<f32>,
        b: Vec<f32>,
    ) -> Result<Self, BlockError> {
        let block = Self { k1, k2, k3, a_in, d_in, a_mid, d_mid, b };
        block.validate()?;
        Ok(block)
    }

    fn validate(&self) -> Result<(), BlockError> {
        let (c0, c1, c2) = (self.k1.in_ch, self.k1.out_ch, self.k2.out_ch);
        for (name, k) in [("k1", &self.k1), ("k2", &self.k2)] {
            if k.kh % 2 == 0 || k.kw % 2 == 0 {
                return Err(BlockError::new(
                    name,
                    format!("kernel size {}x{} is even; only odd sizes have a centred 'same' padding", k.kh, k.kw),
                ));
            }
        }
        if c0 == 0 || c1 == 0 || c2 == 0 {
            return Err(BlockError::new(
                "k1",
                format!("channel counts C0={c0}, C1={c1}, C2={c2} must all be at least 1"),
            ));
        }
        expect_shape("k2", self.k2.shape(), [c2, c1, self.k2.kh, self.k2.kw])?;
        expect_shape("k3", self.k3.shape(), [c2, c0, 1, 1])?;
        for (name, v, n) in [
            ("a_in", &self.a_in, c0),
            ("d_in", &self.d_in, c0),
            ("a_mid", &self.a_mid, c1),
            ("d_mid", &self.d_mid, c1),
            ("b", &self.b, c1),
        ] {
            if v.len() != n {
                return Err(BlockError::new(
                    name,
                    format!("shape [{}] does not match the block: expected [{n}]", v.len()),
                ));
            }
        }
        for (name, v) in self.tensors() {
            if let Some(i) = v.iter().position(|x| !x.is_finite()) {
                return Err(BlockError::new(name, format!("value {} at flat index {i} is not finite", v[i])));
            }
        }
        Ok(())
    }

    /// The block's tensors in file order, as `(name, values)`.
    pub fn tensors(&self) -> [(&'static str, &[f32]); 8] {
        [
            ("k1", &self.k1.w),
            ("k2", &self.k2.w),
            ("k3", &self.k3.w),
            ("a_in", &self.a_in),
            ("d_in", &self.d_in),
            ("a_mid", &self.a_mid),
            ("d_mid", &self.d_mid),
            ("b", &self.b),
        ]
    }

    pub fn c0(&self) -> usize {
        self.k1.in_ch
    }
    pub fn c1(&self) -> usize {
        self.k1.out_ch
    }
    pub fn c2(&self) -> usize {
        self.k2.out_ch
    }

    /// The block's shape on an `h x w` grid, as the chip's configurations and schedules see it.
    pub fn shape(&self, h: usize, w: usize) -> BlockShape {
        BlockShape {
            c0: self.c0(),
            c1: self.c1(),
            c2: self.c2(),
            k1: (self.k1.kh, self.k1.kw),
            k2: (self.k2.kh, self.k2.kw),
            h,
            w,
        }
    }

    /// Counts for an `h x w` grid.
    pub fn stats(&self, h: usize, w: usize) -> BlockStats {
        let hw = h * w;
        let parameters = self.tensors().iter().map(|(_, v)| v.len()).sum();
        let stored_couplings = self.k1.w.len() + self.k2.w.len() + self.k3.w.len();
        let unrolled = |k: &Kernel| k.out_ch * k.in_ch * window_pairs(k.kh, k.kw, h, w);
        BlockStats {
            parameters,
            input_spins: self.c0() * hw,
            hidden_spins: self.c1() * hw,
            output_spins: self.c2() * hw,
            stored_couplings,
            unrolled_couplings: unrolled(&self.k1) + unrolled(&self.k2) + unrolled(&self.k3),
        }
    }
}

fn expect_shape(name: &str, got: [usize; 4], want: [usize; 4]) -> Result<(), BlockError> {
    if got != want {
        return Err(BlockError::new(name, format!("shape {got:?} does not match the block: expected {want:?}")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_pairs_counts_border_neighbours() {
        // 3x3 window on a 2x2 grid: every pair of the 4 positions is within reach, 16 pairs.
        assert_eq!(window_pairs(3, 3, 2, 2), 16);
        // 1x1 window: one pair per position.
        assert_eq!(window_pairs(1, 1, 5, 7), 35);
        // 3x3 on 3x3: centre 9, corners 4 each -> 4*4 + edges 6*4 + centre 9 = 49.
        assert_eq!(window_pairs(3, 3, 3, 3), 49);
    }
}
