//! The `libretranslate` backend: a LibreTranslate server (self-hosted, or a public instance
//! with an API key), translating with Argos models.
//!
//! Wire protocol (LibreTranslate's `app.py`):
//!
//! ```text
//! POST {endpoint}/translate   Content-Type: application/json
//! {"q":["Harga beras naik.","Banjir di Jakarta."],"source":"id","target":"en","format":"text",
//!  "api_key":"..."}
//! 200 {"translatedText":["Rice prices rise.","Floods in Jakarta."]}
//! 4xx/5xx {"error":"..."}
//! ```
//!
//! * The endpoint defaults to [`DEFAULT_ENDPOINT`] (`http://localhost:5000`, where
//!   `libretranslate` listens when run locally); `LIBRETRANSLATE_URL`, `endpoint` in
//!   `translate.toml` or `--endpoint` point elsewhere.
//! * `api_key` is sent only when `LIBRETRANSLATE_API_KEY` is set: self-hosted servers usually
//!   need none. A server that wants one answers 400 "Visit ... to get an API key", a wrong key
//!   gets 403 "Invalid API key"; both become [`BackendError::Auth`] naming the variable.
//! * Rate limits: LibreTranslate answers 429 `{"error":"Slowdown: 20 per 1 minute"}` with no
//!   `Retry-After`, counts every 429 towards banning the address, and then answers 403 "Too many
//!   request limits violations". So the backend backs off hard: a 429 without `Retry-After`
//!   asks the engine to wait [`RATE_LIMIT_WAIT`] (a full limiter window), a per-day limit stops
//!   the run as [`BackendError::QuotaExhausted`] (waiting a minute cannot help), a ban stops it
//!   too, and the default concurrency is 1.
//! * Glossary hints go as term markup ([`super::markup`]): when any text of a batch has terms
//!   the batch is sent with `"format":"html"`, each term an empty `<x id="N"/>` tag the server
//!   carries through, then replaced by the glossary's English. A tag the engine drops leaves
//!   its term missing, which the glossary check reports.
//! * Languages: English variants (`en-GB`, `en-US`) become `en`, LibreTranslate's only English;
//!   other codes are passed as given.

use super::options::{BackendOptions, Secret};
use super::Translation;
use super::{http, markup, Backend, BackendError, BackendFuture, LangPair, Limits, Meter, Request};
use serde::Serialize;
use std::time::Duration;

/// Where LibreTranslate listens when started locally (`libretranslate` or its Docker image).
pub const DEFAULT_ENDPOINT: &str = "http://localhost:5000";

/// How long to wait after a 429 that names no wait: LibreTranslate's limits are per minute, so
/// this lets a whole window pass instead of adding violations towards a ban.
pub const RATE_LIMIT_WAIT: Duration = Duration::from_secs(60);

/// The variable the API key comes from, named in authentication errors.
const KEY_VAR: &str = "LIBRETRANSLATE_API_KEY";

/// A LibreTranslate server.
#[derive(Debug)]
pub struct LibreTranslateBackend {
    client: reqwest::Client,
    endpoint: String,
    key: Option<Secret>,
    key_var: &'static str,
}

impl LibreTranslateBackend {
    /// A backend for `options.endpoint` (else [`DEFAULT_ENDPOINT`]), with `options.key` as the
    /// API key when there is one.
    pub fn new(options: &BackendOptions) -> Result<LibreTranslateBackend, String> {
        Ok(LibreTranslateBackend {
            client: http::client().map_err(|e| e.to_string())?,
            endpoint: options.endpoint_or(DEFAULT_ENDPOINT),
            key: options.key.clone(),
            key_var: options.key_var.unwrap_or(KEY_VAR),
        })
    }

    async fn translate_batch(
        &self,
        batch: &[Request],
        langs: &LangPair,
    ) -> Result<Vec<Translation>, BackendError> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let secrets: Vec<&str> = self.key.iter().map(Secret::expose).collect();
        // One format per request: html as soon as one text carries glossary terms; the other
        // texts are then escaped too, so that a literal `<` or `&` survives the HTML parser.
        let html = batch.iter().any(|r| !r.terms.is_empty());
        let (texts, targets): (Vec<String>, Vec<Vec<String>>) = if html {
            batch.iter().map(markup::protect).unzip()
        } else {
            batch.iter().map(|r| (r.text.clone(), Vec::new())).unzip()
        };
        let body = Body {
            q: &texts,
            source: language_code(&langs.from),
            target: language_code(&langs.to),
            format: if html { "html" } else { "text" },
            api_key: self.key.as_ref().map(Secret::expose),
        };
        let request = self
            .client
            .post(format!("{}/translate", self.endpoint))
            .json(&body);
        let reply = http::send(request, &secrets).await?;
        classify(&reply, &secrets, self.key_var)?;
        let value = http::json(&reply, &secrets)?;
        let translated = parse_answer(&value)?;
        Ok(translated
            .into_iter()
            .enumerate()
            .map(|(i, text)| Translation {
                // A tag that did not come back leaves its term out; the glossary check, which
                // runs on every segment, reports it.
                text: match targets.get(i) {
                    Some(targets) if html => markup::restore(&text, targets).0,
                    _ => text,
                },
                billed_characters: None,
            })
            .collect())
    }
}

/// The JSON body of `POST /translate`.
#[derive(Serialize)]
struct Body<'a> {
    q: &'a [String],
    source: &'a str,
    target: &'a str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key: Option<&'a str>,
}

/// LibreTranslate's code for `code`: `en` for every English variant.
fn language_code(code: &str) -> &str {
    let primary = code.split(['-', '_']).next().unwrap_or(code);
    if primary.eq_ignore_ascii_case("en") {
        "en"
    } else {
        code
    }
}

/// [`http::check`], with LibreTranslate's own meanings: a missing key comes as 400, a ban as
/// 403, a daily limit as 429, and a 429 never says how long to wait.
fn classify(reply: &http::Reply, secrets: &[&str], key_var: &str) -> Result<(), BackendError> {
    let Err(error) = http::check(reply, secrets, Some(key_var)) else {
        return Ok(());
    };
    let said = http::error_message(&reply.body).to_lowercase();
    Err(match error {
        BackendError::BadRequest(message) if said.contains("api key") => {
            BackendError::Auth(format!("{message} (set {key_var})"))
        }
        BackendError::Auth(message) if said.contains("limits violations") => {
            BackendError::QuotaExhausted(format!(
                "{message}: the server has banned this address for hitting its rate limit \
                 too often; wait before trying again"
            ))
        }
        BackendError::RateLimited { message, .. }
            if said.contains("per day") || said.contains("per 1 day") =>
        {
            BackendError::QuotaExhausted(format!("{message} (the daily limit is used up)"))
        }
        BackendError::RateLimited {
            retry_after: None,
            message,
        } => BackendError::RateLimited {
            retry_after: Some(RATE_LIMIT_WAIT),
            message,
        },
        other => other,
    })
}

/// The texts of `{"translatedText":[...]}`; an old server that answers a one-text batch with
/// a plain string is accepted too. The engine checks the count.
fn parse_answer(value: &serde_json::Value) -> Result<Vec<String>, BackendError> {
    let bad = |what: &str| {
        BackendError::BadResponse(format!(
            "LibreTranslate answered without {what}: {}",
            shorten(&value.to_string())
        ))
    };
    match value.get("translatedText") {
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| bad("a text in every `translatedText` item"))
            })
            .collect(),
        Some(serde_json::Value::String(text)) => Ok(vec![text.clone()]),
        _ => Err(bad("`translatedText`")),
    }
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(200).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

impl Backend for LibreTranslateBackend {
    fn name(&self) -> &str {
        "libretranslate"
    }

    fn limits(&self) -> Limits {
        // Self-hosted servers have no limits by default; public ones set LT_BATCH_LIMIT and
        // LT_CHAR_LIMIT, and a batch costs one rate unit per text. 20 texts / 4000 characters
        // keeps a news article to two or three requests and under the limits seen in practice.
        Limits {
            max_texts: 20,
            max_chars: 4000,
            default_concurrency: 1,
        }
    }

    fn secrets(&self) -> Vec<String> {
        self.key.iter().map(|k| k.expose().to_string()).collect()
    }

    fn translate_metered<'a>(
        &'a self,
        batch: &'a [Request],
        langs: &'a LangPair,
        meter: &'a Meter<'a>,
    ) -> BackendFuture<'a> {
        Box::pin(meter.exchange(batch, self.translate_batch(batch, langs)))
    }
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
    fn english_variants_are_en() {
        assert_eq!(language_code("en-GB"), "en");
        assert_eq!(language_code("en_US"), "en");
        assert_eq!(language_code("id"), "id");
        assert_eq!(language_code("zh-Hans"), "zh-Hans");
    }

    #[test]
    fn libretranslate_errors_mean_what_the_server_meant() {
        let key = KEY_VAR;
        let missing = reply(
            400,
            r#"{"error":"Visit https://portal.libretranslate.com to get an API key"}"#,
        );
        assert!(matches!(
            classify(&missing, &[], key),
            Err(BackendError::Auth(m)) if m.ends_with("(set LIBRETRANSLATE_API_KEY)")
        ));
        let banned = reply(403, r#"{"error":"Too many request limits violations"}"#);
        assert!(matches!(
            classify(&banned, &[], key),
            Err(BackendError::QuotaExhausted(_))
        ));
        let daily = reply(429, r#"{"error":"Slowdown: 100 per 1 day"}"#);
        assert!(matches!(
            classify(&daily, &[], key),
            Err(BackendError::QuotaExhausted(_))
        ));
        let minute = reply(429, r#"{"error":"Slowdown: 20 per 1 minute"}"#);
        assert_eq!(
            classify(&minute, &[], key),
            Err(BackendError::RateLimited {
                retry_after: Some(RATE_LIMIT_WAIT),
                message: "HTTP 429: Slowdown: 20 per 1 minute".into()
            })
        );
        let unsupported = reply(400, r#"{"error":"xx is not supported"}"#);
        assert!(matches!(
            classify(&unsupported, &[], key),
            Err(BackendError::BadRequest(_))
        ));
    }

    #[test]
    fn answers_as_arrays_or_a_single_string() {
        let v = serde_json::json!({"translatedText": ["a", "b"]});
        assert_eq!(parse_answer(&v).unwrap(), ["a", "b"]);
        let v = serde_json::json!({"translatedText": "a"});
        assert_eq!(parse_answer(&v).unwrap(), ["a"]);
        let v = serde_json::json!({"translatedText": [1]});
        assert!(matches!(
            parse_answer(&v),
            Err(BackendError::BadResponse(_))
        ));
        let v = serde_json::json!({"error": "x"});
        assert!(matches!(
            parse_answer(&v),
            Err(BackendError::BadResponse(_))
        ));
    }
}
