// field_unit.v: generated from hdl/src/chip/field_unit.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/field_unit.v

module top(clock,clear,preload_en,preload,add_en,weight,spin,acc,compute,delta_code,shift_amount,offset,field,valid);

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
    top$acc_reg acc_reg(
        .d(acc_reg$d),
        .q(acc_reg$q),
        .clock(acc_reg$clock)
    );
    top$weight_ext weight_ext(
        .narrow(weight_ext$narrow),
        .wide(weight_ext$wide)
    );
    top$delta_ext delta_ext(
        .narrow(delta_ext$narrow),
        .wide(delta_ext$wide)
    );
    top$a_low a_low(
        .d(a_low$d),
        .q(a_low$q),
        .clock(a_low$clock)
    );
    top$a_addend a_addend(
        .d(a_addend$d),
        .q(a_addend$q),
        .clock(a_addend$clock)
    );
    top$a_shift a_shift(
        .d(a_shift$d),
        .q(a_shift$q),
        .clock(a_shift$clock)
    );
    top$a_offset a_offset(
        .d(a_offset$d),
        .q(a_offset$q),
        .clock(a_offset$clock)
    );
    top$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$low_ext low_ext(
        .narrow(low_ext$narrow),
        .wide(low_ext$wide)
    );
    top$b_coarse b_coarse(
        .d(b_coarse$d),
        .q(b_coarse$q),
        .clock(b_coarse$clock)
    );
    top$b_fine b_fine(
        .d(b_fine$d),
        .q(b_fine$q),
        .clock(b_fine$clock)
    );
    top$b_offset b_offset(
        .d(b_offset$d),
        .q(b_offset$q),
        .clock(b_offset$clock)
    );
    top$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$offset_ext offset_ext(
        .narrow(offset_ext$narrow),
        .wide(offset_ext$wide)
    );
    top$c_field c_field(
        .d(c_field$d),
        .q(c_field$q),
        .clock(c_field$clock)
    );
    top$c_valid c_valid(
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

endmodule // top


module top$a_addend(d,q,clock);

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

endmodule // top$a_addend


module top$a_low(d,q,clock);

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

endmodule // top$a_low


module top$a_offset(d,q,clock);

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

endmodule // top$a_offset


module top$a_shift(d,q,clock);

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

endmodule // top$a_shift


module top$a_valid(d,q,clock);

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

endmodule // top$a_valid


module top$acc_reg(d,q,clock);

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

endmodule // top$acc_reg


module top$b_coarse(d,q,clock);

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

endmodule // top$b_coarse


module top$b_fine(d,q,clock);

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

endmodule // top$b_fine


module top$b_offset(d,q,clock);

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

endmodule // top$b_offset


module top$b_valid(d,q,clock);

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

endmodule // top$b_valid


module top$c_field(d,q,clock);

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

endmodule // top$c_field


module top$c_valid(d,q,clock);

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

endmodule // top$c_valid


module top$delta_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{18{1'b0}}, narrow};
endmodule // top$delta_ext


module top$low_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [33:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{1'b0}}, narrow};
endmodule // top$low_ext


module top$offset_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$offset_ext


module top$weight_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$weight_ext
