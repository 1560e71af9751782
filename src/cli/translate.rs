//! `translate FILE...`: the main job. Reads every input first (so bad input is reported before
//! anything is paid for), refuses to overwrite review files, translates with one backend and one
//! progress bar for all files, then writes each output atomically.

use super::output::{self, write_atomic};
use super::{CliError, Format, TranslateArgs};
use crate::mt::{self, LangPair};
use crate::pipeline;
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
    let options = mt::options::BackendOptions::resolve(
        &backend_name,
        &env,
        &project.config,
        args.endpoint.as_deref(),
    );
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
    let mut inputs: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
    let mut docs = Vec::new();
    for path in &args.files {
        match pipeline::read_document(path) {
            Ok(loaded) => {
                if let Some(notice) = &loaded.notice {
                    output::notice(&format!("{}: {notice}", path.display()));
                }
                let dest = destination(&args, path);
                // A dry run writes nothing, so it has nothing to refuse.
                let protect = !args.force && !args.dry_run;
                if let (Some(dest), Format::Review, true) = (&dest, args.format, protect) {
                    if dest.exists() {
                        output::error_line(&output::refused_overwrite(dest)).ok();
                        exit = exit.max(2);
                        continue;
                    }
                }
                inputs.push((path.clone(), dest));
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
    let store = if backend.cacheable() && !args.no_cache {
        let dir = project.state_dir(Some(&inputs[0].0));
        match crate::store::Store::open(&dir) {
            Ok(store) => Some(store),
            Err(e) => {
                output::notice(&format!("{e}; running without the cache"));
                None
            }
        }
    } else {
        None
    };
    let total: usize = docs
        .iter()
        .map(|doc| doc.segments().filter(|s| s.kind.is_translatable()).count())
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
        store: store.as_ref(),
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
    for ((path, dest), doc) in inputs.iter().zip(&docs) {
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
                let protect = args.format == Format::Review && !args.force;
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
