// The iCEBreaker's top level around the `ice40` board (module `top` of `board_icebreaker.v`, which
// `make synth` writes): its 12 MHz oscillator through the PLL to the board clock, the FTDI's second
// channel as the UART and the two user LEDs. `pll` is generated at build time by `icepll` for the
// board's clock.
//
// The design has no reset: every register powers up idle from the bitstream. Until the PLL locks,
// the UART input is held idle (high) and the output too, so no state changes while the clock settles.
`default_nettype none
module icebreaker (
    input  wire CLK,
    input  wire RX,
    output wire TX,
    output wire LEDR_N,
    output wire LEDG_N
);
    wire clock, locked, tx, busy, error;
    pll pll (.clock_in(CLK), .clock_out(clock), .locked(locked));
    top board (.clock(clock), .uart_rx(RX | ~locked), .uart_tx(tx), .led_busy(busy), .led_error(error));
    assign TX = tx | ~locked;
    assign LEDR_N = ~error;
    assign LEDG_N = ~busy;
endmodule
