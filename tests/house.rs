//! What a newcomer meets first: completion scripts, man pages, suggestions for a mistyped
//! command, and help screens with examples.

use crate::common::translate;
use clap::CommandFactory;
use predicates::prelude::*;

#[test]
fn completions_for_every_shell_name_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = translate(dir.path())
            .args(["completions", shell])
            .assert()
            .success();
        let script = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        for name in ["approve", "export", "glossary", "align"] {
            assert!(script.contains(name), "{shell} completion lacks {name}");
        }
    }
}

#[test]
fn man_pages_name_every_subcommand() {
    let pages = terjemah::cli::manual::pages().expect("rendered");
    let main = &pages[0];
    assert_eq!(main.0, "translate.1");
    let cmd = terjemah::cli::Cli::command();
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        assert!(
            main.1.contains(sub.get_name()),
            "translate.1 does not name {}",
            sub.get_name()
        );
        assert!(pages
            .iter()
            .any(|(f, _)| *f == format!("translate-{}.1", sub.get_name())));
    }
    let dir = tempfile::tempdir().unwrap();
    translate(dir.path())
        .args(["man", "pages"])
        .assert()
        .success();
    assert!(dir.path().join("pages/translate-glossary-lint.1").is_file());
}

#[test]
fn a_mistyped_command_gets_a_suggestion_not_a_file_error() {
    let dir = tempfile::tempdir().unwrap();
    translate(dir.path())
        .args(["glosary", "list"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unrecognized subcommand 'glosary'").and(
                predicate::str::contains("a similar subcommand exists: 'glossary'"),
            ),
        );
    // A file of that name is an article, as before.
    std::fs::write(dir.path().join("glosary"), "Presiden tiba di Jakarta.\n").unwrap();
    translate(dir.path()).arg("glosary").assert().success();
}
