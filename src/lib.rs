//! terjemah: translation assist for Indonesian news into English.
//!
//! The `translate` binary is a thin shell over this library. A run goes through these stages,
//! each a module with a small API over the shared [`doc`] model:
//!
//! 1. **Read** ([`pipeline::read_document`], [`text::encoding`]): bytes to text (UTF-8, UTF-16
//!    with a BOM, or Windows-1252 with a notice); binary data is refused.
//! 2. **Segment** ([`segment`]): paragraphs (blank-line blocks or lines), then sentences by
//!    Indonesian rules, with datelines, bylines and boilerplate (`Baca juga: ...`) marked so they
//!    stay aligned but are not translated. Spans index the original text; the segments and the
//!    whitespace between them rebuild it exactly.
//! 3. **Glossary** ([`glossary`]): layered TSV files (shipped, project, `--glossary`), checked
//!    with file:line diagnostics, compiled into one automaton; matches accept Indonesian clitics
//!    and reduplication, and titles are capitalised only before a name.
//! 4. **Memory** ([`pipeline::apply_memory`], [`store::memory`]): an exact match from the
//!    translation memory is reused without calling a backend; fuzzy matches become notes.
//! 5. **Translate** ([`mt`]): the [`mt::Backend`] trait (a batch in, one translation per request
//!    out, typed errors) and the engine that batches segments to a backend's limits and keeps
//!    partial results; the built-in [`mt::offline`] backend gives a word-level gist from a
//!    lexicon with Indonesian morphology.
//! 6. **Check** ([`glossary::enforce`], [`qa`]): glossary terms missing from the English,
//!    avoided variants used, numbers, dates, names, omissions.
//! 7. **Write** ([`review`], [`formats`]): the editable review file, the side-by-side terminal
//!    view, the HTML page, JSON, TSV and XLIFF.
//!
//! Then the review loop ([`review`]): the review file is parsed back ([`review::ReviewFile`]),
//! merged into a re-run on a changed article ([`review::merge`]), compared with the machine
//! output kept in the state database ([`review::diff`], [`store`]), and exported, its pairs
//! going to the translation memory ([`review::export`]). [`align`] pairs old articles with
//! their translations for the memory.
//!
//! Glossary maintenance sits beside the pipeline: [`glossary::edit`] changes a file in place
//! (checked, one line at a time, atomically), [`glossary::suggest`] finds candidate entries in
//! articles, post-edits and aligned pairs, [`glossary::stats`] counts hits and kept targets,
//! and [`glossary::exchange`] reads and writes TBX and CSV.
//!
//! [`cli`] parses arguments and maps errors to exit codes; [`config`] finds `translate.toml`.
#![warn(missing_docs)]

pub mod align;
pub mod cli;
pub mod config;
pub mod doc;
pub mod formats;
pub mod fs;
pub mod glossary;
pub mod lexicon;
pub mod morph;
pub mod mt;
pub mod pipeline;
pub mod qa;
pub mod review;
pub mod segment;
pub mod store;
pub mod text;
