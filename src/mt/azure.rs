//! Placeholder while the azure backend is written.

use super::options::BackendOptions;
use super::{Backend, BackendFuture, LangPair, Limits, Request};

/// Placeholder.
#[derive(Debug)]
pub struct AzureBackend;

impl AzureBackend {
    /// Placeholder.
    pub fn new(_options: &BackendOptions) -> Result<AzureBackend, String> {
        Err("the azure backend is not built yet".into())
    }
}

impl Backend for AzureBackend {
    fn name(&self) -> &str {
        "azure"
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
