//! Same-padded, stride-1 convolution and its adjoint on channel-last maps.
//!
//! This is the only coupling arithmetic of the reference sampler and the feed-forward network:
//! `forward` is PyTorch's `conv2d` (cross-correlation, zero padding), `adjoint` its transpose
//! (`conv_transpose2d` with the same padding). Maps are stored channel-last, `[H*W][C]`, so the
//! innermost loop runs over contiguous channels and vectorises; kernels are stored once and shared
//! over positions, as on the chip.

use crate::block::Kernel;

/// A kernel laid out for channel-last convolution, in both directions.
#[derive(Clone, Debug)]
pub struct ConvPlan {
    pub out_ch: usize,
    pub in_ch: usize,
    kh: usize,
    kw: usize,
    /// `[tap][in][out]`: row `(tap, i)` is what input channel `i` adds to every output channel.
    fwd: Vec<f32>,
    /// `[tap][out][in]`: row `(tap, o)` is what output channel `o` adds back to every input channel.
    adj: Vec<f32>,
}

impl ConvPlan {
    /// Lays out `k`, scaling input channel `i` by `in_scale[i]` (how `A_mid`'s `a_mid` is folded in).
    pub fn new(k: &Kernel, in_scale: Option<&[f32]>) -> Self {
        let (co, ci, taps) = (k.out_ch, k.in_ch, k.kh * k.kw);
        let mut fwd = vec![0.0; taps * ci * co];
        let mut adj = vec![0.0; taps * co * ci];
        for o in 0..co {
            for i in 0..ci {
                let scale = in_scale.map_or(1.0, |s| s[i]);
                for t in 0..taps {
                    let v = k.at(o, i, t / k.kw, t % k.kw) * scale;
                    fwd[(t * ci + i) * co + o] = v;
                    adj[(t * co + o) * ci + i] = v;
                }
            }
        }
        Self { out_ch: co, in_ch: ci, kh: k.kh, kw: k.kw, fwd, adj }
    }

    /// `out[p][o] += sum_{tap,i} K[o,i,tap] * input[p + offset(tap)][i]` over in-grid neighbours.
    pub fn forward_add(&self, h: usize, w: usize, input: &[f32], out: &mut [f32]) {
        debug_assert_eq!(input.len(), h * w * self.in_ch);
        debug_assert_eq!(out.len(), h * w * self.out_ch);
        let g = Geometry { kh: self.kh, kw: self.kw, h, w, cs: self.in_ch, cd: self.out_ch, dir: 1 };
        correlate(g, input, out, &self.fwd);
    }

    /// The adjoint: `out[q][i] += sum_{tap,o} K[o,i,tap] * input[q - offset(tap)][o]`.
    pub fn adjoint_add(&self, h: usize, w: usize, input: &[f32], out: &mut [f32]) {
        debug_assert_eq!(input.len(), h * w * self.out_ch);
        debug_assert_eq!(out.len(), h * w * self.in_ch);
        let g = Geometry { kh: self.kh, kw: self.kw, h, w, cs: self.out_ch, cd: self.in_ch, dir: -1 };
        correlate(g, input, out, &self.adj);
    }
}

impl ConvPlan {
    /// [`Self::forward_add`] for an input that changed only at `flips` (channel-last indices
    /// `q · C_in + c`), each from `−input[j]` to `input[j] = ±1`: adds `2 · input[j] · K[o, c, tap]`
    /// to `out[q − offset(tap)][o]` for every in-grid tap.
    ///
    /// The adds happen in another order than a full [`Self::forward_add`], so the results are the
    /// same only where `f32` is exact (integer values below 2^24: the chip model's sums).
    pub fn forward_flips(&self, h: usize, w: usize, flips: &[usize], input: &[f32], out: &mut [f32]) {
        debug_assert_eq!(out.len(), h * w * self.out_ch);
        let g = Geometry { kh: self.kh, kw: self.kw, h, w, cs: self.in_ch, cd: self.out_ch, dir: 1 };
        scatter_flips(g, &self.fwd, flips, input, out);
    }

    /// [`Self::adjoint_add`] for an input that changed only at `flips`, as above: adds
    /// `2 · input[j] · K[c, i, tap]` to `out[p + offset(tap)][i]` (exact as above).
    pub fn adjoint_flips(&self, h: usize, w: usize, flips: &[usize], input: &[f32], out: &mut [f32]) {
        debug_assert_eq!(out.len(), h * w * self.in_ch);
        let g = Geometry { kh: self.kh, kw: self.kw, h, w, cs: self.out_ch, cd: self.in_ch, dir: -1 };
        scatter_flips(g, &self.adj, flips, input, out);
    }
}

/// The transpose of [`correlate`]'s access for changed sources: source `(q, c)` feeds destination
/// `q − dir · offset(tap)` through `rows[tap][c][..]`. Compiled like `correlate`, so a flip's
/// channel rows are added at the vector unit's width.
#[multiversion::multiversion(targets("x86_64+avx512f+avx512vl", "x86_64+avx2+fma", "x86_64+avx"))]
fn scatter_flips(g: Geometry, rows: &[f32], flips: &[usize], src: &[f32], dst: &mut [f32]) {
    let Geometry { kh, kw, h, w, cs, cd, dir } = g;
    let (ry, rx) = ((kh / 2) as isize, (kw / 2) as isize);
    for &j in flips {
        let (q, c) = (j / cs, j % cs);
        let delta = 2.0 * src[j];
        let (y, x) = ((q / w) as isize, (q % w) as isize);
        for ty in 0..kh {
            let yy = y - dir * (ty as isize - ry);
            if !(0..h as isize).contains(&yy) {
                continue;
            }
            for tx in 0..kw {
                let xx = x - dir * (tx as isize - rx);
                if !(0..w as isize).contains(&xx) {
                    continue;
                }
                let weights = &rows[((ty * kw + tx) * cs + c) * cd..][..cd];
                let out = &mut dst[(yy as usize * w + xx as usize) * cd..][..cd];
                for (o, &k) in out.iter_mut().zip(weights) {
                    *o += delta * k;
                }
            }
        }
    }
}

/// What [`correlate`] needs of a kernel and a map.
#[derive(Clone, Copy)]
struct Geometry {
    kh: usize,
    kw: usize,
    h: usize,
    w: usize,
    /// Source and destination channels.
    cs: usize,
    cd: usize,
    /// `1`: neighbours at `p + offset` (forward); `-1`: at `p - offset` (adjoint).
    dir: isize,
}

/// The loop behind both directions: for every destination position and tap, add
/// `src[neighbour][c] * rows[tap][c]`; `dir = 1` reads neighbours at `p + offset`, `dir = -1` at
/// `p - offset` (the transpose), destination channels a block of [`lanes`] at a time.
///
/// Every destination value is one fixed sequence of `f32` operations: per channel, a local sum
/// from zero over the in-grid taps in order and, within a tap, over source channels in order, then
/// one add to `dst`. Vector width only decides how many channels run side by side, and Rust never
/// fuses a multiply and an add on its own, so the versions compiled for wider vector units (chosen
/// at run time by `multiversion`) give bit-identical results; `summation_order_is_fixed` checks it.
#[multiversion::multiversion(targets("x86_64+avx512f+avx512vl", "x86_64+avx2+fma", "x86_64+avx"))]
fn correlate(g: Geometry, src: &[f32], dst: &mut [f32], rows: &[f32]) {
    let Geometry { kh, kw, h, w, cs, cd, dir } = g;
    let (ry, rx) = ((kh / 2) as isize, (kw / 2) as isize);
    let mut taps: Vec<(usize, usize)> = Vec::with_capacity(kh * kw);
    for y in 0..h {
        for x in 0..w {
            // (source position, tap) pairs of this destination that fall inside the grid.
            taps.clear();
            for ty in 0..kh {
                let yy = y as isize + dir * (ty as isize - ry);
                for tx in 0..kw {
                    let xx = x as isize + dir * (tx as isize - rx);
                    if (0..h as isize).contains(&yy) && (0..w as isize).contains(&xx) {
                        taps.push((yy as usize * w + xx as usize, ty * kw + tx));
                    }
                }
            }
            let acc = &mut dst[(y * w + x) * cd..][..cd];
            let mut c0 = 0;
            while c0 < cd {
                c0 += match cd - c0 {
                    n if n >= 64 => lanes::<64>(&taps, src, rows, cs, cd, c0, acc),
                    n if n >= 32 => lanes::<32>(&taps, src, rows, cs, cd, c0, acc),
                    n if n >= 8 => lanes::<8>(&taps, src, rows, cs, cd, c0, acc),
                    _ => lanes::<1>(&taps, src, rows, cs, cd, c0, acc),
                };
            }
        }
    }
}

/// Destination channels `c0..c0 + N` of one position: `N` independent sums held in registers
/// (wide enough that the adds of consecutive source channels do not wait on each other), each
/// weight loaded once, the accumulator stored once. Returns `N`.
#[inline(always)]
fn lanes<const N: usize>(
    taps: &[(usize, usize)],
    src: &[f32],
    rows: &[f32],
    cs: usize,
    cd: usize,
    c0: usize,
    acc: &mut [f32],
) -> usize {
    let mut local = [0.0f32; N];
    for &(p, t) in taps {
        let s = &src[p * cs..][..cs];
        let tap_rows = &rows[t * cs * cd..][..cs * cd];
        for (i, &v) in s.iter().enumerate() {
            let row: &[f32; N] = tap_rows[i * cd + c0..][..N].try_into().expect("N wide");
            for l in 0..N {
                local[l] += v * row[l];
            }
        }
    }
    for (a, l) in acc[c0..c0 + N].iter_mut().zip(&local) {
        *a += l;
    }
    N
}

/// `[C][H*W]` (channel-major) to `[H*W][C]` (channel-last).
pub fn to_channel_last<T: Copy>(c: usize, hw: usize, src: &[T]) -> Vec<T> {
    (0..hw * c).map(|j| src[(j % c) * hw + j / c]).collect()
}

/// `[H*W][C]` (channel-last) to `[C][H*W]` (channel-major).
pub fn to_channel_major<T: Copy>(c: usize, hw: usize, src: &[T]) -> Vec<T> {
    (0..c * hw).map(|j| src[(j % hw) * c + j / hw]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::{Rng, chain_rng};

    /// PyTorch's conv2d written straight from its definition, channel-major, no shared code.
    fn conv2d_definition(k: &Kernel, h: usize, w: usize, x: &[f32]) -> Vec<f32> {
        let mut out = vec![0.0f32; k.out_ch * h * w];
        let (ry, rx) = (k.kh as isize / 2, k.kw as isize / 2);
        for o in 0..k.out_ch {
            for y in 0..h as isize {
                for xx in 0..w as isize {
                    let mut s = 0.0;
                    for i in 0..k.in_ch {
                        for ty in 0..k.kh as isize {
                            for tx in 0..k.kw as isize {
                                let (iy, ix) = (y + ty - ry, xx + tx - rx);
                                if iy >= 0 && iy < h as isize && ix >= 0 && ix < w as isize {
                                    s += k.at(o, i, ty as usize, tx as usize)
                                        * x[(i * h + iy as usize) * w + ix as usize];
                                }
                            }
                        }
                    }
                    out[(o * h + y as usize) * w + xx as usize] = s;
                }
            }
        }
        out
    }

    fn random_vec(rng: &mut crate::random::ChainRng, n: usize) -> Vec<f32> {
        (0..n).map(|_| (rng.next_u32() % 2001) as f32 / 1000.0 - 1.0).collect()
    }

    #[test]
    fn hand_computed_example() {
        // One channel, 3x3 kernel with a single 1 at the top-left tap: out[y][x] = in[y-1][x-1].
        let mut kw = vec![0.0; 9];
        kw[0] = 1.0;
        let k = Kernel::new([1, 1, 3, 3], kw).unwrap();
        let plan = ConvPlan::new(&k, None);
        let input = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
        let mut out = vec![0.0; 6];
        plan.forward_add(2, 3, &input, &mut out);
        assert_eq!(out, vec![0.0, 0.0, 0.0, 0.0, 1.0, 2.0]);
        // The adjoint moves the other way: out[y][x] = in[y+1][x+1].
        let mut back = vec![0.0; 6];
        plan.adjoint_add(2, 3, &input, &mut back);
        assert_eq!(back, vec![5.0, 6.0, 0.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn a_scattered_change_equals_recomputing_on_integers() {
        // Integer kernels and ±1 inputs (the chip model's case): exact in f32 in any order.
        let mut rng = chain_rng(3, 0);
        let mut int = |n: usize| -> Vec<f32> { (0..n).map(|_| (rng.next_u32() % 255) as f32 - 127.0).collect() };
        for &(co, ci, kh, kw, h, w) in &[(3, 2, 3, 3, 4, 5), (2, 4, 1, 1, 3, 3), (4, 3, 5, 3, 6, 2), (1, 1, 3, 3, 1, 1)]
        {
            let k = Kernel::new([co, ci, kh, kw], int(co * ci * kh * kw)).unwrap();
            let plan = ConvPlan::new(&k, None);
            for (dir, (n_in, n_out)) in [(0, (ci, co)), (1, (co, ci))] {
                let x: Vec<f32> = int(n_in * h * w).iter().map(|v| if *v >= 0.0 { 1.0 } else { -1.0 }).collect();
                let run = |x: &[f32]| {
                    let mut out = vec![0.0; n_out * h * w];
                    if dir == 0 {
                        plan.forward_add(h, w, x, &mut out)
                    } else {
                        plan.adjoint_add(h, w, x, &mut out)
                    }
                    out
                };
                let mut out = run(&x);
                let mut x2 = x.clone();
                // Flip every input in turn (corners and borders included), scattering each change,
                // then a random half of them at once.
                let scatter = |flips: &[usize], x: &[f32], out: &mut Vec<f32>| {
                    if dir == 0 {
                        plan.forward_flips(h, w, flips, x, out)
                    } else {
                        plan.adjoint_flips(h, w, flips, x, out)
                    }
                };
                for j in 0..x.len() {
                    x2[j] = -x2[j];
                    scatter(&[j], &x2, &mut out);
                    assert_eq!(
                        out,
                        run(&x2),
                        "{} after flipping input {j} of {co}x{ci}x{kh}x{kw} on {h}x{w}",
                        ["forward", "adjoint"][dir]
                    );
                }
                let half: Vec<usize> = (0..x.len()).filter(|&j| (j * 7 + 3) % 5 < 2).collect();
                half.iter().for_each(|&j| x2[j] = -x2[j]);
                scatter(&half, &x2, &mut out);
                assert_eq!(
                    out,
                    run(&x2),
                    "{} after flipping {} inputs at once",
                    ["forward", "adjoint"][dir],
                    half.len()
                );
            }
        }
    }

    #[test]
    fn forward_matches_definition_and_adjoint_is_transpose() {
        let mut rng = chain_rng(1, 0);
        for &(co, ci, kh, kw, h, w) in &[(3, 2, 3, 3, 4, 5), (2, 4, 1, 1, 3, 3), (4, 3, 5, 3, 6, 2), (1, 1, 3, 3, 1, 1)]
        {
            let k = Kernel::new([co, ci, kh, kw], random_vec(&mut rng, co * ci * kh * kw)).unwrap();
            let scale = random_vec(&mut rng, ci);
            let plan = ConvPlan::new(&k, Some(&scale));
            let x = random_vec(&mut rng, ci * h * w);
            let scaled: Vec<f32> = (0..ci * h * w).map(|j| x[j] * scale[j / (h * w)]).collect();
            let want = conv2d_definition(&k, h, w, &scaled);
            let mut got = vec![0.0; co * h * w];
            plan.forward_add(h, w, &to_channel_last(ci, h * w, &x), &mut got);
            let got = to_channel_major(co, h * w, &got);
            for (a, b) in got.iter().zip(&want) {
                assert!((a - b).abs() < 1e-5, "forward {a} vs definition {b}");
            }
            // <K x, y> = <x, K^T y> for random x, y: the adjoint is the transpose.
            let yv = random_vec(&mut rng, co * h * w);
            let mut kt_y = vec![0.0; ci * h * w];
            plan.adjoint_add(h, w, &yv, &mut kt_y);
            let mut kx = vec![0.0; co * h * w];
            let xl = to_channel_last(ci, h * w, &x);
            plan.forward_add(h, w, &xl, &mut kx);
            let lhs: f64 = kx.iter().zip(&yv).map(|(a, b)| (*a as f64) * (*b as f64)).sum();
            let rhs: f64 = xl.iter().zip(&kt_y).map(|(a, b)| (*a as f64) * (*b as f64)).sum();
            assert!((lhs - rhs).abs() < 1e-4 * (1.0 + lhs.abs()), "<Kx,y>={lhs} <x,K^T y>={rhs}");
        }
    }

    /// The order [`correlate`] promises, one scalar at a time: per destination channel, a sum from
    /// zero over in-grid taps (row-major) and, within a tap, over source channels, then one add.
    /// Results must match to the bit whatever vector unit the dispatched version uses.
    fn correlate_in_order(k: &Kernel, h: usize, w: usize, x: &[f32], out: &mut [f32], adjoint: bool) {
        let (ry, rx) = (k.kh as isize / 2, k.kw as isize / 2);
        let (cs, cd) = if adjoint { (k.out_ch, k.in_ch) } else { (k.in_ch, k.out_ch) };
        let dir = if adjoint { -1 } else { 1 };
        for y in 0..h as isize {
            for xx in 0..w as isize {
                for d in 0..cd {
                    let mut local = 0.0f32;
                    for ty in 0..k.kh {
                        for tx in 0..k.kw {
                            let (sy, sx) = (y + dir * (ty as isize - ry), xx + dir * (tx as isize - rx));
                            if !(0..h as isize).contains(&sy) || !(0..w as isize).contains(&sx) {
                                continue;
                            }
                            for c in 0..cs {
                                let (o, i) = if adjoint { (c, d) } else { (d, c) };
                                local += x[(sy as usize * w + sx as usize) * cs + c] * k.at(o, i, ty, tx);
                            }
                        }
                    }
                    out[(y as usize * w + xx as usize) * cd + d] += local;
                }
            }
        }
    }

    #[test]
    fn summation_order_is_fixed() {
        let mut rng = chain_rng(2, 0);
        // Channel counts that use every block width of `lanes` (64, 32, 8, 1) and mixes of them.
        for &(co, ci, kh, kw, h, w) in
            &[(40, 3, 3, 3, 5, 4), (96, 64, 3, 3, 4, 4), (7, 33, 5, 3, 3, 5), (128, 75, 1, 1, 2, 3)]
        {
            let k = Kernel::new([co, ci, kh, kw], random_vec(&mut rng, co * ci * kh * kw)).unwrap();
            let plan = ConvPlan::new(&k, None);
            for adjoint in [false, true] {
                let (cs, cd) = if adjoint { (co, ci) } else { (ci, co) };
                let x = random_vec(&mut rng, cs * h * w);
                let start = random_vec(&mut rng, cd * h * w);
                let (mut got, mut want) = (start.clone(), start);
                if adjoint {
                    plan.adjoint_add(h, w, &x, &mut got);
                } else {
                    plan.forward_add(h, w, &x, &mut got);
                }
                correlate_in_order(&k, h, w, &x, &mut want, adjoint);
                if let Some(j) = (0..got.len()).find(|&j| got[j].to_bits() != want[j].to_bits()) {
                    panic!(
                        "{co}x{ci}x{kh}x{kw} on {h}x{w}, adjoint {adjoint}: element {j} is {} but the fixed order gives {}",
                        got[j], want[j]
                    );
                }
            }
        }
    }

    #[test]
    fn layout_round_trip() {
        let v: Vec<u32> = (0..24).collect();
        let cl = to_channel_last(4, 6, &v);
        assert_eq!(cl[1], 6); // position 0, channel 1
        assert_eq!(to_channel_major(4, 6, &cl), v);
    }
}
