//! The project and its settings: where `translate.toml` is (found upward from the working
//! directory) and what it says.
//!
//! Settings are layered by hand, lowest first: defaults, `translate.toml`, environment, flags.
//! The environment comes in through [`Env`] so tests run without touching the real one.

use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The environment variables a run may read (keys, endpoints). Tests build one from pairs.
#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: HashMap<String, String>,
}

impl Env {
    /// The process environment.
    pub fn from_process() -> Env {
        Env {
            vars: std::env::vars().collect(),
        }
    }

    /// An environment with exactly these variables.
    pub fn from_pairs<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Env {
        Env {
            vars: pairs.into_iter().collect(),
        }
    }

    /// A variable's value, if set and not empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// `translate.toml`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Backend name (`offline`, ...).
    pub backend: Option<String>,
    /// Source language (default `id`).
    pub from: Option<String>,
    /// Target language (default `en`; `en-US` for American spelling).
    pub to: Option<String>,
    /// Extra glossary files, relative to the project folder, above `glossaries/`.
    #[serde(default)]
    pub glossaries: Vec<PathBuf>,
    /// Whether the shipped domain glossaries are used (default yes).
    pub builtin_glossaries: Option<bool>,
    /// The backend's base URL (else its environment variable, else its public default).
    pub endpoint: Option<String>,
    /// The model, for backends that have several (`openai`).
    pub model: Option<String>,
    /// Requests in flight at once (default: the backend's).
    pub concurrency: Option<usize>,
    /// Seconds one request may take (default 60).
    pub timeout_seconds: Option<u64>,
    /// The `command` backend's program and arguments, split on whitespace.
    pub command: Option<String>,
    /// Whether `translate export` keeps boilerplate and bylines (in the source language) in
    /// the English article (default no).
    pub keep_boilerplate: Option<bool>,
    /// The lowest fuzzy translation-memory score shown, in percent (default 75).
    pub fuzzy_threshold: Option<u8>,
    /// Where the state is kept: a folder (default `.translate/`) or a PostgreSQL database a
    /// desk shares (`postgres://user@host:5432/newsroom`).
    pub state: Option<StateSetting>,
    /// The project's name in a shared state: with its path in the project, it identifies a
    /// document (default: the project folder's name).
    pub project: Option<String>,
}

/// The `state` setting as written. Its `Debug` never shows it: a URL may hold a password.
#[derive(Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct StateSetting(pub String);

impl std::fmt::Debug for StateSetting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StateSetting(<redacted>)")
    }
}

/// Why the configuration could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Not readable.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Not valid TOML or not our keys.
    #[error("{path}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// toml's message, which names the line and the key.
        message: String,
    },
}

/// The project a run belongs to.
#[derive(Debug, Clone)]
pub struct Project {
    /// The folder holding `translate.toml`, else the working directory.
    pub root: PathBuf,
    /// The parsed `translate.toml` (defaults when there is none).
    pub config: Config,
    /// Where `translate.toml` was found.
    pub config_path: Option<PathBuf>,
}

impl Project {
    /// Finds the project from `start` upward.
    pub fn discover(start: &Path) -> Result<Project, ConfigError> {
        let mut dir = Some(start);
        while let Some(d) = dir {
            let candidate = d.join("translate.toml");
            if candidate.is_file() {
                let text =
                    std::fs::read_to_string(&candidate).map_err(|source| ConfigError::Read {
                        path: candidate.clone(),
                        source,
                    })?;
                // toml's Display quotes the offending line, which may hold a password (`state`):
                // the line number and the message only.
                let config: Config = toml::from_str(&text).map_err(|e| ConfigError::Invalid {
                    path: candidate.clone(),
                    message: match e.span() {
                        Some(span) => format!(
                            "line {}: {}",
                            text[..span.start].matches('\n').count() + 1,
                            e.message()
                        ),
                        None => e.message().to_string(),
                    },
                })?;
                return Ok(Project {
                    root: d.to_path_buf(),
                    config,
                    config_path: Some(candidate),
                });
            }
            dir = d.parent();
        }
        Ok(Project {
            root: start.to_path_buf(),
            config: Config::default(),
            config_path: None,
        })
    }

    /// The state folder (`.translate/`: MT cache, translation memory, machine output of review
    /// files): beside `translate.toml` when there is one, else beside the file a command works
    /// on (`near`: an article or review file), else in the working directory.
    pub fn state_dir(&self, near: Option<&Path>) -> PathBuf {
        if self.config_path.is_some() {
            return self.root.join(".translate");
        }
        let dir = near
            .filter(|p| *p != Path::new("-"))
            .and_then(Path::parent)
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| self.root.clone(), Path::to_path_buf);
        dir.join(".translate")
    }

    /// The project's name in a shared state: `project` in `translate.toml`, else the name of
    /// the project folder.
    pub fn name(&self) -> String {
        self.config.project.clone().unwrap_or_else(|| {
            self.root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
    }

    /// The project's `glossaries/` folder, if it exists.
    pub fn glossary_dir(&self) -> Option<PathBuf> {
        let dir = self.root.join("glossaries");
        dir.is_dir().then_some(dir)
    }

    /// The glossary layers for a run: shipped files, `glossaries/`, the config's files, then
    /// `extra` (the `--glossary` flags).
    pub fn glossary_layers(&self, extra: &[PathBuf], no_builtin: bool) -> crate::glossary::Layers {
        let mut files: Vec<PathBuf> = self
            .config
            .glossaries
            .iter()
            .map(|p| self.root.join(p))
            .collect();
        files.extend(extra.iter().cloned());
        crate::glossary::Layers {
            no_builtin: no_builtin || self.config.builtin_glossaries == Some(false),
            project_dir: self.glossary_dir(),
            extra: files,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_config_upward_and_rejects_unknown_keys() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("articles/2022");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(
            dir.path().join("translate.toml"),
            "backend = \"offline\"\nto = \"en-US\"\n",
        )
        .unwrap();
        let p = Project::discover(&sub).unwrap();
        assert_eq!(p.root, dir.path());
        assert_eq!(p.config.to.as_deref(), Some("en-US"));
        std::fs::write(dir.path().join("translate.toml"), "bakend = \"x\"\n").unwrap();
        let err = Project::discover(&sub).unwrap_err().to_string();
        assert!(
            err.contains("bakend") && err.contains("translate.toml"),
            "{err}"
        );
    }
}
