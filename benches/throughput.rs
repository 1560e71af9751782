//! Throughput of segmentation and glossary matching, and start-up time of the binary.
//!
//! Run with `cargo bench --bench throughput` (release profile; the run builds `translate` too).
//! Pass divan options after `--`, e.g. `cargo bench --bench throughput -- segment_only`.
//!
//! Targets, on one core, release build:
//! - `segment_only`: segmentation alone, >= 100 MB/s;
//! - `segment_and_glossary_20k`: segmentation + glossary annotation with a 20,000-entry
//!   glossary, >= 50 MB/s;
//! - `glossary_find_20k`: the matching part of that alone, paragraph by paragraph (no target;
//!   it shows where the time goes);
//! - `offline_long_sentence`: the offline gist of one 80 KB and one 1 MB sentence, to show it is
//!   linear in the request's length (MB/s about equal at both sizes);
//! - `translate --version` starts in under 20 ms (median of 50 runs, printed before the table).
//!
//! The corpus is every example article and every PUD paragraph (`../shared/data/seg-dev-pud.jsonl`),
//! one paragraph per blank-line separated block, repeated to about 6 MB. The glossary is the
//! shipped one plus generated Indonesian-looking terms (one to four words from real Indonesian
//! words, affixes and syllables, and some acronyms) up to 20,000 entries, so the automaton has
//! realistic shared prefixes and candidate rates. Divan prints the throughput in the `MB/s`
//! column (`median` is the figure to compare).

use divan::counter::BytesCount;
use divan::Bencher;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use terjemah::glossary::{builtin_sources, Glossary, Source, Spelling};
use terjemah::segment::{paragraph_ranges, segment};

/// About how large the corpus is made.
const CORPUS_BYTES: usize = 6 << 20;
/// Glossary size for the matching benchmarks.
const GLOSSARY_ENTRIES: usize = 20_000;
/// Runs of `translate --version`.
const STARTUP_RUNS: usize = 50;

fn main() {
    startup();
    eprintln!(
        "corpus {:.1} MB; targets: segment_only >= 100 MB/s, segment_and_glossary_20k >= 50 MB/s \
         (MB/s column, median)",
        corpus().len() as f64 / 1e6,
    );
    // Built here, not inside a benchmark, so its line does not land in divan's table.
    glossary();
    divan::main();
}

// ---------------------------------------------------------------------------------------------
// The benchmarks.

#[divan::bench(sample_count = 30)]
fn segment_only(bencher: Bencher) {
    let corpus = corpus();
    bencher
        .with_inputs(|| corpus.clone())
        .input_counter(BytesCount::of_str)
        .bench_values(|text| segment("corpus", text));
}

#[divan::bench(sample_count = 20)]
fn segment_and_glossary_20k(bencher: Bencher) {
    let corpus = corpus();
    let glossary = glossary();
    bencher
        .with_inputs(|| corpus.clone())
        .input_counter(BytesCount::of_str)
        .bench_values(|text| {
            let mut doc = segment("corpus", text);
            glossary.annotate(&mut doc);
            doc
        });
}

#[divan::bench(sample_count = 20)]
fn glossary_find_20k(bencher: Bencher) {
    let corpus = corpus();
    let glossary = glossary();
    let paragraphs = paragraph_ranges(corpus);
    bencher.counter(BytesCount::of_str(corpus)).bench(|| {
        paragraphs
            .iter()
            .map(|r| glossary.find(&corpus[r.clone()]).len())
            .sum::<usize>()
    });
}

/// The offline backend on one very long sentence (the corpus with its full stops turned into
/// commas), 80 KB and 1 MB: the gist must stay linear in the length of a request (it once
/// rescanned the request for every word: 1 s at 80 KB, over 100 s at 1 MB).
#[divan::bench(args = [80_000, 1_000_000], sample_count = 3)]
fn offline_long_sentence(bencher: Bencher, bytes: usize) {
    let mut text: String = corpus()
        .chars()
        .map(|c| match c {
            '.' | '!' | '?' | '\n' => ',',
            c => c,
        })
        .take(bytes)
        .collect();
    text.push('.');
    let backend = terjemah::mt::offline::OfflineBackend::new();
    let req = terjemah::mt::Request {
        id: "1.1".into(),
        text,
        context: None,
        terms: Vec::new(),
    };
    backend.gist(&req); // parse the lexicon outside the timing
    bencher
        .counter(BytesCount::of_str(&req.text))
        .bench(|| backend.gist(&req));
}

// ---------------------------------------------------------------------------------------------
// Start-up time.

/// Runs `translate --version` [`STARTUP_RUNS`] times and prints the median wall time.
fn startup() {
    let Some(exe) = translate_binary() else {
        eprintln!(
            "startup: no release `translate` binary found next to this benchmark; \
             run `cargo build --release` first"
        );
        return;
    };
    let run = || {
        let start = Instant::now();
        let out = Command::new(&exe).arg("--version").output();
        (start.elapsed(), out)
    };
    // One untimed run warms the page cache.
    let (_, first) = run();
    let first = match first {
        Ok(out) => out,
        Err(e) => {
            eprintln!("startup: cannot run {}: {e}", exe.display());
            return;
        }
    };
    let mut times: Vec<Duration> = (0..STARTUP_RUNS).map(|_| run().0).collect();
    times.sort();
    let median = times[times.len() / 2].as_secs_f64() * 1e3;
    let version = String::from_utf8_lossy(&first.stdout);
    let version = version.lines().next().unwrap_or("").trim();
    let note = if !first.status.success() {
        format!(
            " (exit status {}: `--version` is not implemented yet?)",
            first.status
        )
    } else if version.is_empty() {
        " (printed no version: the CLI has not landed yet?)".to_string()
    } else {
        String::new()
    };
    eprintln!(
        "startup: `translate --version` median {median:.2} ms over {STARTUP_RUNS} runs \
         (min {:.2}, max {:.2}; target < 20 ms: {}) -> {version:?}{note}",
        times[0].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        if median < 20.0 { "met" } else { "MISSED" },
    );
}

/// The `translate` binary Cargo built for this run, or the one beside the benchmark
/// executable (`target/release/deps/throughput-*` -> `target/release/translate`).
fn translate_binary() -> Option<PathBuf> {
    let built = option_env!("CARGO_BIN_EXE_translate").map(PathBuf::from);
    let beside = std::env::current_exe().ok().and_then(|exe| {
        let dir = exe.parent()?.parent()?;
        Some(dir.join(format!("translate{}", std::env::consts::EXE_SUFFIX)))
    });
    built.into_iter().chain(beside).find(|p| p.is_file())
}

// ---------------------------------------------------------------------------------------------
// The corpus.

fn corpus() -> &'static String {
    static CORPUS: OnceLock<String> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paragraphs: Vec<String> = Vec::new();
        let mut articles: Vec<PathBuf> = std::fs::read_dir(root.join("examples"))
            .expect("examples/ exists")
            .map(|e| e.expect("readable entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        articles.sort();
        for path in articles {
            let text = std::fs::read_to_string(&path).expect("example article");
            paragraphs.push(text.trim().to_string());
        }
        let pud = root.join("../shared/data/seg-dev-pud.jsonl");
        match std::fs::read_to_string(&pud) {
            Ok(data) => {
                for line in data.lines() {
                    let row: serde_json::Value = serde_json::from_str(line).expect("json line");
                    paragraphs.push(row["text"].as_str().expect("text").to_string());
                }
            }
            Err(e) => eprintln!(
                "note: {} not readable ({e}); corpus is the examples only",
                pud.display()
            ),
        }
        let block = paragraphs.join("\n\n");
        let mut out = String::with_capacity(CORPUS_BYTES + block.len());
        while out.len() < CORPUS_BYTES {
            out.push_str(&block);
            out.push_str("\n\n");
        }
        out
    })
}

// ---------------------------------------------------------------------------------------------
// The 20,000-entry glossary.

fn glossary() -> &'static Glossary {
    static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
    GLOSSARY.get_or_init(|| {
        let mut sources: Vec<Source> = builtin_sources();
        let builtin = Glossary::load(&sources, Spelling::British).expect("shipped glossaries");
        let mut taken: HashSet<String> = builtin
            .entries()
            .iter()
            .flat_map(|e| e.forms().map(fold))
            .collect();
        let wanted = GLOSSARY_ENTRIES.saturating_sub(builtin.entries().len());
        sources.push(Source {
            name: "bench/generated.tsv".into(),
            key: "generated.tsv".into(),
            text: generated_tsv(wanted, &mut taken),
        });
        let glossary = Glossary::load(&sources, Spelling::British).expect("generated glossary");
        eprintln!(
            "glossary: {} entries ({} shipped, the rest generated)",
            glossary.entries().len(),
            builtin.entries().len()
        );
        glossary
    })
}

fn fold(s: &str) -> String {
    s.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Real Indonesian words of the kind institution names, titles and news phrases are built from.
const WORDS: &[&str] = &[
    "badan",
    "dinas",
    "kantor",
    "pusat",
    "daerah",
    "nasional",
    "umum",
    "keamanan",
    "pertahanan",
    "sekolah",
    "rumah",
    "sakit",
    "jalan",
    "raya",
    "pasar",
    "induk",
    "bank",
    "dana",
    "usaha",
    "koperasi",
    "desa",
    "kota",
    "kabupaten",
    "provinsi",
    "lembaga",
    "komisi",
    "dewan",
    "majelis",
    "balai",
    "besar",
    "kecil",
    "tinggi",
    "negeri",
    "swasta",
    "perusahaan",
    "industri",
    "energi",
    "air",
    "minyak",
    "gas",
    "listrik",
    "tambang",
    "hutan",
    "laut",
    "udara",
    "darat",
    "sungai",
    "gunung",
    "pulau",
    "selat",
    "teluk",
    "tanjung",
    "kepala",
    "wakil",
    "ketua",
    "anggota",
    "sekretaris",
    "direktur",
    "jenderal",
    "utama",
    "muda",
    "madya",
    "pertama",
    "kedua",
    "program",
    "proyek",
    "rencana",
    "kebijakan",
    "peraturan",
    "hukum",
    "pidana",
    "pajak",
    "bea",
    "cukai",
    "impor",
    "ekspor",
    "pangan",
    "beras",
    "gula",
    "garam",
    "ikan",
    "sapi",
    "padi",
    "jagung",
    "kelapa",
    "sawit",
    "karet",
    "kopi",
    "pendidikan",
    "kesehatan",
    "perhubungan",
    "pariwisata",
    "kebudayaan",
    "olahraga",
    "pemuda",
    "perempuan",
    "anak",
    "sosial",
    "tenaga",
    "kerja",
    "perdagangan",
    "keuangan",
    "pembangunan",
    "perencanaan",
    "penanggulangan",
    "bencana",
    "pemberantasan",
    "korupsi",
    "narkotika",
    "pengawas",
    "pemeriksa",
    "penyelenggara",
    "pemilu",
    "kepolisian",
    "kejaksaan",
    "pengadilan",
    "agama",
    "militer",
    "tata",
    "usaha",
    "niaga",
    "pelabuhan",
    "bandar",
    "stasiun",
    "terminal",
    "kereta",
    "kapal",
    "pesawat",
    "tempur",
    "selam",
    "perang",
    "damai",
    "bantuan",
    "subsidi",
    "harga",
    "inflasi",
    "suku",
    "bunga",
    "utang",
    "luar",
    "dalam",
    "timur",
    "barat",
    "utara",
    "selatan",
    "tengah",
    "baru",
    "lama",
    "adat",
    "rakyat",
    "warga",
    "penduduk",
    "tanah",
    "lahan",
    "kawasan",
    "ekonomi",
    "khusus",
    "wilayah",
    "batas",
];

const PREFIXES: &[&str] = &[
    "", "", "", "me", "mem", "men", "meng", "ber", "ter", "di", "ke", "pe", "per", "pen", "peng",
];
const SYLLABLES: &[&str] = &[
    "ba", "be", "bi", "bu", "da", "di", "du", "ga", "gu", "ha", "ja", "ju", "ka", "ke", "ki", "ku",
    "la", "li", "lu", "ma", "mi", "mu", "na", "ni", "nu", "pa", "pi", "pu", "ra", "ri", "ru", "sa",
    "se", "si", "su", "ta", "te", "ti", "tu", "wa", "ya", "ngan", "nga", "nya", "tan", "kan",
    "ran", "lan", "man", "pan", "sin", "tung", "rang", "lang", "ang", "ung", "ing", "ah", "as",
    "ar", "at", "ak", "am", "ap", "al",
];
const SUFFIXES: &[&str] = &["", "", "", "", "kan", "an", "i"];
const ENGLISH: &[&str] = &[
    "agency",
    "office",
    "board",
    "council",
    "national",
    "regional",
    "central",
    "security",
    "defence",
    "health",
    "school",
    "hospital",
    "road",
    "market",
    "fund",
    "enterprise",
    "village",
    "city",
    "province",
    "commission",
    "assembly",
    "ministry",
    "department",
    "programme",
    "policy",
    "regulation",
    "tax",
    "port",
    "station",
    "ship",
    "aircraft",
    "river",
    "island",
    "forest",
];

/// A small deterministic generator (xorshift64*), so every run benchmarks the same glossary.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// An Indonesian-looking word: a real word most of the time, else affixes around syllables.
fn word(rng: &mut Rng) -> String {
    if rng.below(10) < 6 {
        return rng.pick(WORDS).to_string();
    }
    let mut w = rng.pick(PREFIXES).to_string();
    for _ in 0..2 + rng.below(2) {
        w.push_str(rng.pick(SYLLABLES));
    }
    w.push_str(rng.pick(SUFFIXES));
    w
}

/// A term: an acronym (`BPKN`) one time in eight, else one to four words, capitalised as a name
/// one time in three.
fn term(rng: &mut Rng) -> String {
    if rng.below(8) == 0 {
        let len = 3 + rng.below(3);
        return (0..len)
            .map(|_| (b'A' + rng.below(26) as u8) as char)
            .collect();
    }
    let words: Vec<String> = (0..1 + rng.below(4)).map(|_| word(rng)).collect();
    if rng.below(3) == 0 {
        words
            .iter()
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        words.join(" ")
    }
}

/// `count` generated entries as a glossary file, none clashing with `taken` (which grows).
fn generated_tsv(count: usize, taken: &mut HashSet<String>) -> String {
    let mut rng = Rng(0x7e71_e3a4_5eed_2025);
    let mut out = String::from("#source\ttarget\tcomment\taliases\tavoid\tus\tadjective\tflags\n");
    let mut made = 0;
    while made < count {
        let source = term(&mut rng);
        if !taken.insert(fold(&source)) {
            continue;
        }
        let target = format!("{} {} {made}", rng.pick(ENGLISH), rng.pick(ENGLISH));
        out.push_str(&source);
        out.push('\t');
        out.push_str(&target);
        out.push('\n');
        made += 1;
    }
    out
}
