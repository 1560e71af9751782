//! The SQLite store: one file, `state.db`, in the state folder (`.translate/` by default),
//! bundled SQLite in WAL mode with a busy timeout so two runs share the file. Its schema
//! version is `PRAGMA user_version`; the memory's and the review record's tables are made by
//! [`super::memory`] and [`super::review`].

use super::{
    memory, now, review, table_exists, CacheKey, CacheRow, LedgerEntry, LedgerRow, StateInfo,
    StoreError, SCHEMA_VERSION,
};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The write-ahead log kept between processes, at most (about 110 offline translations). The
/// next process reads all of it as it opens (under 0.4 M instructions for this much), and
/// cannot know that a previous process already copied it back: SQLite's own checkpoint every
/// 1000 pages would then run on every commit past the limit, so the log is emptied here.
const WAL_KEPT_BYTES: u64 = 512 * 1024;

impl Drop for Sqlite {
    fn drop(&mut self) {
        if std::fs::metadata(self.wal_path()).is_ok_and(|m| m.len() > WAL_KEPT_BYTES) {
            let conn = self.conn.get_mut().unwrap_or_else(|p| p.into_inner());
            // Busy (another process reading): the next one to close will do it.
            let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
    }
}

/// How long a connection waits on another process's lock before SQLite reports the database
/// busy; [`retry_busy`] waits as long where SQLite reports it without waiting.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Runs `f` again while SQLite reports the database busy without having waited, for up to the
/// busy timeout ([`BUSY_TIMEOUT`]).
fn retry_busy<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let start = std::time::Instant::now();
    loop {
        match f() {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && start.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            other => return other,
        }
    }
}

/// An open SQLite state database.
#[derive(Debug)]
pub(crate) struct Sqlite {
    pub(super) path: PathBuf,
    pub(super) conn: Mutex<Connection>,
}

impl Sqlite {
    /// Opens (creating if needed) `state.db` in `dir` (usually `.translate/`).
    pub fn open(dir: &Path) -> Result<Sqlite, StoreError> {
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
        conn.busy_timeout(BUSY_TIMEOUT).map_err(err)?;
        // Switching a new database to WAL needs it alone: two processes opening a fresh state
        // at once both hold a read lock and want the exclusive one, and SQLite answers one of
        // them "busy" at once, without the busy timeout (it would wait on itself). Try again
        // for as long as the timeout would have waited.
        retry_busy(|| conn.pragma_update(None, "journal_mode", "WAL")).map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(err)?;
        // The last connection to close would copy the log into the database and delete it:
        // two or three fsyncs (1 to 5 ms here) on every run, more than the rest of an offline
        // translation. The log stays instead, and is copied back when a process closes the
        // database with more than `WAL_KEPT_BYTES` in it (see `Drop`). The state is
        // `state.db` with its `-wal` file.
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        )
        .map_err(err)?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(err)?;
        memory::map(&conn).map_err(err)?;
        // A database at this schema has every table (a change to the tables raises
        // `SCHEMA_VERSION`): making them again would parse a dozen statements on every run,
        // a tenth of a short command's work.
        let mut had_review = true;
        if version != SCHEMA_VERSION {
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
            had_review = table_exists(&conn, "review_machine").map_err(err)?;
            review::create(&conn).map_err(err)?;
            memory::create(&conn).map_err(err)?;
        }
        let store = Sqlite {
            path,
            conn: Mutex::new(conn),
        };
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                at: store.path.display().to_string(),
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

    pub(super) fn with<T>(
        &self,
        f: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        f(&conn).map_err(|source| StoreError::Sqlite {
            path: self.path.clone(),
            source,
        })
    }

    /// Runs `f` in one transaction: all of it is stored, or none. The write lock is taken at
    /// the start (`BEGIN IMMEDIATE`), so that `migrate` re-reads the schema version under it,
    /// as its comment says, and so that a transaction which reads and then writes waits on the
    /// busy timeout for another process instead of failing at once with "database is locked"
    /// (a deferred one cannot upgrade a snapshot another process has since outdated).
    pub(super) fn transaction<T>(
        &self,
        f: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        let run = |conn: &mut Connection| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
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

impl Sqlite {
    /// A value of the key-value table.
    pub fn kv_get(&self, key: &str) -> Option<String> {
        self.with(|c| {
            c.query_row("SELECT value FROM kv WHERE key=?1", [key], |r| r.get(0))
                .optional()
        })
        .ok()
        .flatten()
    }

    /// Sets a value of the key-value table.
    pub fn kv_set(&self, key: &str, value: &str) {
        let _ = self.with(|c| {
            c.execute(
                "INSERT OR REPLACE INTO kv (key, value) VALUES (?1, ?2)",
                [key, value],
            )
        });
    }

    /// Every cached translation, for `translate state copy`.
    pub fn cache_rows(&self) -> Result<Vec<CacheRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT backend, model, src_lang, tgt_lang, glossary, source, target, billed, created
                 FROM mt_cache ORDER BY created, rowid",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(CacheRow {
                    key: CacheKey {
                        backend: r.get(0)?,
                        model: r.get(1)?,
                        from: r.get(2)?,
                        to: r.get(3)?,
                        glossary: r.get(4)?,
                    },
                    source: r.get(5)?,
                    target: r.get(6)?,
                    billed: r.get::<_, Option<i64>>(7)?.map(|b| b.max(0) as u64),
                    created: r.get(8)?,
                })
            })?;
            rows.collect()
        })
    }

    /// Stores cached translations that are not here yet; returns how many were new.
    pub fn cache_load(&self, rows: &[CacheRow]) -> Result<usize, StoreError> {
        self.transaction(|tx| {
            let mut stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO mt_cache
                 (backend, model, src_lang, tgt_lang, glossary, source, target, billed, created)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            let mut new = 0;
            for r in rows {
                new += stmt.execute(params![
                    r.key.backend,
                    r.key.model,
                    r.key.from,
                    r.key.to,
                    r.key.glossary,
                    r.source,
                    r.target,
                    r.billed.map(|b| b as i64),
                    r.created
                ])?;
            }
            Ok(new)
        })
    }

    /// Every run in the ledger, oldest first.
    pub fn ledger_rows(&self) -> Result<Vec<LedgerRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT at, backend, requests, characters_sent, characters_billed, cache_hits
                 FROM ledger ORDER BY id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(LedgerRow {
                    at: r.get(0)?,
                    project: String::new(),
                    entry: LedgerEntry {
                        backend: r.get(1)?,
                        requests: r.get::<_, i64>(2)? as u64,
                        characters_sent: r.get::<_, i64>(3)? as u64,
                        characters_billed: r.get::<_, i64>(4)? as u64,
                        cache_hits: r.get::<_, i64>(5)? as u64,
                    },
                })
            })?;
            rows.collect()
        })
    }

    /// Adds the runs not in the ledger yet (the same time, backend and figures); returns how
    /// many were new.
    pub fn ledger_load(&self, rows: &[LedgerRow]) -> Result<usize, StoreError> {
        self.transaction(|tx| {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO ledger (at, backend, requests, characters_sent, characters_billed, cache_hits)
                 SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS (SELECT 1 FROM ledger WHERE at=?1
                 AND backend=?2 AND requests=?3 AND characters_sent=?4 AND characters_billed=?5
                 AND cache_hits=?6)",
            )?;
            let mut new = 0;
            for r in rows {
                let e = &r.entry;
                new += stmt.execute(params![
                    r.at,
                    e.backend,
                    e.requests as i64,
                    e.characters_sent as i64,
                    e.characters_billed as i64,
                    e.cache_hits as i64
                ])?;
            }
            Ok(new)
        })
    }

    /// Every key-value entry.
    pub fn kv_rows(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare("SELECT key, value FROM kv ORDER BY key")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect()
        })
    }

    /// Stores the entries whose key is not here yet; returns how many were new.
    pub fn kv_load(&self, rows: &[(String, String)]) -> Result<usize, StoreError> {
        self.transaction(|tx| {
            let mut stmt =
                tx.prepare_cached("INSERT OR IGNORE INTO kv (key, value) VALUES (?1, ?2)")?;
            let mut new = 0;
            for (k, v) in rows {
                new += stmt.execute([k, v])?;
            }
            Ok(new)
        })
    }

    /// Store, schema version, size and counts, for `translate state info`.
    pub fn info(&self) -> Result<StateInfo, StoreError> {
        let mut info = self.with(|c| {
            let count = |sql: &str| {
                c.query_row(sql, [], |r| r.get::<_, i64>(0))
                    .map(|n| n as u64)
            };
            Ok(StateInfo {
                store: "sqlite".into(),
                location: self.path.display().to_string(),
                schema: c.pragma_query_value(None, "user_version", |r| r.get(0))?,
                bytes: 0,
                memory_pairs: count("SELECT COUNT(*) FROM memory")?,
                cache_entries: count("SELECT COUNT(*) FROM mt_cache")?,
                documents: count(
                    "SELECT COUNT(*) FROM (SELECT document FROM review_machine
                     UNION SELECT document FROM review_human)",
                )?,
                ledger_runs: count("SELECT COUNT(*) FROM ledger")?,
                kv_entries: count("SELECT COUNT(*) FROM kv")?,
            })
        })?;
        info.bytes = self.bytes();
        Ok(info)
    }

    /// Bytes on disk, with the write-ahead log.
    pub(super) fn bytes(&self) -> u64 {
        let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        size(&self.path) + size(&self.wal_path())
    }

    /// The write-ahead log beside the database.
    fn wal_path(&self) -> PathBuf {
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        wal.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_stays_between_processes_and_is_emptied_past_its_limit() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let run = LedgerEntry {
            backend: "offline".into(),
            requests: 1,
            characters_sent: 1885,
            characters_billed: 0,
            cache_hits: 0,
        };
        let wal = || std::fs::metadata(dir.path().join("state.db-wal")).map_or(0, |m| m.len());
        let store = Sqlite::open(dir.path()).expect("opens");
        store.record_run(&run).expect("recorded");
        drop(store);
        // Closed without copying the log back: no fsync for a run.
        assert!(wal() > 0);
        let mut runs = 1;
        loop {
            let store = Sqlite::open(dir.path()).expect("opens");
            store.record_run(&run).expect("recorded");
            runs += 1;
            if wal() > WAL_KEPT_BYTES {
                break;
            }
        }
        // The process that left the log past its limit emptied it, and nothing was lost.
        assert_eq!(wal(), 0);
        let store = Sqlite::open(dir.path()).expect("opens");
        assert_eq!(store.ledger_rows().expect("rows").len(), runs);
    }
}
