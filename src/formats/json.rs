//! The JSON document: `{"source", "source_lang", "target_lang", "backend", "paragraphs":
//! [{"index", "kind", "segments": [{"id", "kind", "source", "start", "end", "mt", "target",
//! "origin", "state", "glossary": [...], "qa": [...]}]}], "stats": {...}}`. Indexes are 1-based;
//! spans are byte offsets into the original file.

use crate::doc::{Document, GlossaryHit, Paragraph, QaFinding, Segment};
use crate::mt::engine::Stats;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct JsonDocument<'a> {
    source: &'a str,
    source_lang: &'a str,
    target_lang: &'a str,
    backend: &'a str,
    paragraphs: Paragraphs<'a>,
    stats: &'a Stats,
}

/// The paragraphs, made into JSON one at a time as the serialiser writes them: nothing but the
/// current segment's fields is held besides the document.
struct Paragraphs<'a>(&'a [Paragraph]);

impl Serialize for Paragraphs<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|p| JsonParagraph {
            index: p.index,
            kind: p.kind.as_str(),
            start: p.span.start,
            end: p.span.end,
            segments: Segments(&p.segments),
        }))
    }
}

struct Segments<'a>(&'a [Segment]);

impl Serialize for Segments<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|s| JsonSegment {
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
        }))
    }
}

#[derive(Serialize)]
struct JsonParagraph<'a> {
    index: usize,
    kind: &'static str,
    start: usize,
    end: usize,
    segments: Segments<'a>,
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

/// Writes the JSON document of `doc` (pretty-printed, then a line break) to `out` as it goes:
/// memory stays at the document's own, whatever its size. Writes are buffered here.
pub fn write_json(out: impl Write, doc: &Document, backend: &str, stats: &Stats) -> io::Result<()> {
    let value = JsonDocument {
        source: &doc.path,
        source_lang: &doc.source_lang,
        target_lang: &doc.target_lang,
        backend,
        paragraphs: Paragraphs(&doc.paragraphs),
        stats,
    };
    let mut out = io::BufWriter::with_capacity(64 * 1024, out);
    serde_json::to_writer_pretty(&mut out, &value).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The JSON text of `doc` (pretty-printed, one document); see [`write_json`] to stream it.
pub fn to_json(doc: &Document, backend: &str, stats: &Stats) -> String {
    let mut out = Vec::new();
    write_json(&mut out, doc, backend, stats).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}
