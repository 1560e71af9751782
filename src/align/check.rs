//! Checks that two texts can be aligned at all: neither side empty, not the same text twice,
//! lengths of the same order, Indonesian on one side and English on the other.
//!
//! The language guess is deliberately cheap: the share of running words that are among the
//! most frequent function words of each language (Indonesian `yang dan di ini itu dengan
//! untuk`, English `the and of to in is that`). News text of a few sentences is decided with
//! certainty; a text with too few such words is left undecided rather than guessed.

use std::fmt;

/// A language the guess can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Indonesian.
    Indonesian,
    /// English.
    English,
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Lang::Indonesian => "Indonesian",
            Lang::English => "English",
        })
    }
}

const ID_WORDS: &[&str] = &[
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada",
    "ke", "adalah", "juga", "oleh", "telah", "karena", "bahwa", "mereka", "sudah", "kata", "saat",
    "bisa", "atau", "ada", "kami", "tersebut", "para", "seperti",
];

const EN_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "are", "as", "by",
    "it", "at", "from", "has", "have", "he", "said", "be", "were", "this", "which", "will", "an",
    "not", "their", "its",
];

/// Guesses whether `text` is Indonesian or English; `None` when it has too few of either
/// language's function words to tell (fewer than three), or as many of both.
pub fn guess_language(text: &str) -> Option<Lang> {
    let (mut id, mut en) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 8 {
            continue;
        }
        let w = word.to_lowercase();
        id += usize::from(ID_WORDS.contains(&w.as_str()));
        en += usize::from(EN_WORDS.contains(&w.as_str()));
    }
    if id.max(en) < 3 {
        return None;
    }
    if id > 2 * en {
        Some(Lang::Indonesian)
    } else if en > 2 * id {
        Some(Lang::English)
    } else {
        None
    }
}

/// Why two texts cannot be aligned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PairError {
    /// One side has no text.
    #[error("{path} has no text to align")]
    Empty {
        /// The file.
        path: String,
    },
    /// Both sides are the same file or the same text.
    #[error("{source_path} and {target_path} are the same text: give the Indonesian article and its English translation")]
    Same {
        /// The Indonesian file.
        source_path: String,
        /// The English file.
        target_path: String,
    },
    /// Both sides in the same language, or the two the wrong way round.
    #[error("{message}")]
    Language {
        /// What was found.
        message: String,
    },
    /// One side is far longer than the other.
    #[error("{target_path} has {target_chars} characters against {source_chars} in {source_path} ({ratio:.2} times as long): these are not one article and its translation")]
    Lengths {
        /// The Indonesian file.
        source_path: String,
        /// The English file.
        target_path: String,
        /// Characters of the Indonesian text.
        source_chars: usize,
        /// Characters of the English text.
        target_chars: usize,
        /// English over Indonesian.
        ratio: f64,
    },
}

/// The English text may be at most this many times as long as the Indonesian, or its inverse
/// as short (English news runs at about 0.9 times its Indonesian version).
pub const MAX_LENGTH_RATIO: f64 = 3.0;

/// Checks a pair before aligning: `source` should be Indonesian, `target` English.
pub fn check_pair(
    source_path: &str,
    source: &str,
    target_path: &str,
    target: &str,
) -> Result<(), PairError> {
    for (path, text) in [(source_path, source), (target_path, target)] {
        if text.trim().is_empty() {
            return Err(PairError::Empty {
                path: path.to_string(),
            });
        }
    }
    if source.trim() == target.trim() {
        return Err(PairError::Same {
            source_path: source_path.to_string(),
            target_path: target_path.to_string(),
        });
    }
    let (ls, lt) = (guess_language(source), guess_language(target));
    let message = match (ls, lt) {
        (Some(Lang::English), Some(Lang::Indonesian)) => Some(format!(
            "{source_path} looks English and {target_path} Indonesian: give the Indonesian article first, then its English translation"
        )),
        (Some(a), Some(b)) if a == b => Some(format!(
            "both {source_path} and {target_path} look {a}: give the Indonesian article and its English translation"
        )),
        (Some(Lang::English), None) => Some(format!(
            "{source_path} looks English: give the Indonesian article first, then its English translation"
        )),
        (None, Some(Lang::Indonesian)) => Some(format!(
            "{target_path} looks Indonesian, not English: give the Indonesian article first, then its English translation"
        )),
        _ => None,
    };
    if let Some(message) = message {
        return Err(PairError::Language { message });
    }
    let source_chars = source.chars().filter(|c| !c.is_whitespace()).count();
    let target_chars = target.chars().filter(|c| !c.is_whitespace()).count();
    let ratio = target_chars as f64 / source_chars.max(1) as f64;
    if !(1.0 / MAX_LENGTH_RATIO..=MAX_LENGTH_RATIO).contains(&ratio) {
        return Err(PairError::Lengths {
            source_path: source_path.to_string(),
            target_path: target_path.to_string(),
            source_chars,
            target_chars,
            ratio,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_news_languages() {
        assert_eq!(
            guess_language("Presiden mengatakan bahwa tentara Rusia dan Belarusia akan berlatih di perbatasan itu untuk menjaga keamanan."),
            Some(Lang::Indonesian)
        );
        assert_eq!(
            guess_language("The president said that the Russian and Belarusian troops will train on the border to keep it secure."),
            Some(Lang::English)
        );
        assert_eq!(guess_language("Jakarta, Minsk, Moskow."), None);
    }

    #[test]
    fn refuses_bad_pairs() {
        let id = "Presiden mengatakan bahwa tentara itu akan berlatih di perbatasan dengan Rusia untuk menjaga keamanan.";
        let en = "The president said that the troops will train on the border with Russia to keep it secure.";
        assert!(check_pair("a.txt", id, "b.txt", en).is_ok());
        assert!(matches!(
            check_pair("a.txt", id, "b.txt", " \n"),
            Err(PairError::Empty { .. })
        ));
        assert!(matches!(
            check_pair("a.txt", id, "b.txt", id),
            Err(PairError::Same { .. })
        ));
        let e = check_pair(
            "a.txt",
            en,
            "b.txt",
            en.replace("Russia", "Belarus").as_str(),
        );
        assert!(
            matches!(&e, Err(PairError::Language { message }) if message.contains("both a.txt and b.txt look English")),
            "{e:?}"
        );
        assert!(matches!(
            check_pair("a.txt", en, "b.txt", id),
            Err(PairError::Language { .. })
        ));
        let long = en.repeat(4);
        assert!(matches!(
            check_pair("a.txt", id, "b.txt", &long),
            Err(PairError::Lengths { .. })
        ));
    }
}
