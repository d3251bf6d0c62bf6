// sweep_controller.v: generated from hdl/src/chip/sweep_controller.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/sweep_controller.v

module top(clock,start,c0,c1,c2,h,w,k1,k2,sweeps,busy,done,phase,pos,group,sweep,kind,drain_cycle,channel,tap,source_valid,source_pos,cycle);

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
    localparam  lanes = 7'b100000;
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
    top$phase_r phase_r(
        .d(phase_r$d),
        .q(phase_r$q),
        .clock(phase_r$clock)
    );
    top$y_r y_r(
        .d(y_r$d),
        .q(y_r$q),
        .clock(y_r$clock)
    );
    top$x_r x_r(
        .d(x_r$d),
        .q(x_r$q),
        .clock(x_r$clock)
    );
    top$pos_r pos_r(
        .d(pos_r$d),
        .q(pos_r$q),
        .clock(pos_r$clock)
    );
    top$group_r group_r(
        .d(group_r$d),
        .q(group_r$q),
        .clock(group_r$clock)
    );
    top$rem_r rem_r(
        .d(rem_r$d),
        .q(rem_r$q),
        .clock(rem_r$clock)
    );
    top$channel_r channel_r(
        .d(channel_r$d),
        .q(channel_r$q),
        .clock(channel_r$clock)
    );
    top$ty_r ty_r(
        .d(ty_r$d),
        .q(ty_r$q),
        .clock(ty_r$clock)
    );
    top$tx_r tx_r(
        .d(tx_r$d),
        .q(tx_r$q),
        .clock(tx_r$clock)
    );
    top$tap_r tap_r(
        .d(tap_r$d),
        .q(tap_r$q),
        .clock(tap_r$clock)
    );
    top$border_r border_r(
        .d(border_r$d),
        .q(border_r$q),
        .clock(border_r$clock)
    );
    top$drain_r drain_r(
        .d(drain_r$d),
        .q(drain_r$q),
        .clock(drain_r$clock)
    );
    top$dcyc_r dcyc_r(
        .d(dcyc_r$d),
        .q(dcyc_r$q),
        .clock(dcyc_r$clock)
    );
    top$sweep_r sweep_r(
        .d(sweep_r$d),
        .q(sweep_r$q),
        .clock(sweep_r$clock)
    );
    top$cycle_r cycle_r(
        .d(cycle_r$d),
        .q(cycle_r$q),
        .clock(cycle_r$clock)
    );
    top$w_ext w_ext(
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

endmodule // top


module top$border_r(d,q,clock);

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

endmodule // top$border_r


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


module top$channel_r(d,q,clock);

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

endmodule // top$channel_r


module top$cycle_r(d,q,clock);

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

endmodule // top$cycle_r


module top$dcyc_r(d,q,clock);

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

endmodule // top$dcyc_r


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


module top$drain_r(d,q,clock);

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

endmodule // top$drain_r


module top$group_r(d,q,clock);

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

endmodule // top$group_r


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


module top$pos_r(d,q,clock);

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

endmodule // top$pos_r


module top$rem_r(d,q,clock);

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

endmodule // top$rem_r


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


module top$tap_r(d,q,clock);

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

endmodule // top$tap_r


module top$tx_r(d,q,clock);

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

endmodule // top$tx_r


module top$ty_r(d,q,clock);

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

endmodule // top$ty_r


module top$w_ext(narrow,wide);

    // Module arguments
    input wire  [4:0] narrow;
    output reg  [7:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$w_ext


module top$x_r(d,q,clock);

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

endmodule // top$x_r


module top$y_r(d,q,clock);

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

endmodule // top$y_r
