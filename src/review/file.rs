//! The review file as data: [`ReviewFile`] is what a `*.review.md` holds, line for line, and
//! the one place that both renders it ([`ReviewFile::render`]) and parses it back
//! ([`ReviewFile::parse`]).
//!
//! Round trip: `ReviewFile::parse(r.render()) == r` for every review, so a file the tool wrote
//! is rewritten byte for byte. Against the document model, a review keeps what a file owns
//! (segment spans and kinds, targets, origins, states, the previous target); glossary hits, QA
//! findings and memory matches are notes the writer regenerates, and the machine output is kept
//! in the state folder, not in the file.
//!
//! Editing tolerance: a translator may wrap a target over several lines, add blank lines or
//! trailing spaces, save with CRLF endings, or type into an `<!-- empty -->` segment; all of it
//! parses back. The line breaks a translator typed inside a target are kept (a rewritten file
//! shows them as typed); comparisons, exports and the memory read the target joined by single
//! spaces ([`normalise_target`]), as Markdown renders it. Damaging the structure (a marker's id
//! deleted or duplicated, a segment or paragraph missing, text outside a segment) is an error
//! naming the line and what to fix, and nothing is rewritten.

use crate::doc::{
    collapse_whitespace, sha256_hex, Document, Origin, Paragraph, ParagraphKind, Segment,
    SegmentKind, SegmentState,
};
use std::fmt::Write;
use std::ops::Range;

/// The review-file format version written in the header.
pub const FORMAT_VERSION: u32 = 1;

/// The instruction line under the title; fixed, so it is regenerated rather than stored.
const INSTRUCTIONS: &str = "Edit the English paragraphs only. Lines starting with `>` are the \
     Indonesian source; `<!-- ... -->` lines are markers and notes that the tool rewrites.";

/// The note that carries [`Segment::previous`]; parsed back so the old target survives runs.
const PREVIOUS_NOTE: &str = "previous target (source changed): ";

/// Why a review file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}{}: {message}", if *line > 0 { format!(":{line}") } else { String::new() })]
pub struct ReviewError {
    /// The file.
    pub path: String,
    /// 1-based line (0 when the file could not be read at all).
    pub line: usize,
    /// What is wrong and what to do about it.
    pub message: String,
}

/// The header line: which article, which languages, which backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The article's file name.
    pub source: String,
    /// SHA-256 of the article's text when the file was written.
    pub sha256: String,
    /// Source language.
    pub from: String,
    /// Target language.
    pub to: String,
    /// The backend that translated it.
    pub backend: String,
}

/// One segment as the file holds it.
#[derive(Debug, Clone, Eq)]
pub struct ReviewSegment {
    /// 1-based paragraph index.
    pub paragraph: usize,
    /// 1-based index in the paragraph.
    pub index: usize,
    /// Byte span in the article.
    pub span: Range<usize>,
    /// What the segment is.
    pub kind: SegmentKind,
    /// Where the target came from, as written in the marker.
    pub origin: Origin,
    /// Review state, as written in the marker.
    pub state: SegmentState,
    /// The source as shown (wrapped lines joined).
    pub source: String,
    /// The English, with the line breaks the translator typed (each line trimmed, no blank
    /// lines at either end); `None` when empty.
    pub target: Option<String>,
    /// Note lines, after `<!-- note `: the segment id, a space, the text (comment-safe).
    pub notes: Vec<String>,
    /// The 1-based line of the segment's marker (0 for reviews built in memory); not rendered
    /// and not compared.
    pub line: usize,
}

/// `line` is where a segment was read, not what it is: it is not compared.
impl PartialEq for ReviewSegment {
    fn eq(&self, o: &Self) -> bool {
        (
            self.paragraph,
            self.index,
            &self.span,
            self.kind,
            &self.origin,
            self.state,
        ) == (o.paragraph, o.index, &o.span, o.kind, &o.origin, o.state)
            && (&self.source, &self.target, &self.notes) == (&o.source, &o.target, &o.notes)
    }
}

impl ReviewSegment {
    /// The id `"<paragraph>.<index>"`.
    pub fn id(&self) -> String {
        format!("{}.{}", self.paragraph, self.index)
    }

    /// The target before the source changed, from its note.
    pub fn previous(&self) -> Option<String> {
        let prefix = format!("{} {PREVIOUS_NOTE}", self.id());
        self.notes
            .iter()
            .find_map(|n| n.strip_prefix(&prefix))
            .map(uncomment)
    }
}

/// One paragraph section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewParagraph {
    /// 1-based index.
    pub index: usize,
    /// What the paragraph is.
    pub kind: ParagraphKind,
    /// Its segments, in order.
    pub segments: Vec<ReviewSegment>,
}

/// A whole review file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewFile {
    /// The header line.
    pub header: Header,
    /// The paragraph sections.
    pub paragraphs: Vec<ReviewParagraph>,
}

impl ReviewFile {
    /// The review of `doc` translated by `backend`.
    pub fn from_doc(doc: &Document, backend: &str) -> ReviewFile {
        let source = std::path::Path::new(&doc.path)
            .file_name()
            .map_or_else(|| doc.path.clone(), |n| n.to_string_lossy().into_owned());
        ReviewFile {
            header: Header {
                source,
                sha256: doc.source_hash(),
                from: doc.source_lang.clone(),
                to: doc.target_lang.clone(),
                backend: backend.to_string(),
            },
            paragraphs: doc
                .paragraphs
                .iter()
                .map(|par| ReviewParagraph {
                    index: par.index,
                    kind: par.kind,
                    segments: par.segments.iter().map(review_segment).collect(),
                })
                .collect(),
        }
    }

    /// All segments in order.
    pub fn segments(&self) -> impl Iterator<Item = &ReviewSegment> {
        self.paragraphs.iter().flat_map(|p| p.segments.iter())
    }

    /// The segment with id `id`.
    pub fn segment(&self, id: &str) -> Option<&ReviewSegment> {
        self.segments().find(|s| s.id() == id)
    }

    /// The document this review describes. With the article's text (`article`, when its hash
    /// matches the header), spans index into it exactly; without it, the text is rebuilt from
    /// the shown sources (paragraphs separated by blank lines) and spans index into that.
    pub fn to_document(&self, path: &str, article: Option<&str>) -> Document {
        let exact =
            article.filter(|text| sha256_hex(text) == self.header.sha256 && self.spans_fit(text));
        let mut text = String::new();
        let mut paragraphs = Vec::with_capacity(self.paragraphs.len());
        for par in &self.paragraphs {
            let mut segments = Vec::with_capacity(par.segments.len());
            for (i, rs) in par.segments.iter().enumerate() {
                let span = match exact {
                    Some(_) => rs.span.clone(),
                    None => {
                        if !text.is_empty() {
                            text.push_str(if i == 0 { "\n\n" } else { " " });
                        }
                        let start = text.len();
                        text.push_str(&rs.source);
                        start..text.len()
                    }
                };
                let body = exact.unwrap_or(&text);
                let mut seg = Segment::new(rs.paragraph, rs.index, rs.kind, span, body);
                seg.target = rs.target.clone();
                seg.origin = rs.origin.clone();
                seg.state = rs.state;
                seg.previous = rs.previous();
                segments.push(seg);
            }
            let span = match (segments.first(), segments.last()) {
                (Some(a), Some(b)) => a.span.start..b.span.end,
                _ => 0..0,
            };
            paragraphs.push(Paragraph {
                index: par.index,
                kind: par.kind,
                span,
                segments,
            });
        }
        Document {
            path: path.to_string(),
            text: exact.map_or(text, str::to_string),
            source_lang: self.header.from.clone(),
            target_lang: self.header.to.clone(),
            paragraphs,
        }
    }

    /// Checks that this review is the whole of `text` (the article it was written from, same
    /// hash): every segment's span holds its shown source, in order, and only whitespace lies
    /// between segments and around them. A file cut short, a section pasted twice or a
    /// segment deleted by hand is an error naming the segments and the line, so such a file is
    /// never exported as a partial article or stored in the memory.
    pub fn check_covers(&self, path: &str, text: &str) -> Result<(), ReviewError> {
        let err = |line: usize, message: String| ReviewError {
            path: path.to_string(),
            line,
            message,
        };
        let mut end = 0usize;
        let mut prev: Option<&ReviewSegment> = None;
        let snippet = |a: usize, b: usize| {
            let gap = collapse_whitespace(text.get(a..b).unwrap_or(""));
            let mut short: String = gap.chars().take(60).collect();
            if short.len() < gap.len() {
                short.push('…');
            }
            short
        };
        for seg in self.segments() {
            let id = seg.id();
            let fits = text
                .get(seg.span.clone())
                .is_some_and(|t| collapse_whitespace(t) == seg.source);
            if seg.span.start < end || !fits {
                return Err(err(
                    seg.line,
                    format!(
                        "segment {id} does not match the article (span {}..{}): a section was pasted twice, or its source line edited; restore it from .translate/history/ or re-run `translate` on the article",
                        seg.span.start, seg.span.end
                    ),
                ));
            }
            if !text[end..seg.span.start].trim().is_empty() {
                let after = prev.map_or_else(
                    || "the start".to_string(),
                    |p| format!("segment {}", p.id()),
                );
                return Err(err(
                    seg.line,
                    format!(
                        "segments are missing between {after} and segment {id}: the article's `{}` has none; restore them from .translate/history/ or re-run `translate` on the article",
                        snippet(end, seg.span.start)
                    ),
                ));
            }
            end = seg.span.end;
            prev = Some(seg);
        }
        if !text[end.min(text.len())..].trim().is_empty() {
            let last = prev.map_or_else(String::new, |p| format!(" after segment {}", p.id()));
            return Err(err(
                0,
                format!(
                    "the file ends too early: the article goes on{last} with `{}`; the file was cut short (restore it from .translate/history/ or re-run `translate` on the article)",
                    snippet(end, text.len())
                ),
            ));
        }
        Ok(())
    }

    /// Whether every span is a valid range of `text` whose collapsed text is the shown source.
    fn spans_fit(&self, text: &str) -> bool {
        self.segments().all(|s| {
            text.get(s.span.clone())
                .is_some_and(|t| collapse_whitespace(t) == s.source)
        })
    }

    /// The file's text.
    pub fn render(&self) -> String {
        let h = &self.header;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "<!-- terjemah:review v{FORMAT_VERSION} source=\"{}\" sha256=\"{}\" from=\"{}\" to=\"{}\" backend=\"{}\" -->",
            attr(&h.source),
            attr(&h.sha256),
            attr(&h.from),
            attr(&h.to),
            attr(&h.backend)
        );
        out.push('\n');
        let _ = writeln!(out, "# Review: {}", inline(&h.source));
        out.push('\n');
        out.push_str(INSTRUCTIONS);
        out.push('\n');
        for par in &self.paragraphs {
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
                render_segment(&mut out, seg);
            }
        }
        out
    }

    /// Parses a review file; `path` names it in errors.
    pub fn parse(path: &str, text: &str) -> Result<ReviewFile, ReviewError> {
        Parser {
            path,
            paragraphs: Vec::new(),
            at: At::Preamble,
            target: Vec::new(),
        }
        .run(text)
    }
}

fn review_segment(seg: &Segment) -> ReviewSegment {
    let id = seg.id();
    let mut notes: Vec<String> = notes(seg)
        .into_iter()
        .map(|n| format!("{id} {}", comment_safe(&n)))
        .collect();
    notes.shrink_to_fit();
    ReviewSegment {
        paragraph: seg.paragraph,
        index: seg.index,
        span: seg.span.clone(),
        kind: seg.kind,
        origin: seg.origin.clone(),
        state: seg.state,
        source: seg.text(),
        target: seg
            .target
            .as_deref()
            .map(clean_target)
            .filter(|t| !t.is_empty()),
        notes,
        line: 0,
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
            .map(crate::doc::GlossaryHit::describe)
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
            f.severity.as_str(),
            f.check,
            f.message
        ));
    }
    out
}

/// A target as the file holds it: its lines trimmed, line breaks kept, no blank lines at either
/// end.
pub fn clean_target(target: &str) -> String {
    // Line breaks of any convention are line breaks; other control characters are not text.
    let target = target.replace("\r\n", "\n").replace('\r', "\n");
    let target = visible(&target);
    let lines: Vec<&str> = target.lines().map(str::trim).collect();
    let first = lines.iter().position(|l| !l.is_empty());
    let last = lines.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(a), Some(b)) => lines[a..=b].join("\n"),
        _ => String::new(),
    }
}

/// A target as one line, no surrounding whitespace (wrapped lines join with one space, as
/// Markdown reads them): what comparisons, exports and the memory use.
pub fn normalise_target(target: &str) -> String {
    let mut out = String::with_capacity(target.len());
    for line in target.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

fn render_segment(out: &mut String, seg: &ReviewSegment) {
    let _ = writeln!(
        out,
        "<!-- seg {} span={}..{} kind={} origin={} state={} -->",
        seg.id(),
        seg.span.start,
        seg.span.end,
        seg.kind.as_str(),
        seg.origin.label(),
        seg.state.as_str()
    );
    let _ = writeln!(out, "> {}", seg.source);
    if let Some(target) = &seg.target {
        out.push('\n');
        for line in target.split('\n') {
            if !line.is_empty() {
                out.push_str(&escape_target_line(line));
            }
            out.push('\n');
        }
    } else if seg.kind == SegmentKind::Text {
        // An empty paragraph cannot exist in Markdown; the marker says the target is empty.
        out.push('\n');
        out.push_str("<!-- empty -->\n");
    }
    if !seg.notes.is_empty() {
        out.push('\n');
        for note in &seg.notes {
            let _ = writeln!(out, "<!-- note {note} -->");
        }
    }
}

fn state_named(name: &str) -> Option<SegmentState> {
    [
        SegmentState::New,
        SegmentState::Machine,
        SegmentState::Edited,
        SegmentState::Approved,
    ]
    .into_iter()
    .find(|s| s.as_str() == name)
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

/// Removes the escape [`escape_target_line`] adds.
pub fn unescape_target_line(line: &str) -> String {
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

/// Text with every control character but tab and line feed replaced by U+FFFD: a NUL or an
/// escape sequence from a backend's answer must not make the tool's own file unreadable (the
/// reader refuses NUL as binary) or garble a terminal.
fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| c.is_control() && c != '\t' && c != '\n';
    if s.chars().any(bad) {
        s.chars()
            .map(|c| if bad(c) { '\u{fffd}' } else { c })
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

/// A value inside a double-quoted header attribute (a file name may hold anything, line
/// breaks included: `\n` and `\r` are written as escapes).
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out.replace("--", "-\\-")
}

/// Text inside an HTML comment must not close it, nor break the line.
pub(crate) fn comment_safe(s: &str) -> String {
    visible(&s.replace(['\n', '\r'], " ")).replace("-->", "-\\->")
}

/// Undoes [`comment_safe`] (line breaks stay spaces).
fn uncomment(s: &str) -> String {
    s.replace("-\\->", "-->")
}

/// A file name in a heading: no line breaks.
fn inline(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

/// Where the parser is inside the current segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// Before the first paragraph heading.
    Preamble,
    /// After a paragraph heading, before its first marker.
    Heading,
    /// After a marker: the source line comes next.
    Marker,
    /// After the source line.
    Source,
    /// Inside the target.
    Target,
    /// Among the notes.
    Notes,
}

struct Parser<'a> {
    path: &'a str,
    paragraphs: Vec<ReviewParagraph>,
    at: At,
    target: Vec<String>,
}

impl Parser<'_> {
    fn err(&self, line: usize, message: impl Into<String>) -> ReviewError {
        ReviewError {
            path: self.path.to_string(),
            line,
            message: message.into(),
        }
    }

    fn run(mut self, text: &str) -> Result<ReviewFile, ReviewError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = text.split('\n').enumerate().map(|(i, l)| {
            let l = l.strip_suffix('\r').unwrap_or(l);
            (i + 1, l)
        });
        let header = match lines.next() {
            Some((n, line)) => self.header(n, line.trim())?,
            None => return Err(self.err(1, "empty file: not a review file")),
        };
        for (n, line) in lines {
            self.line(n, line)?;
        }
        self.flush_target();
        let last_line = text.split('\n').count();
        if let Some(seg) = self.current() {
            if self.at == At::Marker {
                let id = seg.id();
                return Err(self.err(
                    last_line,
                    format!("segment {id} ends without its `> ` source line"),
                ));
            }
        }
        if self.paragraphs.is_empty() {
            return Err(self.err(
                last_line,
                "no paragraphs (`## ¶1` ...) found: the file holds no segments",
            ));
        }
        for par in &self.paragraphs {
            if par.segments.is_empty() {
                return Err(self.err(
                    last_line,
                    format!(
                        "paragraph ¶{} has no segments: its `<!-- seg {}.1 ... -->` marker was deleted",
                        par.index, par.index
                    ),
                ));
            }
        }
        Ok(ReviewFile {
            header,
            paragraphs: self.paragraphs,
        })
    }

    fn header(&self, n: usize, line: &str) -> Result<Header, ReviewError> {
        let Some(rest) = line.strip_prefix("<!-- terjemah:review v") else {
            return Err(self.err(
                n,
                "not a review file: the first line should be the `<!-- terjemah:review v1 ... -->` header",
            ));
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let version: u32 = rest[..digits]
            .parse()
            .map_err(|_| self.err(n, "the header has no format version after `v`"))?;
        if version != FORMAT_VERSION {
            return Err(self.err(
                n,
                format!(
                    "review format v{version} was written by another version of terjemah; this one reads v{FORMAT_VERSION}"
                ),
            ));
        }
        let body = rest[digits..]
            .strip_suffix("-->")
            .ok_or_else(|| self.err(n, "the header is not closed with `-->`"))?;
        let attrs = parse_attrs(body).map_err(|m| self.err(n, m))?;
        let get = |name: &str| {
            attrs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| self.err(n, format!("the header lacks `{name}=\"...\"`")))
        };
        Ok(Header {
            source: get("source")?,
            sha256: get("sha256")?,
            from: get("from")?,
            to: get("to")?,
            backend: get("backend")?,
        })
    }

    fn current(&self) -> Option<&ReviewSegment> {
        self.paragraphs.last().and_then(|p| p.segments.last())
    }

    fn current_mut(&mut self) -> Option<&mut ReviewSegment> {
        self.paragraphs
            .last_mut()
            .and_then(|p| p.segments.last_mut())
    }

    fn flush_target(&mut self) {
        if self.target.is_empty() {
            return;
        }
        let joined = clean_target(&self.target.join("\n"));
        self.target.clear();
        if let Some(seg) = self.current_mut() {
            seg.target = match (seg.target.take(), joined.is_empty()) {
                (old, true) => old,
                (None, false) => Some(joined),
                // Text on both sides of the notes: one target, in reading order.
                (Some(old), false) => Some(format!("{old}\n{joined}")),
            };
        }
    }

    fn line(&mut self, n: usize, line: &str) -> Result<(), ReviewError> {
        // Structure lines are recognised however an editor indented them or left spaces after
        // them: an indented marker read as English would silently merge two segments. (A
        // target line never starts with `<` or `#`: the writer escapes them.)
        let structural = line.trim();
        if let Some(rest) = structural.strip_prefix("<!-- seg ") {
            self.flush_target();
            return self.marker(n, rest);
        }
        if let Some(rest) = structural.strip_prefix("## ¶") {
            self.flush_target();
            return self.heading(n, rest);
        }
        match self.at {
            At::Preamble => {
                // The instructions may have been re-wrapped by an editor.
                let ok = line.trim().is_empty()
                    || line.starts_with("# Review:")
                    || INSTRUCTIONS.contains(line.trim());
                if !ok {
                    return Err(self.err(
                        n,
                        "text outside a segment (before the first `## ¶` paragraph): move it into a target or delete it",
                    ));
                }
            }
            At::Heading => {
                if !line.trim().is_empty() {
                    return Err(self.err(
                        n,
                        "text outside a segment (between a `## ¶` heading and the first `<!-- seg ... -->` marker): move it into a target or delete it; if it was a marker, restore it",
                    ));
                }
            }
            At::Marker => {
                let id = self.current().map(ReviewSegment::id).unwrap_or_default();
                let quoted = line.trim_start();
                let src = quoted.strip_prefix("> ").or(quoted.strip_prefix('>')).ok_or_else(|| {
                    self.err(
                        n,
                        format!("expected the `> ` source line of segment {id} right after its marker"),
                    )
                })?;
                let src = src.to_string();
                if let Some(seg) = self.current_mut() {
                    seg.source = src;
                }
                self.at = At::Source;
            }
            At::Source | At::Target | At::Notes => self.body_line(n, line)?,
        }
        Ok(())
    }

    fn body_line(&mut self, n: usize, line: &str) -> Result<(), ReviewError> {
        let structural = line.trim();
        if let Some(rest) = structural.strip_prefix("<!-- note ") {
            self.flush_target();
            let note = rest
                .strip_suffix(" -->")
                .ok_or_else(|| self.err(n, "note not closed with ` -->`"))?;
            let note = note.to_string();
            if let Some(seg) = self.current_mut() {
                seg.notes.push(note);
            }
            self.at = At::Notes;
        } else if structural == "<!-- empty -->" {
            self.flush_target();
            self.at = At::Notes;
        } else if structural.starts_with("<!--") {
            return Err(self.err(
                n,
                "unknown comment line (expected a note, `<!-- empty -->` or a segment marker); if it was a marker, restore its `seg` keyword and id",
            ));
        } else if line.trim_start().starts_with('>') && self.at != At::Target {
            let id = self.current().map(ReviewSegment::id).unwrap_or_default();
            return Err(self.err(
                n,
                format!(
                    "a `>` source line after segment {id}'s source: it has no `<!-- seg ... -->` marker above it (restore the marker, or escape a leading `>` in English as `\\>`)"
                ),
            ));
        } else if line.trim().is_empty() {
            // Blank lines separate the blocks; inside a target they are kept as typed.
            if self.at == At::Target {
                self.target.push(String::new());
            }
        } else {
            self.at = At::Target;
            self.target.push(unescape_target_line(line.trim()));
        }
        Ok(())
    }

    fn heading(&mut self, n: usize, rest: &str) -> Result<(), ReviewError> {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let index: usize = rest[..digits]
            .parse()
            .map_err(|_| self.err(n, "paragraph heading without a number like `## ¶2`"))?;
        let expected = self.paragraphs.last().map_or(1, |p| p.index + 1);
        if index != expected {
            return Err(self.err(
                n,
                format!(
                    "paragraph ¶{index} where ¶{expected} was expected: a paragraph section was deleted, duplicated or renumbered"
                ),
            ));
        }
        let suffix = &rest[digits..];
        let kind = if suffix.is_empty() {
            ParagraphKind::Body
        } else {
            let name = suffix
                .strip_prefix(" · ")
                .map(|s| s.strip_suffix(" (not translated)").unwrap_or(s))
                .and_then(ParagraphKind::parse)
                .ok_or_else(|| {
                    self.err(n, format!("unknown paragraph kind in heading `## ¶{rest}`"))
                })?;
            name
        };
        if let Some(seg) = self.current() {
            if self.at == At::Marker {
                let id = seg.id();
                return Err(self.err(n, format!("segment {id} has no `> ` source line")));
            }
        }
        if let Some(prev) = self.paragraphs.last() {
            if prev.segments.is_empty() {
                return Err(self.err(
                    n,
                    format!(
                        "paragraph ¶{} has no segments: its `<!-- seg {}.1 ... -->` marker was deleted",
                        prev.index, prev.index
                    ),
                ));
            }
        }
        self.paragraphs.push(ReviewParagraph {
            index,
            kind,
            segments: Vec::new(),
        });
        self.at = At::Heading;
        Ok(())
    }

    fn marker(&mut self, n: usize, rest: &str) -> Result<(), ReviewError> {
        let body = rest
            .strip_suffix(" -->")
            .ok_or_else(|| self.err(n, "segment marker not closed with ` -->`"))?;
        if self.at == At::Marker {
            let id = self.current().map(ReviewSegment::id).unwrap_or_default();
            return Err(self.err(n, format!("segment {id} has no `> ` source line")));
        }
        let mut parts = body.split_whitespace();
        let id = parts.next().unwrap_or("");
        let Some((p, s)) = id
            .split_once('.')
            .and_then(|(p, s)| Some((p.parse::<usize>().ok()?, s.parse::<usize>().ok()?)))
        else {
            return Err(self.err(
                n,
                "segment marker without an id like `2.1` after `seg`: restore the id (markers are written by the tool; edit only the English)",
            ));
        };
        let Some(par) = self.paragraphs.last() else {
            return Err(self.err(
                n,
                format!("segment {id} is outside any paragraph: its `## ¶{p}` heading was deleted"),
            ));
        };
        let expected = (par.index, par.segments.last().map_or(1, |s| s.index + 1));
        if (p, s) != expected {
            let duplicate = self
                .paragraphs
                .iter()
                .flat_map(|p| &p.segments)
                .find(|seg| (seg.paragraph, seg.index) == (p, s));
            let message = match duplicate {
                Some(d) => format!(
                    "segment {id} appears twice (first at line {}): delete the copy, keeping one marker, source and target",
                    d.line
                ),
                None if p == expected.0 && s > expected.1 => format!(
                    "segment {}.{} is missing before segment {id}: its marker was deleted or changed; restore it (or re-run `translate` on the article)",
                    expected.0, expected.1
                ),
                None => format!(
                    "segment {id} where {}.{} was expected: markers must stay in order under their paragraph heading",
                    expected.0, expected.1
                ),
            };
            return Err(self.err(n, message));
        }
        let mut span = None;
        let mut kind = None;
        let mut origin = None;
        let mut state = None;
        for part in parts {
            let (key, value) = part.split_once('=').ok_or_else(|| {
                self.err(n, format!("segment marker field `{part}` is not key=value"))
            })?;
            match key {
                "span" => {
                    span = value
                        .split_once("..")
                        .and_then(|(a, b)| Some(a.parse::<usize>().ok()?..b.parse::<usize>().ok()?))
                        .filter(|r| r.start <= r.end);
                    if span.is_none() {
                        return Err(self.err(n, format!("segment {id}: bad span `{value}`")));
                    }
                }
                "kind" => {
                    kind = Some(kind_named(value).ok_or_else(|| {
                        self.err(n, format!("segment {id}: unknown kind `{value}`"))
                    })?)
                }
                "origin" => origin = Some(Origin::parse(value)),
                "state" => {
                    state = Some(state_named(value).ok_or_else(|| {
                        self.err(
                            n,
                            format!("segment {id}: unknown state `{value}` (new, machine, edited, approved)"),
                        )
                    })?)
                }
                other => {
                    return Err(self.err(n, format!("segment {id}: unknown marker field `{other}`")))
                }
            }
        }
        let missing = |what: &str| self.err(n, format!("segment {id}: the marker lacks `{what}=`"));
        let seg = ReviewSegment {
            paragraph: p,
            index: s,
            span: span.ok_or_else(|| missing("span"))?,
            kind: kind.ok_or_else(|| missing("kind"))?,
            origin: origin.ok_or_else(|| missing("origin"))?,
            state: state.ok_or_else(|| missing("state"))?,
            source: String::new(),
            target: None,
            notes: Vec::new(),
            line: n,
        };
        if let Some(par) = self.paragraphs.last_mut() {
            par.segments.push(seg);
        }
        self.at = At::Marker;
        Ok(())
    }
}

/// `key="value"` pairs with `\` escapes.
fn parse_attrs(body: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut chars = body.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut key = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c.is_whitespace() {
                break;
            }
            key.push(c);
            chars.next();
        }
        if key.is_empty() {
            break;
        }
        if chars.next() != Some('=') || chars.next() != Some('"') {
            return Err(format!("header field `{key}` should be `{key}=\"...\"`"));
        }
        let mut value = String::new();
        loop {
            match chars.next() {
                Some('\\') => match chars.next() {
                    Some('n') => value.push('\n'),
                    Some('r') => value.push('\r'),
                    Some(c) => value.push(c),
                    None => return Err(format!("header field `{key}` is not closed")),
                },
                Some('"') => break,
                Some(c) => value.push(c),
                None => return Err(format!("header field `{key}` is not closed")),
            }
        }
        out.push((key, value));
    }
    Ok(out)
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
        let review = ReviewFile::from_doc(&doc, "offline").render();
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

#[cfg(test)]
mod parse_tests {
    use super::*;

    fn seed_review() -> (Document, String) {
        let text = std::fs::read_to_string("examples/tribunnews-2022-12-03-rusia-belarus.txt")
            .expect("seed");
        let mut doc = crate::segment::segment("examples/seed.txt", text);
        for seg in doc.segments_mut() {
            if seg.kind == SegmentKind::Text {
                seg.target = Some(format!("English of {}.", seg.id()));
                seg.state = SegmentState::Machine;
                seg.origin = Origin::Backend("offline".into());
            }
        }
        let review = ReviewFile::from_doc(&doc, "offline").render();
        (doc, review)
    }

    #[test]
    fn unescapes() {
        assert_eq!(unescape_target_line("\\# x"), "# x");
        assert_eq!(unescape_target_line("1\\. first"), "1. first");
        assert_eq!(unescape_target_line("plain \\ text"), "plain \\ text");
    }

    #[test]
    fn control_characters_from_a_backend_never_make_the_file_unreadable() {
        let (mut doc, _) = seed_review();
        let seg = doc.segments_mut().find(|s| s.id() == "3.1").unwrap();
        seg.target = Some("Shoigu\0 visited\x1b[31m Minsk\u{85}.\r\nSecond line\x07.".into());
        let review = ReviewFile::from_doc(&doc, "offline").render();
        // The reader refuses NUL as binary; nothing of the kind is written.
        let decoded = crate::text::encoding::decode(review.as_bytes()).expect("decodes");
        let parsed = ReviewFile::parse("a.review.md", &decoded.text).expect("parses");
        assert_eq!(
            parsed.segment("3.1").unwrap().target.as_deref(),
            Some("Shoigu\u{fffd} visited\u{fffd}[31m Minsk\u{fffd}.\nSecond line\u{fffd}.")
        );
        assert_eq!(parsed.render(), review);
    }

    #[test]
    fn rewrites_byte_for_byte() {
        let (doc, review) = seed_review();
        let parsed = ReviewFile::parse("a.review.md", &review).expect("parses");
        assert_eq!(parsed.render(), review);
        let back = parsed.to_document(&doc.path, Some(&doc.text));
        assert_eq!(back, doc);
    }
}
