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
    let text = std::fs::read_to_string(shared_data("align-dev-pud-sentences.jsonl"))
        .expect("development data in ../shared/data");
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("json line");
        let src = doc["src"].as_array().expect("src");
        let tgt = doc["tgt"].as_array().expect("tgt");
        for link in doc["links"].as_array().expect("links") {
            let (s, t) = (link[0].as_array().unwrap(), link[1].as_array().unwrap());
            if s.len() == 1 && t.len() == 1 {
                let s = src[s[0].as_u64().unwrap() as usize].as_str().unwrap();
                let t = tgt[t[0].as_u64().unwrap() as usize].as_str().unwrap();
                out.push((s.to_string(), t.to_string()));
            }
        }
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
            let changed: String = d
                .chars()
                .map(|c| {
                    if c == ',' {
                        c
                    } else if c == '9' {
                        '8'
                    } else if c.is_ascii_digit() {
                        ((c as u8) + 1) as char
                    } else {
                        c
                    }
                })
                .collect();
            if let Some(t2) = replace_token(t, d, &changed) {
                out.push(Plant {
                    what: "number changed",
                    check: "number",
                    source: s.clone(),
                    target: t2,
                });
            }
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
                if !w.is_empty() {
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
                if let Some(t2) = replace_token(t, &target, "Zorblax") {
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
        const EN: [&str; 7] = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
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
        let found = f.iter().any(|f: &Finding| f.check == p.check);
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
