//! Splits a request's text into words, numbers, punctuation, verbatim runs (URLs, e-mail
//! addresses, domains like `KOMPAS.com`, codes like `COVID-19`) and glossary terms, keeping
//! byte spans and whether whitespace came before each piece, so the gist can reproduce the
//! source's spacing around punctuation.

use crate::mt::TermHint;

/// What a raw token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RawKind {
    /// Letters, with internal hyphens and apostrophes (`negara-negara`, `Jum'at`).
    Word,
    /// A number, date, time or amount (`9.000`, `Rp20,3`, `(3/12/2022)`'s `3/12/2022`, `5,71%`).
    Number,
    /// Copied as it is: URLs, e-mail addresses, domains, codes mixing letters and digits.
    Verbatim,
    /// One punctuation character or symbol (`...` and `…` as one).
    Punct,
    /// The glossary term at this index of the request's hints.
    Term(usize),
}

/// A piece of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Raw {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// What it is.
    pub kind: RawKind,
    /// Whether whitespace separates it from the previous piece.
    pub space_before: bool,
}

/// Top-level domains that make `NAME.tld` one verbatim token rather than a sentence end.
const TLDS: &[&str] = &[
    "com", "co", "id", "net", "org", "go", "ac", "gov", "edu", "info", "tv", "io", "news", "im",
    "me", "uk", "sg", "my", "or", "web", "biz", "us", "au",
];

/// Letters, digits, and the combining marks (U+0300..U+036F) of decomposed text.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Splits `text`, taking the hint spans as single tokens. Hints that are out of range, not on
/// character boundaries, or overlapping an earlier hint are ignored.
pub(crate) fn tokenize(text: &str, hints: &[TermHint]) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut space = false;
    let mut hints: Vec<(usize, &TermHint)> = hints.iter().enumerate().collect();
    hints.sort_by_key(|(i, h)| (h.start, *i));
    for (idx, h) in hints {
        let valid = h.start >= at
            && h.start < h.end
            && h.end <= text.len()
            && text.is_char_boundary(h.start)
            && text.is_char_boundary(h.end);
        if !valid {
            continue;
        }
        space = scan(text, at, h.start, space, &mut out);
        out.push(Raw {
            start: h.start,
            end: h.end,
            kind: RawKind::Term(idx),
            space_before: space,
        });
        space = false;
        at = h.end;
    }
    scan(text, at, text.len(), space, &mut out);
    out
}

/// Tokenizes `text[from..to]`; returns whether trailing whitespace was pending.
fn scan(text: &str, from: usize, to: usize, mut space: bool, out: &mut Vec<Raw>) -> bool {
    let mut i = from;
    while i < to {
        let rest = &text[i..to];
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            space = true;
            i += c.len_utf8();
            continue;
        }
        if let Some(code) = rest.strip_prefix('(').and_then(reporter_code) {
            out.push(Raw {
                start: i,
                end: i + 1,
                kind: RawKind::Punct,
                space_before: space,
            });
            out.push(Raw {
                start: i + 1,
                end: i + 1 + code,
                kind: RawKind::Verbatim,
                space_before: false,
            });
            space = false;
            i += 1 + code;
            continue;
        }
        let (len, kind) = if let Some(len) = url_len(rest).or_else(|| inline_tag_len(rest)) {
            (len, RawKind::Verbatim)
        } else if let Some(len) = dotted_letters(rest) {
            (len, RawKind::Word)
        } else if is_word_char(c) || currency_start(rest) {
            word_run(rest)
        } else if rest.starts_with("...") {
            (3, RawKind::Punct)
        } else {
            (c.len_utf8(), RawKind::Punct)
        };
        out.push(Raw {
            start: i,
            end: i + len,
            kind,
            space_before: space,
        });
        space = false;
        i += len;
    }
    space
}

/// Lower-case abbreviations written as single letters joined by dots (`s.a.w.`, `r.a`,
/// `s.w.t.`, the honorifics after the Prophet's and the Companions' names; `a.n.` atas nama,
/// `s.d.` sampai dengan, `u.p.` untuk perhatian): one word, so the lexicon can gloss it, where
/// split at the dots it is a row of letters nobody can read. The length of the run without a
/// closing dot (a full stop stays punctuation, as after `dll`), when two or more letters are
/// joined and the last is not followed by a letter. Capitals are left alone: `H.M.` and `K.H.`
/// are initials of names.
fn dotted_letters(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut letters = 0;
    while i < b.len() && b[i].is_ascii_lowercase() {
        letters += 1;
        i += 1;
        let next = s[i..].chars().next();
        if next.is_some_and(is_word_char) {
            return None;
        }
        if next != Some('.') || !b.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
            break;
        }
        i += 1;
    }
    (letters >= 2).then_some(i)
}

/// The reporters' and editors' initials that close a news paragraph, in brackets and joined
/// by slashes (`(har/don/jpnn)`, `(mn/sib/jpr/sib/JPR)`, `(cat/zar)`): a credit, copied as
/// it is. `s` follows the opening bracket; the length of the initials when two or more groups
/// of at most six letters run to a closing bracket that only a full stop and spaces follow.
fn reporter_code(s: &str) -> Option<usize> {
    let close = s.find(')')?;
    let inner = &s[..close];
    let groups: Vec<&str> = inner.split('/').collect();
    let code = groups.len() >= 2
        && groups
            .iter()
            .all(|g| (1..=6).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_alphabetic()));
    let last = s[close + 1..].trim_start_matches('.').trim().is_empty();
    (code && last).then_some(close)
}

/// `US$5.000`, `$5`: a currency symbol that belongs to the number after it.
fn currency_start(s: &str) -> bool {
    ["US$", "S$", "$", "€", "£"].iter().any(|p| {
        s.strip_prefix(p)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// Length of a URL or `www.` address at the start of `s`, trailing punctuation excluded.
fn url_len(s: &str) -> Option<usize> {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
    {
        return None;
    }
    let end = s.find(char::is_whitespace).unwrap_or(s.len());
    let trimmed =
        s[..end].trim_end_matches(['.', ',', ';', ':', ')', '"', '\'', '”', '’', '!', '?']);
    Some(trimmed.len())
}

/// HTML tags that scraped copy keeps in the text: inline formatting around a word
/// (`<i>Setting</i>`, a foreign word set in italics as PUEBI asks; `<b>`, `<br/>`), and the
/// paragraph and block tags of a page whose markup was copied raw (`<p>Para guru ...</p>`,
/// tune-78's Tinta Borneo).
const INLINE_TAGS: &[&str] = &[
    "i",
    "b",
    "u",
    "em",
    "strong",
    "br",
    "sup",
    "sub",
    "span",
    "small",
    "p",
    "div",
    "a",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figure",
    "figcaption",
    "img",
];

/// Length of an HTML tag at the start of `s` (`<i>`, `</em>`, `<br/>`, `<br />`, `<p
/// style="...">`): markup, copied as it is, not a word (the `i` of `<i>` and the `p` of `<p>`
/// are no Indonesian words).
fn inline_tag_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('<')?;
    let close = inner.find('>')?;
    let tag = inner[..close].trim_end_matches('/').trim_end();
    let tag = tag.strip_prefix('/').unwrap_or(tag);
    // A tag's attributes follow its name after a space.
    let name = tag.split_whitespace().next().unwrap_or(tag);
    INLINE_TAGS
        .iter()
        .any(|t| t.eq_ignore_ascii_case(name))
        .then_some(close + 2)
}

/// Reads a word-like run at the start of `s` and classifies it. It reads only as far as the run
/// goes (`s` is the rest of the request), so tokenizing stays linear in the request's length.
fn word_run(s: &str) -> (usize, RawKind) {
    let mut end = 0;
    let mut email = false;
    let mut domain = false;
    let mut identifier = false;
    // A leading currency symbol: `US$`, `$`.
    let first = s
        .char_indices()
        .find(|&(_, c)| is_word_char(c))
        .map_or(s.len(), |(i, _)| i);
    let mut prev = s[..first].chars().next_back().unwrap_or(' ');
    for (pos, c) in s[first..].char_indices().map(|(i, c)| (first + i, c)) {
        if is_word_char(c) {
            end = pos + c.len_utf8();
            prev = c;
            continue;
        }
        let after = &s[pos + c.len_utf8()..];
        let next = after.chars().next().unwrap_or(' ');
        let joins = match c {
            '-' | '\'' | '’' => is_word_char(prev) && is_word_char(next),
            '.' | ',' | ':' | '/' if prev.is_ascii_digit() && next.is_ascii_digit() => true,
            '.' if is_word_char(prev) && next.is_alphabetic() => {
                // A host name is copied whole when the label after this dot or the host's
                // last label is a top-level domain (`detik.com`, `bpti.kemdikbud.go.id`).
                // The look-ahead stops at 253 bytes, DNS's limit for a name, so a long run
                // of dots keeps tokenizing linear.
                let len = after
                    .char_indices()
                    .find(|&(i, c)| i >= 253 || !(c.is_alphanumeric() || c == '.' || c == '-'))
                    .map_or(after.len(), |(i, _)| i);
                let host = after[..len].trim_end_matches(['.', '-']);
                let is_tld = |l: &str| TLDS.contains(&l.to_ascii_lowercase().as_str());
                let first = host.split(['.', '-']).next().unwrap_or(host);
                let last = host.rsplit('.').next().unwrap_or(host);
                let ok = email || is_tld(first) || is_tld(last);
                domain |= ok;
                ok
            }
            '@' => {
                let ok = is_word_char(prev) && next.is_alphanumeric();
                email |= ok;
                ok
            }
            // No word of Indonesian or English prose holds an underscore: letters joined by
            // one are a code (a class or file name of the page's markup scraped with the
            // copy, `dispot_imgspot_img`), copied as written like a URL. A word repeated
            // across the first one (`satu_satu nya`) is a reduplication typed with the wrong
            // key: its halves stay words.
            '_' => {
                let doubled = || {
                    let again = after.split(|c: char| !is_word_char(c)).next();
                    again == Some(&s[first..pos])
                };
                let ok = is_word_char(prev) && is_word_char(next) && (identifier || !doubled());
                identifier |= ok;
                ok
            }
            '%' => prev.is_ascii_digit(),
            // `US$5.000`, `S$20`: the dollar sign belongs to the amount.
            '$' => {
                let so_far = &s[..pos];
                (so_far == "US" || so_far == "S") && next.is_ascii_digit()
            }
            _ => false,
        };
        if !joins {
            break;
        }
        end = pos + c.len_utf8();
        prev = c;
        if c == '%' {
            break;
        }
    }
    let run = &s[..end];
    if email || domain || identifier {
        return (end, RawKind::Verbatim);
    }
    let has_digit = run.chars().any(|c| c.is_ascii_digit());
    let has_alpha = run.chars().any(|c| c.is_alphabetic());
    let kind = if !has_digit {
        RawKind::Word
    } else if !has_alpha
        || crate::text::numbers::split_currency(run).0.is_some()
        || number_with_suffix(run)
        || ordinal(run)
    {
        RawKind::Number
    } else {
        RawKind::Verbatim
    };
    (end, kind)
}

/// `1.000-an` (a thousand or so).
fn number_with_suffix(run: &str) -> bool {
    run.strip_suffix("-an").is_some_and(|n| {
        n.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    })
}

/// `ke-10`, `ke-2` (ordinals).
pub(crate) fn ordinal(run: &str) -> bool {
    run.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("ke-"))
        && run.len() > 3
        && run[3..].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, RawKind)> {
        tokenize(text, &[])
            .into_iter()
            .map(|r| (&text[r.start..r.end], r.kind))
            .collect()
    }

    #[test]
    fn reporter_codes_closing_a_paragraph_are_verbatim() {
        use RawKind::*;
        // tests/data/news-raw/tune-2.txt (Radar Madiun) and tune-3.txt (Bangsaonline).
        assert_eq!(
            kinds("(mn/sib/jpr/sib/JPR)"),
            vec![("(", Punct), ("mn/sib/jpr/sib/JPR", Verbatim), (")", Punct)]
        );
        assert_eq!(
            kinds("pungkas AKP Sugeng Sulistiyono. (cat/zar)")[5..],
            [("(", Punct), ("cat/zar", Verbatim), (")", Punct)]
        );
        // Words in brackets inside a sentence are words.
        assert_eq!(kinds("(ibu/ayah) datang")[1], ("ibu", Word));
    }

    #[test]
    fn runs_joined_by_underscores_are_verbatim() {
        use RawKind::*;
        // tests/data/news-unseen/tune-31.txt (Suara Damai): a scraped class name.
        assert_eq!(
            kinds("Ikuti suaradamai.com dispot_imgspot_imgspot_imgspot_img")[2],
            ("dispot_imgspot_imgspot_imgspot_img", Verbatim)
        );
        // Underscores round a word (emphasis) join nothing: the word stays a word.
        assert_eq!(kinds("_sangat_ penting")[1], ("sangat", Word));
        // tests/data/news-unseen/tune-21.txt: a reduplication typed with `_` for `-`.
        assert_eq!(
            kinds("jalan satu_satu nya")[1..4],
            [("satu", Word), ("_", Punct), ("satu", Word)]
        );
    }

    #[test]
    fn host_names_with_subdomains_are_verbatim() {
        use RawKind::*;
        assert_eq!(
            kinds("laman: bpti.kemdikbud.go.id, atau detik.com.Menurut dia")[2..],
            [
                ("bpti.kemdikbud.go.id", Verbatim),
                (",", Punct),
                ("atau", Word),
                ("detik.com", Verbatim),
                (".", Punct),
                ("Menurut", Word),
                ("dia", Word),
            ]
        );
        // A scraped sentence end without a space is no host: its last label is no domain.
        assert_eq!(kinds("kata Budi.Ia datang")[1], ("Budi", Word));
        // A photographer's initials after an outlet's address belong to the credit.
        assert_eq!(
            kinds("Foto Balieditor.com-frs: Pemain")[1],
            ("Balieditor.com-frs", Verbatim)
        );
    }

    #[test]
    fn words_numbers_and_verbatim() {
        use RawKind::*;
        assert_eq!(
            kinds("TRIBUNNEWS.COM, MINSK - sekitar 9.000 (3/12/2022) pukul 07.15."),
            vec![
                ("TRIBUNNEWS.COM", Verbatim),
                (",", Punct),
                ("MINSK", Word),
                ("-", Punct),
                ("sekitar", Word),
                ("9.000", Number),
                ("(", Punct),
                ("3/12/2022", Number),
                (")", Punct),
                ("pukul", Word),
                ("07.15", Number),
                (".", Punct),
            ]
        );
        assert_eq!(
            kinds("Rp20,3 triliun, 5,71% poin-poin COVID-19 ke-2 1.000-an"),
            vec![
                ("Rp20,3", Number),
                ("triliun", Word),
                (",", Punct),
                ("5,71%", Number),
                ("poin-poin", Word),
                ("COVID-19", Verbatim),
                ("ke-2", Number),
                ("1.000-an", Number),
            ]
        );
        assert_eq!(
            kinds("lihat https://kmp.im/AGHsuj. atau a@b.id"),
            vec![
                ("lihat", Word),
                ("https://kmp.im/AGHsuj", Verbatim),
                (".", Punct),
                ("atau", Word),
                ("a@b.id", Verbatim),
            ]
        );
    }

    #[test]
    fn dotted_lower_case_abbreviations_are_one_word() {
        use RawKind::*;
        // tests/data/news-unseen/tune-27.txt.
        assert_eq!(
            kinds("Rasulullah s.a.w. pada"),
            vec![
                ("Rasulullah", Word),
                ("s.a.w", Word),
                (".", Punct),
                ("pada", Word)
            ]
        );
        assert_eq!(kinds("Khadijah r.a dan")[1], ("r.a", Word));
        // Initials of names, a host name and a single letter stay as they were.
        assert_eq!(kinds("K.H. Dudung")[0], ("K", Word));
        assert_eq!(kinds("lihat t.co")[1], ("t.co", Verbatim));
        assert_eq!(kinds("vitamin a. Lalu")[1], ("a", Word));
        assert_eq!(kinds("a.b.id")[0], ("a.b.id", Verbatim));
    }

    #[test]
    fn hints_become_single_tokens() {
        let text = "tentara Rusia dan Belarusia";
        let hint = TermHint {
            start: 8,
            end: 13,
            source: "Rusia".into(),
            target: "Russia".into(),
            adjective: Some("Russian".into()),
            keep: false,
        };
        let toks = tokenize(text, &[hint]);
        assert_eq!(toks[1].kind, RawKind::Term(0));
        assert!(toks[1].space_before);
        assert!(toks[2].space_before);
        assert_eq!(toks.len(), 4);
    }
}
