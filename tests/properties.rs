//! Property tests: every byte of the input is accounted for (the segments plus the whitespace
//! between them rebuild the original file exactly), over random text and over real text; and
//! glossary matches land on the terms planted in random text, whatever their case, inflection
//! or spacing.
//!
//! Case counts stay at proptest's default (256 per property, `PROPTEST_CASES` overrides) so the
//! suite stays quick on a 2-core machine. Failures are not persisted to files: a minimal failing
//! input that proptest reports becomes a directed test in `tests/segmentation.rs` or the
//! module's unit tests.

use crate::common::{example_articles, shared_data};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::Config;
use std::collections::HashSet;
use std::sync::OnceLock;
use terjemah::glossary::{builtin_sources, Glossary, Source, Spelling};
use terjemah::segment::{segment, sentences};

fn config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------------------------
// The segmentation invariants.

/// Checks everything the segmenter promises about `text`; the error names the first broken
/// promise and the offending span.
fn segmentation_invariants(text: &str) -> Result<(), String> {
    let doc = segment("prop", text.to_string());
    if doc.text != text {
        return Err("Document::text differs from the input".into());
    }
    let gap = |from: usize, to: usize, what: &str| -> Result<(), String> {
        let between = &text[from..to];
        if between.trim().is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{what} {from}..{to} is not whitespace: {between:?}"
            ))
        }
    };
    let mut at = 0;
    let mut paragraph_end = 0;
    for p in &doc.paragraphs {
        let Some(ptext) = text.get(p.span.clone()) else {
            return Err(format!(
                "paragraph {} span {:?} is not on char boundaries",
                p.index, p.span
            ));
        };
        if p.span.start < paragraph_end {
            return Err(format!(
                "paragraph {} span {:?} overlaps the previous one (ends {paragraph_end})",
                p.index, p.span
            ));
        }
        if ptext.is_empty() || ptext.trim() != ptext {
            return Err(format!(
                "paragraph {} span {:?} is empty or untrimmed: {ptext:?}",
                p.index, p.span
            ));
        }
        if p.segments.is_empty() {
            return Err(format!("paragraph {} has no segments: {ptext:?}", p.index));
        }
        for seg in &p.segments {
            let id = seg.id();
            if seg.span.start < p.span.start || seg.span.end > p.span.end {
                return Err(format!(
                    "segment {id} span {:?} is outside its paragraph {:?}",
                    seg.span, p.span
                ));
            }
            if seg.span.start < at {
                return Err(format!(
                    "segment {id} span {:?} starts before the previous segment ends ({at})",
                    seg.span
                ));
            }
            let Some(stext) = text.get(seg.span.clone()) else {
                return Err(format!(
                    "segment {id} span {:?} is not on char boundaries",
                    seg.span
                ));
            };
            if stext != seg.source {
                return Err(format!(
                    "segment {id} source {:?} is not its span's text {stext:?}",
                    seg.source
                ));
            }
            if stext.is_empty() || stext.trim() != stext {
                return Err(format!(
                    "segment {id} {:?} is empty or has leading/trailing whitespace: {stext:?}",
                    seg.span
                ));
            }
            gap(at, seg.span.start, "text before segment")?;
            at = seg.span.end;
        }
        paragraph_end = p.span.end;
    }
    gap(at, text.len(), "text after the last segment")?;
    if doc.rebuild_source() != text {
        return Err("rebuild_source() differs from the input".into());
    }
    Ok(())
}

/// What `sentences::split` promises: trimmed, non-empty ranges in order, whitespace between.
fn split_invariants(text: &str) -> Result<(), String> {
    let mut at = 0;
    for r in sentences::split(text) {
        if r.start < at || r.start >= r.end {
            return Err(format!("sentence {r:?} is empty or out of order (at {at})"));
        }
        let Some(s) = text.get(r.clone()) else {
            return Err(format!("sentence {r:?} is not on char boundaries"));
        };
        if s.trim() != s {
            return Err(format!("sentence {r:?} is untrimmed: {s:?}"));
        }
        if !text[at..r.start].trim().is_empty() {
            return Err(format!(
                "text before sentence {r:?} is not whitespace: {:?}",
                &text[at..r.start]
            ));
        }
        at = r.end;
    }
    if !text[at..].trim().is_empty() {
        return Err(format!(
            "text after the last sentence is not whitespace: {:?}",
            &text[at..]
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Random text built from the pieces Indonesian news is made of.

const WORDS: &[&str] = &[
    "Presiden",
    "Jokowi",
    "mengatakan",
    "bahwa",
    "pemerintah",
    "akan",
    "membangun",
    "ibu",
    "kota",
    "baru",
    "di",
    "Kalimantan",
    "Timur",
    "yang",
    "dan",
    "itu",
    "tidak",
    "kata",
    "dia",
    "Ia",
    "menteri",
    "Pertahanan",
    "Rusia",
    "Belarus",
    "Senin",
    "pukul",
    "WIB",
    "TNI",
    "KPK",
    "DPR",
    "e-KTP",
    "bagi-bagi",
    "uang",
    "Namun",
    "Sementara",
    "menegaskan",
    "Indonesia",
    "tentara",
    "anggota",
    "Ketua",
    "Umum",
    "PMII",
    "ujar",
    "sebesar",
    "persen",
    "Ny",
    "Kab",
];

const ABBREVIATIONS: &[&str] = &[
    "dr.", "Dr.", "Jl.", "No.", "Rp", "Rp.", "S.H.", "M.H.", "H.", "M.", "K.H.", "dll.", "dsb.",
    "Prof.", "Ir.", "Kol.", "a.n.", "S.Sos.", "M.Si.", "Sp.PD.", "A.S.", "Tbk.", "Kab.", "RS.",
];

const NUMBERS: &[&str] = &[
    "9.000",
    "1,5",
    "07.15",
    "2017",
    "10.30",
    "1.",
    "2)",
    "3.",
    "a.",
    "12",
    "1.000.000",
    "0,25",
    "ke-6",
    "2,7 juta",
    "Rp 1,2 triliun",
];

const PUNCTUATION: &[&str] = &[
    ".", "?", "!", "...", "…", "“", "”", "\"", "(", ")", ",", ":", ";", "'", "’", "‘", "?!", ".”",
    "?”", "!)", "[", "]", "«", "»",
];

const DASHES: &[&str] = &["-", "–", "—", " - ", "--", " – ", "‐"];

const FURNITURE: &[&str] = &[
    "Baca juga:",
    "Baca Juga :",
    "BACA JUGA:",
    "Simak juga",
    "JAKARTA, KOMPAS.com -",
    "JAKARTA, KOMPAS.com —",
    "TRIBUNNEWS.COM, MINSK -",
    "Liputan6.com, Jakarta -",
    "Jakarta (ANTARA) -",
    "Jakarta -",
    "Jakarta-",
    "(nzw/nvl)",
    "(rna/fdn)",
    "Penulis: Ihsanuddin | Editor: Bayu",
    "Editor :",
    "Ray Jordan - detikNews",
    "Selasa 07 Mei 2019, 11:36 WIB",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Artikel ini telah tayang di Kompas.com",
    "https://nasional.kompas.com/read/x.",
    "(Foto: Andhika Prasetya/detikcom)",
    "* ",
    "- ",
    "1. ",
    "a. ",
    "• ",
    "*",
];

const WHITESPACE: &[&str] = &[
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\n",
    "\r\n",
    "\n\n",
    "\r\n\r\n",
    "\n \n",
    " \t\n\n\t ",
    "\r",
    "\u{a0}",
    "\u{a0}\n",
    "\u{2003}",
    "\u{3000}",
    "\u{2028}",
    "\u{85}",
    "\u{b}",
    "\u{c}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => select(WORDS).prop_map(String::from),
        2 => select(ABBREVIATIONS).prop_map(String::from),
        2 => select(NUMBERS).prop_map(String::from),
        4 => select(PUNCTUATION).prop_map(String::from),
        1 => select(DASHES).prop_map(String::from),
        2 => select(FURNITURE).prop_map(String::from),
        8 => select(WHITESPACE).prop_map(String::from),
        1 => any::<String>(),
        1 => vec(any::<char>(), 1..4).prop_map(|cs| cs.into_iter().collect()),
    ]
}

pub(crate) fn random_text() -> impl Strategy<Value = String> {
    vec(piece(), 0..80).prop_map(|pieces| pieces.concat())
}

// ---------------------------------------------------------------------------------------------
// Real text: the example articles and the PUD paragraphs.

/// Non-blank lines of every example article and every PUD paragraph (UD Indonesian PUD,
/// CC BY-SA 3.0).
fn real_lines() -> &'static [String] {
    static LINES: OnceLock<Vec<String>> = OnceLock::new();
    LINES.get_or_init(|| {
        let mut out = Vec::new();
        for path in example_articles() {
            let text = std::fs::read_to_string(&path).expect("example article");
            out.extend(
                text.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(String::from),
            );
        }
        let pud = std::fs::read_to_string(shared_data("seg-dev-pud.jsonl")).expect("dev data");
        for line in pud.lines() {
            let row: serde_json::Value = serde_json::from_str(line).expect("json line");
            out.push(row["text"].as_str().expect("text").to_string());
        }
        out
    })
}

const LINE_BREAKS: &[&str] = &[
    "\n",
    "\r\n",
    "\n\n",
    "\r\n\r\n",
    "\n \n",
    "\n\t\n",
    " \r\n  \r\n",
    "\r",
    "\n\u{a0}\n",
];

/// A whole real line, or a slice of it between two char boundaries (often mid-word).
fn real_piece(line: Index, slice: Option<(Index, Index)>) -> String {
    let lines = real_lines();
    let text = &lines[line.index(lines.len())];
    let Some((a, b)) = slice else {
        return text.clone();
    };
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let (mut a, mut b) = (a.get(&bounds), b.get(&bounds));
    if a > b {
        std::mem::swap(&mut a, &mut b);
    }
    text[*a..*b].to_string()
}

pub(crate) fn real_text() -> impl Strategy<Value = String> {
    let item = (
        any::<Index>(),
        prop::option::weighted(0.3, (any::<Index>(), any::<Index>())),
        select(LINE_BREAKS),
    );
    (
        select(WHITESPACE),
        vec(item, 1..10),
        select(WHITESPACE),
        any::<bool>(),
    )
        .prop_map(|(lead, items, trail, padded)| {
            let mut text = String::new();
            if padded {
                text.push_str(lead);
            }
            for (i, (line, slice, brk)) in items.into_iter().enumerate() {
                if i > 0 {
                    text.push_str(brk);
                }
                text.push_str(&real_piece(line, slice));
            }
            if padded {
                text.push_str(trail);
            }
            text
        })
}

#[test]
fn example_articles_keep_every_byte() {
    for path in example_articles() {
        let text = std::fs::read_to_string(&path).expect("example article");
        let crlf = text.replace('\n', "\r\n");
        let unwrapped_blank = text.replace("\n\n", "\n");
        for (style, variant) in [("lf", &text), ("crlf", &crlf), ("single", &unwrapped_blank)] {
            if let Err(e) = segmentation_invariants(variant) {
                panic!("{} ({style} line endings): {e}", path.display());
            }
        }
    }
}

#[test]
fn pud_paragraphs_keep_every_byte() {
    for line in real_lines() {
        if let Err(e) = segmentation_invariants(line).and_then(|()| split_invariants(line)) {
            panic!("{e}\nin {line:?}");
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_text_keeps_every_byte(text in random_text()) {
        segmentation_invariants(&text).map_err(TestCaseError::fail)?;
        split_invariants(&text).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn real_text_keeps_every_byte(text in real_text()) {
        segmentation_invariants(&text).map_err(TestCaseError::fail)?;
    }
}

// ---------------------------------------------------------------------------------------------
// Glossary matching: terms planted in random text are found where they were planted.

/// The shipped glossaries, the forms worth planting (plain words of case-insensitive entries)
/// and filler words that occur in no form at all, so no match can start in or run through a
/// filler.
struct Planting {
    glossary: Glossary,
    forms: Vec<String>,
    fillers: Vec<&'static str>,
}

const FILLER_CANDIDATES: &[&str] = &[
    "dan", "yang", "itu", "akan", "tidak", "bahwa", "kata", "dia", "ia", "pada", "dari", "sudah",
    "juga", "mereka", "kami", "ujar", "menurut", "saat", "hari", "ini", "tersebut", "masih",
    "bisa", "harus", "lebih", "sangat", "kemarin", "dengan", "untuk", "karena", "menjadi", "tahun",
    "orang", "setelah", "sebelum", "Jakarta", "Senin", "katanya", "rapat", "pagi", "malam", "soal",
    "hal", "cukup", "cepat", "sekitar", "hampir", "adalah", "café", "naïve", "“Saya", "ya,",
    "9.000", "07.15", "Rp", "dr.", "—", "…", "(",
];

fn fold(s: &str) -> String {
    s.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn planting() -> &'static Planting {
    static PLANTING: OnceLock<Planting> = OnceLock::new();
    PLANTING.get_or_init(|| {
        let sources: Vec<Source> = builtin_sources();
        let glossary = Glossary::load(&sources, Spelling::British).expect("shipped glossaries");
        let mut words = HashSet::new();
        let mut forms = Vec::new();
        for entry in glossary.entries() {
            for form in entry.forms() {
                words.extend(
                    form.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(str::to_lowercase),
                );
                let plain = form
                    .split(' ')
                    .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric()));
                if plain && !entry.flags.case_sensitive {
                    forms.push(form.to_string());
                }
            }
        }
        let fillers: Vec<&'static str> = FILLER_CANDIDATES
            .iter()
            .copied()
            .filter(|f| {
                f.split(|c: char| !c.is_alphanumeric())
                    .all(|w| !words.contains(&w.to_lowercase()))
            })
            .collect();
        assert!(forms.len() > 500, "only {} plantable forms", forms.len());
        assert!(
            fillers.len() > 20,
            "only {} fillers: {fillers:?}",
            fillers.len()
        );
        Planting {
            glossary,
            forms,
            fillers,
        }
    })
}

/// How a planted term is inflected.
#[derive(Debug, Clone, Copy)]
enum Inflection {
    None,
    /// `pertahanannya`
    Nya,
    /// `Kemhan-nya`
    HyphenNya,
    /// `-lah`, `-kah`, `-pun`, `-ku`, `-mu` glued on.
    Clitic(&'static str),
    /// `menteri-menteri`
    Reduplicated,
    /// `menteri-menterinya`
    ReduplicatedNya,
}

fn inflection() -> impl Strategy<Value = Inflection> {
    prop_oneof![
        4 => Just(Inflection::None),
        2 => Just(Inflection::Nya),
        1 => Just(Inflection::HyphenNya),
        1 => select(&["lah", "kah", "pun", "ku", "mu"][..]).prop_map(Inflection::Clitic),
        1 => Just(Inflection::Reduplicated),
        1 => Just(Inflection::ReduplicatedNya),
    ]
}

/// Separators around planted terms: each starts and ends with a non-alphanumeric character
/// (never a hyphen after a term, which would read as a compound).
const SEPARATORS: &[&str] = &[
    " ", "  ", "\n", "\r\n", "\n\n", ", ", ". ", " “", "” ", " (", ") ", "\u{a0}", " - ", "! ",
    "? ", ": ", "\t", "…",
];

/// Spacing between the words of a planted term.
const INNER_SPACES: &[&str] = &[" ", " ", " ", "  ", "\n", "\r\n", "\t", "\u{a0}", " \n "];

#[derive(Debug, Clone)]
struct Plant {
    form: Index,
    inflection: Inflection,
    /// Upper-case a character when its bit is set (cycled).
    case_bits: u64,
    /// Spacing between words, cycled.
    spaces: Vec<&'static str>,
}

fn plant() -> impl Strategy<Value = Plant> {
    (
        any::<Index>(),
        inflection(),
        prop_oneof![Just(0u64), Just(u64::MAX), any::<u64>()],
        vec(select(INNER_SPACES), 1..4),
    )
        .prop_map(|(form, inflection, case_bits, spaces)| Plant {
            form,
            inflection,
            case_bits,
            spaces,
        })
}

/// The planted text of `form`.
fn render(form: &str, plant: &Plant) -> String {
    let words: Vec<&str> = form.split(' ').collect();
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push_str(plant.spaces[(i - 1) % plant.spaces.len()]);
        }
        out.push_str(w);
    }
    let last = words.last().copied().unwrap_or_default();
    match plant.inflection {
        Inflection::None => {}
        Inflection::Nya => out.push_str("nya"),
        Inflection::HyphenNya => out.push_str("-nya"),
        Inflection::Clitic(c) => out.push_str(c),
        Inflection::Reduplicated => {
            out.push('-');
            out.push_str(last);
        }
        Inflection::ReduplicatedNya => {
            out.push('-');
            out.push_str(last);
            out.push_str("nya");
        }
    }
    out.chars()
        .enumerate()
        .map(|(i, c)| {
            if plant.case_bits >> (i % 64) & 1 == 1 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// Random text with terms planted between filler words: the text and, per planted term, its
/// byte offset and canonical form.
fn planted_text() -> impl Strategy<Value = (String, Vec<(usize, String)>)> {
    let filler = vec(any::<Index>(), 1..4);
    let chunk = (filler, select(SEPARATORS), plant(), select(SEPARATORS));
    (vec(chunk, 1..8), vec(any::<Index>(), 0..3)).prop_map(|(chunks, tail)| {
        let p = planting();
        let mut text = String::new();
        let mut planted = Vec::new();
        for (filler, before, plant, after) in chunks {
            for (i, f) in filler.iter().enumerate() {
                if i > 0 {
                    text.push(' ');
                }
                text.push_str(p.fillers[f.index(p.fillers.len())]);
            }
            text.push_str(before);
            let form = plant.form.get(&p.forms);
            planted.push((text.len(), form.clone()));
            text.push_str(&render(form, &plant));
            text.push_str(after);
        }
        for f in tail {
            text.push_str(p.fillers[f.index(p.fillers.len())]);
            text.push(' ');
        }
        (text, planted)
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn planted_glossary_terms_are_found((text, planted) in planted_text()) {
        let p = planting();
        let matches = p.glossary.find(&text);
        let mut end = 0;
        for m in &matches {
            prop_assert!(m.start < m.end, "empty match {m:?}");
            prop_assert!(m.start >= end, "match {m:?} overlaps or precedes one ending at {end}");
            prop_assert!(
                text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
                "match {m:?} is not on char boundaries"
            );
            let raw = &text[m.start..m.end];
            prop_assert!(raw.trim() == raw, "match {m:?} has leading/trailing whitespace: {raw:?}");
            let before = text[..m.start].chars().next_back();
            let after = text[m.end..].chars().next();
            prop_assert!(
                !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric),
                "match {raw:?} at {m:?} is inside a word (before {before:?}, after {after:?})"
            );
            let entry = &p.glossary.entries()[m.entry];
            let form = entry.forms().nth(m.form).expect("matched form exists");
            let matched = fold(&text[m.start..m.end]);
            prop_assert!(
                matched.starts_with(&fold(form)),
                "match {:?} does not start with its form {form:?}",
                &text[m.start..m.end]
            );
            end = m.end;
        }
        for (at, form) in &planted {
            let m = matches.iter().find(|m| m.start == *at);
            prop_assert!(
                m.is_some(),
                "planted {form:?} at {at} not found; matches {:?}",
                matches.iter().map(|m| &text[m.start..m.end]).collect::<Vec<_>>()
            );
            let m = m.expect("checked");
            let matched = fold(&text[m.start..m.end]);
            prop_assert!(
                matched.starts_with(&fold(form)),
                "planted {form:?} at {at} matched as {:?}",
                &text[m.start..m.end]
            );
        }
    }
}
