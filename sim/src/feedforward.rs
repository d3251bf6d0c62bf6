//! Feed-forward ("GPU") mode of a block, arXiv:2607.00170 eqs. (1)-(4):
//! `z1 = K1 A_in x + b`, `z2 = K2 A_mid tanh(z1) + K3 A_in x`, `y = sign(z2)`.

use crate::block::Block;
use crate::conv::to_channel_major;
use crate::plan::BlockPlan;
use thermoblock_contract::spins::Spins;

/// Pre-activations of one feed-forward pass, channel-major `[C, H, W]`.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedForward {
    pub z1: Vec<f32>,
    pub z2: Vec<f32>,
    pub c2: usize,
    pub h: usize,
    pub w: usize,
}

impl FeedForward {
    /// `y = sign(z2)` with the tie rule `sign(0) = +1`.
    pub fn output(&self) -> Spins {
        Spins::from_signs(self.c2, self.h, self.w, &self.z2)
    }
}

/// Runs the block in feed-forward mode on `x` (`[C0, H, W]`, shape checked by the caller).
pub fn feed_forward(block: &Block, x: &Spins) -> FeedForward {
    let plan = BlockPlan::new(block, x.h, x.w);
    let (z1, z2) = feed_forward_planned(&plan, x);
    FeedForward {
        z1: to_channel_major(plan.c1, plan.hw(), &z1),
        z2: to_channel_major(plan.c2, plan.hw(), &z2),
        c2: plan.c2,
        h: x.h,
        w: x.w,
    }
}

/// Channel-last `(z1, z2)` on a prepared plan; the feed-forward start of the sampler uses this.
pub(crate) fn feed_forward_planned(plan: &BlockPlan, x: &Spins) -> (Vec<f32>, Vec<f32>) {
    let clamped = plan.clamp(x);
    let t: Vec<f32> = clamped.hidden.iter().map(|z| z.tanh()).collect();
    let mut z2 = clamped.output;
    plan.w2.forward_add(plan.h, plan.w, &t, &mut z2);
    (clamped.hidden, z2)
}
