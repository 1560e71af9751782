//! The `translate` binary end to end, on the real example articles, in temporary folders.

use crate::common::{example, translate};
use predicates::prelude::*;
use std::path::PathBuf;

const SEED: &str = "tribunnews-2022-12-03-rusia-belarus.txt";

/// A temporary folder holding a copy of the seed article.
fn workdir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("seed.txt");
    std::fs::copy(example(SEED), &article).expect("copy seed");
    (dir, article)
}

#[test]
fn version_and_help() {
    let dir = tempfile::tempdir().unwrap();
    translate(dir.path())
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("translate "));
    translate(dir.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("glossary").and(predicate::str::contains("segment")));
}

#[test]
fn main_job_writes_a_review_file_and_never_clobbers_it() {
    let (dir, article) = workdir();
    translate(dir.path())
        .arg("seed.txt")
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote"));
    let review_path = dir.path().join("seed.review.md");
    let review = std::fs::read_to_string(&review_path).expect("review file written");
    assert!(review.starts_with("<!-- terjemah:review v1 source=\"seed.txt\""));
    assert!(review.contains("backend=\"offline\""));
    // The dateline is kept as is; the boilerplate is marked and not translated.
    assert!(review.contains("kind=dateline origin=copied"));
    assert!(review.contains("## ¶7 · boilerplate (not translated)"));
    // Glossary: the title before a name is capitalised, and the note cites the entry.
    assert!(review.contains("Defence Minister"), "{review}");
    assert!(review.contains("<!-- note 3.1 glossary: "));
    assert_eq!(review.matches("<!-- seg ").count(), 21);

    // A second run must not overwrite a file it cannot read as a review file.
    std::fs::write(&review_path, "edited by a translator").unwrap();
    translate(dir.path()).arg(&article).assert().code(2).stderr(
        predicate::str::contains("seed.review.md:1: not a review file")
            .and(predicate::str::contains("--force")),
    );
    assert_eq!(
        std::fs::read_to_string(&review_path).unwrap(),
        "edited by a translator"
    );
    translate(dir.path())
        .args(["seed.txt", "--force"])
        .assert()
        .success();
    assert!(std::fs::read_to_string(&review_path)
        .unwrap()
        .starts_with("<!-- terjemah:review"));
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn json_output_follows_the_schema() {
    let (dir, _) = workdir();
    let out = translate(dir.path())
        .args(["seed.txt", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    let source = std::fs::read_to_string(dir.path().join("seed.txt")).unwrap();
    assert_eq!(v["source_lang"], "id");
    assert_eq!(v["target_lang"], "en");
    assert_eq!(v["backend"], "offline");
    let paragraphs = v["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 17);
    assert_eq!(paragraphs[0]["index"], 1);
    let first = &paragraphs[0]["segments"][0];
    assert_eq!(first["id"], "1.1");
    assert_eq!(first["kind"], "dateline");
    let mut hits = 0;
    for p in paragraphs {
        for s in p["segments"].as_array().unwrap() {
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&source[start..end], s["source"].as_str().unwrap());
            for g in s["glossary"].as_array().unwrap() {
                let (gs, ge) = (
                    g["start"].as_u64().unwrap() as usize,
                    g["end"].as_u64().unwrap() as usize,
                );
                assert!(start <= gs && ge <= end);
                assert_eq!(&source[gs..ge], g["matched"].as_str().unwrap());
                hits += 1;
            }
            if s["kind"] == "text" {
                assert!(s["target"].as_str().is_some_and(|t| !t.is_empty()));
                assert_eq!(s["origin"], "offline");
            }
        }
    }
    assert!(hits >= 20, "only {hits} glossary hits");
    assert_eq!(v["stats"]["segments"], 21);
    assert_eq!(v["stats"]["skipped"], 4);
}

#[test]
fn side_by_side_and_tsv() {
    let (dir, _) = workdir();
    let out = translate(dir.path())
        .args(["seed.txt", "--format", "side-by-side", "--width", "100"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text
        .lines()
        .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 100));
    assert!(text.contains("¶1 body"));
    assert!(text.contains(" │ "));
    translate(dir.path())
        .args(["seed.txt", "--format", "tsv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "id\tkind\tsource\ttarget\n1.1\tdateline\tTRIBUNNEWS.COM, MINSK -\t",
        ));
}

#[test]
fn stdin_and_several_files() {
    let (dir, _) = workdir();
    translate(dir.path())
        .arg("-")
        .write_stdin("JAKARTA, KOMPAS.com - Menteri Pertahanan Prabowo Subianto tiba di Jakarta.")
        .assert()
        .success()
        .stdout(predicate::str::contains("Defence Minister Prabowo"));
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::copy(
        example("detik-2019-05-07-jokowi-ibu-kota-kalimantan.txt"),
        dir.path().join("b.txt"),
    )
    .unwrap();
    translate(dir.path())
        .args(["seed.txt", "b.txt", "-o", "out"])
        .assert()
        .success()
        .stderr(predicate::str::contains("2 files"));
    assert!(out.join("seed.review.md").is_file() && out.join("b.review.md").is_file());
}

#[test]
fn american_spelling_on_request() {
    let (dir, _) = workdir();
    translate(dir.path())
        .args(["seed.txt", "--to", "en-US", "--format", "tsv"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Defense Minister")
                .and(predicate::str::contains("Defence").not()),
        );
}

#[test]
fn bad_input_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), " \n\n").unwrap();
    translate(dir.path())
        .arg("empty.txt")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty.txt is empty"));
    assert!(!dir.path().join("empty.review.md").exists());

    std::fs::write(
        dir.path().join("image.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    translate(dir.path())
        .arg("image.txt")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("image.txt").and(predicate::str::contains("binary")));

    translate(dir.path())
        .arg("missing.txt")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.txt"));

    std::fs::write(dir.path().join("a.txt"), "Tentara Rusia berlatih.").unwrap();
    translate(dir.path())
        .args(["a.txt", "--format", "pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pdf"));
    // An unknown backend: on the command line clap lists the backends; in translate.toml the
    // run names it and the available ones.
    translate(dir.path())
        .args(["a.txt", "--backend", "babelfish"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("invalid value 'babelfish'")
                .and(predicate::str::contains("possible values: offline, deepl")),
        );
    std::fs::write(
        dir.path().join("translate.toml"),
        "backend = \"babelfish\"\n",
    )
    .unwrap();
    translate(dir.path())
        .arg("a.txt")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown backend `babelfish` (available: offline",
        ));
    std::fs::remove_file(dir.path().join("translate.toml")).unwrap();
    assert!(!dir.path().join("a.review.md").exists());

    // A language pair the backend cannot do is a usage error found before anything is read,
    // sent or written, with what the backend supports; `--dry-run` says the same.
    for extra in [&[][..], &["--dry-run"][..]] {
        translate(dir.path())
            .args(["a.txt", "--to", "fr"])
            .args(extra)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "backend `offline` cannot translate into `fr`: it translates Indonesian to English only",
            ));
    }
    translate(dir.path())
        .args(["a.txt", "--to", "english"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--to english: not a language code",
        ));
    translate(dir.path())
        .args(["a.txt", "--from", "en"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("from Indonesian (`id`) only"));
    assert!(!dir.path().join("a.review.md").exists());
    assert!(!dir.path().join(".translate").exists());
}

#[test]
fn windows_1252_input_is_decoded_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("w.txt"),
        b"\x93Kami siap,\x94 kata Menteri Pertahanan.\n",
    )
    .unwrap();
    translate(dir.path())
        .args(["w.txt", "--format", "tsv"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Windows-1252"))
        .stdout(predicate::str::contains(
            "“Kami siap,” kata Menteri Pertahanan.",
        ));
}

#[test]
fn glossary_commands() {
    let dir = tempfile::tempdir().unwrap();
    translate(dir.path())
        .args(["glossary", "lint"])
        .assert()
        .success()
        .stdout(predicate::str::contains(": 0 errors, "));
    let out = translate(dir.path())
        .args(["glossary", "list", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(v["entries"].as_array().unwrap().len() >= 400);

    // A project glossary with bad rows: lint names file, line and column; translating refuses.
    std::fs::create_dir(dir.path().join("glossaries")).unwrap();
    std::fs::write(
        dir.path().join("glossaries/mine.tsv"),
        "Menteri Pertahanan\tMinister of Defence\nkapal selam\t\n",
    )
    .unwrap();
    translate(dir.path())
        .args(["glossary", "lint"])
        .assert()
        .code(2)
        .stdout(
            predicate::str::contains("glossaries/mine.tsv:2:")
                .and(predicate::str::contains("empty target"))
                .and(predicate::str::contains("overrides glossaries/defence.tsv")),
        );
    std::fs::write(dir.path().join("a.txt"), "Tentara Rusia berlatih.").unwrap();
    translate(dir.path())
        .arg("a.txt")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("mine.tsv:2"));

    // The project's entry wins over the shipped one.
    std::fs::write(
        dir.path().join("glossaries/mine.tsv"),
        "Menteri Pertahanan\tMinister of Defence\n",
    )
    .unwrap();
    std::fs::copy(example(SEED), dir.path().join("seed.txt")).unwrap();
    translate(dir.path())
        .args(["glossary", "check", "seed.txt"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Menteri Pertahanan → Minister of Defence")
                .and(predicate::str::contains("seed.txt:3:")),
        );
}

#[test]
fn segment_command() {
    let (dir, _) = workdir();
    translate(dir.path())
        .args(["segment", "seed.txt"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("¶1 body")
                .and(predicate::str::contains(
                    "1.1    (dateline) TRIBUNNEWS.COM, MINSK -",
                ))
                .and(predicate::str::contains("¶15 heading")),
        );
    let out = translate(dir.path())
        .args(["segment", "seed.txt", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["paragraphs"][6]["kind"], "boilerplate");
}

/// A DeepL `/v2/translate` that answers `EN <text>` (tags kept), and refuses glossaries.
struct EchoDeepl;

impl wiremock::Respond for EchoDeepl {
    fn respond(&self, request: &wiremock::Request) -> wiremock::ResponseTemplate {
        let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap_or_default();
        let translations: Vec<serde_json::Value> = body["text"]
            .as_array()
            .map(|texts| {
                texts
                    .iter()
                    .map(|t| {
                        let t = t.as_str().unwrap_or("");
                        serde_json::json!({"detected_source_language": "ID",
                            "text": format!("EN {t}"), "billed_characters": t.chars().count()})
                    })
                    .collect()
            })
            .unwrap_or_default();
        wiremock::ResponseTemplate::new(200)
            .set_body_json(serde_json::json!({ "translations": translations }))
    }
}

pub(crate) async fn translate_requests(server: &wiremock::MockServer) -> usize {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.url.path() == "/v2/translate")
        .count()
}

/// The whole path through the binary against a DeepL mock on 127.0.0.1: the key from the
/// environment, a refused glossary reported, the cache answering the second run, and the key
/// nowhere in what the tool prints or writes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deepl_through_the_binary_caches_and_keeps_the_key_secret() {
    use wiremock::matchers::{method, path};
    let server = wiremock::MockServer::start().await;
    wiremock::Mock::given(method("POST"))
        .and(path("/v2/translate"))
        .respond_with(EchoDeepl)
        .mount(&server)
        .await;
    wiremock::Mock::given(method("POST"))
        .and(path("/v3/glossaries"))
        .respond_with(
            wiremock::ResponseTemplate::new(400).set_body_json(
                serde_json::json!({"message": "Unsupported glossary language pair"}),
            ),
        )
        .mount(&server)
        .await;
    let key = "0a1b2c3d-secret-key-9z8y:fx";
    let (dir, _) = workdir();
    let run = |extra: &[&str]| {
        let mut cmd = translate(dir.path());
        cmd.env("DEEPL_AUTH_KEY", key)
            .args([
                "seed.txt",
                "--backend",
                "deepl",
                "--endpoint",
                &server.uri(),
            ])
            .args(extra);
        cmd.assert()
    };
    let first = run(&[]).success();
    let stderr = String::from_utf8_lossy(&first.get_output().stderr).to_string();
    assert!(
        stderr.contains("DeepL did not take the glossary"),
        "{stderr}"
    );
    assert!(
        stderr.contains("17 segments translated, 0 from the cache"),
        "{stderr}"
    );
    let sent = translate_requests(&server).await;
    assert!(sent > 0);
    // The run offered DeepL the whole glossary (only a backend with a native glossary is
    // given its pairs: the others get the version alone).
    let offered = server
        .received_requests()
        .await
        .expect("recorded")
        .into_iter()
        .filter(|r| r.url.path() == "/v3/glossaries")
        .any(|r| String::from_utf8_lossy(&r.body).contains("Menteri Pertahanan"));
    assert!(offered, "no glossary entries were offered to DeepL");
    let review = std::fs::read_to_string(dir.path().join("seed.review.md")).unwrap();
    assert!(review.contains("origin=deepl"));
    // Glossary terms went as markup and came back as the glossary's English.
    assert!(review.contains("Defence Minister"), "{review}");

    // --force: as if the review file were new (a plain re-run merges and sends nothing).
    let dry = run(&["--dry-run", "--force"]).success();
    let dry_err = String::from_utf8_lossy(&dry.get_output().stderr).to_string();
    assert!(
        dry_err.contains("17 from the cache, would send 0 characters in 0 requests"),
        "{dry_err}"
    );

    let second = run(&["--force"]).success();
    let stderr2 = String::from_utf8_lossy(&second.get_output().stderr).to_string();
    assert!(
        stderr2.contains("0 segments translated, 17 from the cache"),
        "{stderr2}"
    );
    assert_eq!(
        translate_requests(&server).await,
        sent,
        "the second run sent requests"
    );

    // The state is the database with its write-ahead log (kept between runs).
    let mut db = std::fs::read(dir.path().join(".translate/state.db")).unwrap();
    db.extend(std::fs::read(dir.path().join(".translate/state.db-wal")).unwrap_or_default());
    for (what, bytes) in [
        ("stderr", stderr.as_bytes()),
        ("stderr of the second run", stderr2.as_bytes()),
        ("review file", review.as_bytes()),
        ("state database", &db[..]),
    ] {
        assert!(
            !bytes.windows(key.len()).any(|w| w == key.as_bytes())
                && !bytes.windows(20).any(|w| w == &key.as_bytes()[..20]),
            "the key leaked into the {what}"
        );
    }

    // Without a key: one line naming the variable, exit 1.
    translate(dir.path())
        .env_remove("DEEPL_AUTH_KEY")
        .args(["seed.txt", "--backend", "deepl", "--force", "--no-cache"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("set DEEPL_AUTH_KEY"));
}

#[test]
fn unreachable_endpoint_fails_with_exit_1_and_keeps_the_file() {
    let (dir, _) = workdir();
    // A port nothing listens on: bind one, then free it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap();
    let endpoint = format!("http://127.0.0.1:{port}");
    translate(dir.path())
        .env("DEEPL_AUTH_KEY", "k-unreachable:fx")
        .args([
            "seed.txt",
            "--backend",
            "deepl",
            "--endpoint",
            &endpoint,
            "--no-cache",
        ])
        .timeout(std::time::Duration::from_secs(120))
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("cannot connect")
                .and(predicate::str::contains("k-unreachable").not()),
        );
    // Nothing came back: no review file of empty segments is left in the way.
    assert!(!dir.path().join("seed.review.md").exists());
}
