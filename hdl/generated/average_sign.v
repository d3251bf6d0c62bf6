// average_sign.v: generated from hdl/src/chip/average_sign.rs by `make verilog`
// (cargo run --release -p thermoblock-hdl --bin generate_verilog). Do not edit: edit the Rust and regenerate.
// Root module: `top`. Lint: verilator --lint-only -Wall hdl/lint/verilator.vlt hdl/generated/average_sign.v

module top(clock,clear,acc_en,addr,spin,init,rd_addr,busy,rd_sum,rd_sign);

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
    localparam  last_address = 15'b101111111111111;
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
    top$sums sums(
        .clock(sums$clock),
        .read_address(sums$read_address),
        .read_data(sums$read_data),
        .write_address(sums$write_address),
        .write_data(sums$write_data),
        .write_enable(sums$write_enable)
    );
    top$busy_reg busy_reg(
        .d(busy_reg$d),
        .q(busy_reg$q),
        .clock(busy_reg$clock)
    );
    top$clear_ptr clear_ptr(
        .d(clear_ptr$d),
        .q(clear_ptr$q),
        .clock(clear_ptr$clock)
    );
    top$acc_valid acc_valid(
        .d(acc_valid$d),
        .q(acc_valid$q),
        .clock(acc_valid$clock)
    );
    top$read_addr read_addr(
        .d(read_addr$d),
        .q(read_addr$q),
        .clock(read_addr$clock)
    );
    top$acc_spin acc_spin(
        .d(acc_spin$d),
        .q(acc_spin$q),
        .clock(acc_spin$clock)
    );
    top$acc_init acc_init(
        .d(acc_init$d),
        .q(acc_init$q),
        .clock(acc_init$clock)
    );
    top$written_valid written_valid(
        .d(written_valid$d),
        .q(written_valid$q),
        .clock(written_valid$clock)
    );
    top$written_addr written_addr(
        .d(written_addr$d),
        .q(written_addr$q),
        .clock(written_addr$clock)
    );
    top$written_sum written_sum(
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

endmodule // top


module top$acc_init(d,q,clock);

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

endmodule // top$acc_init


module top$acc_spin(d,q,clock);

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

endmodule // top$acc_spin


module top$acc_valid(d,q,clock);

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

endmodule // top$acc_valid


module top$busy_reg(d,q,clock);

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

endmodule // top$busy_reg


module top$clear_ptr(d,q,clock);

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

endmodule // top$clear_ptr


module top$read_addr(d,q,clock);

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

endmodule // top$read_addr


module top$sums(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [14:0] read_address;
    output reg  [16:0] read_data;
    input wire  [14:0] write_address;
    input wire  [16:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *) reg [16:0] mem [0:24575];

    always @(posedge clock) begin
       read_data <= mem[read_address];
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // top$sums


module top$written_addr(d,q,clock);

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

endmodule // top$written_addr


module top$written_sum(d,q,clock);

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

endmodule // top$written_sum


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
