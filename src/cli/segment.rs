//! `translate segment FILE [--json]`: how a file is split, for checking the segmenter on an
//! article before paying for a translation.

use super::output;
use super::CliError;
use crate::mt::engine::Stats;
use std::fmt::Write;
use std::path::Path;

pub(super) fn run(file: &Path, json: bool) -> Result<u8, CliError> {
    let loaded =
        crate::pipeline::read_document(file).map_err(|e| CliError::input(e.to_string()))?;
    if let Some(notice) = &loaded.notice {
        output::notice(&format!("{}: {notice}", file.display()));
    }
    let doc = loaded.doc;
    if json {
        let stats = Stats {
            segments: doc.segments().count(),
            skipped: doc.segments().filter(|s| !s.kind.is_translatable()).count(),
            ..Stats::default()
        };
        return output::print(&crate::formats::json::to_json(&doc, "none", &stats)).map(|_| 0);
    }
    let dim = anstyle::Style::new().dimmed();
    let mut out = String::new();
    for par in &doc.paragraphs {
        let _ = writeln!(
            out,
            "¶{} {} {dim}[{}..{}]{dim:#}",
            par.index,
            par.kind.as_str(),
            par.span.start,
            par.span.end
        );
        for seg in &par.segments {
            let kind = if seg.kind.is_translatable() {
                String::new()
            } else {
                format!("({}) ", seg.kind.as_str())
            };
            let _ = writeln!(out, "  {:<6} {kind}{}", seg.id(), seg.text());
        }
    }
    let segments = doc.segments().count();
    let _ = writeln!(
        out,
        "{} paragraphs, {segments} segments, {} to translate",
        doc.paragraphs.len(),
        doc.segments().filter(|s| s.kind.is_translatable()).count()
    );
    output::print(&out).map(|_| 0)
}
