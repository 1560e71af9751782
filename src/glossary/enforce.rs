//! The glossary check on English output: every term hit in the source must appear in the
//! target (or an English inflection of it: plural, possessive, the country adjective), and no
//! variant the entry says to avoid may appear. Findings go into the segment's QA list, so they
//! show in the review file whatever backend produced the English.

use super::Glossary;
use crate::doc::{GlossaryHit, QaFinding, Segment, Severity};

/// Checks `seg`'s target against its glossary hits.
pub fn check_segment(glossary: &Glossary, seg: &Segment) -> Vec<QaFinding> {
    let Some(target) = seg.target.as_deref() else {
        return Vec::new();
    };
    let lower = target.to_lowercase();
    let mut out = Vec::new();
    let mut reported = std::collections::HashSet::new();
    for hit in &seg.glossary {
        if !reported.insert(&*hit.source) {
            continue;
        }
        let wanted = hit.target.to_lowercase();
        if !target_present(hit, &lower) {
            out.push(QaFinding {
                check: "glossary".into(),
                severity: Severity::Warning,
                message: format!(
                    "`{}` should be rendered `{}` ({}), which the English does not contain",
                    hit.matched, hit.target, hit.origin
                ),
            });
        }
        if let Some(entry) = glossary.entry_by_source(&hit.source) {
            for avoid in &entry.avoid {
                if contains_word(&lower, &avoid.to_lowercase())
                    && !contains_word(&wanted, &avoid.to_lowercase())
                {
                    out.push(QaFinding {
                        check: "glossary".into(),
                        severity: Severity::Error,
                        message: format!(
                            "`{avoid}` is a variant to avoid for `{}`; use `{}` ({})",
                            hit.source,
                            hit.target,
                            entry.origin()
                        ),
                    });
                }
            }
        }
    }
    out
}

/// Whether the lower-cased English `lower` renders `hit` as the glossary says: its target or
/// the country adjective, as whole words, allowing an English inflection.
pub fn target_present(hit: &GlossaryHit, lower: &str) -> bool {
    contains_word(lower, &hit.target.to_lowercase())
        || hit
            .adjective
            .as_deref()
            .is_some_and(|a| contains_word(lower, &a.to_lowercase()))
}

/// Whether `hay` contains `needle` as whole words, allowing an English inflection after it
/// (`troops`, `ministry's`, `ministries` for `ministry` is not attempted).
fn contains_word(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(pos) = hay[from..].find(needle) {
        let start = from + pos;
        let end = start + needle.len();
        let left_ok = hay[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let rest = &hay[end..];
        let suffix = ["'s", "’s", "es", "s", ""].iter().find(|s| {
            rest.starts_with(*s)
                && rest[s.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        });
        if left_ok && suffix.is_some() {
            return true;
        }
        from = start + needle.chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::contains_word;

    #[test]
    fn inflections_count() {
        assert!(contains_word(
            "the defence ministers met",
            "defence minister"
        ));
        assert!(contains_word("russia's troops", "russia"));
        assert!(!contains_word("russian troops", "russia"));
        assert!(!contains_word("subministers", "minister"));
    }
}
