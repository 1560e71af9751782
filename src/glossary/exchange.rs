//! Exchanging glossaries with CAT tools (`glossary import|export`): TBX (TBX-Basic in the TBX
//! v3 DCA style, ISO 30042:2019, and the older TBX 2008 `martif` files that memoQ and Trados
//! MultiTerm exchange, both read and written) and CSV with a header row (RFC 4180 quoting).
//!
//! What each format can hold is kept: notes, synonyms (admitted terms: our aliases),
//! forbidden terms (deprecated English terms: our variants to avoid) and a US English term.
//! TBX has no place for a country adjective or our flags; CSV keeps every column.

use super::edit::{default_header, Row};
use super::{tsv, Entry, Glossary, Source, Spelling};
use crate::doc::Severity;
use crate::formats::{xml_escape as xml, Lines};
use quick_xml::events::Event;
use std::fmt::Write;

/// A file that cannot be imported, with its place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct ExchangeError {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

fn err(file: &str, line: usize, message: impl Into<String>) -> ExchangeError {
    ExchangeError {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

/// One imported entry and the line where it starts in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// 1-based line of the entry in the input.
    pub line: usize,
    /// The entry.
    pub row: Row,
}

/// The file's text, which must be UTF-8 (a BOM is dropped); else an error naming the line of
/// the first bad byte.
pub fn utf8(file: &str, bytes: &[u8]) -> Result<String, ExchangeError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(err(file, 1, "the file is UTF-16; save it as UTF-8"));
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let upto = &bytes[..e.utf8_error().valid_up_to()];
        err(
            file,
            upto.iter().filter(|&&b| b == b'\n').count() + 1,
            "not UTF-8 text (another encoding?); save it as UTF-8",
        )
    })
}

/// The administrative status of a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Preferred,
    Admitted,
    Deprecated,
}

#[derive(Debug, Default)]
struct Term {
    text: String,
    status: Option<Status>,
}

#[derive(Debug, Default)]
struct Concept {
    line: usize,
    notes: Vec<String>,
    /// (language, terms)
    langs: Vec<(String, Vec<Term>)>,
}

/// Reads a TBX file: TBX v3 (`<tbx type="TBX-Basic" style="dca">`, also TBX-Core and
/// TBX-Min) or TBX 2008 (`<martif>`). Each concept entry becomes one row: the Indonesian
/// preferred (else first) term is the source and its other terms the aliases; the English
/// preferred term is the target, deprecated English terms the variants to avoid, an `en-US`
/// term the US spelling; definitions and notes the comment.
pub fn read_tbx(file: &str, text: &str) -> Result<Vec<Imported>, ExchangeError> {
    let mut reader = quick_xml::Reader::from_str(text);
    // Line numbers counted as the reader goes: counting from the start for every element made
    // a 4 MB file take seconds.
    let lines = Lines::new(text);
    let line_at = |_: &str, pos: usize| lines.at(pos);
    let mut root_closed: Option<usize> = None;
    let mut stack: Vec<String> = Vec::new();
    let mut concepts: Vec<Concept> = Vec::new();
    let mut current: Option<Concept> = None;
    let mut buf_text = String::new();
    let mut note_type = String::new();
    let mut root_seen = false;
    let attr = |e: &quick_xml::events::BytesStart, name: &[u8]| -> Option<String> {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .and_then(|a| {
                a.normalized_value(quick_xml::XmlVersion::default())
                    .ok()
                    .map(|v| v.into_owned())
            })
    };
    loop {
        let pos = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| {
            err(
                file,
                line_at(text, reader.error_position() as usize),
                format!("broken XML: {e}"),
            )
        })?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                let line = line_at(text, pos);
                if let Some(closed) = root_closed {
                    return Err(err(
                        file,
                        line,
                        crate::formats::second_root(e.local_name().as_ref(), closed),
                    ));
                }
                if !root_seen {
                    root_seen = true;
                    check_dialect(file, line, &name, attr(e, b"type"), attr(e, b"style"))?;
                }
                match name.as_str() {
                    "conceptEntry" | "termEntry" => {
                        current = Some(Concept {
                            line,
                            ..Concept::default()
                        })
                    }
                    "langSec" | "langSet" => {
                        let lang = attr(e, b"xml:lang").unwrap_or_default();
                        if let Some(c) = current.as_mut() {
                            c.langs.push((lang.to_lowercase(), Vec::new()));
                        }
                    }
                    "termSec" | "tig" | "ntig" => {
                        if let Some((_, terms)) = current.as_mut().and_then(|c| c.langs.last_mut())
                        {
                            terms.push(Term::default());
                        }
                    }
                    "termNote" | "descrip" => note_type = attr(e, b"type").unwrap_or_default(),
                    _ => {}
                }
                buf_text.clear();
                if !empty {
                    stack.push(name);
                } else if stack.is_empty() {
                    root_closed = Some(line);
                }
            }
            Event::Text(t) => {
                let s = t
                    .decode()
                    .map_err(|e| err(file, line_at(text, pos), format!("bad text: {e}")))?;
                buf_text.push_str(&s);
            }
            Event::GeneralRef(r) => {
                let name = r
                    .decode()
                    .map_err(|e| err(file, line_at(text, pos), format!("bad entity: {e}")))?;
                let ch = match name.as_ref() {
                    "amp" => "&".to_string(),
                    "lt" => "<".to_string(),
                    "gt" => ">".to_string(),
                    "quot" => "\"".to_string(),
                    "apos" => "'".to_string(),
                    n if n.starts_with('#') => {
                        let code = if let Some(h) = n.strip_prefix("#x") {
                            u32::from_str_radix(h, 16).ok()
                        } else {
                            n[1..].parse().ok()
                        };
                        code.and_then(char::from_u32)
                            .map(String::from)
                            .ok_or_else(|| {
                                err(
                                    file,
                                    line_at(text, pos),
                                    format!("bad character reference &{n};"),
                                )
                            })?
                    }
                    n => {
                        return Err(err(
                            file,
                            line_at(text, pos),
                            format!("unknown entity &{n};"),
                        ))
                    }
                };
                buf_text.push_str(&ch);
            }
            Event::CData(t) => buf_text.push_str(&String::from_utf8_lossy(&t)),
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                stack.pop();
                if stack.is_empty() {
                    root_closed = Some(line_at(text, pos));
                }
                let value = crate::doc::collapse_whitespace(&buf_text);
                let last_term = current
                    .as_mut()
                    .and_then(|c| c.langs.last_mut())
                    .and_then(|(_, t)| t.last_mut());
                match name.as_str() {
                    "term" => {
                        if let Some(t) = last_term {
                            t.text = value;
                        }
                    }
                    "termNote"
                        if note_type == "administrativeStatus"
                            || note_type == "normativeAuthorization" =>
                    {
                        let status = match value.as_str() {
                            "preferredTerm-admn-sts" | "preferred" => Some(Status::Preferred),
                            "admittedTerm-admn-sts" | "admitted" => Some(Status::Admitted),
                            "deprecatedTerm-admn-sts"
                            | "supersededTerm-admn-sts"
                            | "deprecated"
                            | "forbidden" => Some(Status::Deprecated),
                            _ => None,
                        };
                        if let Some(t) = last_term {
                            t.status = status;
                        }
                    }
                    "descrip" if note_type == "definition" => {
                        if let Some(c) = current.as_mut() {
                            if !value.is_empty() {
                                c.notes.push(value);
                            }
                        }
                    }
                    "note" => {
                        if let Some(c) = current.as_mut() {
                            if !value.is_empty() {
                                c.notes.push(value);
                            }
                        }
                    }
                    "conceptEntry" | "termEntry" => {
                        if let Some(c) = current.take() {
                            concepts.push(c);
                        }
                    }
                    _ => {}
                }
                buf_text.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !root_seen {
        return Err(err(file, 1, "no XML element found: not a TBX file"));
    }
    if !stack.is_empty() {
        return Err(err(
            file,
            line_at(text, text.len()),
            format!("broken XML: <{}> is never closed", stack.join("> <")),
        ));
    }
    concepts.into_iter().map(|c| concept_row(file, c)).collect()
}

fn check_dialect(
    file: &str,
    line: usize,
    root: &str,
    kind: Option<String>,
    style: Option<String>,
) -> Result<(), ExchangeError> {
    match root {
        "tbx" => {
            let kind = kind.unwrap_or_default();
            if !matches!(kind.as_str(), "TBX-Basic" | "TBX-Core" | "TBX-Min") {
                return Err(err(
                    file,
                    line,
                    format!("unknown TBX dialect `{kind}` (known: TBX-Basic, TBX-Core, TBX-Min, and TBX 2008 `martif`)"),
                ));
            }
            match style.as_deref() {
                Some("dca") | None => Ok(()),
                Some(other) => Err(err(
                    file,
                    line,
                    format!("TBX style `{other}` is not read; export with style=\"dca\""),
                )),
            }
        }
        "martif" => Ok(()),
        other => Err(err(
            file,
            line,
            format!("not a TBX file: the root element is <{other}>, expected <tbx> or <martif>"),
        )),
    }
}

fn concept_row(file: &str, c: Concept) -> Result<Imported, ExchangeError> {
    let lang_terms = |want: &dyn Fn(&str) -> bool| -> Vec<&Term> {
        c.langs
            .iter()
            .filter(|(l, _)| want(l))
            .flat_map(|(_, t)| t.iter())
            .filter(|t| !t.text.is_empty())
            .collect()
    };
    let indonesian = lang_terms(&|l| l == "id" || l.starts_with("id-") || l == "in");
    let english =
        lang_terms(&|l| l == "en" || l == "en-gb" || (l.starts_with("en-") && l != "en-us"));
    let us = lang_terms(&|l| l == "en-us");
    let pick = |terms: &[&Term]| -> Option<String> {
        terms
            .iter()
            .find(|t| t.status == Some(Status::Preferred))
            .or_else(|| terms.iter().find(|t| t.status != Some(Status::Deprecated)))
            .map(|t| t.text.clone())
    };
    let english_all: Vec<&Term> = if english.is_empty() {
        us.clone()
    } else {
        english.clone()
    };
    let (Some(source), Some(target)) = (pick(&indonesian), pick(&english_all)) else {
        return Err(err(
            file,
            c.line,
            "a concept entry without an Indonesian (id) and an English (en) term that is not deprecated",
        ));
    };
    let aliases = indonesian
        .iter()
        .filter(|t| t.text != source && t.status != Some(Status::Deprecated))
        .map(|t| t.text.clone())
        .collect();
    let avoid = english_all
        .iter()
        .chain(us.iter())
        .filter(|t| t.status == Some(Status::Deprecated))
        .map(|t| t.text.clone())
        .collect();
    let us = if english.is_empty() { None } else { pick(&us) }.filter(|u| *u != target);
    Ok(Imported {
        line: c.line,
        row: Row {
            source,
            target,
            comment: c.notes.join("; "),
            aliases,
            avoid,
            us: us.unwrap_or_default(),
            ..Row::default()
        },
    })
}

/// Which TBX to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TbxDialect {
    /// TBX v3 (ISO 30042:2019), TBX-Basic in the DCA style: `tbx`, `conceptEntry`, `langSec`,
    /// `termSec`.
    V3,
    /// TBX 2008 (ISO 30042:2008), TBX-Basic: `martif`, `termEntry`, `langSet`, `tig`; for
    /// tools that read only the older form.
    Tbx2008,
}

/// TBX-Basic: one concept entry per glossary entry, the Indonesian source preferred and the
/// aliases admitted, the English target preferred and the variants to avoid deprecated, the US
/// form in an `en-US` section, the comment as a note.
pub fn write_tbx(entries: &[Entry], dialect: TbxDialect) -> String {
    // (root, header, entry, language section, term section)
    let (root, header, entry, lang, term_sec) = match dialect {
        TbxDialect::V3 => (
            "tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"",
            "tbxHeader",
            "conceptEntry",
            "langSec",
            "termSec",
        ),
        TbxDialect::Tbx2008 => (
            "martif type=\"TBX-Basic\" xml:lang=\"en\"",
            "martifHeader",
            "termEntry",
            "langSet",
            "tig",
        ),
    };
    let root_name = root.split(' ').next().unwrap_or(root);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{root}>\n  <{header}>\n    <fileDesc>\n      <sourceDesc>\n        <p>Exported by terjemah (translate glossary export)</p>\n      </sourceDesc>\n    </fileDesc>\n  </{header}>\n  <text>\n    <body>\n"
    );
    let term = |out: &mut String, text: &str, status: &str| {
        let _ = writeln!(
            out,
            "          <{term_sec}>\n            <term>{}</term>\n            <termNote type=\"administrativeStatus\">{status}-admn-sts</termNote>\n          </{term_sec}>",
            xml(text)
        );
    };
    for (i, e) in entries.iter().enumerate() {
        let _ = writeln!(out, "      <{entry} id=\"c{}\">", i + 1);
        if !e.comment.is_empty() {
            let _ = writeln!(out, "        <note>{}</note>", xml(&e.comment));
        }
        let _ = writeln!(out, "        <{lang} xml:lang=\"id\">");
        term(&mut out, &e.source, "preferredTerm");
        for a in &e.aliases {
            term(&mut out, a, "admittedTerm");
        }
        let _ = writeln!(out, "        </{lang}>\n        <{lang} xml:lang=\"en\">");
        term(&mut out, &e.target, "preferredTerm");
        for a in &e.avoid {
            term(&mut out, a, "deprecatedTerm");
        }
        let _ = writeln!(out, "        </{lang}>");
        if let Some(us) = &e.us {
            let _ = writeln!(out, "        <{lang} xml:lang=\"en-US\">");
            term(&mut out, us, "preferredTerm");
            let _ = writeln!(out, "        </{lang}>");
        }
        let _ = writeln!(out, "      </{entry}>");
    }
    let _ = writeln!(out, "    </body>\n  </text>\n</{root_name}>");
    out
}

/// The CSV columns, in order; list columns are `|`-separated.
pub const CSV_COLUMNS: &[&str] = &[
    "source",
    "target",
    "note",
    "aliases",
    "avoid",
    "us",
    "adjective",
    "flags",
];

/// CSV with a header row ([`CSV_COLUMNS`]), quoted as RFC 4180 says.
pub fn write_csv(entries: &[Entry]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
    for e in entries {
        let row = Row::of(e);
        let _ = w.write_record([
            row.source.as_str(),
            &row.target,
            &row.comment,
            &row.aliases.join("|"),
            &row.avoid.join("|"),
            &row.us,
            &row.adjective,
            &row.flags.join(","),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Reads CSV with a header row naming its columns (any order; `comment` or `definition` for
/// `note`, `synonyms` for `aliases`, `forbidden` for `avoid` are understood too).
pub fn read_csv(file: &str, text: &str) -> Result<Vec<Imported>, ExchangeError> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let csv_err = |e: csv::Error| {
        let line = e.position().map_or(1, |p| p.line() as usize);
        err(file, line, format!("malformed CSV: {e}"))
    };
    let header = r.headers().map_err(csv_err)?.clone();
    let mut index = std::collections::HashMap::new();
    for (i, h) in header.iter().enumerate() {
        let name = match h.trim().to_lowercase().as_str() {
            "source" | "term" | "id" => "source",
            "target" | "en" | "translation" => "target",
            "note" | "notes" | "comment" | "definition" => "note",
            "aliases" | "synonyms" => "aliases",
            "avoid" | "forbidden" => "avoid",
            "us" => "us",
            "adjective" => "adjective",
            "flags" => "flags",
            other => {
                return Err(err(
                    file,
                    1,
                    format!(
                        "unknown column `{other}` in the header (known: {})",
                        CSV_COLUMNS.join(", ")
                    ),
                ))
            }
        };
        index.insert(name, i);
    }
    for need in ["source", "target"] {
        if !index.contains_key(need) {
            return Err(err(file, 1, format!("the header has no `{need}` column")));
        }
    }
    let mut out = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(csv_err)?;
        let line = rec.position().map_or(1, |p| p.line() as usize);
        let get = |k: &str| {
            index
                .get(k)
                .and_then(|&i| rec.get(i))
                .unwrap_or_default()
                .to_string()
        };
        let list = |s: String, sep: char| -> Vec<String> {
            s.split(sep)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        };
        out.push(Imported {
            line,
            row: Row {
                source: get("source"),
                target: get("target"),
                comment: get("note"),
                aliases: list(get("aliases"), '|'),
                avoid: list(get("avoid"), '|'),
                us: get("us"),
                adjective: get("adjective"),
                flags: list(get("flags"), ','),
            },
        });
    }
    Ok(out)
}

/// The imported rows as a glossary TSV file (with the full header), checked with the
/// glossary's own reader and linter: a bad value or a conflict is an error naming the input
/// line.
pub fn to_tsv(file: &str, rows: &[Imported]) -> Result<String, ExchangeError> {
    let columns: Vec<String> = tsv::KNOWN_COLUMNS.iter().map(|c| c.to_string()).collect();
    let mut text = default_header();
    text.push('\n');
    for imp in rows {
        imp.row
            .check_values()
            .and_then(|()| imp.row.to_line(&columns))
            .map(|l| {
                text.push_str(&l);
                text.push('\n');
            })
            .map_err(|m| err(file, imp.line, m))?;
    }
    let src = Source {
        name: file.to_string(),
        key: String::new(),
        text: text.clone(),
    };
    let (_, diags) = Glossary::load_lenient(&[src], Spelling::British);
    if let Some(d) = diags
        .iter()
        .find(|d| d.severity == Severity::Error || d.message.starts_with("duplicate"))
    {
        // TSV line 1 is the header, line n + 1 row n.
        let line = rows.get(d.line.saturating_sub(2)).map_or(1, |r| r.line);
        return Err(err(file, line, d.message.clone()));
    }
    Ok(text)
}
