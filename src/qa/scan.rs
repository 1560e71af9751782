//! Small scanners the checks share: words with their byte spans, and numeric runs (`9.000`,
//! `07.15`, `3/12/2022`, `Rp20,3`) with what surrounds them.

use std::ops::Range;

/// A word: a run of letters, digits, hyphens and apostrophes inside a word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Byte span in the scanned text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

/// Every word of `text`, in order. `ke-3`, `menteri-menteri`, `don't` are one word each.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = (c == '-' || c == '\'' || c == '’')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(Word {
                text: &text[s..i],
                start: s,
                end: i,
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}

/// A run of digits and the separators between them (`9.000`, `1,5`, `07.15`, `3/12/2022`,
/// `11:36`), with a currency symbol or word glued before it counted in the span.
#[derive(Debug, Clone)]
pub(crate) struct NumRun<'a> {
    /// Digits and separators only (`20,3` in `Rp20,3`).
    pub raw: &'a str,
    /// Span of `raw` in the text.
    pub span: Range<usize>,
    /// A currency symbol before it (`Rp`, `US$`, `$`, `IDR`).
    pub currency: bool,
    /// A `%` right after it.
    pub percent: bool,
}

/// Currency words that may be glued to a number (`Rp20`, `RM5`).
const CURRENCY_WORDS: &[&str] = &["rp", "rm", "idr", "us", "usd", "s", "sgd", "a", "hk"];

/// Every numeric run in `text`.
pub(crate) fn num_runs(text: &str) -> Vec<NumRun<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit() || matches!(bytes[end], b'.' | b',' | b':' | b'/'))
        {
            end += 1;
        }
        let mut stop = end;
        while stop > start && !bytes[stop - 1].is_ascii_digit() {
            stop -= 1;
        }
        // What precedes: a letter glued to the number makes it part of a word (`G20`, `B2B`),
        // unless the letters are a currency (`Rp20`).
        let before = &text[..start];
        let prev = before.chars().next_back();
        let mut currency = false;
        let mut glued_word = false;
        if let Some(p) = prev {
            if p.is_alphanumeric() {
                let word_start = before
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| c.is_alphanumeric())
                    .last()
                    .map_or(start, |(k, _)| k);
                let w = before[word_start..].to_lowercase();
                // An earthquake's magnitude glued to its letter (`M5.6`, `SR6,2`) is a number
                // too, as a currency's is; it has a decimal (`m2` is a unit).
                let magnitude = matches!(w.as_str(), "m" | "mw" | "sr")
                    && text[start..stop].contains(['.', ',']);
                if CURRENCY_WORDS.contains(&w.as_str()) || magnitude {
                    currency = true;
                } else {
                    glued_word = true;
                }
            } else if matches!(p, '$' | '€' | '£' | '¥') {
                currency = true;
            } else if p == '.' {
                // `Rp.20.000`
                let b = before.trim_end_matches('.');
                if b.to_lowercase().ends_with("rp") {
                    currency = true;
                }
            } else if p == ' ' {
                let b = before.trim_end();
                let lw = b.to_lowercase();
                if lw.ends_with("idr") || lw.ends_with("rp") || lw.ends_with("us$") {
                    let before_word = b
                        .char_indices()
                        .rev()
                        .take_while(|(_, c)| c.is_alphanumeric() || *c == '$')
                        .last()
                        .map_or(0, |(k, _)| k);
                    currency = b[before_word..].len() <= 3;
                }
            }
        }
        if !glued_word && stop > start {
            out.push(NumRun {
                raw: &text[start..stop],
                span: start..stop,
                currency,
                percent: text[stop..].starts_with('%'),
            });
        }
        i = end.max(start + 1);
    }
    out
}

/// The word right after byte `at` (spaces between allowed, nothing else), lower-cased.
pub(crate) fn next_word(text: &str, at: usize) -> Option<(String, Range<usize>)> {
    let rest = &text[at..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let off = at + rest.len() - trimmed.len();
    let len = trimmed
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(trimmed.len(), |(k, _)| k);
    (len > 0).then(|| (trimmed[..len].to_lowercase(), off..off + len))
}

/// The word right before byte `at` (spaces between allowed), lower-cased, without a final dot.
pub(crate) fn prev_word(text: &str, at: usize) -> Option<String> {
    let before = text[..at].trim_end_matches([' ', '\u{a0}', '(']);
    let before = before.strip_suffix('.').unwrap_or(before);
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(k, _)| k)?;
    Some(before[start..].to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_and_words() {
        let t = "Rp20,3 triliun, 9.000 tentara, G20 dan 5%. Pukul 07.15 WIB (3/12/2022).";
        let runs: Vec<&str> = num_runs(t).iter().map(|r| r.raw).collect();
        assert_eq!(runs, ["20,3", "9.000", "5", "07.15", "3/12/2022"]);
        assert!(num_runs(t)[0].currency);
        assert!(num_runs(t)[2].percent);
        assert!(num_runs("IDR 20.3 trillion")[0].currency);
        let w: Vec<&str> = words("ke-3 menteri-menteri, don't.")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(w, ["ke-3", "menteri-menteri", "don't"]);
        assert_eq!(
            next_word("5 juta orang", 1).map(|w| w.0).as_deref(),
            Some("juta")
        );
        assert_eq!(prev_word("pukul 07.15", 6).as_deref(), Some("pukul"));
    }
}
