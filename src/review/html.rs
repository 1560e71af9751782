//! The HTML view (`--format html`): one self-contained page to read or print a translated
//! article, Indonesian left and English right, paragraph by paragraph.
//!
//! The page has inline CSS and nothing else: no scripts, no fonts, images or style sheets from
//! elsewhere, and a Content-Security-Policy that forbids them, so it opens the same offline, in
//! a mail attachment or from an archive. It is a table, so the two languages stay side by side
//! even where CSS is off, and every mark has a text label as well as a colour. Each paragraph
//! is one `<tbody>` (a header row with its number and kind, then a row per segment), so a
//! paragraph never breaks across printed pages if it fits on one.
//!
//! Glossary terms are `<mark>`ed in the source, with the entry in the `title` (shown on hover):
//! `matched → target (file:line)`. QA findings, fuzzy translation-memory matches and the target
//! written before the source changed are listed under the English. Everything that comes from
//! the article, the glossary, the backend or the translator goes through [`escape`].

use crate::doc::{Document, Paragraph, ParagraphKind, Segment, Severity};
use crate::formats::xml_escape as escape;
use std::fmt::Write;

const STYLE: &str = "
body{font:15px/1.5 Georgia,'Times New Roman',serif;color:#1a1a1a;background:#fff;margin:1.5em auto;max-width:80em;padding:0 1em}
h1{font-size:1.4em;margin:0 0 .2em}
.meta,.legend{color:#555;font-size:.9em;margin:.2em 0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
col.sid{width:6.5em}
th,td{vertical-align:top;text-align:left;padding:.35em .6em}
thead th{border-bottom:2px solid #333;font-family:sans-serif;font-size:.85em}
tbody{break-inside:avoid;page-break-inside:avoid}
tr.ph th{font-family:sans-serif;font-size:.8em;color:#444;background:#f3f3f3;border-top:1px solid #ccc}
td.sid{font-family:sans-serif;font-size:.8em;color:#555}
.state{display:inline-block;border-radius:3px;padding:0 .3em;margin-top:.2em}
.state.machine{background:#e8f0fe}
.state.edited{background:#fff3cd}
.state.approved{background:#d4edda}
.state.new{background:#eee}
tbody.dim td.src,tbody.dim td.tgt{color:#888}
tbody.dim tr.ph th{font-style:italic}
mark{background:#fff1a8;border-bottom:1px dotted #8a6d00;color:inherit}
td.tgt .none{color:#999;font-style:italic}
ul.notes{margin:.3em 0 0;padding:0;list-style:none;font-family:sans-serif;font-size:.8em}
ul.notes li{margin:.15em 0;padding:.1em .4em;border-left:3px solid #bbb}
li.qa.error{border-color:#c0392b;background:#fdecea}
li.qa.warning{border-color:#d68910;background:#fef5e7}
li.qa.info{border-color:#5d6d7e}
li.memory{border-color:#2e86c1;background:#eaf2f8}
li.previous{border-color:#7d3c98;background:#f4ecf7}
@media print{body{margin:0;max-width:none;font-size:10pt}.legend{display:none}}
";

/// The page for `doc`, translated by `backend`.
pub fn to_html(doc: &Document, backend: &str) -> String {
    let mut out = String::with_capacity(doc.text.len() * 6 + STYLE.len() + 1024);
    let name = std::path::Path::new(&doc.path)
        .file_name()
        .map_or_else(|| doc.path.clone(), |n| n.to_string_lossy().into_owned());
    let segments = doc.segments().count();
    let count = |severity| {
        doc.segments()
            .flat_map(|s| &s.qa)
            .filter(|f| f.severity == severity)
            .count()
    };
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<meta name=\"generator\" content=\"terjemah {}\">",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(out, "<title>{} — review</title>", escape(&name));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(out, "<h1>{}</h1>", escape(&name));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} → {} · backend {} · {} paragraphs, {} segments · QA: {} errors, {} warnings</p>",
        escape(&doc.source_lang),
        escape(&doc.target_lang),
        escape(backend),
        doc.paragraphs.len(),
        segments,
        count(Severity::Error),
        count(Severity::Warning)
    );
    out.push_str(
        "<p class=\"legend\"><mark>Highlighted</mark> words are glossary terms (hover for the entry). \
         Under the English: QA findings, translation-memory matches, and the target written before \
         the source changed. Grey paragraphs are not translated.</p>\n",
    );
    out.push_str("<table>\n<colgroup><col class=\"sid\"><col><col></colgroup>\n");
    let _ = writeln!(
        out,
        "<thead><tr><th>Segment</th><th lang=\"{}\">Source ({})</th><th lang=\"{}\">Translation ({})</th></tr></thead>",
        escape(&doc.source_lang),
        escape(&doc.source_lang),
        escape(&doc.target_lang),
        escape(&doc.target_lang)
    );
    for par in &doc.paragraphs {
        write_paragraph(&mut out, doc, par);
    }
    out.push_str("</table>\n</body>\n</html>\n");
    out
}

fn write_paragraph(out: &mut String, doc: &Document, par: &Paragraph) {
    let translated = par.segments.iter().any(|s| s.kind.is_translatable());
    let dim = !translated || matches!(par.kind, ParagraphKind::Boilerplate | ParagraphKind::Byline);
    let _ = writeln!(
        out,
        "<tbody id=\"p{}\" class=\"par {}{}\">",
        par.index,
        par.kind.as_str(),
        if dim { " dim" } else { "" }
    );
    let _ = write!(
        out,
        "<tr class=\"ph\"><th colspan=\"3\">¶{} · {}",
        par.index,
        par.kind.as_str().replace('_', " ")
    );
    if !translated {
        out.push_str(" (not translated)");
    }
    out.push_str("</th></tr>\n");
    for seg in &par.segments {
        write_segment(out, doc, seg);
    }
    out.push_str("</tbody>\n");
}

fn write_segment(out: &mut String, doc: &Document, seg: &Segment) {
    let state = seg.state.as_str();
    let _ = write!(
        out,
        "<tr id=\"s{}\" class=\"seg {}\"><td class=\"sid\">{}<br><span class=\"state {state}\">{state}</span>",
        seg.id(),
        seg.kind.as_str(),
        seg.id()
    );
    if !seg.kind.is_translatable() {
        let _ = write!(out, "<br>{}", seg.kind.as_str());
    }
    let _ = write!(
        out,
        "</td><td class=\"src\" lang=\"{}\">",
        escape(&doc.source_lang)
    );
    write_source(out, seg);
    let _ = write!(
        out,
        "</td><td class=\"tgt\" lang=\"{}\">",
        escape(&doc.target_lang)
    );
    match seg.target.as_deref().filter(|t| !t.trim().is_empty()) {
        Some(target) => out.push_str(&escape(target)),
        None if seg.kind.is_translatable() => {
            out.push_str("<span class=\"none\">(no translation)</span>")
        }
        None => out.push_str("<span class=\"none\">(not translated)</span>"),
    }
    write_notes(out, seg);
    out.push_str("</td></tr>\n");
}

/// The source with each glossary hit in a `<mark>`. Hits are byte offsets into the document,
/// in order and not overlapping as the matcher gives them; one that is not (a hand-built
/// document) is shown unmarked rather than garbling the text.
fn write_source(out: &mut String, seg: &Segment) {
    let source = &seg.source;
    let mut at = 0;
    for hit in &seg.glossary {
        let (Some(start), Some(end)) = (
            hit.start.checked_sub(seg.span.start),
            hit.end.checked_sub(seg.span.start),
        ) else {
            continue;
        };
        let (Some(before), Some(term)) = (source.get(at..start), source.get(start..end)) else {
            continue;
        };
        out.push_str(&escape(before));
        let _ = write!(
            out,
            "<mark title=\"{}\">{}</mark>",
            escape(&hit.describe()),
            escape(term)
        );
        at = end;
    }
    out.push_str(&escape(&source[at..]));
}

fn write_notes(out: &mut String, seg: &Segment) {
    if seg.qa.is_empty() && seg.memory.is_empty() && seg.previous.is_none() {
        return;
    }
    out.push_str("<ul class=\"notes\">");
    for f in &seg.qa {
        let severity = f.severity.as_str();
        let _ = write!(
            out,
            "<li class=\"qa {severity}\"><b>QA {severity}</b> ({}): {}</li>",
            escape(&f.check),
            escape(&f.message)
        );
    }
    for m in &seg.memory {
        let _ = write!(
            out,
            "<li class=\"memory\"><b>Memory {}%</b> ({}): {} ⇒ {}</li>",
            m.score,
            escape(&m.document),
            escape(&m.source),
            escape(&m.target)
        );
    }
    if let Some(previous) = &seg.previous {
        let _ = write!(
            out,
            "<li class=\"previous\"><b>Before the source changed:</b> {}</li>",
            escape(previous)
        );
    }
    out.push_str("</ul>");
}
