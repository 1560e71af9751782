//! The libretranslate backend against a mock LibreTranslate server on 127.0.0.1: the request
//! shape its `app.py` reads, its answers, and its failures (rate limits without `Retry-After`,
//! bans, daily limits, keys), driven through the engine's retry loop where retries matter.

use serde_json::json;
use std::time::Duration;
use terjemah::mt::engine::{send_batch, RetryPolicy};
use terjemah::mt::libretranslate::{LibreTranslateBackend, RATE_LIMIT_WAIT};
use terjemah::mt::options::{BackendOptions, Secret};
use terjemah::mt::{Backend, BackendError, LangPair, Request, TermHint};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "lt-test-key-7f3a9c";

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
async fn sends_q_as_an_array_with_the_key_and_reads_the_array_back() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/translate"))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "q": ["Harga beras naik.", "Banjir di Jakarta."],
            "source": "id",
            "target": "en",
            "format": "text",
            "api_key": KEY,
        })))
        .respond_with(ok_two())
        .expect(1)
        .mount(&server)
        .await;
    let langs = LangPair {
        from: "id".into(),
        to: "en-GB".into(),
    };
    let (out, retries) = send_batch(&backend(&server, Some(KEY)), &batch(), &langs, &fast())
        .await
        .unwrap();
    assert_eq!(texts(&out), ["Rice prices rise.", "Floods in Jakarta."]);
    assert_eq!(retries, 0);
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
async fn retry_after_is_honoured_on_429() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "2")
                .set_body_json(json!({"error": "Slowdown: 20 per 1 minute"})),
        )
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ok_two())
        .mount(&server)
        .await;
    let b = backend(&server, None);
    assert_eq!(
        b.translate(&batch(), &en()).await,
        Err(BackendError::RateLimited {
            retry_after: Some(Duration::from_secs(2)),
            message: "HTTP 429: Slowdown: 20 per 1 minute".into()
        })
    );
    // The engine waits (capped by the fast policy here) and tries again.
    let (out, retries) = send_batch(&b, &batch(), &en(), &fast()).await.unwrap();
    assert_eq!(out.len(), 2);
    assert_eq!(retries, 1);
}

#[tokio::test]
async fn a_429_without_retry_after_backs_off_a_full_minute() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(429).set_body_json(json!({"error": "Slowdown: 20 per 1 minute"})),
        )
        .mount(&server)
        .await;
    let err = backend(&server, None)
        .translate(&batch(), &en())
        .await
        .unwrap_err();
    assert_eq!(RATE_LIMIT_WAIT, Duration::from_secs(60));
    assert_eq!(
        err,
        BackendError::RateLimited {
            retry_after: Some(RATE_LIMIT_WAIT),
            message: "HTTP 429: Slowdown: 20 per 1 minute".into()
        }
    );
    // The default policy honours it in full, and the backend asks for one request at a time.
    assert_eq!(RetryPolicy::default().delay(1, &err), RATE_LIMIT_WAIT);
    assert_eq!(backend(&server, None).limits().default_concurrency, 1);
}

#[tokio::test]
async fn a_500_then_success_is_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(500)
                .set_body_json(json!({"error": "Cannot translate text: model crashed"})),
        )
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ok_two())
        .expect(1)
        .mount(&server)
        .await;
    let (out, retries) = send_batch(&backend(&server, None), &batch(), &en(), &fast())
        .await
        .unwrap();
    assert_eq!(texts(&out)[1], "Floods in Jakarta.");
    assert_eq!(retries, 1);
}

#[tokio::test]
async fn a_slow_server_times_out_and_is_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ok_two().set_delay(Duration::from_secs(1)))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ok_two())
        .mount(&server)
        .await;
    let (out, retries) = send_batch(&backend(&server, None), &batch(), &en(), &fast())
        .await
        .unwrap();
    assert_eq!(out.len(), 2);
    assert_eq!(retries, 1);

    // Slow every time: the engine gives up with a retryable error that says so.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ok_two().set_delay(Duration::from_secs(1)))
        .mount(&server)
        .await;
    let policy = RetryPolicy {
        max_attempts: 2,
        ..fast()
    };
    let err = send_batch(&backend(&server, None), &batch(), &en(), &policy)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, BackendError::Retryable(m) if m.contains("no answer within")),
        "{err}"
    );
}

#[tokio::test]
async fn malformed_json_is_a_bad_response() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_string("<html>Bad gateway</html>"))
        .expect(3)
        .mount(&server)
        .await;
    let err = send_batch(&backend(&server, None), &batch(), &en(), &fast())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, BackendError::BadResponse(m) if m.contains("not JSON") && m.contains("Bad gateway")),
        "{err}"
    );

    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"translated": []})))
        .mount(&server)
        .await;
    let err = backend(&server, None)
        .translate(&batch(), &en())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, BackendError::BadResponse(m) if m.contains("translatedText")),
        "{err}"
    );
}

#[tokio::test]
async fn a_wrong_number_of_translations_is_caught() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"translatedText": ["Rice prices rise. Floods in Jakarta."]})),
        )
        .expect(3)
        .mount(&server)
        .await;
    let err = send_batch(&backend(&server, None), &batch(), &en(), &fast())
        .await
        .unwrap_err();
    assert_eq!(
        err,
        BackendError::BadResponse("sent 2 texts, got 1 translations back".into())
    );
}

#[tokio::test]
async fn a_wrong_key_names_the_variable_and_never_the_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(403)
                .set_body_json(json!({"error": format!("Invalid API key: {KEY}")})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = send_batch(&backend(&server, Some(KEY)), &batch(), &en(), &fast())
        .await
        .unwrap_err();
    let shown = err.to_string();
    assert!(matches!(err, BackendError::Auth(_)), "{shown}");
    assert!(shown.contains("LIBRETRANSLATE_API_KEY"), "{shown}");
    assert!(!shown.contains(KEY), "{shown}");
    assert!(!format!("{err:?}").contains(KEY));
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
async fn a_used_up_daily_limit_or_a_ban_stops_at_once() {
    for (status, message) in [
        (429, "Slowdown: 100 per 1 day"),
        (403, "Too many request limits violations"),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(status).set_body_json(json!({"error": message})))
            .expect(1)
            .mount(&server)
            .await;
        let err = send_batch(&backend(&server, Some(KEY)), &batch(), &en(), &fast())
            .await
            .unwrap_err();
        assert!(
            matches!(&err, BackendError::QuotaExhausted(m) if m.contains(message)),
            "{err}"
        );
        assert!(!err.is_retryable());
    }
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
