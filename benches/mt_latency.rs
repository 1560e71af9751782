//! The MT engine against a slow service: a local mock of DeepL's `/v2/translate` that answers
//! every request after 200 ms, and 200 articles of 20 sentences sent through the real `deepl`
//! backend with its limits (50 texts a request) and default concurrency.
//!
//! Run: `cargo bench --bench mt_latency`. Prints, per run size, the wall time against the ideal
//! `ceil(requests / concurrency) x latency`, the speed-up over one request per sentence sent one
//! after another (`sentences x latency`), and the peak memory, which should stay flat as the
//! number of articles grows. Target: wall time within 1.2x of the ideal.
//!
//! The sentences are the UD Indonesian PUD sentences of `../shared/data/seg-dev-pud.jsonl`
//! (CC BY-SA 3.0), numbered per article so that no two are the same (the engine would send a
//! repeated sentence once).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use terjemah::mt::engine::{Engine, RetryPolicy};
use terjemah::mt::options::{BackendOptions, Secret};
use terjemah::mt::{backend_by_name, GlossaryTerms, LangPair};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

const LATENCY: Duration = Duration::from_millis(200);
const SENTENCES_PER_ARTICLE: usize = 20;

/// A DeepL `/v2/translate` stand-in on 127.0.0.1: HTTP/1.1 with keep-alive, one answer per
/// request after [`LATENCY`]. Returns its address and the count of requests it served.
async fn mock_deepl() -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    let served = Arc::new(AtomicUsize::new(0));
    let count = served.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let count = count.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut reader = BufReader::new(read);
                loop {
                    let mut length = 0usize;
                    let mut line = String::new();
                    let mut first = true;
                    loop {
                        line.clear();
                        if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
                            return;
                        }
                        if first && !line.starts_with("POST") {
                            return;
                        }
                        first = false;
                        let l = line.to_ascii_lowercase();
                        if let Some(v) = l.strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap_or(0);
                        }
                        if line == "\r\n" {
                            break;
                        }
                    }
                    let mut body = vec![0u8; length];
                    if reader.read_exact(&mut body).await.is_err() {
                        return;
                    }
                    let request: serde_json::Value =
                        serde_json::from_slice(&body).unwrap_or_default();
                    let translations: Vec<serde_json::Value> = request["text"]
                        .as_array()
                        .map(|texts| {
                            texts
                                .iter()
                                .map(|t| {
                                    let t = t.as_str().unwrap_or("");
                                    serde_json::json!({"detected_source_language": "ID",
                                        "text": format!("EN {t}"),
                                        "billed_characters": t.chars().count()})
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    tokio::time::sleep(LATENCY).await;
                    count.fetch_add(1, Ordering::SeqCst);
                    let answer = serde_json::json!({ "translations": translations }).to_string();
                    let head = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                        answer.len()
                    );
                    if write.write_all(head.as_bytes()).await.is_err()
                        || write.write_all(answer.as_bytes()).await.is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    (format!("http://{addr}"), served)
}

/// `count` articles of [`SENTENCES_PER_ARTICLE`] sentences, one per line.
fn articles(count: usize, pool: &[String]) -> Vec<terjemah::doc::Document> {
    (0..count)
        .map(|a| {
            let text: String = (0..SENTENCES_PER_ARTICLE)
                .map(|s| {
                    let sentence = &pool[(a * SENTENCES_PER_ARTICLE + s) % pool.len()];
                    format!("Berita {}.{}: {sentence}\n", a + 1, s + 1)
                })
                .collect();
            terjemah::segment::segment(&format!("article-{a}"), text)
        })
        .collect()
}

/// Peak resident memory of this process, in KiB (Linux).
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

fn main() {
    let data = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seg-dev-pud.jsonl"),
    )
    .expect("../shared/data/seg-dev-pud.jsonl");
    let pool: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .flat_map(|v| {
            v["sentences"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter_map(|s| s.as_str().map(str::to_string))
        })
        .collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let (endpoint, served) = mock_deepl().await;
        let options = BackendOptions {
            endpoint: Some(endpoint),
            key: Some(Secret::new("bench-key:fx")),
            key_var: Some("DEEPL_AUTH_KEY"),
            ..BackendOptions::default()
        };
        let backend = match backend_by_name("deepl", &options) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("mt_latency: the deepl backend is not available: {e}");
                return;
            }
        };
        let concurrency = backend.limits().default_concurrency;
        println!(
            "mock DeepL on loopback, {} ms per request; deepl backend: {} texts per request, concurrency {concurrency}",
            LATENCY.as_millis(),
            backend.limits().max_texts
        );
        for count in [50, 100, 200] {
            let mut docs = articles(count, &pool);
            let before = served.load(Ordering::SeqCst);
            let engine = Engine {
                backend: backend.as_ref(),
                langs: LangPair::default(),
                policy: RetryPolicy::default(),
                concurrency: None,
                store: None,
                terms: GlossaryTerms::default(),
                dry_run: false,
            };
            let start = Instant::now();
            let stats = engine
                .run(&mut docs, &mut |_, _| {})
                .await
                .expect("mock answers every request");
            let wall = start.elapsed();
            let requests = served.load(Ordering::SeqCst) - before;
            let ideal = LATENCY * requests.div_ceil(concurrency) as u32;
            let sentences = count * SENTENCES_PER_ARTICLE;
            let sequential = LATENCY * sentences as u32;
            println!(
                "{count:>3} articles, {sentences} sentences: {requests} requests, wall {:.2} s, ideal {:.2} s (x{:.2}), \
                 speed-up over one request per sentence in turn ({:.0} s): x{:.0}; translated {}; peak memory {} KiB",
                wall.as_secs_f64(),
                ideal.as_secs_f64(),
                wall.as_secs_f64() / ideal.as_secs_f64(),
                sequential.as_secs_f64(),
                sequential.as_secs_f64() / wall.as_secs_f64(),
                stats.translated,
                peak_kib().map_or_else(|| "?".into(), |k| k.to_string())
            );
        }
    });
}
