//! What the review loop keeps per article in the state database: the machine output of every
//! segment (so `translate diff` compares against what the machine said, however often the
//! review file was edited) and every target a person wrote (so a re-run on a changed article
//! can bring an edit back when a sentence returns to an earlier wording).
//!
//! Rows are keyed by the article's file name and the segment's shown source text, not by
//! segment id: ids move when paragraphs are inserted, the sentence does not.

use super::{now, Store, StoreError};
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

/// Which table a set of pairs goes to.
#[derive(Clone, Copy)]
enum Table {
    Machine,
    Human,
}

impl Store {
    /// Records the machine output (`source`, `mt`) of an article's segments.
    pub fn save_machine_output(
        &self,
        document: &str,
        backend: &str,
        pairs: &[(String, String)],
    ) -> Result<(), StoreError> {
        self.save_pairs(Table::Machine, document, backend, pairs)
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
        let store = Store::open(dir.path()).unwrap();
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
}
