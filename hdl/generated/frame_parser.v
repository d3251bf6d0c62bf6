// frame_parser.v: generated from hdl/src/link/frame_parser.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/frame_parser.v

module top(clock,in_data,in_valid,in_ready,abandon,frame_valid,kind,seq,length,rd_addr,rd_data,frame_done,bad,bad_code);

    // Module arguments
    input wire  clock;
    input wire  [7:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    input wire  abandon;
    output reg  frame_valid;
    output reg  [7:0] kind;
    output reg  [7:0] seq;
    output reg  [10:0] length;
    input wire  [9:0] rd_addr;
    output reg  [7:0] rd_data;
    input wire  frame_done;
    output reg  bad;
    output reg  [3:0] bad_code;

    // Constant declarations
    localparam  st_sync0 = 4'h0;
    localparam  st_sync1 = 4'h1;
    localparam  st_type = 4'h2;
    localparam  st_seq = 4'h3;
    localparam  st_len0 = 4'h4;
    localparam  st_len1 = 4'h5;
    localparam  st_payload = 4'h6;
    localparam  st_crc0 = 4'h7;
    localparam  st_check = 4'hb;
    localparam  st_hold = 4'hc;
    localparam  sync0 = 8'ha5;
    localparam  sync1 = 8'h5a;
    localparam  crc_init = 32'hffffffff;
    localparam  zero32 = 32'h0;
    localparam  max_high = 8'h4;
    localparam  one = 11'b1;
    localparam  one_state = 4'h1;
    localparam  zero_len = 11'b0;
    localparam  code_crc = 4'h1;
    localparam  code_long = 4'h8;

    // Stub signals
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [7:0] kind_r$d;
    wire  [7:0] kind_r$q;
    reg  kind_r$clock;
    reg  [7:0] seq_r$d;
    wire  [7:0] seq_r$q;
    reg  seq_r$clock;
    reg  [7:0] len_lo$d;
    wire  [7:0] len_lo$q;
    reg  len_lo$clock;
    reg  [10:0] len_r$d;
    wire  [10:0] len_r$q;
    reg  len_r$clock;
    reg  [10:0] count$d;
    wire  [10:0] count$q;
    reg  count$clock;
    reg  [31:0] crc_x$d;
    wire  [31:0] crc_x$q;
    reg  crc_x$clock;
    reg  [31:0] crc_rx$d;
    wire  [31:0] crc_rx$q;
    reg  crc_rx$clock;
    reg  bad_r$d;
    wire  bad_r$q;
    reg  bad_r$clock;
    reg  [3:0] bad_code_r$d;
    wire  [3:0] bad_code_r$q;
    reg  bad_code_r$clock;
    reg  buffer$clock;
    reg  [9:0] buffer$read_address;
    wire  [7:0] buffer$read_data;
    reg  [9:0] buffer$write_address;
    reg  [7:0] buffer$write_data;
    reg  buffer$write_enable;
    reg  [31:0] crc$crc_in;
    reg  [7:0] crc$data_in;
    wire  [31:0] crc$crc_out;
    reg  [7:0] ext_in11$narrow;
    wire  [10:0] ext_in11$wide;
    reg  [7:0] ext_lo11$narrow;
    wire  [10:0] ext_lo11$wide;
    reg  [7:0] ext_in32$narrow;
    wire  [31:0] ext_in32$wide;

    // Local signals
    reg  take;
    reg  too_long;

    // Sub module instances
    top$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$kind_r kind_r(
        .d(kind_r$d),
        .q(kind_r$q),
        .clock(kind_r$clock)
    );
    top$seq_r seq_r(
        .d(seq_r$d),
        .q(seq_r$q),
        .clock(seq_r$clock)
    );
    top$len_lo len_lo(
        .d(len_lo$d),
        .q(len_lo$q),
        .clock(len_lo$clock)
    );
    top$len_r len_r(
        .d(len_r$d),
        .q(len_r$q),
        .clock(len_r$clock)
    );
    top$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$crc_x crc_x(
        .d(crc_x$d),
        .q(crc_x$q),
        .clock(crc_x$clock)
    );
    top$crc_rx crc_rx(
        .d(crc_rx$d),
        .q(crc_rx$q),
        .clock(crc_rx$clock)
    );
    top$bad_r bad_r(
        .d(bad_r$d),
        .q(bad_r$q),
        .clock(bad_r$clock)
    );
    top$bad_code_r bad_code_r(
        .d(bad_code_r$d),
        .q(bad_code_r$q),
        .clock(bad_code_r$clock)
    );
    top$buffer buffer(
        .clock(buffer$clock),
        .read_address(buffer$read_address),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    top$crc crc(
        .crc_in(crc$crc_in),
        .data_in(crc$data_in),
        .crc_out(crc$crc_out)
    );
    top$ext_in11 ext_in11(
        .narrow(ext_in11$narrow),
        .wide(ext_in11$wide)
    );
    top$ext_lo11 ext_lo11(
        .narrow(ext_lo11$narrow),
        .wide(ext_lo11$wide)
    );
    top$ext_in32 ext_in32(
        .narrow(ext_in32$narrow),
        .wide(ext_in32$wide)
    );

    // Update code
    always @(*) begin
        state$clock = clock;
        kind_r$clock = clock;
        seq_r$clock = clock;
        len_lo$clock = clock;
        len_r$clock = clock;
        count$clock = clock;
        crc_x$clock = clock;
        crc_rx$clock = clock;
        bad_r$clock = clock;
        bad_code_r$clock = clock;
        state$d = state$q;
        kind_r$d = kind_r$q;
        seq_r$d = seq_r$q;
        len_lo$d = len_lo$q;
        len_r$d = len_r$q;
        count$d = count$q;
        crc_x$d = crc_x$q;
        crc_rx$d = crc_rx$q;
        bad_r$d = bad_r$q;
        bad_code_r$d = bad_code_r$q;
        buffer$clock = clock;
        buffer$read_address = rd_addr;
        buffer$write_address = count$q[(32'h0)+:(10)];
        buffer$write_data = in_data;
        buffer$write_enable = 1'b0;
        crc$crc_in = crc_x$q ^ crc_init;
        crc$data_in = in_data;
        ext_in11$narrow = in_data;
        ext_lo11$narrow = len_lo$q;
        ext_in32$narrow = in_data;
        too_long = (in_data > max_high) | ((in_data == max_high) & |len_lo$q);
        in_ready = (state$q != st_hold) & (state$q != st_check);
        take = in_valid & in_ready;
        bad_r$d = 1'b0;
        if (state$q == st_hold) begin
            if (frame_done) begin
                state$d = st_sync0;
            end
        end
        else if (state$q == st_check) begin
            if (crc_rx$q == crc_x$q) begin
                state$d = st_hold;
            end
            else begin
                bad_r$d = 1'b1;
                bad_code_r$d = code_crc;
                state$d = st_sync0;
            end
        end
        else if (abandon) begin
            state$d = st_sync0;
        end
        else if (take) begin
            if (state$q == st_sync0) begin
                if (in_data == sync0) begin
                    state$d = st_sync1;
                end
            end
            else if (state$q == st_sync1) begin
                crc_x$d = zero32;
                if (in_data == sync1) begin
                    state$d = st_type;
                end
                else if (in_data != sync0) begin
                    state$d = st_sync0;
                end
            end
            else if (state$q == st_type) begin
                crc_x$d = crc$crc_out ^ crc_init;
                kind_r$d = in_data;
                state$d = st_seq;
            end
            else if (state$q == st_seq) begin
                crc_x$d = crc$crc_out ^ crc_init;
                seq_r$d = in_data;
                state$d = st_len0;
            end
            else if (state$q == st_len0) begin
                crc_x$d = crc$crc_out ^ crc_init;
                len_lo$d = in_data;
                state$d = st_len1;
            end
            else if (state$q == st_len1) begin
                crc_x$d = crc$crc_out ^ crc_init;
                len_r$d = (ext_in11$wide << 32'h8) | ext_lo11$wide;
                count$d = zero_len;
                if (too_long) begin
                    bad_r$d = 1'b1;
                    bad_code_r$d = code_long;
                    state$d = st_sync0;
                end
                else if (~(|in_data | |len_lo$q)) begin
                    state$d = st_crc0;
                end
                else begin
                    state$d = st_payload;
                end
            end
            else if (state$q == st_payload) begin
                crc_x$d = crc$crc_out ^ crc_init;
                buffer$write_enable = 1'b1;
                count$d = count$q + one;
                if ((count$q + one) == len_r$q) begin
                    state$d = st_crc0;
                end
            end
            else begin
                crc_rx$d = (crc_rx$q >> 32'h8) | (ext_in32$wide << 32'h18);
                state$d = state$q + one_state;
            end
        end
        frame_valid = state$q == st_hold;
        kind = kind_r$q;
        seq = seq_r$q;
        length = len_r$q;
        rd_data = buffer$read_data;
        bad = bad_r$q;
        bad_code = bad_code_r$q;
    end

endmodule // top


module top$bad_code_r(d,q,clock);

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

endmodule // top$bad_code_r


module top$bad_r(d,q,clock);

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

endmodule // top$bad_r


module top$buffer(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg  [7:0] read_data;
    input wire  [9:0] write_address;
    input wire  [7:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [7:0] mem [0:1023];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$buffer


module top$count(d,q,clock);

    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 11'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$count


module top$crc(crc_in,data_in,crc_out);

    // Module arguments
    input wire  [31:0] crc_in;
    input wire  [7:0] data_in;
    output reg  [31:0] crc_out;

    // Update code (custom)
    always @(*) begin
        crc_out[0] = crc_in[2] ^ crc_in[8] ^ data_in[2];
        crc_out[1] = crc_in[0] ^ crc_in[3] ^ crc_in[9] ^ data_in[0] ^ data_in[3];
        crc_out[2] = crc_in[0] ^ crc_in[1] ^ crc_in[4] ^ crc_in[10] ^ data_in[0] ^ data_in[1] ^ data_in[4];
        crc_out[3] = crc_in[1] ^ crc_in[2] ^ crc_in[5] ^ crc_in[11] ^ data_in[1] ^ data_in[2] ^ data_in[5];
        crc_out[4] = crc_in[0] ^ crc_in[2] ^ crc_in[3] ^ crc_in[6] ^ crc_in[12] ^ data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6];
        crc_out[5] = crc_in[1] ^ crc_in[3] ^ crc_in[4] ^ crc_in[7] ^ crc_in[13] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7];
        crc_out[6] = crc_in[4] ^ crc_in[5] ^ crc_in[14] ^ data_in[4] ^ data_in[5];
        crc_out[7] = crc_in[0] ^ crc_in[5] ^ crc_in[6] ^ crc_in[15] ^ data_in[0] ^ data_in[5] ^ data_in[6];
        crc_out[8] = crc_in[1] ^ crc_in[6] ^ crc_in[7] ^ crc_in[16] ^ data_in[1] ^ data_in[6] ^ data_in[7];
        crc_out[9] = crc_in[7] ^ crc_in[17] ^ data_in[7];
        crc_out[10] = crc_in[2] ^ crc_in[18] ^ data_in[2];
        crc_out[11] = crc_in[3] ^ crc_in[19] ^ data_in[3];
        crc_out[12] = crc_in[0] ^ crc_in[4] ^ crc_in[20] ^ data_in[0] ^ data_in[4];
        crc_out[13] = crc_in[0] ^ crc_in[1] ^ crc_in[5] ^ crc_in[21] ^ data_in[0] ^ data_in[1] ^ data_in[5];
        crc_out[14] = crc_in[1] ^ crc_in[2] ^ crc_in[6] ^ crc_in[22] ^ data_in[1] ^ data_in[2] ^ data_in[6];
        crc_out[15] = crc_in[2] ^ crc_in[3] ^ crc_in[7] ^ crc_in[23] ^ data_in[2] ^ data_in[3] ^ data_in[7];
        crc_out[16] = crc_in[0] ^ crc_in[2] ^ crc_in[3] ^ crc_in[4] ^ crc_in[24] ^ data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[4];
        crc_out[17] = crc_in[0] ^ crc_in[1] ^ crc_in[3] ^ crc_in[4] ^ crc_in[5] ^ crc_in[25] ^ data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5];
        crc_out[18] = crc_in[0] ^ crc_in[1] ^ crc_in[2] ^ crc_in[4] ^ crc_in[5] ^ crc_in[6] ^ crc_in[26] ^ data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[6];
        crc_out[19] = crc_in[1] ^ crc_in[2] ^ crc_in[3] ^ crc_in[5] ^ crc_in[6] ^ crc_in[7] ^ crc_in[27] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7];
        crc_out[20] = crc_in[3] ^ crc_in[4] ^ crc_in[6] ^ crc_in[7] ^ crc_in[28] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7];
        crc_out[21] = crc_in[2] ^ crc_in[4] ^ crc_in[5] ^ crc_in[7] ^ crc_in[29] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7];
        crc_out[22] = crc_in[2] ^ crc_in[3] ^ crc_in[5] ^ crc_in[6] ^ crc_in[30] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6];
        crc_out[23] = crc_in[3] ^ crc_in[4] ^ crc_in[6] ^ crc_in[7] ^ crc_in[31] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7];
        crc_out[24] = crc_in[0] ^ crc_in[2] ^ crc_in[4] ^ crc_in[5] ^ crc_in[7] ^ data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7];
        crc_out[25] = crc_in[0] ^ crc_in[1] ^ crc_in[2] ^ crc_in[3] ^ crc_in[5] ^ crc_in[6] ^ data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6];
        crc_out[26] = crc_in[0] ^ crc_in[1] ^ crc_in[2] ^ crc_in[3] ^ crc_in[4] ^ crc_in[6] ^ crc_in[7] ^ data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7];
        crc_out[27] = crc_in[1] ^ crc_in[3] ^ crc_in[4] ^ crc_in[5] ^ crc_in[7] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7];
        crc_out[28] = crc_in[0] ^ crc_in[4] ^ crc_in[5] ^ crc_in[6] ^ data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6];
        crc_out[29] = crc_in[0] ^ crc_in[1] ^ crc_in[5] ^ crc_in[6] ^ crc_in[7] ^ data_in[0] ^ data_in[1] ^ data_in[5] ^ data_in[6] ^ data_in[7];
        crc_out[30] = crc_in[0] ^ crc_in[1] ^ crc_in[6] ^ crc_in[7] ^ data_in[0] ^ data_in[1] ^ data_in[6] ^ data_in[7];
        crc_out[31] = crc_in[1] ^ crc_in[7] ^ data_in[1] ^ data_in[7];
    end
endmodule // top$crc


module top$crc_rx(d,q,clock);

    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 32'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$crc_rx


module top$crc_x(d,q,clock);

    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 32'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$crc_x


module top$ext_in11(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [10:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$ext_in11


module top$ext_in32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$ext_in32


module top$ext_lo11(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [10:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$ext_lo11


module top$kind_r(d,q,clock);

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

endmodule // top$kind_r


module top$len_lo(d,q,clock);

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

endmodule // top$len_lo


module top$len_r(d,q,clock);

    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 11'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$len_r


module top$seq_r(d,q,clock);

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

endmodule // top$seq_r


module top$state(d,q,clock);

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

endmodule // top$state
