//! Whole-process figures, the ones a script or an editor plugin calling `translate` sees:
//! start-up of the real work, many alignments in one call, and peak memory of streamed output.
//!
//! Run with `cargo bench --bench process` (it runs the release binary). Prints:
//!
//! - **start-up**: medians of interleaved runs of `translate --version`, `segment` and offline
//!   `translate -f json` of the seed article, and `align` of a one-line pair, with each one's
//!   ratio to `--version` (the target: at most 4x);
//! - **batch**: 300 news-sized document pairs (the 42 paragraph-level PUD documents of
//!   `../shared/data`, one paragraph per line, repeated to 300 pairs) aligned in one
//!   `align --batch` call against one `align` call per pair;
//! - **memory**: peak resident memory of `segment --json` and `segment` on a 20 MB article (the
//!   seed article repeated), as a multiple of the input (the target: at most 3x), read by GNU
//!   time (`/usr/bin/time`) when installed. Both segment a paragraph at a time and write as
//!   they go.
//!
//! Timings on a shared machine are noisy: the figures are medians, and the batch pair is run
//! back to back.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_translate");

fn shared(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(name)
}

/// Runs `translate ARGS` in `dir`, output thrown away; how long it took.
fn time(dir: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let status = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("translate runs");
    let took = start.elapsed();
    assert!(status.code().is_some_and(|c| c <= 1), "translate {args:?}");
    took
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn startup(dir: &Path) {
    std::fs::copy(
        shared("tribunnews-2022-12-03-rusia-belarus.txt"),
        dir.join("seed.txt"),
    )
    .expect("seed article");
    std::fs::write(
        dir.join("one.id.txt"),
        "Presiden Joko Widodo mengunjungi Jakarta pada hari Senin bersama para menteri.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("one.en.txt"),
        "President Joko Widodo visited Jakarta on Monday with the ministers.\n",
    )
    .unwrap();
    let cases: [(&str, &[&str]); 4] = [
        ("translate --version", &["--version"]),
        ("segment seed", &["segment", "seed.txt"]),
        (
            "offline translate seed -f json",
            &["seed.txt", "-f", "json"],
        ),
        (
            "align one-line pair",
            &["align", "one.id.txt", "one.en.txt", "-f", "json"],
        ),
    ];
    // Warm the page cache and create the state folder before timing.
    for (_, args) in &cases {
        time(dir, args);
    }
    let runs = 41;
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); cases.len()];
    for _ in 0..runs {
        for (k, (_, args)) in cases.iter().enumerate() {
            times[k].push(time(dir, args));
        }
    }
    let medians: Vec<Duration> = times.into_iter().map(median).collect();
    println!("start-up, median of {runs} interleaved runs:");
    for ((name, _), m) in cases.iter().zip(&medians) {
        println!(
            "  {name:<32} {:>6.2} ms  {:>4.1}x --version",
            ms(*m),
            m.as_secs_f64() / medians[0].as_secs_f64()
        );
    }
}

fn batch(dir: &Path) {
    let docs: Vec<serde_json::Value> =
        std::fs::read_to_string(shared("align-dev-pud-paragraphs.jsonl"))
            .expect("PUD paragraphs")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
    let lines = |v: &serde_json::Value| -> String {
        let units: Vec<&str> = v
            .as_array()
            .expect("units")
            .iter()
            .map(|u| u.as_str().expect("text"))
            .collect();
        units.join("\n") + "\n"
    };
    let pairs = dir.join("pairs");
    std::fs::create_dir_all(&pairs).unwrap();
    let mut list = String::new();
    let mut bytes = 0;
    for k in 0..300 {
        let d = &docs[k % docs.len()];
        let (src, tgt) = (lines(&d["src"]), lines(&d["tgt"]));
        bytes += src.len() + tgt.len();
        std::fs::write(pairs.join(format!("p{k:03}.id.txt")), src).unwrap();
        std::fs::write(pairs.join(format!("p{k:03}.en.txt")), tgt).unwrap();
        list.push_str(&format!("p{k:03}.id.txt\tp{k:03}.en.txt\n"));
    }
    std::fs::write(pairs.join("pairs.tsv"), list).unwrap();
    time(&pairs, &["align", "--batch", "pairs.tsv", "-f", "json"]);
    let one_call = median(
        (0..3)
            .map(|_| time(&pairs, &["align", "--batch", "pairs.tsv", "-f", "json"]))
            .collect(),
    );
    let start = Instant::now();
    for k in 0..300 {
        let (s, t) = (format!("p{k:03}.id.txt"), format!("p{k:03}.en.txt"));
        time(&pairs, &["align", &s, &t, "-f", "json"]);
    }
    let per_pair = start.elapsed();
    println!(
        "batch: 300 PUD document pairs ({:.1} MB, sentence level), {} threads:",
        bytes as f64 / 1e6,
        std::thread::available_parallelism().map_or(1, usize::from)
    );
    println!(
        "  align --batch, one call (median of 3)  {:>6.2} s",
        one_call.as_secs_f64()
    );
    println!(
        "  align, one call per pair               {:>6.2} s  ({:.1}x the batch)",
        per_pair.as_secs_f64(),
        per_pair.as_secs_f64() / one_call.as_secs_f64()
    );
}

fn memory(dir: &Path) {
    if !Path::new("/usr/bin/time").exists() {
        println!("memory: skipped (/usr/bin/time, GNU time, is not installed)");
        return;
    }
    let seed = std::fs::read_to_string(shared("tribunnews-2022-12-03-rusia-belarus.txt"))
        .expect("seed article");
    let mut big = String::new();
    while big.len() < 20_000_000 {
        big.push_str(&seed);
        big.push('\n');
    }
    let input = dir.join("big.txt");
    std::fs::write(&input, &big).unwrap();
    let mb = big.len() as f64 / 1e6;
    for args in [&["segment", "--json"][..], &["segment"][..]] {
        let out = Command::new("/usr/bin/time")
            .args(["-f", "%M %e"])
            .arg(BIN)
            .args(args)
            .arg(&input)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .expect("time runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let last = stderr.lines().last().unwrap_or_default();
        let mut fields = last.split_whitespace();
        let kib: f64 = fields.next().and_then(|f| f.parse().ok()).unwrap_or(0.0);
        let secs = fields.next().unwrap_or("?");
        println!(
            "memory: {} on {mb:.1} MB: peak {:.1} MB resident ({:.2}x the input), {secs} s",
            args.join(" "),
            kib * 1024.0 / 1e6,
            kib * 1024.0 / big.len() as f64
        );
    }
}

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let want = |name: &str| only.as_deref().is_none_or(|o| o == name);
    if want("startup") {
        startup(dir.path());
    }
    if want("batch") {
        batch(dir.path());
    }
    if want("memory") {
        memory(dir.path());
    }
}
