//! Glossary enforcement by markup, for engines that carry XML tags through (DeepL with
//! `tag_handling=xml`, Google and Azure in HTML mode, LibreTranslate in HTML mode): each term
//! becomes an empty tag `<x id="N"/>` the engine places in its translation, and the tag is then
//! replaced by the glossary's English. The rest of the text is XML-escaped going out and
//! unescaped coming back.

use super::Request;

/// The request text with its glossary terms replaced by tags, and the English for each tag
/// (tag `N` is `targets[N - 1]`).
pub fn protect(req: &Request) -> (String, Vec<String>) {
    let mut out = String::with_capacity(req.text.len() + 16 * req.terms.len());
    let mut targets = Vec::with_capacity(req.terms.len());
    let mut at = 0;
    for term in &req.terms {
        if term.start < at || term.end > req.text.len() {
            continue;
        }
        out.push_str(&escape(&req.text[at..term.start]));
        targets.push(if term.keep {
            req.text[term.start..term.end].to_string()
        } else {
            term.target.clone()
        });
        out.push_str(&format!("<x id=\"{}\"/>", targets.len()));
        at = term.end;
    }
    out.push_str(&escape(&req.text[at..]));
    (out, targets)
}

/// The engine's output with tags replaced by their English and entities unescaped, and the
/// tags that did not come back (their terms are then missing, which the glossary check
/// reports).
pub fn restore(text: &str, targets: &[String]) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut seen = vec![false; targets.len()];
    let mut rest = text;
    while let Some(open) = rest.find("<x") {
        out.push_str(&unescape(&rest[..open]));
        let tail = &rest[open..];
        let Some(close) = tail.find("/>").or_else(|| tail.find('>')) else {
            out.push_str(&unescape(tail));
            rest = "";
            break;
        };
        let tag = &tail[..close];
        let id = tag
            .split("id=")
            .nth(1)
            .map(|v| v.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace()))
            .and_then(|v| v.parse::<usize>().ok());
        match id.filter(|&n| n >= 1 && n <= targets.len()) {
            Some(n) => {
                out.push_str(&targets[n - 1]);
                seen[n - 1] = true;
            }
            None => out.push_str(&unescape(tag)),
        }
        let after = &tail[close..];
        let skip = if after.starts_with("/>") { 2 } else { 1 };
        rest = &after[skip..];
        // An engine that turned the empty tag into a pair leaves a closing `</x>`.
        rest = rest.strip_prefix("</x>").unwrap_or(rest);
    }
    out.push_str(&unescape(rest));
    let missing = seen
        .iter()
        .enumerate()
        .filter(|(_, s)| !**s)
        .map(|(i, _)| i + 1)
        .collect();
    (out, missing)
}

/// XML-escapes `&`, `<`, `>`.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Undoes [`escape`] and the entities engines add in HTML mode (`&#39;`, `&quot;`).
pub fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Decodes numeric character references (`&#8220;`, `&#x27;`), which engines in HTML mode
/// emit for quotes and dashes. `&`, `<` and `>` stay escaped (as `&amp;`, `&lt;`, `&gt;`) so
/// that [`restore`] still tells text from tags.
pub fn decode_char_refs(text: &str) -> String {
    if !text.contains("&#") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("&#") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 2..];
        let decoded = tail.find(';').filter(|&end| end <= 8).and_then(|end| {
            let digits = &tail[..end];
            let code = match digits.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => digits.parse::<u32>().ok(),
            };
            code.and_then(char::from_u32).map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    c => out.push(c),
                }
                rest = &tail[end + 1..];
            }
            None => {
                out.push_str("&#");
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mt::TermHint;

    fn request() -> Request {
        let text = "Menteri Pertahanan & DPR <setuju>.".to_string();
        let hint = |s: &str, target: &str| {
            let start = text.find(s).unwrap();
            TermHint {
                start,
                end: start + s.len(),
                source: s.into(),
                target: target.into(),
                adjective: None,
                keep: false,
            }
        };
        Request {
            id: "1.1".into(),
            terms: vec![
                hint("Menteri Pertahanan", "Defence Minister"),
                hint("DPR", "House of Representatives"),
            ],
            text,
            context: None,
        }
    }

    #[test]
    fn round_trip_through_an_engine() {
        let (sent, targets) = protect(&request());
        assert_eq!(sent, "<x id=\"1\"/> &amp; <x id=\"2\"/> &lt;setuju&gt;.");
        let (english, missing) = restore(
            "The <x id=\"1\"/> &amp; the <x id='2'></x> &lt;agree&gt;.",
            &targets,
        );
        assert_eq!(
            english,
            "The Defence Minister & the House of Representatives <agree>."
        );
        assert!(missing.is_empty());
        let (_, missing) = restore("The minister agreed.", &targets);
        assert_eq!(missing, [1, 2]);
    }
}
