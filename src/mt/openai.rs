//! Placeholder while the openai backend is written.

use super::options::BackendOptions;
use super::{Backend, BackendFuture, LangPair, Limits, Request};

/// Placeholder.
#[derive(Debug)]
pub struct OpenAiBackend;

impl OpenAiBackend {
    /// Placeholder.
    pub fn new(_options: &BackendOptions) -> Result<OpenAiBackend, String> {
        Err("the openai backend is not built yet".into())
    }
}

impl Backend for OpenAiBackend {
    fn name(&self) -> &str {
        "openai"
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
