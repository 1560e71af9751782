//! The translation memory: approved segment pairs in the state database, with the document they
//! were approved in and when, an exact lookup and an indexed fuzzy lookup.
//!
//! **Normalisation.** Sources are compared after NFC normalisation with runs of white space
//! collapsed to one space and the ends trimmed. Case and punctuation are kept: an exact match
//! (reused without calling a backend) must be the same sentence, as in CAT tools, where a
//! difference in case or punctuation is less than a 100% match.
//!
//! **Fuzzy score.** The normalised source is cut into tokens: words (letters and digits, with
//! inner `.`, `,`, `-`, `'` and `/` kept, so `9.000`, `Rp20,3` and `menteri-menteri` are one
//! token each) and single punctuation marks, compared in lower case. The score is
//! `100 * (1 - d / max(n, m))`, rounded down, where `d` is the word-level edit distance
//! (insertions, deletions, substitutions of whole tokens) between the query's `n` tokens and
//! the stored source's `m` tokens. A changed number or word in a 20-token sentence scores 95.
//! Only identical normalised sources score 100; sources that differ only in case score 99.
//!
//! **Index.** Each word token has an id and a document frequency per source language, and a
//! posting `(token, length, pair)` for every stored pair it occurs in. A pair scoring at least
//! `t` percent against a query of `n` tokens has at most `d = n (100 - t) / t` edits, so it
//! lacks at most `d` of the query's distinct words and must contain one of the query's `d + 1`
//! rarest words (prefix filtering); its length lies in `[n t / 100, n 100 / t]`. Only those
//! postings are read, in that length band, candidates sharing the most rare words are verified
//! first (at most [`MAX_VERIFIED`]), and each is scored on its stored token ids.

use super::{Store, StoreError};
use crate::doc::MemoryMatch;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Candidates verified with the real score per fuzzy lookup, best-sharing first; bounds the
/// lookup time however many stored pairs share a query's rare words.
pub const MAX_VERIFIED: usize = 400;

/// One stored pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemoryPair {
    /// The source sentence, as approved.
    pub source: String,
    /// Its approved translation.
    pub target: String,
    /// The document it was approved in (a path or a name; may be empty).
    pub document: String,
    /// When, RFC 3339 UTC (`2026-11-26T04:03:53Z`); `None` on add means now.
    pub created: Option<String>,
}

/// Counts for one language pair.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LanguagePairCount {
    /// Source language, as stored (`id`).
    pub from: String,
    /// Target language, as stored (`en`, `en-gb`).
    pub to: String,
    /// Pairs stored.
    pub pairs: u64,
}

/// What the memory holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct MemoryStats {
    /// Pairs stored, all languages.
    pub pairs: u64,
    /// Per language pair, most pairs first.
    pub languages: Vec<LanguagePairCount>,
    /// Distinct documents the pairs come from.
    pub documents: u64,
    /// Distinct words indexed for fuzzy lookup.
    pub words: u64,
    /// The oldest pair's time.
    pub oldest: Option<String>,
    /// The newest pair's time.
    pub newest: Option<String>,
    /// Bytes on disk of the state database (with its write-ahead log).
    pub db_bytes: u64,
}

/// Creates the memory's tables; called from [`Store::open`].
pub(super) fn create_tables(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS memory (
             id INTEGER PRIMARY KEY,
             src_lang TEXT NOT NULL, tgt_lang TEXT NOT NULL,
             src TEXT NOT NULL, tgt TEXT NOT NULL,
             source TEXT NOT NULL, norm TEXT NOT NULL, target TEXT NOT NULL,
             document TEXT NOT NULL, created TEXT NOT NULL, tokens BLOB NOT NULL,
             UNIQUE (src_lang, tgt_lang, norm, target));
         CREATE INDEX IF NOT EXISTS memory_exact ON memory (src, tgt, norm, created);
         CREATE TABLE IF NOT EXISTS memory_word (
             id INTEGER PRIMARY KEY, lang TEXT NOT NULL, word TEXT NOT NULL,
             df INTEGER NOT NULL, UNIQUE (lang, word));
         CREATE TABLE IF NOT EXISTS memory_posting (
             word INTEGER NOT NULL, len INTEGER NOT NULL, pair INTEGER NOT NULL,
             PRIMARY KEY (word, len, pair)) WITHOUT ROWID;",
    )
}

/// The form sources are compared in: NFC, white space collapsed, ends trimmed.
pub fn normalise(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    crate::doc::collapse_whitespace(&nfc)
}

/// The primary subtag of a language code, lower case: `id-ID` -> `id`, `EN_gb` -> `en`.
pub fn base_lang(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// A language code as stored: lower case, `_` as `-`.
fn full_lang(lang: &str) -> String {
    lang.trim().replace('_', "-").to_ascii_lowercase()
}

/// One token of a normalised source: the lower-case text, and whether it is a word (indexed)
/// rather than a punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    text: String,
    word: bool,
}

/// The tokens of a normalised source (see the module docs).
fn tokens(norm: &str) -> Vec<Token> {
    let chars: Vec<char> = norm.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() {
            let start = i;
            i += 1;
            while i < chars.len() {
                if chars[i].is_alphanumeric() {
                    i += 1;
                } else if matches!(chars[i], '.' | ',' | '-' | '\'' | '’' | '/')
                    && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())
                {
                    i += 2;
                } else {
                    break;
                }
            }
            let text: String = chars[start..i].iter().collect::<String>().to_lowercase();
            out.push(Token { text, word: true });
        } else {
            out.push(Token {
                text: c.to_lowercase().collect(),
                word: false,
            });
            i += 1;
        }
    }
    out
}

/// Edit distance between two token-id sequences (whole tokens inserted, deleted, replaced).
fn edit_distance(a: &[i64], b: &[i64]) -> usize {
    let (a, b) = if a.len() < b.len() { (b, a) } else { (a, b) };
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let next = (diag + usize::from(x != y))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The score of a stored source against a query, both as token ids (see the module docs);
/// `same` says whether the normalised texts are identical.
fn score(query: &[i64], stored: &[i64], same: bool) -> u8 {
    if same {
        return 100;
    }
    let longest = query.len().max(stored.len());
    if longest == 0 {
        return 0;
    }
    let d = edit_distance(query, stored);
    let s = (100 * (longest - d) / longest) as u8;
    s.min(99)
}

fn encode_ids(ids: &[i64]) -> Vec<u8> {
    ids.iter().flat_map(|&i| (i as u32).to_le_bytes()).collect()
}

fn decode_ids(blob: &[u8]) -> Vec<i64> {
    blob.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as i64)
        .collect()
}

/// The id of `word` in `lang`, creating it (with document frequency 0) when missing.
fn word_id(tx: &Connection, lang: &str, word: &str) -> rusqlite::Result<i64> {
    if let Some(id) = tx
        .prepare_cached("SELECT id FROM memory_word WHERE lang=?1 AND word=?2")?
        .query_row(params![lang, word], |r| r.get(0))
        .optional()?
    {
        return Ok(id);
    }
    tx.prepare_cached("INSERT INTO memory_word (lang, word, df) VALUES (?1, ?2, 0)")?
        .execute(params![lang, word])?;
    Ok(tx.last_insert_rowid())
}

/// Which of two RFC 3339 UTC times is later; they sort as text.
fn later(a: &str, b: &str) -> bool {
    a > b
}

impl Store {
    /// Stores approved pairs for `from` -> `to` in one transaction and returns how many were
    /// new. A pair whose normalised source and target are already stored is not duplicated:
    /// its document and time are updated when the new pair is more recent.
    pub fn memory_add(
        &self,
        from: &str,
        to: &str,
        pairs: &[MemoryPair],
    ) -> Result<usize, StoreError> {
        let (src_lang, tgt_lang) = (full_lang(from), full_lang(to));
        let (src, tgt) = (base_lang(from), base_lang(to));
        let now = rfc3339_now();
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        let err = |source| StoreError::Sqlite {
            path: self.path.clone(),
            source,
        };
        // Immediate: take the write lock first, so two runs queue on the busy timeout instead
        // of one failing when it upgrades a read transaction the other has outdated.
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let mut added = 0;
        for pair in pairs {
            let norm = normalise(&pair.source);
            if norm.is_empty() {
                continue;
            }
            let created = pair.created.clone().unwrap_or_else(|| now.clone());
            let existing: Option<(i64, String)> = tx
                .prepare_cached(
                    "SELECT id, created FROM memory
                     WHERE src_lang=?1 AND tgt_lang=?2 AND norm=?3 AND target=?4",
                )
                .and_then(|mut s| {
                    s.query_row(params![src_lang, tgt_lang, norm, pair.target], |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })
                    .optional()
                })
                .map_err(err)?;
            if let Some((id, old)) = existing {
                if later(&created, &old) {
                    tx.prepare_cached(
                        "UPDATE memory SET source=?2, document=?3, created=?4 WHERE id=?1",
                    )
                    .and_then(|mut s| s.execute(params![id, pair.source, pair.document, created]))
                    .map_err(err)?;
                }
                continue;
            }
            let toks = tokens(&norm);
            let mut ids = Vec::with_capacity(toks.len());
            for t in &toks {
                ids.push(word_id(&tx, &src, &t.text).map_err(err)?);
            }
            tx.prepare_cached(
                "INSERT INTO memory (src_lang, tgt_lang, src, tgt, source, norm, target,
                 document, created, tokens) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    src_lang,
                    tgt_lang,
                    src,
                    tgt,
                    pair.source,
                    norm,
                    pair.target,
                    pair.document,
                    created,
                    encode_ids(&ids)
                ])
            })
            .map_err(err)?;
            let id = tx.last_insert_rowid();
            let mut words: Vec<i64> = toks
                .iter()
                .zip(&ids)
                .filter(|(t, _)| t.word)
                .map(|(_, &i)| i)
                .collect();
            words.sort_unstable();
            words.dedup();
            for w in words {
                tx.prepare_cached("UPDATE memory_word SET df = df + 1 WHERE id=?1")
                    .and_then(|mut s| s.execute([w]))
                    .map_err(err)?;
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO memory_posting (word, len, pair) VALUES (?1, ?2, ?3)",
                )
                .and_then(|mut s| s.execute(params![w, ids.len() as i64, id]))
                .map_err(err)?;
            }
            added += 1;
        }
        tx.commit().map_err(err)?;
        Ok(added)
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
        let norm = normalise(source);
        self.with(|c| {
            c.prepare_cached(
                "SELECT source, target, document, created FROM memory
                 WHERE src=?1 AND tgt=?2 AND norm=?3 ORDER BY created DESC, id DESC LIMIT 1",
            )?
            .query_row(params![base_lang(from), base_lang(to), norm], |r| {
                Ok(MemoryPair {
                    source: r.get(0)?,
                    target: r.get(1)?,
                    document: r.get(2)?,
                    created: r.get(3)?,
                })
            })
            .optional()
        })
    }

    /// Stored pairs whose source scores at least `min_score` (0-100, see the module docs)
    /// against `source`, best first (then most recent), at most `limit`, one per distinct
    /// stored source and target.
    pub fn memory_fuzzy(
        &self,
        from: &str,
        to: &str,
        source: &str,
        min_score: u8,
        limit: usize,
    ) -> Result<Vec<MemoryMatch>, StoreError> {
        let norm = normalise(source);
        let toks = tokens(&norm);
        if toks.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let (src, tgt) = (base_lang(from), base_lang(to));
        let t = usize::from(min_score.clamp(1, 100));
        self.with(|c| {
            // Token ids; a word never stored gets an id no stored token has.
            let mut ids = Vec::with_capacity(toks.len());
            let mut words: Vec<(i64, i64)> = Vec::new(); // (df, id) of the distinct words
            let mut lookup =
                c.prepare_cached("SELECT id, df FROM memory_word WHERE lang=?1 AND word=?2")?;
            for (i, tok) in toks.iter().enumerate() {
                let found: Option<(i64, i64)> = lookup
                    .query_row(params![src, tok.text], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?;
                match found {
                    Some((id, df)) => {
                        ids.push(id);
                        if tok.word && !words.iter().any(|w| w.1 == id) {
                            words.push((df, id));
                        }
                    }
                    None => ids.push(-1 - i as i64),
                }
            }
            let n = ids.len();
            // Distinct query words missing from an unknown word count against every stored
            // pair, so they shrink the prefix: d edits allowed, unknown words use some.
            let unknown = toks
                .iter()
                .zip(&ids)
                .filter(|(t, &id)| t.word && id < 0)
                .count();
            let max_edits = n * (100 - t) / t;
            if unknown > max_edits {
                return Ok(Vec::new());
            }
            words.sort_unstable();
            let prefix = (max_edits - unknown + 1).min(words.len());
            let (min_len, max_len) = ((n * t).div_ceil(100), n * 100 / t);
            let mut shared: HashMap<i64, u32> = HashMap::new();
            let mut postings = c.prepare_cached(
                "SELECT pair FROM memory_posting WHERE word=?1 AND len BETWEEN ?2 AND ?3",
            )?;
            for &(_, word) in &words[..prefix] {
                let rows = postings
                    .query_map(params![word, min_len as i64, max_len as i64], |r| {
                        r.get::<_, i64>(0)
                    })?;
                for pair in rows {
                    *shared.entry(pair?).or_default() += 1;
                }
            }
            let mut candidates: Vec<(i64, u32)> = shared.into_iter().collect();
            // Most shared rare words first; then the newest pair.
            candidates.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
            candidates.truncate(MAX_VERIFIED);
            let mut fetch = c.prepare_cached(
                "SELECT tgt, norm, tokens, source, target, document, created
                 FROM memory WHERE id=?1",
            )?;
            let mut found: Vec<(u8, String, MemoryMatch)> = Vec::new();
            for (pair, _) in candidates {
                let row = fetch
                    .query_row([pair], |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, Vec<u8>>(2)?,
                            r.get::<_, String>(3)?,
                            r.get::<_, String>(4)?,
                            r.get::<_, String>(5)?,
                            r.get::<_, String>(6)?,
                        ))
                    })
                    .optional()?;
                let Some((pair_tgt, pair_norm, blob, source, target, document, created)) = row
                else {
                    continue;
                };
                if pair_tgt != tgt {
                    continue;
                }
                let s = score(&ids, &decode_ids(&blob), pair_norm == norm);
                if usize::from(s) >= t {
                    found.push((
                        s,
                        created,
                        MemoryMatch {
                            score: s,
                            source,
                            target,
                            document,
                        },
                    ));
                }
            }
            found.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
            let mut out: Vec<MemoryMatch> = Vec::new();
            for (_, _, m) in found {
                if out.len() == limit {
                    break;
                }
                if !out
                    .iter()
                    .any(|o| o.source == m.source && o.target == m.target)
                {
                    out.push(m);
                }
            }
            Ok(out)
        })
    }

    /// Every stored pair as `(from, to, pair)`, optionally only one source and/or target
    /// language (matched on the primary subtag), in the order they were first stored.
    pub fn memory_pairs(
        &self,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<(String, String, MemoryPair)>, StoreError> {
        let from = from.map(base_lang);
        let to = to.map(base_lang);
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT src_lang, tgt_lang, source, target, document, created FROM memory
                 WHERE (?1 IS NULL OR src=?1) AND (?2 IS NULL OR tgt=?2) ORDER BY id",
            )?;
            let rows = stmt.query_map(params![from, to], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    MemoryPair {
                        source: r.get(2)?,
                        target: r.get(3)?,
                        document: r.get(4)?,
                        created: r.get(5)?,
                    },
                ))
            })?;
            rows.collect()
        })
    }

    /// Counts: pairs, per language pair, documents, indexed words, oldest and newest, size.
    pub fn memory_stats(&self) -> Result<MemoryStats, StoreError> {
        let mut stats = self.with(|c| {
            let (pairs, documents, oldest, newest) = c.query_row(
                "SELECT COUNT(*), COUNT(DISTINCT document), MIN(created), MAX(created) FROM memory",
                [],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)? as u64,
                        r.get::<_, i64>(1)? as u64,
                        r.get(2)?,
                        r.get(3)?,
                    ))
                },
            )?;
            let words = c.query_row("SELECT COUNT(*) FROM memory_word WHERE df > 0", [], |r| {
                r.get::<_, i64>(0)
            })? as u64;
            let mut stmt = c.prepare(
                "SELECT src_lang, tgt_lang, COUNT(*) FROM memory GROUP BY src_lang, tgt_lang
                 ORDER BY COUNT(*) DESC, src_lang, tgt_lang",
            )?;
            let languages = stmt
                .query_map([], |r| {
                    Ok(LanguagePairCount {
                        from: r.get(0)?,
                        to: r.get(1)?,
                        pairs: r.get::<_, i64>(2)? as u64,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(MemoryStats {
                pairs,
                languages,
                documents,
                words,
                oldest,
                newest,
                db_bytes: 0,
            })
        })?;
        let size = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        stats.db_bytes = size(&self.path) + size(std::path::Path::new(&wal));
        Ok(stats)
    }
}

/// Now as RFC 3339 UTC, to the second: `2026-11-26T04:03:53Z`.
pub fn rfc3339_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    rfc3339_from_unix(secs)
}

/// A Unix time in seconds as RFC 3339 UTC.
pub fn rfc3339_from_unix(secs: i64) -> String {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_numbers_and_reduplication_whole() {
        let t: Vec<String> = tokens(&normalise(
            "Sebanyak 9.000  tentara, menteri-menteri (Rp20,3).",
        ))
        .into_iter()
        .map(|t| t.text)
        .collect();
        assert_eq!(
            t,
            [
                "sebanyak",
                "9.000",
                "tentara",
                ",",
                "menteri-menteri",
                "(",
                "rp20,3",
                ")",
                "."
            ]
        );
    }

    #[test]
    fn score_is_word_edit_similarity() {
        assert_eq!(edit_distance(&[1, 2, 3, 4], &[1, 5, 3, 4]), 1);
        assert_eq!(edit_distance(&[1, 2, 3, 4], &[2, 3, 4]), 1);
        assert_eq!(edit_distance(&[], &[1, 2]), 2);
        assert_eq!(score(&[1, 2, 3, 4], &[1, 5, 3, 4], false), 75);
        assert_eq!(score(&[1, 2, 3, 4], &[1, 2, 3, 4], false), 99);
        assert_eq!(score(&[1, 2, 3, 4], &[1, 2, 3, 4], true), 100);
    }

    #[test]
    fn rfc3339_dates() {
        assert_eq!(rfc3339_from_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_from_unix(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339_from_unix(1_795_665_833), "2026-11-26T04:03:53Z");
    }
}
