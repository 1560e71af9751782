//! Writing an alignment: JSON (links by 1-based unit index), TSV (one link per line), TMX 1.4b
//! (one translation unit per link with both sides) and the bilingual review file, where each
//! Indonesian segment's target is the human translation.

use super::{DocumentAlignment, Unit};
use crate::doc::{
    Document, Origin, Paragraph, QaFinding, Segment, SegmentKind, SegmentState, Severity,
};
use serde_json::json;
use std::fmt::Write;

/// Counts of links by kind, for summaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// All links.
    pub links: usize,
    /// 1-1 links.
    pub one_to_one: usize,
    /// Links joining several units on one side (1-2, 2-1).
    pub merged: usize,
    /// Source units without a counterpart (1-0).
    pub omitted: usize,
    /// Target units without a counterpart (0-1).
    pub added: usize,
    /// Links flagged for review.
    pub flagged: usize,
}

impl Summary {
    /// Adds another alignment's counts (`align --batch`).
    pub fn add(&mut self, other: &Summary) {
        self.links += other.links;
        self.one_to_one += other.one_to_one;
        self.merged += other.merged;
        self.omitted += other.omitted;
        self.added += other.added;
        self.flagged += other.flagged;
    }
}

/// Counts the links of `a`.
pub fn summary(a: &DocumentAlignment) -> Summary {
    let mut s = Summary::default();
    for l in &a.links {
        s.links += 1;
        s.flagged += usize::from(l.flagged);
        match (l.source.len(), l.target.len()) {
            (1, 1) => s.one_to_one += 1,
            (_, 0) => s.omitted += 1,
            (0, _) => s.added += 1,
            _ => s.merged += 1,
        }
    }
    s
}

fn indexes(r: &std::ops::Range<usize>) -> Vec<usize> {
    r.clone().map(|i| i + 1).collect()
}

fn round(score: f64) -> f64 {
    (score * 10_000.0).round() / 10_000.0
}

/// `{"source": path, "target": path, "unit": "sentence", "units": {...}, "links": [{"source":
/// [1], "target": [1, 2], "score": 0.98, "flagged": false}], "stats": {...}}`, indexes 1-based,
/// one link per line.
pub fn to_json(a: &DocumentAlignment, source_path: &str, target_path: &str) -> String {
    json_text(a, source_path, target_path, true)
}

/// The [`to_json`] document on one line, for JSON Lines (`align --batch -f json`).
pub fn to_json_line(a: &DocumentAlignment, source_path: &str, target_path: &str) -> String {
    json_text(a, source_path, target_path, false)
}

fn json_text(a: &DocumentAlignment, source_path: &str, target_path: &str, pretty: bool) -> String {
    #[derive(serde::Serialize)]
    struct JsonLink {
        source: Vec<usize>,
        target: Vec<usize>,
        score: f64,
        flagged: bool,
    }
    let (nl, ind, ind2) = if pretty {
        ("\n", "  ", "    ")
    } else {
        ("", "", "")
    };
    let s = summary(a);
    let mut out = format!("{{{nl}");
    let _ = write!(out, "{ind}\"source\": {},{nl}", json!(source_path));
    let _ = write!(out, "{ind}\"target\": {},{nl}", json!(target_path));
    let _ = write!(out, "{ind}\"unit\": \"{}\",{nl}", a.unit.as_str());
    let _ = write!(
        out,
        "{ind}\"units\": {{\"source\": {}, \"target\": {}}},{nl}",
        a.source.len(),
        a.target.len()
    );
    let _ = write!(out, "{ind}\"links\": [");
    for (k, l) in a.links.iter().enumerate() {
        let link = JsonLink {
            source: indexes(&l.source),
            target: indexes(&l.target),
            score: round(l.score),
            flagged: l.flagged,
        };
        let line = serde_json::to_string(&link).unwrap_or_default();
        let _ = write!(out, "{}{nl}{ind2}{line}", if k == 0 { "" } else { "," });
    }
    if !a.links.is_empty() {
        let _ = write!(out, "{nl}{ind}");
    }
    let _ = write!(out, "],{nl}");
    let _ = write!(
        out,
        "{ind}\"stats\": {{\"links\": {}, \"one_to_one\": {}, \"merged\": {}, \"omitted\": {}, \"added\": {}, \"flagged\": {}}}{nl}",
        s.links, s.one_to_one, s.merged, s.omitted, s.added, s.flagged
    );
    out.push_str("}\n");
    out
}

/// The text of a link's units on one side, joined with a space.
/// The confident pairs of an alignment (both sides present, not flagged for review), as
/// (Indonesian, English): what `translate align --to-memory` stores.
pub fn confident_pairs(a: &DocumentAlignment) -> Vec<(String, String)> {
    a.links
        .iter()
        .filter(|l| !l.flagged && !l.source.is_empty() && !l.target.is_empty())
        .map(|l| (joined(&a.source, &l.source), joined(&a.target, &l.target)))
        .collect()
}

fn joined(units: &[super::DocUnit], r: &std::ops::Range<usize>) -> String {
    units[r.clone()]
        .iter()
        .map(|u| u.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line per link: Indonesian, tab, English, tab, score (a link is flagged when its score
/// is below [`super::FLAG_BELOW`]). A side without units is empty. Units never hold tabs or
/// line breaks (whitespace runs are joined into one space).
pub fn to_tsv(a: &DocumentAlignment) -> String {
    tsv_rows(a, None)
}

/// [`to_tsv`]'s lines, each led by a `document` column when one is given (`align --batch`).
pub fn tsv_rows(a: &DocumentAlignment, document: Option<&str>) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let lead = document
        .map(|d| format!("{}\t", clean(d)))
        .unwrap_or_default();
    let mut out = String::new();
    for l in &a.links {
        let _ = writeln!(
            out,
            "{lead}{}\t{}\t{:.4}",
            clean(&joined(&a.source, &l.source)),
            clean(&joined(&a.target, &l.target)),
            l.score
        );
    }
    out
}

/// The translation units of an alignment for TMX: a pair per link with both sides (links with
/// one side have nothing to pair), `document` as its `x-document` property (empty: none), and
/// the link's score and flag as properties.
pub fn tmx_units(a: &DocumentAlignment, document: &str) -> Vec<TmxUnit> {
    a.links
        .iter()
        .filter(|l| !l.source.is_empty() && !l.target.is_empty())
        .map(|l| {
            let mut props = vec![("x-align-score".to_string(), format!("{:.4}", l.score))];
            if l.flagged {
                props.push(("x-flagged".to_string(), "review".to_string()));
            }
            TmxUnit {
                pair: crate::store::MemoryPair {
                    source: joined(&a.source, &l.source),
                    target: joined(&a.target, &l.target),
                    document: document.to_string(),
                    created: None,
                },
                props,
            }
        })
        .collect()
}

/// One aligned pair with its TMX properties.
#[derive(Debug, Clone)]
pub struct TmxUnit {
    /// The pair and its document.
    pub pair: crate::store::MemoryPair,
    /// `(type, value)` properties: the score, the flag.
    pub props: Vec<(String, String)>,
}

/// TMX 1.4b: a `<tu>` per link with both sides, `srclang="id"`, the Indonesian and English in
/// `<tuv xml:lang="id">` / `<tuv xml:lang="en">`. Each unit carries its alignment score, and
/// flagged links a `x-flagged` property, so a translation-memory import can leave them out.
pub fn to_tmx(a: &DocumentAlignment, source_path: &str, target_path: &str) -> String {
    let header = [
        ("x-source-file".to_string(), source_path.to_string()),
        ("x-target-file".to_string(), target_path.to_string()),
    ];
    write_tmx(&tmx_units(a, ""), a.unit, &header)
}

/// TMX 1.4b of `units` (of one alignment or many) with `header` properties.
pub fn write_tmx(units: &[TmxUnit], unit: Unit, header: &[(String, String)]) -> String {
    let entries: Vec<crate::formats::tmx::TmxEntry> = units
        .iter()
        .map(|u| crate::formats::tmx::TmxEntry {
            from: "id",
            to: "en",
            pair: &u.pair,
            props: u.props.clone(),
        })
        .collect();
    crate::formats::tmx::write_tmx_entries(&entries, unit.as_str(), header)
}

/// The source document with each segment's target set to its human translation, ready for
/// [`crate::review::write_review`]. At paragraph level each paragraph becomes one segment.
///
/// - 1-1 and 1-2: the English (joined) is the segment's target, origin `human`, state
///   `approved`, or `edited` (a human text not yet trusted) when the link is flagged.
/// - 2-1: the English goes with the first segment; the second is marked as translated with it.
/// - 1-0: no target, and a note that the English has no counterpart.
/// - 0-1: the English is shown in a note on the segment before it (or the first segment).
///
/// Every segment gets a note with its link's shape and score; flagged ones a warning.
pub fn review_document(src: &Document, a: &DocumentAlignment) -> Document {
    let mut doc = match a.unit {
        Unit::Sentence => src.clone(),
        Unit::Paragraph => paragraph_document(src),
    };
    let mut targets: Vec<Option<String>> = vec![None; a.source.len()];
    let mut notes: Vec<Vec<QaFinding>> = vec![Vec::new(); a.source.len()];
    let mut states: Vec<SegmentState> = vec![SegmentState::New; a.source.len()];
    let note = |severity: Severity, message: String| QaFinding {
        check: "align".into(),
        severity,
        message,
    };
    let mut last_source: Option<usize> = None;
    for l in &a.links {
        let english = joined(&a.target, &l.target);
        let target_ids: Vec<&str> = a.target[l.target.clone()]
            .iter()
            .map(|u| u.id.as_str())
            .collect();
        if l.source.is_empty() {
            let (at, place) = match last_source {
                Some(i) => (i, "after"),
                None => (0, "before"),
            };
            if at < notes.len() {
                notes[at].push(note(
                    Severity::Warning,
                    format!(
                        "the English adds {place} this, with no Indonesian counterpart (English {}): {}",
                        target_ids.join("+"),
                        english
                    ),
                ));
            }
            continue;
        }
        let first = l.source.start;
        let severity = if l.flagged {
            Severity::Warning
        } else {
            Severity::Info
        };
        let what = if l.flagged {
            "flagged for review"
        } else {
            "aligned"
        };
        if l.target.is_empty() {
            for i in l.source.clone() {
                notes[i].push(note(
                    Severity::Warning,
                    format!(
                        "no English counterpart: left out of the translation? (score {:.2})",
                        l.score
                    ),
                ));
            }
        } else {
            targets[first] = Some(english);
            states[first] = if l.flagged {
                SegmentState::Edited
            } else {
                SegmentState::Approved
            };
            notes[first].push(note(
                severity,
                format!(
                    "{what} {} with English {} (score {:.2})",
                    l.shape(),
                    target_ids.join("+"),
                    l.score
                ),
            ));
            for i in l.source.clone().skip(1) {
                notes[i].push(note(
                    severity,
                    format!(
                        "translated together with {} (English {}, score {:.2})",
                        a.source[first].id,
                        target_ids.join("+"),
                        l.score
                    ),
                ));
            }
        }
        last_source = Some(l.source.end - 1);
    }
    for (k, seg) in doc.segments_mut().enumerate() {
        if k >= targets.len() {
            break;
        }
        seg.target = targets[k].take();
        seg.mt = None;
        seg.origin = if seg.target.is_some() {
            Origin::Human
        } else {
            Origin::None
        };
        seg.state = states[k];
        seg.qa = std::mem::take(&mut notes[k]);
    }
    doc
}

/// `src` with one segment per paragraph (its whole span), for paragraph-level review files.
fn paragraph_document(src: &Document) -> Document {
    let paragraphs = src
        .paragraphs
        .iter()
        .map(|p| {
            let kind = if p.segments.iter().any(|s| s.kind == SegmentKind::Text) {
                SegmentKind::Text
            } else {
                p.segments.first().map_or(SegmentKind::Text, |s| s.kind)
            };
            Paragraph {
                index: p.index,
                kind: p.kind,
                span: p.span.clone(),
                segments: vec![Segment::new(p.index, 1, kind, p.span.clone(), &src.text)],
            }
        })
        .collect();
    Document {
        paragraphs,
        ..src.clone()
    }
}
