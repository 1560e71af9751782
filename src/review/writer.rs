//! Writes the review file. Every line is one of: the header comment, the fixed instructions,
//! a paragraph heading (`## ¶N`), a segment marker (`<!-- seg ... -->`), a source line (`> `),
//! a target line, a note (`<!-- note ... -->`), or blank; the parser of the review loop relies
//! on exactly this shape.

use crate::doc::{Document, ParagraphKind, Segment, SegmentKind};
use std::fmt::Write;

/// The review-file format version written in the header.
pub const FORMAT_VERSION: u32 = 1;

/// The review file for `doc`, translated by `backend`.
pub fn write_review(doc: &Document, backend: &str) -> String {
    let mut out = String::with_capacity(doc.text.len() * 3);
    let source_name = std::path::Path::new(&doc.path)
        .file_name()
        .map_or_else(|| doc.path.clone(), |n| n.to_string_lossy().into_owned());
    let _ = writeln!(
        out,
        "<!-- terjemah:review v{FORMAT_VERSION} source=\"{}\" sha256=\"{}\" from=\"{}\" to=\"{}\" backend=\"{}\" -->",
        attr(&source_name),
        doc.source_hash(),
        attr(&doc.source_lang),
        attr(&doc.target_lang),
        attr(backend)
    );
    out.push('\n');
    let _ = writeln!(out, "# Review: {}", inline(&source_name));
    out.push('\n');
    out.push_str(
        "Edit the English paragraphs only. Lines starting with `>` are the Indonesian source; \
         `<!-- ... -->` lines are markers and notes that the tool rewrites.\n",
    );
    for par in &doc.paragraphs {
        out.push('\n');
        let _ = write!(out, "## ¶{}", par.index);
        match par.kind {
            ParagraphKind::Body => {}
            ParagraphKind::Boilerplate | ParagraphKind::Byline => {
                let _ = write!(out, " · {} (not translated)", par.kind.as_str());
            }
            other => {
                let _ = write!(out, " · {}", other.as_str());
            }
        }
        out.push('\n');
        for seg in &par.segments {
            out.push('\n');
            write_segment(&mut out, seg);
        }
    }
    out
}

fn write_segment(out: &mut String, seg: &Segment) {
    let _ = writeln!(
        out,
        "<!-- seg {} span={}..{} kind={} origin={} state={} -->",
        seg.id(),
        seg.span.start,
        seg.span.end,
        seg.kind.as_str(),
        seg.origin.label(),
        state_name(seg)
    );
    let _ = writeln!(out, "> {}", seg.text());
    if let Some(target) = seg.target.as_deref().filter(|t| !t.trim().is_empty()) {
        out.push('\n');
        for line in target.lines() {
            out.push_str(&escape_target_line(line));
            out.push('\n');
        }
    } else if seg.kind == SegmentKind::Text {
        // An empty paragraph cannot exist in Markdown; the marker says the target is empty.
        out.push('\n');
        out.push_str("<!-- empty -->\n");
    }
    let notes = notes(seg);
    if !notes.is_empty() {
        out.push('\n');
        for note in notes {
            let _ = writeln!(out, "<!-- note {} {} -->", seg.id(), comment_safe(&note));
        }
    }
}

fn state_name(seg: &Segment) -> &'static str {
    match seg.state {
        crate::doc::SegmentState::New => "new",
        crate::doc::SegmentState::Machine => "machine",
        crate::doc::SegmentState::Edited => "edited",
        crate::doc::SegmentState::Approved => "approved",
    }
}

/// The reviewer-facing notes of a segment: glossary hits, the target before the source
/// changed, translation-memory matches and QA findings.
fn notes(seg: &Segment) -> Vec<String> {
    let mut out = Vec::new();
    if !seg.glossary.is_empty() {
        let hits: Vec<String> = seg
            .glossary
            .iter()
            .map(|h| format!("{} → {} ({})", h.matched, h.target, h.origin))
            .collect();
        out.push(format!("glossary: {}", hits.join("; ")));
    }
    if let Some(previous) = &seg.previous {
        out.push(format!("previous target (source changed): {previous}"));
    }
    for m in &seg.memory {
        out.push(format!(
            "memory {}% ({}): {} ⇒ {}",
            m.score, m.document, m.source, m.target
        ));
    }
    for f in &seg.qa {
        out.push(format!(
            "qa {} {}: {}",
            match f.severity {
                crate::doc::Severity::Error => "error",
                crate::doc::Severity::Warning => "warning",
                crate::doc::Severity::Info => "info",
            },
            f.check,
            f.message
        ));
    }
    out
}

/// Escapes what would change a target line's Markdown block meaning: a leading `>`, `#`, `<`,
/// list markers, `=`/`-` underlines, indentation (a code block). The parser removes one
/// backslash before these.
pub fn escape_target_line(line: &str) -> String {
    let line = line.trim_start();
    let first = line.chars().next();
    let needs = match first {
        Some('>' | '#' | '<' | '-' | '+' | '*' | '=' | '|' | '`' | '~' | '_' | '\\') => true,
        Some(c) if c.is_ascii_digit() => {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            matches!(line.as_bytes().get(digits), Some(b'.') | Some(b')'))
        }
        _ => false,
    };
    if !needs {
        return line.to_string();
    }
    if first.is_some_and(|c| c.is_ascii_digit()) {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        format!("{}\\{}", &line[..digits], &line[digits..])
    } else {
        format!("\\{line}")
    }
}

/// A value inside a double-quoted header attribute.
fn attr(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace("--", "-\\-")
}

/// Text inside an HTML comment must not close it.
fn comment_safe(s: &str) -> String {
    s.replace("-->", "-\\->").replace('\n', " ")
}

/// A file name in a heading: no line breaks.
fn inline(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_block_markers() {
        assert_eq!(escape_target_line("> quoted"), "\\> quoted");
        assert_eq!(escape_target_line("1. first"), "1\\. first");
        assert_eq!(escape_target_line("2022 was"), "2022 was");
        assert_eq!(escape_target_line("<!-- x"), "\\<!-- x");
        assert_eq!(escape_target_line("Plain"), "Plain");
    }

    #[test]
    fn seed_review_shape() {
        let text = std::fs::read_to_string("examples/tribunnews-2022-12-03-rusia-belarus.txt")
            .expect("seed");
        let mut doc = crate::segment::segment("examples/seed.txt", text);
        doc.paragraphs[1].segments[0].target = Some("# Emphasis --> was given.".into());
        let review = write_review(&doc, "offline");
        assert!(review.starts_with("<!-- terjemah:review v1 source=\"seed.txt\""));
        assert!(review.contains("\n## ¶7 · boilerplate (not translated)\n"));
        assert!(review.contains(
            "<!-- seg 1.1 span=0..23 kind=dateline origin=none state=new -->\n> TRIBUNNEWS.COM, MINSK -\n"
        ));
        assert!(review.contains("\n\\# Emphasis --> was given.\n"));
        // Every segment has exactly one marker.
        assert_eq!(review.matches("<!-- seg ").count(), doc.segments().count());
    }
}
