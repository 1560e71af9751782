//! Placeholder while the deepl backend is written.

use super::options::BackendOptions;
use super::{Backend, BackendFuture, LangPair, Limits, Request};

/// Placeholder.
#[derive(Debug)]
pub struct DeeplBackend;

impl DeeplBackend {
    /// Placeholder.
    pub fn new(_options: &BackendOptions) -> Result<DeeplBackend, String> {
        Err("the deepl backend is not built yet".into())
    }
}

impl Backend for DeeplBackend {
    fn name(&self) -> &str {
        "deepl"
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
