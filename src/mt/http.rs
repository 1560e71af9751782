//! What every HTTP backend shares: one client (rustls with the ring provider), sending a
//! request and turning the answer into a [`BackendError`] by status (429 with `Retry-After`,
//! 5xx retryable, 401/403 auth, 456 quota), reading error messages in the shapes these services
//! use, and keeping keys out of every message.

use super::BackendError;
use reqwest::header::HeaderMap;
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
    let message = redact(
        &format!("HTTP {status}: {}", error_message(&reply.body)),
        secrets,
    );
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
