// plane_decision.v: generated from hdl/src/plane/decision.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/plane_decision.v

module top(clock,seed,load,decide,doubled,a,b,pre,delta_code,shift_amount,offset,acc,field,state,spin,spin_valid,start_spin);

    // Module arguments
    input wire  clock;
    input wire  [63:0] seed;
    input wire  load;
    input wire  decide;
    input wire  doubled;
    input wire signed [18:0] a;
    input wire signed [18:0] b;
    input wire signed [15:0] pre;
    input wire  [15:0] delta_code;
    input wire  [4:0] shift_amount;
    input wire signed [15:0] offset;
    output reg signed [18:0] acc;
    output reg signed [15:0] field;
    output reg  [63:0] state;
    output reg  spin;
    output reg  spin_valid;
    output reg  start_spin;

    // Constant declarations
    localparam  lsb_sum = 5'b0;
    localparam  bit_16 = 5'b10000;
    localparam  bit_17 = 5'b10001;
    localparam  bit_18 = 5'b10010;
    localparam  weight_16 = 6'b10000;
    localparam  weight_17 = 6'b10001;
    localparam  weight_18 = 6'b10010;
    localparam  lsb = 6'b0;
    localparam  shift_lsb = 3'b0;
    localparam  sum_lsb = 5'b0;
    localparam  one_bit = 1'b1;
    localparam  zero_prod = 35'h0;
    localparam  one_prod = 35'h1;
    localparam  ones_prod = 35'h7ffffffff;
    localparam  prod_sign = 6'b100010;
    localparam  coarse_mask = 5'b11000;
    localparam  top_lsb = 6'b10000;
    localparam  top_zero = 19'b0;
    localparam  top_ones = 19'b1111111111111111111;
    localparam  clamp_low = 18'b110000000000000000;
    localparam  clamp_high = 18'b1111111111111111;
    localparam  sum_sign = 5'b10001;
    localparam  sat_lsb = 5'b1111;
    localparam  sat_zero = 3'b0;
    localparam  sat_ones = 3'b111;
    localparam  field_min = 16'h8000;
    localparam  field_max = 16'h7fff;
    localparam  draw_msb = 4'hf;

    // Stub signals
    reg  rng$clock;
    reg  [63:0] rng$seed;
    reg  rng$load;
    reg  rng$step;
    wire  [63:0] rng$state;
    wire  [15:0] rng$draw;
    reg  pbit$clock;
    reg signed [15:0] pbit$field;
    reg  [15:0] pbit$r;
    wire  pbit$spin;
    reg  [15:0] pre_ext$narrow;
    wire  [18:0] pre_ext$wide;
    reg  [18:0] p_acc$d;
    wire  [18:0] p_acc$q;
    reg  p_acc$clock;
    reg  [15:0] p_delta$d;
    wire  [15:0] p_delta$q;
    reg  p_delta$clock;
    reg  [4:0] p_shift$d;
    wire  [4:0] p_shift$q;
    reg  p_shift$clock;
    reg  [15:0] p_offset$d;
    wire  [15:0] p_offset$q;
    reg  p_offset$clock;
    reg  p_valid$d;
    wire  p_valid$q;
    reg  p_valid$clock;
    reg  [15:0] delta_ext$narrow;
    wire  [34:0] delta_ext$wide;
    reg  [31:0] m_low$d;
    wire  [31:0] m_low$q;
    reg  m_low$clock;
    reg  [34:0] m_addend$d;
    wire  [34:0] m_addend$q;
    reg  m_addend$clock;
    reg  [4:0] m_shift$d;
    wire  [4:0] m_shift$q;
    reg  m_shift$clock;
    reg  [15:0] m_offset$d;
    wire  [15:0] m_offset$q;
    reg  m_offset$clock;
    reg  m_valid$d;
    wire  m_valid$q;
    reg  m_valid$clock;
    reg  [31:0] low_ext$narrow;
    wire  [34:0] low_ext$wide;
    reg  [34:0] s_coarse$d;
    wire  [34:0] s_coarse$q;
    reg  s_coarse$clock;
    reg  [2:0] s_fine$d;
    wire  [2:0] s_fine$q;
    reg  s_fine$clock;
    reg  [15:0] s_offset$d;
    wire  [15:0] s_offset$q;
    reg  s_offset$clock;
    reg  s_valid$d;
    wire  s_valid$q;
    reg  s_valid$clock;
    reg  [17:0] c_clamped$d;
    wire  [17:0] c_clamped$q;
    reg  c_clamped$clock;
    reg  [15:0] c_offset$d;
    wire  [15:0] c_offset$q;
    reg  c_offset$clock;
    reg  c_valid$d;
    wire  c_valid$q;
    reg  c_valid$clock;
    reg  [15:0] offset_ext$narrow;
    wire  [17:0] offset_ext$wide;
    reg  [15:0] f_field$d;
    wire  [15:0] f_field$q;
    reg  f_field$clock;
    reg  f_valid$d;
    wire  f_valid$q;
    reg  f_valid$clock;
    reg  step_1$d;
    wire  step_1$q;
    reg  step_1$clock;
    reg  step_2$d;
    wire  step_2$q;
    reg  step_2$clock;
    reg  step_3$d;
    wire  step_3$q;
    reg  step_3$clock;
    reg  step_4$d;
    wire  step_4$q;
    reg  step_4$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  start_q$d;
    wire  start_q$q;
    reg  start_q$clock;
    reg  spin_r$d;
    wire  spin_r$q;
    reg  spin_r$clock;
    reg  valid_r$d;
    wire  valid_r$q;
    reg  valid_r$clock;
    reg  start_r$d;
    wire  start_r$q;
    reg  start_r$clock;

    // Local signals
    reg  [18:0] a_term;
    reg  [34:0] hi_16;
    reg  [34:0] hi_17;
    reg  [34:0] hi_18;
    reg  [34:0] half;
    reg  [34:0] rounded;
    reg  [4:0] coarse_amount;
    reg  [34:0] shifted;
    reg  [17:0] clamped;
    reg  [17:0] sum;

    // Sub module instances
    top$rng rng(
        .clock(rng$clock),
        .seed(rng$seed),
        .load(rng$load),
        .step(rng$step),
        .state(rng$state),
        .draw(rng$draw)
    );
    top$pbit pbit(
        .clock(pbit$clock),
        .field(pbit$field),
        .r(pbit$r),
        .spin(pbit$spin)
    );
    top$pre_ext pre_ext(
        .narrow(pre_ext$narrow),
        .wide(pre_ext$wide)
    );
    top$p_acc p_acc(
        .d(p_acc$d),
        .q(p_acc$q),
        .clock(p_acc$clock)
    );
    top$p_delta p_delta(
        .d(p_delta$d),
        .q(p_delta$q),
        .clock(p_delta$clock)
    );
    top$p_shift p_shift(
        .d(p_shift$d),
        .q(p_shift$q),
        .clock(p_shift$clock)
    );
    top$p_offset p_offset(
        .d(p_offset$d),
        .q(p_offset$q),
        .clock(p_offset$clock)
    );
    top$p_valid p_valid(
        .d(p_valid$d),
        .q(p_valid$q),
        .clock(p_valid$clock)
    );
    top$delta_ext delta_ext(
        .narrow(delta_ext$narrow),
        .wide(delta_ext$wide)
    );
    top$m_low m_low(
        .d(m_low$d),
        .q(m_low$q),
        .clock(m_low$clock)
    );
    top$m_addend m_addend(
        .d(m_addend$d),
        .q(m_addend$q),
        .clock(m_addend$clock)
    );
    top$m_shift m_shift(
        .d(m_shift$d),
        .q(m_shift$q),
        .clock(m_shift$clock)
    );
    top$m_offset m_offset(
        .d(m_offset$d),
        .q(m_offset$q),
        .clock(m_offset$clock)
    );
    top$m_valid m_valid(
        .d(m_valid$d),
        .q(m_valid$q),
        .clock(m_valid$clock)
    );
    top$low_ext low_ext(
        .narrow(low_ext$narrow),
        .wide(low_ext$wide)
    );
    top$s_coarse s_coarse(
        .d(s_coarse$d),
        .q(s_coarse$q),
        .clock(s_coarse$clock)
    );
    top$s_fine s_fine(
        .d(s_fine$d),
        .q(s_fine$q),
        .clock(s_fine$clock)
    );
    top$s_offset s_offset(
        .d(s_offset$d),
        .q(s_offset$q),
        .clock(s_offset$clock)
    );
    top$s_valid s_valid(
        .d(s_valid$d),
        .q(s_valid$q),
        .clock(s_valid$clock)
    );
    top$c_clamped c_clamped(
        .d(c_clamped$d),
        .q(c_clamped$q),
        .clock(c_clamped$clock)
    );
    top$c_offset c_offset(
        .d(c_offset$d),
        .q(c_offset$q),
        .clock(c_offset$clock)
    );
    top$c_valid c_valid(
        .d(c_valid$d),
        .q(c_valid$q),
        .clock(c_valid$clock)
    );
    top$offset_ext offset_ext(
        .narrow(offset_ext$narrow),
        .wide(offset_ext$wide)
    );
    top$f_field f_field(
        .d(f_field$d),
        .q(f_field$q),
        .clock(f_field$clock)
    );
    top$f_valid f_valid(
        .d(f_valid$d),
        .q(f_valid$q),
        .clock(f_valid$clock)
    );
    top$step_1 step_1(
        .d(step_1$d),
        .q(step_1$q),
        .clock(step_1$clock)
    );
    top$step_2 step_2(
        .d(step_2$d),
        .q(step_2$q),
        .clock(step_2$clock)
    );
    top$step_3 step_3(
        .d(step_3$d),
        .q(step_3$q),
        .clock(step_3$clock)
    );
    top$step_4 step_4(
        .d(step_4$d),
        .q(step_4$q),
        .clock(step_4$clock)
    );
    top$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    top$start_q start_q(
        .d(start_q$d),
        .q(start_q$q),
        .clock(start_q$clock)
    );
    top$spin_r spin_r(
        .d(spin_r$d),
        .q(spin_r$q),
        .clock(spin_r$clock)
    );
    top$valid_r valid_r(
        .d(valid_r$d),
        .q(valid_r$q),
        .clock(valid_r$clock)
    );
    top$start_r start_r(
        .d(start_r$d),
        .q(start_r$q),
        .clock(start_r$clock)
    );

    // Update code
    always @(*) begin
        rng$clock = clock;
        pbit$clock = clock;
        p_acc$clock = clock;
        p_delta$clock = clock;
        p_shift$clock = clock;
        p_offset$clock = clock;
        p_valid$clock = clock;
        m_low$clock = clock;
        m_addend$clock = clock;
        m_shift$clock = clock;
        m_offset$clock = clock;
        m_valid$clock = clock;
        s_coarse$clock = clock;
        s_fine$clock = clock;
        s_offset$clock = clock;
        s_valid$clock = clock;
        c_clamped$clock = clock;
        c_offset$clock = clock;
        c_valid$clock = clock;
        f_field$clock = clock;
        f_valid$clock = clock;
        step_1$clock = clock;
        step_2$clock = clock;
        step_3$clock = clock;
        step_4$clock = clock;
        valid_q$clock = clock;
        start_q$clock = clock;
        spin_r$clock = clock;
        valid_r$clock = clock;
        start_r$clock = clock;
        p_acc$d = p_acc$q;
        p_delta$d = p_delta$q;
        p_shift$d = p_shift$q;
        p_offset$d = p_offset$q;
        p_valid$d = p_valid$q;
        m_low$d = m_low$q;
        m_addend$d = m_addend$q;
        m_shift$d = m_shift$q;
        m_offset$d = m_offset$q;
        m_valid$d = m_valid$q;
        s_coarse$d = s_coarse$q;
        s_fine$d = s_fine$q;
        s_offset$d = s_offset$q;
        s_valid$d = s_valid$q;
        c_clamped$d = c_clamped$q;
        c_offset$d = c_offset$q;
        c_valid$d = c_valid$q;
        f_field$d = f_field$q;
        f_valid$d = f_valid$q;
        step_1$d = step_1$q;
        step_2$d = step_2$q;
        step_3$d = step_3$q;
        step_4$d = step_4$q;
        valid_q$d = valid_q$q;
        start_q$d = start_q$q;
        spin_r$d = spin_r$q;
        valid_r$d = valid_r$q;
        start_r$d = start_r$q;
        rng$seed = seed;
        rng$load = load;
        step_1$d = decide;
        step_2$d = step_1$q;
        step_3$d = step_2$q;
        step_4$d = step_3$q;
        rng$step = step_4$q;
        pre_ext$narrow = $unsigned(pre);
        a_term = $unsigned(a);
        if (doubled) begin
            a_term = $unsigned(a) << one_bit;
        end
        if (decide) begin
            p_acc$d = a_term - $unsigned(b) + pre_ext$wide;
            p_delta$d = delta_code;
            p_shift$d = shift_amount;
            p_offset$d = $unsigned(offset);
        end
        p_valid$d = decide;
        delta_ext$narrow = p_delta$q;
        hi_16 = zero_prod;
        if (p_acc$q[bit_16]) begin
            hi_16 = delta_ext$wide << weight_16;
        end
        hi_17 = zero_prod;
        if (p_acc$q[bit_17]) begin
            hi_17 = delta_ext$wide << weight_17;
        end
        hi_18 = zero_prod;
        if (p_acc$q[bit_18]) begin
            hi_18 = delta_ext$wide << weight_18;
        end
        half = (one_prod << p_shift$q) >> one_bit;
        if (p_valid$q) begin
            m_low$d = p_acc$q[(lsb_sum)+:(16)] * p_delta$q;
            m_addend$d = hi_16 + hi_17 - hi_18 + half;
            m_shift$d = p_shift$q;
            m_offset$d = p_offset$q;
        end
        m_valid$d = p_valid$q;
        low_ext$narrow = m_low$q;
        rounded = low_ext$wide + m_addend$q;
        coarse_amount = m_shift$q & coarse_mask;
        if (m_valid$q) begin
            s_coarse$d = rounded >> coarse_amount;
            if (rounded[prod_sign]) begin
                s_coarse$d = (rounded >> coarse_amount) | ~(ones_prod >> coarse_amount);
            end
            s_fine$d = m_shift$q[(shift_lsb)+:(3)];
            s_offset$d = m_offset$q;
        end
        s_valid$d = m_valid$q;
        shifted = s_coarse$q >> s_fine$q;
        if (s_coarse$q[prod_sign]) begin
            shifted = (s_coarse$q >> s_fine$q) | ~(ones_prod >> s_fine$q);
        end
        clamped = shifted[(lsb)+:(18)];
        if ((shifted[(top_lsb)+:(19)] != top_zero) & (shifted[(top_lsb)+:(19)] != top_ones)) begin
            clamped = clamp_high;
            if (shifted[prod_sign]) begin
                clamped = clamp_low;
            end
        end
        if (s_valid$q) begin
            c_clamped$d = clamped;
            c_offset$d = s_offset$q;
        end
        c_valid$d = s_valid$q;
        offset_ext$narrow = c_offset$q;
        sum = c_clamped$q + offset_ext$wide;
        if (c_valid$q) begin
            f_field$d = sum[(sum_lsb)+:(16)];
            if ((sum[(sat_lsb)+:(3)] != sat_zero) & (sum[(sat_lsb)+:(3)] != sat_ones)) begin
                f_field$d = field_max;
                if (sum[sum_sign]) begin
                    f_field$d = field_min;
                end
            end
        end
        f_valid$d = c_valid$q;
        pbit$field = $signed(f_field$q);
        pbit$r = rng$draw;
        valid_q$d = f_valid$q;
        start_q$d = rng$draw[draw_msb];
        acc = $signed(p_acc$q);
        field = $signed(f_field$q);
        state = rng$state;
        spin_r$d = pbit$spin;
        valid_r$d = valid_q$q;
        start_r$d = start_q$q;
        spin = spin_r$q;
        spin_valid = valid_r$q;
        start_spin = start_r$q;
    end

endmodule // top


module top$c_clamped(d,q,clock);

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

endmodule // top$c_clamped


module top$c_offset(d,q,clock);

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

endmodule // top$c_offset


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
    output reg  [34:0] wide;

    // Update code (custom)
    always @(*) wide = {{19{1'b0}}, narrow};
endmodule // top$delta_ext


module top$f_field(d,q,clock);

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

endmodule // top$f_field


module top$f_valid(d,q,clock);

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

endmodule // top$f_valid


module top$low_ext(narrow,wide);

    // Module arguments
    input wire  [31:0] narrow;
    output reg  [34:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{1'b0}}, narrow};
endmodule // top$low_ext


module top$m_addend(d,q,clock);

    // Module arguments
    input wire  [34:0] d;
    output reg  [34:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 35'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$m_addend


module top$m_low(d,q,clock);

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

endmodule // top$m_low


module top$m_offset(d,q,clock);

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

endmodule // top$m_offset


module top$m_shift(d,q,clock);

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

endmodule // top$m_shift


module top$m_valid(d,q,clock);

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

endmodule // top$m_valid


module top$offset_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [17:0] wide;

    // Update code (custom)
    always @(*) wide = {{2{narrow[15]}}, narrow};
endmodule // top$offset_ext


module top$p_acc(d,q,clock);

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

endmodule // top$p_acc


module top$p_delta(d,q,clock);

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

endmodule // top$p_delta


module top$p_offset(d,q,clock);

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

endmodule // top$p_offset


module top$p_shift(d,q,clock);

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

endmodule // top$p_shift


module top$p_valid(d,q,clock);

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

endmodule // top$p_valid


module top$pbit(clock,field,r,spin);

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
    top$pbit$thresholds thresholds(
        .address(thresholds$address),
        .clock(thresholds$clock),
        .data(thresholds$data)
    );
    top$pbit$negative negative(
        .d(negative$d),
        .q(negative$q),
        .clock(negative$clock)
    );
    top$pbit$r_reg r_reg(
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

endmodule // top$pbit


module top$pbit$negative(d,q,clock);

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

endmodule // top$pbit$negative


module top$pbit$r_reg(d,q,clock);

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

endmodule // top$pbit$r_reg


module top$pbit$thresholds(address,clock,data);

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
endmodule // top$pbit$thresholds


module top$pre_ext(narrow,wide);

    // Module arguments
    input wire  [15:0] narrow;
    output reg  [18:0] wide;

    // Update code (custom)
    always @(*) wide = {{3{narrow[15]}}, narrow};
endmodule // top$pre_ext


module top$rng(clock,seed,load,step,state,draw);

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
    top$rng$state_reg state_reg(
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

endmodule // top$rng


module top$rng$state_reg(d,q,clock);

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

endmodule // top$rng$state_reg


module top$s_coarse(d,q,clock);

    // Module arguments
    input wire  [34:0] d;
    output reg  [34:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 35'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$s_coarse


module top$s_fine(d,q,clock);

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

endmodule // top$s_fine


module top$s_offset(d,q,clock);

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

endmodule // top$s_offset


module top$s_valid(d,q,clock);

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

endmodule // top$s_valid


module top$spin_r(d,q,clock);

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

endmodule // top$spin_r


module top$start_q(d,q,clock);

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

endmodule // top$start_q


module top$start_r(d,q,clock);

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

endmodule // top$start_r


module top$step_1(d,q,clock);

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

endmodule // top$step_1


module top$step_2(d,q,clock);

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

endmodule // top$step_2


module top$step_3(d,q,clock);

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

endmodule // top$step_3


module top$step_4(d,q,clock);

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

endmodule // top$step_4


module top$valid_q(d,q,clock);

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

endmodule // top$valid_q


module top$valid_r(d,q,clock);

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

endmodule // top$valid_r
