//! `thermoblock bench --fmax-from MANIFEST`: a board's throughput projected from its bitstream
//! manifest (`bitstreams/BOARD/manifest.json`, `hdl/src/flow/bitstream.rs`) and the chip's cycles per
//! sweep: sweeps/s = Fmax / cycles per sweep. The cycles are the chip model's schedule, which the
//! RTL matches cycle for cycle (`tests/chip_lockstep.rs`).

use std::path::Path;

use anyhow::Context;
use serde_json::{Value, json};
use thermoblock_contract::config::ChipConfig;

/// What a manifest says about the board's clock.
#[derive(Clone, Debug, PartialEq)]
pub struct BoardClock {
    pub board: String,
    /// The chip configuration the bitstream holds.
    pub chip: String,
    pub lanes: usize,
    /// The slowest clock's post-route Fmax, and the board clock the bitstream runs at.
    pub fmax_mhz: f64,
    pub target_mhz: f64,
    pub timing_met: bool,
}

impl BoardClock {
    /// Reads `path`, naming what is missing or malformed.
    pub fn from_manifest(path: &Path) -> anyhow::Result<BoardClock> {
        let text = thermoblock_sim::limits::read_text(path)
            .with_context(|| format!("cannot read the bitstream manifest {}", path.display()))?;
        let m: Value = serde_json::from_str(&text)
            .with_context(|| format!("{} is not a bitstream manifest (not JSON)", path.display()))?;
        let field = |v: &Value, what: &str| -> anyhow::Result<f64> {
            v.as_f64()
                .with_context(|| format!("{}: no number `{what}` (is it a manifest of `make synth`?)", path.display()))
        };
        let clocks = m["clocks"]
            .as_array()
            .filter(|c| !c.is_empty())
            .with_context(|| format!("{}: no `clocks` (is it a manifest of `make synth`?)", path.display()))?;
        let mut fmax = f64::INFINITY;
        for c in clocks {
            fmax = fmax.min(field(&c["fmax_mhz"], "clocks[].fmax_mhz")?);
        }
        anyhow::ensure!(fmax.is_finite() && fmax > 0.0, "{}: Fmax {fmax} MHz is not a clock rate", path.display());
        let text_of = |k: &str| m[k].as_str().map(str::to_string);
        Ok(BoardClock {
            board: text_of("board").unwrap_or_else(|| "?".into()),
            chip: m["chip"]["name"]
                .as_str()
                .map(str::to_string)
                .with_context(|| format!("{}: no `chip.name`", path.display()))?,
            lanes: field(&m["chip"]["lanes"], "chip.lanes")? as usize,
            fmax_mhz: fmax,
            target_mhz: field(&m["target_mhz"], "target_mhz")?,
            timing_met: m["timing_met"] == true,
        })
    }

    /// Checks that `chip` (whose cycles per sweep are projected) has this bitstream's datapath:
    /// the same lanes (the limits may differ: a block too big for the bitstream's memories is
    /// projected as if the device held them, and the caller says so).
    pub fn check_datapath(&self, chip: &ChipConfig) -> anyhow::Result<()> {
        let built = ChipConfig::named(&self.chip).map(|c| c.engine);
        anyhow::ensure!(
            built.is_none() || built == Some(chip.engine),
            "the bitstream holds the `{}` chip, a lane chip, but --chip {} is the plane engine, which has no \
             bitstream yet (its RTL is under construction): its cycles per sweep are in `bench --backend chip --chip {}`",
            self.chip,
            chip.name,
            chip.name
        );
        anyhow::ensure!(
            chip.lanes == self.lanes,
            "the bitstream holds the `{}` chip ({} lanes) but --chip {} has {} lanes: pass --chip {}",
            self.chip,
            self.lanes,
            chip.name,
            chip.lanes,
            self.chip
        );
        Ok(())
    }
}

/// Throughput at `mhz` of a block with `cycles` per sweep, `spins` updates and `additions`
/// coupling additions per sweep.
pub fn projection(mhz: f64, cycles: u64, spins: usize, additions: usize) -> Value {
    let sweeps = mhz * 1e6 / cycles as f64;
    json!({
        "mhz": mhz,
        "sweeps_per_s": sweeps,
        "spin_updates_per_ns": sweeps * spins as f64 / 1e9,
        "coupling_additions_per_ns": sweeps * additions as f64 / 1e9,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use thermoblock_contract::config::{ECP5, ECP5_85F, ICE40};

    fn manifest(dir: &Path, body: &str) -> std::path::PathBuf {
        let p = dir.join("manifest.json");
        std::fs::write(&p, body).unwrap();
        p
    }

    #[test]
    fn reads_the_slowest_clock_and_checks_the_lanes() {
        let dir = std::env::temp_dir().join(format!("tb-proj-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = manifest(
            &dir,
            r#"{"board":"ulx3s","chip":{"name":"ecp5-85f","lanes":32},"target_mhz":75,"timing_met":true,
                "clocks":[{"net":"a","fmax_mhz":90.5},{"net":"b","fmax_mhz":80.25}]}"#,
        );
        let c = BoardClock::from_manifest(&p).unwrap();
        assert_eq!((c.fmax_mhz, c.target_mhz, c.lanes, c.timing_met), (80.25, 75.0, 32, true));
        c.check_datapath(&ECP5).unwrap();
        c.check_datapath(&ECP5_85F).unwrap();
        let e = c.check_datapath(&ICE40).unwrap_err().to_string();
        assert!(e.contains("--chip ecp5-85f"), "{e}");
        let p = manifest(&dir, r#"{"chip":{"name":"x","lanes":4},"target_mhz":48,"clocks":[]}"#);
        assert!(BoardClock::from_manifest(&p).unwrap_err().to_string().contains("clocks"));
        let p = manifest(&dir, "not json");
        assert!(BoardClock::from_manifest(&p).unwrap_err().to_string().contains("not JSON"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn projection_is_clock_over_cycles() {
        let p = projection(100.0, 1000, 10, 40);
        assert_eq!(p["sweeps_per_s"], 100_000.0);
        assert_eq!(p["spin_updates_per_ns"], 0.001);
        assert_eq!(p["coupling_additions_per_ns"], 0.004);
    }
}
