//! XLIFF, the exchange format of CAT tools (OmegaT, Okapi, Trados, memoQ): [`to_xliff`] writes a
//! translated document as XLIFF 2.1, [`from_xliff`] reads XLIFF 2.0/2.1 and 1.2 back into
//! segments. It is also the one XLIFF reader `translate qa` uses.
//!
//! # What is written
//!
//! ```text
//! <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en">
//!  <file id="f1" original="article.txt" xml:space="preserve">
//!   <group id="p3" type="terjemah:body">              one group per paragraph, its kind
//!    <unit id="3.1" type="terjemah:text">              one unit per segment, id = segment id
//!     <notes><note category="glossary" ...>…</note></notes>
//!     <segment state="translated" subState="terjemah:machine">
//!      <source>…</source><target>…</target>
//! ```
//!
//! Datelines, bylines and boilerplate are units with `translate="no"` and their segment kind in
//! `type`. The source is the segment's text with wrapped lines joined ([`Segment::text`]): what a
//! backend and a translator see. Targets are written as they are, so `xml:space="preserve"`.
//! Glossary hits, QA findings, translation-memory matches and the target before the source
//! changed become `<note>`s (categories `glossary`, `qa`, `memory`, `previous`); QA errors get
//! priority 1, the XLIFF alert level. Characters XML 1.0 cannot hold (control characters other
//! than tab and line breaks, U+FFFE, U+FFFF) are written as `<cp hex="…"/>`; a carriage return as
//! `&#xD;`, which XML parsers would otherwise turn into a line feed.
//!
//! # States
//!
//! | terjemah | XLIFF 2 `state` | `subState` | read back as |
//! | --- | --- | --- | --- |
//! | new (no target) | `initial` | | new |
//! | machine | `translated` | `terjemah:machine` | machine |
//! | edited | `reviewed` | | edited |
//! | approved | `final` | | approved |
//!
//! `translated` is XLIFF's state for a target nobody has reviewed yet, which is what machine
//! output is; the Okapi XLIFF 2 filter in OmegaT shows such a segment as a fuzzy match to check
//! (okapiframework/omegat-plugin issue 274), and `final` is the state meant to lock a segment.
//! A `translated` segment without our `subState` was translated in another
//! tool, by a person as far as we know, so it reads back as edited: a human's work is never
//! mistaken for machine output that a re-run may replace. A target with no state higher than
//! `initial` is still returned, with the state new.
//!
//! XLIFF 1.2 states map the same way: `approved="yes"`, `final` and `signed-off` are approved;
//! a target qualified `mt-suggestion` or `leveraged-mt` is machine; `new` and
//! `needs-translation` are new; any other target (`translated`, `needs-review-*`, no state) is
//! edited; no target is new.
//!
//! # Inline codes
//!
//! Text inside `<pc>`, `<mrk>` (2.x) and `<g>`, `<mrk>` (1.2) is kept; `<cp>` is decoded. A
//! code (`<ph>`, `<sc>`, `<ec>`; 1.2 `<x>`, `<bx>`, `<ex>`, `<ph>`, `<bpt>`, `<ept>`, `<it>`)
//! stands for native code, not text: its `equiv` (1.2: `equiv-text`) text, the text a tool is
//! told to use in its place (for example a space for a line break), is kept, and the native
//! code inside a 1.2 code element is left out. Matches (`<mtc:matches>`,
//! `<alt-trans>`) and the segmented copy of a 1.2 source (`<seg-source>`) are not segments and
//! are skipped. Where `xml:space` is not `preserve`, runs of XML whitespace in source and target
//! are collapsed to one space and trimmed, as the specification allows.

use super::InputError;
use crate::doc::{Document, Segment, SegmentKind, SegmentState, Severity};
use crate::formats::{xml_attr as attr, xml_escape};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::fmt::Write;

/// The XLIFF 2 core namespace (the same for 2.0 and 2.1).
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// One segment read from an XLIFF file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffSegment {
    /// The segment id: the `<segment id>` if there is one, else the unit's id (with `.N` for the
    /// N-th segment of a unit that holds several); the `<trans-unit id>` in XLIFF 1.2.
    pub id: String,
    /// The source text, inline codes resolved as the module documentation says.
    pub source: String,
    /// The target text, if the segment has a `<target>`.
    pub target: Option<String>,
    /// The state, mapped back as the module documentation says.
    pub state: SegmentState,
    /// Whether the segment is meant to be translated (`translate="no"` is inherited from the
    /// file, group or unit).
    pub translate: bool,
    /// The segment kind: from a unit's `type="terjemah:…"` when the file is ours, else text for
    /// translatable segments and boilerplate (kept, not translated) for the others.
    pub kind: SegmentKind,
    /// The 1-based line of the `<segment>` or `<trans-unit>` start tag.
    pub line: usize,
}

/// `doc` as an XLIFF 2.1 document.
pub fn to_xliff(doc: &Document) -> String {
    let mut out = String::with_capacity(doc.text.len() * 4);
    let original = std::path::Path::new(&doc.path)
        .file_name()
        .map_or_else(|| doc.path.clone(), |n| n.to_string_lossy().into_owned());
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.1\" srcLang=\"{}\" trgLang=\"{}\">",
        xml_escape(&doc.source_lang),
        xml_escape(&doc.target_lang)
    );
    let _ = write!(out, " <file id=\"f1\"");
    if !original.is_empty() {
        let _ = write!(out, " original=\"{}\"", xml_escape(&original));
    }
    out.push_str(" xml:space=\"preserve\">\n");
    for par in &doc.paragraphs {
        let _ = writeln!(
            out,
            "  <group id=\"p{}\" type=\"terjemah:{}\">",
            par.index,
            par.kind.as_str()
        );
        for seg in &par.segments {
            write_unit(&mut out, seg);
        }
        out.push_str("  </group>\n");
    }
    out.push_str(" </file>\n</xliff>\n");
    out
}

fn write_unit(out: &mut String, seg: &Segment) {
    let _ = write!(
        out,
        "   <unit id=\"{}\" type=\"terjemah:{}\"",
        seg.id(),
        seg.kind.as_str()
    );
    if !seg.kind.is_translatable() {
        out.push_str(" translate=\"no\"");
    }
    out.push_str(">\n");
    let notes = notes(seg);
    if !notes.is_empty() {
        out.push_str("    <notes>\n");
        for (category, applies_to, priority, text) in notes {
            let _ = writeln!(
                out,
                "     <note category=\"{category}\" appliesTo=\"{applies_to}\" priority=\"{priority}\">{}</note>",
                xml_escape(&text)
            );
        }
        out.push_str("    </notes>\n");
    }
    // Every state above `initial` presumes a target (XLIFF 2.1, 4.3.1.28).
    let target = seg.target.as_deref();
    let (state, sub_state) = match (seg.state, target) {
        (_, None) | (SegmentState::New, _) => ("initial", None),
        (SegmentState::Machine, Some(_)) => ("translated", Some("terjemah:machine")),
        (SegmentState::Edited, Some(_)) => ("reviewed", None),
        (SegmentState::Approved, Some(_)) => ("final", None),
    };
    let _ = write!(out, "    <segment state=\"{state}\"");
    if let Some(sub) = sub_state {
        let _ = write!(out, " subState=\"{sub}\"");
    }
    out.push_str(">\n");
    let _ = writeln!(out, "     <source>{}</source>", inline(&seg.text()));
    if let Some(target) = target {
        let _ = writeln!(out, "     <target>{}</target>", inline(target));
    }
    out.push_str("    </segment>\n   </unit>\n");
}

/// (category, appliesTo, priority, text) of each note of `seg`.
fn notes(seg: &Segment) -> Vec<(&'static str, &'static str, u8, String)> {
    let mut out = Vec::new();
    for hit in &seg.glossary {
        out.push(("glossary", "source", 5, hit.describe()));
    }
    if let Some(previous) = &seg.previous {
        out.push((
            "previous",
            "target",
            2,
            format!("target before the source changed: {previous}"),
        ));
    }
    for m in &seg.memory {
        out.push((
            "memory",
            "target",
            4,
            format!(
                "{}% match ({}): {} => {}",
                m.score, m.document, m.source, m.target
            ),
        ));
    }
    for f in &seg.qa {
        let priority = match f.severity {
            Severity::Error => 1,
            Severity::Warning => 2,
            Severity::Info => 3,
        };
        out.push((
            "qa",
            "target",
            priority,
            format!("{} {}: {}", f.severity.as_str(), f.check, f.message),
        ));
    }
    out
}

/// Whether XML 1.0 can hold `c` as a character (§2.2 `Char`), other than by `<cp>`.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Source or target text as XLIFF 2 content: escaped, carriage returns as references, and
/// characters XML cannot hold as `<cp hex>`.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut run = String::new();
    let flush = |out: &mut String, run: &mut String| {
        out.push_str(&xml_escape(run).replace('\r', "&#xD;"));
        run.clear();
    };
    for c in text.chars() {
        if xml_char(c) {
            run.push(c);
        } else {
            flush(&mut out, &mut run);
            let _ = write!(out, "<cp hex=\"{:04X}\"/>", c as u32);
        }
    }
    flush(&mut out, &mut run);
    out
}

/// Reads an XLIFF 2.x or 1.2 document; `name` is used in error messages.
pub fn from_xliff(name: &str, text: &str) -> Result<Vec<XliffSegment>, InputError> {
    Parser::new(name, text).run()
}

/// One open element.
struct Frame {
    local: Vec<u8>,
    translate: bool,
    preserve: bool,
    line: usize,
}

/// The `<unit>` (XLIFF 2) being read.
struct Unit {
    id: String,
    kind: Option<SegmentKind>,
    /// Index in the output of the unit's first segment.
    first: usize,
    /// The `id` attribute of each of its segments, in order.
    segment_ids: Vec<Option<String>>,
}

/// The `<segment>` or `<trans-unit>` being read.
struct Current {
    /// A 1.2 `<trans-unit>` (state on the target) rather than a 2.x `<segment>`.
    trans_unit: bool,
    id: Option<String>,
    line: usize,
    source: Option<String>,
    target: Option<String>,
    /// `state` (2.x segment, 1.2 target), `subState` / `state-qualifier`, 1.2 `approved`.
    state: Option<String>,
    qualifier: Option<String>,
    approved: bool,
    translate: bool,
}

/// Text being collected for a `<source>` or `<target>`.
struct Capture {
    is_source: bool,
    /// Depth of the capture element in the stack.
    depth: usize,
    preserve: bool,
    text: String,
    /// Depth of an open code element whose content is left out, if any.
    skip_from: Option<usize>,
}

struct Parser<'a> {
    name: &'a str,
    text: &'a str,
    /// Line counting is incremental: positions only grow.
    counted_to: usize,
    lines: usize,
    stack: Vec<Frame>,
    unit: Option<Unit>,
    current: Option<Current>,
    capture: Option<Capture>,
    out: Vec<XliffSegment>,
}

/// Elements whose content is native code, not text (XLIFF 1.2; `sub` sits inside them).
const CODE: &[&[u8]] = &[b"ph", b"bpt", b"ept", b"it", b"sub"];

impl<'a> Parser<'a> {
    fn new(name: &'a str, text: &'a str) -> Parser<'a> {
        Parser {
            name,
            text,
            counted_to: 0,
            lines: 1,
            stack: Vec::new(),
            unit: None,
            current: None,
            capture: None,
            out: Vec::new(),
        }
    }

    fn line_at(&mut self, pos: usize) -> usize {
        let pos = pos.min(self.text.len());
        let bytes = self.text.as_bytes();
        if pos < self.counted_to {
            return 1 + memchr::memchr_iter(b'\n', &bytes[..pos]).count();
        }
        self.lines += memchr::memchr_iter(b'\n', &bytes[self.counted_to..pos]).count();
        self.counted_to = pos;
        self.lines
    }

    fn error(&self, line: usize, message: impl Into<String>) -> InputError {
        InputError::Invalid {
            path: self.name.to_string(),
            line,
            message: message.into(),
        }
    }

    fn run(mut self) -> Result<Vec<XliffSegment>, InputError> {
        let mut reader = Reader::from_str(self.text);
        reader.config_mut().trim_text(false);
        let mut seen_root = false;
        let mut root_closed: Option<usize> = None;
        loop {
            let pos = reader.buffer_position() as usize;
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(e) => {
                    let line = self.line_at(reader.error_position() as usize);
                    return Err(self.error(line, format!("invalid XML: {e}")));
                }
            };
            // The start of the markup, not the whitespace before it, gives the line.
            let at = pos + self.text[pos..].len() - self.text[pos..].trim_start().len();
            match event {
                Event::Start(e) => {
                    let line = self.line_at(at);
                    if let Some(closed) = root_closed {
                        let message = super::second_root(e.local_name().as_ref(), closed);
                        return Err(self.error(line, message));
                    }
                    if !seen_root {
                        seen_root = true;
                        self.root(&e, line)?;
                    }
                    self.open(&e, line)?;
                }
                Event::Empty(e) => {
                    let line = self.line_at(at);
                    if let Some(closed) = root_closed {
                        let message = super::second_root(e.local_name().as_ref(), closed);
                        return Err(self.error(line, message));
                    }
                    if !seen_root {
                        seen_root = true;
                        self.root(&e, line)?;
                    }
                    self.open(&e, line)?;
                    self.close(line)?;
                    if self.stack.is_empty() {
                        root_closed = Some(line);
                    }
                }
                Event::End(_) => {
                    let line = self.line_at(at);
                    self.close(line)?;
                    if self.stack.is_empty() {
                        root_closed = Some(line);
                    }
                }
                Event::Text(t) if self.capturing() => {
                    let line = self.line_at(at);
                    let s = t
                        .decode()
                        .map_err(|e| self.error(line, format!("invalid text: {e}")))?;
                    self.push_text(&s);
                }
                Event::CData(t) if self.capturing() => {
                    let line = self.line_at(at);
                    let s = t
                        .decode()
                        .map_err(|e| self.error(line, format!("invalid text: {e}")))?;
                    self.push_text(&s);
                }
                Event::GeneralRef(r) => {
                    let line = self.line_at(at);
                    let s = match r.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        Ok(None) => {
                            let n = r
                                .decode()
                                .map_err(|e| self.error(line, format!("invalid entity: {e}")))?;
                            quick_xml::escape::resolve_predefined_entity(&n)
                                .ok_or_else(|| self.error(line, format!("unknown entity `&{n};`")))?
                                .to_string()
                        }
                        Err(e) => {
                            return Err(
                                self.error(line, format!("invalid character reference: {e}"))
                            )
                        }
                    };
                    if self.capturing() {
                        self.push_text(&s);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if !seen_root {
            return Err(self.error(1, "not an XLIFF file: no <xliff> element"));
        }
        let end = self.line_at(self.text.len());
        if let Some(open) = self.stack.last() {
            return Err(self.error(
                end,
                format!(
                    "the file ends inside <{}> opened on line {}",
                    String::from_utf8_lossy(&open.local),
                    open.line
                ),
            ));
        }
        Ok(self.out)
    }

    /// Checks the root element: `<xliff>`, of version 1.x or 2.x if it says.
    fn root(&self, e: &BytesStart, line: usize) -> Result<(), InputError> {
        if e.local_name().as_ref() != b"xliff" {
            return Err(self.error(
                line,
                format!(
                    "not an XLIFF file: the root element is <{}>, not <xliff>",
                    String::from_utf8_lossy(e.name().as_ref())
                ),
            ));
        }
        match attr(e, b"version") {
            Some(v) if !v.starts_with("1.") && !v.starts_with("2.") => Err(self.error(
                line,
                format!("unsupported XLIFF version `{v}` (1.2, 2.0 and 2.1 are read)"),
            )),
            _ => Ok(()),
        }
    }

    fn capturing(&self) -> bool {
        self.capture.as_ref().is_some_and(|c| c.skip_from.is_none())
    }

    fn push_text(&mut self, s: &str) {
        if let Some(c) = self.capture.as_mut() {
            c.text.push_str(s);
        }
    }

    fn open(&mut self, e: &BytesStart, line: usize) -> Result<(), InputError> {
        let local = e.local_name().as_ref().to_vec();
        let parent = self.stack.last();
        let translate = match attr(e, b"translate").as_deref() {
            Some("no") => false,
            Some("yes") => true,
            _ => parent.is_none_or(|p| p.translate),
        };
        let preserve = match attr(e, b"space").as_deref() {
            Some("preserve") => true,
            Some("default") => false,
            _ => parent.is_some_and(|p| p.preserve),
        };
        let parent_local = parent.map(|p| p.local.clone()).unwrap_or_default();
        self.stack.push(Frame {
            local: local.clone(),
            translate,
            preserve,
            line,
        });
        let depth = self.stack.len();

        if self.capture.is_some() {
            if !self.capturing() {
                return Ok(());
            }
            let code = CODE.contains(&local.as_slice());
            let text = match local.as_slice() {
                b"cp" => {
                    let hex = attr(e, b"hex").unwrap_or_default();
                    let c = u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| {
                            self.error(line, format!("<cp hex=\"{hex}\"> is not a code point"))
                        })?;
                    Some(c.to_string())
                }
                // The text a tool is told to use for a code: `equiv` (2.x), `equiv-text` (1.2).
                b"pc" | b"mrk" | b"g" => None,
                _ => attr(e, b"equiv").or_else(|| attr(e, b"equiv-text")),
            };
            if let Some(capture) = self.capture.as_mut() {
                capture.text.push_str(text.as_deref().unwrap_or_default());
                if code {
                    capture.skip_from = Some(depth);
                }
            }
            return Ok(());
        }

        match local.as_slice() {
            b"unit" => {
                let id = attr(e, b"id")
                    .ok_or_else(|| self.error(line, "<unit> without an `id` attribute"))?;
                self.unit = Some(Unit {
                    id,
                    kind: attr(e, b"type")
                        .and_then(|t| t.strip_prefix("terjemah:").and_then(segment_kind)),
                    first: self.out.len(),
                    segment_ids: Vec::new(),
                });
            }
            b"segment" if parent_local == b"unit" => {
                if let Some(unit) = self.unit.as_mut() {
                    unit.segment_ids.push(attr(e, b"id"));
                }
                self.current = Some(Current {
                    trans_unit: false,
                    id: None,
                    line,
                    source: None,
                    target: None,
                    state: attr(e, b"state"),
                    qualifier: attr(e, b"subState"),
                    approved: false,
                    translate,
                });
            }
            b"trans-unit" => {
                let id = attr(e, b"id")
                    .ok_or_else(|| self.error(line, "<trans-unit> without an `id` attribute"))?;
                self.current = Some(Current {
                    trans_unit: true,
                    id: Some(id),
                    line,
                    source: None,
                    target: None,
                    state: None,
                    qualifier: None,
                    approved: attr(e, b"approved").as_deref() == Some("yes"),
                    translate,
                });
            }
            b"source" | b"target"
                if matches!(parent_local.as_slice(), b"segment" | b"trans-unit") =>
            {
                let is_source = local.as_slice() == b"source";
                if let Some(current) = self.current.as_mut().filter(|c| c.trans_unit) {
                    if !is_source {
                        current.state = attr(e, b"state");
                        current.qualifier = attr(e, b"state-qualifier");
                    }
                }
                self.capture = Some(Capture {
                    is_source,
                    depth,
                    preserve,
                    text: String::new(),
                    skip_from: None,
                });
            }
            _ => {}
        }
        Ok(())
    }

    fn close(&mut self, line: usize) -> Result<(), InputError> {
        let depth = self.stack.len();
        let Some(frame) = self.stack.pop() else {
            return Err(self.error(line, "a closing tag without an opening one"));
        };
        if let Some(capture) = self.capture.as_mut() {
            if capture.skip_from == Some(depth) {
                capture.skip_from = None;
            }
            if capture.depth == depth {
                let capture = self.capture.take().expect("capture is open");
                let text = if capture.preserve {
                    capture.text
                } else {
                    collapse_xml_space(&capture.text)
                };
                if let Some(current) = self.current.as_mut() {
                    if capture.is_source {
                        current.source = Some(text);
                    } else {
                        current.target = Some(text);
                    }
                }
            }
            return Ok(());
        }
        match frame.local.as_slice() {
            b"segment" | b"trans-unit" => {
                if let Some(current) = self.current.take() {
                    let segment = self.finish(current)?;
                    self.out.push(segment);
                }
            }
            b"unit" => {
                if let Some(unit) = self.unit.take() {
                    self.name_segments(unit);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Gives a unit's segments their ids: the unit's id when it holds one segment (as ours
    /// do), else `unit.segment` with the segment's id or its 1-based number, since segment ids
    /// are only unique inside their unit.
    fn name_segments(&mut self, unit: Unit) {
        let segments = &mut self.out[unit.first..];
        let single = segments.len() == 1;
        for (n, (segment, id)) in segments.iter_mut().zip(unit.segment_ids).enumerate() {
            segment.id = if single {
                unit.id.clone()
            } else {
                format!("{}.{}", unit.id, id.unwrap_or_else(|| (n + 1).to_string()))
            };
            if let Some(kind) = unit.kind {
                segment.kind = kind;
            }
        }
    }

    fn finish(&self, c: Current) -> Result<XliffSegment, InputError> {
        let id =
            c.id.or_else(|| self.unit.as_ref().map(|u| u.id.clone()))
                .unwrap_or_default();
        let source = c
            .source
            .ok_or_else(|| self.error(c.line, format!("segment {id} has no <source>")))?;
        let has_target = c.target.as_deref().is_some_and(|t| !t.trim().is_empty());
        let state = if c.trans_unit {
            let machine = matches!(
                c.qualifier.as_deref(),
                Some("mt-suggestion" | "leveraged-mt")
            );
            match c.state.as_deref() {
                _ if !has_target => SegmentState::New,
                _ if c.approved => SegmentState::Approved,
                Some("final" | "signed-off") => SegmentState::Approved,
                Some("new" | "needs-translation") => SegmentState::New,
                _ if machine => SegmentState::Machine,
                _ => SegmentState::Edited,
            }
        } else {
            match c.state.as_deref().unwrap_or("initial") {
                "initial" => SegmentState::New,
                "translated" | "reviewed" | "final" if !has_target => SegmentState::New,
                "translated" if c.qualifier.as_deref() == Some("terjemah:machine") => {
                    SegmentState::Machine
                }
                "translated" | "reviewed" => SegmentState::Edited,
                "final" => SegmentState::Approved,
                other => {
                    return Err(self.error(
                        c.line,
                        format!(
                            "segment {id}: state `{other}` is not one of initial, translated, reviewed, final"
                        ),
                    ))
                }
            }
        };
        Ok(XliffSegment {
            id,
            source,
            target: c.target,
            state,
            translate: c.translate,
            kind: if c.translate {
                SegmentKind::Text
            } else {
                SegmentKind::Boilerplate
            },
            line: c.line,
        })
    }
}

/// The kind named by [`SegmentKind::as_str`].
fn segment_kind(name: &str) -> Option<SegmentKind> {
    [
        SegmentKind::Text,
        SegmentKind::Dateline,
        SegmentKind::Byline,
        SegmentKind::Boilerplate,
    ]
    .into_iter()
    .find(|k| k.as_str() == name)
}

/// `xml:space="default"` text: runs of XML whitespace (space, tab, CR, LF; not no-break spaces)
/// become one space, and the ends are trimmed.
fn collapse_xml_space(text: &str) -> String {
    text.split([' ', '\t', '\r', '\n'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids_and_text(segments: &[XliffSegment]) -> Vec<(&str, &str, Option<&str>)> {
        segments
            .iter()
            .map(|s| (s.id.as_str(), s.source.as_str(), s.target.as_deref()))
            .collect()
    }

    #[test]
    fn inline_codes_and_references() {
        assert_eq!(
            inline("a < b & \"c\"\u{1}\r\n\u{FFFF}😀"),
            "a &lt; b &amp; &quot;c&quot;<cp hex=\"0001\"/>&#xD;\n<cp hex=\"FFFF\"/>😀"
        );
        let x12 = r#"<xliff version="1.2"><file source-language="id" target-language="en" datatype="plaintext" original="a"><body>
<trans-unit id="1.1"><source>Dua <g id="1">kapal</g><ph id="2">&lt;br/&gt;</ph></source><target>Two <g id="1">ships</g></target>
<alt-trans><source>Dua kapal</source><target>Two vessels</target></alt-trans></trans-unit>
</body></file></xliff>"#;
        assert_eq!(
            ids_and_text(&from_xliff("a.xlf", x12).unwrap()),
            [("1.1", "Dua kapal", Some("Two ships"))]
        );
        let x2 = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en"><file id="f"><unit id="u1">
<originalData><data id="d1">&lt;b&gt;</data></originalData>
<segment id="s1"><source>Tiga<cp hex="1B"/> <pc id="1" dataRefStart="d1">kapal</pc><ph id="2" equiv=" "/>tiba</source><target>Three</target></segment>
<ignorable><source> </source></ignorable>
<segment><source>Lagi.</source></segment></unit>
<unit id="u2"><segment id="s1"><source>Empat</source></segment></unit></file></xliff>"#;
        assert_eq!(
            ids_and_text(&from_xliff("a.xlf", x2).unwrap()),
            [
                ("u1.s1", "Tiga\u{1b} kapal tiba", Some("Three")),
                ("u1.2", "Lagi.", None),
                ("u2", "Empat", None)
            ]
        );
    }

    #[test]
    fn states_both_ways() {
        let unit = |state: &str, sub: &str, target: &str| {
            format!(
                "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"id\"><file id=\"f\"><unit id=\"1.1\"><segment state=\"{state}\"{sub}><source>a</source>{target}</segment></unit></file></xliff>"
            )
        };
        let state = |xml: String| from_xliff("s.xlf", &xml).unwrap()[0].state;
        let t = "<target>b</target>";
        let machine = " subState=\"terjemah:machine\"";
        assert_eq!(state(unit("initial", "", t)), SegmentState::New);
        assert_eq!(state(unit("translated", machine, t)), SegmentState::Machine);
        assert_eq!(state(unit("translated", "", t)), SegmentState::Edited);
        assert_eq!(state(unit("reviewed", "", t)), SegmentState::Edited);
        assert_eq!(state(unit("final", "", t)), SegmentState::Approved);
        assert_eq!(state(unit("final", "", "")), SegmentState::New);
        let e = from_xliff("s.xlf", &unit("done", "", t)).unwrap_err();
        assert!(e.to_string().contains("state `done` is not one of"), "{e}");

        let tu = |attrs: &str, target_attrs: &str| {
            format!("<xliff version=\"1.2\"><file><body><trans-unit id=\"7\"{attrs}><source>a</source><target{target_attrs}>b</target></trans-unit></body></file></xliff>")
        };
        let state12 = |xml: String| from_xliff("s.xlf", &xml).unwrap()[0].state;
        assert_eq!(state12(tu(" approved=\"yes\"", "")), SegmentState::Approved);
        assert_eq!(
            state12(tu("", " state=\"signed-off\"")),
            SegmentState::Approved
        );
        assert_eq!(
            state12(tu(
                "",
                " state=\"needs-review-translation\" state-qualifier=\"mt-suggestion\""
            )),
            SegmentState::Machine
        );
        assert_eq!(
            state12(tu("", " state=\"translated\"")),
            SegmentState::Edited
        );
        assert_eq!(
            state12(tu("", " state=\"needs-translation\"")),
            SegmentState::New
        );
        assert_eq!(state12(tu("", "")), SegmentState::Edited);
    }

    #[test]
    fn whitespace_follows_xml_space() {
        let x = "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>\n   Dua\u{a0}kapal\n  tiba  </source><target xml:space=\"preserve\"> Two\n ships </target></trans-unit></body></file></xliff>";
        let s = &from_xliff("w.xlf", x).unwrap()[0];
        assert_eq!(s.source, "Dua\u{a0}kapal tiba");
        assert_eq!(s.target.as_deref(), Some(" Two\n ships "));
    }

    #[test]
    fn damaged_files_name_the_line() {
        let cases = [
            ("<xliff>\n<unit id=\"1\"><segment><source>x</sourc></segment></unit></xliff>", 2, "invalid XML"),
            ("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"></tmx>", 2, "not an XLIFF file: the root element is <tmx>"),
            ("<xliff version=\"3.0\"/>", 1, "unsupported XLIFF version `3.0`"),
            ("<xliff version=\"2.1\">\n<file id=\"f\">\n<unit id=\"1\">\n<segment>\n<target>x</target>\n</segment></unit></file></xliff>", 4, "segment 1 has no <source>"),
            ("<xliff version=\"2.1\">\n<file id=\"f\">\n<unit>", 3, "<unit> without an `id`"),
            ("<xliff version=\"2.1\"><file id=\"f\">\n<unit id=\"1\"><segment><source>a<cp hex=\"zz\"/></source></segment></unit></file></xliff>", 2, "is not a code point"),
            ("<xliff version=\"2.1\">\n<file id=\"f\">\n", 3, "the file ends inside <file> opened on line 2"),
            ("", 1, "not an XLIFF file"),
        ];
        for (xml, line, message) in cases {
            let e = from_xliff("d.xlf", xml).unwrap_err().to_string();
            assert!(
                e.starts_with(&format!("d.xlf:{line}: ")) && e.contains(message),
                "{xml:?}: {e}"
            );
        }
    }
}
