//! `thermoblock-v1` loading: every malformed file gets an error naming the tensor and the problem,
//! and no byte sequence makes the loader panic.

use std::collections::HashMap;

use safetensors::tensor::{Dtype, TensorView};
use thermoblock_sim::model::{Decoder, Encoder, FORMAT, Model, ModelError, TensorProblem};
use thermoblock_sim::random::{RandomBlockSpec, Rng, chain_rng, random_block};
use thermoblock_sim::{Block, Kernel};

fn two_block_network() -> Model {
    let b0 = random_block(&RandomBlockSpec { c0: 3, c1: 4, c2: 2, kernel: 3, coupling: 1.0 }, 1).unwrap();
    let b1 = random_block(&RandomBlockSpec { c0: 2, c1: 3, c2: 5, kernel: 5, coupling: 1.0 }, 2).unwrap();
    let mut m = Model::from_blocks(vec![b0, b1]);
    m.encoder = Some(Encoder {
        weight: Kernel::new([3, 1, 3, 3], (0..27).map(|i| i as f32 * 0.01).collect()).unwrap(),
        bias: vec![0.1, 0.2, 0.3],
        stride: 2,
    });
    m.decoder =
        Some(Decoder { classes: 10, channels: 5, weight: (0..50).map(|i| i as f32).collect(), bias: vec![0.5; 10] });
    m.metadata.insert("grid".into(), "7x7".into());
    m
}

/// Tensors as (name, shape, f32 values), to rebuild files with one thing changed.
fn tensors_of(m: &Model) -> Vec<(String, Vec<usize>, Vec<f32>)> {
    let st_bytes = m.to_bytes();
    let st = safetensors::SafeTensors::deserialize(&st_bytes).unwrap();
    let mut v: Vec<_> = st
        .tensors()
        .into_iter()
        .map(|(n, t)| {
            (
                n,
                t.shape().to_vec(),
                t.data().chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect(),
            )
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn write(tensors: &[(String, Vec<usize>, Vec<f32>)], format: Option<&str>) -> Vec<u8> {
    let bytes: Vec<Vec<u8>> =
        tensors.iter().map(|(_, _, v)| v.iter().flat_map(|x| x.to_le_bytes()).collect()).collect();
    let views = tensors
        .iter()
        .zip(&bytes)
        .map(|((n, s, _), b)| (n.clone(), TensorView::new(Dtype::F32, s.clone(), b).unwrap()));
    let meta = format.map(|f| HashMap::from([("format".to_string(), f.to_string())]));
    safetensors::serialize(views, meta).unwrap()
}

fn load_err(bytes: &[u8]) -> ModelError {
    match Model::from_bytes(bytes) {
        Ok(_) => panic!("a malformed file was accepted"),
        Err(e) => e,
    }
}

fn assert_tensor_err(bytes: &[u8], tensor: &str, want: fn(&TensorProblem) -> bool) {
    let err = load_err(bytes);
    let text = err.to_string();
    match &err {
        ModelError::Tensor { tensor: t, problem } => {
            assert_eq!(t, tensor, "{text}");
            assert!(want(problem), "unexpected problem: {text}");
            assert!(text.contains(tensor), "message does not name the tensor: {text}");
        }
        other => panic!("expected an error about `{tensor}`, got: {other}"),
    }
}

#[test]
fn round_trip_keeps_everything() {
    let m = two_block_network();
    let back = Model::from_bytes(&m.to_bytes()).unwrap();
    assert_eq!(back, m);
    let dir = std::env::temp_dir().join(format!("tb-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("m.safetensors");
    m.save(&path).unwrap();
    m.save(&path).unwrap(); // overwriting is atomic and leaves no temporary behind
    assert_eq!(Model::load(&path).unwrap(), m);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn missing_extra_and_misshapen_tensors_are_named() {
    let base = tensors_of(&two_block_network());
    let without = |name: &str| base.iter().filter(|t| t.0 != name).cloned().collect::<Vec<_>>();
    assert_tensor_err(&write(&without("blocks.1.d_mid"), Some(FORMAT)), "blocks.1.d_mid", |p| {
        *p == TensorProblem::Missing
    });
    // Dropping one end of the network is an error too (encoder without decoder).
    assert_tensor_err(&write(&without("decoder.bias"), Some(FORMAT)), "decoder.bias", |p| *p == TensorProblem::Missing);

    let mut extra = base.clone();
    extra.push(("blocks.0.k4".into(), vec![1], vec![0.0]));
    assert_tensor_err(&write(&extra, Some(FORMAT)), "blocks.0.k4", |p| *p == TensorProblem::Unexpected);

    let mut bad_shape = base.clone();
    let k3 = bad_shape.iter_mut().find(|t| t.0 == "blocks.0.k3").unwrap();
    k3.1 = vec![2, 3, 1, 1];
    k3.2 = vec![0.5; 6];
    k3.1.swap(0, 1); // [3, 2, 1, 1]: transposed channels
    assert_tensor_err(&write(&bad_shape, Some(FORMAT)), "blocks.0.k3", |p| matches!(p, TensorProblem::Shape(_)));

    let mut even = base.clone();
    let k1 = even.iter_mut().find(|t| t.0 == "blocks.0.k1").unwrap();
    k1.1 = vec![4, 3, 2, 2];
    k1.2 = vec![0.1; 48];
    assert_tensor_err(
        &write(&even, Some(FORMAT)),
        "blocks.0.k1",
        |p| matches!(p, TensorProblem::Shape(m) if m.contains("even")),
    );

    let mut rank = base.clone();
    rank.iter_mut().find(|t| t.0 == "blocks.1.b").unwrap().1 = vec![1, 3];
    assert_tensor_err(&write(&rank, Some(FORMAT)), "blocks.1.b", |p| matches!(p, TensorProblem::Shape(_)));
}

#[test]
fn blocks_must_chain() {
    let b0 = random_block(&RandomBlockSpec { c0: 3, c1: 4, c2: 2, kernel: 3, coupling: 1.0 }, 1).unwrap();
    let b1 = random_block(&RandomBlockSpec { c0: 3, c1: 3, c2: 5, kernel: 3, coupling: 1.0 }, 2).unwrap();
    let bytes = Model::from_blocks(vec![b0, b1]).to_bytes();
    assert_tensor_err(
        &bytes,
        "blocks.1.k1",
        |p| matches!(p, TensorProblem::Shape(m) if m.contains("block 0 outputs C2 = 2")),
    );
}

#[test]
fn non_finite_values_are_located() {
    for bad in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY] {
        let mut t = tensors_of(&two_block_network());
        t.iter_mut().find(|t| t.0 == "blocks.1.a_mid").unwrap().2[2] = bad;
        assert_tensor_err(&write(&t, Some(FORMAT)), "blocks.1.a_mid", |p| {
            matches!(p, TensorProblem::NonFinite { index: 2, .. })
        });
    }
}

#[test]
fn wrong_dtype_is_named() {
    let t = tensors_of(&Model::from_blocks(vec![random_block(&RandomBlockSpec::MNIST, 0).unwrap()]));
    let bytes: Vec<Vec<u8>> = t
        .iter()
        .map(|(n, _, v)| {
            if n == "blocks.0.b" {
                v.iter().flat_map(|x| (*x as f64).to_le_bytes()).collect()
            } else {
                v.iter().flat_map(|x| x.to_le_bytes()).collect()
            }
        })
        .collect();
    let views = t.iter().zip(&bytes).map(|((n, s, _), b)| {
        let dtype = if n == "blocks.0.b" { Dtype::F64 } else { Dtype::F32 };
        (n.clone(), TensorView::new(dtype, s.clone(), b).unwrap())
    });
    let file =
        safetensors::serialize(views, Some(HashMap::from([("format".to_string(), FORMAT.to_string())]))).unwrap();
    assert_tensor_err(&file, "blocks.0.b", |p| matches!(p, TensorProblem::DType(d) if d == "F64"));
}

#[test]
fn format_metadata_is_required() {
    let t = tensors_of(&two_block_network());
    assert!(matches!(load_err(&write(&t, None)), ModelError::Format { found: None }));
    let e = load_err(&write(&t, Some("thermoblock-v2")));
    assert!(e.to_string().contains("thermoblock-v2"), "{e}");
    assert!(matches!(load_err(&write(&[], Some(FORMAT))), ModelError::NoBlocks));
}

#[test]
fn truncated_files_are_rejected() {
    let bytes = two_block_network().to_bytes();
    for cut in (0..bytes.len()).step_by(7) {
        assert!(Model::from_bytes(&bytes[..cut]).is_err(), "file cut to {cut} bytes was accepted");
    }
}

#[test]
fn out_of_range_block_index_says_how_many_exist() {
    let e = two_block_network().block(2).unwrap_err().to_string();
    assert!(e.contains("block 2") && e.contains("2 block(s)"), "{e}");
}

/// Property: whatever is done to the bytes, the loader returns (never panics), and whatever it
/// accepts is a valid model (finite, consistent shapes).
#[test]
fn corrupted_files_never_panic() {
    let good = two_block_network().to_bytes();
    let header_len = u64::from_le_bytes(good[..8].try_into().unwrap()) as usize;
    let mut rng = chain_rng(2024, 0);
    let (mut accepted, mut rejected) = (0, 0);
    for case in 0..4000 {
        let mut bytes = good.clone();
        let edits = 1 + rng.next_u32() % 4;
        for _ in 0..edits {
            let pos = match case % 3 {
                // Aim most edits at the JSON header, where structure lives.
                0 | 1 => 8 + rng.next_u32() as usize % header_len,
                _ => rng.next_u32() as usize,
            } % bytes.len();
            match rng.next_u32() % 5 {
                0 => bytes[pos] ^= 1 << (rng.next_u32() % 8),
                1 => {
                    let alphabet = b"{}[]\":,0123456789-e.FIUNaxyz ";
                    bytes[pos] = alphabet[rng.next_u32() as usize % alphabet.len()];
                }
                2 => bytes.truncate(pos),
                3 => bytes.insert(pos, rng.next_u32() as u8),
                _ => {
                    bytes.remove(pos.min(bytes.len() - 1));
                }
            }
            if bytes.is_empty() {
                break;
            }
        }
        if case % 50 == 0 {
            // Absurd header lengths: the first 8 bytes are a little-endian u64.
            let n = bytes.len().min(8);
            bytes[..n].iter_mut().for_each(|b| *b = rng.next_u32() as u8);
        }
        match Model::from_bytes(&bytes) {
            Ok(m) => {
                accepted += 1;
                for b in &m.blocks {
                    let rebuilt = Block::new(
                        b.k1.clone(),
                        b.k2.clone(),
                        b.k3.clone(),
                        b.a_in.clone(),
                        b.d_in.clone(),
                        b.a_mid.clone(),
                        b.d_mid.clone(),
                        b.b.clone(),
                    );
                    assert!(rebuilt.is_ok(), "accepted an invalid block: {rebuilt:?}");
                }
            }
            Err(e) => {
                rejected += 1;
                assert!(!e.to_string().is_empty());
            }
        }
    }
    assert!(rejected > 2000, "only {rejected} of 4000 corrupted files were rejected ({accepted} accepted)");
}

fn write_meta(tensors: &[(String, Vec<usize>, Vec<f32>)], meta: &[(&str, &str)]) -> Vec<u8> {
    let bytes: Vec<Vec<u8>> =
        tensors.iter().map(|(_, _, v)| v.iter().flat_map(|x| x.to_le_bytes()).collect()).collect();
    let views = tensors
        .iter()
        .zip(&bytes)
        .map(|((n, s, _), b)| (n.clone(), TensorView::new(Dtype::F32, s.clone(), b).unwrap()));
    let meta: HashMap<String, String> = meta.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    safetensors::serialize(views, Some(meta)).unwrap()
}

#[test]
fn encoder_stride_metadata() {
    let m = two_block_network();
    // Written by save, read back into Encoder::stride, not left in the metadata map.
    let st_bytes = m.to_bytes();
    let (_, header) = safetensors::SafeTensors::read_metadata(&st_bytes).unwrap();
    assert_eq!(header.metadata().as_ref().unwrap().get("encoder_stride").map(String::as_str), Some("2"));
    let back = Model::from_bytes(&st_bytes).unwrap();
    assert_eq!(back.encoder.as_ref().unwrap().stride, 2);
    assert!(!back.metadata.contains_key("encoder_stride"));
    // Absent: stride 1.
    let t = tensors_of(&m);
    let one = Model::from_bytes(&write(&t, Some(FORMAT))).unwrap();
    assert_eq!(one.encoder.unwrap().stride, 1);
    for ok in ["1", "3", "4"] {
        let m = Model::from_bytes(&write_meta(&t, &[("format", FORMAT), ("encoder_stride", ok)])).unwrap();
        assert_eq!(m.encoder.unwrap().stride.to_string(), ok);
    }
    for bad in ["0", "5", "two", "+2", " 2", "", "2.0", "-1", "99999999999999999999999"] {
        let err = load_err(&write_meta(&t, &[("format", FORMAT), ("encoder_stride", bad)]));
        assert!(matches!(&err, ModelError::Metadata { key, .. } if key == "encoder_stride"), "{bad:?}: {err:?}");
        let text = err.to_string();
        assert!(text.contains("encoder_stride") && text.contains("from 1 to 4"), "{text}");
    }
    // A stride without an encoder is refused.
    let blocks_only: Vec<_> = t.iter().filter(|x| x.0.starts_with("blocks.")).cloned().collect();
    let err = load_err(&write_meta(&blocks_only, &[("format", FORMAT), ("encoder_stride", "2")]));
    assert!(err.to_string().contains("no encoder"), "{err}");
}
