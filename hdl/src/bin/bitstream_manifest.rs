//! The bitstream manifests of `make synth` and `make verify-bitstreams` (`hdl/src/flow/bitstream.rs`).
//!
//! ```text
//! bitstream_manifest describe BOARD
//!     the board's build settings as shell assignments (FAMILY, DEVICE, PACKAGE, OSC_MHZ, CLOCK_MHZ, CHIP)
//! bitstream_manifest write --board B --report R.json --yosys-log L --bitstream F --seed N
//!                          --commit C [--dirty] [--tool NAME=VERSION]... --out manifest.json
//! bitstream_manifest verify --manifest M --dir D
//!     exits 1 if the sha256 of D/<the manifest's bitstream.file> is not the manifest's
//! ```

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use thermoblock_hdl::boards::fpga::board;
use thermoblock_hdl::flow::bitstream::{Build, Manifest, verify};

const USAGE: &str = "usage: bitstream_manifest describe BOARD
       bitstream_manifest write --board B --report R.json --yosys-log L --bitstream F --seed N --commit C [--dirty] [--tool NAME=VERSION]... --out M
       bitstream_manifest verify --manifest M --dir D";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("describe") if args.len() == 2 => describe(&args[1]),
        Some("write") => write(&args[1..]),
        Some("verify") => check(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn describe(name: &str) -> Result<String, String> {
    let b = board(name)?;
    Ok(format!(
        "FAMILY={} DEVICE={} PACKAGE={} OSC_MHZ={} CLOCK_MHZ={} CHIP={}",
        b.family.name(),
        b.device,
        b.package,
        b.oscillator_hz as f64 / 1e6,
        b.clock_mhz(),
        b.chip.name
    ))
}

/// The command line after the subcommand: `--flag value` pairs, the repeated `--tool`s, `--dirty`.
#[derive(Default)]
struct Options {
    values: BTreeMap<String, String>,
    tools: Vec<String>,
    dirty: bool,
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        if flag == "--dirty" {
            o.dirty = true;
            continue;
        }
        let value = it.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.strip_prefix("--") {
            Some("tool") => o.tools.push(value.clone()),
            Some(name) => {
                o.values.insert(name.to_string(), value.clone());
            }
            None => return Err(format!("unexpected argument `{flag}`\n{USAGE}")),
        }
    }
    Ok(o)
}

fn read(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn text(path: &str) -> Result<String, String> {
    String::from_utf8(read(path)?).map_err(|_| format!("{path} is not UTF-8 text"))
}

fn write(args: &[String]) -> Result<String, String> {
    let Options { values: opts, tools, dirty } = options(args)?;
    let get = |k: &str| opts.get(k).cloned().ok_or_else(|| format!("--{k} is required\n{USAGE}"));
    let b = board(&get("board")?)?;
    let bitstream_path = get("bitstream")?;
    let tools = tools
        .iter()
        .map(|t| t.split_once('=').map(|(n, v)| (n.to_string(), v.to_string())))
        .collect::<Option<BTreeMap<_, _>>>()
        .ok_or("--tool takes NAME=VERSION")?;
    let seed = get("seed")?.parse().map_err(|_| "--seed takes a number".to_string())?;
    let (report, yosys_log, bitstream) = (text(&get("report")?)?, text(&get("yosys-log")?)?, read(&bitstream_path)?);
    let file = Path::new(&bitstream_path).file_name().map_or(bitstream_path.clone(), |f| f.to_string_lossy().into());
    let commit = get("commit")?;
    let manifest = Manifest::from_build(&Build {
        board: &b,
        report: &report,
        yosys_log: &yosys_log,
        bitstream_file: &file,
        bitstream: &bitstream,
        tools,
        commit: &commit,
        dirty,
        seed,
    })?;
    let out = get("out")?;
    std::fs::write(&out, manifest.to_pretty()).map_err(|e| format!("cannot write {out}: {e}"))?;
    let m = &manifest.0;
    let u = |k: &str| {
        let r = &m["utilization"][k];
        format!("{} {}/{} ({:.1}%)", k, r["used"], r["available"], 100.0 * r["fraction"].as_f64().unwrap_or(0.0))
    };
    let clocks: Vec<String> = m["clocks"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            let met = if c["met"] == true { "met" } else { "NOT met" };
            format!(
                "{}: Fmax {} MHz, target {} MHz {met}",
                c["net"].as_str().unwrap_or("?"),
                c["fmax_mhz"],
                c["target_mhz"]
            )
        })
        .collect();
    Ok(format!("wrote {out}\n  {}, {}, {}, {}\n  {}", u("lut"), u("ff"), u("bram"), u("dsp"), clocks.join("; ")))
}

fn check(args: &[String]) -> Result<String, String> {
    let opts = options(args)?.values;
    let get = |k: &str| opts.get(k).cloned().ok_or_else(|| format!("--{k} is required\n{USAGE}"));
    let dir = get("dir")?;
    verify(&text(&get("manifest")?)?, |file| read(&Path::new(&dir).join(file).to_string_lossy()))
}
