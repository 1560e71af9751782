//! Placeholder while the apertium backend is written.

use super::options::BackendOptions;
use super::{Backend, BackendFuture, LangPair, Limits, Request};

/// Placeholder.
#[derive(Debug)]
pub struct ApertiumBackend;

impl ApertiumBackend {
    /// Placeholder.
    pub fn new(_options: &BackendOptions) -> Result<ApertiumBackend, String> {
        Err("the apertium backend is not built yet".into())
    }
}

impl Backend for ApertiumBackend {
    fn name(&self) -> &str {
        "apertium"
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
