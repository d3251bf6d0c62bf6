// frame_writer.v: generated from hdl/src/link/frame_writer.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/frame_writer.v

module top(clock,start,kind,seq,length,payload_data,payload_valid,payload_ready,out_data,out_valid,out_ready,busy);

    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [7:0] kind;
    input wire  [7:0] seq;
    input wire  [10:0] length;
    input wire  [7:0] payload_data;
    input wire  payload_valid;
    output reg  payload_ready;
    output reg  [7:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    output reg  busy;

    // Constant declarations
    localparam  st_idle = 4'h0;
    localparam  st_sync0 = 4'h1;
    localparam  st_sync1 = 4'h2;
    localparam  st_kind = 4'h3;
    localparam  st_seq = 4'h4;
    localparam  st_len0 = 4'h5;
    localparam  st_len1 = 4'h6;
    localparam  st_payload = 4'h7;
    localparam  st_crc0 = 4'h8;
    localparam  st_crc1 = 4'h9;
    localparam  st_crc2 = 4'ha;
    localparam  st_crc3 = 4'hb;
    localparam  one_state = 4'h1;
    localparam  one_len = 11'b1;
    localparam  sync0 = 8'ha5;
    localparam  sync1 = 8'h5a;
    localparam  crc_init = 32'hffffffff;
    localparam  zero32 = 32'h0;

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
    reg  [10:0] len_r$d;
    wire  [10:0] len_r$q;
    reg  len_r$clock;
    reg  [10:0] left$d;
    wire  [10:0] left$q;
    reg  left$clock;
    reg  [31:0] crc_x$d;
    wire  [31:0] crc_x$q;
    reg  crc_x$clock;
    reg  [31:0] crc$crc_in;
    reg  [7:0] crc$data_in;
    wire  [31:0] crc$crc_out;
    reg  [2:0] len_hi$narrow;
    wire  [7:0] len_hi$wide;

    // Local signals
    reg  fire;

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
    top$len_r len_r(
        .d(len_r$d),
        .q(len_r$q),
        .clock(len_r$clock)
    );
    top$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$crc_x crc_x(
        .d(crc_x$d),
        .q(crc_x$q),
        .clock(crc_x$clock)
    );
    top$crc crc(
        .crc_in(crc$crc_in),
        .data_in(crc$data_in),
        .crc_out(crc$crc_out)
    );
    top$len_hi len_hi(
        .narrow(len_hi$narrow),
        .wide(len_hi$wide)
    );

    // Update code
    always @(*) begin
        state$clock = clock;
        kind_r$clock = clock;
        seq_r$clock = clock;
        len_r$clock = clock;
        left$clock = clock;
        crc_x$clock = clock;
        state$d = state$q;
        kind_r$d = kind_r$q;
        seq_r$d = seq_r$q;
        len_r$d = len_r$q;
        left$d = left$q;
        crc_x$d = crc_x$q;
        len_hi$narrow = len_r$q[(32'h8)+:(3)];
        out_valid = state$q != st_idle;
        out_data = sync0;
        payload_ready = 1'b0;
        if (state$q == st_sync1) begin
            out_data = sync1;
        end
        else if (state$q == st_kind) begin
            out_data = kind_r$q;
        end
        else if (state$q == st_seq) begin
            out_data = seq_r$q;
        end
        else if (state$q == st_len0) begin
            out_data = len_r$q[(32'h0)+:(8)];
        end
        else if (state$q == st_len1) begin
            out_data = len_hi$wide;
        end
        else if (state$q == st_payload) begin
            out_data = payload_data;
            out_valid = payload_valid;
            payload_ready = out_ready;
        end
        else if (state$q == st_crc0) begin
            out_data = crc_x$q[(32'h0)+:(8)];
        end
        else if (state$q == st_crc1) begin
            out_data = crc_x$q[(32'h8)+:(8)];
        end
        else if (state$q == st_crc2) begin
            out_data = crc_x$q[(32'h10)+:(8)];
        end
        else if (state$q == st_crc3) begin
            out_data = crc_x$q[(32'h18)+:(8)];
        end
        fire = out_valid & out_ready;
        crc$crc_in = crc_x$q ^ crc_init;
        crc$data_in = out_data;
        busy = state$q != st_idle;
        if (state$q == st_idle) begin
            if (start) begin
                kind_r$d = kind;
                seq_r$d = seq;
                len_r$d = length;
                left$d = length;
                crc_x$d = zero32;
                state$d = st_sync0;
            end
        end
        else if (fire) begin
            if ((state$q == st_kind) | (state$q == st_seq) | (state$q == st_len0) | (state$q == st_len1) | (state$q == st_payload)) begin
                crc_x$d = crc$crc_out ^ crc_init;
            end
            if (state$q == st_len1) begin
                if (|left$q) begin
                    state$d = st_payload;
                end
                else begin
                    state$d = st_crc0;
                end
            end
            else if (state$q == st_payload) begin
                left$d = left$q - one_len;
                if (left$q == one_len) begin
                    state$d = st_crc0;
                end
            end
            else if (state$q == st_crc3) begin
                state$d = st_idle;
            end
            else begin
                state$d = state$q + one_state;
            end
        end
    end

endmodule // top


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


module top$left(d,q,clock);

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

endmodule // top$left


module top$len_hi(narrow,wide);

    // Module arguments
    input wire  [2:0] narrow;
    output reg  [7:0] wide;

    // Update code (custom)
    always @(*) wide = {{5{1'b0}}, narrow};
endmodule // top$len_hi


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
