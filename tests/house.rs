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
fn every_help_screen_ends_with_examples() {
    fn visit(cmd: &mut clap::Command, path: &str) {
        let mut help = Vec::new();
        cmd.write_long_help(&mut help).unwrap();
        let help = String::from_utf8(help).unwrap();
        let examples = help
            .split("Examples:\n")
            .nth(1)
            .unwrap_or_else(|| panic!("`{path} --help` has no examples"));
        let shown = examples
            .lines()
            .filter(|l| l.trim_start().starts_with("translate"))
            .count();
        assert!(
            shown >= 2 || path.ends_with("approve") || path.ends_with("man"),
            "`{path} --help`: {shown} example(s)"
        );
        // Help says only what applies: no other command's name in a command's option texts.
        if path.ends_with("glossary add") {
            assert!(
                !help.contains("`remove`") && !help.contains("`edit`"),
                "{help}"
            );
        }
        for sub in cmd.get_subcommands_mut().filter(|s| s.get_name() != "help") {
            let name = sub.get_name().to_string();
            visit(sub, &format!("{path} {name}"));
        }
    }
    let mut cmd = terjemah::cli::Cli::command();
    cmd.build();
    visit(&mut cmd, "translate");
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

/// The README's text.
fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README")
}

#[test]
fn the_readme_walk_through_runs_as_shown() {
    let readme = readme();
    let start = readme
        .find("## The review loop in five steps")
        .expect("walk-through section");
    let block = &readme[start..];
    let block = &block[block.find("```sh\n").unwrap() + 6..];
    let block = &block[..block.find("```").unwrap()];
    let commands: Vec<&str> = block
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(commands.len(), 5, "{commands:?}");
    // What each step prints, as the README says it.
    let prints = [
        "wrote article.review.md: 17 paragraphs (article.txt)",
        "",
        "{+",
        "2 segments approved; 14 still to review",
        "translation memory: 3 reviewed pairs stored",
    ];
    for said in prints.iter().filter(|p| !p.is_empty() && **p != "{+") {
        assert!(readme.contains(said), "the README says {said}");
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::common::example("tribunnews-2022-12-03-rusia-belarus.txt"),
        dir.path().join("article.txt"),
    )
    .unwrap();
    for (command, expected) in commands.iter().zip(prints) {
        let words: Vec<&str> = command.split_whitespace().collect();
        if words[0] == "$EDITOR" {
            // The translator edits one sentence's English.
            let review = dir.path().join(words[1]);
            let text = std::fs::read_to_string(&review).unwrap();
            let edited = crate::record::edit(
                &text,
                "3.1",
                "He made the remarks during Russian Defence Minister Sergei Shoigu's visit to Minsk.",
            );
            std::fs::write(&review, edited).unwrap();
            continue;
        }
        assert_eq!(words[0], "translate");
        let out = translate(dir.path()).args(&words[1..]).assert().success();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.get_output().stdout),
            String::from_utf8_lossy(&out.get_output().stderr)
        );
        assert!(all.contains(expected), "`{command}` printed {all}");
    }
    assert!(dir.path().join("article.en.txt").is_file());
}

#[test]
fn numbers_the_readme_states_about_the_shipped_data_are_true() {
    let readme = readme();
    let dir = tempfile::tempdir().unwrap();
    let out = translate(dir.path())
        .args(["glossary", "lint"])
        .assert()
        .success();
    let lint = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    // `3 files, 850 entries: 0 errors, 0 warnings`
    let summary = lint.lines().last().unwrap();
    let files = summary.split(' ').next().unwrap();
    let entries = summary
        .split(", ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap();
    let said =
        format!("The shipped glossaries (`glossaries/`) hold {entries} entries in {files} files");
    assert!(readme.contains(&said), "README should say: {said}");
    let shipped = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/glossaries"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "tsv"))
        })
        .count();
    assert_eq!(files, shipped.to_string());
    // No other count of shipped entries anywhere in the README or the guide disagrees.
    for doc in std::iter::once(readme.clone()).chain(
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/docs"))
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()),
    ) {
        for (i, _) in doc.match_indices(" shipped") {
            let before = &doc[..i];
            let number: String = before
                .chars()
                .rev()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(|c| c.is_ascii_digit() || *c == ',')
                .collect::<String>()
                .chars()
                .rev()
                .filter(char::is_ascii_digit)
                .collect();
            let near = &before[before.len().saturating_sub(12)..];
            if !number.is_empty()
                && near.trim_end().ends_with(char::is_numeric)
                && number.len() == 3
            {
                assert_eq!(
                    number, entries,
                    "a stale count of shipped entries: …{near} shipped"
                );
            }
        }
    }
}
