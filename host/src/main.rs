use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use thermoblock_host::cli::{Cli, Command};
use thermoblock_host::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = match &cli.command {
        Command::Sample(a) => commands::sample::run(a, &mut out),
        Command::Info(a) => commands::info::run(a, &mut out),
        Command::Bench(a) => commands::bench::run(a, &mut out),
        Command::RandomBlock(a) => commands::random_block::run(a, &mut out),
        Command::Eval(a) => commands::eval::run(a, &mut out),
        Command::Grid(a) => commands::grid::run(a, &mut out),
        Command::PlotGrid(a) => commands::grid::plot(a, &mut out),
        Command::Board(a) => commands::board::run(a, &mut out),
        #[cfg(feature = "rtl")]
        Command::LinkBudget(a) => commands::link_budget::run(a, &mut out),
    };
    let _ = out.flush();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // `{:#}` prints the whole context chain: "model file X: tensor `k1` is missing".
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
