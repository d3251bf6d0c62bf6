// The ULX3S's top level around the `ecp5-85f` board (module `top` of `board_ulx3s.v`, which
// `make synth` writes): its 25 MHz oscillator through the PLL to the board clock, the FT231X as the
// UART and two LEDs. `pll` is generated at build time by `ecppll` for the board's clock.
//
// The design has no reset: every register powers up idle from the bitstream. Until the PLL locks,
// the UART input is held idle (high) and the output too, so no state changes while the clock settles.
`default_nettype none
module ulx3s (
    input  wire       clk_25mhz,
    input  wire       ftdi_txd,
    output wire       ftdi_rxd,
    output wire [1:0] led,
    output wire       wifi_gpio0
);
    wire clock, locked, tx, busy, error;
    pll pll (.clkin(clk_25mhz), .clkout0(clock), .locked(locked));
    top board (.clock(clock), .uart_rx(ftdi_txd | ~locked), .uart_tx(tx), .led_busy(busy), .led_error(error));
    assign ftdi_rxd = tx | ~locked;
    assign led = {error, busy};
    assign wifi_gpio0 = 1'b1;
endmodule
