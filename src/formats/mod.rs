//! Machine-readable outputs of a translated document: JSON (the schema in `shared/design.md`),
//! TSV, XLIFF (written as 2.1, read as 2.x and 1.2) and TMX 1.4b, the translation memory's
//! exchange format.

pub mod json;
pub mod tmx;
pub mod tsv;
pub mod xliff;

/// Why a bilingual file cannot be read (XLIFF here; TMX, TSV and review files in
/// [`crate::qa::input`], which shares it). It lives here, below QA, so the readers do not depend
/// on the checks.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// Missing or unreadable.
    #[error("cannot read {path}: {message}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        message: String,
    },
    /// Malformed content.
    #[error("{path}:{line}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// The value of attribute `key` of an element, matched by name or by local name (`xml:lang`
/// answers to `lang`, `xml:space` to `space`), with references resolved.
pub(crate) fn xml_attr(e: &quick_xml::events::BytesStart, key: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.as_ref() == key || a.key.local_name().as_ref() == key)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::default())
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

/// Escapes text for XML content and attribute values, and drops the control characters XML
/// 1.0 does not allow at all (everything below U+0020 except tab, line feed and carriage
/// return, and U+FFFE/U+FFFF).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Line numbers of byte offsets in one text, for a reader that asks for them in increasing
/// order (as an XML reader does, element after element): each call counts only the newlines
/// since the previous one, so a reader stays linear in the file's size. An earlier offset
/// counts again from the start.
pub(crate) struct Lines<'a> {
    text: &'a [u8],
    pos: std::cell::Cell<usize>,
    line: std::cell::Cell<usize>,
}

impl<'a> Lines<'a> {
    /// A counter over `text`.
    pub(crate) fn new(text: &'a str) -> Lines<'a> {
        Lines {
            text: text.as_bytes(),
            pos: 0.into(),
            line: 1.into(),
        }
    }

    /// The 1-based line of byte offset `pos`.
    pub(crate) fn at(&self, pos: usize) -> usize {
        let pos = pos.min(self.text.len());
        if pos < self.pos.get() {
            self.pos.set(0);
            self.line.set(1);
        }
        let from = self.pos.get();
        let line = self.line.get() + memchr::memchr_iter(b'\n', &self.text[from..pos]).count();
        self.pos.set(pos);
        self.line.set(line);
        line
    }
}

/// The message for an element after the root element has closed: an XML document has exactly
/// one root, and what follows it would otherwise be read as more of the file, or dropped.
pub(crate) fn second_root(name: &[u8], root_line: usize) -> String {
    format!(
        "a second root element <{}> after the one closed on line {root_line}: an XML file has one root (two files pasted together?)",
        String::from_utf8_lossy(name)
    )
}

/// The 1-based line of byte offset `pos` in `text`, for error messages.
pub fn line_at(text: &str, pos: usize) -> usize {
    let bytes = &text.as_bytes()[..pos.min(text.len())];
    memchr::memchr_iter(b'\n', bytes).count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_forbidden_characters() {
        assert_eq!(
            xml_escape("a < b & \"c\" 'd' > e\u{1}\u{7}\tf\u{FFFF}"),
            "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e\tf"
        );
        assert_eq!(line_at("a\nb\nc", 2), 2);
    }
}
