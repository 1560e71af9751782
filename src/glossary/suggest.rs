//! Candidate glossary entries found in real work (`glossary suggest`): from reviewers'
//! post-edits (the same source phrase given the same new English more than once), from
//! articles (institutions, offices and titles, acronyms defined in the text, person names
//! to keep untranslated), and from aligned Indonesian-English pairs (recurring phrase pairs).
//! Every suggestion carries its evidence; nothing is written here.
//!
//! Ranking is by the kind of evidence first (a definition in the text, `Kementerian
//! Pertahanan (Kemhan)`, beats an institution's head noun, which beats a name next to a title
//! or a speech verb), then by how often it was seen; the shared rules are Indonesian
//! grammar (head nouns, speech verbs, function words), not anything about particular articles.

use super::{term_key, Glossary};
use crate::doc::{collapse_whitespace, Document, ParagraphKind};
use crate::lexicon::Lexicon;
use crate::qa::scan::{words, Word};
use serde::Serialize;
use std::collections::HashMap;

/// What a suggestion would add.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A new entry (the English may still be to be found: `target` is then `None`).
    Term,
    /// Another Indonesian form of an existing entry (an acronym of it).
    Alias,
    /// A name that stays as written in English.
    Dnt,
}

/// Where a suggestion was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// The file.
    pub file: String,
    /// The segment id (`3.1`).
    pub segment: String,
}

/// A candidate glossary entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// The Indonesian term.
    pub source: String,
    /// The English, when the evidence gives one.
    pub target: Option<String>,
    /// What to add.
    pub kind: Kind,
    /// How often it was seen.
    pub count: usize,
    /// Where (each segment once, in order of reading).
    pub evidence: Vec<Evidence>,
    /// Other forms seen with it (the acronym of an expansion).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Why it is suggested, in a few words.
    pub reason: String,
    /// The rank key: the strength of the kind of evidence plus the count.
    #[serde(skip)]
    pub score: f64,
}

/// One reviewed segment: the machine's English and what the reviewer made of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostEdit {
    /// The review file.
    pub file: String,
    /// The segment id.
    pub segment: String,
    /// The Indonesian source.
    pub source: String,
    /// The machine's English.
    pub mt: String,
    /// The reviewed English.
    pub target: String,
}

/// One aligned sentence or paragraph pair (`translate align` output).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The file it came from.
    pub file: String,
    /// Its id there (link number).
    pub segment: String,
    /// Indonesian.
    pub source: String,
    /// English.
    pub target: String,
}

/// Nouns that head the names of institutions, offices, titles and units in Indonesian.
const HEADS: &[&str] = &[
    "akademi",
    "angkatan",
    "asosiasi",
    "badan",
    "balai",
    "bank",
    "biro",
    "bupati",
    "dewan",
    "dinas",
    "direktorat",
    "direktur",
    "dirjen",
    "duta",
    "fraksi",
    "front",
    "gerakan",
    "gubernur",
    "himpunan",
    "ikatan",
    "inspektorat",
    "institut",
    "jaksa",
    "jenderal",
    "kabupaten",
    "kantor",
    "kapolda",
    "kapolres",
    "kapolri",
    "kedutaan",
    "kejaksaan",
    "kejati",
    "kemenko",
    "kementerian",
    "kepala",
    "kepolisian",
    "ketua",
    "koalisi",
    "kodam",
    "kodim",
    "komando",
    "komandan",
    "komisi",
    "kongres",
    "konsulat",
    "koperasi",
    "korem",
    "korps",
    "lembaga",
    "mahkamah",
    "majelis",
    "markas",
    "menko",
    "menteri",
    "organisasi",
    "pangdam",
    "panglima",
    "panitia",
    "partai",
    "pasukan",
    "pemerintah",
    "pemkab",
    "pemkot",
    "pemprov",
    "pengadilan",
    "perdana",
    "persatuan",
    "perusahaan",
    "polda",
    "polres",
    "polsek",
    "presiden",
    "provinsi",
    "pt",
    "pusat",
    "rumah",
    "satgas",
    "satuan",
    "sekjen",
    "sekretaris",
    "sekretariat",
    "sekolah",
    "staf",
    "tentara",
    "tim",
    "universitas",
    "wakil",
    "wali",
    "wapres",
];

/// Lower-case words that may sit inside a name (`Front Pembela Islam`, `Badan Pengawas Pemilu
/// dan ...`).
const NAME_JOINERS: &[&str] = &["dan", "untuk", "bin", "binti", "van", "der", "de", "&"];

/// Function words that do not count in an acronym's expansion.
const FUNCTION: &[&str] = &[
    "dan", "untuk", "dari", "di", "ke", "&", "serta", "atau", "bagi",
];

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=8).contains(&letters)
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && w.chars().filter(|c| c.is_lowercase()).count() <= letters / 2
}

/// Whether `acr` can be read off `words` the way Indonesian acronyms are made: letters taken
/// in order from the words, the first from the first word's start, every content word giving
/// at least one (`Kemhan` from `Kementerian Pertahanan`, `alutsista` from `alat utama sistem
/// senjata`, `NKRI` from `negara kesatuan Republik Indonesia`).
pub(crate) fn acronym_of(acr: &str, words: &[&str]) -> bool {
    let acr: Vec<char> = acr
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    let words: Vec<Vec<char>> = words
        .iter()
        .map(|w| w.to_lowercase().chars().collect())
        .collect();
    if words.is_empty() || acr.is_empty() || words[0].first() != acr.first() {
        return false;
    }
    if FUNCTION.contains(&words[0].iter().collect::<String>().as_str()) {
        return false;
    }
    // (acronym position, word, position in the word, whether the word gave a letter)
    fn go(acr: &[char], words: &[Vec<char>], a: usize, w: usize, c: usize, gave: bool) -> bool {
        if a == acr.len() {
            // Every word after this one must be optional, and this one must have given.
            let optional =
                |x: &Vec<char>| FUNCTION.contains(&x.iter().collect::<String>().as_str());
            return (gave || optional(&words[w])) && words[w + 1..].iter().all(optional);
        }
        // Take the next letter from this word.
        if let Some(p) = words[w][c..].iter().position(|&x| x == acr[a]) {
            // Prefer the nearest letter, but allow a later one if the nearest fails.
            for q in (c + p)..words[w].len() {
                if words[w][q] == acr[a] && go(acr, words, a + 1, w, q + 1, true) {
                    return true;
                }
            }
        }
        // Or move on to the next word, once this one has given (or may give nothing).
        let optional = FUNCTION.contains(&words[w].iter().collect::<String>().as_str());
        w + 1 < words.len() && (gave || optional) && go(acr, words, a, w + 1, 0, false)
    }
    go(&acr, &words, 0, 0, 0, false)
}

/// The suggestions of one kind of evidence, keyed by the source's term key.
#[derive(Default)]
struct Collector {
    map: HashMap<String, Suggestion>,
    order: Vec<String>,
}

impl Collector {
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        source: &str,
        target: Option<String>,
        kind: Kind,
        strength: f64,
        reason: &str,
        file: &str,
        segment: &str,
    ) {
        let key = term_key(source);
        let s = self.map.entry(key.clone()).or_insert_with(|| {
            self.order.push(key);
            Suggestion {
                source: source.to_string(),
                target: target.clone(),
                kind,
                count: 0,
                evidence: Vec::new(),
                aliases: Vec::new(),
                reason: reason.to_string(),
                score: 0.0,
            }
        });
        s.count += 1;
        // The strongest evidence decides kind, target and reason.
        if strength > s.score {
            s.score = strength;
            s.kind = kind;
            s.reason = reason.to_string();
            if target.is_some() {
                s.target = target;
            }
        }
        if !s
            .evidence
            .iter()
            .any(|e| e.file == file && e.segment == segment)
        {
            s.evidence.push(Evidence {
                file: file.to_string(),
                segment: segment.to_string(),
            });
        }
    }

    fn finish(self, min_count: impl Fn(&Suggestion) -> bool) -> Vec<Suggestion> {
        let mut map = self.map;
        let mut out: Vec<Suggestion> = self
            .order
            .iter()
            .filter_map(|k| map.remove(k))
            .filter(|s| min_count(s))
            .map(|mut s| {
                s.score += s.count as f64;
                s
            })
            .collect();
        rank(&mut out);
        out
    }
}

/// Strongest evidence first, then the most frequent; stable, so ties keep reading order.
pub fn rank(list: &mut [Suggestion]) {
    list.sort_by(|a, b| b.score.total_cmp(&a.score));
}

/// A word that is an ordinary Indonesian word (in the offline lexicon, lower-cased), so a
/// capitalised run made of it alone is a sentence start or a headline, not a name.
fn common(lex: &Lexicon, w: &str) -> bool {
    let lower = w.to_lowercase();
    lex.get(&lower).is_some_and(|e| !e.english.is_empty()) && lex.get_cased(w).is_none()
}

const DEFINED: f64 = 4.0;
const INSTITUTION: f64 = 3.0;
const PERSON: f64 = 2.0;
const ACRONYM: f64 = 1.5;
const NAME: f64 = 1.0;

/// Suggestions from articles: institutions, offices and titles (a capitalised run headed by
/// an institution noun), acronyms defined in the text, person names next to a title or a
/// speech verb, and other recurring multi-word names. Terms the glossary has are left out.
pub fn from_documents(docs: &[Document], glossary: &Glossary) -> Vec<Suggestion> {
    let lex = Lexicon::embedded();
    let mut c = Collector::default();
    // acronym key -> expansion key, for folding the acronym's own count into its expansion.
    let mut defined: HashMap<String, String> = HashMap::new();
    for doc in docs {
        for para in &doc.paragraphs {
            if !matches!(
                para.kind,
                ParagraphKind::Body | ParagraphKind::Quote | ParagraphKind::ListItem
            ) {
                continue;
            }
            for seg in para.segments.iter().filter(|s| s.kind.is_translatable()) {
                let id = seg.id();
                scan_segment(
                    &seg.source,
                    glossary,
                    lex,
                    &doc.path,
                    &id,
                    &mut c,
                    &mut defined,
                );
            }
        }
    }
    // An acronym defined in the text is an alias of its expansion: one suggestion for both.
    for (acr, exp) in &defined {
        if acr == exp {
            continue;
        }
        if let Some(a) = c.map.remove(acr) {
            if let Some(e) = c.map.get_mut(exp) {
                e.count += a.count;
                for ev in a.evidence {
                    if !e.evidence.contains(&ev) {
                        e.evidence.push(ev);
                    }
                }
                if !e.aliases.contains(&a.source) {
                    e.aliases.push(a.source);
                }
            }
        }
    }
    // Weaker evidence (an acronym or a name alone) counts when seen twice.
    c.finish(|s| s.score >= PERSON || s.count >= 2)
}

fn scan_segment(
    text: &str,
    glossary: &Glossary,
    lex: &Lexicon,
    file: &str,
    id: &str,
    c: &mut Collector,
    defined: &mut HashMap<String, String>,
) {
    let ws = words(text);
    let hits = glossary.find(text);
    let known = |w: &Word| hits.iter().any(|m| m.start <= w.start && w.end <= m.end);
    let title_before = |start: usize| {
        hits.iter().any(|m| {
            m.end <= start
                && text[m.end..start].trim().is_empty()
                && glossary.entry(m.entry).flags.title
        })
    };
    let gap_is_space = |a: &Word, b: &Word| text[a.end..b.start].chars().all(char::is_whitespace);

    // 1. Acronyms defined in brackets: `Front Pembela Islam (FPI)`, `Kemhan (Kementerian
    //    Pertahanan)`.
    for (i, w) in ws.iter().enumerate() {
        let open = text[..w.start].trim_end().ends_with('(');
        let close = text[w.end..].trim_start().starts_with(')');
        if !(open && close) || i == 0 {
            continue;
        }
        // The words before the bracket, back to punctuation.
        let mut k = i;
        while k > 0 && i - k < 8 {
            let prev = &ws[k - 1];
            let gap = &text[prev.end..if k == i { w.start } else { ws[k].start }];
            let gap = gap.trim_end_matches('(');
            if !gap.chars().all(char::is_whitespace) {
                break;
            }
            k -= 1;
        }
        let before: Vec<&str> = ws[k..i].iter().map(|w| w.text).collect();
        let Some(n) = (1..=before.len()).find(|&n| acronym_of(w.text, &before[before.len() - n..]))
        else {
            continue;
        };
        let first = ws[i - n].start;
        let expansion = &text[first..ws[i - 1].end];
        if expansion.split_whitespace().count() < 2 {
            continue;
        }
        let acr_known =
            glossary.entry_by_source(w.text).is_some() || hits.iter().any(|m| m.start == w.start);
        if acr_known {
            continue;
        }
        match glossary.entry_by_source(expansion) {
            Some(e) => c.add(
                w.text,
                Some(e.target.clone()),
                Kind::Alias,
                DEFINED,
                &format!("acronym of `{}`, defined in the text", e.source),
                file,
                id,
            ),
            None => {
                let exp = collapse_whitespace(expansion);
                // `Joko Widodo (Jokowi)`: a name and its short form, both kept as written.
                let name = !HEADS.contains(&ws[i - n].text.to_lowercase().as_str())
                    && ws[i - n..i]
                        .iter()
                        .all(|x| is_capitalised(x.text) && !common(lex, x.text))
                    && !is_acronym(w.text);
                if name {
                    c.add(
                        &exp,
                        Some(exp.clone()),
                        Kind::Dnt,
                        DEFINED,
                        &format!("name given with its short form {}: keep as written", w.text),
                        file,
                        id,
                    );
                } else {
                    c.add(
                        &exp,
                        None,
                        Kind::Term,
                        DEFINED,
                        &format!("defined in the text with its acronym {}", w.text),
                        file,
                        id,
                    );
                }
                defined.insert(term_key(w.text), term_key(&exp));
                let s = c.map.get_mut(&term_key(&exp)).expect("just added");
                if !s.aliases.iter().any(|a| a == w.text) {
                    s.aliases.push(w.text.to_string());
                }
            }
        }
    }

    // 2. Capitalised runs outside glossary terms.
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        if known(w) || !is_capitalised(w.text) {
            i += 1;
            continue;
        }
        let is_head = |w: &Word| HEADS.contains(&w.text.to_lowercase().as_str());
        // `X dan Y` where Y starts another name (an acronym, an institution noun) or X ends
        // in one is two names (`Kemenko Polhukam dan BNPT`), not one (`Badan Pengawas Obat
        // dan Makanan`).
        let coordinated = |j: usize| {
            matches!(ws[j].text, "dan" | "serta")
                && (is_acronym(ws[j + 1].text) || is_head(&ws[j + 1]) || is_acronym(ws[j - 1].text))
        };
        let mut j = i + 1;
        while j < ws.len() && !known(&ws[j]) && gap_is_space(&ws[j - 1], &ws[j]) {
            let t = ws[j].text;
            if is_capitalised(t) {
                j += 1;
            } else if NAME_JOINERS.contains(&t)
                && j + 1 < ws.len()
                && is_capitalised(ws[j + 1].text)
                && gap_is_space(&ws[j], &ws[j + 1])
                && !known(&ws[j + 1])
                && !coordinated(j)
            {
                j += 2;
            } else {
                break;
            }
        }
        // An institution's name with commas, defined by the bracket after it: `Kementerian
        // Koordinator Bidang Politik, Hukum, dan Keamanan (Kemenko Polhukam)` is one name up
        // to the bracket.
        let mut defined_by = None;
        if is_head(w) {
            if let Some((end, acr)) = through_commas(text, &ws, j) {
                j = end;
                defined_by = Some(acr);
            }
        }
        let mut run: Vec<Word> = ws[i..j].to_vec();
        if let Some(acr) = defined_by {
            let phrase = collapse_whitespace(&text[run[0].start..run[run.len() - 1].end]);
            if let (None, Some(e)) = (
                glossary.entry_by_source(&phrase),
                glossary.entry_by_source(&acr),
            ) {
                c.add(
                    &phrase,
                    Some(e.target.clone()),
                    Kind::Alias,
                    DEFINED,
                    &format!("another form of `{}`, defined in the text", e.source),
                    file,
                    id,
                );
            } else if glossary.entry_by_source(&phrase).is_none() {
                c.add(
                    &phrase,
                    None,
                    Kind::Term,
                    DEFINED,
                    &format!("defined in the text with its short form {acr}"),
                    file,
                    id,
                );
                let s = c.map.get_mut(&term_key(&phrase)).expect("just added");
                if !s.aliases.contains(&acr) {
                    s.aliases.push(acr.clone());
                }
                defined.insert(term_key(&acr), term_key(&phrase));
            }
            i = j;
            continue;
        }
        // A sentence starts with a capital anyway, and a headline capitalises every word: an
        // ordinary word (in the lexicon) first in the run is not part of a name.
        while run
            .first()
            .is_some_and(|f| common(lex, f.text) && !is_head(f))
        {
            run.remove(0);
        }
        // Nor at its end (`... Indonesia Tak`), unless an institution noun heads the run: its
        // capitalised words are the name (`Badan Pusat Statistik`).
        let before_trim = run.len();
        let headed = run.first().is_some_and(is_head);
        while !headed
            && run.len() > 1
            && run
                .last()
                .is_some_and(|l| common(lex, l.text) && !is_head(l) && !is_acronym(l.text))
        {
            run.pop();
        }
        // A title with its holder's name (`Kepala BPN Sofyan A.`): the name after the
        // office's acronym is a person.
        let split = headed
            .then(|| run.iter().rposition(|w| is_acronym(w.text)))
            .flatten()
            .filter(|&k| {
                k >= 1
                    && k + 1 < run.len()
                    && run[k + 1..].iter().all(|w| {
                        w.text.chars().count() == 1 || (!common(lex, w.text) && !is_head(w))
                    })
            });
        let ctx = RunContext {
            text,
            ws: &ws,
            before: i,
            after: j,
            file,
            id,
            title_before: &title_before,
        };
        if let Some(k) = split {
            let mut person: Vec<Word> = run.split_off(k + 1);
            while person.len() > 1 && person.last().is_some_and(|w| w.text.chars().count() == 1) {
                person.pop();
            }
            classify_run(&ctx, &run, lex, c, glossary);
            c_person(text, &person, file, id, c, glossary);
        } else if !run.is_empty() && (run.len() > 1 || run.len() == before_trim) {
            // A single word left after trimming ordinary words is a fragment (`Tata Ruang`).
            classify_run(&ctx, &run, lex, c, glossary);
        }
        i = j.max(i + 1);
    }
}

/// From word `j` (the first after a capitalised run that a comma ends), the end of a list of
/// capitalised words and commas (`, Hukum, dan Keamanan`) that runs into a bracket holding
/// a short form (`(Kemenko Polhukam)`): the index after the list's last word and the short
/// form. None when anything else comes first.
fn through_commas(text: &str, ws: &[Word], j: usize) -> Option<(usize, String)> {
    if j == 0 || j >= ws.len() || !text[ws[j - 1].end..].starts_with(',') {
        return None;
    }
    let mut k = j;
    let mut commas = 0;
    while k < ws.len() {
        let gap = text[ws[k - 1].end..ws[k].start].trim();
        match gap {
            "" => {}
            "," => commas += 1,
            "(" => break,
            _ => return None,
        }
        let t = ws[k].text;
        if !(is_capitalised(t) || matches!(t, "dan" | "serta" | "&")) {
            return None;
        }
        k += 1;
    }
    let rest = text[ws[k - 1].end..].trim_start();
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let short = collapse_whitespace(inner[..close].trim());
    let short_ok = !short.is_empty()
        && short.split_whitespace().count() <= 3
        && short.split_whitespace().all(is_capitalised);
    (commas >= 1 && short_ok && k > j).then_some((k, short))
}

/// A person's name found after a title: kept as written.
fn c_person(
    text: &str,
    run: &[Word],
    file: &str,
    id: &str,
    c: &mut Collector,
    glossary: &Glossary,
) {
    let Some((first, last)) = run.first().zip(run.last()) else {
        return;
    };
    let phrase = collapse_whitespace(&text[first.start..last.end]);
    if glossary.entry_by_source(&phrase).is_none() {
        c.add(
            &phrase,
            Some(phrase.clone()),
            Kind::Dnt,
            PERSON,
            PERSON_REASON,
            file,
            id,
        );
    }
}

const PERSON_REASON: &str = "person's name (after a title or a speech verb): keep as written";

/// Where a capitalised run was found: its segment, the words around it.
struct RunContext<'a, 't> {
    text: &'t str,
    ws: &'a [Word<'t>],
    /// Index of the run's first word (before trimming).
    before: usize,
    /// Index of the first word after the run.
    after: usize,
    file: &'a str,
    id: &'a str,
    title_before: &'a dyn Fn(usize) -> bool,
}

fn classify_run(
    ctx: &RunContext,
    run: &[Word],
    lex: &Lexicon,
    c: &mut Collector,
    glossary: &Glossary,
) {
    let RunContext {
        text,
        ws,
        before: i,
        after: j,
        file,
        id,
        title_before,
    } = *ctx;
    if run.iter().all(|w| w.text.chars().count() < 2) {
        return;
    }
    let start = run[0].start;
    let end = run[run.len() - 1].end;
    let phrase = collapse_whitespace(&text[start..end]);
    if glossary.entry_by_source(&phrase).is_some() {
        return;
    }
    let head = HEADS.contains(&run[0].text.to_lowercase().as_str());
    if head && run.len() >= 2 {
        c.add(
            &phrase,
            None,
            Kind::Term,
            INSTITUTION,
            "name of an institution, office or title",
            file,
            id,
        );
        return;
    }
    if run.len() == 1 && is_acronym(run[0].text) {
        if lex.get(&run[0].text.to_lowercase()).is_none() {
            c.add(
                &phrase,
                None,
                Kind::Term,
                ACRONYM,
                "acronym used in the text",
                file,
                id,
            );
        }
        return;
    }
    if run
        .iter()
        .any(|w| common(lex, w.text) || is_acronym(w.text))
    {
        return;
    }
    // A person: right after a title (`Menteri Pertahanan Rusia Sergey Shoigu`), or next to a
    // speech verb (`kata Prabowo`, `Wiranto mengatakan`).
    let prev = (i > 0).then(|| ws[i - 1].text.to_lowercase());
    let next = ws.get(j).map(|w| w.text.to_lowercase());
    let speaker = prev
        .as_deref()
        .is_some_and(|p| crate::text::REPORTING_VERBS.contains(&p))
        || next.as_deref().is_some_and(|n| {
            matches!(
                n,
                "mengatakan"
                    | "menyatakan"
                    | "menjelaskan"
                    | "menegaskan"
                    | "menyebutkan"
                    | "mengungkapkan"
            )
        });
    let after_head = prev.as_deref().is_some_and(|p| HEADS.contains(&p));
    if title_before(start) || speaker || after_head {
        c_person(text, run, file, id, c, glossary);
    } else if run.len() >= 2 {
        c.add(
            &phrase,
            Some(phrase.clone()),
            Kind::Dnt,
            NAME,
            "recurring name of words that are not Indonesian: keep as written",
            file,
            id,
        );
    }
}

/// Lower-case words with the spelling differences between British and American folded, for
/// comparing English phrases.
fn english_key(s: &str) -> String {
    s.to_lowercase()
        .replace(['’'], "'")
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .map(|w| w.strip_suffix("'s").unwrap_or(w).trim_matches('\''))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Content-word stems of an English phrase: `Ministers of Defense` -> {minist, defen}.
fn english_stems(s: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "the", "a", "an", "of", "to", "in", "on", "and", "for", "by", "with", "at", "is", "was",
    ];
    english_key(s)
        .split(' ')
        .filter(|w| !w.is_empty() && !STOP.contains(w))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

/// How well a source phrase explains an English phrase: the share of the English content
/// words found in the lexicon glosses of the source's words (or written the same), and the
/// share of source words that gloss into the English; their harmonic mean.
fn gloss_fit(lex: &Lexicon, source: &[&str], english: &[String]) -> f64 {
    if source.is_empty() || english.is_empty() {
        return 0.0;
    }
    let glosses: Vec<Vec<String>> = source
        .iter()
        .map(|w| {
            let mut g = english_stems(w);
            if let Some(a) = lex.analyse_word(&w.to_lowercase()) {
                g.extend(english_stems(&a.entry.english));
            }
            if let Some(e) = lex.get_cased(w) {
                g.extend(english_stems(&e.english));
            }
            g
        })
        .collect();
    let covered = english
        .iter()
        .filter(|e| glosses.iter().any(|g| g.contains(e)))
        .count() as f64
        / english.len() as f64;
    let used = glosses
        .iter()
        .filter(|g| g.iter().any(|x| english.contains(x)))
        .count() as f64
        / source.len() as f64;
    harmonic(covered, used)
}

/// The changed stretches of a word diff from `old` to `new`, with changes separated by at most
/// two unchanged words joined (`Minister of Defense` -> `Defence Minister` is one change, not
/// an insertion and a deletion around `Minister`).
fn changed_spans(
    old: &[&str],
    new: &[&str],
) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    use similar::{capture_diff_slices, Algorithm, DiffTag};
    let lo: Vec<String> = old.iter().map(|w| english_key(w)).collect();
    let ln: Vec<String> = new.iter().map(|w| english_key(w)).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &lo, &ln);
    let mut out: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    let mut last_equal_len = usize::MAX;
    for op in ops {
        match op.tag() {
            DiffTag::Equal => last_equal_len = op.old_range().len(),
            _ => {
                let (o, n) = (op.old_range(), op.new_range());
                match out.last_mut() {
                    Some((po, pn)) if last_equal_len <= 2 => {
                        po.end = o.end.max(po.end);
                        pn.end = n.end.max(pn.end);
                    }
                    _ => out.push((o, n)),
                }
                last_equal_len = 0;
            }
        }
    }
    out
}

fn harmonic(a: f64, b: f64) -> f64 {
    if a + b == 0.0 {
        0.0
    } else {
        2.0 * a * b / (a + b)
    }
}

/// The harmonic mean of the share of `english` found in `known` and the share of `known` found
/// in `english`.
fn stem_fit(known: &[String], english: &[String]) -> f64 {
    if known.is_empty() || english.is_empty() {
        return 0.0;
    }
    let covered =
        english.iter().filter(|e| known.contains(e)).count() as f64 / english.len() as f64;
    let used = known.iter().filter(|k| english.contains(k)).count() as f64 / known.len() as f64;
    harmonic(covered, used)
}

/// The entry whose source or alias is the whole of `phrase` (with inflection).
fn entry_for<'g>(glossary: &'g Glossary, phrase: &str) -> Option<&'g super::Entry> {
    glossary
        .find(phrase)
        .into_iter()
        .find(|m| m.start == 0 && m.end == phrase.len())
        .map(|m| glossary.entry(m.entry))
}

/// Suggestions from post-edits: where reviewers replaced the machine's English for the same
/// source phrase by the same English more than once. Each change of the word diff is tied to
/// the source phrase (up to four words) whose lexicon glosses best explain the machine's words.
pub fn from_post_edits(edits: &[PostEdit], glossary: &Glossary) -> Vec<Suggestion> {
    let lex = Lexicon::embedded();
    let mut c = Collector::default();
    for pe in edits {
        let old: Vec<&str> = pe.mt.split_whitespace().collect();
        let new: Vec<&str> = pe.target.split_whitespace().collect();
        let src_words = words(&pe.source);
        for (o, n) in changed_spans(&old, &new) {
            if o.is_empty() || n.is_empty() {
                continue;
            }
            let trim = |s: &[&str]| {
                s.join(" ")
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_string()
            };
            let (mt_phrase, new_phrase) = (trim(&old[o.clone()]), trim(&new[n.clone()]));
            let stems = english_stems(&mt_phrase);
            if stems.is_empty() || english_key(&new_phrase).is_empty() {
                continue;
            }
            let mut best: Option<(f64, usize, usize)> = None;
            for a in 0..src_words.len() {
                for b in a + 1..=(a + 4).min(src_words.len()) {
                    let slice: Vec<&str> = src_words[a..b].iter().map(|w| w.text).collect();
                    if FUNCTION.contains(&slice[0].to_lowercase().as_str())
                        || FUNCTION.contains(&slice[slice.len() - 1].to_lowercase().as_str())
                    {
                        continue;
                    }
                    // The machine may have used a glossary entry for the phrase: its
                    // English explains the words as well as the lexicon does.
                    let phrase = &pe.source[src_words[a].start..src_words[b - 1].end];
                    let fit = entry_for(glossary, phrase)
                        .map_or(0.0, |e| {
                            stem_fit(&english_stems(&e.target_for(glossary.spelling())), &stems)
                        })
                        .max(gloss_fit(lex, &slice, &stems));
                    if best.is_none_or(|(f, _, _)| fit > f + 1e-9) {
                        best = Some((fit, a, b));
                    }
                }
            }
            let Some((fit, mut a, mut b)) = best else {
                continue;
            };
            if fit < 0.5 {
                continue;
            }
            // Grow the phrase over neighbouring source words that gloss into the unchanged
            // English words right beside the change: `Defence` -> `Defense` inside `Defence
            // Minister` is about `Menteri Pertahanan`, not `Pertahanan` alone. Countries and
            // names are left out (`Rusia` modifies the title, it is not part of it).
            let (mut o, mut n) = (o, n);
            loop {
                let glosses = |w: &str| -> Vec<String> {
                    match lex.analyse_word(&w.to_lowercase()) {
                        Some(an) if an.entry.adjective.is_none() => {
                            english_stems(&an.entry.english)
                        }
                        _ => Vec::new(),
                    }
                };
                let same = |x: &str, y: &str| english_key(x) == english_key(y);
                // Word order differs (`Menteri Pertahanan` is `Defence Minister`), so a source
                // word on either side may match an English word on either side.
                // Only a capitalised word joins, in both languages (a title or a name is one
                // unit: `Menteri Pertahanan`, `Defence Minister`; `kata` and `said` are not part
                // of it), and not once the phrase is a glossary term of its own.
                if entry_for(
                    glossary,
                    &pe.source[src_words[a].start..src_words[b - 1].end],
                )
                .is_some()
                {
                    break;
                }
                let src_side = [
                    (a > 0 && is_capitalised(src_words[a - 1].text))
                        .then(|| (true, glosses(src_words[a - 1].text))),
                    (b < src_words.len() && is_capitalised(src_words[b].text))
                        .then(|| (false, glosses(src_words[b].text))),
                ];
                let mt_side = [
                    (o.start > 0 && n.start > 0 && is_capitalised(old[o.start - 1]))
                        .then(|| (true, old[o.start - 1], new[n.start - 1])),
                    (o.end < old.len() && n.end < new.len() && is_capitalised(old[o.end]))
                        .then(|| (false, old[o.end], new[n.end])),
                ];
                let step = src_side.iter().flatten().find_map(|(src_left, g)| {
                    mt_side.iter().flatten().find_map(|(mt_left, m, t)| {
                        (same(m, t) && english_stems(m).iter().any(|x| g.contains(x)))
                            .then_some((*src_left, *mt_left))
                    })
                });
                match step {
                    Some(_) if b - a >= 4 => break,
                    Some((src_left, mt_left)) => {
                        if src_left {
                            a -= 1;
                        } else {
                            b += 1;
                        }
                        if mt_left {
                            o.start -= 1;
                            n.start -= 1;
                        } else {
                            o.end += 1;
                            n.end += 1;
                        }
                    }
                    None => break,
                }
            }
            let (mt_phrase, new_phrase) = (trim(&old[o.clone()]), trim(&new[n.clone()]));
            let source = pe.source[src_words[a].start..src_words[b - 1].end].to_string();
            if let Some(e) = entry_for(glossary, &source) {
                if english_key(&e.target) == english_key(&new_phrase)
                    || e.us
                        .as_deref()
                        .is_some_and(|u| english_key(u) == english_key(&new_phrase))
                {
                    continue;
                }
            }
            let key = format!("{}\u{0}{}", term_key(&source), english_key(&new_phrase));
            let mut reason = format!("reviewers replaced `{mt_phrase}` with `{new_phrase}`");
            if let Some(e) = entry_for(glossary, &source) {
                reason.push_str(&format!(
                    "; the glossary says `{}` ({})",
                    e.target_for(glossary.spelling()),
                    e.origin()
                ));
            }
            // Keyed by source and new English together: two renderings are two suggestions.
            let s = c.map.entry(key.clone()).or_insert_with(|| {
                c.order.push(key);
                Suggestion {
                    source: source.clone(),
                    target: Some(new_phrase.clone()),
                    kind: if english_key(&source) == english_key(&new_phrase) {
                        Kind::Dnt
                    } else {
                        Kind::Term
                    },
                    count: 0,
                    evidence: Vec::new(),
                    aliases: Vec::new(),
                    reason,
                    score: DEFINED,
                }
            });
            s.count += 1;
            s.evidence.push(Evidence {
                file: pe.file.clone(),
                segment: pe.segment.clone(),
            });
        }
    }
    c.finish(|s| s.count >= 2)
}

/// Suggestions from aligned pairs: the names, institutions and acronyms found in the
/// Indonesian side (as for articles) seen in at least two pairs, each with the English
/// phrase (up to six words) that recurs with it, chosen by the Dice coefficient over pairs.
pub fn from_pairs(pairs: &[Pair], glossary: &Glossary) -> Vec<Suggestion> {
    // The Indonesian candidates, from the source side as one document per file.
    let mut docs: Vec<Document> = Vec::new();
    let mut seg_pair: HashMap<(String, String), usize> = HashMap::new();
    let mut by_file: Vec<(String, Vec<usize>)> = Vec::new();
    for (k, p) in pairs.iter().enumerate() {
        match by_file.iter_mut().find(|(f, _)| *f == p.file) {
            Some((_, v)) => v.push(k),
            None => by_file.push((p.file.clone(), vec![k])),
        }
    }
    for (file, ks) in &by_file {
        let text: String = ks
            .iter()
            .map(|&k| pairs[k].source.replace('\n', " "))
            .collect::<Vec<_>>()
            .join("\n\n");
        let doc = crate::segment::segment(file, text);
        // Map the segments back to pairs by paragraph (one pair per paragraph).
        for p in &doc.paragraphs {
            for s in &p.segments {
                seg_pair.insert((file.clone(), s.id()), ks[p.index - 1]);
            }
        }
        docs.push(doc);
    }
    let candidates = from_documents(&docs, glossary);
    let targets: Vec<String> = pairs.iter().map(|p| english_key(&p.target)).collect();
    let mut out = Vec::new();
    for mut s in candidates {
        let with: Vec<usize> = {
            let mut v: Vec<usize> = s
                .evidence
                .iter()
                .filter_map(|e| seg_pair.get(&(e.file.clone(), e.segment.clone())).copied())
                .collect();
            v.dedup();
            v
        };
        if with.len() < 2 {
            continue;
        }
        // English n-grams of the pairs holding the term, scored by Dice over all pairs.
        let mut counts: HashMap<String, usize> = HashMap::new();
        for &k in &with {
            let ws: Vec<&str> = targets[k].split(' ').collect();
            let mut seen = std::collections::HashSet::new();
            for a in 0..ws.len() {
                for b in a + 1..=(a + 6).min(ws.len()) {
                    seen.insert(ws[a..b].join(" "));
                }
            }
            for g in seen {
                *counts.entry(g).or_default() += 1;
            }
        }
        let mut scored: Vec<(f64, String)> = Vec::new();
        for (g, both) in counts {
            if both < 2 || english_stems(&g).is_empty() {
                continue;
            }
            let first = g.split(' ').next().unwrap_or_default();
            let last = g.rsplit(' ').next().unwrap_or_default();
            if english_stems(first).is_empty() || english_stems(last).is_empty() {
                continue;
            }
            let padded = format!(" {g} ");
            let total = targets
                .iter()
                .filter(|t| format!(" {t} ").contains(&padded))
                .count();
            scored.push((2.0 * both as f64 / (with.len() + total) as f64, g));
        }
        // Among n-grams that recur as reliably (`mailis`, `mailis said`), prefer the source
        // written the same (a name), then the one its words gloss into, then the longest
        // (`hong kong` over `hong`).
        let lex = Lexicon::embedded();
        let source_key = english_key(&s.source);
        let source_words: Vec<&str> = s.source.split_whitespace().collect();
        let preference = |g: &str| {
            (
                g == source_key,
                (gloss_fit(lex, &source_words, &english_stems(g)) * 100.0).round() as i64,
                g.split(' ').count(),
            )
        };
        // A name the English writes the same in at least half of its pairs stays as written
        // (`Ground Controlled Approach`, later only `GCA`).
        let padded_source = format!(" {source_key} ");
        let same = with
            .iter()
            .filter(|&&k| format!(" {} ", targets[k]).contains(&padded_source))
            .count();
        if same * 2 >= with.len() {
            scored.push((1.0, source_key.clone()));
        }
        let Some(top) = scored.iter().map(|(d, _)| *d).reduce(f64::max) else {
            continue;
        };
        let Some((dice, english)) =
            scored
                .into_iter()
                .filter(|(d, _)| *d >= top - 0.05)
                .max_by(|a, b| {
                    preference(&a.1)
                        .cmp(&preference(&b.1))
                        .then_with(|| b.1.cmp(&a.1))
                })
        else {
            continue;
        };
        if dice < 0.6 {
            continue;
        }
        // Take the English as written in the first pair that has it.
        let written = with
            .iter()
            .find_map(|&k| find_written(&pairs[k].target, &english))
            .unwrap_or(english);
        s.kind = if term_key(&written) == term_key(&s.source) {
            Kind::Dnt
        } else {
            Kind::Term
        };
        s.target = Some(written);
        s.count = with.len();
        s.reason = format!("recurring phrase pair in {} aligned pairs", with.len());
        s.evidence = with
            .iter()
            .map(|&k| Evidence {
                file: pairs[k].file.clone(),
                segment: pairs[k].segment.clone(),
            })
            .collect();
        out.push(s);
    }
    rank(&mut out);
    out
}

/// `key` (an [`english_key`]) as written in `text`.
fn find_written(text: &str, key: &str) -> Option<String> {
    let ws: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .map(|w| {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
        })
        .filter(|w| !w.is_empty())
        .collect();
    let n = key.split(' ').count();
    (0..ws.len().saturating_sub(n - 1))
        .map(|a| ws[a..a + n].join(" "))
        .find(|g| english_key(g) == key)
}

/// Merges suggestions from several kinds of evidence: the same source and target are one
/// suggestion with the counts and evidence added; then ranked.
pub fn merge(lists: Vec<Vec<Suggestion>>) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = Vec::new();
    for s in lists.into_iter().flatten() {
        let key = (term_key(&s.source), s.target.as_deref().map(english_key));
        match out
            .iter_mut()
            .find(|o| (term_key(&o.source), o.target.as_deref().map(english_key)) == key)
        {
            Some(o) => {
                o.count += s.count;
                o.score += s.score;
                for e in s.evidence {
                    if !o.evidence.contains(&e) {
                        o.evidence.push(e);
                    }
                }
            }
            None => out.push(s),
        }
    }
    rank(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_read_off_their_expansions() {
        assert!(acronym_of("Kemhan", &["Kementerian", "Pertahanan"]));
        assert!(acronym_of(
            "alutsista",
            &["alat", "utama", "sistem", "senjata"]
        ));
        assert!(acronym_of(
            "NKRI",
            &["negara", "kesatuan", "Republik", "Indonesia"]
        ));
        assert!(acronym_of("FPI", &["Front", "Pembela", "Islam"]));
        assert!(!acronym_of("FPI", &["ormas", "Front", "Pembela", "Islam"]));
        assert!(!acronym_of("HTI", &["Pemerintah", "membubarkan"]));
    }

    #[test]
    fn diff_changes_near_each_other_are_one() {
        let old: Vec<&str> = "the Minister of Defense said".split(' ').collect();
        let new: Vec<&str> = "the Defence Minister said".split(' ').collect();
        let spans = changed_spans(&old, &new);
        assert_eq!(spans.len(), 1, "{spans:?}");
        assert_eq!(old[spans[0].0.clone()].join(" "), "Minister of Defense");
        assert_eq!(new[spans[0].1.clone()].join(" "), "Defence Minister");
    }
}
