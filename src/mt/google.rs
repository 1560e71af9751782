//! Placeholder while the google backend is written.

use super::options::BackendOptions;
use super::{Backend, BackendFuture, LangPair, Limits, Request};

/// Placeholder.
#[derive(Debug)]
pub struct GoogleBackend;

impl GoogleBackend {
    /// Placeholder.
    pub fn new(_options: &BackendOptions) -> Result<GoogleBackend, String> {
        Err("the google backend is not built yet".into())
    }
}

impl Backend for GoogleBackend {
    fn name(&self) -> &str {
        "google"
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
