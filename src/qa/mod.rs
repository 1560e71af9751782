//! Quality checks on a bilingual Indonesian -> English text, aware of Indonesian conventions.
//!
//! Each check has a stable name (used in JSON, in review-file notes and in the README):
//!
//! | check | finds |
//! | --- | --- |
//! | `number` | a number missing, changed, or left in Indonesian notation (`9.000 troops`); compared by value (`Rp20,3 triliun` = `IDR 20.3 trillion`), with number words and ordinals |
//! | `date` | a date missing, changed or with day and month swapped (`3/12/2022` is 3 December); a weekday that is not the date's |
//! | `time` | a clock time missing or changed (`pukul 07.15 WIB` = `7:15 a.m. WIB`), the time zone dropped |
//! | `glossary` | [`crate::glossary::enforce`]: a term's English missing, an avoided variant used |
//! | `untranslated` | a target that is the source, or mostly Indonesian |
//! | `omission` | fewer sentences and a short target; a URL, e-mail address, acronym, name or quotation of the source missing |
//! | `addition` | more sentences and a long target |
//! | `length` | a length ratio far outside what this pair produces |
//! | `doubled-word` | `the the` |
//! | `doubled-term` | a term written twice: `United Nations (UN) (United Nations (UN))`, `(UN) (UN)`, a run of words repeated |
//! | `brackets`, `quotes` | unbalanced in the English where the source is balanced |
//! | `unknown-marker` | a `*word` marker of the offline backend left in |
//!
//! Spans in a [`Finding`] are byte offsets into the segment's source text (wrapped lines joined,
//! as in the review file's `>` line) and into its target text.

mod dates;
pub mod input;
mod numbers;
pub(crate) mod scan;
mod text;

use crate::doc::{Document, QaFinding, Segment, SegmentKind, Severity};
use crate::glossary::Glossary;
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;

/// Every check name, in the order findings are reported.
pub const CHECKS: &[&str] = &[
    "number",
    "date",
    "time",
    "glossary",
    "untranslated",
    "omission",
    "addition",
    "length",
    "doubled-word",
    "doubled-term",
    "brackets",
    "quotes",
    "unknown-marker",
    "unreviewed",
];

/// A problem in one segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The segment id (`2.1`; the line number for TSV input).
    pub segment: String,
    /// Stable check name (see [`CHECKS`]).
    pub check: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong and what to do about it.
    pub message: String,
    /// Byte span in the segment's source text.
    pub source_span: [usize; 2],
    /// Byte span in the segment's target text.
    pub target_span: [usize; 2],
}

impl Finding {
    /// The form stored in [`Segment::qa`].
    pub fn to_qa(&self) -> QaFinding {
        QaFinding {
            check: self.check.to_string(),
            severity: self.severity,
            message: self.message.clone(),
        }
    }
}

/// A finding before it knows its segment.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub check: &'static str,
    pub severity: Severity,
    pub message: String,
    pub source: Range<usize>,
    pub target: Range<usize>,
}

impl Hit {
    pub(crate) fn new(
        check: &'static str,
        severity: Severity,
        message: impl Into<String>,
        source: Range<usize>,
        target: Range<usize>,
    ) -> Hit {
        Hit {
            check,
            severity,
            message: message.into(),
            source,
            target,
        }
    }
}

/// Runs every check except `glossary` on one source/target pair. `protected` are byte ranges of
/// the source (glossary hits) whose rendering the glossary check owns, so names and acronyms
/// inside them are not looked for verbatim.
pub fn check_pair(
    id: &str,
    source: &str,
    target: &str,
    protected: &[Range<usize>],
) -> Vec<Finding> {
    let mut hits = Vec::new();
    if text::untranslated(source, target, &mut hits) {
        // A target that is still Indonesian makes every other finding noise.
        return finish(id, hits);
    }
    numbers::check(source, target, &mut hits);
    dates::check(source, target, &mut hits);
    // A date the date check reports is one problem: its numbers (`2023` of `26/7/2023`) are
    // not reported again, as errors of their own, by the number check.
    let dates: Vec<Range<usize>> = hits
        .iter()
        .filter(|h| h.check == "date")
        .map(|h| h.source.clone())
        .collect();
    hits.retain(|h| {
        h.check != "number"
            || !dates
                .iter()
                .any(|d| d.start <= h.source.start && h.source.end <= d.end)
    });
    text::check(source, target, protected, &mut hits);
    finish(id, hits)
}

fn finish(id: &str, hits: Vec<Hit>) -> Vec<Finding> {
    let mut out: Vec<Finding> = hits
        .into_iter()
        .map(|h| Finding {
            segment: id.to_string(),
            check: h.check,
            severity: h.severity,
            message: h.message,
            source_span: [h.source.start, h.source.end],
            target_span: [h.target.start, h.target.end],
        })
        .collect();
    out.sort_by_key(|f| CHECKS.iter().position(|c| *c == f.check));
    out
}

/// Runs every check on a segment of an annotated document (glossary hits already recorded).
/// Segments that are not translated (datelines, boilerplate) or have no target give nothing.
/// `context` carries what the glossary check learnt from the segments before this one in the
/// same document; the segment is noted in it.
pub fn check_segment(
    seg: &Segment,
    glossary: Option<&Glossary>,
    context: &mut crate::glossary::enforce::Context,
) -> Vec<Finding> {
    if seg.kind != SegmentKind::Text {
        return Vec::new();
    }
    let Some(target) = seg.target.as_deref().filter(|t| !t.trim().is_empty()) else {
        return Vec::new();
    };
    let source = seg.text();
    let id = seg.id();
    let spans: Vec<Range<usize>> = seg
        .glossary
        .iter()
        .filter_map(|h| {
            let m = crate::doc::collapse_whitespace(&h.matched);
            source.find(&m).map(|s| s..s + m.len())
        })
        .collect();
    // Every place a term's text occurs is the glossary's to check (`UU` twice in a sentence):
    // the names check must not ask for an acronym the glossary renders in English.
    let protected: Vec<Range<usize>> = seg
        .glossary
        .iter()
        .flat_map(|h| {
            let m = crate::doc::collapse_whitespace(&h.matched);
            source
                .match_indices(m.as_str())
                .map(|(s, _)| s..s + m.len())
                .collect::<Vec<_>>()
        })
        .collect();
    let mut out = check_pair(&id, &source, target, &protected);
    if out.iter().any(|f| f.check == "untranslated") {
        return out;
    }
    if let Some(g) = glossary {
        let lower = target.to_lowercase();
        for f in crate::glossary::enforce::check_segment(g, seg, context) {
            let hit = seg
                .glossary
                .iter()
                .zip(&spans)
                .find(|(h, _)| f.message.contains(&format!("`{}`", h.matched)))
                .or_else(|| {
                    seg.glossary
                        .iter()
                        .zip(&spans)
                        .find(|(h, _)| f.message.contains(&format!("`{}`", h.source)))
                });
            let source_span = hit.map_or([0, source.len()], |(_, s)| [s.start, s.end]);
            // A time zone the `time` check already reports (`10.39 WIB` without `WIB`) is
            // one problem, reported once.
            let covered = out.iter().any(|t| {
                t.check == "time"
                    && t.source_span[0] <= source_span[0]
                    && source_span[1] <= t.source_span[1]
            });
            if covered && f.severity != Severity::Error {
                continue;
            }
            // An avoided variant: point at it in the English.
            let target_span = f
                .message
                .strip_prefix('`')
                .and_then(|m| m.split_once('`'))
                .and_then(|(avoid, _)| {
                    let a = avoid.to_lowercase();
                    lower.find(&a).map(|s| [s, s + a.len()])
                })
                .filter(|_| f.severity == Severity::Error)
                .unwrap_or([0, target.len()]);
            out.push(Finding {
                segment: id.clone(),
                check: "glossary",
                severity: f.severity,
                message: f.message,
                source_span,
                target_span,
            });
        }
        out.sort_by_key(|f| CHECKS.iter().position(|c| *c == f.check));
    }
    out
}

/// Runs the checks on every segment of `docs` and stores the findings in [`Segment::qa`]
/// (replacing earlier ones), as the pipeline does after machine translation.
pub fn annotate(docs: &mut [Document], glossary: Option<&Glossary>) {
    for doc in docs.iter_mut() {
        let mut context = crate::glossary::enforce::Context::default();
        for seg in doc.segments_mut() {
            let findings = check_segment(seg, glossary, &mut context);
            // What the engine found in the backend's answer (control characters, an echoed
            // key) cannot be seen in the cleaned text any more: it stays.
            seg.qa
                .retain(|f| f.check == crate::mt::engine::ANSWER_CHECK);
            seg.qa.extend(findings.iter().map(Finding::to_qa));
        }
    }
}

/// Counts of a run of checks, for the `stats` object.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    /// Segments read.
    pub segments: usize,
    /// Segments checked (translatable, with a target).
    pub checked: usize,
    /// Findings by severity.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Info findings.
    pub info: usize,
    /// Findings per check name.
    pub by_check: BTreeMap<&'static str, usize>,
}

impl Stats {
    /// Counts `findings`.
    pub fn count(segments: usize, checked: usize, findings: &[Finding]) -> Stats {
        let mut s = Stats {
            segments,
            checked,
            ..Stats::default()
        };
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.info += 1,
            }
            *s.by_check.entry(f.check).or_default() += 1;
        }
        s
    }
}

/// Checks a list of bilingual units (from TSV, TMX, XLIFF or a review file): the glossary is
/// matched in each source, then every check runs. Returns the findings and the stats.
pub fn check_units(units: &[input::Unit], glossary: Option<&Glossary>) -> (Vec<Finding>, Stats) {
    let mut doc = input::to_document(units);
    if let Some(g) = glossary {
        g.annotate(&mut doc);
    }
    let mut findings = Vec::new();
    let mut checked = 0;
    let mut context = crate::glossary::enforce::Context::default();
    for (unit, seg) in units.iter().zip(doc.segments()) {
        if seg.kind == SegmentKind::Text
            && seg.target.as_deref().is_some_and(|t| !t.trim().is_empty())
        {
            checked += 1;
        }
        for mut f in check_segment(seg, glossary, &mut context) {
            f.segment = unit.id.clone();
            findings.push(f);
        }
    }
    let stats = Stats::count(units.len(), checked, &findings);
    (findings, stats)
}
