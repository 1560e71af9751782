//! The project and its settings: where `translate.toml` is (found upward from the working
//! directory) and what it says, and whether the user trusts it.
//!
//! Settings are layered by hand, lowest first: defaults, `translate.toml`, environment, flags.
//! The environment comes in through [`Env`] so tests run without touching the real one.
//!
//! A `translate.toml` comes with a cloned repository or sits in a parent folder, so it is not
//! the user's word: the settings that could run a program (`command`) or send the user's API
//! key to another host (`endpoint` of a keyed backend) take effect only once the user trusts
//! the file (`translate trust`, which records its path and SHA-256 in [`TrustStore`]; a
//! changed file needs trusting again), as direnv and git's `safe.directory` do. Glossary paths
//! it names must stay inside the project, and its error messages never quote its lines (one may
//! hold a password).

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
        /// Where and what (`line 3, column 1: unknown field ...`), never the line itself.
        message: String,
    },
    /// A glossary path of the file points outside the project.
    #[error("{path}: glossary `{glossary}` is outside the project ({root}); a project file may only name glossaries inside it: pass it with --glossary if you mean it")]
    OutsideProject {
        /// The file.
        path: PathBuf,
        /// The path as written.
        glossary: PathBuf,
        /// The project folder.
        root: PathBuf,
    },
    /// The file sets something that needs the user's trust, and it is not trusted.
    #[error("{path} sets `{key}`, which {why}; it takes effect only in a project you trust: check the file, then run `translate trust` (or give {alternative} yourself)")]
    Untrusted {
        /// The file.
        path: PathBuf,
        /// The setting (`command`, `endpoint`).
        key: &'static str,
        /// What the setting could do.
        why: String,
        /// How to give it without trusting the file.
        alternative: String,
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
    /// The SHA-256 of `translate.toml` as read and parsed (what trusting it records).
    pub config_sha256: Option<String>,
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
                let config: Config = toml::from_str(&text).map_err(|e| ConfigError::Invalid {
                    path: candidate.clone(),
                    message: toml_message(&text, &e),
                })?;
                return Ok(Project {
                    root: d.to_path_buf(),
                    config,
                    config_sha256: Some(crate::doc::sha256_hex(&text)),
                    config_path: Some(candidate),
                });
            }
            dir = d.parent();
        }
        Ok(Project {
            root: start.to_path_buf(),
            config: Config::default(),
            config_path: None,
            config_sha256: None,
        })
    }

    /// Whether the user trusts this project's `translate.toml` as it is now (no file: nothing
    /// to trust, and nothing that needs it).
    pub fn is_trusted(&self, env: &Env) -> bool {
        match (&self.config_path, &self.config_sha256) {
            (Some(path), Some(hash)) => TrustStore::load(env).is_ok_and(|t| t.trusts(path, hash)),
            _ => true,
        }
    }

    /// Refuses a setting of `translate.toml` that needs the user's trust when the file is not
    /// trusted: `key` is the setting, `why` what it could do, `alternative` the way to give
    /// it without trusting the file.
    pub fn require_trust(
        &self,
        env: &Env,
        key: &'static str,
        why: &str,
        alternative: &str,
    ) -> Result<(), ConfigError> {
        if self.is_trusted(env) {
            return Ok(());
        }
        Err(ConfigError::Untrusted {
            path: self.config_path.clone().unwrap_or_default(),
            key,
            why: why.to_string(),
            alternative: alternative.to_string(),
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
    /// `extra` (the `--glossary` flags). A config glossary outside the project (an absolute
    /// path, `..`, a link leading out) is refused unless the user gives the same file in
    /// `extra`: a cloned project must not make the tool read, and quote in its lint errors,
    /// `/etc/shadow` or `~/.ssh/id_rsa`.
    pub fn glossary_layers(
        &self,
        extra: &[PathBuf],
        no_builtin: bool,
    ) -> Result<crate::glossary::Layers, ConfigError> {
        let given: Vec<PathBuf> = extra.iter().filter_map(|p| p.canonicalize().ok()).collect();
        let mut files = Vec::new();
        for p in &self.config.glossaries {
            let file = self.root.join(p);
            let inside = inside(&self.root, &file);
            let passed = file.canonicalize().is_ok_and(|c| given.contains(&c));
            if !inside && !passed {
                return Err(ConfigError::OutsideProject {
                    path: self.config_path.clone().unwrap_or_default(),
                    glossary: p.clone(),
                    root: self.root.clone(),
                });
            }
            if !passed {
                files.push(file);
            }
        }
        files.extend(extra.iter().cloned());
        Ok(crate::glossary::Layers {
            no_builtin: no_builtin || self.config.builtin_glossaries == Some(false),
            project_dir: self.glossary_dir(),
            extra: files,
        })
    }
}

/// Whether `path` lies inside `root`: lexically (no `..` out of it, not absolute elsewhere),
/// and, where both exist, after following links.
fn inside(root: &Path, path: &Path) -> bool {
    use std::path::Component;
    let mut depth: Vec<Component> = Vec::new();
    let Ok(rest) = path.strip_prefix(root) else {
        return false;
    };
    for c in rest.components() {
        match c {
            Component::ParentDir => {
                if depth.pop().is_none() {
                    return false;
                }
            }
            Component::Normal(_) => depth.push(c),
            Component::CurDir => {}
            Component::RootDir | Component::Prefix(_) => return false,
        }
    }
    match (root.canonicalize(), path.canonicalize()) {
        (Ok(r), Ok(p)) => p.starts_with(r),
        _ => true,
    }
}

/// toml's error as `line L, column C: what`, without the snippet of the line it normally
/// shows and without quoted values (a line or a value may hold a password or a key).
fn toml_message(text: &str, e: &toml::de::Error) -> String {
    let mut what = String::new();
    let mut quoted = false;
    for ch in e.message().chars() {
        if ch == '"' {
            if !quoted {
                what.push_str("\"…\"");
            }
            quoted = !quoted;
        } else if !quoted {
            what.push(ch);
        }
    }
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("line {line}, column {column}: {what}")
        }
        None => what,
    }
}

/// The projects the user trusts: `trusted` in the user's config folder
/// (`$XDG_CONFIG_HOME/terjemah/`, else `~/.config/terjemah/`), one `<sha256>\t<path>` line
/// per `translate.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustStore {
    /// (SHA-256, canonical path), in the order trusted.
    pub entries: Vec<(String, PathBuf)>,
}

impl TrustStore {
    /// Where the list is kept, if the environment says where the user's config folder is.
    pub fn path(env: &Env) -> Option<PathBuf> {
        let base = env
            .get("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| env.get("HOME").map(|h| Path::new(h).join(".config")))?;
        Some(base.join("terjemah").join("trusted"))
    }

    /// The list (empty when there is none yet).
    pub fn load(env: &Env) -> Result<TrustStore, ConfigError> {
        let Some(path) = TrustStore::path(env) else {
            return Ok(TrustStore::default());
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(source) => return Err(ConfigError::Read { path, source }),
        };
        let entries = text
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(hash, p)| (hash.to_string(), PathBuf::from(p)))
            .collect();
        Ok(TrustStore { entries })
    }

    /// Whether `config` (a `translate.toml`) is trusted with exactly the content `sha256`.
    pub fn trusts(&self, config: &Path, sha256: &str) -> bool {
        let path = config
            .canonicalize()
            .unwrap_or_else(|_| config.to_path_buf());
        self.entries.iter().any(|(h, p)| h == sha256 && *p == path)
    }

    /// Trusts `config` with the content `sha256`, replacing an earlier entry for it.
    pub fn trust(&mut self, config: &Path, sha256: &str) {
        let path = config
            .canonicalize()
            .unwrap_or_else(|_| config.to_path_buf());
        self.entries.retain(|(_, p)| *p != path);
        self.entries.push((sha256.to_string(), path));
    }

    /// Forgets `config`; whether it was there.
    pub fn revoke(&mut self, config: &Path) -> bool {
        let path = config
            .canonicalize()
            .unwrap_or_else(|_| config.to_path_buf());
        let before = self.entries.len();
        self.entries.retain(|(_, p)| *p != path);
        before != self.entries.len()
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        self.entries
            .iter()
            .map(|(h, p)| format!("{h}\t{}\n", p.display()))
            .collect()
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
