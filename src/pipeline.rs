//! The stages composed: read and decode a file, segment it, match the glossary, translate. The
//! CLI calls these and owns nothing but arguments, progress and exit codes.

use crate::doc::Document;
use crate::glossary::Glossary;
use crate::mt::engine::{Engine, RetryPolicy, Stats};
use crate::mt::{Backend, BackendError, LangPair};
use crate::store::{LedgerEntry, Store};
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

/// What the translation memory gave a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MemoryUse {
    /// Segments whose target was an exact match, reused without calling the backend.
    pub exact: usize,
    /// Segments shown fuzzy matches.
    pub fuzzy: usize,
}

/// The translation-memory step, before machine translation: every translatable segment still
/// without a target gets an exact match's target (origin `memory-exact`; the backend is not
/// called for it), else up to three fuzzy matches scoring at least `threshold` percent, shown
/// to the reviewer as notes.
pub fn apply_memory(
    docs: &mut [Document],
    memory: &Store,
    langs: &LangPair,
    threshold: u8,
) -> Result<MemoryUse, crate::store::StoreError> {
    use crate::doc::{Origin, SegmentState};
    let mut used = MemoryUse::default();
    for doc in docs.iter_mut() {
        for seg in doc
            .segments_mut()
            .filter(|s| s.kind.is_translatable() && s.target.is_none())
        {
            let text = seg.text();
            if let Some(pair) = memory.memory_exact(&langs.from, &langs.to, &text)? {
                seg.target = Some(pair.target);
                seg.origin = Origin::MemoryExact;
                seg.state = SegmentState::Machine;
                seg.memory.clear();
                used.exact += 1;
                continue;
            }
            seg.memory = memory.memory_fuzzy(&langs.from, &langs.to, &text, threshold, 3)?;
            if !seg.memory.is_empty() {
                used.fuzzy += 1;
            }
        }
    }
    Ok(used)
}

/// How a translation run is done.
pub struct RunOptions<'a> {
    /// The backend.
    pub backend: &'a dyn Backend,
    /// The language pair.
    pub langs: LangPair,
    /// Retries and timeouts.
    pub policy: RetryPolicy,
    /// Requests in flight at once (`None`: the backend's default).
    pub concurrency: Option<usize>,
    /// The MT cache, if one is used.
    pub store: Option<&'a Store>,
    /// Where the run is recorded (the state database even when the cache is not used:
    /// offline and `--no-cache` runs are runs too).
    pub ledger: Option<&'a Store>,
    /// Count what would be sent; send nothing.
    pub dry_run: bool,
}

/// Matches the glossary in every document and translates every pending segment, all documents
/// sharing one backend connection, one cache and one progress count. Partial results stay in
/// the documents (and the cache) when the backend fails; the run is added to the ledger.
pub fn translate(
    docs: &mut [Document],
    glossary: &Glossary,
    opts: RunOptions,
    progress: &mut dyn FnMut(usize, u64),
) -> Result<Stats, (BackendError, Stats)> {
    // The glossaries' targets are English: into another language (`--backend apertium --to
    // ms`) they would only inject English, so they are not applied.
    let english = opts.langs.targets_english();
    for doc in docs.iter_mut() {
        doc.source_lang = opts.langs.from.clone();
        doc.target_lang = opts.langs.to.clone();
        if english {
            glossary.annotate(doc);
        }
    }
    let engine = Engine {
        backend: opts.backend,
        langs: opts.langs,
        policy: opts.policy,
        concurrency: opts.concurrency,
        store: opts.store,
        terms: if english {
            glossary.backend_terms()
        } else {
            crate::mt::GlossaryTerms::default()
        },
        dry_run: opts.dry_run,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            (
                BackendError::Retryable(format!("cannot start the runtime: {e}")),
                Stats::default(),
            )
        })?;
    let result = runtime.block_on(engine.run(docs, progress));
    // QA on the machine output (glossary terms included): findings go into the review file
    // notes and the JSON.
    // The checks read English (numbers, dates, stopwords): into another language they are off.
    if english {
        crate::qa::annotate(docs, Some(glossary));
    }
    if let (Some(store), false) = (opts.ledger, opts.dry_run) {
        let stats = match &result {
            Ok(s) | Err((_, s)) => s,
        };
        let entry = LedgerEntry {
            backend: opts.backend.name().to_string(),
            requests: stats.requests as u64,
            characters_sent: stats.characters_sent,
            characters_billed: stats.characters_billed,
            cache_hits: stats.cache_hits as u64,
        };
        if let Err(e) = store.record_run(&entry) {
            eprintln!("warning: {e}");
        }
    }
    result
}
