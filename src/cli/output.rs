//! Writing results: atomic file writes that never clobber a translator's file by accident,
//! messages on standard error, and the terminal's width.

use super::CliError;
use crate::config::Project;
use crate::glossary::{Glossary, Spelling};
use std::io::{IsTerminal, Write};
use std::path::Path;

/// Writes `contents` to `path` atomically, keeping an existing file's permissions (see
/// [`crate::fs`]). Without `overwrite`, an existing file is left alone and an error says so (the
/// check and the rename are one step, so a file created meanwhile is not clobbered either).
pub fn write_atomic(path: &Path, contents: &str, overwrite: bool) -> Result<(), CliError> {
    crate::fs::write_atomic(path, contents.as_bytes(), overwrite).map_err(|e| match e {
        crate::fs::WriteError::Exists { .. } => CliError::input(refused_overwrite(path)),
        crate::fs::WriteError::NotRegular { .. } => CliError::input(e.to_string()),
        crate::fs::WriteError::Io { .. } => CliError::runtime(e.to_string()),
    })
}

/// Why an existing review file is left alone.
pub fn refused_overwrite(path: &Path) -> String {
    format!(
        "{} already exists and may hold a translator's edits; not overwritten (use --force to replace it)",
        path.display()
    )
}

/// `error: ...` on standard error, in red on a terminal.
pub fn error_line(message: &str) -> std::io::Result<()> {
    let style = anstyle::Style::new()
        .bold()
        .fg_color(Some(anstyle::AnsiColor::Red.into()));
    let mut err = anstream::stderr().lock();
    writeln!(err, "{style}error{style:#}: {message}")
}

/// `notice: ...` on standard error.
pub fn notice(message: &str) {
    let style = anstyle::Style::new()
        .bold()
        .fg_color(Some(anstyle::AnsiColor::Yellow.into()));
    let mut err = anstream::stderr().lock();
    let _ = writeln!(err, "{style}notice{style:#}: {message}");
}

/// Prints to standard output (colours stripped when it is not a terminal or NO_COLOR is set).
pub fn print(text: &str) -> Result<(), CliError> {
    let mut out = anstream::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // `translate x | head` closes the pipe early; that is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::runtime(format!("cannot write output: {e}"))),
    }
}

/// The width for two-column output: the terminal's, else `COLUMNS`, else 80.
pub fn terminal_width() -> usize {
    if std::io::stdout().is_terminal() {
        if let Some((_, cols)) = console::Term::stdout().size_checked() {
            return cols as usize;
        }
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(80)
}

/// The project of the working directory.
pub fn project() -> Result<Project, CliError> {
    let cwd = std::env::current_dir()
        .map_err(|e| CliError::runtime(format!("cannot read the working directory: {e}")))?;
    Project::discover(&cwd).map_err(|e| CliError::input(e.to_string()))
}

/// Loads the glossary layers for `opts`; any error row is fatal (exit 2).
pub fn load_glossary(
    project: &Project,
    opts: &super::GlossaryOptions,
    target_lang: &str,
) -> Result<Glossary, CliError> {
    let sources = project
        .glossary_layers(&opts.glossary, opts.no_default_glossaries)
        .map_err(|e| CliError::input(e.to_string()))?
        .sources()
        .map_err(|e| CliError::input(e.to_string()))?;
    Glossary::load(&sources, spelling(opts, target_lang))
        .map_err(|e| CliError::input(e.to_string()))
}

/// The spelling asked for: `--spelling`, else from the target language.
pub fn spelling(opts: &super::GlossaryOptions, target_lang: &str) -> Spelling {
    match opts.spelling {
        Some(super::SpellingArg::Us) => Spelling::American,
        Some(super::SpellingArg::Gb) => Spelling::British,
        None => Spelling::for_target(target_lang),
    }
}

/// The state database in `dir` (created if needed); failing to open it is a runtime error.
pub fn open_state(dir: &Path) -> Result<crate::store::Store, CliError> {
    crate::store::Store::open(dir).map_err(|e| CliError::runtime(e.to_string()))
}

/// The state database in `dir` if there is one: reading commands create nothing.
pub fn existing_state(dir: &Path) -> Result<Option<crate::store::Store>, CliError> {
    if dir.join("state.db").is_file() {
        open_state(dir).map(Some)
    } else {
        Ok(None)
    }
}

/// A review file with its article; a bad one is an input error (exit 2).
pub fn open_review(path: &Path) -> Result<crate::review::export::Opened, CliError> {
    crate::review::export::open(path).map_err(|e| CliError::input(e.to_string()))
}

/// A review file read as the record sees it: origins and states derived from the English on
/// disk against the machine output ([`crate::review::record`]).
pub struct Reviewed {
    /// The file, its review and document (already reconciled).
    pub opened: crate::review::export::Opened,
    /// The document's key in the state.
    pub key: String,
    /// The English people wrote, as found in the file now (source, English).
    pub edits: Vec<(String, String)>,
    /// The state database: the project's, if there is one (`create` makes it).
    pub store: Option<crate::store::Store>,
}

/// Opens the review file at `path` with its record. With `create`, the state database is
/// created if missing (commands that write to it); without, reading commands create nothing.
pub fn open_reviewed(path: &Path, create: bool) -> Result<Reviewed, CliError> {
    let mut opened = open_review(path)?;
    let project = project()?;
    let root = project.config_path.as_ref().map(|_| project.root.as_path());
    let key = crate::review::record::document_key(root, &opened.article_path);
    // The state folder is found as `translate` found it: beside the article (or the project's).
    let dir = project.state_dir(Some(&opened.article_path));
    let store = if create {
        Some(open_state(&dir)?)
    } else {
        existing_state(&dir)?
    };
    let record = match &store {
        Some(store) => crate::review::record::load(store, &key)
            .map_err(|e| CliError::runtime(e.to_string()))?,
        None => Default::default(),
    };
    if record.adopted > 0 {
        notice(&format!(
            "adopted the record of `{key}` ({} rows) kept under its file name by an older state database",
            record.adopted
        ));
    }
    if opened.stale {
        notice(&format!(
            "{} changed since {} was written; run `translate {}` to bring the review up to date",
            opened.article_path.display(),
            path.display(),
            opened.article_path.display()
        ));
    }
    let edits = opened.reconcile(&record.machine);
    Ok(Reviewed {
        opened,
        key,
        edits,
        store,
    })
}

/// A status line on standard error. A closed pipe or terminal is not a crash: what cannot be
/// written is dropped (`eprintln!` would panic).
pub fn status(message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{message}");
}

/// `1 request`, `2 requests`: a count with its noun in the right number.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {plural}")
    }
}
