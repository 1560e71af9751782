//! Sentence segmentation quality on gold data, and the no-byte-lost property on real and random
//! text.

use crate::common::{example_articles, shared_data};
use terjemah::segment::sentences;

struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    fn f1(&self) -> f64 {
        let p = self.tp as f64 / (self.tp + self.fp) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_) as f64;
        2.0 * p * r / (p + r)
    }
}

/// Scores sentence starts inside each paragraph of `seg-dev-pud.jsonl` (UD Indonesian PUD,
/// CC BY-SA 3.0). The first start of a paragraph is given, so only inner boundaries count.
fn score_pud(skip_multi: bool) -> (Score, Vec<String>) {
    let data = std::fs::read_to_string(shared_data("seg-dev-pud.jsonl")).expect("dev data");
    let mut score = Score {
        tp: 0,
        fp: 0,
        fn_: 0,
    };
    let mut errors = Vec::new();
    for line in data.lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("json line");
        let multi = row["multi_sentence_units"]
            .as_array()
            .is_some_and(|a| !a.is_empty());
        if skip_multi && multi {
            continue;
        }
        let text = row["text"].as_str().expect("text");
        let mut gold = Vec::new();
        let mut at = 0;
        for s in row["sentences"].as_array().expect("sentences") {
            let s = s.as_str().expect("sentence");
            let pos = text[at..].find(s).expect("gold sentence in text") + at;
            if pos > 0 {
                gold.push(pos);
            }
            at = pos + s.len();
        }
        let ours: Vec<usize> = sentences::split(text)
            .into_iter()
            .map(|r| r.start)
            .filter(|&s| s > 0)
            .collect();
        for &p in &ours {
            if gold.contains(&p) {
                score.tp += 1;
            } else {
                score.fp += 1;
                errors.push(format!(
                    "extra split: …{}|{}…",
                    &text[p.saturating_sub(40)..p],
                    &text[p..(p + 30).min(text.len())]
                ));
            }
        }
        for &g in &gold {
            if !ours.contains(&g) {
                score.fn_ += 1;
                errors.push(format!(
                    "missed: …{}|{}…",
                    &text[g.saturating_sub(40)..g],
                    &text[g..(g + 30).min(text.len())]
                ));
            }
        }
    }
    (score, errors)
}

#[test]
fn pud_boundary_f1_without_multi_sentence_units() {
    let (score, errors) = score_pud(true);
    let f1 = score.f1();
    eprintln!(
        "PUD boundary F1 {f1:.4} (tp {}, fp {}, fn {})",
        score.tp, score.fp, score.fn_
    );
    for e in &errors {
        eprintln!("{e}");
    }
    assert!(
        f1 >= 0.995,
        "boundary F1 {f1:.4} (tp {}, fp {}, fn {}):\n{}",
        score.tp,
        score.fp,
        score.fn_,
        errors.join("\n")
    );
}

#[test]
fn pud_boundary_f1_all_paragraphs() {
    let (score, errors) = score_pud(false);
    assert!(
        score.f1() >= 0.99,
        "F1 {:.4}\n{}",
        score.f1(),
        errors.join("\n")
    );
}

#[test]
fn examples_rebuild_exactly() {
    for path in example_articles() {
        let text = std::fs::read_to_string(&path).expect("example");
        let doc = terjemah::segment::segment("x", text.clone());
        assert_eq!(doc.rebuild_source(), text, "{}", path.display());
        for seg in doc.segments() {
            assert_eq!(
                seg.source.trim(),
                seg.source,
                "{}: untrimmed segment",
                path.display()
            );
            assert!(!seg.source.is_empty());
        }
    }
}
