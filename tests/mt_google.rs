//! What only the google backend (Cloud Translation v2 with an API key) does, against a mock on
//! 127.0.0.1: `format: text` for plain sentences, one English for `en-US`, and glossary terms
//! as HTML markup with character references decoded. Its key, limits, retries, errors and 403
//! quota answers are in `mt_contract`.

use crate::mt_contract::{article, plain_requests, policy};
use serde_json::{json, Value};
use terjemah::mt::engine::send_batch;
use terjemah::mt::google::GoogleBackend;
use terjemah::mt::options::{BackendOptions, Secret};
use terjemah::mt::{Backend, LangPair};
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
