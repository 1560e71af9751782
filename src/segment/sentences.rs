//! Sentence boundaries inside one paragraph, by Indonesian rules.
//!
//! A boundary can only follow a terminator run (`.`, `!`, `?`, `...`, `…`) and any closing quotes
//! or brackets glued to it, and only where whitespace follows. What comes next and the word before
//! the full stop decide: a lower-case word starts a sentence only where nothing else can own the
//! stop (one terminator, no closing quote, a plain word or a year before it, a pronoun or
//! connective after it), so `“Apa?” tanya dia` stays whole; titles and references (`Dr.`, `Jl.`, `No.`, `Rp.`) never end one; degrees
//! and `dll.`/`dsb.` end one only before a new sentence; initials (`H. M. Tauhid`) never do.
//! Numbers like `9.000` and `07.15` are safe because no whitespace follows their dots.
//!
//! The scan touches each byte once and looks at words only at candidate stops, which keeps it far
//! above 100 MB/s.

use super::abbrev;
use std::ops::Range;

/// Splits `text` into sentence ranges (byte offsets into `text`). Each range starts and ends on a
/// non-whitespace character; together with the whitespace between them they cover `text`.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(8);
    split_each(text, |r| out.push(r));
    out
}

/// [`split`], each range handed to `emit` in order instead of collected (the segmenter puts
/// them straight into a paragraph's pieces, without a vector per run of text).
pub(crate) fn split_each(text: &str, mut emit: impl FnMut(Range<usize>)) {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut start = skip_whitespace(text, 0);
    let mut i = start;
    // Candidates are found with memchr; `…` (three bytes) is looked for separately, and only in
    // paragraphs that have one, since its first byte also starts curly quotes.
    let mut next_ellipsis = find_ellipsis(bytes, 0);
    while i < len {
        let stop = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map(|o| i + o);
        while next_ellipsis.is_some_and(|e| e < i) {
            next_ellipsis = next_ellipsis.and_then(|e| find_ellipsis(bytes, e + 1));
        }
        i = match (stop, next_ellipsis) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => break,
        };
        let term_start = i;
        let run = terminator_run(text, i);
        let mut j = run.end;
        let mut closers = false;
        while let Some(c) = text[j..].chars().next() {
            if is_closer(c) {
                closers = true;
                j += c.len_utf8();
            } else {
                break;
            }
        }
        // `.”)` and `?!”` are one run: terminators may follow closers too.
        if j < len && matches!(bytes[j], b'.' | b'!' | b'?') && closers {
            i = j;
            continue;
        }
        let Some(ws) = text[j..].chars().next() else {
            break;
        };
        let glued = !ws.is_whitespace();
        let mut next = if glued { j } else { skip_whitespace(text, j) };
        // `“... sekali. ” Dengan ...`: a closing mark typed with a space before it still
        // closes the quotation open before the stop; the sentence ends after it.
        // The mark is looked for first: counting the quotes before every stop would make a
        // paragraph's cost grow with its square.
        if !glued && !closers {
            if let Some(mark) =
                spaced_closing_mark(&text[next..]).filter(|_| quotation_open(&text[..term_start]))
            {
                j = next + mark;
                closers = true;
                next = skip_whitespace(text, j);
            }
        }
        if next >= len {
            break;
        }
        let stop = Stop {
            text,
            sentence_start: start,
            term_start,
            run,
            closers,
            next,
        };
        if glued {
            if glued_boundary(stop) {
                // `diamankan.”Saya belum ...`: a quote mark glued to both words opens the next
                // sentence when the sentence before has no quotation open for it to close.
                let cut = if opens_next(&text[start..term_start], &text[run.end..j]) {
                    run.end
                } else {
                    j
                };
                emit(start..cut);
                start = cut;
                i = j;
            } else {
                i = j.max(i + 1);
            }
            continue;
        }
        if should_break(stop) {
            emit(start..j);
            start = next;
        }
        i = next;
    }
    let end = text.trim_end().len();
    if start < end {
        match closing_code(&text[start..end]) {
            Some((before, at)) => {
                emit(start..start + before);
                emit(start + at..end);
            }
            None => emit(start..end),
        }
    }
}

/// `... bersih," ungkapnya (red)`, `... 28 persen” tambah Kartiyus (Red/tim)`, `... Jayapura.
/// *** (Imelda)` (tune-46, tune-69, tune-71): the desk's code closing the paragraph, set apart
/// from the last sentence by a space where the sentence lost its stop, or after the end mark.
/// A code signs the story off and is never part of a sentence. Where the code starts, and where
/// the sentence before it ends.
fn closing_code(last: &str) -> Option<(usize, usize)> {
    let body = last.strip_suffix('.').unwrap_or(last);
    if !body.ends_with([')', ']']) {
        return None;
    }
    let open = body.rfind(['(', '['])?;
    let code = &body[open..];
    // A mark typed before the code (`*** (Imelda)`, `***(fat)`) signs off with it.
    let head = last[..open].trim_end();
    let stars = head.len() - head.trim_end_matches('*').len();
    let at = if stars >= 3 { head.len() - stars } else { open };
    let signed = &last[at..body.len()];
    // `(Red/tim)`: the initials of the desk may be capitalised where they are joined.
    // A credit set apart by spaces around its slash (`(Erik / Cepos)`, a photo's) is no code.
    let lowered = (code.contains('/') && !code.contains(' ')).then(|| code.to_lowercase());
    let is_code = super::news::is_reporter_code(signed)
        || lowered.is_some_and(|c| super::news::is_reporter_code(&c));
    let before = last[..at].trim_end();
    // `... berwarna merah (red).`: a stop after the brackets closes a sentence that holds
    // them (a gloss, an acronym); only after the end mark is the stop the code's own.
    let stopped = body.len() < last.len();
    let apart = stars >= 3 || (!stopped && last[..at].ends_with(char::is_whitespace));
    // The sentence before is one of running text, six words or more: a photo's caption
    // keeps its credit (`Manisan rumput laut (dokpri)`, `foto: Jakarta Fair 2022 (liputan6)`).
    (is_code && apart && before.split_whitespace().nth(5).is_some()).then_some((before.len(), at))
}

/// The offset of the first `…` (E2 80 A6) at or after `from`: its lead byte found with memchr,
/// which is cheaper than setting up a substring search for every paragraph.
fn find_ellipsis(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr_iter(0xe2, &bytes[from..])
        .map(|o| from + o)
        .find(|&at| bytes[at + 1..].starts_with(&[0x80, 0xa6]))
}

/// What a terminator run consists of.
#[derive(Clone, Copy)]
struct Run {
    end: usize,
    dots: usize,
    marks: usize,
    ellipsis: bool,
}

fn terminator_run(text: &str, from: usize) -> Run {
    let mut run = Run {
        end: from,
        dots: 0,
        marks: 0,
        ellipsis: false,
    };
    // Bytes, not characters: every terminator is ASCII but `…` (E2 80 A6).
    let bytes = text.as_bytes();
    loop {
        match bytes.get(run.end) {
            Some(b'.') => run.dots += 1,
            Some(b'!' | b'?') => run.marks += 1,
            Some(0xe2) if bytes[run.end + 1..].starts_with(&[0x80, 0xa6]) => {
                run.ellipsis = true;
                run.end += 2;
            }
            _ => break,
        }
        run.end += 1;
    }
    // An ellipsis is three dots (PUEBI, *tanda elipsis*); two are a full stop typed twice
    // (`lahir 10 Februari 1981.. Zulkarnain adalah ...`, UD GSD train-s2658), decided as one.
    if run.dots >= 3 {
        run.ellipsis = true;
    }
    run
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '›' | '}')
}

fn is_opener(c: char) -> bool {
    // `` `` `` opens a quotation in text typed for TeX and in the treebanks made from it.
    matches!(
        c,
        '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '‹' | '„' | '`'
    )
}

/// Offset of the first non-whitespace character at or after `from`.
pub(crate) fn skip_whitespace(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            // `is_ascii_whitespace` leaves out vertical tab, which `char::is_whitespace` and
            // `trim` count: use the same definition everywhere.
            if !(b.is_ascii_whitespace() || b == 0x0b) {
                return i;
            }
            i += 1;
        } else {
            let c = text[i..].chars().next().unwrap_or('x');
            if !c.is_whitespace() {
                return i;
            }
            i += c.len_utf8();
        }
    }
    i
}

/// The word after `from`, without opening punctuation and trailing commas or colons.
fn word_at(text: &str, from: usize) -> &str {
    let rest = &text[from..];
    let rest = rest.trim_start_matches(is_opener);
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    rest[..end].trim_end_matches([',', ';', ':', '!', '?', ')', '"', '”', '’'])
}

/// A candidate sentence end: the terminator run at `term_start` of the sentence begun at
/// `sentence_start`, whether closing quotes or brackets followed it, and where the next text
/// begins.
#[derive(Clone, Copy)]
struct Stop<'a> {
    text: &'a str,
    sentence_start: usize,
    term_start: usize,
    run: Run,
    closers: bool,
    next: usize,
}

fn should_break(stop: Stop<'_>) -> bool {
    let Stop {
        text,
        sentence_start,
        term_start,
        run,
        closers,
        next,
    } = stop;
    let Some(c) = text[next..].chars().next() else {
        return false;
    };
    // `tempat. âDiduga ...`: a curly quote (E2 80 9C) read as Latin-1 by a scraper and its two
    // control characters dropped leaves `â` glued to the quote's first word. No Indonesian word
    // starts with `â` and a capital, so before one it is the opening quote it stood for.
    let mojibake_quote = c == 'â'
        && text[next + c.len_utf8()..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    // `... direbus hingga masak. […]Read More` (tune-50): the mark a listing page sets where it
    // cut a post's excerpt belongs to the text it cut; no sentence opens with it.
    if text[next..].starts_with("[…]") || text[next..].starts_with("[...]") {
        return false;
    }
    if bracketed_label(text, term_start, next) {
        return false;
    }
    if c.is_lowercase() && !mojibake_quote {
        // `... tandas AKBP Shinto. tom/gal` (tune-50): the editors' initials joined by a slash
        // close the story without their brackets; no sentence is one such token.
        // `... belum terealisasi. liputan6.com` (tune-55): the source's domain alone after the
        // story's last stop, as a reporter's code closes a story; no sentence is a domain.
        let rest = text[next..].trim_end();
        let plain = plain_word_stop(stop);
        let source = plain
            && rest.len() <= 40
            && !rest.contains(char::is_whitespace)
            && super::news::is_domain(rest);
        // `Tanaman sawit dirusak kawanan gajah liar. foto: ist.` (tune-62): a picture's credit
        // under its label in lower case closes the caption, as `Foto: ...` does.
        let credit = plain
            && (rest.starts_with("foto:") || rest.starts_with("foto :"))
            && rest.split_whitespace().nth(6).is_none();
        return source || credit || bare_code(&text[next..]) || lower_case_start(stop);
    }
    // `... pungkasnya. Â`: a no-break space (C2 A0) read as Latin-1 leaves `Â` behind; alone at
    // the paragraph's end it is a stray space, no sentence.
    if c == 'Â' && text[next + c.len_utf8()..].trim().is_empty() {
        return false;
    }
    // `... masakan Nusantara. ”Saya tidak tahu ...`: Kompas.id (and typists whose keyboard
    // gives one shape) open a quotation with the right-hand mark too. A closing mark follows
    // the word it closes with no space; after a sentence end and a space, a mark glued to a
    // capitalised word opens a quotation, whatever its shape.
    // The single right-hand mark, alone or doubled for a double quote (`e-peken. ’’Ini
    // terbukti ...`, Nusantara7 in tests/data/news-unseen/tune-16.txt), opens one the same way.
    let right_mark_opens = matches!(c, '”' | '’')
        && text[next..]
            .chars()
            .find(|&m| !matches!(m, '”' | '’'))
            .is_some_and(char::is_uppercase);
    // `... dirawat bersama. ” Ciri khas ...` (tune-131, tune-148, tune-169, tune-181): the mark
    // set apart on both sides, with no quotation open before it to close (a quotation open
    // is closed by [`split_each`]), can only open the next one, unless a reporting verb
    // follows it: that is the attribution of a quotation opened in an earlier paragraph.
    let spaced_mark_opens = !closers && matches!(c, '”' | '’') && {
        let after = text[next..].trim_start_matches(['”', '’']);
        let word = text.len() - after.trim_start().len();
        after.starts_with(char::is_whitespace)
            && text[word..].starts_with(char::is_uppercase)
            && !attribution_after_quote(text, word)
    };
    // `... tercapai sesuai harapan. \"Tahun 2019 ini, ...`: a quote mark escaped with a
    // backslash, as a page's JSON keeps it when a scraper copies it raw; the backslash is no
    // word, and the mark after it opens a quotation as a bare one would.
    let escaped_quote = c == '\\' && text[next + 1..].starts_with(['"', '\'']);
    let opener =
        is_opener(c) || mojibake_quote || right_mark_opens || spaced_mark_opens || escaped_quote;
    // `... di Kota Medan. /Instagram/@akun`: the credit line of a picture in the style of the
    // Pikiran Rakyat network opens with a slash; no sentence starts with one, so after a full
    // stop a slash and a capital start a credit, not a continuation.
    let slash_credit = c == '/'
        && text[next + 1..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    // `... kenaikan harga. <span;>Salah satunya ...`: a scraper left an HTML tag where the
    // page had markup. A tag is no word: the word after it decides, as after a quote mark.
    let tag_opens = c == '<' && {
        let rest = &text[next..];
        rest.find('>').is_some_and(|e| {
            e < 40
                && !rest[..e].contains(char::is_whitespace)
                && rest[e + 1..].chars().next().is_some_and(char::is_uppercase)
        })
    };
    if (c == '*' && closing_bracket(&text[next..])) || (c == '-' && dashed_credit(&text[next..])) {
        return true;
    }
    // `... tidak teraliri air. / Nailin Fauziah` aside, a dash set apart after a full stop opens
    // what follows the sentence: a credit (`... Muara Uya. - Foto : Dok`, `... Aliyah. – iq`,
    // tune-76, tune-91), a list's item or a heading's mark (`... membabi buta. - agak boros`, UD
    // GSD dev; `... 1990. - - firman TUHAN - -`, train-s3585); no sentence goes on after its stop
    // with a dash. Not after `!` or `?` (a title's site suffix: `... di SPBU! - CNBC Indonesia`)
    // nor after a closing quote (an attribution: `... berdampak." — Bupati Badung`).
    if matches!(c, '-' | '–' | '—') && !closers && run.dots == 1 && run.marks == 0 && next > run.end
    {
        return true;
    }
    // `... di kecamatan Cibal. * Direktorat Akreditasi ... * Direktorat Kearsipan ...`, `...
    // pada tahun 1802. · Orang yang ...` (UD GSD train-s241, train-s117): a bullet set apart
    // before a capital opens a list's item, as `•` does.
    let bullet = c == '•'
        || (matches!(c, '*' | '·')
            && text[next + c.len_utf8()..]
                .strip_prefix(' ')
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase));
    if !(c.is_uppercase() || c.is_ascii_digit() || opener || bullet || slash_credit || tag_opens) {
        return false;
    }
    // A reporter code opens with a bracket: only then is the token cut out and looked at.
    if c == '(' || c == '[' {
        let token = text[next..].split(char::is_whitespace).next().unwrap_or("");
        if super::news::is_reporter_code(token.trim_end_matches('.'))
            || closing_bracket(&text[next..])
        {
            return true;
        }
    }
    if opener && !mojibake_quote {
        // `ini? '" ujar Pall`, or a stray quote closing the paragraph: what the quotes open
        // must start like a sentence.
        let first = text[next..]
            .chars()
            .find(|&c| !(is_opener(c) || is_closer(c) || c.is_whitespace() || c == '\\'));
        if first.is_none_or(char::is_lowercase) {
            // `... sudah luar biasa. “saya mendapat telpon ...` (tune-36): the left-hand double
            // mark only opens, so after a plain word's full stop it opens a quotation, a new
            // sentence, whatever the case of its first word (a straight mark may close).
            // The left-hand single mark only opens too, alone or doubled for a double one
            // (`bersyukur. ‘’ mudah-mudahan ...`, tune-178).
            return matches!(c, '“' | '‘') && first.is_some() && plain_word_stop(stop);
        }
    }
    // The next word is cut out only where a rule below asks for it.
    let next_word = || word_at(text, next);
    if run.ellipsis && run.marks == 0 {
        return opener || abbrev::is_sentence_starter(next_word());
    }
    // `... panen padi melimpah”. Tutur Sutarno` (tune-148, tune-186): a typist may set the stop
    // after the closing mark; the bare verb before the speaker's name still attributes the
    // quotation (5 of 5 such in the tuning gold), where a lone `”. Ujarnya.` is read as its own
    // sentence (2 of 3).
    let closed_quote = if closers {
        ends_with_quote(&text[run.end..next])
    } else {
        run.dots == 1
            && run.marks == 0
            && text[..term_start].ends_with(['”', '"'])
            && !word_at(text, next).trim_end_matches('.').ends_with("nya")
    };
    if closed_quote && attribution_after_quote(text, next) {
        return false;
    }
    if run.marks > 0 {
        return true;
    }
    // `kepada POS-KUPANG. COM, Minggu`, `MEDAN // DeteksiNusantara. Com.` (tune-37, tune-46): an
    // outlet's domain typed with a space before its last label. `com` is no Indonesian word and
    // opens no sentence; closed at once by a comma or stop, it is the domain's end. (Other
    // labels are words too: `TV, radio ...`, `Net foreign sell ...`.)
    if let Some(label) = text[next..].get(..3) {
        let closed = text[next + 3..].starts_with([',', '.', ')', ':']);
        if closed && label.eq_ignore_ascii_case("com") {
            return false;
        }
    }
    // A single full stop: decide by the word before it.
    let word_start = word_start(text, sentence_start, term_start);
    let word = &text[word_start..term_start];
    // No opener is a letter or digit: a word that starts with one is kept without the trim.
    // `Nila .F. Moeloek`: a stop typed before an initial as well as after it is a slip, and
    // the initial is still one (a word never starts with a stop). `oleh *Plt. Kepala
    // Bapperida*` (tune-151): a page's markdown emphasis left on the word is no part of it.
    let word = if word
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        word
    } else {
        word.trim_start_matches(|c| is_opener(c) || c == '.' || c == '*')
    };
    if word.is_empty() {
        return true;
    }
    if list_number_stop(stop) {
        return false;
    }
    // `(I Kor. 14: 27; II Kor. 7: 7)`, `(Dan. 7: 13 - 14)` (UD GSD train-s2203, train-s2252):
    // a book of scripture cut short before its chapter and verse. No sentence opens with a
    // chapter and verse, and the cut name is no word (`Dan` is also "and").
    if c.is_ascii_digit() && cut_name(word) && chapter_and_verse(&text[next..]) {
        return false;
    }
    // `meraih 6.515. 313 suara`, `Rp. 1.157. 550.000` (UD GSD train-s: four in train d-j): a
    // number grouped by thousands, a space typed after one group's stop. The stop after a
    // grouped number and three bare digits after it are the next group: a sentence opening
    // with a figure writes it whole, and the tuning gold has no boundary so placed.
    if c.is_ascii_digit() && thousands_cut(word, &text[next..]) {
        return false;
    }
    // `Bupati Banggai Kepulauan, Ihsan Basir. SH.LL.M, agar menegur ...` (tune-80): a stop
    // typed for the comma between a name and its degrees. No sentence opens with an academic
    // degree; only dotted forms count (`SE` alone may be a *surat edaran*, a circular).
    if super::news::opens_capitalised(word)
        && (degrees_follow(&text[next..]) || closing_degree(&text[next..]))
    {
        return false;
    }
    // One lookup in the list per candidate stop.
    // `Mukhlis Basri, M.M.-Drs. H. Makmur Azhari` (tune-49): a pair of names joined by a
    // hyphen (a regent and a deputy standing together) leaves the second one's title glued to
    // the first's degree; the title still stands before a name.
    // `BNP/Dok. Desaku Indonesia` (tune-52): a picture's credit joins its parts by a slash, and
    // the last part is the title before the name.
    let class = title_class(word).or_else(|| {
        let (_, tail) = word.rsplit_once(['-', '/'])?;
        title_class(tail).filter(|c| *c == abbrev::Class::Title)
    });
    if closers {
        // `(E. hemisphaerica (Bl.) RM Smith)`: a title closed in brackets. A title never ends
        // a sentence, so the stop inside the bracket is its own; a sentence ending there
        // would put its own stop after the bracket.
        let closed_by_bracket = text[run.end..next]
            .trim_end()
            .chars()
            .all(|c| matches!(c, ')' | ']'));
        return !(closed_by_bracket && class == Some(abbrev::Class::Title));
    }
    // `... bulan suci Ramadhan 1444 H. Insyaallah ...` (tests/data/news-unseen/tune-25.txt):
    // after a Hijri year (13xx, 14xx) `H` is the era, not the title Haji, which comes before a
    // name and never after a year.
    let hijri = word == "H" && {
        let year = text[sentence_start..word_start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        year.len() == 4
            && (year.starts_with("13") || year.starts_with("14"))
            && year.bytes().all(|b| b.is_ascii_digit())
    };
    // `Rp.50.000.000-Rp. 90.000` (tune-86): a range of sums, the second with its own `Rp.`
    let rupiah = word == "Rp" || word.ends_with("-Rp");
    if (class == Some(abbrev::Class::Title) && !hijri) || rupiah {
        // `... tersebar di 49 RT. Dari 84 dasawisma ...` (tune-84): a title stands before a
        // name, number or place, and no name is a pronoun or conjunction; before one, the
        // abbreviation closed the sentence.
        return c.is_uppercase() && starter_not_name(next_word());
    }
    if c == '('
        && (class.is_some() || is_dotted_abbreviation(word))
        && aside_then_lower_case(text, next)
    {
        return false;
    }
    if class == Some(abbrev::Class::Noun) {
        return opener || abbrev::is_sentence_starter(next_word());
    }
    if abbrev::is_unlisted_title(word)
        && c.is_uppercase()
        && !abbrev::is_sentence_starter(next_word())
    {
        // `Tb. Hasanuddin`, `Bl. M`: a vowel-less title-case form before a name.
        return false;
    }
    // `PS. Hizbul Wathan` (a club's list in tune-52): no sentence is one acronym alone, so
    // capitals and a stop that open a sentence, before a capitalised word that does not plainly
    // start one, are an abbreviated title of the name after them.
    if (2..=4).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && text[sentence_start..word_start]
            .chars()
            .all(|c| c.is_whitespace() || is_opener(c))
        && c.is_uppercase()
        && !abbrev::is_sentence_starter(next_word())
    {
        return false;
    }
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        // An initial (`H. M. Tauhid`, `Susilo B. Yudhoyono`) or a list letter (`a. ...`), but
        // not a unit or era after a number (`2 C.`, `abad ke-6 M.`), nor the letter that labels
        // a noun (`vitamin A.`, `Grup B.`), which ends a sentence as a number would.
        let before = text[sentence_start..word_start].trim_end();
        let after_number = before.ends_with(|c: char| c.is_ascii_digit());
        let label = before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| abbrev::takes_letter_label(w.trim_start_matches(is_opener)));
        // `1000 Mbit / s.` (UD GSD train-s231): a letter after a slash is a unit's denominator.
        let unit = first.is_lowercase() && before.ends_with('/');
        // `... pada OSN X. Pada ...`, `... yang disediakan X. Kami ...` (tune-45, tune-15): no
        // name goes on with a pronoun or conjunction, so before one the letter closed it.
        let closes = c.is_uppercase() && starter_not_name(next_word());
        // `... aksara kanji 佐々木 功. Balongmojo ...` (UD GSD train-s621): an initial is a
        // Latin letter; a Chinese or Japanese character is a whole word.
        let latin = first.is_alphabetic() && (first as u32) < 0x250;
        if latin && !after_number && !label && !unit && !closes {
            return false;
        }
    }
    if word.bytes().all(|b| b.is_ascii_digit()) && word.len() <= 2 {
        // `1. Ekonomi` at the start of a list, or `... sebagai berikut: 1. ...`, or after a
        // comma (`Keempat Ranperda tersebut adalah, 1. Ranperda tentang ...; 2. ...`,
        // tests/data/news-unseen/tune-36.txt).
        let before = text[sentence_start..word_start].trim_end();
        // `Tarif pergi ialah RM 18, 00. Terkesan ...` (UD GSD train-s3368): a sum's cents
        // after a comma typed apart; no list is numbered from naught.
        let cents = word.starts_with('0');
        if before.is_empty()
            || (before.ends_with([':', ';', ',']) && !cents)
            || time_with_a_space(before, &text[next..])
            || counts_on(before, word)
        {
            return false;
        }
    }
    if class == Some(abbrev::Class::ListEnd) {
        // `Sampoerna Packaging Asia Pte. Ltd.`, `Printing Co. Ltd.`: a company form followed by
        // another is one name; a sentence would not start with `Ltd.`. Nor with `C/O` (care
        // of): an address that follows a name (`Holdings Ltd. C/O PT Ciptadana`).
        let following = next_word();
        let care_of = following.len() == 3 && following.eq_ignore_ascii_case("c/o");
        return !(care_of || abbrev::is_company_form(following.trim_end_matches('.')));
    }
    if class == Some(abbrev::Class::Degree) {
        // `Budi, S.H. M.H. mengatakan` continues; `..., S.H. Ia ...` is a new sentence.
        // A degree is set off from the name by a comma (PUEBI: a comma stands between a name
        // and the academic title after it); right after a name, the same letters are the
        // name's initials (`AKBP Aditya S.P. Sembiring`, tests/data/news-unseen/tune-25.txt),
        // and a name goes on unless a sentence plainly starts.
        let before = text[sentence_start..word_start].trim_end();
        let after_name = before.rsplit(char::is_whitespace).next().is_some_and(|w| {
            super::news::opens_capitalised(w) && w.chars().all(char::is_alphabetic)
        });
        if after_name && !abbrev::is_sentence_starter(next_word()) {
            return false;
        }
        // `Rahmat Triyono, S.T., Dipl. Seis., M.Sc.` (tune-49): a capitalised word closed by a
        // stop and a comma is one more abbreviated degree of the list; a sentence's first word
        // is not abbreviated and set off at once.
        let raw = text[next..].split(char::is_whitespace).next().unwrap_or("");
        if raw.len() <= 10 && raw.ends_with(".,") && raw.starts_with(char::is_uppercase) {
            return false;
        }
        // `Bupati Tolikara Usman G. Wanimbo, SE. M.Si menyerahkan ...` (tune-104): the next
        // degree, dotted inside, goes on the list even without its own final stop.
        if degrees_follow(&text[next..]) {
            return false;
        }
        // `Ibu Hj. Suhartatiningsih, S.Pd. MM` (tune-100): an undotted degree that closes the
        // paragraph or is set off by a comma ends the list; no sentence is that word alone.
        let bare = raw.trim_end_matches(['.', ',']);
        let closes = raw.ends_with(',') || text[next + raw.len()..].trim().is_empty();
        if closes && !bare.contains('.') && abbrev::is_degree(bare) {
            return false;
        }
        return !looks_like_abbreviation(next_word());
    }
    if is_dotted_abbreviation(word) {
        // `A.S.`, `U.S.`, `B.C.`: mostly inside a sentence; end one only before a clear start.
        return opener || abbrev::is_sentence_starter(next_word());
    }
    true
}

/// A word that opens a sentence and is no name after a title or an initial: the sentence
/// starters less `Lalu`, the Sasak noble title (`H. Lalu Firman Wijaya`, Lombok news), and
/// `Salah`, a surname (`M. Salah`).
fn starter_not_name(word: &str) -> bool {
    abbrev::is_sentence_starter(word) && !matches!(word, "Lalu" | "Salah")
}

/// `... lancar.” Ucapnya sambil pergi`, `"...?” Ujarnya`: the reporting verb at `next`, after a
/// closed quotation, is its attribution, part of the quotation's sentence, even when a typist
/// capitalises it. Only the `-nya` forms (`Ucapnya`, `Katanya`, `Ujarnya`): a bare `Kata` or
/// `Jelas` may open a sentence of its own.
fn attribution_after_quote(text: &str, next: usize) -> bool {
    if !text[next..].starts_with(char::is_uppercase) {
        return false;
    }
    // `Menurutnya, ...` and `Katanya, ...` (reportedly) open a sentence: a word set off by a
    // comma, or `menurut` (a preposition), is no attribution.
    let raw = text[next..].split(char::is_whitespace).next().unwrap_or("");
    // `... semakin kompak.” Tambahnya.` (tune-51): the attribution may close the paragraph
    // with its own stop.
    let word = word_at(text, next).trim_end_matches('.');
    let Some(root) = word.strip_suffix("nya") else {
        // `... di berbagai bidang.” Tambah Kintoko`, `... nanti.” Ujar Masiyo Yoyok` (tune-41,
        // tune-47): the bare verb before the speaker's name, for the verbs that never open a
        // sentence of their own (`Kata`, `Jelas` may: `Kata itu ...`). In the tuning gold 6
        // of 7 such attributions stay with their quotation. `Ungkap`, `Keluh`, `Lanjut`
        // (tune-173, tune-149, tune-194, tune-198: 7 of 7 stay in the gold) report as the
        // others do; before a capitalised name none of them opens a sentence.
        const ONLY_REPORTING: [&str; 10] = [
            "ujar", "ucap", "tutur", "imbuh", "tandas", "pungkas", "tambah", "ungkap", "keluh",
            "lanjut",
        ];
        let name = text[next + raw.len()..]
            .trim_start()
            .starts_with(char::is_uppercase);
        return !raw.ends_with(',')
            && name
            && ONLY_REPORTING.iter().any(|v| v.eq_ignore_ascii_case(word));
    };
    !raw.ends_with(',')
        && !root.eq_ignore_ascii_case("menurut")
        && crate::text::REPORTING_VERBS
            .iter()
            .any(|v| v.eq_ignore_ascii_case(root))
}

/// [`should_break`]'s number cut by a space after a thousands group: `word` is a number
/// grouped by thousands (`6.515`, `1.157`) and `rest` opens with three digits and no more.
fn thousands_cut(word: &str, rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits == 3 && crate::text::numbers::is_dot_grouped_integer(word)
}

/// `Pukul 07. 26 wib`: a time typed with a space after its stop. Two digits after `pukul` or
/// `jam` and a stop, then two more, are hours and minutes, never a sentence's end. `before` is
/// the sentence up to the hour, `after` the text from the minutes on.
fn time_with_a_space(before: &str, after: &str) -> bool {
    let minutes = after.bytes().take_while(u8::is_ascii_digit).count();
    if minutes != 2 || after[2..].starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let hour_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    ["pukul", "jam", "pkl"]
        .iter()
        .any(|w| hour_word.eq_ignore_ascii_case(w))
}

/// The class of an abbreviation as listed, or of a listed title written in capitals (`JL.`,
/// `DR.`, `NO.`: text set in capitals writes its abbreviations so too; only titles, which
/// never end a sentence, are read this way, so an acronym that ends one stays a word), or of a
/// lower-case title capitalised as a credit's or a sentence's first word (`Dok.`, `Hlm.`).
fn title_class(word: &str) -> Option<abbrev::Class> {
    abbrev::class(word).or_else(|| {
        if abbrev::is_ascii_title_case(word) {
            return abbrev::class(&word.to_ascii_lowercase())
                .filter(|&c| c == abbrev::Class::Title);
        }
        let capitals =
            (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
        if !capitals {
            return None;
        }
        let title_case = format!("{}{}", &word[..1], word[1..].to_ascii_lowercase());
        abbrev::class(&title_case).filter(|&c| c == abbrev::Class::Title)
    })
}

/// Whether one terminator, with no closing quote or bracket, follows a lower-case word of four
/// letters or more (three before `?` or `!`) that no list knows as an abbreviation: a stop only
/// a sentence can own.
fn plain_word_stop(stop: Stop<'_>) -> bool {
    single_terminator(stop) && plain_word(stop_word(stop), stop.run)
}

/// One terminator, not an ellipsis, with no closing quote or bracket after it.
fn single_terminator(stop: Stop<'_>) -> bool {
    let run = stop.run;
    !stop.closers && !run.ellipsis && run.dots + run.marks == 1
}

/// The word a stop closes, without the quotes or brackets that open it.
fn stop_word(stop: Stop<'_>) -> &str {
    let word =
        &stop.text[word_start(stop.text, stop.sentence_start, stop.term_start)..stop.term_start];
    word.trim_start_matches(is_opener)
}

/// A lower-case word of four letters or more (three before `?` or `!`) that no list knows as
/// an abbreviation. Three letters do before a stop when two are vowels (`... di danau ini.
/// anda bisa ...`, `... tidak ada. saya ...`, tune-69, tune-82): the short words that close a
/// clause (`ini`, `itu`, `ada`, `dia`) are spelled so, while the unlisted short forms of
/// informal writing drop their vowels (`tsb.`, `dgn.`, `utk.`). A reduplicated or hyphenated
/// compound is a word too, never an abbreviation (`... oleh bapak-bapak. masyarakat ...`,
/// tune-94).
fn plain_word(word: &str, run: Run) -> bool {
    if word.contains('-') && !word.split('-').all(|part| part.chars().count() >= 2) {
        return false;
    }
    let letters = || word.chars().filter(|&c| c != '-');
    let count = letters().count();
    let short_word = || count == 3 && letters().filter(|c| "aeiou".contains(*c)).count() >= 2;
    letters().all(char::is_alphabetic)
        && letters().skip(1).all(char::is_lowercase)
        && (count >= if run.marks > 0 { 3 } else { 4 } || short_word())
        && abbrev::class(word).is_none()
        && abbrev::class(&word.to_lowercase()).is_none()
}

/// `... pada 5 Juni 1879. atau nama kecilnya ...`, `... dari komanya? naskah ...`: a writer
/// who does not capitalise still ends the sentence. A lower-case word after a stop starts a new
/// sentence when nothing else can own the stop: one terminator, no closing quote or bracket
/// (`"Apa?" tanya dia` goes on), after a lower-case word of four letters or more that no list
/// knows as an abbreviation (a stop after `dll`, `tgl`, `cm`, `approx` is the abbreviation's;
/// a `?` or `!` needs three letters), or after a year; and before a word of letters that is no
/// domain's last label (`detik. com`) and, after a year's full stop, opens a clause (a
/// pronoun, a question word, a discourse connective). The general splitters split before any
/// lower-case word here.
fn lower_case_start(stop: Stop<'_>) -> bool {
    let Stop {
        text, run, next, ..
    } = stop;
    if !single_terminator(stop) {
        return false;
    }
    let word = stop_word(stop);
    // `... (sekarang distrik Seongbuk, Seoul). pada tahun 1473, ...` (UD GSD train-s88): the
    // bracket closed an aside opened before it, and the stop after it is the sentence's own, as
    // after the aside's last word (a list number in brackets, `(1).`, is no word).
    let word = match word.strip_suffix(')') {
        Some(inner) if !inner.contains('(') => inner,
        _ => word,
    };
    let lower_word = plain_word(word, run);
    let year = run.dots == 1 && ends_in_year(word);
    if !(lower_word || year) {
        return false;
    }
    let after = &text[next..];
    let len = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    if len < 2 || is_top_level_domain(after) || after[len..].starts_with('.') {
        return false;
    }
    // A whole word's full stop ends the sentence whatever the next word (writers of small
    // sites often do not capitalise: `... naik kelas. berkolaborasi dengan ...`; both readings
    // of the tuning pages split there 15 and 11 times to 3 and 2), except before the relative
    // `yang`, which only continues the noun before it (`dikonsumsi warga. yang diduga`). So
    // does a date's, which closes the clause it dates (`pada Minggu (18/6/2017). rupanya
    // tradisi ...`, `pada bulan Juni 2021. honor keduanya ...`: five such stops in the tuning
    // pages end a sentence), except before `yang` and the words that go on to give the day's
    // hour or the span the date opens (`Senin (25/7/2022). mulai pukul 09.00`, tune-133).
    let word_after = &after[..len];
    const DATE_GOES_ON: [&str; 13] = [
        "yang", "mulai", "pukul", "jam", "sekitar", "pagi", "siang", "sore", "malam", "hingga",
        "sampai", "lalu", "silam",
    ];
    (run.marks > 0 && len >= 3)
        || (lower_word && word_after != "yang")
        || (year && whole_word(after) && !DATE_GOES_ON.contains(&word_after))
        || abbrev::opens_clause_in_lower_case(word_after)
}

/// Whether `after` opens with a word of letters alone, which a comma or a semicolon may close:
/// not a host's first label (`Nunukan, 22 Agustus 2025. pa-nunukan.go.id`, tune-126).
fn whole_word(after: &str) -> bool {
    after
        .split(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ';'])
        .chars()
        .all(char::is_alphabetic)
}

/// `1879`, `06/03/2019`, `UU/1956`, `2019)` (the bracket stripped by the caller): a year of
/// four digits (from 1000 to 2999), alone or as the last part of a date or a reference written
/// with slashes.
fn ends_in_year(word: &str) -> bool {
    let last = word.rsplit('/').next().unwrap_or(word);
    last.len() == 4
        && last.bytes().all(|b| b.is_ascii_digit())
        && (b'1'..=b'2').contains(&last.as_bytes()[0])
        && word[..word.len() - 4]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'/')
}

/// `Masalah itu adalah: 1).Jalan Rusak. 2).Sampah.` (tune-50): a list's number closed by a
/// bracket, with a stop typed after it, is the item's marker. A number in brackets (`ayat
/// (2).`, `Minggu (15 / 12).`) may end a sentence: its bracket closes one opened before it.
fn list_number_stop(stop: Stop<'_>) -> bool {
    let (text, sentence_start, term_start) = (stop.text, stop.sentence_start, stop.term_start);
    let word_start = word_start(text, sentence_start, term_start);
    let Some(number) = text[word_start..term_start].strip_suffix(')') else {
        return false;
    };
    let before = &text[sentence_start..word_start];
    (1..=2).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && before.matches('(').count() <= before.matches(')').count()
}

/// `... yakni, 1. Kampung Katifi 2. Kampung Isusu 3. ...` (tune-108), `... yaitu : 1. Petarung
/// Pawan, 2. Persita A, ...` (tune-84): a list run inline, each number after its item with no
/// stop of its own. The number one below this one, set as a marker earlier in the sentence,
/// makes this one the next marker, not a count closing the sentence.
fn counts_on(before: &str, number: &str) -> bool {
    let Some(previous) = number.parse::<u8>().ok().and_then(|n| n.checked_sub(1)) else {
        return false;
    };
    if previous == 0 {
        return false;
    }
    let marker = format!("{previous}.");
    before.match_indices(&marker).any(|(at, _)| {
        let opens = before[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ':' | ';'));
        let spaced = before[at + marker.len()..].starts_with(char::is_whitespace);
        opens && spaced
    })
}

/// A capitalised word of two to five ASCII letters, as a name cut short is written.
fn cut_name(word: &str) -> bool {
    (2..=5).contains(&word.len()) && abbrev::is_ascii_title_case(word)
}

/// Whether `rest` opens with a chapter and verse: `14: 27`, `9:6`, `7 : 13`.
fn chapter_and_verse(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    let after = rest[digits..].trim_start_matches(' ');
    after
        .strip_prefix(':')
        .map(|v| v.trim_start_matches(' '))
        .is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `rest` opens with a dotted academic degree (`SH.LL.M,`, `S.Pd,`, `M.Si`): the whole
/// token, or its part before the first dot, is a listed degree, and a dot stands inside it.
fn degrees_follow(rest: &str) -> bool {
    let token = rest.split_whitespace().next().unwrap_or("");
    let token = token.trim_end_matches([',', ';']);
    let Some(dot) = token.find('.') else {
        return false;
    };
    dot + 1 < token.len() && (abbrev::is_degree(token) || abbrev::is_degree(&token[..dot]))
}

/// `Kades Naning, Ugun. SH.` (tune-158): one degree, dotted or not, alone to the paragraph's
/// end after a name's stop. No sentence is a degree alone; the stop stood for the comma.
fn closing_degree(rest: &str) -> bool {
    let t = rest.trim_end();
    // No degree is longer than a dozen letters: a long rest is not scanned.
    t.len() <= 16 && !t.contains(char::is_whitespace) && abbrev::is_degree(t.trim_end_matches('.'))
}

/// `tom/gal`: editors' initials in lower case joined by a slash, alone to the paragraph's end.
fn bare_code(rest: &str) -> bool {
    let t = rest.trim_end();
    let parts: Vec<&str> = t.split('/').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (2..=6).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()))
}

/// `LawuPost.Com)`, `KabarViral79.Com`: an outlet's domain written in title case. A
/// domain's last label is not a word that starts a sentence; what follows it is not a letter.
fn is_top_level_domain(rest: &str) -> bool {
    let len = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    (2..=4).contains(&len)
        && ["com", "net", "org", "id", "co", "info", "tv"]
            .iter()
            .any(|tld| rest[..len].eq_ignore_ascii_case(tld))
}

/// `PT Indocement Tunggal Prakasa Tbk. (INTP) menjadi ...`, `Budi, S.H. (45) mengatakan`: after
/// an abbreviation that may end a sentence, a short bracketed aside (a ticker, an age, a short
/// name, a post: `Andini Rizky Saputri, S.Gz. (Ahli Gizi Puskesmas Samboja) sebagai ...`,
/// tune-106) followed by a lower-case word or a comma. The aside belongs to the name before it, and
/// what follows goes on with its sentence, so the stop is the abbreviation's own. (A reporter code closing a
/// paragraph, `(ant)`, has nothing after it.)
fn aside_then_lower_case(text: &str, next: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes[next] != b'(' {
        return false;
    }
    let window = &bytes[next..bytes.len().min(next + 48)];
    let Some(close) = memchr::memchr(b')', window) else {
        return false;
    };
    let after = skip_whitespace(text, next + close + 1);
    // `Co. Ltd. (Jiangsu), perusahaan ...`: a comma after the aside goes on with the sentence
    // the name is in, as a lower-case word does.
    text[next + close + 1..].starts_with([',', ';'])
        || (after > next + close + 1 && text[after..].starts_with(char::is_lowercase))
}

/// Where the word that ends at `end` starts: after the last whitespace in
/// `text[from..end]`, or at `from`. Words are ASCII nearly always, so bytes are looked at from
/// the end, and characters only once a non-ASCII byte is met.
fn word_start(text: &str, from: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = end;
    // Eight ASCII bytes at a time first: a word is found in one or two steps.
    while i >= from + 8 {
        let x = u64::from_le_bytes(bytes[i - 8..i].try_into().unwrap_or([0x80; 8]));
        if x & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        let spaces = super::news::ascii_spaces(x);
        if spaces != 0 {
            // The last whitespace byte of the eight.
            return i - 8 + (63 - spaces.leading_zeros() as usize) / 8 + 1;
        }
        i -= 8;
    }
    while i > from {
        let b = bytes[i - 1];
        if !b.is_ascii() {
            return text[from..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(from, |(p, c)| from + p + c.len_utf8());
        }
        // `char::is_whitespace` on ASCII: tab to carriage return, and space.
        if matches!(b, b'\t'..=b'\r' | b' ') {
            return i;
        }
        i -= 1;
    }
    from
}

/// A sentence end with no space after it, as scrapers leave when they drop a line break or an
/// element between paragraphs (`Senin (3/12/2022).Menurut dia`, `kata Budi.Ia menambahkan`):
/// one terminator, then a capitalised word (a capital and a lower-case letter, so not `S.H.`,
/// `Kompas.com` or `9.000`), after a closing bracket or quote, a year, or a word of three or
/// more letters that is no abbreviation (`M.Si`, `Prof.Dr`, `Jln.Merdeka` stay whole). A
/// lower-case word after the stop never starts a sentence.
fn glued_boundary(stop: Stop<'_>) -> bool {
    let (text, run) = (stop.text, stop.run);
    let (sentence_start, term_start) = (stop.sentence_start, stop.term_start);
    if run.ellipsis
        || run.dots + run.marks != 1
        || term_start <= sentence_start
        || list_number_stop(stop)
    {
        return false;
    }
    // `... sesuai hukum yang berlaku.(jejakrekam)`, `jelasnya.(oz)`, `kemarin.[FHS-NAL]`: the
    // editor's code closing a story, glued on by the scraper. A code is never part of the sentence before it.
    let rest = &text[stop.next..];
    if rest.starts_with('-') && dashed_credit(rest) {
        return true;
    }
    if rest.starts_with(['(', '[', '*']) {
        let token = rest.split(char::is_whitespace).next().unwrap_or("");
        if super::news::is_reporter_code(token.trim_end_matches('.')) || closing_bracket(rest) {
            return true;
        }
    }
    // `... yang dilaporkan oleh masyarakat.ADV` (tune-49): a code in capitals glued to a plain
    // word's stop and closing the paragraph (`ADV` marks an advertorial) is the editor's, as
    // a code in brackets is; no sentence is one initialism.
    if (2..=5).contains(&rest.len())
        && rest.bytes().all(|b| b.is_ascii_uppercase())
        && !is_top_level_domain(rest)
        && plain_word_stop(stop)
    {
        return true;
    }
    if !super::news::opens_capitalised(rest) || is_top_level_domain(rest) {
        return false;
    }
    let before = &text[sentence_start..term_start];
    if stop.closers || before.ends_with(is_closer) {
        return true;
    }
    // `... ditemukan sumber air .Kejadian ini ...` (https://beritakarangasem.blogspot.com,
    // tune-174): a writer who types the space before the stop instead of after it; after a
    // plain lower-case word the stop still ends the sentence (a name's last word before it,
    // `Teluk Kelabat Dalam .Desa Bakit ,ke`, may be a stop typed for a comma).
    let spaced = before.ends_with(char::is_whitespace);
    let word = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_start_matches(is_opener);
    if spaced && !word.starts_with(char::is_lowercase) {
        return false;
    }
    // `rapat paripurna P APBD 2018.Rapat paripurna ...` (tune-35): a year ends a sentence as a
    // word does; a list's number glued to a name (`3.Helena`) has one or two digits.
    if word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) {
        return word.bytes().all(|b| b.is_ascii_digit());
    }
    word.chars().count() >= 3
        && word.chars().all(char::is_alphabetic)
        && word.ends_with(char::is_lowercase)
        && !matches!(
            abbrev::class(word),
            Some(abbrev::Class::Title | abbrev::Class::Degree | abbrev::Class::Noun)
        )
        && !abbrev::is_unlisted_title(word)
}

/// `... Kecamatan Mersam.(Red)`, `... tanpa baju seragam. (budi anshori)`, `... malam. (foto:
/// akmal hafidz/hariankaltim.com)`: after a sentence's stop, a short text in brackets that
/// closes the paragraph is a reporter's or a picture's credit, or an editor's code. An aside in
/// brackets belongs to a sentence only before its stop; after the stop it stands alone. (All 84
/// such brackets in the tuning sets of tests/data/news-unseen are segments of their own.)
/// `rest` starts at the opening bracket.
fn closing_bracket(rest: &str) -> bool {
    // `... Banjir di Samarinda. *(ist)` (tune-29): a star before a credit marks it as one.
    let rest = rest.strip_prefix('*').unwrap_or(rest);
    let close = match rest.as_bytes().first() {
        Some(b'(') => ')',
        Some(b'[') => ']',
        _ => return false,
    };
    let Some(end) = rest.find(close) else {
        return false;
    };
    let inner = &rest[1..end];
    (1..=60).contains(&inner.len())
        && !inner.contains(['(', ')', '[', ']'])
        // `(rs-infoblora) |` (tune-48): a separator the theme set after the credit.
        && rest[end + 1..].chars().all(|c| c.is_whitespace() || c == '|')
}

/// `... kepada warga. -Ahmad Fadilah-` (tune-45), `... pihak berwajib.-(Istimewa)-` (tune-41):
/// the Disway papers set a picture's credit between hyphens after the caption's last stop. A
/// few capitalised words (or a bracket) between two hyphens that close the paragraph are no
/// sentence's continuation. `rest` starts at the first hyphen.
pub(super) fn dashed_credit(rest: &str) -> bool {
    let t = rest.trim_end();
    let Some(inner) = t.strip_prefix('-').and_then(|t| t.strip_suffix('-')) else {
        return false;
    };
    let inner = inner.trim();
    (2..=40).contains(&inner.len())
        && inner.starts_with(|c: char| c.is_uppercase() || c == '(')
        && !inner.contains(['.', '!', '?', '-'])
        && inner.split_whitespace().nth(5).is_none()
}

/// Whether `closers`, one double quote mark (or two apostrophes typed for one) glued between a
/// sentence's stop and the next word, opens the next sentence's quotation rather than closing
/// one in `before`: every quotation opened in `before` is closed there already.
fn opens_next(before: &str, closers: &str) -> bool {
    // `berfungsi.''Seluruh warga ...` (tune-40): two apostrophes typed for a double mark.
    if !matches!(closers, "\"" | "”" | "''") {
        return false;
    }
    !quotation_open(before)
        && before.chars().filter(|&x| x == '"').count() % 2 == 0
        && before.matches("''").count() % 2 == 0
}

/// Whether the closers after a stop (and the space after them) end with a quote mark, before
/// any bracket.
fn ends_with_quote(closers: &str) -> bool {
    closers
        .trim_end()
        .trim_end_matches([')', ']'])
        .ends_with(['"', '”', '’', '\''])
}

/// `(Foto. Istimewa)`, `(Sumber. radio Arki)` (tune-89, tune-92, tune-166): a picture's or a
/// source's label just inside a bracket, a stop typed for its colon, and the bracket closed
/// soon after; no sentence ends with a bracket's first word.
fn bracketed_label(text: &str, term_start: usize, next: usize) -> bool {
    let before = &text[..term_start];
    ["Foto", "Sumber", "Dok", "Gambar", "Photo"]
        .iter()
        .any(|label| {
            before.len() > label.len()
                && before
                    .get(before.len() - label.len()..)
                    .is_some_and(|w| w.eq_ignore_ascii_case(label))
                && before[..before.len() - label.len()].ends_with('(')
        })
        && text[next..].find(')').is_some_and(|close| close < 60)
}

/// Whether a double quotation opened with `“` in `before` is still open.
fn quotation_open(before: &str) -> bool {
    let count = |c: char| before.chars().filter(|&x| x == c).count();
    count('“') > count('”')
}

/// The length of a right-hand double mark (`”`, or `’’` typed for one) opening `rest` and set
/// apart from what follows it by a space.
fn spaced_closing_mark(rest: &str) -> Option<usize> {
    let mark = ["”", "’’"].into_iter().find(|m| rest.starts_with(m))?;
    rest[mark.len()..]
        .starts_with(char::is_whitespace)
        .then_some(mark.len())
}

/// `S.H.`, `M.Si.`, `K.H.`, `a.n.`: short letter groups joined by stops.
#[inline]
fn is_dotted_abbreviation(word: &str) -> bool {
    // Words are short: a byte loop is cheaper here than memchr's set-up.
    word.bytes().any(|b| b == b'.')
        && word.split('.').all(|part| {
            !part.is_empty() && part.len() <= 4 && part.chars().all(char::is_alphabetic)
        })
}

fn looks_like_abbreviation(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('.') else {
        return false;
    };
    abbrev::is_degree(stem)
        || abbrev::is_prefix_abbreviation(stem)
        || is_dotted_abbreviation(stem)
        || stem.chars().count() == 1
}

#[cfg(test)]
mod tests {
    use super::split;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn quotes_with_attribution_stay_whole() {
        let text = "“Hari ini kami bersiap seperti satu kekuatan, satu tentara,” kata Lukashenko. Ia menambahkan instruktur dari kedua negara terus melatih pasukan satu sama lain.";
        assert_eq!(sentences(text).len(), 2);
        let text = "“Apa?” tanya dia. “Kami tidak tahu.” Dia pergi.";
        assert_eq!(
            sentences(text),
            ["“Apa?” tanya dia.", "“Kami tidak tahu.”", "Dia pergi."]
        );
    }

    #[test]
    fn titles_references_and_numbers_do_not_split() {
        let text = "Rapat dipimpin Prof. Dr. Ir. H. M. Tauhid di Jl. Merdeka No. 5, Kab. Bogor, pukul 07.15 WIB dengan biaya Rp. 9.000 per orang. Ia hadir.";
        assert_eq!(sentences(text).len(), 2);
        let text = "Pasien ditangani dr. Reisa, Sp.PD. di RS. Ia sembuh.";
        assert_eq!(sentences(text).len(), 2);
    }

    /// The backward byte scan finds the same word start as `rfind(char::is_whitespace)`.
    #[test]
    fn word_start_as_rfind() {
        for text in [
            "kata dia",
            "dia",
            " dia",
            "harga\u{a0}Rp",
            "Désa Ñusa",
            "“Apa\u{2003}kabar”",
            "dua\tkata\nlagi",
            "café au lait",
            "panjangsekalikatanya",
            "a b c d e f g h i",
            "kata panjangsekalikatanya",
            "Dia berkata bahwa\u{a0}panjangsekalikatanya",
        ]
        .into_iter()
        .map(String::from)
        .chain(
            // A space, tab, no-break space or accented letter at every place of a long word.
            (0..30).flat_map(|at| {
                [" ", "\t", "\u{a0}", "é", "\n"].map(|c| {
                    let mut t = "k".repeat(30);
                    t.insert_str(at, c);
                    t
                })
            }),
        ) {
            let text = text.as_str();
            let want = text.rfind(char::is_whitespace).map_or(0, |p| {
                p + text[p..].chars().next().map_or(1, char::len_utf8)
            });
            assert_eq!(super::word_start(text, 0, text.len()), want, "{text:?}");
        }
    }

    #[test]
    fn degrees_and_dll_can_end_a_sentence() {
        let text = "Kuasa hukumnya adalah Andi Saputra, S.H. M.H. Ia membantah tuduhan itu.";
        assert_eq!(
            sentences(text),
            [
                "Kuasa hukumnya adalah Andi Saputra, S.H. M.H.",
                "Ia membantah tuduhan itu."
            ]
        );
        let text = "Mereka membawa beras, gula, minyak, dll. Bantuan itu dibagikan.";
        assert_eq!(sentences(text).len(), 2);
        let text = "Saham PT Astra International Tbk. naik 2 persen.";
        assert_eq!(sentences(text).len(), 1);
    }
}
