//! Speed of `translate align` on a 5,000-sentence document pair.
//!
//! Run with `cargo bench --bench align` (release profile). Target: aligning 5,000 Indonesian
//! sentences with their English in under 1 second on one core.
//!
//! The pair is built from the development data (`../shared/data/align-dev-pud-*.jsonl`, UD
//! Indonesian PUD, CC BY-SA 3.0), repeated until the Indonesian side has 5,000 sentences; the
//! English side keeps the data's merged, split, left-out and added sentences, so the path is
//! not a plain diagonal. Printed, as the median of several runs:
//!
//! - `units`: the sentence lists aligned directly (`Aligner::align`), split into the analysis
//!   of both sides (the offline lexicon, the glossary, numbers) and the dynamic programme (two
//!   passes, band around the diagonal, forward-backward);
//! - `documents`: what `translate align --unit sentence` does after reading the files:
//!   segmentation of both articles, paragraphs aligned, then sentences inside them.
//!
//! Also printed: the time for half and a quarter of the pair, to show the cost grows linearly.

use std::path::PathBuf;
use std::time::{Duration, Instant};
use terjemah::align::{Aligner, Unit};
use terjemah::glossary::{builtin_sources, Glossary, Spelling};
use terjemah::segment::segment;

const SENTENCES: usize = 5_000;
const RUNS: usize = 7;

fn data(name: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (the development data)", path.display()));
    text.lines()
        .map(|line| {
            let row: serde_json::Value = serde_json::from_str(line).expect("json line");
            let list = |k: &str| -> Vec<String> {
                row[k]
                    .as_array()
                    .expect("list")
                    .iter()
                    .map(|s| s.as_str().expect("string").to_string())
                    .collect()
            };
            (list("src"), list("tgt"))
        })
        .collect()
}

/// The sentence documents concatenated, repeated, until the source has `n` sentences.
fn sentence_pair(n: usize) -> (Vec<String>, Vec<String>) {
    let docs = data("align-dev-pud-sentences.jsonl");
    let (mut src, mut tgt) = (Vec::new(), Vec::new());
    'outer: loop {
        for (s, t) in &docs {
            if src.len() + s.len() > n {
                break 'outer;
            }
            src.extend(s.iter().cloned());
            tgt.extend(t.iter().cloned());
        }
    }
    (src, tgt)
}

/// The paragraph documents as two articles, one paragraph per line, repeated until the
/// source has about `n` sentences.
fn article_pair(n: usize) -> (String, String) {
    let docs = data("align-dev-pud-paragraphs.jsonl");
    let (mut src, mut tgt) = (String::new(), String::new());
    let mut sentences = 0;
    'outer: loop {
        for (s, t) in &docs {
            for p in s {
                sentences += terjemah::segment::sentences::split(p).len();
                src.push_str(p);
                src.push('\n');
            }
            for p in t {
                tgt.push_str(p);
                tgt.push('\n');
            }
            if sentences >= n {
                break 'outer;
            }
        }
    }
    (src, tgt)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        std::hint::black_box(f());
        times.push(start.elapsed());
    }
    median(times)
}

fn ms(d: Duration) -> String {
    format!("{:8.1} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    let glossary = Glossary::load(&builtin_sources(), Spelling::British).expect("glossaries");
    let aligner = Aligner::new(Some(&glossary));
    // The lexicon is parsed on first use; that is start-up, not alignment.
    aligner.align(&["Ia datang."], &["He came."]);

    println!("translate align, {SENTENCES}-sentence pair, median of {RUNS} runs (release):");
    for n in [SENTENCES / 4, SENTENCES / 2, SENTENCES] {
        let (src, tgt) = sentence_pair(n);
        let s: Vec<&str> = src.iter().map(String::as_str).collect();
        let t: Vec<&str> = tgt.iter().map(String::as_str).collect();
        let analyse = time(RUNS, || {
            (aligner.source_features(&s), aligner.target_features(&t))
        });
        let sf = aligner.source_features(&s);
        let tf = aligner.target_features(&t);
        let dp = time(RUNS, || aligner.align_features(&sf, &tf, &[]));
        let total = time(RUNS, || aligner.align(&s, &t));
        println!(
            "  units     {:>5} x {:>5} sentences: {} (analysis {}, dynamic programme {})",
            s.len(),
            t.len(),
            ms(total),
            ms(analyse).trim_start(),
            ms(dp).trim_start()
        );
    }
    for n in [SENTENCES / 4, SENTENCES / 2, SENTENCES] {
        let (src, tgt) = article_pair(n);
        let mut shape = (0, 0);
        let total = time(RUNS, || {
            let a = segment("id.txt", src.clone());
            let b = segment("en.txt", tgt.clone());
            let r = aligner.align_documents(&a, &b, Unit::Sentence);
            shape = (r.source.len(), r.target.len());
            r
        });
        println!(
            "  documents {:>5} x {:>5} sentences: {} (segmentation, paragraphs, then sentences)",
            shape.0,
            shape.1,
            ms(total)
        );
    }
    println!("  target: under 1,000 ms for 5,000 sentences");
}
