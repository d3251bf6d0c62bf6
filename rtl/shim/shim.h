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
//
// The whole chip (`hdl/src/chip.rs`, `chip_ice40.v` with P = 4 lanes, `chip_ecp5.v` with P = 32) has
// one handle type for both configurations, `tb_chip`, chosen at `tb_chip_new(kind)`, and besides the
// port-level functions it has loops that run many clock cycles in C++ (the bus bursts and
// `tb_chip_run`), so that a run costs one FFI call per thousands of cycles. Its ports:
//   in:  bus_addr[22], bus_wr, bus_wdata[32], bus_rd;
//   out: bus_rdata[32], bus_rvalid, busy, done, mon_wr, mon_layer, mon_clamp, mon_sweep[16],
//        mon_group[8], mon_pos[8], mon_mask[P], mon_spins[P].
//
// The board (`hdl/src/board.rs`, `board_ice40.v`, `board_ecp5.v`: UART, frame parser, command
// engine, frame writer and the chip) likewise has one handle type `tb_board` for both, and one loop,
// `tb_board_clock`, that runs many cycles per call. Its ports: in: uart_rx; out: uart_tx,
// led_busy, led_error.

#ifndef THERMOBLOCK_RTL_SHIM_H
#define THERMOBLOCK_RTL_SHIM_H

#include <stddef.h>
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

// Chip: the whole chip, either configuration.
typedef struct tb_chip tb_chip;

// `kind` of `tb_chip_new`.
enum { TB_CHIP_ICE40 = 0, TB_CHIP_ECP5 = 1, TB_CHIP_ICE40_UP5K = 2 };

// Every output port, as of the last `eval`/`tick`. Multi-bit ports are zero-extended; lane `l` of
// `mon_mask`/`mon_spins` is bit `l`.
typedef struct tb_chip_outputs {
    uint32_t bus_rdata;
    uint32_t mon_mask;
    uint32_t mon_spins;
    uint16_t mon_sweep;
    uint8_t bus_rvalid;
    uint8_t busy;
    uint8_t done;
    uint8_t mon_wr;
    uint8_t mon_layer;
    uint8_t mon_clamp;
    uint8_t mon_group;
    uint8_t mon_pos;
} tb_chip_outputs;

// One spin-memory slot write seen on the monitor ports: the cycle (clock edges since the model was
// created) in which `mon_wr` was high, and the other `mon_*` ports in that cycle.
typedef struct tb_chip_monitor {
    uint64_t cycle;
    uint32_t mask;
    uint32_t spins;
    uint16_t sweep;
    uint8_t group;
    uint8_t pos;
    uint8_t layer;
    uint8_t clamp;
    uint8_t reserved[2];
} tb_chip_monitor;

// Status bits of `tb_chip_run`.
enum {
    TB_RUN_IDLE = 1,  // stopped because `busy` is low in the current cycle
    TB_RUN_FULL = 2,  // stopped because the monitor buffer is full (the current cycle not recorded)
    TB_RUN_LIMIT = 4, // stopped after `max_ticks` edges
    TB_RUN_DONE = 8   // `done` was high in a cycle this call examined
};

// A chip at power-up, or NULL for an unknown kind or if it could not be allocated.
tb_chip* tb_chip_new(uint32_t kind);
void tb_chip_free(tb_chip* h);
// P, the number of lanes (the width of mon_mask and mon_spins).
uint32_t tb_chip_lanes(const tb_chip* h);
// Clock edges since creation (every tick, including those inside the loops below).
uint64_t tb_chip_cycles(const tb_chip* h);
// Drives the bus inputs (booleans masked to bit 0, bus_addr to 22 bits).
void tb_chip_set_bus(tb_chip* h, uint32_t addr, uint32_t wdata, uint8_t wr, uint8_t rd);
void tb_chip_get_outputs(const tb_chip* h, tb_chip_outputs* out);
void tb_chip_eval(tb_chip* h);
void tb_chip_tick(tb_chip* h);
// Bus writes `(addrs[i], data[i])`, one per clock: for each, bus_addr/bus_wdata set and bus_wr high
// for one tick. bus_wr and bus_rd are low afterwards (from the next tick on).
void tb_chip_write_burst(tb_chip* h, const uint32_t* addrs, const uint32_t* data, size_t n);
// Bus reads, one outstanding at a time: for each address, bus_rd high for one tick, then the model is
// ticked until `bus_rvalid` is high (checked after every tick, at most `max_wait` ticks in all
// including the strobe's) and `bus_rdata` of that cycle is stored in data[i]. Returns the number of
// words read: less than `n` if address addrs[result] got no `bus_rvalid` in time.
size_t tb_chip_read_burst(tb_chip* h, const uint32_t* addrs, uint32_t* data, size_t n, uint32_t max_wait);
// Runs the clock while `busy` is high: examines the current cycle (records it in `buf` if `mon_wr` is
// high and this cycle has not been recorded by an earlier call; notes `done`), stops if `busy` is low,
// if `buf` is full or after `max_ticks` ticks, else ticks and repeats. `buf` may be NULL (nothing is
// recorded, never full). `*count` is set to the number of records written. Returns TB_RUN_* bits.
uint32_t tb_chip_run(tb_chip* h, uint64_t max_ticks, tb_chip_monitor* buf, size_t cap, size_t* count);

// Results of `tb_chip_trace` and `tb_board_trace`.
enum {
    TB_TRACE_OK = 0,
    TB_TRACE_NOT_BUILT = 1,    // the models were verilated without --trace (cargo feature `trace` off)
    TB_TRACE_CANNOT_OPEN = 2,  // the file could not be created
    TB_TRACE_ALREADY_OPEN = 3  // this handle already writes a trace
};

// Starts a VCD waveform of every signal of the model at `path` (NUL-terminated), for the clock edges
// `from <= c < to` counted from power-up (edges before the call are not in it). Time is in ns at a
// nominal 10 ns clock: the state before edge `c` is dumped at 10c, after it at 10c + 5. The file is
// complete once edge `to` is reached or the handle is freed. Returns TB_TRACE_*.
int tb_chip_trace(tb_chip* h, const char* path, uint64_t from, uint64_t to);

// Board: the synthesized top level, either configuration (`kind` as for `tb_chip_new`).
typedef struct tb_board tb_board;

// Bits of `tb_board_clock`'s result.
enum {
    TB_BOARD_BUSY = 1,      // led_busy after the last edge
    TB_BOARD_ERROR = 2,     // led_error after the last edge
    TB_BOARD_WAS_BUSY = 4   // led_busy was high after some edge of this call
};

// A board at power-up (UART idle, no frame, chip unconfigured), or NULL for an unknown kind or if
// it could not be allocated.
tb_board* tb_board_new(uint32_t kind);
void tb_board_free(tb_board* h);
// Clock edges since creation.
uint64_t tb_board_cycles(const tb_board* h);
// `n` clock cycles. In cycle `i` the serial line into the board, uart_rx, is `rx[i]` (masked to bit
// 0), or high (idle) if `rx` is NULL; after that cycle's rising edge uart_tx is stored in `tx[i]`
// (0 or 1). Returns TB_BOARD_* bits.
uint32_t tb_board_clock(tb_board* h, const uint8_t* rx, uint8_t* tx, size_t n);
// As `tb_chip_trace`, for the board; what is dumped is flushed to the file after every
// `tb_board_clock` call, so a served board stopped by a signal leaves a readable file.
int tb_board_trace(tb_board* h, const char* path, uint64_t from, uint64_t to);

#ifdef __cplusplus
}
#endif

#endif  // THERMOBLOCK_RTL_SHIM_H
