//! Verilates the checked-in Verilog of each hardware unit and of the whole chip, and compiles it,
//! with Verilator's runtime and the C++ shim (`shim/shim.cpp`), into one static library that
//! `src/ffi.rs` links against.
//!
//! Per model in [`MODELS`]: `verilator --cc -Wall ../hdl/lint/verilator.vlt ../hdl/generated/<unit>.v
//! --top-module top --prefix <Prefix> --Mdir $OUT_DIR/<Prefix>`. rust-hdl names every root module
//! `top`; `--prefix` gives each model its own C++ class (`VLaneRng`, `VPBit`, `VChipIce40`,
//! `VChipEcp5`, `VBoardIce40`, `VBoardEcp5`) so that several can be linked into one binary. Lint policy: `-Wall` with the
//! project's one waiver file, the same gate as `make verilog` and the `hdl` lint tests, so a warning
//! is a build error here too rather than being hidden by `-Wno-fatal` (the checked-in Verilog is
//! lint-clean by construction). Verilator's X handling stays at its defaults (`--x-assign fast`,
//! `--x-initial unique` with zero as the unique value): every register of the generated Verilog has
//! an `initial` value, and the memories without one power up as zeros, as in the unit models.
//!
//! Compilation, as `verilated.mk` does it but in parallel: a model's generated classes are split by
//! Verilator's own `<Prefix>_classes.mk` into the *fast* path (`VM_CLASSES_FAST`, `VM_SUPPORT_FAST`:
//! `eval` and everything a clock edge runs) and the *slow* path (`VM_CLASSES_SLOW`,
//! `VM_SUPPORT_SLOW`: constructors and `initial` blocks, run once per model). Each path becomes one
//! translation unit that `#include`s its files (`<Prefix>__fast.cpp`, `<Prefix>__slow.cpp`: the
//! headers are parsed once, not once per file). Slow units are compiled at `-O0` like
//! `verilated.mk`'s `OPT_SLOW`: the `ecp5` chip's slow path is its 32 threshold ROMs' `initial`
//! blocks, 4 MB of C++ that `-O2` spends a minute on for no run-time gain. Fast units at `-O1` in
//! every profile (simulation speed is the point of this crate; `verilated.mk` uses `-Os`): on the
//! `ecp5` chip `-O1` compiles in half the time of `-O2` (7 s against 14 s on one core) and simulates
//! as fast (~0.4 M cycles/s either way, within run-to-run noise; `-O3` and Verilator's `-O3` or
//! `--inline-mult -1` gain nothing measurable either). A model with a small slow path (a unit's) is
//! one translation unit at `-O2`, `<Prefix>__all.cpp`. The translation units, Verilator's
//! runtime (`VM_GLOBAL_*`: `verilated.cpp`, `verilated_threads.cpp`) and the shim are compiled by
//! `NUM_JOBS` threads, largest first, and archived together. Needs `verilator` (Debian's 5.006 works;
//! `VERILATOR` overrides the program) and a C++17 compiler.
//!
//! Waveforms: with the cargo feature `trace` every model is verilated with `--trace` (VCD) and
//! compiled with `VM_TRACE=1`, which the shim's `tb_*_trace` functions need. It is a feature, not
//! the default, because tracing code roughly doubles the models' C++ and their compile time, and
//! slows the simulation even while no trace is open.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// One hardware unit to verilate.
struct Model {
    /// File stem of `hdl/generated/<unit>.v`.
    unit: &'static str,
    /// C++ class prefix; the shim includes `<prefix>.h`.
    prefix: &'static str,
}

/// Every model in the library. Adding a unit here (and its functions to the shim) is all the build needs.
const MODELS: &[Model] = &[
    Model { unit: "lane_rng", prefix: "VLaneRng" }, // one lane's xorshift64 generator
    Model { unit: "pbit", prefix: "VPBit" },        // threshold ROM and comparator
    Model { unit: "chip_ice40", prefix: "VChipIce40" }, // the whole chip, 4 lanes
    Model { unit: "chip_ecp5", prefix: "VChipEcp5" }, // the whole chip, 32 lanes
    Model { unit: "chip_ice40_up5k", prefix: "VChipIce40Up5k" }, // the iCEBreaker's chip: 1 lane, SPRAM bank
    Model { unit: "board_ice40", prefix: "VBoardIce40" }, // UART, command engine and chip: the FPGA top
    Model { unit: "board_ecp5", prefix: "VBoardEcp5" },
];

/// Bytes of slow-path C++ below which a model is compiled as one translation unit at `-O2` (the
/// units' models; the chips' slow paths are megabytes).
const SMALL_SLOW_PATH: u64 = 256 * 1024;

/// The macros `verilated.mk` defines for every file, and their values: no coverage, SystemC or FST;
/// VCD tracing as [`tracing`] says.
fn defines() -> [(&'static str, &'static str); 5] {
    let trace = if tracing() { "1" } else { "0" };
    [("VM_COVERAGE", "0"), ("VM_SC", "0"), ("VM_TRACE", trace), ("VM_TRACE_FST", "0"), ("VM_TRACE_VCD", trace)]
}

/// Whether the cargo feature `trace` is on: models verilated with `--trace`.
fn tracing() -> bool {
    std::env::var_os("CARGO_FEATURE_TRACE").is_some()
}

const INSTALL_HINT: &str = "install it: apt-get install verilator, or `make setup`";

/// One object to compile.
struct Job {
    source: PathBuf,
    /// `-O` level.
    opt: u32,
    /// Our code (the shim): warnings are errors. Otherwise Verilator's code, its warnings off.
    ours: bool,
}

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let hdl = manifest.join("..").join("hdl");
    let waivers = hdl.join("lint").join("verilator.vlt");
    let shim = manifest.join("shim");
    println!("cargo:rerun-if-env-changed=VERILATOR");
    for path in [waivers.clone(), shim.join("shim.cpp"), shim.join("shim.h")] {
        println!("cargo:rerun-if-changed={}", path.display());
    }

    let verilator = std::env::var("VERILATOR").unwrap_or_else(|_| "verilator".into());
    let root = verilator_root(&verilator);
    let include = root.join("include");

    // Verilate every model at once (one process each).
    let dirs: Vec<PathBuf> = std::thread::scope(|scope| {
        let handles: Vec<_> = MODELS
            .iter()
            .map(|model| {
                let verilog = hdl.join("generated").join(format!("{}.v", model.unit));
                println!("cargo:rerun-if-changed={}", verilog.display());
                let dir = out.join(model.prefix);
                let (verilator, waivers) = (&verilator, &waivers);
                scope.spawn(move || {
                    verilate(verilator, waivers, &verilog, model.prefix, &dir);
                    dir
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|_| fail("verilating a model panicked".into()))).collect()
    });

    let mut jobs = Vec::new();
    let mut runtime = Vec::<String>::new();
    for (model, dir) in MODELS.iter().zip(&dirs) {
        let classes = class_lists(&dir.join(format!("{}_classes.mk", model.prefix)));
        let list = |vars: &[&str]| vars.iter().flat_map(|v| classes.get(*v).cloned().unwrap_or_default()).collect();
        let fast: Vec<String> = list(&["VM_CLASSES_FAST", "VM_SUPPORT_FAST"]);
        let slow: Vec<String> = list(&["VM_CLASSES_SLOW", "VM_SUPPORT_SLOW"]);
        let bytes = |classes: &[String]| -> u64 {
            classes.iter().map(|c| std::fs::metadata(dir.join(format!("{c}.cpp"))).map_or(0, |m| m.len())).sum()
        };
        if bytes(&slow) < SMALL_SLOW_PATH {
            // A unit: one translation unit at -O2 parses Verilator's headers once instead of twice.
            let all: Vec<String> = fast.into_iter().chain(slow).collect();
            jobs.push(Job { source: translation_unit(dir, model.prefix, "all", &all), opt: 2, ours: false });
        } else {
            jobs.push(Job { source: translation_unit(dir, model.prefix, "fast", &fast), opt: 1, ours: false });
            jobs.push(Job { source: translation_unit(dir, model.prefix, "slow", &slow), opt: 0, ours: false });
        }
        for class in list(&["VM_GLOBAL_FAST", "VM_GLOBAL_SLOW"]) {
            if !runtime.contains(&class) {
                runtime.push(class);
            }
        }
    }
    assert!(runtime.iter().any(|c| c == "verilated"), "no runtime classes found in the models' _classes.mk");
    // The VCD writer (listed in _classes.mk by the Verilator versions seen; added if one does not).
    if tracing() && !runtime.iter().any(|c| c == "verilated_vcd_c") {
        runtime.push("verilated_vcd_c".into());
    }
    jobs.extend(runtime.iter().map(|class| Job { source: include.join(format!("{class}.cpp")), opt: 2, ours: false }));
    jobs.push(Job { source: shim.join("shim.cpp"), opt: 2, ours: true });

    // Verilator's runtime and the generated models: its code, compiled as verilated.mk does (its
    // warnings off). The shim: our code, warnings are errors; Verilator's headers (runtime and
    // generated) are included as system headers, whose warnings are not ours to fix.
    let mut generated = base_build();
    generated.warnings(false).extra_warnings(false).include(&include).include(include.join("vltstd")).flag("-w");
    if generated.is_flag_supported("-faligned-new").unwrap_or(false) {
        generated.flag("-faligned-new");
    }
    let mut ours = base_build();
    ours.warnings(true).extra_warnings(true).warnings_into_errors(true);
    for dir in [include.clone(), include.join("vltstd")].iter().chain(&dirs) {
        ours.flag("-isystem").flag(dir);
    }
    ours.include(&shim);

    let objects = compile_parallel(jobs, &generated, &ours);
    let mut lib = base_build();
    lib.objects(objects);
    lib.compile("thermoblock_rtl_verilated");
    // verilated.mk's thread libraries (verilated_threads.cpp uses std::thread).
    println!("cargo:rustc-link-lib=pthread");
}

/// Flags shared by every compilation.
fn base_build() -> cc::Build {
    let mut build = cc::Build::new();
    build.cpp(true).std("c++17").debug(false);
    for (name, value) in defines() {
        build.define(name, value);
    }
    build
}

/// Compiles every job into an object, `NUM_JOBS` (cargo's `-j`) at a time, largest source first so
/// that the long ones start early; returns the objects in job order.
fn compile_parallel(mut jobs: Vec<Job>, generated: &cc::Build, ours: &cc::Build) -> Vec<PathBuf> {
    let size = |job: &Job| -> u64 {
        // A translation unit's cost is its included files'.
        let includes = std::fs::read_to_string(&job.source).unwrap_or_default();
        let dir = job.source.parent().unwrap_or(Path::new("."));
        let included: u64 = includes
            .lines()
            .filter_map(|l| l.strip_prefix("#include \"")?.strip_suffix('"'))
            .map(|f| std::fs::metadata(dir.join(f)).map(|m| m.len()).unwrap_or(0))
            .sum();
        let own = std::fs::metadata(&job.source).map(|m| m.len()).unwrap_or(0);
        // -O0 compiles several times faster per byte than -O2.
        (included + own) / if job.opt == 0 { 6 } else { 1 }
    };
    jobs.sort_by_key(|job| std::cmp::Reverse(size(job)));
    let threads: usize = std::env::var("NUM_JOBS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, jobs.len());
    let queue = Mutex::new(jobs.into_iter().enumerate().collect::<Vec<_>>());
    let done = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let next = {
                        let mut q = queue.lock().expect("job queue");
                        if q.is_empty() { None } else { Some(q.remove(0)) }
                    };
                    let Some((i, job)) = next else { break };
                    let mut build = if job.ours { ours.clone() } else { generated.clone() };
                    build.opt_level(job.opt).file(&job.source);
                    let objects = build
                        .try_compile_intermediates()
                        .unwrap_or_else(|e| fail(format!("cannot compile {}: {e}", job.source.display())));
                    done.lock().expect("objects").extend(objects.into_iter().map(|o| (i, o)));
                }
            });
        }
    });
    let mut objects = done.into_inner().expect("objects");
    objects.sort();
    objects.into_iter().map(|(_, o)| o).collect()
}

/// Stops the build with `message` (no panic backtrace: these are the user's errors, not the script's).
fn fail(message: String) -> ! {
    eprintln!("\nerror: {message}\n");
    std::process::exit(1)
}

/// `verilator --getenv VERILATOR_ROOT`, or a build error saying how to install Verilator.
fn verilator_root(verilator: &str) -> PathBuf {
    match Command::new(verilator).args(["--getenv", "VERILATOR_ROOT"]).output() {
        Ok(o) if o.status.success() => PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()),
        Ok(o) => fail(format!(
            "`{verilator} --getenv VERILATOR_ROOT` failed: {}\nthermoblock-rtl needs a working Verilator: {INSTALL_HINT}",
            String::from_utf8_lossy(&o.stderr).trim()
        )),
        Err(e) => fail(format!(
            "`{verilator}` not found ({e}).\nthermoblock-rtl compiles the chip's Verilog with Verilator: {INSTALL_HINT}"
        )),
    }
}

/// Runs `verilator --cc` on one unit into a fresh `dir`; a build error with Verilator's output on failure.
fn verilate(verilator: &str, waivers: &Path, verilog: &Path, prefix: &str, dir: &Path) {
    if !verilog.exists() {
        fail(format!(
            "{} does not exist: thermoblock-rtl verilates every unit in hdl/generated/ (run `make verilog`)",
            verilog.display()
        ));
    }
    let _ = std::fs::remove_dir_all(dir);
    let output = Command::new(verilator)
        .args(["--cc", "-Wall"])
        // Time in ns in the VCD header (the designs carry no `timescale`; Verilator's default is 1ps).
        .args(if tracing() { &["--trace", "--timescale", "1ns/1ns"][..] } else { &[] })
        .arg(waivers)
        .arg(verilog)
        .args(["--top-module", "top", "--prefix", prefix, "--Mdir"])
        .arg(dir)
        .output()
        .unwrap_or_else(|e| fail(format!("cannot run {verilator}: {e}; {INSTALL_HINT}")));
    if !output.status.success() {
        fail(format!(
            "verilator --cc -Wall rejects {} (fix the unit in hdl/src and run `make verilog`):\n{}{}",
            verilog.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
}

/// Writes `<prefix>__<path>.cpp` into `dir`, `#include`-ing `<class>.cpp` for every class (in
/// Verilator's order), and returns its path.
fn translation_unit(dir: &Path, prefix: &str, path: &str, classes: &[String]) -> PathBuf {
    assert!(!classes.is_empty(), "verilator listed no {path}-path classes in {}", dir.display());
    let unit = dir.join(format!("{prefix}__{path}.cpp"));
    let text: String = classes.iter().map(|class| format!("#include \"{class}.cpp\"\n")).collect();
    std::fs::write(&unit, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", unit.display()));
    unit
}

/// The class lists of a model's `<Prefix>_classes.mk`: variable (`VM_CLASSES_FAST`,
/// `VM_GLOBAL_SLOW`, ...) to the classes listed under it, each `<class>.cpp` (generated classes in
/// the model's directory, global ones in Verilator's `include/`).
fn class_lists(classes_mk: &Path) -> BTreeMap<String, Vec<String>> {
    let text =
        std::fs::read_to_string(classes_mk).unwrap_or_else(|e| panic!("cannot read {}: {e}", classes_mk.display()));
    let mut lists = BTreeMap::<String, Vec<String>>::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let line = line.trim();
        if let Some(variable) = line.strip_suffix("+= \\") {
            let variable = variable.trim().to_string();
            lists.entry(variable.clone()).or_default();
            current = Some(variable);
        } else if line.is_empty() || !line.ends_with('\\') {
            current = None;
        } else if let Some(variable) = &current {
            let class = line.trim_end_matches('\\').trim();
            lists.get_mut(variable).expect("entry created above").push(class.to_string());
        }
    }
    lists
}
