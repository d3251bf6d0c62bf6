//! `--trace FILE.vcd`: waveforms of the verilated chip and board, read back with an independent VCD
//! parser (the `vcd` crate) and checked against the chip model's cycle count, which the RTL is
//! built to match (the sweep controller's datasheet: `busy` rises on the edge that samples `start`
//! and falls, with `done` rising, `Schedule::cycles(G)` edges later).
//!
//! Only in a build with the `trace` feature (`make test` runs
//! `cargo test --release -p thermoblock-host --features trace --test trace`).
#![cfg(feature = "trace")]

mod common;

use std::collections::HashMap;
use std::io::BufReader;
use std::path::Path;
use std::process::Command;

use common::{Scratch, ok_json, thermoblock};
use thermoblock_contract::registers::{CONTROL, CONTROL_START};
use thermoblock_sim::npy;
use thermoblock_sim::random::{RandomBlockSpec, random_block, random_spins};
use vcd::{Command as Vcd, IdCode, TimescaleUnit, Value as Level};

/// A 3/5/4 block on 4x5 (two lane groups on ice40's 4 lanes) and an input.
fn fixture(dir: &Scratch) -> (String, String) {
    let spec = RandomBlockSpec { c0: 3, c1: 5, c2: 4, kernel: 3, coupling: 1.2 };
    let (model, input) = (dir.file("block.safetensors"), dir.file("x.npy"));
    thermoblock_sim::Model::from_blocks(vec![random_block(&spec, 9).unwrap()]).save(Path::new(&model)).unwrap();
    npy::write_spins(Path::new(&input), &random_spins(3, 4, 5, 9)).unwrap();
    (model, input)
}

/// A signal's changes in a VCD file: (time in ns, new value), in file order (x and z read as
/// `u64::MAX`).
struct Waveform {
    changes: Vec<(u64, u64)>,
    /// Every timestamp in the file.
    times: Vec<u64>,
}

/// Reads the changes of the signals at `paths` (scope names down from the root, then the
/// variable) from the VCD file at `file`.
fn read_signals(file: &str, paths: &[&[&str]]) -> Vec<Waveform> {
    let mut parser = vcd::Parser::new(BufReader::new(std::fs::File::open(file).expect("the trace file exists")));
    let header = parser.parse_header().expect("a VCD header");
    assert_eq!(header.timescale, Some((1, TimescaleUnit::NS)), "the trace is in ns");
    let codes: Vec<IdCode> =
        paths.iter().map(|p| header.find_var(p).unwrap_or_else(|| panic!("{file} has no signal {p:?}")).code).collect();
    let index: HashMap<IdCode, Vec<usize>> = codes.iter().enumerate().fold(HashMap::new(), |mut m, (i, c)| {
        m.entry(*c).or_default().push(i);
        m
    });
    let mut waves: Vec<Waveform> = paths.iter().map(|_| Waveform { changes: Vec::new(), times: Vec::new() }).collect();
    let mut now = 0;
    let mut times = Vec::new();
    for command in parser {
        match command.expect("a well-formed VCD body") {
            Vcd::Timestamp(t) => {
                now = t;
                times.push(t);
            }
            Vcd::ChangeScalar(code, level) => {
                for &i in index.get(&code).into_iter().flatten() {
                    waves[i].changes.push((now, number(&[level])));
                }
            }
            Vcd::ChangeVector(code, bits) => {
                let bits: Vec<Level> = bits.iter().collect();
                for &i in index.get(&code).into_iter().flatten() {
                    waves[i].changes.push((now, number(&bits)));
                }
            }
            _ => {}
        }
    }
    for w in &mut waves {
        w.times = times.clone();
    }
    waves
}

/// Bits, most significant first, as a number (`u64::MAX` if any is x or z).
fn number(bits: &[Level]) -> u64 {
    bits.iter()
        .try_fold(0u64, |n, b| match b {
            Level::V0 => Some(n << 1),
            Level::V1 => Some(n << 1 | 1),
            _ => None,
        })
        .unwrap_or(u64::MAX)
}

impl Waveform {
    /// The value at time `t` (the last change at or before it).
    fn at(&self, t: u64) -> u64 {
        self.changes.iter().take_while(|&&(when, _)| when <= t).last().expect("a value from time 0 on").1
    }

    /// Times at which the signal went from low to high.
    fn rises(&self) -> Vec<u64> {
        self.steps(0, 1)
    }

    /// Times at which the signal went from high to low.
    fn falls(&self) -> Vec<u64> {
        self.steps(1, 0)
    }

    /// Times at which the signal went from `from` to `to`.
    fn steps(&self, from: u64, to: u64) -> Vec<u64> {
        self.changes.windows(2).filter(|w| w[0].1 == from && w[1].1 == to).map(|w| w[1].0).collect()
    }
}

/// The clock edge whose rising edge is at `t` (10 ns a cycle, edge `c` at `10c + 5`).
fn edge(t: u64) -> u64 {
    assert_eq!(t % 10, 5, "registers change only at rising edges (10c + 5 ns), not at {t}");
    t / 10
}

#[test]
fn the_chip_trace_shows_the_run_the_chip_model_counts() {
    let dir = Scratch::new("chip");
    let (model, input) = fixture(&dir);
    let vcd = dir.file("chip.vcd");
    let base = ["sample", "--model", &model, "--input", &input, "--chip", "ice40", "--sweeps", "6", "--json"];
    let with = |extra: &[&str]| -> Vec<String> { base.iter().chain(extra).map(|s| s.to_string()).collect() };
    let run = |extra: &[&str]| {
        let a = with(extra);
        ok_json(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let model_run = run(&["--backend", "chip"]);
    let cycles = model_run["cycles"].as_u64().unwrap();
    let rtl_run = run(&["--backend", "rtl", "--trace", &vcd]);
    assert_eq!(rtl_run["output"], model_run["output"], "tracing does not change the run");

    let signals: [&[&str]; 5] =
        [&["TOP", "busy"], &["TOP", "done"], &["TOP", "bus_wr"], &["TOP", "bus_addr"], &["TOP", "bus_wdata"]];
    let [busy, done, wr, addr, wdata] = <[Waveform; 5]>::try_from(read_signals(&vcd, &signals)).ok().unwrap();
    let (busy_rises, busy_falls, done_rises) = (busy.rises(), busy.falls(), done.rises());
    assert_eq!((busy_rises.len(), busy_falls.len(), done_rises.len()), (1, 1, 1), "one run in the trace");
    let (start, end) = (edge(busy_rises[0]), edge(done_rises[0]));
    assert_eq!(edge(busy_falls[0]), end, "busy falls on the edge that raises done");
    assert_eq!(end - start, cycles, "done rises the chip model's cycle count after busy rises");
    assert_eq!(busy.times.first(), Some(&0), "the trace starts at power-up");
    // Anchored in absolute time: busy rises on the edge that samples the set-up's last bus write,
    // CONTROL.start, whose inputs are the state dumped just before that edge (10c).
    let before = 10 * start;
    assert_eq!((wr.at(before), addr.at(before), wdata.at(before)), (1, CONTROL.into(), CONTROL_START.into()));
    assert_eq!(wr.at(before + 10), 0, "start was the last write");

    // A window: only its edges are in the file, and the run is where the whole trace had it.
    let window = dir.file("window.vcd");
    let (from, to) = (start - 20, end + 20);
    run(&["--backend", "rtl", "--trace", &window, "--trace-cycles", &format!("{from}:{to}")]);
    let [wbusy, wdone] =
        <[Waveform; 2]>::try_from(read_signals(&window, &[&["TOP", "busy"], &["TOP", "done"]])).ok().unwrap();
    assert_eq!(wbusy.rises(), busy_rises);
    assert_eq!(wdone.rises(), done_rises);
    let (first, last) = (*wbusy.times.first().unwrap(), *wbusy.times.last().unwrap());
    assert_eq!((first, last), (10 * from, 10 * (to - 1) + 5), "the window's edges and no others");
    let size = |f: &str| std::fs::metadata(f).unwrap().len();
    assert!(size(&window) < size(&vcd), "the window bounds the file");
}

#[test]
fn link_budget_traces_the_board_top() {
    let dir = Scratch::new("board");
    let (model, input) = fixture(&dir);
    // link-budget runs one sweep with burn-in 0; the chip model's cycles for that run:
    let one = ["sample", "--model", &model, "--input", &input, "--chip", "ice40", "--backend", "chip"];
    let cycles =
        ok_json(&[&one[..], &["--sweeps", "1", "--burn-in", "0", "--json"]].concat())["cycles"].as_u64().unwrap();
    let vcd = dir.file("board.vcd");
    let budget = ["link-budget", "--model", &model, "--grid", "4x5", "--chip", "ice40", "--json", "--trace", &vcd];
    ok_json(&budget);
    let waves = read_signals(&vcd, &[&["TOP", "top", "chip$busy"], &["TOP", "uart_rx"], &["TOP", "uart_tx"]]);
    let (busy, rx, tx) = (&waves[0], &waves[1], &waves[2]);
    assert_eq!((busy.rises().len(), busy.falls().len()), (1, 1), "one run in the trace");
    assert_eq!(edge(busy.falls()[0]) - edge(busy.rises()[0]), cycles, "the board's chip ran the model's cycles");
    assert!(rx.falls().len() > 100 && tx.falls().len() > 10, "the serial lines carry the session both ways");
}

#[test]
fn a_served_board_closes_its_trace_when_it_is_stopped() {
    let dir = Scratch::new("pty");
    let (model, input) = fixture(&dir);
    let vcd = dir.file("pty.vcd");
    let served = common::start_board(&["--backend", "rtl", "--chip", "ice40", "--pty", "--trace", &vcd]);
    let (mut board, lines, path, banner) = (served.child, served.lines, served.path, served.banner);
    assert!(banner.contains("Ctrl-C stops"), "{banner}");
    let sample = ["sample", "--model", &model, "--input", &input, "--sweeps", "3", "--json", "--backend"];
    let over_link = ok_json(&[&sample[..], &[&format!("uart:{path}")]].concat());
    // SIGTERM, as `kill` or a service manager sends it (Ctrl-C's SIGINT takes the same path).
    let killed = Command::new("kill").args(["-TERM", &board.id().to_string()]).status().expect("run kill");
    assert!(killed.success());
    let status = board.wait().expect("the board exits");
    let mut err = String::new();
    std::io::Read::read_to_string(&mut board.stderr.take().unwrap(), &mut err).unwrap();
    assert!(status.success(), "the board stops cleanly on SIGTERM: {status}, {err}");
    drop(lines);
    let busy = &read_signals(&vcd, &[&["TOP", "top", "chip$busy"]])[0];
    let (rises, falls) = (busy.rises(), busy.falls());
    assert_eq!((rises.len(), falls.len()), (1, 1), "one run in the trace");
    assert_eq!(edge(falls[0]) - edge(rises[0]), over_link["cycles"].as_u64().unwrap());
}

#[test]
fn trace_needs_the_rtl_backend_and_a_writable_file() {
    let dir = Scratch::new("errors");
    let (model, input) = fixture(&dir);
    let vcd = dir.file("x.vcd");
    let base = ["sample", "--model", &model, "--input", &input, "--chip", "ice40", "--sweeps", "2"];
    let out = thermoblock(&[&base[..], &["--backend", "chip", "--trace", &vcd]].concat());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs --backend rtl"));
    let out = thermoblock(&[&base[..], &["--backend", "rtl", "--trace", "/nonexistent-dir/x.vcd"]].concat());
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot create the trace file /nonexistent-dir/x.vcd"), "{err}");
    let out = thermoblock(&[&base[..], &["--backend", "rtl", "--trace", &dir.file("x.fst")]].concat());
    assert!(String::from_utf8_lossy(&out.stderr).contains("must end in .vcd"));
    let out = thermoblock(&[&base[..], &["--backend", "rtl", "--trace", &vcd, "--trace-cycles", "9:3"]].concat());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cycle window `9:3`"));
}
