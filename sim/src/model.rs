//! `thermoblock-v1` model files: safetensors with `f32` tensors and metadata
//! `format = thermoblock-v1` (docs/ARCHITECTURE.md, "Model files", is the normative list).
//!
//! Block `i` is the tensor group `blocks.{i}.` (`k1 k2 k3 a_in d_in a_mid d_mid b`, see
//! [`crate::block`]); a whole network adds `encoder.weight [C0, C_img, k, k]`, `encoder.bias [C0]`,
//! `decoder.weight [classes, C_last]` and `decoder.bias [classes]` (the encoder's stride is the
//! metadata key `encoder_stride`, 1 to 4, default 1), and block `i`'s output feeds block `i+1`.
//! Loading checks everything and names the tensor at fault; it never panics, whatever the bytes
//! (see the corruption property test in `tests/model_files.rs`). Saving is atomic.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use safetensors::tensor::{Dtype, SafeTensors, TensorView};

use crate::block::{Block, Kernel};

/// The value of the `format` metadata key this crate reads and writes.
pub const FORMAT: &str = "thermoblock-v1";

/// Names of a block's tensors, in the order [`Block::tensors`] lists them.
pub const BLOCK_TENSORS: [&str; 8] = ["k1", "k2", "k3", "a_in", "d_in", "a_mid", "d_mid", "b"];

/// The metadata key that holds the encoder's stride (decimal, [`ENCODER_STRIDES`], default 1).
pub const ENCODER_STRIDE_KEY: &str = "encoder_stride";

/// The strides an encoder may have.
pub const ENCODER_STRIDES: std::ops::RangeInclusive<usize> = 1..=4;

/// The classical input stage: `conv(encoder.weight, stride) + encoder.bias` on the image scaled to
/// `[0, 1]`, then sign (see [`crate::network`] for the exact definition).
#[derive(Clone, Debug, PartialEq)]
pub struct Encoder {
    /// `[C0 of block 0, C_img, kh, kw]`, odd sizes; zero padding `kh/2`, `kw/2`.
    pub weight: Kernel,
    pub bias: Vec<f32>,
    /// Stride of the convolution, in [`ENCODER_STRIDES`]; stored as the metadata key
    /// [`ENCODER_STRIDE_KEY`]. An `H x W` image gives a `((H-1)/s + 1) x ((W-1)/s + 1)` grid.
    pub stride: usize,
}

/// The classical read-out: global average pool, then `decoder.weight · pooled + decoder.bias`.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoder {
    pub classes: usize,
    pub channels: usize,
    /// `[classes, channels]`, row-major.
    pub weight: Vec<f32>,
    pub bias: Vec<f32>,
}

/// A loaded model: one or more blocks, optionally with the encoder and decoder of a whole network.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub blocks: Vec<Block>,
    pub encoder: Option<Encoder>,
    pub decoder: Option<Decoder>,
    /// Metadata other than `format` and `encoder_stride` (which is [`Encoder::stride`]), for example
    /// `grid = "14x14"`, used by `thermoblock info` and checked by `thermoblock eval`.
    pub metadata: BTreeMap<String, String>,
}

/// What is wrong with one tensor.
#[derive(Clone, Debug, PartialEq)]
pub enum TensorProblem {
    Missing,
    Unexpected,
    DType(String),
    Shape(String),
    NonFinite { index: usize, value: f32 },
}

#[derive(Debug)]
pub enum ModelError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Not parseable as safetensors (bad header, truncated data, overlapping offsets, ...).
    Malformed(String),
    /// The `format` metadata is missing or names another format.
    Format {
        found: Option<String>,
    },
    Tensor {
        tensor: String,
        problem: TensorProblem,
    },
    NoBlocks,
    BlockIndex {
        index: usize,
        blocks: usize,
    },
    /// A metadata value this crate interprets is invalid (`encoder_stride`).
    Metadata {
        key: String,
        problem: String,
    },
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, source } => write!(f, "cannot read model file {}: {source}", path.display()),
            Self::Malformed(m) => write!(f, "not a valid safetensors file: {m}"),
            Self::Format { found: None } => {
                write!(
                    f,
                    "metadata has no `format` key; expected format = {FORMAT} (is this a thermoblock model file?)"
                )
            }
            Self::Format { found: Some(v) } => {
                write!(f, "metadata says format = {v:?}; this version reads only {FORMAT}")
            }
            Self::Tensor { tensor, problem } => match problem {
                TensorProblem::Missing => write!(f, "tensor `{tensor}` is missing"),
                TensorProblem::Unexpected => write!(
                    f,
                    "tensor `{tensor}` is not part of {FORMAT} (expected blocks.N.{{{}}}, encoder.*, decoder.*)",
                    BLOCK_TENSORS.join(",")
                ),
                TensorProblem::DType(d) => write!(f, "tensor `{tensor}` has dtype {d}; {FORMAT} stores F32"),
                TensorProblem::Shape(m) => write!(f, "tensor `{tensor}`: {m}"),
                TensorProblem::NonFinite { index, value } => {
                    write!(f, "tensor `{tensor}` holds the non-finite value {value} at flat index {index}")
                }
            },
            Self::NoBlocks => write!(f, "the file holds no blocks (expected tensors named blocks.0.k1, ...)"),
            Self::BlockIndex { index, blocks } => {
                write!(f, "block {index} does not exist: the model has {blocks} block(s), numbered from 0")
            }
            Self::Metadata { key, problem } => write!(f, "metadata `{key}`: {problem}"),
        }
    }
}

impl std::error::Error for ModelError {}

fn tensor_err(tensor: impl Into<String>, problem: TensorProblem) -> ModelError {
    ModelError::Tensor { tensor: tensor.into(), problem }
}

/// Tensor values and shape as read from the file.
struct Raw {
    shape: Vec<usize>,
    values: Vec<f32>,
}

impl Model {
    /// A model of blocks only, no encoder or decoder.
    pub fn from_blocks(blocks: Vec<Block>) -> Self {
        Self { blocks, encoder: None, decoder: None, metadata: BTreeMap::new() }
    }

    /// Reads only what the header promises, within [`crate::limits::MAX_MODEL_HEADER`] and
    /// [`crate::limits::MAX_MODEL_DATA`]: a device that never ends or a huge sparse file is refused
    /// after a few bytes.
    pub fn load(path: &Path) -> Result<Self, ModelError> {
        use crate::limits::{MAX_MODEL_DATA, MAX_MODEL_HEADER, read_at_most};
        let io = |source| ModelError::Io { path: path.to_owned(), source };
        let mut file = std::fs::File::open(path).map_err(io)?;
        let mut bytes = read_at_most(&mut file, 8).map_err(io)?;
        let header_len = match <[u8; 8]>::try_from(&bytes[..]) {
            Ok(n) => u64::from_le_bytes(n),
            Err(_) => return Err(ModelError::Malformed(format!("{} bytes, shorter than a header", bytes.len()))),
        };
        if header_len > MAX_MODEL_HEADER {
            return Err(ModelError::Malformed(format!(
                "its header claims {header_len} bytes, more than the {MAX_MODEL_HEADER} a model file's may have"
            )));
        }
        bytes.extend(read_at_most(&mut file, header_len).map_err(io)?);
        let header: serde_json::Value = serde_json::from_slice(&bytes[8..])
            .map_err(|e| ModelError::Malformed(format!("the header is not JSON: {e}")))?;
        // The data ends where the last tensor's does.
        let end = header
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(_, t)| t.get("data_offsets")?.get(1)?.as_u64())
            .max()
            .unwrap_or(0);
        if end > MAX_MODEL_DATA {
            return Err(ModelError::Malformed(format!(
                "its tensors claim {end} bytes, more than the {MAX_MODEL_DATA} a model file may hold"
            )));
        }
        // One byte more than promised, so that trailing data is still reported by the parser.
        bytes.extend(read_at_most(&mut file, end + 1).map_err(io)?);
        Self::from_bytes(&bytes)
    }

    /// Parses and validates the bytes of a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        check_header(bytes)?;
        let (_, header) = SafeTensors::read_metadata(bytes).map_err(|e| ModelError::Malformed(e.to_string()))?;
        let mut metadata: BTreeMap<String, String> =
            header.metadata().clone().unwrap_or_default().into_iter().collect();
        match metadata.remove("format") {
            Some(f) if f == FORMAT => {}
            found => return Err(ModelError::Format { found }),
        }
        let st = SafeTensors::deserialize(bytes).map_err(|e| ModelError::Malformed(e.to_string()))?;
        let names: BTreeSet<String> = st.names().into_iter().map(String::from).collect();
        let has_ends =
            ["encoder.weight", "encoder.bias", "decoder.weight", "decoder.bias"].iter().any(|n| names.contains(*n));
        let mut unread = names;
        let mut take = |name: &str| -> Result<Raw, ModelError> {
            if !unread.remove(name) {
                return Err(tensor_err(name, TensorProblem::Missing));
            }
            let view = st.tensor(name).map_err(|e| ModelError::Malformed(e.to_string()))?;
            read_f32(name, &view)
        };

        let n_blocks = block_count(&st.names())?;
        let mut blocks = Vec::with_capacity(n_blocks);
        for i in 0..n_blocks {
            let mut raw = Vec::with_capacity(8);
            for t in BLOCK_TENSORS {
                raw.push(take(&format!("blocks.{i}.{t}"))?);
            }
            blocks.push(build_block(i, raw)?);
        }
        for (i, pair) in blocks.windows(2).enumerate() {
            if pair[0].c2() != pair[1].c0() {
                return Err(tensor_err(
                    format!("blocks.{}.k1", i + 1),
                    TensorProblem::Shape(format!(
                        "has C0 = {} input channels but block {i} outputs C2 = {}: block i's output feeds block i+1",
                        pair[1].c0(),
                        pair[0].c2()
                    )),
                ));
            }
        }

        let stride = metadata.remove(ENCODER_STRIDE_KEY);
        let (mut encoder, mut decoder) = (None, None);
        if has_ends {
            let ew = take("encoder.weight")?;
            let eb = take("encoder.bias")?;
            let dw = take("decoder.weight")?;
            let db = take("decoder.bias")?;
            let (c0, c_last) = (blocks[0].c0(), blocks[n_blocks - 1].c2());
            let stride = stride.as_deref().map_or(Ok(1), parse_stride)?;
            encoder = Some(build_encoder(ew, eb, c0, stride)?);
            decoder = Some(build_decoder(dw, db, c_last)?);
        } else if let Some(value) = stride {
            return Err(ModelError::Metadata {
                key: ENCODER_STRIDE_KEY.into(),
                problem: format!("is {value:?} but the file has no encoder (encoder.weight, encoder.bias)"),
            });
        }
        if let Some(extra) = unread.into_iter().next() {
            return Err(tensor_err(extra, TensorProblem::Unexpected));
        }
        Ok(Self { blocks, encoder, decoder, metadata })
    }

    /// Block `index`, or an error naming how many blocks there are.
    pub fn block(&self, index: usize) -> Result<&Block, ModelError> {
        self.blocks.get(index).ok_or(ModelError::BlockIndex { index, blocks: self.blocks.len() })
    }

    /// Encodes the model as `thermoblock-v1` bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut tensors: Vec<(String, Vec<usize>, Vec<u8>)> = Vec::new();
        let mut push = |name: String, shape: Vec<usize>, v: &[f32]| {
            tensors.push((name, shape, v.iter().flat_map(|x| x.to_le_bytes()).collect()));
        };
        for (i, b) in self.blocks.iter().enumerate() {
            for ((name, values), shape) in b.tensors().into_iter().zip(block_shapes(b)) {
                push(format!("blocks.{i}.{name}"), shape, values);
            }
        }
        if let Some(e) = &self.encoder {
            push("encoder.weight".into(), e.weight.shape().to_vec(), &e.weight.w);
            push("encoder.bias".into(), vec![e.bias.len()], &e.bias);
        }
        if let Some(d) = &self.decoder {
            push("decoder.weight".into(), vec![d.classes, d.channels], &d.weight);
            push("decoder.bias".into(), vec![d.classes], &d.bias);
        }
        let views = tensors.iter().map(|(name, shape, data)| {
            // Shapes and byte lengths agree by construction, so the view is always valid.
            (name.clone(), TensorView::new(Dtype::F32, shape.clone(), data).expect("consistent tensor view"))
        });
        let mut meta: HashMap<String, String> = self.metadata.clone().into_iter().collect();
        meta.insert("format".into(), FORMAT.into());
        meta.remove(ENCODER_STRIDE_KEY);
        if let Some(e) = &self.encoder {
            meta.insert(ENCODER_STRIDE_KEY.into(), e.stride.to_string());
        }
        safetensors::serialize(views, Some(meta)).expect("tensor names are unique")
    }

    /// Writes the model atomically: a temporary file beside `path`, then a rename, so an existing
    /// file is never left half-written.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let tmp = path.with_extension("safetensors.tmp");
        let written = std::fs::write(&tmp, self.to_bytes()).and_then(|()| std::fs::rename(&tmp, path));
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp); // nothing half-written stays behind
        }
        written
    }
}

/// What the safetensors parser does not say, or not by name: a key repeated in the header or its
/// metadata (JSON maps keep the last of each silently), a tensor whose shape overflows, or whose
/// data runs past the end of the file.
fn check_header(bytes: &[u8]) -> Result<(), ModelError> {
    use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
    /// A JSON object whose keys must be distinct; `__metadata__` is checked the same way.
    struct UniqueKeys;
    impl<'de> serde::Deserialize<'de> for UniqueKeys {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_map(UniqueKeys)
        }
    }
    impl<'de> Visitor<'de> for UniqueKeys {
        type Value = UniqueKeys;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<UniqueKeys, A::Error> {
            let mut seen = BTreeSet::new();
            while let Some(key) = map.next_key::<String>()? {
                if key == "__metadata__" {
                    map.next_value::<UniqueKeys>()?;
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
                if !seen.insert(key.clone()) {
                    return Err(serde::de::Error::custom(format!("the key `{key}` appears twice")));
                }
            }
            Ok(UniqueKeys)
        }
    }
    let Some(n) = bytes.get(..8).map(|b| u64::from_le_bytes(b.try_into().expect("8 bytes")) as usize) else {
        return Ok(()); // the parser reports a short file
    };
    let Some(header) = bytes.get(8..8usize.saturating_add(n)) else { return Ok(()) };
    if let Err(e) = serde_json::from_slice::<UniqueKeys>(header) {
        return Err(ModelError::Malformed(format!("header: {e}")));
    }
    let Ok(serde_json::Value::Object(entries)) = serde_json::from_slice::<serde_json::Value>(header) else {
        return Ok(());
    };
    let data_len = (bytes.len() - 8 - n) as u64;
    for (name, t) in entries.iter().filter(|(name, _)| *name != "__metadata__") {
        let shape: Vec<u64> =
            t.get("shape").and_then(|s| s.as_array()).into_iter().flatten().filter_map(|d| d.as_u64()).collect();
        if shape.iter().try_fold(4u64, |acc, &d| acc.checked_mul(d)).is_none() {
            return Err(ModelError::Malformed(format!("tensor `{name}`: shape {shape:?} is too large")));
        }
        if let Some(end) = t.get("data_offsets").and_then(|o| o.get(1)).and_then(|e| e.as_u64()) {
            if end > data_len {
                return Err(ModelError::Malformed(format!(
                    "tensor `{name}`: its data runs to byte {end}, past the end of the file's {data_len} bytes of data"
                )));
            }
        }
    }
    Ok(())
}

fn block_shapes(b: &Block) -> [Vec<usize>; 8] {
    let (c0, c1) = (b.c0(), b.c1());
    [
        b.k1.shape().to_vec(),
        b.k2.shape().to_vec(),
        b.k3.shape().to_vec(),
        vec![c0],
        vec![c0],
        vec![c1],
        vec![c1],
        vec![c1],
    ]
}

/// One more than the largest `N` of any `blocks.N.*` tensor; names that do not parse are left for
/// the unexpected-tensor check.
fn block_count(names: &[&str]) -> Result<usize, ModelError> {
    let max = names.iter().filter_map(|n| n.strip_prefix("blocks.")?.split_once('.')?.0.parse::<usize>().ok()).max();
    match max {
        None => Err(ModelError::NoBlocks),
        // Indices far beyond the tensor count cannot be complete blocks: report the gap instead of
        // allocating for it.
        Some(m) if m >= names.len() => Err(tensor_err(first_missing(names), TensorProblem::Missing)),
        Some(m) => Ok(m + 1),
    }
}

/// The first block tensor name, in block order, that `names` lacks.
fn first_missing(names: &[&str]) -> String {
    (0..)
        .flat_map(|i| BLOCK_TENSORS.iter().map(move |t| format!("blocks.{i}.{t}")))
        .find(|n| !names.contains(&n.as_str()))
        .expect("finitely many names")
}

fn read_f32(name: &str, view: &TensorView<'_>) -> Result<Raw, ModelError> {
    if view.dtype() != Dtype::F32 {
        return Err(tensor_err(name, TensorProblem::DType(view.dtype().to_string())));
    }
    let shape = view.shape().to_vec();
    let count = shape.iter().try_fold(1usize, |a, &d| a.checked_mul(d));
    let data = view.data();
    if count.and_then(|c| c.checked_mul(4)) != Some(data.len()) {
        return Err(tensor_err(
            name,
            TensorProblem::Shape(format!("shape {shape:?} does not match its {} data bytes", data.len())),
        ));
    }
    let values: Vec<f32> = data.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    if let Some(index) = values.iter().position(|v| !v.is_finite()) {
        return Err(tensor_err(name, TensorProblem::NonFinite { index, value: values[index] }));
    }
    Ok(Raw { shape, values })
}

fn rank<const N: usize>(name: &str, raw: &Raw) -> Result<[usize; N], ModelError> {
    raw.shape.as_slice().try_into().map_err(|_| {
        tensor_err(
            name,
            TensorProblem::Shape(format!("has {} dimensions {:?}, expected {N}", raw.shape.len(), raw.shape)),
        )
    })
}

fn build_block(i: usize, raw: Vec<Raw>) -> Result<Block, ModelError> {
    let name = |t: &str| format!("blocks.{i}.{t}");
    let mut it = raw.into_iter();
    let mut next_kernel = |t: &str| -> Result<Kernel, ModelError> {
        let r = it.next().expect("eight tensors");
        let shape = rank::<4>(&name(t), &r)?;
        Kernel::new(shape, r.values).map_err(|e| tensor_err(name(t), TensorProblem::Shape(e.problem)))
    };
    let (k1, k2, k3) = (next_kernel("k1")?, next_kernel("k2")?, next_kernel("k3")?);
    let mut vectors = Vec::with_capacity(5);
    for (t, r) in BLOCK_TENSORS[3..].iter().zip(it) {
        rank::<1>(&name(t), &r)?;
        vectors.push(r.values);
    }
    let [a_in, d_in, a_mid, d_mid, b]: [Vec<f32>; 5] = vectors.try_into().expect("five vectors");
    Block::new(k1, k2, k3, a_in, d_in, a_mid, d_mid, b)
        .map_err(|e| tensor_err(name(&e.tensor), TensorProblem::Shape(e.problem)))
}

/// `encoder_stride`: a decimal integer (digits only) in [`ENCODER_STRIDES`].
fn parse_stride(value: &str) -> Result<usize, ModelError> {
    let parsed = if !value.is_empty() && value.len() <= 3 && value.bytes().all(|b| b.is_ascii_digit()) {
        value.parse::<usize>().ok()
    } else {
        None
    };
    match parsed {
        Some(s) if ENCODER_STRIDES.contains(&s) => Ok(s),
        _ => Err(ModelError::Metadata {
            key: ENCODER_STRIDE_KEY.into(),
            problem: format!(
                "is {value:?}; expected a decimal integer from {} to {} (the encoder convolution's stride)",
                ENCODER_STRIDES.start(),
                ENCODER_STRIDES.end()
            ),
        }),
    }
}

fn build_encoder(w: Raw, b: Raw, c0: usize, stride: usize) -> Result<Encoder, ModelError> {
    let shape = rank::<4>("encoder.weight", &w)?;
    let [out, _, kh, kw] = shape;
    if out != c0 || kh % 2 == 0 || kw % 2 == 0 {
        return Err(tensor_err(
            "encoder.weight",
            TensorProblem::Shape(format!("shape {shape:?}, expected [C0 = {c0}, C_img, k, k] with odd k")),
        ));
    }
    let [nb] = rank::<1>("encoder.bias", &b)?;
    if nb != c0 {
        return Err(tensor_err("encoder.bias", TensorProblem::Shape(format!("shape [{nb}], expected [C0 = {c0}]"))));
    }
    let weight =
        Kernel::new(shape, w.values).map_err(|e| tensor_err("encoder.weight", TensorProblem::Shape(e.problem)))?;
    Ok(Encoder { weight, bias: b.values, stride })
}

fn build_decoder(w: Raw, b: Raw, c_last: usize) -> Result<Decoder, ModelError> {
    let [classes, channels] = rank::<2>("decoder.weight", &w)?;
    if channels != c_last || classes == 0 {
        return Err(tensor_err(
            "decoder.weight",
            TensorProblem::Shape(format!("shape [{classes}, {channels}], expected [classes >= 1, C_last = {c_last}]")),
        ));
    }
    let [nb] = rank::<1>("decoder.bias", &b)?;
    if nb != classes {
        return Err(tensor_err(
            "decoder.bias",
            TensorProblem::Shape(format!("shape [{nb}], expected [classes = {classes}]")),
        ));
    }
    Ok(Decoder { classes, channels, weight: w.values, bias: b.values })
}
