//! What the review loop keeps per article in the state database: the machine output of every
//! segment (so `translate diff` compares against what the machine said, however often the
//! review file was edited) and every target a person wrote (so a re-run on a changed article
//! can bring an edit back when a sentence returns to an earlier wording).
//!
//! Rows are keyed by the article's path inside the project (`review::record::document_key`;
//! `a/berita.txt` and `b/berita.txt` keep separate records) and the segment's shown source text,
//! not by segment id: ids move when paragraphs are inserted, the sentence does not.
//!
//! Databases written before documents had paths (schema 0) keyed rows by the bare file name.
//! [`migrate`] marks those rows `legacy:NAME` rather than guessing a folder, and the first
//! document of that name to ask for its record adopts them ([`Store::adopt_legacy_record`]),
//! which the caller reports: never silently mixed.

use super::sqlite::Sqlite;
use super::{now, RecordRow, StoreError};
use rusqlite::params;
use std::collections::HashMap;

/// Creates the tables (called by [`Store::open`]).
pub(super) fn create(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS review_machine (
             document TEXT NOT NULL, source TEXT NOT NULL, mt TEXT NOT NULL,
             backend TEXT NOT NULL, updated TEXT NOT NULL,
             PRIMARY KEY (document, source));
         CREATE TABLE IF NOT EXISTS review_human (
             document TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
             updated TEXT NOT NULL,
             PRIMARY KEY (document, source));",
    )
}

/// Prefix of rows written before documents were keyed by their path.
const LEGACY: &str = "legacy:";

/// Brings the tables of a schema-0 database (rows keyed by bare file names) to schema 2.
pub(super) fn migrate_from_file_names(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    for table in ["review_machine", "review_human"] {
        tx.execute(
            &format!("UPDATE {table} SET document = ?1 || document WHERE document NOT LIKE ?2"),
            [LEGACY, "legacy:%"],
        )?;
    }
    Ok(())
}

/// Which table a set of pairs goes to.
#[derive(Clone, Copy)]
enum Table {
    Machine,
    Human,
}

impl Sqlite {
    /// Records the machine output (`source`, `mt`) of an article's segments and who produced
    /// it (a backend's name, or `memory-exact`).
    pub fn save_machine_output(
        &self,
        document: &str,
        producer: &str,
        pairs: &[(String, String)],
    ) -> Result<(), StoreError> {
        self.save_pairs(Table::Machine, document, producer, pairs)
    }

    /// Gives `document` the rows an older database kept under its bare file name, when it has
    /// no record of its own yet; returns how many rows it adopted (0 when there were none).
    pub fn adopt_legacy_record(&self, document: &str) -> Result<usize, StoreError> {
        let name = document.rsplit('/').next().unwrap_or(document);
        let legacy = format!("{LEGACY}{name}");
        self.transaction(|tx| {
            let own: i64 = tx.query_row(
                "SELECT (SELECT COUNT(*) FROM review_machine WHERE document = ?1)
                      + (SELECT COUNT(*) FROM review_human WHERE document = ?1)",
                [document],
                |r| r.get(0),
            )?;
            if own > 0 {
                return Ok(0);
            }
            let mut moved = 0;
            for table in ["review_machine", "review_human"] {
                moved += tx.execute(
                    &format!("UPDATE {table} SET document = ?1 WHERE document = ?2"),
                    [document, legacy.as_str()],
                )?;
            }
            Ok(moved)
        })
    }

    /// The machine output of an article's segments, by shown source.
    pub fn machine_outputs(&self, document: &str) -> Result<HashMap<String, String>, StoreError> {
        self.load_pairs(Table::Machine, document)
    }

    /// Records targets a person wrote (`source`, `target`).
    pub fn save_human_targets(
        &self,
        document: &str,
        pairs: &[(String, String)],
    ) -> Result<(), StoreError> {
        self.save_pairs(Table::Human, document, "", pairs)
    }

    /// The latest target a person wrote for each source of an article.
    pub fn human_targets(&self, document: &str) -> Result<HashMap<String, String>, StoreError> {
        self.load_pairs(Table::Human, document)
    }

    /// Every row of the record (both tables), for `translate state copy`.
    pub fn record_rows(&self) -> Result<Vec<RecordRow>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT 0, document, source, mt, backend, updated FROM review_machine
                 UNION ALL SELECT 1, document, source, target, '', updated FROM review_human",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(RecordRow {
                    human: r.get::<_, i64>(0)? == 1,
                    document: r.get(1)?,
                    source: r.get(2)?,
                    text: r.get(3)?,
                    backend: r.get(4)?,
                    updated: r.get(5)?,
                })
            })?;
            rows.collect()
        })
    }

    /// Stores record rows that are missing or newer than the row kept for the same document
    /// and source; returns how many were written.
    pub fn record_load(&self, rows: &[RecordRow]) -> Result<usize, StoreError> {
        self.transaction(|tx| {
            let mut written = 0;
            for r in rows {
                let (table, col) = if r.human {
                    ("review_human", "target")
                } else {
                    ("review_machine", "mt")
                };
                let newer: bool = tx.query_row(
                    &format!(
                        "SELECT NOT EXISTS (SELECT 1 FROM {table} WHERE document=?1 AND source=?2
                         AND updated >= ?3)"
                    ),
                    params![r.document, r.source, r.updated],
                    |row| row.get(0),
                )?;
                if !newer {
                    continue;
                }
                written += if r.human {
                    tx.execute(
                        &format!(
                            "INSERT OR REPLACE INTO {table} (document, source, {col}, updated)
                             VALUES (?1, ?2, ?3, ?4)"
                        ),
                        params![r.document, r.source, r.text, r.updated],
                    )?
                } else {
                    tx.execute(
                        &format!(
                            "INSERT OR REPLACE INTO {table} (document, source, {col}, backend, updated)
                             VALUES (?1, ?2, ?3, ?4, ?5)"
                        ),
                        params![r.document, r.source, r.text, r.backend, r.updated],
                    )?
                };
            }
            Ok(written)
        })
    }

    fn save_pairs(
        &self,
        table: Table,
        document: &str,
        backend: &str,
        pairs: &[(String, String)],
    ) -> Result<(), StoreError> {
        if pairs.is_empty() {
            return Ok(());
        }
        let now = now();
        self.transaction(|tx| {
            let mut stmt = tx.prepare_cached(match table {
                Table::Machine => {
                    "INSERT OR REPLACE INTO review_machine (document, source, mt, backend, updated)
                     VALUES (?1, ?2, ?3, ?4, ?5)"
                }
                Table::Human => {
                    "INSERT OR REPLACE INTO review_human (document, source, target, updated)
                     VALUES (?1, ?2, ?3, ?5)"
                }
            })?;
            for (source, text) in pairs {
                stmt.execute(params![document, source, text, backend, now])?;
            }
            Ok(())
        })
    }

    fn load_pairs(
        &self,
        table: Table,
        document: &str,
    ) -> Result<HashMap<String, String>, StoreError> {
        let sql = match table {
            Table::Machine => "SELECT source, mt FROM review_machine WHERE document = ?1",
            Table::Human => "SELECT source, target FROM review_human WHERE document = ?1",
        };
        self.with(|c| {
            let mut stmt = c.prepare_cached(sql)?;
            let rows = stmt.query_map([document], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_latest_per_source() {
        let dir = tempfile::tempdir().unwrap();
        let store = Sqlite::open(dir.path()).unwrap();
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        store
            .save_machine_output("a.txt", "offline", &[p("Satu.", "One."), p("Dua.", "Two.")])
            .unwrap();
        store
            .save_machine_output("a.txt", "deepl", &[p("Satu.", "One!")])
            .unwrap();
        store
            .save_machine_output("b.txt", "offline", &[p("Satu.", "1.")])
            .unwrap();
        let m = store.machine_outputs("a.txt").unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!(m["Satu."], "One!");
        store
            .save_human_targets("a.txt", &[p("Dua.", "Second.")])
            .unwrap();
        assert_eq!(store.human_targets("a.txt").unwrap()["Dua."], "Second.");
        assert!(store.human_targets("b.txt").unwrap().is_empty());
    }

    #[test]
    fn an_old_database_is_migrated_and_its_rows_adopted_once() {
        let dir = tempfile::tempdir().unwrap();
        // A schema-0 database as the first versions wrote it: rows keyed by bare file names.
        {
            let conn = rusqlite::Connection::open(dir.path().join("state.db")).unwrap();
            create(&conn).unwrap();
            conn.execute_batch(
                "INSERT INTO review_machine VALUES ('berita.txt', 'Satu.', 'One.', 'offline', 'x');
                 INSERT INTO review_human VALUES ('berita.txt', 'Dua.', 'Second.', 'x');",
            )
            .unwrap();
        }
        let store = Sqlite::open(dir.path()).unwrap();
        let version: i64 = store
            .with(|c| c.pragma_query_value(None, "user_version", |r| r.get(0)))
            .unwrap();
        assert_eq!(version, super::super::SCHEMA_VERSION);
        // Not served under the bare name any more, nor silently to every `berita.txt`.
        assert!(store.machine_outputs("berita.txt").unwrap().is_empty());
        assert_eq!(store.adopt_legacy_record("a/berita.txt").unwrap(), 2);
        assert_eq!(
            store.machine_outputs("a/berita.txt").unwrap()["Satu."],
            "One."
        );
        assert_eq!(
            store.human_targets("a/berita.txt").unwrap()["Dua."],
            "Second."
        );
        assert_eq!(store.adopt_legacy_record("b/berita.txt").unwrap(), 0);
        assert!(store.machine_outputs("b/berita.txt").unwrap().is_empty());
        // Opening again migrates nothing twice.
        drop(store);
        let again = Sqlite::open(dir.path()).unwrap();
        assert_eq!(again.machine_outputs("a/berita.txt").unwrap().len(), 1);
        // A document with a record of its own never adopts.
        again
            .save_machine_output("c/x.txt", "offline", &[("A.".into(), "A.".into())])
            .unwrap();
        assert_eq!(again.adopt_legacy_record("c/x.txt").unwrap(), 0);
    }
}
