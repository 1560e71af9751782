//! The Azure backend: Azure AI Translator v3.
//!
//! Wire protocol (`shared/reference/mt-apis.md` §6):
//! - `POST {endpoint}/translate?api-version=3.0&from=id&to=en` (default endpoint
//!   `https://api.cognitive.microsofttranslator.com`; a resource's own
//!   `https://NAME.cognitiveservices.azure.com` gets its `/translator/text/v3.0` path added),
//!   headers `Ocp-Apim-Subscription-Key` and, for regional and multi-service resources,
//!   `Ocp-Apim-Subscription-Region` (`AZURE_TRANSLATOR_REGION`). Body `[{"Text":"..."}]`;
//!   answer `[{"translations":[{"text":"...","to":"en"}]}]`, one element per input, in order.
//! - Glossary terms go as markup: `textType=html` with each term replaced by `<x id="N"/>`
//!   ([`super::markup`]), restored to the glossary's English afterwards. (Azure's own
//!   `mstrans:dictionary` markup is documented as safe only for names.)
//! - Limits: 1000 elements and 50,000 characters (markup included) per request.
//! - Errors: `{"error":{"code":401000,"message":"..."}}`: 401 bad key or missing region
//!   (names `AZURE_TRANSLATOR_KEY`), 403001 free quota used up (stops the run), 429 rate
//!   limits (retried after `Retry-After`), 5xx retried, other 400s refused.

use super::options::{BackendOptions, Secret};
use super::{http, Backend, BackendError, BackendFuture, LangPair, Limits, Meter, Request};
use reqwest::header::CONTENT_TYPE;
use serde_json::Value;

/// Azure's global endpoint.
pub const DEFAULT_ENDPOINT: &str = "https://api.cognitive.microsofttranslator.com";

/// Elements per request.
const MAX_TEXTS: usize = 1000;
/// Characters per request as Azure counts them, markup included.
const MAX_REQUEST_CHARS: usize = 50_000;
/// Characters of text the engine puts in one batch: room left for term tags, which
/// [`http::translate_texts`] accounts for exactly.
const MAX_CHARS: usize = 40_000;

/// The Azure AI Translator v3 backend.
#[derive(Debug)]
pub struct AzureBackend {
    client: reqwest::Client,
    endpoint: String,
    key: Secret,
    key_var: &'static str,
    region: Option<String>,
}

impl AzureBackend {
    /// A backend for the key in `options` (`AZURE_TRANSLATOR_KEY`, with
    /// `AZURE_TRANSLATOR_REGION` when set), at `options.endpoint` or Azure's global endpoint.
    pub fn new(options: &BackendOptions) -> Result<AzureBackend, String> {
        let key = options.require_key("azure")?.clone();
        Ok(AzureBackend {
            client: http::client().map_err(|e| e.to_string())?,
            endpoint: translate_url(&options.endpoint_or(DEFAULT_ENDPOINT)),
            key,
            key_var: options.key_var.unwrap_or("AZURE_TRANSLATOR_KEY"),
            region: options
                .region
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(str::to_string),
        })
    }

    /// The URL requests go to, without the query.
    pub fn url(&self) -> &str {
        &self.endpoint
    }

    /// One request: `texts` as `[{"Text"}]`, HTML when they carry term markup.
    async fn send(
        &self,
        texts: Vec<String>,
        langs: &LangPair,
        html: bool,
    ) -> Result<Vec<String>, BackendError> {
        let secrets = [self.key.expose()];
        let body: Vec<Value> = texts
            .iter()
            .map(|t| serde_json::json!({ "Text": t }))
            .collect();
        let mut query = vec![
            ("api-version", "3.0".to_string()),
            ("from", azure_lang(&langs.from)),
            ("to", azure_lang(&langs.to)),
        ];
        if html {
            query.push(("textType", "html".into()));
        }
        let mut request = self
            .client
            .post(&self.endpoint)
            .query(&query)
            .header("Ocp-Apim-Subscription-Key", self.key.expose())
            .header(CONTENT_TYPE, "application/json; charset=UTF-8")
            .body(Value::Array(body).to_string());
        if let Some(region) = &self.region {
            request = request.header("Ocp-Apim-Subscription-Region", region);
        }
        let reply = http::send(request, &secrets).await?;
        self.check(&reply, &secrets)?;
        let value = http::json(&reply, &secrets)?;
        let list = http::answer_list(&value, "", texts.len())?;
        list.iter()
            .enumerate()
            .map(|(n, item)| http::item_text(item, "/translations/0/text", n))
            .collect()
    }

    /// [`http::check`], with Azure's own codes: 403001 (free quota used up) stops the run
    /// rather than reading as a bad key, and a 401 without a region says a region may be
    /// missing.
    fn check(&self, reply: &http::Reply, secrets: &[&str]) -> Result<(), BackendError> {
        let code = serde_json::from_str::<Value>(&reply.body)
            .ok()
            .and_then(|v| v.pointer("/error/code").and_then(Value::as_u64));
        let message = || http::status_message(reply, secrets);
        match reply.status {
            403 if code == Some(403001) || message().to_ascii_lowercase().contains("quota") => {
                Err(BackendError::QuotaExhausted(message()))
            }
            401 if self.region.is_none() => Err(BackendError::Auth(format!(
                "{} (check {}; a regional or multi-service resource also needs \
                 AZURE_TRANSLATOR_REGION)",
                message(),
                self.key_var
            ))),
            _ => http::check(reply, secrets, Some(self.key_var)),
        }
    }
}

impl Backend for AzureBackend {
    fn name(&self) -> &str {
        "azure"
    }

    fn model(&self) -> Option<String> {
        Some("v3".into())
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
        // Azure counts characters (UTF-16 units would differ only outside the BMP; Unicode
        // scalars over-count nothing that matters here), markup included.
        Box::pin(http::translate_texts(
            batch,
            meter,
            |t| t.chars().count(),
            (MAX_TEXTS, MAX_REQUEST_CHARS),
            move |texts, html| self.send(texts, langs, html),
        ))
    }
}

/// Azure's code for a language: English without a variant; others as given, lower-cased
/// except a script or region part (`zh-Hans`, `pt-PT`), which Azure spells as BCP 47 does.
pub fn azure_lang(code: &str) -> String {
    let code = code.trim().replace('_', "-");
    let lower = code.to_ascii_lowercase();
    if super::is_english(&code) {
        return "en".into();
    }
    match lower.split_once('-') {
        Some((lang, rest)) if rest.len() == 4 => {
            let mut script = rest.to_string();
            script[..1].make_ascii_uppercase();
            format!("{lang}-{script}")
        }
        Some((lang, rest)) => format!("{lang}-{}", rest.to_ascii_uppercase()),
        None => lower,
    }
}

/// The translate URL for an endpoint: the global and regional hosts serve `/translate`; a
/// resource's custom domain serves it under `/translator/text/v3.0`.
fn translate_url(endpoint: &str) -> String {
    let endpoint = endpoint.trim_end_matches('/');
    if endpoint.ends_with("/translate") {
        return endpoint.to_string();
    }
    let host_only = endpoint
        .split_once("://")
        .is_some_and(|(_, rest)| !rest.contains('/'));
    if host_only && endpoint.ends_with(".cognitiveservices.azure.com") {
        format!("{endpoint}/translator/text/v3.0/translate")
    } else {
        format!("{endpoint}/translate")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            translate_url(DEFAULT_ENDPOINT),
            "https://api.cognitive.microsofttranslator.com/translate"
        );
        assert_eq!(
            translate_url("https://kantor.cognitiveservices.azure.com/"),
            "https://kantor.cognitiveservices.azure.com/translator/text/v3.0/translate"
        );
        assert_eq!(
            translate_url("http://127.0.0.1:9000"),
            "http://127.0.0.1:9000/translate"
        );
    }

    #[test]
    fn language_codes() {
        assert_eq!(azure_lang("en-US"), "en");
        assert_eq!(azure_lang("id"), "id");
        assert_eq!(azure_lang("zh-hans"), "zh-Hans");
        assert_eq!(azure_lang("pt-pt"), "pt-PT");
    }
}
