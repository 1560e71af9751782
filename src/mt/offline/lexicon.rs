//! The bilingual lexicon behind the offline backend, and word analysis against it.
//!
//! Three embedded files (see `data/lexicon/README.md`), in rising order of trust:
//! `loanwords.tsv`, Indonesian spellings of English Latinate words generated from the SCOWL word
//! list (`transisi` -> `transition`); `freedict-id-en.tsv`, FreeDict's English-Indonesian
//! dictionary reversed by `tools/build-lexicon.py` (CC-BY-SA-3.0); and `supplement.tsv`,
//! curated news, defence and function vocabulary (MIT). A later file wins where two have a
//! word. All are compiled into the binary with `include_str!` and parsed on first use, so the
//! tool needs no data files at run time and commands that never translate pay nothing.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

use crate::morph::{self, Derivation};

/// FreeDict reversed: CC-BY-SA-3.0, kept in its own file with its attribution header.
const FREEDICT: &str = include_str!("../../../data/lexicon/freedict-id-en.tsv");
/// The curated supplement (MIT, like the project).
const SUPPLEMENT: &str = include_str!("../../../data/lexicon/supplement.tsv");
/// Loan-word spellings generated from SCOWL (permissive licence, notice in the file).
const LOANWORDS: &str = include_str!("../../../data/lexicon/loanwords.tsv");

/// Where an entry comes from, in rising order of trust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// A generated loan-word spelling (`signifikan` -> `significant`): a checked guess.
    Loan,
    /// FreeDict, reversed.
    FreeDict,
    /// The curated supplement.
    Supplement,
}

/// A lexicon entry's part of speech, as far as the gist needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    /// Common noun.
    Noun,
    /// Verb.
    Verb,
    /// Adjective: follows its noun in Indonesian, precedes it in English.
    Adj,
    /// Adverb.
    Adv,
    /// Preposition.
    Prep,
    /// Conjunction.
    Conj,
    /// Determiner, including the demonstratives `ini`, `itu`.
    Det,
    /// Pronoun.
    Pron,
    /// Numeral.
    Num,
    /// Proper noun (country, place); with an adjective it can qualify a noun.
    Proper,
    /// Particle.
    Particle,
    /// Interjection.
    Interj,
    /// Phrase.
    Phrase,
    /// Classifier (`seorang`, `sebuah`).
    Classifier,
    /// Auxiliary or aspect marker (`akan`, `telah`, `sedang`).
    Aux,
    /// Quantifier that makes the following noun plural (`para`, `beberapa`, `semua`).
    Quant,
    /// Unknown.
    Other,
}

impl Pos {
    fn parse(tag: &str) -> Pos {
        match tag {
            "n" => Pos::Noun,
            "v" => Pos::Verb,
            "adj" => Pos::Adj,
            "adv" => Pos::Adv,
            "prep" => Pos::Prep,
            "conj" => Pos::Conj,
            "det" => Pos::Det,
            "pron" => Pos::Pron,
            "num" => Pos::Num,
            "pn" => Pos::Proper,
            "part" => Pos::Particle,
            "intj" => Pos::Interj,
            "phr" => Pos::Phrase,
            "cls" => Pos::Classifier,
            "aux" => Pos::Aux,
            "q" => Pos::Quant,
            _ => Pos::Other,
        }
    }
}

/// One Indonesian word or phrase and its English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The English gloss; empty when the word has no English counterpart (`para`, `pun`).
    pub english: String,
    /// Part of speech.
    pub pos: Pos,
    /// The adjective of a country or region (`Rusia` -> `Russian`).
    pub adjective: Option<String>,
    /// An irregular plural the rules would get wrong (`orang` -> `people`).
    pub plural: Option<String>,
    /// An irregular past participle for passives (`adakan` -> `held`).
    pub participle: Option<String>,
    /// Which file the entry comes from.
    pub source: Source,
}

/// How a single word was found in the lexicon.
#[derive(Debug, Clone)]
pub struct WordAnalysis<'a> {
    /// The entry of the form found (the word itself, or its stem).
    pub entry: &'a Entry,
    /// The form found (lower case).
    pub form: String,
    /// The affixes removed to reach it (none when the word itself is an entry).
    pub derivation: Derivation,
    /// The word was a reduplication (`negara-negara`).
    pub reduplicated: bool,
}

/// The lexicon: single words and multi-word phrases, keyed by lower-case NFC text.
#[derive(Debug)]
pub struct Lexicon {
    entries: HashMap<String, Entry>,
    /// Entries that only apply to the capitalised form (`Minggu` is Sunday, `minggu` a week).
    cased: HashMap<String, Entry>,
    max_phrase_words: usize,
}

/// Lower case, NFC: the form every key and lookup uses.
pub fn normalise(word: &str) -> String {
    word.nfc().collect::<String>().to_lowercase()
}

impl Lexicon {
    /// The lexicon compiled into the binary, parsed on first use.
    pub fn embedded() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(&[LOANWORDS, FREEDICT, SUPPLEMENT]))
    }

    /// A short fingerprint of the embedded data, so caches keyed on the backend's model are
    /// invalidated when the lexicon changes.
    pub fn fingerprint() -> String {
        static FP: OnceLock<String> = OnceLock::new();
        FP.get_or_init(|| {
            // FNV-1a: stable across Rust versions, unlike `DefaultHasher`.
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for b in FREEDICT
                .bytes()
                .chain(SUPPLEMENT.bytes())
                .chain(LOANWORDS.bytes())
            {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            format!("{:08x}", h >> 32)
        })
        .clone()
    }

    /// Parses the loan-word table, the FreeDict table and the supplement, given in that order;
    /// a later table's row replaces an earlier one with the same key. Malformed rows are
    /// skipped (the build script and a test lint the files).
    pub fn parse(tables: &[&str; 3]) -> Lexicon {
        let mut entries = HashMap::new();
        let mut cased = HashMap::new();
        let sources = [Source::Loan, Source::FreeDict, Source::Supplement];
        for (text, source) in tables.iter().zip(sources) {
            let curated = source == Source::Supplement;
            for line in text.lines() {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let mut cols = line.split('\t');
                let (Some(key), Some(english)) = (cols.next(), cols.next()) else {
                    continue;
                };
                let pos = Pos::parse(cols.next().unwrap_or(""));
                let mut entry = Entry {
                    english: if english == "_" {
                        String::new()
                    } else {
                        english.to_string()
                    },
                    pos,
                    adjective: None,
                    plural: None,
                    participle: None,
                    source,
                };
                if curated {
                    for kv in cols.next().unwrap_or("").split(';') {
                        match kv.trim().split_once('=') {
                            Some(("adj", v)) => entry.adjective = Some(v.to_string()),
                            Some(("pl", v)) => entry.plural = Some(v.to_string()),
                            Some(("pp", v)) => entry.participle = Some(v.to_string()),
                            _ => {}
                        }
                    }
                }
                let key = key.trim();
                if key.is_empty() {
                    continue;
                }
                if curated && key.chars().any(char::is_uppercase) {
                    cased.insert(key.nfc().collect::<String>(), entry);
                } else {
                    entries.insert(normalise(key), entry);
                }
            }
        }
        let max_phrase_words = entries
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1);
        Lexicon {
            entries,
            cased,
            max_phrase_words,
        }
    }

    /// The entry for a lower-case word or space-separated phrase.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.get(key)
    }

    /// The entry for a word as written, when the supplement has a capitalised form of it.
    pub fn get_cased(&self, word: &str) -> Option<&Entry> {
        if self.cased.is_empty() {
            return None;
        }
        self.cased.get(&word.nfc().collect::<String>())
    }

    /// Whether the lexicon has `key` (lower case).
    pub fn contains(&self, key: &str) -> bool {
        self.entries.contains_key(key)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The most words any phrase entry has.
    pub fn max_phrase_words(&self) -> usize {
        self.max_phrase_words
    }

    /// Looks a single lower-case word up: the surface form first, then reduplication, then the
    /// candidate stems from [`morph::stem_candidates`], longest known form first.
    pub fn analyse_word(&self, word: &str) -> Option<WordAnalysis<'_>> {
        if let Some(entry) = self.get(word) {
            return Some(WordAnalysis {
                entry,
                form: word.to_string(),
                derivation: Derivation::default(),
                reduplicated: false,
            });
        }
        if word.contains('-') {
            return self.analyse_hyphenated(word);
        }
        let c = morph::find_stem(word, |s| self.usable_stem(s))?;
        let entry = self.get(&c.stem)?;
        Some(WordAnalysis {
            entry,
            form: c.stem,
            derivation: c.derivation,
            reduplicated: false,
        })
    }

    /// A stem worth accepting: short FreeDict-only stems are too often accidents (`kit`).
    fn usable_stem(&self, stem: &str) -> bool {
        match self.get(stem) {
            Some(e) => {
                (e.source == Source::Supplement || stem.chars().count() >= 4)
                    && !e.english.is_empty()
            }
            None => false,
        }
    }

    /// Reduplicated words: full (`negara-negara`, `menteri-menterinya`), with an affix on the
    /// first half (`berbeda-beda`, `sebaik-baiknya` is left alone) or on the whole
    /// (`sayur-sayuran`).
    fn analyse_hyphenated(&self, word: &str) -> Option<WordAnalysis<'_>> {
        let (base_word, clitic) = match morph::strip_clitic(word, 3) {
            Some((stem, c)) if stem.contains('-') => (stem, Some(c)),
            _ => (word, None),
        };
        let (a, b) = base_word.split_once('-')?;
        if a.is_empty() || b.is_empty() {
            return None;
        }
        // `negara-negara`; `sayur-sayuran` (the suffix on the second half).
        let full =
            morph::reduplication_base(base_word).is_some() || b.strip_suffix("an") == Some(a);
        // `berbeda-beda`, `bermain-main`: an affixed first half repeating its root.
        let partial = !full && a.ends_with(b) && b.chars().count() >= 3;
        if !full && !partial {
            return None;
        }
        let mut analysis = self.analyse_word(a)?;
        analysis.reduplicated = full;
        if clitic.is_some() {
            analysis.derivation.clitic = clitic;
        }
        Some(analysis)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_parses_and_supplement_wins() {
        let lex = Lexicon::embedded();
        assert!(lex.len() > 10_000);
        assert!(lex.max_phrase_words() >= 3);
        // FreeDict says `tofu`; the supplement knows the news sense.
        assert_eq!(lex.get("tahu").map(|e| e.english.as_str()), Some("know"));
        assert_eq!(lex.get("pasukan").map(|e| e.pos), Some(Pos::Noun));
        assert_eq!(
            lex.get("rusia").and_then(|e| e.adjective.as_deref()),
            Some("Russian")
        );
        assert!(lex.get("satu sama lain").is_some());
    }

    #[test]
    fn supplement_is_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for (n, line) in SUPPLEMENT.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(cols.len() >= 3, "supplement.tsv:{}: {line:?}", n + 1);
            assert_ne!(Pos::parse(cols[2]), Pos::Other, "supplement.tsv:{}", n + 1);
            // Capitalised keys (`Minggu`) are a separate, case-sensitive namespace.
            let key = if cols[0].chars().any(char::is_uppercase) {
                cols[0].to_string()
            } else {
                normalise(cols[0])
            };
            assert!(seen.insert(key), "duplicate at supplement.tsv:{}", n + 1);
        }
    }

    #[test]
    fn surface_before_stem() {
        let lex = Lexicon::embedded();
        let a = lex.analyse_word("pasukan").expect("known");
        assert_eq!(a.form, "pasukan");
        let a = lex.analyse_word("pertahanannya").expect("known");
        assert_eq!(a.form, "pertahanan");
        let a = lex.analyse_word("negara-negara").expect("known");
        assert!(a.reduplicated);
        assert_eq!(a.form, "negara");
    }
}
