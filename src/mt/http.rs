//! What every HTTP backend shares: one client (rustls with the ring provider), sending a
//! request and turning the answer into a [`BackendError`] by status (429 with `Retry-After`,
//! 5xx retryable, 401/403 auth, 456 quota), reading error messages in the shapes these services
//! use, keeping keys out of every message, reading the list of translations out of an answer,
//! and sending a batch as term-marked-up texts in parts within a service's limits
//! ([`translate_texts`]). A backend adds only what its service spells its own way.

use super::engine::pack;
use super::markup::{self, decode_char_refs};
use super::{BackendError, Meter, Request, Translation};
use reqwest::header::HeaderMap;
use serde_json::Value;
use std::future::Future;
use std::time::{Duration, SystemTime};

/// A client for one backend. Timeouts are the engine's, so none is set here beyond connecting.
pub fn client() -> Result<reqwest::Client, BackendError> {
    // reqwest is built without a TLS provider (the aws-lc one is a long C build); ring is
    // installed once per process. A second install fails harmlessly.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        // No translation API redirects; following one would send the request (and a key in
        // its body or query) wherever the server says, over plain HTTP too.
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("terjemah/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| BackendError::BadRequest(format!("cannot build an HTTP client: {e}")))
}

/// The largest answer read. A translation request holds at most a few hundred kilobytes of
/// text; its answer is of the same order.
pub const MAX_BODY: usize = 16 << 20;

/// A finished HTTP exchange.
#[derive(Debug, Clone)]
pub struct Reply {
    /// Status code.
    pub status: u16,
    /// Response headers.
    pub headers: HeaderMap,
    /// Body text.
    pub body: String,
}

/// Sends `request`; a connection failure is retryable. `secrets` are removed from any message
/// (reqwest's errors include the URL, where Google puts the key).
pub async fn send(
    request: reqwest::RequestBuilder,
    secrets: &[&str],
) -> Result<Reply, BackendError> {
    let response = request
        .send()
        .await
        .map_err(|e| BackendError::Retryable(redact(&network_message(&e), secrets)))?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let mut response = response;
    // Read at most MAX_BODY: a server that answers without end must not fill the memory.
    let mut bytes: Vec<u8> = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| BackendError::Retryable(redact(&network_message(&e), secrets)))?
    {
        if bytes.len() + chunk.len() > MAX_BODY {
            // Not retried: the same request gets the same answer.
            return Err(BackendError::BadRequest(format!(
                "HTTP {status}: the answer is larger than {} MB; not read",
                MAX_BODY >> 20
            )));
        }
        bytes.extend_from_slice(&chunk);
    }
    let body = String::from_utf8_lossy(&bytes).into_owned();
    Ok(Reply {
        status,
        headers,
        body,
    })
}

fn network_message(e: &reqwest::Error) -> String {
    let what = if e.is_connect() {
        "cannot connect"
    } else if e.is_timeout() {
        "timed out"
    } else {
        "request failed"
    };
    // The source chain says why (refused, DNS, TLS); the URL stays out of it.
    let mut cause = String::new();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        cause = s.to_string();
        source = s.source();
    }
    match e.url() {
        Some(url) => format!(
            "{what} to {}://{}{}: {cause}",
            url.scheme(),
            url.host_str().unwrap_or(""),
            url.port().map(|p| format!(":{p}")).unwrap_or_default()
        ),
        None => format!("{what}: {cause}"),
    }
}

/// Maps a non-success reply to the error the engine acts on. `key_var` names the variable to
/// fix on an authentication failure.
pub fn check(reply: &Reply, secrets: &[&str], key_var: Option<&str>) -> Result<(), BackendError> {
    let status = reply.status;
    if (200..300).contains(&status) {
        return Ok(());
    }
    let message = status_message(reply, secrets);
    Err(match status {
        429 => BackendError::RateLimited {
            retry_after: retry_after(&reply.headers, SystemTime::now()),
            message,
        },
        401 | 403 => BackendError::Auth(match key_var {
            Some(var) => format!("{message} (check {var})"),
            None => message,
        }),
        456 => BackendError::QuotaExhausted(message),
        408 | 500 | 502 | 503 | 504 | 529 => BackendError::Retryable(message),
        _ => BackendError::BadRequest(message),
    })
}

/// `HTTP {status}: {what the body says}`, secrets removed: how every error message starts.
pub fn status_message(reply: &Reply, secrets: &[&str]) -> String {
    redact(
        &format!("HTTP {}: {}", reply.status, error_message(&reply.body)),
        secrets,
    )
}

/// The wait a server asks for: `Retry-After` in seconds or as an HTTP date, or
/// `retry-after-ms`.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    if let Some(ms) = headers
        .get("retry-after-ms")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<f64>().ok())
    {
        return Some(Duration::from_secs_f64(ms.max(0.0) / 1000.0));
    }
    let value = headers.get("retry-after")?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<f64>() {
        return Some(Duration::from_secs_f64(seconds.max(0.0)));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The human part of an error body: `{"message"}` (DeepL), `{"error":{"message"}}` (Google,
/// Azure, OpenAI), `{"error":"..."}` (LibreTranslate, Ollama), `{"explanation"}` (Apertium),
/// `{"detail"}`, or the text itself, shortened.
pub fn error_message(body: &str) -> String {
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(body) {
        let pick = |v: &serde_json::Value| -> Option<String> {
            v.as_str().map(str::to_string).or_else(|| {
                v.get("message")
                    .and_then(|m| m.as_str())
                    .map(str::to_string)
            })
        };
        let found = v
            .get("error")
            .and_then(pick)
            .or_else(|| v.get("explanation").and_then(pick))
            .or_else(|| {
                let m = v.get("message").and_then(pick);
                match (m, v.get("detail").and_then(pick)) {
                    (Some(m), Some(d)) => Some(format!("{m}: {d}")),
                    (m, d) => m.or(d),
                }
            });
        if let Some(message) = found {
            return message;
        }
    }
    let text = body.trim();
    if text.is_empty() {
        return "(empty body)".into();
    }
    let short: String = text.chars().take(200).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// `text` with every secret replaced by `<redacted>`.
pub fn redact(text: &str, secrets: &[&str]) -> String {
    secrets
        .iter()
        .filter(|s| s.len() >= 4)
        .fold(text.to_string(), |t, s| t.replace(s, "<redacted>"))
}

/// Bytes `text` takes as a JSON string, for backends whose limits are on the body's size.
pub fn json_len(text: &str) -> usize {
    serde_json::to_string(text).map_or(text.len() * 6 + 2, |s| s.len())
}

/// Parses a JSON body, or says what was wrong with it (retryable: a proxy or a loading model
/// may send HTML once).
pub fn json(reply: &Reply, secrets: &[&str]) -> Result<serde_json::Value, BackendError> {
    serde_json::from_str(&reply.body).map_err(|e| {
        BackendError::BadResponse(redact(
            &format!(
                "the answer is not JSON ({e}): {}",
                error_message(&reply.body)
            ),
            secrets,
        ))
    })
}

/// The error for an answer with the wrong number of translations (retried by the engine).
pub fn wrong_count(sent: usize, got: usize) -> BackendError {
    BackendError::BadResponse(format!("sent {sent} texts, got {got} translations back"))
}

/// The list of translations at `pointer` in an answer (`""` for the answer itself), which must
/// hold one item per text `sent`.
pub fn answer_list<'v>(
    value: &'v Value,
    pointer: &str,
    sent: usize,
) -> Result<&'v [Value], BackendError> {
    let list = value
        .pointer(pointer)
        .and_then(Value::as_array)
        .ok_or_else(|| {
            let name = pointer.trim_start_matches('/').replace('/', ".");
            BackendError::BadResponse(if name.is_empty() {
                "the answer is not an array of results".into()
            } else {
                format!("the answer has no `{name}` array")
            })
        })?;
    if list.len() != sent {
        return Err(wrong_count(sent, list.len()));
    }
    Ok(list)
}

/// The string at `pointer` in the `n`-th item (0-based) of an answer's list.
pub fn item_text(item: &Value, pointer: &str, n: usize) -> Result<String, BackendError> {
    item.pointer(pointer)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| {
            let name = pointer.trim_start_matches('/').replace('/', ".");
            BackendError::BadResponse(format!("translation {} has no `{name}`", n + 1))
        })
}

/// Translates `batch` through a service that takes a list of texts and has no glossary of
/// its own (Google v2, Azure): blank texts are not sent (they come back as they are); the
/// others go plain, or, as soon as one of them carries glossary terms, all as HTML with each
/// term a `<x id="N"/>` tag ([`markup`]), its English put back in the answer and character
/// references decoded. The texts are cut into requests of at most `max_texts` texts and
/// `max_total` of `size` (what the service's limit counts), normally one; `send(texts, html)`
/// sends one and returns its translations in order; each goes through [`Meter::exchange`].
pub async fn translate_texts<F, Fut>(
    batch: &[Request],
    meter: &Meter<'_>,
    size: fn(&str) -> usize,
    (max_texts, max_total): (usize, usize),
    send: F,
) -> Result<Vec<Translation>, BackendError>
where
    F: Fn(Vec<String>, bool) -> Fut,
    Fut: Future<Output = Result<Vec<String>, BackendError>>,
{
    let mut out: Vec<Translation> = batch
        .iter()
        .map(|r| Translation {
            text: r.text.clone(),
            billed_characters: None,
        })
        .collect();
    let items: Vec<usize> = (0..batch.len())
        .filter(|&i| !batch[i].text.trim().is_empty())
        .collect();
    // One format per request: HTML as soon as a text has terms; the others are escaped by
    // `protect` and come back the same.
    let html = items.iter().any(|&i| !batch[i].terms.is_empty());
    let (texts, targets): (Vec<String>, Vec<Vec<String>>) = items
        .iter()
        .map(|&i| {
            if html {
                markup::protect(&batch[i])
            } else {
                (batch[i].text.clone(), Vec::new())
            }
        })
        .unzip();
    let sizes: Vec<usize> = texts.iter().map(|t| size(t)).collect();
    for range in pack(&sizes, max_texts, max_total) {
        let part = send(texts[range.clone()].to_vec(), html);
        let targets = &targets[range.clone()];
        let translated = meter
            .exchange(range.clone().map(|k| &batch[items[k]]), async {
                let answers = part.await?;
                Ok(answers
                    .into_iter()
                    .zip(targets)
                    .map(|(answer, targets)| Translation {
                        text: if html {
                            markup::restore(&decode_char_refs(&answer), targets).0
                        } else {
                            answer
                        },
                        billed_characters: None,
                    })
                    .collect())
            })
            .await?;
        for (k, t) in range.zip(translated) {
            out[items[k]] = t;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_767_225_600);
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("7"));
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(7)));
        h.insert(
            "retry-after",
            HeaderValue::from_str(&httpdate::fmt_http_date(now + Duration::from_secs(30))).unwrap(),
        );
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(30)));
        h.insert("retry-after-ms", HeaderValue::from_static("250"));
        assert_eq!(retry_after(&h, now), Some(Duration::from_millis(250)));
    }

    #[test]
    fn messages_in_every_shape_and_no_keys() {
        assert_eq!(
            error_message(r#"{"message":"Quota exceeded"}"#),
            "Quota exceeded"
        );
        assert_eq!(
            error_message(r#"{"error":{"code":403,"message":"Daily Limit Exceeded"}}"#),
            "Daily Limit Exceeded"
        );
        assert_eq!(
            error_message(r#"{"error":"Slowdown: 10 per minute"}"#),
            "Slowdown: 10 per minute"
        );
        assert_eq!(
            error_message(
                r#"{"status":"error","code":400,"message":"Bad Request","explanation":"That pair is not installed"}"#
            ),
            "That pair is not installed"
        );
        assert_eq!(error_message("<html>502</html>"), "<html>502</html>");
        let reply = Reply {
            status: 403,
            headers: HeaderMap::new(),
            body: r#"{"message":"Wrong key sk-secret-123"}"#.into(),
        };
        let err = check(&reply, &["sk-secret-123"], Some("OPENAI_API_KEY")).unwrap_err();
        assert_eq!(
            err,
            BackendError::Auth("HTTP 403: Wrong key <redacted> (check OPENAI_API_KEY)".into())
        );
    }
}
