//! The hardening probe as a test suite: hostile project configurations, hostile servers (mock
//! services on 127.0.0.1 that answer with control characters, echo the key back, or answer
//! garbage), damaged files (review files in other encodings, with NUL bytes or CR-only line
//! ends; XML with two roots; a byte-order mark followed by a bad byte) and a big input. Each
//! test runs the `translate` binary as a user would, with its own config folder
//! (`XDG_CONFIG_HOME` and `HOME` in a temporary directory), and checks what the user sees.

use crate::common;
use predicates::prelude::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "7d3e9b21-4c5a-4f60-9e8d-2a1b3c4d5e6f:fx";
const SEED: &str = "tribunnews-2022-12-03-rusia-belarus.txt";

/// A project folder holding the seed article as `a.txt`, and a config folder of its own.
struct Project {
    dir: tempfile::TempDir,
    config: tempfile::TempDir,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(common::example(SEED), dir.path().join("a.txt")).unwrap();
        Project {
            dir,
            config: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.path(name), text).unwrap();
    }

    /// `translate a.txt` with the deepl backend at `endpoint` and the test key.
    fn deepl_run(&self, endpoint: &str) -> assert_cmd::Command {
        let mut cmd = self.translate();
        cmd.env("DEEPL_AUTH_KEY", KEY)
            .args(["a.txt", "-b", "deepl", "--endpoint", endpoint]);
        cmd
    }

    /// `translate` in the project, with the project's own config folder and no keys or
    /// endpoints from the environment.
    fn translate(&self) -> assert_cmd::Command {
        let mut cmd = common::translate(self.dir.path());
        cmd.env("XDG_CONFIG_HOME", self.config.path())
            .env("HOME", self.config.path())
            .env_remove("TRANSLATE_COMMAND")
            .env_remove("DEEPL_AUTH_KEY")
            .env_remove("DEEPL_API_URL")
            .timeout(std::time::Duration::from_secs(120));
        cmd
    }
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs `cmd`, which must be refused as bad input (exit 2), and returns its standard error.
fn refused(cmd: &mut assert_cmd::Command) -> String {
    stderr(cmd.assert().code(2).get_output())
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn command_script() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/mt-command.py")
        .display()
        .to_string()
}

// --- hostile configurations -------------------------------------------------------------

#[test]
fn a_project_glossary_outside_the_project_is_refused_without_quoting_it() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("shadow");
    std::fs::write(&secret, "root:$6$saltsalt$SECRETHASH:19000:0:99999:7:::\n").unwrap();
    let p = Project::new();
    for listed in [
        secret.display().to_string(),
        format!(
            "../{}/shadow",
            outside.path().file_name().unwrap().to_string_lossy()
        ),
    ] {
        p.write(
            "translate.toml",
            &format!("glossaries = [{}]\n", json!(listed)),
        );
        for args in [&["glossary", "lint"][..], &["a.txt", "--dry-run"]] {
            let err = refused(p.translate().args(args));
            assert!(err.contains("outside the project"), "{err}");
            assert!(err.contains("--glossary"), "{err}");
            assert!(!err.contains("SECRETHASH"), "{err}");
        }
    }
    // Given by the user on the command line, the same file is read (and is not a glossary).
    let out = p
        .translate()
        .args(["glossary", "lint", "--glossary"])
        .arg(&secret)
        .output()
        .unwrap();
    assert!(
        !stderr(&out).contains("outside the project"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_project_command_runs_only_once_trusted() {
    let p = Project::new();
    let config = format!(
        "backend = \"command\"\ncommand = \"python3 {} upper\"\n",
        command_script()
    );
    p.write("translate.toml", &config);
    let err = refused(p.translate().arg("a.txt"));
    assert!(
        err.contains("sets `command`") && err.contains("translate trust"),
        "{err}"
    );
    assert!(!p.path("a.review.md").exists());

    // Given in the environment, the user's own command runs without trusting the file.
    p.translate()
        .env(
            "TRANSLATE_COMMAND",
            format!("python3 {} upper", command_script()),
        )
        .args(["a.txt", "-f", "tsv", "-o", "env.tsv"])
        .assert()
        .success();

    p.translate()
        .arg("trust")
        .assert()
        .success()
        .stderr(predicate::str::contains("trusted"));
    let trusted = std::fs::read_to_string(p.config.path().join("terjemah/trusted")).unwrap();
    assert!(trusted.contains("translate.toml"), "{trusted}");
    p.translate().arg("a.txt").assert().success();
    let review = std::fs::read_to_string(p.path("a.review.md")).unwrap();
    assert!(review.contains("origin=command"), "{review}");
    assert!(review.contains("MENTERI PERTAHANAN"), "{review}");

    // A changed file needs trusting again.
    p.write("translate.toml", &format!("{config}# changed\n"));
    p.translate().args(["a.txt", "--force"]).assert().code(2);
    let list = p.translate().args(["trust", "--list"]).assert().success();
    let listed = String::from_utf8_lossy(&list.get_output().stdout).into_owned();
    assert!(listed.contains("changed since trusted"), "{listed}");
    p.translate().arg("trust").assert().success();
    p.translate().args(["a.txt", "--force"]).assert().success();
    p.translate().args(["trust", "--revoke"]).assert().success();
    p.translate().args(["a.txt", "--force"]).assert().code(2);
}

/// A mock DeepL answering every text with `answer(text)`.
async fn deepl(answer: fn(&str) -> String) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/translate"))
        .respond_with(move |request: &wiremock::Request| {
            let body: Value = request.body_json().unwrap();
            let translations: Vec<Value> = body["text"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| json!({"detected_source_language": "ID", "text": answer(t.as_str().unwrap())}))
                .collect();
            ResponseTemplate::new(200).set_body_json(json!({ "translations": translations }))
        })
        .mount(&server)
        .await;
    server
}

// Translation requests a server received (the glossary requests of a run aside).
use crate::cli::translate_requests as requests;

#[tokio::test(flavor = "multi_thread")]
async fn a_project_endpoint_gets_the_key_only_once_trusted() {
    let server = deepl(|t| format!("EN {t}")).await;
    let p = Project::new();
    p.write(
        "translate.toml",
        &format!("backend = \"deepl\"\nendpoint = \"{}\"\n", server.uri()),
    );
    let err = refused(p.translate().env("DEEPL_AUTH_KEY", KEY).arg("a.txt"));
    assert!(
        err.contains("sets `endpoint`") && err.contains("DEEPL_AUTH_KEY"),
        "{err}"
    );
    assert!(!err.contains(KEY), "{err}");
    assert_eq!(
        requests(&server).await,
        0,
        "the key went to the project's endpoint"
    );
    // The same endpoint given on the command line is the user's word.
    p.translate()
        .env("DEEPL_AUTH_KEY", KEY)
        .args(["a.txt", "--endpoint", &server.uri()])
        .assert()
        .success();
    let sent = requests(&server).await;
    assert!(sent > 0);
    p.translate().arg("trust").assert().success();
    p.translate()
        .env("DEEPL_AUTH_KEY", KEY)
        .args(["a.txt", "--force", "--no-cache"])
        .assert()
        .success();
    assert!(requests(&server).await > sent);
}

#[test]
fn plain_http_to_another_machine_needs_allow_http() {
    let p = Project::new();
    // 192.0.2.0/24 is for documentation: nothing is sent (a dry run), nothing could answer.
    let err = refused(p.translate().env("DEEPL_AUTH_KEY", KEY).args([
        "a.txt",
        "-b",
        "deepl",
        "--endpoint",
        "http://192.0.2.7:8080",
        "--dry-run",
    ]));
    assert!(
        err.contains("--allow-http") && err.contains("plain HTTP"),
        "{err}"
    );
    p.translate()
        .env("DEEPL_AUTH_KEY", KEY)
        .args([
            "a.txt",
            "-b",
            "deepl",
            "--endpoint",
            "http://192.0.2.7:8080",
        ])
        .args(["--dry-run", "--allow-http"])
        .assert()
        .success();
    // Without a key nothing secret travels: a LibreTranslate on the network is fine.
    p.translate()
        .env_remove("LIBRETRANSLATE_API_KEY")
        .args([
            "a.txt",
            "-b",
            "libretranslate",
            "--endpoint",
            "http://192.0.2.7:5000",
        ])
        .arg("--dry-run")
        .assert()
        .success();
}

#[test]
fn config_errors_never_quote_a_secret() {
    let p = Project::new();
    for (config, secret, line) in [
        (
            // `state` is a setting now: unquoted, the URL is a TOML error on line 2.
            "backend = \"offline\"\nstate = postgres://terjemah:Hunter2-pass@db.local/tm\n",
            "Hunter2-pass",
            "line 2",
        ),
        (
            "backend = \"deepl\"\nconcurrency = \"sk-live-51HqmSECRET\"\n",
            "sk-live-51HqmSECRET",
            "line 2",
        ),
        (
            "model = \"gpt\"\napi_key = \"sk-proj-AAAASECRETBBBB\"\n",
            "sk-proj-AAAASECRETBBBB",
            "line 2",
        ),
        (
            "endpoint = \"https://user:TopSecret99@mt.example.com\n",
            "TopSecret99",
            "line 1",
        ),
    ] {
        p.write("translate.toml", config);
        let err = refused(p.translate().arg("a.txt"));
        assert!(!err.contains(secret), "{err}");
        assert!(
            err.contains("translate.toml") && err.contains(line),
            "{err}"
        );
    }
}

#[test]
fn offline_runs_are_in_the_ledger() {
    let p = Project::new();
    p.translate().arg("a.txt").assert().success();
    p.translate()
        .args(["a.txt", "--force", "--no-cache"])
        .assert()
        .success();
    let store = terjemah::store::Store::open(&p.path(".translate")).unwrap();
    let totals = store.ledger_totals().unwrap();
    let offline = totals
        .iter()
        .find(|e| e.backend == "offline")
        .expect("offline runs");
    assert!(offline.requests >= 2, "{offline:?}");
    assert!(offline.characters_sent > 3000, "{offline:?}");
}

// --- hostile servers ----------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread")]
async fn a_hostile_server_cannot_break_the_review_file_or_leak_the_key() {
    let server =
        deepl(|t| format!("EN\u{0}[{t}]\u{1b}[2J\r\n\n\u{7}(key {KEY})\u{85}\u{9b}31m")).await;
    let p = Project::new();
    let out = p
        .deepl_run(&server.uri())
        .assert()
        .success()
        .get_output()
        .clone();
    let review = std::fs::read(p.path("a.review.md")).unwrap();
    let text = String::from_utf8(review.clone()).expect("UTF-8");
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "control characters in the review file"
    );
    assert!(text.contains("(key <redacted>)"), "{text}");
    assert!(text.contains("backend-answer"), "{text}");
    // The state is the database with its write-ahead log (kept between runs).
    let mut db = std::fs::read(p.path(".translate/state.db")).unwrap();
    db.extend(std::fs::read(p.path(".translate/state.db-wal")).unwrap_or_default());
    for (what, bytes) in [
        ("review file", &review[..]),
        ("stderr", &out.stderr[..]),
        ("state database", &db[..]),
    ] {
        assert!(!contains(bytes, KEY), "the key leaked into the {what}");
        assert!(
            !contains(bytes, &KEY[..20]),
            "the key leaked into the {what}"
        );
    }
    // Every command reads the file back (approved, so that exports carry every pair).
    p.translate()
        .args(["approve", "a.review.md", "--all"])
        .assert()
        .success();
    for args in [
        &["diff", "a.review.md"][..],
        &["qa", "a.review.md"],
        &["export", "a.review.md", "-o", "-", "--no-memory"],
        &[
            "export",
            "a.review.md",
            "-f",
            "html",
            "-o",
            "a.html",
            "--no-memory",
        ],
        &[
            "export",
            "a.review.md",
            "-f",
            "xliff",
            "-o",
            "a.xlf",
            "--no-memory",
        ],
        &[
            "export",
            "a.review.md",
            "-f",
            "tmx",
            "-o",
            "a.tmx",
            "--no-memory",
        ],
    ] {
        let out = p.translate().args(args).output().unwrap();
        assert!(
            out.status.code().is_some_and(|c| c == 0 || c == 3),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    p.translate()
        .args(["import", "a.xlf", "--review", "a.review.md"])
        .assert()
        .success();
    p.translate()
        .args(["memory", "import", "a.tmx"])
        .assert()
        .success();
    // A re-run merges into it and sends nothing.
    let before = requests(&server).await;
    p.deepl_run(&server.uri()).assert().success();
    assert_eq!(requests(&server).await, before);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_answering_garbage_fails_cleanly_and_the_run_is_accounted() {
    let cases = [
        (
            200,
            format!("<html><body>proxy login for {KEY}</body></html>"),
        ),
        (200, "{\"translations\": [{\"text\": \"tru".to_string()),
        (200, "{\"translations\": []}".to_string()),
        (200, "{\"translations\": [{\"text\": \"\"}]}".to_string()),
        (
            500,
            format!("{{\"message\": \"internal error, key {KEY}\"}}"),
        ),
    ];
    let mut runs = Vec::new();
    for (status, body) in &cases {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/v2/translate"))
            .respond_with(ResponseTemplate::new(*status).set_body_string(body.clone()))
            .mount(&server)
            .await;
        runs.push((server, Project::new()));
    }
    // The runs back off between their tries: side by side they take the time of one.
    let outputs: Vec<std::process::Output> = std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .iter()
            .map(|(server, p)| {
                let uri = server.uri();
                scope.spawn(move || p.deepl_run(&uri).output().unwrap())
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (((_, body), (server, p)), out) in cases.iter().zip(&runs).zip(&outputs) {
        let err = stderr(out);
        assert_eq!(out.status.code(), Some(1), "{body}: {err}");
        assert!(!err.contains(&KEY[..20]), "{err}");
        assert!(err.contains("backend `deepl` failed"), "{body}: {err}");
        // Every request sent is in the run's account, though it failed.
        let sent = requests(server).await;
        let store = terjemah::store::Store::open(&p.path(".translate")).unwrap();
        let ledger = store.ledger_totals().unwrap();
        assert_eq!(ledger[0].requests as usize, sent, "{body}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_run_killed_mid_batch_has_cached_what_was_paid_for() {
    // DeepL gets one request per paragraph of an engine batch, four at a time; each answer
    // takes 600 ms. The process is killed (SIGKILL) while the batch is still under way.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/translate"))
        .respond_with(|request: &wiremock::Request| {
            let body: Value = request.body_json().unwrap();
            let translations: Vec<Value> = body["text"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| json!({"text": format!("EN {}", t.as_str().unwrap())}))
                .collect();
            ResponseTemplate::new(200)
                .set_body_json(json!({ "translations": translations }))
                .set_delay(std::time::Duration::from_millis(600))
        })
        .mount(&server)
        .await;
    let p = Project::new();
    // Several articles in one file: the first batch of 50 sentences spans many paragraphs.
    let all: Vec<String> = common::example_articles()
        .iter()
        .map(|a| std::fs::read_to_string(a).unwrap())
        .collect();
    p.write("a.txt", &all.join(""));
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("translate"))
        .current_dir(p.dir.path())
        .env("XDG_CONFIG_HOME", p.config.path())
        .env("DEEPL_AUTH_KEY", KEY)
        .args(["a.txt", "-b", "deepl", "--endpoint", &server.uri()])
        .args(["--concurrency", "1"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // One engine batch at a time, its paragraphs four at a time: the fifth request leaves
    // once the first four were answered, and the batch (more than eight paragraphs) is not
    // done.
    let start = std::time::Instant::now();
    while requests(&server).await < 5 && start.elapsed().as_secs() < 60 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    child.kill().unwrap();
    let _ = child.wait();
    let answered: Vec<_> = server
        .received_requests()
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|r| r.url.path() == "/v2/translate")
        .collect();
    let paid: usize = answered[..4]
        .iter()
        .map(|r| {
            r.body_json::<Value>().unwrap()["text"]
                .as_array()
                .unwrap()
                .len()
        })
        .sum();
    let db = rusqlite::Connection::open(p.path(".translate/state.db")).unwrap();
    let cached: usize = db
        .query_row("SELECT count(*) FROM mt_cache", [], |r| r.get(0))
        .unwrap();
    assert!(
        cached >= paid,
        "{cached} texts cached; {paid} were answered before the kill"
    );
    // The re-run pays only for the rest.
    p.deepl_run(&server.uri()).assert().success();
    let texts: usize = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == "/v2/translate")
        .skip(answered.len())
        .map(|r| {
            r.body_json::<Value>().unwrap()["text"]
                .as_array()
                .unwrap()
                .len()
        })
        .sum();
    let total: usize = db
        .query_row("SELECT count(*) FROM mt_cache", [], |r| r.get(0))
        .unwrap();
    assert_eq!(texts, total - cached);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_redirect_or_an_endless_answer_goes_nowhere() {
    // A server that redirects elsewhere (307 keeps the method and the body, where
    // LibreTranslate carries its key): the other host hears nothing.
    let elsewhere = deepl(|t| format!("EN {t}")).await;
    let redirecting = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(307)
                .insert_header("location", format!("{}/v2/translate", elsewhere.uri())),
        )
        .mount(&redirecting)
        .await;
    // A server whose answer is larger than any translation (20 MB).
    let endless = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_string("[".repeat(20 << 20)))
        .mount(&endless)
        .await;
    for (server, expected) in [(&redirecting, "HTTP 307"), (&endless, "larger than 16 MB")] {
        let p = Project::new();
        let out = p.deepl_run(&server.uri()).output().unwrap();
        let err = stderr(&out);
        assert!(
            out.status.code().is_some_and(|c| c == 1 || c == 2),
            "{expected}: {err}"
        );
        assert!(err.contains(expected), "{err}");
    }
    assert_eq!(requests(&elsewhere).await, 0, "the redirect was followed");
}

// --- damaged files ------------------------------------------------------------------------

#[test]
fn damaged_review_files_get_one_verdict_from_every_command() {
    let p = Project::new();
    p.translate().arg("a.txt").assert().success();
    p.translate()
        .args([
            "export",
            "a.review.md",
            "-f",
            "xliff",
            "-o",
            "a.xlf",
            "--no-memory",
        ])
        .assert()
        .success();
    let good = std::fs::read(p.path("a.review.md")).unwrap();
    let at = good.windows(6).position(|w| w == b"Russia").unwrap();
    let line = good[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let with = |bytes: &[u8]| [&good[..at], bytes, &good[at..]].concat();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            String::from_utf8(good.clone())
                .unwrap()
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let cases: Vec<(&str, Vec<u8>, Option<String>)> = vec![
        (
            "latin-1 byte",
            with(b"\xe9"),
            Some(format!("byte 0xe9 on line {line} is not UTF-8")),
        ),
        (
            "BOM and a bad byte",
            [&b"\xEF\xBB\xBF"[..], &with(b"\xff")].concat(),
            Some(format!("byte 0xff on line {line} is not UTF-8")),
        ),
        ("NUL", with(b"\x00"), Some(format!("on line {line}"))),
        ("UTF-16", utf16, None),
        (
            "CR only",
            good.iter()
                .map(|&b| if b == b'\n' { b'\r' } else { b })
                .collect(),
            None,
        ),
    ];
    for (what, bytes, verdict) in cases {
        std::fs::write(p.path("a.review.md"), &bytes).unwrap();
        let runs: [&[&str]; 5] = [
            &["diff", "a.review.md"],
            &["qa", "a.review.md"],
            &["export", "a.review.md", "-o", "-", "--no-memory"],
            &["import", "a.xlf", "--review", "a.review.md"],
            &["a.txt"],
        ];
        for args in runs {
            let out = p.translate().args(args).output().unwrap();
            let err = stderr(&out);
            match &verdict {
                Some(v) => {
                    assert_eq!(out.status.code(), Some(2), "{what}, {args:?}: {err}");
                    assert!(err.contains(v.as_str()), "{what}, {args:?}: {err}");
                    // Refused, the file is left exactly as it was.
                    assert_eq!(std::fs::read(p.path("a.review.md")).unwrap(), bytes);
                }
                None => assert!(
                    out.status.code().is_some_and(|c| c == 0 || c == 3),
                    "{what}, {args:?}: {err}"
                ),
            }
        }
    }
}

#[test]
fn xml_with_two_roots_is_refused() {
    let p = Project::new();
    p.translate().arg("a.txt").assert().success();
    for format in ["xliff", "tmx"] {
        p.translate()
            .args(["export", "a.review.md", "-f", format, "-o"])
            .arg(format!("a.{format}"))
            .arg("--no-memory")
            .assert()
            .success();
    }
    p.translate()
        .args(["glossary", "export", "-f", "tbx", "-o", "g.tbx"])
        .assert()
        .success();
    let doubled = |name: &str| {
        let text = std::fs::read_to_string(p.path(name)).unwrap();
        let root = text.find("?>").map_or(0, |i| i + 2);
        let twice = format!("{text}{}", &text[root..]);
        let out = format!("two-{name}");
        std::fs::write(p.path(&out), twice).unwrap();
        out
    };
    let xlf = doubled("a.xliff");
    let tmx = doubled("a.tmx");
    let tbx = doubled("g.tbx");
    for args in [
        vec!["import", xlf.as_str(), "--review", "a.review.md"],
        vec!["memory", "import", tmx.as_str()],
        vec!["glossary", "import", tbx.as_str(), "-o", "g.tsv"],
    ] {
        let err = refused(p.translate().args(&args));
        assert!(err.contains("a second root element"), "{args:?}: {err}");
    }
}

#[test]
fn a_byte_order_mark_then_a_bad_byte_is_reported_as_what_was_done() {
    let p = Project::new();
    let text = std::fs::read(p.path("a.txt")).unwrap();
    let at = text.windows(5).position(|w| w == b"Minsk").unwrap();
    let bytes = [&b"\xEF\xBB\xBF"[..], &text[..at], b"\xff", &text[at..]].concat();
    std::fs::write(p.path("a.txt"), bytes).unwrap();
    let out = p
        .translate()
        .arg("a.txt")
        .assert()
        .success()
        .get_output()
        .clone();
    let err = stderr(&out);
    assert!(
        err.contains("0xff") && err.contains("replaced by U+FFFD"),
        "{err}"
    );
    assert!(!err.contains("Windows-1252"), "{err}");
    let review = std::fs::read_to_string(p.path("a.review.md")).unwrap();
    assert!(review.contains('\u{FFFD}'));
    assert!(
        !review.contains("ï»¿"),
        "the byte-order mark was read as text"
    );
}

// --- big inputs ---------------------------------------------------------------------------

#[test]
fn a_long_one_line_paragraph_is_translated() {
    // About 160 KB on one line: a thousand sentences of real news, every one sent with the
    // paragraph as its context (shared, not copied per sentence).
    let p = Project::new();
    let text = std::fs::read_to_string(p.path("a.txt")).unwrap();
    let sentences: Vec<&str> = text
        .lines()
        .filter(|l| l.len() > 80 && l.ends_with('.'))
        .collect();
    let mut line = String::new();
    let mut n = 0;
    while line.len() < 160_000 {
        line.push_str(sentences[n % sentences.len()]);
        line.push_str(&format!(" Nomor {n}. "));
        n += 1;
    }
    p.write("long.txt", &format!("{}\n", line.trim_end()));
    p.translate()
        .args(["long.txt", "-f", "json", "-o", "long.json"])
        .assert()
        .success();
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(p.path("long.json")).unwrap()).unwrap();
    let segments = json["paragraphs"][0]["segments"].as_array().unwrap();
    assert!(segments.len() > 1000, "{}", segments.len());
    assert!(segments.iter().all(|s| s["target"].is_string()));
}

// --- fuzzing ------------------------------------------------------------------------------

/// A fuzz target per reader: seeded mutations of real files (a review file the tool wrote, the
/// shipped glossaries, their TBX export, XLIFF and TMX files from CAT tools, the example
/// articles) fed to the reader, which must never panic and, where it accepts the input, must
/// keep its own promises (a review file it parses renders and parses back the same; every
/// segment of an article is the text at its span). Ignored in `cargo test`: run
/// `cargo test --release --test main fuzz_ -- --ignored --nocapture`, for
/// `FUZZ_SECONDS` seconds per target (default 20) from seed `FUZZ_SEED` (default 1). A
/// failing input is saved in `target/fuzz-findings/`.
mod fuzz {
    use super::*;
    use std::panic::{catch_unwind, AssertUnwindSafe};
    use std::time::{Duration, Instant};

    /// xorshift64*: small, seedable, good enough to pick mutations.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    /// Bytes that matter to these formats: markup, line ends, NUL, invalid UTF-8, the review
    /// file's marks, quoting.
    const INTERESTING: &[&[u8]] = &[
        b"\x00",
        b"\r",
        b"\n",
        b"\r\n",
        b"\t",
        b"<",
        b">",
        b"&",
        b"\"",
        b"'",
        b"-->",
        b"<!--",
        b"## ",
        "¶".as_bytes(),
        "→".as_bytes(),
        b"\xff",
        b"\xe9",
        b"\xEF\xBB\xBF",
        b"#",
        b" ",
        b"&#0;",
        b"&amp;",
        b"]]>",
        b"<![CDATA[",
        b"\\",
        b"> ",
        b"=",
        b"..",
        "\u{2028}".as_bytes(),
    ];

    fn mutate(rng: &mut Rng, seed: &[u8], pool: &[Vec<u8>]) -> Vec<u8> {
        let mut data = seed.to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(data.len() + 1);
            match rng.below(7) {
                0 if !data.is_empty() => {
                    let i = rng.below(data.len());
                    data[i] ^= 1 << rng.below(8);
                }
                1 => {
                    let piece = INTERESTING[rng.below(INTERESTING.len())];
                    data.splice(at..at, piece.iter().copied());
                }
                2 if at < data.len() => {
                    let end = (at + 1 + rng.below(64)).min(data.len());
                    data.drain(at..end);
                }
                3 if at < data.len() => {
                    let end = (at + 1 + rng.below(256)).min(data.len());
                    let copy = data[at..end].to_vec();
                    let to = rng.below(data.len() + 1);
                    data.splice(to..to, copy);
                }
                4 => data.truncate(at),
                5 => {
                    let other = &pool[rng.below(pool.len())];
                    let from = rng.below(other.len());
                    let end = (from + rng.below(512)).min(other.len());
                    data.splice(at..at, other[from..end].iter().copied());
                }
                _ => {
                    // Swap two lines (markers out of order, sections moved).
                    let lines: Vec<usize> = data
                        .iter()
                        .enumerate()
                        .filter(|(_, &b)| b == b'\n')
                        .map(|(i, _)| i)
                        .collect();
                    if lines.len() > 3 {
                        let a = rng.below(lines.len() - 2);
                        let (s, m, e) = (lines[a] + 1, lines[a + 1] + 1, lines[a + 2] + 1);
                        let mut swapped = data[m..e].to_vec();
                        swapped.extend_from_slice(&data[s..m]);
                        data.splice(s..e, swapped);
                    }
                }
            }
        }
        data
    }

    /// Runs `check` on mutations of `seeds` for the time budget; panics with the saved
    /// input's path on the first failure (a panic in the reader, or `check` saying no).
    /// `check` says whether the reader accepted the input (counted, to show the mutations
    /// reach past the first check).
    fn run(name: &str, seeds: Vec<Vec<u8>>, check: impl Fn(&[u8]) -> Result<bool, String>) {
        assert!(!seeds.is_empty(), "{name}: no seeds");
        let seconds = std::env::var("FUZZ_SECONDS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(20u64);
        let seed = std::env::var("FUZZ_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1u64);
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let mut runs = 0u64;
        let mut accepted = 0u64;
        for s in &seeds {
            check(s).unwrap_or_else(|e| panic!("{name}: an unchanged seed fails: {e}"));
        }
        while Instant::now() < deadline {
            let pick = rng.below(seeds.len());
            let input = mutate(&mut rng, &seeds[pick], &seeds);
            let outcome = catch_unwind(AssertUnwindSafe(|| check(&input)));
            let problem = match outcome {
                Ok(Ok(ok)) => {
                    accepted += u64::from(ok);
                    None
                }
                Ok(Err(e)) => Some(e),
                Err(p) => Some(format!(
                    "panic: {}",
                    p.downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default()
                )),
            };
            if let Some(problem) = problem {
                let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-findings");
                std::fs::create_dir_all(&dir).unwrap();
                let file = dir.join(format!("{name}-{seed}-{runs}"));
                std::fs::write(&file, &input).unwrap();
                panic!("{name}: {problem} (input saved in {})", file.display());
            }
            runs += 1;
        }
        eprintln!("{name}: {runs} inputs ({accepted} accepted) in {seconds} s, no finding");
    }

    fn text(bytes: &[u8]) -> Option<String> {
        terjemah::text::encoding::decode(bytes).ok().map(|d| d.text)
    }

    fn files(dir: &str, ext: &str) -> Vec<Vec<u8>> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut out: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .collect();
        out.sort();
        out.iter().map(|p| std::fs::read(p).unwrap()).collect()
    }

    #[test]
    #[ignore = "fuzzing: run with --ignored (see the README)"]
    fn fuzz_review_file() {
        use terjemah::review::ReviewFile;
        let p = Project::new();
        p.translate().arg("a.txt").assert().success();
        let seeds = vec![std::fs::read(p.path("a.review.md")).unwrap()];
        run("review", seeds, |bytes| {
            let Some(text) = text(bytes) else {
                return Ok(false);
            };
            let Ok(review) = ReviewFile::parse("fuzz.review.md", &text) else {
                return Ok(false);
            };
            let written = review.render();
            let again = ReviewFile::parse("fuzz.review.md", &written)
                .map_err(|e| format!("what the tool wrote does not parse: {e}"))?;
            if again.render() != written {
                return Err("render(parse(render(x))) differs from render(x)".into());
            }
            Ok(true)
        });
    }

    #[test]
    #[ignore = "fuzzing: run with --ignored (see the README)"]
    fn fuzz_tsv_glossary() {
        run("tsv", files("glossaries", "tsv"), |bytes| {
            Ok(text(bytes).is_some_and(|text| {
                let (_, diagnostics) = terjemah::glossary::tsv::parse("fuzz.tsv", &text);
                diagnostics.is_empty()
            }))
        });
    }

    #[test]
    #[ignore = "fuzzing: run with --ignored (see the README)"]
    fn fuzz_tbx() {
        use terjemah::glossary::exchange::{read_tbx, to_tsv, write_tbx, TbxDialect};
        use terjemah::glossary::{builtin_sources, Glossary, Spelling};
        let g = Glossary::load(&builtin_sources(), Spelling::British).unwrap();
        // A few hundred entries keep each input small enough for many runs.
        let entries = &g.entries()[..200];
        let seeds = vec![
            write_tbx(entries, TbxDialect::V3).into_bytes(),
            write_tbx(entries, TbxDialect::Tbx2008).into_bytes(),
        ];
        run("tbx", seeds, |bytes| {
            let rows = text(bytes).and_then(|text| read_tbx("fuzz.tbx", &text).ok());
            Ok(rows.is_some_and(|rows| to_tsv("fuzz.tsv", &rows).is_ok()))
        });
    }

    #[test]
    #[ignore = "fuzzing: run with --ignored (see the README)"]
    fn fuzz_xliff() {
        let mut seeds = files("tests/data", "xlf");
        let p = Project::new();
        p.translate()
            .args(["a.txt", "-f", "xliff", "-o", "a.xlf"])
            .assert()
            .success();
        seeds.push(std::fs::read(p.path("a.xlf")).unwrap());
        run("xliff", seeds, |bytes| {
            Ok(text(bytes).is_some_and(|text| {
                terjemah::formats::xliff::from_xliff("fuzz.xlf", &text).is_ok()
            }))
        });
    }

    #[test]
    #[ignore = "fuzzing: run with --ignored (see the README)"]
    fn fuzz_tmx() {
        run("tmx", files("tests/data/tmx", "tmx"), |bytes| {
            Ok(text(bytes)
                .is_some_and(|text| terjemah::formats::tmx::read_tmx("fuzz.tmx", &text).is_ok()))
        });
    }

    #[test]
    #[ignore = "fuzzing: run with --ignored (see the README)"]
    fn fuzz_article_decoder() {
        // The example articles, and scraped pages with their site chrome (the unseen-news
        // tuning sets, one paragraph a line with its annotation marks: mutations of both reach
        // the furniture and dateline rules). Held-out files are only ever scored.
        let mut seeds = files("examples", "txt");
        seeds.extend(
            crate::common::unseen_tuning_files()
                .iter()
                .map(|p| std::fs::read(p).unwrap()),
        );
        run("article", seeds, |bytes| {
            let Ok(decoded) = terjemah::text::encoding::decode(bytes) else {
                return Ok(false);
            };
            let doc = terjemah::segment::segment("fuzz.txt", decoded.text.clone());
            for seg in doc.segments() {
                if decoded.text.get(seg.span.clone()) != Some(seg.source.as_str()) {
                    return Err(format!("segment {} is not the text at its span", seg.id()));
                }
            }
            Ok(true)
        });
    }
}
