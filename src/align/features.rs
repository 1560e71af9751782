//! What survives translation: each unit reduced to anchors that can be compared across the
//! two languages without translating anything.
//!
//! An Indonesian unit is analysed by the offline backend ([`OfflineBackend::analyse_request`]),
//! with the glossary's terms as hints, and every token that carries meaning becomes an *anchor*
//! holding one or more English keys:
//!
//! - a **number**, by value: `9.000` and `9,000` are both 9000, `$103,7 juta` is 103.7 and
//!   103,700,000, as is `$103.7 million`; forms that are not clearly numbers (dates, times)
//!   are compared as written;
//! - a **name** or **acronym** (capitalised in mid-sentence, unknown to the lexicon, or copied
//!   verbatim like `COVID-19`), as written;
//! - a **glossary term**, by its English target, US spelling and adjective (`Amerika Serikat`
//!   -> `United States`, `American`);
//! - a **word** of the lexicon, by the content words of its English gloss (`pengeluaran` ->
//!   `spending`), and, for longer words, also as written (loan words and names the lexicon
//!   happens to know: `internet`, `Trump`);
//! - **punctuation** that translators keep: quotation marks, `?`, `!`, `:`, `;`, brackets and
//!   dashes.
//!
//! An English unit is reduced to the same kinds of keys, one per distinct content word, number
//! and punctuation mark. Words are compared by a crude stem (lower case, plural and `-ed`/`-ing`
//! endings removed, cut to [`STEM_CHARS`] letters), which is enough to meet a gloss halfway:
//! `immigration` and `immigrants` share `immig`.

use crate::glossary::Glossary;
use crate::mt::offline::{OfflineBackend, TokenKind};
use crate::mt::{Request, TermHint};
use crate::text::numbers;

/// Letters of a word's stem that take part in comparison.
pub const STEM_CHARS: usize = 5;

/// The kinds of anchor, each with its own weight of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A number, compared by value.
    Number = 0,
    /// A name, acronym or verbatim code, compared as written.
    Name = 1,
    /// A content word (lexicon gloss or glossary target).
    Word = 2,
    /// Punctuation translators keep.
    Punct = 3,
}

/// Number of [`Class`] values.
pub const CLASSES: usize = 4;

/// A unit's anchors, each a small set of keys any of which may match, and every key of the
/// unit for the other side to look up.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Length in characters.
    pub chars: usize,
    /// All keys of all anchors, anchor after anchor.
    keys: Vec<u64>,
    /// Per anchor: its class and the end of its keys in `keys`.
    anchors: Vec<(Class, u32)>,
    /// Every (key, anchor) of the unit, sorted.
    index: Vec<(u64, u32)>,
    /// Hashes of the anchors pushed so far (while building).
    seen: std::collections::HashSet<u64>,
}

impl Features {
    /// The anchors: class and keys.
    pub fn anchors(&self) -> impl Iterator<Item = (Class, &[u64])> {
        let mut start = 0usize;
        self.anchors.iter().map(move |&(class, end)| {
            let keys = &self.keys[start..end as usize];
            start = end as usize;
            (class, keys)
        })
    }

    /// Number of anchors.
    pub fn len(&self) -> usize {
        self.anchors.len()
    }

    /// Whether the unit has no anchor.
    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }

    /// Whether `key` is one of the unit's.
    pub fn contains(&self, key: u64) -> bool {
        let at = self.index.partition_point(|e| e.0 < key);
        self.index.get(at).is_some_and(|e| e.0 == key)
    }

    /// The anchors holding `key`.
    pub fn anchors_with(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        let at = self.index.partition_point(|e| e.0 < key);
        self.index[at..]
            .iter()
            .take_while(move |e| e.0 == key)
            .map(|e| e.1 as usize)
    }

    /// The class of anchor `a`.
    pub fn class(&self, a: usize) -> Class {
        self.anchors[a].0
    }

    /// Whether any of `keys` is one of the unit's.
    pub fn contains_any(&self, keys: &[u64]) -> bool {
        keys.iter().any(|&k| self.contains(k))
    }

    /// The features of units joined into one (a paragraph from its sentences).
    pub fn concat<'a>(parts: impl IntoIterator<Item = &'a Features>) -> Features {
        let mut f = Features::default();
        let mut keys = Vec::new();
        for (k, p) in parts.into_iter().enumerate() {
            f.chars += p.chars + usize::from(k > 0);
            for (class, ks) in p.anchors() {
                keys.clear();
                keys.extend_from_slice(ks);
                f.push(class, &mut keys);
            }
        }
        f.finish();
        f
    }

    fn push(&mut self, class: Class, keys: &mut Vec<u64>) {
        keys.sort_unstable();
        keys.dedup();
        if keys.is_empty() {
            return;
        }
        // A repeated anchor (the same name twice) is one piece of evidence.
        let mut h = hash(class as u8, &[]);
        for &k in keys.iter() {
            h = (h ^ k).wrapping_mul(0x0100_0000_01b3);
        }
        if !self.seen.insert(h) {
            return;
        }
        self.keys.extend_from_slice(keys);
        self.anchors.push((class, self.keys.len() as u32));
    }

    fn finish(&mut self) {
        self.seen = std::collections::HashSet::new();
        let mut start = 0usize;
        for (a, &(_, end)) in self.anchors.iter().enumerate() {
            for &k in &self.keys[start..end as usize] {
                self.index.push((k, a as u32));
            }
            start = end as usize;
        }
        self.index.sort_unstable();
    }
}

/// English words that carry no evidence: they are in every sentence.
const EN_STOPWORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "for",
    "from",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "s",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "t",
    "ll",
    "d",
    "re",
    "ve",
    "m",
    "o",
    "per",
    "via",
    "against",
    "because",
    "between",
    "both",
    "during",
    "each",
    "few",
    "further",
    "off",
    "once",
    "again",
    "above",
    "below",
    "down",
    "within",
    "without",
    "shall",
    "onto",
    "among",
    "yet",
    "however",
    "although",
    "though",
    "thus",
    "since",
    "like",
    "unto",
    "she/he",
    "he/she",
    "someone",
    "something",
    "thing",
    "things",
];

fn is_stopword(w: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| EN_STOPWORDS.iter().copied().collect())
        .contains(w)
}

/// FNV-1a over a class tag and bytes: keys are compared, never shown.
fn hash(tag: u8, bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(tag);
    h = h.wrapping_mul(0x0100_0000_01b3);
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The crude English stem of a lower-case word, cut to [`STEM_CHARS`] characters.
fn stem(lower: &str) -> &str {
    let w = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(lower);
    let n = w.len();
    let w = if n > 4 && w.ends_with("ies") {
        &w[..n - 2] // `countries` -> `countri`: meets `country` cut to `count`
    } else if n > 4 && (w.ends_with("ing") || w.ends_with("ed")) {
        w.strip_suffix("ing")
            .or_else(|| w.strip_suffix("ed"))
            .unwrap_or(w)
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        &w[..n - 1]
    } else {
        w
    };
    match w.char_indices().nth(STEM_CHARS) {
        Some((i, _)) => &w[..i],
        None => w,
    }
}

/// The key of one word (any language, any case) as a word.
fn word_key(word: &str) -> Option<u64> {
    let lower = word.to_lowercase();
    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if lower.is_empty() || is_stopword(lower) {
        return None;
    }
    Some(hash(b'w', stem(lower).as_bytes()))
}

/// The keys of a number's value, and of the value times the scale word after it.
fn number_keys(value: f64, scale: Option<f64>, out: &mut Vec<u64>) {
    let mut push = |v: f64| {
        // Rounded to avoid `103.7 * 1e6` landing a hair away from `103700000`.
        let s = format!("{:.3}", v);
        out.push(hash(b'#', s.as_bytes()));
    };
    push(value);
    if let Some(f) = scale {
        push(value * f);
    }
}

/// A literal form compared as written (names, codes, dates): lower case.
fn literal_key(s: &str) -> u64 {
    hash(b'w', stem(&s.to_lowercase()).as_bytes())
}

/// Punctuation that translators keep, by kind.
fn punct_key(c: char) -> Option<u64> {
    let kind = match c {
        '"' | '“' | '”' | '„' | '«' | '»' => b'"',
        '?' => b'?',
        '!' => b'!',
        ':' => b':',
        ';' => b';',
        '(' | ')' | '[' | ']' => b'(',
        '—' | '–' => b'-',
        _ => return None,
    };
    Some(hash(b'p', &[kind]))
}

/// The number at the start of `s` with its currency symbol removed, read the Indonesian way
/// first when `indonesian`, then the English way.
fn parse_number(s: &str, indonesian: bool) -> Option<f64> {
    let body = s.trim_start_matches(|c: char| !c.is_ascii_digit());
    let body = body.strip_suffix('%').unwrap_or(body);
    if body.is_empty() {
        return None;
    }
    if indonesian {
        numbers::parse_id_number(body).or_else(|| numbers::parse_en_number(body))
    } else {
        numbers::parse_en_number(body).or_else(|| {
            // `2C`, `40s`: digits with a unit glued on.
            let digits: String = body.chars().take_while(char::is_ascii_digit).collect();
            (digits.len() == body.len()).then(|| digits.parse().ok())?
        })
    }
}

/// Extracts anchors from Indonesian units.
pub struct SourceAnalyser<'g> {
    glossary: Option<&'g Glossary>,
    backend: OfflineBackend,
}

impl<'g> SourceAnalyser<'g> {
    /// An analyser using `glossary`'s terms, if any.
    pub fn new(glossary: Option<&'g Glossary>) -> Self {
        SourceAnalyser {
            glossary,
            backend: OfflineBackend::new(),
        }
    }

    /// The anchors of one Indonesian unit.
    pub fn features(&self, text: &str) -> Features {
        let mut f = Features {
            chars: text.chars().count(),
            ..Features::default()
        };
        let mut terms = Vec::new();
        if let Some(g) = self.glossary {
            for m in g.find(text) {
                let e = g.entry(m.entry);
                terms.push(TermHint {
                    start: m.start,
                    end: m.end,
                    source: e.source.clone(),
                    target: e.target_for(g.spelling()),
                    adjective: e.adjective.clone(),
                    keep: e.flags.dnt,
                });
            }
        }
        let req = Request {
            id: String::new(),
            text: text.to_string(),
            context: None,
            terms,
        };
        let tokens = self.backend.analyse_request(&req);
        let mut keys: Vec<u64> = Vec::with_capacity(8);
        for (k, t) in tokens.iter().enumerate() {
            keys.clear();
            let class = match t.kind {
                TokenKind::Number => {
                    let scale = tokens
                        .get(k + 1)
                        .and_then(|n| numbers::scale_word(&n.surface))
                        .map(|s| s.factor);
                    match parse_number(&t.surface, true) {
                        Some(v) => number_keys(v, scale, &mut keys),
                        None => keys.push(literal_key(&t.surface)),
                    }
                    Class::Number
                }
                TokenKind::Name | TokenKind::Verbatim | TokenKind::Unknown => {
                    let s = t.surface.trim_start_matches('*');
                    if let Some(k) = word_key(s) {
                        keys.push(k);
                    }
                    Class::Name
                }
                TokenKind::Term => {
                    let hint = req.terms.iter().find(|h| h.start == t.start).or_else(|| {
                        req.terms
                            .iter()
                            .find(|h| h.start <= t.start && t.start < h.end)
                    });
                    let mut forms: Vec<&str> = vec![t.english.as_str()];
                    if let Some(h) = hint {
                        forms.push(&h.target);
                        if let Some(a) = &h.adjective {
                            forms.push(a);
                        }
                        if h.keep {
                            forms.push(&h.source);
                        }
                    }
                    for form in forms {
                        keys.extend(
                            form.split(|c: char| !c.is_alphanumeric())
                                .filter_map(word_key),
                        );
                    }
                    Class::Word
                }
                TokenKind::Known => {
                    keys.extend(
                        t.english
                            .split(|c: char| !c.is_alphanumeric())
                            .filter_map(word_key),
                    );
                    let capital = t.surface.starts_with(char::is_uppercase) && !t.sentence_initial;
                    if keys.is_empty() && !capital {
                        continue; // a function word
                    }
                    if t.surface.chars().count() >= 4 || capital {
                        keys.extend(word_key(&t.surface));
                    }
                    if capital {
                        Class::Name
                    } else {
                        Class::Word
                    }
                }
                TokenKind::Punct => match t.surface.chars().next().and_then(punct_key) {
                    Some(k) => {
                        keys.push(k);
                        Class::Punct
                    }
                    None => continue,
                },
            };
            f.push(class, &mut keys);
        }
        f.finish();
        f
    }
}

/// The anchors of one English unit: one per distinct content word, number or punctuation mark.
pub fn target_features(text: &str) -> Features {
    let mut f = Features {
        chars: text.chars().count(),
        ..Features::default()
    };
    let words = english_words(text);
    let mut keys = Vec::with_capacity(4);
    for (k, &(w, first)) in words.iter().enumerate() {
        keys.clear();
        let c = w.chars().next().unwrap_or(' ');
        let class = if let Some(p) = punct_key(c) {
            keys.push(p);
            Class::Punct
        } else if !c.is_alphanumeric() && !matches!(c, '$' | '€' | '£' | '¥') {
            continue;
        } else if w.chars().any(|c| c.is_ascii_digit()) {
            let scale = words.get(k + 1).and_then(|n| numbers::scale_word_en(n.0));
            match parse_number(w, false) {
                Some(v) => number_keys(v, scale, &mut keys),
                // `COVID-19`, dates: a code on both sides.
                None => keys.push(literal_key(w)),
            }
            Class::Number
        } else if let Some(key) = word_key(w) {
            keys.push(key);
            if (c.is_uppercase() && !first) || is_acronym(w) {
                Class::Name
            } else {
                Class::Word
            }
        } else {
            continue;
        };
        f.push(class, &mut keys);
    }
    f.finish();
    f
}

fn is_acronym(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// English tokens: words (with inner hyphens, apostrophes, and the `.`/`,` of numbers),
/// numbers with a currency sign, and single punctuation marks; with whether each starts a
/// sentence (a capital there says nothing about names).
fn english_words(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut first = true;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        let is_word = |c: char| c.is_alphanumeric();
        if is_word(c)
            || (matches!(c, '$' | '€' | '£' | '¥')
                && chars.get(k + 1).is_some_and(|n| n.1.is_ascii_digit()))
        {
            let mut j = k + 1;
            while j < chars.len() {
                let c = chars[j].1;
                if is_word(c) || c == '%' {
                    j += 1;
                    continue;
                }
                let prev = chars[j - 1].1;
                let next = chars.get(j + 1).map_or(' ', |n| n.1);
                let joins = match c {
                    '-' | '\'' | '’' => is_word(prev) && is_word(next),
                    '.' | ',' | ':' | '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |n| n.0);
            out.push((&text[start..end], first));
            first = false;
            k = j;
        } else {
            let end = start + c.len_utf8();
            out.push((&text[start..end], false));
            if matches!(c, '.' | '!' | '?' | ':') {
                first = true;
            }
            k += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_meet_across_languages() {
        let src = SourceAnalyser::new(None).features("Biayanya $103,7 juta untuk 9.000 orang.");
        let tgt = target_features("It cost $103.7 million for 9,000 people.");
        let numbers: Vec<_> = src.anchors().filter(|(c, _)| *c == Class::Number).collect();
        assert_eq!(numbers.len(), 2);
        for (_, keys) in numbers {
            assert!(keys.iter().any(|&k| tgt.contains(k)), "{keys:?}");
        }
    }

    #[test]
    fn stems_meet() {
        assert_eq!(stem("immigrants"), stem("immigration"));
        assert_eq!(stem("countries"), "count");
        assert_eq!(word_key("The"), None);
        assert_eq!(word_key("Obama"), word_key("obama"));
    }
}
