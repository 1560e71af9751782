//! `translate diff`: what reviewers changed against the machine output, word by word, with the
//! HTER-style edit figure translators and their managers use to compare backends.
//!
//! The figure is a word-level edit distance (insertions, deletions and substitutions of tokens;
//! words and punctuation marks are tokens) from the machine output to the reviewed target,
//! divided by the number of tokens in the reviewed target, as in HTER (Snover et al. 2006,
//! without shifts). The article figure is the sum of edits over the sum of target tokens, so
//! long sentences weigh more than short ones.

use super::ReviewFile;
use crate::doc::SegmentKind;
use serde::Serialize;
use similar::{ChangeTag, TextDiff};
use std::collections::HashMap;

/// One piece of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    /// `equal`, `delete` (only in the machine output) or `insert` (only in the target).
    pub op: &'static str,
    /// The text, with the whitespace around it.
    pub text: String,
}

/// A segment's edits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentDiff {
    /// Segment id.
    pub id: String,
    /// Indonesian source.
    pub source: String,
    /// What the machine said.
    pub mt: String,
    /// The reviewed target.
    pub target: String,
    /// Token edits from `mt` to `target`.
    pub edits: usize,
    /// Tokens in `target`.
    pub words: usize,
    /// `edits / words` (1.0 when the target is empty but the machine said something).
    pub hter: f64,
    /// The word diff.
    pub diff: Vec<Piece>,
}

/// The whole article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleDiff {
    /// The review file.
    pub file: String,
    /// Segments with both a machine output and a target, in order (edited or not).
    pub segments: Vec<SegmentDiff>,
    /// Translatable segments with no stored machine output (translated by hand, from memory,
    /// or the state folder was removed); they are not counted.
    pub without_machine_output: Vec<String>,
    /// Summary over `segments`.
    pub article: Summary,
}

/// The article's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Segments compared.
    pub segments: usize,
    /// Of which changed by the reviewer.
    pub edited: usize,
    /// Token edits in all.
    pub edits: usize,
    /// Target tokens in all.
    pub words: usize,
    /// `edits / words`.
    pub hter: f64,
}

/// Compares each translatable segment's target in `review` with its machine output (`machine`,
/// by shown source, from the state folder).
pub fn diff_review(
    file: &str,
    review: &ReviewFile,
    machine: &HashMap<String, String>,
) -> ArticleDiff {
    let mut segments = Vec::new();
    let mut without = Vec::new();
    for seg in review.segments().filter(|s| s.kind == SegmentKind::Text) {
        let Some(mt) = machine.get(&seg.source) else {
            without.push(seg.id());
            continue;
        };
        let target = super::normalise_target(seg.target.as_deref().unwrap_or_default());
        segments.push(diff_segment(seg.id(), &seg.source, mt, &target));
    }
    let edits: usize = segments.iter().map(|s| s.edits).sum();
    let words: usize = segments.iter().map(|s| s.words).sum();
    let article = Summary {
        segments: segments.len(),
        edited: segments.iter().filter(|s| s.edits > 0).count(),
        edits,
        words,
        hter: ratio(edits, words),
    };
    ArticleDiff {
        file: file.to_string(),
        segments,
        without_machine_output: without,
        article,
    }
}

/// The diff and figure of one segment.
pub fn diff_segment(id: String, source: &str, mt: &str, target: &str) -> SegmentDiff {
    let mt_norm = super::normalise_target(mt);
    let a = tokens(&mt_norm);
    let b = tokens(target);
    let edits = edit_distance(&a, &b);
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_unicode_words(mt_norm.as_str(), target);
    let mut pieces: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match pieces.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => pieces.push(Piece {
                op,
                text: change.value().to_string(),
            }),
        }
    }
    let pieces = coalesce(pieces);
    SegmentDiff {
        id,
        source: source.to_string(),
        mt: mt_norm.clone(),
        target: target.to_string(),
        edits,
        words: b.len(),
        hter: ratio(edits, b.len()),
        diff: pieces,
    }
}

/// Joins a run of changes separated only by spaces into one deletion and one insertion, so a
/// rewritten phrase reads as `[-old phrase-]{+new phrase+}` rather than word by word.
fn coalesce(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        if pieces[i].op == "equal" {
            out.push(pieces[i].clone());
            i += 1;
            continue;
        }
        // The run: changes, and blank equal pieces followed by another change.
        let mut end = i;
        while end < pieces.len() {
            let p = &pieces[end];
            let blank_between = p.op == "equal"
                && p.text.trim().is_empty()
                && pieces.get(end + 1).is_some_and(|n| n.op != "equal");
            if p.op != "equal" || blank_between {
                end += 1;
            } else {
                break;
            }
        }
        let mut del = String::new();
        let mut ins = String::new();
        for p in &pieces[i..end] {
            match p.op {
                "delete" => del.push_str(&p.text),
                "insert" => ins.push_str(&p.text),
                _ => {
                    del.push_str(&p.text);
                    ins.push_str(&p.text);
                }
            }
        }
        for (op, text) in [("delete", del), ("insert", ins)] {
            if !text.is_empty() {
                out.push(Piece { op, text });
            }
        }
        i = end;
    }
    out
}

fn ratio(edits: usize, words: usize) -> f64 {
    match (edits, words) {
        (0, _) => 0.0,
        (_, 0) => 1.0,
        (e, w) => e as f64 / w as f64,
    }
}

/// Words and punctuation marks, the units of the edit figure.
pub fn tokens(text: &str) -> Vec<&str> {
    use unicode_segmentation::UnicodeSegmentation;
    text.split_word_bounds()
        .filter(|t| !t.trim().is_empty())
        .collect()
}

/// Levenshtein distance over tokens (two rows).
pub fn edit_distance(a: &[&str], b: &[&str]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for (i, x) in a.iter().enumerate() {
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(x != y);
            row[j + 1] = sub.min(prev[j + 1] + 1).min(row[j] + 1);
        }
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()]
}

/// The diff for a reader: each edited segment with its figure and an inline word diff, then
/// the article's figure. With `color`, deletions are red and struck through and insertions
/// green; without, they are `[-deleted-]` and `{+inserted+}` as in `git diff --word-diff`.
pub fn render(diff: &ArticleDiff, color: bool) -> String {
    use anstyle::{AnsiColor, Effects, Style};
    use std::fmt::Write;
    let del = Style::new()
        .fg_color(Some(AnsiColor::Red.into()))
        .effects(Effects::STRIKETHROUGH);
    let ins = Style::new()
        .fg_color(Some(AnsiColor::Green.into()))
        .effects(Effects::UNDERLINE);
    let bold = Style::new().bold();
    let dim = Style::new().dimmed();
    let mut out = String::new();
    for seg in diff.segments.iter().filter(|s| s.edits > 0) {
        let head = format!(
            "{}  {} edit{} / {} words ({:.1}%)",
            seg.id,
            seg.edits,
            if seg.edits == 1 { "" } else { "s" },
            seg.words,
            seg.hter * 100.0
        );
        let source = format!("  > {}", seg.source);
        if color {
            let _ = writeln!(out, "{bold}{head}{bold:#}\n{dim}{source}{dim:#}");
        } else {
            let _ = writeln!(out, "{head}\n{source}");
        }
        out.push_str("  ");
        for piece in &seg.diff {
            match (piece.op, color) {
                ("equal", _) => out.push_str(&piece.text),
                ("delete", true) => {
                    let _ = write!(out, "{del}{}{del:#}", piece.text);
                }
                ("insert", true) => {
                    let _ = write!(out, "{ins}{}{ins:#}", piece.text);
                }
                ("delete", false) => {
                    let _ = write!(out, "[-{}-]", piece.text);
                }
                _ => {
                    let _ = write!(out, "{{+{}+}}", piece.text);
                }
            }
        }
        out.push_str("\n\n");
    }
    let a = &diff.article;
    let _ = writeln!(
        out,
        "{}: {} of {} segments edited; {} edits over {} words: HTER {:.1}%",
        diff.file,
        a.edited,
        a.segments,
        a.edits,
        a.words,
        a.hter * 100.0
    );
    if !diff.without_machine_output.is_empty() {
        let _ = writeln!(
            out,
            "not compared (no machine output in the state folder): {}",
            diff.without_machine_output.join(", ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_token_edits() {
        let d = diff_segment(
            "2.1".into(),
            "Penegasan disampaikan Presiden Belarusia.",
            "The assertion was delivered by the President of Belarus.",
            "The statement was made by Belarusian President.",
        );
        // assertion→statement, delivered→made, the→Belarusian, "of Belarus" deleted.
        assert_eq!(d.words, 8);
        assert_eq!(d.edits, 5);
        assert!(d
            .diff
            .iter()
            .any(|p| p.op == "delete" && p.text.contains("assertion")));
        assert!(d
            .diff
            .iter()
            .any(|p| p.op == "insert" && p.text.contains("statement")));
        // The pieces rebuild both sides exactly.
        let side = |skip: &str| -> String {
            d.diff
                .iter()
                .filter(|p| p.op != skip)
                .map(|p| p.text.as_str())
                .collect()
        };
        assert_eq!(side("insert"), d.mt);
        assert_eq!(side("delete"), d.target);
        let same = diff_segment("1.1".into(), "x", "Same words.", "Same  words.");
        assert_eq!(same.edits, 0);
        assert_eq!(same.hter, 0.0);
    }
}
