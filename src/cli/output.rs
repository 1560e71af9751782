//! Writing results: atomic file writes that never clobber a translator's file by accident,
//! messages on standard error, and the terminal's width.

use super::CliError;
use crate::config::Project;
use crate::glossary::{Glossary, Spelling};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

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

/// Loads the glossary layers for `opts` (compiled, when the files are those of the last run);
/// any error row is fatal (exit 2).
///
/// The glossary lives as long as the process: it is leaked, not freed. A command loads it
/// once and reads it to the end, and freeing its thousands of small strings one by one at
/// exit cost more than a million instructions on every run, for memory the system takes
/// back at once anyway.
pub fn load_glossary(
    project: &Project,
    opts: &super::GlossaryOptions,
    target_lang: &str,
) -> Result<&'static Glossary, CliError> {
    let sources = project
        .glossary_layers(&opts.glossary, opts.no_default_glossaries)
        .map_err(|e| CliError::input(e.to_string()))?
        .sources()
        .map_err(|e| CliError::input(e.to_string()))?;
    // The compiled glossary lives in the state folder, when there is one already: the one
    // `--state`, `TRANSLATE_STATE` or translate.toml names, else the project's (also when the
    // state is a shared database, which holds no files).
    // Read from the setting alone: a database's address is not parsed (nor its pgpass file
    // read) to learn that it holds no folder.
    let env = crate::config::Env::from_process();
    let dir = match state_setting(project, &env) {
        Some((s, base)) if !crate::store::Location::names_database(&s) => base.join(s),
        _ => project.state_dir(None),
    };
    let glossary = crate::glossary::compiled::load(&sources, spelling(opts, target_lang), &dir)
        .map_err(|e| CliError::input(e.to_string()))?;
    Ok(Box::leak(Box::new(glossary)))
}

/// The spelling asked for: `--spelling`, else from the target language.
pub fn spelling(opts: &super::GlossaryOptions, target_lang: &str) -> Spelling {
    match opts.spelling {
        Some(super::SpellingArg::Us) => Spelling::American,
        Some(super::SpellingArg::Gb) => Spelling::British,
        None => Spelling::for_target(target_lang),
    }
}

/// `--state`, set once by [`super::main`] before any command runs.
static STATE_FLAG: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// Records `--state URL|DIR` for every command of this process.
pub fn set_state_flag(value: Option<String>) {
    let _ = STATE_FLAG.set(value);
}

/// Where the state is for a command whose default state folder is `dir`: `--state`, else
/// `TRANSLATE_STATE`, else `state` in translate.toml (a folder relative to the project), else
/// `dir`; with the project's name and as many connections as its concurrency.
pub fn state_location(
    dir: &Path,
) -> Result<(crate::store::Location, crate::store::OpenOptions), CliError> {
    let project = project()?;
    let env = crate::config::Env::from_process();
    let location = match state_setting(&project, &env) {
        Some((s, base)) => crate::store::Location::parse(&s, &base, &env)
            .map_err(|e| CliError::input(e.to_string()))?,
        None => crate::store::Location::Dir(dir.to_path_buf()),
    };
    let opts = crate::store::OpenOptions {
        project: project.name(),
        connections: project.config.concurrency.unwrap_or(4),
        create: true,
    };
    Ok((location, opts))
}

/// The `state` setting in force and the folder a relative one is read from: `--state`, else
/// `TRANSLATE_STATE` (both from the working folder), else `state` in translate.toml (from the
/// project); `None` when nothing is set.
fn state_setting(project: &Project, env: &crate::config::Env) -> Option<(String, PathBuf)> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| project.root.clone());
    STATE_FLAG
        .get()
        .cloned()
        .flatten()
        .map(|s| (s, cwd.clone()))
        .or_else(|| env.get("TRANSLATE_STATE").map(|s| (s.to_string(), cwd)))
        .or_else(|| (project.config.state.as_ref()).map(|s| (s.0.clone(), project.root.clone())))
}

/// The state for a command whose default state folder is `dir` (created if needed); failing
/// to open it is a runtime error.
pub fn open_state(dir: &Path) -> Result<crate::store::Store, CliError> {
    let (location, opts) = state_location(dir)?;
    match crate::store::Store::open_at(&location, &opts) {
        Ok(Some(store)) => Ok(store),
        Ok(None) => Err(CliError::runtime(format!("no state at {location}"))),
        Err(e) => Err(CliError::runtime(e.to_string())),
    }
}

/// The state if there is one: reading commands create nothing.
pub fn existing_state(dir: &Path) -> Result<Option<crate::store::Store>, CliError> {
    let (location, opts) = state_location(dir)?;
    let opts = crate::store::OpenOptions {
        create: false,
        ..opts
    };
    crate::store::Store::open_at(&location, &opts).map_err(|e| CliError::runtime(e.to_string()))
}

/// The state for a translation run with `connections` requests in flight. A state folder
/// that cannot be opened is a notice (the run goes on without cache, memory and history); a
/// shared database that cannot be reached is an error (exit 1): the desk's memory and cache
/// are what the translator asked for.
pub fn run_state(
    dir: &Path,
    connections: Option<usize>,
) -> Result<Option<crate::store::Store>, CliError> {
    let (location, mut opts) = state_location(dir)?;
    if let Some(n) = connections {
        opts.connections = n;
    }
    match crate::store::Store::open_at(&location, &opts) {
        Ok(store) => Ok(store),
        Err(e) if location.is_shared() => Err(CliError::runtime(e.to_string())),
        Err(e) => {
            notice(&format!(
                "{e}; running without the cache, memory and review history"
            ));
            Ok(None)
        }
    }
}

/// A review file with its article; a bad one is an input error (exit 2).
pub fn open_review(path: &Path) -> Result<crate::review::export::Opened, CliError> {
    crate::review::export::open(path).map_err(|e| CliError::input(e.to_string()))
}

/// The record of the document `key` (empty without a state), saying so when it adopted rows an
/// older state database kept under the file's name.
pub fn load_record(
    store: Option<&crate::store::Store>,
    key: &str,
) -> Result<crate::review::record::Record, crate::store::StoreError> {
    let Some(store) = store else {
        return Ok(Default::default());
    };
    let record = crate::review::record::load(store, key)?;
    if record.adopted > 0 {
        notice(&format!(
            "adopted the record of `{key}` ({} rows) kept under its file name by an older state database",
            record.adopted
        ));
    }
    Ok(record)
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
    let record = load_record(store.as_ref(), &key).map_err(|e| CliError::runtime(e.to_string()))?;
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
