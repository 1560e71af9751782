//! The `openai` backend: a large language model behind any OpenAI-compatible chat endpoint
//! (OpenAI, llama.cpp, vLLM, LM Studio) or Ollama's native chat API.
//!
//! # Wire protocol
//!
//! One batch is one chat exchange. The system message says how to translate (British English,
//! or American for `en-US`; names kept; numbers in English format; glossary terms exactly,
//! plural or possessive allowed; JSON only). The user message is itself JSON, written in
//! document order:
//!
//! ```json
//! {"glossary": {"Menteri Pertahanan": "Defence Minister"},
//!  "context": "the paragraph(s) the segments come from",
//!  "segments": {"2.1": "Menteri Pertahanan Shoigu menyebut ...", "2.2": "..."}}
//! ```
//!
//! The glossary holds only the entries that hit the batch's segments, as they appear in the
//! text. Segment keys are the segment ids (`s1`, `s2`, ... when the batch's ids are empty or
//! repeated).
//!
//! * **OpenAI-compatible** (`POST {endpoint}/chat/completions`, default endpoint
//!   `https://api.openai.com/v1`): `model`, `temperature: 0`, `messages`, and a strict
//!   `response_format` of type `json_schema` with one required string property per id and
//!   `additionalProperties: false`. The answer is `choices[0].message.content`. A server that
//!   rejects `response_format` with a 400 (old llama.cpp forks) is asked again without it, and
//!   not offered it again in this run; the prompt still demands JSON. A model that refuses
//!   `temperature: 0` (OpenAI's reasoning models take only the default) is treated the same way.
//! * **Ollama native** (`POST .../api/chat`), chosen when the endpoint's path ends in `/api`
//!   (`http://localhost:11434/api`) or the endpoint is a bare `host:11434` (Ollama's port) with
//!   no path. Ollama's `/v1` cannot set the context size, so an article and its glossary are
//!   silently cut to the model's default 4k tokens; the native API takes `options.num_ctx`,
//!   computed here from the size of the batch (at least 8192, a power of two so that Ollama
//!   does not reload the model for every batch), `stream: false` (it streams by default) and
//!   the schema as `format`. The answer is `message.content`. An endpoint such as
//!   `http://localhost:11434/v1` is taken at its word and spoken to as OpenAI-compatible.
//!
//! The key (`OPENAI_API_KEY`) goes as `Authorization: Bearer`; local servers need none, so
//! without a key no header is sent. The model (`OPENAI_MODEL` or `model` in `translate.toml`)
//! is required: there is no sensible default across servers.
//!
//! # Checking the answer
//!
//! The content must be one JSON object (a single Markdown code fence or a leading `<think>`
//! block around it is tolerated, since local models add them when structured output is off)
//! whose values are strings. Then, per segment: a missing, repeated, non-string or empty answer
//! fails that segment; a missing or empty answer also fails the segment before it (its answer
//! has most likely swallowed this one); an answer that holds another segment's translation or
//! source text, or equals another segment's answer for a different source, is a merge; an
//! unknown id fails the segment it follows (a segment split in two). Failing segments are asked
//! again alone, one request each, and only then is the batch an error. An answer cut off
//! (`finish_reason: "length"`, Ollama's `done_reason`) or a context-length error splits the
//! batch in halves; a single segment that is still cut off is a retryable
//! [`BackendError::BadResponse`], left to the engine.
//!
//! # Errors
//!
//! Bodies come as `{"error":{"message","type","code"}}` (OpenAI, vLLM), with an integer code
//! (llama.cpp: `{"error":{"code":503,"message":"Loading model"}}`, retryable), or as
//! `{"error":"..."}` (LM Studio, Ollama). A 429 whose code is `insufficient_quota` is
//! [`BackendError::QuotaExhausted`] (waiting does not add credit); other 429s are rate limits
//! with `retry-after` / `retry-after-ms`. `x-should-retry` overrides the status when sent.

use super::http::{self, Reply};
use super::options::{BackendOptions, Secret};
use super::{Backend, BackendError, BackendFuture, LangPair, Limits, Meter, Request, Translation};
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::{json, Value};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use BackendError::BadResponse;

/// OpenAI's own endpoint, used when none is configured.
pub const DEFAULT_ENDPOINT: &str = "https://api.openai.com/v1";

/// The variable a key comes from when the options do not say.
const KEY_VAR: &str = "OPENAI_API_KEY";

/// Ollama's default port: a bare `host:11434` endpoint means its native API.
const OLLAMA_PORT: u16 = 11434;

/// The smallest context Ollama is given: its default (4k) cuts an article with its glossary.
const MIN_NUM_CTX: u64 = 8192;

/// The largest context asked of Ollama, whatever the estimate says.
const MAX_NUM_CTX: u64 = 131_072;

/// Shorter texts may legitimately occur inside other answers (a name, "he said"), so the merge
/// check only looks for texts at least this long.
const MERGE_MIN_CHARS: usize = 16;

/// Which protocol the endpoint speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    /// `POST {endpoint}/chat/completions`.
    Chat,
    /// Ollama's `POST .../api/chat`.
    Ollama,
}

/// An LLM behind an OpenAI-compatible or Ollama chat endpoint.
#[derive(Debug)]
pub struct OpenAiBackend {
    client: reqwest::Client,
    api: Api,
    url: String,
    key: Option<Secret>,
    key_var: &'static str,
    model: String,
    timeout: Duration,
    /// Cleared when the server refuses `response_format`, so later batches go without it.
    structured: AtomicBool,
    /// Cleared when the model refuses `temperature: 0` (OpenAI's reasoning models take only
    /// the default).
    temperature: AtomicBool,
}

impl OpenAiBackend {
    /// A backend for `options`: the endpoint (default OpenAI's), an optional key, and the
    /// model, which is required.
    pub fn new(options: &BackendOptions) -> Result<OpenAiBackend, String> {
        let model = options
            .model
            .as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .ok_or(
                "the openai backend needs a model: set OPENAI_MODEL or `model` in translate.toml \
                 (for example gpt-4o-mini, or the name of a local model)",
            )?
            .to_string();
        let endpoint = options.endpoint_or(DEFAULT_ENDPOINT);
        let (api, url) = route(&endpoint)?;
        let client = http::client().map_err(|e| e.to_string())?;
        Ok(OpenAiBackend {
            client,
            api,
            url,
            key: options.key.clone().filter(|k| !k.expose().is_empty()),
            key_var: options.key_var.unwrap_or(KEY_VAR),
            model,
            timeout: options.timeout,
            structured: AtomicBool::new(true),
            temperature: AtomicBool::new(true),
        })
    }

    /// The protocol this backend speaks, decided from the endpoint.
    pub fn api(&self) -> Api {
        self.api
    }

    /// The URL requests go to.
    pub fn url(&self) -> &str {
        &self.url
    }

    fn key_forms(&self) -> Vec<&str> {
        self.key.iter().map(Secret::expose).collect()
    }

    /// Translates `items`, splitting them when the answer is cut off and asking failing
    /// segments again alone. Boxed because it recurses.
    fn translate_items<'a>(
        &'a self,
        items: &'a [Item<'a>],
        langs: &'a LangPair,
        meter: &'a Meter<'a>,
    ) -> Pin<Box<dyn Future<Output = Result<Vec<String>, BackendError>> + Send + 'a>> {
        Box::pin(async move {
            let pairs = match self.exchange(items, langs, meter).await? {
                Answer::Pairs(pairs) => pairs,
                Answer::TooLong { .. } if items.len() > 1 => {
                    let (left, right) = items.split_at(items.len() / 2);
                    let mut out = self.translate_items(left, langs, meter).await?;
                    out.extend(self.translate_items(right, langs, meter).await?);
                    return Ok(out);
                }
                Answer::TooLong { why, overflow } => {
                    let message = format!("segment {}: {why}", items[0].key);
                    // A cut-off answer may come out shorter next time; a prompt too long for
                    // the model's context will not fit on any retry.
                    return Err(if overflow {
                        BackendError::BadRequest(message)
                    } else {
                        BackendError::BadResponse(message)
                    });
                }
            };
            let checked = validate(items, &pairs);
            // What is usable is reported (and cached) now, before any segment is asked again.
            for (item, c) in items.iter().zip(&checked) {
                if let Ok(text) = c {
                    let answer = Translation {
                        text: text.clone(),
                        billed_characters: None,
                    };
                    meter.answered(item.req, &answer);
                }
            }
            if items.len() == 1 || checked.iter().all(Result::is_err) {
                // Nothing to keep: asking each segment alone would cost a request per segment
                // for an answer that is broken as a whole; the engine retries the batch.
                let problems: Vec<String> = items
                    .iter()
                    .zip(&checked)
                    .filter_map(|(item, c)| c.as_ref().err().map(|p| format!("{}: {p}", item.key)))
                    .collect();
                if problems.is_empty() {
                    return Ok(checked.into_iter().flatten().collect());
                }
                return Err(BackendError::BadResponse(format!(
                    "the model's answer is unusable ({})",
                    problems.join("; ")
                )));
            }
            let mut out = Vec::with_capacity(items.len());
            for (i, c) in checked.into_iter().enumerate() {
                match c {
                    Ok(text) => out.push(text),
                    Err(problem) => {
                        let alone = std::slice::from_ref(&items[i]);
                        let again =
                            self.translate_items(alone, langs, meter)
                                .await
                                .map_err(|e| {
                                    retag(
                                        e,
                                        &format!(
                                            "segment {} ({problem}, asked alone)",
                                            items[i].key
                                        ),
                                    )
                                })?;
                        out.extend(again);
                    }
                }
            }
            Ok(out)
        })
    }

    /// One request for `items` and its answer as (id, value) pairs.
    async fn exchange(
        &self,
        items: &[Item<'_>],
        langs: &LangPair,
        meter: &Meter<'_>,
    ) -> Result<Answer, BackendError> {
        let secrets = self.key_forms();
        loop {
            let chat = self.api == Api::Chat;
            let structured = !chat || self.structured.load(Ordering::Relaxed);
            let temperature = !chat || self.temperature.load(Ordering::Relaxed);
            let mut body = self.body(items, langs, structured);
            if !temperature {
                if let Some(fields) = body.as_object_mut() {
                    fields.remove("temperature");
                }
            }
            let mut request = self
                .client
                .post(&self.url)
                .timeout(self.timeout)
                .json(&body);
            if let Some(key) = &self.key {
                request = request.bearer_auth(key.expose());
            }
            meter.sending(items.iter().map(|i| i.req))?;
            let reply = http::send(request, &secrets).await?;
            // Each refusal is remembered for the run, so later batches do not pay for a refused
            // request; each flag only goes from on to off, so this loop runs at most three times.
            if chat && structured && refuses_schema(&reply) {
                self.structured.store(false, Ordering::Relaxed);
                continue;
            }
            if chat && temperature && refuses_temperature(&reply) {
                self.temperature.store(false, Ordering::Relaxed);
                continue;
            }
            if is_context_overflow(&reply) {
                return Ok(Answer::TooLong {
                    why: http::redact(
                        &format!(
                            "too long for the model's context ({})",
                            http::error_message(&reply.body)
                        ),
                        &secrets,
                    ),
                    overflow: true,
                });
            }
            self.check(&reply)?;
            let value = http::json(&reply, &secrets)?;
            return read_answer(self.api, &value)
                .map_err(|e| retag(e, "the model's answer"))
                .map_err(|e| redact_error(e, &secrets));
        }
    }

    /// The request body for `items`.
    fn body(&self, items: &[Item<'_>], langs: &LangPair, structured: bool) -> Value {
        let system = system_prompt(langs);
        let user = user_message(items);
        let schema = schema(items);
        let messages = json!([
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ]);
        match self.api {
            Api::Chat => {
                let mut body = json!({
                    "model": self.model,
                    "temperature": 0,
                    "messages": messages,
                });
                if structured {
                    body["response_format"] = json!({
                        "type": "json_schema",
                        "json_schema": {"name": "translations", "strict": true, "schema": schema},
                    });
                }
                body
            }
            Api::Ollama => {
                let prompt_chars = system.chars().count() + user.chars().count();
                let segment_chars = items.iter().map(|i| i.req.text.chars().count()).sum();
                json!({
                    "model": self.model,
                    "messages": messages,
                    "stream": false,
                    "format": schema,
                    "options": {
                        "temperature": 0,
                        "num_ctx": num_ctx(prompt_chars, segment_chars),
                    },
                })
            }
        }
    }

    /// Maps a failed reply to the error the engine acts on, with the hints these servers need.
    fn check(&self, reply: &Reply) -> Result<(), BackendError> {
        let secrets = self.key_forms();
        let (code, kind) = error_code(&reply.body);
        let is = |name: &str| code.as_deref() == Some(name) || kind.as_deref() == Some(name);
        let message = || http::status_message(reply, &secrets);
        let result = if (200..300).contains(&reply.status) {
            // A 200 that carries only an error (a proxy, or a server failing mid-answer).
            match serde_json::from_str::<Value>(&reply.body) {
                Ok(v) if v.get("error").is_some() && !has_answer(&v) => {
                    let message = message();
                    let code = v.pointer("/error/code").and_then(Value::as_u64);
                    if code.is_some_and(|c| c >= 500) || is("unavailable_error") {
                        Err(BackendError::Retryable(message))
                    } else {
                        Err(BackendError::BadResponse(message))
                    }
                }
                _ => Ok(()),
            }
        } else if reply.status == 429 && is("insufficient_quota") {
            Err(BackendError::QuotaExhausted(format!(
                "{} (add credit to the account or use another key)",
                message()
            )))
        } else {
            http::check(reply, &secrets, None).map_err(|e| match e {
                BackendError::Auth(m) if self.key.is_some() => {
                    BackendError::Auth(format!("{m} (check {})", self.key_var))
                }
                BackendError::Auth(m) => BackendError::Auth(format!(
                    "{m} (the server wants a key: set {})",
                    self.key_var
                )),
                BackendError::BadRequest(m) if reply.status == 404 => BackendError::BadRequest(
                    format!("{m} (check the model name in OPENAI_MODEL and the endpoint)"),
                ),
                other => other,
            })
        };
        result.map_err(|e| should_retry(e, reply))
    }
}

impl Backend for OpenAiBackend {
    fn name(&self) -> &str {
        "openai"
    }

    fn model(&self) -> Option<String> {
        Some(self.model.clone())
    }

    fn limits(&self) -> Limits {
        Limits {
            // Small batches: the fewer segments an answer holds, the fewer it drops or merges,
            // and ~6000 characters of Indonesian stay well inside common output limits.
            max_texts: 20,
            max_chars: 6000,
            // Local servers work through one or two requests at a time; more only queue up and
            // run into the timeout. Hosted APIs take `--concurrency` higher.
            default_concurrency: 2,
        }
    }

    fn secrets(&self) -> Vec<String> {
        self.key_forms().into_iter().map(str::to_string).collect()
    }

    fn translate_metered<'a>(
        &'a self,
        batch: &'a [Request],
        langs: &'a LangPair,
        meter: &'a Meter<'a>,
    ) -> BackendFuture<'a> {
        Box::pin(async move {
            let keys = keys(batch);
            // Empty segments are not sent: a model asked for one answers with anything.
            let items: Vec<Item<'_>> = batch
                .iter()
                .zip(keys)
                .filter(|(req, _)| !req.text.trim().is_empty())
                .map(|(req, key)| Item { key, req })
                .collect();
            let mut texts = if items.is_empty() {
                Vec::new()
            } else {
                let texts = self.translate_items(&items, langs, meter).await;
                if let Err(e) = &texts {
                    meter.failed(e);
                }
                texts?
            }
            .into_iter();
            Ok(batch
                .iter()
                .map(|req| Translation {
                    text: if req.text.trim().is_empty() {
                        String::new()
                    } else {
                        texts.next().unwrap_or_default()
                    },
                    billed_characters: None,
                })
                .collect())
        })
    }
}

/// A segment on its way: the key it goes under and its request.
#[derive(Debug, Clone)]
struct Item<'a> {
    key: String,
    req: &'a Request,
}

/// What one exchange gave.
enum Answer {
    /// The model's object, its (id, value) pairs in the order written.
    Pairs(Vec<(String, Value)>),
    /// Cut off, or too long for the context: worth sending in smaller pieces.
    TooLong {
        /// What the server said.
        why: String,
        /// The prompt did not fit the context (rather than the answer being cut off).
        overflow: bool,
    },
}

/// The protocol and the request URL for `endpoint` (no trailing slash).
fn route(endpoint: &str) -> Result<(Api, String), String> {
    let url = reqwest::Url::parse(endpoint).map_err(|e| {
        format!("the openai endpoint `{endpoint}` is not a URL ({e}): set OPENAI_BASE_URL or --endpoint")
    })?;
    let path = url.path().trim_end_matches('/');
    Ok(if path.ends_with("/api") {
        (Api::Ollama, format!("{endpoint}/chat"))
    } else if path.is_empty() && url.port() == Some(OLLAMA_PORT) {
        (Api::Ollama, format!("{endpoint}/api/chat"))
    } else {
        (Api::Chat, format!("{endpoint}/chat/completions"))
    })
}

/// The keys segments go under: their ids, or `s1`, `s2`, ... when an id is empty or repeated
/// (answers are matched by key, so keys must be unique).
fn keys(batch: &[Request]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let usable = batch
        .iter()
        .all(|r| !r.id.trim().is_empty() && seen.insert(r.id.as_str()));
    batch
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if usable {
                r.id.clone()
            } else {
                format!("s{}", i + 1)
            }
        })
        .collect()
}

/// A language's name for the prompt (the code itself when unknown).
fn language(code: &str) -> String {
    let lower = code.to_ascii_lowercase();
    match lower.as_str() {
        "en" | "en-gb" => "British English".into(),
        "en-us" => "American English".into(),
        _ => match lower.split('-').next().unwrap_or("") {
            "id" | "in" => "Indonesian".into(),
            "ms" => "Malay".into(),
            "en" => "English".into(),
            "jv" => "Javanese".into(),
            "su" => "Sundanese".into(),
            "nl" => "Dutch".into(),
            "de" => "German".into(),
            "fr" => "French".into(),
            "es" => "Spanish".into(),
            "ar" => "Arabic".into(),
            "zh" => "Chinese".into(),
            "ja" => "Japanese".into(),
            _ => format!("the language with code `{code}`"),
        },
    }
}

/// The instructions, for `langs`.
fn system_prompt(langs: &LangPair) -> String {
    let from = language(&langs.from);
    let to = language(&langs.to);
    let english = langs.to.to_ascii_lowercase().starts_with("en");
    let mut rules = vec![
        "Translate every segment completely and on its own: exactly one translation per id; \
         never merge, split, skip or reorder segments, and never leave a translation empty."
            .to_string(),
        "Keep the names of people, places and organisations as written, unless the glossary \
         gives their English."
            .to_string(),
    ];
    if english {
        rules.push(
            "Write numbers, dates and amounts in English format (9,000 not 9.000; 3.5 not 3,5)."
                .into(),
        );
    }
    rules.push(
        "Use the glossary's English exactly as given; only inflect it for plural or possessive \
         (troops, the minister's). An entry \"X (adjective: Y)\" means: use Y where the term \
         qualifies a noun. An entry whose English equals the source is a name: keep it."
            .into(),
    );
    if english {
        let spelling = if to == "American English" {
            "American"
        } else {
            "British"
        };
        rules.push(format!("Use {spelling} spelling and news style."));
    }
    rules.push(
        "Reply with JSON only: one object whose keys are exactly the segment ids and whose \
         values are the translations as strings. No comments, no code fences."
            .into(),
    );
    let mut out = format!(
        "You translate {from} news into {to} for publication. The user sends a JSON object: \
         \"segments\" maps segment ids to the sentences to translate; \"context\", when present, \
         is the paragraph they come from, for understanding only (do not translate it); \
         \"glossary\", when present, maps terms found in the segments to the {to} to use.\nRules:"
    );
    for rule in rules {
        out.push_str("\n- ");
        out.push_str(&rule);
    }
    out
}

/// `text` as a JSON string.
fn quoted(text: &str) -> String {
    // Serialising a &str cannot fail; the fallback keeps the code free of panics anyway.
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// A JSON object written from `pairs` in their order (serde_json's map would sort the keys,
/// putting segment `1.10` before `1.2`).
fn ordered_object<'s>(pairs: impl IntoIterator<Item = (&'s str, String)>) -> String {
    let fields: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{}:{v}", quoted(k)))
        .collect();
    format!("{{{}}}", fields.join(","))
}

/// The user message: the glossary entries that hit these segments, their paragraphs, and the
/// segments by key.
fn user_message(items: &[Item<'_>]) -> String {
    let mut glossary: Vec<(&str, String)> = Vec::new();
    let mut contexts: Vec<&str> = Vec::new();
    for item in items {
        let req = item.req;
        for term in &req.terms {
            // The form in the text is what the model sees, so that is the key; the canonical
            // source stands in when the offsets do not fit the text.
            let surface = req
                .text
                .get(term.start..term.end)
                .filter(|s| !s.trim().is_empty())
                .unwrap_or(&term.source);
            if glossary.iter().any(|(s, _)| *s == surface) {
                continue;
            }
            let english = if term.keep {
                surface.to_string()
            } else {
                match &term.adjective {
                    Some(adj) => format!("{} (adjective: {adj})", term.target),
                    None => term.target.clone(),
                }
            };
            glossary.push((surface, english));
        }
        if let Some(context) = req.context.as_deref().filter(|c| !c.trim().is_empty()) {
            if !contexts.contains(&context) {
                contexts.push(context);
            }
        }
    }
    let mut fields: Vec<(&str, String)> = Vec::new();
    if !glossary.is_empty() {
        fields.push((
            "glossary",
            ordered_object(glossary.into_iter().map(|(s, t)| (s, quoted(&t)))),
        ));
    }
    if !contexts.is_empty() {
        fields.push(("context", quoted(&contexts.join("\n\n"))));
    }
    fields.push((
        "segments",
        ordered_object(items.iter().map(|i| (i.key.as_str(), quoted(&i.req.text)))),
    ));
    ordered_object(fields)
}

/// The JSON schema of the answer: one required string per key, nothing else.
fn schema(items: &[Item<'_>]) -> Value {
    let properties: serde_json::Map<String, Value> = items
        .iter()
        .map(|i| (i.key.clone(), json!({"type": "string"})))
        .collect();
    let required: Vec<&str> = items.iter().map(|i| i.key.as_str()).collect();
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

/// The context Ollama needs for a request of `prompt_chars` characters whose segments hold
/// `segment_chars`: about three characters a token for Indonesian and English (JSON and
/// non-ASCII punctuation cost more), the answer about one and a half times the segments, and
/// room to spare; rounded up to a power of two so that consecutive batches usually ask for the
/// same size and Ollama keeps the model loaded.
pub fn num_ctx(prompt_chars: usize, segment_chars: usize) -> u64 {
    let chars = prompt_chars as u64 + (segment_chars as u64 * 3).div_ceil(2);
    let tokens = chars.div_ceil(3) + 1024;
    tokens.next_power_of_two().clamp(MIN_NUM_CTX, MAX_NUM_CTX)
}

/// Whether a 400 (422 from FastAPI-based servers) says the server does not take
/// `response_format` / JSON schemas.
fn refuses_schema(reply: &Reply) -> bool {
    if reply.status != 400 && reply.status != 422 {
        return false;
    }
    let message = http::error_message(&reply.body).to_ascii_lowercase();
    let (code, _) = error_code(&reply.body);
    (message.contains("response_format") || message.contains("json_schema"))
        && code.as_deref() != Some("context_length_exceeded")
}

/// Whether a 400 says the model takes no `temperature` but its default (OpenAI's reasoning
/// models: `unsupported_value`, param `temperature`).
fn refuses_temperature(reply: &Reply) -> bool {
    if reply.status != 400 {
        return false;
    }
    let param = serde_json::from_str::<Value>(&reply.body)
        .ok()
        .and_then(|v| {
            v.pointer("/error/param")
                .and_then(Value::as_str)
                .map(str::to_string)
        });
    param.as_deref() == Some("temperature")
        || http::error_message(&reply.body)
            .to_ascii_lowercase()
            .contains("'temperature'")
}

/// Whether the server says the request does not fit the model's context: OpenAI and vLLM
/// (`context_length_exceeded`, "maximum context length"), llama.cpp (`exceed_context_size_error`,
/// sent as 400 or, in older builds, 500), llama-cpp-python ("exceed context window"), LM Studio
/// ("context size has been exceeded").
fn is_context_overflow(reply: &Reply) -> bool {
    if reply.status < 400 {
        return false;
    }
    let (code, kind) = error_code(&reply.body);
    let marked = |name: &str| code.as_deref() == Some(name) || kind.as_deref() == Some(name);
    let message = http::error_message(&reply.body).to_ascii_lowercase();
    marked("context_length_exceeded")
        || marked("exceed_context_size_error")
        || [
            "maximum context length",
            "exceeds the available context size",
            "exceed context window",
            "context size has been exceeded",
        ]
        .iter()
        .any(|m| message.contains(m))
}

/// `error.code` (a string or a number) and `error.type` of an error body.
fn error_code(body: &str) -> (Option<String>, Option<String>) {
    let Ok(v) = serde_json::from_str::<Value>(body) else {
        return (None, None);
    };
    let code = v.pointer("/error/code").and_then(|c| match c {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    });
    let kind = v
        .pointer("/error/type")
        .and_then(Value::as_str)
        .map(str::to_string);
    (code, kind)
}

/// Whether a body holds an answer in either protocol's shape.
fn has_answer(v: &Value) -> bool {
    v.get("choices").is_some() || v.get("message").is_some_and(Value::is_object)
}

/// Applies `x-should-retry`, which OpenAI sends to overrule what the status suggests.
fn should_retry(e: BackendError, reply: &Reply) -> BackendError {
    let header = reply
        .headers
        .get("x-should-retry")
        .and_then(|v| v.to_str().ok())
        .map(str::trim);
    match header {
        Some("false") if e.is_retryable() => {
            BackendError::BadRequest(format!("{} (the server says not to retry)", message_of(&e)))
        }
        Some("true") if matches!(e, BackendError::BadRequest(_)) => {
            BackendError::Retryable(message_of(&e))
        }
        _ => e,
    }
}

/// The message inside an error, without the variant's prefix.
fn message_of(e: &BackendError) -> String {
    match e {
        BackendError::Retryable(m)
        | BackendError::QuotaExhausted(m)
        | BackendError::Auth(m)
        | BackendError::BadRequest(m)
        | BackendError::BadResponse(m)
        | BackendError::RateLimited { message: m, .. } => m.clone(),
    }
}

/// `e` with `what` put before its message.
fn retag(e: BackendError, what: &str) -> BackendError {
    let m = |m: String| format!("{what}: {m}");
    match e {
        BackendError::Retryable(x) => BackendError::Retryable(m(x)),
        BackendError::RateLimited {
            retry_after,
            message,
        } => BackendError::RateLimited {
            retry_after,
            message: m(message),
        },
        BackendError::QuotaExhausted(x) => BackendError::QuotaExhausted(m(x)),
        BackendError::Auth(x) => BackendError::Auth(m(x)),
        BackendError::BadRequest(x) => BackendError::BadRequest(m(x)),
        BackendError::BadResponse(x) => BackendError::BadResponse(m(x)),
    }
}

/// `e` with every secret taken out (a model could echo anything).
fn redact_error(e: BackendError, secrets: &[&str]) -> BackendError {
    match e {
        BackendError::BadResponse(m) => BackendError::BadResponse(http::redact(&m, secrets)),
        other => other,
    }
}

/// The model's (id, value) pairs from a successful reply, or [`Answer::TooLong`] when it was
/// cut off.
fn read_answer(api: Api, v: &Value) -> Result<Answer, BackendError> {
    let bad = |m: &str| BackendError::BadResponse(m.to_string());
    let (message, finish) = match api {
        Api::Chat => {
            let choice = v
                .get("choices")
                .and_then(Value::as_array)
                .and_then(|c| c.first())
                .ok_or_else(|| bad("no `choices` in the answer"))?;
            (
                choice.get("message"),
                choice.get("finish_reason").and_then(Value::as_str),
            )
        }
        Api::Ollama => (
            v.get("message"),
            v.get("done_reason").and_then(Value::as_str),
        ),
    };
    if finish == Some("length") {
        return Ok(Answer::TooLong {
            why: "the answer was cut off (finish reason `length`)".into(),
            overflow: false,
        });
    }
    let message = message.ok_or_else(|| bad("no `message` in the answer"))?;
    let content = match message.get("content") {
        Some(Value::String(s)) => s,
        _ => {
            let refusal = message
                .get("refusal")
                .and_then(Value::as_str)
                .filter(|r| !r.is_empty());
            return Err(match refusal {
                Some(r) => BadResponse(format!("the model refused: {r}")),
                None => bad("the message has no text content"),
            });
        }
    };
    parse_object(content).map(Answer::Pairs)
}

/// The (key, value) pairs of the JSON object in `content`, in order, repeated keys kept so they
/// can be caught. Nothing but the object is accepted, apart from surrounding whitespace, one
/// Markdown code fence and a leading `<think>...</think>` block (reasoning models).
pub fn parse_object(content: &str) -> Result<Vec<(String, Value)>, BackendError> {
    let mut text = content.trim();
    if let Some(rest) = text.strip_prefix("<think>") {
        if let Some(end) = rest.find("</think>") {
            text = rest[end + "</think>".len()..].trim();
        }
    }
    if let Some(rest) = text.strip_prefix("```") {
        let rest = rest.strip_prefix("json").unwrap_or(rest);
        if let Some(inner) = rest.trim_end().strip_suffix("```") {
            text = inner.trim();
        }
    }
    serde_json::from_str::<Pairs>(text)
        .map(|p| p.0)
        .map_err(|e| {
            let short: String = text.chars().take(120).collect();
            let ellipsis = if short.len() < text.len() { "…" } else { "" };
            BadResponse(format!(
                "the content is not a JSON object of translations ({e}): {short}{ellipsis}"
            ))
        })
}

/// A JSON object read as its pairs, in order, repeated keys included.
struct Pairs(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Pairs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pairs, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Pairs;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Pairs, A::Error> {
                let mut out = Vec::new();
                while let Some(pair) = map.next_entry::<String, Value>()? {
                    out.push(pair);
                }
                Ok(Pairs(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// Why one segment's answer is not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Problem {
    /// No answer under its id.
    Missing,
    /// Its id answered more than once.
    Repeated,
    /// The answer is not a string.
    NotText,
    /// The answer is empty.
    Empty,
    /// The next segment has no answer: this one most likely holds both.
    NextMissing(String),
    /// The answer holds another segment's translation or source text.
    Holds(String),
    /// The answer equals another segment's, whose source differs.
    SameAs(String),
    /// An unknown id follows this one: the segment was most likely split.
    FollowedBy(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing => f.write_str("missing"),
            Problem::Repeated => f.write_str("answered twice"),
            Problem::NotText => f.write_str("not a string"),
            Problem::Empty => f.write_str("empty"),
            Problem::NextMissing(k) => write!(f, "probably merged with {k}, which has no answer"),
            Problem::Holds(k) => write!(f, "holds the text of {k}"),
            Problem::SameAs(k) => write!(f, "same answer as {k}"),
            Problem::FollowedBy(k) => write!(f, "followed by unknown id {k}"),
        }
    }
}

/// Checks the answer to `items` segment by segment: the translation, or why it is not taken.
fn validate(items: &[Item<'_>], pairs: &[(String, Value)]) -> Vec<Result<String, Problem>> {
    let n = items.len();
    let position = |key: &str| items.iter().position(|i| i.key == key);
    let mut problems: Vec<Option<Problem>> = vec![None; n];
    let flag = |problems: &mut Vec<Option<Problem>>, i: usize, p: Problem| {
        if problems[i].is_none() {
            problems[i] = Some(p);
        }
    };
    let mut texts: Vec<Option<String>> = vec![None; n];
    let mut counts = vec![0usize; n];
    for (at, (key, value)) in pairs.iter().enumerate() {
        match position(key) {
            Some(i) => {
                counts[i] += 1;
                texts[i] = value.as_str().map(|s| s.trim().to_string());
                if !value.is_string() {
                    flag(&mut problems, i, Problem::NotText);
                }
            }
            None => {
                // A split segment goes on under an invented id: blame the segment before it
                // in the answer, or the one after when the unknown id comes first.
                let before = pairs[..at].iter().rev().find_map(|(k, _)| position(k));
                let after = || pairs[at + 1..].iter().find_map(|(k, _)| position(k));
                if let Some(i) = before.or_else(after) {
                    flag(&mut problems, i, Problem::FollowedBy(key.clone()));
                }
            }
        }
    }
    for i in 0..n {
        if counts[i] > 1 {
            flag(&mut problems, i, Problem::Repeated);
        }
        let absent = match &texts[i] {
            None if counts[i] == 0 => {
                flag(&mut problems, i, Problem::Missing);
                true
            }
            Some(t) if t.is_empty() => {
                flag(&mut problems, i, Problem::Empty);
                true
            }
            _ => false,
        };
        if absent && i > 0 && texts[i - 1].as_deref().is_some_and(|t| !t.is_empty()) {
            flag(
                &mut problems,
                i - 1,
                Problem::NextMissing(items[i].key.clone()),
            );
        }
    }
    for i in 0..n {
        for j in 0..n {
            let (Some(ti), Some(tj)) = (&texts[i], &texts[j]) else {
                continue;
            };
            let (si, sj) = (items[i].req.text.trim(), items[j].req.text.trim());
            if i == j || ti.is_empty() || tj.is_empty() || si == sj {
                continue;
            }
            if ti == tj {
                flag(&mut problems, i, Problem::SameAs(items[j].key.clone()));
            } else if !si.contains(sj)
                && ((tj.chars().count() >= MERGE_MIN_CHARS && ti.contains(tj.as_str()))
                    || (sj.chars().count() >= MERGE_MIN_CHARS && ti.contains(sj)))
            {
                flag(&mut problems, i, Problem::Holds(items[j].key.clone()));
            }
        }
    }
    problems
        .into_iter()
        .zip(texts)
        .map(|(p, t)| match (p, t) {
            (None, Some(t)) => Ok(t),
            (Some(p), _) => Err(p),
            (None, None) => Err(Problem::Missing),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mt::TermHint;

    fn req(id: &str, text: &str) -> Request {
        Request {
            id: id.into(),
            text: text.into(),
            context: None,
            terms: vec![],
        }
    }

    fn items(reqs: &[Request]) -> Vec<Item<'_>> {
        reqs.iter()
            .zip(keys(reqs))
            .map(|(req, key)| Item { key, req })
            .collect()
    }

    fn pairs(json: &str) -> Vec<(String, Value)> {
        parse_object(json).unwrap()
    }

    const S1: &str = "Tentara Rusia dan Belarusia saat ini sedang berlatih perang bersama.";
    const S2: &str = "Shoigu memuji Belarusia atas tekad untuk melawan arah permusuhan AS.";
    const S3: &str = "Protokol bilateral itu berisi poin-poin penyediaan keamanan bersama.";
    const T1: &str = "Russian and Belarusian troops are currently holding joint exercises.";
    const T2: &str = "Shoigu praised Belarus for its resolve to resist US hostility.";
    const T3: &str = "The bilateral protocol contains provisions on joint security.";

    fn three() -> Vec<Request> {
        vec![req("1.1", S1), req("1.2", S2), req("1.3", S3)]
    }

    #[test]
    fn endpoints_choose_the_protocol() {
        let r = |e: &str| route(e).unwrap();
        assert_eq!(
            r("https://api.openai.com/v1"),
            (
                Api::Chat,
                "https://api.openai.com/v1/chat/completions".into()
            )
        );
        assert_eq!(
            r("http://localhost:11434/api"),
            (Api::Ollama, "http://localhost:11434/api/chat".into())
        );
        assert_eq!(
            r("http://localhost:11434"),
            (Api::Ollama, "http://localhost:11434/api/chat".into())
        );
        assert_eq!(
            r("http://localhost:11434/v1"),
            (
                Api::Chat,
                "http://localhost:11434/v1/chat/completions".into()
            )
        );
        assert_eq!(
            r("http://gpu-box:8080/ollama/api"),
            (Api::Ollama, "http://gpu-box:8080/ollama/api/chat".into())
        );
        assert!(route("localhost 8080")
            .unwrap_err()
            .contains("OPENAI_BASE_URL"));
    }

    #[test]
    fn a_model_is_required() {
        let err = OpenAiBackend::new(&BackendOptions::default()).unwrap_err();
        assert!(err.contains("OPENAI_MODEL"), "{err}");
    }

    #[test]
    fn keys_are_ids_unless_they_cannot_be() {
        assert_eq!(keys(&three()), ["1.1", "1.2", "1.3"]);
        let dup = vec![req("1.1", S1), req("1.1", S2)];
        assert_eq!(keys(&dup), ["s1", "s2"]);
        let empty = vec![req("", S1)];
        assert_eq!(keys(&empty), ["s1"]);
    }

    #[test]
    fn user_message_keeps_order_and_only_hitting_terms() {
        let mut reqs: Vec<Request> = (1..=11).map(|i| req(&format!("1.{i}"), S1)).collect();
        reqs[9].text = S2.into();
        reqs[9].context = Some("Paragraf.".into());
        reqs[9].terms = vec![TermHint {
            start: 0,
            end: 6,
            source: "Shoigu".into(),
            target: "Shoigu".into(),
            adjective: None,
            keep: true,
        }];
        let text = user_message(&items(&reqs));
        assert!(text.starts_with(r#"{"glossary":{"Shoigu":"Shoigu"},"context":"Paragraf.""#));
        let nine = text.find(r#""1.9""#).unwrap();
        let ten = text.find(r#""1.10""#).unwrap();
        assert!(nine < ten, "{text}");
        assert!(serde_json::from_str::<Value>(&text).is_ok());
    }

    #[test]
    fn context_grows_with_the_batch() {
        assert_eq!(num_ctx(100, 50), 8192);
        assert_eq!(num_ctx(20_000, 6_000), 16_384);
        assert_eq!(num_ctx(10_000_000, 0), MAX_NUM_CTX);
    }

    #[test]
    fn parsing_is_strict() {
        assert_eq!(pairs(r#"{"a":"x"}"#).len(), 1);
        assert_eq!(pairs("```json\n{\"a\":\"x\"}\n```").len(), 1);
        assert_eq!(pairs("<think>hmm</think>\n{\"a\":\"x\"}").len(), 1);
        assert_eq!(pairs(r#"{"a":"x","a":"y"}"#).len(), 2);
        for bad in [
            r#"["x"]"#,
            r#"Here: {"a":"x"}"#,
            r#"{"a":"x"} done"#,
            "",
            "{",
        ] {
            assert!(
                matches!(parse_object(bad), Err(BackendError::BadResponse(_))),
                "{bad}"
            );
        }
    }

    fn check(answer: &str) -> Vec<Result<String, Problem>> {
        let reqs = three();
        validate(&items(&reqs), &pairs(answer))
    }

    #[test]
    fn a_good_answer_passes() {
        let answer = json!({"1.1": T1, "1.2": T2, "1.3": T3}).to_string();
        assert_eq!(
            check(&answer),
            [Ok(T1.to_string()), Ok(T2.to_string()), Ok(T3.to_string())]
        );
    }

    #[test]
    fn missing_empty_extra_and_repeated_ids_fail() {
        let answer = json!({"1.2": T2, "1.3": T3}).to_string();
        assert_eq!(check(&answer)[0], Err(Problem::Missing));
        assert!(check(&answer)[1..].iter().all(Result::is_ok));

        // The answer before a missing or empty one probably swallowed it.
        let answer = json!({"1.1": T1, "1.2": "", "1.3": T3}).to_string();
        let c = check(&answer);
        assert_eq!(c[0], Err(Problem::NextMissing("1.2".into())));
        assert_eq!(c[1], Err(Problem::Empty));
        assert!(c[2].is_ok());

        let answer = format!(r#"{{"1.1":"{T1}","1.2":"{T2}","1.2b":"x","1.3":"{T3}"}}"#);
        let c = check(&answer);
        assert_eq!(c[1], Err(Problem::FollowedBy("1.2b".into())));
        assert!(c[0].is_ok() && c[2].is_ok());

        let answer = format!(r#"{{"1.1":"{T1}","1.2":"{T2}","1.2":"{T3}","1.3":"{T3}"}}"#);
        assert_eq!(check(&answer)[1], Err(Problem::Repeated));

        let answer = json!({"1.1": T1, "1.2": 7, "1.3": T3}).to_string();
        assert_eq!(check(&answer)[1], Err(Problem::NotText));
    }

    #[test]
    fn merged_answers_are_caught() {
        let both = format!("{T1} {T2}");
        let answer = json!({"1.1": both, "1.2": T2, "1.3": T3}).to_string();
        let c = check(&answer);
        assert_eq!(c[0], Err(Problem::Holds("1.2".into())));
        assert!(c[1].is_ok() && c[2].is_ok());

        let answer = json!({"1.1": T1, "1.2": T3, "1.3": T3}).to_string();
        let c = check(&answer);
        assert_eq!(c[1], Err(Problem::SameAs("1.3".into())));
        assert_eq!(c[2], Err(Problem::SameAs("1.2".into())));

        // The source of another segment left inside an answer.
        let half = format!("{T1} {S2}");
        let answer = json!({"1.1": half, "1.2": T2, "1.3": T3}).to_string();
        assert_eq!(check(&answer)[0], Err(Problem::Holds("1.2".into())));
    }

    #[test]
    fn repeated_sources_may_share_an_answer() {
        let reqs = vec![req("1.1", "Baca juga:"), req("1.2", "Baca juga:")];
        let c = validate(
            &items(&reqs),
            &pairs(r#"{"1.1":"Read also:","1.2":"Read also:"}"#),
        );
        assert!(c.iter().all(Result::is_ok));
    }

    #[test]
    fn prompts_follow_the_target_variant() {
        let gb = system_prompt(&LangPair::default());
        assert!(gb.contains("Indonesian news into British English") && gb.contains("9,000"));
        let us = system_prompt(&LangPair {
            from: "id".into(),
            to: "en-US".into(),
        });
        assert!(us.contains("American English") && us.contains("American spelling"));
    }

    fn reply(status: u16, body: &str) -> Reply {
        Reply {
            status,
            headers: Default::default(),
            body: body.into(),
        }
    }

    #[test]
    fn errors_in_every_shape() {
        let opts = BackendOptions {
            model: Some("m".into()),
            key: Some(Secret::new("sk-secret-9876")),
            endpoint: Some("http://127.0.0.1:9/v1".into()),
            ..BackendOptions::default()
        };
        let b = OpenAiBackend::new(&opts).unwrap();
        let quota = r#"{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}"#;
        assert!(matches!(
            b.check(&reply(429, quota)),
            Err(BackendError::QuotaExhausted(_))
        ));
        let loading =
            r#"{"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}"#;
        assert_eq!(
            b.check(&reply(503, loading)),
            Err(BackendError::Retryable("HTTP 503: Loading model".into()))
        );
        assert_eq!(
            b.check(&reply(200, loading)),
            Err(BackendError::Retryable("HTTP 200: Loading model".into()))
        );
        let lm = r#"{"error":"'response_format.type' must be 'json_schema' or 'text'"}"#;
        assert!(refuses_schema(&reply(400, lm)));
        let ollama = r#"{"error":"model \"qwen9\" not found, try pulling it first"}"#;
        match b.check(&reply(404, ollama)) {
            Err(BackendError::BadRequest(m)) => assert!(m.contains("OPENAI_MODEL"), "{m}"),
            other => panic!("{other:?}"),
        }
        let auth = r#"{"error":{"message":"Incorrect API key provided: sk-secret-9876","type":"invalid_request_error","code":"invalid_api_key"}}"#;
        match b.check(&reply(401, auth)) {
            Err(BackendError::Auth(m)) => {
                assert!(
                    m.contains("OPENAI_API_KEY") && !m.contains("sk-secret-9876"),
                    "{m}"
                )
            }
            other => panic!("{other:?}"),
        }
        let too_long = r#"{"error":{"message":"This model's maximum context length is 8192 tokens.","type":"invalid_request_error","code":"context_length_exceeded"}}"#;
        assert!(is_context_overflow(&reply(400, too_long)));
        assert!(!refuses_schema(&reply(400, too_long)));
    }

    #[test]
    fn cut_off_and_refused_answers() {
        let cut =
            json!({"choices":[{"finish_reason":"length","message":{"content":"{\"1.1\": \"Rus"}}]});
        assert!(matches!(
            read_answer(Api::Chat, &cut),
            Ok(Answer::TooLong { .. })
        ));
        let cut = json!({"message":{"content":"{"},"done":true,"done_reason":"length"});
        assert!(matches!(
            read_answer(Api::Ollama, &cut),
            Ok(Answer::TooLong { .. })
        ));
        let refused = json!({"choices":[{"finish_reason":"stop","message":{"content":null,"refusal":"I can't help."}}]});
        match read_answer(Api::Chat, &refused) {
            Err(BackendError::BadResponse(m)) => assert!(m.contains("refused"), "{m}"),
            _ => panic!("a refusal is a bad response"),
        }
    }
}
