//! From text to gist: each token is classified and glossed ([`analyse`]), then noun phrases are
//! put in English order and the pieces joined with the source's spacing ([`render`]).
//!
//! The order of lookups is the one the translator would use: glossary terms first (the
//! request's hints), then multi-word lexicon entries (longest first), then the word itself,
//! then its reduplication base or stems. Words still unknown are kept and marked `*word`, as
//! Apertium marks them, except capitalised words in mid-sentence, which are names.

use crate::morph::{Derivation, Prefix, Suffix};
use crate::mt::Request;
use crate::text::numbers;

use super::english;
use super::lexicon::{normalise, Entry, Lexicon, Pos, Source, WordAnalysis};
use super::tokenize::{self, Raw, RawKind};
use std::collections::HashMap;

/// What a token of the gist is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A glossary term from the request's hints: its target (or its source when kept).
    Term,
    /// A word or phrase found in the lexicon, directly or through its stem.
    Known,
    /// A capitalised word in mid-sentence that the lexicon does not know, or an acronym: a
    /// name, kept as written.
    Name,
    /// A number, amount, date or time, converted to English format where unambiguous.
    Number,
    /// A word the lexicon does not know, kept and marked `*word`.
    Unknown,
    /// Punctuation.
    Punct,
    /// Copied as written: URLs, e-mail addresses, domains, codes such as `COVID-19`.
    Verbatim,
}

/// What a token does in a noun phrase, for reordering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Noun,
    /// Adjective, or country/region with an adjective form: follows the noun in Indonesian.
    Modifier,
    /// `kita`, `mereka`... after a noun: `negara kita` -> `our country`.
    Possessive(&'static str),
    /// `ini`, `itu`, `tersebut` after a noun: (singular, plural) English.
    Demonstrative(&'static str, &'static str),
    /// `dan`, `atau` between two modifiers.
    Coordinator,
    Other,
}

/// One token of the analysis: a word, phrase, term, number or punctuation mark.
#[derive(Debug, Clone)]
pub struct Token {
    /// Start byte offset in the analysed text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The source text of the token (several words for a phrase entry).
    pub surface: String,
    /// What it is.
    pub kind: TokenKind,
    /// The English this token contributes to the gist (after plural agreement and, for
    /// modifiers, the adjective form); empty for words English does not need (`para`).
    pub english: String,
    /// Whether the token starts a sentence.
    pub sentence_initial: bool,
    space_before: bool,
    role: Role,
    /// The plural English, for nouns.
    plural: Option<String>,
    /// A determiner the noun brings (`the` from `-nya`), placed before its modifiers.
    determiner: Option<String>,
    /// Makes the next noun plural (`para`, `beberapa`, numbers above one).
    pluralises_next: bool,
    /// Whether the English should be title-cased (the source was capitalised mid-sentence).
    titled: bool,
    /// Whether the English is a plural (reduplication or agreement), for `these`/`those`.
    is_plural: bool,
    /// Part of speech after derivation, for lexicon tokens.
    pos: Option<Pos>,
    /// The adjective form when the token qualifies a noun (`Russian`, `security`).
    adjective: Option<String>,
    /// For an intransitive verb with `-nya`, its English as a noun (`the increasing`), used
    /// when a noun follows (`meningkatnya ketegangan`).
    nominal: Option<String>,
}

impl Token {
    fn new(raw: &Raw, text: &str, kind: TokenKind, english: String) -> Token {
        Token {
            start: raw.start,
            end: raw.end,
            surface: text[raw.start..raw.end].to_string(),
            kind,
            english,
            sentence_initial: false,
            space_before: raw.space_before,
            role: Role::Other,
            plural: None,
            determiner: None,
            pluralises_next: false,
            titled: false,
            is_plural: false,
            pos: None,
            adjective: None,
            nominal: None,
        }
    }

    /// Whether the token is a word or phrase (as opposed to a number, punctuation...).
    pub fn is_word(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Term | TokenKind::Known | TokenKind::Name | TokenKind::Unknown
        )
    }
}

/// Possessive pronouns that follow their noun.
const POSSESSIVES: &[(&str, &str)] = &[
    ("kita", "our"),
    ("kami", "our"),
    ("saya", "my"),
    ("aku", "my"),
    ("mereka", "their"),
    ("anda", "your"),
    ("kalian", "your"),
    ("beliau", "his/her"),
];

/// Demonstratives that follow their noun: (word, singular, plural).
const DEMONSTRATIVES: &[(&str, &str, &str)] = &[
    ("ini", "this", "these"),
    ("itu", "that", "those"),
    ("tersebut", "that", "those"),
    ("apa pun", "any", "any"),
    ("apapun", "any", "any"),
    ("mana pun", "any", "any"),
    ("manapun", "any", "any"),
];

/// Lower-case particles inside foreign names (`Pedro de Barón`, `Ursula von der Leyen`).
const NAME_PARTICLES: &[&str] = &[
    "bin", "binti", "da", "de", "del", "della", "der", "des", "dos", "du", "van", "von",
    // English words inside English names: `University of North Carolina`.
    "of", "the", "and", "for", "on", "upon",
];

/// Words after which capitalised words are a place's name, even ones the lexicon knows:
/// `Jl Bungur Besar Raya`, `Desa Makmur`.
const PLACE_TITLES: &[&str] = &[
    "jl",
    "jalan",
    "gang",
    "gg",
    "desa",
    "dusun",
    "kampung",
    "kelurahan",
    "kecamatan",
    "kabupaten",
    "kota",
    "pulau",
    "gunung",
    "sungai",
    "perumahan",
    "komplek",
    "kompleks",
];

/// Whether `t` is a place title (`Kabupaten`, `desa`, `Jl.`) or a province's (`provinsi`,
/// `propinsi`, which are not in `PLACE_TITLES`: the capitalised words after them, such as
/// `Jawa Barat` or `Sulawesi Selatan`, are read as the English names they have).
fn names_place(t: &Token) -> bool {
    let title = t.surface.trim_end_matches('.').to_lowercase();
    PLACE_TITLES.contains(&title.as_str()) || matches!(title.as_str(), "provinsi" | "propinsi")
}

/// Aspect markers before a verb: `sedang berlatih` -> `is training`.
const PROGRESSIVE: &[&str] = &["sedang", "tengah"];

/// Ordinals for `ke-` + numeral (`ketiga` -> `third`) and `ke-2`.
fn ordinal(n: &str) -> String {
    const WORDS: &[(&str, &str)] = &[
        ("one", "first"),
        ("two", "second"),
        ("three", "third"),
        ("four", "fourth"),
        ("five", "fifth"),
        ("six", "sixth"),
        ("seven", "seventh"),
        ("eight", "eighth"),
        ("nine", "ninth"),
        ("ten", "tenth"),
        ("eleven", "eleventh"),
        ("twelve", "twelfth"),
        ("hundred", "hundredth"),
        ("thousand", "thousandth"),
    ];
    if let Some((_, o)) = WORDS.iter().find(|(w, _)| *w == n) {
        return (*o).to_string();
    }
    if n.bytes().all(|b| b.is_ascii_digit()) {
        let suffix = match (
            n.len() > 1 && n.as_bytes()[n.len() - 2] == b'1',
            n.as_bytes().last(),
        ) {
            (true, _) => "th",
            (_, Some(b'1')) => "st",
            (_, Some(b'2')) => "nd",
            (_, Some(b'3')) => "rd",
            _ => "th",
        };
        return format!("{n}{suffix}");
    }
    format!("{n}th")
}

/// Whether a word starts with an upper-case letter.
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// An acronym: two or more letters, all upper case (`TNI`, `DPR`), digits allowed.
pub fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Whether a word is spelled in a way native Indonesian words are not (`Shoigu`, `Minsk`,
/// `Michael`, `Trump`, `Hillary`): a sentence-initial unknown word spelled like that is taken
/// for a name rather than marked as unknown.
fn foreign_spelling(word: &str) -> bool {
    let w = word.to_lowercase();
    let consonant = |c: char| c.is_ascii_alphabetic() && !"aeiou".contains(c);
    let chars: Vec<char> = w.chars().collect();
    let n = chars.len();
    if n < 3 || !chars.iter().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let digraph = ["sh", "ch", "th", "ph", "ck", "q", "x", "ee", "ou"]
        .iter()
        .any(|d| w.contains(d));
    let ending = matches!(chars[n - 1], 'y' | 'w' | 'v' | 'c' | 'j' | 'q')
        || (consonant(chars[n - 1])
            && consonant(chars[n - 2])
            && !matches!((chars[n - 2], chars[n - 1]), ('n', 'g') | ('k', 's')));
    let doubled = chars
        .windows(2)
        .any(|p| p[0] == p[1] && consonant(p[0]) && p[0] != 'k');
    digraph || ending || doubled
}

/// How often capitalised words occur in the request's text and its context, for telling a
/// name opening a sentence from an unknown word. The counts are made once per request, on
/// first need (one pass over each text), so that many sentences do not each rescan it.
struct WordCounts<'a> {
    text: &'a str,
    context: Option<&'a str>,
    /// Whole-word counts of alphanumeric runs in the text, and in the context when it does
    /// not contain the text (else the context's counts less the text's).
    counts: Option<Counts<'a>>,
}

/// Word counts of the text and of the context, and whether the context contains the text.
type Counts<'a> = (HashMap<&'a str, usize>, HashMap<&'a str, usize>, bool);

impl<'a> WordCounts<'a> {
    fn new(text: &'a str, context: Option<&'a str>) -> Self {
        WordCounts {
            text,
            context,
            counts: None,
        }
    }

    /// Whether `word` occurs more than once in the text and its context together.
    fn elsewhere(&mut self, word: &str) -> bool {
        if !word.chars().all(char::is_alphanumeric) {
            // A hyphenated or dotted word is not one run: count it the slow way (rare).
            let in_text = occurrences(self.text, word);
            let in_context = self.context.map_or(0, |c| {
                let n = occurrences(c, word);
                if c.contains(self.text) {
                    n.saturating_sub(in_text)
                } else {
                    n
                }
            });
            return in_text + in_context > 1;
        }
        let (text, context, contains) = self.counts.get_or_insert_with(|| {
            let context = self.context.unwrap_or("");
            (
                runs(self.text),
                runs(context),
                !context.is_empty() && context.contains(self.text),
            )
        });
        let in_text = text.get(word).copied().unwrap_or(0);
        let mut in_context = context.get(word).copied().unwrap_or(0);
        if *contains {
            in_context = in_context.saturating_sub(in_text);
        }
        in_text + in_context > 1
    }
}

/// Counts of the maximal alphanumeric runs of `hay`: the whole-word occurrences of each.
fn runs(hay: &str) -> HashMap<&str, usize> {
    let mut out = HashMap::new();
    for w in hay.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() {
            *out.entry(w).or_insert(0) += 1;
        }
    }
    out
}

/// Counts whole-word occurrences of `word` in `hay` (case-sensitive).
fn occurrences(hay: &str, word: &str) -> usize {
    let mut n = 0;
    let mut from = 0;
    while let Some(i) = hay[from..].find(word) {
        let s = from + i;
        let e = s + word.len();
        let before = hay[..s]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after = hay[e..].chars().next().is_some_and(char::is_alphanumeric);
        if !before && !after {
            n += 1;
        }
        from = e;
    }
    n
}

/// The analysis of `req.text` into tokens (whitespace dropped), with English for each.
pub fn analyse(lex: &Lexicon, req: &Request) -> Vec<Token> {
    let text = req.text.as_str();
    let raws = tokenize::tokenize(text, &req.terms);
    let starts: Vec<usize> = crate::segment::sentences::split(text)
        .into_iter()
        .map(|r| r.start)
        .collect();
    let mut tokens: Vec<Token> = Vec::with_capacity(raws.len());
    let mut next_start = 0; // index into `starts` of the next sentence to open
                            // Whether a word or number has been seen: kept as a flag, not by looking back over the
                            // tokens, so a long request costs linear time.
    let mut seen_word = false;
    let mut counts = WordCounts::new(text, req.context.as_deref());
    let mut i = 0;
    while i < raws.len() {
        let raw = &raws[i];
        // The first word of each sentence (after any opening quotes or brackets).
        let mut initial = false;
        if matches!(raw.kind, RawKind::Word | RawKind::Term(_) | RawKind::Number) {
            while next_start < starts.len() && starts[next_start] <= raw.start {
                next_start += 1;
                initial = true;
            }
            if !seen_word {
                initial = true;
            }
            // After a dateline: `JAKARTA, KOMPAS.com - Presiden ...`.
            if let [.., before, dash] = tokens.as_slice() {
                initial |= matches!(dash.surface.as_str(), "-" | "–" | "—")
                    && (before.kind == TokenKind::Verbatim || is_acronym(&before.surface));
            }
        }
        let (mut token, used) = match raw.kind {
            RawKind::Term(h) => (term_token(raw, req, h), 1),
            RawKind::Word => word_token(lex, text, &raws[i..], initial, &mut counts),
            RawKind::Number => (number_token(raw, text), 1),
            RawKind::Verbatim => {
                let w = &text[raw.start..raw.end];
                (Token::new(raw, text, TokenKind::Verbatim, w.to_string()), 1)
            }
            RawKind::Punct => {
                let w = &text[raw.start..raw.end];
                (Token::new(raw, text, TokenKind::Punct, w.to_string()), 1)
            }
        };
        token.sentence_initial = initial;
        seen_word |= token.is_word() || token.kind == TokenKind::Number;
        // A clitic split off a glossary term (`Kemhan-nya` with the hint on `Kemhan`).
        if matches!(raw.kind, RawKind::Word) {
            if let Some(prev) = tokens.last_mut() {
                let bare = token.surface.trim_start_matches('-').to_lowercase();
                let glued = !raw.space_before && prev.kind == TokenKind::Term;
                if glued && crate::morph::CLITICS.contains(&bare.as_str()) {
                    if matches!(bare.as_str(), "nya" | "ku" | "mu") {
                        prev.determiner = Some(possessive_for(&bare).to_string());
                    }
                    prev.end = token.end;
                    prev.surface.push_str(&token.surface);
                    i += used;
                    continue;
                }
            }
        }
        tokens.push(token);
        i += used;
    }
    english_runs(lex, &mut tokens);
    in_context(&mut tokens);
    tokens
}

/// English closed-class words: pronouns, determiners, auxiliaries and modals, prepositions,
/// conjunctions and `not`. Languages in contact borrow content words long before function
/// words (Thomason and Kaufman 1988's borrowing scale; Haugen 1950), so Indonesian copy takes
/// `online`, `game` or `smart city` as loans but never `you`, `the` or `were`: one of these in
/// a run of English words marks the run as a quoted English phrase, not a string of loans.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "about", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but",
    "by", "can", "could", "did", "do", "does", "each", "every", "for", "from", "had", "has",
    "have", "he", "her", "hers", "him", "his", "how", "if", "in", "into", "is", "it", "its", "may",
    "me", "might", "mine", "must", "my", "no", "not", "of", "on", "or", "our", "ours", "shall",
    "she", "should", "so", "some", "than", "that", "the", "their", "theirs", "them", "these",
    "they", "this", "those", "to", "up", "us", "was", "we", "were", "what", "when", "where",
    "which", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "yours",
];

/// Reads words English and Indonesian spell alike (`as`, `we`, `not`, `be`: on
/// [`Lexicon::is_shared_english`]'s list, so the English list leaves them out) as English when
/// they stand inside a quoted English phrase, as Indonesian everywhere else.
///
/// A run is a stretch of words separated only by spaces, each either read as English already
/// (on the English list and glossed as itself) or a shared word; capitalised only at a
/// sentence start (mid-sentence capitals are names and titles). A run is an English phrase
/// when it holds two words read as English and an English function word (see
/// [`ENGLISH_FUNCTION_WORDS`]; a contraction such as `it’s` counts as one). Inside it a shared
/// word with run words on both sides is English; one at the run's edge only if it is itself a
/// function word (`as you cast your ballot`), as a content word there is as likely to be the
/// Indonesian word before a loan phrase (`main game online`, play online games).
fn english_runs(lex: &Lexicon, tokens: &mut [Token]) {
    #[derive(Clone, Copy, PartialEq)]
    enum Class {
        English,
        Shared,
        Other,
    }
    let class = |t: &Token| -> Class {
        if !t.is_word()
            || t.kind == TokenKind::Term
            || t.surface.contains(char::is_whitespace)
            || (capitalised(&t.surface) && !t.sentence_initial)
        {
            return Class::Other;
        }
        let lower = normalise(&t.surface);
        if t.kind == TokenKind::Known
            && t.english.eq_ignore_ascii_case(&t.surface)
            && lex.is_english(&lower)
        {
            Class::English
        } else if lex.is_shared_english(&lower) {
            Class::Shared
        } else {
            Class::Other
        }
    };
    let function = |t: &Token| {
        let lower = normalise(&t.surface);
        lower.contains(['\'', '’'])
            || ENGLISH_FUNCTION_WORDS
                .binary_search(&lower.as_str())
                .is_ok()
    };
    let classes: Vec<Class> = tokens.iter().map(class).collect();
    let mut i = 0;
    while i < tokens.len() {
        if classes[i] == Class::Other {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < tokens.len() && classes[end] != Class::Other && tokens[end].space_before {
            end += 1;
        }
        let run = i..end;
        let english = run
            .clone()
            .filter(|&k| classes[k] == Class::English)
            .count();
        let has_function = run.clone().any(|k| function(&tokens[k]));
        if english >= 2 && has_function {
            for k in run.clone() {
                let inner = k > run.start && k + 1 < run.end;
                if classes[k] == Class::Shared && (inner || function(&tokens[k])) {
                    let t = &mut tokens[k];
                    t.kind = TokenKind::Known;
                    t.english = t.surface.clone();
                    t.role = Role::Other;
                    t.plural = None;
                    t.determiner = None;
                    t.pluralises_next = false;
                    t.titled = false;
                    t.is_plural = false;
                    t.pos = None;
                    t.adjective = None;
                    t.nominal = None;
                }
            }
        }
        i = end;
    }
}

fn possessive_for(clitic: &str) -> &'static str {
    match clitic {
        "ku" => "my",
        "mu" => "your",
        _ => "the",
    }
}

fn term_token(raw: &Raw, req: &Request, h: usize) -> Token {
    let hint = &req.terms[h];
    let source = &req.text[raw.start..raw.end];
    let english = if hint.keep {
        source.to_string()
    } else {
        hint.target.clone()
    };
    let mut t = Token::new(raw, &req.text, TokenKind::Term, english.clone());
    match &hint.adjective {
        Some(adj) => {
            t.role = Role::Modifier;
            t.adjective = Some(adj.clone());
        }
        None => {
            t.role = Role::Noun;
            t.plural = Some(english);
        }
    }
    t
}

fn number_token(raw: &Raw, text: &str) -> Token {
    let s = &text[raw.start..raw.end];
    let (english, value) = if tokenize::ordinal(s) {
        (ordinal(&s[3..]), None)
    } else if let Some(n) = s.strip_suffix("-an") {
        // `1.000-an`: a thousand or so.
        let en = numbers::to_english(n).unwrap_or_else(|| n.to_string());
        (format!("{en}-odd"), Some(2.0))
    } else {
        (
            numbers::to_english(s).unwrap_or_else(|| s.to_string()),
            numbers::parse_id_number(s),
        )
    };
    let mut t = Token::new(raw, text, TokenKind::Number, english);
    // `9.000 tentara` -> `9,000 troops`; years and times do not count things.
    t.pluralises_next =
        value.is_some_and(|v| v != 1.0) && !numbers::is_time(s) && !numbers::is_date(s);
    t
}

/// Tries phrase entries starting at `raws[0]`, longest first; returns the entry, the number of
/// words used, and the clitic removed from the last word.
fn match_phrase<'a>(
    lex: &'a Lexicon,
    text: &str,
    raws: &[Raw],
) -> Option<(&'a Entry, usize, Option<&'static str>)> {
    let mut words = vec![normalise(&text[raws[0].start..raws[0].end])];
    for r in raws
        .iter()
        .skip(1)
        .take(lex.max_phrase_words().saturating_sub(1))
    {
        if r.kind != RawKind::Word || !r.space_before {
            break;
        }
        words.push(normalise(&text[r.start..r.end]));
    }
    for n in (2..=words.len()).rev() {
        let key = words[..n].join(" ");
        if let Some(e) = lex.get(&key) {
            return Some((e, n, None));
        }
        // `kerja samanya`: a clitic on the last word.
        if let Some((stem, clitic)) = crate::morph::strip_clitic(&words[n - 1], 2) {
            let key = format!("{} {stem}", words[..n - 1].join(" "));
            if let Some(e) = lex.get(&key) {
                return Some((e, n, Some(clitic)));
            }
        }
    }
    // `gotong- royong`, `gorong – gorong`: a hyphenated entry whose hyphen copy spaced (a
    // blog's line break after the hyphen, a dash typed for it). Joined only when the
    // hyphenated word is an entry, so a dash between two words (`Jakarta - Presiden`) stays.
    if let [_, dash, second, ..] = raws {
        let d = &text[dash.start..dash.end];
        if dash.kind == RawKind::Punct
            && matches!(d, "-" | "–")
            && second.kind == RawKind::Word
            && (dash.space_before || second.space_before)
        {
            let key = format!(
                "{}-{}",
                words[0],
                normalise(&text[second.start..second.end])
            );
            if let Some(e) = lex.get(&key) {
                return Some((e, 3, None));
            }
        }
    }
    // `sia sia`, `hati hati`: a reduplication written without its hyphen (PUEBI writes full
    // reduplication with one; copy often drops it). Read so only when the reduplication is an
    // entry of its own, a word whose meaning is not the base's plural (`sia-sia` futile,
    // `hati-hati` careful), so two separate uses of a word (`itu itu`) are not joined.
    if words.len() >= 2 && words[0] == words[1] {
        if let Some(e) = lex.get(&format!("{0}-{0}", words[0])) {
            return Some((e, 2, None));
        }
    }
    None
}

/// Analyses the word at `raws[0]` (with any phrase it starts); returns the token and how many
/// raw tokens it used.
fn word_token(
    lex: &Lexicon,
    text: &str,
    raws: &[Raw],
    initial: bool,
    counts: &mut WordCounts<'_>,
) -> (Token, usize) {
    let raw = &raws[0];
    let surface = &text[raw.start..raw.end];
    if let Some((entry, n, clitic)) = match_phrase(lex, text, raws) {
        let last = &raws[n - 1];
        let span = Raw {
            start: raw.start,
            end: last.end,
            kind: RawKind::Word,
            space_before: raw.space_before,
        };
        let analysis = WordAnalysis {
            entry,
            form: String::new(),
            derivation: Derivation {
                clitic,
                ..Derivation::default()
            },
            reduplicated: false,
        };
        let mut t = known_token(&span, text, &analysis);
        let words: Vec<&str> = text[span.start..span.end].split_whitespace().collect();
        // `Menteri Pertahanan` is a title even at the start of a sentence.
        t.titled = words.iter().all(|w| capitalised(w)) && !is_acronym(words[0]);
        return (t, n);
    }
    let lower = normalise(surface);
    if let Some(entry) = lex.get_cased(surface) {
        let a = WordAnalysis {
            entry,
            form: surface.to_string(),
            derivation: Derivation::default(),
            reduplicated: false,
        };
        return (known_token(raw, text, &a), 1);
    }
    if is_acronym(surface) {
        // An acronym the lexicon knows (`AS`, `PBB`) is translated; others are names.
        return match lex.get(&lower).filter(|e| e.source == Source::Supplement) {
            Some(entry) => {
                let a = WordAnalysis {
                    entry,
                    form: lower.clone(),
                    derivation: Derivation::default(),
                    reduplicated: false,
                };
                (known_token(raw, text, &a), 1)
            }
            None => (
                Token::new(raw, text, TokenKind::Name, surface.to_string()),
                1,
            ),
        };
    }
    if (initial || !capitalised(surface)) && !lex.contains(&lower) && lex.is_english(&lower) {
        // An English word used as it is in Indonesian copy (`office`, `market`, `sold out`):
        // kept as English, before the affix rules can mistake it for an affixed Indonesian
        // word. The list holds no word Indonesian spelling allows (see `Lexicon::is_english`);
        // in mid-sentence a capitalised one is a name (`Highway Live`), handled below.
        return (
            Token::new(raw, text, TokenKind::Known, surface.to_string()),
            1,
        );
    }
    if !capitalised(surface) {
        if let Some(t) = english_with_clitic(lex, raw, text, &lower) {
            return (t, 1);
        }
    }
    let analysis = lex.analyse_word(&lower).filter(|a| {
        // A capitalised word in mid-sentence that only a guess explains (a generated loan
        // spelling, `Viktor` from `victor`, or a synonym vote) is a name.
        initial || !capitalised(surface) || (a.entry.source > Source::Loan && !a.entry.lower_case)
    });
    // `dirumah`, `dipasar`: the preposition written solid with a noun, read below by
    // `bound_form_token`, not as a passive ("housed").
    let analysis = analysis.filter(|a| !joined_preposition(lex, a));
    if let Some(a) = analysis {
        let mut t = known_token(raw, text, &a);
        t.titled = !initial && capitalised(surface);
        if t.titled && t.english.eq_ignore_ascii_case(surface) {
            // `Metropolitan Club`: a capitalised word that is the same in English is most
            // likely part of a name; keep it as written and out of noun-phrase reordering.
            t.english = surface.to_string();
            t.role = Role::Other;
        }
        return (t, 1);
    }
    if let Some(t) = bound_form_token(lex, raw, text, &lower) {
        return (t, 1);
    }
    if initial || !capitalised(surface) {
        if let Some(t) = apostrophe_token(lex, raw, text, &lower) {
            return (t, 1);
        }
    }
    if let Some((derivation, base)) = crate::morph::hyphenated_affixes(surface) {
        // `di-PHK`, `mem-PHK-kan`, `di-update`: the base is an abbreviation or a foreign word
        // (only those take affixes with a hyphen). Known, it is glossed with the affixes
        // shaping the English; unknown, it is a foreign word and kept as written.
        let entry = lex
            .get_cased(base)
            .or_else(|| lex.get(&normalise(base)))
            .filter(|e| !e.english.is_empty());
        let mut t = match entry {
            Some(entry) => known_token(
                raw,
                text,
                &WordAnalysis {
                    entry,
                    form: base.to_string(),
                    derivation,
                    reduplicated: false,
                },
            ),
            None => Token::new(raw, text, TokenKind::Known, base.to_string()),
        };
        t.titled = false;
        return (t, 1);
    }
    if lower.contains('-') {
        if let Some(t) = compound_token(lex, raw, text) {
            return (t, 1);
        }
    }
    if !capitalised(surface) {
        if surface.chars().any(char::is_uppercase) {
            // `tvOne`, `iPhone`, `eKTP`: a capital inside a word marks a brand or a name.
            return (
                Token::new(raw, text, TokenKind::Name, surface.to_string()),
                1,
            );
        }
        if let Some(a) = lex.analyse_solid_compound(&lower) {
            return (known_token(raw, text, &a), 1);
        }
        // The word-form readings, tried in this order: the first that reads the word wins.
        type Reading = fn(&Lexicon, &Raw, &str, &str) -> Option<Token>;
        const READINGS: [Reading; 9] = [
            isasi_token,
            alisme_token,
            ivitas_token,
            isir_token,
            proclitic_token,
            ketidak_token,
            english_verb_token,
            sulawesi_particle_token,
            laughter_token,
        ];
        if let Some(t) = READINGS
            .iter()
            .find_map(|read| read(lex, raw, text, &lower))
        {
            return (t, 1);
        }
        if let Some(a) = lex.analyse_misspelt(&lower) {
            return (known_token(raw, text, &a), 1);
        }
        if let Some((first, second)) = lex.split_glued(&lower) {
            let first = known_token(raw, text, &first);
            let mut t = known_token(raw, text, &second);
            t.english = format!("{} {}", first.english, t.english);
            t.role = Role::Other;
            return (t, 1);
        }
    }
    if capitalised(surface) {
        let elsewhere = if initial {
            counts.elsewhere(surface) || foreign_spelling(surface)
        } else {
            true
        };
        if elsewhere {
            return (
                Token::new(raw, text, TokenKind::Name, surface.to_string()),
                1,
            );
        }
    }
    (
        Token::new(raw, text, TokenKind::Unknown, format!("*{surface}")),
        1,
    )
}

/// A noun made with the loan suffix `-isasi` on an Indonesian noun (`betonisasi`, making
/// concrete roads; `aspalisasi`, `semenisasi`): the process of applying the thing, glossed as
/// the English gerund of the noun (`concreting`, `asphalting`, `cementing`). The suffix came
/// with Dutch loans (`-isatie`: `normalisasi`); those have their own entries or loan
/// spellings, so only what is left over reaches this rule.
fn isasi_token(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    let base = lower
        .strip_suffix("isasi")
        .filter(|b| b.chars().count() >= 3)?;
    let e = lex
        .get(base)
        .filter(|e| e.is_glossed_word() && e.pos == Pos::Noun)?;
    let mut t = Token::new(raw, text, TokenKind::Known, english::gerund(&e.english));
    t.pos = Some(Pos::Noun);
    Some(t)
}

/// A noun of the loan suffix `-isme` on an adjective in `-al` (`proporsionalisme`,
/// `primordialisme`, `sektoralisme`): Indonesian `-al` and `-isme` are the spellings of
/// English `-al` and `-ism` (PUEBI's loan rules), and English makes an `-ism` of any `-al`
/// adjective (`nationalism`, `regionalism`), so the gloss is the adjective's with `-ism`.
/// Only an adjective glossed by one English word in `-al` qualifies: other bases
/// (`premanisme`, thuggery, on `preman`, a thug) have no English `-ism`. The common ones are
/// loan spellings already (`nasionalisme`); only what is left over reaches this rule.
fn alisme_token(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    let base = lower
        .strip_suffix("isme")
        .filter(|b| b.ends_with("al") && b.chars().count() >= 5)?;
    let e = lex.get(base).filter(|e| {
        e.english.len() > 4
            && e.english.ends_with("al")
            && e.english.bytes().all(|b| b.is_ascii_lowercase())
    })?;
    let mut t = Token::new(raw, text, TokenKind::Known, format!("{}ism", e.english));
    t.pos = Some(Pos::Noun);
    Some(t)
}

/// An English noun with an Indonesian clitic written on it (`on farmnya`, `food securitynya`,
/// `membernya`): mixed copy treats the English word as a noun of its own and `-nya` makes
/// it definite, as on an Indonesian noun. The stem must be on the English list and not an
/// Indonesian word, and have four letters or more (shorter ones are too often an Indonesian
/// word's end: `tanya` is no `tan` + `-ya`).
fn english_with_clitic(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    let (stem, clitic) = crate::morph::strip_clitic(lower, 4)?;
    if lex.contains(lower) || lex.contains(stem) || !lex.is_english(stem) {
        return None;
    }
    // A word the affix rules read as Indonesian is left to them (`bangunannya`).
    if lex.analyse_word(lower).is_some() {
        return None;
    }
    let mut t = Token::new(raw, text, TokenKind::Known, stem.to_string());
    if matches!(clitic, "nya" | "ku" | "mu") {
        t.determiner = Some(possessive_for(clitic).to_string());
    }
    Some(t)
}

/// A word with one of the enclitic particles of the Indonesian of South Sulawesi written on
/// it (`masalahji`, `bukanji`, `maumi`, `adami`, `lamami` in quotes from Makassar and Bugis
/// speakers): `-ji` stresses or limits the word ("just", like `saja`) and `-mi` marks it
/// as already so or urges it ("now", like `sudah`/`-lah`); both come from Makassarese and
/// attach to any word of the dialect's Indonesian (goodnewsfromindonesia.id, "Kamus Bahasa
/// Makassar", 2022; locita.co, "Makna Mi, Ji, dan Pi"). Like `-lah`, the particle adds no
/// English word; the stem is read as written. Only a stem of three letters or more that is
/// a glossed word qualifies, so a word that merely ends in the letters (`ekonomi`, found
/// before this rule) or a typo is not read so.
fn sulawesi_particle_token(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    let stem = lower
        .strip_suffix("ji")
        .or_else(|| lower.strip_suffix("mi"))
        .filter(|s| s.chars().count() >= 3 && s.chars().all(|c| c.is_ascii_lowercase()))?;
    let a = lex
        .analyse_word(stem)
        .filter(|a| a.entry.is_glossed_word())?;
    Some(known_token(raw, text, &a))
}

/// Written laughter and musing, which blogs and chat spell as long as the laugh
/// (`haha`, `hahaha`, `hahahaha`, `hahaa`, `huahaha`, `wakaka`, `wkwkwk`, `hihihi`, `xixixi`,
/// `hmm`, `hmmm`): no lexicon lists every length, so the shape is read. English spells the same
/// sounds `haha`, `hehe` and `hmm` (the supplement's `hehe` and `haha` rows give the sources,
/// and read their commonest forms first); the forms are those the tuning pages use (tune-219's
/// "xixixi" and "hmm", tune-217's "wakaka").
/// `kaka` alone is the colloquial `kakak` (elder sibling), so `ka` laughs only after `wa`.
fn laughter_token(_: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    let english = laughter(lower)?;
    Some(Token::new(raw, text, TokenKind::Known, english.to_string()))
}

/// The English spelling of a written laugh or musing `lower` is, if it is one.
fn laughter(lower: &str) -> Option<&'static str> {
    let b = lower.as_bytes();
    if b.len() >= 2 && b[0] == b'h' && b[1..].iter().all(|&c| c == b'm') {
        return Some("hmm");
    }
    if b.len() >= 4
        && b.iter().all(|&c| c == b'w' || c == b'k')
        && b.contains(&b'w')
        && b.contains(&b'k')
    {
        return Some("haha");
    }
    let (prefixed, rest) = match ["hua", "wa"].iter().find_map(|p| lower.strip_prefix(p)) {
        Some(rest) => (true, rest),
        None => (false, lower),
    };
    // `hahaa`: a laugh drawn out on its last vowel.
    let mut r = rest.as_bytes();
    while r.len() % 2 == 1 && r.len() >= 2 && r[r.len() - 1] == r[r.len() - 2] {
        r = &r[..r.len() - 1];
    }
    if r.len() < if prefixed { 2 } else { 4 } || r.len() % 2 == 1 {
        return None;
    }
    let syllable = &r[..2];
    if !r.chunks(2).all(|c| c == syllable) {
        return None;
    }
    match syllable {
        b"ha" => Some("haha"),
        b"ka" if prefixed => Some("haha"),
        b"he" | b"hi" | b"xi" => Some("hehe"),
        _ => None,
    }
}

/// A word of Arabic origin written with an apostrophe for the ʿain or hamzah of its source
/// (`jama'ah`, `do'a`, `sema'an`, `Jum'at`), as religious and older copy still spells them;
/// the standard spelling (KBBI, PUEBI) drops the mark (`jamaah`, `doa`, `Jumat`), so the word
/// is read without it.
fn apostrophe_token(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    if !lower.contains(['\'', '’']) {
        return None;
    }
    let bare: String = lower.chars().filter(|c| !matches!(c, '\'' | '’')).collect();
    let a = lex
        .analyse_word(&bare)
        .filter(|a| a.entry.is_glossed_word())?;
    Some(known_token(raw, text, &a))
}

/// An object-voice verb with its pronoun agent as a proclitic (Sneddon, *Indonesian: A
/// Comprehensive Grammar*, passive type two): `kulakukan` (what I do), `kaurasakan`,
/// `kupikir`, `kukira`. The verb loses `meN-` and keeps `-kan`/`-i`; the agent comes first in
/// the English (`I do`, `you feel`). Only verbs are read so: a word that begins with `ku`
/// and is an entry or an affixed form of one (`kurang`, `kuasai`) was found before this rule.
fn proclitic_token(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    let (agent, rest) = [("you", "kau"), ("I", "ku")]
        .into_iter()
        .find_map(|(en, id)| Some((en, lower.strip_prefix(id)?)))?;
    if rest.chars().count() < 4 {
        return None;
    }
    let a = lex.analyse_word(rest).filter(|a| {
        a.entry.pos == Pos::Verb
            && a.entry.is_glossed_word()
            && a.derivation.prefix == Prefix::None
            && !a.reduplicated
    })?;
    let mut t = known_token(raw, text, &a);
    t.english = format!("{agent} {}", t.english);
    t.role = Role::Other;
    Some(t)
}

/// A negated abstract noun: `ketidak-` + a root + `-an` (`ketidakjujuran`, `ketidakhadiran`,
/// `ketidakmampuan`), the confix `ke-an` round the phrase `tidak` + root and written solid
/// as a confix makes it (PUEBI). Glossed as the lack of what `ke-` + root + `-an` names
/// (`kejujuran` honesty: lack of honesty).
fn ketidak_token(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    let (word, clitic) = match crate::morph::strip_clitic(lower, 10) {
        Some((w, c)) if w.starts_with("ketidak") => (w, Some(c)),
        _ => (lower, None),
    };
    let root = word.strip_prefix("ketidak")?.strip_suffix("an")?;
    if root.chars().count() < 3 {
        return None;
    }
    let a = lex
        .analyse_word(&format!("ke{root}an"))
        .filter(|a| a.entry.is_glossed_word())?;
    let mut t = known_token(raw, text, &a);
    t.english = format!("lack of {}", t.english);
    t.pos = Some(Pos::Noun);
    if let Some(c @ ("nya" | "ku" | "mu")) = clitic {
        t.determiner = Some(possessive_for(c).to_string());
    }
    Some(t)
}

/// An English verb written solid with an Indonesian prefix: the passive `di-` or `ter-`
/// (`tercover`, `didelete`, `dishare`): mixed copy inflects the English word as an
/// Indonesian root (PUEBI asks for a hyphen, `di-update`, which [`crate::morph::hyphenated_affixes`]
/// reads; copy often leaves it out). The stem must be on the English list, not an Indonesian
/// word, and have four letters or more; the gist gives its past participle. Colloquial
/// Jakartan takes English verbs with its active prefix `nge-` (`ngeshare`, `ngepost`,
/// `ngeprank`: Sneddon's `nge-` before any root, see [`crate::morph::colloquial_candidates`]);
/// the gist gives the English verb. The standard active prefix `meN-` takes an English verb
/// the same way where its nasal keeps the root's first sound (`mengexplore`, `menghandle`,
/// `mendelete`): `meng-` before a vowel, `g` or `h`, `men-` before `d`, `c` or `j`, `mem-`
/// before `b`, `f` or `v` (Sneddon, Indonesian: A Comprehensive Grammar, on `meN-`). Before
/// `p`, `t`, `k` and `s` the nasal replaces the sound, so the English root cannot be read back;
/// but copy often leaves a loan's `s` unassimilated after `men-` (`mensupport`, tune-53, as
/// KBBI's non-standard `mensukseskan` for menyukseskan), so `men-` before `s` is read too.
fn english_verb_token(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    let active = |prefix: &str, first: &str| {
        lower
            .strip_prefix(prefix)
            .filter(|s| s.starts_with(|c| first.contains(c)))
    };
    let (stem, passive) = match lower.strip_prefix("nge") {
        Some(stem) => (stem, false),
        None => match active("meng", "aeiouhg")
            .or_else(|| active("men", "dcjs"))
            .or_else(|| active("mem", "bfv"))
        {
            Some(stem) => (stem, false),
            None => (
                lower
                    .strip_prefix("di")
                    .or_else(|| lower.strip_prefix("ter"))?,
                true,
            ),
        },
    };
    if stem.chars().count() < 4 || lex.contains(stem) || !lex.is_english(stem) {
        return None;
    }
    let english = if passive {
        english::past_participle(stem)
    } else {
        stem.to_string()
    };
    let mut t = Token::new(raw, text, TokenKind::Known, english);
    t.pos = Some(Pos::Verb);
    Some(t)
}

/// A noun made with `-itas` on a loan adjective in `-if` (`kondusivitas` from `kondusif`,
/// `inklusivitas`, `kompetitivitas`): the quality the adjective names (Dutch `-iviteit`),
/// spelt `-ivitas` in the standard language (KBBI: `produktivitas`, `sensitivitas`); copy
/// often keeps the adjective's `f` (`produktifitas`), read as the standard spelling when that
/// is known. Those with an English `-ivity` are loan spellings already; what reaches this rule
/// is glossed as the English adjective in `-ive` with `-ness`, the suffix English makes a
/// quality noun of any adjective with (`conduciveness`).
fn ivitas_token(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    let (word, clitic) = match crate::morph::strip_clitic(lower, 8) {
        Some((w, c)) if w.ends_with("itas") => (w, Some(c)),
        _ => (lower, None),
    };
    let stem = word
        .strip_suffix("ivitas")
        .or_else(|| word.strip_suffix("ifitas"))
        .filter(|s| s.chars().count() >= 3)?;
    let standard = format!("{stem}ivitas");
    let mut t = match lex.analyse_word(&standard).filter(|_| word != standard) {
        Some(a) => known_token(raw, text, &a),
        None => {
            let e = lex
                .get(&format!("{stem}if"))
                .filter(|e| e.pos == Pos::Adj && e.english.ends_with("ive"))
                .filter(|e| !e.english.contains(' '))?;
            Token::new(raw, text, TokenKind::Known, format!("{}ness", e.english))
        }
    };
    t.pos = Some(Pos::Noun);
    if let Some(c @ ("nya" | "ku" | "mu")) = clitic {
        t.determiner = Some(possessive_for(c).to_string());
    }
    Some(t)
}

/// A verb made with the Dutch loan suffix `-ir` (`-eren`: `inventarisir`, `legalisir`,
/// `akomodir`, `koordinir`), which news uses beside the standard `-asi` noun
/// (`inventarisasi`, `akomodasi`, `koordinasi`), bare or with the prefixes of a verb
/// (`diakomodir`, `dikoordinir`, `mengorganisir`; a loan keeps its initial consonant after
/// `meng-`: `mengkoordinir`): the verb of that noun, its English `-isation` made `-ise`
/// (`legalise`) and `-ation` made `-ate` where English has that verb (`accommodate`), or the
/// noun's gloss where it has no such pair (`inventory`); a participle after `di-`/`ter-`.
fn isir_token(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    const PREFIXES: &[(&str, bool)] = &[
        ("", false),
        ("di", true),
        ("ter", true),
        ("meng", false),
        ("mem", false),
        ("men", false),
        ("me", false),
    ];
    let (e, passive) = PREFIXES.iter().find_map(|&(prefix, passive)| {
        let verb = lower.strip_prefix(prefix)?;
        // With a prefix the verb may take `-kan` as well (`memproklamirkan`,
        // `diproklamirkan`): the same transitive verb, as `-kan` on a verb that already takes
        // an object adds nothing the English shows.
        let verb = match verb.strip_suffix("kan") {
            Some(v) if !prefix.is_empty() => v,
            _ => verb,
        };
        let base = verb.strip_suffix("ir").filter(|b| b.chars().count() >= 4)?;
        // The `-asi` noun may be a generated loan spelling (`koordinasi`, `legalisasi`):
        // `-asi` for `-ation` is the most regular of the loan rules.
        let e = lex
            .get(&format!("{base}asi"))
            .filter(|e| !e.english.is_empty())?;
        Some((e, passive))
    })?;
    let verb = if let Some(b) = e.english.strip_suffix("isation") {
        Some(format!("{b}ise"))
    } else if let Some(b) = e.english.strip_suffix("ization") {
        Some(format!("{b}ize"))
    } else {
        e.english
            .strip_suffix("ation")
            .map(|b| format!("{b}ate"))
            .filter(|v| lex.is_english(v))
    };
    let english = match verb {
        Some(v) if passive => english::past_participle(&v),
        Some(v) => v,
        None => e.english.clone(),
    };
    let mut t = Token::new(raw, text, TokenKind::Known, english);
    t.pos = Some(Pos::Verb);
    Some(t)
}

/// Bound forms written solid with the word they qualify (PUEBI, "bentuk terikat"), beside
/// `non-`, with the English prefix each gives: `pascapanen` -> `post-harvest`.
const BOUND_FORMS: &[(&str, &str)] = &[
    ("pra", "pre-"),
    ("pasca", "post-"),
    ("multi", "multi-"),
    ("anti", "anti-"),
    ("antar", "inter-"),
    ("semi", "semi-"),
    ("super", "super-"),
    ("ultra", "ultra-"),
    ("mikro", "micro-"),
    ("makro", "macro-"),
    ("kontra", "counter-"),
    ("ekstra", "extra-"),
    ("swa", "self-"),
    ("eks", "ex-"),
    ("sub", "sub-"),
];

/// A word the affix rules cannot analyse that is a known word behind a form written solid
/// with it: the bound form `non-` and the others of [`BOUND_FORMS`] (PUEBI, "bentuk terikat ditulis serangkai": `nonkloter`,
/// `nonsubsidi`; news often writes it with a hyphen, `non-migas`), or the preposition `di`/`ke` wrongly written solid with a noun (`diirisan`
/// for `di irisan`, `kepasar`), which the passive and `ke-` readings have already failed.
fn bound_form_token(lex: &Lexicon, raw: &Raw, text: &str, lower: &str) -> Option<Token> {
    let long_enough = |r: &&str| r.chars().count() >= 4;
    if let Some(rest) = lower
        .strip_prefix("non")
        .map(|r| r.strip_prefix('-').unwrap_or(r))
        .filter(long_enough)
    {
        let a = lex.analyse_word(rest)?;
        let mut t = known_token(raw, text, &a);
        t.english = format!("non-{}", t.english);
        return Some(t);
    }
    // The other bound forms of PUEBI's list that news uses (`prakualifikasi`, `pascapanen`,
    // `multitafsir`, `antikorupsi`, `antarwilayah`), written solid or with a hyphen; words of
    // their own (`prajurit`, `antara`, `superior`) are found before this rule.
    for (id, en) in BOUND_FORMS {
        let Some(rest) = lower
            .strip_prefix(id)
            .map(|r| r.strip_prefix('-').unwrap_or(r))
            .filter(long_enough)
        else {
            continue;
        };
        let Some(a) = lex.analyse_word(rest).filter(|a| a.entry.is_glossed_word()) else {
            continue;
        };
        let mut t = known_token(raw, text, &a);
        t.english = format!("{en}{}", t.english);
        return Some(t);
    }
    let (english, rest) = [("in", "di"), ("to", "ke")]
        .into_iter()
        .find_map(|(en, id)| Some((en, lower.strip_prefix(id).filter(long_enough)?)))?;
    // A phrase of the preposition the lexicon has (`di bawah` under, `di depan` in front of):
    // `dibawah` reads as `di bawah`.
    let phrase = format!("{} {rest}", &lower[..2]);
    if let Some(entry) = lex.get(&phrase).filter(|e| !e.english.is_empty()) {
        let a = WordAnalysis {
            entry,
            form: phrase,
            derivation: Derivation::default(),
            reduplicated: false,
        };
        return Some(known_token(raw, text, &a));
    }
    let a = lex.analyse_word(rest)?;
    let nominal = a.derivation.prefix == Prefix::None
        && (a.derivation.is_nominal()
            || (a.derivation.suffix == Suffix::None && a.entry.pos == Pos::Noun));
    if !nominal || a.entry.english.is_empty() {
        return None;
    }
    let mut t = known_token(raw, text, &a);
    t.english = format!("{english} {}", t.english);
    t.role = Role::Other;
    // Not a modifier: `dikota Bintuhan` is "in city Bintuhan", not `kota`'s adjective.
    t.adjective = None;
    t.pos = Some(Pos::Prep);
    t.plural = None;
    Some(t)
}

/// A noun written solid after the preposition `di` (`dirumah`, `dipasar`, `dipolsek`; PUEBI
/// writes the preposition apart and the passive prefix `di-` solid), which the affix rules
/// take for a passive ("housed"). It is the preposition when the lexicon gives the root no
/// verb reading: `di-` with no `-kan`/`-i` (`dirumahkan` laid off, `dikantongi` stay
/// passives), a root of four letters or more the supplement (whose word classes are checked
/// by hand) lists as a noun with no irregular participle, no noun of an action (`didominasi`,
/// `direnovasi`, `dianalisa` are passives of `dominasi` domination, `renovasi`, `analisa`
/// analysis), and no active `meN-` form of the root in the lexicon (`memasang`, `memanen`:
/// `dipasang`, `dipanen` are passives).
fn joined_preposition(lex: &Lexicon, a: &WordAnalysis<'_>) -> bool {
    let d = a.derivation;
    let e = a.entry;
    d.prefix == Prefix::Di
        && d.suffix == Suffix::None
        && e.source == Source::Supplement
        && e.pos == Pos::Noun
        && e.participle.is_none()
        && a.form.chars().count() >= 4
        && !a.form.contains(' ')
        && !["tion", "sion", "ment", "sis", "ance"]
            .iter()
            .any(|s| e.english.ends_with(s))
        && !active_form_known(lex, &a.form)
}

/// Whether the lexicon has a verb `meN-` + `root` with no suffix (`memasang` of `pasang`,
/// `menyapu` of `sapu`), checked against the affix rules so that a look-alike of another
/// root does not count.
fn active_form_known(lex: &Lexicon, root: &str) -> bool {
    let mut bodies = vec![root];
    if let Some(rest) = root.strip_prefix(['k', 'p', 't', 's']) {
        bodies.push(rest);
    }
    ["me", "mem", "men", "meng", "meny", "menge"]
        .iter()
        .flat_map(|p| bodies.iter().map(move |b| format!("{p}{b}")))
        .any(|form| {
            lex.get(&form).is_some_and(|e| e.pos == Pos::Verb)
                && crate::morph::stem_candidates(&form).iter().any(|c| {
                    c.stem == root
                        && c.derivation.prefix == Prefix::MeN
                        && c.derivation.suffix == Suffix::None
                })
        })
}

/// A hyphenated word that is not a reduplication: `Rusia-Belarus`, `e-KTP`. Each part is
/// glossed on its own; names and acronyms stay as written.
fn compound_token(lex: &Lexicon, raw: &Raw, text: &str) -> Option<Token> {
    let surface = &text[raw.start..raw.end];
    if let Some((root, _)) = crate::morph::reciprocal_base(&normalise(surface)) {
        // `setting-menyetting`: an English root and its `meN-` form, kept as English.
        if lex.is_english(root) && !lex.contains(root) {
            return Some(Token::new(raw, text, TokenKind::Known, root.to_string()));
        }
    }
    let mut parts = Vec::new();
    let mut any_known = false;
    for part in surface.split('-') {
        let found = lex
            .analyse_word(&normalise(part))
            .filter(|a| !a.entry.english.is_empty());
        if let Some(a) = found {
            any_known = true;
            parts.push(a.entry.english.clone());
        } else if lex.is_english(&normalise(part)) {
            // `die-hard`, `runner-up`, `re-branding`: English parts stay English.
            any_known = true;
            parts.push(part.to_string());
        } else if capitalised(part) || part.len() == 1 {
            parts.push(part.to_string());
        } else {
            return None;
        }
    }
    let kind = if any_known {
        TokenKind::Known
    } else {
        TokenKind::Name
    };
    Some(Token::new(raw, text, kind, parts.join("-")))
}

/// The token for a word or phrase found in the lexicon, with its English shaped by the
/// affixes that were removed.
fn known_token(raw: &Raw, text: &str, a: &WordAnalysis<'_>) -> Token {
    let e = a.entry;
    let d = a.derivation;
    let base = e.english.as_str();
    let mut pos = e.pos;
    let derived = d.prefix != Prefix::None || d.suffix != Suffix::None;
    let mut english = if !derived {
        base.to_string()
    } else if (d.is_passive() || (d.prefix == Prefix::Ter && pos == Pos::Verb))
        && !abstract_noun(base)
    {
        pos = Pos::Verb;
        if e.pos == Pos::Adj {
            format!("made {base}")
        } else {
            e.participle
                .clone()
                .unwrap_or_else(|| english::past_participle(base))
        }
    } else if d.prefix == Prefix::Ter && pos == Pos::Adj && d.suffix == Suffix::None {
        english::superlative(base)
    } else if d.is_nominal() {
        let was = pos;
        pos = Pos::Noun;
        match was {
            Pos::Verb => english::gerund(base),
            // `keseriusan` from `serius`: the quality of being serious.
            Pos::Adj if d.prefix == Prefix::Ke => english::ness(base),
            _ => base.to_string(),
        }
    } else if d.prefix == Prefix::PeN && d.suffix == Suffix::None {
        let was_verb = pos == Pos::Verb;
        pos = Pos::Noun;
        if was_verb {
            english::agent(base)
        } else {
            base.to_string()
        }
    } else if d.prefix == Prefix::Se && pos == Pos::Adj {
        pos = Pos::Adv;
        format!("as {base}")
    } else if d.prefix == Prefix::Ke && d.suffix == Suffix::None && pos == Pos::Num {
        pos = Pos::Adj;
        ordinal(base)
    } else if e.pos == Pos::Adj && matches!(d.suffix, Suffix::Kan | Suffix::I) {
        // Causative of an adjective: `menegaskan` is to make firm.
        pos = Pos::Verb;
        format!("make {base}")
    } else {
        // meN-, ber-, per-, -kan, -i: the root's gloss, no longer a plain noun.
        if matches!(pos, Pos::Noun | Pos::Adj) && d.prefix != Prefix::None {
            pos = Pos::Verb;
        }
        base.to_string()
    };
    let passive = derived && (d.is_passive() || d.prefix == Prefix::Ter);
    let mut plural = None;
    let mut determiner = None;
    let mut nominal = None;
    let mut t_plural = false;
    if pos == Pos::Noun {
        let p = e
            .plural
            .clone()
            .filter(|_| !derived)
            .unwrap_or_else(|| english::plural(&english));
        if a.reduplicated {
            english = p.clone();
        }
        t_plural = a.reduplicated;
        plural = Some(p);
    }
    if let Some(c @ ("nya" | "ku" | "mu")) = d.clitic {
        match pos {
            Pos::Noun | Pos::Adj | Pos::Num => determiner = Some(possessive_for(c).to_string()),
            Pos::Verb | Pos::Prep => {
                // An intransitive verb with `-nya` before its subject is a noun
                // (`meningkatnya ketegangan`, the increasing tension); `agree` decides once
                // it sees the next token. Otherwise `-nya` is the object: `membantunya`.
                if c == "nya" && pos == Pos::Verb && !passive && intransitive(a) {
                    nominal = Some(format!("the {}", english::gerund(&english)));
                }
                let object = match c {
                    "ku" => "me",
                    "mu" => "you",
                    _ => "it",
                };
                english = format!("{english} {object}");
            }
            _ => {}
        }
    }
    let mut t = Token::new(raw, text, TokenKind::Known, english);
    t.pos = Some(pos);
    if !derived && a.derivation.clitic.is_none() {
        t.adjective = e.adjective.clone();
    }
    // Glosses that are plural already (`pasukan` -> `troops`) take `these`/`those`.
    let inherently_plural = pos == Pos::Noun
        && t.english.ends_with('s')
        && english::plural(&t.english) == t.english
        && !t.english.ends_with("ss");
    t.plural = plural;
    t.determiner = determiner;
    t.nominal = nominal;
    t.is_plural = t_plural || inherently_plural;
    let lower = normalise(&t.surface);
    t.role = if let Some(&(_, p)) = POSSESSIVES.iter().find(|(w, _)| *w == lower) {
        Role::Possessive(p)
    } else if let Some(&(_, s, p)) = DEMONSTRATIVES.iter().find(|(w, _, _)| *w == lower) {
        Role::Demonstrative(s, p)
    } else if matches!(lower.as_str(), "dan" | "atau" | "serta") {
        Role::Coordinator
    } else {
        match pos {
            Pos::Noun => Role::Noun,
            Pos::Adj if !a.reduplicated => Role::Modifier,
            Pos::Proper if t.adjective.is_some() => Role::Modifier,
            _ => Role::Other,
        }
    };
    t.pluralises_next = pos == Pos::Quant
        || (pos == Pos::Num && !matches!(e.english.as_str(), "one" | "a" | "an" | "zero"));
    t
}

/// An English abstract noun (`certification`, `development`) has no participle: a passive
/// built on it (`disertifikasi`) keeps the noun in the gist.
fn abstract_noun(english: &str) -> bool {
    ["tion", "sion", "ment", "ity", "ism", "ance", "ence"]
        .iter()
        .any(|s| english.ends_with(s))
}

/// Whether a verb form looks intransitive: `meN-`/`ber-`/`ter-` without `-kan`/`-i`
/// (`meningkat`, `berkembang`), whether the affixes were stripped or the form is an entry.
fn intransitive(a: &WordAnalysis<'_>) -> bool {
    let d = a.derivation;
    let form = a.form.as_str();
    let prefixed = matches!(d.prefix, Prefix::MeN | Prefix::Ber)
        || (d.prefix == Prefix::None && (form.starts_with("me") || form.starts_with("ber")));
    let suffixed = d.suffix != Suffix::None || form.ends_with("kan") || form.ends_with('i');
    prefixed && !suffixed
}

/// Context passes over the whole token list, after each token has been glossed on its own.
fn in_context(tokens: &mut [Token]) {
    affixes_on_terms(tokens);
    mark_names(tokens);
    function_words(tokens);
    agree(tokens);
}

/// `di-PHK-kan` where `PHK` is a glossary term: the tokenizer leaves `di`, `-`, the term, `-`,
/// `kan`. Those are affixes written with a hyphen (as on any abbreviation), not the words
/// `di` (in) and `kan`: they give no English of their own, and the term stands alone.
fn affixes_on_terms(tokens: &mut [Token]) {
    let glued = |t: &Token| !t.space_before;
    for i in 0..tokens.len() {
        if tokens[i].kind != TokenKind::Term {
            continue;
        }
        if i >= 2 && glued(&tokens[i]) && glued(&tokens[i - 1]) && tokens[i - 1].surface == "-" {
            let affix = format!("{}-x", tokens[i - 2].surface);
            if crate::morph::hyphenated_affixes(&affix)
                .is_some_and(|(d, _)| d.prefix != Prefix::None)
            {
                tokens[i - 2].english.clear();
                tokens[i - 1].english.clear();
                tokens[i].space_before = tokens[i - 2].space_before;
            }
        }
        if i + 2 < tokens.len()
            && glued(&tokens[i + 1])
            && glued(&tokens[i + 2])
            && tokens[i + 1].surface == "-"
        {
            let affix = format!("x-{}", tokens[i + 2].surface);
            if crate::morph::hyphenated_affixes(&affix).is_some() {
                tokens[i + 1].english.clear();
                tokens[i + 2].english.clear();
            }
        }
    }
}

/// Turns into names what only context shows to be names.
fn mark_names(tokens: &mut [Token]) {
    let mut in_place_name = false;
    for i in 0..tokens.len() {
        let t = &tokens[i];
        // An unknown capitalised word counts too: `David da Silva` opening a sentence, where
        // `David` is only known to be a name once the particle joins it to the next.
        let prev_is_name = i > 0
            && (tokens[i - 1].kind == TokenKind::Name
                || (tokens[i - 1].kind == TokenKind::Unknown
                    && capitalised(&tokens[i - 1].surface)));
        let next_is_name = tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Name && n.space_before);
        let cap = capitalised(&t.surface) && !t.sentence_initial && t.is_word();
        let particle = NAME_PARTICLES.contains(&t.surface.as_str()) && prev_is_name && next_is_name;
        let name = (in_place_name && cap && t.kind == TokenKind::Known && !t.surface.contains(' '))
            // `Pedro de Barón`, `University of North Carolina`.
            || particle
            // `Michael Fallon` opening a sentence: an unknown capitalised word before a name
            // is the first half of the name.
            || (t.kind == TokenKind::Unknown && capitalised(&t.surface) && next_is_name)
            // `propinsi jambi`, `Kabupaten mamuju`: an unknown word right after a place title
            // is the place's name written in lower case (a common word would be known).
            || (t.kind == TokenKind::Unknown && i > 0 && t.space_before && names_place(&tokens[i - 1]));
        // `Jl Bungur Besar Raya`: capitalised words after a place title are its name.
        in_place_name = (in_place_name && cap)
            || (capitalised(&t.surface)
                && PLACE_TITLES.contains(&t.surface.trim_end_matches('.').to_lowercase().as_str()));
        if name {
            if particle && tokens[i - 1].kind == TokenKind::Unknown {
                let before = &mut tokens[i - 1];
                before.kind = TokenKind::Name;
                before.english = before.surface.clone();
                before.role = Role::Other;
            }
            let t = &mut tokens[i];
            t.kind = TokenKind::Name;
            t.english = t.surface.clone();
            t.role = Role::Other;
        }
    }
}

/// Function words whose English depends on their neighbours.
fn function_words(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        let lower = tokens[i].surface.to_lowercase();
        let next_is_noun = tokens
            .get(i + 1)
            .is_some_and(|t| t.role == Role::Noun && t.space_before);
        match lower.as_str() {
            // `kedua negara` is `both countries`; `tahap kedua` is `second stage`.
            "kedua" if !next_is_noun && i > 0 && tokens[i - 1].role == Role::Noun => {
                let t = &mut tokens[i];
                t.english = "second".into();
                t.role = Role::Modifier;
                t.pluralises_next = false;
            }
            // `pada Oktober 2022`, `pada 1997`: `in`, not `on`.
            "pada" => {
                let before_date = tokens.get(i + 1).is_some_and(|n| {
                    let year = n.kind == TokenKind::Number
                        && n.surface.len() == 4
                        && n.surface.bytes().all(|b| b.is_ascii_digit());
                    year || crate::text::numbers::ENGLISH_MONTHS.contains(&n.english.as_str())
                });
                if before_date {
                    tokens[i].english = "in".into();
                }
            }
            // `baik ... maupun ...` is `both ... and ...`; otherwise `baik` is `good`.
            "baik" => {
                let both = tokens[i + 1..]
                    .iter()
                    .take_while(|t| !matches!(t.surface.as_str(), "." | "!" | "?" | ";"))
                    .take(12)
                    .any(|t| t.surface.eq_ignore_ascii_case("maupun"));
                if both {
                    tokens[i].english = "both".into();
                    tokens[i].role = Role::Other;
                }
            }
            // `sedang berlatih`: `is training`.
            w if PROGRESSIVE.contains(&w) => {
                if let Some(next) = tokens.get_mut(i + 1) {
                    if next.kind == TokenKind::Known
                        && next.pos == Some(Pos::Verb)
                        && next.space_before
                        && !next.english.contains(' ')
                    {
                        next.english = english::gerund(&next.english);
                        tokens[i].english = "is".into();
                    }
                }
            }
            _ => {}
        }
        // `meningkatnya ketegangan`: the increasing tension.
        if next_is_noun {
            if let Some(n) = tokens[i].nominal.take() {
                tokens[i].english = n;
            }
        }
    }
}

/// Plural agreement after quantifiers and numbers: `para menteri` -> `ministers`,
/// `9.000 tentara` -> `9,000 troops`.
fn agree(tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        if !tokens[i - 1].pluralises_next {
            continue;
        }
        let next = &mut tokens[i];
        if next.role == Role::Noun && next.kind == TokenKind::Known {
            if let Some(p) = next.plural.clone() {
                next.english = p;
                next.is_plural = true;
            }
        }
    }
}

/// Whether a token can qualify the noun before it: an adjective, a country or region, or a
/// noun that English puts before its head (`aliansi keamanan` -> `security alliance`).
fn is_modifier(t: &Token) -> bool {
    t.role == Role::Modifier || (t.role == Role::Noun && t.adjective.is_some())
}

/// The English of a token qualifying a noun: its adjective form when it has one.
fn modifier_english(t: &Token) -> String {
    match &t.adjective {
        Some(adj) if t.titled && adj.starts_with(char::is_lowercase) => english::title_case(adj),
        Some(adj) => adj.clone(),
        None => styled(t),
    }
}

fn styled(t: &Token) -> String {
    if t.titled && t.english.starts_with(char::is_lowercase) {
        english::title_case(&t.english)
    } else {
        t.english.clone()
    }
}

/// A piece of output: one token, or a reordered noun phrase.
struct Piece {
    text: String,
    space_before: bool,
    sentence_initial: bool,
}

/// Joins the tokens into the gist, reordering noun phrases into English order.
pub fn render(tokens: &[Token]) -> String {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.role == Role::Noun && t.kind != TokenKind::Name {
            if let Some((piece, used)) = noun_phrase(tokens, i) {
                pieces.push(piece);
                i += used;
                continue;
            }
        }
        let mut text = styled(t);
        if let Some(d) = &t.determiner {
            text = format!("{d} {text}");
        }
        pieces.push(Piece {
            text,
            space_before: t.space_before,
            sentence_initial: t.sentence_initial,
        });
        i += 1;
    }
    join(pieces)
}

/// A noun at `tokens[i]` followed by modifiers, a possessive and/or a demonstrative, in English
/// order; `None` if nothing follows the noun.
fn noun_phrase(tokens: &[Token], i: usize) -> Option<(Piece, usize)> {
    let noun = &tokens[i];
    // A word that follows with a space, and is not glued to what comes after it
    // (`Perjanjian Ulang Rusia-Belarus`: `Rusia` belongs to `Rusia-Belarus`).
    let attached = |j: usize| {
        j < tokens.len()
            && tokens[j].space_before
            && !tokens.get(j + 1).is_some_and(|n| {
                !n.space_before && (n.kind != TokenKind::Punct || n.surface == "-")
            })
    };
    let mut j = i + 1;
    let mut modifiers: Vec<String> = Vec::new();
    while attached(j) && is_modifier(&tokens[j]) {
        let mut group = modifier_english(&tokens[j]);
        j += 1;
        // `tentara Rusia dan Belarusia`: coordinated adjectives and countries stay in their
        // order. Nouns are not coordinated this way: in `aliansi barat dan perang` the war is
        // a second noun, not a kind of alliance.
        while attached(j + 1)
            && attached(j)
            && tokens[j - 1].role == Role::Modifier
            && tokens[j].role == Role::Coordinator
            && tokens[j + 1].role == Role::Modifier
        {
            group = format!(
                "{group} {} {}",
                tokens[j].english,
                modifier_english(&tokens[j + 1])
            );
            j += 2;
        }
        modifiers.push(group);
    }
    let mut possessive = None;
    if attached(j) {
        if let Role::Possessive(p) = tokens[j].role {
            possessive = Some(p);
            j += 1;
        }
    }
    let mut demonstrative = None;
    if attached(j) {
        if let Role::Demonstrative(s, p) = tokens[j].role {
            demonstrative = Some((s, p));
            j += 1;
        }
    }
    if modifiers.is_empty() && possessive.is_none() && demonstrative.is_none() {
        return None;
    }
    let mut words: Vec<String> = Vec::new();
    if let Some((singular, plural)) = demonstrative {
        words.push(if noun.is_plural { plural } else { singular }.to_string());
        words.extend(possessive.map(str::to_string));
    } else if let Some(p) = possessive {
        words.push(p.to_string());
    } else if let Some(d) = &noun.determiner {
        words.push(d.clone());
    }
    words.extend(modifiers.into_iter().rev());
    words.push(styled(noun));
    Some((
        Piece {
            text: words.join(" "),
            space_before: noun.space_before,
            sentence_initial: noun.sentence_initial,
        },
        j - i,
    ))
}

/// Joins pieces with the source's spacing, capitalises sentence starts, and fixes `a`/`an`.
fn join(pieces: Vec<Piece>) -> String {
    let mut out = String::new();
    let mut pending_space = false;
    let mut pending_capital = false;
    let n = pieces.len();
    for k in 0..n {
        let p = &pieces[k];
        pending_space |= p.space_before;
        pending_capital |= p.sentence_initial;
        if p.text.is_empty() {
            continue;
        }
        let mut text = p.text.clone();
        if text == "a" || text == "A" {
            let next = pieces[k + 1..].iter().find(|q| !q.text.is_empty());
            if next.is_some_and(|q| {
                q.text
                    .starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'])
            }) {
                text.push('n');
            }
        }
        if pending_capital {
            match text.chars().next() {
                Some(c) if c.is_alphabetic() => {
                    text = english::capitalise(&text);
                    pending_capital = false;
                }
                // A number or a marked unknown word starts the sentence as written.
                Some(c) if c.is_alphanumeric() || c == '*' => pending_capital = false,
                _ => {}
            }
        }
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push_str(&text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_function_words_are_sorted_for_binary_search() {
        assert!(ENGLISH_FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
    }
}
