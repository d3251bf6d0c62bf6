// clamp_memory.v: generated from hdl/src/chip/clamp_memory.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/clamp_memory.v

module top(clock,wr_en,wr_region,wr_group,wr_pos,wr_mask,wr_data$0,wr_data$1,wr_data$2,wr_data$3,rd_region,rd_group,rd_pos,rd_data$0,rd_data$1,rd_data$2,rd_data$3);

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
    top$banks$0 banks$0(
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
    top$banks$1 banks$1(
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
    top$banks$2 banks$2(
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
    top$banks$3 banks$3(
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

endmodule // top


module top$banks$0(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

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
endmodule // top$banks$0


module top$banks$1(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

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
endmodule // top$banks$1


module top$banks$2(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

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
endmodule // top$banks$2


module top$banks$3(clock,read_region,read_group,read_pos,read_data,write_region,write_group,write_pos,write_data,write_enable);

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
endmodule // top$banks$3
