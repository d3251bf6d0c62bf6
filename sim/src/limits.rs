//! Size limits, checked before anything is allocated: what a grid side, a channel count, a kernel
//! and a block on its grid may be. Every entry point that takes sizes from a user (the CLI's
//! `--grid` and channel flags, random blocks, model files' shapes) checks them here, with
//! arithmetic that cannot wrap, so a huge size is an error naming the limit instead of a panic,
//! an abort on an impossible allocation, or a wrapped count.

/// Largest grid side H or W.
pub const MAX_GRID_SIDE: usize = 4096;
/// Largest channel count of a layer.
pub const MAX_CHANNELS: usize = 16_384;
/// Largest kernel side.
pub const MAX_KERNEL: usize = 63;
/// Most parameters of one block (`f32` each: 4 GiB).
pub const MAX_PARAMETERS: u64 = 1 << 30;
/// Most spins of one block on its grid, `(C0 + C1 + C2) · H · W`.
pub const MAX_SPINS: u64 = 1 << 31;

/// Largest safetensors header of a model file.
pub const MAX_MODEL_HEADER: u64 = 16 << 20;
/// Most tensor bytes of a model file.
pub const MAX_MODEL_DATA: u64 = 4 << 30;
/// Largest text file read whole (a grid's CSV, a bitstream manifest).
pub const MAX_TEXT_FILE: u64 = 16 << 20;

/// Reads `n` bytes from `r`, or fewer where it ends first; never more, whatever `r` is (a device
/// that never ends, a sparse file).
pub fn read_at_most(r: &mut impl std::io::Read, n: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::new();
    r.take(n).read_to_end(&mut out)?;
    Ok(out)
}

/// A text file of at most [`MAX_TEXT_FILE`] bytes; a larger one is an error saying so.
pub fn read_text(path: &std::path::Path) -> std::io::Result<String> {
    let bytes = read_at_most(&mut std::fs::File::open(path)?, MAX_TEXT_FILE + 1)?;
    if bytes.len() as u64 > MAX_TEXT_FILE {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("larger than the {} MiB a text file may be", MAX_TEXT_FILE >> 20),
        ));
    }
    String::from_utf8(bytes).map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"))
}

/// A grid `h x w` within [`MAX_GRID_SIDE`].
pub fn check_grid(h: usize, w: usize) -> Result<(), String> {
    if h == 0 || w == 0 || h > MAX_GRID_SIDE || w > MAX_GRID_SIDE {
        return Err(format!("grid {h}x{w}: each side must be 1 to {MAX_GRID_SIDE}"));
    }
    Ok(())
}

/// Channel counts and an odd kernel side `k` of a block within the limits, and its parameter count
/// (`C1·C0·k² + C2·C1·k² + C2·C0` plus the per-channel vectors) within [`MAX_PARAMETERS`].
pub fn check_shape(c0: usize, c1: usize, c2: usize, k: usize) -> Result<u64, String> {
    for (name, c) in [("C0", c0), ("C1", c1), ("C2", c2)] {
        if c == 0 || c > MAX_CHANNELS {
            return Err(format!("{name} = {c}: a channel count must be 1 to {MAX_CHANNELS}"));
        }
    }
    if k % 2 == 0 || k > MAX_KERNEL {
        let what = if k % 2 == 0 { "is even" } else { "is too large" };
        return Err(format!("kernel {k} {what}: the kernel side must be odd, 1 to {MAX_KERNEL}"));
    }
    let (c0, c1, c2, k) = (c0 as u64, c1 as u64, c2 as u64, k as u64);
    let params = c1 * c0 * k * k + c2 * c1 * k * k + c2 * c0 + 2 * c0 + 3 * c1;
    if params > MAX_PARAMETERS {
        return Err(format!(
            "C0, C1, C2 = {c0}, {c1}, {c2} with {k}x{k} kernels: {params} parameters, more than the {MAX_PARAMETERS} \
             a block may hold"
        ));
    }
    Ok(params)
}

/// A block of `c0/c1/c2` channels on an `h x w` grid: the grid within its limits and the block's
/// spins within [`MAX_SPINS`].
pub fn check_block_on_grid(c0: usize, c1: usize, c2: usize, h: usize, w: usize) -> Result<(), String> {
    check_grid(h, w)?;
    let spins = (c0 as u64 + c1 as u64 + c2 as u64) * h as u64 * w as u64;
    if spins > MAX_SPINS {
        return Err(format!(
            "C0 + C1 + C2 = {} channels on a {h}x{w} grid: {spins} spins, more than the {MAX_SPINS} a block may have",
            c0 + c1 + c2
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_past_the_limits_are_named() {
        assert!(check_grid(14, 14).is_ok());
        assert!(check_grid(4_294_967_296, 1).unwrap_err().contains("1 to 4096"));
        assert!(check_grid(0, 3).is_err());
        assert_eq!(check_shape(32, 64, 64, 3), Ok(32 * 64 * 9 + 64 * 64 * 9 + 64 * 32 + 64 + 192));
        assert!(check_shape(100_000, 4, 2, 3).unwrap_err().contains("C0 = 100000"));
        assert!(check_shape(2, 4, 2, 4_294_967_295).unwrap_err().contains("odd, 1 to 63"));
        assert!(check_shape(16_384, 16_384, 16_384, 3).unwrap_err().contains("parameters"));
        assert!(check_block_on_grid(64, 64, 64, 4096, 4096).unwrap_err().contains("spins"));
        assert!(check_block_on_grid(32, 64, 64, 14, 14).is_ok());
    }
}
