//! The state on both stores: one suite of store behaviours (schema and counts, the MT cache
//! and its key, the ledger, the key-value table, the translation memory's exact and fuzzy
//! lookups, the review record, several writers at once) and one list of end-to-end behaviours
//! through the binary (two projects sharing one state, four runs at once, copying and
//! inspecting it), each run against the SQLite file and against a real PostgreSQL server as
//! `state::NAME::sqlite` and `state::NAME::postgres`; plus what only a server has (a wrong
//! password, a server that is down, read-only or restarted in the middle of a run, a schema
//! from the future).
//!
//! To add a store behaviour: a function taking a [`Kind`], opening its stores with
//! [`open_store`], and its name in the [`on_both_stores!`] list.
//!
//! The PostgreSQL server is Debian's `postgresql`, started by these tests as a throwaway
//! cluster: `initdb` into a temporary folder, listening on 127.0.0.1 only (its socket in that
//! folder), password authentication (SCRAM). As root it runs as the `postgres` user (the server
//! refuses root). It is stopped and its folder removed when the test process ends: a small
//! shell watchdog holds a pipe from this process and stops the server when the pipe closes,
//! however the tests end. Without the server installed the PostgreSQL half is skipped with a
//! note; with `TERJEMAH_REQUIRE_POSTGRES=1` (CI, after `.ci/run` installed it) it must run.

use crate::common::{example, translate};
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;
use terjemah::store::{
    CacheKey, LedgerEntry, Location, MemoryPair, OpenOptions, StateStore, Store,
};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The password of the clusters' user; no output may ever show it.
const PASSWORD: &str = "pg-Secret-7f3a9c";
const USER: &str = "terjemah";

/// A throwaway PostgreSQL cluster.
struct Cluster {
    port: u16,
    bin: PathBuf,
    data: PathBuf,
    /// `runuser -u postgres --` when running as root.
    as_user: Vec<String>,
    /// The watchdog's stdin: closing it (process exit) stops the server.
    _watchdog: Mutex<std::process::ChildStdin>,
    _child: Child,
}

/// The newest installed PostgreSQL's `bin/` folder.
fn postgres_bin() -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|b| b.join("initdb").is_file() && b.join("postgres").is_file())
        .collect();
    found.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    found.pop()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

impl Cluster {
    /// Starts a cluster, or `None` (with a note) when PostgreSQL is not installed and not
    /// required.
    fn start() -> Option<Cluster> {
        let Some(bin) = postgres_bin() else {
            assert!(
                std::env::var("TERJEMAH_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "TERJEMAH_REQUIRE_POSTGRES=1 but PostgreSQL is not installed (apt-get install postgresql)"
            );
            eprintln!("note: PostgreSQL is not installed; the PostgreSQL state tests are skipped");
            return None;
        };
        let dir = tempfile::Builder::new()
            .prefix("terjemah-pg-")
            .tempdir()
            .unwrap()
            .keep();
        let as_user: Vec<String> = if is_root() {
            let ok = Command::new("chown")
                .args(["postgres:", dir.to_str().unwrap()])
                .status()
                .unwrap();
            assert!(ok.success(), "chown to postgres failed");
            ["runuser", "-u", "postgres", "--"]
                .map(String::from)
                .to_vec()
        } else {
            Vec::new()
        };
        let pwfile = dir.join("pw");
        std::fs::write(&pwfile, PASSWORD).unwrap();
        if !as_user.is_empty() {
            Command::new("chown")
                .args(["postgres:", pwfile.to_str().unwrap()])
                .status()
                .unwrap();
        }
        let data = dir.join("data");
        let run = |args: &[&str]| {
            let mut cmd = Command::new(as_user.first().map_or(args[0], |s| s.as_str()));
            let rest: Vec<&str> = if as_user.is_empty() {
                args[1..].to_vec()
            } else {
                as_user[1..]
                    .iter()
                    .map(String::as_str)
                    .chain(args.iter().copied())
                    .collect()
            };
            let out = cmd.args(rest).output().unwrap();
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        let initdb = bin.join("initdb");
        run(&[
            initdb.to_str().unwrap(),
            "-D",
            data.to_str().unwrap(),
            "-U",
            USER,
            "--pwfile",
            pwfile.to_str().unwrap(),
            "--auth=scram-sha-256",
            "-E",
            "UTF8",
            "--no-locale",
        ]);
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let conf = format!(
            "listen_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{}'\nfsync = off\nfull_page_writes = off\nmax_connections = 100\n",
            dir.display()
        );
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(data.join("postgresql.conf"))
            .unwrap();
        f.write_all(conf.as_bytes()).unwrap();
        let pg_ctl = bin.join("pg_ctl");
        run(&[
            pg_ctl.to_str().unwrap(),
            "-D",
            data.to_str().unwrap(),
            "-l",
            dir.join("log").to_str().unwrap(),
            "-w",
            "start",
        ]);
        // Stops the server and removes its folder when this process's end closes the pipe.
        let script = format!(
            "read _ ; {} '{}' -D '{}' -m immediate stop >/dev/null 2>&1; rm -rf '{}'",
            as_user.join(" "),
            pg_ctl.display(),
            data.display(),
            dir.display()
        );
        let mut child = Command::new("sh")
            .args(["-c", &script])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        Some(Cluster {
            port,
            bin,
            data,
            as_user,
            _watchdog: Mutex::new(stdin),
            _child: child,
        })
    }

    /// A URL for `db` with the right password.
    fn url(&self, db: &str) -> String {
        format!("postgres://{USER}:{PASSWORD}@127.0.0.1:{}/{db}", self.port)
    }

    /// Runs SQL as the cluster's user.
    fn sql(&self, db: &str, sql: &str) -> String {
        let out = Command::new(self.bin.join("psql"))
            .args([
                "-X",
                "-q",
                "-t",
                "-A",
                "-v",
                "ON_ERROR_STOP=1",
                "-d",
                &self.url(db),
                "-c",
                sql,
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// A new empty database.
    fn database(&self) -> String {
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "desk_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        self.sql("postgres", &format!("CREATE DATABASE {name}"));
        name
    }

    /// Restarts the server (fast shutdown: open connections are cut). The server's output
    /// goes to its log, so no pipe of ours stays open in it.
    fn restart(&self) {
        let pg_ctl = self.bin.join("pg_ctl");
        let log = self.data.with_file_name("log");
        let mut args: Vec<String> = self.as_user.clone();
        args.extend(
            [
                pg_ctl.to_str().unwrap(),
                "-D",
                self.data.to_str().unwrap(),
                "-l",
                log.to_str().unwrap(),
                "-m",
                "fast",
                "-w",
                "restart",
            ]
            .map(String::from),
        );
        let status = Command::new(&args[0])
            .args(&args[1..])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "restart failed: see {}", log.display());
    }
}

/// The cluster the tests share (each test has its own database).
fn shared_cluster() -> Option<&'static Cluster> {
    static CLUSTER: OnceLock<Option<Cluster>> = OnceLock::new();
    CLUSTER.get_or_init(Cluster::start).as_ref()
}

/// Which store a behaviour runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sqlite,
    Postgres,
}

/// A desk: a state several projects point at, and a folder to put the projects in.
struct Desk {
    /// `state = ...` as the projects write it.
    state: String,
    root: tempfile::TempDir,
}

impl Desk {
    /// `None` when the PostgreSQL half is skipped.
    fn new(kind: Kind) -> Option<Desk> {
        let root = tempfile::tempdir().unwrap();
        let state = match kind {
            Kind::Sqlite => root.path().join("desk-state").display().to_string(),
            Kind::Postgres => shared_cluster()?.url(&shared_cluster()?.database()),
        };
        Some(Desk { state, root })
    }

    /// A project folder `name` with `translate.toml` pointing at the desk's state and the
    /// mock backend, and a copy of `article` as `article.txt`.
    fn project(&self, name: &str, endpoint: &str) -> PathBuf {
        let dir = self.root.path().join(name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("translate.toml"),
            format!("backend = \"libretranslate\"\nstate = \"{}\"\n", self.state),
        )
        .unwrap();
        std::fs::copy(
            example("tribunnews-2022-12-03-rusia-belarus.txt"),
            dir.join("article.txt"),
        )
        .unwrap();
        set_endpoint(&dir, endpoint);
        dir
    }
}

/// The mock backend of the project in `dir`: an endpoint in translate.toml takes trusting the
/// file, so it goes in through `LIBRETRANSLATE_URL` (see [`command`]).
fn set_endpoint(dir: &Path, endpoint: &str) {
    std::fs::write(dir.join(".mock-endpoint"), endpoint).unwrap();
}

/// `translate` in `dir`, with the mock backend's endpoint when the project has one.
fn command(dir: &Path) -> assert_cmd::Command {
    let mut cmd = translate(dir);
    if let Ok(endpoint) = std::fs::read_to_string(dir.join(".mock-endpoint")) {
        cmd.env("LIBRETRANSLATE_URL", endpoint);
    }
    cmd
}

/// A mock LibreTranslate on 127.0.0.1 that answers every text with `EN <text>`, after
/// `delay`; it counts the requests it received.
struct Backend {
    server: MockServer,
    runtime: tokio::runtime::Runtime,
}

struct Echo(Duration);

impl wiremock::Respond for Echo {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&request.body).unwrap();
        let out: Vec<String> = body["q"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| format!("EN {}", q.as_str().unwrap()))
            .collect();
        ResponseTemplate::new(200)
            .set_body_json(json!({ "translatedText": out }))
            .set_delay(self.0)
    }
}

impl Backend {
    fn start(delay: Duration) -> Backend {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let server = runtime.block_on(async {
            let server = MockServer::start().await;
            Mock::given(wiremock::matchers::method("POST"))
                .respond_with(Echo(delay))
                .mount(&server)
                .await;
            server
        });
        Backend { server, runtime }
    }

    fn uri(&self) -> String {
        self.server.uri()
    }

    fn requests(&self) -> usize {
        self.runtime
            .block_on(self.server.received_requests())
            .map_or(0, |r| r.len())
    }
}

/// Runs `translate args` in `dir`; returns (exit code, stdout, stderr), and checks that the
/// password appears in neither.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = command(dir).args(args).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(
        !stdout.contains(PASSWORD) && !stderr.contains(PASSWORD),
        "the password was shown: {stdout}{stderr}"
    );
    (out.status.code().unwrap_or(-1), stdout, stderr)
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = run(dir, args);
    assert_eq!(code, 0, "translate {args:?}: {stderr}");
    stdout
}

fn info(dir: &Path) -> Value {
    serde_json::from_str(&ok(dir, &["state", "info", "--json"])).unwrap()
}

/// Each behaviour, once per store: `state::NAME::sqlite` and `state::NAME::postgres`.
macro_rules! on_both_stores {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[test]
            fn sqlite() {
                super::$name(super::Kind::Sqlite);
            }
            #[test]
            fn postgres() {
                super::$name(super::Kind::Postgres);
            }
        }
    )*};
}

on_both_stores!(
    schema_and_counts,
    cache_is_keyed_by_every_part,
    ledger_sums_runs_per_backend,
    key_values_persist,
    memory_exact_fuzzy_and_newest,
    review_record_round_trip,
    writers_at_once,
    two_projects_share_memory_and_cache,
    four_runs_at_once,
    copy_moves_everything_once_both_ways,
);

/// Where a store of `kind` lives: a folder, or a new database on the shared cluster. `None`
/// when the PostgreSQL half is skipped. The folder must outlive the stores opened there.
fn store_place(kind: Kind) -> Option<(Location, tempfile::TempDir)> {
    let dir = tempfile::tempdir().unwrap();
    let location = match kind {
        Kind::Sqlite => Location::Dir(dir.path().join(".translate")),
        Kind::Postgres => {
            let c = shared_cluster()?;
            let env = terjemah::config::Env::from_pairs([]);
            Location::parse(&c.url(&c.database()), dir.path(), &env).unwrap()
        }
    };
    Some((location, dir))
}

/// The store at `location`, created when missing, as a command that writes opens it.
fn open_store(location: &Location) -> Store {
    let opts = OpenOptions {
        project: "desk-intl".into(),
        connections: 4,
        create: true,
    };
    Store::open_at(location, &opts)
        .unwrap_or_else(|e| panic!("{e}"))
        .expect("created")
}

/// Real sentence pairs (at most `n`): the one-to-one links of the aligned PUD development set.
fn pud_pairs(n: usize) -> Vec<MemoryPair> {
    let text = std::fs::read_to_string(crate::common::shared_data("align-dev-pud-sentences.jsonl"))
        .unwrap();
    let mut pairs = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).unwrap();
        for link in doc["links"].as_array().unwrap() {
            let (s, t) = (link[0].as_array().unwrap(), link[1].as_array().unwrap());
            if s.len() == 1 && t.len() == 1 {
                let at = |side: &str, i: &Value| {
                    doc[side][i.as_u64().unwrap() as usize]
                        .as_str()
                        .unwrap()
                        .to_string()
                };
                pairs.push(MemoryPair {
                    source: at("src", &s[0]),
                    target: at("tgt", &t[0]),
                    document: "pud.txt".into(),
                    created: Some("2026-01-01T00:00:00Z".into()),
                });
            }
        }
    }
    assert!(pairs.len() >= n.min(500), "{} pairs", pairs.len());
    pairs.truncate(n);
    pairs
}

/// The example article's sentences.
fn article_sentences() -> Vec<String> {
    let text = std::fs::read_to_string(example("tribunnews-2022-12-03-rusia-belarus.txt")).unwrap();
    let doc = terjemah::segment::segment("article.txt", text);
    doc.segments().map(|s| s.text()).collect()
}

fn cache_key(glossary: &str) -> CacheKey {
    CacheKey {
        backend: "deepl".into(),
        model: "v2".into(),
        from: "id".into(),
        to: "en-GB".into(),
        glossary: glossary.into(),
    }
}

/// A fresh state says which store it is and its schema, and counts nothing; what is written
/// is counted, and is there again when the state is opened anew.
fn schema_and_counts(kind: Kind) {
    let Some((location, _dir)) = store_place(kind) else {
        return;
    };
    let store = open_store(&location);
    let info = store.info().unwrap();
    let (name, schema) = match kind {
        Kind::Sqlite => ("sqlite", terjemah::store::SCHEMA_VERSION),
        Kind::Postgres => ("postgres", 1),
    };
    assert_eq!((info.store.as_str(), info.schema), (name, schema));
    assert_eq!(
        (
            info.memory_pairs,
            info.cache_entries,
            info.ledger_runs,
            info.documents
        ),
        (0, 0, 0, 0)
    );
    assert!(!info.location.contains(PASSWORD), "{}", info.location);
    let sentences = article_sentences();
    let items: Vec<(&str, &str, Option<u64>)> = sentences
        .iter()
        .map(|s| (s.as_str(), "English.", None))
        .collect();
    store.cache_put(&cache_key("g1"), &items).unwrap();
    store.memory_add("id", "en", &pud_pairs(30)).unwrap();
    store
        .save_machine_output("news/article.txt", "deepl", &[("a".into(), "b".into())])
        .unwrap();
    store.record_run(&LedgerEntry::default()).unwrap();
    drop(store);
    let info = open_store(&location).info().unwrap();
    assert_eq!(info.cache_entries, sentences.len() as u64);
    assert_eq!(info.memory_pairs, 30);
    assert_eq!(info.documents, 1);
    assert_eq!(info.ledger_runs, 1);
}

/// A cached translation is found under its whole key only (backend, model, languages,
/// glossary version, source), with what it was billed; a second answer replaces the first.
fn cache_is_keyed_by_every_part(kind: Kind) {
    let Some((location, _dir)) = store_place(kind) else {
        return;
    };
    let store = open_store(&location);
    let key = cache_key("g1");
    let source = &article_sentences()[1];
    store
        .cache_put(&key, &[(source, "Russian troops arrived.", Some(57))])
        .unwrap();
    assert_eq!(
        store.cache_get(&key, source).unwrap(),
        Some(("Russian troops arrived.".into(), Some(57)))
    );
    let others = [
        CacheKey {
            backend: "google".into(),
            ..key.clone()
        },
        CacheKey {
            model: "v3".into(),
            ..key.clone()
        },
        CacheKey {
            from: "ms".into(),
            ..key.clone()
        },
        CacheKey {
            to: "en-US".into(),
            ..key.clone()
        },
        CacheKey {
            glossary: "g2".into(),
            ..key.clone()
        },
    ];
    for other in &others {
        assert_eq!(store.cache_get(other, source).unwrap(), None, "{other:?}");
    }
    assert_eq!(store.cache_get(&key, &source.to_lowercase()).unwrap(), None);
    store
        .cache_put(&key, &[(source, "Russian soldiers arrived.", None)])
        .unwrap();
    assert_eq!(
        store.cache_get(&key, source).unwrap(),
        Some(("Russian soldiers arrived.".into(), None))
    );
    assert_eq!(store.info().unwrap().cache_entries, 1);
}

/// The ledger adds every run up per backend.
fn ledger_sums_runs_per_backend(kind: Kind) {
    let Some((location, _dir)) = store_place(kind) else {
        return;
    };
    let store = open_store(&location);
    let run = |backend: &str, requests: u64, sent: u64, billed: u64, hits: u64| LedgerEntry {
        backend: backend.into(),
        requests,
        characters_sent: sent,
        characters_billed: billed,
        cache_hits: hits,
    };
    store.record_run(&run("deepl", 3, 2_400, 2_380, 0)).unwrap();
    store.record_run(&run("google", 1, 800, 800, 2)).unwrap();
    store.record_run(&run("deepl", 1, 150, 150, 40)).unwrap();
    let mut totals = store.ledger_totals().unwrap();
    totals.sort_by(|a, b| a.backend.cmp(&b.backend));
    assert_eq!(
        totals,
        [
            run("deepl", 4, 2_550, 2_530, 40),
            run("google", 1, 800, 800, 2)
        ]
    );
    assert_eq!(store.info().unwrap().ledger_runs, 3);
}

/// A backend's key-value state (a DeepL glossary id) is kept, replaced, and there next time.
fn key_values_persist(kind: Kind) {
    let Some((location, _dir)) = store_place(kind) else {
        return;
    };
    let store = open_store(&location);
    assert_eq!(store.get("deepl.glossary.v1"), None);
    store.set("deepl.glossary.v1", "4f2c-old");
    store.set("deepl.glossary.v1", "9a1b-new");
    store.set("deepl.glossary.current", "v1");
    drop(store);
    let store = open_store(&location);
    assert_eq!(store.get("deepl.glossary.v1").as_deref(), Some("9a1b-new"));
    assert_eq!(store.get("deepl.glossary.current").as_deref(), Some("v1"));
    assert_eq!(store.info().unwrap().kv_entries, 2);
}

/// The memory on real pairs: a pair is stored once; an exact match ignores white space and a
/// language's region but not case; the newest translation of a source wins; fuzzy matches
/// score a changed number as one word of the sentence; pairs list by language.
fn memory_exact_fuzzy_and_newest(kind: Kind) {
    let Some((location, _dir)) = store_place(kind) else {
        return;
    };
    let store = open_store(&location);
    let pud = pud_pairs(200);
    let distinct: std::collections::HashSet<(&str, &str)> = pud
        .iter()
        .map(|p| (p.source.as_str(), p.target.as_str()))
        .collect();
    assert_eq!(store.memory_add("id", "en", &pud).unwrap(), distinct.len());
    assert_eq!(store.memory_add("id", "en", &pud).unwrap(), 0);

    let source = "Kementerian Pertahanan Belarusia mengatakan bulan itu jumlah total pasukan \
                  Rusia yang ditempatkan di negara itu akan menjadi sekitar 9.000.";
    let pair = |target: &str, document: &str, created: &str| MemoryPair {
        source: source.into(),
        target: target.into(),
        document: document.into(),
        created: Some(created.into()),
    };
    let first = "The Belarusian Defence Ministry said the total number of Russian troops in the \
                 country would be about 9,000.";
    let newer = "Belarus's Defence Ministry said that month some 9,000 Russian troops would be \
                 stationed in the country.";
    store
        .memory_add(
            "id-ID",
            "en-GB",
            &[pair(first, "a.txt", "2022-12-04T09:45:11Z")],
        )
        .unwrap();
    store
        .memory_add(
            "id",
            "en-GB",
            &[pair(newer, "b.txt", "2023-01-05T08:00:00Z")],
        )
        .unwrap();
    let hit = store
        .memory_exact("id", "en", &source.replace(' ', "  \n"))
        .unwrap()
        .expect("an exact match");
    assert_eq!(
        (hit.target.as_str(), hit.document.as_str()),
        (newer, "b.txt")
    );
    assert!(store.memory_exact("id", "de", source).unwrap().is_none());
    let lower = source.to_lowercase();
    assert!(store.memory_exact("id", "en", &lower).unwrap().is_none());
    assert_eq!(
        store.memory_fuzzy("id", "en", &lower, 75, 3).unwrap()[0].score,
        99
    );
    let changed = source.replace("9.000", "12.500");
    let m = store.memory_fuzzy("id", "en", &changed, 75, 3).unwrap();
    assert_eq!((m[0].source.as_str(), m[0].score), (source, 95));
    assert_eq!(m.len(), 2, "both translations: {m:?}");
    assert!(store
        .memory_fuzzy("id", "en", &article_sentences()[3], 75, 3)
        .unwrap()
        .is_empty());
    let british = store.memory_pairs(Some("id"), Some("en-GB")).unwrap();
    assert_eq!(british.len(), 2);
    let english = store.memory_pairs(None, Some("en")).unwrap();
    assert_eq!(english.len(), distinct.len() + 2);
    let stats = store.memory_stats().unwrap();
    assert_eq!(stats.pairs as usize, distinct.len() + 2);
    assert_eq!(stats.newest.as_deref(), Some("2026-01-01T00:00:00Z"));
}

/// A document's review record: the machine output and who made it, and the latest English a
/// person wrote for each source; each document its own.
fn review_record_round_trip(kind: Kind) {
    let Some((location, _dir)) = store_place(kind) else {
        return;
    };
    let store = open_store(&location);
    let sentences = article_sentences();
    let mt: Vec<(String, String)> = sentences
        .iter()
        .take(5)
        .map(|s| (s.clone(), format!("MT of {s}")))
        .collect();
    store
        .save_machine_output("news/a.txt", "deepl", &mt)
        .unwrap();
    let outputs = store.machine_outputs("news/a.txt").unwrap();
    assert_eq!(outputs.len(), 5);
    assert_eq!(outputs[&sentences[2]], format!("MT of {}", sentences[2]));
    let (s0, s1) = (sentences[0].clone(), sentences[1].clone());
    store
        .save_human_targets("news/a.txt", &[(s0.clone(), "First draft.".into())])
        .unwrap();
    store
        .save_human_targets(
            "news/a.txt",
            &[
                (s0.clone(), "Final.".into()),
                (s1.clone(), "Second.".into()),
            ],
        )
        .unwrap();
    let human = store.human_targets("news/a.txt").unwrap();
    assert_eq!(
        (human[&s0].as_str(), human[&s1].as_str()),
        ("Final.", "Second.")
    );
    assert!(store.machine_outputs("news/b.txt").unwrap().is_empty());
    assert!(store.human_targets("news/b.txt").unwrap().is_empty());
    assert_eq!(store.info().unwrap().documents, 1);
}

/// Four writers at once, each with its own handle on the same state (four runs of a desk):
/// every write lands, and what they all wrote is stored once.
fn writers_at_once(kind: Kind) {
    let Some((location, _dir)) = store_place(kind) else {
        return;
    };
    open_store(&location);
    let sentences = article_sentences();
    let pud = pud_pairs(100);
    std::thread::scope(|scope| {
        for w in 0..4 {
            let (location, sentences, pud) = (&location, &sentences, &pud);
            scope.spawn(move || {
                let store = open_store(location);
                for (i, s) in sentences.iter().enumerate() {
                    let target = format!("EN {s}");
                    store
                        .cache_put(&cache_key("g1"), &[(s, &target, None)])
                        .unwrap();
                    if i % 5 == w {
                        store.memory_add("id", "en", &pud[i..i + 20]).unwrap();
                    }
                }
                store.memory_add("id", "en", pud).unwrap();
                store
                    .record_run(&LedgerEntry {
                        backend: "deepl".into(),
                        requests: 1,
                        ..LedgerEntry::default()
                    })
                    .unwrap();
            });
        }
    });
    let store = open_store(&location);
    let info = store.info().unwrap();
    let distinct: std::collections::HashSet<&str> = sentences.iter().map(String::as_str).collect();
    let pairs: std::collections::HashSet<(&str, &str)> = pud
        .iter()
        .map(|p| (p.source.as_str(), p.target.as_str()))
        .collect();
    assert_eq!(info.cache_entries, distinct.len() as u64);
    assert_eq!(info.memory_pairs, pairs.len() as u64);
    assert_eq!(info.ledger_runs, 4);
    assert_eq!(store.ledger_totals().unwrap()[0].requests, 4);
}

/// What one translator approved is an exact match in another's project, and an article the
/// first paid for costs the second nothing.
fn two_projects_share_memory_and_cache(kind: Kind) {
    let Some(desk) = Desk::new(kind) else { return };
    let backend = Backend::start(Duration::ZERO);
    let a = desk.project("desk-a", &backend.uri());
    let b = desk.project("desk-b", &backend.uri());
    ok(&a, &["article.txt"]);
    let paid = backend.requests();
    assert!(paid > 0);
    ok(&a, &["approve", "article.review.md", "--all"]);
    let (code, _, stderr) = run(&a, &["export", "article.review.md"]);
    assert_eq!(code, 0, "{stderr}");
    let pairs = info(&a)["memory_pairs"].as_u64().unwrap();
    assert!(pairs > 5, "{pairs}");

    // Another article in project B holding one of A's approved sentences.
    let review = std::fs::read_to_string(a.join("article.review.md")).unwrap();
    assert!(review.contains("EN "), "{review}");
    ok(&b, &["article.txt"]);
    assert_eq!(backend.requests(), paid, "project B's run sent requests");
    let review_b = std::fs::read_to_string(b.join("article.review.md")).unwrap();
    assert!(
        review_b.contains("origin=memory-exact"),
        "no exact memory match in B: {review_b}"
    );
    assert_eq!(info(&b)["memory_pairs"].as_u64().unwrap(), pairs);
    // B's record is its own: its document was not approved there.
    let (_, _, stderr) = run(&b, &["export", "article.review.md", "--no-memory"]);
    assert!(!stderr.contains("adopted"), "{stderr}");
    if kind == Kind::Postgres {
        // No state file appears in a project whose state is a database.
        assert!(!a.join(".translate/state.db").exists());
        assert!(!b.join(".translate/state.db").exists());
        assert_eq!(info(&a)["documents"], 1);
        assert_eq!(info(&b)["project"], "desk-b");
        assert_eq!(info(&a)["store"], "postgres");
    }
}

/// Four runs at once on one state: all succeed, each is in the ledger once, the cache holds
/// each sentence once (a fifth run sends nothing), and four exports of the same approved
/// pairs store them once.
fn four_runs_at_once(kind: Kind) {
    let Some(desk) = Desk::new(kind) else { return };
    let backend = Backend::start(Duration::from_millis(50));
    let projects: Vec<PathBuf> = (0..4)
        .map(|i| desk.project(&format!("p{i}"), &backend.uri()))
        .collect();
    at_once(&projects, &["article.txt"]);
    let state = info(&projects[0]);
    assert_eq!(state["ledger_runs"], 4, "{state}");
    let cached = state["cache_entries"].as_u64().unwrap();
    let sent = backend.requests();
    let fifth = desk.project("p4", &backend.uri());
    ok(&fifth, &["article.txt"]);
    assert_eq!(backend.requests(), sent, "the fifth run sent requests");
    assert_eq!(info(&fifth)["cache_entries"].as_u64().unwrap(), cached);

    for p in &projects {
        ok(p, &["approve", "article.review.md", "--all"]);
    }
    at_once(&projects, &["export", "article.review.md", "--force"]);
    let once = info(&projects[0])["memory_pairs"].as_u64().unwrap();
    ok(&projects[0], &["export", "article.review.md", "--force"]);
    assert_eq!(info(&projects[0])["memory_pairs"].as_u64().unwrap(), once);
    let tmx = ok(&projects[0], &["memory", "export"]);
    assert_eq!(tmx.matches("</tu>").count() as u64, once, "{tmx}");
}

/// Runs `translate args` in each of `dirs` at the same time; each must succeed.
fn at_once(dirs: &[PathBuf], args: &[&str]) {
    let children: Vec<_> = dirs
        .iter()
        .map(|p| {
            let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("translate"));
            if let Ok(endpoint) = std::fs::read_to_string(p.join(".mock-endpoint")) {
                cmd.env("LIBRETRANSLATE_URL", endpoint);
            }
            cmd.current_dir(p)
                .env("NO_COLOR", "1")
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
        assert!(!stderr.contains(PASSWORD));
    }
}

/// `state copy` from a project's own state into the desk's and back: counts, and a second
/// copy moves nothing.
fn copy_moves_everything_once_both_ways(kind: Kind) {
    let Some(desk) = Desk::new(kind) else { return };
    let backend = Backend::start(Duration::ZERO);
    // A project that has worked alone: its own `.translate/`.
    let solo = desk.root.path().join("solo");
    std::fs::create_dir_all(&solo).unwrap();
    std::fs::write(
        solo.join("translate.toml"),
        "backend = \"libretranslate\"\nproject = \"desk-intl\"\n",
    )
    .unwrap();
    set_endpoint(&solo, &backend.uri());
    std::fs::copy(
        example("tribunnews-2022-12-03-rusia-belarus.txt"),
        solo.join("article.txt"),
    )
    .unwrap();
    ok(&solo, &["article.txt"]);
    ok(&solo, &["approve", "article.review.md", "--all"]);
    ok(&solo, &["export", "article.review.md"]);
    let before = info(&solo);
    assert_eq!(before["store"], "sqlite");

    let first: Value = serde_json::from_str(&ok(
        &solo,
        &["state", "copy", "--to", &desk.state, "--json"],
    ))
    .unwrap();
    let copied = &first["copied"];
    assert_eq!(copied["memory_pairs"][0], before["memory_pairs"]);
    assert_eq!(copied["memory_pairs"][1], before["memory_pairs"]);
    assert_eq!(copied["cache_entries"][1], before["cache_entries"]);
    assert_eq!(copied["ledger_runs"][1], before["ledger_runs"]);
    assert!(copied["record_rows"][1].as_u64().unwrap() > 0);
    let again: Value = serde_json::from_str(&ok(
        &solo,
        &["state", "copy", "--to", &desk.state, "--json"],
    ))
    .unwrap();
    for kind in [
        "memory_pairs",
        "cache_entries",
        "record_rows",
        "ledger_runs",
        "kv_entries",
    ] {
        assert_eq!(again["copied"][kind][1], 0, "{kind} copied twice: {again}");
    }
    // The project now points at the desk: nothing is sent, its record came along.
    let text = ok(&solo, &["state", "info", "--state", &desk.state]);
    assert!(
        text.contains(&format!("memory     {} pairs", before["memory_pairs"])),
        "{text}"
    );
    let sent = backend.requests();
    std::fs::remove_dir_all(solo.join(".translate")).unwrap();
    let (code, _, stderr) = run(&solo, &["article.txt", "--state", &desk.state]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(backend.requests(), sent);
    let review = std::fs::read_to_string(solo.join("article.review.md")).unwrap();
    assert!(review.contains("state=approved"), "{review}");

    // And back into a fresh folder.
    let back = desk.root.path().join("back");
    let out: Value = serde_json::from_str(&ok(
        &solo,
        &[
            "state",
            "copy",
            "--from",
            &desk.state,
            "--to",
            back.to_str().unwrap(),
            "--json",
        ],
    ))
    .unwrap();
    assert_eq!(out["copied"]["memory_pairs"][1], before["memory_pairs"]);
    let back_info = info_at(&solo, back.to_str().unwrap());
    assert_eq!(back_info["memory_pairs"], before["memory_pairs"]);
    assert_eq!(back_info["cache_entries"], before["cache_entries"]);
}

fn info_at(dir: &Path, state: &str) -> Value {
    serde_json::from_str(&ok(dir, &["state", "info", "--json", "--state", state])).unwrap()
}

/// A folder without a project, holding an example article as `article.txt`.
/// A state folder named by `TRANSLATE_STATE` (or `--state`) holds the compiled glossary too,
/// so runs that keep their state elsewhere than the project start as fast as the others (it
/// was compiled into the project's folder only, so never kept: every run parsed the glossary).
#[test]
fn the_compiled_glossary_is_kept_in_the_state_folder_named() {
    let dir = article_dir();
    let state = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let out = translate(dir.path())
            .args(["article.txt", "--force"])
            .env("TRANSLATE_STATE", state.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(state.path().join("state.db").exists());
    assert!(state.path().join("glossary.bin").exists());
    assert!(!dir.path().join(".translate/glossary.bin").exists());
}

fn article_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        example("tribunnews-2022-12-03-rusia-belarus.txt"),
        dir.path().join("article.txt"),
    )
    .unwrap();
    dir
}

/// A database to test against, or `None` when PostgreSQL is skipped.
fn database() -> Option<(&'static Cluster, String)> {
    let c = shared_cluster()?;
    Some((c, c.database()))
}

#[test]
fn a_wrong_password_is_exit_1_naming_the_host_not_the_password() {
    let Some((c, db)) = database() else { return };
    let dir = article_dir();
    let url = format!(
        "postgres://{USER}:wrong-{PASSWORD}@127.0.0.1:{}/{db}",
        c.port
    );
    let (code, _, stderr) = run(dir.path(), &["article.txt", "--state", &url]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!("postgres://{USER}@127.0.0.1:{}/{db}", c.port)),
        "{stderr}"
    );
    assert!(
        stderr.contains("password authentication failed"),
        "{stderr}"
    );
    assert!(!dir.path().join("article.review.md").exists());
    assert!(!dir.path().join(".translate/state.db").exists());
    // The password from PGPASSWORD, and from a pgpass file, works.
    let bare = format!("postgres://{USER}@127.0.0.1:{}/{db}", c.port);
    let out = translate(dir.path())
        .args(["state", "info"])
        .env("TRANSLATE_STATE", &bare)
        .env("PGPASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pgpass = dir.path().join("pgpass");
    std::fs::write(
        &pgpass,
        format!("127.0.0.1:{}:*:{USER}:{PASSWORD}\n", c.port),
    )
    .unwrap();
    let out = translate(dir.path())
        .args(["article.txt", "--state", &bare])
        .env("PGPASSFILE", &pgpass)
        .env_remove("PGPASSWORD")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains(PASSWORD));
}

#[test]
fn an_unreachable_server_is_exit_1_naming_the_host() {
    let dir = article_dir();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgresql://{USER}:{PASSWORD}@127.0.0.1:{port}/newsroom");
    for args in [
        vec!["article.txt"],
        vec!["memory", "stats"],
        vec!["state", "info"],
    ] {
        let out = translate(dir.path())
            .args(&args)
            .env("TRANSLATE_STATE", &url)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("127.0.0.1:{port}")) && stderr.contains("cannot connect"),
            "{stderr}"
        );
        assert!(!stderr.contains(PASSWORD), "{stderr}");
    }
    assert!(!dir.path().join(".translate/state.db").exists());
}

#[test]
fn a_read_only_database_is_exit_1_and_says_so() {
    let Some((c, db)) = database() else { return };
    let dir = article_dir();
    let url = c.url(&db);
    ok(dir.path(), &["article.txt", "--state", &url]);
    ok(
        dir.path(),
        &["approve", "article.review.md", "--all", "--state", &url],
    );
    c.sql(
        "postgres",
        &format!("ALTER DATABASE {db} SET default_transaction_read_only = on"),
    );
    let (code, _, stderr) = run(
        dir.path(),
        &["export", "article.review.md", "--state", &url],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("read-only") && stderr.contains("127.0.0.1"),
        "{stderr}"
    );
}

#[test]
fn a_schema_from_a_newer_version_is_refused() {
    let Some((c, db)) = database() else { return };
    let dir = tempfile::tempdir().unwrap();
    let url = c.url(&db);
    // A fresh database gets the schema on first use; reading commands create nothing.
    let v = info_at(dir.path(), &url);
    assert_eq!(v["exists"], false);
    assert_eq!(
        c.sql(&db, "SELECT to_regclass('terjemah_schema') IS NULL"),
        "t"
    );
    std::fs::write(dir.path().join("a.tmx"), TMX).unwrap();
    ok(dir.path(), &["memory", "import", "a.tmx", "--state", &url]);
    assert_eq!(info_at(dir.path(), &url)["schema"], 1);
    c.sql(&db, "UPDATE terjemah_schema SET version = 99");
    let (code, _, stderr) = run(dir.path(), &["state", "info", "--state", &url]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("schema 99") && stderr.contains("upgrade terjemah"),
        "{stderr}"
    );
}

const TMX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/>
<body><tu><tuv xml:lang="id"><seg>Harga beras naik lagi minggu ini.</seg></tuv><tuv xml:lang="en"><seg>Rice prices rose again this week.</seg></tuv></tu></body></tmx>
"#;

/// The server restarts while a run waits for the backend: the run reconnects, nothing is
/// lost or half-written, and a re-run finds every sentence in the cache.
#[test]
fn a_server_restarted_in_the_middle_of_a_run() {
    if shared_cluster().is_none() {
        return;
    }
    // A cluster of its own: the restart would cut the other tests' connections.
    let c = Cluster::start().unwrap();
    let db = c.database();
    let backend = Backend::start(Duration::from_millis(700));
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (i, path) in crate::common::example_articles().iter().enumerate() {
        let name = format!("a{i}.txt");
        std::fs::copy(path, dir.path().join(&name)).unwrap();
        files.push(name);
    }
    let url = c.url(&db);
    let uri = backend.uri();
    let mut args: Vec<&str> = files.iter().map(String::as_str).collect();
    args.extend([
        "--backend",
        "libretranslate",
        "--endpoint",
        &uri,
        "--state",
        &url,
    ]);
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("translate"))
        .current_dir(dir.path())
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Restart once the run is under way (its first request is at the backend).
    let started = std::time::Instant::now();
    while backend.requests() < 1 && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
    }
    c.restart();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains(PASSWORD));
    let sent = backend.requests();
    assert!(sent >= 3, "the run was over before the restart: {sent}");
    // Everything it translated is in the cache and the record.
    args.push("--force");
    let (code, _, stderr) = run(dir.path(), &args);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        backend.requests(),
        sent,
        "the cache lost translations: {stderr}"
    );
    let v = info_at(dir.path(), &url);
    assert_eq!(v["documents"].as_u64().unwrap(), files.len() as u64, "{v}");
    assert_eq!(v["ledger_runs"], 2, "{v}");
}

/// The fuzzy lookup gives the same matches on both stores (the PostgreSQL store picks its
/// candidates in SQL): real sentences stored, sentences with a word changed looked up.
#[test]
fn fuzzy_matches_are_the_same_on_both_stores() {
    let Some((location, _dir)) = store_place(Kind::Postgres) else {
        return;
    };
    let pg = open_store(&location);
    let (location, _sqlite_dir) = store_place(Kind::Sqlite).unwrap();
    let sqlite = open_store(&location);
    let pairs = pud_pairs(usize::MAX);
    assert_eq!(
        sqlite.memory_add("id", "en", &pairs).unwrap(),
        pg.memory_add("id", "en", &pairs).unwrap()
    );
    let mut found = 0;
    for p in pairs.iter().step_by(7).take(80) {
        let mut words: Vec<&str> = p.source.split(' ').collect();
        let i = words.len() / 2;
        words[i] = "ditelusuri";
        let query = words.join(" ");
        let a = sqlite.memory_fuzzy("id", "en", &query, 60, 3).unwrap();
        let b = pg.memory_fuzzy("id", "en", &query, 60, 3).unwrap();
        assert_eq!(a, b, "{query}");
        found += usize::from(!a.is_empty());
        assert_eq!(
            sqlite.memory_exact("id", "en", &p.source).unwrap(),
            pg.memory_exact("id", "en", &p.source).unwrap()
        );
    }
    assert!(found > 60, "{found}");
}
