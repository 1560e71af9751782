//! Glossary usage statistics (`glossary stats`): how often each entry is hit in articles or
//! review files, how often reviewers kept its English, which entries were never hit, and
//! which ones reviewers keep changing (a sign that the entry is wrong).

use super::enforce::rendered;
use super::suggest::Evidence;
use super::Glossary;
use crate::doc::Document;
use serde::Serialize;
use std::collections::HashMap;

/// The figures of one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryStats {
    /// The Indonesian term.
    pub source: String,
    /// Its English (in the glossary's spelling).
    pub target: String,
    /// `file:line` of the entry.
    pub origin: String,
    /// Hits in all files.
    pub hits: usize,
    /// Files with at least one hit.
    pub files: usize,
    /// Hits in segments that have a reviewed English.
    pub reviewed: usize,
    /// Of those, how many English texts contain the entry's target.
    pub kept: usize,
    /// The reviewed segments whose English does not contain it.
    pub changed: Vec<Evidence>,
}

impl EntryStats {
    /// Reviewers changed the target more often than they kept it, at least twice: the entry
    /// is probably wrong.
    pub fn unstable(&self) -> bool {
        self.reviewed >= 2 && self.reviewed - self.kept >= 2 && self.kept * 2 < self.reviewed
    }
}

/// The statistics over a set of files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Entries hit at least once, most hits first.
    pub entries: Vec<EntryStats>,
    /// Entries hit nowhere, as `source`, `origin`.
    pub never_hit: Vec<(String, String)>,
    /// Sources of the entries reviewers keep changing.
    pub unstable: Vec<String>,
}

/// Counts the hits of `glossary` in `docs`; a segment with a target (a review file's) also
/// counts as reviewed, kept when its English has the entry's target.
pub fn collect(glossary: &Glossary, docs: &mut [Document]) -> Report {
    let mut by_entry: HashMap<String, EntryStats> = HashMap::new();
    let mut file_seen: HashMap<String, std::collections::HashSet<String>> = HashMap::new();
    for doc in docs.iter_mut() {
        glossary.annotate(doc);
        for seg in doc.segments() {
            let target = seg.target.as_deref();
            for hit in &seg.glossary {
                let Some(e) = glossary.entry_by_source(&hit.source) else {
                    continue;
                };
                let slot = by_entry.entry(e.origin()).or_insert_with(|| EntryStats {
                    source: e.source.clone(),
                    target: e.target_for(glossary.spelling()),
                    origin: e.origin(),
                    hits: 0,
                    files: 0,
                    reviewed: 0,
                    kept: 0,
                    changed: Vec::new(),
                });
                slot.hits += 1;
                if file_seen
                    .entry(e.origin())
                    .or_default()
                    .insert(doc.path.clone())
                {
                    slot.files += 1;
                }
                let Some(target) = target else {
                    continue;
                };
                slot.reviewed += 1;
                if rendered(glossary, hit, target) {
                    slot.kept += 1;
                } else {
                    slot.changed.push(Evidence {
                        file: doc.path.clone(),
                        segment: seg.id(),
                    });
                }
            }
        }
    }
    let never_hit = glossary
        .entries()
        .iter()
        .filter(|e| !by_entry.contains_key(&e.origin()))
        .map(|e| (e.source.clone(), e.origin()))
        .collect();
    let mut entries: Vec<EntryStats> = by_entry.into_values().collect();
    entries.sort_by(|a, b| b.hits.cmp(&a.hits).then_with(|| a.source.cmp(&b.source)));
    let unstable = entries
        .iter()
        .filter(|e| e.unstable())
        .map(|e| e.source.clone())
        .collect();
    Report {
        entries,
        never_hit,
        unstable,
    }
}
