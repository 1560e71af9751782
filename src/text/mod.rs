//! Text handling below the segmenter: decoding input files, Indonesian number formats, and
//! the words of Indonesian news prose that several checks read.

pub mod encoding;
pub mod numbers;

/// Indonesian reporting verbs as news prose puts them around the speaker (`kata Budi`, `ujar
/// Presiden`, `tandasnya`), with `menurut` (`menurut dia`): the word before a speaker. The
/// glossary check reads a bare title after one as a reference back to someone named; the term
/// suggester reads a name after one as a speaker, not a term.
pub const REPORTING_VERBS: &[&str] = &[
    "kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tambah", "imbuh", "terang", "tegas",
    "sebut", "papar", "lanjut", "pungkas", "tandas", "menurut", "katanya", "ujarnya",
];
