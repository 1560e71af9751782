//! Just enough English morphology for a word-level gist: plurals for reduplicated and counted
//! nouns, past participles for Indonesian passives (`dikutip` -> `quoted`), gerunds for
//! nominalised verbs (`pengiriman` -> `sending`), agent nouns (`penulis` -> `writer`) and
//! superlatives (`terbesar` -> `biggest`). Rules plus small irregular tables; a reviewer reads
//! the result, so "roughly right" is the standard.

/// Irregular past participles, by base form.
const IRREGULAR_PARTICIPLES: &[(&str, &str)] = &[
    ("arise", "arisen"),
    ("awake", "awoken"),
    ("be", "been"),
    ("bear", "borne"),
    ("beat", "beaten"),
    ("become", "become"),
    ("begin", "begun"),
    ("bend", "bent"),
    ("bet", "bet"),
    ("bind", "bound"),
    ("bite", "bitten"),
    ("bleed", "bled"),
    ("blow", "blown"),
    ("break", "broken"),
    ("breed", "bred"),
    ("bring", "brought"),
    ("broadcast", "broadcast"),
    ("build", "built"),
    ("burn", "burnt"),
    ("burst", "burst"),
    ("buy", "bought"),
    ("catch", "caught"),
    ("choose", "chosen"),
    ("cling", "clung"),
    ("come", "come"),
    ("cost", "cost"),
    ("creep", "crept"),
    ("cut", "cut"),
    ("deal", "dealt"),
    ("dig", "dug"),
    ("do", "done"),
    ("draw", "drawn"),
    ("drink", "drunk"),
    ("drive", "driven"),
    ("eat", "eaten"),
    ("fall", "fallen"),
    ("feed", "fed"),
    ("feel", "felt"),
    ("fight", "fought"),
    ("find", "found"),
    ("flee", "fled"),
    ("fly", "flown"),
    ("forbid", "forbidden"),
    ("forecast", "forecast"),
    ("foresee", "foreseen"),
    ("forget", "forgotten"),
    ("forgive", "forgiven"),
    ("freeze", "frozen"),
    ("get", "got"),
    ("give", "given"),
    ("go", "gone"),
    ("grind", "ground"),
    ("grow", "grown"),
    ("hang", "hung"),
    ("have", "had"),
    ("hear", "heard"),
    ("hide", "hidden"),
    ("hit", "hit"),
    ("hold", "held"),
    ("hurt", "hurt"),
    ("keep", "kept"),
    ("kneel", "knelt"),
    ("know", "known"),
    ("lay", "laid"),
    ("lead", "led"),
    ("leave", "left"),
    ("lend", "lent"),
    ("let", "let"),
    ("lie", "lain"),
    ("light", "lit"),
    ("lose", "lost"),
    ("make", "made"),
    ("mean", "meant"),
    ("meet", "met"),
    ("mislead", "misled"),
    ("overcome", "overcome"),
    ("overtake", "overtaken"),
    ("pay", "paid"),
    ("put", "put"),
    ("quit", "quit"),
    ("read", "read"),
    ("rebuild", "rebuilt"),
    ("repay", "repaid"),
    ("ride", "ridden"),
    ("ring", "rung"),
    ("rise", "risen"),
    ("run", "run"),
    ("say", "said"),
    ("see", "seen"),
    ("seek", "sought"),
    ("sell", "sold"),
    ("send", "sent"),
    ("set", "set"),
    ("shake", "shaken"),
    ("shed", "shed"),
    ("shine", "shone"),
    ("shoot", "shot"),
    ("show", "shown"),
    ("shut", "shut"),
    ("sing", "sung"),
    ("sink", "sunk"),
    ("sit", "sat"),
    ("sleep", "slept"),
    ("slide", "slid"),
    ("speak", "spoken"),
    ("spend", "spent"),
    ("split", "split"),
    ("spread", "spread"),
    ("stand", "stood"),
    ("steal", "stolen"),
    ("stick", "stuck"),
    ("sting", "stung"),
    ("strike", "struck"),
    ("swear", "sworn"),
    ("sweep", "swept"),
    ("swim", "swum"),
    ("swing", "swung"),
    ("take", "taken"),
    ("teach", "taught"),
    ("tear", "torn"),
    ("tell", "told"),
    ("think", "thought"),
    ("throw", "thrown"),
    ("undergo", "undergone"),
    ("understand", "understood"),
    ("undertake", "undertaken"),
    ("uphold", "upheld"),
    ("upset", "upset"),
    ("wake", "woken"),
    ("wear", "worn"),
    ("weep", "wept"),
    ("win", "won"),
    ("wind", "wound"),
    ("withdraw", "withdrawn"),
    ("withhold", "withheld"),
    ("withstand", "withstood"),
    ("write", "written"),
];

/// Irregular plurals.
const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("child", "children"),
    ("criterion", "criteria"),
    ("foot", "feet"),
    ("goose", "geese"),
    ("half", "halves"),
    ("knife", "knives"),
    ("leaf", "leaves"),
    ("life", "lives"),
    ("man", "men"),
    ("medium", "media"),
    ("mouse", "mice"),
    ("person", "people"),
    ("phenomenon", "phenomena"),
    ("self", "selves"),
    ("shelf", "shelves"),
    ("thief", "thieves"),
    ("tooth", "teeth"),
    ("wife", "wives"),
    ("wolf", "wolves"),
    ("woman", "women"),
];

/// Nouns that do not take a plural `-s` in English.
const UNCOUNTABLE: &[&str] = &[
    "advice",
    "aircraft",
    "alumni",
    "baggage",
    "cattle",
    "clothing",
    "data",
    "deer",
    "equipment",
    "evidence",
    "fish",
    "furniture",
    "hardware",
    "information",
    "knowledge",
    "livestock",
    "luggage",
    "media",
    "money",
    "news",
    "people",
    "per cent",
    "percent",
    "personnel",
    "police",
    "research",
    "rice",
    "series",
    "sheep",
    "software",
    "species",
    "staff",
    "traffic",
    "weaponry",
];

/// Irregular superlatives.
const IRREGULAR_SUPERLATIVES: &[(&str, &str)] = &[
    ("bad", "worst"),
    ("far", "furthest"),
    ("good", "best"),
    ("little", "least"),
    ("many", "most"),
    ("much", "most"),
    ("well", "best"),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Vowel groups, a rough syllable count (`visit` 2, `stop` 1).
fn syllables(word: &str) -> usize {
    let mut count = 0;
    let mut prev = false;
    for c in word.chars() {
        let v = is_vowel(c) || c == 'y';
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    // A silent final `e` (`large`, `make`) is not a syllable.
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count
}

/// Whether a one-syllable word ends consonant-vowel-consonant and doubles its last letter
/// before a vowel suffix (`stop` -> `stopped`, `big` -> `biggest`).
fn doubles_final(word: &str) -> bool {
    let c: Vec<char> = word.chars().collect();
    let n = c.len();
    n >= 3
        && syllables(word) == 1
        && !is_vowel(c[n - 1])
        && !matches!(c[n - 1], 'w' | 'x' | 'y')
        && is_vowel(c[n - 2])
        && !is_vowel(c[n - 3])
}

/// Applies `f` to the first word of a phrase: `carry out` -> `carried out`.
fn on_first_word(phrase: &str, f: impl Fn(&str) -> String) -> String {
    match phrase.split_once(' ') {
        Some((first, rest)) => format!("{} {rest}", f(first)),
        None => f(phrase),
    }
}

/// Applies `f` to the last word of a phrase: `armed force` -> `armed forces`.
fn on_last_word(phrase: &str, f: impl Fn(&str) -> String) -> String {
    match phrase.rsplit_once(' ') {
        Some((rest, last)) => format!("{rest} {}", f(last)),
        None => f(phrase),
    }
}

/// The plural of a noun phrase (its last word): `troop` -> `troops`, `country` -> `countries`,
/// `person` -> `people`, `crisis` -> `crises`. Uncountable and already plural nouns are kept.
pub fn plural(noun: &str) -> String {
    on_last_word(noun, |w| {
        let lower = w.to_lowercase();
        if let Some((_, p)) = IRREGULAR_PLURALS.iter().find(|(s, _)| *s == lower) {
            return (*p).to_string();
        }
        if UNCOUNTABLE.contains(&lower.as_str()) || !w.chars().all(|c| c.is_alphabetic()) {
            return w.to_string();
        }
        if let Some(stem) = w.strip_suffix("is") {
            return format!("{stem}es");
        }
        if w.ends_with("ss") || w.ends_with("us") || w.ends_with("as") {
            return format!("{w}es");
        }
        if w.ends_with('s') {
            return w.to_string();
        }
        if w.ends_with('x') || w.ends_with('z') || w.ends_with("ch") || w.ends_with("sh") {
            return format!("{w}es");
        }
        if let Some(stem) = w.strip_suffix('y') {
            if !stem.ends_with(is_vowel) {
                return format!("{stem}ies");
            }
        }
        format!("{w}s")
    })
}

/// The past participle of a verb phrase (its first word): `quote` -> `quoted`, `deploy` ->
/// `deployed`, `hold` -> `held`, `carry out` -> `carried out`.
pub fn past_participle(verb: &str) -> String {
    on_first_word(verb, |w| {
        if let Some((_, p)) = IRREGULAR_PARTICIPLES.iter().find(|(b, _)| *b == w) {
            return (*p).to_string();
        }
        if w.ends_with("ed") && w.len() > 4 {
            return w.to_string();
        }
        if w.ends_with('e') {
            return format!("{w}d");
        }
        if let Some(stem) = w.strip_suffix('y') {
            if !stem.ends_with(is_vowel) {
                return format!("{stem}ied");
            }
        }
        if doubles_final(w) {
            let last = w.chars().last().unwrap_or_default();
            return format!("{w}{last}ed");
        }
        format!("{w}ed")
    })
}

/// The `-ing` form of a verb phrase (its first word): `send` -> `sending`, `make` -> `making`,
/// `stop` -> `stopping`, `die` -> `dying`.
pub fn gerund(verb: &str) -> String {
    on_first_word(verb, |w| {
        // Already an -ing form, or a past form from a news-style gloss (`said`, `added`).
        let past = (w.ends_with("ed") && w.len() > 4)
            || IRREGULAR_PARTICIPLES
                .iter()
                .any(|(b, p)| *p == w && *b != w);
        if (w.ends_with("ing") && w.len() > 5) || past {
            return w.to_string();
        }
        if let Some(stem) = w.strip_suffix("ie") {
            return format!("{stem}ying");
        }
        if w.ends_with('e') && !w.ends_with("ee") && !w.ends_with("ye") && w.len() > 2 {
            return format!("{}ing", &w[..w.len() - 1]);
        }
        if doubles_final(w) {
            let last = w.chars().last().unwrap_or_default();
            return format!("{w}{last}ing");
        }
        format!("{w}ing")
    })
}

/// The agent noun of a one-word verb: `write` -> `writer`, `lead` -> `leader`, `plan` ->
/// `planner`. Phrases are returned unchanged.
pub fn agent(verb: &str) -> String {
    if verb.contains(' ') {
        return verb.to_string();
    }
    if verb.ends_with('e') {
        return format!("{verb}r");
    }
    if let Some(stem) = verb.strip_suffix('y') {
        if !stem.ends_with(is_vowel) {
            return format!("{stem}ier");
        }
    }
    if doubles_final(verb) {
        let last = verb.chars().last().unwrap_or_default();
        return format!("{verb}{last}er");
    }
    format!("{verb}er")
}

/// The superlative of an adjective: `big` -> `biggest`, `large` -> `largest`, `early` ->
/// `earliest`, `important` -> `most important`, `good` -> `best`.
pub fn superlative(adj: &str) -> String {
    if let Some((_, s)) = IRREGULAR_SUPERLATIVES.iter().find(|(a, _)| *a == adj) {
        return (*s).to_string();
    }
    if adj.contains(' ') || !adj.chars().all(|c| c.is_ascii_lowercase()) {
        return format!("most {adj}");
    }
    let syl = syllables(adj);
    if syl == 1 {
        if adj.ends_with('e') {
            return format!("{adj}st");
        }
        if doubles_final(adj) {
            let last = adj.chars().last().unwrap_or_default();
            return format!("{adj}{last}est");
        }
        return format!("{adj}est");
    }
    if syl == 2 {
        if let Some(stem) = adj.strip_suffix('y') {
            return format!("{stem}iest");
        }
    }
    format!("most {adj}")
}

/// The quality noun of an adjective: `serious` -> `seriousness`, `happy` -> `happiness`.
/// Phrases are returned unchanged.
pub fn ness(adj: &str) -> String {
    if adj.contains(' ') {
        return adj.to_string();
    }
    if let Some(stem) = adj.strip_suffix('y') {
        if !stem.ends_with(is_vowel) {
            return format!("{stem}iness");
        }
    }
    format!("{adj}ness")
}

/// `word` with its first letter upper-cased.
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Every word capitalised except short function words after the first: `defence minister` ->
/// `Defence Minister`, `house of representatives` -> `House of Representatives`.
pub fn title_case(phrase: &str) -> String {
    const SMALL: &[&str] = &[
        "of", "and", "the", "a", "an", "for", "in", "on", "to", "at", "or",
    ];
    phrase
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && SMALL.contains(&w) {
                w.to_string()
            } else {
                capitalise(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        assert_eq!(plural("troop"), "troops");
        assert_eq!(plural("country"), "countries");
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("person"), "people");
        assert_eq!(plural("crisis"), "crises");
        assert_eq!(plural("virus"), "viruses");
        assert_eq!(plural("box"), "boxes");
        assert_eq!(plural("armed forces"), "armed forces");
        assert_eq!(plural("defence minister"), "defence ministers");
        assert_eq!(plural("equipment"), "equipment");
        assert_eq!(plural("point"), "points");
    }

    #[test]
    fn participles() {
        assert_eq!(past_participle("quote"), "quoted");
        assert_eq!(past_participle("deploy"), "deployed");
        assert_eq!(past_participle("carry out"), "carried out");
        assert_eq!(past_participle("hold"), "held");
        assert_eq!(past_participle("stop"), "stopped");
        assert_eq!(past_participle("visit"), "visited");
        assert_eq!(past_participle("announce"), "announced");
    }

    #[test]
    fn other_forms() {
        assert_eq!(gerund("send"), "sending");
        assert_eq!(gerund("make"), "making");
        assert_eq!(gerund("stop"), "stopping");
        assert_eq!(gerund("die"), "dying");
        assert_eq!(gerund("see"), "seeing");
        assert_eq!(agent("write"), "writer");
        assert_eq!(agent("lead"), "leader");
        assert_eq!(agent("plan"), "planner");
        assert_eq!(superlative("big"), "biggest");
        assert_eq!(superlative("large"), "largest");
        assert_eq!(superlative("high"), "highest");
        assert_eq!(superlative("early"), "earliest");
        assert_eq!(superlative("important"), "most important");
        assert_eq!(superlative("good"), "best");
        assert_eq!(
            title_case("house of representatives"),
            "House of Representatives"
        );
        assert_eq!(ness("serious"), "seriousness");
        assert_eq!(ness("happy"), "happiness");
    }
}
