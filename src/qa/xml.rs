//! TMX 1.4 and XLIFF (1.2 and 2.x) reading for `translate qa`, with quick-xml events: only the
//! text of each unit's source and target is needed. Inline codes that hold native data (`<ph>`,
//! `<bpt>`, `<ept>`, `<it>`) are left out; wrappers (`<g>`, `<pc>`, `<mrk>`) keep their text.

use super::input::{InputError, Unit};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// 1-based line of byte `pos` in `text`.
pub(crate) fn line_at(text: &str, pos: usize) -> usize {
    text.as_bytes()[..pos.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn invalid(name: &str, text: &str, pos: usize, message: impl Into<String>) -> InputError {
    InputError::Invalid {
        path: name.to_string(),
        line: line_at(text, pos),
        message: message.into(),
    }
}

fn attr(e: &BytesStart, key: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.as_ref() == key || a.key.local_name().as_ref() == key)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::default())
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

/// Elements whose content is native code, not text.
const CODE: &[&[u8]] = &[b"ph", b"bpt", b"ept", b"it", b"sub"];

/// A flat walk: calls `on` with (event kind, local name, start element, text) and collects text
/// for the innermost open "text" element, skipping code elements.
struct Walker<'a> {
    name: &'a str,
    text: &'a str,
}

enum Ev<'e> {
    Open(BytesStart<'e>, usize),
    Close(Vec<u8>, usize),
    Text(String),
}

impl<'a> Walker<'a> {
    fn events(&self) -> Result<Vec<Ev<'a>>, InputError> {
        let mut reader = Reader::from_str(self.text);
        reader.config_mut().trim_text(false);
        let mut out = Vec::new();
        let mut depth_code = 0usize;
        loop {
            let pos = reader.buffer_position() as usize;
            let ev = reader.read_event().map_err(|e| {
                invalid(
                    self.name,
                    self.text,
                    reader.buffer_position() as usize,
                    format!("invalid XML: {e}"),
                )
            })?;
            match ev {
                Event::Start(e) => {
                    if CODE.contains(&e.local_name().as_ref()) {
                        depth_code += 1;
                    }
                    out.push(Ev::Open(e, pos));
                }
                Event::Empty(e) => {
                    let local = e.local_name().as_ref().to_vec();
                    out.push(Ev::Open(e, pos));
                    out.push(Ev::Close(local, pos));
                }
                Event::End(e) => {
                    let local = e.local_name().as_ref().to_vec();
                    if CODE.contains(&local.as_slice()) {
                        depth_code = depth_code.saturating_sub(1);
                    }
                    out.push(Ev::Close(local, pos));
                }
                Event::Text(t) if depth_code == 0 => {
                    let s = t.decode().map_err(|e| {
                        invalid(self.name, self.text, pos, format!("invalid text: {e}"))
                    })?;
                    out.push(Ev::Text(s.into_owned()));
                }
                Event::CData(t) if depth_code == 0 => {
                    out.push(Ev::Text(String::from_utf8_lossy(&t).into_owned()));
                }
                Event::GeneralRef(r) if depth_code == 0 => {
                    let s = match r.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        _ => {
                            let n = r.decode().map_err(|e| {
                                invalid(self.name, self.text, pos, format!("invalid entity: {e}"))
                            })?;
                            quick_xml::escape::resolve_predefined_entity(&n)
                                .ok_or_else(|| {
                                    invalid(
                                        self.name,
                                        self.text,
                                        pos,
                                        format!("unknown entity `&{n};`"),
                                    )
                                })?
                                .to_string()
                        }
                    };
                    out.push(Ev::Text(s));
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(out)
    }
}

/// Collects the text up to the close of the element opened at `events[i]`; returns it and the
/// index after the close.
fn collect(events: &[Ev], mut i: usize) -> (String, usize) {
    let mut depth = 0;
    let mut s = String::new();
    while i < events.len() {
        match &events[i] {
            Ev::Open(..) => depth += 1,
            Ev::Close(..) => {
                depth -= 1;
                if depth == 0 {
                    return (s, i + 1);
                }
            }
            Ev::Text(t) => s.push_str(t),
        }
        i += 1;
    }
    (s, i)
}

/// A `<tu>` being read: its id, position and (language, text) variants.
type TmxUnit = (String, usize, Vec<(String, String)>);

/// TMX: each `<tu>`'s Indonesian and English `<tuv>`. The id is `tuid`, else the unit's number.
pub(crate) fn parse_tmx(name: &str, text: &str) -> Result<Vec<Unit>, InputError> {
    let events = Walker { name, text }.events()?;
    let mut out = Vec::new();
    let mut srclang = String::from("id");
    let mut i = 0;
    let mut seen_tmx = false;
    // Current unit: id, position, and (lang, text) variants.
    let mut unit: Option<TmxUnit> = None;
    let mut lang = String::new();
    while i < events.len() {
        match &events[i] {
            Ev::Open(e, pos) => match e.local_name().as_ref() {
                b"tmx" => seen_tmx = true,
                b"header" => {
                    if let Some(l) = attr(e, b"srclang").filter(|l| l != "*all*") {
                        srclang = l;
                    }
                }
                b"tu" => {
                    let id = attr(e, b"tuid").unwrap_or_else(|| (out.len() + 1).to_string());
                    unit = Some((id, *pos, Vec::new()));
                }
                b"tuv" => lang = attr(e, b"lang").unwrap_or_default().to_lowercase(),
                b"seg" => {
                    let (s, next) = collect(&events, i);
                    if let Some((_, _, v)) = unit.as_mut() {
                        v.push((lang.clone(), s));
                    }
                    i = next;
                    continue;
                }
                _ => {}
            },
            Ev::Close(local, pos) if local.as_slice() == b"tu" => {
                let Some((id, _, variants)) = unit.take() else {
                    return Err(invalid(name, text, *pos, "`</tu>` without `<tu>`"));
                };
                let lang_is = |l: &str, want: &str| {
                    l.split(['-', '_']).next() == want.to_lowercase().split(['-', '_']).next()
                };
                let source = variants
                    .iter()
                    .find(|(l, _)| lang_is(l, &srclang))
                    .or(variants.first());
                let target = variants
                    .iter()
                    .find(|(l, _)| lang_is(l, "en"))
                    .or_else(|| variants.iter().find(|(l, _)| !lang_is(l, &srclang)));
                let Some((_, source)) = source else {
                    return Err(invalid(name, text, *pos, format!("unit {id} has no <tuv>")));
                };
                out.push(Unit::new(
                    id,
                    source.clone(),
                    target.map(|t| t.1.clone()).unwrap_or_default(),
                ));
            }
            _ => {}
        }
        i += 1;
    }
    if !seen_tmx {
        return Err(invalid(name, text, 0, "not a TMX file: no <tmx> element"));
    }
    Ok(out)
}

/// XLIFF 1.2 (`<trans-unit>`) or 2.x (`<unit>` / `<segment>`): each source and target. The id
/// is the segment's id, else the unit's.
pub(crate) fn parse_xliff(name: &str, text: &str) -> Result<Vec<Unit>, InputError> {
    let events = Walker { name, text }.events()?;
    let mut out = Vec::new();
    let mut seen_xliff = false;
    let mut unit_id = String::new();
    let mut seg_count = 0;
    let mut current: Option<(String, Option<String>, Option<String>)> = None;
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Ev::Open(e, pos) => match e.local_name().as_ref() {
                b"xliff" => seen_xliff = true,
                b"trans-unit" | b"unit" => {
                    unit_id = attr(e, b"id").ok_or_else(|| {
                        invalid(name, text, *pos, "a unit without an `id` attribute")
                    })?;
                    seg_count = 0;
                    if e.local_name().as_ref() == b"trans-unit" {
                        current = Some((unit_id.clone(), None, None));
                    }
                }
                b"segment" => {
                    seg_count += 1;
                    let id = attr(e, b"id").unwrap_or_else(|| {
                        if seg_count == 1 {
                            unit_id.clone()
                        } else {
                            format!("{unit_id}.{seg_count}")
                        }
                    });
                    current = Some((id, None, None));
                }
                b"source" | b"target" => {
                    let is_source = e.local_name().as_ref() == b"source";
                    let (s, next) = collect(&events, i);
                    if let Some(c) = current.as_mut() {
                        if is_source {
                            c.1 = Some(s);
                        } else {
                            c.2 = Some(s);
                        }
                    }
                    i = next;
                    continue;
                }
                b"seg-source" => {
                    // The segmented copy of the source in XLIFF 1.2: `<source>` is enough.
                    let (_, next) = collect(&events, i);
                    i = next;
                    continue;
                }
                _ => {}
            },
            Ev::Close(local, pos) if matches!(local.as_slice(), b"trans-unit" | b"segment") => {
                if let Some((id, source, target)) = current.take() {
                    let source = source.ok_or_else(|| {
                        invalid(name, text, *pos, format!("unit {id} has no <source>"))
                    })?;
                    out.push(Unit::new(id, source, target.unwrap_or_default()));
                }
            }
            _ => {}
        }
        i += 1;
    }
    if !seen_xliff {
        return Err(invalid(
            name,
            text,
            0,
            "not an XLIFF file: no <xliff> element",
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn xliff_units() {
        let x12 = r#"<xliff version="1.2"><file source-language="id" target-language="en" datatype="plaintext" original="a"><body>
<trans-unit id="1.1"><source>Dua <g id="1">kapal</g></source><target>Two <g id="1">ships</g></target></trans-unit>
</body></file></xliff>"#;
        assert_eq!(
            parse_xliff("a.xlf", x12).unwrap(),
            [Unit::new("1.1", "Dua kapal", "Two ships")]
        );
        let x2 = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en"><file id="f"><unit id="u1">
<segment id="2.1"><source>Tiga</source><target>Three</target></segment></unit></file></xliff>"#;
        assert_eq!(
            parse_xliff("a.xlf", x2).unwrap(),
            [Unit::new("2.1", "Tiga", "Three")]
        );
        let bad = parse_xliff(
            "a.xlf",
            "<xliff>\n<unit id=\"1\"><segment><source>x</sourc></segment></unit></xliff>",
        );
        assert!(bad
            .unwrap_err()
            .to_string()
            .starts_with("a.xlf:2: invalid XML"));
    }
}
