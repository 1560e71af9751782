//! The DeepL backend: API v2 text translation, with the project glossary pushed to DeepL as a
//! native glossary.
//!
//! Wire protocol (`shared/reference/mt-apis.md` §1):
//! - `POST {endpoint}/v2/translate`, JSON, header `Authorization: DeepL-Auth-Key <key>`. Body:
//!   `text` (one sentence per element), `source_lang` (`ID`), `target_lang` (`EN-GB`, or
//!   `EN-US` for `--to en-US`), `split_sentences: "nonewlines"`, `show_billed_characters:
//!   true`, and as needed `context`, `glossary_id`, `tag_handling: "xml"`. Answer:
//!   `{"translations":[{"detected_source_language":"ID","text":"...","billed_characters":26}]}`.
//! - Host: a key ending in `:fx` is a Free key (`https://api-free.deepl.com`), any other a Pro
//!   key (`https://api.deepl.com`), unless an endpoint is configured ([`default_endpoint`]).
//! - Limits: at most 50 texts and 128 KiB of body per request.
//! - Errors: `{"message"}`; 403 bad key (the message names `DEEPL_AUTH_KEY`), 456 quota
//!   exhausted (the run stops at once), 429, 5xx and 529 retried by the engine.
//! - Glossaries, v3 endpoints: `POST /v3/glossaries` with one `id` -> `en` dictionary in TSV,
//!   `GET /v3/glossaries/{id}` to check a stored one still exists, `DELETE` to replace it.
//!
//! **Context.** DeepL takes one `context` per request and applies it to every text in the
//! request. A batch from the engine may hold sentences of several paragraphs, so it is sent as
//! one request per distinct context (sentences of one-sentence paragraphs, which have no
//! context, travel together): each sentence is translated with exactly its own paragraph as
//! context, never a neighbour's, and is billed alone (context is free). The requests of one
//! batch are sent a few at a time, so a batch still costs about one round trip; a request that
//! succeeded is remembered until its batch succeeds, so when the engine retries a batch for one
//! failed request the others are not paid for twice.
//!
//! **Glossary.** [`Backend::prepare`] creates one DeepL glossary per glossary version (named
//! `terjemah id-en <version>`), keeps its id in the project's state store under
//! `deepl.glossary.<version>` and reuses it on later runs after checking it still exists. When
//! the version changes, the old glossary is deleted first (a Free account may hold a single
//! glossary) and a new one created. v3 rather than the v2 glossary endpoints because DeepL
//! added Indonesian glossaries with v3 and recommends v3 for all glossary work; the id works
//! with `/v2/translate` either way. When DeepL refuses the glossary (an older server without
//! Indonesian glossaries answers 400, a full account 456) or there is none, terms are sent as
//! markup instead: each term becomes `<x id="N"/>` with `tag_handling: "xml"` and the tag is
//! replaced by the glossary's English afterwards ([`markup`]). A refusal never stops the run;
//! [`DeeplBackend::glossary_mode`] says which way terms went.

use super::engine::pack;
use super::options::{BackendOptions, Secret};
use super::{
    http, markup, Backend, BackendError, BackendFuture, GlossaryTerms, LangPair, Limits, Meter,
    PrepareFuture, Request, StateStore, Translation,
};
use futures_util::stream::{self, StreamExt};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, MutexGuard};

/// DeepL API Free.
pub const FREE_ENDPOINT: &str = "https://api-free.deepl.com";
/// DeepL API Pro.
pub const PRO_ENDPOINT: &str = "https://api.deepl.com";

/// Texts per request: the API reference's limit (the 2021 release notes say it was lifted, the
/// reference still states it, so stay within it).
const MAX_TEXTS: usize = 50;
/// Request body limit of `/v2/translate`.
const MAX_BODY: usize = 128 * 1024;
/// Characters of text the engine puts in one batch. Indonesian news is nearly all ASCII, so
/// this is ~25 KB; even four-byte characters with their JSON quoting and a paragraph of context
/// stay under [`MAX_BODY`], which [`DeeplBackend::plan`] enforces exactly anyway.
const MAX_CHARS: usize = 25_000;
/// Requests of one batch in flight at once (one per distinct context).
const PARTS_IN_FLIGHT: usize = 4;
/// The state-store key of the glossary version last pushed.
const CURRENT_GLOSSARY: &str = "deepl.glossary.current";

/// The host for `key`: Free keys end in `:fx` (as the official clients decide).
pub fn default_endpoint(key: &str) -> &'static str {
    if key.trim().ends_with(":fx") {
        FREE_ENDPOINT
    } else {
        PRO_ENDPOINT
    }
}

/// DeepL's `target_lang` for a target as the user wrote it: English needs a variant (`en` and
/// `en-GB` are British, `en-US` American; other English variants follow British spelling);
/// Portuguese and Chinese likewise; anything else is upper-cased.
pub fn target_lang(to: &str) -> String {
    let code = to.trim().replace('_', "-").to_ascii_lowercase();
    match code.as_str() {
        "en-us" => "EN-US".into(),
        "en" => "EN-GB".into(),
        c if c.starts_with("en-") => "EN-GB".into(),
        "pt" | "pt-pt" => "PT-PT".into(),
        "pt-br" => "PT-BR".into(),
        "zh" | "zh-cn" | "zh-hans" => "ZH-HANS".into(),
        "zh-tw" | "zh-hk" | "zh-hant" => "ZH-HANT".into(),
        c => c.to_ascii_uppercase(),
    }
}

/// DeepL's `source_lang`: the language without a variant, upper-cased (`id` -> `ID`).
pub fn source_lang(from: &str) -> String {
    base_lang(from).to_ascii_uppercase()
}

/// A glossary's language: the language without a variant, lower-cased (an `en` glossary
/// serves both `EN-GB` and `EN-US`).
fn glossary_lang(code: &str) -> String {
    base_lang(code).to_ascii_lowercase()
}

fn base_lang(code: &str) -> &str {
    let code = code.trim();
    code.split(['-', '_']).next().unwrap_or(code)
}

/// The glossary as DeepL's TSV entries (`source\ttarget` lines) and how many there are.
/// Entries DeepL would refuse (empty, holding a tab or line break, over 1024 bytes) and
/// repeated sources (DeepL answers 400 to a duplicate) are left out, so one bad row does not
/// cost the whole glossary.
pub fn glossary_entries(terms: &GlossaryTerms) -> (String, usize) {
    let mut seen = std::collections::HashSet::new();
    let mut out = String::new();
    let mut count = 0;
    for (source, target) in &terms.pairs {
        let (s, t) = (source.trim(), target.trim());
        let bad = |x: &str| {
            x.is_empty() || x.len() > 1024 || x.contains(['\t', '\n', '\r']) || x.contains('\u{0}')
        };
        if bad(s) || bad(t) || !seen.insert(s) {
            continue;
        }
        out.push_str(s);
        out.push('\t');
        out.push_str(t);
        out.push('\n');
        count += 1;
    }
    (out, count)
}

/// How glossary terms reach DeepL in this run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GlossaryMode {
    /// No DeepL glossary (no glossary terms, or [`Backend::prepare`] not called): terms go as
    /// XML markup.
    Markup,
    /// Terms are enforced by this DeepL glossary, for this language pair.
    Native {
        /// The glossary id.
        id: String,
        /// Source language of the glossary (`id`).
        from: String,
        /// Target language of the glossary (`en`).
        to: String,
    },
    /// DeepL did not take the glossary, for this reason: terms go as XML markup.
    Refused(String),
}

/// The DeepL backend.
pub struct DeeplBackend {
    client: reqwest::Client,
    endpoint: String,
    key: Secret,
    key_var: &'static str,
    glossary: Mutex<GlossaryMode>,
    /// Answers of requests whose batch has not succeeded yet, by request body: a retried
    /// batch does not pay again for the requests that went through.
    done: Mutex<HashMap<String, Vec<Translation>>>,
}

impl fmt::Debug for DeeplBackend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeeplBackend")
            .field("endpoint", &self.endpoint)
            .field("key", &self.key)
            .field("glossary", &*lock(&self.glossary))
            .finish()
    }
}

/// One HTTP request of a batch: texts sharing a context.
#[derive(Debug)]
struct Part {
    /// Indexes of the texts in the batch.
    items: Vec<usize>,
    /// For markup requests, the English of each text's tags.
    targets: Option<Vec<Vec<String>>>,
    /// The JSON body.
    body: String,
}

impl DeeplBackend {
    /// A backend for the key in `options` (`DEEPL_AUTH_KEY`), at `options.endpoint` or the
    /// host the key belongs to.
    pub fn new(options: &BackendOptions) -> Result<DeeplBackend, String> {
        let key = options.require_key("deepl")?.clone();
        let endpoint = options.endpoint_or(default_endpoint(key.expose()));
        let client = http::client().map_err(|e| e.to_string())?;
        Ok(DeeplBackend {
            client,
            endpoint,
            key,
            key_var: options.key_var.unwrap_or("DEEPL_AUTH_KEY"),
            glossary: Mutex::new(GlossaryMode::Markup),
            done: Mutex::new(HashMap::new()),
        })
    }

    /// The base URL requests go to.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// How glossary terms are sent in this run (decided by [`Backend::prepare`]).
    pub fn glossary_mode(&self) -> GlossaryMode {
        lock(&self.glossary).clone()
    }

    /// The strings no message may contain: the key, and the key without its `:fx`.
    fn key_forms(&self) -> [&str; 2] {
        let key = self.key.expose();
        [key, key.strip_suffix(":fx").unwrap_or(key)]
    }

    /// The glossary id to send with `langs`, if a native glossary covers that pair.
    fn glossary_for(&self, langs: &LangPair) -> Option<String> {
        match &*lock(&self.glossary) {
            GlossaryMode::Native { id, from, to }
                if *from == glossary_lang(&langs.from) && *to == glossary_lang(&langs.to) =>
            {
                Some(id.clone())
            }
            _ => None,
        }
    }

    /// Cuts a batch into requests: one group per distinct context (in order of first
    /// appearance), each cut to 50 texts and 128 KiB of body. Empty texts are not sent.
    fn plan(&self, batch: &[Request], glossary: Option<&str>, langs: &LangPair) -> Vec<Part> {
        let source = source_lang(&langs.from);
        let target = target_lang(&langs.to);
        let mut groups: Vec<(Option<&str>, Vec<usize>)> = Vec::new();
        for (i, req) in batch.iter().enumerate() {
            if req.text.trim().is_empty() {
                continue;
            }
            let context = req.context.as_deref().filter(|c| !c.trim().is_empty());
            match groups.iter_mut().find(|(c, _)| *c == context) {
                Some((_, items)) => items.push(i),
                None => groups.push((context, vec![i])),
            }
        }
        let mut parts = Vec::new();
        for (context, items) in groups {
            // Markup only where there are terms and no DeepL glossary to enforce them: XML
            // mode changes how DeepL reads the text, so plain sentences are sent plain.
            let xml = glossary.is_none() && items.iter().any(|&i| !batch[i].terms.is_empty());
            let (texts, targets): (Vec<String>, Vec<Vec<String>>) = items
                .iter()
                .map(|&i| {
                    if xml {
                        markup::protect(&batch[i])
                    } else {
                        (batch[i].text.clone(), Vec::new())
                    }
                })
                .unzip();
            let body_of = |texts: &[String], context: Option<&str>| {
                body(texts, &source, &target, context, glossary, xml)
            };
            // A paragraph so long that it would crowd out the sentences is left out: context
            // helps, the sentences are what is paid for.
            let mut context = context;
            if body_of(&[], context).len() > MAX_BODY / 2 {
                context = None;
            }
            let overhead = body_of(&[], context).len();
            let sizes: Vec<usize> = texts.iter().map(|t| http::json_len(t) + 1).collect();
            for range in pack(&sizes, MAX_TEXTS, MAX_BODY.saturating_sub(overhead)) {
                parts.push(Part {
                    items: items[range.clone()].to_vec(),
                    targets: xml.then(|| targets[range.clone()].to_vec()),
                    body: body_of(&texts[range], context),
                });
            }
        }
        parts
    }

    async fn translate_batch(
        &self,
        batch: &[Request],
        langs: &LangPair,
        meter: &Meter<'_>,
    ) -> Result<Vec<Translation>, BackendError> {
        let glossary = self.glossary_for(langs);
        let parts = self.plan(batch, glossary.as_deref(), langs);
        // The futures are made before the stream (a closure in `map` trips the compiler's
        // check that the boxed future is `Send` for every lifetime).
        let sends: Vec<_> = parts
            .iter()
            .map(|part| self.send_part(part, batch, meter))
            .collect();
        let answers: Vec<Result<Vec<Translation>, BackendError>> = stream::iter(sends)
            .buffered(PARTS_IN_FLIGHT)
            .collect()
            .await;
        let mut out: Vec<Option<Translation>> = batch
            .iter()
            .map(|r| {
                r.text.trim().is_empty().then(|| Translation {
                    text: r.text.clone(),
                    billed_characters: Some(0),
                })
            })
            .collect();
        let mut failure: Option<BackendError> = None;
        for (part, answer) in parts.iter().zip(answers) {
            match answer {
                Ok(translations) => {
                    for (&i, t) in part.items.iter().zip(translations) {
                        out[i] = Some(t);
                    }
                }
                // The error the engine acts on: one that no retry can fix wins (a quota
                // exhausted must stop the run even if another request only hit a 5xx).
                Err(e) => match &failure {
                    Some(f) if !f.is_retryable() || e.is_retryable() => {}
                    _ => failure = Some(e),
                },
            }
        }
        if let Some(e) = failure {
            return Err(e);
        }
        let mut done = lock(&self.done);
        for part in &parts {
            done.remove(&part.body);
        }
        drop(done);
        out.into_iter()
            .map(|t| t.ok_or_else(|| BackendError::BadResponse("a text got no translation".into())))
            .collect()
    }

    /// Sends one request (unless it already went through in an earlier try of its batch),
    /// telling `meter` when it leaves and what came back: each answer is cached as it arrives,
    /// and after a quota answer to any request no other one is sent.
    async fn send_part(
        &self,
        part: &Part,
        batch: &[Request],
        meter: &Meter<'_>,
    ) -> Result<Vec<Translation>, BackendError> {
        if let Some(known) = lock(&self.done).get(&part.body) {
            return Ok(known.clone());
        }
        // Collected first: a closure in the iterator trips the compiler's check that the boxed
        // future is `Send` for every lifetime.
        let requests: Vec<&Request> = part.items.iter().map(|&i| &batch[i]).collect();
        meter.exchange(requests, self.send_part_once(part)).await
    }

    async fn send_part_once(&self, part: &Part) -> Result<Vec<Translation>, BackendError> {
        let secrets = self.key_forms();
        let request = self
            .client
            .post(format!("{}/v2/translate", self.endpoint))
            .header(AUTHORIZATION, self.auth_header())
            .header(CONTENT_TYPE, "application/json")
            .body(part.body.clone());
        let reply = http::send(request, &secrets).await?;
        self.check(&reply)?;
        let value = http::json(&reply, &secrets)?;
        let list = http::answer_list(&value, "/translations", part.items.len())?;
        let mut out = Vec::with_capacity(list.len());
        for (n, item) in list.iter().enumerate() {
            let text = http::item_text(item, "/text", n)?;
            let text = match &part.targets {
                // Missing tags are left for the glossary check to report.
                Some(targets) => markup::restore(&text, &targets[n]).0,
                None => text,
            };
            out.push(Translation {
                text,
                billed_characters: item.get("billed_characters").and_then(Value::as_u64),
            });
        }
        let mut done = lock(&self.done);
        // Entries of batches that failed for good stay behind; a long run should not pile
        // them up.
        if done.len() >= 256 {
            done.clear();
        }
        done.insert(part.body.clone(), out.clone());
        Ok(out)
    }

    fn auth_header(&self) -> String {
        format!("DeepL-Auth-Key {}", self.key.expose())
    }

    /// [`http::check`], with a hint when the key and the host do not belong together (a Free
    /// key on the Pro host is refused with 403).
    fn check(&self, reply: &http::Reply) -> Result<(), BackendError> {
        http::check(reply, &self.key_forms(), Some(self.key_var)).map_err(|e| match e {
            BackendError::Auth(message) => {
                let free_key = default_endpoint(self.key.expose()) == FREE_ENDPOINT;
                let hint = if free_key && self.endpoint == PRO_ENDPOINT {
                    format!("; a key ending in :fx is a Free key, for {FREE_ENDPOINT}")
                } else if !free_key && self.endpoint == FREE_ENDPOINT {
                    format!("; a key without :fx is a Pro key, for {PRO_ENDPOINT}")
                } else {
                    String::new()
                };
                BackendError::Auth(format!("{message}{hint}"))
            }
            other => other,
        })
    }

    fn glossary_url(&self, id: Option<&str>) -> Result<reqwest::Url, BackendError> {
        let bad = |what: String| BackendError::BadRequest(format!("bad DeepL endpoint: {what}"));
        let mut url = reqwest::Url::parse(&format!("{}/v3/glossaries", self.endpoint))
            .map_err(|e| bad(e.to_string()))?;
        if let Some(id) = id {
            // The id comes from the server: a path segment, escaped, never raw path.
            url.path_segments_mut()
                .map_err(|()| bad(self.endpoint.clone()))?
                .push(id);
        }
        Ok(url)
    }

    /// Whether the glossary `id` still exists on this account.
    async fn glossary_exists(&self, id: &str) -> Result<bool, BackendError> {
        let request = self
            .client
            .get(self.glossary_url(Some(id))?)
            .header(AUTHORIZATION, self.auth_header());
        let reply = http::send(request, &self.key_forms()).await?;
        if reply.status == 404 {
            return Ok(false);
        }
        self.check(&reply)?;
        Ok(true)
    }

    /// Deletes the glossary `id`; one already gone counts as deleted.
    async fn delete_glossary(&self, id: &str) -> Result<(), BackendError> {
        let request = self
            .client
            .delete(self.glossary_url(Some(id))?)
            .header(AUTHORIZATION, self.auth_header());
        let reply = http::send(request, &self.key_forms()).await?;
        if reply.status == 404 {
            return Ok(());
        }
        self.check(&reply)
    }

    /// Creates a glossary and returns its id.
    async fn create_glossary(
        &self,
        name: &str,
        from: &str,
        to: &str,
        entries: &str,
    ) -> Result<String, BackendError> {
        let body = json!({
            "name": name,
            "dictionaries": [{
                "source_lang": from,
                "target_lang": to,
                "entries": entries,
                "entries_format": "tsv",
            }],
        });
        let secrets = self.key_forms();
        let request = self
            .client
            .post(self.glossary_url(None)?)
            .header(AUTHORIZATION, self.auth_header())
            .header(CONTENT_TYPE, "application/json")
            .body(body.to_string());
        let reply = http::send(request, &secrets).await?;
        self.check(&reply)?;
        http::json(&reply, &secrets)?
            .get("glossary_id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
            .map(str::to_string)
            .ok_or_else(|| BackendError::BadResponse("the answer has no `glossary_id`".into()))
    }

    /// Makes sure DeepL holds the glossary of `terms`, and says how terms go in this run.
    async fn push_glossary(
        &self,
        terms: &GlossaryTerms,
        langs: &LangPair,
        store: &dyn StateStore,
    ) -> GlossaryMode {
        let (entries, count) = glossary_entries(terms);
        if count == 0 {
            return GlossaryMode::Markup;
        }
        let (from, to) = (glossary_lang(&langs.from), glossary_lang(&langs.to));
        let native = |id: String| GlossaryMode::Native {
            id,
            from: from.clone(),
            to: to.clone(),
        };
        let key = format!("deepl.glossary.{}", terms.version);
        if let Some(id) = store.get(&key).filter(|id| !id.is_empty()) {
            match self.glossary_exists(&id).await {
                Ok(false) => {}
                // A failed check (network, a bad key) does not mean the glossary is gone: use
                // it, and let the translation request report what is wrong.
                Ok(true) | Err(_) => {
                    store.set(CURRENT_GLOSSARY, &terms.version);
                    return native(id);
                }
            }
        }
        // Delete the previous version's glossary before creating the new one: a Free account
        // may hold only one glossary.
        if let Some(old) = store.get(CURRENT_GLOSSARY).filter(|v| *v != terms.version) {
            let old_key = format!("deepl.glossary.{old}");
            if let Some(old_id) = store.get(&old_key).filter(|id| !id.is_empty()) {
                if self.delete_glossary(&old_id).await.is_ok() {
                    store.set(&old_key, "");
                }
            }
        }
        let name = format!("terjemah {from}-{to} {}", terms.version);
        match self.create_glossary(&name, &from, &to, &entries).await {
            Ok(id) => {
                store.set(&key, &id);
                store.set(CURRENT_GLOSSARY, &terms.version);
                native(id)
            }
            // Nothing is stored, so the next run asks again.
            Err(e) => GlossaryMode::Refused(e.to_string()),
        }
    }
}

impl Backend for DeeplBackend {
    fn name(&self) -> &str {
        "deepl"
    }

    fn notices(&self) -> Vec<String> {
        match self.glossary_mode() {
            GlossaryMode::Refused(reason) => vec![format!(
                "DeepL did not take the glossary ({reason}); glossary terms were sent as markup instead"
            )],
            _ => Vec::new(),
        }
    }

    fn model(&self) -> Option<String> {
        Some("v2".into())
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: MAX_TEXTS,
            max_chars: MAX_CHARS,
            default_concurrency: 4,
        }
    }

    fn translate_metered<'a>(
        &'a self,
        batch: &'a [Request],
        langs: &'a LangPair,
        meter: &'a Meter<'a>,
    ) -> BackendFuture<'a> {
        Box::pin(self.translate_batch(batch, langs, meter))
    }

    fn secrets(&self) -> Vec<String> {
        self.key_forms().iter().map(|s| s.to_string()).collect()
    }

    fn native_glossary(&self) -> bool {
        true
    }

    fn prepare<'a>(
        &'a self,
        terms: &'a GlossaryTerms,
        langs: &'a LangPair,
        store: &'a dyn StateStore,
    ) -> PrepareFuture<'a> {
        Box::pin(async move {
            let mode = self.push_glossary(terms, langs, store).await;
            *lock(&self.glossary) = mode;
            Ok(())
        })
    }
}

/// The `/v2/translate` body.
fn body(
    texts: &[String],
    source: &str,
    target: &str,
    context: Option<&str>,
    glossary: Option<&str>,
    xml: bool,
) -> String {
    let mut body = json!({
        "text": texts,
        "source_lang": source,
        "target_lang": target,
        // One sentence per text already; DeepL may still split a quote holding several, but
        // must not treat a line break as a sentence end.
        "split_sentences": "nonewlines",
        "show_billed_characters": true,
    });
    if let Some(context) = context {
        body["context"] = context.into();
    }
    if let Some(id) = glossary {
        body["glossary_id"] = id.into();
    }
    if xml {
        body["tag_handling"] = "xml".into();
    }
    body.to_string()
}

/// Locks `m`, shrugging off poisoning (the data are plain values, valid at every point).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_by_key_suffix() {
        assert_eq!(default_endpoint("0a1b2c3d-aaaa:fx"), FREE_ENDPOINT);
        assert_eq!(default_endpoint("0a1b2c3d-aaaa"), PRO_ENDPOINT);
    }

    #[test]
    fn language_codes() {
        assert_eq!(target_lang("en"), "EN-GB");
        assert_eq!(target_lang("en-GB"), "EN-GB");
        assert_eq!(target_lang("en-us"), "EN-US");
        assert_eq!(target_lang("en_US"), "EN-US");
        assert_eq!(target_lang("en-AU"), "EN-GB");
        assert_eq!(target_lang("de"), "DE");
        assert_eq!(target_lang("pt"), "PT-PT");
        assert_eq!(source_lang("id"), "ID");
        assert_eq!(source_lang("en-GB"), "EN");
        assert_eq!(glossary_lang("en-US"), "en");
    }

    #[test]
    fn glossary_entries_skip_what_deepl_refuses() {
        let terms = GlossaryTerms {
            version: "v1".into(),
            pairs: vec![
                ("Menteri Pertahanan".into(), "Defence Minister".into()),
                ("Menteri Pertahanan".into(), "Minister of Defence".into()),
                ("bad\tterm".into(), "x".into()),
                ("  ".into(), "x".into()),
                ("Kemhan".into(), "Defence Ministry".into()),
            ],
        };
        assert_eq!(
            glossary_entries(&terms),
            (
                "Menteri Pertahanan\tDefence Minister\nKemhan\tDefence Ministry\n".into(),
                2
            )
        );
    }
}
