//! A block prepared for one grid size, and the constant fields of a clamped input.
//!
//! Clamping the input `s0 = x` makes two fields constant for the whole run (docs/ARCHITECTURE.md,
//! "Block semantics"): the hidden layer's `K1 A_in x + b` and the output layer's `K3 A_in x + K2 d_mid`.
//! They are computed once here and shared by the feed-forward network and every sampler.

use crate::block::Block;
use crate::conv::{ConvPlan, to_channel_last};
use thermoblock_contract::spins::Spins;

/// A block laid out for an `h x w` grid. Cheap to share between threads.
#[derive(Clone, Debug)]
pub struct BlockPlan {
    pub h: usize,
    pub w: usize,
    pub c0: usize,
    pub c1: usize,
    pub c2: usize,
    k1: ConvPlan,
    k3: ConvPlan,
    /// `K2` with `a_mid` folded into its input channels: forward gives `K2 (a_mid ⊙ s1)`, the
    /// adjoint gives `a_mid ⊙ K2^T s2` — the two coupling terms of eqs. (8)-(9).
    pub w2: ConvPlan,
    /// `K2 d_mid` with zero padding, `[H*W][C2]`: independent of the input.
    mid_const: Vec<f32>,
    a_in: Vec<f32>,
    d_in: Vec<f32>,
    b: Vec<f32>,
}

/// The constant fields of a clamped input, channel-last.
#[derive(Clone, Debug)]
pub struct Clamped {
    /// `K1 A_in x + b`, `[H*W][C1]` — the feed-forward pre-activation `z1`.
    pub hidden: Vec<f32>,
    /// `K3 A_in x + K2 d_mid`, `[H*W][C2]` (not yet multiplied by delta).
    pub output: Vec<f32>,
}

impl BlockPlan {
    pub fn new(block: &Block, h: usize, w: usize) -> Self {
        let (c1, c2) = (block.c1(), block.c2());
        let k2 = ConvPlan::new(&block.k2, None);
        let d_mid_map: Vec<f32> = (0..h * w).flat_map(|_| block.d_mid.iter().copied()).collect();
        let mut mid_const = vec![0.0; h * w * c2];
        k2.forward_add(h, w, &d_mid_map, &mut mid_const);
        Self {
            h,
            w,
            c0: block.c0(),
            c1,
            c2,
            k1: ConvPlan::new(&block.k1, None),
            k3: ConvPlan::new(&block.k3, None),
            w2: ConvPlan::new(&block.k2, Some(&block.a_mid)),
            mid_const,
            a_in: block.a_in.clone(),
            d_in: block.d_in.clone(),
            b: block.b.clone(),
        }
    }

    /// Spins per layer on this grid.
    pub fn hw(&self) -> usize {
        self.h * self.w
    }

    /// Constant fields for input `x` (shape must be `[C0, h, w]`; checked by the caller).
    pub fn clamp(&self, x: &Spins) -> Clamped {
        debug_assert_eq!(x.shape(), [self.c0, self.h, self.w]);
        let hw = self.hw();
        let x_cl = to_channel_last(self.c0, hw, &x.data);
        let ax: Vec<f32> =
            x_cl.iter().enumerate().map(|(j, &s)| self.a_in[j % self.c0] * s as f32 + self.d_in[j % self.c0]).collect();
        let mut hidden: Vec<f32> = (0..hw).flat_map(|_| self.b.iter().copied()).collect();
        self.k1.forward_add(self.h, self.w, &ax, &mut hidden);
        let mut output = self.mid_const.clone();
        self.k3.forward_add(self.h, self.w, &ax, &mut output);
        Clamped { hidden, output }
    }
}
