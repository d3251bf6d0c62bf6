//! Verilates the checked-in Verilog of each hardware unit and compiles it, with Verilator's runtime
//! and the C++ shim (`shim/shim.cpp`), into one static library that `src/ffi.rs` links against.
//!
//! Per unit in [`MODELS`]: `verilator --cc -Wall ../hdl/lint/verilator.vlt ../hdl/generated/<unit>.v
//! --top-module top --prefix <Prefix> --Mdir $OUT_DIR/<Prefix>`. rust-hdl names every root module
//! `top`; `--prefix` gives each model its own C++ class (`VLaneRng`, `VPBit`) so that several can be
//! linked into one binary. Lint policy: `-Wall` with the project's one waiver file, the same gate as
//! `make verilog` and the `hdl` lint tests, so a warning is a build error here too rather than being
//! hidden by `-Wno-fatal` (the checked-in Verilog is lint-clean by construction).
//!
//! Then every generated `.cpp` of every model (one translation unit per model, `<Prefix>__ALL.cpp`,
//! as `verilated.mk` does), the Verilator runtime sources the models list in
//! `<Prefix>_classes.mk` (`VM_GLOBAL_*`: `verilated.cpp`, `verilated_threads.cpp`), and the shim are
//! compiled with `cc` (C++17, `-O2` in every profile: the models are the point of this crate). Needs
//! `verilator` (Debian's 5.006 works; `VERILATOR` overrides the program) and a C++17 compiler.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

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
];

/// The macros `verilated.mk` defines for every file: no coverage, SystemC or tracing.
const DEFINES: [&str; 5] = ["VM_COVERAGE", "VM_SC", "VM_TRACE", "VM_TRACE_FST", "VM_TRACE_VCD"];

const INSTALL_HINT: &str = "install it: apt-get install verilator, or `make setup`";

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

    let mut model_sources = Vec::new();
    let mut model_dirs = Vec::new();
    let mut runtime = BTreeSet::new();
    for model in MODELS {
        let verilog = hdl.join("generated").join(format!("{}.v", model.unit));
        println!("cargo:rerun-if-changed={}", verilog.display());
        let dir = out.join(model.prefix);
        verilate(&verilator, &waivers, &verilog, model.prefix, &dir);
        model_sources.push(single_unit(&dir, model.prefix));
        runtime.extend(runtime_classes(&dir.join(format!("{}_classes.mk", model.prefix))));
        model_dirs.push(dir);
    }

    // Verilator's runtime and the generated models: its code, compiled as verilated.mk does (its
    // warnings off); objects only, linked below with the shim into one archive.
    let mut generated = base_build();
    generated.warnings(false).extra_warnings(false).include(&include).include(include.join("vltstd"));
    for flag in ["-faligned-new", "-Wno-bool-operation", "-Wno-sign-compare", "-Wno-unused-parameter"] {
        generated.flag_if_supported(flag);
    }
    generated.files(runtime.iter().map(|class| include.join(format!("{class}.cpp"))));
    generated.files(&model_sources);
    let objects = generated.compile_intermediates();

    // The shim: our code, warnings are errors; Verilator's headers (runtime and generated) are
    // included as system headers, whose warnings are not ours to fix.
    let mut lib = base_build();
    lib.warnings(true).extra_warnings(true).warnings_into_errors(true);
    for dir in [include.clone(), include.join("vltstd")].iter().chain(&model_dirs) {
        lib.flag("-isystem").flag(dir);
    }
    lib.include(&shim).file(shim.join("shim.cpp")).objects(objects);
    lib.compile("thermoblock_rtl_verilated");
    // verilated.mk's thread libraries (verilated_threads.cpp uses std::thread).
    println!("cargo:rustc-link-lib=pthread");
}

/// Flags shared by the two compilations.
fn base_build() -> cc::Build {
    let mut build = cc::Build::new();
    build.cpp(true).std("c++17").opt_level(2).debug(false);
    for define in DEFINES {
        build.define(define, "0");
    }
    build
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
    let _ = std::fs::remove_dir_all(dir);
    let output = Command::new(verilator)
        .args(["--cc", "-Wall"])
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

/// Writes `<prefix>__ALL.cpp` into `dir`, `#include`-ing every `.cpp` Verilator wrote there (sorted),
/// and returns its path. One translation unit per model, as `verilated.mk` builds it without
/// `--output-split`: Verilator's headers are parsed once instead of once per file, which halves the
/// build time.
fn single_unit(dir: &Path, prefix: &str) -> PathBuf {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("read a directory entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".cpp"))
        .collect();
    assert!(!files.is_empty(), "verilator wrote no C++ into {}", dir.display());
    files.sort();
    let all = dir.join(format!("{prefix}__ALL.cpp"));
    let text: String = files.iter().map(|name| format!("#include \"{name}\"\n")).collect();
    std::fs::write(&all, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", all.display()));
    all
}

/// The runtime classes (`verilated`, `verilated_threads`, ...) listed under `VM_GLOBAL_FAST` and
/// `VM_GLOBAL_SLOW` in a model's `<Prefix>_classes.mk`: each is `include/<class>.cpp`.
fn runtime_classes(classes_mk: &Path) -> Vec<String> {
    let text =
        std::fs::read_to_string(classes_mk).unwrap_or_else(|e| panic!("cannot read {}: {e}", classes_mk.display()));
    let mut classes = Vec::new();
    let mut in_global = false;
    for line in text.lines() {
        let line = line.trim();
        if let Some(variable) = line.strip_suffix("+= \\") {
            in_global = variable.trim().starts_with("VM_GLOBAL_");
        } else if line.is_empty() || !line.ends_with('\\') {
            in_global = false;
        } else if in_global {
            classes.push(line.trim_end_matches('\\').trim().to_string());
        }
    }
    assert!(classes.iter().any(|c| c == "verilated"), "no runtime classes found in {}", classes_mk.display());
    classes
}
