//! Adam with gradient-norm clipping, its moments kept as named tensors so that a checkpoint
//! restores the optimizer exactly (a resumed run continues the same trajectory).

use std::collections::HashMap;

use candle_core::backprop::GradStore;
use candle_core::{Result, Tensor, Var};

pub struct Adam {
    vars: Vec<(String, Var)>,
    pub m: HashMap<String, Tensor>,
    pub v: HashMap<String, Tensor>,
    pub step: u64,
    beta1: f64,
    beta2: f64,
    eps: f64,
}

impl Adam {
    pub fn new(vars: Vec<(String, Var)>) -> Result<Self> {
        let mut m = HashMap::new();
        let mut v = HashMap::new();
        for (name, var) in &vars {
            m.insert(name.clone(), var.zeros_like()?);
            v.insert(name.clone(), var.zeros_like()?);
        }
        Ok(Self { vars, m, v, step: 0, beta1: 0.9, beta2: 0.999, eps: 1e-8 })
    }

    /// One step at learning rate `lr`, after scaling the gradients so that their global norm is at
    /// most `clip`. Returns the norm before clipping.
    pub fn step(&mut self, grads: &GradStore, lr: f64, clip: f64) -> Result<f64> {
        let mut sq = 0.0f64;
        for (_, var) in &self.vars {
            if let Some(g) = grads.get(var) {
                sq += g.detach().sqr()?.sum_all()?.to_scalar::<f32>()? as f64;
            }
        }
        let norm = sq.sqrt();
        let scale = if norm > clip && norm > 0.0 { clip / norm } else { 1.0 };
        self.step += 1;
        let (b1, b2) = (self.beta1, self.beta2);
        let (c1, c2) = (1.0 - b1.powi(self.step as i32), 1.0 - b2.powi(self.step as i32));
        for (name, var) in &self.vars {
            let Some(g) = grads.get(var) else { continue };
            // Detached: a gradient carries the graph of the activations it was computed from, and
            // moments built on it would chain every step's graph into the next (unbounded memory).
            let g = g.detach().affine(scale, 0.0)?;
            let m = ((&self.m[name] * b1)? + (&g * (1.0 - b1))?)?;
            let v = ((&self.v[name] * b2)? + (g.sqr()? * (1.0 - b2))?)?;
            let update = ((&m / c1)? / ((&v / c2)?.sqrt()? + self.eps)?)?;
            var.set(&(var.as_tensor() - (update * lr)?)?)?;
            self.m.insert(name.clone(), m.detach());
            self.v.insert(name.clone(), v.detach());
        }
        Ok(norm)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Device;

    /// The moments hold values, not graphs: a step's moments must not track the operations that
    /// produced the gradient (that chained every step's graph and exhausted memory).
    #[test]
    fn moments_do_not_keep_the_graph() -> Result<()> {
        let w = Var::from_tensor(&Tensor::new(&[1.0f32, -2.0], &Device::Cpu)?)?;
        let x = Var::from_tensor(&Tensor::new(&[0.5f32, 0.25], &Device::Cpu)?)?;
        let mut adam = Adam::new(vec![("w".into(), w.clone())])?;
        for _ in 0..3 {
            // d/dw Σ (w ⊙ x)² = 2 w x², a tensor computed from both variables.
            let loss = (w.as_tensor() * x.as_tensor())?.sqr()?.sum_all()?;
            let grads = loss.backward()?;
            assert!(grads.get(&w).unwrap().track_op(), "the gradient itself is a graph node");
            adam.step(&grads, 1e-2, 5.0)?;
            assert!(!adam.m["w"].track_op() && !adam.v["w"].track_op());
        }
        Ok(())
    }
}
