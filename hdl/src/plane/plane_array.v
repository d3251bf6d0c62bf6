// plane_array: the plane-parallel, weight-broadcast coupling array of the plane engine.
//
// A hand-written leaf (one generate loop instead of one rust-hdl module per PE). Its software twin
// is `thermoblock_hdl::plane::array::PlaneArrayTwin`; the tests replay random stimulus through
// this file in Verilator and compare every output bit, every cycle. docs/ARCHITECTURE.md
// ("The plane engine") describes the design it belongs to.
//
// Geometry: COLUMNS destination-channel columns x ROWS grid rows x a ring of RING positions
// (the grid's width plus one zero pad, so the 3x3 neighbours of the row's ends read 0).
// PE (d, r, i) holds one accumulator. Every cycle each accumulator moves one step along its ring,
// towards position 0, and adds on the way:
//
//   acc[d][r][i] <= acc[d][r][i+1]                     + (sel[r][i] ? w[d] : 0)   (i < RING-1)
//   acc[d][r][RING-1] <= (restart ? 0 : acc[d][r][0])  + (sel[r][RING-1] ? w[d] : 0)
//
// so a sum travels the ring and collects one broadcast weight a cycle, and leaves (or wraps) at
// position 0; no multiplexer drains it. The source plane rotates in step with the sums, so the
// spin a PE reads belongs to the position of the sum it holds. In 0/1 spin form (bit 1 = +1)
// a sum is A = sum of w over the +1 spins; the field is 2A - B with B the sum of the valid
// weights, exact in integers.
//
// Ports (all registered inside; latency counted in rising edges):
//   weight     in  COLUMNS*WB  column d's weight at bits d*WB +: WB, two's complement;
//                              added 3 edges after it is presented (two fan-out register stages)
//   tap        in  4           (dy+1)*3 + (dx+1) of the weight's 3x3 tap, 0..8 (9..15 select no
//                              spin); applied with its weight
//   plane_load in  1           the plane register takes plane_in at the next edge (else it rotates:
//                              plane[r][i] <= plane[r][(i+1) mod RING])
//   plane_in   in  ROWS*RING   spin (r, i) at bit r*RING + i, 1 = +1, 0 = -1 or pad
//   restart    in  1           with its weight: the sums at position 0 are complete, position
//                              RING-1 starts from 0
//   sum        out COLUMNS*ROWS*ACC  acc[d][r][0] at bits (d*ROWS + r)*ACC +: ACC
//
// Neighbour of PE (r, i) for tap (dy, dx): plane[r+dy][(i+dx) mod RING], 0 for rows outside
// 0..ROWS-1. The tap selection is computed once per position and shared by every column.
// Each PE is a `plane_pe` (below); with ECP5_CARRY its adder is 10 CCU2C cells and no LUT4.
`default_nettype none

module plane_array #(
    parameter integer COLUMNS = 8,
    parameter integer ROWS = 14,
    parameter integer RING = 15,
    parameter integer ACC = 19,
    parameter integer WB = 9,
    // 1: build each PE's adder from ECP5 CCU2C carry cells with the spin's AND folded into the
    // cell's LUT (sum = acc ^ (w & s) ^ carry, INIT 0x6A6A): 10 CCU2C and no LUT4 per 19-bit PE,
    // where Yosys' inferred adder needs a LUT4 per bit more for the AND. 0: portable RTL.
    parameter integer ECP5_CARRY = 0
) (
    input  wire                         clk,
    input  wire [COLUMNS*WB-1:0]        weight,
    input  wire [3:0]                   tap,
    input  wire                         plane_load,
    input  wire [ROWS*RING-1:0]         plane_in,
    input  wire                         restart,
    output wire [COLUMNS*ROWS*ACC-1:0]  sum
);
    // Stage 1: one register per column (weight), one for the tap and the restart.
    reg [COLUMNS*WB-1:0] w1;
    reg [3:0] tap1;
    reg restart1;
    // Stage 2: the weight copied once per row (fan-out RING PEs each; identical registers, which
    // Yosys merges unless kept apart), the selected spins.
    reg [COLUMNS*ROWS*WB-1:0] w2;
    reg [ROWS*RING-1:0] sel;
    reg [ROWS-1:0] restart2;
    // The rotating plane register and the accumulators.
    reg [ROWS*RING-1:0] plane;
    wire [COLUMNS*ROWS*RING*ACC-1:0] acc;

    always @(posedge clk) begin
        w1 <= weight;
        tap1 <= tap;
        restart1 <= restart;
        restart2 <= {ROWS{restart1}};
    end

    genvar d, r, i;
    generate
        for (r = 0; r < ROWS; r = r + 1) begin : row
            for (i = 0; i < RING; i = i + 1) begin : position
                // The 3x3 neighbourhood of (r, i) in the rotating plane, 0 beyond the array's rows.
                wire up_l   = (r > 0)        ? plane[(r-1)*RING + (i+RING-1)%RING] : 1'b0;
                wire up_c   = (r > 0)        ? plane[(r-1)*RING + i]               : 1'b0;
                wire up_r   = (r > 0)        ? plane[(r-1)*RING + (i+1)%RING]      : 1'b0;
                wire mid_l  =                  plane[r*RING + (i+RING-1)%RING];
                wire mid_c  =                  plane[r*RING + i];
                wire mid_r  =                  plane[r*RING + (i+1)%RING];
                wire down_l = (r < ROWS-1)   ? plane[(r+1)*RING + (i+RING-1)%RING] : 1'b0;
                wire down_c = (r < ROWS-1)   ? plane[(r+1)*RING + i]               : 1'b0;
                wire down_r = (r < ROWS-1)   ? plane[(r+1)*RING + (i+1)%RING]      : 1'b0;
                wire [15:0] hood = {7'b0, down_r, down_c, down_l, mid_r, mid_c, mid_l, up_r, up_c, up_l};
                always @(posedge clk) begin
                    plane[r*RING + i] <= plane_load ? plane_in[r*RING + i] : plane[r*RING + (i+1)%RING];
                    sel[r*RING + i] <= hood[tap1];
                end
            end
        end
        for (d = 0; d < COLUMNS; d = d + 1) begin : column
            for (r = 0; r < ROWS; r = r + 1) begin : row
                wire [WB-1:0] w = w2[(d*ROWS + r)*WB +: WB];
                always @(posedge clk) w2[(d*ROWS + r)*WB +: WB] <= w1[d*WB +: WB];
                for (i = 0; i < RING; i = i + 1) begin : pe
                    plane_pe #(.ACC(ACC), .WB(WB), .WRAP(i == RING-1 ? 1 : 0), .ECP5_CARRY(ECP5_CARRY)) pe (
                        .clk(clk),
                        .carried(acc[((d*ROWS + r)*RING + (i+1)%RING)*ACC +: ACC]),
                        .restart(restart2[r]),
                        .spin(sel[r*RING + i]),
                        .w(w),
                        .acc(acc[((d*ROWS + r)*RING + i)*ACC +: ACC])
                    );
                end
                assign sum[(d*ROWS + r)*ACC +: ACC] = acc[((d*ROWS + r)*RING)*ACC +: ACC];
            end
        end
    endgenerate
endmodule

// Waived: the PE is the array's private submodule and lives in the array's file.
/* verilator lint_off DECLFILENAME */
// One PE: acc <= carried + (spin ? w : 0), sign-extending the WB-bit weight; with WRAP, the
// carried operand is 0 when restart is high (the ring's cut at position RING-1).
module plane_pe #(
    parameter integer ACC = 19,
    parameter integer WB = 9,
    parameter integer WRAP = 0,
    parameter integer ECP5_CARRY = 0
) (
    input  wire           clk,
    input  wire [ACC-1:0] carried,
    // Waived: only the wrap PE (WRAP = 1) reads restart; every PE has the port so one loop wires all.
    /* verilator lint_off UNUSEDSIGNAL */
    input  wire           restart,
    /* verilator lint_on UNUSEDSIGNAL */
    input  wire           spin,
    input  wire [WB-1:0]  w,
    output reg  [ACC-1:0] acc
);
    /* verilator lint_on DECLFILENAME */
    wire [ACC-1:0] addend = {{(ACC-WB){w[WB-1]}}, w};
    generate
        if (ECP5_CARRY != 0 && WRAP == 0) begin : cells
            // Waived: the last cell's carry out and, for an odd ACC, its upper sum bit exist in
            // the cell but the ACC-bit sum does not use them.
            localparam integer PAIRS = (ACC + 1) / 2;
            /* verilator lint_off UNUSEDSIGNAL */
            wire [PAIRS:0] carry;
            wire [2*PAIRS-1:0] s;
            /* verilator lint_on UNUSEDSIGNAL */
            wire [2*PAIRS-1:0] a = {{(2*PAIRS-ACC){1'b0}}, carried};
            wire [2*PAIRS-1:0] b = {{(2*PAIRS-ACC){1'b0}}, addend};
            assign carry[0] = 1'b0;
            genvar k;
            for (k = 0; k < PAIRS; k = k + 1) begin : pair
                CCU2C #(.INIT0(16'h6A6A), .INIT1(16'h6A6A), .INJECT1_0("NO"), .INJECT1_1("NO")) ccu2c (
                    .CIN(carry[k]),
                    .A0(a[2*k]), .B0(b[2*k]), .C0(spin), .D0(1'b0),
                    .A1(a[2*k+1]), .B1(b[2*k+1]), .C1(spin), .D1(1'b0),
                    .S0(s[2*k]), .S1(s[2*k+1]), .COUT(carry[k+1])
                );
            end
            always @(posedge clk) acc <= s[ACC-1:0];
        end else begin : inferred
            // The wrap PE keeps the inferred adder: its restart gates the carried operand, which
            // the cell's carry generate (a LUT2 of A and B) cannot see.
            wire [ACC-1:0] a = (WRAP != 0 && restart) ? {ACC{1'b0}} : carried;
            always @(posedge clk) acc <= a + (spin ? addend : {ACC{1'b0}});
        end
    endgenerate
endmodule

`default_nettype wire
