//! The generated Verilog: which units are checked in, how they are regenerated and how they are linted.
//!
//! Each unit's Verilog is written to `hdl/generated/<unit>.v` by
//! [`REGENERATE_COMMAND`] (the Makefile's `verilog` target). Every file holds the unit's whole
//! hierarchy; rust-hdl names the root module `top` and its children `top$<field>`.
//!
//! Tests check, per unit: the checked-in file equals a fresh generation ([`assert_checked_in`]),
//! Verilator `--lint-only -Wall` passes with only the waivers in `hdl/lint/verilator.vlt`
//! ([`verilator_lint`]), and Yosys reads and elaborates it (`yosys_validate`). A missing tool is a
//! loud `SKIP` locally and a failure when the `CI` environment variable is set ([`skip_missing_tool`]).
//! Each unit's behaviour test also replays its stimulus through the generated Verilog in Verilator's
//! simulator ([`assert_replay_clean`]), so the Verilog, not only rust-hdl's model of it, is checked
//! against the software twin.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use rust_hdl::core::prelude::{Block, generate_verilog};

use thermoblock_contract::config::{ECP5, ICE40, ICE40_UP5K};

use crate::chip::lane_rng::LaneRng;
use crate::chip::pbit::PBit;

/// The three checks every unit's test module carries for its checked-in Verilog: Verilator lint,
/// Yosys elaboration, and freshness against a new generation.
#[macro_export]
macro_rules! verilog_checks {
    ($unit:literal) => {
        #[test]
        fn verilog_passes_verilator_lint() {
            $crate::flow::verilog::assert_lint_clean($unit);
        }

        #[test]
        fn verilog_passes_yosys_validate() {
            $crate::flow::verilog::assert_yosys_clean($unit);
        }

        #[test]
        fn checked_in_verilog_is_current() {
            $crate::flow::verilog::assert_checked_in($unit);
        }
    };
}

/// The command that rewrites every file in `hdl/generated/`, run from the workspace root.
pub const REGENERATE_COMMAND: &str = "cargo run --release -p thermoblock-hdl --bin generate_verilog";

/// A hardware unit whose Verilog is checked in.
#[derive(Clone, Copy, Debug)]
pub struct Unit {
    /// File stem: `hdl/generated/<name>.v` holds its Verilog.
    pub name: &'static str,
    /// The Rust file that describes it, under `hdl/src/`.
    pub source: &'static str,
    /// Generates the unit's Verilog body (call it through [`Unit::generate`], which heads it).
    pub verilog: fn() -> String,
}

impl Unit {
    /// The unit's Verilog, headed with where it comes from, built on a thread with room for it
    /// (see [`on_big_stack`]).
    pub fn generate(&self) -> String {
        let (name, source) = (self.name, self.source);
        format!(
            "// {name}.v: generated from hdl/src/{source} by `make verilog`\n\
             // ({REGENERATE_COMMAND}). Do not edit: edit the Rust and regenerate.\n\
             // Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/{name}.v\n\n\
             {}\n",
            on_big_stack(self.verilog)
        )
    }
}

/// Runs `f` on a thread with a 512 MiB stack: the 32-lane chips are structs of several megabytes
/// that an unoptimized build moves through its stack frames, beyond a test thread's 2 MiB.
pub fn on_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(512 << 20)
            .spawn_scoped(scope, f)
            .expect("spawn a thread to build the Verilog")
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e))
    })
}

/// Every unit with checked-in Verilog.
pub const UNITS: [Unit; 27] = [
    Unit { name: "lane_rng", source: "chip/lane_rng.rs", verilog: || verilog_body(LaneRng::default()) },
    Unit { name: "pbit", source: "chip/pbit.rs", verilog: || verilog_body(PBit::default()) },
    Unit {
        name: "average_sign",
        source: "chip/average_sign.rs",
        verilog: || verilog_body(crate::chip::average_sign::AverageSign::default()),
    },
    Unit {
        name: "field_unit",
        source: "chip/field_unit.rs",
        verilog: || verilog_body(crate::chip::field_unit::FieldUnit::default()),
    },
    Unit {
        name: "coupling_memory",
        source: "chip/coupling_memory.rs",
        verilog: || verilog_body(crate::chip::coupling_memory::CheckedIn::default()),
    },
    Unit {
        name: "sweep_controller",
        source: "chip/sweep_controller.rs",
        verilog: || verilog_body(crate::chip::sweep_controller::SweepController::default()),
    },
    Unit {
        name: "spin_memory",
        source: "chip/spin_memory.rs",
        verilog: || verilog_body(crate::chip::spin_memory::CheckedIn::default()),
    },
    Unit { name: "lane", source: "chip/lane.rs", verilog: || verilog_body(crate::chip::lane::Lane::default()) },
    Unit {
        name: "clamp_memory",
        source: "chip/clamp_memory.rs",
        verilog: || verilog_body(crate::chip::clamp_memory::CheckedIn::default()),
    },
    Unit {
        name: "chip_ice40",
        source: "chip/top.rs",
        verilog: || verilog_body(crate::chip::top::ChipIce40::default()),
    },
    Unit { name: "chip_ecp5", source: "chip/top.rs", verilog: || verilog_body(crate::chip::top::ChipEcp5::default()) },
    Unit {
        name: "chip_ice40_up5k",
        source: "chip/top.rs",
        verilog: || verilog_body(crate::chip::top::ChipIce40Up5k::new(&ICE40_UP5K)),
    },
    Unit {
        name: "uart_rx",
        source: "link/uart_rx.rs",
        verilog: || verilog_body(crate::link::uart_rx::UartRx::default()),
    },
    Unit {
        name: "uart_tx",
        source: "link/uart_tx.rs",
        verilog: || verilog_body(crate::link::uart_tx::UartTx::default()),
    },
    Unit {
        name: "frame_parser",
        source: "link/frame_parser.rs",
        verilog: || verilog_body(crate::link::frame_parser::FrameParser::default()),
    },
    Unit {
        name: "host_link_ice40",
        source: "link/host_link.rs",
        verilog: || verilog_body(crate::link::host_link::HostLink::new(&ICE40)),
    },
    Unit {
        name: "host_link_ecp5",
        source: "link/host_link.rs",
        verilog: || verilog_body(crate::link::host_link::HostLink::new(&ECP5)),
    },
    Unit {
        name: "board_ice40",
        source: "boards/board.rs",
        verilog: || verilog_body(crate::boards::board::BoardIce40::checked_in(&ICE40)),
    },
    Unit {
        name: "board_ecp5",
        source: "boards/board.rs",
        verilog: || verilog_body(crate::boards::board::BoardEcp5::checked_in(&ECP5)),
    },
    Unit {
        name: "frame_writer",
        source: "link/frame_writer.rs",
        verilog: || verilog_body(crate::link::frame_writer::FrameWriter::default()),
    },
    Unit {
        name: "plane_decision",
        source: "plane/decision.rs",
        verilog: || verilog_body(crate::plane::decision::DecisionUnit::default()),
    },
    Unit {
        name: "plane_controller",
        source: "plane/controller.rs",
        verilog: || verilog_body(crate::plane::controller::PlaneController::default()),
    },
    Unit {
        name: "plane_store",
        source: "plane/plane_store.rs",
        verilog: || verilog_body(crate::plane::plane_store::PlaneStoreUlx3s::default()),
    },
    Unit {
        name: "plane_weight_banks",
        source: "plane/weight_banks.rs",
        verilog: || verilog_body(crate::plane::weight_banks::WeightBanksUlx3s::default()),
    },
    Unit {
        name: "plane_drain",
        source: "plane/drain.rs",
        verilog: || verilog_body(crate::plane::drain::DrainUlx3s::default()),
    },
    Unit {
        name: "plane_engine",
        source: "plane/top.rs",
        verilog: || verilog_body(crate::plane::top::PlaneEngineUlx3s::new(false)),
    },
    Unit {
        name: "plane_sum_queue",
        source: "plane/sum_queue.rs",
        verilog: || verilog_body(crate::plane::sum_queue::SumQueue::default()),
    },
];

/// The unit called `name`.
pub fn unit(name: &str) -> Unit {
    *UNITS.iter().find(|u| u.name == name).unwrap_or_else(|| panic!("no hardware unit called `{name}`"))
}

/// `hdl/generated/`.
pub fn generated_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("generated")
}

/// `hdl/lint/verilator.vlt`: the Verilator lint waivers, each with its reason.
pub fn waiver_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lint").join("verilator.vlt")
}

/// The Verilog of `uut` (connected here), no header. Trailing spaces, which rust-hdl leaves on
/// blank lines, are removed so the checked-in files pass `git diff --check`.
pub fn verilog_body<B: Block>(mut uut: B) -> String {
    uut.connect_all();
    let body: String = generate_verilog(&uut).lines().map(|l| format!("{}\n", l.trim_end())).collect();
    body.trim().to_string()
}

/// [`verilog_body`] as a file of its own, newline-terminated: what the lint and synthesis checks of
/// a unit's variants (other sizes than the checked-in one) read.
pub fn verilog_file<B: Block>(uut: B) -> String {
    verilog_body(uut) + "\n"
}

/// Writes every unit's Verilog into `dir`; returns the paths written.
pub fn write_all(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    UNITS
        .iter()
        .map(|u| {
            let path = dir.join(format!("{}.v", u.name));
            std::fs::write(&path, u.generate())?;
            Ok(path)
        })
        .collect()
}

/// Panics, saying how to fix it, unless `hdl/generated/<name>.v` equals a fresh generation.
pub fn assert_checked_in(name: &str) {
    let path = generated_dir().join(format!("{name}.v"));
    let fresh = unit(name).generate();
    let stored = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read {}: {e}; run `make verilog` ({REGENERATE_COMMAND}) and commit the result", path.display())
    });
    if stored != fresh {
        let (line, (want, got)) = fresh
            .lines()
            .chain(std::iter::repeat("<end of file>"))
            .zip(stored.lines().chain(std::iter::repeat("<end of file>")))
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .expect("the texts differ, so some line differs");
        panic!(
            "{} is stale (line {}: expected `{want}`, found `{got}`); run `make verilog` ({REGENERATE_COMMAND}) \
             and commit the result",
            path.display(),
            line + 1
        );
    }
}

/// Outcome of running an external tool on generated Verilog.
#[derive(Debug)]
pub enum ToolRun {
    Passed,
    /// The tool ran and rejected the design; its output.
    Failed(String),
    /// A tool it needs is not installed; its name.
    Missing(&'static str),
}

/// Whether `tool` can be run: `tool <version_flag>` succeeds.
pub fn tool_runs(tool: &str, version_flag: &str) -> bool {
    Command::new(tool).arg(version_flag).output().is_ok_and(|o| o.status.success())
}

/// Whether Verilator or Yosys (both accept `-V`) can be run.
pub fn tool_available(tool: &str) -> bool {
    tool_runs(tool, "-V")
}

/// `verilator --lint-only -Wall <waivers> top.v --top-module top` on `verilog`, in a scratch folder
/// named after `name` (so that tests running in parallel do not share files).
pub fn verilator_lint(name: &str, verilog: &str) -> ToolRun {
    if !tool_available("verilator") {
        return ToolRun::Missing("verilator");
    }
    let dir = std::env::temp_dir().join(format!("thermoblock-hdl-lint-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create the lint folder");
    // Named like the checked-in file: waivers may be scoped to a unit's file.
    let file = format!("{name}.v");
    std::fs::write(dir.join(&file), verilog).expect("write the Verilog to lint");
    let out = Command::new("verilator")
        .current_dir(&dir)
        .args(["--lint-only", "-Wall"])
        .arg(waiver_file())
        .args([file.as_str(), "--top-module", "top"])
        .output()
        .expect("run verilator");
    let _ = std::fs::remove_dir_all(&dir);
    if out.status.success() {
        ToolRun::Passed
    } else {
        ToolRun::Failed(format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}

/// Whether this run is in CI: `CI` is set to anything but empty, `0` or `false`.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// A check needs `tool` and it is missing: fail in CI, otherwise print a `SKIP` that the test
/// harness does not swallow (written straight to the process's stderr, not through `eprintln!`,
/// which libtest captures for passing tests).
pub fn skip_missing_tool(tool: &str, check: &str) {
    assert!(!in_ci(), "{tool} not found and CI is set: `{check}` may not be skipped in CI; install {tool}");
    let _ = writeln!(
        std::io::stderr(),
        "\n*** SKIP: {tool} not found: `{check}` did not run (it fails instead when CI is set) ***\n"
    );
}

/// Runs Verilator lint on unit `name`'s fresh Verilog; panics with Verilator's output on a failure.
pub fn assert_lint_clean(name: &str) {
    assert_text_lint_clean(name, &unit(name).generate());
}

/// [`assert_lint_clean`] for any Verilog `text` (a top that is not checked in, such as a board's).
pub fn assert_text_lint_clean(name: &str, text: &str) {
    match verilator_lint(name, text) {
        ToolRun::Passed => {}
        ToolRun::Failed(log) => panic!("verilator --lint-only -Wall rejects {name}'s Verilog:\n{log}"),
        ToolRun::Missing(tool) => skip_missing_tool(tool, &format!("verilator lint of {name}")),
    }
}

/// Runs rust-hdl's `yosys_validate` (read, hierarchy check, `proc`) on unit `name`'s fresh Verilog.
pub fn assert_yosys_clean(name: &str) {
    if !tool_available("yosys") {
        return skip_missing_tool("yosys", &format!("yosys validation of {name}"));
    }
    let prefix = format!("thermoblock-hdl-yosys-{name}-{}", std::process::id());
    if let Err(e) = rust_hdl::core::prelude::yosys_validate(&prefix, &unit(name).generate()) {
        panic!("yosys rejects {name}'s Verilog: {e:?}");
    }
    let _ = std::fs::remove_dir_all(std::env::temp_dir().join(prefix));
}

/// Builds `testbench` (a module `tb` that instantiates `top`, reads `vectors.hex` with `$readmemh`
/// and ends by printing `DONE <n> vectors <m> mismatches`) with unit `name`'s fresh Verilog in
/// Verilator (`--binary`, which also needs `make` and `g++`), runs it, and passes when it reports
/// zero mismatches.
pub fn verilator_replay(name: &str, testbench: &str, vectors: &str) -> ToolRun {
    verilator_replay_of(name, &unit(name).generate(), testbench, vectors)
}

/// [`verilator_replay`] for any Verilog `text` whose root is `top` (an instance that is not checked
/// in); `name` only labels the scratch folder.
pub fn verilator_replay_of(name: &str, text: &str, testbench: &str, vectors: &str) -> ToolRun {
    if !tool_available("verilator") {
        return ToolRun::Missing("verilator");
    }
    for tool in ["make", "g++"] {
        if !tool_runs(tool, "--version") {
            return ToolRun::Missing(tool);
        }
    }
    let dir = std::env::temp_dir().join(format!("thermoblock-hdl-replay-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the replay folder");
    std::fs::write(dir.join("dut.v"), text).expect("write the Verilog");
    std::fs::write(dir.join("tb.v"), testbench).expect("write the testbench");
    std::fs::write(dir.join("vectors.hex"), vectors).expect("write the vectors");
    // The build of Verilator's runtime dominates; optimising the model buys nothing here.
    let build = Command::new("verilator")
        .current_dir(&dir)
        .args(["--binary", "--top-module", "tb", "-o", "replay", "tb.v", "dut.v"])
        .args(["-MAKEFLAGS", "OPT_FAST=-O0 OPT_SLOW=-O0 OPT_GLOBAL=-O0"])
        .output()
        .expect("run verilator");
    let result = if !build.status.success() {
        ToolRun::Failed(format!("verilator --binary failed:\n{}", String::from_utf8_lossy(&build.stderr)))
    } else {
        let run = Command::new(dir.join("obj_dir").join("replay")).current_dir(&dir).output().expect("run the replay");
        let log = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
        let done = log.lines().find(|l| l.starts_with("DONE "));
        if run.status.success() && done.is_some_and(|l| l.ends_with(" 0 mismatches")) {
            ToolRun::Passed
        } else {
            ToolRun::Failed(log)
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// [`verilator_replay`], panicking with the simulator's log on a mismatch.
pub fn assert_replay_clean(name: &str, testbench: &str, vectors: &str) {
    match verilator_replay(name, testbench, vectors) {
        ToolRun::Passed => {}
        ToolRun::Failed(log) => panic!("the generated Verilog of {name} differs from the software twin:\n{log}"),
        ToolRun::Missing(tool) => skip_missing_tool(tool, &format!("Verilator replay of {name}")),
    }
}

/// Synthesises unit `name`'s fresh Verilog with Yosys' `synth` command for a family (`synth_ice40`,
/// `synth_ecp5`) and returns the cell counts of the flattened `top`, e.g. `{"SB_RAM40_4K": 4, ..}`.
/// `Err` carries the tool outcome when Yosys is missing or fails.
pub fn yosys_cell_counts(name: &str, synth: &str) -> Result<BTreeMap<String, u64>, ToolRun> {
    yosys_cell_counts_of(name, &unit(name).generate(), synth)
}

/// [`yosys_cell_counts_of`] for a test: `None` when Yosys is missing (a loud skip, a failure in
/// CI), a panic when it fails.
pub fn synth_cells(name: &str, text: &str, synth: &str) -> Option<BTreeMap<String, u64>> {
    match yosys_cell_counts_of(name, text, synth) {
        Ok(cells) => Some(cells),
        Err(ToolRun::Missing(tool)) => {
            skip_missing_tool(tool, &format!("{synth} of {name}"));
            None
        }
        Err(e) => panic!("yosys {synth} failed on {name}: {e:?}"),
    }
}

/// [`yosys_cell_counts`] for any Verilog `text` whose root is `top` (instances that are not checked
/// in, such as a unit at the `ecp5` lane count); `name` only labels the scratch folder.
pub fn yosys_cell_counts_of(name: &str, text: &str, synth: &str) -> Result<BTreeMap<String, u64>, ToolRun> {
    if !tool_available("yosys") {
        return Err(ToolRun::Missing("yosys"));
    }
    let dir = std::env::temp_dir().join(format!("thermoblock-hdl-{synth}-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create the synthesis folder");
    std::fs::write(dir.join("top.v"), text).expect("write the Verilog");
    let out = Command::new("yosys")
        .current_dir(&dir)
        .args(["-p", &format!("read_verilog top.v; {synth} -top top; stat")])
        .output()
        .expect("run yosys");
    let _ = std::fs::remove_dir_all(&dir);
    let log = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(ToolRun::Failed(format!("{log}{}", String::from_utf8_lossy(&out.stderr))));
    }
    // The last `stat` section is the flattened top: lines `     CELL_TYPE   COUNT`.
    let last = log.rsplit("=== top ===").next().unwrap_or_default();
    Ok(last
        .lines()
        .filter_map(|l| match l.split_whitespace().collect::<Vec<_>>()[..] {
            [cell, count] => Some((cell.to_string(), count.parse().ok()?)),
            _ => None,
        })
        .collect())
}
