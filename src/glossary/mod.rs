//! Glossaries: the translators' term lists, loaded in layers, checked, and matched against the
//! source with Indonesian inflection (`-nya`, `-lah`, reduplication) in one automaton.
//!
//! Layers, lowest first: the domain files shipped inside the binary (`glossaries/*.tsv` of this
//! repository), the project's own `glossaries/*.tsv` (a file with a shipped file's name replaces
//! it), then each `--glossary` file. An entry in a higher layer replaces an entry with the same
//! source in a lower one.

pub mod compiled;
pub mod edit;
pub mod enforce;
pub mod exchange;
mod matcher;
pub mod spelling;
pub mod stats;
pub mod suggest;
pub mod tsv;

use crate::doc::{Document, GlossaryHit, Severity};
pub use matcher::{Match, Matcher};
pub use spelling::Spelling;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The glossaries shipped with the tool, compiled in so it works from any directory.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "glossaries/defence.tsv",
        include_str!("../../glossaries/defence.tsv"),
    ),
    (
        "glossaries/government.tsv",
        include_str!("../../glossaries/government.tsv"),
    ),
    (
        "glossaries/news.tsv",
        include_str!("../../glossaries/news.tsv"),
    ),
];

/// What an entry says about how to use it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// An English title: capitalised before a name, lower case otherwise.
    pub title: bool,
    /// Do not translate: the English keeps the source form.
    pub dnt: bool,
    /// Match the source case-sensitively (acronyms that are also ordinary words).
    pub case_sensitive: bool,
    /// A weekday whose name is also a common word (`Minggu`, also "week"): a hit only next to
    /// a date (`Minggu (3/12/2022)`, `Minggu, 3 Desember`).
    pub date: bool,
}

/// One glossary row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The Indonesian term as written (`Menteri Pertahanan`).
    pub source: String,
    /// The English term, British spelling (`Defence Minister`).
    pub target: String,
    /// The translators' note.
    pub comment: String,
    /// Other Indonesian forms (`Menhan`).
    pub aliases: Vec<String>,
    /// English variants that must not be used.
    pub avoid: Vec<String>,
    /// The US-spelling target, where it differs and the automatic conversion would not do.
    pub us: Option<String>,
    /// For countries and regions: the English adjective (`Russian`).
    pub adjective: Option<String>,
    /// Usage flags.
    pub flags: Flags,
    /// The file it came from, as named to the user.
    pub file: String,
    /// 1-based line in that file.
    pub line: usize,
}

impl Entry {
    /// `file:line`, for messages and hit origins.
    pub fn origin(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }

    /// The English to use in `spelling`, before title casing.
    pub fn target_for(&self, spelling: Spelling) -> String {
        if self.flags.dnt {
            return self.source.clone();
        }
        match spelling {
            Spelling::British => self.target.clone(),
            Spelling::American => self
                .us
                .clone()
                .unwrap_or_else(|| spelling::to_american(&self.target)),
        }
    }

    /// The source and the aliases.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.source.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A problem in a glossary file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error (the file cannot be used as is) or warning.
    pub severity: Severity,
    /// The file as named to the user.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The line's text, for the caret display.
    pub text: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic at a place.
    pub fn at(
        severity: Severity,
        file: &str,
        line: usize,
        column: usize,
        text: &str,
        message: String,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            file: file.to_string(),
            line,
            column,
            text: text.to_string(),
            message,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        };
        write!(
            f,
            "{level}: {}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )?;
        // A diagnostic without text quotes nothing of its file (a file that is not a
        // glossary may hold secrets).
        if self.text.is_empty() {
            return Ok(());
        }
        writeln!(f)?;
        // Tabs shown as `→` so the caret lines up and the columns are visible; other control
        // characters escaped so that a row cannot drive the terminal.
        let shown: String = self
            .text
            .chars()
            .map(|c| match c {
                '\t' => "→".to_string(),
                c if c.is_control() => c.escape_default().to_string(),
                c => c.to_string(),
            })
            .collect();
        writeln!(f, "  {:>4} | {shown}", self.line)?;
        write!(f, "       | {}^", " ".repeat(self.column.saturating_sub(1)))
    }
}

/// An error that stops a glossary from being used.
#[derive(Debug, thiserror::Error)]
pub enum GlossaryError {
    /// A file could not be read.
    #[error("cannot read glossary {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file is not UTF-8.
    #[error("glossary {path} is not UTF-8 text (line {line}); save it as UTF-8")]
    Encoding {
        /// The file.
        path: PathBuf,
        /// The first line with a bad byte.
        line: usize,
    },
    /// Rows with errors.
    #[error("{}", render_errors(.0))]
    Invalid(Vec<Diagnostic>),
}

fn render_errors(diags: &[Diagnostic]) -> String {
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect();
    format!(
        "{} glossary error(s); run `translate glossary lint` for all problems\n{}",
        errors.len(),
        errors.join("\n")
    )
}

/// One file's text and how to name it.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name in messages (a path relative to where the user works, or `glossaries/x.tsv`
    /// for a shipped file).
    pub name: String,
    /// The file's key for layering: its file name (`defence.tsv`).
    pub key: String,
    /// The contents.
    pub text: String,
}

impl Source {
    /// Reads a file from disk.
    pub fn read(path: &Path) -> Result<Source, GlossaryError> {
        let bytes = std::fs::read(path).map_err(|source| GlossaryError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let upto = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            GlossaryError::Encoding {
                path: path.to_path_buf(),
                line: upto.iter().filter(|&&b| b == b'\n').count() + 1,
            }
        })?;
        Ok(Source {
            name: shown_name(path),
            key: path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            text,
        })
    }
}

/// `path` as the user would type it: relative to the working directory when it is inside it.
pub fn shown_name(path: &Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
        .display()
        .to_string()
}

/// The shipped glossaries as layer sources, keyed by file name.
pub fn builtin_sources() -> Vec<Source> {
    BUILTIN
        .iter()
        .map(|(name, text)| Source {
            name: name.to_string(),
            key: name.rsplit('/').next().unwrap_or(name).to_string(),
            text: text.to_string(),
        })
        .collect()
}

/// Where to find glossaries for a run.
#[derive(Debug, Clone, Default)]
pub struct Layers {
    /// Leave out the shipped domain glossaries.
    pub no_builtin: bool,
    /// The project's `glossaries/` folder, if there is one.
    pub project_dir: Option<PathBuf>,
    /// `--glossary` files, in the order given (later wins).
    pub extra: Vec<PathBuf>,
}

impl Layers {
    /// The files of every layer, lowest first, project files replacing shipped ones by name.
    pub fn sources(&self) -> Result<Vec<Source>, GlossaryError> {
        let mut out: Vec<Source> = if self.no_builtin {
            Vec::new()
        } else {
            builtin_sources()
        };
        if let Some(dir) = &self.project_dir {
            let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
                Ok(rd) => rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
                    .collect(),
                Err(source) => {
                    return Err(GlossaryError::Read {
                        path: dir.clone(),
                        source,
                    })
                }
            };
            files.sort();
            for path in files {
                let src = Source::read(&path)?;
                match out.iter_mut().find(|s| s.key == src.key) {
                    Some(slot) => *slot = src,
                    None => out.push(src),
                }
            }
        }
        for path in &self.extra {
            out.push(Source::read(path)?);
        }
        Ok(out)
    }
}

/// The layered glossary of a run: its effective entries and the matcher over them.
#[derive(Debug)]
pub struct Glossary {
    entries: Entries,
    matcher: Matcher,
    spelling: Spelling,
    /// Words that stay capitalised when a title is lower-cased (countries, their adjectives).
    proper: SortedKeys,
    /// The entry of each source's [`term_key`].
    by_source: SortedKeys,
    /// Per entry, the strings every hit shares: source, target (as before a name and
    /// lower-cased), origin, adjective. Made at an entry's first hit: an article hits a few
    /// dozen of a thousand entries, and making them all cost a tenth of a run's start.
    shared: Vec<std::sync::OnceLock<Box<SharedStrings>>>,
    /// The accepted English forms of the entries hit so far, ready to look for: the glossary
    /// check asks for the same entries segment after segment.
    forms: enforce::FormCache,
    version: String,
}

/// A glossary's effective entries: made from the files, or read from the compiled glossary,
/// where an entry is made at its first use (an article hits a few dozen of a thousand).
#[derive(Debug)]
enum Entries {
    Made(Vec<Entry>),
    Compiled(compiled::Entries),
}

impl Entries {
    fn get(&self, i: usize) -> &Entry {
        match self {
            Entries::Made(v) => &v[i],
            Entries::Compiled(c) => c.get(i),
        }
    }

    fn all(&self) -> &[Entry] {
        match self {
            Entries::Made(v) => v,
            Entries::Compiled(c) => c.all(),
        }
    }
}

/// Strings with a number each, sorted in one text and searched by binary search: built from a
/// loaded glossary or read from a compiled one in two allocations, where a hash map of owned
/// keys cost an allocation and a hash per key on every run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct SortedKeys {
    text: String,
    /// (start, end) in `text` and the number, in order of the keys.
    keys: Vec<(u32, u32, u32)>,
}

impl SortedKeys {
    /// The keys, sorted; of a key given twice, the number given last is kept (as collecting
    /// into a map keeps it).
    fn new(mut pairs: Vec<(String, u32)>) -> SortedKeys {
        // Reversed, then sorted stably: the last given of equal keys comes first, and stays.
        pairs.reverse();
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        pairs.dedup_by(|next, kept| next.0 == kept.0);
        let mut out = SortedKeys::default();
        for (k, n) in pairs {
            let start = out.text.len() as u32;
            out.text.push_str(&k);
            out.keys.push((start, out.text.len() as u32, n));
        }
        out
    }

    fn get(&self, key: &str) -> Option<u32> {
        let at = self
            .keys
            .binary_search_by(|&(start, end, _)| {
                self.text
                    .get(start as usize..end as usize)
                    .unwrap_or_default()
                    .cmp(key)
            })
            .ok()?;
        Some(self.keys[at].2)
    }

    fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Writes the keys for [`compiled`].
    fn write(&self, w: &mut compiled::Writer) {
        w.str(&self.text);
        w.usize(self.keys.len());
        for &(start, end, n) in &self.keys {
            w.u32(start);
            w.u32(end);
            w.u32(n);
        }
    }

    /// Reads what [`SortedKeys::write`] wrote; `None` unless every key is a piece of the text,
    /// the keys are in order and every number is below `limit`.
    fn read(r: &mut compiled::Reader<'_>, limit: usize) -> Option<SortedKeys> {
        let text = r.str()?;
        use compiled::u32_at;
        let keys = r.table(12, |c| (u32_at(c, 0), u32_at(c, 4), u32_at(c, 8)))?;
        let mut last: Option<&str> = None;
        for &(start, end, n) in &keys {
            let key = text.get(start as usize..end as usize)?;
            if n as usize >= limit || last.is_some_and(|l| l >= key) {
                return None;
            }
            last = Some(key);
        }
        Some(SortedKeys {
            text: text.to_string(),
            keys,
        })
    }
}

#[derive(Debug)]
struct SharedStrings {
    source: Arc<str>,
    target: Arc<str>,
    target_lower: Arc<str>,
    origin: Arc<str>,
    adjective: Option<Arc<str>>,
}

impl Glossary {
    /// Loads the layers; fails with every error found (warnings are for `lint`).
    pub fn load(sources: &[Source], spelling: Spelling) -> Result<Glossary, GlossaryError> {
        let (glossary, diags) = Glossary::load_lenient(sources, spelling);
        if diags.iter().any(|d| d.severity == Severity::Error) {
            return Err(GlossaryError::Invalid(diags));
        }
        Ok(glossary)
    }

    /// Loads what can be loaded and returns every diagnostic (for `lint`).
    pub fn load_lenient(sources: &[Source], spelling: Spelling) -> (Glossary, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut layers = Vec::new();
        for src in sources {
            let (entries, d) = tsv::parse(&src.name, &src.text);
            diags.extend(d);
            layers.push(entries);
        }
        // Later files are higher layers.
        let rank: HashMap<String, usize> = sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.clone(), i))
            .collect();
        let mut entries = merge_layers(layers, &mut diags);
        check_aliases(&mut entries, &rank, &mut diags);
        diags.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        let matcher = Matcher::new(&entries);
        let mut proper = Vec::new();
        for e in entries.iter().filter(|e| e.adjective.is_some()) {
            for w in e.target.split_whitespace().chain(
                e.adjective
                    .as_deref()
                    .unwrap_or_default()
                    .split_whitespace(),
            ) {
                proper.push((w.to_string(), 0));
            }
        }
        let proper = SortedKeys::new(proper);
        let version = {
            use sha2::{Digest, Sha256};
            let mut h = Sha256::new();
            for src in sources {
                h.update(src.name.as_bytes());
                h.update([0]);
                h.update(src.text.as_bytes());
                h.update([0]);
            }
            h.update(format!("{spelling:?}").as_bytes());
            let d = h.finalize();
            d.iter().take(8).map(|b| format!("{b:02x}")).collect()
        };
        // Effective entries have distinct keys (layering merged the rest).
        let by_source = SortedKeys::new(
            entries
                .iter()
                .enumerate()
                .map(|(i, e)| (term_key(&e.source), i as u32))
                .collect(),
        );
        let glossary = Glossary {
            shared: unmade(entries.len()),
            forms: Default::default(),
            entries: Entries::Made(entries),
            by_source,
            matcher,
            spelling,
            proper,
            version,
        };
        (glossary, diags)
    }

    /// The strings hits of entry `i` share, made at the first.
    fn shared(&self, i: usize) -> &SharedStrings {
        self.shared[i].get_or_init(|| {
            let e = self.entry(i);
            let target = e.target_for(self.spelling);
            Box::new(SharedStrings {
                source: e.source.as_str().into(),
                target_lower: if e.flags.title {
                    self.lower_title(&target).into()
                } else {
                    target.as_str().into()
                },
                target: target.into(),
                origin: e.origin().into(),
                adjective: e.adjective.as_deref().map(Arc::from),
            })
        })
    }

    /// Every source form with its English, for backends with a native glossary (DeepL).
    pub fn backend_terms(&self) -> GlossaryTerms {
        // The matcher already holds each form whose key was not seen before, in entry and
        // form order: exactly the list wanted, without normalising every form again (which
        // cost 3 million instructions on every run, for backends that mostly ignore it).
        let pairs = self
            .matcher
            .forms()
            .map(|(entry, form)| {
                let e = self.entry(entry);
                let target = &e.target_for(self.spelling);
                let form = e.forms().nth(form).unwrap_or_default();
                // A native glossary cannot see that the text already gives the acronym
                // beside the long form (`Perserikatan Bangsa-Bangsa (PBB)`): long forms get
                // the long English and acronyms the English acronym, so the pair is rendered
                // once, as the English press introduces a name (`United Nations (UN)`).
                let target = match enforce::long_and_acronym(target) {
                    Some((_, acr)) if enforce::is_acronym(form) => acr,
                    Some((long, _)) => long,
                    None => target,
                };
                (form.to_string(), target.to_string())
            })
            .collect();
        GlossaryTerms {
            version: self.version.clone(),
            pairs,
        }
    }

    /// The effective entries, after layering.
    pub fn entries(&self) -> &[Entry] {
        self.entries.all()
    }

    /// A short hash of every file's contents and the spelling: part of the MT cache key, so a
    /// changed glossary never serves stale translations.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The spelling targets are given in.
    pub fn spelling(&self) -> Spelling {
        self.spelling
    }

    /// Matches in `text`, leftmost-longest, on word boundaries, with inflection.
    pub fn find(&self, text: &str) -> Vec<Match> {
        self.matcher.find(text, |i| self.entry(i))
    }

    /// Finds glossary terms in every segment of `doc` and records them as hits, with the
    /// target's spelling and title case decided from the context.
    pub fn annotate(&self, doc: &mut Document) {
        // One pass over the whole text; each match is then given to the segment holding it.
        // A match that crosses a segment boundary belongs to none.
        let matches = self.find(&doc.text);
        let text = &doc.text;
        let mut k = 0;
        for seg in doc
            .paragraphs
            .iter_mut()
            .flat_map(|p| p.segments.iter_mut())
        {
            while k < matches.len() && matches[k].start < seg.span.start {
                k += 1;
            }
            while k < matches.len() && matches[k].end <= seg.span.end {
                // Terms inside link lines and bylines are not translated, so not reported.
                let m = &matches[k];
                if seg.kind.is_translatable()
                    && (!self.entry(m.entry).flags.date
                        || weekday_context(&text[..m.start], &text[m.end..]))
                {
                    let entry = self.entry(m.entry);
                    let shared = self.shared(m.entry);
                    let target = if entry.flags.title && !self.before_name(text, &matches, k) {
                        &shared.target_lower
                    } else {
                        &shared.target
                    };
                    seg.glossary.push(GlossaryHit {
                        source: shared.source.clone(),
                        target: target.clone(),
                        matched: text[m.start..m.end].to_string(),
                        start: m.start,
                        end: m.end,
                        origin: shared.origin.clone(),
                        adjective: shared.adjective.clone(),
                        keep: entry.flags.dnt,
                    });
                }
                k += 1;
            }
            undouble(text, &mut seg.glossary);
        }
    }

    /// Whether match `k` is followed by a personal name: skipping country terms
    /// (`Menteri Pertahanan Rusia Sergey Shoigu`), the next word is capitalised and not the
    /// start of another term.
    fn before_name(&self, text: &str, matches: &[Match], k: usize) -> bool {
        let mut at = matches[k].end;
        let mut next = k + 1;
        loop {
            let rest = &text[at..];
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() && !rest.is_empty() {
                // Glued punctuation (`Menteri Pertahanan,`) ends the title.
                return false;
            }
            let pos = at + (rest.len() - trimmed.len());
            match matches.get(next) {
                Some(m) if m.start == pos => {
                    if self.entry(m.entry).adjective.is_some() {
                        at = m.end;
                        next += 1;
                        continue;
                    }
                    return false;
                }
                _ => {}
            }
            return trimmed.starts_with(|c: char| c.is_uppercase());
        }
    }

    /// `Defence Minister` -> `defence minister`, keeping acronyms and proper nouns
    /// (`TNI commander`, `governor of Jakarta` where Jakarta is a glossary place).
    fn lower_title(&self, target: &str) -> String {
        target
            .split(' ')
            .map(|w| {
                let mut chars = w.chars();
                let title_case = chars.next().is_some_and(char::is_uppercase)
                    && chars.all(|c| !c.is_uppercase());
                if title_case
                    && !self
                        .proper
                        .contains(w.trim_matches(|c: char| !c.is_alphanumeric()))
                {
                    w.to_lowercase()
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The effective entry whose source is `source` (any case and spacing).
    pub fn entry_by_source(&self, source: &str) -> Option<&Entry> {
        self.by_source
            .get(&term_key(source))
            .map(|i| self.entry(i as usize))
    }

    /// The entry a [`Match`] points at.
    pub fn entry(&self, index: usize) -> &Entry {
        self.entries.get(index)
    }
}

/// A term the source writes with its other form in brackets beside it (`Perserikatan
/// Bangsa-Bangsa (PBB)`, `PBB (Perserikatan Bangsa-Bangsa)`): both are hits of one entry whose
/// English is `Long Form (ACR)`. Rendering each hit in full would double the term (`United
/// Nations (UN) (United Nations (UN))`), so the hit outside the brackets gets its own half and
/// the one inside the other half, and every backend writes `United Nations (UN)` once. A
/// target without an acronym is written once, with the Indonesian term kept in the bracket.
fn undouble(text: &str, hits: &mut [GlossaryHit]) {
    for i in 1..hits.len() {
        let (a, b) = (&hits[i - 1], &hits[i]);
        if a.source != b.source || b.start < a.end {
            continue;
        }
        let between = text[a.end..b.start].trim();
        let closed = text[b.end..].trim_start().starts_with(')');
        if between != "(" || !closed {
            continue;
        }
        let Some((long, acr)) = enforce::long_and_acronym(&a.target) else {
            // No acronym to split (`alat utama sistem senjata (alutsista)` -> `defence
            // equipment`): the bracket keeps the Indonesian term, as the English press
            // glosses one (`defence equipment (alutsista)`).
            let kept: Arc<str> = b.matched.as_str().into();
            hits[i].target = kept;
            hits[i].keep = true;
            continue;
        };
        let (long, acr): (Arc<str>, Arc<str>) = (long.into(), acr.into());
        // The half for a hit is the one its source form is: the acronym for `PBB`, the long
        // form for `Perserikatan Bangsa-Bangsa`.
        let (first, second) = if enforce::is_acronym(&a.matched) && !enforce::is_acronym(&b.matched)
        {
            (acr, long)
        } else {
            (long, acr)
        };
        hits[i - 1].target = first;
        hits[i].target = second;
    }
}

/// Whether a capitalised `Minggu` between `before` and `after` is the weekday (Sunday) and not
/// "week": next to a date (`Minggu (3/12/2022)`, `Minggu, 3 Desember`) or a part of the day
/// (`Minggu pagi`), or inside a sentence (`pada Minggu`, `hari Minggu`), where the capital
/// can only be the day's. At the start of a sentence the capital says nothing (`Minggu lalu`,
/// last week).
fn weekday_context(before: &str, after: &str) -> bool {
    let rest = after
        .trim_start()
        .trim_start_matches([',', '('])
        .trim_start();
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let dated = rest.starts_with(|c: char| c.is_ascii_digit())
        || matches!(next.as_str(), "pagi" | "siang" | "sore" | "malam" | "dini");
    let sentence_start = before
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '\n' | ':'));
    dated || !sentence_start
}

/// 1-based line and column (in characters) of byte offsets in a text, found in one pass when
/// the offsets come in order (as hits do), so listing every hit of a 2 MB article stays linear.
#[derive(Debug, Clone)]
pub struct LineCursor<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    col: usize,
}

impl<'a> LineCursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> LineCursor<'a> {
        LineCursor {
            text,
            at: 0,
            line: 1,
            col: 1,
        }
    }

    /// Line and column of byte `at` (a char boundary). An offset before the previous one
    /// starts over from the beginning.
    pub fn locate(&mut self, at: usize) -> (usize, usize) {
        if at < self.at {
            *self = LineCursor::new(self.text);
        }
        for c in self.text[self.at..at].chars() {
            if c == '\n' {
                self.line += 1;
                self.col = 1;
            } else {
                self.col += 1;
            }
        }
        self.at = at;
        (self.line, self.col)
    }
}

/// `n` entries' shared strings, none made yet (boxed: the empty slots of a large glossary
/// stay a few pages).
fn unmade(n: usize) -> Vec<std::sync::OnceLock<Box<SharedStrings>>> {
    (0..n).map(|_| std::sync::OnceLock::new()).collect()
}

/// The key under which two sources are the same term.
pub fn term_key(term: &str) -> String {
    matcher::normalise(term)
}

/// Lays files over each other: within a file, a repeated source is a duplicate (same target) or a
/// conflict (different target); across files, the higher layer wins, which is reported so that
/// nobody is surprised.
fn merge_layers(layers: Vec<Vec<Entry>>, diags: &mut Vec<Diagnostic>) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for layer in layers {
        let mut seen_here: HashMap<String, usize> = HashMap::new();
        for entry in layer {
            let key = term_key(&entry.source);
            if let Some(&prev) = seen_here.get(&key) {
                let first = &out[prev];
                let (severity, what) = if first.target == entry.target {
                    (Severity::Warning, "duplicate entry")
                } else {
                    (Severity::Error, "conflicting entry")
                };
                diags.push(Diagnostic::at(
                    severity,
                    &entry.file,
                    entry.line,
                    1,
                    &entry.source,
                    format!(
                        "{what}: `{}` is already at line {} (-> `{}`)",
                        entry.source, first.line, first.target
                    ),
                ));
                continue;
            }
            if let Some(&prev) = index.get(&key) {
                let lower = &out[prev];
                if lower.target != entry.target {
                    diags.push(Diagnostic::at(
                        Severity::Warning,
                        &entry.file,
                        entry.line,
                        1,
                        &entry.source,
                        format!(
                            "overrides {} (`{}` -> `{}`) with `{}`",
                            lower.origin(),
                            lower.source,
                            lower.target,
                            entry.target
                        ),
                    ));
                } else {
                    diags.push(Diagnostic::at(
                        Severity::Warning,
                        &entry.file,
                        entry.line,
                        1,
                        &entry.source,
                        format!("duplicates {} (same target)", lower.origin()),
                    ));
                }
                seen_here.insert(key, prev);
                out[prev] = entry;
                continue;
            }
            index.insert(key.clone(), out.len());
            seen_here.insert(key, out.len());
            out.push(entry);
        }
    }
    out
}

/// An alias that is another entry's source or alias makes matching ambiguous: an error within
/// a file or layer order that cannot decide it. When a higher layer's entry (a project file
/// over a shipped one) has as its source what a lower entry has as an alias, the higher entry
/// wins, as it does for sources: the alias is dropped from the lower entry, with a warning.
fn check_aliases(
    entries: &mut [Entry],
    rank: &HashMap<String, usize>,
    diags: &mut Vec<Diagnostic>,
) {
    let mut owner: HashMap<String, usize> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        owner.insert(term_key(&e.source), i);
    }
    let file_rank = |e: &Entry| rank.get(&e.file).copied().unwrap_or(0);
    let mut dropped: Vec<(usize, String)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        for alias in &e.aliases {
            let key = term_key(alias);
            match owner.get(&key) {
                Some(&j) if j != i => {
                    let other = &entries[j];
                    let source_owner = term_key(&other.source) == key;
                    if source_owner && file_rank(other) > file_rank(e) {
                        diags.push(Diagnostic::at(
                            Severity::Warning,
                            &other.file,
                            other.line,
                            1,
                            &other.source,
                            format!(
                                "overrides alias `{alias}` of `{}` at {}",
                                e.source,
                                e.origin()
                            ),
                        ));
                        dropped.push((i, alias.clone()));
                        continue;
                    }
                    diags.push(Diagnostic::at(
                        Severity::Error,
                        &e.file,
                        e.line,
                        1,
                        alias,
                        format!(
                            "alias `{alias}` of `{}` collides with `{}` at {}",
                            e.source,
                            other.source,
                            other.origin()
                        ),
                    ));
                }
                Some(_) => {}
                None => {
                    owner.insert(key, i);
                }
            }
        }
    }
    for (i, alias) in dropped {
        entries[i].aliases.retain(|a| *a != alias);
    }
}

/// The glossary as a backend may push it to the service (DeepL glossaries): every source form
/// with its English, for one language pair, and a version that changes when any file changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GlossaryTerms {
    /// Changes whenever a glossary file or the spelling changes.
    pub version: String,
    /// (Indonesian form, English), sources and aliases, no duplicates.
    pub pairs: Vec<(String, String)>,
}
