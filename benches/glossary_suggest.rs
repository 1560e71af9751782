//! Speed of `glossary suggest` and `glossary stats` on real text.
//!
//! Run with `cargo bench --bench glossary_suggest` (release profile). The corpus is every
//! example article and every PUD paragraph (`../shared/data/seg-dev-pud.jsonl`), segmented
//! once outside the timing; the glossary is the shipped one. Divan prints the throughput in
//! the `MB/s` column (the `median` is the figure to compare). A translator runs these on a few
//! articles at a time, so the aim is only that a day's articles (about 1 MB) take well under
//! a second.

use divan::counter::BytesCount;
use divan::Bencher;
use std::path::PathBuf;
use std::sync::OnceLock;
use terjemah::doc::Document;
use terjemah::glossary::{builtin_sources, stats, suggest, Glossary, Spelling};
use terjemah::segment::segment;

fn main() {
    eprintln!(
        "corpus {:.2} MB in {} documents",
        bytes() as f64 / 1e6,
        docs().len()
    );
    divan::main();
}

fn glossary() -> &'static Glossary {
    static G: OnceLock<Glossary> = OnceLock::new();
    G.get_or_init(|| Glossary::load(&builtin_sources(), Spelling::British).expect("shipped"))
}

fn docs() -> &'static [Document] {
    static D: OnceLock<Vec<Document>> = OnceLock::new();
    D.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        let mut names: Vec<PathBuf> = std::fs::read_dir(root.join("examples"))
            .expect("examples/")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        names.sort();
        for p in names {
            let text = std::fs::read_to_string(&p).expect("article");
            out.push(segment(&p.display().to_string(), text));
        }
        let pud = std::fs::read_to_string(root.join("../shared/data/seg-dev-pud.jsonl"))
            .expect("the development data");
        let paragraphs: Vec<String> = pud
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("json line");
                v["text"].as_str().expect("text").to_string()
            })
            .collect();
        out.push(segment("pud.txt", paragraphs.join("\n\n")));
        out
    })
}

fn bytes() -> usize {
    docs().iter().map(|d| d.text.len()).sum()
}

#[divan::bench(sample_count = 20)]
fn suggest_from_documents(bencher: Bencher) {
    let (g, d) = (glossary(), docs());
    bencher
        .counter(BytesCount::new(bytes()))
        .bench(|| suggest::from_documents(d, g));
}

#[divan::bench(sample_count = 20)]
fn stats_collect(bencher: Bencher) {
    let g = glossary();
    bencher
        .with_inputs(|| docs().to_vec())
        .input_counter(|d: &Vec<Document>| {
            BytesCount::new(d.iter().map(|x| x.text.len()).sum::<usize>())
        })
        .bench_local_values(|mut d| stats::collect(g, &mut d));
}

/// Every development paragraph on one line, repeated to 2 MB: the shape of a scraped article
/// that made `glossary check` quadratic when each hit's line and column were counted from the
/// start of the file.
fn one_line() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| {
        let base: Vec<&str> = docs().iter().map(|d| d.text.as_str()).collect();
        let base = base.join(" ").replace('\n', " ");
        let mut out = String::new();
        while out.len() < 2_000_000 {
            out.push_str(&base);
            out.push(' ');
        }
        out
    })
}

/// `glossary check`'s listing on 2 MB without a line break: every hit found and located
/// (line and column) in one pass.
#[divan::bench(sample_count = 10)]
fn check_hits_located_2mb_one_line(bencher: Bencher) {
    let (g, text) = (glossary(), one_line());
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        let mut cursor = terjemah::glossary::LineCursor::new(text);
        g.find(text).iter().map(|m| cursor.locate(m.start).1).max()
    });
}
