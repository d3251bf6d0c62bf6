// shim.cpp: the C API of shim.h over the Verilator models VLaneRng and VPBit.
//
// Each handle type derives from its model's class, so a handle *is* the model: ports are the
// model's public members (Verilator's `VL_IN*`/`VL_OUT*` references), `eval` is the model's.
//
// Context. Every model is attached to one VerilatedContext created on first use and never
// destroyed (a few hundred bytes for the life of the process). One context per model would leave
// Verilator's process-wide "last context" pointer dangling when a model is freed; one shared context
// does not, and the designs use none of its per-context state (no time, $display, $finish or
// plusargs). Verilator's set-up code writes that process-wide pointer without synchronisation, so
// creation and destruction hold `setup_lock()`; `eval` touches only the model and thread-locals.

#include "shim.h"

#include <mutex>
#include <new>

#include "VLaneRng.h"
#include "VPBit.h"

struct tb_lane_rng final : VLaneRng {
    using VLaneRng::VLaneRng;
};

struct tb_pbit final : VPBit {
    using VPBit::VPBit;
};

namespace {

std::mutex& setup_lock() {
    static std::mutex lock;
    return lock;
}

// The shared context; call with setup_lock() held.
VerilatedContext* context() {
    static VerilatedContext* const shared = new VerilatedContext;
    return shared;
}

// A model at power-up: `initial` blocks run, clock low, outputs settled. NULL if allocation failed.
template <class Handle>
Handle* create() noexcept {
    Handle* handle = nullptr;
    try {
        const std::lock_guard<std::mutex> guard{setup_lock()};
        handle = new Handle{context(), "TOP"};
    } catch (...) {
        return nullptr;
    }
    handle->clock = 0;
    handle->eval();
    return handle;
}

template <class Handle>
void destroy(Handle* handle) noexcept {
    if (handle == nullptr) return;
    const std::lock_guard<std::mutex> guard{setup_lock()};
    delete handle;
}

// One clock cycle; the rising edge samples the inputs.
template <class Handle>
void tick(Handle* handle) {
    handle->clock = 0;
    handle->eval();
    handle->clock = 1;
    handle->eval();
}

}  // namespace

extern "C" {

tb_lane_rng* tb_lane_rng_new(void) { return create<tb_lane_rng>(); }
void tb_lane_rng_free(tb_lane_rng* h) { destroy(h); }
void tb_lane_rng_set_seed(tb_lane_rng* h, uint64_t seed) { h->seed = seed; }
void tb_lane_rng_set_load(tb_lane_rng* h, uint8_t load) { h->load = load & 1; }
void tb_lane_rng_set_step(tb_lane_rng* h, uint8_t step) { h->step = step & 1; }
uint64_t tb_lane_rng_get_state(const tb_lane_rng* h) { return h->state; }
uint16_t tb_lane_rng_get_draw(const tb_lane_rng* h) { return h->draw; }
void tb_lane_rng_eval(tb_lane_rng* h) { h->eval(); }
void tb_lane_rng_tick(tb_lane_rng* h) { tick(h); }

tb_pbit* tb_pbit_new(void) { return create<tb_pbit>(); }
void tb_pbit_free(tb_pbit* h) { destroy(h); }
// `field` is `signed [15:0]`; Verilator holds it as its 16-bit pattern (two's complement).
void tb_pbit_set_field(tb_pbit* h, int16_t field) { h->field = static_cast<uint16_t>(field); }
void tb_pbit_set_r(tb_pbit* h, uint16_t r) { h->r = r; }
uint8_t tb_pbit_get_spin(const tb_pbit* h) { return h->spin & 1; }
void tb_pbit_eval(tb_pbit* h) { h->eval(); }
void tb_pbit_tick(tb_pbit* h) { tick(h); }

}  // extern "C"
