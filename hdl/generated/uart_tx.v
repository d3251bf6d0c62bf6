// uart_tx.v: generated from hdl/src/link/uart_tx.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/uart_tx.v

module top(clock,data,valid,ready,tx);

    // Module arguments
    input wire  clock;
    input wire  [7:0] data;
    input wire  valid;
    output reg  ready;
    output reg  tx;

    // Constant declarations
    localparam  full_m1 = 16'hf;
    localparam  one = 16'h1;
    localparam  nine = 4'h9;
    localparam  one_left = 4'h1;

    // Stub signals
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  [7:0] shift$d;
    wire  [7:0] shift$q;
    reg  shift$clock;
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  [3:0] left$d;
    wire  [3:0] left$q;
    reg  left$clock;

    // Local signals
    reg  count_zero;
    reg  last;
    reg  take;

    // Sub module instances
    top$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    top$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    top$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );

    // Update code
    always @(*) begin
        busy$clock = clock;
        shift$clock = clock;
        count$clock = clock;
        left$clock = clock;
        busy$d = busy$q;
        shift$d = shift$q;
        count$d = count$q;
        left$d = left$q;
        count_zero = ~|count$q;
        last = busy$q & count_zero & ~|left$q;
        ready = ~busy$q | last;
        take = valid & (~busy$q | last);
        if (take) begin
            busy$d = 1'b1;
            shift$d = data;
            count$d = full_m1;
            left$d = nine;
        end
        else if (busy$q) begin
            if (~count_zero) begin
                count$d = count$q - one;
            end
            else if (|left$q) begin
                if (left$q != nine) begin
                    shift$d = shift$q >> 32'h1;
                end
                count$d = full_m1;
                left$d = left$q - one_left;
            end
            else begin
                busy$d = 1'b0;
            end
        end
        if (~busy$q | ~|left$q) begin
            tx = 1'b1;
        end
        else if (left$q == nine) begin
            tx = 1'b0;
        end
        else begin
            tx = shift$q[32'h0];
        end
    end

endmodule // top


module top$busy(d,q,clock);

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

endmodule // top$busy


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


module top$left(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$left


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
