//! # FPGA boards: what `make synth BOARD=…` builds
//!
//! Each board is a [`Board`](crate::boards::board::Board) top for one chip configuration, clocked by a
//! PLL from the board's oscillator, with the UART divisor and idle timeout that clock needs for the
//! line's [`BOARD_BAUD`]. The board's own top level (`constraints/<board>/<board>.v`: PLL, pins,
//! LEDs) wraps the Verilog [`board_verilog`] writes at build time (`generate_verilog --fpga-board`),
//! so the divisor baked into a bitstream is derived here, from the clock, never typed twice.
//!
//! | board | device | chip | oscillator | board clock | UART |
//! |---|---|---|---|---|---|
//! | `icebreaker` | iCE40 UP5K (SG48) | `ice40-up5k` | 12 MHz | 24 MHz | 3 Mbaud, 8 clocks a bit |
//! | `ulx3s` | ECP5-85F (CABGA381) | `ecp5-85f` | 25 MHz | 50 MHz | 2 Mbaud, 25 clocks a bit |
//!
//! The virtual boards (`board_ice40.v`, `board_ecp5.v`, `thermoblock board --backend rtl`) run at
//! 48 MHz and 3 Mbaud. The iCEBreaker holds the `ice40-up5k` configuration (the `ice40` chip on one
//! lane, its coupling bank in SPRAM: four lanes need 9,218 LUTs and 65 block RAMs, the UP5K has
//! 5,280 and 30) and runs at 24 MHz, the target (post-route Fmax 26.45 MHz; the slowest
//! paths are the sweep controller's into the spin memories' and the coupling bank's read addresses).
//! The ULX3S build closes timing at 50.9 MHz (a coupling bank's block RAM output into a lane's
//! accumulator), so it runs at 50 MHz (25 MHz · 2 from its PLL); 3 Mbaud has no whole divisor there,
//! so its UART runs at 2 Mbaud (the FT231X's next rate, `uart:/dev/ttyUSB0@2000000`). The ULX3S
//! holds the `ecp5-85f` configuration: the `ecp5` chip's memories need 390 block RAMs, the 85F has
//! 208 (`thermoblock_contract::config::ECP5_85F`). docs/FPGA.md has the figures.

use thermoblock_contract::config::{ChipConfig, ECP5_85F, ICE40_UP5K};
pub use thermoblock_contract::uart::BOARD_BAUD;

use crate::boards::board::{BoardEcp5_85F, BoardIce40Up5k};
use crate::flow::verilog::{on_big_stack, verilog_body};

/// The FPGA family, which picks the toolchain (docs: `make synth`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Debian's Yosys, nextpnr-ice40 and IceStorm (`icepll`, `icepack`).
    Ice40,
    /// Yosys and nextpnr-ecp5 from PyPI's YoWASP builds (`ecppll`, `ecppack`), pinned in
    /// `constraints/requirements-fpga.txt`.
    Ecp5,
}

impl Family {
    /// The name the Makefile and the manifests use.
    pub fn name(self) -> &'static str {
        match self {
            Family::Ice40 => "ice40",
            Family::Ecp5 => "ecp5",
        }
    }
}

/// One FPGA board.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FpgaBoard {
    /// `BOARD=` name; `constraints/<name>/` holds its pins and top level, `bitstreams/<name>/` its build.
    pub name: &'static str,
    pub chip: ChipConfig,
    pub family: Family,
    /// The FPGA's part number.
    pub part: &'static str,
    /// nextpnr's device (`--up5k`, `--85k`) and package.
    pub device: &'static str,
    pub package: &'static str,
    pub oscillator_hz: u64,
    /// The board clock the PLL makes from the oscillator: the timing target.
    pub clock_hz: u64,
    /// The UART's rate (the host opens `uart:PATH@BAUD` with it).
    pub baud: u64,
}

pub const ICEBREAKER: FpgaBoard = FpgaBoard {
    name: "icebreaker",
    chip: ICE40_UP5K,
    family: Family::Ice40,
    part: "iCE40UP5K-SG48",
    device: "up5k",
    package: "sg48",
    oscillator_hz: 12_000_000,
    clock_hz: 24_000_000,
    baud: BOARD_BAUD,
};

pub const ULX3S: FpgaBoard = FpgaBoard {
    name: "ulx3s",
    chip: ECP5_85F,
    family: Family::Ecp5,
    part: "LFE5U-85F-6BG381C",
    device: "85k",
    package: "CABGA381",
    oscillator_hz: 25_000_000,
    clock_hz: 50_000_000,
    baud: 2_000_000,
};

/// Every board `make synth` knows.
pub const BOARDS: [FpgaBoard; 2] = [ICEBREAKER, ULX3S];

/// The board called `name`, or an error listing the known ones.
pub fn board(name: &str) -> Result<FpgaBoard, String> {
    BOARDS.iter().copied().find(|b| b.name == name).ok_or_else(|| {
        let known: Vec<_> = BOARDS.iter().map(|b| b.name).collect();
        format!("unknown board `{name}`: the boards are {}", known.join(", "))
    })
}

impl FpgaBoard {
    /// UART clocks per bit. Panics if the clock is not a whole multiple of the baud rate (a
    /// fractional divisor would put the line off its rate).
    pub fn clocks_per_bit(&self) -> u32 {
        assert_eq!(self.clock_hz % self.baud, 0, "{}: the clock must be a whole multiple of the baud rate", self.name);
        (self.clock_hz / self.baud) as u32
    }

    /// Clocks of silence after which a partial frame is dropped: 1 ms, as on the virtual boards.
    pub fn idle_clocks(&self) -> u32 {
        (self.clock_hz / 1000) as u32
    }

    pub fn clock_mhz(&self) -> f64 {
        self.clock_hz as f64 / 1e6
    }
}

/// The board's `Board` top (module `top`) as Verilog, with its clock's UART divisor and timeout.
pub fn board_verilog(board: &FpgaBoard) -> String {
    let name = format!("board_{}", board.name);
    let (bit, idle) = (board.clocks_per_bit(), board.idle_clocks());
    let body = on_big_stack(|| match board.chip.name {
        "ice40-up5k" => verilog_body(BoardIce40Up5k::new(&board.chip, bit, idle)),
        "ecp5-85f" => verilog_body(BoardEcp5_85F::new(&board.chip, bit, idle)),
        other => unreachable!("no board top for chip configuration `{other}`"),
    });
    format!(
        "// {name}.v: the `{}` board top for the {}, {} MHz clock, {bit} clocks per UART bit; written by\n\
         // `generate_verilog --fpga-board {}` (hdl/src/boards/fpga.rs) for `make synth`. Do not edit.\n\
         // Root module: `top`.\n\n{body}\n",
        board.chip.name,
        board.name,
        board.clock_mhz(),
        board.name,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::verilog::assert_text_lint_clean;

    #[test]
    fn every_board_has_a_whole_divisor_and_its_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for b in BOARDS {
            assert!(b.clocks_per_bit() >= 8, "{}: the receiver oversamples at least 8 times", b.name);
            let dir = root.join("constraints").join(b.name);
            let pins = if b.family == Family::Ice40 { "pcf" } else { "lpf" };
            for file in [format!("{}.v", b.name), format!("{}.{pins}", b.name)] {
                assert!(dir.join(&file).is_file(), "{}: constraints/{}/{file} is missing", b.name, b.name);
            }
        }
        assert_eq!(board("ulx3s"), Ok(ULX3S));
        assert!(board("de10").unwrap_err().contains("icebreaker, ulx3s"));
    }

    /// The Makefile picks each board's toolchain by family; it must say what this module says.
    #[test]
    fn the_makefile_knows_each_boards_family() {
        let makefile =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../Makefile")).unwrap();
        for b in BOARDS {
            let line = format!("family_{} := {}", b.name, b.family.name());
            assert!(makefile.lines().any(|l| l.trim() == line), "the Makefile lacks `{line}`");
            assert!(makefile.contains(&format!("FPGA_BOARDS := {}", BOARDS.map(|b| b.name).join(" "))));
        }
    }

    /// Every board's top (its clock's divisor and timeout baked in) lints clean, as `make synth`
    /// requires before it runs Yosys.
    #[test]
    fn every_board_top_lints_clean() {
        for b in BOARDS {
            assert_text_lint_clean(&format!("board_{}", b.name), &board_verilog(&b));
        }
        assert_eq!((ICEBREAKER.clocks_per_bit(), ICEBREAKER.chip.lanes), (8, 1));
    }
}
