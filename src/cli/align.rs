//! `translate align SOURCE TARGET`: pairs an Indonesian article with its English version,
//! paragraphs then sentences, and writes the pairs as a review file, TMX, JSON or TSV.

use super::output;
use super::{AlignArgs, AlignFormat, AlignUnit, CliError};
use crate::align::{self, check, export, Aligner, Unit};
use std::path::Path;

pub(super) fn run(args: AlignArgs) -> Result<u8, CliError> {
    if args.source != Path::new("-") && same_file(&args.source, &args.target) {
        return Err(CliError::input(format!(
            "{} and {} are the same file: give the Indonesian article and its English translation",
            args.source.display(),
            args.target.display()
        )));
    }
    if args.source == Path::new("-") && args.target == Path::new("-") {
        return Err(CliError::input(
            "only one of SOURCE and TARGET can be standard input (-)",
        ));
    }
    let read = |path: &Path| -> Result<crate::doc::Document, CliError> {
        let loaded =
            crate::pipeline::read_document(path).map_err(|e| CliError::input(e.to_string()))?;
        if let Some(notice) = &loaded.notice {
            output::notice(&format!("{}: {notice}", path.display()));
        }
        Ok(loaded.doc)
    };
    let src = read(&args.source)?;
    let mut tgt = read(&args.target)?;
    tgt.source_lang = "en".into();
    check::check_pair(&src.path, &src.text, &tgt.path, &tgt.text)
        .map_err(|e| CliError::input(e.to_string()))?;

    let project = output::project()?;
    let glossary = output::load_glossary(&project, &args.glossary, "en")?;
    let aligner = Aligner::new(Some(&glossary));
    let unit = match args.unit {
        AlignUnit::Paragraph => Unit::Paragraph,
        AlignUnit::Sentence => Unit::Sentence,
    };
    let alignment = aligner.align_documents(&src, &tgt, unit);
    let contents = match args.format {
        AlignFormat::Json => export::to_json(&alignment, &src.path, &tgt.path),
        AlignFormat::Tsv => export::to_tsv(&alignment),
        AlignFormat::Tmx => export::to_tmx(&alignment, &src.path, &tgt.path),
        AlignFormat::Review => {
            let doc = export::review_document(&src, &alignment);
            crate::review::write_review(&doc, "human")
        }
    };
    match &args.output {
        Some(path) if path != Path::new("-") => {
            output::write_atomic(path, &contents, args.force)?;
        }
        _ => output::print(&contents)?,
    }
    let s = export::summary(&alignment);
    let units = unit.as_str();
    let mut line = format!(
        "aligned {} Indonesian and {} English {units}s: {} 1-1, {} merged, {} left out, {} added",
        alignment.source.len(),
        alignment.target.len(),
        s.one_to_one,
        s.merged,
        s.omitted,
        s.added
    );
    if s.flagged > 0 {
        line.push_str(&format!(
            "; {} link(s) below {:.2} flagged for review",
            s.flagged,
            align::FLAG_BELOW
        ));
    }
    if let Some(path) = args.output.as_deref().filter(|p| *p != Path::new("-")) {
        line.push_str(&format!("; wrote {}", path.display()));
    }
    if args.to_memory {
        let document = Path::new(&src.path)
            .file_name()
            .map_or_else(|| src.path.clone(), |n| n.to_string_lossy().into_owned());
        let pairs: Vec<crate::store::MemoryPair> = export::confident_pairs(&alignment)
            .into_iter()
            .map(|(source, target)| crate::store::MemoryPair {
                source,
                target,
                document: document.clone(),
                created: None,
            })
            .collect();
        let store = output::open_state(&project.state_dir(Some(&args.source)))?;
        let added = store
            .memory_add("id", "en", &pairs)
            .map_err(|e| CliError::runtime(e.to_string()))?;
        line.push_str(&format!(
            "; {} confident pair(s) stored in the translation memory ({added} new)",
            pairs.len()
        ));
    }
    eprintln!("{line}");
    Ok(0)
}

/// Whether two paths name one file (also through links or `./`).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}
