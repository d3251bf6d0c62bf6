//! The Rust side of the C++ shim (`shim/shim.h`): the raw `extern "C"` functions and one owning
//! handle per model with safe methods. The only `unsafe` code of the crate is here.
//!
//! Invariant of every handle: `ptr` came from the model's `tb_<unit>_new` (`tb_chip_new` for the
//! chip), was non-null, and is freed exactly once, by `Drop`. Each handle is `!Send` and `!Sync` (a raw-pointer marker): the
//! shim allows one thread at a time per model, and `&mut self` on every method that drives the model
//! gives exactly that within a thread. (Moving a model to another thread between calls would very
//! likely be sound, Verilator keeps no per-thread state across `eval` calls, but nothing needs it yet.)

#![warn(clippy::undocumented_unsafe_blocks)]

use std::ffi::{CStr, c_char};
use std::marker::PhantomData;
use std::ptr::NonNull;

/// Opaque C++ `tb_lane_rng`.
#[repr(C)]
pub(crate) struct RawLaneRng {
    _opaque: [u8; 0],
}

/// Opaque C++ `tb_pbit`.
#[repr(C)]
pub(crate) struct RawPBit {
    _opaque: [u8; 0],
}

/// Opaque C++ `tb_chip`.
#[repr(C)]
pub(crate) struct RawChip {
    _opaque: [u8; 0],
}

/// Opaque C++ `tb_board`.
#[repr(C)]
pub(crate) struct RawBoard {
    _opaque: [u8; 0],
}

/// `tb_chip_outputs`: every output port of the chip.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChipOutputs {
    pub bus_rdata: u32,
    pub mon_mask: u32,
    pub mon_spins: u32,
    pub mon_sweep: u16,
    pub bus_rvalid: u8,
    pub busy: u8,
    pub done: u8,
    pub mon_wr: u8,
    pub mon_layer: u8,
    pub mon_clamp: u8,
    pub mon_group: u8,
    pub mon_pos: u8,
}

/// `tb_chip_monitor`: one spin-memory slot write seen on the monitor ports.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MonitorRecord {
    /// The cycle (clock edges since the model was created) in which `mon_wr` was high.
    pub cycle: u64,
    pub mask: u32,
    pub spins: u32,
    pub sweep: u16,
    pub group: u8,
    pub pos: u8,
    /// 0: hidden layer, 1: output layer.
    pub layer: u8,
    /// 1: a start spin of the clamp pass, 0: a sweep update.
    pub clamp: u8,
    reserved: [u8; 2],
}

/// `TB_CHIP_ICE40`, `TB_CHIP_ECP5`, `TB_CHIP_ICE40_UP5K`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub(crate) enum ChipKind {
    Ice40 = 0,
    Ecp5 = 1,
    Ice40Up5k = 2,
}

/// `TB_RUN_IDLE`, `TB_RUN_DONE`: status bits of `tb_chip_run` (the others, `TB_RUN_FULL` and
/// `TB_RUN_LIMIT`, say why it stopped while busy, which the caller knows from the count and its clock).
pub(crate) const RUN_IDLE: u32 = 1;
pub(crate) const RUN_DONE: u32 = 8;

/// `TB_BOARD_*`: status bits of `tb_board_clock`.
pub(crate) const BOARD_BUSY: u32 = 1;
pub(crate) const BOARD_ERROR: u32 = 2;
pub(crate) const BOARD_WAS_BUSY: u32 = 4;

unsafe extern "C" {
    fn tb_lane_rng_new() -> *mut RawLaneRng;
    fn tb_lane_rng_free(h: *mut RawLaneRng);
    fn tb_lane_rng_set_seed(h: *mut RawLaneRng, seed: u64);
    fn tb_lane_rng_set_load(h: *mut RawLaneRng, load: u8);
    fn tb_lane_rng_set_step(h: *mut RawLaneRng, step: u8);
    fn tb_lane_rng_get_state(h: *const RawLaneRng) -> u64;
    fn tb_lane_rng_get_draw(h: *const RawLaneRng) -> u16;
    fn tb_lane_rng_eval(h: *mut RawLaneRng);
    fn tb_lane_rng_tick(h: *mut RawLaneRng);

    fn tb_pbit_new() -> *mut RawPBit;
    fn tb_pbit_free(h: *mut RawPBit);
    fn tb_pbit_set_field(h: *mut RawPBit, field: i16);
    fn tb_pbit_set_r(h: *mut RawPBit, r: u16);
    fn tb_pbit_get_spin(h: *const RawPBit) -> u8;
    fn tb_pbit_eval(h: *mut RawPBit);
    fn tb_pbit_tick(h: *mut RawPBit);

    fn tb_chip_new(kind: u32) -> *mut RawChip;
    fn tb_chip_free(h: *mut RawChip);
    fn tb_chip_lanes(h: *const RawChip) -> u32;
    fn tb_chip_cycles(h: *const RawChip) -> u64;
    fn tb_chip_set_bus(h: *mut RawChip, addr: u32, wdata: u32, wr: u8, rd: u8);
    fn tb_chip_get_outputs(h: *const RawChip, out: *mut ChipOutputs);
    fn tb_chip_tick(h: *mut RawChip);
    fn tb_chip_write_burst(h: *mut RawChip, addrs: *const u32, data: *const u32, n: usize);
    fn tb_chip_read_burst(h: *mut RawChip, addrs: *const u32, data: *mut u32, n: usize, max_wait: u32) -> usize;
    fn tb_chip_run(h: *mut RawChip, max_ticks: u64, buf: *mut MonitorRecord, cap: usize, count: *mut usize) -> u32;
    fn tb_chip_trace(h: *mut RawChip, path: *const c_char, from: u64, to: u64) -> i32;

    fn tb_board_new(kind: u32) -> *mut RawBoard;
    fn tb_board_free(h: *mut RawBoard);
    fn tb_board_cycles(h: *const RawBoard) -> u64;
    fn tb_board_clock(h: *mut RawBoard, rx: *const u8, tx: *mut u8, n: usize) -> u32;
    fn tb_board_trace(h: *mut RawBoard, path: *const c_char, from: u64, to: u64) -> i32;
}

/// Makes `NonNull` from a constructor's result, panicking on NULL (allocation failure in C++).
fn non_null<T>(ptr: *mut T, unit: &str) -> NonNull<T> {
    NonNull::new(ptr).unwrap_or_else(|| panic!("the Verilator model of {unit} could not be allocated"))
}

/// Owns one `tb_lane_rng`.
pub(crate) struct LaneRngModel {
    ptr: NonNull<RawLaneRng>,
    _not_send_sync: PhantomData<*mut ()>,
}

impl LaneRngModel {
    pub(crate) fn new() -> Self {
        // SAFETY: no preconditions; the result is checked for NULL before use.
        let ptr = unsafe { tb_lane_rng_new() };
        Self { ptr: non_null(ptr, "LaneRng"), _not_send_sync: PhantomData }
    }

    pub(crate) fn set_seed(&mut self, seed: u64) {
        // SAFETY: `ptr` is live (handle invariant); `&mut self` makes this the only access.
        unsafe { tb_lane_rng_set_seed(self.ptr.as_ptr(), seed) }
    }

    pub(crate) fn set_load(&mut self, load: bool) {
        // SAFETY: as in `set_seed`; the shim takes 0 or 1.
        unsafe { tb_lane_rng_set_load(self.ptr.as_ptr(), u8::from(load)) }
    }

    pub(crate) fn set_step(&mut self, step: bool) {
        // SAFETY: as in `set_seed`; the shim takes 0 or 1.
        unsafe { tb_lane_rng_set_step(self.ptr.as_ptr(), u8::from(step)) }
    }

    pub(crate) fn state(&self) -> u64 {
        // SAFETY: `ptr` is live; a read through `&self`, no `&mut` access can run at the same time.
        unsafe { tb_lane_rng_get_state(self.ptr.as_ptr()) }
    }

    pub(crate) fn draw(&self) -> u16 {
        // SAFETY: as in `state`.
        unsafe { tb_lane_rng_get_draw(self.ptr.as_ptr()) }
    }

    pub(crate) fn eval(&mut self) {
        // SAFETY: as in `set_seed`.
        unsafe { tb_lane_rng_eval(self.ptr.as_ptr()) }
    }

    pub(crate) fn tick(&mut self) {
        // SAFETY: as in `set_seed`.
        unsafe { tb_lane_rng_tick(self.ptr.as_ptr()) }
    }
}

impl Drop for LaneRngModel {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from `tb_lane_rng_new` and is freed only here, once.
        unsafe { tb_lane_rng_free(self.ptr.as_ptr()) }
    }
}

/// Owns one `tb_pbit`.
pub(crate) struct PBitModel {
    ptr: NonNull<RawPBit>,
    _not_send_sync: PhantomData<*mut ()>,
}

impl PBitModel {
    pub(crate) fn new() -> Self {
        // SAFETY: no preconditions; the result is checked for NULL before use.
        let ptr = unsafe { tb_pbit_new() };
        Self { ptr: non_null(ptr, "PBit"), _not_send_sync: PhantomData }
    }

    pub(crate) fn set_field(&mut self, field: i16) {
        // SAFETY: `ptr` is live (handle invariant); `&mut self` makes this the only access.
        unsafe { tb_pbit_set_field(self.ptr.as_ptr(), field) }
    }

    pub(crate) fn set_r(&mut self, r: u16) {
        // SAFETY: as in `set_field`.
        unsafe { tb_pbit_set_r(self.ptr.as_ptr(), r) }
    }

    pub(crate) fn spin(&self) -> bool {
        // SAFETY: `ptr` is live; a read through `&self`, no `&mut` access can run at the same time.
        unsafe { tb_pbit_get_spin(self.ptr.as_ptr()) != 0 }
    }

    pub(crate) fn eval(&mut self) {
        // SAFETY: as in `set_field`.
        unsafe { tb_pbit_eval(self.ptr.as_ptr()) }
    }

    pub(crate) fn tick(&mut self) {
        // SAFETY: as in `set_field`.
        unsafe { tb_pbit_tick(self.ptr.as_ptr()) }
    }
}

impl Drop for PBitModel {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from `tb_pbit_new` and is freed only here, once.
        unsafe { tb_pbit_free(self.ptr.as_ptr()) }
    }
}

/// Owns one `tb_chip` (either configuration).
pub(crate) struct ChipHandle {
    ptr: NonNull<RawChip>,
    _not_send_sync: PhantomData<*mut ()>,
}

impl ChipHandle {
    /// A chip of `kind` at power-up.
    pub(crate) fn new(kind: ChipKind) -> Self {
        // SAFETY: no preconditions (every `ChipKind` is a kind the shim knows); the result is checked
        // for NULL before use.
        let ptr = unsafe { tb_chip_new(kind as u32) };
        Self { ptr: non_null(ptr, "the chip"), _not_send_sync: PhantomData }
    }

    pub(crate) fn lanes(&self) -> u32 {
        // SAFETY: `ptr` is live (handle invariant); a read through `&self`, no `&mut` access can run
        // at the same time.
        unsafe { tb_chip_lanes(self.ptr.as_ptr()) }
    }

    pub(crate) fn cycles(&self) -> u64 {
        // SAFETY: as in `lanes`.
        unsafe { tb_chip_cycles(self.ptr.as_ptr()) }
    }

    pub(crate) fn set_bus(&mut self, addr: u32, wdata: u32, wr: bool, rd: bool) {
        // SAFETY: `ptr` is live; `&mut self` makes this the only access; the shim masks the values.
        unsafe { tb_chip_set_bus(self.ptr.as_ptr(), addr, wdata, u8::from(wr), u8::from(rd)) }
    }

    pub(crate) fn outputs(&self) -> ChipOutputs {
        let mut out = ChipOutputs::default();
        // SAFETY: `ptr` is live, read through `&self`; `out` is a valid, exclusive `tb_chip_outputs`
        // (same `repr(C)` layout) that the shim only writes.
        unsafe { tb_chip_get_outputs(self.ptr.as_ptr(), &mut out) };
        out
    }

    pub(crate) fn tick(&mut self) {
        // SAFETY: as in `set_bus`.
        unsafe { tb_chip_tick(self.ptr.as_ptr()) }
    }

    /// One bus write per clock; `addrs` and `data` have the same length.
    pub(crate) fn write_burst(&mut self, addrs: &[u32], data: &[u32]) {
        assert_eq!(addrs.len(), data.len(), "one data word per address");
        // SAFETY: `ptr` is live and exclusively borrowed; the shim reads `n` words from each pointer,
        // and both slices hold `n` (checked above) and outlive the call.
        unsafe { tb_chip_write_burst(self.ptr.as_ptr(), addrs.as_ptr(), data.as_ptr(), addrs.len()) }
    }

    /// Bus reads into `data`; returns how many were read (fewer than `addrs.len()` if one timed out).
    pub(crate) fn read_burst(&mut self, addrs: &[u32], data: &mut [u32], max_wait: u32) -> usize {
        assert_eq!(addrs.len(), data.len(), "one data word per address");
        // SAFETY: `ptr` is live and exclusively borrowed; the shim reads at most `n` words from
        // `addrs` and writes at most `n` to `data`, both slices of `n` words (checked above), `data`
        // exclusively borrowed, neither kept after the call.
        unsafe { tb_chip_read_burst(self.ptr.as_ptr(), addrs.as_ptr(), data.as_mut_ptr(), addrs.len(), max_wait) }
    }

    /// Runs while `busy` (see `tb_chip_run`), recording monitor writes into `buf` if given; returns
    /// the `RUN_*` status bits and the number of records written to the front of `buf`.
    pub(crate) fn run(&mut self, max_ticks: u64, buf: Option<&mut [MonitorRecord]>) -> (u32, usize) {
        let (ptr, cap) = match buf {
            Some(b) => (b.as_mut_ptr(), b.len()),
            None => (std::ptr::null_mut(), 0),
        };
        let mut count = 0usize;
        // SAFETY: `ptr` is live and exclusively borrowed; `buf` is NULL (nothing recorded) or an
        // exclusively borrowed slice of `cap` records, of which the shim writes at most `cap`
        // (`repr(C)` layout of `tb_chip_monitor`); `count` is a valid `size_t` it writes once.
        let status = unsafe { tb_chip_run(self.ptr.as_ptr(), max_ticks, ptr, cap, &mut count) };
        assert!(count <= cap, "the shim wrote past the monitor buffer");
        (status, count)
    }
}

impl ChipHandle {
    /// Starts a VCD trace (`tb_chip_trace`); returns its `TB_TRACE_*` code.
    pub(crate) fn trace(&mut self, path: &CStr, from: u64, to: u64) -> i32 {
        // SAFETY: `ptr` is live and exclusively borrowed; `path` is a NUL-terminated string that
        // outlives the call, and the shim copies what it needs of it (VerilatedVcdC::open).
        unsafe { tb_chip_trace(self.ptr.as_ptr(), path.as_ptr(), from, to) }
    }
}

impl Drop for ChipHandle {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from `tb_chip_new` and is freed only here, once.
        unsafe { tb_chip_free(self.ptr.as_ptr()) }
    }
}

/// Owns one `tb_board` (either configuration).
pub(crate) struct BoardHandle {
    ptr: NonNull<RawBoard>,
    _not_send_sync: PhantomData<*mut ()>,
}

impl BoardHandle {
    /// A board of `kind` at power-up.
    pub(crate) fn new(kind: ChipKind) -> Self {
        // SAFETY: no preconditions (every `ChipKind` is a kind the shim knows); the result is checked
        // for NULL before use.
        let ptr = unsafe { tb_board_new(kind as u32) };
        Self { ptr: non_null(ptr, "the board"), _not_send_sync: PhantomData }
    }

    pub(crate) fn cycles(&self) -> u64 {
        // SAFETY: `ptr` is live (handle invariant); a read through `&self`, no `&mut` access can run
        // at the same time.
        unsafe { tb_board_cycles(self.ptr.as_ptr()) }
    }

    /// `tx.len()` cycles with `uart_rx` at `rx[i]` (the idle level, high, if `rx` is `None`); the
    /// `uart_tx` level after each edge into `tx`. Returns the `BOARD_*` bits.
    pub(crate) fn clock(&mut self, rx: Option<&[u8]>, tx: &mut [u8]) -> u32 {
        let rx = match rx {
            Some(levels) => {
                assert_eq!(levels.len(), tx.len(), "one tx level per rx level");
                levels.as_ptr()
            }
            None => std::ptr::null(),
        };
        // SAFETY: `ptr` is live and exclusively borrowed; the shim reads `n` bytes from `rx` (NULL,
        // or a slice of `n` bytes, checked above) and writes `n` to `tx`, an exclusively borrowed
        // slice of `n` bytes; neither is kept after the call.
        unsafe { tb_board_clock(self.ptr.as_ptr(), rx, tx.as_mut_ptr(), tx.len()) }
    }
}

impl BoardHandle {
    /// Starts a VCD trace (`tb_board_trace`); returns its `TB_TRACE_*` code.
    pub(crate) fn trace(&mut self, path: &CStr, from: u64, to: u64) -> i32 {
        // SAFETY: as in `ChipHandle::trace`.
        unsafe { tb_board_trace(self.ptr.as_ptr(), path.as_ptr(), from, to) }
    }
}

impl Drop for BoardHandle {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from `tb_board_new` and is freed only here, once.
        unsafe { tb_board_free(self.ptr.as_ptr()) }
    }
}
