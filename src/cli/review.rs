//! The review loop's commands: `translate diff` (the reviewer's edits against the machine
//! output) and `translate export` (the finished article, exchange formats, and the approved
//! pairs into the translation memory).

use super::output::{self, write_atomic};
use super::{CliError, DiffArgs, ExportArgs, ExportFormat, ImportArgs};
use crate::review::{diff, export};
use crate::store::{MemoryPair, Store};
use std::path::{Path, PathBuf};

/// The project's state database for `near`.
fn state(near: &Path) -> Result<Store, CliError> {
    output::open_state(&output::project()?.state_dir(Some(near)))
}

pub(super) fn diff(args: &DiffArgs) -> Result<u8, CliError> {
    let opened = output::open_review(&args.file)?;
    let store = state(&args.file)?;
    let machine = store
        .machine_outputs(&opened.review.header.source)
        .map_err(|e| CliError::runtime(e.to_string()))?;
    let result = diff::diff_review(&args.file.display().to_string(), &opened.review, &machine);
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
    let mut opened = output::open_review(&args.file)?;
    if matches!(
        args.format,
        ExportFormat::Html | ExportFormat::Xliff | ExportFormat::Json
    ) {
        // Views and exchange files carry the glossary hits and QA findings of the final text.
        let project = output::project()?;
        let glossary = output::load_glossary(&project, &args.glossary, &opened.review.header.to)?;
        if crate::mt::is_english(&opened.review.header.to) {
            glossary.annotate(&mut opened.doc);
            crate::qa::annotate(std::slice::from_mut(&mut opened.doc), Some(&glossary));
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
                    "{} segment(s) have no English and keep their source: {}",
                    untranslated.len(),
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
        ExportFormat::Tmx => crate::formats::tmx::write_tmx(&memory_pairs(&opened)),
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
        eprintln!("wrote {}", dest.display());
    }
    if !args.no_memory {
        let entries = memory_pairs(&opened);
        let pairs: Vec<MemoryPair> = entries.into_iter().map(|(_, _, p)| p).collect();
        let store = state(&args.file)?;
        let added = store
            .memory_add(&header.from, &header.to, &pairs)
            .map_err(|e| CliError::runtime(e.to_string()))?;
        eprintln!(
            "translation memory: {} pair(s) stored ({added} new) in {}",
            pairs.len(),
            store.path().display()
        );
    }
    Ok(0)
}

/// The review's approved pairs as memory entries (from, to, pair).
fn memory_pairs(opened: &export::Opened) -> Vec<(String, String, MemoryPair)> {
    let h = &opened.review.header;
    export::approved_pairs(&opened.review)
        .into_iter()
        .map(|(source, target)| {
            let pair = MemoryPair {
                source,
                target,
                document: h.source.clone(),
                created: None,
            };
            (h.from.clone(), h.to.clone(), pair)
        })
        .collect()
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
        eprintln!(
            "{} is up to date ({} segments checked)",
            review_path.display(),
            report.unchanged
        );
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
    eprintln!(
        "updated {}: {} segment(s) with new English, {} with a new state, {} unchanged",
        review_path.display(),
        report.changed,
        report.restated,
        report.unchanged
    );
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
