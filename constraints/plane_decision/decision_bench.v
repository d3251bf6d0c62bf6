// A synthesis harness for one plane-engine decision unit alone (`make measure-plane-decision`):
// its 158 input bits enter through a shift register, its outputs (spin, valid, start spin, the
// debug field, sum and generator state) are folded to one pin by a registered XOR tree. None of
// this is part of the chip; it only gives the unit live inputs and outputs through three pins so
// that Yosys keeps it and nextpnr can place and time it.
`default_nettype none

module decision_bench (
    input  wire clk,
    input  wire din,
    output reg  fold
);
    localparam integer IN_BITS = 1 + 64 + 1 + 1 + 19 + 19 + 16 + 16 + 5 + 16;
    reg [IN_BITS-1:0] chain;
    always @(posedge clk) chain <= {chain[IN_BITS-2:0], din};

    wire signed [18:0] acc;
    wire signed [15:0] field;
    wire [63:0] state;
    wire spin, spin_valid, start_spin;
    top unit (
        .clock(clk),
        .load(chain[157]),
        .seed(chain[156:93]),
        .decide(chain[92]),
        .doubled(chain[91]),
        .a(chain[90:72]),
        .b(chain[71:53]),
        .pre(chain[52:37]),
        .delta_code(chain[36:21]),
        .shift_amount(chain[20:16]),
        .offset(chain[15:0]),
        .acc(acc),
        .field(field),
        .state(state),
        .spin(spin),
        .spin_valid(spin_valid),
        .start_spin(start_spin)
    );

    reg [3:0] part;
    always @(posedge clk) begin
        part <= {^acc, ^field, ^state, spin ^ spin_valid ^ start_spin};
        fold <= ^part;
    end
endmodule

`default_nettype wire
