//! The bilingual lexicon behind the offline backend, and word analysis against it.
//!
//! Three files (see `data/lexicon/README.md`), in rising order of trust: `loanwords.tsv`, Indonesian spellings of English Latinate words generated from the SCOWL word list
//! (`transisi` -> `transition`); `freedict-id-en.tsv`, FreeDict's English-Indonesian dictionary
//! reversed by `tools/build-lexicon.py` (CC-BY-SA-3.0); and `supplement.tsv`, curated news,
//! defence and function vocabulary (MIT). A later file wins where two have a word. Beside
//! them, `english-words.txt` lists common English words the gist keeps as English
//! ([`Lexicon::is_english`]).
//!
//! The files are compiled by `build.rs` into sorted tables of string offsets in the binary's
//! read-only data: nothing is parsed or hashed at start (parsing them took 112 million
//! instructions, ~15 ms, on every run that translated or aligned anything), a lookup is a
//! binary search, and an [`Entry`] is made from its row the first time it is asked for.

use std::collections::BTreeMap;
use std::sync::Mutex;

use unicode_normalization::UnicodeNormalization;

use crate::morph::{self, Derivation};

/// Byte offsets of a string in [`STRINGS`].
#[derive(Clone, Copy)]
struct Span(u32, u32);

impl Span {
    fn get(self) -> &'static str {
        &STRINGS[self.0 as usize..self.1 as usize]
    }
}

/// A row of the compiled tables: the key normalised, the other columns as written.
struct Raw {
    key: Span,
    english: Span,
    pos: Span,
    extras: Span,
    /// Index into [`SOURCES`].
    source: u8,
}

/// Every string of the tables, end to end; the tables hold offsets, not pointers, so loading
/// the program patches nothing in them.
static STRINGS: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon.txt"));

// FINGERPRINT, MAX_PHRASE_WORDS, ENTRIES (lower-case keys), CASED (capitalised keys of the
// supplement), ENGLISH (common English words, lower case) and SHARED (common English words
// Indonesian spelling also allows), each sorted by key.
include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

/// The files in the order `build.rs` numbers them.
const SOURCES: [Source; 3] = [Source::Loan, Source::FreeDict, Source::Supplement];

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
    /// A word of quotes in a regional language or colloquial Jakartan (`ulun` I, `horas`):
    /// read only as written in lower case (or opening a sentence). Capitalised in mid-sentence
    /// it is a name or part of one (`Pura Ulun Danu Batur`), kept as written.
    pub lower_case: bool,
    /// Which file the entry comes from.
    pub source: Source,
}

impl Entry {
    /// A word a dictionary or the supplement glosses (not a generated loan-word guess, not a
    /// word with no English of its own): what a last-resort reading of a misspelt or glued
    /// word must land on.
    pub fn is_glossed_word(&self) -> bool {
        self.source > Source::Loan && !self.english.is_empty()
    }
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

/// One compiled table and its entries, each made on first use.
struct Table {
    rows: &'static [Raw],
    /// The entries made so far, by row, kept for the process. (A zeroed slot per row in the
    /// binary, the first way, cost a page fault for nearly every word an article looks up:
    /// the rows are tens of thousands, the words a few hundred.)
    made: &'static Mutex<BTreeMap<usize, &'static Entry>>,
}

impl Table {
    fn get(&self, key: &str) -> Option<&'static Entry> {
        let i = self.rows.binary_search_by(|r| r.key.get().cmp(key)).ok()?;
        let mut made = self.made.lock().unwrap_or_else(|p| p.into_inner());
        let rows = self.rows;
        Some(
            made.entry(i)
                .or_insert_with(|| Box::leak(Box::new(rows[i].entry()))),
        )
    }
}

impl Raw {
    fn entry(&self) -> Entry {
        let source = SOURCES[usize::from(self.source)];
        let mut entry = Entry {
            english: match self.english.get() {
                "_" => String::new(),
                english => english.to_string(),
            },
            pos: Pos::parse(self.pos.get()),
            adjective: None,
            plural: None,
            participle: None,
            lower_case: false,
            source,
        };
        for kv in self.extras.get().split(';') {
            match kv.trim().split_once('=') {
                Some(("adj", v)) => entry.adjective = Some(v.to_string()),
                Some(("pl", v)) => entry.plural = Some(v.to_string()),
                Some(("pp", v)) => entry.participle = Some(v.to_string()),
                None if kv.trim() == "lower" => entry.lower_case = true,
                _ => {}
            }
        }
        entry
    }
}

/// The lexicon: single words and multi-word phrases, keyed by lower-case NFC text.
pub struct Lexicon {
    entries: Table,
    /// Entries that only apply to the capitalised form (`Minggu` is Sunday, `minggu` a week).
    cased: Table,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &self.entries.rows.len())
            .field("cased", &self.cased.rows.len())
            .finish()
    }
}

/// Lower case, NFC: the form every key and lookup uses.
pub fn normalise(word: &str) -> String {
    // ASCII is already NFC, and its lower case is the ASCII one: no Unicode tables for most
    // words (this runs for every word the offline backend looks up).
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.nfc().collect::<String>().to_lowercase()
}

impl Lexicon {
    /// The lexicon compiled into the binary.
    pub fn embedded() -> &'static Lexicon {
        static ENTRIES_MADE: Mutex<BTreeMap<usize, &'static Entry>> = Mutex::new(BTreeMap::new());
        static CASED_MADE: Mutex<BTreeMap<usize, &'static Entry>> = Mutex::new(BTreeMap::new());
        static LEXICON: Lexicon = Lexicon {
            entries: Table {
                rows: &ENTRIES,
                made: &ENTRIES_MADE,
            },
            cased: Table {
                rows: &CASED,
                made: &CASED_MADE,
            },
        };
        &LEXICON
    }

    /// A short fingerprint of the lexicon's files, so caches keyed on the backend's model are
    /// invalidated when the lexicon changes.
    pub fn fingerprint() -> String {
        FINGERPRINT.to_string()
    }

    /// The entry for a lower-case word or space-separated phrase.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.get(key)
    }

    /// The entry for a word as written, when the supplement has a capitalised form of it.
    pub fn get_cased(&self, word: &str) -> Option<&Entry> {
        // Every capitalised key has an upper-case letter: most words need no NFC pass.
        if !word.chars().any(char::is_uppercase) {
            return None;
        }
        if word.is_ascii() {
            return self.cased.get(word);
        }
        self.cased.get(&word.nfc().collect::<String>())
    }

    /// Whether `word` (lower case) is a common English word that is not also Indonesian
    /// (`data/lexicon/english-words.txt`: SCOWL's common words less those the Indonesian
    /// Hunspell dictionary accepts). News copy uses such words as they are (`office`,
    /// `market`, `sold out`), so the gist keeps them as English rather than marking them
    /// unknown. Callers ask only after the Indonesian lexicon has no entry for the word.
    /// Contractions and `'s` forms (`don't`, `it's`) are listed with a straight apostrophe
    /// and found with a curly one too (`it’s`), as copy types them.
    pub fn is_english(&self, word: &str) -> bool {
        let straight;
        let word = if word.contains('’') {
            straight = word.replace('’', "'");
            straight.as_str()
        } else {
            word
        };
        ENGLISH.binary_search_by(|s| s.get().cmp(word)).is_ok()
    }

    /// Whether `word` (lower case) is a common English word that Indonesian spelling also
    /// allows (`data/lexicon/english-shared.txt`: SCOWL's common words that the Indonesian
    /// Hunspell dictionary accepts, `as`, `we`, `not`, `data`, `program`), and so is left off
    /// [`Lexicon::is_english`]'s list. The gist reads such a word as English only inside a run
    /// of English words.
    pub fn is_shared_english(&self, word: &str) -> bool {
        SHARED.binary_search_by(|s| s.get().cmp(word)).is_ok()
    }

    /// Whether the lexicon has `key` (lower case).
    pub fn contains(&self, key: &str) -> bool {
        self.entries
            .rows
            .binary_search_by(|r| r.key.get().cmp(key))
            .is_ok()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.rows.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.rows.is_empty()
    }

    /// The most words any phrase entry has.
    pub fn max_phrase_words(&self) -> usize {
        MAX_PHRASE_WORDS
    }

    /// `word` as an entry, as it is written.
    fn as_written(&self, word: &str) -> Option<WordAnalysis<'_>> {
        self.get(word).map(|entry| WordAnalysis {
            entry,
            form: word.to_string(),
            derivation: Derivation::default(),
            reduplicated: false,
        })
    }

    /// Looks a single lower-case word up: the surface form first, then reduplication, then the
    /// candidate stems from [`morph::stem_candidates`], longest known form first.
    pub fn analyse_word(&self, word: &str) -> Option<WordAnalysis<'_>> {
        if let Some(found) = self.as_written(word) {
            return Some(found);
        }
        if word.contains('-') {
            return self.analyse_hyphenated(word);
        }
        if let Some(c) = morph::find_stem(word, |s| self.usable_stem(s)) {
            return self.stem_analysis(c);
        }
        self.analyse_colloquial(word)
    }

    /// The analysis of a word found through the stem `c` the morphology proposed.
    fn stem_analysis(&self, c: morph::Candidate) -> Option<WordAnalysis<'_>> {
        Some(WordAnalysis {
            entry: self.get(&c.stem)?,
            form: c.stem,
            derivation: c.derivation,
            reduplicated: false,
        })
    }

    /// A colloquial form the standard rules miss (`nyoba`, `ngerjain`, `dapet`): see
    /// [`morph::colloquial_candidates`] and [`morph::standard_vowel`].
    fn analyse_colloquial(&self, word: &str) -> Option<WordAnalysis<'_>> {
        if let Some(c) = morph::colloquial_candidates(word)
            .into_iter()
            .find(|c| self.usable_stem(&c.stem))
        {
            return self.stem_analysis(c);
        }
        let standard = morph::standard_vowel(word)?;
        if let Some(entry) = self.get(&standard) {
            return Some(WordAnalysis {
                entry,
                form: standard,
                derivation: Derivation::default(),
                reduplicated: false,
            });
        }
        // `terdenger`, `ngedapet`: the standard vowel under a prefix.
        let c = morph::find_stem(&standard, |s| self.usable_stem(s))?;
        let entry = self.get(&c.stem)?;
        Some(WordAnalysis {
            entry,
            form: c.stem,
            derivation: c.derivation,
            reduplicated: false,
        })
    }

    /// A lower-case word no rule explains, read as what its writer meant, for the last resort
    /// of the gist: the word with its accents removed, then the one known word a single slip
    /// of the keyboard away. `None` when neither gives exactly one reading.
    ///
    /// Indonesian spelling (PUEBI) has no accented letters, so an accent is a scraping or
    /// font artefact (`dìtutup`, `dì`): folded away. Typos of the originals are common in
    /// scraped news (`dilakukkan`, `mengatkaan`, `masayarakat`, `sebelummya`); a typo is read
    /// as the one word that one edit gives, trying the kinds of edit from the likeliest slip
    /// to the least (a doubled letter; two letters swapped; a letter more, less or wrong). A
    /// kind of edit that gives two different words is ambiguous and ends the search: the word
    /// stays unknown (`pelanggran`, `pelanggan` or `pelanggaran`). Because a rare real word is
    /// often one edit from a common one (`kerak` crust, `kera` ape; `ketengan` retail, `ke-an`
    /// round a wrong root), only a doubled letter is undone under the affix rules; the other
    /// edits must give a word the lexicon has as it stands (with a clitic at most), and need
    /// seven letters (a letter more or less) or eight (a letter wrong). Two neighbours
    /// swapped, the commonest typing slip, are undone from five letters (`unutk`, `tidka`,
    /// `kroban`), to an entry without a clitic: a swap keeps every letter, so on a short word
    /// it rarely lands on another word (measured on all the tuning texts and the raw news: 9
    /// readings, 8 right; the real words it would misread, `krama`, `kraton`, `urang`, are
    /// glossed). In a
    /// seven-letter word a wrong letter, which keeps the word's length and shape, reaches
    /// another real word or a name as often as the word meant (`pemaran` exhibition, not
    /// `pemeran` actor; `samboja`, a place, not `kamboja`), and so does an edit inside a
    /// clitic (`betahun` is `bertahun`, not `betah` + `pun`): there only a letter dropped or
    /// added is undone, to an entry without a clitic (`tecatat`, `klasmen`, `posisis`). The
    /// generated loan spellings, themselves a guess, are not used. From six letters, last, a
    /// wrong key that is the next key on its QWERTY row (`denhan`, `memjadi`, `oangan` for
    /// pangan) and, at six letters, a letter left out (`tekait`, `laoran`) are undone too, in
    /// the group of one-letter edits: a slipping finger hits the key beside the one meant, so
    /// the edit rarely reaches a word the writer did not mean (all tuning texts and the raw
    /// news: 23 readings, 20 right; at five letters, or with the keys above and below, far
    /// more wrong: docs/backends.md, the eighteenth pass).
    pub fn analyse_misspelt(&self, word: &str) -> Option<WordAnalysis<'_>> {
        if let Some(bare) = strip_mojibake(word) {
            return self.analyse_word(bare);
        }
        if let Some(a) = self
            .analyse_single_g(word)
            .or_else(|| self.analyse_single_k(word))
            .or_else(|| self.analyse_single_n(word))
        {
            return Some(a);
        }
        let folded = fold_accents(word);
        if folded != word {
            return self.analyse_word(&folded);
        }
        let chars: Vec<char> = word.chars().collect();
        if !chars.iter().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        let n = chars.len();
        for (kind, mut edits) in spelling_edits(&chars, n >= 8).into_iter().enumerate() {
            let (min_len, affixed) = match kind {
                0 => (5, true),
                // A swap from five letters; below eight, to an entry as it stands (below).
                1 => (5, false),
                // From six letters a neighbouring key or a letter left out (below).
                _ => (6, false),
            };
            if kind == 2 && n < 8 {
                edits.extend(neighbour_key_edits(&chars));
            }
            if n < min_len {
                continue;
            }
            let mut found: Option<WordAnalysis<'_>> = None;
            // The same word reached twice (`aab` from two deletions) is the same reading.
            for candidate in edits {
                // Only a doubled letter is undone under the affix rules; the other edits are
                // many (several hundred for a long word) and must give a word as it stands,
                // found by a binary search each.
                let analysis = if affixed {
                    self.analyse_standard(&candidate)
                } else if n < 8 {
                    self.as_entry(&candidate)
                } else {
                    self.surface_analysis(&candidate)
                };
                let Some(a) = analysis.filter(|a| a.entry.is_glossed_word()) else {
                    continue;
                };
                if found.as_ref().is_some_and(|f| f.form != a.form) {
                    return None;
                }
                found = Some(a);
            }
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// `mengunakan`, `menganggu`, `pengunaan`, `pengemarnya`: the prefix's `ng` and a root's initial `g`
    /// written as one `ng`, the commonest slip of affixed words in scraped news (the nasal
    /// prefix before `g` is `meng-`/`peng-` and the `g` stays: `meng` + `guna` is
    /// `menggunakan`). Read as the `g` root only when the word, a vowel after `meng`/`peng`,
    /// has no analysis as written (`mengalami`, `mengikat` do) and the word with the `g`
    /// restored is an entry or the affix rules find it a root that begins with `g`.
    fn analyse_single_g(&self, word: &str) -> Option<WordAnalysis<'_>> {
        let rest = word
            .strip_prefix("meng")
            .or_else(|| word.strip_prefix("peng"))?;
        if !rest.starts_with(['a', 'e', 'i', 'o', 'u']) || rest.chars().count() < 3 {
            return None;
        }
        let prefix = &word[..4];
        let restored = format!("{prefix}g{rest}");
        // The form found may be an entry with the prefix under a clitic (`pengemarnya`:
        // `penggemar` + `-nya`).
        let prefixed = format!("{prefix}g");
        self.analyse_standard(&restored)
            .filter(|a| {
                a.form == restored
                    || (a.form.starts_with(&prefixed) && a.derivation.clitic.is_some())
                    || (a.form.starts_with('g') && a.derivation.prefix != morph::Prefix::None)
            })
            .filter(|a| a.entry.is_glossed_word())
    }

    /// `meletakan`, `menggerakan`: a root ending in `k` before the suffix `-kan`, its `k` and
    /// the suffix's written as one (`letak` + `-kan` is `meletakkan`). Read so only when the
    /// affix rules then find a root ending in `k` under a suffix `-kan`.
    fn analyse_single_k(&self, word: &str) -> Option<WordAnalysis<'_>> {
        let base = word.strip_suffix("kan")?;
        if base.ends_with('k') || base.chars().count() < 4 {
            return None;
        }
        let restored = format!("{base}kkan");
        self.analyse_standard(&restored)
            .filter(|a| {
                a.form == restored
                    || (a.form.ends_with('k') && a.derivation.suffix == morph::Suffix::Kan)
            })
            .filter(|a| a.entry.is_glossed_word())
    }

    /// `kedepanya`, `pelayananya`: a word ending in `n` before the clitic `-nya`, the two `n`
    /// written as one (`kedepan` + `-nya` is `kedepannya`). Read so only when the word with
    /// the `n` restored has an analysis and the form before `-nya` as written has none.
    fn analyse_single_n(&self, word: &str) -> Option<WordAnalysis<'_>> {
        let base = word.strip_suffix("nya")?;
        // Three letters are enough (`lainya`): the restored word must still be known.
        if base.ends_with('n') || base.chars().count() < 3 {
            return None;
        }
        let restored = format!("{base}n");
        let mut a = self
            .analyse_standard(&restored)
            .filter(|a| a.entry.is_glossed_word())?;
        a.derivation.clitic = Some("nya");
        Some(a)
    }

    /// A compound written solid that the lexicon has as a phrase (`tanggungjawab`,
    /// `bertanggungjawab`): see [`morph::solid_compound`].
    pub fn analyse_solid_compound(&self, word: &str) -> Option<WordAnalysis<'_>> {
        let c = morph::solid_compound(word, |s| self.usable_stem(s))?;
        self.stem_analysis(c)
    }

    /// `word` as an entry or through the standard affix rules: not a reduplication and not a
    /// colloquial reading (`paper` would be read as `papar`).
    fn analyse_standard(&self, word: &str) -> Option<WordAnalysis<'_>> {
        if let Some(found) = self.as_written(word) {
            return Some(found);
        }
        self.stem_analysis(morph::find_stem(word, |s| self.usable_stem(s))?)
    }

    /// `word` as an entry: no affix rules, no clitic.
    fn as_entry(&self, word: &str) -> Option<WordAnalysis<'_>> {
        Some(WordAnalysis {
            entry: self.get(word)?,
            form: word.to_string(),
            derivation: Derivation::default(),
            reduplicated: false,
        })
    }

    /// `word` as an entry, or an entry with a clitic (`sebelumnya`): no affix rules.
    fn surface_analysis(&self, word: &str) -> Option<WordAnalysis<'_>> {
        let (form, clitic) = match self.get(word) {
            Some(_) => (word, None),
            None => {
                let (stem, clitic) = morph::strip_clitic(word, 3)?;
                (stem, Some(clitic))
            }
        };
        Some(WordAnalysis {
            entry: self.get(form)?,
            form: form.to_string(),
            derivation: Derivation {
                clitic,
                ..Derivation::default()
            },
            reduplicated: false,
        })
    }

    /// Two words written without the space between them (`adabeberapa`, `inimembuat`,
    /// `merupakansebuah`, a scraping slip): a function word of three letters or more (a
    /// determiner, pronoun, preposition, conjunction, auxiliary, quantifier, classifier or
    /// adverb of the supplement, or `ada`) before or after a word the standard affix rules can analyse (of
    /// three letters or more before it, four after). Two content words are not split
    /// (`bekalangan` is not `bek` + `alangan`, but a typo). `None` unless exactly one split
    /// works.
    pub fn split_glued(&self, word: &str) -> Option<(WordAnalysis<'_>, WordAnalysis<'_>)> {
        if !word.chars().all(|c| c.is_ascii_lowercase()) || word.len() < 7 {
            return None;
        }
        let function_word = |w: &str| {
            let e = self.get(w).filter(|e| {
                e.source == Source::Supplement
                    && !e.english.is_empty()
                    && (w == "ada"
                        || matches!(
                            e.pos,
                            Pos::Det
                                | Pos::Pron
                                | Pos::Prep
                                | Pos::Conj
                                | Pos::Aux
                                | Pos::Quant
                                | Pos::Classifier
                                | Pos::Adv
                        ))
            })?;
            Some(WordAnalysis {
                entry: e,
                form: w.to_string(),
                derivation: Derivation::default(),
                reduplicated: false,
            })
        };
        // The standard rules only: a colloquial reading of a part is a second guess on top of
        // the split (`diangak` is no `dia` + `ngak`, read as `kak`).
        let content = |w: &str| {
            self.analyse_standard(w)
                .filter(|a| a.entry.is_glossed_word())
        };
        let mut found = None;
        for i in 3..=word.len() - 3 {
            let (left, right) = word.split_at(i);
            // The function word first (`adabeberapa`), or last (`merupakansebuah`,
            // `antriansampai`: the space lost before it).
            let split = function_word(left)
                .and_then(|f| Some((f, content(right)?)))
                .or_else(|| {
                    let first = content(left).filter(|_| left.len() >= 4)?;
                    Some((first, function_word(right)?))
                });
            let Some(split) = split else {
                continue;
            };
            if found.is_some() {
                return None;
            }
            found = Some(split);
        }
        found
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
        if let (Some(entry), Some(_)) = (self.get(base_word), clitic) {
            // `laki-lakinya`: a hyphenated entry with a clitic.
            return Some(WordAnalysis {
                entry,
                form: base_word.to_string(),
                derivation: Derivation {
                    clitic,
                    ..Derivation::default()
                },
                reduplicated: false,
            });
        }
        let (a, b) = base_word.split_once('-')?;
        if a.is_empty() || b.is_empty() {
            return None;
        }
        // `terombang-ambing`, `bersenda-gurau`: a prefix on a hyphenated entry.
        if let Some((prefix, stem)) = morph::prefixes(base_word)
            .into_iter()
            .find(|(_, stem)| stem.contains('-') && self.usable_stem(stem))
        {
            return Some(WordAnalysis {
                entry: self.get(&stem)?,
                form: stem,
                derivation: Derivation {
                    prefix,
                    suffix: morph::Suffix::None,
                    clitic,
                },
                reduplicated: false,
            });
        }
        // `kegotong-royongan`, `kesewenang-wenangan`: the confix `ke-an` round a hyphenated
        // entry, the state or quality it names (KBBI writes the first solid,
        // `kegotongroyongan`; copy keeps the compound's hyphen, which ends the second).
        if let Some(stem) = base_word
            .strip_prefix("ke")
            .and_then(|r| r.strip_suffix("an"))
            .filter(|s| s.contains('-') && self.usable_stem(s))
        {
            return Some(WordAnalysis {
                entry: self.get(stem)?,
                form: stem.to_string(),
                derivation: Derivation {
                    prefix: morph::Prefix::Ke,
                    suffix: morph::Suffix::An,
                    clitic,
                },
                reduplicated: false,
            });
        }
        // `negara-negara`; `sayur-sayuran` (the suffix on the second half).
        let full =
            morph::reduplication_base(base_word).is_some() || b.strip_suffix("an") == Some(a);
        // `berbeda-beda`, `bermain-main`: an affixed first half repeating its root.
        let partial = !full && a.ends_with(b) && b.chars().count() >= 3;
        if !full && !partial {
            // `tembak-menembak`, `hormat-menghormati`: a root and its `meN-` form.
            let (root, suffix) = morph::reciprocal_base(base_word)?;
            let entry = self.get(root).filter(|e| e.is_glossed_word())?;
            return Some(WordAnalysis {
                entry,
                form: root.to_string(),
                derivation: Derivation {
                    prefix: morph::Prefix::MeN,
                    suffix,
                    clitic,
                },
                reduplicated: false,
            });
        }
        let mut analysis = self.analyse_word(a)?;
        analysis.reduplicated = full;
        if clitic.is_some() {
            analysis.derivation.clitic = clitic;
        }
        Some(analysis)
    }
}

/// `word` without the mojibake a scraper glued to it (`ituâ`): a closing quotation mark
/// (`’`, `”`, UTF-8 `E2 80 99`/`E2 80 9D`) read as Windows-1252 is `â€™`/`â€\u{9d}`, and
/// once the rest is lost or stripped an `â` is left on the word before it. `None` unless the
/// word is plain letters up to that `â`.
fn strip_mojibake(word: &str) -> Option<&str> {
    let i = word.find('â')?;
    let (bare, tail) = word.split_at(i);
    let junk = |c: char| matches!(c, 'â' | '€' | '™' | '\u{9d}' | '\u{9c}' | 'œ' | '\u{80}');
    (bare.chars().count() >= 2
        && bare.chars().all(|c| c.is_ascii_lowercase())
        && tail.chars().all(junk))
    .then_some(bare)
}

/// The words a wrong key gives on a QWERTY keyboard (the layout Indonesian keyboards use):
/// each letter replaced by a key beside it on the same row (`denhan` dengan, `memjadi`
/// menjadi). A finger that slips lands on the next key of its row; a key above or below, and
/// any letter at all, reach other real words far more often, and so does this edit on a word
/// of five letters, which is why `wakru` (waktu) and `dalan` (dalam) stay unknown (measured in
/// docs/backends.md, the eighteenth pass).
fn neighbour_key_edits(chars: &[char]) -> Vec<String> {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let mut out = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        for row in ROWS {
            let Some(k) = row.iter().position(|&r| char::from(r) == c) else {
                continue;
            };
            let beside = [k.checked_sub(1), Some(k + 1)];
            for j in beside.into_iter().flatten().filter(|&j| j < row.len()) {
                let mut v = chars.to_vec();
                v[i] = char::from(row[j]);
                out.push(v.into_iter().collect());
            }
        }
    }
    out
}

/// `word` with accents and other combining marks removed (`dìtutup` -> `ditutup`).
fn fold_accents(word: &str) -> String {
    if word.is_ascii() {
        return word.to_string();
    }
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// The words one edit away from `chars`, in groups from the likeliest kind of slip to the
/// least: a doubled letter written once more than meant, two neighbours swapped, and one
/// letter too many, missing or wrong (one group: `pelanggran` is `pelanggan` or
/// `pelanggaran`, `merengsek` is `merengek` or `merangsek`, so both are left alone); a
/// wrong letter only with `wrong_letter`.
fn spelling_edits(chars: &[char], wrong_letter: bool) -> [Vec<String>; 3] {
    let n = chars.len();
    let word = |v: &[char]| v.iter().collect::<String>();
    let without = |i: usize| {
        let mut v = chars.to_vec();
        v.remove(i);
        word(&v)
    };
    let letters = 'a'..='z';
    let repeated = (1..n)
        .filter(|&i| chars[i] == chars[i - 1])
        .map(without)
        .collect();
    let swapped = (1..n)
        .filter(|&i| chars[i] != chars[i - 1])
        .map(|i| {
            let mut v = chars.to_vec();
            v.swap(i - 1, i);
            word(&v)
        })
        .collect();
    let extra: Vec<String> = (0..n).map(without).collect();
    let missing: Vec<String> = (0..=n)
        .flat_map(|i| {
            letters.clone().map(move |c| {
                let mut v = chars.to_vec();
                v.insert(i, c);
                word(&v)
            })
        })
        .collect();
    let wrong: Vec<String> = (0..n)
        .filter(|_| wrong_letter)
        .flat_map(|i| {
            letters
                .clone()
                .filter(move |&c| c != chars[i])
                .map(move |c| {
                    let mut v = chars.to_vec();
                    v[i] = c;
                    word(&v)
                })
        })
        .collect();
    // At six letters only a letter left out: a letter too many there lands on another
    // word as often as on the word meant.
    let mut one_letter: Vec<String> = if n >= 7 { extra } else { Vec::new() };
    one_letter.extend(missing);
    one_letter.extend(wrong);
    [repeated, swapped, one_letter]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const FILES: [&str; 3] = [
        include_str!("../data/lexicon/loanwords.tsv"),
        include_str!("../data/lexicon/freedict-id-en.tsv"),
        include_str!("../data/lexicon/supplement.tsv"),
    ];
    const SUPPLEMENT: &str = FILES[2];

    /// Every row of the four files, read the plain way (later files win), is what the compiled
    /// tables answer: the build script loses, reorders and mangles nothing.
    #[test]
    fn compiled_tables_answer_every_row_of_the_files() {
        let mut plain: HashMap<String, (String, Source)> = HashMap::new();
        let mut cased: HashMap<String, (String, Source)> = HashMap::new();
        for (text, source) in FILES.iter().zip(SOURCES) {
            for line in text
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                let cols: Vec<&str> = line.split('\t').collect();
                let key = cols[0].trim();
                let english = if cols[1] == "_" { "" } else { cols[1] };
                let value = (english.to_string(), source);
                if source == Source::Supplement && key.chars().any(char::is_uppercase) {
                    cased.insert(key.nfc().collect(), value);
                } else {
                    plain.insert(normalise(key), value);
                }
            }
        }
        let lex = Lexicon::embedded();
        assert_eq!(lex.len(), plain.len());
        for (key, (english, source)) in &plain {
            let e = lex.get(key).unwrap_or_else(|| panic!("{key:?} missing"));
            assert_eq!((&e.english, e.source), (english, *source), "{key:?}");
        }
        for (key, (english, source)) in &cased {
            let e = lex
                .get_cased(key)
                .unwrap_or_else(|| panic!("{key:?} missing"));
            assert_eq!((&e.english, e.source), (english, *source), "{key:?}");
        }
        assert!(lex.get_cased("minggu").is_none());
        assert_eq!(
            lex.get_cased("Minggu").map(|e| e.english.as_str()),
            Some("Sunday")
        );
        assert_eq!(lex.get("minggu").map(|e| e.english.as_str()), Some("week"));
    }

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
    fn english_words_exclude_indonesian_spellings() {
        let lex = Lexicon::embedded();
        for w in [
            "office",
            "market",
            "happy",
            "screening",
            "fogging",
            "up",
            "out",
        ] {
            assert!(lex.is_english(w), "{w}");
        }
        // Also Indonesian (Hunspell accepts them): never taken for English.
        for w in ["air", "main", "data", "bank", "jam", "mas", "tank"] {
            assert!(!lex.is_english(w), "{w}");
        }
        // Those are on the list of words both languages spell alike, which the English one
        // leaves out; English-only words are not on it.
        for w in ["air", "main", "data", "as", "we", "not", "be"] {
            assert!(lex.is_shared_english(w), "{w}");
        }
        for w in ["office", "you", "the", "pasukan"] {
            assert!(!lex.is_shared_english(w), "{w}");
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
