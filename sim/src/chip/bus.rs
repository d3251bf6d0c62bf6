//! The chip seen through its bus, in software: the register map of [`thermoblock_contract::registers`]
//! over the bit-exact chip model.
//!
//! What the host link's command engine drives when the board is the chip model (the virtual
//! board's `chip` backend, the engine's tests), as the RTL's engine drives the chip's bus. Writes
//! land in registers and memories exactly where the RTL stores them; `CONTROL.start` rebuilds the
//! chip image from the coupling memory's words and the registers (nothing else: a host that left
//! a word unwritten gets what the memory held), runs [`ChipModel`] with the lane generators loaded
//! from the `SEED` registers, and keeps the sums for reading. [`ChipBus::new`]'s runs complete
//! within the write that starts it, so `STATUS.busy` never reads 1 (what in-process tests want);
//! [`ChipBus::background`]'s run on a thread of their own, `STATUS` reading busy until they end, as
//! the RTL's do (what a served board needs: its engine answers `RUN` and `STATUS` polls while the
//! chip runs, however long). The input is read at the start, so `STATUS.input_free` is set during
//! a background run.

use crate::chip::model::ChipModel;
use thermoblock_contract::config::ChipConfig;
use thermoblock_contract::field::{MAX_SHIFT, SHIFT_BIAS, delta_value};
use thermoblock_contract::image::ChipImage;
use thermoblock_contract::memory::{CouplingLayout, Region};
use thermoblock_contract::registers::*;
use thermoblock_contract::rng::LaneRng;
use thermoblock_contract::run::{ChipResult, ChipRun};
use thermoblock_contract::spins::Spins;

/// A bus a command engine drives: 22-bit word addresses, 32-bit data.
pub trait Bus {
    fn write(&mut self, addr: u32, data: u32);
    fn read(&mut self, addr: u32) -> u32;
}

/// The chip model behind its register map.
pub struct ChipBus {
    pub config: ChipConfig,
    geometry: [u32; 2],
    shifts: u32,
    delta: u32,
    sweeps: u32,
    burn_in: u32,
    layout: [u32; LAYOUT_WORDS as usize],
    /// The `SEED` registers' low words, and the lane generators (the high word's write loads
    /// them; a run advances them).
    seed_low: Vec<u32>,
    rngs: Vec<LaneRng>,
    /// `INPUT` words, `[group][position]` at `(group << POS_BITS) | position`.
    input: Vec<u32>,
    /// One coupling bank per lane, `1 << COUPLING_ADDR_BITS` words each.
    banks: Vec<Vec<i16>>,
    /// The last run's sums, `[channel << POS_BITS | position]`, and its cycle count.
    output_sums: Vec<i32>,
    hidden_sums: Vec<i32>,
    cycles: u64,
    done: bool,
    /// Runs on a thread of their own ([`ChipBus::background`]).
    background: bool,
    /// The background run in progress.
    pending: Option<std::thread::JoinHandle<Finished>>,
}

/// A run's result as the registers hold it, and the lane generators after it.
struct Finished {
    output: Vec<i32>,
    hidden: Vec<i32>,
    result: ChipResult,
    rngs: Vec<LaneRng>,
}

impl ChipBus {
    /// [`new`](Self::new), but each run goes on on a thread of its own while `STATUS` reads busy.
    pub fn background(config: ChipConfig) -> Self {
        Self { background: true, ..Self::new(config) }
    }

    /// A chip at power-up: every register and memory word 0.
    pub fn new(config: ChipConfig) -> Self {
        let words = |c: usize| vec![0u32; c << POS_BITS];
        let sums = |c: usize| vec![0i32; c << POS_BITS];
        Self {
            config,
            geometry: [0; 2],
            shifts: 0,
            delta: 0,
            sweeps: 0,
            burn_in: 0,
            layout: [0; LAYOUT_WORDS as usize],
            seed_low: vec![0; config.lanes],
            rngs: vec![LaneRng { state: 0 }; config.lanes],
            input: words(config.max_c0.div_ceil(config.lanes)),
            banks: vec![vec![0; 1 << COUPLING_ADDR_BITS]; config.lanes],
            output_sums: sums(config.max_c2),
            hidden_sums: sums(config.max_c1),
            cycles: 0,
            done: false,
            background: false,
            pending: None,
        }
    }

    /// Takes in the background run's result once it has ended (`wait`: waits for it).
    fn collect(&mut self, wait: bool) {
        if self.pending.as_ref().is_some_and(|p| wait || p.is_finished()) {
            let pending = self.pending.take().expect("checked above");
            match pending.join() {
                Ok(done) => self.finish(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    }

    /// The geometry the registers hold.
    pub fn geometry(&self) -> Geometry {
        Geometry::from_registers(self.geometry[0], self.geometry[1])
    }

    /// The chip image the coupling memory and the registers describe: the inverse of
    /// [`CouplingLayout::banks`] and of the `SHIFTS` encoding.
    fn image(&self) -> ChipImage {
        let Geometry { c0, c1, c2, k1, k2, .. } = self.geometry();
        // Each byte's low 5 bits are its shift amount, as the RTL's `k_*` registers keep them: a
        // host that sets the high bits gets the RTL's behaviour, not a shift past 63.
        let shift = |i: u32| (self.shifts >> (8 * i) & MAX_SHIFT as u32) as i32 - SHIFT_BIAS;
        let (e1, e2) = (shift(0), shift(2));
        // SHIFTS' middle amount is c2 = 8 + e3 - e2 (`ChipImage::lane_exponents`).
        let e3 = shift(1) - 8 + e2;
        let mut image = ChipImage {
            c0,
            c1,
            c2,
            k1_size: (k1, k1),
            k2_size: (k2, k2),
            e1,
            e2,
            e3,
            w2: vec![0; c2 * c1 * k2 * k2],
            k1p: vec![0; c1 * c0 * k1 * k1],
            k1m: vec![0; c1 * c0 * k1 * k1],
            k3p: vec![0; c2 * c0],
            k3m: vec![0; c2 * c0],
            u: vec![0; c2 * k2 * k2],
            b: vec![0; c1],
        };
        let layout = CouplingLayout::new(&image, self.config.lanes);
        let at = |(bank, addr): (usize, usize)| self.banks[bank][addr];
        let (t1, t2) = (k1 * k1, k2 * k2);
        for o in 0..c2 {
            for m in 0..c1 {
                for t in 0..t2 {
                    image.w2[(o * c1 + m) * t2 + t] = at(layout.place(Region::W2, o, m, t)) as i8;
                }
            }
            for c in 0..c0 {
                image.k3p[o * c0 + c] = at(layout.place(Region::K3U, o, c, 0)) as i8;
                image.k3m[o * c0 + c] = at(layout.place(Region::K3U, o, c0 + c, 0)) as i8;
            }
            for t in 0..t2 {
                image.u[o * t2 + t] = at(layout.place(Region::K3U, o, 2 * c0 + t, 0));
            }
        }
        for m in 0..c1 {
            for c in 0..c0 {
                for t in 0..t1 {
                    let j = (m * c0 + c) * t1 + t;
                    image.k1p[j] = at(layout.place(Region::K1P, m, c, t)) as i8;
                    image.k1m[j] = at(layout.place(Region::K1M, m, c, t)) as i8;
                }
            }
            image.b[m] = at(layout.place(Region::Bias, m, 0, 0));
        }
        image
    }

    /// The input spins the `INPUT` words hold.
    fn input_spins(&self) -> Spins {
        let Geometry { c0, h, w, .. } = self.geometry();
        let hw = h * w;
        let p = self.config.lanes;
        let data = (0..c0 * hw)
            .map(|i| {
                let (c, pos) = (i / hw, i % hw);
                if self.input[spin_offset(c / p, pos) as usize] >> (c % p) & 1 == 1 { 1 } else { -1 }
            })
            .collect();
        Spins { c: c0, h, w, data }
    }

    fn start(&mut self) {
        self.collect(false);
        if self.pending.is_some() {
            return; // as the RTL's controller, a start while busy is ignored
        }
        let Geometry { c1, c2, h, w, .. } = self.geometry();
        let image = self.image();
        let model = ChipModel::new(image, self.config, h, w);
        let run = ChipRun {
            delta: delta_value(self.delta as u16) as f32,
            sweeps: self.sweeps,
            burn_in: self.burn_in,
            seed: 0, // unused: the generators come from the SEED registers
        };
        // The generators go with the run (a seed written meanwhile is ignored: the engine refuses
        // configuration while busy) and come back advanced.
        let (x, mut rngs) = (self.input_spins(), std::mem::take(&mut self.rngs));
        let kept = run.sweeps.saturating_sub(run.burn_in).max(1) as f64;
        let job = move || {
            let result = model.run_lanes(&x, &run, &mut rngs, None);
            let sums = |c: usize, means: &[f64]| {
                let mut sums = vec![0i32; c << POS_BITS];
                for (i, m) in means.iter().enumerate().take(c * h * w) {
                    sums[spin_offset(i / (h * w), i % (h * w)) as usize] = (m * kept).round() as i32;
                }
                sums
            };
            Finished { output: sums(c2, &result.mean), hidden: sums(c1, &result.hidden_mean), result, rngs }
        };
        self.done = false;
        if self.background {
            self.pending = Some(std::thread::spawn(job));
        } else {
            self.finish(job());
        }
    }

    /// Keeps a run's sums, cycle count and generators.
    fn finish(&mut self, done: Finished) {
        self.rngs = done.rngs;
        for (to, from) in [(&mut self.output_sums, done.output), (&mut self.hidden_sums, done.hidden)] {
            to.fill(0);
            to[..from.len()].copy_from_slice(&from);
        }
        self.cycles = done.result.cycles;
        self.done = true;
    }
}

impl Bus for ChipBus {
    fn write(&mut self, addr: u32, data: u32) {
        let lanes = self.config.lanes as u32;
        match addr {
            CONTROL if data & CONTROL_START != 0 => self.start(),
            GEOMETRY0 => self.geometry[0] = data,
            GEOMETRY1 => self.geometry[1] = data,
            SHIFTS => self.shifts = data,
            DELTA => self.delta = data,
            SWEEPS => self.sweeps = data,
            BURN_IN => self.burn_in = data,
            a if (LAYOUT_BASE..LAYOUT_BASE + LAYOUT_WORDS).contains(&a) => {
                self.layout[(a - LAYOUT_BASE) as usize] = data
            }
            a if (SEED_BASE..SEED_BASE + 2 * lanes).contains(&a) => {
                let (lane, high) = (((a - SEED_BASE) / 2) as usize, (a - SEED_BASE) % 2 == 1);
                if high {
                    // Loaded as written, as the RTL's `load` does (the host substitutes for 0).
                    let state = (data as u64) << 32 | self.seed_low[lane] as u64;
                    if let Some(rng) = self.rngs.get_mut(lane) {
                        *rng = LaneRng { state };
                    }
                } else {
                    self.seed_low[lane] = data;
                }
            }
            a if (INPUT_BASE..INPUT_BASE + self.input.len() as u32).contains(&a) => {
                self.input[(a - INPUT_BASE) as usize] = data & ((1u64 << lanes) - 1) as u32
            }
            a if (COUPLING_BASE..COUPLING_BASE + (lanes << COUPLING_ADDR_BITS)).contains(&a) => {
                let off = a - COUPLING_BASE;
                self.banks[(off >> COUPLING_ADDR_BITS) as usize][(off & ((1 << COUPLING_ADDR_BITS) - 1)) as usize] =
                    data as i16
            }
            _ => {}
        }
    }

    fn read(&mut self, addr: u32) -> u32 {
        if let Some(&(_, v)) = identification(&self.config).iter().find(|(a, _)| *a == addr) {
            return v;
        }
        let window = |base: u32, sums: &[i32]| addr.checked_sub(base).and_then(|off| sums.get(off as usize)).copied();
        match addr {
            STATUS => {
                self.collect(false);
                match self.pending {
                    Some(_) => STATUS_BUSY | STATUS_INPUT_FREE,
                    None => (self.done as u32) << 1,
                }
            }
            CYCLES_LO => self.cycles as u32,
            CYCLES_HI => (self.cycles >> 32) as u32,
            _ => {
                if let Some(v) = window(OUTPUT_SUM_BASE, &self.output_sums) {
                    v as u32
                } else if let Some(v) = window(HIDDEN_SUM_BASE, &self.hidden_sums) {
                    v as u32
                } else if let Some(v) = window(OUTPUT_SIGN_BASE, &self.output_sums) {
                    (v >= 0) as u32
                } else {
                    0
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chip::quantize::quantize;
    use crate::random::{RandomBlockSpec, random_block, random_spins};
    use thermoblock_contract::config::{ECP5, ICE40};

    /// The bus-level chip, set up by [`setup_writes`] and read by [`readout`], gives the chip
    /// model's result: the layout inverse and the register decoding lose nothing.
    #[test]
    fn a_run_through_the_bus_is_the_chip_models_run() {
        for (config, spec, h, w) in [
            (ICE40, RandomBlockSpec { c0: 3, c1: 6, c2: 5, kernel: 3, coupling: 1.0 }, 4, 5),
            (ECP5, RandomBlockSpec { c0: 20, c1: 37, c2: 40, kernel: 3, coupling: 0.7 }, 3, 6),
        ] {
            let block = random_block(&spec, 4).unwrap();
            let x = random_spins(spec.c0, h, w, 5);
            let (image, _) = quantize(&block, &config, h, w).unwrap();
            let run = ChipRun { delta: 0.37, sweeps: 30, burn_in: 7, seed: 11 };
            let mut bus = ChipBus::new(config);
            for (a, d) in setup_writes(&config, &image, &x, &run) {
                bus.write(a, d);
            }
            assert_eq!(bus.image(), image);
            let words: Vec<u32> = readout_addresses(&image, h, w).into_iter().map(|a| bus.read(a)).collect();
            let got = readout(&image, h, w, &run, &words);
            let want = ChipModel::new(image.clone(), config, h, w).run(&x, &run);
            assert_eq!(got, want, "{}", config.name);
            assert_eq!(bus.read(STATUS) & 2, 2, "done after the run");
            // A second start without new seeds continues the generators: a different sample.
            bus.write(CONTROL, CONTROL_START);
            let again: Vec<u32> = readout_addresses(&image, h, w).into_iter().map(|a| bus.read(a)).collect();
            assert_ne!(again[..words.len() - 2], words[..words.len() - 2], "the lanes' streams continue");
        }
    }

    /// The `SHIFTS` bytes' high 3 bits are ignored, as the RTL's 5-bit shift registers ignore them
    /// (a debug build panicked on the shift past 63 that an unmasked byte asked for).
    #[test]
    fn shift_amounts_keep_five_bits_like_the_rtl() {
        let block = random_block(&RandomBlockSpec { c0: 2, c1: 3, c2: 2, kernel: 3, coupling: 1.0 }, 1).unwrap();
        let (image, _) = quantize(&block, &ICE40, 3, 3).unwrap();
        let x = random_spins(2, 3, 3, 1);
        let run = ChipRun { delta: 0.5, sweeps: 2, burn_in: 0, seed: 3 };
        let mut bus = ChipBus::new(ICE40);
        for (a, d) in setup_writes(&ICE40, &image, &x, &run) {
            bus.write(a, d);
        }
        let exact = bus.image();
        bus.write(SHIFTS, bus.shifts | 0xe0_e0e0);
        assert_eq!(bus.image(), exact);
        bus.write(SHIFTS, 0xffff_ffff);
        let all = bus.image();
        assert_eq!((all.e1, all.e2), (MAX_SHIFT - SHIFT_BIAS, MAX_SHIFT - SHIFT_BIAS));
        bus.write(CONTROL, CONTROL_START);
        assert_eq!(bus.read(STATUS) & 2, 2, "a run with the largest shifts completes");
    }
}
