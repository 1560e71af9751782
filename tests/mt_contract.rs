//! The contract every HTTP backend keeps, written once and run against a mock of each service
//! on 127.0.0.1.
//!
//! A [`Service`] says how one service spells things: where requests go and how they carry the
//! key, how to read the texts out of a request, how to build its answer, and how it spells each
//! failure (its 429s, its 5xx, a refused key, a used-up quota). The behaviours below are generic
//! over it, and [`contract!`] makes one test per behaviour and backend, so a failure names both
//! (`mt_contract::google::quota_stops_at_once`). Every error any behaviour sees is also checked
//! for the key ([`shows_no_key`]).
//!
//! What one service alone does (DeepL's glossaries and contexts, Google's and Azure's term
//! markup, the LLM's prompt and re-asks, LibreTranslate's missing-key answer, Apertium's pair
//! list and the real APy server) stays in that service's own file.
//!
//! To add a backend: implement [`Service`] for a unit type (about sixty lines, mostly its
//! answer and error bodies as mt-apis.md gives them) and add a line to [`contract!`]'s list
//! with the optional behaviours that apply to it.

use crate::common;
use crate::mt_openai::{chat_answer, object, sent_ids, user_json};
use serde_json::{json, Value};
use std::fmt::Debug;
use std::marker::PhantomData;
use std::time::{Duration, Instant};
use terjemah::glossary::{builtin_sources, Glossary, Spelling};
use terjemah::mt::apertium::ApertiumBackend;
use terjemah::mt::azure::AzureBackend;
use terjemah::mt::deepl::DeeplBackend;
use terjemah::mt::engine::{self, send_batch, RetryPolicy};
use terjemah::mt::google::GoogleBackend;
use terjemah::mt::libretranslate::LibreTranslateBackend;
use terjemah::mt::openai::OpenAiBackend;
use terjemah::mt::options::{BackendOptions, Secret};
use terjemah::mt::{Backend, BackendError, GlossaryTerms, LangPair, Request, Translation};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Respond, ResponseTemplate};

// --- the article the requests come from -------------------------------------------------------

/// The glossary, the article's requests as the engine builds them (paragraph context for
/// paragraphs of several sentences, glossary hits), and the glossary as a backend pushes it.
pub(crate) fn article() -> (Vec<Request>, GlossaryTerms) {
    let path = common::example("tribunnews-2022-12-03-rusia-belarus.txt");
    let text = std::fs::read_to_string(&path).expect("the example article is readable");
    let mut doc = terjemah::segment::segment("tribunnews-2022-12-03-rusia-belarus.txt", text);
    let glossary =
        Glossary::load(&builtin_sources(), Spelling::British).expect("the shipped glossary loads");
    glossary.annotate(&mut doc);
    let requests = engine::pending(&mut doc)
        .0
        .into_iter()
        .map(|p| p.request)
        .collect();
    (requests, glossary.backend_terms())
}

/// The article's requests without glossary hits (plain sentences).
pub(crate) fn plain_requests() -> Vec<Request> {
    article()
        .0
        .into_iter()
        .map(|r| Request { terms: vec![], ..r })
        .collect()
}

/// `n` sentences of one-sentence paragraphs (no context), as one request carries them.
fn sentences(n: usize) -> Vec<Request> {
    let batch: Vec<Request> = plain_requests()
        .into_iter()
        .filter(|r| r.context.is_none())
        .take(n)
        .collect();
    assert_eq!(
        batch.len(),
        n,
        "the article has {n} one-sentence paragraphs"
    );
    batch
}

/// `n` short texts (an article sentence's first words, numbered): the text limit binds.
fn short_texts(n: usize) -> Vec<Request> {
    let article = plain_requests();
    (0..n)
        .map(|i| {
            let words: Vec<&str> = article[i % article.len()].text.split(' ').take(4).collect();
            Request {
                id: format!("{}.1", i + 1),
                text: format!("{} ({i})", words.join(" ")),
                context: None,
                terms: vec![],
            }
        })
        .collect()
}

/// `n` long texts (an article sentence two hundred times): the size limit binds.
fn long_texts(n: usize) -> Vec<Request> {
    let article = plain_requests();
    (0..n)
        .map(|i| Request {
            id: format!("{}.1", i + 1),
            text: article[i % article.len()].text.repeat(200),
            context: None,
            terms: vec![],
        })
        .collect()
}

/// Fast retries: three tries, millisecond backoff, a 400 ms timeout, waits up to 2 s.
pub(crate) fn policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_secs(2),
        timeout: Duration::from_millis(400),
    }
}

/// What every mock service makes of `text`: recognisably derived, never holding the source
/// whole (the LLM's answer check would read that as a merge).
fn english(text: &str) -> String {
    format!("EN[{}]", text.to_uppercase())
}

// --- how a service spells things --------------------------------------------------------------

/// How one service spells requests, answers and errors.
pub(crate) trait Service: Send + Sync + 'static {
    /// The backend.
    type Backend: Backend + Debug;
    /// The key the backend is given and the variable it is read from (`None`: no key).
    const KEY: Option<(&'static str, &'static str)>;
    /// The path translate requests go to.
    const PATH: &'static str;
    /// Texts one request may hold (the service's limit, or the backend's for a self-hosted
    /// server that sets none).
    const MAX_TEXTS: usize;
    /// The most one request may measure, as [`Service::size`] measures it, if limited.
    const MAX_SIZE: Option<usize>;
    /// Whether the backend cuts a batch larger than the service takes into several requests
    /// (else it relies on the engine's batches).
    const SPLITS: bool;
    /// Whether answers say what was billed.
    const BILLS: bool;
    /// What the error for an answer with one translation too few says.
    const WRONG_COUNT: &'static str = "sent 2 texts, got 1 translations back";

    /// The model part of the cache key.
    const MODEL: Option<&'static str>;
    /// The backend's constructor.
    const NEW: fn(&BackendOptions) -> Result<Self::Backend, String>;

    /// The options for a server at `endpoint`, with the key.
    fn options(endpoint: &str) -> BackendOptions {
        options(Some(endpoint), Self::KEY)
    }
    /// The backend for a server at `endpoint`, with the key.
    fn backend(endpoint: &str) -> Self::Backend {
        (Self::NEW)(&Self::options(endpoint)).expect("the backend builds")
    }
    /// The backend without a key (its variable unset), or the message its constructor gives.
    fn without_key() -> Result<Self::Backend, String> {
        (Self::NEW)(&options(None, Self::KEY))
    }
    /// The language pair the tests translate.
    fn langs() -> LangPair {
        LangPair::default()
    }
    /// Whether `request` has the service's shape: its content type and fixed fields, and the
    /// key where the service reads it.
    fn well_formed(request: &wiremock::Request) -> bool;
    /// The texts a request carries, in order.
    fn texts(request: &wiremock::Request) -> Vec<String>;
    /// How big a request is, as the service's limit counts: bytes of body unless it says.
    fn size(request: &wiremock::Request) -> usize {
        request.body.len()
    }
    /// The answer carrying `translations` for `request`.
    fn answer(request: &wiremock::Request, translations: &[String]) -> ResponseTemplate;
    /// A well-formed JSON answer without the translations where the service puts them.
    fn shapeless() -> ResponseTemplate;
    /// The service's rate-limit answers (without `Retry-After`), each with the wait the
    /// backend asks for when the server names none.
    fn rate_limits() -> Vec<(ResponseTemplate, Option<Duration>)>;
    /// The service's answers to a passing fault, retried one after another.
    fn server_errors() -> Vec<ResponseTemplate>;
    /// The service's answer to a wrong key, echoing `key` back.
    fn bad_key(key: &str) -> ResponseTemplate {
        let _ = key;
        unreachable!("only services with a key run `bad_key_is_never_shown`")
    }
    /// The service's quota-exhausted answers, each with words of its message.
    fn quota() -> Vec<(ResponseTemplate, &'static str)> {
        unreachable!("only services with a quota run `quota_stops_at_once`")
    }
}

/// The mock service: answers a well-formed request with its texts' English (optionally one
/// too few), anything else with a 400 that names what was wrong.
struct Serve<S> {
    drop_last: bool,
    delay: Duration,
    _service: PhantomData<S>,
}

impl<S> Serve<S> {
    fn new() -> Serve<S> {
        Serve {
            drop_last: false,
            delay: Duration::ZERO,
            _service: PhantomData,
        }
    }
}

impl<S: Service> Respond for Serve<S> {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        if !S::well_formed(request) {
            return ResponseTemplate::new(400).set_body_string(format!(
                "malformed request: {} {}",
                request.url,
                String::from_utf8_lossy(&request.body)
            ));
        }
        let mut translations: Vec<String> = S::texts(request).iter().map(|t| english(t)).collect();
        if self.drop_last {
            translations.pop();
        }
        S::answer(request, &translations).set_delay(self.delay)
    }
}

/// A mock service that answers every well-formed request.
async fn serving<S: Service>() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(S::PATH))
        .respond_with(Serve::<S>::new())
        .mount(&server)
        .await;
    server
}

/// `answer` to the next request only, before whatever else is mounted.
pub(crate) async fn once(server: &MockServer, answer: ResponseTemplate) {
    Mock::given(method("POST"))
        .respond_with(answer)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(server)
        .await;
}

/// `answer` to every request.
async fn always(server: &MockServer, answer: ResponseTemplate) {
    Mock::given(method("POST"))
        .respond_with(answer)
        .mount(server)
        .await;
}

async fn received(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap_or_default()
}

fn texts(t: &[Translation]) -> Vec<String> {
    t.iter().map(|t| t.text.clone()).collect()
}

fn expected(batch: &[Request]) -> Vec<String> {
    batch.iter().map(|r| english(&r.text)).collect()
}

/// The error shows no part of the key, in its message or its debug form, and the backend's
/// debug form shows none either.
fn shows_no_key<S: Service>(error: &BackendError, backend: &S::Backend) {
    if let Some((key, _)) = S::KEY {
        // A prefix: DeepL's key also travels without its `:fx`.
        let part = &key[..12];
        let shown = format!("{error} {error:?} {backend:?}");
        assert!(!shown.contains(part), "the key was shown: {shown}");
    }
}

/// [`send_batch`] through the engine's retry loop, expecting an error (checked for the key).
async fn failing<S: Service>(backend: &S::Backend, batch: &[Request]) -> BackendError {
    let err = send_batch(backend, batch, &S::langs(), &policy())
        .await
        .map(|(t, _)| texts(&t))
        .expect_err("the batch fails");
    shows_no_key::<S>(&err, backend);
    err
}

/// [`send_batch`], expecting the batch translated.
async fn succeeding<S: Service>(backend: &S::Backend, batch: &[Request]) -> u32 {
    match send_batch(backend, batch, &S::langs(), &policy()).await {
        Ok((out, retries)) => {
            assert_eq!(texts(&out), expected(batch));
            retries
        }
        Err(e) => {
            shows_no_key::<S>(&e, backend);
            panic!("the batch failed: {e}")
        }
    }
}

// --- the behaviours ---------------------------------------------------------------------------

/// Requests go to the service's path with the key where it reads it and its fixed fields; each
/// text is sent once, in order, and its translation comes back in its place.
async fn request_shape<S: Service>() {
    let server = serving::<S>().await;
    let backend = S::backend(&server.uri());
    assert_eq!(backend.model().as_deref(), S::MODEL);
    let batch = sentences(3);
    let (out, retries) = send_batch(&backend, &batch, &S::langs(), &policy())
        .await
        .unwrap_or_else(|e| panic!("the batch translates: {e}"));
    assert_eq!(retries, 0);
    assert_eq!(texts(&out), expected(&batch));
    for (r, t) in batch.iter().zip(&out) {
        let billed = S::BILLS.then(|| r.text.chars().count() as u64);
        assert_eq!(t.billed_characters, billed);
    }
    let requests = received(&server).await;
    assert_eq!(requests.len(), 3usize.div_ceil(S::MAX_TEXTS));
    let sent: Vec<String> = requests.iter().flat_map(S::texts).collect();
    let wanted: Vec<&str> = batch.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(sent, wanted);
}

/// No request holds more texts, or measures more, than the service takes: with many short
/// texts (the count binds) and a few long ones (the size binds), through the engine's batches
/// and, for a backend that cuts its own requests, handed to it at once.
async fn limits<S: Service>() {
    let server = serving::<S>().await;
    let backend = S::backend(&server.uri());
    let limits = backend.limits();
    assert!(limits.max_texts <= S::MAX_TEXTS, "{limits:?}");
    let n = 2 * S::MAX_TEXTS + S::MAX_TEXTS.div_ceil(3);
    for batch in [short_texts(n), long_texts(12)] {
        server.reset().await;
        Mock::given(method("POST"))
            .and(path(S::PATH))
            .respond_with(Serve::<S>::new())
            .mount(&server)
            .await;
        let items: Vec<engine::Pending> = batch
            .iter()
            .map(|r| engine::Pending {
                doc: 0,
                paragraph: 0,
                segment: 0,
                request: r.clone(),
            })
            .collect();
        let plan = engine::batches(&items, limits.max_texts, limits.max_chars);
        assert!(plan.iter().all(|b| b.len() <= S::MAX_TEXTS));
        let handed: Vec<Vec<Request>> = if S::SPLITS {
            vec![batch.clone()]
        } else {
            plan.iter()
                .map(|b| b.iter().map(|&i| batch[i].clone()).collect())
                .collect()
        };
        for part in &handed {
            let out = backend
                .translate(part, &S::langs())
                .await
                .unwrap_or_else(|e| panic!("translated: {e}"));
            assert_eq!(texts(&out), expected(part));
        }
        let requests = received(&server).await;
        let counts: Vec<usize> = requests.iter().map(|r| S::texts(r).len()).collect();
        assert_eq!(counts.iter().sum::<usize>(), batch.len());
        assert!(counts.iter().all(|&c| c <= S::MAX_TEXTS), "{counts:?}");
        if batch[0].text.len() < 100 {
            // Short texts fill each request to the service's count.
            let full: Vec<usize> = (0..n)
                .step_by(S::MAX_TEXTS)
                .map(|i| S::MAX_TEXTS.min(n - i))
                .collect();
            assert_eq!(counts, full);
        }
        if let Some(max) = S::MAX_SIZE {
            let sizes: Vec<usize> = requests.iter().map(S::size).collect();
            assert!(sizes.iter().all(|&s| s <= max), "{sizes:?} over {max}");
        }
    }
}

/// Blank texts are not sent (nothing to pay for) and come back as they were, in their place.
async fn blank_texts_keep_their_place<S: Service>() {
    let server = serving::<S>().await;
    let backend = S::backend(&server.uri());
    let real = sentences(2);
    let blank = |id: &str, text: &str| Request {
        id: id.into(),
        text: text.into(),
        context: None,
        terms: vec![],
    };
    let batch = vec![
        blank("1.9", ""),
        real[0].clone(),
        blank("2.9", "  "),
        real[1].clone(),
    ];
    let out = backend
        .translate(&batch, &S::langs())
        .await
        .expect("translated");
    let got: Vec<&str> = out.iter().map(|t| t.text.trim()).collect();
    let wanted = expected(&real);
    assert_eq!(got, ["", wanted[0].as_str(), "", wanted[1].as_str()]);
    let sent: Vec<String> = received(&server).await.iter().flat_map(S::texts).collect();
    assert_eq!(sent, [real[0].text.clone(), real[1].text.clone()]);
}

/// Each of the service's rate limits, with `Retry-After` (seconds, or `retry-after-ms`), is
/// waited out by the engine and then tried again.
async fn rate_limit_honours_retry_after<S: Service>() {
    let batch = sentences(2);
    for (limited, _) in S::rate_limits() {
        let server = serving::<S>().await;
        let backend = S::backend(&server.uri());
        once(&server, limited.clone().insert_header("retry-after", "1")).await;
        let err = backend
            .translate(&batch, &S::langs())
            .await
            .expect_err("rate limited");
        shows_no_key::<S>(&err, &backend);
        assert!(
            matches!(err, BackendError::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(1)),
            "{err:?}"
        );
        once(&server, limited.clone().insert_header("retry-after", "1")).await;
        let started = Instant::now();
        assert_eq!(succeeding::<S>(&backend, &batch).await, 1);
        assert!(started.elapsed() >= Duration::from_millis(950));
        once(&server, limited.insert_header("retry-after-ms", "5")).await;
        assert_eq!(succeeding::<S>(&backend, &batch).await, 1);
    }
}

/// A rate limit that names no wait asks for the wait the service means (LibreTranslate's and
/// Google's per-minute limits: a minute), which the default policy honours in full.
async fn rate_limit_without_retry_after<S: Service>() {
    for (limited, wait) in S::rate_limits() {
        let server = MockServer::start().await;
        always(&server, limited).await;
        let backend = S::backend(&server.uri());
        let err = backend
            .translate(&sentences(2), &S::langs())
            .await
            .expect_err("rate limited");
        shows_no_key::<S>(&err, &backend);
        match &err {
            BackendError::RateLimited { retry_after, .. } => assert_eq!(*retry_after, wait),
            other => panic!("expected a rate limit, got {other:?}"),
        }
        if let Some(wait) = wait {
            assert_eq!(RetryPolicy::default().delay(1, &err), wait);
        }
    }
}

/// The service's passing faults, one after another, then success: retried, counted.
async fn server_error_then_success<S: Service>() {
    let errors = S::server_errors();
    let server = serving::<S>().await;
    let backend = S::backend(&server.uri());
    for (i, e) in errors.iter().enumerate() {
        // Earlier mocks win at equal priority: the first error answers first.
        Mock::given(method("POST"))
            .respond_with(e.clone())
            .up_to_n_times(1)
            .with_priority(1 + i as u8)
            .mount(&server)
            .await;
    }
    let batch = sentences(2);
    let err = backend
        .translate(&batch, &S::langs())
        .await
        .expect_err("a server error");
    assert!(matches!(err, BackendError::Retryable(_)), "{err:?}");
    assert!(err.to_string().contains("HTTP 5"), "{err}");
    let retries = succeeding::<S>(&backend, &batch).await;
    assert_eq!(retries as usize, errors.len() - 1);
}

/// An answer slower than the timeout is given up and tried again; a server slow every time
/// ends in a retryable error that says so.
async fn timeout_is_retried<S: Service>() {
    let server = MockServer::start().await;
    let slow = Serve::<S> {
        delay: Duration::from_secs(2),
        ..Serve::new()
    };
    Mock::given(method("POST"))
        .respond_with(slow)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(Serve::<S>::new())
        .mount(&server)
        .await;
    let backend = S::backend(&server.uri());
    let started = Instant::now();
    assert_eq!(succeeding::<S>(&backend, &sentences(2)).await, 1);
    assert!(started.elapsed() < Duration::from_millis(1500));

    let server = MockServer::start().await;
    let slow = Serve::<S> {
        delay: Duration::from_secs(2),
        ..Serve::new()
    };
    Mock::given(method("POST"))
        .respond_with(slow)
        .mount(&server)
        .await;
    let backend = S::backend(&server.uri());
    let err = failing::<S>(&backend, &sentences(1)).await;
    assert!(
        matches!(&err, BackendError::Retryable(m) if m.contains("no answer within")),
        "{err:?}"
    );
}

/// An answer that is not JSON (a proxy's page) is an unusable answer, tried again, and the
/// error quotes it.
async fn malformed_json<S: Service>() {
    let server = MockServer::start().await;
    always(
        &server,
        ResponseTemplate::new(200).set_body_string("<html><body>502 Bad Gateway</body></html>"),
    )
    .await;
    let backend = S::backend(&server.uri());
    let err = failing::<S>(&backend, &sentences(2)).await;
    assert!(
        matches!(&err, BackendError::BadResponse(m) if m.contains("not JSON") && m.contains("502 Bad Gateway")),
        "{err:?}"
    );
    assert_eq!(received(&server).await.len(), 3, "each try");
}

/// JSON without the translations where the service puts them: unusable, tried again.
async fn answer_without_translations<S: Service>() {
    let server = MockServer::start().await;
    always(&server, S::shapeless()).await;
    let backend = S::backend(&server.uri());
    let err = failing::<S>(&backend, &sentences(2)).await;
    assert!(matches!(&err, BackendError::BadResponse(_)), "{err:?}");
    assert_eq!(received(&server).await.len(), 3, "each try");
}

/// One translation too few: caught, tried again, never handed on.
async fn wrong_count<S: Service>() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(Serve::<S> {
            drop_last: true,
            ..Serve::new()
        })
        .mount(&server)
        .await;
    let backend = S::backend(&server.uri());
    let err = failing::<S>(&backend, &sentences(2)).await;
    assert!(
        matches!(&err, BackendError::BadResponse(m) if m.contains(S::WRONG_COUNT)),
        "{err:?}"
    );
    assert_eq!(received(&server).await.len(), 3, "each try");
}

/// A refused key (echoed back by the server) is an authentication error naming the variable
/// to fix, not retried, and the key is in no message.
async fn bad_key_is_never_shown<S: Service>() {
    let (key, var) = S::KEY.expect("a key");
    let server = MockServer::start().await;
    always(&server, S::bad_key(key)).await;
    let backend = S::backend(&server.uri());
    let err = failing::<S>(&backend, &sentences(2)).await;
    assert!(matches!(err, BackendError::Auth(_)), "{err:?}");
    assert!(err.to_string().contains(var), "{err}");
    assert_eq!(received(&server).await.len(), 1, "no retry can fix a key");
}

/// A backend that needs a key and has none says which variable to set, before any request.
async fn missing_key_names_the_variable<S: Service>() {
    let (_, var) = S::KEY.expect("a key");
    let err = S::without_key().expect_err("no backend without a key");
    assert!(err.contains(var), "{err}");
}

/// Each of the service's quota-exhausted answers stops at once: not retried, its message
/// kept.
async fn quota_stops_at_once<S: Service>() {
    for (used_up, says) in S::quota() {
        let server = MockServer::start().await;
        always(&server, used_up).await;
        let backend = S::backend(&server.uri());
        let err = failing::<S>(&backend, &sentences(2)).await;
        assert!(
            matches!(&err, BackendError::QuotaExhausted(m) if m.contains(says)),
            "{err:?}"
        );
        assert!(!err.is_retryable());
        assert_eq!(received(&server).await.len(), 1, "stopped at once");
    }
}

/// A redirect is not followed (the request, key and all, would go wherever the server says):
/// the other host hears nothing, and the run is told.
async fn no_redirect_is_followed<S: Service>() {
    let elsewhere = serving::<S>().await;
    let server = MockServer::start().await;
    always(
        &server,
        ResponseTemplate::new(307)
            .insert_header("location", format!("{}{}", elsewhere.uri(), S::PATH)),
    )
    .await;
    let backend = S::backend(&server.uri());
    let err = failing::<S>(&backend, &sentences(2)).await;
    assert!(err.to_string().contains("HTTP 307"), "{err}");
    assert!(!err.is_retryable(), "{err:?}");
    assert!(
        received(&elsewhere).await.is_empty(),
        "the redirect was followed"
    );
}

/// An answer larger than any translation is not read whole, and not asked for again.
async fn answer_size_is_capped<S: Service>() {
    let server = MockServer::start().await;
    always(
        &server,
        ResponseTemplate::new(200).set_body_string("[".repeat(17 << 20)),
    )
    .await;
    let backend = S::backend(&server.uri());
    // Reading 16 MB may take longer than the fast policy's 400 ms on a loaded machine (it did
    // while other builds ran), and a timeout is rightly tried again; this test is about the cap,
    // so the read is given time.
    let patient = RetryPolicy {
        timeout: Duration::from_secs(30),
        ..policy()
    };
    let err = send_batch(&backend, &sentences(2), &S::langs(), &patient)
        .await
        .expect_err("the batch fails");
    shows_no_key::<S>(&err, &backend);
    assert!(
        matches!(&err, BackendError::BadRequest(m) if m.contains("larger than 16 MB")),
        "{err:?}"
    );
    assert_eq!(received(&server).await.len(), 1);
}

/// A server nobody listens at: a retryable error naming the address, not the key.
async fn unreachable_server<S: Service>() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let endpoint = format!("http://127.0.0.1:{port}");
    let backend = S::backend(&endpoint);
    let err = backend
        .translate(&sentences(1), &S::langs())
        .await
        .expect_err("nobody listens");
    shows_no_key::<S>(&err, &backend);
    assert!(
        matches!(&err, BackendError::Retryable(m) if m.starts_with(&format!("cannot connect to {endpoint}"))),
        "{err:?}"
    );
}

/// One test per behaviour and backend: every backend runs the behaviours listed here, and
/// those of its list that apply to it (a key, a quota, blank texts skipped, a count to check).
macro_rules! contract {
    ($($backend:ident: $service:ty => [$($extra:ident),* $(,)?];)*) => {$(
        mod $backend {
            cases!($service;
                request_shape,
                limits,
                rate_limit_honours_retry_after,
                rate_limit_without_retry_after,
                server_error_then_success,
                timeout_is_retried,
                malformed_json,
                answer_without_translations,
                no_redirect_is_followed,
                answer_size_is_capped,
                unreachable_server,
            );
            cases!($service; $($extra),*);
        }
    )*};
}

macro_rules! cases {
    ($service:ty; $($case:ident),* $(,)?) => {$(
        #[tokio::test]
        async fn $case() {
            super::$case::<$service>().await;
        }
    )*};
}

contract! {
    deepl: super::Deepl => [wrong_count, bad_key_is_never_shown, missing_key_names_the_variable,
        quota_stops_at_once, blank_texts_keep_their_place];
    google: super::Google => [wrong_count, bad_key_is_never_shown, missing_key_names_the_variable,
        quota_stops_at_once, blank_texts_keep_their_place];
    azure: super::Azure => [wrong_count, bad_key_is_never_shown, missing_key_names_the_variable,
        quota_stops_at_once, blank_texts_keep_their_place];
    libretranslate: super::LibreTranslate => [wrong_count, bad_key_is_never_shown,
        quota_stops_at_once];
    apertium: super::Apertium => [];
    openai: super::OpenAi => [wrong_count, bad_key_is_never_shown, quota_stops_at_once,
        blank_texts_keep_their_place];
}

// --- the services -----------------------------------------------------------------------------

fn body(request: &wiremock::Request) -> Value {
    request.body_json().unwrap_or(Value::Null)
}

fn header_is(request: &wiremock::Request, name: &str, value: &str) -> bool {
    request
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == value)
}

fn query(request: &wiremock::Request, name: &str) -> Option<String> {
    request
        .url
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|t| t.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Options for a server at `endpoint` with `key` (`None`: the key's variable, unset).
fn options(endpoint: Option<&str>, key: Option<(&str, &'static str)>) -> BackendOptions {
    BackendOptions {
        endpoint: endpoint.map(str::to_string),
        key: endpoint.and(key).map(|(k, _)| Secret::new(k)),
        key_var: key.map(|(_, v)| v),
        ..BackendOptions::default()
    }
}

/// DeepL API v2 (mt-apis.md §1).
pub(crate) struct Deepl;

impl Service for Deepl {
    type Backend = DeeplBackend;
    const KEY: Option<(&'static str, &'static str)> =
        Some(("9f3c2a71-5d4e-4b0a-8c6f-1e2d3c4b5a69:fx", "DEEPL_AUTH_KEY"));
    const PATH: &'static str = "/v2/translate";
    const MAX_TEXTS: usize = 50;
    const MAX_SIZE: Option<usize> = Some(128 * 1024);
    const SPLITS: bool = true;
    const BILLS: bool = true;
    const MODEL: Option<&'static str> = Some("v2");
    const NEW: fn(&BackendOptions) -> Result<DeeplBackend, String> = DeeplBackend::new;

    fn well_formed(request: &wiremock::Request) -> bool {
        let b = body(request);
        header_is(
            request,
            "authorization",
            &format!("DeepL-Auth-Key {}", Self::KEY.unwrap().0),
        ) && header_is(request, "content-type", "application/json")
            && b["source_lang"] == "ID"
            && b["target_lang"] == "EN-GB"
            && b["split_sentences"] == "nonewlines"
            && b["show_billed_characters"] == true
    }
    fn texts(request: &wiremock::Request) -> Vec<String> {
        strings(&body(request)["text"])
    }
    fn answer(request: &wiremock::Request, translations: &[String]) -> ResponseTemplate {
        let sent = Self::texts(request);
        let list: Vec<Value> = translations
            .iter()
            .zip(&sent)
            .map(|(t, s)| {
                json!({"detected_source_language": "ID", "text": t,
                       "billed_characters": s.chars().count()})
            })
            .collect();
        ResponseTemplate::new(200).set_body_json(json!({ "translations": list }))
    }
    fn shapeless() -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_json(json!({"detected_source_language": "ID"}))
    }
    fn rate_limits() -> Vec<(ResponseTemplate, Option<Duration>)> {
        vec![(
            ResponseTemplate::new(429).set_body_json(json!({"message": "Too many requests"})),
            None,
        )]
    }
    fn server_errors() -> Vec<ResponseTemplate> {
        vec![
            ResponseTemplate::new(500).set_body_string("Internal error"),
            ResponseTemplate::new(529).set_body_json(json!({"message": "Too many requests"})),
        ]
    }
    fn bad_key(key: &str) -> ResponseTemplate {
        let bare = key.trim_end_matches(":fx");
        ResponseTemplate::new(403).set_body_json(json!({
            "message": format!("Authorization failure, check key {key} (key {bare})")
        }))
    }
    fn quota() -> Vec<(ResponseTemplate, &'static str)> {
        vec![(
            ResponseTemplate::new(456).set_body_json(json!({"message": "Quota exceeded"})),
            "Quota exceeded",
        )]
    }
}

/// Google Cloud Translation v2 with an API key (mt-apis.md §2).
pub(crate) struct Google;

/// Google's error body.
fn google_error(code: u16, message: &str, reason: &str) -> Value {
    json!({"error": {
        "code": code,
        "message": message,
        "errors": [{"message": message, "domain": "usageLimits", "reason": reason}],
    }})
}

impl Service for Google {
    type Backend = GoogleBackend;
    const KEY: Option<(&'static str, &'static str)> =
        Some(("AIzaSyD-test-7Qm2xK9pL4vN8rT1wE6yU3iO", "GOOGLE_API_KEY"));
    const PATH: &'static str = "/language/translate/v2";
    const MAX_TEXTS: usize = 128;
    const MAX_SIZE: Option<usize> = Some(100_000);
    const SPLITS: bool = true;
    const BILLS: bool = false;
    const MODEL: Option<&'static str> = Some("v2");
    const NEW: fn(&BackendOptions) -> Result<GoogleBackend, String> = GoogleBackend::new;

    fn well_formed(request: &wiremock::Request) -> bool {
        let b = body(request);
        query(request, "key").as_deref() == Some(Self::KEY.unwrap().0)
            && header_is(request, "content-type", "application/json")
            && b["source"] == "id"
            && b["target"] == "en"
            && b["format"] == "text"
    }
    fn texts(request: &wiremock::Request) -> Vec<String> {
        strings(&body(request)["q"])
    }
    fn answer(_: &wiremock::Request, translations: &[String]) -> ResponseTemplate {
        let list: Vec<Value> = translations
            .iter()
            .map(|t| json!({ "translatedText": t }))
            .collect();
        ResponseTemplate::new(200).set_body_json(json!({"data": {"translations": list}}))
    }
    fn shapeless() -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_json(json!({"data": {}}))
    }
    fn rate_limits() -> Vec<(ResponseTemplate, Option<Duration>)> {
        vec![
            (
                ResponseTemplate::new(429).set_body_json(json!({"error": {
                    "code": 429, "message": "Too Many Requests", "status": "RESOURCE_EXHAUSTED"}})),
                None,
            ),
            // The per-minute quota comes as a 403; without a wait named, a minute.
            (
                ResponseTemplate::new(403).set_body_json(google_error(
                    403,
                    "User Rate Limit Exceeded",
                    "userRateLimitExceeded",
                )),
                Some(Duration::from_secs(60)),
            ),
        ]
    }
    fn server_errors() -> Vec<ResponseTemplate> {
        vec![ResponseTemplate::new(500).set_body_json(json!({"error": {
            "code": 500, "message": "Internal error encountered.", "status": "INTERNAL"}}))]
    }
    fn bad_key(key: &str) -> ResponseTemplate {
        // Google's answer to a wrong key, echoing the URL with the key in it.
        ResponseTemplate::new(400).set_body_json(json!({"error": {
            "code": 400,
            "message": format!("API key not valid. Please pass a valid API key. (/language/translate/v2?key={key})"),
            "errors": [{"message": "API key not valid. Please pass a valid API key.", "domain": "global", "reason": "badRequest"}],
            "status": "INVALID_ARGUMENT",
            "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com"}],
        }}))
    }
    fn quota() -> Vec<(ResponseTemplate, &'static str)> {
        vec![(
            ResponseTemplate::new(403).set_body_json(google_error(
                403,
                "Daily Limit Exceeded",
                "dailyLimitExceeded",
            )),
            "Daily Limit Exceeded",
        )]
    }
}

/// Azure AI Translator v3 (mt-apis.md §6), with a region.
pub(crate) struct Azure;

const AZURE_REGION: &str = "southeastasia";

fn azure_error(code: u64, message: &str) -> Value {
    json!({"error": {"code": code, "message": message}})
}

impl Service for Azure {
    type Backend = AzureBackend;
    const KEY: Option<(&'static str, &'static str)> =
        Some(("5c0e8a3f91b24d7e8f6a2b1c9d0e4f37", "AZURE_TRANSLATOR_KEY"));
    const PATH: &'static str = "/translate";
    const MAX_TEXTS: usize = 1000;
    const MAX_SIZE: Option<usize> = Some(50_000);
    const SPLITS: bool = true;
    const BILLS: bool = false;
    const MODEL: Option<&'static str> = Some("v3");
    const NEW: fn(&BackendOptions) -> Result<AzureBackend, String> = AzureBackend::new;

    fn options(endpoint: &str) -> BackendOptions {
        BackendOptions {
            region: Some(AZURE_REGION.into()),
            ..options(Some(endpoint), Self::KEY)
        }
    }
    fn well_formed(request: &wiremock::Request) -> bool {
        query(request, "api-version").as_deref() == Some("3.0")
            && query(request, "from").as_deref() == Some("id")
            && query(request, "to").as_deref() == Some("en")
            && query(request, "textType").is_none()
            && header_is(request, "ocp-apim-subscription-key", Self::KEY.unwrap().0)
            && header_is(request, "ocp-apim-subscription-region", AZURE_REGION)
            && header_is(request, "content-type", "application/json; charset=UTF-8")
    }
    fn texts(request: &wiremock::Request) -> Vec<String> {
        body(request)
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e["Text"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
    /// Azure counts characters, markup included.
    fn size(request: &wiremock::Request) -> usize {
        Self::texts(request).iter().map(|t| t.chars().count()).sum()
    }
    fn answer(_: &wiremock::Request, translations: &[String]) -> ResponseTemplate {
        let list: Vec<Value> = translations
            .iter()
            .map(|t| json!({"translations": [{"text": t, "to": "en"}]}))
            .collect();
        ResponseTemplate::new(200).set_body_json(list)
    }
    fn shapeless() -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_json(json!({"translations": []}))
    }
    fn rate_limits() -> Vec<(ResponseTemplate, Option<Duration>)> {
        vec![(
            ResponseTemplate::new(429).set_body_json(azure_error(
                429001,
                "The server rejected the request because the client has exceeded request limits.",
            )),
            None,
        )]
    }
    fn server_errors() -> Vec<ResponseTemplate> {
        vec![ResponseTemplate::new(500)
            .set_body_json(azure_error(500000, "An unexpected error occurred."))]
    }
    fn bad_key(key: &str) -> ResponseTemplate {
        ResponseTemplate::new(401).set_body_json(azure_error(
            401000,
            &format!(
                "The request is not authorized because credentials are missing or invalid ({key})."
            ),
        ))
    }
    fn quota() -> Vec<(ResponseTemplate, &'static str)> {
        vec![(
            ResponseTemplate::new(403).set_body_json(azure_error(
                403001,
                "The operation is not allowed because the subscription has exceeded its free quota.",
            )),
            "exceeded its free quota",
        )]
    }
}

/// A LibreTranslate server with API keys (mt-apis.md §3), asked for British English (which
/// it knows as `en`).
pub(crate) struct LibreTranslate;

impl Service for LibreTranslate {
    type Backend = LibreTranslateBackend;
    const KEY: Option<(&'static str, &'static str)> =
        Some(("lt-test-key-7f3a9c", "LIBRETRANSLATE_API_KEY"));
    const PATH: &'static str = "/translate";
    // Self-hosted servers set no limit; a batch costs one rate unit per text, so the backend
    // keeps to its own.
    const MAX_TEXTS: usize = 20;
    const MAX_SIZE: Option<usize> = None;
    const SPLITS: bool = false;
    const BILLS: bool = false;
    const MODEL: Option<&'static str> = None;
    const NEW: fn(&BackendOptions) -> Result<LibreTranslateBackend, String> =
        LibreTranslateBackend::new;

    fn options(endpoint: &str) -> BackendOptions {
        // A trailing slash, as users write it, is not doubled.
        options(Some(&format!("{endpoint}/")), Self::KEY)
    }
    fn langs() -> LangPair {
        LangPair {
            from: "id".into(),
            to: "en-GB".into(),
        }
    }
    fn well_formed(request: &wiremock::Request) -> bool {
        let b = body(request);
        header_is(request, "content-type", "application/json")
            && b["q"].is_array()
            && b["source"] == "id"
            && b["target"] == "en"
            && b["format"] == "text"
            && b["api_key"] == Self::KEY.unwrap().0
    }
    fn texts(request: &wiremock::Request) -> Vec<String> {
        strings(&body(request)["q"])
    }
    fn answer(_: &wiremock::Request, translations: &[String]) -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_json(json!({ "translatedText": translations }))
    }
    fn shapeless() -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_json(json!({"translated": []}))
    }
    fn rate_limits() -> Vec<(ResponseTemplate, Option<Duration>)> {
        // No Retry-After, and every 429 counts towards a ban: wait a full limiter window.
        vec![(
            ResponseTemplate::new(429).set_body_json(json!({"error": "Slowdown: 20 per 1 minute"})),
            Some(terjemah::mt::libretranslate::RATE_LIMIT_WAIT),
        )]
    }
    fn server_errors() -> Vec<ResponseTemplate> {
        vec![ResponseTemplate::new(500)
            .set_body_json(json!({"error": "Cannot translate text: model crashed"}))]
    }
    fn bad_key(key: &str) -> ResponseTemplate {
        ResponseTemplate::new(403)
            .set_body_json(json!({"error": format!("Invalid API key: {key}")}))
    }
    fn quota() -> Vec<(ResponseTemplate, &'static str)> {
        [
            "Slowdown: 100 per 1 day",
            "Too many request limits violations",
        ]
        .into_iter()
        .zip([429, 403])
        .map(|(says, status)| {
            (
                ResponseTemplate::new(status).set_body_json(json!({ "error": says })),
                says,
            )
        })
        .collect()
    }
}

/// An Apertium APy server, Indonesian to Malay (mt-apis.md §4): no key, no quota, one text
/// per request.
pub(crate) struct Apertium;

/// A form body's fields, decoded.
fn form(request: &wiremock::Request) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => {
                    let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                    out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                    i += 2;
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8(out).unwrap_or_default()
    };
    String::from_utf8_lossy(&request.body)
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

impl Service for Apertium {
    type Backend = ApertiumBackend;
    const KEY: Option<(&'static str, &'static str)> = None;
    const PATH: &'static str = "/translate";
    // APy reads one `q` per request.
    const MAX_TEXTS: usize = 1;
    const MAX_SIZE: Option<usize> = None;
    const SPLITS: bool = true;
    const BILLS: bool = false;
    const MODEL: Option<&'static str> = None;
    const NEW: fn(&BackendOptions) -> Result<ApertiumBackend, String> = ApertiumBackend::new;

    fn langs() -> LangPair {
        LangPair {
            from: "id".into(),
            to: "ms".into(),
        }
    }
    fn well_formed(request: &wiremock::Request) -> bool {
        let fields = form(request);
        let field = |name: &str| {
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        header_is(request, "content-type", "application/x-www-form-urlencoded")
            && field("langpair") == Some("ind|zlm")
            && field("markUnknown") == Some("yes")
            && field("format") == Some("txt")
            && fields.iter().filter(|(k, _)| k == "q").count() == 1
    }
    fn texts(request: &wiremock::Request) -> Vec<String> {
        form(request)
            .into_iter()
            .filter(|(k, _)| k == "q")
            .map(|(_, v)| v)
            .collect()
    }
    fn answer(_: &wiremock::Request, translations: &[String]) -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_json(json!({
            "responseData": {"translatedText": translations.first()},
            "responseDetails": null,
            "responseStatus": 200
        }))
    }
    fn shapeless() -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_json(json!({"responseStatus": 200}))
    }
    fn rate_limits() -> Vec<(ResponseTemplate, Option<Duration>)> {
        // APy itself never sends 429, but a proxy in front of it may.
        vec![(ResponseTemplate::new(429), None)]
    }
    fn server_errors() -> Vec<ResponseTemplate> {
        vec![ResponseTemplate::new(503).set_body_json(json!({
            "status": "error", "code": 503, "message": "Service Unavailable",
            "explanation": "internal error"
        }))]
    }
}

/// An OpenAI-compatible chat endpoint (mt-apis.md §5), answering in the schema's object.
pub(crate) struct OpenAi;

const MODEL: &str = "qwen2.5:7b-instruct";

impl Service for OpenAi {
    type Backend = OpenAiBackend;
    const KEY: Option<(&'static str, &'static str)> =
        Some(("sk-proj-test-4f9a2b7c", "OPENAI_API_KEY"));
    const PATH: &'static str = "/v1/chat/completions";
    // No count limit on the service; the backend keeps answers small.
    const MAX_TEXTS: usize = 20;
    const MAX_SIZE: Option<usize> = None;
    const SPLITS: bool = false;
    const BILLS: bool = false;
    const WRONG_COUNT: &'static str = "the model's answer is unusable";
    const MODEL: Option<&'static str> = Some(MODEL);
    const NEW: fn(&BackendOptions) -> Result<OpenAiBackend, String> = OpenAiBackend::new;

    fn options(endpoint: &str) -> BackendOptions {
        BackendOptions {
            model: Some(MODEL.into()),
            ..options(Some(&format!("{endpoint}/v1")), Self::KEY)
        }
    }
    fn well_formed(request: &wiremock::Request) -> bool {
        let b = body(request);
        header_is(
            request,
            "authorization",
            &format!("Bearer {}", Self::KEY.unwrap().0),
        ) && header_is(request, "content-type", "application/json")
            && b["model"] == MODEL
            && b["messages"][1]["content"].is_string()
    }
    fn texts(request: &wiremock::Request) -> Vec<String> {
        let b = body(request);
        let user = user_json(&b);
        sent_ids(&b)
            .iter()
            .map(|id| {
                user["segments"][id]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            })
            .collect()
    }
    fn answer(request: &wiremock::Request, translations: &[String]) -> ResponseTemplate {
        let pairs: Vec<(String, String)> = sent_ids(&body(request))
            .into_iter()
            .zip(translations.iter().cloned())
            .collect();
        ResponseTemplate::new(200).set_body_json(chat_answer(&object(&pairs), "stop"))
    }
    fn shapeless() -> ResponseTemplate {
        // A model that wrote prose instead of the object.
        ResponseTemplate::new(200).set_body_json(chat_answer(
            "Here are the translations: 1.1 Belarusian President ...",
            "stop",
        ))
    }
    fn rate_limits() -> Vec<(ResponseTemplate, Option<Duration>)> {
        vec![(
            ResponseTemplate::new(429).set_body_json(json!({"error": {
                "message": "Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1.",
                "type": "requests", "param": null, "code": "rate_limit_exceeded"}})),
            None,
        )]
    }
    fn server_errors() -> Vec<ResponseTemplate> {
        vec![
            ResponseTemplate::new(500).set_body_json(json!({"error": {
                "message": "The server had an error while processing your request. Sorry about that!",
                "type": "server_error", "param": null, "code": null}})),
            // llama.cpp while the model loads.
            ResponseTemplate::new(503).set_body_json(
                json!({"error": {"code": 503, "message": "Loading model", "type": "unavailable_error"}}),
            ),
        ]
    }
    fn bad_key(key: &str) -> ResponseTemplate {
        ResponseTemplate::new(401).set_body_json(json!({"error": {
            "message": format!("Incorrect API key provided: {key}. You can find your API key at https://platform.openai.com/account/api-keys."),
            "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}))
    }
    fn quota() -> Vec<(ResponseTemplate, &'static str)> {
        vec![(
            ResponseTemplate::new(429).set_body_json(json!({"error": {
                "message": "You exceeded your current quota, please check your plan and billing details.",
                "type": "insufficient_quota", "param": null, "code": "insufficient_quota"}})),
            "exceeded your current quota",
        )]
    }
}
