//! `translate FILE...`: the main job. Reads every input first (so bad input is reported before
//! anything is paid for), refuses to overwrite review files, translates with one backend and one
//! progress bar for all files, then writes each output atomically.

use super::output::{self, write_atomic};
use super::{CliError, Format, TranslateArgs};
use crate::mt::{self, LangPair};
use crate::pipeline;
use crate::review;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

pub(super) fn run(args: TranslateArgs) -> Result<u8, CliError> {
    let project = output::project()?;
    let backend_name = args
        .backend
        .clone()
        .or_else(|| project.config.backend.clone())
        .unwrap_or_else(|| "offline".to_string());
    let langs = LangPair {
        from: args
            .from
            .clone()
            .or_else(|| project.config.from.clone())
            .unwrap_or_else(|| "id".into()),
        to: args
            .to
            .clone()
            .or_else(|| project.config.to.clone())
            .unwrap_or_else(|| "en".into()),
    };
    let env = crate::config::Env::from_process();
    let options = mt::options::BackendOptions::resolve_for_project(
        &backend_name,
        &env,
        &project,
        args.endpoint.as_deref(),
        args.allow_http,
    )
    .map_err(CliError::input)?;
    // An unknown name is a usage error (exit 2); a known backend that cannot start (no key,
    // no model) is a problem of the environment (exit 1), as for an unreachable endpoint.
    if !mt::BACKENDS.contains(&backend_name.as_str()) {
        return Err(CliError::input(format!(
            "unknown backend `{backend_name}` (available: {})",
            mt::BACKENDS.join(", ")
        )));
    }
    let backend = mt::backend_by_name(&backend_name, &options).map_err(CliError::runtime)?;
    if args.output.is_some() && args.files.len() > 1 {
        let dir = args.output.as_deref().unwrap_or(Path::new("."));
        if !dir.is_dir() {
            return Err(CliError::input(format!(
                "-o {}: with several input files, -o must be an existing directory",
                dir.display()
            )));
        }
    }
    let glossary = output::load_glossary(&project, &args.glossary, &langs.to)?;

    let mut exit = 0u8;
    // Each readable input with where its output goes, and its document (kept apart so the
    // engine can take all documents at once).
    let mut inputs: Vec<Input> = Vec::new();
    let mut docs = Vec::new();
    for path in &args.files {
        match pipeline::read_document(path) {
            Ok(loaded) => {
                if let Some(notice) = &loaded.notice {
                    output::notice(&format!("{}: {notice}", path.display()));
                }
                let dest = destination(&args, path);
                let mut existing = None;
                if let (Some(dest), Format::Review) = (&dest, args.format) {
                    if dest.exists() {
                        match read_existing(dest, &loaded.doc) {
                            Ok(found) => existing = Some(found),
                            // --force starts over; a damaged file is still kept (history).
                            Err(e) if args.force => {
                                output::notice(&format!("{e}; starting over (--force)"));
                            }
                            Err(e) => {
                                output::error_line(&e).ok();
                                exit = exit.max(2);
                                continue;
                            }
                        }
                    }
                }
                inputs.push(Input {
                    path: path.clone(),
                    dest,
                    existing,
                });
                docs.push(loaded.doc);
            }
            Err(e) => {
                output::error_line(&e.to_string()).ok();
                exit = exit.max(2);
            }
        }
    }

    if docs.is_empty() {
        return Ok(exit);
    }
    // A dry run reads the state (cache hits) but writes nothing to it.
    let state = match crate::store::Store::open(&project.state_dir(Some(&inputs[0].path))) {
        Ok(store) => Some(store),
        Err(e) => {
            output::notice(&format!(
                "{e}; running without the cache, memory and review history"
            ));
            None
        }
    };
    // Living articles: carry each existing review into the new segmentation.
    for (input, doc) in inputs.iter_mut().zip(docs.iter_mut()) {
        let Some(existing) = input.existing.as_mut() else {
            continue;
        };
        if args.force {
            continue;
        }
        let name = document_key(doc);
        let (machine, human) = match &state {
            Some(store) => (
                store.machine_outputs(&name).unwrap_or_default(),
                store.human_targets(&name).unwrap_or_default(),
            ),
            None => Default::default(),
        };
        let edits = review::merge::mark_edits(&mut existing.review, &machine);
        if let (Some(store), false) = (&state, args.dry_run) {
            if let Err(e) = store.save_human_targets(&name, &edits) {
                output::notice(&e.to_string());
            }
        }
        let mut human = human;
        human.extend(edits);
        let report = review::merge::merge(&existing.review, doc, &human);
        if !report.is_unchanged() {
            eprintln!(
                "{} changed since {} was written:\n{}",
                input.path.display(),
                input.dest.as_deref().unwrap_or(Path::new("-")).display(),
                report.render().trim_end()
            );
        }
    }
    let fuzzy_threshold = args
        .fuzzy_threshold
        .or(project.config.fuzzy_threshold)
        .unwrap_or(75)
        .clamp(1, 100);
    let mut memory_use = pipeline::MemoryUse::default();
    if let (Some(store), false) = (&state, args.no_memory) {
        match pipeline::apply_memory(&mut docs, store, &langs, fuzzy_threshold) {
            Ok(used) => memory_use = used,
            Err(e) => output::notice(&format!("{e}; continuing without the translation memory")),
        }
    }
    let total: usize = docs
        .iter()
        .map(|doc| {
            doc.segments()
                .filter(|s| s.kind.is_translatable() && s.target.is_none())
                .count()
        })
        .sum();
    let bar = progress_bar(total as u64);
    let policy = crate::mt::engine::RetryPolicy {
        timeout: options.timeout,
        ..Default::default()
    };
    let run = pipeline::RunOptions {
        backend: backend.as_ref(),
        langs: langs.clone(),
        policy,
        concurrency: args.concurrency.or(project.config.concurrency),
        store: state
            .as_ref()
            .filter(|_| backend.cacheable() && !args.no_cache),
        ledger: state.as_ref(),
        dry_run: args.dry_run,
    };
    let mut chars = 0u64;
    let result = pipeline::translate(&mut docs, &glossary, run, &mut |n, c| {
        chars += c;
        bar.set_message(format!("{chars} characters"));
        bar.inc(n as u64);
    });
    bar.finish_and_clear();
    for notice in backend.notices() {
        output::notice(&notice);
    }
    let stats = match result {
        Ok(stats) => stats,
        Err((e, stats)) => {
            output::error_line(&format!(
                "backend `{}` failed after {} of {} segments: {e}; what was translated is kept (and cached), a re-run sends only the rest",
                backend.name(),
                stats.translated + stats.cache_hits,
                total
            ))
            .ok();
            exit = exit.max(1);
            stats
        }
    };
    if args.dry_run {
        eprintln!(
            "dry run, backend {}: {} segments to translate, {} from the cache, would send {} characters in {} requests",
            backend.name(),
            total,
            stats.cache_hits,
            stats.characters_sent,
            stats.requests
        );
        return Ok(exit);
    }
    let width = args.width.unwrap_or_else(output::terminal_width);
    if let Some(store) = &state {
        for doc in &docs {
            // What the machine proposed this run (after glossary enforcement), for `diff`.
            let pairs: Vec<(String, String)> = doc
                .segments()
                .filter(|s| s.mt.is_some() || s.origin == crate::doc::Origin::MemoryExact)
                .filter_map(|s| Some((s.text(), review::normalise_target(s.target.as_deref()?))))
                .collect();
            if let Err(e) = store.save_machine_output(&document_key(doc), backend.name(), &pairs) {
                output::notice(&e.to_string());
            }
        }
    }
    for (input, doc) in inputs.iter().zip(&docs) {
        let (path, dest) = (&input.path, &input.dest);
        let rendered = match args.format {
            Format::Review => crate::review::write_review(doc, backend.name()),
            Format::SideBySide => {
                crate::review::terminal::side_by_side(doc, width, std::io::stdout().is_terminal())
            }
            Format::Json => crate::formats::json::to_json(doc, backend.name(), &stats),
            Format::Tsv => crate::formats::tsv::to_tsv(doc),
            Format::Html => crate::review::html::to_html(doc, backend.name()),
            Format::Xliff => crate::formats::xliff::to_xliff(doc),
        };
        match dest {
            Some(dest) => {
                // A review file is replaced only when merged into (living article) or with
                // --force; the replaced file is kept in the history either way.
                let protect =
                    args.format == Format::Review && !args.force && input.existing.is_none();
                if let Some(existing) = &input.existing {
                    // The reviewer may have saved while the backend worked: their file wins.
                    let now = crate::text::encoding::read_file(dest).map(|d| d.text);
                    if now.ok().as_deref() != Some(existing.raw.as_str()) {
                        output::error_line(&format!(
                            "{} changed while translating; not overwritten (run again: translations are kept in the cache)",
                            dest.display()
                        ))
                        .ok();
                        exit = exit.max(1);
                        continue;
                    }
                    if existing.raw == rendered {
                        eprintln!("{} is up to date", dest.display());
                        continue;
                    }
                }
                if args.format == Format::Review && !protect {
                    if let (Some(store), Ok(raw)) = (&state, std::fs::read_to_string(dest)) {
                        keep_history(store.path(), dest, &raw);
                    }
                }
                match write_atomic(dest, &rendered, !protect) {
                    Ok(()) => eprintln!(
                        "wrote {}: {} paragraphs ({})",
                        dest.display(),
                        doc.paragraphs.len(),
                        path.display()
                    ),
                    Err(e) => {
                        output::error_line(&e.message).ok();
                        exit = exit.max(e.code);
                    }
                }
            }
            None => output::print(&rendered)?,
        }
    }
    if memory_use != pipeline::MemoryUse::default() {
        eprintln!(
            "translation memory: {} exact match(es) reused, {} segment(s) with fuzzy matches (>= {}%) in the notes",
            memory_use.exact, memory_use.fuzzy, fuzzy_threshold
        );
    }
    eprintln!(
        "{} file(s), backend {}: {} segments translated, {} from the cache, {} not sent (datelines, bylines, boilerplate); {} characters sent, {} billed, {} requests ({} retries)",
        docs.len(),
        backend.name(),
        stats.translated,
        stats.cache_hits,
        stats.skipped,
        stats.characters_sent,
        stats.characters_billed,
        stats.requests,
        stats.retries
    );
    Ok(exit)
}

/// One input file and what becomes of it.
struct Input {
    path: PathBuf,
    dest: Option<PathBuf>,
    /// The review file already at `dest` (living article), parsed.
    existing: Option<Existing>,
}

/// A review file found where the new one goes.
struct Existing {
    review: review::ReviewFile,
    /// Its text as read, to notice a save made while the backend worked.
    raw: String,
}

/// The key of an article's rows in the state folder: its file name, as the review header has it.
fn document_key(doc: &crate::doc::Document) -> String {
    Path::new(&doc.path)
        .file_name()
        .map_or_else(|| doc.path.clone(), |n| n.to_string_lossy().into_owned())
}

/// Reads and parses the review file at `dest`, which must belong to `doc`'s article.
fn read_existing(dest: &Path, doc: &crate::doc::Document) -> Result<Existing, String> {
    let raw = crate::text::encoding::read_file(dest)
        .map_err(|e| e.to_string())?
        .text;
    let review = review::ReviewFile::parse(&dest.display().to_string(), &raw).map_err(|e| {
        format!("{e}\n  {} is left as it is; fix it, or use --force to start over (the old file is kept in .translate/history/)", dest.display())
    })?;
    let name = document_key(doc);
    if review.header.source != name {
        return Err(format!(
            "{} is the review of `{}`, not of `{name}`; not overwritten (use -o, or --force to replace it)",
            dest.display(),
            review.header.source
        ));
    }
    Ok(Existing { review, raw })
}

/// Keeps a copy of a review file about to be replaced in `.translate/history/`, so no edit is
/// ever lost, whatever the order of runs.
fn keep_history(db: &Path, dest: &Path, raw: &str) {
    let Some(dir) = db.parent().map(|d| d.join("history")) else {
        return;
    };
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let name = dest
        .file_name()
        .map_or_else(|| "review.md".into(), |n| n.to_string_lossy().into_owned());
    let path = dir.join(format!("{stamp}-{name}"));
    if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, raw)) {
        output::notice(&format!("cannot keep a copy in {}: {e}", dir.display()));
    }
}

/// Where a file's output goes; `None` is standard output.
fn destination(args: &TranslateArgs, input: &Path) -> Option<PathBuf> {
    let stdin = input == Path::new("-");
    let name = || {
        let stem = input
            .file_stem()
            .map_or_else(|| "article".into(), |s| s.to_string_lossy().into_owned());
        let ext = match args.format {
            Format::Review => "review.md",
            Format::SideBySide => "txt",
            Format::Json => "json",
            Format::Tsv => "tsv",
            Format::Html => "html",
            Format::Xliff => "xlf",
        };
        format!("{stem}.{ext}")
    };
    match (&args.output, args.files.len()) {
        (Some(o), 1) if o == Path::new("-") => None,
        (Some(o), 1) => Some(o.clone()),
        (Some(dir), _) => Some(dir.join(name())),
        (None, _) if stdin || args.format != Format::Review => None,
        (None, _) => Some(input.with_file_name(name())),
    }
}

/// One bar for the whole run, drawn only when standard error is a terminal.
fn progress_bar(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} segments  eta {eta}  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}
