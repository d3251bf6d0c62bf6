//! The custom pieces of the recipe against finite differences (f64): the straight-through
//! estimator's backward pass and the fixed-point and magnitude losses' gradients with respect to
//! every parameter of a block. Each check also runs on a planted bug to show it can fail.

use candle_core::{Device, Result, Tensor, Var};
use thermoblock_contract::rng::splitmix64;
use thermoblock_train::losses::{fixed_point, magnitude};
use thermoblock_train::net::{BlockVars, Boundary, block_forward};
use thermoblock_train::ste::{sign, ste, ste_bernoulli};

const H: f64 = 1e-6;

fn uniform(n: usize, seed: u64, scale: f64) -> Vec<f64> {
    (0..n as u64)
        .map(|i| ((splitmix64(seed ^ i.wrapping_mul(0x9E37)) >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0) * scale)
        .collect()
}

fn var(shape: &[usize], seed: u64, scale: f64, offset: f64) -> Result<Var> {
    let n = shape.iter().product();
    let v: Vec<f64> = uniform(n, seed, scale).into_iter().map(|x| x + offset).collect();
    Var::from_tensor(&Tensor::from_vec(v, shape, &Device::Cpu)?)
}

fn block(c0: usize, c1: usize, c2: usize) -> Result<BlockVars> {
    Ok(BlockVars {
        k1: var(&[c1, c0, 3, 3], 1, 0.6, 0.0)?,
        k2: var(&[c2, c1, 3, 3], 2, 0.6, 0.0)?,
        k3: var(&[c2, c0, 1, 1], 3, 0.6, 0.0)?,
        a_in: var(&[c0], 4, 0.3, 1.0)?,
        d_in: var(&[c0], 5, 0.3, 0.0)?,
        a_mid: var(&[c1], 6, 0.3, 1.0)?,
        d_mid: var(&[c1], 7, 0.3, 0.0)?,
        b: var(&[c1], 8, 0.3, 0.0)?,
    })
}

fn spins(shape: (usize, usize, usize, usize), seed: u64) -> Result<Tensor> {
    let n = shape.0 * shape.1 * shape.2 * shape.3;
    let v: Vec<f64> = uniform(n, seed, 1.0).into_iter().map(|x| if x >= 0.0 { 1.0 } else { -1.0 }).collect();
    Tensor::from_vec(v, shape, &Device::Cpu)
}

fn scalar(t: &Tensor) -> f64 {
    t.to_scalar::<f64>().unwrap()
}

/// Largest relative disagreement between autograd and central differences of `loss` over every
/// coordinate of every variable in `vars`.
fn worst_gradient_error(vars: &[(&str, &Var)], loss: &dyn Fn() -> Result<Tensor>) -> Result<(f64, String)> {
    let grads = loss()?.backward()?;
    let mut worst = (0.0f64, String::new());
    for (name, v) in vars {
        // No gradient at all (a variable the loss does not reach through autograd) reads as zeros.
        let g: Vec<f64> = match grads.get(v) {
            Some(g) => g.flatten_all()?.to_vec1()?,
            None => vec![0.0; v.elem_count()],
        };
        let base: Vec<f64> = v.flatten_all()?.to_vec1()?;
        for i in 0..base.len() {
            let at = |d: f64| -> Result<f64> {
                let mut p = base.clone();
                p[i] += d;
                v.set(&Tensor::from_vec(p, v.shape(), &Device::Cpu)?)?;
                Ok(scalar(&loss()?))
            };
            let fd = (at(H)? - at(-H)?) / (2.0 * H);
            v.set(&Tensor::from_vec(base.clone(), v.shape(), &Device::Cpu)?)?;
            let err = (fd - g[i]).abs() / (fd.abs().max(g[i].abs()).max(1e-3));
            if err > worst.0 {
                worst = (err, format!("{name}[{i}]: autograd {} vs finite difference {fd}", g[i]));
            }
        }
    }
    Ok(worst)
}

#[test]
fn ste_is_sign_forward_and_tanh_prime_backward() -> Result<()> {
    let z = var(&[64], 11, 3.0, 0.0)?;
    let w = Tensor::from_vec(uniform(64, 12, 1.0), 64, &Device::Cpu)?;
    let y = ste(z.as_tensor())?;
    assert_eq!(y.to_vec1::<f64>()?, sign(z.as_tensor())?.to_vec1::<f64>()?);
    // d/dz Σ w ⊙ ste(z) must be w ⊙ tanh'(z), the derivative of the surrogate tanh: compare with
    // central differences of Σ w ⊙ tanh(z).
    let g: Vec<f64> = (y * &w)?.sum_all()?.backward()?.get(&z).unwrap().to_vec1()?;
    let (zs, ws): (Vec<f64>, Vec<f64>) = (z.to_vec1()?, w.to_vec1()?);
    for i in 0..64 {
        let fd = ws[i] * ((zs[i] + H).tanh() - (zs[i] - H).tanh()) / (2.0 * H);
        assert!((g[i] - fd).abs() < 1e-6, "ste gradient at z = {}: {} vs {fd}", zs[i], g[i]);
    }
    // The tie rule: sign(0) = +1.
    assert_eq!(sign(&Tensor::new(&[0.0f64, -0.0, 1e-300], &Device::Cpu)?)?.to_vec1::<f64>()?, [1.0, 1.0, 1.0]);
    Ok(())
}

/// The Bernoulli boundary: spins ±1 with `P(+1) = σ(2z)`, so their mean is `tanh z` (checked over
/// many seeded draws against the binomial standard error), and the same `tanh'` gradient as `ste`.
#[test]
fn bernoulli_ste_draws_p_bit_spins_with_the_tanh_prime_gradient() -> Result<()> {
    let zs: [f64; 6] = [-2.0, -0.7, -0.1, 0.0, 0.3, 1.2];
    let z = Var::from_tensor(&Tensor::new(&zs, &Device::Cpu)?)?;
    let draws = 20_000;
    let mut sums = [0.0f64; 6];
    for d in 0..draws {
        let y = Boundary::Bernoulli { seed: d }.apply(z.as_tensor(), 1)?;
        for (s, v) in sums.iter_mut().zip(y.to_vec1::<f64>()?) {
            assert!((v.abs() - 1.0).abs() < 1e-12, "a spin is ±1 (up to rounding), got {v}");
            *s += v.signum();
        }
    }
    for (s, &zi) in sums.iter().zip(&zs) {
        let (mean, want): (f64, f64) = (s / draws as f64, zi.tanh());
        let se = ((1.0 - want * want) / draws as f64).sqrt();
        assert!((mean - want).abs() < 4.5 * se, "mean spin at z = {zi}: {mean} vs tanh z = {want} (SE {se})");
    }
    // The same seed draws the same spins; another boundary site draws others.
    let a = Boundary::Bernoulli { seed: 5 }.apply(z.as_tensor(), 1)?.to_vec1::<f64>()?;
    assert_eq!(a, Boundary::Bernoulli { seed: 5 }.apply(z.as_tensor(), 1)?.to_vec1::<f64>()?);
    let r = Tensor::new(&[0.5f64; 6], &Device::Cpu)?;
    let g: Vec<f64> = ste_bernoulli(z.as_tensor(), &r)?.sum_all()?.backward()?.get(&z).unwrap().to_vec1()?;
    for (gi, &zi) in g.iter().zip(&zs) {
        let fd = ((zi + H).tanh() - (zi - H).tanh()) / (2.0 * H);
        assert!((gi - fd).abs() < 1e-6, "Bernoulli STE gradient at z = {zi}: {gi} vs {fd}");
    }
    Ok(())
}

#[test]
fn fixed_point_and_magnitude_gradients_match_finite_differences() -> Result<()> {
    let (c0, c1, c2, h, w) = (2, 3, 2, 4, 3);
    let bv = block(c0, c1, c2)?;
    let x = spins((2, c0, h, w), 21)?;
    let y_gibbs = spins((2, c2, h, w), 22)?;
    let loss = || -> Result<Tensor> {
        let pass = block_forward(&bv, &x)?;
        let fp = fixed_point(&bv, &pass, &y_gibbs, 0.6, 0.7)?;
        fp + (magnitude(&pass.z1, 1.5)? + magnitude(&pass.z2, 1.5)?)?
    };
    // The targets sign z1, sign z2 must not flip within ±H (they are constants of the loss).
    let pass = block_forward(&bv, &x)?;
    for z in [&pass.z1, &pass.z2] {
        let m = z.abs()?.flatten_all()?.min(0)?.to_scalar::<f64>()?;
        assert!(m > 1e-3, "a pre-activation too close to 0 for a finite-difference check: {m}");
    }
    let vars = [
        ("k1", &bv.k1),
        ("k2", &bv.k2),
        ("k3", &bv.k3),
        ("a_in", &bv.a_in),
        ("d_in", &bv.d_in),
        ("a_mid", &bv.a_mid),
        ("d_mid", &bv.d_mid),
        ("b", &bv.b),
    ];
    let (err, at) = worst_gradient_error(&vars, &loss)?;
    assert!(err < 1e-5, "worst relative gradient error {err} at {at}");

    // Planted bug: the same check on a fixed-point loss whose back-coupling K2ᵀ y_gibbs has lost
    // its gradient path through a_mid (a detached a_mid) must fail.
    let planted = || -> Result<Tensor> {
        let detached = BlockVars {
            k1: bv.k1.clone(),
            k2: bv.k2.clone(),
            k3: bv.k3.clone(),
            a_in: bv.a_in.clone(),
            d_in: bv.d_in.clone(),
            a_mid: Var::from_tensor(&bv.a_mid.as_tensor().detach())?,
            d_mid: bv.d_mid.clone(),
            b: bv.b.clone(),
        };
        let pass = block_forward(&bv, &x)?;
        fixed_point(&detached, &pass, &y_gibbs, 0.6, 0.7)
    };
    let (err, _) = worst_gradient_error(&[("a_mid", &bv.a_mid)], &planted)?;
    assert!(err > 1e-2, "a detached a_mid must be caught (worst error only {err})");
    Ok(())
}
