//! `translate state info|copy`: where the project's state is and what it holds, and moving it
//! between the SQLite file and a PostgreSQL database (both ways, idempotently).

use super::{output, CliError};
use crate::store::{CopyCounts, Location, OpenOptions, StateInfo, Store};
use clap::Subcommand;
use std::fmt::Write;

/// `translate state` subcommands.
#[derive(Debug, Subcommand)]
pub enum StateCommand {
    /// Show the store (SQLite or PostgreSQL), its schema version, size and counts.
    #[command(
        after_help = "Examples:\n  translate state info\n  translate state info --json --state postgres://desk@db.newsroom:5432/translate"
    )]
    Info {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Copy a state into another: memory, MT cache, this project's review record, ledger,
    /// DeepL glossary ids. Rows already there are not doubled; running it again copies nothing.
    #[command(
        after_help = "Examples:\n  translate state copy --to postgres://desk@db.newsroom:5432/translate\n  translate state copy --from postgres://desk@db.newsroom:5432/translate --to .translate"
    )]
    Copy {
        /// Where to copy to (a URL or a folder); default: the project's state.
        #[arg(long, value_name = "URL|DIR", required_unless_present = "from")]
        to: Option<String>,
        /// Where to copy from (a URL or a folder); default: the project's state.
        #[arg(long, value_name = "URL|DIR")]
        from: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Runs a `translate state` subcommand.
pub fn run(cmd: StateCommand) -> Result<u8, CliError> {
    match cmd {
        StateCommand::Info { json } => info(json),
        StateCommand::Copy { to, from, json } => copy(from.as_deref(), to.as_deref(), json),
    }
}

/// The project's state location, or `setting` resolved against the working directory.
fn location(setting: Option<&str>) -> Result<(Location, OpenOptions), CliError> {
    let project = output::project()?;
    let (project_location, opts) = output::state_location(&project.state_dir(None))?;
    let location = match setting {
        Some(s) => {
            let cwd = std::env::current_dir().unwrap_or_else(|_| project.root.clone());
            Location::parse(s, &cwd, &crate::config::Env::from_process())
                .map_err(|e| CliError::input(e.to_string()))?
        }
        None => project_location,
    };
    Ok((location, opts))
}

fn info(json: bool) -> Result<u8, CliError> {
    let (location, opts) = location(None)?;
    let opts = OpenOptions {
        create: false,
        ..opts
    };
    let store = Store::open_at(&location, &opts).map_err(|e| CliError::runtime(e.to_string()))?;
    let info = match &store {
        Some(store) => store.info().map_err(|e| CliError::runtime(e.to_string()))?,
        None => StateInfo {
            store: if location.is_shared() {
                "postgres"
            } else {
                "sqlite"
            }
            .into(),
            location: location.to_string(),
            ..StateInfo::default()
        },
    };
    if json {
        let mut doc = serde_json::to_value(&info).unwrap_or_default();
        doc["project"] = opts.project.clone().into();
        doc["exists"] = store.is_some().into();
        return output::print(&format!("{doc:#}\n")).map(|_| 0);
    }
    let mut s = String::new();
    let _ = writeln!(s, "store      {} {}", info.store, info.location);
    if store.is_none() {
        let _ = writeln!(s, "           (nothing stored yet)");
    }
    let _ = writeln!(s, "project    {}", opts.project);
    let _ = writeln!(s, "schema     {}", info.schema);
    let _ = writeln!(s, "size       {:.1} MB", info.bytes as f64 / 1_000_000.0);
    let _ = writeln!(s, "memory     {} pairs", info.memory_pairs);
    let _ = writeln!(s, "cache      {} translations", info.cache_entries);
    let _ = writeln!(s, "documents  {} with a review record", info.documents);
    let _ = writeln!(s, "ledger     {} runs", info.ledger_runs);
    let _ = writeln!(s, "kv         {} entries", info.kv_entries);
    output::print(&s)?;
    Ok(0)
}

fn copy(from: Option<&str>, to: Option<&str>, json: bool) -> Result<u8, CliError> {
    let (source, opts) = location(from)?;
    let (dest, _) = location(to)?;
    if source == dest {
        return Err(CliError::input(format!(
            "nothing to copy: {source} is both the source and the destination"
        )));
    }
    let reading = OpenOptions {
        create: false,
        ..opts.clone()
    };
    let Some(from_store) =
        Store::open_at(&source, &reading).map_err(|e| CliError::runtime(e.to_string()))?
    else {
        return Err(CliError::runtime(format!(
            "nothing to copy: there is no state at {source}"
        )));
    };
    let to_store = Store::open_at(&dest, &opts)
        .map_err(|e| CliError::runtime(e.to_string()))?
        .ok_or_else(|| CliError::runtime(format!("cannot create the state at {dest}")))?;
    let counts = from_store
        .copy_into(&to_store)
        .map_err(|e| CliError::runtime(e.to_string()))?;
    if json {
        let doc = serde_json::json!({
            "from": from_store.describe(),
            "to": to_store.describe(),
            "project": opts.project,
            "copied": counts,
        });
        return output::print(&format!("{doc:#}\n")).map(|_| 0);
    }
    output::print(&report(
        &from_store.describe(),
        &to_store.describe(),
        &counts,
    ))?;
    Ok(0)
}

/// `copied A -> B` and a line per kind: rows read, rows new in the destination.
fn report(from: &str, to: &str, c: &CopyCounts) -> String {
    let mut s = format!("copied {from} -> {to}\n");
    for (name, (read, new)) in [
        ("memory pairs", c.memory_pairs),
        ("cache entries", c.cache_entries),
        ("record rows", c.record_rows),
        ("ledger runs", c.ledger_runs),
        ("kv entries", c.kv_entries),
    ] {
        let _ = writeln!(s, "  {name:<14} {read:>8} read  {new:>8} new");
    }
    s
}
