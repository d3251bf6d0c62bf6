// plane_weight_banks.v: generated from hdl/src/plane/weight_banks.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/plane_weight_banks.v

module top(clock,wr,wr_bank,wr_address,wr_data,term,phase,group,source,step,tap_valid,strides$t2,strides$w2_block,strides$hidden_group,strides$k1_base,strides$k1_group,strides$k3_base,strides$k3_group,weights$0,weights$1,weights$2,weights$3,weights$4,weights$5,weights$6,weights$7);

    // Module arguments
    input wire  clock;
    input wire  wr;
    input wire  [2:0] wr_bank;
    input wire  [14:0] wr_address;
    input wire  [8:0] wr_data;
    input wire  term;
    input wire  [1:0] phase;
    input wire  [7:0] group;
    input wire  [7:0] source;
    input wire  [3:0] step;
    input wire  tap_valid;
    input wire  [3:0] strides$t2;
    input wire  [14:0] strides$w2_block;
    input wire  [14:0] strides$hidden_group;
    input wire  [14:0] strides$k1_base;
    input wire  [14:0] strides$k1_group;
    input wire  [14:0] strides$k3_base;
    input wire  [14:0] strides$k3_group;
    output reg  [8:0] weights$0;
    output reg  [8:0] weights$1;
    output reg  [8:0] weights$2;
    output reg  [8:0] weights$3;
    output reg  [8:0] weights$4;
    output reg  [8:0] weights$5;
    output reg  [8:0] weights$6;
    output reg  [8:0] weights$7;

    // Constant declarations
    localparam  bank_index$0 = 3'b0;
    localparam  bank_index$1 = 3'b1;
    localparam  bank_index$2 = 3'b10;
    localparam  bank_index$3 = 3'b11;
    localparam  bank_index$4 = 3'b100;
    localparam  bank_index$5 = 3'b101;
    localparam  bank_index$6 = 3'b110;
    localparam  bank_index$7 = 3'b111;
    localparam  bank_ch$0 = 8'h0;
    localparam  bank_ch$1 = 8'h1;
    localparam  bank_ch$2 = 8'h2;
    localparam  bank_ch$3 = 8'h3;
    localparam  bank_ch$4 = 8'h4;
    localparam  bank_ch$5 = 8'h5;
    localparam  bank_ch$6 = 8'h6;
    localparam  bank_ch$7 = 8'h7;
    localparam  bank_addr$0 = 15'b0;
    localparam  bank_addr$1 = 15'b1;
    localparam  bank_addr$2 = 15'b10;
    localparam  bank_addr$3 = 15'b11;
    localparam  bank_addr$4 = 15'b100;
    localparam  bank_addr$5 = 15'b101;
    localparam  bank_addr$6 = 15'b110;
    localparam  bank_addr$7 = 15'b111;
    localparam  d_mask = 8'h7;
    localparam  d_mask_addr = 15'b111;
    localparam  zero_ch = 8'h0;
    localparam  zero_sigma = 4'h0;
    localparam  zero_addr = 15'b0;
    localparam  one_addr = 15'b1;
    localparam  one_shift = 15'b1;
    localparam  three_shift = 15'b11;
    localparam  three = 4'h3;
    localparam  nine = 4'h9;
    localparam  ph$0 = 2'b0;
    localparam  ph$1 = 2'b1;
    localparam  ph$2 = 2'b10;

    // Stub signals
    reg  banks$0$clock;
    reg  [14:0] banks$0$read_address;
    wire  [8:0] banks$0$read_data;
    reg  [14:0] banks$0$write_address;
    reg  [8:0] banks$0$write_data;
    reg  banks$0$write_enable;
    reg  banks$1$clock;
    reg  [14:0] banks$1$read_address;
    wire  [8:0] banks$1$read_data;
    reg  [14:0] banks$1$write_address;
    reg  [8:0] banks$1$write_data;
    reg  banks$1$write_enable;
    reg  banks$2$clock;
    reg  [14:0] banks$2$read_address;
    wire  [8:0] banks$2$read_data;
    reg  [14:0] banks$2$write_address;
    reg  [8:0] banks$2$write_data;
    reg  banks$2$write_enable;
    reg  banks$3$clock;
    reg  [14:0] banks$3$read_address;
    wire  [8:0] banks$3$read_data;
    reg  [14:0] banks$3$write_address;
    reg  [8:0] banks$3$write_data;
    reg  banks$3$write_enable;
    reg  banks$4$clock;
    reg  [14:0] banks$4$read_address;
    wire  [8:0] banks$4$read_data;
    reg  [14:0] banks$4$write_address;
    reg  [8:0] banks$4$write_data;
    reg  banks$4$write_enable;
    reg  banks$5$clock;
    reg  [14:0] banks$5$read_address;
    wire  [8:0] banks$5$read_data;
    reg  [14:0] banks$5$write_address;
    reg  [8:0] banks$5$write_data;
    reg  banks$5$write_enable;
    reg  banks$6$clock;
    reg  [14:0] banks$6$read_address;
    wire  [8:0] banks$6$read_data;
    reg  [14:0] banks$6$write_address;
    reg  [8:0] banks$6$write_data;
    reg  banks$6$write_enable;
    reg  banks$7$clock;
    reg  [14:0] banks$7$read_address;
    wire  [8:0] banks$7$read_data;
    reg  [14:0] banks$7$write_address;
    reg  [8:0] banks$7$write_data;
    reg  banks$7$write_enable;
    reg  [14:0] base_r$d;
    wire  [14:0] base_r$q;
    reg  base_r$clock;
    reg  [14:0] k_r$d;
    wire  [14:0] k_r$q;
    reg  k_r$clock;
    reg  [14:0] block_r$d;
    wire  [14:0] block_r$q;
    reg  block_r$clock;
    reg  [7:0] rot_r$d;
    wire  [7:0] rot_r$q;
    reg  rot_r$clock;
    reg  [7:0] rot_a$d;
    wire  [7:0] rot_a$q;
    reg  rot_a$clock;
    reg  [7:0] rot_q$d;
    wire  [7:0] rot_q$q;
    reg  rot_q$clock;
    reg  [14:0] addr_r$0$d;
    wire  [14:0] addr_r$0$q;
    reg  addr_r$0$clock;
    reg  [14:0] addr_r$1$d;
    wire  [14:0] addr_r$1$q;
    reg  addr_r$1$clock;
    reg  [14:0] addr_r$2$d;
    wire  [14:0] addr_r$2$q;
    reg  addr_r$2$clock;
    reg  [14:0] addr_r$3$d;
    wire  [14:0] addr_r$3$q;
    reg  addr_r$3$clock;
    reg  [14:0] addr_r$4$d;
    wire  [14:0] addr_r$4$q;
    reg  addr_r$4$clock;
    reg  [14:0] addr_r$5$d;
    wire  [14:0] addr_r$5$q;
    reg  addr_r$5$clock;
    reg  [14:0] addr_r$6$d;
    wire  [14:0] addr_r$6$q;
    reg  addr_r$6$clock;
    reg  [14:0] addr_r$7$d;
    wire  [14:0] addr_r$7$q;
    reg  addr_r$7$clock;
    reg  [3:0] step_wide$narrow;
    wire  [14:0] step_wide$wide;
    reg  [7:0] source_wide$narrow;
    wire  [14:0] source_wide$wide;

    // Local signals
    reg  first;
    reg  hidden;
    reg  [14:0] phase_base;
    reg  [14:0] group_stride;
    reg  [14:0] base_now;
    reg  [14:0] k_now;
    reg  [14:0] block_now;
    reg  [7:0] cr;
    reg  [14:0] cr_wide;
    reg  [14:0] dm$0;
    reg  [14:0] dm$1;
    reg  [14:0] dm$2;
    reg  [14:0] dm$3;
    reg  [14:0] dm$4;
    reg  [14:0] dm$5;
    reg  [14:0] dm$6;
    reg  [14:0] dm$7;
    reg  [14:0] offset$0;
    reg  [14:0] offset$1;
    reg  [14:0] offset$2;
    reg  [14:0] offset$3;
    reg  [14:0] offset$4;
    reg  [14:0] offset$5;
    reg  [14:0] offset$6;
    reg  [14:0] offset$7;
    reg  [7:0] column_bank$0;
    reg  [7:0] column_bank$1;
    reg  [7:0] column_bank$2;
    reg  [7:0] column_bank$3;
    reg  [7:0] column_bank$4;
    reg  [7:0] column_bank$5;
    reg  [7:0] column_bank$6;
    reg  [7:0] column_bank$7;

    // Sub module instances
    top$banks$0 banks$0(
        .clock(banks$0$clock),
        .read_address(banks$0$read_address),
        .read_data(banks$0$read_data),
        .write_address(banks$0$write_address),
        .write_data(banks$0$write_data),
        .write_enable(banks$0$write_enable)
    );
    top$banks$1 banks$1(
        .clock(banks$1$clock),
        .read_address(banks$1$read_address),
        .read_data(banks$1$read_data),
        .write_address(banks$1$write_address),
        .write_data(banks$1$write_data),
        .write_enable(banks$1$write_enable)
    );
    top$banks$2 banks$2(
        .clock(banks$2$clock),
        .read_address(banks$2$read_address),
        .read_data(banks$2$read_data),
        .write_address(banks$2$write_address),
        .write_data(banks$2$write_data),
        .write_enable(banks$2$write_enable)
    );
    top$banks$3 banks$3(
        .clock(banks$3$clock),
        .read_address(banks$3$read_address),
        .read_data(banks$3$read_data),
        .write_address(banks$3$write_address),
        .write_data(banks$3$write_data),
        .write_enable(banks$3$write_enable)
    );
    top$banks$4 banks$4(
        .clock(banks$4$clock),
        .read_address(banks$4$read_address),
        .read_data(banks$4$read_data),
        .write_address(banks$4$write_address),
        .write_data(banks$4$write_data),
        .write_enable(banks$4$write_enable)
    );
    top$banks$5 banks$5(
        .clock(banks$5$clock),
        .read_address(banks$5$read_address),
        .read_data(banks$5$read_data),
        .write_address(banks$5$write_address),
        .write_data(banks$5$write_data),
        .write_enable(banks$5$write_enable)
    );
    top$banks$6 banks$6(
        .clock(banks$6$clock),
        .read_address(banks$6$read_address),
        .read_data(banks$6$read_data),
        .write_address(banks$6$write_address),
        .write_data(banks$6$write_data),
        .write_enable(banks$6$write_enable)
    );
    top$banks$7 banks$7(
        .clock(banks$7$clock),
        .read_address(banks$7$read_address),
        .read_data(banks$7$read_data),
        .write_address(banks$7$write_address),
        .write_data(banks$7$write_data),
        .write_enable(banks$7$write_enable)
    );
    top$base_r base_r(
        .d(base_r$d),
        .q(base_r$q),
        .clock(base_r$clock)
    );
    top$k_r k_r(
        .d(k_r$d),
        .q(k_r$q),
        .clock(k_r$clock)
    );
    top$block_r block_r(
        .d(block_r$d),
        .q(block_r$q),
        .clock(block_r$clock)
    );
    top$rot_r rot_r(
        .d(rot_r$d),
        .q(rot_r$q),
        .clock(rot_r$clock)
    );
    top$rot_a rot_a(
        .d(rot_a$d),
        .q(rot_a$q),
        .clock(rot_a$clock)
    );
    top$rot_q rot_q(
        .d(rot_q$d),
        .q(rot_q$q),
        .clock(rot_q$clock)
    );
    top$addr_r$0 addr_r$0(
        .d(addr_r$0$d),
        .q(addr_r$0$q),
        .clock(addr_r$0$clock)
    );
    top$addr_r$1 addr_r$1(
        .d(addr_r$1$d),
        .q(addr_r$1$q),
        .clock(addr_r$1$clock)
    );
    top$addr_r$2 addr_r$2(
        .d(addr_r$2$d),
        .q(addr_r$2$q),
        .clock(addr_r$2$clock)
    );
    top$addr_r$3 addr_r$3(
        .d(addr_r$3$d),
        .q(addr_r$3$q),
        .clock(addr_r$3$clock)
    );
    top$addr_r$4 addr_r$4(
        .d(addr_r$4$d),
        .q(addr_r$4$q),
        .clock(addr_r$4$clock)
    );
    top$addr_r$5 addr_r$5(
        .d(addr_r$5$d),
        .q(addr_r$5$q),
        .clock(addr_r$5$clock)
    );
    top$addr_r$6 addr_r$6(
        .d(addr_r$6$d),
        .q(addr_r$6$q),
        .clock(addr_r$6$clock)
    );
    top$addr_r$7 addr_r$7(
        .d(addr_r$7$d),
        .q(addr_r$7$q),
        .clock(addr_r$7$clock)
    );
    top$step_wide step_wide(
        .narrow(step_wide$narrow),
        .wide(step_wide$wide)
    );
    top$source_wide source_wide(
        .narrow(source_wide$narrow),
        .wide(source_wide$wide)
    );

    // Update code
    always @(*) begin
        base_r$clock = clock;
        k_r$clock = clock;
        block_r$clock = clock;
        rot_r$clock = clock;
        rot_a$clock = clock;
        rot_q$clock = clock;
        base_r$d = base_r$q;
        k_r$d = k_r$q;
        block_r$d = block_r$q;
        rot_r$d = rot_r$q;
        rot_a$d = rot_a$q;
        rot_q$d = rot_q$q;
        rot_a$d = rot_r$q;
        rot_q$d = rot_a$q;
        hidden = phase == ph$2;
        phase_base = zero_addr;
        group_stride = strides$w2_block;
        if (phase == ph$0) begin
            phase_base = strides$k1_base;
            group_stride = strides$k1_group;
        end
        if (phase == ph$1) begin
            phase_base = strides$k3_base;
            group_stride = strides$k3_group;
        end
        if (hidden) begin
            group_stride = strides$hidden_group;
        end
        first = (source == zero_ch) & (step == zero_sigma);
        cr = source & d_mask;
        base_now = base_r$q;
        k_now = k_r$q;
        block_now = block_r$q;
        if ((step == zero_sigma) & (cr == zero_ch)) begin
            block_now = block_r$q + strides$w2_block;
        end
        if (first) begin
            k_now = zero_addr;
            block_now = zero_addr;
            base_now = base_r$q + group_stride;
            if (group == zero_ch) begin
                base_now = phase_base;
            end
        end
        if (term) begin
            base_r$d = base_now;
            block_r$d = block_now;
            k_r$d = k_now;
            if (tap_valid) begin
                k_r$d = k_now + one_addr;
            end
        end
        rot_r$d = zero_ch;
        if (phase >= ph$2) begin
            rot_r$d = cr;
        end
        step_wide$narrow = step;
        source_wide$narrow = source;
        cr_wide = source_wide$wide & d_mask_addr;
        banks$0$clock = clock;
        banks$0$write_address = wr_address;
        banks$0$write_data = wr_data;
        banks$0$write_enable = wr & (wr_bank == bank_index$0);
        dm$0 = (bank_addr$0 - cr_wide) & d_mask_addr;
        offset$0 = dm$0;
        if (strides$t2 == three) begin
            offset$0 = (dm$0 << one_shift) + dm$0;
        end
        if (strides$t2 == nine) begin
            offset$0 = (dm$0 << three_shift) + dm$0;
        end
        addr_r$0$clock = clock;
        addr_r$0$d = base_now + k_now;
        if (hidden) begin
            addr_r$0$d = (base_now + block_now) + (offset$0 + step_wide$wide);
        end
        banks$0$read_address = addr_r$0$q;
        banks$1$clock = clock;
        banks$1$write_address = wr_address;
        banks$1$write_data = wr_data;
        banks$1$write_enable = wr & (wr_bank == bank_index$1);
        dm$1 = (bank_addr$1 - cr_wide) & d_mask_addr;
        offset$1 = dm$1;
        if (strides$t2 == three) begin
            offset$1 = (dm$1 << one_shift) + dm$1;
        end
        if (strides$t2 == nine) begin
            offset$1 = (dm$1 << three_shift) + dm$1;
        end
        addr_r$1$clock = clock;
        addr_r$1$d = base_now + k_now;
        if (hidden) begin
            addr_r$1$d = (base_now + block_now) + (offset$1 + step_wide$wide);
        end
        banks$1$read_address = addr_r$1$q;
        banks$2$clock = clock;
        banks$2$write_address = wr_address;
        banks$2$write_data = wr_data;
        banks$2$write_enable = wr & (wr_bank == bank_index$2);
        dm$2 = (bank_addr$2 - cr_wide) & d_mask_addr;
        offset$2 = dm$2;
        if (strides$t2 == three) begin
            offset$2 = (dm$2 << one_shift) + dm$2;
        end
        if (strides$t2 == nine) begin
            offset$2 = (dm$2 << three_shift) + dm$2;
        end
        addr_r$2$clock = clock;
        addr_r$2$d = base_now + k_now;
        if (hidden) begin
            addr_r$2$d = (base_now + block_now) + (offset$2 + step_wide$wide);
        end
        banks$2$read_address = addr_r$2$q;
        banks$3$clock = clock;
        banks$3$write_address = wr_address;
        banks$3$write_data = wr_data;
        banks$3$write_enable = wr & (wr_bank == bank_index$3);
        dm$3 = (bank_addr$3 - cr_wide) & d_mask_addr;
        offset$3 = dm$3;
        if (strides$t2 == three) begin
            offset$3 = (dm$3 << one_shift) + dm$3;
        end
        if (strides$t2 == nine) begin
            offset$3 = (dm$3 << three_shift) + dm$3;
        end
        addr_r$3$clock = clock;
        addr_r$3$d = base_now + k_now;
        if (hidden) begin
            addr_r$3$d = (base_now + block_now) + (offset$3 + step_wide$wide);
        end
        banks$3$read_address = addr_r$3$q;
        banks$4$clock = clock;
        banks$4$write_address = wr_address;
        banks$4$write_data = wr_data;
        banks$4$write_enable = wr & (wr_bank == bank_index$4);
        dm$4 = (bank_addr$4 - cr_wide) & d_mask_addr;
        offset$4 = dm$4;
        if (strides$t2 == three) begin
            offset$4 = (dm$4 << one_shift) + dm$4;
        end
        if (strides$t2 == nine) begin
            offset$4 = (dm$4 << three_shift) + dm$4;
        end
        addr_r$4$clock = clock;
        addr_r$4$d = base_now + k_now;
        if (hidden) begin
            addr_r$4$d = (base_now + block_now) + (offset$4 + step_wide$wide);
        end
        banks$4$read_address = addr_r$4$q;
        banks$5$clock = clock;
        banks$5$write_address = wr_address;
        banks$5$write_data = wr_data;
        banks$5$write_enable = wr & (wr_bank == bank_index$5);
        dm$5 = (bank_addr$5 - cr_wide) & d_mask_addr;
        offset$5 = dm$5;
        if (strides$t2 == three) begin
            offset$5 = (dm$5 << one_shift) + dm$5;
        end
        if (strides$t2 == nine) begin
            offset$5 = (dm$5 << three_shift) + dm$5;
        end
        addr_r$5$clock = clock;
        addr_r$5$d = base_now + k_now;
        if (hidden) begin
            addr_r$5$d = (base_now + block_now) + (offset$5 + step_wide$wide);
        end
        banks$5$read_address = addr_r$5$q;
        banks$6$clock = clock;
        banks$6$write_address = wr_address;
        banks$6$write_data = wr_data;
        banks$6$write_enable = wr & (wr_bank == bank_index$6);
        dm$6 = (bank_addr$6 - cr_wide) & d_mask_addr;
        offset$6 = dm$6;
        if (strides$t2 == three) begin
            offset$6 = (dm$6 << one_shift) + dm$6;
        end
        if (strides$t2 == nine) begin
            offset$6 = (dm$6 << three_shift) + dm$6;
        end
        addr_r$6$clock = clock;
        addr_r$6$d = base_now + k_now;
        if (hidden) begin
            addr_r$6$d = (base_now + block_now) + (offset$6 + step_wide$wide);
        end
        banks$6$read_address = addr_r$6$q;
        banks$7$clock = clock;
        banks$7$write_address = wr_address;
        banks$7$write_data = wr_data;
        banks$7$write_enable = wr & (wr_bank == bank_index$7);
        dm$7 = (bank_addr$7 - cr_wide) & d_mask_addr;
        offset$7 = dm$7;
        if (strides$t2 == three) begin
            offset$7 = (dm$7 << one_shift) + dm$7;
        end
        if (strides$t2 == nine) begin
            offset$7 = (dm$7 << three_shift) + dm$7;
        end
        addr_r$7$clock = clock;
        addr_r$7$d = base_now + k_now;
        if (hidden) begin
            addr_r$7$d = (base_now + block_now) + (offset$7 + step_wide$wide);
        end
        banks$7$read_address = addr_r$7$q;
        column_bank$0 = (bank_ch$0 + rot_q$q) & d_mask;
        weights$0 = banks$0$read_data;
        if (column_bank$0 == bank_ch$0) begin
            weights$0 = banks$0$read_data;
        end
        if (column_bank$0 == bank_ch$1) begin
            weights$0 = banks$1$read_data;
        end
        if (column_bank$0 == bank_ch$2) begin
            weights$0 = banks$2$read_data;
        end
        if (column_bank$0 == bank_ch$3) begin
            weights$0 = banks$3$read_data;
        end
        if (column_bank$0 == bank_ch$4) begin
            weights$0 = banks$4$read_data;
        end
        if (column_bank$0 == bank_ch$5) begin
            weights$0 = banks$5$read_data;
        end
        if (column_bank$0 == bank_ch$6) begin
            weights$0 = banks$6$read_data;
        end
        if (column_bank$0 == bank_ch$7) begin
            weights$0 = banks$7$read_data;
        end
        column_bank$1 = (bank_ch$1 + rot_q$q) & d_mask;
        weights$1 = banks$0$read_data;
        if (column_bank$1 == bank_ch$0) begin
            weights$1 = banks$0$read_data;
        end
        if (column_bank$1 == bank_ch$1) begin
            weights$1 = banks$1$read_data;
        end
        if (column_bank$1 == bank_ch$2) begin
            weights$1 = banks$2$read_data;
        end
        if (column_bank$1 == bank_ch$3) begin
            weights$1 = banks$3$read_data;
        end
        if (column_bank$1 == bank_ch$4) begin
            weights$1 = banks$4$read_data;
        end
        if (column_bank$1 == bank_ch$5) begin
            weights$1 = banks$5$read_data;
        end
        if (column_bank$1 == bank_ch$6) begin
            weights$1 = banks$6$read_data;
        end
        if (column_bank$1 == bank_ch$7) begin
            weights$1 = banks$7$read_data;
        end
        column_bank$2 = (bank_ch$2 + rot_q$q) & d_mask;
        weights$2 = banks$0$read_data;
        if (column_bank$2 == bank_ch$0) begin
            weights$2 = banks$0$read_data;
        end
        if (column_bank$2 == bank_ch$1) begin
            weights$2 = banks$1$read_data;
        end
        if (column_bank$2 == bank_ch$2) begin
            weights$2 = banks$2$read_data;
        end
        if (column_bank$2 == bank_ch$3) begin
            weights$2 = banks$3$read_data;
        end
        if (column_bank$2 == bank_ch$4) begin
            weights$2 = banks$4$read_data;
        end
        if (column_bank$2 == bank_ch$5) begin
            weights$2 = banks$5$read_data;
        end
        if (column_bank$2 == bank_ch$6) begin
            weights$2 = banks$6$read_data;
        end
        if (column_bank$2 == bank_ch$7) begin
            weights$2 = banks$7$read_data;
        end
        column_bank$3 = (bank_ch$3 + rot_q$q) & d_mask;
        weights$3 = banks$0$read_data;
        if (column_bank$3 == bank_ch$0) begin
            weights$3 = banks$0$read_data;
        end
        if (column_bank$3 == bank_ch$1) begin
            weights$3 = banks$1$read_data;
        end
        if (column_bank$3 == bank_ch$2) begin
            weights$3 = banks$2$read_data;
        end
        if (column_bank$3 == bank_ch$3) begin
            weights$3 = banks$3$read_data;
        end
        if (column_bank$3 == bank_ch$4) begin
            weights$3 = banks$4$read_data;
        end
        if (column_bank$3 == bank_ch$5) begin
            weights$3 = banks$5$read_data;
        end
        if (column_bank$3 == bank_ch$6) begin
            weights$3 = banks$6$read_data;
        end
        if (column_bank$3 == bank_ch$7) begin
            weights$3 = banks$7$read_data;
        end
        column_bank$4 = (bank_ch$4 + rot_q$q) & d_mask;
        weights$4 = banks$0$read_data;
        if (column_bank$4 == bank_ch$0) begin
            weights$4 = banks$0$read_data;
        end
        if (column_bank$4 == bank_ch$1) begin
            weights$4 = banks$1$read_data;
        end
        if (column_bank$4 == bank_ch$2) begin
            weights$4 = banks$2$read_data;
        end
        if (column_bank$4 == bank_ch$3) begin
            weights$4 = banks$3$read_data;
        end
        if (column_bank$4 == bank_ch$4) begin
            weights$4 = banks$4$read_data;
        end
        if (column_bank$4 == bank_ch$5) begin
            weights$4 = banks$5$read_data;
        end
        if (column_bank$4 == bank_ch$6) begin
            weights$4 = banks$6$read_data;
        end
        if (column_bank$4 == bank_ch$7) begin
            weights$4 = banks$7$read_data;
        end
        column_bank$5 = (bank_ch$5 + rot_q$q) & d_mask;
        weights$5 = banks$0$read_data;
        if (column_bank$5 == bank_ch$0) begin
            weights$5 = banks$0$read_data;
        end
        if (column_bank$5 == bank_ch$1) begin
            weights$5 = banks$1$read_data;
        end
        if (column_bank$5 == bank_ch$2) begin
            weights$5 = banks$2$read_data;
        end
        if (column_bank$5 == bank_ch$3) begin
            weights$5 = banks$3$read_data;
        end
        if (column_bank$5 == bank_ch$4) begin
            weights$5 = banks$4$read_data;
        end
        if (column_bank$5 == bank_ch$5) begin
            weights$5 = banks$5$read_data;
        end
        if (column_bank$5 == bank_ch$6) begin
            weights$5 = banks$6$read_data;
        end
        if (column_bank$5 == bank_ch$7) begin
            weights$5 = banks$7$read_data;
        end
        column_bank$6 = (bank_ch$6 + rot_q$q) & d_mask;
        weights$6 = banks$0$read_data;
        if (column_bank$6 == bank_ch$0) begin
            weights$6 = banks$0$read_data;
        end
        if (column_bank$6 == bank_ch$1) begin
            weights$6 = banks$1$read_data;
        end
        if (column_bank$6 == bank_ch$2) begin
            weights$6 = banks$2$read_data;
        end
        if (column_bank$6 == bank_ch$3) begin
            weights$6 = banks$3$read_data;
        end
        if (column_bank$6 == bank_ch$4) begin
            weights$6 = banks$4$read_data;
        end
        if (column_bank$6 == bank_ch$5) begin
            weights$6 = banks$5$read_data;
        end
        if (column_bank$6 == bank_ch$6) begin
            weights$6 = banks$6$read_data;
        end
        if (column_bank$6 == bank_ch$7) begin
            weights$6 = banks$7$read_data;
        end
        column_bank$7 = (bank_ch$7 + rot_q$q) & d_mask;
        weights$7 = banks$0$read_data;
        if (column_bank$7 == bank_ch$0) begin
            weights$7 = banks$0$read_data;
        end
        if (column_bank$7 == bank_ch$1) begin
            weights$7 = banks$1$read_data;
        end
        if (column_bank$7 == bank_ch$2) begin
            weights$7 = banks$2$read_data;
        end
        if (column_bank$7 == bank_ch$3) begin
            weights$7 = banks$3$read_data;
        end
        if (column_bank$7 == bank_ch$4) begin
            weights$7 = banks$4$read_data;
        end
        if (column_bank$7 == bank_ch$5) begin
            weights$7 = banks$5$read_data;
        end
        if (column_bank$7 == bank_ch$6) begin
            weights$7 = banks$6$read_data;
        end
        if (column_bank$7 == bank_ch$7) begin
            weights$7 = banks$7$read_data;
        end
    end

endmodule // top


module top$addr_r$0(d,q,clock);

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

endmodule // top$addr_r$0


module top$addr_r$1(d,q,clock);

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

endmodule // top$addr_r$1


module top$addr_r$2(d,q,clock);

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

endmodule // top$addr_r$2


module top$addr_r$3(d,q,clock);

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

endmodule // top$addr_r$3


module top$addr_r$4(d,q,clock);

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

endmodule // top$addr_r$4


module top$addr_r$5(d,q,clock);

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

endmodule // top$addr_r$5


module top$addr_r$6(d,q,clock);

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

endmodule // top$addr_r$6


module top$addr_r$7(d,q,clock);

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

endmodule // top$addr_r$7


module top$banks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [8:0] read_data;
    input wire  [14:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Constant declarations
    localparam  block_index$0 = 4'h0;
    localparam  block_index$1 = 4'h1;
    localparam  block_index$2 = 4'h2;
    localparam  block_index$3 = 4'h3;
    localparam  block_index$4 = 4'h4;
    localparam  block_index$5 = 4'h5;
    localparam  block_index$6 = 4'h6;
    localparam  block_index$7 = 4'h7;
    localparam  block_index$8 = 4'h8;
    localparam  block_index$9 = 4'h9;
    localparam  block_index$10 = 4'ha;
    localparam  low = 4'h0;
    localparam  high = 4'hb;

    // Stub signals
    reg  blocks$0$clock;
    reg  [10:0] blocks$0$read_address;
    wire  [8:0] blocks$0$read_data;
    reg  [10:0] blocks$0$write_address;
    reg  [8:0] blocks$0$write_data;
    reg  blocks$0$write_enable;
    reg  blocks$1$clock;
    reg  [10:0] blocks$1$read_address;
    wire  [8:0] blocks$1$read_data;
    reg  [10:0] blocks$1$write_address;
    reg  [8:0] blocks$1$write_data;
    reg  blocks$1$write_enable;
    reg  blocks$2$clock;
    reg  [10:0] blocks$2$read_address;
    wire  [8:0] blocks$2$read_data;
    reg  [10:0] blocks$2$write_address;
    reg  [8:0] blocks$2$write_data;
    reg  blocks$2$write_enable;
    reg  blocks$3$clock;
    reg  [10:0] blocks$3$read_address;
    wire  [8:0] blocks$3$read_data;
    reg  [10:0] blocks$3$write_address;
    reg  [8:0] blocks$3$write_data;
    reg  blocks$3$write_enable;
    reg  blocks$4$clock;
    reg  [10:0] blocks$4$read_address;
    wire  [8:0] blocks$4$read_data;
    reg  [10:0] blocks$4$write_address;
    reg  [8:0] blocks$4$write_data;
    reg  blocks$4$write_enable;
    reg  blocks$5$clock;
    reg  [10:0] blocks$5$read_address;
    wire  [8:0] blocks$5$read_data;
    reg  [10:0] blocks$5$write_address;
    reg  [8:0] blocks$5$write_data;
    reg  blocks$5$write_enable;
    reg  blocks$6$clock;
    reg  [10:0] blocks$6$read_address;
    wire  [8:0] blocks$6$read_data;
    reg  [10:0] blocks$6$write_address;
    reg  [8:0] blocks$6$write_data;
    reg  blocks$6$write_enable;
    reg  blocks$7$clock;
    reg  [10:0] blocks$7$read_address;
    wire  [8:0] blocks$7$read_data;
    reg  [10:0] blocks$7$write_address;
    reg  [8:0] blocks$7$write_data;
    reg  blocks$7$write_enable;
    reg  blocks$8$clock;
    reg  [10:0] blocks$8$read_address;
    wire  [8:0] blocks$8$read_data;
    reg  [10:0] blocks$8$write_address;
    reg  [8:0] blocks$8$write_data;
    reg  blocks$8$write_enable;
    reg  blocks$9$clock;
    reg  [10:0] blocks$9$read_address;
    wire  [8:0] blocks$9$read_data;
    reg  [10:0] blocks$9$write_address;
    reg  [8:0] blocks$9$write_data;
    reg  blocks$9$write_enable;
    reg  blocks$10$clock;
    reg  [10:0] blocks$10$read_address;
    wire  [8:0] blocks$10$read_data;
    reg  [10:0] blocks$10$write_address;
    reg  [8:0] blocks$10$write_data;
    reg  blocks$10$write_enable;
    reg  [8:0] out_q$0$d;
    wire  [8:0] out_q$0$q;
    reg  out_q$0$clock;
    reg  [8:0] out_q$1$d;
    wire  [8:0] out_q$1$q;
    reg  out_q$1$clock;
    reg  [8:0] out_q$2$d;
    wire  [8:0] out_q$2$q;
    reg  out_q$2$clock;
    reg  [8:0] out_q$3$d;
    wire  [8:0] out_q$3$q;
    reg  out_q$3$clock;
    reg  [8:0] out_q$4$d;
    wire  [8:0] out_q$4$q;
    reg  out_q$4$clock;
    reg  [8:0] out_q$5$d;
    wire  [8:0] out_q$5$q;
    reg  out_q$5$clock;
    reg  [8:0] out_q$6$d;
    wire  [8:0] out_q$6$q;
    reg  out_q$6$clock;
    reg  [8:0] out_q$7$d;
    wire  [8:0] out_q$7$q;
    reg  out_q$7$clock;
    reg  [8:0] out_q$8$d;
    wire  [8:0] out_q$8$q;
    reg  out_q$8$clock;
    reg  [8:0] out_q$9$d;
    wire  [8:0] out_q$9$q;
    reg  out_q$9$clock;
    reg  [8:0] out_q$10$d;
    wire  [8:0] out_q$10$q;
    reg  out_q$10$clock;
    reg  [3:0] select1$d;
    wire  [3:0] select1$q;
    reg  select1$clock;
    reg  [3:0] select2$d;
    wire  [3:0] select2$q;
    reg  select2$clock;

    // Sub module instances
    top$banks$0$blocks$0 blocks$0(
        .clock(blocks$0$clock),
        .read_address(blocks$0$read_address),
        .read_data(blocks$0$read_data),
        .write_address(blocks$0$write_address),
        .write_data(blocks$0$write_data),
        .write_enable(blocks$0$write_enable)
    );
    top$banks$0$blocks$1 blocks$1(
        .clock(blocks$1$clock),
        .read_address(blocks$1$read_address),
        .read_data(blocks$1$read_data),
        .write_address(blocks$1$write_address),
        .write_data(blocks$1$write_data),
        .write_enable(blocks$1$write_enable)
    );
    top$banks$0$blocks$2 blocks$2(
        .clock(blocks$2$clock),
        .read_address(blocks$2$read_address),
        .read_data(blocks$2$read_data),
        .write_address(blocks$2$write_address),
        .write_data(blocks$2$write_data),
        .write_enable(blocks$2$write_enable)
    );
    top$banks$0$blocks$3 blocks$3(
        .clock(blocks$3$clock),
        .read_address(blocks$3$read_address),
        .read_data(blocks$3$read_data),
        .write_address(blocks$3$write_address),
        .write_data(blocks$3$write_data),
        .write_enable(blocks$3$write_enable)
    );
    top$banks$0$blocks$4 blocks$4(
        .clock(blocks$4$clock),
        .read_address(blocks$4$read_address),
        .read_data(blocks$4$read_data),
        .write_address(blocks$4$write_address),
        .write_data(blocks$4$write_data),
        .write_enable(blocks$4$write_enable)
    );
    top$banks$0$blocks$5 blocks$5(
        .clock(blocks$5$clock),
        .read_address(blocks$5$read_address),
        .read_data(blocks$5$read_data),
        .write_address(blocks$5$write_address),
        .write_data(blocks$5$write_data),
        .write_enable(blocks$5$write_enable)
    );
    top$banks$0$blocks$6 blocks$6(
        .clock(blocks$6$clock),
        .read_address(blocks$6$read_address),
        .read_data(blocks$6$read_data),
        .write_address(blocks$6$write_address),
        .write_data(blocks$6$write_data),
        .write_enable(blocks$6$write_enable)
    );
    top$banks$0$blocks$7 blocks$7(
        .clock(blocks$7$clock),
        .read_address(blocks$7$read_address),
        .read_data(blocks$7$read_data),
        .write_address(blocks$7$write_address),
        .write_data(blocks$7$write_data),
        .write_enable(blocks$7$write_enable)
    );
    top$banks$0$blocks$8 blocks$8(
        .clock(blocks$8$clock),
        .read_address(blocks$8$read_address),
        .read_data(blocks$8$read_data),
        .write_address(blocks$8$write_address),
        .write_data(blocks$8$write_data),
        .write_enable(blocks$8$write_enable)
    );
    top$banks$0$blocks$9 blocks$9(
        .clock(blocks$9$clock),
        .read_address(blocks$9$read_address),
        .read_data(blocks$9$read_data),
        .write_address(blocks$9$write_address),
        .write_data(blocks$9$write_data),
        .write_enable(blocks$9$write_enable)
    );
    top$banks$0$blocks$10 blocks$10(
        .clock(blocks$10$clock),
        .read_address(blocks$10$read_address),
        .read_data(blocks$10$read_data),
        .write_address(blocks$10$write_address),
        .write_data(blocks$10$write_data),
        .write_enable(blocks$10$write_enable)
    );
    top$banks$0$out_q$0 out_q$0(
        .d(out_q$0$d),
        .q(out_q$0$q),
        .clock(out_q$0$clock)
    );
    top$banks$0$out_q$1 out_q$1(
        .d(out_q$1$d),
        .q(out_q$1$q),
        .clock(out_q$1$clock)
    );
    top$banks$0$out_q$2 out_q$2(
        .d(out_q$2$d),
        .q(out_q$2$q),
        .clock(out_q$2$clock)
    );
    top$banks$0$out_q$3 out_q$3(
        .d(out_q$3$d),
        .q(out_q$3$q),
        .clock(out_q$3$clock)
    );
    top$banks$0$out_q$4 out_q$4(
        .d(out_q$4$d),
        .q(out_q$4$q),
        .clock(out_q$4$clock)
    );
    top$banks$0$out_q$5 out_q$5(
        .d(out_q$5$d),
        .q(out_q$5$q),
        .clock(out_q$5$clock)
    );
    top$banks$0$out_q$6 out_q$6(
        .d(out_q$6$d),
        .q(out_q$6$q),
        .clock(out_q$6$clock)
    );
    top$banks$0$out_q$7 out_q$7(
        .d(out_q$7$d),
        .q(out_q$7$q),
        .clock(out_q$7$clock)
    );
    top$banks$0$out_q$8 out_q$8(
        .d(out_q$8$d),
        .q(out_q$8$q),
        .clock(out_q$8$clock)
    );
    top$banks$0$out_q$9 out_q$9(
        .d(out_q$9$d),
        .q(out_q$9$q),
        .clock(out_q$9$clock)
    );
    top$banks$0$out_q$10 out_q$10(
        .d(out_q$10$d),
        .q(out_q$10$q),
        .clock(out_q$10$clock)
    );
    top$banks$0$select1 select1(
        .d(select1$d),
        .q(select1$q),
        .clock(select1$clock)
    );
    top$banks$0$select2 select2(
        .d(select2$d),
        .q(select2$q),
        .clock(select2$clock)
    );

    // Update code
    always @(*) begin
        select1$clock = clock;
        select2$clock = clock;
        select1$d = select1$q;
        select2$d = select2$q;
        select1$d = read_address[(high)+:(4)];
        select2$d = select1$q;
        read_data = out_q$0$q;
        blocks$0$clock = clock;
        out_q$0$clock = clock;
        blocks$0$read_address = read_address[(low)+:(11)];
        blocks$0$write_address = write_address[(low)+:(11)];
        blocks$0$write_data = write_data;
        blocks$0$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$0);
        out_q$0$d = blocks$0$read_data;
        if (select2$q == block_index$0) begin
            read_data = out_q$0$q;
        end
        blocks$1$clock = clock;
        out_q$1$clock = clock;
        blocks$1$read_address = read_address[(low)+:(11)];
        blocks$1$write_address = write_address[(low)+:(11)];
        blocks$1$write_data = write_data;
        blocks$1$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$1);
        out_q$1$d = blocks$1$read_data;
        if (select2$q == block_index$1) begin
            read_data = out_q$1$q;
        end
        blocks$2$clock = clock;
        out_q$2$clock = clock;
        blocks$2$read_address = read_address[(low)+:(11)];
        blocks$2$write_address = write_address[(low)+:(11)];
        blocks$2$write_data = write_data;
        blocks$2$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$2);
        out_q$2$d = blocks$2$read_data;
        if (select2$q == block_index$2) begin
            read_data = out_q$2$q;
        end
        blocks$3$clock = clock;
        out_q$3$clock = clock;
        blocks$3$read_address = read_address[(low)+:(11)];
        blocks$3$write_address = write_address[(low)+:(11)];
        blocks$3$write_data = write_data;
        blocks$3$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$3);
        out_q$3$d = blocks$3$read_data;
        if (select2$q == block_index$3) begin
            read_data = out_q$3$q;
        end
        blocks$4$clock = clock;
        out_q$4$clock = clock;
        blocks$4$read_address = read_address[(low)+:(11)];
        blocks$4$write_address = write_address[(low)+:(11)];
        blocks$4$write_data = write_data;
        blocks$4$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$4);
        out_q$4$d = blocks$4$read_data;
        if (select2$q == block_index$4) begin
            read_data = out_q$4$q;
        end
        blocks$5$clock = clock;
        out_q$5$clock = clock;
        blocks$5$read_address = read_address[(low)+:(11)];
        blocks$5$write_address = write_address[(low)+:(11)];
        blocks$5$write_data = write_data;
        blocks$5$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$5);
        out_q$5$d = blocks$5$read_data;
        if (select2$q == block_index$5) begin
            read_data = out_q$5$q;
        end
        blocks$6$clock = clock;
        out_q$6$clock = clock;
        blocks$6$read_address = read_address[(low)+:(11)];
        blocks$6$write_address = write_address[(low)+:(11)];
        blocks$6$write_data = write_data;
        blocks$6$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$6);
        out_q$6$d = blocks$6$read_data;
        if (select2$q == block_index$6) begin
            read_data = out_q$6$q;
        end
        blocks$7$clock = clock;
        out_q$7$clock = clock;
        blocks$7$read_address = read_address[(low)+:(11)];
        blocks$7$write_address = write_address[(low)+:(11)];
        blocks$7$write_data = write_data;
        blocks$7$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$7);
        out_q$7$d = blocks$7$read_data;
        if (select2$q == block_index$7) begin
            read_data = out_q$7$q;
        end
        blocks$8$clock = clock;
        out_q$8$clock = clock;
        blocks$8$read_address = read_address[(low)+:(11)];
        blocks$8$write_address = write_address[(low)+:(11)];
        blocks$8$write_data = write_data;
        blocks$8$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$8);
        out_q$8$d = blocks$8$read_data;
        if (select2$q == block_index$8) begin
            read_data = out_q$8$q;
        end
        blocks$9$clock = clock;
        out_q$9$clock = clock;
        blocks$9$read_address = read_address[(low)+:(11)];
        blocks$9$write_address = write_address[(low)+:(11)];
        blocks$9$write_data = write_data;
        blocks$9$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$9);
        out_q$9$d = blocks$9$read_data;
        if (select2$q == block_index$9) begin
            read_data = out_q$9$q;
        end
        blocks$10$clock = clock;
        out_q$10$clock = clock;
        blocks$10$read_address = read_address[(low)+:(11)];
        blocks$10$write_address = write_address[(low)+:(11)];
        blocks$10$write_data = write_data;
        blocks$10$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$10);
        out_q$10$d = blocks$10$read_data;
        if (select2$q == block_index$10) begin
            read_data = out_q$10$q;
        end
    end

endmodule // top$banks$0


module top$banks$0$blocks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$0


module top$banks$0$blocks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$1


module top$banks$0$blocks$10(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$10


module top$banks$0$blocks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$2


module top$banks$0$blocks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$3


module top$banks$0$blocks$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$4


module top$banks$0$blocks$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$5


module top$banks$0$blocks$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$6


module top$banks$0$blocks$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$7


module top$banks$0$blocks$8(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$8


module top$banks$0$blocks$9(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0$blocks$9


module top$banks$0$out_q$0(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$0


module top$banks$0$out_q$1(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$1


module top$banks$0$out_q$10(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$10


module top$banks$0$out_q$2(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$2


module top$banks$0$out_q$3(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$3


module top$banks$0$out_q$4(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$4


module top$banks$0$out_q$5(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$5


module top$banks$0$out_q$6(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$6


module top$banks$0$out_q$7(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$7


module top$banks$0$out_q$8(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$8


module top$banks$0$out_q$9(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$0$out_q$9


module top$banks$0$select1(d,q,clock);

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

endmodule // top$banks$0$select1


module top$banks$0$select2(d,q,clock);

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

endmodule // top$banks$0$select2


module top$banks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [8:0] read_data;
    input wire  [14:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Constant declarations
    localparam  block_index$0 = 4'h0;
    localparam  block_index$1 = 4'h1;
    localparam  block_index$2 = 4'h2;
    localparam  block_index$3 = 4'h3;
    localparam  block_index$4 = 4'h4;
    localparam  block_index$5 = 4'h5;
    localparam  block_index$6 = 4'h6;
    localparam  block_index$7 = 4'h7;
    localparam  block_index$8 = 4'h8;
    localparam  block_index$9 = 4'h9;
    localparam  block_index$10 = 4'ha;
    localparam  low = 4'h0;
    localparam  high = 4'hb;

    // Stub signals
    reg  blocks$0$clock;
    reg  [10:0] blocks$0$read_address;
    wire  [8:0] blocks$0$read_data;
    reg  [10:0] blocks$0$write_address;
    reg  [8:0] blocks$0$write_data;
    reg  blocks$0$write_enable;
    reg  blocks$1$clock;
    reg  [10:0] blocks$1$read_address;
    wire  [8:0] blocks$1$read_data;
    reg  [10:0] blocks$1$write_address;
    reg  [8:0] blocks$1$write_data;
    reg  blocks$1$write_enable;
    reg  blocks$2$clock;
    reg  [10:0] blocks$2$read_address;
    wire  [8:0] blocks$2$read_data;
    reg  [10:0] blocks$2$write_address;
    reg  [8:0] blocks$2$write_data;
    reg  blocks$2$write_enable;
    reg  blocks$3$clock;
    reg  [10:0] blocks$3$read_address;
    wire  [8:0] blocks$3$read_data;
    reg  [10:0] blocks$3$write_address;
    reg  [8:0] blocks$3$write_data;
    reg  blocks$3$write_enable;
    reg  blocks$4$clock;
    reg  [10:0] blocks$4$read_address;
    wire  [8:0] blocks$4$read_data;
    reg  [10:0] blocks$4$write_address;
    reg  [8:0] blocks$4$write_data;
    reg  blocks$4$write_enable;
    reg  blocks$5$clock;
    reg  [10:0] blocks$5$read_address;
    wire  [8:0] blocks$5$read_data;
    reg  [10:0] blocks$5$write_address;
    reg  [8:0] blocks$5$write_data;
    reg  blocks$5$write_enable;
    reg  blocks$6$clock;
    reg  [10:0] blocks$6$read_address;
    wire  [8:0] blocks$6$read_data;
    reg  [10:0] blocks$6$write_address;
    reg  [8:0] blocks$6$write_data;
    reg  blocks$6$write_enable;
    reg  blocks$7$clock;
    reg  [10:0] blocks$7$read_address;
    wire  [8:0] blocks$7$read_data;
    reg  [10:0] blocks$7$write_address;
    reg  [8:0] blocks$7$write_data;
    reg  blocks$7$write_enable;
    reg  blocks$8$clock;
    reg  [10:0] blocks$8$read_address;
    wire  [8:0] blocks$8$read_data;
    reg  [10:0] blocks$8$write_address;
    reg  [8:0] blocks$8$write_data;
    reg  blocks$8$write_enable;
    reg  blocks$9$clock;
    reg  [10:0] blocks$9$read_address;
    wire  [8:0] blocks$9$read_data;
    reg  [10:0] blocks$9$write_address;
    reg  [8:0] blocks$9$write_data;
    reg  blocks$9$write_enable;
    reg  blocks$10$clock;
    reg  [10:0] blocks$10$read_address;
    wire  [8:0] blocks$10$read_data;
    reg  [10:0] blocks$10$write_address;
    reg  [8:0] blocks$10$write_data;
    reg  blocks$10$write_enable;
    reg  [8:0] out_q$0$d;
    wire  [8:0] out_q$0$q;
    reg  out_q$0$clock;
    reg  [8:0] out_q$1$d;
    wire  [8:0] out_q$1$q;
    reg  out_q$1$clock;
    reg  [8:0] out_q$2$d;
    wire  [8:0] out_q$2$q;
    reg  out_q$2$clock;
    reg  [8:0] out_q$3$d;
    wire  [8:0] out_q$3$q;
    reg  out_q$3$clock;
    reg  [8:0] out_q$4$d;
    wire  [8:0] out_q$4$q;
    reg  out_q$4$clock;
    reg  [8:0] out_q$5$d;
    wire  [8:0] out_q$5$q;
    reg  out_q$5$clock;
    reg  [8:0] out_q$6$d;
    wire  [8:0] out_q$6$q;
    reg  out_q$6$clock;
    reg  [8:0] out_q$7$d;
    wire  [8:0] out_q$7$q;
    reg  out_q$7$clock;
    reg  [8:0] out_q$8$d;
    wire  [8:0] out_q$8$q;
    reg  out_q$8$clock;
    reg  [8:0] out_q$9$d;
    wire  [8:0] out_q$9$q;
    reg  out_q$9$clock;
    reg  [8:0] out_q$10$d;
    wire  [8:0] out_q$10$q;
    reg  out_q$10$clock;
    reg  [3:0] select1$d;
    wire  [3:0] select1$q;
    reg  select1$clock;
    reg  [3:0] select2$d;
    wire  [3:0] select2$q;
    reg  select2$clock;

    // Sub module instances
    top$banks$1$blocks$0 blocks$0(
        .clock(blocks$0$clock),
        .read_address(blocks$0$read_address),
        .read_data(blocks$0$read_data),
        .write_address(blocks$0$write_address),
        .write_data(blocks$0$write_data),
        .write_enable(blocks$0$write_enable)
    );
    top$banks$1$blocks$1 blocks$1(
        .clock(blocks$1$clock),
        .read_address(blocks$1$read_address),
        .read_data(blocks$1$read_data),
        .write_address(blocks$1$write_address),
        .write_data(blocks$1$write_data),
        .write_enable(blocks$1$write_enable)
    );
    top$banks$1$blocks$2 blocks$2(
        .clock(blocks$2$clock),
        .read_address(blocks$2$read_address),
        .read_data(blocks$2$read_data),
        .write_address(blocks$2$write_address),
        .write_data(blocks$2$write_data),
        .write_enable(blocks$2$write_enable)
    );
    top$banks$1$blocks$3 blocks$3(
        .clock(blocks$3$clock),
        .read_address(blocks$3$read_address),
        .read_data(blocks$3$read_data),
        .write_address(blocks$3$write_address),
        .write_data(blocks$3$write_data),
        .write_enable(blocks$3$write_enable)
    );
    top$banks$1$blocks$4 blocks$4(
        .clock(blocks$4$clock),
        .read_address(blocks$4$read_address),
        .read_data(blocks$4$read_data),
        .write_address(blocks$4$write_address),
        .write_data(blocks$4$write_data),
        .write_enable(blocks$4$write_enable)
    );
    top$banks$1$blocks$5 blocks$5(
        .clock(blocks$5$clock),
        .read_address(blocks$5$read_address),
        .read_data(blocks$5$read_data),
        .write_address(blocks$5$write_address),
        .write_data(blocks$5$write_data),
        .write_enable(blocks$5$write_enable)
    );
    top$banks$1$blocks$6 blocks$6(
        .clock(blocks$6$clock),
        .read_address(blocks$6$read_address),
        .read_data(blocks$6$read_data),
        .write_address(blocks$6$write_address),
        .write_data(blocks$6$write_data),
        .write_enable(blocks$6$write_enable)
    );
    top$banks$1$blocks$7 blocks$7(
        .clock(blocks$7$clock),
        .read_address(blocks$7$read_address),
        .read_data(blocks$7$read_data),
        .write_address(blocks$7$write_address),
        .write_data(blocks$7$write_data),
        .write_enable(blocks$7$write_enable)
    );
    top$banks$1$blocks$8 blocks$8(
        .clock(blocks$8$clock),
        .read_address(blocks$8$read_address),
        .read_data(blocks$8$read_data),
        .write_address(blocks$8$write_address),
        .write_data(blocks$8$write_data),
        .write_enable(blocks$8$write_enable)
    );
    top$banks$1$blocks$9 blocks$9(
        .clock(blocks$9$clock),
        .read_address(blocks$9$read_address),
        .read_data(blocks$9$read_data),
        .write_address(blocks$9$write_address),
        .write_data(blocks$9$write_data),
        .write_enable(blocks$9$write_enable)
    );
    top$banks$1$blocks$10 blocks$10(
        .clock(blocks$10$clock),
        .read_address(blocks$10$read_address),
        .read_data(blocks$10$read_data),
        .write_address(blocks$10$write_address),
        .write_data(blocks$10$write_data),
        .write_enable(blocks$10$write_enable)
    );
    top$banks$1$out_q$0 out_q$0(
        .d(out_q$0$d),
        .q(out_q$0$q),
        .clock(out_q$0$clock)
    );
    top$banks$1$out_q$1 out_q$1(
        .d(out_q$1$d),
        .q(out_q$1$q),
        .clock(out_q$1$clock)
    );
    top$banks$1$out_q$2 out_q$2(
        .d(out_q$2$d),
        .q(out_q$2$q),
        .clock(out_q$2$clock)
    );
    top$banks$1$out_q$3 out_q$3(
        .d(out_q$3$d),
        .q(out_q$3$q),
        .clock(out_q$3$clock)
    );
    top$banks$1$out_q$4 out_q$4(
        .d(out_q$4$d),
        .q(out_q$4$q),
        .clock(out_q$4$clock)
    );
    top$banks$1$out_q$5 out_q$5(
        .d(out_q$5$d),
        .q(out_q$5$q),
        .clock(out_q$5$clock)
    );
    top$banks$1$out_q$6 out_q$6(
        .d(out_q$6$d),
        .q(out_q$6$q),
        .clock(out_q$6$clock)
    );
    top$banks$1$out_q$7 out_q$7(
        .d(out_q$7$d),
        .q(out_q$7$q),
        .clock(out_q$7$clock)
    );
    top$banks$1$out_q$8 out_q$8(
        .d(out_q$8$d),
        .q(out_q$8$q),
        .clock(out_q$8$clock)
    );
    top$banks$1$out_q$9 out_q$9(
        .d(out_q$9$d),
        .q(out_q$9$q),
        .clock(out_q$9$clock)
    );
    top$banks$1$out_q$10 out_q$10(
        .d(out_q$10$d),
        .q(out_q$10$q),
        .clock(out_q$10$clock)
    );
    top$banks$1$select1 select1(
        .d(select1$d),
        .q(select1$q),
        .clock(select1$clock)
    );
    top$banks$1$select2 select2(
        .d(select2$d),
        .q(select2$q),
        .clock(select2$clock)
    );

    // Update code
    always @(*) begin
        select1$clock = clock;
        select2$clock = clock;
        select1$d = select1$q;
        select2$d = select2$q;
        select1$d = read_address[(high)+:(4)];
        select2$d = select1$q;
        read_data = out_q$0$q;
        blocks$0$clock = clock;
        out_q$0$clock = clock;
        blocks$0$read_address = read_address[(low)+:(11)];
        blocks$0$write_address = write_address[(low)+:(11)];
        blocks$0$write_data = write_data;
        blocks$0$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$0);
        out_q$0$d = blocks$0$read_data;
        if (select2$q == block_index$0) begin
            read_data = out_q$0$q;
        end
        blocks$1$clock = clock;
        out_q$1$clock = clock;
        blocks$1$read_address = read_address[(low)+:(11)];
        blocks$1$write_address = write_address[(low)+:(11)];
        blocks$1$write_data = write_data;
        blocks$1$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$1);
        out_q$1$d = blocks$1$read_data;
        if (select2$q == block_index$1) begin
            read_data = out_q$1$q;
        end
        blocks$2$clock = clock;
        out_q$2$clock = clock;
        blocks$2$read_address = read_address[(low)+:(11)];
        blocks$2$write_address = write_address[(low)+:(11)];
        blocks$2$write_data = write_data;
        blocks$2$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$2);
        out_q$2$d = blocks$2$read_data;
        if (select2$q == block_index$2) begin
            read_data = out_q$2$q;
        end
        blocks$3$clock = clock;
        out_q$3$clock = clock;
        blocks$3$read_address = read_address[(low)+:(11)];
        blocks$3$write_address = write_address[(low)+:(11)];
        blocks$3$write_data = write_data;
        blocks$3$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$3);
        out_q$3$d = blocks$3$read_data;
        if (select2$q == block_index$3) begin
            read_data = out_q$3$q;
        end
        blocks$4$clock = clock;
        out_q$4$clock = clock;
        blocks$4$read_address = read_address[(low)+:(11)];
        blocks$4$write_address = write_address[(low)+:(11)];
        blocks$4$write_data = write_data;
        blocks$4$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$4);
        out_q$4$d = blocks$4$read_data;
        if (select2$q == block_index$4) begin
            read_data = out_q$4$q;
        end
        blocks$5$clock = clock;
        out_q$5$clock = clock;
        blocks$5$read_address = read_address[(low)+:(11)];
        blocks$5$write_address = write_address[(low)+:(11)];
        blocks$5$write_data = write_data;
        blocks$5$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$5);
        out_q$5$d = blocks$5$read_data;
        if (select2$q == block_index$5) begin
            read_data = out_q$5$q;
        end
        blocks$6$clock = clock;
        out_q$6$clock = clock;
        blocks$6$read_address = read_address[(low)+:(11)];
        blocks$6$write_address = write_address[(low)+:(11)];
        blocks$6$write_data = write_data;
        blocks$6$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$6);
        out_q$6$d = blocks$6$read_data;
        if (select2$q == block_index$6) begin
            read_data = out_q$6$q;
        end
        blocks$7$clock = clock;
        out_q$7$clock = clock;
        blocks$7$read_address = read_address[(low)+:(11)];
        blocks$7$write_address = write_address[(low)+:(11)];
        blocks$7$write_data = write_data;
        blocks$7$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$7);
        out_q$7$d = blocks$7$read_data;
        if (select2$q == block_index$7) begin
            read_data = out_q$7$q;
        end
        blocks$8$clock = clock;
        out_q$8$clock = clock;
        blocks$8$read_address = read_address[(low)+:(11)];
        blocks$8$write_address = write_address[(low)+:(11)];
        blocks$8$write_data = write_data;
        blocks$8$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$8);
        out_q$8$d = blocks$8$read_data;
        if (select2$q == block_index$8) begin
            read_data = out_q$8$q;
        end
        blocks$9$clock = clock;
        out_q$9$clock = clock;
        blocks$9$read_address = read_address[(low)+:(11)];
        blocks$9$write_address = write_address[(low)+:(11)];
        blocks$9$write_data = write_data;
        blocks$9$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$9);
        out_q$9$d = blocks$9$read_data;
        if (select2$q == block_index$9) begin
            read_data = out_q$9$q;
        end
        blocks$10$clock = clock;
        out_q$10$clock = clock;
        blocks$10$read_address = read_address[(low)+:(11)];
        blocks$10$write_address = write_address[(low)+:(11)];
        blocks$10$write_data = write_data;
        blocks$10$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$10);
        out_q$10$d = blocks$10$read_data;
        if (select2$q == block_index$10) begin
            read_data = out_q$10$q;
        end
    end

endmodule // top$banks$1


module top$banks$1$blocks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$0


module top$banks$1$blocks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$1


module top$banks$1$blocks$10(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$10


module top$banks$1$blocks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$2


module top$banks$1$blocks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$3


module top$banks$1$blocks$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$4


module top$banks$1$blocks$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$5


module top$banks$1$blocks$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$6


module top$banks$1$blocks$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$7


module top$banks$1$blocks$8(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$8


module top$banks$1$blocks$9(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1$blocks$9


module top$banks$1$out_q$0(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$0


module top$banks$1$out_q$1(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$1


module top$banks$1$out_q$10(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$10


module top$banks$1$out_q$2(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$2


module top$banks$1$out_q$3(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$3


module top$banks$1$out_q$4(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$4


module top$banks$1$out_q$5(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$5


module top$banks$1$out_q$6(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$6


module top$banks$1$out_q$7(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$7


module top$banks$1$out_q$8(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$8


module top$banks$1$out_q$9(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$1$out_q$9


module top$banks$1$select1(d,q,clock);

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

endmodule // top$banks$1$select1


module top$banks$1$select2(d,q,clock);

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

endmodule // top$banks$1$select2


module top$banks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [8:0] read_data;
    input wire  [14:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Constant declarations
    localparam  block_index$0 = 4'h0;
    localparam  block_index$1 = 4'h1;
    localparam  block_index$2 = 4'h2;
    localparam  block_index$3 = 4'h3;
    localparam  block_index$4 = 4'h4;
    localparam  block_index$5 = 4'h5;
    localparam  block_index$6 = 4'h6;
    localparam  block_index$7 = 4'h7;
    localparam  block_index$8 = 4'h8;
    localparam  block_index$9 = 4'h9;
    localparam  block_index$10 = 4'ha;
    localparam  low = 4'h0;
    localparam  high = 4'hb;

    // Stub signals
    reg  blocks$0$clock;
    reg  [10:0] blocks$0$read_address;
    wire  [8:0] blocks$0$read_data;
    reg  [10:0] blocks$0$write_address;
    reg  [8:0] blocks$0$write_data;
    reg  blocks$0$write_enable;
    reg  blocks$1$clock;
    reg  [10:0] blocks$1$read_address;
    wire  [8:0] blocks$1$read_data;
    reg  [10:0] blocks$1$write_address;
    reg  [8:0] blocks$1$write_data;
    reg  blocks$1$write_enable;
    reg  blocks$2$clock;
    reg  [10:0] blocks$2$read_address;
    wire  [8:0] blocks$2$read_data;
    reg  [10:0] blocks$2$write_address;
    reg  [8:0] blocks$2$write_data;
    reg  blocks$2$write_enable;
    reg  blocks$3$clock;
    reg  [10:0] blocks$3$read_address;
    wire  [8:0] blocks$3$read_data;
    reg  [10:0] blocks$3$write_address;
    reg  [8:0] blocks$3$write_data;
    reg  blocks$3$write_enable;
    reg  blocks$4$clock;
    reg  [10:0] blocks$4$read_address;
    wire  [8:0] blocks$4$read_data;
    reg  [10:0] blocks$4$write_address;
    reg  [8:0] blocks$4$write_data;
    reg  blocks$4$write_enable;
    reg  blocks$5$clock;
    reg  [10:0] blocks$5$read_address;
    wire  [8:0] blocks$5$read_data;
    reg  [10:0] blocks$5$write_address;
    reg  [8:0] blocks$5$write_data;
    reg  blocks$5$write_enable;
    reg  blocks$6$clock;
    reg  [10:0] blocks$6$read_address;
    wire  [8:0] blocks$6$read_data;
    reg  [10:0] blocks$6$write_address;
    reg  [8:0] blocks$6$write_data;
    reg  blocks$6$write_enable;
    reg  blocks$7$clock;
    reg  [10:0] blocks$7$read_address;
    wire  [8:0] blocks$7$read_data;
    reg  [10:0] blocks$7$write_address;
    reg  [8:0] blocks$7$write_data;
    reg  blocks$7$write_enable;
    reg  blocks$8$clock;
    reg  [10:0] blocks$8$read_address;
    wire  [8:0] blocks$8$read_data;
    reg  [10:0] blocks$8$write_address;
    reg  [8:0] blocks$8$write_data;
    reg  blocks$8$write_enable;
    reg  blocks$9$clock;
    reg  [10:0] blocks$9$read_address;
    wire  [8:0] blocks$9$read_data;
    reg  [10:0] blocks$9$write_address;
    reg  [8:0] blocks$9$write_data;
    reg  blocks$9$write_enable;
    reg  blocks$10$clock;
    reg  [10:0] blocks$10$read_address;
    wire  [8:0] blocks$10$read_data;
    reg  [10:0] blocks$10$write_address;
    reg  [8:0] blocks$10$write_data;
    reg  blocks$10$write_enable;
    reg  [8:0] out_q$0$d;
    wire  [8:0] out_q$0$q;
    reg  out_q$0$clock;
    reg  [8:0] out_q$1$d;
    wire  [8:0] out_q$1$q;
    reg  out_q$1$clock;
    reg  [8:0] out_q$2$d;
    wire  [8:0] out_q$2$q;
    reg  out_q$2$clock;
    reg  [8:0] out_q$3$d;
    wire  [8:0] out_q$3$q;
    reg  out_q$3$clock;
    reg  [8:0] out_q$4$d;
    wire  [8:0] out_q$4$q;
    reg  out_q$4$clock;
    reg  [8:0] out_q$5$d;
    wire  [8:0] out_q$5$q;
    reg  out_q$5$clock;
    reg  [8:0] out_q$6$d;
    wire  [8:0] out_q$6$q;
    reg  out_q$6$clock;
    reg  [8:0] out_q$7$d;
    wire  [8:0] out_q$7$q;
    reg  out_q$7$clock;
    reg  [8:0] out_q$8$d;
    wire  [8:0] out_q$8$q;
    reg  out_q$8$clock;
    reg  [8:0] out_q$9$d;
    wire  [8:0] out_q$9$q;
    reg  out_q$9$clock;
    reg  [8:0] out_q$10$d;
    wire  [8:0] out_q$10$q;
    reg  out_q$10$clock;
    reg  [3:0] select1$d;
    wire  [3:0] select1$q;
    reg  select1$clock;
    reg  [3:0] select2$d;
    wire  [3:0] select2$q;
    reg  select2$clock;

    // Sub module instances
    top$banks$2$blocks$0 blocks$0(
        .clock(blocks$0$clock),
        .read_address(blocks$0$read_address),
        .read_data(blocks$0$read_data),
        .write_address(blocks$0$write_address),
        .write_data(blocks$0$write_data),
        .write_enable(blocks$0$write_enable)
    );
    top$banks$2$blocks$1 blocks$1(
        .clock(blocks$1$clock),
        .read_address(blocks$1$read_address),
        .read_data(blocks$1$read_data),
        .write_address(blocks$1$write_address),
        .write_data(blocks$1$write_data),
        .write_enable(blocks$1$write_enable)
    );
    top$banks$2$blocks$2 blocks$2(
        .clock(blocks$2$clock),
        .read_address(blocks$2$read_address),
        .read_data(blocks$2$read_data),
        .write_address(blocks$2$write_address),
        .write_data(blocks$2$write_data),
        .write_enable(blocks$2$write_enable)
    );
    top$banks$2$blocks$3 blocks$3(
        .clock(blocks$3$clock),
        .read_address(blocks$3$read_address),
        .read_data(blocks$3$read_data),
        .write_address(blocks$3$write_address),
        .write_data(blocks$3$write_data),
        .write_enable(blocks$3$write_enable)
    );
    top$banks$2$blocks$4 blocks$4(
        .clock(blocks$4$clock),
        .read_address(blocks$4$read_address),
        .read_data(blocks$4$read_data),
        .write_address(blocks$4$write_address),
        .write_data(blocks$4$write_data),
        .write_enable(blocks$4$write_enable)
    );
    top$banks$2$blocks$5 blocks$5(
        .clock(blocks$5$clock),
        .read_address(blocks$5$read_address),
        .read_data(blocks$5$read_data),
        .write_address(blocks$5$write_address),
        .write_data(blocks$5$write_data),
        .write_enable(blocks$5$write_enable)
    );
    top$banks$2$blocks$6 blocks$6(
        .clock(blocks$6$clock),
        .read_address(blocks$6$read_address),
        .read_data(blocks$6$read_data),
        .write_address(blocks$6$write_address),
        .write_data(blocks$6$write_data),
        .write_enable(blocks$6$write_enable)
    );
    top$banks$2$blocks$7 blocks$7(
        .clock(blocks$7$clock),
        .read_address(blocks$7$read_address),
        .read_data(blocks$7$read_data),
        .write_address(blocks$7$write_address),
        .write_data(blocks$7$write_data),
        .write_enable(blocks$7$write_enable)
    );
    top$banks$2$blocks$8 blocks$8(
        .clock(blocks$8$clock),
        .read_address(blocks$8$read_address),
        .read_data(blocks$8$read_data),
        .write_address(blocks$8$write_address),
        .write_data(blocks$8$write_data),
        .write_enable(blocks$8$write_enable)
    );
    top$banks$2$blocks$9 blocks$9(
        .clock(blocks$9$clock),
        .read_address(blocks$9$read_address),
        .read_data(blocks$9$read_data),
        .write_address(blocks$9$write_address),
        .write_data(blocks$9$write_data),
        .write_enable(blocks$9$write_enable)
    );
    top$banks$2$blocks$10 blocks$10(
        .clock(blocks$10$clock),
        .read_address(blocks$10$read_address),
        .read_data(blocks$10$read_data),
        .write_address(blocks$10$write_address),
        .write_data(blocks$10$write_data),
        .write_enable(blocks$10$write_enable)
    );
    top$banks$2$out_q$0 out_q$0(
        .d(out_q$0$d),
        .q(out_q$0$q),
        .clock(out_q$0$clock)
    );
    top$banks$2$out_q$1 out_q$1(
        .d(out_q$1$d),
        .q(out_q$1$q),
        .clock(out_q$1$clock)
    );
    top$banks$2$out_q$2 out_q$2(
        .d(out_q$2$d),
        .q(out_q$2$q),
        .clock(out_q$2$clock)
    );
    top$banks$2$out_q$3 out_q$3(
        .d(out_q$3$d),
        .q(out_q$3$q),
        .clock(out_q$3$clock)
    );
    top$banks$2$out_q$4 out_q$4(
        .d(out_q$4$d),
        .q(out_q$4$q),
        .clock(out_q$4$clock)
    );
    top$banks$2$out_q$5 out_q$5(
        .d(out_q$5$d),
        .q(out_q$5$q),
        .clock(out_q$5$clock)
    );
    top$banks$2$out_q$6 out_q$6(
        .d(out_q$6$d),
        .q(out_q$6$q),
        .clock(out_q$6$clock)
    );
    top$banks$2$out_q$7 out_q$7(
        .d(out_q$7$d),
        .q(out_q$7$q),
        .clock(out_q$7$clock)
    );
    top$banks$2$out_q$8 out_q$8(
        .d(out_q$8$d),
        .q(out_q$8$q),
        .clock(out_q$8$clock)
    );
    top$banks$2$out_q$9 out_q$9(
        .d(out_q$9$d),
        .q(out_q$9$q),
        .clock(out_q$9$clock)
    );
    top$banks$2$out_q$10 out_q$10(
        .d(out_q$10$d),
        .q(out_q$10$q),
        .clock(out_q$10$clock)
    );
    top$banks$2$select1 select1(
        .d(select1$d),
        .q(select1$q),
        .clock(select1$clock)
    );
    top$banks$2$select2 select2(
        .d(select2$d),
        .q(select2$q),
        .clock(select2$clock)
    );

    // Update code
    always @(*) begin
        select1$clock = clock;
        select2$clock = clock;
        select1$d = select1$q;
        select2$d = select2$q;
        select1$d = read_address[(high)+:(4)];
        select2$d = select1$q;
        read_data = out_q$0$q;
        blocks$0$clock = clock;
        out_q$0$clock = clock;
        blocks$0$read_address = read_address[(low)+:(11)];
        blocks$0$write_address = write_address[(low)+:(11)];
        blocks$0$write_data = write_data;
        blocks$0$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$0);
        out_q$0$d = blocks$0$read_data;
        if (select2$q == block_index$0) begin
            read_data = out_q$0$q;
        end
        blocks$1$clock = clock;
        out_q$1$clock = clock;
        blocks$1$read_address = read_address[(low)+:(11)];
        blocks$1$write_address = write_address[(low)+:(11)];
        blocks$1$write_data = write_data;
        blocks$1$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$1);
        out_q$1$d = blocks$1$read_data;
        if (select2$q == block_index$1) begin
            read_data = out_q$1$q;
        end
        blocks$2$clock = clock;
        out_q$2$clock = clock;
        blocks$2$read_address = read_address[(low)+:(11)];
        blocks$2$write_address = write_address[(low)+:(11)];
        blocks$2$write_data = write_data;
        blocks$2$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$2);
        out_q$2$d = blocks$2$read_data;
        if (select2$q == block_index$2) begin
            read_data = out_q$2$q;
        end
        blocks$3$clock = clock;
        out_q$3$clock = clock;
        blocks$3$read_address = read_address[(low)+:(11)];
        blocks$3$write_address = write_address[(low)+:(11)];
        blocks$3$write_data = write_data;
        blocks$3$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$3);
        out_q$3$d = blocks$3$read_data;
        if (select2$q == block_index$3) begin
            read_data = out_q$3$q;
        end
        blocks$4$clock = clock;
        out_q$4$clock = clock;
        blocks$4$read_address = read_address[(low)+:(11)];
        blocks$4$write_address = write_address[(low)+:(11)];
        blocks$4$write_data = write_data;
        blocks$4$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$4);
        out_q$4$d = blocks$4$read_data;
        if (select2$q == block_index$4) begin
            read_data = out_q$4$q;
        end
        blocks$5$clock = clock;
        out_q$5$clock = clock;
        blocks$5$read_address = read_address[(low)+:(11)];
        blocks$5$write_address = write_address[(low)+:(11)];
        blocks$5$write_data = write_data;
        blocks$5$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$5);
        out_q$5$d = blocks$5$read_data;
        if (select2$q == block_index$5) begin
            read_data = out_q$5$q;
        end
        blocks$6$clock = clock;
        out_q$6$clock = clock;
        blocks$6$read_address = read_address[(low)+:(11)];
        blocks$6$write_address = write_address[(low)+:(11)];
        blocks$6$write_data = write_data;
        blocks$6$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$6);
        out_q$6$d = blocks$6$read_data;
        if (select2$q == block_index$6) begin
            read_data = out_q$6$q;
        end
        blocks$7$clock = clock;
        out_q$7$clock = clock;
        blocks$7$read_address = read_address[(low)+:(11)];
        blocks$7$write_address = write_address[(low)+:(11)];
        blocks$7$write_data = write_data;
        blocks$7$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$7);
        out_q$7$d = blocks$7$read_data;
        if (select2$q == block_index$7) begin
            read_data = out_q$7$q;
        end
        blocks$8$clock = clock;
        out_q$8$clock = clock;
        blocks$8$read_address = read_address[(low)+:(11)];
        blocks$8$write_address = write_address[(low)+:(11)];
        blocks$8$write_data = write_data;
        blocks$8$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$8);
        out_q$8$d = blocks$8$read_data;
        if (select2$q == block_index$8) begin
            read_data = out_q$8$q;
        end
        blocks$9$clock = clock;
        out_q$9$clock = clock;
        blocks$9$read_address = read_address[(low)+:(11)];
        blocks$9$write_address = write_address[(low)+:(11)];
        blocks$9$write_data = write_data;
        blocks$9$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$9);
        out_q$9$d = blocks$9$read_data;
        if (select2$q == block_index$9) begin
            read_data = out_q$9$q;
        end
        blocks$10$clock = clock;
        out_q$10$clock = clock;
        blocks$10$read_address = read_address[(low)+:(11)];
        blocks$10$write_address = write_address[(low)+:(11)];
        blocks$10$write_data = write_data;
        blocks$10$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$10);
        out_q$10$d = blocks$10$read_data;
        if (select2$q == block_index$10) begin
            read_data = out_q$10$q;
        end
    end

endmodule // top$banks$2


module top$banks$2$blocks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$0


module top$banks$2$blocks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$1


module top$banks$2$blocks$10(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$10


module top$banks$2$blocks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$2


module top$banks$2$blocks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$3


module top$banks$2$blocks$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$4


module top$banks$2$blocks$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$5


module top$banks$2$blocks$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$6


module top$banks$2$blocks$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$7


module top$banks$2$blocks$8(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$8


module top$banks$2$blocks$9(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2$blocks$9


module top$banks$2$out_q$0(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$0


module top$banks$2$out_q$1(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$1


module top$banks$2$out_q$10(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$10


module top$banks$2$out_q$2(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$2


module top$banks$2$out_q$3(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$3


module top$banks$2$out_q$4(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$4


module top$banks$2$out_q$5(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$5


module top$banks$2$out_q$6(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$6


module top$banks$2$out_q$7(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$7


module top$banks$2$out_q$8(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$8


module top$banks$2$out_q$9(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$2$out_q$9


module top$banks$2$select1(d,q,clock);

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

endmodule // top$banks$2$select1


module top$banks$2$select2(d,q,clock);

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

endmodule // top$banks$2$select2


module top$banks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [8:0] read_data;
    input wire  [14:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Constant declarations
    localparam  block_index$0 = 4'h0;
    localparam  block_index$1 = 4'h1;
    localparam  block_index$2 = 4'h2;
    localparam  block_index$3 = 4'h3;
    localparam  block_index$4 = 4'h4;
    localparam  block_index$5 = 4'h5;
    localparam  block_index$6 = 4'h6;
    localparam  block_index$7 = 4'h7;
    localparam  block_index$8 = 4'h8;
    localparam  block_index$9 = 4'h9;
    localparam  block_index$10 = 4'ha;
    localparam  low = 4'h0;
    localparam  high = 4'hb;

    // Stub signals
    reg  blocks$0$clock;
    reg  [10:0] blocks$0$read_address;
    wire  [8:0] blocks$0$read_data;
    reg  [10:0] blocks$0$write_address;
    reg  [8:0] blocks$0$write_data;
    reg  blocks$0$write_enable;
    reg  blocks$1$clock;
    reg  [10:0] blocks$1$read_address;
    wire  [8:0] blocks$1$read_data;
    reg  [10:0] blocks$1$write_address;
    reg  [8:0] blocks$1$write_data;
    reg  blocks$1$write_enable;
    reg  blocks$2$clock;
    reg  [10:0] blocks$2$read_address;
    wire  [8:0] blocks$2$read_data;
    reg  [10:0] blocks$2$write_address;
    reg  [8:0] blocks$2$write_data;
    reg  blocks$2$write_enable;
    reg  blocks$3$clock;
    reg  [10:0] blocks$3$read_address;
    wire  [8:0] blocks$3$read_data;
    reg  [10:0] blocks$3$write_address;
    reg  [8:0] blocks$3$write_data;
    reg  blocks$3$write_enable;
    reg  blocks$4$clock;
    reg  [10:0] blocks$4$read_address;
    wire  [8:0] blocks$4$read_data;
    reg  [10:0] blocks$4$write_address;
    reg  [8:0] blocks$4$write_data;
    reg  blocks$4$write_enable;
    reg  blocks$5$clock;
    reg  [10:0] blocks$5$read_address;
    wire  [8:0] blocks$5$read_data;
    reg  [10:0] blocks$5$write_address;
    reg  [8:0] blocks$5$write_data;
    reg  blocks$5$write_enable;
    reg  blocks$6$clock;
    reg  [10:0] blocks$6$read_address;
    wire  [8:0] blocks$6$read_data;
    reg  [10:0] blocks$6$write_address;
    reg  [8:0] blocks$6$write_data;
    reg  blocks$6$write_enable;
    reg  blocks$7$clock;
    reg  [10:0] blocks$7$read_address;
    wire  [8:0] blocks$7$read_data;
    reg  [10:0] blocks$7$write_address;
    reg  [8:0] blocks$7$write_data;
    reg  blocks$7$write_enable;
    reg  blocks$8$clock;
    reg  [10:0] blocks$8$read_address;
    wire  [8:0] blocks$8$read_data;
    reg  [10:0] blocks$8$write_address;
    reg  [8:0] blocks$8$write_data;
    reg  blocks$8$write_enable;
    reg  blocks$9$clock;
    reg  [10:0] blocks$9$read_address;
    wire  [8:0] blocks$9$read_data;
    reg  [10:0] blocks$9$write_address;
    reg  [8:0] blocks$9$write_data;
    reg  blocks$9$write_enable;
    reg  blocks$10$clock;
    reg  [10:0] blocks$10$read_address;
    wire  [8:0] blocks$10$read_data;
    reg  [10:0] blocks$10$write_address;
    reg  [8:0] blocks$10$write_data;
    reg  blocks$10$write_enable;
    reg  [8:0] out_q$0$d;
    wire  [8:0] out_q$0$q;
    reg  out_q$0$clock;
    reg  [8:0] out_q$1$d;
    wire  [8:0] out_q$1$q;
    reg  out_q$1$clock;
    reg  [8:0] out_q$2$d;
    wire  [8:0] out_q$2$q;
    reg  out_q$2$clock;
    reg  [8:0] out_q$3$d;
    wire  [8:0] out_q$3$q;
    reg  out_q$3$clock;
    reg  [8:0] out_q$4$d;
    wire  [8:0] out_q$4$q;
    reg  out_q$4$clock;
    reg  [8:0] out_q$5$d;
    wire  [8:0] out_q$5$q;
    reg  out_q$5$clock;
    reg  [8:0] out_q$6$d;
    wire  [8:0] out_q$6$q;
    reg  out_q$6$clock;
    reg  [8:0] out_q$7$d;
    wire  [8:0] out_q$7$q;
    reg  out_q$7$clock;
    reg  [8:0] out_q$8$d;
    wire  [8:0] out_q$8$q;
    reg  out_q$8$clock;
    reg  [8:0] out_q$9$d;
    wire  [8:0] out_q$9$q;
    reg  out_q$9$clock;
    reg  [8:0] out_q$10$d;
    wire  [8:0] out_q$10$q;
    reg  out_q$10$clock;
    reg  [3:0] select1$d;
    wire  [3:0] select1$q;
    reg  select1$clock;
    reg  [3:0] select2$d;
    wire  [3:0] select2$q;
    reg  select2$clock;

    // Sub module instances
    top$banks$3$blocks$0 blocks$0(
        .clock(blocks$0$clock),
        .read_address(blocks$0$read_address),
        .read_data(blocks$0$read_data),
        .write_address(blocks$0$write_address),
        .write_data(blocks$0$write_data),
        .write_enable(blocks$0$write_enable)
    );
    top$banks$3$blocks$1 blocks$1(
        .clock(blocks$1$clock),
        .read_address(blocks$1$read_address),
        .read_data(blocks$1$read_data),
        .write_address(blocks$1$write_address),
        .write_data(blocks$1$write_data),
        .write_enable(blocks$1$write_enable)
    );
    top$banks$3$blocks$2 blocks$2(
        .clock(blocks$2$clock),
        .read_address(blocks$2$read_address),
        .read_data(blocks$2$read_data),
        .write_address(blocks$2$write_address),
        .write_data(blocks$2$write_data),
        .write_enable(blocks$2$write_enable)
    );
    top$banks$3$blocks$3 blocks$3(
        .clock(blocks$3$clock),
        .read_address(blocks$3$read_address),
        .read_data(blocks$3$read_data),
        .write_address(blocks$3$write_address),
        .write_data(blocks$3$write_data),
        .write_enable(blocks$3$write_enable)
    );
    top$banks$3$blocks$4 blocks$4(
        .clock(blocks$4$clock),
        .read_address(blocks$4$read_address),
        .read_data(blocks$4$read_data),
        .write_address(blocks$4$write_address),
        .write_data(blocks$4$write_data),
        .write_enable(blocks$4$write_enable)
    );
    top$banks$3$blocks$5 blocks$5(
        .clock(blocks$5$clock),
        .read_address(blocks$5$read_address),
        .read_data(blocks$5$read_data),
        .write_address(blocks$5$write_address),
        .write_data(blocks$5$write_data),
        .write_enable(blocks$5$write_enable)
    );
    top$banks$3$blocks$6 blocks$6(
        .clock(blocks$6$clock),
        .read_address(blocks$6$read_address),
        .read_data(blocks$6$read_data),
        .write_address(blocks$6$write_address),
        .write_data(blocks$6$write_data),
        .write_enable(blocks$6$write_enable)
    );
    top$banks$3$blocks$7 blocks$7(
        .clock(blocks$7$clock),
        .read_address(blocks$7$read_address),
        .read_data(blocks$7$read_data),
        .write_address(blocks$7$write_address),
        .write_data(blocks$7$write_data),
        .write_enable(blocks$7$write_enable)
    );
    top$banks$3$blocks$8 blocks$8(
        .clock(blocks$8$clock),
        .read_address(blocks$8$read_address),
        .read_data(blocks$8$read_data),
        .write_address(blocks$8$write_address),
        .write_data(blocks$8$write_data),
        .write_enable(blocks$8$write_enable)
    );
    top$banks$3$blocks$9 blocks$9(
        .clock(blocks$9$clock),
        .read_address(blocks$9$read_address),
        .read_data(blocks$9$read_data),
        .write_address(blocks$9$write_address),
        .write_data(blocks$9$write_data),
        .write_enable(blocks$9$write_enable)
    );
    top$banks$3$blocks$10 blocks$10(
        .clock(blocks$10$clock),
        .read_address(blocks$10$read_address),
        .read_data(blocks$10$read_data),
        .write_address(blocks$10$write_address),
        .write_data(blocks$10$write_data),
        .write_enable(blocks$10$write_enable)
    );
    top$banks$3$out_q$0 out_q$0(
        .d(out_q$0$d),
        .q(out_q$0$q),
        .clock(out_q$0$clock)
    );
    top$banks$3$out_q$1 out_q$1(
        .d(out_q$1$d),
        .q(out_q$1$q),
        .clock(out_q$1$clock)
    );
    top$banks$3$out_q$2 out_q$2(
        .d(out_q$2$d),
        .q(out_q$2$q),
        .clock(out_q$2$clock)
    );
    top$banks$3$out_q$3 out_q$3(
        .d(out_q$3$d),
        .q(out_q$3$q),
        .clock(out_q$3$clock)
    );
    top$banks$3$out_q$4 out_q$4(
        .d(out_q$4$d),
        .q(out_q$4$q),
        .clock(out_q$4$clock)
    );
    top$banks$3$out_q$5 out_q$5(
        .d(out_q$5$d),
        .q(out_q$5$q),
        .clock(out_q$5$clock)
    );
    top$banks$3$out_q$6 out_q$6(
        .d(out_q$6$d),
        .q(out_q$6$q),
        .clock(out_q$6$clock)
    );
    top$banks$3$out_q$7 out_q$7(
        .d(out_q$7$d),
        .q(out_q$7$q),
        .clock(out_q$7$clock)
    );
    top$banks$3$out_q$8 out_q$8(
        .d(out_q$8$d),
        .q(out_q$8$q),
        .clock(out_q$8$clock)
    );
    top$banks$3$out_q$9 out_q$9(
        .d(out_q$9$d),
        .q(out_q$9$q),
        .clock(out_q$9$clock)
    );
    top$banks$3$out_q$10 out_q$10(
        .d(out_q$10$d),
        .q(out_q$10$q),
        .clock(out_q$10$clock)
    );
    top$banks$3$select1 select1(
        .d(select1$d),
        .q(select1$q),
        .clock(select1$clock)
    );
    top$banks$3$select2 select2(
        .d(select2$d),
        .q(select2$q),
        .clock(select2$clock)
    );

    // Update code
    always @(*) begin
        select1$clock = clock;
        select2$clock = clock;
        select1$d = select1$q;
        select2$d = select2$q;
        select1$d = read_address[(high)+:(4)];
        select2$d = select1$q;
        read_data = out_q$0$q;
        blocks$0$clock = clock;
        out_q$0$clock = clock;
        blocks$0$read_address = read_address[(low)+:(11)];
        blocks$0$write_address = write_address[(low)+:(11)];
        blocks$0$write_data = write_data;
        blocks$0$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$0);
        out_q$0$d = blocks$0$read_data;
        if (select2$q == block_index$0) begin
            read_data = out_q$0$q;
        end
        blocks$1$clock = clock;
        out_q$1$clock = clock;
        blocks$1$read_address = read_address[(low)+:(11)];
        blocks$1$write_address = write_address[(low)+:(11)];
        blocks$1$write_data = write_data;
        blocks$1$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$1);
        out_q$1$d = blocks$1$read_data;
        if (select2$q == block_index$1) begin
            read_data = out_q$1$q;
        end
        blocks$2$clock = clock;
        out_q$2$clock = clock;
        blocks$2$read_address = read_address[(low)+:(11)];
        blocks$2$write_address = write_address[(low)+:(11)];
        blocks$2$write_data = write_data;
        blocks$2$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$2);
        out_q$2$d = blocks$2$read_data;
        if (select2$q == block_index$2) begin
            read_data = out_q$2$q;
        end
        blocks$3$clock = clock;
        out_q$3$clock = clock;
        blocks$3$read_address = read_address[(low)+:(11)];
        blocks$3$write_address = write_address[(low)+:(11)];
        blocks$3$write_data = write_data;
        blocks$3$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$3);
        out_q$3$d = blocks$3$read_data;
        if (select2$q == block_index$3) begin
            read_data = out_q$3$q;
        end
        blocks$4$clock = clock;
        out_q$4$clock = clock;
        blocks$4$read_address = read_address[(low)+:(11)];
        blocks$4$write_address = write_address[(low)+:(11)];
        blocks$4$write_data = write_data;
        blocks$4$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$4);
        out_q$4$d = blocks$4$read_data;
        if (select2$q == block_index$4) begin
            read_data = out_q$4$q;
        end
        blocks$5$clock = clock;
        out_q$5$clock = clock;
        blocks$5$read_address = read_address[(low)+:(11)];
        blocks$5$write_address = write_address[(low)+:(11)];
        blocks$5$write_data = write_data;
        blocks$5$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$5);
        out_q$5$d = blocks$5$read_data;
        if (select2$q == block_index$5) begin
            read_data = out_q$5$q;
        end
        blocks$6$clock = clock;
        out_q$6$clock = clock;
        blocks$6$read_address = read_address[(low)+:(11)];
        blocks$6$write_address = write_address[(low)+:(11)];
        blocks$6$write_data = write_data;
        blocks$6$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$6);
        out_q$6$d = blocks$6$read_data;
        if (select2$q == block_index$6) begin
            read_data = out_q$6$q;
        end
        blocks$7$clock = clock;
        out_q$7$clock = clock;
        blocks$7$read_address = read_address[(low)+:(11)];
        blocks$7$write_address = write_address[(low)+:(11)];
        blocks$7$write_data = write_data;
        blocks$7$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$7);
        out_q$7$d = blocks$7$read_data;
        if (select2$q == block_index$7) begin
            read_data = out_q$7$q;
        end
        blocks$8$clock = clock;
        out_q$8$clock = clock;
        blocks$8$read_address = read_address[(low)+:(11)];
        blocks$8$write_address = write_address[(low)+:(11)];
        blocks$8$write_data = write_data;
        blocks$8$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$8);
        out_q$8$d = blocks$8$read_data;
        if (select2$q == block_index$8) begin
            read_data = out_q$8$q;
        end
        blocks$9$clock = clock;
        out_q$9$clock = clock;
        blocks$9$read_address = read_address[(low)+:(11)];
        blocks$9$write_address = write_address[(low)+:(11)];
        blocks$9$write_data = write_data;
        blocks$9$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$9);
        out_q$9$d = blocks$9$read_data;
        if (select2$q == block_index$9) begin
            read_data = out_q$9$q;
        end
        blocks$10$clock = clock;
        out_q$10$clock = clock;
        blocks$10$read_address = read_address[(low)+:(11)];
        blocks$10$write_address = write_address[(low)+:(11)];
        blocks$10$write_data = write_data;
        blocks$10$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$10);
        out_q$10$d = blocks$10$read_data;
        if (select2$q == block_index$10) begin
            read_data = out_q$10$q;
        end
    end

endmodule // top$banks$3


module top$banks$3$blocks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$0


module top$banks$3$blocks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$1


module top$banks$3$blocks$10(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$10


module top$banks$3$blocks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$2


module top$banks$3$blocks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$3


module top$banks$3$blocks$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$4


module top$banks$3$blocks$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$5


module top$banks$3$blocks$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$6


module top$banks$3$blocks$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$7


module top$banks$3$blocks$8(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$8


module top$banks$3$blocks$9(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3$blocks$9


module top$banks$3$out_q$0(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$0


module top$banks$3$out_q$1(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$1


module top$banks$3$out_q$10(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$10


module top$banks$3$out_q$2(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$2


module top$banks$3$out_q$3(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$3


module top$banks$3$out_q$4(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$4


module top$banks$3$out_q$5(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$5


module top$banks$3$out_q$6(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$6


module top$banks$3$out_q$7(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$7


module top$banks$3$out_q$8(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$8


module top$banks$3$out_q$9(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$3$out_q$9


module top$banks$3$select1(d,q,clock);

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

endmodule // top$banks$3$select1


module top$banks$3$select2(d,q,clock);

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

endmodule // top$banks$3$select2


module top$banks$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [8:0] read_data;
    input wire  [14:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Constant declarations
    localparam  block_index$0 = 4'h0;
    localparam  block_index$1 = 4'h1;
    localparam  block_index$2 = 4'h2;
    localparam  block_index$3 = 4'h3;
    localparam  block_index$4 = 4'h4;
    localparam  block_index$5 = 4'h5;
    localparam  block_index$6 = 4'h6;
    localparam  block_index$7 = 4'h7;
    localparam  block_index$8 = 4'h8;
    localparam  block_index$9 = 4'h9;
    localparam  block_index$10 = 4'ha;
    localparam  low = 4'h0;
    localparam  high = 4'hb;

    // Stub signals
    reg  blocks$0$clock;
    reg  [10:0] blocks$0$read_address;
    wire  [8:0] blocks$0$read_data;
    reg  [10:0] blocks$0$write_address;
    reg  [8:0] blocks$0$write_data;
    reg  blocks$0$write_enable;
    reg  blocks$1$clock;
    reg  [10:0] blocks$1$read_address;
    wire  [8:0] blocks$1$read_data;
    reg  [10:0] blocks$1$write_address;
    reg  [8:0] blocks$1$write_data;
    reg  blocks$1$write_enable;
    reg  blocks$2$clock;
    reg  [10:0] blocks$2$read_address;
    wire  [8:0] blocks$2$read_data;
    reg  [10:0] blocks$2$write_address;
    reg  [8:0] blocks$2$write_data;
    reg  blocks$2$write_enable;
    reg  blocks$3$clock;
    reg  [10:0] blocks$3$read_address;
    wire  [8:0] blocks$3$read_data;
    reg  [10:0] blocks$3$write_address;
    reg  [8:0] blocks$3$write_data;
    reg  blocks$3$write_enable;
    reg  blocks$4$clock;
    reg  [10:0] blocks$4$read_address;
    wire  [8:0] blocks$4$read_data;
    reg  [10:0] blocks$4$write_address;
    reg  [8:0] blocks$4$write_data;
    reg  blocks$4$write_enable;
    reg  blocks$5$clock;
    reg  [10:0] blocks$5$read_address;
    wire  [8:0] blocks$5$read_data;
    reg  [10:0] blocks$5$write_address;
    reg  [8:0] blocks$5$write_data;
    reg  blocks$5$write_enable;
    reg  blocks$6$clock;
    reg  [10:0] blocks$6$read_address;
    wire  [8:0] blocks$6$read_data;
    reg  [10:0] blocks$6$write_address;
    reg  [8:0] blocks$6$write_data;
    reg  blocks$6$write_enable;
    reg  blocks$7$clock;
    reg  [10:0] blocks$7$read_address;
    wire  [8:0] blocks$7$read_data;
    reg  [10:0] blocks$7$write_address;
    reg  [8:0] blocks$7$write_data;
    reg  blocks$7$write_enable;
    reg  blocks$8$clock;
    reg  [10:0] blocks$8$read_address;
    wire  [8:0] blocks$8$read_data;
    reg  [10:0] blocks$8$write_address;
    reg  [8:0] blocks$8$write_data;
    reg  blocks$8$write_enable;
    reg  blocks$9$clock;
    reg  [10:0] blocks$9$read_address;
    wire  [8:0] blocks$9$read_data;
    reg  [10:0] blocks$9$write_address;
    reg  [8:0] blocks$9$write_data;
    reg  blocks$9$write_enable;
    reg  blocks$10$clock;
    reg  [10:0] blocks$10$read_address;
    wire  [8:0] blocks$10$read_data;
    reg  [10:0] blocks$10$write_address;
    reg  [8:0] blocks$10$write_data;
    reg  blocks$10$write_enable;
    reg  [8:0] out_q$0$d;
    wire  [8:0] out_q$0$q;
    reg  out_q$0$clock;
    reg  [8:0] out_q$1$d;
    wire  [8:0] out_q$1$q;
    reg  out_q$1$clock;
    reg  [8:0] out_q$2$d;
    wire  [8:0] out_q$2$q;
    reg  out_q$2$clock;
    reg  [8:0] out_q$3$d;
    wire  [8:0] out_q$3$q;
    reg  out_q$3$clock;
    reg  [8:0] out_q$4$d;
    wire  [8:0] out_q$4$q;
    reg  out_q$4$clock;
    reg  [8:0] out_q$5$d;
    wire  [8:0] out_q$5$q;
    reg  out_q$5$clock;
    reg  [8:0] out_q$6$d;
    wire  [8:0] out_q$6$q;
    reg  out_q$6$clock;
    reg  [8:0] out_q$7$d;
    wire  [8:0] out_q$7$q;
    reg  out_q$7$clock;
    reg  [8:0] out_q$8$d;
    wire  [8:0] out_q$8$q;
    reg  out_q$8$clock;
    reg  [8:0] out_q$9$d;
    wire  [8:0] out_q$9$q;
    reg  out_q$9$clock;
    reg  [8:0] out_q$10$d;
    wire  [8:0] out_q$10$q;
    reg  out_q$10$clock;
    reg  [3:0] select1$d;
    wire  [3:0] select1$q;
    reg  select1$clock;
    reg  [3:0] select2$d;
    wire  [3:0] select2$q;
    reg  select2$clock;

    // Sub module instances
    top$banks$4$blocks$0 blocks$0(
        .clock(blocks$0$clock),
        .read_address(blocks$0$read_address),
        .read_data(blocks$0$read_data),
        .write_address(blocks$0$write_address),
        .write_data(blocks$0$write_data),
        .write_enable(blocks$0$write_enable)
    );
    top$banks$4$blocks$1 blocks$1(
        .clock(blocks$1$clock),
        .read_address(blocks$1$read_address),
        .read_data(blocks$1$read_data),
        .write_address(blocks$1$write_address),
        .write_data(blocks$1$write_data),
        .write_enable(blocks$1$write_enable)
    );
    top$banks$4$blocks$2 blocks$2(
        .clock(blocks$2$clock),
        .read_address(blocks$2$read_address),
        .read_data(blocks$2$read_data),
        .write_address(blocks$2$write_address),
        .write_data(blocks$2$write_data),
        .write_enable(blocks$2$write_enable)
    );
    top$banks$4$blocks$3 blocks$3(
        .clock(blocks$3$clock),
        .read_address(blocks$3$read_address),
        .read_data(blocks$3$read_data),
        .write_address(blocks$3$write_address),
        .write_data(blocks$3$write_data),
        .write_enable(blocks$3$write_enable)
    );
    top$banks$4$blocks$4 blocks$4(
        .clock(blocks$4$clock),
        .read_address(blocks$4$read_address),
        .read_data(blocks$4$read_data),
        .write_address(blocks$4$write_address),
        .write_data(blocks$4$write_data),
        .write_enable(blocks$4$write_enable)
    );
    top$banks$4$blocks$5 blocks$5(
        .clock(blocks$5$clock),
        .read_address(blocks$5$read_address),
        .read_data(blocks$5$read_data),
        .write_address(blocks$5$write_address),
        .write_data(blocks$5$write_data),
        .write_enable(blocks$5$write_enable)
    );
    top$banks$4$blocks$6 blocks$6(
        .clock(blocks$6$clock),
        .read_address(blocks$6$read_address),
        .read_data(blocks$6$read_data),
        .write_address(blocks$6$write_address),
        .write_data(blocks$6$write_data),
        .write_enable(blocks$6$write_enable)
    );
    top$banks$4$blocks$7 blocks$7(
        .clock(blocks$7$clock),
        .read_address(blocks$7$read_address),
        .read_data(blocks$7$read_data),
        .write_address(blocks$7$write_address),
        .write_data(blocks$7$write_data),
        .write_enable(blocks$7$write_enable)
    );
    top$banks$4$blocks$8 blocks$8(
        .clock(blocks$8$clock),
        .read_address(blocks$8$read_address),
        .read_data(blocks$8$read_data),
        .write_address(blocks$8$write_address),
        .write_data(blocks$8$write_data),
        .write_enable(blocks$8$write_enable)
    );
    top$banks$4$blocks$9 blocks$9(
        .clock(blocks$9$clock),
        .read_address(blocks$9$read_address),
        .read_data(blocks$9$read_data),
        .write_address(blocks$9$write_address),
        .write_data(blocks$9$write_data),
        .write_enable(blocks$9$write_enable)
    );
    top$banks$4$blocks$10 blocks$10(
        .clock(blocks$10$clock),
        .read_address(blocks$10$read_address),
        .read_data(blocks$10$read_data),
        .write_address(blocks$10$write_address),
        .write_data(blocks$10$write_data),
        .write_enable(blocks$10$write_enable)
    );
    top$banks$4$out_q$0 out_q$0(
        .d(out_q$0$d),
        .q(out_q$0$q),
        .clock(out_q$0$clock)
    );
    top$banks$4$out_q$1 out_q$1(
        .d(out_q$1$d),
        .q(out_q$1$q),
        .clock(out_q$1$clock)
    );
    top$banks$4$out_q$2 out_q$2(
        .d(out_q$2$d),
        .q(out_q$2$q),
        .clock(out_q$2$clock)
    );
    top$banks$4$out_q$3 out_q$3(
        .d(out_q$3$d),
        .q(out_q$3$q),
        .clock(out_q$3$clock)
    );
    top$banks$4$out_q$4 out_q$4(
        .d(out_q$4$d),
        .q(out_q$4$q),
        .clock(out_q$4$clock)
    );
    top$banks$4$out_q$5 out_q$5(
        .d(out_q$5$d),
        .q(out_q$5$q),
        .clock(out_q$5$clock)
    );
    top$banks$4$out_q$6 out_q$6(
        .d(out_q$6$d),
        .q(out_q$6$q),
        .clock(out_q$6$clock)
    );
    top$banks$4$out_q$7 out_q$7(
        .d(out_q$7$d),
        .q(out_q$7$q),
        .clock(out_q$7$clock)
    );
    top$banks$4$out_q$8 out_q$8(
        .d(out_q$8$d),
        .q(out_q$8$q),
        .clock(out_q$8$clock)
    );
    top$banks$4$out_q$9 out_q$9(
        .d(out_q$9$d),
        .q(out_q$9$q),
        .clock(out_q$9$clock)
    );
    top$banks$4$out_q$10 out_q$10(
        .d(out_q$10$d),
        .q(out_q$10$q),
        .clock(out_q$10$clock)
    );
    top$banks$4$select1 select1(
        .d(select1$d),
        .q(select1$q),
        .clock(select1$clock)
    );
    top$banks$4$select2 select2(
        .d(select2$d),
        .q(select2$q),
        .clock(select2$clock)
    );

    // Update code
    always @(*) begin
        select1$clock = clock;
        select2$clock = clock;
        select1$d = select1$q;
        select2$d = select2$q;
        select1$d = read_address[(high)+:(4)];
        select2$d = select1$q;
        read_data = out_q$0$q;
        blocks$0$clock = clock;
        out_q$0$clock = clock;
        blocks$0$read_address = read_address[(low)+:(11)];
        blocks$0$write_address = write_address[(low)+:(11)];
        blocks$0$write_data = write_data;
        blocks$0$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$0);
        out_q$0$d = blocks$0$read_data;
        if (select2$q == block_index$0) begin
            read_data = out_q$0$q;
        end
        blocks$1$clock = clock;
        out_q$1$clock = clock;
        blocks$1$read_address = read_address[(low)+:(11)];
        blocks$1$write_address = write_address[(low)+:(11)];
        blocks$1$write_data = write_data;
        blocks$1$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$1);
        out_q$1$d = blocks$1$read_data;
        if (select2$q == block_index$1) begin
            read_data = out_q$1$q;
        end
        blocks$2$clock = clock;
        out_q$2$clock = clock;
        blocks$2$read_address = read_address[(low)+:(11)];
        blocks$2$write_address = write_address[(low)+:(11)];
        blocks$2$write_data = write_data;
        blocks$2$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$2);
        out_q$2$d = blocks$2$read_data;
        if (select2$q == block_index$2) begin
            read_data = out_q$2$q;
        end
        blocks$3$clock = clock;
        out_q$3$clock = clock;
        blocks$3$read_address = read_address[(low)+:(11)];
        blocks$3$write_address = write_address[(low)+:(11)];
        blocks$3$write_data = write_data;
        blocks$3$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$3);
        out_q$3$d = blocks$3$read_data;
        if (select2$q == block_index$3) begin
            read_data = out_q$3$q;
        end
        blocks$4$clock = clock;
        out_q$4$clock = clock;
        blocks$4$read_address = read_address[(low)+:(11)];
        blocks$4$write_address = write_address[(low)+:(11)];
        blocks$4$write_data = write_data;
        blocks$4$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$4);
        out_q$4$d = blocks$4$read_data;
        if (select2$q == block_index$4) begin
            read_data = out_q$4$q;
        end
        blocks$5$clock = clock;
        out_q$5$clock = clock;
        blocks$5$read_address = read_address[(low)+:(11)];
        blocks$5$write_address = write_address[(low)+:(11)];
        blocks$5$write_data = write_data;
        blocks$5$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$5);
        out_q$5$d = blocks$5$read_data;
        if (select2$q == block_index$5) begin
            read_data = out_q$5$q;
        end
        blocks$6$clock = clock;
        out_q$6$clock = clock;
        blocks$6$read_address = read_address[(low)+:(11)];
        blocks$6$write_address = write_address[(low)+:(11)];
        blocks$6$write_data = write_data;
        blocks$6$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$6);
        out_q$6$d = blocks$6$read_data;
        if (select2$q == block_index$6) begin
            read_data = out_q$6$q;
        end
        blocks$7$clock = clock;
        out_q$7$clock = clock;
        blocks$7$read_address = read_address[(low)+:(11)];
        blocks$7$write_address = write_address[(low)+:(11)];
        blocks$7$write_data = write_data;
        blocks$7$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$7);
        out_q$7$d = blocks$7$read_data;
        if (select2$q == block_index$7) begin
            read_data = out_q$7$q;
        end
        blocks$8$clock = clock;
        out_q$8$clock = clock;
        blocks$8$read_address = read_address[(low)+:(11)];
        blocks$8$write_address = write_address[(low)+:(11)];
        blocks$8$write_data = write_data;
        blocks$8$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$8);
        out_q$8$d = blocks$8$read_data;
        if (select2$q == block_index$8) begin
            read_data = out_q$8$q;
        end
        blocks$9$clock = clock;
        out_q$9$clock = clock;
        blocks$9$read_address = read_address[(low)+:(11)];
        blocks$9$write_address = write_address[(low)+:(11)];
        blocks$9$write_data = write_data;
        blocks$9$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$9);
        out_q$9$d = blocks$9$read_data;
        if (select2$q == block_index$9) begin
            read_data = out_q$9$q;
        end
        blocks$10$clock = clock;
        out_q$10$clock = clock;
        blocks$10$read_address = read_address[(low)+:(11)];
        blocks$10$write_address = write_address[(low)+:(11)];
        blocks$10$write_data = write_data;
        blocks$10$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$10);
        out_q$10$d = blocks$10$read_data;
        if (select2$q == block_index$10) begin
            read_data = out_q$10$q;
        end
    end

endmodule // top$banks$4


module top$banks$4$blocks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$0


module top$banks$4$blocks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$1


module top$banks$4$blocks$10(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$10


module top$banks$4$blocks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$2


module top$banks$4$blocks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$3


module top$banks$4$blocks$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$4


module top$banks$4$blocks$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$5


module top$banks$4$blocks$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$6


module top$banks$4$blocks$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$7


module top$banks$4$blocks$8(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$8


module top$banks$4$blocks$9(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$4$blocks$9


module top$banks$4$out_q$0(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$0


module top$banks$4$out_q$1(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$1


module top$banks$4$out_q$10(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$10


module top$banks$4$out_q$2(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$2


module top$banks$4$out_q$3(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$3


module top$banks$4$out_q$4(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$4


module top$banks$4$out_q$5(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$5


module top$banks$4$out_q$6(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$6


module top$banks$4$out_q$7(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$7


module top$banks$4$out_q$8(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$8


module top$banks$4$out_q$9(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$4$out_q$9


module top$banks$4$select1(d,q,clock);

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

endmodule // top$banks$4$select1


module top$banks$4$select2(d,q,clock);

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

endmodule // top$banks$4$select2


module top$banks$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [8:0] read_data;
    input wire  [14:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Constant declarations
    localparam  block_index$0 = 4'h0;
    localparam  block_index$1 = 4'h1;
    localparam  block_index$2 = 4'h2;
    localparam  block_index$3 = 4'h3;
    localparam  block_index$4 = 4'h4;
    localparam  block_index$5 = 4'h5;
    localparam  block_index$6 = 4'h6;
    localparam  block_index$7 = 4'h7;
    localparam  block_index$8 = 4'h8;
    localparam  block_index$9 = 4'h9;
    localparam  block_index$10 = 4'ha;
    localparam  low = 4'h0;
    localparam  high = 4'hb;

    // Stub signals
    reg  blocks$0$clock;
    reg  [10:0] blocks$0$read_address;
    wire  [8:0] blocks$0$read_data;
    reg  [10:0] blocks$0$write_address;
    reg  [8:0] blocks$0$write_data;
    reg  blocks$0$write_enable;
    reg  blocks$1$clock;
    reg  [10:0] blocks$1$read_address;
    wire  [8:0] blocks$1$read_data;
    reg  [10:0] blocks$1$write_address;
    reg  [8:0] blocks$1$write_data;
    reg  blocks$1$write_enable;
    reg  blocks$2$clock;
    reg  [10:0] blocks$2$read_address;
    wire  [8:0] blocks$2$read_data;
    reg  [10:0] blocks$2$write_address;
    reg  [8:0] blocks$2$write_data;
    reg  blocks$2$write_enable;
    reg  blocks$3$clock;
    reg  [10:0] blocks$3$read_address;
    wire  [8:0] blocks$3$read_data;
    reg  [10:0] blocks$3$write_address;
    reg  [8:0] blocks$3$write_data;
    reg  blocks$3$write_enable;
    reg  blocks$4$clock;
    reg  [10:0] blocks$4$read_address;
    wire  [8:0] blocks$4$read_data;
    reg  [10:0] blocks$4$write_address;
    reg  [8:0] blocks$4$write_data;
    reg  blocks$4$write_enable;
    reg  blocks$5$clock;
    reg  [10:0] blocks$5$read_address;
    wire  [8:0] blocks$5$read_data;
    reg  [10:0] blocks$5$write_address;
    reg  [8:0] blocks$5$write_data;
    reg  blocks$5$write_enable;
    reg  blocks$6$clock;
    reg  [10:0] blocks$6$read_address;
    wire  [8:0] blocks$6$read_data;
    reg  [10:0] blocks$6$write_address;
    reg  [8:0] blocks$6$write_data;
    reg  blocks$6$write_enable;
    reg  blocks$7$clock;
    reg  [10:0] blocks$7$read_address;
    wire  [8:0] blocks$7$read_data;
    reg  [10:0] blocks$7$write_address;
    reg  [8:0] blocks$7$write_data;
    reg  blocks$7$write_enable;
    reg  blocks$8$clock;
    reg  [10:0] blocks$8$read_address;
    wire  [8:0] blocks$8$read_data;
    reg  [10:0] blocks$8$write_address;
    reg  [8:0] blocks$8$write_data;
    reg  blocks$8$write_enable;
    reg  blocks$9$clock;
    reg  [10:0] blocks$9$read_address;
    wire  [8:0] blocks$9$read_data;
    reg  [10:0] blocks$9$write_address;
    reg  [8:0] blocks$9$write_data;
    reg  blocks$9$write_enable;
    reg  blocks$10$clock;
    reg  [10:0] blocks$10$read_address;
    wire  [8:0] blocks$10$read_data;
    reg  [10:0] blocks$10$write_address;
    reg  [8:0] blocks$10$write_data;
    reg  blocks$10$write_enable;
    reg  [8:0] out_q$0$d;
    wire  [8:0] out_q$0$q;
    reg  out_q$0$clock;
    reg  [8:0] out_q$1$d;
    wire  [8:0] out_q$1$q;
    reg  out_q$1$clock;
    reg  [8:0] out_q$2$d;
    wire  [8:0] out_q$2$q;
    reg  out_q$2$clock;
    reg  [8:0] out_q$3$d;
    wire  [8:0] out_q$3$q;
    reg  out_q$3$clock;
    reg  [8:0] out_q$4$d;
    wire  [8:0] out_q$4$q;
    reg  out_q$4$clock;
    reg  [8:0] out_q$5$d;
    wire  [8:0] out_q$5$q;
    reg  out_q$5$clock;
    reg  [8:0] out_q$6$d;
    wire  [8:0] out_q$6$q;
    reg  out_q$6$clock;
    reg  [8:0] out_q$7$d;
    wire  [8:0] out_q$7$q;
    reg  out_q$7$clock;
    reg  [8:0] out_q$8$d;
    wire  [8:0] out_q$8$q;
    reg  out_q$8$clock;
    reg  [8:0] out_q$9$d;
    wire  [8:0] out_q$9$q;
    reg  out_q$9$clock;
    reg  [8:0] out_q$10$d;
    wire  [8:0] out_q$10$q;
    reg  out_q$10$clock;
    reg  [3:0] select1$d;
    wire  [3:0] select1$q;
    reg  select1$clock;
    reg  [3:0] select2$d;
    wire  [3:0] select2$q;
    reg  select2$clock;

    // Sub module instances
    top$banks$5$blocks$0 blocks$0(
        .clock(blocks$0$clock),
        .read_address(blocks$0$read_address),
        .read_data(blocks$0$read_data),
        .write_address(blocks$0$write_address),
        .write_data(blocks$0$write_data),
        .write_enable(blocks$0$write_enable)
    );
    top$banks$5$blocks$1 blocks$1(
        .clock(blocks$1$clock),
        .read_address(blocks$1$read_address),
        .read_data(blocks$1$read_data),
        .write_address(blocks$1$write_address),
        .write_data(blocks$1$write_data),
        .write_enable(blocks$1$write_enable)
    );
    top$banks$5$blocks$2 blocks$2(
        .clock(blocks$2$clock),
        .read_address(blocks$2$read_address),
        .read_data(blocks$2$read_data),
        .write_address(blocks$2$write_address),
        .write_data(blocks$2$write_data),
        .write_enable(blocks$2$write_enable)
    );
    top$banks$5$blocks$3 blocks$3(
        .clock(blocks$3$clock),
        .read_address(blocks$3$read_address),
        .read_data(blocks$3$read_data),
        .write_address(blocks$3$write_address),
        .write_data(blocks$3$write_data),
        .write_enable(blocks$3$write_enable)
    );
    top$banks$5$blocks$4 blocks$4(
        .clock(blocks$4$clock),
        .read_address(blocks$4$read_address),
        .read_data(blocks$4$read_data),
        .write_address(blocks$4$write_address),
        .write_data(blocks$4$write_data),
        .write_enable(blocks$4$write_enable)
    );
    top$banks$5$blocks$5 blocks$5(
        .clock(blocks$5$clock),
        .read_address(blocks$5$read_address),
        .read_data(blocks$5$read_data),
        .write_address(blocks$5$write_address),
        .write_data(blocks$5$write_data),
        .write_enable(blocks$5$write_enable)
    );
    top$banks$5$blocks$6 blocks$6(
        .clock(blocks$6$clock),
        .read_address(blocks$6$read_address),
        .read_data(blocks$6$read_data),
        .write_address(blocks$6$write_address),
        .write_data(blocks$6$write_data),
        .write_enable(blocks$6$write_enable)
    );
    top$banks$5$blocks$7 blocks$7(
        .clock(blocks$7$clock),
        .read_address(blocks$7$read_address),
        .read_data(blocks$7$read_data),
        .write_address(blocks$7$write_address),
        .write_data(blocks$7$write_data),
        .write_enable(blocks$7$write_enable)
    );
    top$banks$5$blocks$8 blocks$8(
        .clock(blocks$8$clock),
        .read_address(blocks$8$read_address),
        .read_data(blocks$8$read_data),
        .write_address(blocks$8$write_address),
        .write_data(blocks$8$write_data),
        .write_enable(blocks$8$write_enable)
    );
    top$banks$5$blocks$9 blocks$9(
        .clock(blocks$9$clock),
        .read_address(blocks$9$read_address),
        .read_data(blocks$9$read_data),
        .write_address(blocks$9$write_address),
        .write_data(blocks$9$write_data),
        .write_enable(blocks$9$write_enable)
    );
    top$banks$5$blocks$10 blocks$10(
        .clock(blocks$10$clock),
        .read_address(blocks$10$read_address),
        .read_data(blocks$10$read_data),
        .write_address(blocks$10$write_address),
        .write_data(blocks$10$write_data),
        .write_enable(blocks$10$write_enable)
    );
    top$banks$5$out_q$0 out_q$0(
        .d(out_q$0$d),
        .q(out_q$0$q),
        .clock(out_q$0$clock)
    );
    top$banks$5$out_q$1 out_q$1(
        .d(out_q$1$d),
        .q(out_q$1$q),
        .clock(out_q$1$clock)
    );
    top$banks$5$out_q$2 out_q$2(
        .d(out_q$2$d),
        .q(out_q$2$q),
        .clock(out_q$2$clock)
    );
    top$banks$5$out_q$3 out_q$3(
        .d(out_q$3$d),
        .q(out_q$3$q),
        .clock(out_q$3$clock)
    );
    top$banks$5$out_q$4 out_q$4(
        .d(out_q$4$d),
        .q(out_q$4$q),
        .clock(out_q$4$clock)
    );
    top$banks$5$out_q$5 out_q$5(
        .d(out_q$5$d),
        .q(out_q$5$q),
        .clock(out_q$5$clock)
    );
    top$banks$5$out_q$6 out_q$6(
        .d(out_q$6$d),
        .q(out_q$6$q),
        .clock(out_q$6$clock)
    );
    top$banks$5$out_q$7 out_q$7(
        .d(out_q$7$d),
        .q(out_q$7$q),
        .clock(out_q$7$clock)
    );
    top$banks$5$out_q$8 out_q$8(
        .d(out_q$8$d),
        .q(out_q$8$q),
        .clock(out_q$8$clock)
    );
    top$banks$5$out_q$9 out_q$9(
        .d(out_q$9$d),
        .q(out_q$9$q),
        .clock(out_q$9$clock)
    );
    top$banks$5$out_q$10 out_q$10(
        .d(out_q$10$d),
        .q(out_q$10$q),
        .clock(out_q$10$clock)
    );
    top$banks$5$select1 select1(
        .d(select1$d),
        .q(select1$q),
        .clock(select1$clock)
    );
    top$banks$5$select2 select2(
        .d(select2$d),
        .q(select2$q),
        .clock(select2$clock)
    );

    // Update code
    always @(*) begin
        select1$clock = clock;
        select2$clock = clock;
        select1$d = select1$q;
        select2$d = select2$q;
        select1$d = read_address[(high)+:(4)];
        select2$d = select1$q;
        read_data = out_q$0$q;
        blocks$0$clock = clock;
        out_q$0$clock = clock;
        blocks$0$read_address = read_address[(low)+:(11)];
        blocks$0$write_address = write_address[(low)+:(11)];
        blocks$0$write_data = write_data;
        blocks$0$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$0);
        out_q$0$d = blocks$0$read_data;
        if (select2$q == block_index$0) begin
            read_data = out_q$0$q;
        end
        blocks$1$clock = clock;
        out_q$1$clock = clock;
        blocks$1$read_address = read_address[(low)+:(11)];
        blocks$1$write_address = write_address[(low)+:(11)];
        blocks$1$write_data = write_data;
        blocks$1$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$1);
        out_q$1$d = blocks$1$read_data;
        if (select2$q == block_index$1) begin
            read_data = out_q$1$q;
        end
        blocks$2$clock = clock;
        out_q$2$clock = clock;
        blocks$2$read_address = read_address[(low)+:(11)];
        blocks$2$write_address = write_address[(low)+:(11)];
        blocks$2$write_data = write_data;
        blocks$2$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$2);
        out_q$2$d = blocks$2$read_data;
        if (select2$q == block_index$2) begin
            read_data = out_q$2$q;
        end
        blocks$3$clock = clock;
        out_q$3$clock = clock;
        blocks$3$read_address = read_address[(low)+:(11)];
        blocks$3$write_address = write_address[(low)+:(11)];
        blocks$3$write_data = write_data;
        blocks$3$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$3);
        out_q$3$d = blocks$3$read_data;
        if (select2$q == block_index$3) begin
            read_data = out_q$3$q;
        end
        blocks$4$clock = clock;
        out_q$4$clock = clock;
        blocks$4$read_address = read_address[(low)+:(11)];
        blocks$4$write_address = write_address[(low)+:(11)];
        blocks$4$write_data = write_data;
        blocks$4$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$4);
        out_q$4$d = blocks$4$read_data;
        if (select2$q == block_index$4) begin
            read_data = out_q$4$q;
        end
        blocks$5$clock = clock;
        out_q$5$clock = clock;
        blocks$5$read_address = read_address[(low)+:(11)];
        blocks$5$write_address = write_address[(low)+:(11)];
        blocks$5$write_data = write_data;
        blocks$5$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$5);
        out_q$5$d = blocks$5$read_data;
        if (select2$q == block_index$5) begin
            read_data = out_q$5$q;
        end
        blocks$6$clock = clock;
        out_q$6$clock = clock;
        blocks$6$read_address = read_address[(low)+:(11)];
        blocks$6$write_address = write_address[(low)+:(11)];
        blocks$6$write_data = write_data;
        blocks$6$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$6);
        out_q$6$d = blocks$6$read_data;
        if (select2$q == block_index$6) begin
            read_data = out_q$6$q;
        end
        blocks$7$clock = clock;
        out_q$7$clock = clock;
        blocks$7$read_address = read_address[(low)+:(11)];
        blocks$7$write_address = write_address[(low)+:(11)];
        blocks$7$write_data = write_data;
        blocks$7$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$7);
        out_q$7$d = blocks$7$read_data;
        if (select2$q == block_index$7) begin
            read_data = out_q$7$q;
        end
        blocks$8$clock = clock;
        out_q$8$clock = clock;
        blocks$8$read_address = read_address[(low)+:(11)];
        blocks$8$write_address = write_address[(low)+:(11)];
        blocks$8$write_data = write_data;
        blocks$8$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$8);
        out_q$8$d = blocks$8$read_data;
        if (select2$q == block_index$8) begin
            read_data = out_q$8$q;
        end
        blocks$9$clock = clock;
        out_q$9$clock = clock;
        blocks$9$read_address = read_address[(low)+:(11)];
        blocks$9$write_address = write_address[(low)+:(11)];
        blocks$9$write_data = write_data;
        blocks$9$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$9);
        out_q$9$d = blocks$9$read_data;
        if (select2$q == block_index$9) begin
            read_data = out_q$9$q;
        end
        blocks$10$clock = clock;
        out_q$10$clock = clock;
        blocks$10$read_address = read_address[(low)+:(11)];
        blocks$10$write_address = write_address[(low)+:(11)];
        blocks$10$write_data = write_data;
        blocks$10$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$10);
        out_q$10$d = blocks$10$read_data;
        if (select2$q == block_index$10) begin
            read_data = out_q$10$q;
        end
    end

endmodule // top$banks$5


module top$banks$5$blocks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$0


module top$banks$5$blocks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$1


module top$banks$5$blocks$10(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$10


module top$banks$5$blocks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$2


module top$banks$5$blocks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$3


module top$banks$5$blocks$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$4


module top$banks$5$blocks$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$5


module top$banks$5$blocks$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$6


module top$banks$5$blocks$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$7


module top$banks$5$blocks$8(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$8


module top$banks$5$blocks$9(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$5$blocks$9


module top$banks$5$out_q$0(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$0


module top$banks$5$out_q$1(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$1


module top$banks$5$out_q$10(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$10


module top$banks$5$out_q$2(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$2


module top$banks$5$out_q$3(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$3


module top$banks$5$out_q$4(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$4


module top$banks$5$out_q$5(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$5


module top$banks$5$out_q$6(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$6


module top$banks$5$out_q$7(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$7


module top$banks$5$out_q$8(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$8


module top$banks$5$out_q$9(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$5$out_q$9


module top$banks$5$select1(d,q,clock);

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

endmodule // top$banks$5$select1


module top$banks$5$select2(d,q,clock);

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

endmodule // top$banks$5$select2


module top$banks$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [8:0] read_data;
    input wire  [14:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Constant declarations
    localparam  block_index$0 = 4'h0;
    localparam  block_index$1 = 4'h1;
    localparam  block_index$2 = 4'h2;
    localparam  block_index$3 = 4'h3;
    localparam  block_index$4 = 4'h4;
    localparam  block_index$5 = 4'h5;
    localparam  block_index$6 = 4'h6;
    localparam  block_index$7 = 4'h7;
    localparam  block_index$8 = 4'h8;
    localparam  block_index$9 = 4'h9;
    localparam  block_index$10 = 4'ha;
    localparam  low = 4'h0;
    localparam  high = 4'hb;

    // Stub signals
    reg  blocks$0$clock;
    reg  [10:0] blocks$0$read_address;
    wire  [8:0] blocks$0$read_data;
    reg  [10:0] blocks$0$write_address;
    reg  [8:0] blocks$0$write_data;
    reg  blocks$0$write_enable;
    reg  blocks$1$clock;
    reg  [10:0] blocks$1$read_address;
    wire  [8:0] blocks$1$read_data;
    reg  [10:0] blocks$1$write_address;
    reg  [8:0] blocks$1$write_data;
    reg  blocks$1$write_enable;
    reg  blocks$2$clock;
    reg  [10:0] blocks$2$read_address;
    wire  [8:0] blocks$2$read_data;
    reg  [10:0] blocks$2$write_address;
    reg  [8:0] blocks$2$write_data;
    reg  blocks$2$write_enable;
    reg  blocks$3$clock;
    reg  [10:0] blocks$3$read_address;
    wire  [8:0] blocks$3$read_data;
    reg  [10:0] blocks$3$write_address;
    reg  [8:0] blocks$3$write_data;
    reg  blocks$3$write_enable;
    reg  blocks$4$clock;
    reg  [10:0] blocks$4$read_address;
    wire  [8:0] blocks$4$read_data;
    reg  [10:0] blocks$4$write_address;
    reg  [8:0] blocks$4$write_data;
    reg  blocks$4$write_enable;
    reg  blocks$5$clock;
    reg  [10:0] blocks$5$read_address;
    wire  [8:0] blocks$5$read_data;
    reg  [10:0] blocks$5$write_address;
    reg  [8:0] blocks$5$write_data;
    reg  blocks$5$write_enable;
    reg  blocks$6$clock;
    reg  [10:0] blocks$6$read_address;
    wire  [8:0] blocks$6$read_data;
    reg  [10:0] blocks$6$write_address;
    reg  [8:0] blocks$6$write_data;
    reg  blocks$6$write_enable;
    reg  blocks$7$clock;
    reg  [10:0] blocks$7$read_address;
    wire  [8:0] blocks$7$read_data;
    reg  [10:0] blocks$7$write_address;
    reg  [8:0] blocks$7$write_data;
    reg  blocks$7$write_enable;
    reg  blocks$8$clock;
    reg  [10:0] blocks$8$read_address;
    wire  [8:0] blocks$8$read_data;
    reg  [10:0] blocks$8$write_address;
    reg  [8:0] blocks$8$write_data;
    reg  blocks$8$write_enable;
    reg  blocks$9$clock;
    reg  [10:0] blocks$9$read_address;
    wire  [8:0] blocks$9$read_data;
    reg  [10:0] blocks$9$write_address;
    reg  [8:0] blocks$9$write_data;
    reg  blocks$9$write_enable;
    reg  blocks$10$clock;
    reg  [10:0] blocks$10$read_address;
    wire  [8:0] blocks$10$read_data;
    reg  [10:0] blocks$10$write_address;
    reg  [8:0] blocks$10$write_data;
    reg  blocks$10$write_enable;
    reg  [8:0] out_q$0$d;
    wire  [8:0] out_q$0$q;
    reg  out_q$0$clock;
    reg  [8:0] out_q$1$d;
    wire  [8:0] out_q$1$q;
    reg  out_q$1$clock;
    reg  [8:0] out_q$2$d;
    wire  [8:0] out_q$2$q;
    reg  out_q$2$clock;
    reg  [8:0] out_q$3$d;
    wire  [8:0] out_q$3$q;
    reg  out_q$3$clock;
    reg  [8:0] out_q$4$d;
    wire  [8:0] out_q$4$q;
    reg  out_q$4$clock;
    reg  [8:0] out_q$5$d;
    wire  [8:0] out_q$5$q;
    reg  out_q$5$clock;
    reg  [8:0] out_q$6$d;
    wire  [8:0] out_q$6$q;
    reg  out_q$6$clock;
    reg  [8:0] out_q$7$d;
    wire  [8:0] out_q$7$q;
    reg  out_q$7$clock;
    reg  [8:0] out_q$8$d;
    wire  [8:0] out_q$8$q;
    reg  out_q$8$clock;
    reg  [8:0] out_q$9$d;
    wire  [8:0] out_q$9$q;
    reg  out_q$9$clock;
    reg  [8:0] out_q$10$d;
    wire  [8:0] out_q$10$q;
    reg  out_q$10$clock;
    reg  [3:0] select1$d;
    wire  [3:0] select1$q;
    reg  select1$clock;
    reg  [3:0] select2$d;
    wire  [3:0] select2$q;
    reg  select2$clock;

    // Sub module instances
    top$banks$6$blocks$0 blocks$0(
        .clock(blocks$0$clock),
        .read_address(blocks$0$read_address),
        .read_data(blocks$0$read_data),
        .write_address(blocks$0$write_address),
        .write_data(blocks$0$write_data),
        .write_enable(blocks$0$write_enable)
    );
    top$banks$6$blocks$1 blocks$1(
        .clock(blocks$1$clock),
        .read_address(blocks$1$read_address),
        .read_data(blocks$1$read_data),
        .write_address(blocks$1$write_address),
        .write_data(blocks$1$write_data),
        .write_enable(blocks$1$write_enable)
    );
    top$banks$6$blocks$2 blocks$2(
        .clock(blocks$2$clock),
        .read_address(blocks$2$read_address),
        .read_data(blocks$2$read_data),
        .write_address(blocks$2$write_address),
        .write_data(blocks$2$write_data),
        .write_enable(blocks$2$write_enable)
    );
    top$banks$6$blocks$3 blocks$3(
        .clock(blocks$3$clock),
        .read_address(blocks$3$read_address),
        .read_data(blocks$3$read_data),
        .write_address(blocks$3$write_address),
        .write_data(blocks$3$write_data),
        .write_enable(blocks$3$write_enable)
    );
    top$banks$6$blocks$4 blocks$4(
        .clock(blocks$4$clock),
        .read_address(blocks$4$read_address),
        .read_data(blocks$4$read_data),
        .write_address(blocks$4$write_address),
        .write_data(blocks$4$write_data),
        .write_enable(blocks$4$write_enable)
    );
    top$banks$6$blocks$5 blocks$5(
        .clock(blocks$5$clock),
        .read_address(blocks$5$read_address),
        .read_data(blocks$5$read_data),
        .write_address(blocks$5$write_address),
        .write_data(blocks$5$write_data),
        .write_enable(blocks$5$write_enable)
    );
    top$banks$6$blocks$6 blocks$6(
        .clock(blocks$6$clock),
        .read_address(blocks$6$read_address),
        .read_data(blocks$6$read_data),
        .write_address(blocks$6$write_address),
        .write_data(blocks$6$write_data),
        .write_enable(blocks$6$write_enable)
    );
    top$banks$6$blocks$7 blocks$7(
        .clock(blocks$7$clock),
        .read_address(blocks$7$read_address),
        .read_data(blocks$7$read_data),
        .write_address(blocks$7$write_address),
        .write_data(blocks$7$write_data),
        .write_enable(blocks$7$write_enable)
    );
    top$banks$6$blocks$8 blocks$8(
        .clock(blocks$8$clock),
        .read_address(blocks$8$read_address),
        .read_data(blocks$8$read_data),
        .write_address(blocks$8$write_address),
        .write_data(blocks$8$write_data),
        .write_enable(blocks$8$write_enable)
    );
    top$banks$6$blocks$9 blocks$9(
        .clock(blocks$9$clock),
        .read_address(blocks$9$read_address),
        .read_data(blocks$9$read_data),
        .write_address(blocks$9$write_address),
        .write_data(blocks$9$write_data),
        .write_enable(blocks$9$write_enable)
    );
    top$banks$6$blocks$10 blocks$10(
        .clock(blocks$10$clock),
        .read_address(blocks$10$read_address),
        .read_data(blocks$10$read_data),
        .write_address(blocks$10$write_address),
        .write_data(blocks$10$write_data),
        .write_enable(blocks$10$write_enable)
    );
    top$banks$6$out_q$0 out_q$0(
        .d(out_q$0$d),
        .q(out_q$0$q),
        .clock(out_q$0$clock)
    );
    top$banks$6$out_q$1 out_q$1(
        .d(out_q$1$d),
        .q(out_q$1$q),
        .clock(out_q$1$clock)
    );
    top$banks$6$out_q$2 out_q$2(
        .d(out_q$2$d),
        .q(out_q$2$q),
        .clock(out_q$2$clock)
    );
    top$banks$6$out_q$3 out_q$3(
        .d(out_q$3$d),
        .q(out_q$3$q),
        .clock(out_q$3$clock)
    );
    top$banks$6$out_q$4 out_q$4(
        .d(out_q$4$d),
        .q(out_q$4$q),
        .clock(out_q$4$clock)
    );
    top$banks$6$out_q$5 out_q$5(
        .d(out_q$5$d),
        .q(out_q$5$q),
        .clock(out_q$5$clock)
    );
    top$banks$6$out_q$6 out_q$6(
        .d(out_q$6$d),
        .q(out_q$6$q),
        .clock(out_q$6$clock)
    );
    top$banks$6$out_q$7 out_q$7(
        .d(out_q$7$d),
        .q(out_q$7$q),
        .clock(out_q$7$clock)
    );
    top$banks$6$out_q$8 out_q$8(
        .d(out_q$8$d),
        .q(out_q$8$q),
        .clock(out_q$8$clock)
    );
    top$banks$6$out_q$9 out_q$9(
        .d(out_q$9$d),
        .q(out_q$9$q),
        .clock(out_q$9$clock)
    );
    top$banks$6$out_q$10 out_q$10(
        .d(out_q$10$d),
        .q(out_q$10$q),
        .clock(out_q$10$clock)
    );
    top$banks$6$select1 select1(
        .d(select1$d),
        .q(select1$q),
        .clock(select1$clock)
    );
    top$banks$6$select2 select2(
        .d(select2$d),
        .q(select2$q),
        .clock(select2$clock)
    );

    // Update code
    always @(*) begin
        select1$clock = clock;
        select2$clock = clock;
        select1$d = select1$q;
        select2$d = select2$q;
        select1$d = read_address[(high)+:(4)];
        select2$d = select1$q;
        read_data = out_q$0$q;
        blocks$0$clock = clock;
        out_q$0$clock = clock;
        blocks$0$read_address = read_address[(low)+:(11)];
        blocks$0$write_address = write_address[(low)+:(11)];
        blocks$0$write_data = write_data;
        blocks$0$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$0);
        out_q$0$d = blocks$0$read_data;
        if (select2$q == block_index$0) begin
            read_data = out_q$0$q;
        end
        blocks$1$clock = clock;
        out_q$1$clock = clock;
        blocks$1$read_address = read_address[(low)+:(11)];
        blocks$1$write_address = write_address[(low)+:(11)];
        blocks$1$write_data = write_data;
        blocks$1$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$1);
        out_q$1$d = blocks$1$read_data;
        if (select2$q == block_index$1) begin
            read_data = out_q$1$q;
        end
        blocks$2$clock = clock;
        out_q$2$clock = clock;
        blocks$2$read_address = read_address[(low)+:(11)];
        blocks$2$write_address = write_address[(low)+:(11)];
        blocks$2$write_data = write_data;
        blocks$2$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$2);
        out_q$2$d = blocks$2$read_data;
        if (select2$q == block_index$2) begin
            read_data = out_q$2$q;
        end
        blocks$3$clock = clock;
        out_q$3$clock = clock;
        blocks$3$read_address = read_address[(low)+:(11)];
        blocks$3$write_address = write_address[(low)+:(11)];
        blocks$3$write_data = write_data;
        blocks$3$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$3);
        out_q$3$d = blocks$3$read_data;
        if (select2$q == block_index$3) begin
            read_data = out_q$3$q;
        end
        blocks$4$clock = clock;
        out_q$4$clock = clock;
        blocks$4$read_address = read_address[(low)+:(11)];
        blocks$4$write_address = write_address[(low)+:(11)];
        blocks$4$write_data = write_data;
        blocks$4$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$4);
        out_q$4$d = blocks$4$read_data;
        if (select2$q == block_index$4) begin
            read_data = out_q$4$q;
        end
        blocks$5$clock = clock;
        out_q$5$clock = clock;
        blocks$5$read_address = read_address[(low)+:(11)];
        blocks$5$write_address = write_address[(low)+:(11)];
        blocks$5$write_data = write_data;
        blocks$5$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$5);
        out_q$5$d = blocks$5$read_data;
        if (select2$q == block_index$5) begin
            read_data = out_q$5$q;
        end
        blocks$6$clock = clock;
        out_q$6$clock = clock;
        blocks$6$read_address = read_address[(low)+:(11)];
        blocks$6$write_address = write_address[(low)+:(11)];
        blocks$6$write_data = write_data;
        blocks$6$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$6);
        out_q$6$d = blocks$6$read_data;
        if (select2$q == block_index$6) begin
            read_data = out_q$6$q;
        end
        blocks$7$clock = clock;
        out_q$7$clock = clock;
        blocks$7$read_address = read_address[(low)+:(11)];
        blocks$7$write_address = write_address[(low)+:(11)];
        blocks$7$write_data = write_data;
        blocks$7$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$7);
        out_q$7$d = blocks$7$read_data;
        if (select2$q == block_index$7) begin
            read_data = out_q$7$q;
        end
        blocks$8$clock = clock;
        out_q$8$clock = clock;
        blocks$8$read_address = read_address[(low)+:(11)];
        blocks$8$write_address = write_address[(low)+:(11)];
        blocks$8$write_data = write_data;
        blocks$8$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$8);
        out_q$8$d = blocks$8$read_data;
        if (select2$q == block_index$8) begin
            read_data = out_q$8$q;
        end
        blocks$9$clock = clock;
        out_q$9$clock = clock;
        blocks$9$read_address = read_address[(low)+:(11)];
        blocks$9$write_address = write_address[(low)+:(11)];
        blocks$9$write_data = write_data;
        blocks$9$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$9);
        out_q$9$d = blocks$9$read_data;
        if (select2$q == block_index$9) begin
            read_data = out_q$9$q;
        end
        blocks$10$clock = clock;
        out_q$10$clock = clock;
        blocks$10$read_address = read_address[(low)+:(11)];
        blocks$10$write_address = write_address[(low)+:(11)];
        blocks$10$write_data = write_data;
        blocks$10$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$10);
        out_q$10$d = blocks$10$read_data;
        if (select2$q == block_index$10) begin
            read_data = out_q$10$q;
        end
    end

endmodule // top$banks$6


module top$banks$6$blocks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$0


module top$banks$6$blocks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$1


module top$banks$6$blocks$10(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$10


module top$banks$6$blocks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$2


module top$banks$6$blocks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$3


module top$banks$6$blocks$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$4


module top$banks$6$blocks$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$5


module top$banks$6$blocks$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$6


module top$banks$6$blocks$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$7


module top$banks$6$blocks$8(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$8


module top$banks$6$blocks$9(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$6$blocks$9


module top$banks$6$out_q$0(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$0


module top$banks$6$out_q$1(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$1


module top$banks$6$out_q$10(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$10


module top$banks$6$out_q$2(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$2


module top$banks$6$out_q$3(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$3


module top$banks$6$out_q$4(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$4


module top$banks$6$out_q$5(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$5


module top$banks$6$out_q$6(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$6


module top$banks$6$out_q$7(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$7


module top$banks$6$out_q$8(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$8


module top$banks$6$out_q$9(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$6$out_q$9


module top$banks$6$select1(d,q,clock);

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

endmodule // top$banks$6$select1


module top$banks$6$select2(d,q,clock);

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

endmodule // top$banks$6$select2


module top$banks$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [8:0] read_data;
    input wire  [14:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Constant declarations
    localparam  block_index$0 = 4'h0;
    localparam  block_index$1 = 4'h1;
    localparam  block_index$2 = 4'h2;
    localparam  block_index$3 = 4'h3;
    localparam  block_index$4 = 4'h4;
    localparam  block_index$5 = 4'h5;
    localparam  block_index$6 = 4'h6;
    localparam  block_index$7 = 4'h7;
    localparam  block_index$8 = 4'h8;
    localparam  block_index$9 = 4'h9;
    localparam  block_index$10 = 4'ha;
    localparam  low = 4'h0;
    localparam  high = 4'hb;

    // Stub signals
    reg  blocks$0$clock;
    reg  [10:0] blocks$0$read_address;
    wire  [8:0] blocks$0$read_data;
    reg  [10:0] blocks$0$write_address;
    reg  [8:0] blocks$0$write_data;
    reg  blocks$0$write_enable;
    reg  blocks$1$clock;
    reg  [10:0] blocks$1$read_address;
    wire  [8:0] blocks$1$read_data;
    reg  [10:0] blocks$1$write_address;
    reg  [8:0] blocks$1$write_data;
    reg  blocks$1$write_enable;
    reg  blocks$2$clock;
    reg  [10:0] blocks$2$read_address;
    wire  [8:0] blocks$2$read_data;
    reg  [10:0] blocks$2$write_address;
    reg  [8:0] blocks$2$write_data;
    reg  blocks$2$write_enable;
    reg  blocks$3$clock;
    reg  [10:0] blocks$3$read_address;
    wire  [8:0] blocks$3$read_data;
    reg  [10:0] blocks$3$write_address;
    reg  [8:0] blocks$3$write_data;
    reg  blocks$3$write_enable;
    reg  blocks$4$clock;
    reg  [10:0] blocks$4$read_address;
    wire  [8:0] blocks$4$read_data;
    reg  [10:0] blocks$4$write_address;
    reg  [8:0] blocks$4$write_data;
    reg  blocks$4$write_enable;
    reg  blocks$5$clock;
    reg  [10:0] blocks$5$read_address;
    wire  [8:0] blocks$5$read_data;
    reg  [10:0] blocks$5$write_address;
    reg  [8:0] blocks$5$write_data;
    reg  blocks$5$write_enable;
    reg  blocks$6$clock;
    reg  [10:0] blocks$6$read_address;
    wire  [8:0] blocks$6$read_data;
    reg  [10:0] blocks$6$write_address;
    reg  [8:0] blocks$6$write_data;
    reg  blocks$6$write_enable;
    reg  blocks$7$clock;
    reg  [10:0] blocks$7$read_address;
    wire  [8:0] blocks$7$read_data;
    reg  [10:0] blocks$7$write_address;
    reg  [8:0] blocks$7$write_data;
    reg  blocks$7$write_enable;
    reg  blocks$8$clock;
    reg  [10:0] blocks$8$read_address;
    wire  [8:0] blocks$8$read_data;
    reg  [10:0] blocks$8$write_address;
    reg  [8:0] blocks$8$write_data;
    reg  blocks$8$write_enable;
    reg  blocks$9$clock;
    reg  [10:0] blocks$9$read_address;
    wire  [8:0] blocks$9$read_data;
    reg  [10:0] blocks$9$write_address;
    reg  [8:0] blocks$9$write_data;
    reg  blocks$9$write_enable;
    reg  blocks$10$clock;
    reg  [10:0] blocks$10$read_address;
    wire  [8:0] blocks$10$read_data;
    reg  [10:0] blocks$10$write_address;
    reg  [8:0] blocks$10$write_data;
    reg  blocks$10$write_enable;
    reg  [8:0] out_q$0$d;
    wire  [8:0] out_q$0$q;
    reg  out_q$0$clock;
    reg  [8:0] out_q$1$d;
    wire  [8:0] out_q$1$q;
    reg  out_q$1$clock;
    reg  [8:0] out_q$2$d;
    wire  [8:0] out_q$2$q;
    reg  out_q$2$clock;
    reg  [8:0] out_q$3$d;
    wire  [8:0] out_q$3$q;
    reg  out_q$3$clock;
    reg  [8:0] out_q$4$d;
    wire  [8:0] out_q$4$q;
    reg  out_q$4$clock;
    reg  [8:0] out_q$5$d;
    wire  [8:0] out_q$5$q;
    reg  out_q$5$clock;
    reg  [8:0] out_q$6$d;
    wire  [8:0] out_q$6$q;
    reg  out_q$6$clock;
    reg  [8:0] out_q$7$d;
    wire  [8:0] out_q$7$q;
    reg  out_q$7$clock;
    reg  [8:0] out_q$8$d;
    wire  [8:0] out_q$8$q;
    reg  out_q$8$clock;
    reg  [8:0] out_q$9$d;
    wire  [8:0] out_q$9$q;
    reg  out_q$9$clock;
    reg  [8:0] out_q$10$d;
    wire  [8:0] out_q$10$q;
    reg  out_q$10$clock;
    reg  [3:0] select1$d;
    wire  [3:0] select1$q;
    reg  select1$clock;
    reg  [3:0] select2$d;
    wire  [3:0] select2$q;
    reg  select2$clock;

    // Sub module instances
    top$banks$7$blocks$0 blocks$0(
        .clock(blocks$0$clock),
        .read_address(blocks$0$read_address),
        .read_data(blocks$0$read_data),
        .write_address(blocks$0$write_address),
        .write_data(blocks$0$write_data),
        .write_enable(blocks$0$write_enable)
    );
    top$banks$7$blocks$1 blocks$1(
        .clock(blocks$1$clock),
        .read_address(blocks$1$read_address),
        .read_data(blocks$1$read_data),
        .write_address(blocks$1$write_address),
        .write_data(blocks$1$write_data),
        .write_enable(blocks$1$write_enable)
    );
    top$banks$7$blocks$2 blocks$2(
        .clock(blocks$2$clock),
        .read_address(blocks$2$read_address),
        .read_data(blocks$2$read_data),
        .write_address(blocks$2$write_address),
        .write_data(blocks$2$write_data),
        .write_enable(blocks$2$write_enable)
    );
    top$banks$7$blocks$3 blocks$3(
        .clock(blocks$3$clock),
        .read_address(blocks$3$read_address),
        .read_data(blocks$3$read_data),
        .write_address(blocks$3$write_address),
        .write_data(blocks$3$write_data),
        .write_enable(blocks$3$write_enable)
    );
    top$banks$7$blocks$4 blocks$4(
        .clock(blocks$4$clock),
        .read_address(blocks$4$read_address),
        .read_data(blocks$4$read_data),
        .write_address(blocks$4$write_address),
        .write_data(blocks$4$write_data),
        .write_enable(blocks$4$write_enable)
    );
    top$banks$7$blocks$5 blocks$5(
        .clock(blocks$5$clock),
        .read_address(blocks$5$read_address),
        .read_data(blocks$5$read_data),
        .write_address(blocks$5$write_address),
        .write_data(blocks$5$write_data),
        .write_enable(blocks$5$write_enable)
    );
    top$banks$7$blocks$6 blocks$6(
        .clock(blocks$6$clock),
        .read_address(blocks$6$read_address),
        .read_data(blocks$6$read_data),
        .write_address(blocks$6$write_address),
        .write_data(blocks$6$write_data),
        .write_enable(blocks$6$write_enable)
    );
    top$banks$7$blocks$7 blocks$7(
        .clock(blocks$7$clock),
        .read_address(blocks$7$read_address),
        .read_data(blocks$7$read_data),
        .write_address(blocks$7$write_address),
        .write_data(blocks$7$write_data),
        .write_enable(blocks$7$write_enable)
    );
    top$banks$7$blocks$8 blocks$8(
        .clock(blocks$8$clock),
        .read_address(blocks$8$read_address),
        .read_data(blocks$8$read_data),
        .write_address(blocks$8$write_address),
        .write_data(blocks$8$write_data),
        .write_enable(blocks$8$write_enable)
    );
    top$banks$7$blocks$9 blocks$9(
        .clock(blocks$9$clock),
        .read_address(blocks$9$read_address),
        .read_data(blocks$9$read_data),
        .write_address(blocks$9$write_address),
        .write_data(blocks$9$write_data),
        .write_enable(blocks$9$write_enable)
    );
    top$banks$7$blocks$10 blocks$10(
        .clock(blocks$10$clock),
        .read_address(blocks$10$read_address),
        .read_data(blocks$10$read_data),
        .write_address(blocks$10$write_address),
        .write_data(blocks$10$write_data),
        .write_enable(blocks$10$write_enable)
    );
    top$banks$7$out_q$0 out_q$0(
        .d(out_q$0$d),
        .q(out_q$0$q),
        .clock(out_q$0$clock)
    );
    top$banks$7$out_q$1 out_q$1(
        .d(out_q$1$d),
        .q(out_q$1$q),
        .clock(out_q$1$clock)
    );
    top$banks$7$out_q$2 out_q$2(
        .d(out_q$2$d),
        .q(out_q$2$q),
        .clock(out_q$2$clock)
    );
    top$banks$7$out_q$3 out_q$3(
        .d(out_q$3$d),
        .q(out_q$3$q),
        .clock(out_q$3$clock)
    );
    top$banks$7$out_q$4 out_q$4(
        .d(out_q$4$d),
        .q(out_q$4$q),
        .clock(out_q$4$clock)
    );
    top$banks$7$out_q$5 out_q$5(
        .d(out_q$5$d),
        .q(out_q$5$q),
        .clock(out_q$5$clock)
    );
    top$banks$7$out_q$6 out_q$6(
        .d(out_q$6$d),
        .q(out_q$6$q),
        .clock(out_q$6$clock)
    );
    top$banks$7$out_q$7 out_q$7(
        .d(out_q$7$d),
        .q(out_q$7$q),
        .clock(out_q$7$clock)
    );
    top$banks$7$out_q$8 out_q$8(
        .d(out_q$8$d),
        .q(out_q$8$q),
        .clock(out_q$8$clock)
    );
    top$banks$7$out_q$9 out_q$9(
        .d(out_q$9$d),
        .q(out_q$9$q),
        .clock(out_q$9$clock)
    );
    top$banks$7$out_q$10 out_q$10(
        .d(out_q$10$d),
        .q(out_q$10$q),
        .clock(out_q$10$clock)
    );
    top$banks$7$select1 select1(
        .d(select1$d),
        .q(select1$q),
        .clock(select1$clock)
    );
    top$banks$7$select2 select2(
        .d(select2$d),
        .q(select2$q),
        .clock(select2$clock)
    );

    // Update code
    always @(*) begin
        select1$clock = clock;
        select2$clock = clock;
        select1$d = select1$q;
        select2$d = select2$q;
        select1$d = read_address[(high)+:(4)];
        select2$d = select1$q;
        read_data = out_q$0$q;
        blocks$0$clock = clock;
        out_q$0$clock = clock;
        blocks$0$read_address = read_address[(low)+:(11)];
        blocks$0$write_address = write_address[(low)+:(11)];
        blocks$0$write_data = write_data;
        blocks$0$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$0);
        out_q$0$d = blocks$0$read_data;
        if (select2$q == block_index$0) begin
            read_data = out_q$0$q;
        end
        blocks$1$clock = clock;
        out_q$1$clock = clock;
        blocks$1$read_address = read_address[(low)+:(11)];
        blocks$1$write_address = write_address[(low)+:(11)];
        blocks$1$write_data = write_data;
        blocks$1$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$1);
        out_q$1$d = blocks$1$read_data;
        if (select2$q == block_index$1) begin
            read_data = out_q$1$q;
        end
        blocks$2$clock = clock;
        out_q$2$clock = clock;
        blocks$2$read_address = read_address[(low)+:(11)];
        blocks$2$write_address = write_address[(low)+:(11)];
        blocks$2$write_data = write_data;
        blocks$2$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$2);
        out_q$2$d = blocks$2$read_data;
        if (select2$q == block_index$2) begin
            read_data = out_q$2$q;
        end
        blocks$3$clock = clock;
        out_q$3$clock = clock;
        blocks$3$read_address = read_address[(low)+:(11)];
        blocks$3$write_address = write_address[(low)+:(11)];
        blocks$3$write_data = write_data;
        blocks$3$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$3);
        out_q$3$d = blocks$3$read_data;
        if (select2$q == block_index$3) begin
            read_data = out_q$3$q;
        end
        blocks$4$clock = clock;
        out_q$4$clock = clock;
        blocks$4$read_address = read_address[(low)+:(11)];
        blocks$4$write_address = write_address[(low)+:(11)];
        blocks$4$write_data = write_data;
        blocks$4$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$4);
        out_q$4$d = blocks$4$read_data;
        if (select2$q == block_index$4) begin
            read_data = out_q$4$q;
        end
        blocks$5$clock = clock;
        out_q$5$clock = clock;
        blocks$5$read_address = read_address[(low)+:(11)];
        blocks$5$write_address = write_address[(low)+:(11)];
        blocks$5$write_data = write_data;
        blocks$5$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$5);
        out_q$5$d = blocks$5$read_data;
        if (select2$q == block_index$5) begin
            read_data = out_q$5$q;
        end
        blocks$6$clock = clock;
        out_q$6$clock = clock;
        blocks$6$read_address = read_address[(low)+:(11)];
        blocks$6$write_address = write_address[(low)+:(11)];
        blocks$6$write_data = write_data;
        blocks$6$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$6);
        out_q$6$d = blocks$6$read_data;
        if (select2$q == block_index$6) begin
            read_data = out_q$6$q;
        end
        blocks$7$clock = clock;
        out_q$7$clock = clock;
        blocks$7$read_address = read_address[(low)+:(11)];
        blocks$7$write_address = write_address[(low)+:(11)];
        blocks$7$write_data = write_data;
        blocks$7$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$7);
        out_q$7$d = blocks$7$read_data;
        if (select2$q == block_index$7) begin
            read_data = out_q$7$q;
        end
        blocks$8$clock = clock;
        out_q$8$clock = clock;
        blocks$8$read_address = read_address[(low)+:(11)];
        blocks$8$write_address = write_address[(low)+:(11)];
        blocks$8$write_data = write_data;
        blocks$8$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$8);
        out_q$8$d = blocks$8$read_data;
        if (select2$q == block_index$8) begin
            read_data = out_q$8$q;
        end
        blocks$9$clock = clock;
        out_q$9$clock = clock;
        blocks$9$read_address = read_address[(low)+:(11)];
        blocks$9$write_address = write_address[(low)+:(11)];
        blocks$9$write_data = write_data;
        blocks$9$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$9);
        out_q$9$d = blocks$9$read_data;
        if (select2$q == block_index$9) begin
            read_data = out_q$9$q;
        end
        blocks$10$clock = clock;
        out_q$10$clock = clock;
        blocks$10$read_address = read_address[(low)+:(11)];
        blocks$10$write_address = write_address[(low)+:(11)];
        blocks$10$write_data = write_data;
        blocks$10$write_enable = write_enable & (write_address[(high)+:(4)] == block_index$10);
        out_q$10$d = blocks$10$read_data;
        if (select2$q == block_index$10) begin
            read_data = out_q$10$q;
        end
    end

endmodule // top$banks$7


module top$banks$7$blocks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$0


module top$banks$7$blocks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$1


module top$banks$7$blocks$10(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$10


module top$banks$7$blocks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$2


module top$banks$7$blocks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$3


module top$banks$7$blocks$4(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$4


module top$banks$7$blocks$5(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$5


module top$banks$7$blocks$6(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$6


module top$banks$7$blocks$7(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$7


module top$banks$7$blocks$8(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$8


module top$banks$7$blocks$9(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [8:0] read_data;
    input wire  [10:0] write_address;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [8:0] mem [0:2047];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$7$blocks$9


module top$banks$7$out_q$0(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$0


module top$banks$7$out_q$1(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$1


module top$banks$7$out_q$10(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$10


module top$banks$7$out_q$2(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$2


module top$banks$7$out_q$3(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$3


module top$banks$7$out_q$4(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$4


module top$banks$7$out_q$5(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$5


module top$banks$7$out_q$6(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$6


module top$banks$7$out_q$7(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$7


module top$banks$7$out_q$8(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$8


module top$banks$7$out_q$9(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // top$banks$7$out_q$9


module top$banks$7$select1(d,q,clock);

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

endmodule // top$banks$7$select1


module top$banks$7$select2(d,q,clock);

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

endmodule // top$banks$7$select2


module top$base_r(d,q,clock);

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

endmodule // top$base_r


module top$block_r(d,q,clock);

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

endmodule // top$block_r


module top$k_r(d,q,clock);

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

endmodule // top$k_r


module top$rot_a(d,q,clock);

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

endmodule // top$rot_a


module top$rot_q(d,q,clock);

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

endmodule // top$rot_q


module top$rot_r(d,q,clock);

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

endmodule // top$rot_r


module top$source_wide(narrow,wide);

    // Module arguments
    input wire  [7:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{7{1'b0}}, narrow};
endmodule // top$source_wide


module top$step_wide(narrow,wide);

    // Module arguments
    input wire  [3:0] narrow;
    output reg  [14:0] wide;

    // Update code (custom)
    always @(*) wide = {{11{1'b0}}, narrow};
endmodule // top$step_wide
