//! The glossary check on English output: every term hit in the source must be rendered in the
//! target in a form a good translator writes, and no variant the entry says to avoid may
//! appear. Findings go into the segment's QA list, so they show in the review file whatever
//! backend produced the English.
//!
//! Accepted renderings of an entry (see [`accepted_forms`]): its target in either spelling;
//! for a target written `Long Form (ACR)`, the long form, the acronym or both; its country
//! adjective; an alias the English press writes as is (`ICJ`, `Hezbollah`); the standard short
//! forms of a few names (`US`/`U.S.` for United States, `UK`, `UN`, `EU`) and, the other way,
//! their long forms; each with English inflection (`troop`/`troops`, `minister's`,
//! `ministries`). Acronyms are matched case-sensitively, so `US` is not the pronoun `us`.

use super::{Entry, Glossary, Spelling};
use crate::doc::{GlossaryHit, QaFinding, Segment, Severity};
use std::sync::Arc;

/// What the check knows of the document before the segment it checks: the entries already
/// rendered in an earlier segment. English news names a thing in full once and then refers to
/// it by a pronoun or a short form (`the President` ... `he`), so a later mention missing from
/// the English is less certain to be an error than a first one.
#[derive(Debug, Default, Clone)]
pub struct Context {
    rendered: std::collections::HashSet<Arc<str>>,
}

/// Checks `seg`'s target against its glossary hits, with what `context` knows of the segments
/// before it in the same document; the entries the segment renders are noted in `context` for
/// the segments after it.
pub fn check_segment(glossary: &Glossary, seg: &Segment, context: &mut Context) -> Vec<QaFinding> {
    let Some(target) = seg.target.as_deref() else {
        return Vec::new();
    };
    // The source text is read only for a term the English lacks.
    let mut source: Option<String> = None;
    let lower = target.to_lowercase();
    let mut out = Vec::new();
    let mut reported = std::collections::HashSet::new();
    let mut renders = Vec::new();
    for hit in &seg.glossary {
        if !reported.insert(&*hit.source) {
            continue;
        }
        let entry = glossary.entry_by_source(&hit.source);
        if rendered(glossary, hit, target) {
            renders.push(hit.source.clone());
        } else {
            let source = source.get_or_insert_with(|| seg.text());
            let matched = crate::doc::collapse_whitespace(&hit.matched);
            let at = source.find(&matched);
            // Severity reflects certainty: a term whose head word is there (`Deputy Minister`
            // for `Deputy Defence Minister`, a second mention shortened), or a place where a
            // description stands (`the country`), may well be right; a term with nothing of
            // its English in the sentence probably is not.
            // The head of the long form (`Indonesia` in `Unitary State of the Republic of
            // Indonesia (NKRI)`).
            let long = long_and_acronym(&hit.target).map_or(&*hit.target, |(l, _)| l);
            let head = long
                .split_whitespace()
                .last()
                .filter(|_| long.split_whitespace().count() >= 2)
                .is_some_and(|h| form_present(target, &lower, h));
            // A weekday is the date check's: English news often gives the date without it
            // (`today, January 3`), and a wrong one is reported there.
            // So is the month of a full date (`26 Maret 2024`, rendered `(03/26)`): the date
            // check reads the whole date. A month on its own (`pada bulan April`) is the
            // glossary's.
            let weekday = crate::text::numbers::ENGLISH_WEEKDAYS
                .iter()
                .any(|d| hit.target.eq_ignore_ascii_case(d));
            let month_of_date = crate::text::numbers::ENGLISH_MONTHS
                .iter()
                .any(|m| hit.target.eq_ignore_ascii_case(m))
                && at.is_some_and(|at| {
                    source[..at]
                        .trim_end()
                        .ends_with(|c: char| c.is_ascii_digit())
                });
            let calendar = weekday || month_of_date;
            let place = (hit.adjective.is_some() || hit.target.eq_ignore_ascii_case(&hit.source))
                && PLACE_DESCRIPTIONS.iter().any(|d| contains_word(&lower, d));
            let (severity, how) = if head || place || calendar {
                (Severity::Info, "check the English renders it")
            } else if hit.adjective.is_some()
                && at.is_some_and(|at| {
                    qualifies_the_word_before(glossary, &source[..at], &seg.glossary)
                })
            {
                (
                    Severity::Info,
                    "a country after the title or body it qualifies, which English often leaves out where the country is plain; check",
                )
            } else if context.rendered.contains(&hit.source) {
                (
                    Severity::Info,
                    "rendered earlier in the document; check this mention (a pronoun or short form may stand for it)",
                )
            } else if at.is_some_and(|at| {
                entry.is_some_and(|e| e.flags.title)
                    && pronoun_for_title(&source[..at], &source[at + matched.len()..], target)
            }) {
                (
                    Severity::Info,
                    "the English may refer to it by a pronoun or the holder's name; check this mention",
                )
            } else if at.is_some_and(|at| {
                title_left_out(source, at + matched.len(), hit, &seg.glossary, target)
            }) {
                (
                    Severity::Info,
                    "the English gives the name after it without a title; check that was meant",
                )
            } else if kept_in_indonesian(&matched, target) {
                (
                    Severity::Info,
                    "the English keeps the Indonesian name; check that was meant",
                )
            } else {
                (Severity::Warning, "which the English does not contain")
            };
            out.push(QaFinding {
                check: "glossary".into(),
                severity,
                message: format!(
                    "`{}` should be rendered `{}` ({}), {how}",
                    hit.matched, hit.target, hit.origin
                ),
            });
        }
        if let Some(entry) = entry {
            // Made only when a variant is there: most entries have none, or none in the text.
            let mut wanted: Option<Vec<String>> = None;
            for avoid in &entry.avoid {
                let a = avoid.to_lowercase();
                // An avoided variant inside an accepted form (`Defense Minister` inside
                // `Deputy Defense Minister`) is not a use of the variant.
                if contains_word(&lower, &a)
                    && !wanted
                        .get_or_insert_with(|| accepted_forms(entry, hit))
                        .iter()
                        .any(|w| contains_word(&w.to_lowercase(), &a))
                {
                    out.push(QaFinding {
                        check: "glossary".into(),
                        severity: Severity::Error,
                        message: format!(
                            "`{avoid}` is a variant to avoid for `{}`; use `{}` ({})",
                            hit.source,
                            hit.target,
                            entry.origin()
                        ),
                    });
                }
            }
        }
    }
    context.rendered.extend(renders);
    out
}

/// Whether the English `target` renders `hit` in a form the glossary accepts.
pub fn rendered(glossary: &Glossary, hit: &GlossaryHit, target: &str) -> bool {
    // A currency before a figure is written as its sign (`$9.6 billion`, `Rp7,500`).
    if let Some((_, signs)) = CURRENCY_SIGNS
        .iter()
        .find(|(name, _)| hit.target.eq_ignore_ascii_case(name))
    {
        if signs.iter().any(|sign| {
            target.match_indices(sign).any(|(at, _)| {
                target[at + sign.len()..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
            })
        }) {
            return true;
        }
    }
    // Typographic apostrophes (`People’s`) are the same letter as straight ones.
    let target = &target.replace('’', "'");
    let lower = target.to_lowercase();
    let hay = unhyphen(&lower);
    glossary
        .forms
        .needles(glossary, hit)
        .iter()
        .any(|n| n.present(target, &hay))
}

/// Per glossary, the needles of each entry's accepted forms, made at the entry's first check.
/// Keyed by the hit's target too: a hit's case (`Minister` before a name, `minister`) adds
/// its own form.
#[derive(Debug, Default)]
pub(super) struct FormCache(std::sync::Mutex<std::collections::HashMap<FormKey, Arc<[Needle]>>>);

/// An entry (by index; none for a hit whose entry the glossary does not hold) and a hit's
/// target.
type FormKey = (Option<usize>, Arc<str>);

impl FormCache {
    fn needles(&self, glossary: &Glossary, hit: &GlossaryHit) -> Arc<[Needle]> {
        let index = glossary
            .by_source
            .get(&super::term_key(&hit.source))
            .map(|i| i as usize);
        let key = (index, hit.target.clone());
        // A poisoned lock only means another thread panicked while inserting: the map is
        // still a valid cache.
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(key)
            .or_insert_with(|| {
                let forms = match index {
                    Some(i) => accepted_forms(glossary.entry(i), hit),
                    None => vec![hit.target.to_string()],
                };
                forms.iter().map(|f| Needle::new(f)).collect()
            })
            .clone()
    }
}

/// Whether a country term comes right after a title or an acronym naming a body (`Presiden
/// RI`, `BNN RI`, `Menlu Rusia`): the country qualifies it, as `Indonesian` or `Russian` would
/// in English, where it is often left out when the country is plain from the story. `before`
/// is the source before the term; `hits` the segment's glossary hits.
fn qualifies_the_word_before(glossary: &Glossary, before: &str, hits: &[GlossaryHit]) -> bool {
    if !before.ends_with(' ') {
        return false;
    }
    let Some(word) = before.trim_end().rsplit(' ').next() else {
        return false;
    };
    // A word with punctuation after it (`California, Meksiko`) ends a phrase.
    if word.ends_with(|c: char| !c.is_alphanumeric()) {
        return false;
    }
    is_acronym(word)
        || hits.iter().any(|h| {
            h.matched.ends_with(word)
                && glossary
                    .entry_by_source(&h.source)
                    .is_some_and(|e| e.flags.title)
        })
}

/// A title with no name after it, as the subject of a reporting verb (`ujar Presiden`, `kata
/// para menteri`) or opening a sentence (`Seskab menilai ...`), refers to someone the story
/// has named, as a pronoun does: English news writes `he said` for `ujar Presiden`. So such a
/// title whose English attribution has a personal pronoun (`he said`, `said she`, `according
/// to him`), or the holder's name (`Pramono said`), may be rendered by it. `before` and `rest`
/// are the source around the title, `target` the English.
fn pronoun_for_title(before: &str, rest: &str, target: &str) -> bool {
    const SAID: &[&str] = &[
        "said",
        "says",
        "stated",
        "added",
        "explained",
        "noted",
        "remarked",
        "asserted",
        "stressed",
        "emphasized",
        "emphasised",
        "continued",
        "concluded",
        "told",
        "reminded",
        "reminds",
        "urged",
        "asked",
    ];
    // `ujar Presiden`, or `ujarnya, Presiden` with a comma between; or the title as the
    // subject opening a sentence or a quote's attribution (`Seskab menilai ...`), or the main
    // clause after a fronted one (`Walaupun ..., Seskab menegaskan ...`).
    let before = before.trim_end();
    let opens = before.is_empty() || before.ends_with(['"', '“', '”', '.']);
    let after_clause = before.ends_with(',');
    let before = before.strip_suffix(',').unwrap_or(before).trim_end();
    let reported = opens
        || crate::text::REPORTING_VERBS.iter().any(|v| {
            before
                .strip_suffix(v)
                .is_some_and(|b| !b.ends_with(char::is_alphanumeric))
        });
    let next = rest
        .split_whitespace()
        .next()
        .map(|w| w.trim_start_matches(|c: char| "(“\"'‘".contains(c)));
    let named = next.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    // An active verb after the title (`menegaskan`, `berharap`): the title is its subject.
    let verb = next.is_some_and(|w| {
        w.chars().count() >= 5
            && w.chars().all(|c| c.is_lowercase())
            && (w.starts_with("me") || w.starts_with("ber"))
    });
    let alone = rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric());
    if !((reported || (after_clause && verb)) && alone && !named) {
        return false;
    }
    // The English's words as written and lower-cased, one list index for both.
    let cased: Vec<&str> = alnum_runs(target).collect();
    let lowered: Vec<String> = cased.iter().map(|w| w.to_lowercase()).collect();
    let words: Vec<&str> = lowered.iter().map(String::as_str).collect();
    let pronoun = |x: &str| ["he", "she", "they"].contains(&x);
    if words
        .windows(2)
        .any(|w| (pronoun(w[0]) && SAID.contains(&w[1])) || (SAID.contains(&w[0]) && pronoun(w[1])))
        || words
            .windows(3)
            .any(|w| w[0] == "according" && w[1] == "to" && ["him", "her", "them"].contains(&w[2]))
    {
        return true;
    }
    // The holder's name as the attribution's subject (`Pramono said`, `said Pramono`): a
    // capitalised word the source does not have (the translator knew who holds the office),
    // not an English word (`Minister said` is a title, and a wrong one), with no article
    // before it (`the Zorblax said`).
    let source_lower = format!("{before} {rest}").to_lowercase();
    let a_name = |i: usize| {
        let w = cased[i];
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && w.chars().count() >= 3
            && !source_lower.contains(&w.to_lowercase())
            && (i == 0 || !["the", "a", "an"].contains(&words[i - 1]))
            && !crate::lexicon::Lexicon::embedded().is_english(words[i])
            && !OFFICE_WORDS.contains(&words[i])
    };
    (0..words.len().saturating_sub(1)).any(|i| {
        (a_name(i) && SAID.contains(&words[i + 1])) || (SAID.contains(&words[i]) && a_name(i + 1))
    })
}

/// The directions Indonesian place names end in, with their English.
const COMPASS: &[(&str, &str)] = &[
    ("Utara", "North"),
    ("Selatan", "South"),
    ("Barat", "West"),
    ("Timur", "East"),
    ("Tengah", "Central"),
    ("Tenggara", "Southeast"),
];

/// Words that may stand right before a name in English without being a title of it: sentence
/// punctuation aside, the conjunctions, prepositions and reporting verbs of news prose (`...,
/// said Jokowi`, `by Prabowo`). Not the articles or `of`: `the Georgetown BID` and
/// `President of the Community of Madrid` carry a title before them.
const BEFORE_A_BARE_NAME: &[&str] = &[
    "and",
    "or",
    "but",
    "nor",
    "by",
    "with",
    "to",
    "from",
    "for",
    "as",
    "at",
    "on",
    "in",
    "into",
    "about",
    "than",
    "that",
    "when",
    "while",
    "after",
    "before",
    "since",
    "until",
    "whom",
    "who",
    "whose",
    "said",
    "says",
    "told",
    "added",
    "asked",
    "stated",
    "explained",
    "according",
    "between",
    "among",
    "like",
    "both",
    "also",
    "then",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "including",
    "namely",
];

/// Whether the source gives a name right after `hit` (a title, rank or classifier before a
/// name: `Presiden Joko Widodo`, `Letda Rafi Naufal`, `Provinsi Sulawesi Tengah`) and the
/// English has that name with no other title before it. English news often drops a title or
/// classifier on a later mention or where the context makes it plain (`Jokowi said`, `in
/// Central Sulawesi`); a wrong title stands where the right one would (`Governor Joko
/// Widodo`), so a word other than a conjunction, a preposition, a copula or a reporting verb
/// right before the name keeps the finding a warning.
///
/// `after` is where the term ends in `source`.
fn title_left_out(
    source: &str,
    after: usize,
    hit: &GlossaryHit,
    hits: &[GlossaryHit],
    target: &str,
) -> bool {
    // The name: the capitalised words right after the term, up to punctuation; a nickname in
    // brackets right after it belongs to it (`Joko Widodo (Jokowi)`).
    let mut name_words: Vec<&str> = Vec::new();
    let mut end = after;
    let mut pieces = source[after..].split(' ');
    // The term must end a word (`Presiden Joko`, not `Presiden’s Joko`): `end` counts from it.
    if pieces.next() != Some("") {
        return false;
    }
    for word in pieces {
        let bare = word.trim_matches(|c: char| "()“”\"'’,.;:".contains(c));
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        if !capital || (name_words.len() >= 5) {
            break;
        }
        name_words.push(bare);
        end += 1 + word.len();
        if word.ends_with([',', '.', ';', ':', ')']) {
            break;
        }
    }
    if name_words.is_empty() {
        return false;
    }
    // The name's English: its own words and the English of glossary terms inside it
    // (`Sulawesi Tengah` -> `Central Sulawesi`).
    let span = &source[after..end.min(source.len())];
    let mut forms: Vec<&str> = name_words.clone();
    // A direction in a place's name is translated (`Tapin Utara` -> `North Tapin`, `Jakarta
    // Selatan` -> `South Jakarta`): regencies and cities have too many for the glossary.
    for w in &name_words {
        if let Some((_, english)) = COMPASS.iter().find(|(id, _)| w.eq_ignore_ascii_case(id)) {
            forms.push(english);
        }
    }
    for h in hits {
        if span.contains(&*crate::doc::collapse_whitespace(&h.matched)) {
            forms.extend(h.target.split_whitespace());
        }
    }
    let forms: Vec<&str> = forms
        .into_iter()
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let words: Vec<&str> = target
        .split(|c: char| c.is_whitespace() || "“”\"—".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    let is_name = |w: &str| {
        let w = w.trim_end_matches("'s").trim_end_matches("’s");
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        forms.iter().any(|f| f.eq_ignore_ascii_case(w))
    };
    // The name as the English writes it: around the last of its source words the English
    // has (the surname of `Sebby Sambom`, not an organisation named before it), over the
    // name's own words (`Central` of `Central Sulawesi`).
    let Some(anchor) = name_words.iter().rev().find_map(|n| {
        words.iter().position(|w| {
            is_name(w)
                && is_name(n)
                && w.trim_matches(|c: char| !c.is_alphanumeric())
                    .eq_ignore_ascii_case(n)
        })
    }) else {
        return false;
    };
    // The English of the sentence's other terms is not a title of this name (`President` of
    // `Presiden RI Joko Widodo`, `Thursday` after it).
    let other: Vec<&str> = hits
        .iter()
        .filter(|h| h.source != hit.source)
        .flat_map(|h| h.target.split_whitespace())
        .collect();
    let is_other = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        other.iter().any(|o| o.eq_ignore_ascii_case(w))
    };
    let mut start = anchor;
    while start > 0 && is_name(words[start - 1]) {
        start -= 1;
    }
    while start > 0 && is_other(words[start - 1]) && !words[start - 1].ends_with([',', '.']) {
        start -= 1;
    }
    let mut end = anchor;
    while end + 1 < words.len()
        && !words[end].ends_with(['.', ',', ';', ':'])
        && is_name(words[end + 1])
    {
        end += 1;
    }
    // A title after the name (`Puncak Regency`, `Banggai Islands Zorblax`) is a title too.
    let titled_after = !words[end].ends_with(['.', ',', ';', ':', '!', '?'])
        && words
            .get(end + 1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_other(w));
    if titled_after {
        return false;
    }
    let before_ends_clause = start > 0 && words[start - 1].ends_with(['.', ',', ';', ':']);
    // A place's classifier (`kecamatan Tapin Utara`, `desa Bakarangan`) is left out before an
    // article or `of` as well (`in the North Tapin`, `villager of Bakarangan`): no title of a
    // place stands there; a wrong one after the name (`North Tapin Regency`) still counts.
    let place = PLACE_CLASSIFIERS
        .iter()
        .any(|c| hit.source.eq_ignore_ascii_case(c));
    let before = words.get(start.wrapping_sub(1)).map(|w| w.to_lowercase());
    start == 0
        || before_ends_clause
        || before
            .as_deref()
            .is_some_and(|b| BEFORE_A_BARE_NAME.contains(&b))
        || (place && matches!(before.as_deref(), Some("the" | "of")))
}

/// The words that class a place before its name: province, regency, city, subdistrict,
/// urban village, village, hamlet.
const PLACE_CLASSIFIERS: &[&str] = &[
    "provinsi",
    "kabupaten",
    "kota",
    "kecamatan",
    "kelurahan",
    "desa",
    "dusun",
];

/// Whether the English keeps the source's name as it is in Indonesian (`Kementerian PAN RB`
/// for `Kementerian PANRB`): translators leave the name of a body untranslated by choice, so
/// the term is there, in the other language. Only a name (capitalised, two letters or more);
/// case, spaces and hyphens aside, since the English often spaces a run of capitals the source
/// writes as one (`PAN RB`, `PANRB`). A common word left in Indonesian is the untranslated
/// check's.
fn kept_in_indonesian(matched: &str, target: &str) -> bool {
    if !matched.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let want = squeeze(matched);
    if want.chars().count() < 2 {
        return false;
    }
    // Runs of whole English words, squeezed the same way, compared with the name; a run
    // stops once it no longer begins the name.
    let words: Vec<String> = target
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(squeeze)
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).any(|i| {
        let mut run = String::new();
        for w in &words[i..] {
            run.push_str(w);
            if run == want {
                return true;
            }
            if !want.starts_with(&run) {
                return false;
            }
        }
        false
    })
}

/// English forms that name the same thing in the English press: standard short forms of a few
/// names (`US`, `U.S.`, `UK`, `UN`, `EU`) and their long forms, names with two settled
/// spellings, and gendered and neutral forms of one office. Each row is one name; any of its
/// forms renders any other (inside a longer target too: `UN Security Council` is met by
/// `United Nations Security Council`). English usage, not a glossary's choice, so it lives here.
const SHORT_FORMS: &[&[&str]] = &[
    &["United States", "US", "U.S.", "USA", "U.S.A.", "America"],
    &["United Kingdom", "UK", "U.K.", "Britain"],
    &["Britain", "UK", "U.K.", "United Kingdom", "England"],
    &["United Nations", "UN", "U.N."],
    &["European Union", "EU"],
    &["World War I", "First World War", "WWI"],
    &["World War II", "Second World War", "WWII"],
    &["Czech Republic", "Czechia"],
    &["Côte d'Ivoire", "Ivory Coast"],
    &["Democratic Republic of the Congo", "DR Congo", "DRC"],
    &["Turkey", "Türkiye"],
    &["Timor-Leste", "East Timor"],
    &["spokesperson", "spokesman", "spokeswoman"],
    &["chairperson", "chairman", "chairwoman", "chair"],
    &["earthquake", "quake", "tremor"],
    // Smoke of forest and peat fires: `haze` (The Jakarta Post, Reuters) or `smog` (Antara).
    &["haze", "smog"],
    // A volcano's eruption as the verb English news uses for it (`Semeru erupted`).
    &["eruption", "erupt", "erupting"],
    // A kabupaten: `regency` (The Jakarta Post, Tempo) or `district` (Antara: `Garut
    // District`). A kecamatan is a `subdistrict`, which `district` does not match.
    &["regency", "district"],
    // A bupati: `regent` (The Jakarta Post, Tempo) or `district head` (Antara).
    &["regent", "district head"],
    &["subdistrict", "sub-district"],
    // A kelurahan: The Jakarta Post's `urban village`; Antara and others write `village`.
    &["urban village", "village", "ward"],
    // The President's `ratas` (The Jakarta Post, Antara); the Cabinet Secretariat's English
    // leaves `cabinet` out.
    &["limited cabinet meeting", "limited meeting"],
    // Bank Indonesia named again by what it is (Antara, Tempo, The Jakarta Post).
    &["Bank Indonesia", "the central bank"],
    // A perda: The Jakarta Post's `bylaw`; Antara's `regional regulation`.
    &["regional bylaw", "regional regulation"],
    &["village head", "village chief"],
    // A pemilu: `general election` in full; English news writes `the 2024 election(s)` or `the
    // polls` (The Jakarta Post, Antara, Reuters), the kind being plain from the context.
    &["general election", "elections", "election", "polls"],
    // The DPR after its first mention, and its members (The Jakarta Post, Antara; the
    // glossary's comments).
    &["House of Representatives", "the House", "parliament"],
    &["lawmaker", "legislator", "House member"],
    // A DPRD: The Jakarta Post's `legislative council`, Antara's `Regional House of
    // Representatives`, and `legislature` and its members for either.
    &[
        "Regional Legislative Council",
        "Regional House of Representatives",
        "legislative council",
        "legislature",
        "legislator",
    ],
    // Ranks before a name, abbreviated as The Jakarta Post and AP style write them (the
    // glossaries' comments cite each); whole ranks first, so that `Adjunct Senior
    // Commissioner` becomes `Adj. Sr. Comr.` and not a mixture.
    &["Commissioner General", "Comr. Gen."],
    &["Inspector General", "Insp. Gen."],
    &["Adjunct Senior Commissioner", "Adj. Sr. Comr."],
    &["Senior Commissioner", "Sr. Comr.", "Grand Commissioner"],
    &["Adjunct Commissioner", "Adj. Comr."],
    &["First Inspector", "First Insp."],
    &["Second Inspector", "Second Insp."],
    &["Lieutenant General", "Lt. Gen."],
    &["Major General", "Maj. Gen."],
    &["Brigadier General", "Brig. Gen."],
    &["Lieutenant Colonel", "Lt. Col."],
    &["First Lieutenant", "First Lt.", "1st Lt."],
    &["Second Lieutenant", "Second Lt.", "2nd Lt."],
    &["Vice Admiral", "Vice Adm."],
    &["Rear Admiral", "Rear Adm."],
    &["First Admiral", "First Adm."],
    &["General", "Gen."],
    &["Admiral", "Adm."],
    &["Colonel", "Col."],
    &["Captain", "Capt."],
    &["Sergeant", "Sgt."],
    &["press conference", "news conference"],
    &[
        "home minister",
        "interior minister",
        "minister of home affairs",
    ],
    &["fighter jet", "fighter aircraft", "fighter plane"],
    &["Secretary-General", "sec-gen", "secretary general"],
    &["provincial administration", "provincial government"],
    &[
        "regency administration",
        "regency government",
        "regental administration",
    ],
    &[
        "city administration",
        "city government",
        "municipal government",
    ],
    // The head of a force or a body: `TNI commander`, `TNI chief` (both in Antara, Tempo and
    // The Jakarta Post).
    &["commander", "chief"],
];

/// English words for an office, which stand before `said` as a title, never as a name (some
/// are also Indonesian words, so the English word list leaves them out: `minister`).
const OFFICE_WORDS: &[&str] = &[
    "minister",
    "secretary",
    "president",
    "governor",
    "regent",
    "mayor",
    "chief",
    "head",
    "commander",
    "director",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "general",
    "admiral",
    "colonel",
];

/// Currencies and the signs English news writes before a figure instead of the name.
const CURRENCY_SIGNS: &[(&str, &[&str])] =
    &[("US dollar", &["$", "USD"]), ("rupiah", &["Rp", "IDR"])];

/// Definite descriptions English news uses for a place named again (`Indonesia` ... `the
/// country`): a place term missing where one stands may well be rendered by it.
const PLACE_DESCRIPTIONS: &[&str] = &[
    "the country",
    "the nation",
    "the archipelago",
    "the city",
    "the capital",
    "the province",
    "the island",
    "the region",
    "the kingdom",
    "the republic",
];

/// Every English form that renders `entry` (for `hit`, whose target has the case decided).
pub fn accepted_forms(entry: &Entry, hit: &GlossaryHit) -> Vec<String> {
    let mut forms: Vec<String> = vec![
        hit.target.to_string(),
        entry.target_for(Spelling::British),
        entry.target_for(Spelling::American),
    ];
    if entry.flags.dnt {
        forms.extend(entry.forms().map(str::to_string));
    }
    // `Long Form (ACR)`: the long form, the acronym, or both; the same for `ACR (Long Form)`,
    // a kept acronym with its expansion (`WIB (Western Indonesia Time)`).
    let mut split = Vec::new();
    for f in &forms {
        if let Some((long, acr)) = long_and_acronym(f).or_else(|| acronym_and_long(f)) {
            split.push(long.to_string());
            split.push(acr.to_string());
        }
    }
    forms.extend(split);
    forms.extend(entry.adjective.iter().cloned());
    // An alias written in the English as it is in Indonesian: an acronym the English press
    // keeps (`ICJ`, `IAEA`, `MoU`) or a name in its English spelling (`Hezbollah`).
    forms.extend(
        entry
            .aliases
            .iter()
            .filter(|a| is_acronym(a) || entry.avoid.iter().all(|v| !v.eq_ignore_ascii_case(a)))
            .filter(|a| is_acronym(a) || a.chars().next().is_some_and(char::is_uppercase))
            .cloned(),
    );
    forms.extend(forms.iter().filter_map(|f| of_form(f)).collect::<Vec<_>>());
    // Every form against every short form: the short forms are prepared once per process and
    // each form folded once (folding per pair made this the costliest step of a translation).
    // Twice, so that a form with two such words has both replaced (`regency administration`
    // -> `district government`); the second pass reads only what the first made.
    let needles = short_form_needles();
    let mut fresh = forms.clone();
    for _ in 0..2 {
        let mut shorts = Vec::new();
        for f in &fresh {
            let hay = unhyphen(&f.to_lowercase());
            let words: Vec<&str> = alnum_runs(&hay).collect();
            for (row, row_needles) in SHORT_FORMS.iter().zip(needles) {
                for (i, needle) in row_needles.iter().enumerate() {
                    let from = row[i];
                    if !needle.may_be_in(&words) || !needle.present(f, &hay) {
                        continue;
                    }
                    for (j, to) in row.iter().enumerate() {
                        if i != j {
                            shorts.push(replace_form(f, from, to));
                        }
                    }
                }
            }
        }
        shorts.retain(|f| !forms.contains(f));
        shorts.sort();
        shorts.dedup();
        forms.extend(shorts.iter().cloned());
        fresh = shorts;
    }
    forms.retain(|f| !f.trim().is_empty());
    forms.sort();
    forms.dedup();
    forms
}

/// `Finance Minister` -> `Minister of Finance`, `Health Ministry` -> `Ministry of Health`,
/// `Deputy Defence Minister` -> `Deputy Minister of Defence`: the press puts the portfolio
/// first, the official names after `of`; both name the same office. Only a minister or a
/// ministry whose portfolio is plain words (not `Coordinating Minister for ...`, which already
/// has its preposition).
fn of_form(form: &str) -> Option<String> {
    let (rest, head) = form.rsplit_once(' ')?;
    if !matches!(head, "Minister" | "Ministry" | "minister" | "ministry") {
        return None;
    }
    let (deputy, portfolio) = match rest.split_once(' ') {
        Some((d @ ("Deputy" | "Vice" | "deputy" | "vice"), p)) => (format!("{d} "), p),
        _ => (String::new(), rest),
    };
    let plain = portfolio
        .split(' ')
        .all(|w| w.chars().all(char::is_alphabetic) && !matches!(w, "of" | "for" | "Coordinating"));
    (plain && !portfolio.is_empty()).then(|| format!("{deputy}{head} of {portfolio}"))
}

/// `United Nations (UN)` -> (`United Nations`, `UN`): a target that spells out a name and then
/// gives its acronym in brackets.
pub fn long_and_acronym(target: &str) -> Option<(&str, &str)> {
    let t = target.trim_end();
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (long, acr) = (inner[..open].trim_end(), inner[open + 1..].trim());
    (!long.is_empty()
        && !acr.is_empty()
        && !acr.contains('(')
        && acr.split_whitespace().count() <= 2)
        .then_some((long, acr))
}

/// `WIB (Western Indonesia Time)` -> (`Western Indonesia Time`, `WIB`): a target that keeps an
/// acronym and spells it out in brackets after it.
fn acronym_and_long(target: &str) -> Option<(&str, &str)> {
    let inner = target.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (acr, long) = (inner[..open].trim(), inner[open + 1..].trim());
    (is_acronym(acr) && !acr.contains(char::is_whitespace) && long.split_whitespace().count() >= 2)
        .then_some((long, acr))
}

/// An acronym or abbreviation: at least two capitals and more capitals than lower-case letters
/// (`UN`, `U.S.`, `MoU`, `KPK`).
pub(crate) fn is_acronym(w: &str) -> bool {
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    let lower = w.chars().filter(|c| c.is_lowercase()).count();
    upper >= 2 && upper > lower
}

/// `form` in the English: acronyms as written (case matters: `US` is not `us`), other words
/// in any case; whole words, with English inflection.
fn form_present(target: &str, lower: &str, form: &str) -> bool {
    Needle::new(form).present(target, &unhyphen(lower))
}

/// The runs of letters and digits of `s`, in order (`U.S.` -> `U`, `S`).
fn alnum_runs(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// `Secretary-General` and `Secretary General` are one spelling.
fn unhyphen(s: &str) -> String {
    s.replace('-', " ")
}

/// A form ready to be looked for by [`form_present`]'s rule, many times.
#[derive(Debug)]
pub(super) struct Needle {
    /// The form as written, for an acronym (matched case-sensitively).
    acronym: Option<String>,
    /// Otherwise its inflections, lower case and unhyphenated.
    inflections: Vec<String>,
    /// Its first run of letters and digits, lower case: a form whose words none begins with
    /// it cannot hold the needle (a cheap test before [`Needle::present`]).
    first: String,
}

impl Needle {
    fn new(form: &str) -> Needle {
        let first = alnum_runs(form).next().unwrap_or_default().to_lowercase();
        if is_acronym(form) {
            Needle {
                acronym: Some(form.to_string()),
                inflections: Vec::new(),
                first,
            }
        } else {
            Needle {
                acronym: None,
                inflections: inflections(&unhyphen(&form.to_lowercase())),
                first,
            }
        }
    }

    /// Whether one of `words` (a text's lower-case runs of letters and digits) begins with
    /// the needle's first word: false means the needle is not in the text.
    fn may_be_in(&self, words: &[&str]) -> bool {
        words.iter().any(|w| w.starts_with(self.first.as_str()))
    }

    /// Whether the form is in `target`, whose lower-cased, unhyphenated text is `hay`.
    fn present(&self, target: &str, hay: &str) -> bool {
        match &self.acronym {
            Some(acronym) => contains_word(target, acronym),
            None => self.inflections.iter().any(|f| contains_word(hay, f)),
        }
    }
}

/// [`SHORT_FORMS`] as needles, row by row, made once.
fn short_form_needles() -> &'static [Vec<Needle>] {
    static NEEDLES: std::sync::OnceLock<Vec<Vec<Needle>>> = std::sync::OnceLock::new();
    NEEDLES.get_or_init(|| {
        SHORT_FORMS
            .iter()
            .map(|row| row.iter().map(|f| Needle::new(f)).collect())
            .collect()
    })
}

/// The first occurrence of the form `from` in `text` replaced by `to`.
fn replace_form(text: &str, from: &str, to: &str) -> String {
    let lower = text.to_lowercase();
    let at = if is_acronym(from) || lower.len() != text.len() {
        text.find(from)
    } else {
        lower.find(&from.to_lowercase())
    };
    match at {
        Some(at) => format!("{}{to}{}", &text[..at], &text[at + from.len()..]),
        None => text.to_string(),
    }
}

/// The phrase and the forms of its last word a translator may inflect it to: a plural target
/// also in the singular (`troops` -> `troop`), `-y` as `-ies` (`ministry` -> `ministries`).
/// Suffixes after the word (`-s`, `-'s`) are accepted by [`contains_word`].
fn inflections(phrase: &str) -> Vec<String> {
    let mut out = vec![phrase.to_string()];
    if let Some(stem) = phrase.strip_suffix("ies") {
        out.push(format!("{stem}y"));
    } else if let Some(stem) = phrase.strip_suffix('y') {
        out.push(format!("{stem}ies"));
    } else if phrase.ends_with('s') && !phrase.ends_with("ss") && phrase.len() > 3 {
        out.push(phrase[..phrase.len() - 1].to_string());
    }
    out
}

/// Whether `hay` contains `needle` as whole words, allowing an English inflection after it
/// (`troops`, `ministry's`).
pub(crate) fn contains_word(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(pos) = find(&hay.as_bytes()[from..], needle.as_bytes()) {
        let start = from + pos;
        let end = start + needle.len();
        let left_ok = hay[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let rest = &hay[end..];
        let suffix = ["'s", "’s", "'", "’", "es", "s", "ed", ""]
            .iter()
            .find(|s| {
                rest.starts_with(*s)
                    && rest[s.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            });
        if left_ok && suffix.is_some() {
            return true;
        }
        from = start + needle.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// The first place of `needle` in `hay`, as [`str::find`] gives it (a UTF-8 needle can only
/// start on a character boundary), without its searcher's set-up: the haystacks here are a
/// sentence or a term, searched tens of thousands of times per article.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    memchr::memchr_iter(first, hay).find(|&i| hay[i + 1..].starts_with(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_count() {
        assert!(contains_word(
            "the defence ministers met",
            "defence minister"
        ));
        assert!(contains_word("russia's troops", "russia"));
        assert!(!contains_word("russian troops", "russia"));
        assert!(!contains_word("subministers", "minister"));
        assert!(inflections("troops")
            .iter()
            .any(|f| contains_word("one troop", f)));
        assert!(inflections("ministry")
            .iter()
            .any(|f| contains_word("two ministries", f)));
    }

    #[test]
    fn long_form_and_acronym() {
        assert_eq!(
            long_and_acronym("United Nations (UN)"),
            Some(("United Nations", "UN"))
        );
        assert_eq!(
            long_and_acronym("micro, small and medium enterprises (MSMEs)"),
            Some(("micro, small and medium enterprises", "MSMEs"))
        );
        assert_eq!(
            long_and_acronym("WIB (Western Indonesia Time)").map(|x| x.1),
            None
        );
        assert_eq!(long_and_acronym("Defence Minister"), None);
    }

    #[test]
    fn find_is_str_find() {
        let seed = std::fs::read_to_string("examples/tribunnews-2022-12-03-rusia-belarus.txt")
            .expect("seed");
        let hay = format!("{seed} Côte d'Ivoire, Türkiye’s ministries");
        for needle in [
            "presiden",
            "Côte",
            "’s",
            "ü",
            "minsk -",
            "zzz",
            "s",
            "ministries",
        ] {
            assert_eq!(
                find(hay.as_bytes(), needle.as_bytes()),
                hay.find(needle),
                "{needle}"
            );
            let lower = hay.to_lowercase();
            assert_eq!(
                find(lower.as_bytes(), needle.as_bytes()),
                lower.find(needle)
            );
        }
    }

    #[test]
    fn acronyms_match_case_sensitively() {
        assert!(form_present("The US said", "the us said", "US"));
        assert!(!form_present("Let us go", "let us go", "US"));
    }
}
