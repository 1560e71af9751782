//! Changing a glossary file in place (`glossary add|remove|edit`, `import`): validates the row
//! with the same reader and linter as every other command, touches only the bytes of the row
//! that changes (order, comments, blank lines, the header and CRLF line ends stay as they
//! were, so a git diff shows exactly one line), and refuses to write when the file changed
//! between reading and writing.

use super::{tsv, Diagnostic, Entry, Glossary, GlossaryError, Source, Spelling};
use crate::doc::Severity;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The header written into a new glossary file: every column this tool understands.
pub fn default_header() -> String {
    format!("#{}", tsv::KNOWN_COLUMNS.join("\t"))
}

/// What a new or changed row says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// The Indonesian term.
    pub source: String,
    /// The English term.
    pub target: String,
    /// The translators' note (`comment` column).
    pub comment: String,
    /// Other Indonesian forms.
    pub aliases: Vec<String>,
    /// English variants to avoid.
    pub avoid: Vec<String>,
    /// US spelling, where the automatic conversion would not do.
    pub us: String,
    /// Country adjective.
    pub adjective: String,
    /// Flags, as written in the `flags` column (`title`, `dnt`, `case`).
    pub flags: Vec<String>,
}

impl Row {
    /// The row of an entry as it was read.
    pub fn of(e: &Entry) -> Row {
        let mut flags = Vec::new();
        for (on, name) in [
            (e.flags.title, "title"),
            (e.flags.dnt, "dnt"),
            (e.flags.case_sensitive, "case"),
            (e.flags.date, "date"),
        ] {
            if on {
                flags.push(name.to_string());
            }
        }
        Row {
            source: e.source.clone(),
            target: e.target.clone(),
            comment: e.comment.clone(),
            aliases: e.aliases.clone(),
            avoid: e.avoid.clone(),
            us: e.us.clone().unwrap_or_default(),
            adjective: e.adjective.clone().unwrap_or_default(),
            flags,
        }
    }

    fn field(&self, column: &str) -> String {
        match column {
            "source" => self.source.clone(),
            "target" => self.target.clone(),
            "comment" => self.comment.clone(),
            "aliases" => self.aliases.join("|"),
            "avoid" => self.avoid.join("|"),
            "us" => self.us.clone(),
            "adjective" => self.adjective.clone(),
            "flags" => self.flags.join(","),
            _ => String::new(),
        }
    }

    /// The row as a TSV line for a file with `columns`; fails naming a value that has no
    /// column to go in.
    pub fn to_line(&self, columns: &[String]) -> Result<String, String> {
        for name in tsv::KNOWN_COLUMNS {
            if !columns.iter().any(|c| c == name) && !self.field(name).is_empty() {
                return Err(format!(
                    "the file has no `{name}` column (its columns: {}); add it to the `#source\\ttarget\\t...` header first",
                    columns.join(", ")
                ));
            }
        }
        let mut fields: Vec<String> = columns.iter().map(|c| self.field(c)).collect();
        while fields.len() > 2 && fields.last().is_some_and(String::is_empty) {
            fields.pop();
        }
        Ok(fields.join("\t"))
    }

    /// Problems in the values themselves, before any file is looked at: stray or doubled
    /// whitespace, tabs or line breaks, `|` inside a list item, non-NFC text.
    pub fn check_values(&self) -> Result<(), String> {
        use unicode_normalization::UnicodeNormalization;
        let mut values: Vec<(&str, &str)> = vec![
            ("source", &self.source),
            ("target", &self.target),
            ("note", &self.comment),
            ("us", &self.us),
            ("adjective", &self.adjective),
        ];
        values.extend(self.aliases.iter().map(|a| ("alias", a.as_str())));
        values.extend(self.avoid.iter().map(|a| ("avoid", a.as_str())));
        for (what, v) in values {
            if v.trim() != v {
                return Err(format!("{what} `{v}` has leading or trailing whitespace"));
            }
            if v.contains("  ") {
                return Err(format!("{what} `{v}` has two spaces in a row"));
            }
            if v.contains(['\t', '\n', '\r']) {
                return Err(format!(
                    "{what} `{}` contains a tab or line break",
                    v.escape_debug()
                ));
            }
            if matches!(what, "alias" | "avoid") && (v.contains('|') || v.is_empty()) {
                return Err(format!("{what} `{v}` is empty or contains `|`"));
            }
            if v.nfc().ne(v.chars()) {
                return Err(format!(
                    "{what} `{v}` is not in Unicode NFC form (decomposed accents); normalise it"
                ));
            }
        }
        if self.source.is_empty() || self.target.is_empty() {
            return Err("source and target must not be empty".into());
        }
        Ok(())
    }
}

/// Why a change was not written.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    /// The file could not be read or is not UTF-8.
    #[error(transparent)]
    Read(#[from] GlossaryError),
    /// The change would make a bad row or collide with another entry: nothing was written.
    #[error("{path}: {message}; nothing written")]
    Refused {
        /// The file to change.
        path: String,
        /// Why, naming the other entry's file and line where there is one.
        message: String,
    },
    /// The file was changed by someone else between reading and writing.
    #[error("{path} changed on disk while this command was running (edited by hand?); nothing written, run the command again")]
    Changed {
        /// The file.
        path: String,
    },
    /// Writing failed.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

/// A glossary file as read for changing: the exact bytes, to compare before writing.
#[derive(Debug, Clone)]
pub struct EditFile {
    /// Where it is.
    pub path: PathBuf,
    /// Its text as read (empty for a file that does not exist yet).
    pub text: String,
    /// Whether the file existed.
    pub existed: bool,
    modified: Option<SystemTime>,
    name: String,
}

impl EditFile {
    /// Reads `path`; a missing file is an empty new file (written with a header).
    pub fn open(path: &Path) -> Result<EditFile, EditError> {
        let existed = path.exists();
        let (text, name) = if existed {
            let src = Source::read(path)?;
            (src.text, src.name)
        } else {
            (String::new(), super::shown_name(path))
        };
        Ok(EditFile {
            path: path.to_path_buf(),
            text,
            existed,
            modified: modified(path),
            name,
        })
    }

    /// The file's name in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file's line end: CRLF when its first line ends so.
    fn newline(&self) -> &'static str {
        match self.text.find('\n') {
            Some(i) if i > 0 && self.text.as_bytes()[i - 1] == b'\r' => "\r\n",
            _ => "\n",
        }
    }

    /// The columns of the file: its header's, else OmegaT's three; a new file gets all.
    pub fn columns(&self) -> Vec<String> {
        if !self.existed || self.text.trim().is_empty() {
            return tsv::KNOWN_COLUMNS.iter().map(|c| c.to_string()).collect();
        }
        tsv::columns(&self.text)
    }

    /// The entries of this file as they stand.
    pub fn entries(&self) -> Vec<Entry> {
        tsv::parse(&self.name, &self.text).0
    }

    /// Byte range of 1-based line `line`, without its line end.
    fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let mut start = 0;
        for _ in 1..line {
            start += self.text[start..]
                .find('\n')
                .map_or(self.text.len() - start, |i| i + 1);
        }
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let end = if self.text[..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        start..end
    }

    /// The text with `row` appended as a new last line.
    pub fn with_appended(&self, row_line: &str) -> String {
        let nl = self.newline();
        let mut out = self.text.clone();
        if !self.existed || out.is_empty() {
            out.push_str(&default_header());
            out.push_str(nl);
        } else if !out.ends_with('\n') {
            out.push_str(nl);
        }
        out.push_str(row_line);
        out.push_str(nl);
        out
    }

    /// The text with line `line` replaced by `row_line`.
    pub fn with_replaced(&self, line: usize, row_line: &str) -> String {
        let r = self.line_range(line);
        format!("{}{row_line}{}", &self.text[..r.start], &self.text[r.end..])
    }

    /// The text without line `line` (and its line end).
    pub fn with_removed(&self, line: usize) -> String {
        let r = self.line_range(line);
        let mut end = r.end;
        if self.text[end..].starts_with("\r\n") {
            end += 2;
        } else if self.text[end..].starts_with('\n') {
            end += 1;
        }
        format!("{}{}", &self.text[..r.start], &self.text[end..])
    }

    fn refused(&self, message: impl Into<String>) -> EditError {
        EditError::Refused {
            path: self.name.clone(),
            message: message.into(),
        }
    }

    /// The entry of this file whose source is `source` (any case and spacing).
    pub fn find(&self, source: &str) -> Option<Entry> {
        let key = super::term_key(source);
        self.entries()
            .into_iter()
            .find(|e| super::term_key(&e.source) == key)
    }

    /// Writes `text` atomically (a temporary file beside, then a rename) after checking that
    /// the file on disk is still the one read: same bytes, same modification time.
    pub fn write(&self, text: &str) -> Result<(), EditError> {
        let werr = |source| EditError::Write {
            path: self.name.clone(),
            source,
        };
        if let Some(dir) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(werr)?;
        }
        let ferr = |e| match e {
            crate::fs::WriteError::Io { source, .. } => werr(source),
            other => werr(std::io::Error::other(other.to_string())),
        };
        let staged = crate::fs::stage(&self.path, text.as_bytes()).map_err(ferr)?;
        // The check is as late as it can be: just before the rename.
        let now_exists = self.path.exists();
        let unchanged = if self.existed {
            now_exists
                && modified(&self.path) == self.modified
                && std::fs::read(&self.path).ok().as_deref() == Some(self.text.as_bytes())
        } else {
            !now_exists
        };
        if !unchanged {
            return Err(EditError::Changed {
                path: self.name.clone(),
            });
        }
        staged.commit(true).map_err(ferr)?;
        Ok(())
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// What the change did, for the message to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The new file text.
    pub text: String,
    /// 1-based line of the row that changed (for a removal, where it was).
    pub line: usize,
    /// Warnings the change brings (it overrides a shipped entry, say).
    pub notes: Vec<String>,
}

/// The glossary as it would be with `file`'s text replaced by `text`: errors and warnings that
/// the change brings (present after, absent before) are returned.
fn new_problems(
    layers: &[Source],
    file: &EditFile,
    text: &str,
) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let with = |t: &str| -> Vec<Source> {
        let mut out: Vec<Source> = layers
            .iter()
            .filter(|s| s.name != file.name)
            .cloned()
            .collect();
        out.push(Source {
            name: file.name.clone(),
            key: file
                .path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            text: t.to_string(),
        });
        out
    };
    let render = |d: &Diagnostic| (d.severity, d.message.clone(), d.file.clone());
    let (_, before) = Glossary::load_lenient(&with(&file.text), Spelling::British);
    let before: Vec<_> = before.iter().map(render).collect();
    let (_, after) = Glossary::load_lenient(&with(text), Spelling::British);
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for d in after {
        if before.contains(&render(&d)) {
            continue;
        }
        match d.severity {
            Severity::Error => errors.push(d),
            _ => warnings.push(d),
        }
    }
    (errors, warnings)
}

/// Other files of the same layer (the same folder) holding `source` with another target.
fn same_layer_conflict(layers: &[Source], file: &EditFile, row: &Row) -> Option<String> {
    let dir = file.path.parent()?;
    let key = super::term_key(&row.source);
    for src in layers.iter().filter(|s| s.name != file.name) {
        let in_dir = Path::new(&src.name).parent() == Some(dir)
            || std::path::absolute(&src.name)
                .ok()
                .zip(std::path::absolute(dir).ok())
                .is_some_and(|(p, d)| p.parent() == Some(d.as_path()));
        // The shipped glossaries are named `glossaries/x.tsv` too, but are a lower layer: only
        // files that are on disk with this content are of the same layer.
        let on_disk = std::fs::read_to_string(&src.name).is_ok_and(|t| t == src.text);
        if !in_dir || !on_disk {
            continue;
        }
        for e in tsv::parse(&src.name, &src.text).0 {
            if e.forms().any(|f| super::term_key(f) == key) && e.target != row.target {
                return Some(format!(
                    "`{}` is already in {} (-> `{}`), a file of the same layer; change it there or remove it first",
                    e.source,
                    e.origin(),
                    e.target
                ));
            }
        }
    }
    None
}

fn check_change(
    layers: &[Source],
    file: &EditFile,
    text: String,
    line: usize,
) -> Result<Change, EditError> {
    let (errors, warnings) = new_problems(layers, file, &text);
    if let Some(d) = errors.first() {
        // The problem may be with a row of another layer (an alias of a shipped entry).
        let at = if d.file == file.name {
            format!("line {}", d.line)
        } else {
            format!("with {}:{}", d.file, d.line)
        };
        return Err(file.refused(format!("{at}: {}", d.message)));
    }
    let mut notes = Vec::new();
    for d in warnings {
        if d.file == file.name && d.line == line && !d.message.starts_with("overrides") {
            return Err(file.refused(format!("line {}: {}", d.line, d.message)));
        }
        notes.push(format!("{}:{}: {}", d.file, d.line, d.message));
    }
    Ok(Change { text, line, notes })
}

/// Adds `row` to `file`. A row with the same source in the file is refused (a duplicate, or a
/// conflict when the target differs), unless `force`, which replaces the conflicting row in
/// place; the same source in another file of the layer is refused. `layers` are every
/// glossary source of the run, for the alias and layer checks.
pub fn add(
    layers: &[Source],
    file: &EditFile,
    row: &Row,
    force: bool,
) -> Result<Change, EditError> {
    row.check_values().map_err(|m| file.refused(m))?;
    let line_text = row.to_line(&file.columns()).map_err(|m| file.refused(m))?;
    if let Some(msg) = same_layer_conflict(layers, file, row) {
        return Err(file.refused(msg));
    }
    let (text, line) = match file.find(&row.source) {
        Some(e) if e.target == row.target && !force => {
            return Err(file.refused(format!(
                "duplicate: `{}` -> `{}` is already at line {}",
                e.source, e.target, e.line
            )))
        }
        Some(e) if !force => {
            return Err(file.refused(format!(
                "conflict: `{}` is already at line {} with target `{}`; use --force to replace it, or `glossary edit`",
                e.source, e.line, e.target
            )))
        }
        Some(e) => (file.with_replaced(e.line, &line_text), e.line),
        None => {
            let text = file.with_appended(&line_text);
            let line = text.trim_end_matches(['\n', '\r']).matches('\n').count() + 1;
            (text, line)
        }
    };
    check_change(layers, file, text, line)
}

/// Removes the row whose source is `source` from `file`.
pub fn remove(file: &EditFile, source: &str) -> Result<Change, EditError> {
    let e = file
        .find(source)
        .ok_or_else(|| file.refused(format!("no entry with source `{source}` in this file")))?;
    Ok(Change {
        text: file.with_removed(e.line),
        line: e.line,
        notes: Vec::new(),
    })
}

/// Replaces the row whose source is `source` by what `change` makes of it.
pub fn edit(
    layers: &[Source],
    file: &EditFile,
    source: &str,
    change: impl FnOnce(&mut Row),
) -> Result<Change, EditError> {
    let e = file
        .find(source)
        .ok_or_else(|| file.refused(format!("no entry with source `{source}` in this file")))?;
    let mut row = Row::of(&e);
    change(&mut row);
    row.check_values().map_err(|m| file.refused(m))?;
    let line_text = row.to_line(&file.columns()).map_err(|m| file.refused(m))?;
    if let Some(msg) = same_layer_conflict(layers, file, &row) {
        return Err(file.refused(msg));
    }
    if super::term_key(&row.source) != super::term_key(&e.source) {
        if let Some(other) = file.find(&row.source) {
            return Err(file.refused(format!(
                "`{}` is already at line {}",
                other.source, other.line
            )));
        }
    }
    let text = file.with_replaced(e.line, &line_text);
    check_change(layers, file, text, e.line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> EditFile {
        EditFile {
            path: PathBuf::from("g.tsv"),
            text: text.to_string(),
            existed: true,
            modified: None,
            name: "g.tsv".into(),
        }
    }

    #[test]
    fn lines_change_alone_whatever_the_line_ends() {
        // A BOM, no header (OmegaT's three columns), no newline at the end.
        let f = file("\u{feff}# c\nkapal selam\tsubmarine\nkapal induk\tcarrier");
        assert_eq!(f.columns(), ["source", "target", "comment"]);
        assert_eq!(
            f.with_appended("x\ty"),
            "\u{feff}# c\nkapal selam\tsubmarine\nkapal induk\tcarrier\nx\ty\n"
        );
        assert_eq!(
            f.with_replaced(3, "kapal induk\taircraft carrier"),
            "\u{feff}# c\nkapal selam\tsubmarine\nkapal induk\taircraft carrier"
        );
        assert_eq!(f.with_removed(2), "\u{feff}# c\nkapal induk\tcarrier");
        let crlf = file("a\tb\r\nc\td\r\n");
        assert_eq!(crlf.with_removed(1), "c\td\r\n");
        assert_eq!(crlf.with_replaced(2, "c\te"), "a\tb\r\nc\te\r\n");
        assert_eq!(crlf.with_appended("e\tf"), "a\tb\r\nc\td\r\ne\tf\r\n");
    }

    #[test]
    fn a_value_without_its_column_is_refused() {
        let row = Row {
            source: "Kemhan".into(),
            target: "Defence Ministry".into(),
            aliases: vec!["Kemenhan".into()],
            ..Row::default()
        };
        let omegat = file("kapal selam\tsubmarine\n").columns();
        assert!(row
            .to_line(&omegat)
            .unwrap_err()
            .contains("`aliases` column"));
    }
}
