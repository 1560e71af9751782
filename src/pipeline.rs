//! The stages composed: read and decode a file, segment it, match the glossary, translate. The
//! CLI calls these and owns nothing but arguments, progress and exit codes.

use crate::doc::Document;
use crate::glossary::Glossary;
use crate::mt::engine::{self, Stats};
use crate::mt::{Backend, BackendError, LangPair};
use crate::text::encoding::{self, DecodeError};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why an input file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// Missing, unreadable, a directory.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file as given.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Nothing but whitespace.
    #[error("{path} is empty: there is nothing to translate")]
    Empty {
        /// The file as given.
        path: PathBuf,
    },
    /// Binary data.
    #[error("{path}: {source}")]
    Decode {
        /// The file as given.
        path: PathBuf,
        /// What was wrong.
        source: DecodeError,
    },
}

/// A segmented document and what was noticed while reading it.
#[derive(Debug)]
pub struct Loaded {
    /// The document.
    pub doc: Document,
    /// A note for the user (the file was decoded from another encoding).
    pub notice: Option<String>,
}

/// Reads `path` (`-` is standard input), decodes it and segments it.
pub fn read_document(path: &Path) -> Result<Loaded, InputError> {
    let err = |source| InputError::Read {
        path: path.to_path_buf(),
        source,
    };
    let bytes = if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(err)?;
        buf
    } else {
        std::fs::read(path).map_err(err)?
    };
    let decoded = encoding::decode(&bytes).map_err(|source| InputError::Decode {
        path: path.to_path_buf(),
        source,
    })?;
    if decoded.text.trim().is_empty() {
        return Err(InputError::Empty {
            path: path.to_path_buf(),
        });
    }
    let doc = crate::segment::segment(&path.display().to_string(), decoded.text);
    Ok(Loaded {
        doc,
        notice: decoded.notice,
    })
}

/// Matches the glossary and translates every pending segment; partial results stay in `doc`
/// when the backend fails.
pub fn translate(
    doc: &mut Document,
    glossary: &Glossary,
    backend: &dyn Backend,
    langs: &LangPair,
    progress: &mut dyn FnMut(usize),
) -> Result<Stats, (BackendError, Stats)> {
    doc.source_lang = langs.from.clone();
    doc.target_lang = langs.to.clone();
    glossary.annotate(doc);
    let result = engine::translate_document(doc, backend, langs, progress);
    for seg in doc.segments_mut() {
        let findings = crate::glossary::enforce::check_segment(glossary, seg);
        seg.qa.retain(|f| f.check != "glossary");
        seg.qa.extend(findings);
    }
    result
}
