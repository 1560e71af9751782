//! The built-in offline backend: a word-level English gist made without any network, from the
//! glossary hints, an embedded bilingual lexicon and Indonesian morphology.
//!
//! It is the default when no engine is configured, and the fallback reviewers can always run.
//! It does not try to be fluent. For each sentence it:
//!
//! 1. substitutes glossary terms (the request's [`TermHint`](crate::mt::TermHint)s: the target,
//!    or the source when the term is kept);
//! 2. looks words up in the lexicon ([`lexicon`]: a curated supplement, FreeDict reversed, and
//!    generated loan-word spellings such as `signifikan` -> `significant`): multi-word entries
//!    longest first (`kerja sama`, `satu sama lain`), then the word as written, then its
//!    reduplication base (`negara-negara` -> `countries`) or its stems
//!    ([`crate::morph::stem_candidates`]), longest known form first (`pertahanannya` ->
//!    `pertahanan`, not `tahan`), shaping the English by the affixes removed (`dikutip` ->
//!    `quoted`, `pengiriman` -> `sending`);
//! 3. converts numbers to English format (`9.000` -> `9,000`, `Rp20,3` -> `Rp20.3`), leaving
//!    dates, times and ambiguous forms alone;
//! 4. puts simple noun phrases in English order (`tentara Rusia` -> `Russian troops`,
//!    `negara itu` -> `that country`);
//! 5. keeps unknown words marked `*word` so reviewers see them, and capitalised unknown words in
//!    mid-sentence unmarked (names); at the start of a sentence a capitalised unknown word is
//!    taken for a name when the paragraph (the request's context) uses it elsewhere, when a
//!    name follows it (`Michael Fallon`), or when it is spelled as no Indonesian word is
//!    (`Shoigu`, `Minsk`).
//!
//! The output is deterministic: the same request always gives the same gist.

mod english;
mod gist;
/// The lexicon lives below the backends ([`crate::lexicon`]): glossary suggestions read it too.
pub use crate::lexicon;
mod tokenize;

pub use gist::{is_acronym, Token, TokenKind};

use super::{Backend, BackendError, BackendFuture, LangPair, Limits, Meter, Request, Translation};
use lexicon::Lexicon;

/// The offline backend. Cheap to create: the lexicon is parsed on first use and shared by every
/// instance in the process.
#[derive(Debug, Default, Clone, Copy)]
pub struct OfflineBackend;

impl OfflineBackend {
    /// A new backend.
    pub fn new() -> OfflineBackend {
        OfflineBackend
    }

    fn lexicon(&self) -> &'static Lexicon {
        Lexicon::embedded()
    }

    /// The English gist of one request.
    pub fn gist(&self, req: &Request) -> String {
        let lex = self.lexicon();
        let tokens = gist::analyse(lex, req);
        gist::render(&tokens)
    }

    /// The token-by-token analysis of a request, as used for its gist.
    pub fn analyse_request(&self, req: &Request) -> Vec<Token> {
        gist::analyse(self.lexicon(), req)
    }

    /// The token-by-token analysis of plain text (no glossary hints): what is known, what is a
    /// name, what is unknown. Used for coverage figures and by `glossary suggest`-style tools.
    pub fn analyse(&self, text: &str) -> Vec<Token> {
        let req = Request {
            id: String::new(),
            text: text.to_string(),
            context: None,
            terms: Vec::new(),
        };
        gist::analyse(self.lexicon(), &req)
    }
}

impl Backend for OfflineBackend {
    fn name(&self) -> &str {
        "offline"
    }

    fn model(&self) -> Option<String> {
        // Part of the cache key: a new lexicon must not be answered from an old cache.
        Some(format!("lexicon-{}", Lexicon::fingerprint()))
    }

    fn cacheable(&self) -> bool {
        false
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: 1000,
            max_chars: 1_000_000,
            default_concurrency: 1,
        }
    }

    fn translate_metered<'a>(
        &'a self,
        batch: &'a [Request],
        langs: &'a LangPair,
        meter: &'a Meter<'a>,
    ) -> BackendFuture<'a> {
        Box::pin(meter.exchange(batch, async move {
            if langs.from != "id" || !langs.targets_english() {
                return Err(BackendError::BadRequest(format!(
                    "the offline backend translates Indonesian (id) into English (en), not {} into {}",
                    langs.from, langs.to
                )));
            }
            Ok(batch
                .iter()
                .map(|r| Translation {
                    text: self.gist(r),
                    // Nothing is sent anywhere, so nothing is billed.
                    billed_characters: Some(0),
                })
                .collect())
        }))
    }
}
