//! `translate segment FILE [--json]`: how a file is split, for checking the segmenter on an
//! article before paying for a translation.

use super::output;
use super::CliError;
use crate::mt::engine::Stats;
use std::io::Write;
use std::path::Path;

pub(super) fn run(file: &Path, json: bool) -> Result<u8, CliError> {
    let loaded =
        crate::pipeline::read_document(file).map_err(|e| CliError::input(e.to_string()))?;
    if let Some(notice) = &loaded.notice {
        output::notice(&format!("{}: {notice}", file.display()));
    }
    let doc = loaded.doc;
    // Both views stream: memory stays at the document's own, whatever the input's size.
    let written = if json {
        let stats = Stats {
            segments: doc.segments().count(),
            skipped: doc.segments().filter(|s| !s.kind.is_translatable()).count(),
            ..Stats::default()
        };
        crate::formats::json::write_json(std::io::stdout().lock(), &doc, "none", &stats)
    } else {
        write_listing(anstream::stdout().lock(), &doc)
    };
    match written {
        // `translate segment x | head` closes the pipe early; that is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(CliError::runtime(format!("cannot write output: {e}")))
        }
        _ => Ok(0),
    }
}

/// Paragraphs with their kind and span, segments with their ids, and the counts.
fn write_listing(out: impl Write, doc: &crate::doc::Document) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, out);
    let dim = anstyle::Style::new().dimmed();
    for par in &doc.paragraphs {
        writeln!(
            out,
            "¶{} {} {dim}[{}..{}]{dim:#}",
            par.index,
            par.kind.as_str(),
            par.span.start,
            par.span.end
        )?;
        for seg in &par.segments {
            let kind = if seg.kind.is_translatable() {
                String::new()
            } else {
                format!("({}) ", seg.kind.as_str())
            };
            writeln!(out, "  {:<6} {kind}{}", seg.id(), seg.text())?;
        }
    }
    let segments = doc.segments().count();
    writeln!(
        out,
        "{} paragraphs, {segments} segments, {} to translate",
        doc.paragraphs.len(),
        doc.segments().filter(|s| s.kind.is_translatable()).count()
    )?;
    out.flush()
}
