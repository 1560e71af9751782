//! The engine around a [`Backend`]: picks the segments of every document that need translating,
//! answers what it can from the cache, builds requests (joined lines, paragraph context,
//! glossary hints), cuts them into batches within the backend's limits, sends them with bounded
//! concurrency, retries what can be retried (backoff with jitter, `Retry-After`, timeouts),
//! checks every answer's count, and writes results into the documents and the cache as they
//! arrive, so a failure keeps what was done and a re-run does not pay twice.

use super::{
    Backend, BackendError, GlossaryTerms, LangPair, MemoryStore, Meter, Request, StateStore,
    TermHint, Translation,
};
use crate::doc::{
    collapse_whitespace, Document, Origin, QaFinding, SegmentKind, SegmentState, Severity,
};
use crate::store::{CacheKey, Store};
use futures_util::StreamExt;
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

/// What a run did and cost.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Segments in the document.
    pub segments: usize,
    /// Segments sent to the backend.
    pub translated: usize,
    /// Segments not sent because they are datelines, bylines or boilerplate.
    pub skipped: usize,
    /// Texts sent, every try of every request counted, failed ones included.
    pub texts_sent: usize,
    /// Characters sent (Unicode scalar values of the texts sent, every try counted).
    pub characters_sent: u64,
    /// Characters the service reported billing; equal to sent for backends that do not say.
    pub characters_billed: u64,
    /// Requests sent, retries and failed ones included (HTTP requests, for HTTP backends).
    pub requests: usize,
    /// Requests that were tries again after a failure.
    pub retries: usize,
    /// Segments answered from the cache or memory without calling the backend.
    pub cache_hits: usize,
    /// A dry run: the figures say what would be sent, and nothing was.
    pub dry_run: bool,
}

impl Stats {
    /// Adds another run's figures (several files in one invocation).
    pub fn add(&mut self, other: &Stats) {
        self.segments += other.segments;
        self.translated += other.translated;
        self.skipped += other.skipped;
        self.texts_sent += other.texts_sent;
        self.characters_sent += other.characters_sent;
        self.characters_billed += other.characters_billed;
        self.requests += other.requests;
        self.retries += other.retries;
        self.cache_hits += other.cache_hits;
        self.dry_run |= other.dry_run;
    }
}

/// A segment waiting for translation: where it is and what to send.
#[derive(Debug, Clone)]
pub struct Pending {
    /// Document index in the run (0-based).
    pub doc: usize,
    /// Paragraph index in `doc.paragraphs` (0-based).
    pub paragraph: usize,
    /// Segment index in that paragraph (0-based).
    pub segment: usize,
    /// The request.
    pub request: Request,
}

/// The requests for every translatable segment of `doc` that has no target yet. Datelines get
/// their source copied as target (they stay as they are in English) and are not sent.
pub fn pending(doc: &mut Document) -> (Vec<Pending>, Stats) {
    let mut stats = Stats::default();
    let mut out = Vec::new();
    for (pi, par) in doc.paragraphs.iter_mut().enumerate() {
        // A one-sentence paragraph is its own context: none is sent.
        let context: Option<Arc<str>> = (par.segments.len() > 1)
            .then(|| collapse_whitespace(&doc.text[par.span.clone()]).into());
        for (si, seg) in par.segments.iter_mut().enumerate() {
            stats.segments += 1;
            if seg.kind == SegmentKind::Dateline && seg.target.is_none() {
                seg.target = Some(seg.source.clone());
                seg.origin = Origin::Copied;
                seg.state = SegmentState::Machine;
            }
            if !seg.kind.is_translatable() {
                stats.skipped += 1;
                continue;
            }
            if seg.target.is_some() {
                continue;
            }
            let text = seg.text();
            let terms = seg
                .glossary
                .iter()
                .map(|hit| {
                    let rel_start = hit.start - seg.span.start;
                    let rel_end = hit.end - seg.span.start;
                    TermHint {
                        start: collapsed_pos(&seg.source, rel_start),
                        end: collapsed_pos(&seg.source, rel_end),
                        source: hit.source.to_string(),
                        target: hit.target.to_string(),
                        adjective: hit.adjective.as_deref().map(str::to_string),
                        keep: hit.keep,
                    }
                })
                .collect();
            out.push(Pending {
                doc: 0,
                paragraph: pi,
                segment: si,
                request: Request {
                    id: seg.id(),
                    text,
                    context: context.clone(),
                    terms,
                },
            });
        }
    }
    (out, stats)
}

/// Where byte `rel` of `source` lands in `collapse_whitespace(source)`.
fn collapsed_pos(source: &str, rel: usize) -> usize {
    let prefix = &source[..rel];
    let collapsed = collapse_whitespace(prefix);
    if !collapsed.is_empty() && prefix.ends_with(char::is_whitespace) {
        collapsed.len() + 1
    } else {
        collapsed.len()
    }
}

/// Cuts `items` into batches of at most `max_texts` texts and `max_chars` characters (a text
/// longer than `max_chars` goes alone).
pub fn batches(items: &[Pending], max_texts: usize, max_chars: usize) -> Vec<Vec<usize>> {
    let sizes: Vec<usize> = items
        .iter()
        .map(|p| p.request.text.chars().count())
        .collect();
    pack(&sizes, max_texts, max_chars)
        .into_iter()
        .map(|r| r.collect())
        .collect()
}

/// Cuts items of the given sizes into consecutive runs of at most `max_items` items whose
/// sizes add up to at most `max_total` (an item larger than that goes alone). The engine cuts
/// batches with it, and backends whose real limits (bytes, characters with markup) the engine's
/// character count only approximates cut their requests with it again.
pub fn pack(sizes: &[usize], max_items: usize, max_total: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut total = 0;
    for (i, &size) in sizes.iter().enumerate() {
        if i > start && (i - start >= max_items.max(1) || total + size > max_total) {
            out.push(start..i);
            start = i;
            total = 0;
        }
        total += size;
    }
    if start < sizes.len() {
        out.push(start..sizes.len());
    }
    out
}

/// How a failed request is retried, and how long one may take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries in all, the first included.
    pub max_attempts: u32,
    /// The first backoff; each further one doubles, with ±25% jitter.
    pub base_delay: Duration,
    /// The longest backoff, and the longest `Retry-After` honoured.
    pub max_delay: Duration,
    /// How long one request may take before it counts as failed (and is retried).
    pub timeout: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(60),
            timeout: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait before try `attempt + 1` after `error`: the server's `Retry-After` when it
    /// gave one, else exponential backoff with jitter.
    pub fn delay(&self, attempt: u32, error: &BackendError) -> Duration {
        if let BackendError::RateLimited {
            retry_after: Some(wait),
            ..
        } = error
        {
            return (*wait).min(self.max_delay);
        }
        let exp = self
            .base_delay
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
        let capped = exp.min(self.max_delay);
        // ±25% jitter so that concurrent requests do not retry in lockstep.
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let factor = 0.75 + f64::from(nanos % 1000) / 2000.0;
        capped.mul_f64(factor)
    }
}

/// Sends one batch, retrying network errors, 429 (after `Retry-After`), 5xx, timeouts and
/// answers with the wrong number of translations or an empty one; gives up at once on errors
/// no retry can fix (auth, quota, bad request). Returns the translations and how many retries
/// it took.
pub async fn send_batch(
    backend: &dyn Backend,
    batch: &[Request],
    langs: &LangPair,
    policy: &RetryPolicy,
) -> Result<(Vec<Translation>, u32), BackendError> {
    let meter = Meter::default();
    let (answer, retries) = send_batch_metered(backend, batch, langs, policy, &meter).await;
    answer.map(|t| (t, retries))
}

/// [`send_batch`] reporting to `meter`: it counts every try, and a run stopped meanwhile (a
/// quota answer to another batch) ends the retries at once. Returns the outcome and the
/// retries made, whatever the outcome.
pub async fn send_batch_metered(
    backend: &dyn Backend,
    batch: &[Request],
    langs: &LangPair,
    policy: &RetryPolicy,
    meter: &Meter<'_>,
) -> (Result<Vec<Translation>, BackendError>, u32) {
    let mut attempt = 1;
    loop {
        if let Some(e) = meter.stopped() {
            return (Err(e), attempt - 1);
        }
        let answer = match tokio::time::timeout(
            policy.timeout,
            backend.translate_metered(batch, langs, meter),
        )
        .await
        {
            Ok(answer) => answer.and_then(|t| check_answers(t, batch)),
            Err(_) => Err(BackendError::Retryable(format!(
                "no answer within {} s",
                policy.timeout.as_secs_f64()
            ))),
        };
        match answer {
            Ok(t) => return (Ok(t), attempt - 1),
            Err(e) if !e.is_retryable() || attempt >= policy.max_attempts => {
                return (Err(e), attempt - 1)
            }
            Err(e) => {
                meter.sleep(policy.delay(attempt, &e)).await;
                attempt += 1;
            }
        }
    }
}

/// A run's settings: which backend, how hard to push it, where to cache.
pub struct Engine<'a> {
    /// The backend.
    pub backend: &'a dyn Backend,
    /// The language pair.
    pub langs: LangPair,
    /// Retries and timeouts.
    pub policy: RetryPolicy,
    /// Requests in flight at once (the backend's default when `None`).
    pub concurrency: Option<usize>,
    /// The MT cache and the backend's state, if the project has a state folder.
    pub store: Option<&'a Store>,
    /// The glossary as the backend may push it; its version is part of the cache key.
    pub terms: GlossaryTerms,
    /// Only count what would be sent.
    pub dry_run: bool,
}

impl Engine<'_> {
    /// The cache key of this run's translations.
    pub fn cache_key(&self) -> CacheKey {
        CacheKey {
            backend: self.backend.name().to_string(),
            model: self.backend.model().unwrap_or_default(),
            from: self.langs.from.clone(),
            to: self.langs.to.clone(),
            glossary: self.terms.version.clone(),
        }
    }

    /// Translates every pending segment of `docs`: cache first, then the backend, batch by
    /// batch, several batches at once. Results already received stay in the documents (and
    /// the cache) when a batch fails for good. `progress` is told how many segments, and how
    /// many source characters, each step finished.
    pub async fn run(
        &self,
        docs: &mut [Document],
        progress: &mut dyn FnMut(usize, u64),
    ) -> Result<Stats, (BackendError, Stats)> {
        let mut stats = Stats {
            dry_run: self.dry_run,
            ..Stats::default()
        };
        let mut items = Vec::new();
        for (d, doc) in docs.iter_mut().enumerate() {
            let (mut pend, s) = pending(doc);
            stats.add(&s);
            pend.iter_mut().for_each(|p| p.doc = d);
            items.extend(pend);
        }
        let key = self.cache_key();
        let name = self.backend.name().to_string();

        // The cache, and identical sentences within the run, are answered without sending. A
        // cached answer goes through the same cleaning as a fresh one (a cache written by an
        // older version may hold an empty answer: that one is asked again).
        let secrets = self.backend.secrets();
        let mut to_send: Vec<Pending> = Vec::new();
        let mut waiting: HashMap<String, Vec<Pending>> = HashMap::new();
        for item in items {
            let cached = self
                .store
                .and_then(|s| s.cache_get(&key, &item.request.text).ok().flatten())
                .and_then(|(text, _)| clean_answer(&item.request, &text, &secrets).ok());
            if let Some(clean) = cached {
                stats.cache_hits += 1;
                if !self.dry_run {
                    apply(docs, &item, &clean, &name);
                }
                progress(1, item.request.text.chars().count() as u64);
            } else if let Some(same) = waiting.get_mut(&item.request.text) {
                same.push(item);
            } else {
                waiting.insert(item.request.text.clone(), Vec::new());
                to_send.push(item);
            }
        }
        let limits = self.backend.limits();
        let plan = batches(&to_send, limits.max_texts, limits.max_chars);
        if self.dry_run {
            stats.requests = plan.len();
            stats.texts_sent = to_send.len();
            stats.characters_sent = to_send
                .iter()
                .map(|p| p.request.text.chars().count() as u64)
                .sum();
            return Ok(stats);
        }
        if plan.is_empty() {
            return Ok(stats);
        }
        let memory = MemoryStore::default();
        let state: &dyn StateStore = match self.store {
            Some(s) => s,
            None => &memory,
        };
        if let Err(e) = self.backend.prepare(&self.terms, &self.langs, state).await {
            return Err((e, stats));
        }

        let requests: Vec<Vec<Request>> = plan
            .iter()
            .map(|b| b.iter().map(|&i| to_send[i].request.clone()).collect())
            .collect();
        let concurrency = self
            .concurrency
            .unwrap_or(limits.default_concurrency)
            .max(1);
        // Answers as they arrive, cleaned: cached at once (paid work survives a kill), and kept
        // for the documents when their batch fails later.
        let received: std::sync::Mutex<HashMap<String, Cleaned>> = Default::default();
        let meter = Meter::new(|request: &Request, translation: &Translation| {
            let Ok(clean) = clean_answer(request, &translation.text, &secrets) else {
                return; // empty: never cached; the batch check asks again
            };
            if let Some(store) = self.store {
                // A cache that cannot be written costs money on the next run, not this one.
                let item = (
                    request.text.as_str(),
                    clean.text.as_str(),
                    translation.billed_characters,
                );
                if let Err(e) = store.cache_put(&key, &[item]) {
                    // Not eprintln!: a closed stderr must not panic a paying run.
                    let _ = std::io::Write::write_fmt(
                        &mut std::io::stderr(),
                        format_args!("warning: {e}\n"),
                    );
                }
            }
            lock(&received).insert(request.text.clone(), clean);
        });
        let meter = &meter;
        let mut results = futures_util::stream::iter(requests.iter().enumerate())
            .map(|(n, batch)| async move {
                (
                    n,
                    send_batch_metered(self.backend, batch, &self.langs, &self.policy, meter).await,
                )
            })
            .buffer_unordered(concurrency);
        let mut failure: Option<BackendError> = None;
        let mut applied = vec![false; to_send.len()];
        let mut finish = |i: usize, clean: Cleaned, stats: &mut Stats| {
            if std::mem::replace(&mut applied[i], true) {
                return;
            }
            let item = &to_send[i];
            let sent = item.request.text.chars().count() as u64;
            let same = waiting.remove(&item.request.text).unwrap_or_default();
            for other in same.iter().chain(std::iter::once(item)) {
                apply(docs, other, &clean, &name);
                stats.translated += 1;
            }
            progress(1 + same.len(), sent * (1 + same.len() as u64));
        };
        // After a failure the stream is drained, not dropped: the meter refuses every new
        // request, and answers already on their way (paid for) are still received and kept.
        while let Some((n, (result, retries))) = results.next().await {
            stats.retries += retries as usize;
            match result {
                Ok(translations) => {
                    for (&i, tr) in plan[n].iter().zip(&translations) {
                        let clean = clean_answer(&to_send[i].request, &tr.text, &secrets)
                            .unwrap_or_else(|_| Cleaned::plain(tr.text.clone()));
                        finish(i, clean, &mut stats);
                    }
                }
                Err(e) => {
                    meter.halt(&e);
                    failure.get_or_insert(e);
                }
            }
        }
        drop(results);
        if failure.is_some() {
            let mut received = lock(&received);
            for (i, item) in to_send.iter().enumerate() {
                if let Some(clean) = received.remove(&item.request.text) {
                    finish(i, clean, &mut stats);
                }
            }
        }
        stats.requests = meter.requests();
        stats.texts_sent = meter.texts();
        stats.characters_sent = meter.characters();
        stats.characters_billed = meter.billed();
        match failure {
            Some(e) => Err((e, stats)),
            None => Ok(stats),
        }
    }
}

/// The check name of the findings the engine puts on a segment whose answer it had to clean.
pub const ANSWER_CHECK: &str = "backend-answer";

/// A backend's answer made safe to store and write, with what was done to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The text.
    pub text: String,
    /// What was removed or replaced, for the reviewer (empty when nothing was).
    pub notes: Vec<String>,
}

impl Cleaned {
    fn plain(text: String) -> Cleaned {
        Cleaned {
            text,
            notes: Vec::new(),
        }
    }
}

/// Makes one answer safe: the only place where backend output is checked before the cache,
/// the documents and every output see it.
///
/// - Line breaks, tabs and the other whitespace controls become one space. A segment is one
///   sentence and its English one paragraph of the review file, where wrapped lines join with
///   a space anyway; a raw blank line would end that paragraph and the rest would be read as
///   something else. Engines that wrap long lines do nothing wrong, so this is not flagged.
/// - Every other control character (NUL, escape, the C1 range) is removed and the segment
///   flagged: nothing a translation needs, and raw they make the files the tool writes
///   unreadable to its own commands and to editors.
/// - A configured secret (the API key) that the server echoed back is replaced by
///   `<redacted>`, and the segment flagged.
/// - An empty or whitespace-only answer for a non-empty text is a bad response (retried,
///   never cached).
pub fn clean_answer(
    request: &Request,
    answer: &str,
    secrets: &[String],
) -> Result<Cleaned, BackendError> {
    let mut text = String::with_capacity(answer.len());
    let mut removed = 0usize;
    let mut space = false;
    for ch in answer.chars() {
        if matches!(
            ch,
            '\n' | '\r' | '\t' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        ) {
            space = !text.is_empty();
        } else if ch.is_control() {
            removed += 1;
        } else if space && ch.is_whitespace() {
            // absorbed into the one space a line break leaves
        } else {
            if std::mem::take(&mut space) && !text.ends_with(char::is_whitespace) {
                text.push(' ');
            }
            text.push(ch);
        }
    }
    let mut notes = Vec::new();
    if removed > 0 {
        notes.push(format!(
            "the backend's answer held {removed} control character{} (removed)",
            if removed == 1 { "" } else { "s" }
        ));
    }
    let mut redacted = false;
    for secret in secrets.iter().filter(|s| s.len() >= 4) {
        if text.contains(secret.as_str()) {
            text = text.replace(secret.as_str(), "<redacted>");
            redacted = true;
        }
    }
    if redacted {
        notes.push("the backend's answer held the API key (replaced by <redacted>)".into());
    }
    if text.trim().is_empty() && !request.text.trim().is_empty() {
        return Err(BackendError::BadResponse(format!(
            "empty translation for segment {}",
            request.id
        )));
    }
    Ok(Cleaned { text, notes })
}

fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Writes one translation into its segment, with a finding for what cleaning it took.
fn apply(docs: &mut [Document], item: &Pending, clean: &Cleaned, backend: &str) {
    let seg = &mut docs[item.doc].paragraphs[item.paragraph].segments[item.segment];
    seg.mt = Some(clean.text.clone());
    seg.target = Some(clean.text.clone());
    seg.origin = Origin::Backend(backend.to_string());
    seg.state = SegmentState::Machine;
    for note in &clean.notes {
        seg.qa.push(QaFinding {
            check: ANSWER_CHECK.into(),
            severity: Severity::Warning,
            message: note.clone(),
        });
    }
}

/// One translation per text, none of them empty where the text is not.
fn check_answers(t: Vec<Translation>, batch: &[Request]) -> Result<Vec<Translation>, BackendError> {
    if t.len() != batch.len() {
        return Err(super::http::wrong_count(batch.len(), t.len()));
    }
    for (request, translation) in batch.iter().zip(&t) {
        clean_answer(request, &translation.text, &[])?;
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_in_joined_lines() {
        let src = "Menteri\n  Pertahanan Rusia";
        let joined = collapse_whitespace(src);
        let start = collapsed_pos(src, src.find("Pertahanan").unwrap());
        let end = collapsed_pos(src, src.find(" Rusia").unwrap());
        assert_eq!(&joined[start..end], "Pertahanan");
    }

    #[test]
    fn a_paragraph_is_one_shared_context_not_a_copy_per_sentence() {
        let line = "Tentara Rusia tiba di Minsk. Mereka berlatih bersama. ".repeat(500);
        let mut doc = crate::segment::segment("long.txt", format!("{}\n", line.trim_end()));
        let (pending, _) = pending(&mut doc);
        assert!(pending.len() >= 1000, "{}", pending.len());
        let first = pending[0].request.context.clone().expect("a context");
        assert!(first.len() > 25_000);
        // One allocation for the paragraph, however many sentences it has.
        assert!(pending.iter().all(|p| p
            .request
            .context
            .as_ref()
            .is_some_and(|c| Arc::ptr_eq(c, &first))));
    }

    #[test]
    fn clean_answer_decides_once_for_every_backend() {
        let request = Request {
            id: "1.1".into(),
            text: "Tentara tiba.".into(),
            context: None,
            terms: vec![],
        };
        let clean = |a: &str| clean_answer(&request, a, &["sk-key-1234".into()]);
        assert!(matches!(clean(" \n\t"), Err(BackendError::BadResponse(_))));
        assert!(matches!(
            clean("\u{0}\u{7}"),
            Err(BackendError::BadResponse(_))
        ));
        let c = clean("Troops\r\n\n  arrived\u{0}.\u{1b}").unwrap();
        assert_eq!(c.text, "Troops arrived.");
        assert_eq!(c.notes.len(), 1);
        let c = clean("Troops arrived. sk-key-1234").unwrap();
        assert_eq!(c.text, "Troops arrived. <redacted>");
        assert_eq!(c.notes.len(), 1);
        assert_eq!(clean("Troops arrived.").unwrap().notes.len(), 0);
        let empty = Request {
            text: " ".into(),
            ..request.clone()
        };
        assert!(clean_answer(&empty, "", &[]).is_ok());
    }

    #[test]
    fn batches_respect_limits() {
        let mk = |n: usize| Pending {
            doc: 0,
            paragraph: 0,
            segment: 0,
            request: Request {
                id: String::new(),
                text: "x".repeat(n),
                context: None,
                terms: vec![],
            },
        };
        let items: Vec<Pending> = [5, 5, 5, 20, 1].into_iter().map(mk).collect();
        assert_eq!(
            batches(&items, 2, 12),
            [vec![0, 1], vec![2], vec![3], vec![4]]
        );
        assert_eq!(batches(&items, 10, 100), [vec![0, 1, 2, 3, 4]]);
        assert_eq!(pack(&[1; 120], 50, 1000), [0..50, 50..100, 100..120]);
        assert!(pack(&[], 50, 10).is_empty());
    }
}
