//! Machine translation: the [`Backend`] trait every engine implements, the requests and answers
//! it deals in, its typed errors, and the engine that drives a backend over a document.
//!
//! A backend only translates a batch: batching to its limits, concurrency, retries, the cache,
//! character accounting and progress belong to the engine around it, so each backend stays a
//! thin adapter for one wire protocol.

pub mod apertium;
pub mod azure;
pub mod command;
pub mod deepl;
pub mod engine;
pub mod google;
pub mod http;
pub mod languages;
pub mod libretranslate;
pub mod markup;
pub mod offline;
pub mod openai;
pub mod options;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A glossary term inside a request's text, with the English the glossary asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermHint {
    /// Byte offset of the term in [`Request::text`].
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The entry's canonical Indonesian term.
    pub source: String,
    /// The English required, spelling and capitalisation already decided.
    pub target: String,
    /// The English adjective for countries and regions (`Russian`), used when the term
    /// qualifies a noun (`tentara Rusia` -> `Russian troops`).
    pub adjective: Option<String>,
    /// Keep the source form as is (names, `Kopassus`).
    pub keep: bool,
}

/// One segment to translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The segment id (`"3.2"`), for backends that key answers by id.
    pub id: String,
    /// The text to translate: one sentence, wrapped lines joined.
    pub text: String,
    /// The surrounding paragraph, for backends that translate in context without billing it.
    /// Shared by every request of the paragraph: one copy per paragraph, not per sentence (a
    /// long one-line paragraph of a thousand sentences would otherwise cost a thousand copies).
    pub context: Option<Arc<str>>,
    /// Glossary terms found in `text`, in order, not overlapping.
    pub terms: Vec<TermHint>,
}

/// A backend's answer for one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The English text.
    pub text: String,
    /// Characters the service says it billed, where it reports them.
    pub billed_characters: Option<u64>,
}

/// Source and target language, as the user wrote them (`id`, `en`, `en-US`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangPair {
    /// Source language code.
    pub from: String,
    /// Target language code, possibly with a variant (`en-GB`, `en-US`).
    pub to: String,
}

impl Default for LangPair {
    fn default() -> Self {
        LangPair {
            from: "id".into(),
            to: "en".into(),
        }
    }
}

/// Whether a language code is English, any variant and spelling of the separator (`en`,
/// `en-GB`, `EN_us`).
pub fn is_english(code: &str) -> bool {
    code.trim()
        .split(['-', '_'])
        .next()
        .is_some_and(|l| l.eq_ignore_ascii_case("en"))
}

impl LangPair {
    /// Whether the target is English (the glossaries' and the QA checks' language).
    pub fn targets_english(&self) -> bool {
        is_english(&self.to)
    }
}

/// What one request to a backend may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Texts per request.
    pub max_texts: usize,
    /// Characters per request, summed over texts.
    pub max_chars: usize,
    /// Requests in flight at once unless the user says otherwise.
    pub default_concurrency: usize,
}

/// Why a batch failed. The engine decides what to do from the variant alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// A passing fault (network, 5xx): try again after a backoff.
    Retryable(String),
    /// Too many requests (429): try again, after `retry_after` when the server said.
    RateLimited {
        /// The server's `Retry-After`, if it sent one.
        retry_after: Option<Duration>,
        /// What the server said.
        message: String,
    },
    /// The account's character quota is used up: stop at once, keep what was done.
    QuotaExhausted(String),
    /// The key is missing, wrong or not allowed: no retry will help.
    Auth(String),
    /// The request itself is wrong (bad language pair, too large): no retry will help.
    BadRequest(String),
    /// The answer broke the contract (wrong count, unparseable): may succeed on retry.
    BadResponse(String),
}

impl BackendError {
    /// Whether trying the same batch again can succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            BackendError::Retryable(_)
                | BackendError::RateLimited { .. }
                | BackendError::BadResponse(_)
        )
    }
}

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackendError::Retryable(m) => write!(f, "temporary failure: {m}"),
            BackendError::RateLimited {
                retry_after,
                message,
            } => match retry_after {
                Some(d) => write!(f, "rate limited (retry after {} s): {message}", d.as_secs()),
                None => write!(f, "rate limited: {message}"),
            },
            BackendError::QuotaExhausted(m) => write!(f, "quota exhausted: {m}"),
            BackendError::Auth(m) => write!(f, "authentication failed: {m}"),
            BackendError::BadRequest(m) => write!(f, "request rejected: {m}"),
            BackendError::BadResponse(m) => write!(f, "unusable response: {m}"),
        }
    }
}

impl std::error::Error for BackendError {}

/// The future a backend returns for one batch.
pub type BackendFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Vec<Translation>, BackendError>> + Send + 'a>>;

/// A translation engine. Takes a batch, returns one translation per request, in order.
///
/// Implementations must not cache, retry, or report progress: the engine does that for all of
/// them alike. Boxed futures keep the trait object-safe, so the CLI can hold any backend as
/// `Box<dyn Backend>`.
pub trait Backend: Send + Sync {
    /// The backend's name (`offline`, `deepl`), recorded as the origin of its output.
    fn name(&self) -> &str;

    /// The model or engine version, part of the cache key (`None` when there is only one).
    fn model(&self) -> Option<String> {
        None
    }

    /// What one request may hold.
    fn limits(&self) -> Limits;

    /// Whether answers are worth caching. A local deterministic backend that costs nothing
    /// (the offline one) says no, so quick runs leave no state folder behind.
    fn cacheable(&self) -> bool {
        true
    }

    /// Translates `batch` from `langs.from` to `langs.to`, telling `meter` about each request
    /// as it goes out and each answer as it arrives, through [`Meter::exchange`]: a backend
    /// that sends the batch as one request wraps that request in it; one that sends several
    /// (one per paragraph, per text, per markup-sized part) wraps each. So every request is
    /// counted, every answer is cached the moment it is paid for, and no request leaves after
    /// the run was stopped (a quota answer to another request).
    fn translate_metered<'a>(
        &'a self,
        batch: &'a [Request],
        langs: &'a LangPair,
        meter: &'a Meter<'a>,
    ) -> BackendFuture<'a>;

    /// [`Backend::translate_metered`] with a meter nobody reads (tests, one-off calls).
    fn translate<'a>(&'a self, batch: &'a [Request], langs: &'a LangPair) -> BackendFuture<'a> {
        Box::pin(async move {
            let meter = Meter::default();
            self.translate_metered(batch, langs, &meter).await
        })
    }

    /// The secrets this backend was configured with (its API key): a server that echoes one
    /// back has it redacted from the answer before anything stores or writes it.
    fn secrets(&self) -> Vec<String> {
        Vec::new()
    }

    /// What the user should know about how this run went that is not an error (a glossary
    /// the service refused, so terms went as markup). Printed after the run.
    fn notices(&self) -> Vec<String> {
        Vec::new()
    }

    /// Whether [`Backend::prepare`] reads the glossary's pairs (a native glossary): for the
    /// others the run does not list them (a tenth of an offline run's start, and every entry
    /// of a lazily read glossary made).
    fn native_glossary(&self) -> bool {
        false
    }

    /// Called once per run before any batch: a backend with a native glossary pushes `terms`
    /// there (reusing what `store` says it created for this version). The default does nothing.
    fn prepare<'a>(
        &'a self,
        terms: &'a GlossaryTerms,
        langs: &'a LangPair,
        store: &'a dyn StateStore,
    ) -> PrepareFuture<'a> {
        let _ = (terms, langs, store);
        Box::pin(std::future::ready(Ok(())))
    }
}

/// What a backend reports while it works: requests as they leave, answers as they arrive, and
/// whether the run was stopped. The engine gives one to every batch of a run; it counts what
/// was sent whatever the outcome (a failed run still says what it cost), caches each answer
/// as it arrives (a process killed mid-batch has not paid for nothing), and once stopped (a
/// quota or key error anywhere) refuses every further request at once.
pub struct Meter<'a> {
    requests: AtomicUsize,
    texts: AtomicUsize,
    characters: AtomicU64,
    billed: AtomicU64,
    stopped: Mutex<Option<BackendError>>,
    stop: tokio::sync::Notify,
    on_answer: OnAnswer<'a>,
}

/// What the engine does with each answer as it arrives (cache it).
type OnAnswer<'a> = Box<dyn Fn(&Request, &Translation) + Send + Sync + 'a>;

impl fmt::Debug for Meter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Meter")
            .field("requests", &self.requests())
            .field("texts", &self.texts())
            .finish_non_exhaustive()
    }
}

impl Default for Meter<'_> {
    fn default() -> Self {
        Meter::new(|_, _| {})
    }
}

impl<'a> Meter<'a> {
    /// A meter that calls `on_answer` for each translation as it arrives.
    pub fn new(on_answer: impl Fn(&Request, &Translation) + Send + Sync + 'a) -> Meter<'a> {
        Meter {
            requests: AtomicUsize::new(0),
            texts: AtomicUsize::new(0),
            characters: AtomicU64::new(0),
            billed: AtomicU64::new(0),
            stopped: Mutex::new(None),
            stop: tokio::sync::Notify::new(),
            on_answer: Box::new(on_answer),
        }
    }

    /// Call right before a request carrying `texts` is sent: counts it, or refuses with the
    /// error that stopped the run.
    pub fn sending<'r>(
        &self,
        texts: impl IntoIterator<Item = &'r Request>,
    ) -> Result<(), BackendError> {
        if let Some(e) = self.stopped() {
            return Err(e);
        }
        self.requests.fetch_add(1, Ordering::SeqCst);
        for r in texts {
            self.texts.fetch_add(1, Ordering::SeqCst);
            self.characters
                .fetch_add(r.text.chars().count() as u64, Ordering::SeqCst);
        }
        Ok(())
    }

    /// Call with each translation as it arrives (not again for one replayed from memory).
    pub fn answered(&self, request: &Request, translation: &Translation) {
        let billed = translation
            .billed_characters
            .unwrap_or(request.text.chars().count() as u64);
        self.billed.fetch_add(billed, Ordering::SeqCst);
        (self.on_answer)(request, translation);
    }

    /// Sends one request carrying `requests` (the future `send`, not polled before the meter
    /// allows it): counts it, or refuses at once when the run was stopped; then reports each
    /// answer when the count is right, and stops the run on an error no retry can fix. The one
    /// way every backend reports a request.
    pub async fn exchange<'r, I, F>(
        &self,
        requests: I,
        send: F,
    ) -> Result<Vec<Translation>, BackendError>
    where
        I: IntoIterator<Item = &'r Request>,
        I::IntoIter: Clone,
        F: Future<Output = Result<Vec<Translation>, BackendError>>,
    {
        let requests = requests.into_iter();
        self.sending(requests.clone())?;
        let answer = send.await;
        match &answer {
            Ok(translations) if translations.len() == requests.clone().count() => {
                for (r, t) in requests.zip(translations) {
                    self.answered(r, t);
                }
            }
            Ok(_) => {}
            Err(e) => self.failed(e),
        }
        answer
    }

    /// Call when a request failed: an error no retry can fix (quota, key) stops the run.
    pub fn failed(&self, error: &BackendError) {
        if !error.is_retryable() {
            self.halt(error);
        }
    }

    /// Stops the run: every later [`Meter::sending`] fails with `error`.
    pub fn halt(&self, error: &BackendError) {
        let mut stopped = self.stopped.lock().unwrap_or_else(|p| p.into_inner());
        if stopped.is_none() {
            *stopped = Some(error.clone());
        }
        drop(stopped);
        self.stop.notify_waiters();
    }

    /// The error that stopped the run, if one did.
    pub fn stopped(&self) -> Option<BackendError> {
        self.stopped
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Waits `delay`, or less if the run is stopped meanwhile.
    pub async fn sleep(&self, delay: Duration) {
        let stopped = self.stop.notified();
        tokio::pin!(stopped);
        stopped.as_mut().enable();
        if self.stopped().is_some() {
            return;
        }
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = stopped => {}
        }
    }

    /// Requests sent so far.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// Texts sent so far (a text sent twice, in a retry, counts twice).
    pub fn texts(&self) -> usize {
        self.texts.load(Ordering::SeqCst)
    }

    /// Characters sent so far.
    pub fn characters(&self) -> u64 {
        self.characters.load(Ordering::SeqCst)
    }

    /// Characters billed for the answers received (as the service reports, else as sent).
    pub fn billed(&self) -> u64 {
        self.billed.load(Ordering::SeqCst)
    }
}

pub use crate::glossary::GlossaryTerms;

pub use crate::store::{MemoryStore, StateStore};

/// The future of [`Backend::prepare`].
pub type PrepareFuture<'a> = Pin<Box<dyn Future<Output = Result<(), BackendError>> + Send + 'a>>;

/// The backends this build has, by name.
pub const BACKENDS: &[&str] = &[
    "offline",
    "deepl",
    "google",
    "azure",
    "libretranslate",
    "apertium",
    "openai",
    "command",
];

/// The backend called `name`, configured by `options`. Fails with one line saying what to do
/// (an unknown name, a missing key).
pub fn backend_by_name(
    name: &str,
    options: &options::BackendOptions,
) -> Result<Box<dyn Backend>, String> {
    Ok(match name {
        "offline" => Box::new(offline::OfflineBackend::new()),
        "deepl" => Box::new(deepl::DeeplBackend::new(options)?),
        "google" => Box::new(google::GoogleBackend::new(options)?),
        "azure" => Box::new(azure::AzureBackend::new(options)?),
        "libretranslate" => Box::new(libretranslate::LibreTranslateBackend::new(options)?),
        "apertium" => Box::new(apertium::ApertiumBackend::new(options)?),
        "openai" => Box::new(openai::OpenAiBackend::new(options)?),
        "command" => Box::new(command::CommandBackend::new(options)?),
        other => {
            return Err(format!(
                "unknown backend `{other}` (available: {})",
                BACKENDS.join(", ")
            ))
        }
    })
}
