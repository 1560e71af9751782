//! Speed of the exchange formats and views on real articles: XLIFF 2.1 written and read back,
//! the HTML page, and TBX import at growing sizes (linear, not quadratic).
//!
//! Run with `cargo bench --bench formats`. The six example articles (`examples/*.txt`) are
//! translated once by the offline backend with the shipped glossaries (not timed), so the
//! documents carry targets, glossary hits and QA findings as a real run's do; each benchmark
//! then handles all six. The byte counter is the size of what is written (or read), so the
//! MB/s column is output throughput.

use divan::counter::BytesCount;
use divan::Bencher;
use std::path::PathBuf;
use std::sync::OnceLock;
use terjemah::doc::Document;
use terjemah::formats::xliff::{from_xliff, to_xliff};
use terjemah::glossary::exchange::{read_tbx, write_tbx, TbxDialect};
use terjemah::glossary::{builtin_sources, Glossary, Spelling};
use terjemah::mt::offline::OfflineBackend;
use terjemah::mt::LangPair;
use terjemah::pipeline::{self, RunOptions};
use terjemah::review::html::to_html;

fn docs() -> &'static [Document] {
    static DOCS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("examples/")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        let mut docs: Vec<Document> = paths
            .iter()
            .map(|p| pipeline::read_document(p).expect("readable").doc)
            .collect();
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
        docs
    })
}

fn xliff_files() -> &'static [String] {
    static FILES: OnceLock<Vec<String>> = OnceLock::new();
    FILES.get_or_init(|| docs().iter().map(to_xliff).collect())
}

fn main() {
    let bytes: usize = xliff_files().iter().map(String::len).sum();
    eprintln!(
        "{} articles, {} segments, {:.1} KB of XLIFF",
        docs().len(),
        docs().iter().map(|d| d.segments().count()).sum::<usize>(),
        bytes as f64 / 1e3
    );
    divan::main();
}

#[divan::bench(sample_count = 50)]
fn write_xliff(bencher: Bencher) {
    let docs = docs();
    let bytes: usize = xliff_files().iter().map(String::len).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| docs.iter().map(to_xliff).collect::<Vec<_>>());
}

#[divan::bench(sample_count = 50)]
fn read_xliff(bencher: Bencher) {
    let files = xliff_files();
    let bytes: usize = files.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        files
            .iter()
            .map(|f| from_xliff("bench.xlf", f).expect("our own XLIFF"))
            .collect::<Vec<_>>()
    });
}

#[divan::bench(sample_count = 50)]
fn write_html(bencher: Bencher) {
    let docs = docs();
    let bytes: usize = docs.iter().map(|d| to_html(d, "offline").len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        docs.iter()
            .map(|d| to_html(d, "offline"))
            .collect::<Vec<_>>()
    });
}

/// The shipped glossary (882 entries, 0.55 MB) as TBX v3, its concept entries repeated
/// `copies` times: 1, 2, 4, 8 copies (up to 4.4 MB, the size the hardening probe timed at
/// 4.2 s before line numbers were counted incrementally). MB/s stays flat when reading is
/// linear in the file's size.
fn tbx(copies: usize) -> String {
    let glossary = Glossary::load(&builtin_sources(), Spelling::British).expect("glossaries");
    let one = write_tbx(glossary.entries(), TbxDialect::V3);
    let start = one.find("<conceptEntry").expect("entries");
    let end = one.rfind("</conceptEntry>").expect("entries") + "</conceptEntry>".len();
    format!(
        "{}{}{}",
        &one[..start],
        one[start..end].repeat(copies),
        &one[end..]
    )
}

#[divan::bench(args = [1, 2, 4, 8], sample_count = 10)]
fn read_tbx_copies(bencher: Bencher, copies: usize) {
    let text = tbx(copies);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| read_tbx("bench.tbx", &text).expect("valid TBX"));
}
