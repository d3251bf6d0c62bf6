//! Progress of long sampling runs on stderr, shown only when stderr is a terminal and the run has
//! lasted long enough to be worth reporting (so pipes, tests and `--json` consumers see nothing).

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts sweeps done out of `total` and redraws one stderr line at most every 200 ms.
pub struct SweepProgress {
    total: usize,
    done: AtomicUsize,
    start: Instant,
    last_draw: Mutex<Option<Instant>>,
    enabled: bool,
}

impl SweepProgress {
    /// `total` sweeps over all chains.
    pub fn new(total: usize) -> Self {
        Self {
            total,
            done: AtomicUsize::new(0),
            start: Instant::now(),
            last_draw: Mutex::new(None),
            enabled: std::io::stderr().is_terminal(),
        }
    }

    /// Records `n` more sweeps; callable from any worker thread.
    pub fn tick(&self, n: usize) {
        let done = self.done.fetch_add(n, Ordering::Relaxed) + n;
        if !self.enabled || self.start.elapsed() < Duration::from_secs(1) {
            return;
        }
        let Ok(mut last) = self.last_draw.try_lock() else { return };
        if last.is_some_and(|t| t.elapsed() < Duration::from_millis(200)) {
            return;
        }
        *last = Some(Instant::now());
        let secs = self.start.elapsed().as_secs_f64();
        let eta = secs * (self.total.saturating_sub(done)) as f64 / done.max(1) as f64;
        eprint!(
            "\rsampling: {done}/{} sweeps ({:.0}%), {secs:.0} s elapsed, ~{eta:.0} s left   ",
            self.total,
            100.0 * done as f64 / self.total.max(1) as f64
        );
        let _ = std::io::stderr().flush();
    }

    /// Clears the progress line if one was drawn.
    pub fn finish(&self) {
        if self.last_draw.lock().map(|l| l.is_some()).unwrap_or(false) {
            eprint!("\r{:70}\r", "");
        }
    }
}
