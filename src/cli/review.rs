//! The review loop's commands: `translate diff` (the reviewer's edits against the machine
//! output) and `translate export` (the finished article, exchange formats, and the approved
//! pairs into the translation memory).

use super::output::{self, write_atomic};
use super::{ApproveArgs, CliError, DiffArgs, ExportArgs, ExportFormat, ImportArgs};
use crate::review::{diff, export, record};
use crate::store::MemoryPair;
use std::path::{Path, PathBuf};

pub(super) fn diff(args: &DiffArgs) -> Result<u8, CliError> {
    let reviewed = output::open_reviewed(&args.file, false)?;
    let machine = match &reviewed.store {
        Some(store) => store
            .machine_outputs(&reviewed.key)
            .map_err(|e| CliError::runtime(e.to_string()))?,
        None => Default::default(),
    };
    let result = diff::diff_review(
        &args.file.display().to_string(),
        &reviewed.opened.review,
        &machine,
    );
    if args.json {
        let json = serde_json::to_string_pretty(&result)
            .map_err(|e| CliError::runtime(format!("cannot write JSON: {e}")))?;
        output::print(&format!("{json}\n"))?;
    } else {
        let color =
            anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
        output::print(&diff::render(&result, color))?;
    }
    Ok(0)
}

pub(super) fn export(args: &ExportArgs) -> Result<u8, CliError> {
    let mut reviewed = output::open_reviewed(&args.file, !args.no_memory)?;
    let opened = &mut reviewed.opened;
    if matches!(
        args.format,
        ExportFormat::Html | ExportFormat::Xliff | ExportFormat::Json
    ) {
        // Views and exchange files carry the glossary hits and QA findings of the final text.
        let project = output::project()?;
        let glossary = output::load_glossary(&project, &args.glossary, &opened.review.header.to)?;
        if crate::mt::is_english(&opened.review.header.to) {
            glossary.annotate(&mut opened.doc);
            crate::qa::annotate(std::slice::from_mut(&mut opened.doc), Some(glossary));
        }
    }
    let header = &opened.review.header;
    let rendered = match args.format {
        ExportFormat::Text => {
            let keep = args.keep_boilerplate
                || output::project()?.config.keep_boilerplate.unwrap_or(false);
            let (text, untranslated) = export::to_text(&opened.doc, keep);
            if !untranslated.is_empty() {
                output::notice(&format!(
                    "{} have no English and keep their source: {}",
                    output::count(untranslated.len(), "segment", "segments"),
                    untranslated.join(", ")
                ));
            }
            text
        }
        ExportFormat::Json => crate::formats::json::to_json(
            &opened.doc,
            &header.backend,
            &crate::mt::engine::Stats::default(),
        ),
        ExportFormat::Tmx => crate::formats::tmx::write_tmx(&memory_pairs(&reviewed)),
        ExportFormat::Xliff => crate::formats::xliff::to_xliff(&opened.doc),
        ExportFormat::Html => crate::review::html::to_html(&opened.doc, &header.backend),
    };
    let dest = args
        .output
        .clone()
        .unwrap_or_else(|| default_output(&args.file, args.format));
    if dest == Path::new("-") {
        output::print(&rendered)?;
    } else {
        write_atomic(&dest, &rendered, args.force)?;
        output::status(&format!("wrote {}", dest.display()));
    }
    let unreviewed = record::unreviewed(&reviewed.opened.review);
    if !unreviewed.is_empty() {
        output::notice(&format!(
            "{} not reviewed yet ({}): they are exported but not stored in the memory; approve them with `translate approve {} ID...` (or --all), or type `state=approved` in their marker",
            output::count(unreviewed.len(), "segment is", "segments are"),
            abbreviate_ids(&unreviewed),
            args.file.display()
        ));
    }
    if let (Some(store), false) = (&reviewed.store, args.no_memory) {
        if let Err(e) = store.save_human_targets(&reviewed.key, &reviewed.edits) {
            output::notice(&e.to_string());
        }
        let entries = memory_pairs(&reviewed);
        let pairs: Vec<MemoryPair> = entries.into_iter().map(|(_, _, p)| p).collect();
        let h = &reviewed.opened.review.header;
        let added = store
            .memory_add(&h.from, &h.to, &pairs)
            .map_err(|e| CliError::runtime(e.to_string()))?;
        output::status(&format!(
            "translation memory: {} stored ({added} new) in {}",
            output::count(pairs.len(), "reviewed pair", "reviewed pairs"),
            store.describe()
        ));
    }
    Ok(0)
}

/// A list of segment ids, shortened past ten.
fn abbreviate_ids(ids: &[String]) -> String {
    if ids.len() <= 10 {
        ids.join(", ")
    } else {
        format!("{}, … {}", ids[..8].join(", "), ids[ids.len() - 1])
    }
}

/// The review's reviewed pairs as memory entries (from, to, pair): only what a person edited
/// or approved ([`record::memory_pairs`]).
fn memory_pairs(reviewed: &output::Reviewed) -> Vec<(String, String, MemoryPair)> {
    let h = &reviewed.opened.review.header;
    record::memory_pairs(&reviewed.opened.review)
        .into_iter()
        .map(|(source, target)| {
            let pair = MemoryPair {
                source,
                target,
                document: reviewed.key.clone(),
                created: None,
            };
            (h.from.clone(), h.to.clone(), pair)
        })
        .collect()
}

/// `translate approve`: marks segments approved in the review file, changing only their
/// markers.
pub(super) fn approve(args: &ApproveArgs) -> Result<u8, CliError> {
    if args.ids.is_empty() && !args.all {
        return Err(CliError::input(
            "name the segments to approve (`translate approve FILE 2.1 3.4`) or approve every segment with English (--all)",
        ));
    }
    let reviewed = output::open_reviewed(&args.file, true)?;
    let ids = (!args.all).then_some(args.ids.as_slice());
    let (text, changed) = record::approve(&reviewed.opened.raw, &reviewed.opened.review, ids)
        .map_err(|e| CliError::input(format!("{}: {e}", args.file.display())))?;
    if let Some(store) = &reviewed.store {
        if let Err(e) = store.save_human_targets(&reviewed.key, &reviewed.edits) {
            output::notice(&e.to_string());
        }
    }
    if changed == 0 {
        output::status(&format!(
            "{}: nothing to approve (already approved)",
            args.file.display()
        ));
        return Ok(0);
    }
    // The translator may have saved the review file meanwhile: their file wins.
    let now = crate::text::encoding::read_file(&args.file)
        .ok()
        .map(|d| d.text);
    if now.as_deref() != Some(reviewed.opened.raw.as_str()) {
        return Err(CliError::runtime(format!(
            "{} changed while approving; not overwritten (run the command again)",
            args.file.display()
        )));
    }
    write_atomic(&args.file, &text, true)?;
    // Still to review: what the record saw unreviewed, less what was just approved (English
    // a person wrote counts as reviewed whatever its marker said).
    let approved: Vec<String> = match ids {
        Some(ids) => ids.to_vec(),
        None => reviewed
            .opened
            .review
            .segments()
            .filter(|s| s.target.is_some())
            .map(|s| s.id())
            .collect(),
    };
    let left = record::unreviewed(&reviewed.opened.review)
        .iter()
        .filter(|id| !approved.contains(id))
        .count();
    output::status(&format!(
        "{}: {} approved; {} still to review",
        args.file.display(),
        output::count(changed, "segment", "segments"),
        left
    ));
    Ok(0)
}

pub(super) fn import(args: &ImportArgs) -> Result<u8, CliError> {
    let name = args.file.display().to_string();
    let text = crate::text::encoding::read_file(&args.file)
        .map_err(|e| CliError::input(e.to_string()))?
        .text;
    let segments = crate::formats::xliff::from_xliff(&name, &text)
        .map_err(|e| CliError::input(e.to_string()))?;
    let review_path = args.review.clone().unwrap_or_else(|| {
        let stem = args
            .file
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        args.file.with_file_name(format!("{stem}.review.md"))
    });
    let mut opened = output::open_review(&review_path)?;
    let report = export::import_xliff(&mut opened.review, &name, &segments)
        .map_err(|e| CliError::input(e.to_string()))?;
    let rendered = opened.review.render();
    if rendered == opened.raw {
        output::status(&format!(
            "{} is up to date ({} checked)",
            review_path.display(),
            output::count(report.unchanged, "segment", "segments")
        ));
        return Ok(0);
    }
    // The translator may have saved the review file meanwhile: their file wins.
    let now = crate::text::encoding::read_file(&review_path).map(|d| d.text);
    if now.ok().as_deref() != Some(opened.raw.as_str()) {
        return Err(CliError::runtime(format!(
            "{} changed while importing; not overwritten (run the import again)",
            review_path.display()
        )));
    }
    write_atomic(&review_path, &rendered, true)?;
    output::status(&format!(
        "updated {}: {} with new English, {} with a new state, {} unchanged",
        review_path.display(),
        output::count(report.changed, "segment", "segments"),
        report.restated,
        report.unchanged
    ));
    Ok(0)
}

/// `a.review.md` → `a.en.txt`, `a.xlf`, ... beside it.
fn default_output(review: &Path, format: ExportFormat) -> PathBuf {
    let name = review
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let stem = name
        .strip_suffix(".review.md")
        .or_else(|| name.strip_suffix(".md"))
        .unwrap_or(&name);
    let ext = match format {
        ExportFormat::Text => "en.txt",
        ExportFormat::Json => "json",
        ExportFormat::Tmx => "tmx",
        ExportFormat::Xliff => "xlf",
        ExportFormat::Html => "html",
    };
    review.with_file_name(format!("{stem}.{ext}"))
}
