//! `translate glossary add|remove|edit|suggest|stats|import|export`: keeping glossary files
//! right. Changes go through `glossary::edit` (checked, byte-preserving, atomic); the rest
//! reads articles, review files and aligned pairs.

use super::output;
use super::{CliError, GlossaryCommand, GlossaryOptions};
use crate::glossary::edit::{self, EditError, EditFile, Row};
use crate::glossary::suggest::{self, PostEdit, Suggestion};
use crate::glossary::{exchange, stats, Glossary, Source};
use clap::{Args, ValueEnum};
use serde_json::json;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// `glossary add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The Indonesian term.
    source: String,
    /// Its English.
    target: String,
    #[command(flatten)]
    row: RowArgs,
    /// The US spelling, where the automatic conversion would not do.
    #[arg(long)]
    us: Option<String>,
    /// The English adjective (countries and regions).
    #[arg(long)]
    adjective: Option<String>,
    /// Replace an entry with the same source in the file.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    file: FileArg,
}

/// `glossary remove`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The Indonesian term of the entry.
    source: String,
    #[command(flatten)]
    file: FileArg,
}

/// `glossary edit`.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The Indonesian term of the entry.
    source: String,
    /// A new English.
    #[arg(long)]
    target: Option<String>,
    /// A new Indonesian term.
    #[arg(long = "source", value_name = "TERM")]
    new_source: Option<String>,
    /// With `edit`, each list given replaces the entry's list.
    #[command(flatten)]
    row: RowArgs,
    #[command(flatten)]
    file: FileArg,
}

/// The parts of a row `add` and `edit` share.
#[derive(Debug, Args)]
pub struct RowArgs {
    /// A note for translators (the `comment` column).
    #[arg(long)]
    note: Option<String>,
    /// Another Indonesian form (repeatable).
    #[arg(long = "alias", value_name = "A")]
    aliases: Vec<String>,
    /// An English variant to avoid (repeatable).
    #[arg(long = "avoid", value_name = "V")]
    avoid: Vec<String>,
    /// A flag: title, dnt, case or date (repeatable).
    #[arg(long = "flag", value_name = "FLAG")]
    flags: Vec<String>,
}

/// The glossary file to change.
#[derive(Debug, Args)]
pub struct FileArg {
    /// The glossary file to change (default: the project's own glossary file that holds the
    /// entry, else `glossaries/project.tsv`).
    #[arg(long, value_name = "PATH")]
    file: Option<PathBuf>,
    #[command(flatten)]
    glossary: GlossaryOptions,
}

/// `glossary suggest`.
#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// Articles (`.txt`), review files (`.review.md`), aligned pairs (`translate align`
    /// output: `.tsv` or `.tmx`).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// Show at most this many.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    #[command(flatten)]
    glossary: GlossaryOptions,
}

/// `glossary stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Articles (`.txt`) and review files (`.review.md`).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// List the entries never hit (by default only counted).
    #[arg(long)]
    never_hit: bool,
    #[command(flatten)]
    glossary: GlossaryOptions,
}

/// Exchange formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExchangeFormat {
    /// TBX-Basic (TBX v3, ISO 30042:2019, DCA style); import also reads TBX 2008.
    Tbx,
    /// TBX-Basic in the older TBX 2008 form (`martif`), for tools that read only that.
    Tbx2008,
    /// CSV with a header row: source,target,note,aliases,avoid,us,adjective,flags.
    Csv,
}

/// `glossary import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A TBX (v3 or TBX 2008 `martif`) or CSV file.
    input: PathBuf,
    /// The glossary TSV to write.
    #[arg(short, long, value_name = "PATH")]
    output: PathBuf,
    /// The input's format (default: by its extension).
    #[arg(short, long, value_enum)]
    format: Option<ExchangeFormat>,
    /// Overwrite the output if it exists.
    #[arg(long)]
    force: bool,
}

/// `glossary export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(short, long, value_enum)]
    format: ExchangeFormat,
    /// Export this glossary file only (default: the effective entries of every layer).
    #[arg(long, value_name = "PATH")]
    file: Option<PathBuf>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Overwrite the output if it exists.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    glossary: GlossaryOptions,
}

pub(super) fn run(cmd: GlossaryCommand) -> Result<u8, CliError> {
    match cmd {
        GlossaryCommand::Add(a) => add(a),
        GlossaryCommand::Remove(a) => remove(a),
        GlossaryCommand::Edit(a) => edit_entry(a),
        GlossaryCommand::Suggest(a) => suggest_cmd(a),
        GlossaryCommand::Stats(a) => stats_cmd(a),
        GlossaryCommand::Import(a) => import(a),
        GlossaryCommand::Export(a) => export(a),
        GlossaryCommand::Lint { .. }
        | GlossaryCommand::List { .. }
        | GlossaryCommand::Check { .. } => {
            unreachable!("handled by cli::glossary")
        }
    }
}

fn edit_error(e: EditError) -> CliError {
    match e {
        EditError::Write { .. } => CliError::runtime(e.to_string()),
        _ => CliError::input(e.to_string()),
    }
}

/// Every layer's sources, for the checks of a change.
fn layers(opts: &GlossaryOptions) -> Result<Vec<Source>, CliError> {
    output::project()?
        .glossary_layers(&opts.glossary, opts.no_default_glossaries)
        .map_err(|e| CliError::input(e.to_string()))?
        .sources()
        .map_err(|e| CliError::input(e.to_string()))
}

/// The file to change: `--file`, else for an existing entry the project file holding it,
/// else `glossaries/project.tsv`.
fn target_file(arg: &FileArg, source: Option<&str>) -> Result<PathBuf, CliError> {
    if let Some(f) = &arg.file {
        return Ok(f.clone());
    }
    let project = output::project()?;
    let dir = project.root.join("glossaries");
    if let (Some(source), Some(dir)) = (source, project.glossary_dir()) {
        let mut holding = Vec::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| CliError::runtime(format!("cannot read {}: {e}", dir.display())))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
            .collect();
        files.sort();
        for f in files {
            let ef = EditFile::open(&f).map_err(edit_error)?;
            if ef.find(source).is_some() {
                holding.push(f);
            }
        }
        match holding.len() {
            0 => {}
            1 => return Ok(holding.remove(0)),
            _ => {
                return Err(CliError::input(format!(
                    "`{source}` is in several files ({}); say which with --file",
                    holding
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                )))
            }
        }
    }
    // Not in a project file: a shipped entry is changed by overriding it, not in place.
    if let Some(source) = source {
        let shipped = crate::glossary::builtin_sources()
            .into_iter()
            .find_map(|src| {
                crate::glossary::tsv::parse(&src.name, &src.text)
                    .0
                    .into_iter()
                    .find(|e| {
                        crate::glossary::term_key(&e.source) == crate::glossary::term_key(source)
                    })
            });
        if let Some(e) = shipped {
            return Err(CliError::input(format!(
                "`{}` is a shipped entry ({}), not in the project's glossaries; override it with `translate glossary add` (same source, new target), or name a file with --file",
                e.source,
                e.origin()
            )));
        }
    }
    Ok(dir.join("project.tsv"))
}

fn finish(file: &EditFile, change: edit::Change, what: &str) -> Result<u8, CliError> {
    file.write(&change.text).map_err(edit_error)?;
    for n in &change.notes {
        output::notice(n);
    }
    output::print(&format!("{what} {}:{}\n", file.name(), change.line))?;
    Ok(0)
}

fn add(a: AddArgs) -> Result<u8, CliError> {
    let path = a.file.file.clone().unwrap_or(target_file(&a.file, None)?);
    let file = EditFile::open(&path).map_err(edit_error)?;
    let row = Row {
        source: a.source,
        target: a.target,
        comment: a.row.note.unwrap_or_default(),
        aliases: a.row.aliases,
        avoid: a.row.avoid,
        us: a.us.unwrap_or_default(),
        adjective: a.adjective.unwrap_or_default(),
        flags: a.row.flags,
    };
    let change = edit::add(&layers(&a.file.glossary)?, &file, &row, a.force).map_err(edit_error)?;
    finish(&file, change, "added")
}

fn remove(a: RemoveArgs) -> Result<u8, CliError> {
    let path = target_file(&a.file, Some(&a.source))?;
    let file = EditFile::open(&path).map_err(edit_error)?;
    let change = edit::remove(&file, &a.source).map_err(edit_error)?;
    finish(&file, change, "removed from")
}

fn edit_entry(a: EditArgs) -> Result<u8, CliError> {
    let path = target_file(&a.file, Some(&a.source))?;
    let file = EditFile::open(&path).map_err(edit_error)?;
    let layers = layers(&a.file.glossary)?;
    let change = edit::edit(&layers, &file, &a.source, |row| {
        if let Some(t) = a.target {
            row.target = t;
        }
        if let Some(s) = a.new_source {
            row.source = s;
        }
        let given = a.row;
        if let Some(n) = given.note {
            row.comment = n;
        }
        if !given.aliases.is_empty() {
            row.aliases = given.aliases;
        }
        if !given.avoid.is_empty() {
            row.avoid = given.avoid;
        }
        if !given.flags.is_empty() {
            row.flags = given.flags;
        }
    })
    .map_err(edit_error)?;
    finish(&file, change, "changed")
}

fn is_review(path: &Path) -> bool {
    path.to_string_lossy().ends_with(".md")
}

fn is_aligned(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e == "tsv" || e == "tmx" || e == "json")
}

/// The post-edits of a review file: each translated segment's machine output (kept in the
/// state folder when the file was written) and its reviewed English. None when the state
/// folder has no machine output for the article (it was moved, or translated elsewhere).
fn post_edits(
    project: &crate::config::Project,
    path: &Path,
    opened: &crate::review::export::Opened,
) -> Result<Vec<PostEdit>, CliError> {
    let Some(store) = output::existing_state(&project.state_dir(Some(&opened.article_path)))?
    else {
        return Ok(Vec::new());
    };
    let root = project.config_path.as_ref().map(|_| project.root.as_path());
    let key = crate::review::record::document_key(root, &opened.article_path);
    let machine = output::load_record(Some(&store), &key)
        .map_err(|e| CliError::runtime(e.to_string()))?
        .machine;
    Ok(opened
        .review
        .segments()
        .filter(|seg| seg.kind == crate::doc::SegmentKind::Text)
        .filter_map(|seg| {
            Some(PostEdit {
                file: path.display().to_string(),
                segment: seg.id(),
                source: seg.source.clone(),
                mt: crate::review::normalise_target(machine.get(&seg.source)?),
                target: seg.target.clone()?,
            })
        })
        .collect())
}

/// A review file as a document: its paragraphs, segment ids and English as the file has them,
/// named by the review file (evidence then points at the file and its own segment ids).
fn review_document(opened: &crate::review::export::Opened, path: &Path) -> crate::doc::Document {
    let mut doc = opened.doc.clone();
    doc.path = path.display().to_string();
    doc
}

fn read_units(path: &Path) -> Result<Vec<crate::qa::input::Unit>, CliError> {
    crate::qa::input::read(path).map_err(|e| CliError::input(e.to_string()))
}

fn suggest_cmd(a: SuggestArgs) -> Result<u8, CliError> {
    let project = output::project()?;
    let glossary = output::load_glossary(&project, &a.glossary, "en")?;
    let mut docs = Vec::new();
    let mut edits = Vec::new();
    let mut pairs = Vec::new();
    let mut reviews_without_mt = 0;
    for path in &a.files {
        let name = path.display().to_string();
        if is_review(path) {
            let opened = output::open_review(path)?;
            let pe = post_edits(&project, path, &opened)?;
            if pe.is_empty() {
                reviews_without_mt += 1;
            }
            edits.extend(pe);
            docs.push(review_document(&opened, path));
        } else if is_aligned(path) {
            if path.extension().is_some_and(|e| e == "json") {
                return Err(CliError::input(format!(
                    "{name}: `translate align --format json` holds no text; give its tsv or tmx output"
                )));
            }
            for u in read_units(path)? {
                pairs.push(suggest::Pair {
                    file: name.clone(),
                    segment: u.id,
                    source: u.source,
                    target: u.target,
                });
            }
        } else {
            let loaded =
                crate::pipeline::read_document(path).map_err(|e| CliError::input(e.to_string()))?;
            if let Some(n) = &loaded.notice {
                output::notice(&format!("{name}: {n}"));
            }
            docs.push(loaded.doc);
        }
    }
    if reviews_without_mt > 0 {
        output::notice(&format!(
            "{} without machine output in the state folder: only their Indonesian was used",
            output::count(reviews_without_mt, "review file", "review files")
        ));
    }
    let list = suggest::merge(vec![
        suggest::from_post_edits(&edits, glossary),
        suggest::from_pairs(&pairs, glossary),
        suggest::from_documents(&docs, glossary),
    ]);
    let shown: Vec<&Suggestion> = list.iter().take(a.limit).collect();
    if a.json {
        output::print(&format!("{:#}\n", json!({ "suggestions": shown })))?;
        return Ok(0);
    }
    let mut out = String::new();
    for s in &shown {
        let kind = match s.kind {
            suggest::Kind::Term => "term",
            suggest::Kind::Alias => "alias",
            suggest::Kind::Dnt => "dnt",
        };
        let _ = write!(out, "{kind:<5} {:>3}×  {}", s.count, s.source);
        if let Some(t) = &s.target {
            let _ = write!(out, " → {t}");
        }
        if !s.aliases.is_empty() {
            let _ = write!(out, "  (aliases: {})", s.aliases.join("|"));
        }
        let _ = writeln!(out, "\n            {}", s.reason);
        let ev: Vec<String> = s
            .evidence
            .iter()
            .take(4)
            .map(|e| format!("{} {}", e.file, e.segment))
            .collect();
        let more = s.evidence.len().saturating_sub(4);
        let _ = write!(out, "            seen in {}", ev.join(", "));
        if more > 0 {
            let _ = write!(out, " and {more} more");
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{}{}; add one with `translate glossary add SOURCE TARGET`",
        output::count(list.len(), "suggestion", "suggestions"),
        if list.len() > shown.len() {
            format!(", {} shown", shown.len())
        } else {
            String::new()
        }
    );
    output::print(&out)?;
    Ok(0)
}

fn stats_cmd(a: StatsArgs) -> Result<u8, CliError> {
    let project = output::project()?;
    let glossary = output::load_glossary(&project, &a.glossary, "en")?;
    let mut docs = Vec::new();
    for path in &a.files {
        if is_review(path) {
            docs.push(review_document(&output::open_review(path)?, path));
        } else {
            docs.push(
                crate::pipeline::read_document(path)
                    .map_err(|e| CliError::input(e.to_string()))?
                    .doc,
            );
        }
    }
    let report = stats::collect(glossary, &mut docs);
    if a.json {
        let never: Vec<_> = report
            .never_hit
            .iter()
            .map(|(s, o)| json!({"source": s, "origin": o}))
            .collect();
        let doc = json!({"entries": report.entries, "never_hit": never,
                         "unstable": report.unstable,
                         "files": docs.len(), "glossary_entries": glossary.entries().len()});
        output::print(&format!("{doc:#}\n"))?;
        return Ok(0);
    }
    let mut out = String::new();
    let _ = writeln!(out, "hits  kept/reviewed  entry");
    for e in &report.entries {
        let kept = if e.reviewed > 0 {
            format!("{}/{}", e.kept, e.reviewed)
        } else {
            "-".into()
        };
        let flag = if e.unstable() {
            "  ← reviewers change this"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "{:>4}  {kept:>13}  {} → {}  ({}){flag}",
            e.hits, e.source, e.target, e.origin
        );
    }
    if !report.unstable.is_empty() {
        let _ = writeln!(
            out,
            "\nentries whose English reviewers keep changing: {}",
            report.unstable.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "\n{} of {} entries hit in {}; {} never hit{}",
        report.entries.len(),
        glossary.entries().len(),
        output::count(docs.len(), "file", "files"),
        report.never_hit.len(),
        if a.never_hit {
            ":"
        } else {
            " (list them with --never-hit)"
        }
    );
    if a.never_hit {
        for (s, o) in &report.never_hit {
            let _ = writeln!(out, "  {s}  ({o})");
        }
    }
    output::print(&out)?;
    Ok(0)
}

fn format_of(path: &Path, given: Option<ExchangeFormat>) -> Result<ExchangeFormat, CliError> {
    if let Some(f) = given {
        return Ok(f);
    }
    match path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .as_deref()
    {
        Some("tbx") | Some("xml") => Ok(ExchangeFormat::Tbx),
        Some("csv") => Ok(ExchangeFormat::Csv),
        _ => Err(CliError::input(format!(
            "{}: cannot tell the format from the name; give --format tbx or --format csv",
            path.display()
        ))),
    }
}

fn import(a: ImportArgs) -> Result<u8, CliError> {
    let format = format_of(&a.input, a.format)?;
    let name = a.input.display().to_string();
    let bytes =
        std::fs::read(&a.input).map_err(|e| CliError::input(format!("cannot read {name}: {e}")))?;
    let text = exchange::utf8(&name, &bytes).map_err(|e| CliError::input(e.to_string()))?;
    let rows = match format {
        ExchangeFormat::Tbx | ExchangeFormat::Tbx2008 => exchange::read_tbx(&name, &text),
        ExchangeFormat::Csv => exchange::read_csv(&name, &text),
    }
    .map_err(|e| CliError::input(e.to_string()))?;
    let tsv = exchange::to_tsv(&name, &rows).map_err(|e| CliError::input(e.to_string()))?;
    output::write_atomic(&a.output, &tsv, a.force)?;
    output::print(&format!(
        "imported {} entries from {name} into {}\n",
        rows.len(),
        a.output.display()
    ))?;
    Ok(0)
}

fn export(a: ExportArgs) -> Result<u8, CliError> {
    let entries = match &a.file {
        Some(path) => {
            let src = Source::read(path).map_err(|e| CliError::input(e.to_string()))?;
            Glossary::load(&[src], output::spelling(&a.glossary, "en"))
                .map_err(|e| CliError::input(e.to_string()))?
                .entries()
                .to_vec()
        }
        None => {
            let project = output::project()?;
            output::load_glossary(&project, &a.glossary, "en")?
                .entries()
                .to_vec()
        }
    };
    let text = match a.format {
        ExchangeFormat::Tbx => exchange::write_tbx(&entries, exchange::TbxDialect::V3),
        ExchangeFormat::Tbx2008 => exchange::write_tbx(&entries, exchange::TbxDialect::Tbx2008),
        ExchangeFormat::Csv => exchange::write_csv(&entries),
    };
    match &a.output {
        Some(path) => {
            output::write_atomic(path, &text, a.force)?;
            output::notice(&format!(
                "exported {} entries to {}",
                entries.len(),
                path.display()
            ));
        }
        None => output::print(&text)?,
    }
    Ok(0)
}
