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

/// Reads `path` and decodes it with [`decode`].
pub fn read_file(path: &std::path::Path) -> Result<Decoded, ReadError> {
    let name = || path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: name(),
        source,
    })?;
    decode(&bytes).map_err(|source| ReadError::Decode {
        path: name(),
        source,
    })
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
        "looks like binary data, not text (byte {offset} is 0x{byte:02x}); give a UTF-8 text file"
    )]
    Binary {
        /// Offset of the first offending byte.
        offset: usize,
        /// The byte.
        byte: u8,
    },
}

/// Decodes `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        if let Ok(text) = std::str::from_utf8(rest) {
            check_text(text.as_bytes())?;
            return Ok(Decoded {
                text: text.to_string(),
                notice: None,
            });
        }
    }
    for (bom, enc) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE),
    ] {
        if bytes.starts_with(bom) {
            let (text, _, had_errors) = enc.decode(bytes);
            if !had_errors {
                check_text(text.as_bytes())?;
                return Ok(Decoded {
                    text: text.into_owned(),
                    notice: Some(format!("decoded as {} (byte-order mark)", enc.name())),
                });
            }
        }
    }
    check_text(bytes)?;
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            notice: None,
        }),
        Err(e) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Ok(Decoded {
                text: text.into_owned(),
                notice: Some(format!(
                    "not valid UTF-8 (first bad byte 0x{:02x} on line {line}); decoded as Windows-1252",
                    bytes[at]
                )),
            })
        }
    }
}

/// Refuses NUL bytes and text where control characters are more than a trace.
fn check_text(bytes: &[u8]) -> Result<(), DecodeError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset, byte: 0 });
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
    fn binary_is_refused() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            Err(DecodeError::Binary { .. })
        ));
    }
}
