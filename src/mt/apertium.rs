//! The `apertium` backend: an Apertium APy server, the HTTP front of Apertium's rule-based
//! engines. Its only Indonesian pair is Indonesian -> Malay (`apertium-ind-zlm`), so this
//! backend is for `--to ms`, and it is the real MT server the end-to-end tests run against.
//!
//! Wire protocol (APy's `TranslateHandler`, the same for GET and POST):
//!
//! ```text
//! POST {endpoint}/translate   Content-Type: application/x-www-form-urlencoded
//! langpair=ind|zlm&q=...&markUnknown=yes&format=txt
//! 200 {"responseData":{"translatedText":"..."},"responseDetails":null,"responseStatus":200}
//! 400 {"status":"error","code":400,"message":"Bad Request","explanation":"That pair is not installed"}
//! GET {endpoint}/listPairs
//! 200 {"responseData":[{"sourceLanguage":"ind","targetLanguage":"zlm"}],...}
//! ```
//!
//! * The endpoint defaults to [`DEFAULT_ENDPOINT`] (APy's default port 2737); `APERTIUM_URL`,
//!   `endpoint` in `translate.toml` or `--endpoint` point elsewhere. No key.
//! * APy reads one `q` per request (a repeated `q` keeps only the last), so
//!   [`Limits::max_texts`] is 1 and the engine sends several requests at once instead.
//! * Language codes are mapped to the ISO 639-3 codes of Apertium's pairs: `id` -> `ind`,
//!   `ms` -> `zlm` (Malay), `en`/`en-GB`/`en-US` -> `eng`. A pair the server lacks gives a
//!   [`BackendError::BadRequest`] naming the pair and listing those it has.
//! * `markUnknown=yes`: words the engine does not know come back marked `*`, as in the offline
//!   backend, so a reviewer sees them. `format=txt`: segments are plain text, not HTML.
//! * No glossary: the glossaries' targets are English and Apertium has no Indonesian -> English
//!   pair (the pipeline applies no glossary into other languages), nor any term mechanism.

use super::options::BackendOptions;
use super::{
    http, Backend, BackendError, BackendFuture, LangPair, Limits, Meter, Request, Translation,
};

/// Where APy listens by default.
pub const DEFAULT_ENDPOINT: &str = "http://localhost:2737";

/// An Apertium APy server.
#[derive(Debug)]
pub struct ApertiumBackend {
    client: reqwest::Client,
    endpoint: String,
}

impl ApertiumBackend {
    /// A backend for `options.endpoint`, else [`DEFAULT_ENDPOINT`].
    pub fn new(options: &BackendOptions) -> Result<ApertiumBackend, String> {
        Ok(ApertiumBackend {
            client: http::client().map_err(|e| e.to_string())?,
            endpoint: options.endpoint_or(DEFAULT_ENDPOINT),
        })
    }

    async fn translate_batch(
        &self,
        batch: &[Request],
        langs: &LangPair,
        meter: &Meter<'_>,
    ) -> Result<Vec<Translation>, BackendError> {
        let pair = format!(
            "{}|{}",
            apertium_code(&langs.from),
            apertium_code(&langs.to)
        );
        // The engine sends one text per batch (the limits say so); a longer batch still works,
        // one request after another, each reported on its own.
        let mut out = Vec::with_capacity(batch.len());
        for request in batch {
            let one = self.translate_one(&request.text, &pair, langs);
            let answer = meter
                .exchange([request], async { one.await.map(|t| vec![t]) })
                .await?;
            out.extend(answer);
        }
        Ok(out)
    }

    async fn translate_one(
        &self,
        text: &str,
        pair: &str,
        langs: &LangPair,
    ) -> Result<Translation, BackendError> {
        let body = form_encode(&[
            ("langpair", pair),
            ("q", text),
            ("markUnknown", "yes"),
            ("format", "txt"),
        ]);
        let request = self
            .client
            .post(format!("{}/translate", self.endpoint))
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(body);
        let reply = http::send(request, &[]).await?;
        if reply.status == 400 && http::error_message(&reply.body).contains("not installed") {
            return Err(self.pair_missing(pair, langs).await);
        }
        http::check(&reply, &[], None)?;
        let value = http::json(&reply, &[])?;
        let text = value
            .pointer("/responseData/translatedText")
            .and_then(|t| t.as_str())
            .ok_or_else(|| {
                BackendError::BadResponse(format!(
                    "APy answered without responseData.translatedText: {}",
                    http::error_message(&reply.body)
                ))
            })?;
        Ok(Translation {
            text: text.to_string(),
            billed_characters: None,
        })
    }

    /// The error for a pair the server does not have, listing the pairs it has (when it says).
    async fn pair_missing(&self, pair: &str, langs: &LangPair) -> BackendError {
        let mut message = format!(
            "the Apertium server at {} has no {pair} pair installed (for {} -> {})",
            self.endpoint, langs.from, langs.to
        );
        if let Some(pairs) = self.installed_pairs().await {
            let listed: Vec<String> = pairs
                .iter()
                .map(|(from, to)| format!("{from}|{to} ({} -> {})", our_code(from), our_code(to)))
                .collect();
            message.push_str(&format!(
                "; it has: {}",
                if listed.is_empty() {
                    "none".to_string()
                } else {
                    listed.join(", ")
                }
            ));
        }
        BackendError::BadRequest(message)
    }

    /// `GET /listPairs`, or `None` when it fails: only used to explain another error.
    async fn installed_pairs(&self) -> Option<Vec<(String, String)>> {
        let reply = http::send(self.client.get(format!("{}/listPairs", self.endpoint)), &[])
            .await
            .ok()?;
        http::check(&reply, &[], None).ok()?;
        let value = http::json(&reply, &[]).ok()?;
        let pairs = value.get("responseData")?.as_array()?;
        Some(
            pairs
                .iter()
                .filter_map(|p| {
                    Some((
                        p.get("sourceLanguage")?.as_str()?.to_string(),
                        p.get("targetLanguage")?.as_str()?.to_string(),
                    ))
                })
                .collect(),
        )
    }
}

/// Apertium's ISO 639-3 code for one of ours. Codes it does not know go as given (APy itself
/// maps the common two-letter codes).
pub fn apertium_code(code: &str) -> String {
    let primary = code
        .split(['-', '_'])
        .next()
        .unwrap_or(code)
        .to_ascii_lowercase();
    match primary.as_str() {
        "id" | "in" | "ind" => "ind".into(),
        // Apertium's Malay is `zlm` (Malay the individual language), not macrolanguage `msa`.
        "ms" | "msa" | "may" | "zlm" => "zlm".into(),
        "en" | "eng" => "eng".into(),
        _ => code.to_string(),
    }
}

/// Our code for one of Apertium's, for messages.
fn our_code(code: &str) -> &str {
    match code {
        "ind" => "id",
        "zlm" => "ms",
        "eng" => "en",
        other => other,
    }
}

/// `application/x-www-form-urlencoded` (reqwest's `form` feature is not built in).
fn form_encode(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        encode_into(&mut out, name);
        out.push('=');
        encode_into(&mut out, value);
    }
    out
}

fn encode_into(out: &mut String, text: &str) {
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
}

impl Backend for ApertiumBackend {
    fn name(&self) -> &str {
        "apertium"
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: 1,
            // APy sets no limit; a very long sentence still goes alone.
            max_chars: 10_000,
            // A local server: a few requests in flight hide the HTTP round trips while APy's
            // pipeline works through them.
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_codes_become_apertium_codes() {
        assert_eq!(apertium_code("id"), "ind");
        assert_eq!(apertium_code("ms"), "zlm");
        assert_eq!(apertium_code("en-GB"), "eng");
        assert_eq!(apertium_code("en-US"), "eng");
        assert_eq!(apertium_code("zlm"), "zlm");
        assert_eq!(apertium_code("spa"), "spa");
    }

    #[test]
    fn form_bodies_are_percent_encoded() {
        assert_eq!(
            form_encode(&[("langpair", "ind|zlm"), ("q", "Harga naik 5% & “turun” é")]),
            "langpair=ind%7Czlm&q=Harga+naik+5%25+%26+%E2%80%9Cturun%E2%80%9D+%C3%A9"
        );
    }
}
