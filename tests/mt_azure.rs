//! The azure backend (Translator v3) against a mock on 127.0.0.1. The mock checks the real
//! request shape (path, `api-version`/`from`/`to` in the query, the subscription key and
//! region headers, `[{"Text"}]` bodies within 1000 elements and 50,000 characters) and answers
//! in Azure's shapes, including its numbered error codes.

use crate::mt_deepl::{article, plain_requests, policy};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use terjemah::mt::azure::AzureBackend;
use terjemah::mt::engine::send_batch;
use terjemah::mt::options::{BackendOptions, Secret};
use terjemah::mt::{Backend, BackendError, LangPair, Request};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "5c0e8a3f91b24d7e8f6a2b1c9d0e4f37";
const REGION: &str = "southeastasia";

fn backend_with(server: &MockServer, region: Option<&str>) -> AzureBackend {
    AzureBackend::new(&BackendOptions {
        endpoint: Some(server.uri()),
        key: Some(Secret::new(KEY)),
        key_var: Some("AZURE_TRANSLATOR_KEY"),
        region: region.map(str::to_string),
        ..BackendOptions::default()
    })
    .expect("the backend builds")
}

fn backend(server: &MockServer) -> AzureBackend {
    backend_with(server, Some(REGION))
}

fn english(text: &str) -> String {
    format!("EN[{text}]")
}

/// Azure's answer: one result per element, in order.
fn translate_answer(request: &wiremock::Request) -> ResponseTemplate {
    let body: Value = request.body_json().expect("the request body is JSON");
    let results: Vec<Value> = body
        .as_array()
        .expect("the body is an array")
        .iter()
        .map(|e| {
            let text = e["Text"].as_str().expect("each element has a Text");
            json!({"translations": [{"text": english(text), "to": "en"}]})
        })
        .collect();
    ResponseTemplate::new(200).set_body_json(results)
}

/// A mock Azure that accepts only well-formed requests (with the region header).
async fn mount_translate(server: &MockServer) {
    Mock::given(method("POST"))
        .and(path("/translate"))
        .and(query_param("api-version", "3.0"))
        .and(query_param("from", "id"))
        .and(query_param("to", "en"))
        .and(header("ocp-apim-subscription-key", KEY))
        .and(header("ocp-apim-subscription-region", REGION))
        .and(header("content-type", "application/json; charset=UTF-8"))
        .respond_with(translate_answer)
        .mount(server)
        .await;
}

fn azure_error(code: u64, message: &str) -> Value {
    json!({"error": {"code": code, "message": message}})
}

fn en() -> LangPair {
    LangPair::default()
}

fn one_request() -> Vec<Request> {
    plain_requests()[1..3].to_vec()
}

#[tokio::test]
async fn requests_have_azures_shape_and_answers_keep_order() {
    let server = MockServer::start().await;
    mount_translate(&server).await;
    let azure = backend(&server);
    assert_eq!(azure.model().as_deref(), Some("v3"));
    let batch = plain_requests();
    let (out, retries) = send_batch(&azure, &batch, &en(), &policy())
        .await
        .expect("translated");
    assert_eq!(retries, 0);
    assert!(batch
        .iter()
        .zip(&out)
        .all(|(r, t)| t.text == english(&r.text)));
    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 1);
    assert!(!requests[0].url.query().unwrap_or("").contains("textType"));
    let body: Value = requests[0].body_json().expect("JSON");
    let sent: Vec<&str> = body
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|e| e["Text"].as_str())
        .collect();
    let texts: Vec<&str> = batch.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(sent, texts);
}

#[tokio::test]
async fn no_region_header_without_a_region() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/translate"))
        .and(header("ocp-apim-subscription-key", KEY))
        .respond_with(translate_answer)
        .expect(1)
        .mount(&server)
        .await;
    backend_with(&server, None)
        .translate(&one_request(), &en())
        .await
        .expect("translated");
    let requests = server.received_requests().await.expect("recorded");
    assert!(!requests[0]
        .headers
        .contains_key("ocp-apim-subscription-region"));
}

#[tokio::test]
async fn within_1000_texts_and_50000_characters_per_request() {
    let server = MockServer::start().await;
    mount_translate(&server).await;
    let azure = backend(&server);
    assert_eq!(azure.limits().max_texts, 1000);
    assert!(azure.limits().max_chars <= 50_000);
    let article = plain_requests();
    let many: Vec<Request> = (0..2300)
        .map(|i| article[i % article.len()].clone())
        .collect();
    let out = azure.translate(&many, &en()).await.expect("translated");
    assert!(many
        .iter()
        .zip(&out)
        .all(|(r, t)| t.text == english(&r.text)));
    for request in server.received_requests().await.expect("recorded") {
        let body: Value = request.body_json().expect("JSON");
        let elements = body.as_array().expect("array");
        let chars: usize = elements
            .iter()
            .map(|e| e["Text"].as_str().map_or(0, |t| t.chars().count()))
            .sum();
        assert!(
            elements.len() <= 1000 && chars <= 50_000,
            "{} {chars}",
            elements.len()
        );
    }

    // Short texts: the element limit binds.
    server.reset().await;
    mount_translate(&server).await;
    let short: Vec<Request> = (0..2300)
        .map(|i| Request {
            text: format!("Pasal {i}."),
            ..article[0].clone()
        })
        .collect();
    azure.translate(&short, &en()).await.expect("translated");
    let counts: Vec<usize> = server
        .received_requests()
        .await
        .expect("recorded")
        .iter()
        .map(|r| r.body_json::<Vec<Value>>().map_or(0, |b| b.len()))
        .collect();
    assert_eq!(counts, [1000, 1000, 300]);
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
    let requests = server.received_requests().await.expect("recorded");
    assert!(requests[0]
        .url
        .query_pairs()
        .any(|(k, v)| k == "textType" && v == "html"));
    let i = batch
        .iter()
        .position(|r| r.text.starts_with("Menteri Pertahanan Shoigu menyebut"))
        .expect("the article has this sentence");
    let body: Value = requests[0].body_json().expect("JSON");
    assert!(body[i]["Text"]
        .as_str()
        .is_some_and(|t| t.starts_with("<x id=\"1\"/> Shoigu menyebut <x id=\"2\"/> sebagai")));
    assert!(out[i]
        .text
        .starts_with("EN[Defence Minister Shoigu menyebut Belarus sebagai"));
}

#[tokio::test]
async fn too_many_requests_waits_for_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "1")
                .set_body_json(azure_error(
                    429001,
                    "The server rejected the request because the client has exceeded request limits.",
                )),
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
async fn server_errors_are_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(500)
                .set_body_json(azure_error(500000, "An unexpected error occurred.")),
        )
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
        .respond_with(ResponseTemplate::new(200).set_body_string("[{\"translations\":[{\"text\""))
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
            ResponseTemplate::new(200)
                .set_body_json(json!([{"translations": [{"text": "Only one.", "to": "en"}]}])),
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

#[tokio::test]
async fn a_bad_key_names_the_variables_and_never_shows_the_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_json(azure_error(
            401000,
            &format!(
                "The request is not authorized because credentials are missing or invalid ({KEY})."
            ),
        )))
        .expect(1)
        .mount(&server)
        .await;
    // Without a region, the message says a regional resource needs one.
    let azure = backend_with(&server, None);
    let err = send_batch(&azure, &one_request(), &en(), &policy())
        .await
        .unwrap_err();
    let shown = format!("{err} {err:?} {azure:?}");
    assert!(matches!(err, BackendError::Auth(_)), "{shown}");
    assert!(shown.contains("AZURE_TRANSLATOR_KEY"), "{shown}");
    assert!(shown.contains("AZURE_TRANSLATOR_REGION"), "{shown}");
    assert!(!shown.contains(KEY), "{shown}");
}

#[tokio::test]
async fn the_free_quota_used_up_stops_at_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(403).set_body_json(azure_error(
            403001,
            "The operation is not allowed because the subscription has exceeded its free quota.",
        )))
        .expect(1)
        .mount(&server)
        .await;
    let err = send_batch(&backend(&server), &one_request(), &en(), &policy())
        .await
        .unwrap_err();
    assert!(matches!(err, BackendError::QuotaExhausted(_)), "{err}");
}

#[test]
fn a_missing_key_names_the_variable() {
    let err = AzureBackend::new(&BackendOptions {
        key_var: Some("AZURE_TRANSLATOR_KEY"),
        ..BackendOptions::default()
    })
    .unwrap_err();
    assert!(err.contains("AZURE_TRANSLATOR_KEY"), "{err}");
}
