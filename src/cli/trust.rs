//! `translate trust`: the user's word that the project's `translate.toml` may run its
//! `command` and send keys to its `endpoint` (see [`crate::config`] for why a project file
//! needs it). Kept in the user's config folder with the file's SHA-256, so a changed file
//! (a `git pull`) needs trusting again.

use super::{output, CliError};
use crate::config::{Env, Project, TrustStore};
use clap::Args;
use std::path::PathBuf;

/// `translate trust [PATH] [--list | --revoke]`.
#[derive(Debug, Args)]
pub struct TrustArgs {
    /// The translate.toml (or its folder); default: the one found from the working directory.
    #[arg(value_name = "PATH")]
    path: Option<PathBuf>,
    /// List the trusted files (a changed file is marked).
    #[arg(long, conflicts_with = "revoke")]
    list: bool,
    /// Stop trusting the file.
    #[arg(long)]
    revoke: bool,
}

/// Runs `translate trust`.
pub fn run(args: &TrustArgs) -> Result<u8, CliError> {
    let env = Env::from_process();
    let mut store = TrustStore::load(&env).map_err(|e| CliError::runtime(e.to_string()))?;
    if args.list {
        let mut listing = String::new();
        for (hash, path) in &store.entries {
            let now = std::fs::read_to_string(path)
                .map(|t| crate::doc::sha256_hex(&t))
                .ok();
            let state = match now {
                Some(h) if h == *hash => "trusted",
                Some(_) => "changed since trusted (not trusted)",
                None => "missing",
            };
            listing.push_str(&format!("{}\t{state}\n", path.display()));
        }
        output::print(&listing)?;
        return Ok(0);
    }
    let project = match &args.path {
        Some(p) => {
            let dir = if p.is_dir() {
                p.clone()
            } else {
                p.parent().map(PathBuf::from).unwrap_or_default()
            };
            let dir = if dir.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                dir
            };
            Project::discover(&dir).map_err(|e| CliError::input(e.to_string()))?
        }
        None => output::project()?,
    };
    let (Some(config), Some(hash)) = (&project.config_path, &project.config_sha256) else {
        return Err(CliError::input(
            "no translate.toml here or in a parent folder: nothing to trust",
        ));
    };
    let Some(file) = TrustStore::path(&env) else {
        return Err(CliError::runtime(
            "cannot tell where your config folder is: set XDG_CONFIG_HOME or HOME",
        ));
    };
    if args.revoke {
        if !store.revoke(config) {
            output::notice(&format!("{} was not trusted", config.display()));
            return Ok(0);
        }
    } else {
        store.trust(config, hash);
    }
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| CliError::runtime(format!("cannot create {}: {e}", dir.display())))?;
    }
    output::write_atomic(&file, &store.to_text(), true)?;
    if args.revoke {
        output::status(&format!("no longer trusted: {}", config.display()));
    } else {
        output::status(&format!(
            "trusted: {} (as it is now; a changed file needs `translate trust` again)",
            config.display()
        ));
    }
    Ok(0)
}
