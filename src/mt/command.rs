//! Placeholder while the command backend is written.

use super::options::BackendOptions;
use super::{Backend, BackendFuture, LangPair, Limits, Request};

/// Placeholder.
#[derive(Debug)]
pub struct CommandBackend;

impl CommandBackend {
    /// Placeholder.
    pub fn new(_options: &BackendOptions) -> Result<CommandBackend, String> {
        Err("the command backend is not built yet".into())
    }
}

impl Backend for CommandBackend {
    fn name(&self) -> &str {
        "command"
    }
    fn limits(&self) -> Limits {
        Limits {
            max_texts: 1,
            max_chars: 1,
            default_concurrency: 1,
        }
    }
    fn translate<'a>(&'a self, _batch: &'a [Request], _langs: &'a LangPair) -> BackendFuture<'a> {
        unimplemented!()
    }
}
