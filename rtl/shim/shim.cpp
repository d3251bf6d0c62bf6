// shim.cpp: the C API of shim.h over the Verilator models VLaneRng, VPBit, VChipIce40, VChipEcp5, VChipIce40Up5k,
// VBoardIce40 and VBoardEcp5.
//
// Each unit handle type derives from its model's class, so a handle *is* the model: ports are the
// model's public members (Verilator's `VL_IN*`/`VL_OUT*` references), `eval` is the model's. The chip
// handle `tb_chip` is an abstract class with one implementation per configuration, `Chip<Model>`,
// which owns its model; the loops (bursts, `run`) are compiled once per model, so the clock loop
// calls the model's `eval` directly.
//
// Context. Every model is attached to one VerilatedContext created on first use and never
// destroyed (a few hundred bytes for the life of the process). One context per model would leave
// Verilator's process-wide "last context" pointer dangling when a model is freed; one shared context
// does not, and the designs use none of its per-context state (no time, $display, $finish or
// plusargs). Verilator's set-up code writes that process-wide pointer without synchronisation, so
// creation and destruction hold `setup_lock()`; `eval` touches only the model and thread-locals.

#include "shim.h"

#include <memory>
#include <mutex>
#include <new>

#include "VBoardEcp5.h"
#include "VBoardIce40.h"
#include "VChipEcp5.h"
#include "VChipIce40.h"
#include "VChipIce40Up5k.h"
#include "VLaneRng.h"
#include "VPBit.h"

#if VM_TRACE
#include "verilated_vcd_c.h"
#endif

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
    static VerilatedContext* const shared = [] {
        auto* c = new VerilatedContext;
#if VM_TRACE
        // Verilator computes trace data only for models created after this.
        c->traceEverOn(true);
#endif
        return c;
    }();
    return shared;
}

// A VCD waveform of one model over a window of clock cycles [from, to). Time is in ns at a nominal
// 10 ns clock: the model's state with the clock low before its edge `c` (edges counted from 0 at
// power-up) is dumped at 10c, and after that rising edge at 10c + 5. So a signal that rises at time
// 10c + 5 changed on edge c, after which the handle's cycle counter reads c + 1. The file is closed
// (and complete) once the window has passed, or when the model is destroyed; without a `--trace`
// build (`VM_TRACE` 0) `open` reports TB_TRACE_NOT_BUILT.
class Trace {
   public:
    template <class Model>
    int open(Model& model, const char* path, uint64_t from, uint64_t to) {
#if VM_TRACE
        if (vcd_) return TB_TRACE_ALREADY_OPEN;
        try {
            auto vcd = std::make_unique<VerilatedVcdC>();
            {
                const std::lock_guard<std::mutex> guard{setup_lock()};
                model.trace(vcd.get(), 99);
            }
            vcd->open(path);
            if (!vcd->isOpen()) return TB_TRACE_CANNOT_OPEN;
            vcd_ = std::move(vcd);
        } catch (...) {
            return TB_TRACE_CANNOT_OPEN;
        }
        from_ = from;
        to_ = to;
        return TB_TRACE_OK;
#else
        (void)model;
        (void)path;
        (void)from;
        (void)to;
        return TB_TRACE_NOT_BUILT;
#endif
    }

    // After the evaluation of one clock phase of edge `cycle` (high = after the rising edge).
    void dump(uint64_t cycle, bool high) {
#if VM_TRACE
        if (!vcd_ || cycle < from_) return;
        if (cycle >= to_) {
            close();
            return;
        }
        vcd_->dump(10 * cycle + (high ? 5 : 0));
#else
        (void)cycle;
        (void)high;
#endif
    }

    // Writes what is buffered (a board served until the process is killed keeps what it dumped).
    void flush() {
#if VM_TRACE
        if (vcd_) vcd_->flush();
#endif
    }

    void close() {
#if VM_TRACE
        if (vcd_) {
            vcd_->close();
            vcd_.reset();
        }
#endif
    }

    ~Trace() { close(); }

   private:
#if VM_TRACE
    std::unique_ptr<VerilatedVcdC> vcd_;
    uint64_t from_ = 0;
    uint64_t to_ = 0;
#endif
};

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

// The chip handle: the API of shim.h's `tb_chip_*` functions, one implementation per model class.
struct tb_chip {
    virtual ~tb_chip() = default;
    virtual uint32_t lanes() const = 0;
    virtual void set_bus(uint32_t addr, uint32_t wdata, uint8_t wr, uint8_t rd) = 0;
    virtual void outputs(tb_chip_outputs* out) const = 0;
    virtual void eval() = 0;
    virtual void tick() = 0;
    virtual void write_burst(const uint32_t* addrs, const uint32_t* data, size_t n) = 0;
    virtual size_t read_burst(const uint32_t* addrs, uint32_t* data, size_t n, uint32_t max_wait) = 0;
    virtual uint32_t run(uint64_t max_ticks, tb_chip_monitor* buf, size_t cap, size_t* count) = 0;
    virtual int trace(const char* path, uint64_t from, uint64_t to) = 0;
    uint64_t cycles = 0;
};

namespace {

constexpr uint32_t kAddrMask = (1u << 22) - 1;
constexpr uint64_t kNotRecorded = ~uint64_t{0};

template <class Model, uint32_t Lanes>
struct Chip final : tb_chip {
    // Constructed under setup_lock() (see create_chip).
    explicit Chip(VerilatedContext* context) : model{context, "TOP"} {}

    uint32_t lanes() const override { return Lanes; }

    void set_bus(uint32_t addr, uint32_t wdata, uint8_t wr, uint8_t rd) override {
        model.bus_addr = addr & kAddrMask;
        model.bus_wdata = wdata;
        model.bus_wr = wr & 1;
        model.bus_rd = rd & 1;
    }

    void outputs(tb_chip_outputs* out) const override {
        out->bus_rdata = model.bus_rdata;
        out->mon_mask = model.mon_mask;
        out->mon_spins = model.mon_spins;
        out->mon_sweep = model.mon_sweep;
        out->bus_rvalid = model.bus_rvalid & 1;
        out->busy = model.busy & 1;
        out->done = model.done & 1;
        out->mon_wr = model.mon_wr & 1;
        out->mon_layer = model.mon_layer & 1;
        out->mon_clamp = model.mon_clamp & 1;
        out->mon_group = model.mon_group;
        out->mon_pos = model.mon_pos;
    }

    void eval() override { model.eval(); }

    void tick() override { step(); }

    void write_burst(const uint32_t* addrs, const uint32_t* data, size_t n) override {
        for (size_t i = 0; i < n; ++i) {
            set_bus(addrs[i], data[i], 1, 0);
            step();
        }
        model.bus_wr = 0;
        model.bus_rd = 0;
    }

    size_t read_burst(const uint32_t* addrs, uint32_t* data, size_t n, uint32_t max_wait) override {
        for (size_t i = 0; i < n; ++i) {
            set_bus(addrs[i], 0, 0, 1);
            step();
            model.bus_rd = 0;
            uint32_t waited = 1;
            while (!(model.bus_rvalid & 1)) {
                if (waited >= max_wait) return i;
                step();
                ++waited;
            }
            data[i] = model.bus_rdata;
        }
        return n;
    }

    uint32_t run(uint64_t max_ticks, tb_chip_monitor* buf, size_t cap, size_t* count) override {
        size_t n = 0;
        uint32_t status = 0;
        for (uint64_t ticks = 0;; ++ticks) {
            if (buf != nullptr && (model.mon_wr & 1) && recorded != cycles) {
                if (n == cap) {
                    status |= TB_RUN_FULL;
                    break;
                }
                tb_chip_monitor& r = buf[n++];
                r.cycle = cycles;
                r.mask = model.mon_mask;
                r.spins = model.mon_spins;
                r.sweep = model.mon_sweep;
                r.group = model.mon_group;
                r.pos = model.mon_pos;
                r.layer = model.mon_layer & 1;
                r.clamp = model.mon_clamp & 1;
                r.reserved[0] = r.reserved[1] = 0;
                recorded = cycles;
            }
            if (model.done & 1) status |= TB_RUN_DONE;
            if (!(model.busy & 1)) {
                status |= TB_RUN_IDLE;
                break;
            }
            if (ticks == max_ticks) {
                status |= TB_RUN_LIMIT;
                break;
            }
            step();
        }
        *count = n;
        return status;
    }

    int trace(const char* path, uint64_t from, uint64_t to) override { return tracer.open(model, path, from, to); }

    // One clock cycle; the rising edge samples the inputs.
    void step() {
        model.clock = 0;
        model.eval();
        tracer.dump(cycles, false);
        model.clock = 1;
        model.eval();
        tracer.dump(cycles, true);
        ++cycles;
    }

    Model model;
    Trace tracer;
    // The cycle whose monitor write `run` recorded last (a cycle is recorded once across calls).
    uint64_t recorded = kNotRecorded;
};

template <class Model, uint32_t Lanes>
tb_chip* create_chip() noexcept {
    Chip<Model, Lanes>* chip = nullptr;
    try {
        const std::lock_guard<std::mutex> guard{setup_lock()};
        chip = new Chip<Model, Lanes>{context()};
    } catch (...) {
        return nullptr;
    }
    chip->model.clock = 0;
    chip->model.eval();
    return chip;
}

}  // namespace

// The board handle: one implementation per model class, like `tb_chip`.
struct tb_board {
    virtual ~tb_board() = default;
    virtual uint32_t clock(const uint8_t* rx, uint8_t* tx, size_t n) = 0;
    virtual int trace(const char* path, uint64_t from, uint64_t to) = 0;
    uint64_t cycles = 0;
};

namespace {

template <class Model>
struct Board final : tb_board {
    // Constructed under setup_lock() (see create_board).
    explicit Board(VerilatedContext* context) : model{context, "TOP"} {}

    uint32_t clock(const uint8_t* rx, uint8_t* tx, size_t n) override {
        uint32_t status = 0;
        for (size_t i = 0; i < n; ++i) {
            model.uart_rx = rx == nullptr ? 1 : (rx[i] & 1);
            model.clock = 0;
            model.eval();
            tracer.dump(cycles, false);
            model.clock = 1;
            model.eval();
            tracer.dump(cycles, true);
            ++cycles;
            tx[i] = model.uart_tx & 1;
            if (model.led_busy & 1) status |= TB_BOARD_WAS_BUSY;
        }
        if (model.led_busy & 1) status |= TB_BOARD_BUSY;
        if (model.led_error & 1) status |= TB_BOARD_ERROR;
        tracer.flush();
        return status;
    }

    int trace(const char* path, uint64_t from, uint64_t to) override { return tracer.open(model, path, from, to); }

    Model model;
    Trace tracer;
};

template <class Model>
tb_board* create_board() noexcept {
    Board<Model>* board = nullptr;
    try {
        const std::lock_guard<std::mutex> guard{setup_lock()};
        board = new Board<Model>{context()};
    } catch (...) {
        return nullptr;
    }
    board->model.uart_rx = 1;
    board->model.clock = 0;
    board->model.eval();
    return board;
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

tb_chip* tb_chip_new(uint32_t kind) {
    switch (kind) {
        case TB_CHIP_ICE40:
            return create_chip<VChipIce40, 4>();
        case TB_CHIP_ECP5:
            return create_chip<VChipEcp5, 32>();
        case TB_CHIP_ICE40_UP5K:
            return create_chip<VChipIce40Up5k, 1>();
        default:
            return nullptr;
    }
}
void tb_chip_free(tb_chip* h) { destroy(h); }
uint32_t tb_chip_lanes(const tb_chip* h) { return h->lanes(); }
uint64_t tb_chip_cycles(const tb_chip* h) { return h->cycles; }
void tb_chip_set_bus(tb_chip* h, uint32_t addr, uint32_t wdata, uint8_t wr, uint8_t rd) {
    h->set_bus(addr, wdata, wr, rd);
}
void tb_chip_get_outputs(const tb_chip* h, tb_chip_outputs* out) { h->outputs(out); }
void tb_chip_eval(tb_chip* h) { h->eval(); }
void tb_chip_tick(tb_chip* h) { h->tick(); }
void tb_chip_write_burst(tb_chip* h, const uint32_t* addrs, const uint32_t* data, size_t n) {
    h->write_burst(addrs, data, n);
}
size_t tb_chip_read_burst(tb_chip* h, const uint32_t* addrs, uint32_t* data, size_t n, uint32_t max_wait) {
    return h->read_burst(addrs, data, n, max_wait);
}
uint32_t tb_chip_run(tb_chip* h, uint64_t max_ticks, tb_chip_monitor* buf, size_t cap, size_t* count) {
    return h->run(max_ticks, buf, cap, count);
}
int tb_chip_trace(tb_chip* h, const char* path, uint64_t from, uint64_t to) { return h->trace(path, from, to); }

tb_board* tb_board_new(uint32_t kind) {
    switch (kind) {
        case TB_CHIP_ICE40:
            return create_board<VBoardIce40>();
        case TB_CHIP_ECP5:
            return create_board<VBoardEcp5>();
        default:
            return nullptr;
    }
}
void tb_board_free(tb_board* h) { destroy(h); }
uint64_t tb_board_cycles(const tb_board* h) { return h->cycles; }
uint32_t tb_board_clock(tb_board* h, const uint8_t* rx, uint8_t* tx, size_t n) { return h->clock(rx, tx, n); }
int tb_board_trace(tb_board* h, const char* path, uint64_t from, uint64_t to) { return h->trace(path, from, to); }

}  // extern "C"
