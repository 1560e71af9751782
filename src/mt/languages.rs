//! Which language pairs each backend can translate, checked before anything is read, sent or
//! written: an unsupported pair is a usage error (exit 2) naming what is supported, never a
//! review file of empty segments after a failed run.
//!
//! The source is always Indonesian: the segmenter, the glossaries and the QA checks are
//! Indonesian-specific. Targets: the offline backend writes English; DeepL has a fixed list of
//! target languages; Apertium has Indonesian to Malay (`ind|zlm`) only; the other services
//! (Google, Azure, LibreTranslate, an LLM, an external command) decide for themselves, so any
//! well-formed language code is passed on.

use super::LangPair;

/// DeepL's target languages (`/v3/languages?resource=translate`, 2026), lower-cased; `en` and
/// `pt` alone are accepted and sent with a default variant.
const DEEPL_TARGETS: &[&str] = &[
    "ar", "bg", "cs", "da", "de", "el", "en", "en-gb", "en-us", "es", "es-419", "et", "fi", "fr",
    "he", "hu", "id", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt", "pt-br", "pt-pt", "ro",
    "ru", "sk", "sl", "sv", "th", "tr", "uk", "vi", "zh", "zh-hans", "zh-hant",
];

/// Whether `code` is shaped like a BCP 47 language tag: a 2-3 letter language, then optional
/// subtags of 2-8 letters or digits (`en`, `en-GB`, `zh-Hant`, `es-419`).
fn well_formed(code: &str) -> bool {
    let mut parts = code.split(['-', '_']);
    let lang = parts.next().unwrap_or("");
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Checks that `backend` can translate `langs`; the error says what is supported.
pub fn check(backend: &str, langs: &LangPair) -> Result<(), String> {
    let from = langs.from.trim();
    if !from.eq_ignore_ascii_case("id") && !from.eq_ignore_ascii_case("ind") {
        return Err(format!(
            "--from {from}: terjemah translates from Indonesian (`id`) only: its segmenter, glossaries and checks are Indonesian"
        ));
    }
    let to = langs.to.trim();
    if !well_formed(to) {
        return Err(format!(
            "--to {to}: not a language code; use a code such as `en`, `en-GB` or `en-US`"
        ));
    }
    let lower = to.to_ascii_lowercase().replace('_', "-");
    let supported = match backend {
        "offline" => matches!(lower.as_str(), "en" | "en-gb" | "en-us"),
        "deepl" => DEEPL_TARGETS.contains(&lower.as_str()),
        "apertium" => matches!(lower.as_str(), "ms" | "msa" | "zlm"),
        _ => true,
    };
    if supported {
        return Ok(());
    }
    let what = match backend {
        "offline" => "Indonesian to English only (`en`, `en-GB`, `en-US`)".to_string(),
        "deepl" => format!("these targets: {}", DEEPL_TARGETS.join(", ")),
        "apertium" => "Indonesian to Malay only (`--to ms`; APy's `ind|zlm`)".to_string(),
        _ => String::new(),
    };
    Err(format!(
        "backend `{backend}` cannot translate into `{to}`: it translates {what}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(from: &str, to: &str) -> LangPair {
        LangPair {
            from: from.into(),
            to: to.into(),
        }
    }

    #[test]
    fn what_each_backend_accepts() {
        assert!(check("offline", &pair("id", "en-US")).is_ok());
        assert!(check("offline", &pair("id", "fr"))
            .unwrap_err()
            .contains("Indonesian to English only"));
        assert!(check("deepl", &pair("id", "fr")).is_ok());
        assert!(check("deepl", &pair("id", "xx")).is_err());
        assert!(check("apertium", &pair("id", "ms")).is_ok());
        assert!(check("apertium", &pair("id", "en")).is_err());
        assert!(check("google", &pair("id", "fr")).is_ok());
        for backend in ["offline", "deepl", "google", "openai", "command"] {
            assert!(check(backend, &pair("id", "english"))
                .unwrap_err()
                .contains("not a language code"));
            assert!(check(backend, &pair("en", "en"))
                .unwrap_err()
                .contains("Indonesian (`id`) only"));
        }
    }
}
