//! British and American spelling of English targets. Glossaries are written in British spelling
//! (`Defence Minister`), as most English-language Indonesian press does; `--spelling us` (or
//! `--to en-US`) asks for American. An entry's `us` column wins; otherwise the words below are
//! converted, preserving their capitalisation.

/// Which English spelling targets use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Spelling {
    /// `Defence`, `programme`, `organisation`.
    #[default]
    British,
    /// `Defense`, `program`, `organization`.
    American,
}

impl Spelling {
    /// From a target language code: `en-US` is American, any other English British.
    pub fn for_target(lang: &str) -> Spelling {
        if lang.eq_ignore_ascii_case("en-us") {
            Spelling::American
        } else {
            Spelling::British
        }
    }
}

/// British -> American for the words that come up in news glossaries.
const WORDS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("centre", "center"),
    ("centres", "centers"),
    ("metre", "meter"),
    ("metres", "meters"),
    ("kilometre", "kilometer"),
    ("kilometres", "kilometers"),
    ("labour", "labor"),
    ("harbour", "harbor"),
    ("honour", "honor"),
    ("honours", "honors"),
    ("favour", "favor"),
    ("neighbour", "neighbor"),
    ("neighbouring", "neighboring"),
    ("colour", "color"),
    ("armour", "armor"),
    ("armoured", "armored"),
    ("behaviour", "behavior"),
    ("organisation", "organization"),
    ("organisations", "organizations"),
    ("organised", "organized"),
    ("organise", "organize"),
    ("mobilisation", "mobilization"),
    ("modernisation", "modernization"),
    ("militarisation", "militarization"),
    ("normalisation", "normalization"),
    ("stabilisation", "stabilization"),
    ("privatisation", "privatization"),
    ("authorisation", "authorization"),
    ("recognise", "recognize"),
    ("recognised", "recognized"),
    ("analyse", "analyze"),
    ("catalogue", "catalog"),
    ("travelled", "traveled"),
    ("counsellor", "counselor"),
    ("jewellery", "jewelry"),
    ("cheque", "check"),
    ("tyre", "tire"),
    ("aluminium", "aluminum"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("paediatric", "pediatric"),
    ("anaesthesia", "anesthesia"),
    ("fulfil", "fulfill"),
    ("enrolment", "enrollment"),
    ("judgement", "judgment"),
];

/// Converts British spellings in `text` to American, keeping each word's capitalisation.
pub fn to_american(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        let lower = word.to_lowercase();
        match WORDS.iter().find(|(gb, _)| *gb == lower) {
            Some((_, us)) => out.push_str(&match_case(word, us)),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn match_case(model: &str, word: &str) -> String {
    if model.chars().all(|c| !c.is_lowercase()) {
        word.to_uppercase()
    } else if model.starts_with(char::is_uppercase) {
        let mut chars = word.chars();
        chars
            .next()
            .map(|f| f.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_and_keeps_case() {
        assert_eq!(to_american("Defence Minister"), "Defense Minister");
        assert_eq!(
            to_american("the DEFENCE organisation's programme"),
            "the DEFENSE organization's program"
        );
        assert_eq!(to_american("Defenceless"), "Defenceless");
        assert_eq!(Spelling::for_target("en-US"), Spelling::American);
        assert_eq!(Spelling::for_target("en"), Spelling::British);
    }
}
