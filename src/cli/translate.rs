//! `translate FILE...`: the main job. Checks the language pair and every input first (so bad
//! input is reported before anything is paid for), carries each existing review file into the
//! new segmentation (living articles), translates with one backend and one progress bar for all
//! files, then writes each output atomically.
//!
//! The review file is the translator's record ([`crate::review::record`]): only a run that
//! writes it records machine output; a run in another format shows the reviewed English of the
//! review file beside the article and changes nothing. A failed run never replaces a review
//! file, and a run that changes nothing leaves it (and the history) alone.

use super::output::{self, write_atomic};
use super::{CliError, Format, TranslateArgs};
use crate::doc::{Document, Origin};
use crate::mt::{self, LangPair};
use crate::pipeline;
use crate::review::{self, record, ReviewFile};
use crate::store::Store;
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
    // An unknown name or an unsupported language pair is a usage error (exit 2), found before
    // any file is read or written; a known backend that cannot start (no key, no model) is a
    // problem of the environment (exit 1), as for an unreachable endpoint.
    if !mt::BACKENDS.contains(&backend_name.as_str()) {
        return Err(CliError::input(format!(
            "unknown backend `{backend_name}` (available: {})",
            mt::BACKENDS.join(", ")
        )));
    }
    mt::languages::check(&backend_name, &langs).map_err(CliError::input)?;
    let env = crate::config::Env::from_process();
    let options = mt::options::BackendOptions::resolve_for_project(
        &backend_name,
        &env,
        &project,
        args.endpoint.as_deref(),
        args.allow_http,
    )
    .map_err(CliError::input)?;
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
    let root = project.config_path.as_ref().map(|_| project.root.as_path());
    let max_size = args.max_size.unwrap_or(pipeline::DEFAULT_MAX_ARTICLE_BYTES);

    let mut exit = 0u8;
    let several = args.files.len() > 1;
    // Each readable input with where its output goes, and its document (kept apart so the
    // engine can take all documents at once).
    let mut inputs: Vec<Input> = Vec::new();
    let mut docs = Vec::new();
    for path in &args.files {
        let loaded = match pipeline::read_article(path, max_size) {
            Ok(loaded) => loaded,
            Err(e @ pipeline::InputError::NotAnArticle { .. }) if several => {
                output::notice(&format!("skipped: {e}"));
                continue;
            }
            Err(e) => {
                output::error_line(&e.to_string()).ok();
                exit = exit.max(2);
                continue;
            }
        };
        if let Some(notice) = &loaded.notice {
            output::notice(&format!("{}: {notice}", path.display()));
        }
        let dest = destination(&args, path);
        match prepare(&args, path, dest.as_deref(), &loaded.doc) {
            Ok((existing, record_path)) => {
                inputs.push(Input {
                    key: record::document_key(root, path),
                    path: path.clone(),
                    dest,
                    existing,
                    record_path,
                });
                docs.push(loaded.doc);
            }
            Err(e) => {
                output::error_line(&e.message).ok();
                exit = exit.max(e.code);
            }
        }
    }

    if docs.is_empty() {
        return Ok(exit);
    }
    let writes_record = args.format == Format::Review && !args.dry_run;
    // A dry run reads the state (cache hits) but writes nothing to it.
    let state_dir = project.state_dir(Some(&inputs[0].path));
    let state = output::run_state(&state_dir, args.concurrency.or(project.config.concurrency))?;
    // Living articles: carry each existing review into the new segmentation.
    for (input, doc) in inputs.iter_mut().zip(docs.iter_mut()) {
        let Some(existing) = input.existing.as_mut() else {
            continue;
        };
        // A damaged file replaced with --force has no review to carry over.
        let Some(old) = existing.review.as_mut() else {
            continue;
        };
        let rec = output::load_record(state.as_ref(), &input.key).unwrap_or_else(|e| {
            output::notice(&e.to_string());
            Default::default()
        });
        let edits = record::reconcile(old, &rec.machine);
        if let (Some(store), true) = (&state, writes_record) {
            if let Err(e) = store.save_human_targets(&input.key, &edits) {
                output::notice(&e.to_string());
            }
        }
        if args.force && args.format == Format::Review {
            continue;
        }
        let mut human = rec.human;
        human.extend(edits);
        let report = review::merge::merge(old, doc, &human);
        if !report.is_unchanged() {
            output::status(&format!(
                "{} changed since {} was written:\n{}",
                input.path.display(),
                input
                    .record_path
                    .as_deref()
                    .unwrap_or(Path::new("-"))
                    .display(),
                report.render().trim_end()
            ));
        }
        if args.format != Format::Review {
            output::status(&format!(
                "showing the reviewed English of {} (nothing in it is changed)",
                input
                    .record_path
                    .as_deref()
                    .unwrap_or(Path::new("-"))
                    .display()
            ));
        }
        switch_backend(&args, doc, backend.name(), input);
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
    let result = pipeline::translate(&mut docs, glossary, run, &mut |n, c| {
        chars += c;
        bar.set_message(format!("{chars} characters"));
        bar.inc(n as u64);
    });
    bar.finish_and_clear();
    for notice in backend.notices() {
        output::notice(&notice);
    }
    let (stats, failed) = match result {
        Ok(stats) => (stats, false),
        Err((e, stats)) => {
            output::error_line(&format!(
                "backend `{}` failed after {} of {}: {e}; what was translated is kept in the cache, a re-run sends only the rest",
                backend.name(),
                stats.translated + stats.cache_hits,
                output::count(total, "segment", "segments")
            ))
            .ok();
            exit = exit.max(1);
            (stats, true)
        }
    };
    if args.dry_run {
        output::status(&format!(
            "dry run, backend {}: {} to translate, {} from the cache, would send {} characters in {}",
            backend.name(),
            output::count(total, "segment", "segments"),
            stats.cache_hits,
            stats.characters_sent,
            output::count(stats.requests, "request", "requests")
        ));
        return Ok(exit);
    }
    if let (Some(store), true) = (&state, writes_record) {
        for (input, doc) in inputs.iter().zip(&docs) {
            record_machine_output(store, &input.key, doc);
        }
    }
    let outcome = Outcome {
        backend: backend.name(),
        stats: &stats,
        failed,
        width: args.width.unwrap_or_else(output::terminal_width),
        history: state_dir.join("history"),
    };
    for (input, doc) in inputs.iter().zip(&docs) {
        match write_output(&args, input, doc, &outcome) {
            Ok(()) => {}
            Err(e) => {
                output::error_line(&e.message).ok();
                exit = exit.max(e.code);
            }
        }
    }
    if memory_use != pipeline::MemoryUse::default() {
        output::status(&format!(
            "translation memory: {} reused, {} with fuzzy matches (>= {}%) in the notes",
            output::count(memory_use.exact, "exact match", "exact matches"),
            output::count(memory_use.fuzzy, "segment", "segments"),
            fuzzy_threshold
        ));
    }
    output::status(&format!(
        "{}, backend {}: {} translated, {} from the cache, {} not sent (datelines, bylines, boilerplate); {} characters sent, {} billed, {} ({})",
        output::count(docs.len(), "file", "files"),
        backend.name(),
        output::count(stats.translated, "segment", "segments"),
        stats.cache_hits,
        stats.skipped,
        stats.characters_sent,
        stats.characters_billed,
        output::count(stats.requests, "request", "requests"),
        output::count(stats.retries, "retry", "retries")
    ));
    Ok(exit)
}

/// One input file and what becomes of it.
struct Input {
    path: PathBuf,
    /// The document's key in the state ([`record::document_key`]).
    key: String,
    dest: Option<PathBuf>,
    /// The review file holding the translator's record of this article: where the review
    /// goes, or (for other formats) the review file beside the article.
    record_path: Option<PathBuf>,
    /// That review file, parsed, when it exists.
    existing: Option<Existing>,
}

/// A review file found for an article.
struct Existing {
    /// Parsed; `None` for a damaged file that `--force` replaces.
    review: Option<ReviewFile>,
    /// Its bytes as read: to notice a save made while the backend worked, and to keep in the
    /// history whatever they are.
    raw: Vec<u8>,
}

/// Checks an input's destination before anything is paid for, and reads the review file that
/// holds its record, if any. Returns that review and its path.
#[allow(clippy::type_complexity)]
fn prepare(
    args: &TranslateArgs,
    path: &Path,
    dest: Option<&Path>,
    doc: &Document,
) -> Result<(Option<Existing>, Option<PathBuf>), CliError> {
    let review_format = args.format == Format::Review;
    if let Some(dest) = dest {
        if same_file(dest, path) {
            return Err(CliError::input(format!(
                "-o {}: that is the article itself; not overwritten",
                dest.display()
            )));
        }
        let exists = std::fs::symlink_metadata(dest).is_ok();
        if exists && !crate::fs::is_regular_file(dest) && review_format {
            return Err(CliError::input(format!(
                "{} is not a regular file: a review file cannot be written there",
                dest.display()
            )));
        }
        if exists && !review_format && !args.force && crate::fs::is_regular_file(dest) {
            return Err(CliError::input(output::refused_overwrite(dest)));
        }
    }
    let record_path = if review_format {
        dest.map(Path::to_path_buf)
    } else {
        (path != Path::new("-")).then(|| default_review_path(path))
    };
    let Some(review_path) = record_path.as_deref() else {
        return Ok((None, None));
    };
    if !crate::fs::is_regular_file(review_path) {
        return Ok((None, record_path));
    }
    match read_existing(review_path, path, doc) {
        Ok(found) => Ok((Some(found), record_path)),
        // --force starts over; the damaged file is still kept (history, raw bytes).
        Err(e) if args.force && review_format => {
            output::notice(&format!("{e}; starting over (--force)"));
            let raw = std::fs::read(review_path).unwrap_or_default();
            Ok((Some(Existing { review: None, raw }), record_path))
        }
        Err(e) if !review_format => {
            output::notice(&format!(
                "{e}\n  showing a fresh translation instead of the reviewed one"
            ));
            Ok((None, None))
        }
        Err(e) => Err(CliError::input(e)),
    }
}

/// Whether two paths name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// A re-run with another backend than the one that wrote the segments says so; with
/// `--retranslate`, every segment still in `state=machine` is translated again (human ones are
/// kept).
fn switch_backend(args: &TranslateArgs, doc: &mut Document, backend: &str, input: &Input) {
    if args.retranslate {
        let n = record::clear_machine(doc);
        if n > 0 {
            output::status(&format!(
                "--retranslate: {} in state=machine sent to {backend}; every edited and approved segment is kept",
                output::count(n, "segment", "segments")
            ));
        }
        return;
    }
    let mut others: Vec<String> = doc
        .segments()
        .filter(|s| record::is_machine(s))
        .filter_map(|s| match &s.origin {
            Origin::Backend(b) if b != backend => Some(b.clone()),
            _ => None,
        })
        .collect();
    if others.is_empty() {
        return;
    }
    let n = others.len();
    others.sort();
    others.dedup();
    let kept = doc
        .segments()
        .filter(|s| s.kind.is_translatable() && s.target.is_some())
        .count();
    output::notice(&format!(
        "{}: {} of the {} with English keep the translation by {} (state=machine); only new and changed sentences go to {backend}. To re-translate the machine ones with {backend} (keeping every edited and approved one), run again with --retranslate",
        input.path.display(),
        n,
        output::count(kept, "segment", "segments"),
        others.join(", ")
    ));
}

/// Records what the backend (or the memory) produced this run, for `diff` and the next run.
fn record_machine_output(store: &Store, key: &str, doc: &Document) {
    for (producer, pairs) in record::machine_output(doc) {
        if let Err(e) = store.save_machine_output(key, &producer, &pairs) {
            output::notice(&e.to_string());
        }
    }
}

/// What the run came to, for writing each input's output.
struct Outcome<'a> {
    backend: &'a str,
    stats: &'a crate::mt::engine::Stats,
    /// The backend failed: no view is written and no review file replaced.
    failed: bool,
    width: usize,
    /// Where replaced review files are kept (the state folder's `history/`).
    history: PathBuf,
}

/// Writes one input's output: the review file (only when its record changed), or a view.
fn write_output(
    args: &TranslateArgs,
    input: &Input,
    doc: &Document,
    outcome: &Outcome,
) -> Result<(), CliError> {
    let &Outcome {
        backend,
        stats,
        failed,
        width,
        ref history,
    } = outcome;
    if args.format != Format::Review {
        if failed {
            return Ok(());
        }
        // JSON and TSV stream to standard output as they are written.
        if input.dest.is_none() {
            let out = std::io::stdout().lock();
            let written = match args.format {
                Format::Json => Some(crate::formats::json::write_json(out, doc, backend, stats)),
                Format::Tsv => Some(crate::formats::tsv::write_tsv(out, doc)),
                _ => None,
            };
            match written {
                Some(Err(e)) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(CliError::runtime(format!("cannot write output: {e}")))
                }
                Some(_) => return Ok(()),
                None => {}
            }
        }
        let rendered = match args.format {
            Format::SideBySide => crate::review::terminal::side_by_side(
                doc,
                width,
                input.dest.is_none() && std::io::stdout().is_terminal(),
            ),
            Format::Json => crate::formats::json::to_json(doc, backend, stats),
            Format::Tsv => crate::formats::tsv::to_tsv(doc),
            Format::Html => crate::review::html::to_html(doc, backend),
            Format::Xliff => crate::formats::xliff::to_xliff(doc),
            Format::Review => unreachable!("handled below"),
        };
        return match &input.dest {
            Some(dest) => {
                write_atomic(dest, &rendered, true)?;
                output::status(&format!(
                    "wrote {} ({})",
                    dest.display(),
                    input.path.display()
                ));
                Ok(())
            }
            None => output::print(&rendered),
        };
    }
    let mut review = ReviewFile::from_doc(doc, backend);
    let Some(dest) = &input.dest else {
        return output::print(&review.render());
    };
    review.header.source = record::relative_source(dest, &input.path);
    if let Some(existing) = &input.existing {
        // A failed run never replaces a review file: what was paid for is in the cache.
        if failed {
            output::status(&format!("{} is left as it was", dest.display()));
            return Ok(());
        }
        // The backend that wrote nothing this run does not take over the header.
        let old = existing.review.as_ref();
        if let Some(old) = old.filter(|_| {
            !doc.segments()
                .any(|s| s.origin == Origin::Backend(backend.to_string()))
        }) {
            review.header.backend = old.header.backend.clone();
        }
        // The reviewer may have saved while the backend worked: their file wins.
        if std::fs::read(dest).ok().as_deref() != Some(existing.raw.as_slice()) {
            return Err(CliError::runtime(format!(
                "{} changed while translating; not overwritten (run again: translations are kept in the cache)",
                dest.display()
            )));
        }
        if old == Some(&review) && !args.force {
            output::status(&format!("{} is up to date", dest.display()));
            return Ok(());
        }
    } else if failed
        && !doc
            .segments()
            .any(|s| s.kind.is_translatable() && s.target.is_some())
    {
        // Nothing came back: a file of empty segments would only be in the way.
        output::status(&format!(
            "{} not written: nothing was translated",
            dest.display()
        ));
        return Ok(());
    }
    let rendered = review.render();
    let overwrite = input.existing.is_some();
    if let Some(existing) = &input.existing {
        keep_history(history, dest, &existing.raw);
    }
    write_atomic(dest, &rendered, overwrite || args.force)?;
    output::status(&format!(
        "wrote {}: {} ({})",
        dest.display(),
        output::count(doc.paragraphs.len(), "paragraph", "paragraphs"),
        input.path.display()
    ));
    Ok(())
}

/// `article.review.md` beside `article.txt`: where the translator's record of an article is.
fn default_review_path(article: &Path) -> PathBuf {
    let stem = article
        .file_stem()
        .map_or_else(|| "article".into(), |s| s.to_string_lossy().into_owned());
    article.with_file_name(format!("{stem}.review.md"))
}

/// Reads and parses the review file at `dest`, which must belong to the article at `article`.
fn read_existing(dest: &Path, article: &Path, doc: &Document) -> Result<Existing, String> {
    let raw = std::fs::read(dest).map_err(|e| format!("cannot read {}: {e}", dest.display()))?;
    let name = dest.display().to_string();
    let text = crate::text::encoding::decode_for(dest, &raw)
        .map_err(|e| format!("{name}: {e}"))?
        .text;
    let review = ReviewFile::parse(&name, &text).map_err(|e| {
        format!("{e}\n  {} is left as it is; fix it, or use --force to start over (the old file is kept in .translate/history/)", dest.display())
    })?;
    let expected = record::relative_source(dest, article);
    let bare = Path::new(&doc.path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    if review.header.source != expected && Some(&review.header.source) != bare.as_ref() {
        return Err(format!(
            "{} is the review of `{}`, not of `{expected}`; not overwritten (use -o, or --force to replace it)",
            dest.display(),
            review.header.source
        ));
    }
    Ok(Existing {
        review: Some(review),
        raw,
    })
}

/// Keeps a copy of a review file about to be replaced in `dir` (the state folder's `history/`), named
/// by the UTC time (`2026-12-05T16-40-12Z-article.review.md`), so no edit is ever lost,
/// whatever the order of runs. The bytes are kept as they were, valid UTF-8 or not.
fn keep_history(dir: &Path, dest: &Path, raw: &[u8]) {
    let name = dest
        .file_name()
        .map_or_else(|| "review.md".into(), |n| n.to_string_lossy().into_owned());
    let stamp = crate::store::memory::rfc3339_now()
        .replace(':', "-")
        .chars()
        .take(19)
        .collect::<String>();
    if let Err(e) = std::fs::create_dir_all(dir) {
        output::notice(&format!("cannot keep a copy in {}: {e}", dir.display()));
        return;
    }
    for n in 1.. {
        let file = if n == 1 {
            format!("{stamp}Z-{name}")
        } else {
            format!("{stamp}Z-{n}-{name}")
        };
        match crate::fs::write_atomic(&dir.join(&file), raw, false) {
            Err(crate::fs::WriteError::Exists { .. }) => continue,
            Err(e) => output::notice(&format!("cannot keep a copy in {}: {e}", dir.display())),
            Ok(()) => {}
        }
        break;
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
