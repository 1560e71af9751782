//! The openai backend against a mock chat server on 127.0.0.1. The mock ([`Llm`]) reads each
//! request the way a server does (the JSON in the user message, the ids in the schema) and
//! answers per segment id, in the OpenAI or the Ollama shape, with the fault a test asks for:
//! so these tests exercise the real protocol, the answer checks and the re-asks, and retries go
//! through the engine's `send_batch` as in a run. The behaviours every HTTP backend shares
//! (key, retries, errors, quota) are in `mt_contract`.

use crate::common;
use crate::mt_contract::once;
use serde_json::{json, Value};
use std::time::Duration;
use terjemah::mt::engine::{send_batch, RetryPolicy};
use terjemah::mt::openai::{Api, OpenAiBackend};
use terjemah::mt::options::{BackendOptions, Secret};
use terjemah::mt::{Backend, BackendError, LangPair, Request, TermHint, Translation};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Respond, ResponseTemplate};

const MODEL: &str = "qwen2.5:7b-instruct";
const KEY: &str = "sk-proj-test-4f9a2b7c";

/// Real sentences from the example article, with the English the mock model answers.
const ARTICLE: &[(&str, &str)] = &[
    (
        "Penegasan disampaikan Presiden Belarusia",
        "Belarusian President Alexander Lukashenko made the statement amid rising tension between Russia and the West over the conflict in Ukraine.",
    ),
    (
        "Shoigu memuji Belarusia",
        "Shoigu praised Belarus for its resolve to resist the hostile course of the US and its allies.",
    ),
    (
        "Belarusia mengumumkan pengerahan",
        "Belarus announced the deployment of a joint force with Russia on its territory in October 2022, following an escalation of tension with the West.",
    ),
    (
        "Kementerian Pertahanan Belarusia mengatakan",
        "The Belarusian Defence Ministry said that month the total number of Russian troops stationed in the country would be around 9,000.",
    ),
    (
        "Menteri Pertahanan Belarusia Viktor Khrenin",
        "Belarusian Defence Minister Viktor Khrenin and Russian Defence Minister Sergei Shoigu re-signed the protocol to the 1997 bilateral agreement.",
    ),
];

/// The article line that starts with `prefix`.
fn line(prefix: &str) -> String {
    let text = std::fs::read_to_string(common::example("tribunnews-2022-12-03-rusia-belarus.txt"))
        .expect("the example article is readable");
    text.lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starts with {prefix:?}"))
        .trim()
        .to_string()
}

/// The mock model's English for `source`.
fn english(source: &str) -> String {
    ARTICLE
        .iter()
        .find(|(prefix, _)| source.starts_with(prefix))
        .map(|(_, en)| en.to_string())
        .unwrap_or_else(|| format!("English of: {source}"))
}

/// Requests for the first `n` article sentences, ids `1.1`, `1.2`, ...
fn batch(n: usize) -> Vec<Request> {
    ARTICLE[..n]
        .iter()
        .enumerate()
        .map(|(i, (prefix, _))| Request {
            id: format!("1.{}", i + 1),
            text: line(prefix),
            context: None,
            terms: vec![],
        })
        .collect()
}

/// The hint for the first `term` in `text`.
fn hint(text: &str, term: &str, target: &str, adjective: Option<&str>, keep: bool) -> TermHint {
    let start = text.find(term).expect("the term is in the text");
    TermHint {
        start,
        end: start + term.len(),
        source: term.to_string(),
        target: target.to_string(),
        adjective: adjective.map(str::to_string),
        keep,
    }
}

fn options(server: &MockServer, base: &str, key: Option<&str>) -> BackendOptions {
    BackendOptions {
        endpoint: Some(format!("{}{base}", server.uri())),
        key: key.map(Secret::new),
        key_var: Some("OPENAI_API_KEY"),
        model: Some(MODEL.into()),
        ..BackendOptions::default()
    }
}

fn backend(server: &MockServer) -> OpenAiBackend {
    OpenAiBackend::new(&options(server, "/v1", Some(KEY))).expect("the backend builds")
}

/// Fast retries so that every test stays well under two seconds.
fn policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(20),
        timeout: Duration::from_millis(400),
    }
}

fn en() -> LangPair {
    LangPair::default()
}

fn texts(t: &[Translation]) -> Vec<String> {
    t.iter().map(|t| t.text.clone()).collect()
}

fn expected(batch: &[Request]) -> Vec<String> {
    batch.iter().map(|r| english(&r.text)).collect()
}

/// What the mock model gets wrong, in requests holding more than one segment unless `always`.
#[derive(Clone, Debug, Default)]
enum Fault {
    #[default]
    None,
    /// Leaves this id out.
    Drop(&'static str),
    /// Adds an unknown id after this one.
    ExtraAfter(&'static str),
    /// Answers this id with "".
    Empty(&'static str),
    /// Puts the translation of this id into the one before, and answers this one with "".
    MergeIntoPrevious(&'static str),
    /// Puts the translation of this id into the one before as well, keeping this one.
    CopyIntoPrevious(&'static str),
    /// Stops with `finish_reason: "length"` when asked for more than this many segments.
    CutOffAbove(usize),
}

/// The mock model.
#[derive(Clone, Default)]
struct Llm {
    fault: Fault,
    /// Apply the fault to single-segment requests too (so re-asks fail as well).
    always: bool,
}

impl Llm {
    fn with(fault: Fault) -> Llm {
        Llm {
            fault,
            always: false,
        }
    }
}

/// The request's user message, parsed.
pub(crate) fn user_json(body: &Value) -> Value {
    let content = body["messages"][1]["content"]
        .as_str()
        .expect("the user message is a string");
    serde_json::from_str(content).expect("the user message is JSON")
}

/// The segment ids of a request, in the order they were sent (read from the raw message, since
/// a parsed map forgets the order).
pub(crate) fn sent_ids(body: &Value) -> Vec<String> {
    let user = user_json(body);
    let content = body["messages"][1]["content"].as_str().unwrap_or_default();
    let segments = &content[content.find("\"segments\"").expect("segments are sent")..];
    let mut ids: Vec<(usize, String)> = user["segments"]
        .as_object()
        .expect("segments is an object")
        .keys()
        .map(|k| {
            let at = segments
                .find(&format!("\"{k}\":"))
                .expect("the key is in the text");
            (at, k.clone())
        })
        .collect();
    ids.sort();
    ids.into_iter().map(|(_, k)| k).collect()
}

/// A JSON object in the given order.
pub(crate) fn object(pairs: &[(String, String)]) -> String {
    let fields: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}:{}", json!(k), json!(v)))
        .collect();
    format!("{{{}}}", fields.join(","))
}

impl Respond for Llm {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let body: Value = request.body_json().expect("the request body is JSON");
        let ollama = body.get("stream").is_some();
        let user = user_json(&body);
        let ids = sent_ids(&body);
        let mut answer: Vec<(String, String)> = ids
            .iter()
            .map(|id| {
                let source = user["segments"][id].as_str().unwrap_or_default();
                (id.clone(), english(source))
            })
            .collect();
        let mut finish = "stop";
        if ids.len() > 1 || self.always {
            let at = |id: &str| answer.iter().position(|(k, _)| k == id);
            match self.fault {
                Fault::None => {}
                Fault::Drop(id) => answer.retain(|(k, _)| k != id),
                Fault::ExtraAfter(id) => {
                    if let Some(i) = at(id) {
                        answer.insert(i + 1, (format!("{id}b"), "and so on.".into()));
                    }
                }
                Fault::Empty(id) => {
                    if let Some(i) = at(id) {
                        answer[i].1.clear();
                    }
                }
                Fault::MergeIntoPrevious(id) | Fault::CopyIntoPrevious(id) => {
                    if let Some(i) = at(id).filter(|&i| i > 0) {
                        let moved = answer[i].1.clone();
                        answer[i - 1].1 = format!("{} {moved}", answer[i - 1].1);
                        if matches!(self.fault, Fault::MergeIntoPrevious(_)) {
                            answer[i].1.clear();
                        }
                    }
                }
                Fault::CutOffAbove(n) if ids.len() > n => finish = "length",
                Fault::CutOffAbove(_) => {}
            }
        }
        let mut content = object(&answer);
        if finish == "length" {
            content.truncate(content.len() / 2);
        }
        ResponseTemplate::new(200).set_body_json(if ollama {
            native_answer(&content, finish)
        } else {
            chat_answer(&content, finish)
        })
    }
}

pub(crate) fn chat_answer(content: &str, finish: &str) -> Value {
    json!({
        "id": "chatcmpl-9x", "object": "chat.completion", "created": 1_767_225_600,
        "model": "gpt-4o-mini-2024-07-18", "system_fingerprint": "fp_1",
        "choices": [{"index": 0, "finish_reason": finish, "logprobs": null,
            "message": {"role": "assistant", "content": content, "refusal": null}}],
        "usage": {"prompt_tokens": 412, "completion_tokens": 96, "total_tokens": 508}
    })
}

fn native_answer(content: &str, finish: &str) -> Value {
    json!({
        "model": MODEL, "created_at": "2026-01-01T00:00:00.000Z",
        "message": {"role": "assistant", "content": content},
        "done": true, "done_reason": finish,
        "total_duration": 5_191_566_416u64, "eval_count": 96
    })
}

async fn mount(server: &MockServer, llm: Llm) {
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(llm)
        .mount(server)
        .await;
}

async fn bodies(server: &MockServer) -> Vec<Value> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|r| r.body_json().expect("JSON body"))
        .collect()
}

async fn requests_made(server: &MockServer) -> usize {
    server.received_requests().await.unwrap_or_default().len()
}

#[tokio::test]
async fn request_shape_schema_glossary_and_answer_order() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .and(header("content-type", "application/json"))
        .respond_with(Llm::default())
        .mount(&server)
        .await;
    let b = backend(&server);
    assert_eq!(b.api(), Api::Chat);
    assert_eq!(b.model().as_deref(), Some(MODEL));
    let limits = b.limits();
    assert_eq!(
        (
            limits.max_texts,
            limits.max_chars,
            limits.default_concurrency
        ),
        (20, 6000, 2)
    );

    let mut reqs = batch(5);
    let paragraph = format!("{} {}", reqs[3].text, reqs[4].text);
    let t4 = reqs[3].text.clone();
    reqs[3].terms = vec![hint(
        &t4,
        "Kementerian Pertahanan",
        "Ministry of Defence",
        None,
        false,
    )];
    reqs[3].context = Some(paragraph.as_str().into());
    let t5 = reqs[4].text.clone();
    reqs[4].terms = vec![
        hint(&t5, "Menteri Pertahanan", "Defence Minister", None, false),
        hint(&t5, "Rusia", "Russia", Some("Russian"), false),
        hint(&t5, "Shoigu", "Shoigu", None, true),
    ];
    reqs[4].context = Some(paragraph.as_str().into());

    let (out, retries) = send_batch(&b, &reqs, &en(), &policy()).await.unwrap();
    assert_eq!(retries, 0);
    assert_eq!(texts(&out), expected(&reqs));
    assert!(out.iter().all(|t| t.billed_characters.is_none()));

    let sent = bodies(&server).await;
    assert_eq!(sent.len(), 1);
    let body = &sent[0];
    assert_eq!(body["model"], MODEL);
    assert_eq!(body["temperature"], 0);
    assert_eq!(body["messages"][0]["role"], "system");
    let system = body["messages"][0]["content"].as_str().unwrap();
    for needle in [
        "Indonesian news into British English",
        "glossary",
        "JSON",
        "9,000",
    ] {
        assert!(system.contains(needle), "{needle:?} not in {system}");
    }
    assert_eq!(body["messages"][1]["role"], "user");
    assert_eq!(sent_ids(body), ["1.1", "1.2", "1.3", "1.4", "1.5"]);
    let user = user_json(body);
    assert_eq!(user["segments"]["1.2"], reqs[1].text.as_str());
    assert_eq!(user["context"], paragraph.as_str());
    // The glossary holds only the entries that hit these segments, as written in them.
    assert_eq!(
        user["glossary"],
        json!({
            "Kementerian Pertahanan": "Ministry of Defence",
            "Menteri Pertahanan": "Defence Minister",
            "Rusia": "Russia (adjective: Russian)",
            "Shoigu": "Shoigu",
        })
    );
    let format = &body["response_format"];
    assert_eq!(format["type"], "json_schema");
    assert_eq!(format["json_schema"]["strict"], true);
    let schema = &format["json_schema"]["schema"];
    assert_eq!(schema["type"], "object");
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(
        schema["required"],
        json!(["1.1", "1.2", "1.3", "1.4", "1.5"])
    );
    assert_eq!(schema["properties"]["1.3"], json!({"type": "string"}));
    assert_eq!(schema["properties"].as_object().map(|p| p.len()), Some(5));
}

#[tokio::test]
async fn american_english_on_request_and_no_header_without_a_key() {
    let server = MockServer::start().await;
    mount(&server, Llm::default()).await;
    let b = OpenAiBackend::new(&options(&server, "/v1/", None)).unwrap();
    let langs = LangPair {
        from: "id".into(),
        to: "en-US".into(),
    };
    let reqs = batch(1);
    let out = b.translate(&reqs, &langs).await.unwrap();
    assert_eq!(texts(&out), expected(&reqs));
    let received = server.received_requests().await.unwrap();
    assert!(received[0].headers.get("authorization").is_none());
    let body: Value = received[0].body_json().unwrap();
    let system = body["messages"][0]["content"].as_str().unwrap();
    assert!(system.contains("into American English"), "{system}");
    assert!(system.contains("American spelling"), "{system}");
    // No glossary hits, no paragraph: neither is sent.
    let user = user_json(&body);
    assert!(user.get("glossary").is_none() && user.get("context").is_none());
}

#[tokio::test]
async fn a_missing_id_is_asked_again_alone_with_its_own_glossary() {
    let server = MockServer::start().await;
    mount(&server, Llm::with(Fault::Drop("1.1"))).await;
    let b = backend(&server);
    let mut reqs = batch(3);
    let t1 = reqs[0].text.clone();
    reqs[0].terms = vec![hint(&t1, "Presiden", "President", None, false)];
    let t2 = reqs[1].text.clone();
    reqs[1].terms = vec![hint(&t2, "Shoigu", "Shoigu", None, true)];
    let (out, retries) = send_batch(&b, &reqs, &en(), &policy()).await.unwrap();
    assert_eq!(
        retries, 0,
        "mended inside the backend, not by an engine retry"
    );
    assert_eq!(texts(&out), expected(&reqs));

    let sent = bodies(&server).await;
    assert_eq!(sent.len(), 2);
    assert_eq!(sent_ids(&sent[1]), ["1.1"]);
    assert_eq!(
        sent[1]["response_format"]["json_schema"]["schema"]["required"],
        json!(["1.1"])
    );
    assert_eq!(
        user_json(&sent[1])["glossary"],
        json!({"Presiden": "President"})
    );
}

#[tokio::test]
async fn a_wrong_number_of_translations_is_mended_segment_by_segment() {
    let server = MockServer::start().await;
    // The last answer is missing: it and the one before (which may hold both) are re-asked.
    mount(&server, Llm::with(Fault::Drop("1.3"))).await;
    let b = backend(&server);
    let reqs = batch(3);
    let out = b.translate(&reqs, &en()).await.unwrap();
    assert_eq!(texts(&out), expected(&reqs));
    let sent = bodies(&server).await;
    let asked: Vec<Vec<String>> = sent.iter().map(sent_ids).collect();
    assert_eq!(asked, [vec!["1.1", "1.2", "1.3"], vec!["1.2"], vec!["1.3"]]);
}

#[tokio::test]
async fn a_segment_that_fails_alone_too_is_an_error_after_the_engine_retries() {
    let server = MockServer::start().await;
    mount(
        &server,
        Llm {
            fault: Fault::Empty("1.1"),
            always: true,
        },
    )
    .await;
    let b = backend(&server);
    let err = send_batch(&b, &batch(2), &en(), &policy())
        .await
        .unwrap_err();
    match &err {
        BackendError::BadResponse(m) => assert!(m.contains("1.1") && m.contains("empty"), "{m}"),
        other => panic!("expected a bad response, got {other:?}"),
    }
    // Three tries of the batch, each with one re-ask.
    assert_eq!(requests_made(&server).await, 6);
}

#[tokio::test]
async fn an_extra_id_gets_the_segment_before_it_asked_again() {
    let server = MockServer::start().await;
    mount(&server, Llm::with(Fault::ExtraAfter("1.2"))).await;
    let b = backend(&server);
    let reqs = batch(3);
    let out = b.translate(&reqs, &en()).await.unwrap();
    assert_eq!(texts(&out), expected(&reqs));
    let sent = bodies(&server).await;
    assert_eq!(sent.len(), 2);
    assert_eq!(sent_ids(&sent[1]), ["1.2"]);
}

#[tokio::test]
async fn an_empty_answer_is_asked_again_alone() {
    let server = MockServer::start().await;
    mount(&server, Llm::with(Fault::Empty("1.1"))).await;
    let b = backend(&server);
    let reqs = batch(3);
    let out = b.translate(&reqs, &en()).await.unwrap();
    assert_eq!(texts(&out), expected(&reqs));
    let sent = bodies(&server).await;
    assert_eq!(sent.len(), 2);
    assert_eq!(sent_ids(&sent[1]), ["1.1"]);
}

#[tokio::test]
async fn merged_segments_are_caught_and_asked_again() {
    // Two segments in one answer, the second left empty: both are asked again.
    let server = MockServer::start().await;
    mount(&server, Llm::with(Fault::MergeIntoPrevious("1.3"))).await;
    let b = backend(&server);
    let reqs = batch(4);
    let out = b.translate(&reqs, &en()).await.unwrap();
    assert_eq!(texts(&out), expected(&reqs));
    let asked: Vec<Vec<String>> = bodies(&server).await.iter().map(sent_ids).collect();
    assert_eq!(asked[1..], [vec!["1.2"], vec!["1.3"]]);

    // The next segment's translation repeated inside an answer: only that answer is redone.
    let server = MockServer::start().await;
    mount(&server, Llm::with(Fault::CopyIntoPrevious("1.2"))).await;
    let b = backend(&server);
    let out = b.translate(&reqs, &en()).await.unwrap();
    assert_eq!(texts(&out), expected(&reqs));
    let asked: Vec<Vec<String>> = bodies(&server).await.iter().map(sent_ids).collect();
    assert_eq!(asked[1..], [vec!["1.1"]]);
}

#[tokio::test]
async fn a_cut_off_answer_splits_the_batch() {
    let server = MockServer::start().await;
    mount(&server, Llm::with(Fault::CutOffAbove(2))).await;
    let b = backend(&server);
    let reqs = batch(4);
    let (out, retries) = send_batch(&b, &reqs, &en(), &policy()).await.unwrap();
    assert_eq!(retries, 0);
    assert_eq!(texts(&out), expected(&reqs));
    let asked: Vec<Vec<String>> = bodies(&server).await.iter().map(sent_ids).collect();
    assert_eq!(
        asked,
        [
            vec!["1.1", "1.2", "1.3", "1.4"],
            vec!["1.1", "1.2"],
            vec!["1.3", "1.4"]
        ]
    );

    // One segment cut off cannot be split: a retryable bad response, left to the engine.
    let server = MockServer::start().await;
    mount(
        &server,
        Llm {
            fault: Fault::CutOffAbove(0),
            always: true,
        },
    )
    .await;
    let b = backend(&server);
    let err = send_batch(&b, &batch(1), &en(), &policy())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, BackendError::BadResponse(m) if m.contains("cut off")),
        "{err:?}"
    );
    assert_eq!(requests_made(&server).await, 3);
}

#[tokio::test]
async fn a_context_length_error_splits_the_batch() {
    let server = MockServer::start().await;
    mount(&server, Llm::default()).await;
    once(
        &server,
        ResponseTemplate::new(400).set_body_json(json!({"error": {
            "message": "This model's maximum context length is 8192 tokens. However, your messages resulted in 9180 tokens.",
            "type": "invalid_request_error", "param": "messages", "code": "context_length_exceeded"}})),
    )
    .await;
    let b = backend(&server);
    let reqs = batch(2);
    let out = b.translate(&reqs, &en()).await.unwrap();
    assert_eq!(texts(&out), expected(&reqs));
    assert_eq!(requests_made(&server).await, 3);

    // One segment that does not fit cannot be split, and no retry makes it fit.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": {
            "code": 400, "type": "exceed_context_size_error", "n_prompt_tokens": 14429, "n_ctx": 8192,
            "message": "the request exceeds the available context size. try increasing the context size or enable context shift"}})))
        .mount(&server)
        .await;
    let b = backend(&server);
    let err = send_batch(&b, &batch(1), &en(), &policy())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, BackendError::BadRequest(m) if m.contains("1.1") && m.contains("context")),
        "{err:?}"
    );
    assert_eq!(requests_made(&server).await, 1);
}

#[tokio::test]
async fn a_server_that_wants_a_key_when_none_is_set_names_the_variable() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": {
            "message": "You didn't provide an API key.",
            "type": "invalid_request_error", "param": null, "code": null}})))
        .mount(&server)
        .await;
    let b = OpenAiBackend::new(&options(&server, "/v1", None)).unwrap();
    let err = b.translate(&batch(1), &en()).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("the server wants a key: set OPENAI_API_KEY"),
        "{err}"
    );
}

#[tokio::test]
async fn servers_without_json_schema_or_temperature_and_lm_studio_errors() {
    // A server that rejects structured output is asked again without it, once per run.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(|r: &wiremock::Request| {
            r.body_json::<Value>()
                .is_ok_and(|b| b.get("response_format").is_some())
        })
        .respond_with(ResponseTemplate::new(400).set_body_json(
            json!({"error": "'response_format.type' must be 'json_object' or 'text'"}),
        ))
        .with_priority(1)
        .mount(&server)
        .await;
    mount(&server, Llm::default()).await;
    let b = backend(&server);
    let reqs = batch(2);
    assert_eq!(
        texts(&b.translate(&reqs, &en()).await.unwrap()),
        expected(&reqs)
    );
    assert_eq!(
        texts(&b.translate(&reqs, &en()).await.unwrap()),
        expected(&reqs)
    );
    let sent = bodies(&server).await;
    let with_schema: Vec<bool> = sent
        .iter()
        .map(|b| b.get("response_format").is_some())
        .collect();
    assert_eq!(with_schema, [true, false, false]);

    // A reasoning model that takes only the default temperature is asked again without one.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(|r: &wiremock::Request| {
            r.body_json::<Value>()
                .is_ok_and(|b| b.get("temperature").is_some())
        })
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": {
            "message": "Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.",
            "type": "invalid_request_error", "param": "temperature", "code": "unsupported_value"}})))
        .with_priority(1)
        .mount(&server)
        .await;
    mount(&server, Llm::default()).await;
    let b = backend(&server);
    for _ in 0..2 {
        assert_eq!(
            texts(&b.translate(&reqs, &en()).await.unwrap()),
            expected(&reqs)
        );
    }
    let with_temperature: Vec<bool> = bodies(&server)
        .await
        .iter()
        .map(|b| b.get("temperature").is_some())
        .collect();
    assert_eq!(with_temperature, [true, false, false]);

    // LM Studio's plain-string error for anything else: a clear bad request, not retried.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(400).set_body_json(
                json!({"error": "Model with key 'qwen2.5:7b-instruct' not loaded."}),
            ),
        )
        .mount(&server)
        .await;
    let b = backend(&server);
    let err = send_batch(&b, &reqs, &en(), &policy()).await.unwrap_err();
    assert_eq!(
        err,
        BackendError::BadRequest(
            "HTTP 400: Model with key 'qwen2.5:7b-instruct' not loaded.".into()
        )
    );
    assert_eq!(requests_made(&server).await, 1);
}

#[tokio::test]
async fn ollama_native_sets_the_context_size() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/chat"))
        .respond_with(Llm::default())
        .mount(&server)
        .await;
    let b = OpenAiBackend::new(&options(&server, "/api", None)).unwrap();
    assert_eq!(b.api(), Api::Ollama);
    assert_eq!(b.url(), format!("{}/api/chat", server.uri()));
    let reqs = batch(5);
    let (out, _) = send_batch(&b, &reqs, &en(), &policy()).await.unwrap();
    assert_eq!(texts(&out), expected(&reqs));

    let body = &bodies(&server).await[0];
    assert_eq!(body["model"], MODEL);
    assert_eq!(body["stream"], false);
    assert_eq!(body["options"]["temperature"], 0);
    let num_ctx = body["options"]["num_ctx"].as_u64().unwrap();
    assert!(num_ctx >= 8192 && num_ctx.is_power_of_two(), "{num_ctx}");
    assert_eq!(body["format"]["type"], "object");
    assert_eq!(
        body["format"]["required"],
        json!(["1.1", "1.2", "1.3", "1.4", "1.5"])
    );
    assert_eq!(body["format"]["additionalProperties"], false);
    assert!(body.get("response_format").is_none());
    assert!(
        body.get("temperature").is_none(),
        "Ollama takes it in options"
    );
    assert_eq!(sent_ids(body), ["1.1", "1.2", "1.3", "1.4", "1.5"]);
}

#[tokio::test]
async fn ollama_errors_and_cut_off_answers() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/chat"))
        .respond_with(Llm::with(Fault::CutOffAbove(1)))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(404).set_body_json(
            json!({"error": "model \"qwen2.5:7b-instruct\" not found, try pulling it first"}),
        ))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    let b = OpenAiBackend::new(&options(&server, "/api", None)).unwrap();
    let reqs = batch(2);
    let err = send_batch(&b, &reqs, &en(), &policy()).await.unwrap_err();
    match &err {
        BackendError::BadRequest(m) => {
            assert!(
                m.contains("try pulling it first") && m.contains("OPENAI_MODEL"),
                "{m}"
            )
        }
        other => panic!("expected a bad request, got {other:?}"),
    }
    // `done_reason: "length"` splits the batch as `finish_reason` does.
    let out = b.translate(&reqs, &en()).await.unwrap();
    assert_eq!(texts(&out), expected(&reqs));
    assert_eq!(requests_made(&server).await, 4);
}

#[tokio::test]
async fn a_missing_model_says_what_to_set() {
    let err = OpenAiBackend::new(&BackendOptions {
        model: None,
        ..BackendOptions::default()
    })
    .unwrap_err();
    assert!(err.contains("OPENAI_MODEL"), "{err}");
    let err = terjemah::mt::backend_by_name("openai", &BackendOptions::default())
        .err()
        .unwrap_or_default();
    assert!(err.contains("OPENAI_MODEL"), "{err}");
}
