// spin_memory.v: generated from hdl/src/chip/spin_memory.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/spin_memory.v

module top(clock,rd_channel,rd_pos,rd_spin,wr_en,wr_pos,wr_group,wr_mask,wr_spins,host_wr_en,host_rd_en,host_addr,host_data,host_rd_data);

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
    top$words words(
        .clock(words$clock),
        .read_group(words$read_group),
        .read_pos(words$read_pos),
        .read_data(words$read_data),
        .write_group(words$write_group),
        .write_pos(words$write_pos),
        .write_data(words$write_data),
        .write_enable(words$write_enable)
    );
    top$read_group_q read_group_q(
        .d(read_group_q$d),
        .q(read_group_q$q),
        .clock(read_group_q$clock)
    );
    top$read_pos_q read_pos_q(
        .d(read_pos_q$d),
        .q(read_pos_q$q),
        .clock(read_pos_q$clock)
    );
    top$lane_q lane_q(
        .d(lane_q$d),
        .q(lane_q$q),
        .clock(lane_q$clock)
    );
    top$pend_valid pend_valid(
        .d(pend_valid$d),
        .q(pend_valid$q),
        .clock(pend_valid$clock)
    );
    top$pend_group pend_group(
        .d(pend_group$d),
        .q(pend_group$q),
        .clock(pend_group$clock)
    );
    top$pend_pos pend_pos(
        .d(pend_pos$d),
        .q(pend_pos$q),
        .clock(pend_pos$clock)
    );
    top$pend_mask pend_mask(
        .d(pend_mask$d),
        .q(pend_mask$q),
        .clock(pend_mask$clock)
    );
    top$pend_data pend_data(
        .d(pend_data$d),
        .q(pend_data$q),
        .clock(pend_data$clock)
    );
    top$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$written_group written_group(
        .d(written_group$d),
        .q(written_group$q),
        .clock(written_group$clock)
    );
    top$written_pos written_pos(
        .d(written_pos$d),
        .q(written_pos$q),
        .clock(written_pos$clock)
    );
    top$written_word written_word(
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

endmodule // top


module top$lane_q(d,q,clock);

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

endmodule // top$lane_q


module top$pend_data(d,q,clock);

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

endmodule // top$pend_data


module top$pend_group(d,q,clock);

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

endmodule // top$pend_group


module top$pend_mask(d,q,clock);

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

endmodule // top$pend_mask


module top$pend_pos(d,q,clock);

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

endmodule // top$pend_pos


module top$pend_valid(d,q,clock);

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

endmodule // top$pend_valid


module top$read_group_q(d,q,clock);

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

endmodule // top$read_group_q


module top$read_pos_q(d,q,clock);

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

endmodule // top$read_pos_q


module top$words(clock,read_group,read_pos,read_data,write_group,write_pos,write_data,write_enable);

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
endmodule // top$words


module top$written_group(d,q,clock);

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

endmodule // top$written_group


module top$written_pos(d,q,clock);

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

endmodule // top$written_pos


module top$written_valid(d,q,clock);

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

endmodule // top$written_valid


module top$written_word(d,q,clock);

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

endmodule // top$written_word
