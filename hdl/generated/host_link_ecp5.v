// host_link_ecp5.v: generated from hdl/src/link/host_link.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/host_link_ecp5.v

module top(clock,in_data,in_valid,in_ready,abandon,out_data,out_valid,out_ready,bus_addr,bus_wr,bus_wdata,bus_rd,bus_rdata,bus_rvalid,chip_busy,chip_input_busy,bad_frame,good_frame);

    // Module arguments
    input wire  clock;
    input wire  [7:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    input wire  abandon;
    output reg  [7:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [21:0] bus_addr;
    output reg  bus_wr;
    output reg  [31:0] bus_wdata;
    output reg  bus_rd;
    input wire  [31:0] bus_rdata;
    input wire  bus_rvalid;
    input wire  chip_busy;
    input wire  chip_input_busy;
    output reg  bad_frame;
    output reg  good_frame;

    // Stub signals
    reg  parser$clock;
    reg  [7:0] parser$in_data;
    reg  parser$in_valid;
    wire  parser$in_ready;
    reg  parser$abandon;
    wire  parser$frame_valid;
    wire  [7:0] parser$kind;
    wire  [7:0] parser$seq;
    wire  [10:0] parser$length;
    reg  [9:0] parser$rd_addr;
    wire  [7:0] parser$rd_data;
    reg  parser$frame_done;
    wire  parser$bad;
    wire  [3:0] parser$bad_code;
    reg  engine$clock;
    reg  engine$frame_valid;
    reg  [7:0] engine$kind;
    reg  [7:0] engine$seq;
    reg  [10:0] engine$length;
    reg  engine$bad;
    reg  [3:0] engine$bad_code;
    wire  [9:0] engine$rd_addr;
    reg  [7:0] engine$rd_data;
    wire  engine$frame_done;
    wire  engine$accept;
    wire  engine$w_start;
    wire  [7:0] engine$w_kind;
    wire  [7:0] engine$w_seq;
    wire  [10:0] engine$w_len;
    wire  [7:0] engine$w_data;
    wire  engine$w_valid;
    reg  engine$w_ready;
    reg  engine$w_busy;
    wire  [21:0] engine$bus_addr;
    wire  engine$bus_wr;
    wire  [31:0] engine$bus_wdata;
    wire  engine$bus_rd;
    reg  [31:0] engine$bus_rdata;
    reg  engine$bus_rvalid;
    reg  engine$chip_busy;
    reg  engine$chip_input_busy;
    reg  writer$clock;
    reg  writer$start;
    reg  [7:0] writer$kind;
    reg  [7:0] writer$seq;
    reg  [10:0] writer$length;
    reg  [7:0] writer$payload_data;
    reg  writer$payload_valid;
    wire  writer$payload_ready;
    wire  [7:0] writer$out_data;
    wire  writer$out_valid;
    reg  writer$out_ready;
    wire  writer$busy;

    // Sub module instances
    top$parser parser(
        .clock(parser$clock),
        .in_data(parser$in_data),
        .in_valid(parser$in_valid),
        .in_ready(parser$in_ready),
        .abandon(parser$abandon),
        .frame_valid(parser$frame_valid),
        .kind(parser$kind),
        .seq(parser$seq),
        .length(parser$length),
        .rd_addr(parser$rd_addr),
        .rd_data(parser$rd_data),
        .frame_done(parser$frame_done),
        .bad(parser$bad),
        .bad_code(parser$bad_code)
    );
    top$engine engine(
        .clock(engine$clock),
        .frame_valid(engine$frame_valid),
        .kind(engine$kind),
        .seq(engine$seq),
        .length(engine$length),
        .bad(engine$bad),
        .bad_code(engine$bad_code),
        .rd_addr(engine$rd_addr),
        .rd_data(engine$rd_data),
        .frame_done(engine$frame_done),
        .accept(engine$accept),
        .w_start(engine$w_start),
        .w_kind(engine$w_kind),
        .w_seq(engine$w_seq),
        .w_len(engine$w_len),
        .w_data(engine$w_data),
        .w_valid(engine$w_valid),
        .w_ready(engine$w_ready),
        .w_busy(engine$w_busy),
        .bus_addr(engine$bus_addr),
        .bus_wr(engine$bus_wr),
        .bus_wdata(engine$bus_wdata),
        .bus_rd(engine$bus_rd),
        .bus_rdata(engine$bus_rdata),
        .bus_rvalid(engine$bus_rvalid),
        .chip_busy(engine$chip_busy),
        .chip_input_busy(engine$chip_input_busy)
    );
    top$writer writer(
        .clock(writer$clock),
        .start(writer$start),
        .kind(writer$kind),
        .seq(writer$seq),
        .length(writer$length),
        .payload_data(writer$payload_data),
        .payload_valid(writer$payload_valid),
        .payload_ready(writer$payload_ready),
        .out_data(writer$out_data),
        .out_valid(writer$out_valid),
        .out_ready(writer$out_ready),
        .busy(writer$busy)
    );

    // Update code
    always @(*) begin
        parser$clock = clock;
        engine$clock = clock;
        writer$clock = clock;
        parser$in_data = in_data;
        parser$in_valid = in_valid & engine$accept;
        in_ready = parser$in_ready & engine$accept;
        parser$abandon = abandon;
        parser$rd_addr = engine$rd_addr;
        parser$frame_done = engine$frame_done;
        engine$frame_valid = parser$frame_valid;
        engine$kind = parser$kind;
        engine$seq = parser$seq;
        engine$length = parser$length;
        engine$rd_data = parser$rd_data;
        engine$bad = parser$bad;
        engine$bad_code = parser$bad_code;
        writer$start = engine$w_start;
        writer$kind = engine$w_kind;
        writer$seq = engine$w_seq;
        writer$length = engine$w_len;
        writer$payload_data = engine$w_data;
        writer$payload_valid = engine$w_valid;
        engine$w_ready = writer$payload_ready;
        engine$w_busy = writer$busy;
        out_data = writer$out_data;
        out_valid = writer$out_valid;
        writer$out_ready = out_ready;
        bus_addr = engine$bus_addr;
        bus_wr = engine$bus_wr;
        bus_wdata = engine$bus_wdata;
        bus_rd = engine$bus_rd;
        engine$bus_rdata = bus_rdata;
        engine$bus_rvalid = bus_rvalid;
        engine$chip_busy = chip_busy;
        engine$chip_input_busy = chip_input_busy;
        bad_frame = parser$bad;
        good_frame = parser$frame_valid;
    end

endmodule // top


module top$engine(clock,frame_valid,kind,seq,length,bad,bad_code,rd_addr,rd_data,frame_done,accept,w_start,w_kind,w_seq,w_len,w_data,w_valid,w_ready,w_busy,bus_addr,bus_wr,bus_wdata,bus_rd,bus_rdata,bus_rvalid,chip_busy,chip_input_busy);

    // Module arguments
    input wire  clock;
    input wire  frame_valid;
    input wire  [7:0] kind;
    input wire  [7:0] seq;
    input wire  [10:0] length;
    input wire  bad;
    input wire  [3:0] bad_code;
    output reg  [9:0] rd_addr;
    input wire  [7:0] rd_data;
    output reg  frame_done;
    output reg  accept;
    output reg  w_start;
    output reg  [7:0] w_kind;
    output reg  [7:0] w_seq;
    output reg  [10:0] w_len;
    output reg  [7:0] w_data;
    output reg  w_valid;
    input wire  w_ready;
    input wire  w_busy;
    output reg  [21:0] bus_addr;
    output reg  bus_wr;
    output reg  [31:0] bus_wdata;
    output reg  bus_rd;
    input wire  [31:0] bus_rdata;
    input wire  bus_rvalid;
    input wire  chip_busy;
    input wire  chip_input_busy;

    // Constant declarations
    localparam  st_idle = 5'b0;
    localparam  st_fetch = 5'b1;
    localparam  st_decide = 5'b10;
    localparam  st_walk = 5'b11;
    localparam  st_word_addr = 5'b100;
    localparam  st_word_data = 5'b101;
    localparam  st_word_write = 5'b110;
    localparam  st_grid = 5'b111;
    localparam  st_bit_addr = 5'b1000;
    localparam  st_bit_data = 5'b1001;
    localparam  st_bit_write = 5'b1010;
    localparam  st_reply = 5'b1011;
    localparam  st_emit_fetch = 5'b1100;
    localparam  st_emit_wait = 5'b1101;
    localparam  st_emit = 5'b1110;
    localparam  st_finish = 5'b1111;
    localparam  st_check = 5'b10000;
    localparam  t_identify = 8'h1;
    localparam  t_reset = 8'h2;
    localparam  t_config = 8'h3;
    localparam  t_weights = 8'h4;
    localparam  t_input = 8'h5;
    localparam  t_run = 8'h6;
    localparam  t_status = 8'h7;
    localparam  t_signs = 8'h8;
    localparam  t_sums = 8'h9;
    localparam  t_counters = 8'ha;
    localparam  t_nak = 8'hff;
    localparam  t_ack = 8'h80;
    localparam  nak_length = 32'h2;
    localparam  nak_range = 32'h3;
    localparam  nak_unconfigured = 32'h4;
    localparam  nak_busy = 32'h5;
    localparam  nak_unknown = 32'h6;
    localparam  nak_config = 32'h7;
    localparam  len_0 = 11'b0;
    localparam  len_1 = 11'b1;
    localparam  len_2 = 11'b10;
    localparam  len_4 = 11'b100;
    localparam  len_6 = 11'b110;
    localparam  len_7 = 11'b111;
    localparam  len_identify = 11'b11000;
    localparam  len_counters = 11'b11100;
    localparam  len_config = 11'b101000000;
    localparam  hdr_last = 11'b10100;
    localparam  addr_6 = 10'b110;
    localparam  b16_0 = 16'h0;
    localparam  b16_1 = 16'h1;
    localparam  b16_8 = 16'h8;
    localparam  b16_ff = 16'hff;
    localparam  lanes16 = 16'h20;
    localparam  lanes_m1_16 = 16'h1f;
    localparam  lane_shift16 = 16'h5;
    localparam  max_c0 = 16'h20;
    localparam  max_c1 = 16'h60;
    localparam  max_c2 = 16'h60;
    localparam  max_h = 16'h10;
    localparam  max_w = 16'h10;
    localparam  max_kernel = 16'h3;
    localparam  max_signs = 16'h2000;
    localparam  max_sums = 16'h100;
    localparam  w_0 = 32'h0;
    localparam  w_1 = 32'h1;
    localparam  w_3 = 32'h3;
    localparam  w_4 = 32'h4;
    localparam  w_6 = 32'h6;
    localparam  w_7 = 32'h7;
    localparam  w_8 = 32'h8;
    localparam  w_16 = 32'h10;
    localparam  w_ffff = 32'hffff;
    localparam  w_sign_fill = 32'hffff0000;
    localparam  w_lane_shift = 32'h5;
    localparam  w_top_lane = 32'h80000000;
    localparam  w_delta_one = 32'h8000;
    localparam  w_max_sweeps = 32'hffff;
    localparam  w_bank_words = 32'h2000;
    localparam  w_identify0 = 32'h4000001;
    localparam  bits_last = 6'b11111;
    localparam  bits_0 = 6'b0;
    localparam  bits_1 = 6'b1;
    localparam  k_0 = 3'b0;
    localparam  k_1 = 3'b1;
    localparam  hdr_top = 8'h98;
    localparam  w_24 = 32'h18;
    localparam  a_1 = 22'h1;
    localparam  a_ffff = 22'hffff;
    localparam  a_bank_shift = 22'hd;
    localparam  a_id = 22'h0;
    localparam  a_control = 22'h10;
    localparam  a_status = 22'h11;
    localparam  a_cycles_lo = 22'h30;
    localparam  a_geometry0 = 22'h20;
    localparam  a_burn_in = 22'h25;
    localparam  a_layout = 22'h40;
    localparam  a_layout_last = 22'h49;
    localparam  a_seed = 22'h100;
    localparam  a_input = 22'h80000;
    localparam  a_coupling = 22'h100000;
    localparam  a_output_sum = 22'h200000;
    localparam  a_hidden_sum = 22'h280000;
    localparam  a_output_sign = 22'h300000;
    localparam  n2_1 = 2'b1;
    localparam  n2_3 = 2'b11;
    localparam  k3_2 = 3'b10;
    localparam  k3_3 = 3'b11;
    localparam  k3_4 = 3'b100;
    localparam  k3_5 = 3'b101;
    localparam  b8_0 = 8'h0;
    localparam  b8_1 = 8'h1;
    localparam  n3_0 = 3'b0;
    localparam  n3_1 = 3'b1;
    localparam  n3_7 = 3'b111;

    // Stub signals
    reg  [4:0] state$d;
    wire  [4:0] state$q;
    reg  state$clock;
    reg  [159:0] hdr$d;
    wire  [159:0] hdr$q;
    reg  hdr$clock;
    reg  [10:0] ptr$d;
    wire  [10:0] ptr$q;
    reg  ptr$clock;
    reg  [31:0] word$d;
    wire  [31:0] word$q;
    reg  word$clock;
    reg  [1:0] nbyte$d;
    wire  [1:0] nbyte$q;
    reg  nbyte$clock;
    reg  [2:0] k$d;
    wire  [2:0] k$q;
    reg  k$clock;
    reg  [21:0] raddr$d;
    wire  [21:0] raddr$q;
    reg  raddr$clock;
    reg  [21:0] waddr$d;
    wire  [21:0] waddr$q;
    reg  waddr$clock;
    reg  [21:0] rbase$d;
    wire  [21:0] rbase$q;
    reg  rbase$clock;
    reg  [10:0] rem$d;
    wire  [10:0] rem$q;
    reg  rem$clock;
    reg  [7:0] r_kind$d;
    wire  [7:0] r_kind$q;
    reg  r_kind$clock;
    reg  [7:0] r_seq$d;
    wire  [7:0] r_seq$q;
    reg  r_seq$clock;
    reg  [10:0] r_len$d;
    wire  [10:0] r_len$q;
    reg  r_len$clock;
    reg  [31:0] nak_word$d;
    wire  [31:0] nak_word$q;
    reg  nak_word$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  effect$d;
    wire  effect$q;
    reg  effect$clock;
    reg  dup$d;
    wire  dup$q;
    reg  dup$clock;
    reg  last_valid$d;
    wire  last_valid$q;
    reg  last_valid$clock;
    reg  [7:0] last_kind$d;
    wire  [7:0] last_kind$q;
    reg  last_kind$clock;
    reg  [7:0] last_seq$d;
    wire  [7:0] last_seq$q;
    reg  last_seq$clock;
    reg  last_nak$d;
    wire  last_nak$q;
    reg  last_nak$clock;
    reg  [7:0] last_code$d;
    wire  [7:0] last_code$q;
    reg  last_code$clock;
    reg  configured$d;
    wire  configured$q;
    reg  configured$clock;
    reg  len_ok_r$d;
    wire  len_ok_r$q;
    reg  len_ok_r$clock;
    reg  cfg_ok_r$d;
    wire  cfg_ok_r$q;
    reg  cfg_ok_r$clock;
    reg  wt_ok_r$d;
    wire  wt_ok_r$q;
    reg  wt_ok_r$clock;
    reg  pos_bad_r$d;
    wire  pos_bad_r$q;
    reg  pos_bad_r$clock;
    reg  dup_r$d;
    wire  dup_r$q;
    reg  dup_r$clock;
    reg  known_r$d;
    wire  known_r$q;
    reg  known_r$clock;
    reg  [15:0] g_groups$d;
    wire  [15:0] g_groups$q;
    reg  g_groups$clock;
    reg  [15:0] g_c1$d;
    wire  [15:0] g_c1$q;
    reg  g_c1$clock;
    reg  [15:0] g_c2$d;
    wire  [15:0] g_c2$q;
    reg  g_c2$clock;
    reg  [15:0] hw$d;
    wire  [15:0] hw$q;
    reg  hw$clock;
    reg  [15:0] grid$d;
    wire  [15:0] grid$q;
    reg  grid$clock;
    reg  [15:0] rows$d;
    wire  [15:0] rows$q;
    reg  rows$clock;
    reg  [15:0] ch$d;
    wire  [15:0] ch$q;
    reg  ch$clock;
    reg  [15:0] pos$d;
    wire  [15:0] pos$q;
    reg  pos$clock;
    reg  [15:0] left$d;
    wire  [15:0] left$q;
    reg  left$clock;
    reg  [15:0] lim$d;
    wire  [15:0] lim$q;
    reg  lim$clock;
    reg  [15:0] bitptr$d;
    wire  [15:0] bitptr$q;
    reg  bitptr$clock;
    reg  [5:0] bitcnt$d;
    wire  [5:0] bitcnt$q;
    reg  bitcnt$clock;
    reg  [7:0] sign_acc$d;
    wire  [7:0] sign_acc$q;
    reg  sign_acc$clock;
    reg  [2:0] nbits$d;
    wire  [2:0] nbits$q;
    reg  nbits$clock;
    reg  [31:0] frames$d;
    wire  [31:0] frames$q;
    reg  frames$clock;
    reg  [31:0] bad_frames$d;
    wire  [31:0] bad_frames$q;
    reg  bad_frames$clock;
    reg  [31:0] naks$d;
    wire  [31:0] naks$q;
    reg  naks$clock;
    reg  [31:0] dups$d;
    wire  [31:0] dups$q;
    reg  dups$clock;
    reg  [31:0] runs$d;
    wire  [31:0] runs$q;
    reg  runs$clock;
    reg  [10:0] len32$narrow;
    wire  [31:0] len32$wide;
    reg  [7:0] rd160$narrow;
    wire  [159:0] rd160$wide;
    reg  [7:0] rd32$narrow;
    wire  [31:0] rd32$wide;
    reg  [7:0] sign_acc32$narrow;
    wire  [31:0] sign_acc32$wide;
    reg  [2:0] nbits32$narrow;
    wire  [31:0] nbits32$wide;
    reg  [7:0] last_code32$narrow;
    wire  [31:0] last_code32$wide;
    reg  [7:0] kind32$narrow;
    wire  [31:0] kind32$wide;
    reg  [3:0] code32$narrow;
    wire  [31:0] code32$wide;
    reg  [15:0] off22$narrow;
    wire  [21:0] off22$wide;

    // Local signals
    reg  is_identify;
    reg  refused_busy;
    reg  [31:0] status_cfg;
    reg  [31:0] status_free;
    reg  is_reset;
    reg  is_config;
    reg  is_weights;
    reg  is_input;
    reg  is_run;
    reg  is_status;
    reg  is_signs;
    reg  is_sums;
    reg  is_counters;
    reg  known;
    reg  has_effect;
    reg  is_dup;
    reg  len_ok;
    reg  [7:0] window;
    reg  window_bad;
    reg  [15:0] span_ch;
    reg  [15:0] span_pos;
    reg  [15:0] span_count;
    reg  [31:0] count32;
    reg  [31:0] input_len;
    reg  [15:0] cfg_c0;
    reg  [15:0] cfg_c1;
    reg  [15:0] cfg_c2;
    reg  [15:0] cfg_h;
    reg  [15:0] cfg_w;
    reg  [15:0] cfg_k1;
    reg  [15:0] cfg_k2;
    reg  [31:0] cfg_delta;
    reg  [31:0] cfg_sweeps;
    reg  cfg_ok;
    reg  [31:0] wt_addr;
    reg  [31:0] wt_words;
    reg  wt_ok;
    reg  is_nak;
    reg  [31:0] refusal;
    reg  [10:0] signs_len;
    reg  [10:0] sums_len;
    reg  [9:0] bit_byte;
    reg  [15:0] pos_inc;
    reg  wrap;
    reg  [15:0] off16;
    reg  [31:0] counter;
    reg  [31:0] sign_next;
    reg  [31:0] weight;

    // Sub module instances
    top$engine$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$engine$hdr hdr(
        .d(hdr$d),
        .q(hdr$q),
        .clock(hdr$clock)
    );
    top$engine$ptr ptr(
        .d(ptr$d),
        .q(ptr$q),
        .clock(ptr$clock)
    );
    top$engine$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    top$engine$nbyte nbyte(
        .d(nbyte$d),
        .q(nbyte$q),
        .clock(nbyte$clock)
    );
    top$engine$k k(
        .d(k$d),
        .q(k$q),
        .clock(k$clock)
    );
    top$engine$raddr raddr(
        .d(raddr$d),
        .q(raddr$q),
        .clock(raddr$clock)
    );
    top$engine$waddr waddr(
        .d(waddr$d),
        .q(waddr$q),
        .clock(waddr$clock)
    );
    top$engine$rbase rbase(
        .d(rbase$d),
        .q(rbase$q),
        .clock(rbase$clock)
    );
    top$engine$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    top$engine$r_kind r_kind(
        .d(r_kind$d),
        .q(r_kind$q),
        .clock(r_kind$clock)
    );
    top$engine$r_seq r_seq(
        .d(r_seq$d),
        .q(r_seq$q),
        .clock(r_seq$clock)
    );
    top$engine$r_len r_len(
        .d(r_len$d),
        .q(r_len$q),
        .clock(r_len$clock)
    );
    top$engine$nak_word nak_word(
        .d(nak_word$d),
        .q(nak_word$q),
        .clock(nak_word$clock)
    );
    top$engine$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    top$engine$effect effect(
        .d(effect$d),
        .q(effect$q),
        .clock(effect$clock)
    );
    top$engine$dup dup(
        .d(dup$d),
        .q(dup$q),
        .clock(dup$clock)
    );
    top$engine$last_valid last_valid(
        .d(last_valid$d),
        .q(last_valid$q),
        .clock(last_valid$clock)
    );
    top$engine$last_kind last_kind(
        .d(last_kind$d),
        .q(last_kind$q),
        .clock(last_kind$clock)
    );
    top$engine$last_seq last_seq(
        .d(last_seq$d),
        .q(last_seq$q),
        .clock(last_seq$clock)
    );
    top$engine$last_nak last_nak(
        .d(last_nak$d),
        .q(last_nak$q),
        .clock(last_nak$clock)
    );
    top$engine$last_code last_code(
        .d(last_code$d),
        .q(last_code$q),
        .clock(last_code$clock)
    );
    top$engine$configured configured(
        .d(configured$d),
        .q(configured$q),
        .clock(configured$clock)
    );
    top$engine$len_ok_r len_ok_r(
        .d(len_ok_r$d),
        .q(len_ok_r$q),
        .clock(len_ok_r$clock)
    );
    top$engine$cfg_ok_r cfg_ok_r(
        .d(cfg_ok_r$d),
        .q(cfg_ok_r$q),
        .clock(cfg_ok_r$clock)
    );
    top$engine$wt_ok_r wt_ok_r(
        .d(wt_ok_r$d),
        .q(wt_ok_r$q),
        .clock(wt_ok_r$clock)
    );
    top$engine$pos_bad_r pos_bad_r(
        .d(pos_bad_r$d),
        .q(pos_bad_r$q),
        .clock(pos_bad_r$clock)
    );
    top$engine$dup_r dup_r(
        .d(dup_r$d),
        .q(dup_r$q),
        .clock(dup_r$clock)
    );
    top$engine$known_r known_r(
        .d(known_r$d),
        .q(known_r$q),
        .clock(known_r$clock)
    );
    top$engine$g_groups g_groups(
        .d(g_groups$d),
        .q(g_groups$q),
        .clock(g_groups$clock)
    );
    top$engine$g_c1 g_c1(
        .d(g_c1$d),
        .q(g_c1$q),
        .clock(g_c1$clock)
    );
    top$engine$g_c2 g_c2(
        .d(g_c2$d),
        .q(g_c2$q),
        .clock(g_c2$clock)
    );
    top$engine$hw hw(
        .d(hw$d),
        .q(hw$q),
        .clock(hw$clock)
    );
    top$engine$grid grid(
        .d(grid$d),
        .q(grid$q),
        .clock(grid$clock)
    );
    top$engine$rows rows(
        .d(rows$d),
        .q(rows$q),
        .clock(rows$clock)
    );
    top$engine$ch ch(
        .d(ch$d),
        .q(ch$q),
        .clock(ch$clock)
    );
    top$engine$pos pos(
        .d(pos$d),
        .q(pos$q),
        .clock(pos$clock)
    );
    top$engine$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$engine$lim lim(
        .d(lim$d),
        .q(lim$q),
        .clock(lim$clock)
    );
    top$engine$bitptr bitptr(
        .d(bitptr$d),
        .q(bitptr$q),
        .clock(bitptr$clock)
    );
    top$engine$bitcnt bitcnt(
        .d(bitcnt$d),
        .q(bitcnt$q),
        .clock(bitcnt$clock)
    );
    top$engine$sign_acc sign_acc(
        .d(sign_acc$d),
        .q(sign_acc$q),
        .clock(sign_acc$clock)
    );
    top$engine$nbits nbits(
        .d(nbits$d),
        .q(nbits$q),
        .clock(nbits$clock)
    );
    top$engine$frames frames(
        .d(frames$d),
        .q(frames$q),
        .clock(frames$clock)
    );
    top$engine$bad_frames bad_frames(
        .d(bad_frames$d),
        .q(bad_frames$q),
        .clock(bad_frames$clock)
    );
    top$engine$naks naks(
        .d(naks$d),
        .q(naks$q),
        .clock(naks$clock)
    );
    top$engine$dups dups(
        .d(dups$d),
        .q(dups$q),
        .clock(dups$clock)
    );
    top$engine$runs runs(
        .d(runs$d),
        .q(runs$q),
        .clock(runs$clock)
    );
    top$engine$len32 len32(
        .narrow(len32$narrow),
        .wide(len32$wide)
    );
    top$engine$rd160 rd160(
        .narrow(rd160$narrow),
        .wide(rd160$wide)
    );
    top$engine$rd32 rd32(
        .narrow(rd32$narrow),
        .wide(rd32$wide)
    );
    top$engine$sign_acc32 sign_acc32(
        .narrow(sign_acc32$narrow),
        .wide(sign_acc32$wide)
    );
    top$engine$nbits32 nbits32(
        .narrow(nbits32$narrow),
        .wide(nbits32$wide)
    );
    top$engine$last_code32 last_code32(
        .narrow(last_code32$narrow),
        .wide(last_code32$wide)
    );
    top$engine$kind32 kind32(
        .narrow(kind32$narrow),
        .wide(kind32$wide)
    );
    top$engine$code32 code32(
        .narrow(code32$narrow),
        .wide(code32$wide)
    );
    top$engine$off22 off22(
        .narrow(off22$narrow),
        .wide(off22$wide)
    );

    // Update code
    always @(*) begin
        state$clock = clock;
        hdr$clock = clock;
        ptr$clock = clock;
        word$clock = clock;
        nbyte$clock = clock;
        k$clock = clock;
        raddr$clock = clock;
        waddr$clock = clock;
        rbase$clock = clock;
        rem$clock = clock;
        r_kind$clock = clock;
        r_seq$clock = clock;
        r_len$clock = clock;
        nak_word$clock = clock;
        held$clock = clock;
        effect$clock = clock;
        dup$clock = clock;
        last_valid$clock = clock;
        last_kind$clock = clock;
        last_seq$clock = clock;
        last_nak$clock = clock;
        last_code$clock = clock;
        configured$clock = clock;
        len_ok_r$clock = clock;
        cfg_ok_r$clock = clock;
        wt_ok_r$clock = clock;
        pos_bad_r$clock = clock;
        dup_r$clock = clock;
        known_r$clock = clock;
        g_groups$clock = clock;
        g_c1$clock = clock;
        g_c2$clock = clock;
        hw$clock = clock;
        grid$clock = clock;
        rows$clock = clock;
        ch$clock = clock;
        pos$clock = clock;
        left$clock = clock;
        lim$clock = clock;
        bitptr$clock = clock;
        bitcnt$clock = clock;
        sign_acc$clock = clock;
        nbits$clock = clock;
        frames$clock = clock;
        bad_frames$clock = clock;
        naks$clock = clock;
        dups$clock = clock;
        runs$clock = clock;
        state$d = state$q;
        hdr$d = hdr$q;
        ptr$d = ptr$q;
        word$d = word$q;
        nbyte$d = nbyte$q;
        k$d = k$q;
        raddr$d = raddr$q;
        waddr$d = waddr$q;
        rbase$d = rbase$q;
        rem$d = rem$q;
        r_kind$d = r_kind$q;
        r_seq$d = r_seq$q;
        r_len$d = r_len$q;
        nak_word$d = nak_word$q;
        held$d = held$q;
        effect$d = effect$q;
        dup$d = dup$q;
        last_valid$d = last_valid$q;
        last_kind$d = last_kind$q;
        last_seq$d = last_seq$q;
        last_nak$d = last_nak$q;
        last_code$d = last_code$q;
        configured$d = configured$q;
        len_ok_r$d = len_ok_r$q;
        cfg_ok_r$d = cfg_ok_r$q;
        wt_ok_r$d = wt_ok_r$q;
        pos_bad_r$d = pos_bad_r$q;
        dup_r$d = dup_r$q;
        known_r$d = known_r$q;
        g_groups$d = g_groups$q;
        g_c1$d = g_c1$q;
        g_c2$d = g_c2$q;
        hw$d = hw$q;
        grid$d = grid$q;
        rows$d = rows$q;
        ch$d = ch$q;
        pos$d = pos$q;
        left$d = left$q;
        lim$d = lim$q;
        bitptr$d = bitptr$q;
        bitcnt$d = bitcnt$q;
        sign_acc$d = sign_acc$q;
        nbits$d = nbits$q;
        frames$d = frames$q;
        bad_frames$d = bad_frames$q;
        naks$d = naks$q;
        dups$d = dups$q;
        runs$d = runs$q;
        is_identify = kind == t_identify;
        is_reset = kind == t_reset;
        is_config = kind == t_config;
        is_weights = kind == t_weights;
        is_input = kind == t_input;
        refused_busy = chip_busy;
        if (is_input) begin
            refused_busy = chip_input_busy;
        end
        status_cfg = w_0;
        if (configured$q) begin
            status_cfg = w_4;
        end
        status_free = w_0;
        if (bus_rdata[32'h2]) begin
            status_free = w_8;
        end
        is_run = kind == t_run;
        is_status = kind == t_status;
        is_signs = kind == t_signs;
        is_sums = kind == t_sums;
        is_counters = kind == t_counters;
        known = is_identify | is_reset | is_config | is_weights | is_input | is_run | is_status | is_signs | is_sums | is_counters;
        has_effect = is_config | is_weights | is_input | is_run;
        is_dup = has_effect & last_valid$q & (kind == last_kind$q) & (seq == last_seq$q);
        len32$narrow = length;
        window = hdr$q[(32'h0)+:(8)];
        span_ch = hdr$q[(32'h0)+:(16)];
        span_pos = hdr$q[(32'h10)+:(16)];
        span_count = hdr$q[(32'h20)+:(16)];
        count32 = hdr$q[(32'h20)+:(32)] & w_ffff;
        if (is_sums) begin
            span_ch = hdr$q[(32'h8)+:(16)];
            span_pos = hdr$q[(32'h18)+:(16)];
            span_count = hdr$q[(32'h28)+:(16)];
        end
        window_bad = window > b8_1;
        input_len = (((count32 << w_lane_shift) + w_7) >> w_3) + w_6;
        len_ok = 1'b0;
        if (is_identify | is_reset | is_run | is_status | is_counters) begin
            len_ok = length == len_0;
        end
        if (is_config) begin
            len_ok = length == len_config;
        end
        if (is_weights) begin
            len_ok = (length >= len_6) & ~length[32'h0];
        end
        if (is_input) begin
            len_ok = (length >= len_6) & |span_count & (len32$wide == input_len);
        end
        if (is_signs) begin
            len_ok = (length == len_6) & |span_count & (span_count <= max_signs);
        end
        if (is_sums) begin
            len_ok = (length == len_7) & (window_bad | (|span_count & (span_count <= max_sums)));
        end
        cfg_c0 = hdr$q[(32'h0)+:(16)] & b16_ff;
        cfg_c1 = hdr$q[(32'h8)+:(16)] & b16_ff;
        cfg_c2 = hdr$q[(32'h10)+:(16)] & b16_ff;
        cfg_h = hdr$q[(32'h20)+:(16)] & b16_ff;
        cfg_w = hdr$q[(32'h28)+:(16)] & b16_ff;
        cfg_k1 = hdr$q[(32'h30)+:(16)] & b16_ff;
        cfg_k2 = hdr$q[(32'h38)+:(16)] & b16_ff;
        cfg_delta = hdr$q[(32'h60)+:(32)];
        cfg_sweeps = hdr$q[(32'h80)+:(32)];
        cfg_ok = |cfg_c0 & (cfg_c0 <= max_c0) & |cfg_c1 & (cfg_c1 <= max_c1) & |cfg_c2 & (cfg_c2 <= max_c2) & |cfg_h & (cfg_h <= max_h) & |cfg_w & (cfg_w <= max_w) & cfg_k1[32'h0] & (cfg_k1 <= max_kernel) & cfg_k2[32'h0] & (cfg_k2 <= max_kernel) & |cfg_delta & (cfg_delta <= w_delta_one) & |cfg_sweeps & (cfg_sweeps <= w_max_sweeps) & ~|hdr$q[(32'h18)+:(8)];
        wt_addr = hdr$q[(32'h10)+:(32)] & w_ffff;
        wt_words = (len32$wide - w_4) >> w_1;
        wt_ok = (span_ch < lanes16) & ((wt_addr + wt_words) <= w_bank_words);
        signs_len = span_count[(32'h3)+:(11)];
        if (|span_count[(32'h0)+:(3)]) begin
            signs_len = span_count[(32'h3)+:(11)] + len_1;
        end
        sums_len = span_count[(32'h0)+:(11)] << len_2;
        bit_byte = bitptr$q[(32'h3)+:(10)] + addr_6;
        pos_inc = pos$q + b16_1;
        wrap = pos_inc == hw$q;
        off16 = (ch$q << b16_8) | pos$q;
        off22$narrow = off16;
        is_nak = r_kind$q == t_nak;
        counter = runs$q;
        if (k$q == k3_2) begin
            counter = frames$q;
        end
        if (k$q == k3_3) begin
            counter = bad_frames$q;
        end
        if (k$q == k3_4) begin
            counter = naks$q;
        end
        if (k$q == k3_5) begin
            counter = dups$q;
        end
        sign_acc32$narrow = sign_acc$q;
        nbits32$narrow = nbits$q;
        sign_next = sign_acc32$wide;
        if (bus_rdata[32'h0]) begin
            sign_next = sign_acc32$wide | (w_1 << nbits32$wide);
        end
        weight = word$q >> w_16;
        if (word$q[32'h1f]) begin
            weight = (word$q >> w_16) | w_sign_fill;
        end
        rd32$narrow = rd_data;
        last_code32$narrow = last_code$q;
        rd160$narrow = rd_data;
        kind32$narrow = kind;
        code32$narrow = bad_code;
        refusal = w_0;
        rd_addr = ptr$q[(32'h0)+:(10)];
        frame_done = 1'b0;
        accept = state$q == st_idle;
        w_start = 1'b0;
        w_kind = r_kind$q;
        w_seq = r_seq$q;
        w_len = r_len$q;
        w_data = word$q[(32'h0)+:(8)];
        w_valid = 1'b0;
        bus_addr = raddr$q;
        bus_wr = 1'b0;
        bus_wdata = word$q;
        bus_rd = 1'b0;
        if (state$q == st_idle) begin
            r_seq$d = seq;
            held$d = 1'b0;
            effect$d = 1'b0;
            dup$d = 1'b0;
            ptr$d = len_0;
            if (bad) begin
                bad_frames$d = bad_frames$q + w_1;
                refusal = code32$wide;
                state$d = st_reply;
            end
            else if (frame_valid) begin
                frames$d = frames$q + w_1;
                held$d = 1'b1;
                r_kind$d = kind | t_ack;
                r_len$d = len_0;
                state$d = st_fetch;
            end
        end
        else if (state$q == st_fetch) begin
            ptr$d = ptr$q + len_1;
            if (|ptr$q) begin
                hdr$d = (hdr$q >> w_8) | (rd160$wide << hdr_top);
            end
            if (ptr$q == hdr_last) begin
                state$d = st_check;
            end
        end
        else if (state$q == st_check) begin
            len_ok_r$d = len_ok;
            cfg_ok_r$d = cfg_ok;
            wt_ok_r$d = wt_ok;
            pos_bad_r$d = span_pos >= hw$q;
            dup_r$d = is_dup;
            known_r$d = known;
            state$d = st_decide;
        end
        else if (state$q == st_decide) begin
            effect$d = has_effect;
            state$d = st_reply;
            if (is_reset) begin
                last_valid$d = 1'b0;
            end
            if (dup_r$q) begin
                dup$d = 1'b1;
                dups$d = dups$q + w_1;
                if (last_nak$q) begin
                    refusal = last_code32$wide;
                end
            end
            else if (~known_r$q) begin
                refusal = nak_unknown;
            end
            else if (~len_ok_r$q) begin
                refusal = nak_length;
            end
            else if (is_sums & window_bad) begin
                refusal = nak_range;
            end
            else if (is_config | is_weights) begin
                if (chip_busy) begin
                    refusal = nak_busy;
                end
                else if (is_config & ~cfg_ok_r$q) begin
                    refusal = nak_config;
                end
                else if (is_weights & ~wt_ok_r$q) begin
                    refusal = nak_range;
                end
                else begin
                    nbyte$d = n2_3;
                    word$d = w_0;
                    ptr$d = len_0;
                    waddr$d = a_geometry0;
                    grid$d = b16_0;
                    rows$d = cfg_h;
                    if (is_weights) begin
                        nbyte$d = n2_1;
                        ptr$d = len_4;
                        waddr$d = a_coupling + ((hdr$q[(32'h0)+:(22)] & a_ffff) << a_bank_shift) + (hdr$q[(32'h10)+:(22)] & a_ffff);
                    end
                    state$d = st_word_addr;
                end
            end
            else if (is_input | is_run | is_signs | is_sums) begin
                ch$d = span_ch;
                pos$d = span_pos;
                left$d = span_count;
                lim$d = g_c2$q;
                rbase$d = a_output_sign;
                if (is_input) begin
                    lim$d = g_groups$q;
                end
                if (is_sums) begin
                    rbase$d = a_output_sum;
                    if (|window) begin
                        rbase$d = a_hidden_sum;
                        lim$d = g_c1$q;
                    end
                end
                if (~configured$q) begin
                    refusal = nak_unconfigured;
                end
                else if (refused_busy) begin
                    refusal = nak_busy;
                end
                else if (is_run) begin
                    bus_addr = a_control;
                    bus_wdata = w_1;
                    bus_wr = 1'b1;
                    runs$d = runs$q + w_1;
                end
                else if (pos_bad_r$q) begin
                    refusal = nak_range;
                end
                else begin
                    state$d = st_walk;
                end
            end
            else if (is_reset) begin
                configured$d = 1'b0;
            end
            else if (is_identify) begin
                r_len$d = len_identify;
                raddr$d = a_id;
            end
            else if (is_status) begin
                r_len$d = len_4;
                raddr$d = a_status;
            end
            else begin
                r_len$d = len_counters;
                raddr$d = a_cycles_lo;
            end
        end
        else if (state$q == st_walk) begin
            if (ch$q >= lim$q) begin
                refusal = nak_range;
                state$d = st_reply;
            end
            else if (left$q == b16_1) begin
                ch$d = span_ch;
                pos$d = span_pos;
                left$d = span_count;
                state$d = st_reply;
                if (is_input) begin
                    bitptr$d = b16_0;
                    bitcnt$d = bits_0;
                    word$d = w_0;
                    state$d = st_bit_addr;
                end
                if (is_signs) begin
                    r_len$d = signs_len;
                end
                if (is_sums) begin
                    r_len$d = sums_len;
                end
            end
            else begin
                left$d = left$q - b16_1;
                pos$d = pos_inc;
                if (wrap) begin
                    pos$d = b16_0;
                    ch$d = ch$q + b16_1;
                end
            end
        end
        else if (state$q == st_word_addr) begin
            state$d = st_word_data;
        end
        else if (state$q == st_word_data) begin
            word$d = (word$q >> w_8) | (rd32$wide << w_24);
            ptr$d = ptr$q + len_1;
            nbyte$d = nbyte$q - n2_1;
            state$d = st_word_addr;
            if (~|nbyte$q) begin
                state$d = st_word_write;
            end
        end
        else if (state$q == st_word_write) begin
            bus_addr = waddr$q;
            bus_wr = 1'b1;
            waddr$d = waddr$q + a_1;
            nbyte$d = n2_3;
            if (is_weights) begin
                bus_wdata = weight;
                nbyte$d = n2_1;
            end
            if (is_config & (waddr$q == a_burn_in)) begin
                waddr$d = a_layout;
            end
            if (is_config & (waddr$q == a_layout_last)) begin
                waddr$d = a_seed;
            end
            state$d = st_word_addr;
            if (ptr$q == length) begin
                state$d = st_reply;
                if (is_config) begin
                    state$d = st_grid;
                end
            end
        end
        else if (state$q == st_grid) begin
            if (|rows$q) begin
                grid$d = grid$q + cfg_w;
                rows$d = rows$q - b16_1;
            end
            else begin
                configured$d = 1'b1;
                hw$d = grid$q;
                g_groups$d = (cfg_c0 + lanes_m1_16) >> lane_shift16;
                g_c1$d = cfg_c1;
                g_c2$d = cfg_c2;
                state$d = st_reply;
            end
        end
        else if (state$q == st_bit_addr) begin
            rd_addr = bit_byte;
            state$d = st_bit_data;
        end
        else if (state$q == st_bit_data) begin
            word$d = word$q >> w_1;
            if (rd_data[bitptr$q[(32'h0)+:(3)]]) begin
                word$d = (word$q >> w_1) | w_top_lane;
            end
            bitptr$d = bitptr$q + b16_1;
            bitcnt$d = bitcnt$q + bits_1;
            state$d = st_bit_addr;
            if (bitcnt$q == bits_last) begin
                state$d = st_bit_write;
            end
        end
        else if (state$q == st_bit_write) begin
            bus_addr = a_input | off22$wide;
            bus_wr = 1'b1;
            word$d = w_0;
            bitcnt$d = bits_0;
            left$d = left$q - b16_1;
            pos$d = pos_inc;
            if (wrap) begin
                pos$d = b16_0;
                ch$d = ch$q + b16_1;
            end
            state$d = st_bit_addr;
            if (left$q == b16_1) begin
                state$d = st_reply;
            end
        end
        else if (state$q == st_reply) begin
            w_start = ~w_busy;
            if (~w_busy) begin
                if (held$q & effect$q & ~dup$q) begin
                    last_valid$d = 1'b1;
                    last_kind$d = kind;
                    last_seq$d = seq;
                    last_nak$d = is_nak;
                    last_code$d = nak_word$q[(32'h0)+:(8)];
                end
                if (is_nak & ~dup$q) begin
                    naks$d = naks$q + w_1;
                end
                rem$d = r_len$q;
                nbyte$d = n2_3;
                k$d = k_0;
                sign_acc$d = b8_0;
                nbits$d = n3_0;
                state$d = st_finish;
                if (|r_len$q) begin
                    state$d = st_emit_fetch;
                end
            end
        end
        else if (state$q == st_emit_fetch) begin
            k$d = k$q + k_1;
            state$d = st_emit_wait;
            if (is_nak) begin
                word$d = nak_word$q;
                state$d = st_emit;
            end
            else if (is_identify & ~|k$q) begin
                word$d = w_identify0;
                state$d = st_emit;
            end
            else if (is_counters & (k$q >= k3_2)) begin
                word$d = counter;
                state$d = st_emit;
            end
            else begin
                bus_rd = 1'b1;
                if (is_signs | is_sums) begin
                    bus_addr = rbase$q | off22$wide;
                end
                else begin
                    raddr$d = raddr$q + a_1;
                end
            end
        end
        else if (state$q == st_emit_wait) begin
            if (bus_rvalid) begin
                word$d = bus_rdata;
                state$d = st_emit;
                if (is_status) begin
                    word$d = (bus_rdata & w_3) | status_cfg | status_free;
                end
                if (is_signs | is_sums) begin
                    left$d = left$q - b16_1;
                    pos$d = pos_inc;
                    if (wrap) begin
                        pos$d = b16_0;
                        ch$d = ch$q + b16_1;
                    end
                end
                if (is_signs) begin
                    word$d = sign_next;
                    sign_acc$d = b8_0;
                    nbits$d = n3_0;
                    if ((nbits$q != n3_7) & (left$q != b16_1)) begin
                        sign_acc$d = sign_next[(32'h0)+:(8)];
                        nbits$d = nbits$q + n3_1;
                        state$d = st_emit_fetch;
                    end
                end
            end
        end
        else if (state$q == st_emit) begin
            w_valid = 1'b1;
            if (w_ready) begin
                word$d = word$q >> w_8;
                rem$d = rem$q - len_1;
                nbyte$d = nbyte$q - n2_1;
                if (rem$q == len_1) begin
                    state$d = st_finish;
                end
                else if ((is_signs & ~is_nak) | ~|nbyte$q) begin
                    nbyte$d = n2_3;
                    state$d = st_emit_fetch;
                end
            end
        end
        else if (~w_busy) begin
            frame_done = held$q;
            state$d = st_idle;
        end
        if (|refusal) begin
            r_kind$d = t_nak;
            r_len$d = len_2;
            nak_word$d = refusal | (kind32$wide << w_8);
        end
    end

endmodule // top$engine


module top$engine$bad_frames(d,q,clock);

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

endmodule // top$engine$bad_frames


module top$engine$bitcnt(d,q,clock);

    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 6'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$engine$bitcnt


module top$engine$bitptr(d,q,clock);

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

endmodule // top$engine$bitptr


module top$engine$cfg_ok_r(d,q,clock);

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

endmodule // top$engine$cfg_ok_r


module top$engine$ch(d,q,clock);

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

endmodule // top$engine$ch


module top$engine$code32(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{28{1'b0}}, narrow};
endmodule // top$engine$code32


module top$engine$configured(d,q,clock);

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

endmodule // top$engine$configured


module top$engine$dup(d,q,clock);

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

endmodule // top$engine$dup


module top$engine$dup_r(d,q,clock);

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

endmodule // top$engine$dup_r


module top$engine$dups(d,q,clock);

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

endmodule // top$engine$dups


module top$engine$effect(d,q,clock);

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

endmodule // top$engine$effect


module top$engine$frames(d,q,clock);

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

endmodule // top$engine$frames


module top$engine$g_c1(d,q,clock);

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

endmodule // top$engine$g_c1


module top$engine$g_c2(d,q,clock);

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

endmodule // top$engine$g_c2


module top$engine$g_groups(d,q,clock);

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

endmodule // top$engine$g_groups


module top$engine$grid(d,q,clock);

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

endmodule // top$engine$grid


module top$engine$hdr(d,q,clock);

    // Module arguments
    input wire  [159:0] d;
    output reg  [159:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 160'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$engine$hdr


module top$engine$held(d,q,clock);

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

endmodule // top$engine$held


module top$engine$hw(d,q,clock);

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

endmodule // top$engine$hw


module top$engine$k(d,q,clock);

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

endmodule // top$engine$k


module top$engine$kind32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$engine$kind32


module top$engine$known_r(d,q,clock);

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

endmodule // top$engine$known_r


module top$engine$last_code(d,q,clock);

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

endmodule // top$engine$last_code


module top$engine$last_code32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$engine$last_code32


module top$engine$last_kind(d,q,clock);

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

endmodule // top$engine$last_kind


module top$engine$last_nak(d,q,clock);

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

endmodule // top$engine$last_nak


module top$engine$last_seq(d,q,clock);

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

endmodule // top$engine$last_seq


module top$engine$last_valid(d,q,clock);

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

endmodule // top$engine$last_valid


module top$engine$left(d,q,clock);

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

endmodule // top$engine$left


module top$engine$len32(narrow,wide);

    // Module arguments
    input wire  [10:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{21{1'b0}}, narrow};
endmodule // top$engine$len32


module top$engine$len_ok_r(d,q,clock);

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

endmodule // top$engine$len_ok_r


module top$engine$lim(d,q,clock);

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

endmodule // top$engine$lim


module top$engine$nak_word(d,q,clock);

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

endmodule // top$engine$nak_word


module top$engine$naks(d,q,clock);

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

endmodule // top$engine$naks


module top$engine$nbits(d,q,clock);

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

endmodule // top$engine$nbits


module top$engine$nbits32(narrow,wide);

    // Module arguments
    input wire  [2:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{29{1'b0}}, narrow};
endmodule // top$engine$nbits32


module top$engine$nbyte(d,q,clock);

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

endmodule // top$engine$nbyte


module top$engine$off22(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [21:0] wide;

    // Update code (custom)
    always @(*) wide = {{6{1'b0}}, narrow};
endmodule // top$engine$off22


module top$engine$pos(d,q,clock);

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

endmodule // top$engine$pos


module top$engine$pos_bad_r(d,q,clock);

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

endmodule // top$engine$pos_bad_r


module top$engine$ptr(d,q,clock);

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

endmodule // top$engine$ptr


module top$engine$r_kind(d,q,clock);

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

endmodule // top$engine$r_kind


module top$engine$r_len(d,q,clock);

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

endmodule // top$engine$r_len


module top$engine$r_seq(d,q,clock);

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

endmodule // top$engine$r_seq


module top$engine$raddr(d,q,clock);

    // Module arguments
    input wire  [21:0] d;
    output reg  [21:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 22'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$engine$raddr


module top$engine$rbase(d,q,clock);

    // Module arguments
    input wire  [21:0] d;
    output reg  [21:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 22'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$engine$rbase


module top$engine$rd160(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [159:0] wide;

    // Update code (custom)
    always @(*) wide = {{152{1'b0}}, narrow};
endmodule // top$engine$rd160


module top$engine$rd32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$engine$rd32


module top$engine$rem(d,q,clock);

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

endmodule // top$engine$rem


module top$engine$rows(d,q,clock);

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

endmodule // top$engine$rows


module top$engine$runs(d,q,clock);

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

endmodule // top$engine$runs


module top$engine$sign_acc(d,q,clock);

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

endmodule // top$engine$sign_acc


module top$engine$sign_acc32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$engine$sign_acc32


module top$engine$state(d,q,clock);

    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 5'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$engine$state


module top$engine$waddr(d,q,clock);

    // Module arguments
    input wire  [21:0] d;
    output reg  [21:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 22'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$engine$waddr


module top$engine$word(d,q,clock);

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

endmodule // top$engine$word


module top$engine$wt_ok_r(d,q,clock);

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

endmodule // top$engine$wt_ok_r


module top$parser(clock,in_data,in_valid,in_ready,abandon,frame_valid,kind,seq,length,rd_addr,rd_data,frame_done,bad,bad_code);

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
    top$parser$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$parser$kind_r kind_r(
        .d(kind_r$d),
        .q(kind_r$q),
        .clock(kind_r$clock)
    );
    top$parser$seq_r seq_r(
        .d(seq_r$d),
        .q(seq_r$q),
        .clock(seq_r$clock)
    );
    top$parser$len_lo len_lo(
        .d(len_lo$d),
        .q(len_lo$q),
        .clock(len_lo$clock)
    );
    top$parser$len_r len_r(
        .d(len_r$d),
        .q(len_r$q),
        .clock(len_r$clock)
    );
    top$parser$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$parser$crc_x crc_x(
        .d(crc_x$d),
        .q(crc_x$q),
        .clock(crc_x$clock)
    );
    top$parser$crc_rx crc_rx(
        .d(crc_rx$d),
        .q(crc_rx$q),
        .clock(crc_rx$clock)
    );
    top$parser$bad_r bad_r(
        .d(bad_r$d),
        .q(bad_r$q),
        .clock(bad_r$clock)
    );
    top$parser$bad_code_r bad_code_r(
        .d(bad_code_r$d),
        .q(bad_code_r$q),
        .clock(bad_code_r$clock)
    );
    top$parser$buffer buffer(
        .clock(buffer$clock),
        .read_address(buffer$read_address),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    top$parser$crc crc(
        .crc_in(crc$crc_in),
        .data_in(crc$data_in),
        .crc_out(crc$crc_out)
    );
    top$parser$ext_in11 ext_in11(
        .narrow(ext_in11$narrow),
        .wide(ext_in11$wide)
    );
    top$parser$ext_lo11 ext_lo11(
        .narrow(ext_lo11$narrow),
        .wide(ext_lo11$wide)
    );
    top$parser$ext_in32 ext_in32(
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

endmodule // top$parser


module top$parser$bad_code_r(d,q,clock);

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

endmodule // top$parser$bad_code_r


module top$parser$bad_r(d,q,clock);

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

endmodule // top$parser$bad_r


module top$parser$buffer(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // top$parser$buffer


module top$parser$count(d,q,clock);

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

endmodule // top$parser$count


module top$parser$crc(crc_in,data_in,crc_out);

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
endmodule // top$parser$crc


module top$parser$crc_rx(d,q,clock);

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

endmodule // top$parser$crc_rx


module top$parser$crc_x(d,q,clock);

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

endmodule // top$parser$crc_x


module top$parser$ext_in11(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [10:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$parser$ext_in11


module top$parser$ext_in32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$parser$ext_in32


module top$parser$ext_lo11(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [10:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$parser$ext_lo11


module top$parser$kind_r(d,q,clock);

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

endmodule // top$parser$kind_r


module top$parser$len_lo(d,q,clock);

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

endmodule // top$parser$len_lo


module top$parser$len_r(d,q,clock);

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

endmodule // top$parser$len_r


module top$parser$seq_r(d,q,clock);

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

endmodule // top$parser$seq_r


module top$parser$state(d,q,clock);

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

endmodule // top$parser$state


module top$writer(clock,start,kind,seq,length,payload_data,payload_valid,payload_ready,out_data,out_valid,out_ready,busy);

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
    top$writer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$writer$kind_r kind_r(
        .d(kind_r$d),
        .q(kind_r$q),
        .clock(kind_r$clock)
    );
    top$writer$seq_r seq_r(
        .d(seq_r$d),
        .q(seq_r$q),
        .clock(seq_r$clock)
    );
    top$writer$len_r len_r(
        .d(len_r$d),
        .q(len_r$q),
        .clock(len_r$clock)
    );
    top$writer$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$writer$crc_x crc_x(
        .d(crc_x$d),
        .q(crc_x$q),
        .clock(crc_x$clock)
    );
    top$writer$crc crc(
        .crc_in(crc$crc_in),
        .data_in(crc$data_in),
        .crc_out(crc$crc_out)
    );
    top$writer$len_hi len_hi(
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

endmodule // top$writer


module top$writer$crc(crc_in,data_in,crc_out);

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
endmodule // top$writer$crc


module top$writer$crc_x(d,q,clock);

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

endmodule // top$writer$crc_x


module top$writer$kind_r(d,q,clock);

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

endmodule // top$writer$kind_r


module top$writer$left(d,q,clock);

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

endmodule // top$writer$left


module top$writer$len_hi(narrow,wide);

    // Module arguments
    input wire  [2:0] narrow;
    output reg  [7:0] wide;

    // Update code (custom)
    always @(*) wide = {{5{1'b0}}, narrow};
endmodule // top$writer$len_hi


module top$writer$len_r(d,q,clock);

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

endmodule // top$writer$len_r


module top$writer$seq_r(d,q,clock);

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

endmodule // top$writer$seq_r


module top$writer$state(d,q,clock);

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

endmodule // top$writer$state
