//! Writes every hardware unit's Verilog to `hdl/generated/` (or to the folder given as the one
//! argument). `make verilog` runs this; the tests fail when the checked-in files are stale.
//!
//! With `--fpga-board NAME FILE`, writes that FPGA board's top instead (`hdl/src/boards/fpga.rs`: the
//! board's clock sets its UART divisor), for `make synth`.
//!
//! Usage: `cargo run --release -p thermoblock-hdl --bin generate_verilog [OUT_DIR]`
//!        `cargo run --release -p thermoblock-hdl --bin generate_verilog --fpga-board NAME FILE`

use std::path::PathBuf;
use std::process::ExitCode;

use thermoblock_hdl::boards::fpga::{board, board_verilog};
use thermoblock_hdl::flow::verilog::{generated_dir, write_all};

fn usage() -> ExitCode {
    eprintln!(
        "usage: generate_verilog [OUT_DIR]   (default: {})\n       generate_verilog --fpga-board NAME FILE",
        generated_dir().display()
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    if args.first().is_some_and(|a| a == "--fpga-board") {
        let [_, name, file] = &args[..] else { return usage() };
        let b = match board(&name.to_string_lossy()) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        return match std::fs::write(file, board_verilog(&b)) {
            Ok(()) => {
                println!("wrote {}", PathBuf::from(file).display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", PathBuf::from(file).display());
                ExitCode::FAILURE
            }
        };
    }
    if args.len() > 1 {
        return usage();
    }
    let dir = args.first().map(PathBuf::from).unwrap_or_else(generated_dir);
    match write_all(&dir) {
        Ok(paths) => {
            for p in paths {
                println!("wrote {}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write Verilog to {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
