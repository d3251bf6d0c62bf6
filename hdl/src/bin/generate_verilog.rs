//! Writes every hardware unit's Verilog to `hdl/generated/` (or to the folder given as the one
//! argument). `make verilog` runs this; the tests fail when the checked-in files are stale.
//!
//! Usage: `cargo run --release -p thermoblock-hdl --bin generate_verilog [OUT_DIR]`

use std::path::PathBuf;
use std::process::ExitCode;

use thermoblock_hdl::verilog::{generated_dir, write_all};

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let dir = args.next().map(PathBuf::from).unwrap_or_else(generated_dir);
    if args.next().is_some() {
        eprintln!("usage: generate_verilog [OUT_DIR]   (default: {})", generated_dir().display());
        return ExitCode::from(2);
    }
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
