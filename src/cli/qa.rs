//! `translate qa FILE [--json] [--strict]`: runs the QA checks on a bilingual file and reports
//! the findings grouped by segment (coloured on a terminal) or as JSON.

use super::output;
use super::{CliError, QaArgs};
use crate::doc::Severity;
use crate::qa::{self, input, Finding};
use crate::review::record;
use std::fmt::Write;
use std::path::Path;

pub(super) fn run(args: &QaArgs) -> Result<u8, CliError> {
    let units = input::read(&args.file).map_err(|e| CliError::input(e.to_string()))?;
    let project = output::project()?;
    let glossary = output::load_glossary(&project, &args.glossary, "en")?;
    let (mut findings, mut stats) = qa::check_units(&units, Some(glossary));
    if is_review_file(&args.file) {
        // What no person has reviewed yet, as the record derives it from the file on disk.
        let reviewed = output::open_reviewed(&args.file, false)?;
        for id in record::unreviewed(&reviewed.opened.review) {
            findings.push(Finding {
                segment: id.clone(),
                check: "unreviewed",
                severity: Severity::Info,
                message: format!(
                    "not reviewed yet: no person has edited or approved this English (`translate approve {} {id}` once checked)",
                    args.file.display()
                ),
                source_span: [0, 0],
                target_span: [0, 0],
            });
        }
        stats = qa::Stats::count(stats.segments, stats.checked, &findings);
    }
    if args.json {
        let doc = serde_json::json!({"findings": findings, "stats": stats});
        output::print(&format!("{doc:#}\n"))?;
    } else {
        output::print(&report(&units, &findings, &stats))?;
    }
    Ok(if args.strict && stats.errors > 0 {
        3
    } else {
        0
    })
}

fn style(sev: Severity) -> anstyle::Style {
    let colour = match sev {
        Severity::Error => anstyle::AnsiColor::Red,
        Severity::Warning => anstyle::AnsiColor::Yellow,
        Severity::Info => anstyle::AnsiColor::Cyan,
    };
    anstyle::Style::new().bold().fg_color(Some(colour.into()))
}

/// The terminal report: per segment its source, target and findings; then a summary line.
fn report(units: &[input::Unit], findings: &[Finding], stats: &qa::Stats) -> String {
    let mut out = String::new();
    let bold = anstyle::Style::new().bold();
    let dim = anstyle::Style::new().dimmed();
    for unit in units {
        let mine: Vec<&Finding> = findings.iter().filter(|f| f.segment == unit.id).collect();
        if mine.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{bold}segment {}{bold:#}", unit.id);
        let _ = writeln!(
            out,
            "  {dim}id:{dim:#} {}",
            crate::doc::collapse_whitespace(&unit.source)
        );
        let _ = writeln!(
            out,
            "  {dim}en:{dim:#} {}",
            crate::doc::collapse_whitespace(&unit.target)
        );
        for f in mine {
            let s = style(f.severity);
            let _ = writeln!(
                out,
                "  {s}{}{s:#} [{}] {}",
                Severity::as_str(f.severity),
                f.check,
                f.message
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{} checked: {}, {}, {} info",
        output::count(stats.checked, "segment", "segments"),
        output::count(stats.errors, "error", "errors"),
        output::count(stats.warnings, "warning", "warnings"),
        stats.info
    );
    out
}

/// Whether `path` is a review file (by its header, as `qa` reads it).
fn is_review_file(path: &Path) -> bool {
    crate::text::encoding::read_file(path)
        .is_ok_and(|d| input::kind_of(path, &d.text) == input::Kind::Review)
}
