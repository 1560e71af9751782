//! Finding glossary terms in text: one Aho-Corasick DFA over every entry's source and
//! aliases, leftmost-longest, run on a normalised copy of the text (lower case, NFC, whitespace
//! runs folded to one space) with a map back to the original bytes. Word boundaries and
//! Indonesian inflection on the last word (`-nya`, `-lah`, `-kah`, `-pun`, `-ku`, `-mu`,
//! reduplication `menteri-menteri`) are checked at each candidate, so a glossary of tens of
//! thousands of entries costs no more per character than one of ten.

use super::Entry;
use crate::morph;
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA as DFA;
use aho_corasick::{Anchored, MatchKind};

/// A glossary term found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Byte offset in the original text.
    pub start: usize,
    /// End byte offset in the original text, including any clitic or reduplication.
    pub end: usize,
    /// Index of the entry in the glossary's effective entries.
    pub entry: usize,
    /// Which form matched: 0 for the source, `i` for alias `i - 1`.
    pub form: usize,
}

/// The text being searched, its normalised copy and the map between them.
#[derive(Clone, Copy)]
struct Haystack<'a> {
    text: &'a str,
    norm: &'a str,
    map: &'a OffsetMap,
}

#[derive(Debug)]
struct Pattern {
    entry: usize,
    form: usize,
    /// The last word of the normalised pattern, for reduplication.
    last_word: String,
}

/// The compiled automaton over all forms of all entries.
#[derive(Debug)]
pub struct Matcher {
    /// A leftmost-longest DFA, walked by hand from word starts only (see [`Matcher::find`]).
    dfa: Option<DFA>,
    patterns: Vec<Pattern>,
}

impl Matcher {
    /// Compiles the forms of `entries`. Forms that normalise to the same key keep the first
    /// (lint reports the clash).
    pub fn new(entries: &[Entry]) -> Matcher {
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, entry) in entries.iter().enumerate() {
            for (f, form) in entry.forms().enumerate() {
                let key = normalise(form).0;
                if key.is_empty() || !seen.insert(key.clone()) {
                    continue;
                }
                let last_word = key.rsplit(' ').next().unwrap_or(&key).to_string();
                patterns.push(Pattern {
                    entry: i,
                    form: f,
                    last_word,
                });
                keys.push(key);
            }
        }
        let dfa = (!keys.is_empty()).then(|| {
            // A DFA costs memory (a few MB for 20,000 terms) but each byte is one table lookup,
            // and the glossary is built once per run.
            DFA::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&keys)
                .expect("glossary terms build an automaton")
        });
        Matcher { dfa, patterns }
    }

    /// Checks a candidate term `pattern` over `norm[start..end]`: word boundaries, inflection,
    /// and case for case-sensitive entries. Returns the end including any inflection.
    fn accept(
        &self,
        hay: &Haystack,
        start: usize,
        end: usize,
        pattern: usize,
        entries: &[Entry],
    ) -> Option<usize> {
        let Haystack { text, norm, map } = *hay;
        let pattern = &self.patterns[pattern];
        if !left_boundary(norm, start) {
            return None;
        }
        let full_end = extend_right(norm, end, &pattern.last_word)?;
        let entry = &entries[pattern.entry];
        if entry.flags.case_sensitive {
            let form = entry.forms().nth(pattern.form).unwrap_or_default();
            let original = &text[map.orig(start)..map.orig(end)];
            if crate::doc::collapse_whitespace(original) != form {
                return None;
            }
        }
        Some(full_end)
    }

    /// All matches in `text`, in order, not overlapping.
    pub fn find(&self, text: &str, entries: &[Entry]) -> Vec<Match> {
        let Some(dfa) = &self.dfa else {
            return Vec::new();
        };
        let (norm, map) = normalise(text);
        let hay = Haystack {
            text,
            norm: &norm,
            map: &map,
        };
        let mut out = Vec::new();
        let bytes = norm.as_bytes();
        let mut candidates: Vec<(usize, usize)> = Vec::new();
        let mut pos = 0;
        // Terms start at word starts, so the DFA is walked from there and nowhere else: a word
        // that starts no term dies after a byte or two, and nothing inside a word is tried.
        // Walking by hand also yields every shorter term on the way (`menteri` inside `menteri
        // ham`), to fall back on when the longest fails its boundary (`menteri hampir`).
        while pos < bytes.len() {
            if bytes[pos] == b' ' || !left_boundary(&norm, pos) {
                pos += utf8_len(bytes[pos]);
                continue;
            }
            candidates.clear();
            if let Ok(mut sid) = dfa.start_state(Anchored::Yes) {
                for (i, &b) in bytes[pos..].iter().enumerate() {
                    sid = dfa.next_state(Anchored::Yes, sid, b);
                    if dfa.is_special(sid) {
                        if dfa.is_dead(sid) {
                            break;
                        }
                        if dfa.is_match(sid) {
                            // A trie state also lists the terms that end it (`ri` in the state
                            // for `hari`, from the failure links); only a term as long as the
                            // walk starts here.
                            let here = (0..dfa.match_len(sid))
                                .map(|k| dfa.match_pattern(sid, k))
                                .find(|&p| dfa.pattern_len(p) == i + 1);
                            if let Some(p) = here {
                                candidates.push((pos + i + 1, p.as_usize()));
                            }
                        }
                    }
                }
            }
            let found = candidates.iter().rev().find_map(|&(end, p)| {
                self.accept(&hay, pos, end, p, entries)
                    .map(|full_end| (full_end, p))
            });
            match found {
                Some((end, p)) => {
                    let pattern = &self.patterns[p];
                    out.push(Match {
                        start: map.orig(pos),
                        end: map.orig(end),
                        entry: pattern.entry,
                        form: pattern.form,
                    });
                    pos = end;
                }
                None => {
                    // Nothing starts here, and nothing can start inside the word (after
                    // punctuation such as `“`, the next character is a word start itself).
                    let was_word = norm[pos..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                    pos += utf8_len(bytes[pos]);
                    while was_word && pos < bytes.len() {
                        let b = bytes[pos];
                        let inside = if b.is_ascii() {
                            b.is_ascii_alphanumeric()
                        } else {
                            norm[pos..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphanumeric)
                        };
                        if !inside {
                            break;
                        }
                        pos += utf8_len(b);
                    }
                }
            }
        }
        out
    }
}

/// The byte length of the UTF-8 sequence starting with `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

fn left_boundary(norm: &str, at: usize) -> bool {
    if at == 0 {
        return true;
    }
    let prev = norm.as_bytes()[at - 1];
    if prev.is_ascii() {
        return !prev.is_ascii_alphanumeric();
    }
    norm[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_at(norm: &str, at: usize) -> bool {
    norm[at..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Where a match that ends at `end` really ends: after a clitic (`pertahanannya`,
/// `Kemhan-nya`) or the repeated last word (`menteri-menteri`, then maybe a clitic), or at `end`
/// itself on a word boundary. `None` when the match ends inside a longer word.
fn extend_right(norm: &str, end: usize, last_word: &str) -> Option<usize> {
    let rest = &norm[end..];
    let mut end = end;
    if let Some(after) = rest.strip_prefix('-') {
        if after.starts_with(last_word) && boundary_or_clitic(norm, end + 1 + last_word.len()) {
            end += 1 + last_word.len();
        }
    }
    if boundary_at(norm, end) {
        // A hyphenated clitic (`Kemhan-nya`) or a compound (`Rusia-Belarus`): both end here
        // unless the clitic follows.
        if let Some(after) = norm[end..].strip_prefix('-') {
            if let Some(c) = clitic_at(after) {
                return Some(end + 1 + c);
            }
        }
        return Some(end);
    }
    clitic_at(&norm[end..]).map(|c| end + c)
}

fn boundary_or_clitic(norm: &str, at: usize) -> bool {
    boundary_at(norm, at) || clitic_at(&norm[at..]).is_some()
}

/// The length of a clitic at the start of `rest` that ends a word.
fn clitic_at(rest: &str) -> Option<usize> {
    morph::CLITICS
        .iter()
        .find_map(|c| (rest.starts_with(c) && boundary_at(rest, c.len())).then_some(c.len()))
}

/// Where each position of a normalised text came from. Normalising keeps byte lengths almost
/// everywhere (ASCII lower-casing, one space for one space or newline), so only the places where
/// lengths differ are stored, and a position maps through the last such place before it. That
/// keeps normalisation to one write per byte instead of five.
#[derive(Debug, Default)]
pub struct OffsetMap {
    /// (normalised offset, original offset) where the two stop differing by a constant.
    points: Vec<(u32, u32)>,
}

impl OffsetMap {
    fn mark(&mut self, norm: usize, orig: usize) {
        let point = (norm as u32, orig as u32);
        let delta = |p: (u32, u32)| i64::from(p.1) - i64::from(p.0);
        if self.points.last().map_or(0, |&p| delta(p)) == delta(point) {
            return;
        }
        match self.points.last_mut() {
            Some(last) if last.0 == point.0 => *last = point,
            _ => self.points.push(point),
        }
    }

    /// The original offset of normalised offset `n` (a character boundary).
    pub fn orig(&self, n: usize) -> usize {
        let n = n as u32;
        let i = self.points.partition_point(|p| p.0 <= n);
        match i {
            0 => n as usize,
            _ => {
                let (pn, po) = self.points[i - 1];
                (po + (n - pn)) as usize
            }
        }
    }
}

/// Lower-cased, NFC, whitespace-folded copy of `text`, and the map back to original offsets.
pub fn normalise(text: &str) -> (String, OffsetMap) {
    let mut norm: Vec<u8> = Vec::with_capacity(text.len());
    let mut map = OffsetMap::default();
    let bytes = text.as_bytes();
    let mut i = 0;
    // Where the whitespace run being folded began, in the original.
    let mut space_start: Option<usize> = None;
    while i < bytes.len() {
        // Runs of bytes that stay as they are (lower-case ASCII, digits, punctuation) are
        // copied whole; only capitals, whitespace and non-ASCII need a look.
        let run = bytes[i..]
            .iter()
            .position(|&b| b <= b' ' || b >= 0x80 || b.is_ascii_uppercase())
            .unwrap_or(bytes.len() - i);
        if run > 0 {
            if space_start.take().is_some() {
                map.mark(norm.len(), i);
            }
            norm.extend_from_slice(&bytes[i..i + run]);
            i += run;
            continue;
        }
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_whitespace() || b == 0x0b {
                if space_start.is_none() {
                    space_start = Some(i);
                    norm.push(b' ');
                }
                i += 1;
                continue;
            }
            if space_start.take().is_some() {
                map.mark(norm.len(), i);
            }
            norm.push(b.to_ascii_lowercase());
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let width = c.len_utf8();
        if c.is_whitespace() {
            if space_start.is_none() {
                space_start = Some(i);
                norm.push(b' ');
            }
            i += width;
            continue;
        }
        if space_start.take().is_some() {
            map.mark(norm.len(), i);
        }
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            c => c,
        };
        let mut buf = [0u8; 4];
        if unicode_normalization::char::is_combining_mark(c) {
            // Decomposed text (`e` + U+0301): compose with the previous character so terms
            // written in NFC still match.
            let prev = std::str::from_utf8(&norm)
                .ok()
                .and_then(|s| s.chars().next_back());
            if let Some(composed) = prev.and_then(|p| unicode_normalization::char::compose(p, c)) {
                let prev = prev.unwrap_or(' ');
                norm.truncate(norm.len() - prev.len_utf8());
                map.points.retain(|p| (p.0 as usize) <= norm.len());
                for lc in composed.to_lowercase() {
                    norm.extend_from_slice(lc.encode_utf8(&mut buf).as_bytes());
                }
                i += width;
                map.mark(norm.len(), i);
                continue;
            }
        }
        for lc in c.to_lowercase() {
            norm.extend_from_slice(lc.encode_utf8(&mut buf).as_bytes());
        }
        i += width;
        map.mark(norm.len(), i);
    }
    if let Some(start) = space_start {
        // Trailing whitespace is dropped; the end maps to where it began.
        norm.pop();
        map.mark(norm.len(), start);
    }
    let norm = String::from_utf8(norm).expect("built from whole characters");
    (norm, map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{tsv, Entry};

    fn entries(tsv_text: &str) -> Vec<Entry> {
        let (e, d) = tsv::parse("t.tsv", tsv_text);
        assert!(d.is_empty(), "{d:?}");
        e
    }

    fn found(text: &str, es: &[Entry]) -> Vec<String> {
        Matcher::new(es)
            .find(text, es)
            .into_iter()
            .map(|m| format!("{}={}", &text[m.start..m.end], es[m.entry].target))
            .collect()
    }

    const G: &str = "#source\ttarget\tcomment\taliases\tavoid\tus\tadjective\tflags\nMenteri Pertahanan\tDefence Minister\t\tMenhan\t\t\t\ttitle\nmenteri\tminister\nKementerian Pertahanan\tDefence Ministry\t\tKemhan|Kemenhan\nRusia\tRussia\t\t\t\t\tRussian\nAS\tUS\t\t\t\t\t\tcase\nkapal selam\tsubmarine\n";

    #[test]
    fn longest_match_with_clitics_and_reduplication() {
        let es = entries(G);
        assert_eq!(
            found(
                "Menteri  Pertahanan\nRusia dan menteri-menterinya, juga Kemhan-nya.",
                &es
            ),
            [
                "Menteri  Pertahanan\nRusia".replace("\nRusia", "") + "=Defence Minister",
                "Rusia=Russia".into(),
                "menteri-menterinya=minister".into(),
                "Kemhan-nya=Defence Ministry".into()
            ]
        );
        assert_eq!(
            found("Pertahanannya kuat; kapal selamnya tenggelam.", &es),
            ["kapal selamnya=submarine"]
        );
    }

    #[test]
    fn a_term_ending_a_word_does_not_match_the_word() {
        let es = entries("#source\ttarget\tcomment\taliases\nRepublik Indonesia\tRepublic of Indonesia\t\tRI\nhari raya\tholiday\n");
        assert!(found("“Hari ini kami bersiap.", &es).is_empty());
        assert_eq!(
            found("Hari raya tiba di RI.", &es),
            ["Hari raya=holiday", "RI=Republic of Indonesia"]
        );
    }

    #[test]
    fn word_boundaries_and_case_rule() {
        let es = entries(G);
        assert!(found("Rusiawan dan kemenhankam", &es).is_empty());
        assert_eq!(found("AS dan Rusia", &es), ["AS=US", "Rusia=Russia"]);
        assert_eq!(found("as roda patah", &es), Vec::<String>::new());
        assert_eq!(
            found("MENTERI PERTAHANAN", &es),
            ["MENTERI PERTAHANAN=Defence Minister"]
        );
    }

    #[test]
    fn offsets_survive_non_ascii_and_decomposed_text() {
        let es = entries("café\tcoffee shop\nİstanbul\tIstanbul\n");
        let text = "Di cafe\u{301} itu, “Café” dan İstanbul.";
        assert_eq!(
            found(text, &es),
            [
                "cafe\u{301}=coffee shop",
                "Café=coffee shop",
                "İstanbul=Istanbul"
            ]
        );
    }
}
