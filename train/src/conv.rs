//! [`conv_same`]: the stride-1, zero-padded ("same") convolution of every block (`K1`, `K2`, `K3`
//! and the adjoint `K2ᵀ` of the fixed-point loss), as an im2col matrix product forward and
//! backward.
//!
//! Why not candle's `conv2d`: on the CPU its backward takes the input gradient from
//! `conv_transpose2d`, a direct loop, and its forward and kernel gradient gather im2col tiles one
//! image at a time. Here each of the three products is one matrix product over the shifted copies
//! of the whole batch (im2col); `benches/conv.rs` measures the two on a block-sized layer. Candle's
//! `conv2d` stays the reference the tests compare against, and the encoder (stride 2) still uses it.

use candle_core::{CpuStorage, CustomOp2, DType, Device, Layout, Result, Shape, Tensor};
use rayon::prelude::*;

/// `K x` for `x [B, C, H, W]` and `k [O, C, kh, kw]` (odd `kh`, `kw`): stride 1, zero padding
/// `kh / 2`, `kw / 2`, exactly candle's (and PyTorch's) `conv2d(x, k, padding)`. Differentiable
/// in both arguments.
pub fn conv_same(x: &Tensor, k: &Tensor) -> Result<Tensor> {
    let (_, c, _, _) = x.dims4()?;
    let (_, kc, kh, kw) = k.dims4()?;
    if kh % 2 == 0 || kw % 2 == 0 || kc != c {
        candle_core::bail!("conv_same needs an odd kernel over the input's {c} channels, got {:?}", k.dims());
    }
    x.contiguous()?.apply_op2(&k.contiguous()?, ConvSame)
}

/// `Kᵀ y`: the adjoint of the same-padded convolution with `k [O, C, kh, kw]`, applied to
/// `y [B, O, H, W]` — the convolution with the kernel flipped in space and transposed in channels.
pub fn adjoint_conv(y: &Tensor, k: &Tensor) -> Result<Tensor> {
    conv_same(y, &adjoint_kernel(k)?)
}

/// `k [O, C, kh, kw]` flipped in space and transposed to `[C, O, kh, kw]`.
fn adjoint_kernel(k: &Tensor) -> Result<Tensor> {
    let (_, _, kh, kw) = k.dims4()?;
    let rev = |n: usize| Tensor::from_vec((0..n as u32).rev().collect::<Vec<_>>(), n, k.device());
    k.index_select(&rev(kh)?, 2)?.index_select(&rev(kw)?, 3)?.transpose(0, 1)?.contiguous()
}

/// The im2col matrix of `x [B, C, H, W]` for a `kh x kw` kernel: `[C·kh·kw, B·H·W]`, row
/// `(c, dy, dx)` holding channel `c` of every image shifted by `(dy - kh/2, dx - kw/2)`, zeros
/// outside. Its row order is the kernel's own `[C, kh, kw]` order, so `k.reshape(O, C·kh·kw)`
/// multiplies it, and its columns run over the whole batch, so each product is one matrix product.
fn columns(x: &Tensor, kh: usize, kw: usize) -> Result<Tensor> {
    let (b, c, h, w) = x.dims4()?;
    let dims = [b, c, h, w];
    match x.dtype() {
        DType::F32 => Tensor::from_vec(
            im2col(&x.flatten_all()?.to_vec1::<f32>()?, dims, kh, kw),
            (c * kh * kw, b * h * w),
            x.device(),
        ),
        DType::F64 => Tensor::from_vec(
            im2col(&x.flatten_all()?.to_vec1::<f64>()?, dims, kh, kw),
            (c * kh * kw, b * h * w),
            x.device(),
        ),
        other => candle_core::bail!("conv_same takes f32 or f64 tensors, not {other:?}"),
    }
}

/// [`columns`] on the contiguous values of `x`: one row per rayon task, each a run of row copies.
fn im2col<T: Copy + Default + Send + Sync>(x: &[T], [b, c, h, w]: [usize; 4], kh: usize, kw: usize) -> Vec<T> {
    let n = b * h * w;
    let mut out = vec![T::default(); c * kh * kw * n];
    out.par_chunks_mut(n).enumerate().for_each(|(row, dst)| {
        let (ci, dy, dx) = (row / (kh * kw), row % (kh * kw) / kw, row % kw);
        // Output pixel (y, x) reads input pixel (y + oy, x + ox).
        let (oy, ox) = (dy as isize - (kh / 2) as isize, dx as isize - (kw / 2) as isize);
        let lo = (-ox).max(0) as usize;
        let hi = (w as isize - ox).min(w as isize) as usize;
        for bi in 0..b {
            for y in 0..h {
                let sy = y as isize + oy;
                if sy < 0 || sy >= h as isize || lo >= hi {
                    continue;
                }
                let src = &x[((bi * c + ci) * h + sy as usize) * w..][..w];
                let start = (lo as isize + ox) as usize;
                dst[(bi * h + y) * w + lo..(bi * h + y) * w + hi].copy_from_slice(&src[start..start + hi - lo]);
            }
        }
    });
    out
}

/// The forward product on tensors that carry no gradient.
fn product(x: &Tensor, k: &Tensor) -> Result<Tensor> {
    let (b, _, h, w) = x.dims4()?;
    let (o, c, kh, kw) = k.dims4()?;
    let y = k.reshape((o, c * kh * kw))?.matmul(&columns(x, kh, kw)?)?;
    y.reshape((o, b, h, w))?.transpose(0, 1)?.contiguous()
}

/// Candle's view of `conv_same`: a forward on CPU storage, and the backward's two products.
struct ConvSame;

/// A tensor holding contiguous CPU storage `s` as laid out by `l`.
fn tensor_of(s: &CpuStorage, l: &Layout) -> Result<Tensor> {
    let Some((start, end)) = l.contiguous_offsets() else {
        candle_core::bail!("conv_same: non-contiguous operand (conv_same makes its operands contiguous)")
    };
    match s {
        CpuStorage::F32(v) => Tensor::from_slice(&v[start..end], l.shape(), &Device::Cpu),
        CpuStorage::F64(v) => Tensor::from_slice(&v[start..end], l.shape(), &Device::Cpu),
        _ => candle_core::bail!("conv_same takes f32 or f64 tensors"),
    }
}

impl CustomOp2 for ConvSame {
    fn name(&self) -> &'static str {
        "conv-same"
    }

    fn cpu_fwd(&self, s1: &CpuStorage, l1: &Layout, s2: &CpuStorage, l2: &Layout) -> Result<(CpuStorage, Shape)> {
        let y = product(&tensor_of(s1, l1)?, &tensor_of(s2, l2)?)?;
        let shape = y.shape().clone();
        let flat = y.flatten_all()?;
        let storage = match y.dtype() {
            DType::F32 => CpuStorage::F32(flat.to_vec1()?),
            DType::F64 => CpuStorage::F64(flat.to_vec1()?),
            other => candle_core::bail!("conv_same takes f32 or f64, not {other:?}"),
        };
        Ok((storage, shape))
    }

    /// `∂x = Kᵀ g` (the adjoint convolution) and `∂K = g · columns(x)ᵀ`, `g` as `[O, B·H·W]`.
    fn bwd(&self, x: &Tensor, k: &Tensor, _y: &Tensor, g: &Tensor) -> Result<(Option<Tensor>, Option<Tensor>)> {
        // Detached: the gradients are values, not part of the graph being differentiated.
        let (x, k, g) = (x.detach(), k.detach(), g.detach());
        let (b, c, h, w) = x.dims4()?;
        let (o, _, kh, kw) = k.dims4()?;
        let grad_x = product(&g.contiguous()?, &adjoint_kernel(&k)?)?;
        let g_rows = g.transpose(0, 1)?.contiguous()?.reshape((o, b * h * w))?;
        let grad_k = g_rows.matmul(&columns(&x, kh, kw)?.t()?)?.reshape((o, c, kh, kw))?;
        Ok((Some(grad_x), Some(grad_k)))
    }
}

#[cfg(test)]
mod tests {
    use candle_core::Var;

    use super::*;

    fn max_diff(a: &Tensor, b: &Tensor) -> f64 {
        (a - b).unwrap().abs().unwrap().max_all().unwrap().to_scalar::<f64>().unwrap()
    }

    /// Forward and both gradients equal candle's `conv2d` and its autograd (an independent
    /// implementation) for 1x1, 3x3 and 5x5 kernels on a non-square grid.
    #[test]
    fn conv_same_and_its_gradients_are_candles_conv2d() -> Result<()> {
        let dev = Device::Cpu;
        for (kh, kw) in [(1, 1), (3, 3), (5, 5)] {
            let x = Var::from_tensor(&Tensor::randn(0f64, 1.0, (3, 4, 6, 5), &dev)?)?;
            let k = Var::from_tensor(&Tensor::randn(0f64, 1.0, (2, 4, kh, kw), &dev)?)?;
            // A weight on the output, so the gradient is not the same at every position.
            let g = Tensor::randn(0f64, 1.0, (3, 2, 6, 5), &dev)?;
            let ours = conv_same(&x, &k)?;
            let candle = x.conv2d(&k, kh / 2, 1, 1, 1)?;
            assert!(max_diff(&ours, &candle) < 1e-12, "{kh}x{kw} forward");
            let ours = (ours * &g)?.sum_all()?.backward()?;
            let theirs = (candle * &g)?.sum_all()?.backward()?;
            for (name, v) in [("x", &x), ("k", &k)] {
                let d = max_diff(ours.get(v).unwrap(), theirs.get(v).unwrap());
                assert!(d < 1e-11, "{kh}x{kw} gradient of {name}: {d}");
            }
        }
        Ok(())
    }

    /// Central finite differences of `Σ g ⊙ conv_same(x, k)` against the kernel gradient.
    #[test]
    fn the_kernel_gradient_is_the_finite_difference() -> Result<()> {
        let dev = Device::Cpu;
        let x = Tensor::randn(0f64, 1.0, (2, 2, 4, 4), &dev)?;
        let k0 = Tensor::randn(0f64, 1.0, (3, 2, 3, 3), &dev)?;
        let g = Tensor::randn(0f64, 1.0, (2, 3, 4, 4), &dev)?;
        let loss =
            |k: &Tensor| (conv_same(&x, k).unwrap() * &g).unwrap().sum_all().unwrap().to_scalar::<f64>().unwrap();
        let k = Var::from_tensor(&k0)?;
        let grad =
            (conv_same(&x, &k)? * &g)?.sum_all()?.backward()?.get(&k).unwrap().flatten_all()?.to_vec1::<f64>()?;
        let base = k0.flatten_all()?.to_vec1::<f64>()?;
        let eps = 1e-5;
        for (i, want) in grad.iter().enumerate() {
            let at = |e: f64| {
                let mut v = base.clone();
                v[i] += e;
                loss(&Tensor::from_vec(v, k0.shape(), &dev).unwrap())
            };
            let fd = (at(eps) - at(-eps)) / (2.0 * eps);
            assert!((fd - want).abs() < 1e-6 * want.abs().max(1.0), "k[{i}]: finite difference {fd}, gradient {want}");
        }
        Ok(())
    }

    /// `<K x, y> = <x, Kᵀ y>` for the same-padded convolution, and agreement with candle's
    /// `conv_transpose2d`.
    #[test]
    fn adjoint_conv_is_the_adjoint() -> Result<()> {
        let dev = Device::Cpu;
        let x = Tensor::randn(0f64, 1.0, (2, 3, 5, 4), &dev)?;
        let y = Tensor::randn(0f64, 1.0, (2, 4, 5, 4), &dev)?;
        let k = Tensor::randn(0f64, 1.0, (4, 3, 3, 3), &dev)?;
        let lhs = (x.conv2d(&k, 1, 1, 1, 1)? * &y)?.sum_all()?.to_scalar::<f64>()?;
        let back = adjoint_conv(&y, &k)?;
        let rhs = (&x * &back)?.sum_all()?.to_scalar::<f64>()?;
        assert!((lhs - rhs).abs() < 1e-9 * lhs.abs().max(1.0), "{lhs} vs {rhs}");
        let candle = y.conv_transpose2d(&k, 1, 0, 1, 1)?;
        assert!((back - candle)?.abs()?.max_all()?.to_scalar::<f64>()? < 1e-12);
        Ok(())
    }

    #[test]
    fn an_even_kernel_is_refused() {
        let x = Tensor::zeros((1, 2, 4, 4), DType::F32, &Device::Cpu).unwrap();
        let k = Tensor::zeros((1, 2, 2, 2), DType::F32, &Device::Cpu).unwrap();
        let e = conv_same(&x, &k).unwrap_err().to_string();
        assert!(e.contains("odd kernel"), "{e}");
    }
}
