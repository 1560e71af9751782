//! Finding glossary terms in text: every entry's source and aliases, normalised (lower case,
//! NFC, whitespace runs as one space), in one byte trie ([`Terms`]), walked by hand from each
//! word start of the original text, which is folded the same way on the fly, so spans need no
//! mapping back. A step is a short search among a node's children, so a glossary of tens of
//! thousands of entries costs about as much per character as one of ten. Word boundaries and
//! Indonesian inflection on the last word (`-nya`, `-lah`, `-kah`, `-pun`, `-ku`, `-mu`,
//! reduplication `menteri-menteri`) are checked at each candidate.

use super::Entry;
use crate::morph;

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

#[derive(Debug)]
struct Pattern {
    entry: u32,
    form: u32,
    /// The last word of the normalised pattern, for reduplication: a range of
    /// [`Matcher::words`] (one string for all, so reading a compiled matcher allocates once).
    last_word: (u32, u32),
}

/// All forms of all entries, sorted for walking.
#[derive(Debug)]
pub struct Matcher {
    terms: Terms,
    patterns: Vec<Pattern>,
    /// The patterns' last words, one after another.
    words: String,
}

/// Every normalised form in a byte trie whose nodes keep their children contiguous and sorted,
/// built in one pass over the sorted forms: a walk costs a short search per byte however large
/// the glossary (a sorted table searched by binary search ran 3-8x slower on 20,000 entries
/// whose terms share common first words), and building it costs a sort (an Aho-Corasick
/// automaton, which computes failure links nobody here uses, took 19 million instructions for
/// the shipped glossaries on every run).
#[derive(Debug, Default)]
struct Terms {
    /// Per node: the index of its first child's label in `labels`, its child count, and
    /// the pattern of the form ending there (`u32::MAX`: none).
    nodes: Vec<(u32, u32, u32)>,
    /// The byte leading to each node but the root. Nodes are made as their labels are laid
    /// out, so the node reached by label `k` is node `k + 1`, and no child table is needed.
    labels: Vec<u8>,
}

impl Terms {
    fn new(mut keys: Vec<(String, usize)>) -> Terms {
        keys.sort_unstable();
        let mut t = Terms {
            nodes: vec![(0, 0, u32::MAX)],
            ..Terms::default()
        };
        let mut stack = vec![(0usize, 0usize, keys.len(), 0usize)];
        // Depth-first over ranges of keys sharing a prefix: a node's children are the distinct
        // next bytes of its range (contiguous, as the keys are sorted), laid out together.
        while let Some((node, mut lo, hi, depth)) = stack.pop() {
            if lo < hi && keys[lo].0.len() == depth {
                t.nodes[node].2 = keys[lo].1 as u32;
                lo += 1;
            }
            let first = t.labels.len() as u32;
            let mut groups = Vec::new();
            let mut i = lo;
            while i < hi {
                let b = keys[i].0.as_bytes()[depth];
                let mut j = i + 1;
                while j < hi && keys[j].0.as_bytes()[depth] == b {
                    j += 1;
                }
                let child = t.nodes.len();
                t.nodes.push((0, 0, u32::MAX));
                t.labels.push(b);
                groups.push((child, i, j));
                i = j;
            }
            t.nodes[node].0 = first;
            t.nodes[node].1 = groups.len() as u32;
            stack.extend(groups.into_iter().map(|(c, i, j)| (c, i, j, depth + 1)));
        }
        t
    }

    fn is_empty(&self) -> bool {
        self.nodes[0].1 == 0 && self.nodes[0].2 == u32::MAX
    }

    /// The child of `node` by byte `b`.
    fn step(&self, node: usize, b: u8) -> Option<usize> {
        let (first, n, _) = self.nodes[node];
        let range = first as usize..(first + n) as usize;
        let labels = &self.labels[range.clone()];
        let k = if labels.len() <= 8 {
            labels.iter().position(|&l| l == b)?
        } else {
            labels.binary_search(&b).ok()?
        };
        Some(range.start + k + 1)
    }

    /// The pattern of the form ending at `node`.
    fn pattern(&self, node: usize) -> Option<usize> {
        let p = self.nodes[node].2;
        (p != u32::MAX).then_some(p as usize)
    }
}

impl Matcher {
    /// Compiles the forms of `entries`. Forms that normalise to the same key keep the first
    /// (lint reports the clash).
    pub fn new(entries: &[Entry]) -> Matcher {
        let mut keys: Vec<(String, usize)> = Vec::new();
        let mut patterns = Vec::new();
        let mut words = String::new();
        let mut seen = std::collections::HashSet::new();
        for (i, entry) in entries.iter().enumerate() {
            for (f, form) in entry.forms().enumerate() {
                let key = normalise(form);
                if key.is_empty() || !seen.insert(key.clone()) {
                    continue;
                }
                let start = words.len();
                words.push_str(key.rsplit(' ').next().unwrap_or(&key));
                keys.push((key, patterns.len()));
                patterns.push(Pattern {
                    entry: i as u32,
                    form: f as u32,
                    last_word: (start as u32, words.len() as u32),
                });
            }
        }
        Matcher {
            terms: Terms::new(keys),
            patterns,
            words,
        }
    }

    /// Writes the matcher for [`super::compiled`].
    pub(super) fn write(&self, w: &mut super::compiled::Writer) {
        let t = &self.terms;
        w.usize(t.nodes.len());
        for &(first, n, pattern) in &t.nodes {
            w.u32(first);
            w.u32(n);
            w.u32(pattern);
        }
        w.bytes(&t.labels);
        w.str(&self.words);
        w.usize(self.patterns.len());
        for p in &self.patterns {
            w.u32(p.entry);
            w.u32(p.form);
            w.u32(p.last_word.0);
            w.u32(p.last_word.1);
        }
    }

    /// Reads what [`Matcher::write`] wrote, for entries with `forms(entry)` forms each (`None`
    /// past the last entry); `None` unless every index is in range, so a damaged file cannot
    /// make a walk step outside the tables.
    pub(super) fn read(
        r: &mut super::compiled::Reader<'_>,
        forms: impl Fn(usize) -> Option<usize>,
    ) -> Option<Matcher> {
        use super::compiled::u32_at;
        let nodes = r.table(12, |c| (u32_at(c, 0), u32_at(c, 4), u32_at(c, 8)))?;
        let labels = r.bytes()?.to_vec();
        let words = r.str()?;
        let patterns = r.table(16, |c| Pattern {
            entry: u32_at(c, 0),
            form: u32_at(c, 4),
            last_word: (u32_at(c, 8), u32_at(c, 12)),
        })?;
        for p in &patterns {
            let (start, end) = (p.last_word.0 as usize, p.last_word.1 as usize);
            if p.form as usize >= forms(p.entry as usize)? || words.get(start..end).is_none() {
                return None;
            }
        }
        let sound = !nodes.is_empty()
            && labels.len() + 1 == nodes.len()
            && nodes.iter().all(|&(first, n, pattern)| {
                (first as usize)
                    .checked_add(n as usize)
                    .is_some_and(|end| end <= labels.len())
                    && (pattern == u32::MAX || (pattern as usize) < patterns.len())
            });
        sound.then(|| Matcher {
            terms: Terms { nodes, labels },
            patterns,
            words: words.to_string(),
        })
    }

    /// (entry, form) of every form the matcher knows, in entry and form order: the first form
    /// of each key (a form whose key an earlier form has is left out, as is an empty one).
    pub fn forms(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.patterns
            .iter()
            .map(|p| (p.entry as usize, p.form as usize))
    }

    /// All matches in `text`, in order, not overlapping; `entry(i)` is the entry of index `i`
    /// (asked only of candidates that pass the word boundary, so a glossary read lazily makes
    /// only the entries hit).
    pub fn find<'e>(&self, text: &str, entry: impl Fn(usize) -> &'e Entry) -> Vec<Match> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut candidates: Vec<(usize, usize)> = Vec::new();
        let mut pos = 0;
        // Terms start at word starts, so the table is walked from there and nowhere else: a
        // word that starts no term dies after a byte or two, and nothing inside a word is tried.
        // Walking by hand also yields every shorter term on the way (`menteri` inside `menteri
        // ham`), to fall back on when the longest fails its boundary (`menteri hampir`).
        while pos < bytes.len() {
            let c = char_at(text, pos);
            if c.is_whitespace() || !left_boundary(text, pos) {
                pos += c.len_utf8();
                continue;
            }
            candidates.clear();
            walk(&self.terms, text, pos, &mut candidates);
            let found = candidates.iter().rev().find_map(|&(end, p)| {
                self.accept(text, pos, end, p, &entry)
                    .map(|full_end| (full_end, p))
            });
            match found {
                Some((end, p)) => {
                    let pattern = &self.patterns[p];
                    out.push(Match {
                        start: pos,
                        end,
                        entry: pattern.entry as usize,
                        form: pattern.form as usize,
                    });
                    pos = end;
                }
                None => {
                    // Nothing starts here, and nothing can start inside the word (after
                    // punctuation such as `“`, the next character is a word start itself).
                    pos += c.len_utf8();
                    if c.is_alphanumeric() {
                        while pos < bytes.len() {
                            let next = char_at(text, pos);
                            if !next.is_alphanumeric() {
                                break;
                            }
                            pos += next.len_utf8();
                        }
                    }
                }
            }
        }
        out
    }

    /// Checks a candidate term `pattern` over `text[start..end]`: the right word boundary,
    /// inflection, and case for case-sensitive entries. Returns the end including any
    /// inflection.
    fn accept<'e>(
        &self,
        text: &str,
        start: usize,
        end: usize,
        pattern: usize,
        entry: &impl Fn(usize) -> &'e Entry,
    ) -> Option<usize> {
        let pattern = &self.patterns[pattern];
        let (a, b) = pattern.last_word;
        let full_end = extend_right(text, end, &self.words[a as usize..b as usize])?;
        let entry = entry(pattern.entry as usize);
        if entry.flags.case_sensitive {
            let form = entry.forms().nth(pattern.form as usize).unwrap_or_default();
            if crate::doc::collapse_whitespace(&text[start..end]) != form {
                return None;
            }
        }
        Some(full_end)
    }
}

/// Walks `terms` over `text` from `pos`, folding the text as [`normalise`] does, and records
/// (end in `text`, pattern) for every term that starts exactly at `pos`.
fn walk(terms: &Terms, text: &str, pos: usize, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut node = 0;
    let mut i = pos;
    let mut buf = [0u8; 16];
    while i < bytes.len() {
        let b = bytes[i];
        let (unit, next): (&[u8], usize) =
            // ASCII takes the fast path unless a combining mark may follow it.
            if b.is_ascii()
                && !(b.is_ascii_whitespace() || b == 0x0b)
                && bytes.get(i + 1).is_none_or(u8::is_ascii)
            {
                buf[0] = b.to_ascii_lowercase();
                (&buf[..1], i + 1)
            } else {
                let c = char_at(text, i);
                if c.is_whitespace() {
                    (b" ", skip_whitespace(text, i))
                } else {
                    let (folded, width) = fold_char(text, i);
                    let mut n = 0;
                    for lc in folded.to_lowercase() {
                        n += lc.encode_utf8(&mut buf[n..]).len();
                    }
                    (&buf[..n], i + width)
                }
            };
        for &nb in unit {
            match terms.step(node, nb) {
                Some(child) => node = child,
                None => return,
            }
        }
        i = next;
        // Only whole characters count (a term never ends inside one).
        if let Some(p) = terms.pattern(node) {
            out.push((i, p));
        }
    }
}

/// The character at byte `at` (a character boundary), with a fast path for ASCII.
fn char_at(text: &str, at: usize) -> char {
    let b = text.as_bytes()[at];
    if b.is_ascii() {
        b as char
    } else {
        text[at..].chars().next().unwrap_or(' ')
    }
}

fn skip_whitespace(text: &str, mut at: usize) -> usize {
    while at < text.len() {
        let c = char_at(text, at);
        if !c.is_whitespace() {
            break;
        }
        at += c.len_utf8();
    }
    at
}

/// The character at `at` as matching sees it, and how many bytes of `text` it takes: curly
/// apostrophes and Unicode hyphens as ASCII, and a following combining mark composed into it
/// (`e` + U+0301 is `é`), so terms written in NFC match decomposed text.
fn fold_char(text: &str, at: usize) -> (char, usize) {
    let c = char_at(text, at);
    let mut width = c.len_utf8();
    let mut c = match c {
        '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
        '\u{2010}' | '\u{2011}' => '-',
        c => c,
    };
    // A combining mark is never ASCII: most text needs no look at the next character.
    while text
        .as_bytes()
        .get(at + width)
        .is_some_and(|b| !b.is_ascii())
    {
        let Some(mark) = text[at + width..].chars().next() else {
            break;
        };
        if !unicode_normalization::char::is_combining_mark(mark) {
            break;
        }
        match unicode_normalization::char::compose(c, mark) {
            Some(composed) => {
                c = composed;
                width += mark.len_utf8();
            }
            None => break,
        }
    }
    (c, width)
}

fn left_boundary(text: &str, at: usize) -> bool {
    if at == 0 {
        return true;
    }
    let prev = text.as_bytes()[at - 1];
    if prev.is_ascii() {
        return !prev.is_ascii_alphanumeric();
    }
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_at(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The length of `needle` (lower case) at the start of `hay`, compared case-insensitively.
fn starts_with_folded(hay: &str, needle: &str) -> Option<usize> {
    let mut used = 0;
    let mut want = needle.chars();
    let mut pending = want.next();
    for c in hay.chars() {
        let Some(_) = pending else { break };
        for lc in c.to_lowercase() {
            if pending != Some(lc) {
                return None;
            }
            pending = want.next();
        }
        used += c.len_utf8();
    }
    pending.is_none().then_some(used)
}

/// Where a match that ends at `end` really ends: after a clitic (`pertahanannya`,
/// `Kemhan-nya`) or the repeated last word (`menteri-menteri`, then maybe a clitic), or at `end`
/// itself on a word boundary. `None` when the match ends inside a longer word.
fn extend_right(text: &str, end: usize, last_word: &str) -> Option<usize> {
    let mut end = end;
    if let Some(after) = text[end..].strip_prefix('-') {
        if let Some(n) = starts_with_folded(after, last_word) {
            if boundary_or_clitic(text, end + 1 + n) {
                end += 1 + n;
            }
        }
    }
    if boundary_at(text, end) {
        // A hyphenated clitic (`Kemhan-nya`) or a compound (`Rusia-Belarus`): both end here
        // unless the clitic follows.
        if let Some(after) = text[end..].strip_prefix('-') {
            if let Some(c) = clitic_at(after) {
                return Some(end + 1 + c);
            }
        }
        return Some(end);
    }
    clitic_at(&text[end..]).map(|c| end + c)
}

fn boundary_or_clitic(text: &str, at: usize) -> bool {
    boundary_at(text, at) || clitic_at(&text[at..]).is_some()
}

/// The length of a clitic at the start of `rest` (any case) that ends a word.
fn clitic_at(rest: &str) -> Option<usize> {
    morph::CLITICS.iter().find_map(|c| {
        (rest.len() >= c.len()
            && rest.as_bytes()[..c.len()].eq_ignore_ascii_case(c.as_bytes())
            && boundary_at(rest, c.len()))
        .then_some(c.len())
    })
}

/// The form terms are compiled in: lower case, NFC, apostrophes and hyphens unified, every
/// whitespace run one space, no space at either end. [`walk`] folds text the same way.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        // Most terms: nothing to fold or compose, so no per-character Unicode lookups (this
        // runs for every form of every entry at each start).
        for word in text.split(|c: char| c.is_ascii_whitespace() || c == '\x0b') {
            if word.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        }
        return out;
    }
    let mut i = 0;
    let mut space = false;
    while i < text.len() {
        let c = char_at(text, i);
        if c.is_whitespace() {
            space = !out.is_empty();
            i += c.len_utf8();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        let (folded, width) = fold_char(text, i);
        out.extend(folded.to_lowercase());
        i += width;
    }
    out
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
            .find(text, |i| &es[i])
            .into_iter()
            .map(|m| format!("{}={}", &text[m.start..m.end], es[m.entry].target))
            .collect()
    }

    const G: &str = "#source\ttarget\tcomment\taliases\tavoid\tus\tadjective\tflags\nMenteri Pertahanan\tDefence Minister\t\tMenhan\t\t\t\ttitle\nmenteri\tminister\nKementerian Pertahanan\tDefence Ministry\t\tKemhan|Kemenhan\nRusia\tRussia\t\t\t\t\tRussian\nAS\tUS\t\t\t\t\t\tcase\nkapal selam\tsubmarine\n";

    #[test]
    fn ascii_and_unicode_terms_normalise_alike() {
        assert_eq!(
            normalise(" Menteri\t\x0b Pertahanan\r\nRI "),
            "menteri pertahanan ri"
        );
        // The same words with a non-ASCII character take the general path.
        assert_eq!(
            normalise(" Menteri\t\x0b Pertahanan\u{a0}RI’s "),
            "menteri pertahanan ri's"
        );
    }

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
