// plane_sum_queue.v: generated from hdl/src/plane/sum_queue.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/plane_sum_queue.v

module top(clock,arrive,x,sums,want,want_row,want_x,sum);

    // Module arguments
    input wire  clock;
    input wire  arrive;
    input wire  [3:0] x;
    input wire  [265:0] sums;
    input wire  want;
    input wire  [3:0] want_row;
    input wire  [3:0] want_x;
    output reg  [18:0] sum;

    // Constant declarations
    localparam  row_index$0 = 4'h1;
    localparam  row_index$1 = 4'h2;
    localparam  row_index$2 = 4'h3;
    localparam  row_index$3 = 4'h4;
    localparam  row_index$4 = 4'h5;
    localparam  row_index$5 = 4'h6;
    localparam  row_index$6 = 4'h7;
    localparam  row_index$7 = 4'h8;
    localparam  row_index$8 = 4'h9;
    localparam  row_index$9 = 4'ha;
    localparam  row_index$10 = 4'hb;
    localparam  row_index$11 = 4'hc;
    localparam  row_index$12 = 4'hd;
    localparam  row_offset$0 = 8'h0;
    localparam  row_offset$1 = 8'h13;
    localparam  row_offset$2 = 8'h26;
    localparam  row_offset$3 = 8'h39;
    localparam  row_offset$4 = 8'h4c;
    localparam  row_offset$5 = 8'h5f;
    localparam  row_offset$6 = 8'h72;
    localparam  row_offset$7 = 8'h85;
    localparam  row_offset$8 = 8'h98;
    localparam  row_offset$9 = 8'hab;
    localparam  row_offset$10 = 8'hbe;
    localparam  row_offset$11 = 8'hd1;
    localparam  row_offset$12 = 8'he4;
    localparam  row_lsb = 9'b0;
    localparam  stored_lsb = 9'b10011;

    // Stub signals
    reg  memory$clock;
    reg  [3:0] memory$read_address;
    wire  [246:0] memory$read_data;
    reg  [3:0] memory$write_address;
    reg  [246:0] memory$write_data;
    reg  memory$write_enable;
    reg  [3:0] row_q$d;
    wire  [3:0] row_q$q;
    reg  row_q$clock;
    reg  forward_q$d;
    wire  forward_q$q;
    reg  forward_q$clock;
    reg  [18:0] written_q$d;
    wire  [18:0] written_q$q;
    reg  written_q$clock;

    // Sub module instances
    top$memory memory(
        .clock(memory$clock),
        .read_address(memory$read_address),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    top$row_q row_q(
        .d(row_q$d),
        .q(row_q$q),
        .clock(row_q$clock)
    );
    top$forward_q forward_q(
        .d(forward_q$d),
        .q(forward_q$q),
        .clock(forward_q$clock)
    );
    top$written_q written_q(
        .d(written_q$d),
        .q(written_q$q),
        .clock(written_q$clock)
    );

    // Update code
    always @(*) begin
        memory$clock = clock;
        row_q$clock = clock;
        forward_q$clock = clock;
        written_q$clock = clock;
        row_q$d = row_q$q;
        forward_q$d = forward_q$q;
        written_q$d = written_q$q;
        memory$write_enable = arrive;
        memory$write_address = x;
        memory$write_data = sums[(stored_lsb)+:(247)];
        memory$read_address = want_x;
        row_q$d = want_row;
        forward_q$d = want & arrive & (x == want_x) & (want_row == row_index$0);
        written_q$d = sums[(stored_lsb)+:(19)];
        sum = sums[(row_lsb)+:(19)];
        if (row_q$q == row_index$0) begin
            sum = memory$read_data[(row_offset$0)+:(19)];
        end
        if (row_q$q == row_index$1) begin
            sum = memory$read_data[(row_offset$1)+:(19)];
        end
        if (row_q$q == row_index$2) begin
            sum = memory$read_data[(row_offset$2)+:(19)];
        end
        if (row_q$q == row_index$3) begin
            sum = memory$read_data[(row_offset$3)+:(19)];
        end
        if (row_q$q == row_index$4) begin
            sum = memory$read_data[(row_offset$4)+:(19)];
        end
        if (row_q$q == row_index$5) begin
            sum = memory$read_data[(row_offset$5)+:(19)];
        end
        if (row_q$q == row_index$6) begin
            sum = memory$read_data[(row_offset$6)+:(19)];
        end
        if (row_q$q == row_index$7) begin
            sum = memory$read_data[(row_offset$7)+:(19)];
        end
        if (row_q$q == row_index$8) begin
            sum = memory$read_data[(row_offset$8)+:(19)];
        end
        if (row_q$q == row_index$9) begin
            sum = memory$read_data[(row_offset$9)+:(19)];
        end
        if (row_q$q == row_index$10) begin
            sum = memory$read_data[(row_offset$10)+:(19)];
        end
        if (row_q$q == row_index$11) begin
            sum = memory$read_data[(row_offset$11)+:(19)];
        end
        if (row_q$q == row_index$12) begin
            sum = memory$read_data[(row_offset$12)+:(19)];
        end
        if (forward_q$q) begin
            sum = written_q$q;
        end
    end

endmodule // top


module top$forward_q(d,q,clock);

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

endmodule // top$forward_q


module top$memory(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [3:0] read_address;
    output reg  [246:0] read_data;
    input wire  [3:0] write_address;
    input wire  [246:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [246:0] mem [0:14];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$memory


module top$row_q(d,q,clock);

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

endmodule // top$row_q


module top$written_q(d,q,clock);

    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 19'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$written_q
