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

/// Why a file cannot be checked: the readers' error, shared with [`crate::formats`].
pub use crate::formats::InputError;

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
    let decoded = crate::text::encoding::read_file(path).map_err(|e| {
        let message = match e {
            crate::text::encoding::ReadError::Io { source, .. } => source.to_string(),
            crate::text::encoding::ReadError::Decode { source, .. } => source.to_string(),
        };
        InputError::Read {
            path: name.clone(),
            message,
        }
    })?;
    parse(&name, kind_of(path, &decoded.text), &decoded.text)
}

/// Parses `text` as `kind`; `name` is used in messages.
pub fn parse(name: &str, kind: Kind, text: &str) -> Result<Vec<Unit>, InputError> {
    let units = match kind {
        Kind::Review => parse_review(name, text)?,
        Kind::Tsv => parse_tsv(name, text)?,
        Kind::Tmx => parse_tmx(name, text)?,
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

/// TMX: each `<tu>`'s source-language and English `<tuv>`, read with the one TMX reader
/// ([`crate::formats::tmx`]). The id is `tuid`, else the unit's number. The source language is
/// the header's (a unit's own when the header says `*all*`, else Indonesian); the target is
/// the English variant, else the first in another language.
fn parse_tmx(name: &str, text: &str) -> Result<Vec<Unit>, InputError> {
    use crate::store::memory::base_lang;
    let tmx = crate::formats::tmx::read_tmx(name, text).map_err(|e| InputError::Invalid {
        path: e.path,
        line: e.line,
        message: e.message,
    })?;
    let mut out = Vec::new();
    for (n, unit) in tmx.units.iter().enumerate() {
        let src = base_lang(unit.source_lang(&tmx.srclang, "id"));
        let id = unit.tuid.clone().unwrap_or_else(|| (n + 1).to_string());
        let source = unit
            .variants
            .iter()
            .find(|v| base_lang(&v.lang) == src)
            .unwrap_or(&unit.variants[0]); // the reader refuses a unit without variants
        let target = unit
            .variants
            .iter()
            .find(|v| base_lang(&v.lang) == "en" && src != "en")
            .or_else(|| unit.variants.iter().find(|v| base_lang(&v.lang) != src));
        out.push(Unit::new(
            id,
            source.text.clone(),
            target.map(|t| t.text.clone()).unwrap_or_default(),
        ));
    }
    Ok(out)
}

/// The review file written by [`crate::review::write_review`], after a translator's edits.
pub fn parse_review(name: &str, text: &str) -> Result<Vec<Unit>, InputError> {
    let review = crate::review::ReviewFile::parse(name, text).map_err(|e| InputError::Invalid {
        path: e.path,
        line: e.line,
        message: e.message,
    })?;
    Ok(review
        .segments()
        .map(|s| Unit {
            id: s.id(),
            source: s.source.clone(),
            target: s.target.clone().unwrap_or_default(),
            kind: s.kind,
        })
        .collect())
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
    fn tmx_units() {
        let tmx = r#"<?xml version="1.0"?>
<tmx version="1.4"><header srclang="id" segtype="sentence" datatype="plaintext" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/>
<body>
<tu tuid="7"><tuv xml:lang="id"><seg>Sebanyak 9.000 &amp; tentara</seg></tuv><tuv xml:lang="en-GB"><seg>As many as <ph>&lt;b&gt;</ph>9,000 troops</seg></tuv></tu>
</body></tmx>"#;
        let u = parse_tmx("a.tmx", tmx).unwrap();
        assert_eq!(
            u,
            [Unit::new(
                "7",
                "Sebanyak 9.000 & tentara",
                "As many as 9,000 troops"
            )]
        );
    }
}
