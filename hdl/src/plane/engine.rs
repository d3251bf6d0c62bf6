//! # The plane engine, cycle by cycle: the twin its controller is built to
//!
//! **Purpose.** The units of the plane engine are built and checked one by one (the PE array,
//! the sum queue, the decision unit); this module composes their twins into the whole engine,
//! clock edge by clock edge, the way its controller will drive them, and so fixes every timing
//! the controller must keep: which weight, tap, restart and plane load the array takes in each
//! cycle, when each plane row is read from the plane store, when each sum reaches its decision
//! unit, and when each spin, clamp field and sum is written. Run on a chip image, it must
//! reproduce the chip model (`--backend chip` on a plane configuration) after every half-sweep
//! and in cycles: that is its test, and it is what shows that the schedule's closed form
//! (`thermoblock_contract::plane`) is met by hardware that exists, not only by arithmetic.
//! The RTL controller is then checked against this twin signal by signal.
//!
//! **The run** ([`timeline`]): the clamp pass (`ΔK1` into the hidden layer, then the 1 x 1 `ΔK3`
//! into the output layer), then `G` sweeps (hidden half-sweep from the output layer through
//! `K2ᵀ`, output half-sweep from the hidden layer through `K2`), each phase `⌈C/D⌉` windows back
//! to back, each half-sweep after its stall, if any (`PlaneSchedule::stall`, whole ring turns).
//!
//! **Per cycle `τ`** (inputs present in cycle `τ` are sampled at edge `τ`, the edge ending it):
//!
//! * *Weights.* A window starting at `s` carries term `k = τ − (s + L − 1)`, `0 ≤ k < C_S·σ`:
//!   source channel `k div σ`, tap `k mod σ` (past the kernel's taps: weight 0, tap code 15).
//!   Column `d` takes bank `(d + rotation) mod D` at that bank's address
//!   (`WeightLayout::read`); the tap code is the tap's offset `(dy + 1)·3 + (dx + 1)`, mirrored in
//!   the hidden half-sweep (`K2ᵀ` reads `p − offset`).
//!   The banks' read takes three edges (the address register, the block RAM and its output
//!   register), so the array takes the cycle's weights three edges later, and the tap code,
//!   restart and plane (below) wait three registers beside them: the array sees the whole command
//!   stream three cycles late, a pure delay (`WEIGHT_READ_LATENCY`).
//! * *Restarts* in the first `L` cycles of every window and the `L` cycles after every window's
//!   end (they coincide when windows are back to back).
//! * *Plane loads.* At each source channel's first term (`k ≡ 0 mod σ`) the plane register loads
//!   that channel's plane, rotated to the cycle's ring phase (`Window::aligned`). Its rows are read
//!   from the plane store two a cycle at edges `τ − lead + j`, `lead = plane_lead(H)`; a row
//!   read at edge `E` is on the memory's output after `E`, in its output register at `E + 1`,
//!   rotated into a register at `E + 2` and in the staging register at `E + 3`
//!   (`PLANE_STAGE_DELAY`), so the last pair is staged by edge `τ − 1`.
//! * *Sums.* Position `x` of a window ending at `e` is on the array's output in cycle
//!   `e + x + ADD_LATENCY − 1` (`ADD_LATENCY` = 6: the read's 3 and the array's 3), every row at
//!   once (the sum queue stores them).
//! * *Decisions.* Each column decides the window's `H·W` positions in raster order at edges
//!   `base + p`, `base = e + ADD_LATENCY − 1`: `acc = (doubled ? 2A : A) − b + pre`, the field
//!   code, one draw of its generator, the p-bit (or, in the clamp pass, the start spin and the
//!   field kept as `h1`/`c2`). A row's spins are written to the plane store at edge `t + 7` of
//!   its last spin's decision `t`, readable from edge `t + 8` (`DECISION_LATENCY`); clamp fields
//!   likewise.
//!
//! **What the twin checks as it runs** (each a panic naming the cycle): every plane row read
//! holds the half-sweep it should (no read before the previous phase's write, none at the edge of
//! a write to the same word: the block RAM's answer is unspecified there), every staged plane is
//! whole at its load, every sum a decision takes came from its own window, every `h1`/`c2` is
//! written before it is read, and every `2A − b + pre` fits the accumulator.

use thermoblock_contract::border::{BorderConstants, CLASSES, border_class};
use thermoblock_contract::field::{DELTA_ONE, delta_code, field_code};
use thermoblock_contract::image::ChipImage;
use thermoblock_contract::pbit::{decide, threshold_table};
use thermoblock_contract::plane::{
    ADD_LATENCY, DECISION_LATENCY, PlaneGeometry, PlaneSchedule, ROWS_PER_CYCLE, WEIGHT_READ_LATENCY, plane_lead,
};
use thermoblock_contract::registers::result_from_sums;
use thermoblock_contract::rng::LaneRng;
use thermoblock_contract::run::{ChipResult, ChipRun, Layer};
use thermoblock_contract::schedule::Phase;
use thermoblock_contract::weights::WeightLayout;

use crate::plane::array::{Drive, Geometry, NO_TAP, PlaneArrayTwin, Window};
use crate::plane::decision::SUM_BITS;

/// Edges from a decision to its spin's write into the plane store (the decision unit's
/// `LATENCY`); the spin is readable one edge later.
const WRITE_DELAY: usize = DECISION_LATENCY - 1;
/// Edges from a plane row's read to the staging register: the block RAM's registered output,
/// the row rotator's register, the staging register.
const STAGE_DELAY: usize = thermoblock_contract::plane::PLANE_STAGE_DELAY;

/// One window of the run: the destination channels of one group in one phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Job {
    pub phase: Phase,
    /// The sweep (0 in the clamp pass).
    pub sweep: u32,
    pub group: usize,
    /// First cycle (a multiple of the ring).
    pub start: usize,
    /// `S`, cycles.
    pub length: usize,
    /// Cycles per source channel.
    pub sigma: usize,
    /// Source channels.
    pub sources: usize,
    /// The kernel the window reads (`K3` is 1 x 1).
    pub kernel: (usize, usize),
}

impl Job {
    pub fn end(&self) -> usize {
        self.start + self.length
    }

    /// The term of cycle `tau`, if the window carries one then.
    fn term(&self, ring: usize, tau: usize) -> Option<usize> {
        let k = tau.checked_sub(self.start + ring - 1)?;
        (k < self.sources * self.sigma).then_some(k)
    }

    /// The layer the window reads (0 input, 1 hidden, 2 output) and the half-sweep version of it
    /// that it must see.
    fn source(&self) -> (usize, u32) {
        match self.phase {
            Phase::ClampHidden | Phase::ClampOutput => (0, 0),
            Phase::Hidden => (2, self.sweep),
            Phase::Output => (1, self.sweep + 1),
        }
    }

    /// The layer the window's decisions write, and the version they write.
    fn dest(&self) -> (usize, u32) {
        match self.phase {
            Phase::ClampHidden => (1, 0),
            Phase::ClampOutput => (2, 0),
            Phase::Hidden => (1, self.sweep + 1),
            Phase::Output => (2, self.sweep + 1),
        }
    }
}

/// The run's windows in order: the clamp pass, then `sweeps` sweeps, each half-sweep after its
/// stall. The last window ends at `run_cycles − tail_cycles`.
pub fn timeline(s: &PlaneSchedule, sweeps: u32) -> Vec<Job> {
    let control = s.control();
    let mut jobs = Vec::new();
    let mut t = 0;
    let phase = |jobs: &mut Vec<Job>, t: &mut usize, phase: Phase, sweep| {
        let p = control.phases[phase_index(phase)];
        for group in 0..p.groups {
            let (sigma, sources, kernel) = (p.sigma, p.sources, p.kernel);
            jobs.push(Job { phase, sweep, group, start: *t, length: p.length, sigma, sources, kernel });
            *t += p.length;
        }
    };
    phase(&mut jobs, &mut t, Phase::ClampHidden, 0);
    phase(&mut jobs, &mut t, Phase::ClampOutput, 0);
    for sweep in 0..sweeps {
        t += control.stall_hidden;
        phase(&mut jobs, &mut t, Phase::Hidden, sweep);
        t += control.stall_output;
        phase(&mut jobs, &mut t, Phase::Output, sweep);
    }
    jobs
}

/// A phase's index in [`PlaneControl::phases`](thermoblock_contract::plane::PlaneControl) and
/// on the controller's `phase` outputs.
pub fn phase_index(phase: Phase) -> usize {
    match phase {
        Phase::ClampHidden => 0,
        Phase::ClampOutput => 1,
        Phase::Hidden => 2,
        Phase::Output => 3,
    }
}

/// The array's tap code of tap `t` of a `kh x kw` kernel: `(dy + 1)·3 + (dx + 1)`, the offset
/// negated for the transposed kernel.
pub fn tap_code((kh, kw): (usize, usize), t: usize, transposed: bool) -> u8 {
    let (dy, dx) = ((t / kw) as isize - (kh / 2) as isize, (t % kw) as isize - (kw / 2) as isize);
    let (dy, dx) = if transposed { (-dy, -dx) } else { (dy, dx) };
    ((dy + 1) * 3 + (dx + 1)) as u8
}

/// One write of a plane row: the edge, the half-sweep version, the row's spins (`true` = +1).
#[derive(Clone, Debug)]
struct RowWrite {
    edge: i64,
    version: u32,
    bits: Vec<bool>,
}

/// The twin's deliberate faults, for the tests that show its checks fail.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Plant {
    /// Read planes this many cycles later than `plane_lead` says.
    pub lead_short: usize,
    /// Take this many ring turns off every stall.
    pub stall_short: usize,
    /// Read the hidden half-sweep's taps unmirrored (`K2` where `K2ᵀ` is meant).
    pub unmirrored: bool,
}

/// What the controller tells the units in one cycle: the twin's record, which the RTL
/// controller (`plane::controller`) must equal cycle by cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Control {
    pub restart: bool,
    /// A term cycle: (phase index, group, source channel, cycle within the channel's `σ`).
    pub term: Option<(usize, usize, usize, usize)>,
    /// The array's tap code (15 outside a kernel's taps).
    pub tap_code: u8,
    pub load: bool,
    /// A plane store read: (layer, channel, row pair).
    pub read: Option<(usize, usize, usize)>,
    /// Ring position `x`'s sums are on the array's output.
    pub arrive: Option<usize>,
    /// The next cycle's decisions: (phase index, group, position, kept in the sums).
    pub want: Option<(usize, usize, usize, bool)>,
}

/// What a run of the twin produced.
#[derive(Clone, Debug, PartialEq)]
pub struct EngineTrace {
    /// Each half-sweep's layer afterwards, channel-major ±1, in order.
    pub halves: Vec<(u32, Layer, Vec<i8>)>,
    /// The readout; `cycles` is one past the edge of the run's last write.
    pub result: ChipResult,
    /// The controller's outputs in every cycle of the run.
    pub control: Vec<Control>,
    /// What the decision side did.
    pub drain: DrainRecord,
}

/// A plane row written: the edge, layer (1 hidden, 2 output), channel, row and spins.
pub type RowWritten = (usize, usize, usize, usize, Vec<bool>);

/// What the twin's decision side saw and did: the stimulus and the answers for the RTL that
/// drains the array (`plane::drain`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DrainRecord {
    /// Each cycle in which sums are on the array's output: the cycle and every array row's sum,
    /// `[column][row]`.
    pub arrivals: Vec<(usize, Vec<i64>)>,
    /// Each decision: the edge of its writes (`DECISION_LATENCY − 1` after it), its column, its
    /// channel (none for a last group's spare column) and the spin written (`true` = +1; in the
    /// clamp pass the start spin).
    pub decisions: Vec<(usize, usize, Option<usize>, bool)>,
    /// Each plane row written, in order.
    pub rows: Vec<RowWritten>,
    /// The clamp fields `h1` (`[C1][H·W]`) and `c2` (`[C2][H·W]`), as codes.
    pub fields: [Vec<i64>; 2],
    /// The running sums of the kept sweeps, hidden and output (`[C][H·W]`).
    pub sums: [Vec<i32>; 2],
}

/// The engine for one image on one grid.
pub struct EngineTwin<'a> {
    pub image: &'a ChipImage,
    pub array: PlaneGeometry,
    pub h: usize,
    pub w: usize,
    pub plant: Plant,
}

impl EngineTwin<'_> {
    fn schedule(&self) -> PlaneSchedule {
        PlaneSchedule { array: self.array, shape: self.image.shape(self.h, self.w) }
    }

    /// Runs the engine on input `x` (channel-major ±1, `C0·H·W`) with the units' generators
    /// `rngs` (one per column, left where the run leaves them).
    // Channel, row, position and column index several tables at once.
    #[allow(clippy::needless_range_loop)]
    pub fn run(&self, x: &[i8], run: &ChipRun, rngs: &mut [LaneRng]) -> EngineTrace {
        let img = self.image;
        let (h, w, hw) = (self.h, self.w, self.h * self.w);
        let PlaneGeometry { columns: d_cols, rows, ring } = self.array;
        assert!(h <= rows && w < ring, "the grid fits the array");
        assert_eq!(rngs.len(), d_cols, "one generator per column");
        assert_eq!(x.len(), img.c0 * hw);
        let sched = self.schedule();
        let mut jobs = timeline(&sched, run.sweeps);
        if self.plant.stall_short > 0 {
            jobs = planted_stalls(&jobs, ring * self.plant.stall_short);
        }
        let last_end = jobs.last().expect("a run has windows").end();
        let lead = plane_lead(h) - self.plant.lead_short;
        let layout = WeightLayout::new(img, d_cols);
        let banks = layout.banks(img);
        let border = BorderConstants::new(img);
        let table = threshold_table();
        let exps = img.lane_exponents();
        let dq = delta_code(run.delta);
        let channels = [img.c0, img.c1, img.c2];

        // The plane store: every row's writes; the input is there before the run.
        let mut store: [Vec<Vec<RowWrite>>; 3] = channels.map(|c| vec![Vec::new(); c * h]);
        for (row, writes) in store[0].iter_mut().enumerate() {
            let (c, r) = (row / h, row % h);
            let bits = (0..w).map(|xx| x[(c * h + r) * w + xx] > 0).collect();
            writes.push(RowWrite { edge: -1, version: 0, bits });
        }
        // Clamp fields `h1[m][p]`, `c2[o][p]`: (write edge, code).
        let mut h1: Vec<Option<(usize, i64)>> = vec![None; img.c1 * hw];
        let mut c2: Vec<Option<(usize, i64)>> = vec![None; img.c2 * hw];
        let (mut sum1, mut sum2) = (vec![0i32; img.c1 * hw], vec![0i32; img.c2 * hw]);
        // Per column: the row being assembled (spins so far).
        let mut row_bits: Vec<Vec<bool>> = vec![Vec::new(); d_cols];
        // The sum queue: per column, row, position: (window, sum).
        let mut queue: Vec<Option<(usize, i64)>> = vec![None; d_cols * rows * w];
        // Staging: rows landed with their (window, channel) tag.
        let mut staging: Vec<Option<(usize, usize, Vec<bool>)>> = vec![None; rows];
        let mut in_flight: Vec<(usize, usize, usize, usize, Vec<bool>)> = Vec::new();
        let weight_bits = thermoblock_contract::weights::WORD_BITS;
        let geometry = Geometry { columns: d_cols, rows, ring, acc_bits: SUM_BITS as u32, weight_bits };
        let mut array = PlaneArrayTwin::new(geometry);
        // The array's inputs wait `WEIGHT_READ_LATENCY` registers beside the banks' read.
        let mut registered: std::collections::VecDeque<Drive> =
            std::iter::repeat_n(Drive::idle(&geometry), WEIGHT_READ_LATENCY).collect();
        let mut last_write = 0usize;
        let mut drain = DrainRecord::default();

        let job_at =
            |tau: usize| jobs.partition_point(|j| j.start <= tau).checked_sub(1).filter(|&i| tau < jobs[i].end());
        let horizon = last_end + ring + ADD_LATENCY + hw + DECISION_LATENCY;
        let mut control = vec![Control::default(); horizon];
        for tau in 0..horizon {
            // Rows landing in the staging register at the last edge.
            in_flight.retain(|(land, job, c, r, bits)| {
                if *land < tau {
                    staging[*r] = Some((*job, *c, bits.clone()));
                    false
                } else {
                    true
                }
            });

            // Sums on the array's output in this cycle.
            for (ji, job) in jobs.iter().enumerate() {
                let e = job.end();
                if tau >= e + ADD_LATENCY - 1 && tau < e + ADD_LATENCY - 1 + w {
                    let xx = tau - (e + ADD_LATENCY - 1);
                    control[tau].arrive = Some(xx);
                    let all = (0..d_cols).flat_map(|d| (0..rows).map(move |r| (d, r)));
                    drain.arrivals.push((tau, all.map(|(d, r)| array.sum(d, r)).collect()));
                    for d in 0..d_cols {
                        for r in 0..h {
                            queue[(d * rows + r) * w + xx] = Some((ji, array.sum(d, r)));
                        }
                    }
                }
            }

            // Decisions sampled at edge tau.
            for (ji, job) in jobs.iter().enumerate() {
                let base = job.end() + ADD_LATENCY - 1;
                if tau < base || tau >= base + hw {
                    continue;
                }
                let p = tau - base;
                let (r, xx) = (p / w, p % w);
                let class = border_class(p, h, w);
                let (layer, version) = job.dest();
                let keep = matches!(job.phase, Phase::Hidden | Phase::Output) && job.sweep >= run.burn_in;
                control[tau - 1].want = Some((phase_index(job.phase), job.group, p, keep));
                for d in 0..d_cols {
                    let (from, a) = queue[(d * rows + r) * w + xx].expect("a sum arrived");
                    assert_eq!(from, ji, "cycle {tau}: column {d} took a sum of another window");
                    let ch = job.group * d_cols + d;
                    let exists = ch < channels[layer];
                    let (doubled, b, pre, offset, delta, e) = match job.phase {
                        Phase::ClampHidden => (
                            false,
                            border_at(&border.clamp_hidden, ch, class, exists),
                            0,
                            if exists { i64::from(img.b[ch]) } else { 0 },
                            DELTA_ONE,
                            exps.h1,
                        ),
                        Phase::ClampOutput => {
                            (false, border_at(&border.clamp_output, ch, class, exists), 0, 0, DELTA_ONE, exps.c2)
                        }
                        Phase::Hidden => {
                            let off = if exists { field_before(&h1, ch * hw + p, tau) } else { 0 };
                            (true, border_at(&border.hidden, ch, class, exists), 0, off, dq, exps.field)
                        }
                        Phase::Output => {
                            let pre = if exists { field_before(&c2, ch * hw + p, tau) } else { 0 };
                            (true, border_at(&border.output, ch, class, exists), pre, 0, dq, exps.field)
                        }
                    };
                    let acc = if doubled { 2 * a } else { a } - b + pre;
                    let half = 1i64 << (SUM_BITS - 1);
                    assert!((-half..half).contains(&acc), "cycle {tau}: 2A − b + pre = {acc} leaves {SUM_BITS} bits");
                    let field = field_code(acc, offset, delta, e);
                    let draw = rngs[d].draw();
                    let spin = match job.phase {
                        Phase::ClampHidden | Phase::ClampOutput => draw >= 0x8000,
                        Phase::Hidden | Phase::Output => decide(&table, field, draw),
                    };
                    let write = tau + WRITE_DELAY;
                    drain.decisions.push((write, d, exists.then_some(ch), spin));
                    row_bits[d].push(spin);
                    if !exists {
                        row_bits[d].clear();
                        continue;
                    }
                    match job.phase {
                        Phase::ClampHidden => h1[ch * hw + p] = Some((write, field.into())),
                        Phase::ClampOutput => c2[ch * hw + p] = Some((write, field.into())),
                        Phase::Hidden if job.sweep >= run.burn_in => sum1[ch * hw + p] += if spin { 1 } else { -1 },
                        Phase::Output if job.sweep >= run.burn_in => sum2[ch * hw + p] += if spin { 1 } else { -1 },
                        _ => {}
                    }
                    if xx == w - 1 {
                        let bits = std::mem::take(&mut row_bits[d]);
                        store[layer][ch * h + r].push(RowWrite { edge: write as i64, version, bits });
                        last_write = last_write.max(write);
                    }
                }
            }

            // Plane rows read at edge tau, for the loads `lead − j` cycles ahead.
            for j in 0..h.div_ceil(ROWS_PER_CYCLE) {
                let load = tau + lead - j;
                let Some(ji) = job_at(load) else { continue };
                let job = &jobs[ji];
                let Some(k) = job.term(ring, load) else { continue };
                if k % job.sigma != 0 {
                    continue;
                }
                let (layer, version) = job.source();
                let c = k / job.sigma;
                assert!(control[tau].read.is_none(), "cycle {tau}: two plane reads");
                control[tau].read = Some((layer, c, j));
                for r in (ROWS_PER_CYCLE * j..ROWS_PER_CYCLE * (j + 1)).filter(|&r| r < h) {
                    let writes = &store[layer][c * h + r];
                    assert!(
                        writes.iter().all(|wr| wr.edge != tau as i64),
                        "cycle {tau}: layer {layer} channel {c} row {r} is read at the edge that writes it"
                    );
                    let seen = writes.iter().rev().find(|wr| wr.edge < tau as i64).unwrap_or_else(|| {
                        panic!("cycle {tau}: layer {layer} channel {c} row {r} is read before it was ever written")
                    });
                    assert_eq!(
                        seen.version, version,
                        "cycle {tau}: {:?} window of sweep {} reads layer {layer} channel {c} row {r} from half-sweep \
                         version {} instead of {version}",
                        job.phase, job.sweep, seen.version
                    );
                    in_flight.push((tau + STAGE_DELAY, ji, c, r, seen.bits.clone()));
                }
            }

            // The array's inputs in cycle tau.
            let mut drive = Drive::idle(&geometry);
            if let Some(ji) = job_at(tau) {
                let job = &jobs[ji];
                if let Some(k) = job.term(ring, tau) {
                    let (c, t) = (k / job.sigma, k % job.sigma);
                    control[tau].term = Some((phase_index(job.phase), job.group, c, t));
                    if t < job.kernel.0 * job.kernel.1 {
                        let read = layout.read(job.phase, job.group, c, t);
                        drive.weights = (0..d_cols)
                            .map(|d| {
                                let bank = (d + read.rotation) % d_cols;
                                banks[bank][read.addresses[bank]].into()
                            })
                            .collect();
                        drive.tap = tap_code(job.kernel, t, job.phase == Phase::Hidden && !self.plant.unmirrored);
                    } else {
                        drive.tap = NO_TAP;
                    }
                    if t == 0 {
                        let nat: Vec<Vec<bool>> = (0..rows)
                            .map(|r| {
                                if r >= h {
                                    return vec![false; ring];
                                }
                                let staged = staging[r].as_ref().filter(|(from, ch, _)| (*from, *ch) == (ji, c));
                                let Some((_, _, bits)) = staged else {
                                    panic!("cycle {tau}: the plane of channel {c} is not whole in the staging register at its load")
                                };
                                assert_eq!(bits.len(), w, "cycle {tau}: layer row of channel {c} row {r}");
                                (0..ring).map(|xx| xx < w && bits[xx]).collect()
                            })
                            .collect();
                        drive.plane_load = true;
                        drive.plane_in = Window::aligned(ring, tau, &nat);
                    }
                }
            }
            control[tau].restart = jobs
                .iter()
                .any(|j| (j.start..j.start + ring).contains(&tau) || (j.end()..j.end() + ring).contains(&tau));
            drive.restart = control[tau].restart;
            control[tau].tap_code = drive.tap;
            control[tau].load = drive.plane_load;
            // The banks' read: the array takes this cycle's weights, and with them the tap,
            // restart and plane, `WEIGHT_READ_LATENCY` edges later (a pure delay of the array).
            registered.push_back(drive);
            array.edge(&registered.pop_front().expect("the delay line is full"));
        }

        // Each half-sweep's layer, from the rows' versions.
        let mut halves = Vec::new();
        for sweep in 0..run.sweeps {
            for (layer, name) in [(1, Layer::Hidden), (2, Layer::Output)] {
                let mut spins = vec![0i8; channels[layer] * hw];
                for (row, writes) in store[layer].iter().enumerate() {
                    let wr =
                        writes.iter().find(|wr| wr.version == sweep + 1).expect("every row written every half-sweep");
                    for (xx, &b) in wr.bits.iter().enumerate() {
                        spins[row * w + xx] = if b { 1 } else { -1 };
                    }
                }
                halves.push((sweep, name, spins));
            }
        }
        for layer in [1, 2] {
            for (row, writes) in store[layer].iter().enumerate() {
                let at = |wr: &RowWrite| (wr.edge as usize, layer, row / h, row % h, wr.bits.clone());
                drain.rows.extend(writes.iter().map(at));
            }
        }
        drain.rows.sort_by_key(|r| r.0);
        let codes = |f: &[Option<(usize, i64)>]| f.iter().map(|v| v.expect("every clamp field written").1).collect();
        drain.fields = [codes(&h1), codes(&c2)];
        let result = result_from_sums(img.c2, h, w, run, &sum2, &sum1, last_write as u64 + 1);
        drain.sums = [sum1, sum2];
        // After the run only the last window's flush restarts may go on (past the grid's width
        // they finish pad positions nobody reads).
        let idle = Control { tap_code: NO_TAP, ..Control::default() };
        assert!(control[last_write + 1..].iter().all(|c| Control { restart: false, ..*c } == idle));
        control.truncate(last_write + 1);
        EngineTrace { halves, result, control, drain }
    }
}

/// The border constant of channel `ch` and class `class` (0 for a column without a channel).
fn border_at(table: &[i64], ch: usize, class: usize, exists: bool) -> i64 {
    if exists { table[ch * CLASSES + class] } else { 0 }
}

/// A clamp field read by a decision at edge `tau`: written at least two edges before (the clamp
/// memory's registered read samples its address at `tau − 1`).
fn field_before(fields: &[Option<(usize, i64)>], i: usize, tau: usize) -> i64 {
    let (edge, v) = fields[i].expect("the clamp pass wrote every field");
    assert!(edge + 1 < tau, "cycle {tau}: a clamp field written at edge {edge} is read too early");
    v
}

/// `jobs` with every stall (a gap between windows) shortened by `cycles` (the planted fault).
fn planted_stalls(jobs: &[Job], cycles: usize) -> Vec<Job> {
    let mut out: Vec<Job> = Vec::with_capacity(jobs.len());
    let mut shift = 0;
    for j in jobs {
        if let Some(prev) = out.last() {
            let gap = j.start - shift - prev.end();
            shift += gap.min(cycles);
        }
        out.push(Job { start: j.start - shift, ..*j });
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use thermoblock_contract::config::{ChipConfig, ECP5_85F_PLANE, Engine};
    use thermoblock_contract::rng::{lanes, splitmix64};
    use thermoblock_contract::shape::BlockShape;
    use thermoblock_contract::spins::Spins;
    use thermoblock_sim::chip::model::ChipModel;
    use thermoblock_sim::chip::quantize::quantize;
    use thermoblock_sim::random::{RandomBlockSpec, random_block};

    /// The ULX3S array's rows and ring with `columns` columns.
    pub(crate) fn array(columns: usize) -> PlaneGeometry {
        PlaneGeometry { columns, ..thermoblock_contract::plane::ULX3S_ARRAY }
    }

    fn config(columns: usize) -> ChipConfig {
        ChipConfig { lanes: columns, engine: Engine::Planes(array(columns)), ..ECP5_85F_PLANE }
    }

    /// A random block and input on a grid, for an array of `columns` columns.
    pub(crate) struct Case {
        pub c: (usize, usize, usize),
        pub kernel: usize,
        pub grid: (usize, usize),
        pub columns: usize,
        pub seed: u64,
    }

    /// Shapes from 1 x 1 to 14 x 14 grids, 1 x 1 and 3 x 3 kernels, one to eight columns, full and
    /// partial groups.
    pub(crate) const CASES: [Case; 7] = [
        Case { c: (2, 3, 2), kernel: 3, grid: (3, 3), columns: 1, seed: 1 },
        Case { c: (3, 5, 4), kernel: 3, grid: (4, 5), columns: 2, seed: 2 },
        Case { c: (2, 9, 17), kernel: 3, grid: (1, 1), columns: 8, seed: 3 },
        Case { c: (8, 16, 8), kernel: 3, grid: (8, 8), columns: 8, seed: 4 },
        Case { c: (1, 2, 3), kernel: 1, grid: (2, 2), columns: 2, seed: 5 },
        Case { c: (3, 4, 6), kernel: 3, grid: (14, 14), columns: 3, seed: 6 },
        Case { c: (2, 3, 3), kernel: 3, grid: (1, 7), columns: 1, seed: 7 },
    ];

    impl Case {
        pub(crate) fn name(&self) -> String {
            let (c0, c1, c2) = self.c;
            let (h, w) = self.grid;
            format!("{c0}/{c1}/{c2} on {h}x{w}, kernel {k}, D = {d}", k = self.kernel, d = self.columns)
        }

        /// The quantized image and the input (channel-major ±1).
        pub(crate) fn prepare(&self) -> (ChipImage, Vec<i8>) {
            let Case { c: (c0, c1, c2), kernel, grid: (h, w), columns, seed } = *self;
            let spec = RandomBlockSpec { c0, c1, c2, kernel, coupling: 1.0 };
            let block = random_block(&spec, seed).unwrap();
            let (img, _) = quantize(&block, &config(columns), h, w).unwrap();
            let x =
                (0..(c0 * h * w) as u64).map(|i| if splitmix64(seed ^ i << 20) & 1 == 1 { 1 } else { -1 }).collect();
            (img, x)
        }

        /// The engine twin's run.
        pub(crate) fn twin(&self, run: &ChipRun, plant: Plant) -> EngineTrace {
            let (img, x) = self.prepare();
            let (h, w) = self.grid;
            let twin = EngineTwin { image: &img, array: array(self.columns), h, w, plant };
            twin.run(&x, run, &mut lanes(run.seed, self.columns))
        }
    }

    /// The model's half-sweeps and result, and the twin's.
    fn both(case: &Case, run: &ChipRun, plant: Plant) -> (EngineTrace, EngineTrace) {
        let (img, x) = case.prepare();
        let (h, w) = case.grid;
        let model = ChipModel::new(img.clone(), config(case.columns), h, w);
        let mut halves = Vec::new();
        let mut observe = |g: u32, layer: Layer, spins: &[i8]| halves.push((g, layer, spins.to_vec()));
        let spins = Spins { c: case.c.0, h, w, data: x };
        let result = model.run_observed(&spins, run, lanes(run.seed, case.columns), Some(&mut observe));
        let want = EngineTrace { halves, result, control: Vec::new(), drain: DrainRecord::default() };
        (want, case.twin(run, plant))
    }

    const RUN: ChipRun = ChipRun { delta: 0.6, sweeps: 4, burn_in: 1, seed: 77 };

    #[test]
    fn the_twin_equals_the_chip_model_after_every_half_sweep_and_in_cycles() {
        for case in &CASES {
            let (want, got) = both(case, &RUN, Plant::default());
            let name =
                format!("{:?} {}x{} kernel {} D {}", case.c, case.grid.0, case.grid.1, case.kernel, case.columns);
            assert_eq!(got.halves.len(), want.halves.len(), "{name}");
            for (g, m) in got.halves.iter().zip(&want.halves) {
                assert_eq!(g, m, "{name}: sweep {} {:?}", m.0, m.1);
            }
            assert_eq!(got.result, want.result, "{name}: readout and cycles");
        }
    }

    #[test]
    fn two_sweeps_of_an_mnist_sized_block() {
        let case = Case { c: (32, 64, 64), kernel: 3, grid: (14, 14), columns: 8, seed: 8 };
        let run = ChipRun { delta: 0.3, sweeps: 2, burn_in: 0, seed: 5 };
        let (want, got) = both(&case, &run, Plant::default());
        assert_eq!((&got.halves, &got.result), (&want.halves, &want.result));
        assert_eq!(got.result.cycles, 4_440 + 2 * 9_600 + 5 + 195 + 8);
    }

    #[test]
    fn a_twin_with_unmirrored_taps_differs_from_the_model() {
        let case = Case { c: (3, 5, 4), kernel: 3, grid: (4, 5), columns: 2, seed: 2 };
        let (want, got) = both(&case, &RUN, Plant { unmirrored: true, ..Plant::default() });
        assert_eq!(got.halves[0].1, Layer::Hidden);
        assert_ne!(got.halves[0], want.halves[0], "the first hidden half-sweep already differs");
    }

    /// The smallest block that stalls (its last group's spins are read back within a ring turn).
    const STALLING: Case = Case { c: (8, 16, 8), kernel: 3, grid: (8, 8), columns: 8, seed: 4 };

    #[test]
    fn the_stalls_are_needed() {
        let shape = BlockShape { c0: 8, c1: 16, c2: 8, k1: (3, 3), k2: (3, 3), h: 8, w: 8 };
        let s = PlaneSchedule { array: thermoblock_contract::plane::ULX3S_ARRAY, shape };
        assert_eq!((s.stall(8, 9), s.stall(16, 9)), (75, 0), "the hidden half-sweep waits five ring turns");
        let plant = Plant { stall_short: 1, ..Plant::default() };
        let err = std::panic::catch_unwind(|| both(&STALLING, &RUN, plant)).expect_err("a stall a ring turn short");
        let msg = err.downcast_ref::<String>().expect("a message");
        let early = ["instead of", "at the edge that writes it", "before it was ever written"];
        assert!(early.iter().any(|e| msg.contains(e)), "a plane read too early: {msg}");
    }

    #[test]
    fn the_plane_lead_is_needed() {
        let plant = Plant { lead_short: 1, ..Plant::default() };
        let err = std::panic::catch_unwind(|| both(&STALLING, &RUN, plant)).expect_err("a lead a cycle short");
        let msg = err.downcast_ref::<String>().expect("a message");
        assert!(msg.contains("not whole in the staging register"), "{msg}");
    }
}
