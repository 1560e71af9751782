//! TMX 1.4b, the exchange format of translation memories: a writer for `translate memory
//! export` and the one reader used by `translate memory import` and `translate qa`.
//!
//! **Writing.** A header with `creationtool="terjemah"`, its version, `segtype="sentence"`,
//! `o-tmf="terjemah"`, `adminlang="en"`, the source language (`*all*` when pairs of several
//! source languages are written, each `<tu>` then naming its own) and `datatype="plaintext"`;
//! one `<tu>` per pair with `creationdate` (`YYYYMMDDThhmmssZ`), `<prop type="x-document">`,
//! and a `<tuv xml:lang>` with a `<seg>` per language. Text is escaped (`&`, `<`, `>`, quotes);
//! a carriage return is written as `&#13;` so that XML line-end normalisation keeps it. The
//! control characters XML 1.0 cannot carry even as references (U+0000-U+001F but tab, line
//! feed and carriage return, and U+FFFE, U+FFFF) are written as a placeholder
//! `<ph type="x-ctrl">U+0007</ph>`, which the reader turns back into the character; other
//! tools show it as an inline tag.
//!
//! **Reading.** Accepts TMX 1.1-1.4 as OmegaT, memoQ, Trados and others write it: `xml:lang`
//! or the older `lang`, language codes in any case (`id-ID`, `EN-GB`), `srclang="*all*"`
//! (then a `<tu>`'s own `srclang`, else the caller's source language, decides), dates on the
//! `<tu>` or on its `<tuv>`s. Inline codes holding native data (`<bpt>`, `<ept>`, `<ph>`,
//! `<it>`, `<ut>` with their `<sub>`s) are left out of the text; `<hi>` keeps its text. A file
//! that is not XML, not TMX, or damaged gives an error naming the file and line.

use super::xml_attr as attr;
use super::Lines;
use crate::store::MemoryPair;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::fmt::Write as _;

/// A TMX file that cannot be read: file, 1-based line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct TmxError {
    /// The file, as named to the user.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// One language variant of a unit (`<tuv>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmxVariant {
    /// The language code as written (`id-ID`).
    pub lang: String,
    /// The segment's text, inline codes left out.
    pub text: String,
    /// The variant's latest `creationdate`/`changedate`, RFC 3339 UTC.
    pub date: Option<String>,
}

/// One translation unit (`<tu>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmxUnit {
    /// 1-based line of the `<tu>`.
    pub line: usize,
    /// `tuid`, if any.
    pub tuid: Option<String>,
    /// The unit's own `srclang`, if any.
    pub srclang: Option<String>,
    /// The unit's latest `creationdate`/`changedate`, RFC 3339 UTC.
    pub date: Option<String>,
    /// `<prop type="...">value</prop>` in order.
    pub props: Vec<(String, String)>,
    /// The language variants in order.
    pub variants: Vec<TmxVariant>,
}

/// A read TMX file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tmx {
    /// The header's `srclang` as written (may be `*all*`).
    pub srclang: String,
    /// The header's `creationtool`.
    pub creationtool: Option<String>,
    /// The units in order.
    pub units: Vec<TmxUnit>,
}

/// A source/target pair taken out of a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmxPair {
    /// Source language as written in the file.
    pub from: String,
    /// Target language as written in the file.
    pub to: String,
    /// The pair; `document` is the unit's `x-document` property (empty when there is none),
    /// `created` the latest date on the unit or its target variant.
    pub pair: MemoryPair,
}

fn same_lang(a: &str, b: &str) -> bool {
    crate::store::memory::base_lang(a) == crate::store::memory::base_lang(b)
}

impl TmxUnit {
    /// The `x-document` property (any case), if any.
    pub fn document(&self) -> Option<&str> {
        self.props
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case("x-document"))
            .map(|(_, v)| v.as_str())
    }

    /// The source language of this unit: its own `srclang`, the header's unless `*all*`, else
    /// `fallback`.
    pub fn source_lang<'a>(&'a self, header: &'a str, fallback: &'a str) -> &'a str {
        match self.srclang.as_deref() {
            Some(l) if l != "*all*" => l,
            _ if header != "*all*" && !header.is_empty() => header,
            _ => fallback,
        }
    }
}

impl Tmx {
    /// Every (source, target) pair: per unit, the variant in the source language (see
    /// [`TmxUnit::source_lang`]; `fallback` when the file says `*all*`) with each variant in
    /// another language. Units without a source variant or with an empty side give nothing.
    pub fn pairs(&self, fallback: &str) -> Vec<TmxPair> {
        let mut out = Vec::new();
        for unit in &self.units {
            let src_lang = unit.source_lang(&self.srclang, fallback);
            let Some(source) = unit.variants.iter().find(|v| same_lang(&v.lang, src_lang)) else {
                continue;
            };
            for target in unit
                .variants
                .iter()
                .filter(|v| !same_lang(&v.lang, src_lang))
            {
                if source.text.trim().is_empty() || target.text.trim().is_empty() {
                    continue;
                }
                let created = [&unit.date, &source.date, &target.date]
                    .into_iter()
                    .flatten()
                    .max()
                    .cloned();
                out.push(TmxPair {
                    from: source.lang.clone(),
                    to: target.lang.clone(),
                    pair: MemoryPair {
                        source: source.text.clone(),
                        target: target.text.clone(),
                        document: unit.document().unwrap_or_default().to_string(),
                        created,
                    },
                });
            }
        }
        out
    }
}

/// RFC 3339 UTC (`2026-11-26T04:03:53Z`) to TMX's `20261126T040353Z`; `None` if it is not
/// in that form.
pub fn tmx_date(rfc3339: &str) -> Option<String> {
    let b = rfc3339.as_bytes();
    let ok = b.len() == 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b'Z';
    ok.then(|| {
        format!(
            "{}{}{}T{}{}{}Z",
            &rfc3339[0..4],
            &rfc3339[5..7],
            &rfc3339[8..10],
            &rfc3339[11..13],
            &rfc3339[14..16],
            &rfc3339[17..19]
        )
    })
}

/// TMX's `YYYYMMDDThhmmssZ` to RFC 3339 UTC; `None` if it is not a valid date in that form.
pub fn parse_tmx_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let (y, mo, d) = (digits(0..4)?, digits(4..6)?, digits(6..8)?);
    let (h, mi, sec) = (digits(9..11)?, digits(11..13)?, digits(13..15)?);
    if !crate::text::numbers::valid_date(y as i32, mo, d) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    Some(format!(
        "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{:02}Z",
        sec.min(59)
    ))
}

/// Whether XML 1.0 cannot carry `c` at all, not even as a character reference.
fn forbidden_in_xml(c: char) -> bool {
    ((c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// Escapes text for element content or an attribute value; `\r` becomes `&#13;` (and tab and
/// line feed become references in attributes, which XML would otherwise turn into spaces).
/// Characters XML 1.0 forbids must not be passed here.
fn escape_into(out: &mut String, s: &str, attribute: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
}

/// Segment text: escaped, forbidden control characters as `<ph type="x-ctrl">U+XXXX</ph>`.
fn write_seg_text(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(at) = rest.find(forbidden_in_xml) {
        escape_into(out, &rest[..at], false);
        let c = rest[at..].chars().next().unwrap_or_default();
        let _ = write!(out, "<ph type=\"x-ctrl\">U+{:04X}</ph>", c as u32);
        rest = &rest[at + c.len_utf8()..];
    }
    escape_into(out, rest, false);
}

/// Attribute or property text: escaped, forbidden characters dropped (they cannot be carried
/// outside a segment, and document names and language codes do not hold them).
fn attr_text(s: &str) -> String {
    let clean: String = s.chars().filter(|&c| !forbidden_in_xml(c)).collect();
    let mut out = String::new();
    escape_into(&mut out, &clean, true);
    out
}

/// A language code as TMX writes it: the primary subtag lower case, a region upper case
/// (`en-gb` -> `en-GB`).
fn display_lang(lang: &str) -> String {
    let mut parts = lang.split(['-', '_']);
    let mut out = parts.next().unwrap_or_default().to_ascii_lowercase();
    for p in parts {
        out.push('-');
        if p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()) {
            out.push_str(&p.to_ascii_uppercase());
        } else {
            out.push_str(p);
        }
    }
    out
}

/// TMX 1.4b of `(from, to, pair)` entries (as [`crate::store::Store::memory_pairs`] gives
/// them).
pub fn write_tmx(entries: &[(String, String, MemoryPair)]) -> String {
    let units: Vec<TmxEntry> = entries
        .iter()
        .map(|(from, to, pair)| TmxEntry {
            from,
            to,
            pair,
            props: Vec::new(),
        })
        .collect();
    write_tmx_entries(&units, "sentence", &[])
}

/// One `<tu>` to write: a pair, its languages and extra `<prop>`s (type, value).
#[derive(Debug, Clone)]
pub struct TmxEntry<'a> {
    /// Source language.
    pub from: &'a str,
    /// Target language.
    pub to: &'a str,
    /// The pair (its document becomes `x-document`, its time `creationdate`).
    pub pair: &'a MemoryPair,
    /// Further properties of the unit (an alignment score, say).
    pub props: Vec<(String, String)>,
}

/// TMX 1.4b of `entries`, with the header's `segtype` (`sentence`, `paragraph`) and header
/// `<prop>`s (type, value).
pub fn write_tmx_entries(
    entries: &[TmxEntry],
    segtype: &str,
    header_props: &[(String, String)],
) -> String {
    let mut langs: Vec<String> = entries.iter().map(|e| display_lang(e.from)).collect();
    langs.sort();
    langs.dedup();
    let srclang = match langs.as_slice() {
        [one] => one.clone(),
        [] => "id".to_string(),
        _ => "*all*".to_string(),
    };
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
    let _ = write!(
        out,
        "  <header creationtool=\"terjemah\" creationtoolversion=\"{}\" segtype=\"{}\" \
         o-tmf=\"terjemah\" adminlang=\"en\" srclang=\"{}\" datatype=\"plaintext\"",
        attr_text(env!("CARGO_PKG_VERSION")),
        attr_text(segtype),
        attr_text(&srclang)
    );
    if header_props.is_empty() {
        out.push_str("/>\n");
    } else {
        out.push_str(">\n");
        for (kind, value) in header_props {
            write_prop(&mut out, "    ", kind, value);
        }
        out.push_str("  </header>\n");
    }
    out.push_str("  <body>\n");
    for e in entries {
        let pair = e.pair;
        out.push_str("    <tu");
        if srclang == "*all*" {
            let _ = write!(out, " srclang=\"{}\"", attr_text(&display_lang(e.from)));
        }
        if let Some(date) = pair.created.as_deref().and_then(tmx_date) {
            let _ = write!(out, " creationdate=\"{date}\"");
        }
        out.push_str(">\n");
        if !pair.document.is_empty() {
            write_prop(&mut out, "      ", "x-document", &pair.document);
        }
        for (kind, value) in &e.props {
            write_prop(&mut out, "      ", kind, value);
        }
        for (lang, text) in [(e.from, &pair.source), (e.to, &pair.target)] {
            let _ = write!(
                out,
                "      <tuv xml:lang=\"{}\"><seg>",
                attr_text(&display_lang(lang))
            );
            write_seg_text(&mut out, text);
            out.push_str("</seg></tuv>\n");
        }
        out.push_str("    </tu>\n");
    }
    out.push_str("  </body>\n</tmx>\n");
    out
}

fn write_prop(out: &mut String, indent: &str, kind: &str, value: &str) {
    let _ = writeln!(
        out,
        "{indent}<prop type=\"{}\">{}</prop>",
        attr_text(kind),
        attr_text(value)
    );
}

/// Inline elements whose content is native code, not text.
const CODE: &[&[u8]] = &[b"bpt", b"ept", b"ph", b"it", b"ut"];

/// What the reader is inside of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Tmx,
    Header,
    Body,
    Tu,
    Tuv,
    Seg,
    Prop,
    Other,
}

/// Reads a TMX document; `name` is used in errors.
pub fn read_tmx(name: &str, text: &str) -> Result<Tmx, TmxError> {
    let lines = Lines::new(text);
    let fail = |pos: usize, message: String| TmxError {
        path: name.to_string(),
        line: lines.at(pos),
        message,
    };
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut stack: Vec<(Open, usize)> = Vec::new();
    let mut tmx: Option<Tmx> = None;
    let mut unit: Option<TmxUnit> = None;
    let mut variant: Option<TmxVariant> = None;
    let mut prop: Option<(String, String)> = None;
    let mut seg = String::new();
    let mut seen_seg = false;
    // Inside an inline code element in a segment: its depth, and the text of an `x-ctrl`
    // placeholder being read.
    let mut code_depth = 0usize;
    let mut ctrl: Option<String> = None;
    let mut root_seen = false;
    let mut root_end = 0usize;
    let mut body_seen = false;
    loop {
        let pos = reader.buffer_position() as usize;
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                let at = reader.error_position() as usize;
                return Err(fail(at, format!("invalid XML: {e}")));
            }
        };
        let top = stack.last().map(|s| s.0);
        let (start, empty) = match &ev {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            _ => (None, false),
        };
        if let Some(e) = start {
            let local = e.local_name();
            let local = local.as_ref();
            let in_seg = stack.iter().any(|(k, _)| *k == Open::Seg);
            if code_depth > 0 || (in_seg && CODE.contains(&local)) {
                if code_depth == 0
                    && local == b"ph"
                    && attr(&e, b"type").as_deref() == Some("x-ctrl")
                {
                    ctrl = Some(String::new());
                }
                if !empty {
                    code_depth += 1;
                } else {
                    ctrl = None;
                }
                continue;
            }
            let kind = match (top, local) {
                (None, other) if root_seen => {
                    let closed = lines.at(root_end);
                    return Err(fail(pos, super::second_root(other, closed)));
                }
                (None, b"tmx") => {
                    root_seen = true;
                    Open::Tmx
                }
                (None, other) => {
                    return Err(fail(
                        pos,
                        format!(
                            "not a TMX file: the root element is <{}>, not <tmx>",
                            String::from_utf8_lossy(other)
                        ),
                    ))
                }
                (Some(Open::Tmx), b"header") => {
                    let Some(srclang) = attr(&e, b"srclang").filter(|s| !s.trim().is_empty())
                    else {
                        return Err(fail(pos, "<header> has no srclang attribute".into()));
                    };
                    tmx = Some(Tmx {
                        srclang: srclang.trim().to_string(),
                        creationtool: attr(&e, b"creationtool"),
                        units: Vec::new(),
                    });
                    Open::Header
                }
                (Some(Open::Tmx), b"body") => {
                    if tmx.is_none() {
                        return Err(fail(pos, "<body> before <header>".into()));
                    }
                    body_seen = true;
                    Open::Body
                }
                (Some(Open::Body), b"tu") => {
                    let line = lines.at(pos);
                    let date = dates(&e).map_err(|m| fail(pos, m))?;
                    unit = Some(TmxUnit {
                        line,
                        tuid: attr(&e, b"tuid"),
                        srclang: attr(&e, b"srclang"),
                        date,
                        props: Vec::new(),
                        variants: Vec::new(),
                    });
                    Open::Tu
                }
                (Some(Open::Tu), b"tuv") => {
                    let Some(lang) = attr(&e, b"lang").filter(|l| !l.trim().is_empty()) else {
                        return Err(fail(pos, "<tuv> has no xml:lang attribute".into()));
                    };
                    let date = dates(&e).map_err(|m| fail(pos, m))?;
                    variant = Some(TmxVariant {
                        lang: lang.trim().to_string(),
                        text: String::new(),
                        date,
                    });
                    seen_seg = false;
                    Open::Tuv
                }
                (Some(Open::Tu), b"prop") => {
                    prop = Some((attr(&e, b"type").unwrap_or_default(), String::new()));
                    Open::Prop
                }
                (Some(Open::Tuv), b"seg") => {
                    if seen_seg {
                        return Err(fail(pos, "a <tuv> with two <seg> elements".into()));
                    }
                    seen_seg = true;
                    seg.clear();
                    Open::Seg
                }
                (Some(Open::Body), other) => {
                    return Err(fail(
                        pos,
                        format!(
                            "<{}> inside <body>: expected <tu>",
                            String::from_utf8_lossy(other)
                        ),
                    ))
                }
                (Some(Open::Tu), b"seg") => {
                    return Err(fail(pos, "<seg> outside a <tuv>".into()));
                }
                (Some(Open::Tmx | Open::Header), b"tu" | b"tuv") => {
                    return Err(fail(
                        pos,
                        format!("<{}> outside <body>", String::from_utf8_lossy(local)),
                    ))
                }
                // `<note>`, `<ude>`, `<hi>` inside a segment and anything else: kept as text
                // where it is inside a segment, otherwise passed over.
                _ => Open::Other,
            };
            if empty {
                let close = close_element(
                    kind,
                    &mut tmx,
                    &mut unit,
                    &mut variant,
                    &mut prop,
                    &mut seg,
                    seen_seg,
                );
                close.map_err(|m| fail(pos, m))?;
            } else {
                stack.push((kind, pos));
            }
            continue;
        }
        match ev {
            Event::End(_) => {
                if code_depth > 0 {
                    code_depth -= 1;
                    if code_depth == 0 {
                        if let Some(code) = ctrl.take() {
                            if let Some(c) = decode_ctrl(&code) {
                                seg.push(c);
                            }
                        }
                    }
                    continue;
                }
                let Some((kind, _)) = stack.pop() else {
                    return Err(fail(pos, "a closing tag without an opening one".into()));
                };
                if stack.is_empty() {
                    root_end = pos;
                }
                close_element(
                    kind,
                    &mut tmx,
                    &mut unit,
                    &mut variant,
                    &mut prop,
                    &mut seg,
                    seen_seg,
                )
                .map_err(|m| fail(pos, m))?;
            }
            Event::Text(t) => {
                let s = t
                    .xml10_content()
                    .map_err(|e| fail(pos, format!("invalid text: {e}")))?;
                push_text(&s, code_depth, &mut ctrl, &stack, &mut seg, &mut prop);
            }
            Event::CData(t) => {
                let s = t
                    .xml10_content()
                    .map_err(|e| fail(pos, format!("invalid text: {e}")))?;
                push_text(&s, code_depth, &mut ctrl, &stack, &mut seg, &mut prop);
            }
            Event::GeneralRef(r) => {
                let s = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let n = r
                            .decode()
                            .map_err(|e| fail(pos, format!("invalid entity: {e}")))?;
                        quick_xml::escape::resolve_predefined_entity(&n)
                            .ok_or_else(|| fail(pos, format!("unknown entity `&{n};`")))?
                            .to_string()
                    }
                    Err(e) => return Err(fail(pos, format!("invalid character reference: {e}"))),
                };
                push_text(&s, code_depth, &mut ctrl, &stack, &mut seg, &mut prop);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some((kind, at)) = stack.last() {
        let opened = lines.at(*at);
        return Err(TmxError {
            path: name.to_string(),
            line: lines.at(text.len()),
            message: format!(
                "the file ends inside {} opened at line {opened}: it is cut short",
                match kind {
                    Open::Tmx => "<tmx>",
                    Open::Header => "<header>",
                    Open::Body => "<body>",
                    Open::Tu => "<tu>",
                    Open::Tuv => "<tuv>",
                    Open::Seg => "<seg>",
                    Open::Prop => "<prop>",
                    Open::Other => "an element",
                }
            ),
        });
    }
    if !root_seen {
        return Err(TmxError {
            path: name.to_string(),
            line: 1,
            message: "not a TMX file: no <tmx> element".into(),
        });
    }
    let Some(tmx) = tmx else {
        return Err(TmxError {
            path: name.to_string(),
            line: 1,
            message: "not a TMX file: no <header>".into(),
        });
    };
    if !body_seen {
        return Err(TmxError {
            path: name.to_string(),
            line: lines.at(text.len()),
            message: "not a TMX file: no <body>".into(),
        });
    }
    Ok(tmx)
}

/// Text inside a segment, a property, or an `x-ctrl` placeholder; elsewhere it is layout.
fn push_text(
    s: &str,
    code_depth: usize,
    ctrl: &mut Option<String>,
    stack: &[(Open, usize)],
    seg: &mut String,
    prop: &mut Option<(String, String)>,
) {
    if code_depth > 0 {
        if let Some(c) = ctrl.as_mut() {
            c.push_str(s);
        }
        return;
    }
    if stack.iter().any(|(k, _)| *k == Open::Seg) {
        seg.push_str(s);
    } else if stack.last().map(|s| s.0) == Some(Open::Prop) {
        if let Some(p) = prop.as_mut() {
            p.1.push_str(s);
        }
    }
}

/// The character an `x-ctrl` placeholder stands for (`U+0007`), if it is one XML forbids.
fn decode_ctrl(code: &str) -> Option<char> {
    let hex = code.trim().strip_prefix("U+")?;
    let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
    forbidden_in_xml(c).then_some(c)
}

/// The latest of an element's `creationdate` and `changedate`, RFC 3339; an error for a date
/// not in TMX's form.
fn dates(e: &BytesStart) -> Result<Option<String>, String> {
    let mut latest: Option<String> = None;
    for key in [&b"creationdate"[..], b"changedate"] {
        if let Some(v) = attr(e, key) {
            let parsed = parse_tmx_date(v.trim()).ok_or_else(|| {
                format!(
                    "{}=\"{v}\" is not a date in TMX's form YYYYMMDDThhmmssZ",
                    String::from_utf8_lossy(key)
                )
            })?;
            if latest.as_ref().is_none_or(|l| parsed > *l) {
                latest = Some(parsed);
            }
        }
    }
    Ok(latest)
}

/// Finishes an element: a segment's text goes to its variant, a variant to its unit, a unit
/// to the file.
fn close_element(
    kind: Open,
    tmx: &mut Option<Tmx>,
    unit: &mut Option<TmxUnit>,
    variant: &mut Option<TmxVariant>,
    prop: &mut Option<(String, String)>,
    seg: &mut String,
    seen_seg: bool,
) -> Result<(), String> {
    match kind {
        Open::Seg => {
            if let Some(v) = variant.as_mut() {
                v.text = std::mem::take(seg);
            }
        }
        Open::Tuv => {
            let v = variant.take().ok_or("`</tuv>` without `<tuv>`")?;
            if !seen_seg {
                return Err(format!("<tuv xml:lang=\"{}\"> has no <seg>", v.lang));
            }
            if let Some(u) = unit.as_mut() {
                u.variants.push(v);
            }
        }
        Open::Prop => {
            if let (Some(p), Some(u)) = (prop.take(), unit.as_mut()) {
                u.props.push(p);
            }
        }
        Open::Tu => {
            let u = unit.take().ok_or("`</tu>` without `<tu>`")?;
            if u.variants.is_empty() {
                return Err(format!("the <tu> at line {} has no <tuv>", u.line));
            }
            if let Some(t) = tmx.as_mut() {
                t.units.push(u);
            }
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(source: &str, target: &str) -> (String, String, MemoryPair) {
        (
            "id".into(),
            "en-gb".into(),
            MemoryPair {
                source: source.into(),
                target: target.into(),
                document: "a&b.txt".into(),
                created: Some("2026-11-26T04:03:53Z".into()),
            },
        )
    }

    #[test]
    fn writes_and_reads_back_awkward_text() {
        let s = "a <b> & \"c\" 'd' ]]> \u{1}\u{7}\u{1b} tab\there\r\nline 😀 \u{FFFF}";
        let out = write_tmx(&[pair(s, "x\r\ny")]);
        assert!(out.contains("<ph type=\"x-ctrl\">U+0001</ph>"), "{out}");
        assert!(out.contains("creationdate=\"20261126T040353Z\""));
        assert!(out.contains("xml:lang=\"en-GB\""));
        let tmx = read_tmx("t.tmx", &out).unwrap();
        let pairs = tmx.pairs("id");
        assert_eq!(pairs.len(), 1);
        assert_eq!(pairs[0].pair, pair(s, "x\r\ny").2);
        assert_eq!(pairs[0].to, "en-GB");
    }

    #[test]
    fn dates_convert_both_ways() {
        assert_eq!(
            parse_tmx_date("20230512T091512Z").as_deref(),
            Some("2023-05-12T09:15:12Z")
        );
        assert_eq!(parse_tmx_date("20230230T091512Z"), None);
        assert_eq!(parse_tmx_date("2023-05-12"), None);
        assert_eq!(
            tmx_date("2026-11-26T04:03:53Z").as_deref(),
            Some("20261126T040353Z")
        );
    }

    #[test]
    fn errors_name_the_line() {
        let e = read_tmx("x.tmx", "<tmx version=\"1.4\">\n<header srclang=\"id\"/>\n<body>\n<tu><tuv xml:lang=\"id\"><seg>a</seg></tuv>\n</body></tmx>").unwrap_err();
        assert_eq!(e.line, 5, "{e}");
        let e = read_tmx("x.tmx", "just text\n").unwrap_err();
        assert!(e.message.contains("not a TMX file"), "{e}");
        let e = read_tmx("x.xlf", "<?xml version=\"1.0\"?>\n<xliff/>").unwrap_err();
        assert_eq!((e.line, e.message.contains("<xliff>")), (2, true), "{e}");
    }
}
