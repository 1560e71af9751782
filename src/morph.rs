//! Indonesian morphology shared by the glossary matcher and the offline backend: clitics,
//! reduplication and (for the lexicon) affix stripping.
//!
//! Affix stripping here only proposes analyses. [`stem_candidates`] lists every stem a word
//! could have under the regular affix rules (prefixes `meN-`, `di-`, `ber-`, `ter-`, `peN-`,
//! `per-`, `ke-`, `se-` and their stacks, suffixes `-kan`, `-i`, `-an`, the confixes `ke-an`,
//! `peN-an`, `per-an`, `ber-an`, and the clitics), longest stem first. Rule-based stemmers on
//! their own are over-eager (`pasukan` -> `pasuk`, `pertahanan` -> `tahan`), so the caller looks
//! the surface form up first and then takes the first candidate its lexicon knows: the longest
//! known form wins.

/// Enclitics and particles that attach to the end of a word: possessive `-nya`, `-ku`, `-mu`
/// and the particles `-lah`, `-kah`, `-pun`, `-tah`. Longest first, so `-nya` is tried before
/// shorter endings.
pub const CLITICS: &[&str] = &["nya", "lah", "kah", "pun", "tah", "ku", "mu"];

/// If `word` (lower case) ends with a clitic and something of at least `min_stem` bytes remains,
/// the stem and the clitic. `pertahanannya` -> (`pertahanan`, `nya`).
pub fn strip_clitic(word: &str, min_stem: usize) -> Option<(&str, &'static str)> {
    CLITICS.iter().find_map(|c| {
        let stem = word.strip_suffix(c)?;
        let stem = stem.strip_suffix('-').unwrap_or(stem);
        (stem.len() >= min_stem).then_some((stem, *c))
    })
}

/// If `word` is a full reduplication (`menteri-menteri`, `poin-poin`), the base (`menteri`).
pub fn reduplication_base(word: &str) -> Option<&str> {
    let (a, b) = word.split_once('-')?;
    (!a.is_empty() && a.eq_ignore_ascii_case(b)).then_some(a)
}

/// If `word` (lower case) is a root followed by its `meN-` form (`tembak-menembak`,
/// `tolong-menolong`, `hormat-menghormati`, `setting-menyetting`), the root and the suffix
/// the second half adds: the reduplication of reciprocal or repeated action (Sneddon,
/// *Indonesian: A Comprehensive Grammar*, 2.2 on reduplication with `meN-`).
pub fn reciprocal_base(word: &str) -> Option<(&str, Suffix)> {
    let (a, b) = word.split_once('-')?;
    if a.chars().count() < 3 || !b.starts_with("me") {
        return None;
    }
    stem_candidates(b)
        .into_iter()
        .find(|c| {
            c.stem == a && c.derivation.prefix == Prefix::MeN && c.derivation.clitic.is_none()
        })
        .map(|c| (a, c.derivation.suffix))
}

/// A derivational prefix (or stack of prefixes) removed from a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Prefix {
    /// No prefix.
    #[default]
    None,
    /// `meN-` (active verb): `mengatakan`, `membeli`, `menyebut`, `melihat`.
    MeN,
    /// `di-` (passive verb): `dikutip`, `dikerahkan`.
    Di,
    /// `ber-`/`be-`/`bel-` (intransitive, "having"): `berkunjung`, `bekerja`, `belajar`.
    Ber,
    /// `ter-` (accidental or stative passive; superlative on adjectives): `terletak`, `terbesar`.
    Ter,
    /// `peN-`/`pe-` (agent or instrument, or with `-an` the process): `pemimpin`, `pengerahan`.
    PeN,
    /// `per-` (causative; with `-an` a result noun): `perkuat`, `perjanjian`.
    Per,
    /// `ke-` (ordinal, or with `-an` an abstract noun): `kedua`, `keamanan`.
    Ke,
    /// `se-` ("one", "as ... as", "the same"): `sebesar`, `setiap`.
    Se,
    /// `memper-`: `mempertahankan`.
    MemPer,
    /// `diper-`: `dipertahankan`.
    DiPer,
    /// `ke-` + `ber-`: `keberhasilan`.
    KeBer,
    /// `peN-` + `ber-`: `pemberdayaan`.
    PeBer,
    /// `ber-` + `ke-`: `berkelanjutan`.
    BerKe,
    /// `ke-` + `ter-`: `keterlibatan`.
    KeTer,
}

/// A derivational suffix removed from a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Suffix {
    /// No suffix.
    #[default]
    None,
    /// `-kan` (causative or benefactive verb): `menambahkan`.
    Kan,
    /// `-i` (locative or repeated action verb): `mengunjungi`.
    I,
    /// `-an` (noun, or with a prefix a confix): `latihan`, `pertemuan`.
    An,
}

/// How a candidate stem relates to the word it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Derivation {
    /// The prefix removed.
    pub prefix: Prefix,
    /// The suffix removed.
    pub suffix: Suffix,
    /// The clitic removed (`nya`, `lah`, ...), if any.
    pub clitic: Option<&'static str>,
}

impl Derivation {
    /// How many affixes were removed: fewer is a more conservative analysis.
    pub fn affix_count(&self) -> usize {
        let p = match self.prefix {
            Prefix::None => 0,
            Prefix::MemPer
            | Prefix::DiPer
            | Prefix::KeBer
            | Prefix::PeBer
            | Prefix::BerKe
            | Prefix::KeTer => 2,
            _ => 1,
        };
        p + usize::from(self.suffix != Suffix::None) + usize::from(self.clitic.is_some())
    }

    /// Whether the word is a noun built on the stem (`-an`, `ke-an`, `peN-an`, `per-an`):
    /// `pengiriman` from `kirim`, `kedatangan` from `datang`.
    pub fn is_nominal(&self) -> bool {
        self.suffix == Suffix::An
            && matches!(
                self.prefix,
                Prefix::None
                    | Prefix::PeN
                    | Prefix::Per
                    | Prefix::Ke
                    | Prefix::KeBer
                    | Prefix::PeBer
                    | Prefix::KeTer
            )
    }

    /// Whether the word is a passive verb form (`di-`, `diper-`).
    pub fn is_passive(&self) -> bool {
        matches!(self.prefix, Prefix::Di | Prefix::DiPer)
    }
}

/// An abbreviation or a foreign word takes its affixes with a hyphen (PUEBI, tanda hubung:
/// `di-PHK`, `mem-PHK-kan`, `di-update`, `se-Indonesia`, `KTP-nya`): the affixes and the base
/// of such a word, the base as written. `None` when no part is an affix, or nothing is left.
pub fn hyphenated_affixes(word: &str) -> Option<(Derivation, &str)> {
    let mut d = Derivation::default();
    let mut base = word;
    if let Some((first, rest)) = base.split_once('-') {
        let prefix = match first.to_lowercase().as_str() {
            "di" => Some(Prefix::Di),
            "me" | "mem" | "men" | "meng" | "meny" | "menge" => Some(Prefix::MeN),
            "ber" | "be" => Some(Prefix::Ber),
            "ter" => Some(Prefix::Ter),
            "pe" | "pem" | "pen" | "peng" | "peny" => Some(Prefix::PeN),
            "se" => Some(Prefix::Se),
            "ke" => Some(Prefix::Ke),
            "diper" => Some(Prefix::DiPer),
            "memper" => Some(Prefix::MemPer),
            _ => None,
        };
        if let Some(p) = prefix {
            d.prefix = p;
            base = rest;
        }
    }
    if let Some((rest, last)) = base.rsplit_once('-') {
        match last {
            "kan" => d.suffix = Suffix::Kan,
            "i" => d.suffix = Suffix::I,
            "an" => d.suffix = Suffix::An,
            c if CLITICS.contains(&c) => {
                d.clitic = CLITICS.iter().copied().find(|k| *k == c);
            }
            _ => {}
        }
        if d.suffix != Suffix::None || d.clitic.is_some() {
            base = rest;
        }
    }
    let affixed = d.prefix != Prefix::None || d.suffix != Suffix::None || d.clitic.is_some();
    (affixed && !base.is_empty() && !base.contains('-')).then_some((d, base))
}

/// A possible stem of a word and the affixes removed to reach it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The stem, lower case.
    pub stem: String,
    /// What was removed.
    pub derivation: Derivation,
}

/// Shortest stem worth proposing, in characters: shorter "roots" are almost always accidents of
/// stripping (`dia` is not `di-` + `a`).
const MIN_STEM: usize = 3;

/// Which suffixes each prefix combines with. Pairs outside this table (`di-...-an`,
/// `meN-...-an`, `ke-...-kan`) are not Indonesian words, so they are never proposed.
fn suffix_allowed(prefix: Prefix, suffix: Suffix) -> bool {
    use Prefix as P;
    use Suffix as S;
    match prefix {
        P::None => true,
        P::MeN | P::Di | P::Ter | P::MemPer | P::DiPer => suffix != S::An,
        P::Ber => suffix != S::I,
        P::PeN | P::Ke | P::KeBer | P::PeBer | P::KeTer => matches!(suffix, S::None | S::An),
        P::BerKe => suffix == S::An,
        P::Per => true,
        P::Se => matches!(suffix, S::None | S::An),
    }
}

fn starts_with_vowel(s: &str) -> bool {
    s.starts_with(['a', 'e', 'i', 'o', 'u'])
}

/// Stems hidden behind a nasal prefix once its `me`/`pe` is removed: `ngatakan` -> `katakan`
/// and `atakan`, `nulis` -> `tulis`, `nyebut` -> `sebut`, `mbeli` -> `beli`, `lihat` -> `lihat`.
/// Restored initial consonants come first because they are the commoner case.
fn nasal_stems(rest: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(r) = rest.strip_prefix("nge") {
        // `menge-` before one-syllable roots: `mengebom`, `pengecatan`.
        out.push(r.to_string());
    }
    if let Some(r) = rest.strip_prefix("ng") {
        if starts_with_vowel(r) {
            out.push(format!("k{r}"));
            out.push(r.to_string());
        } else if r.starts_with(['g', 'h', 'k']) {
            out.push(r.to_string());
        }
    } else if let Some(r) = rest.strip_prefix("ny") {
        if starts_with_vowel(r) {
            out.push(format!("s{r}"));
        }
        out.push(rest.to_string());
    } else if let Some(r) = rest.strip_prefix('m') {
        if r.starts_with(['b', 'f', 'v', 'p']) {
            out.push(r.to_string());
        } else if starts_with_vowel(r) {
            out.push(format!("p{r}"));
        }
        out.push(rest.to_string());
    } else if let Some(r) = rest.strip_prefix('n') {
        if r.starts_with(['c', 'd', 'j', 'z', 't', 's']) {
            out.push(r.to_string());
        } else if starts_with_vowel(r) {
            out.push(format!("t{r}"));
        }
        out.push(rest.to_string());
    } else if rest.starts_with(['l', 'r', 'w', 'y']) {
        out.push(rest.to_string());
    }
    out
}

/// The ways a prefix can be removed from `word`: (prefix, remainder) pairs.
fn strip_prefixes(word: &str) -> Vec<(Prefix, String)> {
    let mut out: Vec<(Prefix, String)> = Vec::new();
    let mut push = |p: Prefix, s: String| out.push((p, s));
    if let Some(r) = word.strip_prefix("memper") {
        push(Prefix::MemPer, r.to_string());
    }
    if let Some(r) = word.strip_prefix("diper") {
        push(Prefix::DiPer, r.to_string());
    }
    if let Some(r) = word.strip_prefix("keber") {
        push(Prefix::KeBer, r.to_string());
    }
    if let Some(r) = word.strip_prefix("keter") {
        push(Prefix::KeTer, r.to_string());
    }
    if let Some(r) = word.strip_prefix("pember") {
        push(Prefix::PeBer, r.to_string());
    }
    if let Some(r) = word.strip_prefix("berke") {
        push(Prefix::BerKe, r.to_string());
    }
    if let Some(r) = word.strip_prefix("me") {
        for s in nasal_stems(r) {
            push(Prefix::MeN, s);
        }
    }
    if let Some(r) = word.strip_prefix("pe") {
        for s in nasal_stems(r) {
            push(Prefix::PeN, s);
        }
        if r == "lajar" || r.starts_with("lajar") {
            push(Prefix::PeN, r[1..].to_string());
        }
        // Plain `pe-`: `petani`, `pekerja`, `pedagang`.
        if !r.starts_with(['m', 'n', 'r']) {
            push(Prefix::PeN, r.to_string());
        }
    }
    if let Some(r) = word.strip_prefix("per") {
        push(Prefix::Per, r.to_string());
    }
    if let Some(r) = word.strip_prefix("di") {
        push(Prefix::Di, r.to_string());
    }
    if let Some(r) = word.strip_prefix("ber") {
        push(Prefix::Ber, r.to_string());
    }
    if let Some(r) = word.strip_prefix("be") {
        // `be-` before r and before a first syllable ending in r: `berenang`, `bekerja`,
        // `beserta`, `beternak`; `bel-` only in `belajar`.
        if r.starts_with('r') || r.get(2..3) == Some("r") {
            push(Prefix::Ber, r.to_string());
        }
        if let Some(a) = r.strip_prefix("lajar") {
            push(Prefix::Ber, format!("ajar{a}"));
        }
    }
    if let Some(r) = word.strip_prefix("ter") {
        push(Prefix::Ter, r.to_string());
    }
    if let Some(r) = word.strip_prefix("te") {
        if r.starts_with('r') {
            push(Prefix::Ter, r.to_string());
        }
    }
    if let Some(r) = word.strip_prefix("ke") {
        push(Prefix::Ke, r.to_string());
    }
    if let Some(r) = word.strip_prefix("se") {
        push(Prefix::Se, r.to_string());
    }
    out
}

/// The ways a prefix can be removed from `word` (lower case): (prefix, remainder) pairs,
/// unchecked. For words the suffix rules do not apply to, such as a prefixed hyphenated
/// compound (`terombang-ambing`).
pub fn prefixes(word: &str) -> Vec<(Prefix, String)> {
    strip_prefixes(word)
}

/// The ways a suffix can be removed from `word`, including none.
fn strip_suffixes(word: &str) -> Vec<(Suffix, &str)> {
    let mut out = vec![(Suffix::None, word)];
    if let Some(r) = word.strip_suffix("kan") {
        out.push((Suffix::Kan, r));
    }
    if let Some(r) = word.strip_suffix("an") {
        out.push((Suffix::An, r));
    }
    if let Some(r) = word.strip_suffix('i') {
        out.push((Suffix::I, r));
    }
    out
}

fn plausible_stem(stem: &str) -> bool {
    stem.chars().count() >= MIN_STEM
        && stem.chars().all(|c| c.is_alphabetic())
        && stem.contains(['a', 'e', 'i', 'o', 'u'])
}

/// Every stem `word` (lower case, one word) could have under the regular affix rules, longest
/// first, then by fewest affixes removed. The word itself is not included; the caller tries it
/// first. `pertahanannya` -> `pertahanan` (clitic only), ..., `tahan` (`per-an` + clitic).
///
/// The list over-generates on purpose (`menanam` gives both `tanam` and `nanam`): only the
/// caller knows which stems are words. Take the first candidate the lexicon has.
pub fn stem_candidates(word: &str) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut bases: Vec<(&str, Option<&'static str>)> = Vec::new();
    if let Some((stem, clitic)) = strip_clitic(word, MIN_STEM) {
        bases.push((stem, Some(clitic)));
    }
    bases.push((word, None));
    for (base, clitic) in bases {
        for (suffix, without_suffix) in strip_suffixes(base) {
            // Suffix only (and/or clitic), no prefix.
            if suffix != Suffix::None || clitic.is_some() {
                out.push(Candidate {
                    stem: without_suffix.to_string(),
                    derivation: Derivation {
                        prefix: Prefix::None,
                        suffix,
                        clitic,
                    },
                });
            }
            for (prefix, stem) in strip_prefixes(without_suffix) {
                if !suffix_allowed(prefix, suffix) {
                    continue;
                }
                out.push(Candidate {
                    stem,
                    derivation: Derivation {
                        prefix,
                        suffix,
                        clitic,
                    },
                });
            }
        }
    }
    out.retain(|c| plausible_stem(&c.stem) && c.stem != word);
    // Stable sort: equal keys keep generation order, so the result is deterministic.
    // A stem that shares its initial `r` with the prefix (`be-rusia` in `berusia`) counts one
    // letter shorter: `ber-` + a vowel-initial root (`usia`) is the commoner reading.
    let effective_len = |c: &Candidate| {
        let n = c.stem.chars().count();
        let shared = c.stem.starts_with('r')
            && match c.derivation.prefix {
                Prefix::Ber => word.starts_with("ber"),
                Prefix::Ter => word.starts_with("ter"),
                _ => false,
            };
        n - usize::from(shared)
    };
    out.sort_by(|a, b| {
        effective_len(b)
            .cmp(&effective_len(a))
            .then(a.derivation.affix_count().cmp(&b.derivation.affix_count()))
    });
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert((c.stem.clone(), c.derivation)));
    out
}

/// The first of `word`'s candidate stems that `known` accepts: the longest known form.
/// `pasukan` is looked up as it is by the caller; this only runs when that fails.
///
/// Failing that, a compound base: a compound written as two words (`tindak lanjut`, `jual
/// beli`, `salah guna`, `tanda tangan`) is written as one when it takes a prefix and a suffix
/// together (PUEBI, "gabungan kata yang mendapat awalan dan akhiran sekaligus ditulis
/// serangkai": `ditindaklanjuti`, `diperjualbelikan`, `disalahgunakan`, `ditandatangani`).
/// So the stem of such a word is tried as the two-word phrase; the returned stem has the space.
/// The suffix alone is enough: the object-voice verb drops the prefix and keeps the suffix
/// (`kami tindaklanjuti`, `harus dipertanggungjawabkan` and `kita pertanggungjawabkan`).
pub fn find_stem(word: &str, known: impl Fn(&str) -> bool) -> Option<Candidate> {
    let candidates = stem_candidates(word);
    if let Some(c) = candidates.iter().find(|c| known(&c.stem)) {
        return Some(c.clone());
    }
    candidates
        .into_iter()
        .filter(|c| c.derivation.suffix != Suffix::None)
        .find_map(|c| {
            let split = compound_split(&c.stem, &known)?;
            Some(Candidate { stem: split, ..c })
        })
}

/// Colloquial (Jakartan) forms of affixed words, for words the standard rules cannot analyse:
/// quotes in news are full of them. Three regular differences from the standard language, as
/// described in Sneddon, *Colloquial Jakartan Indonesian* (2006), ch. 2-3 (KBBI labels such
/// forms `cak`, percakapan):
///
/// - the active prefix is the bare nasal `N-`, without `me-`: `nyoba` (`mencoba`; colloquial
///   `ny-` replaces `c` as well as `s`), `ngobrol` (`mengobrol`), `ngejual` (`nge-` before any
///   root), `nulis` and `mikir` (`n-`, `m-` for `t`, `p`);
/// - the suffix `-in` stands for both `-kan` and `-i`: `ngerjain`, `dibeliin`, `perluin`;
/// - `a` in a closed final syllable is `e`: `dapet` (`dapat`), `deket` (`dekat`), `denger`
///   (`dengar`), `seneng` (`senang`); [`standard_vowel`] gives that form back.
///
/// The candidates carry the standard derivation (`N-` as `meN-`, `-in` as `-kan`), longest
/// stem first; take the first the lexicon knows.
pub fn colloquial_candidates(word: &str) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut bases: Vec<(&str, Suffix)> = vec![(word, Suffix::None)];
    if let Some(base) = word.strip_suffix("in") {
        if base.chars().count() >= MIN_STEM {
            bases.push((base, Suffix::Kan));
        }
    }
    for (base, suffix) in bases {
        let derivation = |prefix| Derivation {
            prefix,
            suffix,
            clitic: None,
        };
        if suffix != Suffix::None {
            out.push(Candidate {
                stem: base.to_string(),
                derivation: derivation(Prefix::None),
            });
            // Standard prefixes with the colloquial suffix: `dibeliin`, `ketemuin`.
            for (prefix, stem) in strip_prefixes(base) {
                if suffix_allowed(prefix, Suffix::Kan) {
                    out.push(Candidate {
                        stem,
                        derivation: derivation(prefix),
                    });
                }
            }
        }
        // The bare nasal before a vowel replacing `t` or `p` (`nangkap` for `menangkap`,
        // `nanam`, `mikir`, `muji`): asked only once the standard rules have failed, so a root
        // that begins with `n` or `m` (`nanti`, `makan`) is found as itself first; and not for
        // stems under four letters (`mas`, a form of address, is not `pas`).
        let long = |r: &&str| starts_with_vowel(r) && r.chars().count() >= 3;
        if let Some(r) = base.strip_prefix('n').filter(long) {
            out.push(Candidate {
                stem: format!("t{r}"),
                derivation: derivation(Prefix::MeN),
            });
        } else if let Some(r) = base.strip_prefix('m').filter(long) {
            out.push(Candidate {
                stem: format!("p{r}"),
                derivation: derivation(Prefix::MeN),
            });
        }
        if base.starts_with("ng") || base.starts_with("ny") {
            if let Some(r) = base.strip_prefix("ny").filter(|r| starts_with_vowel(r)) {
                out.push(Candidate {
                    stem: format!("c{r}"),
                    derivation: derivation(Prefix::MeN),
                });
            }
            for stem in nasal_stems(base) {
                out.push(Candidate {
                    stem,
                    derivation: derivation(Prefix::MeN),
                });
            }
        }
    }
    out.retain(|c| plausible_stem(&c.stem) && c.stem != word);
    out.sort_by_key(|c| std::cmp::Reverse(c.stem.chars().count()));
    out
}

/// The standard vowel of a colloquial closed final syllable: `dapet` -> `dapat`, `seneng` ->
/// `senang`. `None` when the word does not end in `e` + one consonant (or `ng`) after a
/// consonant.
pub fn standard_vowel(word: &str) -> Option<String> {
    let coda = if word.ends_with("ng") { 2 } else { 1 };
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n < 4 + coda - 1 {
        return None;
    }
    let vowel = |c: char| "aeiou".contains(c);
    let e = n - coda - 1;
    let ok = chars[e] == 'e'
        && !vowel(chars[e - 1])
        && chars[e + 1..]
            .iter()
            .all(|&c| c.is_ascii_alphabetic() && !vowel(c));
    ok.then(|| {
        let mut s: String = chars[..e].iter().collect();
        s.push('a');
        s.extend(&chars[e + 1..]);
        s
    })
}

/// A compound written solid with no affix that would make it so (`tanggungjawab`,
/// `kerjasama`, `bertanggungjawab`): PUEBI writes these as two words, news copy often does
/// not. The phrase with its space, and the prefix removed; `None` unless `known` has it.
pub fn solid_compound(word: &str, known: impl Fn(&str) -> bool) -> Option<Candidate> {
    if let Some(stem) = compound_split(word, &known) {
        return Some(Candidate {
            stem,
            derivation: Derivation::default(),
        });
    }
    strip_prefixes(word).into_iter().find_map(|(prefix, rest)| {
        Some(Candidate {
            stem: compound_split(&rest, &known)?,
            derivation: Derivation {
                prefix,
                ..Derivation::default()
            },
        })
    })
}

/// `tindaklanjut` -> `tindak lanjut` when `known` has the phrase; both parts of three letters
/// or more.
fn compound_split(stem: &str, known: &impl Fn(&str) -> bool) -> Option<String> {
    stem.char_indices()
        .map(|(i, _)| i)
        .filter(|&i| stem[..i].chars().count() >= 3 && stem[i..].chars().count() >= 3)
        .map(|i| format!("{} {}", &stem[..i], &stem[i..]))
        .find(|phrase| known(phrase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(word: &str) -> Vec<String> {
        stem_candidates(word).into_iter().map(|c| c.stem).collect()
    }

    fn known<'a>(words: &'a [&'a str]) -> impl Fn(&str) -> bool + 'a {
        move |w| words.contains(&w)
    }

    #[test]
    fn nasal_prefixes_restore_the_initial_consonant() {
        assert!(stems("menyebut").contains(&"sebut".to_string()));
        assert!(stems("menulis").contains(&"tulis".to_string()));
        assert!(stems("memukul").contains(&"pukul".to_string()));
        assert!(stems("mengirim").contains(&"kirim".to_string()));
        assert!(stems("mengambil").contains(&"ambil".to_string()));
        assert!(stems("menggelar").contains(&"gelar".to_string()));
        assert!(stems("membeli").contains(&"beli".to_string()));
        assert!(stems("melihat").contains(&"lihat".to_string()));
        assert!(stems("mengebom").contains(&"bom".to_string()));
        assert!(stems("menikah").contains(&"nikah".to_string()));
    }

    #[test]
    fn affixes_on_abbreviations_and_foreign_words_take_a_hyphen() {
        let (d, base) = hyphenated_affixes("mem-PHK-kan").expect("affixed");
        assert_eq!(
            (d.prefix, d.suffix, base),
            (Prefix::MeN, Suffix::Kan, "PHK")
        );
        let (d, base) = hyphenated_affixes("di-update").expect("affixed");
        assert_eq!((d.prefix, base), (Prefix::Di, "update"));
        let (d, base) = hyphenated_affixes("KTP-nya").expect("affixed");
        assert_eq!((d.clitic, base), (Some("nya"), "KTP"));
        assert!(hyphenated_affixes("Rusia-Belarus").is_none());
        assert!(hyphenated_affixes("e-KTP").is_none());
    }

    #[test]
    fn compounds_with_a_confix_are_written_solid() {
        let lex = ["tindak lanjut", "jual beli", "salah guna"];
        for (word, stem) in [
            ("ditindaklanjuti", "tindak lanjut"),
            ("diperjualbelikan", "jual beli"),
            ("disalahgunakan", "salah guna"),
        ] {
            assert_eq!(find_stem(word, known(&lex)).expect(word).stem, stem);
        }
        // The object voice keeps the suffix without the prefix.
        assert_eq!(
            find_stem("tindaklanjuti", known(&lex))
                .expect("object voice")
                .stem,
            "tindak lanjut"
        );
        // Only with a suffix: `tindaklanjut` alone is not a word.
        assert!(find_stem("tindaklanjutnya", known(&lex)).is_none());
    }

    #[test]
    fn longest_known_form_wins() {
        let lex = [
            "pertahanan",
            "tahan",
            "kunjung",
            "ingin",
            "kerah",
            "kerahkan",
            "kata",
        ];
        let c = find_stem("pertahanannya", known(&lex)).expect("stem");
        assert_eq!(c.stem, "pertahanan");
        assert_eq!(c.derivation.clitic, Some("nya"));
        assert_eq!(c.derivation.prefix, Prefix::None);
        // `kerahkan` (deploy) is a longer known form than `kerah` (collar).
        let c = find_stem("dikerahkan", known(&lex)).expect("stem");
        assert_eq!(c.stem, "kerahkan");
        assert!(c.derivation.is_passive());
        let c = find_stem("menginginkan", known(&lex)).expect("stem");
        assert_eq!(
            (c.stem.as_str(), c.derivation.suffix),
            ("ingin", Suffix::Kan)
        );
        let c = find_stem("berkunjung", known(&lex)).expect("stem");
        assert_eq!(
            (c.stem.as_str(), c.derivation.prefix),
            ("kunjung", Prefix::Ber)
        );
        let c = find_stem("mengatakan", known(&lex)).expect("stem");
        assert_eq!(c.stem, "kata");
    }

    #[test]
    fn confixes_and_stacks() {
        let c = find_stem("keamanan", known(&["aman"])).expect("stem");
        assert_eq!(c.derivation.prefix, Prefix::Ke);
        assert!(c.derivation.is_nominal());
        let c = find_stem("pengerahan", known(&["kerah"])).expect("stem");
        assert_eq!(c.derivation.prefix, Prefix::PeN);
        let c = find_stem("mempertahankan", known(&["tahan"])).expect("stem");
        assert_eq!(c.derivation.prefix, Prefix::MemPer);
        let c = find_stem("keberhasilan", known(&["hasil"])).expect("stem");
        assert_eq!(c.derivation.prefix, Prefix::KeBer);
        let c = find_stem("bekerja", known(&["kerja"])).expect("stem");
        assert_eq!(c.derivation.prefix, Prefix::Ber);
        let c = find_stem("belajar", known(&["ajar"])).expect("stem");
        assert_eq!(c.stem, "ajar");
        // `ber-` + `usia`, not `be-` + `rusia`.
        let c = find_stem("berusia", known(&["usia", "rusia"])).expect("stem");
        assert_eq!(c.stem, "usia");
    }

    #[test]
    fn colloquial_forms() {
        let first = |w: &str, lex: &[&str]| {
            colloquial_candidates(w)
                .into_iter()
                .find(|c| lex.contains(&c.stem.as_str()))
        };
        let c = first("nyoba", &["coba"]).expect("nyoba");
        assert_eq!(
            (c.stem.as_str(), c.derivation.prefix),
            ("coba", Prefix::MeN)
        );
        assert_eq!(first("ngobrol", &["obrol"]).expect("ngobrol").stem, "obrol");
        assert_eq!(first("ngejual", &["jual"]).expect("ngejual").stem, "jual");
        let c = first("ngerjain", &["kerja"]).expect("ngerjain");
        assert_eq!(
            (c.stem.as_str(), c.derivation.suffix),
            ("kerja", Suffix::Kan)
        );
        let c = first("dibeliin", &["beli"]).expect("dibeliin");
        assert_eq!((c.stem.as_str(), c.derivation.prefix), ("beli", Prefix::Di));
        // The bare `n-`/`m-` for `t`/`p` roots of four letters or more.
        assert_eq!(
            first("nangkap", &["tangkap"]).expect("nangkap").stem,
            "tangkap"
        );
        assert_eq!(first("mikir", &["pikir"]).expect("mikir").stem, "pikir");
        assert!(first("mas", &["pas"]).is_none());
        assert_eq!(standard_vowel("dapet").as_deref(), Some("dapat"));
        assert_eq!(standard_vowel("seneng").as_deref(), Some("senang"));
        assert_eq!(standard_vowel("denger").as_deref(), Some("dengar"));
        assert_eq!(standard_vowel("sore"), None);
        assert_eq!(standard_vowel("ide"), None);
    }

    #[test]
    fn impossible_combinations_are_not_proposed() {
        // `di-...-an` is not a word shape; `pasuk` from `pasukan` is only a suffix strip.
        assert!(stem_candidates("dibantuan")
            .iter()
            .all(|c| !(c.derivation.prefix == Prefix::Di && c.derivation.suffix == Suffix::An)));
        assert_eq!(find_stem("pasukan", known(&["pasukan"])), None);
        assert!(stems("dia").is_empty());
    }

    #[test]
    fn reciprocal_reduplication() {
        assert_eq!(
            reciprocal_base("tembak-menembak"),
            Some(("tembak", Suffix::None))
        );
        assert_eq!(
            reciprocal_base("hormat-menghormati"),
            Some(("hormat", Suffix::I))
        );
        assert_eq!(
            reciprocal_base("setting-menyetting"),
            Some(("setting", Suffix::None))
        );
        // Not a root and its own `meN-` form.
        assert_eq!(reciprocal_base("tarik-menyerang"), None);
        assert_eq!(reciprocal_base("negara-negara"), None);
    }

    #[test]
    fn clitics_and_reduplication() {
        assert_eq!(
            strip_clitic("pertahanannya", 3),
            Some(("pertahanan", "nya"))
        );
        assert_eq!(strip_clitic("kemhan-nya", 3), Some(("kemhan", "nya")));
        assert_eq!(strip_clitic("dialah", 3), Some(("dia", "lah")));
        assert_eq!(strip_clitic("nya", 3), None);
        assert_eq!(reduplication_base("menteri-menteri"), Some("menteri"));
        assert_eq!(reduplication_base("rusia-belarus"), None);
    }
}
