//! The offline backend: coverage of real news text, and the behaviours a reviewer relies on
//! (glossary terms, noun-phrase order, numbers, unknown-word marks, morphology, determinism).

use crate::common::{example_articles, shared_data};
use terjemah::mt::offline::{is_acronym, OfflineBackend, Token, TokenKind};
use terjemah::mt::{Backend, LangPair, Request, TermHint};

fn request(text: &str) -> Request {
    Request {
        id: "1.1".into(),
        text: text.into(),
        context: None,
        terms: Vec::new(),
    }
}

fn gist(text: &str) -> String {
    OfflineBackend::new().gist(&request(text))
}

/// A hint for the first occurrence of `source` in `text`.
fn hint(text: &str, source: &str, target: &str, adjective: Option<&str>) -> TermHint {
    let start = text.find(source).expect("term in text");
    TermHint {
        start,
        end: start + source.len(),
        source: source.into(),
        target: target.into(),
        adjective: adjective.map(String::from),
        keep: false,
    }
}

/// Coverage counts.
#[derive(Default)]
struct Coverage {
    words: usize,
    translated: usize,
    names: usize,
}

impl Coverage {
    /// Counts the word tokens of one analysed text.
    ///
    /// A "non-name word token" is a word made of letters (hyphens allowed, no digits) that is
    /// not an all-caps acronym (`TNI`, `DPR`) and not a name, where a name is a capitalised
    /// word, not at the start of a sentence, that the lexicon does not know (the backend's
    /// `Name` kind). Capitalised unknown words at the start of a sentence count against us, as
    /// do lower-case name particles. A word is translated when the gist gives it English: a
    /// lexicon entry, directly or through morphology, or a glossary term.
    fn add(&mut self, tokens: &[Token]) {
        for t in tokens {
            if !t.is_word() {
                continue;
            }
            for w in t.surface.split_whitespace() {
                let alphabetic =
                    w.chars().any(char::is_alphabetic) && !w.chars().any(|c| c.is_ascii_digit());
                if !alphabetic || is_acronym(w) {
                    continue;
                }
                let capitalised = w.chars().next().is_some_and(char::is_uppercase);
                if t.kind == TokenKind::Name && capitalised && !t.sentence_initial {
                    self.names += 1;
                    continue;
                }
                self.words += 1;
                if matches!(t.kind, TokenKind::Known | TokenKind::Term) {
                    self.translated += 1;
                }
            }
        }
    }

    /// Prints the figures and requires at least `min_words` counted and 95% translated.
    fn check(&self, corpus: &str, min_words: usize) {
        self.report(corpus);
        assert!(
            self.words > min_words,
            "too few words counted: {}",
            self.words
        );
        assert!(
            self.ratio() >= 0.95,
            "coverage {:.4} below 0.95 on {corpus}",
            self.ratio()
        );
    }

    fn ratio(&self) -> f64 {
        self.translated as f64 / self.words as f64
    }

    fn report(&self, corpus: &str) {
        eprintln!(
            "offline coverage on {corpus}: {}/{} non-name word tokens translated = {:.2}% \
             ({} names excluded)",
            self.translated,
            self.words,
            100.0 * self.ratio(),
            self.names
        );
    }
}

fn jsonl(name: &str) -> Vec<serde_json::Value> {
    std::fs::read_to_string(shared_data(name))
        .expect("shared dev data")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

#[test]
fn coverage_on_example_articles() {
    let backend = OfflineBackend::new();
    let mut cov = Coverage::default();
    for path in example_articles() {
        let text = std::fs::read_to_string(&path).expect("example article");
        for paragraph in text.lines().filter(|l| !l.trim().is_empty()) {
            cov.add(&backend.analyse(paragraph));
        }
    }
    cov.check("examples/*.txt", 1000);
}

#[test]
fn coverage_on_pud_alignment_sentences() {
    let backend = OfflineBackend::new();
    let mut cov = Coverage::default();
    for doc in jsonl("align-dev-pud-sentences.jsonl") {
        for s in doc["src"].as_array().expect("src list") {
            cov.add(&backend.analyse(s.as_str().expect("sentence")));
        }
    }
    cov.check("align-dev-pud-sentences.jsonl (src)", 10_000);
}

#[test]
fn coverage_on_pud_segmentation_paragraphs() {
    let backend = OfflineBackend::new();
    let mut cov = Coverage::default();
    for row in jsonl("seg-dev-pud.jsonl") {
        cov.add(&backend.analyse(row["text"].as_str().expect("text")));
    }
    cov.check("seg-dev-pud.jsonl (text)", 10_000);
}

/// Lower-case words the gist leaves unknown (`*word`) in the translatable segments of some
/// articles (each as scraped, paragraphs joined with `\n`), over all lower-case words there:
/// (unknown, words, the unknown surfaces).
fn unknown_lower_case_words(articles: &[String]) -> (usize, usize, Vec<String>) {
    let backend = OfflineBackend::new();
    let (mut unknown, mut words, mut seen) = (0, 0, Vec::new());
    for article in articles {
        let doc = terjemah::segment::segment("unseen", article.clone());
        for seg in doc.segments().filter(|s| s.kind.is_translatable()) {
            for t in backend.analyse(&seg.source) {
                if t.is_word() && t.surface.starts_with(char::is_lowercase) {
                    words += 1;
                    if t.kind == TokenKind::Unknown {
                        unknown += 1;
                        seen.push(t.surface.clone());
                    }
                }
            }
        }
    }
    (unknown, words, seen)
}

/// Checks the unknown rate of each part of an evaluation set against its limit. The unknown
/// words are printed for tuning parts only: a held-out part is scored, never read for words.
fn check_unknown_rate(set: &str, parts: &[(&str, Vec<String>, f64)]) {
    for (part, articles, limit) in parts {
        let (unknown, words, seen) = unknown_lower_case_words(articles);
        let rate = unknown as f64 / words as f64;
        eprintln!(
            "offline unknown lower-case words, {set} {part}: {unknown}/{words} = {:.2}%",
            100.0 * rate
        );
        let tuning = part.starts_with("tune");
        if tuning {
            eprintln!("  {}", seen.join(" "));
        }
        assert!(
            rate <= *limit,
            "{set} {part}: {:.2}% unknown{}",
            100.0 * rate,
            if tuning {
                format!(": {seen:?}")
            } else {
                String::new()
            }
        );
    }
}

/// The unseen news's articles (tests/data/news-unseen) as scraped.
fn unseen_news(half: &str) -> Vec<String> {
    crate::common::unseen_articles(half)
        .iter()
        .map(|pars| pars.iter().map(|p| format!("{}\n", p.text)).collect())
        .collect()
}

/// Unseen news (tests/data/news-unseen), the tuning parts, whose unknown words the lexicon
/// supplement and the morphology were worked on (their unknown words are printed). The
/// held-out parts are in `unknown_rate_on_unseen_news_heldout`, a test of its own so that
/// tuning can be measured without scoring them.
#[test]
fn unknown_rate_on_unseen_news() {
    check_unknown_rate(
        "unseen",
        &[
            // Tuning limits: the fourth to sixth passes' figures (issue 13) and a word or two
            // of room for segmentation changes that move a paragraph in or out of translation.
            ("tune", unseen_news("tune"), 0.0027),
            ("tune-6", unseen_news("tune-6"), 0.0035),
            ("tune-2", unseen_news("tune-2"), 0.0045),
            // tune-3 0.65% (6/927) once the sixty-fifth read `nyungsep`.
            ("tune-3", unseen_news("tune-3"), 0.0065),
            ("tune-4", unseen_news("tune-4"), 0.0095),
            ("tune-5", unseen_news("tune-5"), LIMIT_TUNE_5),
            ("tune-8", unseen_news("tune-8"), LIMIT_TUNE_8),
            ("tune-7", unseen_news("tune-7"), LIMIT_TUNE_7),
            // tune-9 0.84% (15/1,795) until the thirty-ninth pass read its quote's `ade`, `berape`:
            // 0.72% (13/1,795).
            ("tune-9", unseen_news("tune-9"), 0.0073),
            // tune-10 0.55% (11/1,990) after later passes, 0.50% (10/1,990) once the
            // twenty-seventh glossed `tatal`.
            ("tune-10", unseen_news("tune-10"), 0.0051),
            ("tune-11", unseen_news("tune-11"), 0.0045),
            ("tune-12", unseen_news("tune-12"), 0.0055),
            // Built beside the fifth pass, measured once after it (0.98%, 1.20%); with tune-15
            // and tune-16 (1.11%, 1.45% when first measured) worked on by the sixth pass:
            // 0.93%, 0.60%, 0.23%, 0.38%.
            ("tune-13", unseen_news("tune-13"), 0.01),
            // tune-14 0.48% (8/1,657) once the sixty-sixth read `muda mudi`.
            ("tune-14", unseen_news("tune-14"), 0.0049),
            ("tune-15", unseen_news("tune-15"), 0.0035),
            // tune-16 0.38% (6/1,592) -> 0.25% (4/1,590) after the fifty-third pass.
            ("tune-16", unseen_news("tune-16"), 0.0027),
            // Built beside the sixth pass (for the segmenter), measured once after it (0.93%,
            // 0.64%); with tune-19 and tune-20 (1.67%, 1.34% when first measured) worked on by
            // the seventh pass: 0.44%, 0.47%, 0.67%, 0.47%.
            ("tune-17", unseen_news("tune-17"), 0.003),
            ("tune-18", unseen_news("tune-18"), 0.0055),
            ("tune-19", unseen_news("tune-19"), 0.0075),
            ("tune-20", unseen_news("tune-20"), 0.0055),
            // Worked on by the eighth pass (1.11%, 0.75% when first measured): 0.63%, 0.31%;
            // after the ninth's seven-letter typo rule 0.58%, 0.19%.
            ("tune-21", unseen_news("tune-21"), 0.006),
            ("tune-22", unseen_news("tune-22"), 0.0025),
            // Built with round 16, measured once after the eighth pass (1.49%), worked on by
            // the ninth: 0.61%; 0.50% (9/1,814) after later passes, 0.33% (6/1,814) once the
            // twenty-seventh glossed `tatal`.
            ("tune-23", unseen_news("tune-23"), 0.0034),
            // Built beside the ninth pass, measured once before it worked on them (1.32%,
            // 1.86%): 0.51%, 0.43%; tune-24 0.43% after the tenth pass's spaced hyphen.
            ("tune-24", unseen_news("tune-24"), 0.0042),
            ("tune-25", unseen_news("tune-25"), 0.0045),
            // Built with round 18, measured once after the ninth pass (1.08%, 2.26%), worked
            // on by the tenth: 0.14%, 1.08%; tune-27 0.93% after the eleventh's dotted
            // honorifics.
            ("tune-26", unseen_news("tune-26"), 0.0019),
            ("tune-27", unseen_news("tune-27"), 0.0095),
            // Built with round 19, measured once after the tenth pass (1.10%, 1.05%), worked
            // on by the eleventh: 0.40%, 0.61%.
            ("tune-28", unseen_news("tune-28"), 0.004),
            ("tune-29", unseen_news("tune-29"), 0.0065),
            // Built with round 20, measured once after the eleventh pass (0.86%, 2.27%), worked
            // on by the twelfth: 0.48%, 1.07%.
            ("tune-30", unseen_news("tune-30"), 0.005),
            // 0.91% since the sixteenth pass read `be` of "Glory be to the Lord" as English;
            // 0.76% (10/1,313) since the thirty-second's `istiadat` let the typo reader take
            // `istidat` for it.
            ("tune-31", unseen_news("tune-31"), 0.0077),
            // Built with rounds 21 and 22, measured once after the twelfth pass (0.69%, 2.36%,
            // 1.04%, 0.91%), worked on by the thirteenth: 0.18%, 0.99%, 0.29%, 0.52%.
            ("tune-32", unseen_news("tune-32"), 0.002),
            ("tune-33", unseen_news("tune-33"), 0.0085),
            ("tune-34", unseen_news("tune-34"), 0.0025),
            ("tune-35", unseen_news("tune-35"), 0.0055),
            // Built with round 23, measured once after the thirteenth pass (0.98%, 0.51%),
            // worked on by the fourteenth: 0.27%, 0.05%; its swap rule took tune-4, tune-17,
            // tune-24, tune-28, tune-31, tune-33 and tune-34 a word or two lower.
            ("tune-36", unseen_news("tune-36"), 0.0032),
            ("tune-37", unseen_news("tune-37"), 0.001),
            // Built with round 24, measured once mid-way through the fourteenth pass (0.58%,
            // 0.88%, with its swap rule and tune-36's and tune-37's words), worked on by it:
            // 0.15%, 0.50%.
            ("tune-38", unseen_news("tune-38"), 0.002),
            ("tune-39", unseen_news("tune-39"), 0.0055),
            // Built with round 25, measured once after the fourteenth pass (2.45%, 0.59%),
            // worked on by the fifteenth: 0.57%, 0.52%.
            ("tune-40", unseen_news("tune-40"), 0.0058),
            ("tune-41", unseen_news("tune-41"), 0.0046),
            // Built with round 26, measured once after the fifteenth pass (0.84%, 1.32%);
            // with round 27's and 28's (0.56%, 0.62%, 0.58%, 0.54% after the sixteenth pass)
            // worked on by the seventeenth: 0.28%, 0.99%, 0.39%, 0.33%, 0.23%, 0.16%.
            // The eighteenth pass's neighbouring keys: tune-41 0.45%, tune-42 0.21%, tune-44
            // 0.34%.
            ("tune-42", unseen_news("tune-42"), 0.0022),
            ("tune-43", unseen_news("tune-43"), 0.01),
            ("tune-44", unseen_news("tune-44"), 0.0035),
            ("tune-45", unseen_news("tune-45"), 0.0034),
            ("tune-46", unseen_news("tune-46"), 0.0024),
            ("tune-47", unseen_news("tune-47"), 0.0016),
            // Built with round 29, measured once after the seventeenth pass's words (0.26%,
            // 0.21%), worked on by it: 0.13%, 0.21%.
            ("tune-48", unseen_news("tune-48"), 0.0014),
            ("tune-49", unseen_news("tune-49"), 0.0022),
            // The nineteenth pass: tune-50 1.21%, tune-51 1.89%, tune-52 0.98%, tune-53 0.42%;
            // the twentieth (its nine sourced words): 1.15%, 0.73%, 0.81%, 0.16%.
            ("tune-50", unseen_news("tune-50"), 0.0116),
            ("tune-51", unseen_news("tune-51"), 0.0074),
            ("tune-52", unseen_news("tune-52"), 0.0070),
            ("tune-53", unseen_news("tune-53"), 0.0017),
            // Measured once, blind, after the nineteenth pass (0.83% 13/1,557, 0.91%
            // 13/1,423), worked on by the twentieth: 0.26%, 0.35%; the twenty-first's sourced
            // words: 0.13%, 0.14%.
            ("tune-54", unseen_news("tune-54"), 0.0014),
            ("tune-55", unseen_news("tune-55"), 0.0015),
            // Measured once, blind, after the twentieth pass (0.48%, 1.09%), worked on by the
            // twenty-first: 0.00%, 0.73%.
            ("tune-56", unseen_news("tune-56"), 0.0005),
            // tune-57 0.66% (9/1,371) once the fifty-ninth read `basudara`.
            ("tune-57", unseen_news("tune-57"), 0.0066),
            // Measured once, blind, after the twenty-first pass (1.78%, 0.73%, 0.97%, 2.26%),
            // worked on by the twenty-second: 0.76%, 0.66%, 0.44%, 1.06%.
            ("tune-58", unseen_news("tune-58"), 0.0076),
            ("tune-59", unseen_news("tune-59"), 0.0066),
            ("tune-60", unseen_news("tune-60"), 0.0045),
            ("tune-61", unseen_news("tune-61"), 0.0106),
            // Measured once, blind, after the twenty-second pass (1.35%, 0.61%, 0.81%), worked on
            // by the twenty-third: 0.31%, 0.35%, 0.52%; tune-63 0.26% (6/2,289) once the
            // twenty-sixth glossed its `derap` and `urukan`.
            // tune-62 0.31% (6/1,932) -> 0.16% (3/1,932) after the fifty-third pass.
            ("tune-62", unseen_news("tune-62"), 0.0017),
            // tune-63 0.22% (5/2,289) once the sixtieth read `emperan`.
            ("tune-63", unseen_news("tune-63"), 0.0023),
            ("tune-64", unseen_news("tune-64"), 0.0052),
            // Measured once, blind, after the twenty-third pass: 1.81% (40/2,211), 1.51%
            // (37/2,452; 37/2,450 once round 38 read a line as chrome), 1.43% (34/2,373) and
            // 0.90% (16/1,780); the first two worked on by the twenty-fourth: 1.22%
            // (27/2,207), 0.65% (16/2,443); the last two by the twenty-fifth: 0.64% (15/2,359),
            // 0.45% (8/1,776); tune-65 1.18% (26/2,207) once the twenty-sixth glossed `arsir`,
            // 1.04% (23/2,206) once the thirty-fourth glossed `jubata` and `naik dango`.
            // tune-65 1.04% (23/2,206) -> 0.91% (20/2,206) after the fifty-third pass.
            ("tune-65", unseen_news("tune-65"), 0.0092),
            // tune-66 0.66% (16/2,441) -> 0.57% (14/2,441) once the seventy-first read `katonik`.
            ("tune-66", unseen_news("tune-66"), 0.0058),
            ("tune-67", unseen_news("tune-67"), 0.0064),
            ("tune-68", unseen_news("tune-68"), 0.0046),
            // Measured once, blind, after the twenty-fifth pass: 1.12% (22/1,956) and 0.83%
            // (19/2,283); worked on by the twenty-sixth: 0.82% (16/1,954), 0.53% (12/2,281);
            // tune-70 0.44% (10/2,281) once the twenty-seventh glossed `marhaban` and `pi`.
            ("tune-69", unseen_news("tune-69"), 0.0082),
            // tune-70 0.44% (10/2,281) -> 0.39% (9/2,281) after the fifty-third pass.
            ("tune-70", unseen_news("tune-70"), 0.0041),
            // Measured once, blind, after the twenty-sixth pass: 1.30% (27/2,084) and 0.31%
            // (6/1,947); worked on by the twenty-seventh: 0.38% (8/2,084), 0.10% (2/1,945).
            ("tune-71", unseen_news("tune-71"), 0.0039),
            // tune-72 0.10% (2/1,945) -> 0.05% (1/1,945) after the fifty-third pass.
            ("tune-72", unseen_news("tune-72"), 0.0007),
            // Measured once, blind, after the twenty-sixth pass: 1.04% (17/1,636) and 1.14%
            // (20/1,751); worked on by the twenty-eighth: 0.92% (15/1,636), 0.63% (11/1,748).
            ("tune-73", unseen_news("tune-73"), 0.0092),
            // tune-74 0.63% (11/1,748) -> 0.57% (10/1,748) after the fifty-third pass.
            ("tune-74", unseen_news("tune-74"), 0.0059),
            // Measured once, blind, after the twenty-seventh pass: 1.52% (35/2,310) and 0.85%
            // (15/1,768); worked on by the twenty-ninth: 1.21% (28/2,310), 0.74% (13/1,768);
            // tune-75 1.13% (26/2,310) once the thirty-third glossed `pajeko`, 1.08% (25/2,310)
            // once the thirty-eighth glossed `kima`, 0.91% (21/2,310) once the forty-third glossed
            // `lola`, `soa` and `merapalkan`.
            ("tune-75", unseen_news("tune-75"), 0.0092),
            ("tune-76", unseen_news("tune-76"), 0.0074),
            // Measured once, blind, after the twenty-eighth pass: 0.85% (20/2,344) and 2.06%
            // (36/1,749); tune-78 1.95% (34/1,747) once a page's raw `<p>` markup was copied as
            // markup; worked on by the thirty-first: 0.26% (6/2,344), 0.92% (16/1,739).
            ("tune-77", unseen_news("tune-77"), 0.0026),
            // tune-78 0.92% (16/1,739) -> 0.75% (13/1,739) after the fifty-third pass.
            ("tune-78", unseen_news("tune-78"), 0.0076),
            // Measured once, blind, after the twenty-eighth pass: 2.22% (43/1,935) and 1.97%
            // (38/1,931); worked on by the thirty-first: 1.40% (27/1,935), 0.73% (14/1,919);
            // tune-79 1.29% (25/1,934) after the thirty-second (`akhlakul karimah`).
            ("tune-79", unseen_news("tune-79"), 0.0130),
            // tune-80 0.73% (14/1,915) once its `Redaksi` and `Avatar` lines were taken for a
            // byline and furniture, their words no longer counted.
            ("tune-80", unseen_news("tune-80"), 0.0074),
            // Measured once, blind, after the twenty-ninth pass: 1.33% (25/1,873) and 1.19%
            // (22/1,846); worked on by the thirty-first: tune-81 1.07% (20/1,873) (`tirakatan`,
            // `mujahadah`, `tengkes`); tune-82 unchanged (no word of it sourced in the time);
            // worked on by the thirty-second: 0.91% (17/1,872), 1.03% (19/1,845); tune-82 0.98%
            // (18/1,845) once the thirty-seventh glossed `kelotok`.
            // tune-81 0.75% (14/1,872) once the fifty-first glossed `ala` (three times).
            ("tune-81", unseen_news("tune-81"), 0.0075),
            // tune-82 0.87% (16/1,845) once the forty-sixth glossed `tolangga`, `dikili`.
            // tune-82 0.76% (14/1,845) once the forty-seventh glossed `toyopo`.
            ("tune-82", unseen_news("tune-82"), 0.0076),
            // Measured once, blind, after the thirtieth pass: 1.01% (17/1,682) and 1.42%
            // (28/1,968); worked on by the thirty-second: 0.89% (15/1,682), 0.51% (10/1,968).
            // tune-83 0.83% (14/1,682) once the seventy-second read `projek`.
            ("tune-83", unseen_news("tune-83"), 0.0084),
            ("tune-84", unseen_news("tune-84"), 0.0051),
            // Measured once, blind, after the thirty-first pass: 0.43% (9/2,073) and 1.30%
            // (23/1,772); worked on by the thirty-second: 0.34% (7/2,071), 1.02% (18/1,772).
            ("tune-85", unseen_news("tune-85"), 0.0034),
            ("tune-86", unseen_news("tune-86"), 0.0096),
            // Measured once, blind, after the thirty-first pass: 1.64% (32/1,950) and 0.71%
            // (16/2,254); worked on by the thirty-third: 0.92% (18/1,949), 0.49% (11/2,254).
            ("tune-87", unseen_news("tune-87"), 0.0093),
            // tune-88 0.44% (10/2,254) once the fifty-first glossed `ala`.
            ("tune-88", unseen_news("tune-88"), 0.0045),
            // Measured once, blind, after the thirty-third pass: 0.63% (13/2,067) and 1.12%
            // (27/2,414); worked on by the thirty-fourth: 0.48% (10/2,067), 0.79% (19/2,413).
            ("tune-89", unseen_news("tune-89"), 0.0049),
            // tune-90 0.75% (18/2,413) once the seventy-second read `hahaha`.
            ("tune-90", unseen_news("tune-90"), 0.0075),
            // Measured once, blind, after the thirty-third pass: 0.80% (17/2,130) and 1.37%
            // (27/1,975); worked on by the thirty-fifth: 0.56% (12/2,129), 0.81% (16/1,975).
            // tune-91 0.61% (13/2,129) since the forty-first pass's `ponton`: the typo `pontong` of
            // "pontong rokok" (puntung, a cigarette butt) now has two near readings and is left
            // unknown rather than read as one of them.
            ("tune-91", unseen_news("tune-91"), 0.0062),
            // tune-92 0.71% (14/1,973) once the sixty-fifth read `menyebrangi`, `lauk pauk`.
            ("tune-92", unseen_news("tune-92"), 0.0071),
            // Measured once, blind, after the thirty-fourth pass: 1.27% (27/2,118) and 2.30%
            // (41/1,782); worked on by the thirty-sixth: 1.09% (23/2,116), 1.96% (35/1,782);
            // by the thirty-eighth (its left-overs): 0.99% (21/2,116), 1.74% (31/1,778); tune-94
            // by the forty-third (`combin`): 1.57% (28/1,778).
            // tune-93 0.99% (21/2,116) -> 0.95% (20/2,116) after the fifty-third pass.
            ("tune-93", unseen_news("tune-93"), 0.0090),
            // tune-94 1.46% (26/1,777) once the forty-eighth glossed `cele`, `tarian bonet`.
            // tune-94 1.46% (26/1,777) -> 1.07% (19/1,777) after the fifty-third pass.
            ("tune-94", unseen_news("tune-94"), 0.0108),
            // Measured once, blind, after the thirty-fifth pass: 1.13% (22/1,950) and 0.65%
            // (11/1,695); tune-95 worked on by the thirty-seventh: 0.57% (11/1,940), by the
            // thirty-eighth (its left-overs): 0.41% (8/1,937).
            // tune-95 0.36% (7/1,935) once the sixty-first read `kharismatik`.
            ("tune-95", unseen_news("tune-95"), 0.0037),
            // tune-96 0.59% (10/1,695) once the forty-ninth glossed `paskibra`.
            ("tune-96", unseen_news("tune-96"), 0.0059),
            // Measured once, blind, after the thirty-sixth pass: 2.09% (53/2,538) and 0.67%
            // (13/1,931); tune-97 worked on by the thirty-seventh: 1.54% (39/2,538), by the
            // thirty-eighth (its left-overs): 1.22% (31/2,537); 1.14% (29/2,537) once the
            // fifty-fifth glossed `ceret`, `capcus`.
            // tune-97 1.10% (28/2,537) once the seventieth read `nyebrang`.
            ("tune-97", unseen_news("tune-97"), 0.0111),
            // tune-98 0.42% (8/1,895) since the forty-first pass's `ponton` (four times).
            // tune-98 0.32% (6/1,893) once the forty-sixth glossed `koteka`, `cakalele`.
            ("tune-98", unseen_news("tune-98"), 0.0032),
            // Measured once, blind, after the thirty-seventh pass: 0.54% (10/1,851) and 0.67%
            // (12/1,799).
            ("tune-99", unseen_news("tune-99"), 0.0055),
            // tune-100 0.67% (12/1,799) -> 0.61% (11/1,799) after the fifty-third pass.
            // tune-100 0.50% (9/1,799) once the sixty-third read `ohoi`.
            ("tune-100", unseen_news("tune-100"), 0.0051),
            // Measured once, blind, after the thirty-seventh pass: 0.34% (6/1,782) and 2.05%
            // (32/1,562); tune-102 worked on by the thirty-ninth: 0.77% (12/1,562).
            ("tune-101", unseen_news("tune-101"), 0.0034),
            ("tune-102", unseen_news("tune-102"), 0.0077),
            // Measured once, blind, after the thirty-eighth pass: 0.85% (15/1,765) and 0.97%
            // (19/1,964); worked on by the fortieth: 0.51% (9/1,765), 0.51% (10/1,962).
            ("tune-103", unseen_news("tune-103"), 0.0051),
            ("tune-104", unseen_news("tune-104"), 0.0051),
            // Measured once, blind, after the fortieth pass: 0.95% (19/2,005), 0.55% (11/2,015),
            // 2.19% (44/2,005) and 1.30% (22/1,688); tune-105, tune-107 and tune-108 worked on by
            // the forty-first: 0.90% (18/2,005), 1.30% (26/2,004), 0.59% (10/1,688); tune-107
            // and tune-108 by the forty-second (`beliatn`, `patuanan`, `sigale-gale`): 0.75%
            // (15/2,002), 0.47% (8/1,687).
            ("tune-105", unseen_news("tune-105"), 0.0090),
            ("tune-106", unseen_news("tune-106"), 0.0055),
            ("tune-107", unseen_news("tune-107"), 0.0075),
            ("tune-108", unseen_news("tune-108"), 0.0048),
            // Measured once, blind, after the forty-first pass: 0.61% (11/1,808) and 0.45%
            // (9/2,006); tune-109 0.55% (10/1,807) once the forty-second glossed `karapan sapi`.
            ("tune-109", unseen_news("tune-109"), 0.0056),
            ("tune-110", unseen_news("tune-110"), 0.0045),
            // Measured once, blind, after the forty-second pass: 0.32% (6/1,871) and 0.37%
            // (7/1,907).
            // tune-111 0.27% (5/1,871) once the sixty-fifth read `muda-mudi`.
            ("tune-111", unseen_news("tune-111"), 0.0027),
            ("tune-112", unseen_news("tune-112"), 0.0037),
            // Measured once, blind, after the forty-third pass: 2.18% (42/1,931) and 0.48%
            // (8/1,656); worked on by the forty-fourth (`mente`, `mete`, `pangulu`): 0.73%
            // (14/1,920), 0.36% (6/1,656).
            // tune-113 0.68% (13/1,920) once the fiftieth glossed `los` market stall.
            // tune-113 0.68% (13/1,920) -> 0.47% (9/1,920) after the fifty-third pass.
            ("tune-113", unseen_news("tune-113"), 0.0048),
            ("tune-114", unseen_news("tune-114"), 0.0037),
            // Measured once, blind, after the forty-fourth pass: 1.44% (30/2,078), 1.22%
            // (26/2,134), 0.43% (10/2,345), 0.68% (11/1,606), 0.95% (19/1,991) and 0.41%
            // (8/1,957); tune-115 and tune-119 worked on by the forty-fifth (`teplok`, `tanggui`,
            // `saset`, `sepmor`): 1.30% (27/2,077), 0.65% (13/1,991); tune-115 1.30% (27/2,072)
            // once its lower-case read-also line was taken for furniture, its words no longer
            // counted.
            // Worked on by the forty-sixth (its left-overs `dikili`, `tolangga`, `bapanduk`):
            // 1.11% (23/2,072).
            // tune-115 1.11% (23/2,072) -> 1.06% (22/2,072) after the fifty-third pass.
            ("tune-115", unseen_news("tune-115"), 0.0108),
            // tune-116 1.22% (26/2,129) once its comment header and its copy-protection notice
            // were taken for furniture, their words no longer counted.
            // tune-116 1.13% (24/2,129) and tune-117 0.34% (8/2,344) once the forty-sixth glossed
            // `penghapal`, `radiogram` and `tolangga`, `dikili`.
            // tune-116 1.13% (24/2,129) -> 1.03% (22/2,127) after the fifty-third pass.
            ("tune-116", unseen_news("tune-116"), 0.0105),
            ("tune-117", unseen_news("tune-117"), 0.0035),
            // tune-118 0.62% (10/1,601) once the forty-seventh glossed `kompang`.
            // tune-118 0.62% (10/1,601) -> 0.50% (8/1,601) after the fifty-third pass.
            ("tune-118", unseen_news("tune-118"), 0.0051),
            // tune-119 0.55% (11/1,990) once the forty-sixth glossed `dogol`, `kwintal`.
            ("tune-119", unseen_news("tune-119"), 0.0056),
            // tune-120 0.36% (7/1,956) once the forty-seventh glossed `dhuafa`, 0.31% (6/1,956)
            // once the fiftieth glossed `los`.
            // tune-120 0.26% (5/1,955) once the sixty-sixth read `muda mudi`.
            ("tune-120", unseen_news("tune-120"), 0.0026),
            // Measured once, blind, after the forty-fifth pass: 0.80% (8/1,000) and 1.59%
            // (31/1,951).
            ("tune-121", unseen_news("tune-121"), 0.0080),
            // tune-122 worked on by the forty-sixth (`iven`, `ketiban`, `kulim`): 1.23% (24/1,951).
            // By the forty-seventh (`tepekong`, `kuah beulangong`): 1.13% (22/1,950).
            ("tune-122", unseen_news("tune-122"), 0.0113),
            // Measured once, blind, after the forty-fifth pass: 1.31% (23/1,757) and 0.54%
            // (9/1,665).
            // Worked on by the forty-sixth (`koteka`, `iven`): 1.25% (22/1,757) and 0.48%
            // (8/1,665).
            // tune-123 by the forty-seventh (`marabahaya`, `buah kasturi`): 1.14% (20/1,756).
            ("tune-123", unseen_news("tune-123"), 0.0114),
            // tune-124 0.36% (6/1,665) once the fifty-second glossed `pantura`.
            ("tune-124", unseen_news("tune-124"), 0.0037),
            // Measured once, blind, after the forty-fifth pass: 1.19% (21/1,763) and 1.46%
            // (12/823).
            // tune-125 1.19% (21/1,762) -> 1.14% (20/1,762) after the fifty-third pass.
            ("tune-125", unseen_news("tune-125"), 0.0115),
            // tune-126 worked on by the forty-seventh (`itsbat nikah`, `pasutri`, `pancing
            // tonda`): 0.61% (5/818).
            // 0.37% (3/818) once the forty-eighth glossed `sirri`, `satker`.
            ("tune-126", unseen_news("tune-126"), 0.0038),
            // Measured once, blind, after the forty-fifth pass: 0.58% (11/1,906) and 0.81%
            // (16/1,987).
            // tune-127 0.53% (10/1,904) once the fifty-first glossed `ala`.
            ("tune-127", unseen_news("tune-127"), 0.0053),
            // tune-128 0.61% (12/1,979) once the fifty-sixth read `musrenbang`.
            // tune-128 0.45% (9/1,979) once the seventy-second read `bentor` (three times).
            ("tune-128", unseen_news("tune-128"), 0.0046),
            // Measured once, blind, after the forty-sixth pass: 0.56% (11/1,966) and 1.28%
            // (23/1,798).
            // tune-129 0.51% (10/1,965) once the forty-ninth read `penyakit ngorok`.
            ("tune-129", unseen_news("tune-129"), 0.0051),
            // tune-130 1.11% (20/1,797) once the forty-eighth glossed `ekskul`, `katir`, `purna
            // wiyata`.
            ("tune-130", unseen_news("tune-130"), 0.0112),
            // Measured once, blind, after the forty-sixth pass: 1.03% (18/1,756) and 0.54%
            // (12/2,214).
            // tune-131 0.97% (17/1,749) once the sixty-seventh read `belas kasihan`.
            ("tune-131", unseen_news("tune-131"), 0.0098),
            // tune-132 0.41% (9/2,214) once the fiftieth glossed `los`.
            // tune-132 0.41% (9/2,214) -> 0.36% (8/2,213) after the fifty-third pass.
            // 0.32% (7/2,213) once the fifty-eighth read `kultum`.
            ("tune-132", unseen_news("tune-132"), 0.0032),
            // Measured once, blind, after the forty-seventh pass: 1.40% (17/1,212) and 0.96%
            // (18/1,878).
            // tune-133 1.32% (16/1,212) once the forty-eighth glossed `kolekte`; 0.66% (8/1,212)
            // and tune-134 0.64% (12/1,872) once the forty-ninth worked on their left-overs.
            // tune-133 0.50% (6/1,210) once the sixty-fifth read `kering kerontang`.
            ("tune-133", unseen_news("tune-133"), 0.005),
            // tune-134 0.64% (12/1,872) -> 0.59% (11/1,872) after the fifty-third pass.
            ("tune-134", unseen_news("tune-134"), 0.0060),
            // Measured once, blind, after the forty-seventh pass: 0.75% (15/1,992) and 0.87%
            // (11/1,269).
            // tune-135 0.75% (15/1,992) -> 0.70% (14/1,992) after the fifty-third pass.
            ("tune-135", unseen_news("tune-135"), 0.0072),
            ("tune-136", unseen_news("tune-136"), 0.0087),
            // Measured once, blind, after the forty-eighth pass: 0.63% (12/1,895) and 0.47%
            // (9/1,915).
            // 0.42% (8/1,893) and 0.42% (8/1,915) once the forty-ninth worked on them; 0.32%
            // (6/1,893) and 0.31% (6/1,912) once the fiftieth read `dispenda`, `melompong`,
            // `drumband`.
            ("tune-137", unseen_news("tune-137"), 0.0032),
            ("tune-138", unseen_news("tune-138"), 0.0032),
            // Measured once, blind, after the forty-eighth pass: 0.42% (3/717) and 1.06%
            // (19/1,800).
            ("tune-139", unseen_news("tune-139"), 0.0042),
            // tune-140 0.83% (15/1,800) once the fiftieth read `ani-ani`, `disbudpar`, `dishub`,
            // `polair`.
            // tune-140 0.78% (14/1,800) once the fifty-second glossed `ghaib`.
            ("tune-140", unseen_news("tune-140"), 0.0078),
            // Measured once, blind, after the forty-ninth pass: 1.34% (27/2,013) and 1.03%
            // (18/1,755).
            // Worked on by the fiftieth (`los`, `niskala`; `ulin`, `tongkonan`): 1.04% (21/2,013)
            // and 0.91% (16/1,755).
            // tune-141 0.80% (16/2,012) once the fifty-first read `kelian`, `sekehe teruna`,
            // `wewidangan`.
            // tune-141 0.50% (10/2,012) once the fifty-second read `rahina`, `droping`, `gillnet`,
            // `arad`.
            ("tune-141", unseen_news("tune-141"), 0.0050),
            // tune-142 0.91% (16/1,755) -> 0.85% (15/1,755) after the fifty-third pass.
            // tune-142 0.74% (13/1,754) once the sixty-sixth read `tedong bonga`.
            ("tune-142", unseen_news("tune-142"), 0.0075),
            // Measured once, blind, after the forty-ninth pass: 0.45% (8/1,789) and 2.54%
            // (46/1,813: twenty of them Sumbawa's buffalo race, `barapan kebo`, named again
            // and again on one page).
            ("tune-143", unseen_news("tune-143"), 0.0045),
            // tune-144 1.27% (23/1,805) once the fifty-first read `barapan kebo`, `kebo`,
            // `karapan kerbau`, `ala`.
            // tune-144 1.16% (21/1,805) once the fifty-second glossed `hiruk-pikuk`, `lemet`.
            ("tune-144", unseen_news("tune-144"), 0.0117),
            // Measured once, blind, after the fiftieth pass: 1.75% (33/1,888) and 0.87%
            // (18/2,059).
            // tune-145 1.59% (30/1,888) once the fifty-first glossed `meugang`.
            // tune-145 1.48% (28/1,888) once the fifty-second glossed `pantura`.
            ("tune-145", unseen_news("tune-145"), 0.0149),
            // tune-146 0.87% (18/2,059) -> 0.73% (15/2,059) after the fifty-third pass.
            ("tune-146", unseen_news("tune-146"), 0.0074),
            // Measured once, blind, after the fiftieth pass: 0.66% (12/1,808) and 2.67%
            // (39/1,458).
            // tune-147 0.61% (11/1,808) once the sixty-third read `terasering`.
            ("tune-147", unseen_news("tune-147"), 0.0061),
            // tune-148 2.13% (31/1,458) once the fifty-first glossed `keltan`, `pecalang`.
            // 1.18% (17/1,439) at the start of the fifty-second pass (the fifteenth session's
            // tag row took a row of hashtags out of the text);
            // 0.83% (12/1,439) once the fifty-second read `wewengkon`, `boboko`, `aseupan`,
            // `hihid`, `lemet`.
            ("tune-148", unseen_news("tune-148"), 0.0084),
            // Measured once, blind, after the fifty-first pass: 0.80% (19/2,372) and 1.12%
            // (16/1,426).
            ("tune-149", unseen_news("tune-149"), 0.0081),
            // tune-150 1.05% (15/1,426) once the fifty-second glossed `hiruk-pikuk`.
            ("tune-150", unseen_news("tune-150"), 0.0106),
            // Measured once, blind, after the fifty-first pass: 0.96% (13/1,355) and 0.71%
            // (10/1,405).
            ("tune-151", unseen_news("tune-151"), 0.0096),
            // tune-152 0.36% (5/1,401) once the fifty-ninth read `ulayat`, `hak ulayat`.
            // tune-152 0.21% (3/1,400) once the sixty-first read `nira`, `angin sepoi-sepoi`.
            // tune-152 0.14% (2/1,400) once the seventy-first read `terbersit` (its `tebersit`).
            ("tune-152", unseen_news("tune-152"), 0.0015),
            // Measured once, blind, after the fifty-second pass: 1.54% (20/1,299) and 1.72%
            // (28/1,624); tune-153 20/1,296 once Blogger's label notice was read as furniture.
            // tune-153 1.08% (14/1,296) and tune-154 1.23% (20/1,622) once the fifty-fourth
            // read `handil`, `bercadik`, `bugis`, `alek`, `larung`, `karawitan`.
            ("tune-153", unseen_news("tune-153"), 0.0109),
            // tune-154 1.11% (18/1,622) once the fifty-fifth read `tetabuhan`, `bleganjur`.
            // 0.99% (16/1,622) once the fifty-sixth read `uyon-uyon`, `tiban`.
            ("tune-154", unseen_news("tune-154"), 0.0100),
            // Measured once, blind, after the fifty-second pass: 1.63% (22/1,347) and 0.71%
            // (9/1,267).
            // tune-155 1.41% (19/1,347) once the fifty-fourth glossed `upakara`; 1.04% (14/1,347)
            // once the fifty-fifth read `caru`, `prayascita`, `tirta`, `nguri-nguri`, `uri-uri`.
            // 0.89% (12/1,347) once the fifty-sixth read `bija`, `rainan`.
            ("tune-155", unseen_news("tune-155"), 0.0090),
            ("tune-156", unseen_news("tune-156"), 0.0072),
            // Measured once, blind, after the fifty-third pass: 0.90% (14/1,559) and 0.62%
            // (9/1,457).
            // tune-157 0.83% (13/1,558) once the sixty-ninth read `suling tambur`.
            // tune-157 0.77% (12/1,558) once the seventy-first read `pioner`.
            ("tune-157", unseen_news("tune-157"), 0.0078),
            // tune-158 0.55% (8/1,457) once the fifty-fourth glossed `bercadik`.
            // tune-158 0.48% (7/1,454) once the seventy-second read `haha`.
            ("tune-158", unseen_news("tune-158"), 0.0049),
            // Measured once, blind, after the fifty-third pass and the units' rows: 0.99%
            // (17/1,718) and 1.18% (14/1,188).
            ("tune-159", unseen_news("tune-159"), 0.0099),
            // tune-160 1.09% (13/1,188) once the fifty-fifth's `caru` read `pecaruan`; 13/1,184
            // once its footer's legal notice was read as furniture.
            // 0.76% (9/1,184) once the fifty-sixth read `sasih`, `kaulu`, `ngusaba`.
            ("tune-160", unseen_news("tune-160"), 0.0077),
            // Measured once, blind, after the fifty-fourth pass: 1.09% (15/1,377) and 0.92%
            // (14/1,518).
            // tune-161 0.87% (12/1,377) once the fifty-sixth read `musrenbang`.
            ("tune-161", unseen_news("tune-161"), 0.0088),
            // tune-162 0.86% (13/1,514) once the sixty-first read `angin sepoi-sepoi`.
            ("tune-162", unseen_news("tune-162"), 0.0086),
            // Measured once, blind, after the fifty-fifth pass: 1.31% (17/1,298) and 1.47%
            // (27/1,837).
            // tune-163 0.92% (12/1,298) once the fifty-seventh read `banua`, `acil`, `torang`.
            // tune-163 0.85% (11/1,298) once the sixty-ninth read `sy`.
            ("tune-163", unseen_news("tune-163"), 0.0085),
            // tune-164 1.20% (22/1,837) once the fifty-sixth read `kaul`, `berkaul`, `randai`.
            // 1.14% (21/1,837) once the fifty-seventh read `saluang`, 1.09% (20/1,837) once the
            // fifty-eighth read `rabana`; 1.14% again with `saluang` taken out (sixteenth session).
            // tune-164 1.09% (20/1,837) once the sixty-fifth read `muda-mudi`.
            ("tune-164", unseen_news("tune-164"), 0.0109),
            // Measured once, blind, after the fifty-fifth pass: 1.41% (22/1,556) and 0.58%
            // (12/2,067).
            // tune-165 1.29% (20/1,556) once the fifty-seventh read `piodalan`, `pelinggih`.
            ("tune-165", unseen_news("tune-165"), 0.0129),
            ("tune-166", unseen_news("tune-166"), 0.0059),
            // Round 88's sets, measured once, blind, after the fifty-sixth pass: tune-167 2.62%
            // (46/1,757), tune-168 2.21% (47/2,123).
            // tune-167 2.50% (44/1,757) after the fifty-seventh pass; 2.45% (43/1,757) once the
            // fifty-eighth read `kultum`.
            // tune-167 2.33% (41/1,757) once the sixty-fifth read `menyebrangi`, `pelsus`.
            // tune-167 2.28% (40/1,757) once the sixty-sixth read `tongkrongan`.
            // tune-167 2.22% (39/1,757) once the sixty-seventh read `el-nino`.
            ("tune-167", unseen_news("tune-167"), 0.0222),
            // tune-168 1.89% (40/2,117) once the fifty-eighth read `lubuk larangan`, `kufur nikmat`,
            // `tayub`, `rabana`.
            // tune-168 1.84% (39/2,117) once the sixty-first read `kharismatik`.
            // tune-168 1.75% (37/2,115) once the sixty-seventh read `panglima laot`.
            ("tune-168", unseen_news("tune-168"), 0.0175),
            // Round 89's sets, measured once, blind, after the fifty-seventh pass: tune-169 2.16%
            // (35/1,617), tune-170 1.90% (34/1,787).
            // tune-169 1.55% (25/1,617) once the fifty-ninth read `mite`, `kalwedo`, `basudara`.
            // tune-169 1.30% (21/1,616) once the sixty-seventh read `totem`, `naik pitam`,
            // `ceplas-ceplos`.
            ("tune-169", unseen_news("tune-169"), 0.0130),
            // tune-170 1.73% (31/1,787) once the sixty-second read `gempal`, `arwana`, `balado`.
            // tune-170 1.68% (30/1,785) once the sixty-seventh read `imaji` (round 108's segmenter).
            // tune-170 1.57% (28/1,785) once the seventy-second read `haha`, `huahaha`.
            ("tune-170", unseen_news("tune-170"), 0.0157),
            // Round 90's sets, measured once, blind, after the fifty-seventh pass: tune-171 1.11%
            // (20/1,794), tune-172 0.78% (12/1,541).
            // tune-171 0.39% (7/1,791) once the fifty-ninth read `makepung lampit`, `ulayat`.
            // tune-171 0.34% (6/1,791) once the sixty-fifth read `kliwon`.
            ("tune-171", unseen_news("tune-171"), 0.0034),
            ("tune-172", unseen_news("tune-172"), 0.0078),
            // Round 91's sets, measured once, blind, after the fifty-eighth pass: tune-173 1.23%
            // (19/1,550), tune-174 1.87% (35/1,867).
            // tune-173 1.10% (17/1,550) once the fifty-ninth read `tiwah`, `ditiwah`.
            // tune-173 1.03% (16/1,550) once the seventy-first read `katonik`.
            ("tune-173", unseen_news("tune-173"), 0.0104),
            // tune-174 1.82% (34/1,867) once the sixtieth read `yasinan`.
            // tune-174 1.77% (33/1,866) once the sixty-fifth read `kering kerontang`.
            // tune-174 1.71% (32/1,866) once the sixty-sixth read `religiusitas`.
            ("tune-174", unseen_news("tune-174"), 0.0172),
            // Round 92's sets, measured once, blind, after the fifty-eighth pass: tune-175 1.64%
            // (25/1,525), tune-176 1.53% (24/1,568). tune-175 1.65% (25/1,516) once WordPress.com's
            // Indonesian comment form was furniture (its words no longer counted).
            // tune-175 1.39% (21/1,513) once the sixtieth read `keramba`, `udang rebon`.
            // tune-175 1.26% (19/1,513) once the sixty-first read `petis`, `ebi`; tune-176 1.47%
            // (23/1,568) once it read `juriat`.
            ("tune-175", unseen_news("tune-175"), 0.0126),
            ("tune-176", unseen_news("tune-176"), 0.0147),
            // Round 93's sets, measured once, blind, after the fifty-ninth pass: tune-177 0.85%
            // (17/1,997), tune-178 0.92% (12/1,307).
            // tune-177 0.60% (12/1,997) once the sixtieth read `bimtek`, `karamba`, `kecombrang`,
            // `honje`; tune-178 0.54% (7/1,307) once it read `emperan`, `tunadaksa`.
            // tune-177 0.55% (11/1,997) once the sixty-fifth read `mencarter`.
            // tune-177 0.45% (9/1,996) once the sixty-sixth read `tedong bonga`.
            ("tune-177", unseen_news("tune-177"), 0.0046),
            ("tune-178", unseen_news("tune-178"), 0.0054),
            // Round 94's, measured once, blind, after the sixtieth pass: tune-179 0.91% (15/1,650).
            // tune-179 0.79% (13/1,650) once the sixty-first read `nira`.
            // tune-179 0.73% (12/1,650) once the sixty-fifth read `carter`.
            ("tune-179", unseen_news("tune-179"), 0.0073),
            // tune-180 1.43% (29/2,026), measured once, blind, after the sixtieth pass.
            // tune-180 1.04% (21/2,018) once the sixty-first read `nira`, `embun upas`, `bappeda`,
            // `gerak-gerik`; it stood at 1.34% (27/2,021) before this pass.
            ("tune-180", unseen_news("tune-180"), 0.0105),
            // Rounds 95 to 97's sets, measured once, blind, after the sixty-first pass: tune-181
            // 1.79% (29/1,623), tune-182 1.17% (21/1,790), tune-183 1.19% (14/1,177), tune-184
            // 0.60% (8/1,323), tune-185 1.32% (22/1,667), tune-186 0.82% (13/1,586).
            // tune-181 1.23% (20/1,623) once the sixty-second read `tumbilotohe`, `tumbilatohe`,
            // `lempung`; tune-182 1.12% (20/1,790) once it read `konsumtif`; tune-185 1.26%
            // (21/1,667) once it read `paceklik`; tune-186 0.57% (9/1,586) once it read `ngaben`.
            // tune-182 0.95% (17/1,790) once the sixty-third read `ohoi`, `reyot`; tune-183 1.02%
            // (12/1,177) once it read `hulubalang`, `silek`; tune-186 0.50% (8/1,586) once it read
            // `punokawan` (`didong`, read too at first, taken out: see docs/backends.md).
            ("tune-181", unseen_news("tune-181"), 0.0124),
            ("tune-182", unseen_news("tune-182"), 0.0095),
            // tune-183 0.85% (10/1,176) once the seventieth read `bundo kanduang`.
            ("tune-183", unseen_news("tune-183"), 0.0086),
            ("tune-184", unseen_news("tune-184"), 0.0061),
            // tune-185 1.14% (19/1,667) once the sixty-fifth read `nyungsep`.
            ("tune-185", unseen_news("tune-185"), 0.0114),
            ("tune-186", unseen_news("tune-186"), 0.0051),
            // Round 98's, measured once, blind, after the sixty-first pass: tune-187 0.33%
            // (7/2,104), tune-188 1.60% (25/1,562).
            ("tune-187", unseen_news("tune-187"), 0.0034),
            // tune-188 1.54% (24/1,562) once the sixty-third read `alsintan`.
            ("tune-188", unseen_news("tune-188"), 0.0154),
            // Round 99's, measured once, blind, after the sixty-first pass: tune-189 2.62%
            // (48/1,832), tune-190 2.10% (39/1,858).
            // tune-189 2.57% (47/1,832) once the sixty-fifth read `carter`.
            ("tune-189", unseen_news("tune-189"), 0.0257),
            // tune-190 1.56% (29/1,858) once the sixty-third read `pekon`, `terasering`, `nyekar`.
            // tune-190 1.13% (21/1,856) once the sixty-fifth read `kering kerontang`, `nifas`,
            // `haflah akhirussanah`, `sholih`.
            // tune-190 1.08% (20/1,855) once the sixty-ninth read `ngusaba nini`.
            ("tune-190", unseen_news("tune-190"), 0.0108),
            // Round 100's, measured once, blind, after the sixty-second pass: tune-191 1.60%
            // (26/1,620), tune-192 1.78% (29/1,625).
            // tune-191 1.30% (21/1,619) once the sixty-fifth read `mabuk kepayang`, `beriak`,
            // `nginep`, `menyebrang`.
            ("tune-191", unseen_news("tune-191"), 0.013),
            // tune-192 1.48% (24/1,625) once the sixty-fourth read `kapling`, `widyawisata`,
            // `karyawisata`.
            // tune-192 1.42% (23/1,624) once the sixty-fifth read `pasar krempyeng`.
            ("tune-192", unseen_news("tune-192"), 0.0142),
            // Round 101's, measured once, blind, after the sixty-second pass: tune-193 2.67%
            // (52/1,945), tune-194 1.44% (23/1,594).
            // tune-193 2.31% (45/1,945) once the sixty-fourth read `katekisasi`, `baronang`,
            // `barakuda`.
            // tune-193 1.85% (36/1,945) once the sixty-fifth read `pelsus`, `musyrif`, `musyrifah`,
            // `shalih`.
            // tune-193 1.75% (34/1,945) once the sixty-ninth read `mapalus`.
            ("tune-193", unseen_news("tune-193"), 0.0175),
            // tune-194 1.32% (21/1,596) once the sixty-fifth read `markah`, `semafor`.
            ("tune-194", unseen_news("tune-194"), 0.0132),
            // Round 102's, measured once, blind, after the sixty-fourth pass: tune-195 1.24%
            // (24/1,930), tune-196 1.06% (17/1,607).
            // tune-195 1.09% (21/1,928) once the sixty-fifth read `pasar krempyeng`, `kliwon`,
            // `lauk pauk`.
            // tune-195 0.93% (18/1,928) once the sixty-sixth read `punden`, `tumpengan`.
            ("tune-195", unseen_news("tune-195"), 0.0094),
            // tune-196 1.00% (16/1,607) once the sixty-sixth read `talam`.
            ("tune-196", unseen_news("tune-196"), 0.0100),
            // Rounds 103 and 104's, measured once, blind, after the sixty-fifth pass: tune-197
            // 0.82% (13/1,586), tune-198 2.80% (45/1,606), tune-199 0.72% (13/1,804), tune-200
            // 1.67% (30/1,801).
            // tune-197 0.76% (12/1,586) once the sixty-sixth read `siomay`.
            ("tune-197", unseen_news("tune-197"), 0.0076),
            // tune-198 2.18% (35/1,606) once the sixty-sixth read `begawi`, `tiyuh`, `serundeng`,
            // `paroan`, `tahmid`.
            ("tune-198", unseen_news("tune-198"), 0.0218),
            // tune-199 0.67% (12/1,804) once the sixty-sixth read `talam`.
            ("tune-199", unseen_news("tune-199"), 0.0067),
            // tune-200 1.50% (27/1,801) once the sixty-sixth read `colo-colo`, `bobato`, `kucel`.
            // tune-200 1.44% (26/1,801) once the seventy-first read `pioner`.
            ("tune-200", unseen_news("tune-200"), 0.0145),
            // Round 105's, measured once, blind, after the sixty-fifth pass: tune-201 1.62%
            // (29/1,794), tune-202 2.27% (43/1,894).
            // tune-201 1.51% (27/1,793) once the sixty-sixth read `air bah`, `kelong`.
            ("tune-201", unseen_news("tune-201"), 0.0151),
            // tune-202 2.01% (38/1,893) once the sixty-sixth read `jathilan`, `jempana`, `pratima`,
            // `panjak`, `jerih lelah`.
            // tune-202 1.95% (37/1,893) once the sixty-ninth read `wiwitan`.
            ("tune-202", unseen_news("tune-202"), 0.0196),
            // Round 106's, measured once, blind, after the sixty-sixth pass: tune-203 3.30%
            // (60/1,820), tune-204 3.06% (61/1,995).
            // tune-203 3.24% (59/1,820) once the sixty-seventh read `medok`.
            // tune-203 3.19% (58/1,820) once the seventy-second read `hiks`.
            ("tune-203", unseen_news("tune-203"), 0.0319),
            // tune-204 2.51% (50/1,995) once the sixty-seventh read `tabuik`, `bono`, `nibung`, `kuyup`,
            // `menyeruak`, `bergelayut`, `sepoi`.
            ("tune-204", unseen_news("tune-204"), 0.0251),
            // Round 107's, measured once, blind, after the sixty-sixth pass: tune-205 2.18%
            // (40/1,839), tune-206 1.78% (31/1,746).
            // After the sixty-eighth pass: tune-205 1.69% (31/1,835), tune-206 1.55% (27/1,743).
            ("tune-205", unseen_news("tune-205"), 0.0169),
            // tune-206 1.49% (26/1,743) once the seventy-second read `hiks`.
            ("tune-206", unseen_news("tune-206"), 0.0150),
            // Round 108's, measured once, blind, after the sixty-sixth pass: tune-207 1.23%
            // (22/1,787), tune-208 1.78% (29/1,632).
            // After the sixty-eighth pass: tune-207 0.84% (15/1,786), tune-208 1.47% (24/1,632).
            // tune-207 0.73% (13/1,786) once the seventy-second read `haha` (twice).
            ("tune-207", unseen_news("tune-207"), 0.0073),
            // tune-208 1.35% (22/1,633) once the seventy-second read `haha` (twice).
            ("tune-208", unseen_news("tune-208"), 0.0135),
            // Round 109's, measured once, blind, after the sixty-seventh pass: tune-209 2.50%
            // (42/1,681), tune-210 3.39% (50/1,475).
            // After the sixty-ninth pass: tune-209 1.96% (33/1,680), tune-210 2.17% (32/1,472).
            // tune-209 1.90% (32/1,680) once the seventy-second read `hahaa`.
            ("tune-209", unseen_news("tune-209"), 0.0191),
            // tune-210 2.11% (31/1,472) once the seventy-second read `haha`.
            ("tune-210", unseen_news("tune-210"), 0.0211),
            // Round 110's, measured once, blind, before the sixty-ninth pass's rows: tune-211
            // 2.01% (30/1,493), tune-212 1.88% (31/1,650).
            // After the sixty-ninth pass: tune-211 1.94% (29/1,492), tune-212 1.82% (30/1,650).
            ("tune-211", unseen_news("tune-211"), 0.0195),
            ("tune-212", unseen_news("tune-212"), 0.0164),
            // Round 111's, measured once, blind, after the sixty-ninth pass: tune-213 1.37%
            // (21/1,538), tune-214 1.38% (18/1,305).
            // After the seventieth pass: tune-212 1.64% (27/1,650), tune-213 1.11% (17/1,538),
            // tune-214 1.07% (14/1,303).
            ("tune-213", unseen_news("tune-213"), 0.0111),
            // tune-214 0.92% (12/1,303) once the seventy-second read `hahaha` (twice).
            ("tune-214", unseen_news("tune-214"), 0.0093),
            // Round 112's, measured once, blind: tune-215 1.00% (15/1,496, after the seventieth
            // pass), tune-216 2.10% (33/1,575, after the sixty-ninth).
            // After the seventy-first pass: tune-215 0.74% (11/1,494), tune-216 1.97% (31/1,575).
            // tune-215 0.67% (10/1,494) once the seventy-second read `hahaha`.
            ("tune-215", unseen_news("tune-215"), 0.0067),
            ("tune-216", unseen_news("tune-216"), 0.0197),
            // Round 113's, measured once, blind, after the seventieth pass: tune-217 1.44%
            // (20/1,389), tune-218 1.58% (24/1,521).
            // After the seventy-second pass: tune-217 1.08% (15/1,389), tune-218 1.45% (22/1,521).
            ("tune-217", unseen_news("tune-217"), 0.0108),
            ("tune-218", unseen_news("tune-218"), 0.0145),
            // Round 114's, measured once, blind, after the seventy-first pass: tune-219 2.35%
            // (43/1,828), tune-220 2.27% (35/1,544).
            // After the seventy-second pass: tune-219 1.86% (34/1,828), tune-220 1.94% (30/1,543).
            ("tune-219", unseen_news("tune-219"), 0.0186),
            ("tune-220", unseen_news("tune-220"), 0.0195),
            // Round 115's, measured once, blind, after the seventy-first pass and the laughter
            // reading: tune-221 2.31% (31/1,341), tune-222 1.56% (20/1,285).
            // tune-221 2.16% (29/1,341) once the seventy-third read `kapusin`, `cumulonimbus`.
            ("tune-221", unseen_news("tune-221"), 0.0217),
            ("tune-222", unseen_news("tune-222"), 0.0156),
            // Round 116's, measured once, blind, after the seventy-second pass: tune-223 3.09%
            // (49/1,586), tune-224 0.89% (14/1,572).
            // tune-223 2.90% (46/1,586) once the seventy-third read `rica`, `extrim`, `extrime`.
            ("tune-223", unseen_news("tune-223"), 0.0291),
            // tune-224 0.70% (11/1,572) once the seventy-third read `dibandrol` (twice), `celcius`.
            ("tune-224", unseen_news("tune-224"), 0.0070),
        ],
    );
}

/// Unseen news (tests/data/news-unseen), the held-out parts: only scored, never read for
/// words; each limit is the figure first scored blind (or lower, as later scored).
#[test]
fn unknown_rate_on_unseen_news_heldout() {
    check_unknown_rate(
        "unseen",
        &[
            ("heldout-5", unseen_news("heldout-5"), LIMIT_HELDOUT_5),
            ("heldout-6", unseen_news("heldout-6"), LIMIT_HELDOUT_6),
            ("heldout-7", unseen_news("heldout-7"), LIMIT_HELDOUT_7),
            ("heldout-8", unseen_news("heldout-8"), LIMIT_HELDOUT_8),
            ("heldout-9", unseen_news("heldout-9"), LIMIT_HELDOUT_9),
            ("heldout-10", unseen_news("heldout-10"), LIMIT_HELDOUT_10),
            ("heldout-11", unseen_news("heldout-11"), LIMIT_HELDOUT_11),
            ("heldout-12", unseen_news("heldout-12"), LIMIT_HELDOUT_12),
            ("heldout-13", unseen_news("heldout-13"), LIMIT_HELDOUT_13),
            ("heldout-14", unseen_news("heldout-14"), LIMIT_HELDOUT_14),
            ("heldout-15", unseen_news("heldout-15"), LIMIT_HELDOUT_15),
            ("heldout-16", unseen_news("heldout-16"), LIMIT_HELDOUT_16),
            ("heldout-17", unseen_news("heldout-17"), LIMIT_HELDOUT_17),
            ("heldout-18", unseen_news("heldout-18"), LIMIT_HELDOUT_18),
            ("heldout-19", unseen_news("heldout-19"), LIMIT_HELDOUT_19),
            ("heldout-20", unseen_news("heldout-20"), LIMIT_HELDOUT_20),
            ("heldout-21", unseen_news("heldout-21"), LIMIT_HELDOUT_21),
            ("heldout-22", unseen_news("heldout-22"), LIMIT_HELDOUT_22),
            ("heldout-23", unseen_news("heldout-23"), LIMIT_HELDOUT_23),
            ("heldout-24", unseen_news("heldout-24"), LIMIT_HELDOUT_24),
            ("heldout-25", unseen_news("heldout-25"), LIMIT_HELDOUT_25),
            ("heldout-26", unseen_news("heldout-26"), LIMIT_HELDOUT_26),
            ("heldout-27", unseen_news("heldout-27"), LIMIT_HELDOUT_27),
            ("heldout-28", unseen_news("heldout-28"), LIMIT_HELDOUT_28),
            ("heldout-29", unseen_news("heldout-29"), LIMIT_HELDOUT_29),
            ("heldout-30", unseen_news("heldout-30"), LIMIT_HELDOUT_30),
            ("heldout-31", unseen_news("heldout-31"), LIMIT_HELDOUT_31),
            ("heldout-32", unseen_news("heldout-32"), LIMIT_HELDOUT_32),
            ("heldout-33", unseen_news("heldout-33"), LIMIT_HELDOUT_33),
            ("heldout-34", unseen_news("heldout-34"), LIMIT_HELDOUT_34),
            ("heldout-35", unseen_news("heldout-35"), LIMIT_HELDOUT_35),
            ("heldout-36", unseen_news("heldout-36"), LIMIT_HELDOUT_36),
            ("heldout-37", unseen_news("heldout-37"), LIMIT_HELDOUT_37),
            ("heldout-38", unseen_news("heldout-38"), LIMIT_HELDOUT_38),
            ("heldout-39", unseen_news("heldout-39"), LIMIT_HELDOUT_39),
            ("heldout-40", unseen_news("heldout-40"), LIMIT_HELDOUT_40),
            ("heldout-41", unseen_news("heldout-41"), LIMIT_HELDOUT_41),
            ("heldout-42", unseen_news("heldout-42"), LIMIT_HELDOUT_42),
            ("heldout-43", unseen_news("heldout-43"), LIMIT_HELDOUT_43),
            ("heldout-44", unseen_news("heldout-44"), LIMIT_HELDOUT_44),
            ("heldout-45", unseen_news("heldout-45"), LIMIT_HELDOUT_45),
            ("heldout-46", unseen_news("heldout-46"), LIMIT_HELDOUT_46),
            ("heldout-47", unseen_news("heldout-47"), LIMIT_HELDOUT_47),
            ("heldout-48", unseen_news("heldout-48"), LIMIT_HELDOUT_48),
            ("heldout-49", unseen_news("heldout-49"), LIMIT_HELDOUT_49),
            ("heldout-50", unseen_news("heldout-50"), LIMIT_HELDOUT_50),
            ("heldout-51", unseen_news("heldout-51"), LIMIT_HELDOUT_51),
            ("heldout-52", unseen_news("heldout-52"), LIMIT_HELDOUT_52),
            ("heldout-53", unseen_news("heldout-53"), LIMIT_HELDOUT_53),
            ("heldout-54", unseen_news("heldout-54"), LIMIT_HELDOUT_54),
            ("heldout-55", unseen_news("heldout-55"), LIMIT_HELDOUT_55),
            ("heldout-56", unseen_news("heldout-56"), LIMIT_HELDOUT_56),
            ("heldout-57", unseen_news("heldout-57"), LIMIT_HELDOUT_57),
            ("heldout-58", unseen_news("heldout-58"), LIMIT_HELDOUT_58),
            ("heldout-59", unseen_news("heldout-59"), LIMIT_HELDOUT_59),
            ("heldout-60", unseen_news("heldout-60"), LIMIT_HELDOUT_60),
            ("heldout-61", unseen_news("heldout-61"), LIMIT_HELDOUT_61),
            ("heldout-62", unseen_news("heldout-62"), LIMIT_HELDOUT_62),
            ("heldout-63", unseen_news("heldout-63"), LIMIT_HELDOUT_63),
            ("heldout-64", unseen_news("heldout-64"), LIMIT_HELDOUT_64),
            ("heldout-65", unseen_news("heldout-65"), LIMIT_HELDOUT_65),
            ("heldout-66", unseen_news("heldout-66"), LIMIT_HELDOUT_66),
            ("heldout-67", unseen_news("heldout-67"), LIMIT_HELDOUT_67),
            ("heldout-68", unseen_news("heldout-68"), LIMIT_HELDOUT_68),
            ("heldout-69", unseen_news("heldout-69"), LIMIT_HELDOUT_69),
            ("heldout-70", unseen_news("heldout-70"), LIMIT_HELDOUT_70),
            ("heldout-71", unseen_news("heldout-71"), LIMIT_HELDOUT_71),
            ("heldout-72", unseen_news("heldout-72"), LIMIT_HELDOUT_72),
            ("heldout-73", unseen_news("heldout-73"), LIMIT_HELDOUT_73),
            ("heldout-74", unseen_news("heldout-74"), LIMIT_HELDOUT_74),
            ("heldout-75", unseen_news("heldout-75"), LIMIT_HELDOUT_75),
            ("heldout-76", unseen_news("heldout-76"), LIMIT_HELDOUT_76),
            ("heldout-77", unseen_news("heldout-77"), LIMIT_HELDOUT_77),
            ("heldout-78", unseen_news("heldout-78"), LIMIT_HELDOUT_78),
            ("heldout-79", unseen_news("heldout-79"), LIMIT_HELDOUT_79),
            ("heldout-80", unseen_news("heldout-80"), LIMIT_HELDOUT_80),
            ("heldout-81", unseen_news("heldout-81"), LIMIT_HELDOUT_81),
            ("heldout-82", unseen_news("heldout-82"), LIMIT_HELDOUT_82),
            ("heldout-83", unseen_news("heldout-83"), LIMIT_HELDOUT_83),
            ("heldout-84", unseen_news("heldout-84"), LIMIT_HELDOUT_84),
            ("heldout-85", unseen_news("heldout-85"), LIMIT_HELDOUT_85),
            ("heldout-86", unseen_news("heldout-86"), LIMIT_HELDOUT_86),
            ("heldout-87", unseen_news("heldout-87"), LIMIT_HELDOUT_87),
            ("heldout-88", unseen_news("heldout-88"), LIMIT_HELDOUT_88),
            ("heldout-89", unseen_news("heldout-89"), LIMIT_HELDOUT_89),
            ("heldout-90", unseen_news("heldout-90"), LIMIT_HELDOUT_90),
            ("heldout-91", unseen_news("heldout-91"), LIMIT_HELDOUT_91),
            ("heldout-92", unseen_news("heldout-92"), LIMIT_HELDOUT_92),
            ("heldout-93", unseen_news("heldout-93"), LIMIT_HELDOUT_93),
            ("heldout-94", unseen_news("heldout-94"), LIMIT_HELDOUT_94),
            ("heldout-95", unseen_news("heldout-95"), LIMIT_HELDOUT_95),
            ("heldout-96", unseen_news("heldout-96"), LIMIT_HELDOUT_96),
            ("heldout-97", unseen_news("heldout-97"), LIMIT_HELDOUT_97),
            ("heldout-98", unseen_news("heldout-98"), LIMIT_HELDOUT_98),
            ("heldout-99", unseen_news("heldout-99"), LIMIT_HELDOUT_99),
            ("heldout-100", unseen_news("heldout-100"), LIMIT_HELDOUT_100),
            ("heldout-101", unseen_news("heldout-101"), LIMIT_HELDOUT_101),
            ("heldout-102", unseen_news("heldout-102"), LIMIT_HELDOUT_102),
            ("heldout-103", unseen_news("heldout-103"), LIMIT_HELDOUT_103),
            ("heldout-104", unseen_news("heldout-104"), LIMIT_HELDOUT_104),
            ("heldout-105", unseen_news("heldout-105"), LIMIT_HELDOUT_105),
            ("heldout-106", unseen_news("heldout-106"), LIMIT_HELDOUT_106),
            ("heldout-107", unseen_news("heldout-107"), LIMIT_HELDOUT_107),
            ("heldout-108", unseen_news("heldout-108"), LIMIT_HELDOUT_108),
            ("heldout-109", unseen_news("heldout-109"), LIMIT_HELDOUT_109),
            ("heldout-110", unseen_news("heldout-110"), LIMIT_HELDOUT_110),
            ("heldout-111", unseen_news("heldout-111"), LIMIT_HELDOUT_111),
            ("heldout-112", unseen_news("heldout-112"), LIMIT_HELDOUT_112),
            ("heldout-113", unseen_news("heldout-113"), LIMIT_HELDOUT_113),
            ("heldout-114", unseen_news("heldout-114"), LIMIT_HELDOUT_114),
        ],
    );
}

/// The former fourth held-out half of the unseen news (22 articles from 22 outlets in no other
/// file), scored blind after the fourth lexicon pass (0.92%, 30/3,276), opened as the tuning
/// set `tune-7` on 2026-12-06 for the segmenter; 0.40% (13/3,274) after the fifth lexicon
/// pass, which was tuned on it; 0.34% (11/3,274) after the thirteenth (the millimetre `mm`).
const LIMIT_TUNE_7: f64 = 0.0036;

/// The fifth held-out half of the unseen news (22 articles from 22 more outlets), annotated
/// before any tool ran on it and scored once, blind, after the sixth segmentation round:
/// 0.98% (31/3,155); 0.95% (30/3,152) after the fifth lexicon pass, 0.86% (27/3,151) after the
/// sixth, 0.83% (26/3,148) after the ninth, 0.79% (25/3,148) after the thirteenth.
/// Scored after the twenty-third pass: 0.76% (24/3,148).
/// Scored at the end of the ninth session (after the thirty-second pass): 0.73% (23/3,148).
const LIMIT_HELDOUT_5: f64 = 0.0074;

/// The sixth held-out half of the unseen news (24 articles from 24 more outlets), annotated
/// before any tool ran on it and scored once, blind, after the seventh segmentation round:
/// 1.20% (44/3,656); 0.82% (30/3,649) after the fifth lexicon pass and the sixth, 0.79%
/// (29/3,649) after the seventh, 0.74% (27/3,649) after the eighth, 0.66% (24/3,649) after the
/// ninth, 0.58% (21/3,647) after the tenth, 0.55% (20/3,646) after the eleventh, 0.52%
/// Scored after the twenty-second pass: 0.44% (16/3,643).
/// (19/3,645) after the fourteenth, 0.47% (17/3,645) after the seventeenth. Lowered at the end of
/// the seventeenth session (after the sixty-fourth pass): 0.41% (15/3,643).
const LIMIT_HELDOUT_6: f64 = 0.0042;

/// The seventh held-out half of the unseen news (22 articles from 22 more outlets), annotated
/// before any tool ran on it and scored once, blind, after the eighth segmentation round:
/// 1.39% (47/3,373); 1.36% (46/3,373) after the fifth lexicon pass, 1.25% (42/3,371) after the
/// sixth, 1.22% (41/3,369) after the ninth, 1.01% (34/3,368) after the tenth, 0.98% (33/3,368) after the twelfth,
/// 0.89% (30/3,368) after the thirteenth, 0.86% (29/3,368) after the seventeenth.
const LIMIT_HELDOUT_7: f64 = 0.0087;

/// The eighth held-out half of the unseen news (18 articles from 18 more outlets), annotated
/// before any tool ran on it and scored once, blind, after the tenth segmentation round:
/// 1.79% (47/2,631), above the 1.5% issue 13 asks for (the first held-out set over it);
/// 1.52% (40/2,631) after the fifth lexicon pass, still a word over; 1.48% (39/2,630) after
/// the sixth, under it; 1.33% (35/2,630) after the ninth, 1.29% (34/2,627) after the tenth,
/// 1.07% (28/2,627) after the seventeenth.
/// Scored after the twentieth pass: 0.99% (26/2,627).
/// Scored after the twenty-second pass: 0.84% (22/2,625).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 0.69% (18/2,625).
const LIMIT_HELDOUT_8: f64 = 0.0069;

/// The ninth and tenth held-out halves of the unseen news (18 articles each from 36 more
/// outlets), annotated before any tool ran on them and scored once, blind, after the fifth
/// lexicon pass and the twelfth segmentation round: 0.98% (27/2,763) and 1.22% (34/2,797);
/// 0.87% (24/2,763) and 1.11% (31/2,797) after the sixth lexicon pass; 0.87% and 1.04%
/// (29/2,795) after the ninth; 0.83% (23/2,763) and 1.00% (28/2,795) after the tenth;
/// heldout-10 0.93% (26/2,794) after the fourteenth.
/// Scored after the twentieth pass: 0.80% (22/2,760).
/// Scored at the end of the ninth session (after the thirty-second pass): 0.76% (21/2,756).
const LIMIT_HELDOUT_9: f64 = 0.0077;
/// Scored after the twentieth pass: 0.90% (25/2,793).
/// Scored after the twenty-second pass: 0.86% (24/2,793).
const LIMIT_HELDOUT_10: f64 = 0.0086;

/// The eleventh held-out half of the unseen news (18 articles from 18 more outlets), annotated
/// before any tool ran on it and scored once, blind, after the sixth lexicon pass and the
/// thirteenth segmentation round: 0.93% (25/2,701); 0.85% (23/2,701) after the seventh, 0.67% (18/2,700) after the twelfth,
/// 0.63% (17/2,700) after the fourteenth.
const LIMIT_HELDOUT_11: f64 = 0.0063;

/// The twelfth held-out half of the unseen news (13 articles from 13 more outlets), annotated
/// before any tool ran on it and scored once, blind, after the fourteenth segmentation round:
/// 2.48% (52/2,098), over the 1.5% of issue 13 (its pages include a blog in a regional
/// language's setting and quotes in a regional language; no lexicon work was done after the
/// sixth pass); unchanged after the seventh and eighth, 2.43% (51/2,098) after the ninth,
/// 2.38% (50/2,098) after the thirteenth, 2.34% (49/2,098) after the fourteenth,
/// 2.29% (48/2,098) after the fifteenth, 2.19% (46/2,098) after the seventeenth.
/// Scored after the twentieth pass: 2.14% (45/2,098).
/// Scored at the end of the tenth session (after the thirty-fifth pass): 2.10% (44/2,094).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 1.91% (40/2,094).
const LIMIT_HELDOUT_12: f64 = 0.0192;

/// The thirteenth held-out half of the unseen news (10 articles from 10 more outlets), annotated
/// before any tool ran on it and scored once, blind, after the seventh lexicon pass and the
/// fifteenth segmentation round: 0.57% (9/1,567); 0.45% (7/1,567) after the ninth.
/// Lowered at the end of the fourteenth session (after the fiftieth pass): 0.32% (5/1,567).
const LIMIT_HELDOUT_13: f64 = 0.0032;

/// The fourteenth held-out half of the unseen news (12 articles from 12 more outlets), annotated
/// before any tool ran on it and scored once, blind, after the eighth lexicon pass and the
/// sixteenth segmentation round: 1.17% (22/1,874); 1.01% (19/1,874) after the ninth, 0.91%
/// (17/1,873) after the tenth, 0.69% (13/1,871) after the fourteenth, 0.64% (12/1,871) after the
/// seventeenth.
/// Scored after the twentieth pass: 0.59% (11/1,871).
/// Scored at the end of the ninth session (after the thirty-second pass): 0.48% (9/1,871).
const LIMIT_HELDOUT_14: f64 = 0.0049;

/// The fifteenth held-out half of the unseen news (9 articles from 9 more outlets), annotated
/// before any tool ran on it and scored once, blind, after the ninth lexicon pass and the
/// seventeenth segmentation round: 0.69% (9/1,302).
/// Scored after the twentieth pass: 0.61% (8/1,302).
/// Scored after the twenty-seventh pass and segmentation round 41: 0.54% (7/1,302).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 0.46% (6/1,302).
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 0.38% (5/1,302).
const LIMIT_HELDOUT_15: f64 = 0.0039;

/// The sixteenth held-out half of the unseen news (13 articles from 13 more outlets), annotated
/// before any tool ran on it and scored once, blind, after the ninth lexicon pass and the
/// eighteenth segmentation round: 1.52% (31/2,037), a word over the 1.5% of issue 13;
/// unchanged after the tenth; 1.42% (29/2,037) after the eleventh, under it; 1.33% (27/2,033)
/// after the twelfth; 1.23% (25/2,033) after the fourteenth; 25/2,030 after segmentation round
/// 34, which read three more of its words as page chrome (the same unknown words, a rate a
/// hair higher: the limit follows).
/// At the end of the eighteenth session (after the sixty-sixth pass): 1.04% (21/2,026).
const LIMIT_HELDOUT_16: f64 = 0.0104;

/// The seventeenth held-out half of the unseen news (14 articles from 14 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the tenth lexicon pass and
/// the nineteenth segmentation round: 0.83% (17/2,042); 0.78% (16/2,042) after the
/// seventeenth; 0.69% (14/2,041) after the nineteenth.
/// Scored after the twenty-seventh pass and segmentation round 41: 0.44% (9/2,041).
/// Scored at the end of the ninth session (after the thirty-second pass): 0.39% (8/2,040).
const LIMIT_HELDOUT_17: f64 = 0.004;

/// The eighteenth held-out half of the unseen news (14 articles from 14 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the eleventh lexicon pass
/// and the twentieth segmentation round: 0.58% (12/2,052); 0.54% (11/2,052) after the
/// thirteenth, 0.49% (10/2,052) after the seventeenth.
const LIMIT_HELDOUT_18: f64 = 0.0049;

/// The nineteenth held-out half of the unseen news (16 articles from 16 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the twelfth lexicon pass
/// and the twenty-second segmentation round: 1.44% (35/2,423); 1.40% (34/2,423) after the
/// thirteenth, 1.36% (33/2,423) after the fourteenth, 1.32% (32/2,423) after the
/// fifteenth, 1.20% (29/2,423) after the seventeenth.
/// Scored after the twentieth pass: 0.78% (19/2,423).
const LIMIT_HELDOUT_19: f64 = 0.0079;

/// The twentieth held-out half of the unseen news (13 articles from 13 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the twelfth lexicon pass
/// and the twenty-second segmentation round: 1.00% (18/1,802).
/// Scored after the twenty-seventh pass and segmentation round 41: 0.94% (17/1,802).
/// Scored at the end of the tenth session (after the thirty-fifth pass): 0.89% (16/1,802).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 0.83% (15/1,802);
/// 0.78% (14/1,802) at the end of the nineteenth session (after the sixty-eighth pass).
/// 0.67% (12/1,801) at the end of the twentieth session (after the seventieth pass).
const LIMIT_HELDOUT_20: f64 = 0.0067;

/// The twenty-first held-out half of the unseen news (9 articles from 9 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the thirteenth lexicon
/// pass and the twenty-third segmentation round: 1.09% (14/1,290).
/// Scored after the twenty-third pass: 1.09% (14/1,290), unchanged.
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 1.01% (13/1,290).
const LIMIT_HELDOUT_21: f64 = 0.0101;

/// The twenty-second held-out half of the unseen news (7 articles from 7 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the fourteenth lexicon
/// pass and the twenty-fourth segmentation round: 0.30% (3/991).
const LIMIT_HELDOUT_22: f64 = 0.0031;

/// The twenty-third held-out half of the unseen news (13 articles from 13 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the fourteenth lexicon
/// pass and the twenty-fifth segmentation round: 1.67% (33/1,981), over the 1.5% of issue 13;
/// 1.62% (32/1,981) after the seventeenth.
/// Scored after the twentieth pass: 1.51% (30/1,981).
/// Scored after the twenty-third pass: 0.91% (18/1,981).
const LIMIT_HELDOUT_23: f64 = 0.0091;

/// The twenty-fourth held-out half of the unseen news (11 articles from 11 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the fifteenth lexicon
/// pass and the twenty-sixth segmentation round: 1.07% (16/1,489); 1.01% (15/1,489) after
/// the seventeenth.
/// Scored after the twentieth pass: 0.94% (14/1,489);
/// 0.87% (13/1,488) at the end of the nineteenth session (after the sixty-eighth pass).
const LIMIT_HELDOUT_24: f64 = 0.0088;

/// The twenty-fifth held-out half of the unseen news (14 articles from 14 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the sixteenth pass and the
/// twenty-seventh segmentation round: 0.71% (14/1,979).
/// Scored after the twentieth pass: 0.61% (12/1,979).
/// Scored at the end of the ninth session (after the thirty-second pass): 0.56% (11/1,979).
/// Lowered at the end of the fourteenth session (after the fiftieth pass): 0.40% (8/1,979).
const LIMIT_HELDOUT_25: f64 = 0.0041;

/// The twenty-sixth held-out half of the unseen news (13 articles from 13 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the sixteenth pass and the
/// twenty-eighth segmentation round: 1.64% (28/1,710), over the 1.5% of issue 13.
/// Scored after the twenty-second pass: 1.58% (27/1,710).
/// Scored after the twenty-third pass: 1.40% (24/1,710).
/// Scored at the end of the ninth session (after the thirty-second pass): 1.35% (23/1,710).
const LIMIT_HELDOUT_26: f64 = 0.0135;

/// The twenty-seventh held-out half of the unseen news (12 articles from 12 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the seventeenth pass and
/// the twenty-ninth segmentation round: 1.31% (24/1,836).
/// Scored after the twentieth pass: 1.25% (23/1,836).
/// Scored after the twenty-third pass: 1.20% (22/1,836).
/// Scored after the twenty-seventh pass and segmentation round 41: 1.16% (21/1,817).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 1.10% (20/1,817).
const LIMIT_HELDOUT_27: f64 = 0.0111;

/// The twenty-eighth held-out half of the unseen news (19 articles from 19 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the eighteenth pass and
/// the thirtieth segmentation round: 0.53% (12/2,284).
/// Scored after the twentieth pass: 0.48% (11/2,284).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 0.44% (10/2,284).
const LIMIT_HELDOUT_28: f64 = 0.0044;

/// The twenty-ninth held-out half of the unseen news (8 articles from 8 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the eighteenth pass and
/// round 31's first segmentation rule: 1.05% (13/1,234).
const LIMIT_HELDOUT_29: f64 = 0.0106;

/// The thirtieth held-out half of the unseen news (13 articles from 13 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the nineteenth pass and
/// segmentation round 32: 1.30% (26/2,006).
/// Scored after the twenty-seventh pass and segmentation round 41: 1.25% (25/2,005).
/// Scored at the end of the ninth session (after the thirty-second pass): 1.20% (24/2,005).
const LIMIT_HELDOUT_30: f64 = 0.012;

/// The thirty-first held-out half of the unseen news (10 articles from 10 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the twentieth pass and
/// segmentation round 33: 0.26% (4/1,561).
const LIMIT_HELDOUT_31: f64 = 0.0026;

/// The thirty-second held-out half of the unseen news (2 articles from 2 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the twenty-first pass and
/// segmentation round 34: 0.96% (2/209).
const LIMIT_HELDOUT_32: f64 = 0.0096;

/// The thirty-third held-out half of the unseen news (7 articles from 7 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the twenty-first pass and
/// segmentation round 35: 0.67% (6/892);
/// 0.34% (3/892) at the end of the thirteenth session (after the forty-sixth pass).
const LIMIT_HELDOUT_33: f64 = 0.0034;

/// The thirty-fourth held-out half of the unseen news (15 articles from 15 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the twenty-second pass and
/// segmentation round 36: 0.22% (5/2,226).
const LIMIT_HELDOUT_34: f64 = 0.0023;

/// The thirty-fifth held-out half of the unseen news (15 articles from 15 more outlets),
/// annotated before any tool ran on it and scored once, blind, after the twenty-second pass and
/// segmentation round 37: 1.36% (33/2,425).
/// Scored after the twenty-seventh pass and segmentation round 41: 1.32% (32/2,425).
/// At the end of the eighteenth session (after the sixty-sixth pass): 1.24% (30/2,425).
const LIMIT_HELDOUT_35: f64 = 0.0124;

/// The thirty-sixth held-out half of the unseen news (13 articles from 13 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the eighth session
/// (after the twenty-seventh pass and segmentation round 41): 1.16% (20/1,717).
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 1.11% (19/1,708).
const LIMIT_HELDOUT_36: f64 = 0.0112;

/// The thirty-seventh held-out half of the unseen news (14 articles from 14 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the eighth session
/// (after the twenty-seventh pass and segmentation round 41): 1.41% (32/2,273); 1.19%
/// (27/2,273) at the end of the eleventh.
/// Lowered at the end of the fourteenth session (after the fiftieth pass): 1.14% (26/2,273).
const LIMIT_HELDOUT_37: f64 = 0.0115;

/// The thirty-eighth held-out half of the unseen news (14 articles from 14 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the eighth session
/// (after the twenty-seventh pass and segmentation round 41): 0.76% (16/2,119).
/// Lowered at the end of the seventeenth session (after the sixty-fourth pass): 0.71% (15/2,119).
/// 0.61% (13/2,118) at the end of the twentieth session (after the seventieth pass).
const LIMIT_HELDOUT_38: f64 = 0.0062;

/// The thirty-ninth held-out half of the unseen news (12 articles from 12 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the eighth session
/// (after the twenty-seventh pass and segmentation round 41): 0.34% (6/1,743).
/// Lowered at the end of the seventeenth session (after the sixty-fourth pass): 0.29% (5/1,743).
/// At the end of the eighteenth session (after the sixty-sixth pass): 0.23% (4/1,743).
const LIMIT_HELDOUT_39: f64 = 0.0023;

/// The fortieth held-out half of the unseen news (14 articles from 14 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the eighth session
/// (after the twenty-seventh pass and segmentation round 41): 1.51% (35/2,325), a hair over the 1.5% issue 13 asks for.
/// Scored at the end of the ninth session (after the thirty-second pass): 1.38% (32/2,325).
/// Scored at the end of the tenth session (after the thirty-fifth pass): 1.08% (25/2,325).
/// Lowered at the end of the fourteenth session (after the fiftieth pass): 0.99% (23/2,325).
const LIMIT_HELDOUT_40: f64 = 0.0099;

/// The forty-first held-out half of the unseen news (13 articles from 13 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the ninth session
/// (after the thirty-second pass and segmentation round 47): 0.54% (11/2,020); 0.50%
/// (10/2,020) at the end of the twelfth (after the forty-third pass).
/// 0.45% (9/2,020) at the end of the twentieth session (after the seventieth pass).
const LIMIT_HELDOUT_41: f64 = 0.0045;

/// The forty-second held-out half of the unseen news (14 articles from 14 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the ninth session
/// (after the thirty-second pass and segmentation round 47): 0.41% (9/2,191).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 0.37% (8/2,191).
const LIMIT_HELDOUT_42: f64 = 0.0037;

/// The forty-third held-out half of the unseen news (11 articles from 11 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the ninth session
/// (after the thirty-second pass and segmentation round 47): 1.69% (29/1,711), over the 1.5% of
/// issue 13; 1.64% (28/1,711) at the end of the eleventh.
const LIMIT_HELDOUT_43: f64 = 0.0164;

/// The forty-fourth held-out half of the unseen news (9 articles from 9 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the ninth session
/// (after the thirty-second pass and segmentation round 47): 1.33% (19/1,426).
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 1.26% (18/1,426).
/// At the end of the eighteenth session (after the sixty-sixth pass): 1.19% (17/1,426).
/// 1.12% (16/1,426) at the end of the twenty-first session (after the seventy-third pass).
const LIMIT_HELDOUT_44: f64 = 0.0113;

/// The forty-fifth held-out half of the unseen news (13 articles from 13 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the ninth session
/// (after the thirty-second pass and segmentation round 47): 1.14% (23/2,017).
/// Lowered at the end of the fourteenth session (after the fiftieth pass): 1.09% (22/2,017).
/// Lowered at the end of the seventeenth session (after the sixty-fourth pass): 1.04% (21/2,017).
const LIMIT_HELDOUT_45: f64 = 0.0105;

/// The forty-sixth held-out half of the unseen news (12 articles from 12 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the ninth session
/// (after the thirty-second pass and segmentation round 47): 1.37% (25/1,819).
/// Scored at the end of the tenth session (after the thirty-fifth pass): 1.15% (21/1,819).
/// At the end of the eighteenth session (after the sixty-sixth pass): 1.05% (19/1,817).
const LIMIT_HELDOUT_46: f64 = 0.0105;

/// The forty-seventh held-out half of the unseen news (13 articles from 13 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the ninth session
/// (after the thirty-second pass and segmentation round 47): 1.54% (32/2,083), over the 1.5% of
/// issue 13; 1.44% (30/2,083) at the end of the twelfth (after the forty-third pass).
const LIMIT_HELDOUT_47: f64 = 0.0145;

/// The forty-eighth held-out half of the unseen news (12 articles from 12 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the tenth session
/// (after the thirty-fifth pass and segmentation round 51): 1.90% (38/1,997), over the 1.5% of
/// issue 13; 1.60% (32/1,997) at the end of the eleventh; 1.50% (30/1,994) at the end of the
/// nineteenth (after the sixty-seventh pass).
const LIMIT_HELDOUT_48: f64 = 0.0151;

/// The forty-ninth held-out half of the unseen news (13 articles from 13 more outlets, school,
/// campus and government sites among them), annotated before any tool ran on it and scored
/// once, blind, at the end of the tenth session (after the thirty-fifth pass and segmentation
/// round 51): 2.58% (53/2,054), over the 1.5% of issue 13; 2.53% (52/2,054) at the end of the
/// twelfth (after the forty-third pass).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 2.24% (46/2,051).
const LIMIT_HELDOUT_49: f64 = 0.0225;

/// The fiftieth held-out half of the unseen news (12 articles from 12 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the tenth session (after the
/// thirty-fifth pass and segmentation round 51): 1.24% (23/1,861); 1.13% (21/1,861) at the end
/// of the twelfth (after the forty-third pass).
const LIMIT_HELDOUT_50: f64 = 0.0113;

/// The fifty-first held-out half of the unseen news (13 articles from 13 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the eleventh session (after the
/// thirty-ninth pass and segmentation round 56): 1.35% (28/2,080); 1.25% (26/2,077) at the end
/// of the thirteenth session (after the forty-sixth pass).
/// Lowered at the end of the fourteenth session (after the fiftieth pass): 1.20% (25/2,077).
const LIMIT_HELDOUT_51: f64 = 0.0121;

/// The fifty-second held-out half of the unseen news (13 articles from 13 more outlets, school,
/// campus and government sites among them), annotated before any tool ran on it and scored once,
/// blind, at the end of the eleventh session (after the thirty-ninth pass and segmentation round
/// 56): 1.02% (17/1,660); 0.96% (16/1,660) at the end of the thirteenth session (after the
/// forty-sixth pass).
const LIMIT_HELDOUT_52: f64 = 0.0097;

/// The fifty-third held-out half of the unseen news (8 articles from 8 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the eleventh session (after the
/// thirty-ninth pass and segmentation round 56): 0.73% (9/1,236).
const LIMIT_HELDOUT_53: f64 = 0.0073;

/// The fifty-fourth held-out half of the unseen news (12 articles from 12 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the eleventh session (after the
/// thirty-ninth pass and segmentation round 56): 1.10% (19/1,735); 0.98% (17/1,735) at the end
/// of the thirteenth session (after the forty-sixth pass).
const LIMIT_HELDOUT_54: f64 = 0.0098;

/// The fifty-fifth held-out half of the unseen news (13 articles from 13 more outlets, village,
/// campus and government sites among them), annotated before any tool ran on it and scored once,
/// blind, at the end of the eleventh session (after the thirty-ninth pass and segmentation round
/// 56): 1.62% (32/1,985), over the 1.5% of issue 13.
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 1.56% (31/1,985).
const LIMIT_HELDOUT_55: f64 = 0.0157;

/// The fifty-sixth held-out half of the unseen news (12 articles from 12 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the twelfth session (after the
/// forty-third pass and segmentation round 61): 1.04% (17/1,642).
const LIMIT_HELDOUT_56: f64 = 0.0104;

/// The fifty-seventh held-out half of the unseen news (14 articles from 14 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the twelfth session (after the
/// forty-third pass and segmentation round 61): 1.20% (24/2,002).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 0.80% (16/2,002).
const LIMIT_HELDOUT_57: f64 = 0.0080;

/// The fifty-eighth held-out half of the unseen news (14 articles from 14 more outlets, village,
/// school, campus and government sites among them), annotated before any tool ran on it and scored
/// once, blind, at the end of the twelfth session (after the forty-third pass and segmentation
/// round 61): 1.13% (26/2,303); 1.09% (25/2,301) at the end of the thirteenth session (after the
/// forty-sixth pass).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 0.74% (17/2,298).
/// 0.70% (16/2,298) at the end of the twentieth session (after the seventieth pass).
const LIMIT_HELDOUT_58: f64 = 0.007;

/// The fifty-ninth held-out half of the unseen news (12 articles from 12 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the twelfth session (after the
/// forty-third pass and segmentation round 61): 1.66% (31/1,869), over the 1.5% of issue 13.
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 1.61% (30/1,869);
/// 1.55% (29/1,869) at the end of the nineteenth session (after the sixty-eighth pass).
const LIMIT_HELDOUT_59: f64 = 0.0156;

/// The sixtieth held-out half of the unseen news (12 articles from 12 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the twelfth session (after the
/// forty-third pass and segmentation round 61): 0.92% (18/1,953).
const LIMIT_HELDOUT_60: f64 = 0.0093;

/// The sixty-first held-out half of the unseen news (15 articles from 15 more outlets, village,
/// school and government sites among them), annotated before any tool ran on it and scored once,
/// blind, at the end of the thirteenth session (after the forty-sixth pass and segmentation round
/// 69): 0.57% (13/2,293).
/// Lowered at the end of the fourteenth session (after the fiftieth pass): 0.52% (12/2,292).
const LIMIT_HELDOUT_61: f64 = 0.0053;

/// The sixty-second held-out half of the unseen news (11 articles from 11 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the thirteenth session (after
/// the forty-sixth pass and segmentation round 69): 2.69% (52/1,935), over the 1.5% of issue 13.
const LIMIT_HELDOUT_62: f64 = 0.0269;

/// The sixty-third held-out half of the unseen news (13 articles from 13 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the thirteenth session (after
/// the forty-sixth pass and segmentation round 69): 1.50% (34/2,262), over the 1.5% of issue 13.
/// 1.46% (33/2,262) at the end of the twenty-first session (after the seventy-third pass).
const LIMIT_HELDOUT_63: f64 = 0.0146;

/// The sixty-fourth held-out half of the unseen news (14 articles from 14 more outlets, school,
/// campus and government sites among them), annotated before any tool ran on it and scored once,
/// blind, at the end of the thirteenth session (after the forty-sixth pass and segmentation round
/// 69): 1.68% (36/2,141), over the 1.5% of issue 13.
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 1.63% (35/2,141).
const LIMIT_HELDOUT_64: f64 = 0.0164;

/// The sixty-fifth held-out half of the unseen news (9 articles from 9 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the thirteenth session (after
/// the forty-sixth pass and segmentation round 69): 1.26% (19/1,502).
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 1.20% (18/1,500).
/// At the end of the eighteenth session (after the sixty-sixth pass): 1.13% (17/1,500).
const LIMIT_HELDOUT_65: f64 = 0.0114;

/// The sixty-sixth held-out half of the unseen news (12 articles from 12 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the thirteenth session (after
/// the forty-sixth pass and segmentation round 69): 2.53% (51/2,013), over the 1.5% of issue 13.
/// 2.48% (50/2,013) at the end of the twenty-first session (after the seventy-third pass).
const LIMIT_HELDOUT_66: f64 = 0.0249;

/// The sixty-seventh held-out half of the unseen news (7 articles from 7 more outlets, a school's
/// and a provincial parliament's sites among them), annotated before any tool ran on it and scored
/// once, blind, at the end of the thirteenth session (after the forty-sixth pass and segmentation
/// round 69): 0.62% (7/1,135).
/// Lowered at the end of the fourteenth session (after the fiftieth pass): 0.53% (6/1,135).
const LIMIT_HELDOUT_67: f64 = 0.0053;

/// The sixty-eighth held-out half of the unseen news (9 articles from 9 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the thirteenth session (after
/// the forty-sixth pass and segmentation round 69): 0.90% (13/1,450).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 0.76% (11/1,450).
const LIMIT_HELDOUT_68: f64 = 0.0076;

/// The sixty-ninth held-out half of the unseen news (11 articles from 11 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the fourteenth session
/// (after the fiftieth pass and segmentation round 77): 0.94% (18/1,917).
const LIMIT_HELDOUT_69: f64 = 0.0094;

/// The seventieth held-out half of the unseen news (11 articles from 11 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the fourteenth session
/// (after the fiftieth pass and segmentation round 77): 0.77% (12/1,557).
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 0.71% (11/1,557).
const LIMIT_HELDOUT_70: f64 = 0.0071;

/// The seventy-first held-out half of the unseen news (9 articles from 9 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the fourteenth session
/// (after the fiftieth pass and segmentation round 77): 1.11% (18/1,615).
/// 1.05% (17/1,615) at the end of the twenty-first session (after the seventy-third pass).
const LIMIT_HELDOUT_71: f64 = 0.0106;

/// The seventy-second held-out half of the unseen news (11 articles from 11 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the fourteenth session
/// (after the fiftieth pass and segmentation round 77): 1.31% (25/1,909).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 1.05% (20/1,905).
const LIMIT_HELDOUT_72: f64 = 0.0105;

/// The seventy-third held-out half of the unseen news (11 articles from 11 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the fourteenth session
/// (after the fiftieth pass and segmentation round 77): 0.50% (8/1,592).
const LIMIT_HELDOUT_73: f64 = 0.0051;

/// The seventy-fourth held-out half of the unseen news (15 articles from 15 more outlets),
/// annotated before any tool ran on it and scored once, blind, at the end of the fourteenth session
/// (after the fiftieth pass and segmentation round 77): 1.42% (37/2,600).
/// Lowered at the end of the seventeenth session (after the sixty-fourth pass): 1.38% (36/2,600).
/// At the end of the eighteenth session (after the sixty-sixth pass): 1.35% (35/2,600).
const LIMIT_HELDOUT_74: f64 = 0.0135;

/// The seventy-fifth held-out half of the unseen news (14 articles from 14 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the fourteenth session
/// (after the fiftieth pass and segmentation round 77): 1.18% (26/2,210).
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 1.13% (25/2,210).
const LIMIT_HELDOUT_75: f64 = 0.0114;

/// The seventy-sixth held-out half of the unseen news (12 articles from 12 more outlets), annotated
/// before any tool ran on it and scored once, blind, at the end of the fourteenth session
/// (after the fiftieth pass and segmentation round 77): 1.23% (25/2,025).
/// Lowered at the end of the fifteenth session (after the fifty-sixth pass): 1.14% (23/2,025).
const LIMIT_HELDOUT_76: f64 = 0.0114;

/// The seventy-seventh held-out half of the unseen news (12 articles from 12 more outlets),
/// built after the fourteenth session's last rule and scored once, blind, at its end (after the
/// fiftieth pass): 0.83% (18/2,161); 0.79% (17/2,160) at the end of the nineteenth session.
const LIMIT_HELDOUT_77: f64 = 0.0079;

/// The seventy-eighth held-out half of the unseen news (11 articles from 11 more outlets),
/// scored once, blind, at the end of the fifteenth session (after the
/// fifty-sixth pass): 1.69% (33/1,952).
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 1.64% (32/1,952).
/// Lowered at the end of the seventeenth session (after the sixty-fourth pass): 1.59% (31/1,952).
const LIMIT_HELDOUT_78: f64 = 0.0159;

/// The seventy-ninth held-out half of the unseen news (10 articles from 10 more outlets),
/// scored once, blind, at the end of the fifteenth session (after the
/// fifty-sixth pass): 1.24% (19/1,530).
const LIMIT_HELDOUT_79: f64 = 0.0125;

/// The eightieth held-out half of the unseen news (10 articles from 10 more outlets),
/// scored once, blind, at the end of the fifteenth session (after the
/// fifty-sixth pass): 1.05% (17/1,619).
const LIMIT_HELDOUT_80: f64 = 0.0106;

/// The eighty-first held-out half of the unseen news (13 articles from 13 more outlets),
/// scored once, blind, at the end of the fifteenth session (after the
/// fifty-sixth pass): 1.26% (26/2,069).
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 1.21% (25/2,069).
/// Lowered at the end of the seventeenth session (after the sixty-fourth pass): 1.16% (24/2,069).
const LIMIT_HELDOUT_81: f64 = 0.0116;

/// The eighty-second held-out half of the unseen news (13 articles from 13 more outlets),
/// scored once, blind, at the end of the fifteenth session (after the
/// fifty-sixth pass): 2.07% (43/2,080).
/// Lowered at the end of the seventeenth session (after the sixty-fourth pass): 1.73% (36/2,080).
/// 1.68% (35/2,080) at the end of the twentieth session (after the seventieth pass).
const LIMIT_HELDOUT_82: f64 = 0.0169;

/// The eighty-third held-out half of the unseen news (11 articles from 11 more outlets),
/// scored once, blind, at the end of the fifteenth session (after the
/// fifty-sixth pass): 0.56% (10/1,787).
const LIMIT_HELDOUT_83: f64 = 0.0056;

/// The eighty-fourth held-out half of the unseen news (11 articles from 11 more outlets),
/// scored once, blind, at the end of the fifteenth session (after the
/// fifty-sixth pass): 2.69% (51/1,893).
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 2.64% (50/1,893).
const LIMIT_HELDOUT_84: f64 = 0.0265;

/// The eighty-fifth held-out half of the unseen news (10 articles from 10 more outlets),
/// scored once, blind, at the end of the fifteenth session (after the
/// fifty-sixth pass): 0.51% (8/1,580).
const LIMIT_HELDOUT_85: f64 = 0.0051;

/// The eighty-sixth held-out half of the unseen news (12 articles from 12 more outlets),
/// built after the fifteenth session's last rule (round 87) and scored once, blind, at its end
/// (after the fifty-sixth pass): 0.86% (17/1,980).
/// Lowered at the end of the sixteenth session (after the sixtieth pass): 0.81% (16/1,980).
const LIMIT_HELDOUT_86: f64 = 0.0081;

/// The eighty-seventh held-out half of the unseen news (9 articles from 9 more outlets),
/// scored once, blind, at the end of the sixteenth session (after the sixtieth pass):
/// 1.46% (22/1,512).
/// Lowered at the end of the seventeenth session (after the sixty-fourth pass): 1.39% (21/1,512).
const LIMIT_HELDOUT_87: f64 = 0.0139;

/// The eighty-eighth held-out half of the unseen news (11 articles from 11 more outlets),
/// scored once, blind, at the end of the sixteenth session (after the sixtieth pass):
/// 0.64% (12/1,886).
const LIMIT_HELDOUT_88: f64 = 0.0064;

/// The eighty-ninth held-out half of the unseen news (13 articles from 13 more outlets),
/// scored once, blind, at the end of the sixteenth session (after the sixtieth pass):
/// 0.97% (20/2,061).
const LIMIT_HELDOUT_89: f64 = 0.0098;

/// The ninetieth held-out half of the unseen news (13 articles from 13 more outlets),
/// scored once, blind, at the end of the sixteenth session (after the sixtieth pass):
/// 1.36% (28/2,066).
const LIMIT_HELDOUT_90: f64 = 0.0136;

/// The ninety-first held-out half of the unseen news (11 articles from 11 more outlets),
/// scored once, blind, at the end of the sixteenth session (after the sixtieth pass):
/// 2.16% (39/1,805).
/// Lowered at the end of the seventeenth session (after the sixty-fourth pass): 1.94% (35/1,805).
const LIMIT_HELDOUT_91: f64 = 0.0194;

/// The ninety-second held-out half of the unseen news (12 articles from 12 more outlets), built
/// in the session's last round and scored once, blind, at the end of the sixteenth session
/// (after the sixtieth pass):
/// 0.57% (12/2,091).
const LIMIT_HELDOUT_92: f64 = 0.0058;

/// The ninety-third held-out half of the unseen news (13 articles, Sumatra, Java and Bali), scored
/// once, blind, at the end of the seventeenth session (after the sixty-fourth pass): 1.40%
/// (27/1,933).
const LIMIT_HELDOUT_93: f64 = 0.0140;

/// The ninety-fourth held-out half of the unseen news (10 articles, Nusa Tenggara, Maluku and
/// Papua), scored once, blind, at the end of the seventeenth session (after the sixty-fourth pass):
/// 0.83% (14/1,687).
/// At the end of the eighteenth session (after the sixty-sixth pass): 0.77% (13/1,687).
/// 0.71% (12/1,687) at the end of the twentieth session (after the seventieth pass).
const LIMIT_HELDOUT_94: f64 = 0.0072;

/// The ninety-fifth held-out half of the unseen news (12 articles, Kalimantan and Sulawesi), scored
/// once, blind, at the end of the seventeenth session (after the sixty-fourth pass): 2.08%
/// (39/1,871).
const LIMIT_HELDOUT_95: f64 = 0.0209;

/// The ninety-sixth held-out half of the unseen news (11 articles, Sumatra, Java and Bali), scored
/// once, blind, at the end of the seventeenth session (after the sixty-fourth pass): 1.23%
/// (21/1,710).
const LIMIT_HELDOUT_96: f64 = 0.0123;

/// The ninety-seventh held-out half of the unseen news (13 articles, Nusa Tenggara, Maluku and
/// Papua), scored once, blind, at the end of the seventeenth session (after the sixty-fourth pass):
/// 0.99% (21/2,125).
const LIMIT_HELDOUT_97: f64 = 0.0099;

/// The ninety-eighth held-out half of the unseen news (10 articles, Kalimantan and Sulawesi),
/// scored once, blind, at the end of the seventeenth session (after the sixty-fourth pass): 1.10%
/// (17/1,552).
/// 1.03% (16/1,552) at the end of the twenty-first session (after the seventy-third pass).
const LIMIT_HELDOUT_98: f64 = 0.0104;

/// The ninety-ninth held-out half of the unseen news (10 articles, Sumatra, Java and Bali), scored
/// once, blind, at the end of the seventeenth session (after the sixty-fourth pass): 2.43%
/// (41/1,688).
const LIMIT_HELDOUT_99: f64 = 0.0243;

/// The hundredth held-out half of the unseen news (8 articles, Nusa Tenggara, Maluku and Papua),
/// built in the session's last round and scored once, blind, at the end of the seventeenth session
/// (after the sixty-fourth pass): 2.22% (32/1,444).
/// 2.15% (31/1,443) at the end of the twentieth session (after the seventieth pass).
/// 2.01% (29/1,443) at the end of the twenty-first session (after the seventy-third pass).
const LIMIT_HELDOUT_100: f64 = 0.0201;

/// The hundred-and-first held-out half of the unseen news (10 articles, Kalimantan),
/// scored once, blind, at the end of the eighteenth session (after the sixty-sixth pass; the
/// session's first binary gives the same): 1.73% (28/1,623);
/// 1.60% (26/1,623) at the end of the nineteenth session (after the sixty-eighth pass).
const LIMIT_HELDOUT_101: f64 = 0.0161;

/// The hundred-and-second held-out half of the unseen news (10 articles, Java and Bali),
/// scored once, blind, at the end of the eighteenth session (after the sixty-sixth pass; the
/// session's first binary gives the same): 1.40% (23/1,642);
/// 1.34% (22/1,641) at the end of the nineteenth session (after the sixty-eighth pass).
const LIMIT_HELDOUT_102: f64 = 0.0135;

/// The hundred-and-third held-out half of the unseen news (10 articles, Sulawesi),
/// scored once, blind, at the end of the eighteenth session (after the sixty-sixth pass; the
/// session's first binary gives the same): 1.72% (29/1,688); 1.66% (28/1,688) at the end of the
/// nineteenth (after the sixty-seventh pass).
/// 1.60% (27/1,688) at the end of the twentieth session (after the seventieth pass).
const LIMIT_HELDOUT_103: f64 = 0.016;

/// The hundred-and-fourth held-out half of the unseen news (10 articles, Nusa Tenggara), built
/// in the session's last round and scored once, blind, at the end of the eighteenth session
/// (after the sixty-sixth pass): 3.39% (66/1,947);
/// 3.34% (65/1,948) at the end of the nineteenth session (after the sixty-eighth pass).
/// 3.29% (64/1,948) at the end of the twentieth session (after the seventieth pass).
const LIMIT_HELDOUT_104: f64 = 0.0329;

/// The hundred-and-fifth held-out half of the unseen news (10 articles, Kalimantan), scored
/// once, blind, at the end of the nineteenth session (after the sixty-seventh pass; the
/// session's first binary gives the same): 1.19% (21/1,759).
/// 1.14% (20/1,759) at the end of the twenty-first session (after the seventy-third pass).
const LIMIT_HELDOUT_105: f64 = 0.0114;

/// The hundred-and-sixth held-out half of the unseen news (10 articles, Sulawesi), built in the
/// session's last round and scored once, blind, at the end of the nineteenth session (after the
/// sixty-seventh pass; the first binary gives the same): 1.77% (32/1,804), over the 1.5% of
/// issue 13.
/// 1.72% (31/1,804) at the end of the twentieth session (after the seventieth pass).
/// 1.66% (30/1,804) at the end of the twenty-first session (after the seventy-third pass).
const LIMIT_HELDOUT_106: f64 = 0.0167;

/// The hundred-and-seventh held-out half of the unseen news (10 articles, Sumatra), built in the
/// session's last round and scored once, blind, at the end of the nineteenth session (after the
/// sixty-eighth pass; the first binary gives the same): 1.89% (36/1,907), over the 1.5% of
/// issue 13.
const LIMIT_HELDOUT_107: f64 = 0.0189;

/// The hundred-and-eighth held-out half of the unseen news (8 articles, Nusa Tenggara), scored
/// once, blind, at the end of the twentieth session: 1.22% (17/1,396) with the session's first
/// lexicon and segmenter, 1.07% (15/1,396) after the seventieth pass.
/// 0.93% (13/1,396) at the end of the twenty-first session (after the seventy-third pass).
const LIMIT_HELDOUT_108: f64 = 0.0094;

/// The hundred-and-ninth held-out half of the unseen news (8 articles, Java and Bali), scored
/// once, blind, at the end of the twentieth session: 0.65% (9/1,385) with the session's first
/// lexicon and segmenter, 0.72% (10/1,388) at its end: three words more are counted with the
/// session's last segmenter (which also found none of the set's 18 false boilerplate paragraphs
/// of its first), one of them unknown.
const LIMIT_HELDOUT_109: f64 = 0.0073;

/// The hundred-and-tenth held-out half of the unseen news (9 articles, Maluku, North Maluku and
/// Papua), built in the session's last round and scored once, blind, at the end of the
/// twentieth session: 1.51% (22/1,455), the same with the session's first lexicon, over the
/// 1.5% of issue 13.
const LIMIT_HELDOUT_110: f64 = 0.0152;

/// The hundred-and-eleventh held-out half of the unseen news (9 articles, Kalimantan), built in
/// the twenty-first session's first round and scored once, blind, at its end: 1.85% (32/1,726)
/// with the session's first lexicon, 1.80% (31/1,726) after the seventy-third pass.
const LIMIT_HELDOUT_111: f64 = 0.018;

/// The hundred-and-twelfth (8 articles, Sulawesi), built in the session's second round and scored
/// once, blind, at its end: 1.84% (27/1,469) with the first lexicon and the last.
const LIMIT_HELDOUT_112: f64 = 0.0184;

/// The hundred-and-thirteenth (9 articles, Sumatra), built in the session's third round and scored
/// once, blind, at its end: 1.92% (34/1,767) with the first lexicon, 1.81% (32/1,767) after the
/// seventy-third pass.
const LIMIT_HELDOUT_113: f64 = 0.0182;

/// The hundred-and-fourteenth (8 articles, Nusa Tenggara), built in the session's last round and
/// scored once, blind, at its end: 1.04% (15/1,440) with the first lexicon and the last.
const LIMIT_HELDOUT_114: f64 = 0.0105;

/// The former second held-out half of the unseen news (22 articles from 22 other outlets),
/// opened as the tuning set `tune-5` on 2026-12-06 after it had been scored (1.71% after the
/// third lexicon pass): 0.50% (15/2,980) after the fourth pass, which was tuned on it.
const LIMIT_TUNE_5: f64 = 0.0055;

/// The former third held-out half of the unseen news (21 articles from 21 outlets), scored
/// blind and after each lexicon pass (last 1.07%), opened as the tuning set `tune-8` on
/// 2026-12-06 for the segmenter; 0.90% (26/2,888) after the fifth lexicon pass.
const LIMIT_TUNE_8: f64 = 0.0095;

/// Raw news (tests/data/news-raw): 47 articles from other outlets and topics (economy, sport,
/// crime, health, entertainment, technology, religion, disaster, education), split by article
/// before anything was measured; the held-out part is only scored. Four more tuning parts
/// (56 articles from other outlets) came with the third lexicon pass, a sixth (23 articles,
/// 23 more outlets) with the fourth.
#[test]
fn unknown_rate_on_raw_news() {
    check_unknown_rate(
        "raw",
        &[
            // The fourth pass's figures (issue 13), with a word or two of room.
            ("tune", crate::common::raw_news_articles("tune"), 0.0042),
            ("tune-2", crate::common::raw_news_articles("tune-2"), 0.0044),
            ("tune-3", crate::common::raw_news_articles("tune-3"), 0.0040),
            ("tune-4", crate::common::raw_news_articles("tune-4"), 0.0073),
            ("tune-5", crate::common::raw_news_articles("tune-5"), 0.0021),
            ("tune-6", crate::common::raw_news_articles("tune-6"), 0.0016),
        ],
    );
}

/// Raw news (tests/data/news-raw), the held-out part: only scored.
#[test]
fn unknown_rate_on_raw_news_heldout() {
    check_unknown_rate(
        "raw",
        &[(
            "heldout",
            crate::common::raw_news_articles("heldout"),
            0.0048,
        )],
    );
}

#[test]
fn same_input_same_output() {
    let text = std::fs::read_to_string(example_articles()[0].clone()).expect("article");
    let backend = OfflineBackend::new();
    for line in text.lines() {
        let a = backend.gist(&request(line));
        let b = OfflineBackend::new().gist(&request(line));
        assert_eq!(a, b);
    }
}

#[test]
fn implements_the_backend_contract() {
    let backend = OfflineBackend::new();
    assert_eq!(backend.name(), "offline");
    assert!(backend.model().is_some_and(|m| m.starts_with("lexicon-")));
    let limits = backend.limits();
    assert!(limits.max_texts >= 100 && limits.max_chars >= 100_000);
    let batch = vec![
        request("Pasukan itu berlatih."),
        request("Tentara Rusia tiba."),
    ];
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    let out = runtime
        .block_on(backend.translate(&batch, &LangPair::default()))
        .expect("offline never fails");
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].text, backend.gist(&batch[0]));
    assert_eq!(out[1].text, "Russian troops arrive.");
    assert_eq!(out[0].billed_characters, Some(0));
}

#[test]
fn glossary_hints_are_substituted() {
    let text = "Menhan Prabowo meninjau pasukan.";
    let mut req = request(text);
    req.terms = vec![hint(text, "Menhan", "Defence Minister", None)];
    let out = OfflineBackend::new().gist(&req);
    assert!(out.starts_with("Defence Minister Prabowo"), "{out}");

    // A kept term stays as written.
    let text = "Prajurit Kopassus berlatih.";
    let mut req = request(text);
    let mut keep = hint(text, "Kopassus", "Special Forces", None);
    keep.keep = true;
    req.terms = vec![keep];
    let out = OfflineBackend::new().gist(&req);
    assert!(out.contains("Kopassus"), "{out}");
    assert!(!out.contains("Special Forces"), "{out}");
}

#[test]
fn country_terms_after_a_noun_become_adjectives() {
    let text = "Tentara Rusia saat ini sedang berlatih.";
    let mut req = request(text);
    req.terms = vec![hint(text, "Rusia", "Russia", Some("Russian"))];
    let out = OfflineBackend::new().gist(&req);
    assert!(out.starts_with("Russian troops"), "{out}");
    // A glossary noun followed by a glossary country.
    let text = "Menteri Pertahanan Rusia Sergei Shoigu tiba.";
    let mut req = request(text);
    req.terms = vec![
        hint(text, "Menteri Pertahanan", "Defence Minister", None),
        hint(text, "Rusia", "Russia", Some("Russian")),
    ];
    let out = OfflineBackend::new().gist(&req);
    assert_eq!(out, "Russian Defence Minister Sergei Shoigu arrive.");
    // On its own the term is the country.
    let text = "Belarus mendukung Rusia.";
    let mut req = request(text);
    req.terms = vec![hint(text, "Rusia", "Russia", Some("Russian"))];
    assert!(OfflineBackend::new().gist(&req).ends_with("Russia."));
}

#[test]
fn noun_phrases_are_put_in_english_order() {
    assert_eq!(
        gist("tentara Rusia dan Belarusia"),
        "Russian and Belarusian troops"
    );
    assert_eq!(gist("negara itu"), "That country");
    assert_eq!(gist("negara-negara ini"), "These countries");
    assert_eq!(gist("pasukan itu"), "Those troops");
    assert_eq!(gist("negara kita"), "Our country");
    assert_eq!(gist("perjanjian bilateral itu"), "That bilateral agreement");
    assert_eq!(gist("aliansi keamanan"), "Security alliance");
    assert_eq!(gist("pasukan gabungan"), "Joint troops");
}

#[test]
fn numbers_are_converted_but_dates_and_times_kept() {
    let out = gist("Jumlahnya akan menjadi sekitar 9.000 tentara.");
    assert!(out.contains("9,000 troops"), "{out}");
    let out = gist("Proyek itu bernilai Rp20,3 triliun.");
    assert!(out.contains("Rp20.3 trillion"), "{out}");
    let out = gist("Pembangunan berlangsung 1,5 tahun.");
    assert!(out.contains("1.5 years"), "{out}");
    let out = gist("Sabtu (3/12/2022) pukul 07.15 WIB.");
    assert!(
        out.contains("(3/12/2022)") && out.contains("07.15 WIB"),
        "{out}"
    );
    let out = gist("perjanjian bilateral 1997");
    assert!(out.contains("1997") && !out.contains("1,997"), "{out}");
}

#[test]
fn unknown_words_are_marked_and_names_kept() {
    let out = gist("Pasukan itu melihat qwertyzx di dekat kota.");
    assert!(out.contains("*qwertyzx"), "{out}");
    let out = gist("Shoigu bertemu dengan Khrenin di Minsk.");
    assert!(
        out.contains("Khrenin") && !out.contains("*Khrenin"),
        "{out}"
    );
    assert!(out.contains("Minsk") && !out.contains("*Minsk"), "{out}");
    // A name at the start of a sentence is recognised from the paragraph around it.
    let mut req = request("Prabowo bersikeras Indonesia siap.");
    assert!(OfflineBackend::new().gist(&req).starts_with("*Prabowo"));
    req.context = Some("Kata Prabowo. Prabowo bersikeras Indonesia siap.".into());
    let out = OfflineBackend::new().gist(&req);
    assert!(out.starts_with("Prabowo insist"), "{out}");
    // ... or from a spelling no Indonesian word has.
    assert!(gist("Shoigu memuji Belarusia.").starts_with("Shoigu praised"));
    let kinds: Vec<TokenKind> = OfflineBackend::new()
        .analyse("bertemu dengan Khrenin")
        .into_iter()
        .map(|t| t.kind)
        .collect();
    assert_eq!(kinds.last(), Some(&TokenKind::Name));
}

#[test]
fn reduplicated_nouns_are_plural() {
    assert_eq!(gist("negara-negara lain"), "Other countries");
    assert_eq!(gist("berisi poin-poin penting"), "Contain important points");
    assert_eq!(gist("para menteri"), "Ministers");
    assert_eq!(gist("kedua negara"), "Both countries");
}

#[test]
fn affixed_words_find_their_stems() {
    let words = |text: &str| -> Vec<String> {
        OfflineBackend::new()
            .analyse(text)
            .into_iter()
            .map(|t| t.english)
            .collect()
    };
    assert_eq!(words("pertahanannya"), ["defence"]);
    assert_eq!(gist("pertahanannya"), "The defence");
    assert_eq!(words("dikerahkan"), ["deployed"]);
    assert_eq!(words("menginginkan"), ["want"]);
    assert_eq!(words("berkunjung"), ["visit"]);
    // `pasukan` is a word, not `pasuk` + `-an`.
    assert_eq!(words("pasukan"), ["troops"]);
    // A passive built on a root the supplement does not list directly.
    assert_eq!(words("dikutip"), ["quoted"]);
    assert_eq!(words("ditembakkan"), ["shot"]);
}

#[test]
fn phrases_match_longest_first() {
    assert!(gist("Mereka bekerja sama.").contains("cooperate"));
    assert!(gist("kerja sama kedua negara").starts_with("Cooperation"));
    assert_eq!(gist("angkatan darat"), "Army");
    assert!(gist("melatih pasukan satu sama lain").contains("each other"));
}

#[test]
fn sentences_start_with_a_capital() {
    assert_eq!(
        gist("Pasukan itu tiba. Mereka berlatih."),
        "Those troops arrive. They train."
    );
    // After a dateline too.
    assert_eq!(
        gist("JAKARTA, KOMPAS.com - Mereka tiba."),
        "JAKARTA, KOMPAS.com - They arrive."
    );
}

/// Issue 13: words that were left unknown on unseen news. Colloquial forms of quotes, English
/// words used inside Indonesian copy (kept as English), `berinisial`, `mengatasnamakan`, and
/// compounds that take a confix and so are written solid (`dipertanggungjawabkan`,
/// `disebarluaskan`: found through the two-word phrase by the morphology, not listed).
#[test]
fn unseen_news_words_are_known() {
    let cases = [
        ("\"Kami nggak tahu, udah lama banget,\" katanya.", "not"),
        ("Ia gak mau datang, aja.", "not"),
        (
            "Dealer itu membuka office baru untuk family mereka di platform daring.",
            "office",
        ),
        ("Polisi menangkap pria berinisial AB di Depok.", "initials"),
        ("Pelaku mengatasnamakan warga setempat.", "claimed"),
        (
            "Dana itu harus dipertanggungjawabkan oleh panitia.",
            "responsib",
        ),
        (
            "Informasi itu disebarluaskan melalui media sosial.",
            "spread",
        ),
        ("Laporan warga ditindaklanjuti oleh polisi.", "follow"),
    ];
    for (text, english) in cases {
        let out = gist(text);
        assert!(
            !out.contains('*') && out.contains(english),
            "{text} -> {out}"
        );
    }
    // English kept as written, not marked: `office`, `family`, `platform`, `dealer`.
    let out = gist("Dealer itu membuka office baru untuk family mereka di platform daring.");
    for w in ["office", "family", "platform"] {
        assert!(out.contains(w) && !out.contains(&format!("*{w}")), "{out}");
    }
}

/// The token the gist reads for `word` in `text`: the first whose surface is `word`.
fn token(text: &str, word: &str) -> Token {
    OfflineBackend::new()
        .analyse(text)
        .into_iter()
        .find(|t| t.surface == word)
        .unwrap_or_else(|| panic!("{word} in {text}"))
}

/// Issue 13, on sentences of the raw-news tuning part (tests/data/news-raw/tune.txt): each kind
/// of word the gist used to leave unknown. `(sentence, word, English the gist must give)`.
fn assert_known(cases: &[(&str, &str, &str)]) {
    for (text, word, english) in cases {
        let tokens = OfflineBackend::new().analyse(text);
        let t = tokens
            .iter()
            .find(|t| t.surface.split_whitespace().any(|w| w == *word))
            .unwrap_or_else(|| panic!("{word} in {text}"));
        assert_eq!(t.kind, TokenKind::Known, "{word} in {text}");
        assert!(t.english.contains(english), "{word} -> {}", t.english);
    }
}

/// Written laughter and musing, spelt as long as the laugh (issue 13): real phrases of the
/// tuning pages, each read as English spells the sound; `kaka` alone stays the colloquial
/// `kakak` (elder sibling), not a laugh.
#[test]
fn written_laughter_is_read() {
    assert_known(&[
        (
            "perut pun udah kasihan banget daritadi cuma dikasih janji surga akan ketemu bebek \
             wakaka :D",
            "wakaka",
            "haha",
        ),
        (
            "Tanjung Selor dari ujung utara ke selatan, barat ke timur hahaa",
            "hahaa",
            "haha",
        ),
        ("gue punya Om yang masi berondong xixixi", "xixixi", "hehe"),
        (
            "takutnya kami kalau barang tersebut hilaang,,,hmmm",
            "hmmm",
            "hmm",
        ),
        (
            "kamu pasti bisa merasakan aura-auranya wkwkwkkwkwkwkkwkwkwkw",
            "wkwkwkkwkwkwkkwkwkwkw",
            "haha",
        ),
    ]);
    // tune-185's "\"Berapa kaka?, \" Tanya saya setelah kaka Dia ulurkan kopi".
    let tokens = OfflineBackend::new().analyse("Tanya saya setelah kaka Dia ulurkan kopi");
    let kaka = tokens.iter().find(|t| t.surface == "kaka").unwrap();
    assert_ne!(kaka.english, "haha");
}

/// Words English and Indonesian spell alike are English inside a quoted English phrase
/// (issue 13): real phrases of the tuning texts, where they used to be read as Indonesian
/// (`as` as `AS`, US; `not` as a musical note; `got` as a gutter) or left unknown (`be`).
#[test]
fn shared_words_in_english_phrases_are_english() {
    assert_known(&[
        (
            "Yoi guys, kalo kamu pikir pemilu udah selesai as you cast your ballot, you can \
             think again karena jujur sih belom.",
            "as",
            "as",
        ),
        ("Who’s still not leaving…. just yet?", "not", "not"),
        ("Glory be to the Lord!", "be", "be"),
        ("You got it.", "got", "got"),
    ]);
    let g = gist("Kalo kamu pikir pemilu udah selesai as you cast your ballot, ya.");
    assert!(g.contains("as you cast your ballot"), "{g}");
}

/// The same words stay Indonesian outside an English phrase: beside English loans with no
/// English function word among them (`main game online`, play online games), at the edge of
/// an English phrase when they are content words (`agar up to date`, so that it is up to
/// date), and loan words of ordinary copy (`data`, `program`, `bus`, `status`, `total`).
#[test]
fn shared_words_beside_english_loans_stay_indonesian() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Jangan sampai wifi publik malah dibuat main game saja, kalau buat ngerjain \
             tugas atau PR silahkan saja.",
            "main",
            "play",
        ),
        (
            "Warga diminta main game online di rumah saja.",
            "main",
            "play",
        ),
        (
            "Data itu harus diperbarui agar up to date.",
            "agar",
            "so that",
        ),
        (
            "Anggaran program work from home itu dipangkas.",
            "program",
            "programme",
        ),
        (
            "Status work from home pegawai itu dicabut.",
            "Status",
            "status",
        ),
        (
            "Total data penumpang bus listrik itu naik pada hari kerja.",
            "bus",
            "bus",
        ),
        (
            "Sementara harga emas dunia ada di kisaran 1.710 dolar AS per ounce.",
            "AS",
            "US",
        ),
    ];
    assert_known(cases);
}

/// English used as it is in Indonesian copy is kept as English: common English words (SCOWL)
/// that Indonesian spelling does not allow, and hyphenated compounds of them.
#[test]
fn raw_news_english_words_are_kept() {
    assert_known(&[
        (
            "Namun upaya warga Pesing Poglar bisa dibilang tak happy ending karena ketiga orang \
             yang telah mereka tangkap tak ditahan oleh polisi.",
            "happy",
            "happy",
        ),
        (
            "Kita punya market yang cukup dinamis dan kita punya ekonomi yang sedang bertumbuh.",
            "market",
            "market",
        ),
        (
            "Namun usai konser,Radja didatangi 15 orang yang mengklaim dari pihak organizer.",
            "organizer",
            "organizer",
        ),
    ]);
    // An Indonesian word spelled like English is still Indonesian (`air` is water).
    let out = gist("Akibatnya, sungai setempat meluap dan air masuk ke rumah warga.");
    assert!(out.contains("water"), "{out}");
}

/// Colloquial quotes: listed words (`tuh`, `yg`) and the regular colloquial shapes the
/// morphology derives (bare nasal prefix `nyoba`, closed-syllable `e` in `deket`, `denger`).
#[test]
fn raw_news_colloquial_forms_are_known() {
    assert_known(&[
        (
            "“Sudah lama warga resah, di sini tuh sering banget motor hilang,” ujar Fikih.",
            "tuh",
            "that",
        ),
        (
            "\"Anak saya sudah tidak lolos, kalau zonasi yg diterima di sini paling deket 3,1 km, \
             rumah saya 3,4. Ini nyoba SMA 14 pakai jalur prestasi.\"",
            "deket",
            "near",
        ),
        (
            "Ini nyoba SMA 14 pakai jalur prestasi, sepertinya ini masih bisa masuk.",
            "nyoba",
            "tr",
        ),
        (
            "\"Bisa jadi naik, soalnya ada info gagal panen, kita denger-denger aja sesama \
             pedagang,\" pungkasnya.",
            "denger-denger",
            "hear",
        ),
    ]);
}

/// Affixed forms the rules used to miss: an object-voice compound (`tindaklanjuti`), the bound
/// form `non-` written solid, `di` written solid with a noun, and roots added so that their
/// derived forms follow (`pergok` gives `memergoki`, `kejar` gives `dikejar`).
#[test]
fn raw_news_affixed_forms_are_known() {
    assert_known(&[
        (
            "\"Nah ini dari rumah sakit juga memberikan informasi kemudian kita \
             tindaklanjuti,\" ujarnya.",
            "tindaklanjuti",
            "follow",
        ),
        (
            "Untuk menyambut jamaah haji, petugas haji nonkloter sudah diberangkatkan sebanyak \
             316 orang.",
            "nonkloter",
            "non-",
        ),
        (
            "Sehingga, anak yang berada diirisan batas, masih ada harapan untuk masuk negeri.",
            "diirisan",
            "in ",
        ),
        (
            "Sumiati yang saat itu sedang membeli makanan memergoki dua orang yang tidak dikenal.",
            "memergoki",
            "catch",
        ),
        (
            "Menurut Nur Ichwan, kedua pelaku sempat dikejar oleh sejumlah petugas TPS.",
            "dikejar",
            "chased",
        ),
    ]);
}

/// Issue 13: affixes on an abbreviation or a foreign word are written with a hyphen (`di-PHK`,
/// `mem-PHK-kan`, `di-update`); they are affixes, not the words `di` (in) and `kan`, whether
/// the base is a glossary term or not, and no bare `*kan` is left over.
#[test]
fn hyphenated_affixes_are_not_words() {
    let text = "Ratusan pekerja di-PHK-kan perusahaan itu, lalu data di-update.";
    let mut req = request(text);
    req.terms = vec![hint(text, "PHK", "layoffs", None)];
    for out in [OfflineBackend::new().gist(&req), gist(text)] {
        assert!(
            !out.contains('*') && !out.contains("after all") && !out.contains("in-"),
            "{out}"
        );
        assert!(out.contains("updated"), "{out}");
    }
}

/// Issue 13, third pass, on sentences of the raw-news and unseen-news tuning parts and the PUD
/// development text: slips of scraped copy the gist left unknown, each read by a general rule.
#[test]
fn scraped_slips_are_read_as_meant() {
    assert_known(&[
        // An accent where Indonesian spelling has none (a scraping artefact; tune-2).
        (
            "“Beberapa jalur utama terpaksa dìtutup sementara karena genangan masih cukup \
             tinggi,” jelasnya.",
            "dìtutup",
            "closed",
        ),
        // One slip of the keyboard from exactly one known word (news-unseen and news-raw tune).
        (
            "Tertular COVID-19, bagaimana perasaaan Novel Baswedan?",
            "perasaaan",
            "feeling",
        ),
        (
            "Pedagang Pasar Tomang Barat, Jakarta Barat, Ida Rahayu mengatkaan, cabai rawit \
             merah murni dijual seharga Rp120 ribu per kg.",
            "mengatkaan",
            "said",
        ),
        (
            "Tingginya kasus, kini Denik mengimbau kepada semua lapisan masayarakat untuk \
             selalu melakukan gerakan 3M Plus.",
            "masayarakat",
            "community",
        ),
        // Two words glued by a lost space.
        (
            "Terakhir,Menteri Keuangan Sri Mulyani Indrawati mengatakan adabeberapa skenario \
             pemerintah mengenai dampak virus corona (covid-19) terhadap perekonomian.",
            "adabeberapa",
            "several",
        ),
    ]);
    // A rare real word one edit from a common one is not "corrected" (`kerak` is a crust, not
    // `kera`, an ape; PUD), and a slip that two words explain (`pelanggran`: `pelanggan` or
    // `pelanggaran`; news-unseen tune) stays unknown.
    let out = gist(
        "Andes tengah merupakan bagian dari apa yang disebut 'Andes de tipo andino' yang \
         terbentuk oleh subduksi kerak samudra.",
    );
    assert!(!out.contains("ape"), "{out}");
    let out = gist("Kalau memang ada indikasi pelanggran hukum harus di tindak secara tegas.");
    assert!(out.contains("*pelanggran"), "{out}");
    // A capital inside a word marks a brand: kept as written, not unknown.
    let t = token("- tvOne", "tvOne");
    assert_eq!(t.kind, TokenKind::Name);
}

/// Word shapes the affix rules did not undo (news-raw tune-2 and tune-3, PUD): the colloquial
/// bare nasal for `t`/`p` roots, a prefix on a hyphenated entry, a hyphenated entry with a
/// clitic, a compound written solid, `-isasi` on a noun, and fractions.
#[test]
fn word_shapes_of_the_third_pass_are_known() {
    assert_known(&[
        (
            "\"Cuaca jelek begini, air jadi keruh, arus kencang, nangkap ikan jadi susah.\"",
            "nangkap",
            // `tangkap`, as the lexicon glosses it.
            "arrest",
        ),
        (
            "Dalam kondisi itu, kapal tak bisa melingkari ikan untuk penebaran jaring lantaran \
             terombang-ambing ombak dan angin.",
            "terombang-ambing",
            "toss",
        ),
        (
            "George sangat taat dan menghabiskan waktu berjam-jam berdoa, namun kesalehan ini \
             tidak dimiliki oleh para saudara laki-lakinya.",
            "laki-lakinya",
            "man",
        ),
        (
            "Kami kewalahan kalau bawa kendaraan karena parah kondisi jalan, seharusnya \
             merupakan tanggungjawab pemerintah Desa.",
            "tanggungjawab",
            "responsibility",
        ),
        (
            "Selain mempersoalkan kualitas, warga pun mengaku tak dilibatkan dalam proyek \
             betonisasi jalan yang menghubungkan Kampung Sepat dan kampung lainnya.",
            "betonisasi",
            "concreting",
        ),
        (
            "Angka ini hanya sekitar sepersepuluh catatan 2015 atau sepertiga dari catatan 2019 \
             silam.",
            "sepersepuluh",
            "one tenth",
        ),
    ]);
}

/// Kinds of word the fourth lexicon pass reads (issue 13), each on a sentence of the tuning
/// texts (tests/data/news-unseen/tune-5.txt, tests/data/news-raw/tune-6.txt).
#[test]
fn fourth_pass_kinds_are_known() {
    assert_known(&[
        // A root chosen by frequency: the affix rules make its derived forms known too.
        (
            "Turut memeriahkan malam itu, tampil pagelaran Wayang Artefak pimpinan Adi Purwanto.",
            "memeriahkan",
            "festive",
        ),
        (
            "Persib hampir kembali unggul di menit ke-66, namun tembakan Thom Haye dari luar \
             kotak penalti melenceng tipis di sisi kanan gawang.",
            "melenceng",
            "astray",
        ),
        // An abbreviation written as a word.
        (
            "Saat ini ditangani unit laka lantas Polda Banten,\" jelasnya.",
            "laka",
            "traffic accident",
        ),
        // A colloquial word of crime news.
        (
            "Temuan motor diduga bodong yang disita selama Operasi Zebra Gatarin 2019 \
             ditindaklanjuti.",
            "bodong",
            "unregistered",
        ),
        // A figurative sense of fire news (`dilalap si jago merah`).
        (
            "Ismail juga kehilangan sebagian bangunan rumahnya yang dilalap si jago merah akibat \
             kebocoran kompor gas.",
            "dilalap",
            "devour",
        ),
    ]);
}

/// The fifth pass (issue 13), by kind, with the tuning texts' words (news-unseen tune-9 to
/// tune-12): an Arabic loan spelt with an apostrophe; a negated abstract noun `ketidak-...-an`;
/// a Dutch `-ir` verb with a verb prefix; an English verb with the passive prefix written
/// solid; a root and its `meN-` form; a lost space before a function word.
#[test]
fn fifth_pass_affix_combinations_are_read() {
    assert_known(&[
        (
            "Kegiatan wisuda ini, diawali dengan sema’an (membaca quran tanpa melihat).",
            "sema’an",
            "Quran recital",
        ),
        (
            "Peserta didik dan guru berbaris di halaman untuk melaksanakan do'a bersama.",
            "do'a",
            "prayer",
        ),
        (
            "Hadir seluruh jama’ah dari berbagai desa di Kecamatan Tugumulyo.",
            "jama’ah",
            "congregation",
        ),
        (
            "“Tebang pilih hukum ini bentuk ketidakjujuran perusahaan dan Pemda Jateng,” katanya.",
            "ketidakjujuran",
            "lack of honesty",
        ),
        (
            "Lurah Kwitang menjabarkan, 41 usulan yang telah diakomodir di Musrenbang kelurahan.",
            "diakomodir",
            "accommodated",
        ),
        ("“Kota relatif sudah tercover semua.", "tercover", "covered"),
        (
            "Jabrix menceritakan bagaimana setting-menyetting macam ini sudah jadi hal yang amat \
             lumrah di dunia hiburan nasional.",
            "setting-menyetting",
            "setting",
        ),
        (
            "Barangkali, ini bukti betapa kehidupan selebritas yang dibalut drama berlebay-lebay \
             masih jadi menu favorit negeri ini.",
            "berlebay-lebay",
            "over the top",
        ),
        (
            "Tidak adanya konser orkes dangdut merupakansebuah kesengsaraan bagi seniman dangdut.",
            "merupakansebuah",
            "a",
        ),
    ]);
    // The commonest object-voice forms with a pronoun agent in wordfreq's Indonesian list.
    for (word, english) in [
        ("kulakukan", "I do"),
        ("kupikir", "I think"),
        ("kaulakukan", "you do"),
    ] {
        let out = gist(&format!("Itu yang {word}."));
        assert!(out.contains(english), "{word}: {out}");
    }
}

/// An inline HTML tag kept by the scraper around a foreign word (tune-10's `<i>Setting</i>`)
/// is markup copied as it is, not the word `i`.
#[test]
fn inline_html_tags_are_not_words() {
    let tokens = OfflineBackend::new().analyse("Fenomena <i>Setting</i> di Kalangan Artis");
    assert!(
        tokens
            .iter()
            .all(|t| t.kind != TokenKind::Unknown && t.surface != "i"),
        "{tokens:?}"
    );
    let out = gist("Fenomena <i>Setting</i> di Kalangan Artis");
    assert!(out.starts_with("Phenomenon <i>Setting</i> in"), "{out}");
    // A page's raw paragraph markup (https://www.tintaborneo.com/2025/11/..., tune-78), with or
    // without attributes, is copied as it is: no `*p` for the reviewer to chase.
    for text in [
        "<p>Para guru berfoto bersama usai upacara.</p>",
        "<p style=\"text-align: justify;\">Para guru berfoto bersama.</p>",
    ] {
        let out = gist(text);
        assert!(out.starts_with("<p") && out.ends_with("</p>"), "{out}");
        assert!(!out.contains('*'), "{out}");
    }
}

/// Words of ordinary news the fifth pass added (chosen by frequency, or general words of the
/// tuning texts: government abbreviations, religious vocabulary, colloquial forms), and the
/// readings it keeps honest: a local word and a slip stay unknown.
#[test]
fn fifth_pass_words_are_glossed() {
    assert_known(&[
        (
            "Pihaknya masih menunggu juklak dan juknis yang akan disiapkan oleh KPU RI.",
            "juknis",
            "technical guidelines",
        ),
        (
            "Universitas Insan Budi Utomo (UIBU) Malang menggelar yudisium berbeda dari yudisium \
             pada umumnya.",
            "yudisium",
            "graduation",
        ),
        (
            "Bima Arya bersama tim kebinamargaan pemeliharaan jalan membawa perlengkapan dan aspal.",
            "kebinamargaan",
            "highways",
        ),
        (
            "Gus Sholahuddin saat persiapan ngaji daring hari pertama di mushala Pesantren.",
            "mushala",
            "prayer room",
        ),
        (
            "Pihak Libby menyediakan 200 cup kacang ijo, 200 kotak nasi untuk makan siang.",
            "ijo",
            "mung beans",
        ),
        (
            "Pemeliharaan fisik kontruksi jalan, dan pembangunan Penerangan Jalan Umum (PJU).",
            "kontruksi",
            "construction",
        ),
        (
            "“Idealnya semua kita ikut serta dalam pengawasan partisipatif.",
            "partisipatif",
            "participatory",
        ),
        (
            "Organ tubuh manusia bisa mati, apalagi organ tunggal, pemain orkes, dan biduan.",
            "biduan",
            "singer",
        ),
    ]);
    for (text, word) in [
        // Palembang Malay in a quote (tune-9): a local word, no gloss.
        ("nombor sirok geh lah berape ikok", "sirok"),
        // A slip no single reading explains (news-raw tune): not `dia` + colloquial `ngak`.
        (
            "harga beras di pasaran masih diangak Rp13 ribu per kilogram",
            "diangak",
        ),
    ] {
        let t = token(text, word);
        assert_eq!(t.kind, TokenKind::Unknown, "{word} -> {}", t.english);
    }
}

/// Slips at an affix boundary, a letter shared by prefix and root or by root and suffix
/// written once, and mojibake glued to a word, are read as meant (news-unseen tune-5 and
/// tune-2; `menganggu` and `meletakan` are the commonest such slips of general Indonesian
/// text, in wordfreq's list); a word no such reading explains stays unknown.
#[test]
fn boundary_slips_are_read_as_meant() {
    assert_known(&[
        (
            "Gonang mengatakan untuk memanen padi, ia bersama sejumlah kerabatnya mengunakan \
             cara tradisional.",
            "mengunakan",
            "use",
        ),
        ("Suara itu sangat menganggu warga.", "menganggu", "disturb"),
        ("Ia meletakan karangan bunga.", "meletakan", "place"),
        (
            "Kita berharap untuk kedepanya khususnya harga cabai ini akan kembali normal.",
            "kedepanya",
            "front",
        ),
        (
            "tiba-tiba pengendara motor tidak bisa mengendalikan sehingga menabrak bagian \
             belakang hilux ituâ, jelas AKP Darwis.",
            "ituâ",
            "that",
        ),
    ]);
    // `mengjelaskan` (a wrong nasal, news-unseen tune-2) is no shared-letter slip.
    let t = token("Ia mengjelaskan hal itu.", "mengjelaskan");
    assert_eq!(t.kind, TokenKind::Unknown);
}

/// An English noun with an Indonesian clitic is English, not an unknown word (tune-5); an
/// Indonesian word the affix rules explain is never taken for one.
#[test]
fn english_nouns_with_a_clitic_are_kept() {
    assert_known(&[
        (
            "Off farmnya, dia tidak punya pengalaman.",
            "farmnya",
            "farm",
        ),
        (
            "Oleh karena itulah, bantuan dan dukungan kita tidak sekedar ada pada on farmnya, \
             tapi juga pemerintah bisa turut membantu mereka di off farmnya tadi.",
            "farmnya",
            "farm",
        ),
    ]);
    let tokens = OfflineBackend::new().analyse("Bangunannya roboh.");
    assert!(
        tokens[0].english.to_lowercase().contains("building"),
        "{}",
        tokens[0].english
    );
}

/// Loan and bound-form shapes: a `-isir` verb beside its `-isasi` noun (tune-6), bound forms
/// written solid (PUEBI: `pascapanen`, `multitafsir`, news-unseen tune-2).
#[test]
fn loan_suffixes_and_bound_forms_are_known() {
    assert_known(&[
        (
            "\"Setelah proposal masuk, kita akan hadir untuk inventarisir kerugian bangunan \
             akibat kebakaran,\" katanya.",
            "inventarisir",
            "inventory",
        ),
        (
            "\"Mungkin saat penyerahan itu, ada penyampaian dari anggota yang kurang pas \
             sehingga menimbulkan multitafsir,\" ujar Mustofa kepada wartawan.",
            "multitafsir",
            "multi-",
        ),
        // Not in the tuning text: the commonest bound form of farming news.
        (
            "Kerugian pascapanen petani cukup besar.",
            "pascapanen",
            "post-harvest",
        ),
    ]);
}

/// A lower-case name particle after a capitalised word no rule knows joins both to the name
/// after it (`David da Silva` opening a sentence, tune-5).
#[test]
fn name_particles_join_a_sentence_initial_name() {
    let tokens = OfflineBackend::new()
        .analyse("David da Silva dan Daisuke Sato membawa Persib Bandung menang.");
    for word in ["David", "da", "Silva"] {
        let t = tokens.iter().find(|t| t.surface == word).unwrap();
        assert_eq!(t.kind, TokenKind::Name, "{word}");
    }
}

/// Issue 13, the sixth lexicon pass, on sentences of the tuning sets tune-13 to tune-16: a
/// lexicalised reduplication written without its hyphen, an `-ir` verb with `-kan`, one `n`
/// for two before `-nya` after a short word, and general news words (courts, village
/// government in Aceh and West Sumatra, public order, sport, health).
#[test]
fn sixth_pass_kinds_are_read() {
    assert_known(&[
        (
            "\"Tak sia sia saya membentuk satgas keamanan desa.",
            "sia",
            "useless",
        ),
        (
            "Menurutnya, kemungkinan daerah lain juga sudah memperoleh medali di masing masing \
             cabor namun belum terupload oleh media center.",
            "cabor",
            "sport",
        ),
        (
            "Beberapa nama sudah memproklamirkan diri sebagai calon Bupati melalui media massa.",
            "memproklamirkan",
            "proclamation",
        ),
        (
            "Bisa bergotong royong, untuk saling mendukung dan bahkan jadi contoh untuk warga \
             lainya.",
            "lainya",
            "other",
        ),
        (
            "Sherina diketahui tidak menuntut harta gono-gini dalam gugatan.",
            "gono-gini",
            "joint marital property",
        ),
        (
            "Pasangan tersebut resmi bercerai melalui putusan verstek di Pengadilan Agama \
             Tigaraksa.",
            "verstek",
            "default judgment",
        ),
        (
            "Selanjutnya dirinya menyatakan atas nama para keuchik di Provinsi Aceh.",
            "keuchik",
            "village head",
        ),
        (
            "Blackwater Volly Ball Club (VBC) jorong Jopang, kenagarian Jopang Manganti.",
            "jorong",
            "hamlet",
        ),
        (
            "Hal ini bertujuan untuk menciptakan situasi kamtibmas dan menjamin rasa nyaman.",
            "kamtibmas",
            "public order",
        ),
        (
            "Dinas Kesehatan telah menginstruksikan seluruh jajaran untuk meningkatkan surveilans.",
            "surveilans",
            "surveillance",
        ),
        (
            "Penampilannya di Pasaraya Grande memukau audiens.",
            "audiens",
            "audience",
        ),
    ]);
    // Two uses of a word that has no reduplication of its own stay two words.
    let tokens = OfflineBackend::new().analyse("Itu itu saja.");
    assert!(tokens.iter().all(|t| t.surface != "Itu itu"));
}

/// Issue 13, the seventh lexicon pass, on sentences of the tuning sets tune-17 to tune-20:
/// religious vocabulary in the spellings copy uses, old spellings, sport and leisure, a
/// colloquial form, a form of address in a quote.
#[test]
fn seventh_pass_kinds_are_read() {
    assert_known(&[
        (
            "Selain pengajian dari para pengisi ceramah, majelis juga selalu mengumpulkan uang \
             infaq yang penyalurannya tetap.",
            "infaq",
            "alms",
        ),
        (
            "Dia mengingatkan bahwa infaq yang terkumpul harus disalurkan dengan baik, agar \
             berkelanjutan dan diridhoi Allah SWT.",
            "diridhoi",
            "blessed",
        ),
        (
            "Dalam tabligh akbar yang disesaki ratusan jamaah itu, hadir Ustaz Abdul Somad (UAS) \
             sebagai penceramah utama.",
            "tabligh",
            "sermon",
        ),
        (
            "Dimana estimasi pendapatan semula sebesar 2,84 trilyun bertambah sebesar 54 milyar \
             atau 1,9 % sehingga menjadi 2,89 trilyun.",
            "trilyun",
            "trillion",
        ),
        (
            "Kepada warga, Heriyawan berpesan agar rutin melakukan pemberantasan sarang nyamuk \
             dengan cara gotong-royong membersihkan lingkungan tempat tinggal.",
            "gotong-royong",
            "mutual help",
        ),
        (
            "Ia mengatakan saat kejadian memang sedang hujan deras, tidak lama ia mendengar suara \
             deru angin di atas atapnya.",
            "deru",
            "roar",
        ),
        (
            "Penonton membeludak di venue arung jeram Pekan Olahraga Nasional (PON) XXI.",
            "arung",
            "rafting",
        ),
        (
            "Wardana membuat hattrick buat kemenangan Putra Mas, masing-masing pada menit 13, 15 \
             dan 87.",
            "hattrick",
            "hat-trick",
        ),
        (
            "Aksi ngamen bareng ini mendapat dukungan penuh dari berbagai pihak.",
            "ngamen",
            "busk",
        ),
        (
            "\"Apapun keadaan kita bu, kita harus selalu menjawab demikian,\" ajaknya.",
            "bu",
            "Mrs",
        ),
    ]);
}

/// Issue 13, the seventh pass: the commonest function words of Javanese and Minangkabau in
/// quotes are read (a Satpol PP officer's Javanese on tune-2, a rubber farmer's Malay of
/// Jambi on tune-19); a regional word outside that short list stays marked, not guessed.
#[test]
fn regional_function_words_in_quotes() {
    assert_known(&[
        (
            "\"Kebetulan dari petugas Satpol PP bilang 'wong kuwi mau nang kono' (orang itu tadi \
             disana).",
            "kuwi",
            "that",
        ),
        (
            "\"Kebetulan dari petugas Satpol PP bilang 'wong kuwi mau nang kono' (orang itu tadi \
             disana).",
            "kono",
            "there",
        ),
        (
            "Keberatan sekali lah, tapi kami minta samo pemerintah kan macam mano solusinyo biso \
             karet ini hargo stabil lagi,\" ungkap Ilham.",
            "mano",
            "where",
        ),
    ]);
    let hargo = token(
        "Keberatan sekali lah, tapi kami minta samo pemerintah kan macam mano solusinyo biso \
         karet ini hargo stabil lagi,\" ungkap Ilham.",
        "hargo",
    );
    assert_eq!(hargo.kind, TokenKind::Unknown);
}

/// Issue 13, the eighth lexicon pass, on sentences of the tuning sets tune-21 and tune-22: a
/// noun in `-ivitas` of an adjective in `-if`; religious vocabulary in the spellings copy
/// uses; general words Hunspell lists; `persis` glossed "exactly", not the loan guess.
#[test]
fn eighth_pass_kinds_are_read() {
    assert_known(&[
        (
            "\u{201c}Mari sama-sama menjaga kondusivitas daerah,\u{201d} tegasnya, saat ditemui di \
             kantor wali Kota Mataram, kemarin (30/8).",
            "kondusivitas",
            "conduciveness",
        ),
        (
            "Memperingati kelahiran Nabi Muhammad SAW merupakan momentum untuk kita mengingat \
             dan bersolawat Nabi untuk mendapatkan safaatnya.",
            "safaatnya",
            "intercession",
        ),
        (
            "Masjid An-Nur mengusung tema \u{201c}Hikmah Maulid Nabi\u{201d} Tentunya tidak \
             sekadar memperingati melainkan mengambil hikmah dari ahlak Rasulullah dengan \
             meneladaninya.",
            "ahlak",
            "morals",
        ),
        (
            "Dengan begitu, umat Islam akan memahami bahwa satu-satunya tauladan adalah Nabi \
             Muhammad SAW.",
            "tauladan",
            "example",
        ),
        (
            "\u{201c}Peran pemuda tak dapat dinafikan dalam berdakwah.",
            "dinafikan",
            "denied",
        ),
        (
            "Para penonton mengambil waktu kosong sesaat di luar demi saling bercengkrama dan \
             menghisap sebatang, dua batang rokok.",
            "bercengkrama",
            "chat",
        ),
        ("Sorakan warga terdengar membahana.", "membahana", "resounding"),
        (
            "Begitu barang dibawa ke Binjai, lanjut Romadhoni, petugas menuju lokasi sesuai \
             transaksi, percisnya di Jalan Megawati, tepat di Pintu Tol Binjai-Medan.",
            "percisnya",
            "exactly",
        ),
    ]);
    // A standard `-ivitas` word keeps its own entry; the `f` spelling is read as it.
    let t = token("Menurut dia, produktifitas petani naik.", "produktifitas");
    assert_eq!(t.english, "productivity");
}

/// Issue 13, the eighth pass: function words of Sundanese, Banjar, Batak Toba and Javanese
/// krama, and Jakarta slang, read in quotes (phrases from the phrase lists the supplement
/// cites, and a blog's colloquial headline); capitalised in mid-sentence such a word is a
/// name, kept as written (`Pura Ulun Danu Batur`, tune-4), not `I`.
#[test]
fn regional_function_words_of_the_eighth_pass() {
    assert_known(&[
        ("Kenapa pian kada datang?", "pian", "you"),
        ("Pangula do ibana.", "ibana", "he"),
        ("Asa teu kudu.", "teu", "not"),
        (
            "5 Hal nggak asyik yang jangan sampai sampeyan posting di sosial media",
            "sampeyan",
            "you",
        ),
    ]);
    let ulun = token(
        "Pengemong Pura Ulun Danu Batur, Jero Gede Duhuran mengatakan upacara dimulai pagi.",
        "Ulun",
    );
    assert_eq!(ulun.kind, TokenKind::Name);
    assert_eq!(ulun.english, "Ulun");
}

/// Issue 13, the ninth lexicon pass: a seven-letter typo is read when a letter dropped or
/// added gives an entry (tune-13, tune-17, tune-4, tune-3); a wrong letter or an edit inside a
/// clitic is not undone at that length, so a real word or name that is one letter from
/// another stays unknown (`pemaran` exhibition is not `pemeran` actor, tune-7; `samboja` a
/// place, tune-12; `betahun` is `bertahun`, not `betah` + `pun`, tune-21). The single-`g`
/// slip is read under a clitic (`pengemarnya`, tune-23), and tune-23's general words.
#[test]
fn ninth_pass_kinds_are_read() {
    assert_known(&[
        (
            "Kepala Puskesmas Sukorejo mengatakan, tecatat ada 95 warga yang telah berobat.",
            "tecatat",
            "recorded",
        ),
        (
            "Tintin FC berada di puncak klasmen sementara lantaran unggul selisih gol.",
            "klasmen",
            "league table",
        ),
        (
            "Sekalipun, hanya mencari posisis ketiga.",
            "posisis",
            "position",
        ),
        (
            "Namun kalau sekarang beras dusun sudah ikut naik menjadi Rp14 ribu per kg, temasuk \
             beras Bulog sudah ikut naik juga.",
            "temasuk",
            "including",
        ),
        (
            "Sinetron memang punya pengemarnya sendiri.",
            "pengemarnya",
            "fan",
        ),
        (
            "Selain itu, juga membuat lubang biopori untuk meminimalisir terjadinya genangan air.",
            "meminimalisir",
            "minimise",
        ),
        (
            "Sampah menyumbat saluran air dan membuat aliran drainase tersebut menjadi mampat.",
            "mampat",
            "clogged",
        ),
        (
            "\u{201c}Gempa tidak berpotensi tsunami,\u{201d} demikian cuit BMKG dalam akun \
             Twitternya.",
            "cuit",
            "tweet",
        ),
        (
            "\u{201c}Kami nombok, pengeluaran kami untuk perawatan kebun",
            "nombok",
            "shortfall",
        ),
        (
            "Dan dibagi 3 goni, yang sebagian telah berhasil diedarkan.",
            "goni",
            "gunn",
        ),
        (
            "Kalah jangan emosi, menang tidak jumawa,\u{201d} tutupnya.",
            "jumawa",
            "arrogant",
        ),
    ]);
    for (text, word) in [
        (
            "Siapa saja para musikus yang akan mengisi acara pemaran terbesar di Asia Tenggara ini?",
            "pemaran",
        ),
        ("\u{201c}Sudah betahun tahun jalan utama kampung belum juga di Cor.", "betahun"),
    ] {
        let t = token(text, word);
        assert_eq!(t.kind, TokenKind::Unknown, "{word} -> {}", t.english);
    }
}

/// Issue 13, the ninth pass: the seventh pass's Javanese and Minangkabau function words carry
/// the `lower` flag too, so a name that contains one stays a name (`Jam Gadang`, the
/// Bukittinggi clock tower; `Apo Kayan`, a plateau of East Kalimantan), while quotes still
/// read them.
#[test]
fn older_regional_words_are_names_when_capitalised() {
    for (text, word) in [
        (
            "Wisatawan berfoto di depan Jam Gadang di Bukittinggi.",
            "Gadang",
        ),
        ("Pesawat perintis mendarat di Apo Kayan.", "Apo"),
    ] {
        let t = token(text, word);
        assert_eq!(t.kind, TokenKind::Name, "{word} -> {}", t.english);
        assert_eq!(t.english, word);
    }
    assert_known(&[
        ("\u{201c}Ambo indak tahu,\u{201d} katanyo.", "indak", "not"),
        ("\u{201c}Ora iso, iki opo?\u{201d}", "opo", "what"),
    ]);
}

/// Issue 13, the ninth pass: a common word whose only reading was a generated loan spelling
/// that the loan rules paired with the wrong English word or part of speech is glossed by
/// hand (news-raw tuning text: `tropis` tropical, not "tropic"; `Vokalis` a vocalist, not
/// "vocalic").
#[test]
fn wrong_loan_readings_are_corrected() {
    assert_known(&[
        (
            "Pemkab membuka posko siaga bencana bagi warga terdampak badai siklon tropis Seroja.",
            "tropis",
            "tropical",
        ),
        (
            "Vokalis Coldplay, Chris Martin menggelar pertunjukan.",
            "Vokalis",
            "ocalist",
        ),
    ]);
}

/// Issue 13, the ninth pass, on tune-24 and tune-25: the confix `ke-an` round a hyphenated
/// entry (`kegotong-royongan`, written solid in KBBI), and the general and religious words
/// the two sets left unknown.
#[test]
fn confix_round_a_hyphenated_entry_and_tune_24_25_words() {
    assert_known(&[
        (
            "Babinsa memelihara kegotong-royongan masyarakat sekaligus memantapkan kemanunggalan.",
            "kegotong-royongan",
            "mutual help",
        ),
        (
            "Pemdes memanfaatkan dana desa untuk membangun beberapa jembatan titian sebagai akses \
             penghubung.",
            "titian",
            "footbridge",
        ),
        (
            "Ketua RT dan Ketua RW, Karang Taruna, dan alumni hadir.",
            "Karang",
            "youth",
        ),
    ]);
    let t = token("Itu kesewenang-wenangan.", "kesewenang-wenangan");
    assert_eq!(t.kind, TokenKind::Known);
}

/// Issue 13, the tenth pass, by kind, with the tuning texts' words (tune-26, tune-27): common
/// words no table had, older and Malay spellings, an agricultural abbreviation, Javanese words
/// of village copy, prayer times and feasts in copy's spellings, platforms in lower case, and
/// web addresses with subdomains copied whole rather than read as words.
#[test]
fn tenth_pass_kinds_are_read() {
    assert_known(&[
        (
            "Angin puting beliung mengakibatkan puluhan rumah porak-poranda di Desa Banjarpanji.",
            "porak-poranda",
            "ruins",
        ),
        (
            "Jefri Liando sedang memperhatikan tumpukan umbi bete (talas) yang ditampung.",
            "talas",
            "taro",
        ),
        (
            "Dengan ambrolnya jembatan tersebut, warga harus memutar.",
            "ambrolnya",
            "collapse",
        ),
        (
            "Pertandingan yang menggunakan sistim gugur ini, mulai babak penyisihan.",
            "sistim",
            "system",
        ),
        (
            "Kami mengucapkan terima kasih yang tidak terhingga kepada semua fihak.",
            "fihak",
            "part",
        ),
        (
            "Petani-petani yang ada di Minut terus meningkatkan provitas dan produk hasil \
             pertanian.",
            "provitas",
            "productivity",
        ),
        (
            "Bersama-sama melakukan pengendalian hama tikus melalui gerakan gropyokan.",
            "gropyokan",
            "rat hunt",
        ),
        ("Tadi sampai di sini habis isyak.", "isyak", "isha"),
        (
            "Peristiwa israk mikraj Nabi Muhammad SAW tahun 1435 Hijriah.",
            "israk",
            "night journey",
        ),
        ("malam isra' mi'raj Nabi", "mi'raj", "ascension"),
        (
            "Dijelaskannya, gotong- royong tersebut merupakan bentuk kepedulian lingkungan.",
            "royong",
            "mutual help",
        ),
        (
            "Kegiatan itu diikuti sekitar 150 orang santri madrasah diniyah.",
            "diniyah",
            "religious",
        ),
        (
            "Informasi disebarkan melalui grup whatsapp warga.",
            "whatsapp",
            "WhatsApp",
        ),
        (
            "Warga yang ikut gotong royong itu akan diberikan upah alakadarnya.",
            "alakadarnya",
            "modest",
        ),
    ]);
    let tokens = OfflineBackend::new().analyse(
        "Pengumuman dapat diunduh melalui laman: bpti.kemdikbud.go.id, atau \
         pusatprestasinasional.kemdikbud.go.id.",
    );
    // A dash between two words stays a dash: only a hyphenated entry is joined.
    let tokens_dash = OfflineBackend::new().analyse("Gotong - royong itu rutin.");
    assert!(tokens_dash.iter().any(|t| t.surface == "Gotong - royong"));
    let tokens_dash = OfflineBackend::new().analyse("JAKARTA - Presiden datang.");
    assert!(tokens_dash.iter().any(|t| t.surface == "JAKARTA"));
    for host in [
        "bpti.kemdikbud.go.id",
        "pusatprestasinasional.kemdikbud.go.id",
    ] {
        let t = tokens.iter().find(|t| t.surface == host).unwrap();
        assert_ne!(t.kind, TokenKind::Unknown, "{host}");
    }
}

/// Issue 13, the eleventh pass, by kind, with the tuning texts' words (tune-27, tune-28,
/// tune-29): religious vocabulary in copy's spellings, words of village and event copy, the
/// photo credit `ist`, Malay and Javanese forms, and lower-case abbreviations written with
/// dots, read as one word instead of a row of letters.
#[test]
fn eleventh_pass_kinds_are_read() {
    assert_known(&[
        (
            "Ketua takmir Masjid Al Khalid, Agus, mengatakan, kegiatan tersebut dilakukan.",
            "takmir",
            "mosque board",
        ),
        (
            "akan membawa syafaat atau pertolongan bagi umatnya yang bertaqwa menuju surga",
            "bertaqwa",
            "pious",
        ),
        (
            "serta menjadi sarana ukhuah islamiyah.",
            "ukhuah",
            "brotherhood",
        ),
        (
            "karena mendengar ada kulkul bulus ( bunyi kentongan milik banjar",
            "kentongan",
            "slit drum",
        ),
        (
            "karena mendengar ada kulkul bulus ( bunyi kentongan milik banjar",
            "kulkul",
            "slit drum",
        ),
        (
            "Mereka urunan (beriur) untuk membeli semen.",
            "urunan",
            "contribution",
        ),
        (
            "lengkap dengan pembagian doorprize dan hiburan rakyat.",
            "doorprize",
            "door prize",
        ),
        (
            "Mulai dari band lokal, hadroh, musik gambus, hingga komunitas seni.",
            "gambus",
            "gambus",
        ),
        (
            "karena Rasulullah adalah suri tauladan yang baik.",
            "suri",
            "role model",
        ),
        ("Karena covid, jadi kita batasi.", "covid", "COVID"),
        (
            "Kejadian itu dilaporkan ke kantor polisi. Foto: ist",
            "ist",
            "courtesy",
        ),
        ("Laman rasmi SMB III", "rasmi", "official"),
        (
            "\"Bingung bae apo penyebab macet di depan,\" kata Adi.",
            "bae",
            "just",
        ),
        ("Rasulullah s.a.w. pada sebahagian", "s.a.w", "pbuh"),
        (
            "istri Rasulullah SAW Saidatina Khadijah r.a dan pamannya Abu Thalib",
            "r.a",
            "pleased",
        ),
        (
            "Surat itu ditandatangani a.n. kepala dinas.",
            "a.n",
            "on behalf of",
        ),
        (
            "tentu saja bulfes akan mengexplore seni budaya daerah Buleleng.",
            "mengexplore",
            "explore",
        ),
    ]);
    for (word, english) in [
        ("menghandle", "handle"),
        ("mendelete", "delete"),
        ("memboost", "boost"),
    ] {
        let t = token(&format!("Mereka akan {word} itu."), word);
        assert_eq!((t.kind, t.english.as_str()), (TokenKind::Known, english));
    }
    // A verb the lexicon reads as Indonesian keeps its reading.
    let t = token("Dia menganalisis data dan mengedit naskah.", "mengedit");
    assert_eq!(t.kind, TokenKind::Known);
}

/// Issue 13, the twelfth pass, by kind, with the tuning texts' words (tune-30, tune-31):
/// common words of event and market copy, the `ke-` bases whose `k` meN- drops, copy's
/// spellings beside the standard ones, the abbreviation `trantib`, Karo's greeting and the
/// commonest words of Javanese quotes.
#[test]
fn twelfth_pass_kinds_are_read() {
    assert_known(&[
        (
            "namun masyarakat sudah berduyun-duyun mendatangi masjid Nur Ilahi Dompak sejak sore.",
            "berduyun-duyun",
            "in droves",
        ),
        (
            "Antusiasme dan animo masyarakat serta wisatawan untuk mengikuti dan menyaksikan",
            "animo",
            "enthusiasm",
        ),
        (
            "yang penuh dengan nilai seni, serta adat-istiadat yang dimiliki daerah ini.",
            "adat-istiadat",
            "customs",
        ),
        (
            "di Masjid Jamik, Kecamatan Muntok pada Jum’at ( 23/9/2022 ) malam dijejali masyarakat",
            "dijejali",
            "crammed",
        ),
        (
            "para jama’ah menciptakan kerlipan cahaya yang indah.",
            "kerlipan",
            "twinkling",
        ),
        (
            "dengan harapan prinsip proporsionalisme dan objektivitas tetap dikedepankan.",
            "dikedepankan",
            "put first",
        ),
        (
            "“Tentunya ada peningkatan omset setelah melek digital",
            "omset",
            "turnover",
        ),
        (
            "dalam membantu mengembangkan suatu destinasi wisata ikonik yang pada akhirnya",
            "ikonik",
            "iconic",
        ),
        (
            "meski ada pandemi Covid-19 yang membuat wisata di Lombok mati suri, kami masih bisa",
            "mati",
            "dormant",
        ),
        (
            "selalu tidak lari dengan isi alqur’an dan hadist.",
            "hadist",
            "hadith",
        ),
        (
            "Ini adalah kesalahan oknum trantib yang memecah belah tempat dasaran di pasar",
            "trantib",
            "public order",
        ),
        (
            "Saiki \"johar sepi\" ra ono wong tuku, sekarang johar sepi tak ada yang membeli",
            "tuku",
            "buy",
        ),
        (
            "Saiki \"johar sepi\" ra ono wong tuku, sekarang johar sepi tak ada yang membeli",
            "ra",
            "not",
        ),
        (
            "gulung tikar sekarang, saget di delok niki katah tempat kosong tak bertuan",
            "saget",
            "can",
        ),
        (
            "gulung tikar sekarang, saget di delok niki katah tempat kosong tak bertuan",
            "katah",
            "many",
        ),
        (
            "gulung tikar sekarang, saget di delok niki katah tempat kosong tak bertuan",
            "niki",
            "this",
        ),
    ]);
    // Capitalised in mid-sentence, a Javanese quote word is a name or part of one.
    let t = token("Warung Katah Rasa buka.", "Katah");
    assert_ne!(t.english, "many");
}

/// Issue 13, the twelfth pass: `-isme` on an `-al` adjective is English `-alism`
/// (tune-30's `proporsionalisme`); a base with no English `-ism` stays unknown.
#[test]
fn alisme_nouns_are_english_alism() {
    assert_known(&[
        (
            "dengan harapan prinsip proporsionalisme dan objektivitas tetap dikedepankan.",
            "proporsionalisme",
            "proportionalism",
        ),
        (
            "Kita harus menjauhi sektoralisme dan primordialisme.",
            "sektoralisme",
            "sectoralism",
        ),
        (
            "Kita harus menjauhi sektoralisme dan primordialisme.",
            "primordialisme",
            "primordialism",
        ),
    ]);
    // `preman` is a thug: English has no `thugism`, and the rule makes none.
    let t = token("Mereka memberantas premanisme.", "premanisme");
    assert!(!t.english.ends_with("ism"), "{}", t.english);
}

/// Issue 13, the twelfth pass by frequency: common words of wordfreq's Indonesian list
/// (ranks about 10,000 to 18,000) that Hunspell accepts, and the pairs whose halves it lists
/// (`pernak`, `lalang`), each in a sentence of the kind news writes.
#[test]
fn twelfth_pass_frequency_words_are_glossed() {
    assert_known(&[
        (
            "Pedagang menjual pernak-pernik Natal.",
            "pernak-pernik",
            "knick-knacks",
        ),
        (
            "Truk itu bolak-balik mengangkut pasir.",
            "bolak-balik",
            "back and forth",
        ),
        (
            "Kendaraan lalu lalang di jalan itu.",
            "lalang",
            "coming and going",
        ),
        (
            "Ia mengisi waktu senggang dengan membaca.",
            "senggang",
            "spare time",
        ),
        (
            "Warga jangan terlena dengan situasi ini.",
            "terlena",
            "lulled",
        ),
        (
            "Salat tarawih 23 rakaat digelar di masjid.",
            "rakaat",
            "prayer cycle",
        ),
        ("Sarang burung walet itu dijual mahal.", "walet", "swiftlet"),
        (
            "Sang khatib menyampaikan khutbah Jumat.",
            "khatib",
            "preacher",
        ),
        ("Pancasila adalah pemersatu bangsa.", "pemersatu", "unifier"),
        ("Ia dicap sebagai pengkhianat.", "dicap", "branded"),
        ("Harga sawi dan cabai naik.", "sawi", "mustard greens"),
    ]);
}

/// Issue 13, the thirteenth pass: the enclitic particles `-ji` and `-mi` of the Indonesian
/// of South Sulawesi (tune-33's quotes from Makassar) add no English word and leave the
/// stem's reading; a word the lexicon has that ends in the letters keeps its own.
#[test]
fn sulawesi_particles_are_read_on_their_stem() {
    assert_known(&[
        (
            "Tapi saya tidak masalahji, mutasi itu hal yang wajar",
            "masalahji",
            "problem",
        ),
        (
            "Tapi kalau pale digantika, maumi diapa berarti pimpinan tidak maumi lagi",
            "maumi",
            "want",
        ),
        (
            "Saya ini ndi tidak lamami juga, adami calon penggantiku.",
            "adami",
            "there",
        ),
    ]);
    assert_known(&[("Pertumbuhan ekonomi naik.", "ekonomi", "econom")]);
}

/// Issue 13, the thirteenth pass, by kind, with the tuning texts' words (tune-32 to tune-35):
/// forensic words, village and school abbreviations, Yogyakarta's units, the metre and the
/// `x` of a dimension, English words copy uses as they are, and ordinary words.
#[test]
fn thirteenth_pass_kinds_are_read() {
    assert_known(&[
        (
            "Pihak keluarga tidak bersedia untuk korban dilakukan visum dan otopsi karena",
            "otopsi",
            "autopsy",
        ),
        (
            "Pihak keluarga tidak bersedia untuk korban dilakukan visum dan otopsi karena",
            "visum",
            "forensic",
        ),
        (
            "“Sembilan puluh persen kepsek di Makassar berganti",
            "kepsek",
            "principal",
        ),
        (
            "Panitia seleksi (pansel) juga telah terbentuk.",
            "pansel",
            "selection committee",
        ),
        (
            "Di beberapa kapanewon, ribuan hingga belasan ribu ton gabah",
            "kapanewon",
            "district",
        ),
        (
            "yang menimpa bangunan di lantai dua seluas 4,5 m x 14 meter hingga ludes terbakar.",
            "m",
            "m",
        ),
        (
            "yang menimpa bangunan di lantai dua seluas 4,5 m x 14 meter hingga ludes terbakar.",
            "x",
            "x",
        ),
        (
            "serta memperkuat sinergitas dengan stakeholder terkait sehingga",
            "stakeholder",
            "stakeholder",
        ),
        (
            "“Jenazah ditemukan dalam posisi tengkurap.",
            "tengkurap",
            "face down",
        ),
        (
            "seolah tak peduli dengan beceknya tribun dan lapangan.",
            "beceknya",
            "muddy",
        ),
        (
            "Surya Samudra FC berhasil merengkuh gelar juara Turnamen Sepak Bola",
            "merengkuh",
            "embrace",
        ),
        (
            "Kami juga mendorong kembali aktifnya sistem siskamling di setiap RT/RW",
            "siskamling",
            "neighbourhood watch",
        ),
        (
            "Karena kondisi bayi masih belepotan darah segar",
            "belepotan",
            "smeared",
        ),
    ]);
}

/// Issue 13, the thirteenth pass by frequency: common words of wordfreq's Indonesian list
/// (ranks about 15,000 to 40,000) that Hunspell accepts, each in a sentence of the kind news
/// writes.
#[test]
fn thirteenth_pass_frequency_words_are_glossed() {
    assert_known(&[
        (
            "Polisi menunggu hasil pemeriksaan forensik dan keterangan pawang hujan.",
            "pawang",
            "handler",
        ),
        (
            "Kawasan karst itu dilindungi sebagai habitat margasatwa.",
            "margasatwa",
            "wildlife",
        ),
        (
            "Ribuan jemaah memadati Masjid Istiqlal sepeninggal imam besar.",
            "sepeninggal",
            "after the death of",
        ),
        (
            "Pemerintah mendorong pendayagunaan aparatur negara.",
            "pendayagunaan",
            "utilisation",
        ),
        (
            "Industri petrokimia tumbuh pesat.",
            "petrokimia",
            "petrochemical",
        ),
        ("Warga menggelar ruwatan dan kidung doa.", "kidung", "hymn"),
    ]);
}

/// Issue 13, the fourteenth pass: two neighbours swapped in a word of five or six letters,
/// the commonest typing slip, are read as the word meant (tuning texts' typos); a real word
/// the swap would misread keeps its own reading (`krama`, Bali's village members, not
/// `karma`); a wrong letter in a word that short stays unknown (`wakru` for `waktu`: read
/// at five and six letters, substitutions gave 583 more readings of wordfreq's list, mostly
/// wrong, `dewata` as "adult", `nasab` as "fate").
#[test]
fn fourteenth_pass_short_swaps_are_read() {
    assert_known(&[
        (
            "Terima kasih juga unutk tuan rumah PBVSI Buton",
            "unutk",
            "for",
        ),
        (
            "Kami menduga masyarakat sedang tidka punya uang untuk membeli emas",
            "tidka",
            "not",
        ),
        (
            "sepekan terkahir di Kota Batam mengakibatkan 2 kroban jiwa",
            "kroban",
            "victim",
        ),
        (
            "agar meninjau masyarakat yang skait, seperti gatal-gatal atau demam",
            "skait",
            "sick",
        ),
        (
            "serta 2 jensi pelatihan pembekalan bagi tenaga pendamping",
            "jensi",
            "type",
        ),
        (
            "upacara Mapepada diawali dengan krama berjalan kaki dari Pura Ulun Danu Batur",
            "krama",
            "community members",
        ),
    ]);
    let text = "data yang dihimpun Tribun Batam dalam kurun wakru 14-21 September 2025";
    let t = token(text, "wakru");
    assert_eq!(t.kind, TokenKind::Unknown, "wakru -> {}", t.english);
}

/// Issue 13, the fourteenth pass, by kind, with the tuning texts' words (tune-36, tune-37):
/// police and government abbreviations, religious vocabulary in copy's spellings, image
/// formats of scraped file names, and ordinary words; then tune-38's and tune-39's pesantren
/// words, `jukir`, and a spaced `tercerai berai`.
#[test]
fn fourteenth_pass_kinds_are_read() {
    assert_known(&[
        (
            "\"Di TKP sekarang sudah ada Karo ops, Dirkrimum, wadir sabhara dan wakapolres",
            "wadir",
            "deputy director",
        ),
        (
            "\"Di TKP sekarang sudah ada Karo ops, Dirkrimum, wadir sabhara dan wakapolres",
            "wakapolres",
            "deputy police chief",
        ),
        (
            "diiringi dgn ceramah yg di pimpin oleh ibu hj ustazah Neng",
            "ustazah",
            "Islamic teacher",
        ),
        (
            "diperingati oleh ibu ibu majlis taklim Nur Qomar",
            "majlis",
            "Islamic study group",
        ),
        (
            "hingga pengarusutamaan gender dalam pembangunan daerah",
            "pengarusutamaan",
            "mainstreaming",
        ),
        (
            "para petani bisa lebih tersenyum sumringah, pasalnya harga jual gabah",
            "sumringah",
            "beaming",
        ),
        (
            "dan ini merupakan tolok ukur sejauh mana pencapaian mereka",
            "tolok",
            "benchmark",
        ),
        (
            "Entah bersama tetangga, teman kerja, teman sepergaulan, atau siapapun",
            "sepergaulan",
            "same circle",
        ),
        ("foto-kegiatan.jpg", "jpg", "JPG"),
        (
            "segenap pimpinan lembaga, asatiz-asatizah, serta wali santri",
            "asatiz-asatizah",
            "Islamic teachers",
        ),
        (
            "Maraknya juru parkir (jukir) liar di Samarinda kembali",
            "jukir",
            "parking attendant",
        ),
        (
            "membuat pengusaha bus di Kudus ketar-ketir.",
            "ketar-ketir",
            "jittery",
        ),
        (
            "“Kita jangan sampai tercerai berai karena urusan politik,”",
            "berai",
            "scattered",
        ),
    ]);
}

/// Issue 13, the fifteenth pass, by kind, with the tuning texts' words (tune-40, tune-41):
/// English contractions in code-switched copy (typed with a curly apostrophe), English words
/// Indonesian spelling also allows (`are`), colloquial forms, election and village words, and
/// West Sumatra's adat vocabulary.
#[test]
fn fifteenth_pass_kinds_are_read() {
    assert_known(&[
        (
            "dan just like any other thing in this country, it’s full of drama.",
            "it’s",
            "it’s",
        ),
        ("kata dia, don't worry, semua aman.", "don't", "don't"),
        ("Comments are closed.", "are", "are"),
        (
            "kalo kamu pikir pemilu udah selesai karena jujur sih belom.",
            "belom",
            "not yet",
        ),
        (
            "karena Komisi Pemilihan Umum aka KPU masih ngitung suara",
            "ngitung",
            "count",
        ),
        (
            "Dalam satu desa, pilkades maksimal bisa diisi lima orang calon",
            "pilkades",
            "village head election",
        ),
        (
            "pasangan Mahyeldi-Audy Joinaldy punya kans mendapatkan simpati",
            "kans",
            "chance",
        ),
        (
            "jembatan sungai Belot yang sudah cukup lama mangkrak tak berfungsi",
            "mangkrak",
            "stalled",
        ),
        (
            "seperti tokoh agama, tokoh adat, niniak mamak, dan pemuka masyarakat.",
            "niniak",
            "clan elders",
        ),
        (
            "lembaga adat yang mencakup urang tuo, cadiak pandai, kapalo mudo, keamanan",
            "cadiak",
            "the learned",
        ),
    ]);
    // A contraction is English only as SCOWL lists it: an Arabic loan with an apostrophe is
    // still read as Indonesian (`jama'ah`).
    assert_known(&[("shalat berjama'ah di masjid", "berjama'ah", "")]);
}

/// Issue 13, the seventeenth pass, by kind, with the tuning texts' words (tune-42 to
/// tune-49): file formats named in copy, agency and police abbreviations, older spellings of
/// loans (KBBI's non-standard forms: the kind was taken further from KBBI's lists), ordinary
/// words, the Baliem Valley's arts and regional forms of quotes.
#[test]
fn seventeenth_pass_kinds_are_read() {
    assert_known(&[
        (
            "Link yang seharusnya format pdf, malah datang berbentuk apk.",
            "apk",
            "APK",
        ),
        (
            "Ini, juga salah satu yang mengarah ke cyber crime atau kejahatan online.",
            "cyber",
            "cyber",
        ),
        (
            "penyidik subdit IV Tipiter Polda Sultra pun akhirnya menangkap",
            "subdit",
            "subdirectorate",
        ),
        (
            "semakin menyebar luas di wilayah hukum (wilkum) Polres Pelabuhan Belawan",
            "wilkum",
            "jurisdiction",
        ),
        (
            "bos bulog mengakui bantuan pangan dan operasi pasar belum",
            "bulog",
            "Bulog",
        ),
        (
            "para pihak harus mengisi blanko permohonan disertai fotocopy KTP",
            "fotocopy",
            "photocopy",
        ),
        (
            "Jangan sampai ada kluster baru dari kluster pemilihan ini",
            "kluster",
            "cluster",
        ),
        (
            "dilanjutkan dengan penekanan tombol sirine tanda dimulainya even",
            "sirine",
            "siren",
        ),
        (
            "Setiap bulan onderdil mobil pasti diganti",
            "onderdil",
            "spare parts",
        ),
        (
            "Dirut Bulog Bayu Krisnamurthi justru blak-blakan mengaku bantuan pangan",
            "blak-blakan",
            "frank",
        ),
        (
            "Ini terjadi ketika Presiden didapuk memberikan sambutan",
            "didapuk",
            "appointed",
        ),
        (
            "penampilan 1.500 pemain musik tradisional pikon dan penari etai",
            "pikon",
            "jaw harp",
        ),
        ("Lah tigo hari macam ni.", "tigo", "three"),
        (
            "“banyak yang besak perut, tapi saya sangat bangga",
            "besak",
            "big",
        ),
        (
            "Selain kaum adam, penonton kaum hawa pun turut meramaikan laga tersebut",
            "adam",
            "men",
        ),
        (
            "Kalau antardesa tidak nututi waktunya,” kata Sandi.",
            "nututi",
            "keep up",
        ),
    ]);
}

/// Issue 13, the eighteenth pass: a wrong key beside the one meant on its QWERTY row, from
/// six letters, and a letter left out at six letters, are read as the word meant (real typos
/// of the tuning texts).
#[test]
fn eighteenth_pass_neighbour_keys_are_read() {
    assert_known(&[
        (
            "Provinsi Jawa Barat memiliki kasus terbanyak denhan lebih dari 6.000 kasus",
            "denhan",
            "with",
        ),
        (
            "Nah ini memjadi dasar kami dalam membuat aplikasi",
            "memjadi",
            "become",
        ),
        (
            "\"Bantuan oangan dan SPHP (operasi pasar) memang belum berhasil",
            "oangan",
            "food",
        ),
        (
            "menganggap laporan polisi didiga tak ada tanggapan",
            "didiga",
            "allegedly",
        ),
        (
            "selama periode 2018 - 2023 tekait visi misi, apakah sudah sesuai target",
            "tekait",
            "related",
        ),
        (
            "berdasarkan laoran month on month (MoM) sepanjang Januari",
            "laoran",
            "report",
        ),
        (
            "Sebanyak 25 hekare lahan gambut terbakar",
            "hekare",
            "hectare",
        ),
    ]);
}

/// Issue 13, the eighteenth pass: real words one neighbouring key or one letter from another
/// word keep their own reading (`komedo` is not `komedi`, `kepang` not `Jepang`, `siring`
/// not `seiring`), and a wrong key at five letters stays unknown (`wakru`, `dalan`: there
/// the edit reached far more real words than typos).
#[test]
fn eighteenth_pass_real_words_keep_their_reading() {
    assert_known(&[
        (
            "bertempat di halaman siring laut Kotabaru",
            "siring",
            "embankment",
        ),
        (
            "Rambutnya dikepang dua, kepang yang rapi.",
            "kepang",
            "braid",
        ),
        ("Wajahnya penuh komedo dan jerawat.", "komedo", "blackhead"),
        (
            "Ia mengalami cedera panggul saat latihan.",
            "panggul",
            "hip",
        ),
        (
            "Warga menggelar sabung ayam di desa itu.",
            "sabung",
            "cockfight",
        ),
        (
            "Ibu membuat kue nastar untuk Lebaran.",
            "nastar",
            "pineapple tart",
        ),
        (
            "Para manula mendapat vaksin lebih dulu.",
            "manula",
            "elderl",
        ),
    ]);
    for (text, word) in [
        ("dalam kurun wakru 14-21 September 2025", "wakru"),
        ("Hal itu disampaikannya dalan sambutan akhir tahun", "dalan"),
    ] {
        let t = token(text, word);
        assert_eq!(t.kind, TokenKind::Unknown, "{word} -> {}", t.english);
    }
}

/// Issue 13, the nineteenth pass: real words that the eighteenth pass's typo reader took for
/// another word read as themselves (Malay `kerana`, `sorang`; `katana`; `kalang-kabut`;
/// `menyia-nyiakan`; the common misspelling `mantab`), and tune-50 to tune-53's words, with
/// `men-` on an English verb whose `s` copy leaves unassimilated.
#[test]
fn nineteenth_pass_words_are_read() {
    assert_known(&[
        (
            "Saya tidak datang ke sekolah kerana sakit.",
            "kerana",
            "because",
        ),
        ("Berbeza dengan kawan yang sorang lagi tu.", "sorang", "one"),
        ("Pelaku membawa katana saat beraksi.", "katana", "katana"),
        (
            "Warga kalang-kabut menyelamatkan diri.",
            "kalang-kabut",
            "panic",
        ),
        (
            "Jangan menyia-nyiakan waktu yang ada.",
            "menyia-nyiakan",
            "waste",
        ),
        (
            "Kesempatan emas itu disia-siakan tim tamu.",
            "disia-siakan",
            "wasted",
        ),
        ("Rasanya mantab sekali.", "mantab", "firm"),
        (
            "itu bukti elektabilitasnya rendah sehingga perlu biaya besar",
            "elektabilitasnya",
            "electability",
        ),
        (
            "Rakyat Aceh masih berpikir bila masalah qanun tersebut",
            "qanun",
            "bylaw",
        ),
        (
            "Di tengah harga jagung pipilan kering di Kabupaten Dompu",
            "pipilan",
            "shelled",
        ),
        (
            "kemudahan menggunakan kombain (alat panen padi)",
            "kombain",
            "combine",
        ),
        (
            "Kami siap mensupport program pemerintah.",
            "mensupport",
            "support",
        ),
        (
            "korban mendapatkn sms dari WAHEP KIPLI pd tgl 28 juni 2014",
            "sms",
            "text message",
        ),
        (
            "korban mendapatkn sms dari WAHEP KIPLI pd tgl 28 juni 2014",
            "pd",
            "on",
        ),
        (
            "kompol SATINGI SH nrp 58010716 SPKT polda jatim",
            "nrp",
            "registration",
        ),
        (
            "bergotong-royong membuat bubur asyura, Kamis (20/9/2018) siang.",
            "asyura",
            "Ashura",
        ),
        (
            "semakin ke sini semakin menggebu-gebu, ya.",
            "menggebu-gebu",
            "fervent",
        ),
    ]);
}

/// The twentieth pass (issue 13): the nine words the nineteenth left for want of a source and
/// tune-54's and tune-55's missing words, each glossed from its source (the supplement's
/// comments), in the sentences of the tuning texts that used them.
#[test]
fn twentieth_pass_words_are_read() {
    assert_known(&[
        (
            "seperti pengrusakan kursi dengan cara di bakar di ruang kelas 04",
            "pengrusakan",
            "damage",
        ),
        (
            "pemberian bantuan mebeler dan inventaris seperti meja kursi untuk para siswa",
            "mebeler",
            "furniture",
        ),
        (
            "beberapa atlet juga menyabet mendali perak dan lima medali perunggu.",
            "mendali",
            "medal",
        ),
        (
            "agar rakyat di Serambi Mekkah tenggelam dalam romantisme serta reaktif",
            "romantisme",
            "romanticism",
        ),
        (
            "Sampai sekarang blum bisa terselesaikan.",
            "blum",
            "not yet",
        ),
        (
            "Sorak sorai para penonton dan di hadiri ketua DPRD",
            "sorai",
            "cheers",
        ),
        (
            "pembacaan juz ‘amma mulai surat ad-duha sampai an-nas, tahlil dan doa",
            "tahlil",
            "tahlil",
        ),
        (
            "ungkap Kyai yang juga mursyid Tariqah Syadiliyyah ini.",
            "mursyid",
            "spiritual guide",
        ),
        (
            "meneladani akhlak beliau yang penuh uswatun hasanah, baik dalam kehidupan pribadi",
            "hasanah",
            "good example",
        ),
        (
            "tradisi lokal yang memperkaya khasanah kehidupan sosial dan budaya masyarakat",
            "khasanah",
            "wealth",
        ),
        (
            "Paslon ini terlihat berbagi waktu antar cabup dan cawabup.",
            "cawabup",
            "deputy regent candidate",
        ),
        (
            "Paslon ini terlihat berbagi waktu antar cabup dan cawabup.",
            "cabup",
            "regent candidate",
        ),
        (
            "bukti percakapan pemesanan kendaraan dan perencanaan ranmor pun ada",
            "ranmor",
            "motor vehicle",
        ),
        (
            "salah satu pelaku yang menggunakan atribut ojol melemparkan sesuatu",
            "ojol",
            "motorcycle taxi",
        ),
        (
            "pun ada di whatsapp hp milik pelaku,\" pungkasnya.",
            "hp",
            "phone",
        ),
        (
            "terjadi kepadatan pada pagi hari lantaran pemberlakuan ganjil-genap (gage).",
            "gage",
            "odd-even",
        ),
        (
            "Sopir truk pun sudah menyalakan lampu sein selama memperbaiki truk.",
            "sein",
            "turn signal",
        ),
        (
            "Menaburkan bubuk larvasida (abate) pada tempat penampungan air",
            "larvasida",
            "larvicide",
        ),
        (
            "Massa aksi Koalisi Masyarakat Sipil Sulawesi Barat ( KMS Sulbar ), geruduk kantor \
             Bupati Mamuju",
            "geruduk",
            "raid",
        ),
    ]);
}

/// A word the lexicon does not know right after a place title is that place's name written
/// in lower case (issue 13, the twentieth pass): kept as a name, not marked unknown; a word
/// the lexicon knows after a title keeps its reading.
#[test]
fn lower_case_place_names_after_titles_are_names() {
    for (text, word) in [
        (
            "meraih prestasi Lomba Sekolah Sehat (LSS) tingkat propinsi jambi.",
            "jambi",
        ),
        (
            "\"Kami dari pemerintah Kabupaten mamuju memang harus bertanggungjawab",
            "mamuju",
        ),
        // Once left unknown rather than misread (the ninth pass); Samboja is a district of
        // Kutai Kartanegara.
        (
            "Banjir menenggelamkan Kelurahan Karya Merdeka Kecamatan samboja Kabupaten Kutai \
             Kertanegara.",
            "samboja",
        ),
    ] {
        let t = token(text, word);
        assert_eq!(t.kind, TokenKind::Name, "{word} in {text}");
        assert_eq!(t.english, word);
    }
    let t = token("Warga desa setempat menolak rencana itu.", "setempat");
    assert_eq!(t.kind, TokenKind::Known);
}

/// The twenty-first pass (issue 13): the five words the twentieth left for want of a source
/// (four now sourced), the common Arabic phrases of religious quotes, and tune-56's and
/// tune-57's words, each read in its sentence from the tuning text or a real use.
#[test]
fn twenty_first_pass_words_are_read() {
    assert_known(&[
        (
            "ada petani yang kelimpungan lantaran padi yang ditanam habis dimakan tikus",
            "kelimpungan",
            "at a loss",
        ),
        (
            "Vario mengalami pecah pada kaca depan dan slebor serta body pecah",
            "slebor",
            "mudguard",
        ),
        (
            "“Kami sudah kroscek, dia sudah terdaftar di tahap II",
            "kroscek",
            "cross-check",
        ),
        ("Kaget ya sedang diem nunggu berbuka", "diem", "quiet"),
        (
            "“Ya, alhamdulillah, kami selamat,” ujarnya.",
            "alhamdulillah",
            "praise be to God",
        ),
        (
            "“Soal itu wallahu a’lam,” katanya.",
            "wallahu",
            "God knows best",
        ),
        (
            "Kami mendengar kabar, innalillahi wa inna ilaihi rojiun, ia meninggal dunia",
            "innalillahi",
            "to God we belong and to Him we return",
        ),
        (
            "Kata dia, subhanallah, indah sekali",
            "subhanallah",
            "glory be to God",
        ),
        (
            "Kata dia, astaghfirullah, saya lupa",
            "astaghfirullah",
            "God forgive me",
        ),
        (
            "Peristiwa bermula saat truk pengangkut aki melewati turunan",
            "aki",
            "car battery",
        ),
        (
            "Truk diduga mengalami rem blong melaju tak terkendali",
            "blong",
            "brake failure",
        ),
        ("yang sangat kuat adalah tapal batas", "tapal", "border"),
        (
            "“Empat tapol itu bukan koruptor",
            "tapol",
            "political prisoner",
        ),
        (
            "dianggap fitnah hingga menyerang pribadi wabup",
            "wabup",
            "deputy regent",
        ),
    ]);
}

/// The twenty-second pass (issue 13): the Sundanese and Javanese words of quotes their outlet
/// translates, and tune-58 to tune-61's missing words, each read in a sentence like the
/// tuning text's; a capitalised `Aya` stays a name.
#[test]
fn twenty_second_pass_words_are_read() {
    assert_known(&[
        (
            "jalan provinsi jeung nasional leuwih alus ti batan saacanna",
            "leuwih",
            "more",
        ),
        ("jalan provinsi jeung nasional", "jeung", "and"),
        ("Tapi aya keneh kakurangan", "aya", "there is"),
        (
            "Tapi wedi kualat, aku kan nduwe anak bojo",
            "wedi",
            "afraid",
        ),
        ("aku kan yo nduwe anak", "nduwe", "have"),
        ("kucing wae iso ngamuk", "iso", "can"),
        (
            "hasil monitoring dan evaluasi (monev) oleh tim kecamatan",
            "monev",
            "monitoring and evaluation",
        ),
        ("pedagang berjualan di atas jukung", "jukung", "canoe"),
        (
            "responden pada pencacahan survei harga",
            "pencacahan",
            "enumeration",
        ),
        (
            "hutan yang dialihfungsikan sebagai lahan sawit",
            "dialihfungsikan",
            "converted",
        ),
        (
            "Pandemi covid-19 meluluhlantakan tempat cari nafkah",
            "meluluhlantakan",
            "devastated",
        ),
        (
            "Danau itu terletak di ketinggian 1.231 mdpl",
            "mdpl",
            "metres above sea level",
        ),
    ]);
    let t = token("Kata Aya Sofia kepada wartawan.", "Aya");
    assert_ne!(t.english, "there is");
}

/// The twenty-third pass (issue 13): tune-62 to tune-64's missing words, each read in a
/// sentence like the tuning text's; a capitalised `Putu` (a Balinese name) is not a cake.
#[test]
fn twenty_third_pass_words_are_read() {
    assert_known(&[
        (
            "Bhabinkamtibmas dan babinsa mengunjungi posyandu desa",
            "babinsa",
            "village army NCO",
        ),
        (
            "penimbangan balita di posyandu desa",
            "posyandu",
            "health post",
        ),
        (
            "lokasi berburu takjil di bulan Ramadan",
            "takjil",
            "fast-breaking",
        ),
        (
            "jajanan seperti kue lopis dan putu mayang",
            "lopis",
            "rice cake",
        ),
        (
            "mulai dari Senggigi, Kuta, 3 gili dan lainnya",
            "gili",
            "islet",
        ),
        (
            "rombongan kuda sandlewood yang gagah",
            "sandlewood",
            "sandalwood",
        ),
        ("dua minggu terakhir ini trada", "trada", "none"),
        (
            "pembangunan jalan telford sepanjang 1.200 meter",
            "telford",
            "Telford",
        ),
        (
            "lomba fotografi dan lomba infografis",
            "infografis",
            "infographic",
        ),
        (
            "tanggung jawab moral yang musti ditunaikan",
            "musti",
            "must",
        ),
        ("dilantik sebagai pj bupati", "pj", "acting"),
    ]);
    let t = token("Kata Putu Artha kepada wartawan.", "Putu");
    assert!(!t.english.contains("cake"), "Putu -> {}", t.english);
}

/// The twenty-fifth pass (issue 13): tune-67's and tune-68's words, each row sourced in the
/// supplement's comment; real phrases of the two sets.
#[test]
fn twenty_fifth_pass_words_are_read() {
    assert_known(&[
        (
            "mengadakan lomba sampan bidar dalam rangka HUT RI ke 77",
            "bidar",
            "racing longboat",
        ),
        (
            "Selain lomba sampan bidar, ada juga lomba pangka gasing dan sumpit.",
            "pangka",
            "top-fighting game",
        ),
        (
            "kearifan lokal yaitu atraksi famaluaya dan hombo batu, atau lompat batu.",
            "famaluaya",
            "war dance",
        ),
        (
            "kearifan lokal yaitu atraksi famaluaya dan hombo batu, atau lompat batu.",
            "hombo",
            "stone jumping",
        ),
        (
            "penanaman padi inbrida yang dilakukan dengan tata cara penanaman padi",
            "inbrida",
            "inbred",
        ),
        (
            "jembatan tua di desa tersebut hanyut terseret banjir bah, pekan lalu",
            "bah",
            "flood",
        ),
        ("500 ribu satu rit mas.", "rit", "truckload"),
        (
            "akan menghadirkan penghotbah dari Kota Kupang",
            "penghotbah",
            "preacher",
        ),
        (
            "agar tidak gonta ganti Surat Keputusan (SK) Kepala Desa",
            "gonta",
            "changing",
        ),
        (
            "Predikat yang disematkan itu tidak serta merta menjadikan petani kopi",
            "merta",
            "immediately",
        ),
        (
            "antara model ekstraktif yang mengeksploitasi, atau regeneratif yang memulihkan",
            "ekstraktif",
            "extractive",
        ),
        (
            "mencapai 18 ribu ton perkapita pertahun",
            "perkapita",
            "per capita",
        ),
        (
            "Seng ada bibit mas, katong cari yang cepat sa.",
            "Seng",
            "there is no",
        ),
        ("Pasir su paling cepat mas.", "su", "already"),
    ]);
}

/// The twenty-sixth pass's words (issue 13): real phrases of tune-69 and tune-70, and of the
/// twenty-third and twenty-fourth passes' left-overs, each read with its gloss.
#[test]
fn twenty_sixth_pass_words_are_read() {
    assert_known(&[
        (
            "sebagai bahan rokok kretek karena aromanya yang khas",
            "kretek",
            "clove cigarette",
        ),
        ("Warga juga menjual ikan fufu", "fufu", "smoked fish"),
        (
            "serta gema tifa kolosal yang diikuti sejumlah Ondoafi",
            "tifa",
            "drum",
        ),
        (
            "total pembudidaya 5.177 pokdakan, salah satunya adalah masyarakat",
            "pokdakan",
            "fish farmers",
        ),
        (
            "Seorang wanita setengah baya menghampiri rombongan dari Jakarta",
            "baya",
            "middle-aged",
        ),
        (
            "Marselina menyampaikan rasa terimakasihnya kepada semua pihak",
            "terimakasihnya",
            "thanks",
        ),
        (
            "efektif mengendalikan penyakit busuk batang fusarium",
            "fusarium",
            "fusarium",
        ),
        (
            "tiba-tiba hujan gerimis dengan intensitas sedang turun rintik-rintik.",
            "rintik-rintik",
            "drizzling",
        ),
        (
            "Sorak-sorai bercampur derap kaki ratusan kuda yang berlari kencang",
            "derap",
            "gallop",
        ),
        (
            "Kejadian ini mengakibatkan tanah urukan serta senderan setinggi sekitar tujuh meter",
            "urukan",
            "fill",
        ),
        (
            "Ia mulai mengarsir lembar gambar dengan tekun.",
            "mengarsir",
            "shade",
        ),
        (
            "\"Memang pasar masih sepi jam bagini,",
            "bagini",
            "like this",
        ),
        (
            "Distribusi ikan disini diambil dari nelayan - nelayan Ternate deng",
            "deng",
            "with",
        ),
        ("Sa jaga sa pu kaka ada sakit di rumah sakit", "pu", "my"),
        (
            "Sa jaga sa pu kaka ada sakit di rumah sakit",
            "kaka",
            "older sibling",
        ),
    ]);
}

/// The twenty-seventh pass's words (issue 13): real phrases of tune-71 and tune-72 (and of
/// tune-70's left-overs `marhaban`, `pi`), each read with its gloss.
#[test]
fn twenty_seventh_pass_words_are_read() {
    assert_known(&[
        (
            "Selain itu, perhatian warga terhadap kegiatan goro ini juga terlihat",
            "goro",
            "communal work",
        ),
        (
            "Ada 3 titik goro sebagaimana yang diumumkan tuo kampuang seminggu sebelumnya.",
            "goro",
            "communal work",
        ),
        (
            "mulai bayi, remaja, balita, bumil, sampai lansia akan dilaksanakan intervensi",
            "bumil",
            "pregnant women",
        ),
        (
            "Pelayanan kesehatan terpadu (yandu) adalah suatu bentuk keterpaduan pelayanan kesehatan",
            "yandu",
            "integrated service",
        ),
        (
            "menggelar turnamen sepak bola antar kampung atau tarkam pada Jumat 1 Maret 2024.",
            "tarkam",
            "inter-village match",
        ),
        (
            "kenyamanan jamaah dalam melaksanakan salat tarawih dan tadarus.",
            "tadarus",
            "Quran recitation",
        ),
        (
            "dipandang sebagai bagian dari pelayanan sosial atau diakonia, karena tradisi tersebut",
            "diakonia",
            "diaconal service",
        ),
        (
            "suasana menjadi semakin semarak dengan lomba gobak sodor, lomba memindahkan kaleng",
            "gobak",
            "line-guarding game",
        ),
        (
            "untuk jenis getah karet bintik mencapai R.92 ribu/kg, tatal sedang (TS) Rp.96 ribu/kg",
            "tatal",
            "shavings",
        ),
        (
            "penimbunan dengan mengunakan material pasir uruk yang merupakan sumbangan",
            "uruk",
            "fill sand",
        ),
        (
            "Gerak ritmis yang kompak, kostum warna-warni, serta alunan musik tradisional",
            "warna-warni",
            "colourful",
        ),
        (
            "Entahlah, karena semua hanya bisa berteori, ketus Irwan.",
            "ketus",
            "curt",
        ),
        (
            "terlebih mengadakan pembacaan dhalawat marhaban sampai selesai",
            "marhaban",
            "marhaban chant",
        ),
        ("Nanti dari pasar sa pi jaga dia lagi", "pi", "go"),
    ]);
}

/// The twenty-eighth pass's words (issue 13): real phrases of tune-73 and tune-74 (farming,
/// Borneo's Dayak, words), each row sourced in the supplement, and Javanese `goro-goro` in a
/// phrase of its kompas.com source, read as the wayang commotion and not as a plural of pass
/// 27's `goro`.
#[test]
fn twenty_eighth_pass_words_are_read() {
    assert_known(&[
        (
            "Tokoh Punakawan dimainkan dalam sesi goro-goro.",
            "goro-goro",
            "commotion",
        ),
        (
            "menghadiri panen raya padi musim tanam gadu 2017 oleh kelompok tani Usaha Baru",
            "gadu",
            "dry-season",
        ),
        (
            "Lahan yang terbakar terdiri dari semak belukar, tanaman purun, dan berondong",
            "purun",
            "purun sedge",
        ),
        (
            "salah satu yang dipercayakan untuk menjaga lingkaran Rumah betang ini",
            "betang",
            "longhouse",
        ),
        (
            "maka hari ini pertama kita melakukan ritual di pedagi kek Ngawi",
            "pedagi",
            "ancestral shrine",
        ),
        (
            "menjadi salah satu kopi terbaik di dunia dengan cita rasa tinggi.",
            "cita",
            "flavour",
        ),
        (
            "menyebabkan kepulan asap pekat yang membumbung tinggi ke udara",
            "membumbung",
            "soar",
        ),
        (
            "untuk menambah semangat petani bertanam padi, perlu yel-yel khusus dalam bekerja",
            "yel-yel",
            "chants",
        ),
        (
            "Antara debur ombak dan tukik yang merangkak menuju lautan luas.",
            "debur",
            "crash of the waves",
        ),
    ]);
}

/// The twenty-ninth pass's words (issue 13): tune-75's and tune-76's unknown words with a
/// source (Maluku's sea, abbreviations written as words), each row sourced in the supplement.
#[test]
fn twenty_ninth_pass_words_are_read() {
    assert_known(&[
        (
            "Pastinya nelayan juga akan membuat rumpon, cet perahu",
            "rumpon",
            "fish aggregating device",
        ),
        (
            "Setelah menanti dua tahun lamanya, sasi akan dibuka lagi.",
            "sasi",
            "customary harvest ban",
        ),
        (
            "Hasil laut tersebut, kalau tidak disasi, setiap hari diambil",
            "disasi",
            "placed under a harvest ban",
        ),
        (
            "Semoga kanwil segera merekap dan merilis prestasi siswa",
            "kanwil",
            "regional office",
        ),
        (
            "misalnya persami (perkemahan Sabtu-Minggu), jambore dan",
            "persami",
            "weekend camp",
        ),
    ]);
}

/// The thirtieth pass (issue 13): the passives pass 29's joined-preposition rule misread for
/// want of a verb of their noun root, read again as passives with the gloss of the sourced
/// verb row or participle (real phrases of the tuning pages).
#[test]
fn thirtieth_pass_words_are_read() {
    assert_known(&[
        (
            "BACA JUGA:4 Warem Dirazia, Polsek Semidang Alas Sita 120 Botol Miras",
            "Dirazia",
            "raided",
        ),
        (
            "Kami cuma minta laut kami jangan ditambang",
            "ditambang",
            "mined",
        ),
        (
            "jika melanggar hukum harus ditindak tegas.",
            "ditindak",
            "dealt with",
        ),
        (
            "memberikan kartu Vaksin serta kalung pada anjing yang sudah divaksin sebagai tanda",
            "divaksin",
            "vaccinated",
        ),
        (
            "berharap jalan yang telah diaspal ini dapat meningkatkan mobilitas",
            "diaspal",
            "paved",
        ),
        (
            "Pembangunan Jembatan Maron ini ditarget selesai pada akhir bulan Desember ini",
            "ditarget",
            "targeted",
        ),
    ]);
}

/// The thirty-first pass (issue 13): tune-77 to tune-82's words, in phrases of the tuning
/// pages, each read with its sourced gloss (copra, the hajj rites, stingless bees, Lamalera's
/// whaling, the Safar bath, abbreviations written as words).
#[test]
fn thirty_first_pass_words_are_read() {
    assert_known(&[
        (
            "para petani kelapa yang masih memiliki stok segera menjual kopranya",
            "kopranya",
            "copra",
        ),
        (
            "harga biji pala bervariasi Rp62.000 sampai Rp65.000/Kg dan fuli juga brvariasi",
            "fuli",
            "mace",
        ),
        (
            "terbuat dari daun sagu atau yang lebih dikenal dengan sebutan rumbia.",
            "rumbia",
            "sago palm",
        ),
        (
            "Upaya budidaya madu kelulut ini dilakukan sejak tahun 2020",
            "kelulut",
            "stingless bee",
        ),
        (
            "Adapun jumlah peserta manasik haji siswa kelas VII = 167",
            "manasik",
            "hajj rites",
        ),
        (
            "yang pertama kali dilakukan adalah miqat, kemudian thawaf, sa’i dilanjutkan ke mina",
            "thawaf",
            "circling of the Kaaba",
        ),
        (
            "Pihaknya kemudian menerjunkan mobil damkar Posko Kinali dan tujuh petugas",
            "damkar",
            "fire brigade",
        ),
        (
            "menggelar syukuran dengan membaca tolak bala agar bisa mengusir sial",
            "bala",
            "calamity",
        ),
        ("lamafa akan memimpin doa sebelum", "lamafa", "harpooner"),
        ("tempuling atau tombak", "tempuling", "harpoon"),
        (
            "Kegiatan tersebut meliputi tirakatan/ mujahadah dan upacara hari santri",
            "tirakatan",
            "vigil",
        ),
        (
            "massal kepada anak yatim piatu dan sirahturahmi dengan kaum duafa.",
            "duafa",
            "poor",
        ),
        (
            "Kegiatan ini turut didukung DPRD, muspika, aparat Koramil dan Polsek",
            "muspika",
            "subdistrict leadership council",
        ),
        (
            "untuk menekan atau mencegah stunting atau tengkes dalam mewujudkan Indonesia Emas",
            "tengkes",
            "stunting",
        ),
        (
            "diawali dengan kegiatan tirakatan/ mujahadah membaca shalawat nariyah sebanyak 4444",
            "mujahadah",
            "devotional prayer",
        ),
        (
            "\"Rusak komputer, gara-gara belum sempat di matikan (turn off).",
            "gara-gara",
            "because of",
        ),
        (
            "peserta mandi safar ini tidak hanya diikuti anak-anak",
            "safar",
            "Safar",
        ),
    ]);
}

/// The thirty-second pass (issue 13): tune-82 to tune-86's words, in phrases of the tuning
/// pages, each with the gloss the supplement gives it.
#[test]
fn thirty_second_pass_words_are_read() {
    assert_known(&[
        (
            "Sebelumnya desa ini membentuk 84 dasawisma yang masing memiliki kebun",
            "dasawisma",
            "ten-household group",
        ),
        (
            "\u{201c}Tapi biasa juga ke pustu pakai kartu Jamkesmas,\u{201d} ucapnya",
            "pustu",
            "auxiliary health centre",
        ),
        (
            "Sedangkan Pelayanan posbindu dan Poslansia Santa Ana",
            "posbindu",
            "integrated health post",
        ),
        (
            "rumah milik Ibu Kamisah (penderita tuna rungu dan tunawicara) warga Desa Silebu",
            "tunawicara",
            "speech-impaired",
        ),
        ("Juara 4 Tangan Dewa, tekong Sukerman.", "tekong", "skipper"),
        (
            "Biji kopi yang telah siap sangrai di jual dengan harga yang bervariasi",
            "sangrai",
            "roast",
        ),
        (
            "ditandai dengan pelepasan kembang api dan mercon oleh panitia pelaksana.",
            "mercon",
            "firecracker",
        ),
        (
            "kalau bahasa Jawa nya itu bulan suro kami adakan sedekah bumi.",
            "suro",
            "Suro",
        ),
        (
            "jembatan penghubung yang ambruk akibat usia yang sudah uzur",
            "uzur",
            "very old",
        ),
        (
            "sosok yang berperawakan jepang dengan rambut cepak dominan warna putih",
            "cepak",
            "crew-cut",
        ),
        (
            "Mardi mengatakan terdapat tridharma perguruan tinggi yaitu pendidikan dan pengajaran,",
            "tridharma",
            "three duties",
        ),
        (
            "Sebagai woro-woro, Dispar Kaltim bersama stakeholder terkait",
            "woro-woro",
            "announcement",
        ),
        (
            "semoga kebaikan kita semua mendapatkan amal jariah,\u{201d} katanya.",
            "jariah",
            "lasting good deed",
        ),
        (
            "Sebanyak 300 civitas akademika mengenakan pakaian muslim",
            "civitas",
            "academics",
        ),
        (
            "dipimpin oleh waka humas Fuad Hasim.",
            "waka",
            "deputy head",
        ),
        (
            "membantu 100 sak semen kepada GKI Tehupa Skou Sae",
            "sak",
            "sack",
        ),
        (
            "kegiatan santri (tadabur alam, Quran camp).",
            "tadabur",
            "contemplation",
        ),
        (
            "merupakan kebiasaan adat dan istiadat tradisi yang dilakukan setiap tahun",
            "istiadat",
            "customs",
        ),
        (
            "bagaimana menanamkan nilai-nilai akhlakul karimah dalam kehidupan sehari-hari",
            "karimah",
            "noble character",
        ),
    ]);
}

/// The thirty-third pass (issue 13): tune-87's and tune-88's words and tune-75's `pajeko`, each
/// row sourced in the supplement, read in real phrases of the tuning pages.
#[test]
fn thirty_third_pass_words_are_read() {
    assert_known(&[
        (
            "Puluhan ogoh-ogoh unik yang diarak warga dari berbagai desa",
            "ogoh-ogoh",
            "effigies",
        ),
        (
            "ogoh-ogoh memegang gawai (gadget) dan ogoh-ogoh yang menaiki sepeda onthel.",
            "onthel",
            "roadster bicycle",
        ),
        (
            "wujud nyata dari persatuan di tengah kebhinnekaan yang ada di tanah Kalimantan.",
            "kebhinnekaan",
            "diversity",
        ),
        (
            "Upacara diikuti oleh seluruh guru, tendik, dan siswa Spenma.",
            "tendik",
            "education staff",
        ),
        (
            "Bu Lita handayani dan Bu Fajriatun sedang gladi ringan di sebelah barat lapangan upacara.",
            "gladi",
            "rehearsal",
        ),
        (
            "1. Lomba bakiak yang terdiri dari 4 tim",
            "bakiak",
            "wooden clog",
        ),
        (
            "salah satunya adalah ikan bogor dan ikan alu-alu.",
            "alu-alu",
            "barracuda",
        ),
        (
            "\u{201c}Saat ini kami yang menggunakan pajeko (perahu nelayan) belum keluar mencari ikan",
            "pajeko",
            "purse seiner",
        ),
        (
            "cil itu api nyarak (besar) banar,\u{201d} tuturnya.",
            "banar",
            "truly",
        ),
    ]);
}

/// The thirty-fourth pass (issue 13): tune-89's and tune-90's words and tune-65's Dayak
/// Kanayatn words, each read with its gloss in a real phrase of the tuning pages (`diturap` as a passive through `turap`'s participle,
/// `gumamku` through its root `gumam`).
#[test]
fn thirty_fourth_pass_words_are_read() {
    assert_known(&[
        (
            "Festival Budaya dimulai dari kedaton Kesultanan Jailolo dengan cara berjalan kaki",
            "kedaton",
            "palace",
        ),
        (
            "agar pasar yang ada dibibir sungai ini segera diturap, untuk menghambat abrasi air sungai.",
            "diturap",
            "shored up",
        ),
        (
            "khususnya di RT III calap alias banjir.",
            "calap",
            "flooded",
        ),
        (
            "membeli komoditi pertanian yang di jual di dalam balairung itu.",
            "balairung",
            "hall",
        ),
        (
            "Berasa makrab ya, tapi ini nginap di tempat calon pengantin.",
            "makrab",
            "bonding night",
        ),
        (
            "perlombaan \u{201c}main jaran\u{201d} dimulai sebagai rangkain acara festival moyo",
            "jaran",
            "horse",
        ),
        (
            "\u{201c}Terbuat dari apa nyali mereka?\u{201d}, gumamku sambil melangkah",
            "gumamku",
            "murmur",
        ),
        (
            "hingga penetapan kamar untuk beberapa regu yang sudah dibentuk sebelumnya pada \
             kegiatan ekstra kurikuler.",
            "kurikuler",
            "extracurricular",
        ),
        (
            "biasanya di lakukan sebagai ungkapan syukur kepada sang pencipta \"jubata\".",
            "jubata",
            "God",
        ),
        (
            "Pesta Naik Dango ini di laksanakan setelah panen padi selesai.",
            "Dango",
            "harvest festival",
        ),
    ]);
}

/// The thirty-fifth pass (issue 13): tune-91's and tune-92's words, each read with its gloss
/// in a real phrase of the tuning pages (`emak-emak` through its root `emak`).
#[test]
fn thirty_fifth_pass_words_are_read() {
    assert_known(&[
        (
            "awalnya dilakukan dengan peralatan sederhana seperti tas noken sebagai pengganti \
             gerobak untuk membawa batu",
            "noken",
            "string bag",
        ),
        (
            "Kapal dari Toba Samosir juga menyematkan ukiran Gajah Dompak dengan motif gorga putih \
             merah hitam.",
            "gorga",
            "Batak carving",
        ),
        (
            "lomba renang, lomba solu bolon, lomba memasak tradisional, dan lomba kapal hias.",
            "solu",
            "Batak longboat",
        ),
        (
            "kapal dari Simalungun yang mendekorasi dengan hiasan ulos.",
            "ulos",
            "Batak woven cloth",
        ),
        (
            "menyaksikan puluhan perahu Sandeq ikut berlomba segitiga",
            "Sandeq",
            "outrigger sailboat",
        ),
        (
            "bontongk (beras baru dimasak dalam daun), dan poe (lemang).",
            "lemang",
            "glutinous rice cooked in bamboo",
        ),
        (
            "masyarakat menyiapkan berbagai makanan khas seperti tumpi (cucur)",
            "cucur",
            "palm-sugar rice cake",
        ),
        (
            "Muktar, salah seorang petani tembakau di subak belambang, Dusun Suela Lauk",
            "subak",
            "irrigation association",
        ),
        (
            "Kemarau membawa keberuntungan bagi petani tembakau rajangan di Kabupaten Lombok Timur.",
            "rajangan",
            "shredded",
        ),
        (
            "dari bahan sisa bangunan seperti triplek, papan, dan sandal bekas.",
            "triplek",
            "plywood",
        ),
        (
            "sepanjang tembok pantai dipenuhi emak-emak bersama anaknya.",
            "emak-emak",
            "mother",
        ),
        (
            "memisahkan kafilah yang mengikuti tilawah, fahmil, syarhil serta cabang lainnya",
            "fahmil",
            "Quran quiz",
        ),
        (
            "memisahkan kafilah yang mengikuti tilawah, fahmil, syarhil serta cabang lainnya",
            "syarhil",
            "Quran exposition",
        ),
    ]);
}

/// The thirty-sixth pass (issue 13): tune-93's and tune-94's words, each read with its gloss
/// (real phrases of the tuning pages).
#[test]
fn thirty_sixth_pass_words_are_read() {
    assert_known(&[
        (
            "Harga kopi merah atau kopi gelondong ditingkat petani Bener Meriah belum mengalami \
             perubahan.",
            "gelondong",
            "coffee cherries",
        ),
        (
            "penyebaran virus yang dapat menciptkan klaster baru penyebaran virus COVID",
            "klaster",
            "cluster",
        ),
        (
            "menari bersama-sama mengikuti irama lagu daerah Papua Barat yang didendangkan.",
            "didendangkan",
            "sung",
        ),
        (
            "ditandai dengan sendal canela kebaya putih panjang dan konde bunga ron di kepala.",
            "konde",
            "hair bun",
        ),
        (
            "mengasah kemampuan dalam membuat konstruksi pionering yang kokoh dan inovatif",
            "pionering",
            "pioneering",
        ),
        (
            "Untuk itu dalam diskusi terpumpun ini kami ingin memberikan sesuatu",
            "terpumpun",
            "focused",
        ),
    ]);
}

/// The thirty-seventh pass (issue 13): tune-95's and tune-97's words, each read with its gloss
/// (real phrases of the tuning pages; sources in the supplement's section "Pass 37").
#[test]
fn thirty_seventh_pass_words_are_read() {
    assert_known(&[
        (
            "Siapa pun yang hadir dalam acara Makan Patita itu boleh mencicipi segala makanan",
            "Patita",
            "communal feast",
        ),
        (
            "para kewang kemudian berkumpul dan mulai melakukan ritual panas sasi di rumah kewang.",
            "kewang",
            "customary warden",
        ),
        (
            "Seusai peniupan tahuri dan pemukukulan gendang, sekretaris kewang membacakan aturan adat",
            "tahuri",
            "conch trumpet",
        ),
        (
            "Udah nyewa klotok (sebuah perahu kecil yang ada mesinnya)",
            "klotok",
            "motorboat",
        ),
    ]);
}

/// The thirty-eighth pass (issue 13): the thirty-sixth's and thirty-seventh's left-overs in
/// tune-93, tune-94, tune-95 and tune-97, and tune-75's `kima`, each read with its gloss (real
/// phrases of the tuning pages; sources in the supplement's section "Pass 38").
#[test]
fn thirty_eighth_pass_words_are_read() {
    assert_known(&[
        (
            "Selain itu akan ditampilkan pertunjukan debus, Ratib Haddad Faraj",
            "debus",
            "invulnerability show",
        ),
        (
            "dengan kawalan Juanga Hongi Taumoy se Malofo (12 perahu kora-kora tempur)",
            "kora-kora",
            "outrigger war canoe",
        ),
        (
            "maka dari kesepakatan 4 kabupaten menggunakan Label Teso Nilo di madu sialang tersebut.",
            "sialang",
            "wild honey",
        ),
        (
            "Sasi berasal dari dua suku kata yaitu Sasi dan Lompa.",
            "Lompa",
            "anchovy",
        ),
        (
            "Pasalnya, lori tersebut membawa beras dari Perum Bulog Subdivre Batam",
            "lori",
            "lorry",
        ),
        (
            "Basuh Dusun atau Cuci kampung merupakan upacara ritual tolak balak yang bertujuan",
            "balak",
            "warding off calamity",
        ),
        (
            "sempatkan memburu event pacu jawi di Kabupaten Tanah Datar, Sumatra Barat",
            "jawi",
            "bull race",
        ),
        (
            "materi MPLS hari ketiga adalah, asessmen diasnostik atau calistung, games",
            "calistung",
            "reading, writing and arithmetic",
        ),
        (
            "saat akan memilih jenis hotel, penginapan ataupun homestay di Raja Ampat",
            "homestay",
            "homestay",
        ),
        (
            "Semua siswa putri menggunakan baju cele dan kain.",
            "cele",
            "Maluku checked dress",
        ),
        (
            "kebaya putih panjang dan konde bunga ron di kepala.",
            "ron",
            "bun flower ornament",
        ),
        (
            "waktu yang dianggap cukup untuk teripang, lola, kima, dan batu laga untuk bertumbuh",
            "kima",
            "giant clam",
        ),
    ]);
}

/// The thirty-ninth pass (issue 13): tune-102's words, the Riau Islands Malay of a boatman's
/// quote and the pages' general words, each read with its gloss (real phrases of the tuning
/// pages; sources in the supplement's section "Pass 39").
#[test]
fn thirty_ninth_pass_words_are_read() {
    assert_known(&[
        (
            "dari luar negeri pon ade, ape lagi pade saat libur tahun baru kemarin",
            "ade",
            "there is",
        ),
        (
            "dari luar negeri pon ade, ape lagi pade saat libur tahun baru kemarin",
            "ape",
            "what",
        ),
        (
            "lagipun tak hanye masyarakat di sini aje yang mengunjungi",
            "hanye",
            "only",
        ),
        (
            "di pelabuhan sane pon ade juge yang stay sebanyak 15 pompong",
            "juge",
            "also",
        ),
        (
            "untuk kesane, balek ke pelantar puning pon bise",
            "balek",
            "return",
        ),
        (
            "di pelantar kuning sudah 15 pompong yang stay menunggu pengunjung",
            "pelantar",
            "jetty",
        ),
        (
            "juga akan hadir perahu layar dari Sulawesi Selatan, yakni perahu pinisi",
            "pinisi",
            "Bugis schooner",
        ),
        (
            "menjadikan potensi dari singkong ini kedalam progam kerja kelompok sebagai olahan \
             selain keripik samiler.",
            "samiler",
            "cassava cracker",
        ),
        (
            "merusak 11 unit rumah warga dengan 44 jiwa, 2 unit Sekolah dan 1 unit poskesdes",
            "poskesdes",
            "village health post",
        ),
        (
            "Sehingga dibangun visi misi sekolah dan renstra dengan menyiapkan infrastruktur",
            "renstra",
            "strategic plan",
        ),
        ("nombor sirok geh lah berape ikok", "berape", "how many"),
        (
            "Di mana, sarana perpustakaan ada dua rombel disatukan dengan panjang 18 meter",
            "rombel",
            "class group",
        ),
    ]);
    // Capitalised, `Ade` is a given name and keeps its spelling.
    let g = gist("Menurut Ade, warga sudah pulang.");
    assert!(g.contains("Ade"), "{g}");
}

/// The fortieth pass (issue 13): tune-104's and tune-103's words, each read with its gloss (real
/// phrases of the tuning pages; sources in the supplement's section "Pass 40").
#[test]
fn fortieth_pass_words_are_read() {
    assert_known(&[
        (
            "akan digelar misa inkulturasi di gereja pimpinan pater atau romo",
            "inkulturasi",
            "inculturation",
        ),
        (
            "akan digelar misa inkulturasi di gereja pimpinan pater atau romo",
            "pater",
            "Father",
        ),
        (
            "akan digelar misa inkulturasi di gereja pimpinan pater atau romo",
            "romo",
            "Father",
        ),
        (
            "Akan ada pula koor nyanyian gereja dengan menggunakan bahasa lokal Ngada.",
            "koor",
            "choir",
        ),
        (
            "Reba tidak sekadar pesta hura-hura tetapi wujud kegembiraan masyarakat",
            "hura-hura",
            "merrymaking",
        ),
        (
            "makanan selingan seperti kolak, onde-onde, pastel dan beraneka jajan lainnya",
            "onde-onde",
            "sesame ball",
        ),
        (
            "berasal dari kapal tangkap ikan (kapal ikan cantrang) yang sedang melakukan pencurian",
            "cantrang",
            "seine net",
        ),
        (
            "peminat untuk petik cengkeh makin kurang, al-hasil cengkeh para petani banyak",
            "al-hasil",
            "as a result",
        ),
        (
            "dikembangkan sistem budidaya surjan, yaitu salah satu sistem pertanaman campuran",
            "surjan",
            "raised bed",
        ),
        (
            "dipimpin langsung oleh drg. Maria Martina Nahak",
            "drg",
            "dentist",
        ),
    ]);
    // The Quran phrase is one token; the passives read through their roots.
    let g = gist("memanifestasikan sikap Islami yang rahmatan lil alamin, lanjut dia.");
    assert!(g.contains("mercy to all the worlds"), "{g}");
    let g = gist("Gereja itu resmi digunakan setelah ditahbiskan dan diresmikan.");
    assert!(g.contains("consecrated"), "{g}");
    let g = gist("Perkiraan luas lahan yang diobrak-abrik kawanan gajah sekitar dua hektare.");
    assert!(g.contains("ransacked"), "{g}");
    let g = gist("Romo memimpin misa di gereja.");
    assert!(g.contains("Mass"), "{g}");
}

/// The forty-first pass (issue 13): tune-107's, tune-108's and tune-105's words, each read with its
/// gloss (real phrases of the tuning pages; sources in the supplement's section "Pass 41").
#[test]
fn forty_first_pass_words_are_read() {
    assert_known(&[
        (
            "Sebanyak 42 kelompok tani (poktan) tersebut tersebar di Bengkulu Selatan.",
            "poktan",
            "farmers' group",
        ),
        (
            "Untuk korwil dikbud rumbia ini hanya ada 52 ASN.",
            "korwil",
            "regional coordinator",
        ),
        (
            "Untuk korwil dikbud rumbia ini hanya ada 52 ASN.",
            "dikbud",
            "education and culture",
        ),
        (
            "Tipe nelayan tangkap ikan demersal seperti tangkap ikan kakap, ikan kerapu",
            "demersal",
            "demersal",
        ),
        (
            "Atraksi pasola yang mendebarkan merupakan rangkaian adat penganut agama asli Sumba",
            "pasola",
            "mounted spear battle",
        ),
        (
            "diselenggarakan bersamaan dengan upacara nyale pada Februari dan Maret",
            "nyale",
            "sea worm",
        ),
        (
            "menyesuaikan tanggalan adat dari para rato (pemuka adat Marapu)",
            "rato",
            "customary priest",
        ),
        (
            "Jadilah rimbawan profesional yang berintegritas, inovatif",
            "rimbawan",
            "forester",
        ),
        (
            "Puluhan unit ponton isap jenis sebu kompak tabrakan pantai angel untuk menyedot timah",
            "ponton",
            "pontoon",
        ),
    ]);
    // The Latin spelling of the disease is one phrase, not `diabetes` and an unknown word.
    let g = gist("Penyakit terbanyak yang ditemukan adalah hipertensi dan diabetes mellitus.");
    assert!(g.contains("diabetes mellitus"), "{g}");
    // Capitalised in mid-sentence, `Rato` is a name and keeps its spelling.
    let g = gist("Menurut Rato, warga sudah pulang.");
    assert!(g.contains("Rato"), "{g}");
}

/// The forty-second pass (issue 13): tune-107's and tune-108's left-overs and tune-109's words,
/// each read with its gloss in a real phrase of the tuning pages (docs/backends.md).
#[test]
fn forty_second_pass_words_are_read() {
    assert_known(&[
        (
            "mengandalkan ritual beliatn ini sebagai upaya pengobatan",
            "beliatn",
            "healing ritual",
        ),
        (
            "Beliatn atau belietn atau lebih dikenal dengan sebutan belian",
            "belietn",
            "healing ritual",
        ),
        (
            "Setiap orang yang ingin memanfaatkan sumber daya alam wajib memiliki ijin dari tetua \
             adat, terutama warga di luar marga patuanan.",
            "patuanan",
            "customary territory",
        ),
        (
            "hingga pawai meriah yang memamerkan patung sigale-gale.",
            "sigale-gale",
            "puppet",
        ),
    ]);
    // The two kinds of the ritual are phrases: a bare `sentiu` or `bawo` is no row.
    let g = gist("Berdasarkan penggolongannya, ada dua jenis beliatn, yaitu beliatn sentiu dan beliatn bawo.");
    assert!(g.contains("sentiu healing ritual"), "{g}");
    assert!(g.contains("bawo healing ritual"), "{g}");
    // Madura's bull race is the phrase; `karapan` alone is left as it was.
    let g = gist("berbagai hiburan akan digelar, seperti karapan sapi dan pacuan kuda gerobak");
    assert!(g.contains("bull race"), "{g}");
}

/// The forty-third pass (issue 13): tune-75's and tune-94's left-overs, each a real phrase of
/// the tuning pages asserting its gloss.
#[test]
fn forty_third_pass_words_are_read() {
    assert_known(&[
        (
            "Dua tahun adalah waktu yang dianggap cukup untuk teripang, lola, kima, dan batu laga \
             untuk bertumbuh besar",
            "lola",
            "trochus snail",
        ),
        (
            "semua kalangan berkumpul untuk menyaksikan pembukaan sasi: pendeta, para kepala soa \
             (persekutuan teritorial geneaologis), aparat desa",
            "soa",
            "clan ward",
        ),
        (
            "Perwakilan kepala soa, Yosua Saleki, yang mewakili \u{2018}mata rumah\u{2019} \
             (kumpulan marga) Hurupun, merapalkan kalimat suci dalam bahasa Luang",
            "merapalkan",
            "recite",
        ),
        (
            "Serta hasil retribusi atau premi combin dari petani yang dititpkan kepada pengusaha \
             combin.",
            "combin",
            "combine harvester",
        ),
    ]);
    // `soa` and `lola` are flagged `lower`: capitalised in mid-sentence they are names.
    let g = gist(
        "Masjid Kesultanan Ternate yang terletak di kelurahan Soa Sio atau sekitar 300 meter dari \
         Kedaton Ternate merupakan salah satu masjid tertua di Ternate",
    );
    assert!(!g.contains("clan ward"), "{g}");
}

/// The forty-fourth pass (issue 13): tune-113's and tune-114's words, each a real phrase of the
/// tuning pages asserting its gloss.
#[test]
fn forty_fourth_pass_words_are_read() {
    assert_known(&[
        (
            "Tahun lalu harga mente pernah mencapai 15 ribu rupiah per kilo",
            "mente",
            "cashew",
        ),
        (
            "Harga biji mete di pasar star-up tokopedia.com kacang mete mentah asli sumba",
            "mete",
            "cashew",
        ),
        (
            "sehingga rumah panjang ini sudah menjadi ekowisata di dusun tersebut.",
            "ekowisata",
            "ecotourism",
        ),
        (
            "Saya akan meminta kepada seluruh pangulu di Gunung Malela, supaya membantu",
            "pangulu",
            "village head",
        ),
    ]);
    // The tree and the nut are phrases, so `jambu` guava is not read in them.
    let g = gist(
        "merupakan dua daerah sentra penghasil jambu mente ( kacang mede ) di propinsi Nusa Tenggara \
         Timur",
    );
    assert!(g.contains("cashew") && !g.contains("guava"), "{g}");
    assert!(g.contains("cashew nut"), "{g}");
    let g = gist("Rumah panjai sungai utik ini adalah tempat yang sudah sangat terkenal");
    assert!(g.to_lowercase().contains("longhouse"), "{g}");
}

/// The forty-fifth pass (issue 13): tune-115's Banjar and Gorontalo pages and tune-119's police
/// page, real phrases of the tuning pages, each asserting its gloss.
#[test]
fn forty_fifth_pass_words_are_read() {
    assert_known(&[
        (
            "terutama pedagang perempuan, mereka biasanya mengenakan tanggui atau topi caping lebar",
            "tanggui",
            "conical sun hat",
        ),
        (
            "Seiring dengan modernisasi, hiasan Tolangga dimeriahkan dengan kopi saset",
            "saset",
            "sachet",
        ),
        (
            "tempat kejadiannya di parkiran rumah ibadah, dimana pemilik sepmor sedang melaksanakan ibadah",
            "sepmor",
            "motorcycle",
        ),
    ]);
    // The lamp is a phrase, so the gist does not say "lamp oil lamp".
    let g = gist("semakin unik ketika dini hari, dengan diterangi oleh lampu teplok");
    assert!(g.contains("oil lamp") && !g.contains("lamp oil"), "{g}");
}

/// The forty-sixth pass (issue 13): the forty-fifth pass's left-overs and the words of tune-122
/// and tune-123 a page could be found for. Real phrases of the tuning pages.
#[test]
fn forty_sixth_pass_words_are_read() {
    assert_known(&[
        (
            "Setelah itu, mereka berbondong-bondong membawa Tolangga ke masjid tempat dikili dilantunkan",
            "dikili",
            "dhikr",
        ),
        (
            "Pada Festival Walimah tersebut, masyarakat membuat tolangga besar dari keranjang kayu",
            "tolangga",
            "cake frame",
        ),
        (
            "pasar terapung ini masih mengadopsi sistem barter, atau bapanduk dalam bahasa Banjar",
            "bapanduk",
            "barter",
        ),
        (
            "ini ikan hasil nelayan dogol, yang berangkat melaut harian",
            "dogol",
            "Danish seine",
        ),
        (
            "Garam sekarung yang isi setengah kwintal, harganya 150ribu, mahal",
            "kwintal",
            "quintal",
        ),
        (
            "Mereka yang diwisuda terdiri dari santri penghapal satu hingga lima juzz",
            "penghapal",
            "memoriz",
        ),
        (
            "Basarnas menyatakan laporan lengkap akan disampaikan melalui radiogram dan aplikasi QR-SAR",
            "radiogram",
            "radiogram",
        ),
        (
            "becak dayung hias disediakan untuk membawa undangan tamu VVIP pada pelaksanaan iven tahunan ritual bakar tongkang",
            "iven",
            "event",
        ),
        (
            "Petani rumput laut di Kabupaten Sumbawa Barat ibarat ketiban durian runtuh",
            "ketiban",
            "struck by",
        ),
        (
            "wamena yg memiliki ciri masing seperti mengunakan koteka pada laki-laki",
            "koteka",
            "penis gourd",
        ),
    ]);
}

/// The forty-seventh pass (issue 13): the forty-sixth pass's left-overs a page could be found
/// for. Real phrases of the tuning pages.
#[test]
fn forty_seventh_pass_words_are_read() {
    assert_known(&[
        (
            "Semua tujuannya untuk keselamatan dan menolak marabahaya yang mungkin datang",
            "marabahaya",
            "danger",
        ),
        (
            "buah-buahan yang di jual berupa jeruk, pisang, kelapa, nanas, dan buah kasturi",
            "kasturi",
            "Kalimantan mango",
        ),
        (
            "tokang ajo di buek dai kayu kulim, tigo hari bau sampai di tepekong",
            "tepekong",
            "Chinese temple",
        ),
        (
            "Masyarakat menyajikan menu khas kuah beulangong sebagai hidangan utama",
            "beulangong",
            "beulangong curry",
        ),
        (
            "bupati juga menyerahkan bantuan secara simbolis kepada anak yatim dan kaum dhuafa",
            "dhuafa",
            "the poor",
        ),
        (
            "Arak-arakan yang diiringi tabuhan kompang dan diikuti oleh seluruh kafilah tersebut",
            "kompang",
            "frame drum",
        ),
        (
            "oleh Kerukunan Keluarga Indonesia Gorontalo ( KKIG) kota Bitung menggelar Festival Walima dan toyopo",
            "toyopo",
            "woven leaf food basket",
        ),
        (
            "Sidang keliling kali ini memeriksa 20 perkara itsbat nikah yang diajukan pasangan suami istri",
            "itsbat",
            "marriage legalization",
        ),
        (
            "yang diajukan pasangan suami istri (pasutri) yang dulu perkawinannya dilakukan di bawah tangan",
            "pasutri",
            "married couple",
        ),
        (
            "berupa bantuan alat pancing tonda kepada 58 kelompok",
            "tonda",
            "troll line",
        ),
    ]);
}

/// The forty-eighth pass (issue 13): the forty-seventh pass's left-overs a page could be found
/// for, and tune-133's `kolekte`. Real phrases of the tuning pages.
#[test]
fn forty_eighth_pass_words_are_read() {
    assert_known(&[
        (
            "yang dulu perkawinannya dilakukan di bawah tangan atau secara sirri",
            "sirri",
            "secret",
        ),
        (
            "Unipa akan berubah status dari satker menjadi pengelolaan keuangan badan layanan umum",
            "satker",
            "work unit",
        ),
        (
            "Intinya kita menciptakan kebersamaan di semua sektor ekskul yang ada di sekolah",
            "ekskul",
            "extracurricular",
        ),
        (
            "kelas sampan bangka B 5 meter sampan katir 1, mesin tunggal",
            "katir",
            "outrigger",
        ),
        (
            "SMAN 5 Purworejo menggelar acara Wisuda purna wiyata siswa-siswi tahun pelajaran 2015/2016",
            "wiyata",
            "end-of-school ceremony",
        ),
        (
            "Untuk bapak / pria bernusana cele nuansa kotak dan merah berikat kepala merah",
            "cele",
            "Maluku checked dress",
        ),
        (
            "Bupati Falen Kebo berbaur dengan masyarakat dalam tarian bonet bersama di depan aula",
            "bonet",
            "bonet circle dance",
        ),
        (
            "GAMKI Alor menyatakan seluruh kolekte Natal akan disalurkan untuk membantu korban gempa",
            "kolekte",
            "church collection",
        ),
    ]);
}

/// The forty-ninth pass (issue 13): tune-134's cattle diseases, read as phrases (`ngorok` alone
/// is snoring, `Jembrana` a regency), and tune-133's words the forty-eighth pass left: `bejibun`,
/// `krucil`, `ngacir`, `raport`, `offroad`, the vet's title `drh`, the root `jampi` of the
/// passive `dijampi`; and the new sets' `pela gandong`, `getek`, `bacaleg`, `paskibra`. Real
/// phrases of the tuning pages.
#[test]
fn forty_ninth_pass_words_are_read() {
    assert_known(&[
        (
            "Diduga terjangkit penyakit ngorok dan jembrana, puluhan sapi milik warga di Kecamatan Manna mati.",
            "ngorok",
            "haemorrhagic septicaemia",
        ),
        (
            "dalam satu minggu terakhir sudah ada tiga ekor sapi milik warga yang mati terserang penyakit jembrana.",
            "jembrana",
            "Jembrana disease",
        ),
        (
            "belum lagi tugas sekolah yang bejibun.",
            "bejibun",
            "abundant",
        ),
        (
            "Jadilah minggu pagi setelah check out hotel, krucil nagih ke air panas.",
            "krucil",
            "kids",
        ),
        (
            "Jadi setelah terima raport tengah semester, ayah mengajak kami ngacir sebentar",
            "raport",
            "report card",
        ),
        (
            "Jadi setelah terima raport tengah semester, ayah mengajak kami ngacir sebentar",
            "ngacir",
            "dash off",
        ),
        (
            "Karena air terjun Doyam tersebut jalannya offroad harus pakai jeep",
            "offroad",
            "off-road",
        ),
        (
            "Dinas Pertanian dan Ketahanan Pangan Kabupaten Bangli, yang dipimpin oleh drh. I Wayan Astawa",
            "drh",
            "veterinarian",
        ),
        (
            "ketupat yang ada di bala tadi sudah direndam dengan air yang sudah dirajah (dijampi) oleh tetua adat di sini.",
            "dijampi",
            "charmed",
        ),
        (
            "Penjabat (Pj) Bupati Maluku Tengah Rakib minta budaya pela gandong kuatkan ikatan persaudaraan.",
            "pela",
            "pela kinship pact",
        ),
        (
            "menawarkan jasa penyeberangan dengan menggunakan empat getek dan tiga rakit",
            "getek",
            "bamboo raft",
        ),
        (
            "Kami melakukan penjaringan bacaleg (bakal calon legislatif, red)",
            "bacaleg",
            "prospective legislative candidate",
        ),
        (
            "dibuka secara resmi dengan prosesi dewan guru yang didampingi oleh tim paskibra",
            "paskibra",
            "flag-raising troop",
        ),
    ]);
}

/// The fiftieth pass (issue 13): the new tuning sets' words, the market stall `los`, Bali's
/// `niskala`, the harvest knife `ani-ani`, Borneo's `ulin`, the Toraja `tongkonan`, the offices
/// `disbudpar`, `dishub`, `polair`, and the forty-ninth pass's left-overs `dispenda`,
/// `melompong`, `drumband`. Real phrases of the tuning pages.
#[test]
fn fiftieth_pass_words_are_read() {
    assert_known(&[
        (
            "Terdapat 134 kios dan 854 los di dalamnya.",
            "los",
            "market stall",
        ),
        (
            "Prajuru desa adat Buleleng melakukan kegiatan niskala ini tentu saja untuk mencari kedamaian.",
            "niskala",
            "spiritual",
        ),
        (
            "Pasukan penjaga perbatasan (Pamtas) Batalyon 614 Raja Pandhita mengambil ani-ani dan turun ke ladang membantu warga panen padi.",
            "ani-ani",
            "rice-harvesting knife",
        ),
        (
            "Benih-benih pohon tumbuh di sela-sela batang pohon ulin yang telah mati.",
            "ulin",
            "ironwood",
        ),
        (
            "pada prosesi Mantarima Tamu (penerimaan kerabat atau saudara) Alm. Sindung di tongkonan Limbong.",
            "tongkonan",
            "Toraja ancestral house",
        ),
        (
            "Maka itu disbudpar Palembang sudah berkoordinasi dengan instansi terkait seperti dishub, polair, dan sebagainya.",
            "disbudpar",
            "culture and tourism office",
        ),
        (
            "Maka itu disbudpar Palembang sudah berkoordinasi dengan instansi terkait seperti dishub, polair, dan sebagainya.",
            "dishub",
            "transport office",
        ),
        (
            "Maka itu disbudpar Palembang sudah berkoordinasi dengan instansi terkait seperti dishub, polair, dan sebagainya.",
            "polair",
            "water police",
        ),
        (
            "apa bila ada dendaannya melalui dispenda dihapus dendaanya dari satu tahun sampai lima tahun",
            "dispenda",
            "regional revenue office",
        ),
        (
            "uluran tanggan dari donatur lainya supaya Musolla kita ini tidak melompong, jelasnya.",
            "melompong",
            "empty",
        ),
        (
            "Kegiatan ini dibuka dengan atraksi drumband dari SMP 1 Bangli yang membuat suasana menjadi semarak",
            "drumband",
            "drum band",
        ),
    ]);
}

/// The fifty-first pass's words (issue 13): real phrases of the tuning pages (tune-141,
/// tune-144, tune-145, tune-148), each read with its sourced gloss.
#[test]
fn fifty_first_pass_words_are_read() {
    assert_known(&[
        (
            "Seperti barapan kebo yang digelar di Desa Tapir, Kecamatan Seteluk.",
            "barapan",
            "buffalo race",
        ),
        (
            "masyarakat lebih akrab dengan barapan kebo atau karapan kerbau.",
            "karapan",
            "buffalo race",
        ),
        (
            "Serunya Barapan Kebo ala Sumbawa Barat",
            "ala",
            "in the style of",
        ),
        (
            "akan diserahkan kepada dua kelompok tani (Keltan) di 2 kecamatan. Yakni, keltan Bukik Buai di Kecamatan Basa Ampek Balai Tapan",
            "keltan",
            "farmers' group",
        ),
        (
            "nanti pada kamis subuh kita akan menempatkan para pecalang di pintu-pintu masuk Kota Singaraja",
            "pecalang",
            "customary village guard",
        ),
        (
            "melaksanakan pembagian daging meugang kepada 75 Kepala Keluarga (KK)",
            "meugang",
            "meugang meat feast",
        ),
        (
            "Jro kelian sutrisna berharap krama desa adat Buleleng",
            "kelian",
            "customary head",
        ),
        (
            "penyuluh bahasa bali, dan 4 sekehe teruna melakukan persembahyangan bersama di Pura",
            "sekehe",
            "youth club",
        ),
        (
            "Persembahyangan ini dilakukan di pura-pura yang ada di wewidangan Desa Adat Buleleng",
            "wewidangan",
            "customary territory",
        ),
    ]);
}

/// The fifty-second pass's words (issue 13): the words of the high tuning sets (tune-141,
/// tune-144, tune-145, tune-148, tune-150), tune-140's `ghaib` and the fifty-first pass's
/// `kumpul kebo`, each read with its sourced gloss.
#[test]
fn fifty_second_pass_words_are_read() {
    assert_known(&[
        (
            "Di tengah hiruk-pikuk pembangunan yang terus berjalan di Kutai Kartanegara",
            "hiruk-pikuk",
            "bustle",
        ),
        (
            "setelah jam enam baru kita ijinkan untuk memasuki wewengkon Desa Pakraman Buleleng",
            "wewengkon",
            "territory",
        ),
        (
            "untuk keperluan rumah tangga seperti aseupan, boboko, pipiti, hihid dan tampir.",
            "boboko",
            "rice basket",
        ),
        (
            "untuk keperluan rumah tangga seperti aseupan, boboko, pipiti, hihid dan tampir.",
            "aseupan",
            "steaming cone",
        ),
        (
            "untuk keperluan rumah tangga seperti aseupan, boboko, pipiti, hihid dan tampir.",
            "hihid",
            "bamboo fan",
        ),
        (
            "membuat makanan lain berupa kue sif, ongol-ongol, kembang goyang, dan lemet.",
            "lemet",
            "cassava cake",
        ),
        (
            "dalam mengarungi ombak laut pantai pantura.",
            "pantura",
            "north coast",
        ),
        (
            "Bertepatan dengan rahina Tumpek Wayang, Desa adat Buleleng bersama prajuru",
            "rahina",
            "day",
        ),
        (
            "Sementara warga kurang mampu mengandalkan bantuan pemerintah melalui droping air bersih.",
            "droping",
            "delivery",
        ),
        (
            "dan dipercaya memiliki kekuatan ghaib).",
            "ghaib",
            "supernatural",
        ),
        (
            "Nelayan pancing, rawai maupun nelayan gillnet sekarang umumnya lagi menganggur.",
            "gillnet",
            "gillnet",
        ),
        (
            "paling-paling nelayan jarring arad, jarring 2 inci yang melautnya hanya disekitar pantai",
            "arad",
            "small trawl",
        ),
        // No tuning page has `kumpul kebo`: a short phrase written for the test.
        (
            "Pasangan itu digerebek karena kumpul kebo.",
            "kumpul",
            "cohabitation",
        ),
    ]);
}

/// The sixtieth pass's words (issue 13): the fish cage `keramba` (`karamba`), `bimtek` technical
/// guidance, `udang rebon` tiny shrimp, `tunadaksa` physically disabled, `emperan` veranda,
/// `yasinan` Yasin recitation gathering, and torch ginger `kecombrang` (Sundanese `honje`).
#[test]
fn sixtieth_pass_words_are_read() {
    assert_known(&[
        (
            "Ikan dibiarkan lepas dan besar di Sungai (tanpa menggunakan keramba atau jaring pembatas).",
            "keramba",
            "fish cage",
        ),
        (
            "program Banggai Kepulauan yang saat ini memprioritaskan program 1000 karamba bagi para nelayan",
            "karamba",
            "fish cage",
        ),
        (
            "Setelah mengikuti bimtek, peserta akan mengimbaskan kepada rekan",
            "bimtek",
            "technical guidance",
        ),
        (
            "nelayan membawa hasil hingga 14 ton udang rebon ke tempat pelelangan.",
            "rebon",
            "tiny shrimp",
        ),
        (
            "Bahkan ada juga anak penyadang tunadaksa yang bersekolah disini",
            "tunadaksa",
            "physically disabled",
        ),
        (
            "menjajakan barang dagangannya diluar emperan pasar desa.",
            "emperan",
            "veranda",
        ),
        (
            "Pengajian ini biasalah pengajian yasinan gitu dan ada yang mimpin.",
            "yasinan",
            "Yasin recitation gathering",
        ),
        (
            "Di Dusun Boniton kami berhasil merekam olahan bumbu tikala/honje/kecombrang",
            "kecombrang",
            "torch ginger",
        ),
        (
            "Di Dusun Boniton kami berhasil merekam olahan bumbu tikala/honje/kecombrang",
            "honje",
            "torch ginger",
        ),
    ]);
}

/// The sixty-first pass's words (issue 13): `nira` palm sap (tune-179, tune-180, tune-152),
/// Dieng's `embun upas` frost and `bappeda` the regional development planning agency
/// (tune-180), East Java's `petis` black shrimp paste and `ebi` dried shrimp (tune-175), Banjar
/// usage's `juriat` descendants (tune-176), `sepoi-sepoi` gently (of a breeze), `kharismatik`
/// beside KBBI's `karismatik` and `gerak-gerik` movements, each read with its sourced gloss in a
/// real phrase of the tuning pages.
#[test]
fn sixty_first_pass_words_are_read() {
    assert_known(&[
        (
            "Tentu juga tidak boleh dilupakan pohon lontar, yang nyaris tidak ada bagian yang \
             terbuang, mulai dari batang, daun, pucuk, sampai nira.",
            "nira",
            "palm sap",
        ),
        (
            "sebab keberadaan embun upas ini menjadikan Dieng menjadi seperti",
            "upas",
            "frost",
        ),
        (
            "Kegiatan ini berlangsung di Ruang Nagana, Kantor Bappeda Provinsi Sulawesi Tengah",
            "Bappeda",
            "regional development planning agency",
        ),
        (
            "adalah udang rebon, yang banyak digunakan sebagai bahan baku terasi, petis, maupun ebi.",
            "petis",
            "black shrimp paste",
        ),
        (
            "adalah udang rebon, yang banyak digunakan sebagai bahan baku terasi, petis, maupun ebi.",
            "ebi",
            "dried shrimp",
        ),
        (
            "Selain itu mereka mencari susur galur (juriat) atau keluarga jika masih ada di Banua",
            "juriat",
            "descendants",
        ),
        (
            "dan pada cuaca cerah pukul satu siang dan angin sepoi-sepoi.",
            "sepoi-sepoi",
            "gentle breeze",
        ),
        (
            "dengan menghadirkan penceramah kharismatik",
            "kharismatik",
            "charismatic",
        ),
        (
            "Dari gerak-gerik keduanya dan perahu yang tidak dinyalakan",
            "gerak-gerik",
            "movements",
        ),
    ]);
}

/// The sixty-second pass's words (issue 13): Bali's `ngaben` cremation, Gorontalo's `tumbilotohe`
/// lamp-lighting festival, `paceklik` lean season, `konsumtif` consumerist, `lempung` clay, `gempal`
/// stocky, `arwana` arowana and the Minangkabau `balado` chilli sauce, each read with its sourced
/// gloss in a real phrase of the tuning pages.
#[test]
fn sixty_second_pass_words_are_read() {
    assert_known(&[
        (
            "Ngaben masal adalah ngaben yang dilakukan secara bersama-sama dengan banyak orang.",
            "ngaben",
            "Balinese cremation",
        ),
        (
            "Tradisi malam pasang lampu (tumbilotohe) setiap akhir ramadhan di Gorontalo",
            "tumbilotohe",
            "lamp-lighting festival",
        ),
        (
            "Menurutnya tradisi tumbilatohe harus dijaga dan dirawat bersama.",
            "tumbilatohe",
            "lamp-lighting festival",
        ),
        (
            "tapi cukup diimpan sebagai peresdiaan makanan dikala musim paceklik.",
            "paceklik",
            "lean season",
        ),
        (
            "di dalamnya masih dihuni oleh manusia manusia yang sangat konsumtif.",
            "konsumtif",
            "consumerist",
        ),
        ("Struktur tanahnya lempung pasiran.", "lempung", "clay"),
        (
            "datanglah seorang laki-laki paruh baya bertubuh gempal melangkah dalam keremangan malam.",
            "gempal",
            "stocky",
        ),
        (
            "Danau Sentarum yang dikenal sebagai tempat berkembang biaknya arwana, si ikan cantik",
            "arwana",
            "arowana",
        ),
        (
            "ternyata mereka nyediain telor rebus balado",
            "balado",
            "chilli sauce",
        ),
    ]);
}

/// The sixty-fourth pass's words (issue 13): `kapling`, `kavling` plot (KBBI's `kaveling`),
/// `karyawisata` and `widyawisata` study tour, the church's `katekisasi` catechism class, and the
/// reef fish `baronang` rabbitfish and `barakuda` barracuda, each read with its sourced gloss in
/// a real phrase of the tuning pages.
#[test]
fn sixty_fourth_pass_words_are_read() {
    assert_known(&[
        (
            "merupakan tanah milik perorangan yang telah di kapling dan disulap menjadi kios dan los.",
            "kapling",
            "plot",
        ),
        (
            "berkesempatan melaksanakan widyawisata komoditas jagung ke Nagari Taram.",
            "widyawisata",
            "study tour",
        ),
        (
            "Menurut Kementerian Pertanian, ada perbedaan antara widyawisata dengan karyawisata.",
            "karyawisata",
            "study tour",
        ),
        (
            "melaksanakan katekisasi tahap II untuk calon pelayan khusus terpilih",
            "katekisasi",
            "catechism class",
        ),
        (
            "langsung menyapa ikan badut, baronang, barakuda, ikan warna-warni",
            "baronang",
            "rabbitfish",
        ),
        (
            "langsung menyapa ikan badut, baronang, barakuda, ikan warna-warni",
            "barakuda",
            "barracuda",
        ),
    ]);
}

/// The sixty-fifth pass's words (issue 13): `kerontang` parched and `kering kerontang` bone-dry,
/// Javanese `pasar krempyeng` pop-up market, `carter`, `mencarter` charter, the informal
/// `menyebrang`, `menyebrangi` cross, colloquial `nyungsep` plunged, `nginep` stay overnight and
/// `muda-mudi` young people, `nifas` postpartum, the pesantren's `musyrif`, `musyrifah` dormitory
/// supervisor and `haflah akhirussanah` end-of-year celebration, `sholih`, `shalih` pious, the
/// GMIM's `pelsus` church officers, `semafor` semaphore, `markah` marker, `mabuk kepayang`
/// infatuated, `beriak` rippling, `lauk pauk` side dishes and the Javanese market day `kliwon`,
/// each read with its sourced gloss in a real phrase of the tuning pages.
#[test]
fn sixty_fifth_pass_words_are_read() {
    assert_known(&[
        (
            "Desa Ban yang dikenal kering kerontang dan sulit air, kini menemukan harapan baru",
            "kerontang",
            "bone-dry",
        ),
        (
            "Pasar krempyeng Muncang Bodeh Kabupaten Pemalang per 1 Maret 2023",
            "krempyeng",
            "pop-up market",
        ),
        (
            "Kami sepakat dengan harga mahal mencarter kapal kayu berbobot 35 GT tersebut",
            "mencarter",
            "charter",
        ),
        (
            "Dan kalian bisa carter sehari sebelum berangkat.",
            "carter",
            "charter",
        ),
        (
            "kami memarkirkan motor dan terpaksa menyebrang sungai.",
            "menyebrang",
            "cross",
        ),
        (
            "ada jalan sungai yang harus menyebrangi sungai mahakam dengan kapal",
            "menyebrangi",
            "cross",
        ),
        (
            "Sedangkan colt diesel nyungsep ke sawah karena menghindari tabrakan.",
            "nyungsep",
            "plunged",
        ),
        (
            "Nampak beberapa muda-mudi yang masih berlatih tari untuk pentas di acara tersebut.",
            "muda-mudi",
            "young people",
        ),
        (
            "angka kematian ibu hamil, melahirkan dan nifas meningkatkan peran serta masyarakat",
            "nifas",
            "postpartum",
        ),
        (
            "mendengarkan arahan musyrif dan musyrifah dan berdo’a.",
            "musyrif",
            "dormitory supervisor",
        ),
        (
            "mendengarkan arahan musyrif dan musyrifah dan berdo’a.",
            "musyrifah",
            "dormitory supervisor",
        ),
        (
            "yang ikut katekisasi pelsus terpilih selanjutnya berturut-turut",
            "pelsus",
            "church officers",
        ),
        (
            "bahkan sampai ke isyarat lisan maupun bahasa semafor",
            "semafor",
            "semaphore",
        ),
        (
            "di sanalah markah timur wilayah darat Kabupaten Bima: Pelabuhan Sape.",
            "markah",
            "marker",
        ),
        (
            "Pala dan cengkehnya di abad 16 telah membuat Belanda mabuk kepayang.",
            "kepayang",
            "infatuated",
        ),
        (
            "laut biru jernih tak beriak memperlihatkan dasarnya",
            "beriak",
            "rippling",
        ),
        (
            "tadinya sih saya pengen nginep di rumah mereka.",
            "nginep",
            "stay overnight",
        ),
        (
            "yang cuma sayur-sayuran, sembako dan bahan lauk pauk.",
            "pauk",
            "side dishes",
        ),
        (
            "agar kelak menjadi anak yang sholih dan sholihah serta bermanfaat ilmunya",
            "sholih",
            "pious",
        ),
        (
            "melakukan Perjalanan Religi menziarahi orang-orang shalih, alim ulama dan wali Allah.",
            "shalih",
            "pious",
        ),
        (
            "punya dua hari pasaran, yakni pon dengan kliwon.",
            "kliwon",
            "Kliwon",
        ),
        (
            "kegiatan haflah akhirussanah yang rutin diadakan setiap tahunnya",
            "akhirussanah",
            "end-of-year celebration",
        ),
    ]);
}

/// The sixty-sixth pass's words (issue 13): food (`siomay` fish dumplings, `serundeng` spiced
/// grated coconut, Maluku's `colo-colo` chilli relish, `talam` tray), rites and crafts (Lampung's
/// `begawi` title-giving ceremony and `tiyuh` village, Bali's `jempana` palanquin and `pratima`
/// sacred effigy, Javanese `jathilan` horse dance, `punden` ancestral shrine and `tumpengan`
/// tumpeng feast, the gandrung's `panjak` musicians, North Maluku's `bobato` customary officials,
/// `tahmid` praise of God), fishing and farming (`kelong` fishing platform, `paroan`
/// sharecropping, Toraja's `tedong bonga` spotted buffalo), and `air bah` flash flood, `kucel`
/// scruffy, `jerih lelah` hard work, `muda mudi` young people, `religiusitas` religiosity and
/// `tongkrongan` hangout, each read with its sourced gloss in a real phrase of the tuning pages.
#[test]
fn sixty_sixth_pass_words_are_read() {
    assert_known(&[
        (
            "sagu goreng, jagung, sayur-sayuran, siomay (kebutuhan primer ane hehe), obat-obatan.",
            "siomay",
            "fish dumplings",
        ),
        (
            "goreng teri dengan keripik balado, sampai sambal ombu-ombu (serundeng) dan gulai cipuik.",
            "serundeng",
            "spiced grated coconut",
        ),
        (
            "Lantunan zikir, tasbih, dan tahmid menggema lembut, menggetarkan hati setiap yang hadir.",
            "tahmid",
            "praise of God",
        ),
        (
            "Ketiga payung tersebut tegak di tempat begawi.",
            "begawi",
            "title-giving ceremony",
        ),
        (
            "Begitu pula tombak yang ada di dekat payung juga melambangkan suku, tiyuh, dan marga.",
            "tiyuh",
            "village",
        ),
        (
            "petani karet dengan sistem paroan ini sangat kuatir dengan kondisi anaknya",
            "paroan",
            "sharecropping",
        ),
        (
            "beragam sajian makanan yang diletakan didalam talam tertutup.",
            "talam",
            "tray",
        ),
        (
            "bagaimana pun tak ingin kelihatan kucel ketika turun menyambut pagi",
            "kucel",
            "scruffy",
        ),
        (
            "seperti pentas ketoprak, seni jathilan, kesenian reog, pentas wayang kulit",
            "jathilan",
            "horse dance",
        ),
        (
            "sepanjang 1 Km membawa 85 jempana (joli) yang dipikul beramai-ramai ke pantai",
            "jempana",
            "palanquin",
        ),
        (
            "menyucikan pratima Ida Betara sebelum nantinya diupacarai di Pura Puseh.",
            "pratima",
            "sacred effigy",
        ),
        (
            "Di makam ini, para gandrung dan panjak, berdoa.",
            "panjak",
            "musicians",
        ),
        (
            "ikan bakar beraroma asap, colo-colo pedas yang menggugah selera",
            "colo-colo",
            "chilli relish",
        ),
        (
            "Di sana sudah menunggu para bobato adat, imam dan syara",
            "bobato",
            "customary officials",
        ),
        (
            "Diperjalanan kita akan melihat hutan bakau dan kelong nelayan",
            "kelong",
            "fishing platform",
        ),
        (
            "banjir di Muara Teweh pada umumnya berupa genangan, bukan air bah, jadi setinggi apapun",
            "bah",
            "flash flood",
        ),
        (
            "Tentang kerbau bule atau tedong bonga.",
            "bonga",
            "spotted buffalo",
        ),
        (
            "doa bersama dan pembakaran sesaji di punden Dukuh Samben",
            "punden",
            "ancestral shrine",
        ),
        (
            "perayaan sedekah bumi hanya berupa tumpengan di rumah masing-masing",
            "tumpengan",
            "tumpeng feast",
        ),
        (
            "lantaran banyak jamaah ibu ibu dan muda mudi yang datang.",
            "mudi",
            "young people",
        ),
        (
            "saat isi jala dituangkan, hasil jerih lelah merekapun mulai kelihatan",
            "lelah",
            "hard work",
        ),
        (
            "selain daripada meningkatkan religiusitas juga melestarikan budaya",
            "religiusitas",
            "religiosity",
        ),
        (
            "yang menjadikan masjid sebagai tempat tongkrongan favorit.",
            "tongkrongan",
            "hangout",
        ),
    ]);
}

/// The sixty-seventh pass's words (issue 13): rites and custom (Pariaman's `tabuik` tower, Aceh's
/// `panglima laot` customary sea chief, `totem`), nature (Riau's `bono` tidal bore, the `nibung`
/// palm of bagan stilts, `sepoi` gentle, `el-nino` El Niño), speech and manner (`medok` strongly
/// accented, `ceplas-ceplos` outspoken, `naik pitam` infuriated), and `kuyup` drenched,
/// `menyeruak` emerged, `bergelayut` hanging, `belas kasihan` mercy and `imaji` image, each read
/// with its sourced gloss in a real phrase of the tuning pages.
#[test]
fn sixty_seventh_pass_words_are_read() {
    assert_known(&[
        (
            "Logat mereka masih medok, tapi sudah mulai bercampur dengan cengkok Papua.",
            "medok",
            "strongly accented",
        ),
        (
            "Saat dioyak-oyak kemarin, ternyata Tabuik warga non pasa, lebih kuat dari Tabuik pasa, \
             hal ini terlihat ketika dioyak, tabuik pasa udah miring aja kayak mau jatuh.",
            "tabuik",
            "tabuik tower",
        ),
        (
            "Demikian juga di kantor kami yang pernah melihat bono jumlahnya sangat sedikit.",
            "bono",
            "tidal bore",
        ),
        ("Alamak… kuyup juga nih.", "kuyup", "drenched"),
        (
            "Lagi pula aroma rendang dan gulai yang menyeruak udah bikin perut semakin protes.",
            "menyeruak",
            "emerged",
        ),
        (
            "Tak apalah bergelayut riang, saat santai nanti tentu habis dilahap dalam perjalanan \
             berikutnya.",
            "bergelayut",
            "hanging",
        ),
        (
            "Kayu nibung, bahan utama untuk tiang bagan, kini sangat sulit ditemukan di Air Nyatoh.",
            "nibung",
            "nibung palm",
        ),
        (
            "Angin sepoi melanyutkan mata, kerlap kerlip menahan kantuk.",
            "sepoi",
            "gentle",
        ),
        (
            "Dibalik sikap dan tuturannya yang mudah bikin orang (bukan Aru) naik pitam, Boy Ken, \
             ternyata memiliki pribadi yang santun, dan peduli.",
            "pitam",
            "infuriated",
        ),
        (
            "Dia langsung ber-reaksi cepat dengan gaya Pidatonya yang Khas, ceplas-ceplos dengan \
             polosnya.",
            "ceplas-ceplos",
            "outspoken",
        ),
        (
            "Hampir tiap kecamatan ada panglima laot lhok yang berada di bawah koordinasi panglima \
             laot kabupaten dan kota.",
            "laot",
            "customary sea chief",
        ),
        (
            "jadi nama tim ini artinya memohon belas kasihan",
            "kasihan",
            "mercy",
        ),
        (
            "Sejak belasan tahun yang lalu, Tana Toraja selalu menghadirkan imaji mistis dalam \
             benak saya.",
            "imaji",
            "image",
        ),
        (
            "kembali menggelar syukuran panen raya padi dalam rangka antisipasi dampak el-nino.",
            "el-nino",
            "El Niño",
        ),
        (
            "Dari mite ini maka suku Marind Anim akhirnya memiliki totem seperti yang akan \
             diceritakan dalam mite tersebut.",
            "totem",
            "totem",
        ),
    ]);
}

/// The sixty-eighth pass's rows (issue 13): words of the blind sets `tune-205` to `tune-208`
/// (Java and Bali, Maluku and Papua, Sumatra, Nusa Tenggara) — rites and customs (Bengkulu's
/// `tabut` tower, with `tabut perjanjian` the Ark of the Covenant read apart, Sesetan's
/// `omed-omedan` kissing rite), food and crafts (`sate kere` poor man's satay, `sepat`
/// astringent, the tin `perahu otok-otok` putt-putt toy boat, `indigo`), things (`kopiah`,
/// `songkok` cap, `cerulit` sickle, `mikrolet` minibus, `kaldera` caldera, `trabas` off-road
/// trail riding, `lanun` pirate), colloquial forms (`gaes` guys, `kulik` dig into, Javanese
/// `mingkem` close one's mouth, `nyentrik` eccentric) and `pucuk dicinta ulam tiba` a dream come
/// true, each read with its sourced gloss in a real phrase of the tuning pages.
#[test]
fn sixty_eighth_pass_words_are_read() {
    assert_known(&[
        (
            "Gunung Tambora pasti kalian berfikir tentang kaldera yang sangat indah dan mengagumkan.",
            "kaldera",
            "caldera",
        ),
        ("penampilannya memang paling nyentrik.", "nyentrik", "eccentric"),
        (
            "Konon tradisi perang ketupat juga menjadi simbol perlawanan terhadap lanun atau bajak \
             laut yang hendak mengganggu masyarakat di darat.",
            "lanun",
            "pirate",
        ),
        (
            "salak dari tapsel memiliki rasa manis plus sedikit rasa asam atau bahkan sepat.",
            "sepat",
            "astringent",
        ),
        (
            "atau hanya dengan sekedar mingkem dan pencet lubang hidung",
            "mingkem",
            "close one's mouth",
        ),
        ("Hae gaes!", "gaes", "guys"),
        (
            "Untuk mainan yang paling menarik perhatian aku waktu jalan-jalan ke tabut kemarin \
             adalah perahu otok-otok.",
            "tabut",
            "tabut tower",
        ),
        (
            "Untuk mainan yang paling menarik perhatian aku waktu jalan-jalan ke tabut kemarin \
             adalah perahu otok-otok.",
            "otok-otok",
            "putt-putt toy boat",
        ),
        (
            "melalui suara nabinya, dan pada tabut perjanjian – namun kehadiran Allah tidak pernah \
             lebih dekat pada umat-Nya",
            "perjanjian",
            "Ark of the Covenant",
        ),
        (
            "Mulai dari karnaval, pameran ekonomi kreatif, pawai budaya, lomba trabas dan \
             berkunjung ke kebun kopi, dan lainnya.",
            "trabas",
            "off-road trail riding",
        ),
        (
            "O iya ada juga transportasi umum dari bandara menuju kota, seperti mikrolet yang dapat \
             mengantarkan ke pusat kota",
            "mikrolet",
            "minibus",
        ),
        (
            "Warga sekitar masih menggunakan sarung batik bahkan kopiah/songkok batik.",
            "songkok",
            "cap",
        ),
        (
            "Warga sekitar masih menggunakan sarung batik bahkan kopiah/songkok batik.",
            "kopiah",
            "cap",
        ),
        (
            "jangan sampai ada yang membawa senjata tajam, terutama cerulit.",
            "cerulit",
            "sickle",
        ),
        (
            "Omed-omedan yang unik ini menjadi sangat ditunggu-tunggu oleh wisatawan dan para \
             fotografer",
            "Omed-omedan",
            "omed-omedan kissing rite",
        ),
        (
            "Pucuk dicinta ulam tiba.....pada acara keluarga, sepupu bilang kalau tante yang tinggal \
             di Ambon rencana dengan anak-anaknya",
            "ulam",
            "a dream come true",
        ),
        (
            "Cukup kenyang dengan sarapan sate kere, kami melanjutkan perjalanan menuju Kota Gedhe.",
            "kere",
            "poor man's satay",
        ),
        (
            "Banyak kain tenun yang berwarna biru indigo dan kuda Sandel.",
            "indigo",
            "indigo",
        ),
        (
            "dengan penuh penasaran saya kulik lagi informasi tentang Talaga Nita ini",
            "kulik",
            "dig into",
        ),
    ]);
}

/// The sixty-ninth pass's rows (issue 13): words of the blind sets `tune-209` (Kalimantan) and
/// `tune-210` (Java and Bali) — rites and customs (Java's `wiwitan` harvest-opening rite with its
/// `uba rampe` offerings and `ingkung` whole chicken, Bali's `ngusaba nini` harvest thanksgiving
/// read apart from `nini` grandmother, the Sundanese `kasepuhan` community, its `olot` elder and
/// `incu putu` descendants, the `dogdog lojor` drum music, `buhun` ancient, `campursari` music),
/// fishing (`lemuru` sardine), the gibbon `owa-owa`, and colloquial forms (`wiskul` culinary
/// tour, Javanese `njagong` attend a celebration and `gumun` amazed, `encok` lumbago, `anget`
/// warm, the chat spelling `sy` I), and from `tune-211` and `tune-212` (Maluku and Papua,
/// Sulawesi) the `suling tambur` flute-and-drum music and Minahasa's `mapalus` mutual aid, each
/// read with its sourced gloss in a real phrase of the tuning pages.
#[test]
fn sixty_ninth_pass_words_are_read() {
    assert_known(&[
        (
            "Masyarakat Pedukuhan Geden, Desa Sidorejo, Kecamatan Lendah, menggelar upacara \
             tradisi wiwitan panen, Minggu (13/4/2014).",
            "wiwitan",
            "harvest-opening rite",
        ),
        (
            "Berturut-turut di belakangnya juga tampak kaum ibu-ibu yang memanggul sejumlah uba \
             rampe upacara adat tersebut.",
            "rampe",
            "ritual offerings",
        ),
        (
            "Menunya terdiri atas nasi tumpeng gurih, ingkung (daging ayam), sambel kacang dengan \
             lauk telur rebus dan ikan asin.",
            "ingkung",
            "whole ritual chicken",
        ),
        (
            "Upacara paling penting yang dilakukan subak di pura ulun carik ini pada saat \
             perayaan 'ngusaba nini', yang biasanya digelar menjelang atau segera setelah panen.",
            "nini",
            "rice harvest thanksgiving",
        ),
        ("Oh iya, kami dijemput nini Ita.", "nini", "grandmother"),
        (
            "seperti tumbuk padi, saresehan bareng olot kasepuhan, serta pertunjukan seni \
             tradisional khas Sunda.",
            "olot",
            "elder",
        ),
        (
            "seperti tumbuk padi, saresehan bareng olot kasepuhan, serta pertunjukan seni \
             tradisional khas Sunda.",
            "kasepuhan",
            "customary community",
        ),
        (
            "Pengunjung disuguhkan penampilan dogdog lojor, gondang buhun, tari tani, rengkong, \
             hingga karya seni dari para incu putu, generasi muda pelestari adat.",
            "lojor",
            "dogdog lojor drum music",
        ),
        (
            "Pengunjung disuguhkan penampilan dogdog lojor, gondang buhun, tari tani, rengkong, \
             hingga karya seni dari para incu putu, generasi muda pelestari adat.",
            "buhun",
            "ancient",
        ),
        (
            "Pengunjung disuguhkan penampilan dogdog lojor, gondang buhun, tari tani, rengkong, \
             hingga karya seni dari para incu putu, generasi muda pelestari adat.",
            "putu",
            "descendants",
        ),
        (
            "ditampilkan oleh Ki Dalang Hadi Tasmoyo diiringi group laras campursari dari \
             Wonopringgo",
            "campursari",
            "campursari music",
        ),
        (
            "Di tahun 1990’an Sardinela Longiceps, atau Ikan Plagis yang lebih dikenal dengan \
             nama lemuru atau di Bali terkenal dengan nama Be’koching",
            "lemuru",
            "sardine",
        ),
        (
            "Misalnya saja karakter hewan seperti burung, kelelawar, kupu-kupu, owa-owa, hingga \
             hewan imajiner naga.",
            "owa-owa",
            "gibbon",
        ),
        (
            "pokoknya jangan ingat-ingat kadar kolesterol, tensi, dan gula darah kalau wiskul",
            "wiskul",
            "culinary tour",
        ),
        (
            "belanja baju-baju Sasirangan langsung di lokasinya buat njagong manten atau acara \
             resmi.",
            "njagong",
            "attend a wedding",
        ),
        (
            "Yudi dan Adi sampai lesehan, karena gumun batu-batu seperti akik hanya 10-15 rb \
             rupiah per biji.",
            "gumun",
            "amazed",
        ),
        (
            "Dengan segenap pinggang encok, muka bantal dan perut lumayan lapar; kami berjalan \
             keluar stasiun.",
            "encok",
            "lumbago",
        ),
        (
            "Hmmmm, soto sama teh anget pagi2 enak nih kyknya.",
            "anget",
            "warm",
        ),
        (
            "Tapi, sy tauna ya cuma yg di sekitar kantor2 pemerintahan aja sih.",
            "sy",
            "I",
        ),
        (
            "upacara adat seperti penobatan Ondoafi, Suling tambur dan sajian berbagai kuliner \
             khas Papua.",
            "tambur",
            "flute-and-drum music",
        ),
        (
            "Pun Masyarakat Kapoya Raya juga sangat proaktif membantu panitia dalam menyambut \
             kegiatan ini dengan semangat mapalus",
            "mapalus",
            "mapalus mutual aid",
        ),
    ]);
}

/// The seventieth pass's rows (issue 13): words of the blind sets `tune-213` (Sumatra) and
/// `tune-214` (Kalimantan) — the Batak congregation's `parhalado` elders, the `gardan`
/// differential, the `gemercik` trickle of water, `dibumihanguskan` razed, the `soko guru` main
/// pillar of a mosque, `ketelatenan` painstaking care, the colloquial `nyebrang` cross — and from
/// `tune-212` and `tune-183` `snorkling` snorkeling and Minangkabau's `bundo kanduang`
/// matriarchs, each read with its sourced gloss in a real phrase of the tuning pages.
#[test]
fn seventieth_pass_words_are_read() {
    assert_known(&[
        (
            "Demikian disampaikan salah seorang parhalado sambil mengungkapkan kebanggaannya \
             tinggal di daerah ini.",
            "parhalado",
            "church elders",
        ),
        (
            "Mobil double gardan hitam pagi itu telah berhasil mengocok",
            "gardan",
            "differential",
        ),
        ("Serta gemercik air di", "gemercik", "trickle"),
        (
            "Tahun 1949 pemerintah Rejang Lebong tidak bisa menjalankan roda pemerintahannya di \
             Kepahiang, karena di tahun itu semua fasilitas sarana dan prasarana telah \
             dibumihanguskan saat terjadi aksi Militer Belanda ke II.",
            "dibumihanguskan",
            "razed",
        ),
        (
            "Kayu ulin iyang digunakan soko guru tu oleh datuk Muhammad Arsyad Al Banjari diambil \
             dari Barito Kalimantan Tengah.",
            "soko",
            "main pillar",
        ),
        (
            "Pada cabang seni tanah liat, peserta dari SMK Negeri 4 Sampit menunjukkan \
             ketelatenan dan ide-ide kreatif dalam membentuk karya berbahan tanah liat.",
            "ketelatenan",
            "painstaking care",
        ),
        (
            "Lelaki berusia 62 tahun itu dengan telaten mengurai tali seutas tali.",
            "telaten",
            "painstaking",
        ),
        (
            "Mengingat gw sudah di Berau, kayanya sayang aja gitu kalau ngga nyebrang mengunjungi \
             pulau – pulau yang bikin gw kangen itu.",
            "nyebrang",
            "cross",
        ),
        (
            "Sekarang ini pilihannya mau putar balik atau nyebrang pakai rakit.",
            "nyebrang",
            "cross",
        ),
        (
            "Akhirnya daripada udah bawa bawa alat snorkling tapi gagal snorkling kita tanya sama \
             petugas berbaju biru.",
            "snorkling",
            "snorkeling",
        ),
        (
            "Pengambilan air digentong yang dibawa para Anak-Anak Gadih Minang calon bundo \
             kanduang dan disapukan ke bagian wajah dan kepala",
            "kanduang",
            "Bundo Kanduang matriarchs",
        ),
    ]);
}

/// The seventy-first pass's rows (issue 13): words of the blind sets `tune-215` (Sulawesi) and
/// `tune-216` (Nusa Tenggara) — Buton's `parende` fish soup, Gorontalo's `nike` fish and its
/// `perkedel nike` fritters, the joking `misqueen` poor, `terbersit` flickered (with tune-152's
/// `tebersit` read through it), `eco-friendly` — and from the pooled list the `katonik` (cottonii)
/// seaweed of tune-66 and tune-173 and `pioner` pioneer of tune-157 and tune-200, each read with
/// its sourced gloss in a real phrase of the tuning pages.
#[test]
fn seventy_first_pass_words_are_read() {
    assert_known(&[
        (
            "Tak jauh dari pasar, rumah makan ikan parende salah seorang warga setempat menjadi \
             incaran para penikmat kuliner.",
            "parende",
            "parende fish soup",
        ),
        (
            "Rasanya yang khas menjadikan rumah makan parende itu selalu ramai dari pengunjung.",
            "parende",
            "parende fish soup",
        ),
        (
            "Cobain perkedel nike deh, uenak tenan.",
            "nike",
            "nike fish fritters",
        ),
        ("kalangan sobat misqueen macam kita.", "misqueen", "poor"),
        (
            "selain sapari, rumput laut jenis katonik juga turun drastis.",
            "katonik",
            "cottonii",
        ),
        (
            "Begitu juga dengan harga rumput laut katonik dari harga Rp45.000 per Kg, kini hanya \
             Rp15.000 per Kg.",
            "katonik",
            "cottonii",
        ),
        (
            "revitalisasi posyandu, dimana desa menjadi pioner dan ujung tombaknya.",
            "pioner",
            "pioneer",
        ),
        (
            "Tiba-tiba terbersit saja di pikiranku bahwa adalah kesalahan besar manusia jika \
             membabat hutan",
            "terbersit",
            "flickered",
        ),
        (
            "Rupanya, semangat untuk tetap menggairahkan Festival Tambora masih tebersit di \
             Pemkab Dompu.",
            "tebersit",
            "flickered",
        ),
        ("So, eco-friendly.", "eco-friendly", "eco-friendly"),
    ]);
}

/// The seventy-second pass's rows (issue 13): words of the blind sets `tune-217` to `tune-220`
/// (Java and Bali, Maluku and Papua, Sumatra, Nusa Tenggara) — Gorontalo's `bentor` motorcycle
/// pedicab, Maluku's `totobuang` gong chimes, the climbers' `mapala` club and `basecamp`,
/// `moksa` moksha, `ex offisio`, `projek` project, `boro-boro` let alone, `disruput` slurped,
/// `kibas` flick, `nyempil` tucked away, `fyi` — and from the pooled list the written laughter
/// `haha`, `hahaha` and sob `hiks`, each read with its sourced gloss in a real phrase of the
/// tuning pages.
#[test]
fn seventy_second_pass_words_are_read() {
    assert_known(&[
        (
            "Dan ternyata kesalahan besar dan jadi penyesalan haha.",
            "haha",
            "haha",
        ),
        (
            "hmm, tapi aku nemuin peta ini di Internet, hahaha, lumayan senang...",
            "hahaha",
            "haha",
        ),
        (
            "ga bisa aku temuin di Bandung atau Jakarta yang rasanya sama, hiks...(T.T)",
            "hiks",
            "sob",
        ),
        (
            "Baru-baru ini, sebuah bentor gagal menanjak dan nyaris terguling karena kondisi \
             jalan yang rusak parah.",
            "bentor",
            "motorcycle pedicab",
        ),
        (
            "rumah pak anton (biasa di panggil ayah anton oleh anak anak mapala).",
            "mapala",
            "student nature lovers' club",
        ),
        (
            "singkat cerita pemuda ini sudah menginap satu malam di basecamp menunggu pendaki \
             yang datang",
            "basecamp",
            "base camp",
        ),
        (
            "Oiya fyi Aceh itu kaya tempat-tempat eksotis tapi warbiyasak panasnya",
            "fyi",
            "FYI",
        ),
        (
            "kebetulan LSM tersebut sedang ada projek pengembangan ekowisata berbasis masyarakat",
            "projek",
            "project",
        ),
        (
            "Para tamu undangan yang hadir disambut dengan tarian dan dentingan totobuang.",
            "totobuang",
            "totobuang gong chimes",
        ),
        (
            "di Tempat Kemaliq itulah moksanya Raden Mas Sumilir, seorang Mubaliq pembawa \
             risalah agama Islam",
            "moksanya",
            "moksha",
        ),
        (
            "Alhasil boro-boro bisa lunch di Bebek Bengil Ubud, yang ada cuma bisa ngebayangin \
             bebeknya aja haha.",
            "boro-boro",
            "let alone",
        ),
        (
            "Sejumlah Sekretaris Desa yang juga menjabat ex offisio sebagai Ketua Kelompok Kerja \
             (Pokja)",
            "offisio",
            "ex officio",
        ),
        (
            "Kupikir temanku bercanda saat bilang kami tidak diberi sendok, minumnya disruput.",
            "disruput",
            "slurped",
        ),
        (
            "tapi kalo ketemu paus ngamuk kan bisa habis sekali kibas tuh..",
            "kibas",
            "flick",
        ),
        (
            "Lamalera, itulah nama desa di pulau Lembata ini, nyempil jauh dan harus melewati \
             jalan rusak",
            "nyempil",
            "tucked away",
        ),
    ]);
}

/// The seventy-third pass's rows (issue 13): words of the blind sets `tune-221`, `tune-223` and
/// `tune-224` (Kalimantan, Sulawesi, Maluku, North Maluku and Papua) — Manado's `rica` chili, the `kapusin`
/// Capuchin friars, the `cumulonimbus` cloud, `extrim` and `extrime` extreme, `dibandrol` priced
/// and `celcius` Celsius — each read with its sourced gloss in a real phrase of the tuning pages.
#[test]
fn seventy_third_pass_words_are_read() {
    assert_known(&[
        (
            "Gas 4 tabung, Barito ( bawang, rica tomat dan bumbu- bumbu lainya), air minum 2 Botol",
            "rica",
            "chili",
        ),
        (
            "lewat suratnya tanggal 23 September 1938. Borneo adalah daerah misi kapusin.",
            "kapusin",
            "Capuchin",
        ),
        (
            "Pada saat itu, Pastor Gonzalvus, seorang misionaris sejati dari Ordo Kapusin, \
             bertugas di Sejiram.",
            "Kapusin",
            "Capuchin",
        ),
        (
            "sungai barito, lok pon, bintanginggik, bakumpai, logging, senja, cumulonimbus",
            "cumulonimbus",
            "cumulonimbus",
        ),
        (
            "membutuhkan waktu sekitar 3 jam perjalanan mengingat kondisi jalan yang extrim.",
            "extrim",
            "extreme",
        ),
        (
            "sangat menantang berada di daerah Sadaunta karna trek yang extrime bayangkan saja",
            "extrime",
            "extreme",
        ),
        (
            "kita menggunakan KM Pangrango yang dibandrol Rp.110.000 per orang.",
            "dibandrol",
            "priced",
        ),
        (
            "sebaiknya membawa balsem, soal nya suhu di sini mencapai 0,2° celcius.",
            "celcius",
            "Celsius",
        ),
    ]);
}

/// The sixty-third pass's words (issue 13): Lampung's `pekon` and the Kei Islands' `ohoi` village,
/// `terasering` terracing, Javanese `nyekar` visiting graves, the Malay `hulubalang` commander,
/// Minangkabau `silek` martial art, `alsintan` farm machinery, the
/// wayang's `punokawan` clown servants and `reyot` rickety, each read with its sourced gloss in a
/// real phrase of the tuning pages.
#[test]
fn sixty_third_pass_words_are_read() {
    assert_known(&[
        (
            "yang diselenggarakan oleh binaan ketua TP PKK pekon penengahan",
            "pekon",
            "village",
        ),
        (
            "masyarakat disana masih bisa memanfaatkannya sebagai sawah dengan membuat terasering.",
            "terasering",
            "terracing",
        ),
        (
            "didahului dengan prosesi nyekar atau ziarah ke Pantai Karang Bandung",
            "nyekar",
            "visit graves",
        ),
        (
            "tetapi warga di ohoi lain pun diperbolehkan.",
            "ohoi",
            "village",
        ),
        (
            "diarak oleh masyarakat banyak didampingi para hulubalang dan pandeka silek",
            "hulubalang",
            "commander",
        ),
        (
            "diarak oleh masyarakat banyak didampingi para hulubalang dan pandeka silek",
            "silek",
            "martial art",
        ),
        (
            "alat dan mesin pertanian (alsintan) seperti traktor",
            "alsintan",
            "farm machinery",
        ),
        (
            "wayang yang wajib dibawa adalah punokawan, diantaranya Semar, Gareng, Petruk dan Bagong",
            "punokawan",
            "clown servants",
        ),
        (
            "berselimutkan suara suara burung malam, rumah rumah reyot, keadaan rumah yang perlu diperbaiki",
            "reyot",
            "rickety",
        ),
    ]);
}

/// The fifty-ninth pass's words (issue 13): tune-171's Balinese `makepung` buffalo race (with
/// `makepung lampit`, the race in muddy rice fields) and `ulayat` customary territory, tune-169's
/// `mite` myth and Southwest Maluku's `kalwedo` brotherhood greeting with Ambonese `basudara`
/// (both flagged `lower`), and tune-173's Dayak Ngaju `tiwah` secondary funeral, each read with
/// its sourced gloss in a real phrase of the tuning pages.
#[test]
fn fifty_ninth_pass_words_are_read() {
    assert_known(&[
        (
            "Mereka bersorak-sorai, menyaksikan pesona lomba pacuan kerbau makepung lampit, salah satu warisan budaya agraris khas Kabupaten Jembrana.",
            "makepung",
            "buffalo race in muddy rice fields",
        ),
        (
            "Dengan semangat, ia menyampaikan bahwa ada dua jenis makepung di Jembrana.",
            "makepung",
            "buffalo race",
        ),
        (
            "kita juga harus siap untuk menghormati dan mematuhi peraturan adat yang berlaku di kawasan ulayat masyarakat Baduy.",
            "ulayat",
            "customary territory",
        ),
        (
            "Dalam suku Marind Anim terdapat mite tentang asal-usul manusia.",
            "mite",
            "myth",
        ),
        (
            "merupakan media untuk mempererat hubungan orang basudara di bumi kalwedo.",
            "basudara",
            "brothers and sisters",
        ),
        (
            "merupakan media untuk mempererat hubungan orang basudara di bumi kalwedo.",
            "kalwedo",
            "brotherhood greeting",
        ),
        (
            "Dalam upacara tiwah ini dikorbankan 1 ekor kerbau, 1 ekor sapi, 9 ekor babi dan 9 ekor ayam",
            "tiwah",
            "Dayak secondary funeral",
        ),
    ]);
}

/// The fifty-eighth pass's words (issue 13): tune-168's `lubuk larangan` customary no-fishing
/// river pool (with the root `lubuk`, flagged `lower`), `kufur nikmat` ungrateful for blessings,
/// Javanese `tayub` social dance and the Sumatran `rabana` frame drum (also tune-164's), and
/// tune-167's `kultum` short sermon, each read with its sourced gloss in a real phrase of the
/// tuning pages.
#[test]
fn fifty_eighth_pass_words_are_read() {
    assert_known(&[
        (
            "Bupati Mandailing Natal (Madina) H. Saipullah Nasution mengatakan lubuk larangan merupakan kearifan lokal",
            "lubuk",
            "customary no-fishing river pool",
        ),
        (
            "namun tetap kita syukuri kita tidak boleh kufur nikmat",
            "kufur",
            "ungrateful for blessings",
        ),
        (
            "Misalkan kethoprak, wayang kulit, tayub, barongan, dan lain sebagainya.",
            "tayub",
            "Javanese social dance",
        ),
        (
            "Salah satu dari tari rebana, Tari Rangguk dan sike rabana merupakan tari tradisional",
            "rabana",
            "tambourine",
        ),
        (
            "Pada malam pertama penampilan qasidah rabana anak nagari.",
            "rabana",
            "tambourine",
        ),
        (
            "menjadi protokol atau MC dalam acara tarawih, mengisi kultum tarawih",
            "kultum",
            "short sermon",
        ),
    ]);
}

/// The fifty-seventh pass's words (issue 13): tune-163's Banjar `banua` homeland and `acil`
/// aunt and Manado `torang` we (all flagged `lower`), tune-165's Balinese `piodalan` temple
/// anniversary ceremony and `pelinggih` shrine, each read with its sourced gloss in a real phrase
/// of the tuning pages (its `saluang` row was taken out again: see data/lexicon/supplement.tsv).
#[test]
fn fifty_seventh_pass_words_are_read() {
    assert_known(&[
        (
            "Galakkan Budaya Pasar Terapung yang merupakan khas budaya banua, Pemerintah Provinsi Kalimantan Selatan",
            "banua",
            "homeland",
        ),
        (
            "pedagang tradisional menjual barang di atas kapal tradisional itu disebut acil pasar terapung",
            "acil",
            "aunt",
        ),
        (
            "tapi karena Tuhan beri kesempatan bagi torang untuk jadi berkat dan terang bagi orang lain",
            "torang",
            "we",
        ),
        (
            "untuk Tumpek Kuningan, yang bertepatan dengan piodalan di Pura Desa dan Puseh",
            "piodalan",
            "temple anniversary ceremony",
        ),
        (
            "Walikota Rai Mantra bersama masyarakat melaksanakan persembahyangan bersama di pelinggih banjar setempat",
            "pelinggih",
            "shrine",
        ),
    ]);
}

/// The fifty-sixth pass's words (issue 13): tune-160's Balinese `sasih` month, `kaulu` its
/// eighth month and `ngusaba` thanksgiving ceremony, the fifty-fifth pass's left-overs, tune-155's
/// `bija` consecrated rice grains and `rainan` holy day, tune-154's Javanese `uyon-uyon` gamelan
/// music and East Java's `tiban` whip fight, tune-164's `kaul` vow (the root of `berkaul`) and
/// Minangkabau `randai`, and tune-161's `musrenbang`, each read with its sourced gloss in a real
/// phrase of the tuning pages.
#[test]
fn fifty_sixth_pass_words_are_read() {
    assert_known(&[
        (
            "setiap sasih kaulu antara bulan Januari dan Pebruari dilaksanakan upacara ngusaba kaulu",
            "sasih",
            "month",
        ),
        (
            "setiap sasih kaulu antara bulan Januari dan Pebruari dilaksanakan upacara ngusaba kaulu",
            "kaulu",
            "eighth month",
        ),
        (
            "setiap sasih kaulu antara bulan Januari dan Pebruari dilaksanakan upacara ngusaba kaulu",
            "ngusaba",
            "thanksgiving ceremony",
        ),
        (
            "saat tirta disiratkan dan diraupkan dan bija ditempelkan dikening",
            "bija",
            "consecrated rice grains",
        ),
        (
            "tahun ini bersamaan dengan rainan jagat Pagerwesi jadi jajaran KPU juga sekalian merayakannya",
            "rainan",
            "holy day",
        ),
        (
            "diisi dengan berbagai kegiatan seperti pengajian umum, kesenian uyon-uyon karawitan, jaranan, tiban, dan wayang kulit",
            "uyon-uyon",
            "gamelan music",
        ),
        (
            "diisi dengan berbagai kegiatan seperti pengajian umum, kesenian uyon-uyon karawitan, jaranan, tiban, dan wayang kulit",
            "tiban",
            "ritual whip fight",
        ),
        (
            "Tradisi berkaul adat masih berjalan dengan baik di kenagarian Tanjung Gadang",
            "berkaul",
            "vow",
        ),
        (
            "Malam keduanya acara tradisional randai dan saluang dandut anak nagari",
            "randai",
            "Minangkabau folk theatre",
        ),
        (
            "Hal itu disampaikan Elias pada pelaksanaan Musyawarah Rencana Pembangunan Daerah (Musrenbang) Distrik Wania",
            "Musrenbang",
            "development planning meeting",
        ),
    ]);
}

/// The fifty-fifth pass's words (issue 13): the fifty-fourth pass's left-overs by kind, Bali's
/// `caru` sacrificial offering, `prayascita` purification offering, `tirta` holy water (flagged
/// `lower`), `tetabuhan` percussion and the processional gamelan `bleganjur`, Javanese
/// `nguri-nguri` preserve, and tune-97's `ceret` kettle and colloquial `capcus` go, each read
/// with its sourced gloss in a real phrase of the tuning pages.
#[test]
fn fifty_fifth_pass_words_are_read() {
    assert_known(&[
        (
            "juga dilengkapi dengan tiga caru yang berbeda sesuai dengan tempat pemujaan",
            "caru",
            "sacrificial offering",
        ),
        (
            "Puja Wali yang diawali dengan menghaturkan prayascita oleh staf KPU",
            "prayascita",
            "purification offering",
        ),
        (
            "saat kembali ke hati yang paling dalam saat tirta disiratkan dan diraupkan",
            "tirta",
            "holy water",
        ),
        (
            "Kita nguri-nguri budaya luhur leluhur kita yang telah menciptakan budaya",
            "nguri-nguri",
            "preserve",
        ),
        (
            "Diiringi tetabuhan tradisional atau bleganjur menjadikan pawai semakin semarak",
            "tetabuhan",
            "percussion",
        ),
        (
            "Diiringi tetabuhan tradisional atau bleganjur menjadikan pawai semakin semarak",
            "bleganjur",
            "processional gamelan",
        ),
        (
            "tempat minum menggunakan tempurung kelapa, ceret tempat air dari buah kalabasa",
            "ceret",
            "kettle",
        ),
        (
            "sampe sana pas adzan Subuh, jadi sholat dulu baru capcus.",
            "capcus",
            "go",
        ),
    ]);
}

/// The fifty-fourth pass's words (issue 13): tune-153's, tune-154's and tune-155's words by
/// kind, the outrigger `cadik` with `bercadik` (met in two sets), Banjar `handil` canal, Bali's
/// `upakara` offerings, Javanese `larung`, `karawitan`, Minangkabau `alek` feast and the Bugis in
/// lower case, each read with its sourced gloss in a real phrase of the tuning pages.
#[test]
fn fifty_fourth_pass_words_are_read() {
    assert_known(&[
        (
            "Perahu Sandeq, perahu layar bercadik tradisional tercepat di dunia",
            "bercadik",
            "outrigger",
        ),
        (
            "Jalan disepanjang handil ini bervariasi, pada awalnya terbuat dari",
            "handil",
            "canal",
        ),
        (
            "Caru ini merupakan upakara untuk mengembalikan keseimbangan",
            "upakara",
            "offerings",
        ),
        (
            "kegiatan larung sembonyo labuh laut digelar setiap tahun",
            "larung",
            "casting adrift",
        ),
        (
            "dengan berbagai kegiatan seperti pengajian umum, kesenian uyon-uyon karawitan, jaranan",
            "karawitan",
            "gamelan music",
        ),
        (
            "Lebih dari itu, alek pacu jawi sekarang sudah menjadi salah satu",
            "alek",
            "feast",
        ),
        (
            "Di Sumatra, sarung ini dikenal dengan sebutan ‘sarung bugis’.",
            "bugis",
            "Bugis",
        ),
    ]);
}

/// The fifty-third pass's words (issue 13): words unknown in two or more tuning sets, a
/// people's name in lower case (`dayak`, `gayo`), the hajj rite `sa’i`, `sia-siakan`,
/// `tatacara`, Minangkabau's `mambangkik batang tarandam` and written laughter, each read with
/// its sourced gloss in a real phrase of the tuning pages.
#[test]
fn fifty_third_pass_words_are_read() {
    assert_known(&[
        (
            "Hampir sebagian besar kampung unik itu didiami oleh keturunan suku dayak.",
            "dayak",
            "Dayak",
        ),
        (
            "Identitas dan Komoditas kopi Gayo menjadi elemen penting sebagai keberlanjutan dari kopi gayo.",
            "gayo",
            "Gayo",
        ),
        (
            "berbagai tahapan ibadah haji, mulai dari tawaf, sa’i, hingga lempar jumroh",
            "sa’i",
            "walk between Safa and Marwah",
        ),
        (
            "“Jangan sia-siakan kesempatan  ini dan bekerjalah sungguh – sungguh",
            "sia-siakan",
            "waste",
        ),
        (
            "memberikan pengetahuan dan pemahaman terkait  tatacara dan pelaksanaan ibadah haji",
            "tatacara",
            "procedure",
        ),
        (
            "serta dalam rangka mambangkik batang tarandam di Nagari Situjuah Batua.",
            "mambangkik",
            "revival of former glory",
        ),
        (
            "keadaan alam dan kehidupan masyarakat di sana (karena saya orang Timor, hehehe).",
            "hehehe",
            "hehe",
        ),
    ]);
}

/// A unit with a superscript and a degree typed in lower case and split at its stop, each met
/// in several tuning sets (tune-124, tune-153, tune-113, tune-127; tune-33, tune-35, tune-79,
/// tune-114): read as English writes them, not left unknown.
#[test]
fn units_with_superscripts_and_split_degrees_are_read() {
    assert_known(&[
        (
            "Luas wilayah Provinsi Kalimantan Barat adalah 146.807 km² (7,53% luas Indonesia).",
            "km²",
            "km²",
        ),
        (
            "Pasar baru itu menyediakan 240 kios masing-masing berukuran 2×3 m², 96 kios di antaranya.",
            "m²",
            "m²",
        ),
        (
            "Ketua Dewan Perwakilan Rakyat Daerah Labusel Jabaluddin S.sos rapat dengan warga.",
            "sos",
            "Sos",
        ),
    ]);
}

/// The preposition `di` written solid with a noun (issue 13, twenty-ninth pass): typists write
/// `dirumah`, `dipasar`, `disekolah` for `di rumah` (PUEBI writes the preposition apart), which
/// the affix rules read as a passive ("housed"). A root the lexicon knows only as a noun is
/// read as the preposition; passives (`dipasang`, `dipanen`, `didominasi`, a root with a verb
/// reading or a verbal suffix) stay passives. Real phrases of the tuning pages; the tuning
/// pages have no `dirumahkan`, `disekolahkan`, `dikantongi` or `dipukul`, so those four are
/// short phrases written for the test.
#[test]
fn joined_preposition_di_is_read_apart_from_the_passive() {
    assert_known(&[
        (
            "Rumah Sakit Umum dr Darsono dan perawatan mandiri dirumah masing-masing",
            "dirumah",
            "in house",
        ),
        (
            "yang sudah masa mudanya dihabiskan dipasar Johar untuk mencari rejeki",
            "dipasar",
            "in market",
        ),
        (
            "Guru dianggap sebagai orang tua disekolah oleh muridnya",
            "disekolah",
            "in school",
        ),
        (
            "sejumlah desa yang menjadi langganan banjir dikota Bintuhan",
            "dikota",
            "in city",
        ),
        (
            "maka hari ini pertama kita melakukan ritual dipedagi kek Ngawi",
            "dipedagi",
            "in ancestral shrine",
        ),
        (
            "Lebih Baik Berkantor dibawah Pohon Tapi Akses Jalan Desa",
            "dibawah",
            "under",
        ),
    ]);
    for (text, word, english) in [
        (
            "titik lokasi Fasilitas wifi gratis yang dipasang oleh Dinas Kominfo",
            "dipasang",
            "in ",
        ),
        (
            "setelah tiga tahun tanaman cendana akan bisa dipanen, baik daun",
            "dipanen",
            "in ",
        ),
        ("Pasien didominasi anak anak.", "didominasi", "in "),
        (
            "Ingin Jembatan Batamcenter Nongsa Segara Dibangun, Warga Tagih Janji",
            "Dibangun",
            "in ",
        ),
        ("makanya harus diperbaiki perencanaan", "diperbaiki", "in "),
        ("ribuan buruh dirumahkan perusahaan", "dirumahkan", "in "),
        ("anaknya disekolahkan di pesantren", "disekolahkan", "in "),
        ("pelaku dipukul warga", "dipukul", "in "),
        (
            "dulunya rusak parah dan membahayakan, kini telah disulap menjadi lebar",
            "disulap",
            "in ",
        ),
        ("Ditilang Polisi, Pria Ini Marah", "Ditilang", "in "),
        ("tiket yang sudah dikantongi", "dikantongi", "in "),
        // The thirtieth pass: passives pass 29's census found read as the preposition, each
        // mended by a sourced verb row of its root (real phrases of the tuning pages).
        (
            "BACA JUGA:4 Warem Dirazia, Polsek Semidang Alas Sita 120 Botol Miras",
            "Dirazia",
            "in ",
        ),
        (
            "Kami cuma minta laut kami jangan ditambang",
            "ditambang",
            "in ",
        ),
        (
            "jika melanggar hukum harus ditindak tegas.",
            "ditindak",
            "in ",
        ),
        (
            "memberikan kartu Vaksin serta kalung pada anjing yang sudah divaksin sebagai tanda",
            "divaksin",
            "in ",
        ),
        (
            "berharap jalan yang telah diaspal ini dapat meningkatkan mobilitas",
            "diaspal",
            "in ",
        ),
        (
            "Pembangunan Jembatan Maron ini ditarget selesai pada akhir bulan Desember ini",
            "ditarget",
            "in ",
        ),
    ] {
        let t = token(text, word);
        assert!(!t.english.starts_with(english), "{word} -> {}", t.english);
    }
}

/// The twenty-fourth pass (issue 13): tune-65's and tune-66's words, each row sourced in the
/// supplement (Aceh's customary farming, boats and fish, words), read in real phrases of the
/// tuning pages.
#[test]
fn twenty_fourth_pass_words_are_read() {
    assert_known(&[
        (
            "keikutsertaan masyarakat ini didasarkan atas perintah dari keujruen blang",
            "keujruen",
            "rice-farming head",
        ),
        (
            "mengadakan kenduri turun sawah (khanduri blang) yang dilaksanakan di Meunasah",
            "khanduri",
            "rice-field feast",
        ),
        (
            "pada masa tenang setelah kenduri blang selama 3 hari",
            "kenduri",
            "rice-field feast",
        ),
        (
            "budaya atau adat istiadat (reusam) yang dilaksanakan setiap akan dilaksanakannya musim tanam",
            "reusam",
            "custom",
        ),
        (
            "lomba balap ketinting lokal, dan lomba balap ketinting untuk umum",
            "ketinting",
            "motorboat",
        ),
        (
            "seorang penabuh drum dan juru mudi yang mengendalikan perahu naga",
            "juru",
            "helmsman",
        ),
        (
            "Bibit lel dumbo pun sudah ada yang sanggup mengantarkan",
            "dumbo",
            "African catfish",
        ),
        (
            "masyarakat mulai membudidayakan lele dumbo dengan kolam dari terpal",
            "lele",
            "African catfish",
        ),
        (
            "limpasan air hujan dari kawasan sekitar",
            "limpasan",
            "runoff",
        ),
        (
            "Beragam kerajinan bambu yang ia buat, diantaranya kipas, tampah, irik, hingga besek.",
            "tampah",
            "winnowing tray",
        ),
        (
            "lomba menyanyi, vokal, bahasa inggris, macapat dan masih ada yang lain",
            "macapat",
            "macapat",
        ),
        (
            "Meski keringat bercucuran dan rambut mereka tampak lepek",
            "bercucuran",
            "streaming",
        ),
        (
            "Meski keringat bercucuran dan rambut mereka tampak lepek",
            "lepek",
            "limp",
        ),
        (
            "supaya berhasil dan mendapat hasil yang limpah ruah.",
            "limpah",
            "abundant",
        ),
        ("Untuk mewarna diikuti 22 siswa klas 1-3 SD", "klas", "class"),
        (
            "turnamen sepakbola ini adalah kiyam alias kaki ayam",
            "kiyam",
            "barefoot",
        ),
    ]);
    // Capitalised in mid-sentence, Blang is part of a place's name (`lower`).
    let t = token(
        "Bupati meresmikan kantor baru di Blang Pidie kemarin.",
        "Blang",
    );
    assert!(!t.english.contains("rice"), "Blang -> {}", t.english);
}
