//! The Rust side of the C++ shim (`shim/shim.h`): the raw `extern "C"` functions and one owning
//! handle per model with safe methods. The only `unsafe` code of the crate is here.
//!
//! Invariant of every handle: `ptr` came from the model's `tb_<unit>_new`, was non-null, and is
//! freed exactly once, by `Drop`. Each handle is `!Send` and `!Sync` (a raw-pointer marker): the
//! shim allows one thread at a time per model, and `&mut self` on every method that drives the model
//! gives exactly that within a thread. (Moving a model to another thread between calls would very
//! likely be sound, Verilator keeps no per-thread state across `eval` calls, but nothing needs it yet.)

#![warn(clippy::undocumented_unsafe_blocks)]

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
