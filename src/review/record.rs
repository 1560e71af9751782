//! The translator's record: who wrote each segment, whether a person reviewed it, and what may
//! enter the translation memory. Every command asks this module, so that `diff`, `export` in
//! every format, `qa`, `approve`, the views and a re-run all agree.
//!
//! The rules, as in a CAT tool:
//! - The machine output of a segment is what a backend (or the memory, marked as such) produced
//!   for its source; only a run that writes the review file records it. Displaying or exporting
//!   an article never changes it.
//! - A segment's origin and state are derived from the review file as it is on disk now,
//!   against that machine output ([`reconcile`]): English that differs from it was written by a
//!   person (`origin=human`, `state=edited`), even if the marker still says `machine` because
//!   the file was saved a second ago.
//! - A segment is reviewed when a person edited it or approved it (`translate approve`, or
//!   `state=approved` typed into its marker). Only reviewed segments enter the memory.
//! - A document is identified by its path inside the project ([`document_key`]).

use super::{normalise_target, ReviewFile};
use crate::doc::{Origin, SegmentKind, SegmentState};
use crate::store::{Store, StoreError};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// The key of an article's record: its path relative to the project root (the folder of
/// `translate.toml`) with `/` separators; without a project, its file name (the record then
/// lives in the state folder beside the file). `-` (standard input) is `-`.
pub fn document_key(project_root: Option<&Path>, article: &Path) -> String {
    if article == Path::new("-") {
        return "-".into();
    }
    let name = || {
        article.file_name().map_or_else(
            || article.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let Some(root) = project_root else {
        return name();
    };
    let (abs, root) = (absolute(article), absolute(root));
    match abs.strip_prefix(&root) {
        Ok(rel) => rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/"),
        // An article outside the project is known by its full path.
        Err(_) => abs.display().to_string(),
    }
}

/// How a review file at `review` names its article at `article` in its header: the file name
/// when both are in one folder (the common case), else the relative path from the review
/// file's folder, so `export` and `diff` find the article wherever the review was written.
pub fn relative_source(review: &Path, article: &Path) -> String {
    let name = article.file_name().map_or_else(
        || article.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    if article == Path::new("-") {
        return name;
    }
    let (r, a) = (absolute(review), absolute(article));
    let (Some(rdir), Some(adir)) = (r.parent(), a.parent()) else {
        return name;
    };
    if rdir == adir {
        return name;
    }
    let common = rdir
        .components()
        .zip(adir.components())
        .take_while(|(x, y)| x == y)
        .count();
    let mut parts: Vec<String> = vec!["..".into(); rdir.components().count() - common];
    parts.extend(
        a.components()
            .skip(common)
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// `path` made absolute and free of `.`/`..`, through symbolic links where it exists.
fn absolute(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let joined = std::env::current_dir().map_or_else(|_| path.to_path_buf(), |d| d.join(path));
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    // The file may be gone while its folder is there: resolve the folder's links.
    match (out.parent().map(std::fs::canonicalize), out.file_name()) {
        (Some(Ok(dir)), Some(name)) => dir.join(name),
        _ => out,
    }
}

/// What the state holds for one document.
#[derive(Debug, Clone, Default)]
pub struct Record {
    /// The machine output of each segment, by shown source.
    pub machine: HashMap<String, String>,
    /// The latest English a person wrote for each source.
    pub human: HashMap<String, String>,
    /// Rows adopted from a database of the old schema (keyed by file name), to report.
    pub adopted: usize,
}

/// Loads the record of `key`, adopting the rows an older database kept under its file name.
pub fn load(store: &Store, key: &str) -> Result<Record, StoreError> {
    let adopted = store.adopt_legacy_record(key)?;
    Ok(Record {
        machine: store.machine_outputs(key)?,
        human: store.human_targets(key)?,
        adopted,
    })
}

/// Whether a person has reviewed a segment in this state.
pub fn is_reviewed(state: SegmentState) -> bool {
    matches!(state, SegmentState::Edited | SegmentState::Approved)
}

/// Derives each segment's origin and state from the English on disk and the machine output
/// (`machine`, by shown source): English that differs from what the machine said was written
/// by a person. Returns the (source, English) pairs people wrote, for the record.
///
/// English set back to the machine output keeps the mark it has; a segment without a recorded
/// machine output keeps its marker (the state folder was deleted, or the file came from a
/// colleague).
pub fn reconcile(
    review: &mut ReviewFile,
    machine: &HashMap<String, String>,
) -> Vec<(String, String)> {
    let mut human = Vec::new();
    for par in &mut review.paragraphs {
        for seg in par
            .segments
            .iter_mut()
            .filter(|s| s.kind == SegmentKind::Text)
        {
            let Some(target) = seg.target.as_deref() else {
                continue;
            };
            let edited = machine
                .get(&seg.source)
                .is_some_and(|mt| normalise_target(mt) != normalise_target(target));
            if edited {
                seg.origin = Origin::Human;
                if !is_reviewed(seg.state) {
                    seg.state = SegmentState::Edited;
                }
            }
            if edited || seg.origin == Origin::Human {
                human.push((seg.source.clone(), target.to_string()));
            }
        }
    }
    human
}

/// The pairs a review contributes to the translation memory: the translatable segments a
/// person edited or approved, as (shown source, English on one line).
pub fn memory_pairs(review: &ReviewFile) -> Vec<(String, String)> {
    review
        .segments()
        .filter(|s| s.kind == SegmentKind::Text && is_reviewed(s.state))
        .filter_map(|s| Some((s.source.clone(), normalise_target(s.target.as_deref()?))))
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// The ids of translatable segments no person has reviewed yet (with or without English).
pub fn unreviewed(review: &ReviewFile) -> Vec<String> {
    review
        .segments()
        .filter(|s| s.kind == SegmentKind::Text && !is_reviewed(s.state))
        .map(|s| s.id())
        .collect()
}

/// What the backend (or the memory) produced in this run, by producer: (producer, [(shown
/// source, English)]). Only these enter the record's machine output; English carried over
/// from the review file (a person's or an earlier run's) does not.
pub fn machine_output(doc: &crate::doc::Document) -> Vec<(String, Vec<(String, String)>)> {
    let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for seg in doc.segments() {
        let producer = match (&seg.mt, &seg.origin) {
            (Some(_), Origin::Backend(name)) => name.clone(),
            (_, Origin::MemoryExact) => Origin::MemoryExact.label(),
            _ => continue,
        };
        let Some(target) = seg.target.as_deref() else {
            continue;
        };
        let pair = (seg.text(), normalise_target(target));
        match out.iter_mut().find(|(p, _)| *p == producer) {
            Some((_, pairs)) => pairs.push(pair),
            None => out.push((producer, vec![pair])),
        }
    }
    out
}

/// Whether a segment holds machine English no person has touched (what `--retranslate` sends
/// again).
pub fn is_machine(seg: &crate::doc::Segment) -> bool {
    seg.kind.is_translatable() && seg.target.is_some() && seg.state == SegmentState::Machine
}

/// Clears every segment still in `state=machine` so it is translated again; edited and
/// approved segments keep their English. Returns how many were cleared.
pub fn clear_machine(doc: &mut crate::doc::Document) -> usize {
    let mut n = 0;
    for seg in doc.segments_mut().filter(|s| is_machine(s)) {
        seg.target = None;
        seg.origin = Origin::None;
        seg.state = SegmentState::New;
        n += 1;
    }
    n
}

/// Why segments cannot be approved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApproveError {
    /// No such segment in the file.
    #[error("segment {0} is not in the review file")]
    Unknown(String),
    /// Datelines, bylines and boilerplate are not translated, so there is nothing to approve.
    #[error("segment {0} is not translated text (a dateline, byline or boilerplate): nothing to approve")]
    NotText(String),
    /// An empty segment cannot be approved.
    #[error("segment {0} has no English yet: write it first")]
    Empty(String),
}

/// Marks segments approved in the file's text `raw` (parsed as `review`), changing only the
/// `state=` of their marker lines, so everything else stays byte for byte. `ids` names the
/// segments; `None` approves every translatable segment with English. Returns the new text and
/// how many segments changed state.
pub fn approve(
    raw: &str,
    review: &ReviewFile,
    ids: Option<&[String]>,
) -> Result<(String, usize), ApproveError> {
    let chosen: Vec<&super::ReviewSegment> = match ids {
        Some(ids) => {
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                let seg = review
                    .segment(id)
                    .ok_or_else(|| ApproveError::Unknown(id.clone()))?;
                if seg.kind != SegmentKind::Text {
                    return Err(ApproveError::NotText(id.clone()));
                }
                if seg.target.is_none() {
                    return Err(ApproveError::Empty(id.clone()));
                }
                out.push(seg);
            }
            out
        }
        None => review
            .segments()
            .filter(|s| s.kind == SegmentKind::Text && s.target.is_some())
            .collect(),
    };
    // The marker gets the state, and the origin the record derived (English a person wrote
    // is `human`, whatever the marker said when the file was saved).
    let lines: HashMap<usize, &Origin> = chosen.iter().map(|s| (s.line, &s.origin)).collect();
    let mut out = String::with_capacity(raw.len() + lines.len() * 4);
    let mut changed = 0;
    for (i, line) in raw.split_inclusive('\n').enumerate() {
        if let Some(origin) = lines.get(&(i + 1)) {
            if let Some(new) = restate(line, origin, SegmentState::Approved) {
                changed += usize::from(new != line);
                out.push_str(&new);
                continue;
            }
        }
        out.push_str(line);
    }
    Ok((out, changed))
}

/// A marker line with its `origin=` and `state=` fields replaced.
fn restate(line: &str, origin: &Origin, state: SegmentState) -> Option<String> {
    let line = replace_field(line, "origin", &origin.label())?;
    replace_field(&line, "state", state.as_str())
}

fn replace_field(line: &str, key: &str, value: &str) -> Option<String> {
    let field = format!(" {key}=");
    let start = line.find(&field)? + field.len();
    let len = line[start..]
        .find([' ', '\r', '\n'])
        .unwrap_or(line.len() - start);
    Some(format!("{}{value}{}", &line[..start], &line[start + len..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_paths_inside_the_project() {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["a", "b"] {
            std::fs::create_dir(dir.path().join(sub)).unwrap();
            std::fs::write(dir.path().join(sub).join("berita.txt"), "x").unwrap();
        }
        let root = Some(dir.path());
        assert_eq!(
            document_key(root, &dir.path().join("a/berita.txt")),
            "a/berita.txt"
        );
        assert_eq!(
            document_key(root, &dir.path().join("b/../b/berita.txt")),
            "b/berita.txt"
        );
        // A file that is gone still has its key.
        assert_eq!(
            document_key(root, &dir.path().join("a/gone.txt")),
            "a/gone.txt"
        );
        assert_eq!(
            document_key(None, &dir.path().join("a/berita.txt")),
            "berita.txt"
        );
        let (a, b) = (
            dir.path().join("a/berita.txt"),
            dir.path().join("b/x.review.md"),
        );
        assert_eq!(relative_source(&b, &a), "../a/berita.txt");
        assert_eq!(
            relative_source(&dir.path().join("a/x.review.md"), &a),
            "berita.txt"
        );
    }

    #[test]
    fn approve_changes_only_marker_states() {
        let raw = "<!-- terjemah:review v1 source=\"a.txt\" sha256=\"x\" from=\"id\" to=\"en\" backend=\"offline\" -->\r\n\r\n## ¶1\r\n\r\n<!-- seg 1.1 span=0..5 kind=text origin=offline state=machine -->\r\n> Satu.\r\n\r\nOne   \r\n\r\n<!-- seg 1.2 span=6..10 kind=text origin=offline state=new -->\r\n> Dua.\r\n\r\n<!-- empty -->\r\n";
        let review = ReviewFile::parse("a.review.md", raw).unwrap();
        let (out, n) = approve(raw, &review, None).unwrap();
        assert_eq!(n, 1);
        assert_eq!(
            out,
            raw.replace(
                "origin=offline state=machine",
                "origin=offline state=approved"
            )
        );
        assert_eq!(
            approve(raw, &review, Some(&["1.2".to_string()])),
            Err(ApproveError::Empty("1.2".into()))
        );
        assert_eq!(
            approve(raw, &review, Some(&["3.1".to_string()])),
            Err(ApproveError::Unknown("3.1".into()))
        );
        // Approving again changes nothing.
        let again = ReviewFile::parse("a.review.md", &out).unwrap();
        assert_eq!(approve(&out, &again, None).unwrap(), (out.clone(), 0));
    }
}
