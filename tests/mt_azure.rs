//! What only the azure backend (Translator v3) does, against a mock on 127.0.0.1: the region
//! header (and the hint when a key is refused without one) and glossary terms as HTML markup.
//! Its request shape, limits, retries, errors and numbered quota codes are in `mt_contract`.

use crate::mt_contract::{article, plain_requests, policy};
use serde_json::{json, Value};
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
