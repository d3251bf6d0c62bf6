// uart_rx.v: generated from hdl/src/link/uart_rx.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/uart_rx.v

module top(clock,rx,data,valid,framing_error);

    // Module arguments
    input wire  clock;
    input wire  rx;
    output reg  [7:0] data;
    output reg  valid;
    output reg  framing_error;

    // Constant declarations
    localparam  half_m1 = 16'h7;
    localparam  full_m1 = 16'hf;
    localparam  one = 16'h1;
    localparam  st_idle = 2'b0;
    localparam  st_start = 2'b1;
    localparam  st_data = 2'b10;
    localparam  st_stop = 2'b11;
    localparam  last_bit = 3'b111;
    localparam  one_bit = 3'b1;
    localparam  zero_bit = 3'b0;
    localparam  msb = 8'h80;

    // Stub signals
    reg  meta_n$d;
    wire  meta_n$q;
    reg  meta_n$clock;
    reg  sync_n$d;
    wire  sync_n$q;
    reg  sync_n$clock;
    reg  hist0_n$d;
    wire  hist0_n$q;
    reg  hist0_n$clock;
    reg  hist1_n$d;
    wire  hist1_n$q;
    reg  hist1_n$clock;
    reg  hist2_n$d;
    wire  hist2_n$q;
    reg  hist2_n$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  [2:0] bit_index$d;
    wire  [2:0] bit_index$q;
    reg  bit_index$clock;
    reg  [7:0] shift$d;
    wire  [7:0] shift$q;
    reg  shift$clock;
    reg  valid_r$d;
    wire  valid_r$q;
    reg  valid_r$clock;
    reg  error_r$d;
    wire  error_r$q;
    reg  error_r$clock;

    // Local signals
    reg  low;
    reg  count_zero;

    // Sub module instances
    top$meta_n meta_n(
        .d(meta_n$d),
        .q(meta_n$q),
        .clock(meta_n$clock)
    );
    top$sync_n sync_n(
        .d(sync_n$d),
        .q(sync_n$q),
        .clock(sync_n$clock)
    );
    top$hist0_n hist0_n(
        .d(hist0_n$d),
        .q(hist0_n$q),
        .clock(hist0_n$clock)
    );
    top$hist1_n hist1_n(
        .d(hist1_n$d),
        .q(hist1_n$q),
        .clock(hist1_n$clock)
    );
    top$hist2_n hist2_n(
        .d(hist2_n$d),
        .q(hist2_n$q),
        .clock(hist2_n$clock)
    );
    top$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$bit_index bit_index(
        .d(bit_index$d),
        .q(bit_index$q),
        .clock(bit_index$clock)
    );
    top$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    top$valid_r valid_r(
        .d(valid_r$d),
        .q(valid_r$q),
        .clock(valid_r$clock)
    );
    top$error_r error_r(
        .d(error_r$d),
        .q(error_r$q),
        .clock(error_r$clock)
    );

    // Update code
    always @(*) begin
        meta_n$clock = clock;
        sync_n$clock = clock;
        hist0_n$clock = clock;
        hist1_n$clock = clock;
        hist2_n$clock = clock;
        state$clock = clock;
        count$clock = clock;
        bit_index$clock = clock;
        shift$clock = clock;
        valid_r$clock = clock;
        error_r$clock = clock;
        meta_n$d = meta_n$q;
        sync_n$d = sync_n$q;
        hist0_n$d = hist0_n$q;
        hist1_n$d = hist1_n$q;
        hist2_n$d = hist2_n$q;
        state$d = state$q;
        count$d = count$q;
        bit_index$d = bit_index$q;
        shift$d = shift$q;
        valid_r$d = valid_r$q;
        error_r$d = error_r$q;
        meta_n$d = ~rx;
        sync_n$d = meta_n$q;
        hist0_n$d = sync_n$q;
        hist1_n$d = hist0_n$q;
        hist2_n$d = hist1_n$q;
        low = (hist0_n$q & hist1_n$q) | (hist1_n$q & hist2_n$q) | (hist0_n$q & hist2_n$q);
        count_zero = ~|count$q;
        valid_r$d = 1'b0;
        error_r$d = 1'b0;
        if (~count_zero) begin
            count$d = count$q - one;
        end
        if (state$q == st_idle) begin
            if (sync_n$q) begin
                state$d = st_start;
                count$d = half_m1;
            end
        end
        else if (state$q == st_start) begin
            if (count_zero) begin
                if (low) begin
                    state$d = st_data;
                    count$d = full_m1;
                    bit_index$d = zero_bit;
                end
                else begin
                    state$d = st_idle;
                end
            end
        end
        else if (state$q == st_data) begin
            if (count_zero) begin
                if (low) begin
                    shift$d = shift$q >> 32'h1;
                end
                else begin
                    shift$d = (shift$q >> 32'h1) | msb;
                end
                count$d = full_m1;
                if (bit_index$q == last_bit) begin
                    state$d = st_stop;
                end
                else begin
                    bit_index$d = bit_index$q + one_bit;
                end
            end
        end
        else if (count_zero) begin
            valid_r$d = ~low;
            error_r$d = low;
            state$d = st_idle;
        end
        data = shift$q;
        valid = valid_r$q;
        framing_error = error_r$q;
    end

endmodule // top


module top$bit_index(d,q,clock);

    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 3'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$bit_index


module top$count(d,q,clock);

    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 16'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$count


module top$error_r(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$error_r


module top$hist0_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$hist0_n


module top$hist1_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$hist1_n


module top$hist2_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$hist2_n


module top$meta_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$meta_n


module top$shift(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$shift


module top$state(d,q,clock);

    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 2'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$state


module top$sync_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$sync_n


module top$valid_r(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$valid_r
