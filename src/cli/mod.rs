//! The `translate` command line: argument definitions and dispatch. Each subcommand has its
//! own file; they call the library and turn its errors into messages and exit codes
//! (0 success, 1 runtime failure, 2 usage or invalid input, 3 `qa --strict` found errors).

mod align;
mod glossary;
mod glossary_maint;
pub mod manual;
mod memory;
mod output;
mod qa;
mod review;
mod segment;
mod state;
mod translate;
mod trust;

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

/// An error for the user, with the exit code it warrants.
#[derive(Debug)]
pub struct CliError {
    /// 1 runtime, 2 usage or input.
    pub code: u8,
    /// The message, already naming the file and line where there is one.
    pub message: String,
}

impl CliError {
    /// Bad input or usage: exit 2.
    pub fn input(message: impl Into<String>) -> CliError {
        CliError {
            code: 2,
            message: message.into(),
        }
    }

    /// A failure while working: exit 1.
    pub fn runtime(message: impl Into<String>) -> CliError {
        CliError {
            code: 1,
            message: message.into(),
        }
    }
}

/// Translation assist for Indonesian news into English.
///
/// `translate article.txt` segments the article, applies the glossaries, machine-translates it
/// and writes `article.review.md` beside it for a translator to edit.
#[derive(Debug, Parser)]
#[command(name = "translate", version, about, long_about = None)]
#[command(
    after_help = "Examples:\n  translate article.txt\n  translate articles/*.txt --backend deepl --dry-run\n  translate article.txt -f html -o article.html"
)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    translate: TranslateArgs,
    /// Where the state is (cache, memory, review record): a folder, or a PostgreSQL database
    /// a desk shares (`postgres://user@host:5432/newsroom`). Overrides TRANSLATE_STATE and
    /// `state` in translate.toml.
    #[arg(long, global = true, value_name = "URL|DIR")]
    state: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show how a file is split into paragraphs and sentences.
    #[command(
        after_help = "Examples:\n  translate segment article.txt\n  translate segment article.txt --json > article.segments.json\n  cat article.txt | translate segment -"
    )]
    Segment(SegmentArgs),
    /// Work with glossaries: lint, list, check, add, remove, edit, suggest, stats, import, export.
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  translate glossary lint\n  translate glossary check article.txt\n  translate glossary add \"Kampung Susun\" \"Kampung Susun housing\""
    )]
    Glossary(GlossaryCommand),
    /// Pair an Indonesian article with its English version, paragraphs then sentences.
    #[command(
        after_help = "Examples:\n  translate align berita.txt news.txt\n  translate align berita.txt news.txt -f tmx -o pair.tmx --to-memory\n  translate align --batch pairs.tsv -f json > links.jsonl"
    )]
    Align(AlignArgs),
    /// Check a bilingual file: numbers, dates, times, glossary terms, omissions, leftovers.
    #[command(
        after_help = "Examples:\n  translate qa article.review.md\n  translate qa article.xlf --json\n  translate qa pairs.tsv --strict"
    )]
    Qa(QaArgs),
    /// The translation memory: import and export TMX, statistics.
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  translate memory stats\n  translate memory import omegat-project.tmx\n  translate memory export -o desk.tmx"
    )]
    Memory(memory::MemoryCommand),
    /// Show a reviewer's edits against the machine output, word by word, with edit figures.
    #[command(
        after_help = "Examples:\n  translate diff article.review.md\n  translate diff article.review.md --json > edits.json"
    )]
    Diff(DiffArgs),
    /// Write the finished article (text, XLIFF, TMX, HTML, JSON) and store its reviewed pairs
    /// (edited or approved) in the translation memory.
    #[command(
        after_help = "Examples:\n  translate export article.review.md\n  translate export article.review.md -f xliff -o article.xlf\n  translate export article.review.md -f html --no-memory"
    )]
    Export(ExportArgs),
    /// Bring the English and states of an XLIFF file edited in a CAT tool into the review file.
    #[command(
        after_help = "Examples:\n  translate import article.xlf\n  translate import edited.xlf --review article.review.md"
    )]
    Import(ImportArgs),
    /// Mark segments of a review file approved: reviewed, and so stored in the translation
    /// memory at export.
    Approve(ApproveArgs),
    /// The project's state: where it is and what it holds; copy it between SQLite and
    /// PostgreSQL.
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  translate state info\n  translate state copy --to postgres://desk@db.newsroom:5432/translate\n  translate --state postgres://desk@db.newsroom:5432/translate article.txt"
    )]
    State(state::StateCommand),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(
        after_help = "Examples:\n  translate completions bash > ~/.local/share/bash-completion/completions/translate\n  translate completions zsh > ~/.zfunc/_translate\n  translate completions fish > ~/.config/fish/completions/translate.fish"
    )]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the man pages (translate.1 and one per command) into DIR, or print translate.1.
    #[command(
        after_help = "Examples:\n  translate man ~/.local/share/man/man1\n  translate man | man -l -"
    )]
    Man {
        /// The folder to write the pages into.
        dir: Option<PathBuf>,
    },
    /// Trust the project's translate.toml: let its `command`, and its `endpoint` for a backend
    /// that sends a key, take effect (recorded with the file's hash: a changed file needs
    /// trusting again).
    #[command(
        after_help = "Examples:\n  translate trust\n  translate trust --list\n  translate trust --revoke"
    )]
    Trust(trust::TrustArgs),
}

/// `translate approve` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  translate approve article.review.md 2.1 3.4\n  translate approve article.review.md --all"
)]
struct ApproveArgs {
    /// The review file (`*.review.md`).
    file: PathBuf,
    /// Segment ids to approve (`2.1`, as in the markers).
    #[arg(value_name = "SEGMENT_ID")]
    ids: Vec<String>,
    /// Approve every translated segment (each must have English).
    #[arg(long, conflicts_with = "ids")]
    all: bool,
}

/// `translate diff` arguments.
#[derive(Debug, Args)]
struct DiffArgs {
    /// The review file (`*.review.md`).
    file: PathBuf,
    /// Print JSON: per segment the diff and edit figure, and the article's figure.
    #[arg(long)]
    json: bool,
}

/// `translate export` arguments.
#[derive(Debug, Args)]
struct ExportArgs {
    /// The review file (`*.review.md`).
    file: PathBuf,
    /// What to write.
    #[arg(short, long, value_enum, default_value_t = ExportFormat::Text)]
    format: ExportFormat,
    /// Where to write (`-`: standard output); default beside the review file
    /// (`article.en.txt`, `article.xlf`, `article.tmx`, `article.html`, `article.json`).
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Keep boilerplate and bylines (in Indonesian) in the text (also `keep_boilerplate = true`
    /// in translate.toml).
    #[arg(long)]
    keep_boilerplate: bool,
    /// Do not store the reviewed pairs in the translation memory.
    #[arg(long)]
    no_memory: bool,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    glossary: GlossaryOptions,
}

/// `translate export --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    /// The English article, paragraphs as in the source.
    Text,
    /// The document as JSON.
    Json,
    /// The article's pairs as TMX 1.4b.
    Tmx,
    /// XLIFF 2.1 for CAT tools (OmegaT, memoQ, Trados); `translate import` reads it back.
    Xliff,
    /// A self-contained HTML page, source and English side by side.
    Html,
}

/// `translate import` arguments.
#[derive(Debug, Args)]
struct ImportArgs {
    /// An XLIFF file (2.x or 1.2) edited in a CAT tool.
    file: PathBuf,
    /// The review file to update (default: `<stem>.review.md` beside the XLIFF file).
    #[arg(long, value_name = "PATH")]
    review: Option<PathBuf>,
}

/// Output formats of a translation run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The editable bilingual review file (`<stem>.review.md`).
    Review,
    /// Two columns in the terminal, source left, English right.
    SideBySide,
    /// One JSON document per file.
    Json,
    /// id, kind, source, target per line.
    Tsv,
    /// A self-contained HTML page, source and English side by side (`<stem>.html`).
    Html,
    /// XLIFF 2.1 for CAT tools (`<stem>.xlf`).
    Xliff,
}

/// Options shared by everything that loads glossaries.
#[derive(Debug, Clone, Args)]
pub struct GlossaryOptions {
    /// An extra glossary file on top of `glossaries/` (repeatable; later files win).
    #[arg(long = "glossary", value_name = "PATH")]
    glossary: Vec<PathBuf>,
    /// Leave out the domain glossaries shipped with the tool.
    #[arg(long)]
    no_default_glossaries: bool,
    /// English spelling of glossary targets (default: British; American when the target
    /// language is `en-US`).
    #[arg(long, value_enum)]
    spelling: Option<SpellingArg>,
}

/// `--spelling`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SpellingArg {
    /// Defence, programme, organisation.
    Gb,
    /// Defense, program, organization.
    Us,
}

#[derive(Debug, Args)]
struct TranslateArgs {
    /// Indonesian articles to translate (`-` reads standard input).
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
    /// Where to write: a file for one input, a directory for several.
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Review)]
    format: Format,
    /// Translation backend (default: translate.toml's, else `offline`).
    #[arg(short, long, value_name = "NAME", value_parser = clap::builder::PossibleValuesParser::new(crate::mt::BACKENDS))]
    backend: Option<String>,
    /// The backend's base URL (overrides translate.toml and the environment).
    #[arg(long, value_name = "URL")]
    endpoint: Option<String>,
    /// Allow a plain-HTTP endpoint on another machine for a backend that sends a key.
    #[arg(long)]
    allow_http: bool,
    /// Source language.
    #[arg(long, value_name = "LANG")]
    from: Option<String>,
    /// Target language (`en`, `en-GB`, `en-US`).
    #[arg(long, value_name = "LANG")]
    to: Option<String>,
    /// Start an existing review file over instead of merging into it (the old file is kept in
    /// `.translate/history/`); for other formats, overwrite an existing output file.
    #[arg(long)]
    force: bool,
    /// Translate again every segment still in `state=machine` (with this run's backend);
    /// edited and approved segments are kept.
    #[arg(long)]
    retranslate: bool,
    /// Largest article accepted, in bytes (default 10 MB: an article is kilobytes).
    #[arg(long, value_name = "BYTES")]
    max_size: Option<u64>,
    /// Report segments, characters and requests that would be sent (after the cache), and
    /// send nothing.
    #[arg(long)]
    dry_run: bool,
    /// Requests in flight at once (default: translate.toml's, else the backend's).
    #[arg(long, value_name = "N")]
    concurrency: Option<usize>,
    /// Neither read nor write the MT cache in `.translate/`.
    #[arg(long)]
    no_cache: bool,
    /// Do not use the translation memory (no exact reuse, no fuzzy matches).
    #[arg(long)]
    no_memory: bool,
    /// Lowest fuzzy-match score (percent) shown from the translation memory (default:
    /// `fuzzy_threshold` in translate.toml, else 75).
    #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u8).range(1..=100))]
    fuzzy_threshold: Option<u8>,
    /// Width of the side-by-side view (default: the terminal's, else 80).
    #[arg(long, value_name = "COLUMNS")]
    width: Option<usize>,
    #[command(flatten)]
    glossary: GlossaryOptions,
}

#[derive(Debug, Args)]
struct SegmentArgs {
    /// The article (`-` reads standard input).
    file: PathBuf,
    /// Print JSON (the document schema, without translations).
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct QaArgs {
    /// A review file (`*.review.md`), XLIFF, TMX, or a two-column TSV (source TAB target).
    file: PathBuf,
    /// Print JSON: `{"findings": [...], "stats": {...}}`.
    #[arg(long)]
    json: bool,
    /// Exit 3 when errors were found.
    #[arg(long)]
    strict: bool,
    #[command(flatten)]
    glossary: GlossaryOptions,
}

/// `translate align` arguments.
#[derive(Debug, Args)]
struct AlignArgs {
    /// The Indonesian article (`-` reads standard input).
    #[arg(required_unless_present = "batch")]
    source: Option<PathBuf>,
    /// Its English version.
    #[arg(required_unless_present = "batch")]
    target: Option<PathBuf>,
    /// Align every pair of a list instead, on every core: one `SOURCE<TAB>TARGET` per line,
    /// paths relative to the list's folder. `-f json` prints one document per line, `tsv` and
    /// `tmx` add the document; `-o DIR` writes one file per pair.
    #[arg(long, value_name = "PAIRS.tsv", conflicts_with_all = ["source", "target"])]
    batch: Option<PathBuf>,
    /// What to pair: paragraphs, or sentences inside aligned paragraphs.
    #[arg(long, value_enum, default_value_t = AlignUnit::Sentence)]
    unit: AlignUnit,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = AlignFormat::Review)]
    format: AlignFormat,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Overwrite the `-o` file if it exists.
    #[arg(long)]
    force: bool,
    /// Store the confident pairs (not flagged for review) in the translation memory.
    #[arg(long)]
    to_memory: bool,
    #[command(flatten)]
    glossary: GlossaryOptions,
}

/// `translate align --unit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum AlignUnit {
    /// Paragraphs.
    Paragraph,
    /// Sentences, inside aligned paragraphs.
    Sentence,
}

/// `translate align --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum AlignFormat {
    /// A bilingual review file: each Indonesian segment with its human translation.
    Review,
    /// TMX 1.4b, one translation unit per link with both sides.
    Tmx,
    /// `{"links": [{"source": [1], "target": [1, 2], "score": 0.98}]}`, 1-based.
    Json,
    /// Indonesian, English, score: one link per line.
    Tsv,
}

#[derive(Debug, Subcommand)]
enum GlossaryCommand {
    /// Check glossary files: malformed rows, duplicates, conflicts, colliding aliases.
    #[command(
        after_help = "Examples:\n  translate glossary lint\n  translate glossary lint glossaries/desk.tsv --json"
    )]
    Lint {
        /// Glossary files to lint on top of the layers (as `--glossary` does); without them,
        /// the project's layers.
        files: Vec<PathBuf>,
        /// Print diagnostics as JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        glossary: GlossaryOptions,
    },
    /// Print the effective entries after layering.
    #[command(
        after_help = "Examples:\n  translate glossary list\n  translate glossary list --json --no-default-glossaries"
    )]
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        glossary: GlossaryOptions,
    },
    /// Show which entries an article hits, and where.
    #[command(
        after_help = "Examples:\n  translate glossary check article.txt\n  translate glossary check article.txt --json"
    )]
    Check {
        /// The article.
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        glossary: GlossaryOptions,
    },
    /// Add an entry to a glossary file, after checking it (exit 2 and nothing written if bad).
    #[command(
        after_help = "Examples:\n  translate glossary add \"Kampung Susun\" \"Kampung Susun housing\"\n  translate glossary add Kemhan \"Ministry of Defence\" --alias Kemenhan --us \"Ministry of Defense\" --file glossaries/desk.tsv"
    )]
    Add(glossary_maint::AddArgs),
    /// Remove an entry from a glossary file.
    #[command(
        after_help = "Examples:\n  translate glossary remove \"Kampung Susun\"\n  translate glossary remove Kemhan --file glossaries/desk.tsv"
    )]
    Remove(glossary_maint::RemoveArgs),
    /// Change an entry of a glossary file in place.
    #[command(
        after_help = "Examples:\n  translate glossary edit Kemhan --target \"Defence Ministry\"\n  translate glossary edit Kemhan --avoid \"Defense Department\""
    )]
    Edit(glossary_maint::EditArgs),
    /// Candidate entries from review files, articles and aligned pairs, with their evidence.
    #[command(
        after_help = "Examples:\n  translate glossary suggest article.txt\n  translate glossary suggest *.review.md --json\n  translate glossary suggest pair.tsv --limit 50"
    )]
    Suggest(glossary_maint::SuggestArgs),
    /// How often each entry was hit and kept by reviewers; entries never hit.
    #[command(
        after_help = "Examples:\n  translate glossary stats *.review.md\n  translate glossary stats articles/*.txt --never-hit"
    )]
    Stats(glossary_maint::StatsArgs),
    /// Convert a TBX or CSV termbase into a glossary TSV file.
    #[command(
        after_help = "Examples:\n  translate glossary import termbase.tbx -o glossaries/client.tsv\n  translate glossary import terms.csv -o glossaries/desk.tsv"
    )]
    Import(glossary_maint::ImportArgs),
    /// Write glossary entries as TBX or CSV.
    #[command(
        after_help = "Examples:\n  translate glossary export -f tbx -o desk.tbx\n  translate glossary export -f csv -o desk.csv"
    )]
    Export(glossary_maint::ExportArgs),
}

/// A mistyped subcommand (`translate glosary list`) would otherwise be read as an article's
/// file name (`cannot read glosary`): a first word that is no file and close to a command's
/// name is answered as clap answers an unknown subcommand, with the suggestion.
fn mistyped_command(args: &[std::ffi::OsString]) -> Option<String> {
    use clap::CommandFactory;
    let word = args.get(1)?.to_str()?;
    if word.starts_with('-') || word.contains(['/', '.', '\\']) || Path::new(word).exists() {
        return None;
    }
    let cmd = Cli::command();
    let names: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
    if names.contains(&word) {
        return None;
    }
    let best = names
        .iter()
        .map(|n| (strsim::jaro(word, n), *n))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))?;
    Some(format!(
        "unrecognized subcommand '{word}'\n\n  tip: a similar subcommand exists: '{}'\n\nUsage: translate [OPTIONS] <FILE>...\n       translate <COMMAND>\n\nFor more information, try '--help'.",
        best.1
    ))
}

/// Parses the process arguments and runs; returns the exit code.
pub fn main() -> u8 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(message) = mistyped_command(&args) {
        let _ = output::error_line(&message);
        return 2;
    }
    let cli = Cli::parse_from(args);
    output::set_state_flag(cli.state.clone());
    let result = match cli.command {
        Some(Command::Segment(args)) => segment::run(&args.file, args.json),
        Some(Command::Glossary(cmd)) => glossary::run(cmd),
        Some(Command::Align(args)) => align::run(args),
        Some(Command::Qa(args)) => qa::run(&args),
        Some(Command::Diff(args)) => review::diff(&args),
        Some(Command::Export(args)) => review::export(&args),
        Some(Command::Import(args)) => review::import(&args),
        Some(Command::Approve(args)) => review::approve(&args),
        Some(Command::Completions { shell }) => manual::completions(shell),
        Some(Command::Man { dir }) => manual::man(dir.as_deref()),
        Some(Command::Memory(cmd)) => memory::run(cmd),
        Some(Command::State(cmd)) => state::run(cmd),
        Some(Command::Trust(args)) => trust::run(&args),
        None => translate::run(cli.translate),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = output::error_line(&e.message);
            e.code
        }
    }
}
