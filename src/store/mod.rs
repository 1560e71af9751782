//! The project's state database (`.translate/state.db`, SQLite, bundled): the MT cache, a
//! ledger of what each run sent and was billed, and a small key-value table backends keep state
//! in (the id of a glossary pushed to DeepL).
//!
//! The cache is keyed by backend, model, language pair, glossary version and source text, so a
//! changed glossary or model never serves a stale translation, and results are written as
//! they arrive: a run that dies (quota, crash, Ctrl-C) resumes without paying twice. WAL mode
//! and a busy timeout let two runs share the file.

mod review;

pub mod memory;

use crate::mt::StateStore;
pub use memory::{MemoryPair, MemoryStats};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Why the state database cannot be used.
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
    #[error("state database {path} has schema {version}, newer than this version of terjemah reads ({SCHEMA_VERSION}): upgrade terjemah")]
    Newer {
        /// The file.
        path: PathBuf,
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
}

/// The schema this version writes (`PRAGMA user_version`). 0: the first databases, whose
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
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// An open state database.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl Store {
    /// Opens (creating if needed) `state.db` in `dir` (usually `.translate/`).
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = dir.join("state.db");
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let conn = Connection::open(&path).map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(err)?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS mt_cache (
                 backend TEXT NOT NULL, model TEXT NOT NULL, src_lang TEXT NOT NULL,
                 tgt_lang TEXT NOT NULL, glossary TEXT NOT NULL, source TEXT NOT NULL,
                 target TEXT NOT NULL, billed INTEGER, created TEXT NOT NULL,
                 PRIMARY KEY (backend, model, src_lang, tgt_lang, glossary, source));
             CREATE TABLE IF NOT EXISTS ledger (
                 id INTEGER PRIMARY KEY, at TEXT NOT NULL, backend TEXT NOT NULL,
                 requests INTEGER NOT NULL, characters_sent INTEGER NOT NULL,
                 characters_billed INTEGER NOT NULL, cache_hits INTEGER NOT NULL);
             CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
        )
        .map_err(err)?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(err)?;
        let had_review = table_exists(&conn, "review_machine").map_err(err)?;
        review::create(&conn).map_err(err)?;
        memory::init(&conn).map_err(err)?;
        let store = Store {
            path,
            conn: Mutex::new(conn),
        };
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                path: store.path.clone(),
                version,
            });
        }
        if version < SCHEMA_VERSION {
            store.migrate(version, had_review)?;
        }
        Ok(store)
    }

    /// Brings a database of schema `from` to [`SCHEMA_VERSION`], in one transaction.
    fn migrate(&self, from: i64, had_review: bool) -> Result<(), StoreError> {
        self.transaction(|tx| {
            // Re-read under the lock: another process may have migrated meanwhile.
            let now: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if now >= SCHEMA_VERSION {
                return Ok(());
            }
            if from < 2 && had_review {
                review::migrate_from_file_names(tx)?;
            }
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            Ok(())
        })
    }

    /// Where the database is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn with<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T, StoreError> {
        let conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        f(&conn).map_err(|source| StoreError::Sqlite {
            path: self.path.clone(),
            source,
        })
    }

    /// Runs `f` in one transaction: all of it is stored, or none.
    fn transaction<T>(
        &self,
        f: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        let run = |conn: &mut Connection| {
            let tx = conn.transaction()?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        };
        run(&mut conn).map_err(|source| StoreError::Sqlite {
            path: self.path.clone(),
            source,
        })
    }

    /// The cached translation of `source`, with the characters it was billed.
    pub fn cache_get(
        &self,
        key: &CacheKey,
        source: &str,
    ) -> Result<Option<(String, Option<u64>)>, StoreError> {
        self.with(|c| {
            c.query_row(
                "SELECT target, billed FROM mt_cache WHERE backend=?1 AND model=?2 AND src_lang=?3
                 AND tgt_lang=?4 AND glossary=?5 AND source=?6",
                params![
                    key.backend,
                    key.model,
                    key.from,
                    key.to,
                    key.glossary,
                    source
                ],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?)),
            )
            .optional()
            .map(|o| o.map(|(t, b)| (t, b.map(|b| b.max(0) as u64))))
        })
    }

    /// Stores translations of one batch in one transaction.
    pub fn cache_put(
        &self,
        key: &CacheKey,
        items: &[(&str, &str, Option<u64>)],
    ) -> Result<(), StoreError> {
        let now = now();
        self.transaction(|tx| {
            let mut stmt = tx.prepare_cached(
                "INSERT OR REPLACE INTO mt_cache
                 (backend, model, src_lang, tgt_lang, glossary, source, target, billed, created)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for (source, target, billed) in items {
                stmt.execute(params![
                    key.backend,
                    key.model,
                    key.from,
                    key.to,
                    key.glossary,
                    source,
                    target,
                    billed.map(|b| b as i64),
                    now
                ])?;
            }
            Ok(())
        })
    }

    /// Adds a run to the ledger.
    pub fn record_run(&self, entry: &LedgerEntry) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "INSERT INTO ledger (at, backend, requests, characters_sent, characters_billed, cache_hits)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    now(),
                    entry.backend,
                    entry.requests as i64,
                    entry.characters_sent as i64,
                    entry.characters_billed as i64,
                    entry.cache_hits as i64
                ],
            )
            .map(|_| ())
        })
    }

    /// Totals per backend over every run in the ledger.
    pub fn ledger_totals(&self) -> Result<Vec<LedgerEntry>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT backend, SUM(requests), SUM(characters_sent), SUM(characters_billed),
                 SUM(cache_hits) FROM ledger GROUP BY backend ORDER BY backend",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(LedgerEntry {
                    backend: r.get(0)?,
                    requests: r.get::<_, i64>(1)? as u64,
                    characters_sent: r.get::<_, i64>(2)? as u64,
                    characters_billed: r.get::<_, i64>(3)? as u64,
                    cache_hits: r.get::<_, i64>(4)? as u64,
                })
            })?;
            rows.collect()
        })
    }
}

impl StateStore for Store {
    fn get(&self, key: &str) -> Option<String> {
        self.with(|c| {
            c.query_row("SELECT value FROM kv WHERE key=?1", [key], |r| r.get(0))
                .optional()
        })
        .ok()
        .flatten()
    }

    fn set(&self, key: &str, value: &str) {
        let _ = self.with(|c| {
            c.execute(
                "INSERT OR REPLACE INTO kv (key, value) VALUES (?1, ?2)",
                [key, value],
            )
        });
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
