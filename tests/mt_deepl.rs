//! What only the deepl backend does, against a mock DeepL on 127.0.0.1: one `context` per
//! request, American English, a retried batch that does not pay twice, the native glossary
//! (created, reused, replaced, refused), and answers cached as they arrive across requests. The
//! behaviours every HTTP backend shares (key, limits, retries, errors, quota) are in
//! `mt_contract`. The requests are the real sentences of the example article with the shipped
//! glossary's hits, as the engine builds them.

use crate::common;
use crate::mt_contract::{article, plain_requests, policy};
use serde_json::{json, Value};
use std::collections::HashSet;
use std::time::Duration;
use terjemah::mt::deepl::{self, DeeplBackend, GlossaryMode};
use terjemah::mt::engine::{self, send_batch};
use terjemah::mt::options::{BackendOptions, Secret};
use terjemah::mt::{
    Backend, BackendError, GlossaryTerms, LangPair, MemoryStore, Request, StateStore,
};
use wiremock::matchers::{body_partial_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "9f3c2a71-5d4e-4b0a-8c6f-1e2d3c4b5a69:fx";

/// Two sentences of one-sentence paragraphs (no context): one HTTP request.
fn one_request() -> Vec<Request> {
    let batch = plain_requests()[1..3].to_vec();
    assert!(batch.iter().all(|r| r.context.is_none()));
    batch
}

fn backend(server: &MockServer) -> DeeplBackend {
    DeeplBackend::new(&BackendOptions {
        endpoint: Some(server.uri()),
        key: Some(Secret::new(KEY)),
        key_var: Some("DEEPL_AUTH_KEY"),
        ..BackendOptions::default()
    })
    .expect("the backend builds")
}

/// What the mock's DeepL makes of `text`: recognisably derived, tags kept in place.
fn english(text: &str) -> String {
    format!("EN[{text}]")
}

/// DeepL's answer to a translate request: one translation per text, billed per character.
fn translate_answer(request: &wiremock::Request) -> ResponseTemplate {
    let body: Value = request.body_json().expect("the request body is JSON");
    let translations: Vec<Value> = body["text"]
        .as_array()
        .expect("`text` is an array")
        .iter()
        .map(|t| {
            let t = t.as_str().expect("each text is a string");
            json!({
                "detected_source_language": "ID",
                "text": english(t),
                "billed_characters": t.chars().count(),
            })
        })
        .collect();
    ResponseTemplate::new(200).set_body_json(json!({ "translations": translations }))
}

/// A mock DeepL that accepts only well-formed translate requests.
async fn mount_translate(server: &MockServer) {
    Mock::given(method("POST"))
        .and(path("/v2/translate"))
        .and(header("authorization", format!("DeepL-Auth-Key {KEY}")))
        .and(header("content-type", "application/json"))
        .and(body_partial_json(json!({
            "source_lang": "ID",
            "split_sentences": "nonewlines",
            "show_billed_characters": true,
        })))
        .respond_with(translate_answer)
        .mount(server)
        .await;
}

/// The JSON bodies of the translate requests the server received.
async fn translate_bodies(server: &MockServer) -> Vec<Value> {
    server
        .received_requests()
        .await
        .expect("requests are recorded")
        .iter()
        .filter(|r| r.url.path() == "/v2/translate")
        .map(|r| r.body_json().expect("JSON body"))
        .collect()
}

fn en() -> LangPair {
    LangPair::default()
}

fn texts_of(body: &Value) -> Vec<String> {
    body["text"]
        .as_array()
        .expect("`text` is an array")
        .iter()
        .map(|t| t.as_str().expect("string").to_string())
        .collect()
}

#[test]
fn free_keys_go_to_the_free_host() {
    assert_eq!(deepl::default_endpoint(KEY), "https://api-free.deepl.com");
    assert_eq!(
        deepl::default_endpoint("9f3c2a71-5d4e-4b0a-8c6f-1e2d3c4b5a69"),
        "https://api.deepl.com"
    );
    let pro = DeeplBackend::new(&BackendOptions {
        key: Some(Secret::new("9f3c2a71-5d4e-4b0a-8c6f-1e2d3c4b5a69")),
        ..BackendOptions::default()
    })
    .expect("the backend builds");
    assert_eq!(pro.endpoint(), "https://api.deepl.com");
    let custom = DeeplBackend::new(&BackendOptions {
        key: Some(Secret::new(KEY)),
        endpoint: Some("http://127.0.0.1:8089/".into()),
        ..BackendOptions::default()
    })
    .expect("the backend builds");
    assert_eq!(custom.endpoint(), "http://127.0.0.1:8089");
}

#[tokio::test]
async fn requests_have_deepls_shape_and_each_sentence_its_own_paragraph_as_context() {
    let server = MockServer::start().await;
    mount_translate(&server).await;
    let deepl = backend(&server);
    let batch = plain_requests();
    let (out, retries) = send_batch(&deepl, &batch, &en(), &policy())
        .await
        .expect("the batch translates");
    assert_eq!(retries, 0);

    // One translation per request, in order, with what DeepL billed.
    assert_eq!(out.len(), batch.len());
    for (req, tr) in batch.iter().zip(&out) {
        assert_eq!(tr.text, english(&req.text));
        assert_eq!(tr.billed_characters, Some(req.text.chars().count() as u64));
    }

    // One request per distinct context; every text in a request has that context.
    let bodies = translate_bodies(&server).await;
    let contexts: HashSet<Option<String>> = batch
        .iter()
        .map(|r| r.context.as_deref().map(str::to_string))
        .collect();
    assert!(contexts.len() > 2, "the article has several contexts");
    assert_eq!(bodies.len(), contexts.len());
    let mut sent = 0;
    for body in &bodies {
        assert_eq!(body["target_lang"], "EN-GB");
        assert!(body.get("glossary_id").is_none() && body.get("tag_handling").is_none());
        let context = body.get("context").and_then(Value::as_str);
        for text in texts_of(body) {
            let req = batch.iter().find(|r| r.text == text).expect("a sent text");
            assert_eq!(req.context.as_deref(), context, "{text}");
            sent += 1;
        }
    }
    assert_eq!(sent, batch.len(), "each text is sent once");
    // The paragraph of several sentences travels whole as context.
    let quote = batch
        .iter()
        .find(|r| r.text == "Kami tidak menyembunyikan fakta ini.")
        .expect("the article has this sentence");
    assert!(quote
        .context
        .as_deref()
        .is_some_and(|c| c.starts_with("“Semua orang tahu ini.")));
}

#[tokio::test]
async fn american_english_on_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/translate"))
        .and(body_partial_json(json!({"target_lang": "EN-US"})))
        .respond_with(translate_answer)
        .expect(1)
        .mount(&server)
        .await;
    let batch = &one_request();
    let langs = LangPair {
        from: "id".into(),
        to: "en-US".into(),
    };
    let out = backend(&server)
        .translate(batch, &langs)
        .await
        .expect("translated");
    assert_eq!(out.len(), 2);
}

#[tokio::test]
async fn a_retried_batch_does_not_pay_twice() {
    let server = MockServer::start().await;
    let batch = plain_requests();
    let context = batch
        .iter()
        .find_map(|r| r.context.clone())
        .expect("a sentence with context");
    // The request of one paragraph fails once; the others succeed the first time.
    Mock::given(method("POST"))
        .and(path("/v2/translate"))
        .and(body_partial_json(json!({ "context": context })))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    mount_translate(&server).await;
    let (out, retries) = send_batch(&backend(&server), &batch, &en(), &policy())
        .await
        .expect("translated on the second try");
    assert_eq!(retries, 1);
    assert!(batch
        .iter()
        .zip(&out)
        .all(|(r, t)| t.text == english(&r.text)));
    let contexts: HashSet<_> = batch.iter().map(|r| r.context.clone()).collect();
    // Every request once, the failed one twice.
    assert_eq!(
        server.received_requests().await.expect("recorded").len(),
        contexts.len() + 1
    );
}

/// A mock DeepL glossary service: creation answers `id`, the glossary `id` exists.
async fn mount_glossaries(server: &MockServer, id: &str, creations: u64) {
    Mock::given(method("POST"))
        .and(path("/v3/glossaries"))
        .and(header("authorization", format!("DeepL-Auth-Key {KEY}")))
        .and(body_partial_json(json!({
            "dictionaries": [{"source_lang": "id", "target_lang": "en", "entries_format": "tsv"}]
        })))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "glossary_id": id,
            "name": "terjemah id-en",
            "dictionaries": [{"source_lang": "id", "target_lang": "en", "entry_count": 1413}],
            "creation_time": "2026-01-05T09:12:45.000Z",
        })))
        .expect(creations)
        .mount(server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/v3/glossaries/{id}")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "glossary_id": id,
            "name": "terjemah id-en",
            "dictionaries": [{"source_lang": "id", "target_lang": "en", "entry_count": 1413}],
        })))
        .mount(server)
        .await;
}

#[tokio::test]
async fn the_glossary_is_created_once_and_reused_on_the_next_run() {
    let server = MockServer::start().await;
    mount_translate(&server).await;
    mount_glossaries(&server, "3f1c0b2e-glossary-1", 1).await;
    let (batch, terms) = article();
    let store = MemoryStore::default();

    let first = backend(&server);
    first
        .prepare(&terms, &en(), &store)
        .await
        .expect("prepared");
    assert!(matches!(
        first.glossary_mode(),
        GlossaryMode::Native { ref id, .. } if id == "3f1c0b2e-glossary-1"
    ));
    assert_eq!(
        store.get(&format!("deepl.glossary.{}", terms.version)),
        Some("3f1c0b2e-glossary-1".into())
    );
    // The glossary as DeepL received it: named with the version, the entries as TSV.
    let requests = server.received_requests().await.expect("recorded");
    let created: Value = requests[0].body_json().expect("JSON");
    assert!(created["name"]
        .as_str()
        .is_some_and(|n| n.contains(&terms.version)));
    let entries = created["dictionaries"][0]["entries"].as_str().expect("TSV");
    assert!(entries
        .lines()
        .any(|l| l == "Menteri Pertahanan\tDefence Minister"));

    // Sentences go plain, with the glossary and the source language it needs.
    let out = first.translate(&batch, &en()).await.expect("translated");
    assert_eq!(out[0].text, english(&batch[0].text));
    for body in translate_bodies(&server).await {
        assert_eq!(body["glossary_id"], "3f1c0b2e-glossary-1");
        assert_eq!(body["source_lang"], "ID");
        assert!(body.get("tag_handling").is_none());
        assert!(texts_of(&body).iter().all(|t| !t.contains("<x")));
    }

    // The next run (a new process, the same state store) checks it and reuses it.
    let second = backend(&server);
    second
        .prepare(&terms, &en(), &store)
        .await
        .expect("prepared");
    assert_eq!(second.glossary_mode(), first.glossary_mode());
    let methods: Vec<String> = server
        .received_requests()
        .await
        .expect("recorded")
        .iter()
        .filter(|r| r.url.path().starts_with("/v3/"))
        .map(|r| r.method.to_string())
        .collect();
    assert_eq!(methods, ["POST", "GET"]);
}

#[tokio::test]
async fn a_changed_glossary_replaces_the_old_one() {
    let server = MockServer::start().await;
    mount_glossaries(&server, "glossary-v2", 1).await;
    Mock::given(method("DELETE"))
        .and(path("/v3/glossaries/glossary-v1"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let (_, mut terms) = article();
    let store = MemoryStore::default();
    store.set("deepl.glossary.0123456789abcdef", "glossary-v1");
    store.set("deepl.glossary.current", "0123456789abcdef");
    terms.version = "fedcba9876543210".into();

    let deepl = backend(&server);
    deepl
        .prepare(&terms, &en(), &store)
        .await
        .expect("prepared");
    assert!(matches!(
        deepl.glossary_mode(),
        GlossaryMode::Native { ref id, .. } if id == "glossary-v2"
    ));
    assert_eq!(
        store.get("deepl.glossary.fedcba9876543210").as_deref(),
        Some("glossary-v2")
    );
    assert_eq!(
        store.get("deepl.glossary.current").as_deref(),
        Some("fedcba9876543210")
    );
    // The old one goes first: a Free account holds a single glossary.
    let methods: Vec<String> = server
        .received_requests()
        .await
        .expect("recorded")
        .iter()
        .map(|r| r.method.to_string())
        .collect();
    assert_eq!(methods, ["DELETE", "POST"]);
}

#[tokio::test]
async fn a_glossary_deleted_on_deepl_is_created_again() {
    let server = MockServer::start().await;
    mount_glossaries(&server, "glossary-new", 1).await;
    Mock::given(method("GET"))
        .and(path("/v3/glossaries/glossary-gone"))
        .respond_with(
            ResponseTemplate::new(404).set_body_json(json!({"message": "Glossary not found"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let (_, terms) = article();
    let store = MemoryStore::default();
    store.set(
        &format!("deepl.glossary.{}", terms.version),
        "glossary-gone",
    );
    let deepl = backend(&server);
    deepl
        .prepare(&terms, &en(), &store)
        .await
        .expect("prepared");
    assert!(matches!(
        deepl.glossary_mode(),
        GlossaryMode::Native { ref id, .. } if id == "glossary-new"
    ));
}

#[tokio::test]
async fn a_refused_glossary_falls_back_to_term_markup() {
    let server = MockServer::start().await;
    mount_translate(&server).await;
    Mock::given(method("POST"))
        .and(path("/v3/glossaries"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "message": "Invalid glossary language pair",
            "detail": "Unsupported source language 'id'"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let (batch, terms) = article();
    let store = MemoryStore::default();
    let deepl = backend(&server);
    deepl
        .prepare(&terms, &en(), &store)
        .await
        .expect("a refusal does not stop the run");
    assert!(
        matches!(deepl.glossary_mode(), GlossaryMode::Refused(ref why) if why.contains("Unsupported source language")),
        "{:?}",
        deepl.glossary_mode()
    );
    assert_eq!(
        store.get(&format!("deepl.glossary.{}", terms.version)),
        None
    );

    let out = deepl.translate(&batch, &en()).await.expect("translated");
    // The term left as a tag, restored to the glossary's English.
    let i = batch
        .iter()
        .position(|r| r.text.starts_with("Menteri Pertahanan Shoigu menyebut"))
        .expect("the article has this sentence");
    assert!(
        out[i]
            .text
            .starts_with("EN[Defence Minister Shoigu menyebut Belarus sebagai"),
        "{}",
        out[i].text
    );
    let bodies = translate_bodies(&server).await;
    let marked = bodies
        .iter()
        .find(|b| texts_of(b).iter().any(|t| t.contains("Shoigu menyebut")))
        .expect("sent");
    assert_eq!(marked["tag_handling"], "xml");
    assert!(marked.get("glossary_id").is_none());
    assert!(texts_of(marked)
        .iter()
        .any(|t| t.starts_with("<x id=\"1\"/> Shoigu menyebut <x id=\"2\"/> sebagai")));
}

#[tokio::test]
async fn without_a_glossary_terms_go_as_markup() {
    let server = MockServer::start().await;
    mount_translate(&server).await;
    let (batch, _) = article();
    let deepl = backend(&server);
    deepl
        .prepare(&GlossaryTerms::default(), &en(), &MemoryStore::default())
        .await
        .expect("prepared");
    assert_eq!(deepl.glossary_mode(), GlossaryMode::Markup);
    let out = deepl.translate(&batch, &en()).await.expect("translated");
    assert!(out.iter().all(|t| !t.text.contains("<x")));
    let requests = server.received_requests().await.expect("recorded");
    assert!(requests.iter().all(|r| r.url.path() == "/v2/translate"));
    // Paragraphs without terms go plain, the others in XML mode.
    let bodies = translate_bodies(&server).await;
    assert!(bodies.iter().any(|b| b["tag_handling"] == "xml"));
    assert!(bodies.iter().any(|b| b.get("tag_handling").is_none()));
}

/// The example article as a document, with the engine that drives `backend` over it.
fn article_doc() -> terjemah::doc::Document {
    let path = common::example("tribunnews-2022-12-03-rusia-belarus.txt");
    let text = std::fs::read_to_string(&path).expect("the example article is readable");
    terjemah::segment::segment("tribunnews-2022-12-03-rusia-belarus.txt", text)
}

fn run_engine<'a>(
    backend: &'a DeeplBackend,
    store: &'a terjemah::store::Store,
) -> engine::Engine<'a> {
    engine::Engine {
        backend,
        langs: en(),
        policy: policy(),
        concurrency: Some(1),
        store: Some(store),
        terms: GlossaryTerms::default(),
        dry_run: false,
    }
}

#[tokio::test]
async fn paid_answers_are_cached_as_they_arrive_and_a_quota_answer_stops_every_request() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let server = MockServer::start().await;
    // The first request is refused for quota at once; the others (in flight with it) are
    // answered a little later, and are paid for.
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = seen.clone();
    Mock::given(method("POST"))
        .and(path("/v2/translate"))
        .respond_with(move |request: &wiremock::Request| {
            if counter.fetch_add(1, Ordering::SeqCst) == 0 {
                ResponseTemplate::new(456).set_body_json(json!({"message": "Quota exceeded"}))
            } else {
                translate_answer(request).set_delay(Duration::from_millis(100))
            }
        })
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let store = terjemah::store::Store::open(&dir.path().join(".translate")).unwrap();
    let deepl = backend(&server);
    let mut docs: Vec<_> = common::example_articles()
        .iter()
        .map(|p| terjemah::segment::segment("a", std::fs::read_to_string(p).unwrap()))
        .collect();
    let contexts: HashSet<Option<String>> = docs
        .iter()
        .flat_map(|d| engine::pending(&mut d.clone()).0)
        .take(50)
        .map(|p| p.request.context.as_deref().map(str::to_string))
        .collect();
    // One engine batch (50 texts) of many paragraphs: DeepL gets one request per paragraph.
    assert!(contexts.len() > 6, "{}", contexts.len());
    let e = run_engine(&deepl, &store);
    let (err, stats) = e.run(&mut docs, &mut |_, _| {}).await.unwrap_err();
    assert!(matches!(err, BackendError::QuotaExhausted(_)), "{err}");
    let bodies = translate_bodies(&server).await;
    // The quota answer, and the three requests already in flight with it: nothing after.
    assert_eq!(bodies.len(), 4);
    // Every request and text sent is counted, though the run failed.
    assert_eq!(stats.requests, 4);
    let sent: Vec<String> = bodies.iter().flat_map(texts_of).collect();
    assert_eq!(stats.texts_sent, sent.len());
    // The three answered requests are cached (and in the document), though their batch failed.
    let key = e.cache_key();
    let answered: Vec<&String> = sent
        .iter()
        .filter(|t| store.cache_get(&key, t).unwrap().is_some())
        .collect();
    let refused = texts_of(&bodies[0]).len();
    assert_eq!(answered.len(), sent.len() - refused, "{answered:?}");
    assert!(answered.len() >= 3);
    let translated: Vec<_> = docs
        .iter()
        .flat_map(|d| d.segments())
        .filter(|s| s.mt.is_some())
        .collect();
    assert_eq!(translated.len(), answered.len());
    assert_eq!(stats.translated, answered.len());
}

#[tokio::test]
async fn empty_translations_are_never_cached() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/translate"))
        .respond_with(|request: &wiremock::Request| {
            let body: Value = request.body_json().unwrap();
            let n = body["text"].as_array().unwrap().len();
            let empty = json!({"detected_source_language": "ID", "text": ""});
            ResponseTemplate::new(200).set_body_json(json!({"translations": vec![empty; n]}))
        })
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let store = terjemah::store::Store::open(&dir.path().join(".translate")).unwrap();
    let deepl = backend(&server);
    let mut docs = vec![article_doc()];
    let e = run_engine(&deepl, &store);
    let (err, _) = e.run(&mut docs, &mut |_, _| {}).await.unwrap_err();
    assert!(matches!(err, BackendError::BadResponse(_)), "{err}");
    let key = e.cache_key();
    for seg in docs[0].segments() {
        assert_eq!(store.cache_get(&key, &seg.text()).unwrap(), None);
        assert!(seg.mt.is_none());
    }
}
