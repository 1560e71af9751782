//! The translation memory: TMX 1.4b round trips, TMX from other tools, exact and fuzzy lookup
//! on real sentences, `translate memory import|export|stats`, damaged files, and two imports
//! running at once on one state folder.

use crate::common::{example, shared_data};
use assert_cmd::Command;
use std::path::{Path, PathBuf};
use terjemah::formats::tmx::{read_tmx, write_tmx};
use terjemah::store::memory::similarity;
use terjemah::store::{MemoryPair, Store};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/tmx")
        .join(name)
}

/// The 1-1 sentence pairs of the PUD alignment set: real Indonesian with its English original.
fn pud_pairs() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(shared_data("align-dev-pud-sentences.jsonl")).unwrap();
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        for link in doc["links"].as_array().unwrap() {
            let (s, t) = (link[0].as_array().unwrap(), link[1].as_array().unwrap());
            if s.len() == 1 && t.len() == 1 {
                let s = doc["src"][s[0].as_u64().unwrap() as usize]
                    .as_str()
                    .unwrap();
                let t = doc["tgt"][t[0].as_u64().unwrap() as usize]
                    .as_str()
                    .unwrap();
                out.push((s.to_string(), t.to_string()));
            }
        }
    }
    out
}

/// The text segments of an example article.
fn article_sentences(name: &str) -> Vec<String> {
    let path = example(name);
    let text = std::fs::read_to_string(&path).unwrap();
    terjemah::segment::segment(&path.display().to_string(), text)
        .segments()
        .filter(|s| s.source.split_whitespace().count() > 4)
        .map(|s| s.source.clone())
        .collect()
}

fn pair(source: &str, target: &str, document: &str, created: &str) -> MemoryPair {
    MemoryPair {
        source: source.into(),
        target: target.into(),
        document: document.into(),
        created: Some(created.into()),
    }
}

fn translate() -> Command {
    Command::cargo_bin("translate").expect("binary built")
}

#[test]
fn tmx_round_trip_keeps_real_text_and_awkward_characters() {
    let mut pairs: Vec<(String, String, MemoryPair)> = pud_pairs()
        .into_iter()
        .take(200)
        .enumerate()
        .map(|(i, (s, t))| {
            (
                "id".into(),
                "en".into(),
                pair(
                    &s,
                    &t,
                    "pud.txt",
                    &format!("2023-01-{:02}T10:00:00Z", i % 28 + 1),
                ),
            )
        })
        .collect();
    let awkward = [
        (
            "Harga <b>naik</b> & \"turun\" 'lagi'",
            "Prices <b>rise</b> & \"fall\" 'again'",
        ),
        (
            "Kolom\tsatu\r\nbaris dua\rtiga\nempat",
            "Column\tone\r\nline two\rthree\nfour",
        ),
        (
            "Kontrol \u{0}\u{1}\u{7}\u{8}\u{b}\u{c}\u{1b}\u{1f} dan \u{FFFE}\u{FFFF} akhir",
            "Control \u{7} and ]]> end",
        ),
        (
            "Emoji 🇮🇩 😀 dan café, naïve (NFD: cafe\u{301})",
            "Emoji 🇮🇩 😀 and café",
        ),
        ("  spasi di tepi  ", "  edge spaces  "),
        (
            "&amp; bukan entitas &#13; &lt;",
            "&amp; not an entity &#13; &lt;",
        ),
    ];
    for (s, t) in awkward {
        pairs.push((
            "id".into(),
            "en-GB".into(),
            pair(s, t, "a&b <c>.txt", "2024-02-29T23:59:59Z"),
        ));
    }
    let text = write_tmx(&pairs);
    assert!(text.contains("creationdate=\"20240229T235959Z\""));
    assert!(text.contains("<prop type=\"x-document\">a&amp;b &lt;c&gt;.txt</prop>"));
    let back = read_tmx("round.tmx", &text).unwrap();
    assert_eq!(back.srclang, "id");
    assert_eq!(back.creationtool.as_deref(), Some("terjemah"));
    let got = back.pairs("id");
    assert_eq!(got.len(), pairs.len());
    for (g, (_, to, want)) in got.iter().zip(&pairs) {
        assert_eq!(&g.pair, want);
        assert_eq!(g.to.to_lowercase(), to.to_lowercase());
    }

    // Through the store and a second store: nothing changes on the way.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("a")).unwrap();
    for (from, to, p) in &pairs {
        store.memory_add(from, to, std::slice::from_ref(p)).unwrap();
    }
    let exported = write_tmx(&store.memory_pairs(None, None).unwrap());
    let other = Store::open(&dir.path().join("b")).unwrap();
    for p in read_tmx("x.tmx", &exported).unwrap().pairs("id") {
        other.memory_add(&p.from, &p.to, &[p.pair]).unwrap();
    }
    assert_eq!(
        other.memory_pairs(None, None).unwrap(),
        store.memory_pairs(None, None).unwrap()
    );
    assert_eq!(
        write_tmx(&other.memory_pairs(None, None).unwrap()),
        exported
    );
}

#[test]
fn reads_tmx_written_by_omegat_memoq_and_trados() {
    let read = |name: &str| {
        let path = fixture(name);
        read_tmx(name, &std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let omegat = read("omegat.tmx");
    assert_eq!(omegat.creationtool.as_deref(), Some("OmegaT"));
    let p = omegat.pairs("id");
    assert_eq!(p.len(), 4);
    assert_eq!((p[0].from.as_str(), p[0].to.as_str()), ("id-ID", "en-GB"));
    assert_eq!(
        p[0].pair.source,
        "Shoigu memuji Belarusia atas tekad untuk melawan arah permusuhan AS dan sekutunya."
    );
    // OmegaT dates its target variant; the later change date wins.
    assert_eq!(p[0].pair.created.as_deref(), Some("2022-12-04T09:30:15Z"));
    // Inline codes (`<bpt>`/`<ept>` holding `<b0>`) are not text.
    assert_eq!(p[1].pair.source, "Perjanjian Ulang Rusia-Belarus");
    assert_eq!(p[1].pair.target, "Russia and Belarus renew their pact");
    assert!(p[2].pair.target.ends_with("about 9,000."));

    let memoq = read("memoq.tmx");
    let p = memoq.pairs("id");
    assert_eq!(p.len(), 3);
    assert_eq!((p[0].from.as_str(), p[0].to.as_str()), ("id-id", "en-gb"));
    assert_eq!(
        p[0].pair.document,
        "kompas-2025-06-11-prabowo-aliansi-militer.docx"
    );
    assert_eq!(
        p[1].pair.source,
        "Diberitakan sebelumnya, Prabowo resmi membuka acara Indo Defence di JIExpo Kemayoran, \
         Jakarta Pusat, yang akan digelar pada 11-14 Juni 2025."
    );
    assert_eq!(p[1].pair.created.as_deref(), Some("2025-06-12T08:27:31Z"));
    // `<hi>` keeps its text.
    assert!(p[2].pair.target.contains("without mutual respect"));

    // `srclang="*all*"`: the caller's source language decides; codes in any case.
    let trados = read("trados.tmx");
    assert_eq!(trados.srclang, "*all*");
    let p = trados.pairs("id");
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].from.as_str(), p[0].to.as_str()), ("ID-ID", "EN-US"));
    assert_eq!(
        p[0].pair.target,
        "President Joko Widodo (Jokowi) has decided to move the capital off the island of Java."
    );
    assert_eq!(p[0].pair.created.as_deref(), Some("2019-05-08T02:18:45Z"));
}

#[test]
fn exact_and_fuzzy_lookup_on_real_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let pud = pud_pairs();
    let stored: Vec<MemoryPair> = pud
        .iter()
        .map(|(s, t)| MemoryPair {
            source: s.clone(),
            target: t.clone(),
            document: "pud".into(),
            created: None,
        })
        .collect();
    let added = store.memory_add("id", "en", &stored).unwrap();
    let distinct: std::collections::HashSet<_> = pud.iter().collect();
    assert_eq!(added, distinct.len());
    // Adding again stores nothing new.
    assert_eq!(store.memory_add("id", "en", &stored).unwrap(), 0);

    let tribun =
        "Kementerian Pertahanan Belarusia mengatakan bulan itu jumlah total pasukan Rusia \
                  yang ditempatkan di negara itu akan menjadi sekitar 9.000.";
    store
        .memory_add(
            "id-ID",
            "en-GB",
            &[pair(
                tribun,
                "The Belarusian Defence Ministry said that month that the total number of \
                 Russian troops stationed in the country would be about 9,000.",
                "tribunnews-2022-12-03-rusia-belarus.txt",
                "2022-12-04T09:45:11Z",
            )],
        )
        .unwrap();

    // Exact: white space and Unicode composition do not matter; the language's region does not.
    let spaced = tribun.replace(' ', "  \n");
    let hit = store.memory_exact("id", "en", &spaced).unwrap().unwrap();
    assert!(hit.target.ends_with("about 9,000."));
    assert_eq!(hit.created.as_deref(), Some("2022-12-04T09:45:11Z"));
    assert!(store.memory_exact("id", "de", tribun).unwrap().is_none());
    // Case counts: not exact, 99%.
    let lower = tribun.to_lowercase();
    assert!(store.memory_exact("id", "en", &lower).unwrap().is_none());
    assert_eq!(
        store.memory_fuzzy("id", "en", &lower, 75, 3).unwrap()[0].score,
        99
    );

    // A changed number: one token of 20.
    let changed = tribun.replace("9.000", "12.500");
    let m = store.memory_fuzzy("id", "en", &changed, 75, 3).unwrap();
    assert_eq!(m[0].source, tribun);
    assert_eq!(m[0].score, 95);
    assert_eq!(m[0].document, "tribunnews-2022-12-03-rusia-belarus.txt");
    // A changed word and a changed name.
    let changed = tribun
        .replace("Belarusia", "Polandia")
        .replace("sekitar", "lebih dari");
    let m = store.memory_fuzzy("id", "en", &changed, 75, 3).unwrap();
    assert_eq!(m[0].source, tribun);
    assert!((80..95).contains(&m[0].score), "{}", m[0].score);

    // Sentences of other news articles match nothing at 75%.
    for s in article_sentences("kompas-2025-06-11-prabowo-aliansi-militer.txt")
        .iter()
        .chain(&article_sentences(
            "liputan6-2017-05-08-wiranto-pembubaran-hti.txt",
        ))
    {
        assert!(
            store.memory_fuzzy("id", "en", s, 75, 3).unwrap().is_empty(),
            "{s}"
        );
    }

    // The index loses nothing: on varied PUD sentences, the best indexed match is as good as
    // the best of a scan over every stored source with the same score.
    let mut checked = 0;
    for (i, (s, _)) in pud.iter().enumerate().step_by(7) {
        let mut words: Vec<&str> = s.split(' ').collect();
        if words.len() < 6 {
            continue;
        }
        let n = words.len();
        words[i % n] = "ditelusuri";
        words.remove((i * 3 + 1) % n);
        let query = words.join(" ");
        let best_scan = pud
            .iter()
            .map(|(s, _)| similarity(&query, s))
            .max()
            .unwrap();
        let found = store.memory_fuzzy("id", "en", &query, 60, 1).unwrap();
        if best_scan >= 60 {
            assert_eq!(found[0].score, best_scan, "{query}");
            assert_eq!(similarity(&query, &found[0].source), best_scan);
            checked += 1;
        } else {
            assert!(found.is_empty(), "{query}");
        }
    }
    assert!(checked > 80, "{checked}");
}

#[test]
fn pairs_keep_the_newest_time_and_document() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let s = "Shoigu memuji Belarusia atas tekad untuk melawan arah permusuhan AS dan sekutunya.";
    let t = "Shoigu praised Belarus for its resolve to resist the hostile course of the US.";
    store
        .memory_add("id", "en", &[pair(s, t, "old.txt", "2022-12-04T09:00:00Z")])
        .unwrap();
    let n = store
        .memory_add("id", "en", &[pair(s, t, "new.txt", "2023-01-01T00:00:00Z")])
        .unwrap();
    assert_eq!(n, 0);
    store
        .memory_add(
            "id",
            "en",
            &[pair(s, t, "older.txt", "2020-01-01T00:00:00Z")],
        )
        .unwrap();
    let all = store.memory_pairs(None, None).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].2.document, "new.txt");
    // A second translation of the same source: the newest is the exact match.
    let t2 = "Shoigu praised Belarus for its determination to oppose the US and its allies.";
    store
        .memory_add(
            "id",
            "en",
            &[pair(s, t2, "later.txt", "2024-05-01T00:00:00Z")],
        )
        .unwrap();
    assert_eq!(
        store.memory_exact("id", "en", s).unwrap().unwrap().target,
        t2
    );
    let stats = store.memory_stats().unwrap();
    assert_eq!(stats.pairs, 2);
    assert_eq!(stats.documents, 2);
    assert_eq!(stats.oldest.as_deref(), Some("2023-01-01T00:00:00Z"));
    assert_eq!(stats.newest.as_deref(), Some("2024-05-01T00:00:00Z"));
}

fn stats_json(state: &Path) -> serde_json::Value {
    let out = translate()
        .args(["memory", "stats", "--json", "--state"])
        .arg(state)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn import_export_and_stats_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let out = translate()
        .args(["memory", "import"])
        .arg(fixture("omegat.tmx"))
        .arg(fixture("memoq.tmx"))
        .arg(fixture("trados.tmx"))
        .arg("--state")
        .arg(&state)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("omegat.tmx: 4 pairs id-ID -> en-GB, 4 new"),
        "{report}"
    );

    let stats = stats_json(&state);
    assert_eq!(stats["memory"]["pairs"], 8);
    assert_eq!(stats["memory"]["languages"][0]["from"], "id-id");
    assert_eq!(stats["memory"]["languages"][0]["pairs"], 7);
    // OmegaT names no document: the file's name stands in.
    assert_eq!(stats["memory"]["documents"], 3);
    assert_eq!(stats["memory"]["oldest"], "2019-05-08T02:18:45Z");
    let text = translate()
        .args(["memory", "stats", "--state"])
        .arg(&state)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("pairs      8"));

    // Import again: nothing new.
    translate()
        .args(["memory", "import"])
        .arg(fixture("memoq.tmx"))
        .arg("--state")
        .arg(&state)
        .assert()
        .success()
        .stdout(predicates::str::contains("3 pairs id-id -> en-gb, 0 new"));

    // Export to a file, only into British English, then into a fresh memory.
    let file = dir.path().join("out.tmx");
    translate()
        .args(["memory", "export", "--to", "en-GB", "-o"])
        .arg(&file)
        .arg("--state")
        .arg(&state)
        .assert()
        .success();
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(written.matches("</tu>").count(), 7);
    assert!(written.contains("srclang=\"id-ID\""));
    assert!(!written.contains("Joko Widodo"));
    // An existing file is not replaced without --force.
    translate()
        .args(["memory", "export", "-o"])
        .arg(&file)
        .arg("--state")
        .arg(&state)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);
    let state2 = dir.path().join("state2");
    translate()
        .args(["memory", "import"])
        .arg(&file)
        .arg("--state")
        .arg(&state2)
        .assert()
        .success();
    let again = translate()
        .args(["memory", "export", "--state"])
        .arg(&state2)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(again.stdout).unwrap(), written);

    // Without --state: the project's `.translate/` in the working directory.
    let project = dir.path().join("project");
    std::fs::create_dir(&project).unwrap();
    std::fs::write(project.join("translate.toml"), "").unwrap();
    translate()
        .current_dir(&project)
        .args(["memory", "import"])
        .arg(fixture("trados.tmx"))
        .assert()
        .success();
    assert!(project.join(".translate/state.db").is_file());
}

#[test]
fn damaged_files_are_refused_with_file_and_line_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    translate()
        .args(["memory", "import"])
        .arg(fixture("memoq.tmx"))
        .arg("--state")
        .arg(&state)
        .assert()
        .success();
    let good = std::fs::read_to_string(fixture("omegat.tmx")).unwrap();
    let cases: Vec<(&str, String, String)> = vec![
        (
            "cut.tmx",
            good[..good.len() / 2].to_string(),
            "cut.tmx:".to_string(),
        ),
        (
            "tag.tmx",
            good.replacen("</seg>", "</sge>", 1),
            "tag.tmx:9: invalid XML".to_string(),
        ),
        (
            "lang.tmx",
            good.replacen("<tuv xml:lang=\"en-GB\"", "<tuv", 1),
            "lang.tmx:11: <tuv> has no xml:lang".to_string(),
        ),
        (
            "date.tmx",
            good.replacen("20221204T093015Z", "2022-12-04", 1),
            "date.tmx:11: changedate=\"2022-12-04\" is not a date".to_string(),
        ),
        (
            "entity.tmx",
            good.replacen("AS dan", "AS &nbsp; dan", 1),
            "entity.tmx:9: unknown entity `&nbsp;`".to_string(),
        ),
        (
            "noseg.tmx",
            good.replacen("<seg>Shoigu praised", "Shoigu praised", 1)
                .replacen("its allies.</seg>", "its allies.", 1),
            "noseg.tmx:13: <tuv xml:lang=\"en-GB\"> has no <seg>".to_string(),
        ),
        (
            "xliff.tmx",
            "<?xml version=\"1.0\"?>\n<xliff version=\"2.1\"/>\n".to_string(),
            "xliff.tmx:2: not a TMX file".to_string(),
        ),
        (
            "text.tmx",
            std::fs::read_to_string(example("tribunnews-2022-12-03-rusia-belarus.txt")).unwrap(),
            "text.tmx:1: not a TMX file".to_string(),
        ),
        (
            "empty.tmx",
            "<tmx version=\"1.4\"><header srclang=\"id\"/><body></body></tmx>".to_string(),
            "empty.tmx:1: no translation units".to_string(),
        ),
    ];
    let before = stats_json(&state);
    for (name, text, expected) in cases {
        let bad = dir.path().join(name);
        std::fs::write(&bad, &text).unwrap();
        // The good file first: it is not stored either.
        let out = translate()
            .current_dir(dir.path())
            .args(["memory", "import"])
            .arg(fixture("omegat.tmx"))
            .arg(name)
            .arg("--state")
            .arg(&state)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(err.contains(&expected), "{name}: {err}");
        assert!(err.contains(&format!("error: {name}:")), "{name}: {err}");
        assert_eq!(
            stats_json(&state)["memory"]["pairs"],
            before["memory"]["pairs"]
        );
    }
    // A refused import into a new state folder does not even create it.
    let fresh = dir.path().join("fresh");
    translate()
        .args(["memory", "import"])
        .arg(dir.path().join("tag.tmx"))
        .arg("--state")
        .arg(&fresh)
        .assert()
        .code(2);
    assert!(!fresh.exists());
    translate()
        .args(["memory", "import", "missing.tmx", "--state"])
        .arg(&fresh)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("cannot read missing.tmx"));
}

/// A TMX of `count` distinct pairs made of two PUD sentences each, starting at pair `first`.
fn large_tmx(pud: &[(String, String)], first: usize, count: usize) -> String {
    let n = pud.len();
    let entries: Vec<(String, String, MemoryPair)> = (first..first + count)
        .map(|i| {
            let (a, b) = (i % n, (i % n + 1 + i / n) % n);
            (
                "id".to_string(),
                "en".to_string(),
                pair(
                    &format!("{} {}", pud[a].0, pud[b].0),
                    &format!("{} {}", pud[a].1, pud[b].1),
                    &format!("doc-{}.txt", i / 50),
                    "2025-01-01T00:00:00Z",
                ),
            )
        })
        .collect();
    write_tmx(&entries)
}

/// `translate memory import FILE --state STATE` started in the background, its output piped,
/// for the tests that run two at once.
fn spawn_import(file: &Path, state: &Path) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_translate"))
        .args(["memory", "import"])
        .arg(file)
        .arg("--state")
        .arg(state)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// Two processes opening a fresh state at once: switching the new database to WAL needs it
/// alone, and SQLite answered one of the two "database is locked" at once, without its busy
/// timeout (half of such pairs failed before the store retried it, and
/// `two_imports_at_once_share_the_memory` did under load). Each round starts from an empty
/// folder, so every round races the first open.
#[test]
fn first_opens_of_a_fresh_state_at_once_both_succeed() {
    let tmx = fixture("omegat.tmx");
    for round in 0..12 {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state");
        let (a, b) = (spawn_import(&tmx, &state), spawn_import(&tmx, &state));
        for out in [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()] {
            assert!(out.status.success(), "round {round}: {out:?}");
        }
    }
}

#[test]
fn two_imports_at_once_share_the_memory() {
    let pud = pud_pairs();
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let (a, b) = (dir.path().join("a.tmx"), dir.path().join("b.tmx"));
    std::fs::write(&a, large_tmx(&pud, 0, 4000)).unwrap();
    std::fs::write(&b, large_tmx(&pud, 4000, 4000)).unwrap();
    let (pa, pb) = (spawn_import(&a, &state), spawn_import(&b, &state));
    let (oa, ob) = (
        pa.wait_with_output().unwrap(),
        pb.wait_with_output().unwrap(),
    );
    assert!(oa.status.success(), "{oa:?}");
    assert!(ob.status.success(), "{ob:?}");
    assert!(String::from_utf8_lossy(&oa.stdout).contains("4000 new"));
    assert!(String::from_utf8_lossy(&ob.stdout).contains("4000 new"));
    assert_eq!(stats_json(&state)["memory"]["pairs"], 8000);
    let conn = rusqlite::Connection::open(state.join("state.db")).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    // The index is whole: a stored pair from each file is found by a changed copy.
    let store = Store::open(&state).unwrap();
    for i in [17, 4017] {
        let n = pud.len();
        let (x, y) = (i % n, (i % n + 1 + i / n) % n);
        let query = format!("{} {}", pud[x].0, pud[y].0).replacen(' ', " juga ", 1);
        let m = store.memory_fuzzy("id", "en", &query, 75, 1).unwrap();
        assert_eq!(m[0].source, format!("{} {}", pud[x].0, pud[y].0));
    }
}
