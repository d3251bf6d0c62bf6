// plane_controller.v: generated from hdl/src/plane/controller.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/plane_controller.v

module top(clock,start,setup$len_ch,setup$len_co,setup$len_hid,setup$len_out,setup$sigma_ch,setup$sigma_co,setup$sigma_hid,setup$sigma_out,setup$terms_ch,setup$terms_co,setup$terms_hid,setup$terms_out,setup$groups_ch,setup$groups_co,setup$groups_hid,setup$groups_out,setup$k1h,setup$k1w,setup$k2h,setup$k2w,setup$stall_hid,setup$stall_out,setup$h,setup$w,setup$hw,setup$pairs,setup$lead,setup$sweeps,setup$burn_in,busy,done,cycles,restart,term,phase,group,source,step,tap_valid,tap_code,load,read,read_layer,read_source,read_pair,arrive,arrive_x,want,want_phase,want_group,want_p,want_row,want_x,want_class,want_keep);

    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [10:0] setup$len_ch;
    input wire  [10:0] setup$len_co;
    input wire  [10:0] setup$len_hid;
    input wire  [10:0] setup$len_out;
    input wire  [3:0] setup$sigma_ch;
    input wire  [3:0] setup$sigma_co;
    input wire  [3:0] setup$sigma_hid;
    input wire  [3:0] setup$sigma_out;
    input wire  [10:0] setup$terms_ch;
    input wire  [10:0] setup$terms_co;
    input wire  [10:0] setup$terms_hid;
    input wire  [10:0] setup$terms_out;
    input wire  [7:0] setup$groups_ch;
    input wire  [7:0] setup$groups_co;
    input wire  [7:0] setup$groups_hid;
    input wire  [7:0] setup$groups_out;
    input wire  [1:0] setup$k1h;
    input wire  [1:0] setup$k1w;
    input wire  [1:0] setup$k2h;
    input wire  [1:0] setup$k2w;
    input wire  [10:0] setup$stall_hid;
    input wire  [10:0] setup$stall_out;
    input wire  [3:0] setup$h;
    input wire  [3:0] setup$w;
    input wire  [7:0] setup$hw;
    input wire  [3:0] setup$pairs;
    input wire  [10:0] setup$lead;
    input wire  [15:0] setup$sweeps;
    input wire  [15:0] setup$burn_in;
    output reg  busy;
    output reg  done;
    output reg  [31:0] cycles;
    output reg  restart;
    output reg  term;
    output reg  [1:0] phase;
    output reg  [7:0] group;
    output reg  [7:0] source;
    output reg  [3:0] step;
    output reg  tap_valid;
    output reg  [3:0] tap_code;
    output reg  load;
    output reg  read;
    output reg  [1:0] read_layer;
    output reg  [7:0] read_source;
    output reg  [2:0] read_pair;
    output reg  arrive;
    output reg  [3:0] arrive_x;
    output reg  want;
    output reg  [1:0] want_phase;
    output reg  [7:0] want_group;
    output reg  [7:0] want_p;
    output reg  [3:0] want_row;
    output reg  [3:0] want_x;
    output reg  [3:0] want_class;
    output reg  want_keep;

    // Constant declarations
    localparam  ph$0 = 2'b0;
    localparam  ph$1 = 2'b1;
    localparam  ph$2 = 2'b10;
    localparam  ph$3 = 2'b11;
    localparam  zero_n = 11'b0;
    localparam  zero_ch = 8'h0;
    localparam  zero_sigma = 4'h0;
    localparam  zero_dim = 4'h0;
    localparam  zero_p = 8'h0;
    localparam  zero_sweep = 16'h0;
    localparam  zero_cycle = 32'h0;
    localparam  pair_lsb = 2'b0;
    localparam  row4$0 = 4'h0;
    localparam  row4$1 = 4'h4;
    localparam  row4$2 = 4'h8;
    localparam  row4$3 = 4'hc;
    localparam  ring_n = 11'b1111;
    localparam  ring_m1 = 11'b1110;
    localparam  ring_dim = 4'hf;
    localparam  k_one = 2'b1;
    localparam  k_three = 2'b11;
    localparam  one_n = 11'b1;
    localparam  one_ch = 8'h1;
    localparam  one_sigma = 4'h1;
    localparam  one_dim = 4'h1;
    localparam  one_p = 8'h1;
    localparam  one_sweep = 16'h1;
    localparam  one_cycle = 32'h1;
    localparam  taps_one = 4'h1;
    localparam  taps_three = 4'h3;
    localparam  taps_nine = 4'h9;
    localparam  code$0 = 4'h0;
    localparam  code$1 = 4'h1;
    localparam  code$2 = 4'h3;
    localparam  code$3 = 4'h4;
    localparam  code_eight = 4'h8;
    localparam  no_tap = 4'hf;
    localparam  tail = 4'h8;
    localparam  class$0 = 4'h0;
    localparam  class$1 = 4'h1;
    localparam  class$2 = 4'h2;
    localparam  class$3 = 4'h3;
    localparam  layer_input = 2'b0;
    localparam  layer_hidden = 2'b1;
    localparam  layer_output = 2'b10;

    // Stub signals
    reg  busy_r$d;
    wire  busy_r$q;
    reg  busy_r$clock;
    reg  done_r$d;
    wire  done_r$q;
    reg  done_r$clock;
    reg  [31:0] cycle_r$d;
    wire  [31:0] cycle_r$q;
    reg  cycle_r$clock;
    reg  running_r$d;
    wire  running_r$q;
    reg  running_r$clock;
    reg  stalling_r$d;
    wire  stalling_r$q;
    reg  stalling_r$clock;
    reg  [10:0] stall_r$d;
    wire  [10:0] stall_r$q;
    reg  stall_r$clock;
    reg  [3:0] flush_r$d;
    wire  [3:0] flush_r$q;
    reg  flush_r$clock;
    reg  [1:0] phase_r$d;
    wire  [1:0] phase_r$q;
    reg  phase_r$clock;
    reg  [15:0] sweep_r$d;
    wire  [15:0] sweep_r$q;
    reg  sweep_r$clock;
    reg  [7:0] group_r$d;
    wire  [7:0] group_r$q;
    reg  group_r$clock;
    reg  [10:0] n_r$d;
    wire  [10:0] n_r$q;
    reg  n_r$clock;
    reg  [7:0] tc_r$d;
    wire  [7:0] tc_r$q;
    reg  tc_r$clock;
    reg  [3:0] tt_r$d;
    wire  [3:0] tt_r$q;
    reg  tt_r$clock;
    reg  [3:0] code_r$d;
    wire  [3:0] code_r$q;
    reg  code_r$clock;
    reg  [7:0] rc_r$d;
    wire  [7:0] rc_r$q;
    reg  rc_r$clock;
    reg  [3:0] rj_r$d;
    wire  [3:0] rj_r$q;
    reg  rj_r$clock;
    reg  pend_r$d;
    wire  pend_r$q;
    reg  pend_r$clock;
    reg  pend2_r$d;
    wire  pend2_r$q;
    reg  pend2_r$clock;
    reg  pend3_r$d;
    wire  pend3_r$q;
    reg  pend3_r$clock;
    reg  pend4_r$d;
    wire  pend4_r$q;
    reg  pend4_r$clock;
    reg  [1:0] pend_phase_r$d;
    wire  [1:0] pend_phase_r$q;
    reg  pend_phase_r$clock;
    reg  [7:0] pend_group_r$d;
    wire  [7:0] pend_group_r$q;
    reg  pend_group_r$clock;
    reg  pend_keep_r$d;
    wire  pend_keep_r$q;
    reg  pend_keep_r$clock;
    reg  want_r$d;
    wire  want_r$q;
    reg  want_r$clock;
    reg  [1:0] dphase_r$d;
    wire  [1:0] dphase_r$q;
    reg  dphase_r$clock;
    reg  [7:0] dgroup_r$d;
    wire  [7:0] dgroup_r$q;
    reg  dgroup_r$clock;
    reg  dkeep_r$d;
    wire  dkeep_r$q;
    reg  dkeep_r$clock;
    reg  [7:0] wp_r$d;
    wire  [7:0] wp_r$q;
    reg  wp_r$clock;
    reg  [3:0] wrow_r$d;
    wire  [3:0] wrow_r$q;
    reg  wrow_r$clock;
    reg  [3:0] wx_r$d;
    wire  [3:0] wx_r$q;
    reg  wx_r$clock;
    reg  arrive_r$d;
    wire  arrive_r$q;
    reg  arrive_r$clock;
    reg  [3:0] ax_r$d;
    wire  [3:0] ax_r$q;
    reg  ax_r$clock;
    reg  [3:0] tail_r$d;
    wire  [3:0] tail_r$q;
    reg  tail_r$clock;

    // Local signals
    reg  [10:0] len;
    reg  [3:0] sigma;
    reg  [10:0] terms;
    reg  [7:0] groups;
    reg  [1:0] kh;
    reg  [1:0] kw;
    reg  in_window;
    reg  term_on;
    reg  [10:0] read_begin;
    reg  read_on;
    reg  [3:0] taps;
    reg  [3:0] first_code;
    reg  [3:0] code_step;
    reg  [3:0] code_now;
    reg  window_end;
    reg  last_want;
    reg  [3:0] row_class;
    reg  [3:0] col_class;

    // Sub module instances
    top$busy_r busy_r(
        .d(busy_r$d),
        .q(busy_r$q),
        .clock(busy_r$clock)
    );
    top$done_r done_r(
        .d(done_r$d),
        .q(done_r$q),
        .clock(done_r$clock)
    );
    top$cycle_r cycle_r(
        .d(cycle_r$d),
        .q(cycle_r$q),
        .clock(cycle_r$clock)
    );
    top$running_r running_r(
        .d(running_r$d),
        .q(running_r$q),
        .clock(running_r$clock)
    );
    top$stalling_r stalling_r(
        .d(stalling_r$d),
        .q(stalling_r$q),
        .clock(stalling_r$clock)
    );
    top$stall_r stall_r(
        .d(stall_r$d),
        .q(stall_r$q),
        .clock(stall_r$clock)
    );
    top$flush_r flush_r(
        .d(flush_r$d),
        .q(flush_r$q),
        .clock(flush_r$clock)
    );
    top$phase_r phase_r(
        .d(phase_r$d),
        .q(phase_r$q),
        .clock(phase_r$clock)
    );
    top$sweep_r sweep_r(
        .d(sweep_r$d),
        .q(sweep_r$q),
        .clock(sweep_r$clock)
    );
    top$group_r group_r(
        .d(group_r$d),
        .q(group_r$q),
        .clock(group_r$clock)
    );
    top$n_r n_r(
        .d(n_r$d),
        .q(n_r$q),
        .clock(n_r$clock)
    );
    top$tc_r tc_r(
        .d(tc_r$d),
        .q(tc_r$q),
        .clock(tc_r$clock)
    );
    top$tt_r tt_r(
        .d(tt_r$d),
        .q(tt_r$q),
        .clock(tt_r$clock)
    );
    top$code_r code_r(
        .d(code_r$d),
        .q(code_r$q),
        .clock(code_r$clock)
    );
    top$rc_r rc_r(
        .d(rc_r$d),
        .q(rc_r$q),
        .clock(rc_r$clock)
    );
    top$rj_r rj_r(
        .d(rj_r$d),
        .q(rj_r$q),
        .clock(rj_r$clock)
    );
    top$pend_r pend_r(
        .d(pend_r$d),
        .q(pend_r$q),
        .clock(pend_r$clock)
    );
    top$pend2_r pend2_r(
        .d(pend2_r$d),
        .q(pend2_r$q),
        .clock(pend2_r$clock)
    );
    top$pend3_r pend3_r(
        .d(pend3_r$d),
        .q(pend3_r$q),
        .clock(pend3_r$clock)
    );
    top$pend4_r pend4_r(
        .d(pend4_r$d),
        .q(pend4_r$q),
        .clock(pend4_r$clock)
    );
    top$pend_phase_r pend_phase_r(
        .d(pend_phase_r$d),
        .q(pend_phase_r$q),
        .clock(pend_phase_r$clock)
    );
    top$pend_group_r pend_group_r(
        .d(pend_group_r$d),
        .q(pend_group_r$q),
        .clock(pend_group_r$clock)
    );
    top$pend_keep_r pend_keep_r(
        .d(pend_keep_r$d),
        .q(pend_keep_r$q),
        .clock(pend_keep_r$clock)
    );
    top$want_r want_r(
        .d(want_r$d),
        .q(want_r$q),
        .clock(want_r$clock)
    );
    top$dphase_r dphase_r(
        .d(dphase_r$d),
        .q(dphase_r$q),
        .clock(dphase_r$clock)
    );
    top$dgroup_r dgroup_r(
        .d(dgroup_r$d),
        .q(dgroup_r$q),
        .clock(dgroup_r$clock)
    );
    top$dkeep_r dkeep_r(
        .d(dkeep_r$d),
        .q(dkeep_r$q),
        .clock(dkeep_r$clock)
    );
    top$wp_r wp_r(
        .d(wp_r$d),
        .q(wp_r$q),
        .clock(wp_r$clock)
    );
    top$wrow_r wrow_r(
        .d(wrow_r$d),
        .q(wrow_r$q),
        .clock(wrow_r$clock)
    );
    top$wx_r wx_r(
        .d(wx_r$d),
        .q(wx_r$q),
        .clock(wx_r$clock)
    );
    top$arrive_r arrive_r(
        .d(arrive_r$d),
        .q(arrive_r$q),
        .clock(arrive_r$clock)
    );
    top$ax_r ax_r(
        .d(ax_r$d),
        .q(ax_r$q),
        .clock(ax_r$clock)
    );
    top$tail_r tail_r(
        .d(tail_r$d),
        .q(tail_r$q),
        .clock(tail_r$clock)
    );

    // Update code
    always @(*) begin
        busy_r$clock = clock;
        done_r$clock = clock;
        cycle_r$clock = clock;
        running_r$clock = clock;
        stalling_r$clock = clock;
        stall_r$clock = clock;
        flush_r$clock = clock;
        phase_r$clock = clock;
        sweep_r$clock = clock;
        group_r$clock = clock;
        n_r$clock = clock;
        tc_r$clock = clock;
        tt_r$clock = clock;
        code_r$clock = clock;
        rc_r$clock = clock;
        rj_r$clock = clock;
        pend_r$clock = clock;
        pend2_r$clock = clock;
        pend3_r$clock = clock;
        pend4_r$clock = clock;
        pend_phase_r$clock = clock;
        pend_group_r$clock = clock;
        pend_keep_r$clock = clock;
        want_r$clock = clock;
        dphase_r$clock = clock;
        dgroup_r$clock = clock;
        dkeep_r$clock = clock;
        wp_r$clock = clock;
        wrow_r$clock = clock;
        wx_r$clock = clock;
        arrive_r$clock = clock;
        ax_r$clock = clock;
        tail_r$clock = clock;
        busy_r$d = busy_r$q;
        done_r$d = done_r$q;
        cycle_r$d = cycle_r$q;
        running_r$d = running_r$q;
        stalling_r$d = stalling_r$q;
        stall_r$d = stall_r$q;
        flush_r$d = flush_r$q;
        phase_r$d = phase_r$q;
        sweep_r$d = sweep_r$q;
        group_r$d = group_r$q;
        n_r$d = n_r$q;
        tc_r$d = tc_r$q;
        tt_r$d = tt_r$q;
        code_r$d = code_r$q;
        rc_r$d = rc_r$q;
        rj_r$d = rj_r$q;
        pend_r$d = pend_r$q;
        pend2_r$d = pend2_r$q;
        pend3_r$d = pend3_r$q;
        pend4_r$d = pend4_r$q;
        pend_phase_r$d = pend_phase_r$q;
        pend_group_r$d = pend_group_r$q;
        pend_keep_r$d = pend_keep_r$q;
        want_r$d = want_r$q;
        dphase_r$d = dphase_r$q;
        dgroup_r$d = dgroup_r$q;
        dkeep_r$d = dkeep_r$q;
        wp_r$d = wp_r$q;
        wrow_r$d = wrow_r$q;
        wx_r$d = wx_r$q;
        arrive_r$d = arrive_r$q;
        ax_r$d = ax_r$q;
        tail_r$d = tail_r$q;
        len = setup$len_ch;
        sigma = setup$sigma_ch;
        terms = setup$terms_ch;
        groups = setup$groups_ch;
        kh = setup$k1h;
        kw = setup$k1w;
        if (phase_r$q == ph$1) begin
            len = setup$len_co;
            sigma = setup$sigma_co;
            terms = setup$terms_co;
            groups = setup$groups_co;
            kh = k_one;
            kw = k_one;
        end
        if (phase_r$q == ph$2) begin
            len = setup$len_hid;
            sigma = setup$sigma_hid;
            terms = setup$terms_hid;
            groups = setup$groups_hid;
            kh = setup$k2h;
            kw = setup$k2w;
        end
        if (phase_r$q == ph$3) begin
            len = setup$len_out;
            sigma = setup$sigma_out;
            terms = setup$terms_out;
            groups = setup$groups_out;
            kh = setup$k2h;
            kw = setup$k2w;
        end
        taps = taps_nine;
        first_code = code$0;
        if ((kh == k_three) && (kw == k_one)) begin
            taps = taps_three;
            first_code = code$1;
        end
        if ((kh == k_one) && (kw == k_three)) begin
            taps = taps_three;
            first_code = code$2;
        end
        if ((kh == k_one) && (kw == k_one)) begin
            taps = taps_one;
            first_code = code$3;
        end
        code_step = code$1;
        if (kw == k_one) begin
            code_step = code$2;
        end
        in_window = running_r$q & ~stalling_r$q;
        term_on = in_window & (n_r$q >= ring_m1) & (n_r$q < (terms + ring_m1));
        read_begin = ring_m1 - setup$lead;
        read_on = in_window & (n_r$q >= read_begin) & (n_r$q < (terms + read_begin));
        restart = (in_window & (n_r$q < ring_n)) | (|flush_r$q);
        term = term_on;
        phase = phase_r$q;
        group = group_r$q;
        source = tc_r$q;
        step = tt_r$q;
        tap_valid = term_on & (tt_r$q < taps);
        code_now = code_r$q;
        if (~|tt_r$q) begin
            code_now = first_code;
        end
        tap_code = no_tap;
        if (tap_valid) begin
            tap_code = code_now;
            if (phase_r$q == ph$2) begin
                tap_code = code_eight - code_now;
            end
        end
        load = term_on & ~|tt_r$q;
        read = read_on & (rj_r$q < setup$pairs);
        read_layer = layer_input;
        if (phase_r$q == ph$2) begin
            read_layer = layer_output;
        end
        if (phase_r$q == ph$3) begin
            read_layer = layer_hidden;
        end
        read_source = rc_r$q;
        read_pair = rj_r$q[(pair_lsb)+:(3)];
        arrive = arrive_r$q;
        arrive_x = ax_r$q;
        want = want_r$q;
        want_phase = dphase_r$q;
        want_group = dgroup_r$q;
        want_keep = dkeep_r$q;
        want_p = wp_r$q;
        want_row = wrow_r$q;
        want_x = wx_r$q;
        row_class = row4$1;
        if (~|wrow_r$q) begin
            row_class = row4$0;
        end
        if ((wrow_r$q + one_dim) == setup$h) begin
            row_class = row4$2;
            if (~|wrow_r$q) begin
                row_class = row4$3;
            end
        end
        col_class = class$1;
        if (~|wx_r$q) begin
            col_class = class$0;
        end
        if ((wx_r$q + one_dim) == setup$w) begin
            col_class = class$2;
            if (~|wx_r$q) begin
                col_class = class$3;
            end
        end
        want_class = row_class | col_class;
        busy = busy_r$q;
        done = done_r$q;
        cycles = cycle_r$q;
        if (term_on) begin
            code_r$d = code_now + code_step;
            if ((tt_r$q + one_sigma) == sigma) begin
                tt_r$d = zero_sigma;
                tc_r$d = tc_r$q + one_ch;
            end
            else begin
                tt_r$d = tt_r$q + one_sigma;
            end
        end
        if (read_on) begin
            if ((rj_r$q + one_sigma) == sigma) begin
                rj_r$d = zero_sigma;
                rc_r$d = rc_r$q + one_ch;
            end
            else begin
                rj_r$d = rj_r$q + one_sigma;
            end
        end
        window_end = in_window & ((n_r$q + one_n) == len);
        if (|flush_r$q) begin
            flush_r$d = flush_r$q - one_dim;
        end
        if (in_window) begin
            n_r$d = n_r$q + one_n;
        end
        if (stalling_r$q) begin
            stall_r$d = stall_r$q - one_n;
            if (stall_r$q == one_n) begin
                stalling_r$d = 1'b0;
            end
        end
        if (window_end) begin
            n_r$d = zero_n;
            tc_r$d = zero_ch;
            tt_r$d = zero_sigma;
            rc_r$d = zero_ch;
            rj_r$d = zero_sigma;
            pend_r$d = 1'b1;
            pend_phase_r$d = phase_r$q;
            pend_group_r$d = group_r$q;
            pend_keep_r$d = (phase_r$q >= ph$2) & (sweep_r$q >= setup$burn_in);
            if ((group_r$q + one_ch) != groups) begin
                group_r$d = group_r$q + one_ch;
            end
            else begin
                group_r$d = zero_ch;
                if (phase_r$q == ph$0) begin
                    phase_r$d = ph$1;
                end
                else if ((phase_r$q == ph$2) | ((phase_r$q == ph$1) & |setup$sweeps) | ((phase_r$q == ph$3) & ((sweep_r$q + one_sweep) != setup$sweeps))) begin
                    if (phase_r$q == ph$2) begin
                        phase_r$d = ph$3;
                        stall_r$d = setup$stall_out;
                        stalling_r$d = |setup$stall_out;
                        flush_r$d = ring_dim;
                        if (~|setup$stall_out) begin
                            flush_r$d = zero_dim;
                        end
                    end
                    else begin
                        phase_r$d = ph$2;
                        stall_r$d = setup$stall_hid;
                        stalling_r$d = |setup$stall_hid;
                        flush_r$d = ring_dim;
                        if (~|setup$stall_hid) begin
                            flush_r$d = zero_dim;
                        end
                        if (phase_r$q == ph$3) begin
                            sweep_r$d = sweep_r$q + one_sweep;
                        end
                    end
                end
                else begin
                    running_r$d = 1'b0;
                    flush_r$d = ring_dim;
                end
            end
        end
        last_want = want_r$q & ((wp_r$q + one_p) == setup$hw);
        if (want_r$q) begin
            wp_r$d = wp_r$q + one_p;
            if ((wx_r$q + one_dim) == setup$w) begin
                wx_r$d = zero_dim;
                wrow_r$d = wrow_r$q + one_dim;
            end
            else begin
                wx_r$d = wx_r$q + one_dim;
            end
            if (last_want) begin
                want_r$d = 1'b0;
                if (~running_r$q & ~pend_r$q & ~pend2_r$q & ~pend3_r$q & ~pend4_r$q) begin
                    tail_r$d = tail;
                end
            end
        end
        pend2_r$d = pend_r$q;
        pend3_r$d = pend2_r$q;
        pend4_r$d = pend3_r$q;
        if (pend_r$q) begin
            pend_r$d = 1'b0;
        end
        if (pend4_r$q) begin
            want_r$d = 1'b1;
            dphase_r$d = pend_phase_r$q;
            dgroup_r$d = pend_group_r$q;
            dkeep_r$d = pend_keep_r$q;
            wp_r$d = zero_p;
            wrow_r$d = zero_dim;
            wx_r$d = zero_dim;
        end
        if (arrive_r$q) begin
            ax_r$d = ax_r$q + one_dim;
            if ((ax_r$q + one_dim) == setup$w) begin
                arrive_r$d = 1'b0;
            end
        end
        if (want_r$q & ~|wp_r$q) begin
            arrive_r$d = 1'b1;
            ax_r$d = zero_dim;
        end
        done_r$d = 1'b0;
        if (busy_r$q) begin
            cycle_r$d = cycle_r$q + one_cycle;
        end
        if (|tail_r$q) begin
            tail_r$d = tail_r$q - one_dim;
            if (tail_r$q == one_dim) begin
                busy_r$d = 1'b0;
                done_r$d = 1'b1;
            end
        end
        if (start & ~busy_r$q) begin
            busy_r$d = 1'b1;
            running_r$d = 1'b1;
            stalling_r$d = 1'b0;
            flush_r$d = zero_dim;
            phase_r$d = ph$0;
            sweep_r$d = zero_sweep;
            group_r$d = zero_ch;
            n_r$d = zero_n;
            tc_r$d = zero_ch;
            tt_r$d = zero_sigma;
            rc_r$d = zero_ch;
            rj_r$d = zero_sigma;
            cycle_r$d = zero_cycle;
            pend_r$d = 1'b0;
            pend2_r$d = 1'b0;
            pend3_r$d = 1'b0;
            pend4_r$d = 1'b0;
            want_r$d = 1'b0;
            arrive_r$d = 1'b0;
            tail_r$d = zero_dim;
        end
    end

endmodule // top


module top$arrive_r(d,q,clock);

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

endmodule // top$arrive_r


module top$ax_r(d,q,clock);

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

endmodule // top$ax_r


module top$busy_r(d,q,clock);

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

endmodule // top$busy_r


module top$code_r(d,q,clock);

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

endmodule // top$code_r


module top$cycle_r(d,q,clock);

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

endmodule // top$cycle_r


module top$dgroup_r(d,q,clock);

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

endmodule // top$dgroup_r


module top$dkeep_r(d,q,clock);

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

endmodule // top$dkeep_r


module top$done_r(d,q,clock);

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

endmodule // top$done_r


module top$dphase_r(d,q,clock);

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

endmodule // top$dphase_r


module top$flush_r(d,q,clock);

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

endmodule // top$flush_r


module top$group_r(d,q,clock);

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

endmodule // top$group_r


module top$n_r(d,q,clock);

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

endmodule // top$n_r


module top$pend2_r(d,q,clock);

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

endmodule // top$pend2_r


module top$pend3_r(d,q,clock);

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

endmodule // top$pend3_r


module top$pend4_r(d,q,clock);

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

endmodule // top$pend4_r


module top$pend_group_r(d,q,clock);

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

endmodule // top$pend_group_r


module top$pend_keep_r(d,q,clock);

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

endmodule // top$pend_keep_r


module top$pend_phase_r(d,q,clock);

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

endmodule // top$pend_phase_r


module top$pend_r(d,q,clock);

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

endmodule // top$pend_r


module top$phase_r(d,q,clock);

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

endmodule // top$phase_r


module top$rc_r(d,q,clock);

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

endmodule // top$rc_r


module top$rj_r(d,q,clock);

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

endmodule // top$rj_r


module top$running_r(d,q,clock);

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

endmodule // top$running_r


module top$stall_r(d,q,clock);

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

endmodule // top$stall_r


module top$stalling_r(d,q,clock);

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

endmodule // top$stalling_r


module top$sweep_r(d,q,clock);

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

endmodule // top$sweep_r


module top$tail_r(d,q,clock);

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

endmodule // top$tail_r


module top$tc_r(d,q,clock);

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

endmodule // top$tc_r


module top$tt_r(d,q,clock);

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

endmodule // top$tt_r


module top$want_r(d,q,clock);

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

endmodule // top$want_r


module top$wp_r(d,q,clock);

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

endmodule // top$wp_r


module top$wrow_r(d,q,clock);

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

endmodule // top$wrow_r


module top$wx_r(d,q,clock);

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

endmodule // top$wx_r
