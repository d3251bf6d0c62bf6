// board_ice40.v: generated from hdl/src/boards/board.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/board_ice40.v

module top(clock,uart_rx,uart_tx,led_busy,led_error);

    // Module arguments
    input wire  clock;
    input wire  uart_rx;
    output reg  uart_tx;
    output reg  led_busy;
    output reg  led_error;

    // Constant declarations
    localparam  idle_limit = 24'hbb80;
    localparam  one = 24'h1;

    // Stub signals
    reg  receiver$clock;
    reg  receiver$rx;
    wire  [7:0] receiver$data;
    wire  receiver$valid;
    wire  receiver$framing_error;
    reg  link$clock;
    reg  [7:0] link$in_data;
    reg  link$in_valid;
    wire  link$in_ready;
    reg  link$abandon;
    wire  [7:0] link$out_data;
    wire  link$out_valid;
    reg  link$out_ready;
    wire  [21:0] link$bus_addr;
    wire  link$bus_wr;
    wire  [31:0] link$bus_wdata;
    wire  link$bus_rd;
    reg  [31:0] link$bus_rdata;
    reg  link$bus_rvalid;
    reg  link$chip_busy;
    reg  link$chip_input_busy;
    wire  link$bad_frame;
    wire  link$good_frame;
    reg  transmitter$clock;
    reg  [7:0] transmitter$data;
    reg  transmitter$valid;
    wire  transmitter$ready;
    wire  transmitter$tx;
    reg  chip$clock;
    reg  [21:0] chip$bus_addr;
    reg  chip$bus_wr;
    reg  [31:0] chip$bus_wdata;
    reg  chip$bus_rd;
    wire  [31:0] chip$bus_rdata;
    wire  chip$bus_rvalid;
    wire  chip$busy;
    wire  chip$done;
    wire  chip$input_busy;
    wire  chip$mon_wr;
    wire  chip$mon_layer;
    wire  chip$mon_clamp;
    wire  [15:0] chip$mon_sweep;
    wire  [7:0] chip$mon_group;
    wire  [7:0] chip$mon_pos;
    wire  [3:0] chip$mon_mask;
    wire  [3:0] chip$mon_spins;
    reg  [23:0] idle$d;
    wire  [23:0] idle$q;
    reg  idle$clock;
    reg  error$d;
    wire  error$q;
    reg  error$clock;
    reg  [21:0] bus_addr$d;
    wire  [21:0] bus_addr$q;
    reg  bus_addr$clock;
    reg  bus_wr$d;
    wire  bus_wr$q;
    reg  bus_wr$clock;
    reg  [31:0] bus_wdata$d;
    wire  [31:0] bus_wdata$q;
    reg  bus_wdata$clock;
    reg  bus_rd$d;
    wire  bus_rd$q;
    reg  bus_rd$clock;

    // Sub module instances
    top$receiver receiver(
        .clock(receiver$clock),
        .rx(receiver$rx),
        .data(receiver$data),
        .valid(receiver$valid),
        .framing_error(receiver$framing_error)
    );
    top$link link(
        .clock(link$clock),
        .in_data(link$in_data),
        .in_valid(link$in_valid),
        .in_ready(link$in_ready),
        .abandon(link$abandon),
        .out_data(link$out_data),
        .out_valid(link$out_valid),
        .out_ready(link$out_ready),
        .bus_addr(link$bus_addr),
        .bus_wr(link$bus_wr),
        .bus_wdata(link$bus_wdata),
        .bus_rd(link$bus_rd),
        .bus_rdata(link$bus_rdata),
        .bus_rvalid(link$bus_rvalid),
        .chip_busy(link$chip_busy),
        .chip_input_busy(link$chip_input_busy),
        .bad_frame(link$bad_frame),
        .good_frame(link$good_frame)
    );
    top$transmitter transmitter(
        .clock(transmitter$clock),
        .data(transmitter$data),
        .valid(transmitter$valid),
        .ready(transmitter$ready),
        .tx(transmitter$tx)
    );
    top$chip chip(
        .clock(chip$clock),
        .bus_addr(chip$bus_addr),
        .bus_wr(chip$bus_wr),
        .bus_wdata(chip$bus_wdata),
        .bus_rd(chip$bus_rd),
        .bus_rdata(chip$bus_rdata),
        .bus_rvalid(chip$bus_rvalid),
        .busy(chip$busy),
        .done(chip$done),
        .input_busy(chip$input_busy),
        .mon_wr(chip$mon_wr),
        .mon_layer(chip$mon_layer),
        .mon_clamp(chip$mon_clamp),
        .mon_sweep(chip$mon_sweep),
        .mon_group(chip$mon_group),
        .mon_pos(chip$mon_pos),
        .mon_mask(chip$mon_mask),
        .mon_spins(chip$mon_spins)
    );
    top$idle idle(
        .d(idle$d),
        .q(idle$q),
        .clock(idle$clock)
    );
    top$error error(
        .d(error$d),
        .q(error$q),
        .clock(error$clock)
    );
    top$bus_addr bus_addr(
        .d(bus_addr$d),
        .q(bus_addr$q),
        .clock(bus_addr$clock)
    );
    top$bus_wr bus_wr(
        .d(bus_wr$d),
        .q(bus_wr$q),
        .clock(bus_wr$clock)
    );
    top$bus_wdata bus_wdata(
        .d(bus_wdata$d),
        .q(bus_wdata$q),
        .clock(bus_wdata$clock)
    );
    top$bus_rd bus_rd(
        .d(bus_rd$d),
        .q(bus_rd$q),
        .clock(bus_rd$clock)
    );

    // Update code
    always @(*) begin
        idle$clock = clock;
        error$clock = clock;
        bus_addr$clock = clock;
        bus_wr$clock = clock;
        bus_wdata$clock = clock;
        bus_rd$clock = clock;
        idle$d = idle$q;
        error$d = error$q;
        bus_addr$d = bus_addr$q;
        bus_wr$d = bus_wr$q;
        bus_wdata$d = bus_wdata$q;
        bus_rd$d = bus_rd$q;
        receiver$clock = clock;
        link$clock = clock;
        transmitter$clock = clock;
        chip$clock = clock;
        receiver$rx = uart_rx;
        link$in_data = receiver$data;
        link$in_valid = receiver$valid;
        transmitter$data = link$out_data;
        transmitter$valid = link$out_valid;
        link$out_ready = transmitter$ready;
        uart_tx = transmitter$tx;
        bus_addr$d = link$bus_addr;
        bus_wr$d = link$bus_wr;
        bus_wdata$d = link$bus_wdata;
        bus_rd$d = link$bus_rd;
        chip$bus_addr = bus_addr$q;
        chip$bus_wr = bus_wr$q;
        chip$bus_wdata = bus_wdata$q;
        chip$bus_rd = bus_rd$q;
        link$bus_rdata = chip$bus_rdata;
        link$bus_rvalid = chip$bus_rvalid;
        link$chip_busy = chip$busy;
        link$chip_input_busy = chip$input_busy;
        link$abandon = (idle$q + one == idle_limit) & ~receiver$valid;
        if (idle$q != idle_limit) begin
            idle$d = idle$q + one;
        end
        if (receiver$valid) begin
            idle$d = one ^ one;
        end
        if (link$bad_frame | receiver$framing_error) begin
            error$d = 1'b1;
        end
        if (link$good_frame) begin
            error$d = 1'b0;
        end
        led_busy = chip$busy;
        led_error = error$q;
    end

endmodule // top


module top$bus_addr(d,q,clock);

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

endmodule // top$bus_addr


module top$bus_rd(d,q,clock);

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

endmodule // top$bus_rd


module top$bus_wdata(d,q,clock);

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

endmodule // top$bus_wdata


module top$bus_wr(d,q,clock);

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

endmodule // top$bus_wr


module top$chip(clock,bus_addr,bus_wr,bus_wdata,bus_rd,bus_rdata,bus_rvalid,busy,done,input_busy,mon_wr,mon_layer,mon_clamp,mon_sweep,mon_group,mon_pos,mon_mask,mon_spins);

    // Module arguments
    input wire  clock;
    input wire  [21:0] bus_addr;
    input wire  bus_wr;
    input wire  [31:0] bus_wdata;
    input wire  bus_rd;
    output reg  [31:0] bus_rdata;
    output reg  bus_rvalid;
    output reg  busy;
    output reg  done;
    output reg  input_busy;
    output reg  mon_wr;
    output reg  mon_layer;
    output reg  mon_clamp;
    output reg  [15:0] mon_sweep;
    output reg  [7:0] mon_group;
    output reg  [7:0] mon_pos;
    output reg  [3:0] mon_mask;
    output reg  [3:0] mon_spins;

    // Constant declarations
    localparam  lane_bit$0 = 4'h1;
    localparam  lane_bit$1 = 4'h2;
    localparam  lane_bit$2 = 4'h4;
    localparam  lane_bit$3 = 4'h8;
    localparam  goff_shift$0 = 13'b0;
    localparam  goff_shift$1 = 13'b1;
    localparam  goff_shift$2 = 13'b10;
    localparam  goff_shift$3 = 13'b11;
    localparam  lane_id$0 = 7'b0;
    localparam  lane_id$1 = 7'b1;
    localparam  lane_id$2 = 7'b10;
    localparam  lane_id$3 = 7'b11;
    localparam  lane_mask_c = 7'b11;
    localparam  lane_shift_c = 7'b10;
    localparam  pos_shift_c = 15'b110;
    localparam  out_sums_c = 15'b100000000;
    localparam  zero_p_c = 4'h0;
    localparam  zero_ch_c = 7'b0;
    localparam  zero_tap_c = 4'h0;
    localparam  zero_addr_c = 13'b0;
    localparam  one_addr_c = 13'b1;
    localparam  zero_word_c = 32'h0;
    localparam  one_word_c = 32'h1;
    localparam  two_word_c = 32'h2;
    localparam  five_word_c = 32'h5;
    localparam  zero_sum_c = 17'b0;
    localparam  delta_one_c = 16'h8000;
    localparam signed zero_offset_c = 16'h0;
    localparam  last_drain_c = 3'b110;
    localparam  zero_drain_c = 3'b0;
    localparam  ph_ch_c = 2'b0;
    localparam  ph_co_c = 2'b1;
    localparam  ph_h_c = 2'b10;
    localparam  ph_o_c = 2'b11;
    localparam  kind_acc_c = 2'b0;
    localparam  kind_border_c = 2'b1;
    localparam  kind_drain_c = 2'b10;
    localparam  zero_page_c = 14'b0;
    localparam  seed_page_c = 14'b1;
    localparam  input_win_c = 3'b1;
    localparam  coupling_win_c = 2'b1;
    localparam  out_sum_win_c = 3'b100;
    localparam  hid_sum_win_c = 3'b101;
    localparam  sign_win_c = 3'b110;
    localparam  shift32_c = 6'b100000;
    localparam  id_c = 32'h54424c4b;
    localparam  version_c = 32'h1;
    localparam  config0_c = 32'h8100804;
    localparam  config1_c = 32'h8030808;
    localparam  config2_c = 32'hffff;
    localparam  a_id = 8'h0;
    localparam  a_version = 8'h1;
    localparam  a_config0 = 8'h2;
    localparam  a_config1 = 8'h3;
    localparam  a_config2 = 8'h4;
    localparam  a_control = 8'h10;
    localparam  a_status = 8'h11;
    localparam  a_geometry0 = 8'h20;
    localparam  a_geometry1 = 8'h21;
    localparam  a_shifts = 8'h22;
    localparam  a_delta = 8'h23;
    localparam  a_sweeps = 8'h24;
    localparam  a_burn_in = 8'h25;
    localparam  a_cycles_lo = 8'h30;
    localparam  a_cycles_hi = 8'h31;
    localparam  a_layout$0 = 8'h40;
    localparam  a_layout$1 = 8'h41;
    localparam  a_layout$2 = 8'h42;
    localparam  a_layout$3 = 8'h43;
    localparam  a_layout$4 = 8'h44;
    localparam  a_layout$5 = 8'h45;
    localparam  a_layout$6 = 8'h46;
    localparam  a_layout$7 = 8'h47;
    localparam  a_layout$8 = 8'h48;
    localparam  a_layout$9 = 8'h49;

    // Stub signals
    reg  ctrl$clock;
    reg  ctrl$start;
    reg  [6:0] ctrl$c0;
    reg  [6:0] ctrl$c1;
    reg  [6:0] ctrl$c2;
    reg  [4:0] ctrl$h;
    reg  [4:0] ctrl$w;
    reg  [1:0] ctrl$k1;
    reg  [1:0] ctrl$k2;
    reg  [15:0] ctrl$sweeps;
    wire  ctrl$busy;
    wire  ctrl$done;
    wire  [1:0] ctrl$phase;
    wire  [7:0] ctrl$pos;
    wire  [3:0] ctrl$group;
    wire  [15:0] ctrl$sweep;
    wire  [1:0] ctrl$kind;
    wire  [2:0] ctrl$drain_cycle;
    wire  [6:0] ctrl$channel;
    wire  [3:0] ctrl$tap;
    wire  ctrl$source_valid;
    wire  [7:0] ctrl$source_pos;
    wire  [36:0] ctrl$cycle;
    reg  lanes$0$clock;
    reg  [63:0] lanes$0$seed;
    reg  lanes$0$load;
    reg  lanes$0$clear;
    reg  lanes$0$preload_en;
    reg signed [17:0] lanes$0$preload;
    reg  lanes$0$add_en;
    reg signed [15:0] lanes$0$weight;
    reg  lanes$0$source_spin;
    reg  lanes$0$compute;
    reg  [15:0] lanes$0$delta_code;
    reg  [4:0] lanes$0$shift_amount;
    reg signed [15:0] lanes$0$offset;
    wire signed [17:0] lanes$0$acc;
    wire signed [15:0] lanes$0$field;
    wire  [63:0] lanes$0$state;
    wire  lanes$0$spin;
    wire  lanes$0$spin_valid;
    wire  lanes$0$start_spin;
    reg  lanes$1$clock;
    reg  [63:0] lanes$1$seed;
    reg  lanes$1$load;
    reg  lanes$1$clear;
    reg  lanes$1$preload_en;
    reg signed [17:0] lanes$1$preload;
    reg  lanes$1$add_en;
    reg signed [15:0] lanes$1$weight;
    reg  lanes$1$source_spin;
    reg  lanes$1$compute;
    reg  [15:0] lanes$1$delta_code;
    reg  [4:0] lanes$1$shift_amount;
    reg signed [15:0] lanes$1$offset;
    wire signed [17:0] lanes$1$acc;
    wire signed [15:0] lanes$1$field;
    wire  [63:0] lanes$1$state;
    wire  lanes$1$spin;
    wire  lanes$1$spin_valid;
    wire  lanes$1$start_spin;
    reg  lanes$2$clock;
    reg  [63:0] lanes$2$seed;
    reg  lanes$2$load;
    reg  lanes$2$clear;
    reg  lanes$2$preload_en;
    reg signed [17:0] lanes$2$preload;
    reg  lanes$2$add_en;
    reg signed [15:0] lanes$2$weight;
    reg  lanes$2$source_spin;
    reg  lanes$2$compute;
    reg  [15:0] lanes$2$delta_code;
    reg  [4:0] lanes$2$shift_amount;
    reg signed [15:0] lanes$2$offset;
    wire signed [17:0] lanes$2$acc;
    wire signed [15:0] lanes$2$field;
    wire  [63:0] lanes$2$state;
    wire  lanes$2$spin;
    wire  lanes$2$spin_valid;
    wire  lanes$2$start_spin;
    reg  lanes$3$clock;
    reg  [63:0] lanes$3$seed;
    reg  lanes$3$load;
    reg  lanes$3$clear;
    reg  lanes$3$preload_en;
    reg signed [17:0] lanes$3$preload;
    reg  lanes$3$add_en;
    reg signed [15:0] lanes$3$weight;
    reg  lanes$3$source_spin;
    reg  lanes$3$compute;
    reg  [15:0] lanes$3$delta_code;
    reg  [4:0] lanes$3$shift_amount;
    reg signed [15:0] lanes$3$offset;
    wire signed [17:0] lanes$3$acc;
    wire signed [15:0] lanes$3$field;
    wire  [63:0] lanes$3$state;
    wire  lanes$3$spin;
    wire  lanes$3$spin_valid;
    wire  lanes$3$start_spin;
    reg  coupling$clock;
    reg  coupling$wr_en;
    reg  [4:0] coupling$wr_bank;
    reg  [12:0] coupling$wr_addr;
    reg  [15:0] coupling$wr_data;
    reg  [12:0] coupling$rd_addr;
    wire  [15:0] coupling$rd_data$0;
    wire  [15:0] coupling$rd_data$1;
    wire  [15:0] coupling$rd_data$2;
    wire  [15:0] coupling$rd_data$3;
    reg  s0$clock;
    reg  [6:0] s0$rd_channel;
    reg  [7:0] s0$rd_pos;
    wire  s0$rd_spin;
    reg  s0$wr_en;
    reg  [7:0] s0$wr_pos;
    reg  [6:0] s0$wr_group;
    reg  [3:0] s0$wr_mask;
    reg  [3:0] s0$wr_spins;
    reg  s0$host_wr_en;
    reg  s0$host_rd_en;
    reg  [14:0] s0$host_addr;
    reg  [3:0] s0$host_data;
    wire  [3:0] s0$host_rd_data;
    reg  s1$clock;
    reg  [6:0] s1$rd_channel;
    reg  [7:0] s1$rd_pos;
    wire  s1$rd_spin;
    reg  s1$wr_en;
    reg  [7:0] s1$wr_pos;
    reg  [6:0] s1$wr_group;
    reg  [3:0] s1$wr_mask;
    reg  [3:0] s1$wr_spins;
    reg  s1$host_wr_en;
    reg  s1$host_rd_en;
    reg  [14:0] s1$host_addr;
    reg  [3:0] s1$host_data;
    wire  [3:0] s1$host_rd_data;
    reg  s2$clock;
    reg  [6:0] s2$rd_channel;
    reg  [7:0] s2$rd_pos;
    wire  s2$rd_spin;
    reg  s2$wr_en;
    reg  [7:0] s2$wr_pos;
    reg  [6:0] s2$wr_group;
    reg  [3:0] s2$wr_mask;
    reg  [3:0] s2$wr_spins;
    reg  s2$host_wr_en;
    reg  s2$host_rd_en;
    reg  [14:0] s2$host_addr;
    reg  [3:0] s2$host_data;
    wire  [3:0] s2$host_rd_data;
    reg  clamp$clock;
    reg  clamp$wr_en;
    reg  clamp$wr_region;
    reg  [6:0] clamp$wr_group;
    reg  [7:0] clamp$wr_pos;
    reg  [3:0] clamp$wr_mask;
    reg  [17:0] clamp$wr_data$0;
    reg  [17:0] clamp$wr_data$1;
    reg  [17:0] clamp$wr_data$2;
    reg  [17:0] clamp$wr_data$3;
    reg  clamp$rd_region;
    reg  [6:0] clamp$rd_group;
    reg  [7:0] clamp$rd_pos;
    wire  [17:0] clamp$rd_data$0;
    wire  [17:0] clamp$rd_data$1;
    wire  [17:0] clamp$rd_data$2;
    wire  [17:0] clamp$rd_data$3;
    reg  sums$0$clock;
    reg  sums$0$clear;
    reg  sums$0$acc_en;
    reg  [14:0] sums$0$addr;
    reg  sums$0$spin;
    reg  sums$0$init;
    reg  [14:0] sums$0$rd_addr;
    wire  sums$0$busy;
    wire signed [16:0] sums$0$rd_sum;
    wire  sums$0$rd_sign;
    reg  sums$1$clock;
    reg  sums$1$clear;
    reg  sums$1$acc_en;
    reg  [14:0] sums$1$addr;
    reg  sums$1$spin;
    reg  sums$1$init;
    reg  [14:0] sums$1$rd_addr;
    wire  sums$1$busy;
    wire signed [16:0] sums$1$rd_sum;
    wire  sums$1$rd_sign;
    reg  sums$2$clock;
    reg  sums$2$clear;
    reg  sums$2$acc_en;
    reg  [14:0] sums$2$addr;
    reg  sums$2$spin;
    reg  sums$2$init;
    reg  [14:0] sums$2$rd_addr;
    wire  sums$2$busy;
    wire signed [16:0] sums$2$rd_sum;
    wire  sums$2$rd_sign;
    reg  sums$3$clock;
    reg  sums$3$clear;
    reg  sums$3$acc_en;
    reg  [14:0] sums$3$addr;
    reg  sums$3$spin;
    reg  sums$3$init;
    reg  [14:0] sums$3$rd_addr;
    wire  sums$3$busy;
    wire signed [16:0] sums$3$rd_sum;
    wire  sums$3$rd_sign;
    reg  spins$bits$0;
    reg  spins$bits$1;
    reg  spins$bits$2;
    reg  spins$bits$3;
    wire  [3:0] spins$word;
    reg  start_spins$bits$0;
    reg  start_spins$bits$1;
    reg  start_spins$bits$2;
    reg  start_spins$bits$3;
    wire  [3:0] start_spins$word;
    reg  [6:0] lane_mask$c1;
    reg  [6:0] lane_mask$c2;
    reg  [1:0] lane_mask$phase;
    reg  [3:0] lane_mask$group;
    wire  [3:0] lane_mask$mask;
    reg  [6:0] geo_c0$d;
    wire  [6:0] geo_c0$q;
    reg  geo_c0$clock;
    reg  [6:0] geo_c1$d;
    wire  [6:0] geo_c1$q;
    reg  geo_c1$clock;
    reg  [6:0] geo_c2$d;
    wire  [6:0] geo_c2$q;
    reg  geo_c2$clock;
    reg  [4:0] geo_h$d;
    wire  [4:0] geo_h$q;
    reg  geo_h$clock;
    reg  [4:0] geo_w$d;
    wire  [4:0] geo_w$q;
    reg  geo_w$clock;
    reg  [1:0] geo_k1$d;
    wire  [1:0] geo_k1$q;
    reg  geo_k1$clock;
    reg  [1:0] geo_k2$d;
    wire  [1:0] geo_k2$q;
    reg  geo_k2$clock;
    reg  [4:0] k_h1$d;
    wire  [4:0] k_h1$q;
    reg  k_h1$clock;
    reg  [4:0] k_c2$d;
    wire  [4:0] k_c2$q;
    reg  k_c2$clock;
    reg  [4:0] k_field$d;
    wire  [4:0] k_field$q;
    reg  k_field$clock;
    reg  [15:0] delta$d;
    wire  [15:0] delta$q;
    reg  delta$clock;
    reg  [15:0] sweeps$d;
    wire  [15:0] sweeps$q;
    reg  sweeps$clock;
    reg  [15:0] burn_in$d;
    wire  [15:0] burn_in$q;
    reg  burn_in$clock;
    reg  [12:0] w2t_base$d;
    wire  [12:0] w2t_base$q;
    reg  w2t_base$clock;
    reg  [12:0] w2t_stride$d;
    wire  [12:0] w2t_stride$q;
    reg  w2t_stride$clock;
    reg  [12:0] w2_base$d;
    wire  [12:0] w2_base$q;
    reg  w2_base$clock;
    reg  [12:0] w2_stride$d;
    wire  [12:0] w2_stride$q;
    reg  w2_stride$clock;
    reg  [12:0] k1p_base$d;
    wire  [12:0] k1p_base$q;
    reg  k1p_base$clock;
    reg  [12:0] k1m_base$d;
    wire  [12:0] k1m_base$q;
    reg  k1m_base$clock;
    reg  [12:0] k1_stride$d;
    wire  [12:0] k1_stride$q;
    reg  k1_stride$clock;
    reg  [12:0] k3u_base$d;
    wire  [12:0] k3u_base$q;
    reg  k3u_base$clock;
    reg  [12:0] k3u_stride$d;
    wire  [12:0] k3u_stride$q;
    reg  k3u_stride$clock;
    reg  [12:0] bias_base$d;
    wire  [12:0] bias_base$q;
    reg  bias_base$clock;
    reg  [31:0] seed_lo$d;
    wire  [31:0] seed_lo$q;
    reg  seed_lo$clock;
    reg  done_flag$d;
    wire  done_flag$q;
    reg  done_flag$clock;
    reg  input_free$d;
    wire  input_free$q;
    reg  input_free$clock;
    reg  rd_q$d;
    wire  rd_q$q;
    reg  rd_q$clock;
    reg  rd_sum_q$d;
    wire  rd_sum_q$q;
    reg  rd_sum_q$clock;
    reg  rd_sign_q$d;
    wire  rd_sign_q$q;
    reg  rd_sign_q$clock;
    reg  [6:0] rd_lane_q$d;
    wire  [6:0] rd_lane_q$q;
    reg  rd_lane_q$clock;
    reg  [31:0] rd_reg_q$d;
    wire  [31:0] rd_reg_q$q;
    reg  rd_reg_q$clock;
    reg  [12:0] idx_r$d;
    wire  [12:0] idx_r$q;
    reg  idx_r$clock;
    reg  [1:0] d1_phase$d;
    wire  [1:0] d1_phase$q;
    reg  d1_phase$clock;
    reg  d1_acc$d;
    wire  d1_acc$q;
    reg  d1_acc$clock;
    reg  d1_border$d;
    wire  d1_border$q;
    reg  d1_border$clock;
    reg  d1_first$d;
    wire  d1_first$q;
    reg  d1_first$clock;
    reg  d1_valid$d;
    wire  d1_valid$q;
    reg  d1_valid$clock;
    reg  d1_drain0$d;
    wire  d1_drain0$q;
    reg  d1_drain0$clock;
    reg  [12:0] d1_idx$d;
    wire  [12:0] d1_idx$q;
    reg  d1_idx$clock;
    reg  [3:0] d1_group$d;
    wire  [3:0] d1_group$q;
    reg  d1_group$clock;
    reg  [7:0] d1_pos$d;
    wire  [7:0] d1_pos$q;
    reg  d1_pos$clock;
    reg  [1:0] d2_phase$d;
    wire  [1:0] d2_phase$q;
    reg  d2_phase$clock;
    reg  d2_acc$d;
    wire  d2_acc$q;
    reg  d2_acc$clock;
    reg  d2_first$d;
    wire  d2_first$q;
    reg  d2_first$clock;
    reg  d2_add$d;
    wire  d2_add$q;
    reg  d2_add$clock;
    reg  d2_drain0$d;
    wire  d2_drain0$q;
    reg  d2_drain0$clock;
    reg  d2_spin$d;
    wire  d2_spin$q;
    reg  d2_spin$clock;
    reg  [12:0] d1_goff$d;
    wire  [12:0] d1_goff$q;
    reg  d1_goff$clock;
    reg  [3:0] group_ext7$narrow;
    wire  [6:0] group_ext7$wide;
    reg  [3:0] d1_group_ext7$narrow;
    wire  [6:0] d1_group_ext7$wide;
    reg  [3:0] group_ext8$narrow;
    wire  [7:0] group_ext8$wide;
    reg  [3:0] group_ext_sum$narrow;
    wire  [14:0] group_ext_sum$wide;
    reg  [7:0] pos_ext_sum$narrow;
    wire  [14:0] pos_ext_sum$wide;
    reg  [6:0] rd_group_ext_sum$narrow;
    wire  [14:0] rd_group_ext_sum$wide;
    reg  [7:0] rd_pos_ext_sum$narrow;
    wire  [14:0] rd_pos_ext_sum$wide;
    reg  [3:0] d1_group_ext$narrow;
    wire  [12:0] d1_group_ext$wide;
    reg  [6:0] c0_ext$narrow;
    wire  [12:0] c0_ext$wide;
    reg  [31:0] seed_hi_ext$narrow;
    wire  [63:0] seed_hi_ext$wide;
    reg  [31:0] seed_lo_ext$narrow;
    wire  [63:0] seed_lo_ext$wide;
    reg  [16:0] sum_ext$narrow;
    wire  [31:0] sum_ext$wide;
    reg  [4:0] cycle_hi_ext$narrow;
    wire  [31:0] cycle_hi_ext$wide;
    reg  [15:0] field_ext$0$narrow;
    wire  [17:0] field_ext$0$wide;
    reg  [15:0] field_ext$1$narrow;
    wire  [17:0] field_ext$1$wide;
    reg  [15:0] field_ext$2$narrow;
    wire  [17:0] field_ext$2$wide;
    reg  [15:0] field_ext$3$narrow;
    wire  [17:0] field_ext$3$wide;

    // Local signals
    reg  [13:0] page;
    reg  [7:0] low;
    reg  regs_page;
    reg  wr_ok;
    reg  input_wr_ok;
    reg  is_acc;
    reg  is_border;
    reg  is_drain;
    reg  first;
    reg  [12:0] idx;
    reg  slot_end;
    reg  out_layer;
    reg  clamp_phase;
    reg  [3:0] mask;
    reg  in_plus;
    reg  [12:0] base_p;
    reg  [12:0] base_m;
    reg  [12:0] stride;
    reg  [12:0] goff_terms$0;
    reg  [12:0] goff_terms$1;
    reg  [12:0] goff_terms$2;
    reg  [12:0] goff_terms$3;
    reg  [12:0] extra_p;
    reg  [12:0] extra_m;
    reg  [12:0] addr_p;
    reg  [12:0] addr_m;
    reg  [14:0] sum_addr;
    reg  [14:0] sum_group;
    reg  [6:0] rd_channel;
    reg  [14:0] rd_sum_word;
    reg  [14:0] rd_sum_addr;
    reg  sums_valid;
    reg  [31:0] reg_value;
    reg  [16:0] sum_sel;
    reg  sign_sel;
    reg  [31:0] cycle_lo;
    reg  [4:0] cycle_hi;

    // Sub module instances
    top$chip$ctrl ctrl(
        .clock(ctrl$clock),
        .start(ctrl$start),
        .c0(ctrl$c0),
        .c1(ctrl$c1),
        .c2(ctrl$c2),
        .h(ctrl$h),
        .w(ctrl$w),
        .k1(ctrl$k1),
        .k2(ctrl$k2),
        .sweeps(ctrl$sweeps),
        .busy(ctrl$busy),
        .done(ctrl$done),
        .phase(ctrl$phase),
        .pos(ctrl$pos),
        .group(ctrl$group),
        .sweep(ctrl$sweep),
        .kind(ctrl$kind),
        .drain_cycle(ctrl$drain_cycle),
        .channel(ctrl$channel),
        .tap(ctrl$tap),
        .source_valid(ctrl$source_valid),
        .source_pos(ctrl$source_pos),
        .cycle(ctrl$cycle)
    );
    top$chip$lanes$0 lanes$0(
        .clock(lanes$0$clock),
        .seed(lanes$0$seed),
        .load(lanes$0$load),
        .clear(lanes$0$clear),
        .preload_en(lanes$0$preload_en),
        .preload(lanes$0$preload),
        .add_en(lanes$0$add_en),
        .weight(lanes$0$weight),
        .source_spin(lanes$0$source_spin),
        .compute(lanes$0$compute),
        .delta_code(lanes$0$delta_code),
        .shift_amount(lanes$0$shift_amount),
        .offset(lanes$0$offset),
        .acc(lanes$0$acc),
        .field(lanes$0$field),
        .state(lanes$0$state),
        .spin(lanes$0$spin),
        .spin_valid(lanes$0$spin_valid),
        .start_spin(lanes$0$start_spin)
    );
    top$chip$lanes$1 lanes$1(
        .clock(lanes$1$clock),
        .seed(lanes$1$seed),
        .load(lanes$1$load),
        .clear(lanes$1$clear),
        .preload_en(lanes$1$preload_en),
        .preload(lanes$1$preload),
        .add_en(lanes$1$add_en),
        .weight(lanes$1$weight),
        .source_spin(lanes$1$source_spin),
        .compute(lanes$1$compute),
        .delta_code(lanes$1$delta_code),
        .shift_amount(lanes$1$shift_amount),
        .offset(lanes$1$offset),
        .acc(lanes$1$acc),
        .field(lanes$1$field),
        .state(lanes$1$state),
        .spin(lanes$1$spin),
        .spin_valid(lanes$1$spin_valid),
        .start_spin(lanes$1$start_spin)
    );
    top$chip$lanes$2 lanes$2(
        .clock(lanes$2$clock),
        .seed(lanes$2$seed),
        .load(lanes$2$load),
        .clear(lanes$2$clear),
        .preload_en(lanes$2$preload_en),
        .preload(lanes$2$preload),
        .add_en(lanes$2$add_en),
        .weight(lanes$2$weight),
        .source_spin(lanes$2$source_spin),
        .compute(lanes$2$compute),
        .delta_code(lanes$2$delta_code),
        .shift_amount(lanes$2$shift_amount),
        .offset(lanes$2$offset),
        .acc(lanes$2$acc),
        .field(lanes$2$field),
        .state(lanes$2$state),
        .spin(lanes$2$spin),
        .spin_valid(lanes$2$spin_valid),
        .start_spin(lanes$2$start_spin)
    );
    top$chip$lanes$3 lanes$3(
        .clock(lanes$3$clock),
        .seed(lanes$3$seed),
        .load(lanes$3$load),
        .clear(lanes$3$clear),
        .preload_en(lanes$3$preload_en),
        .preload(lanes$3$preload),
        .add_en(lanes$3$add_en),
        .weight(lanes$3$weight),
        .source_spin(lanes$3$source_spin),
        .compute(lanes$3$compute),
        .delta_code(lanes$3$delta_code),
        .shift_amount(lanes$3$shift_amount),
        .offset(lanes$3$offset),
        .acc(lanes$3$acc),
        .field(lanes$3$field),
        .state(lanes$3$state),
        .spin(lanes$3$spin),
        .spin_valid(lanes$3$spin_valid),
        .start_spin(lanes$3$start_spin)
    );
    top$chip$coupling coupling(
        .clock(coupling$clock),
        .wr_en(coupling$wr_en),
        .wr_bank(coupling$wr_bank),
        .wr_addr(coupling$wr_addr),
        .wr_data(coupling$wr_data),
        .rd_addr(coupling$rd_addr),
        .rd_data$0(coupling$rd_data$0),
        .rd_data$1(coupling$rd_data$1),
        .rd_data$2(coupling$rd_data$2),
        .rd_data$3(coupling$rd_data$3)
    );
    top$chip$s0 s0(
        .clock(s0$clock),
        .rd_channel(s0$rd_channel),
        .rd_pos(s0$rd_pos),
        .rd_spin(s0$rd_spin),
        .wr_en(s0$wr_en),
        .wr_pos(s0$wr_pos),
        .wr_group(s0$wr_group),
        .wr_mask(s0$wr_mask),
        .wr_spins(s0$wr_spins),
        .host_wr_en(s0$host_wr_en),
        .host_rd_en(s0$host_rd_en),
        .host_addr(s0$host_addr),
        .host_data(s0$host_data),
        .host_rd_data(s0$host_rd_data)
    );
    top$chip$s1 s1(
        .clock(s1$clock),
        .rd_channel(s1$rd_channel),
        .rd_pos(s1$rd_pos),
        .rd_spin(s1$rd_spin),
        .wr_en(s1$wr_en),
        .wr_pos(s1$wr_pos),
        .wr_group(s1$wr_group),
        .wr_mask(s1$wr_mask),
        .wr_spins(s1$wr_spins),
        .host_wr_en(s1$host_wr_en),
        .host_rd_en(s1$host_rd_en),
        .host_addr(s1$host_addr),
        .host_data(s1$host_data),
        .host_rd_data(s1$host_rd_data)
    );
    top$chip$s2 s2(
        .clock(s2$clock),
        .rd_channel(s2$rd_channel),
        .rd_pos(s2$rd_pos),
        .rd_spin(s2$rd_spin),
        .wr_en(s2$wr_en),
        .wr_pos(s2$wr_pos),
        .wr_group(s2$wr_group),
        .wr_mask(s2$wr_mask),
        .wr_spins(s2$wr_spins),
        .host_wr_en(s2$host_wr_en),
        .host_rd_en(s2$host_rd_en),
        .host_addr(s2$host_addr),
        .host_data(s2$host_data),
        .host_rd_data(s2$host_rd_data)
    );
    top$chip$clamp clamp(
        .clock(clamp$clock),
        .wr_en(clamp$wr_en),
        .wr_region(clamp$wr_region),
        .wr_group(clamp$wr_group),
        .wr_pos(clamp$wr_pos),
        .wr_mask(clamp$wr_mask),
        .wr_data$0(clamp$wr_data$0),
        .wr_data$1(clamp$wr_data$1),
        .wr_data$2(clamp$wr_data$2),
        .wr_data$3(clamp$wr_data$3),
        .rd_region(clamp$rd_region),
        .rd_group(clamp$rd_group),
        .rd_pos(clamp$rd_pos),
        .rd_data$0(clamp$rd_data$0),
        .rd_data$1(clamp$rd_data$1),
        .rd_data$2(clamp$rd_data$2),
        .rd_data$3(clamp$rd_data$3)
    );
    top$chip$sums$0 sums$0(
        .clock(sums$0$clock),
        .clear(sums$0$clear),
        .acc_en(sums$0$acc_en),
        .addr(sums$0$addr),
        .spin(sums$0$spin),
        .init(sums$0$init),
        .rd_addr(sums$0$rd_addr),
        .busy(sums$0$busy),
        .rd_sum(sums$0$rd_sum),
        .rd_sign(sums$0$rd_sign)
    );
    top$chip$sums$1 sums$1(
        .clock(sums$1$clock),
        .clear(sums$1$clear),
        .acc_en(sums$1$acc_en),
        .addr(sums$1$addr),
        .spin(sums$1$spin),
        .init(sums$1$init),
        .rd_addr(sums$1$rd_addr),
        .busy(sums$1$busy),
        .rd_sum(sums$1$rd_sum),
        .rd_sign(sums$1$rd_sign)
    );
    top$chip$sums$2 sums$2(
        .clock(sums$2$clock),
        .clear(sums$2$clear),
        .acc_en(sums$2$acc_en),
        .addr(sums$2$addr),
        .spin(sums$2$spin),
        .init(sums$2$init),
        .rd_addr(sums$2$rd_addr),
        .busy(sums$2$busy),
        .rd_sum(sums$2$rd_sum),
        .rd_sign(sums$2$rd_sign)
    );
    top$chip$sums$3 sums$3(
        .clock(sums$3$clock),
        .clear(sums$3$clear),
        .acc_en(sums$3$acc_en),
        .addr(sums$3$addr),
        .spin(sums$3$spin),
        .init(sums$3$init),
        .rd_addr(sums$3$rd_addr),
        .busy(sums$3$busy),
        .rd_sum(sums$3$rd_sum),
        .rd_sign(sums$3$rd_sign)
    );
    top$chip$spins spins(
        .bits$0(spins$bits$0),
        .bits$1(spins$bits$1),
        .bits$2(spins$bits$2),
        .bits$3(spins$bits$3),
        .word(spins$word)
    );
    top$chip$start_spins start_spins(
        .bits$0(start_spins$bits$0),
        .bits$1(start_spins$bits$1),
        .bits$2(start_spins$bits$2),
        .bits$3(start_spins$bits$3),
        .word(start_spins$word)
    );
    top$chip$lane_mask lane_mask(
        .c1(lane_mask$c1),
        .c2(lane_mask$c2),
        .phase(lane_mask$phase),
        .group(lane_mask$group),
        .mask(lane_mask$mask)
    );
    top$chip$geo_c0 geo_c0(
        .d(geo_c0$d),
        .q(geo_c0$q),
        .clock(geo_c0$clock)
    );
    top$chip$geo_c1 geo_c1(
        .d(geo_c1$d),
        .q(geo_c1$q),
        .clock(geo_c1$clock)
    );
    top$chip$geo_c2 geo_c2(
        .d(geo_c2$d),
        .q(geo_c2$q),
        .clock(geo_c2$clock)
    );
    top$chip$geo_h geo_h(
        .d(geo_h$d),
        .q(geo_h$q),
        .clock(geo_h$clock)
    );
    top$chip$geo_w geo_w(
        .d(geo_w$d),
        .q(geo_w$q),
        .clock(geo_w$clock)
    );
    top$chip$geo_k1 geo_k1(
        .d(geo_k1$d),
        .q(geo_k1$q),
        .clock(geo_k1$clock)
    );
    top$chip$geo_k2 geo_k2(
        .d(geo_k2$d),
        .q(geo_k2$q),
        .clock(geo_k2$clock)
    );
    top$chip$k_h1 k_h1(
        .d(k_h1$d),
        .q(k_h1$q),
        .clock(k_h1$clock)
    );
    top$chip$k_c2 k_c2(
        .d(k_c2$d),
        .q(k_c2$q),
        .clock(k_c2$clock)
    );
    top$chip$k_field k_field(
        .d(k_field$d),
        .q(k_field$q),
        .clock(k_field$clock)
    );
    top$chip$delta delta(
        .d(delta$d),
        .q(delta$q),
        .clock(delta$clock)
    );
    top$chip$sweeps sweeps(
        .d(sweeps$d),
        .q(sweeps$q),
        .clock(sweeps$clock)
    );
    top$chip$burn_in burn_in(
        .d(burn_in$d),
        .q(burn_in$q),
        .clock(burn_in$clock)
    );
    top$chip$w2t_base w2t_base(
        .d(w2t_base$d),
        .q(w2t_base$q),
        .clock(w2t_base$clock)
    );
    top$chip$w2t_stride w2t_stride(
        .d(w2t_stride$d),
        .q(w2t_stride$q),
        .clock(w2t_stride$clock)
    );
    top$chip$w2_base w2_base(
        .d(w2_base$d),
        .q(w2_base$q),
        .clock(w2_base$clock)
    );
    top$chip$w2_stride w2_stride(
        .d(w2_stride$d),
        .q(w2_stride$q),
        .clock(w2_stride$clock)
    );
    top$chip$k1p_base k1p_base(
        .d(k1p_base$d),
        .q(k1p_base$q),
        .clock(k1p_base$clock)
    );
    top$chip$k1m_base k1m_base(
        .d(k1m_base$d),
        .q(k1m_base$q),
        .clock(k1m_base$clock)
    );
    top$chip$k1_stride k1_stride(
        .d(k1_stride$d),
        .q(k1_stride$q),
        .clock(k1_stride$clock)
    );
    top$chip$k3u_base k3u_base(
        .d(k3u_base$d),
        .q(k3u_base$q),
        .clock(k3u_base$clock)
    );
    top$chip$k3u_stride k3u_stride(
        .d(k3u_stride$d),
        .q(k3u_stride$q),
        .clock(k3u_stride$clock)
    );
    top$chip$bias_base bias_base(
        .d(bias_base$d),
        .q(bias_base$q),
        .clock(bias_base$clock)
    );
    top$chip$seed_lo seed_lo(
        .d(seed_lo$d),
        .q(seed_lo$q),
        .clock(seed_lo$clock)
    );
    top$chip$done_flag done_flag(
        .d(done_flag$d),
        .q(done_flag$q),
        .clock(done_flag$clock)
    );
    top$chip$input_free input_free(
        .d(input_free$d),
        .q(input_free$q),
        .clock(input_free$clock)
    );
    top$chip$rd_q rd_q(
        .d(rd_q$d),
        .q(rd_q$q),
        .clock(rd_q$clock)
    );
    top$chip$rd_sum_q rd_sum_q(
        .d(rd_sum_q$d),
        .q(rd_sum_q$q),
        .clock(rd_sum_q$clock)
    );
    top$chip$rd_sign_q rd_sign_q(
        .d(rd_sign_q$d),
        .q(rd_sign_q$q),
        .clock(rd_sign_q$clock)
    );
    top$chip$rd_lane_q rd_lane_q(
        .d(rd_lane_q$d),
        .q(rd_lane_q$q),
        .clock(rd_lane_q$clock)
    );
    top$chip$rd_reg_q rd_reg_q(
        .d(rd_reg_q$d),
        .q(rd_reg_q$q),
        .clock(rd_reg_q$clock)
    );
    top$chip$idx_r idx_r(
        .d(idx_r$d),
        .q(idx_r$q),
        .clock(idx_r$clock)
    );
    top$chip$d1_phase d1_phase(
        .d(d1_phase$d),
        .q(d1_phase$q),
        .clock(d1_phase$clock)
    );
    top$chip$d1_acc d1_acc(
        .d(d1_acc$d),
        .q(d1_acc$q),
        .clock(d1_acc$clock)
    );
    top$chip$d1_border d1_border(
        .d(d1_border$d),
        .q(d1_border$q),
        .clock(d1_border$clock)
    );
    top$chip$d1_first d1_first(
        .d(d1_first$d),
        .q(d1_first$q),
        .clock(d1_first$clock)
    );
    top$chip$d1_valid d1_valid(
        .d(d1_valid$d),
        .q(d1_valid$q),
        .clock(d1_valid$clock)
    );
    top$chip$d1_drain0 d1_drain0(
        .d(d1_drain0$d),
        .q(d1_drain0$q),
        .clock(d1_drain0$clock)
    );
    top$chip$d1_idx d1_idx(
        .d(d1_idx$d),
        .q(d1_idx$q),
        .clock(d1_idx$clock)
    );
    top$chip$d1_group d1_group(
        .d(d1_group$d),
        .q(d1_group$q),
        .clock(d1_group$clock)
    );
    top$chip$d1_pos d1_pos(
        .d(d1_pos$d),
        .q(d1_pos$q),
        .clock(d1_pos$clock)
    );
    top$chip$d2_phase d2_phase(
        .d(d2_phase$d),
        .q(d2_phase$q),
        .clock(d2_phase$clock)
    );
    top$chip$d2_acc d2_acc(
        .d(d2_acc$d),
        .q(d2_acc$q),
        .clock(d2_acc$clock)
    );
    top$chip$d2_first d2_first(
        .d(d2_first$d),
        .q(d2_first$q),
        .clock(d2_first$clock)
    );
    top$chip$d2_add d2_add(
        .d(d2_add$d),
        .q(d2_add$q),
        .clock(d2_add$clock)
    );
    top$chip$d2_drain0 d2_drain0(
        .d(d2_drain0$d),
        .q(d2_drain0$q),
        .clock(d2_drain0$clock)
    );
    top$chip$d2_spin d2_spin(
        .d(d2_spin$d),
        .q(d2_spin$q),
        .clock(d2_spin$clock)
    );
    top$chip$d1_goff d1_goff(
        .d(d1_goff$d),
        .q(d1_goff$q),
        .clock(d1_goff$clock)
    );
    top$chip$group_ext7 group_ext7(
        .narrow(group_ext7$narrow),
        .wide(group_ext7$wide)
    );
    top$chip$d1_group_ext7 d1_group_ext7(
        .narrow(d1_group_ext7$narrow),
        .wide(d1_group_ext7$wide)
    );
    top$chip$group_ext8 group_ext8(
        .narrow(group_ext8$narrow),
        .wide(group_ext8$wide)
    );
    top$chip$group_ext_sum group_ext_sum(
        .narrow(group_ext_sum$narrow),
        .wide(group_ext_sum$wide)
    );
    top$chip$pos_ext_sum pos_ext_sum(
        .narrow(pos_ext_sum$narrow),
        .wide(pos_ext_sum$wide)
    );
    top$chip$rd_group_ext_sum rd_group_ext_sum(
        .narrow(rd_group_ext_sum$narrow),
        .wide(rd_group_ext_sum$wide)
    );
    top$chip$rd_pos_ext_sum rd_pos_ext_sum(
        .narrow(rd_pos_ext_sum$narrow),
        .wide(rd_pos_ext_sum$wide)
    );
    top$chip$d1_group_ext d1_group_ext(
        .narrow(d1_group_ext$narrow),
        .wide(d1_group_ext$wide)
    );
    top$chip$c0_ext c0_ext(
        .narrow(c0_ext$narrow),
        .wide(c0_ext$wide)
    );
    top$chip$seed_hi_ext seed_hi_ext(
        .narrow(seed_hi_ext$narrow),
        .wide(seed_hi_ext$wide)
    );
    top$chip$seed_lo_ext seed_lo_ext(
        .narrow(seed_lo_ext$narrow),
        .wide(seed_lo_ext$wide)
    );
    top$chip$sum_ext sum_ext(
        .narrow(sum_ext$narrow),
        .wide(sum_ext$wide)
    );
    top$chip$cycle_hi_ext cycle_hi_ext(
        .narrow(cycle_hi_ext$narrow),
        .wide(cycle_hi_ext$wide)
    );
    top$chip$field_ext$0 field_ext$0(
        .narrow(field_ext$0$narrow),
        .wide(field_ext$0$wide)
    );
    top$chip$field_ext$1 field_ext$1(
        .narrow(field_ext$1$narrow),
        .wide(field_ext$1$wide)
    );
    top$chip$field_ext$2 field_ext$2(
        .narrow(field_ext$2$narrow),
        .wide(field_ext$2$wide)
    );
    top$chip$field_ext$3 field_ext$3(
        .narrow(field_ext$3$narrow),
        .wide(field_ext$3$wide)
    );

    // Update code
    always @(*) begin
        ctrl$clock = clock;
        coupling$clock = clock;
        s0$clock = clock;
        s1$clock = clock;
        s2$clock = clock;
        clamp$clock = clock;
        geo_c0$clock = clock;
        geo_c1$clock = clock;
        geo_c2$clock = clock;
        geo_h$clock = clock;
        geo_w$clock = clock;
        geo_k1$clock = clock;
        geo_k2$clock = clock;
        k_h1$clock = clock;
        k_c2$clock = clock;
        k_field$clock = clock;
        delta$clock = clock;
        sweeps$clock = clock;
        burn_in$clock = clock;
        w2t_base$clock = clock;
        w2t_stride$clock = clock;
        w2_base$clock = clock;
        w2_stride$clock = clock;
        k1p_base$clock = clock;
        k1m_base$clock = clock;
        k1_stride$clock = clock;
        k3u_base$clock = clock;
        k3u_stride$clock = clock;
        d1_goff$clock = clock;
        bias_base$clock = clock;
        seed_lo$clock = clock;
        done_flag$clock = clock;
        input_free$clock = clock;
        rd_q$clock = clock;
        rd_sum_q$clock = clock;
        rd_sign_q$clock = clock;
        rd_lane_q$clock = clock;
        rd_reg_q$clock = clock;
        idx_r$clock = clock;
        d1_phase$clock = clock;
        d1_acc$clock = clock;
        d1_border$clock = clock;
        d1_first$clock = clock;
        d1_valid$clock = clock;
        d1_drain0$clock = clock;
        d1_idx$clock = clock;
        d1_group$clock = clock;
        d1_pos$clock = clock;
        d2_phase$clock = clock;
        d2_acc$clock = clock;
        d2_first$clock = clock;
        d2_add$clock = clock;
        d2_drain0$clock = clock;
        d2_spin$clock = clock;
        geo_c0$d = geo_c0$q;
        geo_c1$d = geo_c1$q;
        geo_c2$d = geo_c2$q;
        geo_h$d = geo_h$q;
        geo_w$d = geo_w$q;
        geo_k1$d = geo_k1$q;
        geo_k2$d = geo_k2$q;
        k_h1$d = k_h1$q;
        k_c2$d = k_c2$q;
        k_field$d = k_field$q;
        delta$d = delta$q;
        sweeps$d = sweeps$q;
        burn_in$d = burn_in$q;
        w2t_base$d = w2t_base$q;
        w2t_stride$d = w2t_stride$q;
        w2_base$d = w2_base$q;
        w2_stride$d = w2_stride$q;
        k1p_base$d = k1p_base$q;
        k1m_base$d = k1m_base$q;
        k1_stride$d = k1_stride$q;
        k3u_base$d = k3u_base$q;
        k3u_stride$d = k3u_stride$q;
        d1_goff$d = d1_goff$q;
        bias_base$d = bias_base$q;
        seed_lo$d = seed_lo$q;
        done_flag$d = done_flag$q;
        input_free$d = input_free$q;
        rd_q$d = rd_q$q;
        rd_sum_q$d = rd_sum_q$q;
        rd_sign_q$d = rd_sign_q$q;
        rd_lane_q$d = rd_lane_q$q;
        rd_reg_q$d = rd_reg_q$q;
        idx_r$d = idx_r$q;
        d1_phase$d = d1_phase$q;
        d1_acc$d = d1_acc$q;
        d1_border$d = d1_border$q;
        d1_first$d = d1_first$q;
        d1_valid$d = d1_valid$q;
        d1_drain0$d = d1_drain0$q;
        d1_idx$d = d1_idx$q;
        d1_group$d = d1_group$q;
        d1_pos$d = d1_pos$q;
        d2_phase$d = d2_phase$q;
        d2_acc$d = d2_acc$q;
        d2_first$d = d2_first$q;
        d2_add$d = d2_add$q;
        d2_drain0$d = d2_drain0$q;
        d2_spin$d = d2_spin$q;
        lanes$0$clock = clock;
        sums$0$clock = clock;
        lanes$1$clock = clock;
        sums$1$clock = clock;
        lanes$2$clock = clock;
        sums$2$clock = clock;
        lanes$3$clock = clock;
        sums$3$clock = clock;
        page = bus_addr[(32'h8)+:(14)];
        low = bus_addr[(32'h0)+:(8)];
        regs_page = page == zero_page_c;
        wr_ok = bus_wr & ~ctrl$busy;
        input_wr_ok = bus_wr & (~ctrl$busy | input_free$q);
        if (wr_ok & regs_page) begin
            if (low == a_geometry0) begin
                geo_c0$d = bus_wdata[(32'h0)+:(7)];
                geo_c1$d = bus_wdata[(32'h8)+:(7)];
                geo_c2$d = bus_wdata[(32'h10)+:(7)];
            end
            if (low == a_geometry1) begin
                geo_h$d = bus_wdata[(32'h0)+:(5)];
                geo_w$d = bus_wdata[(32'h8)+:(5)];
                geo_k1$d = bus_wdata[(32'h10)+:(2)];
                geo_k2$d = bus_wdata[(32'h18)+:(2)];
            end
            if (low == a_shifts) begin
                k_h1$d = bus_wdata[(32'h0)+:(5)];
                k_c2$d = bus_wdata[(32'h8)+:(5)];
                k_field$d = bus_wdata[(32'h10)+:(5)];
            end
            if (low == a_delta) begin
                delta$d = bus_wdata[(32'h0)+:(16)];
            end
            if (low == a_sweeps) begin
                sweeps$d = bus_wdata[(32'h0)+:(16)];
            end
            if (low == a_burn_in) begin
                burn_in$d = bus_wdata[(32'h0)+:(16)];
            end
            if (low == a_layout$0) begin
                w2t_base$d = bus_wdata[(32'h0)+:(13)];
            end
            if (low == a_layout$1) begin
                w2t_stride$d = bus_wdata[(32'h0)+:(13)];
            end
            if (low == a_layout$2) begin
                w2_base$d = bus_wdata[(32'h0)+:(13)];
            end
            if (low == a_layout$3) begin
                w2_stride$d = bus_wdata[(32'h0)+:(13)];
            end
            if (low == a_layout$4) begin
                k1p_base$d = bus_wdata[(32'h0)+:(13)];
            end
            if (low == a_layout$5) begin
                k1m_base$d = bus_wdata[(32'h0)+:(13)];
            end
            if (low == a_layout$6) begin
                k1_stride$d = bus_wdata[(32'h0)+:(13)];
            end
            if (low == a_layout$7) begin
                k3u_base$d = bus_wdata[(32'h0)+:(13)];
            end
            if (low == a_layout$8) begin
                k3u_stride$d = bus_wdata[(32'h0)+:(13)];
            end
            if (low == a_layout$9) begin
                bias_base$d = bus_wdata[(32'h0)+:(13)];
            end
        end
        seed_hi_ext$narrow = bus_wdata;
        seed_lo_ext$narrow = seed_lo$q;
        if (wr_ok & (page == seed_page_c) & ~low[32'h0]) begin
            seed_lo$d = bus_wdata;
        end
        lanes$0$seed = (seed_hi_ext$wide << shift32_c) | seed_lo_ext$wide;
        lanes$0$load = wr_ok & (page == seed_page_c) & low[32'h0] & (low[(32'h1)+:(7)] == lane_id$0);
        lanes$1$seed = (seed_hi_ext$wide << shift32_c) | seed_lo_ext$wide;
        lanes$1$load = wr_ok & (page == seed_page_c) & low[32'h0] & (low[(32'h1)+:(7)] == lane_id$1);
        lanes$2$seed = (seed_hi_ext$wide << shift32_c) | seed_lo_ext$wide;
        lanes$2$load = wr_ok & (page == seed_page_c) & low[32'h0] & (low[(32'h1)+:(7)] == lane_id$2);
        lanes$3$seed = (seed_hi_ext$wide << shift32_c) | seed_lo_ext$wide;
        lanes$3$load = wr_ok & (page == seed_page_c) & low[32'h0] & (low[(32'h1)+:(7)] == lane_id$3);
        s0$host_wr_en = input_wr_ok & (bus_addr[(32'h13)+:(3)] == input_win_c);
        s0$host_rd_en = 1'b0;
        s0$host_addr = bus_addr[(32'h0)+:(15)];
        s0$host_data = bus_wdata[(32'h0)+:(4)];
        coupling$wr_en = wr_ok & (bus_addr[(32'h14)+:(2)] == coupling_win_c);
        coupling$wr_bank = bus_addr[(32'hd)+:(5)];
        coupling$wr_addr = bus_addr[(32'h0)+:(13)];
        coupling$wr_data = bus_wdata[(32'h0)+:(16)];
        ctrl$start = wr_ok & regs_page & (low == a_control) & bus_wdata[32'h0];
        if (ctrl$start) begin
            done_flag$d = 1'b0;
        end
        if (ctrl$done) begin
            done_flag$d = 1'b1;
        end
        if (ctrl$busy & (ctrl$phase == ph_h_c)) begin
            input_free$d = 1'b1;
        end
        if (ctrl$start) begin
            input_free$d = 1'b0;
        end
        busy = ctrl$busy;
        input_busy = ctrl$busy & ~input_free$q;
        done = ctrl$done;
        cycle_lo = ctrl$cycle[(32'h0)+:(32)];
        cycle_hi = ctrl$cycle[(32'h20)+:(5)];
        cycle_hi_ext$narrow = cycle_hi;
        reg_value = zero_word_c;
        if (regs_page) begin
            if (low == a_id) begin
                reg_value = id_c;
            end
            if (low == a_version) begin
                reg_value = version_c;
            end
            if (low == a_config0) begin
                reg_value = config0_c;
            end
            if (low == a_config1) begin
                reg_value = config1_c;
            end
            if (low == a_config2) begin
                reg_value = config2_c;
            end
            if (low == a_status) begin
                if (ctrl$busy) begin
                    reg_value = one_word_c;
                    if (input_free$q) begin
                        reg_value = five_word_c;
                    end
                end
                if (done_flag$q | ctrl$done) begin
                    reg_value = two_word_c;
                end
            end
            if (low == a_cycles_lo) begin
                reg_value = cycle_lo;
            end
            if (low == a_cycles_hi) begin
                reg_value = cycle_hi_ext$wide;
            end
        end
        sums_valid = sweeps$q > burn_in$q;
        rd_channel = bus_addr[(32'h8)+:(7)];
        rd_group_ext_sum$narrow = rd_channel >> lane_shift_c;
        rd_pos_ext_sum$narrow = low;
        rd_sum_word = (rd_group_ext_sum$wide << pos_shift_c) + rd_pos_ext_sum$wide;
        rd_sum_addr = rd_sum_word + out_sums_c;
        if (bus_addr[(32'h13)+:(3)] == hid_sum_win_c) begin
            rd_sum_addr = rd_sum_word;
        end
        rd_q$d = bus_rd;
        rd_lane_q$d = rd_channel & lane_mask_c;
        rd_sum_q$d = 1'b0;
        rd_sign_q$d = 1'b0;
        rd_reg_q$d = reg_value;
        if ((bus_addr[(32'h13)+:(3)] == out_sum_win_c) | (bus_addr[(32'h13)+:(3)] == hid_sum_win_c)) begin
            rd_sum_q$d = sums_valid;
            rd_reg_q$d = zero_word_c;
        end
        if (bus_addr[(32'h13)+:(3)] == sign_win_c) begin
            rd_sign_q$d = sums_valid;
            rd_reg_q$d = one_word_c;
        end
        sum_sel = zero_sum_c;
        sign_sel = 1'b0;
        if (rd_lane_q$q == lane_id$0) begin
            sum_sel = $unsigned(sums$0$rd_sum);
            sign_sel = sums$0$rd_sign;
        end
        if (rd_lane_q$q == lane_id$1) begin
            sum_sel = $unsigned(sums$1$rd_sum);
            sign_sel = sums$1$rd_sign;
        end
        if (rd_lane_q$q == lane_id$2) begin
            sum_sel = $unsigned(sums$2$rd_sum);
            sign_sel = sums$2$rd_sign;
        end
        if (rd_lane_q$q == lane_id$3) begin
            sum_sel = $unsigned(sums$3$rd_sum);
            sign_sel = sums$3$rd_sign;
        end
        sum_ext$narrow = sum_sel;
        bus_rvalid = rd_q$q;
        bus_rdata = rd_reg_q$q;
        if (rd_sum_q$q) begin
            bus_rdata = sum_ext$wide;
        end
        if (rd_sign_q$q) begin
            bus_rdata = zero_word_c;
            if (sign_sel) begin
                bus_rdata = one_word_c;
            end
        end
        ctrl$c0 = geo_c0$q;
        ctrl$c1 = geo_c1$q;
        ctrl$c2 = geo_c2$q;
        ctrl$h = geo_h$q;
        ctrl$w = geo_w$q;
        ctrl$k1 = geo_k1$q;
        ctrl$k2 = geo_k2$q;
        ctrl$sweeps = sweeps$q;
        is_acc = ctrl$busy & (ctrl$kind == kind_acc_c);
        is_border = ctrl$busy & (ctrl$kind == kind_border_c);
        is_drain = ctrl$busy & (ctrl$kind == kind_drain_c);
        first = is_acc & (ctrl$channel == zero_ch_c) & (ctrl$tap == zero_tap_c);
        idx = idx_r$q;
        if (first) begin
            idx = zero_addr_c;
        end
        idx_r$d = idx + one_addr_c;
        slot_end = is_drain & (ctrl$drain_cycle == last_drain_c);
        out_layer = (ctrl$phase == ph_co_c) | (ctrl$phase == ph_o_c);
        clamp_phase = (ctrl$phase == ph_ch_c) | (ctrl$phase == ph_co_c);
        lane_mask$c1 = geo_c1$q;
        lane_mask$c2 = geo_c2$q;
        lane_mask$phase = ctrl$phase;
        lane_mask$group = ctrl$group;
        mask = lane_mask$mask;
        spins$bits$0 = lanes$0$spin;
        start_spins$bits$0 = lanes$0$start_spin;
        spins$bits$1 = lanes$1$spin;
        start_spins$bits$1 = lanes$1$start_spin;
        spins$bits$2 = lanes$2$spin;
        start_spins$bits$2 = lanes$2$start_spin;
        spins$bits$3 = lanes$3$spin;
        start_spins$bits$3 = lanes$3$start_spin;
        group_ext7$narrow = ctrl$group;
        group_ext8$narrow = ctrl$group;
        s0$rd_channel = ctrl$channel;
        s1$rd_channel = ctrl$channel;
        s2$rd_channel = ctrl$channel;
        s0$rd_pos = ctrl$source_pos;
        s1$rd_pos = ctrl$source_pos;
        s2$rd_pos = ctrl$source_pos;
        s0$wr_en = 1'b0;
        s0$wr_pos = ctrl$pos;
        s0$wr_group = group_ext7$wide;
        s0$wr_mask = zero_p_c;
        s0$wr_spins = zero_p_c;
        s1$host_wr_en = 1'b0;
        s2$host_wr_en = 1'b0;
        s1$host_rd_en = 1'b0;
        s2$host_rd_en = 1'b0;
        s1$host_addr = bus_addr[(32'h0)+:(15)];
        s2$host_addr = bus_addr[(32'h0)+:(15)];
        s1$host_data = bus_wdata[(32'h0)+:(4)];
        s2$host_data = bus_wdata[(32'h0)+:(4)];
        s1$wr_en = slot_end & ~out_layer;
        s2$wr_en = slot_end & out_layer;
        s1$wr_pos = ctrl$pos;
        s2$wr_pos = ctrl$pos;
        s1$wr_group = group_ext7$wide;
        s2$wr_group = group_ext7$wide;
        s1$wr_mask = mask;
        s2$wr_mask = mask;
        s1$wr_spins = spins$word;
        s2$wr_spins = spins$word;
        if (clamp_phase) begin
            s1$wr_spins = start_spins$word;
            s2$wr_spins = start_spins$word;
        end
        mon_wr = slot_end;
        mon_layer = out_layer;
        mon_clamp = clamp_phase;
        mon_sweep = ctrl$sweep;
        mon_group = group_ext8$wide;
        mon_pos = ctrl$pos;
        mon_mask = mask;
        mon_spins = spins$word;
        if (clamp_phase) begin
            mon_spins = start_spins$word;
        end
        clamp$wr_en = slot_end & clamp_phase;
        clamp$wr_region = out_layer;
        clamp$wr_group = group_ext7$wide;
        clamp$wr_pos = ctrl$pos;
        clamp$wr_mask = mask;
        field_ext$0$narrow = $unsigned(lanes$0$field);
        clamp$wr_data$0 = field_ext$0$wide;
        field_ext$1$narrow = $unsigned(lanes$1$field);
        clamp$wr_data$1 = field_ext$1$wide;
        field_ext$2$narrow = $unsigned(lanes$2$field);
        clamp$wr_data$2 = field_ext$2$wide;
        field_ext$3$narrow = $unsigned(lanes$3$field);
        clamp$wr_data$3 = field_ext$3$wide;
        group_ext_sum$narrow = ctrl$group;
        pos_ext_sum$narrow = ctrl$pos;
        sum_group = group_ext_sum$wide << pos_shift_c;
        sum_addr = sum_group + pos_ext_sum$wide;
        if (out_layer) begin
            sum_addr = sum_group + pos_ext_sum$wide + out_sums_c;
        end
        sums$0$clear = 1'b0;
        sums$0$acc_en = slot_end & ~clamp_phase & |(mask & lane_bit$0) & (ctrl$sweep >= burn_in$q);
        sums$0$init = ctrl$sweep == burn_in$q;
        sums$0$addr = sum_addr;
        sums$0$spin = lanes$0$spin;
        sums$0$rd_addr = rd_sum_addr;
        sums$1$clear = 1'b0;
        sums$1$acc_en = slot_end & ~clamp_phase & |(mask & lane_bit$1) & (ctrl$sweep >= burn_in$q);
        sums$1$init = ctrl$sweep == burn_in$q;
        sums$1$addr = sum_addr;
        sums$1$spin = lanes$1$spin;
        sums$1$rd_addr = rd_sum_addr;
        sums$2$clear = 1'b0;
        sums$2$acc_en = slot_end & ~clamp_phase & |(mask & lane_bit$2) & (ctrl$sweep >= burn_in$q);
        sums$2$init = ctrl$sweep == burn_in$q;
        sums$2$addr = sum_addr;
        sums$2$spin = lanes$2$spin;
        sums$2$rd_addr = rd_sum_addr;
        sums$3$clear = 1'b0;
        sums$3$acc_en = slot_end & ~clamp_phase & |(mask & lane_bit$3) & (ctrl$sweep >= burn_in$q);
        sums$3$init = ctrl$sweep == burn_in$q;
        sums$3$addr = sum_addr;
        sums$3$spin = lanes$3$spin;
        sums$3$rd_addr = rd_sum_addr;
        d1_phase$d = ctrl$phase;
        d1_acc$d = is_acc;
        d1_border$d = is_border;
        d1_first$d = first;
        d1_valid$d = ctrl$source_valid;
        d1_drain0$d = is_drain & (ctrl$drain_cycle == zero_drain_c);
        d1_idx$d = idx;
        d1_group$d = ctrl$group;
        d1_pos$d = ctrl$pos;
        in_plus = s0$rd_spin;
        stride = w2t_stride$q;
        if (ctrl$phase == ph_o_c) begin
            stride = w2_stride$q;
        end
        if (ctrl$phase == ph_co_c) begin
            stride = k3u_stride$q;
        end
        if (ctrl$phase == ph_ch_c) begin
            stride = k1_stride$q;
        end
        goff_terms$0 = zero_addr_c;
        if (ctrl$group[0]) begin
            goff_terms$0 = stride << goff_shift$0;
        end
        goff_terms$1 = zero_addr_c;
        if (ctrl$group[1]) begin
            goff_terms$1 = stride << goff_shift$1;
        end
        goff_terms$2 = zero_addr_c;
        if (ctrl$group[2]) begin
            goff_terms$2 = stride << goff_shift$2;
        end
        goff_terms$3 = zero_addr_c;
        if (ctrl$group[3]) begin
            goff_terms$3 = stride << goff_shift$3;
        end
        d1_goff$d = (goff_terms$0 + goff_terms$1) + (goff_terms$2 + goff_terms$3);
        base_p = w2t_base$q;
        extra_p = zero_addr_c;
        extra_m = zero_addr_c;
        c0_ext$narrow = geo_c0$q;
        if (d1_phase$q == ph_o_c) begin
            base_p = w2_base$q;
        end
        if (d1_phase$q == ph_co_c) begin
            base_p = k3u_base$q;
            extra_m = c0_ext$wide;
            if (d1_border$q) begin
                extra_p = c0_ext$wide;
            end
        end
        base_m = base_p;
        if (d1_phase$q == ph_ch_c) begin
            base_p = k1p_base$q;
            base_m = k1m_base$q;
        end
        addr_p = base_p + d1_goff$q + d1_idx$q + extra_p;
        addr_m = base_m + d1_goff$q + d1_idx$q + extra_m;
        coupling$rd_addr = addr_m;
        if (in_plus) begin
            coupling$rd_addr = addr_p;
        end
        d1_group_ext$narrow = d1_group$q;
        if (d1_drain0$q & (d1_phase$q == ph_ch_c)) begin
            coupling$rd_addr = bias_base$q + d1_group_ext$wide;
        end
        d1_group_ext7$narrow = d1_group$q;
        clamp$rd_region = d1_phase$q == ph_o_c;
        clamp$rd_group = d1_group_ext7$wide;
        clamp$rd_pos = d1_pos$q;
        d2_phase$d = d1_phase$q;
        d2_acc$d = d1_acc$q;
        d2_first$d = d1_first$q;
        d2_add$d = (d1_acc$q | d1_border$q) & d1_valid$q;
        d2_drain0$d = d1_drain0$q;
        d2_spin$d = s1$rd_spin;
        if (d1_phase$q == ph_h_c) begin
            d2_spin$d = s2$rd_spin;
        end
        lanes$0$clear = d2_first$q & (d2_phase$q != ph_o_c);
        lanes$0$preload_en = d2_first$q & (d2_phase$q == ph_o_c);
        lanes$0$preload = $signed(clamp$rd_data$0);
        lanes$0$add_en = d2_add$q;
        lanes$0$weight = $signed(coupling$rd_data$0);
        lanes$0$source_spin = 1'b1;
        if (d2_acc$q & ((d2_phase$q == ph_h_c) | (d2_phase$q == ph_o_c))) begin
            lanes$0$source_spin = d2_spin$q;
        end
        lanes$0$compute = d2_drain0$q;
        lanes$0$delta_code = delta$q;
        lanes$0$shift_amount = k_field$q;
        lanes$0$offset = zero_offset_c;
        if (d2_phase$q == ph_ch_c) begin
            lanes$0$delta_code = delta_one_c;
            lanes$0$shift_amount = k_h1$q;
            lanes$0$offset = $signed(coupling$rd_data$0);
        end
        if (d2_phase$q == ph_co_c) begin
            lanes$0$delta_code = delta_one_c;
            lanes$0$shift_amount = k_c2$q;
        end
        if (d2_phase$q == ph_h_c) begin
            lanes$0$offset = $signed(clamp$rd_data$0[(32'h0)+:(16)]);
        end
        lanes$1$clear = d2_first$q & (d2_phase$q != ph_o_c);
        lanes$1$preload_en = d2_first$q & (d2_phase$q == ph_o_c);
        lanes$1$preload = $signed(clamp$rd_data$1);
        lanes$1$add_en = d2_add$q;
        lanes$1$weight = $signed(coupling$rd_data$1);
        lanes$1$source_spin = 1'b1;
        if (d2_acc$q & ((d2_phase$q == ph_h_c) | (d2_phase$q == ph_o_c))) begin
            lanes$1$source_spin = d2_spin$q;
        end
        lanes$1$compute = d2_drain0$q;
        lanes$1$delta_code = delta$q;
        lanes$1$shift_amount = k_field$q;
        lanes$1$offset = zero_offset_c;
        if (d2_phase$q == ph_ch_c) begin
            lanes$1$delta_code = delta_one_c;
            lanes$1$shift_amount = k_h1$q;
            lanes$1$offset = $signed(coupling$rd_data$1);
        end
        if (d2_phase$q == ph_co_c) begin
            lanes$1$delta_code = delta_one_c;
            lanes$1$shift_amount = k_c2$q;
        end
        if (d2_phase$q == ph_h_c) begin
            lanes$1$offset = $signed(clamp$rd_data$1[(32'h0)+:(16)]);
        end
        lanes$2$clear = d2_first$q & (d2_phase$q != ph_o_c);
        lanes$2$preload_en = d2_first$q & (d2_phase$q == ph_o_c);
        lanes$2$preload = $signed(clamp$rd_data$2);
        lanes$2$add_en = d2_add$q;
        lanes$2$weight = $signed(coupling$rd_data$2);
        lanes$2$source_spin = 1'b1;
        if (d2_acc$q & ((d2_phase$q == ph_h_c) | (d2_phase$q == ph_o_c))) begin
            lanes$2$source_spin = d2_spin$q;
        end
        lanes$2$compute = d2_drain0$q;
        lanes$2$delta_code = delta$q;
        lanes$2$shift_amount = k_field$q;
        lanes$2$offset = zero_offset_c;
        if (d2_phase$q == ph_ch_c) begin
            lanes$2$delta_code = delta_one_c;
            lanes$2$shift_amount = k_h1$q;
            lanes$2$offset = $signed(coupling$rd_data$2);
        end
        if (d2_phase$q == ph_co_c) begin
            lanes$2$delta_code = delta_one_c;
            lanes$2$shift_amount = k_c2$q;
        end
        if (d2_phase$q == ph_h_c) begin
            lanes$2$offset = $signed(clamp$rd_data$2[(32'h0)+:(16)]);
        end
        lanes$3$clear = d2_first$q & (d2_phase$q != ph_o_c);
        lanes$3$preload_en = d2_first$q & (d2_phase$q == ph_o_c);
        lanes$3$preload = $signed(clamp$rd_data$3);
        lanes$3$add_en = d2_add$q;
        lanes$3$weight = $signed(coupling$rd_data$3);
        lanes$3$source_spin = 1'b1;
        if (d2_acc$q & ((d2_phase$q == ph_h_c) | (d2_phase$q == ph_o_c))) begin
            lanes$3$source_spin = d2_spin$q;
        end
        lanes$3$compute = d2_drain0$q;
        lanes$3$delta_code = delta$q;
        lanes$3$shift_amount = k_field$q;
        lanes$3$offset = zero_offset_c;
        if (d2_phase$q == ph_ch_c) begin
            lanes$3$delta_code = delta_one_c;
            lanes$3$shift_amount = k_h1$q;
            lanes$3$offset = $signed(coupling$rd_data$3);
        end
        if (d2_phase$q == ph_co_c) begin
            lanes$3$delta_code = delta_one_c;
            lanes$3$shift_amount = k_c2$q;
        end
        if (d2_phase$q == ph_h_c) begin
            lanes$3$offset = $signed(clamp$rd_data$3[(32'h0)+:(16)]);
        end
    end

endmodule // top$chip


module top$chip$bias_base(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$bias_base


module top$chip$burn_in(d,q,clock);

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

endmodule // top$chip$burn_in


module top$chip$c0_ext(narrow,wide);

    // Module arguments
    input wire  [6:0] narrow;
    output reg  [12:0] wide;

    // Update code (custom)
    always @(*) wide = {{6{1'b0}}, narrow};
endmodule // top$chip$c0_ext


module top$chip$clamp(clock,wr_en,wr_region,wr_group,wr_pos,wr_mask,wr_data$0,wr_data$1,wr_data$2,wr_data$3,rd_region,rd_group,rd_pos,rd_data$0,rd_data$1,rd_data$2,rd_data$3);

    // Module arguments
    input wire  clock;
    input wire  wr_en;
    input wire  wr_region;
    input wire  [6:0] wr_group;
    input wire  [7:0] wr_pos;
    input wire  [3:0] wr_mask;
    input wire  [17:0] wr_data$0;
    input wire  [17:0] wr_data$1;
    input wire  [17:0] wr_data$2;
    input wire  [17:0] wr_data$3;
    input wire  rd_region;
    input wire  [6:0] rd_group;
    input wire  [7:0] rd_pos;
    output reg  [17:0] rd_data$0;
    output reg  [17:0] rd_data$1;
    output reg  [17:0] rd_data$2;
    output reg  [17:0] rd_data$3;

    // Constant declarations
    localparam  lane_bit$0 = 4'h1;
    localparam  lane_bit$1 = 4'h2;
    localparam  lane_bit$2 = 4'h4;
    localparam  lane_bit$3 = 4'h8;

    // Stub signals
    reg  banks$0$clock;
    reg  banks$0$read_region;
    reg  [6:0] banks$0$read_group;
    reg  [7:0] banks$0$read_pos;
    wire  [17:0] banks$0$read_data;
    reg  banks$0$write_region;
    reg  [6:0] banks$0$write_group;
    reg  [7:0] banks$0$write_pos;
    reg  [17:0] banks$0$write_data;
    reg  banks$0$write_enable;
    reg  banks$1$clock;
    reg  banks$1$read_region;
    reg  [6:0] banks$1$read_group;
    reg  [7:0] banks$1$read_pos;
    wire  [17:0] banks$1$read_data;
    reg  banks$1$write_region;
    reg  [6:0] banks$1$write_group;
    reg  [7:0] banks$1$write_pos;
    reg  [17:0] banks$1$write_data;
    reg  banks$1$write_enable;
    reg  banks$2$clock;
    reg  banks$2$read_region;
    reg  [6:0] banks$2$read_group;
    reg  [7:0] banks$2$read_pos;
    wire  [17:0] banks$2$read_data;
    reg  banks$2$write_region;
    reg  [6:0] banks$2$write_group;
    reg  [7:0] banks$2$write_pos;
    reg  [17:0] banks$2$write_data;
    reg  banks$2$write_enable;
    reg  banks$3$clock;
    reg  banks$3$read_region;
    reg  [6:0] banks$3$read_group;
    reg  [7:0] banks$3$read_pos;
    wire  [17:0] banks$3$read_data;
    reg  banks$3$write_region;
    reg  [6:0] banks$3$write_group;
    reg  [7:0] banks$3$write_pos;
    reg  [17:0] banks$3$write_data;
    reg  banks$3$write_enable;

    // Sub module instances
    top$chip$clamp$banks$0 banks$0(
        .clock(banks$0$clock),
        .read_region(banks$0$read_region),
        .read_group(banks$0$read_group),
        .read_pos(banks$0$read_pos),
        .read_data(banks$0$read_data),
        .write_region(banks$0$write_region),
        .write_group(banks$0$write_group),
        .write_pos(banks$0$write_pos),
        .write_data(banks$0$write_data),
        .write_enable(banks$0$write_enable)
    );
    top$chip$clamp$banks$1 banks$1(
        .clock(banks$1$clock),
        .read_region(banks$1$read_region),
        .read_group(banks$1$read_group),
        .read_pos(banks$1$read_pos),
        .read_data(banks$1$read_data),
        .write_region(banks$1$write_region),
        .write_group(banks$1$write_group),
        .write_pos(banks$1$write_pos),
        .write_data(banks$1$write_data),
        .write_enable(banks$1$write_enable)
    );
    top$chip$clamp$banks$2 banks$2(
        .clock(banks$2$clock),
        .read_region(banks$2$read_region),
        .read_group(banks$2$read_group),
        .read_pos(banks$2$read_pos),
        .read_data(banks$2$read_data),
        .write_region(banks$2$write_region),
        .write_group(banks$2$write_group),
        .write_pos(banks$2$write_pos),
        .write_data(banks$2$write_data),
        .write_enable(banks$2$write_enable)
    );
    top$chip$clamp$banks$3 banks$3(
        .clock(banks$3$clock),
        .read_region(banks$3$read_region),
        .read_group(banks$3$read_group),
        .read_pos(banks$3$read_pos),
        .read_data(banks$3$read_data),
        .write_region(banks$3$write_region),
        .write_group(banks$3$write_group),
        .write_pos(banks$3$write_pos),
        .write_data(banks$3$write_data),
        .write_enable(banks$3$write_enable)
    );

    // Update code
    always @(*) begin
        banks$0$clock = clock;
        banks$0$read_region = rd_region;
        banks$0$read_group = rd_group;
        banks$0$read_pos = rd_pos;
        banks$0$write_region = wr_region;
        banks$0$write_group = wr_group;
        banks$0$write_pos = wr_pos;
        banks$0$write_data = wr_data$0;
        banks$0$write_enable = wr_en & |(wr_mask & lane_bit$0);
        rd_data$0 = banks$0$read_data;
        banks$1$clock = clock;
        banks$1$read_region = rd_region;
        banks$1$read_group = rd_group;
        banks$1$read_pos = rd_pos;
        banks$1$write_region = wr_region;
        banks$1$write_group = wr_group;
        banks$1$write_pos = wr_pos;
        banks$1$write_data = wr_data$1;
        banks$1$write_enable = wr_en & |(wr_mask & lane_bit$1);
        rd_data$1 = banks$1$read_data;
        banks$2$clock = clock;
        banks$2$read_region = rd_region;
        banks$2$read_group = rd_group;
        banks$2$read_pos = rd_pos;
        banks$2$write_region = wr_region;
        banks$2$write_group = wr_group;
        banks$2$write_pos = wr_pos;
        banks$2$write_data = wr_data$2;
        banks$2$write_enable = wr_en & |(wr_mask & lane_bit$2);
        rd_data$2 = banks$2$read_data;
        banks$3$clock = clock;
        banks$3$read_region = rd_region;
        banks$3$read_group = rd_group;
        banks$3$read_pos = rd_pos;
        banks$3$write_region = wr_region;
        banks$3$write_group = wr_group;
        banks$3$write_pos = wr_pos;
        banks$3$write_data = wr_data$3;
        banks$3$write_enable = wr_en & |(wr_mask & lane_bit$3);
        rd_data$3 = banks$3$read_data;
    end

endmodule // top$chip$clamp


module top$chip$clamp$banks$0(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  read_region;
    input wire  [6:0] read_group;
    input wire  [7:0] read_pos;
    output reg  [17:0] read_data;
    input wire  write_region;
    input wire  [6:0] write_group;
    input wire  [7:0] write_pos;
    input wire  [17:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [17:0] mem [0:383];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_group[6:2], read_pos[7:6], write_group[6:2], write_pos[7:6]};
    /* verilator lint_on UNUSEDSIGNAL */
    wire [8:0] read_index = (read_region ? 9'd256 : 9'd0) + {1'd0, read_group[1:0], read_pos[5:0]};
    wire [8:0] write_index = (write_region ? 9'd256 : 9'd0) + {1'd0, write_group[1:0], write_pos[5:0]};

    always @(posedge clock) begin
       read_data <= mem[read_index];
       if (write_enable) begin
          mem[write_index] <= write_data;
       end
    end
endmodule // top$chip$clamp$banks$0


module top$chip$clamp$banks$1(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  read_region;
    input wire  [6:0] read_group;
    input wire  [7:0] read_pos;
    output reg  [17:0] read_data;
    input wire  write_region;
    input wire  [6:0] write_group;
    input wire  [7:0] write_pos;
    input wire  [17:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [17:0] mem [0:383];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_group[6:2], read_pos[7:6], write_group[6:2], write_pos[7:6]};
    /* verilator lint_on UNUSEDSIGNAL */
    wire [8:0] read_index = (read_region ? 9'd256 : 9'd0) + {1'd0, read_group[1:0], read_pos[5:0]};
    wire [8:0] write_index = (write_region ? 9'd256 : 9'd0) + {1'd0, write_group[1:0], write_pos[5:0]};

    always @(posedge clock) begin
       read_data <= mem[read_index];
       if (write_enable) begin
          mem[write_index] <= write_data;
       end
    end
endmodule // top$chip$clamp$banks$1


module top$chip$clamp$banks$2(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  read_region;
    input wire  [6:0] read_group;
    input wire  [7:0] read_pos;
    output reg  [17:0] read_data;
    input wire  write_region;
    input wire  [6:0] write_group;
    input wire  [7:0] write_pos;
    input wire  [17:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [17:0] mem [0:383];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_group[6:2], read_pos[7:6], write_group[6:2], write_pos[7:6]};
    /* verilator lint_on UNUSEDSIGNAL */
    wire [8:0] read_index = (read_region ? 9'd256 : 9'd0) + {1'd0, read_group[1:0], read_pos[5:0]};
    wire [8:0] write_index = (write_region ? 9'd256 : 9'd0) + {1'd0, write_group[1:0], write_pos[5:0]};

    always @(posedge clock) begin
       read_data <= mem[read_index];
       if (write_enable) begin
          mem[write_index] <= write_data;
       end
    end
endmodule // top$chip$clamp$banks$2


module top$chip$clamp$banks$3(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  read_region;
    input wire  [6:0] read_group;
    input wire  [7:0] read_pos;
    output reg  [17:0] read_data;
    input wire  write_region;
    input wire  [6:0] write_group;
    input wire  [7:0] write_pos;
    input wire  [17:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [17:0] mem [0:383];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_group[6:2], read_pos[7:6], write_group[6:2], write_pos[7:6]};
    /* verilator lint_on UNUSEDSIGNAL */
    wire [8:0] read_index = (read_region ? 9'd256 : 9'd0) + {1'd0, read_group[1:0], read_pos[5:0]};
    wire [8:0] write_index = (write_region ? 9'd256 : 9'd0) + {1'd0, write_group[1:0], write_pos[5:0]};

    always @(posedge clock) begin
       read_data <= mem[read_index];
       if (write_enable) begin
          mem[write_index] <= write_data;
       end
    end
endmodule // top$chip$clamp$banks$3


module top$chip$coupling(clock,wr_en,wr_bank,wr_addr,wr_data,rd_addr,rd_data$0,rd_data$1,rd_data$2,rd_data$3);

    // Module arguments
    input wire  clock;
    input wire  wr_en;
    input wire  [4:0] wr_bank;
    input wire  [12:0] wr_addr;
    input wire  [15:0] wr_data;
    input wire  [12:0] rd_addr;
    output reg  [15:0] rd_data$0;
    output reg  [15:0] rd_data$1;
    output reg  [15:0] rd_data$2;
    output reg  [15:0] rd_data$3;

    // Constant declarations
    localparam  bank_index$0 = 5'b0;
    localparam  bank_index$1 = 5'b1;
    localparam  bank_index$2 = 5'b10;
    localparam  bank_index$3 = 5'b11;

    // Stub signals
    reg  banks$0$clock;
    reg  [12:0] banks$0$read_address;
    wire  [15:0] banks$0$read_data;
    reg  [12:0] banks$0$write_address;
    reg  [15:0] banks$0$write_data;
    reg  banks$0$write_enable;
    reg  banks$1$clock;
    reg  [12:0] banks$1$read_address;
    wire  [15:0] banks$1$read_data;
    reg  [12:0] banks$1$write_address;
    reg  [15:0] banks$1$write_data;
    reg  banks$1$write_enable;
    reg  banks$2$clock;
    reg  [12:0] banks$2$read_address;
    wire  [15:0] banks$2$read_data;
    reg  [12:0] banks$2$write_address;
    reg  [15:0] banks$2$write_data;
    reg  banks$2$write_enable;
    reg  banks$3$clock;
    reg  [12:0] banks$3$read_address;
    wire  [15:0] banks$3$read_data;
    reg  [12:0] banks$3$write_address;
    reg  [15:0] banks$3$write_data;
    reg  banks$3$write_enable;

    // Sub module instances
    top$chip$coupling$banks$0 banks$0(
        .clock(banks$0$clock),
        .read_address(banks$0$read_address),
        .read_data(banks$0$read_data),
        .write_address(banks$0$write_address),
        .write_data(banks$0$write_data),
        .write_enable(banks$0$write_enable)
    );
    top$chip$coupling$banks$1 banks$1(
        .clock(banks$1$clock),
        .read_address(banks$1$read_address),
        .read_data(banks$1$read_data),
        .write_address(banks$1$write_address),
        .write_data(banks$1$write_data),
        .write_enable(banks$1$write_enable)
    );
    top$chip$coupling$banks$2 banks$2(
        .clock(banks$2$clock),
        .read_address(banks$2$read_address),
        .read_data(banks$2$read_data),
        .write_address(banks$2$write_address),
        .write_data(banks$2$write_data),
        .write_enable(banks$2$write_enable)
    );
    top$chip$coupling$banks$3 banks$3(
        .clock(banks$3$clock),
        .read_address(banks$3$read_address),
        .read_data(banks$3$read_data),
        .write_address(banks$3$write_address),
        .write_data(banks$3$write_data),
        .write_enable(banks$3$write_enable)
    );

    // Update code
    always @(*) begin
        banks$0$clock = clock;
        banks$0$read_address = rd_addr;
        banks$0$write_address = wr_addr;
        banks$0$write_data = wr_data;
        banks$0$write_enable = wr_en & (wr_bank == bank_index$0);
        rd_data$0 = banks$0$read_data;
        banks$1$clock = clock;
        banks$1$read_address = rd_addr;
        banks$1$write_address = wr_addr;
        banks$1$write_data = wr_data;
        banks$1$write_enable = wr_en & (wr_bank == bank_index$1);
        rd_data$1 = banks$1$read_data;
        banks$2$clock = clock;
        banks$2$read_address = rd_addr;
        banks$2$write_address = wr_addr;
        banks$2$write_data = wr_data;
        banks$2$write_enable = wr_en & (wr_bank == bank_index$2);
        rd_data$2 = banks$2$read_data;
        banks$3$clock = clock;
        banks$3$read_address = rd_addr;
        banks$3$write_address = wr_addr;
        banks$3$write_data = wr_data;
        banks$3$write_enable = wr_en & (wr_bank == bank_index$3);
        rd_data$3 = banks$3$read_data;
    end

endmodule // top$chip$coupling


module top$chip$coupling$banks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    output reg  [15:0] read_data;
    input wire  [12:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:1205];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[12:11], write_address[12:11]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[10:0]];
       if (write_enable) begin
          mem[write_address[10:0]] <= write_data;
       end
    end
endmodule // top$chip$coupling$banks$0


module top$chip$coupling$banks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    output reg  [15:0] read_data;
    input wire  [12:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:1205];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[12:11], write_address[12:11]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[10:0]];
       if (write_enable) begin
          mem[write_address[10:0]] <= write_data;
       end
    end
endmodule // top$chip$coupling$banks$1


module top$chip$coupling$banks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    output reg  [15:0] read_data;
    input wire  [12:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:1205];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[12:11], write_address[12:11]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[10:0]];
       if (write_enable) begin
          mem[write_address[10:0]] <= write_data;
       end
    end
endmodule // top$chip$coupling$banks$2


module top$chip$coupling$banks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    output reg  [15:0] read_data;
    input wire  [12:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:1205];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[12:11], write_address[12:11]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[10:0]];
       if (write_enable) begin
          mem[write_address[10:0]] <= write_data;
       end
    end
endmodule // top$chip$coupling$banks$3


module top$chip$ctrl(clock,start,c0,c1,c2,h,w,k1,k2,sweeps,busy,done,phase,pos,group,sweep,kind,drain_cycle,channel,tap,source_valid,source_pos,cycle);

    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [6:0] c0;
    input wire  [6:0] c1;
    input wire  [6:0] c2;
    input wire  [4:0] h;
    input wire  [4:0] w;
    input wire  [1:0] k1;
    input wire  [1:0] k2;
    input wire  [15:0] sweeps;
    output reg  busy;
    output reg  done;
    output reg  [1:0] phase;
    output reg  [7:0] pos;
    output reg  [3:0] group;
    output reg  [15:0] sweep;
    output reg  [1:0] kind;
    output reg  [2:0] drain_cycle;
    output reg  [6:0] channel;
    output reg  [3:0] tap;
    output reg  source_valid;
    output reg  [7:0] source_pos;
    output reg  [36:0] cycle;

    // Constant declarations
    localparam  lanes = 7'b100;
    localparam  zero_ch = 7'b0;
    localparam  one_ch = 7'b1;
    localparam  zero_dim = 5'b0;
    localparam  one_dim = 5'b1;
    localparam  zero_k = 2'b0;
    localparam  one_k = 2'b1;
    localparam  two_k = 2'b10;
    localparam  zero_tap = 4'h0;
    localparam  one_tap = 4'h1;
    localparam  zero_pos = 8'h0;
    localparam  one_pos = 8'h1;
    localparam  zero_group = 4'h0;
    localparam  one_group = 4'h1;
    localparam  zero_sweep = 16'h0;
    localparam  one_sweep = 16'h1;
    localparam  zero_drain = 3'b0;
    localparam  one_drain = 3'b1;
    localparam  last_drain = 3'b110;
    localparam  zero_cycle = 37'h0;
    localparam  one_cycle = 37'h1;
    localparam  ph_clamp_hidden = 2'b0;
    localparam  ph_clamp_output = 2'b1;
    localparam  ph_hidden = 2'b10;
    localparam  ph_output = 2'b11;
    localparam  kind_accumulate = 2'b0;
    localparam  kind_border = 2'b1;
    localparam  kind_drain = 2'b10;
    localparam  kind_idle = 2'b11;

    // Stub signals
    reg  busy_r$d;
    wire  busy_r$q;
    reg  busy_r$clock;
    reg  done_r$d;
    wire  done_r$q;
    reg  done_r$clock;
    reg  [1:0] phase_r$d;
    wire  [1:0] phase_r$q;
    reg  phase_r$clock;
    reg  [4:0] y_r$d;
    wire  [4:0] y_r$q;
    reg  y_r$clock;
    reg  [4:0] x_r$d;
    wire  [4:0] x_r$q;
    reg  x_r$clock;
    reg  [7:0] pos_r$d;
    wire  [7:0] pos_r$q;
    reg  pos_r$clock;
    reg  [3:0] group_r$d;
    wire  [3:0] group_r$q;
    reg  group_r$clock;
    reg  [6:0] rem_r$d;
    wire  [6:0] rem_r$q;
    reg  rem_r$clock;
    reg  [6:0] channel_r$d;
    wire  [6:0] channel_r$q;
    reg  channel_r$clock;
    reg  [1:0] ty_r$d;
    wire  [1:0] ty_r$q;
    reg  ty_r$clock;
    reg  [1:0] tx_r$d;
    wire  [1:0] tx_r$q;
    reg  tx_r$clock;
    reg  [3:0] tap_r$d;
    wire  [3:0] tap_r$q;
    reg  tap_r$clock;
    reg  border_r$d;
    wire  border_r$q;
    reg  border_r$clock;
    reg  drain_r$d;
    wire  drain_r$q;
    reg  drain_r$clock;
    reg  [2:0] dcyc_r$d;
    wire  [2:0] dcyc_r$q;
    reg  dcyc_r$clock;
    reg  [15:0] sweep_r$d;
    wire  [15:0] sweep_r$q;
    reg  sweep_r$clock;
    reg  [36:0] cycle_r$d;
    wire  [36:0] cycle_r$q;
    reg  cycle_r$clock;
    reg  [4:0] w_ext$narrow;
    wire  [7:0] w_ext$wide;

    // Local signals
    reg  [1:0] kern;
    reg  half;
    reg  [6:0] n_src;
    reg  [6:0] dest;
    reg  fwd;
    reg  tx_last;
    reg  ty_last;
    reg  ch_last;
    reg  y_last;
    reg  x_last;
    reg  up;
    reg  down;
    reg  left;
    reg  right;
    reg  outside;
    reg  in_grid;
    reg  [7:0] src_row;
    reg  [7:0] src;

    // Sub module instances
    top$chip$ctrl$busy_r busy_r(
        .d(busy_r$d),
        .q(busy_r$q),
        .clock(busy_r$clock)
    );
    top$chip$ctrl$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    top$chip$ctrl$phase_r phase_r(
        .d(phase_r$d),
        .q(phase_r$q),
        .clock(phase_r$clock)
    );
    top$chip$ctrl$y_r y_r(
        .d(y_r$d),
        .q(y_r$q),
        .clock(y_r$clock)
    );
    top$chip$ctrl$x_r x_r(
        .d(x_r$d),
        .q(x_r$q),
        .clock(x_r$clock)
    );
    top$chip$ctrl$pos_r pos_r(
        .d(pos_r$d),
        .q(pos_r$q),
        .clock(pos_r$clock)
    );
    top$chip$ctrl$group_r group_r(
        .d(group_r$d),
        .q(group_r$q),
        .clock(group_r$clock)
    );
    top$chip$ctrl$rem_r rem_r(
        .d(rem_r$d),
        .q(rem_r$q),
        .clock(rem_r$clock)
    );
    top$chip$ctrl$channel_r channel_r(
        .d(channel_r$d),
        .q(channel_r$q),
        .clock(channel_r$clock)
    );
    top$chip$ctrl$ty_r ty_r(
        .d(ty_r$d),
        .q(ty_r$q),
        .clock(ty_r$clock)
    );
    top$chip$ctrl$tx_r tx_r(
        .d(tx_r$d),
        .q(tx_r$q),
        .clock(tx_r$clock)
    );
    top$chip$ctrl$tap_r tap_r(
        .d(tap_r$d),
        .q(tap_r$q),
        .clock(tap_r$clock)
    );
    top$chip$ctrl$border_r border_r(
        .d(border_r$d),
        .q(border_r$q),
        .clock(border_r$clock)
    );
    top$chip$ctrl$drain_r drain_r(
        .d(drain_r$d),
        .q(drain_r$q),
        .clock(drain_r$clock)
    );
    top$chip$ctrl$dcyc_r dcyc_r(
        .d(dcyc_r$d),
        .q(dcyc_r$q),
        .clock(dcyc_r$clock)
    );
    top$chip$ctrl$sweep_r sweep_r(
        .d(sweep_r$d),
        .q(sweep_r$q),
        .clock(sweep_r$clock)
    );
    top$chip$ctrl$cycle_r cycle_r(
        .d(cycle_r$d),
        .q(cycle_r$q),
        .clock(cycle_r$clock)
    );
    top$chip$ctrl$w_ext w_ext(
        .narrow(w_ext$narrow),
        .wide(w_ext$wide)
    );

    // Update code
    always @(*) begin
        busy_r$clock = clock;
        done_r$clock = clock;
        phase_r$clock = clock;
        y_r$clock = clock;
        x_r$clock = clock;
        pos_r$clock = clock;
        group_r$clock = clock;
        rem_r$clock = clock;
        channel_r$clock = clock;
        ty_r$clock = clock;
        tx_r$clock = clock;
        tap_r$clock = clock;
        border_r$clock = clock;
        drain_r$clock = clock;
        dcyc_r$clock = clock;
        sweep_r$clock = clock;
        cycle_r$clock = clock;
        busy_r$d = busy_r$q;
        done_r$d = done_r$q;
        phase_r$d = phase_r$q;
        y_r$d = y_r$q;
        x_r$d = x_r$q;
        pos_r$d = pos_r$q;
        group_r$d = group_r$q;
        rem_r$d = rem_r$q;
        channel_r$d = channel_r$q;
        ty_r$d = ty_r$q;
        tx_r$d = tx_r$q;
        tap_r$d = tap_r$q;
        border_r$d = border_r$q;
        drain_r$d = drain_r$q;
        dcyc_r$d = dcyc_r$q;
        sweep_r$d = sweep_r$q;
        cycle_r$d = cycle_r$q;
        kern = k2;
        if (phase_r$q == ph_clamp_hidden) begin
            kern = k1;
        end
        if ((phase_r$q == ph_clamp_output) && ~border_r$q) begin
            kern = one_k;
        end
        half = kern != one_k;
        n_src = c0;
        if (phase_r$q == ph_hidden) begin
            n_src = c2;
        end
        if (phase_r$q == ph_output) begin
            n_src = c1;
        end
        dest = c1;
        if ((phase_r$q == ph_clamp_output) || (phase_r$q == ph_output)) begin
            dest = c2;
        end
        fwd = phase_r$q != ph_hidden;
        tx_last = (tx_r$q + one_k) == kern;
        ty_last = (ty_r$q + one_k) == kern;
        ch_last = (channel_r$q + one_ch) == n_src;
        y_last = (y_r$q + one_dim) == h;
        x_last = (x_r$q + one_dim) == w;
        up = (ty_r$q == zero_k) && half;
        down = ty_r$q == two_k;
        left = (tx_r$q == zero_k) && half;
        right = tx_r$q == two_k;
        if (~fwd) begin
            up = ty_r$q == two_k;
            down = (ty_r$q == zero_k) && half;
            left = tx_r$q == two_k;
            right = (tx_r$q == zero_k) && half;
        end
        outside = (up && (y_r$q == zero_dim)) || (down && y_last) || (left && (x_r$q == zero_dim)) || (right && x_last);
        in_grid = ~outside;
        w_ext$narrow = w;
        src_row = pos_r$q;
        if (up) begin
            src_row = pos_r$q - w_ext$wide;
        end
        if (down) begin
            src_row = pos_r$q + w_ext$wide;
        end
        src = src_row;
        if (left) begin
            src = src_row - one_pos;
        end
        if (right) begin
            src = src_row + one_pos;
        end
        done_r$d = 1'b0;
        if (busy_r$q) begin
            cycle_r$d = cycle_r$q + one_cycle;
            if (~drain_r$q) begin
                if (~tx_last) begin
                    tx_r$d = tx_r$q + one_k;
                    tap_r$d = tap_r$q + one_tap;
                end
                else if (~ty_last) begin
                    tx_r$d = zero_k;
                    ty_r$d = ty_r$q + one_k;
                    tap_r$d = tap_r$q + one_tap;
                end
                else begin
                    tx_r$d = zero_k;
                    ty_r$d = zero_k;
                    tap_r$d = zero_tap;
                    if (border_r$q) begin
                        border_r$d = 1'b0;
                        drain_r$d = 1'b1;
                    end
                    else if (~ch_last) begin
                        channel_r$d = channel_r$q + one_ch;
                    end
                    else begin
                        channel_r$d = zero_ch;
                        if (phase_r$q == ph_clamp_output) begin
                            border_r$d = 1'b1;
                        end
                        else begin
                            drain_r$d = 1'b1;
                        end
                    end
                end
            end
            else if (dcyc_r$q != last_drain) begin
                dcyc_r$d = dcyc_r$q + one_drain;
            end
            else begin
                drain_r$d = 1'b0;
                dcyc_r$d = zero_drain;
                if (rem_r$q > lanes) begin
                    group_r$d = group_r$q + one_group;
                    rem_r$d = rem_r$q - lanes;
                end
                else begin
                    group_r$d = zero_group;
                    rem_r$d = dest;
                    if (~(y_last && x_last)) begin
                        pos_r$d = pos_r$q + one_pos;
                        if (x_last) begin
                            x_r$d = zero_dim;
                            y_r$d = y_r$q + one_dim;
                        end
                        else begin
                            x_r$d = x_r$q + one_dim;
                        end
                    end
                    else begin
                        pos_r$d = zero_pos;
                        x_r$d = zero_dim;
                        y_r$d = zero_dim;
                        if (phase_r$q == ph_clamp_hidden) begin
                            phase_r$d = ph_clamp_output;
                            rem_r$d = c2;
                        end
                        else if (phase_r$q == ph_hidden) begin
                            phase_r$d = ph_output;
                            rem_r$d = c2;
                        end
                        else if ((phase_r$q == ph_clamp_output) && (sweeps != zero_sweep)) begin
                            phase_r$d = ph_hidden;
                            rem_r$d = c1;
                        end
                        else if ((phase_r$q == ph_output) && ((sweep_r$q + one_sweep) != sweeps)) begin
                            phase_r$d = ph_hidden;
                            rem_r$d = c1;
                            sweep_r$d = sweep_r$q + one_sweep;
                        end
                        else begin
                            busy_r$d = 1'b0;
                            done_r$d = 1'b1;
                        end
                    end
                end
            end
        end
        else if (start) begin
            busy_r$d = 1'b1;
            phase_r$d = ph_clamp_hidden;
            y_r$d = zero_dim;
            x_r$d = zero_dim;
            pos_r$d = zero_pos;
            group_r$d = zero_group;
            rem_r$d = c1;
            channel_r$d = zero_ch;
            ty_r$d = zero_k;
            tx_r$d = zero_k;
            tap_r$d = zero_tap;
            border_r$d = 1'b0;
            drain_r$d = 1'b0;
            dcyc_r$d = zero_drain;
            sweep_r$d = zero_sweep;
            cycle_r$d = zero_cycle;
        end
        busy = busy_r$q;
        done = done_r$q;
        phase = phase_r$q;
        pos = pos_r$q;
        group = group_r$q;
        sweep = sweep_r$q;
        kind = kind_accumulate;
        if (border_r$q) begin
            kind = kind_border;
        end
        if (drain_r$q) begin
            kind = kind_drain;
        end
        if (~busy_r$q) begin
            kind = kind_idle;
        end
        drain_cycle = dcyc_r$q;
        channel = channel_r$q;
        tap = tap_r$q;
        source_valid = busy_r$q && ~drain_r$q && in_grid;
        source_pos = zero_pos;
        if (busy_r$q && ~drain_r$q && in_grid) begin
            source_pos = src;
        end
        cycle = cycle_r$q;
    end

endmodule // top$chip$ctrl


module top$chip$ctrl$border_r(d,q,clock);

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

endmodule // top$chip$ctrl$border_r


module top$chip$ctrl$busy_r(d,q,clock);

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

endmodule // top$chip$ctrl$busy_r


module top$chip$ctrl$channel_r(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$ctrl$channel_r


module top$chip$ctrl$cycle_r(d,q,clock);

    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 37'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$ctrl$cycle_r


module top$chip$ctrl$dcyc_r(d,q,clock);

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

endmodule // top$chip$ctrl$dcyc_r


module top$chip$ctrl$done_r(d,q,clock);

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

endmodule // top$chip$ctrl$done_r


module top$chip$ctrl$drain_r(d,q,clock);

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

endmodule // top$chip$ctrl$drain_r


module top$chip$ctrl$group_r(d,q,clock);

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

endmodule // top$chip$ctrl$group_r


module top$chip$ctrl$phase_r(d,q,clock);

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

endmodule // top$chip$ctrl$phase_r


module top$chip$ctrl$pos_r(d,q,clock);

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

endmodule // top$chip$ctrl$pos_r


module top$chip$ctrl$rem_r(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$ctrl$rem_r


module top$chip$ctrl$sweep_r(d,q,clock);

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

endmodule // top$chip$ctrl$sweep_r


module top$chip$ctrl$tap_r(d,q,clock);

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

endmodule // top$chip$ctrl$tap_r


module top$chip$ctrl$tx_r(d,q,clock);

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

endmodule // top$chip$ctrl$tx_r


module top$chip$ctrl$ty_r(d,q,clock);

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

endmodule // top$chip$ctrl$ty_r


module top$chip$ctrl$w_ext(narrow,wide);

    // Module arguments
    input wire  [4:0] narrow;
    output reg  [7:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$chip$ctrl$w_ext


module top$chip$ctrl$x_r(d,q,clock);

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

endmodule // top$chip$ctrl$x_r


module top$chip$ctrl$y_r(d,q,clock);

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

endmodule // top$chip$ctrl$y_r


module top$chip$cycle_hi_ext(narrow,wide);

    // Module arguments
    input wire  [4:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{27{1'b0}}, narrow};
endmodule // top$chip$cycle_hi_ext


module top$chip$d1_acc(d,q,clock);

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

endmodule // top$chip$d1_acc


module top$chip$d1_border(d,q,clock);

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

endmodule // top$chip$d1_border


module top$chip$d1_drain0(d,q,clock);

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

endmodule // top$chip$d1_drain0


module top$chip$d1_first(d,q,clock);

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

endmodule // top$chip$d1_first


module top$chip$d1_goff(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$d1_goff


module top$chip$d1_group(d,q,clock);

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

endmodule // top$chip$d1_group


module top$chip$d1_group_ext(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [12:0] wide;

    // Update code (custom)
    always @(*) wide = {{9{1'b0}}, narrow};
endmodule // top$chip$d1_group_ext


module top$chip$d1_group_ext7(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [6:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$chip$d1_group_ext7


module top$chip$d1_idx(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$d1_idx


module top$chip$d1_phase(d,q,clock);

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

endmodule // top$chip$d1_phase


module top$chip$d1_pos(d,q,clock);

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

endmodule // top$chip$d1_pos


module top$chip$d1_valid(d,q,clock);

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

endmodule // top$chip$d1_valid


module top$chip$d2_acc(d,q,clock);

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

endmodule // top$chip$d2_acc


module top$chip$d2_add(d,q,clock);

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

endmodule // top$chip$d2_add


module top$chip$d2_drain0(d,q,clock);

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

endmodule // top$chip$d2_drain0


module top$chip$d2_first(d,q,clock);

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

endmodule // top$chip$d2_first


module top$chip$d2_phase(d,q,clock);

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

endmodule // top$chip$d2_phase


module top$chip$d2_spin(d,q,clock);

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

endmodule // top$chip$d2_spin


module top$chip$delta(d,q,clock);

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

endmodule // top$chip$delta


module top$chip$done_flag(d,q,clock);

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

endmodule // top$chip$done_flag


module top$chip$field_ext$0(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$field_ext$0


module top$chip$field_ext$1(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$field_ext$1


module top$chip$field_ext$2(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$field_ext$2


module top$chip$field_ext$3(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$field_ext$3


module top$chip$geo_c0(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$geo_c0


module top$chip$geo_c1(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$geo_c1


module top$chip$geo_c2(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$geo_c2


module top$chip$geo_h(d,q,clock);

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

endmodule // top$chip$geo_h


module top$chip$geo_k1(d,q,clock);

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

endmodule // top$chip$geo_k1


module top$chip$geo_k2(d,q,clock);

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

endmodule // top$chip$geo_k2


module top$chip$geo_w(d,q,clock);

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

endmodule // top$chip$geo_w


module top$chip$group_ext7(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [6:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$chip$group_ext7


module top$chip$group_ext8(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [7:0] wide;

    // Update code (custom)
    always @(*) wide = {{4{1'b0}}, narrow};
endmodule // top$chip$group_ext8


module top$chip$group_ext_sum(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{11{1'b0}}, narrow};
endmodule // top$chip$group_ext_sum


module top$chip$idx_r(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$idx_r


module top$chip$input_free(d,q,clock);

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

endmodule // top$chip$input_free


module top$chip$k1_stride(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$k1_stride


module top$chip$k1m_base(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$k1m_base


module top$chip$k1p_base(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$k1p_base


module top$chip$k3u_base(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$k3u_base


module top$chip$k3u_stride(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$k3u_stride


module top$chip$k_c2(d,q,clock);

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

endmodule // top$chip$k_c2


module top$chip$k_field(d,q,clock);

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

endmodule // top$chip$k_field


module top$chip$k_h1(d,q,clock);

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

endmodule // top$chip$k_h1


module top$chip$lane_mask(c1,c2,phase,group,mask);

    // Module arguments
    input wire  [6:0] c1;
    input wire  [6:0] c2;
    input wire  [1:0] phase;
    input wire  [3:0] group;
    output reg  [3:0] mask;

    // Update code (custom)
    wire [6:0] dest = phase[0] ? c2 : c1;
    wire [6:0] base = {{3{1'b0}}, group} << 2;
    wire [6:0] rem = dest - base;
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_phase = phase[1];
    /* verilator lint_on UNUSEDSIGNAL */
    always @(*) mask = {rem > 7'd3, rem > 7'd2, rem > 7'd1, rem > 7'd0};
endmodule // top$chip$lane_mask


module top$chip$lanes$0(clock,seed,load,clear,preload_en,preload,add_en,weight,source_spin,compute,delta_code,shift_amount,offset,acc,field,state,spin,spin_valid,start_spin);

    // Module arguments
    input wire  clock;
    input wire  [63:0] seed;
    input wire  load;
    input wire  clear;
    input wire  preload_en;
    input wire signed [17:0] preload;
    input wire  add_en;
    input wire signed [15:0] weight;
    input wire  source_spin;
    input wire  compute;
    input wire  [15:0] delta_code;
    input wire  [4:0] shift_amount;
    input wire signed [15:0] offset;
    output reg signed [17:0] acc;
    output reg signed [15:0] field;
    output reg  [63:0] state;
    output reg  spin;
    output reg  spin_valid;
    output reg  start_spin;

    // Constant declarations
    localparam  draw_msb = 4'hf;

    // Stub signals
    reg  rng$clock;
    reg  [63:0] rng$seed;
    reg  rng$load;
    reg  rng$step;
    wire  [63:0] rng$state;
    wire  [15:0] rng$draw;
    reg  field_unit$clock;
    reg  field_unit$clear;
    reg  field_unit$preload_en;
    reg signed [17:0] field_unit$preload;
    reg  field_unit$add_en;
    reg signed [15:0] field_unit$weight;
    reg  field_unit$spin;
    wire signed [17:0] field_unit$acc;
    reg  field_unit$compute;
    reg  [15:0] field_unit$delta_code;
    reg  [4:0] field_unit$shift_amount;
    reg signed [15:0] field_unit$offset;
    wire signed [15:0] field_unit$field;
    wire  field_unit$valid;
    reg  pbit$clock;
    reg signed [15:0] pbit$field;
    reg  [15:0] pbit$r;
    wire  pbit$spin;
    reg  step_1$d;
    wire  step_1$q;
    reg  step_1$clock;
    reg  step_2$d;
    wire  step_2$q;
    reg  step_2$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  start_q$d;
    wire  start_q$q;
    reg  start_q$clock;

    // Sub module instances
    top$chip$lanes$0$rng rng(
        .clock(rng$clock),
        .seed(rng$seed),
        .load(rng$load),
        .step(rng$step),
        .state(rng$state),
        .draw(rng$draw)
    );
    top$chip$lanes$0$field_unit field_unit(
        .clock(field_unit$clock),
        .clear(field_unit$clear),
        .preload_en(field_unit$preload_en),
        .preload(field_unit$preload),
        .add_en(field_unit$add_en),
        .weight(field_unit$weight),
        .spin(field_unit$spin),
        .acc(field_unit$acc),
        .compute(field_unit$compute),
        .delta_code(field_unit$delta_code),
        .shift_amount(field_unit$shift_amount),
        .offset(field_unit$offset),
        .field(field_unit$field),
        .valid(field_unit$valid)
    );
    top$chip$lanes$0$pbit pbit(
        .clock(pbit$clock),
        .field(pbit$field),
        .r(pbit$r),
        .spin(pbit$spin)
    );
    top$chip$lanes$0$step_1 step_1(
        .d(step_1$d),
        .q(step_1$q),
        .clock(step_1$clock)
    );
    top$chip$lanes$0$step_2 step_2(
        .d(step_2$d),
        .q(step_2$q),
        .clock(step_2$clock)
    );
    top$chip$lanes$0$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$chip$lanes$0$start_q start_q(
        .d(start_q$d),
        .q(start_q$q),
        .clock(start_q$clock)
    );

    // Update code
    always @(*) begin
        rng$clock = clock;
        field_unit$clock = clock;
        pbit$clock = clock;
        step_1$clock = clock;
        step_2$clock = clock;
        valid_q$clock = clock;
        start_q$clock = clock;
        step_1$d = step_1$q;
        step_2$d = step_2$q;
        valid_q$d = valid_q$q;
        start_q$d = start_q$q;
        rng$seed = seed;
        rng$load = load;
        step_1$d = compute;
        step_2$d = step_1$q;
        rng$step = step_2$q;
        field_unit$clear = clear;
        field_unit$preload_en = preload_en;
        field_unit$preload = preload;
        field_unit$add_en = add_en;
        field_unit$weight = weight;
        field_unit$spin = source_spin;
        field_unit$compute = compute;
        field_unit$delta_code = delta_code;
        field_unit$shift_amount = shift_amount;
        field_unit$offset = offset;
        pbit$field = field_unit$field;
        pbit$r = rng$draw;
        valid_q$d = field_unit$valid;
        start_q$d = rng$draw[draw_msb];
        acc = field_unit$acc;
        field = field_unit$field;
        state = rng$state;
        spin = pbit$spin;
        spin_valid = valid_q$q;
        start_spin = start_q$q;
    end

endmodule // top$chip$lanes$0


module top$chip$lanes$0$field_unit(clock,clear,preload_en,preload,add_en,weight,spin,acc,compute,delta_code,shift_amount,offset,field,valid);

    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  preload_en;
    input wire signed [17:0] preload;
    input wire  add_en;
    input wire signed [15:0] weight;
    input wire  spin;
    output reg signed [17:0] acc;
    input wire  compute;
    input wire  [15:0] delta_code;
    input wire  [4:0] shift_amount;
    input wire signed [15:0] offset;
    output reg signed [15:0] field;
    output reg  valid;

    // Constant declarations
    localparam  zero_acc = 18'b0;
    localparam  lsb = 6'b0;
    localparam  acc_lsb = 5'b0;
    localparam  shift_lsb = 3'b0;
    localparam  sum_lsb = 5'b0;
    localparam  hi_lsb = 5'b10000;
    localparam  hi_msb = 5'b10001;
    localparam  hi_weight = 6'b10000;
    localparam  one_bit = 1'b1;
    localparam  zero_prod = 34'h0;
    localparam  one_prod = 34'h1;
    localparam  ones_prod = 34'h3ffffffff;
    localparam  prod_sign = 6'b100001;
    localparam  coarse_mask = 5'b11000;
    localparam  top_lsb = 6'b10000;
    localparam  top_zero = 18'b0;
    localparam  top_ones = 18'b111111111111111111;
    localparam  clamp_low = 18'b110000000000000000;
    localparam  clamp_high = 18'b1111111111111111;
    localparam  sum_sign = 5'b10001;
    localparam  sat_lsb = 5'b1111;
    localparam  sat_zero = 3'b0;
    localparam  sat_ones = 3'b111;
    localparam  field_min = 16'h8000;
    localparam  field_max = 16'h7fff;

    // Stub signals
    reg  [17:0] acc_reg$d;
    wire  [17:0] acc_reg$q;
    reg  acc_reg$clock;
    reg  [15:0] weight_ext$narrow;
    wire  [17:0] weight_ext$wide;
    reg  [15:0] delta_ext$narrow;
    wire  [33:0] delta_ext$wide;
    reg  [31:0] a_low$d;
    wire  [31:0] a_low$q;
    reg  a_low$clock;
    reg  [33:0] a_addend$d;
    wire  [33:0] a_addend$q;
    reg  a_addend$clock;
    reg  [4:0] a_shift$d;
    wire  [4:0] a_shift$q;
    reg  a_shift$clock;
    reg  [15:0] a_offset$d;
    wire  [15:0] a_offset$q;
    reg  a_offset$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [31:0] low_ext$narrow;
    wire  [33:0] low_ext$wide;
    reg  [33:0] b_coarse$d;
    wire  [33:0] b_coarse$q;
    reg  b_coarse$clock;
    reg  [2:0] b_fine$d;
    wire  [2:0] b_fine$q;
    reg  b_fine$clock;
    reg  [15:0] b_offset$d;
    wire  [15:0] b_offset$q;
    reg  b_offset$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [15:0] offset_ext$narrow;
    wire  [17:0] offset_ext$wide;
    reg  [15:0] c_field$d;
    wire  [15:0] c_field$q;
    reg  c_field$clock;
    reg  c_valid$d;
    wire  c_valid$q;
    reg  c_valid$clock;

    // Local signals
    reg  [17:0] term;
    reg  [17:0] base;
    reg  [33:0] hi_plus;
    reg  [33:0] hi_minus;
    reg  [33:0] half;
    reg  [33:0] rounded;
    reg  [4:0] coarse_amount;
    reg  [33:0] shifted;
    reg  [17:0] clamped;
    reg  [17:0] sum;

    // Sub module instances
    top$chip$lanes$0$field_unit$acc_reg acc_reg(
        .d(acc_reg$d),
        .q(acc_reg$q),
        .clock(acc_reg$clock)
    );
    top$chip$lanes$0$field_unit$weight_ext weight_ext(
        .narrow(weight_ext$narrow),
        .wide(weight_ext$wide)
    );
    top$chip$lanes$0$field_unit$delta_ext delta_ext(
        .narrow(delta_ext$narrow),
        .wide(delta_ext$wide)
    );
    top$chip$lanes$0$field_unit$a_low a_low(
        .d(a_low$d),
        .q(a_low$q),
        .clock(a_low$clock)
    );
    top$chip$lanes$0$field_unit$a_addend a_addend(
        .d(a_addend$d),
        .q(a_addend$q),
        .clock(a_addend$clock)
    );
    top$chip$lanes$0$field_unit$a_shift a_shift(
        .d(a_shift$d),
        .q(a_shift$q),
        .clock(a_shift$clock)
    );
    top$chip$lanes$0$field_unit$a_offset a_offset(
        .d(a_offset$d),
        .q(a_offset$q),
        .clock(a_offset$clock)
    );
    top$chip$lanes$0$field_unit$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$chip$lanes$0$field_unit$low_ext low_ext(
        .narrow(low_ext$narrow),
        .wide(low_ext$wide)
    );
    top$chip$lanes$0$field_unit$b_coarse b_coarse(
        .d(b_coarse$d),
        .q(b_coarse$q),
        .clock(b_coarse$clock)
    );
    top$chip$lanes$0$field_unit$b_fine b_fine(
        .d(b_fine$d),
        .q(b_fine$q),
        .clock(b_fine$clock)
    );
    top$chip$lanes$0$field_unit$b_offset b_offset(
        .d(b_offset$d),
        .q(b_offset$q),
        .clock(b_offset$clock)
    );
    top$chip$lanes$0$field_unit$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$chip$lanes$0$field_unit$offset_ext offset_ext(
        .narrow(offset_ext$narrow),
        .wide(offset_ext$wide)
    );
    top$chip$lanes$0$field_unit$c_field c_field(
        .d(c_field$d),
        .q(c_field$q),
        .clock(c_field$clock)
    );
    top$chip$lanes$0$field_unit$c_valid c_valid(
        .d(c_valid$d),
        .q(c_valid$q),
        .clock(c_valid$clock)
    );

    // Update code
    always @(*) begin
        acc_reg$clock = clock;
        a_low$clock = clock;
        a_addend$clock = clock;
        a_shift$clock = clock;
        a_offset$clock = clock;
        a_valid$clock = clock;
        b_coarse$clock = clock;
        b_fine$clock = clock;
        b_offset$clock = clock;
        b_valid$clock = clock;
        c_field$clock = clock;
        c_valid$clock = clock;
        acc_reg$d = acc_reg$q;
        a_low$d = a_low$q;
        a_addend$d = a_addend$q;
        a_shift$d = a_shift$q;
        a_offset$d = a_offset$q;
        a_valid$d = a_valid$q;
        b_coarse$d = b_coarse$q;
        b_fine$d = b_fine$q;
        b_offset$d = b_offset$q;
        b_valid$d = b_valid$q;
        c_field$d = c_field$q;
        c_valid$d = c_valid$q;
        weight_ext$narrow = $unsigned(weight);
        term = weight_ext$wide;
        if (~spin) begin
            term = zero_acc - weight_ext$wide;
        end
        base = acc_reg$q;
        if (clear) begin
            base = zero_acc;
        end
        if (preload_en) begin
            base = $unsigned(preload);
        end
        acc_reg$d = base;
        if (add_en) begin
            acc_reg$d = base + term;
        end
        acc = $signed(acc_reg$q);
        delta_ext$narrow = delta_code;
        hi_plus = zero_prod;
        if (acc_reg$q[hi_lsb]) begin
            hi_plus = delta_ext$wide << hi_weight;
        end
        hi_minus = zero_prod;
        if (acc_reg$q[hi_msb]) begin
            hi_minus = (delta_ext$wide << hi_weight) << one_bit;
        end
        half = (one_prod << shift_amount) >> one_bit;
        if (compute) begin
            a_low$d = acc_reg$q[(acc_lsb)+:(16)] * delta_code;
            a_addend$d = hi_plus - hi_minus + half;
            a_shift$d = shift_amount;
            a_offset$d = $unsigned(offset);
        end
        a_valid$d = compute;
        low_ext$narrow = a_low$q;
        rounded = low_ext$wide + a_addend$q;
        coarse_amount = a_shift$q & coarse_mask;
        if (a_valid$q) begin
            b_coarse$d = rounded >> coarse_amount;
            if (rounded[prod_sign]) begin
                b_coarse$d = (rounded >> coarse_amount) | ~(ones_prod >> coarse_amount);
            end
            b_fine$d = a_shift$q[(shift_lsb)+:(3)];
            b_offset$d = a_offset$q;
        end
        b_valid$d = a_valid$q;
        shifted = b_coarse$q >> b_fine$q;
        if (b_coarse$q[prod_sign]) begin
            shifted = (b_coarse$q >> b_fine$q) | ~(ones_prod >> b_fine$q);
        end
        clamped = shifted[(lsb)+:(18)];
        if ((shifted[(top_lsb)+:(18)] != top_zero) & (shifted[(top_lsb)+:(18)] != top_ones)) begin
            clamped = clamp_high;
            if (shifted[prod_sign]) begin
                clamped = clamp_low;
            end
        end
        offset_ext$narrow = b_offset$q;
        sum = clamped + offset_ext$wide;
        if (b_valid$q) begin
            c_field$d = sum[(sum_lsb)+:(16)];
            if ((sum[(sat_lsb)+:(3)] != sat_zero) & (sum[(sat_lsb)+:(3)] != sat_ones)) begin
                c_field$d = field_max;
                if (sum[sum_sign]) begin
                    c_field$d = field_min;
                end
            end
        end
        c_valid$d = b_valid$q;
        field = $signed(c_field$q);
        valid = c_valid$q;
    end

endmodule // top$chip$lanes$0$field_unit


module top$chip$lanes$0$field_unit$a_addend(d,q,clock);

    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 34'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$0$field_unit$a_addend


module top$chip$lanes$0$field_unit$a_low(d,q,clock);

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

endmodule // top$chip$lanes$0$field_unit$a_low


module top$chip$lanes$0$field_unit$a_offset(d,q,clock);

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

endmodule // top$chip$lanes$0$field_unit$a_offset


module top$chip$lanes$0$field_unit$a_shift(d,q,clock);

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

endmodule // top$chip$lanes$0$field_unit$a_shift


module top$chip$lanes$0$field_unit$a_valid(d,q,clock);

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

endmodule // top$chip$lanes$0$field_unit$a_valid


module top$chip$lanes$0$field_unit$acc_reg(d,q,clock);

    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 18'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$0$field_unit$acc_reg


module top$chip$lanes$0$field_unit$b_coarse(d,q,clock);

    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 34'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$0$field_unit$b_coarse


module top$chip$lanes$0$field_unit$b_fine(d,q,clock);

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

endmodule // top$chip$lanes$0$field_unit$b_fine


module top$chip$lanes$0$field_unit$b_offset(d,q,clock);

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

endmodule // top$chip$lanes$0$field_unit$b_offset


module top$chip$lanes$0$field_unit$b_valid(d,q,clock);

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

endmodule // top$chip$lanes$0$field_unit$b_valid


module top$chip$lanes$0$field_unit$c_field(d,q,clock);

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

endmodule // top$chip$lanes$0$field_unit$c_field


module top$chip$lanes$0$field_unit$c_valid(d,q,clock);

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

endmodule // top$chip$lanes$0$field_unit$c_valid


module top$chip$lanes$0$field_unit$delta_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{18{1'b0}}, narrow};
endmodule // top$chip$lanes$0$field_unit$delta_ext


module top$chip$lanes$0$field_unit$low_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{1'b0}}, narrow};
endmodule // top$chip$lanes$0$field_unit$low_ext


module top$chip$lanes$0$field_unit$offset_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$lanes$0$field_unit$offset_ext


module top$chip$lanes$0$field_unit$weight_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$lanes$0$field_unit$weight_ext


module top$chip$lanes$0$pbit(clock,field,r,spin);

    // Module arguments
    input wire  clock;
    input wire signed [15:0] field;
    input wire  [15:0] r;
    output reg  spin;

    // Constant declarations
    localparam  last_index = 16'h3ff;
    localparam  last_address = 10'b1111111111;
    localparam  one = 16'h1;
    localparam  sign_bit = 4'hf;
    localparam  lsb = 4'h0;

    // Stub signals
    reg  [9:0] thresholds$address;
    reg  thresholds$clock;
    wire  [15:0] thresholds$data;
    reg  negative$d;
    wire  negative$q;
    reg  negative$clock;
    reg  [15:0] r_reg$d;
    wire  [15:0] r_reg$q;
    reg  r_reg$clock;

    // Local signals
    reg  [15:0] code;
    reg  [15:0] magnitude;

    // Sub module instances
    top$chip$lanes$0$pbit$thresholds thresholds(
        .address(thresholds$address),
        .clock(thresholds$clock),
        .data(thresholds$data)
    );
    top$chip$lanes$0$pbit$negative negative(
        .d(negative$d),
        .q(negative$q),
        .clock(negative$clock)
    );
    top$chip$lanes$0$pbit$r_reg r_reg(
        .d(r_reg$d),
        .q(r_reg$q),
        .clock(r_reg$clock)
    );

    // Update code
    always @(*) begin
        thresholds$clock = clock;
        negative$clock = clock;
        r_reg$clock = clock;
        code = $unsigned(field);
        magnitude = code;
        if (code[sign_bit]) begin
            magnitude = ~code + one;
        end
        thresholds$address = magnitude[(lsb)+:(10)];
        if (magnitude > last_index) begin
            thresholds$address = last_address;
        end
        negative$d = code[sign_bit];
        r_reg$d = r;
        spin = (r_reg$q < thresholds$data) ^ negative$q;
    end

endmodule // top$chip$lanes$0$pbit


module top$chip$lanes$0$pbit$negative(d,q,clock);

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

endmodule // top$chip$lanes$0$pbit$negative


module top$chip$lanes$0$pbit$r_reg(d,q,clock);

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

endmodule // top$chip$lanes$0$pbit$r_reg


module top$chip$lanes$0$pbit$thresholds(address,clock,data);

    // Module arguments
    input wire  [9:0] address;
    input wire  clock;
    output reg  [15:0] data;

    // Update code (custom)
    reg[15:0] mem [1023:0];

    initial begin
    mem[10'b0] = 16'h8000;
    mem[10'b1] = 16'h8080;
    mem[10'b10] = 16'h8100;
    mem[10'b11] = 16'h8180;
    mem[10'b100] = 16'h8200;
    mem[10'b101] = 16'h8280;
    mem[10'b110] = 16'h8300;
    mem[10'b111] = 16'h8380;
    mem[10'b1000] = 16'h8400;
    mem[10'b1001] = 16'h8480;
    mem[10'b1010] = 16'h84ff;
    mem[10'b1011] = 16'h857f;
    mem[10'b1100] = 16'h85ff;
    mem[10'b1101] = 16'h867f;
    mem[10'b1110] = 16'h86fe;
    mem[10'b1111] = 16'h877e;
    mem[10'b10000] = 16'h87fd;
    mem[10'b10001] = 16'h887d;
    mem[10'b10010] = 16'h88fc;
    mem[10'b10011] = 16'h897c;
    mem[10'b10100] = 16'h89fb;
    mem[10'b10101] = 16'h8a7a;
    mem[10'b10110] = 16'h8af9;
    mem[10'b10111] = 16'h8b78;
    mem[10'b11000] = 16'h8bf7;
    mem[10'b11001] = 16'h8c76;
    mem[10'b11010] = 16'h8cf5;
    mem[10'b11011] = 16'h8d73;
    mem[10'b11100] = 16'h8df2;
    mem[10'b11101] = 16'h8e70;
    mem[10'b11110] = 16'h8eef;
    mem[10'b11111] = 16'h8f6d;
    mem[10'b100000] = 16'h8feb;
    mem[10'b100001] = 16'h9069;
    mem[10'b100010] = 16'h90e7;
    mem[10'b100011] = 16'h9164;
    mem[10'b100100] = 16'h91e2;
    mem[10'b100101] = 16'h925f;
    mem[10'b100110] = 16'h92dd;
    mem[10'b100111] = 16'h935a;
    mem[10'b101000] = 16'h93d7;
    mem[10'b101001] = 16'h9454;
    mem[10'b101010] = 16'h94d0;
    mem[10'b101011] = 16'h954d;
    mem[10'b101100] = 16'h95c9;
    mem[10'b101101] = 16'h9645;
    mem[10'b101110] = 16'h96c1;
    mem[10'b101111] = 16'h973d;
    mem[10'b110000] = 16'h97b9;
    mem[10'b110001] = 16'h9835;
    mem[10'b110010] = 16'h98b0;
    mem[10'b110011] = 16'h992b;
    mem[10'b110100] = 16'h99a6;
    mem[10'b110101] = 16'h9a21;
    mem[10'b110110] = 16'h9a9b;
    mem[10'b110111] = 16'h9b16;
    mem[10'b111000] = 16'h9b90;
    mem[10'b111001] = 16'h9c0a;
    mem[10'b111010] = 16'h9c84;
    mem[10'b111011] = 16'h9cfd;
    mem[10'b111100] = 16'h9d76;
    mem[10'b111101] = 16'h9df0;
    mem[10'b111110] = 16'h9e68;
    mem[10'b111111] = 16'h9ee1;
    mem[10'b1000000] = 16'h9f59;
    mem[10'b1000001] = 16'h9fd2;
    mem[10'b1000010] = 16'ha04a;
    mem[10'b1000011] = 16'ha0c1;
    mem[10'b1000100] = 16'ha139;
    mem[10'b1000101] = 16'ha1b0;
    mem[10'b1000110] = 16'ha227;
    mem[10'b1000111] = 16'ha29e;
    mem[10'b1001000] = 16'ha314;
    mem[10'b1001001] = 16'ha38b;
    mem[10'b1001010] = 16'ha401;
    mem[10'b1001011] = 16'ha476;
    mem[10'b1001100] = 16'ha4ec;
    mem[10'b1001101] = 16'ha561;
    mem[10'b1001110] = 16'ha5d6;
    mem[10'b1001111] = 16'ha64b;
    mem[10'b1010000] = 16'ha6bf;
    mem[10'b1010001] = 16'ha733;
    mem[10'b1010010] = 16'ha7a7;
    mem[10'b1010011] = 16'ha81b;
    mem[10'b1010100] = 16'ha88e;
    mem[10'b1010101] = 16'ha901;
    mem[10'b1010110] = 16'ha974;
    mem[10'b1010111] = 16'ha9e6;
    mem[10'b1011000] = 16'haa58;
    mem[10'b1011001] = 16'haaca;
    mem[10'b1011010] = 16'hab3c;
    mem[10'b1011011] = 16'habad;
    mem[10'b1011100] = 16'hac1e;
    mem[10'b1011101] = 16'hac8f;
    mem[10'b1011110] = 16'hacff;
    mem[10'b1011111] = 16'had6f;
    mem[10'b1100000] = 16'haddf;
    mem[10'b1100001] = 16'hae4e;
    mem[10'b1100010] = 16'haebd;
    mem[10'b1100011] = 16'haf2c;
    mem[10'b1100100] = 16'haf9a;
    mem[10'b1100101] = 16'hb009;
    mem[10'b1100110] = 16'hb076;
    mem[10'b1100111] = 16'hb0e4;
    mem[10'b1101000] = 16'hb151;
    mem[10'b1101001] = 16'hb1be;
    mem[10'b1101010] = 16'hb22a;
    mem[10'b1101011] = 16'hb296;
    mem[10'b1101100] = 16'hb302;
    mem[10'b1101101] = 16'hb36e;
    mem[10'b1101110] = 16'hb3d9;
    mem[10'b1101111] = 16'hb444;
    mem[10'b1110000] = 16'hb4ae;
    mem[10'b1110001] = 16'hb518;
    mem[10'b1110010] = 16'hb582;
    mem[10'b1110011] = 16'hb5ec;
    mem[10'b1110100] = 16'hb655;
    mem[10'b1110101] = 16'hb6be;
    mem[10'b1110110] = 16'hb726;
    mem[10'b1110111] = 16'hb78e;
    mem[10'b1111000] = 16'hb7f6;
    mem[10'b1111001] = 16'hb85d;
    mem[10'b1111010] = 16'hb8c4;
    mem[10'b1111011] = 16'hb92b;
    mem[10'b1111100] = 16'hb991;
    mem[10'b1111101] = 16'hb9f7;
    mem[10'b1111110] = 16'hba5d;
    mem[10'b1111111] = 16'hbac2;
    mem[10'b10000000] = 16'hbb27;
    mem[10'b10000001] = 16'hbb8b;
    mem[10'b10000010] = 16'hbbef;
    mem[10'b10000011] = 16'hbc53;
    mem[10'b10000100] = 16'hbcb6;
    mem[10'b10000101] = 16'hbd19;
    mem[10'b10000110] = 16'hbd7c;
    mem[10'b10000111] = 16'hbdde;
    mem[10'b10001000] = 16'hbe40;
    mem[10'b10001001] = 16'hbea2;
    mem[10'b10001010] = 16'hbf03;
    mem[10'b10001011] = 16'hbf64;
    mem[10'b10001100] = 16'hbfc4;
    mem[10'b10001101] = 16'hc024;
    mem[10'b10001110] = 16'hc084;
    mem[10'b10001111] = 16'hc0e3;
    mem[10'b10010000] = 16'hc142;
    mem[10'b10010001] = 16'hc1a1;
    mem[10'b10010010] = 16'hc1ff;
    mem[10'b10010011] = 16'hc25d;
    mem[10'b10010100] = 16'hc2ba;
    mem[10'b10010101] = 16'hc317;
    mem[10'b10010110] = 16'hc374;
    mem[10'b10010111] = 16'hc3d0;
    mem[10'b10011000] = 16'hc42c;
    mem[10'b10011001] = 16'hc487;
    mem[10'b10011010] = 16'hc4e2;
    mem[10'b10011011] = 16'hc53d;
    mem[10'b10011100] = 16'hc598;
    mem[10'b10011101] = 16'hc5f2;
    mem[10'b10011110] = 16'hc64b;
    mem[10'b10011111] = 16'hc6a4;
    mem[10'b10100000] = 16'hc6fd;
    mem[10'b10100001] = 16'hc756;
    mem[10'b10100010] = 16'hc7ae;
    mem[10'b10100011] = 16'hc805;
    mem[10'b10100100] = 16'hc85d;
    mem[10'b10100101] = 16'hc8b3;
    mem[10'b10100110] = 16'hc90a;
    mem[10'b10100111] = 16'hc960;
    mem[10'b10101000] = 16'hc9b6;
    mem[10'b10101001] = 16'hca0b;
    mem[10'b10101010] = 16'hca60;
    mem[10'b10101011] = 16'hcab5;
    mem[10'b10101100] = 16'hcb09;
    mem[10'b10101101] = 16'hcb5d;
    mem[10'b10101110] = 16'hcbb0;
    mem[10'b10101111] = 16'hcc03;
    mem[10'b10110000] = 16'hcc56;
    mem[10'b10110001] = 16'hcca8;
    mem[10'b10110010] = 16'hccfa;
    mem[10'b10110011] = 16'hcd4c;
    mem[10'b10110100] = 16'hcd9d;
    mem[10'b10110101] = 16'hcdee;
    mem[10'b10110110] = 16'hce3e;
    mem[10'b10110111] = 16'hce8e;
    mem[10'b10111000] = 16'hcedd;
    mem[10'b10111001] = 16'hcf2d;
    mem[10'b10111010] = 16'hcf7c;
    mem[10'b10111011] = 16'hcfca;
    mem[10'b10111100] = 16'hd018;
    mem[10'b10111101] = 16'hd066;
    mem[10'b10111110] = 16'hd0b3;
    mem[10'b10111111] = 16'hd100;
    mem[10'b11000000] = 16'hd14d;
    mem[10'b11000001] = 16'hd199;
    mem[10'b11000010] = 16'hd1e5;
    mem[10'b11000011] = 16'hd230;
    mem[10'b11000100] = 16'hd27b;
    mem[10'b11000101] = 16'hd2c6;
    mem[10'b11000110] = 16'hd310;
    mem[10'b11000111] = 16'hd35a;
    mem[10'b11001000] = 16'hd3a3;
    mem[10'b11001001] = 16'hd3ed;
    mem[10'b11001010] = 16'hd435;
    mem[10'b11001011] = 16'hd47e;
    mem[10'b11001100] = 16'hd4c6;
    mem[10'b11001101] = 16'hd50d;
    mem[10'b11001110] = 16'hd555;
    mem[10'b11001111] = 16'hd59c;
    mem[10'b11010000] = 16'hd5e2;
    mem[10'b11010001] = 16'hd628;
    mem[10'b11010010] = 16'hd66e;
    mem[10'b11010011] = 16'hd6b4;
    mem[10'b11010100] = 16'hd6f9;
    mem[10'b11010101] = 16'hd73e;
    mem[10'b11010110] = 16'hd782;
    mem[10'b11010111] = 16'hd7c6;
    mem[10'b11011000] = 16'hd80a;
    mem[10'b11011001] = 16'hd84d;
    mem[10'b11011010] = 16'hd890;
    mem[10'b11011011] = 16'hd8d2;
    mem[10'b11011100] = 16'hd914;
    mem[10'b11011101] = 16'hd956;
    mem[10'b11011110] = 16'hd998;
    mem[10'b11011111] = 16'hd9d9;
    mem[10'b11100000] = 16'hda1a;
    mem[10'b11100001] = 16'hda5a;
    mem[10'b11100010] = 16'hda9a;
    mem[10'b11100011] = 16'hdada;
    mem[10'b11100100] = 16'hdb19;
    mem[10'b11100101] = 16'hdb58;
    mem[10'b11100110] = 16'hdb97;
    mem[10'b11100111] = 16'hdbd5;
    mem[10'b11101000] = 16'hdc13;
    mem[10'b11101001] = 16'hdc51;
    mem[10'b11101010] = 16'hdc8e;
    mem[10'b11101011] = 16'hdccb;
    mem[10'b11101100] = 16'hdd07;
    mem[10'b11101101] = 16'hdd43;
    mem[10'b11101110] = 16'hdd7f;
    mem[10'b11101111] = 16'hddbb;
    mem[10'b11110000] = 16'hddf6;
    mem[10'b11110001] = 16'hde31;
    mem[10'b11110010] = 16'hde6b;
    mem[10'b11110011] = 16'hdea6;
    mem[10'b11110100] = 16'hdedf;
    mem[10'b11110101] = 16'hdf19;
    mem[10'b11110110] = 16'hdf52;
    mem[10'b11110111] = 16'hdf8b;
    mem[10'b11111000] = 16'hdfc4;
    mem[10'b11111001] = 16'hdffc;
    mem[10'b11111010] = 16'he034;
    mem[10'b11111011] = 16'he06b;
    mem[10'b11111100] = 16'he0a2;
    mem[10'b11111101] = 16'he0d9;
    mem[10'b11111110] = 16'he110;
    mem[10'b11111111] = 16'he146;
    mem[10'b100000000] = 16'he17c;
    mem[10'b100000001] = 16'he1b2;
    mem[10'b100000010] = 16'he1e7;
    mem[10'b100000011] = 16'he21c;
    mem[10'b100000100] = 16'he250;
    mem[10'b100000101] = 16'he285;
    mem[10'b100000110] = 16'he2b9;
    mem[10'b100000111] = 16'he2ec;
    mem[10'b100001000] = 16'he320;
    mem[10'b100001001] = 16'he353;
    mem[10'b100001010] = 16'he386;
    mem[10'b100001011] = 16'he3b8;
    mem[10'b100001100] = 16'he3ea;
    mem[10'b100001101] = 16'he41c;
    mem[10'b100001110] = 16'he44e;
    mem[10'b100001111] = 16'he47f;
    mem[10'b100010000] = 16'he4b0;
    mem[10'b100010001] = 16'he4e1;
    mem[10'b100010010] = 16'he511;
    mem[10'b100010011] = 16'he541;
    mem[10'b100010100] = 16'he571;
    mem[10'b100010101] = 16'he5a0;
    mem[10'b100010110] = 16'he5cf;
    mem[10'b100010111] = 16'he5fe;
    mem[10'b100011000] = 16'he62d;
    mem[10'b100011001] = 16'he65b;
    mem[10'b100011010] = 16'he689;
    mem[10'b100011011] = 16'he6b7;
    mem[10'b100011100] = 16'he6e4;
    mem[10'b100011101] = 16'he711;
    mem[10'b100011110] = 16'he73e;
    mem[10'b100011111] = 16'he76b;
    mem[10'b100100000] = 16'he797;
    mem[10'b100100001] = 16'he7c3;
    mem[10'b100100010] = 16'he7ef;
    mem[10'b100100011] = 16'he81a;
    mem[10'b100100100] = 16'he846;
    mem[10'b100100101] = 16'he871;
    mem[10'b100100110] = 16'he89b;
    mem[10'b100100111] = 16'he8c6;
    mem[10'b100101000] = 16'he8f0;
    mem[10'b100101001] = 16'he91a;
    mem[10'b100101010] = 16'he943;
    mem[10'b100101011] = 16'he96c;
    mem[10'b100101100] = 16'he995;
    mem[10'b100101101] = 16'he9be;
    mem[10'b100101110] = 16'he9e7;
    mem[10'b100101111] = 16'hea0f;
    mem[10'b100110000] = 16'hea37;
    mem[10'b100110001] = 16'hea5f;
    mem[10'b100110010] = 16'hea86;
    mem[10'b100110011] = 16'heaad;
    mem[10'b100110100] = 16'head4;
    mem[10'b100110101] = 16'heafb;
    mem[10'b100110110] = 16'heb22;
    mem[10'b100110111] = 16'heb48;
    mem[10'b100111000] = 16'heb6e;
    mem[10'b100111001] = 16'heb93;
    mem[10'b100111010] = 16'hebb9;
    mem[10'b100111011] = 16'hebde;
    mem[10'b100111100] = 16'hec03;
    mem[10'b100111101] = 16'hec28;
    mem[10'b100111110] = 16'hec4c;
    mem[10'b100111111] = 16'hec71;
    mem[10'b101000000] = 16'hec95;
    mem[10'b101000001] = 16'hecb8;
    mem[10'b101000010] = 16'hecdc;
    mem[10'b101000011] = 16'hecff;
    mem[10'b101000100] = 16'hed22;
    mem[10'b101000101] = 16'hed45;
    mem[10'b101000110] = 16'hed68;
    mem[10'b101000111] = 16'hed8a;
    mem[10'b101001000] = 16'hedac;
    mem[10'b101001001] = 16'hedce;
    mem[10'b101001010] = 16'hedf0;
    mem[10'b101001011] = 16'hee11;
    mem[10'b101001100] = 16'hee33;
    mem[10'b101001101] = 16'hee54;
    mem[10'b101001110] = 16'hee74;
    mem[10'b101001111] = 16'hee95;
    mem[10'b101010000] = 16'heeb5;
    mem[10'b101010001] = 16'heed5;
    mem[10'b101010010] = 16'heef5;
    mem[10'b101010011] = 16'hef15;
    mem[10'b101010100] = 16'hef35;
    mem[10'b101010101] = 16'hef54;
    mem[10'b101010110] = 16'hef73;
    mem[10'b101010111] = 16'hef92;
    mem[10'b101011000] = 16'hefb0;
    mem[10'b101011001] = 16'hefcf;
    mem[10'b101011010] = 16'hefed;
    mem[10'b101011011] = 16'hf00b;
    mem[10'b101011100] = 16'hf029;
    mem[10'b101011101] = 16'hf047;
    mem[10'b101011110] = 16'hf064;
    mem[10'b101011111] = 16'hf081;
    mem[10'b101100000] = 16'hf09e;
    mem[10'b101100001] = 16'hf0bb;
    mem[10'b101100010] = 16'hf0d8;
    mem[10'b101100011] = 16'hf0f4;
    mem[10'b101100100] = 16'hf110;
    mem[10'b101100101] = 16'hf12c;
    mem[10'b101100110] = 16'hf148;
    mem[10'b101100111] = 16'hf164;
    mem[10'b101101000] = 16'hf17f;
    mem[10'b101101001] = 16'hf19a;
    mem[10'b101101010] = 16'hf1b6;
    mem[10'b101101011] = 16'hf1d0;
    mem[10'b101101100] = 16'hf1eb;
    mem[10'b101101101] = 16'hf206;
    mem[10'b101101110] = 16'hf220;
    mem[10'b101101111] = 16'hf23a;
    mem[10'b101110000] = 16'hf254;
    mem[10'b101110001] = 16'hf26e;
    mem[10'b101110010] = 16'hf288;
    mem[10'b101110011] = 16'hf2a1;
    mem[10'b101110100] = 16'hf2ba;
    mem[10'b101110101] = 16'hf2d3;
    mem[10'b101110110] = 16'hf2ec;
    mem[10'b101110111] = 16'hf305;
    mem[10'b101111000] = 16'hf31e;
    mem[10'b101111001] = 16'hf336;
    mem[10'b101111010] = 16'hf34e;
    mem[10'b101111011] = 16'hf366;
    mem[10'b101111100] = 16'hf37e;
    mem[10'b101111101] = 16'hf396;
    mem[10'b101111110] = 16'hf3ad;
    mem[10'b101111111] = 16'hf3c5;
    mem[10'b110000000] = 16'hf3dc;
    mem[10'b110000001] = 16'hf3f3;
    mem[10'b110000010] = 16'hf40a;
    mem[10'b110000011] = 16'hf421;
    mem[10'b110000100] = 16'hf437;
    mem[10'b110000101] = 16'hf44e;
    mem[10'b110000110] = 16'hf464;
    mem[10'b110000111] = 16'hf47a;
    mem[10'b110001000] = 16'hf490;
    mem[10'b110001001] = 16'hf4a6;
    mem[10'b110001010] = 16'hf4bb;
    mem[10'b110001011] = 16'hf4d1;
    mem[10'b110001100] = 16'hf4e6;
    mem[10'b110001101] = 16'hf4fb;
    mem[10'b110001110] = 16'hf510;
    mem[10'b110001111] = 16'hf525;
    mem[10'b110010000] = 16'hf53a;
    mem[10'b110010001] = 16'hf54e;
    mem[10'b110010010] = 16'hf563;
    mem[10'b110010011] = 16'hf577;
    mem[10'b110010100] = 16'hf58b;
    mem[10'b110010101] = 16'hf59f;
    mem[10'b110010110] = 16'hf5b3;
    mem[10'b110010111] = 16'hf5c7;
    mem[10'b110011000] = 16'hf5da;
    mem[10'b110011001] = 16'hf5ee;
    mem[10'b110011010] = 16'hf601;
    mem[10'b110011011] = 16'hf614;
    mem[10'b110011100] = 16'hf627;
    mem[10'b110011101] = 16'hf63a;
    mem[10'b110011110] = 16'hf64d;
    mem[10'b110011111] = 16'hf65f;
    mem[10'b110100000] = 16'hf672;
    mem[10'b110100001] = 16'hf684;
    mem[10'b110100010] = 16'hf696;
    mem[10'b110100011] = 16'hf6a8;
    mem[10'b110100100] = 16'hf6ba;
    mem[10'b110100101] = 16'hf6cc;
    mem[10'b110100110] = 16'hf6de;
    mem[10'b110100111] = 16'hf6ef;
    mem[10'b110101000] = 16'hf701;
    mem[10'b110101001] = 16'hf712;
    mem[10'b110101010] = 16'hf723;
    mem[10'b110101011] = 16'hf734;
    mem[10'b110101100] = 16'hf745;
    mem[10'b110101101] = 16'hf756;
    mem[10'b110101110] = 16'hf767;
    mem[10'b110101111] = 16'hf777;
    mem[10'b110110000] = 16'hf788;
    mem[10'b110110001] = 16'hf798;
    mem[10'b110110010] = 16'hf7a8;
    mem[10'b110110011] = 16'hf7b8;
    mem[10'b110110100] = 16'hf7c8;
    mem[10'b110110101] = 16'hf7d8;
    mem[10'b110110110] = 16'hf7e8;
    mem[10'b110110111] = 16'hf7f7;
    mem[10'b110111000] = 16'hf807;
    mem[10'b110111001] = 16'hf816;
    mem[10'b110111010] = 16'hf826;
    mem[10'b110111011] = 16'hf835;
    mem[10'b110111100] = 16'hf844;
    mem[10'b110111101] = 16'hf853;
    mem[10'b110111110] = 16'hf862;
    mem[10'b110111111] = 16'hf870;
    mem[10'b111000000] = 16'hf87f;
    mem[10'b111000001] = 16'hf88e;
    mem[10'b111000010] = 16'hf89c;
    mem[10'b111000011] = 16'hf8aa;
    mem[10'b111000100] = 16'hf8b8;
    mem[10'b111000101] = 16'hf8c7;
    mem[10'b111000110] = 16'hf8d4;
    mem[10'b111000111] = 16'hf8e2;
    mem[10'b111001000] = 16'hf8f0;
    mem[10'b111001001] = 16'hf8fe;
    mem[10'b111001010] = 16'hf90b;
    mem[10'b111001011] = 16'hf919;
    mem[10'b111001100] = 16'hf926;
    mem[10'b111001101] = 16'hf934;
    mem[10'b111001110] = 16'hf941;
    mem[10'b111001111] = 16'hf94e;
    mem[10'b111010000] = 16'hf95b;
    mem[10'b111010001] = 16'hf968;
    mem[10'b111010010] = 16'hf975;
    mem[10'b111010011] = 16'hf981;
    mem[10'b111010100] = 16'hf98e;
    mem[10'b111010101] = 16'hf99a;
    mem[10'b111010110] = 16'hf9a7;
    mem[10'b111010111] = 16'hf9b3;
    mem[10'b111011000] = 16'hf9bf;
    mem[10'b111011001] = 16'hf9cc;
    mem[10'b111011010] = 16'hf9d8;
    mem[10'b111011011] = 16'hf9e4;
    mem[10'b111011100] = 16'hf9ef;
    mem[10'b111011101] = 16'hf9fb;
    mem[10'b111011110] = 16'hfa07;
    mem[10'b111011111] = 16'hfa13;
    mem[10'b111100000] = 16'hfa1e;
    mem[10'b111100001] = 16'hfa2a;
    mem[10'b111100010] = 16'hfa35;
    mem[10'b111100011] = 16'hfa40;
    mem[10'b111100100] = 16'hfa4b;
    mem[10'b111100101] = 16'hfa57;
    mem[10'b111100110] = 16'hfa62;
    mem[10'b111100111] = 16'hfa6d;
    mem[10'b111101000] = 16'hfa77;
    mem[10'b111101001] = 16'hfa82;
    mem[10'b111101010] = 16'hfa8d;
    mem[10'b111101011] = 16'hfa98;
    mem[10'b111101100] = 16'hfaa2;
    mem[10'b111101101] = 16'hfaad;
    mem[10'b111101110] = 16'hfab7;
    mem[10'b111101111] = 16'hfac1;
    mem[10'b111110000] = 16'hfacb;
    mem[10'b111110001] = 16'hfad6;
    mem[10'b111110010] = 16'hfae0;
    mem[10'b111110011] = 16'hfaea;
    mem[10'b111110100] = 16'hfaf4;
    mem[10'b111110101] = 16'hfafe;
    mem[10'b111110110] = 16'hfb07;
    mem[10'b111110111] = 16'hfb11;
    mem[10'b111111000] = 16'hfb1b;
    mem[10'b111111001] = 16'hfb24;
    mem[10'b111111010] = 16'hfb2e;
    mem[10'b111111011] = 16'hfb37;
    mem[10'b111111100] = 16'hfb41;
    mem[10'b111111101] = 16'hfb4a;
    mem[10'b111111110] = 16'hfb53;
    mem[10'b111111111] = 16'hfb5c;
    mem[10'b1000000000] = 16'hfb65;
    mem[10'b1000000001] = 16'hfb6e;
    mem[10'b1000000010] = 16'hfb77;
    mem[10'b1000000011] = 16'hfb80;
    mem[10'b1000000100] = 16'hfb89;
    mem[10'b1000000101] = 16'hfb92;
    mem[10'b1000000110] = 16'hfb9a;
    mem[10'b1000000111] = 16'hfba3;
    mem[10'b1000001000] = 16'hfbab;
    mem[10'b1000001001] = 16'hfbb4;
    mem[10'b1000001010] = 16'hfbbc;
    mem[10'b1000001011] = 16'hfbc5;
    mem[10'b1000001100] = 16'hfbcd;
    mem[10'b1000001101] = 16'hfbd5;
    mem[10'b1000001110] = 16'hfbdd;
    mem[10'b1000001111] = 16'hfbe6;
    mem[10'b1000010000] = 16'hfbee;
    mem[10'b1000010001] = 16'hfbf6;
    mem[10'b1000010010] = 16'hfbfd;
    mem[10'b1000010011] = 16'hfc05;
    mem[10'b1000010100] = 16'hfc0d;
    mem[10'b1000010101] = 16'hfc15;
    mem[10'b1000010110] = 16'hfc1d;
    mem[10'b1000010111] = 16'hfc24;
    mem[10'b1000011000] = 16'hfc2c;
    mem[10'b1000011001] = 16'hfc33;
    mem[10'b1000011010] = 16'hfc3b;
    mem[10'b1000011011] = 16'hfc42;
    mem[10'b1000011100] = 16'hfc49;
    mem[10'b1000011101] = 16'hfc51;
    mem[10'b1000011110] = 16'hfc58;
    mem[10'b1000011111] = 16'hfc5f;
    mem[10'b1000100000] = 16'hfc66;
    mem[10'b1000100001] = 16'hfc6d;
    mem[10'b1000100010] = 16'hfc74;
    mem[10'b1000100011] = 16'hfc7b;
    mem[10'b1000100100] = 16'hfc82;
    mem[10'b1000100101] = 16'hfc89;
    mem[10'b1000100110] = 16'hfc90;
    mem[10'b1000100111] = 16'hfc97;
    mem[10'b1000101000] = 16'hfc9d;
    mem[10'b1000101001] = 16'hfca4;
    mem[10'b1000101010] = 16'hfcab;
    mem[10'b1000101011] = 16'hfcb1;
    mem[10'b1000101100] = 16'hfcb8;
    mem[10'b1000101101] = 16'hfcbe;
    mem[10'b1000101110] = 16'hfcc5;
    mem[10'b1000101111] = 16'hfccb;
    mem[10'b1000110000] = 16'hfcd1;
    mem[10'b1000110001] = 16'hfcd8;
    mem[10'b1000110010] = 16'hfcde;
    mem[10'b1000110011] = 16'hfce4;
    mem[10'b1000110100] = 16'hfcea;
    mem[10'b1000110101] = 16'hfcf0;
    mem[10'b1000110110] = 16'hfcf6;
    mem[10'b1000110111] = 16'hfcfc;
    mem[10'b1000111000] = 16'hfd02;
    mem[10'b1000111001] = 16'hfd08;
    mem[10'b1000111010] = 16'hfd0e;
    mem[10'b1000111011] = 16'hfd14;
    mem[10'b1000111100] = 16'hfd19;
    mem[10'b1000111101] = 16'hfd1f;
    mem[10'b1000111110] = 16'hfd25;
    mem[10'b1000111111] = 16'hfd2a;
    mem[10'b1001000000] = 16'hfd30;
    mem[10'b1001000001] = 16'hfd36;
    mem[10'b1001000010] = 16'hfd3b;
    mem[10'b1001000011] = 16'hfd40;
    mem[10'b1001000100] = 16'hfd46;
    mem[10'b1001000101] = 16'hfd4b;
    mem[10'b1001000110] = 16'hfd51;
    mem[10'b1001000111] = 16'hfd56;
    mem[10'b1001001000] = 16'hfd5b;
    mem[10'b1001001001] = 16'hfd60;
    mem[10'b1001001010] = 16'hfd66;
    mem[10'b1001001011] = 16'hfd6b;
    mem[10'b1001001100] = 16'hfd70;
    mem[10'b1001001101] = 16'hfd75;
    mem[10'b1001001110] = 16'hfd7a;
    mem[10'b1001001111] = 16'hfd7f;
    mem[10'b1001010000] = 16'hfd84;
    mem[10'b1001010001] = 16'hfd89;
    mem[10'b1001010010] = 16'hfd8e;
    mem[10'b1001010011] = 16'hfd92;
    mem[10'b1001010100] = 16'hfd97;
    mem[10'b1001010101] = 16'hfd9c;
    mem[10'b1001010110] = 16'hfda1;
    mem[10'b1001010111] = 16'hfda5;
    mem[10'b1001011000] = 16'hfdaa;
    mem[10'b1001011001] = 16'hfdaf;
    mem[10'b1001011010] = 16'hfdb3;
    mem[10'b1001011011] = 16'hfdb8;
    mem[10'b1001011100] = 16'hfdbc;
    mem[10'b1001011101] = 16'hfdc1;
    mem[10'b1001011110] = 16'hfdc5;
    mem[10'b1001011111] = 16'hfdc9;
    mem[10'b1001100000] = 16'hfdce;
    mem[10'b1001100001] = 16'hfdd2;
    mem[10'b1001100010] = 16'hfdd7;
    mem[10'b1001100011] = 16'hfddb;
    mem[10'b1001100100] = 16'hfddf;
    mem[10'b1001100101] = 16'hfde3;
    mem[10'b1001100110] = 16'hfde7;
    mem[10'b1001100111] = 16'hfdec;
    mem[10'b1001101000] = 16'hfdf0;
    mem[10'b1001101001] = 16'hfdf4;
    mem[10'b1001101010] = 16'hfdf8;
    mem[10'b1001101011] = 16'hfdfc;
    mem[10'b1001101100] = 16'hfe00;
    mem[10'b1001101101] = 16'hfe04;
    mem[10'b1001101110] = 16'hfe08;
    mem[10'b1001101111] = 16'hfe0c;
    mem[10'b1001110000] = 16'hfe0f;
    mem[10'b1001110001] = 16'hfe13;
    mem[10'b1001110010] = 16'hfe17;
    mem[10'b1001110011] = 16'hfe1b;
    mem[10'b1001110100] = 16'hfe1f;
    mem[10'b1001110101] = 16'hfe22;
    mem[10'b1001110110] = 16'hfe26;
    mem[10'b1001110111] = 16'hfe2a;
    mem[10'b1001111000] = 16'hfe2d;
    mem[10'b1001111001] = 16'hfe31;
    mem[10'b1001111010] = 16'hfe34;
    mem[10'b1001111011] = 16'hfe38;
    mem[10'b1001111100] = 16'hfe3c;
    mem[10'b1001111101] = 16'hfe3f;
    mem[10'b1001111110] = 16'hfe43;
    mem[10'b1001111111] = 16'hfe46;
    mem[10'b1010000000] = 16'hfe49;
    mem[10'b1010000001] = 16'hfe4d;
    mem[10'b1010000010] = 16'hfe50;
    mem[10'b1010000011] = 16'hfe53;
    mem[10'b1010000100] = 16'hfe57;
    mem[10'b1010000101] = 16'hfe5a;
    mem[10'b1010000110] = 16'hfe5d;
    mem[10'b1010000111] = 16'hfe61;
    mem[10'b1010001000] = 16'hfe64;
    mem[10'b1010001001] = 16'hfe67;
    mem[10'b1010001010] = 16'hfe6a;
    mem[10'b1010001011] = 16'hfe6d;
    mem[10'b1010001100] = 16'hfe70;
    mem[10'b1010001101] = 16'hfe73;
    mem[10'b1010001110] = 16'hfe77;
    mem[10'b1010001111] = 16'hfe7a;
    mem[10'b1010010000] = 16'hfe7d;
    mem[10'b1010010001] = 16'hfe80;
    mem[10'b1010010010] = 16'hfe83;
    mem[10'b1010010011] = 16'hfe86;
    mem[10'b1010010100] = 16'hfe88;
    mem[10'b1010010101] = 16'hfe8b;
    mem[10'b1010010110] = 16'hfe8e;
    mem[10'b1010010111] = 16'hfe91;
    mem[10'b1010011000] = 16'hfe94;
    mem[10'b1010011001] = 16'hfe97;
    mem[10'b1010011010] = 16'hfe9a;
    mem[10'b1010011011] = 16'hfe9c;
    mem[10'b1010011100] = 16'hfe9f;
    mem[10'b1010011101] = 16'hfea2;
    mem[10'b1010011110] = 16'hfea5;
    mem[10'b1010011111] = 16'hfea7;
    mem[10'b1010100000] = 16'hfeaa;
    mem[10'b1010100001] = 16'hfead;
    mem[10'b1010100010] = 16'hfeaf;
    mem[10'b1010100011] = 16'hfeb2;
    mem[10'b1010100100] = 16'hfeb4;
    mem[10'b1010100101] = 16'hfeb7;
    mem[10'b1010100110] = 16'hfeb9;
    mem[10'b1010100111] = 16'hfebc;
    mem[10'b1010101000] = 16'hfebf;
    mem[10'b1010101001] = 16'hfec1;
    mem[10'b1010101010] = 16'hfec3;
    mem[10'b1010101011] = 16'hfec6;
    mem[10'b1010101100] = 16'hfec8;
    mem[10'b1010101101] = 16'hfecb;
    mem[10'b1010101110] = 16'hfecd;
    mem[10'b1010101111] = 16'hfed0;
    mem[10'b1010110000] = 16'hfed2;
    mem[10'b1010110001] = 16'hfed4;
    mem[10'b1010110010] = 16'hfed7;
    mem[10'b1010110011] = 16'hfed9;
    mem[10'b1010110100] = 16'hfedb;
    mem[10'b1010110101] = 16'hfedd;
    mem[10'b1010110110] = 16'hfee0;
    mem[10'b1010110111] = 16'hfee2;
    mem[10'b1010111000] = 16'hfee4;
    mem[10'b1010111001] = 16'hfee6;
    mem[10'b1010111010] = 16'hfee9;
    mem[10'b1010111011] = 16'hfeeb;
    mem[10'b1010111100] = 16'hfeed;
    mem[10'b1010111101] = 16'hfeef;
    mem[10'b1010111110] = 16'hfef1;
    mem[10'b1010111111] = 16'hfef3;
    mem[10'b1011000000] = 16'hfef5;
    mem[10'b1011000001] = 16'hfef7;
    mem[10'b1011000010] = 16'hfef9;
    mem[10'b1011000011] = 16'hfefb;
    mem[10'b1011000100] = 16'hfefd;
    mem[10'b1011000101] = 16'hfeff;
    mem[10'b1011000110] = 16'hff01;
    mem[10'b1011000111] = 16'hff03;
    mem[10'b1011001000] = 16'hff05;
    mem[10'b1011001001] = 16'hff07;
    mem[10'b1011001010] = 16'hff09;
    mem[10'b1011001011] = 16'hff0b;
    mem[10'b1011001100] = 16'hff0d;
    mem[10'b1011001101] = 16'hff0f;
    mem[10'b1011001110] = 16'hff11;
    mem[10'b1011001111] = 16'hff13;
    mem[10'b1011010000] = 16'hff14;
    mem[10'b1011010001] = 16'hff16;
    mem[10'b1011010010] = 16'hff18;
    mem[10'b1011010011] = 16'hff1a;
    mem[10'b1011010100] = 16'hff1c;
    mem[10'b1011010101] = 16'hff1d;
    mem[10'b1011010110] = 16'hff1f;
    mem[10'b1011010111] = 16'hff21;
    mem[10'b1011011000] = 16'hff23;
    mem[10'b1011011001] = 16'hff24;
    mem[10'b1011011010] = 16'hff26;
    mem[10'b1011011011] = 16'hff28;
    mem[10'b1011011100] = 16'hff29;
    mem[10'b1011011101] = 16'hff2b;
    mem[10'b1011011110] = 16'hff2d;
    mem[10'b1011011111] = 16'hff2e;
    mem[10'b1011100000] = 16'hff30;
    mem[10'b1011100001] = 16'hff32;
    mem[10'b1011100010] = 16'hff33;
    mem[10'b1011100011] = 16'hff35;
    mem[10'b1011100100] = 16'hff36;
    mem[10'b1011100101] = 16'hff38;
    mem[10'b1011100110] = 16'hff3a;
    mem[10'b1011100111] = 16'hff3b;
    mem[10'b1011101000] = 16'hff3d;
    mem[10'b1011101001] = 16'hff3e;
    mem[10'b1011101010] = 16'hff40;
    mem[10'b1011101011] = 16'hff41;
    mem[10'b1011101100] = 16'hff43;
    mem[10'b1011101101] = 16'hff44;
    mem[10'b1011101110] = 16'hff46;
    mem[10'b1011101111] = 16'hff47;
    mem[10'b1011110000] = 16'hff48;
    mem[10'b1011110001] = 16'hff4a;
    mem[10'b1011110010] = 16'hff4b;
    mem[10'b1011110011] = 16'hff4d;
    mem[10'b1011110100] = 16'hff4e;
    mem[10'b1011110101] = 16'hff4f;
    mem[10'b1011110110] = 16'hff51;
    mem[10'b1011110111] = 16'hff52;
    mem[10'b1011111000] = 16'hff54;
    mem[10'b1011111001] = 16'hff55;
    mem[10'b1011111010] = 16'hff56;
    mem[10'b1011111011] = 16'hff58;
    mem[10'b1011111100] = 16'hff59;
    mem[10'b1011111101] = 16'hff5a;
    mem[10'b1011111110] = 16'hff5b;
    mem[10'b1011111111] = 16'hff5d;
    mem[10'b1100000000] = 16'hff5e;
    mem[10'b1100000001] = 16'hff5f;
    mem[10'b1100000010] = 16'hff60;
    mem[10'b1100000011] = 16'hff62;
    mem[10'b1100000100] = 16'hff63;
    mem[10'b1100000101] = 16'hff64;
    mem[10'b1100000110] = 16'hff65;
    mem[10'b1100000111] = 16'hff67;
    mem[10'b1100001000] = 16'hff68;
    mem[10'b1100001001] = 16'hff69;
    mem[10'b1100001010] = 16'hff6a;
    mem[10'b1100001011] = 16'hff6b;
    mem[10'b1100001100] = 16'hff6c;
    mem[10'b1100001101] = 16'hff6e;
    mem[10'b1100001110] = 16'hff6f;
    mem[10'b1100001111] = 16'hff70;
    mem[10'b1100010000] = 16'hff71;
    mem[10'b1100010001] = 16'hff72;
    mem[10'b1100010010] = 16'hff73;
    mem[10'b1100010011] = 16'hff74;
    mem[10'b1100010100] = 16'hff75;
    mem[10'b1100010101] = 16'hff76;
    mem[10'b1100010110] = 16'hff77;
    mem[10'b1100010111] = 16'hff79;
    mem[10'b1100011000] = 16'hff7a;
    mem[10'b1100011001] = 16'hff7b;
    mem[10'b1100011010] = 16'hff7c;
    mem[10'b1100011011] = 16'hff7d;
    mem[10'b1100011100] = 16'hff7e;
    mem[10'b1100011101] = 16'hff7f;
    mem[10'b1100011110] = 16'hff80;
    mem[10'b1100011111] = 16'hff81;
    mem[10'b1100100000] = 16'hff82;
    mem[10'b1100100001] = 16'hff83;
    mem[10'b1100100010] = 16'hff84;
    mem[10'b1100100011] = 16'hff85;
    mem[10'b1100100100] = 16'hff86;
    mem[10'b1100100101] = 16'hff87;
    mem[10'b1100100110] = 16'hff88;
    mem[10'b1100100111] = 16'hff88;
    mem[10'b1100101000] = 16'hff89;
    mem[10'b1100101001] = 16'hff8a;
    mem[10'b1100101010] = 16'hff8b;
    mem[10'b1100101011] = 16'hff8c;
    mem[10'b1100101100] = 16'hff8d;
    mem[10'b1100101101] = 16'hff8e;
    mem[10'b1100101110] = 16'hff8f;
    mem[10'b1100101111] = 16'hff90;
    mem[10'b1100110000] = 16'hff91;
    mem[10'b1100110001] = 16'hff91;
    mem[10'b1100110010] = 16'hff92;
    mem[10'b1100110011] = 16'hff93;
    mem[10'b1100110100] = 16'hff94;
    mem[10'b1100110101] = 16'hff95;
    mem[10'b1100110110] = 16'hff96;
    mem[10'b1100110111] = 16'hff96;
    mem[10'b1100111000] = 16'hff97;
    mem[10'b1100111001] = 16'hff98;
    mem[10'b1100111010] = 16'hff99;
    mem[10'b1100111011] = 16'hff9a;
    mem[10'b1100111100] = 16'hff9b;
    mem[10'b1100111101] = 16'hff9b;
    mem[10'b1100111110] = 16'hff9c;
    mem[10'b1100111111] = 16'hff9d;
    mem[10'b1101000000] = 16'hff9e;
    mem[10'b1101000001] = 16'hff9e;
    mem[10'b1101000010] = 16'hff9f;
    mem[10'b1101000011] = 16'hffa0;
    mem[10'b1101000100] = 16'hffa1;
    mem[10'b1101000101] = 16'hffa1;
    mem[10'b1101000110] = 16'hffa2;
    mem[10'b1101000111] = 16'hffa3;
    mem[10'b1101001000] = 16'hffa4;
    mem[10'b1101001001] = 16'hffa4;
    mem[10'b1101001010] = 16'hffa5;
    mem[10'b1101001011] = 16'hffa6;
    mem[10'b1101001100] = 16'hffa6;
    mem[10'b1101001101] = 16'hffa7;
    mem[10'b1101001110] = 16'hffa8;
    mem[10'b1101001111] = 16'hffa8;
    mem[10'b1101010000] = 16'hffa9;
    mem[10'b1101010001] = 16'hffaa;
    mem[10'b1101010010] = 16'hffab;
    mem[10'b1101010011] = 16'hffab;
    mem[10'b1101010100] = 16'hffac;
    mem[10'b1101010101] = 16'hffac;
    mem[10'b1101010110] = 16'hffad;
    mem[10'b1101010111] = 16'hffae;
    mem[10'b1101011000] = 16'hffae;
    mem[10'b1101011001] = 16'hffaf;
    mem[10'b1101011010] = 16'hffb0;
    mem[10'b1101011011] = 16'hffb0;
    mem[10'b1101011100] = 16'hffb1;
    mem[10'b1101011101] = 16'hffb2;
    mem[10'b1101011110] = 16'hffb2;
    mem[10'b1101011111] = 16'hffb3;
    mem[10'b1101100000] = 16'hffb3;
    mem[10'b1101100001] = 16'hffb4;
    mem[10'b1101100010] = 16'hffb5;
    mem[10'b1101100011] = 16'hffb5;
    mem[10'b1101100100] = 16'hffb6;
    mem[10'b1101100101] = 16'hffb6;
    mem[10'b1101100110] = 16'hffb7;
    mem[10'b1101100111] = 16'hffb7;
    mem[10'b1101101000] = 16'hffb8;
    mem[10'b1101101001] = 16'hffb9;
    mem[10'b1101101010] = 16'hffb9;
    mem[10'b1101101011] = 16'hffba;
    mem[10'b1101101100] = 16'hffba;
    mem[10'b1101101101] = 16'hffbb;
    mem[10'b1101101110] = 16'hffbb;
    mem[10'b1101101111] = 16'hffbc;
    mem[10'b1101110000] = 16'hffbc;
    mem[10'b1101110001] = 16'hffbd;
    mem[10'b1101110010] = 16'hffbd;
    mem[10'b1101110011] = 16'hffbe;
    mem[10'b1101110100] = 16'hffbe;
    mem[10'b1101110101] = 16'hffbf;
    mem[10'b1101110110] = 16'hffbf;
    mem[10'b1101110111] = 16'hffc0;
    mem[10'b1101111000] = 16'hffc0;
    mem[10'b1101111001] = 16'hffc1;
    mem[10'b1101111010] = 16'hffc1;
    mem[10'b1101111011] = 16'hffc2;
    mem[10'b1101111100] = 16'hffc2;
    mem[10'b1101111101] = 16'hffc3;
    mem[10'b1101111110] = 16'hffc3;
    mem[10'b1101111111] = 16'hffc4;
    mem[10'b1110000000] = 16'hffc4;
    mem[10'b1110000001] = 16'hffc5;
    mem[10'b1110000010] = 16'hffc5;
    mem[10'b1110000011] = 16'hffc6;
    mem[10'b1110000100] = 16'hffc6;
    mem[10'b1110000101] = 16'hffc7;
    mem[10'b1110000110] = 16'hffc7;
    mem[10'b1110000111] = 16'hffc7;
    mem[10'b1110001000] = 16'hffc8;
    mem[10'b1110001001] = 16'hffc8;
    mem[10'b1110001010] = 16'hffc9;
    mem[10'b1110001011] = 16'hffc9;
    mem[10'b1110001100] = 16'hffca;
    mem[10'b1110001101] = 16'hffca;
    mem[10'b1110001110] = 16'hffca;
    mem[10'b1110001111] = 16'hffcb;
    mem[10'b1110010000] = 16'hffcb;
    mem[10'b1110010001] = 16'hffcc;
    mem[10'b1110010010] = 16'hffcc;
    mem[10'b1110010011] = 16'hffcd;
    mem[10'b1110010100] = 16'hffcd;
    mem[10'b1110010101] = 16'hffcd;
    mem[10'b1110010110] = 16'hffce;
    mem[10'b1110010111] = 16'hffce;
    mem[10'b1110011000] = 16'hffce;
    mem[10'b1110011001] = 16'hffcf;
    mem[10'b1110011010] = 16'hffcf;
    mem[10'b1110011011] = 16'hffd0;
    mem[10'b1110011100] = 16'hffd0;
    mem[10'b1110011101] = 16'hffd0;
    mem[10'b1110011110] = 16'hffd1;
    mem[10'b1110011111] = 16'hffd1;
    mem[10'b1110100000] = 16'hffd1;
    mem[10'b1110100001] = 16'hffd2;
    mem[10'b1110100010] = 16'hffd2;
    mem[10'b1110100011] = 16'hffd3;
    mem[10'b1110100100] = 16'hffd3;
    mem[10'b1110100101] = 16'hffd3;
    mem[10'b1110100110] = 16'hffd4;
    mem[10'b1110100111] = 16'hffd4;
    mem[10'b1110101000] = 16'hffd4;
    mem[10'b1110101001] = 16'hffd5;
    mem[10'b1110101010] = 16'hffd5;
    mem[10'b1110101011] = 16'hffd5;
    mem[10'b1110101100] = 16'hffd6;
    mem[10'b1110101101] = 16'hffd6;
    mem[10'b1110101110] = 16'hffd6;
    mem[10'b1110101111] = 16'hffd7;
    mem[10'b1110110000] = 16'hffd7;
    mem[10'b1110110001] = 16'hffd7;
    mem[10'b1110110010] = 16'hffd8;
    mem[10'b1110110011] = 16'hffd8;
    mem[10'b1110110100] = 16'hffd8;
    mem[10'b1110110101] = 16'hffd9;
    mem[10'b1110110110] = 16'hffd9;
    mem[10'b1110110111] = 16'hffd9;
    mem[10'b1110111000] = 16'hffd9;
    mem[10'b1110111001] = 16'hffda;
    mem[10'b1110111010] = 16'hffda;
    mem[10'b1110111011] = 16'hffda;
    mem[10'b1110111100] = 16'hffdb;
    mem[10'b1110111101] = 16'hffdb;
    mem[10'b1110111110] = 16'hffdb;
    mem[10'b1110111111] = 16'hffdb;
    mem[10'b1111000000] = 16'hffdc;
    mem[10'b1111000001] = 16'hffdc;
    mem[10'b1111000010] = 16'hffdc;
    mem[10'b1111000011] = 16'hffdd;
    mem[10'b1111000100] = 16'hffdd;
    mem[10'b1111000101] = 16'hffdd;
    mem[10'b1111000110] = 16'hffdd;
    mem[10'b1111000111] = 16'hffde;
    mem[10'b1111001000] = 16'hffde;
    mem[10'b1111001001] = 16'hffde;
    mem[10'b1111001010] = 16'hffde;
    mem[10'b1111001011] = 16'hffdf;
    mem[10'b1111001100] = 16'hffdf;
    mem[10'b1111001101] = 16'hffdf;
    mem[10'b1111001110] = 16'hffe0;
    mem[10'b1111001111] = 16'hffe0;
    mem[10'b1111010000] = 16'hffe0;
    mem[10'b1111010001] = 16'hffe0;
    mem[10'b1111010010] = 16'hffe1;
    mem[10'b1111010011] = 16'hffe1;
    mem[10'b1111010100] = 16'hffe1;
    mem[10'b1111010101] = 16'hffe1;
    mem[10'b1111010110] = 16'hffe1;
    mem[10'b1111010111] = 16'hffe2;
    mem[10'b1111011000] = 16'hffe2;
    mem[10'b1111011001] = 16'hffe2;
    mem[10'b1111011010] = 16'hffe2;
    mem[10'b1111011011] = 16'hffe3;
    mem[10'b1111011100] = 16'hffe3;
    mem[10'b1111011101] = 16'hffe3;
    mem[10'b1111011110] = 16'hffe3;
    mem[10'b1111011111] = 16'hffe4;
    mem[10'b1111100000] = 16'hffe4;
    mem[10'b1111100001] = 16'hffe4;
    mem[10'b1111100010] = 16'hffe4;
    mem[10'b1111100011] = 16'hffe4;
    mem[10'b1111100100] = 16'hffe5;
    mem[10'b1111100101] = 16'hffe5;
    mem[10'b1111100110] = 16'hffe5;
    mem[10'b1111100111] = 16'hffe5;
    mem[10'b1111101000] = 16'hffe5;
    mem[10'b1111101001] = 16'hffe6;
    mem[10'b1111101010] = 16'hffe6;
    mem[10'b1111101011] = 16'hffe6;
    mem[10'b1111101100] = 16'hffe6;
    mem[10'b1111101101] = 16'hffe7;
    mem[10'b1111101110] = 16'hffe7;
    mem[10'b1111101111] = 16'hffe7;
    mem[10'b1111110000] = 16'hffe7;
    mem[10'b1111110001] = 16'hffe7;
    mem[10'b1111110010] = 16'hffe7;
    mem[10'b1111110011] = 16'hffe8;
    mem[10'b1111110100] = 16'hffe8;
    mem[10'b1111110101] = 16'hffe8;
    mem[10'b1111110110] = 16'hffe8;
    mem[10'b1111110111] = 16'hffe8;
    mem[10'b1111111000] = 16'hffe9;
    mem[10'b1111111001] = 16'hffe9;
    mem[10'b1111111010] = 16'hffe9;
    mem[10'b1111111011] = 16'hffe9;
    mem[10'b1111111100] = 16'hffe9;
    mem[10'b1111111101] = 16'hffea;
    mem[10'b1111111110] = 16'hffea;
    mem[10'b1111111111] = 16'hffea;
    end

    always @(posedge clock) begin
       data <= mem[address];
    end
endmodule // top$chip$lanes$0$pbit$thresholds


module top$chip$lanes$0$rng(clock,seed,load,step,state,draw);

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
    top$chip$lanes$0$rng$state_reg state_reg(
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

endmodule // top$chip$lanes$0$rng


module top$chip$lanes$0$rng$state_reg(d,q,clock);

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

endmodule // top$chip$lanes$0$rng$state_reg


module top$chip$lanes$0$start_q(d,q,clock);

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

endmodule // top$chip$lanes$0$start_q


module top$chip$lanes$0$step_1(d,q,clock);

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

endmodule // top$chip$lanes$0$step_1


module top$chip$lanes$0$step_2(d,q,clock);

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

endmodule // top$chip$lanes$0$step_2


module top$chip$lanes$0$valid_q(d,q,clock);

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

endmodule // top$chip$lanes$0$valid_q


module top$chip$lanes$1(clock,seed,load,clear,preload_en,preload,add_en,weight,source_spin,compute,delta_code,shift_amount,offset,acc,field,state,spin,spin_valid,start_spin);

    // Module arguments
    input wire  clock;
    input wire  [63:0] seed;
    input wire  load;
    input wire  clear;
    input wire  preload_en;
    input wire signed [17:0] preload;
    input wire  add_en;
    input wire signed [15:0] weight;
    input wire  source_spin;
    input wire  compute;
    input wire  [15:0] delta_code;
    input wire  [4:0] shift_amount;
    input wire signed [15:0] offset;
    output reg signed [17:0] acc;
    output reg signed [15:0] field;
    output reg  [63:0] state;
    output reg  spin;
    output reg  spin_valid;
    output reg  start_spin;

    // Constant declarations
    localparam  draw_msb = 4'hf;

    // Stub signals
    reg  rng$clock;
    reg  [63:0] rng$seed;
    reg  rng$load;
    reg  rng$step;
    wire  [63:0] rng$state;
    wire  [15:0] rng$draw;
    reg  field_unit$clock;
    reg  field_unit$clear;
    reg  field_unit$preload_en;
    reg signed [17:0] field_unit$preload;
    reg  field_unit$add_en;
    reg signed [15:0] field_unit$weight;
    reg  field_unit$spin;
    wire signed [17:0] field_unit$acc;
    reg  field_unit$compute;
    reg  [15:0] field_unit$delta_code;
    reg  [4:0] field_unit$shift_amount;
    reg signed [15:0] field_unit$offset;
    wire signed [15:0] field_unit$field;
    wire  field_unit$valid;
    reg  pbit$clock;
    reg signed [15:0] pbit$field;
    reg  [15:0] pbit$r;
    wire  pbit$spin;
    reg  step_1$d;
    wire  step_1$q;
    reg  step_1$clock;
    reg  step_2$d;
    wire  step_2$q;
    reg  step_2$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  start_q$d;
    wire  start_q$q;
    reg  start_q$clock;

    // Sub module instances
    top$chip$lanes$1$rng rng(
        .clock(rng$clock),
        .seed(rng$seed),
        .load(rng$load),
        .step(rng$step),
        .state(rng$state),
        .draw(rng$draw)
    );
    top$chip$lanes$1$field_unit field_unit(
        .clock(field_unit$clock),
        .clear(field_unit$clear),
        .preload_en(field_unit$preload_en),
        .preload(field_unit$preload),
        .add_en(field_unit$add_en),
        .weight(field_unit$weight),
        .spin(field_unit$spin),
        .acc(field_unit$acc),
        .compute(field_unit$compute),
        .delta_code(field_unit$delta_code),
        .shift_amount(field_unit$shift_amount),
        .offset(field_unit$offset),
        .field(field_unit$field),
        .valid(field_unit$valid)
    );
    top$chip$lanes$1$pbit pbit(
        .clock(pbit$clock),
        .field(pbit$field),
        .r(pbit$r),
        .spin(pbit$spin)
    );
    top$chip$lanes$1$step_1 step_1(
        .d(step_1$d),
        .q(step_1$q),
        .clock(step_1$clock)
    );
    top$chip$lanes$1$step_2 step_2(
        .d(step_2$d),
        .q(step_2$q),
        .clock(step_2$clock)
    );
    top$chip$lanes$1$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$chip$lanes$1$start_q start_q(
        .d(start_q$d),
        .q(start_q$q),
        .clock(start_q$clock)
    );

    // Update code
    always @(*) begin
        rng$clock = clock;
        field_unit$clock = clock;
        pbit$clock = clock;
        step_1$clock = clock;
        step_2$clock = clock;
        valid_q$clock = clock;
        start_q$clock = clock;
        step_1$d = step_1$q;
        step_2$d = step_2$q;
        valid_q$d = valid_q$q;
        start_q$d = start_q$q;
        rng$seed = seed;
        rng$load = load;
        step_1$d = compute;
        step_2$d = step_1$q;
        rng$step = step_2$q;
        field_unit$clear = clear;
        field_unit$preload_en = preload_en;
        field_unit$preload = preload;
        field_unit$add_en = add_en;
        field_unit$weight = weight;
        field_unit$spin = source_spin;
        field_unit$compute = compute;
        field_unit$delta_code = delta_code;
        field_unit$shift_amount = shift_amount;
        field_unit$offset = offset;
        pbit$field = field_unit$field;
        pbit$r = rng$draw;
        valid_q$d = field_unit$valid;
        start_q$d = rng$draw[draw_msb];
        acc = field_unit$acc;
        field = field_unit$field;
        state = rng$state;
        spin = pbit$spin;
        spin_valid = valid_q$q;
        start_spin = start_q$q;
    end

endmodule // top$chip$lanes$1


module top$chip$lanes$1$field_unit(clock,clear,preload_en,preload,add_en,weight,spin,acc,compute,delta_code,shift_amount,offset,field,valid);

    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  preload_en;
    input wire signed [17:0] preload;
    input wire  add_en;
    input wire signed [15:0] weight;
    input wire  spin;
    output reg signed [17:0] acc;
    input wire  compute;
    input wire  [15:0] delta_code;
    input wire  [4:0] shift_amount;
    input wire signed [15:0] offset;
    output reg signed [15:0] field;
    output reg  valid;

    // Constant declarations
    localparam  zero_acc = 18'b0;
    localparam  lsb = 6'b0;
    localparam  acc_lsb = 5'b0;
    localparam  shift_lsb = 3'b0;
    localparam  sum_lsb = 5'b0;
    localparam  hi_lsb = 5'b10000;
    localparam  hi_msb = 5'b10001;
    localparam  hi_weight = 6'b10000;
    localparam  one_bit = 1'b1;
    localparam  zero_prod = 34'h0;
    localparam  one_prod = 34'h1;
    localparam  ones_prod = 34'h3ffffffff;
    localparam  prod_sign = 6'b100001;
    localparam  coarse_mask = 5'b11000;
    localparam  top_lsb = 6'b10000;
    localparam  top_zero = 18'b0;
    localparam  top_ones = 18'b111111111111111111;
    localparam  clamp_low = 18'b110000000000000000;
    localparam  clamp_high = 18'b1111111111111111;
    localparam  sum_sign = 5'b10001;
    localparam  sat_lsb = 5'b1111;
    localparam  sat_zero = 3'b0;
    localparam  sat_ones = 3'b111;
    localparam  field_min = 16'h8000;
    localparam  field_max = 16'h7fff;

    // Stub signals
    reg  [17:0] acc_reg$d;
    wire  [17:0] acc_reg$q;
    reg  acc_reg$clock;
    reg  [15:0] weight_ext$narrow;
    wire  [17:0] weight_ext$wide;
    reg  [15:0] delta_ext$narrow;
    wire  [33:0] delta_ext$wide;
    reg  [31:0] a_low$d;
    wire  [31:0] a_low$q;
    reg  a_low$clock;
    reg  [33:0] a_addend$d;
    wire  [33:0] a_addend$q;
    reg  a_addend$clock;
    reg  [4:0] a_shift$d;
    wire  [4:0] a_shift$q;
    reg  a_shift$clock;
    reg  [15:0] a_offset$d;
    wire  [15:0] a_offset$q;
    reg  a_offset$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [31:0] low_ext$narrow;
    wire  [33:0] low_ext$wide;
    reg  [33:0] b_coarse$d;
    wire  [33:0] b_coarse$q;
    reg  b_coarse$clock;
    reg  [2:0] b_fine$d;
    wire  [2:0] b_fine$q;
    reg  b_fine$clock;
    reg  [15:0] b_offset$d;
    wire  [15:0] b_offset$q;
    reg  b_offset$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [15:0] offset_ext$narrow;
    wire  [17:0] offset_ext$wide;
    reg  [15:0] c_field$d;
    wire  [15:0] c_field$q;
    reg  c_field$clock;
    reg  c_valid$d;
    wire  c_valid$q;
    reg  c_valid$clock;

    // Local signals
    reg  [17:0] term;
    reg  [17:0] base;
    reg  [33:0] hi_plus;
    reg  [33:0] hi_minus;
    reg  [33:0] half;
    reg  [33:0] rounded;
    reg  [4:0] coarse_amount;
    reg  [33:0] shifted;
    reg  [17:0] clamped;
    reg  [17:0] sum;

    // Sub module instances
    top$chip$lanes$1$field_unit$acc_reg acc_reg(
        .d(acc_reg$d),
        .q(acc_reg$q),
        .clock(acc_reg$clock)
    );
    top$chip$lanes$1$field_unit$weight_ext weight_ext(
        .narrow(weight_ext$narrow),
        .wide(weight_ext$wide)
    );
    top$chip$lanes$1$field_unit$delta_ext delta_ext(
        .narrow(delta_ext$narrow),
        .wide(delta_ext$wide)
    );
    top$chip$lanes$1$field_unit$a_low a_low(
        .d(a_low$d),
        .q(a_low$q),
        .clock(a_low$clock)
    );
    top$chip$lanes$1$field_unit$a_addend a_addend(
        .d(a_addend$d),
        .q(a_addend$q),
        .clock(a_addend$clock)
    );
    top$chip$lanes$1$field_unit$a_shift a_shift(
        .d(a_shift$d),
        .q(a_shift$q),
        .clock(a_shift$clock)
    );
    top$chip$lanes$1$field_unit$a_offset a_offset(
        .d(a_offset$d),
        .q(a_offset$q),
        .clock(a_offset$clock)
    );
    top$chip$lanes$1$field_unit$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$chip$lanes$1$field_unit$low_ext low_ext(
        .narrow(low_ext$narrow),
        .wide(low_ext$wide)
    );
    top$chip$lanes$1$field_unit$b_coarse b_coarse(
        .d(b_coarse$d),
        .q(b_coarse$q),
        .clock(b_coarse$clock)
    );
    top$chip$lanes$1$field_unit$b_fine b_fine(
        .d(b_fine$d),
        .q(b_fine$q),
        .clock(b_fine$clock)
    );
    top$chip$lanes$1$field_unit$b_offset b_offset(
        .d(b_offset$d),
        .q(b_offset$q),
        .clock(b_offset$clock)
    );
    top$chip$lanes$1$field_unit$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$chip$lanes$1$field_unit$offset_ext offset_ext(
        .narrow(offset_ext$narrow),
        .wide(offset_ext$wide)
    );
    top$chip$lanes$1$field_unit$c_field c_field(
        .d(c_field$d),
        .q(c_field$q),
        .clock(c_field$clock)
    );
    top$chip$lanes$1$field_unit$c_valid c_valid(
        .d(c_valid$d),
        .q(c_valid$q),
        .clock(c_valid$clock)
    );

    // Update code
    always @(*) begin
        acc_reg$clock = clock;
        a_low$clock = clock;
        a_addend$clock = clock;
        a_shift$clock = clock;
        a_offset$clock = clock;
        a_valid$clock = clock;
        b_coarse$clock = clock;
        b_fine$clock = clock;
        b_offset$clock = clock;
        b_valid$clock = clock;
        c_field$clock = clock;
        c_valid$clock = clock;
        acc_reg$d = acc_reg$q;
        a_low$d = a_low$q;
        a_addend$d = a_addend$q;
        a_shift$d = a_shift$q;
        a_offset$d = a_offset$q;
        a_valid$d = a_valid$q;
        b_coarse$d = b_coarse$q;
        b_fine$d = b_fine$q;
        b_offset$d = b_offset$q;
        b_valid$d = b_valid$q;
        c_field$d = c_field$q;
        c_valid$d = c_valid$q;
        weight_ext$narrow = $unsigned(weight);
        term = weight_ext$wide;
        if (~spin) begin
            term = zero_acc - weight_ext$wide;
        end
        base = acc_reg$q;
        if (clear) begin
            base = zero_acc;
        end
        if (preload_en) begin
            base = $unsigned(preload);
        end
        acc_reg$d = base;
        if (add_en) begin
            acc_reg$d = base + term;
        end
        acc = $signed(acc_reg$q);
        delta_ext$narrow = delta_code;
        hi_plus = zero_prod;
        if (acc_reg$q[hi_lsb]) begin
            hi_plus = delta_ext$wide << hi_weight;
        end
        hi_minus = zero_prod;
        if (acc_reg$q[hi_msb]) begin
            hi_minus = (delta_ext$wide << hi_weight) << one_bit;
        end
        half = (one_prod << shift_amount) >> one_bit;
        if (compute) begin
            a_low$d = acc_reg$q[(acc_lsb)+:(16)] * delta_code;
            a_addend$d = hi_plus - hi_minus + half;
            a_shift$d = shift_amount;
            a_offset$d = $unsigned(offset);
        end
        a_valid$d = compute;
        low_ext$narrow = a_low$q;
        rounded = low_ext$wide + a_addend$q;
        coarse_amount = a_shift$q & coarse_mask;
        if (a_valid$q) begin
            b_coarse$d = rounded >> coarse_amount;
            if (rounded[prod_sign]) begin
                b_coarse$d = (rounded >> coarse_amount) | ~(ones_prod >> coarse_amount);
            end
            b_fine$d = a_shift$q[(shift_lsb)+:(3)];
            b_offset$d = a_offset$q;
        end
        b_valid$d = a_valid$q;
        shifted = b_coarse$q >> b_fine$q;
        if (b_coarse$q[prod_sign]) begin
            shifted = (b_coarse$q >> b_fine$q) | ~(ones_prod >> b_fine$q);
        end
        clamped = shifted[(lsb)+:(18)];
        if ((shifted[(top_lsb)+:(18)] != top_zero) & (shifted[(top_lsb)+:(18)] != top_ones)) begin
            clamped = clamp_high;
            if (shifted[prod_sign]) begin
                clamped = clamp_low;
            end
        end
        offset_ext$narrow = b_offset$q;
        sum = clamped + offset_ext$wide;
        if (b_valid$q) begin
            c_field$d = sum[(sum_lsb)+:(16)];
            if ((sum[(sat_lsb)+:(3)] != sat_zero) & (sum[(sat_lsb)+:(3)] != sat_ones)) begin
                c_field$d = field_max;
                if (sum[sum_sign]) begin
                    c_field$d = field_min;
                end
            end
        end
        c_valid$d = b_valid$q;
        field = $signed(c_field$q);
        valid = c_valid$q;
    end

endmodule // top$chip$lanes$1$field_unit


module top$chip$lanes$1$field_unit$a_addend(d,q,clock);

    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 34'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$1$field_unit$a_addend


module top$chip$lanes$1$field_unit$a_low(d,q,clock);

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

endmodule // top$chip$lanes$1$field_unit$a_low


module top$chip$lanes$1$field_unit$a_offset(d,q,clock);

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

endmodule // top$chip$lanes$1$field_unit$a_offset


module top$chip$lanes$1$field_unit$a_shift(d,q,clock);

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

endmodule // top$chip$lanes$1$field_unit$a_shift


module top$chip$lanes$1$field_unit$a_valid(d,q,clock);

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

endmodule // top$chip$lanes$1$field_unit$a_valid


module top$chip$lanes$1$field_unit$acc_reg(d,q,clock);

    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 18'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$1$field_unit$acc_reg


module top$chip$lanes$1$field_unit$b_coarse(d,q,clock);

    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 34'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$1$field_unit$b_coarse


module top$chip$lanes$1$field_unit$b_fine(d,q,clock);

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

endmodule // top$chip$lanes$1$field_unit$b_fine


module top$chip$lanes$1$field_unit$b_offset(d,q,clock);

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

endmodule // top$chip$lanes$1$field_unit$b_offset


module top$chip$lanes$1$field_unit$b_valid(d,q,clock);

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

endmodule // top$chip$lanes$1$field_unit$b_valid


module top$chip$lanes$1$field_unit$c_field(d,q,clock);

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

endmodule // top$chip$lanes$1$field_unit$c_field


module top$chip$lanes$1$field_unit$c_valid(d,q,clock);

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

endmodule // top$chip$lanes$1$field_unit$c_valid


module top$chip$lanes$1$field_unit$delta_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{18{1'b0}}, narrow};
endmodule // top$chip$lanes$1$field_unit$delta_ext


module top$chip$lanes$1$field_unit$low_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{1'b0}}, narrow};
endmodule // top$chip$lanes$1$field_unit$low_ext


module top$chip$lanes$1$field_unit$offset_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$lanes$1$field_unit$offset_ext


module top$chip$lanes$1$field_unit$weight_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$lanes$1$field_unit$weight_ext


module top$chip$lanes$1$pbit(clock,field,r,spin);

    // Module arguments
    input wire  clock;
    input wire signed [15:0] field;
    input wire  [15:0] r;
    output reg  spin;

    // Constant declarations
    localparam  last_index = 16'h3ff;
    localparam  last_address = 10'b1111111111;
    localparam  one = 16'h1;
    localparam  sign_bit = 4'hf;
    localparam  lsb = 4'h0;

    // Stub signals
    reg  [9:0] thresholds$address;
    reg  thresholds$clock;
    wire  [15:0] thresholds$data;
    reg  negative$d;
    wire  negative$q;
    reg  negative$clock;
    reg  [15:0] r_reg$d;
    wire  [15:0] r_reg$q;
    reg  r_reg$clock;

    // Local signals
    reg  [15:0] code;
    reg  [15:0] magnitude;

    // Sub module instances
    top$chip$lanes$1$pbit$thresholds thresholds(
        .address(thresholds$address),
        .clock(thresholds$clock),
        .data(thresholds$data)
    );
    top$chip$lanes$1$pbit$negative negative(
        .d(negative$d),
        .q(negative$q),
        .clock(negative$clock)
    );
    top$chip$lanes$1$pbit$r_reg r_reg(
        .d(r_reg$d),
        .q(r_reg$q),
        .clock(r_reg$clock)
    );

    // Update code
    always @(*) begin
        thresholds$clock = clock;
        negative$clock = clock;
        r_reg$clock = clock;
        code = $unsigned(field);
        magnitude = code;
        if (code[sign_bit]) begin
            magnitude = ~code + one;
        end
        thresholds$address = magnitude[(lsb)+:(10)];
        if (magnitude > last_index) begin
            thresholds$address = last_address;
        end
        negative$d = code[sign_bit];
        r_reg$d = r;
        spin = (r_reg$q < thresholds$data) ^ negative$q;
    end

endmodule // top$chip$lanes$1$pbit


module top$chip$lanes$1$pbit$negative(d,q,clock);

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

endmodule // top$chip$lanes$1$pbit$negative


module top$chip$lanes$1$pbit$r_reg(d,q,clock);

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

endmodule // top$chip$lanes$1$pbit$r_reg


module top$chip$lanes$1$pbit$thresholds(address,clock,data);

    // Module arguments
    input wire  [9:0] address;
    input wire  clock;
    output reg  [15:0] data;

    // Update code (custom)
    reg[15:0] mem [1023:0];

    initial begin
    mem[10'b0] = 16'h8000;
    mem[10'b1] = 16'h8080;
    mem[10'b10] = 16'h8100;
    mem[10'b11] = 16'h8180;
    mem[10'b100] = 16'h8200;
    mem[10'b101] = 16'h8280;
    mem[10'b110] = 16'h8300;
    mem[10'b111] = 16'h8380;
    mem[10'b1000] = 16'h8400;
    mem[10'b1001] = 16'h8480;
    mem[10'b1010] = 16'h84ff;
    mem[10'b1011] = 16'h857f;
    mem[10'b1100] = 16'h85ff;
    mem[10'b1101] = 16'h867f;
    mem[10'b1110] = 16'h86fe;
    mem[10'b1111] = 16'h877e;
    mem[10'b10000] = 16'h87fd;
    mem[10'b10001] = 16'h887d;
    mem[10'b10010] = 16'h88fc;
    mem[10'b10011] = 16'h897c;
    mem[10'b10100] = 16'h89fb;
    mem[10'b10101] = 16'h8a7a;
    mem[10'b10110] = 16'h8af9;
    mem[10'b10111] = 16'h8b78;
    mem[10'b11000] = 16'h8bf7;
    mem[10'b11001] = 16'h8c76;
    mem[10'b11010] = 16'h8cf5;
    mem[10'b11011] = 16'h8d73;
    mem[10'b11100] = 16'h8df2;
    mem[10'b11101] = 16'h8e70;
    mem[10'b11110] = 16'h8eef;
    mem[10'b11111] = 16'h8f6d;
    mem[10'b100000] = 16'h8feb;
    mem[10'b100001] = 16'h9069;
    mem[10'b100010] = 16'h90e7;
    mem[10'b100011] = 16'h9164;
    mem[10'b100100] = 16'h91e2;
    mem[10'b100101] = 16'h925f;
    mem[10'b100110] = 16'h92dd;
    mem[10'b100111] = 16'h935a;
    mem[10'b101000] = 16'h93d7;
    mem[10'b101001] = 16'h9454;
    mem[10'b101010] = 16'h94d0;
    mem[10'b101011] = 16'h954d;
    mem[10'b101100] = 16'h95c9;
    mem[10'b101101] = 16'h9645;
    mem[10'b101110] = 16'h96c1;
    mem[10'b101111] = 16'h973d;
    mem[10'b110000] = 16'h97b9;
    mem[10'b110001] = 16'h9835;
    mem[10'b110010] = 16'h98b0;
    mem[10'b110011] = 16'h992b;
    mem[10'b110100] = 16'h99a6;
    mem[10'b110101] = 16'h9a21;
    mem[10'b110110] = 16'h9a9b;
    mem[10'b110111] = 16'h9b16;
    mem[10'b111000] = 16'h9b90;
    mem[10'b111001] = 16'h9c0a;
    mem[10'b111010] = 16'h9c84;
    mem[10'b111011] = 16'h9cfd;
    mem[10'b111100] = 16'h9d76;
    mem[10'b111101] = 16'h9df0;
    mem[10'b111110] = 16'h9e68;
    mem[10'b111111] = 16'h9ee1;
    mem[10'b1000000] = 16'h9f59;
    mem[10'b1000001] = 16'h9fd2;
    mem[10'b1000010] = 16'ha04a;
    mem[10'b1000011] = 16'ha0c1;
    mem[10'b1000100] = 16'ha139;
    mem[10'b1000101] = 16'ha1b0;
    mem[10'b1000110] = 16'ha227;
    mem[10'b1000111] = 16'ha29e;
    mem[10'b1001000] = 16'ha314;
    mem[10'b1001001] = 16'ha38b;
    mem[10'b1001010] = 16'ha401;
    mem[10'b1001011] = 16'ha476;
    mem[10'b1001100] = 16'ha4ec;
    mem[10'b1001101] = 16'ha561;
    mem[10'b1001110] = 16'ha5d6;
    mem[10'b1001111] = 16'ha64b;
    mem[10'b1010000] = 16'ha6bf;
    mem[10'b1010001] = 16'ha733;
    mem[10'b1010010] = 16'ha7a7;
    mem[10'b1010011] = 16'ha81b;
    mem[10'b1010100] = 16'ha88e;
    mem[10'b1010101] = 16'ha901;
    mem[10'b1010110] = 16'ha974;
    mem[10'b1010111] = 16'ha9e6;
    mem[10'b1011000] = 16'haa58;
    mem[10'b1011001] = 16'haaca;
    mem[10'b1011010] = 16'hab3c;
    mem[10'b1011011] = 16'habad;
    mem[10'b1011100] = 16'hac1e;
    mem[10'b1011101] = 16'hac8f;
    mem[10'b1011110] = 16'hacff;
    mem[10'b1011111] = 16'had6f;
    mem[10'b1100000] = 16'haddf;
    mem[10'b1100001] = 16'hae4e;
    mem[10'b1100010] = 16'haebd;
    mem[10'b1100011] = 16'haf2c;
    mem[10'b1100100] = 16'haf9a;
    mem[10'b1100101] = 16'hb009;
    mem[10'b1100110] = 16'hb076;
    mem[10'b1100111] = 16'hb0e4;
    mem[10'b1101000] = 16'hb151;
    mem[10'b1101001] = 16'hb1be;
    mem[10'b1101010] = 16'hb22a;
    mem[10'b1101011] = 16'hb296;
    mem[10'b1101100] = 16'hb302;
    mem[10'b1101101] = 16'hb36e;
    mem[10'b1101110] = 16'hb3d9;
    mem[10'b1101111] = 16'hb444;
    mem[10'b1110000] = 16'hb4ae;
    mem[10'b1110001] = 16'hb518;
    mem[10'b1110010] = 16'hb582;
    mem[10'b1110011] = 16'hb5ec;
    mem[10'b1110100] = 16'hb655;
    mem[10'b1110101] = 16'hb6be;
    mem[10'b1110110] = 16'hb726;
    mem[10'b1110111] = 16'hb78e;
    mem[10'b1111000] = 16'hb7f6;
    mem[10'b1111001] = 16'hb85d;
    mem[10'b1111010] = 16'hb8c4;
    mem[10'b1111011] = 16'hb92b;
    mem[10'b1111100] = 16'hb991;
    mem[10'b1111101] = 16'hb9f7;
    mem[10'b1111110] = 16'hba5d;
    mem[10'b1111111] = 16'hbac2;
    mem[10'b10000000] = 16'hbb27;
    mem[10'b10000001] = 16'hbb8b;
    mem[10'b10000010] = 16'hbbef;
    mem[10'b10000011] = 16'hbc53;
    mem[10'b10000100] = 16'hbcb6;
    mem[10'b10000101] = 16'hbd19;
    mem[10'b10000110] = 16'hbd7c;
    mem[10'b10000111] = 16'hbdde;
    mem[10'b10001000] = 16'hbe40;
    mem[10'b10001001] = 16'hbea2;
    mem[10'b10001010] = 16'hbf03;
    mem[10'b10001011] = 16'hbf64;
    mem[10'b10001100] = 16'hbfc4;
    mem[10'b10001101] = 16'hc024;
    mem[10'b10001110] = 16'hc084;
    mem[10'b10001111] = 16'hc0e3;
    mem[10'b10010000] = 16'hc142;
    mem[10'b10010001] = 16'hc1a1;
    mem[10'b10010010] = 16'hc1ff;
    mem[10'b10010011] = 16'hc25d;
    mem[10'b10010100] = 16'hc2ba;
    mem[10'b10010101] = 16'hc317;
    mem[10'b10010110] = 16'hc374;
    mem[10'b10010111] = 16'hc3d0;
    mem[10'b10011000] = 16'hc42c;
    mem[10'b10011001] = 16'hc487;
    mem[10'b10011010] = 16'hc4e2;
    mem[10'b10011011] = 16'hc53d;
    mem[10'b10011100] = 16'hc598;
    mem[10'b10011101] = 16'hc5f2;
    mem[10'b10011110] = 16'hc64b;
    mem[10'b10011111] = 16'hc6a4;
    mem[10'b10100000] = 16'hc6fd;
    mem[10'b10100001] = 16'hc756;
    mem[10'b10100010] = 16'hc7ae;
    mem[10'b10100011] = 16'hc805;
    mem[10'b10100100] = 16'hc85d;
    mem[10'b10100101] = 16'hc8b3;
    mem[10'b10100110] = 16'hc90a;
    mem[10'b10100111] = 16'hc960;
    mem[10'b10101000] = 16'hc9b6;
    mem[10'b10101001] = 16'hca0b;
    mem[10'b10101010] = 16'hca60;
    mem[10'b10101011] = 16'hcab5;
    mem[10'b10101100] = 16'hcb09;
    mem[10'b10101101] = 16'hcb5d;
    mem[10'b10101110] = 16'hcbb0;
    mem[10'b10101111] = 16'hcc03;
    mem[10'b10110000] = 16'hcc56;
    mem[10'b10110001] = 16'hcca8;
    mem[10'b10110010] = 16'hccfa;
    mem[10'b10110011] = 16'hcd4c;
    mem[10'b10110100] = 16'hcd9d;
    mem[10'b10110101] = 16'hcdee;
    mem[10'b10110110] = 16'hce3e;
    mem[10'b10110111] = 16'hce8e;
    mem[10'b10111000] = 16'hcedd;
    mem[10'b10111001] = 16'hcf2d;
    mem[10'b10111010] = 16'hcf7c;
    mem[10'b10111011] = 16'hcfca;
    mem[10'b10111100] = 16'hd018;
    mem[10'b10111101] = 16'hd066;
    mem[10'b10111110] = 16'hd0b3;
    mem[10'b10111111] = 16'hd100;
    mem[10'b11000000] = 16'hd14d;
    mem[10'b11000001] = 16'hd199;
    mem[10'b11000010] = 16'hd1e5;
    mem[10'b11000011] = 16'hd230;
    mem[10'b11000100] = 16'hd27b;
    mem[10'b11000101] = 16'hd2c6;
    mem[10'b11000110] = 16'hd310;
    mem[10'b11000111] = 16'hd35a;
    mem[10'b11001000] = 16'hd3a3;
    mem[10'b11001001] = 16'hd3ed;
    mem[10'b11001010] = 16'hd435;
    mem[10'b11001011] = 16'hd47e;
    mem[10'b11001100] = 16'hd4c6;
    mem[10'b11001101] = 16'hd50d;
    mem[10'b11001110] = 16'hd555;
    mem[10'b11001111] = 16'hd59c;
    mem[10'b11010000] = 16'hd5e2;
    mem[10'b11010001] = 16'hd628;
    mem[10'b11010010] = 16'hd66e;
    mem[10'b11010011] = 16'hd6b4;
    mem[10'b11010100] = 16'hd6f9;
    mem[10'b11010101] = 16'hd73e;
    mem[10'b11010110] = 16'hd782;
    mem[10'b11010111] = 16'hd7c6;
    mem[10'b11011000] = 16'hd80a;
    mem[10'b11011001] = 16'hd84d;
    mem[10'b11011010] = 16'hd890;
    mem[10'b11011011] = 16'hd8d2;
    mem[10'b11011100] = 16'hd914;
    mem[10'b11011101] = 16'hd956;
    mem[10'b11011110] = 16'hd998;
    mem[10'b11011111] = 16'hd9d9;
    mem[10'b11100000] = 16'hda1a;
    mem[10'b11100001] = 16'hda5a;
    mem[10'b11100010] = 16'hda9a;
    mem[10'b11100011] = 16'hdada;
    mem[10'b11100100] = 16'hdb19;
    mem[10'b11100101] = 16'hdb58;
    mem[10'b11100110] = 16'hdb97;
    mem[10'b11100111] = 16'hdbd5;
    mem[10'b11101000] = 16'hdc13;
    mem[10'b11101001] = 16'hdc51;
    mem[10'b11101010] = 16'hdc8e;
    mem[10'b11101011] = 16'hdccb;
    mem[10'b11101100] = 16'hdd07;
    mem[10'b11101101] = 16'hdd43;
    mem[10'b11101110] = 16'hdd7f;
    mem[10'b11101111] = 16'hddbb;
    mem[10'b11110000] = 16'hddf6;
    mem[10'b11110001] = 16'hde31;
    mem[10'b11110010] = 16'hde6b;
    mem[10'b11110011] = 16'hdea6;
    mem[10'b11110100] = 16'hdedf;
    mem[10'b11110101] = 16'hdf19;
    mem[10'b11110110] = 16'hdf52;
    mem[10'b11110111] = 16'hdf8b;
    mem[10'b11111000] = 16'hdfc4;
    mem[10'b11111001] = 16'hdffc;
    mem[10'b11111010] = 16'he034;
    mem[10'b11111011] = 16'he06b;
    mem[10'b11111100] = 16'he0a2;
    mem[10'b11111101] = 16'he0d9;
    mem[10'b11111110] = 16'he110;
    mem[10'b11111111] = 16'he146;
    mem[10'b100000000] = 16'he17c;
    mem[10'b100000001] = 16'he1b2;
    mem[10'b100000010] = 16'he1e7;
    mem[10'b100000011] = 16'he21c;
    mem[10'b100000100] = 16'he250;
    mem[10'b100000101] = 16'he285;
    mem[10'b100000110] = 16'he2b9;
    mem[10'b100000111] = 16'he2ec;
    mem[10'b100001000] = 16'he320;
    mem[10'b100001001] = 16'he353;
    mem[10'b100001010] = 16'he386;
    mem[10'b100001011] = 16'he3b8;
    mem[10'b100001100] = 16'he3ea;
    mem[10'b100001101] = 16'he41c;
    mem[10'b100001110] = 16'he44e;
    mem[10'b100001111] = 16'he47f;
    mem[10'b100010000] = 16'he4b0;
    mem[10'b100010001] = 16'he4e1;
    mem[10'b100010010] = 16'he511;
    mem[10'b100010011] = 16'he541;
    mem[10'b100010100] = 16'he571;
    mem[10'b100010101] = 16'he5a0;
    mem[10'b100010110] = 16'he5cf;
    mem[10'b100010111] = 16'he5fe;
    mem[10'b100011000] = 16'he62d;
    mem[10'b100011001] = 16'he65b;
    mem[10'b100011010] = 16'he689;
    mem[10'b100011011] = 16'he6b7;
    mem[10'b100011100] = 16'he6e4;
    mem[10'b100011101] = 16'he711;
    mem[10'b100011110] = 16'he73e;
    mem[10'b100011111] = 16'he76b;
    mem[10'b100100000] = 16'he797;
    mem[10'b100100001] = 16'he7c3;
    mem[10'b100100010] = 16'he7ef;
    mem[10'b100100011] = 16'he81a;
    mem[10'b100100100] = 16'he846;
    mem[10'b100100101] = 16'he871;
    mem[10'b100100110] = 16'he89b;
    mem[10'b100100111] = 16'he8c6;
    mem[10'b100101000] = 16'he8f0;
    mem[10'b100101001] = 16'he91a;
    mem[10'b100101010] = 16'he943;
    mem[10'b100101011] = 16'he96c;
    mem[10'b100101100] = 16'he995;
    mem[10'b100101101] = 16'he9be;
    mem[10'b100101110] = 16'he9e7;
    mem[10'b100101111] = 16'hea0f;
    mem[10'b100110000] = 16'hea37;
    mem[10'b100110001] = 16'hea5f;
    mem[10'b100110010] = 16'hea86;
    mem[10'b100110011] = 16'heaad;
    mem[10'b100110100] = 16'head4;
    mem[10'b100110101] = 16'heafb;
    mem[10'b100110110] = 16'heb22;
    mem[10'b100110111] = 16'heb48;
    mem[10'b100111000] = 16'heb6e;
    mem[10'b100111001] = 16'heb93;
    mem[10'b100111010] = 16'hebb9;
    mem[10'b100111011] = 16'hebde;
    mem[10'b100111100] = 16'hec03;
    mem[10'b100111101] = 16'hec28;
    mem[10'b100111110] = 16'hec4c;
    mem[10'b100111111] = 16'hec71;
    mem[10'b101000000] = 16'hec95;
    mem[10'b101000001] = 16'hecb8;
    mem[10'b101000010] = 16'hecdc;
    mem[10'b101000011] = 16'hecff;
    mem[10'b101000100] = 16'hed22;
    mem[10'b101000101] = 16'hed45;
    mem[10'b101000110] = 16'hed68;
    mem[10'b101000111] = 16'hed8a;
    mem[10'b101001000] = 16'hedac;
    mem[10'b101001001] = 16'hedce;
    mem[10'b101001010] = 16'hedf0;
    mem[10'b101001011] = 16'hee11;
    mem[10'b101001100] = 16'hee33;
    mem[10'b101001101] = 16'hee54;
    mem[10'b101001110] = 16'hee74;
    mem[10'b101001111] = 16'hee95;
    mem[10'b101010000] = 16'heeb5;
    mem[10'b101010001] = 16'heed5;
    mem[10'b101010010] = 16'heef5;
    mem[10'b101010011] = 16'hef15;
    mem[10'b101010100] = 16'hef35;
    mem[10'b101010101] = 16'hef54;
    mem[10'b101010110] = 16'hef73;
    mem[10'b101010111] = 16'hef92;
    mem[10'b101011000] = 16'hefb0;
    mem[10'b101011001] = 16'hefcf;
    mem[10'b101011010] = 16'hefed;
    mem[10'b101011011] = 16'hf00b;
    mem[10'b101011100] = 16'hf029;
    mem[10'b101011101] = 16'hf047;
    mem[10'b101011110] = 16'hf064;
    mem[10'b101011111] = 16'hf081;
    mem[10'b101100000] = 16'hf09e;
    mem[10'b101100001] = 16'hf0bb;
    mem[10'b101100010] = 16'hf0d8;
    mem[10'b101100011] = 16'hf0f4;
    mem[10'b101100100] = 16'hf110;
    mem[10'b101100101] = 16'hf12c;
    mem[10'b101100110] = 16'hf148;
    mem[10'b101100111] = 16'hf164;
    mem[10'b101101000] = 16'hf17f;
    mem[10'b101101001] = 16'hf19a;
    mem[10'b101101010] = 16'hf1b6;
    mem[10'b101101011] = 16'hf1d0;
    mem[10'b101101100] = 16'hf1eb;
    mem[10'b101101101] = 16'hf206;
    mem[10'b101101110] = 16'hf220;
    mem[10'b101101111] = 16'hf23a;
    mem[10'b101110000] = 16'hf254;
    mem[10'b101110001] = 16'hf26e;
    mem[10'b101110010] = 16'hf288;
    mem[10'b101110011] = 16'hf2a1;
    mem[10'b101110100] = 16'hf2ba;
    mem[10'b101110101] = 16'hf2d3;
    mem[10'b101110110] = 16'hf2ec;
    mem[10'b101110111] = 16'hf305;
    mem[10'b101111000] = 16'hf31e;
    mem[10'b101111001] = 16'hf336;
    mem[10'b101111010] = 16'hf34e;
    mem[10'b101111011] = 16'hf366;
    mem[10'b101111100] = 16'hf37e;
    mem[10'b101111101] = 16'hf396;
    mem[10'b101111110] = 16'hf3ad;
    mem[10'b101111111] = 16'hf3c5;
    mem[10'b110000000] = 16'hf3dc;
    mem[10'b110000001] = 16'hf3f3;
    mem[10'b110000010] = 16'hf40a;
    mem[10'b110000011] = 16'hf421;
    mem[10'b110000100] = 16'hf437;
    mem[10'b110000101] = 16'hf44e;
    mem[10'b110000110] = 16'hf464;
    mem[10'b110000111] = 16'hf47a;
    mem[10'b110001000] = 16'hf490;
    mem[10'b110001001] = 16'hf4a6;
    mem[10'b110001010] = 16'hf4bb;
    mem[10'b110001011] = 16'hf4d1;
    mem[10'b110001100] = 16'hf4e6;
    mem[10'b110001101] = 16'hf4fb;
    mem[10'b110001110] = 16'hf510;
    mem[10'b110001111] = 16'hf525;
    mem[10'b110010000] = 16'hf53a;
    mem[10'b110010001] = 16'hf54e;
    mem[10'b110010010] = 16'hf563;
    mem[10'b110010011] = 16'hf577;
    mem[10'b110010100] = 16'hf58b;
    mem[10'b110010101] = 16'hf59f;
    mem[10'b110010110] = 16'hf5b3;
    mem[10'b110010111] = 16'hf5c7;
    mem[10'b110011000] = 16'hf5da;
    mem[10'b110011001] = 16'hf5ee;
    mem[10'b110011010] = 16'hf601;
    mem[10'b110011011] = 16'hf614;
    mem[10'b110011100] = 16'hf627;
    mem[10'b110011101] = 16'hf63a;
    mem[10'b110011110] = 16'hf64d;
    mem[10'b110011111] = 16'hf65f;
    mem[10'b110100000] = 16'hf672;
    mem[10'b110100001] = 16'hf684;
    mem[10'b110100010] = 16'hf696;
    mem[10'b110100011] = 16'hf6a8;
    mem[10'b110100100] = 16'hf6ba;
    mem[10'b110100101] = 16'hf6cc;
    mem[10'b110100110] = 16'hf6de;
    mem[10'b110100111] = 16'hf6ef;
    mem[10'b110101000] = 16'hf701;
    mem[10'b110101001] = 16'hf712;
    mem[10'b110101010] = 16'hf723;
    mem[10'b110101011] = 16'hf734;
    mem[10'b110101100] = 16'hf745;
    mem[10'b110101101] = 16'hf756;
    mem[10'b110101110] = 16'hf767;
    mem[10'b110101111] = 16'hf777;
    mem[10'b110110000] = 16'hf788;
    mem[10'b110110001] = 16'hf798;
    mem[10'b110110010] = 16'hf7a8;
    mem[10'b110110011] = 16'hf7b8;
    mem[10'b110110100] = 16'hf7c8;
    mem[10'b110110101] = 16'hf7d8;
    mem[10'b110110110] = 16'hf7e8;
    mem[10'b110110111] = 16'hf7f7;
    mem[10'b110111000] = 16'hf807;
    mem[10'b110111001] = 16'hf816;
    mem[10'b110111010] = 16'hf826;
    mem[10'b110111011] = 16'hf835;
    mem[10'b110111100] = 16'hf844;
    mem[10'b110111101] = 16'hf853;
    mem[10'b110111110] = 16'hf862;
    mem[10'b110111111] = 16'hf870;
    mem[10'b111000000] = 16'hf87f;
    mem[10'b111000001] = 16'hf88e;
    mem[10'b111000010] = 16'hf89c;
    mem[10'b111000011] = 16'hf8aa;
    mem[10'b111000100] = 16'hf8b8;
    mem[10'b111000101] = 16'hf8c7;
    mem[10'b111000110] = 16'hf8d4;
    mem[10'b111000111] = 16'hf8e2;
    mem[10'b111001000] = 16'hf8f0;
    mem[10'b111001001] = 16'hf8fe;
    mem[10'b111001010] = 16'hf90b;
    mem[10'b111001011] = 16'hf919;
    mem[10'b111001100] = 16'hf926;
    mem[10'b111001101] = 16'hf934;
    mem[10'b111001110] = 16'hf941;
    mem[10'b111001111] = 16'hf94e;
    mem[10'b111010000] = 16'hf95b;
    mem[10'b111010001] = 16'hf968;
    mem[10'b111010010] = 16'hf975;
    mem[10'b111010011] = 16'hf981;
    mem[10'b111010100] = 16'hf98e;
    mem[10'b111010101] = 16'hf99a;
    mem[10'b111010110] = 16'hf9a7;
    mem[10'b111010111] = 16'hf9b3;
    mem[10'b111011000] = 16'hf9bf;
    mem[10'b111011001] = 16'hf9cc;
    mem[10'b111011010] = 16'hf9d8;
    mem[10'b111011011] = 16'hf9e4;
    mem[10'b111011100] = 16'hf9ef;
    mem[10'b111011101] = 16'hf9fb;
    mem[10'b111011110] = 16'hfa07;
    mem[10'b111011111] = 16'hfa13;
    mem[10'b111100000] = 16'hfa1e;
    mem[10'b111100001] = 16'hfa2a;
    mem[10'b111100010] = 16'hfa35;
    mem[10'b111100011] = 16'hfa40;
    mem[10'b111100100] = 16'hfa4b;
    mem[10'b111100101] = 16'hfa57;
    mem[10'b111100110] = 16'hfa62;
    mem[10'b111100111] = 16'hfa6d;
    mem[10'b111101000] = 16'hfa77;
    mem[10'b111101001] = 16'hfa82;
    mem[10'b111101010] = 16'hfa8d;
    mem[10'b111101011] = 16'hfa98;
    mem[10'b111101100] = 16'hfaa2;
    mem[10'b111101101] = 16'hfaad;
    mem[10'b111101110] = 16'hfab7;
    mem[10'b111101111] = 16'hfac1;
    mem[10'b111110000] = 16'hfacb;
    mem[10'b111110001] = 16'hfad6;
    mem[10'b111110010] = 16'hfae0;
    mem[10'b111110011] = 16'hfaea;
    mem[10'b111110100] = 16'hfaf4;
    mem[10'b111110101] = 16'hfafe;
    mem[10'b111110110] = 16'hfb07;
    mem[10'b111110111] = 16'hfb11;
    mem[10'b111111000] = 16'hfb1b;
    mem[10'b111111001] = 16'hfb24;
    mem[10'b111111010] = 16'hfb2e;
    mem[10'b111111011] = 16'hfb37;
    mem[10'b111111100] = 16'hfb41;
    mem[10'b111111101] = 16'hfb4a;
    mem[10'b111111110] = 16'hfb53;
    mem[10'b111111111] = 16'hfb5c;
    mem[10'b1000000000] = 16'hfb65;
    mem[10'b1000000001] = 16'hfb6e;
    mem[10'b1000000010] = 16'hfb77;
    mem[10'b1000000011] = 16'hfb80;
    mem[10'b1000000100] = 16'hfb89;
    mem[10'b1000000101] = 16'hfb92;
    mem[10'b1000000110] = 16'hfb9a;
    mem[10'b1000000111] = 16'hfba3;
    mem[10'b1000001000] = 16'hfbab;
    mem[10'b1000001001] = 16'hfbb4;
    mem[10'b1000001010] = 16'hfbbc;
    mem[10'b1000001011] = 16'hfbc5;
    mem[10'b1000001100] = 16'hfbcd;
    mem[10'b1000001101] = 16'hfbd5;
    mem[10'b1000001110] = 16'hfbdd;
    mem[10'b1000001111] = 16'hfbe6;
    mem[10'b1000010000] = 16'hfbee;
    mem[10'b1000010001] = 16'hfbf6;
    mem[10'b1000010010] = 16'hfbfd;
    mem[10'b1000010011] = 16'hfc05;
    mem[10'b1000010100] = 16'hfc0d;
    mem[10'b1000010101] = 16'hfc15;
    mem[10'b1000010110] = 16'hfc1d;
    mem[10'b1000010111] = 16'hfc24;
    mem[10'b1000011000] = 16'hfc2c;
    mem[10'b1000011001] = 16'hfc33;
    mem[10'b1000011010] = 16'hfc3b;
    mem[10'b1000011011] = 16'hfc42;
    mem[10'b1000011100] = 16'hfc49;
    mem[10'b1000011101] = 16'hfc51;
    mem[10'b1000011110] = 16'hfc58;
    mem[10'b1000011111] = 16'hfc5f;
    mem[10'b1000100000] = 16'hfc66;
    mem[10'b1000100001] = 16'hfc6d;
    mem[10'b1000100010] = 16'hfc74;
    mem[10'b1000100011] = 16'hfc7b;
    mem[10'b1000100100] = 16'hfc82;
    mem[10'b1000100101] = 16'hfc89;
    mem[10'b1000100110] = 16'hfc90;
    mem[10'b1000100111] = 16'hfc97;
    mem[10'b1000101000] = 16'hfc9d;
    mem[10'b1000101001] = 16'hfca4;
    mem[10'b1000101010] = 16'hfcab;
    mem[10'b1000101011] = 16'hfcb1;
    mem[10'b1000101100] = 16'hfcb8;
    mem[10'b1000101101] = 16'hfcbe;
    mem[10'b1000101110] = 16'hfcc5;
    mem[10'b1000101111] = 16'hfccb;
    mem[10'b1000110000] = 16'hfcd1;
    mem[10'b1000110001] = 16'hfcd8;
    mem[10'b1000110010] = 16'hfcde;
    mem[10'b1000110011] = 16'hfce4;
    mem[10'b1000110100] = 16'hfcea;
    mem[10'b1000110101] = 16'hfcf0;
    mem[10'b1000110110] = 16'hfcf6;
    mem[10'b1000110111] = 16'hfcfc;
    mem[10'b1000111000] = 16'hfd02;
    mem[10'b1000111001] = 16'hfd08;
    mem[10'b1000111010] = 16'hfd0e;
    mem[10'b1000111011] = 16'hfd14;
    mem[10'b1000111100] = 16'hfd19;
    mem[10'b1000111101] = 16'hfd1f;
    mem[10'b1000111110] = 16'hfd25;
    mem[10'b1000111111] = 16'hfd2a;
    mem[10'b1001000000] = 16'hfd30;
    mem[10'b1001000001] = 16'hfd36;
    mem[10'b1001000010] = 16'hfd3b;
    mem[10'b1001000011] = 16'hfd40;
    mem[10'b1001000100] = 16'hfd46;
    mem[10'b1001000101] = 16'hfd4b;
    mem[10'b1001000110] = 16'hfd51;
    mem[10'b1001000111] = 16'hfd56;
    mem[10'b1001001000] = 16'hfd5b;
    mem[10'b1001001001] = 16'hfd60;
    mem[10'b1001001010] = 16'hfd66;
    mem[10'b1001001011] = 16'hfd6b;
    mem[10'b1001001100] = 16'hfd70;
    mem[10'b1001001101] = 16'hfd75;
    mem[10'b1001001110] = 16'hfd7a;
    mem[10'b1001001111] = 16'hfd7f;
    mem[10'b1001010000] = 16'hfd84;
    mem[10'b1001010001] = 16'hfd89;
    mem[10'b1001010010] = 16'hfd8e;
    mem[10'b1001010011] = 16'hfd92;
    mem[10'b1001010100] = 16'hfd97;
    mem[10'b1001010101] = 16'hfd9c;
    mem[10'b1001010110] = 16'hfda1;
    mem[10'b1001010111] = 16'hfda5;
    mem[10'b1001011000] = 16'hfdaa;
    mem[10'b1001011001] = 16'hfdaf;
    mem[10'b1001011010] = 16'hfdb3;
    mem[10'b1001011011] = 16'hfdb8;
    mem[10'b1001011100] = 16'hfdbc;
    mem[10'b1001011101] = 16'hfdc1;
    mem[10'b1001011110] = 16'hfdc5;
    mem[10'b1001011111] = 16'hfdc9;
    mem[10'b1001100000] = 16'hfdce;
    mem[10'b1001100001] = 16'hfdd2;
    mem[10'b1001100010] = 16'hfdd7;
    mem[10'b1001100011] = 16'hfddb;
    mem[10'b1001100100] = 16'hfddf;
    mem[10'b1001100101] = 16'hfde3;
    mem[10'b1001100110] = 16'hfde7;
    mem[10'b1001100111] = 16'hfdec;
    mem[10'b1001101000] = 16'hfdf0;
    mem[10'b1001101001] = 16'hfdf4;
    mem[10'b1001101010] = 16'hfdf8;
    mem[10'b1001101011] = 16'hfdfc;
    mem[10'b1001101100] = 16'hfe00;
    mem[10'b1001101101] = 16'hfe04;
    mem[10'b1001101110] = 16'hfe08;
    mem[10'b1001101111] = 16'hfe0c;
    mem[10'b1001110000] = 16'hfe0f;
    mem[10'b1001110001] = 16'hfe13;
    mem[10'b1001110010] = 16'hfe17;
    mem[10'b1001110011] = 16'hfe1b;
    mem[10'b1001110100] = 16'hfe1f;
    mem[10'b1001110101] = 16'hfe22;
    mem[10'b1001110110] = 16'hfe26;
    mem[10'b1001110111] = 16'hfe2a;
    mem[10'b1001111000] = 16'hfe2d;
    mem[10'b1001111001] = 16'hfe31;
    mem[10'b1001111010] = 16'hfe34;
    mem[10'b1001111011] = 16'hfe38;
    mem[10'b1001111100] = 16'hfe3c;
    mem[10'b1001111101] = 16'hfe3f;
    mem[10'b1001111110] = 16'hfe43;
    mem[10'b1001111111] = 16'hfe46;
    mem[10'b1010000000] = 16'hfe49;
    mem[10'b1010000001] = 16'hfe4d;
    mem[10'b1010000010] = 16'hfe50;
    mem[10'b1010000011] = 16'hfe53;
    mem[10'b1010000100] = 16'hfe57;
    mem[10'b1010000101] = 16'hfe5a;
    mem[10'b1010000110] = 16'hfe5d;
    mem[10'b1010000111] = 16'hfe61;
    mem[10'b1010001000] = 16'hfe64;
    mem[10'b1010001001] = 16'hfe67;
    mem[10'b1010001010] = 16'hfe6a;
    mem[10'b1010001011] = 16'hfe6d;
    mem[10'b1010001100] = 16'hfe70;
    mem[10'b1010001101] = 16'hfe73;
    mem[10'b1010001110] = 16'hfe77;
    mem[10'b1010001111] = 16'hfe7a;
    mem[10'b1010010000] = 16'hfe7d;
    mem[10'b1010010001] = 16'hfe80;
    mem[10'b1010010010] = 16'hfe83;
    mem[10'b1010010011] = 16'hfe86;
    mem[10'b1010010100] = 16'hfe88;
    mem[10'b1010010101] = 16'hfe8b;
    mem[10'b1010010110] = 16'hfe8e;
    mem[10'b1010010111] = 16'hfe91;
    mem[10'b1010011000] = 16'hfe94;
    mem[10'b1010011001] = 16'hfe97;
    mem[10'b1010011010] = 16'hfe9a;
    mem[10'b1010011011] = 16'hfe9c;
    mem[10'b1010011100] = 16'hfe9f;
    mem[10'b1010011101] = 16'hfea2;
    mem[10'b1010011110] = 16'hfea5;
    mem[10'b1010011111] = 16'hfea7;
    mem[10'b1010100000] = 16'hfeaa;
    mem[10'b1010100001] = 16'hfead;
    mem[10'b1010100010] = 16'hfeaf;
    mem[10'b1010100011] = 16'hfeb2;
    mem[10'b1010100100] = 16'hfeb4;
    mem[10'b1010100101] = 16'hfeb7;
    mem[10'b1010100110] = 16'hfeb9;
    mem[10'b1010100111] = 16'hfebc;
    mem[10'b1010101000] = 16'hfebf;
    mem[10'b1010101001] = 16'hfec1;
    mem[10'b1010101010] = 16'hfec3;
    mem[10'b1010101011] = 16'hfec6;
    mem[10'b1010101100] = 16'hfec8;
    mem[10'b1010101101] = 16'hfecb;
    mem[10'b1010101110] = 16'hfecd;
    mem[10'b1010101111] = 16'hfed0;
    mem[10'b1010110000] = 16'hfed2;
    mem[10'b1010110001] = 16'hfed4;
    mem[10'b1010110010] = 16'hfed7;
    mem[10'b1010110011] = 16'hfed9;
    mem[10'b1010110100] = 16'hfedb;
    mem[10'b1010110101] = 16'hfedd;
    mem[10'b1010110110] = 16'hfee0;
    mem[10'b1010110111] = 16'hfee2;
    mem[10'b1010111000] = 16'hfee4;
    mem[10'b1010111001] = 16'hfee6;
    mem[10'b1010111010] = 16'hfee9;
    mem[10'b1010111011] = 16'hfeeb;
    mem[10'b1010111100] = 16'hfeed;
    mem[10'b1010111101] = 16'hfeef;
    mem[10'b1010111110] = 16'hfef1;
    mem[10'b1010111111] = 16'hfef3;
    mem[10'b1011000000] = 16'hfef5;
    mem[10'b1011000001] = 16'hfef7;
    mem[10'b1011000010] = 16'hfef9;
    mem[10'b1011000011] = 16'hfefb;
    mem[10'b1011000100] = 16'hfefd;
    mem[10'b1011000101] = 16'hfeff;
    mem[10'b1011000110] = 16'hff01;
    mem[10'b1011000111] = 16'hff03;
    mem[10'b1011001000] = 16'hff05;
    mem[10'b1011001001] = 16'hff07;
    mem[10'b1011001010] = 16'hff09;
    mem[10'b1011001011] = 16'hff0b;
    mem[10'b1011001100] = 16'hff0d;
    mem[10'b1011001101] = 16'hff0f;
    mem[10'b1011001110] = 16'hff11;
    mem[10'b1011001111] = 16'hff13;
    mem[10'b1011010000] = 16'hff14;
    mem[10'b1011010001] = 16'hff16;
    mem[10'b1011010010] = 16'hff18;
    mem[10'b1011010011] = 16'hff1a;
    mem[10'b1011010100] = 16'hff1c;
    mem[10'b1011010101] = 16'hff1d;
    mem[10'b1011010110] = 16'hff1f;
    mem[10'b1011010111] = 16'hff21;
    mem[10'b1011011000] = 16'hff23;
    mem[10'b1011011001] = 16'hff24;
    mem[10'b1011011010] = 16'hff26;
    mem[10'b1011011011] = 16'hff28;
    mem[10'b1011011100] = 16'hff29;
    mem[10'b1011011101] = 16'hff2b;
    mem[10'b1011011110] = 16'hff2d;
    mem[10'b1011011111] = 16'hff2e;
    mem[10'b1011100000] = 16'hff30;
    mem[10'b1011100001] = 16'hff32;
    mem[10'b1011100010] = 16'hff33;
    mem[10'b1011100011] = 16'hff35;
    mem[10'b1011100100] = 16'hff36;
    mem[10'b1011100101] = 16'hff38;
    mem[10'b1011100110] = 16'hff3a;
    mem[10'b1011100111] = 16'hff3b;
    mem[10'b1011101000] = 16'hff3d;
    mem[10'b1011101001] = 16'hff3e;
    mem[10'b1011101010] = 16'hff40;
    mem[10'b1011101011] = 16'hff41;
    mem[10'b1011101100] = 16'hff43;
    mem[10'b1011101101] = 16'hff44;
    mem[10'b1011101110] = 16'hff46;
    mem[10'b1011101111] = 16'hff47;
    mem[10'b1011110000] = 16'hff48;
    mem[10'b1011110001] = 16'hff4a;
    mem[10'b1011110010] = 16'hff4b;
    mem[10'b1011110011] = 16'hff4d;
    mem[10'b1011110100] = 16'hff4e;
    mem[10'b1011110101] = 16'hff4f;
    mem[10'b1011110110] = 16'hff51;
    mem[10'b1011110111] = 16'hff52;
    mem[10'b1011111000] = 16'hff54;
    mem[10'b1011111001] = 16'hff55;
    mem[10'b1011111010] = 16'hff56;
    mem[10'b1011111011] = 16'hff58;
    mem[10'b1011111100] = 16'hff59;
    mem[10'b1011111101] = 16'hff5a;
    mem[10'b1011111110] = 16'hff5b;
    mem[10'b1011111111] = 16'hff5d;
    mem[10'b1100000000] = 16'hff5e;
    mem[10'b1100000001] = 16'hff5f;
    mem[10'b1100000010] = 16'hff60;
    mem[10'b1100000011] = 16'hff62;
    mem[10'b1100000100] = 16'hff63;
    mem[10'b1100000101] = 16'hff64;
    mem[10'b1100000110] = 16'hff65;
    mem[10'b1100000111] = 16'hff67;
    mem[10'b1100001000] = 16'hff68;
    mem[10'b1100001001] = 16'hff69;
    mem[10'b1100001010] = 16'hff6a;
    mem[10'b1100001011] = 16'hff6b;
    mem[10'b1100001100] = 16'hff6c;
    mem[10'b1100001101] = 16'hff6e;
    mem[10'b1100001110] = 16'hff6f;
    mem[10'b1100001111] = 16'hff70;
    mem[10'b1100010000] = 16'hff71;
    mem[10'b1100010001] = 16'hff72;
    mem[10'b1100010010] = 16'hff73;
    mem[10'b1100010011] = 16'hff74;
    mem[10'b1100010100] = 16'hff75;
    mem[10'b1100010101] = 16'hff76;
    mem[10'b1100010110] = 16'hff77;
    mem[10'b1100010111] = 16'hff79;
    mem[10'b1100011000] = 16'hff7a;
    mem[10'b1100011001] = 16'hff7b;
    mem[10'b1100011010] = 16'hff7c;
    mem[10'b1100011011] = 16'hff7d;
    mem[10'b1100011100] = 16'hff7e;
    mem[10'b1100011101] = 16'hff7f;
    mem[10'b1100011110] = 16'hff80;
    mem[10'b1100011111] = 16'hff81;
    mem[10'b1100100000] = 16'hff82;
    mem[10'b1100100001] = 16'hff83;
    mem[10'b1100100010] = 16'hff84;
    mem[10'b1100100011] = 16'hff85;
    mem[10'b1100100100] = 16'hff86;
    mem[10'b1100100101] = 16'hff87;
    mem[10'b1100100110] = 16'hff88;
    mem[10'b1100100111] = 16'hff88;
    mem[10'b1100101000] = 16'hff89;
    mem[10'b1100101001] = 16'hff8a;
    mem[10'b1100101010] = 16'hff8b;
    mem[10'b1100101011] = 16'hff8c;
    mem[10'b1100101100] = 16'hff8d;
    mem[10'b1100101101] = 16'hff8e;
    mem[10'b1100101110] = 16'hff8f;
    mem[10'b1100101111] = 16'hff90;
    mem[10'b1100110000] = 16'hff91;
    mem[10'b1100110001] = 16'hff91;
    mem[10'b1100110010] = 16'hff92;
    mem[10'b1100110011] = 16'hff93;
    mem[10'b1100110100] = 16'hff94;
    mem[10'b1100110101] = 16'hff95;
    mem[10'b1100110110] = 16'hff96;
    mem[10'b1100110111] = 16'hff96;
    mem[10'b1100111000] = 16'hff97;
    mem[10'b1100111001] = 16'hff98;
    mem[10'b1100111010] = 16'hff99;
    mem[10'b1100111011] = 16'hff9a;
    mem[10'b1100111100] = 16'hff9b;
    mem[10'b1100111101] = 16'hff9b;
    mem[10'b1100111110] = 16'hff9c;
    mem[10'b1100111111] = 16'hff9d;
    mem[10'b1101000000] = 16'hff9e;
    mem[10'b1101000001] = 16'hff9e;
    mem[10'b1101000010] = 16'hff9f;
    mem[10'b1101000011] = 16'hffa0;
    mem[10'b1101000100] = 16'hffa1;
    mem[10'b1101000101] = 16'hffa1;
    mem[10'b1101000110] = 16'hffa2;
    mem[10'b1101000111] = 16'hffa3;
    mem[10'b1101001000] = 16'hffa4;
    mem[10'b1101001001] = 16'hffa4;
    mem[10'b1101001010] = 16'hffa5;
    mem[10'b1101001011] = 16'hffa6;
    mem[10'b1101001100] = 16'hffa6;
    mem[10'b1101001101] = 16'hffa7;
    mem[10'b1101001110] = 16'hffa8;
    mem[10'b1101001111] = 16'hffa8;
    mem[10'b1101010000] = 16'hffa9;
    mem[10'b1101010001] = 16'hffaa;
    mem[10'b1101010010] = 16'hffab;
    mem[10'b1101010011] = 16'hffab;
    mem[10'b1101010100] = 16'hffac;
    mem[10'b1101010101] = 16'hffac;
    mem[10'b1101010110] = 16'hffad;
    mem[10'b1101010111] = 16'hffae;
    mem[10'b1101011000] = 16'hffae;
    mem[10'b1101011001] = 16'hffaf;
    mem[10'b1101011010] = 16'hffb0;
    mem[10'b1101011011] = 16'hffb0;
    mem[10'b1101011100] = 16'hffb1;
    mem[10'b1101011101] = 16'hffb2;
    mem[10'b1101011110] = 16'hffb2;
    mem[10'b1101011111] = 16'hffb3;
    mem[10'b1101100000] = 16'hffb3;
    mem[10'b1101100001] = 16'hffb4;
    mem[10'b1101100010] = 16'hffb5;
    mem[10'b1101100011] = 16'hffb5;
    mem[10'b1101100100] = 16'hffb6;
    mem[10'b1101100101] = 16'hffb6;
    mem[10'b1101100110] = 16'hffb7;
    mem[10'b1101100111] = 16'hffb7;
    mem[10'b1101101000] = 16'hffb8;
    mem[10'b1101101001] = 16'hffb9;
    mem[10'b1101101010] = 16'hffb9;
    mem[10'b1101101011] = 16'hffba;
    mem[10'b1101101100] = 16'hffba;
    mem[10'b1101101101] = 16'hffbb;
    mem[10'b1101101110] = 16'hffbb;
    mem[10'b1101101111] = 16'hffbc;
    mem[10'b1101110000] = 16'hffbc;
    mem[10'b1101110001] = 16'hffbd;
    mem[10'b1101110010] = 16'hffbd;
    mem[10'b1101110011] = 16'hffbe;
    mem[10'b1101110100] = 16'hffbe;
    mem[10'b1101110101] = 16'hffbf;
    mem[10'b1101110110] = 16'hffbf;
    mem[10'b1101110111] = 16'hffc0;
    mem[10'b1101111000] = 16'hffc0;
    mem[10'b1101111001] = 16'hffc1;
    mem[10'b1101111010] = 16'hffc1;
    mem[10'b1101111011] = 16'hffc2;
    mem[10'b1101111100] = 16'hffc2;
    mem[10'b1101111101] = 16'hffc3;
    mem[10'b1101111110] = 16'hffc3;
    mem[10'b1101111111] = 16'hffc4;
    mem[10'b1110000000] = 16'hffc4;
    mem[10'b1110000001] = 16'hffc5;
    mem[10'b1110000010] = 16'hffc5;
    mem[10'b1110000011] = 16'hffc6;
    mem[10'b1110000100] = 16'hffc6;
    mem[10'b1110000101] = 16'hffc7;
    mem[10'b1110000110] = 16'hffc7;
    mem[10'b1110000111] = 16'hffc7;
    mem[10'b1110001000] = 16'hffc8;
    mem[10'b1110001001] = 16'hffc8;
    mem[10'b1110001010] = 16'hffc9;
    mem[10'b1110001011] = 16'hffc9;
    mem[10'b1110001100] = 16'hffca;
    mem[10'b1110001101] = 16'hffca;
    mem[10'b1110001110] = 16'hffca;
    mem[10'b1110001111] = 16'hffcb;
    mem[10'b1110010000] = 16'hffcb;
    mem[10'b1110010001] = 16'hffcc;
    mem[10'b1110010010] = 16'hffcc;
    mem[10'b1110010011] = 16'hffcd;
    mem[10'b1110010100] = 16'hffcd;
    mem[10'b1110010101] = 16'hffcd;
    mem[10'b1110010110] = 16'hffce;
    mem[10'b1110010111] = 16'hffce;
    mem[10'b1110011000] = 16'hffce;
    mem[10'b1110011001] = 16'hffcf;
    mem[10'b1110011010] = 16'hffcf;
    mem[10'b1110011011] = 16'hffd0;
    mem[10'b1110011100] = 16'hffd0;
    mem[10'b1110011101] = 16'hffd0;
    mem[10'b1110011110] = 16'hffd1;
    mem[10'b1110011111] = 16'hffd1;
    mem[10'b1110100000] = 16'hffd1;
    mem[10'b1110100001] = 16'hffd2;
    mem[10'b1110100010] = 16'hffd2;
    mem[10'b1110100011] = 16'hffd3;
    mem[10'b1110100100] = 16'hffd3;
    mem[10'b1110100101] = 16'hffd3;
    mem[10'b1110100110] = 16'hffd4;
    mem[10'b1110100111] = 16'hffd4;
    mem[10'b1110101000] = 16'hffd4;
    mem[10'b1110101001] = 16'hffd5;
    mem[10'b1110101010] = 16'hffd5;
    mem[10'b1110101011] = 16'hffd5;
    mem[10'b1110101100] = 16'hffd6;
    mem[10'b1110101101] = 16'hffd6;
    mem[10'b1110101110] = 16'hffd6;
    mem[10'b1110101111] = 16'hffd7;
    mem[10'b1110110000] = 16'hffd7;
    mem[10'b1110110001] = 16'hffd7;
    mem[10'b1110110010] = 16'hffd8;
    mem[10'b1110110011] = 16'hffd8;
    mem[10'b1110110100] = 16'hffd8;
    mem[10'b1110110101] = 16'hffd9;
    mem[10'b1110110110] = 16'hffd9;
    mem[10'b1110110111] = 16'hffd9;
    mem[10'b1110111000] = 16'hffd9;
    mem[10'b1110111001] = 16'hffda;
    mem[10'b1110111010] = 16'hffda;
    mem[10'b1110111011] = 16'hffda;
    mem[10'b1110111100] = 16'hffdb;
    mem[10'b1110111101] = 16'hffdb;
    mem[10'b1110111110] = 16'hffdb;
    mem[10'b1110111111] = 16'hffdb;
    mem[10'b1111000000] = 16'hffdc;
    mem[10'b1111000001] = 16'hffdc;
    mem[10'b1111000010] = 16'hffdc;
    mem[10'b1111000011] = 16'hffdd;
    mem[10'b1111000100] = 16'hffdd;
    mem[10'b1111000101] = 16'hffdd;
    mem[10'b1111000110] = 16'hffdd;
    mem[10'b1111000111] = 16'hffde;
    mem[10'b1111001000] = 16'hffde;
    mem[10'b1111001001] = 16'hffde;
    mem[10'b1111001010] = 16'hffde;
    mem[10'b1111001011] = 16'hffdf;
    mem[10'b1111001100] = 16'hffdf;
    mem[10'b1111001101] = 16'hffdf;
    mem[10'b1111001110] = 16'hffe0;
    mem[10'b1111001111] = 16'hffe0;
    mem[10'b1111010000] = 16'hffe0;
    mem[10'b1111010001] = 16'hffe0;
    mem[10'b1111010010] = 16'hffe1;
    mem[10'b1111010011] = 16'hffe1;
    mem[10'b1111010100] = 16'hffe1;
    mem[10'b1111010101] = 16'hffe1;
    mem[10'b1111010110] = 16'hffe1;
    mem[10'b1111010111] = 16'hffe2;
    mem[10'b1111011000] = 16'hffe2;
    mem[10'b1111011001] = 16'hffe2;
    mem[10'b1111011010] = 16'hffe2;
    mem[10'b1111011011] = 16'hffe3;
    mem[10'b1111011100] = 16'hffe3;
    mem[10'b1111011101] = 16'hffe3;
    mem[10'b1111011110] = 16'hffe3;
    mem[10'b1111011111] = 16'hffe4;
    mem[10'b1111100000] = 16'hffe4;
    mem[10'b1111100001] = 16'hffe4;
    mem[10'b1111100010] = 16'hffe4;
    mem[10'b1111100011] = 16'hffe4;
    mem[10'b1111100100] = 16'hffe5;
    mem[10'b1111100101] = 16'hffe5;
    mem[10'b1111100110] = 16'hffe5;
    mem[10'b1111100111] = 16'hffe5;
    mem[10'b1111101000] = 16'hffe5;
    mem[10'b1111101001] = 16'hffe6;
    mem[10'b1111101010] = 16'hffe6;
    mem[10'b1111101011] = 16'hffe6;
    mem[10'b1111101100] = 16'hffe6;
    mem[10'b1111101101] = 16'hffe7;
    mem[10'b1111101110] = 16'hffe7;
    mem[10'b1111101111] = 16'hffe7;
    mem[10'b1111110000] = 16'hffe7;
    mem[10'b1111110001] = 16'hffe7;
    mem[10'b1111110010] = 16'hffe7;
    mem[10'b1111110011] = 16'hffe8;
    mem[10'b1111110100] = 16'hffe8;
    mem[10'b1111110101] = 16'hffe8;
    mem[10'b1111110110] = 16'hffe8;
    mem[10'b1111110111] = 16'hffe8;
    mem[10'b1111111000] = 16'hffe9;
    mem[10'b1111111001] = 16'hffe9;
    mem[10'b1111111010] = 16'hffe9;
    mem[10'b1111111011] = 16'hffe9;
    mem[10'b1111111100] = 16'hffe9;
    mem[10'b1111111101] = 16'hffea;
    mem[10'b1111111110] = 16'hffea;
    mem[10'b1111111111] = 16'hffea;
    end

    always @(posedge clock) begin
       data <= mem[address];
    end
endmodule // top$chip$lanes$1$pbit$thresholds


module top$chip$lanes$1$rng(clock,seed,load,step,state,draw);

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
    top$chip$lanes$1$rng$state_reg state_reg(
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

endmodule // top$chip$lanes$1$rng


module top$chip$lanes$1$rng$state_reg(d,q,clock);

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

endmodule // top$chip$lanes$1$rng$state_reg


module top$chip$lanes$1$start_q(d,q,clock);

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

endmodule // top$chip$lanes$1$start_q


module top$chip$lanes$1$step_1(d,q,clock);

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

endmodule // top$chip$lanes$1$step_1


module top$chip$lanes$1$step_2(d,q,clock);

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

endmodule // top$chip$lanes$1$step_2


module top$chip$lanes$1$valid_q(d,q,clock);

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

endmodule // top$chip$lanes$1$valid_q


module top$chip$lanes$2(clock,seed,load,clear,preload_en,preload,add_en,weight,source_spin,compute,delta_code,shift_amount,offset,acc,field,state,spin,spin_valid,start_spin);

    // Module arguments
    input wire  clock;
    input wire  [63:0] seed;
    input wire  load;
    input wire  clear;
    input wire  preload_en;
    input wire signed [17:0] preload;
    input wire  add_en;
    input wire signed [15:0] weight;
    input wire  source_spin;
    input wire  compute;
    input wire  [15:0] delta_code;
    input wire  [4:0] shift_amount;
    input wire signed [15:0] offset;
    output reg signed [17:0] acc;
    output reg signed [15:0] field;
    output reg  [63:0] state;
    output reg  spin;
    output reg  spin_valid;
    output reg  start_spin;

    // Constant declarations
    localparam  draw_msb = 4'hf;

    // Stub signals
    reg  rng$clock;
    reg  [63:0] rng$seed;
    reg  rng$load;
    reg  rng$step;
    wire  [63:0] rng$state;
    wire  [15:0] rng$draw;
    reg  field_unit$clock;
    reg  field_unit$clear;
    reg  field_unit$preload_en;
    reg signed [17:0] field_unit$preload;
    reg  field_unit$add_en;
    reg signed [15:0] field_unit$weight;
    reg  field_unit$spin;
    wire signed [17:0] field_unit$acc;
    reg  field_unit$compute;
    reg  [15:0] field_unit$delta_code;
    reg  [4:0] field_unit$shift_amount;
    reg signed [15:0] field_unit$offset;
    wire signed [15:0] field_unit$field;
    wire  field_unit$valid;
    reg  pbit$clock;
    reg signed [15:0] pbit$field;
    reg  [15:0] pbit$r;
    wire  pbit$spin;
    reg  step_1$d;
    wire  step_1$q;
    reg  step_1$clock;
    reg  step_2$d;
    wire  step_2$q;
    reg  step_2$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  start_q$d;
    wire  start_q$q;
    reg  start_q$clock;

    // Sub module instances
    top$chip$lanes$2$rng rng(
        .clock(rng$clock),
        .seed(rng$seed),
        .load(rng$load),
        .step(rng$step),
        .state(rng$state),
        .draw(rng$draw)
    );
    top$chip$lanes$2$field_unit field_unit(
        .clock(field_unit$clock),
        .clear(field_unit$clear),
        .preload_en(field_unit$preload_en),
        .preload(field_unit$preload),
        .add_en(field_unit$add_en),
        .weight(field_unit$weight),
        .spin(field_unit$spin),
        .acc(field_unit$acc),
        .compute(field_unit$compute),
        .delta_code(field_unit$delta_code),
        .shift_amount(field_unit$shift_amount),
        .offset(field_unit$offset),
        .field(field_unit$field),
        .valid(field_unit$valid)
    );
    top$chip$lanes$2$pbit pbit(
        .clock(pbit$clock),
        .field(pbit$field),
        .r(pbit$r),
        .spin(pbit$spin)
    );
    top$chip$lanes$2$step_1 step_1(
        .d(step_1$d),
        .q(step_1$q),
        .clock(step_1$clock)
    );
    top$chip$lanes$2$step_2 step_2(
        .d(step_2$d),
        .q(step_2$q),
        .clock(step_2$clock)
    );
    top$chip$lanes$2$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$chip$lanes$2$start_q start_q(
        .d(start_q$d),
        .q(start_q$q),
        .clock(start_q$clock)
    );

    // Update code
    always @(*) begin
        rng$clock = clock;
        field_unit$clock = clock;
        pbit$clock = clock;
        step_1$clock = clock;
        step_2$clock = clock;
        valid_q$clock = clock;
        start_q$clock = clock;
        step_1$d = step_1$q;
        step_2$d = step_2$q;
        valid_q$d = valid_q$q;
        start_q$d = start_q$q;
        rng$seed = seed;
        rng$load = load;
        step_1$d = compute;
        step_2$d = step_1$q;
        rng$step = step_2$q;
        field_unit$clear = clear;
        field_unit$preload_en = preload_en;
        field_unit$preload = preload;
        field_unit$add_en = add_en;
        field_unit$weight = weight;
        field_unit$spin = source_spin;
        field_unit$compute = compute;
        field_unit$delta_code = delta_code;
        field_unit$shift_amount = shift_amount;
        field_unit$offset = offset;
        pbit$field = field_unit$field;
        pbit$r = rng$draw;
        valid_q$d = field_unit$valid;
        start_q$d = rng$draw[draw_msb];
        acc = field_unit$acc;
        field = field_unit$field;
        state = rng$state;
        spin = pbit$spin;
        spin_valid = valid_q$q;
        start_spin = start_q$q;
    end

endmodule // top$chip$lanes$2


module top$chip$lanes$2$field_unit(clock,clear,preload_en,preload,add_en,weight,spin,acc,compute,delta_code,shift_amount,offset,field,valid);

    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  preload_en;
    input wire signed [17:0] preload;
    input wire  add_en;
    input wire signed [15:0] weight;
    input wire  spin;
    output reg signed [17:0] acc;
    input wire  compute;
    input wire  [15:0] delta_code;
    input wire  [4:0] shift_amount;
    input wire signed [15:0] offset;
    output reg signed [15:0] field;
    output reg  valid;

    // Constant declarations
    localparam  zero_acc = 18'b0;
    localparam  lsb = 6'b0;
    localparam  acc_lsb = 5'b0;
    localparam  shift_lsb = 3'b0;
    localparam  sum_lsb = 5'b0;
    localparam  hi_lsb = 5'b10000;
    localparam  hi_msb = 5'b10001;
    localparam  hi_weight = 6'b10000;
    localparam  one_bit = 1'b1;
    localparam  zero_prod = 34'h0;
    localparam  one_prod = 34'h1;
    localparam  ones_prod = 34'h3ffffffff;
    localparam  prod_sign = 6'b100001;
    localparam  coarse_mask = 5'b11000;
    localparam  top_lsb = 6'b10000;
    localparam  top_zero = 18'b0;
    localparam  top_ones = 18'b111111111111111111;
    localparam  clamp_low = 18'b110000000000000000;
    localparam  clamp_high = 18'b1111111111111111;
    localparam  sum_sign = 5'b10001;
    localparam  sat_lsb = 5'b1111;
    localparam  sat_zero = 3'b0;
    localparam  sat_ones = 3'b111;
    localparam  field_min = 16'h8000;
    localparam  field_max = 16'h7fff;

    // Stub signals
    reg  [17:0] acc_reg$d;
    wire  [17:0] acc_reg$q;
    reg  acc_reg$clock;
    reg  [15:0] weight_ext$narrow;
    wire  [17:0] weight_ext$wide;
    reg  [15:0] delta_ext$narrow;
    wire  [33:0] delta_ext$wide;
    reg  [31:0] a_low$d;
    wire  [31:0] a_low$q;
    reg  a_low$clock;
    reg  [33:0] a_addend$d;
    wire  [33:0] a_addend$q;
    reg  a_addend$clock;
    reg  [4:0] a_shift$d;
    wire  [4:0] a_shift$q;
    reg  a_shift$clock;
    reg  [15:0] a_offset$d;
    wire  [15:0] a_offset$q;
    reg  a_offset$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [31:0] low_ext$narrow;
    wire  [33:0] low_ext$wide;
    reg  [33:0] b_coarse$d;
    wire  [33:0] b_coarse$q;
    reg  b_coarse$clock;
    reg  [2:0] b_fine$d;
    wire  [2:0] b_fine$q;
    reg  b_fine$clock;
    reg  [15:0] b_offset$d;
    wire  [15:0] b_offset$q;
    reg  b_offset$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [15:0] offset_ext$narrow;
    wire  [17:0] offset_ext$wide;
    reg  [15:0] c_field$d;
    wire  [15:0] c_field$q;
    reg  c_field$clock;
    reg  c_valid$d;
    wire  c_valid$q;
    reg  c_valid$clock;

    // Local signals
    reg  [17:0] term;
    reg  [17:0] base;
    reg  [33:0] hi_plus;
    reg  [33:0] hi_minus;
    reg  [33:0] half;
    reg  [33:0] rounded;
    reg  [4:0] coarse_amount;
    reg  [33:0] shifted;
    reg  [17:0] clamped;
    reg  [17:0] sum;

    // Sub module instances
    top$chip$lanes$2$field_unit$acc_reg acc_reg(
        .d(acc_reg$d),
        .q(acc_reg$q),
        .clock(acc_reg$clock)
    );
    top$chip$lanes$2$field_unit$weight_ext weight_ext(
        .narrow(weight_ext$narrow),
        .wide(weight_ext$wide)
    );
    top$chip$lanes$2$field_unit$delta_ext delta_ext(
        .narrow(delta_ext$narrow),
        .wide(delta_ext$wide)
    );
    top$chip$lanes$2$field_unit$a_low a_low(
        .d(a_low$d),
        .q(a_low$q),
        .clock(a_low$clock)
    );
    top$chip$lanes$2$field_unit$a_addend a_addend(
        .d(a_addend$d),
        .q(a_addend$q),
        .clock(a_addend$clock)
    );
    top$chip$lanes$2$field_unit$a_shift a_shift(
        .d(a_shift$d),
        .q(a_shift$q),
        .clock(a_shift$clock)
    );
    top$chip$lanes$2$field_unit$a_offset a_offset(
        .d(a_offset$d),
        .q(a_offset$q),
        .clock(a_offset$clock)
    );
    top$chip$lanes$2$field_unit$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$chip$lanes$2$field_unit$low_ext low_ext(
        .narrow(low_ext$narrow),
        .wide(low_ext$wide)
    );
    top$chip$lanes$2$field_unit$b_coarse b_coarse(
        .d(b_coarse$d),
        .q(b_coarse$q),
        .clock(b_coarse$clock)
    );
    top$chip$lanes$2$field_unit$b_fine b_fine(
        .d(b_fine$d),
        .q(b_fine$q),
        .clock(b_fine$clock)
    );
    top$chip$lanes$2$field_unit$b_offset b_offset(
        .d(b_offset$d),
        .q(b_offset$q),
        .clock(b_offset$clock)
    );
    top$chip$lanes$2$field_unit$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$chip$lanes$2$field_unit$offset_ext offset_ext(
        .narrow(offset_ext$narrow),
        .wide(offset_ext$wide)
    );
    top$chip$lanes$2$field_unit$c_field c_field(
        .d(c_field$d),
        .q(c_field$q),
        .clock(c_field$clock)
    );
    top$chip$lanes$2$field_unit$c_valid c_valid(
        .d(c_valid$d),
        .q(c_valid$q),
        .clock(c_valid$clock)
    );

    // Update code
    always @(*) begin
        acc_reg$clock = clock;
        a_low$clock = clock;
        a_addend$clock = clock;
        a_shift$clock = clock;
        a_offset$clock = clock;
        a_valid$clock = clock;
        b_coarse$clock = clock;
        b_fine$clock = clock;
        b_offset$clock = clock;
        b_valid$clock = clock;
        c_field$clock = clock;
        c_valid$clock = clock;
        acc_reg$d = acc_reg$q;
        a_low$d = a_low$q;
        a_addend$d = a_addend$q;
        a_shift$d = a_shift$q;
        a_offset$d = a_offset$q;
        a_valid$d = a_valid$q;
        b_coarse$d = b_coarse$q;
        b_fine$d = b_fine$q;
        b_offset$d = b_offset$q;
        b_valid$d = b_valid$q;
        c_field$d = c_field$q;
        c_valid$d = c_valid$q;
        weight_ext$narrow = $unsigned(weight);
        term = weight_ext$wide;
        if (~spin) begin
            term = zero_acc - weight_ext$wide;
        end
        base = acc_reg$q;
        if (clear) begin
            base = zero_acc;
        end
        if (preload_en) begin
            base = $unsigned(preload);
        end
        acc_reg$d = base;
        if (add_en) begin
            acc_reg$d = base + term;
        end
        acc = $signed(acc_reg$q);
        delta_ext$narrow = delta_code;
        hi_plus = zero_prod;
        if (acc_reg$q[hi_lsb]) begin
            hi_plus = delta_ext$wide << hi_weight;
        end
        hi_minus = zero_prod;
        if (acc_reg$q[hi_msb]) begin
            hi_minus = (delta_ext$wide << hi_weight) << one_bit;
        end
        half = (one_prod << shift_amount) >> one_bit;
        if (compute) begin
            a_low$d = acc_reg$q[(acc_lsb)+:(16)] * delta_code;
            a_addend$d = hi_plus - hi_minus + half;
            a_shift$d = shift_amount;
            a_offset$d = $unsigned(offset);
        end
        a_valid$d = compute;
        low_ext$narrow = a_low$q;
        rounded = low_ext$wide + a_addend$q;
        coarse_amount = a_shift$q & coarse_mask;
        if (a_valid$q) begin
            b_coarse$d = rounded >> coarse_amount;
            if (rounded[prod_sign]) begin
                b_coarse$d = (rounded >> coarse_amount) | ~(ones_prod >> coarse_amount);
            end
            b_fine$d = a_shift$q[(shift_lsb)+:(3)];
            b_offset$d = a_offset$q;
        end
        b_valid$d = a_valid$q;
        shifted = b_coarse$q >> b_fine$q;
        if (b_coarse$q[prod_sign]) begin
            shifted = (b_coarse$q >> b_fine$q) | ~(ones_prod >> b_fine$q);
        end
        clamped = shifted[(lsb)+:(18)];
        if ((shifted[(top_lsb)+:(18)] != top_zero) & (shifted[(top_lsb)+:(18)] != top_ones)) begin
            clamped = clamp_high;
            if (shifted[prod_sign]) begin
                clamped = clamp_low;
            end
        end
        offset_ext$narrow = b_offset$q;
        sum = clamped + offset_ext$wide;
        if (b_valid$q) begin
            c_field$d = sum[(sum_lsb)+:(16)];
            if ((sum[(sat_lsb)+:(3)] != sat_zero) & (sum[(sat_lsb)+:(3)] != sat_ones)) begin
                c_field$d = field_max;
                if (sum[sum_sign]) begin
                    c_field$d = field_min;
                end
            end
        end
        c_valid$d = b_valid$q;
        field = $signed(c_field$q);
        valid = c_valid$q;
    end

endmodule // top$chip$lanes$2$field_unit


module top$chip$lanes$2$field_unit$a_addend(d,q,clock);

    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 34'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$2$field_unit$a_addend


module top$chip$lanes$2$field_unit$a_low(d,q,clock);

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

endmodule // top$chip$lanes$2$field_unit$a_low


module top$chip$lanes$2$field_unit$a_offset(d,q,clock);

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

endmodule // top$chip$lanes$2$field_unit$a_offset


module top$chip$lanes$2$field_unit$a_shift(d,q,clock);

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

endmodule // top$chip$lanes$2$field_unit$a_shift


module top$chip$lanes$2$field_unit$a_valid(d,q,clock);

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

endmodule // top$chip$lanes$2$field_unit$a_valid


module top$chip$lanes$2$field_unit$acc_reg(d,q,clock);

    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 18'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$2$field_unit$acc_reg


module top$chip$lanes$2$field_unit$b_coarse(d,q,clock);

    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 34'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$2$field_unit$b_coarse


module top$chip$lanes$2$field_unit$b_fine(d,q,clock);

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

endmodule // top$chip$lanes$2$field_unit$b_fine


module top$chip$lanes$2$field_unit$b_offset(d,q,clock);

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

endmodule // top$chip$lanes$2$field_unit$b_offset


module top$chip$lanes$2$field_unit$b_valid(d,q,clock);

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

endmodule // top$chip$lanes$2$field_unit$b_valid


module top$chip$lanes$2$field_unit$c_field(d,q,clock);

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

endmodule // top$chip$lanes$2$field_unit$c_field


module top$chip$lanes$2$field_unit$c_valid(d,q,clock);

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

endmodule // top$chip$lanes$2$field_unit$c_valid


module top$chip$lanes$2$field_unit$delta_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{18{1'b0}}, narrow};
endmodule // top$chip$lanes$2$field_unit$delta_ext


module top$chip$lanes$2$field_unit$low_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{1'b0}}, narrow};
endmodule // top$chip$lanes$2$field_unit$low_ext


module top$chip$lanes$2$field_unit$offset_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$lanes$2$field_unit$offset_ext


module top$chip$lanes$2$field_unit$weight_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$lanes$2$field_unit$weight_ext


module top$chip$lanes$2$pbit(clock,field,r,spin);

    // Module arguments
    input wire  clock;
    input wire signed [15:0] field;
    input wire  [15:0] r;
    output reg  spin;

    // Constant declarations
    localparam  last_index = 16'h3ff;
    localparam  last_address = 10'b1111111111;
    localparam  one = 16'h1;
    localparam  sign_bit = 4'hf;
    localparam  lsb = 4'h0;

    // Stub signals
    reg  [9:0] thresholds$address;
    reg  thresholds$clock;
    wire  [15:0] thresholds$data;
    reg  negative$d;
    wire  negative$q;
    reg  negative$clock;
    reg  [15:0] r_reg$d;
    wire  [15:0] r_reg$q;
    reg  r_reg$clock;

    // Local signals
    reg  [15:0] code;
    reg  [15:0] magnitude;

    // Sub module instances
    top$chip$lanes$2$pbit$thresholds thresholds(
        .address(thresholds$address),
        .clock(thresholds$clock),
        .data(thresholds$data)
    );
    top$chip$lanes$2$pbit$negative negative(
        .d(negative$d),
        .q(negative$q),
        .clock(negative$clock)
    );
    top$chip$lanes$2$pbit$r_reg r_reg(
        .d(r_reg$d),
        .q(r_reg$q),
        .clock(r_reg$clock)
    );

    // Update code
    always @(*) begin
        thresholds$clock = clock;
        negative$clock = clock;
        r_reg$clock = clock;
        code = $unsigned(field);
        magnitude = code;
        if (code[sign_bit]) begin
            magnitude = ~code + one;
        end
        thresholds$address = magnitude[(lsb)+:(10)];
        if (magnitude > last_index) begin
            thresholds$address = last_address;
        end
        negative$d = code[sign_bit];
        r_reg$d = r;
        spin = (r_reg$q < thresholds$data) ^ negative$q;
    end

endmodule // top$chip$lanes$2$pbit


module top$chip$lanes$2$pbit$negative(d,q,clock);

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

endmodule // top$chip$lanes$2$pbit$negative


module top$chip$lanes$2$pbit$r_reg(d,q,clock);

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

endmodule // top$chip$lanes$2$pbit$r_reg


module top$chip$lanes$2$pbit$thresholds(address,clock,data);

    // Module arguments
    input wire  [9:0] address;
    input wire  clock;
    output reg  [15:0] data;

    // Update code (custom)
    reg[15:0] mem [1023:0];

    initial begin
    mem[10'b0] = 16'h8000;
    mem[10'b1] = 16'h8080;
    mem[10'b10] = 16'h8100;
    mem[10'b11] = 16'h8180;
    mem[10'b100] = 16'h8200;
    mem[10'b101] = 16'h8280;
    mem[10'b110] = 16'h8300;
    mem[10'b111] = 16'h8380;
    mem[10'b1000] = 16'h8400;
    mem[10'b1001] = 16'h8480;
    mem[10'b1010] = 16'h84ff;
    mem[10'b1011] = 16'h857f;
    mem[10'b1100] = 16'h85ff;
    mem[10'b1101] = 16'h867f;
    mem[10'b1110] = 16'h86fe;
    mem[10'b1111] = 16'h877e;
    mem[10'b10000] = 16'h87fd;
    mem[10'b10001] = 16'h887d;
    mem[10'b10010] = 16'h88fc;
    mem[10'b10011] = 16'h897c;
    mem[10'b10100] = 16'h89fb;
    mem[10'b10101] = 16'h8a7a;
    mem[10'b10110] = 16'h8af9;
    mem[10'b10111] = 16'h8b78;
    mem[10'b11000] = 16'h8bf7;
    mem[10'b11001] = 16'h8c76;
    mem[10'b11010] = 16'h8cf5;
    mem[10'b11011] = 16'h8d73;
    mem[10'b11100] = 16'h8df2;
    mem[10'b11101] = 16'h8e70;
    mem[10'b11110] = 16'h8eef;
    mem[10'b11111] = 16'h8f6d;
    mem[10'b100000] = 16'h8feb;
    mem[10'b100001] = 16'h9069;
    mem[10'b100010] = 16'h90e7;
    mem[10'b100011] = 16'h9164;
    mem[10'b100100] = 16'h91e2;
    mem[10'b100101] = 16'h925f;
    mem[10'b100110] = 16'h92dd;
    mem[10'b100111] = 16'h935a;
    mem[10'b101000] = 16'h93d7;
    mem[10'b101001] = 16'h9454;
    mem[10'b101010] = 16'h94d0;
    mem[10'b101011] = 16'h954d;
    mem[10'b101100] = 16'h95c9;
    mem[10'b101101] = 16'h9645;
    mem[10'b101110] = 16'h96c1;
    mem[10'b101111] = 16'h973d;
    mem[10'b110000] = 16'h97b9;
    mem[10'b110001] = 16'h9835;
    mem[10'b110010] = 16'h98b0;
    mem[10'b110011] = 16'h992b;
    mem[10'b110100] = 16'h99a6;
    mem[10'b110101] = 16'h9a21;
    mem[10'b110110] = 16'h9a9b;
    mem[10'b110111] = 16'h9b16;
    mem[10'b111000] = 16'h9b90;
    mem[10'b111001] = 16'h9c0a;
    mem[10'b111010] = 16'h9c84;
    mem[10'b111011] = 16'h9cfd;
    mem[10'b111100] = 16'h9d76;
    mem[10'b111101] = 16'h9df0;
    mem[10'b111110] = 16'h9e68;
    mem[10'b111111] = 16'h9ee1;
    mem[10'b1000000] = 16'h9f59;
    mem[10'b1000001] = 16'h9fd2;
    mem[10'b1000010] = 16'ha04a;
    mem[10'b1000011] = 16'ha0c1;
    mem[10'b1000100] = 16'ha139;
    mem[10'b1000101] = 16'ha1b0;
    mem[10'b1000110] = 16'ha227;
    mem[10'b1000111] = 16'ha29e;
    mem[10'b1001000] = 16'ha314;
    mem[10'b1001001] = 16'ha38b;
    mem[10'b1001010] = 16'ha401;
    mem[10'b1001011] = 16'ha476;
    mem[10'b1001100] = 16'ha4ec;
    mem[10'b1001101] = 16'ha561;
    mem[10'b1001110] = 16'ha5d6;
    mem[10'b1001111] = 16'ha64b;
    mem[10'b1010000] = 16'ha6bf;
    mem[10'b1010001] = 16'ha733;
    mem[10'b1010010] = 16'ha7a7;
    mem[10'b1010011] = 16'ha81b;
    mem[10'b1010100] = 16'ha88e;
    mem[10'b1010101] = 16'ha901;
    mem[10'b1010110] = 16'ha974;
    mem[10'b1010111] = 16'ha9e6;
    mem[10'b1011000] = 16'haa58;
    mem[10'b1011001] = 16'haaca;
    mem[10'b1011010] = 16'hab3c;
    mem[10'b1011011] = 16'habad;
    mem[10'b1011100] = 16'hac1e;
    mem[10'b1011101] = 16'hac8f;
    mem[10'b1011110] = 16'hacff;
    mem[10'b1011111] = 16'had6f;
    mem[10'b1100000] = 16'haddf;
    mem[10'b1100001] = 16'hae4e;
    mem[10'b1100010] = 16'haebd;
    mem[10'b1100011] = 16'haf2c;
    mem[10'b1100100] = 16'haf9a;
    mem[10'b1100101] = 16'hb009;
    mem[10'b1100110] = 16'hb076;
    mem[10'b1100111] = 16'hb0e4;
    mem[10'b1101000] = 16'hb151;
    mem[10'b1101001] = 16'hb1be;
    mem[10'b1101010] = 16'hb22a;
    mem[10'b1101011] = 16'hb296;
    mem[10'b1101100] = 16'hb302;
    mem[10'b1101101] = 16'hb36e;
    mem[10'b1101110] = 16'hb3d9;
    mem[10'b1101111] = 16'hb444;
    mem[10'b1110000] = 16'hb4ae;
    mem[10'b1110001] = 16'hb518;
    mem[10'b1110010] = 16'hb582;
    mem[10'b1110011] = 16'hb5ec;
    mem[10'b1110100] = 16'hb655;
    mem[10'b1110101] = 16'hb6be;
    mem[10'b1110110] = 16'hb726;
    mem[10'b1110111] = 16'hb78e;
    mem[10'b1111000] = 16'hb7f6;
    mem[10'b1111001] = 16'hb85d;
    mem[10'b1111010] = 16'hb8c4;
    mem[10'b1111011] = 16'hb92b;
    mem[10'b1111100] = 16'hb991;
    mem[10'b1111101] = 16'hb9f7;
    mem[10'b1111110] = 16'hba5d;
    mem[10'b1111111] = 16'hbac2;
    mem[10'b10000000] = 16'hbb27;
    mem[10'b10000001] = 16'hbb8b;
    mem[10'b10000010] = 16'hbbef;
    mem[10'b10000011] = 16'hbc53;
    mem[10'b10000100] = 16'hbcb6;
    mem[10'b10000101] = 16'hbd19;
    mem[10'b10000110] = 16'hbd7c;
    mem[10'b10000111] = 16'hbdde;
    mem[10'b10001000] = 16'hbe40;
    mem[10'b10001001] = 16'hbea2;
    mem[10'b10001010] = 16'hbf03;
    mem[10'b10001011] = 16'hbf64;
    mem[10'b10001100] = 16'hbfc4;
    mem[10'b10001101] = 16'hc024;
    mem[10'b10001110] = 16'hc084;
    mem[10'b10001111] = 16'hc0e3;
    mem[10'b10010000] = 16'hc142;
    mem[10'b10010001] = 16'hc1a1;
    mem[10'b10010010] = 16'hc1ff;
    mem[10'b10010011] = 16'hc25d;
    mem[10'b10010100] = 16'hc2ba;
    mem[10'b10010101] = 16'hc317;
    mem[10'b10010110] = 16'hc374;
    mem[10'b10010111] = 16'hc3d0;
    mem[10'b10011000] = 16'hc42c;
    mem[10'b10011001] = 16'hc487;
    mem[10'b10011010] = 16'hc4e2;
    mem[10'b10011011] = 16'hc53d;
    mem[10'b10011100] = 16'hc598;
    mem[10'b10011101] = 16'hc5f2;
    mem[10'b10011110] = 16'hc64b;
    mem[10'b10011111] = 16'hc6a4;
    mem[10'b10100000] = 16'hc6fd;
    mem[10'b10100001] = 16'hc756;
    mem[10'b10100010] = 16'hc7ae;
    mem[10'b10100011] = 16'hc805;
    mem[10'b10100100] = 16'hc85d;
    mem[10'b10100101] = 16'hc8b3;
    mem[10'b10100110] = 16'hc90a;
    mem[10'b10100111] = 16'hc960;
    mem[10'b10101000] = 16'hc9b6;
    mem[10'b10101001] = 16'hca0b;
    mem[10'b10101010] = 16'hca60;
    mem[10'b10101011] = 16'hcab5;
    mem[10'b10101100] = 16'hcb09;
    mem[10'b10101101] = 16'hcb5d;
    mem[10'b10101110] = 16'hcbb0;
    mem[10'b10101111] = 16'hcc03;
    mem[10'b10110000] = 16'hcc56;
    mem[10'b10110001] = 16'hcca8;
    mem[10'b10110010] = 16'hccfa;
    mem[10'b10110011] = 16'hcd4c;
    mem[10'b10110100] = 16'hcd9d;
    mem[10'b10110101] = 16'hcdee;
    mem[10'b10110110] = 16'hce3e;
    mem[10'b10110111] = 16'hce8e;
    mem[10'b10111000] = 16'hcedd;
    mem[10'b10111001] = 16'hcf2d;
    mem[10'b10111010] = 16'hcf7c;
    mem[10'b10111011] = 16'hcfca;
    mem[10'b10111100] = 16'hd018;
    mem[10'b10111101] = 16'hd066;
    mem[10'b10111110] = 16'hd0b3;
    mem[10'b10111111] = 16'hd100;
    mem[10'b11000000] = 16'hd14d;
    mem[10'b11000001] = 16'hd199;
    mem[10'b11000010] = 16'hd1e5;
    mem[10'b11000011] = 16'hd230;
    mem[10'b11000100] = 16'hd27b;
    mem[10'b11000101] = 16'hd2c6;
    mem[10'b11000110] = 16'hd310;
    mem[10'b11000111] = 16'hd35a;
    mem[10'b11001000] = 16'hd3a3;
    mem[10'b11001001] = 16'hd3ed;
    mem[10'b11001010] = 16'hd435;
    mem[10'b11001011] = 16'hd47e;
    mem[10'b11001100] = 16'hd4c6;
    mem[10'b11001101] = 16'hd50d;
    mem[10'b11001110] = 16'hd555;
    mem[10'b11001111] = 16'hd59c;
    mem[10'b11010000] = 16'hd5e2;
    mem[10'b11010001] = 16'hd628;
    mem[10'b11010010] = 16'hd66e;
    mem[10'b11010011] = 16'hd6b4;
    mem[10'b11010100] = 16'hd6f9;
    mem[10'b11010101] = 16'hd73e;
    mem[10'b11010110] = 16'hd782;
    mem[10'b11010111] = 16'hd7c6;
    mem[10'b11011000] = 16'hd80a;
    mem[10'b11011001] = 16'hd84d;
    mem[10'b11011010] = 16'hd890;
    mem[10'b11011011] = 16'hd8d2;
    mem[10'b11011100] = 16'hd914;
    mem[10'b11011101] = 16'hd956;
    mem[10'b11011110] = 16'hd998;
    mem[10'b11011111] = 16'hd9d9;
    mem[10'b11100000] = 16'hda1a;
    mem[10'b11100001] = 16'hda5a;
    mem[10'b11100010] = 16'hda9a;
    mem[10'b11100011] = 16'hdada;
    mem[10'b11100100] = 16'hdb19;
    mem[10'b11100101] = 16'hdb58;
    mem[10'b11100110] = 16'hdb97;
    mem[10'b11100111] = 16'hdbd5;
    mem[10'b11101000] = 16'hdc13;
    mem[10'b11101001] = 16'hdc51;
    mem[10'b11101010] = 16'hdc8e;
    mem[10'b11101011] = 16'hdccb;
    mem[10'b11101100] = 16'hdd07;
    mem[10'b11101101] = 16'hdd43;
    mem[10'b11101110] = 16'hdd7f;
    mem[10'b11101111] = 16'hddbb;
    mem[10'b11110000] = 16'hddf6;
    mem[10'b11110001] = 16'hde31;
    mem[10'b11110010] = 16'hde6b;
    mem[10'b11110011] = 16'hdea6;
    mem[10'b11110100] = 16'hdedf;
    mem[10'b11110101] = 16'hdf19;
    mem[10'b11110110] = 16'hdf52;
    mem[10'b11110111] = 16'hdf8b;
    mem[10'b11111000] = 16'hdfc4;
    mem[10'b11111001] = 16'hdffc;
    mem[10'b11111010] = 16'he034;
    mem[10'b11111011] = 16'he06b;
    mem[10'b11111100] = 16'he0a2;
    mem[10'b11111101] = 16'he0d9;
    mem[10'b11111110] = 16'he110;
    mem[10'b11111111] = 16'he146;
    mem[10'b100000000] = 16'he17c;
    mem[10'b100000001] = 16'he1b2;
    mem[10'b100000010] = 16'he1e7;
    mem[10'b100000011] = 16'he21c;
    mem[10'b100000100] = 16'he250;
    mem[10'b100000101] = 16'he285;
    mem[10'b100000110] = 16'he2b9;
    mem[10'b100000111] = 16'he2ec;
    mem[10'b100001000] = 16'he320;
    mem[10'b100001001] = 16'he353;
    mem[10'b100001010] = 16'he386;
    mem[10'b100001011] = 16'he3b8;
    mem[10'b100001100] = 16'he3ea;
    mem[10'b100001101] = 16'he41c;
    mem[10'b100001110] = 16'he44e;
    mem[10'b100001111] = 16'he47f;
    mem[10'b100010000] = 16'he4b0;
    mem[10'b100010001] = 16'he4e1;
    mem[10'b100010010] = 16'he511;
    mem[10'b100010011] = 16'he541;
    mem[10'b100010100] = 16'he571;
    mem[10'b100010101] = 16'he5a0;
    mem[10'b100010110] = 16'he5cf;
    mem[10'b100010111] = 16'he5fe;
    mem[10'b100011000] = 16'he62d;
    mem[10'b100011001] = 16'he65b;
    mem[10'b100011010] = 16'he689;
    mem[10'b100011011] = 16'he6b7;
    mem[10'b100011100] = 16'he6e4;
    mem[10'b100011101] = 16'he711;
    mem[10'b100011110] = 16'he73e;
    mem[10'b100011111] = 16'he76b;
    mem[10'b100100000] = 16'he797;
    mem[10'b100100001] = 16'he7c3;
    mem[10'b100100010] = 16'he7ef;
    mem[10'b100100011] = 16'he81a;
    mem[10'b100100100] = 16'he846;
    mem[10'b100100101] = 16'he871;
    mem[10'b100100110] = 16'he89b;
    mem[10'b100100111] = 16'he8c6;
    mem[10'b100101000] = 16'he8f0;
    mem[10'b100101001] = 16'he91a;
    mem[10'b100101010] = 16'he943;
    mem[10'b100101011] = 16'he96c;
    mem[10'b100101100] = 16'he995;
    mem[10'b100101101] = 16'he9be;
    mem[10'b100101110] = 16'he9e7;
    mem[10'b100101111] = 16'hea0f;
    mem[10'b100110000] = 16'hea37;
    mem[10'b100110001] = 16'hea5f;
    mem[10'b100110010] = 16'hea86;
    mem[10'b100110011] = 16'heaad;
    mem[10'b100110100] = 16'head4;
    mem[10'b100110101] = 16'heafb;
    mem[10'b100110110] = 16'heb22;
    mem[10'b100110111] = 16'heb48;
    mem[10'b100111000] = 16'heb6e;
    mem[10'b100111001] = 16'heb93;
    mem[10'b100111010] = 16'hebb9;
    mem[10'b100111011] = 16'hebde;
    mem[10'b100111100] = 16'hec03;
    mem[10'b100111101] = 16'hec28;
    mem[10'b100111110] = 16'hec4c;
    mem[10'b100111111] = 16'hec71;
    mem[10'b101000000] = 16'hec95;
    mem[10'b101000001] = 16'hecb8;
    mem[10'b101000010] = 16'hecdc;
    mem[10'b101000011] = 16'hecff;
    mem[10'b101000100] = 16'hed22;
    mem[10'b101000101] = 16'hed45;
    mem[10'b101000110] = 16'hed68;
    mem[10'b101000111] = 16'hed8a;
    mem[10'b101001000] = 16'hedac;
    mem[10'b101001001] = 16'hedce;
    mem[10'b101001010] = 16'hedf0;
    mem[10'b101001011] = 16'hee11;
    mem[10'b101001100] = 16'hee33;
    mem[10'b101001101] = 16'hee54;
    mem[10'b101001110] = 16'hee74;
    mem[10'b101001111] = 16'hee95;
    mem[10'b101010000] = 16'heeb5;
    mem[10'b101010001] = 16'heed5;
    mem[10'b101010010] = 16'heef5;
    mem[10'b101010011] = 16'hef15;
    mem[10'b101010100] = 16'hef35;
    mem[10'b101010101] = 16'hef54;
    mem[10'b101010110] = 16'hef73;
    mem[10'b101010111] = 16'hef92;
    mem[10'b101011000] = 16'hefb0;
    mem[10'b101011001] = 16'hefcf;
    mem[10'b101011010] = 16'hefed;
    mem[10'b101011011] = 16'hf00b;
    mem[10'b101011100] = 16'hf029;
    mem[10'b101011101] = 16'hf047;
    mem[10'b101011110] = 16'hf064;
    mem[10'b101011111] = 16'hf081;
    mem[10'b101100000] = 16'hf09e;
    mem[10'b101100001] = 16'hf0bb;
    mem[10'b101100010] = 16'hf0d8;
    mem[10'b101100011] = 16'hf0f4;
    mem[10'b101100100] = 16'hf110;
    mem[10'b101100101] = 16'hf12c;
    mem[10'b101100110] = 16'hf148;
    mem[10'b101100111] = 16'hf164;
    mem[10'b101101000] = 16'hf17f;
    mem[10'b101101001] = 16'hf19a;
    mem[10'b101101010] = 16'hf1b6;
    mem[10'b101101011] = 16'hf1d0;
    mem[10'b101101100] = 16'hf1eb;
    mem[10'b101101101] = 16'hf206;
    mem[10'b101101110] = 16'hf220;
    mem[10'b101101111] = 16'hf23a;
    mem[10'b101110000] = 16'hf254;
    mem[10'b101110001] = 16'hf26e;
    mem[10'b101110010] = 16'hf288;
    mem[10'b101110011] = 16'hf2a1;
    mem[10'b101110100] = 16'hf2ba;
    mem[10'b101110101] = 16'hf2d3;
    mem[10'b101110110] = 16'hf2ec;
    mem[10'b101110111] = 16'hf305;
    mem[10'b101111000] = 16'hf31e;
    mem[10'b101111001] = 16'hf336;
    mem[10'b101111010] = 16'hf34e;
    mem[10'b101111011] = 16'hf366;
    mem[10'b101111100] = 16'hf37e;
    mem[10'b101111101] = 16'hf396;
    mem[10'b101111110] = 16'hf3ad;
    mem[10'b101111111] = 16'hf3c5;
    mem[10'b110000000] = 16'hf3dc;
    mem[10'b110000001] = 16'hf3f3;
    mem[10'b110000010] = 16'hf40a;
    mem[10'b110000011] = 16'hf421;
    mem[10'b110000100] = 16'hf437;
    mem[10'b110000101] = 16'hf44e;
    mem[10'b110000110] = 16'hf464;
    mem[10'b110000111] = 16'hf47a;
    mem[10'b110001000] = 16'hf490;
    mem[10'b110001001] = 16'hf4a6;
    mem[10'b110001010] = 16'hf4bb;
    mem[10'b110001011] = 16'hf4d1;
    mem[10'b110001100] = 16'hf4e6;
    mem[10'b110001101] = 16'hf4fb;
    mem[10'b110001110] = 16'hf510;
    mem[10'b110001111] = 16'hf525;
    mem[10'b110010000] = 16'hf53a;
    mem[10'b110010001] = 16'hf54e;
    mem[10'b110010010] = 16'hf563;
    mem[10'b110010011] = 16'hf577;
    mem[10'b110010100] = 16'hf58b;
    mem[10'b110010101] = 16'hf59f;
    mem[10'b110010110] = 16'hf5b3;
    mem[10'b110010111] = 16'hf5c7;
    mem[10'b110011000] = 16'hf5da;
    mem[10'b110011001] = 16'hf5ee;
    mem[10'b110011010] = 16'hf601;
    mem[10'b110011011] = 16'hf614;
    mem[10'b110011100] = 16'hf627;
    mem[10'b110011101] = 16'hf63a;
    mem[10'b110011110] = 16'hf64d;
    mem[10'b110011111] = 16'hf65f;
    mem[10'b110100000] = 16'hf672;
    mem[10'b110100001] = 16'hf684;
    mem[10'b110100010] = 16'hf696;
    mem[10'b110100011] = 16'hf6a8;
    mem[10'b110100100] = 16'hf6ba;
    mem[10'b110100101] = 16'hf6cc;
    mem[10'b110100110] = 16'hf6de;
    mem[10'b110100111] = 16'hf6ef;
    mem[10'b110101000] = 16'hf701;
    mem[10'b110101001] = 16'hf712;
    mem[10'b110101010] = 16'hf723;
    mem[10'b110101011] = 16'hf734;
    mem[10'b110101100] = 16'hf745;
    mem[10'b110101101] = 16'hf756;
    mem[10'b110101110] = 16'hf767;
    mem[10'b110101111] = 16'hf777;
    mem[10'b110110000] = 16'hf788;
    mem[10'b110110001] = 16'hf798;
    mem[10'b110110010] = 16'hf7a8;
    mem[10'b110110011] = 16'hf7b8;
    mem[10'b110110100] = 16'hf7c8;
    mem[10'b110110101] = 16'hf7d8;
    mem[10'b110110110] = 16'hf7e8;
    mem[10'b110110111] = 16'hf7f7;
    mem[10'b110111000] = 16'hf807;
    mem[10'b110111001] = 16'hf816;
    mem[10'b110111010] = 16'hf826;
    mem[10'b110111011] = 16'hf835;
    mem[10'b110111100] = 16'hf844;
    mem[10'b110111101] = 16'hf853;
    mem[10'b110111110] = 16'hf862;
    mem[10'b110111111] = 16'hf870;
    mem[10'b111000000] = 16'hf87f;
    mem[10'b111000001] = 16'hf88e;
    mem[10'b111000010] = 16'hf89c;
    mem[10'b111000011] = 16'hf8aa;
    mem[10'b111000100] = 16'hf8b8;
    mem[10'b111000101] = 16'hf8c7;
    mem[10'b111000110] = 16'hf8d4;
    mem[10'b111000111] = 16'hf8e2;
    mem[10'b111001000] = 16'hf8f0;
    mem[10'b111001001] = 16'hf8fe;
    mem[10'b111001010] = 16'hf90b;
    mem[10'b111001011] = 16'hf919;
    mem[10'b111001100] = 16'hf926;
    mem[10'b111001101] = 16'hf934;
    mem[10'b111001110] = 16'hf941;
    mem[10'b111001111] = 16'hf94e;
    mem[10'b111010000] = 16'hf95b;
    mem[10'b111010001] = 16'hf968;
    mem[10'b111010010] = 16'hf975;
    mem[10'b111010011] = 16'hf981;
    mem[10'b111010100] = 16'hf98e;
    mem[10'b111010101] = 16'hf99a;
    mem[10'b111010110] = 16'hf9a7;
    mem[10'b111010111] = 16'hf9b3;
    mem[10'b111011000] = 16'hf9bf;
    mem[10'b111011001] = 16'hf9cc;
    mem[10'b111011010] = 16'hf9d8;
    mem[10'b111011011] = 16'hf9e4;
    mem[10'b111011100] = 16'hf9ef;
    mem[10'b111011101] = 16'hf9fb;
    mem[10'b111011110] = 16'hfa07;
    mem[10'b111011111] = 16'hfa13;
    mem[10'b111100000] = 16'hfa1e;
    mem[10'b111100001] = 16'hfa2a;
    mem[10'b111100010] = 16'hfa35;
    mem[10'b111100011] = 16'hfa40;
    mem[10'b111100100] = 16'hfa4b;
    mem[10'b111100101] = 16'hfa57;
    mem[10'b111100110] = 16'hfa62;
    mem[10'b111100111] = 16'hfa6d;
    mem[10'b111101000] = 16'hfa77;
    mem[10'b111101001] = 16'hfa82;
    mem[10'b111101010] = 16'hfa8d;
    mem[10'b111101011] = 16'hfa98;
    mem[10'b111101100] = 16'hfaa2;
    mem[10'b111101101] = 16'hfaad;
    mem[10'b111101110] = 16'hfab7;
    mem[10'b111101111] = 16'hfac1;
    mem[10'b111110000] = 16'hfacb;
    mem[10'b111110001] = 16'hfad6;
    mem[10'b111110010] = 16'hfae0;
    mem[10'b111110011] = 16'hfaea;
    mem[10'b111110100] = 16'hfaf4;
    mem[10'b111110101] = 16'hfafe;
    mem[10'b111110110] = 16'hfb07;
    mem[10'b111110111] = 16'hfb11;
    mem[10'b111111000] = 16'hfb1b;
    mem[10'b111111001] = 16'hfb24;
    mem[10'b111111010] = 16'hfb2e;
    mem[10'b111111011] = 16'hfb37;
    mem[10'b111111100] = 16'hfb41;
    mem[10'b111111101] = 16'hfb4a;
    mem[10'b111111110] = 16'hfb53;
    mem[10'b111111111] = 16'hfb5c;
    mem[10'b1000000000] = 16'hfb65;
    mem[10'b1000000001] = 16'hfb6e;
    mem[10'b1000000010] = 16'hfb77;
    mem[10'b1000000011] = 16'hfb80;
    mem[10'b1000000100] = 16'hfb89;
    mem[10'b1000000101] = 16'hfb92;
    mem[10'b1000000110] = 16'hfb9a;
    mem[10'b1000000111] = 16'hfba3;
    mem[10'b1000001000] = 16'hfbab;
    mem[10'b1000001001] = 16'hfbb4;
    mem[10'b1000001010] = 16'hfbbc;
    mem[10'b1000001011] = 16'hfbc5;
    mem[10'b1000001100] = 16'hfbcd;
    mem[10'b1000001101] = 16'hfbd5;
    mem[10'b1000001110] = 16'hfbdd;
    mem[10'b1000001111] = 16'hfbe6;
    mem[10'b1000010000] = 16'hfbee;
    mem[10'b1000010001] = 16'hfbf6;
    mem[10'b1000010010] = 16'hfbfd;
    mem[10'b1000010011] = 16'hfc05;
    mem[10'b1000010100] = 16'hfc0d;
    mem[10'b1000010101] = 16'hfc15;
    mem[10'b1000010110] = 16'hfc1d;
    mem[10'b1000010111] = 16'hfc24;
    mem[10'b1000011000] = 16'hfc2c;
    mem[10'b1000011001] = 16'hfc33;
    mem[10'b1000011010] = 16'hfc3b;
    mem[10'b1000011011] = 16'hfc42;
    mem[10'b1000011100] = 16'hfc49;
    mem[10'b1000011101] = 16'hfc51;
    mem[10'b1000011110] = 16'hfc58;
    mem[10'b1000011111] = 16'hfc5f;
    mem[10'b1000100000] = 16'hfc66;
    mem[10'b1000100001] = 16'hfc6d;
    mem[10'b1000100010] = 16'hfc74;
    mem[10'b1000100011] = 16'hfc7b;
    mem[10'b1000100100] = 16'hfc82;
    mem[10'b1000100101] = 16'hfc89;
    mem[10'b1000100110] = 16'hfc90;
    mem[10'b1000100111] = 16'hfc97;
    mem[10'b1000101000] = 16'hfc9d;
    mem[10'b1000101001] = 16'hfca4;
    mem[10'b1000101010] = 16'hfcab;
    mem[10'b1000101011] = 16'hfcb1;
    mem[10'b1000101100] = 16'hfcb8;
    mem[10'b1000101101] = 16'hfcbe;
    mem[10'b1000101110] = 16'hfcc5;
    mem[10'b1000101111] = 16'hfccb;
    mem[10'b1000110000] = 16'hfcd1;
    mem[10'b1000110001] = 16'hfcd8;
    mem[10'b1000110010] = 16'hfcde;
    mem[10'b1000110011] = 16'hfce4;
    mem[10'b1000110100] = 16'hfcea;
    mem[10'b1000110101] = 16'hfcf0;
    mem[10'b1000110110] = 16'hfcf6;
    mem[10'b1000110111] = 16'hfcfc;
    mem[10'b1000111000] = 16'hfd02;
    mem[10'b1000111001] = 16'hfd08;
    mem[10'b1000111010] = 16'hfd0e;
    mem[10'b1000111011] = 16'hfd14;
    mem[10'b1000111100] = 16'hfd19;
    mem[10'b1000111101] = 16'hfd1f;
    mem[10'b1000111110] = 16'hfd25;
    mem[10'b1000111111] = 16'hfd2a;
    mem[10'b1001000000] = 16'hfd30;
    mem[10'b1001000001] = 16'hfd36;
    mem[10'b1001000010] = 16'hfd3b;
    mem[10'b1001000011] = 16'hfd40;
    mem[10'b1001000100] = 16'hfd46;
    mem[10'b1001000101] = 16'hfd4b;
    mem[10'b1001000110] = 16'hfd51;
    mem[10'b1001000111] = 16'hfd56;
    mem[10'b1001001000] = 16'hfd5b;
    mem[10'b1001001001] = 16'hfd60;
    mem[10'b1001001010] = 16'hfd66;
    mem[10'b1001001011] = 16'hfd6b;
    mem[10'b1001001100] = 16'hfd70;
    mem[10'b1001001101] = 16'hfd75;
    mem[10'b1001001110] = 16'hfd7a;
    mem[10'b1001001111] = 16'hfd7f;
    mem[10'b1001010000] = 16'hfd84;
    mem[10'b1001010001] = 16'hfd89;
    mem[10'b1001010010] = 16'hfd8e;
    mem[10'b1001010011] = 16'hfd92;
    mem[10'b1001010100] = 16'hfd97;
    mem[10'b1001010101] = 16'hfd9c;
    mem[10'b1001010110] = 16'hfda1;
    mem[10'b1001010111] = 16'hfda5;
    mem[10'b1001011000] = 16'hfdaa;
    mem[10'b1001011001] = 16'hfdaf;
    mem[10'b1001011010] = 16'hfdb3;
    mem[10'b1001011011] = 16'hfdb8;
    mem[10'b1001011100] = 16'hfdbc;
    mem[10'b1001011101] = 16'hfdc1;
    mem[10'b1001011110] = 16'hfdc5;
    mem[10'b1001011111] = 16'hfdc9;
    mem[10'b1001100000] = 16'hfdce;
    mem[10'b1001100001] = 16'hfdd2;
    mem[10'b1001100010] = 16'hfdd7;
    mem[10'b1001100011] = 16'hfddb;
    mem[10'b1001100100] = 16'hfddf;
    mem[10'b1001100101] = 16'hfde3;
    mem[10'b1001100110] = 16'hfde7;
    mem[10'b1001100111] = 16'hfdec;
    mem[10'b1001101000] = 16'hfdf0;
    mem[10'b1001101001] = 16'hfdf4;
    mem[10'b1001101010] = 16'hfdf8;
    mem[10'b1001101011] = 16'hfdfc;
    mem[10'b1001101100] = 16'hfe00;
    mem[10'b1001101101] = 16'hfe04;
    mem[10'b1001101110] = 16'hfe08;
    mem[10'b1001101111] = 16'hfe0c;
    mem[10'b1001110000] = 16'hfe0f;
    mem[10'b1001110001] = 16'hfe13;
    mem[10'b1001110010] = 16'hfe17;
    mem[10'b1001110011] = 16'hfe1b;
    mem[10'b1001110100] = 16'hfe1f;
    mem[10'b1001110101] = 16'hfe22;
    mem[10'b1001110110] = 16'hfe26;
    mem[10'b1001110111] = 16'hfe2a;
    mem[10'b1001111000] = 16'hfe2d;
    mem[10'b1001111001] = 16'hfe31;
    mem[10'b1001111010] = 16'hfe34;
    mem[10'b1001111011] = 16'hfe38;
    mem[10'b1001111100] = 16'hfe3c;
    mem[10'b1001111101] = 16'hfe3f;
    mem[10'b1001111110] = 16'hfe43;
    mem[10'b1001111111] = 16'hfe46;
    mem[10'b1010000000] = 16'hfe49;
    mem[10'b1010000001] = 16'hfe4d;
    mem[10'b1010000010] = 16'hfe50;
    mem[10'b1010000011] = 16'hfe53;
    mem[10'b1010000100] = 16'hfe57;
    mem[10'b1010000101] = 16'hfe5a;
    mem[10'b1010000110] = 16'hfe5d;
    mem[10'b1010000111] = 16'hfe61;
    mem[10'b1010001000] = 16'hfe64;
    mem[10'b1010001001] = 16'hfe67;
    mem[10'b1010001010] = 16'hfe6a;
    mem[10'b1010001011] = 16'hfe6d;
    mem[10'b1010001100] = 16'hfe70;
    mem[10'b1010001101] = 16'hfe73;
    mem[10'b1010001110] = 16'hfe77;
    mem[10'b1010001111] = 16'hfe7a;
    mem[10'b1010010000] = 16'hfe7d;
    mem[10'b1010010001] = 16'hfe80;
    mem[10'b1010010010] = 16'hfe83;
    mem[10'b1010010011] = 16'hfe86;
    mem[10'b1010010100] = 16'hfe88;
    mem[10'b1010010101] = 16'hfe8b;
    mem[10'b1010010110] = 16'hfe8e;
    mem[10'b1010010111] = 16'hfe91;
    mem[10'b1010011000] = 16'hfe94;
    mem[10'b1010011001] = 16'hfe97;
    mem[10'b1010011010] = 16'hfe9a;
    mem[10'b1010011011] = 16'hfe9c;
    mem[10'b1010011100] = 16'hfe9f;
    mem[10'b1010011101] = 16'hfea2;
    mem[10'b1010011110] = 16'hfea5;
    mem[10'b1010011111] = 16'hfea7;
    mem[10'b1010100000] = 16'hfeaa;
    mem[10'b1010100001] = 16'hfead;
    mem[10'b1010100010] = 16'hfeaf;
    mem[10'b1010100011] = 16'hfeb2;
    mem[10'b1010100100] = 16'hfeb4;
    mem[10'b1010100101] = 16'hfeb7;
    mem[10'b1010100110] = 16'hfeb9;
    mem[10'b1010100111] = 16'hfebc;
    mem[10'b1010101000] = 16'hfebf;
    mem[10'b1010101001] = 16'hfec1;
    mem[10'b1010101010] = 16'hfec3;
    mem[10'b1010101011] = 16'hfec6;
    mem[10'b1010101100] = 16'hfec8;
    mem[10'b1010101101] = 16'hfecb;
    mem[10'b1010101110] = 16'hfecd;
    mem[10'b1010101111] = 16'hfed0;
    mem[10'b1010110000] = 16'hfed2;
    mem[10'b1010110001] = 16'hfed4;
    mem[10'b1010110010] = 16'hfed7;
    mem[10'b1010110011] = 16'hfed9;
    mem[10'b1010110100] = 16'hfedb;
    mem[10'b1010110101] = 16'hfedd;
    mem[10'b1010110110] = 16'hfee0;
    mem[10'b1010110111] = 16'hfee2;
    mem[10'b1010111000] = 16'hfee4;
    mem[10'b1010111001] = 16'hfee6;
    mem[10'b1010111010] = 16'hfee9;
    mem[10'b1010111011] = 16'hfeeb;
    mem[10'b1010111100] = 16'hfeed;
    mem[10'b1010111101] = 16'hfeef;
    mem[10'b1010111110] = 16'hfef1;
    mem[10'b1010111111] = 16'hfef3;
    mem[10'b1011000000] = 16'hfef5;
    mem[10'b1011000001] = 16'hfef7;
    mem[10'b1011000010] = 16'hfef9;
    mem[10'b1011000011] = 16'hfefb;
    mem[10'b1011000100] = 16'hfefd;
    mem[10'b1011000101] = 16'hfeff;
    mem[10'b1011000110] = 16'hff01;
    mem[10'b1011000111] = 16'hff03;
    mem[10'b1011001000] = 16'hff05;
    mem[10'b1011001001] = 16'hff07;
    mem[10'b1011001010] = 16'hff09;
    mem[10'b1011001011] = 16'hff0b;
    mem[10'b1011001100] = 16'hff0d;
    mem[10'b1011001101] = 16'hff0f;
    mem[10'b1011001110] = 16'hff11;
    mem[10'b1011001111] = 16'hff13;
    mem[10'b1011010000] = 16'hff14;
    mem[10'b1011010001] = 16'hff16;
    mem[10'b1011010010] = 16'hff18;
    mem[10'b1011010011] = 16'hff1a;
    mem[10'b1011010100] = 16'hff1c;
    mem[10'b1011010101] = 16'hff1d;
    mem[10'b1011010110] = 16'hff1f;
    mem[10'b1011010111] = 16'hff21;
    mem[10'b1011011000] = 16'hff23;
    mem[10'b1011011001] = 16'hff24;
    mem[10'b1011011010] = 16'hff26;
    mem[10'b1011011011] = 16'hff28;
    mem[10'b1011011100] = 16'hff29;
    mem[10'b1011011101] = 16'hff2b;
    mem[10'b1011011110] = 16'hff2d;
    mem[10'b1011011111] = 16'hff2e;
    mem[10'b1011100000] = 16'hff30;
    mem[10'b1011100001] = 16'hff32;
    mem[10'b1011100010] = 16'hff33;
    mem[10'b1011100011] = 16'hff35;
    mem[10'b1011100100] = 16'hff36;
    mem[10'b1011100101] = 16'hff38;
    mem[10'b1011100110] = 16'hff3a;
    mem[10'b1011100111] = 16'hff3b;
    mem[10'b1011101000] = 16'hff3d;
    mem[10'b1011101001] = 16'hff3e;
    mem[10'b1011101010] = 16'hff40;
    mem[10'b1011101011] = 16'hff41;
    mem[10'b1011101100] = 16'hff43;
    mem[10'b1011101101] = 16'hff44;
    mem[10'b1011101110] = 16'hff46;
    mem[10'b1011101111] = 16'hff47;
    mem[10'b1011110000] = 16'hff48;
    mem[10'b1011110001] = 16'hff4a;
    mem[10'b1011110010] = 16'hff4b;
    mem[10'b1011110011] = 16'hff4d;
    mem[10'b1011110100] = 16'hff4e;
    mem[10'b1011110101] = 16'hff4f;
    mem[10'b1011110110] = 16'hff51;
    mem[10'b1011110111] = 16'hff52;
    mem[10'b1011111000] = 16'hff54;
    mem[10'b1011111001] = 16'hff55;
    mem[10'b1011111010] = 16'hff56;
    mem[10'b1011111011] = 16'hff58;
    mem[10'b1011111100] = 16'hff59;
    mem[10'b1011111101] = 16'hff5a;
    mem[10'b1011111110] = 16'hff5b;
    mem[10'b1011111111] = 16'hff5d;
    mem[10'b1100000000] = 16'hff5e;
    mem[10'b1100000001] = 16'hff5f;
    mem[10'b1100000010] = 16'hff60;
    mem[10'b1100000011] = 16'hff62;
    mem[10'b1100000100] = 16'hff63;
    mem[10'b1100000101] = 16'hff64;
    mem[10'b1100000110] = 16'hff65;
    mem[10'b1100000111] = 16'hff67;
    mem[10'b1100001000] = 16'hff68;
    mem[10'b1100001001] = 16'hff69;
    mem[10'b1100001010] = 16'hff6a;
    mem[10'b1100001011] = 16'hff6b;
    mem[10'b1100001100] = 16'hff6c;
    mem[10'b1100001101] = 16'hff6e;
    mem[10'b1100001110] = 16'hff6f;
    mem[10'b1100001111] = 16'hff70;
    mem[10'b1100010000] = 16'hff71;
    mem[10'b1100010001] = 16'hff72;
    mem[10'b1100010010] = 16'hff73;
    mem[10'b1100010011] = 16'hff74;
    mem[10'b1100010100] = 16'hff75;
    mem[10'b1100010101] = 16'hff76;
    mem[10'b1100010110] = 16'hff77;
    mem[10'b1100010111] = 16'hff79;
    mem[10'b1100011000] = 16'hff7a;
    mem[10'b1100011001] = 16'hff7b;
    mem[10'b1100011010] = 16'hff7c;
    mem[10'b1100011011] = 16'hff7d;
    mem[10'b1100011100] = 16'hff7e;
    mem[10'b1100011101] = 16'hff7f;
    mem[10'b1100011110] = 16'hff80;
    mem[10'b1100011111] = 16'hff81;
    mem[10'b1100100000] = 16'hff82;
    mem[10'b1100100001] = 16'hff83;
    mem[10'b1100100010] = 16'hff84;
    mem[10'b1100100011] = 16'hff85;
    mem[10'b1100100100] = 16'hff86;
    mem[10'b1100100101] = 16'hff87;
    mem[10'b1100100110] = 16'hff88;
    mem[10'b1100100111] = 16'hff88;
    mem[10'b1100101000] = 16'hff89;
    mem[10'b1100101001] = 16'hff8a;
    mem[10'b1100101010] = 16'hff8b;
    mem[10'b1100101011] = 16'hff8c;
    mem[10'b1100101100] = 16'hff8d;
    mem[10'b1100101101] = 16'hff8e;
    mem[10'b1100101110] = 16'hff8f;
    mem[10'b1100101111] = 16'hff90;
    mem[10'b1100110000] = 16'hff91;
    mem[10'b1100110001] = 16'hff91;
    mem[10'b1100110010] = 16'hff92;
    mem[10'b1100110011] = 16'hff93;
    mem[10'b1100110100] = 16'hff94;
    mem[10'b1100110101] = 16'hff95;
    mem[10'b1100110110] = 16'hff96;
    mem[10'b1100110111] = 16'hff96;
    mem[10'b1100111000] = 16'hff97;
    mem[10'b1100111001] = 16'hff98;
    mem[10'b1100111010] = 16'hff99;
    mem[10'b1100111011] = 16'hff9a;
    mem[10'b1100111100] = 16'hff9b;
    mem[10'b1100111101] = 16'hff9b;
    mem[10'b1100111110] = 16'hff9c;
    mem[10'b1100111111] = 16'hff9d;
    mem[10'b1101000000] = 16'hff9e;
    mem[10'b1101000001] = 16'hff9e;
    mem[10'b1101000010] = 16'hff9f;
    mem[10'b1101000011] = 16'hffa0;
    mem[10'b1101000100] = 16'hffa1;
    mem[10'b1101000101] = 16'hffa1;
    mem[10'b1101000110] = 16'hffa2;
    mem[10'b1101000111] = 16'hffa3;
    mem[10'b1101001000] = 16'hffa4;
    mem[10'b1101001001] = 16'hffa4;
    mem[10'b1101001010] = 16'hffa5;
    mem[10'b1101001011] = 16'hffa6;
    mem[10'b1101001100] = 16'hffa6;
    mem[10'b1101001101] = 16'hffa7;
    mem[10'b1101001110] = 16'hffa8;
    mem[10'b1101001111] = 16'hffa8;
    mem[10'b1101010000] = 16'hffa9;
    mem[10'b1101010001] = 16'hffaa;
    mem[10'b1101010010] = 16'hffab;
    mem[10'b1101010011] = 16'hffab;
    mem[10'b1101010100] = 16'hffac;
    mem[10'b1101010101] = 16'hffac;
    mem[10'b1101010110] = 16'hffad;
    mem[10'b1101010111] = 16'hffae;
    mem[10'b1101011000] = 16'hffae;
    mem[10'b1101011001] = 16'hffaf;
    mem[10'b1101011010] = 16'hffb0;
    mem[10'b1101011011] = 16'hffb0;
    mem[10'b1101011100] = 16'hffb1;
    mem[10'b1101011101] = 16'hffb2;
    mem[10'b1101011110] = 16'hffb2;
    mem[10'b1101011111] = 16'hffb3;
    mem[10'b1101100000] = 16'hffb3;
    mem[10'b1101100001] = 16'hffb4;
    mem[10'b1101100010] = 16'hffb5;
    mem[10'b1101100011] = 16'hffb5;
    mem[10'b1101100100] = 16'hffb6;
    mem[10'b1101100101] = 16'hffb6;
    mem[10'b1101100110] = 16'hffb7;
    mem[10'b1101100111] = 16'hffb7;
    mem[10'b1101101000] = 16'hffb8;
    mem[10'b1101101001] = 16'hffb9;
    mem[10'b1101101010] = 16'hffb9;
    mem[10'b1101101011] = 16'hffba;
    mem[10'b1101101100] = 16'hffba;
    mem[10'b1101101101] = 16'hffbb;
    mem[10'b1101101110] = 16'hffbb;
    mem[10'b1101101111] = 16'hffbc;
    mem[10'b1101110000] = 16'hffbc;
    mem[10'b1101110001] = 16'hffbd;
    mem[10'b1101110010] = 16'hffbd;
    mem[10'b1101110011] = 16'hffbe;
    mem[10'b1101110100] = 16'hffbe;
    mem[10'b1101110101] = 16'hffbf;
    mem[10'b1101110110] = 16'hffbf;
    mem[10'b1101110111] = 16'hffc0;
    mem[10'b1101111000] = 16'hffc0;
    mem[10'b1101111001] = 16'hffc1;
    mem[10'b1101111010] = 16'hffc1;
    mem[10'b1101111011] = 16'hffc2;
    mem[10'b1101111100] = 16'hffc2;
    mem[10'b1101111101] = 16'hffc3;
    mem[10'b1101111110] = 16'hffc3;
    mem[10'b1101111111] = 16'hffc4;
    mem[10'b1110000000] = 16'hffc4;
    mem[10'b1110000001] = 16'hffc5;
    mem[10'b1110000010] = 16'hffc5;
    mem[10'b1110000011] = 16'hffc6;
    mem[10'b1110000100] = 16'hffc6;
    mem[10'b1110000101] = 16'hffc7;
    mem[10'b1110000110] = 16'hffc7;
    mem[10'b1110000111] = 16'hffc7;
    mem[10'b1110001000] = 16'hffc8;
    mem[10'b1110001001] = 16'hffc8;
    mem[10'b1110001010] = 16'hffc9;
    mem[10'b1110001011] = 16'hffc9;
    mem[10'b1110001100] = 16'hffca;
    mem[10'b1110001101] = 16'hffca;
    mem[10'b1110001110] = 16'hffca;
    mem[10'b1110001111] = 16'hffcb;
    mem[10'b1110010000] = 16'hffcb;
    mem[10'b1110010001] = 16'hffcc;
    mem[10'b1110010010] = 16'hffcc;
    mem[10'b1110010011] = 16'hffcd;
    mem[10'b1110010100] = 16'hffcd;
    mem[10'b1110010101] = 16'hffcd;
    mem[10'b1110010110] = 16'hffce;
    mem[10'b1110010111] = 16'hffce;
    mem[10'b1110011000] = 16'hffce;
    mem[10'b1110011001] = 16'hffcf;
    mem[10'b1110011010] = 16'hffcf;
    mem[10'b1110011011] = 16'hffd0;
    mem[10'b1110011100] = 16'hffd0;
    mem[10'b1110011101] = 16'hffd0;
    mem[10'b1110011110] = 16'hffd1;
    mem[10'b1110011111] = 16'hffd1;
    mem[10'b1110100000] = 16'hffd1;
    mem[10'b1110100001] = 16'hffd2;
    mem[10'b1110100010] = 16'hffd2;
    mem[10'b1110100011] = 16'hffd3;
    mem[10'b1110100100] = 16'hffd3;
    mem[10'b1110100101] = 16'hffd3;
    mem[10'b1110100110] = 16'hffd4;
    mem[10'b1110100111] = 16'hffd4;
    mem[10'b1110101000] = 16'hffd4;
    mem[10'b1110101001] = 16'hffd5;
    mem[10'b1110101010] = 16'hffd5;
    mem[10'b1110101011] = 16'hffd5;
    mem[10'b1110101100] = 16'hffd6;
    mem[10'b1110101101] = 16'hffd6;
    mem[10'b1110101110] = 16'hffd6;
    mem[10'b1110101111] = 16'hffd7;
    mem[10'b1110110000] = 16'hffd7;
    mem[10'b1110110001] = 16'hffd7;
    mem[10'b1110110010] = 16'hffd8;
    mem[10'b1110110011] = 16'hffd8;
    mem[10'b1110110100] = 16'hffd8;
    mem[10'b1110110101] = 16'hffd9;
    mem[10'b1110110110] = 16'hffd9;
    mem[10'b1110110111] = 16'hffd9;
    mem[10'b1110111000] = 16'hffd9;
    mem[10'b1110111001] = 16'hffda;
    mem[10'b1110111010] = 16'hffda;
    mem[10'b1110111011] = 16'hffda;
    mem[10'b1110111100] = 16'hffdb;
    mem[10'b1110111101] = 16'hffdb;
    mem[10'b1110111110] = 16'hffdb;
    mem[10'b1110111111] = 16'hffdb;
    mem[10'b1111000000] = 16'hffdc;
    mem[10'b1111000001] = 16'hffdc;
    mem[10'b1111000010] = 16'hffdc;
    mem[10'b1111000011] = 16'hffdd;
    mem[10'b1111000100] = 16'hffdd;
    mem[10'b1111000101] = 16'hffdd;
    mem[10'b1111000110] = 16'hffdd;
    mem[10'b1111000111] = 16'hffde;
    mem[10'b1111001000] = 16'hffde;
    mem[10'b1111001001] = 16'hffde;
    mem[10'b1111001010] = 16'hffde;
    mem[10'b1111001011] = 16'hffdf;
    mem[10'b1111001100] = 16'hffdf;
    mem[10'b1111001101] = 16'hffdf;
    mem[10'b1111001110] = 16'hffe0;
    mem[10'b1111001111] = 16'hffe0;
    mem[10'b1111010000] = 16'hffe0;
    mem[10'b1111010001] = 16'hffe0;
    mem[10'b1111010010] = 16'hffe1;
    mem[10'b1111010011] = 16'hffe1;
    mem[10'b1111010100] = 16'hffe1;
    mem[10'b1111010101] = 16'hffe1;
    mem[10'b1111010110] = 16'hffe1;
    mem[10'b1111010111] = 16'hffe2;
    mem[10'b1111011000] = 16'hffe2;
    mem[10'b1111011001] = 16'hffe2;
    mem[10'b1111011010] = 16'hffe2;
    mem[10'b1111011011] = 16'hffe3;
    mem[10'b1111011100] = 16'hffe3;
    mem[10'b1111011101] = 16'hffe3;
    mem[10'b1111011110] = 16'hffe3;
    mem[10'b1111011111] = 16'hffe4;
    mem[10'b1111100000] = 16'hffe4;
    mem[10'b1111100001] = 16'hffe4;
    mem[10'b1111100010] = 16'hffe4;
    mem[10'b1111100011] = 16'hffe4;
    mem[10'b1111100100] = 16'hffe5;
    mem[10'b1111100101] = 16'hffe5;
    mem[10'b1111100110] = 16'hffe5;
    mem[10'b1111100111] = 16'hffe5;
    mem[10'b1111101000] = 16'hffe5;
    mem[10'b1111101001] = 16'hffe6;
    mem[10'b1111101010] = 16'hffe6;
    mem[10'b1111101011] = 16'hffe6;
    mem[10'b1111101100] = 16'hffe6;
    mem[10'b1111101101] = 16'hffe7;
    mem[10'b1111101110] = 16'hffe7;
    mem[10'b1111101111] = 16'hffe7;
    mem[10'b1111110000] = 16'hffe7;
    mem[10'b1111110001] = 16'hffe7;
    mem[10'b1111110010] = 16'hffe7;
    mem[10'b1111110011] = 16'hffe8;
    mem[10'b1111110100] = 16'hffe8;
    mem[10'b1111110101] = 16'hffe8;
    mem[10'b1111110110] = 16'hffe8;
    mem[10'b1111110111] = 16'hffe8;
    mem[10'b1111111000] = 16'hffe9;
    mem[10'b1111111001] = 16'hffe9;
    mem[10'b1111111010] = 16'hffe9;
    mem[10'b1111111011] = 16'hffe9;
    mem[10'b1111111100] = 16'hffe9;
    mem[10'b1111111101] = 16'hffea;
    mem[10'b1111111110] = 16'hffea;
    mem[10'b1111111111] = 16'hffea;
    end

    always @(posedge clock) begin
       data <= mem[address];
    end
endmodule // top$chip$lanes$2$pbit$thresholds


module top$chip$lanes$2$rng(clock,seed,load,step,state,draw);

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
    top$chip$lanes$2$rng$state_reg state_reg(
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

endmodule // top$chip$lanes$2$rng


module top$chip$lanes$2$rng$state_reg(d,q,clock);

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

endmodule // top$chip$lanes$2$rng$state_reg


module top$chip$lanes$2$start_q(d,q,clock);

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

endmodule // top$chip$lanes$2$start_q


module top$chip$lanes$2$step_1(d,q,clock);

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

endmodule // top$chip$lanes$2$step_1


module top$chip$lanes$2$step_2(d,q,clock);

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

endmodule // top$chip$lanes$2$step_2


module top$chip$lanes$2$valid_q(d,q,clock);

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

endmodule // top$chip$lanes$2$valid_q


module top$chip$lanes$3(clock,seed,load,clear,preload_en,preload,add_en,weight,source_spin,compute,delta_code,shift_amount,offset,acc,field,state,spin,spin_valid,start_spin);

    // Module arguments
    input wire  clock;
    input wire  [63:0] seed;
    input wire  load;
    input wire  clear;
    input wire  preload_en;
    input wire signed [17:0] preload;
    input wire  add_en;
    input wire signed [15:0] weight;
    input wire  source_spin;
    input wire  compute;
    input wire  [15:0] delta_code;
    input wire  [4:0] shift_amount;
    input wire signed [15:0] offset;
    output reg signed [17:0] acc;
    output reg signed [15:0] field;
    output reg  [63:0] state;
    output reg  spin;
    output reg  spin_valid;
    output reg  start_spin;

    // Constant declarations
    localparam  draw_msb = 4'hf;

    // Stub signals
    reg  rng$clock;
    reg  [63:0] rng$seed;
    reg  rng$load;
    reg  rng$step;
    wire  [63:0] rng$state;
    wire  [15:0] rng$draw;
    reg  field_unit$clock;
    reg  field_unit$clear;
    reg  field_unit$preload_en;
    reg signed [17:0] field_unit$preload;
    reg  field_unit$add_en;
    reg signed [15:0] field_unit$weight;
    reg  field_unit$spin;
    wire signed [17:0] field_unit$acc;
    reg  field_unit$compute;
    reg  [15:0] field_unit$delta_code;
    reg  [4:0] field_unit$shift_amount;
    reg signed [15:0] field_unit$offset;
    wire signed [15:0] field_unit$field;
    wire  field_unit$valid;
    reg  pbit$clock;
    reg signed [15:0] pbit$field;
    reg  [15:0] pbit$r;
    wire  pbit$spin;
    reg  step_1$d;
    wire  step_1$q;
    reg  step_1$clock;
    reg  step_2$d;
    wire  step_2$q;
    reg  step_2$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  start_q$d;
    wire  start_q$q;
    reg  start_q$clock;

    // Sub module instances
    top$chip$lanes$3$rng rng(
        .clock(rng$clock),
        .seed(rng$seed),
        .load(rng$load),
        .step(rng$step),
        .state(rng$state),
        .draw(rng$draw)
    );
    top$chip$lanes$3$field_unit field_unit(
        .clock(field_unit$clock),
        .clear(field_unit$clear),
        .preload_en(field_unit$preload_en),
        .preload(field_unit$preload),
        .add_en(field_unit$add_en),
        .weight(field_unit$weight),
        .spin(field_unit$spin),
        .acc(field_unit$acc),
        .compute(field_unit$compute),
        .delta_code(field_unit$delta_code),
        .shift_amount(field_unit$shift_amount),
        .offset(field_unit$offset),
        .field(field_unit$field),
        .valid(field_unit$valid)
    );
    top$chip$lanes$3$pbit pbit(
        .clock(pbit$clock),
        .field(pbit$field),
        .r(pbit$r),
        .spin(pbit$spin)
    );
    top$chip$lanes$3$step_1 step_1(
        .d(step_1$d),
        .q(step_1$q),
        .clock(step_1$clock)
    );
    top$chip$lanes$3$step_2 step_2(
        .d(step_2$d),
        .q(step_2$q),
        .clock(step_2$clock)
    );
    top$chip$lanes$3$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$chip$lanes$3$start_q start_q(
        .d(start_q$d),
        .q(start_q$q),
        .clock(start_q$clock)
    );

    // Update code
    always @(*) begin
        rng$clock = clock;
        field_unit$clock = clock;
        pbit$clock = clock;
        step_1$clock = clock;
        step_2$clock = clock;
        valid_q$clock = clock;
        start_q$clock = clock;
        step_1$d = step_1$q;
        step_2$d = step_2$q;
        valid_q$d = valid_q$q;
        start_q$d = start_q$q;
        rng$seed = seed;
        rng$load = load;
        step_1$d = compute;
        step_2$d = step_1$q;
        rng$step = step_2$q;
        field_unit$clear = clear;
        field_unit$preload_en = preload_en;
        field_unit$preload = preload;
        field_unit$add_en = add_en;
        field_unit$weight = weight;
        field_unit$spin = source_spin;
        field_unit$compute = compute;
        field_unit$delta_code = delta_code;
        field_unit$shift_amount = shift_amount;
        field_unit$offset = offset;
        pbit$field = field_unit$field;
        pbit$r = rng$draw;
        valid_q$d = field_unit$valid;
        start_q$d = rng$draw[draw_msb];
        acc = field_unit$acc;
        field = field_unit$field;
        state = rng$state;
        spin = pbit$spin;
        spin_valid = valid_q$q;
        start_spin = start_q$q;
    end

endmodule // top$chip$lanes$3


module top$chip$lanes$3$field_unit(clock,clear,preload_en,preload,add_en,weight,spin,acc,compute,delta_code,shift_amount,offset,field,valid);

    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  preload_en;
    input wire signed [17:0] preload;
    input wire  add_en;
    input wire signed [15:0] weight;
    input wire  spin;
    output reg signed [17:0] acc;
    input wire  compute;
    input wire  [15:0] delta_code;
    input wire  [4:0] shift_amount;
    input wire signed [15:0] offset;
    output reg signed [15:0] field;
    output reg  valid;

    // Constant declarations
    localparam  zero_acc = 18'b0;
    localparam  lsb = 6'b0;
    localparam  acc_lsb = 5'b0;
    localparam  shift_lsb = 3'b0;
    localparam  sum_lsb = 5'b0;
    localparam  hi_lsb = 5'b10000;
    localparam  hi_msb = 5'b10001;
    localparam  hi_weight = 6'b10000;
    localparam  one_bit = 1'b1;
    localparam  zero_prod = 34'h0;
    localparam  one_prod = 34'h1;
    localparam  ones_prod = 34'h3ffffffff;
    localparam  prod_sign = 6'b100001;
    localparam  coarse_mask = 5'b11000;
    localparam  top_lsb = 6'b10000;
    localparam  top_zero = 18'b0;
    localparam  top_ones = 18'b111111111111111111;
    localparam  clamp_low = 18'b110000000000000000;
    localparam  clamp_high = 18'b1111111111111111;
    localparam  sum_sign = 5'b10001;
    localparam  sat_lsb = 5'b1111;
    localparam  sat_zero = 3'b0;
    localparam  sat_ones = 3'b111;
    localparam  field_min = 16'h8000;
    localparam  field_max = 16'h7fff;

    // Stub signals
    reg  [17:0] acc_reg$d;
    wire  [17:0] acc_reg$q;
    reg  acc_reg$clock;
    reg  [15:0] weight_ext$narrow;
    wire  [17:0] weight_ext$wide;
    reg  [15:0] delta_ext$narrow;
    wire  [33:0] delta_ext$wide;
    reg  [31:0] a_low$d;
    wire  [31:0] a_low$q;
    reg  a_low$clock;
    reg  [33:0] a_addend$d;
    wire  [33:0] a_addend$q;
    reg  a_addend$clock;
    reg  [4:0] a_shift$d;
    wire  [4:0] a_shift$q;
    reg  a_shift$clock;
    reg  [15:0] a_offset$d;
    wire  [15:0] a_offset$q;
    reg  a_offset$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [31:0] low_ext$narrow;
    wire  [33:0] low_ext$wide;
    reg  [33:0] b_coarse$d;
    wire  [33:0] b_coarse$q;
    reg  b_coarse$clock;
    reg  [2:0] b_fine$d;
    wire  [2:0] b_fine$q;
    reg  b_fine$clock;
    reg  [15:0] b_offset$d;
    wire  [15:0] b_offset$q;
    reg  b_offset$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [15:0] offset_ext$narrow;
    wire  [17:0] offset_ext$wide;
    reg  [15:0] c_field$d;
    wire  [15:0] c_field$q;
    reg  c_field$clock;
    reg  c_valid$d;
    wire  c_valid$q;
    reg  c_valid$clock;

    // Local signals
    reg  [17:0] term;
    reg  [17:0] base;
    reg  [33:0] hi_plus;
    reg  [33:0] hi_minus;
    reg  [33:0] half;
    reg  [33:0] rounded;
    reg  [4:0] coarse_amount;
    reg  [33:0] shifted;
    reg  [17:0] clamped;
    reg  [17:0] sum;

    // Sub module instances
    top$chip$lanes$3$field_unit$acc_reg acc_reg(
        .d(acc_reg$d),
        .q(acc_reg$q),
        .clock(acc_reg$clock)
    );
    top$chip$lanes$3$field_unit$weight_ext weight_ext(
        .narrow(weight_ext$narrow),
        .wide(weight_ext$wide)
    );
    top$chip$lanes$3$field_unit$delta_ext delta_ext(
        .narrow(delta_ext$narrow),
        .wide(delta_ext$wide)
    );
    top$chip$lanes$3$field_unit$a_low a_low(
        .d(a_low$d),
        .q(a_low$q),
        .clock(a_low$clock)
    );
    top$chip$lanes$3$field_unit$a_addend a_addend(
        .d(a_addend$d),
        .q(a_addend$q),
        .clock(a_addend$clock)
    );
    top$chip$lanes$3$field_unit$a_shift a_shift(
        .d(a_shift$d),
        .q(a_shift$q),
        .clock(a_shift$clock)
    );
    top$chip$lanes$3$field_unit$a_offset a_offset(
        .d(a_offset$d),
        .q(a_offset$q),
        .clock(a_offset$clock)
    );
    top$chip$lanes$3$field_unit$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$chip$lanes$3$field_unit$low_ext low_ext(
        .narrow(low_ext$narrow),
        .wide(low_ext$wide)
    );
    top$chip$lanes$3$field_unit$b_coarse b_coarse(
        .d(b_coarse$d),
        .q(b_coarse$q),
        .clock(b_coarse$clock)
    );
    top$chip$lanes$3$field_unit$b_fine b_fine(
        .d(b_fine$d),
        .q(b_fine$q),
        .clock(b_fine$clock)
    );
    top$chip$lanes$3$field_unit$b_offset b_offset(
        .d(b_offset$d),
        .q(b_offset$q),
        .clock(b_offset$clock)
    );
    top$chip$lanes$3$field_unit$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$chip$lanes$3$field_unit$offset_ext offset_ext(
        .narrow(offset_ext$narrow),
        .wide(offset_ext$wide)
    );
    top$chip$lanes$3$field_unit$c_field c_field(
        .d(c_field$d),
        .q(c_field$q),
        .clock(c_field$clock)
    );
    top$chip$lanes$3$field_unit$c_valid c_valid(
        .d(c_valid$d),
        .q(c_valid$q),
        .clock(c_valid$clock)
    );

    // Update code
    always @(*) begin
        acc_reg$clock = clock;
        a_low$clock = clock;
        a_addend$clock = clock;
        a_shift$clock = clock;
        a_offset$clock = clock;
        a_valid$clock = clock;
        b_coarse$clock = clock;
        b_fine$clock = clock;
        b_offset$clock = clock;
        b_valid$clock = clock;
        c_field$clock = clock;
        c_valid$clock = clock;
        acc_reg$d = acc_reg$q;
        a_low$d = a_low$q;
        a_addend$d = a_addend$q;
        a_shift$d = a_shift$q;
        a_offset$d = a_offset$q;
        a_valid$d = a_valid$q;
        b_coarse$d = b_coarse$q;
        b_fine$d = b_fine$q;
        b_offset$d = b_offset$q;
        b_valid$d = b_valid$q;
        c_field$d = c_field$q;
        c_valid$d = c_valid$q;
        weight_ext$narrow = $unsigned(weight);
        term = weight_ext$wide;
        if (~spin) begin
            term = zero_acc - weight_ext$wide;
        end
        base = acc_reg$q;
        if (clear) begin
            base = zero_acc;
        end
        if (preload_en) begin
            base = $unsigned(preload);
        end
        acc_reg$d = base;
        if (add_en) begin
            acc_reg$d = base + term;
        end
        acc = $signed(acc_reg$q);
        delta_ext$narrow = delta_code;
        hi_plus = zero_prod;
        if (acc_reg$q[hi_lsb]) begin
            hi_plus = delta_ext$wide << hi_weight;
        end
        hi_minus = zero_prod;
        if (acc_reg$q[hi_msb]) begin
            hi_minus = (delta_ext$wide << hi_weight) << one_bit;
        end
        half = (one_prod << shift_amount) >> one_bit;
        if (compute) begin
            a_low$d = acc_reg$q[(acc_lsb)+:(16)] * delta_code;
            a_addend$d = hi_plus - hi_minus + half;
            a_shift$d = shift_amount;
            a_offset$d = $unsigned(offset);
        end
        a_valid$d = compute;
        low_ext$narrow = a_low$q;
        rounded = low_ext$wide + a_addend$q;
        coarse_amount = a_shift$q & coarse_mask;
        if (a_valid$q) begin
            b_coarse$d = rounded >> coarse_amount;
            if (rounded[prod_sign]) begin
                b_coarse$d = (rounded >> coarse_amount) | ~(ones_prod >> coarse_amount);
            end
            b_fine$d = a_shift$q[(shift_lsb)+:(3)];
            b_offset$d = a_offset$q;
        end
        b_valid$d = a_valid$q;
        shifted = b_coarse$q >> b_fine$q;
        if (b_coarse$q[prod_sign]) begin
            shifted = (b_coarse$q >> b_fine$q) | ~(ones_prod >> b_fine$q);
        end
        clamped = shifted[(lsb)+:(18)];
        if ((shifted[(top_lsb)+:(18)] != top_zero) & (shifted[(top_lsb)+:(18)] != top_ones)) begin
            clamped = clamp_high;
            if (shifted[prod_sign]) begin
                clamped = clamp_low;
            end
        end
        offset_ext$narrow = b_offset$q;
        sum = clamped + offset_ext$wide;
        if (b_valid$q) begin
            c_field$d = sum[(sum_lsb)+:(16)];
            if ((sum[(sat_lsb)+:(3)] != sat_zero) & (sum[(sat_lsb)+:(3)] != sat_ones)) begin
                c_field$d = field_max;
                if (sum[sum_sign]) begin
                    c_field$d = field_min;
                end
            end
        end
        c_valid$d = b_valid$q;
        field = $signed(c_field$q);
        valid = c_valid$q;
    end

endmodule // top$chip$lanes$3$field_unit


module top$chip$lanes$3$field_unit$a_addend(d,q,clock);

    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 34'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$3$field_unit$a_addend


module top$chip$lanes$3$field_unit$a_low(d,q,clock);

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

endmodule // top$chip$lanes$3$field_unit$a_low


module top$chip$lanes$3$field_unit$a_offset(d,q,clock);

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

endmodule // top$chip$lanes$3$field_unit$a_offset


module top$chip$lanes$3$field_unit$a_shift(d,q,clock);

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

endmodule // top$chip$lanes$3$field_unit$a_shift


module top$chip$lanes$3$field_unit$a_valid(d,q,clock);

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

endmodule // top$chip$lanes$3$field_unit$a_valid


module top$chip$lanes$3$field_unit$acc_reg(d,q,clock);

    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 18'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$3$field_unit$acc_reg


module top$chip$lanes$3$field_unit$b_coarse(d,q,clock);

    // Module arguments
    input wire  [33:0] d;
    output reg  [33:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 34'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$lanes$3$field_unit$b_coarse


module top$chip$lanes$3$field_unit$b_fine(d,q,clock);

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

endmodule // top$chip$lanes$3$field_unit$b_fine


module top$chip$lanes$3$field_unit$b_offset(d,q,clock);

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

endmodule // top$chip$lanes$3$field_unit$b_offset


module top$chip$lanes$3$field_unit$b_valid(d,q,clock);

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

endmodule // top$chip$lanes$3$field_unit$b_valid


module top$chip$lanes$3$field_unit$c_field(d,q,clock);

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

endmodule // top$chip$lanes$3$field_unit$c_field


module top$chip$lanes$3$field_unit$c_valid(d,q,clock);

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

endmodule // top$chip$lanes$3$field_unit$c_valid


module top$chip$lanes$3$field_unit$delta_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{18{1'b0}}, narrow};
endmodule // top$chip$lanes$3$field_unit$delta_ext


module top$chip$lanes$3$field_unit$low_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{1'b0}}, narrow};
endmodule // top$chip$lanes$3$field_unit$low_ext


module top$chip$lanes$3$field_unit$offset_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$lanes$3$field_unit$offset_ext


module top$chip$lanes$3$field_unit$weight_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$chip$lanes$3$field_unit$weight_ext


module top$chip$lanes$3$pbit(clock,field,r,spin);

    // Module arguments
    input wire  clock;
    input wire signed [15:0] field;
    input wire  [15:0] r;
    output reg  spin;

    // Constant declarations
    localparam  last_index = 16'h3ff;
    localparam  last_address = 10'b1111111111;
    localparam  one = 16'h1;
    localparam  sign_bit = 4'hf;
    localparam  lsb = 4'h0;

    // Stub signals
    reg  [9:0] thresholds$address;
    reg  thresholds$clock;
    wire  [15:0] thresholds$data;
    reg  negative$d;
    wire  negative$q;
    reg  negative$clock;
    reg  [15:0] r_reg$d;
    wire  [15:0] r_reg$q;
    reg  r_reg$clock;

    // Local signals
    reg  [15:0] code;
    reg  [15:0] magnitude;

    // Sub module instances
    top$chip$lanes$3$pbit$thresholds thresholds(
        .address(thresholds$address),
        .clock(thresholds$clock),
        .data(thresholds$data)
    );
    top$chip$lanes$3$pbit$negative negative(
        .d(negative$d),
        .q(negative$q),
        .clock(negative$clock)
    );
    top$chip$lanes$3$pbit$r_reg r_reg(
        .d(r_reg$d),
        .q(r_reg$q),
        .clock(r_reg$clock)
    );

    // Update code
    always @(*) begin
        thresholds$clock = clock;
        negative$clock = clock;
        r_reg$clock = clock;
        code = $unsigned(field);
        magnitude = code;
        if (code[sign_bit]) begin
            magnitude = ~code + one;
        end
        thresholds$address = magnitude[(lsb)+:(10)];
        if (magnitude > last_index) begin
            thresholds$address = last_address;
        end
        negative$d = code[sign_bit];
        r_reg$d = r;
        spin = (r_reg$q < thresholds$data) ^ negative$q;
    end

endmodule // top$chip$lanes$3$pbit


module top$chip$lanes$3$pbit$negative(d,q,clock);

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

endmodule // top$chip$lanes$3$pbit$negative


module top$chip$lanes$3$pbit$r_reg(d,q,clock);

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

endmodule // top$chip$lanes$3$pbit$r_reg


module top$chip$lanes$3$pbit$thresholds(address,clock,data);

    // Module arguments
    input wire  [9:0] address;
    input wire  clock;
    output reg  [15:0] data;

    // Update code (custom)
    reg[15:0] mem [1023:0];

    initial begin
    mem[10'b0] = 16'h8000;
    mem[10'b1] = 16'h8080;
    mem[10'b10] = 16'h8100;
    mem[10'b11] = 16'h8180;
    mem[10'b100] = 16'h8200;
    mem[10'b101] = 16'h8280;
    mem[10'b110] = 16'h8300;
    mem[10'b111] = 16'h8380;
    mem[10'b1000] = 16'h8400;
    mem[10'b1001] = 16'h8480;
    mem[10'b1010] = 16'h84ff;
    mem[10'b1011] = 16'h857f;
    mem[10'b1100] = 16'h85ff;
    mem[10'b1101] = 16'h867f;
    mem[10'b1110] = 16'h86fe;
    mem[10'b1111] = 16'h877e;
    mem[10'b10000] = 16'h87fd;
    mem[10'b10001] = 16'h887d;
    mem[10'b10010] = 16'h88fc;
    mem[10'b10011] = 16'h897c;
    mem[10'b10100] = 16'h89fb;
    mem[10'b10101] = 16'h8a7a;
    mem[10'b10110] = 16'h8af9;
    mem[10'b10111] = 16'h8b78;
    mem[10'b11000] = 16'h8bf7;
    mem[10'b11001] = 16'h8c76;
    mem[10'b11010] = 16'h8cf5;
    mem[10'b11011] = 16'h8d73;
    mem[10'b11100] = 16'h8df2;
    mem[10'b11101] = 16'h8e70;
    mem[10'b11110] = 16'h8eef;
    mem[10'b11111] = 16'h8f6d;
    mem[10'b100000] = 16'h8feb;
    mem[10'b100001] = 16'h9069;
    mem[10'b100010] = 16'h90e7;
    mem[10'b100011] = 16'h9164;
    mem[10'b100100] = 16'h91e2;
    mem[10'b100101] = 16'h925f;
    mem[10'b100110] = 16'h92dd;
    mem[10'b100111] = 16'h935a;
    mem[10'b101000] = 16'h93d7;
    mem[10'b101001] = 16'h9454;
    mem[10'b101010] = 16'h94d0;
    mem[10'b101011] = 16'h954d;
    mem[10'b101100] = 16'h95c9;
    mem[10'b101101] = 16'h9645;
    mem[10'b101110] = 16'h96c1;
    mem[10'b101111] = 16'h973d;
    mem[10'b110000] = 16'h97b9;
    mem[10'b110001] = 16'h9835;
    mem[10'b110010] = 16'h98b0;
    mem[10'b110011] = 16'h992b;
    mem[10'b110100] = 16'h99a6;
    mem[10'b110101] = 16'h9a21;
    mem[10'b110110] = 16'h9a9b;
    mem[10'b110111] = 16'h9b16;
    mem[10'b111000] = 16'h9b90;
    mem[10'b111001] = 16'h9c0a;
    mem[10'b111010] = 16'h9c84;
    mem[10'b111011] = 16'h9cfd;
    mem[10'b111100] = 16'h9d76;
    mem[10'b111101] = 16'h9df0;
    mem[10'b111110] = 16'h9e68;
    mem[10'b111111] = 16'h9ee1;
    mem[10'b1000000] = 16'h9f59;
    mem[10'b1000001] = 16'h9fd2;
    mem[10'b1000010] = 16'ha04a;
    mem[10'b1000011] = 16'ha0c1;
    mem[10'b1000100] = 16'ha139;
    mem[10'b1000101] = 16'ha1b0;
    mem[10'b1000110] = 16'ha227;
    mem[10'b1000111] = 16'ha29e;
    mem[10'b1001000] = 16'ha314;
    mem[10'b1001001] = 16'ha38b;
    mem[10'b1001010] = 16'ha401;
    mem[10'b1001011] = 16'ha476;
    mem[10'b1001100] = 16'ha4ec;
    mem[10'b1001101] = 16'ha561;
    mem[10'b1001110] = 16'ha5d6;
    mem[10'b1001111] = 16'ha64b;
    mem[10'b1010000] = 16'ha6bf;
    mem[10'b1010001] = 16'ha733;
    mem[10'b1010010] = 16'ha7a7;
    mem[10'b1010011] = 16'ha81b;
    mem[10'b1010100] = 16'ha88e;
    mem[10'b1010101] = 16'ha901;
    mem[10'b1010110] = 16'ha974;
    mem[10'b1010111] = 16'ha9e6;
    mem[10'b1011000] = 16'haa58;
    mem[10'b1011001] = 16'haaca;
    mem[10'b1011010] = 16'hab3c;
    mem[10'b1011011] = 16'habad;
    mem[10'b1011100] = 16'hac1e;
    mem[10'b1011101] = 16'hac8f;
    mem[10'b1011110] = 16'hacff;
    mem[10'b1011111] = 16'had6f;
    mem[10'b1100000] = 16'haddf;
    mem[10'b1100001] = 16'hae4e;
    mem[10'b1100010] = 16'haebd;
    mem[10'b1100011] = 16'haf2c;
    mem[10'b1100100] = 16'haf9a;
    mem[10'b1100101] = 16'hb009;
    mem[10'b1100110] = 16'hb076;
    mem[10'b1100111] = 16'hb0e4;
    mem[10'b1101000] = 16'hb151;
    mem[10'b1101001] = 16'hb1be;
    mem[10'b1101010] = 16'hb22a;
    mem[10'b1101011] = 16'hb296;
    mem[10'b1101100] = 16'hb302;
    mem[10'b1101101] = 16'hb36e;
    mem[10'b1101110] = 16'hb3d9;
    mem[10'b1101111] = 16'hb444;
    mem[10'b1110000] = 16'hb4ae;
    mem[10'b1110001] = 16'hb518;
    mem[10'b1110010] = 16'hb582;
    mem[10'b1110011] = 16'hb5ec;
    mem[10'b1110100] = 16'hb655;
    mem[10'b1110101] = 16'hb6be;
    mem[10'b1110110] = 16'hb726;
    mem[10'b1110111] = 16'hb78e;
    mem[10'b1111000] = 16'hb7f6;
    mem[10'b1111001] = 16'hb85d;
    mem[10'b1111010] = 16'hb8c4;
    mem[10'b1111011] = 16'hb92b;
    mem[10'b1111100] = 16'hb991;
    mem[10'b1111101] = 16'hb9f7;
    mem[10'b1111110] = 16'hba5d;
    mem[10'b1111111] = 16'hbac2;
    mem[10'b10000000] = 16'hbb27;
    mem[10'b10000001] = 16'hbb8b;
    mem[10'b10000010] = 16'hbbef;
    mem[10'b10000011] = 16'hbc53;
    mem[10'b10000100] = 16'hbcb6;
    mem[10'b10000101] = 16'hbd19;
    mem[10'b10000110] = 16'hbd7c;
    mem[10'b10000111] = 16'hbdde;
    mem[10'b10001000] = 16'hbe40;
    mem[10'b10001001] = 16'hbea2;
    mem[10'b10001010] = 16'hbf03;
    mem[10'b10001011] = 16'hbf64;
    mem[10'b10001100] = 16'hbfc4;
    mem[10'b10001101] = 16'hc024;
    mem[10'b10001110] = 16'hc084;
    mem[10'b10001111] = 16'hc0e3;
    mem[10'b10010000] = 16'hc142;
    mem[10'b10010001] = 16'hc1a1;
    mem[10'b10010010] = 16'hc1ff;
    mem[10'b10010011] = 16'hc25d;
    mem[10'b10010100] = 16'hc2ba;
    mem[10'b10010101] = 16'hc317;
    mem[10'b10010110] = 16'hc374;
    mem[10'b10010111] = 16'hc3d0;
    mem[10'b10011000] = 16'hc42c;
    mem[10'b10011001] = 16'hc487;
    mem[10'b10011010] = 16'hc4e2;
    mem[10'b10011011] = 16'hc53d;
    mem[10'b10011100] = 16'hc598;
    mem[10'b10011101] = 16'hc5f2;
    mem[10'b10011110] = 16'hc64b;
    mem[10'b10011111] = 16'hc6a4;
    mem[10'b10100000] = 16'hc6fd;
    mem[10'b10100001] = 16'hc756;
    mem[10'b10100010] = 16'hc7ae;
    mem[10'b10100011] = 16'hc805;
    mem[10'b10100100] = 16'hc85d;
    mem[10'b10100101] = 16'hc8b3;
    mem[10'b10100110] = 16'hc90a;
    mem[10'b10100111] = 16'hc960;
    mem[10'b10101000] = 16'hc9b6;
    mem[10'b10101001] = 16'hca0b;
    mem[10'b10101010] = 16'hca60;
    mem[10'b10101011] = 16'hcab5;
    mem[10'b10101100] = 16'hcb09;
    mem[10'b10101101] = 16'hcb5d;
    mem[10'b10101110] = 16'hcbb0;
    mem[10'b10101111] = 16'hcc03;
    mem[10'b10110000] = 16'hcc56;
    mem[10'b10110001] = 16'hcca8;
    mem[10'b10110010] = 16'hccfa;
    mem[10'b10110011] = 16'hcd4c;
    mem[10'b10110100] = 16'hcd9d;
    mem[10'b10110101] = 16'hcdee;
    mem[10'b10110110] = 16'hce3e;
    mem[10'b10110111] = 16'hce8e;
    mem[10'b10111000] = 16'hcedd;
    mem[10'b10111001] = 16'hcf2d;
    mem[10'b10111010] = 16'hcf7c;
    mem[10'b10111011] = 16'hcfca;
    mem[10'b10111100] = 16'hd018;
    mem[10'b10111101] = 16'hd066;
    mem[10'b10111110] = 16'hd0b3;
    mem[10'b10111111] = 16'hd100;
    mem[10'b11000000] = 16'hd14d;
    mem[10'b11000001] = 16'hd199;
    mem[10'b11000010] = 16'hd1e5;
    mem[10'b11000011] = 16'hd230;
    mem[10'b11000100] = 16'hd27b;
    mem[10'b11000101] = 16'hd2c6;
    mem[10'b11000110] = 16'hd310;
    mem[10'b11000111] = 16'hd35a;
    mem[10'b11001000] = 16'hd3a3;
    mem[10'b11001001] = 16'hd3ed;
    mem[10'b11001010] = 16'hd435;
    mem[10'b11001011] = 16'hd47e;
    mem[10'b11001100] = 16'hd4c6;
    mem[10'b11001101] = 16'hd50d;
    mem[10'b11001110] = 16'hd555;
    mem[10'b11001111] = 16'hd59c;
    mem[10'b11010000] = 16'hd5e2;
    mem[10'b11010001] = 16'hd628;
    mem[10'b11010010] = 16'hd66e;
    mem[10'b11010011] = 16'hd6b4;
    mem[10'b11010100] = 16'hd6f9;
    mem[10'b11010101] = 16'hd73e;
    mem[10'b11010110] = 16'hd782;
    mem[10'b11010111] = 16'hd7c6;
    mem[10'b11011000] = 16'hd80a;
    mem[10'b11011001] = 16'hd84d;
    mem[10'b11011010] = 16'hd890;
    mem[10'b11011011] = 16'hd8d2;
    mem[10'b11011100] = 16'hd914;
    mem[10'b11011101] = 16'hd956;
    mem[10'b11011110] = 16'hd998;
    mem[10'b11011111] = 16'hd9d9;
    mem[10'b11100000] = 16'hda1a;
    mem[10'b11100001] = 16'hda5a;
    mem[10'b11100010] = 16'hda9a;
    mem[10'b11100011] = 16'hdada;
    mem[10'b11100100] = 16'hdb19;
    mem[10'b11100101] = 16'hdb58;
    mem[10'b11100110] = 16'hdb97;
    mem[10'b11100111] = 16'hdbd5;
    mem[10'b11101000] = 16'hdc13;
    mem[10'b11101001] = 16'hdc51;
    mem[10'b11101010] = 16'hdc8e;
    mem[10'b11101011] = 16'hdccb;
    mem[10'b11101100] = 16'hdd07;
    mem[10'b11101101] = 16'hdd43;
    mem[10'b11101110] = 16'hdd7f;
    mem[10'b11101111] = 16'hddbb;
    mem[10'b11110000] = 16'hddf6;
    mem[10'b11110001] = 16'hde31;
    mem[10'b11110010] = 16'hde6b;
    mem[10'b11110011] = 16'hdea6;
    mem[10'b11110100] = 16'hdedf;
    mem[10'b11110101] = 16'hdf19;
    mem[10'b11110110] = 16'hdf52;
    mem[10'b11110111] = 16'hdf8b;
    mem[10'b11111000] = 16'hdfc4;
    mem[10'b11111001] = 16'hdffc;
    mem[10'b11111010] = 16'he034;
    mem[10'b11111011] = 16'he06b;
    mem[10'b11111100] = 16'he0a2;
    mem[10'b11111101] = 16'he0d9;
    mem[10'b11111110] = 16'he110;
    mem[10'b11111111] = 16'he146;
    mem[10'b100000000] = 16'he17c;
    mem[10'b100000001] = 16'he1b2;
    mem[10'b100000010] = 16'he1e7;
    mem[10'b100000011] = 16'he21c;
    mem[10'b100000100] = 16'he250;
    mem[10'b100000101] = 16'he285;
    mem[10'b100000110] = 16'he2b9;
    mem[10'b100000111] = 16'he2ec;
    mem[10'b100001000] = 16'he320;
    mem[10'b100001001] = 16'he353;
    mem[10'b100001010] = 16'he386;
    mem[10'b100001011] = 16'he3b8;
    mem[10'b100001100] = 16'he3ea;
    mem[10'b100001101] = 16'he41c;
    mem[10'b100001110] = 16'he44e;
    mem[10'b100001111] = 16'he47f;
    mem[10'b100010000] = 16'he4b0;
    mem[10'b100010001] = 16'he4e1;
    mem[10'b100010010] = 16'he511;
    mem[10'b100010011] = 16'he541;
    mem[10'b100010100] = 16'he571;
    mem[10'b100010101] = 16'he5a0;
    mem[10'b100010110] = 16'he5cf;
    mem[10'b100010111] = 16'he5fe;
    mem[10'b100011000] = 16'he62d;
    mem[10'b100011001] = 16'he65b;
    mem[10'b100011010] = 16'he689;
    mem[10'b100011011] = 16'he6b7;
    mem[10'b100011100] = 16'he6e4;
    mem[10'b100011101] = 16'he711;
    mem[10'b100011110] = 16'he73e;
    mem[10'b100011111] = 16'he76b;
    mem[10'b100100000] = 16'he797;
    mem[10'b100100001] = 16'he7c3;
    mem[10'b100100010] = 16'he7ef;
    mem[10'b100100011] = 16'he81a;
    mem[10'b100100100] = 16'he846;
    mem[10'b100100101] = 16'he871;
    mem[10'b100100110] = 16'he89b;
    mem[10'b100100111] = 16'he8c6;
    mem[10'b100101000] = 16'he8f0;
    mem[10'b100101001] = 16'he91a;
    mem[10'b100101010] = 16'he943;
    mem[10'b100101011] = 16'he96c;
    mem[10'b100101100] = 16'he995;
    mem[10'b100101101] = 16'he9be;
    mem[10'b100101110] = 16'he9e7;
    mem[10'b100101111] = 16'hea0f;
    mem[10'b100110000] = 16'hea37;
    mem[10'b100110001] = 16'hea5f;
    mem[10'b100110010] = 16'hea86;
    mem[10'b100110011] = 16'heaad;
    mem[10'b100110100] = 16'head4;
    mem[10'b100110101] = 16'heafb;
    mem[10'b100110110] = 16'heb22;
    mem[10'b100110111] = 16'heb48;
    mem[10'b100111000] = 16'heb6e;
    mem[10'b100111001] = 16'heb93;
    mem[10'b100111010] = 16'hebb9;
    mem[10'b100111011] = 16'hebde;
    mem[10'b100111100] = 16'hec03;
    mem[10'b100111101] = 16'hec28;
    mem[10'b100111110] = 16'hec4c;
    mem[10'b100111111] = 16'hec71;
    mem[10'b101000000] = 16'hec95;
    mem[10'b101000001] = 16'hecb8;
    mem[10'b101000010] = 16'hecdc;
    mem[10'b101000011] = 16'hecff;
    mem[10'b101000100] = 16'hed22;
    mem[10'b101000101] = 16'hed45;
    mem[10'b101000110] = 16'hed68;
    mem[10'b101000111] = 16'hed8a;
    mem[10'b101001000] = 16'hedac;
    mem[10'b101001001] = 16'hedce;
    mem[10'b101001010] = 16'hedf0;
    mem[10'b101001011] = 16'hee11;
    mem[10'b101001100] = 16'hee33;
    mem[10'b101001101] = 16'hee54;
    mem[10'b101001110] = 16'hee74;
    mem[10'b101001111] = 16'hee95;
    mem[10'b101010000] = 16'heeb5;
    mem[10'b101010001] = 16'heed5;
    mem[10'b101010010] = 16'heef5;
    mem[10'b101010011] = 16'hef15;
    mem[10'b101010100] = 16'hef35;
    mem[10'b101010101] = 16'hef54;
    mem[10'b101010110] = 16'hef73;
    mem[10'b101010111] = 16'hef92;
    mem[10'b101011000] = 16'hefb0;
    mem[10'b101011001] = 16'hefcf;
    mem[10'b101011010] = 16'hefed;
    mem[10'b101011011] = 16'hf00b;
    mem[10'b101011100] = 16'hf029;
    mem[10'b101011101] = 16'hf047;
    mem[10'b101011110] = 16'hf064;
    mem[10'b101011111] = 16'hf081;
    mem[10'b101100000] = 16'hf09e;
    mem[10'b101100001] = 16'hf0bb;
    mem[10'b101100010] = 16'hf0d8;
    mem[10'b101100011] = 16'hf0f4;
    mem[10'b101100100] = 16'hf110;
    mem[10'b101100101] = 16'hf12c;
    mem[10'b101100110] = 16'hf148;
    mem[10'b101100111] = 16'hf164;
    mem[10'b101101000] = 16'hf17f;
    mem[10'b101101001] = 16'hf19a;
    mem[10'b101101010] = 16'hf1b6;
    mem[10'b101101011] = 16'hf1d0;
    mem[10'b101101100] = 16'hf1eb;
    mem[10'b101101101] = 16'hf206;
    mem[10'b101101110] = 16'hf220;
    mem[10'b101101111] = 16'hf23a;
    mem[10'b101110000] = 16'hf254;
    mem[10'b101110001] = 16'hf26e;
    mem[10'b101110010] = 16'hf288;
    mem[10'b101110011] = 16'hf2a1;
    mem[10'b101110100] = 16'hf2ba;
    mem[10'b101110101] = 16'hf2d3;
    mem[10'b101110110] = 16'hf2ec;
    mem[10'b101110111] = 16'hf305;
    mem[10'b101111000] = 16'hf31e;
    mem[10'b101111001] = 16'hf336;
    mem[10'b101111010] = 16'hf34e;
    mem[10'b101111011] = 16'hf366;
    mem[10'b101111100] = 16'hf37e;
    mem[10'b101111101] = 16'hf396;
    mem[10'b101111110] = 16'hf3ad;
    mem[10'b101111111] = 16'hf3c5;
    mem[10'b110000000] = 16'hf3dc;
    mem[10'b110000001] = 16'hf3f3;
    mem[10'b110000010] = 16'hf40a;
    mem[10'b110000011] = 16'hf421;
    mem[10'b110000100] = 16'hf437;
    mem[10'b110000101] = 16'hf44e;
    mem[10'b110000110] = 16'hf464;
    mem[10'b110000111] = 16'hf47a;
    mem[10'b110001000] = 16'hf490;
    mem[10'b110001001] = 16'hf4a6;
    mem[10'b110001010] = 16'hf4bb;
    mem[10'b110001011] = 16'hf4d1;
    mem[10'b110001100] = 16'hf4e6;
    mem[10'b110001101] = 16'hf4fb;
    mem[10'b110001110] = 16'hf510;
    mem[10'b110001111] = 16'hf525;
    mem[10'b110010000] = 16'hf53a;
    mem[10'b110010001] = 16'hf54e;
    mem[10'b110010010] = 16'hf563;
    mem[10'b110010011] = 16'hf577;
    mem[10'b110010100] = 16'hf58b;
    mem[10'b110010101] = 16'hf59f;
    mem[10'b110010110] = 16'hf5b3;
    mem[10'b110010111] = 16'hf5c7;
    mem[10'b110011000] = 16'hf5da;
    mem[10'b110011001] = 16'hf5ee;
    mem[10'b110011010] = 16'hf601;
    mem[10'b110011011] = 16'hf614;
    mem[10'b110011100] = 16'hf627;
    mem[10'b110011101] = 16'hf63a;
    mem[10'b110011110] = 16'hf64d;
    mem[10'b110011111] = 16'hf65f;
    mem[10'b110100000] = 16'hf672;
    mem[10'b110100001] = 16'hf684;
    mem[10'b110100010] = 16'hf696;
    mem[10'b110100011] = 16'hf6a8;
    mem[10'b110100100] = 16'hf6ba;
    mem[10'b110100101] = 16'hf6cc;
    mem[10'b110100110] = 16'hf6de;
    mem[10'b110100111] = 16'hf6ef;
    mem[10'b110101000] = 16'hf701;
    mem[10'b110101001] = 16'hf712;
    mem[10'b110101010] = 16'hf723;
    mem[10'b110101011] = 16'hf734;
    mem[10'b110101100] = 16'hf745;
    mem[10'b110101101] = 16'hf756;
    mem[10'b110101110] = 16'hf767;
    mem[10'b110101111] = 16'hf777;
    mem[10'b110110000] = 16'hf788;
    mem[10'b110110001] = 16'hf798;
    mem[10'b110110010] = 16'hf7a8;
    mem[10'b110110011] = 16'hf7b8;
    mem[10'b110110100] = 16'hf7c8;
    mem[10'b110110101] = 16'hf7d8;
    mem[10'b110110110] = 16'hf7e8;
    mem[10'b110110111] = 16'hf7f7;
    mem[10'b110111000] = 16'hf807;
    mem[10'b110111001] = 16'hf816;
    mem[10'b110111010] = 16'hf826;
    mem[10'b110111011] = 16'hf835;
    mem[10'b110111100] = 16'hf844;
    mem[10'b110111101] = 16'hf853;
    mem[10'b110111110] = 16'hf862;
    mem[10'b110111111] = 16'hf870;
    mem[10'b111000000] = 16'hf87f;
    mem[10'b111000001] = 16'hf88e;
    mem[10'b111000010] = 16'hf89c;
    mem[10'b111000011] = 16'hf8aa;
    mem[10'b111000100] = 16'hf8b8;
    mem[10'b111000101] = 16'hf8c7;
    mem[10'b111000110] = 16'hf8d4;
    mem[10'b111000111] = 16'hf8e2;
    mem[10'b111001000] = 16'hf8f0;
    mem[10'b111001001] = 16'hf8fe;
    mem[10'b111001010] = 16'hf90b;
    mem[10'b111001011] = 16'hf919;
    mem[10'b111001100] = 16'hf926;
    mem[10'b111001101] = 16'hf934;
    mem[10'b111001110] = 16'hf941;
    mem[10'b111001111] = 16'hf94e;
    mem[10'b111010000] = 16'hf95b;
    mem[10'b111010001] = 16'hf968;
    mem[10'b111010010] = 16'hf975;
    mem[10'b111010011] = 16'hf981;
    mem[10'b111010100] = 16'hf98e;
    mem[10'b111010101] = 16'hf99a;
    mem[10'b111010110] = 16'hf9a7;
    mem[10'b111010111] = 16'hf9b3;
    mem[10'b111011000] = 16'hf9bf;
    mem[10'b111011001] = 16'hf9cc;
    mem[10'b111011010] = 16'hf9d8;
    mem[10'b111011011] = 16'hf9e4;
    mem[10'b111011100] = 16'hf9ef;
    mem[10'b111011101] = 16'hf9fb;
    mem[10'b111011110] = 16'hfa07;
    mem[10'b111011111] = 16'hfa13;
    mem[10'b111100000] = 16'hfa1e;
    mem[10'b111100001] = 16'hfa2a;
    mem[10'b111100010] = 16'hfa35;
    mem[10'b111100011] = 16'hfa40;
    mem[10'b111100100] = 16'hfa4b;
    mem[10'b111100101] = 16'hfa57;
    mem[10'b111100110] = 16'hfa62;
    mem[10'b111100111] = 16'hfa6d;
    mem[10'b111101000] = 16'hfa77;
    mem[10'b111101001] = 16'hfa82;
    mem[10'b111101010] = 16'hfa8d;
    mem[10'b111101011] = 16'hfa98;
    mem[10'b111101100] = 16'hfaa2;
    mem[10'b111101101] = 16'hfaad;
    mem[10'b111101110] = 16'hfab7;
    mem[10'b111101111] = 16'hfac1;
    mem[10'b111110000] = 16'hfacb;
    mem[10'b111110001] = 16'hfad6;
    mem[10'b111110010] = 16'hfae0;
    mem[10'b111110011] = 16'hfaea;
    mem[10'b111110100] = 16'hfaf4;
    mem[10'b111110101] = 16'hfafe;
    mem[10'b111110110] = 16'hfb07;
    mem[10'b111110111] = 16'hfb11;
    mem[10'b111111000] = 16'hfb1b;
    mem[10'b111111001] = 16'hfb24;
    mem[10'b111111010] = 16'hfb2e;
    mem[10'b111111011] = 16'hfb37;
    mem[10'b111111100] = 16'hfb41;
    mem[10'b111111101] = 16'hfb4a;
    mem[10'b111111110] = 16'hfb53;
    mem[10'b111111111] = 16'hfb5c;
    mem[10'b1000000000] = 16'hfb65;
    mem[10'b1000000001] = 16'hfb6e;
    mem[10'b1000000010] = 16'hfb77;
    mem[10'b1000000011] = 16'hfb80;
    mem[10'b1000000100] = 16'hfb89;
    mem[10'b1000000101] = 16'hfb92;
    mem[10'b1000000110] = 16'hfb9a;
    mem[10'b1000000111] = 16'hfba3;
    mem[10'b1000001000] = 16'hfbab;
    mem[10'b1000001001] = 16'hfbb4;
    mem[10'b1000001010] = 16'hfbbc;
    mem[10'b1000001011] = 16'hfbc5;
    mem[10'b1000001100] = 16'hfbcd;
    mem[10'b1000001101] = 16'hfbd5;
    mem[10'b1000001110] = 16'hfbdd;
    mem[10'b1000001111] = 16'hfbe6;
    mem[10'b1000010000] = 16'hfbee;
    mem[10'b1000010001] = 16'hfbf6;
    mem[10'b1000010010] = 16'hfbfd;
    mem[10'b1000010011] = 16'hfc05;
    mem[10'b1000010100] = 16'hfc0d;
    mem[10'b1000010101] = 16'hfc15;
    mem[10'b1000010110] = 16'hfc1d;
    mem[10'b1000010111] = 16'hfc24;
    mem[10'b1000011000] = 16'hfc2c;
    mem[10'b1000011001] = 16'hfc33;
    mem[10'b1000011010] = 16'hfc3b;
    mem[10'b1000011011] = 16'hfc42;
    mem[10'b1000011100] = 16'hfc49;
    mem[10'b1000011101] = 16'hfc51;
    mem[10'b1000011110] = 16'hfc58;
    mem[10'b1000011111] = 16'hfc5f;
    mem[10'b1000100000] = 16'hfc66;
    mem[10'b1000100001] = 16'hfc6d;
    mem[10'b1000100010] = 16'hfc74;
    mem[10'b1000100011] = 16'hfc7b;
    mem[10'b1000100100] = 16'hfc82;
    mem[10'b1000100101] = 16'hfc89;
    mem[10'b1000100110] = 16'hfc90;
    mem[10'b1000100111] = 16'hfc97;
    mem[10'b1000101000] = 16'hfc9d;
    mem[10'b1000101001] = 16'hfca4;
    mem[10'b1000101010] = 16'hfcab;
    mem[10'b1000101011] = 16'hfcb1;
    mem[10'b1000101100] = 16'hfcb8;
    mem[10'b1000101101] = 16'hfcbe;
    mem[10'b1000101110] = 16'hfcc5;
    mem[10'b1000101111] = 16'hfccb;
    mem[10'b1000110000] = 16'hfcd1;
    mem[10'b1000110001] = 16'hfcd8;
    mem[10'b1000110010] = 16'hfcde;
    mem[10'b1000110011] = 16'hfce4;
    mem[10'b1000110100] = 16'hfcea;
    mem[10'b1000110101] = 16'hfcf0;
    mem[10'b1000110110] = 16'hfcf6;
    mem[10'b1000110111] = 16'hfcfc;
    mem[10'b1000111000] = 16'hfd02;
    mem[10'b1000111001] = 16'hfd08;
    mem[10'b1000111010] = 16'hfd0e;
    mem[10'b1000111011] = 16'hfd14;
    mem[10'b1000111100] = 16'hfd19;
    mem[10'b1000111101] = 16'hfd1f;
    mem[10'b1000111110] = 16'hfd25;
    mem[10'b1000111111] = 16'hfd2a;
    mem[10'b1001000000] = 16'hfd30;
    mem[10'b1001000001] = 16'hfd36;
    mem[10'b1001000010] = 16'hfd3b;
    mem[10'b1001000011] = 16'hfd40;
    mem[10'b1001000100] = 16'hfd46;
    mem[10'b1001000101] = 16'hfd4b;
    mem[10'b1001000110] = 16'hfd51;
    mem[10'b1001000111] = 16'hfd56;
    mem[10'b1001001000] = 16'hfd5b;
    mem[10'b1001001001] = 16'hfd60;
    mem[10'b1001001010] = 16'hfd66;
    mem[10'b1001001011] = 16'hfd6b;
    mem[10'b1001001100] = 16'hfd70;
    mem[10'b1001001101] = 16'hfd75;
    mem[10'b1001001110] = 16'hfd7a;
    mem[10'b1001001111] = 16'hfd7f;
    mem[10'b1001010000] = 16'hfd84;
    mem[10'b1001010001] = 16'hfd89;
    mem[10'b1001010010] = 16'hfd8e;
    mem[10'b1001010011] = 16'hfd92;
    mem[10'b1001010100] = 16'hfd97;
    mem[10'b1001010101] = 16'hfd9c;
    mem[10'b1001010110] = 16'hfda1;
    mem[10'b1001010111] = 16'hfda5;
    mem[10'b1001011000] = 16'hfdaa;
    mem[10'b1001011001] = 16'hfdaf;
    mem[10'b1001011010] = 16'hfdb3;
    mem[10'b1001011011] = 16'hfdb8;
    mem[10'b1001011100] = 16'hfdbc;
    mem[10'b1001011101] = 16'hfdc1;
    mem[10'b1001011110] = 16'hfdc5;
    mem[10'b1001011111] = 16'hfdc9;
    mem[10'b1001100000] = 16'hfdce;
    mem[10'b1001100001] = 16'hfdd2;
    mem[10'b1001100010] = 16'hfdd7;
    mem[10'b1001100011] = 16'hfddb;
    mem[10'b1001100100] = 16'hfddf;
    mem[10'b1001100101] = 16'hfde3;
    mem[10'b1001100110] = 16'hfde7;
    mem[10'b1001100111] = 16'hfdec;
    mem[10'b1001101000] = 16'hfdf0;
    mem[10'b1001101001] = 16'hfdf4;
    mem[10'b1001101010] = 16'hfdf8;
    mem[10'b1001101011] = 16'hfdfc;
    mem[10'b1001101100] = 16'hfe00;
    mem[10'b1001101101] = 16'hfe04;
    mem[10'b1001101110] = 16'hfe08;
    mem[10'b1001101111] = 16'hfe0c;
    mem[10'b1001110000] = 16'hfe0f;
    mem[10'b1001110001] = 16'hfe13;
    mem[10'b1001110010] = 16'hfe17;
    mem[10'b1001110011] = 16'hfe1b;
    mem[10'b1001110100] = 16'hfe1f;
    mem[10'b1001110101] = 16'hfe22;
    mem[10'b1001110110] = 16'hfe26;
    mem[10'b1001110111] = 16'hfe2a;
    mem[10'b1001111000] = 16'hfe2d;
    mem[10'b1001111001] = 16'hfe31;
    mem[10'b1001111010] = 16'hfe34;
    mem[10'b1001111011] = 16'hfe38;
    mem[10'b1001111100] = 16'hfe3c;
    mem[10'b1001111101] = 16'hfe3f;
    mem[10'b1001111110] = 16'hfe43;
    mem[10'b1001111111] = 16'hfe46;
    mem[10'b1010000000] = 16'hfe49;
    mem[10'b1010000001] = 16'hfe4d;
    mem[10'b1010000010] = 16'hfe50;
    mem[10'b1010000011] = 16'hfe53;
    mem[10'b1010000100] = 16'hfe57;
    mem[10'b1010000101] = 16'hfe5a;
    mem[10'b1010000110] = 16'hfe5d;
    mem[10'b1010000111] = 16'hfe61;
    mem[10'b1010001000] = 16'hfe64;
    mem[10'b1010001001] = 16'hfe67;
    mem[10'b1010001010] = 16'hfe6a;
    mem[10'b1010001011] = 16'hfe6d;
    mem[10'b1010001100] = 16'hfe70;
    mem[10'b1010001101] = 16'hfe73;
    mem[10'b1010001110] = 16'hfe77;
    mem[10'b1010001111] = 16'hfe7a;
    mem[10'b1010010000] = 16'hfe7d;
    mem[10'b1010010001] = 16'hfe80;
    mem[10'b1010010010] = 16'hfe83;
    mem[10'b1010010011] = 16'hfe86;
    mem[10'b1010010100] = 16'hfe88;
    mem[10'b1010010101] = 16'hfe8b;
    mem[10'b1010010110] = 16'hfe8e;
    mem[10'b1010010111] = 16'hfe91;
    mem[10'b1010011000] = 16'hfe94;
    mem[10'b1010011001] = 16'hfe97;
    mem[10'b1010011010] = 16'hfe9a;
    mem[10'b1010011011] = 16'hfe9c;
    mem[10'b1010011100] = 16'hfe9f;
    mem[10'b1010011101] = 16'hfea2;
    mem[10'b1010011110] = 16'hfea5;
    mem[10'b1010011111] = 16'hfea7;
    mem[10'b1010100000] = 16'hfeaa;
    mem[10'b1010100001] = 16'hfead;
    mem[10'b1010100010] = 16'hfeaf;
    mem[10'b1010100011] = 16'hfeb2;
    mem[10'b1010100100] = 16'hfeb4;
    mem[10'b1010100101] = 16'hfeb7;
    mem[10'b1010100110] = 16'hfeb9;
    mem[10'b1010100111] = 16'hfebc;
    mem[10'b1010101000] = 16'hfebf;
    mem[10'b1010101001] = 16'hfec1;
    mem[10'b1010101010] = 16'hfec3;
    mem[10'b1010101011] = 16'hfec6;
    mem[10'b1010101100] = 16'hfec8;
    mem[10'b1010101101] = 16'hfecb;
    mem[10'b1010101110] = 16'hfecd;
    mem[10'b1010101111] = 16'hfed0;
    mem[10'b1010110000] = 16'hfed2;
    mem[10'b1010110001] = 16'hfed4;
    mem[10'b1010110010] = 16'hfed7;
    mem[10'b1010110011] = 16'hfed9;
    mem[10'b1010110100] = 16'hfedb;
    mem[10'b1010110101] = 16'hfedd;
    mem[10'b1010110110] = 16'hfee0;
    mem[10'b1010110111] = 16'hfee2;
    mem[10'b1010111000] = 16'hfee4;
    mem[10'b1010111001] = 16'hfee6;
    mem[10'b1010111010] = 16'hfee9;
    mem[10'b1010111011] = 16'hfeeb;
    mem[10'b1010111100] = 16'hfeed;
    mem[10'b1010111101] = 16'hfeef;
    mem[10'b1010111110] = 16'hfef1;
    mem[10'b1010111111] = 16'hfef3;
    mem[10'b1011000000] = 16'hfef5;
    mem[10'b1011000001] = 16'hfef7;
    mem[10'b1011000010] = 16'hfef9;
    mem[10'b1011000011] = 16'hfefb;
    mem[10'b1011000100] = 16'hfefd;
    mem[10'b1011000101] = 16'hfeff;
    mem[10'b1011000110] = 16'hff01;
    mem[10'b1011000111] = 16'hff03;
    mem[10'b1011001000] = 16'hff05;
    mem[10'b1011001001] = 16'hff07;
    mem[10'b1011001010] = 16'hff09;
    mem[10'b1011001011] = 16'hff0b;
    mem[10'b1011001100] = 16'hff0d;
    mem[10'b1011001101] = 16'hff0f;
    mem[10'b1011001110] = 16'hff11;
    mem[10'b1011001111] = 16'hff13;
    mem[10'b1011010000] = 16'hff14;
    mem[10'b1011010001] = 16'hff16;
    mem[10'b1011010010] = 16'hff18;
    mem[10'b1011010011] = 16'hff1a;
    mem[10'b1011010100] = 16'hff1c;
    mem[10'b1011010101] = 16'hff1d;
    mem[10'b1011010110] = 16'hff1f;
    mem[10'b1011010111] = 16'hff21;
    mem[10'b1011011000] = 16'hff23;
    mem[10'b1011011001] = 16'hff24;
    mem[10'b1011011010] = 16'hff26;
    mem[10'b1011011011] = 16'hff28;
    mem[10'b1011011100] = 16'hff29;
    mem[10'b1011011101] = 16'hff2b;
    mem[10'b1011011110] = 16'hff2d;
    mem[10'b1011011111] = 16'hff2e;
    mem[10'b1011100000] = 16'hff30;
    mem[10'b1011100001] = 16'hff32;
    mem[10'b1011100010] = 16'hff33;
    mem[10'b1011100011] = 16'hff35;
    mem[10'b1011100100] = 16'hff36;
    mem[10'b1011100101] = 16'hff38;
    mem[10'b1011100110] = 16'hff3a;
    mem[10'b1011100111] = 16'hff3b;
    mem[10'b1011101000] = 16'hff3d;
    mem[10'b1011101001] = 16'hff3e;
    mem[10'b1011101010] = 16'hff40;
    mem[10'b1011101011] = 16'hff41;
    mem[10'b1011101100] = 16'hff43;
    mem[10'b1011101101] = 16'hff44;
    mem[10'b1011101110] = 16'hff46;
    mem[10'b1011101111] = 16'hff47;
    mem[10'b1011110000] = 16'hff48;
    mem[10'b1011110001] = 16'hff4a;
    mem[10'b1011110010] = 16'hff4b;
    mem[10'b1011110011] = 16'hff4d;
    mem[10'b1011110100] = 16'hff4e;
    mem[10'b1011110101] = 16'hff4f;
    mem[10'b1011110110] = 16'hff51;
    mem[10'b1011110111] = 16'hff52;
    mem[10'b1011111000] = 16'hff54;
    mem[10'b1011111001] = 16'hff55;
    mem[10'b1011111010] = 16'hff56;
    mem[10'b1011111011] = 16'hff58;
    mem[10'b1011111100] = 16'hff59;
    mem[10'b1011111101] = 16'hff5a;
    mem[10'b1011111110] = 16'hff5b;
    mem[10'b1011111111] = 16'hff5d;
    mem[10'b1100000000] = 16'hff5e;
    mem[10'b1100000001] = 16'hff5f;
    mem[10'b1100000010] = 16'hff60;
    mem[10'b1100000011] = 16'hff62;
    mem[10'b1100000100] = 16'hff63;
    mem[10'b1100000101] = 16'hff64;
    mem[10'b1100000110] = 16'hff65;
    mem[10'b1100000111] = 16'hff67;
    mem[10'b1100001000] = 16'hff68;
    mem[10'b1100001001] = 16'hff69;
    mem[10'b1100001010] = 16'hff6a;
    mem[10'b1100001011] = 16'hff6b;
    mem[10'b1100001100] = 16'hff6c;
    mem[10'b1100001101] = 16'hff6e;
    mem[10'b1100001110] = 16'hff6f;
    mem[10'b1100001111] = 16'hff70;
    mem[10'b1100010000] = 16'hff71;
    mem[10'b1100010001] = 16'hff72;
    mem[10'b1100010010] = 16'hff73;
    mem[10'b1100010011] = 16'hff74;
    mem[10'b1100010100] = 16'hff75;
    mem[10'b1100010101] = 16'hff76;
    mem[10'b1100010110] = 16'hff77;
    mem[10'b1100010111] = 16'hff79;
    mem[10'b1100011000] = 16'hff7a;
    mem[10'b1100011001] = 16'hff7b;
    mem[10'b1100011010] = 16'hff7c;
    mem[10'b1100011011] = 16'hff7d;
    mem[10'b1100011100] = 16'hff7e;
    mem[10'b1100011101] = 16'hff7f;
    mem[10'b1100011110] = 16'hff80;
    mem[10'b1100011111] = 16'hff81;
    mem[10'b1100100000] = 16'hff82;
    mem[10'b1100100001] = 16'hff83;
    mem[10'b1100100010] = 16'hff84;
    mem[10'b1100100011] = 16'hff85;
    mem[10'b1100100100] = 16'hff86;
    mem[10'b1100100101] = 16'hff87;
    mem[10'b1100100110] = 16'hff88;
    mem[10'b1100100111] = 16'hff88;
    mem[10'b1100101000] = 16'hff89;
    mem[10'b1100101001] = 16'hff8a;
    mem[10'b1100101010] = 16'hff8b;
    mem[10'b1100101011] = 16'hff8c;
    mem[10'b1100101100] = 16'hff8d;
    mem[10'b1100101101] = 16'hff8e;
    mem[10'b1100101110] = 16'hff8f;
    mem[10'b1100101111] = 16'hff90;
    mem[10'b1100110000] = 16'hff91;
    mem[10'b1100110001] = 16'hff91;
    mem[10'b1100110010] = 16'hff92;
    mem[10'b1100110011] = 16'hff93;
    mem[10'b1100110100] = 16'hff94;
    mem[10'b1100110101] = 16'hff95;
    mem[10'b1100110110] = 16'hff96;
    mem[10'b1100110111] = 16'hff96;
    mem[10'b1100111000] = 16'hff97;
    mem[10'b1100111001] = 16'hff98;
    mem[10'b1100111010] = 16'hff99;
    mem[10'b1100111011] = 16'hff9a;
    mem[10'b1100111100] = 16'hff9b;
    mem[10'b1100111101] = 16'hff9b;
    mem[10'b1100111110] = 16'hff9c;
    mem[10'b1100111111] = 16'hff9d;
    mem[10'b1101000000] = 16'hff9e;
    mem[10'b1101000001] = 16'hff9e;
    mem[10'b1101000010] = 16'hff9f;
    mem[10'b1101000011] = 16'hffa0;
    mem[10'b1101000100] = 16'hffa1;
    mem[10'b1101000101] = 16'hffa1;
    mem[10'b1101000110] = 16'hffa2;
    mem[10'b1101000111] = 16'hffa3;
    mem[10'b1101001000] = 16'hffa4;
    mem[10'b1101001001] = 16'hffa4;
    mem[10'b1101001010] = 16'hffa5;
    mem[10'b1101001011] = 16'hffa6;
    mem[10'b1101001100] = 16'hffa6;
    mem[10'b1101001101] = 16'hffa7;
    mem[10'b1101001110] = 16'hffa8;
    mem[10'b1101001111] = 16'hffa8;
    mem[10'b1101010000] = 16'hffa9;
    mem[10'b1101010001] = 16'hffaa;
    mem[10'b1101010010] = 16'hffab;
    mem[10'b1101010011] = 16'hffab;
    mem[10'b1101010100] = 16'hffac;
    mem[10'b1101010101] = 16'hffac;
    mem[10'b1101010110] = 16'hffad;
    mem[10'b1101010111] = 16'hffae;
    mem[10'b1101011000] = 16'hffae;
    mem[10'b1101011001] = 16'hffaf;
    mem[10'b1101011010] = 16'hffb0;
    mem[10'b1101011011] = 16'hffb0;
    mem[10'b1101011100] = 16'hffb1;
    mem[10'b1101011101] = 16'hffb2;
    mem[10'b1101011110] = 16'hffb2;
    mem[10'b1101011111] = 16'hffb3;
    mem[10'b1101100000] = 16'hffb3;
    mem[10'b1101100001] = 16'hffb4;
    mem[10'b1101100010] = 16'hffb5;
    mem[10'b1101100011] = 16'hffb5;
    mem[10'b1101100100] = 16'hffb6;
    mem[10'b1101100101] = 16'hffb6;
    mem[10'b1101100110] = 16'hffb7;
    mem[10'b1101100111] = 16'hffb7;
    mem[10'b1101101000] = 16'hffb8;
    mem[10'b1101101001] = 16'hffb9;
    mem[10'b1101101010] = 16'hffb9;
    mem[10'b1101101011] = 16'hffba;
    mem[10'b1101101100] = 16'hffba;
    mem[10'b1101101101] = 16'hffbb;
    mem[10'b1101101110] = 16'hffbb;
    mem[10'b1101101111] = 16'hffbc;
    mem[10'b1101110000] = 16'hffbc;
    mem[10'b1101110001] = 16'hffbd;
    mem[10'b1101110010] = 16'hffbd;
    mem[10'b1101110011] = 16'hffbe;
    mem[10'b1101110100] = 16'hffbe;
    mem[10'b1101110101] = 16'hffbf;
    mem[10'b1101110110] = 16'hffbf;
    mem[10'b1101110111] = 16'hffc0;
    mem[10'b1101111000] = 16'hffc0;
    mem[10'b1101111001] = 16'hffc1;
    mem[10'b1101111010] = 16'hffc1;
    mem[10'b1101111011] = 16'hffc2;
    mem[10'b1101111100] = 16'hffc2;
    mem[10'b1101111101] = 16'hffc3;
    mem[10'b1101111110] = 16'hffc3;
    mem[10'b1101111111] = 16'hffc4;
    mem[10'b1110000000] = 16'hffc4;
    mem[10'b1110000001] = 16'hffc5;
    mem[10'b1110000010] = 16'hffc5;
    mem[10'b1110000011] = 16'hffc6;
    mem[10'b1110000100] = 16'hffc6;
    mem[10'b1110000101] = 16'hffc7;
    mem[10'b1110000110] = 16'hffc7;
    mem[10'b1110000111] = 16'hffc7;
    mem[10'b1110001000] = 16'hffc8;
    mem[10'b1110001001] = 16'hffc8;
    mem[10'b1110001010] = 16'hffc9;
    mem[10'b1110001011] = 16'hffc9;
    mem[10'b1110001100] = 16'hffca;
    mem[10'b1110001101] = 16'hffca;
    mem[10'b1110001110] = 16'hffca;
    mem[10'b1110001111] = 16'hffcb;
    mem[10'b1110010000] = 16'hffcb;
    mem[10'b1110010001] = 16'hffcc;
    mem[10'b1110010010] = 16'hffcc;
    mem[10'b1110010011] = 16'hffcd;
    mem[10'b1110010100] = 16'hffcd;
    mem[10'b1110010101] = 16'hffcd;
    mem[10'b1110010110] = 16'hffce;
    mem[10'b1110010111] = 16'hffce;
    mem[10'b1110011000] = 16'hffce;
    mem[10'b1110011001] = 16'hffcf;
    mem[10'b1110011010] = 16'hffcf;
    mem[10'b1110011011] = 16'hffd0;
    mem[10'b1110011100] = 16'hffd0;
    mem[10'b1110011101] = 16'hffd0;
    mem[10'b1110011110] = 16'hffd1;
    mem[10'b1110011111] = 16'hffd1;
    mem[10'b1110100000] = 16'hffd1;
    mem[10'b1110100001] = 16'hffd2;
    mem[10'b1110100010] = 16'hffd2;
    mem[10'b1110100011] = 16'hffd3;
    mem[10'b1110100100] = 16'hffd3;
    mem[10'b1110100101] = 16'hffd3;
    mem[10'b1110100110] = 16'hffd4;
    mem[10'b1110100111] = 16'hffd4;
    mem[10'b1110101000] = 16'hffd4;
    mem[10'b1110101001] = 16'hffd5;
    mem[10'b1110101010] = 16'hffd5;
    mem[10'b1110101011] = 16'hffd5;
    mem[10'b1110101100] = 16'hffd6;
    mem[10'b1110101101] = 16'hffd6;
    mem[10'b1110101110] = 16'hffd6;
    mem[10'b1110101111] = 16'hffd7;
    mem[10'b1110110000] = 16'hffd7;
    mem[10'b1110110001] = 16'hffd7;
    mem[10'b1110110010] = 16'hffd8;
    mem[10'b1110110011] = 16'hffd8;
    mem[10'b1110110100] = 16'hffd8;
    mem[10'b1110110101] = 16'hffd9;
    mem[10'b1110110110] = 16'hffd9;
    mem[10'b1110110111] = 16'hffd9;
    mem[10'b1110111000] = 16'hffd9;
    mem[10'b1110111001] = 16'hffda;
    mem[10'b1110111010] = 16'hffda;
    mem[10'b1110111011] = 16'hffda;
    mem[10'b1110111100] = 16'hffdb;
    mem[10'b1110111101] = 16'hffdb;
    mem[10'b1110111110] = 16'hffdb;
    mem[10'b1110111111] = 16'hffdb;
    mem[10'b1111000000] = 16'hffdc;
    mem[10'b1111000001] = 16'hffdc;
    mem[10'b1111000010] = 16'hffdc;
    mem[10'b1111000011] = 16'hffdd;
    mem[10'b1111000100] = 16'hffdd;
    mem[10'b1111000101] = 16'hffdd;
    mem[10'b1111000110] = 16'hffdd;
    mem[10'b1111000111] = 16'hffde;
    mem[10'b1111001000] = 16'hffde;
    mem[10'b1111001001] = 16'hffde;
    mem[10'b1111001010] = 16'hffde;
    mem[10'b1111001011] = 16'hffdf;
    mem[10'b1111001100] = 16'hffdf;
    mem[10'b1111001101] = 16'hffdf;
    mem[10'b1111001110] = 16'hffe0;
    mem[10'b1111001111] = 16'hffe0;
    mem[10'b1111010000] = 16'hffe0;
    mem[10'b1111010001] = 16'hffe0;
    mem[10'b1111010010] = 16'hffe1;
    mem[10'b1111010011] = 16'hffe1;
    mem[10'b1111010100] = 16'hffe1;
    mem[10'b1111010101] = 16'hffe1;
    mem[10'b1111010110] = 16'hffe1;
    mem[10'b1111010111] = 16'hffe2;
    mem[10'b1111011000] = 16'hffe2;
    mem[10'b1111011001] = 16'hffe2;
    mem[10'b1111011010] = 16'hffe2;
    mem[10'b1111011011] = 16'hffe3;
    mem[10'b1111011100] = 16'hffe3;
    mem[10'b1111011101] = 16'hffe3;
    mem[10'b1111011110] = 16'hffe3;
    mem[10'b1111011111] = 16'hffe4;
    mem[10'b1111100000] = 16'hffe4;
    mem[10'b1111100001] = 16'hffe4;
    mem[10'b1111100010] = 16'hffe4;
    mem[10'b1111100011] = 16'hffe4;
    mem[10'b1111100100] = 16'hffe5;
    mem[10'b1111100101] = 16'hffe5;
    mem[10'b1111100110] = 16'hffe5;
    mem[10'b1111100111] = 16'hffe5;
    mem[10'b1111101000] = 16'hffe5;
    mem[10'b1111101001] = 16'hffe6;
    mem[10'b1111101010] = 16'hffe6;
    mem[10'b1111101011] = 16'hffe6;
    mem[10'b1111101100] = 16'hffe6;
    mem[10'b1111101101] = 16'hffe7;
    mem[10'b1111101110] = 16'hffe7;
    mem[10'b1111101111] = 16'hffe7;
    mem[10'b1111110000] = 16'hffe7;
    mem[10'b1111110001] = 16'hffe7;
    mem[10'b1111110010] = 16'hffe7;
    mem[10'b1111110011] = 16'hffe8;
    mem[10'b1111110100] = 16'hffe8;
    mem[10'b1111110101] = 16'hffe8;
    mem[10'b1111110110] = 16'hffe8;
    mem[10'b1111110111] = 16'hffe8;
    mem[10'b1111111000] = 16'hffe9;
    mem[10'b1111111001] = 16'hffe9;
    mem[10'b1111111010] = 16'hffe9;
    mem[10'b1111111011] = 16'hffe9;
    mem[10'b1111111100] = 16'hffe9;
    mem[10'b1111111101] = 16'hffea;
    mem[10'b1111111110] = 16'hffea;
    mem[10'b1111111111] = 16'hffea;
    end

    always @(posedge clock) begin
       data <= mem[address];
    end
endmodule // top$chip$lanes$3$pbit$thresholds


module top$chip$lanes$3$rng(clock,seed,load,step,state,draw);

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
    top$chip$lanes$3$rng$state_reg state_reg(
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

endmodule // top$chip$lanes$3$rng


module top$chip$lanes$3$rng$state_reg(d,q,clock);

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

endmodule // top$chip$lanes$3$rng$state_reg


module top$chip$lanes$3$start_q(d,q,clock);

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

endmodule // top$chip$lanes$3$start_q


module top$chip$lanes$3$step_1(d,q,clock);

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

endmodule // top$chip$lanes$3$step_1


module top$chip$lanes$3$step_2(d,q,clock);

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

endmodule // top$chip$lanes$3$step_2


module top$chip$lanes$3$valid_q(d,q,clock);

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

endmodule // top$chip$lanes$3$valid_q


module top$chip$pos_ext_sum(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{7{1'b0}}, narrow};
endmodule // top$chip$pos_ext_sum


module top$chip$rd_group_ext_sum(narrow,wide);

    // Module arguments
    input wire  [6:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{8{1'b0}}, narrow};
endmodule // top$chip$rd_group_ext_sum


module top$chip$rd_lane_q(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$rd_lane_q


module top$chip$rd_pos_ext_sum(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{7{1'b0}}, narrow};
endmodule // top$chip$rd_pos_ext_sum


module top$chip$rd_q(d,q,clock);

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

endmodule // top$chip$rd_q


module top$chip$rd_reg_q(d,q,clock);

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

endmodule // top$chip$rd_reg_q


module top$chip$rd_sign_q(d,q,clock);

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

endmodule // top$chip$rd_sign_q


module top$chip$rd_sum_q(d,q,clock);

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

endmodule // top$chip$rd_sum_q


module top$chip$s0(clock,rd_channel,rd_pos,rd_spin,wr_en,wr_pos,wr_group,wr_mask,wr_spins,host_wr_en,host_rd_en,host_addr,host_data,host_rd_data);

    // Module arguments
    input wire  clock;
    input wire  [6:0] rd_channel;
    input wire  [7:0] rd_pos;
    output reg  rd_spin;
    input wire  wr_en;
    input wire  [7:0] wr_pos;
    input wire  [6:0] wr_group;
    input wire  [3:0] wr_mask;
    input wire  [3:0] wr_spins;
    input wire  host_wr_en;
    input wire  host_rd_en;
    input wire  [14:0] host_addr;
    input wire  [3:0] host_data;
    output reg  [3:0] host_rd_data;

    // Constant declarations
    localparam  lane_shift = 3'b10;
    localparam  lane_mask = 7'b11;
    localparam  group_offset = 4'h8;
    localparam  all_lanes = 4'hf;
    localparam  lowest_lane = 4'h1;

    // Stub signals
    reg  words$clock;
    reg  [6:0] words$read_group;
    reg  [7:0] words$read_pos;
    wire  [3:0] words$read_data;
    reg  [6:0] words$write_group;
    reg  [7:0] words$write_pos;
    reg  [3:0] words$write_data;
    reg  words$write_enable;
    reg  [6:0] read_group_q$d;
    wire  [6:0] read_group_q$q;
    reg  read_group_q$clock;
    reg  [7:0] read_pos_q$d;
    wire  [7:0] read_pos_q$q;
    reg  read_pos_q$clock;
    reg  [6:0] lane_q$d;
    wire  [6:0] lane_q$q;
    reg  lane_q$clock;
    reg  pend_valid$d;
    wire  pend_valid$q;
    reg  pend_valid$clock;
    reg  [6:0] pend_group$d;
    wire  [6:0] pend_group$q;
    reg  pend_group$clock;
    reg  [7:0] pend_pos$d;
    wire  [7:0] pend_pos$q;
    reg  pend_pos$clock;
    reg  [3:0] pend_mask$d;
    wire  [3:0] pend_mask$q;
    reg  pend_mask$clock;
    reg  [3:0] pend_data$d;
    wire  [3:0] pend_data$q;
    reg  pend_data$clock;
    reg  written_valid$d;
    wire  written_valid$q;
    reg  written_valid$clock;
    reg  [6:0] written_group$d;
    wire  [6:0] written_group$q;
    reg  written_group$clock;
    reg  [7:0] written_pos$d;
    wire  [7:0] written_pos$q;
    reg  written_pos$clock;
    reg  [3:0] written_word$d;
    wire  [3:0] written_word$q;
    reg  written_word$clock;

    // Local signals
    reg  [6:0] read_group;
    reg  [7:0] read_pos;
    reg  [3:0] current;
    reg  [3:0] merged;
    reg  [3:0] shifted;

    // Sub module instances
    top$chip$s0$words words(
        .clock(words$clock),
        .read_group(words$read_group),
        .read_pos(words$read_pos),
        .read_data(words$read_data),
        .write_group(words$write_group),
        .write_pos(words$write_pos),
        .write_data(words$write_data),
        .write_enable(words$write_enable)
    );
    top$chip$s0$read_group_q read_group_q(
        .d(read_group_q$d),
        .q(read_group_q$q),
        .clock(read_group_q$clock)
    );
    top$chip$s0$read_pos_q read_pos_q(
        .d(read_pos_q$d),
        .q(read_pos_q$q),
        .clock(read_pos_q$clock)
    );
    top$chip$s0$lane_q lane_q(
        .d(lane_q$d),
        .q(lane_q$q),
        .clock(lane_q$clock)
    );
    top$chip$s0$pend_valid pend_valid(
        .d(pend_valid$d),
        .q(pend_valid$q),
        .clock(pend_valid$clock)
    );
    top$chip$s0$pend_group pend_group(
        .d(pend_group$d),
        .q(pend_group$q),
        .clock(pend_group$clock)
    );
    top$chip$s0$pend_pos pend_pos(
        .d(pend_pos$d),
        .q(pend_pos$q),
        .clock(pend_pos$clock)
    );
    top$chip$s0$pend_mask pend_mask(
        .d(pend_mask$d),
        .q(pend_mask$q),
        .clock(pend_mask$clock)
    );
    top$chip$s0$pend_data pend_data(
        .d(pend_data$d),
        .q(pend_data$q),
        .clock(pend_data$clock)
    );
    top$chip$s0$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$chip$s0$written_group written_group(
        .d(written_group$d),
        .q(written_group$q),
        .clock(written_group$clock)
    );
    top$chip$s0$written_pos written_pos(
        .d(written_pos$d),
        .q(written_pos$q),
        .clock(written_pos$clock)
    );
    top$chip$s0$written_word written_word(
        .d(written_word$d),
        .q(written_word$q),
        .clock(written_word$clock)
    );

    // Update code
    always @(*) begin
        words$clock = clock;
        read_group_q$clock = clock;
        read_pos_q$clock = clock;
        lane_q$clock = clock;
        pend_valid$clock = clock;
        pend_group$clock = clock;
        pend_pos$clock = clock;
        pend_mask$clock = clock;
        pend_data$clock = clock;
        written_valid$clock = clock;
        written_group$clock = clock;
        written_pos$clock = clock;
        written_word$clock = clock;
        read_group_q$d = read_group_q$q;
        read_pos_q$d = read_pos_q$q;
        lane_q$d = lane_q$q;
        pend_valid$d = pend_valid$q;
        pend_group$d = pend_group$q;
        pend_pos$d = pend_pos$q;
        pend_mask$d = pend_mask$q;
        pend_data$d = pend_data$q;
        written_valid$d = written_valid$q;
        written_group$d = written_group$q;
        written_pos$d = written_pos$q;
        written_word$d = written_word$q;
        read_group = rd_channel >> lane_shift;
        read_pos = rd_pos;
        if (host_rd_en) begin
            read_group = host_addr[(group_offset)+:(7)];
            read_pos = host_addr[(32'h0)+:(8)];
        end
        if (wr_en) begin
            read_group = wr_group;
            read_pos = wr_pos;
        end
        words$read_group = read_group;
        words$read_pos = read_pos;
        read_group_q$d = read_group;
        read_pos_q$d = read_pos;
        lane_q$d = rd_channel & lane_mask;
        pend_valid$d = wr_en | host_wr_en;
        pend_group$d = host_addr[(group_offset)+:(7)];
        pend_pos$d = host_addr[(32'h0)+:(8)];
        pend_mask$d = all_lanes;
        pend_data$d = host_data;
        if (wr_en) begin
            pend_group$d = wr_group;
            pend_pos$d = wr_pos;
            pend_mask$d = wr_mask;
            pend_data$d = wr_spins;
        end
        current = words$read_data;
        if (written_valid$q & (written_group$q == read_group_q$q) & (written_pos$q == read_pos_q$q)) begin
            current = written_word$q;
        end
        merged = (current & ~pend_mask$q) | (pend_data$q & pend_mask$q);
        words$write_enable = pend_valid$q;
        words$write_group = pend_group$q;
        words$write_pos = pend_pos$q;
        words$write_data = merged;
        written_valid$d = pend_valid$q;
        written_group$d = pend_group$q;
        written_pos$d = pend_pos$q;
        written_word$d = merged;
        host_rd_data = current;
        shifted = current >> lane_q$q;
        rd_spin = |(shifted & lowest_lane);
    end

endmodule // top$chip$s0


module top$chip$s0$lane_q(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s0$lane_q


module top$chip$s0$pend_data(d,q,clock);

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

endmodule // top$chip$s0$pend_data


module top$chip$s0$pend_group(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s0$pend_group


module top$chip$s0$pend_mask(d,q,clock);

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

endmodule // top$chip$s0$pend_mask


module top$chip$s0$pend_pos(d,q,clock);

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

endmodule // top$chip$s0$pend_pos


module top$chip$s0$pend_valid(d,q,clock);

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

endmodule // top$chip$s0$pend_valid


module top$chip$s0$read_group_q(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s0$read_group_q


module top$chip$s0$read_pos_q(d,q,clock);

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

endmodule // top$chip$s0$read_pos_q


module top$chip$s0$words(clock,read_group,read_pos,read_data,write_group,write_pos,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [6:0] read_group;
    input wire  [7:0] read_pos;
    output reg  [3:0] read_data;
    input wire  [6:0] write_group;
    input wire  [7:0] write_pos;
    input wire  [3:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [3:0] mem [0:127];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_group[6:1], read_pos[7:6], write_group[6:1], write_pos[7:6]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[{read_group[0:0], read_pos[5:0]}];
       if (write_enable) begin
          mem[{write_group[0:0], write_pos[5:0]}] <= write_data;
       end
    end
endmodule // top$chip$s0$words


module top$chip$s0$written_group(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s0$written_group


module top$chip$s0$written_pos(d,q,clock);

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

endmodule // top$chip$s0$written_pos


module top$chip$s0$written_valid(d,q,clock);

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

endmodule // top$chip$s0$written_valid


module top$chip$s0$written_word(d,q,clock);

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

endmodule // top$chip$s0$written_word


module top$chip$s1(clock,rd_channel,rd_pos,rd_spin,wr_en,wr_pos,wr_group,wr_mask,wr_spins,host_wr_en,host_rd_en,host_addr,host_data,host_rd_data);

    // Module arguments
    input wire  clock;
    input wire  [6:0] rd_channel;
    input wire  [7:0] rd_pos;
    output reg  rd_spin;
    input wire  wr_en;
    input wire  [7:0] wr_pos;
    input wire  [6:0] wr_group;
    input wire  [3:0] wr_mask;
    input wire  [3:0] wr_spins;
    input wire  host_wr_en;
    input wire  host_rd_en;
    input wire  [14:0] host_addr;
    input wire  [3:0] host_data;
    output reg  [3:0] host_rd_data;

    // Constant declarations
    localparam  lane_shift = 3'b10;
    localparam  lane_mask = 7'b11;
    localparam  group_offset = 4'h8;
    localparam  all_lanes = 4'hf;
    localparam  lowest_lane = 4'h1;

    // Stub signals
    reg  words$clock;
    reg  [6:0] words$read_group;
    reg  [7:0] words$read_pos;
    wire  [3:0] words$read_data;
    reg  [6:0] words$write_group;
    reg  [7:0] words$write_pos;
    reg  [3:0] words$write_data;
    reg  words$write_enable;
    reg  [6:0] read_group_q$d;
    wire  [6:0] read_group_q$q;
    reg  read_group_q$clock;
    reg  [7:0] read_pos_q$d;
    wire  [7:0] read_pos_q$q;
    reg  read_pos_q$clock;
    reg  [6:0] lane_q$d;
    wire  [6:0] lane_q$q;
    reg  lane_q$clock;
    reg  pend_valid$d;
    wire  pend_valid$q;
    reg  pend_valid$clock;
    reg  [6:0] pend_group$d;
    wire  [6:0] pend_group$q;
    reg  pend_group$clock;
    reg  [7:0] pend_pos$d;
    wire  [7:0] pend_pos$q;
    reg  pend_pos$clock;
    reg  [3:0] pend_mask$d;
    wire  [3:0] pend_mask$q;
    reg  pend_mask$clock;
    reg  [3:0] pend_data$d;
    wire  [3:0] pend_data$q;
    reg  pend_data$clock;
    reg  written_valid$d;
    wire  written_valid$q;
    reg  written_valid$clock;
    reg  [6:0] written_group$d;
    wire  [6:0] written_group$q;
    reg  written_group$clock;
    reg  [7:0] written_pos$d;
    wire  [7:0] written_pos$q;
    reg  written_pos$clock;
    reg  [3:0] written_word$d;
    wire  [3:0] written_word$q;
    reg  written_word$clock;

    // Local signals
    reg  [6:0] read_group;
    reg  [7:0] read_pos;
    reg  [3:0] current;
    reg  [3:0] merged;
    reg  [3:0] shifted;

    // Sub module instances
    top$chip$s1$words words(
        .clock(words$clock),
        .read_group(words$read_group),
        .read_pos(words$read_pos),
        .read_data(words$read_data),
        .write_group(words$write_group),
        .write_pos(words$write_pos),
        .write_data(words$write_data),
        .write_enable(words$write_enable)
    );
    top$chip$s1$read_group_q read_group_q(
        .d(read_group_q$d),
        .q(read_group_q$q),
        .clock(read_group_q$clock)
    );
    top$chip$s1$read_pos_q read_pos_q(
        .d(read_pos_q$d),
        .q(read_pos_q$q),
        .clock(read_pos_q$clock)
    );
    top$chip$s1$lane_q lane_q(
        .d(lane_q$d),
        .q(lane_q$q),
        .clock(lane_q$clock)
    );
    top$chip$s1$pend_valid pend_valid(
        .d(pend_valid$d),
        .q(pend_valid$q),
        .clock(pend_valid$clock)
    );
    top$chip$s1$pend_group pend_group(
        .d(pend_group$d),
        .q(pend_group$q),
        .clock(pend_group$clock)
    );
    top$chip$s1$pend_pos pend_pos(
        .d(pend_pos$d),
        .q(pend_pos$q),
        .clock(pend_pos$clock)
    );
    top$chip$s1$pend_mask pend_mask(
        .d(pend_mask$d),
        .q(pend_mask$q),
        .clock(pend_mask$clock)
    );
    top$chip$s1$pend_data pend_data(
        .d(pend_data$d),
        .q(pend_data$q),
        .clock(pend_data$clock)
    );
    top$chip$s1$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$chip$s1$written_group written_group(
        .d(written_group$d),
        .q(written_group$q),
        .clock(written_group$clock)
    );
    top$chip$s1$written_pos written_pos(
        .d(written_pos$d),
        .q(written_pos$q),
        .clock(written_pos$clock)
    );
    top$chip$s1$written_word written_word(
        .d(written_word$d),
        .q(written_word$q),
        .clock(written_word$clock)
    );

    // Update code
    always @(*) begin
        words$clock = clock;
        read_group_q$clock = clock;
        read_pos_q$clock = clock;
        lane_q$clock = clock;
        pend_valid$clock = clock;
        pend_group$clock = clock;
        pend_pos$clock = clock;
        pend_mask$clock = clock;
        pend_data$clock = clock;
        written_valid$clock = clock;
        written_group$clock = clock;
        written_pos$clock = clock;
        written_word$clock = clock;
        read_group_q$d = read_group_q$q;
        read_pos_q$d = read_pos_q$q;
        lane_q$d = lane_q$q;
        pend_valid$d = pend_valid$q;
        pend_group$d = pend_group$q;
        pend_pos$d = pend_pos$q;
        pend_mask$d = pend_mask$q;
        pend_data$d = pend_data$q;
        written_valid$d = written_valid$q;
        written_group$d = written_group$q;
        written_pos$d = written_pos$q;
        written_word$d = written_word$q;
        read_group = rd_channel >> lane_shift;
        read_pos = rd_pos;
        if (host_rd_en) begin
            read_group = host_addr[(group_offset)+:(7)];
            read_pos = host_addr[(32'h0)+:(8)];
        end
        if (wr_en) begin
            read_group = wr_group;
            read_pos = wr_pos;
        end
        words$read_group = read_group;
        words$read_pos = read_pos;
        read_group_q$d = read_group;
        read_pos_q$d = read_pos;
        lane_q$d = rd_channel & lane_mask;
        pend_valid$d = wr_en | host_wr_en;
        pend_group$d = host_addr[(group_offset)+:(7)];
        pend_pos$d = host_addr[(32'h0)+:(8)];
        pend_mask$d = all_lanes;
        pend_data$d = host_data;
        if (wr_en) begin
            pend_group$d = wr_group;
            pend_pos$d = wr_pos;
            pend_mask$d = wr_mask;
            pend_data$d = wr_spins;
        end
        current = words$read_data;
        if (written_valid$q & (written_group$q == read_group_q$q) & (written_pos$q == read_pos_q$q)) begin
            current = written_word$q;
        end
        merged = (current & ~pend_mask$q) | (pend_data$q & pend_mask$q);
        words$write_enable = pend_valid$q;
        words$write_group = pend_group$q;
        words$write_pos = pend_pos$q;
        words$write_data = merged;
        written_valid$d = pend_valid$q;
        written_group$d = pend_group$q;
        written_pos$d = pend_pos$q;
        written_word$d = merged;
        host_rd_data = current;
        shifted = current >> lane_q$q;
        rd_spin = |(shifted & lowest_lane);
    end

endmodule // top$chip$s1


module top$chip$s1$lane_q(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s1$lane_q


module top$chip$s1$pend_data(d,q,clock);

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

endmodule // top$chip$s1$pend_data


module top$chip$s1$pend_group(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s1$pend_group


module top$chip$s1$pend_mask(d,q,clock);

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

endmodule // top$chip$s1$pend_mask


module top$chip$s1$pend_pos(d,q,clock);

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

endmodule // top$chip$s1$pend_pos


module top$chip$s1$pend_valid(d,q,clock);

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

endmodule // top$chip$s1$pend_valid


module top$chip$s1$read_group_q(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s1$read_group_q


module top$chip$s1$read_pos_q(d,q,clock);

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

endmodule // top$chip$s1$read_pos_q


module top$chip$s1$words(clock,read_group,read_pos,read_data,write_group,write_pos,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [6:0] read_group;
    input wire  [7:0] read_pos;
    output reg  [3:0] read_data;
    input wire  [6:0] write_group;
    input wire  [7:0] write_pos;
    input wire  [3:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [3:0] mem [0:255];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_group[6:2], read_pos[7:6], write_group[6:2], write_pos[7:6]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[{read_group[1:0], read_pos[5:0]}];
       if (write_enable) begin
          mem[{write_group[1:0], write_pos[5:0]}] <= write_data;
       end
    end
endmodule // top$chip$s1$words


module top$chip$s1$written_group(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s1$written_group


module top$chip$s1$written_pos(d,q,clock);

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

endmodule // top$chip$s1$written_pos


module top$chip$s1$written_valid(d,q,clock);

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

endmodule // top$chip$s1$written_valid


module top$chip$s1$written_word(d,q,clock);

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

endmodule // top$chip$s1$written_word


module top$chip$s2(clock,rd_channel,rd_pos,rd_spin,wr_en,wr_pos,wr_group,wr_mask,wr_spins,host_wr_en,host_rd_en,host_addr,host_data,host_rd_data);

    // Module arguments
    input wire  clock;
    input wire  [6:0] rd_channel;
    input wire  [7:0] rd_pos;
    output reg  rd_spin;
    input wire  wr_en;
    input wire  [7:0] wr_pos;
    input wire  [6:0] wr_group;
    input wire  [3:0] wr_mask;
    input wire  [3:0] wr_spins;
    input wire  host_wr_en;
    input wire  host_rd_en;
    input wire  [14:0] host_addr;
    input wire  [3:0] host_data;
    output reg  [3:0] host_rd_data;

    // Constant declarations
    localparam  lane_shift = 3'b10;
    localparam  lane_mask = 7'b11;
    localparam  group_offset = 4'h8;
    localparam  all_lanes = 4'hf;
    localparam  lowest_lane = 4'h1;

    // Stub signals
    reg  words$clock;
    reg  [6:0] words$read_group;
    reg  [7:0] words$read_pos;
    wire  [3:0] words$read_data;
    reg  [6:0] words$write_group;
    reg  [7:0] words$write_pos;
    reg  [3:0] words$write_data;
    reg  words$write_enable;
    reg  [6:0] read_group_q$d;
    wire  [6:0] read_group_q$q;
    reg  read_group_q$clock;
    reg  [7:0] read_pos_q$d;
    wire  [7:0] read_pos_q$q;
    reg  read_pos_q$clock;
    reg  [6:0] lane_q$d;
    wire  [6:0] lane_q$q;
    reg  lane_q$clock;
    reg  pend_valid$d;
    wire  pend_valid$q;
    reg  pend_valid$clock;
    reg  [6:0] pend_group$d;
    wire  [6:0] pend_group$q;
    reg  pend_group$clock;
    reg  [7:0] pend_pos$d;
    wire  [7:0] pend_pos$q;
    reg  pend_pos$clock;
    reg  [3:0] pend_mask$d;
    wire  [3:0] pend_mask$q;
    reg  pend_mask$clock;
    reg  [3:0] pend_data$d;
    wire  [3:0] pend_data$q;
    reg  pend_data$clock;
    reg  written_valid$d;
    wire  written_valid$q;
    reg  written_valid$clock;
    reg  [6:0] written_group$d;
    wire  [6:0] written_group$q;
    reg  written_group$clock;
    reg  [7:0] written_pos$d;
    wire  [7:0] written_pos$q;
    reg  written_pos$clock;
    reg  [3:0] written_word$d;
    wire  [3:0] written_word$q;
    reg  written_word$clock;

    // Local signals
    reg  [6:0] read_group;
    reg  [7:0] read_pos;
    reg  [3:0] current;
    reg  [3:0] merged;
    reg  [3:0] shifted;

    // Sub module instances
    top$chip$s2$words words(
        .clock(words$clock),
        .read_group(words$read_group),
        .read_pos(words$read_pos),
        .read_data(words$read_data),
        .write_group(words$write_group),
        .write_pos(words$write_pos),
        .write_data(words$write_data),
        .write_enable(words$write_enable)
    );
    top$chip$s2$read_group_q read_group_q(
        .d(read_group_q$d),
        .q(read_group_q$q),
        .clock(read_group_q$clock)
    );
    top$chip$s2$read_pos_q read_pos_q(
        .d(read_pos_q$d),
        .q(read_pos_q$q),
        .clock(read_pos_q$clock)
    );
    top$chip$s2$lane_q lane_q(
        .d(lane_q$d),
        .q(lane_q$q),
        .clock(lane_q$clock)
    );
    top$chip$s2$pend_valid pend_valid(
        .d(pend_valid$d),
        .q(pend_valid$q),
        .clock(pend_valid$clock)
    );
    top$chip$s2$pend_group pend_group(
        .d(pend_group$d),
        .q(pend_group$q),
        .clock(pend_group$clock)
    );
    top$chip$s2$pend_pos pend_pos(
        .d(pend_pos$d),
        .q(pend_pos$q),
        .clock(pend_pos$clock)
    );
    top$chip$s2$pend_mask pend_mask(
        .d(pend_mask$d),
        .q(pend_mask$q),
        .clock(pend_mask$clock)
    );
    top$chip$s2$pend_data pend_data(
        .d(pend_data$d),
        .q(pend_data$q),
        .clock(pend_data$clock)
    );
    top$chip$s2$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$chip$s2$written_group written_group(
        .d(written_group$d),
        .q(written_group$q),
        .clock(written_group$clock)
    );
    top$chip$s2$written_pos written_pos(
        .d(written_pos$d),
        .q(written_pos$q),
        .clock(written_pos$clock)
    );
    top$chip$s2$written_word written_word(
        .d(written_word$d),
        .q(written_word$q),
        .clock(written_word$clock)
    );

    // Update code
    always @(*) begin
        words$clock = clock;
        read_group_q$clock = clock;
        read_pos_q$clock = clock;
        lane_q$clock = clock;
        pend_valid$clock = clock;
        pend_group$clock = clock;
        pend_pos$clock = clock;
        pend_mask$clock = clock;
        pend_data$clock = clock;
        written_valid$clock = clock;
        written_group$clock = clock;
        written_pos$clock = clock;
        written_word$clock = clock;
        read_group_q$d = read_group_q$q;
        read_pos_q$d = read_pos_q$q;
        lane_q$d = lane_q$q;
        pend_valid$d = pend_valid$q;
        pend_group$d = pend_group$q;
        pend_pos$d = pend_pos$q;
        pend_mask$d = pend_mask$q;
        pend_data$d = pend_data$q;
        written_valid$d = written_valid$q;
        written_group$d = written_group$q;
        written_pos$d = written_pos$q;
        written_word$d = written_word$q;
        read_group = rd_channel >> lane_shift;
        read_pos = rd_pos;
        if (host_rd_en) begin
            read_group = host_addr[(group_offset)+:(7)];
            read_pos = host_addr[(32'h0)+:(8)];
        end
        if (wr_en) begin
            read_group = wr_group;
            read_pos = wr_pos;
        end
        words$read_group = read_group;
        words$read_pos = read_pos;
        read_group_q$d = read_group;
        read_pos_q$d = read_pos;
        lane_q$d = rd_channel & lane_mask;
        pend_valid$d = wr_en | host_wr_en;
        pend_group$d = host_addr[(group_offset)+:(7)];
        pend_pos$d = host_addr[(32'h0)+:(8)];
        pend_mask$d = all_lanes;
        pend_data$d = host_data;
        if (wr_en) begin
            pend_group$d = wr_group;
            pend_pos$d = wr_pos;
            pend_mask$d = wr_mask;
            pend_data$d = wr_spins;
        end
        current = words$read_data;
        if (written_valid$q & (written_group$q == read_group_q$q) & (written_pos$q == read_pos_q$q)) begin
            current = written_word$q;
        end
        merged = (current & ~pend_mask$q) | (pend_data$q & pend_mask$q);
        words$write_enable = pend_valid$q;
        words$write_group = pend_group$q;
        words$write_pos = pend_pos$q;
        words$write_data = merged;
        written_valid$d = pend_valid$q;
        written_group$d = pend_group$q;
        written_pos$d = pend_pos$q;
        written_word$d = merged;
        host_rd_data = current;
        shifted = current >> lane_q$q;
        rd_spin = |(shifted & lowest_lane);
    end

endmodule // top$chip$s2


module top$chip$s2$lane_q(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s2$lane_q


module top$chip$s2$pend_data(d,q,clock);

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

endmodule // top$chip$s2$pend_data


module top$chip$s2$pend_group(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s2$pend_group


module top$chip$s2$pend_mask(d,q,clock);

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

endmodule // top$chip$s2$pend_mask


module top$chip$s2$pend_pos(d,q,clock);

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

endmodule // top$chip$s2$pend_pos


module top$chip$s2$pend_valid(d,q,clock);

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

endmodule // top$chip$s2$pend_valid


module top$chip$s2$read_group_q(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s2$read_group_q


module top$chip$s2$read_pos_q(d,q,clock);

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

endmodule // top$chip$s2$read_pos_q


module top$chip$s2$words(clock,read_group,read_pos,read_data,write_group,write_pos,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [6:0] read_group;
    input wire  [7:0] read_pos;
    output reg  [3:0] read_data;
    input wire  [6:0] write_group;
    input wire  [7:0] write_pos;
    input wire  [3:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [3:0] mem [0:127];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_group[6:1], read_pos[7:6], write_group[6:1], write_pos[7:6]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[{read_group[0:0], read_pos[5:0]}];
       if (write_enable) begin
          mem[{write_group[0:0], write_pos[5:0]}] <= write_data;
       end
    end
endmodule // top$chip$s2$words


module top$chip$s2$written_group(d,q,clock);

    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 7'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$s2$written_group


module top$chip$s2$written_pos(d,q,clock);

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

endmodule // top$chip$s2$written_pos


module top$chip$s2$written_valid(d,q,clock);

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

endmodule // top$chip$s2$written_valid


module top$chip$s2$written_word(d,q,clock);

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

endmodule // top$chip$s2$written_word


module top$chip$seed_hi_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [63:0] wide;

    // Update code (custom)
    always @(*) wide = {{32{1'b0}}, narrow};
endmodule // top$chip$seed_hi_ext


module top$chip$seed_lo(d,q,clock);

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

endmodule // top$chip$seed_lo


module top$chip$seed_lo_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [63:0] wide;

    // Update code (custom)
    always @(*) wide = {{32{1'b0}}, narrow};
endmodule // top$chip$seed_lo_ext


module top$chip$spins(bits$0,bits$1,bits$2,bits$3,word);

    // Module arguments
    input wire  bits$0;
    input wire  bits$1;
    input wire  bits$2;
    input wire  bits$3;
    output reg  [3:0] word;

    // Update code (custom)
    always @(*) word = {bits$3, bits$2, bits$1, bits$0};
endmodule // top$chip$spins


module top$chip$start_spins(bits$0,bits$1,bits$2,bits$3,word);

    // Module arguments
    input wire  bits$0;
    input wire  bits$1;
    input wire  bits$2;
    input wire  bits$3;
    output reg  [3:0] word;

    // Update code (custom)
    always @(*) word = {bits$3, bits$2, bits$1, bits$0};
endmodule // top$chip$start_spins


module top$chip$sum_ext(narrow,wide);

    // Module arguments
    input wire  [16:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{15{narrow[16]}}, narrow};
endmodule // top$chip$sum_ext


module top$chip$sums$0(clock,clear,acc_en,addr,spin,init,rd_addr,busy,rd_sum,rd_sign);

    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  acc_en;
    input wire  [14:0] addr;
    input wire  spin;
    input wire  init;
    input wire  [14:0] rd_addr;
    output reg  busy;
    output reg signed [16:0] rd_sum;
    output reg  rd_sign;

    // Constant declarations
    localparam  one = 17'b1;
    localparam  minus_one = 17'b11111111111111111;
    localparam  zero = 17'b0;
    localparam  first_address = 15'b0;
    localparam  last_address = 15'b101111111;
    localparam  address_step = 15'b1;
    localparam  sign_bit = 5'b10000;

    // Stub signals
    reg  sums$clock;
    reg  [14:0] sums$read_address;
    wire  [16:0] sums$read_data;
    reg  [14:0] sums$write_address;
    reg  [16:0] sums$write_data;
    reg  sums$write_enable;
    reg  busy_reg$d;
    wire  busy_reg$q;
    reg  busy_reg$clock;
    reg  [14:0] clear_ptr$d;
    wire  [14:0] clear_ptr$q;
    reg  clear_ptr$clock;
    reg  acc_valid$d;
    wire  acc_valid$q;
    reg  acc_valid$clock;
    reg  [14:0] read_addr$d;
    wire  [14:0] read_addr$q;
    reg  read_addr$clock;
    reg  acc_spin$d;
    wire  acc_spin$q;
    reg  acc_spin$clock;
    reg  acc_init$d;
    wire  acc_init$q;
    reg  acc_init$clock;
    reg  written_valid$d;
    wire  written_valid$q;
    reg  written_valid$clock;
    reg  [14:0] written_addr$d;
    wire  [14:0] written_addr$q;
    reg  written_addr$clock;
    reg  [16:0] written_sum$d;
    wire  [16:0] written_sum$q;
    reg  written_sum$clock;

    // Local signals
    reg  accept;
    reg  [14:0] read_select;
    reg  [16:0] current;
    reg  [16:0] updated;

    // Sub module instances
    top$chip$sums$0$sums sums(
        .clock(sums$clock),
        .read_address(sums$read_address),
        .read_data(sums$read_data),
        .write_address(sums$write_address),
        .write_data(sums$write_data),
        .write_enable(sums$write_enable)
    );
    top$chip$sums$0$busy_reg busy_reg(
        .d(busy_reg$d),
        .q(busy_reg$q),
        .clock(busy_reg$clock)
    );
    top$chip$sums$0$clear_ptr clear_ptr(
        .d(clear_ptr$d),
        .q(clear_ptr$q),
        .clock(clear_ptr$clock)
    );
    top$chip$sums$0$acc_valid acc_valid(
        .d(acc_valid$d),
        .q(acc_valid$q),
        .clock(acc_valid$clock)
    );
    top$chip$sums$0$read_addr read_addr(
        .d(read_addr$d),
        .q(read_addr$q),
        .clock(read_addr$clock)
    );
    top$chip$sums$0$acc_spin acc_spin(
        .d(acc_spin$d),
        .q(acc_spin$q),
        .clock(acc_spin$clock)
    );
    top$chip$sums$0$acc_init acc_init(
        .d(acc_init$d),
        .q(acc_init$q),
        .clock(acc_init$clock)
    );
    top$chip$sums$0$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$chip$sums$0$written_addr written_addr(
        .d(written_addr$d),
        .q(written_addr$q),
        .clock(written_addr$clock)
    );
    top$chip$sums$0$written_sum written_sum(
        .d(written_sum$d),
        .q(written_sum$q),
        .clock(written_sum$clock)
    );

    // Update code
    always @(*) begin
        sums$clock = clock;
        busy_reg$clock = clock;
        clear_ptr$clock = clock;
        acc_valid$clock = clock;
        read_addr$clock = clock;
        acc_spin$clock = clock;
        acc_init$clock = clock;
        written_valid$clock = clock;
        written_addr$clock = clock;
        written_sum$clock = clock;
        busy_reg$d = busy_reg$q;
        clear_ptr$d = clear_ptr$q;
        acc_valid$d = acc_valid$q;
        read_addr$d = read_addr$q;
        acc_spin$d = acc_spin$q;
        acc_init$d = acc_init$q;
        written_valid$d = written_valid$q;
        written_addr$d = written_addr$q;
        written_sum$d = written_sum$q;
        accept = acc_en & ~busy_reg$q & ~clear;
        read_select = rd_addr;
        if (accept) begin
            read_select = addr;
        end
        sums$read_address = read_select;
        acc_valid$d = accept;
        read_addr$d = read_select;
        acc_spin$d = spin;
        acc_init$d = init;
        current = sums$read_data;
        if (written_valid$q & (written_addr$q == read_addr$q)) begin
            current = written_sum$q;
        end
        updated = current - one;
        if (acc_spin$q) begin
            updated = current + one;
        end
        if (acc_init$q) begin
            updated = minus_one;
            if (acc_spin$q) begin
                updated = one;
            end
        end
        sums$write_enable = acc_valid$q;
        sums$write_address = read_addr$q;
        sums$write_data = updated;
        written_valid$d = acc_valid$q;
        written_addr$d = read_addr$q;
        written_sum$d = updated;
        if (busy_reg$q) begin
            sums$write_enable = 1'b1;
            sums$write_address = clear_ptr$q;
            sums$write_data = zero;
            clear_ptr$d = clear_ptr$q + address_step;
            if (clear_ptr$q == last_address) begin
                busy_reg$d = 1'b0;
            end
        end
        else if (clear) begin
            busy_reg$d = 1'b1;
            clear_ptr$d = first_address;
        end
        busy = busy_reg$q;
        rd_sum = $signed(current);
        rd_sign = ~current[sign_bit];
    end

endmodule // top$chip$sums$0


module top$chip$sums$0$acc_init(d,q,clock);

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

endmodule // top$chip$sums$0$acc_init


module top$chip$sums$0$acc_spin(d,q,clock);

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

endmodule // top$chip$sums$0$acc_spin


module top$chip$sums$0$acc_valid(d,q,clock);

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

endmodule // top$chip$sums$0$acc_valid


module top$chip$sums$0$busy_reg(d,q,clock);

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

endmodule // top$chip$sums$0$busy_reg


module top$chip$sums$0$clear_ptr(d,q,clock);

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

endmodule // top$chip$sums$0$clear_ptr


module top$chip$sums$0$read_addr(d,q,clock);

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

endmodule // top$chip$sums$0$read_addr


module top$chip$sums$0$sums(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [16:0] read_data;
    input wire  [14:0] write_address;
    input wire  [16:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [16:0] mem [0:383];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[14:9], write_address[14:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$chip$sums$0$sums


module top$chip$sums$0$written_addr(d,q,clock);

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

endmodule // top$chip$sums$0$written_addr


module top$chip$sums$0$written_sum(d,q,clock);

    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 17'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$sums$0$written_sum


module top$chip$sums$0$written_valid(d,q,clock);

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

endmodule // top$chip$sums$0$written_valid


module top$chip$sums$1(clock,clear,acc_en,addr,spin,init,rd_addr,busy,rd_sum,rd_sign);

    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  acc_en;
    input wire  [14:0] addr;
    input wire  spin;
    input wire  init;
    input wire  [14:0] rd_addr;
    output reg  busy;
    output reg signed [16:0] rd_sum;
    output reg  rd_sign;

    // Constant declarations
    localparam  one = 17'b1;
    localparam  minus_one = 17'b11111111111111111;
    localparam  zero = 17'b0;
    localparam  first_address = 15'b0;
    localparam  last_address = 15'b101111111;
    localparam  address_step = 15'b1;
    localparam  sign_bit = 5'b10000;

    // Stub signals
    reg  sums$clock;
    reg  [14:0] sums$read_address;
    wire  [16:0] sums$read_data;
    reg  [14:0] sums$write_address;
    reg  [16:0] sums$write_data;
    reg  sums$write_enable;
    reg  busy_reg$d;
    wire  busy_reg$q;
    reg  busy_reg$clock;
    reg  [14:0] clear_ptr$d;
    wire  [14:0] clear_ptr$q;
    reg  clear_ptr$clock;
    reg  acc_valid$d;
    wire  acc_valid$q;
    reg  acc_valid$clock;
    reg  [14:0] read_addr$d;
    wire  [14:0] read_addr$q;
    reg  read_addr$clock;
    reg  acc_spin$d;
    wire  acc_spin$q;
    reg  acc_spin$clock;
    reg  acc_init$d;
    wire  acc_init$q;
    reg  acc_init$clock;
    reg  written_valid$d;
    wire  written_valid$q;
    reg  written_valid$clock;
    reg  [14:0] written_addr$d;
    wire  [14:0] written_addr$q;
    reg  written_addr$clock;
    reg  [16:0] written_sum$d;
    wire  [16:0] written_sum$q;
    reg  written_sum$clock;

    // Local signals
    reg  accept;
    reg  [14:0] read_select;
    reg  [16:0] current;
    reg  [16:0] updated;

    // Sub module instances
    top$chip$sums$1$sums sums(
        .clock(sums$clock),
        .read_address(sums$read_address),
        .read_data(sums$read_data),
        .write_address(sums$write_address),
        .write_data(sums$write_data),
        .write_enable(sums$write_enable)
    );
    top$chip$sums$1$busy_reg busy_reg(
        .d(busy_reg$d),
        .q(busy_reg$q),
        .clock(busy_reg$clock)
    );
    top$chip$sums$1$clear_ptr clear_ptr(
        .d(clear_ptr$d),
        .q(clear_ptr$q),
        .clock(clear_ptr$clock)
    );
    top$chip$sums$1$acc_valid acc_valid(
        .d(acc_valid$d),
        .q(acc_valid$q),
        .clock(acc_valid$clock)
    );
    top$chip$sums$1$read_addr read_addr(
        .d(read_addr$d),
        .q(read_addr$q),
        .clock(read_addr$clock)
    );
    top$chip$sums$1$acc_spin acc_spin(
        .d(acc_spin$d),
        .q(acc_spin$q),
        .clock(acc_spin$clock)
    );
    top$chip$sums$1$acc_init acc_init(
        .d(acc_init$d),
        .q(acc_init$q),
        .clock(acc_init$clock)
    );
    top$chip$sums$1$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$chip$sums$1$written_addr written_addr(
        .d(written_addr$d),
        .q(written_addr$q),
        .clock(written_addr$clock)
    );
    top$chip$sums$1$written_sum written_sum(
        .d(written_sum$d),
        .q(written_sum$q),
        .clock(written_sum$clock)
    );

    // Update code
    always @(*) begin
        sums$clock = clock;
        busy_reg$clock = clock;
        clear_ptr$clock = clock;
        acc_valid$clock = clock;
        read_addr$clock = clock;
        acc_spin$clock = clock;
        acc_init$clock = clock;
        written_valid$clock = clock;
        written_addr$clock = clock;
        written_sum$clock = clock;
        busy_reg$d = busy_reg$q;
        clear_ptr$d = clear_ptr$q;
        acc_valid$d = acc_valid$q;
        read_addr$d = read_addr$q;
        acc_spin$d = acc_spin$q;
        acc_init$d = acc_init$q;
        written_valid$d = written_valid$q;
        written_addr$d = written_addr$q;
        written_sum$d = written_sum$q;
        accept = acc_en & ~busy_reg$q & ~clear;
        read_select = rd_addr;
        if (accept) begin
            read_select = addr;
        end
        sums$read_address = read_select;
        acc_valid$d = accept;
        read_addr$d = read_select;
        acc_spin$d = spin;
        acc_init$d = init;
        current = sums$read_data;
        if (written_valid$q & (written_addr$q == read_addr$q)) begin
            current = written_sum$q;
        end
        updated = current - one;
        if (acc_spin$q) begin
            updated = current + one;
        end
        if (acc_init$q) begin
            updated = minus_one;
            if (acc_spin$q) begin
                updated = one;
            end
        end
        sums$write_enable = acc_valid$q;
        sums$write_address = read_addr$q;
        sums$write_data = updated;
        written_valid$d = acc_valid$q;
        written_addr$d = read_addr$q;
        written_sum$d = updated;
        if (busy_reg$q) begin
            sums$write_enable = 1'b1;
            sums$write_address = clear_ptr$q;
            sums$write_data = zero;
            clear_ptr$d = clear_ptr$q + address_step;
            if (clear_ptr$q == last_address) begin
                busy_reg$d = 1'b0;
            end
        end
        else if (clear) begin
            busy_reg$d = 1'b1;
            clear_ptr$d = first_address;
        end
        busy = busy_reg$q;
        rd_sum = $signed(current);
        rd_sign = ~current[sign_bit];
    end

endmodule // top$chip$sums$1


module top$chip$sums$1$acc_init(d,q,clock);

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

endmodule // top$chip$sums$1$acc_init


module top$chip$sums$1$acc_spin(d,q,clock);

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

endmodule // top$chip$sums$1$acc_spin


module top$chip$sums$1$acc_valid(d,q,clock);

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

endmodule // top$chip$sums$1$acc_valid


module top$chip$sums$1$busy_reg(d,q,clock);

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

endmodule // top$chip$sums$1$busy_reg


module top$chip$sums$1$clear_ptr(d,q,clock);

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

endmodule // top$chip$sums$1$clear_ptr


module top$chip$sums$1$read_addr(d,q,clock);

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

endmodule // top$chip$sums$1$read_addr


module top$chip$sums$1$sums(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [16:0] read_data;
    input wire  [14:0] write_address;
    input wire  [16:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [16:0] mem [0:383];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[14:9], write_address[14:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$chip$sums$1$sums


module top$chip$sums$1$written_addr(d,q,clock);

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

endmodule // top$chip$sums$1$written_addr


module top$chip$sums$1$written_sum(d,q,clock);

    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 17'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$sums$1$written_sum


module top$chip$sums$1$written_valid(d,q,clock);

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

endmodule // top$chip$sums$1$written_valid


module top$chip$sums$2(clock,clear,acc_en,addr,spin,init,rd_addr,busy,rd_sum,rd_sign);

    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  acc_en;
    input wire  [14:0] addr;
    input wire  spin;
    input wire  init;
    input wire  [14:0] rd_addr;
    output reg  busy;
    output reg signed [16:0] rd_sum;
    output reg  rd_sign;

    // Constant declarations
    localparam  one = 17'b1;
    localparam  minus_one = 17'b11111111111111111;
    localparam  zero = 17'b0;
    localparam  first_address = 15'b0;
    localparam  last_address = 15'b101111111;
    localparam  address_step = 15'b1;
    localparam  sign_bit = 5'b10000;

    // Stub signals
    reg  sums$clock;
    reg  [14:0] sums$read_address;
    wire  [16:0] sums$read_data;
    reg  [14:0] sums$write_address;
    reg  [16:0] sums$write_data;
    reg  sums$write_enable;
    reg  busy_reg$d;
    wire  busy_reg$q;
    reg  busy_reg$clock;
    reg  [14:0] clear_ptr$d;
    wire  [14:0] clear_ptr$q;
    reg  clear_ptr$clock;
    reg  acc_valid$d;
    wire  acc_valid$q;
    reg  acc_valid$clock;
    reg  [14:0] read_addr$d;
    wire  [14:0] read_addr$q;
    reg  read_addr$clock;
    reg  acc_spin$d;
    wire  acc_spin$q;
    reg  acc_spin$clock;
    reg  acc_init$d;
    wire  acc_init$q;
    reg  acc_init$clock;
    reg  written_valid$d;
    wire  written_valid$q;
    reg  written_valid$clock;
    reg  [14:0] written_addr$d;
    wire  [14:0] written_addr$q;
    reg  written_addr$clock;
    reg  [16:0] written_sum$d;
    wire  [16:0] written_sum$q;
    reg  written_sum$clock;

    // Local signals
    reg  accept;
    reg  [14:0] read_select;
    reg  [16:0] current;
    reg  [16:0] updated;

    // Sub module instances
    top$chip$sums$2$sums sums(
        .clock(sums$clock),
        .read_address(sums$read_address),
        .read_data(sums$read_data),
        .write_address(sums$write_address),
        .write_data(sums$write_data),
        .write_enable(sums$write_enable)
    );
    top$chip$sums$2$busy_reg busy_reg(
        .d(busy_reg$d),
        .q(busy_reg$q),
        .clock(busy_reg$clock)
    );
    top$chip$sums$2$clear_ptr clear_ptr(
        .d(clear_ptr$d),
        .q(clear_ptr$q),
        .clock(clear_ptr$clock)
    );
    top$chip$sums$2$acc_valid acc_valid(
        .d(acc_valid$d),
        .q(acc_valid$q),
        .clock(acc_valid$clock)
    );
    top$chip$sums$2$read_addr read_addr(
        .d(read_addr$d),
        .q(read_addr$q),
        .clock(read_addr$clock)
    );
    top$chip$sums$2$acc_spin acc_spin(
        .d(acc_spin$d),
        .q(acc_spin$q),
        .clock(acc_spin$clock)
    );
    top$chip$sums$2$acc_init acc_init(
        .d(acc_init$d),
        .q(acc_init$q),
        .clock(acc_init$clock)
    );
    top$chip$sums$2$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$chip$sums$2$written_addr written_addr(
        .d(written_addr$d),
        .q(written_addr$q),
        .clock(written_addr$clock)
    );
    top$chip$sums$2$written_sum written_sum(
        .d(written_sum$d),
        .q(written_sum$q),
        .clock(written_sum$clock)
    );

    // Update code
    always @(*) begin
        sums$clock = clock;
        busy_reg$clock = clock;
        clear_ptr$clock = clock;
        acc_valid$clock = clock;
        read_addr$clock = clock;
        acc_spin$clock = clock;
        acc_init$clock = clock;
        written_valid$clock = clock;
        written_addr$clock = clock;
        written_sum$clock = clock;
        busy_reg$d = busy_reg$q;
        clear_ptr$d = clear_ptr$q;
        acc_valid$d = acc_valid$q;
        read_addr$d = read_addr$q;
        acc_spin$d = acc_spin$q;
        acc_init$d = acc_init$q;
        written_valid$d = written_valid$q;
        written_addr$d = written_addr$q;
        written_sum$d = written_sum$q;
        accept = acc_en & ~busy_reg$q & ~clear;
        read_select = rd_addr;
        if (accept) begin
            read_select = addr;
        end
        sums$read_address = read_select;
        acc_valid$d = accept;
        read_addr$d = read_select;
        acc_spin$d = spin;
        acc_init$d = init;
        current = sums$read_data;
        if (written_valid$q & (written_addr$q == read_addr$q)) begin
            current = written_sum$q;
        end
        updated = current - one;
        if (acc_spin$q) begin
            updated = current + one;
        end
        if (acc_init$q) begin
            updated = minus_one;
            if (acc_spin$q) begin
                updated = one;
            end
        end
        sums$write_enable = acc_valid$q;
        sums$write_address = read_addr$q;
        sums$write_data = updated;
        written_valid$d = acc_valid$q;
        written_addr$d = read_addr$q;
        written_sum$d = updated;
        if (busy_reg$q) begin
            sums$write_enable = 1'b1;
            sums$write_address = clear_ptr$q;
            sums$write_data = zero;
            clear_ptr$d = clear_ptr$q + address_step;
            if (clear_ptr$q == last_address) begin
                busy_reg$d = 1'b0;
            end
        end
        else if (clear) begin
            busy_reg$d = 1'b1;
            clear_ptr$d = first_address;
        end
        busy = busy_reg$q;
        rd_sum = $signed(current);
        rd_sign = ~current[sign_bit];
    end

endmodule // top$chip$sums$2


module top$chip$sums$2$acc_init(d,q,clock);

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

endmodule // top$chip$sums$2$acc_init


module top$chip$sums$2$acc_spin(d,q,clock);

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

endmodule // top$chip$sums$2$acc_spin


module top$chip$sums$2$acc_valid(d,q,clock);

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

endmodule // top$chip$sums$2$acc_valid


module top$chip$sums$2$busy_reg(d,q,clock);

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

endmodule // top$chip$sums$2$busy_reg


module top$chip$sums$2$clear_ptr(d,q,clock);

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

endmodule // top$chip$sums$2$clear_ptr


module top$chip$sums$2$read_addr(d,q,clock);

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

endmodule // top$chip$sums$2$read_addr


module top$chip$sums$2$sums(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [16:0] read_data;
    input wire  [14:0] write_address;
    input wire  [16:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [16:0] mem [0:383];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[14:9], write_address[14:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$chip$sums$2$sums


module top$chip$sums$2$written_addr(d,q,clock);

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

endmodule // top$chip$sums$2$written_addr


module top$chip$sums$2$written_sum(d,q,clock);

    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 17'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$sums$2$written_sum


module top$chip$sums$2$written_valid(d,q,clock);

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

endmodule // top$chip$sums$2$written_valid


module top$chip$sums$3(clock,clear,acc_en,addr,spin,init,rd_addr,busy,rd_sum,rd_sign);

    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  acc_en;
    input wire  [14:0] addr;
    input wire  spin;
    input wire  init;
    input wire  [14:0] rd_addr;
    output reg  busy;
    output reg signed [16:0] rd_sum;
    output reg  rd_sign;

    // Constant declarations
    localparam  one = 17'b1;
    localparam  minus_one = 17'b11111111111111111;
    localparam  zero = 17'b0;
    localparam  first_address = 15'b0;
    localparam  last_address = 15'b101111111;
    localparam  address_step = 15'b1;
    localparam  sign_bit = 5'b10000;

    // Stub signals
    reg  sums$clock;
    reg  [14:0] sums$read_address;
    wire  [16:0] sums$read_data;
    reg  [14:0] sums$write_address;
    reg  [16:0] sums$write_data;
    reg  sums$write_enable;
    reg  busy_reg$d;
    wire  busy_reg$q;
    reg  busy_reg$clock;
    reg  [14:0] clear_ptr$d;
    wire  [14:0] clear_ptr$q;
    reg  clear_ptr$clock;
    reg  acc_valid$d;
    wire  acc_valid$q;
    reg  acc_valid$clock;
    reg  [14:0] read_addr$d;
    wire  [14:0] read_addr$q;
    reg  read_addr$clock;
    reg  acc_spin$d;
    wire  acc_spin$q;
    reg  acc_spin$clock;
    reg  acc_init$d;
    wire  acc_init$q;
    reg  acc_init$clock;
    reg  written_valid$d;
    wire  written_valid$q;
    reg  written_valid$clock;
    reg  [14:0] written_addr$d;
    wire  [14:0] written_addr$q;
    reg  written_addr$clock;
    reg  [16:0] written_sum$d;
    wire  [16:0] written_sum$q;
    reg  written_sum$clock;

    // Local signals
    reg  accept;
    reg  [14:0] read_select;
    reg  [16:0] current;
    reg  [16:0] updated;

    // Sub module instances
    top$chip$sums$3$sums sums(
        .clock(sums$clock),
        .read_address(sums$read_address),
        .read_data(sums$read_data),
        .write_address(sums$write_address),
        .write_data(sums$write_data),
        .write_enable(sums$write_enable)
    );
    top$chip$sums$3$busy_reg busy_reg(
        .d(busy_reg$d),
        .q(busy_reg$q),
        .clock(busy_reg$clock)
    );
    top$chip$sums$3$clear_ptr clear_ptr(
        .d(clear_ptr$d),
        .q(clear_ptr$q),
        .clock(clear_ptr$clock)
    );
    top$chip$sums$3$acc_valid acc_valid(
        .d(acc_valid$d),
        .q(acc_valid$q),
        .clock(acc_valid$clock)
    );
    top$chip$sums$3$read_addr read_addr(
        .d(read_addr$d),
        .q(read_addr$q),
        .clock(read_addr$clock)
    );
    top$chip$sums$3$acc_spin acc_spin(
        .d(acc_spin$d),
        .q(acc_spin$q),
        .clock(acc_spin$clock)
    );
    top$chip$sums$3$acc_init acc_init(
        .d(acc_init$d),
        .q(acc_init$q),
        .clock(acc_init$clock)
    );
    top$chip$sums$3$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$chip$sums$3$written_addr written_addr(
        .d(written_addr$d),
        .q(written_addr$q),
        .clock(written_addr$clock)
    );
    top$chip$sums$3$written_sum written_sum(
        .d(written_sum$d),
        .q(written_sum$q),
        .clock(written_sum$clock)
    );

    // Update code
    always @(*) begin
        sums$clock = clock;
        busy_reg$clock = clock;
        clear_ptr$clock = clock;
        acc_valid$clock = clock;
        read_addr$clock = clock;
        acc_spin$clock = clock;
        acc_init$clock = clock;
        written_valid$clock = clock;
        written_addr$clock = clock;
        written_sum$clock = clock;
        busy_reg$d = busy_reg$q;
        clear_ptr$d = clear_ptr$q;
        acc_valid$d = acc_valid$q;
        read_addr$d = read_addr$q;
        acc_spin$d = acc_spin$q;
        acc_init$d = acc_init$q;
        written_valid$d = written_valid$q;
        written_addr$d = written_addr$q;
        written_sum$d = written_sum$q;
        accept = acc_en & ~busy_reg$q & ~clear;
        read_select = rd_addr;
        if (accept) begin
            read_select = addr;
        end
        sums$read_address = read_select;
        acc_valid$d = accept;
        read_addr$d = read_select;
        acc_spin$d = spin;
        acc_init$d = init;
        current = sums$read_data;
        if (written_valid$q & (written_addr$q == read_addr$q)) begin
            current = written_sum$q;
        end
        updated = current - one;
        if (acc_spin$q) begin
            updated = current + one;
        end
        if (acc_init$q) begin
            updated = minus_one;
            if (acc_spin$q) begin
                updated = one;
            end
        end
        sums$write_enable = acc_valid$q;
        sums$write_address = read_addr$q;
        sums$write_data = updated;
        written_valid$d = acc_valid$q;
        written_addr$d = read_addr$q;
        written_sum$d = updated;
        if (busy_reg$q) begin
            sums$write_enable = 1'b1;
            sums$write_address = clear_ptr$q;
            sums$write_data = zero;
            clear_ptr$d = clear_ptr$q + address_step;
            if (clear_ptr$q == last_address) begin
                busy_reg$d = 1'b0;
            end
        end
        else if (clear) begin
            busy_reg$d = 1'b1;
            clear_ptr$d = first_address;
        end
        busy = busy_reg$q;
        rd_sum = $signed(current);
        rd_sign = ~current[sign_bit];
    end

endmodule // top$chip$sums$3


module top$chip$sums$3$acc_init(d,q,clock);

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

endmodule // top$chip$sums$3$acc_init


module top$chip$sums$3$acc_spin(d,q,clock);

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

endmodule // top$chip$sums$3$acc_spin


module top$chip$sums$3$acc_valid(d,q,clock);

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

endmodule // top$chip$sums$3$acc_valid


module top$chip$sums$3$busy_reg(d,q,clock);

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

endmodule // top$chip$sums$3$busy_reg


module top$chip$sums$3$clear_ptr(d,q,clock);

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

endmodule // top$chip$sums$3$clear_ptr


module top$chip$sums$3$read_addr(d,q,clock);

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

endmodule // top$chip$sums$3$read_addr


module top$chip$sums$3$sums(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [16:0] read_data;
    input wire  [14:0] write_address;
    input wire  [16:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [16:0] mem [0:383];
    /* verilator lint_off UNUSEDSIGNAL */
    wire unused_high = &{1'b0, read_address[14:9], write_address[14:9]};
    /* verilator lint_on UNUSEDSIGNAL */

    always @(posedge clock) begin
       read_data <= mem[read_address[8:0]];
       if (write_enable) begin
          mem[write_address[8:0]] <= write_data;
       end
    end
endmodule // top$chip$sums$3$sums


module top$chip$sums$3$written_addr(d,q,clock);

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

endmodule // top$chip$sums$3$written_addr


module top$chip$sums$3$written_sum(d,q,clock);

    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 17'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$sums$3$written_sum


module top$chip$sums$3$written_valid(d,q,clock);

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

endmodule // top$chip$sums$3$written_valid


module top$chip$sweeps(d,q,clock);

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

endmodule // top$chip$sweeps


module top$chip$w2_base(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$w2_base


module top$chip$w2_stride(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$w2_stride


module top$chip$w2t_base(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$w2t_base


module top$chip$w2t_stride(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$chip$w2t_stride


module top$error(d,q,clock);

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

endmodule // top$error


module top$idle(d,q,clock);

    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 24'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$idle


module top$link(clock,in_data,in_valid,in_ready,abandon,out_data,out_valid,out_ready,bus_addr,bus_wr,bus_wdata,bus_rd,bus_rdata,bus_rvalid,chip_busy,chip_input_busy,bad_frame,good_frame);

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
    top$link$parser parser(
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
    top$link$engine engine(
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
    top$link$writer writer(
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

endmodule // top$link


module top$link$engine(clock,frame_valid,kind,seq,length,bad,bad_code,rd_addr,rd_data,frame_done,accept,w_start,w_kind,w_seq,w_len,w_data,w_valid,w_ready,w_busy,bus_addr,bus_wr,bus_wdata,bus_rd,bus_rdata,bus_rvalid,chip_busy,chip_input_busy);

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
    localparam  len_config = 11'b1100000;
    localparam  hdr_last = 11'b10100;
    localparam  addr_6 = 10'b110;
    localparam  b16_0 = 16'h0;
    localparam  b16_1 = 16'h1;
    localparam  b16_8 = 16'h8;
    localparam  b16_ff = 16'hff;
    localparam  lanes16 = 16'h4;
    localparam  lanes_m1_16 = 16'h3;
    localparam  lane_shift16 = 16'h2;
    localparam  max_c0 = 16'h8;
    localparam  max_c1 = 16'h10;
    localparam  max_c2 = 16'h8;
    localparam  max_h = 16'h8;
    localparam  max_w = 16'h8;
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
    localparam  w_lane_shift = 32'h2;
    localparam  w_top_lane = 32'h8;
    localparam  w_delta_one = 32'h8000;
    localparam  w_max_sweeps = 32'hffff;
    localparam  w_bank_words = 32'h2000;
    localparam  w_identify0 = 32'h4000001;
    localparam  bits_last = 6'b11;
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
    top$link$engine$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$link$engine$hdr hdr(
        .d(hdr$d),
        .q(hdr$q),
        .clock(hdr$clock)
    );
    top$link$engine$ptr ptr(
        .d(ptr$d),
        .q(ptr$q),
        .clock(ptr$clock)
    );
    top$link$engine$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    top$link$engine$nbyte nbyte(
        .d(nbyte$d),
        .q(nbyte$q),
        .clock(nbyte$clock)
    );
    top$link$engine$k k(
        .d(k$d),
        .q(k$q),
        .clock(k$clock)
    );
    top$link$engine$raddr raddr(
        .d(raddr$d),
        .q(raddr$q),
        .clock(raddr$clock)
    );
    top$link$engine$waddr waddr(
        .d(waddr$d),
        .q(waddr$q),
        .clock(waddr$clock)
    );
    top$link$engine$rbase rbase(
        .d(rbase$d),
        .q(rbase$q),
        .clock(rbase$clock)
    );
    top$link$engine$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    top$link$engine$r_kind r_kind(
        .d(r_kind$d),
        .q(r_kind$q),
        .clock(r_kind$clock)
    );
    top$link$engine$r_seq r_seq(
        .d(r_seq$d),
        .q(r_seq$q),
        .clock(r_seq$clock)
    );
    top$link$engine$r_len r_len(
        .d(r_len$d),
        .q(r_len$q),
        .clock(r_len$clock)
    );
    top$link$engine$nak_word nak_word(
        .d(nak_word$d),
        .q(nak_word$q),
        .clock(nak_word$clock)
    );
    top$link$engine$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    top$link$engine$effect effect(
        .d(effect$d),
        .q(effect$q),
        .clock(effect$clock)
    );
    top$link$engine$dup dup(
        .d(dup$d),
        .q(dup$q),
        .clock(dup$clock)
    );
    top$link$engine$last_valid last_valid(
        .d(last_valid$d),
        .q(last_valid$q),
        .clock(last_valid$clock)
    );
    top$link$engine$last_kind last_kind(
        .d(last_kind$d),
        .q(last_kind$q),
        .clock(last_kind$clock)
    );
    top$link$engine$last_seq last_seq(
        .d(last_seq$d),
        .q(last_seq$q),
        .clock(last_seq$clock)
    );
    top$link$engine$last_nak last_nak(
        .d(last_nak$d),
        .q(last_nak$q),
        .clock(last_nak$clock)
    );
    top$link$engine$last_code last_code(
        .d(last_code$d),
        .q(last_code$q),
        .clock(last_code$clock)
    );
    top$link$engine$configured configured(
        .d(configured$d),
        .q(configured$q),
        .clock(configured$clock)
    );
    top$link$engine$len_ok_r len_ok_r(
        .d(len_ok_r$d),
        .q(len_ok_r$q),
        .clock(len_ok_r$clock)
    );
    top$link$engine$cfg_ok_r cfg_ok_r(
        .d(cfg_ok_r$d),
        .q(cfg_ok_r$q),
        .clock(cfg_ok_r$clock)
    );
    top$link$engine$wt_ok_r wt_ok_r(
        .d(wt_ok_r$d),
        .q(wt_ok_r$q),
        .clock(wt_ok_r$clock)
    );
    top$link$engine$pos_bad_r pos_bad_r(
        .d(pos_bad_r$d),
        .q(pos_bad_r$q),
        .clock(pos_bad_r$clock)
    );
    top$link$engine$dup_r dup_r(
        .d(dup_r$d),
        .q(dup_r$q),
        .clock(dup_r$clock)
    );
    top$link$engine$known_r known_r(
        .d(known_r$d),
        .q(known_r$q),
        .clock(known_r$clock)
    );
    top$link$engine$g_groups g_groups(
        .d(g_groups$d),
        .q(g_groups$q),
        .clock(g_groups$clock)
    );
    top$link$engine$g_c1 g_c1(
        .d(g_c1$d),
        .q(g_c1$q),
        .clock(g_c1$clock)
    );
    top$link$engine$g_c2 g_c2(
        .d(g_c2$d),
        .q(g_c2$q),
        .clock(g_c2$clock)
    );
    top$link$engine$hw hw(
        .d(hw$d),
        .q(hw$q),
        .clock(hw$clock)
    );
    top$link$engine$grid grid(
        .d(grid$d),
        .q(grid$q),
        .clock(grid$clock)
    );
    top$link$engine$rows rows(
        .d(rows$d),
        .q(rows$q),
        .clock(rows$clock)
    );
    top$link$engine$ch ch(
        .d(ch$d),
        .q(ch$q),
        .clock(ch$clock)
    );
    top$link$engine$pos pos(
        .d(pos$d),
        .q(pos$q),
        .clock(pos$clock)
    );
    top$link$engine$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$link$engine$lim lim(
        .d(lim$d),
        .q(lim$q),
        .clock(lim$clock)
    );
    top$link$engine$bitptr bitptr(
        .d(bitptr$d),
        .q(bitptr$q),
        .clock(bitptr$clock)
    );
    top$link$engine$bitcnt bitcnt(
        .d(bitcnt$d),
        .q(bitcnt$q),
        .clock(bitcnt$clock)
    );
    top$link$engine$sign_acc sign_acc(
        .d(sign_acc$d),
        .q(sign_acc$q),
        .clock(sign_acc$clock)
    );
    top$link$engine$nbits nbits(
        .d(nbits$d),
        .q(nbits$q),
        .clock(nbits$clock)
    );
    top$link$engine$frames frames(
        .d(frames$d),
        .q(frames$q),
        .clock(frames$clock)
    );
    top$link$engine$bad_frames bad_frames(
        .d(bad_frames$d),
        .q(bad_frames$q),
        .clock(bad_frames$clock)
    );
    top$link$engine$naks naks(
        .d(naks$d),
        .q(naks$q),
        .clock(naks$clock)
    );
    top$link$engine$dups dups(
        .d(dups$d),
        .q(dups$q),
        .clock(dups$clock)
    );
    top$link$engine$runs runs(
        .d(runs$d),
        .q(runs$q),
        .clock(runs$clock)
    );
    top$link$engine$len32 len32(
        .narrow(len32$narrow),
        .wide(len32$wide)
    );
    top$link$engine$rd160 rd160(
        .narrow(rd160$narrow),
        .wide(rd160$wide)
    );
    top$link$engine$rd32 rd32(
        .narrow(rd32$narrow),
        .wide(rd32$wide)
    );
    top$link$engine$sign_acc32 sign_acc32(
        .narrow(sign_acc32$narrow),
        .wide(sign_acc32$wide)
    );
    top$link$engine$nbits32 nbits32(
        .narrow(nbits32$narrow),
        .wide(nbits32$wide)
    );
    top$link$engine$last_code32 last_code32(
        .narrow(last_code32$narrow),
        .wide(last_code32$wide)
    );
    top$link$engine$kind32 kind32(
        .narrow(kind32$narrow),
        .wide(kind32$wide)
    );
    top$link$engine$code32 code32(
        .narrow(code32$narrow),
        .wide(code32$wide)
    );
    top$link$engine$off22 off22(
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

endmodule // top$link$engine


module top$link$engine$bad_frames(d,q,clock);

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

endmodule // top$link$engine$bad_frames


module top$link$engine$bitcnt(d,q,clock);

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

endmodule // top$link$engine$bitcnt


module top$link$engine$bitptr(d,q,clock);

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

endmodule // top$link$engine$bitptr


module top$link$engine$cfg_ok_r(d,q,clock);

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

endmodule // top$link$engine$cfg_ok_r


module top$link$engine$ch(d,q,clock);

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

endmodule // top$link$engine$ch


module top$link$engine$code32(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{28{1'b0}}, narrow};
endmodule // top$link$engine$code32


module top$link$engine$configured(d,q,clock);

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

endmodule // top$link$engine$configured


module top$link$engine$dup(d,q,clock);

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

endmodule // top$link$engine$dup


module top$link$engine$dup_r(d,q,clock);

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

endmodule // top$link$engine$dup_r


module top$link$engine$dups(d,q,clock);

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

endmodule // top$link$engine$dups


module top$link$engine$effect(d,q,clock);

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

endmodule // top$link$engine$effect


module top$link$engine$frames(d,q,clock);

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

endmodule // top$link$engine$frames


module top$link$engine$g_c1(d,q,clock);

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

endmodule // top$link$engine$g_c1


module top$link$engine$g_c2(d,q,clock);

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

endmodule // top$link$engine$g_c2


module top$link$engine$g_groups(d,q,clock);

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

endmodule // top$link$engine$g_groups


module top$link$engine$grid(d,q,clock);

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

endmodule // top$link$engine$grid


module top$link$engine$hdr(d,q,clock);

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

endmodule // top$link$engine$hdr


module top$link$engine$held(d,q,clock);

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

endmodule // top$link$engine$held


module top$link$engine$hw(d,q,clock);

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

endmodule // top$link$engine$hw


module top$link$engine$k(d,q,clock);

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

endmodule // top$link$engine$k


module top$link$engine$kind32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$link$engine$kind32


module top$link$engine$known_r(d,q,clock);

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

endmodule // top$link$engine$known_r


module top$link$engine$last_code(d,q,clock);

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

endmodule // top$link$engine$last_code


module top$link$engine$last_code32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$link$engine$last_code32


module top$link$engine$last_kind(d,q,clock);

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

endmodule // top$link$engine$last_kind


module top$link$engine$last_nak(d,q,clock);

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

endmodule // top$link$engine$last_nak


module top$link$engine$last_seq(d,q,clock);

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

endmodule // top$link$engine$last_seq


module top$link$engine$last_valid(d,q,clock);

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

endmodule // top$link$engine$last_valid


module top$link$engine$left(d,q,clock);

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

endmodule // top$link$engine$left


module top$link$engine$len32(narrow,wide);

    // Module arguments
    input wire  [10:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{21{1'b0}}, narrow};
endmodule // top$link$engine$len32


module top$link$engine$len_ok_r(d,q,clock);

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

endmodule // top$link$engine$len_ok_r


module top$link$engine$lim(d,q,clock);

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

endmodule // top$link$engine$lim


module top$link$engine$nak_word(d,q,clock);

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

endmodule // top$link$engine$nak_word


module top$link$engine$naks(d,q,clock);

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

endmodule // top$link$engine$naks


module top$link$engine$nbits(d,q,clock);

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

endmodule // top$link$engine$nbits


module top$link$engine$nbits32(narrow,wide);

    // Module arguments
    input wire  [2:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{29{1'b0}}, narrow};
endmodule // top$link$engine$nbits32


module top$link$engine$nbyte(d,q,clock);

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

endmodule // top$link$engine$nbyte


module top$link$engine$off22(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [21:0] wide;

    // Update code (custom)
    always @(*) wide = {{6{1'b0}}, narrow};
endmodule // top$link$engine$off22


module top$link$engine$pos(d,q,clock);

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

endmodule // top$link$engine$pos


module top$link$engine$pos_bad_r(d,q,clock);

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

endmodule // top$link$engine$pos_bad_r


module top$link$engine$ptr(d,q,clock);

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

endmodule // top$link$engine$ptr


module top$link$engine$r_kind(d,q,clock);

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

endmodule // top$link$engine$r_kind


module top$link$engine$r_len(d,q,clock);

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

endmodule // top$link$engine$r_len


module top$link$engine$r_seq(d,q,clock);

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

endmodule // top$link$engine$r_seq


module top$link$engine$raddr(d,q,clock);

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

endmodule // top$link$engine$raddr


module top$link$engine$rbase(d,q,clock);

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

endmodule // top$link$engine$rbase


module top$link$engine$rd160(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [159:0] wide;

    // Update code (custom)
    always @(*) wide = {{152{1'b0}}, narrow};
endmodule // top$link$engine$rd160


module top$link$engine$rd32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$link$engine$rd32


module top$link$engine$rem(d,q,clock);

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

endmodule // top$link$engine$rem


module top$link$engine$rows(d,q,clock);

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

endmodule // top$link$engine$rows


module top$link$engine$runs(d,q,clock);

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

endmodule // top$link$engine$runs


module top$link$engine$sign_acc(d,q,clock);

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

endmodule // top$link$engine$sign_acc


module top$link$engine$sign_acc32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$link$engine$sign_acc32


module top$link$engine$state(d,q,clock);

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

endmodule // top$link$engine$state


module top$link$engine$waddr(d,q,clock);

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

endmodule // top$link$engine$waddr


module top$link$engine$word(d,q,clock);

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

endmodule // top$link$engine$word


module top$link$engine$wt_ok_r(d,q,clock);

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

endmodule // top$link$engine$wt_ok_r


module top$link$parser(clock,in_data,in_valid,in_ready,abandon,frame_valid,kind,seq,length,rd_addr,rd_data,frame_done,bad,bad_code);

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
    top$link$parser$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$link$parser$kind_r kind_r(
        .d(kind_r$d),
        .q(kind_r$q),
        .clock(kind_r$clock)
    );
    top$link$parser$seq_r seq_r(
        .d(seq_r$d),
        .q(seq_r$q),
        .clock(seq_r$clock)
    );
    top$link$parser$len_lo len_lo(
        .d(len_lo$d),
        .q(len_lo$q),
        .clock(len_lo$clock)
    );
    top$link$parser$len_r len_r(
        .d(len_r$d),
        .q(len_r$q),
        .clock(len_r$clock)
    );
    top$link$parser$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$link$parser$crc_x crc_x(
        .d(crc_x$d),
        .q(crc_x$q),
        .clock(crc_x$clock)
    );
    top$link$parser$crc_rx crc_rx(
        .d(crc_rx$d),
        .q(crc_rx$q),
        .clock(crc_rx$clock)
    );
    top$link$parser$bad_r bad_r(
        .d(bad_r$d),
        .q(bad_r$q),
        .clock(bad_r$clock)
    );
    top$link$parser$bad_code_r bad_code_r(
        .d(bad_code_r$d),
        .q(bad_code_r$q),
        .clock(bad_code_r$clock)
    );
    top$link$parser$buffer buffer(
        .clock(buffer$clock),
        .read_address(buffer$read_address),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    top$link$parser$crc crc(
        .crc_in(crc$crc_in),
        .data_in(crc$data_in),
        .crc_out(crc$crc_out)
    );
    top$link$parser$ext_in11 ext_in11(
        .narrow(ext_in11$narrow),
        .wide(ext_in11$wide)
    );
    top$link$parser$ext_lo11 ext_lo11(
        .narrow(ext_lo11$narrow),
        .wide(ext_lo11$wide)
    );
    top$link$parser$ext_in32 ext_in32(
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

endmodule // top$link$parser


module top$link$parser$bad_code_r(d,q,clock);

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

endmodule // top$link$parser$bad_code_r


module top$link$parser$bad_r(d,q,clock);

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

endmodule // top$link$parser$bad_r


module top$link$parser$buffer(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // top$link$parser$buffer


module top$link$parser$count(d,q,clock);

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

endmodule // top$link$parser$count


module top$link$parser$crc(crc_in,data_in,crc_out);

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
endmodule // top$link$parser$crc


module top$link$parser$crc_rx(d,q,clock);

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

endmodule // top$link$parser$crc_rx


module top$link$parser$crc_x(d,q,clock);

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

endmodule // top$link$parser$crc_x


module top$link$parser$ext_in11(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [10:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$link$parser$ext_in11


module top$link$parser$ext_in32(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{24{1'b0}}, narrow};
endmodule // top$link$parser$ext_in32


module top$link$parser$ext_lo11(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [10:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$link$parser$ext_lo11


module top$link$parser$kind_r(d,q,clock);

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

endmodule // top$link$parser$kind_r


module top$link$parser$len_lo(d,q,clock);

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

endmodule // top$link$parser$len_lo


module top$link$parser$len_r(d,q,clock);

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

endmodule // top$link$parser$len_r


module top$link$parser$seq_r(d,q,clock);

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

endmodule // top$link$parser$seq_r


module top$link$parser$state(d,q,clock);

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

endmodule // top$link$parser$state


module top$link$writer(clock,start,kind,seq,length,payload_data,payload_valid,payload_ready,out_data,out_valid,out_ready,busy);

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
    top$link$writer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$link$writer$kind_r kind_r(
        .d(kind_r$d),
        .q(kind_r$q),
        .clock(kind_r$clock)
    );
    top$link$writer$seq_r seq_r(
        .d(seq_r$d),
        .q(seq_r$q),
        .clock(seq_r$clock)
    );
    top$link$writer$len_r len_r(
        .d(len_r$d),
        .q(len_r$q),
        .clock(len_r$clock)
    );
    top$link$writer$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$link$writer$crc_x crc_x(
        .d(crc_x$d),
        .q(crc_x$q),
        .clock(crc_x$clock)
    );
    top$link$writer$crc crc(
        .crc_in(crc$crc_in),
        .data_in(crc$data_in),
        .crc_out(crc$crc_out)
    );
    top$link$writer$len_hi len_hi(
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

endmodule // top$link$writer


module top$link$writer$crc(crc_in,data_in,crc_out);

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
endmodule // top$link$writer$crc


module top$link$writer$crc_x(d,q,clock);

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

endmodule // top$link$writer$crc_x


module top$link$writer$kind_r(d,q,clock);

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

endmodule // top$link$writer$kind_r


module top$link$writer$left(d,q,clock);

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

endmodule // top$link$writer$left


module top$link$writer$len_hi(narrow,wide);

    // Module arguments
    input wire  [2:0] narrow;
    output reg  [7:0] wide;

    // Update code (custom)
    always @(*) wide = {{5{1'b0}}, narrow};
endmodule // top$link$writer$len_hi


module top$link$writer$len_r(d,q,clock);

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

endmodule // top$link$writer$len_r


module top$link$writer$seq_r(d,q,clock);

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

endmodule // top$link$writer$seq_r


module top$link$writer$state(d,q,clock);

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

endmodule // top$link$writer$state


module top$receiver(clock,rx,data,valid,framing_error);

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
    top$receiver$meta_n meta_n(
        .d(meta_n$d),
        .q(meta_n$q),
        .clock(meta_n$clock)
    );
    top$receiver$sync_n sync_n(
        .d(sync_n$d),
        .q(sync_n$q),
        .clock(sync_n$clock)
    );
    top$receiver$hist0_n hist0_n(
        .d(hist0_n$d),
        .q(hist0_n$q),
        .clock(hist0_n$clock)
    );
    top$receiver$hist1_n hist1_n(
        .d(hist1_n$d),
        .q(hist1_n$q),
        .clock(hist1_n$clock)
    );
    top$receiver$hist2_n hist2_n(
        .d(hist2_n$d),
        .q(hist2_n$q),
        .clock(hist2_n$clock)
    );
    top$receiver$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$receiver$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$receiver$bit_index bit_index(
        .d(bit_index$d),
        .q(bit_index$q),
        .clock(bit_index$clock)
    );
    top$receiver$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    top$receiver$valid_r valid_r(
        .d(valid_r$d),
        .q(valid_r$q),
        .clock(valid_r$clock)
    );
    top$receiver$error_r error_r(
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

endmodule // top$receiver


module top$receiver$bit_index(d,q,clock);

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

endmodule // top$receiver$bit_index


module top$receiver$count(d,q,clock);

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

endmodule // top$receiver$count


module top$receiver$error_r(d,q,clock);

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

endmodule // top$receiver$error_r


module top$receiver$hist0_n(d,q,clock);

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

endmodule // top$receiver$hist0_n


module top$receiver$hist1_n(d,q,clock);

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

endmodule // top$receiver$hist1_n


module top$receiver$hist2_n(d,q,clock);

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

endmodule // top$receiver$hist2_n


module top$receiver$meta_n(d,q,clock);

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

endmodule // top$receiver$meta_n


module top$receiver$shift(d,q,clock);

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

endmodule // top$receiver$shift


module top$receiver$state(d,q,clock);

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

endmodule // top$receiver$state


module top$receiver$sync_n(d,q,clock);

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

endmodule // top$receiver$sync_n


module top$receiver$valid_r(d,q,clock);

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

endmodule // top$receiver$valid_r


module top$transmitter(clock,data,valid,ready,tx);

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
    top$transmitter$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    top$transmitter$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    top$transmitter$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$transmitter$left left(
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

endmodule // top$transmitter


module top$transmitter$busy(d,q,clock);

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

endmodule // top$transmitter$busy


module top$transmitter$count(d,q,clock);

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

endmodule // top$transmitter$count


module top$transmitter$left(d,q,clock);

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

endmodule // top$transmitter$left


module top$transmitter$shift(d,q,clock);

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

endmodule // top$transmitter$shift
