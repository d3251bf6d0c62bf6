//! Help that tells the truth: every `--backend` form and `--chip` value a command accepts is in its
//! `--help` and in docs/CLI.md; every chip value a `--help` lists is accepted; nothing is promised
//! for later; docs/CLI.md documents every subcommand and every option.

use std::path::Path;

use clap::CommandFactory;
use clap::error::ErrorKind;
use thermoblock_contract::config::NAMED;
use thermoblock_host::backend::BackendSpec;
use thermoblock_host::cli::Cli;

/// The `--backend` forms with an example of each that must parse.
fn backend_forms() -> Vec<(&'static str, &'static str)> {
    let mut forms = vec![
        ("reference", "reference"),
        ("chip", "chip"),
        ("uart:PATH[@BAUD]", "uart:/dev/ttyUSB0@2000000"),
        ("pcie:PREFIX", "pcie:/dev/xdma0"),
    ];
    if cfg!(feature = "rtl") {
        forms.push(("rtl", "rtl"));
    }
    forms
}

fn cli_reference() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/CLI.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The words of a help text (letters, digits, `-`, `:`, `[`, `]`, `@`), for exact name matches.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || "-:[]@_".contains(c)))
        .map(|w| w.trim_matches(|c| c == ':' || c == '-').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `sub --chip value` gets past `--chip`'s parser (other arguments missing is another error).
fn accepts_chip(sub: &clap::Command, value: &str) -> bool {
    match sub.clone().try_get_matches_from([sub.get_name(), "--chip", value]) {
        Ok(_) => true,
        Err(e) => !matches!(e.kind(), ErrorKind::ValueValidation | ErrorKind::InvalidValue),
    }
}

#[test]
fn every_backend_form_is_listed_and_parses() {
    let cli = Cli::command();
    let docs = cli_reference();
    let mut commands_with_backend = 0;
    for sub in cli.get_subcommands() {
        let Some(arg) = sub.get_arguments().find(|a| a.get_long() == Some("backend")) else { continue };
        if sub.get_name() == "board" {
            continue; // `board --backend chip|rtl` is what runs behind the virtual board, a value enum
        }
        commands_with_backend += 1;
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        for (form, example) in backend_forms() {
            assert!(help.contains(form), "`{} --backend` help lacks {form}: {help}", sub.get_name());
            assert!(example.parse::<BackendSpec>().is_ok(), "{example} does not parse");
            assert!(docs.contains(form), "docs/CLI.md lacks the backend form {form}");
        }
    }
    assert!(commands_with_backend >= 4, "sample, bench, eval and grid take --backend");
}

#[test]
fn chip_values_listed_are_exactly_those_accepted() {
    let cli = Cli::command();
    let docs = cli_reference();
    let names: Vec<&str> = NAMED.iter().map(|c| c.name).collect();
    for sub in cli.get_subcommands() {
        let Some(arg) = sub.get_arguments().find(|a| a.get_long() == Some("chip")) else { continue };
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        let listed = words(&help);
        for name in &names {
            let accepted = accepts_chip(sub, name);
            let in_help = listed.iter().any(|w| w == name);
            assert_eq!(
                accepted,
                in_help,
                "`{} --chip {name}`: accepted {accepted}, listed {in_help}: {help}",
                sub.get_name()
            );
            assert!(docs.contains(name), "docs/CLI.md lacks the chip {name}");
        }
        assert!(!accepts_chip(sub, "ecp6"), "`{} --chip` takes an unknown chip", sub.get_name());
    }
}

#[test]
fn nothing_is_promised_for_later() {
    let mut cli = Cli::command();
    let mut texts = vec![cli.render_long_help().to_string()];
    for sub in cli.get_subcommands_mut() {
        texts.push(sub.render_long_help().to_string());
    }
    for text in &texts {
        let lower = text.to_lowercase();
        for phrase in ["later release", "arrive with", "planned", "not yet", "coming soon", "todo"] {
            assert!(!lower.contains(phrase), "help says {phrase:?}: {text}");
        }
    }
}

#[test]
fn the_cli_reference_documents_every_command_and_option() {
    let cli = Cli::command();
    let docs = cli_reference();
    for sub in cli.get_subcommands() {
        let name = sub.get_name();
        assert!(docs.contains(&format!("## `thermoblock {name}`")), "docs/CLI.md has no section for `{name}`");
        // The options of a command are named in its own section.
        let start = docs.find(&format!("## `thermoblock {name}`")).unwrap();
        let section = &docs[start..];
        let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
        for arg in sub.get_arguments() {
            let Some(long) = arg.get_long() else { continue };
            if long == "help" || long == "version" {
                continue;
            }
            assert!(section.contains(&format!("--{long}")), "docs/CLI.md, `thermoblock {name}`: --{long} missing");
        }
    }
}
