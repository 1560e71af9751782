//! `translate align SOURCE TARGET`: pairs an Indonesian article with its English version,
//! paragraphs then sentences, and writes the pairs as a review file, TMX, JSON or TSV.
//! `translate align --batch PAIRS.tsv` does the same for every pair of a list on every core.

use super::output;
use super::{AlignArgs, AlignFormat, AlignUnit, CliError};
use crate::align::batch::{self, PairLine};
use crate::align::export::{self, Summary, TmxUnit};
use crate::align::{self, Aligner, DocumentAlignment, Unit};
use crate::doc::Document;
use std::io::Write;
use std::path::{Path, PathBuf};

pub(super) fn run(args: AlignArgs) -> Result<u8, CliError> {
    if let Some(list) = &args.batch {
        return run_batch(&args, list);
    }
    let (Some(source), Some(target)) = (&args.source, &args.target) else {
        return Err(CliError::input(
            "give SOURCE and TARGET, or --batch PAIRS.tsv",
        ));
    };
    let pair = batch::load_pair(source, target).map_err(CliError::input)?;
    for notice in &pair.notices {
        output::notice(notice);
    }
    let (src, tgt) = (pair.source, pair.target);
    let project = output::project()?;
    let glossary = output::load_glossary(&project, &args.glossary, "en")?;
    let aligner = Aligner::new(Some(glossary));
    let unit = unit(&args);
    let alignment = aligner.align_documents(&src, &tgt, unit);
    let contents = match args.format {
        AlignFormat::Json => export::to_json(&alignment, &src.path, &tgt.path),
        AlignFormat::Tsv => export::to_tsv(&alignment),
        AlignFormat::Tmx => export::to_tmx(&alignment, &src.path, &tgt.path),
        AlignFormat::Review => review_text(&src, &alignment),
    };
    match &args.output {
        Some(path) if path != Path::new("-") => {
            output::write_atomic(path, &contents, args.force)?;
        }
        _ => output::print(&contents)?,
    }
    let s = export::summary(&alignment);
    let mut line = format!(
        "aligned {} Indonesian and {} English {}s: {}",
        alignment.source.len(),
        alignment.target.len(),
        unit.as_str(),
        counts(&s)
    );
    if let Some(path) = args.output.as_deref().filter(|p| *p != Path::new("-")) {
        line.push_str(&format!("; wrote {}", path.display()));
    }
    if args.to_memory {
        let pairs = memory_pairs(&alignment, source, &src.path);
        let state = project.state_dir(Some(source));
        line.push_str(&store_pairs(&state, &pairs)?);
    }
    eprintln!("{line}");
    Ok(0)
}

fn unit(args: &AlignArgs) -> Unit {
    match args.unit {
        AlignUnit::Paragraph => Unit::Paragraph,
        AlignUnit::Sentence => Unit::Sentence,
    }
}

fn review_text(src: &Document, alignment: &DocumentAlignment) -> String {
    let doc = export::review_document(src, alignment);
    crate::review::write_review(&doc, "human")
}

/// `24 1-1, 0 merged, 2 left out, 0 added[; 1 link(s) below 0.75 flagged for review]`.
fn counts(s: &Summary) -> String {
    let mut line = format!(
        "{} 1-1, {} merged, {} left out, {} added",
        s.one_to_one, s.merged, s.omitted, s.added
    );
    if s.flagged > 0 {
        line.push_str(&format!(
            "; {} link(s) below {:.2} flagged for review",
            s.flagged,
            align::FLAG_BELOW
        ));
    }
    line
}

/// The confident pairs of an alignment for the memory, with the Indonesian file's name as
/// their document.
fn memory_pairs(
    alignment: &DocumentAlignment,
    source: &Path,
    shown: &str,
) -> Vec<crate::store::MemoryPair> {
    let document = source
        .file_name()
        .map_or_else(|| shown.to_string(), |n| n.to_string_lossy().into_owned());
    export::confident_pairs(alignment)
        .into_iter()
        .map(|(source, target)| crate::store::MemoryPair {
            source,
            target,
            document: document.clone(),
            created: None,
        })
        .collect()
}

/// Stores `pairs` in the memory of `state`; the summary's clause about it.
fn store_pairs(state: &Path, pairs: &[crate::store::MemoryPair]) -> Result<String, CliError> {
    let store = output::open_state(state)?;
    let added = store
        .memory_add("id", "en", pairs)
        .map_err(|e| CliError::runtime(e.to_string()))?;
    Ok(format!(
        "; {} confident pair(s) stored in the translation memory ({added} new)",
        pairs.len()
    ))
}

/// What one pair of a batch gives back.
struct Done {
    /// Its output for standard output (a JSON line, TSV rows); empty with `-o DIR` and TMX.
    text: String,
    tmx: Vec<TmxUnit>,
    memory: Vec<crate::store::MemoryPair>,
    summary: Summary,
    units: (usize, usize),
    notices: Vec<String>,
}

/// `align --batch`: every pair of the list on every core; output streams in list order. A bad
/// pair is reported with its line and the others still run (exit 1 at the end).
fn run_batch(args: &AlignArgs, list: &Path) -> Result<u8, CliError> {
    let text =
        crate::text::encoding::read_file(list).map_err(|e| CliError::input(e.to_string()))?;
    let (pairs, bad_lines) = batch::parse_list(list, &text.text);
    if pairs.is_empty() && bad_lines.is_empty() {
        return Err(CliError::input(format!(
            "{} lists no pairs (one SOURCE<TAB>TARGET per line)",
            list.display()
        )));
    }
    let out_dir = args.output.as_deref().filter(|p| *p != Path::new("-"));
    if out_dir.is_none() && args.format == AlignFormat::Review {
        return Err(CliError::input(
            "--batch writes one review file per pair: give -o DIR, or -f json|tsv|tmx",
        ));
    }
    if let Some(dir) = out_dir {
        if dir.exists() && !dir.is_dir() {
            return Err(CliError::input(format!(
                "{}: with --batch, -o names a folder for one file per pair",
                dir.display()
            )));
        }
        std::fs::create_dir_all(dir)
            .map_err(|e| CliError::runtime(format!("cannot create {}: {e}", dir.display())))?;
    }
    let mut failed = 0usize;
    let name = list.display();
    for b in &bad_lines {
        output::error_line(&format!("{name}:{}: {}", b.line, b.message)).ok();
        failed += 1;
    }
    // One output file per pair, named after its Indonesian file: two pairs must not share one.
    let mut targets: std::collections::HashMap<PathBuf, usize> = Default::default();
    let mut runnable = Vec::new();
    for p in pairs {
        let file = out_dir.map(|d| d.join(output_name(&p, args.format)));
        if let Some(f) = &file {
            if let Some(first) = targets.get(f) {
                output::error_line(&format!(
                    "{name}:{}: its output {} is line {first}'s too (same file name); rename one",
                    p.line,
                    f.display()
                ))
                .ok();
                failed += 1;
                continue;
            }
            targets.insert(f.clone(), p.line);
        }
        runnable.push((p, file));
    }

    let project = output::project()?;
    let glossary = output::load_glossary(&project, &args.glossary, "en")?;
    let aligner = Aligner::new(Some(glossary));
    let unit = unit(args);
    let work = |(p, file): &(PairLine, Option<PathBuf>)| -> Result<Done, String> {
        let pair = batch::load_pair(&p.source_path, &p.target_path)?;
        let (src, tgt) = (&pair.source, &pair.target);
        let a = aligner.align_documents(src, tgt, unit);
        let mut done = Done {
            text: String::new(),
            tmx: Vec::new(),
            memory: Vec::new(),
            summary: export::summary(&a),
            units: (a.source.len(), a.target.len()),
            notices: pair.notices.clone(),
        };
        if args.to_memory {
            done.memory = memory_pairs(&a, &p.source_path, &p.source);
        }
        let contents = match (args.format, file) {
            (AlignFormat::Json, None) => {
                done.text = export::to_json_line(&a, &p.source, &p.target);
                return Ok(done);
            }
            (AlignFormat::Tsv, None) => {
                done.text = export::tsv_rows(&a, Some(&p.source));
                return Ok(done);
            }
            (AlignFormat::Tmx, None) => {
                done.tmx = export::tmx_units(&a, &p.source);
                return Ok(done);
            }
            (AlignFormat::Review, None) => unreachable!("refused above"),
            (AlignFormat::Json, Some(_)) => export::to_json(&a, &p.source, &p.target),
            (AlignFormat::Tsv, Some(_)) => export::to_tsv(&a),
            (AlignFormat::Tmx, Some(_)) => export::to_tmx(&a, &p.source, &p.target),
            (AlignFormat::Review, Some(_)) => review_text(src, &a),
        };
        if let Some(file) = file {
            output::write_atomic(file, &contents, args.force).map_err(|e| e.message)?;
        }
        Ok(done)
    };

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut write_failed: Option<std::io::Error> = None;
    let mut tmx = Vec::new();
    let mut memory = Vec::new();
    let mut total = Summary::default();
    let (mut aligned, mut units) = (0usize, (0usize, 0usize));
    batch::run_ordered(
        &runnable,
        batch::default_threads(),
        work,
        |(p, _), result| match result {
            Ok(done) => {
                for n in &done.notices {
                    output::notice(n);
                }
                if write_failed.is_none() && !done.text.is_empty() {
                    if let Err(e) = out.write_all(done.text.as_bytes()) {
                        write_failed = Some(e);
                    }
                }
                tmx.extend(done.tmx);
                memory.extend(done.memory);
                total.add(&done.summary);
                units.0 += done.units.0;
                units.1 += done.units.1;
                aligned += 1;
            }
            Err(message) => {
                output::error_line(&format!("{name}:{}: {message}", p.line)).ok();
                failed += 1;
            }
        },
    );
    if args.format == AlignFormat::Tmx && out_dir.is_none() {
        let header = [("x-pair-list".to_string(), list.display().to_string())];
        let text = export::write_tmx(&tmx, unit, &header);
        if let Err(e) = out.write_all(text.as_bytes()) {
            write_failed.get_or_insert(e);
        }
    }
    if let Err(e) = out.flush() {
        write_failed.get_or_insert(e);
    }
    drop(out);
    match write_failed {
        // `translate align --batch ... | head` closes the pipe early; that is not an error.
        Some(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            return Err(CliError::runtime(format!("cannot write output: {e}")));
        }
        _ => {}
    }
    let mut line = format!(
        "aligned {aligned} pair(s), {} Indonesian and {} English {}s: {}",
        units.0,
        units.1,
        unit.as_str(),
        counts(&total)
    );
    if let Some(dir) = out_dir {
        line.push_str(&format!("; wrote {aligned} file(s) in {}", dir.display()));
    }
    if args.to_memory && !memory.is_empty() {
        line.push_str(&store_pairs(&project.state_dir(Some(list)), &memory)?);
    }
    if failed > 0 {
        line.push_str(&format!("; {failed} line(s) of {name} failed (see above)"));
    }
    eprintln!("{line}");
    Ok(if failed > 0 { 1 } else { 0 })
}

/// The file a pair's output gets in `-o DIR`: its Indonesian file's name with the format's
/// extension (`a.txt` -> `a.json`, `a.review.md`).
fn output_name(p: &PairLine, format: AlignFormat) -> String {
    let stem = p
        .source_path
        .file_stem()
        .map_or_else(|| p.source.clone(), |s| s.to_string_lossy().into_owned());
    let ext = match format {
        AlignFormat::Json => "json",
        AlignFormat::Tsv => "tsv",
        AlignFormat::Tmx => "tmx",
        AlignFormat::Review => "review.md",
    };
    format!("{stem}.{ext}")
}
