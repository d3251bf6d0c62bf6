// coupling_memory.v: generated from hdl/src/chip/coupling_memory.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/coupling_memory.v

module top(clock,wr_en,wr_bank,wr_addr,wr_data,rd_addr,rd_data$0,rd_data$1,rd_data$2,rd_data$3);

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

endmodule // top


module top$banks$0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    output reg  [15:0] read_data;
    input wire  [12:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:7133];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$0


module top$banks$1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    output reg  [15:0] read_data;
    input wire  [12:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:7133];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$1


module top$banks$2(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    output reg  [15:0] read_data;
    input wire  [12:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:7133];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$2


module top$banks$3(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [12:0] read_address;
    output reg  [15:0] read_data;
    input wire  [12:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:7133];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$banks$3
