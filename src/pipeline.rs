//! The stages composed: read and decode a file, segment it, match the glossary, translate. The
//! CLI calls these and owns nothing but arguments, progress and exit codes.

use crate::doc::Document;
use crate::glossary::Glossary;
use crate::mt::engine::{Engine, RetryPolicy, Stats};
use crate::mt::{Backend, BackendError, LangPair};
use crate::store::{LedgerEntry, Store};
use crate::text::encoding::{self, DecodeError};
use std::io::{Read, Write};
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
    /// Larger than the article size limit.
    #[error("{path} is {size} bytes, over the article size limit of {limit} bytes: an article is kilobytes (raise the limit with --max-size BYTES if this one is real)")]
    TooLarge {
        /// The file as given.
        path: PathBuf,
        /// Its size (or the bytes read before stopping).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Not an article: a review file, an export, an English text, a device.
    #[error("{path} {why}")]
    NotAnArticle {
        /// The file as given.
        path: PathBuf,
        /// What it is, and what to do instead.
        why: String,
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

/// The largest article read without `--max-size`: news articles are kilobytes; a file of
/// megabytes is a mistake (a log, a dump, a whole site) that would cost time, memory and money.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads `path` (`-` is standard input), decodes it and segments it, whatever its size and
/// language (`segment`, `align`, `glossary check` read English and large files too).
pub fn read_document(path: &Path) -> Result<Loaded, InputError> {
    read(path, u64::MAX, false)
}

/// Reads and decodes `path` as [`read_document`] does, without segmenting it: for a command
/// that segments a paragraph at a time ([`crate::segment::Paragraphs`]) and writes as it goes.
/// The text and the notice.
pub fn read_text(path: &Path) -> Result<(String, Option<String>), InputError> {
    let decoded = read_decoded(path, u64::MAX, false)?;
    Ok((decoded.text, decoded.notice))
}

/// Reads an article to translate: at most `max_bytes`, and only an Indonesian article
/// ([`not_an_article`]), so nothing is paid for a file that should not be sent.
pub fn read_article(path: &Path, max_bytes: u64) -> Result<Loaded, InputError> {
    read(path, max_bytes, true)
}

fn read(path: &Path, max_bytes: u64, article: bool) -> Result<Loaded, InputError> {
    let decoded = read_decoded(path, max_bytes, article)?;
    let doc = crate::segment::segment(&path.display().to_string(), decoded.text);
    Ok(Loaded {
        doc,
        notice: decoded.notice,
    })
}

fn read_decoded(
    path: &Path,
    max_bytes: u64,
    article: bool,
) -> Result<encoding::Decoded, InputError> {
    let err = |source| InputError::Read {
        path: path.to_path_buf(),
        source,
    };
    let too_large = |size| InputError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit: max_bytes,
    };
    let bytes = if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(max_bytes.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(err)?;
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(err)?;
        if !meta.is_file() && article {
            return Err(InputError::NotAnArticle {
                path: path.to_path_buf(),
                why: "is not a regular file (a directory, device or pipe): give an article file, or `-` for standard input".into(),
            });
        }
        if meta.len() > max_bytes {
            return Err(too_large(meta.len()));
        }
        let mut buf = Vec::with_capacity(meta.len().min(max_bytes) as usize);
        std::fs::File::open(path)
            .and_then(|f| f.take(max_bytes.saturating_add(1)).read_to_end(&mut buf))
            .map_err(err)?;
        buf
    };
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    let decoded = encoding::decode(&bytes).map_err(|source| InputError::Decode {
        path: path.to_path_buf(),
        source,
    })?;
    // The raw bytes are not needed once decoded: not holding them while segmenting keeps a big
    // input's peak memory a copy smaller.
    drop(bytes);
    if decoded.text.trim().is_empty() {
        return Err(InputError::Empty {
            path: path.to_path_buf(),
        });
    }
    if let Some(why) = article
        .then(|| not_an_article(path, &decoded.text))
        .flatten()
    {
        return Err(InputError::NotAnArticle {
            path: path.to_path_buf(),
            why,
        });
    }
    Ok(decoded)
}

/// Why a file given to `translate` is not an Indonesian article, if it is not: a review file
/// (by its header, whatever its name), a file the tool exported (XLIFF, TMX, HTML, JSON, or the
/// English text export beside its review file), or English text (a README). Translating any of
/// them would bill a paid backend for nothing.
pub fn not_an_article(path: &Path, text: &str) -> Option<String> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with("<!-- terjemah:review") {
        let source = crate::review::ReviewFile::parse(&path.display().to_string(), text)
            .map(|r| r.header.source)
            .unwrap_or_else(|_| "its article".into());
        return Some(format!(
            "is a review file, not an article: to update it, run `translate` on `{source}`"
        ));
    }
    let lower: String = head
        .chars()
        .take(200)
        .collect::<String>()
        .to_ascii_lowercase();
    let markup = [
        "<?xml",
        "<xliff",
        "<tmx",
        "<!doctype html",
        "<html",
        "<martif",
        "<tbx",
    ];
    if markup.iter().any(|m| lower.starts_with(m)) {
        return Some(
            "is an XML or HTML file (an export?), not an article: give the Indonesian text".into(),
        );
    }
    if head.starts_with('{') && serde_json::from_str::<serde_json::Value>(text).is_ok() {
        return Some(
            "is a JSON file (an export?), not an article: give the Indonesian text".into(),
        );
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    if let Some(stem) = name.as_deref().and_then(|n| n.strip_suffix(".en.txt")) {
        if path.with_file_name(format!("{stem}.review.md")).is_file() {
            return Some(format!(
                "is the English export of {stem}.review.md, not an Indonesian article"
            ));
        }
    }
    if looks_english(text) {
        return Some(
            "looks like English, not Indonesian: terjemah translates Indonesian articles".into(),
        );
    }
    None
}

/// Whether a text is clearly English: its common function words far outnumber Indonesian
/// ones. Indonesian news quotes English names and phrases, so the bar is high and needs enough
/// words to judge.
fn looks_english(text: &str) -> bool {
    const EN: &[&str] = &[
        "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "are", "it", "this",
        "be", "on", "as", "by", "from", "or", "an",
    ];
    const ID: &[&str] = &[
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "pada", "tidak", "akan",
        "dalam", "ke", "juga", "ada", "oleh", "atau", "adalah", "kata", "bahwa", "telah",
    ];
    let (mut en, mut id, mut words) = (0usize, 0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(5000)
    {
        words += 1;
        let w = word.to_lowercase();
        if EN.contains(&w.as_str()) {
            en += 1;
        } else if ID.contains(&w.as_str()) {
            id += 1;
        }
    }
    words >= 30 && en >= 10 && en > 4 * id.max(1)
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
/// to the reviewer as notes. A segment that kept machine English from an earlier run gets its
/// fuzzy matches again (so a re-run of an unchanged article shows the same notes and leaves the
/// file alone); English a person reviewed gets none.
pub fn apply_memory(
    docs: &mut [Document],
    memory: &Store,
    langs: &LangPair,
    threshold: u8,
) -> Result<MemoryUse, crate::store::StoreError> {
    use crate::doc::{Origin, SegmentState};
    let mut used = MemoryUse::default();
    // An empty memory answers nothing: its lookups (3 million instructions for the seed
    // article) are skipped, and every segment gets the answer they would have given.
    let empty = !memory.memory_may_have_pairs()?;
    for doc in docs.iter_mut() {
        for seg in doc
            .segments_mut()
            .filter(|s| s.kind.is_translatable() && !crate::review::record::is_reviewed(s.state))
        {
            let text = seg.text();
            if seg.target.is_none() {
                let exact = if empty {
                    None
                } else {
                    memory.memory_exact(&langs.from, &langs.to, &text)?
                };
                if let Some(pair) = exact {
                    seg.target = Some(pair.target);
                    seg.origin = Origin::MemoryExact;
                    seg.state = SegmentState::Machine;
                    seg.memory.clear();
                    used.exact += 1;
                    continue;
                }
            } else if seg.origin == Origin::MemoryExact {
                continue;
            }
            seg.memory = if empty {
                Vec::new()
            } else {
                memory.memory_fuzzy(&langs.from, &langs.to, &text, threshold, 3)?
            };
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
        // The version keys the cache whatever the backend; the pairs are for a native glossary.
        terms: match (english, opts.backend.native_glossary()) {
            (true, true) => glossary.backend_terms(),
            (true, false) => crate::mt::GlossaryTerms {
                version: glossary.version().to_string(),
                pairs: Vec::new(),
            },
            (false, _) => crate::mt::GlossaryTerms::default(),
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
            let _ = writeln!(std::io::stderr(), "warning: {e}");
        }
    }
    result
}
