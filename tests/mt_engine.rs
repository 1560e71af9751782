//! The engine shared by all backends, with a scripted backend: concurrency, retries, the cache,
//! resuming after a failure, dry runs, duplicate sentences.

use crate::common::example;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use terjemah::doc::Document;
use terjemah::mt::engine::{Engine, RetryPolicy};
use terjemah::mt::{
    Backend, BackendError, BackendFuture, GlossaryTerms, LangPair, Limits, Meter, Request,
    Translation,
};
use terjemah::store::Store;

/// A backend that answers `EN(<text>)`, takes `delay` per batch, and fails the way `script`
/// says: the n-th call (0-based) gets `script[n]` when there is one.
struct Scripted {
    calls: AtomicUsize,
    texts: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    delay: Duration,
    max_texts: usize,
    script: Mutex<Vec<Option<BackendError>>>,
    /// Fail every call from this one on (0-based), with quota exhausted.
    fail_from: Option<usize>,
}

impl Scripted {
    fn new(delay_ms: u64, max_texts: usize) -> Scripted {
        Scripted {
            calls: AtomicUsize::new(0),
            texts: AtomicUsize::new(0),
            in_flight: AtomicUsize::new(0),
            max_in_flight: AtomicUsize::new(0),
            delay: Duration::from_millis(delay_ms),
            max_texts,
            script: Mutex::new(Vec::new()),
            fail_from: None,
        }
    }
}

impl Backend for Scripted {
    fn name(&self) -> &str {
        "scripted"
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: self.max_texts,
            max_chars: 100_000,
            default_concurrency: 4,
        }
    }

    fn translate_metered<'a>(
        &'a self,
        batch: &'a [Request],
        _langs: &'a LangPair,
        meter: &'a Meter<'a>,
    ) -> BackendFuture<'a> {
        Box::pin(meter.exchange(batch, async move {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            self.max_in_flight.fetch_max(now, Ordering::SeqCst);
            tokio::time::sleep(self.delay).await;
            self.in_flight.fetch_sub(1, Ordering::SeqCst);
            if self.fail_from.is_some_and(|f| n >= f) {
                return Err(BackendError::QuotaExhausted("456: quota exceeded".into()));
            }
            if let Some(Some(e)) = self.script.lock().unwrap().get(n).cloned() {
                return Err(e);
            }
            self.texts.fetch_add(batch.len(), Ordering::SeqCst);
            Ok(batch
                .iter()
                .map(|r| Translation {
                    text: format!("EN({})", r.text),
                    billed_characters: None,
                })
                .collect())
        }))
    }
}

fn fast_policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(300),
        timeout: Duration::from_secs(5),
    }
}

fn engine<'a>(backend: &'a dyn Backend, store: Option<&'a Store>) -> Engine<'a> {
    Engine {
        backend,
        langs: LangPair::default(),
        policy: fast_policy(),
        concurrency: None,
        store,
        terms: GlossaryTerms {
            version: "v1".into(),
            pairs: Vec::new(),
        },
        dry_run: false,
    }
}

/// The example articles, segmented (real text: 100 translatable segments or so).
fn articles() -> Vec<Document> {
    crate::common::example_articles()
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("example");
            terjemah::segment::segment(&p.display().to_string(), text)
        })
        .collect()
}

fn translatable(docs: &[Document]) -> usize {
    docs.iter()
        .flat_map(|d| d.segments())
        .filter(|s| s.kind.is_translatable())
        .count()
}

#[tokio::test]
async fn batches_run_concurrently_and_results_land_in_order() {
    let backend = Scripted::new(40, 5);
    let mut docs = articles();
    let mut e = engine(&backend, None);
    e.concurrency = Some(4);
    let start = Instant::now();
    let stats = e.run(&mut docs, &mut |_, _| {}).await.expect("run");
    let elapsed = start.elapsed();
    let calls = backend.calls.load(Ordering::SeqCst);
    assert_eq!(backend.max_in_flight.load(Ordering::SeqCst), 4);
    assert_eq!(stats.requests, calls);
    // ceil(calls / 4) rounds of 40 ms, with slack for a loaded machine.
    let ideal = Duration::from_millis(40 * calls.div_ceil(4) as u64);
    assert!(elapsed < ideal * 3, "{elapsed:?} vs ideal {ideal:?}");
    for seg in docs
        .iter()
        .flat_map(|d| d.segments())
        .filter(|s| s.kind.is_translatable())
    {
        assert_eq!(
            seg.target.as_deref(),
            Some(format!("EN({})", seg.text()).as_str())
        );
    }
}

#[tokio::test]
async fn second_run_of_the_same_article_sends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join(".translate")).unwrap();
    let backend = Scripted::new(0, 10);
    let mut docs = articles();
    let first = engine(&backend, Some(&store))
        .run(&mut docs, &mut |_, _| {})
        .await
        .unwrap();
    assert!(first.requests > 0);
    let sent = backend.texts.load(Ordering::SeqCst);

    let again = Scripted::new(0, 10);
    let mut docs = articles();
    let second = engine(&again, Some(&store))
        .run(&mut docs, &mut |_, _| {})
        .await
        .unwrap();
    assert_eq!(again.calls.load(Ordering::SeqCst), 0);
    assert_eq!(second.requests, 0);
    assert_eq!(second.cache_hits, sent + (translatable(&docs) - sent));
    assert!(docs
        .iter()
        .flat_map(|d| d.segments())
        .filter(|s| s.kind.is_translatable())
        .all(|s| s.target.is_some()));

    // A changed glossary is a different cache key: everything is sent again.
    let third = Scripted::new(0, 10);
    let mut docs = articles();
    let mut e = engine(&third, Some(&store));
    e.terms.version = "v2".into();
    e.run(&mut docs, &mut |_, _| {}).await.unwrap();
    assert_eq!(third.texts.load(Ordering::SeqCst), sent);
}

#[tokio::test]
async fn a_run_that_dies_halfway_resumes_without_paying_twice() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join(".translate")).unwrap();
    let mut dying = Scripted::new(0, 4);
    dying.fail_from = Some(3);
    let mut docs = articles();
    let mut e = engine(&dying, Some(&store));
    e.concurrency = Some(1);
    let (err, stats) = e.run(&mut docs, &mut |_, _| {}).await.unwrap_err();
    assert!(matches!(err, BackendError::QuotaExhausted(_)), "{err:?}");
    // Quota exhausted stops at once: no retry of the failing batch.
    assert_eq!(dying.calls.load(Ordering::SeqCst), 4);
    let done = dying.texts.load(Ordering::SeqCst);
    assert_eq!(done, 12);
    assert_eq!(
        stats.translated,
        docs.iter()
            .flat_map(|d| d.segments())
            .filter(|s| s.target.is_some() && s.kind.is_translatable())
            .count()
    );

    let rest = Scripted::new(0, 4);
    let mut docs = articles();
    let stats = engine(&rest, Some(&store))
        .run(&mut docs, &mut |_, _| {})
        .await
        .unwrap();
    let unique: std::collections::HashSet<String> = docs
        .iter()
        .flat_map(|d| d.segments())
        .filter(|s| s.kind.is_translatable())
        .map(|s| s.text())
        .collect();
    assert_eq!(rest.texts.load(Ordering::SeqCst), unique.len() - done);
    assert!(stats.cache_hits >= done);
}

#[tokio::test]
async fn retries_honour_retry_after_and_stop_on_auth() {
    let backend = Scripted::new(0, 100);
    *backend.script.lock().unwrap() = vec![
        Some(BackendError::RateLimited {
            retry_after: Some(Duration::from_millis(200)),
            message: "429".into(),
        }),
        Some(BackendError::Retryable("HTTP 500".into())),
    ];
    let mut docs = articles();
    docs.truncate(1);
    let start = Instant::now();
    let stats = engine(&backend, None)
        .run(&mut docs, &mut |_, _| {})
        .await
        .unwrap();
    assert!(start.elapsed() >= Duration::from_millis(200));
    assert_eq!(stats.retries, 2);
    assert_eq!(stats.requests, 3);

    let auth = Scripted::new(0, 100);
    *auth.script.lock().unwrap() = vec![Some(BackendError::Auth(
        "HTTP 403 (check DEEPL_AUTH_KEY)".into(),
    ))];
    let mut docs = articles();
    docs.truncate(1);
    let (err, _) = engine(&auth, None)
        .run(&mut docs, &mut |_, _| {})
        .await
        .unwrap_err();
    assert!(err.to_string().contains("DEEPL_AUTH_KEY"));
    assert_eq!(auth.calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn dry_run_sends_nothing_and_counts_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join(".translate")).unwrap();
    let backend = Scripted::new(0, 10);
    let mut docs = articles();
    let mut e = engine(&backend, Some(&store));
    e.dry_run = true;
    let plan = e.run(&mut docs, &mut |_, _| {}).await.unwrap();
    assert_eq!(backend.calls.load(Ordering::SeqCst), 0);
    assert!(plan.requests > 0 && plan.characters_sent > 1000);
    assert!(docs
        .iter()
        .flat_map(|d| d.segments())
        .filter(|s| s.kind.is_translatable())
        .all(|s| s.target.is_none()));

    engine(&backend, Some(&store))
        .run(&mut articles(), &mut |_, _| {})
        .await
        .unwrap();
    let mut e = engine(&backend, Some(&store));
    e.dry_run = true;
    let plan = e.run(&mut articles(), &mut |_, _| {}).await.unwrap();
    assert_eq!(plan.requests, 0);
    assert_eq!(plan.characters_sent, 0);
    assert!(plan.cache_hits > 0);
}

#[tokio::test]
async fn the_same_sentence_twice_is_sent_once() {
    let text = std::fs::read_to_string(example("tribunnews-2022-12-03-rusia-belarus.txt")).unwrap();
    let doubled = format!("{text}\n{text}");
    let mut docs = vec![terjemah::segment::segment("twice", doubled)];
    let backend = Scripted::new(0, 100);
    let stats = engine(&backend, None)
        .run(&mut docs, &mut |_, _| {})
        .await
        .unwrap();
    assert_eq!(
        backend.texts.load(Ordering::SeqCst) * 2,
        translatable(&docs)
    );
    assert_eq!(stats.translated, translatable(&docs));
}

/// A backend whose answers are `answer(text)`, configured with `secret` as its key.
struct Answering {
    answer: fn(&str) -> String,
    secret: &'static str,
    calls: AtomicUsize,
}

impl Backend for Answering {
    fn name(&self) -> &str {
        "answering"
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: 10,
            max_chars: 100_000,
            default_concurrency: 2,
        }
    }

    fn secrets(&self) -> Vec<String> {
        vec![self.secret.to_string()]
    }

    fn translate_metered<'a>(
        &'a self,
        batch: &'a [Request],
        _langs: &'a LangPair,
        meter: &'a Meter<'a>,
    ) -> BackendFuture<'a> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        Box::pin(meter.exchange(batch, async move {
            Ok(batch
                .iter()
                .map(|r| Translation {
                    text: (self.answer)(&r.text),
                    billed_characters: None,
                })
                .collect())
        }))
    }
}

const ECHOED_KEY: &str = "sk-proj-7c1f0e5b9a2d4c3e8f6a";

fn cache_key(backend: &dyn Backend) -> terjemah::store::CacheKey {
    engine(backend, None).cache_key()
}

#[tokio::test]
async fn an_empty_answer_is_a_bad_response_and_never_cached() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join(".translate")).unwrap();
    let backend = Answering {
        answer: |text| {
            if text.contains("Kelima orang") {
                " \n ".into()
            } else {
                format!("EN({text})")
            }
        },
        secret: ECHOED_KEY,
        calls: AtomicUsize::new(0),
    };
    let mut docs = articles();
    docs.truncate(1);
    let (err, stats) = engine(&backend, Some(&store))
        .run(&mut docs, &mut |_, _| {})
        .await
        .unwrap_err();
    assert!(matches!(err, BackendError::BadResponse(_)), "{err}");
    assert!(err.to_string().contains("empty translation"), "{err}");
    // Asked again before giving up, and every try counted.
    assert!(stats.retries >= 2, "{stats:?}");
    assert_eq!(stats.requests, backend.calls.load(Ordering::SeqCst));
    let key = cache_key(&backend);
    let segs: Vec<_> = docs.iter().flat_map(|d| d.segments()).collect();
    let shoigu = segs
        .iter()
        .find(|s| s.text().contains("Kelima orang"))
        .unwrap();
    assert_eq!(store.cache_get(&key, &shoigu.text()).unwrap(), None);
    assert!(shoigu.target.is_none());
    // The other batches were answered, kept and cached.
    let other = segs
        .iter()
        .find(|s| s.kind.is_translatable() && !s.text().contains("Kelima orang"))
        .unwrap();
    assert!(store.cache_get(&key, &other.text()).unwrap().is_some());
}

#[tokio::test]
async fn control_characters_and_an_echoed_key_never_reach_the_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join(".translate")).unwrap();
    let backend = Answering {
        answer: |text| format!("EN\u{0}({text})\u{1b}[31m\r\n\n key={ECHOED_KEY}\u{7}"),
        secret: ECHOED_KEY,
        calls: AtomicUsize::new(0),
    };
    let mut docs = articles();
    docs.truncate(1);
    engine(&backend, Some(&store))
        .run(&mut docs, &mut |_, _| {})
        .await
        .expect("run");
    let key = cache_key(&backend);
    let seg = docs[0]
        .segments()
        .find(|s| s.kind.is_translatable() && s.target.is_some() && s.mt.is_some())
        .unwrap();
    let expected = format!("EN({})[31m key=<redacted>", seg.text());
    assert_eq!(seg.target.as_deref(), Some(expected.as_str()));
    assert_eq!(seg.mt.as_deref(), Some(expected.as_str()));
    let cached = store.cache_get(&key, &seg.text()).unwrap().unwrap().0;
    assert_eq!(cached, expected);
    let flags: Vec<&str> = seg
        .qa
        .iter()
        .filter(|f| f.check == terjemah::mt::engine::ANSWER_CHECK)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(flags.len(), 2, "{:?}", seg.qa);
    assert!(flags[0].contains("3 control characters"), "{flags:?}");
    assert!(flags[1].contains("API key"), "{flags:?}");
    // QA after the run keeps the flags (they cannot be seen in the cleaned text).
    terjemah::qa::annotate(&mut docs, None);
    let seg = docs[0]
        .segments()
        .find(|s| s.text() == seg_text(&expected))
        .unwrap();
    assert!(seg
        .qa
        .iter()
        .any(|f| f.check == terjemah::mt::engine::ANSWER_CHECK));
}

/// The source of an `EN(...)` answer.
fn seg_text(answer: &str) -> String {
    let inner = answer.strip_prefix("EN(").unwrap();
    inner[..inner.rfind(")[31m").unwrap()].to_string()
}

#[tokio::test]
async fn a_failed_run_still_counts_what_it_sent() {
    let mut dying = Scripted::new(0, 4);
    dying.fail_from = Some(2);
    *dying.script.lock().unwrap() = vec![None, Some(BackendError::Retryable("HTTP 502".into()))];
    let mut docs = articles();
    let mut e = engine(&dying, None);
    e.concurrency = Some(1);
    let (_, stats) = e.run(&mut docs, &mut |_, _| {}).await.unwrap_err();
    // Batch 1 went through, batch 2 failed once and hit the quota on its retry.
    assert_eq!(dying.calls.load(Ordering::SeqCst), 3);
    assert_eq!(stats.requests, 3);
    assert_eq!(stats.retries, 1);
    assert_eq!(stats.texts_sent, 12);
    assert_eq!(stats.translated, 4);
}
