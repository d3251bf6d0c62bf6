//! # Bitstream manifests: what a build in `bitstreams/<board>/` is and what it costs
//!
//! `make synth BOARD=…` ends by writing `manifest.json` beside the bitstream from nextpnr's JSON
//! report (`--report`), Yosys's log and the tools' versions ([`Manifest::from_build`]). Fields:
//!
//! | field | meaning |
//! |---|---|
//! | `board`, `device`, `chip` | the board, its FPGA's part number, and the chip configuration it holds (every limit) |
//! | `source_commit`, `source_dirty` | the commit the Verilog came from; `true` if the tree had uncommitted changes |
//! | `tools` | name → version of every tool of the flow |
//! | `seed` | nextpnr's placement seed |
//! | `utilization` | `lut`, `ff`, `bram`, `dsp` (and the iCE40's `spram`): `used`, `available`, `fraction` of the device |
//! | `clocks` | per clock net: post-route `fmax_mhz`, `target_mhz`, `met` |
//! | `target_mhz`, `timing_met` | the board clock and whether every clock met its target |
//! | `critical_path` | the slowest path (nextpnr's report): clock, first and last cell, delay and its routing part |
//! | `bitstream` | `file`, `bytes`, `sha256` |
//!
//! `make verify-bitstreams` rebuilds each board and compares the new bitstream's digest with the
//! manifest's ([`verify`]).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::boards::fpga::{Family, FpgaBoard};

/// nextpnr's names for the resources, per family: (manifest key, nextpnr cell type).
fn resource_cells(family: Family) -> &'static [(&'static str, &'static str)] {
    match family {
        // An iCE40 logic cell is a LUT4 and a flip-flop: `ff` counts the flip-flops Yosys mapped,
        // out of the same cells. The UP5K's SPRAM holds the coupling bank.
        Family::Ice40 => &[
            ("lut", "ICESTORM_LC"),
            ("ff", "ICESTORM_LC"),
            ("bram", "ICESTORM_RAM"),
            ("spram", "ICESTORM_SPRAM"),
            ("dsp", "ICESTORM_DSP"),
        ],
        Family::Ecp5 => &[("lut", "TRELLIS_COMB"), ("ff", "TRELLIS_FF"), ("bram", "DP16KD"), ("dsp", "MULT18X18D")],
    }
}

/// The hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Flip-flops in a Yosys `stat` printout: the last count of each `SB_DFF*` cell type (iCE40).
pub fn ice40_flip_flops(yosys_log: &str) -> u64 {
    let mut last: BTreeMap<&str, u64> = BTreeMap::new();
    for line in yosys_log.lines() {
        let mut words = line.split_whitespace();
        if let (Some(cell), Some(n), None) = (words.next(), words.next(), words.next())
            && cell.starts_with("SB_DFF")
            && let Ok(n) = n.parse()
        {
            last.insert(cell, n);
        }
    }
    last.values().sum()
}

/// What one build produced, for [`Manifest::from_build`].
pub struct Build<'a> {
    pub board: &'a FpgaBoard,
    /// nextpnr's `--report` JSON.
    pub report: &'a str,
    /// Yosys's log (for the iCE40's flip-flop count).
    pub yosys_log: &'a str,
    pub bitstream_file: &'a str,
    pub bitstream: &'a [u8],
    pub tools: BTreeMap<String, String>,
    pub commit: &'a str,
    pub dirty: bool,
    pub seed: u64,
}

/// A manifest as JSON (kept as a `Value`: it is written once and read by field).
pub struct Manifest(pub Value);

impl Manifest {
    /// The manifest of `build`, or why the report cannot give one.
    pub fn from_build(build: &Build<'_>) -> Result<Manifest, String> {
        let report: Value =
            serde_json::from_str(build.report).map_err(|e| format!("nextpnr's report is not JSON: {e}"))?;
        let b = build.board;
        let utilization_of = |cell: &str| -> Result<(u64, u64), String> {
            let u = &report["utilization"][cell];
            match (u["used"].as_u64(), u["available"].as_u64()) {
                (Some(used), Some(available)) => Ok((used, available)),
                _ => Err(format!("nextpnr's report has no utilization of `{cell}`")),
            }
        };
        let mut utilization = serde_json::Map::new();
        for &(key, cell) in resource_cells(b.family) {
            let (mut used, available) = utilization_of(cell)?;
            if b.family == Family::Ice40 && key == "ff" {
                used = ice40_flip_flops(build.yosys_log);
            }
            let fraction = if available == 0 { 0.0 } else { used as f64 / available as f64 };
            utilization.insert(
                key.into(),
                json!({ "cell": cell, "used": used, "available": available, "fraction": round4(fraction) }),
            );
        }
        let target = b.clock_mhz();
        let fmax = report["fmax"].as_object().ok_or("nextpnr's report has no `fmax` (was the design clocked?)")?;
        if fmax.is_empty() {
            return Err("nextpnr's report lists no clock".into());
        }
        let clocks: Vec<Value> = fmax
            .iter()
            .map(|(net, f)| {
                let achieved = f["achieved"].as_f64().unwrap_or(0.0);
                json!({ "net": net, "fmax_mhz": round2(achieved), "target_mhz": target, "met": achieved >= target })
            })
            .collect();
        let timing_met = clocks.iter().all(|c| c["met"] == true);
        let critical_path = report["critical_paths"]
            .as_array()
            .and_then(|paths| paths.first())
            .map(|p| {
                let steps = p["path"].as_array().map_or(&[][..], |s| &s[..]);
                let sum = |kind: Option<&str>| -> f64 {
                    steps
                        .iter()
                        .filter(|x| kind.is_none_or(|k| x["type"] == k))
                        .filter_map(|x| x["delay"].as_f64())
                        .sum()
                };
                let cell = |x: Option<&Value>, end: &str| x.map_or(Value::Null, |x| x[end]["cell"].clone());
                json!({
                    "clock": p["from"],
                    "from_cell": cell(steps.first(), "from"),
                    "to_cell": cell(steps.last(), "to"),
                    "delay_ns": round2(sum(None)),
                    "routing_ns": round2(sum(Some("routing"))),
                    "steps": steps.len(),
                })
            })
            .unwrap_or(Value::Null);
        let c = &b.chip;
        Ok(Manifest(json!({
            "board": b.name,
            "device": b.part,
            "family": b.family.name(),
            "chip": {
                "name": c.name, "lanes": c.lanes, "max_c0": c.max_c0, "max_c1": c.max_c1, "max_c2": c.max_c2,
                "max_h": c.max_h, "max_w": c.max_w, "max_kernel": c.max_kernel,
                "weight_bits": c.weight_bits, "max_sweeps": c.max_sweeps,
                "single_port_coupling": c.single_port_coupling,
            },
            "oscillator_mhz": b.oscillator_hz as f64 / 1e6,
            "target_mhz": target,
            "uart_baud": b.baud,
            "uart_clocks_per_bit": b.clocks_per_bit(),
            "source_commit": build.commit,
            "source_dirty": build.dirty,
            "tools": build.tools,
            "seed": build.seed,
            "utilization": utilization,
            "clocks": clocks,
            "timing_met": timing_met,
            "critical_path": critical_path,
            "bitstream": {
                "file": build.bitstream_file,
                "bytes": build.bitstream.len(),
                "sha256": sha256_hex(build.bitstream),
            },
        })))
    }

    pub fn to_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.0).expect("a JSON value serializes") + "\n"
    }
}

/// Compares a rebuilt bitstream with a manifest: `read` gets the manifest's `bitstream.file` (a
/// bare file name) and returns the rebuilt file's bytes. `Ok` with a one-line summary if the
/// digests match, else `Err` naming both.
pub fn verify(manifest: &str, read: impl FnOnce(&str) -> Result<Vec<u8>, String>) -> Result<String, String> {
    let m: Value = serde_json::from_str(manifest).map_err(|e| format!("the manifest is not JSON: {e}"))?;
    let want = m["bitstream"]["sha256"].as_str().ok_or("the manifest has no bitstream.sha256")?;
    let file = m["bitstream"]["file"].as_str().ok_or("the manifest has no bitstream.file")?;
    if file.is_empty() || file.contains(['/', '\\']) || file == ".." {
        return Err(format!("the manifest's bitstream.file `{file}` is not a file name"));
    }
    let rebuilt = read(file)?;
    let got = sha256_hex(&rebuilt);
    let board = m["board"].as_str().unwrap_or("?");
    if got == want {
        Ok(format!("{board}: bitstream reproduced, sha256 {got}"))
    } else {
        Err(format!(
            "{board}: the rebuilt bitstream differs: sha256 {got} ({} bytes), the manifest says {want} ({} bytes)",
            rebuilt.len(),
            m["bitstream"]["bytes"]
        ))
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boards::fpga::{ICEBREAKER, ULX3S};

    #[test]
    fn sha256_of_a_known_string() {
        // FIPS 180-2's example "abc".
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn flip_flops_are_the_last_stat_counts() {
        let log =
            "     SB_DFF  3\n     SB_DFFE 5\n     SB_LUT4 9\n...\n     SB_DFF  10\n     SB_DFFE 20\n     SB_DFFESR 1\n";
        assert_eq!(ice40_flip_flops(log), 31);
    }

    fn report(achieved: f64) -> String {
        json!({
            "utilization": {
                "TRELLIS_COMB": {"used": 40000, "available": 83640},
                "TRELLIS_FF": {"used": 11000, "available": 83640},
                "DP16KD": {"used": 196, "available": 208},
                "MULT18X18D": {"used": 32, "available": 156},
            },
            "fmax": {"$glbnet$clock": {"achieved": achieved, "constraint": 50.0}},
            "critical_paths": [{"from": "posedge clk", "to": "posedge clk", "path": [
                {"type": "clk-to-q", "delay": 1.5, "from": {"cell": "ram"}, "to": {"cell": "ram"}},
                {"type": "routing", "delay": 2.25, "from": {"cell": "ram"}, "to": {"cell": "bank"}},
            ]}],
        })
        .to_string()
    }

    fn build<'a>(board: &'a FpgaBoard, report: &'a str) -> Build<'a> {
        Build {
            board,
            report,
            yosys_log: "",
            bitstream_file: "x.bit",
            bitstream: b"abc",
            tools: BTreeMap::from([("yosys".into(), "0.70".into())]),
            commit: "0123abc",
            dirty: false,
            seed: 1,
        }
    }

    #[test]
    fn a_manifest_says_what_was_used_and_whether_timing_was_met() {
        let r = report(81.234);
        let m = Manifest::from_build(&build(&ULX3S, &r)).unwrap().0;
        assert_eq!(m["utilization"]["bram"]["used"], 196);
        assert_eq!(m["utilization"]["bram"]["fraction"], 0.9423);
        assert_eq!(m["clocks"][0]["fmax_mhz"], 81.23);
        assert_eq!(m["timing_met"], true);
        assert_eq!(m["critical_path"]["delay_ns"], 3.75);
        assert_eq!(m["critical_path"]["routing_ns"], 2.25);
        assert_eq!(m["critical_path"]["from_cell"], "ram");
        assert_eq!(m["critical_path"]["to_cell"], "bank");
        assert_eq!(m["chip"]["name"], "ecp5-85f");
        assert_eq!(m["bitstream"]["sha256"], sha256_hex(b"abc"));
        let slow = report(49.9);
        assert_eq!(Manifest::from_build(&build(&ULX3S, &slow)).unwrap().0["timing_met"], false);
    }

    #[test]
    fn a_report_of_another_family_is_an_error_naming_the_cell() {
        let r = report(80.0);
        let e = Manifest::from_build(&build(&ICEBREAKER, &r)).err().unwrap();
        assert!(e.contains("ICESTORM_LC"), "{e}");
        assert!(Manifest::from_build(&build(&ULX3S, "{")).err().unwrap().contains("not JSON"));
    }

    #[test]
    fn verify_compares_digests() {
        let r = report(80.0);
        let m = Manifest::from_build(&build(&ULX3S, &r)).unwrap().to_pretty();
        let bytes = |b: &'static [u8]| {
            move |file: &str| -> Result<Vec<u8>, String> {
                assert_eq!(file, "x.bit", "the manifest names the file");
                Ok(b.to_vec())
            }
        };
        assert!(verify(&m, bytes(b"abc")).unwrap().contains("reproduced"));
        let e = verify(&m, bytes(b"abd")).unwrap_err();
        assert!(e.contains("differs") && e.contains(&sha256_hex(b"abd")), "{e}");
        let escaping = m.replace("\"x.bit\"", "\"../x.bit\"");
        assert!(verify(&escaping, bytes(b"abc")).unwrap_err().contains("not a file name"));
    }
}
