// chip_ice40.v: generated from hdl/src/chip/top.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/chip_ice40.v

module top(clock,bus_addr,bus_wr,bus_wdata,bus_rd,bus_rdata,bus_rvalid,busy,done,input_busy,mon_wr,mon_layer,mon_clamp,mon_sweep,mon_group,mon_pos,mon_mask,mon_spins);

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
    top$ctrl ctrl(
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
    top$lanes$0 lanes$0(
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
    top$lanes$1 lanes$1(
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
    top$lanes$2 lanes$2(
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
    top$lanes$3 lanes$3(
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
    top$coupling coupling(
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
    top$s0 s0(
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
    top$s1 s1(
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
    top$s2 s2(
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
    top$clamp clamp(
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
    top$sums$0 sums$0(
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
    top$sums$1 sums$1(
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
    top$sums$2 sums$2(
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
    top$sums$3 sums$3(
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
    top$spins spins(
        .bits$0(spins$bits$0),
        .bits$1(spins$bits$1),
        .bits$2(spins$bits$2),
        .bits$3(spins$bits$3),
        .word(spins$word)
    );
    top$start_spins start_spins(
        .bits$0(start_spins$bits$0),
        .bits$1(start_spins$bits$1),
        .bits$2(start_spins$bits$2),
        .bits$3(start_spins$bits$3),
        .word(start_spins$word)
    );
    top$lane_mask lane_mask(
        .c1(lane_mask$c1),
        .c2(lane_mask$c2),
        .phase(lane_mask$phase),
        .group(lane_mask$group),
        .mask(lane_mask$mask)
    );
    top$geo_c0 geo_c0(
        .d(geo_c0$d),
        .q(geo_c0$q),
        .clock(geo_c0$clock)
    );
    top$geo_c1 geo_c1(
        .d(geo_c1$d),
        .q(geo_c1$q),
        .clock(geo_c1$clock)
    );
    top$geo_c2 geo_c2(
        .d(geo_c2$d),
        .q(geo_c2$q),
        .clock(geo_c2$clock)
    );
    top$geo_h geo_h(
        .d(geo_h$d),
        .q(geo_h$q),
        .clock(geo_h$clock)
    );
    top$geo_w geo_w(
        .d(geo_w$d),
        .q(geo_w$q),
        .clock(geo_w$clock)
    );
    top$geo_k1 geo_k1(
        .d(geo_k1$d),
        .q(geo_k1$q),
        .clock(geo_k1$clock)
    );
    top$geo_k2 geo_k2(
        .d(geo_k2$d),
        .q(geo_k2$q),
        .clock(geo_k2$clock)
    );
    top$k_h1 k_h1(
        .d(k_h1$d),
        .q(k_h1$q),
        .clock(k_h1$clock)
    );
    top$k_c2 k_c2(
        .d(k_c2$d),
        .q(k_c2$q),
        .clock(k_c2$clock)
    );
    top$k_field k_field(
        .d(k_field$d),
        .q(k_field$q),
        .clock(k_field$clock)
    );
    top$delta delta(
        .d(delta$d),
        .q(delta$q),
        .clock(delta$clock)
    );
    top$sweeps sweeps(
        .d(sweeps$d),
        .q(sweeps$q),
        .clock(sweeps$clock)
    );
    top$burn_in burn_in(
        .d(burn_in$d),
        .q(burn_in$q),
        .clock(burn_in$clock)
    );
    top$w2t_base w2t_base(
        .d(w2t_base$d),
        .q(w2t_base$q),
        .clock(w2t_base$clock)
    );
    top$w2t_stride w2t_stride(
        .d(w2t_stride$d),
        .q(w2t_stride$q),
        .clock(w2t_stride$clock)
    );
    top$w2_base w2_base(
        .d(w2_base$d),
        .q(w2_base$q),
        .clock(w2_base$clock)
    );
    top$w2_stride w2_stride(
        .d(w2_stride$d),
        .q(w2_stride$q),
        .clock(w2_stride$clock)
    );
    top$k1p_base k1p_base(
        .d(k1p_base$d),
        .q(k1p_base$q),
        .clock(k1p_base$clock)
    );
    top$k1m_base k1m_base(
        .d(k1m_base$d),
        .q(k1m_base$q),
        .clock(k1m_base$clock)
    );
    top$k1_stride k1_stride(
        .d(k1_stride$d),
        .q(k1_stride$q),
        .clock(k1_stride$clock)
    );
    top$k3u_base k3u_base(
        .d(k3u_base$d),
        .q(k3u_base$q),
        .clock(k3u_base$clock)
    );
    top$k3u_stride k3u_stride(
        .d(k3u_stride$d),
        .q(k3u_stride$q),
        .clock(k3u_stride$clock)
    );
    top$bias_base bias_base(
        .d(bias_base$d),
        .q(bias_base$q),
        .clock(bias_base$clock)
    );
    top$seed_lo seed_lo(
        .d(seed_lo$d),
        .q(seed_lo$q),
        .clock(seed_lo$clock)
    );
    top$done_flag done_flag(
        .d(done_flag$d),
        .q(done_flag$q),
        .clock(done_flag$clock)
    );
    top$input_free input_free(
        .d(input_free$d),
        .q(input_free$q),
        .clock(input_free$clock)
    );
    top$rd_q rd_q(
        .d(rd_q$d),
        .q(rd_q$q),
        .clock(rd_q$clock)
    );
    top$rd_sum_q rd_sum_q(
        .d(rd_sum_q$d),
        .q(rd_sum_q$q),
        .clock(rd_sum_q$clock)
    );
    top$rd_sign_q rd_sign_q(
        .d(rd_sign_q$d),
        .q(rd_sign_q$q),
        .clock(rd_sign_q$clock)
    );
    top$rd_lane_q rd_lane_q(
        .d(rd_lane_q$d),
        .q(rd_lane_q$q),
        .clock(rd_lane_q$clock)
    );
    top$rd_reg_q rd_reg_q(
        .d(rd_reg_q$d),
        .q(rd_reg_q$q),
        .clock(rd_reg_q$clock)
    );
    top$idx_r idx_r(
        .d(idx_r$d),
        .q(idx_r$q),
        .clock(idx_r$clock)
    );
    top$d1_phase d1_phase(
        .d(d1_phase$d),
        .q(d1_phase$q),
        .clock(d1_phase$clock)
    );
    top$d1_acc d1_acc(
        .d(d1_acc$d),
        .q(d1_acc$q),
        .clock(d1_acc$clock)
    );
    top$d1_border d1_border(
        .d(d1_border$d),
        .q(d1_border$q),
        .clock(d1_border$clock)
    );
    top$d1_first d1_first(
        .d(d1_first$d),
        .q(d1_first$q),
        .clock(d1_first$clock)
    );
    top$d1_valid d1_valid(
        .d(d1_valid$d),
        .q(d1_valid$q),
        .clock(d1_valid$clock)
    );
    top$d1_drain0 d1_drain0(
        .d(d1_drain0$d),
        .q(d1_drain0$q),
        .clock(d1_drain0$clock)
    );
    top$d1_idx d1_idx(
        .d(d1_idx$d),
        .q(d1_idx$q),
        .clock(d1_idx$clock)
    );
    top$d1_group d1_group(
        .d(d1_group$d),
        .q(d1_group$q),
        .clock(d1_group$clock)
    );
    top$d1_pos d1_pos(
        .d(d1_pos$d),
        .q(d1_pos$q),
        .clock(d1_pos$clock)
    );
    top$d2_phase d2_phase(
        .d(d2_phase$d),
        .q(d2_phase$q),
        .clock(d2_phase$clock)
    );
    top$d2_acc d2_acc(
        .d(d2_acc$d),
        .q(d2_acc$q),
        .clock(d2_acc$clock)
    );
    top$d2_first d2_first(
        .d(d2_first$d),
        .q(d2_first$q),
        .clock(d2_first$clock)
    );
    top$d2_add d2_add(
        .d(d2_add$d),
        .q(d2_add$q),
        .clock(d2_add$clock)
    );
    top$d2_drain0 d2_drain0(
        .d(d2_drain0$d),
        .q(d2_drain0$q),
        .clock(d2_drain0$clock)
    );
    top$d2_spin d2_spin(
        .d(d2_spin$d),
        .q(d2_spin$q),
        .clock(d2_spin$clock)
    );
    top$d1_goff d1_goff(
        .d(d1_goff$d),
        .q(d1_goff$q),
        .clock(d1_goff$clock)
    );
    top$group_ext7 group_ext7(
        .narrow(group_ext7$narrow),
        .wide(group_ext7$wide)
    );
    top$d1_group_ext7 d1_group_ext7(
        .narrow(d1_group_ext7$narrow),
        .wide(d1_group_ext7$wide)
    );
    top$group_ext8 group_ext8(
        .narrow(group_ext8$narrow),
        .wide(group_ext8$wide)
    );
    top$group_ext_sum group_ext_sum(
        .narrow(group_ext_sum$narrow),
        .wide(group_ext_sum$wide)
    );
    top$pos_ext_sum pos_ext_sum(
        .narrow(pos_ext_sum$narrow),
        .wide(pos_ext_sum$wide)
    );
    top$rd_group_ext_sum rd_group_ext_sum(
        .narrow(rd_group_ext_sum$narrow),
        .wide(rd_group_ext_sum$wide)
    );
    top$rd_pos_ext_sum rd_pos_ext_sum(
        .narrow(rd_pos_ext_sum$narrow),
        .wide(rd_pos_ext_sum$wide)
    );
    top$d1_group_ext d1_group_ext(
        .narrow(d1_group_ext$narrow),
        .wide(d1_group_ext$wide)
    );
    top$c0_ext c0_ext(
        .narrow(c0_ext$narrow),
        .wide(c0_ext$wide)
    );
    top$seed_hi_ext seed_hi_ext(
        .narrow(seed_hi_ext$narrow),
        .wide(seed_hi_ext$wide)
    );
    top$seed_lo_ext seed_lo_ext(
        .narrow(seed_lo_ext$narrow),
        .wide(seed_lo_ext$wide)
    );
    top$sum_ext sum_ext(
        .narrow(sum_ext$narrow),
        .wide(sum_ext$wide)
    );
    top$cycle_hi_ext cycle_hi_ext(
        .narrow(cycle_hi_ext$narrow),
        .wide(cycle_hi_ext$wide)
    );
    top$field_ext$0 field_ext$0(
        .narrow(field_ext$0$narrow),
        .wide(field_ext$0$wide)
    );
    top$field_ext$1 field_ext$1(
        .narrow(field_ext$1$narrow),
        .wide(field_ext$1$wide)
    );
    top$field_ext$2 field_ext$2(
        .narrow(field_ext$2$narrow),
        .wide(field_ext$2$wide)
    );
    top$field_ext$3 field_ext$3(
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

endmodule // top


module top$bias_base(d,q,clock);

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

endmodule // top$bias_base


module top$burn_in(d,q,clock);

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

endmodule // top$burn_in


module top$c0_ext(narrow,wide);

    // Module arguments
    input wire  [6:0] narrow;
    output reg  [12:0] wide;

    // Update code (custom)
    always @(*) wide = {{6{1'b0}}, narrow};
endmodule // top$c0_ext


module top$clamp(clock,wr_en,wr_region,wr_group,wr_pos,wr_mask,wr_data$0,wr_data$1,wr_data$2,wr_data$3,rd_region,rd_group,rd_pos,rd_data$0,rd_data$1,rd_data$2,rd_data$3);

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
    top$clamp$banks$0 banks$0(
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
    top$clamp$banks$1 banks$1(
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
    top$clamp$banks$2 banks$2(
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
    top$clamp$banks$3 banks$3(
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

endmodule // top$clamp


module top$clamp$banks$0(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

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
endmodule // top$clamp$banks$0


module top$clamp$banks$1(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

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
endmodule // top$clamp$banks$1


module top$clamp$banks$2(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

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
endmodule // top$clamp$banks$2


module top$clamp$banks$3(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

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
endmodule // top$clamp$banks$3


module top$coupling(clock,wr_en,wr_bank,wr_addr,wr_data,rd_addr,rd_data$0,rd_data$1,rd_data$2,rd_data$3);

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
    top$coupling$banks$0 banks$0(
        .clock(banks$0$clock),
        .read_address(banks$0$read_address),
        .read_data(banks$0$read_data),
        .write_address(banks$0$write_address),
        .write_data(banks$0$write_data),
        .write_enable(banks$0$write_enable)
    );
    top$coupling$banks$1 banks$1(
        .clock(banks$1$clock),
        .read_address(banks$1$read_address),
        .read_data(banks$1$read_data),
        .write_address(banks$1$write_address),
        .write_data(banks$1$write_data),
        .write_enable(banks$1$write_enable)
    );
    top$coupling$banks$2 banks$2(
        .clock(banks$2$clock),
        .read_address(banks$2$read_address),
        .read_data(banks$2$read_data),
        .write_address(banks$2$write_address),
        .write_data(banks$2$write_data),
        .write_enable(banks$2$write_enable)
    );
    top$coupling$banks$3 banks$3(
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

endmodule // top$coupling


module top$coupling$banks$0(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // top$coupling$banks$0


module top$coupling$banks$1(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // top$coupling$banks$1


module top$coupling$banks$2(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // top$coupling$banks$2


module top$coupling$banks$3(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // top$coupling$banks$3


module top$ctrl(clock,start,c0,c1,c2,h,w,k1,k2,sweeps,busy,done,phase,pos,group,sweep,kind,drain_cycle,channel,tap,source_valid,source_pos,cycle);

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
    top$ctrl$busy_r busy_r(
        .d(busy_r$d),
        .q(busy_r$q),
        .clock(busy_r$clock)
    );
    top$ctrl$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    top$ctrl$phase_r phase_r(
        .d(phase_r$d),
        .q(phase_r$q),
        .clock(phase_r$clock)
    );
    top$ctrl$y_r y_r(
        .d(y_r$d),
        .q(y_r$q),
        .clock(y_r$clock)
    );
    top$ctrl$x_r x_r(
        .d(x_r$d),
        .q(x_r$q),
        .clock(x_r$clock)
    );
    top$ctrl$pos_r pos_r(
        .d(pos_r$d),
        .q(pos_r$q),
        .clock(pos_r$clock)
    );
    top$ctrl$group_r group_r(
        .d(group_r$d),
        .q(group_r$q),
        .clock(group_r$clock)
    );
    top$ctrl$rem_r rem_r(
        .d(rem_r$d),
        .q(rem_r$q),
        .clock(rem_r$clock)
    );
    top$ctrl$channel_r channel_r(
        .d(channel_r$d),
        .q(channel_r$q),
        .clock(channel_r$clock)
    );
    top$ctrl$ty_r ty_r(
        .d(ty_r$d),
        .q(ty_r$q),
        .clock(ty_r$clock)
    );
    top$ctrl$tx_r tx_r(
        .d(tx_r$d),
        .q(tx_r$q),
        .clock(tx_r$clock)
    );
    top$ctrl$tap_r tap_r(
        .d(tap_r$d),
        .q(tap_r$q),
        .clock(tap_r$clock)
    );
    top$ctrl$border_r border_r(
        .d(border_r$d),
        .q(border_r$q),
        .clock(border_r$clock)
    );
    top$ctrl$drain_r drain_r(
        .d(drain_r$d),
        .q(drain_r$q),
        .clock(drain_r$clock)
    );
    top$ctrl$dcyc_r dcyc_r(
        .d(dcyc_r$d),
        .q(dcyc_r$q),
        .clock(dcyc_r$clock)
    );
    top$ctrl$sweep_r sweep_r(
        .d(sweep_r$d),
        .q(sweep_r$q),
        .clock(sweep_r$clock)
    );
    top$ctrl$cycle_r cycle_r(
        .d(cycle_r$d),
        .q(cycle_r$q),
        .clock(cycle_r$clock)
    );
    top$ctrl$w_ext w_ext(
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

endmodule // top$ctrl


module top$ctrl$border_r(d,q,clock);

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

endmodule // top$ctrl$border_r


module top$ctrl$busy_r(d,q,clock);

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

endmodule // top$ctrl$busy_r


module top$ctrl$channel_r(d,q,clock);

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

endmodule // top$ctrl$channel_r


module top$ctrl$cycle_r(d,q,clock);

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

endmodule // top$ctrl$cycle_r


module top$ctrl$dcyc_r(d,q,clock);

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

endmodule // top$ctrl$dcyc_r


module top$ctrl$done_r(d,q,clock);

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

endmodule // top$ctrl$done_r


module top$ctrl$drain_r(d,q,clock);

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

endmodule // top$ctrl$drain_r


module top$ctrl$group_r(d,q,clock);

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

endmodule // top$ctrl$group_r


module top$ctrl$phase_r(d,q,clock);

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

endmodule // top$ctrl$phase_r


module top$ctrl$pos_r(d,q,clock);

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

endmodule // top$ctrl$pos_r


module top$ctrl$rem_r(d,q,clock);

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

endmodule // top$ctrl$rem_r


module top$ctrl$sweep_r(d,q,clock);

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

endmodule // top$ctrl$sweep_r


module top$ctrl$tap_r(d,q,clock);

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

endmodule // top$ctrl$tap_r


module top$ctrl$tx_r(d,q,clock);

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

endmodule // top$ctrl$tx_r


module top$ctrl$ty_r(d,q,clock);

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

endmodule // top$ctrl$ty_r


module top$ctrl$w_ext(narrow,wide);

    // Module arguments
    input wire  [4:0] narrow;
    output reg  [7:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$ctrl$w_ext


module top$ctrl$x_r(d,q,clock);

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

endmodule // top$ctrl$x_r


module top$ctrl$y_r(d,q,clock);

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

endmodule // top$ctrl$y_r


module top$cycle_hi_ext(narrow,wide);

    // Module arguments
    input wire  [4:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{27{1'b0}}, narrow};
endmodule // top$cycle_hi_ext


module top$d1_acc(d,q,clock);

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

endmodule // top$d1_acc


module top$d1_border(d,q,clock);

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

endmodule // top$d1_border


module top$d1_drain0(d,q,clock);

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

endmodule // top$d1_drain0


module top$d1_first(d,q,clock);

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

endmodule // top$d1_first


module top$d1_goff(d,q,clock);

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

endmodule // top$d1_goff


module top$d1_group(d,q,clock);

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

endmodule // top$d1_group


module top$d1_group_ext(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [12:0] wide;

    // Update code (custom)
    always @(*) wide = {{9{1'b0}}, narrow};
endmodule // top$d1_group_ext


module top$d1_group_ext7(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [6:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$d1_group_ext7


module top$d1_idx(d,q,clock);

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

endmodule // top$d1_idx


module top$d1_phase(d,q,clock);

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

endmodule // top$d1_phase


module top$d1_pos(d,q,clock);

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

endmodule // top$d1_pos


module top$d1_valid(d,q,clock);

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

endmodule // top$d1_valid


module top$d2_acc(d,q,clock);

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

endmodule // top$d2_acc


module top$d2_add(d,q,clock);

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

endmodule // top$d2_add


module top$d2_drain0(d,q,clock);

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

endmodule // top$d2_drain0


module top$d2_first(d,q,clock);

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

endmodule // top$d2_first


module top$d2_phase(d,q,clock);

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

endmodule // top$d2_phase


module top$d2_spin(d,q,clock);

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

endmodule // top$d2_spin


module top$delta(d,q,clock);

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

endmodule // top$delta


module top$done_flag(d,q,clock);

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

endmodule // top$done_flag


module top$field_ext$0(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$field_ext$0


module top$field_ext$1(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$field_ext$1


module top$field_ext$2(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$field_ext$2


module top$field_ext$3(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$field_ext$3


module top$geo_c0(d,q,clock);

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

endmodule // top$geo_c0


module top$geo_c1(d,q,clock);

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

endmodule // top$geo_c1


module top$geo_c2(d,q,clock);

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

endmodule // top$geo_c2


module top$geo_h(d,q,clock);

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

endmodule // top$geo_h


module top$geo_k1(d,q,clock);

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

endmodule // top$geo_k1


module top$geo_k2(d,q,clock);

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

endmodule // top$geo_k2


module top$geo_w(d,q,clock);

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

endmodule // top$geo_w


module top$group_ext7(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [6:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$group_ext7


module top$group_ext8(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [7:0] wide;

    // Update code (custom)
    always @(*) wide = {{4{1'b0}}, narrow};
endmodule // top$group_ext8


module top$group_ext_sum(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{11{1'b0}}, narrow};
endmodule // top$group_ext_sum


module top$idx_r(d,q,clock);

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

endmodule // top$idx_r


module top$input_free(d,q,clock);

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

endmodule // top$input_free


module top$k1_stride(d,q,clock);

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

endmodule // top$k1_stride


module top$k1m_base(d,q,clock);

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

endmodule // top$k1m_base


module top$k1p_base(d,q,clock);

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

endmodule // top$k1p_base


module top$k3u_base(d,q,clock);

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

endmodule // top$k3u_base


module top$k3u_stride(d,q,clock);

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

endmodule // top$k3u_stride


module top$k_c2(d,q,clock);

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

endmodule // top$k_c2


module top$k_field(d,q,clock);

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

endmodule // top$k_field


module top$k_h1(d,q,clock);

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

endmodule // top$k_h1


module top$lane_mask(c1,c2,phase,group,mask);

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
endmodule // top$lane_mask


module top$lanes$0(clock,seed,load,clear,preload_en,preload,add_en,weight,source_spin,compute,delta_code,shift_amount,offset,acc,field,state,spin,spin_valid,start_spin);

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
    top$lanes$0$rng rng(
        .clock(rng$clock),
        .seed(rng$seed),
        .load(rng$load),
        .step(rng$step),
        .state(rng$state),
        .draw(rng$draw)
    );
    top$lanes$0$field_unit field_unit(
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
    top$lanes$0$pbit pbit(
        .clock(pbit$clock),
        .field(pbit$field),
        .r(pbit$r),
        .spin(pbit$spin)
    );
    top$lanes$0$step_1 step_1(
        .d(step_1$d),
        .q(step_1$q),
        .clock(step_1$clock)
    );
    top$lanes$0$step_2 step_2(
        .d(step_2$d),
        .q(step_2$q),
        .clock(step_2$clock)
    );
    top$lanes$0$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$lanes$0$start_q start_q(
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

endmodule // top$lanes$0


module top$lanes$0$field_unit(clock,clear,preload_en,preload,add_en,weight,spin,acc,compute,delta_code,shift_amount,offset,field,valid);

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
    top$lanes$0$field_unit$acc_reg acc_reg(
        .d(acc_reg$d),
        .q(acc_reg$q),
        .clock(acc_reg$clock)
    );
    top$lanes$0$field_unit$weight_ext weight_ext(
        .narrow(weight_ext$narrow),
        .wide(weight_ext$wide)
    );
    top$lanes$0$field_unit$delta_ext delta_ext(
        .narrow(delta_ext$narrow),
        .wide(delta_ext$wide)
    );
    top$lanes$0$field_unit$a_low a_low(
        .d(a_low$d),
        .q(a_low$q),
        .clock(a_low$clock)
    );
    top$lanes$0$field_unit$a_addend a_addend(
        .d(a_addend$d),
        .q(a_addend$q),
        .clock(a_addend$clock)
    );
    top$lanes$0$field_unit$a_shift a_shift(
        .d(a_shift$d),
        .q(a_shift$q),
        .clock(a_shift$clock)
    );
    top$lanes$0$field_unit$a_offset a_offset(
        .d(a_offset$d),
        .q(a_offset$q),
        .clock(a_offset$clock)
    );
    top$lanes$0$field_unit$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$lanes$0$field_unit$low_ext low_ext(
        .narrow(low_ext$narrow),
        .wide(low_ext$wide)
    );
    top$lanes$0$field_unit$b_coarse b_coarse(
        .d(b_coarse$d),
        .q(b_coarse$q),
        .clock(b_coarse$clock)
    );
    top$lanes$0$field_unit$b_fine b_fine(
        .d(b_fine$d),
        .q(b_fine$q),
        .clock(b_fine$clock)
    );
    top$lanes$0$field_unit$b_offset b_offset(
        .d(b_offset$d),
        .q(b_offset$q),
        .clock(b_offset$clock)
    );
    top$lanes$0$field_unit$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$lanes$0$field_unit$offset_ext offset_ext(
        .narrow(offset_ext$narrow),
        .wide(offset_ext$wide)
    );
    top$lanes$0$field_unit$c_field c_field(
        .d(c_field$d),
        .q(c_field$q),
        .clock(c_field$clock)
    );
    top$lanes$0$field_unit$c_valid c_valid(
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

endmodule // top$lanes$0$field_unit


module top$lanes$0$field_unit$a_addend(d,q,clock);

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

endmodule // top$lanes$0$field_unit$a_addend


module top$lanes$0$field_unit$a_low(d,q,clock);

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

endmodule // top$lanes$0$field_unit$a_low


module top$lanes$0$field_unit$a_offset(d,q,clock);

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

endmodule // top$lanes$0$field_unit$a_offset


module top$lanes$0$field_unit$a_shift(d,q,clock);

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

endmodule // top$lanes$0$field_unit$a_shift


module top$lanes$0$field_unit$a_valid(d,q,clock);

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

endmodule // top$lanes$0$field_unit$a_valid


module top$lanes$0$field_unit$acc_reg(d,q,clock);

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

endmodule // top$lanes$0$field_unit$acc_reg


module top$lanes$0$field_unit$b_coarse(d,q,clock);

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

endmodule // top$lanes$0$field_unit$b_coarse


module top$lanes$0$field_unit$b_fine(d,q,clock);

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

endmodule // top$lanes$0$field_unit$b_fine


module top$lanes$0$field_unit$b_offset(d,q,clock);

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

endmodule // top$lanes$0$field_unit$b_offset


module top$lanes$0$field_unit$b_valid(d,q,clock);

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

endmodule // top$lanes$0$field_unit$b_valid


module top$lanes$0$field_unit$c_field(d,q,clock);

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

endmodule // top$lanes$0$field_unit$c_field


module top$lanes$0$field_unit$c_valid(d,q,clock);

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

endmodule // top$lanes$0$field_unit$c_valid


module top$lanes$0$field_unit$delta_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{18{1'b0}}, narrow};
endmodule // top$lanes$0$field_unit$delta_ext


module top$lanes$0$field_unit$low_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{1'b0}}, narrow};
endmodule // top$lanes$0$field_unit$low_ext


module top$lanes$0$field_unit$offset_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$lanes$0$field_unit$offset_ext


module top$lanes$0$field_unit$weight_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$lanes$0$field_unit$weight_ext


module top$lanes$0$pbit(clock,field,r,spin);

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
    top$lanes$0$pbit$thresholds thresholds(
        .address(thresholds$address),
        .clock(thresholds$clock),
        .data(thresholds$data)
    );
    top$lanes$0$pbit$negative negative(
        .d(negative$d),
        .q(negative$q),
        .clock(negative$clock)
    );
    top$lanes$0$pbit$r_reg r_reg(
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

endmodule // top$lanes$0$pbit


module top$lanes$0$pbit$negative(d,q,clock);

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

endmodule // top$lanes$0$pbit$negative


module top$lanes$0$pbit$r_reg(d,q,clock);

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

endmodule // top$lanes$0$pbit$r_reg


module top$lanes$0$pbit$thresholds(address,clock,data);

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
endmodule // top$lanes$0$pbit$thresholds


module top$lanes$0$rng(clock,seed,load,step,state,draw);

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
    top$lanes$0$rng$state_reg state_reg(
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

endmodule // top$lanes$0$rng


module top$lanes$0$rng$state_reg(d,q,clock);

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

endmodule // top$lanes$0$rng$state_reg


module top$lanes$0$start_q(d,q,clock);

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

endmodule // top$lanes$0$start_q


module top$lanes$0$step_1(d,q,clock);

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

endmodule // top$lanes$0$step_1


module top$lanes$0$step_2(d,q,clock);

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

endmodule // top$lanes$0$step_2


module top$lanes$0$valid_q(d,q,clock);

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

endmodule // top$lanes$0$valid_q


module top$lanes$1(clock,seed,load,clear,preload_en,preload,add_en,weight,source_spin,compute,delta_code,shift_amount,offset,acc,field,state,spin,spin_valid,start_spin);

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
    top$lanes$1$rng rng(
        .clock(rng$clock),
        .seed(rng$seed),
        .load(rng$load),
        .step(rng$step),
        .state(rng$state),
        .draw(rng$draw)
    );
    top$lanes$1$field_unit field_unit(
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
    top$lanes$1$pbit pbit(
        .clock(pbit$clock),
        .field(pbit$field),
        .r(pbit$r),
        .spin(pbit$spin)
    );
    top$lanes$1$step_1 step_1(
        .d(step_1$d),
        .q(step_1$q),
        .clock(step_1$clock)
    );
    top$lanes$1$step_2 step_2(
        .d(step_2$d),
        .q(step_2$q),
        .clock(step_2$clock)
    );
    top$lanes$1$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$lanes$1$start_q start_q(
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

endmodule // top$lanes$1


module top$lanes$1$field_unit(clock,clear,preload_en,preload,add_en,weight,spin,acc,compute,delta_code,shift_amount,offset,field,valid);

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
    top$lanes$1$field_unit$acc_reg acc_reg(
        .d(acc_reg$d),
        .q(acc_reg$q),
        .clock(acc_reg$clock)
    );
    top$lanes$1$field_unit$weight_ext weight_ext(
        .narrow(weight_ext$narrow),
        .wide(weight_ext$wide)
    );
    top$lanes$1$field_unit$delta_ext delta_ext(
        .narrow(delta_ext$narrow),
        .wide(delta_ext$wide)
    );
    top$lanes$1$field_unit$a_low a_low(
        .d(a_low$d),
        .q(a_low$q),
        .clock(a_low$clock)
    );
    top$lanes$1$field_unit$a_addend a_addend(
        .d(a_addend$d),
        .q(a_addend$q),
        .clock(a_addend$clock)
    );
    top$lanes$1$field_unit$a_shift a_shift(
        .d(a_shift$d),
        .q(a_shift$q),
        .clock(a_shift$clock)
    );
    top$lanes$1$field_unit$a_offset a_offset(
        .d(a_offset$d),
        .q(a_offset$q),
        .clock(a_offset$clock)
    );
    top$lanes$1$field_unit$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$lanes$1$field_unit$low_ext low_ext(
        .narrow(low_ext$narrow),
        .wide(low_ext$wide)
    );
    top$lanes$1$field_unit$b_coarse b_coarse(
        .d(b_coarse$d),
        .q(b_coarse$q),
        .clock(b_coarse$clock)
    );
    top$lanes$1$field_unit$b_fine b_fine(
        .d(b_fine$d),
        .q(b_fine$q),
        .clock(b_fine$clock)
    );
    top$lanes$1$field_unit$b_offset b_offset(
        .d(b_offset$d),
        .q(b_offset$q),
        .clock(b_offset$clock)
    );
    top$lanes$1$field_unit$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$lanes$1$field_unit$offset_ext offset_ext(
        .narrow(offset_ext$narrow),
        .wide(offset_ext$wide)
    );
    top$lanes$1$field_unit$c_field c_field(
        .d(c_field$d),
        .q(c_field$q),
        .clock(c_field$clock)
    );
    top$lanes$1$field_unit$c_valid c_valid(
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

endmodule // top$lanes$1$field_unit


module top$lanes$1$field_unit$a_addend(d,q,clock);

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

endmodule // top$lanes$1$field_unit$a_addend


module top$lanes$1$field_unit$a_low(d,q,clock);

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

endmodule // top$lanes$1$field_unit$a_low


module top$lanes$1$field_unit$a_offset(d,q,clock);

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

endmodule // top$lanes$1$field_unit$a_offset


module top$lanes$1$field_unit$a_shift(d,q,clock);

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

endmodule // top$lanes$1$field_unit$a_shift


module top$lanes$1$field_unit$a_valid(d,q,clock);

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

endmodule // top$lanes$1$field_unit$a_valid


module top$lanes$1$field_unit$acc_reg(d,q,clock);

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

endmodule // top$lanes$1$field_unit$acc_reg


module top$lanes$1$field_unit$b_coarse(d,q,clock);

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

endmodule // top$lanes$1$field_unit$b_coarse


module top$lanes$1$field_unit$b_fine(d,q,clock);

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

endmodule // top$lanes$1$field_unit$b_fine


module top$lanes$1$field_unit$b_offset(d,q,clock);

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

endmodule // top$lanes$1$field_unit$b_offset


module top$lanes$1$field_unit$b_valid(d,q,clock);

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

endmodule // top$lanes$1$field_unit$b_valid


module top$lanes$1$field_unit$c_field(d,q,clock);

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

endmodule // top$lanes$1$field_unit$c_field


module top$lanes$1$field_unit$c_valid(d,q,clock);

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

endmodule // top$lanes$1$field_unit$c_valid


module top$lanes$1$field_unit$delta_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{18{1'b0}}, narrow};
endmodule // top$lanes$1$field_unit$delta_ext


module top$lanes$1$field_unit$low_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{1'b0}}, narrow};
endmodule // top$lanes$1$field_unit$low_ext


module top$lanes$1$field_unit$offset_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$lanes$1$field_unit$offset_ext


module top$lanes$1$field_unit$weight_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$lanes$1$field_unit$weight_ext


module top$lanes$1$pbit(clock,field,r,spin);

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
    top$lanes$1$pbit$thresholds thresholds(
        .address(thresholds$address),
        .clock(thresholds$clock),
        .data(thresholds$data)
    );
    top$lanes$1$pbit$negative negative(
        .d(negative$d),
        .q(negative$q),
        .clock(negative$clock)
    );
    top$lanes$1$pbit$r_reg r_reg(
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

endmodule // top$lanes$1$pbit


module top$lanes$1$pbit$negative(d,q,clock);

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

endmodule // top$lanes$1$pbit$negative


module top$lanes$1$pbit$r_reg(d,q,clock);

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

endmodule // top$lanes$1$pbit$r_reg


module top$lanes$1$pbit$thresholds(address,clock,data);

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
endmodule // top$lanes$1$pbit$thresholds


module top$lanes$1$rng(clock,seed,load,step,state,draw);

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
    top$lanes$1$rng$state_reg state_reg(
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

endmodule // top$lanes$1$rng


module top$lanes$1$rng$state_reg(d,q,clock);

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

endmodule // top$lanes$1$rng$state_reg


module top$lanes$1$start_q(d,q,clock);

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

endmodule // top$lanes$1$start_q


module top$lanes$1$step_1(d,q,clock);

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

endmodule // top$lanes$1$step_1


module top$lanes$1$step_2(d,q,clock);

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

endmodule // top$lanes$1$step_2


module top$lanes$1$valid_q(d,q,clock);

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

endmodule // top$lanes$1$valid_q


module top$lanes$2(clock,seed,load,clear,preload_en,preload,add_en,weight,source_spin,compute,delta_code,shift_amount,offset,acc,field,state,spin,spin_valid,start_spin);

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
    top$lanes$2$rng rng(
        .clock(rng$clock),
        .seed(rng$seed),
        .load(rng$load),
        .step(rng$step),
        .state(rng$state),
        .draw(rng$draw)
    );
    top$lanes$2$field_unit field_unit(
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
    top$lanes$2$pbit pbit(
        .clock(pbit$clock),
        .field(pbit$field),
        .r(pbit$r),
        .spin(pbit$spin)
    );
    top$lanes$2$step_1 step_1(
        .d(step_1$d),
        .q(step_1$q),
        .clock(step_1$clock)
    );
    top$lanes$2$step_2 step_2(
        .d(step_2$d),
        .q(step_2$q),
        .clock(step_2$clock)
    );
    top$lanes$2$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$lanes$2$start_q start_q(
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

endmodule // top$lanes$2


module top$lanes$2$field_unit(clock,clear,preload_en,preload,add_en,weight,spin,acc,compute,delta_code,shift_amount,offset,field,valid);

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
    top$lanes$2$field_unit$acc_reg acc_reg(
        .d(acc_reg$d),
        .q(acc_reg$q),
        .clock(acc_reg$clock)
    );
    top$lanes$2$field_unit$weight_ext weight_ext(
        .narrow(weight_ext$narrow),
        .wide(weight_ext$wide)
    );
    top$lanes$2$field_unit$delta_ext delta_ext(
        .narrow(delta_ext$narrow),
        .wide(delta_ext$wide)
    );
    top$lanes$2$field_unit$a_low a_low(
        .d(a_low$d),
        .q(a_low$q),
        .clock(a_low$clock)
    );
    top$lanes$2$field_unit$a_addend a_addend(
        .d(a_addend$d),
        .q(a_addend$q),
        .clock(a_addend$clock)
    );
    top$lanes$2$field_unit$a_shift a_shift(
        .d(a_shift$d),
        .q(a_shift$q),
        .clock(a_shift$clock)
    );
    top$lanes$2$field_unit$a_offset a_offset(
        .d(a_offset$d),
        .q(a_offset$q),
        .clock(a_offset$clock)
    );
    top$lanes$2$field_unit$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$lanes$2$field_unit$low_ext low_ext(
        .narrow(low_ext$narrow),
        .wide(low_ext$wide)
    );
    top$lanes$2$field_unit$b_coarse b_coarse(
        .d(b_coarse$d),
        .q(b_coarse$q),
        .clock(b_coarse$clock)
    );
    top$lanes$2$field_unit$b_fine b_fine(
        .d(b_fine$d),
        .q(b_fine$q),
        .clock(b_fine$clock)
    );
    top$lanes$2$field_unit$b_offset b_offset(
        .d(b_offset$d),
        .q(b_offset$q),
        .clock(b_offset$clock)
    );
    top$lanes$2$field_unit$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$lanes$2$field_unit$offset_ext offset_ext(
        .narrow(offset_ext$narrow),
        .wide(offset_ext$wide)
    );
    top$lanes$2$field_unit$c_field c_field(
        .d(c_field$d),
        .q(c_field$q),
        .clock(c_field$clock)
    );
    top$lanes$2$field_unit$c_valid c_valid(
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

endmodule // top$lanes$2$field_unit


module top$lanes$2$field_unit$a_addend(d,q,clock);

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

endmodule // top$lanes$2$field_unit$a_addend


module top$lanes$2$field_unit$a_low(d,q,clock);

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

endmodule // top$lanes$2$field_unit$a_low


module top$lanes$2$field_unit$a_offset(d,q,clock);

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

endmodule // top$lanes$2$field_unit$a_offset


module top$lanes$2$field_unit$a_shift(d,q,clock);

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

endmodule // top$lanes$2$field_unit$a_shift


module top$lanes$2$field_unit$a_valid(d,q,clock);

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

endmodule // top$lanes$2$field_unit$a_valid


module top$lanes$2$field_unit$acc_reg(d,q,clock);

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

endmodule // top$lanes$2$field_unit$acc_reg


module top$lanes$2$field_unit$b_coarse(d,q,clock);

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

endmodule // top$lanes$2$field_unit$b_coarse


module top$lanes$2$field_unit$b_fine(d,q,clock);

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

endmodule // top$lanes$2$field_unit$b_fine


module top$lanes$2$field_unit$b_offset(d,q,clock);

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

endmodule // top$lanes$2$field_unit$b_offset


module top$lanes$2$field_unit$b_valid(d,q,clock);

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

endmodule // top$lanes$2$field_unit$b_valid


module top$lanes$2$field_unit$c_field(d,q,clock);

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

endmodule // top$lanes$2$field_unit$c_field


module top$lanes$2$field_unit$c_valid(d,q,clock);

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

endmodule // top$lanes$2$field_unit$c_valid


module top$lanes$2$field_unit$delta_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{18{1'b0}}, narrow};
endmodule // top$lanes$2$field_unit$delta_ext


module top$lanes$2$field_unit$low_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{1'b0}}, narrow};
endmodule // top$lanes$2$field_unit$low_ext


module top$lanes$2$field_unit$offset_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$lanes$2$field_unit$offset_ext


module top$lanes$2$field_unit$weight_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$lanes$2$field_unit$weight_ext


module top$lanes$2$pbit(clock,field,r,spin);

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
    top$lanes$2$pbit$thresholds thresholds(
        .address(thresholds$address),
        .clock(thresholds$clock),
        .data(thresholds$data)
    );
    top$lanes$2$pbit$negative negative(
        .d(negative$d),
        .q(negative$q),
        .clock(negative$clock)
    );
    top$lanes$2$pbit$r_reg r_reg(
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

endmodule // top$lanes$2$pbit


module top$lanes$2$pbit$negative(d,q,clock);

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

endmodule // top$lanes$2$pbit$negative


module top$lanes$2$pbit$r_reg(d,q,clock);

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

endmodule // top$lanes$2$pbit$r_reg


module top$lanes$2$pbit$thresholds(address,clock,data);

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
endmodule // top$lanes$2$pbit$thresholds


module top$lanes$2$rng(clock,seed,load,step,state,draw);

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
    top$lanes$2$rng$state_reg state_reg(
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

endmodule // top$lanes$2$rng


module top$lanes$2$rng$state_reg(d,q,clock);

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

endmodule // top$lanes$2$rng$state_reg


module top$lanes$2$start_q(d,q,clock);

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

endmodule // top$lanes$2$start_q


module top$lanes$2$step_1(d,q,clock);

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

endmodule // top$lanes$2$step_1


module top$lanes$2$step_2(d,q,clock);

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

endmodule // top$lanes$2$step_2


module top$lanes$2$valid_q(d,q,clock);

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

endmodule // top$lanes$2$valid_q


module top$lanes$3(clock,seed,load,clear,preload_en,preload,add_en,weight,source_spin,compute,delta_code,shift_amount,offset,acc,field,state,spin,spin_valid,start_spin);

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
    top$lanes$3$rng rng(
        .clock(rng$clock),
        .seed(rng$seed),
        .load(rng$load),
        .step(rng$step),
        .state(rng$state),
        .draw(rng$draw)
    );
    top$lanes$3$field_unit field_unit(
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
    top$lanes$3$pbit pbit(
        .clock(pbit$clock),
        .field(pbit$field),
        .r(pbit$r),
        .spin(pbit$spin)
    );
    top$lanes$3$step_1 step_1(
        .d(step_1$d),
        .q(step_1$q),
        .clock(step_1$clock)
    );
    top$lanes$3$step_2 step_2(
        .d(step_2$d),
        .q(step_2$q),
        .clock(step_2$clock)
    );
    top$lanes$3$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$lanes$3$start_q start_q(
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

endmodule // top$lanes$3


module top$lanes$3$field_unit(clock,clear,preload_en,preload,add_en,weight,spin,acc,compute,delta_code,shift_amount,offset,field,valid);

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
    top$lanes$3$field_unit$acc_reg acc_reg(
        .d(acc_reg$d),
        .q(acc_reg$q),
        .clock(acc_reg$clock)
    );
    top$lanes$3$field_unit$weight_ext weight_ext(
        .narrow(weight_ext$narrow),
        .wide(weight_ext$wide)
    );
    top$lanes$3$field_unit$delta_ext delta_ext(
        .narrow(delta_ext$narrow),
        .wide(delta_ext$wide)
    );
    top$lanes$3$field_unit$a_low a_low(
        .d(a_low$d),
        .q(a_low$q),
        .clock(a_low$clock)
    );
    top$lanes$3$field_unit$a_addend a_addend(
        .d(a_addend$d),
        .q(a_addend$q),
        .clock(a_addend$clock)
    );
    top$lanes$3$field_unit$a_shift a_shift(
        .d(a_shift$d),
        .q(a_shift$q),
        .clock(a_shift$clock)
    );
    top$lanes$3$field_unit$a_offset a_offset(
        .d(a_offset$d),
        .q(a_offset$q),
        .clock(a_offset$clock)
    );
    top$lanes$3$field_unit$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$lanes$3$field_unit$low_ext low_ext(
        .narrow(low_ext$narrow),
        .wide(low_ext$wide)
    );
    top$lanes$3$field_unit$b_coarse b_coarse(
        .d(b_coarse$d),
        .q(b_coarse$q),
        .clock(b_coarse$clock)
    );
    top$lanes$3$field_unit$b_fine b_fine(
        .d(b_fine$d),
        .q(b_fine$q),
        .clock(b_fine$clock)
    );
    top$lanes$3$field_unit$b_offset b_offset(
        .d(b_offset$d),
        .q(b_offset$q),
        .clock(b_offset$clock)
    );
    top$lanes$3$field_unit$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$lanes$3$field_unit$offset_ext offset_ext(
        .narrow(offset_ext$narrow),
        .wide(offset_ext$wide)
    );
    top$lanes$3$field_unit$c_field c_field(
        .d(c_field$d),
        .q(c_field$q),
        .clock(c_field$clock)
    );
    top$lanes$3$field_unit$c_valid c_valid(
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

endmodule // top$lanes$3$field_unit


module top$lanes$3$field_unit$a_addend(d,q,clock);

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

endmodule // top$lanes$3$field_unit$a_addend


module top$lanes$3$field_unit$a_low(d,q,clock);

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

endmodule // top$lanes$3$field_unit$a_low


module top$lanes$3$field_unit$a_offset(d,q,clock);

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

endmodule // top$lanes$3$field_unit$a_offset


module top$lanes$3$field_unit$a_shift(d,q,clock);

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

endmodule // top$lanes$3$field_unit$a_shift


module top$lanes$3$field_unit$a_valid(d,q,clock);

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

endmodule // top$lanes$3$field_unit$a_valid


module top$lanes$3$field_unit$acc_reg(d,q,clock);

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

endmodule // top$lanes$3$field_unit$acc_reg


module top$lanes$3$field_unit$b_coarse(d,q,clock);

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

endmodule // top$lanes$3$field_unit$b_coarse


module top$lanes$3$field_unit$b_fine(d,q,clock);

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

endmodule // top$lanes$3$field_unit$b_fine


module top$lanes$3$field_unit$b_offset(d,q,clock);

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

endmodule // top$lanes$3$field_unit$b_offset


module top$lanes$3$field_unit$b_valid(d,q,clock);

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

endmodule // top$lanes$3$field_unit$b_valid


module top$lanes$3$field_unit$c_field(d,q,clock);

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

endmodule // top$lanes$3$field_unit$c_field


module top$lanes$3$field_unit$c_valid(d,q,clock);

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

endmodule // top$lanes$3$field_unit$c_valid


module top$lanes$3$field_unit$delta_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{18{1'b0}}, narrow};
endmodule // top$lanes$3$field_unit$delta_ext


module top$lanes$3$field_unit$low_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{1'b0}}, narrow};
endmodule // top$lanes$3$field_unit$low_ext


module top$lanes$3$field_unit$offset_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$lanes$3$field_unit$offset_ext


module top$lanes$3$field_unit$weight_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$lanes$3$field_unit$weight_ext


module top$lanes$3$pbit(clock,field,r,spin);

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
    top$lanes$3$pbit$thresholds thresholds(
        .address(thresholds$address),
        .clock(thresholds$clock),
        .data(thresholds$data)
    );
    top$lanes$3$pbit$negative negative(
        .d(negative$d),
        .q(negative$q),
        .clock(negative$clock)
    );
    top$lanes$3$pbit$r_reg r_reg(
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

endmodule // top$lanes$3$pbit


module top$lanes$3$pbit$negative(d,q,clock);

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

endmodule // top$lanes$3$pbit$negative


module top$lanes$3$pbit$r_reg(d,q,clock);

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

endmodule // top$lanes$3$pbit$r_reg


module top$lanes$3$pbit$thresholds(address,clock,data);

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
endmodule // top$lanes$3$pbit$thresholds


module top$lanes$3$rng(clock,seed,load,step,state,draw);

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
    top$lanes$3$rng$state_reg state_reg(
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

endmodule // top$lanes$3$rng


module top$lanes$3$rng$state_reg(d,q,clock);

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

endmodule // top$lanes$3$rng$state_reg


module top$lanes$3$start_q(d,q,clock);

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

endmodule // top$lanes$3$start_q


module top$lanes$3$step_1(d,q,clock);

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

endmodule // top$lanes$3$step_1


module top$lanes$3$step_2(d,q,clock);

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

endmodule // top$lanes$3$step_2


module top$lanes$3$valid_q(d,q,clock);

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

endmodule // top$lanes$3$valid_q


module top$pos_ext_sum(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{7{1'b0}}, narrow};
endmodule // top$pos_ext_sum


module top$rd_group_ext_sum(narrow,wide);

    // Module arguments
    input wire  [6:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{8{1'b0}}, narrow};
endmodule // top$rd_group_ext_sum


module top$rd_lane_q(d,q,clock);

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

endmodule // top$rd_lane_q


module top$rd_pos_ext_sum(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{7{1'b0}}, narrow};
endmodule // top$rd_pos_ext_sum


module top$rd_q(d,q,clock);

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

endmodule // top$rd_q


module top$rd_reg_q(d,q,clock);

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

endmodule // top$rd_reg_q


module top$rd_sign_q(d,q,clock);

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

endmodule // top$rd_sign_q


module top$rd_sum_q(d,q,clock);

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

endmodule // top$rd_sum_q


module top$s0(clock,rd_channel,rd_pos,rd_spin,wr_en,wr_pos,wr_group,wr_mask,wr_spins,host_wr_en,host_rd_en,host_addr,host_data,host_rd_data);

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
    top$s0$words words(
        .clock(words$clock),
        .read_group(words$read_group),
        .read_pos(words$read_pos),
        .read_data(words$read_data),
        .write_group(words$write_group),
        .write_pos(words$write_pos),
        .write_data(words$write_data),
        .write_enable(words$write_enable)
    );
    top$s0$read_group_q read_group_q(
        .d(read_group_q$d),
        .q(read_group_q$q),
        .clock(read_group_q$clock)
    );
    top$s0$read_pos_q read_pos_q(
        .d(read_pos_q$d),
        .q(read_pos_q$q),
        .clock(read_pos_q$clock)
    );
    top$s0$lane_q lane_q(
        .d(lane_q$d),
        .q(lane_q$q),
        .clock(lane_q$clock)
    );
    top$s0$pend_valid pend_valid(
        .d(pend_valid$d),
        .q(pend_valid$q),
        .clock(pend_valid$clock)
    );
    top$s0$pend_group pend_group(
        .d(pend_group$d),
        .q(pend_group$q),
        .clock(pend_group$clock)
    );
    top$s0$pend_pos pend_pos(
        .d(pend_pos$d),
        .q(pend_pos$q),
        .clock(pend_pos$clock)
    );
    top$s0$pend_mask pend_mask(
        .d(pend_mask$d),
        .q(pend_mask$q),
        .clock(pend_mask$clock)
    );
    top$s0$pend_data pend_data(
        .d(pend_data$d),
        .q(pend_data$q),
        .clock(pend_data$clock)
    );
    top$s0$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$s0$written_group written_group(
        .d(written_group$d),
        .q(written_group$q),
        .clock(written_group$clock)
    );
    top$s0$written_pos written_pos(
        .d(written_pos$d),
        .q(written_pos$q),
        .clock(written_pos$clock)
    );
    top$s0$written_word written_word(
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

endmodule // top$s0


module top$s0$lane_q(d,q,clock);

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

endmodule // top$s0$lane_q


module top$s0$pend_data(d,q,clock);

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

endmodule // top$s0$pend_data


module top$s0$pend_group(d,q,clock);

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

endmodule // top$s0$pend_group


module top$s0$pend_mask(d,q,clock);

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

endmodule // top$s0$pend_mask


module top$s0$pend_pos(d,q,clock);

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

endmodule // top$s0$pend_pos


module top$s0$pend_valid(d,q,clock);

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

endmodule // top$s0$pend_valid


module top$s0$read_group_q(d,q,clock);

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

endmodule // top$s0$read_group_q


module top$s0$read_pos_q(d,q,clock);

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

endmodule // top$s0$read_pos_q


module top$s0$words(clock,read_group,read_pos,read_data,write_group,write_pos,write_data,write_enable);

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
endmodule // top$s0$words


module top$s0$written_group(d,q,clock);

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

endmodule // top$s0$written_group


module top$s0$written_pos(d,q,clock);

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

endmodule // top$s0$written_pos


module top$s0$written_valid(d,q,clock);

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

endmodule // top$s0$written_valid


module top$s0$written_word(d,q,clock);

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

endmodule // top$s0$written_word


module top$s1(clock,rd_channel,rd_pos,rd_spin,wr_en,wr_pos,wr_group,wr_mask,wr_spins,host_wr_en,host_rd_en,host_addr,host_data,host_rd_data);

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
    top$s1$words words(
        .clock(words$clock),
        .read_group(words$read_group),
        .read_pos(words$read_pos),
        .read_data(words$read_data),
        .write_group(words$write_group),
        .write_pos(words$write_pos),
        .write_data(words$write_data),
        .write_enable(words$write_enable)
    );
    top$s1$read_group_q read_group_q(
        .d(read_group_q$d),
        .q(read_group_q$q),
        .clock(read_group_q$clock)
    );
    top$s1$read_pos_q read_pos_q(
        .d(read_pos_q$d),
        .q(read_pos_q$q),
        .clock(read_pos_q$clock)
    );
    top$s1$lane_q lane_q(
        .d(lane_q$d),
        .q(lane_q$q),
        .clock(lane_q$clock)
    );
    top$s1$pend_valid pend_valid(
        .d(pend_valid$d),
        .q(pend_valid$q),
        .clock(pend_valid$clock)
    );
    top$s1$pend_group pend_group(
        .d(pend_group$d),
        .q(pend_group$q),
        .clock(pend_group$clock)
    );
    top$s1$pend_pos pend_pos(
        .d(pend_pos$d),
        .q(pend_pos$q),
        .clock(pend_pos$clock)
    );
    top$s1$pend_mask pend_mask(
        .d(pend_mask$d),
        .q(pend_mask$q),
        .clock(pend_mask$clock)
    );
    top$s1$pend_data pend_data(
        .d(pend_data$d),
        .q(pend_data$q),
        .clock(pend_data$clock)
    );
    top$s1$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$s1$written_group written_group(
        .d(written_group$d),
        .q(written_group$q),
        .clock(written_group$clock)
    );
    top$s1$written_pos written_pos(
        .d(written_pos$d),
        .q(written_pos$q),
        .clock(written_pos$clock)
    );
    top$s1$written_word written_word(
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

endmodule // top$s1


module top$s1$lane_q(d,q,clock);

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

endmodule // top$s1$lane_q


module top$s1$pend_data(d,q,clock);

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

endmodule // top$s1$pend_data


module top$s1$pend_group(d,q,clock);

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

endmodule // top$s1$pend_group


module top$s1$pend_mask(d,q,clock);

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

endmodule // top$s1$pend_mask


module top$s1$pend_pos(d,q,clock);

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

endmodule // top$s1$pend_pos


module top$s1$pend_valid(d,q,clock);

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

endmodule // top$s1$pend_valid


module top$s1$read_group_q(d,q,clock);

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

endmodule // top$s1$read_group_q


module top$s1$read_pos_q(d,q,clock);

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

endmodule // top$s1$read_pos_q


module top$s1$words(clock,read_group,read_pos,read_data,write_group,write_pos,write_data,write_enable);

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
endmodule // top$s1$words


module top$s1$written_group(d,q,clock);

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

endmodule // top$s1$written_group


module top$s1$written_pos(d,q,clock);

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

endmodule // top$s1$written_pos


module top$s1$written_valid(d,q,clock);

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

endmodule // top$s1$written_valid


module top$s1$written_word(d,q,clock);

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

endmodule // top$s1$written_word


module top$s2(clock,rd_channel,rd_pos,rd_spin,wr_en,wr_pos,wr_group,wr_mask,wr_spins,host_wr_en,host_rd_en,host_addr,host_data,host_rd_data);

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
    top$s2$words words(
        .clock(words$clock),
        .read_group(words$read_group),
        .read_pos(words$read_pos),
        .read_data(words$read_data),
        .write_group(words$write_group),
        .write_pos(words$write_pos),
        .write_data(words$write_data),
        .write_enable(words$write_enable)
    );
    top$s2$read_group_q read_group_q(
        .d(read_group_q$d),
        .q(read_group_q$q),
        .clock(read_group_q$clock)
    );
    top$s2$read_pos_q read_pos_q(
        .d(read_pos_q$d),
        .q(read_pos_q$q),
        .clock(read_pos_q$clock)
    );
    top$s2$lane_q lane_q(
        .d(lane_q$d),
        .q(lane_q$q),
        .clock(lane_q$clock)
    );
    top$s2$pend_valid pend_valid(
        .d(pend_valid$d),
        .q(pend_valid$q),
        .clock(pend_valid$clock)
    );
    top$s2$pend_group pend_group(
        .d(pend_group$d),
        .q(pend_group$q),
        .clock(pend_group$clock)
    );
    top$s2$pend_pos pend_pos(
        .d(pend_pos$d),
        .q(pend_pos$q),
        .clock(pend_pos$clock)
    );
    top$s2$pend_mask pend_mask(
        .d(pend_mask$d),
        .q(pend_mask$q),
        .clock(pend_mask$clock)
    );
    top$s2$pend_data pend_data(
        .d(pend_data$d),
        .q(pend_data$q),
        .clock(pend_data$clock)
    );
    top$s2$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$s2$written_group written_group(
        .d(written_group$d),
        .q(written_group$q),
        .clock(written_group$clock)
    );
    top$s2$written_pos written_pos(
        .d(written_pos$d),
        .q(written_pos$q),
        .clock(written_pos$clock)
    );
    top$s2$written_word written_word(
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

endmodule // top$s2


module top$s2$lane_q(d,q,clock);

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

endmodule // top$s2$lane_q


module top$s2$pend_data(d,q,clock);

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

endmodule // top$s2$pend_data


module top$s2$pend_group(d,q,clock);

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

endmodule // top$s2$pend_group


module top$s2$pend_mask(d,q,clock);

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

endmodule // top$s2$pend_mask


module top$s2$pend_pos(d,q,clock);

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

endmodule // top$s2$pend_pos


module top$s2$pend_valid(d,q,clock);

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

endmodule // top$s2$pend_valid


module top$s2$read_group_q(d,q,clock);

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

endmodule // top$s2$read_group_q


module top$s2$read_pos_q(d,q,clock);

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

endmodule // top$s2$read_pos_q


module top$s2$words(clock,read_group,read_pos,read_data,write_group,write_pos,write_data,write_enable);

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
endmodule // top$s2$words


module top$s2$written_group(d,q,clock);

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

endmodule // top$s2$written_group


module top$s2$written_pos(d,q,clock);

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

endmodule // top$s2$written_pos


module top$s2$written_valid(d,q,clock);

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

endmodule // top$s2$written_valid


module top$s2$written_word(d,q,clock);

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

endmodule // top$s2$written_word


module top$seed_hi_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [63:0] wide;

    // Update code (custom)
    always @(*) wide = {{32{1'b0}}, narrow};
endmodule // top$seed_hi_ext


module top$seed_lo(d,q,clock);

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

endmodule // top$seed_lo


module top$seed_lo_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [63:0] wide;

    // Update code (custom)
    always @(*) wide = {{32{1'b0}}, narrow};
endmodule // top$seed_lo_ext


module top$spins(bits$0,bits$1,bits$2,bits$3,word);

    // Module arguments
    input wire  bits$0;
    input wire  bits$1;
    input wire  bits$2;
    input wire  bits$3;
    output reg  [3:0] word;

    // Update code (custom)
    always @(*) word = {bits$3, bits$2, bits$1, bits$0};
endmodule // top$spins


module top$start_spins(bits$0,bits$1,bits$2,bits$3,word);

    // Module arguments
    input wire  bits$0;
    input wire  bits$1;
    input wire  bits$2;
    input wire  bits$3;
    output reg  [3:0] word;

    // Update code (custom)
    always @(*) word = {bits$3, bits$2, bits$1, bits$0};
endmodule // top$start_spins


module top$sum_ext(narrow,wide);

    // Module arguments
    input wire  [16:0] narrow;
    output reg  [31:0] wide;

    // Update code (custom)
    always @(*) wide = {{15{narrow[16]}}, narrow};
endmodule // top$sum_ext


module top$sums$0(clock,clear,acc_en,addr,spin,init,rd_addr,busy,rd_sum,rd_sign);

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
    top$sums$0$sums sums(
        .clock(sums$clock),
        .read_address(sums$read_address),
        .read_data(sums$read_data),
        .write_address(sums$write_address),
        .write_data(sums$write_data),
        .write_enable(sums$write_enable)
    );
    top$sums$0$busy_reg busy_reg(
        .d(busy_reg$d),
        .q(busy_reg$q),
        .clock(busy_reg$clock)
    );
    top$sums$0$clear_ptr clear_ptr(
        .d(clear_ptr$d),
        .q(clear_ptr$q),
        .clock(clear_ptr$clock)
    );
    top$sums$0$acc_valid acc_valid(
        .d(acc_valid$d),
        .q(acc_valid$q),
        .clock(acc_valid$clock)
    );
    top$sums$0$read_addr read_addr(
        .d(read_addr$d),
        .q(read_addr$q),
        .clock(read_addr$clock)
    );
    top$sums$0$acc_spin acc_spin(
        .d(acc_spin$d),
        .q(acc_spin$q),
        .clock(acc_spin$clock)
    );
    top$sums$0$acc_init acc_init(
        .d(acc_init$d),
        .q(acc_init$q),
        .clock(acc_init$clock)
    );
    top$sums$0$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$sums$0$written_addr written_addr(
        .d(written_addr$d),
        .q(written_addr$q),
        .clock(written_addr$clock)
    );
    top$sums$0$written_sum written_sum(
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

endmodule // top$sums$0


module top$sums$0$acc_init(d,q,clock);

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

endmodule // top$sums$0$acc_init


module top$sums$0$acc_spin(d,q,clock);

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

endmodule // top$sums$0$acc_spin


module top$sums$0$acc_valid(d,q,clock);

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

endmodule // top$sums$0$acc_valid


module top$sums$0$busy_reg(d,q,clock);

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

endmodule // top$sums$0$busy_reg


module top$sums$0$clear_ptr(d,q,clock);

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

endmodule // top$sums$0$clear_ptr


module top$sums$0$read_addr(d,q,clock);

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

endmodule // top$sums$0$read_addr


module top$sums$0$sums(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // top$sums$0$sums


module top$sums$0$written_addr(d,q,clock);

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

endmodule // top$sums$0$written_addr


module top$sums$0$written_sum(d,q,clock);

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

endmodule // top$sums$0$written_sum


module top$sums$0$written_valid(d,q,clock);

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

endmodule // top$sums$0$written_valid


module top$sums$1(clock,clear,acc_en,addr,spin,init,rd_addr,busy,rd_sum,rd_sign);

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
    top$sums$1$sums sums(
        .clock(sums$clock),
        .read_address(sums$read_address),
        .read_data(sums$read_data),
        .write_address(sums$write_address),
        .write_data(sums$write_data),
        .write_enable(sums$write_enable)
    );
    top$sums$1$busy_reg busy_reg(
        .d(busy_reg$d),
        .q(busy_reg$q),
        .clock(busy_reg$clock)
    );
    top$sums$1$clear_ptr clear_ptr(
        .d(clear_ptr$d),
        .q(clear_ptr$q),
        .clock(clear_ptr$clock)
    );
    top$sums$1$acc_valid acc_valid(
        .d(acc_valid$d),
        .q(acc_valid$q),
        .clock(acc_valid$clock)
    );
    top$sums$1$read_addr read_addr(
        .d(read_addr$d),
        .q(read_addr$q),
        .clock(read_addr$clock)
    );
    top$sums$1$acc_spin acc_spin(
        .d(acc_spin$d),
        .q(acc_spin$q),
        .clock(acc_spin$clock)
    );
    top$sums$1$acc_init acc_init(
        .d(acc_init$d),
        .q(acc_init$q),
        .clock(acc_init$clock)
    );
    top$sums$1$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$sums$1$written_addr written_addr(
        .d(written_addr$d),
        .q(written_addr$q),
        .clock(written_addr$clock)
    );
    top$sums$1$written_sum written_sum(
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

endmodule // top$sums$1


module top$sums$1$acc_init(d,q,clock);

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

endmodule // top$sums$1$acc_init


module top$sums$1$acc_spin(d,q,clock);

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

endmodule // top$sums$1$acc_spin


module top$sums$1$acc_valid(d,q,clock);

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

endmodule // top$sums$1$acc_valid


module top$sums$1$busy_reg(d,q,clock);

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

endmodule // top$sums$1$busy_reg


module top$sums$1$clear_ptr(d,q,clock);

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

endmodule // top$sums$1$clear_ptr


module top$sums$1$read_addr(d,q,clock);

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

endmodule // top$sums$1$read_addr


module top$sums$1$sums(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // top$sums$1$sums


module top$sums$1$written_addr(d,q,clock);

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

endmodule // top$sums$1$written_addr


module top$sums$1$written_sum(d,q,clock);

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

endmodule // top$sums$1$written_sum


module top$sums$1$written_valid(d,q,clock);

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

endmodule // top$sums$1$written_valid


module top$sums$2(clock,clear,acc_en,addr,spin,init,rd_addr,busy,rd_sum,rd_sign);

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
    top$sums$2$sums sums(
        .clock(sums$clock),
        .read_address(sums$read_address),
        .read_data(sums$read_data),
        .write_address(sums$write_address),
        .write_data(sums$write_data),
        .write_enable(sums$write_enable)
    );
    top$sums$2$busy_reg busy_reg(
        .d(busy_reg$d),
        .q(busy_reg$q),
        .clock(busy_reg$clock)
    );
    top$sums$2$clear_ptr clear_ptr(
        .d(clear_ptr$d),
        .q(clear_ptr$q),
        .clock(clear_ptr$clock)
    );
    top$sums$2$acc_valid acc_valid(
        .d(acc_valid$d),
        .q(acc_valid$q),
        .clock(acc_valid$clock)
    );
    top$sums$2$read_addr read_addr(
        .d(read_addr$d),
        .q(read_addr$q),
        .clock(read_addr$clock)
    );
    top$sums$2$acc_spin acc_spin(
        .d(acc_spin$d),
        .q(acc_spin$q),
        .clock(acc_spin$clock)
    );
    top$sums$2$acc_init acc_init(
        .d(acc_init$d),
        .q(acc_init$q),
        .clock(acc_init$clock)
    );
    top$sums$2$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$sums$2$written_addr written_addr(
        .d(written_addr$d),
        .q(written_addr$q),
        .clock(written_addr$clock)
    );
    top$sums$2$written_sum written_sum(
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

endmodule // top$sums$2


module top$sums$2$acc_init(d,q,clock);

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

endmodule // top$sums$2$acc_init


module top$sums$2$acc_spin(d,q,clock);

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

endmodule // top$sums$2$acc_spin


module top$sums$2$acc_valid(d,q,clock);

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

endmodule // top$sums$2$acc_valid


module top$sums$2$busy_reg(d,q,clock);

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

endmodule // top$sums$2$busy_reg


module top$sums$2$clear_ptr(d,q,clock);

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

endmodule // top$sums$2$clear_ptr


module top$sums$2$read_addr(d,q,clock);

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

endmodule // top$sums$2$read_addr


module top$sums$2$sums(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // top$sums$2$sums


module top$sums$2$written_addr(d,q,clock);

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

endmodule // top$sums$2$written_addr


module top$sums$2$written_sum(d,q,clock);

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

endmodule // top$sums$2$written_sum


module top$sums$2$written_valid(d,q,clock);

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

endmodule // top$sums$2$written_valid


module top$sums$3(clock,clear,acc_en,addr,spin,init,rd_addr,busy,rd_sum,rd_sign);

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
    top$sums$3$sums sums(
        .clock(sums$clock),
        .read_address(sums$read_address),
        .read_data(sums$read_data),
        .write_address(sums$write_address),
        .write_data(sums$write_data),
        .write_enable(sums$write_enable)
    );
    top$sums$3$busy_reg busy_reg(
        .d(busy_reg$d),
        .q(busy_reg$q),
        .clock(busy_reg$clock)
    );
    top$sums$3$clear_ptr clear_ptr(
        .d(clear_ptr$d),
        .q(clear_ptr$q),
        .clock(clear_ptr$clock)
    );
    top$sums$3$acc_valid acc_valid(
        .d(acc_valid$d),
        .q(acc_valid$q),
        .clock(acc_valid$clock)
    );
    top$sums$3$read_addr read_addr(
        .d(read_addr$d),
        .q(read_addr$q),
        .clock(read_addr$clock)
    );
    top$sums$3$acc_spin acc_spin(
        .d(acc_spin$d),
        .q(acc_spin$q),
        .clock(acc_spin$clock)
    );
    top$sums$3$acc_init acc_init(
        .d(acc_init$d),
        .q(acc_init$q),
        .clock(acc_init$clock)
    );
    top$sums$3$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$sums$3$written_addr written_addr(
        .d(written_addr$d),
        .q(written_addr$q),
        .clock(written_addr$clock)
    );
    top$sums$3$written_sum written_sum(
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

endmodule // top$sums$3


module top$sums$3$acc_init(d,q,clock);

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

endmodule // top$sums$3$acc_init


module top$sums$3$acc_spin(d,q,clock);

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

endmodule // top$sums$3$acc_spin


module top$sums$3$acc_valid(d,q,clock);

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

endmodule // top$sums$3$acc_valid


module top$sums$3$busy_reg(d,q,clock);

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

endmodule // top$sums$3$busy_reg


module top$sums$3$clear_ptr(d,q,clock);

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

endmodule // top$sums$3$clear_ptr


module top$sums$3$read_addr(d,q,clock);

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

endmodule // top$sums$3$read_addr


module top$sums$3$sums(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // top$sums$3$sums


module top$sums$3$written_addr(d,q,clock);

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

endmodule // top$sums$3$written_addr


module top$sums$3$written_sum(d,q,clock);

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

endmodule // top$sums$3$written_sum


module top$sums$3$written_valid(d,q,clock);

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

endmodule // top$sums$3$written_valid


module top$sweeps(d,q,clock);

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

endmodule // top$sweeps


module top$w2_base(d,q,clock);

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

endmodule // top$w2_base


module top$w2_stride(d,q,clock);

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

endmodule // top$w2_stride


module top$w2t_base(d,q,clock);

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

endmodule // top$w2t_base


module top$w2t_stride(d,q,clock);

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

endmodule // top$w2t_stride
