//! Finishing a review: opening a review file together with its article, the final English
//! article as plain text, and the approved pairs that go to the translation memory.

use super::{ReviewError, ReviewFile};
use crate::doc::{collapse_whitespace, Document, ParagraphKind, SegmentKind};
use std::path::{Path, PathBuf};

/// A review file read from disk, with the document it describes.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The review file's text as read.
    pub raw: String,
    /// The parsed review.
    pub review: ReviewFile,
    /// The document: exact spans when the article was found beside the review file unchanged,
    /// else rebuilt from the review's sources.
    pub doc: Document,
    /// The article, when found and unchanged.
    pub article: Option<PathBuf>,
    /// Where the review's header says the article is (beside the review file), found or not:
    /// what the document's record is keyed by.
    pub article_path: PathBuf,
    /// The article's text, when found and unchanged.
    article_text: Option<String>,
    /// The article beside the review file has changed since the review was written.
    pub stale: bool,
}

impl Opened {
    /// Derives origins and states from the English on disk against the machine output
    /// ([`super::record::reconcile`]) and rebuilds the document from them. Returns the
    /// (source, English) pairs people wrote.
    pub fn reconcile(
        &mut self,
        machine: &std::collections::HashMap<String, String>,
    ) -> Vec<(String, String)> {
        let human = super::record::reconcile(&mut self.review, machine);
        self.doc = self
            .review
            .to_document(&self.doc.path, self.article_text.as_deref());
        human
    }
}

/// Reads and parses the review file at `path`, and looks for its article beside it.
pub fn open(path: &Path) -> Result<Opened, ReviewError> {
    let name = path.display().to_string();
    use crate::text::encoding::{read_file, ReadError};
    let raw = read_file(path)
        .map_err(|e| {
            let (line, message) = match e {
                ReadError::Io { source, .. } => (0, format!("cannot read: {source}")),
                ReadError::Decode { source, .. } => (source.line(), source.to_string()),
            };
            ReviewError {
                path: name.clone(),
                line,
                message,
            }
        })?
        .text;
    let review = ReviewFile::parse(&name, &raw)?;
    let article_path = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join(&review.header.source),
        _ => PathBuf::from(&review.header.source),
    };
    let article = Some(article_path.clone()).filter(|p| crate::fs::is_regular_file(p));
    let text = article
        .as_deref()
        .and_then(|p| read_file(p).ok())
        .map(|d| d.text);
    // The article the review was written from, unchanged: the review must be all of it.
    let same = text
        .as_deref()
        .filter(|t| crate::doc::sha256_hex(t) == review.header.sha256);
    if let Some(t) = same {
        review.check_covers(&name, t)?;
    }
    let stale = text.is_some() && same.is_none();
    let doc_path = article
        .as_deref()
        .map_or_else(|| review.header.source.clone(), |p| p.display().to_string());
    let doc = review.to_document(&doc_path, text.as_deref());
    let exact = text.as_ref().is_some_and(|t| *t == doc.text);
    Ok(Opened {
        raw,
        review,
        doc,
        article: article.filter(|_| exact),
        article_path,
        article_text: text.filter(|_| exact),
        stale,
    })
}

/// The final English article: each paragraph's targets joined by spaces, paragraphs separated
/// as in the source (a blank line, or a line break in one-paragraph-per-line files). Boilerplate
/// and bylines are left out unless `keep_boilerplate` (then their source is kept). Segments
/// without a target keep their source; their ids are returned so the caller can say so.
pub fn to_text(doc: &Document, keep_boilerplate: bool) -> (String, Vec<String>) {
    let mut out = String::with_capacity(doc.text.len() + doc.text.len() / 5);
    let mut untranslated = Vec::new();
    // Scraped articles hold one paragraph per line; others separate them by blank lines.
    let blank_lines = doc.paragraphs.windows(2).any(|w| {
        doc.text
            .get(w[0].span.end..w[1].span.start)
            .is_some_and(|gap| gap.matches('\n').count() >= 2)
    }) || doc.paragraphs.len() < 2;
    let separator = if blank_lines { "\n\n" } else { "\n" };
    for par in &doc.paragraphs {
        let skip_par = matches!(par.kind, ParagraphKind::Boilerplate | ParagraphKind::Byline);
        if skip_par && !keep_boilerplate {
            continue;
        }
        let mut line = String::new();
        for seg in &par.segments {
            let text = match seg.kind {
                SegmentKind::Boilerplate | SegmentKind::Byline if !keep_boilerplate => continue,
                SegmentKind::Boilerplate | SegmentKind::Byline => seg.text(),
                _ => match seg.target.as_deref().filter(|t| !t.trim().is_empty()) {
                    Some(t) => collapse_whitespace(t),
                    None => {
                        if seg.kind == SegmentKind::Text {
                            untranslated.push(seg.id());
                        }
                        seg.text()
                    }
                },
            };
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&text);
        }
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str(separator);
        }
        out.push_str(&line);
    }
    out.push('\n');
    (out, untranslated)
}

/// What an XLIFF import changed in a review.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Segments whose English changed.
    pub changed: usize,
    /// Segments whose state changed (approved, reviewed) with the same English.
    pub restated: usize,
    /// Segments in the XLIFF file whose English was already in the review.
    pub unchanged: usize,
}

/// Carries the targets and states of an XLIFF file (edited in a CAT tool) into `review`. Every
/// translatable segment must exist in the review with the same source; otherwise nothing is
/// changed and the error names the XLIFF line.
pub fn import_xliff(
    review: &mut ReviewFile,
    name: &str,
    segments: &[crate::formats::xliff::XliffSegment],
) -> Result<ImportReport, ReviewError> {
    use crate::doc::{Origin, SegmentState};
    let err = |line: usize, message: String| ReviewError {
        path: name.to_string(),
        line,
        message,
    };
    // Check everything first: a partial import would leave the review half from each side.
    let mut updates = Vec::new();
    for x in segments.iter().filter(|x| x.translate) {
        let Some(seg) = review.segment(&x.id) else {
            return Err(err(
                x.line,
                format!(
                    "segment {} is not in the review file: the XLIFF was made from another version of the article",
                    x.id
                ),
            ));
        };
        if collapse_whitespace(&x.source) != seg.source {
            return Err(err(
                x.line,
                format!(
                    "the source of segment {} differs from the review file's: the XLIFF was made from another version of the article (re-export it)",
                    x.id
                ),
            ));
        }
        updates.push((
            x.id.clone(),
            x.target.as_deref().map(super::normalise_target),
            x.state,
        ));
    }
    let mut report = ImportReport::default();
    for par in &mut review.paragraphs {
        for seg in &mut par.segments {
            let Some((_, target, state)) = updates.iter().find(|(id, ..)| *id == seg.id()) else {
                continue;
            };
            let target = target.clone().filter(|t| !t.is_empty());
            let same = target.as_deref().map(super::normalise_target)
                == seg.target.as_deref().map(super::normalise_target);
            if !same {
                seg.target = target;
                seg.origin = Origin::Human;
                seg.state = match state {
                    SegmentState::Approved => SegmentState::Approved,
                    _ => SegmentState::Edited,
                };
                report.changed += 1;
            } else if matches!(state, SegmentState::Edited | SegmentState::Approved)
                && seg.state != *state
            {
                seg.state = *state;
                report.restated += 1;
            } else {
                report.unchanged += 1;
            }
        }
    }
    Ok(report)
}
