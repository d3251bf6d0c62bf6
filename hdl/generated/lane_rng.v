// lane_rng.v: generated from hdl/src/chip/lane_rng.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/lane_rng.v

module top(clock,seed,load,step,state,draw);

    // Module arguments
    input wire  clock;
    input wire  [63:0] seed;
    input wire  load;
    input wire  step;
    output reg  [63:0] state;
    output reg  [15:0] draw;

    // Constant declarations
    localparam  shift_a = 6'b1101;
    localparam  shift_b = 6'b111;
    localparam  shift_c = 6'b10001;
    localparam  draw_lsb = 6'b110000;

    // Stub signals
    reg  [63:0] state_reg$d;
    wire  [63:0] state_reg$q;
    reg  state_reg$clock;

    // Local signals
    reg  [63:0] after_a;
    reg  [63:0] after_b;
    reg  [63:0] stepped;

    // Sub module instances
    top$state_reg state_reg(
        .d(state_reg$d),
        .q(state_reg$q),
        .clock(state_reg$clock)
    );

    // Update code
    always @(*) begin
        state_reg$clock = clock;
        state_reg$d = state_reg$q;
        after_a = state_reg$q ^ (state_reg$q << shift_a);
        after_b = after_a ^ (after_a >> shift_b);
        stepped = after_b ^ (after_b << shift_c);
        if (load) begin
            state_reg$d = seed;
        end
        else if (step) begin
            state_reg$d = stepped;
        end
        state = state_reg$q;
        draw = state_reg$q[(draw_lsb)+:(16)];
    end

endmodule // top


module top$state_reg(d,q,clock);

    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 64'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$state_reg
