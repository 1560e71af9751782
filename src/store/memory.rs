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
//! postings are read, in that length band. The next rarest words' postings (up to
//! [`EXTRA_POSTINGS`]) are read too, only to count how many query words each candidate holds:
//! a candidate lacking more words than the score allows edits is dropped unread, and the rest
//! are verified most words shared first, then nearest in length (at most [`MAX_VERIFIED`]),
//! each scored on its token ids, kept in a narrow table of their own so that reading them
//! touches few pages. The cap keeps a lookup fast in any memory; the price is that when more
//! than [`MAX_VERIFIED`] candidates tie on words and length, a qualifying one can be missed
//! (the benchmark counts how often: `cargo bench --bench memory`).

use super::sqlite::Sqlite;
use super::StoreError;
use crate::doc::MemoryMatch;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Candidates verified with the real score per fuzzy lookup, best-sharing first; bounds the
/// lookup time however many stored pairs share a query's rare words.
pub const MAX_VERIFIED: usize = 250;

/// Postings read beyond the prefix per fuzzy lookup (estimated from each word's frequency and
/// the share of stored pairs in the query's length band), to rank and filter candidates.
pub const EXTRA_POSTINGS: i64 = 10_000;

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

/// Maps the database into memory for reading (fuzzy lookups read a few hundred scattered
/// rows; through `mmap` a page costs no system call); called from [`Store::open`] on every
/// connection.
pub(super) fn map(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "mmap_size", 1i64 << 30)
}

/// Creates the memory's tables; called from [`Store::open`].
pub(super) fn create(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS memory (
             id INTEGER PRIMARY KEY,
             src_lang TEXT NOT NULL, tgt_lang TEXT NOT NULL,
             src TEXT NOT NULL, tgt TEXT NOT NULL, norm_hash INTEGER NOT NULL,
             source TEXT NOT NULL, target TEXT NOT NULL,
             document TEXT NOT NULL, created TEXT NOT NULL);
         CREATE INDEX IF NOT EXISTS memory_exact ON memory (src, tgt, norm_hash);
         CREATE TABLE IF NOT EXISTS memory_length (
             lang TEXT NOT NULL, len INTEGER NOT NULL, pairs INTEGER NOT NULL,
             PRIMARY KEY (lang, len)) WITHOUT ROWID;
         CREATE TABLE IF NOT EXISTS memory_tokens (
             id INTEGER PRIMARY KEY, tgt TEXT NOT NULL, tokens BLOB NOT NULL);
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

/// A 64-bit hash of a normalised source: the exact-match index holds this rather than the
/// text, which keeps it small; rows found by it are compared on the text.
pub(super) fn norm_hash(norm: &str) -> i64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(norm.as_bytes());
    i64::from_le_bytes(digest[..8].try_into().unwrap_or_default())
}

/// A language filter of `memory_pairs`: the primary subtag, and the full code when a region
/// was given (`None` when only the base was: then every region matches).
pub(super) fn lang_filter(lang: Option<&str>) -> (Option<String>, Option<String>) {
    match lang {
        Some(l) => {
            let (full, base) = (full_lang(l), base_lang(l));
            let full = (full != base).then_some(full);
            (Some(base), full)
        }
        None => (None, None),
    }
}

/// A language code as stored: lower case, `_` as `-`.
pub(super) fn full_lang(lang: &str) -> String {
    lang.trim().replace('_', "-").to_ascii_lowercase()
}

/// One token of a normalised source: the lower-case text, and whether it is a word (indexed)
/// rather than a punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token {
    pub(super) text: String,
    pub(super) word: bool,
}

/// The tokens of a normalised source (see the module docs).
pub(super) fn tokens(norm: &str) -> Vec<Token> {
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

/// The fuzzy score (0-100, see the module docs) of `stored` against `query`, as
/// [`crate::store::Store::memory_fuzzy`] computes it.
pub fn similarity(query: &str, stored: &str) -> u8 {
    let (q, s) = (normalise(query), normalise(stored));
    let mut interned: HashMap<String, i64> = HashMap::new();
    let mut ids = |text: &str| -> Vec<i64> {
        tokens(text)
            .into_iter()
            .map(|t| {
                let next = interned.len() as i64;
                *interned.entry(t.text).or_insert(next)
            })
            .collect()
    };
    let (qi, si) = (ids(&q), ids(&s));
    score(&qi, &si, q == s)
}

pub(super) fn encode_ids(ids: &[i64]) -> Vec<u8> {
    ids.iter().flat_map(|&i| (i as u32).to_le_bytes()).collect()
}

pub(super) fn decode_ids(blob: &[u8]) -> Vec<i64> {
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

/// What the fuzzy lookup reads from a store's index tables (see the module docs); the
/// SQLite and PostgreSQL stores implement it over the same tables, so one algorithm serves
/// both. Methods that take many ids answer in one round trip where the store can.
/// What a fuzzy lookup reads: the query's known words as `(document frequency, id)`, rarest
/// first, of which the first `prefix` give candidates; the length band; the query's length
/// `n`, threshold `t` and count of unknown words.
pub(super) struct Plan {
    pub(super) words: Vec<(i64, i64)>,
    pub(super) prefix: usize,
    pub(super) share: f64,
    pub(super) min_len: i64,
    pub(super) max_len: i64,
    pub(super) n: usize,
    pub(super) t: usize,
    pub(super) unknown: usize,
}

/// Token rows by pair: the target language and the encoded token ids.
pub(super) type TokenRows = HashMap<i64, (String, Vec<u8>)>;

pub(super) trait Index {
    /// The store's error.
    type Error;
    /// `(id, document frequency)` of each of `words` known in `lang`.
    fn words(
        &mut self,
        lang: &str,
        words: &[&str],
    ) -> Result<HashMap<String, (i64, i64)>, Self::Error>;
    /// Stored pairs of `lang` whose length lies in `[min, max]`, and all stored pairs of `lang`.
    fn band(&mut self, lang: &str, min: i64, max: i64) -> Result<(i64, i64), Self::Error>;
    /// `(pair, length)` of the pairs holding `word` with a length in `[min, max]`.
    fn postings(&mut self, word: i64, min: i64, max: i64) -> Result<Vec<(i64, i64)>, Self::Error>;
    /// The target language and encoded token ids of each of `pairs`.
    fn tokens(&mut self, pairs: &[i64]) -> Result<TokenRows, Self::Error>;
    /// Source, target and document of each of `pairs` (score 0).
    fn rows(&mut self, pairs: &[i64]) -> Result<HashMap<i64, MemoryMatch>, Self::Error>;
    /// The pairs worth verifying, best first, at most [`MAX_VERIFIED`] (see the module
    /// docs): postings of the prefix words give candidates, the next rarest words' (up to a
    /// budget) only count; candidates lacking more words than the score allows are dropped.
    fn candidates(&mut self, plan: &Plan) -> Result<Vec<i64>, Self::Error> {
        let Plan {
            prefix,
            share,
            min_len,
            max_len,
            n,
            t,
            unknown,
            ..
        } = *plan;
        // pair -> (query words it holds among those read, its length).
        let mut shared: HashMap<i64, (usize, usize)> = HashMap::new();
        let mut read = 0;
        let mut budget = EXTRA_POSTINGS as f64;
        // What was really read: words that go with the length band read more than guessed.
        let mut extra_rows = 0;
        for (i, &(df, word)) in plan.words.iter().enumerate() {
            if i >= prefix {
                let estimate = df as f64 * share;
                if estimate > budget || extra_rows >= EXTRA_POSTINGS {
                    break;
                }
                budget -= estimate;
            }
            read += 1;
            for (pair, len) in self.postings(word, min_len, max_len)? {
                if i < prefix {
                    shared.entry(pair).or_insert((0, len as usize)).0 += 1;
                } else {
                    extra_rows += 1;
                    if let Some(e) = shared.get_mut(&pair) {
                        e.0 += 1;
                    }
                }
            }
        }
        let mut candidates: Vec<(i64, usize, usize)> = shared
            .into_iter()
            .map(|(p, (k, len))| (p, k, len))
            // Each word read that a pair lacks, and each unknown word, costs an edit, and
            // so does each token of difference in length: too many, and it cannot score.
            .filter(|&(_, k, m)| {
                let allowed = n.max(m) * (100 - t) / 100;
                ((read - k) + unknown).max(n.abs_diff(m)) <= allowed
            })
            .collect();
        // Most query words first, then the length nearest the query's, then the most
        // recently stored.
        candidates.sort_unstable_by(|a, b| {
            b.1.cmp(&a.1)
                .then(a.2.abs_diff(n).cmp(&b.2.abs_diff(n)))
                .then(b.0.cmp(&a.0))
        });
        candidates.truncate(MAX_VERIFIED);
        Ok(candidates.into_iter().map(|c| c.0).collect())
    }
}

/// The fuzzy lookup over an [`Index`] (see the module docs and [`Store::memory_fuzzy`]).
pub(super) fn fuzzy<I: Index>(
    ix: &mut I,
    from: &str,
    to: &str,
    source: &str,
    min_score: u8,
    limit: usize,
) -> Result<Vec<MemoryMatch>, I::Error> {
    let norm = normalise(source);
    let toks = tokens(&norm);
    if toks.is_empty() || limit == 0 {
        return Ok(Vec::new());
    }
    let (src, tgt) = (base_lang(from), base_lang(to));
    let t = usize::from(min_score.clamp(1, 100));
    // Token ids; a word never stored gets an id no stored token has.
    let mut distinct: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let known = ix.words(&src, &distinct)?;
    let mut ids = Vec::with_capacity(toks.len());
    let mut words: Vec<(i64, i64)> = Vec::new(); // (df, id) of the distinct words
    for (i, tok) in toks.iter().enumerate() {
        match known.get(&tok.text) {
            Some(&(id, df)) => {
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
    let (min_len, max_len) = ((n * t).div_ceil(100) as i64, (n * 100 / t) as i64);
    // A word's postings in the length band are estimated from its frequency and the share
    // of stored pairs in the band.
    let (in_band, all) = ix.band(&src, min_len, max_len)?;
    let plan = Plan {
        words,
        prefix,
        share: in_band as f64 / all.max(1) as f64,
        min_len,
        max_len,
        n,
        t,
        unknown,
    };
    let order = ix.candidates(&plan)?;
    let stored_tokens = ix.tokens(&order)?;
    // Same tokens: 100 only if the text is the same, case included, so read those rows.
    let same: Vec<i64> = order
        .iter()
        .copied()
        .filter(|p| {
            stored_tokens
                .get(p)
                .is_some_and(|(l, blob)| *l == tgt && decode_ids(blob) == ids)
        })
        .collect();
    let mut rows = ix.rows(&same)?;
    // (score, pair)
    let mut scored: Vec<(u8, i64)> = Vec::new();
    for pair in order {
        let Some((pair_tgt, blob)) = stored_tokens.get(&pair) else {
            continue;
        };
        if *pair_tgt != tgt {
            continue;
        }
        let stored = decode_ids(blob);
        if stored == ids {
            let text_same = rows
                .get(&pair)
                .is_some_and(|m| normalise(&m.source) == norm);
            scored.push((score(&ids, &stored, text_same), pair));
        } else {
            let s = score(&ids, &stored, false);
            if usize::from(s) >= t {
                scored.push((s, pair));
            }
        }
    }
    scored.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let mut out: Vec<MemoryMatch> = Vec::new();
    // Rows are read a few more than asked for at a time: duplicates are skipped.
    for chunk in scored.chunks(limit + 4) {
        let missing: Vec<i64> = chunk
            .iter()
            .map(|c| c.1)
            .filter(|p| !rows.contains_key(p))
            .collect();
        rows.extend(ix.rows(&missing)?);
        for &(score, pair) in chunk {
            if out.len() == limit {
                return Ok(out);
            }
            let Some(m) = rows.get(&pair) else { continue };
            if !out
                .iter()
                .any(|o| o.source == m.source && o.target == m.target)
            {
                out.push(MemoryMatch { score, ..m.clone() });
            }
        }
    }
    Ok(out)
}

/// The SQLite store's [`Index`]: prepared statements, one row at a time (no round trips).
struct SqliteIndex<'a>(&'a Connection);

impl Index for SqliteIndex<'_> {
    type Error = rusqlite::Error;

    fn words(
        &mut self,
        lang: &str,
        words: &[&str],
    ) -> rusqlite::Result<HashMap<String, (i64, i64)>> {
        let mut lookup = self
            .0
            .prepare_cached("SELECT id, df FROM memory_word WHERE lang=?1 AND word=?2")?;
        let mut out = HashMap::new();
        for w in words {
            if let Some(found) = lookup
                .query_row(params![lang, w], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
            {
                out.insert(w.to_string(), found);
            }
        }
        Ok(out)
    }

    fn band(&mut self, lang: &str, min: i64, max: i64) -> rusqlite::Result<(i64, i64)> {
        self.0
            .prepare_cached(
                "SELECT COALESCE(SUM(CASE WHEN len BETWEEN ?2 AND ?3 THEN pairs END), 0),
                 COALESCE(SUM(pairs), 0) FROM memory_length WHERE lang=?1",
            )?
            .query_row(params![lang, min, max], |r| Ok((r.get(0)?, r.get(1)?)))
    }

    fn postings(&mut self, word: i64, min: i64, max: i64) -> rusqlite::Result<Vec<(i64, i64)>> {
        let mut stmt = self.0.prepare_cached(
            "SELECT pair, len FROM memory_posting WHERE word=?1 AND len BETWEEN ?2 AND ?3",
        )?;
        let rows = stmt.query_map(params![word, min, max], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    }

    fn tokens(&mut self, pairs: &[i64]) -> rusqlite::Result<TokenRows> {
        let mut stmt = self
            .0
            .prepare_cached("SELECT tgt, tokens FROM memory_tokens WHERE id=?1")?;
        let mut out = HashMap::new();
        for &p in pairs {
            if let Some(row) = stmt
                .query_row([p], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
            {
                out.insert(p, row);
            }
        }
        Ok(out)
    }

    fn rows(&mut self, pairs: &[i64]) -> rusqlite::Result<HashMap<i64, MemoryMatch>> {
        let mut stmt = self
            .0
            .prepare_cached("SELECT source, target, document FROM memory WHERE id=?1")?;
        let mut out = HashMap::new();
        for &p in pairs {
            if let Some(m) = stmt
                .query_row([p], |r| {
                    Ok(MemoryMatch {
                        score: 0,
                        source: r.get(0)?,
                        target: r.get(1)?,
                        document: r.get(2)?,
                    })
                })
                .optional()?
            {
                out.insert(p, m);
            }
        }
        Ok(out)
    }
}

/// Which of two RFC 3339 UTC times is later; they sort as text.
pub(super) fn later(a: &str, b: &str) -> bool {
    a > b
}

impl Sqlite {
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
        // Word ids seen in this call, and how many new pairs each word is in: one look-up and
        // one frequency update per distinct word, not per occurrence.
        let mut word_ids: HashMap<String, i64> = HashMap::new();
        let mut df: HashMap<i64, i64> = HashMap::new();
        let mut lengths: HashMap<i64, i64> = HashMap::new();
        for pair in pairs {
            let norm = normalise(&pair.source);
            if norm.is_empty() {
                continue;
            }
            let created = pair.created.clone().unwrap_or_else(|| now.clone());
            let hash = norm_hash(&norm);
            let existing: Option<(i64, String)> = tx
                .prepare_cached(
                    "SELECT id, created, source FROM memory WHERE src=?1 AND tgt=?2
                     AND norm_hash=?3 AND src_lang=?4 AND tgt_lang=?5 AND target=?6",
                )
                .and_then(|mut s| {
                    let rows = s.query_map(
                        params![src, tgt, hash, src_lang, tgt_lang, pair.target],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, String>(2)?)),
                    )?;
                    for row in rows {
                        let (id, created, source) = row?;
                        if normalise(&source) == norm {
                            return Ok(Some((id, created)));
                        }
                    }
                    Ok(None)
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
                let id = match word_ids.get(&t.text) {
                    Some(&id) => id,
                    None => {
                        let id = word_id(&tx, &src, &t.text).map_err(err)?;
                        word_ids.insert(t.text.clone(), id);
                        id
                    }
                };
                ids.push(id);
            }
            tx.prepare_cached(
                "INSERT INTO memory (src_lang, tgt_lang, src, tgt, norm_hash, source, target,
                 document, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    src_lang,
                    tgt_lang,
                    src,
                    tgt,
                    hash,
                    pair.source,
                    pair.target,
                    pair.document,
                    created,
                ])
            })
            .map_err(err)?;
            let id = tx.last_insert_rowid();
            *lengths.entry(ids.len() as i64).or_default() += 1;
            // The tokens apart from the text: fuzzy lookups read only these, densely packed.
            tx.prepare_cached("INSERT INTO memory_tokens (id, tgt, tokens) VALUES (?1, ?2, ?3)")
                .and_then(|mut s| s.execute(params![id, tgt, encode_ids(&ids)]))
                .map_err(err)?;
            let mut words: Vec<i64> = toks
                .iter()
                .zip(&ids)
                .filter(|(t, _)| t.word)
                .map(|(_, &i)| i)
                .collect();
            words.sort_unstable();
            words.dedup();
            for w in words {
                *df.entry(w).or_default() += 1;
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO memory_posting (word, len, pair) VALUES (?1, ?2, ?3)",
                )
                .and_then(|mut s| s.execute(params![w, ids.len() as i64, id]))
                .map_err(err)?;
            }
            added += 1;
        }
        for (w, n) in df {
            tx.prepare_cached("UPDATE memory_word SET df = df + ?2 WHERE id=?1")
                .and_then(|mut s| s.execute([w, n]))
                .map_err(err)?;
        }
        for (len, n) in lengths {
            tx.prepare_cached(
                "INSERT INTO memory_length (lang, len, pairs) VALUES (?1, ?2, ?3)
                 ON CONFLICT (lang, len) DO UPDATE SET pairs = pairs + ?3",
            )
            .and_then(|mut s| s.execute(params![src, len, n]))
            .map_err(err)?;
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
            let mut stmt = c.prepare_cached(
                "SELECT source, target, document, created FROM memory
                 WHERE src=?1 AND tgt=?2 AND norm_hash=?3 ORDER BY created DESC, id DESC",
            )?;
            let rows = stmt.query_map(
                params![base_lang(from), base_lang(to), norm_hash(&norm)],
                |r| {
                    Ok(MemoryPair {
                        source: r.get(0)?,
                        target: r.get(1)?,
                        document: r.get(2)?,
                        created: r.get(3)?,
                    })
                },
            )?;
            for row in rows {
                let pair = row?;
                if normalise(&pair.source) == norm {
                    return Ok(Some(pair));
                }
            }
            Ok(None)
        })
    }

    /// Stored pairs whose source scores at least `min_score` (0-100, see the module docs)
    /// against `source`, best first (then the most recently stored), at most `limit`, one per
    /// distinct stored source and target.
    pub fn memory_fuzzy(
        &self,
        from: &str,
        to: &str,
        source: &str,
        min_score: u8,
        limit: usize,
    ) -> Result<Vec<MemoryMatch>, StoreError> {
        self.with(|c| fuzzy(&mut SqliteIndex(c), from, to, source, min_score, limit))
    }

    /// Every stored pair as `(from, to, pair)`, optionally only one source and/or target
    /// language, in the order they were first stored. A bare language (`en`) takes all its
    /// regions (`en-GB`, `en-US`); a code with a region takes only that region.
    pub fn memory_pairs(
        &self,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<(String, String, MemoryPair)>, StoreError> {
        let (from_base, from_full) = lang_filter(from);
        let (to_base, to_full) = lang_filter(to);
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT src_lang, tgt_lang, source, target, document, created FROM memory
                 WHERE (?1 IS NULL OR src=?1) AND (?2 IS NULL OR src_lang=?2)
                 AND (?3 IS NULL OR tgt=?3) AND (?4 IS NULL OR tgt_lang=?4) ORDER BY id",
            )?;
            let rows = stmt.query_map(params![from_base, from_full, to_base, to_full], |r| {
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

    /// Whether no pair is stored at all.
    pub fn memory_is_empty(&self) -> Result<bool, StoreError> {
        self.with(|c| c.query_row("SELECT NOT EXISTS (SELECT 1 FROM memory)", [], |r| r.get(0)))
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
        stats.db_bytes = self.bytes();
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
