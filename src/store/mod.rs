//! The project's state: the MT cache, a ledger of what each run sent and was billed, a small
//! key-value table backends keep state in (the id of a glossary pushed to DeepL), the
//! translation memory ([`memory`]) and the review record of each document (`review`).
//!
//! One interface, two stores: [`Store`] is the same to every command whether it holds the
//! embedded SQLite file (`.translate/state.db`, the default; `sqlite`) or a PostgreSQL
//! database a desk shares (`state = "postgres://..."`; `postgres`). It is an enum over the
//! two rather than a trait object because every caller already holds a `&Store` and the set of
//! stores is closed: callers stay as they were, and each method is one `match`.
//!
//! The cache is keyed by backend, model, language pair, glossary version and source text, so a
//! changed glossary or model never serves a stale translation, and results are written as
//! they arrive: a run that dies (quota, crash, Ctrl-C) resumes without paying twice.

mod postgres;
mod review;
mod sqlite;

pub mod memory;

use crate::doc::MemoryMatch;
pub use memory::{MemoryPair, MemoryStats};
pub use postgres::PgTarget;
use rusqlite::Connection;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Why the state cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The folder could not be made.
    #[error("cannot create {path}: {source}")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Written by a newer version of terjemah.
    #[error("state database {at} has schema {version}, newer than this version of terjemah reads ({}): upgrade terjemah", SCHEMA_VERSION.max(postgres::SCHEMA_VERSION))]
    Newer {
        /// The file or database.
        at: String,
        /// Its schema version.
        version: i64,
    },
    /// SQLite refused.
    #[error("state database {path}: {source}")]
    Sqlite {
        /// The file.
        path: PathBuf,
        /// Why.
        source: rusqlite::Error,
    },
    /// PostgreSQL refused or could not be reached. `at` names user, host, port and database,
    /// never the password, and the message has it removed.
    #[error("state database {at}: {message}")]
    Postgres {
        /// `postgres://user@host:port/database`.
        at: String,
        /// What went wrong.
        message: String,
    },
}

/// The schema the SQLite store writes (`PRAGMA user_version`). 0: the first databases, whose
/// review record was keyed by bare file names; 2: keyed by the document's path in the project.
pub const SCHEMA_VERSION: i64 = 2;

fn table_exists(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [name],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n > 0)
}

/// What identifies a cached translation, apart from its source text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CacheKey {
    /// Backend name.
    pub backend: String,
    /// Backend model (empty when the backend has one).
    pub model: String,
    /// Source language.
    pub from: String,
    /// Target language.
    pub to: String,
    /// Glossary version.
    pub glossary: String,
}

/// One run's account, as stored in the ledger.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LedgerEntry {
    /// Backend name.
    pub backend: String,
    /// Requests sent.
    pub requests: u64,
    /// Characters sent.
    pub characters_sent: u64,
    /// Characters the service billed.
    pub characters_billed: u64,
    /// Segments answered from the cache.
    pub cache_hits: u64,
}

/// One cached translation, as `translate state copy` moves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheRow {
    /// Its key.
    pub key: CacheKey,
    /// The source text.
    pub source: String,
    /// The translation.
    pub target: String,
    /// Characters billed.
    pub billed: Option<u64>,
    /// When it was stored.
    pub created: String,
}

/// One run of the ledger, as `translate state copy` moves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerRow {
    /// When.
    pub at: String,
    /// The project that ran it (empty in a SQLite store: its folder is the project).
    pub project: String,
    /// The figures.
    pub entry: LedgerEntry,
}

/// One row of a document's review record, as `translate state copy` moves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRow {
    /// A target a person wrote (else machine output).
    pub human: bool,
    /// The document's key (its path in the project).
    pub document: String,
    /// The shown source.
    pub source: String,
    /// The machine output or the person's English.
    pub text: String,
    /// Who produced machine output (empty for a person's).
    pub backend: String,
    /// When.
    pub updated: String,
}

/// What `translate state info` shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct StateInfo {
    /// `sqlite` or `postgres`.
    pub store: String,
    /// The file, or `postgres://user@host:port/database` (never the password).
    pub location: String,
    /// Schema version.
    pub schema: i64,
    /// Bytes on disk (PostgreSQL: the state's tables with their indexes).
    pub bytes: u64,
    /// Translation-memory pairs.
    pub memory_pairs: u64,
    /// MT cache entries.
    pub cache_entries: u64,
    /// Documents with a review record (PostgreSQL: of this project).
    pub documents: u64,
    /// Runs in the ledger.
    pub ledger_runs: u64,
    /// Key-value entries (DeepL glossary ids).
    pub kv_entries: u64,
}

/// What `translate state copy` moved: rows new in the destination (a second copy moves none).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct CopyCounts {
    /// Translation-memory pairs, of those read.
    pub memory_pairs: (usize, usize),
    /// MT cache entries.
    pub cache_entries: (usize, usize),
    /// Review-record rows (machine output and people's English).
    pub record_rows: (usize, usize),
    /// Ledger runs.
    pub ledger_runs: (usize, usize),
    /// Key-value entries.
    pub kv_entries: (usize, usize),
}

/// Where the state is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A folder holding `state.db`.
    Dir(PathBuf),
    /// A PostgreSQL database.
    Postgres(Box<PgTarget>),
}

impl Location {
    /// A `state` setting: a `postgres://` or `postgresql://` URL, else a folder (relative to
    /// `base`). The password comes from the URL, else `PGPASSWORD`, else the pgpass file.
    pub fn parse(
        setting: &str,
        base: &Path,
        env: &crate::config::Env,
    ) -> Result<Location, StoreError> {
        if Location::names_database(setting) {
            PgTarget::parse(setting, env).map(|t| Location::Postgres(Box::new(t)))
        } else {
            Ok(Location::Dir(base.join(setting)))
        }
    }

    /// Whether a `state` setting names a database (a `postgres://` or `postgresql://` URL)
    /// rather than a folder.
    pub fn names_database(setting: &str) -> bool {
        setting.starts_with("postgres://") || setting.starts_with("postgresql://")
    }

    /// Whether this is a database a desk shares (PostgreSQL).
    pub fn is_shared(&self) -> bool {
        matches!(self, Location::Postgres(_))
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Dir(d) => write!(f, "{}", d.join("state.db").display()),
            Location::Postgres(t) => write!(f, "{t}"),
        }
    }
}

/// How a store is opened.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// The project's name: with PostgreSQL, a document is this name plus its path.
    pub project: String,
    /// Connections at most (PostgreSQL): the run's concurrency.
    pub connections: usize,
    /// Create the state when missing (commands that write); reading commands create nothing.
    pub create: bool,
}

/// An open state: the SQLite file or a PostgreSQL database.
#[derive(Debug)]
pub struct Store {
    inner: Inner,
}

#[derive(Debug)]
enum Inner {
    Sqlite(sqlite::Sqlite),
    Postgres(Box<postgres::Postgres>),
}

/// Calls the same method on whichever store this is.
macro_rules! each {
    ($self:ident, $s:ident => $e:expr) => {
        match &$self.inner {
            Inner::Sqlite($s) => $e,
            Inner::Postgres($s) => $e,
        }
    };
}

impl Store {
    /// Opens (creating if needed) the SQLite `state.db` in `dir` (usually `.translate/`).
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        sqlite::Sqlite::open(dir).map(|s| Store {
            inner: Inner::Sqlite(s),
        })
    }

    /// Opens the state at `location`; `None` when it does not exist and `opts.create` is off.
    pub fn open_at(location: &Location, opts: &OpenOptions) -> Result<Option<Store>, StoreError> {
        match location {
            Location::Dir(dir) => {
                if !opts.create && !dir.join("state.db").is_file() {
                    return Ok(None);
                }
                Store::open(dir).map(Some)
            }
            Location::Postgres(target) => {
                Ok(postgres::Postgres::open(target, opts)?.map(|p| Store {
                    inner: Inner::Postgres(Box::new(p)),
                }))
            }
        }
    }

    /// Where the state is, for messages: the file, or the database without its password.
    pub fn describe(&self) -> String {
        match &self.inner {
            Inner::Sqlite(s) => s.path().display().to_string(),
            Inner::Postgres(p) => p.target().to_string(),
        }
    }

    /// The cached translation of `source`, with the characters it was billed.
    pub fn cache_get(
        &self,
        key: &CacheKey,
        source: &str,
    ) -> Result<Option<(String, Option<u64>)>, StoreError> {
        each!(self, s => s.cache_get(key, source))
    }

    /// Stores translations of one batch in one transaction.
    pub fn cache_put(
        &self,
        key: &CacheKey,
        items: &[(&str, &str, Option<u64>)],
    ) -> Result<(), StoreError> {
        each!(self, s => s.cache_put(key, items))
    }

    /// Adds a run to the ledger.
    pub fn record_run(&self, entry: &LedgerEntry) -> Result<(), StoreError> {
        each!(self, s => s.record_run(entry))
    }

    /// Totals per backend over every run in the ledger (with PostgreSQL: the whole desk's).
    pub fn ledger_totals(&self) -> Result<Vec<LedgerEntry>, StoreError> {
        each!(self, s => s.ledger_totals())
    }

    /// Records the machine output (`source`, `mt`) of an article's segments and who produced
    /// it (a backend's name, or `memory-exact`).
    pub fn save_machine_output(
        &self,
        document: &str,
        producer: &str,
        pairs: &[(String, String)],
    ) -> Result<(), StoreError> {
        each!(self, s => s.save_machine_output(document, producer, pairs))
    }

    /// Gives `document` the rows an older SQLite database kept under its bare file name, when
    /// it has no record of its own yet; returns how many rows it adopted (0 when there were
    /// none; always 0 with PostgreSQL, which never had such rows).
    pub fn adopt_legacy_record(&self, document: &str) -> Result<usize, StoreError> {
        match &self.inner {
            Inner::Sqlite(s) => s.adopt_legacy_record(document),
            Inner::Postgres(_) => Ok(0),
        }
    }

    /// The machine output of an article's segments, by shown source.
    pub fn machine_outputs(&self, document: &str) -> Result<HashMap<String, String>, StoreError> {
        each!(self, s => s.machine_outputs(document))
    }

    /// Records targets a person wrote (`source`, `target`).
    pub fn save_human_targets(
        &self,
        document: &str,
        pairs: &[(String, String)],
    ) -> Result<(), StoreError> {
        each!(self, s => s.save_human_targets(document, pairs))
    }

    /// The latest target a person wrote for each source of an article.
    pub fn human_targets(&self, document: &str) -> Result<HashMap<String, String>, StoreError> {
        each!(self, s => s.human_targets(document))
    }

    /// Stores approved pairs for `from` -> `to` in one transaction and returns how many were
    /// new. A pair whose normalised source and target are already stored is not duplicated:
    /// its document and time are updated when the new pair is more recent.
    pub fn memory_add(
        &self,
        from: &str,
        to: &str,
        pairs: &[MemoryPair],
    ) -> Result<usize, StoreError> {
        each!(self, s => s.memory_add(from, to, pairs))
    }

    /// The stored pair whose normalised source equals `source`'s, for `from` -> `to` (matched
    /// on the primary language subtag: `id-ID` finds `id`); the most recent when several
    /// targets are stored.
    pub fn memory_exact(
        &self,
        from: &str,
        to: &str,
        source: &str,
    ) -> Result<Option<MemoryPair>, StoreError> {
        each!(self, s => s.memory_exact(from, to, source))
    }

    /// Whether the translation memory may hold a pair: `false` only when it certainly holds
    /// none (an empty SQLite memory), so that a run need not look every segment up in it. A
    /// shared memory is asked segment by segment as always.
    pub fn memory_may_have_pairs(&self) -> Result<bool, StoreError> {
        match &self.inner {
            Inner::Sqlite(s) => s.memory_is_empty().map(|empty| !empty),
            Inner::Postgres(_) => Ok(true),
        }
    }

    /// Stored pairs whose source scores at least `min_score` (0-100, see [`memory`]) against
    /// `source`, best first (then the most recently stored), at most `limit`, one per distinct
    /// stored source and target.
    pub fn memory_fuzzy(
        &self,
        from: &str,
        to: &str,
        source: &str,
        min_score: u8,
        limit: usize,
    ) -> Result<Vec<MemoryMatch>, StoreError> {
        each!(self, s => s.memory_fuzzy(from, to, source, min_score, limit))
    }

    /// Every stored pair as `(from, to, pair)`, optionally only one source and/or target
    /// language, in the order they were first stored. A bare language (`en`) takes all its
    /// regions (`en-GB`, `en-US`); a code with a region takes only that region.
    pub fn memory_pairs(
        &self,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<(String, String, MemoryPair)>, StoreError> {
        each!(self, s => s.memory_pairs(from, to))
    }

    /// Counts: pairs, per language pair, documents, indexed words, oldest and newest, size.
    pub fn memory_stats(&self) -> Result<MemoryStats, StoreError> {
        each!(self, s => s.memory_stats())
    }

    /// Store, schema version, size and counts.
    pub fn info(&self) -> Result<StateInfo, StoreError> {
        each!(self, s => s.info())
    }

    /// Copies everything this state holds into `to`: memory, cache, this project's review
    /// record, ledger and key-value entries. Rows `to` already has are not doubled, so a
    /// second copy moves nothing; a record row is replaced only by a newer one.
    pub fn copy_into(&self, to: &Store) -> Result<CopyCounts, StoreError> {
        let mut counts = CopyCounts::default();
        let pairs = self.memory_pairs(None, None)?;
        let mut groups: Vec<((String, String), Vec<MemoryPair>)> = Vec::new();
        for (from, lang, pair) in pairs {
            let key = (from, lang);
            match groups.iter_mut().find(|g| g.0 == key) {
                Some(g) => g.1.push(pair),
                None => groups.push((key, vec![pair])),
            }
        }
        for ((from, lang), pairs) in groups {
            for chunk in pairs.chunks(20_000) {
                counts.memory_pairs.0 += chunk.len();
                counts.memory_pairs.1 += to.memory_add(&from, &lang, chunk)?;
            }
        }
        let cache = each!(self, s => s.cache_rows())?;
        for chunk in cache.chunks(10_000) {
            counts.cache_entries.0 += chunk.len();
            counts.cache_entries.1 += each!(to, s => s.cache_load(chunk))?;
        }
        let record = each!(self, s => s.record_rows())?;
        counts.record_rows = (record.len(), each!(to, s => s.record_load(&record))?);
        let ledger = each!(self, s => s.ledger_rows())?;
        counts.ledger_runs = (ledger.len(), each!(to, s => s.ledger_load(&ledger))?);
        let kv = each!(self, s => s.kv_rows())?;
        counts.kv_entries = (kv.len(), each!(to, s => s.kv_load(&kv))?);
        Ok(counts)
    }
}

/// A small persistent key-value store a backend may keep state in between runs (the id of a
/// glossary it created on the service). The engine gives it the project's state database; it
/// lives here, below the backends, so the state does not depend on them.
pub trait StateStore: Send + Sync {
    /// The value stored under `key`.
    fn get(&self, key: &str) -> Option<String>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str);
}

/// A [`StateStore`] that forgets everything when dropped (dry runs, tests).
#[derive(Debug, Default)]
pub struct MemoryStore(std::sync::Mutex<std::collections::HashMap<String, String>>);

impl StateStore for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.lock().ok()?.get(key).cloned()
    }
    fn set(&self, key: &str, value: &str) {
        if let Ok(mut m) = self.0.lock() {
            m.insert(key.to_string(), value.to_string());
        }
    }
}

impl StateStore for Store {
    fn get(&self, key: &str) -> Option<String> {
        each!(self, s => s.kv_get(key))
    }

    fn set(&self, key: &str, value: &str) {
        each!(self, s => s.kv_set(key, value))
    }
}

/// The current time as RFC 3339 (UTC), without pulling in a date crate.
fn now() -> String {
    memory::rfc3339_now()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_round_trip_and_keys() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join(".translate")).unwrap();
        let key = CacheKey {
            backend: "deepl".into(),
            model: "v2".into(),
            from: "id".into(),
            to: "en".into(),
            glossary: "abc".into(),
        };
        store
            .cache_put(
                &key,
                &[("Tentara Rusia berlatih.", "Russian troops train.", Some(23))],
            )
            .unwrap();
        assert_eq!(
            store.cache_get(&key, "Tentara Rusia berlatih.").unwrap(),
            Some(("Russian troops train.".into(), Some(23)))
        );
        let other = CacheKey {
            glossary: "changed".into(),
            ..key.clone()
        };
        assert_eq!(
            store.cache_get(&other, "Tentara Rusia berlatih.").unwrap(),
            None
        );
        store.set("deepl.glossary.abc", "id-1");
        drop(store);
        let again = Store::open(&dir.path().join(".translate")).unwrap();
        assert_eq!(again.get("deepl.glossary.abc").as_deref(), Some("id-1"));
        assert!(again
            .cache_get(&key, "Tentara Rusia berlatih.")
            .unwrap()
            .is_some());
    }
}
