//! XLIFF: the 2.1 export round-trips every example article through the offline backend, keeps
//! hostile characters, has the 2.1 shape; XLIFF 1.2 and 2.0 files shaped like the ones CAT
//! tools write are read; damaged files are refused with file and line.

use crate::common::{example, example_articles};
use assert_cmd::Command;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::path::Path;
use terjemah::doc::{Document, MemoryMatch, QaFinding, SegmentKind, SegmentState, Severity};
use terjemah::formats::xliff::{from_xliff, to_xliff, XliffSegment, NAMESPACE};
use terjemah::glossary::{builtin_sources, Glossary, Spelling};
use terjemah::mt::offline::OfflineBackend;
use terjemah::mt::LangPair;
use terjemah::pipeline::{self, RunOptions};

/// `path` read, segmented, glossary-matched and translated by the offline backend.
pub fn translated(path: &Path) -> Document {
    let mut docs = vec![pipeline::read_document(path).expect("readable").doc];
    let glossary = Glossary::load(&builtin_sources(), Spelling::British).expect("glossaries");
    let backend = OfflineBackend::new();
    let opts = RunOptions {
        backend: &backend,
        langs: LangPair::default(),
        policy: Default::default(),
        concurrency: None,
        store: None,
        ledger: None,
        dry_run: false,
    };
    pipeline::translate(&mut docs, &glossary, opts, &mut |_, _| {}).expect("offline run");
    docs.pop().expect("one document")
}

/// What must survive a round trip, per segment.
fn expected(doc: &Document) -> Vec<(String, String, Option<String>, SegmentState, bool)> {
    doc.segments()
        .map(|s| {
            (
                s.id(),
                s.text(),
                s.target.clone(),
                if s.target.is_some() {
                    s.state
                } else {
                    SegmentState::New
                },
                s.kind.is_translatable(),
            )
        })
        .collect()
}

fn read_back(
    segments: &[XliffSegment],
) -> Vec<(String, String, Option<String>, SegmentState, bool)> {
    segments
        .iter()
        .map(|s| {
            (
                s.id.clone(),
                s.source.clone(),
                s.target.clone(),
                s.state,
                s.translate,
            )
        })
        .collect()
}

/// An element: its name, attributes and depth (the root is 0).
type Element = (String, Vec<(String, String)>, usize);

/// The elements in document order: enough to check the shape.
fn elements(xml: &str) -> Vec<Element> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut depth = 0;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let empty = xml.as_bytes()[reader.buffer_position() as usize - 2] == b'/';
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.expect("attribute");
                        (
                            String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                            a.normalized_value(quick_xml::XmlVersion::default())
                                .expect("value")
                                .into_owned(),
                        )
                    })
                    .collect();
                out.push((
                    String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    attrs,
                    depth,
                ));
                if !empty {
                    depth += 1;
                }
            }
            Event::End(_) => depth -= 1,
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0, "every element is closed");
    out
}

fn attr<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

#[test]
fn every_example_article_round_trips() {
    let articles = example_articles();
    assert!(articles.len() >= 6);
    for path in articles {
        let doc = translated(&path);
        let xml = to_xliff(&doc);
        let name = path.display().to_string();
        let back = from_xliff(&name, &xml).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read_back(&back), expected(&doc), "{name}");
        // Segment kinds come back from the unit type, and the states really vary.
        let kinds: Vec<SegmentKind> = doc.segments().map(|s| s.kind).collect();
        assert_eq!(back.iter().map(|s| s.kind).collect::<Vec<_>>(), kinds);
        assert!(
            back.iter().any(|s| s.state == SegmentState::Machine),
            "{name}"
        );
        assert!(
            back.iter().any(|s| !s.translate),
            "{name}: no dateline or boilerplate"
        );

        // The 2.1 shape: root, file, a group per paragraph, a unit per segment, one segment
        // with its source (and target) in each.
        let els = elements(&xml);
        let (root, attrs, _) = &els[0];
        assert_eq!(root, "xliff");
        assert_eq!(attr(attrs, "xmlns"), Some(NAMESPACE));
        assert_eq!(attr(attrs, "version"), Some("2.1"));
        assert_eq!(attr(attrs, "srcLang"), Some("id"));
        assert_eq!(attr(attrs, "trgLang"), Some("en"));
        assert_eq!(els.iter().filter(|e| e.0 == "file").count(), 1);
        let file = &els[1];
        assert_eq!((file.0.as_str(), file.2), ("file", 1));
        assert!(attr(&file.1, "id").is_some());
        assert_eq!(
            attr(&file.1, "original"),
            path.file_name().and_then(|n| n.to_str())
        );
        let groups: Vec<_> = els.iter().filter(|e| e.0 == "group").collect();
        assert_eq!(groups.len(), doc.paragraphs.len(), "{name}");
        assert!(groups
            .iter()
            .all(|g| g.2 == 2 && attr(&g.1, "type").is_some_and(|t| t.starts_with("terjemah:"))));
        let units: Vec<_> = els.iter().filter(|e| e.0 == "unit").collect();
        assert_eq!(units.len(), doc.segments().count());
        for (unit, seg) in units.iter().zip(doc.segments()) {
            assert_eq!(unit.2, 3);
            assert_eq!(attr(&unit.1, "id"), Some(seg.id().as_str()));
            assert_eq!(
                attr(&unit.1, "translate") == Some("no"),
                !seg.kind.is_translatable()
            );
        }
        for (i, e) in els.iter().enumerate() {
            match e.0.as_str() {
                "segment" => {
                    assert_eq!(els[i - 1].0 != "unit", els[i - 1].0 == "note");
                    assert_eq!((els[i + 1].0.as_str(), els[i + 1].2), ("source", e.2 + 1));
                    let state = attr(&e.1, "state").expect("state written");
                    assert!(["initial", "translated", "reviewed", "final"].contains(&state));
                }
                "notes" => assert_eq!(els[i - 1].0, "unit", "notes come first in a unit"),
                "note" => assert!(attr(&e.1, "category").is_some()),
                _ => {}
            }
        }
    }
}

#[test]
fn hostile_characters_and_every_state_survive() {
    let text = "Harga <b>naik</b> & \"turun\" 'lagi'.\n\nKode \u{1}\u{1b}[31m merah 😀 di sini.\r\n\r\nTeks ketiga tanpa terjemahan.\n\nTeks keempat disetujui.";
    let mut doc = terjemah::segment::segment("hostile.txt", text.to_string());
    let targets = [
        (
            Some("Prices <b>rise</b> & \"fall\" 'again' &amp; ]]> --"),
            SegmentState::Machine,
        ),
        (
            Some("Code \u{1}\u{1b}[31m red 😀 here,\r\nwith a line break\u{7f} and\ttab."),
            SegmentState::Edited,
        ),
        (None, SegmentState::New),
        (
            Some("  The fourth text, approved.  "),
            SegmentState::Approved,
        ),
    ];
    assert_eq!(doc.segments().count(), targets.len());
    for (seg, (target, state)) in doc.segments_mut().zip(targets) {
        seg.target = target.map(String::from);
        seg.state = state;
    }
    // Notes with the same characters must not break the file either.
    let first = &mut doc.paragraphs[0].segments[0];
    first.qa.push(QaFinding {
        check: "number".into(),
        severity: Severity::Error,
        message: "`<9.000>` & \"\u{1}\"".into(),
    });
    first.memory.push(MemoryMatch {
        score: 80,
        source: "Harga <i>naik</i>".into(),
        target: "Prices & <i>rise</i>".into(),
        document: "a&b.txt".into(),
    });
    first.previous = Some("Old ]]> target".into());
    let xml = to_xliff(&doc);
    assert!(
        xml.contains("<cp hex=\"0001\"/><cp hex=\"001B\"/>[31m"),
        "{xml}"
    );
    assert!(!xml.contains('\u{1}') && !xml.contains('\u{1b}'));
    elements(&xml);
    let back = from_xliff("hostile.xlf", &xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert_eq!(read_back(&back), expected(&doc));
    assert_eq!(
        back.iter().map(|s| s.state).collect::<Vec<_>>(),
        [
            SegmentState::Machine,
            SegmentState::Edited,
            SegmentState::New,
            SegmentState::Approved
        ]
    );
    assert_eq!(
        back[1].target.as_deref(),
        Some("Code \u{1}\u{1b}[31m red 😀 here,\r\nwith a line break\u{7f} and\ttab.")
    );
}

#[test]
fn okapi_xliff_1_2() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/okapi-1.2.xlf");
    let text = std::fs::read_to_string(&path).unwrap();
    let segments = from_xliff("okapi-1.2.xlf", &text).unwrap();
    let got: Vec<_> = segments
        .iter()
        .map(|s| (s.id.as_str(), s.state, s.translate, s.line))
        .collect();
    assert_eq!(
        got,
        [
            ("tu1", SegmentState::Edited, false, 8),
            ("tu2", SegmentState::Approved, true, 12),
            ("tu3", SegmentState::Machine, true, 18),
            ("tu4", SegmentState::Edited, true, 26),
            ("tu5", SegmentState::New, true, 30),
        ]
    );
    assert_eq!(segments[0].kind, SegmentKind::Boilerplate);
    assert_eq!(segments[1].source, "Tentara Rusia dan Belarusia saat ini sedang berlatih perang Bersama mengantisipasi eskalasi perang Eropa.");
    assert_eq!(segments[1].target.as_deref(), Some("Russian and Belarusian troops are holding joint war exercises in anticipation of an escalation of the war in Europe."));
    // An `<x/>` line break stands for its `equiv-text`; the `<alt-trans>` is not the target.
    assert!(segments[2]
        .source
        .contains("Alexander Lukashenko di tengah"));
    assert!(segments[2]
        .target
        .as_deref()
        .unwrap()
        .starts_with("Affirmation"));
    // `<bpt>`/`<ept>` hold native code, left out.
    assert!(segments[3].source.contains("dikutip Russia Today, Sabtu"));
    assert_eq!(segments[4].target.as_deref(), Some(""));
}

#[test]
fn okapi_xliff_2_0() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/okapi-2.0.xlf");
    let text = std::fs::read_to_string(&path).unwrap();
    let segments = from_xliff("okapi-2.0.xlf", &text).unwrap();
    let got: Vec<_> = segments
        .iter()
        .map(|s| (s.id.as_str(), s.state, s.translate))
        .collect();
    assert_eq!(
        got,
        [
            ("tu1", SegmentState::New, false),
            ("tu2.s1", SegmentState::Approved, true),
            ("tu2.s2", SegmentState::Edited, true),
            ("tu3", SegmentState::Edited, true),
            ("tu4", SegmentState::New, true),
        ]
    );
    assert_eq!(segments[1].source, "Tentara Rusia dan Belarusia saat ini sedang berlatih perang Bersama mengantisipasi eskalasi perang Eropa.");
    assert!(segments[1]
        .target
        .as_deref()
        .unwrap()
        .starts_with("Russian and Belarusian troops are holding"));
    assert_eq!(segments[3].source, "Dia memberikan komentar selama kunjungan Menteri Pertahanan Rusia Sergey Shoigu ke Minsk seperti dikutip Russia Today, Sabtu (3/12/2022) waktu Minsk.");
    assert_eq!(segments[4].target.as_deref(), Some(""));
    assert_eq!(segments[4].line, 44);
}

#[test]
fn the_binary_exports_xliff_and_refuses_a_damaged_one() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("seed.txt");
    std::fs::copy(example("tribunnews-2022-12-03-rusia-belarus.txt"), &article).unwrap();
    let mut cmd = Command::cargo_bin("translate").unwrap();
    cmd.current_dir(dir.path())
        .args(["seed.txt", "--format", "xliff", "-o", "seed.xlf"])
        .assert()
        .success();
    let xml = std::fs::read_to_string(dir.path().join("seed.xlf")).expect("seed.xlf written");
    assert_eq!(
        from_xliff("seed.xlf", &xml).unwrap(),
        from_xliff("seed.xlf", &to_xliff(&translated(&article))).unwrap()
    );
    // `translate qa` reads it with the same reader.
    Command::cargo_bin("translate")
        .unwrap()
        .current_dir(dir.path())
        .args(["qa", "seed.xlf"])
        .assert()
        .success();

    // A hand edit that loses a closing tag: the line of the damage, exit 2.
    let target_line = xml
        .lines()
        .position(|l| l.contains("<target>") && l.contains("Lukashenko"))
        .unwrap();
    let damaged: String = xml
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == target_line {
                l.replace("</target>", "")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.path().join("damaged.xlf"), &damaged).unwrap();
    let out = Command::cargo_bin("translate")
        .unwrap()
        .current_dir(dir.path())
        .args(["qa", "damaged.xlf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("damaged.xlf:{}: invalid XML", target_line + 2)),
        "{stderr}"
    );
    // Not XLIFF at all.
    std::fs::write(
        dir.path().join("seed-copy.xlf"),
        std::fs::read(&article).unwrap(),
    )
    .unwrap();
    let out = Command::cargo_bin("translate")
        .unwrap()
        .current_dir(dir.path())
        .args(["qa", "seed-copy.xlf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("seed-copy.xlf:1: not an XLIFF file"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
