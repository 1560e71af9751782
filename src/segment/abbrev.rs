//! Word lists the sentence rules consult: Indonesian (and common foreign) abbreviations, by how
//! they behave at a full stop, and the function words that only start a sentence when capitalised.
//!
//! The abbreviations are data (`data/segment/abbreviations.tsv`, each with its source); the
//! function words are lists here. Both are consulted only at a candidate full stop, so a lookup
//! costs nothing measurable, and both stay readable for a translator who wants to add one.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// How an abbreviation behaves at its full stop (the `class` column of
/// `data/segment/abbreviations.tsv`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    /// Stands before a name, number or place and never ends a sentence: titles (`Dr.`, `dr.`,
    /// `Prof.`, `H.`, `Hj.`, `K.H.`, `Tn.`), ranks (`Kol.`, `Brigjen.`), references (`No.`,
    /// `Jl.`, `Kab.`, `hlm.`, `tgl.`), company forms before a name (`PT.`, `CV.`).
    Title,
    /// A noun that may close a sentence, but only before a word that plainly starts one
    /// (`dibawa ke RS. Ia ...` against `RS. Cipto Mangunkusumo`).
    Noun,
    /// Ends lists and company names (`dll.`, `dkk.`, `Tbk.`, `Inc.`): a capital after it
    /// starts a new sentence.
    ListEnd,
    /// An academic or professional degree written after a name (`S.H.`, `M.Si.`, `Ph.D.`).
    Degree,
}

/// The maintained list, compiled in: each entry has its source in the file.
const TABLE: &str = include_str!("../../data/segment/abbreviations.tsv");

/// FNV-1a: the keys are a few bytes long, where SipHash's set-up dominates the lookup, and the
/// table is compiled in, so there is nothing to defend against.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The abbreviations, and for each length up to the longest a bit per first byte the list
/// has at that length: most words before a stop are longer or start otherwise, and are turned
/// away without hashing.
#[derive(Default)]
struct Table {
    map: HashMap<&'static str, Class, BuildHasherDefault<Fnv>>,
    /// Indexed by length in bytes; four words of bits for the 256 first bytes.
    first_bytes: Vec<[u64; 4]>,
}

impl Table {
    fn get(&self, word: &str) -> Option<Class> {
        let b = word.as_bytes();
        let first = *b.first()?;
        let bits = self.first_bytes.get(b.len())?;
        if bits[usize::from(first / 64)] & (1 << (first % 64)) == 0 {
            return None;
        }
        self.map.get(word).copied()
    }

    fn insert(&mut self, form: &'static str, class: Class) {
        let b = form.as_bytes();
        let Some(&first) = b.first() else {
            return;
        };
        if self.first_bytes.len() <= b.len() {
            self.first_bytes.resize(b.len() + 1, [0; 4]);
        }
        self.first_bytes[b.len()][usize::from(first / 64)] |= 1 << (first % 64);
        self.map.insert(form, class);
    }
}

fn table() -> &'static Table {
    static MAP: OnceLock<Table> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = Table::default();
        for line in TABLE.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(form), Some(class)) = (cols.next(), cols.next()) else {
                continue;
            };
            let class = match class {
                "title" => Class::Title,
                "noun" => Class::Noun,
                "list-end" => Class::ListEnd,
                "degree" => Class::Degree,
                // A unit test checks every row, so a typo cannot pass unnoticed.
                _ => continue,
            };
            map.insert(form, class);
        }
        map
    })
}

/// The class of `word` (as written, without its final stop), if it is a listed abbreviation.
pub fn class(word: &str) -> Option<Class> {
    table().get(word)
}

/// Abbreviations that stand before what they qualify and so never end a sentence.
pub fn is_prefix_abbreviation(word: &str) -> bool {
    class(word) == Some(Class::Title)
}

/// Academic and professional degrees written after a name.
pub fn is_degree(word: &str) -> bool {
    class(word) == Some(Class::Degree)
}

/// An abbreviation no list knows but which can only be one: a title-case word of two to four
/// letters with no vowel (`Sdr.`, `Bpk.`, `Tb.`, `Bl.`, `Kpt.`). Every Indonesian (and
/// English) word has a vowel in each syllable, so such a form is not a word that could end a
/// sentence; written with a stop before a name it is a title or a reference.
pub fn is_unlisted_title(word: &str) -> bool {
    (2..=4).contains(&word.len())
        && is_ascii_title_case(word)
        && !word
            .chars()
            .any(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u'))
}

/// An ASCII capital and one or more ASCII lower-case letters (`Tb`, `Kompol`, `Dan`): how an
/// abbreviation that is not an acronym is written.
pub fn is_ascii_title_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && !chars.as_str().is_empty()
        && chars.all(|c| c.is_ascii_lowercase())
}

/// A company form written after a name (`Ltd`, `Inc`, `Co`, `Corp`, `Pte`, `LLC`, `Tbk`,
/// `Bhd`, `plc`): the capitalised list-end abbreviations, and `plc`.
pub fn is_company_form(word: &str) -> bool {
    class(word) == Some(Class::ListEnd)
        && (word == "plc" || word.starts_with(|c: char| c.is_ascii_uppercase()))
        && !matches!(word, "Dll" | "Dsb" | "Dst")
}

/// Nouns that take a letter as a label, as they would take a number (`vitamin A`, `Grup B`,
/// `kelas C`, `tipe D`): after them a single capital letter and a stop is the label closing
/// the sentence, not a name's initial.
pub fn takes_letter_label(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "vitamin"
            | "grup"
            | "group"
            | "kelas"
            | "tipe"
            | "type"
            | "golongan"
            | "blok"
            | "zona"
            | "kategori"
            | "opsi"
            | "poin"
            | "huruf"
            | "hepatitis"
            | "plan"
            | "rencana"
            | "seri"
            | "sektor"
            | "gerbang"
            | "pintu"
            | "terminal"
            | "gedung"
            | "tower"
            | "menara"
            | "klaster"
            | "varian"
            | "model"
            | "level"
            | "paket"
            | "skenario"
            // A Roman numeral is a letter too: `kuartal I`, `triwulan I`, `semester I`,
            // `tahap I`, `eselon I`, `jilid I`, `bab I` close a sentence as `kuartal 1` would.
            | "kuartal"
            | "triwulan"
            | "semester"
            | "tahap"
            | "eselon"
            | "jilid"
            | "bab"
    )
}

/// Lower-case words that open a clause of their own and seldom go on from a comma: pronouns,
/// demonstratives, question words and discourse connectives. After a full stop and before one
/// of them, a writer who does not capitalise has still begun a new sentence (`... 1879. atau
/// nama kecilnya ...`, `... teknologi Nano. itulah sebabnya ...`); a stop typed for a comma is
/// followed by what goes on (`yang`, `untuk`, a verb, a noun).
pub fn opens_clause_in_lower_case(word: &str) -> bool {
    matches!(
        word,
        "ia" | "dia"
            | "mereka"
            | "kami"
            | "kita"
            | "saya"
            | "aku"
            | "anda"
            | "beliau"
            | "ini"
            | "itu"
            | "inilah"
            | "itulah"
            | "namun"
            | "tetapi"
            | "tapi"
            | "atau"
            | "apakah"
            | "apa"
            | "mengapa"
            | "kenapa"
            | "bagaimana"
            | "siapa"
            | "kapan"
            | "kemudian"
            | "lalu"
            | "selanjutnya"
            | "bahkan"
            | "kini"
            | "sekarang"
    )
}

/// Capitalised words that begin a sentence and are not capitalised inside one in Indonesian:
/// pronouns, conjunctions and adverbs that a title or name would not start with. Used where a
/// full stop is ambiguous (after `A.S.`, a degree, an ellipsis).
pub fn is_sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "Ia" | "Dia"
            | "Mereka"
            | "Kami"
            | "Kita"
            | "Saya"
            | "Aku"
            | "Anda"
            | "Beliau"
            | "Ini"
            | "Itu"
            | "Namun"
            | "Tetapi"
            | "Tapi"
            | "Sementara"
            | "Selain"
            | "Sedangkan"
            | "Meski"
            | "Meskipun"
            | "Walaupun"
            | "Walau"
            | "Jika"
            | "Kalau"
            | "Bila"
            | "Apabila"
            | "Karena"
            | "Sebab"
            | "Oleh"
            | "Dengan"
            | "Dalam"
            | "Pada"
            | "Di"
            | "Ke"
            | "Dari"
            | "Untuk"
            | "Bagi"
            | "Saat"
            | "Ketika"
            | "Setelah"
            | "Sebelum"
            | "Sebelumnya"
            | "Kemudian"
            | "Lalu"
            | "Selanjutnya"
            | "Adapun"
            | "Sejak"
            | "Hingga"
            | "Sampai"
            | "Menurut"
            | "Berdasarkan"
            | "Terkait"
            | "Hal"
            | "Tak"
            | "Tidak"
            | "Belum"
            | "Sudah"
            | "Akan"
            | "Juga"
            | "Bahkan"
            | "Apalagi"
            | "Yang"
            | "Dan"
            | "Atau"
            | "Jadi"
            | "Maka"
            | "Para"
            | "Sejumlah"
            | "Beberapa"
            | "Semua"
            | "Seluruh"
            | "Banyak"
            | "Sebagian"
            | "Salah"
            | "Kini"
            | "Sekarang"
            | "Kemarin"
            | "Seperti"
            | "Sebagai"
            | "Apa"
            | "Mengapa"
            | "Kenapa"
            | "Bagaimana"
            | "Siapa"
            | "Kapan"
            | "Dimana"
            | "Berikut"
            | "Selama"
            | "Sehingga"
            | "Agar"
            | "Supaya"
            | "Sedang"
            | "Masih"
            | "Telah"
            | "Pun"
            | "Lebih"
            | "Begitu"
            | "Demikian"
            | "Misalnya"
            | "The"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "But"
            | "In"
            | "This"
    )
}

/// Lower-case words that title-case headlines keep lower case (`di`, `ke`, `dan`, `yang`), so a
/// run of them inside a `Baca juga:` title does not end the title.
pub fn is_title_function_word(word: &str) -> bool {
    matches!(
        word,
        "di" | "ke"
            | "dari"
            | "dan"
            | "yang"
            | "untuk"
            | "atau"
            | "pada"
            | "dengan"
            | "vs"
            | "ini"
            | "itu"
            | "hingga"
            | "dalam"
            | "soal"
            | "jadi"
            | "bagi"
            | "oleh"
            | "tak"
            | "tidak"
            | "usai"
            | "jelang"
            | "saat"
            | "demi"
            | "agar"
            | "akan"
            | "juga"
            | "pun"
            | "nya"
            | "ala"
            | "kok"
            | "sih"
            | "lho"
            | "dong"
            | "ya"
            | "vs."
            | "&"
            | "-"
            | "–"
            | "—"
            | "|"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row has its four columns, a known class and a source the header defines.
    #[test]
    fn every_abbreviation_has_a_class_and_a_source() {
        let sources: Vec<&str> = TABLE
            .lines()
            .filter_map(|l| l.strip_prefix("#   "))
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        let mut rows = 0;
        for line in TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "{line:?}");
            assert!(
                matches!(cols[1], "title" | "noun" | "list-end" | "degree"),
                "{line:?}"
            );
            assert!(sources.contains(&cols[3]), "source of {line:?}");
            assert!(class(cols[0]).is_some(), "{line:?}");
            rows += 1;
        }
        assert!(rows > 250);
        assert!(is_prefix_abbreviation("Brigjen") && is_prefix_abbreviation("Tb"));
        assert!(
            is_unlisted_title("Dsn") && !is_unlisted_title("Inc") && !is_unlisted_title("Bali")
        );
    }
}
