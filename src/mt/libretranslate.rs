//! Placeholder while the libretranslate backend is written.

use super::options::BackendOptions;
use super::{Backend, BackendFuture, LangPair, Limits, Request};

/// Placeholder.
#[derive(Debug)]
pub struct LibreTranslateBackend;

impl LibreTranslateBackend {
    /// Placeholder.
    pub fn new(_options: &BackendOptions) -> Result<LibreTranslateBackend, String> {
        Err("the libretranslate backend is not built yet".into())
    }
}

impl Backend for LibreTranslateBackend {
    fn name(&self) -> &str {
        "libretranslate"
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
