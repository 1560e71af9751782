//! Living articles: news is updated during the day, and `translate article.txt` is run again
//! over a review file a translator has been editing. [`merge`] carries the review into the new
//! segmentation so that:
//! - a sentence whose source is unchanged keeps its target exactly as the reviewer left it,
//!   wherever its paragraph moved;
//! - a changed sentence is left for new machine output, its old target kept as a note
//!   ([`crate::doc::Segment::previous`]);
//! - a sentence that returns to a wording a person translated before gets that translation back
//!   (from the state folder's history of human targets);
//! - new paragraphs are translated, removed ones are listed (their targets stay in the history).
//!
//! Paragraphs are paired by a diff over their texts; sentences by exact source first, then, in
//! a changed paragraph, by word similarity for the "previous target" note.

use super::diff::Piece;
use super::{ReviewFile, ReviewSegment};
use crate::doc::{Document, Origin, SegmentKind, SegmentState};
use similar::{Algorithm, DiffOp, TextDiff};
use std::collections::{HashMap, HashSet};

/// What changed between the reviewed article and the new one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergeReport {
    /// Segments that kept their target (unchanged source).
    pub kept: usize,
    /// Segments given back a target a person wrote in an earlier run.
    pub restored: usize,
    /// Translatable segments left for the backend (changed or new).
    pub to_translate: usize,
    /// Paragraphs whose text changed: new index, old index, source word diff.
    pub changed: Vec<(usize, usize, Vec<Piece>)>,
    /// New paragraphs (new index).
    pub added: Vec<usize>,
    /// Removed paragraphs: old index and text.
    pub removed: Vec<(usize, String)>,
    /// Old segments whose source is gone, with their targets: id, source, target.
    pub dropped: Vec<(String, String, Option<String>)>,
}

impl MergeReport {
    /// Whether the article changed at all.
    pub fn is_unchanged(&self) -> bool {
        self.changed.is_empty() && self.added.is_empty() && self.removed.is_empty()
    }

    /// A summary for the terminal, with a source diff per changed paragraph.
    pub fn render(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        for (new, old, diff) in &self.changed {
            let moved = if new == old {
                String::new()
            } else {
                format!(" (was ¶{old})")
            };
            let _ = write!(out, "  ¶{new} changed{moved}: ");
            for piece in diff {
                match piece.op {
                    "equal" => out.push_str(&abbreviate(&piece.text)),
                    "delete" => {
                        let _ = write!(out, "[-{}-]", piece.text);
                    }
                    _ => {
                        let _ = write!(out, "{{+{}+}}", piece.text);
                    }
                }
            }
            out.push('\n');
        }
        for new in &self.added {
            let _ = writeln!(out, "  ¶{new} new");
        }
        for (old, text) in &self.removed {
            let _ = writeln!(out, "  old ¶{old} removed: {}", abbreviate_words(text, 12));
        }
        let _ = writeln!(
            out,
            "  {} segments kept as reviewed, {} restored from earlier edits, {} to translate, {} removed",
            self.kept,
            self.restored,
            self.to_translate,
            self.dropped.len()
        );
        out
    }
}

/// Long unchanged stretches shortened to their ends, so a summary shows the change.
fn abbreviate(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    if words.len() <= 12 {
        return text.to_string();
    }
    format!(
        "{} … {}",
        words[..5].join(" "),
        words[words.len() - 5..].join(" ")
    )
}

fn abbreviate_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        text.to_string()
    } else {
        format!("{} …", words[..n].join(" "))
    }
}

/// Carries `old` (the parsed review file) into `new` (the changed article, freshly segmented).
/// `human` maps shown sources to targets people wrote in earlier runs. Segments left without a
/// target are the ones to translate.
pub fn merge(old: &ReviewFile, new: &mut Document, human: &HashMap<String, String>) -> MergeReport {
    let key = |segs: &[ReviewSegment]| {
        segs.iter()
            .map(|s| s.source.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let old_keys: Vec<String> = old.paragraphs.iter().map(|p| key(&p.segments)).collect();
    let new_keys: Vec<String> = new
        .paragraphs
        .iter()
        .map(|p| {
            p.segments
                .iter()
                .map(|s| s.text())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let mut report = MergeReport::default();
    // For each new paragraph, the old paragraph it continues (if any).
    let mut paired: Vec<Option<usize>> = vec![None; new_keys.len()];
    let mut old_paired = vec![false; old_keys.len()];
    for op in similar::capture_diff_slices(Algorithm::Patience, &old_keys, &new_keys) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for i in 0..len {
                    paired[new_index + i] = Some(old_index + i);
                    old_paired[old_index + i] = true;
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                // Pair each new paragraph with the most similar old one of the block.
                for n in new_index..new_index + new_len {
                    let best = (old_index..old_index + old_len)
                        .filter(|o| !old_paired[*o])
                        .map(|o| (o, similarity(&old_keys[o], &new_keys[n])))
                        .filter(|(_, r)| *r >= 0.3)
                        .max_by(|a, b| a.1.total_cmp(&b.1));
                    match best {
                        Some((o, _)) => {
                            paired[n] = Some(o);
                            old_paired[o] = true;
                            report.changed.push((
                                new.paragraphs[n].index,
                                old.paragraphs[o].index,
                                word_diff(&old_keys[o], &new_keys[n]),
                            ));
                        }
                        None => report.added.push(new.paragraphs[n].index),
                    }
                }
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                for n in new_index..new_index + new_len {
                    report.added.push(new.paragraphs[n].index);
                }
            }
            DiffOp::Delete { .. } => {}
        }
    }
    for (o, was) in old_paired.iter().enumerate() {
        if !was {
            report
                .removed
                .push((old.paragraphs[o].index, old_keys[o].clone()));
        }
    }
    report.added.sort_unstable();

    // Old segments by source, for sentences that moved between paragraphs.
    // Old segments taken: kept by an unchanged sentence, or replaced by a changed one.
    let mut used: HashSet<(usize, usize)> = HashSet::new();
    let mut by_source: HashMap<&str, Vec<&ReviewSegment>> = HashMap::new();
    for seg in old.segments() {
        by_source.entry(seg.source.as_str()).or_default().push(seg);
    }
    for (n, par) in new.paragraphs.iter_mut().enumerate() {
        let old_par = paired[n].map(|o| &old.paragraphs[o]);
        for seg in &mut par.segments {
            let text = seg.text();
            let in_paired = old_par.and_then(|p| {
                p.segments
                    .iter()
                    .find(|s| s.source == text && !used.contains(&(s.paragraph, s.index)))
            });
            let found = in_paired.or_else(|| {
                by_source.get(text.as_str()).and_then(|v| {
                    v.iter()
                        .copied()
                        .find(|s| !used.contains(&(s.paragraph, s.index)))
                })
            });
            if let Some(o) = found {
                used.insert((o.paragraph, o.index));
                seg.target = o.target.clone();
                seg.origin = o.origin.clone();
                seg.state = o.state;
                seg.previous = o.previous();
                if seg.target.is_some() || !seg.kind.is_translatable() {
                    report.kept += 1;
                    continue;
                }
            }
            if !seg.kind.is_translatable() {
                continue;
            }
            if seg.target.is_none() {
                // A changed sentence: the most similar unmatched old one in its paragraph.
                if let Some(p) = old_par {
                    let best = p
                        .segments
                        .iter()
                        .filter(|s| !used.contains(&(s.paragraph, s.index)))
                        .map(|s| (s, similarity(&s.source, &text)))
                        .filter(|(_, r)| *r >= 0.4)
                        .max_by(|a, b| a.1.total_cmp(&b.1));
                    if let Some((o, _)) = best {
                        used.insert((o.paragraph, o.index));
                        seg.previous = o.target.clone().or_else(|| o.previous());
                    }
                }
                if let Some(target) = human.get(&text) {
                    seg.target = Some(target.clone());
                    seg.origin = Origin::Human;
                    seg.state = SegmentState::Edited;
                    report.restored += 1;
                    continue;
                }
                seg.origin = Origin::None;
                seg.state = SegmentState::New;
                if seg.kind == SegmentKind::Text {
                    report.to_translate += 1;
                }
            }
        }
    }
    for seg in old.segments() {
        if !used.contains(&(seg.paragraph, seg.index)) && seg.kind == SegmentKind::Text {
            report
                .dropped
                .push((seg.id(), seg.source.clone(), seg.target.clone()));
        }
    }
    report
}

/// Word-level similarity (0 to 1) of two texts.
fn similarity(a: &str, b: &str) -> f32 {
    TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_unicode_words(a, b)
        .ratio()
}

/// The word diff of two paragraph texts (joined shown sources, so already one line each).
fn word_diff(old: &str, new: &str) -> Vec<Piece> {
    super::diff::diff_segment(String::new(), "", old, new).diff
}
