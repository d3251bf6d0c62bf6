//! NumPy `.npy` files (format versions 1.0-3.0) for binary spin maps.
//!
//! Only what block I/O needs: reading and writing C-ordered `int8` arrays. Every malformed file
//! gets an [`NpyError`] that says what was expected; nothing here indexes past a length it has not
//! checked.

use std::fmt;
use std::path::Path;

use thermoblock_contract::spins::{Spins, SpinsError};

const MAGIC: &[u8] = b"\x93NUMPY";

/// A C-ordered `int8` array read from a `.npy` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NpyI8 {
    pub shape: Vec<usize>,
    pub data: Vec<i8>,
}

#[derive(Debug)]
pub enum NpyError {
    Io(std::io::Error),
    Format(String),
    DType(String),
    Shape { expected: String, found: Vec<usize> },
    Spins(SpinsError),
}

impl fmt::Display for NpyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(e) => write!(f, "{e}"),
            Self::Format(m) => write!(f, "not a valid .npy file: {m}"),
            Self::DType(d) => write!(
                f,
                "array has dtype '{d}', expected int8 ('|i1'); convert with `np.save(path, x.astype(np.int8))`"
            ),
            Self::Shape { expected, found } => write!(f, "array has shape {found:?}, expected {expected}"),
            Self::Spins(e) => write!(f, "array {e}"),
        }
    }
}

impl std::error::Error for NpyError {}

impl From<std::io::Error> for NpyError {
    fn from(e: std::io::Error) -> Self {
        Self::Io(e)
    }
}

/// Parses the bytes of an `int8` `.npy` file.
pub fn parse_i8(bytes: &[u8]) -> Result<NpyI8, NpyError> {
    let fmt_err = |m: &str| NpyError::Format(m.to_string());
    if bytes.len() < 10 || &bytes[..6] != MAGIC {
        return Err(fmt_err("missing the \\x93NUMPY magic string"));
    }
    let (header_len, header_start) = match bytes[6] {
        1 => (u16::from_le_bytes([bytes[8], bytes[9]]) as usize, 10usize),
        2 | 3 => {
            if bytes.len() < 12 {
                return Err(fmt_err("truncated header length"));
            }
            (u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize, 12)
        }
        v => return Err(NpyError::Format(format!("unsupported format version {v}"))),
    };
    let data_start = header_start
        .checked_add(header_len)
        .filter(|&end| end <= bytes.len())
        .ok_or_else(|| fmt_err("header runs past the end of the file"))?;
    let header = std::str::from_utf8(&bytes[header_start..data_start]).map_err(|_| fmt_err("header is not text"))?;
    let descr = dict_value(header, "descr").ok_or_else(|| fmt_err("header has no 'descr'"))?;
    let descr = descr.trim_matches(|c| c == '\'' || c == '"');
    if !matches!(descr, "|i1" | "i1" | "<i1" | ">i1") {
        return Err(NpyError::DType(descr.to_string()));
    }
    match dict_value(header, "fortran_order") {
        Some("False") => {}
        Some("True") => return Err(fmt_err("array is Fortran-ordered; save it with np.ascontiguousarray")),
        _ => return Err(fmt_err("header has no valid 'fortran_order'")),
    }
    let shape = parse_shape(header).ok_or_else(|| fmt_err("header has no valid 'shape' tuple"))?;
    let count =
        shape.iter().try_fold(1usize, |acc, &d| acc.checked_mul(d)).ok_or_else(|| fmt_err("shape overflows"))?;
    let payload = &bytes[data_start..];
    if payload.len() != count {
        return Err(NpyError::Format(format!(
            "shape {shape:?} needs {count} bytes of data, the file has {}",
            payload.len()
        )));
    }
    Ok(NpyI8 { shape, data: payload.iter().map(|&b| b as i8).collect() })
}

/// Reads a `[C, H, W]` int8 array of ±1 spins.
pub fn read_spins(path: &Path) -> Result<Spins, NpyError> {
    let arr = parse_i8(&read_bounded(path)?)?;
    let [c, h, w] = arr.shape[..] else {
        return Err(NpyError::Shape { expected: "[C, H, W] (3 dimensions)".into(), found: arr.shape });
    };
    Spins::new(c, h, w, arr.data).map_err(NpyError::Spins)
}

/// The bytes of a `.npy` file, reading only what its header promises (and one byte more, so that
/// trailing data is still reported): a device that never ends is refused after its first bytes, an
/// array of more than [`crate::limits::MAX_SPINS`] values before its data is read.
fn read_bounded(path: &Path) -> Result<Vec<u8>, NpyError> {
    use crate::limits::{MAX_SPINS, read_at_most};
    let mut file = std::fs::File::open(path)?;
    let mut bytes = read_at_most(&mut file, 10)?;
    if bytes.len() < 10 || bytes[..6] != *MAGIC {
        return Err(NpyError::Format("missing the \\x93NUMPY magic string".into()));
    }
    let header_len = match bytes[6] {
        1 => u16::from_le_bytes([bytes[8], bytes[9]]) as u64,
        _ => {
            bytes.extend(read_at_most(&mut file, 2)?);
            match bytes[8..] {
                [a, b, c, d] => u32::from_le_bytes([a, b, c, d]) as u64,
                _ => return Err(NpyError::Format("truncated header length".into())),
            }
        }
    };
    bytes.extend(read_at_most(&mut file, header_len)?);
    let header = String::from_utf8_lossy(&bytes[bytes.len() - header_len as usize..]).into_owned();
    let count = parse_shape(&header)
        .and_then(|shape| shape.iter().try_fold(1u64, |acc, &d| acc.checked_mul(d as u64)))
        .unwrap_or(0);
    if count > MAX_SPINS {
        return Err(NpyError::Format(format!("its shape holds {count} values, more than the {MAX_SPINS} allowed")));
    }
    bytes.extend(read_at_most(&mut file, count + 1)?);
    Ok(bytes)
}

/// Encodes a C-ordered `int8` array as a version 1.0 `.npy` file.
pub fn encode_i8(shape: &[usize], data: &[i8]) -> Vec<u8> {
    let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    let tuple = if dims.len() == 1 { format!("({},)", dims[0]) } else { format!("({})", dims.join(", ")) };
    let mut header = format!("{{'descr': '|i1', 'fortran_order': False, 'shape': {tuple}, }}");
    // Pad so that the data starts on a 64-byte boundary, ending the header with '\n' as NumPy does.
    let unpadded = MAGIC.len() + 4 + header.len() + 1;
    header.push_str(&" ".repeat((64 - unpadded % 64) % 64));
    header.push('\n');
    let mut out = Vec::with_capacity(MAGIC.len() + 4 + header.len() + data.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&[1, 0]);
    out.extend_from_slice(&(header.len() as u16).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend(data.iter().map(|&v| v as u8));
    out
}

/// Writes a spin map as a `[C, H, W]` int8 `.npy` file.
pub fn write_spins(path: &Path, spins: &Spins) -> std::io::Result<()> {
    std::fs::write(path, encode_i8(&spins.shape(), &spins.data))
}

/// The raw text after `'key':` up to the next top-level comma or closing brace.
fn dict_value<'a>(header: &'a str, key: &str) -> Option<&'a str> {
    let pat = format!("'{key}':");
    let start = header.find(&pat)? + pat.len();
    let rest = header[start..].trim_start();
    let end = if rest.starts_with('(') { rest.find(')')? + 1 } else { rest.find([',', '}']).unwrap_or(rest.len()) };
    Some(rest[..end].trim())
}

fn parse_shape(header: &str) -> Option<Vec<usize>> {
    let tuple = dict_value(header, "shape")?;
    let inner = tuple.strip_prefix('(')?.strip_suffix(')')?;
    inner.split(',').map(str::trim).filter(|s| !s.is_empty()).map(|s| s.trim_end_matches('L').parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes of `np.save(f, np.array([[[1,-1],[-1,1]]], dtype=np.int8))` as NumPy 1.x writes them.
    fn numpy_written() -> Vec<u8> {
        let mut v = b"\x93NUMPY\x01\x00v\x00".to_vec();
        let header = "{'descr': '|i1', 'fortran_order': False, 'shape': (1, 2, 2), }";
        let mut h = header.to_string();
        h.push_str(&" ".repeat(118 - header.len() - 1));
        h.push('\n');
        v.extend_from_slice(h.as_bytes());
        v.extend_from_slice(&[1, 0xff, 0xff, 1]);
        v
    }

    #[test]
    fn reads_numpy_layout() {
        let arr = parse_i8(&numpy_written()).unwrap();
        assert_eq!(arr.shape, vec![1, 2, 2]);
        assert_eq!(arr.data, vec![1, -1, -1, 1]);
    }

    #[test]
    fn round_trips() {
        let bytes = encode_i8(&[2, 1, 3], &[1, -1, 1, -1, -1, 1]);
        assert_eq!(bytes.len() % 64, 6, "data must start on a 64-byte boundary");
        let arr = parse_i8(&bytes).unwrap();
        assert_eq!(arr.shape, vec![2, 1, 3]);
        assert_eq!(arr.data, vec![1, -1, 1, -1, -1, 1]);
        assert_eq!(parse_i8(&encode_i8(&[3], &[1, 1, -1])).unwrap().shape, vec![3]);
    }

    #[test]
    fn rejects_wrong_dtype_and_truncation() {
        let mut f32_file = numpy_written();
        let pos = f32_file.windows(3).position(|w| w == b"|i1").unwrap();
        f32_file[pos..pos + 3].copy_from_slice(b"<f4");
        assert!(matches!(parse_i8(&f32_file), Err(NpyError::DType(d)) if d == "<f4"));
        let full = numpy_written();
        for cut in 0..full.len() {
            assert!(parse_i8(&full[..cut]).is_err(), "truncated at {cut} accepted");
        }
    }
}
