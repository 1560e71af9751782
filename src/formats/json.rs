//! The JSON document: `{"source", "source_lang", "target_lang", "backend", "paragraphs":
//! [{"index", "kind", "segments": [{"id", "kind", "source", "start", "end", "mt", "target",
//! "origin", "state", "glossary": [...], "qa": [...]}]}], "stats": {...}}`. Indexes are 1-based;
//! spans are byte offsets into the original file.

use crate::doc::{Document, GlossaryHit, QaFinding};
use crate::mt::engine::Stats;
use serde::Serialize;

#[derive(Serialize)]
struct JsonDocument<'a> {
    source: &'a str,
    source_lang: &'a str,
    target_lang: &'a str,
    backend: &'a str,
    paragraphs: Vec<JsonParagraph<'a>>,
    stats: &'a Stats,
}

#[derive(Serialize)]
struct JsonParagraph<'a> {
    index: usize,
    kind: &'static str,
    start: usize,
    end: usize,
    segments: Vec<JsonSegment<'a>>,
}

#[derive(Serialize)]
struct JsonSegment<'a> {
    id: String,
    kind: &'static str,
    source: String,
    start: usize,
    end: usize,
    mt: Option<&'a str>,
    target: Option<&'a str>,
    origin: String,
    state: crate::doc::SegmentState,
    glossary: &'a [GlossaryHit],
    qa: &'a [QaFinding],
}

/// The JSON text of `doc` (pretty-printed, one document).
pub fn to_json(doc: &Document, backend: &str, stats: &Stats) -> String {
    let value = JsonDocument {
        source: &doc.path,
        source_lang: &doc.source_lang,
        target_lang: &doc.target_lang,
        backend,
        paragraphs: doc
            .paragraphs
            .iter()
            .map(|p| JsonParagraph {
                index: p.index,
                kind: p.kind.as_str(),
                start: p.span.start,
                end: p.span.end,
                segments: p
                    .segments
                    .iter()
                    .map(|s| JsonSegment {
                        id: s.id(),
                        kind: s.kind.as_str(),
                        source: s.text(),
                        start: s.span.start,
                        end: s.span.end,
                        mt: s.mt.as_deref(),
                        target: s.target.as_deref(),
                        origin: s.origin.label(),
                        state: s.state,
                        glossary: &s.glossary,
                        qa: &s.qa,
                    })
                    .collect(),
            })
            .collect(),
        stats,
    };
    let mut out = serde_json::to_string_pretty(&value).expect("a document serialises");
    out.push('\n');
    out
}
