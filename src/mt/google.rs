//! The Google backend: Cloud Translation v2 ("Basic") with an API key.
//!
//! Wire protocol (`shared/reference/mt-apis.md` §2):
//! - `POST {endpoint}/language/translate/v2?key=KEY` (default endpoint
//!   `https://translation.googleapis.com`), JSON
//!   `{"q":["...","..."],"source":"id","target":"en","format":"text"}`; answer
//!   `{"data":{"translations":[{"translatedText":"..."}]}}`, one per `q`, in order.
//! - `format` defaults to `html` on Google's side, which returns entities (`&#39;`), so plain
//!   sentences go as `text`. v2 has no glossary: when a batch holds glossary terms it goes as
//!   `html` with each term replaced by `<x id="N"/>` ([`super::markup`]), and the answer's tags
//!   are replaced by the glossary's English and its entities decoded ([`http::translate_texts`]).
//! - Limits: 128 `q` per request (more is refused with "Too many text segments"), 100K bytes
//!   per request.
//! - Errors: `{"error":{"code","message","errors":[{"reason"}],"status","details"}}`. Quota
//!   errors are 403: per-minute (`userRateLimitExceeded`, `rateLimitExceeded`) is retried after
//!   the server's `Retry-After` or a minute; daily (`dailyLimitExceeded`, `quotaExceeded`)
//!   stops the run. A bad key (`keyInvalid`, "API key not valid", 400 or 403) is an
//!   authentication error naming `GOOGLE_API_KEY`.
//!
//! The key travels in the URL, where reqwest's errors would show it: every message goes
//! through [`http::redact`] with the key as a secret.

use super::options::{BackendOptions, Secret};
use super::{http, Backend, BackendError, BackendFuture, LangPair, Limits, Meter, Request};
use reqwest::header::CONTENT_TYPE;
use serde_json::{json, Value};
use std::time::{Duration, SystemTime};

/// Google's public endpoint.
pub const DEFAULT_ENDPOINT: &str = "https://translation.googleapis.com";

/// `q` elements per request.
const MAX_TEXTS: usize = 128;
/// Bytes of `q` per request: the hard limit is 100K bytes for the whole request.
const MAX_Q_BYTES: usize = 90_000;
/// Characters the engine puts in one batch: far under the byte limit even with four-byte
/// characters, and near the 5K code points Google recommends per request times the four
/// requests in flight.
const MAX_CHARS: usize = 20_000;
/// The wait after a per-minute quota error when the server does not say.
const PER_MINUTE_WAIT: Duration = Duration::from_secs(60);

/// The Google Cloud Translation v2 backend.
#[derive(Debug)]
pub struct GoogleBackend {
    client: reqwest::Client,
    endpoint: String,
    key: Secret,
    key_var: &'static str,
}

impl GoogleBackend {
    /// A backend for the key in `options` (`GOOGLE_API_KEY`), at `options.endpoint` or
    /// Google's public endpoint.
    pub fn new(options: &BackendOptions) -> Result<GoogleBackend, String> {
        let key = options.require_key("google")?.clone();
        Ok(GoogleBackend {
            client: http::client().map_err(|e| e.to_string())?,
            endpoint: options.endpoint_or(DEFAULT_ENDPOINT),
            key,
            key_var: options.key_var.unwrap_or("GOOGLE_API_KEY"),
        })
    }

    /// One request: `texts` as `q`, HTML when they carry term markup.
    async fn send(
        &self,
        texts: Vec<String>,
        langs: &LangPair,
        html: bool,
    ) -> Result<Vec<String>, BackendError> {
        let secrets = [self.key.expose()];
        let body = json!({
            "q": texts,
            "source": google_lang(&langs.from),
            "target": google_lang(&langs.to),
            "format": if html { "html" } else { "text" },
        });
        let request = self
            .client
            .post(format!("{}/language/translate/v2", self.endpoint))
            .query(&[("key", self.key.expose())])
            .header(CONTENT_TYPE, "application/json")
            .body(body.to_string());
        let reply = http::send(request, &secrets).await?;
        if let Some(e) = classify(&reply, &secrets, self.key_var) {
            return Err(e);
        }
        http::check(&reply, &secrets, Some(self.key_var))?;
        let value = http::json(&reply, &secrets)?;
        let list = http::answer_list(&value, "/data/translations", texts.len())?;
        list.iter()
            .enumerate()
            .map(|(n, t)| http::item_text(t, "/translatedText", n))
            .collect()
    }
}

impl Backend for GoogleBackend {
    fn name(&self) -> &str {
        "google"
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

    fn secrets(&self) -> Vec<String> {
        vec![self.key.expose().to_string()]
    }

    fn translate_metered<'a>(
        &'a self,
        batch: &'a [Request],
        langs: &'a LangPair,
        meter: &'a Meter<'a>,
    ) -> BackendFuture<'a> {
        // Normally one request; more only when markup pushed a batch past Google's limits.
        Box::pin(http::translate_texts(
            batch,
            meter,
            |t| http::json_len(t) + 1,
            (MAX_TEXTS, MAX_Q_BYTES),
            move |texts, html| self.send(texts, langs, html),
        ))
    }
}

/// Google's code for a language: English without a variant (v2 has one English); other codes
/// as given, lower-cased, since Google keeps variants such as `zh-TW`.
pub fn google_lang(code: &str) -> String {
    let code = code.trim().replace('_', "-");
    let lower = code.to_ascii_lowercase();
    if super::is_english(&code) {
        "en".into()
    } else if lower.starts_with("zh-") {
        // Google spells these `zh-CN`, `zh-TW`.
        format!("zh-{}", code[3..].to_ascii_uppercase())
    } else {
        lower
    }
}

/// The errors Google reports in its own way, before the generic status mapping: quota 403s
/// (per-minute: wait and retry; daily: stop) and an invalid key (400 or 403).
fn classify(reply: &http::Reply, secrets: &[&str], key_var: &str) -> Option<BackendError> {
    if !matches!(reply.status, 400 | 403 | 429) {
        return None;
    }
    let value: Value = serde_json::from_str(&reply.body).ok()?;
    let error = value.get("error")?;
    let message = error
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or_default();
    // Reasons sit in `errors[]` (v2's legacy shape) and in `details[]` (`ErrorInfo`).
    let reasons: Vec<&str> = ["errors", "details"]
        .iter()
        .filter_map(|k| error.get(*k).and_then(Value::as_array))
        .flatten()
        .filter_map(|e| e.get("reason").and_then(Value::as_str))
        .collect();
    let has = |names: &[&str]| reasons.iter().any(|r| names.contains(r));
    let lower = message.to_ascii_lowercase();
    let text = http::status_message(reply, secrets);
    let rate_limited = || BackendError::RateLimited {
        retry_after: Some(
            http::retry_after(&reply.headers, SystemTime::now()).unwrap_or(PER_MINUTE_WAIT),
        ),
        message: text.clone(),
    };
    if has(&["keyInvalid", "API_KEY_INVALID"]) || lower.contains("api key not valid") {
        return Some(BackendError::Auth(format!("{text} (check {key_var})")));
    }
    // The newer shape says which quota in the message ("... per minute", "... per day").
    if lower.contains("per minute") {
        return Some(rate_limited());
    }
    if has(&[
        "dailyLimitExceeded",
        "dailyLimitExceededUnreg",
        "quotaExceeded",
    ]) || lower.contains("daily limit")
        || lower.contains("per day")
    {
        return Some(BackendError::QuotaExhausted(text));
    }
    if has(&[
        "userRateLimitExceeded",
        "rateLimitExceeded",
        "RATE_LIMIT_EXCEEDED",
    ]) || lower.contains("rate limit")
    {
        return Some(rate_limited());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderMap;

    fn reply(status: u16, body: &str) -> http::Reply {
        http::Reply {
            status,
            headers: HeaderMap::new(),
            body: body.into(),
        }
    }

    #[test]
    fn character_references() {
        assert_eq!(
            super::super::markup::decode_char_refs(
                "Shoigu&#39;s &#8220;ally&#8221; &#x26; &#60;x&#62; &#zz; &amp;"
            ),
            "Shoigu's \u{201c}ally\u{201d} &amp; &lt;x&gt; &#zz; &amp;"
        );
    }

    #[test]
    fn quota_kinds() {
        let per_minute = reply(
            403,
            r#"{"error":{"code":403,"message":"User Rate Limit Exceeded","errors":[{"domain":"usageLimits","reason":"userRateLimitExceeded"}]}}"#,
        );
        assert!(matches!(
            classify(&per_minute, &[], "GOOGLE_API_KEY"),
            Some(BackendError::RateLimited { retry_after: Some(d), .. }) if d == PER_MINUTE_WAIT
        ));
        let daily = reply(
            403,
            r#"{"error":{"code":403,"message":"Daily Limit Exceeded","errors":[{"domain":"usageLimits","reason":"dailyLimitExceeded"}]}}"#,
        );
        assert!(matches!(
            classify(&daily, &[], "GOOGLE_API_KEY"),
            Some(BackendError::QuotaExhausted(_))
        ));
        let newer = reply(
            429,
            r#"{"error":{"code":429,"message":"Quota exceeded for quota metric 'Characters' and limit 'Characters per minute per user'","status":"RESOURCE_EXHAUSTED","details":[{"reason":"RATE_LIMIT_EXCEEDED"}]}}"#,
        );
        assert!(matches!(
            classify(&newer, &[], "GOOGLE_API_KEY"),
            Some(BackendError::RateLimited { .. })
        ));
        let disabled = reply(
            403,
            r#"{"error":{"code":403,"message":"Cloud Translation API has not been used in project 1 before or it is disabled.","errors":[{"reason":"accessNotConfigured"}]}}"#,
        );
        assert_eq!(classify(&disabled, &[], "GOOGLE_API_KEY"), None);
    }

    #[test]
    fn language_codes() {
        assert_eq!(google_lang("en-US"), "en");
        assert_eq!(google_lang("id"), "id");
        assert_eq!(google_lang("zh-tw"), "zh-TW");
    }
}
