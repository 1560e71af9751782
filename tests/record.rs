//! The translator's record, through the binary, in a project with `translate.toml`, as a user
//! meets it: translate → edit → diff → approve → export → look in another format → re-run.
//! Nothing a person wrote is lost or relabelled, and only what a person reviewed enters the
//! memory (`src/review/record.rs`).
//!
//! Texts: the seed article in `examples/` (Tribunnews.com, 3 December 2022; see
//! `examples/README.md`).

use crate::common::{example, translate};
use predicates::prelude::*;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use terjemah::doc::{Origin, SegmentState};
use terjemah::review::ReviewFile;

const SEED: &str = "tribunnews-2022-12-03-rusia-belarus.txt";

/// A project (with `translate.toml`) holding the seed as `a.txt`, translated once offline.
pub(crate) fn project() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("translate.toml"), "backend = \"offline\"\n").unwrap();
    std::fs::copy(example(SEED), dir.path().join("a.txt")).expect("copy seed");
    translate(dir.path()).arg("a.txt").assert().success();
    let review = dir.path().join("a.review.md");
    (dir, review)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable")
}

/// The review file with segment `id`'s English replaced by `english` (which may hold line
/// breaks), as a translator's editor would save it.
pub(crate) fn edit(review: &str, id: &str, english: &str) -> String {
    let marker = format!("<!-- seg {id} ");
    let lines: Vec<&str> = review.split('\n').collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with(&marker))
        .unwrap_or_else(|| panic!("segment {id} in the review"));
    // marker, source, blank, then the target up to the next blank line.
    let mut end = at + 3;
    while end < lines.len() && !lines[end].is_empty() {
        end += 1;
    }
    let mut out: Vec<&str> = lines[..at + 3].to_vec();
    out.extend(english.split('\n'));
    out.extend(&lines[end..]);
    out.join("\n")
}

fn segment(review: &str, id: &str) -> terjemah::review::ReviewSegment {
    ReviewFile::parse("r", review)
        .expect("parses")
        .segment(id)
        .unwrap_or_else(|| panic!("segment {id}"))
        .clone()
}

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.assert().success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

fn stderr(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.assert().success();
    String::from_utf8_lossy(&out.get_output().stderr).into_owned()
}

/// The English of 3.1 a translator types.
const EDITED: &str =
    "He made the remarks during Russian Defence Minister Sergei Shoigu's visit to Minsk.";

/// The review file `a.review.md` exported as JSON (every segment with its derived origin),
/// without touching the memory.
fn export_json(dir: &Path) -> String {
    stdout(translate(dir).args([
        "export",
        "a.review.md",
        "-f",
        "json",
        "-o",
        "-",
        "--no-memory",
    ]))
}

/// The JSON export's segment `id`.
fn json_segment(json: &str, id: &str) -> serde_json::Value {
    let doc: serde_json::Value = serde_json::from_str(json).expect("JSON");
    doc["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["segments"].as_array().unwrap().iter())
        .find(|s| s["id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("segment {id} in {json}"))
}

#[test]
fn looking_in_another_format_never_changes_the_record() {
    let (dir, review) = project();
    std::fs::write(&review, edit(&read(&review), "3.1", EDITED)).unwrap();
    translate(dir.path())
        .args(["export", "a.review.md"])
        .assert()
        .success();
    // Every view shows the reviewed English and the person who wrote it.
    let html = stdout(translate(dir.path()).args(["a.txt", "-f", "html", "-o", "-"]));
    assert!(html.contains("He made the remarks during"), "{html}");
    let json = stdout(translate(dir.path()).args(["a.txt", "-f", "json"]));
    assert_eq!(json_segment(&json, "3.1")["target"], EDITED);
    assert_eq!(json_segment(&json, "3.1")["origin"], "human");
    let side =
        stdout(translate(dir.path()).args(["a.txt", "-f", "side-by-side", "--width", "200"]));
    assert!(side.contains("He made the remarks"), "{side}");
    translate(dir.path())
        .args(["a.txt", "-f", "xliff", "-o", "-"])
        .assert()
        .success();
    // The diff still sees the edit, and a re-run keeps it as a person's.
    let diff = stdout(translate(dir.path()).args(["diff", "a.review.md", "--json"]));
    let diff: serde_json::Value = serde_json::from_str(&diff).unwrap();
    let seg = diff["segments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "3.1")
        .unwrap()
        .clone();
    assert!(seg["edits"].as_u64().unwrap() > 0, "{seg}");
    translate(dir.path()).arg("a.txt").assert().success();
    let s = segment(&read(&review), "3.1");
    assert_eq!((s.origin, s.state), (Origin::Human, SegmentState::Edited));
    assert_eq!(s.target.as_deref(), Some(EDITED));
}

#[test]
fn only_reviewed_segments_enter_the_memory() {
    let (dir, review) = project();
    std::fs::write(&review, edit(&read(&review), "3.1", EDITED)).unwrap();
    let err = stderr(translate(dir.path()).args(["export", "a.review.md"]));
    assert!(err.contains("1 reviewed pair stored (1 new)"), "{err}");
    assert!(err.contains("16 segments are not reviewed yet"), "{err}");
    let stats = stdout(translate(dir.path()).args(["memory", "stats", "--json"]));
    let stats: serde_json::Value = serde_json::from_str(&stats).unwrap();
    assert_eq!(stats["memory"]["pairs"], 1);
    // A later article repeating an unreviewed sentence gets it from the backend, not the memory.
    let seed = terjemah::segment::segment("a.txt", read(&example(SEED)));
    let source = |id: &str| seed.segments().find(|s| s.id() == id).unwrap().text();
    std::fs::write(
        dir.path().join("b.txt"),
        format!("{}\n{}\n", source("3.1"), source("4.2")),
    )
    .unwrap();
    translate(dir.path()).arg("b.txt").assert().success();
    let b = read(&dir.path().join("b.review.md"));
    assert_eq!(segment(&b, "1.1").origin, Origin::MemoryExact);
    assert_eq!(segment(&b, "1.1").target.as_deref(), Some(EDITED));
    assert_eq!(segment(&b, "2.1").origin, Origin::Backend("offline".into()));
    // `qa` lists what is still unreviewed, as information.
    let qa = stdout(translate(dir.path()).args(["qa", "a.review.md", "--json"]));
    let qa: serde_json::Value = serde_json::from_str(&qa).unwrap();
    let unreviewed: Vec<&str> = qa["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "unreviewed")
        .map(|f| f["segment"].as_str().unwrap())
        .collect();
    assert_eq!(unreviewed.len(), 16, "{qa}");
    assert!(!unreviewed.contains(&"3.1"));
    assert_eq!(qa["stats"]["by_check"]["unreviewed"], 16);
}

#[test]
fn an_export_right_after_editing_labels_the_edit_human() {
    let (dir, review) = project();
    std::fs::write(&review, edit(&read(&review), "3.1", EDITED)).unwrap();
    let json = export_json(dir.path());
    assert_eq!(json_segment(&json, "3.1")["origin"], "human");
    assert_eq!(json_segment(&json, "4.2")["origin"], "offline");
    let xliff = stdout(translate(dir.path()).args([
        "export",
        "a.review.md",
        "-f",
        "xliff",
        "-o",
        "-",
        "--no-memory",
    ]));
    let unit = &xliff[xliff.find("<unit id=\"3.1\"").unwrap()..];
    let unit = &unit[..unit.find("</unit>").unwrap()];
    assert!(unit.contains("state=\"reviewed\""), "{unit}");
    assert!(!unit.contains("terjemah:machine"), "{unit}");
    let html = stdout(translate(dir.path()).args([
        "export",
        "a.review.md",
        "-f",
        "html",
        "-o",
        "-",
        "--no-memory",
    ]));
    let row = &html[html.find("3.1").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("edited"), "{row}");
}

#[test]
fn approve_marks_only_the_markers_and_refuses_what_cannot_be_approved() {
    let (dir, review) = project();
    let edited = edit(&read(&review), "3.1", EDITED);
    std::fs::write(&review, &edited).unwrap();
    let err = stderr(translate(dir.path()).args(["approve", "a.review.md", "3.1", "4.2"]));
    assert!(
        err.contains("2 segments approved; 15 still to review"),
        "{err}"
    );
    let after = read(&review);
    // Only the two markers changed; 3.1 is the person's (edited, then approved).
    let changed: Vec<(&str, &str)> = edited
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 2, "{changed:?}");
    assert!(
        changed[0].1.contains("seg 3.1 ") && changed[0].1.contains("origin=human state=approved")
    );
    assert!(
        changed[1].1.contains("seg 4.2 ") && changed[1].1.contains("origin=offline state=approved")
    );
    // Unknown ids, datelines and nothing at all are refused, and the file is left alone.
    for args in [&["2.9"][..], &["1.1"][..], &[][..]] {
        translate(dir.path())
            .arg("approve")
            .arg("a.review.md")
            .args(args)
            .assert()
            .code(2);
    }
    assert_eq!(read(&review), after);
    // `state=approved` typed into a marker counts as an approval.
    let typed = after.replacen(
        "origin=offline state=machine",
        "origin=offline state=approved",
        1,
    );
    std::fs::write(&review, typed).unwrap();
    let err = stderr(translate(dir.path()).args(["export", "a.review.md"]));
    assert!(err.contains("3 reviewed pairs stored"), "{err}");
}

#[test]
fn documents_are_known_by_their_path_in_the_project() {
    let (dir, _) = project();
    for sub in ["x", "y"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
    }
    let seed = read(&example(SEED));
    std::fs::write(dir.path().join("x/berita.txt"), &seed).unwrap();
    std::fs::write(
        dir.path().join("y/berita.txt"),
        seed.replace("Alexander Lukashenko", "Aleksandr Lukashenko"),
    )
    .unwrap();
    translate(dir.path())
        .args(["x/berita.txt", "y/berita.txt"])
        .assert()
        .success();
    let x = dir.path().join("x/berita.review.md");
    std::fs::write(&x, edit(&read(&x), "3.1", EDITED)).unwrap();
    let diff = |f: &str| -> serde_json::Value {
        serde_json::from_str(&stdout(translate(dir.path()).args(["diff", f, "--json"]))).unwrap()
    };
    assert!(
        diff("x/berita.review.md")["article"]["edits"]
            .as_u64()
            .unwrap()
            > 0
    );
    assert_eq!(diff("y/berita.review.md")["article"]["edits"], 0);
    let conn = rusqlite::Connection::open(dir.path().join(".translate/state.db")).unwrap();
    let docs: Vec<String> = conn
        .prepare("SELECT DISTINCT document FROM review_machine ORDER BY document")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs, ["a.txt", "x/berita.txt", "y/berita.txt"]);
}

/// Runs the binary under `umask`, through `sh` (the process's umask is not settable from safe
/// Rust).
fn under_umask(dir: &Path, umask: &str, args: &[&str]) {
    let bin = assert_cmd::cargo::cargo_bin("translate");
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(bin)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "{args:?}");
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn files_keep_the_users_permissions() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(example(SEED), dir.path().join("a.txt")).unwrap();
    under_umask(dir.path(), "022", &["a.txt"]);
    let review = dir.path().join("a.review.md");
    assert_eq!(mode(&review), 0o644);
    under_umask(dir.path(), "022", &["export", "a.review.md", "-f", "html"]);
    assert_eq!(mode(&dir.path().join("a.html")), 0o644);
    // A colleague's shared file stays shared through a re-run that rewrites it.
    std::fs::set_permissions(&review, std::fs::Permissions::from_mode(0o664)).unwrap();
    std::fs::write(&review, edit(&read(&review), "3.1", EDITED)).unwrap();
    under_umask(dir.path(), "077", &["a.txt"]);
    assert!(read(&review).contains("origin=human"));
    assert_eq!(mode(&review), 0o664);
    // So does a glossary file edited with `glossary add`.
    std::fs::create_dir(dir.path().join("glossaries")).unwrap();
    let tsv = dir.path().join("glossaries/desk.tsv");
    std::fs::write(&tsv, "# desk terms\n").unwrap();
    std::fs::set_permissions(&tsv, std::fs::Permissions::from_mode(0o664)).unwrap();
    under_umask(
        dir.path(),
        "077",
        &[
            "glossary",
            "add",
            "Kampung Susun",
            "Kampung Susun housing",
            "--file",
            "glossaries/desk.tsv",
        ],
    );
    assert!(read(&tsv).contains("Kampung Susun housing"));
    assert_eq!(mode(&tsv), 0o664);
}

#[test]
fn files_that_are_not_articles_are_refused_before_anything_is_sent() {
    let (dir, _) = project();
    // A review file, whatever its name.
    std::fs::copy(
        dir.path().join("a.review.md"),
        dir.path().join("renamed.txt"),
    )
    .unwrap();
    for name in ["a.review.md", "renamed.txt"] {
        translate(dir.path())
            .arg(name)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "is a review file, not an article: to update it, run `translate` on `a.txt`",
            ));
    }
    translate(dir.path())
        .args(["export", "a.review.md", "-f", "xliff"])
        .assert()
        .success();
    translate(dir.path())
        .arg("a.xlf")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not an article"));
    // `translate *` in a folder with review files, exports and an English README: only the
    // article is translated, the rest skipped with a notice.
    std::fs::write(
        dir.path().join("README.md"),
        "This folder holds the articles of the desk. Each one is translated with terjemah and reviewed by the editor on duty, who approves the English that is then published on the site. The review files are kept in the folder with the articles, and the memory is in the state folder.\n",
    )
    .unwrap();
    std::fs::remove_file(dir.path().join("renamed.txt")).unwrap();
    let err = stderr(translate(dir.path()).args([
        "a.txt",
        "a.review.md",
        "a.xlf",
        "README.md",
        "--dry-run",
    ]));
    assert!(
        err.contains("skipped: a.review.md is a review file"),
        "{err}"
    );
    assert!(err.contains("skipped: a.xlf"), "{err}");
    assert!(
        err.contains("skipped: README.md looks like English"),
        "{err}"
    );
    assert!(err.contains("0 segments to translate"), "{err}");
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    let (dir, _) = project();
    for format in ["side-by-side", "json", "review"] {
        for _ in 0..5 {
            let out = std::process::Command::new("bash")
                .arg("-c")
                .arg(format!(
                    "set -o pipefail; \"$0\" a.txt -f {format} -o - 2>&1 | head -c 10 >/dev/null; echo \"${{PIPESTATUS[0]}}\""
                ))
                .arg(assert_cmd::cargo::cargo_bin("translate"))
                .current_dir(dir.path())
                .output()
                .unwrap();
            let code = String::from_utf8_lossy(&out.stdout).trim().to_string();
            assert!(code == "0", "{format}: exit {code}");
        }
    }
}

/// The `command` backend running the test translator (capitals), named in the environment.
fn other_backend(cmd: &mut assert_cmd::Command) -> &mut assert_cmd::Command {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/mt-command.py");
    cmd.env(
        "TRANSLATE_COMMAND",
        format!("python3 {} upper", script.display()),
    )
    .args(["--backend", "command"])
}

#[test]
fn a_backend_switch_is_visible_and_retranslate_keeps_every_human_segment() {
    let (dir, review) = project();
    std::fs::write(&review, edit(&read(&review), "3.1", EDITED)).unwrap();
    let before = read(&review);
    let err = stderr(other_backend(&mut translate(dir.path())).arg("a.txt"));
    assert!(
        err.contains("16 of the 17 segments with English keep the translation by offline"),
        "{err}"
    );
    assert!(err.contains("--retranslate"), "{err}");
    let kept = read(&review);
    assert_eq!(
        segment(&kept, "4.2").origin,
        Origin::Backend("offline".into())
    );
    assert!(kept.len() >= before.len());
    other_backend(&mut translate(dir.path()))
        .args(["a.txt", "--retranslate"])
        .assert()
        .success();
    let after = read(&review);
    let s = segment(&after, "4.2");
    assert_eq!(s.origin, Origin::Backend("command".into()));
    // The test translator answers in capitals.
    let english = s.target.unwrap();
    let capitals = english
        .split(' ')
        .filter(|w| w.len() > 3 && *w == w.to_uppercase())
        .count();
    assert!(capitals > 3, "{english}");
    let s = segment(&after, "3.1");
    assert_eq!(
        (s.origin, s.target.as_deref()),
        (Origin::Human, Some(EDITED))
    );
    // A backend that fails leaves a complete file as it was, with or without --force.
    for force in [false, true] {
        let mut cmd = translate(dir.path());
        cmd.env("TRANSLATE_COMMAND", "/nonexistent/translator")
            .args([
                "a.txt",
                "--backend",
                "command",
                "--retranslate",
                "--no-cache",
            ]);
        if force {
            cmd.arg("--force");
        }
        cmd.assert().code(1);
        assert_eq!(read(&review), after);
    }
}

/// The history copies, by name.
fn history(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join(".translate/history"))
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn an_unchanged_article_leaves_the_file_and_history_alone_even_after_a_merge() {
    let (dir, review) = project();
    // The translator wraps the English over lines, as editors do.
    let wrapped =
        "He made the remarks during Russian Defence Minister\nSergei Shoigu's visit to Minsk.";
    std::fs::write(&review, edit(&read(&review), "3.1", wrapped)).unwrap();
    // The article changes during the day: a sentence of paragraph 5 is reworded.
    let article = dir.path().join("a.txt");
    let text = read(&article);
    let changed = text.replacen("Belarusia", "Republik Belarus", 1);
    assert_ne!(changed, text);
    std::fs::write(&article, changed).unwrap();
    translate(dir.path()).arg("a.txt").assert().success();
    let merged = read(&review);
    assert!(merged.contains(wrapped), "line breaks kept byte for byte");
    assert_eq!(history(dir.path()).len(), 1);
    let name = &history(dir.path())[0];
    // 2026-12-05T16-40-12Z-a.review.md
    assert!(
        name.len() == "2026-12-05T16-40-12Z-a.review.md".len()
            && name.ends_with("Z-a.review.md")
            && name.as_bytes()[10] == b'T',
        "{name}"
    );
    for _ in 0..2 {
        let err = stderr(translate(dir.path()).arg("a.txt"));
        assert!(err.contains("a.review.md is up to date"), "{err}");
        assert_eq!(read(&review), merged);
        assert_eq!(history(dir.path()).len(), 1);
    }
}

#[test]
fn memory_notes_do_not_make_an_unchanged_article_rewrite_itself() {
    let (dir, _) = project();
    translate(dir.path())
        .args(["approve", "a.review.md", "--all"])
        .assert()
        .success();
    translate(dir.path())
        .args(["export", "a.review.md", "-f", "json", "-o", "-"])
        .assert()
        .success();
    // A second article repeats one sentence with a word changed: it gets a fuzzy match note.
    let seed = terjemah::segment::segment("a.txt", read(&example(SEED)));
    let source = seed.segments().find(|s| s.id() == "4.2").unwrap().text();
    let varied = source.replace("negara terus", "negara akan terus");
    assert_ne!(varied, source);
    std::fs::write(dir.path().join("b.txt"), format!("{varied}\n")).unwrap();
    translate(dir.path()).arg("b.txt").assert().success();
    let b = read(&dir.path().join("b.review.md"));
    assert!(b.contains("<!-- note 1.1 memory "), "{b}");
    for _ in 0..2 {
        let err = stderr(translate(dir.path()).arg("b.txt"));
        assert!(err.contains("b.review.md is up to date"), "{err}");
        assert_eq!(read(&dir.path().join("b.review.md")), b);
    }
    assert!(history(dir.path()).is_empty());
}

#[test]
fn output_files_are_not_overwritten_and_devices_are_not_replaced() {
    let (dir, review) = project();
    let edited = edit(&read(&review), "3.1", EDITED);
    std::fs::write(&review, &edited).unwrap();
    // A view written over the article, a review file or any existing file: refused.
    for target in ["a.txt", "a.review.md"] {
        translate(dir.path())
            .args(["a.txt", "-f", "html", "-o", target])
            .assert()
            .code(2);
    }
    assert_eq!(read(&review), edited);
    assert_eq!(read(&dir.path().join("a.txt")), read(&example(SEED)));
    std::fs::write(dir.path().join("old.json"), "{}").unwrap();
    translate(dir.path())
        .args(["a.txt", "-f", "json", "-o", "old.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    translate(dir.path())
        .args(["a.txt", "-f", "json", "-o", "old.json", "--force"])
        .assert()
        .success();
    // Devices are written into, never renamed over or read as a review file.
    translate(dir.path())
        .args(["a.txt", "-f", "json", "-o", "/dev/null"])
        .assert()
        .success();
    assert!(!terjemah::fs::is_regular_file(Path::new("/dev/null")));
    translate(dir.path())
        .args(["a.txt", "-o", "/dev/null"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
}

#[test]
fn small_words_are_right() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Presiden tiba di Jakarta.\n").unwrap();
    let err = stderr(translate(dir.path()).arg("a.txt"));
    assert!(
        err.contains("1 file, backend offline: 1 segment translated"),
        "{err}"
    );
    assert!(err.contains("1 request (0 retries)"), "{err}");
    assert!(err.contains("1 paragraph (a.txt)"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Random sequences of what a translator does.

/// One thing a translator does.
#[derive(Debug, Clone)]
enum Action {
    /// Types new English into the n-th translated segment (maybe over two lines).
    Edit(usize, bool),
    /// Approves the n-th translated segment, or all.
    Approve(Option<usize>),
    /// Exports in a format (storing reviewed pairs in the memory).
    Export(&'static str),
    /// Looks at the article in another format.
    Look(&'static str),
    /// Runs `translate a.txt` again.
    Rerun,
    /// The article changes: the n-th sentence-ending word of the text is replaced, or back.
    ChangeSource(usize),
}

fn action() -> impl proptest::strategy::Strategy<Value = Action> {
    use proptest::prelude::*;
    prop_oneof![
        3 => (0usize..40, any::<bool>()).prop_map(|(n, wrap)| Action::Edit(n, wrap)),
        1 => proptest::option::of(0usize..40).prop_map(Action::Approve),
        1 => proptest::sample::select(vec!["text", "json", "xliff", "html", "tmx"]).prop_map(Action::Export),
        1 => proptest::sample::select(vec!["html", "json", "tsv", "side-by-side", "xliff"]).prop_map(Action::Look),
        2 => Just(Action::Rerun),
        1 => (0usize..12).prop_map(Action::ChangeSource),
    ]
}

/// The words of the seed that the article's updates swap (each appears in the body text).
const SWAPS: &[(&str, &str)] = &[
    ("latihan", "pelatihan"),
    ("Minsk", "ibu kota Minsk"),
    ("tentara", "pasukan"),
    ("Rusia", "Federasi Rusia"),
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 24,
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// Whatever the order of edits, approvals, exports, looks, re-runs and source changes, the
    /// English people wrote, and only that, is marked as theirs, byte for byte.
    #[test]
    fn no_sequence_loses_or_relabels_a_persons_work(
        actions in proptest::collection::vec(action(), 1..9)
    ) {
        let (dir, review) = project();
        let article = dir.path().join("a.txt");
        // What people wrote, by source sentence, and what they approved.
        let mut written: std::collections::HashMap<String, String> = Default::default();
        let mut reviewed: std::collections::HashSet<String> = Default::default();
        let mut typed = 0usize;
        for act in &actions {
            let text = read(&review);
            let parsed = ReviewFile::parse("a.review.md", &text).expect("the tool's file parses");
            let translated: Vec<_> = parsed
                .segments()
                .filter(|s| s.kind == terjemah::doc::SegmentKind::Text && s.target.is_some())
                .cloned()
                .collect();
            match act {
                Action::Edit(n, wrap) if !translated.is_empty() => {
                    let seg = &translated[n % translated.len()];
                    typed += 1;
                    let english = if *wrap {
                        format!("Edit number {typed} by the desk,\nwrapped by the editor.")
                    } else {
                        format!("Edit number {typed} by the desk.")
                    };
                    std::fs::write(&review, edit(&text, &seg.id(), &english)).unwrap();
                    written.insert(seg.source.clone(), english);
                    reviewed.insert(seg.source.clone());
                }
                Action::Approve(which) if !translated.is_empty() => {
                    let mut cmd = translate(dir.path());
                    cmd.args(["approve", "a.review.md"]);
                    match which {
                        Some(n) => {
                            let seg = &translated[n % translated.len()];
                            cmd.arg(seg.id());
                            reviewed.insert(seg.source.clone());
                        }
                        None => {
                            cmd.arg("--all");
                            reviewed.extend(translated.iter().map(|s| s.source.clone()));
                        }
                    }
                    cmd.assert().success();
                }
                Action::Export(format) => {
                    translate(dir.path())
                        .args(["export", "a.review.md", "-f", format, "-o", "-"])
                        .assert()
                        .success();
                }
                Action::Look(format) => {
                    translate(dir.path())
                        .args(["a.txt", "-f", format, "-o", "-"])
                        .assert()
                        .success();
                }
                Action::Rerun => {
                    translate(dir.path()).arg("a.txt").assert().success();
                }
                Action::ChangeSource(n) => {
                    let (from, to) = SWAPS[n % SWAPS.len()];
                    let now = read(&article);
                    let changed = if now.contains(to) && n % 2 == 1 {
                        now.replacen(to, from, 1)
                    } else {
                        now.replacen(from, to, 1)
                    };
                    std::fs::write(&article, changed).unwrap();
                }
                _ => {}
            }
            // The record as every command derives it: the JSON export's origins.
            let json: serde_json::Value = serde_json::from_str(&export_json(dir.path())).unwrap();
            let on_disk = ReviewFile::parse("a.review.md", &read(&review)).unwrap();
            for par in json["paragraphs"].as_array().unwrap() {
                for seg in par["segments"].as_array().unwrap() {
                    if seg["kind"] != "text" {
                        continue;
                    }
                    let source = on_disk.segment(seg["id"].as_str().unwrap()).unwrap();
                    let human = seg["origin"] == "human";
                    match written.get(&source.source) {
                        Some(english) => {
                            proptest::prop_assert!(human, "{} lost its author after {act:?}: {seg}", source.id());
                            proptest::prop_assert_eq!(source.target.as_deref(), Some(english.as_str()));
                        }
                        None => proptest::prop_assert!(!human, "{} relabelled human after {act:?}: {seg}", source.id()),
                    }
                }
            }
        }
        // The memory holds only what a person edited or approved.
        let out = translate(dir.path())
            .args(["memory", "export", "-o", "-"])
            .assert()
            .success();
        let tmx = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        let pairs = terjemah::formats::tmx::read_tmx("memory.tmx", &tmx).unwrap().pairs("id");
        for p in pairs {
            proptest::prop_assert!(reviewed.contains(&p.pair.source), "unreviewed in the memory: {}", p.pair.source);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Damaged and unusual review files (issue 17's review-file items).

#[test]
fn an_indented_marker_is_still_a_marker() {
    let (dir, review) = project();
    let text = edit(&read(&review), "3.1", EDITED);
    let indented = text
        .replacen("<!-- seg 4.1 ", " <!-- seg 4.1 ", 1)
        .replacen("<!-- seg 4.2 ", "\t<!-- seg 4.2 ", 1)
        .replacen(" state=machine -->\n> ", " state=machine -->   \n> ", 1);
    assert_ne!(indented, text);
    std::fs::write(&review, &indented).unwrap();
    let json = export_json(dir.path());
    let original = ReviewFile::parse("r", &text).unwrap();
    for id in ["3.1", "4.1", "4.2"] {
        assert_eq!(
            json_segment(&json, id)["target"].as_str(),
            original.segment(id).unwrap().target.as_deref(),
            "{id}"
        );
    }
}

#[test]
fn a_review_file_that_is_not_the_whole_article_is_refused() {
    let (dir, review) = project();
    let text = edit(&read(&review), "3.1", EDITED);
    // Cut short after paragraph 10.
    let cut = &text[..text.find("\n## ¶11").unwrap() + 1];
    std::fs::write(&review, cut).unwrap();
    translate(dir.path())
        .args(["export", "a.review.md"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("the file ends too early")
                .and(predicate::str::contains("after segment 10.")),
        );
    assert!(!dir.path().join("a.en.txt").exists());
    // A section pasted again at the end, renumbered.
    let last = &text[text.rfind("\n## ¶").unwrap()..];
    let n: usize = last["\n## ¶".len()..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let again = last
        .replace(&format!("## ¶{n}"), &format!("## ¶{}", n + 1))
        .replace(&format!("seg {n}."), &format!("seg {}.", n + 1))
        .replace(&format!("note {n}."), &format!("note {}.", n + 1));
    std::fs::write(&review, format!("{text}{again}")).unwrap();
    translate(dir.path())
        .args(["export", "a.review.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "segment {}.1 does not match the article",
            n + 1
        )));
    for args in [
        &["diff", "a.review.md"][..],
        &["approve", "a.review.md", "--all"][..],
    ] {
        translate(dir.path()).args(args).assert().code(2);
    }
    // Nothing reached the memory.
    let stats = stdout(translate(dir.path()).args(["memory", "stats", "--json"]));
    let stats: serde_json::Value = serde_json::from_str(&stats).unwrap();
    assert_eq!(stats["memory"]["pairs"], 0);
}

#[test]
fn a_file_name_with_a_line_break_works() {
    let dir = tempfile::tempdir().unwrap();
    let name = "berita\nbaru.txt";
    std::fs::copy(example(SEED), dir.path().join(name)).unwrap();
    translate(dir.path()).arg(name).assert().success();
    let review = "berita\nbaru.review.md";
    assert!(read(&dir.path().join(review))
        .starts_with("<!-- terjemah:review v1 source=\"berita\\nbaru.txt\""));
    translate(dir.path())
        .args(["approve", review, "--all"])
        .assert()
        .success();
    translate(dir.path())
        .args(["export", review])
        .assert()
        .success();
    assert!(dir.path().join("berita\nbaru.en.txt").is_file());
    let err = stderr(translate(dir.path()).arg(name));
    assert!(err.contains("is up to date"), "{err}");
}

#[test]
fn force_over_a_review_file_that_is_not_utf8_keeps_its_bytes() {
    let (dir, review) = project();
    let mut bytes = read(&review).into_bytes();
    bytes.extend_from_slice(b"\nSaya \xff\xfe menulis ini.\n\x00");
    std::fs::write(&review, &bytes).unwrap();
    translate(dir.path()).arg("a.txt").assert().code(2);
    assert_eq!(std::fs::read(&review).unwrap(), bytes);
    translate(dir.path())
        .args(["a.txt", "--force"])
        .assert()
        .success();
    let kept = history(dir.path());
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read(dir.path().join(".translate/history").join(&kept[0])).unwrap(),
        bytes
    );
}

#[test]
fn a_review_written_elsewhere_finds_its_article_and_record() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(example(SEED), dir.path().join("a.txt")).unwrap();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    translate(dir.path())
        .args(["a.txt", "-o", "out/x.review.md"])
        .assert()
        .success();
    let review = dir.path().join("out/x.review.md");
    assert!(read(&review).contains("source=\"../a.txt\""));
    std::fs::write(&review, edit(&read(&review), "3.1", EDITED)).unwrap();
    let diff = stdout(translate(dir.path()).args(["diff", "out/x.review.md", "--json"]));
    let diff: serde_json::Value = serde_json::from_str(&diff).unwrap();
    assert_eq!(diff["article"]["edited"], 1, "{diff}");
    let err = stderr(translate(dir.path()).args(["export", "out/x.review.md", "-o", "-"]));
    assert!(err.contains("1 reviewed pair stored"), "{err}");
    assert!(!dir.path().join("out/.translate").exists());
    // A FIFO is never read as a review file (it would block) nor replaced.
    assert!(std::process::Command::new("mkfifo")
        .arg(dir.path().join("fifo"))
        .status()
        .unwrap()
        .success());
    translate(dir.path())
        .args(["a.txt", "-o", "fifo"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
}
