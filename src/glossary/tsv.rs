//! Reading glossary TSV files: OmegaT-compatible first three columns (source, target, comment),
//! and extra columns named by an optional header line.
//!
//! Parsing never stops at a bad row: every problem becomes a [`Diagnostic`] with file, line and
//! column, so `glossary lint` can report them all at once. Rows with errors are left out of the
//! entries.

use super::{Diagnostic, Entry, Flags};
use crate::doc::Severity;

/// The columns this tool understands, in the default order after `source` and `target`.
pub const KNOWN_COLUMNS: &[&str] = &[
    "source",
    "target",
    "comment",
    "aliases",
    "avoid",
    "us",
    "adjective",
    "flags",
];

/// Parses one glossary file's text. `name` is how the file is named in messages.
pub fn parse(name: &str, text: &str) -> (Vec<Entry>, Vec<Diagnostic>) {
    let mut entries = Vec::new();
    let mut diags = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Without a header, a file is OmegaT's: source, target, comment.
    let mut columns: Vec<String> = KNOWN_COLUMNS[..3].iter().map(|s| s.to_string()).collect();
    let mut header_seen = false;
    let mut first_content = true;
    if let Some(d) = not_a_glossary(name, text) {
        return (entries, vec![d]);
    }
    for (i, raw) in text.split('\n').enumerate() {
        let line_no = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.contains('\t') && line.trim().is_empty() {
            diags.push(Diagnostic::at(
                Severity::Error,
                name,
                line_no,
                1,
                line,
                "a row of only tabs: empty source and target; delete the line".into(),
            ));
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            if first_content && !header_seen {
                if let Some(cols) = header_columns(comment) {
                    for (c, col) in cols.iter().enumerate() {
                        if !KNOWN_COLUMNS.contains(&col.as_str()) {
                            diags.push(Diagnostic::at(
                                Severity::Warning,
                                name,
                                line_no,
                                column_of(line, c),
                                line,
                                format!(
                                    "unknown column `{col}` (known: {}); its values are ignored",
                                    KNOWN_COLUMNS.join(", ")
                                ),
                            ));
                        }
                    }
                    columns = cols;
                    header_seen = true;
                }
            }
            continue;
        }
        first_content = false;
        if let Some(entry) = parse_row(name, line_no, line, &columns, &mut diags) {
            entries.push(entry);
        }
    }
    (entries, diags)
}

/// A file given as a glossary that is not one (`/etc/shadow`, a Word file saved as text): no
/// row has a tab, or rows hold control characters. It is refused with one diagnostic that
/// names the file and line and quotes nothing of it: such a file may hold anything.
fn not_a_glossary(name: &str, text: &str) -> Option<Diagnostic> {
    let content = text
        .split('\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let mut first = None;
    for (n, line) in content {
        first.get_or_insert(n);
        if let Some(bad) = line.chars().find(|c| c.is_control() && *c != '\t') {
            return Some(Diagnostic::at(
                Severity::Error,
                name,
                n,
                1,
                "",
                format!(
                    "not a glossary: control character U+{:04X} in a row; a glossary is UTF-8 text, one `source<TAB>target<TAB>comment` row a line",
                    bad as u32
                ),
            ));
        }
        if line.contains('\t') {
            return None;
        }
    }
    first.map(|n| {
        Diagnostic::at(
            Severity::Error,
            name,
            n,
            1,
            "",
            "not a glossary: no row has tab-separated columns; a glossary is UTF-8 text, one `source<TAB>target<TAB>comment` row a line".into(),
        )
    })
}

/// The columns of a file's rows: its header's (a `#source<TAB>target...` comment before the
/// first row), else OmegaT's three.
pub fn columns(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        match line.strip_prefix('#') {
            Some(comment) => {
                if let Some(cols) = header_columns(comment.trim_end_matches('\r')) {
                    return cols;
                }
            }
            None => break,
        }
    }
    KNOWN_COLUMNS[..3].iter().map(|s| s.to_string()).collect()
}

/// `#source<TAB>target<TAB>...`: a header names columns, starting with source and target.
fn header_columns(comment: &str) -> Option<Vec<String>> {
    let cols: Vec<String> = comment
        .split('\t')
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    (cols.len() >= 2 && cols[0] == "source" && cols[1] == "target").then_some(cols)
}

/// 1-based column (in characters) where field `index` starts.
fn column_of(line: &str, index: usize) -> usize {
    let mut col = 1;
    for (i, field) in line.split('\t').enumerate() {
        if i == index {
            return col;
        }
        col += field.chars().count() + 1;
    }
    col
}

fn parse_row(
    name: &str,
    line_no: usize,
    line: &str,
    columns: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let fields: Vec<&str> = line.split('\t').collect();
    let mut ok = true;
    let mut error = |diags: &mut Vec<Diagnostic>, col: usize, msg: String| {
        ok = false;
        diags.push(Diagnostic::at(
            Severity::Error,
            name,
            line_no,
            column_of(line, col),
            line,
            msg,
        ));
    };
    if fields.len() < 2 {
        // A line without a tab may not be a glossary row at all: quote only a short excerpt.
        let excerpt: String = line.chars().take(40).collect();
        let more = if excerpt.len() < line.len() {
            "…"
        } else {
            ""
        };
        diags.push(Diagnostic::at(
            Severity::Error,
            name,
            line_no,
            1,
            &format!("{excerpt}{more}"),
            "a row needs at least two tab-separated columns, source and target".into(),
        ));
        return None;
    }
    if fields.len() > columns.len() {
        let extra = &fields[columns.len()..];
        if extra.iter().any(|f| !f.trim().is_empty()) {
            error(
                diags,
                columns.len(),
                format!(
                    "{} columns, but the file has {} ({}); name extra columns in a `#source\\ttarget\\t...` header",
                    fields.len(),
                    columns.len(),
                    columns.join(", ")
                ),
            );
        }
    }
    for (c, field) in fields.iter().enumerate() {
        if field.trim() != *field {
            diags.push(Diagnostic::at(
                Severity::Warning,
                name,
                line_no,
                column_of(line, c),
                line,
                "leading or trailing whitespace in a field (it is ignored)".into(),
            ));
        } else if field.contains("  ") {
            diags.push(Diagnostic::at(
                Severity::Warning,
                name,
                line_no,
                column_of(line, c),
                line,
                "two spaces in a row (matching treats them as one)".into(),
            ));
        }
        if let Some(bad) = field.chars().find(|&c| is_invisible(c)) {
            error(
                diags,
                c,
                format!("invisible character U+{:04X} in a field", bad as u32),
            );
        }
        if !unicode_normalization::is_nfc(field) {
            error(
                diags,
                c,
                "text is not in Unicode NFC form (decomposed accents); normalise the file".into(),
            );
        }
    }
    let get = |col: &str| -> &str {
        columns
            .iter()
            .position(|c| c == col)
            .and_then(|i| fields.get(i))
            .map_or("", |f| f.trim())
    };
    let source = get("source");
    let target = get("target");
    if source.is_empty() {
        error(diags, 0, "empty source term".into());
    }
    if target.is_empty() {
        error(diags, 1, "empty target term".into());
    }
    let list = |s: &str| -> Vec<String> {
        s.split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut flags = Flags::default();
    for flag in get("flags")
        .split([',', ' '])
        .map(str::trim)
        .filter(|f| !f.is_empty())
    {
        match flag {
            "title" => flags.title = true,
            "dnt" => flags.dnt = true,
            "case" => flags.case_sensitive = true,
            "date" => flags.date = true,
            other => {
                let col = columns.iter().position(|c| c == "flags").unwrap_or(0);
                error(
                    diags,
                    col,
                    format!("unknown flag `{other}` (known: title, dnt, case, date)"),
                );
            }
        }
    }
    let avoid = list(get("avoid"));
    if let Some(same) = avoid.iter().find(|a| a.as_str() == target) {
        let col = columns.iter().position(|c| c == "avoid").unwrap_or(0);
        error(
            diags,
            col,
            format!("`{same}` is both the target and a variant to avoid"),
        );
    }
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    ok.then(|| Entry {
        source: source.to_string(),
        target: target.to_string(),
        comment: get("comment").to_string(),
        aliases: list(get("aliases")),
        avoid,
        us: opt(get("us")),
        adjective: opt(get("adjective")),
        flags,
        file: name.to_string(),
        line: line_no,
    })
}

/// Characters that look like nothing but break matching: zero-width spaces and joiners, the
/// BOM inside a file, soft hyphens, no-break spaces, bidi controls.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00a0}'
            | '\u{00ad}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202f}'
            | '\u{2060}'..='\u{2064}'
            | '\u{feff}'
    ) || (c.is_control() && c != '\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_columns_and_flags() {
        let text = "#source\ttarget\tcomment\taliases\tavoid\tus\tadjective\tflags\n# note\nMenteri Pertahanan\tDefence Minister\tTitle\tMenhan\tDefense Minister\tDefense Minister\t\ttitle\n";
        let (entries, diags) = parse("g.tsv", text);
        assert!(diags.is_empty(), "{diags:?}");
        let e = &entries[0];
        assert_eq!(e.aliases, ["Menhan"]);
        assert_eq!(e.us.as_deref(), Some("Defense Minister"));
        assert!(e.flags.title);
        assert_eq!(e.line, 3);
    }

    #[test]
    fn omegat_file_without_header() {
        let (entries, diags) = parse("o.tsv", "kapal selam\tsubmarine\tfrom OmegaT\n");
        assert!(diags.is_empty());
        assert_eq!(entries[0].comment, "from OmegaT");
    }

    #[test]
    fn bad_rows_are_reported_with_line_and_column() {
        let text = "ok\tfine\n\tempty source\nno target\n a\u{200b}b\tx\ncafe\u{301}\tcafe\nx\ty\tc\textra\n";
        let (entries, diags) = parse("bad.tsv", text);
        assert_eq!(entries.len(), 1);
        let lines: Vec<_> = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.line)
            .collect();
        assert_eq!(lines, [2, 3, 4, 5, 6]);
        let render = diags[0].to_string();
        assert!(render.contains("bad.tsv:2:1"), "{render}");
    }
}
