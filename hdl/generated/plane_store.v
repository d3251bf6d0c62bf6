// plane_store.v: generated from hdl/src/plane/plane_store.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/plane_store.v

module top(clock,sync,wr_mask,wr_address,wr_odd,wr_data$0,wr_data$1,wr_data$2,wr_data$3,wr_data$4,wr_data$5,wr_data$6,wr_data$7,rd,rd_address,rd_bank,rd_pair,h,row_mask,plane);

    // Module arguments
    input wire  clock;
    input wire  sync;
    input wire  [7:0] wr_mask;
    input wire  [11:0] wr_address;
    input wire  wr_odd;
    input wire  [13:0] wr_data$0;
    input wire  [13:0] wr_data$1;
    input wire  [13:0] wr_data$2;
    input wire  [13:0] wr_data$3;
    input wire  [13:0] wr_data$4;
    input wire  [13:0] wr_data$5;
    input wire  [13:0] wr_data$6;
    input wire  [13:0] wr_data$7;
    input wire  rd;
    input wire  [11:0] rd_address;
    input wire  [2:0] rd_bank;
    input wire  [2:0] rd_pair;
    input wire  [3:0] h;
    input wire  [13:0] row_mask;
    output reg  [209:0] plane;

    // Constant declarations
    localparam  bank_index$0 = 3'b0;
    localparam  bank_index$1 = 3'b1;
    localparam  bank_index$2 = 3'b10;
    localparam  bank_index$3 = 3'b11;
    localparam  bank_index$4 = 3'b100;
    localparam  bank_index$5 = 3'b101;
    localparam  bank_index$6 = 3'b110;
    localparam  bank_index$7 = 3'b111;
    localparam  bank_bit$0 = 8'h1;
    localparam  bank_bit$1 = 8'h2;
    localparam  bank_bit$2 = 8'h4;
    localparam  bank_bit$3 = 8'h8;
    localparam  bank_bit$4 = 8'h10;
    localparam  bank_bit$5 = 8'h20;
    localparam  bank_bit$6 = 8'h40;
    localparam  bank_bit$7 = 8'h80;
    localparam  row_index$0 = 4'h0;
    localparam  row_index$1 = 4'h1;
    localparam  row_index$2 = 4'h2;
    localparam  row_index$3 = 4'h3;
    localparam  row_index$4 = 4'h4;
    localparam  row_index$5 = 4'h5;
    localparam  row_index$6 = 4'h6;
    localparam  row_index$7 = 4'h7;
    localparam  row_index$8 = 4'h8;
    localparam  row_index$9 = 4'h9;
    localparam  row_index$10 = 4'ha;
    localparam  row_index$11 = 4'hb;
    localparam  row_index$12 = 4'hc;
    localparam  row_index$13 = 4'hd;
    localparam  pair_index$0 = 3'b0;
    localparam  pair_index$1 = 3'b0;
    localparam  pair_index$2 = 3'b1;
    localparam  pair_index$3 = 3'b1;
    localparam  pair_index$4 = 3'b10;
    localparam  pair_index$5 = 3'b10;
    localparam  pair_index$6 = 3'b11;
    localparam  pair_index$7 = 3'b11;
    localparam  pair_index$8 = 3'b100;
    localparam  pair_index$9 = 3'b100;
    localparam  pair_index$10 = 3'b101;
    localparam  pair_index$11 = 3'b101;
    localparam  pair_index$12 = 3'b110;
    localparam  pair_index$13 = 3'b110;
    localparam  by$0 = 4'h1;
    localparam  by$1 = 4'h2;
    localparam  by$2 = 4'h4;
    localparam  by$3 = 4'h8;
    localparam  back$0 = 4'he;
    localparam  back$1 = 4'hd;
    localparam  back$2 = 4'hb;
    localparam  back$3 = 4'h7;
    localparam  one = 4'h1;
    localparam  two = 4'h2;
    localparam  last_phase = 4'he;
    localparam  ring_minus_two = 4'hd;
    localparam  zero_phase = 4'h0;
    localparam  zero_row = 15'b0;

    // Stub signals
    reg  even$0$clock;
    reg  [11:0] even$0$read_address;
    wire  [13:0] even$0$read_data;
    reg  [11:0] even$0$write_address;
    reg  [13:0] even$0$write_data;
    reg  even$0$write_enable;
    reg  even$1$clock;
    reg  [11:0] even$1$read_address;
    wire  [13:0] even$1$read_data;
    reg  [11:0] even$1$write_address;
    reg  [13:0] even$1$write_data;
    reg  even$1$write_enable;
    reg  even$2$clock;
    reg  [11:0] even$2$read_address;
    wire  [13:0] even$2$read_data;
    reg  [11:0] even$2$write_address;
    reg  [13:0] even$2$write_data;
    reg  even$2$write_enable;
    reg  even$3$clock;
    reg  [11:0] even$3$read_address;
    wire  [13:0] even$3$read_data;
    reg  [11:0] even$3$write_address;
    reg  [13:0] even$3$write_data;
    reg  even$3$write_enable;
    reg  even$4$clock;
    reg  [11:0] even$4$read_address;
    wire  [13:0] even$4$read_data;
    reg  [11:0] even$4$write_address;
    reg  [13:0] even$4$write_data;
    reg  even$4$write_enable;
    reg  even$5$clock;
    reg  [11:0] even$5$read_address;
    wire  [13:0] even$5$read_data;
    reg  [11:0] even$5$write_address;
    reg  [13:0] even$5$write_data;
    reg  even$5$write_enable;
    reg  even$6$clock;
    reg  [11:0] even$6$read_address;
    wire  [13:0] even$6$read_data;
    reg  [11:0] even$6$write_address;
    reg  [13:0] even$6$write_data;
    reg  even$6$write_enable;
    reg  even$7$clock;
    reg  [11:0] even$7$read_address;
    wire  [13:0] even$7$read_data;
    reg  [11:0] even$7$write_address;
    reg  [13:0] even$7$write_data;
    reg  even$7$write_enable;
    reg  odd$0$clock;
    reg  [11:0] odd$0$read_address;
    wire  [13:0] odd$0$read_data;
    reg  [11:0] odd$0$write_address;
    reg  [13:0] odd$0$write_data;
    reg  odd$0$write_enable;
    reg  odd$1$clock;
    reg  [11:0] odd$1$read_address;
    wire  [13:0] odd$1$read_data;
    reg  [11:0] odd$1$write_address;
    reg  [13:0] odd$1$write_data;
    reg  odd$1$write_enable;
    reg  odd$2$clock;
    reg  [11:0] odd$2$read_address;
    wire  [13:0] odd$2$read_data;
    reg  [11:0] odd$2$write_address;
    reg  [13:0] odd$2$write_data;
    reg  odd$2$write_enable;
    reg  odd$3$clock;
    reg  [11:0] odd$3$read_address;
    wire  [13:0] odd$3$read_data;
    reg  [11:0] odd$3$write_address;
    reg  [13:0] odd$3$write_data;
    reg  odd$3$write_enable;
    reg  odd$4$clock;
    reg  [11:0] odd$4$read_address;
    wire  [13:0] odd$4$read_data;
    reg  [11:0] odd$4$write_address;
    reg  [13:0] odd$4$write_data;
    reg  odd$4$write_enable;
    reg  odd$5$clock;
    reg  [11:0] odd$5$read_address;
    wire  [13:0] odd$5$read_data;
    reg  [11:0] odd$5$write_address;
    reg  [13:0] odd$5$write_data;
    reg  odd$5$write_enable;
    reg  odd$6$clock;
    reg  [11:0] odd$6$read_address;
    wire  [13:0] odd$6$read_data;
    reg  [11:0] odd$6$write_address;
    reg  [13:0] odd$6$write_data;
    reg  odd$6$write_enable;
    reg  odd$7$clock;
    reg  [11:0] odd$7$read_address;
    wire  [13:0] odd$7$read_data;
    reg  [11:0] odd$7$write_address;
    reg  [13:0] odd$7$write_data;
    reg  odd$7$write_enable;
    reg  [3:0] phase_r$d;
    wire  [3:0] phase_r$q;
    reg  phase_r$clock;
    reg  rd1$d;
    wire  rd1$q;
    reg  rd1$clock;
    reg  [2:0] bank1$d;
    wire  [2:0] bank1$q;
    reg  bank1$clock;
    reg  [2:0] pair1$d;
    wire  [2:0] pair1$q;
    reg  pair1$clock;
    reg  [13:0] even_q$0$d;
    wire  [13:0] even_q$0$q;
    reg  even_q$0$clock;
    reg  [13:0] even_q$1$d;
    wire  [13:0] even_q$1$q;
    reg  even_q$1$clock;
    reg  [13:0] even_q$2$d;
    wire  [13:0] even_q$2$q;
    reg  even_q$2$clock;
    reg  [13:0] even_q$3$d;
    wire  [13:0] even_q$3$q;
    reg  even_q$3$clock;
    reg  [13:0] even_q$4$d;
    wire  [13:0] even_q$4$q;
    reg  even_q$4$clock;
    reg  [13:0] even_q$5$d;
    wire  [13:0] even_q$5$q;
    reg  even_q$5$clock;
    reg  [13:0] even_q$6$d;
    wire  [13:0] even_q$6$q;
    reg  even_q$6$clock;
    reg  [13:0] even_q$7$d;
    wire  [13:0] even_q$7$q;
    reg  even_q$7$clock;
    reg  [13:0] odd_q$0$d;
    wire  [13:0] odd_q$0$q;
    reg  odd_q$0$clock;
    reg  [13:0] odd_q$1$d;
    wire  [13:0] odd_q$1$q;
    reg  odd_q$1$clock;
    reg  [13:0] odd_q$2$d;
    wire  [13:0] odd_q$2$q;
    reg  odd_q$2$clock;
    reg  [13:0] odd_q$3$d;
    wire  [13:0] odd_q$3$q;
    reg  odd_q$3$clock;
    reg  [13:0] odd_q$4$d;
    wire  [13:0] odd_q$4$q;
    reg  odd_q$4$clock;
    reg  [13:0] odd_q$5$d;
    wire  [13:0] odd_q$5$q;
    reg  odd_q$5$clock;
    reg  [13:0] odd_q$6$d;
    wire  [13:0] odd_q$6$q;
    reg  odd_q$6$clock;
    reg  [13:0] odd_q$7$d;
    wire  [13:0] odd_q$7$q;
    reg  odd_q$7$clock;
    reg  rdq$d;
    wire  rdq$q;
    reg  rdq$clock;
    reg  [2:0] bankq$d;
    wire  [2:0] bankq$q;
    reg  bankq$clock;
    reg  [2:0] pairq$d;
    wire  [2:0] pairq$q;
    reg  pairq$clock;
    reg  rd2$d;
    wire  rd2$q;
    reg  rd2$clock;
    reg  [2:0] pair2$d;
    wire  [2:0] pair2$q;
    reg  pair2$clock;
    reg  [14:0] rot_even$d;
    wire  [14:0] rot_even$q;
    reg  rot_even$clock;
    reg  [14:0] rot_odd$d;
    wire  [14:0] rot_odd$q;
    reg  rot_odd$clock;
    reg  [14:0] staging$0$d;
    wire  [14:0] staging$0$q;
    reg  staging$0$clock;
    reg  [14:0] staging$1$d;
    wire  [14:0] staging$1$q;
    reg  staging$1$clock;
    reg  [14:0] staging$2$d;
    wire  [14:0] staging$2$q;
    reg  staging$2$clock;
    reg  [14:0] staging$3$d;
    wire  [14:0] staging$3$q;
    reg  staging$3$clock;
    reg  [14:0] staging$4$d;
    wire  [14:0] staging$4$q;
    reg  staging$4$clock;
    reg  [14:0] staging$5$d;
    wire  [14:0] staging$5$q;
    reg  staging$5$clock;
    reg  [14:0] staging$6$d;
    wire  [14:0] staging$6$q;
    reg  staging$6$clock;
    reg  [14:0] staging$7$d;
    wire  [14:0] staging$7$q;
    reg  staging$7$clock;
    reg  [14:0] staging$8$d;
    wire  [14:0] staging$8$q;
    reg  staging$8$clock;
    reg  [14:0] staging$9$d;
    wire  [14:0] staging$9$q;
    reg  staging$9$clock;
    reg  [14:0] staging$10$d;
    wire  [14:0] staging$10$q;
    reg  staging$10$clock;
    reg  [14:0] staging$11$d;
    wire  [14:0] staging$11$q;
    reg  staging$11$clock;
    reg  [14:0] staging$12$d;
    wire  [14:0] staging$12$q;
    reg  staging$12$clock;
    reg  [14:0] staging$13$d;
    wire  [14:0] staging$13$q;
    reg  staging$13$clock;
    reg  [14:0] pack$parts$0;
    reg  [14:0] pack$parts$1;
    reg  [14:0] pack$parts$2;
    reg  [14:0] pack$parts$3;
    reg  [14:0] pack$parts$4;
    reg  [14:0] pack$parts$5;
    reg  [14:0] pack$parts$6;
    reg  [14:0] pack$parts$7;
    reg  [14:0] pack$parts$8;
    reg  [14:0] pack$parts$9;
    reg  [14:0] pack$parts$10;
    reg  [14:0] pack$parts$11;
    reg  [14:0] pack$parts$12;
    reg  [14:0] pack$parts$13;
    wire  [209:0] pack$whole;
    reg  [13:0] row_even$narrow;
    wire  [14:0] row_even$wide;
    reg  [13:0] row_odd$narrow;
    wire  [14:0] row_odd$wide;

    // Local signals
    reg  [13:0] word_even;
    reg  [13:0] word_odd;
    reg  [3:0] amount;
    reg  [14:0] re$0;
    reg  [14:0] re$1;
    reg  [14:0] re$2;
    reg  [14:0] re$3;
    reg  [14:0] ro$0;
    reg  [14:0] ro$1;
    reg  [14:0] ro$2;
    reg  [14:0] ro$3;

    // Sub module instances
    top$even$0 even$0(
        .clock(even$0$clock),
        .read_address(even$0$read_address),
        .read_data(even$0$read_data),
        .write_address(even$0$write_address),
        .write_data(even$0$write_data),
        .write_enable(even$0$write_enable)
    );
    top$even$1 even$1(
        .clock(even$1$clock),
        .read_address(even$1$read_address),
        .read_data(even$1$read_data),
        .write_address(even$1$write_address),
        .write_data(even$1$write_data),
        .write_enable(even$1$write_enable)
    );
    top$even$2 even$2(
        .clock(even$2$clock),
        .read_address(even$2$read_address),
        .read_data(even$2$read_data),
        .write_address(even$2$write_address),
        .write_data(even$2$write_data),
        .write_enable(even$2$write_enable)
    );
    top$even$3 even$3(
        .clock(even$3$clock),
        .read_address(even$3$read_address),
        .read_data(even$3$read_data),
        .write_address(even$3$write_address),
        .write_data(even$3$write_data),
        .write_enable(even$3$write_enable)
    );
    top$even$4 even$4(
        .clock(even$4$clock),
        .read_address(even$4$read_address),
        .read_data(even$4$read_data),
        .write_address(even$4$write_address),
        .write_data(even$4$write_data),
        .write_enable(even$4$write_enable)
    );
    top$even$5 even$5(
        .clock(even$5$clock),
        .read_address(even$5$read_address),
        .read_data(even$5$read_data),
        .write_address(even$5$write_address),
        .write_data(even$5$write_data),
        .write_enable(even$5$write_enable)
    );
    top$even$6 even$6(
        .clock(even$6$clock),
        .read_address(even$6$read_address),
        .read_data(even$6$read_data),
        .write_address(even$6$write_address),
        .write_data(even$6$write_data),
        .write_enable(even$6$write_enable)
    );
    top$even$7 even$7(
        .clock(even$7$clock),
        .read_address(even$7$read_address),
        .read_data(even$7$read_data),
        .write_address(even$7$write_address),
        .write_data(even$7$write_data),
        .write_enable(even$7$write_enable)
    );
    top$odd$0 odd$0(
        .clock(odd$0$clock),
        .read_address(odd$0$read_address),
        .read_data(odd$0$read_data),
        .write_address(odd$0$write_address),
        .write_data(odd$0$write_data),
        .write_enable(odd$0$write_enable)
    );
    top$odd$1 odd$1(
        .clock(odd$1$clock),
        .read_address(odd$1$read_address),
        .read_data(odd$1$read_data),
        .write_address(odd$1$write_address),
        .write_data(odd$1$write_data),
        .write_enable(odd$1$write_enable)
    );
    top$odd$2 odd$2(
        .clock(odd$2$clock),
        .read_address(odd$2$read_address),
        .read_data(odd$2$read_data),
        .write_address(odd$2$write_address),
        .write_data(odd$2$write_data),
        .write_enable(odd$2$write_enable)
    );
    top$odd$3 odd$3(
        .clock(odd$3$clock),
        .read_address(odd$3$read_address),
        .read_data(odd$3$read_data),
        .write_address(odd$3$write_address),
        .write_data(odd$3$write_data),
        .write_enable(odd$3$write_enable)
    );
    top$odd$4 odd$4(
        .clock(odd$4$clock),
        .read_address(odd$4$read_address),
        .read_data(odd$4$read_data),
        .write_address(odd$4$write_address),
        .write_data(odd$4$write_data),
        .write_enable(odd$4$write_enable)
    );
    top$odd$5 odd$5(
        .clock(odd$5$clock),
        .read_address(odd$5$read_address),
        .read_data(odd$5$read_data),
        .write_address(odd$5$write_address),
        .write_data(odd$5$write_data),
        .write_enable(odd$5$write_enable)
    );
    top$odd$6 odd$6(
        .clock(odd$6$clock),
        .read_address(odd$6$read_address),
        .read_data(odd$6$read_data),
        .write_address(odd$6$write_address),
        .write_data(odd$6$write_data),
        .write_enable(odd$6$write_enable)
    );
    top$odd$7 odd$7(
        .clock(odd$7$clock),
        .read_address(odd$7$read_address),
        .read_data(odd$7$read_data),
        .write_address(odd$7$write_address),
        .write_data(odd$7$write_data),
        .write_enable(odd$7$write_enable)
    );
    top$phase_r phase_r(
        .d(phase_r$d),
        .q(phase_r$q),
        .clock(phase_r$clock)
    );
    top$rd1 rd1(
        .d(rd1$d),
        .q(rd1$q),
        .clock(rd1$clock)
    );
    top$bank1 bank1(
        .d(bank1$d),
        .q(bank1$q),
        .clock(bank1$clock)
    );
    top$pair1 pair1(
        .d(pair1$d),
        .q(pair1$q),
        .clock(pair1$clock)
    );
    top$even_q$0 even_q$0(
        .d(even_q$0$d),
        .q(even_q$0$q),
        .clock(even_q$0$clock)
    );
    top$even_q$1 even_q$1(
        .d(even_q$1$d),
        .q(even_q$1$q),
        .clock(even_q$1$clock)
    );
    top$even_q$2 even_q$2(
        .d(even_q$2$d),
        .q(even_q$2$q),
        .clock(even_q$2$clock)
    );
    top$even_q$3 even_q$3(
        .d(even_q$3$d),
        .q(even_q$3$q),
        .clock(even_q$3$clock)
    );
    top$even_q$4 even_q$4(
        .d(even_q$4$d),
        .q(even_q$4$q),
        .clock(even_q$4$clock)
    );
    top$even_q$5 even_q$5(
        .d(even_q$5$d),
        .q(even_q$5$q),
        .clock(even_q$5$clock)
    );
    top$even_q$6 even_q$6(
        .d(even_q$6$d),
        .q(even_q$6$q),
        .clock(even_q$6$clock)
    );
    top$even_q$7 even_q$7(
        .d(even_q$7$d),
        .q(even_q$7$q),
        .clock(even_q$7$clock)
    );
    top$odd_q$0 odd_q$0(
        .d(odd_q$0$d),
        .q(odd_q$0$q),
        .clock(odd_q$0$clock)
    );
    top$odd_q$1 odd_q$1(
        .d(odd_q$1$d),
        .q(odd_q$1$q),
        .clock(odd_q$1$clock)
    );
    top$odd_q$2 odd_q$2(
        .d(odd_q$2$d),
        .q(odd_q$2$q),
        .clock(odd_q$2$clock)
    );
    top$odd_q$3 odd_q$3(
        .d(odd_q$3$d),
        .q(odd_q$3$q),
        .clock(odd_q$3$clock)
    );
    top$odd_q$4 odd_q$4(
        .d(odd_q$4$d),
        .q(odd_q$4$q),
        .clock(odd_q$4$clock)
    );
    top$odd_q$5 odd_q$5(
        .d(odd_q$5$d),
        .q(odd_q$5$q),
        .clock(odd_q$5$clock)
    );
    top$odd_q$6 odd_q$6(
        .d(odd_q$6$d),
        .q(odd_q$6$q),
        .clock(odd_q$6$clock)
    );
    top$odd_q$7 odd_q$7(
        .d(odd_q$7$d),
        .q(odd_q$7$q),
        .clock(odd_q$7$clock)
    );
    top$rdq rdq(
        .d(rdq$d),
        .q(rdq$q),
        .clock(rdq$clock)
    );
    top$bankq bankq(
        .d(bankq$d),
        .q(bankq$q),
        .clock(bankq$clock)
    );
    top$pairq pairq(
        .d(pairq$d),
        .q(pairq$q),
        .clock(pairq$clock)
    );
    top$rd2 rd2(
        .d(rd2$d),
        .q(rd2$q),
        .clock(rd2$clock)
    );
    top$pair2 pair2(
        .d(pair2$d),
        .q(pair2$q),
        .clock(pair2$clock)
    );
    top$rot_even rot_even(
        .d(rot_even$d),
        .q(rot_even$q),
        .clock(rot_even$clock)
    );
    top$rot_odd rot_odd(
        .d(rot_odd$d),
        .q(rot_odd$q),
        .clock(rot_odd$clock)
    );
    top$staging$0 staging$0(
        .d(staging$0$d),
        .q(staging$0$q),
        .clock(staging$0$clock)
    );
    top$staging$1 staging$1(
        .d(staging$1$d),
        .q(staging$1$q),
        .clock(staging$1$clock)
    );
    top$staging$2 staging$2(
        .d(staging$2$d),
        .q(staging$2$q),
        .clock(staging$2$clock)
    );
    top$staging$3 staging$3(
        .d(staging$3$d),
        .q(staging$3$q),
        .clock(staging$3$clock)
    );
    top$staging$4 staging$4(
        .d(staging$4$d),
        .q(staging$4$q),
        .clock(staging$4$clock)
    );
    top$staging$5 staging$5(
        .d(staging$5$d),
        .q(staging$5$q),
        .clock(staging$5$clock)
    );
    top$staging$6 staging$6(
        .d(staging$6$d),
        .q(staging$6$q),
        .clock(staging$6$clock)
    );
    top$staging$7 staging$7(
        .d(staging$7$d),
        .q(staging$7$q),
        .clock(staging$7$clock)
    );
    top$staging$8 staging$8(
        .d(staging$8$d),
        .q(staging$8$q),
        .clock(staging$8$clock)
    );
    top$staging$9 staging$9(
        .d(staging$9$d),
        .q(staging$9$q),
        .clock(staging$9$clock)
    );
    top$staging$10 staging$10(
        .d(staging$10$d),
        .q(staging$10$q),
        .clock(staging$10$clock)
    );
    top$staging$11 staging$11(
        .d(staging$11$d),
        .q(staging$11$q),
        .clock(staging$11$clock)
    );
    top$staging$12 staging$12(
        .d(staging$12$d),
        .q(staging$12$q),
        .clock(staging$12$clock)
    );
    top$staging$13 staging$13(
        .d(staging$13$d),
        .q(staging$13$q),
        .clock(staging$13$clock)
    );
    top$pack pack(
        .parts$0(pack$parts$0),
        .parts$1(pack$parts$1),
        .parts$2(pack$parts$2),
        .parts$3(pack$parts$3),
        .parts$4(pack$parts$4),
        .parts$5(pack$parts$5),
        .parts$6(pack$parts$6),
        .parts$7(pack$parts$7),
        .parts$8(pack$parts$8),
        .parts$9(pack$parts$9),
        .parts$10(pack$parts$10),
        .parts$11(pack$parts$11),
        .parts$12(pack$parts$12),
        .parts$13(pack$parts$13),
        .whole(pack$whole)
    );
    top$row_even row_even(
        .narrow(row_even$narrow),
        .wide(row_even$wide)
    );
    top$row_odd row_odd(
        .narrow(row_odd$narrow),
        .wide(row_odd$wide)
    );

    // Update code
    always @(*) begin
        phase_r$clock = clock;
        rd1$clock = clock;
        bank1$clock = clock;
        pair1$clock = clock;
        rdq$clock = clock;
        bankq$clock = clock;
        pairq$clock = clock;
        rd2$clock = clock;
        pair2$clock = clock;
        rot_even$clock = clock;
        rot_odd$clock = clock;
        phase_r$d = phase_r$q;
        rd1$d = rd1$q;
        bank1$d = bank1$q;
        pair1$d = pair1$q;
        rdq$d = rdq$q;
        bankq$d = bankq$q;
        pairq$d = pairq$q;
        rd2$d = rd2$q;
        pair2$d = pair2$q;
        rot_even$d = rot_even$q;
        rot_odd$d = rot_odd$q;
        staging$0$clock = clock;
        staging$1$clock = clock;
        staging$2$clock = clock;
        staging$3$clock = clock;
        staging$4$clock = clock;
        staging$5$clock = clock;
        staging$6$clock = clock;
        staging$7$clock = clock;
        staging$8$clock = clock;
        staging$9$clock = clock;
        staging$10$clock = clock;
        staging$11$clock = clock;
        staging$12$clock = clock;
        staging$13$clock = clock;
        even_q$0$clock = clock;
        odd_q$0$clock = clock;
        even_q$0$d = even$0$read_data;
        odd_q$0$d = odd$0$read_data;
        even$0$clock = clock;
        odd$0$clock = clock;
        even$0$write_address = wr_address;
        odd$0$write_address = wr_address;
        even$0$write_data = wr_data$0;
        odd$0$write_data = wr_data$0;
        even$0$write_enable = |(wr_mask & bank_bit$0) & ~wr_odd;
        odd$0$write_enable = |(wr_mask & bank_bit$0) & wr_odd;
        even$0$read_address = rd_address;
        odd$0$read_address = rd_address;
        even_q$1$clock = clock;
        odd_q$1$clock = clock;
        even_q$1$d = even$1$read_data;
        odd_q$1$d = odd$1$read_data;
        even$1$clock = clock;
        odd$1$clock = clock;
        even$1$write_address = wr_address;
        odd$1$write_address = wr_address;
        even$1$write_data = wr_data$1;
        odd$1$write_data = wr_data$1;
        even$1$write_enable = |(wr_mask & bank_bit$1) & ~wr_odd;
        odd$1$write_enable = |(wr_mask & bank_bit$1) & wr_odd;
        even$1$read_address = rd_address;
        odd$1$read_address = rd_address;
        even_q$2$clock = clock;
        odd_q$2$clock = clock;
        even_q$2$d = even$2$read_data;
        odd_q$2$d = odd$2$read_data;
        even$2$clock = clock;
        odd$2$clock = clock;
        even$2$write_address = wr_address;
        odd$2$write_address = wr_address;
        even$2$write_data = wr_data$2;
        odd$2$write_data = wr_data$2;
        even$2$write_enable = |(wr_mask & bank_bit$2) & ~wr_odd;
        odd$2$write_enable = |(wr_mask & bank_bit$2) & wr_odd;
        even$2$read_address = rd_address;
        odd$2$read_address = rd_address;
        even_q$3$clock = clock;
        odd_q$3$clock = clock;
        even_q$3$d = even$3$read_data;
        odd_q$3$d = odd$3$read_data;
        even$3$clock = clock;
        odd$3$clock = clock;
        even$3$write_address = wr_address;
        odd$3$write_address = wr_address;
        even$3$write_data = wr_data$3;
        odd$3$write_data = wr_data$3;
        even$3$write_enable = |(wr_mask & bank_bit$3) & ~wr_odd;
        odd$3$write_enable = |(wr_mask & bank_bit$3) & wr_odd;
        even$3$read_address = rd_address;
        odd$3$read_address = rd_address;
        even_q$4$clock = clock;
        odd_q$4$clock = clock;
        even_q$4$d = even$4$read_data;
        odd_q$4$d = odd$4$read_data;
        even$4$clock = clock;
        odd$4$clock = clock;
        even$4$write_address = wr_address;
        odd$4$write_address = wr_address;
        even$4$write_data = wr_data$4;
        odd$4$write_data = wr_data$4;
        even$4$write_enable = |(wr_mask & bank_bit$4) & ~wr_odd;
        odd$4$write_enable = |(wr_mask & bank_bit$4) & wr_odd;
        even$4$read_address = rd_address;
        odd$4$read_address = rd_address;
        even_q$5$clock = clock;
        odd_q$5$clock = clock;
        even_q$5$d = even$5$read_data;
        odd_q$5$d = odd$5$read_data;
        even$5$clock = clock;
        odd$5$clock = clock;
        even$5$write_address = wr_address;
        odd$5$write_address = wr_address;
        even$5$write_data = wr_data$5;
        odd$5$write_data = wr_data$5;
        even$5$write_enable = |(wr_mask & bank_bit$5) & ~wr_odd;
        odd$5$write_enable = |(wr_mask & bank_bit$5) & wr_odd;
        even$5$read_address = rd_address;
        odd$5$read_address = rd_address;
        even_q$6$clock = clock;
        odd_q$6$clock = clock;
        even_q$6$d = even$6$read_data;
        odd_q$6$d = odd$6$read_data;
        even$6$clock = clock;
        odd$6$clock = clock;
        even$6$write_address = wr_address;
        odd$6$write_address = wr_address;
        even$6$write_data = wr_data$6;
        odd$6$write_data = wr_data$6;
        even$6$write_enable = |(wr_mask & bank_bit$6) & ~wr_odd;
        odd$6$write_enable = |(wr_mask & bank_bit$6) & wr_odd;
        even$6$read_address = rd_address;
        odd$6$read_address = rd_address;
        even_q$7$clock = clock;
        odd_q$7$clock = clock;
        even_q$7$d = even$7$read_data;
        odd_q$7$d = odd$7$read_data;
        even$7$clock = clock;
        odd$7$clock = clock;
        even$7$write_address = wr_address;
        odd$7$write_address = wr_address;
        even$7$write_data = wr_data$7;
        odd$7$write_data = wr_data$7;
        even$7$write_enable = |(wr_mask & bank_bit$7) & ~wr_odd;
        odd$7$write_enable = |(wr_mask & bank_bit$7) & wr_odd;
        even$7$read_address = rd_address;
        odd$7$read_address = rd_address;
        phase_r$d = phase_r$q + one;
        if (phase_r$q == last_phase) begin
            phase_r$d = zero_phase;
        end
        if (sync) begin
            phase_r$d = zero_phase;
        end
        rd1$d = rd;
        bank1$d = rd_bank;
        pair1$d = rd_pair;
        rdq$d = rd1$q;
        bankq$d = bank1$q;
        pairq$d = pair1$q;
        word_even = even_q$0$q & row_mask;
        word_odd = odd_q$0$q & row_mask;
        if (bankq$q == bank_index$0) begin
            word_even = even_q$0$q & row_mask;
            word_odd = odd_q$0$q & row_mask;
        end
        if (bankq$q == bank_index$1) begin
            word_even = even_q$1$q & row_mask;
            word_odd = odd_q$1$q & row_mask;
        end
        if (bankq$q == bank_index$2) begin
            word_even = even_q$2$q & row_mask;
            word_odd = odd_q$2$q & row_mask;
        end
        if (bankq$q == bank_index$3) begin
            word_even = even_q$3$q & row_mask;
            word_odd = odd_q$3$q & row_mask;
        end
        if (bankq$q == bank_index$4) begin
            word_even = even_q$4$q & row_mask;
            word_odd = odd_q$4$q & row_mask;
        end
        if (bankq$q == bank_index$5) begin
            word_even = even_q$5$q & row_mask;
            word_odd = odd_q$5$q & row_mask;
        end
        if (bankq$q == bank_index$6) begin
            word_even = even_q$6$q & row_mask;
            word_odd = odd_q$6$q & row_mask;
        end
        if (bankq$q == bank_index$7) begin
            word_even = even_q$7$q & row_mask;
            word_odd = odd_q$7$q & row_mask;
        end
        row_even$narrow = word_even;
        row_odd$narrow = word_odd;
        amount = phase_r$q + two;
        if (phase_r$q >= ring_minus_two) begin
            amount = phase_r$q - ring_minus_two;
        end
        re$0 = row_even$wide;
        ro$0 = row_odd$wide;
        if (amount[32'h0]) begin
            re$0 = (row_even$wide >> by$0) | (row_even$wide << back$0);
            ro$0 = (row_odd$wide >> by$0) | (row_odd$wide << back$0);
        end
        re$1 = re$0;
        ro$1 = ro$0;
        if (amount[1]) begin
            re$1 = (re$0 >> by$1) | (re$0 << back$1);
            ro$1 = (ro$0 >> by$1) | (ro$0 << back$1);
        end
        re$2 = re$1;
        ro$2 = ro$1;
        if (amount[2]) begin
            re$2 = (re$1 >> by$2) | (re$1 << back$2);
            ro$2 = (ro$1 >> by$2) | (ro$1 << back$2);
        end
        re$3 = re$2;
        ro$3 = ro$2;
        if (amount[3]) begin
            re$3 = (re$2 >> by$3) | (re$2 << back$3);
            ro$3 = (ro$2 >> by$3) | (ro$2 << back$3);
        end
        rot_even$d = re$3;
        rot_odd$d = ro$3;
        rd2$d = rdq$q;
        pair2$d = pairq$q;
        staging$0$d = (staging$0$q >> by$0) | (staging$0$q << back$0);
        if (rd2$q & (pair2$q == pair_index$0)) begin
            if (row_index$0[32'h0]) begin
                staging$0$d = rot_odd$q;
            end
            else begin
                staging$0$d = rot_even$q;
            end
            if (row_index$0 >= h) begin
                staging$0$d = zero_row;
            end
        end
        if (sync) begin
            staging$0$d = zero_row;
        end
        pack$parts$0 = (staging$0$q >> by$0) | (staging$0$q << back$0);
        staging$1$d = (staging$1$q >> by$0) | (staging$1$q << back$0);
        if (rd2$q & (pair2$q == pair_index$1)) begin
            if (row_index$1[32'h0]) begin
                staging$1$d = rot_odd$q;
            end
            else begin
                staging$1$d = rot_even$q;
            end
            if (row_index$1 >= h) begin
                staging$1$d = zero_row;
            end
        end
        if (sync) begin
            staging$1$d = zero_row;
        end
        pack$parts$1 = (staging$1$q >> by$0) | (staging$1$q << back$0);
        staging$2$d = (staging$2$q >> by$0) | (staging$2$q << back$0);
        if (rd2$q & (pair2$q == pair_index$2)) begin
            if (row_index$2[32'h0]) begin
                staging$2$d = rot_odd$q;
            end
            else begin
                staging$2$d = rot_even$q;
            end
            if (row_index$2 >= h) begin
                staging$2$d = zero_row;
            end
        end
        if (sync) begin
            staging$2$d = zero_row;
        end
        pack$parts$2 = (staging$2$q >> by$0) | (staging$2$q << back$0);
        staging$3$d = (staging$3$q >> by$0) | (staging$3$q << back$0);
        if (rd2$q & (pair2$q == pair_index$3)) begin
            if (row_index$3[32'h0]) begin
                staging$3$d = rot_odd$q;
            end
            else begin
                staging$3$d = rot_even$q;
            end
            if (row_index$3 >= h) begin
                staging$3$d = zero_row;
            end
        end
        if (sync) begin
            staging$3$d = zero_row;
        end
        pack$parts$3 = (staging$3$q >> by$0) | (staging$3$q << back$0);
        staging$4$d = (staging$4$q >> by$0) | (staging$4$q << back$0);
        if (rd2$q & (pair2$q == pair_index$4)) begin
            if (row_index$4[32'h0]) begin
                staging$4$d = rot_odd$q;
            end
            else begin
                staging$4$d = rot_even$q;
            end
            if (row_index$4 >= h) begin
                staging$4$d = zero_row;
            end
        end
        if (sync) begin
            staging$4$d = zero_row;
        end
        pack$parts$4 = (staging$4$q >> by$0) | (staging$4$q << back$0);
        staging$5$d = (staging$5$q >> by$0) | (staging$5$q << back$0);
        if (rd2$q & (pair2$q == pair_index$5)) begin
            if (row_index$5[32'h0]) begin
                staging$5$d = rot_odd$q;
            end
            else begin
                staging$5$d = rot_even$q;
            end
            if (row_index$5 >= h) begin
                staging$5$d = zero_row;
            end
        end
        if (sync) begin
            staging$5$d = zero_row;
        end
        pack$parts$5 = (staging$5$q >> by$0) | (staging$5$q << back$0);
        staging$6$d = (staging$6$q >> by$0) | (staging$6$q << back$0);
        if (rd2$q & (pair2$q == pair_index$6)) begin
            if (row_index$6[32'h0]) begin
                staging$6$d = rot_odd$q;
            end
            else begin
                staging$6$d = rot_even$q;
            end
            if (row_index$6 >= h) begin
                staging$6$d = zero_row;
            end
        end
        if (sync) begin
            staging$6$d = zero_row;
        end
        pack$parts$6 = (staging$6$q >> by$0) | (staging$6$q << back$0);
        staging$7$d = (staging$7$q >> by$0) | (staging$7$q << back$0);
        if (rd2$q & (pair2$q == pair_index$7)) begin
            if (row_index$7[32'h0]) begin
                staging$7$d = rot_odd$q;
            end
            else begin
                staging$7$d = rot_even$q;
            end
            if (row_index$7 >= h) begin
                staging$7$d = zero_row;
            end
        end
        if (sync) begin
            staging$7$d = zero_row;
        end
        pack$parts$7 = (staging$7$q >> by$0) | (staging$7$q << back$0);
        staging$8$d = (staging$8$q >> by$0) | (staging$8$q << back$0);
        if (rd2$q & (pair2$q == pair_index$8)) begin
            if (row_index$8[32'h0]) begin
                staging$8$d = rot_odd$q;
            end
            else begin
                staging$8$d = rot_even$q;
            end
            if (row_index$8 >= h) begin
                staging$8$d = zero_row;
            end
        end
        if (sync) begin
            staging$8$d = zero_row;
        end
        pack$parts$8 = (staging$8$q >> by$0) | (staging$8$q << back$0);
        staging$9$d = (staging$9$q >> by$0) | (staging$9$q << back$0);
        if (rd2$q & (pair2$q == pair_index$9)) begin
            if (row_index$9[32'h0]) begin
                staging$9$d = rot_odd$q;
            end
            else begin
                staging$9$d = rot_even$q;
            end
            if (row_index$9 >= h) begin
                staging$9$d = zero_row;
            end
        end
        if (sync) begin
            staging$9$d = zero_row;
        end
        pack$parts$9 = (staging$9$q >> by$0) | (staging$9$q << back$0);
        staging$10$d = (staging$10$q >> by$0) | (staging$10$q << back$0);
        if (rd2$q & (pair2$q == pair_index$10)) begin
            if (row_index$10[32'h0]) begin
                staging$10$d = rot_odd$q;
            end
            else begin
                staging$10$d = rot_even$q;
            end
            if (row_index$10 >= h) begin
                staging$10$d = zero_row;
            end
        end
        if (sync) begin
            staging$10$d = zero_row;
        end
        pack$parts$10 = (staging$10$q >> by$0) | (staging$10$q << back$0);
        staging$11$d = (staging$11$q >> by$0) | (staging$11$q << back$0);
        if (rd2$q & (pair2$q == pair_index$11)) begin
            if (row_index$11[32'h0]) begin
                staging$11$d = rot_odd$q;
            end
            else begin
                staging$11$d = rot_even$q;
            end
            if (row_index$11 >= h) begin
                staging$11$d = zero_row;
            end
        end
        if (sync) begin
            staging$11$d = zero_row;
        end
        pack$parts$11 = (staging$11$q >> by$0) | (staging$11$q << back$0);
        staging$12$d = (staging$12$q >> by$0) | (staging$12$q << back$0);
        if (rd2$q & (pair2$q == pair_index$12)) begin
            if (row_index$12[32'h0]) begin
                staging$12$d = rot_odd$q;
            end
            else begin
                staging$12$d = rot_even$q;
            end
            if (row_index$12 >= h) begin
                staging$12$d = zero_row;
            end
        end
        if (sync) begin
            staging$12$d = zero_row;
        end
        pack$parts$12 = (staging$12$q >> by$0) | (staging$12$q << back$0);
        staging$13$d = (staging$13$q >> by$0) | (staging$13$q << back$0);
        if (rd2$q & (pair2$q == pair_index$13)) begin
            if (row_index$13[32'h0]) begin
                staging$13$d = rot_odd$q;
            end
            else begin
                staging$13$d = rot_even$q;
            end
            if (row_index$13 >= h) begin
                staging$13$d = zero_row;
            end
        end
        if (sync) begin
            staging$13$d = zero_row;
        end
        pack$parts$13 = (staging$13$q >> by$0) | (staging$13$q << back$0);
        plane = pack$whole;
    end

endmodule // top


module top$bank1(d,q,clock);

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

endmodule // top$bank1


module top$bankq(d,q,clock);

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

endmodule // top$bankq


module top$even$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$even$0


module top$even$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$even$1


module top$even$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$even$2


module top$even$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$even$3


module top$even$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$even$4


module top$even$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$even$5


module top$even$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$even$6


module top$even$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$even$7


module top$even_q$0(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$even_q$0


module top$even_q$1(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$even_q$1


module top$even_q$2(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$even_q$2


module top$even_q$3(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$even_q$3


module top$even_q$4(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$even_q$4


module top$even_q$5(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$even_q$5


module top$even_q$6(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$even_q$6


module top$even_q$7(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$even_q$7


module top$odd$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$odd$0


module top$odd$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$odd$1


module top$odd$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$odd$2


module top$odd$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$odd$3


module top$odd$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$odd$4


module top$odd$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$odd$5


module top$odd$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$odd$6


module top$odd$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [11:0] read_address;
    output reg  [13:0] read_data;
    input wire  [11:0] write_address;
    input wire  [13:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [13:0] mem [0:287];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[11:9], write_address[11:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$odd$7


module top$odd_q$0(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$odd_q$0


module top$odd_q$1(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$odd_q$1


module top$odd_q$2(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$odd_q$2


module top$odd_q$3(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$odd_q$3


module top$odd_q$4(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$odd_q$4


module top$odd_q$5(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$odd_q$5


module top$odd_q$6(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$odd_q$6


module top$odd_q$7(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$odd_q$7


module top$pack(parts$0,parts$1,parts$2,parts$3,parts$4,parts$5,parts$6,parts$7,parts$8,parts$9,parts$10,parts$11,parts$12,parts$13,whole);

    // Module arguments
    input wire  [14:0] parts$0;
    input wire  [14:0] parts$1;
    input wire  [14:0] parts$2;
    input wire  [14:0] parts$3;
    input wire  [14:0] parts$4;
    input wire  [14:0] parts$5;
    input wire  [14:0] parts$6;
    input wire  [14:0] parts$7;
    input wire  [14:0] parts$8;
    input wire  [14:0] parts$9;
    input wire  [14:0] parts$10;
    input wire  [14:0] parts$11;
    input wire  [14:0] parts$12;
    input wire  [14:0] parts$13;
    output reg  [209:0] whole;

    // Update code (custom)
    always @(*) whole = {parts$13, parts$12, parts$11, parts$10, parts$9, parts$8, parts$7, parts$6, parts$5, parts$4, parts$3, parts$2, parts$1, parts$0};
endmodule // top$pack


module top$pair1(d,q,clock);

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

endmodule // top$pair1


module top$pair2(d,q,clock);

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

endmodule // top$pair2


module top$pairq(d,q,clock);

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

endmodule // top$pairq


module top$phase_r(d,q,clock);

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

endmodule // top$phase_r


module top$rd1(d,q,clock);

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

endmodule // top$rd1


module top$rd2(d,q,clock);

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

endmodule // top$rd2


module top$rdq(d,q,clock);

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

endmodule // top$rdq


module top$rot_even(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$rot_even


module top$rot_odd(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$rot_odd


module top$row_even(narrow,wide);

    // Module arguments
    input wire  [13:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{1{1'b0}}, narrow};
endmodule // top$row_even


module top$row_odd(narrow,wide);

    // Module arguments
    input wire  [13:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{1{1'b0}}, narrow};
endmodule // top$row_odd


module top$staging$0(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$0


module top$staging$1(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$1


module top$staging$10(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$10


module top$staging$11(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$11


module top$staging$12(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$12


module top$staging$13(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$13


module top$staging$2(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$2


module top$staging$3(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$3


module top$staging$4(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$4


module top$staging$5(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$5


module top$staging$6(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$6


module top$staging$7(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$7


module top$staging$8(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$8


module top$staging$9(d,q,clock);

    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 15'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$staging$9
