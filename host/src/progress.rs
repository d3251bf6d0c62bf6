//! Progress of long sampling runs on stderr, shown once the run has lasted long enough to be worth
//! reporting: on a terminal one line redrawn in place (after 1 s), elsewhere (a log file) one full
//! line a minute (after the first minute), so short runs, tests and `--json` consumers of stdout
//! see nothing.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts sweeps done out of `total` and reports them on stderr: redrawn at most every 200 ms on a
/// terminal, a line a minute otherwise.
pub struct SweepProgress {
    total: usize,
    done: AtomicUsize,
    start: Instant,
    last_draw: Mutex<Option<Instant>>,
    terminal: bool,
}

impl SweepProgress {
    /// `total` sweeps over all chains.
    pub fn new(total: usize) -> Self {
        Self {
            total,
            done: AtomicUsize::new(0),
            start: Instant::now(),
            last_draw: Mutex::new(None),
            terminal: std::io::stderr().is_terminal(),
        }
    }

    /// Records `n` more sweeps; callable from any worker thread.
    pub fn tick(&self, n: usize) {
        let done = self.done.fetch_add(n, Ordering::Relaxed) + n;
        let (first, every) = match self.terminal {
            true => (Duration::from_secs(1), Duration::from_millis(200)),
            false => (Duration::from_secs(60), Duration::from_secs(60)),
        };
        if self.start.elapsed() < first {
            return;
        }
        let Ok(mut last) = self.last_draw.try_lock() else { return };
        if last.is_some_and(|t| t.elapsed() < every) {
            return;
        }
        *last = Some(Instant::now());
        let text = report(done, self.total, self.start.elapsed().as_secs_f64());
        match self.terminal {
            true => eprint!("\r{text}   "),
            false => eprintln!("{text}"),
        }
        let _ = std::io::stderr().flush();
    }

    /// Clears the progress line if one was drawn.
    pub fn finish(&self) {
        if self.terminal && self.last_draw.lock().map(|l| l.is_some()).unwrap_or(false) {
            eprint!("\r{:70}\r", "");
        }
    }
}

/// `sampling: 300/1200 sweeps (25%), 10 s elapsed, ~30 s left`.
fn report(done: usize, total: usize, secs: f64) -> String {
    let eta = secs * total.saturating_sub(done) as f64 / done.max(1) as f64;
    format!(
        "sampling: {done}/{total} sweeps ({:.0}%), {secs:.0} s elapsed, ~{eta:.0} s left",
        100.0 * done as f64 / total.max(1) as f64
    )
}

#[cfg(test)]
mod tests {
    use super::report;

    #[test]
    fn a_report_extrapolates_the_time_left() {
        assert_eq!(report(300, 1200, 10.0), "sampling: 300/1200 sweeps (25%), 10 s elapsed, ~30 s left");
        assert_eq!(report(0, 0, 0.0), "sampling: 0/0 sweeps (0%), 0 s elapsed, ~0 s left");
    }
}
