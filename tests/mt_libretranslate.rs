//! What only the libretranslate backend does, against a mock LibreTranslate server on
//! 127.0.0.1: no `api_key` field without a key, glossary terms as HTML tags, the answer to a
//! missing key, an unsupported language, and its own limits. Its request shape, rate limits
//! without `Retry-After`, bans, daily limits and the other shared behaviours are in
//! `mt_contract`.

use serde_json::json;
use std::time::Duration;
use terjemah::mt::engine::{send_batch, RetryPolicy};
use terjemah::mt::libretranslate::LibreTranslateBackend;
use terjemah::mt::options::{BackendOptions, Secret};
use terjemah::mt::{Backend, BackendError, LangPair, Request, TermHint};
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn backend(server: &MockServer, key: Option<&str>) -> LibreTranslateBackend {
    LibreTranslateBackend::new(&BackendOptions {
        endpoint: Some(format!("{}/", server.uri())),
        key: key.map(Secret::new),
        key_var: Some("LIBRETRANSLATE_API_KEY"),
        ..BackendOptions::default()
    })
    .expect("backend")
}

fn request(id: &str, text: &str) -> Request {
    Request {
        id: id.into(),
        text: text.into(),
        context: None,
        terms: Vec::new(),
    }
}

fn batch() -> Vec<Request> {
    vec![
        request("1.1", "Harga beras naik."),
        request("1.2", "Banjir di Jakarta."),
    ]
}

fn en() -> LangPair {
    LangPair::default()
}

/// Millisecond backoff and a short timeout, so that every test stays well under two seconds.
fn fast() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(5),
        timeout: Duration::from_millis(300),
    }
}

fn ok_two() -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(json!({"translatedText": ["Rice prices rise.", "Floods in Jakarta."]}))
}

fn texts(t: &[terjemah::mt::Translation]) -> Vec<&str> {
    t.iter().map(|t| t.text.as_str()).collect()
}

#[tokio::test]
async fn without_a_key_no_api_key_field_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/translate"))
        .and(|req: &wiremock::Request| {
            let body: serde_json::Value = serde_json::from_slice(&req.body).unwrap_or_default();
            body.get("api_key").is_none() && body["q"].is_array()
        })
        .respond_with(ok_two())
        .expect(1)
        .mount(&server)
        .await;
    let out = backend(&server, None).translate(&batch(), &en()).await;
    assert_eq!(out.map(|t| t.len()), Ok(2));
}

#[tokio::test]
async fn glossary_terms_travel_as_html_tags_and_come_back_as_english() {
    let server = MockServer::start().await;
    let text = "Menteri Pertahanan Rusia tiba di Minsk.";
    let mut with_term = request("2.1", text);
    with_term.terms.push(TermHint {
        start: 0,
        end: "Menteri Pertahanan".len(),
        source: "Menteri Pertahanan".into(),
        target: "Defence Minister".into(),
        adjective: None,
        keep: false,
    });
    Mock::given(method("POST"))
        .and(path("/translate"))
        .and(body_json(json!({
            "q": ["<x id=\"1\"/> Rusia tiba di Minsk.", "Harga naik 5% &amp; turun."],
            "source": "id",
            "target": "en",
            "format": "html",
        })))
        // LibreTranslate parses HTML: the empty tag comes back as a pair, entities unescaped.
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "translatedText": [
                "Russian <x id=\"1\"></x> arrived in Minsk.",
                "Prices rise 5% & fall."
            ]
        })))
        .expect(1)
        .mount(&server)
        .await;
    let batch = vec![with_term, request("2.2", "Harga naik 5% & turun.")];
    let out = backend(&server, None)
        .translate(&batch, &en())
        .await
        .unwrap();
    assert_eq!(
        texts(&out),
        [
            "Russian Defence Minister arrived in Minsk.",
            "Prices rise 5% & fall."
        ]
    );
}

#[tokio::test]
async fn a_missing_key_says_which_variable_to_set() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(400).set_body_json(
            json!({"error": "Visit https://portal.libretranslate.com to get an API key"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let err = send_batch(&backend(&server, None), &batch(), &en(), &fast())
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "authentication failed: HTTP 400: Visit https://portal.libretranslate.com to get an \
         API key (set LIBRETRANSLATE_API_KEY)"
    );
}

#[tokio::test]
async fn an_unsupported_language_is_not_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(400).set_body_json(json!({"error": "ms is not supported"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let langs = LangPair {
        from: "id".into(),
        to: "ms".into(),
    };
    let err = send_batch(&backend(&server, None), &batch(), &langs, &fast())
        .await
        .unwrap_err();
    assert_eq!(
        err,
        BackendError::BadRequest("HTTP 400: ms is not supported".into())
    );
}

#[tokio::test]
async fn limits_keep_an_article_to_a_few_requests() {
    let server = MockServer::start().await;
    let limits = backend(&server, None).limits();
    assert_eq!(limits.default_concurrency, 1);
    assert!(limits.max_texts >= 10 && limits.max_chars >= 2000);
}
