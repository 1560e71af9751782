//! Speed of translation-memory lookups with 1,000,000 stored segments.
//!
//! Run with `cargo bench --bench memory` (release profile). Target: an exact or fuzzy lookup
//! takes under 10 ms.
//!
//! The memory is built once and kept in `target/bench-memory/state.db` (rebuilt when missing or
//! incomplete; building takes some minutes). Its segments are made from real sentences: the
//! 1-1 sentence pairs of `../shared/data/align-dev-pud-sentences.jsonl` (UD Indonesian PUD,
//! Indonesian with its English original, CC BY-SA 3.0), varied the way news varies: numbers
//! changed (in both languages), names swapped for other names of the corpus, one to three
//! words replaced by Indonesian words of the offline lexicon (`data/lexicon/freedict-id-en.tsv`),
//! and clauses of two sentences recombined. So near duplicates abound, as in a real memory of
//! running news, but the set is not one sentence copied a million times.
//!
//! Queries, each timed alone on a warm database (the median, 95th percentile and worst case are
//! printed, with how many found a match):
//!
//! - `exact`: stored sources, looked up with `memory_exact`;
//! - `fuzzy, near`: corpus sentences with a word or number changed that is in no stored
//!   variant, looked up with `memory_fuzzy` at 75%;
//! - `fuzzy, none`: sentences of the news articles in `examples/` (not in the memory), at 75%.
//!
//! Sentences of 5 words or fewer are left out of the queries. Last, for the near queries that
//! found nothing and 10 others, the best score the index finds is compared with the best of a
//! linear scan over all stored sources, and the scan's time is printed.
//!
//! With `TERJEMAH_BENCH_POSTGRES=postgres://user@host:port/db` (an empty database, filled once
//! with the same 1,000,000 pairs and vacuumed, or one this benchmark filled before) the same
//! queries are timed on the PostgreSQL store; `TERJEMAH_BENCH_STORES=postgres` leaves SQLite
//! out.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use terjemah::store::memory::similarity;
use terjemah::store::{Location, MemoryPair, OpenOptions, Store};

const TARGET_PAIRS: u64 = 1_000_000;
const QUERIES: usize = 300;
const SCAN_QUERIES: usize = 10;
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// xorshift64*: deterministic, so the memory is the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn shared_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")
}

/// The 1-1 sentence pairs of the PUD alignment set.
fn base_pairs() -> Vec<(String, String)> {
    let path = shared_data().join("align-dev-pud-sentences.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        let src: Vec<&str> = doc["src"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let tgt: Vec<&str> = doc["tgt"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        for link in doc["links"].as_array().unwrap() {
            let (s, t) = (link[0].as_array().unwrap(), link[1].as_array().unwrap());
            if s.len() == 1 && t.len() == 1 {
                let (s, t) = (s[0].as_u64().unwrap(), t[0].as_u64().unwrap());
                out.push((src[s as usize].to_string(), tgt[t as usize].to_string()));
            }
        }
    }
    out
}

/// Single Indonesian words of the offline lexicon.
fn lexicon_words() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon/freedict-id-en.tsv");
    let text = std::fs::read_to_string(&path).expect("lexicon");
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .filter(|w| w.len() > 3 && w.chars().all(|c| c.is_alphabetic()))
        .map(str::to_string)
        .collect()
}

/// Capitalised words of the corpus that are not sentence-initial: names, mostly.
fn names(pairs: &[(String, String)]) -> Vec<String> {
    let mut set = HashSet::new();
    for (s, _) in pairs {
        for w in s.split_whitespace().skip(1) {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.len() > 2
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
            {
                set.insert(w.to_string());
            }
        }
    }
    let mut v: Vec<String> = set.into_iter().collect();
    v.sort();
    v
}

/// One varied pair from `base`.
fn vary(
    rng: &mut Rng,
    base: &[(String, String)],
    lexicon: &[String],
    names: &[String],
) -> (String, String) {
    let (mut src, mut tgt) = base[rng.below(base.len())].clone();
    // Recombined clauses: the first clause of this sentence and the rest of another.
    if rng.chance(15) {
        let other = &base[rng.below(base.len())];
        if let (Some(a), Some(b), Some(c), Some(d)) = (
            src.find(", "),
            other.0.find(", "),
            tgt.find(", "),
            other.1.find(", "),
        ) {
            src = format!("{}{}", &src[..a], &other.0[b..]);
            tgt = format!("{}{}", &tgt[..c], &other.1[d..]);
        }
    }
    // Numbers: every digit run gets a new value, the same in both languages.
    if rng.chance(50) {
        let digits: Vec<String> = src
            .split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .map(str::to_string)
            .collect();
        for d in digits {
            let new = (rng.below(99_999) + 1).to_string();
            src = src.replacen(&d, &new, 1);
            tgt = tgt.replacen(&d, &new, 1);
        }
    }
    // A name swapped for another, in both languages.
    if rng.chance(40) {
        let words: Vec<&str> = src
            .split_whitespace()
            .skip(1)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.len() > 2 && w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        if !words.is_empty() {
            let old = words[rng.below(words.len())].to_string();
            let new = &names[rng.below(names.len())];
            src = src.replace(&old, new);
            tgt = tgt.replace(&old, new);
        }
    }
    // One to three lower-case words replaced.
    let subs = rng.below(4);
    if subs > 0 {
        let mut words: Vec<String> = src.split(' ').map(str::to_string).collect();
        for _ in 0..subs {
            let i = rng.below(words.len());
            if words[i].chars().all(|c| c.is_lowercase()) {
                words[i] = lexicon[rng.below(lexicon.len())].clone();
            }
        }
        src = words.join(" ");
    }
    (src, tgt)
}

fn build(store: &Store, base: &[(String, String)], lexicon: &[String], names: &[String]) {
    let mut rng = Rng(SEED);
    let started = Instant::now();
    let mut total = 0u64;
    let mut batch = 0u64;
    while total < TARGET_PAIRS {
        let want = (TARGET_PAIRS - total).min(20_000) as usize;
        let pairs: Vec<MemoryPair> = (0..want)
            .map(|i| {
                let (source, target) = vary(&mut rng, base, lexicon, names);
                MemoryPair {
                    source,
                    target,
                    document: format!("bench-{:05}.txt", (total as usize + i) / 40),
                    created: None,
                }
            })
            .collect();
        total += store.memory_add("id", "en", &pairs).expect("add") as u64;
        batch += 1;
        if batch % 10 == 0 {
            eprintln!(
                "  building: {total} pairs, {:.0} s",
                started.elapsed().as_secs_f64()
            );
        }
    }
    eprintln!(
        "built {total} pairs in {:.0} s",
        started.elapsed().as_secs_f64()
    );
}

fn report(name: &str, mut times: Vec<Duration>, found: usize) {
    times.sort();
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    println!(
        "{name:<14} {:>4} queries  median {:>7.3} ms  p95 {:>7.3} ms  max {:>7.3} ms  found {found}",
        times.len(),
        pct(0.5).as_secs_f64() * 1e3,
        pct(0.95).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3,
    );
}

/// Sentences of the example news articles, segmented as `translate` does.
fn example_sentences() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let doc = terjemah::segment::segment(&f.display().to_string(), text);
        out.extend(
            doc.segments()
                .filter(|s| s.source.split_whitespace().count() > 5)
                .map(|s| s.source.clone()),
        );
    }
    out
}

/// The SQLite memory in `target/bench-memory/`, built when missing or incomplete.
fn sqlite_store(base: &[(String, String)], lexicon: &[String], names: &[String]) -> Store {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-memory");
    match Store::open(&dir) {
        Ok(s) if s.memory_stats().map(|m| m.pairs).unwrap_or(0) >= TARGET_PAIRS => s,
        _ => {
            eprintln!(
                "building a memory of {TARGET_PAIRS} pairs from {} sentence pairs in {}",
                base.len(),
                dir.display()
            );
            let _ = std::fs::remove_dir_all(&dir);
            let store = Store::open(&dir).expect("state db");
            build(&store, base, lexicon, names);
            store
        }
    }
}

/// The PostgreSQL memory in the database `url` names (built when empty, then vacuumed and
/// analysed so that the postings are read by index-only scans, as on a server whose
/// autovacuum has caught up).
fn postgres_store(
    url: &str,
    base: &[(String, String)],
    lexicon: &[String],
    names: &[String],
) -> Store {
    let env = terjemah::config::Env::from_process();
    let location = Location::parse(url, Path::new("."), &env).expect("a postgres:// URL");
    let opts = OpenOptions {
        project: "bench".into(),
        connections: 1,
        create: true,
    };
    let store = Store::open_at(&location, &opts)
        .unwrap_or_else(|e| panic!("{e}"))
        .expect("created");
    let pairs = store.memory_stats().unwrap().pairs;
    if pairs < TARGET_PAIRS {
        assert_eq!(
            pairs, 0,
            "{location} holds part of a memory: give an empty database"
        );
        eprintln!("building a memory of {TARGET_PAIRS} pairs in {location}");
        build(&store, base, lexicon, names);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
                .await
                .expect("connect");
            tokio::spawn(conn);
            client
                .batch_execute("VACUUM ANALYZE")
                .await
                .expect("vacuum");
        });
    }
    store
}

fn main() {
    let base = base_pairs();
    let lexicon = lexicon_words();
    let names = names(&base);
    // `TERJEMAH_BENCH_POSTGRES=postgres://...` adds the PostgreSQL store (an empty database,
    // or one this benchmark filled before); `TERJEMAH_BENCH_STORES=postgres` leaves SQLite out.
    let only_postgres = std::env::var("TERJEMAH_BENCH_STORES").as_deref() == Ok("postgres");
    if !only_postgres {
        let store = sqlite_store(&base, &lexicon, &names);
        println!("SQLite ({})", store.describe());
        lookups(&store, &base, &lexicon, &names, true);
    }
    match std::env::var("TERJEMAH_BENCH_POSTGRES") {
        Ok(url) => {
            let store = postgres_store(&url, &base, &lexicon, &names);
            println!("PostgreSQL ({})", store.describe());
            lookups(&store, &base, &lexicon, &names, false);
        }
        Err(_) => eprintln!(
            "note: set TERJEMAH_BENCH_POSTGRES=postgres://... to time the PostgreSQL store too"
        ),
    }
}

/// Times the lookups on `store` (and, with `scan`, compares against a linear scan).
fn lookups(
    store: &Store,
    base: &[(String, String)],
    lexicon: &[String],
    names: &[String],
    scan: bool,
) {
    let stats = store.memory_stats().unwrap();
    println!(
        "memory: {} pairs, {} words indexed, {:.0} MB",
        stats.pairs,
        stats.words,
        stats.db_bytes as f64 / 1e6
    );
    let mut rng = Rng(42);
    let long: Vec<&(String, String)> = base
        .iter()
        .filter(|(s, _)| s.split_whitespace().count() > 5)
        .collect();
    // The generator replayed from its seed gives sources the build stored.
    let mut replay = Rng(SEED);
    let stored: Vec<String> = (0..QUERIES * 10)
        .map(|_| vary(&mut replay, base, lexicon, names).0)
        .step_by(10)
        .collect();
    // A word the generator never uses: the near match is never exact.
    let near: Vec<String> = (0..QUERIES)
        .map(|_| {
            let s = &long[rng.below(long.len())].0;
            let mut words: Vec<&str> = s.split(' ').collect();
            let i = rng.below(words.len());
            words[i] = "ditelusuri";
            words.join(" ")
        })
        .collect();
    let none = example_sentences();

    // Warm the database's pages once, as a running memory would be.
    for q in stored.iter().chain(&near).chain(&none) {
        let _ = store.memory_fuzzy("id", "en", q, 75, 5).unwrap();
    }
    let time = |queries: &[String], f: &dyn Fn(&str) -> bool| {
        let mut times = Vec::new();
        let mut found = 0;
        for q in queries {
            let t = Instant::now();
            if f(q) {
                found += 1;
            }
            times.push(t.elapsed());
        }
        (times, found)
    };
    let (t, n) = time(&stored, &|q| {
        store.memory_exact("id", "en", q).unwrap().is_some()
    });
    report("exact", t, n);
    let (t, n) = time(&near, &|q| {
        !store.memory_fuzzy("id", "en", q, 75, 5).unwrap().is_empty()
    });
    report("fuzzy, near", t, n);
    let (t, n) = time(&none, &|q| {
        !store.memory_fuzzy("id", "en", q, 75, 5).unwrap().is_empty()
    });
    report("fuzzy, none", t, n);
    let (t, n) = time(&stored, &|q| {
        !store.memory_fuzzy("id", "en", q, 75, 5).unwrap().is_empty()
    });
    report("fuzzy, stored", t, n);
    if !scan {
        return;
    }

    // What the index gives up: the best score it finds against the best of a linear scan
    // over every stored source (which is what a lookup without an index costs).
    let all = store.memory_pairs(Some("id"), Some("en")).unwrap();
    let mut same = 0;
    let mut scan_times = Vec::new();
    // The near queries that found nothing, and the first others.
    let mut sample: Vec<&String> = near
        .iter()
        .filter(|q| store.memory_fuzzy("id", "en", q, 75, 1).unwrap().is_empty())
        .collect();
    sample.extend(near.iter().take(SCAN_QUERIES));
    for q in &sample {
        let t = Instant::now();
        let best = all
            .iter()
            .map(|(_, _, p)| similarity(q, &p.source))
            .max()
            .unwrap_or(0);
        scan_times.push(t.elapsed());
        let indexed = store
            .memory_fuzzy("id", "en", q, 75, 1)
            .unwrap()
            .first()
            .map_or(0, |m| m.score);
        if indexed == best || (best < 75 && indexed == 0) {
            same += 1;
        } else {
            println!("  index {indexed} < scan {best}: {q}");
        }
    }
    scan_times.sort();
    println!(
        "linear scan    {:>4} queries  median {:>7.0} ms; the index found the scan's best score in {same} of them",
        sample.len(),
        scan_times[sample.len() / 2].as_secs_f64() * 1e3
    );
}
