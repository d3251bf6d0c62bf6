// A synthesis harness for the plane array alone (`make measure-plane-array`): it gives the array
// live inputs and outputs through a handful of pins so that Yosys keeps every PE and nextpnr can
// place and time it. Weights and planes enter through shift registers, a counter walks the taps
// and the restarts, and each column's sums are folded to one pin by a two-stage registered XOR
// tree (per row, then per column), short enough not to be the critical path. None of this is part
// of the chip; its cost is reported beside the array's (Yosys `stat` per module).
`default_nettype none

module plane_array_bench #(
    parameter integer COLUMNS = 8,
    parameter integer ROWS = 14,
    parameter integer RING = 15,
    parameter integer ACC = 19,
    parameter integer WB = 9,
    parameter integer ECP5_CARRY = 1
) (
    input  wire               clk,
    input  wire               weight_bit,
    input  wire               plane_bit,
    output reg  [COLUMNS-1:0] fold
);
    reg [COLUMNS*WB-1:0] weights;
    reg [ROWS*RING-1:0] plane;
    reg [9:0] count;
    wire [COLUMNS*ROWS*ACC-1:0] sum;

    always @(posedge clk) begin
        weights <= {weights[COLUMNS*WB-2:0], weight_bit};
        plane <= {plane[ROWS*RING-2:0], plane_bit};
        count <= count + 10'd1;
    end

    plane_array #(.COLUMNS(COLUMNS), .ROWS(ROWS), .RING(RING), .ACC(ACC), .WB(WB), .ECP5_CARRY(ECP5_CARRY)) array (
        .clk(clk),
        .weight(weights),
        .tap(count[3:0]),
        .plane_load(count[3:0] == 4'd8),
        .plane_in(plane),
        .restart(count == 10'd599),
        .sum(sum)
    );

    reg [COLUMNS*ROWS-1:0] row_fold;
    genvar d, r;
    generate
        for (d = 0; d < COLUMNS; d = d + 1) begin : column
            for (r = 0; r < ROWS; r = r + 1) begin : row
                always @(posedge clk) row_fold[d*ROWS + r] <= ^sum[(d*ROWS + r)*ACC +: ACC];
            end
            always @(posedge clk) fold[d] <= ^row_fold[d*ROWS +: ROWS];
        end
    endgenerate
endmodule

`default_nettype wire
