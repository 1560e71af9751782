//! `translate segment FILE [--json]`: how a file is split, for checking the segmenter on an
//! article before paying for a translation.

use super::output;
use super::CliError;
use crate::doc::Paragraph;
use crate::mt::engine::Stats;
use crate::segment::Paragraphs;
use std::cell::Cell;
use std::io::Write;
use std::path::Path;

pub(super) fn run(file: &Path, json: bool) -> Result<u8, CliError> {
    let (text, notice) =
        crate::pipeline::read_text(file).map_err(|e| CliError::input(e.to_string()))?;
    if let Some(notice) = &notice {
        output::notice(&format!("{}: {notice}", file.display()));
    }
    // Both views segment a paragraph at a time and write it at once: memory stays at the
    // text and one paragraph, whatever the input's size.
    let segments = Cell::new(0);
    let skipped = Cell::new(0);
    let paragraphs = Paragraphs::new(&text).inspect(|p| {
        segments.set(segments.get() + p.segments.len());
        skipped.set(
            skipped.get()
                + p.segments
                    .iter()
                    .filter(|s| !s.kind.is_translatable())
                    .count(),
        );
    });
    let written = if json {
        crate::formats::json::write_json_streamed(
            std::io::stdout().lock(),
            &file.display().to_string(),
            ("id", "en"),
            "none",
            paragraphs,
            || Stats {
                segments: segments.get(),
                skipped: skipped.get(),
                ..Stats::default()
            },
        )
    } else {
        write_listing(anstream::stdout().lock(), paragraphs)
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
fn write_listing(
    out: impl Write,
    paragraphs: impl Iterator<Item = Paragraph>,
) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, out);
    let dim = anstyle::Style::new().dimmed();
    let (mut count, mut segments, mut translatable) = (0, 0, 0);
    for par in paragraphs {
        count += 1;
        writeln!(
            out,
            "¶{} {} {dim}[{}..{}]{dim:#}",
            par.index,
            par.kind.as_str(),
            par.span.start,
            par.span.end
        )?;
        for seg in &par.segments {
            segments += 1;
            let kind = if seg.kind.is_translatable() {
                translatable += 1;
                String::new()
            } else {
                format!("({}) ", seg.kind.as_str())
            };
            writeln!(out, "  {:<6} {kind}{}", seg.id(), seg.text())?;
        }
    }
    writeln!(
        out,
        "{count} paragraphs, {segments} segments, {translatable} to translate"
    )?;
    out.flush()
}
