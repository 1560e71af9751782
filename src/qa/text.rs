//! The checks on text as a whole: `untranslated`, `omission`, `addition`, `length`,
//! `doubled-word`, `doubled-term`, `brackets`, `quotes`, `unknown-marker`.

use super::scan;
use super::Hit;
use crate::doc::Severity;
use std::ops::Range;

/// Frequent Indonesian function words that do not occur in English text.
const ID_STOPWORDS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak", "akan",
    "adalah", "dalam", "oleh", "juga", "karena", "sudah", "telah", "bahwa", "atau", "kami", "kita",
    "mereka", "saya", "ia", "dia", "ada", "bisa", "lebih", "para", "tersebut", "namun", "tetapi",
    "hanya", "masih", "menjadi", "sebagai", "seperti", "setelah", "sehingga", "secara", "agar",
    "kata", "ujar", "belum", "sangat", "serta", "jika", "kepada", "bagi", "antara", "sejak",
    "hingga", "saat", "akan", "pun", "nya", "sebuah", "seorang", "kembali", "banyak",
];

/// Frequent English function words.
const EN_STOPWORDS: &[&str] = &[
    "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "with", "as", "was", "by",
    "it", "be", "are", "at", "from", "this", "have", "has", "he", "she", "they", "not", "will",
    "an", "were", "which", "but", "or", "his", "her", "their", "said", "its", "been", "had",
    "would", "who", "we", "i", "you", "there", "about", "after", "also", "more", "than",
];

/// Length of English relative to Indonesian, in characters, on 767 one-to-one sentence pairs of
/// the development data (`align-dev-pud-sentences.jsonl`): median 0.92, and in log terms mean
/// -0.078, standard deviation 0.138. The band is the mean +- 4 standard deviations.
const LENGTH_RATIO_LOW: f64 = 0.53;
/// See [`LENGTH_RATIO_LOW`].
const LENGTH_RATIO_HIGH: f64 = 1.60;
/// The ratio's middle, for the `omission`/`addition` checks.
const LENGTH_RATIO_MEAN: f64 = 0.925;

/// Indonesian acronyms whose English differs; the glossary knows most of these, this covers the
/// rest so that `AS` rendered `US` is no omission.
const ACRONYM_EN: &[(&str, &[&str])] = &[
    (
        "AS",
        &["US", "U.S.", "United States", "America", "American"],
    ),
    ("PBB", &["UN", "U.N.", "United Nations"]),
    ("UE", &["EU", "European Union"]),
    ("RI", &["Indonesia", "Indonesian"]),
    ("WNI", &["Indonesian", "citizen"]),
    ("WNA", &["foreign"]),
    ("DPR", &["House", "DPR", "parliament", "Parliament"]),
    ("PD", &["World War", "WWI", "WWII"]),
    ("BBM", &["fuel"]),
    ("PM", &["Prime Minister", "prime minister", "PM"]),
    ("KTT", &["summit"]),
    ("SM", &["BC", "B.C.", "BCE"]),
    ("M", &["AD", "A.D.", "CE"]),
    ("LSM", &["NGO", "non-governmental"]),
    ("SAR", &["SAR", "search and rescue", "Search and Rescue"]),
    // Time zones after a clock time are the time check's; `local time` is its note.
    (
        "WIB",
        &["WIB", "Western Indonesia", "local time", "Jakarta time"],
    ),
    ("WITA", &["WITA", "Central Indonesia", "local time"]),
    ("WIT", &["WIT", "Eastern Indonesia", "local time"]),
];

fn lower_words(text: &str) -> Vec<String> {
    scan::words(text)
        .iter()
        .map(|w| w.text.to_lowercase())
        .collect()
}

/// The `untranslated` check; returns whether it fired.
pub(crate) fn untranslated(source: &str, target: &str, out: &mut Vec<Hit>) -> bool {
    let s = crate::doc::collapse_whitespace(source);
    let t = crate::doc::collapse_whitespace(target);
    let words = lower_words(&t);
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    if s == t && words.len() >= 2 && letters >= 8 && !lower_words(&s).is_empty() {
        // Only if the source reads as Indonesian (names and codes stay the same).
        let ids = words
            .iter()
            .filter(|w| ID_STOPWORDS.contains(&w.as_str()))
            .count();
        if ids >= 1 || words.len() >= 4 {
            out.push(Hit::new(
                "untranslated",
                Severity::Error,
                "the English is the Indonesian source, unchanged: translate it",
                0..source.len(),
                0..target.len(),
            ));
            return true;
        }
    }
    if words.len() < 4 {
        return false;
    }
    let id = words
        .iter()
        .filter(|w| ID_STOPWORDS.contains(&w.as_str()))
        .count();
    let en = words
        .iter()
        .filter(|w| EN_STOPWORDS.contains(&w.as_str()))
        .count();
    if id >= 2 && id > en * 2 && id * 6 >= words.len() {
        out.push(Hit::new(
            "untranslated",
            Severity::Error,
            format!(
                "the English is mostly Indonesian ({id} Indonesian function words, {en} English): translate it"
            ),
            0..source.len(),
            0..target.len(),
        ));
        return true;
    }
    false
}

/// The remaining text checks.
pub(crate) fn check(source: &str, target: &str, protected: &[Range<usize>], out: &mut Vec<Hit>) {
    let whole_s = 0..source.len();
    let whole_t = 0..target.len();
    let slen = source.chars().count() as f64;
    let tlen = target.chars().count() as f64;
    let ratio = tlen / slen.max(1.0);
    // Sentences dropped or added: a different sentence count and a length that agrees.
    let ss = crate::segment::sentences::split(source).len();
    let ts = crate::segment::sentences::split(target).len();
    let mut length_reported = false;
    if ts < ss && ratio < LENGTH_RATIO_MEAN {
        out.push(Hit::new(
            "omission",
            Severity::Warning,
            format!(
                "the source has {ss} sentences, the English {ts} and is short ({:.0}% of the source's length): a sentence may be missing",
                ratio * 100.0
            ),
            whole_s.clone(),
            whole_t.clone(),
        ));
        length_reported = true;
    } else if ts > ss && ratio > LENGTH_RATIO_MEAN * 1.35 {
        out.push(Hit::new(
            "addition",
            Severity::Warning,
            format!(
                "the source has {ss} sentence(s), the English {ts} and is long ({:.0}% of the source's length): check for added text",
                ratio * 100.0
            ),
            whole_s.clone(),
            whole_t.clone(),
        ));
        length_reported = true;
    }
    // Length ratio, for sentences long enough to have a stable ratio.
    if !length_reported && slen >= 20.0 {
        let expected = slen * LENGTH_RATIO_MEAN;
        let slack = 12.0;
        if (ratio < LENGTH_RATIO_LOW && tlen + slack < expected)
            || (ratio > LENGTH_RATIO_HIGH && tlen - slack > expected)
        {
            out.push(Hit::new(
                "length",
                Severity::Warning,
                format!(
                    "the English is {:.0}% of the source's length (usual: {:.0}%-{:.0}%): check for missing or added text",
                    ratio * 100.0,
                    LENGTH_RATIO_LOW * 100.0,
                    LENGTH_RATIO_HIGH * 100.0
                ),
                whole_s.clone(),
                whole_t.clone(),
            ));
        }
    }
    literal_items(source, target, out);
    names_and_acronyms(source, target, protected, out);
    quotation(source, target, out);
    doubled(target, out);
    doubled_terms(target, out);
    balance(source, target, out);
    markers(target, out);
}

/// URLs and e-mail addresses must come through unchanged.
fn literal_items(source: &str, target: &str, out: &mut Vec<Hit>) {
    let mut at = 0;
    for token in source.split_whitespace() {
        let start = at + source[at..].find(token).unwrap_or(0);
        at = start + token.len();
        let t = token.trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')' | '"' | '“' | '”' | ',' | ';' | '\'' | '<' | '>' | '[' | ']'
            )
        });
        let t = t.trim_end_matches(['.', ':', '!', '?']);
        let lower = t.to_lowercase();
        let what = if lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
        {
            "URL"
        } else if t.contains('@')
            && t.split('@').count() == 2
            && t.split('@').all(|p| !p.is_empty())
            && t.split('@').nth(1).is_some_and(|d| d.contains('.'))
        {
            "e-mail address"
        } else {
            continue;
        };
        if !target.to_lowercase().contains(&lower) {
            let off = start + token.find(t).unwrap_or(0);
            out.push(Hit::new(
                "omission",
                Severity::Error,
                format!("{what} `{t}` is missing from the English: copy it exactly"),
                off..off + t.len(),
                0..target.len(),
            ));
        }
    }
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars().all(|c| !c.is_lowercase())
        && w.chars().next().is_some_and(char::is_alphabetic)
}

/// Whether `word` (a name) is in the target: as written, or sharing its first letters with a
/// target word (`Belarusia`/`Belarus`, `Ukraina`/`Ukraine`).
fn name_in(word: &str, target_words: &[String]) -> bool {
    let w = word.to_lowercase();
    let w = w.strip_suffix("nya").filter(|s| s.len() >= 3).unwrap_or(&w);
    let prefix: String = w.chars().take(4).collect();
    target_words.iter().any(|t| {
        t == w
            || (prefix.chars().count() == 4 && t.starts_with(&prefix))
            || (w.chars().count() >= 5 && t.chars().count() >= 4 && w.starts_with(t.as_str()))
            // Indonesian spellings of foreign names: `Makedonia`/`Macedonia`, `Venesia`/`Venice`.
            || (w.chars().count() >= 3 && t.chars().count() >= 3 && levenshtein(w, t) <= 2)
    })
}

/// Edit distance in characters.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(row[j + 1])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// Capitalised Indonesian words that are not names, or names the English spells another way.
const NOT_NAMES: &[&str] = &[
    "presiden",
    "menteri",
    "wakil",
    "gubernur",
    "bupati",
    "wali",
    "kota",
    "provinsi",
    "kabupaten",
    "jalan",
    "bapak",
    "ibu",
    "pak",
    "bu",
    "tuan",
    "nyonya",
    "saudara",
    "kepala",
    "ketua",
    "direktur",
    "jenderal",
    "kapten",
    "letnan",
    "kolonel",
    "mayor",
    "sersan",
    "raja",
    "ratu",
    "pangeran",
    "perdana",
    "sekretaris",
    "dewan",
    "partai",
    "universitas",
    "sekolah",
    "rumah",
    "sakit",
    "pulau",
    "gunung",
    "sungai",
    "laut",
    "selat",
    "teluk",
    "danau",
    "negara",
    "kerajaan",
    "republik",
    "kementerian",
    "badan",
    "komisi",
    "pengadilan",
    "mahkamah",
    "tentara",
    "angkatan",
    "polisi",
    "kepolisian",
    "perang",
    "dunia",
    "barat",
    "timur",
    "utara",
    "selatan",
    "tengah",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "tuhan",
    "allah",
    "nabi",
    "santo",
    "gereja",
    "masjid",
    "istana",
    "gedung",
    "amerika",
    "serikat",
    "inggris",
    "jerman",
    "prancis",
    "perancis",
    "belanda",
    "jepang",
    "tiongkok",
    "cina",
    "korea",
    "spanyol",
    "italia",
    "yunani",
    "mesir",
    "arab",
    "saudi",
    "kanada",
    "meksiko",
    "brasil",
    "afrika",
    "eropa",
    "asia",
    "australia",
    "selandia",
    "baru",
    "rusia",
    "turki",
    "swedia",
    "swiss",
    "norwegia",
    "denmark",
    "finlandia",
    "polandia",
    "hongaria",
    "irlandia",
    "skotlandia",
    "belgia",
    "portugis",
    "portugal",
    "india",
    "pakistan",
    "filipina",
    "thailand",
    "vietnam",
    "malaysia",
    "singapura",
    "suriah",
    "irak",
    "iran",
    "israel",
    "palestina",
    "yordania",
    "libanon",
    "yaman",
    "austria",
    "kuba",
    "kristen",
    "islam",
    "muslim",
    "yahudi",
    "katolik",
    "protestan",
    "hindu",
    "buddha",
    "demokrat",
    "republikan",
    "senat",
    "kongres",
    "parlemen",
    "majelis",
    "kantor",
    "museum",
    "bandara",
    "stasiun",
    "pelabuhan",
    "hari",
    "tahun",
    "bulan",
    "abad",
    "zaman",
    "era",
    "perserikatan",
    "bangsa",
    "bangsa-bangsa",
    "uni",
    "kepulauan",
    "samudra",
    "samudera",
    "benua",
    "kaisar",
    "gereja",
    "teater",
    "festival",
    "piala",
    "liga",
    "olimpiade",
    "natal",
    "paskah",
    "lebaran",
    "idul",
    "fitri",
    "ramadan",
    "ramadhan",
    "tn",
    "ny",
    "sdr",
    "dr",
    "prof",
    "ir",
    "h",
    "hj",
    "mr",
    "mrs",
    "sir",
    "lord",
    "saint",
    "st",
    "the",
    "of",
    "and",
    "de",
    "van",
    "von",
    "al",
    "bin",
    "binti",
    "kamp",
    "desa",
    "kecamatan",
    "kelurahan",
    "daerah",
    "wilayah",
    "kawasan",
    "pusat",
    "nasional",
    "internasional",
    "umum",
    "agung",
    "tinggi",
    "besar",
    "kecil",
    "raya",
    "anda",
    "kita",
    "bahasa",
    "bumi",
    "musim",
    "dingin",
    "panas",
    "suku",
    "asli",
    "surat",
    "kabar",
    "biro",
    "pegunungan",
    "kekaisaran",
    "tembok",
    "menara",
    "pertandingan",
    "perwakilan",
    "rahasia",
    "aliansi",
    "pembebasan",
    "koalisi",
    "kedutaan",
    "biara",
    "luar",
    "angkasa",
    "buruh",
    "bagian",
    "pertama",
    "kedua",
    "ketiga",
    "puluh",
    "zaman",
    "perunggu",
    "pertengahan",
    "bersatu",
    "independen",
    "pantai",
    "taman",
    "lembah",
    "tanjung",
    "bukit",
    "hutan",
    "gurun",
];

/// A Roman numeral of I, V and X, with a year or number joined by a hyphen (`III`,
/// `III-2022`, `XIV`): a quarter, a volume or a unit's number (`Kodam III`), which English
/// writes as an ordinal or in figures, not an acronym. Numerals with L, C, D or M are left out:
/// they spell acronyms (`MD`, `DI`, `CV`).
fn roman_numeral(w: &str) -> bool {
    let numeral = w.split_once('-').map_or(w, |(r, rest)| {
        if rest.chars().all(|c| c.is_ascii_digit()) {
            r
        } else {
            w
        }
    });
    !numeral.is_empty() && numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Names and acronyms of the source that do not appear in the English.
fn names_and_acronyms(source: &str, target: &str, protected: &[Range<usize>], out: &mut Vec<Hit>) {
    let words = scan::words(source);
    let twords = lower_words(target);
    let sentence_starts: Vec<usize> = crate::segment::sentences::split(source)
        .iter()
        .map(|r| r.start)
        .collect();
    let inside = |w: &scan::Word| {
        protected
            .iter()
            .any(|p| p.start <= w.start && w.end <= p.end)
    };
    let mut reported = std::collections::HashSet::new();
    // A headline capitalises every word: most words of three letters or more capitalised.
    let long: Vec<&scan::Word> = words
        .iter()
        .filter(|w| w.text.chars().count() >= 3)
        .collect();
    let headline = long.len() >= 4
        && long
            .iter()
            .filter(|w| w.text.starts_with(|c: char| c.is_uppercase()))
            .count()
            * 10
            >= long.len() * 7;
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        if inside(&w) || w.text.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            k += 1;
            continue;
        }
        // A company's legal form (`PT Pertamina`, `CV Maju`) English news leaves out.
        if matches!(w.text, "PT" | "CV") {
            k += 1;
            continue;
        }
        if is_acronym(w.text)
            && w.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !roman_numeral(w.text)
        {
            // `Sekolah Menengah Pertama (SMP)`: an acronym in brackets after the words it
            // abbreviates repeats them; the English of the words is its rendering.
            let bracketed = source[..w.start].trim_end().ends_with('(')
                && source[w.end..].trim_start().starts_with(')');
            let before: Vec<&str> = words[k.saturating_sub(8)..k]
                .iter()
                .map(|x| x.text)
                .collect();
            let defined = bracketed
                && (1..=before.len()).any(|n| {
                    crate::glossary::suggest::acronym_of(w.text, &before[before.len() - n..])
                });
            let found = defined
                || target.contains(w.text)
                || ACRONYM_EN
                    .iter()
                    .find(|(a, _)| *a == w.text)
                    .is_some_and(|(_, ens)| ens.iter().any(|e| target.contains(e)));
            if !found && reported.insert(w.text.to_string()) {
                out.push(Hit::new(
                    "omission",
                    Severity::Warning,
                    format!(
                        "acronym `{}` is not in the English: keep it or check that what it names is translated",
                        w.text
                    ),
                    w.start..w.end,
                    0..target.len(),
                ));
            }
            k += 1;
            continue;
        }
        // A run of capitalised words not opening a sentence or a quotation: a name.
        let capital = |x: &scan::Word| {
            x.text.starts_with(|c: char| c.is_uppercase())
                && x.text.chars().any(char::is_lowercase)
                && !NOT_NAMES.contains(&x.text.to_lowercase().as_str())
        };
        if !capital(&w) {
            k += 1;
            continue;
        }
        let at_start = sentence_starts.contains(&w.start)
            || source[..w.start]
                .trim_end()
                .ends_with(['"', '“', '‘', '\'', '(', ':', '-', '—', '–']);
        let mut j = k;
        while j + 1 < words.len() && capital(&words[j + 1]) && !inside(&words[j + 1]) {
            let gap = &source[words[j].end..words[j + 1].start];
            if gap != " " {
                break;
            }
            j += 1;
        }
        let run = &words[k..=j];
        let run = if at_start { &run[1..] } else { run };
        // Title case over ordinary words is a headline (`Juga Bakal Dibubarkan`), not a name:
        // Indonesian names do not hold function words or affixed verbs.
        if run.iter().any(|x| ordinary_word(x.text)) || headline {
            k = j + 1;
            continue;
        }
        // A single capitalised word is as often a translated noun (`Bumi`, `Bahasa`) or an
        // Indonesian spelling (`Karibia`) as a name: only runs of two or more are looked for.
        if run.len() < 2 {
            k = j + 1;
            continue;
        }
        let any_found = run.iter().any(|x| name_in(x.text, &twords));
        if !any_found
            && run.iter().any(|x| x.text.chars().count() >= 3)
            && !translated_name(run, &twords)
        {
            let span = run[0].start..run[run.len() - 1].end;
            let name = &source[span.clone()];
            if reported.insert(name.to_string()) {
                out.push(Hit::new(
                    "omission",
                    Severity::Warning,
                    format!("name `{name}` is not in the English: check it was not dropped"),
                    span,
                    0..target.len(),
                ));
            }
        }
        k = j + 1;
    }
}

/// Whether a capitalised run is made of common Indonesian words that the English renders
/// (`Rapat Koordinasi` -> `Coordination Meeting`, `Balai Desa` -> `village hall`): the name of
/// an event, a building or a body, which is translated, not kept. Every word must be a
/// dictionary word with an English gloss (a person's or a place's own name is not), and the
/// English must have the glosses of at least half of them, as words (`hope` is not found in
/// `hopefully`).
fn translated_name(run: &[scan::Word], target_words: &[String]) -> bool {
    let lexicon = crate::lexicon::Lexicon::embedded();
    let mut glossed = 0;
    for w in run {
        let Some(entry) = lexicon.get(&crate::lexicon::normalise(w.text)) else {
            return false;
        };
        if entry.english.is_empty() {
            return false;
        }
        let rendered = entry
            .english
            .split(|c: char| !c.is_alphabetic())
            .filter(|g| g.chars().count() >= 3)
            .map(str::to_lowercase)
            .any(|g| {
                target_words.iter().any(|t| {
                    t.strip_prefix(g.as_str())
                        .is_some_and(|rest| matches!(rest, "" | "s" | "es" | "'s" | "’s"))
                })
            });
        glossed += usize::from(rendered);
    }
    glossed * 2 >= run.len()
}

/// An Indonesian function word or a verb with its affixes (`dibubarkan`, `menyerahkan`,
/// `berlangsung`): a capitalised one is a headline's, not part of a name.
fn ordinary_word(word: &str) -> bool {
    let w = word.to_lowercase();
    if ID_STOPWORDS.contains(&w.as_str())
        || matches!(
            w.as_str(),
            "bakal" | "akan" | "soal" | "usai" | "jadi" | "kok"
        )
    {
        return true;
    }
    let prefixed = [
        "di", "me", "ber", "ter", "mem", "men", "meng", "meny", "diper", "memper",
    ]
    .iter()
    .any(|p| w.starts_with(p));
    let suffixed = ["kan", "nya"].iter().any(|x| w.ends_with(x));
    prefixed && suffixed && w.chars().count() >= 7
}

const QUOTE_CHARS: &[char] = &['"', '“', '”', '„', '«', '»', '‘', '’'];

/// A quotation of three or more words in the source needs quotation marks in the English.
fn quotation(source: &str, target: &str, out: &mut Vec<Hit>) {
    let open = source.find(['"', '“']);
    let Some(open) = open else {
        return;
    };
    let open_len = source[open..].chars().next().map_or(1, char::len_utf8);
    let rest = &source[open + open_len..];
    let close = rest.find(['"', '”']).unwrap_or(rest.len());
    let quoted = &rest[..close];
    if quoted.split_whitespace().count() < 3 {
        return;
    }
    let has = target.contains(['"', '“', '”', '«', '»']) || target.matches(['‘', '’']).count() >= 2;
    if !has {
        let _ = QUOTE_CHARS;
        out.push(Hit::new(
            "omission",
            Severity::Warning,
            "the source quotes someone but the English has no quotation marks: check the quotation is there",
            open..open + open_len + close,
            0..target.len(),
        ));
    }
}

/// `the the`: the same word twice in a row.
fn doubled(target: &str, out: &mut Vec<Hit>) {
    let words = scan::words(target);
    for pair in words.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if !a.text.eq_ignore_ascii_case(b.text)
            || target[a.end..b.start].trim() != ""
            || !a.text.chars().all(char::is_alphabetic)
            || matches!(
                a.text.to_lowercase().as_str(),
                "had" | "that" | "is" | "bye" | "ha" | "no"
            )
        {
            continue;
        }
        out.push(Hit::new(
            "doubled-word",
            Severity::Warning,
            format!("`{} {}`: the word is doubled; delete one", a.text, b.text),
            0..0,
            a.start..b.end,
        ));
    }
}

/// A term written twice: a bracket that repeats what stands before it (`United Nations (UN)
/// (United Nations (UN))`, `Kopassus (Kopassus)`), the same bracket twice (`(UN) (UN)`), or a
/// run of two or more words repeated at once (`House of Representatives House of
/// Representatives`). Machine output does this when a term and its acronym are both replaced;
/// no correct English does, so the bracket forms are errors.
fn doubled_terms(target: &str, out: &mut Vec<Hit>) {
    let words = scan::words(target);
    let same = |a: &[scan::Word], b: &[scan::Word]| {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| x.text.eq_ignore_ascii_case(y.text))
    };
    let mut reported_until = 0;
    for (open, _) in target.match_indices('(') {
        let Some(inner) = bracket_content(&target[open..]) else {
            continue;
        };
        let close = open + inner.len() + 2;
        let inner_words: Vec<scan::Word> = words
            .iter()
            .copied()
            .filter(|w| w.start > open && w.end < close)
            .collect();
        let before: Vec<scan::Word> = words.iter().copied().filter(|w| w.end <= open).collect();
        // The bracket before this one, when nothing but space separates them.
        let prev_bracket = target[..open]
            .trim_end()
            .strip_suffix(')')
            .and_then(|head| head.rfind('('))
            .and_then(|p| bracket_content(&target[p..]).map(|c| (p, c)))
            .filter(|(p, c)| target[p + c.len() + 2..open].trim().is_empty());
        let repeated_bracket = prev_bracket.is_some_and(|(_, c)| c.trim() == inner.trim());
        let n = inner_words.len().clamp(1, 4);
        let repeats_before = !inner_words.is_empty()
            && before.len() >= n
            && same(&before[before.len() - n..], &inner_words[..n])
            && (n >= 2 || inner.trim() == inner_words[0].text)
            && target[before[before.len() - 1].end..open]
                .trim_matches(|c: char| c == ')' || c.is_whitespace())
                .is_empty();
        // The whole bracket repeats the text before it (`United Nations (UN) (United
        // Nations (UN))`).
        let head = target[..open].trim_end();
        let repeats_text = inner.trim().chars().count() >= 2
            && head.ends_with(inner.trim())
            && head[..head.len() - inner.trim().len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
        if (repeated_bracket || repeats_before || repeats_text) && open >= reported_until {
            let start = if repeats_text {
                head.len() - inner.trim().len()
            } else {
                prev_bracket
                    .filter(|_| repeated_bracket)
                    .map_or_else(|| before[before.len() - n].start, |(p, _)| p)
            };
            out.push(Hit::new(
                "doubled-term",
                Severity::Error,
                format!(
                    "`{}`: the term is written twice; keep one",
                    &target[start..close]
                ),
                0..0,
                start..close,
            ));
            reported_until = close;
        }
    }
    // The same run of 2-6 words twice in a row.
    let mut i = 0;
    while i < words.len() {
        let mut step = 1;
        for n in (2..=6).rev() {
            if i + 2 * n > words.len() || words[i + n].start < reported_until {
                continue;
            }
            let (a, b) = (&words[i..i + n], &words[i + n..i + 2 * n]);
            let gaps_plain = words[i..i + 2 * n]
                .windows(2)
                .all(|p| target[p[0].end..p[1].start].trim().is_empty());
            if same(a, b) && gaps_plain && a.iter().any(|w| w.text.chars().count() >= 3) {
                let span = a[0].start..b[n - 1].end;
                out.push(Hit::new(
                    "doubled-term",
                    Severity::Warning,
                    format!(
                        "`{}`: the words are doubled; delete one",
                        &target[span.clone()]
                    ),
                    0..0,
                    span,
                ));
                step = 2 * n;
                break;
            }
        }
        i += step;
    }
}

/// The text inside the bracket `text` opens with (`(` at byte 0), nested brackets included.
fn bracket_content(text: &str) -> Option<&str> {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&text[1..i]);
                }
            }
            _ => {}
        }
    }
    None
}

/// How far `text` is from balanced for an open/close pair (positive: unclosed).
fn imbalance(text: &str, open: char, close: char) -> i64 {
    text.matches(open).count() as i64 - text.matches(close).count() as i64
}

/// Unbalanced brackets and quotes in the English where the source is balanced (a quotation
/// spanning several sentences leaves each sentence unbalanced on both sides: not reported).
fn balance(source: &str, target: &str, out: &mut Vec<Hit>) {
    for (open, close) in [('(', ')'), ('[', ']')] {
        let t = imbalance(target, open, close);
        if t != 0 && imbalance(source, open, close) != t {
            out.push(Hit::new(
                "brackets",
                Severity::Warning,
                format!(
                    "unbalanced `{open}{close}` in the English ({} more `{}`): close or remove it",
                    t.abs(),
                    if t > 0 { open } else { close }
                ),
                0..source.len(),
                bracket_span(target, if t > 0 { open } else { close }),
            ));
        }
    }
    let curly_t = imbalance(target, '“', '”');
    let straight_t = target.matches('"').count() % 2;
    let total_s = (source.matches(['"', '“', '”']).count() % 2) as i64;
    let total_t = (target.matches(['"', '“', '”']).count() % 2) as i64;
    if (curly_t != 0 || straight_t != 0) && total_t != total_s {
        out.push(Hit::new(
            "quotes",
            Severity::Warning,
            "unbalanced quotation marks in the English: close the quotation or remove the stray mark",
            0..source.len(),
            bracket_span(target, if curly_t != 0 { '“' } else { '"' }),
        ));
    }
}

fn bracket_span(text: &str, c: char) -> Range<usize> {
    text.rfind(c).map_or(0..text.len(), |i| i..i + c.len_utf8())
}

/// `*word` markers the offline backend leaves on unknown words.
fn markers(target: &str, out: &mut Vec<Hit>) {
    let mut prev: Option<char> = None;
    for (i, c) in target.char_indices() {
        if c == '*'
            && prev.is_none_or(|p| !p.is_alphanumeric() && p != '*')
            && target[i + 1..].starts_with(|n: char| n.is_alphabetic())
        {
            let end = target[i + 1..]
                .char_indices()
                .find(|(_, n)| !n.is_alphanumeric() && *n != '-')
                .map_or(target.len(), |(k, _)| i + 1 + k);
            // `*emphasis*` is Markdown, not a marker.
            if !target[end..].starts_with('*') {
                out.push(Hit::new(
                    "unknown-marker",
                    Severity::Warning,
                    format!(
                        "`{}` is an unknown word the offline backend marked: translate it and remove the `*`",
                        &target[i..end]
                    ),
                    0..0,
                    i..end,
                ));
            }
        }
        prev = Some(c);
    }
}
