//! The engine around a [`Backend`]: picks the segments of every document that need translating,
//! answers what it can from the cache, builds requests (joined lines, paragraph context,
//! glossary hints), cuts them into batches within the backend's limits, sends them with bounded
//! concurrency, retries what can be retried (backoff with jitter, `Retry-After`, timeouts),
//! checks every answer's count, and writes results into the documents and the cache as they
//! arrive, so a failure keeps what was done and a re-run does not pay twice.

use super::{
    Backend, BackendError, GlossaryTerms, LangPair, MemoryStore, Request, StateStore, TermHint,
    Translation,
};
use crate::doc::{collapse_whitespace, Document, Origin, SegmentKind, SegmentState};
use crate::store::{CacheKey, Store};
use futures_util::StreamExt;
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;
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
    /// Characters sent (Unicode scalar values of the request texts).
    pub characters_sent: u64,
    /// Characters the service reported billing; equal to sent for backends that do not say.
    pub characters_billed: u64,
    /// Requests made, retries included.
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
        let context =
            (par.segments.len() > 1).then(|| collapse_whitespace(&doc.text[par.span.clone()]));
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
/// answers with the wrong number of translations; gives up at once on errors no retry can fix
/// (auth, quota, bad request). Returns the translations and how many retries it took.
pub async fn send_batch(
    backend: &dyn Backend,
    batch: &[Request],
    langs: &LangPair,
    policy: &RetryPolicy,
) -> Result<(Vec<Translation>, u32), BackendError> {
    let mut attempt = 1;
    loop {
        let answer =
            match tokio::time::timeout(policy.timeout, backend.translate(batch, langs)).await {
                Ok(answer) => answer.and_then(|t| check_count(t, batch.len())),
                Err(_) => Err(BackendError::Retryable(format!(
                    "no answer within {} s",
                    policy.timeout.as_secs_f64()
                ))),
            };
        match answer {
            Ok(t) => return Ok((t, attempt - 1)),
            Err(e) if !e.is_retryable() || attempt >= policy.max_attempts => return Err(e),
            Err(e) => {
                tokio::time::sleep(policy.delay(attempt, &e)).await;
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

        // The cache, and identical sentences within the run, are answered without sending.
        let mut to_send: Vec<Pending> = Vec::new();
        let mut waiting: HashMap<String, Vec<Pending>> = HashMap::new();
        for item in items {
            let cached = self
                .store
                .and_then(|s| s.cache_get(&key, &item.request.text).ok().flatten());
            if let Some((text, _)) = cached {
                stats.cache_hits += 1;
                if !self.dry_run {
                    apply(docs, &item, text, &name);
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
        let mut results = futures_util::stream::iter(requests.iter().enumerate())
            .map(|(n, batch)| async move {
                (
                    n,
                    send_batch(self.backend, batch, &self.langs, &self.policy).await,
                )
            })
            .buffer_unordered(concurrency);
        while let Some((n, result)) = results.next().await {
            let (translations, retries) = match result {
                Ok(ok) => ok,
                // In-flight batches are dropped with the stream; what arrived is kept.
                Err(e) => return Err((e, stats)),
            };
            stats.requests += 1 + retries as usize;
            stats.retries += retries as usize;
            let mut for_cache = Vec::with_capacity(translations.len());
            for (&i, tr) in plan[n].iter().zip(&translations) {
                let item = &to_send[i];
                let sent = item.request.text.chars().count() as u64;
                stats.characters_sent += sent;
                stats.characters_billed += tr.billed_characters.unwrap_or(sent);
                for_cache.push((
                    item.request.text.as_str(),
                    tr.text.as_str(),
                    tr.billed_characters,
                ));
                let same = waiting.remove(&item.request.text).unwrap_or_default();
                for other in same.iter().chain(std::iter::once(item)) {
                    apply(docs, other, tr.text.clone(), &name);
                    stats.translated += 1;
                }
                progress(1 + same.len(), sent * (1 + same.len() as u64));
            }
            if let Some(store) = self.store {
                // A cache that cannot be written costs money on the next run, not this one.
                if let Err(e) = store.cache_put(&key, &for_cache) {
                    let _ = std::io::Write::write_fmt(
                        &mut std::io::stderr(),
                        format_args!("warning: {e}\n"),
                    );
                }
            }
        }
        Ok(stats)
    }
}

/// Writes one translation into its segment.
fn apply(docs: &mut [Document], item: &Pending, text: String, backend: &str) {
    let seg = &mut docs[item.doc].paragraphs[item.paragraph].segments[item.segment];
    seg.mt = Some(text.clone());
    seg.target = Some(text);
    seg.origin = Origin::Backend(backend.to_string());
    seg.state = SegmentState::Machine;
}

fn check_count(t: Vec<Translation>, expected: usize) -> Result<Vec<Translation>, BackendError> {
    if t.len() == expected {
        Ok(t)
    } else {
        Err(BackendError::BadResponse(format!(
            "sent {expected} texts, got {} translations back",
            t.len()
        )))
    }
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
