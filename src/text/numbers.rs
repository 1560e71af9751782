//! Indonesian number formats and their English equivalents.
//!
//! Indonesian groups thousands with a dot and marks decimals with a comma (`9.000` is nine
//! thousand, `1,5` is one and a half, `1.500.000,50`), the reverse of English. This module reads
//! those formats ([`parse_id_number`]), writes the English form ([`to_english`]), reads English
//! numbers back ([`parse_en_number`]) and knows the scale words (`ribu`, `juta`, `miliar`,
//! `triliun`), so that the offline backend can convert numbers and QA can compare values across
//! the two languages (`Rp20,3 triliun` equals `Rp20.3 trillion`).
//!
//! Anything that is not clearly a number in the Indonesian convention is refused rather than
//! guessed: times (`07.15`), dates (`3/12/2022`) and a dot followed by one or two digits (`1.5`,
//! which could be an English-style decimal or a time) give `None`, and callers leave such text
//! as it is.

/// Currency prefixes written directly before an amount (`Rp20,3`, `US$5.000`). Longest first,
/// so `US$` wins over `$` and `Rp.` over `Rp`.
const CURRENCY_PREFIXES: &[&str] = &["US$", "S$", "Rp.", "Rp", "RM", "$", "€", "£", "¥"];

/// A scale word and what it multiplies by.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// The English word (`million`).
    pub english: &'static str,
    /// The factor (`1e6`).
    pub factor: f64,
}

/// Indonesian scale words, with the common newsroom abbreviations.
const ID_SCALES: &[(&str, &str, f64)] = &[
    ("ratus", "hundred", 1e2),
    ("ribu", "thousand", 1e3),
    ("rb", "thousand", 1e3),
    ("juta", "million", 1e6),
    ("jt", "million", 1e6),
    ("miliar", "billion", 1e9),
    ("milyar", "billion", 1e9),
    ("triliun", "trillion", 1e12),
];

/// English scale words.
const EN_SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// The scale an Indonesian word stands for: `juta` -> million (1e6). Case-insensitive.
pub fn scale_word(word: &str) -> Option<Scale> {
    let w = word.to_lowercase();
    ID_SCALES
        .iter()
        .find(|(id, _, _)| *id == w)
        .map(|&(_, english, factor)| Scale { english, factor })
}

/// The factor of an English scale word: `trillion` -> 1e12. Case-insensitive; plurals accepted.
pub fn scale_word_en(word: &str) -> Option<f64> {
    let w = word.to_lowercase();
    let w = w.strip_suffix('s').unwrap_or(&w);
    EN_SCALES.iter().find(|(en, _)| *en == w).map(|&(_, f)| f)
}

/// Splits a leading currency symbol off an amount: `Rp20,3` -> (`Some("Rp")`, `20,3`). The
/// symbol is returned as written, except that `Rp.` is normalised to `Rp`.
pub fn split_currency(s: &str) -> (Option<&'static str>, &str) {
    for p in CURRENCY_PREFIXES {
        if let Some(rest) = s.strip_prefix(p) {
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                let canonical = if *p == "Rp." { "Rp" } else { p };
                return (Some(canonical), rest);
            }
        }
    }
    (None, s)
}

/// The parts of a number written the Indonesian way.
struct IdNumber<'a> {
    /// Integer digits without separators.
    int: String,
    /// Decimal digits after the comma, if any.
    frac: Option<&'a str>,
    /// Whether the integer part was written with dot separators.
    grouped: bool,
}

/// Reads the digits of an Indonesian-format number: `9.000`, `1,5`, `1.500.000,50`, `2022`.
fn read_id(s: &str) -> Option<IdNumber<'_>> {
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (int_part, frac) = match s.split_once(',') {
        Some((i, f)) => {
            if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (i, Some(f))
        }
        None => (s, None),
    };
    let groups: Vec<&str> = int_part.split('.').collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let grouped = groups.len() > 1;
    if grouped {
        // A real thousands separator: first group 1-3 digits, every later group exactly 3.
        // Anything else (`07.15`, `1.5`, `3.12`) is a time, a version or an English decimal.
        if groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    Some(IdNumber {
        int: groups.concat(),
        frac,
        grouped,
    })
}

/// The value of an Indonesian-format number, or `None` if `s` is not one or is ambiguous.
///
/// `9.000` -> 9000, `1,5` -> 1.5, `1.500.000,50` -> 1500000.5, `20,3` -> 20.3, `2022` -> 2022.
/// A leading currency symbol and a trailing `%` are accepted and ignored (`Rp20,3` -> 20.3).
/// Times and English-style decimals (`07.15`, `1.5`) give `None`.
pub fn parse_id_number(s: &str) -> Option<f64> {
    let (_, s) = split_currency(s.trim());
    let s = s.strip_suffix('%').unwrap_or(s);
    let n = read_id(s)?;
    let text = match n.frac {
        Some(f) => format!("{}.{}", n.int, f),
        None => n.int,
    };
    text.parse().ok()
}

/// The value of an English-format number: `9,000` -> 9000, `1.5` -> 1.5, `1,500,000.50`.
/// A leading currency symbol and a trailing `%` are accepted. A comma that is not a thousands
/// separator (`1,5`) gives `None`.
pub fn parse_en_number(s: &str) -> Option<f64> {
    let s = s.trim();
    let s = s.strip_prefix("IDR").map(str::trim_start).unwrap_or(s);
    let (_, s) = split_currency(s);
    let s = s.strip_suffix('%').unwrap_or(s);
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (int_part, frac) = match s.split_once('.') {
        Some((i, f)) => {
            if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (i, Some(f))
        }
        None => (s, None),
    };
    let groups: Vec<&str> = int_part.split(',').collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    let text = match frac {
        Some(f) => format!("{}.{}", groups.concat(), f),
        None => groups.concat(),
    };
    text.parse().ok()
}

/// Groups integer digits in threes with commas: `1500000` -> `1,500,000`.
fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// The English spelling of an Indonesian-format number, or `None` if `s` is not one (or is
/// ambiguous) and should be left as written.
///
/// `9.000` -> `9,000`; `1,5` -> `1.5`; `1.500.000,50` -> `1,500,000.50`; `Rp20,3` -> `Rp20.3`;
/// `5,71%` -> `5.71%`. Plain integers below 10,000 stay as they are (`2022`, `1997`, `452`),
/// so years are never given a separator; longer plain integers are grouped (`25000` ->
/// `25,000`) unless they start with `0` (codes, not quantities). `07.15`, `1.5` and `3/12/2022`
/// give `None`.
pub fn to_english(s: &str) -> Option<String> {
    let (currency, rest) = split_currency(s);
    let (body, percent) = match rest.strip_suffix('%') {
        Some(b) => (b, "%"),
        None => (rest, ""),
    };
    let n = read_id(body)?;
    let int = if n.grouped || (n.int.len() > 4 && !n.int.starts_with('0')) {
        group_thousands(&n.int)
    } else {
        n.int.clone()
    };
    let mut out = String::new();
    if let Some(c) = currency {
        out.push_str(c);
    }
    out.push_str(&int);
    if let Some(f) = n.frac {
        out.push('.');
        out.push_str(f);
    }
    out.push_str(percent);
    Some(out)
}

/// Whether `s` looks like a clock time in the Indonesian style: `07.15`, `23.00`, `11:36`.
pub fn is_time(s: &str) -> bool {
    let Some((h, m)) = s.split_once(['.', ':']) else {
        return false;
    };
    h.len() <= 2
        && m.len() == 2
        && h.bytes().all(|b| b.is_ascii_digit())
        && m.bytes().all(|b| b.is_ascii_digit())
        && h.parse::<u32>().is_ok_and(|h| h < 24)
        && m.parse::<u32>().is_ok_and(|m| m < 60)
}

/// Whether `s` looks like a numeric date, day first: `3/12/2022`, `6/5`, `1/2/23`.
pub fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[0].parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        && parts[1].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_indonesian_formats() {
        assert_eq!(parse_id_number("9.000"), Some(9000.0));
        assert_eq!(parse_id_number("1,5"), Some(1.5));
        assert_eq!(parse_id_number("1.500.000,50"), Some(1_500_000.5));
        assert_eq!(parse_id_number("20,3"), Some(20.3));
        assert_eq!(parse_id_number("2022"), Some(2022.0));
        assert_eq!(parse_id_number("Rp20,3"), Some(20.3));
        assert_eq!(parse_id_number("5,71%"), Some(5.71));
    }

    #[test]
    fn refuses_ambiguous_and_non_numbers() {
        assert_eq!(parse_id_number("1.5"), None);
        assert_eq!(parse_id_number("07.15"), None);
        assert_eq!(parse_id_number("3.12"), None);
        assert_eq!(parse_id_number("3/12/2022"), None);
        assert_eq!(parse_id_number("1.0000"), None);
        assert_eq!(parse_id_number("1,"), None);
        assert_eq!(parse_id_number("abc"), None);
        assert_eq!(parse_id_number(""), None);
    }

    #[test]
    fn formats_english() {
        assert_eq!(to_english("9.000").as_deref(), Some("9,000"));
        assert_eq!(to_english("1,5").as_deref(), Some("1.5"));
        assert_eq!(to_english("1.500.000,50").as_deref(), Some("1,500,000.50"));
        assert_eq!(to_english("Rp20,3").as_deref(), Some("Rp20.3"));
        assert_eq!(to_english("Rp.11.850").as_deref(), Some("Rp11,850"));
        assert_eq!(to_english("US$5.000").as_deref(), Some("US$5,000"));
        assert_eq!(to_english("0,11%").as_deref(), Some("0.11%"));
        assert_eq!(to_english("2022").as_deref(), Some("2022"));
        assert_eq!(to_english("1997").as_deref(), Some("1997"));
        assert_eq!(to_english("452").as_deref(), Some("452"));
        assert_eq!(to_english("25000").as_deref(), Some("25,000"));
        assert_eq!(to_english("1.180").as_deref(), Some("1,180"));
        assert_eq!(to_english("0812345").as_deref(), Some("0812345"));
        assert_eq!(to_english("07.15"), None);
        assert_eq!(to_english("1.5"), None);
        assert_eq!(to_english("3/12/2022"), None);
    }

    #[test]
    fn parses_english_formats() {
        assert_eq!(parse_en_number("9,000"), Some(9000.0));
        assert_eq!(parse_en_number("1.5"), Some(1.5));
        assert_eq!(parse_en_number("1,500,000.50"), Some(1_500_000.5));
        assert_eq!(parse_en_number("Rp20.3"), Some(20.3));
        assert_eq!(parse_en_number("IDR 20.3"), Some(20.3));
        assert_eq!(parse_en_number("1,5"), None);
        // Same value in both languages: what QA compares.
        assert_eq!(parse_id_number("9.000"), parse_en_number("9,000"));
    }

    #[test]
    fn scale_words() {
        assert_eq!(scale_word("triliun").map(|s| s.english), Some("trillion"));
        assert_eq!(scale_word("Juta").map(|s| s.factor), Some(1e6));
        assert_eq!(scale_word("tahun"), None);
        assert_eq!(scale_word_en("trillion"), Some(1e12));
        assert_eq!(scale_word_en("millions"), Some(1e6));
        let id = parse_id_number("Rp20,3").zip(scale_word("triliun"));
        let en = parse_en_number("Rp20.3").zip(scale_word_en("trillion"));
        assert_eq!(id.map(|(v, s)| v * s.factor), en.map(|(v, f)| v * f));
    }

    #[test]
    fn times_and_dates() {
        assert!(is_time("07.15"));
        assert!(is_time("11:36"));
        assert!(!is_time("9.000"));
        assert!(!is_time("25.00"));
        assert!(is_date("3/12/2022"));
        assert!(is_date("6/5"));
        assert!(!is_date("17/2013"));
        assert!(!is_date("1,5"));
    }
}
