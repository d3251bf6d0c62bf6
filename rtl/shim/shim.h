// shim.h: the C API of the Verilator models of the Thermoblock hardware units.
//
// Purpose. One opaque handle per model, created and destroyed here; Rust (`rtl/src/ffi.rs`) holds
// it and calls the functions below. Each model is rust-hdl's generated Verilog (`hdl/generated/`,
// root module `top`) verilated with its own class prefix by `rtl/build.rs`.
//
// Contract, for every model `tb_<unit>`:
//   * `tb_<unit>_new()` returns a fresh model at power-up (the Verilog `initial` values, clock low,
//     evaluated once so the outputs are valid), or NULL if it could not be allocated. No C++
//     exception leaves this API.
//   * `tb_<unit>_free(h)` destroys it; `h` must come from `tb_<unit>_new` and is dead afterwards.
//     NULL is ignored.
//   * `tb_<unit>_set_<port>(h, v)` writes an input port; it takes effect at the next `eval`/`tick`.
//     Booleans are 0 or 1 (other values are masked to bit 0); multi-bit ports take their exact width.
//   * `tb_<unit>_get_<port>(h)` reads an output port as of the last `eval`/`tick`.
//   * `tb_<unit>_eval(h)` settles combinational logic without a clock edge.
//   * `tb_<unit>_tick(h)` is one clock cycle: clock low, eval, clock high (the rising edge samples
//     the inputs), eval. Outputs read after it are the values after that edge.
//   * Handles are not thread-safe: one thread at a time per handle. Different handles may be used
//     on different threads at once; `new`/`free` serialise on one lock (Verilator's context set-up
//     writes process-wide pointers).
//
// Ports (width, direction); see the unit's datasheet in `hdl/src/<unit>.rs` for timing:
//   lane_rng: seed[64] in, load in, step in; state[64] out, draw[16] out.
//   pbit:     field[16] signed in (two's complement), r[16] in; spin out (1 = +1).

#ifndef THERMOBLOCK_RTL_SHIM_H
#define THERMOBLOCK_RTL_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// LaneRng: one lane's xorshift64 generator (hdl/src/lane_rng.rs), 1 clock latency.
typedef struct tb_lane_rng tb_lane_rng;
tb_lane_rng* tb_lane_rng_new(void);
void tb_lane_rng_free(tb_lane_rng* h);
void tb_lane_rng_set_seed(tb_lane_rng* h, uint64_t seed);
void tb_lane_rng_set_load(tb_lane_rng* h, uint8_t load);
void tb_lane_rng_set_step(tb_lane_rng* h, uint8_t step);
uint64_t tb_lane_rng_get_state(const tb_lane_rng* h);
uint16_t tb_lane_rng_get_draw(const tb_lane_rng* h);
void tb_lane_rng_eval(tb_lane_rng* h);
void tb_lane_rng_tick(tb_lane_rng* h);

// PBit: threshold ROM and comparator (hdl/src/pbit.rs), 1 clock latency (synchronous ROM).
typedef struct tb_pbit tb_pbit;
tb_pbit* tb_pbit_new(void);
void tb_pbit_free(tb_pbit* h);
void tb_pbit_set_field(tb_pbit* h, int16_t field);
void tb_pbit_set_r(tb_pbit* h, uint16_t r);
uint8_t tb_pbit_get_spin(const tb_pbit* h);
void tb_pbit_eval(tb_pbit* h);
void tb_pbit_tick(tb_pbit* h);

#ifdef __cplusplus
}
#endif

#endif  // THERMOBLOCK_RTL_SHIM_H
