//! The google backend (Cloud Translation v2 with an API key) against a mock on 127.0.0.1. The
//! mock checks the real request shape (path, `key` in the query, `q`/`source`/`target`/
//! `format` in the JSON body, at most 128 texts) and answers in Google's shapes, including its
//! 403 quota errors, which mean "wait a minute" or "stop for the day" depending on the reason.

use crate::mt_deepl::{article, plain_requests, policy};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use terjemah::mt::engine::send_batch;
use terjemah::mt::google::GoogleBackend;
use terjemah::mt::options::{BackendOptions, Secret};
use terjemah::mt::{Backend, BackendError, LangPair, Request};
use wiremock::matchers::{body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "AIzaSyD-test-7Qm2xK9pL4vN8rT1wE6yU3iO";

fn options(endpoint: String) -> BackendOptions {
    BackendOptions {
        endpoint: Some(endpoint),
        key: Some(Secret::new(KEY)),
        key_var: Some("GOOGLE_API_KEY"),
        ..BackendOptions::default()
    }
}

fn backend(server: &MockServer) -> GoogleBackend {
    GoogleBackend::new(&options(server.uri())).expect("the backend builds")
}

fn english(text: &str) -> String {
    format!("EN[{text}]")
}

/// Google's answer: one `translatedText` per `q`. In HTML mode it writes characters outside
/// ASCII as numeric references, as Google does for quotes and apostrophes.
fn translate_answer(request: &wiremock::Request) -> ResponseTemplate {
    let body: Value = request.body_json().expect("the request body is JSON");
    let html = body["format"] == "html";
    let translations: Vec<Value> = body["q"]
        .as_array()
        .expect("`q` is an array")
        .iter()
        .map(|q| {
            let mut text = english(q.as_str().expect("each q is a string"));
            if html {
                text = text
                    .chars()
                    .map(|c| {
                        if c.is_ascii() {
                            c.to_string()
                        } else {
                            format!("&#{};", c as u32)
                        }
                    })
                    .collect();
            }
            json!({ "translatedText": text })
        })
        .collect();
    ResponseTemplate::new(200).set_body_json(json!({"data": {"translations": translations}}))
}

/// A mock Google that accepts only well-formed v2 requests.
async fn mount_translate(server: &MockServer) {
    Mock::given(method("POST"))
        .and(path("/language/translate/v2"))
        .and(query_param("key", KEY))
        .and(header("content-type", "application/json"))
        .and(body_partial_json(json!({"source": "id", "target": "en"})))
        .respond_with(translate_answer)
        .mount(server)
        .await;
}

async fn bodies(server: &MockServer) -> Vec<Value> {
    server
        .received_requests()
        .await
        .expect("requests are recorded")
        .iter()
        .map(|r| r.body_json().expect("JSON body"))
        .collect()
}

fn en() -> LangPair {
    LangPair::default()
}

fn one_request() -> Vec<Request> {
    plain_requests()[1..3].to_vec()
}

/// Google's error body.
fn google_error(code: u16, message: &str, reason: &str) -> Value {
    json!({"error": {
        "code": code,
        "message": message,
        "errors": [{"message": message, "domain": "usageLimits", "reason": reason}],
    }})
}

#[tokio::test]
async fn requests_have_googles_shape_and_answers_keep_order() {
    let server = MockServer::start().await;
    mount_translate(&server).await;
    let google = backend(&server);
    assert_eq!(google.model().as_deref(), Some("v2"));
    let batch = plain_requests();
    let (out, retries) = send_batch(&google, &batch, &en(), &policy())
        .await
        .expect("translated");
    assert_eq!(retries, 0);
    assert_eq!(out.len(), batch.len());
    assert!(batch
        .iter()
        .zip(&out)
        .all(|(r, t)| t.text == english(&r.text)));

    let sent = bodies(&server).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["format"], "text");
    let q: Vec<&str> = sent[0]["q"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let texts: Vec<&str> = batch.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(q, texts);

    // Google has one English: `en-US` is still `en`.
    let us = LangPair {
        from: "id".into(),
        to: "en-US".into(),
    };
    google
        .translate(&batch[..1], &us)
        .await
        .expect("translated");
}

#[tokio::test]
async fn at_most_128_texts_per_request() {
    let server = MockServer::start().await;
    mount_translate(&server).await;
    let google = backend(&server);
    assert_eq!(google.limits().max_texts, 128);
    let article = plain_requests();
    let many: Vec<Request> = (0..300)
        .map(|i| article[i % article.len()].clone())
        .collect();
    let out = google.translate(&many, &en()).await.expect("translated");
    assert!(many
        .iter()
        .zip(&out)
        .all(|(r, t)| t.text == english(&r.text)));
    let counts: Vec<usize> = bodies(&server)
        .await
        .iter()
        .map(|b| b["q"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(counts, [128, 128, 44]);
}

#[tokio::test]
async fn glossary_terms_go_as_html_markup() {
    let server = MockServer::start().await;
    mount_translate(&server).await;
    let (batch, _) = article();
    let out = backend(&server)
        .translate(&batch, &en())
        .await
        .expect("translated");
    let sent = bodies(&server).await;
    assert_eq!(sent[0]["format"], "html");
    let i = batch
        .iter()
        .position(|r| r.text.starts_with("Menteri Pertahanan Shoigu menyebut"))
        .expect("the article has this sentence");
    assert!(sent[0]["q"][i]
        .as_str()
        .is_some_and(|q| q.starts_with("<x id=\"1\"/> Shoigu menyebut <x id=\"2\"/> sebagai")));
    assert!(out[i]
        .text
        .starts_with("EN[Defence Minister Shoigu menyebut Belarus sebagai"));
    // Quotes came back as `&#8220;`: decoded.
    let quote = batch
        .iter()
        .position(|r| r.text.starts_with("“Ini sangat penting"))
        .expect("the article has this sentence");
    assert_eq!(out[quote].text, english(&batch[quote].text));
}

#[tokio::test]
async fn too_many_requests_waits_for_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "1")
                .set_body_json(json!({"error": {"code": 429, "message": "Too Many Requests", "status": "RESOURCE_EXHAUSTED"}})),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    mount_translate(&server).await;
    let started = Instant::now();
    let (_, retries) = send_batch(&backend(&server), &one_request(), &en(), &policy())
        .await
        .expect("translated after the wait");
    assert_eq!(retries, 1);
    assert!(started.elapsed() >= Duration::from_millis(950));
}

#[tokio::test]
async fn the_per_minute_quota_is_waited_out() {
    let server = MockServer::start().await;
    let per_minute = google_error(403, "User Rate Limit Exceeded", "userRateLimitExceeded");
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(403).set_body_json(&per_minute))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    mount_translate(&server).await;
    let google = backend(&server);
    // Without a Retry-After, the wait is a minute (the quota's window).
    let err = google.translate(&one_request(), &en()).await.unwrap_err();
    assert!(
        matches!(err, BackendError::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(60)),
        "{err}"
    );
    // And the engine retries it (after the wait, capped here by the fast policy).
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(403)
                .insert_header("retry-after", "0")
                .set_body_json(&per_minute),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    let (out, retries) = send_batch(&google, &one_request(), &en(), &policy())
        .await
        .expect("translated once the minute is over");
    assert_eq!(retries, 1);
    assert_eq!(out.len(), 2);
}

#[tokio::test]
async fn the_daily_quota_stops_at_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(403).set_body_json(google_error(
            403,
            "Daily Limit Exceeded",
            "dailyLimitExceeded",
        )))
        .expect(1)
        .mount(&server)
        .await;
    let err = send_batch(&backend(&server), &one_request(), &en(), &policy())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, BackendError::QuotaExhausted(m) if m.contains("Daily Limit Exceeded")),
        "{err}"
    );
}

#[tokio::test]
async fn a_bad_key_names_the_variable_and_never_shows_the_key() {
    let server = MockServer::start().await;
    // Google's answer to a wrong key, echoing the URL with the key in it.
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": {
            "code": 400,
            "message": format!("API key not valid. Please pass a valid API key. (/language/translate/v2?key={KEY})"),
            "errors": [{"message": "API key not valid. Please pass a valid API key.", "domain": "global", "reason": "badRequest"}],
            "status": "INVALID_ARGUMENT",
            "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com"}],
        }})))
        .expect(1)
        .mount(&server)
        .await;
    let google = backend(&server);
    let err = send_batch(&google, &one_request(), &en(), &policy())
        .await
        .unwrap_err();
    let shown = format!("{err} {err:?} {google:?}");
    assert!(matches!(err, BackendError::Auth(_)), "{shown}");
    assert!(shown.contains("GOOGLE_API_KEY"), "{shown}");
    assert!(!shown.contains(KEY), "{shown}");
}

#[tokio::test]
async fn an_unreachable_server_is_reported_without_the_key() {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    let google = GoogleBackend::new(&options("http://127.0.0.1:1".into())).expect("builds");
    let err = google.translate(&one_request(), &en()).await.unwrap_err();
    assert!(matches!(err, BackendError::Retryable(_)), "{err}");
    assert!(err.to_string().contains("127.0.0.1:1"), "{err}");
    assert!(!err.to_string().contains(KEY), "{err}");
}

#[tokio::test]
async fn server_errors_are_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500).set_body_json(json!({"error": {"code": 500, "message": "Internal error encountered.", "status": "INTERNAL"}})))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    mount_translate(&server).await;
    let (out, retries) = send_batch(&backend(&server), &one_request(), &en(), &policy())
        .await
        .expect("translated on the second try");
    assert_eq!(retries, 1);
    assert_eq!(out.len(), 2);
}

#[tokio::test]
async fn a_slow_answer_times_out_and_is_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(2)))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    mount_translate(&server).await;
    let (out, retries) = send_batch(&backend(&server), &one_request(), &en(), &policy())
        .await
        .expect("translated on the second try");
    assert_eq!(retries, 1);
    assert_eq!(out.len(), 2);
}

#[tokio::test]
async fn malformed_json_is_an_unusable_answer() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_string("<html>Bad Gateway</html>"))
        .expect(3)
        .mount(&server)
        .await;
    let err = send_batch(&backend(&server), &one_request(), &en(), &policy())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, BackendError::BadResponse(m) if m.contains("not JSON")),
        "{err}"
    );
}

#[tokio::test]
async fn a_wrong_number_of_translations_is_caught() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"data": {"translations": [{"translatedText": "Only one."}]}}),
            ),
        )
        .expect(3)
        .mount(&server)
        .await;
    let err = send_batch(&backend(&server), &one_request(), &en(), &policy())
        .await
        .unwrap_err();
    assert_eq!(
        err,
        BackendError::BadResponse("sent 2 texts, got 1 translations back".into())
    );
}
