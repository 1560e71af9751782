//! Decoding input files: UTF-8 with or without a byte-order mark, UTF-16 with one, and
//! Windows-1252 (what older Indonesian CMS exports and Word "Save as text" produce) with a
//! notice. Binary data is refused instead of being translated as garbage.
//!
//! The decoded text is what spans refer to; line endings and everything else are kept as they
//! are.

/// Why a file could not be read as text.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Missing, unreadable, a directory.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// Not text.
    #[error("{path}: {source}")]
    Decode {
        /// The file.
        path: String,
        /// Why.
        source: DecodeError,
    },
}

impl ReadError {
    /// The line the problem is on (1-based; 0 when the file could not be read at all).
    pub fn line(&self) -> usize {
        match self {
            ReadError::Io { .. } => 0,
            ReadError::Decode { source, .. } => source.line(),
        }
    }
}

/// Reads `path` and decodes it with [`decode`]. A review file (`*.review.md`) is the tool's
/// own format, always written as UTF-8: there a byte that is not UTF-8 is refused with its
/// line instead of being replaced or read as Windows-1252 (which would garble the markers and
/// report some later line), so every command that reads it gives the same verdict.
pub fn read_file(path: &std::path::Path) -> Result<Decoded, ReadError> {
    let name = || path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: name(),
        source,
    })?;
    decode_for(path, &bytes).map_err(|source| ReadError::Decode {
        path: name(),
        source,
    })
}

/// Decodes the bytes of the file at `path` as [`read_file`] does: [`decode_exact`] for a
/// review file, else [`decode`]. For a caller that already holds the bytes.
pub fn decode_for(path: &std::path::Path, bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let review = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().ends_with(".review.md"));
    if review {
        decode_exact(bytes)
    } else {
        decode(bytes)
    }
}

/// The decoded text and, when a guess was involved, a notice for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// Said to the user when the file was not plain UTF-8.
    pub notice: Option<String>,
}

/// Why input could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// A NUL byte or many control bytes: not a text file.
    #[error(
        "looks like binary data, not text (byte 0x{byte:02x} on line {line}, offset {offset}); give a UTF-8 text file"
    )]
    Binary {
        /// Offset of the first offending byte.
        offset: usize,
        /// The byte.
        byte: u8,
        /// Its line (1-based).
        line: usize,
    },
    /// A file that must be UTF-8 (a review file) is not.
    #[error("byte 0x{byte:02x} on line {line} is not UTF-8; the file must be UTF-8 (was it saved in another encoding?)")]
    NotUtf8 {
        /// The byte.
        byte: u8,
        /// Its line (1-based).
        line: usize,
    },
}

impl DecodeError {
    /// The line the problem is on (1-based).
    pub fn line(&self) -> usize {
        match self {
            DecodeError::Binary { line, .. } | DecodeError::NotUtf8 { line, .. } => *line,
        }
    }
}

/// The 1-based line of byte `offset`, counting LF, CRLF and lone CR line ends.
fn line_of(bytes: &[u8], offset: usize) -> usize {
    let before = &bytes[..offset.min(bytes.len())];
    let lf = before.iter().filter(|&&b| b == b'\n').count();
    if lf == 0 {
        before.iter().filter(|&&b| b == b'\r').count() + 1
    } else {
        lf + 1
    }
}

/// Decodes `bytes`: UTF-8 (with or without a byte-order mark), UTF-16 with one, Windows-1252
/// when nothing in the file is UTF-8. Bytes that are not UTF-8 in a file that otherwise is
/// (or that says so with its byte-order mark) are replaced by U+FFFD, and the notice says so
/// with the line: a stray byte does not turn the rest of the file into mojibake. Line ends
/// that are all lone CRs (classic Mac OS) are read as line feeds.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with(bytes, false)
}

/// [`decode`] for a file that must be UTF-8: a byte that is not is an error with its line.
pub fn decode_exact(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with(bytes, true)
}

fn decode_with(bytes: &[u8], exact: bool) -> Result<Decoded, DecodeError> {
    for (bom, enc) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE),
    ] {
        if bytes.starts_with(bom) {
            let (text, _, had_errors) = enc.decode(bytes);
            if !had_errors {
                check_text(text.as_bytes())?;
                let mut notice = format!("decoded as {} (byte-order mark)", enc.name());
                let text = lf_line_ends(text.into_owned(), &mut notice);
                return Ok(Decoded {
                    text,
                    notice: Some(notice),
                });
            }
        }
    }
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    check_text(body).map_err(|e| match e {
        DecodeError::Binary { offset, byte, .. } => DecodeError::Binary {
            offset: offset + (bytes.len() - body.len()),
            byte,
            line: line_of(body, offset),
        },
        other => other,
    })?;
    let (text, mut notice) = match std::str::from_utf8(body) {
        Ok(text) => (text.to_string(), String::new()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = line_of(body, at);
            let byte = body[at];
            if exact {
                return Err(DecodeError::NotUtf8 { byte, line });
            }
            // UTF-8 it is when the file says so or has UTF-8 beyond ASCII before the bad
            // byte; else the file is in a legacy encoding, Windows-1252 in practice.
            let utf8 = bom || body[..at].iter().any(|&b| b >= 0x80);
            if utf8 {
                let text = String::from_utf8_lossy(body).into_owned();
                let replaced = text.matches('\u{FFFD}').count()
                    - String::from_utf8_lossy(&body[..at])
                        .matches('\u{FFFD}')
                        .count();
                let more = if replaced > 1 {
                    format!(" ({} places in all)", replaced)
                } else {
                    String::new()
                };
                (
                    text,
                    format!(
                        "not valid UTF-8: byte 0x{byte:02x} on line {line} replaced by U+FFFD{more}"
                    ),
                )
            } else {
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(body);
                (
                    text.into_owned(),
                    format!(
                        "not valid UTF-8 (first bad byte 0x{byte:02x} on line {line}); decoded as Windows-1252"
                    ),
                )
            }
        }
    };
    let text = lf_line_ends(text, &mut notice);
    Ok(Decoded {
        text,
        notice: (!notice.is_empty()).then_some(notice),
    })
}

/// Lone CR line ends (no LF anywhere) become LF, with a word in `notice`: every reader splits
/// lines at LF, and would otherwise see one long line.
fn lf_line_ends(text: String, notice: &mut String) -> String {
    if !text.contains('\r') || text.contains('\n') {
        return text;
    }
    if !notice.is_empty() {
        notice.push_str("; ");
    }
    notice.push_str("line ends were CR only (classic Mac OS): read as line feeds");
    text.replace('\r', "\n")
}

/// Refuses NUL bytes and text where control characters are more than a trace.
fn check_text(bytes: &[u8]) -> Result<(), DecodeError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary {
            offset,
            byte: 0,
            line: line_of(bytes, offset),
        });
    }
    let controls: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter(|(_, &b)| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .map(|(i, _)| i)
        .take(64)
        .collect();
    if !controls.is_empty() && controls.len() * 100 > bytes.len().max(1) {
        return Err(DecodeError::Binary {
            offset: controls[0],
            byte: bytes[controls[0]],
            line: line_of(bytes, controls[0]),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_and_windows_1252() {
        let d = decode(b"\xEF\xBB\xBFKata \xE2\x80\x9Cya\xE2\x80\x9D").unwrap();
        assert_eq!(d.text, "Kata “ya”");
        assert!(d.notice.is_none());
        let d = decode(b"Kata \x93ya\x94 di caf\xe9\n").unwrap();
        assert_eq!(d.text, "Kata “ya” di café\n");
        assert!(d.notice.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn a_bad_byte_is_reported_as_what_was_done_with_its_line() {
        // A byte-order mark says UTF-8: the bad byte is replaced, and the notice says so.
        let d = decode(b"\xEF\xBB\xBFBaris satu\nKata \xff caf\xc3\xa9\n").unwrap();
        assert_eq!(d.text, "Baris satu\nKata \u{FFFD} café\n");
        let notice = d.notice.unwrap();
        assert!(
            notice.contains("0xff on line 2 replaced by U+FFFD"),
            "{notice}"
        );
        assert!(!notice.contains("Windows-1252"), "{notice}");
        // UTF-8 before the stray byte: the same, without a byte-order mark.
        let d = decode(b"Menteri \xe2\x80\x9cShoigu\xe2\x80\x9d\n\nkata \xe9 dia\n").unwrap();
        assert!(d.text.contains('\u{FFFD}') && d.text.contains('“'));
        // A file that must be UTF-8 (a review file) is refused at the byte's line.
        let err = decode_exact(b"<!-- x -->\n\nRuss\xe9a\n").unwrap_err();
        assert_eq!(err.line(), 3);
        assert!(
            err.to_string().contains("0xe9 on line 3 is not UTF-8"),
            "{err}"
        );
    }

    #[test]
    fn nul_is_reported_on_its_line_and_cr_only_lines_are_read() {
        let err = decode(b"satu\ndua\ntiga \x00 empat").unwrap_err();
        assert_eq!(err.line(), 3);
        assert!(err.to_string().contains("line 3"), "{err}");
        let d = decode(b"satu\rdua\rtiga\r").unwrap();
        assert_eq!(d.text, "satu\ndua\ntiga\n");
        assert!(d.notice.unwrap().contains("CR only"));
        assert_eq!(decode(b"satu\r\ndua\r\n").unwrap().text, "satu\r\ndua\r\n");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("satu\rdua\r".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16).unwrap().text, "satu\ndua\n");
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            Err(DecodeError::Binary { .. })
        ));
    }
}
