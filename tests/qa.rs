//! `translate qa` and the checks behind it: false alarms on real human translations, planted
//! errors that must be found, and the command end to end on each input format.
//!
//! Real pairs: `../shared/data/align-dev-pud-sentences.jsonl` (UD_Indonesian-PUD, CC BY-SA 3.0:
//! Indonesian text and its English original), one-to-one links only.

use crate::common::shared_data;
use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::Path;
use terjemah::doc::Severity;
use terjemah::glossary::{builtin_sources, Glossary, Spelling};
use terjemah::qa::input::Unit;
use terjemah::qa::{check_units, Finding, CHECKS};

/// The one-to-one sentence pairs of the development data.
fn human_pairs() -> Vec<(String, String)> {
    human_pair_docs().concat()
}

/// The same pairs, document by document (one line of the data file a document).
fn human_pair_docs() -> Vec<Vec<(String, String)>> {
    let text = std::fs::read_to_string(shared_data("align-dev-pud-sentences.jsonl"))
        .expect("development data in ../shared/data");
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("json line");
        let src = doc["src"].as_array().expect("src");
        let tgt = doc["tgt"].as_array().expect("tgt");
        let mut pairs = Vec::new();
        for link in doc["links"].as_array().expect("links") {
            let (s, t) = (link[0].as_array().unwrap(), link[1].as_array().unwrap());
            if s.len() == 1 && t.len() == 1 {
                let s = src[s[0].as_u64().unwrap() as usize].as_str().unwrap();
                let t = tgt[t[0].as_u64().unwrap() as usize].as_str().unwrap();
                pairs.push((s.to_string(), t.to_string()));
            }
        }
        out.push(pairs);
    }
    out
}

fn glossary() -> Glossary {
    // The PUD English originals are American English.
    Glossary::load(&builtin_sources(), Spelling::American).expect("shipped glossaries load")
}

fn units(pairs: &[(String, String)]) -> Vec<Unit> {
    pairs
        .iter()
        .enumerate()
        .map(|(i, (s, t))| Unit::new((i + 1).to_string(), s.clone(), t.clone()))
        .collect()
}

#[test]
fn false_alarms_on_human_translations() {
    let pairs = human_pairs();
    assert!(pairs.len() > 700, "{} pairs", pairs.len());
    let g = glossary();
    let (findings, stats) = check_units(&units(&pairs), Some(&g));
    let mut by_check: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut segs: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for f in &findings {
        let e = by_check.entry(f.check).or_default();
        if f.severity == Severity::Error {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
        segs.entry(f.check).or_default().insert(&f.segment);
    }
    let with_numbers: std::collections::BTreeSet<String> = pairs
        .iter()
        .enumerate()
        .filter(|(_, (s, _))| s.chars().any(|c| c.is_ascii_digit()))
        .map(|(i, _)| (i + 1).to_string())
        .collect();
    println!(
        "false alarms on {} human one-to-one pairs ({} with digits in the source):",
        pairs.len(),
        with_numbers.len()
    );
    println!(
        "{:<15} {:>8} {:>8} {:>9} {:>7}",
        "check", "errors", "warnings", "segments", "rate"
    );
    for c in CHECKS {
        let (e, w) = by_check.get(c).copied().unwrap_or_default();
        let n = segs.get(c).map_or(0, |s| s.len());
        println!(
            "{c:<15} {e:>8} {w:>8} {n:>9} {:>6.1}%",
            100.0 * n as f64 / pairs.len() as f64
        );
    }
    if std::env::var_os("QA_SHOW").is_some() {
        for f in &findings {
            let i: usize = f.segment.parse().unwrap();
            println!(
                "--- {} {} {:?}: {}\n  {}\n  {}",
                f.segment,
                f.check,
                f.severity,
                f.message,
                pairs[i - 1].0,
                pairs[i - 1].1
            );
        }
    }
    // The number check: under 2% of the segments with numbers.
    let number_segs = segs.get("number").map_or(0, |s| s.len());
    let number_rate = number_segs as f64 / with_numbers.len() as f64;
    println!(
        "number: {number_segs} of {} segments with numbers ({:.1}%)",
        with_numbers.len(),
        number_rate * 100.0
    );
    assert!(
        number_rate < 0.02,
        "number false alarms {:.1}%",
        number_rate * 100.0
    );
    // Errors (what --strict fails on) stay rare on correct work.
    let error_segs: std::collections::BTreeSet<&str> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.segment.as_str())
        .collect();
    println!(
        "segments with an error: {} of {} ({:.1}%)",
        error_segs.len(),
        stats.checked,
        100.0 * error_segs.len() as f64 / stats.checked as f64
    );
    assert!((error_segs.len() as f64) < 0.03 * stats.checked as f64);
    for c in [
        "untranslated",
        "date",
        "time",
        "doubled-word",
        "unknown-marker",
    ] {
        assert!(
            segs.get(c).map_or(0, |s| s.len()) <= pairs.len() / 100,
            "{c} fires too often"
        );
    }
}

/// A planted error: the pair before and after, and the check that must find it.
struct Plant {
    what: &'static str,
    check: &'static str,
    source: String,
    target: String,
}

/// `d` with every digit changed the way a typist slips (9 -> 8, others + 1), separators kept.
fn bump_digits(d: &str) -> String {
    d.chars()
        .map(|c| match c {
            '9' => '8',
            c if c.is_ascii_digit() => ((c as u8) + 1) as char,
            c => c,
        })
        .collect()
}

/// The pair with the English number `d` changed by a typist's slip.
fn number_changed(s: &str, t: &str, d: &str) -> Option<Plant> {
    replace_token(t, d, &bump_digits(d)).map(|target| Plant {
        what: "number changed",
        check: "number",
        source: s.to_string(),
        target,
    })
}

/// Replaces the first occurrence of `from` (as a whole token) in `s`.
fn replace_token(s: &str, from: &str, to: &str) -> Option<String> {
    let mut at = 0;
    while let Some(p) = s[at..].find(from) {
        let start = at + p;
        let end = start + from.len();
        let before = s[..start].chars().next_back();
        let after = s[end..].chars().next();
        let boundary =
            |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '.' && c != ',');
        let after_ok = after.is_none_or(|c| !c.is_alphanumeric())
            && !s[end..].starts_with(['.', ','])
            || s[end..].starts_with(". ")
            || s[end..].starts_with(", ")
            || s[end..].trim_end() == ".";
        if boundary(before) && after_ok {
            return Some(format!("{}{to}{}", &s[..start], &s[end..]));
        }
        at = end;
    }
    None
}

fn plants(pairs: &[(String, String)], g: &Glossary) -> Vec<Plant> {
    let mut out = Vec::new();
    let clean = |s: &str, t: &str| {
        let (f, _) = check_units(&[Unit::new("1", s, t)], Some(g));
        f.is_empty()
    };
    for (i, (s, t)) in pairs.iter().enumerate() {
        if !clean(s, t) {
            continue;
        }
        // Numbers: change the digits of an English number that the source has too.
        let digits: Vec<&str> = t
            .split(|c: char| !(c.is_ascii_digit() || c == ','))
            .map(|x| x.trim_matches(','))
            .filter(|x| x.len() >= 2 && x.bytes().all(|b| b.is_ascii_digit() || b == b','))
            .collect();
        if let Some(d) = digits.first() {
            out.extend(number_changed(s, t, d));
            if d.contains(',') {
                if let Some(t2) = replace_token(t, d, &d.replace(',', ".")) {
                    out.push(Plant {
                        what: "Indonesian thousands left",
                        check: "number",
                        source: s.clone(),
                        target: t2,
                    });
                }
            }
            if let Some(t2) = replace_token(t, d, "") {
                out.push(Plant {
                    what: "number dropped",
                    check: "number",
                    source: s.clone(),
                    target: t2,
                });
            }
        }
        // Untranslated: the source as the target.
        if i % 10 == 0 && s.split_whitespace().count() >= 5 {
            out.push(Plant {
                what: "left untranslated",
                check: "untranslated",
                source: s.clone(),
                target: s.clone(),
            });
        }
        // A doubled word and a leftover marker.
        if i % 10 == 1 {
            if let Some(t2) = replace_token(t, "the", "the the") {
                out.push(Plant {
                    what: "doubled word",
                    check: "doubled-word",
                    source: s.clone(),
                    target: t2,
                });
            }
            let words: Vec<&str> = s.split_whitespace().collect();
            if let Some(w) = words.get(words.len() / 2) {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                // The offline backend marks unknown words, never numbers.
                if !w.is_empty() && w.chars().all(char::is_alphabetic) {
                    out.push(Plant {
                        what: "unknown marker left",
                        check: "unknown-marker",
                        source: s.clone(),
                        target: format!("{t} *{w}"),
                    });
                }
            }
        }
        // Drop a sentence: two pairs joined, the English of the second left out.
        if i % 8 == 2 && i + 1 < pairs.len() {
            let (s2, t2) = &pairs[i + 1];
            if s.len() > 40 && s2.len() > 40 && t.ends_with('.') && s.ends_with('.') {
                out.push(Plant {
                    what: "sentence dropped",
                    check: "omission",
                    source: format!("{s} {s2}"),
                    target: t.clone(),
                });
                let _ = t2;
            }
        }
        // Glossary: the English of a hit replaced by a made-up word.
        let hits = g.find(s);
        if let Some(m) = hits.first() {
            let e = g.entry(m.entry);
            let target = e.target_for(Spelling::American);
            // The check accepts the country adjective (`Greek` for `Yunani`): plant only where
            // the adjective is not there to stand in.
            let adjective_there = e.adjective.as_deref().is_some_and(|a| t.contains(a));
            // The check looks for the term anywhere: plant where it occurs once.
            let once = t.to_lowercase().matches(&target.to_lowercase()).count() == 1;
            if target.len() >= 4 && !e.flags.dnt && !adjective_there && once {
                if let Some(t2) = replace_token(t, &target, "Zorblax")
                    .filter(|t2| !still_rendered(g, s, t2, &e.source))
                {
                    out.push(Plant {
                        what: "glossary term changed",
                        check: "glossary",
                        source: s.clone(),
                        target: t2,
                    });
                }
            }
        }
    }
    // Dates, times and units that the data has few of: planted into real pairs.
    for (k, (s, t)) in pairs
        .iter()
        .enumerate()
        .filter(|(_, (s, t))| clean(s, t) && s.ends_with('.') && t.ends_with('.'))
        .take(40)
    {
        let (s, t) = (&s[..s.len() - 1], &t[..t.len() - 1]);
        let day = 1 + (k as u32 % 12);
        let month = 1 + ((k as u32 + 5) % 12);
        let year = 2015 + k as i32 % 9;
        let wd = terjemah::text::numbers::weekday(year, month, day) as usize;
        const ID: [&str; 7] = [
            "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
        ];
        const EN: [&str; 7] = terjemah::text::numbers::ENGLISH_WEEKDAYS;
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let src = format!("{s}, kata dia pada {} ({day}/{month}/{year}).", ID[wd]);
        let good = format!(
            "{t}, he said on {}, {} {day}, {year}.",
            EN[wd],
            MONTHS[month as usize - 1]
        );
        assert!(
            clean(&src, &good),
            "control pair has findings: {src} / {good}: {:?}",
            check_units(&[Unit::new("1", &src, &good)], Some(g)).0
        );
        if day != month {
            out.push(Plant {
                what: "day and month swapped",
                check: "date",
                source: src.clone(),
                target: format!(
                    "{t}, he said on {}, {} {month}, {year}.",
                    EN[wd],
                    MONTHS[day as usize - 1]
                ),
            });
        }
        out.push(Plant {
            what: "wrong weekday",
            check: "date",
            source: src.clone(),
            target: format!(
                "{t}, he said on {}, {} {day}, {year}.",
                EN[(wd + 1) % 7],
                MONTHS[month as usize - 1]
            ),
        });
        let hour = 1 + k % 11;
        let src_t = format!("{s} pukul {hour:02}.15 WIB.");
        let good_t = format!("{t} at {hour}:15 a.m. WIB (Western Indonesia Time).");
        assert!(clean(&src_t, &good_t), "control: {src_t} / {good_t}");
        out.push(Plant {
            what: "time changed",
            check: "time",
            source: src_t.clone(),
            target: format!("{t} at {}:15 a.m. WIB (Western Indonesia Time).", hour + 1),
        });
        let src_m = format!("{s}, senilai Rp{k},3 triliun.");
        let good_m = format!("{t}, worth Rp{k}.3 trillion.");
        assert!(clean(&src_m, &good_m), "control: {src_m} / {good_m}");
        out.push(Plant {
            what: "scale word changed",
            check: "number",
            source: src_m.clone(),
            target: format!("{t}, worth Rp{k}.3 billion."),
        });
        out.push(Plant {
            what: "Indonesian decimal left",
            check: "number",
            source: src_m,
            target: format!("{t}, worth Rp{k},3 trillion."),
        });
        let src_u = format!("{s} (lihat https://example.org/{k}).");
        out.push(Plant {
            what: "URL dropped",
            check: "omission",
            source: src_u,
            target: format!("{t}."),
        });
    }
    out
}

#[test]
fn planted_errors_are_found() {
    let pairs = human_pairs();
    let g = glossary();
    let plants = plants(&pairs, &g);
    let mut tally: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut missed = Vec::new();
    for p in &plants {
        let (f, _) = check_units(&[Unit::new("1", &p.source, &p.target)], Some(&g));
        // A number of a date changed or dropped is the date check's to report (once).
        let found = f.iter().any(|f: &Finding| {
            f.check == p.check
                || (p.check == "number" && f.check == "date" && f.severity != Severity::Info)
        });
        let e = tally.entry(p.what).or_default();
        e.0 += 1;
        if found {
            e.1 += 1;
        } else {
            missed.push(format!(
                "{} ({}): {} / {}",
                p.what, p.check, p.source, p.target
            ));
        }
    }
    println!("planted errors found:");
    for (what, (n, found)) in &tally {
        println!("{what:<28} {found:>4} / {n:<4}");
    }
    for m in &missed {
        println!("MISSED {m}");
    }
    assert!(plants.len() > 200, "only {} plants", plants.len());
    for kind in [
        "number changed",
        "number dropped",
        "Indonesian thousands left",
        "day and month swapped",
        "wrong weekday",
        "time changed",
        "glossary term changed",
        "sentence dropped",
        "left untranslated",
        "URL dropped",
    ] {
        assert!(
            tally.get(kind).is_some_and(|(n, _)| *n > 0),
            "no plants of kind {kind}"
        );
    }
    assert!(missed.is_empty(), "{} planted errors missed", missed.len());
}

fn translate(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("translate").expect("binary built");
    cmd.current_dir(cwd).env("NO_COLOR", "1");
    cmd
}

#[test]
fn tsv_input_json_and_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("pairs.tsv");
    std::fs::write(
        &f,
        "Sebanyak 9.000 tentara dikirim.\tAs many as 9,000 troops were sent.\n\
         Sebanyak 9.000 tentara dikirim.\tAs many as 9.000 troops were sent.\n",
    )
    .unwrap();
    // Errors without --strict: exit 0.
    let out = translate(dir.path())
        .args(["qa", "pairs.tsv", "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{v:#}");
    assert_eq!(findings[0]["segment"], "2");
    assert_eq!(findings[0]["check"], "number");
    assert_eq!(findings[0]["severity"], "error");
    assert_eq!(findings[0]["target_span"], serde_json::json!([11, 16]));
    assert!(findings[0]["message"].as_str().unwrap().contains("9,000"));
    assert_eq!(v["stats"]["errors"], 1);
    // --strict: exit 3; the terminal report groups by segment.
    let out = translate(dir.path())
        .args(["qa", "pairs.tsv", "--strict"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("segment 2") && text.contains("error") && text.contains("number"),
        "{text}"
    );
    // Invalid input: exit 2 with file and line.
    std::fs::write(dir.path().join("bad.tsv"), "Satu\tOne\nno tab here\n").unwrap();
    let out = translate(dir.path())
        .args(["qa", "bad.tsv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.tsv:2:"));
    let out = translate(dir.path())
        .args(["qa", "missing.tsv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn review_file_after_translation_and_edits() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "JAKARTA, KOMPAS.com - Sebanyak 9.000 tentara dikirim pada Sabtu (3/12/2022).\n\nAnggaran mencapai Rp20,3 triliun.\n",
    )
    .unwrap();
    translate(dir.path()).arg("a.txt").assert().success();
    let review = std::fs::read_to_string(dir.path().join("a.review.md")).unwrap();
    // Replace every target with a correct translation, then plant an error in one.
    let mut edited = String::new();
    let mut skip = false;
    for line in review.lines() {
        if line.starts_with("<!-- seg 1.2 ") {
            edited.push_str(line);
            edited.push_str("\n> Sebanyak 9.000 tentara dikirim pada Sabtu (3/12/2022).\n\nAs many as 9,000 troops were sent on Saturday, 12 March 2022.\n");
            skip = true;
            continue;
        }
        if line.starts_with("<!-- seg 2.1 ") {
            edited.push_str(line);
            edited.push_str(
                "\n> Anggaran mencapai Rp20,3 triliun.\n\nThe budget reached Rp20.3 trillion.\n",
            );
            skip = true;
            continue;
        }
        if skip && (line.starts_with("<!-- seg") || line.starts_with("## ")) {
            skip = false;
        }
        if !skip {
            edited.push_str(line);
            edited.push('\n');
        }
    }
    std::fs::write(dir.path().join("a.review.md"), &edited).unwrap();
    let out = translate(dir.path())
        .args(["qa", "a.review.md", "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = v["findings"].as_array().unwrap();
    assert_eq!(f.len(), 1, "{v:#}\n{edited}");
    assert_eq!(f[0]["segment"], "1.2");
    assert_eq!(f[0]["check"], "date");
    // A broken review file: exit 2 naming the line.
    std::fs::write(
        dir.path().join("b.review.md"),
        edited.replace("> Anggaran", "Anggaran"),
    )
    .unwrap();
    let out = translate(dir.path())
        .args(["qa", "b.review.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("b.review.md:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn findings_go_into_the_review_file_after_mt() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Pasukan itu menggunakan kendaraan lapis baja zorblaxian.\n",
    )
    .unwrap();
    translate(dir.path()).arg("a.txt").assert().success();
    let review = std::fs::read_to_string(dir.path().join("a.review.md")).unwrap();
    assert!(
        review.contains("<!-- note 1.1 qa warning unknown-marker:"),
        "{review}"
    );
    let out = translate(dir.path())
        .args(["a.txt", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let qa = &v["paragraphs"][0]["segments"][0]["qa"];
    assert!(
        qa.as_array()
            .unwrap()
            .iter()
            .any(|f| f["check"] == "unknown-marker"),
        "{v:#}"
    );
}

#[test]
fn tmx_and_xliff_input() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("m.tmx"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="id" segtype="sentence" datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
<body>
<tu tuid="a"><tuv xml:lang="id"><seg>Dua kapal tiba pukul 07.15 WIB.</seg></tuv><tuv xml:lang="en"><seg>Two ships arrived at 8:15 a.m. WIB.</seg></tuv></tu>
</body></tmx>"#,
    )
    .unwrap();
    let out = translate(dir.path())
        .args(["qa", "m.tmx", "--json", "--strict"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["findings"][0]["segment"], "a");
    assert_eq!(v["findings"][0]["check"], "time");
    std::fs::write(
        dir.path().join("x.xlf"),
        r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en"><file id="f"><unit id="u1">
<segment id="1.1"><source>Sebanyak 9.000 tentara.</source><target>As many as 9,000 troops.</target></segment></unit></file></xliff>"#,
    )
    .unwrap();
    translate(dir.path())
        .args(["qa", "x.xlf", "--strict"])
        .assert()
        .code(0);
    std::fs::write(
        dir.path().join("y.xlf"),
        "<xliff>\n<unit id=\"1\">\n<segment><source>x</sourc>",
    )
    .unwrap();
    let out = translate(dir.path())
        .args(["qa", "y.xlf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("y.xlf:3:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The real news pairs of `tests/data/news-pairs.tsv` in `part` (`tune`, `heldout` or
/// `fresh`), article by article in file order.
fn news_pairs(part: &str) -> Vec<Vec<(String, String)>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/news-pairs.tsv");
    let text = std::fs::read_to_string(&path).expect("tests/data/news-pairs.tsv");
    let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for l in text.lines() {
        let cols: Vec<&str> = l.split('\t').collect();
        if l.starts_with('#') || cols.len() != 4 || cols[0] != part {
            continue;
        }
        let pair = (cols[2].to_string(), cols[3].to_string());
        match out.last_mut() {
            Some((article, pairs)) if article == cols[1] => pairs.push(pair),
            _ => out.push((cols[1].to_string(), vec![pair])),
        }
    }
    out.into_iter().map(|(_, pairs)| pairs).collect()
}

/// The errors the issue asks the checks to find, planted into correct pairs: a glossary term
/// replaced by a wrong word or by a variant the entry says to avoid, a number changed, a
/// sentence dropped, a term doubled. Each with the check that must report it.
fn signal_plants(pairs: &[(String, String)], g: &Glossary) -> Vec<Plant> {
    let mut out = Vec::new();
    let spelling = g.spelling();
    for (i, (s, t)) in pairs.iter().enumerate() {
        // A number of the English changed (digits only, so the change is one a typist makes).
        if let Some(d) = t
            .split(|c: char| !c.is_ascii_digit())
            .find(|x| x.len() >= 2 && s.contains(*x))
        {
            out.extend(number_changed(s, t, d));
        }
        // A sentence dropped: this pair and the next joined, the next one's English left out.
        if i + 1 < pairs.len() && s.len() > 40 && pairs[i + 1].0.len() > 40 {
            out.push(Plant {
                what: "sentence dropped",
                check: "omission",
                source: format!("{s} {}", pairs[i + 1].0),
                target: t.clone(),
            });
        }
        for m in g.find(s) {
            let e = g.entry(m.entry);
            if e.flags.dnt {
                continue;
            }
            let target = e.target_for(spelling);
            let Some(at) = t.to_lowercase().find(&target.to_lowercase()) else {
                continue;
            };
            let written = &t[at..at + target.len()];
            let once = t.to_lowercase().matches(&target.to_lowercase()).count() == 1;
            if !once || target.len() < 4 {
                continue;
            }
            let replaced = |with: &str| format!("{}{with}{}", &t[..at], &t[at + target.len()..]);
            // Planted only where nothing else in the English stands for the term (its
            // adjective, its acronym, an alias).
            let others = e
                .adjective
                .iter()
                .chain(e.aliases.iter())
                .any(|o| !o.is_empty() && replaced("").contains(o.as_str()));
            if !others && !still_rendered(g, s, &replaced("Zorblax"), &e.source) {
                out.push(Plant {
                    what: "glossary term replaced",
                    check: "glossary",
                    source: s.clone(),
                    target: replaced("Zorblax"),
                });
            }
            if let Some(avoid) = e.avoid.first() {
                out.push(Plant {
                    what: "avoided variant used",
                    check: "glossary",
                    source: s.clone(),
                    target: replaced(avoid),
                });
            }
            out.push(Plant {
                what: "term doubled",
                check: "doubled-term",
                source: s.clone(),
                target: replaced(&format!("{written} ({written})")),
            });
            break;
        }
    }
    out
}

/// Whether the English `t` still renders the entry `entry` hit in `s` in a form the check
/// accepts (another mention, a short form): a plant there would remove nothing.
fn still_rendered(g: &Glossary, s: &str, t: &str, entry: &str) -> bool {
    let mut doc = terjemah::qa::input::to_document(&[Unit::new("1", s, t)]);
    g.annotate(&mut doc);
    let rendered = doc.segments().any(|seg| {
        seg.glossary
            .iter()
            .any(|h| &*h.source == entry && terjemah::glossary::enforce::rendered(g, h, t))
    });
    rendered
}

/// What the checks say on one set of correct pairs and on errors planted into them.
struct Signals {
    pairs: usize,
    glossary_warned: usize,
    qa_error: usize,
    planted: usize,
    found: usize,
}

/// `docs` are checked document by document (a later mention of a term is read knowing the
/// earlier ones); findings are printed with `QA_SHOW=1` for development sets only (`show`).
fn signals(name: &str, docs: &[Vec<(String, String)>], g: &Glossary, show: bool) -> Signals {
    let pairs = docs.concat();
    let mut findings = Vec::new();
    let mut offset = 0;
    for doc in docs {
        let (f, _) = check_units(&units(doc), Some(g));
        findings.extend(f.into_iter().map(|mut f| {
            f.segment = (f.segment.parse::<usize>().unwrap() + offset).to_string();
            f
        }));
        offset += doc.len();
    }
    let pairs = &pairs[..];
    let show = show && std::env::var_os("QA_SHOW").is_some();
    let warned: std::collections::BTreeSet<&str> = findings
        .iter()
        .filter(|f| f.check == "glossary" && f.severity != Severity::Info)
        .map(|f| f.segment.as_str())
        .collect();
    let errors: std::collections::BTreeSet<&str> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.segment.as_str())
        .collect();
    if show {
        for f in &findings {
            let (s, t) = &pairs[f.segment.parse::<usize>().unwrap() - 1];
            println!(
                "{name} {} {} {:?}: {}\n  {s}\n  {t}",
                f.segment, f.check, f.severity, f.message
            );
        }
    }
    let plants = signal_plants(pairs, g);
    let mut found = 0;
    for p in &plants {
        let (f, _) = check_units(&[Unit::new("1", &p.source, &p.target)], Some(g));
        // A changed number may be a clock time or a date: any of those checks finds it; a
        // month or weekday replaced is the date check's.
        let checks: Vec<&str> = match p.check {
            "number" => vec!["number", "time", "date"],
            "glossary" => vec!["glossary", "date"],
            c => vec![c],
        };
        if f.iter()
            .any(|f| checks.contains(&f.check) && f.severity != Severity::Info)
        {
            found += 1;
        } else if show {
            println!(
                "{name} MISSED {} ({}): {} / {}",
                p.what, p.check, p.source, p.target
            );
        }
    }
    Signals {
        pairs: pairs.len(),
        glossary_warned: warned.len(),
        qa_error: errors.len(),
        planted: plants.len(),
        found,
    }
}

/// Per entry that hits a source sentence: how often its English (or a form the check
/// accepts) is in the human translation. Entries under half are listed: either the entry is
/// not terminology or the check does not know an accepted form.
fn entry_precision(sets: &[&[(String, String)]], g: &Glossary) -> Vec<(String, usize, usize)> {
    let mut tally: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for pairs in sets {
        let mut doc = terjemah::qa::input::to_document(&units(pairs));
        g.annotate(&mut doc);
        for seg in doc.segments() {
            let target = seg.target.as_deref().unwrap_or_default();
            for hit in &seg.glossary {
                let e = tally.entry(hit.source.to_string()).or_default();
                e.0 += 1;
                if terjemah::glossary::enforce::rendered(g, hit, target) {
                    e.1 += 1;
                }
            }
        }
    }
    tally
        .into_iter()
        .filter(|(_, (n, ok))| *ok * 2 < *n)
        .map(|(s, (n, ok))| (s, n, ok))
        .collect()
}

/// The measurement of the issue "signals a translator can trust": on correct human pairs, the
/// share with any glossary warning and with any QA error; on planted errors, the share found.
/// Development: the PUD pairs, the tuning part of the news pairs, the older held-out part (its
/// findings were printed in a past round), the fresh2 part (opened after it was scored once)
/// and the fresh3 part (opened on 2026-12-06 after it was scored twice): shown with
/// `QA_SHOW`. The fresh part is only scored.
#[test]
fn signals_on_correct_and_planted() {
    let g = glossary();
    let gb = Glossary::load(&builtin_sources(), Spelling::British).unwrap();
    let pud = human_pair_docs();
    let tune = news_pairs("tune");
    let held = news_pairs("heldout");
    let fresh = news_pairs("fresh");
    let fresh2 = news_pairs("fresh2");
    let fresh3 = news_pairs("fresh3");
    let fresh4a = news_pairs("fresh4a");
    let fresh4b = news_pairs("fresh4b");
    let fresh4 = [fresh4a.clone(), fresh4b.clone()].concat();
    let fresh_all = [fresh.clone(), fresh2.clone(), fresh3.clone()].concat();
    let fresh5 = news_pairs("fresh5");
    let held_out = [fresh.clone(), fresh5.clone()].concat();
    let fresh6a = news_pairs("fresh6a");
    let fresh6b = news_pairs("fresh6b");
    let fresh6 = [fresh6a.clone(), fresh6b.clone()].concat();
    let held_out_all = [held_out.clone(), fresh6b.clone()].concat();
    let fresh7 = news_pairs("fresh7");
    let held_out_7 = [held_out_all.clone(), fresh7.clone()].concat();
    let count = |docs: &[Vec<(String, String)>]| docs.iter().map(Vec::len).sum::<usize>();
    assert!(
        count(&tune) >= 60 && count(&held) >= 40,
        "{} / {}",
        count(&tune),
        count(&held)
    );
    println!(
        "{:<24} {:>6} {:>18} {:>14} {:>16}",
        "set", "pairs", "glossary warning", "QA error", "planted found"
    );
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let mut rows = Vec::new();
    for (name, docs, g, dev) in [
        ("PUD (dev)", &pud, &g, true),
        ("news tune (dev)", &tune, &gb, true),
        ("news held-out (seen)", &held, &gb, true),
        ("news fresh held-out", &fresh, &gb, false),
        ("news fresh-2 (seen)", &fresh2, &gb, true),
        ("news fresh-3 (seen)", &fresh3, &gb, true),
        ("news fresh, all three", &fresh_all, &gb, false),
        ("news fresh-4 (whole)", &fresh4, &gb, false),
        ("news fresh-4a (seen)", &fresh4a, &gb, true),
        ("news fresh-4b (seen)", &fresh4b, &gb, true),
        ("news fresh-5 held-out", &fresh5, &gb, false),
        ("held out: fresh + fresh-5", &held_out, &gb, false),
        ("news fresh-6 (whole)", &fresh6, &gb, false),
        ("news fresh-6a (seen)", &fresh6a, &gb, true),
        ("news fresh-6b held-out", &fresh6b, &gb, false),
        ("held out: fresh, 5, 6b", &held_out_all, &gb, false),
        ("news fresh-7 held-out", &fresh7, &gb, false),
        ("held out: fresh, 5, 6b, 7", &held_out_7, &gb, false),
    ] {
        if docs.is_empty() {
            continue;
        }
        // `QA_DEV_ONLY=1`: development sets only, for working on the checks without seeing
        // a held-out figure (nothing is asserted then).
        if !dev && std::env::var_os("QA_DEV_ONLY").is_some() {
            rows.push(Signals {
                pairs: 0,
                glossary_warned: 0,
                qa_error: 0,
                planted: 0,
                found: 0,
            });
            continue;
        }
        let s = signals(name, docs, g, dev);
        println!(
            "{name:<24} {:>6} {:>10} {:>6.1}% {:>6} {:>6.1}% {:>5}/{:<4} {:>5.1}%",
            s.pairs,
            s.glossary_warned,
            pct(s.glossary_warned, s.pairs),
            s.qa_error,
            pct(s.qa_error, s.pairs),
            s.found,
            s.planted,
            pct(s.found, s.planted)
        );
        rows.push(s);
    }
    let (pud, tune) = (pud.concat(), tune.concat());
    // Development data only: the held-out pairs are scored, never looked into.
    let news_dev = [
        tune.clone(),
        held.concat(),
        fresh2.concat(),
        fresh3.concat(),
        fresh4a.concat(),
    ]
    .concat();
    let low = entry_precision(&[&pud], &g)
        .into_iter()
        .chain(entry_precision(&[&news_dev], &gb))
        .collect::<Vec<_>>();
    println!("entries whose English is in the human translation under half the time:");
    for (source, n, ok) in &low {
        println!("  {source:<30} {ok}/{n}");
    }
    if std::env::var_os("QA_DEV_ONLY").is_some() {
        return;
    }
    // The issue's targets: glossary warnings on at most 5% of correct pairs, QA errors on at
    // most 1%, planted errors found at least 95%. Met on PUD, and planted errors everywhere;
    // on the news pairs the warning and error targets are not met yet (README), so for them
    // the assertions hold the present level and fail on any regression.
    let pud = &rows[0];
    assert!(pct(pud.glossary_warned, pud.pairs) <= 5.0);
    assert!(pct(pud.qa_error, pud.pairs) <= 1.0);
    for s in &rows {
        assert!(
            pct(s.found, s.planted) >= 95.0,
            "{} of {}",
            s.found,
            s.planted
        );
    }
    let (tune, held) = (&rows[1], &rows[2]);
    assert!(held.planted >= 90, "only {} plants", held.planted);
    assert!(tune.glossary_warned <= 5 && tune.qa_error == 0);
    assert!(held.glossary_warned <= 6 && held.qa_error <= 1);
    // The fresh parts (40, 52 and 54 pairs), each first scored after the checks' last change
    // of its time; fresh2 and fresh3 were then opened (development now). Held at their
    // present level.
    let (fresh, fresh2, fresh3, all) = (&rows[3], &rows[4], &rows[5], &rows[6]);
    assert!(fresh.pairs >= 40 && fresh.glossary_warned <= 1 && fresh.qa_error <= 1);
    assert!(fresh2.pairs >= 52 && fresh2.glossary_warned <= 1 && fresh2.qa_error == 0);
    assert!(fresh3.pairs >= 54 && fresh3.glossary_warned <= 1 && fresh3.qa_error == 0);
    assert!(pct(all.qa_error, all.pairs) <= 1.0);
    // fresh4 (100 pairs, built 2026-12-06), scored once whole (13.0%, 3.0%, 98.3%), then split
    // by article: fresh4a opened (its one QA error is a real error of the published English,
    // `1.325 people`), fresh4b scored (19.1%, 4.3%: both QA errors real, `1.142`, adjudicated
    // blind by a helper) and then opened too. Held at the present level.
    let (f4a, f4b) = (&rows[8], &rows[9]);
    assert!(f4a.pairs >= 53 && f4a.glossary_warned <= 2 && f4a.qa_error <= 1);
    assert!(f4b.pairs >= 47 && f4b.glossary_warned <= 2 && f4b.qa_error <= 2);
    // fresh5 (17 pairs, built 2026-12-06 after the rules from fresh4b), scored once: held out
    // with fresh. The warning target is met on the two together (3.5%); the QA error target
    // is not (1 pair of 57, a false alarm by a blind adjudication).
    let (f5, held) = (&rows[10], &rows[11]);
    assert!(f5.pairs >= 17 && f5.glossary_warned <= 1 && f5.qa_error == 0);
    assert!(pct(held.glossary_warned, held.pairs) <= 5.0 && held.qa_error <= 1);
    // fresh6 (373 single sentence pairs of the GARENG MT test set, built 2026-12-06 by two
    // helpers from the two halves of the source), scored once whole (0.5%, 0.3%, 98.1%);
    // fresh6a opened: its one QA error was a false alarm (`0,045%` -> `0.045%` read as
    // Indonesian thousands), mended for every number led by `0.`; fresh6b only scored. All
    // held-out pairs together meet the issue's three targets.
    let (f6, f6a, f6b, all) = (&rows[12], &rows[13], &rows[14], &rows[15]);
    assert!(f6.pairs >= 373 && f6a.pairs >= 217 && f6b.pairs >= 156);
    assert!(f6a.glossary_warned == 0 && f6a.qa_error == 0);
    // Plants found on the two largest development sets, held at their level: a change to the
    // segmenter once cost a dropped-sentence plant here while every rate stayed above 95%.
    assert!(f6a.found >= 449 && rows[0].found >= 1222);
    assert!(f6b.glossary_warned <= 2 && f6b.qa_error == 0);
    assert!(all.pairs >= 213);
    assert!(pct(all.glossary_warned, all.pairs) <= 5.0);
    assert!(pct(all.qa_error, all.pairs) <= 1.0);
    assert!(pct(all.found, all.planted) >= 95.0);
    // fresh7 (302 more such pairs from other pages of the same test set, built by a third
    // helper after that change), scored once: 0.7%, 0.3%, 98.3%. Every held-out pair (515):
    // 1.2%, 0.4%, 98.3%.
    let (f7, all) = (&rows[16], &rows[17]);
    assert!(f7.pairs >= 302 && f7.glossary_warned <= 2 && f7.qa_error <= 1);
    assert!(all.pairs >= 515);
    assert!(pct(all.glossary_warned, all.pairs) <= 5.0);
    assert!(pct(all.qa_error, all.pairs) <= 1.0);
    assert!(pct(all.found, all.planted) >= 95.0);
}

#[test]
fn a_term_written_with_its_acronym_is_rendered_once_by_every_backend() {
    use terjemah::mt::{engine, markup};
    // From the Tempo report of 12 July 2025 (tests/data/news-pairs.tsv) and a UN sentence.
    let text = "TPNPB-OPM membantah klaim bahwa empat anggota mereka bergabung ke Negara Kesatuan Republik Indonesia (NKRI).\n\nIndonesia menjadi anggota Perserikatan Bangsa-Bangsa (PBB) sejak 1950.\n";
    let g = Glossary::load(&builtin_sources(), Spelling::British).unwrap();
    let mut doc = terjemah::segment::segment("a.txt", text.to_string());
    g.annotate(&mut doc);
    let requests: Vec<_> = engine::pending(&mut doc)
        .0
        .into_iter()
        .map(|p| p.request)
        .collect();
    // Term markup (DeepL, Google, Azure, LibreTranslate) and the LLM prompt use these hints:
    // an engine that keeps the tags in place gives each half once.
    for (req, want) in requests.iter().zip([
        "Unitary State of the Republic of Indonesia (NKRI)",
        "United Nations (UN)",
    ]) {
        let (protected, targets) = markup::protect(req);
        let (english, lost) = markup::restore(&protected, &targets);
        assert!(lost.is_empty());
        assert_eq!(english.matches(want).count(), 1, "{english}");
        assert!(!english.contains(") ("), "{english}");
    }
    // DeepL's native glossary: long forms to the long English, acronyms to the acronym.
    let terms = g.backend_terms();
    let get = |s: &str| {
        terms
            .pairs
            .iter()
            .find(|(f, _)| f == s)
            .map(|(_, t)| t.as_str())
    };
    assert_eq!(get("Perserikatan Bangsa-Bangsa"), Some("United Nations"));
    assert_eq!(get("PBB"), Some("UN"));
    // The offline backend, end to end.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    let out = translate(dir.path())
        .args(["a.txt", "-f", "tsv"])
        .output()
        .unwrap();
    let tsv = String::from_utf8_lossy(&out.stdout);
    assert!(
        tsv.contains("(NKRI)") && tsv.contains("United Nations (UN)"),
        "{tsv}"
    );
    assert!(
        !tsv.contains("(NKRI) (") && !tsv.contains("(UN) ("),
        "{tsv}"
    );
    // And the QA check finds the doubling in English that has it.
    let (f, _) = check_units(
        &[Unit::new(
            "1",
            "Indonesia menjadi anggota Perserikatan Bangsa-Bangsa (PBB) sejak 1950.",
            "Indonesia has been a member of the United Nations (UN) (United Nations (UN)) since 1950.",
        )],
        Some(&g),
    );
    assert!(
        f.iter()
            .any(|f| f.check == "doubled-term" && f.severity == Severity::Error),
        "{f:?}"
    );
}

#[test]
fn headlines_are_not_names_and_glossary_acronyms_are_not_missing() {
    // Headline and sentence of the Liputan6 example (examples/README.md).
    let g = glossary();
    let (f, _) = check_units(
        &[
            Unit::new(
                "1",
                "Selain HTI, Ormas Radikal Lain Juga Bakal Dibubarkan",
                "Besides HTI, other radical mass organisations will also be disbanded",
            ),
            Unit::new(
                "2",
                "Pemerintah membubarkan HTI berdasarkan UU Nomor 17 Tahun 2013, bukan UU lain.",
                "The government disbanded HTI under Law No. 17 of 2013, not another law.",
            ),
        ],
        Some(&g),
    );
    assert!(
        !f.iter()
            .any(|f| f.message.contains("Dibubarkan") || f.message.contains("`UU`")),
        "{f:?}"
    );
}

/// The glossary finding for `entry` on the pair `s`/`t` (checked after `before`, earlier
/// pairs of the same document), if any: its severity.
fn glossary_severity(before: &[(&str, &str)], s: &str, t: &str, entry: &str) -> Option<Severity> {
    let g = Glossary::load(&builtin_sources(), Spelling::British).unwrap();
    let mut units: Vec<Unit> = before
        .iter()
        .enumerate()
        .map(|(i, (s, t))| Unit::new((i + 1).to_string(), *s, *t))
        .collect();
    units.push(Unit::new("last", s, t));
    let (f, _) = check_units(&units, Some(&g));
    f.into_iter()
        .find(|f| f.segment == "last" && f.check == "glossary" && f.message.contains(entry))
        .map(|f| f.severity)
}

/// Severity reflects certainty (issue 12): a title or rank left out before a name the English
/// keeps, and a term rendered earlier in the document and referred to again, are notes to
/// look at, not warnings; a wrong title in front of the name stays a warning. Pairs: the
/// Cabinet Secretariat's release of 14 July 2022 and its English (tests/data/README.md, 11).
#[test]
fn a_title_left_out_before_a_name_or_a_term_named_before_is_a_note() {
    let s = "Dalam acara tersebut, Sekretaris Militer Presiden Marsda Tonny Harjono turut \
             membacakan peraih Adhi Makayasa (lulusan terbaik) dari masing-masing akademi, yakni \
             Letda Infanteri Rafi Naufal Afriansyah (Akmil), Letda Laut Elang Tri Esthi \
             Fitrananda (AAL), Letda Penerbang Jeremia Zophie Pramudya (AAU), dan Ipda Adira \
             Rizky Nugroho (Akpol).";
    let t = "The best graduates who received the Adhi Makayasa award are Rafi Naufal Afriansyah \
             (Akmil), Elang Tri Esthi Fitrananda (AAL), Jeremia Zophie Pramudya (AAU), and Adira \
             Rizky Nugroho (Police Academy).";
    assert_eq!(
        glossary_severity(&[], s, t, "`Letda`"),
        Some(Severity::Info)
    );
    assert_eq!(glossary_severity(&[], s, t, "`Ipda`"), Some(Severity::Info));
    // The clause naming Marsda Tonny Harjono is not in the English at all: a warning.
    assert_eq!(
        glossary_severity(&[], s, t, "`Marsda`"),
        Some(Severity::Warning)
    );
    // Another title where the rank was is not a rank left out.
    let wrong = t.replace("are Rafi", "are Captain Rafi");
    assert_eq!(
        glossary_severity(&[], s, &wrong, "`Letda`"),
        Some(Severity::Warning)
    );
    // A term glued to what follows is not a title before a name (and no byte count goes
    // astray across the `’`).
    let glued = "Presiden’s Joko Widodo meresmikan jalan di Sulawesi Tengah.";
    assert!(glossary_severity(&[], glued, "Widodo’s road opened.", "`Presiden`").is_some());
    // A classifier before a place: `in Central Sulawesi` for `di Provinsi Sulawesi Tengah`.
    let (s2, t2) = (
        "Presiden Joko Widodo meresmikan jalan di Provinsi Sulawesi Tengah.",
        "President Joko Widodo inaugurated roads in Central Sulawesi.",
    );
    assert_eq!(
        glossary_severity(&[], s2, t2, "`Provinsi`"),
        Some(Severity::Info)
    );
    // A bare title as the subject of a reporting verb (`ujar Presiden`) refers back to a
    // person named before, as `he` does: `he stated` may render it, even with no earlier
    // sentence at hand (Cabinet Secretariat, 20 December 2022; tests/data/README.md, 07).
    let (s3, t3) = (
        "Bendungan Semantok ini adalah bendungan yang ke-30 yang telah kita resmikan,” ujar \
         Presiden dalam sambutannya.",
        "Semantok Dam is the 30th dam that was inaugurated,” he stated in his remarks.",
    );
    assert_eq!(
        glossary_severity(&[], s3, t3, "`Presiden`"),
        Some(Severity::Info)
    );
    assert_eq!(
        glossary_severity(&[(s2, t2)], s3, t3, "`Presiden`"),
        Some(Severity::Info)
    );
    // Another person where the pronoun was, or a pronoun that is not the attribution's, is
    // no such reference.
    let other = t3.replace("he stated", "the minister stated");
    assert_eq!(
        glossary_severity(&[], s3, &other, "`Presiden`"),
        Some(Severity::Warning)
    );
    let not_said = "Semantok Dam is the 30th dam he has inaugurated, the official stated.";
    assert_eq!(
        glossary_severity(&[], s3, not_said, "`Presiden`"),
        Some(Severity::Warning)
    );
    // A title before a name is not a reference back (`ujar Presiden Joko Widodo`).
    let named = s3.replace("Presiden dalam", "Presiden Joko Widodo dalam");
    assert_eq!(
        glossary_severity(&[], &named, t3, "`Presiden`"),
        Some(Severity::Warning)
    );
}

/// Three ways good English leaves a term's words out, each a note (issue 12), from the fresh2
/// part, opened after it was scored (tests/data/README.md, articles 30, 23, 26 and 33): a bare
/// title opening a sentence rendered by `according to him`; a country after the body or title
/// it qualifies (`BNN RI` -> `BNN`); `chief` for `commander`. A country after a place or a
/// company name is not such a qualifier.
#[test]
fn a_pronoun_a_plain_country_or_chief_for_commander_is_accepted() {
    let (s, t) = (
        "Seskab menilai keluarga merupakan fondasi penting dalam pembangunan sebuah bangsa.",
        "According to him, a family is a fundamental foundation for the development of a nation.",
    );
    assert_eq!(
        glossary_severity(&[], s, t, "`Seskab`"),
        Some(Severity::Info)
    );
    let other = "The minister said a family is a fundamental foundation for a nation.";
    assert_eq!(
        glossary_severity(&[], s, other, "`Seskab`"),
        Some(Severity::Warning)
    );
    let (s2, t2) = (
        "Berdasarkan bungkus yang digunakan, serta hasil pemeriksaan laboratorium BNN RI, Golose \
         menyatakan bahwa barang selundupan tersebut berasal dari sindikat Golden Triangle \
         (Segitiga Emas).",
        "Golose remarked that based on the packaging and results of the BNN laboratory tests, \
         the methamphetamine came from the Golden Triangle syndicate.",
    );
    assert_eq!(glossary_severity(&[], s2, t2, "`RI`"), Some(Severity::Info));
    let (s3, t3) = (
        "Thanon berharap, masukan yang disampaikan oleh Meta Indonesia dapat meningkatkan kinerja \
         sekaligus kompetensi kehumasan digital jajaran Setkab.",
        "Thanon expressed hope that the input from Meta Zorblax can improve the performance as \
         well as the digital public relations competence of the Cabinet Secretariat.",
    );
    assert_eq!(
        glossary_severity(&[], s3, t3, "`Indonesia`"),
        Some(Severity::Warning)
    );
    let (s4, t4) = (
        "Saya laporkan Panglima TNI untuk pemindahan markas tersebut, sehingga nanti saya \
         tetapkan pada HUT Armada tanggal 5 Desember nanti,” ucapnya.",
        "I have informed the TNI chief of the plan to relocate the headquarters on December 5 to \
         coincide with the fleet command's anniversary,\" he remarked.",
    );
    assert_eq!(glossary_severity(&[], s4, t4, "`Panglima TNI`"), None);
}

/// Five renderings good English news uses, from the fresh3 part, opened after it was scored
/// twice (tests/data/README.md, articles 38, 40, 52 and 55):
/// `district` for a kabupaten (Antara's usage), `tremors` for gempa, `provincial` for
/// provinsi, a named cabinet (`Kabinet Indonesia Kerja` -> `Working Cabinet`, whose `Indonesia`
/// is part of the name), and a body's name kept in Indonesian (a note, not a warning). A term
/// missing outright is still a warning.
#[test]
fn district_tremors_provincial_a_cabinet_or_a_kept_name_is_accepted() {
    let (s, t) = (
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebutkan gempa bumi berkekuatan \
         magnitudo 6,5 di Kabupaten Garut, Jawa Barat, tidak berpotensi tsunami.",
        "Meteorology, Climatology and Geophysics Agency (BMKG) said that an earthquake with \
         magnitude 6.5 in Garut District, West Java, did not have the potential for a tsunami.",
    );
    assert_eq!(glossary_severity(&[], s, t, "`Kabupaten`"), None);
    let (s2, t2) = (
        "Gempa juga dirasakan masyarakat di Palu, Ibu Kota Provinsi Sulawesi Tengah.",
        "The tremors were also felt by the people in the Central Sulawesi provincial capital of \
         Palu.",
    );
    assert_eq!(glossary_severity(&[], s2, t2, "`Gempa`"), None);
    assert_eq!(glossary_severity(&[], s2, t2, "`Provinsi`"), None);
    let dropped = "The people in Palu, the capital of Central Sulawesi, also felt it.";
    assert_eq!(
        glossary_severity(&[], s2, dropped, "`Gempa`"),
        Some(Severity::Warning)
    );
    let (s3, t3) = (
        "Menteri Perindustrian Airlangga Hartarto menyampaikan capaiannya selama menjabat di \
         Kabinet Indonesia Kerja Jilid I.",
        "Industry Minister Airlangga Hartarto reported his achievement during his office term in \
         the first Working Cabinet.",
    );
    assert_eq!(glossary_severity(&[], s3, t3, "`Indonesia`"), None);
    assert_eq!(
        glossary_severity(&[], s3, t3, "`Kabinet Indonesia Kerja`"),
        None
    );
    let unnamed = t3.replace("in the first Working Cabinet", "in office");
    assert_eq!(
        glossary_severity(&[], s3, &unnamed, "`Kabinet Indonesia Kerja`"),
        Some(Severity::Warning)
    );
    let (s4, t4) = (
        "Kementerian PANRB berharap, lanjut Kamarudin, semua proses penilaian yang dilakukan di \
         Setkab dapat berjalan dengan baik.",
        "According to Kamarudin, Kementerian PAN RB hopes all assessment process conducted by \
         Cabinet Secretariat may run well.",
    );
    assert_eq!(
        glossary_severity(&[], s4, t4, "`Kementerian PANRB`"),
        Some(Severity::Info)
    );
    let gone = t4.replace("Kementerian PAN RB", "the agency");
    assert_eq!(
        glossary_severity(&[], s4, &gone, "`Kementerian PANRB`"),
        Some(Severity::Warning)
    );
}

/// A target that keeps an acronym and spells it out after it (`WIB (Western Indonesia Time)`)
/// is met by either part, as `Long Form (ACR)` is; a service's adjective renders it
/// (`Naval Academy`). Pairs: the Presidential Secretariat's release of 5 July 2022 and the
/// State Secretariat's of 26 July 2016 with their English (tests/data/README.md, 10 and 14).
#[test]
fn an_acronym_spelt_out_or_a_service_adjective_renders_the_term() {
    let s = "Presiden yang didampingi Ibu Negara Iriana Jokowi tiba sekitar pukul 12.30 WIB di \
             Pasar Peterongan yang disambut antusias oleh masyarakat yang ada di sana.";
    let t = "Upon arrival at around 12.30 Western Indonesia Time, both President Jokowi and First \
             Lady Ibu Iriana were enthusiastically welcomed by the people in the market.";
    assert_eq!(glossary_severity(&[], s, t, "`WIB`"), None);
    // Without either part, the zone is reported (by the time check, which owns it).
    let wrong = t.replace("Western Indonesia Time", "local time");
    let (f, _) = check_units(&[Unit::new("1", s, &wrong)], None);
    assert!(f.iter().any(|f| f.message.contains("WIB")), "{f:?}");
    let s2 =
        "Para perwira yang dilantik terdiri atas 357 perwira dari Akademi Militer (Akmil), 94 \
              perwira dari Akademi Angkatan Laut (AAL), 114 perwira dari Akademi Angkatan Udara \
              (AAU), dan 268 perwira dari Akademi Kepolisian (Akpol).";
    let t2 =
        "The inaugurated officers comprise 357 officers from the Military Academy, 94 officers \
              from the Naval Academy, 114 officers of the Air Force Academy, and 268 officers from \
              the Police Academy.";
    assert_eq!(glossary_severity(&[], s2, t2, "`Angkatan Laut`"), None);
}

/// English dates in the US order the Cabinet Secretariat writes (`Thursday (07/14)`) give the
/// day and month of an Indonesian numeric date (`Kamis (14/07/2022)`) and may leave out its
/// year; an ambiguous one (`01/03` for 3 January) is a warning to write it out, not a swap.
/// Dates of the tuning part's articles 03 and 11 (tests/data/README.md).
#[test]
fn us_numeric_dates_in_the_english_are_read_month_first() {
    let g = glossary();
    let (f, _) = check_units(
        &[
            Unit::new(
                "1",
                "Pelantikan dilakukan di Halaman Istana Merdeka, Jakarta, Kamis (14/07/2022).",
                "The inauguration took place at the Merdeka Palace, Jakarta, Thursday (07/14).",
            ),
            Unit::new(
                "2",
                "Presiden meninjau pintu air di Pluit pada Jumat, 3 Januari 2020.",
                "The President inspected the floodgate in Pluit on Friday (01/03).",
            ),
        ],
        Some(&g),
    );
    assert!(
        !f.iter().any(|f| f.segment == "1"
            && (f.check == "date" || f.check == "number")
            && f.severity != Severity::Info),
        "{f:?}"
    );
    assert!(!f.iter().any(|f| f.severity == Severity::Error), "{f:?}");
    assert!(
        f.iter()
            .any(|f| f.segment == "2" && f.check == "date" && f.message.contains("ambiguous")),
        "{f:?}"
    );
    // A date left out is one finding (the date check's warning), not its year as a missing
    // number besides (the release of 14 July 2022, tuning part).
    let (f, _) = check_units(
        &[Unit::new(
            "1",
            "Pelantikan dilakukan pada Kamis (14/07/2022), di Halaman Istana Merdeka, Jakarta.",
            "The inauguration took place at the Merdeka Palace, Jakarta.",
        )],
        Some(&g),
    );
    assert!(
        f.iter().any(|f| f.check == "date") && !f.iter().any(|f| f.check == "number"),
        "{f:?}"
    );
    // A date really swapped in words is still an error.
    let (f, _) = check_units(
        &[Unit::new(
            "1",
            "Presiden meninjau pintu air di Pluit pada Jumat, 3 Januari 2020.",
            "The President inspected the floodgate in Pluit on Friday, 1 March 2020.",
        )],
        Some(&g),
    );
    assert!(
        f.iter()
            .any(|f| f.check == "date" && f.severity == Severity::Error),
        "{f:?}"
    );
}

/// Two renderings from the fresh4a part, opened after fresh4 was scored once whole
/// (tests/data/README.md, articles 58 and 66, Antara's South Kalimantan desk): `smog` for kabut
/// asap, and a classifier left out before a place whose direction the English translates
/// (`kecamatan Tapin Utara` -> `in the North Tapin`; a place's classifier may give way to an
/// article or `of`, a person's title may not). A wrong classifier is still a warning.
#[test]
fn smog_and_a_translated_direction_are_accepted() {
    let (s, t) = (
        "Sementara Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Kalsel \
         Wahyuddin mengaku pihaknya sudah mendirikan Posko Lapangan Satgas Penanganan Bencana \
         Kabut Asap di sejumlah lokasi.",
        "Meanwhile the South Kalimantan Disaster Mitigation Agency (BPBD) HeadWahyuddin said his \
         party have set up a task force field posts handling the smog disaster in a number of \
         locations.",
    );
    assert_eq!(glossary_severity(&[], s, t, "`Kabut Asap`"), None);
    let (s2, t2) = (
        "Daerah terparah di kecamatan Tapin Utara yang terkena banjir adalah Kelurahan Rangda \
         Malingkung, Kelurahan Kupang, dan Kelurahan Rantau Kiwa.",
        "The worst flooding area in the North Tapin are located in the Village of Rangda \
         Malingkung, Kupang, and Rantau Kiwa.",
    );
    assert_eq!(
        glossary_severity(&[], s2, t2, "`kecamatan`"),
        Some(Severity::Info)
    );
    let plain = t2.replace("in the North Tapin", "in North Tapin");
    assert_eq!(
        glossary_severity(&[], s2, &plain, "`kecamatan`"),
        Some(Severity::Info)
    );
    let wrong = t2.replace("in the North Tapin", "in North Tapin Regency");
    assert_eq!(
        glossary_severity(&[], s2, &wrong, "`kecamatan`"),
        Some(Severity::Warning)
    );
}

/// Four renderings from the fresh4b part, opened after it was scored twice (tests/data/README.md,
/// articles 57, 63, 69 and 73): a currency as its sign (`9,6 miliar dolar AS` -> `$9.6
/// billion`), Bank Indonesia as `the central bank`, a perda as a `Regional Regulation`, and a
/// bare title as the subject rendered by the holder's name (`tambah Seskab` -> `Pramono said`,
/// also in the main clause after a fronted one). The name must be one the source does not give
/// and not an English word; a title in its place stays a warning.
#[test]
fn a_currency_sign_the_central_bank_a_regulation_or_the_holders_name_is_accepted() {
    let (s, t) = (
        "\"Penurunan ekspor ini terendah sejak Juli 2016 yaitu 9,6 miliar dolar AS,\" ujar \
         Suhariyanto.",
        "\"The decline in exports was the lowest since July 2016, at $9.6 billion,\" Suhariyanto \
         stated.",
    );
    assert_eq!(glossary_severity(&[], s, t, "`dolar AS`"), None);
    assert_eq!(glossary_severity(&[], s, t, "`AS`"), None);
    let (s2, t2) = (
        "Di sisi lain BI, hari ini kembali melakukan intervensi di pasar valas dan obligasi.",
        "Meanwhile, the central bank today conducted another intervention at the forex and bond \
         markets.",
    );
    assert_eq!(glossary_severity(&[], s2, t2, "`BI`"), None);
    let (s3, t3) = (
        "\"Larangan tersebut berdasarkan Peraturan Daerah (Perda),\" tuturnya saat berada di \
         rumah jabatan bupati setempat.",
        "“The ban is based on Regional Regulation (Perda),” he said while in the home office of \
         the local regent.",
    );
    assert_eq!(glossary_severity(&[], s3, t3, "`Peraturan Daerah`"), None);
    for (s4, t4) in [
        (
            "Bangsa ini terlalu gampang untuk menjadi bagian dari sesuatu yang sebenarnya dia \
             sendiri tidak tahu,” tambah Seskab.",
            "The people of this nation are too easy to be part of something that they really do \
             not know,” Pramono said.",
        ),
        (
            "Walaupun menjadi bagian terdekat dari kantor Presiden, Seskab menegaskan agar para \
             CPNS tidak usah ikut-ikutan dan ambil bagian.",
            "Despite being the closest part of the President’s office, Pramono asserted that \
             CPNS do not have to follow-up and take part.",
        ),
    ] {
        assert_eq!(
            glossary_severity(&[], s4, t4, "`Seskab`"),
            Some(Severity::Info),
            "{t4}"
        );
        let titled = t4.replace("Pramono", "the Minister");
        assert_eq!(
            glossary_severity(&[], s4, &titled, "`Seskab`"),
            Some(Severity::Warning),
            "{titled}"
        );
        let english_word = t4.replace("Pramono", "Minister");
        assert_eq!(
            glossary_severity(&[], s4, &english_word, "`Seskab`"),
            Some(Severity::Warning),
            "{english_word}"
        );
    }
}

/// How the English-language press writes offices and ranks (issue 12): the portfolio after
/// `Minister of`, Antara's `district head` for a bupati, The Jakarta Post's abbreviated ranks
/// before a name, a DPRD as a `legislature`, a kabupaten's administration as the `district
/// government`. Each is accepted; the term left out is still reported. Sentences written for
/// this test in the style of Antara's and The Jakarta Post's reports.
#[test]
fn the_press_forms_of_offices_and_ranks_are_accepted() {
    for (s, t, term) in [
        (
            "Menteri Keuangan Sri Mulyani mengatakan defisit turun.",
            "Minister of Finance Sri Mulyani said the deficit fell.",
            "`Menteri Keuangan`",
        ),
        (
            "Kementerian Keuangan mencatat defisit turun.",
            "The Ministry of Finance recorded a lower deficit.",
            "`Kementerian Keuangan`",
        ),
        (
            "Bupati Garut Rudy Gunawan meninjau lokasi banjir.",
            "Garut District Head Rudy Gunawan visited the flood site.",
            "`Bupati`",
        ),
        (
            "Pemerintah Kabupaten Garut menyiapkan bantuan.",
            "The Garut district government prepared aid.",
            "`Pemerintah Kabupaten`",
        ),
        (
            "Anggota DPRD Jawa Barat menolak rencana itu.",
            "West Java legislators rejected the plan.",
            "`DPRD`",
        ),
        (
            "Kapolda Jawa Timur Irjen Nico Afinta mengatakan pelaku ditangkap.",
            "East Java Police chief Insp. Gen. Nico Afinta said the suspect was arrested.",
            "`Inspektur Jenderal`",
        ),
        (
            "Kapolres Garut AKBP Wirdhanto mengatakan pelaku ditangkap.",
            "Garut Police chief Adj. Sr. Comr. Wirdhanto said the suspect was arrested.",
            "`Ajun Komisaris Besar Polisi`",
        ),
        (
            "Pangdam Jaya Mayjen Dudung Abdurachman mengatakan pasukan siaga.",
            "Jaya Military commander Maj. Gen. Dudung Abdurachman said troops were on standby.",
            "`Mayor Jenderal`",
        ),
        (
            "Warga Kecamatan Cibalong mengungsi.",
            "Residents of Cibalong sub-district were evacuated.",
            "`Kecamatan`",
        ),
        // Antara's South Kalimantan desk, 7 March 2017 (tests/data/news-pairs.tsv, 68).
        (
            "\"Kita sudah siagakan posko-posko bencana di beberapa titik, seperti di Kelurahan \
             Kupang, dan di Jalan Salak,\" ujarnya.",
            "“We’ve alerted crisis center at some point, such as in the village of Kupang, and in \
             Jalan Salak,” he said.",
            "`Kelurahan`",
        ),
        // The Cabinet Secretariat's release of 21 December 2017 (tests/data/news-pairs.tsv, 31).
        (
            "Seskab menjelaskan, tugas utamanya adalah menyelenggarakan rapat-rapat, baik itu \
             Rapat Terbatas (ratas), Sidang Kabinet, juga memberikan masukan kepada presiden.",
            "Cabinet Secretary Pramono explained that the main task is to hold meetings, such as \
             Limited Meetings, Cabinet Meeting, and to provide input to the President.",
            "`Rapat Terbatas`",
        ),
    ] {
        assert_eq!(glossary_severity(&[], s, t, term), None, "{t}");
    }
    assert_eq!(
        glossary_severity(
            &[],
            "Bupati Garut Rudy Gunawan meninjau lokasi banjir.",
            "Garut Governor Rudy Gunawan visited the flood site.",
            "`Bupati`"
        ),
        Some(Severity::Warning)
    );
}

/// What good English news writes for what the QA checks read (issue 12), none of it an alarm:
/// a multiple as a verb (`2 kali lipat` -> `doubled`), WIB as `local time` (a note: right
/// only where the place keeps WIB; a real pair of the fresh3 part, article 38), a quarter's
/// Roman numeral, a company's legal form left out, `SAR` spelt out, and an event's name of
/// common words translated (`Rapat Koordinasi Nasional`). A name dropped is still a warning.
/// Sentences other than the fresh3 pair written for this test in the style of Antara's.
#[test]
fn multiples_local_time_numerals_legal_forms_and_translated_names_are_not_alarms() {
    let g = Glossary::load(&builtin_sources(), Spelling::British).unwrap();
    let alarms = |s: &str, t: &str| -> Vec<String> {
        let (f, _) = check_units(&[Unit::new("1", s, t)], Some(&g));
        f.iter()
            .filter(|f| f.severity != Severity::Info)
            .map(|f| format!("{:?} {}", f.severity, f.message))
            .collect()
    };
    for (s, t) in [
        (
            "Jumlah kasus naik 2 kali lipat dibanding tahun lalu.",
            "The number of cases doubled compared with last year.",
        ),
        (
            "Ia menjelaskan gempa tektonik itu terjadi pada Sabtu (27/4) malam, pukul 23.29 WIB, \
             dengan lokasi di laut pada jarak 156 kilometer arah barat daya Kabupaten Garut pada \
             kedalaman 70 kilometer.",
            "He explained that the tectonic earthquake occurred in the sea on Saturday evening \
             (April 27) at 11:29 p.m. local time at a distance of 156 kilometers southwest of \
             Garut District at a depth of 70 kilometers.",
        ),
        (
            "Pada kuartal III-2022 ekonomi tumbuh 5,72 persen.",
            "In the third quarter of 2022 the economy grew 5.72 percent.",
        ),
        (
            "PT Pertamina (Persero) menaikkan harga Pertamax.",
            "State oil company Pertamina raised the price of Pertamax.",
        ),
        (
            "Tim SAR gabungan menemukan korban di Sungai Ciliwung.",
            "The joint search and rescue team found the victim in the Ciliwung River.",
        ),
        (
            "Hal itu disampaikan dalam Rapat Koordinasi Nasional (Rakornas) di Jakarta.",
            "This was conveyed at the National Coordination Meeting in Jakarta.",
        ),
        (
            "Gunung Semeru kembali erupsi.",
            "Mount Semeru erupted again.",
        ),
    ] {
        assert_eq!(alarms(s, t), Vec::<String>::new(), "{t}");
    }
    // The zone is still noted, the multiple still counted, the name still looked for.
    let (s, t) = (
        "Daryono mengatakan tidak ada aktivitas gempa bumi susulan hingga pukul 23.55 WIB.",
        "Daryono said there was no aftershock activity until 11:55 p.m. local time.",
    );
    let (f, _) = check_units(&[Unit::new("1", s, t)], Some(&g));
    assert!(f
        .iter()
        .any(|f| f.check == "time" && f.severity == Severity::Info));
    assert!(!alarms(
        "Jumlah kasus naik 3 kali lipat dibanding tahun lalu.",
        "The number of cases doubled compared with last year."
    )
    .is_empty());
    assert!(!alarms(
        "Saat bertemu penerima manfaat Program Keluarga Harapan, Presiden berpesan agar \
         bantuan digunakan untuk modal kerja.",
        "Hopefully, I can grow and expand my business with this assistance."
    )
    .is_empty());
}

/// Numbers English news writes its own way, none of them an error (issue 12): a half in words
/// (`4,5 tahun` -> `four and a half years`), a magnitude glued to its letter (`M5.6`), and a
/// range of times sharing one meridiem (`from 8 to 10 a.m.`). A value that changed is still
/// one. Sentences written for this test in the style of Antara's.
#[test]
fn a_half_in_words_a_glued_magnitude_and_a_time_range_are_numbers() {
    let errors = |s: &str, t: &str| -> usize {
        let (f, _) = check_units(&[Unit::new("1", s, t)], None);
        f.iter().filter(|f| f.severity == Severity::Error).count()
    };
    let s = "Ia divonis 4,5 tahun penjara.";
    assert_eq!(
        errors(s, "He was sentenced to four and a half years in prison."),
        0
    );
    assert_eq!(errors(s, "He was sentenced to four years in prison."), 1);
    let s = "Gempa magnitudo 5,6 mengguncang Cianjur.";
    assert_eq!(errors(s, "A M5.6 earthquake struck Cianjur."), 0);
    assert_eq!(errors(s, "A M6.5 earthquake struck Cianjur."), 1);
    let s = "Acara berlangsung pukul 08.00-10.00 WIB.";
    assert_eq!(errors(s, "The event ran from 8 to 10 a.m. WIB."), 0);
    assert_eq!(errors(s, "The event ran from 9 to 10 a.m. WIB."), 1);
}

/// A decimal under one (fresh6a, the GARENG test pairs: `0,045%` -> `0.045%`) is the same
/// number in English: a dotted group led by a zero is never Indonesian thousands, so it raises
/// neither "became" nor "Indonesian notation". A value that changed is still an error.
#[test]
fn a_decimal_under_one_is_not_indonesian_thousands() {
    let hits = |s: &str, t: &str| -> Vec<String> {
        let (f, _) = check_units(&[Unit::new("1", s, t)], None);
        f.iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| f.message.clone())
            .collect()
    };
    let s = "Zona pertama dibebankan sebesar 0,045%, zona kedua atau moderat dengan 0,17%, dan zona ketiga atau zona tinggi dengan 0,52%.";
    let t = "The first zone is charged by 0.045%, the second or moderate zone by 0.17%, and the third zone or high zone by 0.52%.";
    assert_eq!(hits(s, t), Vec::<String>::new());
    assert_eq!(hits(s, &t.replace("0.045", "0.45")).len(), 1);
}
