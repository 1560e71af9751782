//! The document model every stage shares: a source file split into paragraphs and segments,
//! with byte spans into the original text, machine and human translations, glossary hits and QA
//! findings.
//!
//! Spans always refer to the original bytes of the file as read (after decoding to UTF-8), so the
//! source can be rebuilt exactly: the segments plus the text between them are the whole file.

use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::Arc;

/// What a paragraph is, as far as a translator is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Ordinary running text.
    Body,
    /// Only a dateline (`JAKARTA, KOMPAS.com -`) with nothing after it on the line.
    Dateline,
    /// Author, reporter or editor credits (`Penulis: X | Editor: Y`).
    Byline,
    /// A title or cross-heading: short, no sentence punctuation.
    Heading,
    /// A quoted block (a paragraph that is one quotation).
    Quote,
    /// An item of a bulleted or numbered list.
    ListItem,
    /// Related-article links, advertisement and promo lines: kept for alignment, not translated.
    Boilerplate,
    /// A photo caption, with or without its credit (`(Foto: ...)`, `Tempo/Name`): translated,
    /// the credit kept as it is.
    Caption,
}

impl ParagraphKind {
    /// The stable name used in JSON and the review file.
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Body => "body",
            ParagraphKind::Dateline => "dateline",
            ParagraphKind::Byline => "byline",
            ParagraphKind::Heading => "heading",
            ParagraphKind::Quote => "quote",
            ParagraphKind::ListItem => "list_item",
            ParagraphKind::Boilerplate => "boilerplate",
            ParagraphKind::Caption => "caption",
        }
    }

    /// Parses the name written by [`ParagraphKind::as_str`].
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "body" => ParagraphKind::Body,
            "dateline" => ParagraphKind::Dateline,
            "byline" => ParagraphKind::Byline,
            "heading" => ParagraphKind::Heading,
            "quote" => ParagraphKind::Quote,
            "list_item" => ParagraphKind::ListItem,
            "boilerplate" => ParagraphKind::Boilerplate,
            "caption" => ParagraphKind::Caption,
            _ => return None,
        })
    }
}

/// What a single segment is. A body paragraph can hold a dateline segment (split off the first
/// sentence) or boilerplate glued into it by a scraper (`... kata dia. Baca juga: ...`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    /// A sentence (or heading, list item) to translate.
    Text,
    /// `TRIBUNNEWS.COM, MINSK -`: place and outlet, kept as is.
    Dateline,
    /// Author and editor credits.
    Byline,
    /// Link lines, ads and promos.
    Boilerplate,
}

impl SegmentKind {
    /// Whether this segment is sent to a translation backend.
    pub fn is_translatable(self) -> bool {
        matches!(self, SegmentKind::Text)
    }

    /// The stable name used in JSON and the review file.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Text => "text",
            SegmentKind::Dateline => "dateline",
            SegmentKind::Byline => "byline",
            SegmentKind::Boilerplate => "boilerplate",
        }
    }
}

/// Where the current target text came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "name")]
pub enum Origin {
    /// Not translated yet (or not translatable).
    None,
    /// A backend, by its name (`offline`, `deepl`, ...).
    Backend(String),
    /// Copied unchanged because it must not be translated (datelines, bylines).
    Copied,
    /// An exact translation-memory match.
    MemoryExact,
    /// A fuzzy translation-memory match accepted by the reviewer.
    MemoryFuzzy,
    /// Written or edited by a person.
    Human,
}

impl Origin {
    /// The short label used in JSON and notes.
    pub fn label(&self) -> String {
        match self {
            Origin::None => "none".into(),
            Origin::Backend(name) => name.clone(),
            Origin::Copied => "copied".into(),
            Origin::MemoryExact => "memory-exact".into(),
            Origin::MemoryFuzzy => "memory-fuzzy".into(),
            Origin::Human => "human".into(),
        }
    }

    /// Reads a label written by [`Origin::label`]; any other name is a backend's.
    pub fn parse(label: &str) -> Origin {
        match label {
            "none" => Origin::None,
            "copied" => Origin::Copied,
            "memory-exact" => Origin::MemoryExact,
            "memory-fuzzy" => Origin::MemoryFuzzy,
            "human" => Origin::Human,
            name => Origin::Backend(name.to_string()),
        }
    }
}

/// The review state of a segment, in the order it normally moves through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentState {
    /// No target yet.
    New,
    /// Target is machine output, unreviewed.
    Machine,
    /// A reviewer changed the target.
    Edited,
    /// A reviewer approved the target.
    Approved,
}

impl SegmentState {
    /// The stable name shown to reviewers (`new`, `machine`, `edited`, `approved`).
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentState::New => "new",
            SegmentState::Machine => "machine",
            SegmentState::Edited => "edited",
            SegmentState::Approved => "approved",
        }
    }
}

/// A glossary entry found in a segment's source. The entry's strings are shared (`Arc`): a
/// large glossary over a long article makes many hits, and copying them would dominate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryHit {
    /// The entry's canonical source term (`Menteri Pertahanan`).
    pub source: Arc<str>,
    /// The target the entry asks for, with spelling and case rules applied.
    pub target: Arc<str>,
    /// The text as it appears in the source (`Menhan`, `menteri-menterinya`).
    pub matched: String,
    /// Byte offset of the match in the original file.
    pub start: usize,
    /// End byte offset (exclusive) in the original file.
    pub end: usize,
    /// The file and line the entry came from (`glossaries/defence.tsv:12`).
    pub origin: Arc<str>,
    /// For countries and regions, the English adjective (`Russian`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjective: Option<Arc<str>>,
    /// A do-not-translate term: the English keeps the source form.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub keep: bool,
}

impl GlossaryHit {
    /// How a reviewer sees the hit: `Menhan → Defence Minister (glossaries/defence.tsv:12)`.
    pub fn describe(&self) -> String {
        format!("{} → {} ({})", self.matched, self.target, self.origin)
    }
}

/// How serious a QA finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Probably wrong.
    Warning,
    /// Wrong.
    Error,
}

impl Severity {
    /// The stable name (`info`, `warning`, `error`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A problem a check found in a segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QaFinding {
    /// Stable check name (`number`, `glossary`, `untranslated`, ...).
    pub check: String,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong and what to do about it.
    pub message: String,
}

/// A translation-memory entry similar to a segment's source, shown to the reviewer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemoryMatch {
    /// Similarity in percent (75-100).
    pub score: u8,
    /// The stored source.
    pub source: String,
    /// The stored (approved) target.
    pub target: String,
    /// The document the pair was approved in.
    pub document: String,
}

/// One sentence (or dateline, heading, list item, boilerplate line) of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// 1-based paragraph index.
    pub paragraph: usize,
    /// 1-based index of the segment in its paragraph.
    pub index: usize,
    /// What the segment is.
    pub kind: SegmentKind,
    /// Byte span in the original text.
    pub span: Range<usize>,
    /// The source exactly as in the file (may contain line breaks when lines were wrapped).
    pub source: String,
    /// What the backend returned, if it was translated.
    pub mt: Option<String>,
    /// The current English text (machine output until someone edits it).
    pub target: Option<String>,
    /// Where `target` came from.
    pub origin: Origin,
    /// Review state.
    pub state: SegmentState,
    /// Glossary entries found in the source.
    pub glossary: Vec<GlossaryHit>,
    /// QA findings.
    pub qa: Vec<QaFinding>,
    /// Fuzzy translation-memory matches, best first.
    pub memory: Vec<MemoryMatch>,
    /// The reviewer's target before the source sentence changed (living articles), kept so
    /// nothing a person wrote disappears.
    pub previous: Option<String>,
}

impl Segment {
    /// A new, untranslated segment over `text[span]`.
    pub fn new(
        paragraph: usize,
        index: usize,
        kind: SegmentKind,
        span: Range<usize>,
        text: &str,
    ) -> Segment {
        Segment {
            paragraph,
            index,
            kind,
            source: text[span.clone()].to_string(),
            span,
            mt: None,
            target: None,
            origin: Origin::None,
            state: SegmentState::New,
            glossary: Vec::new(),
            qa: Vec::new(),
            memory: Vec::new(),
            previous: None,
        }
    }

    /// The stable id `"<paragraph>.<segment>"`.
    pub fn id(&self) -> String {
        format!("{}.{}", self.paragraph, self.index)
    }

    /// The source with wrapped lines joined: runs of whitespace become one space. This is what a
    /// backend and a reader see; `source` stays byte-exact.
    pub fn text(&self) -> String {
        collapse_whitespace(&self.source)
    }
}

/// A paragraph: a blank-line separated block, or a line in files without blank lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// 1-based index.
    pub index: usize,
    /// What the paragraph is.
    pub kind: ParagraphKind,
    /// Byte span of the paragraph's text (first to last non-space byte).
    pub span: Range<usize>,
    /// The segments, in order.
    pub segments: Vec<Segment>,
}

/// A source article and everything the pipeline learned about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Where it came from (`-` for standard input).
    pub path: String,
    /// The decoded source text: spans index into this.
    pub text: String,
    /// Source language code.
    pub source_lang: String,
    /// Target language code.
    pub target_lang: String,
    /// The paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
}

impl Document {
    /// All segments in document order.
    pub fn segments(&self) -> impl Iterator<Item = &Segment> {
        self.paragraphs.iter().flat_map(|p| p.segments.iter())
    }

    /// All segments in document order, mutably.
    pub fn segments_mut(&mut self) -> impl Iterator<Item = &mut Segment> {
        self.paragraphs
            .iter_mut()
            .flat_map(|p| p.segments.iter_mut())
    }

    /// A hex SHA-256 of the source text, to tell whether an article changed.
    pub fn source_hash(&self) -> String {
        sha256_hex(&self.text)
    }

    /// Rebuilds the source from segments and the text between them. Equal to `text` by
    /// construction; tests use it to prove no byte is lost.
    pub fn rebuild_source(&self) -> String {
        let mut out = String::with_capacity(self.text.len());
        let mut at = 0;
        for seg in self.segments() {
            out.push_str(&self.text[at..seg.span.start]);
            out.push_str(&seg.source);
            at = seg.span.end;
        }
        out.push_str(&self.text[at..]);
        out
    }
}

/// A hex SHA-256 of `text` (what review files record to tell whether an article changed).
pub fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Joins wrapped lines: every run of whitespace becomes one space; ends are trimmed.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
