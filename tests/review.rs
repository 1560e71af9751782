//! The review loop: the review file's round trip (generated documents and the real examples),
//! edits a translator makes in any editor, damaged files, living articles (re-runs on a changed
//! article keep every human edit), `translate diff` and `translate export`.
//!
//! Texts: the example articles in `examples/` (sources in `examples/README.md`).

use crate::common::{example, example_articles, translate};
use predicates::prelude::*;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use std::path::{Path, PathBuf};
use terjemah::doc::{Document, Origin, QaFinding, SegmentKind, SegmentState, Severity};
use terjemah::review::{write_review, ReviewFile};
use terjemah::segment::segment;

const SEED: &str = "tribunnews-2022-12-03-rusia-belarus.txt";

/// A temporary folder holding a copy of the seed article as `a.txt`, translated once.
fn translated_seed() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(example(SEED), dir.path().join("a.txt")).expect("copy seed");
    translate(dir.path()).arg("a.txt").assert().success();
    let review = dir.path().join("a.review.md");
    (dir, review)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable")
}

/// Replaces the target line of segment `id` in a review file's text.
fn set_target(review: &str, id: &str, target: &str) -> String {
    let marker = format!("<!-- seg {id} ");
    let mut lines: Vec<String> = review.lines().map(str::to_string).collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with(&marker))
        .unwrap_or_else(|| panic!("segment {id} in the review"));
    // marker, source, blank, target.
    assert!(lines[at + 1].starts_with("> "));
    lines[at + 3] = target.to_string();
    lines.join("\n") + "\n"
}

fn target_of(review: &str, id: &str) -> Option<String> {
    let parsed = ReviewFile::parse("r", review).expect("parses");
    parsed.segment(id).and_then(|s| s.target.clone())
}

// ---------------------------------------------------------------------------------------------
// Round trip.

/// Targets a translator or a backend could produce, with everything that means something in
/// Markdown or in the file's own markers.
fn target() -> impl Strategy<Value = String> {
    let tokens = vec![
        "The",
        "minister",
        "said",
        "9,000",
        "Rp9.000",
        ">",
        "#",
        "## ¶3",
        "1.",
        "2)",
        "-",
        "*",
        "+",
        "<!--",
        "-->",
        "<!-- seg 1.1 -->",
        "\\",
        "`code`",
        "&amp;",
        "<b>",
        "\"",
        "'",
        "—",
        "é",
        "🙂",
        "|",
        "=",
        "~",
        "_x_",
        "  ",
        "\t",
        "kind=text",
        "“quoted”",
    ];
    vec(select(tokens), 1..10).prop_map(|t| terjemah::review::normalise_target(&t.join(" ")))
}

fn origin() -> impl Strategy<Value = Origin> {
    select(vec![
        Origin::None,
        Origin::Copied,
        Origin::MemoryExact,
        Origin::MemoryFuzzy,
        Origin::Human,
        Origin::Backend("deepl".into()),
        Origin::Backend("offline".into()),
    ])
}

fn state() -> impl Strategy<Value = SegmentState> {
    select(vec![
        SegmentState::New,
        SegmentState::Machine,
        SegmentState::Edited,
        SegmentState::Approved,
    ])
}

type SegmentEdit = (
    Option<String>,
    Origin,
    SegmentState,
    Option<String>,
    Option<String>,
);

fn edits() -> impl Strategy<Value = Vec<SegmentEdit>> {
    vec(
        (
            proptest::option::of(target()),
            origin(),
            state(),
            proptest::option::of(target()),
            proptest::option::of(target()),
        ),
        60,
    )
}

/// The seed and every other example, segmented.
fn example_docs() -> Vec<Document> {
    example_articles()
        .iter()
        .map(|p| segment(&p.display().to_string(), read(p)))
        .collect()
}

/// The document with the edits applied; QA messages become notes the parser must skip.
fn edited(mut doc: Document, edits: &[SegmentEdit]) -> Document {
    for (seg, (target, origin, state, previous, qa)) in doc.segments_mut().zip(edits.iter().cycle())
    {
        seg.target = target.clone().filter(|t| !t.is_empty());
        seg.origin = origin.clone();
        seg.state = *state;
        seg.previous = previous.clone().filter(|t| !t.is_empty());
        if let Some(message) = qa {
            seg.qa.push(QaFinding {
                check: "number".into(),
                severity: Severity::Warning,
                message: message.clone(),
            });
        }
    }
    doc
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, cases: 64, ..ProptestConfig::default() })]

    /// parse(write(doc)) == doc for what the file owns, and the file is rewritten byte for byte.
    #[test]
    fn review_file_round_trips(which in 0usize..6, edits in edits()) {
        let docs = example_docs();
        let doc = edited(docs[which % docs.len()].clone(), &edits);
        let written = write_review(&doc, "offline");
        let parsed = ReviewFile::parse("a.review.md", &written)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{written}")))?;
        prop_assert_eq!(&parsed, &ReviewFile::from_doc(&doc, "offline"));
        prop_assert_eq!(parsed.render(), written);
        let mut expected = doc.clone();
        for seg in expected.segments_mut() {
            seg.qa.clear();
        }
        prop_assert_eq!(parsed.to_document(&doc.path, Some(&doc.text)), expected);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// The same over generated articles: random pieces (markup, control characters, any
    /// Unicode) and slices of real lines.
    #[test]
    fn generated_articles_round_trip(
        text in prop_oneof![crate::properties::random_text(), crate::properties::real_text()],
        edits in edits(),
    ) {
        let doc = edited(segment("gen.txt", text), &edits);
        // The tool refuses an empty article before anything is written.
        prop_assume!(!doc.paragraphs.is_empty());
        let written = write_review(&doc, "offline");
        let parsed = ReviewFile::parse("gen.review.md", &written)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{written}")))?;
        prop_assert_eq!(parsed.render(), written);
        let mut expected = doc.clone();
        for seg in expected.segments_mut() {
            seg.qa.clear();
        }
        prop_assert_eq!(parsed.to_document(&doc.path, Some(&doc.text)), expected);
    }
}

#[test]
fn tool_written_files_are_rewritten_byte_for_byte() {
    for article in example_articles() {
        let dir = tempfile::tempdir().unwrap();
        let name = article.file_name().unwrap();
        std::fs::copy(&article, dir.path().join(name)).unwrap();
        translate(dir.path()).arg(name).assert().success();
        let stem = Path::new(name).file_stem().unwrap().to_string_lossy();
        let path = dir.path().join(format!("{stem}.review.md"));
        let text = read(&path);
        let parsed = ReviewFile::parse("r", &text).expect("parses");
        assert_eq!(parsed.render(), text, "{}", article.display());
        // A re-run on the unchanged article changes nothing.
        translate(dir.path())
            .arg(name)
            .assert()
            .success()
            .stderr(predicate::str::contains("up to date"));
        assert_eq!(read(&path), text);
    }
}

#[test]
fn edits_in_any_editor_parse_back() {
    let (_dir, path) = translated_seed();
    let review = read(&path);
    // Wrapped over three lines with trailing spaces, a blank line inside, CRLF endings.
    let wrapped = set_target(
        &review,
        "2.1",
        "The statement came from Belarusian   \nPresident Alexander Lukashenko \n\namid rising tension.  ",
    );
    let crlf = wrapped.replace('\n', "\r\n");
    let parsed = ReviewFile::parse("a.review.md", &crlf).expect("edited file parses");
    // The translator's line breaks are kept; read as one line, it is one sentence.
    let target = parsed.segment("2.1").unwrap().target.clone().unwrap();
    assert_eq!(
        target,
        "The statement came from Belarusian\nPresident Alexander Lukashenko\n\namid rising tension."
    );
    assert_eq!(
        terjemah::review::normalise_target(&target),
        "The statement came from Belarusian President Alexander Lukashenko amid rising tension."
    );
    // Text typed under an `<!-- empty -->` marker is the target.
    let doc = segment("a.txt", read(&example(SEED)));
    let empty = write_review(&doc, "offline");
    assert!(empty.contains("<!-- empty -->"));
    let typed = empty.replacen("<!-- empty -->", "<!-- empty -->\n\nMy own translation.", 1);
    let parsed = ReviewFile::parse("a.review.md", &typed).unwrap();
    assert_eq!(
        parsed.segment("1.2").unwrap().target.as_deref(),
        Some("My own translation.")
    );
    assert_eq!(parsed.segment("2.1").unwrap().target, None);
    // An editor that re-wraps paragraphs may re-wrap the instructions too.
    let rewrapped = review.replacen(
        "the Indonesian source; `<!--",
        "the Indonesian source;\n`<!--",
        1,
    );
    assert_ne!(rewrapped, review);
    ReviewFile::parse("a.review.md", &rewrapped).expect("re-wrapped instructions parse");
    // A leading `>` or `#` typed with a backslash stays text.
    let escaped = set_target(&review, "3.1", "\\> not a quote");
    assert_eq!(target_of(&escaped, "3.1").as_deref(), Some("> not a quote"));
}

/// Damaged files: the error names the line and says what to fix; exit 2; the file is untouched.
#[test]
fn damaged_review_files_are_refused_and_left_alone() {
    let (dir, path) = translated_seed();
    let good = read(&path);
    let line_of =
        |text: &str, prefix: &str| text.lines().position(|l| l.starts_with(prefix)).unwrap() + 1;
    let cases: Vec<(String, String, &str)> = vec![
        {
            let t = good.replacen("<!-- seg 4.2 ", "<!-- seg ", 1);
            let l = line_of(&t, "<!-- seg span=");
            (t, format!("a.review.md:{l}:"), "without an id")
        },
        {
            let t = good.replacen("<!-- seg 5.2 ", "<!-- seg 5.1 ", 1);
            let second = t
                .lines()
                .enumerate()
                .filter(|(_, l)| l.starts_with("<!-- seg 5.1 "))
                .nth(1)
                .unwrap()
                .0;
            (t, format!("a.review.md:{}:", second + 1), "appears twice")
        },
        {
            let t = good.replacen("## ¶6\n\n", "## ¶6\n\nA note to myself.\n\n", 1);
            let l = line_of(&t, "A note to myself.");
            (t, format!("a.review.md:{l}:"), "text outside a segment")
        },
        {
            let t = good.replacen("<!-- terjemah:review v1 ", "<!-- terjemah:review v7 ", 1);
            (t, "a.review.md:1:".into(), "another version of terjemah")
        },
        (
            "Just some notes\n".into(),
            "a.review.md:1:".into(),
            "not a review file",
        ),
    ];
    for (text, location, what) in cases {
        std::fs::write(&path, &text).unwrap();
        for args in [
            vec!["a.txt"],
            vec!["diff", "a.review.md"],
            vec!["export", "a.review.md"],
        ] {
            translate(dir.path()).args(&args).assert().code(2).stderr(
                predicate::str::contains(location.as_str()).and(predicate::str::contains(what)),
            );
            assert_eq!(read(&path), text, "{args:?} left the file as it was");
        }
        assert!(!dir.path().join("a.en.txt").exists());
    }
}

// ---------------------------------------------------------------------------------------------
// Living articles.

#[test]
fn rerun_on_a_changed_article_keeps_every_edit() {
    let (dir, path) = translated_seed();
    let article = dir.path().join("a.txt");
    let original = read(&article);
    // The reviewer edits 3.1 (its source will stay) and 2.1 (its source will change).
    let mut review = read(&path);
    review = set_target(
        &review,
        "3.1",
        "He spoke during Russian Defence Minister Sergei Shoigu's visit to Minsk.",
    );
    review = set_target(
        &review,
        "2.1",
        "Belarusian President Alexander Lukashenko said so.",
    );
    std::fs::write(&path, &review).unwrap();

    // The article is updated: 2.1 changes, paragraph 6 is removed, a paragraph is added.
    let lines: Vec<&str> = original.lines().collect();
    let changed_21 = lines[1].replace("Lukashenko di tengah", "Lukashenko pada Jumat di tengah");
    assert_ne!(changed_21, lines[1]);
    let added = "Kedua negara akan menggelar latihan gabungan lagi tahun depan.";
    let mut new_lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    new_lines[1] = changed_21.clone();
    let removed = new_lines.remove(5);
    new_lines.insert(3, added.to_string());
    std::fs::write(&article, new_lines.join("\n") + "\n").unwrap();

    let out = translate(dir.path()).arg("a.txt").assert().success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("changed since"), "{stderr}");
    assert!(
        stderr.contains("{+pada Jumat +}"),
        "source diff shown: {stderr}"
    );
    assert!(stderr.contains("¶4 new"), "{stderr}");
    assert!(
        stderr.contains("removed: Lukashenko bersikeras"),
        "{stderr}"
    );
    // Only the changed and the new sentence went to the backend.
    assert!(stderr.contains("2 segments translated"), "{stderr}");

    let after = read(&path);
    let parsed = ReviewFile::parse("a.review.md", &after).unwrap();
    let by_source = |needle: &str| {
        parsed
            .segments()
            .find(|s| s.source.contains(needle))
            .unwrap_or_else(|| panic!("segment with {needle}"))
            .clone()
    };
    let kept = by_source("Dia memberikan komentar");
    assert_eq!(
        kept.target.as_deref(),
        Some("He spoke during Russian Defence Minister Sergei Shoigu's visit to Minsk.")
    );
    assert_eq!(kept.state, SegmentState::Edited);
    assert_eq!(kept.origin, Origin::Human);
    let changed = by_source("pada Jumat");
    assert_ne!(
        changed.target.as_deref(),
        Some("Belarusian President Alexander Lukashenko said so.")
    );
    assert_eq!(
        changed.previous().as_deref(),
        Some("Belarusian President Alexander Lukashenko said so."),
        "the old target is kept as a note"
    );
    assert!(parsed
        .segments()
        .any(|s| s.source == added && s.target.is_some()));
    assert!(!parsed.segments().any(|s| removed.contains(&s.source)));
    // The previous file is kept in the history.
    let history: Vec<_> = std::fs::read_dir(dir.path().join(".translate/history"))
        .unwrap()
        .collect();
    assert_eq!(history.len(), 1);

    // The article goes back to its first wording: the reviewer's 2.1 comes back, 3.1 stays.
    std::fs::write(&article, &original).unwrap();
    translate(dir.path()).arg("a.txt").assert().success();
    let back = read(&path);
    assert_eq!(
        target_of(&back, "2.1").as_deref(),
        Some("Belarusian President Alexander Lukashenko said so.")
    );
    assert_eq!(
        target_of(&back, "3.1").as_deref(),
        Some("He spoke during Russian Defence Minister Sergei Shoigu's visit to Minsk.")
    );
}

#[test]
fn force_starts_over_but_keeps_the_old_file() {
    let (dir, path) = translated_seed();
    let edited = set_target(&read(&path), "3.1", "A reviewer's sentence.");
    std::fs::write(&path, &edited).unwrap();
    translate(dir.path())
        .args(["a.txt", "--force"])
        .assert()
        .success();
    assert_ne!(
        target_of(&read(&path), "3.1").as_deref(),
        Some("A reviewer's sentence.")
    );
    let history = dir.path().join(".translate/history");
    let kept: Vec<String> = std::fs::read_dir(&history)
        .unwrap()
        .map(|e| read(&e.unwrap().path()))
        .collect();
    assert!(kept.iter().any(|k| k == &edited));
}

// ---------------------------------------------------------------------------------------------
// diff and export.

#[test]
fn diff_shows_word_edits_and_figures() {
    let (dir, path) = translated_seed();
    let review = read(&path);
    let mt = target_of(&review, "1.2").unwrap();
    let edited = set_target(
        &review,
        "1.2",
        "Russian and Belarusian troops are currently holding joint exercises in anticipation of a wider European war.",
    );
    std::fs::write(&path, edited).unwrap();
    let out = translate(dir.path())
        .args(["diff", "a.review.md"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.starts_with("1.2  "), "{text}");
    assert!(text.contains("[-") && text.contains("{+"), "{text}");
    assert!(!text.contains('\u{1b}'), "no colour codes when piped");
    assert!(text.contains("1 of 17 segments edited"), "{text}");

    let out = translate(dir.path())
        .args(["diff", "a.review.md", "--json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let seg = &json["segments"][0];
    assert_eq!(seg["id"], "1.2");
    assert_eq!(seg["mt"], mt.as_str());
    let edits = seg["edits"].as_u64().unwrap();
    let words = seg["words"].as_u64().unwrap();
    assert!(edits > 5 && edits <= words, "{seg}");
    assert_eq!(json["article"]["edited"], 1);
    let hter = json["article"]["hter"].as_f64().unwrap();
    let total = json["article"]["words"].as_f64().unwrap();
    assert!((hter - edits as f64 / total).abs() < 1e-9);
}

#[test]
fn export_text_keeps_paragraphs_and_leaves_out_boilerplate() {
    let (dir, path) = translated_seed();
    let edited = set_target(&read(&path), "3.1", "He spoke during the visit.");
    std::fs::write(&path, edited).unwrap();
    translate(dir.path())
        .args(["export", "a.review.md"])
        .assert()
        .success();
    let text = read(&dir.path().join("a.en.txt"));
    let source = read(&example(SEED));
    let body_paragraphs = source
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("Baca juga"))
        .count();
    // The seed has one paragraph per line; so has the English.
    assert_eq!(text.lines().count(), body_paragraphs, "{text}");
    assert!(text.starts_with("TRIBUNNEWS.COM, MINSK - "));
    assert!(text.contains("\nHe spoke during the visit.\n"));
    assert!(!text.contains("Baca juga"));
    // The export is not overwritten without --force; --keep-boilerplate keeps the link lines.
    translate(dir.path())
        .args(["export", "a.review.md", "--keep-boilerplate"])
        .assert()
        .code(2);
    translate(dir.path())
        .args(["export", "a.review.md", "--keep-boilerplate", "-o", "-"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Baca juga: Presiden Alexander Lukashenko",
        ));
    // The same from the project's configuration.
    std::fs::write(
        dir.path().join("translate.toml"),
        "keep_boilerplate = true\n",
    )
    .unwrap();
    translate(dir.path())
        .args(["export", "a.review.md", "-o", "-", "--no-memory"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Baca juga: Presiden Alexander Lukashenko",
        ));
}

/// Two runs at once on one project share the state database (WAL, busy timeout): both finish,
/// and the database is whole.
#[test]
fn two_runs_at_once_share_the_state_safely() {
    let dir = tempfile::tempdir().unwrap();
    let articles: Vec<PathBuf> = example_articles();
    for a in &articles {
        std::fs::copy(a, dir.path().join(a.file_name().unwrap())).unwrap();
    }
    let names: Vec<String> = articles
        .iter()
        .map(|a| a.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let (first, second) = names.split_at(names.len() / 2);
    let bin = assert_cmd::cargo::cargo_bin("translate");
    let spawn = |args: &[&str]| {
        std::process::Command::new(&bin)
            .current_dir(dir.path())
            .args(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("started")
    };
    let wait = |children: Vec<std::process::Child>| {
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    };
    let (first, second): (Vec<&str>, Vec<&str>) = (
        first.iter().map(String::as_str).collect(),
        second.iter().map(String::as_str).collect(),
    );
    wait(vec![spawn(&first), spawn(&second)]);
    // Every article's review is approved, then exported at once, each feeding the memory.
    let reviews: Vec<String> = names
        .iter()
        .map(|n| n.replace(".txt", ".review.md"))
        .collect();
    wait(
        reviews
            .iter()
            .map(|r| spawn(&["approve", r.as_str(), "--all"]))
            .collect(),
    );
    wait(
        reviews
            .iter()
            .map(|r| spawn(&["export", r.as_str(), "-o", "-"]))
            .collect(),
    );
    let conn = rusqlite::Connection::open(dir.path().join(".translate/state.db")).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let documents: i64 = conn
        .query_row(
            "SELECT COUNT(DISTINCT document) FROM review_machine",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(documents as usize, names.len());
    let out = translate(dir.path())
        .args(["memory", "stats", "--json"])
        .assert()
        .success();
    let stats: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(
        stats["memory"]["documents"].as_u64(),
        Some(names.len() as u64),
        "{stats}"
    );
}

#[test]
fn non_text_segments_keep_their_kind() {
    let doc = segment("a.txt", read(&example(SEED)));
    let parsed = ReviewFile::parse("r", &write_review(&doc, "offline")).unwrap();
    let kinds: Vec<SegmentKind> = parsed.segments().map(|s| s.kind).collect();
    let expected: Vec<SegmentKind> = doc.segments().map(|s| s.kind).collect();
    assert_eq!(kinds, expected);
    assert!(kinds.contains(&SegmentKind::Dateline) && kinds.contains(&SegmentKind::Boilerplate));
}

// ---------------------------------------------------------------------------------------------
// Translation memory.

#[test]
fn export_feeds_the_memory_and_translation_reuses_it() {
    let (dir, path) = translated_seed();
    let approved = "He spoke during Russian Defence Minister Sergei Shoigu's visit to Minsk.";
    std::fs::write(&path, set_target(&read(&path), "3.1", approved)).unwrap();
    // Only what a person edited (3.1) or approved (4.2) enters the memory; export says what
    // is still unreviewed and how to approve it.
    translate(dir.path())
        .args(["approve", "a.review.md", "4.2"])
        .assert()
        .success()
        .stderr(predicate::str::contains("1 segment approved"));
    translate(dir.path())
        .args(["export", "a.review.md"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("2 reviewed pairs stored (2 new)")
                .and(predicate::str::contains("15 segments are not reviewed yet"))
                .and(predicate::str::contains("translate approve a.review.md")),
        );

    // A later article repeats 3.1 and varies 4.2 by one word.
    let seed = segment("a.txt", read(&example(SEED)));
    let source_of = |id: &str| seed.segments().find(|s| s.id() == id).unwrap().text();
    let varied = source_of("4.2").replace("negara terus", "negara akan terus");
    assert_ne!(varied, source_of("4.2"));
    let article = format!(
        "{}\n{}\nLatihan itu akan berlangsung selama dua minggu di wilayah Belarusia.\n",
        source_of("3.1"),
        varied
    );
    std::fs::write(dir.path().join("b.txt"), article).unwrap();
    let out = translate(dir.path()).arg("b.txt").assert().success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("1 exact match reused, 1 segment with fuzzy matches"),
        "{stderr}"
    );
    assert!(stderr.contains("2 segments translated"), "{stderr}");
    let review = read(&dir.path().join("b.review.md"));
    assert!(review.contains("<!-- seg 1.1 span=0..") && review.contains("origin=memory-exact"));
    assert_eq!(target_of(&review, "1.1").as_deref(), Some(approved));
    let note = review
        .lines()
        .find(|l| l.starts_with("<!-- note 2.1 memory "))
        .unwrap_or_else(|| panic!("fuzzy match note in {review}"));
    assert!(
        note.contains("% (a.txt): Ia menambahkan instruktur"),
        "{note}"
    );
    // --no-memory: nothing reused.
    translate(dir.path())
        .args(["b.txt", "--no-memory", "--force"])
        .assert()
        .success()
        .stderr(predicate::str::contains("3 segments translated"));
}

// ---------------------------------------------------------------------------------------------
// Exchange with CAT tools.

#[test]
fn xliff_round_trip_through_a_cat_tool() {
    let (dir, path) = translated_seed();
    translate(dir.path())
        .args(["export", "a.review.md", "-f", "xliff", "--no-memory"])
        .assert()
        .success();
    let xlf = dir.path().join("a.xlf");
    let exported = read(&xlf);
    // What a CAT tool does: a new target for 3.1, marked final; special characters survive.
    let start = exported.find("<unit id=\"3.1\"").unwrap();
    let end = start + exported[start..].find("</unit>").unwrap();
    let unit = &exported[start..end];
    let t0 = unit.find("<target>").unwrap();
    let t1 = unit.find("</target>").unwrap() + "</target>".len();
    let edited_unit = unit[..t0].replace(
        "state=\"translated\" subState=\"terjemah:machine\"",
        "state=\"final\"",
    ) + "<target>He spoke &amp; “met” Sergei Shoigu &lt;in Minsk&gt;.</target>"
        + &unit[t1..];
    std::fs::write(
        &xlf,
        format!("{}{edited_unit}{}", &exported[..start], &exported[end..]),
    )
    .unwrap();
    translate(dir.path())
        .args(["import", "a.xlf"])
        .assert()
        .success()
        .stderr(predicate::str::contains("1 segment with new English"));
    let review = read(&path);
    let parsed = ReviewFile::parse("a.review.md", &review).unwrap();
    let seg = parsed.segment("3.1").unwrap();
    assert_eq!(
        seg.target.as_deref(),
        Some("He spoke & “met” Sergei Shoigu <in Minsk>.")
    );
    assert_eq!(seg.state, SegmentState::Approved);
    assert_eq!(seg.origin, Origin::Human);
    assert_eq!(
        parsed
            .segments()
            .filter(|s| s.origin == Origin::Human)
            .count(),
        1
    );
    // Importing again changes nothing.
    translate(dir.path())
        .args(["import", "a.xlf"])
        .assert()
        .success()
        .stderr(predicate::str::contains("up to date"));

    // An XLIFF of another version of the article is refused; the review file stays.
    let other = read(&xlf).replace("Dia memberikan komentar", "Ia memberikan komentar");
    std::fs::write(&xlf, other).unwrap();
    translate(dir.path())
        .args(["import", "a.xlf"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("a.xlf:").and(predicate::str::contains(
                "the source of segment 3.1 differs",
            )),
        );
    assert_eq!(read(&path), review);
}

#[test]
fn exports_for_the_web_and_other_memories() {
    let (dir, _path) = translated_seed();
    translate(dir.path())
        .args(["export", "a.review.md", "-f", "html", "--no-memory"])
        .assert()
        .success();
    let html = read(&dir.path().join("a.html"));
    assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<!doctype html>"));
    assert!(html.contains("Defence Minister"));
    assert!(!html.contains("<script"));
    // The TMX holds what a person reviewed: nothing yet, then every approved segment.
    translate(dir.path())
        .args([
            "export",
            "a.review.md",
            "-f",
            "tmx",
            "--no-memory",
            "-o",
            "-",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("<tu").not());
    translate(dir.path())
        .args(["approve", "a.review.md", "--all"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "17 segments approved; 0 still to review",
        ));
    translate(dir.path())
        .args(["export", "a.review.md", "-f", "tmx", "--no-memory"])
        .assert()
        .success();
    let other = tempfile::tempdir().unwrap();
    translate(other.path())
        .args(["memory", "import"])
        .arg(dir.path().join("a.tmx"))
        .assert()
        .success();
    let out = translate(other.path())
        .args(["memory", "stats", "--json"])
        .assert()
        .success();
    let stats: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(stats["memory"]["pairs"], 17);
}

// ---------------------------------------------------------------------------------------------
// Post-edits feed glossary suggestions.

#[test]
fn repeated_post_edits_become_glossary_suggestions() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt"] {
        std::fs::copy(example(SEED), dir.path().join(name)).unwrap();
    }
    translate(dir.path())
        .args(["a.txt", "b.txt"])
        .assert()
        .success();
    for name in ["a.review.md", "b.review.md"] {
        let path = dir.path().join(name);
        let review = read(&path);
        let mt = target_of(&review, "11.1").unwrap();
        assert!(mt.contains("war that not announced"), "{mt}");
        let edited = mt.replace("war that not announced", "an undeclared war");
        std::fs::write(&path, set_target(&review, "11.1", &edited)).unwrap();
    }
    let out = translate(dir.path())
        .args([
            "glossary",
            "suggest",
            "a.review.md",
            "b.review.md",
            "--json",
        ])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let found = json["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["target"] == "an undeclared war")
        .unwrap_or_else(|| panic!("{json:#}"));
    assert_eq!(found["source"], "perang yang tidak diumumkan");
    assert_eq!(found["kind"], "term");
    assert_eq!(found["count"], 2);
    let evidence: Vec<(String, String)> = found["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["file"].as_str().unwrap().to_string(),
                e["segment"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        evidence,
        [
            ("a.review.md".to_string(), "11.1".to_string()),
            ("b.review.md".to_string(), "11.1".to_string())
        ]
    );
}
