//! The documentation holds: the README is a front door of at most 250 lines whose tour is what
//! `make demo` runs, command for command, and nothing in the repository points outside it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(file: &str) -> String {
    let path = root().join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One shell command per entry: `\`-continued lines joined, runs of blanks made one.
fn logical_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        match line.trim_end().strip_suffix('\\') {
            Some(head) => current.push_str(head),
            None => {
                current.push_str(line);
                out.push(current.split_whitespace().collect::<Vec<_>>().join(" "));
                current.clear();
            }
        }
    }
    out
}

/// The commands in the README's ```sh blocks: no prompt, no trailing `&`, no comment.
fn readme_commands(readme: &str) -> Vec<String> {
    let mut commands = Vec::new();
    let mut in_sh = false;
    for line in logical_lines(readme) {
        if line.starts_with("```") {
            in_sh = !in_sh && line == "```sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        let line = line.split(" # ").next().unwrap_or_default().trim();
        let line = line.strip_prefix("$ ").unwrap_or(line).trim_end_matches('&').trim();
        if !line.is_empty() && !line.starts_with('#') {
            commands.push(line.to_string());
        }
    }
    commands
}

/// The recipe of `target` in the Makefile, one logical line each, with the names the README uses:
/// `$(BIN)` and `$(TRACE_BIN)` are `thermoblock`, `$$PTY` the README's example device.
fn recipe(makefile: &str, target: &str) -> Vec<String> {
    let lines = logical_lines(makefile);
    let start = lines.iter().position(|l| l.starts_with(&format!("{target}:"))).expect("the target exists");
    lines[start + 1..]
        .iter()
        .take_while(|l| !l.is_empty())
        .map(|l| {
            l.replace("$(BIN)", "thermoblock").replace("$(TRACE_BIN)", "thermoblock").replace("$$PTY", "/dev/pts/3")
        })
        .collect()
}

#[test]
fn the_readme_is_a_front_door() {
    let readme = read("README.md");
    let n = readme.lines().count();
    assert!(n <= 250, "README.md has {n} lines; at most 250 (the rest belongs in docs/)");
    for link in ["docs/CLI.md", "docs/ARCHITECTURE.md", "LICENSE-MIT", "LICENSE-APACHE", "arXiv:2607.00170"] {
        assert!(readme.contains(link), "README.md does not mention {link}");
    }
}

#[test]
fn every_readme_command_is_one_the_makefile_runs() {
    let readme = read("README.md");
    let makefile = read("Makefile");
    let demo = recipe(&makefile, "demo");
    let commands = readme_commands(&readme);
    let thermoblock: Vec<_> = commands.iter().filter(|c| c.starts_with("thermoblock ")).collect();
    assert!(thermoblock.len() >= 8, "the tour has its commands: {commands:?}");
    for command in &commands {
        if let Some(rest) = command.strip_prefix("make ") {
            let target = rest.split_whitespace().next().unwrap();
            assert!(makefile.contains(&format!("\n{target}:")), "README runs `make {target}`, no such target");
        } else if command.starts_with("thermoblock ") {
            // The demo runs it as written: the same words, then nothing or a redirection/`;`/`&`.
            let found = demo.iter().any(|line| {
                line.match_indices(command.as_str())
                    .any(|(i, m)| matches!(line[i + m.len()..].chars().next(), None | Some(' ' | ';' | '&' | '>')))
            });
            assert!(found, "`make demo` does not run the README's command\n  {command}");
        } else if !command.starts_with("cargo ") {
            panic!("README command of an unknown kind: {command}");
        }
    }
}

/// The files of the git checkout.
fn tracked_files() -> Vec<String> {
    let listed = Command::new("git").arg("-C").arg(root()).args(["ls-files"]).output();
    match listed {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).lines().map(String::from).collect(),
        _ => panic!("git ls-files failed: this test reads the files of a git checkout"),
    }
}

/// Repository paths named in `text`: a top-level folder of the project, then path characters,
/// ending in a file extension (`hdl/src/chip/top.rs`, `docs/CLI.md`). Templates (`<board>`,
/// `NAME`, `*`) end the match early and are left out.
fn named_paths(text: &str) -> Vec<String> {
    const ROOTS: [&str; 12] = [
        "contract/",
        "sim/",
        "hdl/",
        "rtl/",
        "host/",
        "train/",
        "tests/",
        "tools/",
        "constraints/",
        "docs/",
        "fuzz/",
        ".ci/",
    ];
    let mut out = Vec::new();
    for (at, _) in text.match_indices('/') {
        let Some(root) = ROOTS.iter().find(|r| text[..=at].ends_with(*r)) else { continue };
        let start = at + 1 - root.len();
        if text[..start].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric() || "_-./".contains(c)) {
            continue;
        }
        let len = text[start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || "_-./".contains(c)))
            .unwrap_or(text.len() - start);
        let path = text[start..start + len].trim_end_matches('.');
        let after = text[start + path.len()..].chars().next();
        let file = path.rsplit('/').next().unwrap_or("");
        if file.contains('.') && !matches!(after, Some('<' | '*' | '{')) {
            out.push(path.to_string());
        }
    }
    out
}

#[test]
fn every_file_the_docs_name_exists() {
    let files = tracked_files();
    let mut missing = Vec::new();
    for doc in files.iter().filter(|f| f.ends_with(".md") && !f.starts_with("runs/") && *f != "CHANGELOG.md") {
        let text = read(doc);
        for path in named_paths(&text) {
            if !root().join(&path).exists() {
                missing.push(format!("{doc}: {path}"));
            }
        }
    }
    assert!(missing.is_empty(), "the documentation names files that are not there:\n{}", missing.join("\n"));
}

#[test]
fn a_renamed_file_is_caught() {
    let found = named_paths("the top (`hdl/src/chip/top.rs`), its old home hdl/src/chip.rs, and docs/<name>.md.");
    assert_eq!(found, ["hdl/src/chip/top.rs", "hdl/src/chip.rs"]);
    assert!(!root().join(&found[1]).exists(), "the planted path must be one that does not exist");
}

#[test]
fn nothing_points_outside_the_repository() {
    // The patterns are split so that this file does not match itself.
    let patterns = [["shared", "/"].concat(), ["seed", " 00"].concat()];
    let files = tracked_files();
    let kinds = [".rs", ".md", ".py", ".toml", ".sh", ".cpp", ".h", ".txt", "Makefile"];
    let mut hits = Vec::new();
    for file in files.iter().filter(|f| kinds.iter().any(|k| f.ends_with(k))) {
        // The changelog is history: it may quote what earlier versions said.
        if file == "CHANGELOG.md" {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(root().join(file)) else { continue };
        for (i, line) in text.lines().enumerate() {
            if patterns.iter().any(|p| line.contains(p.as_str())) {
                hits.push(format!("{file}:{}: {line}", i + 1));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "references outside the repository (cite papers by title and arXiv id):\n{}",
        hits.join("\n")
    );
}
