//! `translate glossary lint|list|check`: keeping the glossaries healthy and seeing what an
//! article hits.

use super::output;
use super::{CliError, GlossaryCommand, GlossaryOptions};
use crate::doc::Severity;
use crate::glossary::Glossary;
use serde_json::json;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Arc;

pub(super) fn run(cmd: GlossaryCommand) -> Result<u8, CliError> {
    match cmd {
        GlossaryCommand::Lint {
            files,
            json,
            mut glossary,
        } => {
            glossary.glossary.extend(files);
            lint(&glossary, json)
        }
        GlossaryCommand::List { json, glossary } => list(&glossary, json),
        GlossaryCommand::Check {
            file,
            json,
            glossary,
        } => check(&file, &glossary, json),
        other => super::glossary_maint::run(other),
    }
}

fn lint(opts: &GlossaryOptions, json: bool) -> Result<u8, CliError> {
    let project = output::project()?;
    let sources = project
        .glossary_layers(&opts.glossary, opts.no_default_glossaries)
        .map_err(|e| CliError::input(e.to_string()))?
        .sources()
        .map_err(|e| CliError::input(e.to_string()))?;
    let (glossary, diags) = Glossary::load_lenient(&sources, output::spelling(opts, "en"));
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    if json {
        let items: Vec<_> = diags
            .iter()
            .map(|d| {
                json!({"severity": d.severity, "file": d.file, "line": d.line,
                       "column": d.column, "message": d.message})
            })
            .collect();
        let doc = json!({"files": sources.iter().map(|s| &s.name).collect::<Vec<_>>(),
                         "entries": glossary.entries().len(), "errors": errors,
                         "warnings": warnings, "diagnostics": items});
        output::print(&format!("{doc:#}\n"))?;
    } else {
        let mut out = String::new();
        for d in &diags {
            let _ = writeln!(out, "{d}\n");
        }
        let _ = writeln!(
            out,
            "{}, {}: {}, {}",
            output::count(sources.len(), "file", "files"),
            output::count(glossary.entries().len(), "entry", "entries"),
            output::count(errors, "error", "errors"),
            output::count(warnings, "warning", "warnings")
        );
        output::print(&out)?;
    }
    Ok(if errors > 0 { 2 } else { 0 })
}

fn list(opts: &GlossaryOptions, json: bool) -> Result<u8, CliError> {
    let project = output::project()?;
    let glossary = output::load_glossary(&project, opts, "en")?;
    let spelling = glossary.spelling();
    if json {
        let entries: Vec<_> = glossary
            .entries()
            .iter()
            .map(|e| {
                json!({"source": e.source, "target": e.target_for(spelling), "comment": e.comment,
                       "aliases": e.aliases, "avoid": e.avoid, "adjective": e.adjective,
                       "title": e.flags.title, "dnt": e.flags.dnt,
                       "case_sensitive": e.flags.case_sensitive, "origin": e.origin()})
            })
            .collect();
        output::print(&format!("{:#}\n", json!({"entries": entries})))?;
        return Ok(0);
    }
    let mut out = String::new();
    for e in glossary.entries() {
        let _ = write!(out, "{}\t{}", e.source, e.target_for(spelling));
        if !e.aliases.is_empty() {
            let _ = write!(out, "\taliases: {}", e.aliases.join("|"));
        }
        let _ = writeln!(out, "\t{}", e.origin());
    }
    output::print(&out)?;
    Ok(0)
}

fn check(file: &std::path::Path, opts: &GlossaryOptions, json: bool) -> Result<u8, CliError> {
    let project = output::project()?;
    let glossary = output::load_glossary(&project, opts, "en")?;
    let mut doc = crate::pipeline::read_document(file)
        .map_err(|e| CliError::input(e.to_string()))?
        .doc;
    glossary.annotate(&mut doc);
    // (source, origin) -> (target, count)
    type Key = (Arc<str>, Arc<str>);
    let mut by_entry: BTreeMap<Key, (Arc<str>, usize)> = BTreeMap::new();
    let mut hits = Vec::new();
    for seg in doc.segments() {
        for h in &seg.glossary {
            let slot = by_entry
                .entry((h.source.clone(), h.origin.clone()))
                .or_insert_with(|| (h.target.clone(), 0));
            slot.1 += 1;
            hits.push((seg.id(), h));
        }
    }
    if json {
        let items: Vec<_> = hits
            .iter()
            .map(|(id, h)| {
                json!({"segment": id, "matched": h.matched, "source": h.source,
                       "target": h.target, "start": h.start, "end": h.end, "origin": h.origin})
            })
            .collect();
        output::print(&format!("{:#}\n", json!({"file": doc.path, "hits": items})))?;
        return Ok(0);
    }
    let mut out = String::new();
    let mut cursor = crate::glossary::LineCursor::new(&doc.text);
    for (id, h) in &hits {
        let (line, col) = cursor.locate(h.start);
        let _ = writeln!(
            out,
            "{}:{line}:{col}  {id:<6} {} → {}  ({})",
            doc.path, h.matched, h.target, h.origin
        );
    }
    let _ = writeln!(out, "\n{} hits of {} entries:", hits.len(), by_entry.len());
    for ((source, origin), (target, n)) in &by_entry {
        let _ = writeln!(out, "  {n:>3}× {source} → {target}  ({origin})");
    }
    output::print(&out)?;
    Ok(0)
}
