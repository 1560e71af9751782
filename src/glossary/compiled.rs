//! The compiled glossary: a loaded [`Glossary`] (entries, term keys, matcher) written to
//! bytes in the state folder and read back by the next run whose glossary files are the same,
//! so that a run does not parse, check and index a thousand rows again (three quarters of the
//! start-up of an offline translation; see docs/measurements.md).
//!
//! The file is named by nothing but its place (`.translate/glossary.bin`) and says inside what
//! it was compiled from: a 128-bit hash of every layer's name and text and the spelling, and the
//! identity of the program that wrote it (a changed parser or matcher must not read an older
//! layout as its own). It is never trusted blindly: a file whose key differs, whose checksum
//! fails, or whose contents do not hold together (an index out of range, a string that is not
//! UTF-8, a length past the end) is ignored, and the glossary is loaded from its files and
//! compiled again. Only a glossary without errors is compiled: errors are reported from the
//! files on every run, as before. Entries are read lazily: their strings stay in one text and
//! an [`Entry`] is made at its first use, but every record is checked when the file is read.

use super::{Entry, Flags, Glossary, Matcher, SortedKeys, Source, Spelling};
use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

/// The file in the state folder.
pub const FILE_NAME: &str = "glossary.bin";

/// Bumped whenever the layout below changes.
const FORMAT: u32 = 4;
const MAGIC: &[u8; 8] = b"TJMGLOS\0";

/// Loads the glossary of `sources` from the compiled file in `dir` when it was compiled from
/// the same files, else from the files (then compiling it into `dir` if `dir` exists and the
/// glossary has no errors). A file that cannot be written only costs the next run the time.
pub fn load(
    sources: &[Source],
    spelling: Spelling,
    dir: &Path,
) -> Result<Glossary, super::GlossaryError> {
    let path = dir.join(FILE_NAME);
    let key = key(sources, spelling);
    if let Some(g) = std::fs::read(&path)
        .ok()
        .and_then(|bytes| decode(&bytes, key))
    {
        return Ok(g);
    }
    let glossary = Glossary::load(sources, spelling)?;
    if dir.is_dir() {
        let _ = crate::fs::write_atomic(&path, &encode(&glossary, key), true);
    }
    Ok(glossary)
}

/// What a compiled glossary was made from: the layers' names and texts, the spelling, and the
/// program (its version, and the size and time of its executable: any rebuild is another
/// program). `None` when the executable cannot be found.
fn key(sources: &[Source], spelling: Spelling) -> Option<u128> {
    let exe = std::env::current_exe().and_then(std::fs::metadata).ok()?;
    let mtime = exe
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    let mut h = Hash::new();
    h.write(env!("CARGO_PKG_VERSION").as_bytes());
    h.write(&exe.len().to_le_bytes());
    h.write(&mtime.as_nanos().to_le_bytes());
    h.write(&[spelling as u8]);
    for src in sources {
        h.write(src.name.as_bytes());
        h.write(src.key.as_bytes());
        h.write(src.text.as_bytes());
    }
    Some(h.finish())
}

/// A fast 128-bit hash (two 64-bit lanes, eight bytes a step), for telling files apart and
/// catching damage, not against an adversary: whoever can write the state folder can write the
/// glossary itself. Each step is a bijection of a lane's state for a given word, so two inputs
/// of one length that differ in a single word never collide; lengths are mixed in.
struct Hash([u64; 2]);

impl Hash {
    const MUL: [u64; 2] = [0x9e37_79b9_7f4a_7c15, 0xc2b2_ae3d_27d4_eb4f];

    fn new() -> Hash {
        Hash([0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7344])
    }

    fn step(&mut self, word: u64) {
        for (lane, mul) in self.0.iter_mut().zip(Self::MUL) {
            *lane = (lane.rotate_left(23) ^ word).wrapping_mul(mul);
        }
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.step(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let mut last = [0u8; 8];
        last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        self.step(u64::from_le_bytes(last));
        self.step(bytes.len() as u64);
    }

    fn finish(mut self) -> u128 {
        self.step(0x5851_f42d_4c95_7f2d);
        (u128::from(self.0[0]) << 64) | u128::from(self.0[1])
    }
}

/// Bytes as they are written: little-endian numbers, strings as length and UTF-8.
#[derive(Default)]
pub(super) struct Writer(Vec<u8>);

impl Writer {
    pub(super) fn u32(&mut self, n: u32) {
        self.0.extend_from_slice(&n.to_le_bytes());
    }

    /// A length or an index (the glossary's are far below 2^32).
    pub(super) fn usize(&mut self, n: usize) {
        self.u32(u32::try_from(n).expect("glossary sizes fit in 32 bits"));
    }

    pub(super) fn bytes(&mut self, b: &[u8]) {
        self.usize(b.len());
        self.0.extend_from_slice(b);
    }

    pub(super) fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    /// `s` as its place in `pool` (start and end), where each distinct string is once.
    fn span<'s>(&mut self, pool: &mut Pool<'s>, s: &'s str) {
        let (start, end) = *pool.at.entry(s).or_insert_with(|| {
            let start = pool.text.len();
            pool.text.push_str(s);
            (start as u32, pool.text.len() as u32)
        });
        self.u32(start);
        self.u32(end);
    }

    fn opt<'s>(&mut self, pool: &mut Pool<'s>, s: Option<&'s str>) {
        match s {
            Some(s) => {
                self.0.push(1);
                self.span(pool, s);
            }
            None => self.0.push(0),
        }
    }

    fn spans<'s>(&mut self, pool: &mut Pool<'s>, v: &'s [String]) {
        self.usize(v.len());
        for s in v {
            self.span(pool, s);
        }
    }
}

/// The text every entry's strings are pieces of, being written.
#[derive(Default)]
struct Pool<'s> {
    text: String,
    at: HashMap<&'s str, (u32, u32)>,
}

/// The little-endian number at `at` in `row`.
pub(super) fn u32_at(row: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([row[at], row[at + 1], row[at + 2], row[at + 3]])
}

/// Reads what [`Writer`] wrote; `None` at the first thing that does not fit.
pub(super) struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    /// The next `n` bytes as they are.
    pub(super) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    pub(super) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    pub(super) fn usize(&mut self) -> Option<usize> {
        self.u32().map(|n| n as usize)
    }

    /// A count of items of at least `min_size` bytes each: refused when the rest of the file
    /// cannot hold them (a damaged count must not allocate gigabytes).
    pub(super) fn count(&mut self, min_size: usize) -> Option<usize> {
        let n = self.usize()?;
        (n.saturating_mul(min_size.max(1)) <= self.bytes.len()).then_some(n)
    }

    pub(super) fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.usize()?;
        self.take(n)
    }

    pub(super) fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes()?).ok()
    }

    /// A piece of `pool` written by [`Writer::span`]; `None` unless it is one (in range, on
    /// character boundaries).
    fn span<'p>(&mut self, pool: &'p str) -> Option<&'p str> {
        let start = self.usize()?;
        let end = self.usize()?;
        pool.get(start..end)
    }

    fn opt<'p>(&mut self, pool: &'p str) -> Option<Option<&'p str>> {
        match self.take(1)?[0] {
            0 => Some(None),
            1 => Some(Some(self.span(pool)?)),
            _ => None,
        }
    }

    /// A count, then that many rows of `size` bytes, each read by `row`.
    pub(super) fn table<T>(&mut self, size: usize, row: impl Fn(&[u8]) -> T) -> Option<Vec<T>> {
        let n = self.count(size)?;
        Some(self.take(n * size)?.chunks_exact(size).map(row).collect())
    }

    /// A list of pieces of `pool`, each checked.
    fn spans<'p>(&mut self, pool: &'p str) -> Option<Spans<'p>>
    where
        'a: 'p,
    {
        let n = self.count(8)?;
        let spans = self.take(n * 8)?;
        let list = Spans { spans, pool };
        list.all_sound().then_some(list)
    }
}

/// The compiled glossary's entries: their strings in one text, each entry a record of places
/// in it, made into an [`Entry`] at its first use. Every record was checked when the file was
/// read (places in range and on character boundaries, records that end where the next
/// begins), so a damaged file is refused then, never found while translating.
#[derive(Debug)]
pub(super) struct Entries {
    pool: Box<str>,
    records: Box<[u8]>,
    /// Where each entry's record starts in `records`.
    starts: Vec<u32>,
    /// The entries made so far (boxed: the empty slots of a large glossary stay a few pages).
    made: Vec<OnceLock<Box<Entry>>>,
    /// All entries, for the callers that want them all (lint, list, export).
    all: OnceLock<Vec<Entry>>,
}

impl Entries {
    pub(super) fn len(&self) -> usize {
        self.starts.len()
    }

    pub(super) fn get(&self, i: usize) -> &Entry {
        if let Some(all) = self.all.get() {
            return &all[i];
        }
        self.made[i].get_or_init(|| Box::new(self.make(i)))
    }

    pub(super) fn all(&self) -> &[Entry] {
        self.all
            .get_or_init(|| (0..self.len()).map(|i| self.make(i)).collect())
    }

    fn make(&self, i: usize) -> Entry {
        self.record(i)
            .expect("every record was checked when the file was read")
            .to_entry()
    }

    /// Entry `i`'s record, read in place; `None` if it does not hold together.
    fn record(&self, i: usize) -> Option<Record<'_>> {
        let start = *self.starts.get(i)? as usize;
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.records.len(), |&e| e as usize);
        let mut r = Reader {
            bytes: self.records.get(start..end)?,
        };
        let pool = &*self.pool;
        let source = r.span(pool)?;
        let target = r.span(pool)?;
        let comment = r.span(pool)?;
        let aliases = r.spans(pool)?;
        let avoid = r.spans(pool)?;
        let us = r.opt(pool)?;
        let adjective = r.opt(pool)?;
        let f = r.take(1)?[0];
        if f > 0b1111 {
            return None;
        }
        let flags = Flags {
            title: f & 1 != 0,
            dnt: f & 2 != 0,
            case_sensitive: f & 4 != 0,
            date: f & 8 != 0,
        };
        let file = r.span(pool)?;
        let line = r.usize()?;
        r.bytes.is_empty().then_some(Record {
            source,
            target,
            comment,
            aliases,
            avoid,
            us,
            adjective,
            flags,
            file,
            line,
        })
    }
}

/// An entry as its record says, its strings still in the pool.
struct Record<'p> {
    source: &'p str,
    target: &'p str,
    comment: &'p str,
    aliases: Spans<'p>,
    avoid: Spans<'p>,
    us: Option<&'p str>,
    adjective: Option<&'p str>,
    flags: Flags,
    file: &'p str,
    line: usize,
}

impl Record<'_> {
    fn to_entry(&self) -> Entry {
        Entry {
            source: self.source.to_string(),
            target: self.target.to_string(),
            comment: self.comment.to_string(),
            aliases: self.aliases.strings(),
            avoid: self.avoid.strings(),
            us: self.us.map(str::to_string),
            adjective: self.adjective.map(str::to_string),
            flags: self.flags.clone(),
            file: self.file.to_string(),
            line: self.line,
        }
    }
}

/// Places in the pool, eight bytes each.
struct Spans<'p> {
    spans: &'p [u8],
    pool: &'p str,
}

impl Spans<'_> {
    fn len(&self) -> usize {
        self.spans.len() / 8
    }

    fn iter(&self) -> impl Iterator<Item = Option<&str>> + '_ {
        self.spans
            .chunks_exact(8)
            .map(|c| self.pool.get(u32_at(c, 0) as usize..u32_at(c, 4) as usize))
    }

    fn all_sound(&self) -> bool {
        self.iter().all(|s| s.is_some())
    }

    /// The strings (a list that is not [`Spans::all_sound`] is never made: a bad place would
    /// be an empty string).
    fn strings(&self) -> Vec<String> {
        self.iter()
            .map(|s| s.unwrap_or_default().to_string())
            .collect()
    }
}

/// The compiled form of `g`, made from the files `key` names.
fn encode(g: &Glossary, key: Option<u128>) -> Vec<u8> {
    let mut w = Writer::default();
    w.str(&g.version);
    w.0.push(g.spelling as u8);
    let mut pool = Pool::default();
    let mut records = Writer::default();
    let mut starts = Vec::new();
    for e in g.entries() {
        starts.push(records.0.len());
        let r = &mut records;
        r.span(&mut pool, &e.source);
        r.span(&mut pool, &e.target);
        r.span(&mut pool, &e.comment);
        r.spans(&mut pool, &e.aliases);
        r.spans(&mut pool, &e.avoid);
        r.opt(&mut pool, e.us.as_deref());
        r.opt(&mut pool, e.adjective.as_deref());
        let f = &e.flags;
        r.0.push(
            u8::from(f.title)
                | u8::from(f.dnt) << 1
                | u8::from(f.case_sensitive) << 2
                | u8::from(f.date) << 3,
        );
        r.span(&mut pool, &e.file);
        r.usize(e.line);
    }
    w.str(&pool.text);
    w.usize(starts.len());
    for s in starts {
        w.usize(s);
    }
    w.bytes(&records.0);
    g.proper.write(&mut w);
    g.by_source.write(&mut w);
    g.matcher.write(&mut w);
    let payload = w.0;
    let mut out = Vec::with_capacity(payload.len() + 48);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&key.unwrap_or(0).to_le_bytes());
    out.extend_from_slice(&checksum(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

fn checksum(payload: &[u8]) -> u128 {
    let mut h = Hash::new();
    h.write(payload);
    h.finish()
}

/// The glossary in `bytes` if they are a sound compiled glossary made from the files `key`
/// names.
fn decode(bytes: &[u8], key: Option<u128>) -> Option<Glossary> {
    let key = key?;
    let header = 8 + 4 + 16 + 16;
    if bytes.len() < header || &bytes[..8] != MAGIC {
        return None;
    }
    let word = |at: usize, n: usize| &bytes[at..at + n];
    if u32::from_le_bytes(word(8, 4).try_into().ok()?) != FORMAT
        || u128::from_le_bytes(word(12, 16).try_into().ok()?) != key
    {
        return None;
    }
    let payload = &bytes[header..];
    if u128::from_le_bytes(word(28, 16).try_into().ok()?) != checksum(payload) {
        return None;
    }
    let mut r = Reader { bytes: payload };
    let version = r.str()?.to_string();
    let spelling = match r.take(1)?[0] {
        0 => Spelling::British,
        1 => Spelling::American,
        _ => return None,
    };
    let pool = r.str()?;
    let starts: Vec<u32> = r.table(4, |c| u32_at(c, 0))?;
    let n = starts.len();
    let records = r.bytes()?;
    let entries = Entries {
        pool: pool.into(),
        records: records.into(),
        starts,
        made: (0..n).map(|_| OnceLock::new()).collect(),
        all: OnceLock::new(),
    };
    // Every record is read now (without making its strings), so that damage is found here.
    let mut forms = Vec::with_capacity(n);
    for i in 0..n {
        forms.push(1 + entries.record(i)?.aliases.len());
    }
    let proper = SortedKeys::read(&mut r, 1)?;
    let by_source = SortedKeys::read(&mut r, n)?;
    let matcher = Matcher::read(&mut r, |e| forms.get(e).copied())?;
    if !r.bytes.is_empty() {
        return None;
    }
    Some(Glossary {
        entries: super::Entries::Compiled(entries),
        matcher,
        spelling,
        proper,
        by_source,
        shared: super::unmade(n),
        forms: Default::default(),
        version,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{builtin_sources, Match};

    fn same(a: &Glossary, b: &Glossary, text: &str) {
        for i in 0..a.entries().len() {
            assert_eq!(a.entry(i), b.entry(i));
        }
        assert_eq!(a.entries(), b.entries());
        assert_eq!(a.version, b.version);
        assert_eq!(a.spelling, b.spelling);
        assert_eq!(a.proper, b.proper);
        assert_eq!(a.by_source, b.by_source);
        assert_eq!(a.backend_terms(), b.backend_terms());
        let found: Vec<Match> = a.find(text);
        assert!(found.len() > 20, "{} matches", found.len());
        assert_eq!(found, b.find(text));
        let mut da = crate::segment::segment("seed", text.to_string());
        let mut db = da.clone();
        a.annotate(&mut da);
        b.annotate(&mut db);
        assert_eq!(da, db);
    }

    fn seed() -> String {
        std::fs::read_to_string("examples/tribunnews-2022-12-03-rusia-belarus.txt")
            .expect("seed article")
            + &std::fs::read_to_string("examples/kompas-2025-06-11-prabowo-aliansi-militer.txt")
                .expect("article")
    }

    #[test]
    fn compiled_glossary_is_the_loaded_one() {
        let text = seed();
        for spelling in [Spelling::British, Spelling::American] {
            let sources = builtin_sources();
            let loaded = Glossary::load(&sources, spelling).expect("shipped glossaries load");
            let k = key(&sources, spelling);
            let bytes = encode(&loaded, k);
            let read = decode(&bytes, k).expect("compiled glossary reads back");
            same(&loaded, &read, &text);
            // Another key (other files, another program) is not read.
            assert!(decode(&bytes, k.map(|k| k ^ 1)).is_none());
        }
    }

    #[test]
    fn damaged_compiled_glossary_is_refused() {
        let sources = builtin_sources();
        let loaded = Glossary::load(&sources, Spelling::British).expect("loads");
        let k = key(&sources, Spelling::British);
        let bytes = encode(&loaded, k);
        for at in [0, 10, 30, 50, bytes.len() / 2, bytes.len() - 1] {
            let mut bad = bytes.clone();
            bad[at] ^= 0x20;
            assert!(decode(&bad, k).is_none(), "byte {at} flipped");
        }
        for len in [0, 20, 44, bytes.len() / 3, bytes.len() - 1] {
            assert!(decode(&bytes[..len], k).is_none(), "cut at {len}");
        }
    }

    /// Entries are made at first use, so the checks a damaged file must fail are made when it
    /// is read: a file damaged under a valid checksum (a bug in a writer, not a disk) is
    /// refused, or else reads as a glossary whose every entry can be made and used.
    #[test]
    fn damage_under_a_valid_checksum_is_found_when_read() {
        let text = seed();
        let sources = builtin_sources();
        let loaded = Glossary::load(&sources, Spelling::British).expect("loads");
        let k = key(&sources, Spelling::British);
        let bytes = encode(&loaded, k);
        let resum = |mut b: Vec<u8>| {
            let sum = checksum(&b[44..]);
            b[28..44].copy_from_slice(&sum.to_le_bytes());
            b
        };
        assert!(decode(&resum(bytes.clone()), k).is_some());
        let (mut refused, mut read) = (0, 0);
        // 150 places spread over the payload (every one of them takes a full read), picked by
        // a fixed pseudo-random sequence: a fixed step falls in step with the tables' records
        // and lands on the same byte of each, so the share refused swung with the file's size.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let places: Vec<usize> = (0..150)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                44 + (state >> 33) as usize % (bytes.len() - 44)
            })
            .collect();
        for at in places {
            for flip in [0x01, 0x80] {
                let mut bad = bytes.clone();
                bad[at] ^= flip;
                let Some(g) = decode(&resum(bad), k) else {
                    refused += 1;
                    continue;
                };
                read += 1;
                let n = g.entries().len();
                let fresh = decode(&resum(bytes.clone()), k).expect("reads");
                assert_eq!(fresh.entries().len(), n);
                for i in 0..n {
                    let _ = g.entry(i).origin();
                }
                let mut doc = crate::segment::segment("seed", text.clone());
                g.annotate(&mut doc);
                crate::qa::annotate(std::slice::from_mut(&mut doc), Some(&g));
            }
        }
        // Most flips land in numbers (places, counts, the trie) and are refused; flips in the
        // strings read as other strings.
        assert!(refused > read, "{refused} refused, {read} read");
        assert!(read > 0);
    }

    #[test]
    fn edited_file_is_picked_up_and_corrupt_cache_rebuilt() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let text = seed();
        let project = |target: &str| {
            let mut s = builtin_sources();
            s.push(Source {
                name: "glossaries/desk.tsv".into(),
                key: "desk.tsv".into(),
                text: format!("source\ttarget\nLukashenko\t{target}\n"),
            });
            s
        };
        let cache = dir.path().join(FILE_NAME);
        let first = load(
            &project("Alexander Lukashenko"),
            Spelling::British,
            dir.path(),
        )
        .expect("loads");
        let written = std::fs::read(&cache).expect("compiled file written");
        let again = load(
            &project("Alexander Lukashenko"),
            Spelling::British,
            dir.path(),
        )
        .expect("loads");
        same(&first, &again, &text);
        assert_eq!(std::fs::read(&cache).expect("still there"), written);

        // An edited file is read from the file, and compiled anew.
        let edited = load(
            &project("President Lukashenko"),
            Spelling::British,
            dir.path(),
        )
        .expect("loads");
        let hit = |g: &Glossary| {
            let e = g.entry_by_source("Lukashenko").expect("entry");
            e.target.clone()
        };
        assert_eq!(hit(&edited), "President Lukashenko");
        assert_ne!(std::fs::read(&cache).expect("rewritten"), written);
        let fresh =
            Glossary::load(&project("President Lukashenko"), Spelling::British).expect("loads");
        same(&edited, &fresh, &text);

        // A damaged file is ignored and replaced.
        let mut bad = std::fs::read(&cache).expect("compiled");
        let mid = bad.len() / 2;
        bad[mid] ^= 0xff;
        std::fs::write(&cache, &bad).expect("damaged");
        let repaired = load(
            &project("President Lukashenko"),
            Spelling::British,
            dir.path(),
        )
        .expect("loads");
        same(&repaired, &fresh, &text);
        let rewritten = std::fs::read(&cache).expect("rewritten");
        assert!(decode(
            &rewritten,
            key(&project("President Lukashenko"), Spelling::British)
        )
        .is_some());

        // Errors are reported from the files, with their place, and nothing is compiled.
        let mut broken = project("President Lukashenko");
        broken.push(Source {
            name: "glossaries/bad.tsv".into(),
            key: "bad.tsv".into(),
            text: "source\ttarget\nKota Minsk\tMinsk\n\tno source\n".into(),
        });
        let err = load(&broken, Spelling::British, dir.path()).expect_err("an error row");
        assert!(err.to_string().contains("glossaries/bad.tsv:3"), "{err}");
        assert_eq!(std::fs::read(&cache).expect("left"), rewritten);
    }
}
