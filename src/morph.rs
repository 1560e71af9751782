//! Indonesian morphology shared by the glossary matcher and the offline backend: clitics,
//! reduplication and (for the lexicon) affix stripping.

/// Enclitics and particles that attach to the end of a word: possessive `-nya`, `-ku`, `-mu`
/// and the particles `-lah`, `-kah`, `-pun`, `-tah`. Longest first, so `-nya` is tried before
/// shorter endings.
pub const CLITICS: &[&str] = &["nya", "lah", "kah", "pun", "tah", "ku", "mu"];

/// If `word` (lower case) ends with a clitic and something of at least `min_stem` bytes remains,
/// the stem and the clitic. `pertahanannya` -> (`pertahanan`, `nya`).
pub fn strip_clitic(word: &str, min_stem: usize) -> Option<(&str, &'static str)> {
    CLITICS.iter().find_map(|c| {
        let stem = word.strip_suffix(c)?;
        let stem = stem.strip_suffix('-').unwrap_or(stem);
        (stem.len() >= min_stem).then_some((stem, *c))
    })
}

/// If `word` is a full reduplication (`menteri-menteri`, `poin-poin`), the base (`menteri`).
pub fn reduplication_base(word: &str) -> Option<&str> {
    let (a, b) = word.split_once('-')?;
    (!a.is_empty() && a.eq_ignore_ascii_case(b)).then_some(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitics_and_reduplication() {
        assert_eq!(strip_clitic("pertahanannya", 3), Some(("pertahanan", "nya")));
        assert_eq!(strip_clitic("kemhan-nya", 3), Some(("kemhan", "nya")));
        assert_eq!(strip_clitic("dialah", 3), Some(("dia", "lah")));
        assert_eq!(strip_clitic("nya", 3), None);
        assert_eq!(reduplication_base("menteri-menteri"), Some("menteri"));
        assert_eq!(reduplication_base("rusia-belarus"), None);
    }
}
