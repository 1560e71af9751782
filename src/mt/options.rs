//! What a backend needs to connect: endpoint, key, region, model, timeout, resolved from flags,
//! `translate.toml` and the environment (in that order of precedence), and the [`Secret`] type
//! that keeps keys out of every message.

use crate::config::{Config, Env, Project};
use std::fmt;
use std::time::Duration;

/// An API key. Its `Debug` and `Display` never show it; only [`Secret::expose`] does, at the
/// moment it goes into a request.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a key.
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The key itself, for the request that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// The environment variables of each backend: (endpoint, key, extra).
pub fn env_names(backend: &str) -> (Option<&'static str>, Option<&'static str>) {
    match backend {
        "deepl" => (Some("DEEPL_API_URL"), Some("DEEPL_AUTH_KEY")),
        "google" => (Some("GOOGLE_TRANSLATE_URL"), Some("GOOGLE_API_KEY")),
        "azure" => (
            Some("AZURE_TRANSLATOR_ENDPOINT"),
            Some("AZURE_TRANSLATOR_KEY"),
        ),
        "libretranslate" => (Some("LIBRETRANSLATE_URL"), Some("LIBRETRANSLATE_API_KEY")),
        "apertium" => (Some("APERTIUM_URL"), None),
        "openai" => (Some("OPENAI_BASE_URL"), Some("OPENAI_API_KEY")),
        _ => (None, None),
    }
}

/// Connection settings for one backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackendOptions {
    /// Base URL of the service (each backend has a default).
    pub endpoint: Option<String>,
    /// The API key, where the service needs one.
    pub key: Option<Secret>,
    /// The name of the variable the key comes from, for messages (`DEEPL_AUTH_KEY`).
    pub key_var: Option<&'static str>,
    /// Azure's resource region (`AZURE_TRANSLATOR_REGION`).
    pub region: Option<String>,
    /// The model (`OPENAI_MODEL`, or `model` in `translate.toml`).
    pub model: Option<String>,
    /// The external program of the `command` backend, as a shell-free argument list.
    pub command: Vec<String>,
    /// How long one request may take.
    pub timeout: Duration,
}

impl Default for BackendOptions {
    fn default() -> Self {
        BackendOptions {
            endpoint: None,
            key: None,
            key_var: None,
            region: None,
            model: None,
            command: Vec::new(),
            timeout: Duration::from_secs(60),
        }
    }
}

impl BackendOptions {
    /// Resolves the settings of `backend`: `endpoint` (the `--endpoint` flag) wins over
    /// `translate.toml`, which wins over the environment.
    pub fn resolve(backend: &str, env: &Env, config: &Config, endpoint: Option<&str>) -> Self {
        let (endpoint_var, key_var) = env_names(backend);
        let endpoint = endpoint
            .map(str::to_string)
            .or_else(|| config.endpoint.clone())
            .or_else(|| endpoint_var.and_then(|v| env.get(v)).map(str::to_string));
        let key = key_var.and_then(|v| env.get(v)).map(Secret::new);
        let model = config
            .model
            .clone()
            .or_else(|| env.get("OPENAI_MODEL").map(str::to_string));
        let command = config
            .command
            .clone()
            .or_else(|| env.get("TRANSLATE_COMMAND").map(str::to_string))
            .map(|c| c.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default();
        BackendOptions {
            endpoint,
            key,
            key_var,
            region: env.get("AZURE_TRANSLATOR_REGION").map(str::to_string),
            model,
            command,
            timeout: Duration::from_secs(config.timeout_seconds.unwrap_or(60)),
        }
    }

    /// [`BackendOptions::resolve`] for a run in `project`, with the checks that keep a project
    /// file from doing what only the user may: its `command`, and its `endpoint` for a backend
    /// that sends a key, are used only when the user trusts the file (else the environment's
    /// value is used, and without one the run is refused); a key goes over plain HTTP only to
    /// this machine unless `allow_http`. The error says what to do (exit 2).
    pub fn resolve_for_project(
        backend: &str,
        env: &Env,
        project: &Project,
        endpoint: Option<&str>,
        allow_http: bool,
    ) -> Result<Self, String> {
        let (endpoint_var, key_var) = env_names(backend);
        let mut config = project.config.clone();
        if backend == "command" && config.command.is_some() && !project.is_trusted(env) {
            if env.get("TRANSLATE_COMMAND").is_some() {
                config.command = None;
            } else {
                project
                    .require_trust(
                        env,
                        "command",
                        "runs a program",
                        "the program with TRANSLATE_COMMAND",
                    )
                    .map_err(|e| e.to_string())?;
            }
        }
        if let (Some(key_var), None, Some(_)) = (key_var, endpoint, &config.endpoint) {
            if !project.is_trusted(env) {
                if endpoint_var.is_some_and(|v| env.get(v).is_some()) {
                    config.endpoint = None;
                } else {
                    project
                        .require_trust(
                            env,
                            "endpoint",
                            &format!("sends your {key_var} to that host"),
                            &format!(
                                "the endpoint with --endpoint or {}",
                                endpoint_var.unwrap_or("its variable")
                            ),
                        )
                        .map_err(|e| e.to_string())?;
                }
            }
        }
        let options = BackendOptions::resolve(backend, env, &config, endpoint);
        if let (Some(url), Some(var), false) = (&options.endpoint, options.key_var, allow_http) {
            if options.key.is_some() && plain_http_elsewhere(url) {
                return Err(format!(
                    "the {backend} endpoint {url} is plain HTTP to another machine: {var} would travel unencrypted; use https, or pass --allow-http if you mean it"
                ));
            }
        }
        Ok(options)
    }

    /// The key, or an error naming the variable to set.
    pub fn require_key(&self, backend: &str) -> Result<&Secret, String> {
        self.key.as_ref().ok_or_else(|| {
            format!(
                "the {backend} backend needs an API key: set {}",
                self.key_var.unwrap_or("the backend's key variable")
            )
        })
    }

    /// The endpoint, or `default` without a trailing slash.
    pub fn endpoint_or(&self, default: &str) -> String {
        self.endpoint
            .as_deref()
            .unwrap_or(default)
            .trim_end_matches('/')
            .to_string()
    }
}

/// Whether `url` is `http://` to a host other than this machine (loopback addresses and
/// `localhost` are this machine).
fn plain_http_elsewhere(url: &str) -> bool {
    let Ok(parsed) = reqwest::Url::parse(url.trim()) else {
        // Not a URL at all: the backend refuses it; a bare `host:port` is taken as HTTP.
        return !url.trim().to_ascii_lowercase().starts_with("https://")
            && !is_loopback(url.trim().split([':', '/']).next().unwrap_or(""));
    };
    parsed.scheme() == "http" && !parsed.host_str().is_some_and(is_loopback)
}

fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_never_print() {
        let s = Secret::new("abc123:fx");
        assert_eq!(format!("{s} {s:?}"), "<redacted> Secret(<redacted>)");
        let env = Env::from_pairs([("DEEPL_AUTH_KEY".into(), "abc123:fx".into())]);
        let o = BackendOptions::resolve("deepl", &env, &Config::default(), None);
        assert!(!format!("{o:?}").contains("abc123"));
        assert_eq!(o.key.as_ref().map(Secret::expose), Some("abc123:fx"));
        let none = BackendOptions::resolve("deepl", &Env::default(), &Config::default(), None);
        assert_eq!(
            none.require_key("deepl").unwrap_err(),
            "the deepl backend needs an API key: set DEEPL_AUTH_KEY"
        );
    }

    #[test]
    fn plain_http_only_to_this_machine() {
        assert!(plain_http_elsewhere("http://mt.example.com/v1"));
        assert!(plain_http_elsewhere("http://10.0.0.5:5000"));
        assert!(!plain_http_elsewhere("https://mt.example.com"));
        assert!(!plain_http_elsewhere("http://127.0.0.1:8080"));
        assert!(!plain_http_elsewhere("http://[::1]:8080"));
        assert!(!plain_http_elsewhere("http://localhost:11434/v1"));
    }

    #[test]
    fn flag_beats_config_beats_environment() {
        let env = Env::from_pairs([("DEEPL_API_URL".into(), "http://env".into())]);
        let config = Config {
            endpoint: Some("http://config".into()),
            ..Config::default()
        };
        let o = BackendOptions::resolve("deepl", &env, &config, Some("http://flag/"));
        assert_eq!(o.endpoint_or("x"), "http://flag");
        let o = BackendOptions::resolve("deepl", &env, &config, None);
        assert_eq!(o.endpoint.as_deref(), Some("http://config"));
        let o = BackendOptions::resolve("deepl", &env, &Config::default(), None);
        assert_eq!(o.endpoint.as_deref(), Some("http://env"));
    }
}
