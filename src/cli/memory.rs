//! `translate memory import|export|stats`: the translation memory in the state folder,
//! exchanged with CAT tools as TMX 1.4b. Import reads and checks every file before storing
//! anything, so a damaged file (exit 2, naming file and line) leaves the memory as it was.

use super::output;
use super::CliError;
use crate::formats::tmx::{self, TmxPair};
use crate::store::MemoryStats;
use clap::Subcommand;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// `translate memory` subcommands.
#[derive(Debug, Subcommand)]
pub(super) enum MemoryCommand {
    /// Store the pairs of TMX files (OmegaT, memoQ, Trados, ...) in the memory.
    #[command(
        after_help = "Examples:\n  translate memory import omegat-project.tmx\n  translate memory import desk.tmx trados-export.tmx"
    )]
    Import {
        /// TMX files; all are checked before anything is stored.
        #[arg(value_name = "FILE.tmx", required = true)]
        files: Vec<PathBuf>,
        /// The source language of files whose header says `srclang="*all*"`.
        #[arg(long, value_name = "LANG", default_value = "id")]
        from: String,
    },
    /// Write the memory as TMX 1.4b.
    #[command(
        after_help = "Examples:\n  translate memory export -o desk.tmx\n  translate memory export --from id --to en-GB -o desk-gb.tmx"
    )]
    Export {
        /// The TMX file to write (atomically); `-` or none prints it.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Only pairs from this source language (`id` also takes `id-ID`).
        #[arg(long, value_name = "LANG")]
        from: Option<String>,
        /// Only pairs into this target language (`en` takes `en-GB` and `en-US` too; `en-GB`
        /// only itself).
        #[arg(long, value_name = "LANG")]
        to: Option<String>,
        /// Overwrite the `-o` file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Show what the memory holds: pairs per language pair, documents, dates, size.
    #[command(after_help = "Examples:\n  translate memory stats\n  translate memory stats --json")]
    Stats {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// The project's state folder; `--state URL|DIR` (global), `TRANSLATE_STATE` and `state` in
/// translate.toml take over in [`output::state_location`].
fn default_dir() -> Result<PathBuf, CliError> {
    Ok(output::project()?.state_dir(None))
}

pub(super) fn run(cmd: MemoryCommand) -> Result<u8, CliError> {
    match cmd {
        MemoryCommand::Import { files, from } => import(&files, &from, &default_dir()?),
        MemoryCommand::Export {
            output: out,
            from,
            to,
            force,
        } => export(
            out.as_deref(),
            from.as_deref(),
            to.as_deref(),
            force,
            &default_dir()?,
        ),
        MemoryCommand::Stats { json } => stats(json, &default_dir()?),
    }
}

/// Reads and checks one TMX file; its pairs, with the file's name as the document where a
/// unit names none.
fn read_pairs(path: &Path, from: &str) -> Result<Vec<TmxPair>, CliError> {
    let name = path.display().to_string();
    let text = crate::text::encoding::read_file(path)
        .map_err(|e| CliError::input(e.to_string()))?
        .text;
    let doc = tmx::read_tmx(&name, &text).map_err(|e| CliError::input(e.to_string()))?;
    let mut pairs = doc.pairs(from);
    if pairs.is_empty() {
        return Err(CliError::input(format!(
            "{name}:1: no translation units with both a {} source and a translation",
            if doc.srclang == "*all*" {
                from
            } else {
                &doc.srclang
            }
        )));
    }
    let file_name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or(name);
    for p in &mut pairs {
        if p.pair.document.is_empty() {
            p.pair.document = file_name.clone();
        }
    }
    Ok(pairs)
}

fn import(files: &[PathBuf], from: &str, dir: &Path) -> Result<u8, CliError> {
    let mut all = Vec::with_capacity(files.len());
    for path in files {
        all.push((path, read_pairs(path, from)?));
    }
    let store = output::open_state(dir)?;
    let mut report = String::new();
    for (path, pairs) in all {
        // One transaction per language pair of a file.
        let mut groups: Vec<((String, String), Vec<crate::store::MemoryPair>)> = Vec::new();
        for p in pairs {
            let key = (p.from, p.to);
            match groups.iter_mut().find(|g| g.0 == key) {
                Some(g) => g.1.push(p.pair),
                None => groups.push((key, vec![p.pair])),
            }
        }
        for ((from, to), pairs) in groups {
            let new = store
                .memory_add(&from, &to, &pairs)
                .map_err(|e| CliError::runtime(e.to_string()))?;
            let _ = writeln!(
                report,
                "{}: {} {from} -> {to}, {new} new",
                path.display(),
                output::count(pairs.len(), "pair", "pairs")
            );
        }
    }
    output::print(&report)?;
    Ok(0)
}

fn export(
    out: Option<&Path>,
    from: Option<&str>,
    to: Option<&str>,
    force: bool,
    dir: &Path,
) -> Result<u8, CliError> {
    let entries = match output::existing_state(dir)? {
        Some(store) => store
            .memory_pairs(from, to)
            .map_err(|e| CliError::runtime(e.to_string()))?,
        None => Vec::new(),
    };
    if entries.is_empty() {
        output::notice("no pairs to export: the memory is empty for these languages");
    }
    let text = tmx::write_tmx(&entries);
    match out {
        Some(path) if path != Path::new("-") => {
            output::write_atomic(path, &text, force)?;
            output::notice(&format!(
                "wrote {} to {}",
                output::count(entries.len(), "pair", "pairs"),
                path.display()
            ));
        }
        _ => output::print(&text)?,
    }
    Ok(0)
}

fn stats(json: bool, dir: &Path) -> Result<u8, CliError> {
    let store = output::existing_state(dir)?;
    let stats = match &store {
        Some(store) => store
            .memory_stats()
            .map_err(|e| CliError::runtime(e.to_string()))?,
        None => MemoryStats::default(),
    };
    let at = match &store {
        Some(store) => store.describe(),
        None => output::state_location(dir)?.0.to_string(),
    };
    if json {
        let doc = serde_json::json!({"state": at, "memory": stats});
        return output::print(&format!("{doc:#}\n")).map(|_| 0);
    }
    let mut s = String::new();
    let _ = writeln!(s, "memory     {at}");
    let _ = writeln!(s, "pairs      {}", stats.pairs);
    for l in &stats.languages {
        let _ = writeln!(s, "  {} -> {}  {}", l.from, l.to, l.pairs);
    }
    let _ = writeln!(s, "documents  {}", stats.documents);
    let _ = writeln!(s, "words      {} indexed", stats.words);
    let _ = writeln!(s, "oldest     {}", stats.oldest.as_deref().unwrap_or("-"));
    let _ = writeln!(s, "newest     {}", stats.newest.as_deref().unwrap_or("-"));
    let _ = writeln!(
        s,
        "size       {:.1} MB",
        stats.db_bytes as f64 / 1_000_000.0
    );
    output::print(&s)?;
    Ok(0)
}
