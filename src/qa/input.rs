//! Reading bilingual files for `translate qa`: review files (`*.review.md`), two-column TSV
//! (source TAB target; the segment id is the 1-based line number), TMX and XLIFF (1.2 and 2.x).
//! A file that cannot be read names the file and line and what is wrong.

use crate::doc::{Document, Origin, Paragraph, ParagraphKind, Segment, SegmentKind, SegmentState};
use std::path::Path;

/// One source/target pair to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The segment id shown in findings.
    pub id: String,
    /// Indonesian source.
    pub source: String,
    /// English target (empty when untranslated).
    pub target: String,
    /// What the segment is; only `text` segments are checked.
    pub kind: SegmentKind,
}

impl Unit {
    /// A text unit.
    pub fn new(
        id: impl Into<String>,
        source: impl Into<String>,
        target: impl Into<String>,
    ) -> Unit {
        Unit {
            id: id.into(),
            source: source.into(),
            target: target.into(),
            kind: SegmentKind::Text,
        }
    }
}

/// Why a file cannot be checked.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// Missing or unreadable.
    #[error("cannot read {path}: {message}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        message: String,
    },
    /// Malformed content.
    #[error("{path}:{line}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// The kinds of bilingual file `qa` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `*.review.md`.
    Review,
    /// Source TAB target.
    Tsv,
    /// TMX 1.4.
    Tmx,
    /// XLIFF 1.2 or 2.x.
    Xliff,
}

/// Which kind `path` is, by its name, else by its first bytes.
pub fn kind_of(path: &Path, text: &str) -> Kind {
    let name = path.to_string_lossy().to_lowercase();
    if name.ends_with(".md") || text.starts_with("<!-- terjemah:review") {
        Kind::Review
    } else if name.ends_with(".tmx") {
        Kind::Tmx
    } else if name.ends_with(".xlf") || name.ends_with(".xliff") || name.ends_with(".xlif") {
        Kind::Xliff
    } else if text.trim_start().starts_with("<?xml") || text.trim_start().starts_with('<') {
        if text.contains("<tmx") {
            Kind::Tmx
        } else {
            Kind::Xliff
        }
    } else {
        Kind::Tsv
    }
}

/// Reads and parses `path`.
pub fn read(path: &Path) -> Result<Vec<Unit>, InputError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| InputError::Read {
        path: name.clone(),
        message: e.to_string(),
    })?;
    let decoded = crate::text::encoding::decode(&bytes).map_err(|e| InputError::Read {
        path: name.clone(),
        message: e.to_string(),
    })?;
    parse(&name, kind_of(path, &decoded.text), &decoded.text)
}

/// Parses `text` as `kind`; `name` is used in messages.
pub fn parse(name: &str, kind: Kind, text: &str) -> Result<Vec<Unit>, InputError> {
    let units = match kind {
        Kind::Review => parse_review(name, text)?,
        Kind::Tsv => parse_tsv(name, text)?,
        Kind::Tmx => super::xml::parse_tmx(name, text)?,
        Kind::Xliff => crate::formats::xliff::from_xliff(name, text)?
            .into_iter()
            .map(|s| Unit {
                id: s.id,
                source: s.source,
                target: s.target.unwrap_or_default(),
                kind: s.kind,
            })
            .collect(),
    };
    if units.is_empty() {
        return Err(InputError::Invalid {
            path: name.to_string(),
            line: 1,
            message: "no segments found: expected source and target pairs".into(),
        });
    }
    Ok(units)
}

fn invalid(name: &str, line: usize, message: impl Into<String>) -> InputError {
    InputError::Invalid {
        path: name.to_string(),
        line,
        message: message.into(),
    }
}

/// Two columns, source TAB target, optionally a third with a score (as `translate align
/// --format tsv` writes); blank lines are skipped, and the id is the line number.
pub fn parse_tsv(name: &str, text: &str) -> Result<Vec<Unit>, InputError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let scored = cols.len() == 3 && cols[2].trim().parse::<f64>().is_ok();
        if cols.len() != 2 && !scored {
            return Err(invalid(
                name,
                i + 1,
                format!(
                    "expected 2 tab-separated columns (source, target), found {}",
                    cols.len()
                ),
            ));
        }
        out.push(Unit::new((i + 1).to_string(), cols[0], cols[1]));
    }
    Ok(out)
}

/// Removes the escape [`crate::review::escape_target_line`] adds.
fn unescape_target_line(line: &str) -> String {
    if let Some(rest) = line.strip_prefix('\\') {
        if rest.starts_with(['>', '#', '<', '-', '+', '*', '=', '|', '`', '~', '_', '\\']) {
            return rest.to_string();
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && (line[digits..].starts_with("\\.") || line[digits..].starts_with("\\)")) {
        return format!("{}{}", &line[..digits], &line[digits + 1..]);
    }
    line.to_string()
}

fn kind_named(name: &str) -> Option<SegmentKind> {
    Some(match name {
        "text" => SegmentKind::Text,
        "dateline" => SegmentKind::Dateline,
        "byline" => SegmentKind::Byline,
        "boilerplate" => SegmentKind::Boilerplate,
        _ => return None,
    })
}

/// The review file written by [`crate::review::write_review`], after a translator's edits.
pub fn parse_review(name: &str, text: &str) -> Result<Vec<Unit>, InputError> {
    let mut out: Vec<Unit> = Vec::new();
    // Where we are inside the current segment.
    #[derive(PartialEq)]
    enum At {
        Preamble,
        Marker,
        Source,
        Target,
        Notes,
    }
    let mut at = At::Preamble;
    let mut target_lines: Vec<String> = Vec::new();
    let flush = |out: &mut Vec<Unit>, lines: &mut Vec<String>| {
        if lines.is_empty() {
            return;
        }
        if let Some(u) = out.last_mut() {
            u.target = lines.join("\n");
        }
        lines.clear();
    };
    let mut first = true;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if first {
            first = false;
            if !line.starts_with("<!-- terjemah:review v") {
                return Err(invalid(
                    name,
                    n,
                    "not a review file: the first line should be the `<!-- terjemah:review v1 ... -->` header",
                ));
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("<!-- seg ") {
            flush(&mut out, &mut target_lines);
            let body = rest
                .strip_suffix(" -->")
                .ok_or_else(|| invalid(name, n, "segment marker not closed with ` -->`"))?;
            let mut parts = body.split_whitespace();
            let id = parts
                .next()
                .filter(|id| {
                    id.split_once('.').is_some_and(|(p, s)| {
                        p.parse::<usize>().is_ok() && s.parse::<usize>().is_ok()
                    })
                })
                .ok_or_else(|| invalid(name, n, "segment marker without an id like `2.1`"))?;
            if out.iter().any(|u| u.id == id) {
                return Err(invalid(name, n, format!("segment {id} appears twice")));
            }
            let mut kind = SegmentKind::Text;
            for p in parts {
                if let Some(k) = p.strip_prefix("kind=") {
                    kind = kind_named(k)
                        .ok_or_else(|| invalid(name, n, format!("unknown segment kind `{k}`")))?;
                }
            }
            out.push(Unit {
                id: id.to_string(),
                source: String::new(),
                target: String::new(),
                kind,
            });
            at = At::Marker;
            continue;
        }
        if line.starts_with("## ¶") {
            flush(&mut out, &mut target_lines);
            at = At::Preamble;
            continue;
        }
        match at {
            At::Preamble => {}
            At::Marker => {
                let src = line
                    .strip_prefix("> ")
                    .or(line.strip_prefix('>'))
                    .ok_or_else(|| {
                        invalid(
                            name,
                            n,
                            "expected the `> ` source line right after the segment marker",
                        )
                    })?;
                if let Some(u) = out.last_mut() {
                    u.source = src.to_string();
                }
                at = At::Source;
            }
            At::Source | At::Target | At::Notes => {
                if line.starts_with("<!-- note ") || line == "<!-- empty -->" {
                    at = At::Notes;
                } else if line.starts_with("<!--") {
                    return Err(invalid(
                        name,
                        n,
                        "unknown comment line (expected a note, `<!-- empty -->` or a segment marker)",
                    ));
                } else if line.trim().is_empty() {
                    if at == At::Target {
                        // A blank line inside the target keeps paragraph breaks a translator made.
                        target_lines.push(String::new());
                    }
                } else if at == At::Source && line.starts_with('>') {
                    // A source line the writer wrapped.
                    if let Some(u) = out.last_mut() {
                        u.source.push(' ');
                        u.source.push_str(line.trim_start_matches('>').trim_start());
                    }
                } else {
                    at = At::Target;
                    target_lines.push(unescape_target_line(line));
                }
            }
        }
    }
    flush(&mut out, &mut target_lines);
    for u in &mut out {
        let trimmed = u.target.trim_end_matches('\n').to_string();
        u.target = trimmed;
    }
    Ok(out)
}

/// A document holding `units`, one paragraph each, so the glossary can annotate them and the
/// segment-level checks run unchanged.
pub fn to_document(units: &[Unit]) -> Document {
    let mut text = String::new();
    let mut paragraphs = Vec::new();
    for (i, u) in units.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&u.source);
        let span = start..text.len();
        let target = (!u.target.trim().is_empty()).then(|| u.target.clone());
        paragraphs.push(Paragraph {
            index: i + 1,
            kind: ParagraphKind::Body,
            span: span.clone(),
            segments: vec![Segment {
                state: if target.is_some() {
                    SegmentState::Edited
                } else {
                    SegmentState::New
                },
                target,
                origin: Origin::Human,
                ..Segment::new(i + 1, 1, u.kind, span, &text)
            }],
        });
    }
    Document {
        path: String::new(),
        text,
        source_lang: "id".into(),
        target_lang: "en".into(),
        paragraphs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_lines() {
        let u = parse_tsv("a.tsv", "Satu\tOne\n\nDua\tTwo\n").unwrap();
        assert_eq!(u[1].id, "3");
        let e = parse_tsv("a.tsv", "Satu\tOne\nDua Two\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.tsv:2: expected 2 tab-separated columns (source, target), found 1"
        );
    }

    #[test]
    fn unescapes() {
        assert_eq!(unescape_target_line("\\# x"), "# x");
        assert_eq!(unescape_target_line("1\\. first"), "1. first");
        assert_eq!(unescape_target_line("plain \\ text"), "plain \\ text");
    }
}
