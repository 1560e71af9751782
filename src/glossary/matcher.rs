//! Finding glossary terms in text: one Aho-Corasick automaton over every entry's source and
//! aliases, leftmost-longest, run on a normalised copy of the text (lower case, NFC, whitespace
//! runs folded to one space) with a map back to the original bytes. Word boundaries and
//! Indonesian inflection on the last word (`-nya`, `-lah`, `-kah`, `-pun`, `-ku`, `-mu`,
//! reduplication `menteri-menteri`) are checked at each candidate, so a glossary of tens of
//! thousands of entries costs no more per character than one of ten.

use super::Entry;
use crate::morph;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};

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
    map: &'a [u32],
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
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    /// Pattern index by normalised key, to try shorter terms where the longest one fails its
    /// boundary check (`menteri hampir` is not `Menteri HAM`, but it is `menteri`).
    by_key: std::collections::HashMap<String, usize>,
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
        let automaton = (!keys.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&keys)
                .expect("glossary terms build an automaton")
        });
        let by_key = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
        Matcher {
            automaton,
            patterns,
            by_key,
        }
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
            let original = &text[map[start] as usize..map[end] as usize];
            if crate::doc::collapse_whitespace(original) != form {
                return None;
            }
        }
        Some(full_end)
    }

    /// All matches in `text`, in order, not overlapping.
    pub fn find(&self, text: &str, entries: &[Entry]) -> Vec<Match> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let (norm, map) = normalise(text);
        let hay = Haystack {
            text,
            norm: &norm,
            map: &map,
        };
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < norm.len() {
            let Some(m) = ac.find(Input::new(&norm).span(pos..norm.len())) else {
                break;
            };
            let mut found = self
                .accept(&hay, m.start(), m.end(), m.pattern().as_usize(), entries)
                .map(|end| (end, m.pattern().as_usize()));
            if found.is_none() {
                // The longest term failed; a shorter one may start here (rare, so a lookup per
                // shorter prefix is cheap).
                let span = &norm[m.start()..m.end()];
                found = span
                    .char_indices()
                    .map(|(i, _)| i)
                    .filter(|&i| i > 0)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .filter_map(|len| {
                        let p = *self.by_key.get(&span[..len])?;
                        let end = self.accept(&hay, m.start(), m.start() + len, p, entries)?;
                        Some((end, p))
                    })
                    .next();
            }
            let accepted = found;
            match accepted {
                Some((end, p)) => {
                    let pattern = &self.patterns[p];
                    out.push(Match {
                        start: map[m.start()] as usize,
                        end: map[end] as usize,
                        entry: pattern.entry,
                        form: pattern.form,
                    });
                    pos = end;
                }
                None => {
                    pos = m.start() + norm[m.start()..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        out
    }
}

fn left_boundary(norm: &str, at: usize) -> bool {
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

/// Lower-cased, NFC, whitespace-folded copy of `text`, and for each of its bytes (plus one past
/// the end) the offset of the original character it came from.
pub fn normalise(text: &str) -> (String, Vec<u32>) {
    let mut norm = String::with_capacity(text.len());
    let mut map: Vec<u32> = Vec::with_capacity(text.len() + 1);
    let mut in_space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_whitespace() || b == 0x0b {
                if !in_space {
                    norm.push(' ');
                    map.push(i as u32);
                    in_space = true;
                }
            } else {
                norm.push(b.to_ascii_lowercase() as char);
                map.push(i as u32);
                in_space = false;
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let width = c.len_utf8();
        if c.is_whitespace() {
            if !in_space {
                norm.push(' ');
                map.push(i as u32);
                in_space = true;
            }
            i += width;
            continue;
        }
        in_space = false;
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            c => c,
        };
        if unicode_normalization::char::is_combining_mark(c) {
            // Decomposed text (`e` + U+0301): compose with the previous character so terms
            // written in NFC still match.
            if let Some(prev) = norm.chars().next_back() {
                if let Some(composed) = unicode_normalization::char::compose(prev, c) {
                    let prev_at = map[map.len() - prev.len_utf8()];
                    for _ in 0..prev.len_utf8() {
                        norm.pop();
                        map.pop();
                    }
                    for lc in composed.to_lowercase() {
                        norm.push(lc);
                        for _ in 0..lc.len_utf8() {
                            map.push(prev_at);
                        }
                    }
                    i += width;
                    continue;
                }
            }
        }
        for lc in c.to_lowercase() {
            norm.push(lc);
            for _ in 0..lc.len_utf8() {
                map.push(i as u32);
            }
        }
        i += width;
    }
    let trimmed = norm.trim_end_matches(' ').len();
    let end = if trimmed < norm.len() {
        // The end maps to where the trailing whitespace began, not past it.
        let at = map[trimmed];
        norm.truncate(trimmed);
        map.truncate(trimmed);
        at
    } else {
        text.len() as u32
    };
    map.push(end);
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
