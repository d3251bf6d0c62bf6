//! VCD waveforms of the verilated chip and board.
//!
//! A build with the cargo feature `trace` verilates every model with `--trace`; then
//! [`ChipRtl::trace`](crate::ChipRtl::trace) and [`BoardRtl::trace`](crate::BoardRtl::trace) write
//! every signal of the design (arrays of more than 32 entries, the memories, are left out, as
//! Verilator's `--trace-max-array` default does) to a VCD file that GTKWave, Surfer or any VCD
//! reader opens. Without the feature they return [`RtlError::Trace`](crate::RtlError::Trace)
//! saying how to get it.
//!
//! **Time.** One clock cycle is [`NS_PER_CYCLE`] ns (a nominal 100 MHz: the scale is for the
//! viewer, the boards run at 24 to 50 MHz). Clock edges are counted from 0 at power-up, as the
//! handles' cycle counters count them: the state before edge `c` (clock low) is dumped at
//! `10c` ns and the state after it at `10c + 5` ns. So a register that changes at time `10c + 5`
//! changed on edge `c`, after which `cycles()` reads `c + 1`; [`edge_at`] converts back.
//!
//! **Window.** A [`TraceWindow`] bounds the file to the edges `from <= c < to`; the file is closed,
//! complete, when edge `to` is reached (or when the model is dropped). Traces are large: the
//! `ecp5` chip on an MNIST-sized block (32/64/64 on 14x14) writes about 6 KB a cycle (4.4 GB for
//! its set-up and one sweep, 732,000 cycles), the `ice40` chip on a 2/3/2 block on 3x3 about 1 KB.

use std::fmt;
use std::str::FromStr;

/// Whether this build can write waveforms (the cargo feature `trace`).
pub const TRACE_BUILT: bool = cfg!(feature = "trace");

/// Nanoseconds of trace time per clock cycle.
pub const NS_PER_CYCLE: u64 = 10;

/// The clock edge (counted from 0 at power-up) whose rising edge is at `time_ns`, if it is one.
pub fn edge_at(time_ns: u64) -> Option<u64> {
    (time_ns % NS_PER_CYCLE == NS_PER_CYCLE / 2).then_some(time_ns / NS_PER_CYCLE)
}

/// Clock edges to trace: `from <= c < to`, counted from power-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TraceWindow {
    pub from: u64,
    pub to: u64,
}

impl TraceWindow {
    /// Every edge.
    pub const ALL: Self = Self { from: 0, to: u64::MAX };
}

impl Default for TraceWindow {
    fn default() -> Self {
        Self::ALL
    }
}

impl FromStr for TraceWindow {
    type Err = String;

    /// `FROM:TO` (edges `FROM <= c < TO`), `FROM:` (from `FROM` on) or `:TO` (up to `TO`).
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("cycle window `{s}` is not FROM:TO, FROM: or :TO with FROM < TO, e.g. 0:100000");
        let (from, to) = s.split_once(':').ok_or_else(bad)?;
        let number = |v: &str, default: u64| {
            let v = v.trim().replace('_', "");
            if v.is_empty() { Some(default) } else { v.parse::<u64>().ok() }
        };
        match (number(from, 0), number(to, u64::MAX)) {
            (Some(from), Some(to)) if from < to => Ok(Self { from, to }),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for TraceWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to {
            u64::MAX => write!(f, "{}:", self.from),
            to => write!(f, "{}:{to}", self.from),
        }
    }
}

/// Starts a trace of a model at `path` over `window` with the shim's `tb_*_trace` (`open`: the C
/// path, the window's ends; its `TB_TRACE_*` result), naming what went wrong.
pub(crate) fn start(
    path: &std::path::Path,
    window: TraceWindow,
    open: impl FnOnce(&std::ffi::CStr, u64, u64) -> i32,
) -> Result<(), crate::RtlError> {
    use std::os::unix::ffi::OsStrExt;
    let c_path = std::ffi::CString::new(path.as_os_str().as_bytes())
        .map_err(|_| crate::RtlError::Trace(format!("the trace path {} contains a NUL byte", path.display())))?;
    match open(&c_path, window.from, window.to) {
        0 => Ok(()),
        code => Err(crate::RtlError::Trace(open_error(code, path))),
    }
}

/// Why a trace could not be started (the shim's `TB_TRACE_*`).
fn open_error(code: i32, path: &std::path::Path) -> String {
    match code {
        1 => "this build cannot write waveforms: the verilated models were built without --trace; rebuild with \
              the cargo feature `trace` (cargo build --release -p thermoblock-host --features trace)"
            .into(),
        2 => format!("cannot create the trace file {}", path.display()),
        3 => "a trace is already being written for this model".into(),
        other => format!("unexpected result {other} from the trace shim"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_parse_and_refuse() {
        assert_eq!("10:20".parse(), Ok(TraceWindow { from: 10, to: 20 }));
        assert_eq!("5:".parse(), Ok(TraceWindow { from: 5, to: u64::MAX }));
        assert_eq!(":1_000".parse(), Ok(TraceWindow { from: 0, to: 1000 }));
        for bad in ["", "10", "20:10", "3:3", "a:b", "-1:5"] {
            assert!(bad.parse::<TraceWindow>().is_err(), "{bad}");
        }
        assert_eq!(TraceWindow { from: 5, to: u64::MAX }.to_string(), "5:");
    }

    #[test]
    fn rising_edges_map_back_to_cycles() {
        assert_eq!(edge_at(5), Some(0));
        assert_eq!(edge_at(1235), Some(123));
        assert_eq!(edge_at(1230), None);
    }
}
