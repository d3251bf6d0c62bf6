//! The `thermoblock` binary end to end: JSON contract, reproducibility, and clear errors on bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use thermoblock_sim::gibbs::{GibbsConfig, Init, sample};
use thermoblock_sim::npy;
use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};
use thermoblock_sim::{Model, Spins};

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("tb-cli-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
    fn path(&self, f: &str) -> PathBuf {
        self.0.join(f)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn thermoblock(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_thermoblock")).args(args).output().expect("run thermoblock")
}

fn ok_json(args: &[&str]) -> Value {
    let out = thermoblock(args);
    assert!(out.status.success(), "thermoblock {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON object")
}

fn fails_with(args: &[&str], needles: &[&str]) {
    let out = thermoblock(args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "thermoblock {args:?} should fail");
    assert!(!err.contains("panicked"), "thermoblock {args:?} panicked: {err}");
    for n in needles {
        assert!(err.contains(n), "stderr of {args:?} lacks {n:?}: {err}");
    }
}

/// A 2-channel random block on 3x3 and an input, written to `dir`.
fn fixture(dir: &Scratch) -> (PathBuf, PathBuf) {
    let spec = RandomBlockSpec { c0: 2, c1: 3, c2: 2, kernel: 3, coupling: 1.5 };
    let model = dir.path("block.safetensors");
    let input = dir.path("x.npy");
    Model::from_blocks(vec![random_block(&spec, 4).unwrap()]).save(&model).unwrap();
    npy::write_spins(&input, &random_spins(2, 3, 3, 4)).unwrap();
    (model, input)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn sample_json_contract_and_reproducibility() {
    let dir = Scratch::new("json");
    let (model, input) = fixture(&dir);
    let args = [
        "sample",
        "--model",
        s(&model),
        "--input",
        s(&input),
        "--delta",
        "0.8",
        "--sweeps",
        "203",
        "--seed",
        "5",
        "--json",
    ];
    let v = ok_json(&args);
    assert_eq!(v["backend"], "reference");
    assert_eq!(v["sweeps"], 203);
    assert_eq!(v["burn_in"], 50, "default burn-in is floor(G/4)");
    assert_eq!(v["seed"], 5);
    let output: Vec<i64> = serde_json::from_value(v["output"].clone()).unwrap();
    let mean: Vec<f64> = serde_json::from_value(v["mean"].clone()).unwrap();
    let hidden: Vec<f64> = serde_json::from_value(v["hidden_mean"].clone()).unwrap();
    assert_eq!((output.len(), mean.len(), hidden.len()), (18, 18, 27));
    for (o, m) in output.iter().zip(&mean) {
        assert_eq!(*o, if *m >= 0.0 { 1 } else { -1 }, "output is the sign of the mean");
    }
    // The CLI is the library: same block, input and seed give the same numbers.
    let block = Model::load(&model).unwrap().blocks.remove(0);
    let x: Spins = npy::read_spins(&input).unwrap();
    let lib = sample(&block, &x, &GibbsConfig { delta: 0.8, sweeps: 203, burn_in: None, init: Init::Random, seed: 5 })
        .unwrap();
    assert_eq!(mean, lib.mean);
    assert_eq!(hidden, lib.hidden_mean);
    assert_eq!(ok_json(&args)["mean"], v["mean"], "same seed, same result");
    let mut other = args.to_vec();
    other[10] = "6";
    assert_ne!(ok_json(&other)["mean"], v["mean"], "another seed, another run");
}

#[test]
fn sample_options_and_human_summary() {
    let dir = Scratch::new("human");
    let (model, input) = fixture(&dir);
    let v = ok_json(&[
        "sample",
        "--model",
        s(&model),
        "--input",
        s(&input),
        "--sweeps",
        "40",
        "--burn-in",
        "0",
        "--init",
        "ff",
        "--json",
    ]);
    assert_eq!(v["burn_in"], 0);
    assert_eq!(v["init"], "ff");
    let out = thermoblock(&["sample", "--model", s(&model), "--input", s(&input), "--sweeps", "10"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && text.contains("output channel 1") && text.contains("sweeps/s"), "{text}");
}

#[test]
fn bad_sampling_settings_are_refused() {
    let dir = Scratch::new("settings");
    let (model, input) = fixture(&dir);
    let base = ["sample", "--model", s(&model), "--input", s(&input)];
    fn with<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
        base.iter().chain(extra).copied().collect()
    }
    fails_with(&with(&base, &["--delta", "0"]), &["delta 0 is outside (0, 1]"]);
    fails_with(&with(&base, &["--delta", "1.5"]), &["outside (0, 1]"]);
    fails_with(&with(&base, &["--delta", "NaN"]), &["outside (0, 1]"]);
    fails_with(&with(&base, &["--sweeps", "0"]), &["sweeps must be at least 1"]);
    fails_with(&with(&base, &["--sweeps", "10", "--burn-in", "10"]), &["burn-in 10 leaves no sweeps"]);
    fails_with(&with(&base, &["--block", "1"]), &["block 1 does not exist", "1 block(s)"]);
    fails_with(&with(&base, &["--backend", "uart:/dev/null"]), &["backend `uart:/dev/null` is not available"]);
    fails_with(&with(&base, &["--backend", "chip", "--init", "ff"]), &["chip starts from random spins only"]);
    fails_with(&with(&base, &["--backend", "chip", "--chip", "xc7"]), &["unknown chip configuration `xc7`"]);
    fails_with(&with(&base, &["--backend", "gpu"]), &["unknown backend `gpu`"]);
}

#[test]
fn bad_model_files_get_clear_errors() {
    let dir = Scratch::new("model");
    let (_, input) = fixture(&dir);
    let garbage = dir.path("garbage.safetensors");
    std::fs::write(&garbage, b"this is not a model").unwrap();
    fails_with(
        &["sample", "--model", s(&garbage), "--input", s(&input)],
        &["garbage.safetensors", "not a valid safetensors file"],
    );
    fails_with(
        &["sample", "--model", s(&dir.path("absent.safetensors")), "--input", s(&input)],
        &["cannot read model file", "absent.safetensors"],
    );
    fails_with(&["info", s(&garbage)], &["not a valid safetensors file"]);
}

#[test]
fn bad_inputs_get_clear_errors() {
    let dir = Scratch::new("input");
    let (model, _) = fixture(&dir);
    let case = |name: &str, bytes: Vec<u8>, needles: &[&str]| {
        let p = dir.path(name);
        std::fs::write(&p, bytes).unwrap();
        fails_with(&["sample", "--model", s(&model), "--input", s(&p)], needles);
    };
    case("three_ch.npy", npy::encode_i8(&[3, 3, 3], &[1; 27]), &["shape [3, 3, 3]", "C0 = 2"]);
    case("zero.npy", npy::encode_i8(&[2, 3, 3], &[0; 18]), &["not a spin", "-1 or +1"]);
    case("flat.npy", npy::encode_i8(&[18], &[1; 18]), &["[C0, H, W]"]);
    let mut f32_file = npy::encode_i8(&[2, 3, 3], &[1; 18]);
    let at = f32_file.windows(3).position(|w| w == b"|i1").unwrap();
    f32_file[at..at + 3].copy_from_slice(b"<f4");
    case("float.npy", f32_file, &["dtype '<f4'", "astype(np.int8)"]);
    case("junk.npy", b"PK\x03\x04 zip".to_vec(), &["not a valid .npy file"]);
}

#[test]
fn info_reports_counts() {
    let dir = Scratch::new("info");
    let (model, _) = fixture(&dir);
    let v = ok_json(&["info", s(&model), "--grid", "3x3", "--json"]);
    let b = &v["blocks"][0];
    assert_eq!((b["c0"].as_u64(), b["c1"].as_u64(), b["c2"].as_u64()), (Some(2), Some(3), Some(2)));
    assert_eq!(b["hidden_spins"], 27);
    // k1: 3*2 channel pairs x 49 window pairs on 3x3; k2: 2*3 x 49; k3: 2*2 x 9.
    assert_eq!(b["unrolled_couplings"], 6 * 49 + 6 * 49 + 4 * 9);
    assert_eq!(b["stored_couplings"], 54 + 54 + 4);
    let out = thermoblock(&["info", s(&model)]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("pass --grid"), "no grid: counts that need one are marked");
    fails_with(&["info", s(&model), "--grid", "3by3"], &["not HxW"]);
}

#[test]
fn bench_and_random_block_run() {
    let dir = Scratch::new("bench");
    let out = dir.path("r.safetensors");
    let r = thermoblock(&[
        "random-block",
        "--out",
        s(&out),
        "--c0",
        "2",
        "--c1",
        "2",
        "--c2",
        "2",
        "--grid",
        "4x4",
        "--input-out",
        s(&dir.path("r.npy")),
    ]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let v = ok_json(&["bench", "--model", s(&out), "--grid", "4x4", "--seconds", "0.05", "--sweeps", "20", "--json"]);
    assert!(v["single_chain"]["sweeps_per_s"].as_f64().unwrap() > 0.0);
    assert_eq!(v["spins_per_sweep"], 64);
    fails_with(&["random-block", "--out", s(&out), "--kernel", "2"], &["even"]);
}

#[test]
fn chip_backend_reports_cycles_and_refuses_blocks_that_do_not_fit() {
    let dir = Scratch::new("chip");
    let (model, input) = fixture(&dir);
    let args = [
        "sample",
        "--model",
        s(&model),
        "--input",
        s(&input),
        "--sweeps",
        "50",
        "--seed",
        "3",
        "--backend",
        "chip",
        "--chip",
        "ice40",
        "--json",
    ];
    let mut v = ok_json(&args);
    assert_eq!(v["backend"], "chip:ice40");
    assert!(v["cycles"].as_u64().unwrap() > 0);
    let mut again = ok_json(&args);
    v["elapsed_s"].take();
    again["elapsed_s"].take();
    assert_eq!(again, v, "the chip model is deterministic for a seed");
    let big = dir.path("big.safetensors");
    let r = thermoblock(&["random-block", "--out", s(&big), "--c0", "32", "--c1", "8", "--c2", "8", "--grid", "3x3"]);
    assert!(r.status.success());
    let x = dir.path("x32.npy");
    npy::write_spins(&x, &random_spins(32, 3, 3, 1)).unwrap();
    fails_with(
        &["sample", "--model", s(&big), "--input", s(&x), "--backend", "chip", "--chip", "ice40"],
        &["does not fit the `ice40` chip", "C0 (input channels) = 32", "at most 8"],
    );
}

#[test]
fn rtl_backend_matches_the_chip_backend_and_refuses_what_it_does() {
    let dir = Scratch::new("rtl");
    let (model, input) = fixture(&dir);
    for chip in ["ice40", "ecp5"] {
        let args = |backend: &'static str| {
            let mut a = vec!["sample", "--model", s(&model), "--input", s(&input), "--sweeps", "30", "--seed", "8"];
            a.extend(["--delta", "0.7", "--backend", backend, "--chip", chip, "--json"]);
            a
        };
        let mut rtl = ok_json(&args("rtl"));
        let mut model_run = ok_json(&args("chip"));
        assert_eq!(rtl["backend"], format!("rtl:{chip}"));
        for v in [&mut rtl, &mut model_run] {
            v["elapsed_s"].take();
            v["backend"].take();
        }
        assert_eq!(rtl, model_run, "--backend rtl gives the chip model's JSON, cycles included ({chip})");
    }
    let big = dir.path("big.safetensors");
    let r = thermoblock(&["random-block", "--out", s(&big), "--c0", "32", "--c1", "8", "--c2", "8", "--grid", "3x3"]);
    assert!(r.status.success());
    let x = dir.path("x32.npy");
    npy::write_spins(&x, &random_spins(32, 3, 3, 1)).unwrap();
    fails_with(
        &["sample", "--model", s(&big), "--input", s(&x), "--backend", "rtl", "--chip", "ice40"],
        &["does not fit the `ice40` chip", "C0 (input channels) = 32", "at most 8"],
    );
    fails_with(
        &["sample", "--model", s(&model), "--input", s(&input), "--backend", "rtl", "--init", "ff"],
        &["chip starts from random spins only"],
    );
    let bench = [
        "bench",
        "--c0",
        "2",
        "--c1",
        "3",
        "--c2",
        "2",
        "--grid",
        "3x3",
        "--seconds",
        "0.05",
        "--sweeps",
        "10",
        "--backend",
        "rtl",
        "--chip",
        "ice40",
    ];
    let v = ok_json(&[&bench[..], &["--json"]].concat());
    assert_eq!(v["backend"], "rtl:ice40");
    assert!(v["simulated_cycles_per_s"]["single_chain"].as_f64().unwrap() > 1e4, "{v}");
    assert!(v["simulated_cycles_per_s"]["batch"].as_f64().unwrap() > 1e4, "{v}");
    assert!(v["cycles_per_sweep"].as_u64().unwrap() > 0 && v["roofline_efficiency"].as_f64().unwrap() > 0.0);
    let out = thermoblock(&bench);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && text.contains("simulated cycles/s"), "{text}");
}
