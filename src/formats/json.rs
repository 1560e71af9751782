//! The JSON document: `{"source", "source_lang", "target_lang", "backend", "paragraphs":
//! [{"index", "kind", "segments": [{"id", "kind", "source", "start", "end", "mt", "target",
//! "origin", "state", "glossary": [...], "qa": [...]}]}], "stats": {...}}`. Indexes are 1-based;
//! spans are byte offsets into the original file.

use crate::doc::{Document, GlossaryHit, Paragraph, QaFinding, Segment};
use crate::mt::engine::Stats;
use serde::Serialize;
use std::cell::RefCell;
use std::io::{self, Write};

#[derive(Serialize)]
struct JsonDocument<'a, P: Serialize, S: Serialize> {
    source: &'a str,
    source_lang: &'a str,
    target_lang: &'a str,
    backend: &'a str,
    paragraphs: P,
    stats: S,
}

/// The paragraphs, made into JSON one at a time as the serialiser writes them: nothing but the
/// current segment's fields is held besides the document.
struct Paragraphs<'a>(&'a [Paragraph]);

impl Serialize for Paragraphs<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(JsonParagraph::of))
    }
}

/// Paragraphs given by an iterator, made into JSON as it yields them and dropped after: the
/// document is never whole. Serialised once (the iterator is taken).
struct StreamedParagraphs<I>(RefCell<Option<I>>);

impl<I: Iterator<Item = Paragraph>> Serialize for StreamedParagraphs<I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(None)?;
        for p in self.0.borrow_mut().take().into_iter().flatten() {
            seq.serialize_element(&JsonParagraph::of(&p))?;
        }
        seq.end()
    }
}

/// Figures known only once the paragraphs are written: serialised after them, as `stats`
/// comes last in the document.
struct LateStats<F>(RefCell<Option<F>>);

impl<F: FnOnce() -> Stats> Serialize for LateStats<F> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let stats = self.0.borrow_mut().take().map(|f| f()).unwrap_or_default();
        stats.serialize(s)
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

impl JsonParagraph<'_> {
    fn of(p: &Paragraph) -> JsonParagraph<'_> {
        JsonParagraph {
            index: p.index,
            kind: p.kind.as_str(),
            start: p.span.start,
            end: p.span.end,
            segments: Segments(&p.segments),
        }
    }
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
    write_value(out, &value)
}

/// Writes the JSON document of the file `path` (languages `source_lang` -> `target_lang`)
/// whose paragraphs `paragraphs` yields, each written as it comes, then the `stats` known
/// at the end (counts the iterator kept as it went). The same text as [`write_json`] of the
/// whole document, in the memory of one paragraph.
pub fn write_json_streamed(
    out: impl Write,
    path: &str,
    (source_lang, target_lang): (&str, &str),
    backend: &str,
    paragraphs: impl Iterator<Item = Paragraph>,
    stats: impl FnOnce() -> Stats,
) -> io::Result<()> {
    let value = JsonDocument {
        source: path,
        source_lang,
        target_lang,
        backend,
        paragraphs: StreamedParagraphs(RefCell::new(Some(paragraphs))),
        stats: LateStats(RefCell::new(Some(stats))),
    };
    write_value(out, &value)
}

/// Pretty-printed, then a line break; writes buffered here.
fn write_value(out: impl Write, value: &impl Serialize) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(64 * 1024, out);
    serde_json::to_writer_pretty(&mut out, value).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The JSON text of `doc` (pretty-printed, one document); see [`write_json`] to stream it.
pub fn to_json(doc: &Document, backend: &str, stats: &Stats) -> String {
    let mut out = Vec::new();
    write_json(&mut out, doc, backend, stats).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}
