//! The `thermoblock` binary end to end: JSON contract, reproducibility, and clear errors on bad input.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Scratch, fails_with, ok_json, s, thermoblock};

use serde_json::Value;
use thermoblock_contract::Spins;
use thermoblock_sim::Model;
use thermoblock_sim::gibbs::{GibbsConfig, Init, sample};
use thermoblock_sim::npy;
use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};

/// A 2-channel random block on 3x3 and an input, written to `dir`.
fn fixture(dir: &Scratch) -> (PathBuf, PathBuf) {
    let spec = RandomBlockSpec { c0: 2, c1: 3, c2: 2, kernel: 3, coupling: 1.5 };
    let model = dir.path("block.safetensors");
    let input = dir.path("x.npy");
    Model::from_blocks(vec![random_block(&spec, 4).unwrap()]).save(&model).unwrap();
    npy::write_spins(&input, &random_spins(2, 3, 3, 4)).unwrap();
    (model, input)
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
    fails_with(
        &with(&base, &["--backend", "pcie:/dev/thermoblock-none"]),
        &["cannot open /dev/thermoblock-none_h2c_0"],
    );
    fails_with(
        &with(&base, &["--backend", "uart:/dev/thermoblock-none"]),
        &["cannot open serial port /dev/thermoblock-none"],
    );
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
fn the_plane_engine_runs_as_a_model_and_nothing_claims_its_hardware() {
    let dir = Scratch::new("plane");
    let (model, input) = fixture(&dir);
    let args = |chip: &'static str| {
        let mut a = vec!["sample", "--model", s(&model), "--input", s(&input), "--sweeps", "40", "--seed", "5"];
        a.extend(["--backend", "chip", "--chip", chip, "--json"]);
        a
    };
    let mut plane = ok_json(&args("ecp5-85f-plane"));
    assert_eq!(plane["backend"], "chip:ecp5-85f-plane");
    let lanes = ok_json(&args("ecp5-85f"));
    let (pc, lc) = (plane["cycles"].as_u64().unwrap(), lanes["cycles"].as_u64().unwrap());
    assert!(pc > 0 && pc < lc, "the plane engine's {pc} cycles against the lane chip's {lc}");
    let mut again = ok_json(&args("ecp5-85f-plane"));
    plane["elapsed_s"].take();
    again["elapsed_s"].take();
    assert_eq!(again, plane, "the plane model is deterministic for a seed");
    fails_with(&["board", "--pty", "--chip", "ecp5-85f-plane"], &["plane engine", "no board yet", "--backend chip"]);
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/../bitstreams/ulx3s/manifest.json");
    fails_with(
        &["bench", "--backend", "chip", "--chip", "ecp5-85f-plane", "--fmax-from", manifest, "--seconds", "0.1"],
        &["`ecp5-85f` chip, a lane chip", "plane engine, which has no bitstream yet"],
    );
    #[cfg(feature = "rtl")]
    fails_with(
        &["sample", "--model", s(&model), "--input", s(&input), "--backend", "rtl", "--chip", "ecp5-85f-plane"],
        &["ecp5-85f-plane"],
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

/// The virtual board on the chip's RTL (`board --backend rtl --pty`) and the real host path to it
/// (`sample --backend uart:PTY`): the same output, means and counters as `--backend chip`.
#[test]
fn the_rtl_virtual_board_serves_sample_over_a_pseudo_terminal() {
    let dir = Scratch::new("rtl-pty");
    let (model, input) = fixture(&dir);
    let served = common::start_board(&["--backend", "rtl", "--chip", "ice40", "--pty"]);
    let (mut board, _lines, path, banner) = (served.child, served.lines, served.path, served.banner);
    assert!(banner.contains("verilated `ice40` board"), "{banner}");
    let uart = format!("uart:{path}");
    let args = |backend: &str| -> Vec<String> {
        let a = ["sample", "--model", s(&model), "--input", s(&input), "--sweeps", "20", "--seed", "5"];
        let b = ["--delta", "0.7", "--chip", "ice40", "--json", "--backend", backend];
        a.iter().chain(&b).map(|x| x.to_string()).collect()
    };
    let run = |backend: &str| {
        let a = args(backend);
        ok_json(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let mut over_link = run(&uart);
    let mut model_run = run("chip");
    let _ = board.kill();
    let _ = board.wait();
    assert_eq!(over_link["backend"], "board:ice40", "the host identified the board's chip: {over_link}");
    assert!(over_link["cycles"].as_u64().unwrap() > 0);
    for v in [&mut over_link, &mut model_run] {
        v["elapsed_s"].take();
        v["backend"].take();
        v["link"].take();
    }
    assert_eq!(over_link, model_run, "the RTL board over its serial line gives the chip model's JSON");
}

#[test]
fn link_budget_reports_each_phase_and_needs_a_grid() {
    let dir = Scratch::new("budget");
    let (model, _) = fixture(&dir);
    let v =
        ok_json(&["link-budget", "--model", s(&model), "--grid", "3x3", "--chip", "ice40", "--sweeps", "40", "--json"]);
    assert_eq!(
        (v["chip"].as_str(), v["sweeps"].as_u64(), v["baud"].as_u64()),
        (Some("ice40"), Some(40), Some(3_000_000))
    );
    for phase in ["weights", "launch", "readout"] {
        let p = &v[phase];
        assert!(p["requests"].as_u64().unwrap() > 0 && p["cycles"].as_u64().unwrap() > 0, "{phase}: {p}");
        let share = p["wire_share_of_line"].as_f64().unwrap();
        assert!(share > 0.0 && share <= 1.0, "{phase}: {p}");
    }
    let image = v["image_cycles"].as_u64().unwrap();
    let parts = ["launch", "readout"].iter().map(|p| v[p]["cycles"].as_u64().unwrap()).sum::<u64>();
    assert_eq!(image, parts + v["run_cycles"].as_u64().unwrap());
    // Batch-major swapping: the upload's board time over the batch, added to the image's.
    let (upload, clock) = (v["weights"]["seconds"].as_f64().unwrap(), v["clock_hz"].as_f64().unwrap());
    assert_eq!(v["batch"], 128);
    let swap = v["swap_seconds_per_image"].as_f64().unwrap();
    assert!((swap - upload / 128.0).abs() < 1e-12, "{swap} vs {upload} / 128");
    let rate = v["swapped_images_per_s"].as_f64().unwrap();
    assert!((rate - 1.0 / (image as f64 / clock + swap)).abs() < 1e-6 * rate, "{rate}");
    let one =
        ok_json(&["link-budget", "--model", s(&model), "--grid", "3x3", "--chip", "ice40", "--batch", "1", "--json"]);
    assert!((one["swap_seconds_per_image"].as_f64().unwrap() - upload).abs() < 1e-12, "batch 1 pays the whole upload");
    fails_with(&["link-budget", "--model", s(&model), "--grid", "3x3", "--batch", "0"], &["--batch"]);
    fails_with(&["link-budget", "--model", s(&model)], &["no `grid` metadata", "--grid"]);
    fails_with(&["link-budget", "--model", s(&model), "--grid", "3x3", "--sweeps", "0"], &["--sweeps"]);
}

// --- eval and grid on a tiny data set ---------------------------------------------------------

use thermoblock_sim::Network;
use thermoblock_sim::dataset::{Dataset, DatasetKind, Split, write_idx_split};
use thermoblock_sim::network::random_network;

/// 20 images of 8x8 with labels 0..2 in `dir` (the test split, plain or gzipped IDX), and a
/// two-block network with a stride-2 encoder (8x8 → 4x4, metadata `grid = 4x4`) and a 10-class
/// decoder.
fn network_fixture(dir: &Scratch, gzip: bool) -> PathBuf {
    let images: Vec<u8> = (0..20 * 64).map(|i| ((i * 7919 + i / 64 * 31) % 256) as u8).collect();
    let labels: Vec<u8> = (0..20).map(|i| (i % 3) as u8).collect();
    write_idx_split(&dir.0, Split::Test, 8, 8, &images, &labels, gzip).unwrap();
    let b0 = RandomBlockSpec { c0: 3, c1: 4, c2: 2, kernel: 3, coupling: 1.0 };
    let b1 = RandomBlockSpec { c0: 2, c1: 3, c2: 4, kernel: 3, coupling: 1.0 };
    let mut net = random_network(&[b0, b1], 1, 3, 2, 10, 21).unwrap();
    net.model.metadata.insert("grid".into(), "4x4".into());
    let model = dir.path("net.safetensors");
    net.model.save(&model).unwrap();
    model
}

/// The feed-forward accuracy computed with the library.
fn ff_accuracy(model: &Path, dir: &Path, kind: DatasetKind) -> f64 {
    let net = Network::new(Model::load(model).unwrap()).unwrap();
    let data = Dataset::load(kind, Split::Test, Some(dir)).unwrap();
    let correct = (0..data.len())
        .filter(|&i| net.classify_ff(data.image(i), data.rows, data.cols).unwrap() == data.label(i))
        .count();
    correct as f64 / data.len() as f64
}

#[test]
fn eval_json_contract_on_reference_and_chip() {
    let dir = Scratch::new("eval");
    let model = network_fixture(&dir, false);
    let ff = ff_accuracy(&model, &dir.0, DatasetKind::Mnist);
    for (backend, name) in [("reference", "reference"), ("chip", "chip:ecp5")] {
        let args = [
            "eval",
            "--model",
            s(&model),
            "--dataset",
            "mnist",
            "--data-dir",
            s(&dir.0),
            "--limit",
            "20",
            "--delta",
            "0.7",
            "--sweeps",
            "20",
            "--seed",
            "3",
            "--backend",
            backend,
            "--json",
        ];
        let v = ok_json(&args);
        assert_eq!(v["backend"], name);
        assert_eq!(v["model"], s(&model));
        assert_eq!((v["dataset"].as_str(), v["split"].as_str()), (Some("mnist"), Some("test")));
        assert_eq!(v["images"], 20);
        assert_eq!(v["delta"], 0.7);
        assert_eq!((v["sweeps"].as_u64(), v["burn_in"].as_u64()), (Some(20), Some(5)));
        assert_eq!(v["total_sweeps"], 40, "two blocks x 20 sweeps");
        assert_eq!(v["seed"], 3);
        assert_eq!(v["grid"], serde_json::json!([4, 4]));
        assert_eq!(v["ff_accuracy"].as_f64(), Some(ff), "{backend}: the CLI's feed-forward accuracy is the library's");
        let gibbs = v["gibbs_accuracy"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&gibbs));
        assert_eq!(v["gibbs_correct"].as_f64(), Some(gibbs * 20.0));
        assert!(v["images_per_s"].as_f64().unwrap() > 0.0 && v["elapsed_s"].as_f64().unwrap() > 0.0);
        // Reproducible, and independent of the batch size.
        let mut batched = args.to_vec();
        batched.extend(["--batch", "3"]);
        assert_eq!(ok_json(&batched)["gibbs_correct"], v["gibbs_correct"], "{backend}");
        let mut single = args.to_vec();
        single.extend(["--batch", "1"]);
        assert_eq!(ok_json(&single)["gibbs_correct"], v["gibbs_correct"], "{backend}");
        // One chain is the default run; several count their sweeps.
        assert_eq!(v["chains"], 1);
        let mut one = args.to_vec();
        one.extend(["--chains", "1"]);
        assert_eq!(ok_json(&one)["gibbs_correct"], v["gibbs_correct"], "{backend}");
        let mut three = args.to_vec();
        three.extend(["--chains", "3"]);
        let t = ok_json(&three);
        assert_eq!((t["chains"].as_u64(), t["total_sweeps"].as_u64()), (Some(3), Some(120)), "{backend}");
        // Two halves add up to the whole.
        let half = |skip: &'static str| {
            let mut a = args.to_vec();
            let limit = a.iter().position(|&x| x == "--limit").unwrap() + 1;
            a[limit] = "10";
            a.extend(["--skip", skip]);
            let h = ok_json(&a);
            assert_eq!((h["images"].as_u64(), h["skip"].to_string()), (Some(10), skip.to_string()));
            h["gibbs_correct"].as_u64().unwrap()
        };
        assert_eq!(Some(half("0") + half("10")), v["gibbs_correct"].as_u64(), "{backend}");
    }
    // The verilated chip gives the chip model's predictions, image for image.
    let on = |backend: &str| {
        let mut v = ok_json(&[
            "eval",
            "--model",
            s(&model),
            "--dataset",
            "mnist",
            "--data-dir",
            s(&dir.0),
            "--limit",
            "4",
            "--sweeps",
            "6",
            "--backend",
            backend,
            "--chip",
            "ice40",
            "--json",
        ]);
        for k in ["backend", "elapsed_s", "images_per_s"] {
            v[k].take();
        }
        v
    };
    assert_eq!(on("rtl"), on("chip"));
    let info = ok_json(&["info", s(&model), "--json"]);
    assert_eq!(info["encoder_stride"], 2);
    // A human summary ends with one summary line.
    let out =
        thermoblock(&["eval", "--model", s(&model), "--dataset", "mnist", "--data-dir", s(&dir.0), "--sweeps", "8"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("Gibbs accuracy") && text.contains("feed-forward accuracy") && text.contains("images/s"));
    let last = text.lines().last().unwrap();
    assert!(last.starts_with("summary: mnist test 20 images") && last.contains("16 sweeps/image"), "{text}");
}

#[test]
fn eval_finds_data_through_the_environment_and_reads_gzip() {
    let dir = Scratch::new("eval-env");
    let model = network_fixture(&dir, true);
    let ff = ff_accuracy(&model, &dir.0, DatasetKind::FashionMnist);
    let out = Command::new(env!("CARGO_BIN_EXE_thermoblock"))
        .args(["eval", "--model", s(&model), "--dataset", "fashion-mnist", "--sweeps", "6", "--json"])
        .env("THERMOBLOCK_DATA", &dir.0)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((v["dataset"].as_str(), v["images"].as_u64()), (Some("fashion-mnist"), Some(20)));
    assert_eq!(v["ff_accuracy"].as_f64(), Some(ff));
}

#[test]
fn eval_errors_name_the_problem() {
    let dir = Scratch::new("eval-err");
    let model = network_fixture(&dir, false);
    let data = ["--dataset", "mnist", "--data-dir", s(&dir.0)];
    let eval = |extra: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = vec!["eval".into(), "--model".into(), s(&model).into()];
        a.extend(extra.iter().map(|x| x.to_string()));
        a
    };
    let run = |a: Vec<String>, needles: &[&str]| fails_with(&a.iter().map(String::as_str).collect::<Vec<_>>(), needles);
    let missing = dir.path("no-such-dir");
    run(eval(&["--dataset", "mnist", "--data-dir", s(&missing)]), &["mnist test set", "no-such-dir", "make data"]);
    run(eval(&["--dataset", "fashion-mnist", "--data-dir", s(&missing)]), &["make data", "dataset-fashion-mnist"]);
    run(eval(&[&data[..], &["--limit", "0"]].concat()), &["--limit must be at least 1"]);
    run(eval(&[&data[..], &["--delta", "2"]].concat()), &["outside (0, 1]"]);
    run(eval(&[&data[..], &["--chains", "0"]].concat()), &["--chains", "0 is not in 1..=1024"]);
    run(eval(&[&data[..], &["--skip", "20"]].concat()), &["--skip 20 leaves no images", "mnist test set has 20"]);
    run(eval(&["--dataset", "cifar"]), &["unknown data set `cifar`"]);
    // A model of blocks only.
    let (blocks_only, _) = fixture(&dir);
    let args = ["eval", "--model", s(&blocks_only), "--dataset", "mnist", "--data-dir", s(&dir.0)];
    fails_with(&args, &["block.safetensors", "no encoder", "whole network"]);
    // Images of another size than the model's grid: 10x10 encodes to 5x5, the model says 4x4.
    let other = Scratch::new("eval-err-10x10");
    write_idx_split(&other.0, Split::Test, 10, 10, &[0; 300], &[0, 1, 2], false).unwrap();
    run(
        eval(&["--dataset", "mnist", "--data-dir", s(&other.0)]),
        &["10x10 images encode (stride 2) to a 5x5 grid", "made for 4x4"],
    );
    // A malformed IDX file is named.
    let bad = Scratch::new("eval-err-bad");
    write_idx_split(&bad.0, Split::Test, 8, 8, &[0; 128], &[0, 1], false).unwrap();
    std::fs::write(bad.path("t10k-labels-idx1-ubyte"), [0, 0, 8, 1, 0, 0, 0, 3, 1, 2]).unwrap();
    run(eval(&["--dataset", "mnist", "--data-dir", s(&bad.0)]), &["t10k-labels-idx1-ubyte", "truncated"]);
    // Settings the chip cannot run are refused before any sampling.
    run(eval(&[&data[..], &["--backend", "chip", "--init", "ff"]].concat()), &["random spins only"]);
}

#[test]
fn grid_writes_csv_and_png() {
    let dir = Scratch::new("grid");
    let model = network_fixture(&dir, false);
    let prefix = dir.path("accuracy");
    let args = [
        "grid",
        "--model",
        s(&model),
        "--dataset",
        "mnist",
        "--data-dir",
        s(&dir.0),
        "--limit",
        "12",
        "--deltas",
        "1.0,0.5",
        "--sweeps",
        "4,8,2",
        "--out",
        s(&prefix),
    ];
    let out = thermoblock(&args);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("accuracy.csv") && text.contains("accuracy.png"), "{text}");
    let csv = std::fs::read_to_string(dir.path("accuracy.csv")).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("delta,sweeps,total_sweeps,accuracy,images,burn_in"));
    let rows: Vec<Vec<String>> = lines.map(|l| l.split(',').map(String::from).collect()).collect();
    let cells: Vec<(&str, &str, &str, &str, &str)> =
        rows.iter().map(|r| (r[0].as_str(), r[1].as_str(), r[2].as_str(), r[4].as_str(), r[5].as_str())).collect();
    assert_eq!(
        cells,
        [
            ("0.5", "2", "4", "12", "0"),
            ("0.5", "4", "8", "12", "1"),
            ("0.5", "8", "16", "12", "2"),
            ("1", "2", "4", "12", "0"),
            ("1", "4", "8", "12", "1"),
            ("1", "8", "16", "12", "2"),
        ],
        "sorted delta-major, total sweeps = 2 blocks x G, burn-in floor(G/4)"
    );
    for r in &rows {
        let acc: f64 = r[3].parse().unwrap();
        assert!((0.0..=1.0).contains(&acc), "{r:?}");
    }
    let png = std::fs::read(dir.path("accuracy.png")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    // The same cell through eval gives the same accuracy (same seed, same streams).
    let v = ok_json(&[
        "eval",
        "--model",
        s(&model),
        "--dataset",
        "mnist",
        "--data-dir",
        s(&dir.0),
        "--limit",
        "12",
        "--delta",
        "0.5",
        "--sweeps",
        "4",
        "--json",
    ]);
    let acc: f64 = rows[1][3].parse().unwrap();
    assert!((v["gibbs_accuracy"].as_f64().unwrap() - acc).abs() < 1e-6, "{v} vs {acc}");
    // Without a font the map is still written, without text.
    let out = Command::new(env!("CARGO_BIN_EXE_thermoblock"))
        .args(args)
        .env("THERMOBLOCK_FONT", dir.path("no-font.ttf"))
        .output()
        .unwrap();
    assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("without text"));
    assert_eq!(&std::fs::read(dir.path("accuracy.png")).unwrap()[..8], b"\x89PNG\r\n\x1a\n");
    let bad = |extra: [&str; 2], needle: &str| {
        let mut a = args.to_vec();
        let at = a.iter().position(|x| *x == extra[0]).unwrap();
        a[at + 1] = extra[1];
        fails_with(&a, &[needle]);
    };
    bad(["--deltas", "0.5,0"], "outside (0, 1]");
    bad(["--sweeps", "4,0"], "sweeps must be at least 1");
    bad(["--deltas", "0.5,x"], "invalid value");
    // An explicit burn-in holds in every cell and is the one eval uses for the same cell.
    let with_burn_in = |b: &'static str| -> Vec<&str> { args.iter().copied().chain(["--burn-in", b]).collect() };
    let out = thermoblock(&with_burn_in("1"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = std::fs::read_to_string(dir.path("accuracy.csv")).unwrap();
    let rows: Vec<Vec<&str>> = csv.lines().skip(1).map(|l| l.split(',').collect()).collect();
    assert!(rows.iter().all(|r| r[5] == "1"), "{csv}");
    let v = ok_json(&[
        "eval",
        "--model",
        s(&model),
        "--dataset",
        "mnist",
        "--data-dir",
        s(&dir.0),
        "--limit",
        "12",
        "--delta",
        "0.5",
        "--sweeps",
        "8",
        "--burn-in",
        "1",
        "--json",
    ]);
    let acc: f64 = rows[2][3].parse().unwrap();
    assert_eq!((rows[2][0], rows[2][1]), ("0.5", "8"));
    assert!((v["gibbs_accuracy"].as_f64().unwrap() - acc).abs() < 1e-6, "{v} vs {acc}");
    // A burn-in that leaves the smallest G nothing to average is refused before any sampling.
    fails_with(&with_burn_in("2"), &["--burn-in with 2 sweeps", "burn-in 2 leaves no sweeps"]);
}

/// `tools/eval-in-parts.sh` (the long evaluations' driver, `make eval-fashion-mnist`): its parts add
/// up to the one run, finished parts are kept, and a newer model file or other settings are not
/// mixed with old parts.
#[test]
fn eval_in_parts_adds_up_to_one_run() {
    let dir = Scratch::new("eval-parts");
    let model = network_fixture(&dir, false);
    let parts = dir.path("parts");
    let settings =
        ["--model", s(&model), "--dataset", "mnist", "--data-dir", s(&dir.0), "--delta", "0.7", "--sweeps", "20"];
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tools/eval-in-parts.sh");
    let in_parts = |extra: &[&str]| {
        let out = Command::new("bash")
            .arg(script)
            .args([s(&parts), "7", "20"])
            .args(extra)
            .env("THERMOBLOCK", env!("CARGO_BIN_EXE_thermoblock"))
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let whole = ok_json(&[&["eval"], &settings[..], &["--json"]].concat());
    let (ok, text, log) = in_parts(&settings);
    assert!(ok, "{log}");
    assert_eq!(log.matches("images ").count(), 3, "parts of 7, 7 and 6 images: {log}");
    let want = |key: &str, name: &str| {
        format!("{name}{:.2}% ({} of 20)", 100.0 * whole[key].as_f64().unwrap() / 20.0, whole[key])
    };
    assert!(text.contains(&want("gibbs_correct", "Gibbs sampling: ")), "{text} vs {whole}");
    assert!(text.contains(&want("ff_correct", "feed-forward:   ")), "{text} vs {whole}");
    // Finished parts are kept; a model written after them makes them stale.
    let (ok, again, log) = in_parts(&settings);
    assert!(ok && !log.contains("images ") && again == text, "{log}");
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options().write(true).open(&model).unwrap().set_modified(later).unwrap();
    let (ok, _, log) = in_parts(&settings);
    assert!(ok && log.matches("images ").count() == 3, "{log}");
    // Other settings, per-part flags and an eval failure are refused.
    let (ok, _, log) = in_parts(&[&settings[..], &["--seed", "4"]].concat());
    assert!(!ok && log.contains("holds parts from other eval arguments"), "{log}");
    let (ok, _, log) = in_parts(&[&settings[..], &["--limit", "4"]].concat());
    assert!(!ok && log.contains("--limit is set per part"), "{log}");
    let (ok, _, log) = in_parts(&["--dataset", "mnist"]);
    assert!(!ok && log.contains("need --model"), "{log}");
    std::fs::remove_dir_all(&parts).unwrap();
    let out = Command::new("bash")
        .arg(script)
        .args([s(&parts), "7", "30"])
        .args(settings)
        .env("THERMOBLOCK", env!("CARGO_BIN_EXE_thermoblock"))
        .output()
        .unwrap();
    assert!(!out.status.success(), "30 images asked of a split of 20");
    assert!(String::from_utf8_lossy(&out.stderr).contains("leaves no images"));
}

/// A build without the `trace` feature says how to get waveforms instead of writing nothing.
#[cfg(all(feature = "rtl", not(feature = "trace")))]
#[test]
fn trace_without_the_feature_says_how_to_get_it() {
    let dir = Scratch::new("no-trace");
    let (model, input) = fixture(&dir);
    let vcd = dir.path("t.vcd");
    let args = ["sample", "--model", s(&model), "--input", s(&input), "--sweeps", "2", "--backend", "rtl"];
    fails_with(&[&args[..], &["--chip", "ice40", "--trace", s(&vcd)]].concat(), &["--features trace"]);
    assert!(!vcd.exists(), "no file is left behind");
}

/// The link under real use, through the CLI: runs that outlast the host's patience, 1% byte
/// faults each way (frames set small on the spec, or shrunk by the host itself), a second host on
/// a port in use, and no line-rate share on a pseudo-terminal. Results equal `--backend chip`.
#[test]
fn the_board_link_survives_long_runs_noise_and_a_second_host() {
    let dir = Scratch::new("hardening");
    let spec = RandomBlockSpec { c0: 8, c1: 16, c2: 8, kernel: 3, coupling: 0.8 };
    let (model, input) = (dir.path("block.safetensors"), dir.path("x.npy"));
    Model::from_blocks(vec![random_block(&spec, 3).unwrap()]).save(&model).unwrap();
    npy::write_spins(&input, &random_spins(8, 8, 8, 3)).unwrap();
    let run = |sweeps: &str, backend: &[&str]| {
        let args = ["sample", "--model", s(&model), "--input", s(&input), "--sweeps", sweeps, "--json", "--backend"];
        let mut v = ok_json(&[&args[..], backend].concat());
        let link = v["link"].take();
        for k in ["elapsed_s", "backend"] {
            v[k].take();
        }
        (v, link)
    };

    // A run of about a second on the software board against a host patient for 2 x 100 ms.
    let quiet = common::start_board(&["--pty", "--chip", "ecp5"]);
    let impatient = format!("uart:{}?timeout=100&tries=2", quiet.path);
    assert_eq!(run("20000", &[&impatient]).0, run("20000", &["chip"]).0, "a long run over the link");

    // A second host while the first holds the port: named as such.
    let _first = serialport::new(&quiet.path, 3_000_000).open().expect("the first host");
    let args = ["sample", "--model", s(&model), "--input", s(&input), "--backend", &impatient];
    fails_with(&args, &["in use by another process"]);
    drop(_first);

    // 1% of the bytes dropped, flipped or duplicated each way.
    // The board drops a partial frame after 5 ms of quiet, before the host's 20 ms timeout resends.
    let noisy = common::start_board(&["--pty", "--chip", "ice40", "--faults", "0.01@7", "--idle-ms", "5"]);
    // (ice40: its configuration block is 96 bytes; ecp5's 320 cannot be split and rarely survive.)
    let want = run("50", &["chip", "--chip", "ice40"]).0;
    let small = format!("uart:{}?frame=64&tries=40&timeout=20", noisy.path);
    assert_eq!(run("50", &[&small]).0, want, "small frames");
    let shrunk = format!("uart:{}?tries=40&timeout=20", noisy.path);
    let (got, link) = run("50", &[&shrunk]);
    assert_eq!(got, want, "frames the host shrank");
    assert!(link["frame_shrinks"].as_u64() > Some(0) && link["retries"].as_u64() > Some(0), "{link}");

    // A pseudo-terminal has no line rate: no share of one is reported.
    let v = ok_json(&["sample", "--model", s(&model), "--input", s(&input), "--json", "--backend", &impatient]);
    assert!(v["link"].is_null() || v["link"]["utilization"].is_null(), "{}", v["link"]);
    for mut board in [quiet.child, noisy.child] {
        let _ = board.kill();
        let _ = board.wait();
    }
}

/// Huge sizes get an error naming the limit before anything is allocated (they used to panic,
/// abort on a 320 GB allocation, or wrap), and outputs are checked before any is written (a
/// directory as --out used to leave a `.tmp` file, or a hidden `.csv`).
#[test]
fn huge_sizes_and_unwritable_outputs_are_refused_up_front() {
    let dir = Scratch::new("limits");
    let (model, _) = fixture(&dir);
    let out = dir.file("b.safetensors");
    fails_with(&["bench", "--grid", "4294967296x4294967296"], &["each side must be 1 to 4096"]);
    fails_with(&["bench", "--grid", "100000x100000"], &["each side must be 1 to 4096"]);
    fails_with(&["bench", "--grid", "4096x4096", "--seconds", "0.1"], &["spins, more than"]);
    fails_with(&["bench", "--c0", "100000", "--c1", "100000", "--c2", "100000"], &["C0 = 100000", "1 to 16384"]);
    fails_with(&["random-block", "--out", &out, "--kernel", "4294967295"], &["odd, 1 to 63"]);
    fails_with(&["random-block", "--out", &out, "--c0", "100000", "--c1", "100000"], &["C0 = 100000"]);
    fails_with(&["random-block", "--out", &out, "--c0", "16384", "--c1", "16384"], &["parameters, more than"]);
    fails_with(&["info", s(&model), "--grid", "4294967296x4294967296"], &["each side must be 1 to 4096"]);

    let folder = dir.path("folder");
    std::fs::create_dir(&folder).unwrap();
    fails_with(&["random-block", "--out", s(&folder)], &["is a directory"]);
    fails_with(&["random-block", "--out", &out, "--input-out", s(&folder)], &["--input-out", "is a directory"]);
    fails_with(&["random-block", "--out", &dir.file("no/such/b.safetensors")], &["does not exist"]);
    let grid = ["grid", "--model", s(&model), "--dataset", "mnist", "--deltas", "0.5", "--sweeps", "10", "--out"];
    fails_with(&[&grid[..], &[&format!("{}/", s(&folder))]].concat(), &["not a folder"]);
    assert!(std::fs::read_dir(&folder).unwrap().next().is_none(), "nothing was written into the folder");
    let left: Vec<_> = std::fs::read_dir(&dir.0).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(
        left.iter().all(|n| !n.to_string_lossy().ends_with(".tmp")) && !dir.path("b.safetensors").exists(),
        "{left:?}"
    );
}

/// Files are read as far as their headers promise, within stated limits: a device that never
/// ends and an 8 GB sparse model file are refused after a few bytes (they used to be read whole).
#[test]
fn endless_and_huge_files_are_refused_without_reading_them() {
    let dir = Scratch::new("unbounded");
    let (model, _) = fixture(&dir);
    let sparse = dir.path("sparse.safetensors");
    std::fs::File::create(&sparse).unwrap().set_len(8 << 30).unwrap();
    fails_with(&["info", "/dev/zero"], &["model file /dev/zero", "not a valid safetensors file"]);
    fails_with(&["info", s(&sparse)], &["not a valid safetensors file"]);
    fails_with(&["sample", "--model", s(&model), "--input", "/dev/zero"], &["missing the \\x93NUMPY magic"]);
    fails_with(&["plot-grid", "--csv", "/dev/zero", "--out", &dir.file("m.png")], &["larger than the 16 MiB"]);
}

/// No silent change of meaning: a delta the chip cannot hold is refused (it ran at 2^-15 while the
/// JSON said 1e-6); repeated keys in a model file are refused (the last used to win); a huge shape
/// or data past the end names its tensor.
#[test]
fn what_cannot_be_done_as_asked_is_refused() {
    let dir = Scratch::new("meaning");
    let (model, input) = fixture(&dir);
    let args = ["sample", "--model", s(&model), "--input", s(&input), "--backend", "chip", "--delta"];
    fails_with(&[&args[..], &["1e-6"]].concat(), &["steps of 2^-15", "more than 1% off"]);
    ok_json(&[&args[..], &["0.2", "--json"]].concat());
    let file = |name: &str, header: &str, data: usize| {
        let path = dir.path(name);
        let mut bytes = (header.len() as u64).to_le_bytes().to_vec();
        bytes.extend(header.as_bytes());
        bytes.extend(vec![0u8; data]);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let meta = r#""__metadata__":{"format":"thermoblock-v1"}"#;
    let dup = file("dup.safetensors", &format!(r#"{{{meta},"__metadata__":{{"format":"x"}}}}"#), 0);
    fails_with(&["info", s(&dup)], &["`__metadata__` appears twice"]);
    let t = r#"{"dtype":"F32","shape":[1],"data_offsets":[0,4]}"#;
    let dup = file("dup2.safetensors", &format!(r#"{{{meta},"blocks.0.b":{t},"blocks.0.b":{t}}}"#), 4);
    fails_with(&["info", s(&dup)], &["`blocks.0.b` appears twice"]);
    let huge = r#"{"dtype":"F32","shape":[4611686018427387904,8],"data_offsets":[0,8]}"#;
    let huge = file("huge.safetensors", &format!(r#"{{{meta},"blocks.0.k1":{huge}}}"#), 8);
    fails_with(&["info", s(&huge)], &["tensor `blocks.0.k1`", "too large"]);
    let past = r#"{"dtype":"F32","shape":[2],"data_offsets":[0,8]}"#;
    let past = file("past.safetensors", &format!(r#"{{{meta},"blocks.0.k2":{past}}}"#), 4);
    fails_with(&["info", s(&past)], &["tensor `blocks.0.k2`", "past the end"]);
}
