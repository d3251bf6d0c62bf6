//! What the CLI's end-to-end tests share: a scratch directory and the `thermoblock` binary.

// Each test binary uses its own subset of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// A directory under the system's temporary directory, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("tb-test-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    pub fn path(&self, f: &str) -> PathBuf {
        self.0.join(f)
    }

    /// [`path`](Self::path) as a string, for command lines.
    pub fn file(&self, f: &str) -> String {
        s(&self.path(f)).to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn thermoblock(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_thermoblock")).args(args).output().expect("run thermoblock")
}

/// Runs `thermoblock args`, which must succeed and print one JSON object.
pub fn ok_json(args: &[&str]) -> Value {
    let out = thermoblock(args);
    assert!(out.status.success(), "thermoblock {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON object")
}

/// Runs `thermoblock args`, which must fail, without a panic, with every needle in its stderr.
pub fn fails_with(args: &[&str], needles: &[&str]) {
    let out = thermoblock(args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "thermoblock {args:?} should fail");
    assert!(!err.contains("panicked"), "thermoblock {args:?} panicked: {err}");
    for n in needles {
        assert!(err.contains(n), "stderr of {args:?} lacks {n:?}: {err}");
    }
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A `thermoblock board ... --pty` process, its device path and banner; its stdout stays open
/// (a closed pipe would fail the board's next line).
pub struct ServedBoard {
    pub child: std::process::Child,
    pub lines: std::io::Lines<std::io::BufReader<std::process::ChildStdout>>,
    pub path: String,
    pub banner: String,
}

/// Starts `thermoblock board ARGS` and reads the two lines it prints first.
pub fn start_board(args: &[&str]) -> ServedBoard {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_thermoblock"))
        .arg("board")
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start the virtual board");
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let path = lines.next().expect("the board prints its device path").unwrap();
    let banner = lines.next().expect("and what it serves").unwrap();
    assert!(path.starts_with("/dev/"), "{path}");
    ServedBoard { child, lines, path, banner }
}
