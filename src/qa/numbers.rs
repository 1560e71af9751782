//! The `number` and `time` checks: values, not strings. `9.000` equals `9,000`, `Rp20,3 triliun`
//! equals `IDR 20.3 trillion`, `dua` equals `two` or `2`, `ketiga` equals `third`; `pukul 07.15
//! WIB` equals `7:15 a.m. WIB`.

use super::scan::{self, NumRun};
use super::Hit;
use crate::doc::Severity;
use crate::text::numbers as n;
use std::ops::Range;

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Digits,
    Words,
}

/// A quantity found in a text.
#[derive(Debug, Clone)]
struct Quantity {
    /// Value with any scale word applied (`20,3 triliun` -> 2.03e13).
    value: f64,
    /// Value of the digits alone (`20.3`).
    raw: f64,
    /// Whether a scale word followed.
    scaled: bool,
    form: Form,
    span: Range<usize>,
    text: String,
}

/// A clock time.
#[derive(Debug, Clone)]
struct Time {
    hour: u32,
    minute: u32,
    /// `Some(true)` for p.m., `Some(false)` for a.m.
    pm: Option<bool>,
    zone: Option<&'static str>,
    span: Range<usize>,
    text: String,
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()) + 1e-9
}

const ZONES: &[&str] = &["WIB", "WITA", "WIT"];

/// Whether the run is a clock time in Indonesian text: `07.15`, `11:36`, with `pukul` before it
/// or a zone after it; a dot time without either is still a time when it is not a number.
fn source_time(text: &str, run: &NumRun) -> Option<Time> {
    let prev = scan::prev_word(text, run.span.start);
    let next = scan::next_word(text, run.span.end);
    if !n::is_time(run.raw) {
        // `pukul 10`, `10 pagi`: a whole hour.
        let hour: u32 = run.raw.parse().ok().filter(|h| *h < 24)?;
        let day_part = next
            .as_ref()
            .is_some_and(|(w, _)| matches!(w.as_str(), "pagi" | "siang" | "sore" | "malam"));
        if !day_part && !matches!(prev.as_deref(), Some("pukul" | "pk" | "pkl")) {
            return None;
        }
        let hour = match next.as_ref().map(|(w, _)| w.as_str()) {
            Some("sore" | "malam") if hour < 12 => hour + 12,
            Some("siang") if hour < 6 => hour + 12,
            _ => hour,
        };
        return Some(Time {
            hour,
            minute: 0,
            pm: None,
            zone: None,
            span: run.span.clone(),
            text: run.raw.to_string(),
        });
    }
    let zone = next
        .as_ref()
        .and_then(|(w, _)| ZONES.iter().copied().find(|z| z.eq_ignore_ascii_case(w)));
    let cue = matches!(prev.as_deref(), Some("pukul" | "pk" | "jam" | "pkl")) || zone.is_some();
    if !cue && (run.raw.contains('.') && n::parse_id_number(run.raw).is_some()) {
        return None;
    }
    if !cue && run.raw.contains('.') {
        // `2.30` without `pukul` or a zone: a time only if the minutes look like minutes.
        let (_, m) = run.raw.split_once('.')?;
        if m.len() != 2 {
            return None;
        }
    }
    let (h, m) = run.raw.split_once(['.', ':'])?;
    let end = zone
        .and(next.as_ref().map(|(_, r)| r.end))
        .unwrap_or(run.span.end);
    Some(Time {
        hour: h.parse().ok()?,
        minute: m.parse().ok()?,
        pm: None,
        zone,
        span: run.span.start..end,
        text: text[run.span.start..end].to_string(),
    })
}

/// The a.m./p.m. marker after byte `at` in English text.
fn meridiem(text: &str, at: usize) -> Option<(bool, usize)> {
    let rest = &text[at..];
    let trimmed = rest.trim_start();
    let off = at + rest.len() - trimmed.len();
    let lower = trimmed.to_lowercase();
    for (m, pm) in [
        ("a.m.", false),
        ("p.m.", true),
        ("a.m", false),
        ("p.m", true),
        ("am", false),
        ("pm", true),
    ] {
        if lower.starts_with(m)
            && !lower[m.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            return Some((pm, off + m.len()));
        }
    }
    None
}

fn target_time(text: &str, run: &NumRun) -> Option<Time> {
    let mer = meridiem(text, run.span.end);
    let (h, m) = if n::is_time(run.raw) && (run.raw.contains(':') || mer.is_some()) {
        let (h, m) = run.raw.split_once(['.', ':'])?;
        (h.parse().ok()?, m.parse().ok()?)
    } else if mer.is_some() && run.raw.bytes().all(|b| b.is_ascii_digit()) && run.raw.len() <= 2 {
        (run.raw.parse().ok()?, 0)
    } else {
        return None;
    };
    let end = mer.map_or(run.span.end, |(_, e)| e);
    Some(Time {
        hour: h,
        minute: m,
        pm: mer.map(|(pm, _)| pm),
        zone: None,
        span: run.span.start..end,
        text: text[run.span.start..end].to_string(),
    })
}

/// Quantities and times in the Indonesian source.
fn source_values(text: &str) -> (Vec<Quantity>, Vec<Time>) {
    let mut qs = Vec::new();
    let mut times = Vec::new();
    for run in scan::num_runs(text) {
        if run.raw.contains('/') {
            continue; // dates: the `date` check
        }
        if let Some(t) = source_time(text, &run) {
            times.push(t);
            continue;
        }
        if run.raw.contains(':') {
            continue;
        }
        let Some(raw) = n::parse_id_number(run.raw).or_else(|| n::parse_en_number(run.raw)) else {
            continue;
        };
        let mut value = raw;
        let mut end = run.span.end;
        let mut scaled = false;
        if !run.percent {
            if let Some((w, r)) = scan::next_word(text, run.span.end) {
                if let Some(s) = n::scale_word(&w) {
                    value = raw * s.factor;
                    end = r.end;
                    scaled = true;
                }
            }
        }
        let start = if run.currency {
            // Include the symbol in the span shown to the reader.
            text[..run.span.start]
                .char_indices()
                .rev()
                .take_while(|(_, c)| !c.is_whitespace() && *c != '(')
                .last()
                .map_or(run.span.start, |(k, _)| k)
        } else {
            run.span.start
        };
        qs.push(Quantity {
            value,
            raw,
            scaled,
            form: Form::Digits,
            span: start..end,
            text: text[start..end].to_string(),
        });
    }
    let words = scan::words(text);
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        // Capitalised number words are names as often as not (`Lima`, `Tiga Serangkai`).
        if k > 0 && w.text.starts_with(|c: char| c.is_uppercase()) {
            k += 1;
            continue;
        }
        if let Some(v) = n::id_ordinal(w.text) {
            if !w.text.contains('-') {
                qs.push(word_quantity(text, v, false, w.start..w.end));
            }
            k += 1;
            continue;
        }
        let rest: Vec<&str> = words[k..].iter().take(6).map(|w| w.text).collect();
        if rest.starts_with(&["satu", "sama", "lain"]) {
            // `satu sama lain`: "each other".
            k += 3;
            continue;
        }
        if let Some((v, used)) = n::parse_id_words(&rest) {
            let end = words[k + used - 1].end;
            let scaled = used > 1 && rest[..used].iter().any(|w| n::scale_word(w).is_some());
            qs.push(word_quantity(text, v, scaled, w.start..end));
            k += used;
            continue;
        }
        k += 1;
    }
    (qs, times)
}

fn word_quantity(text: &str, v: f64, scaled: bool, span: Range<usize>) -> Quantity {
    Quantity {
        value: v,
        raw: v,
        scaled,
        form: Form::Words,
        text: text[span.clone()].to_string(),
        span,
    }
}

/// A number left in Indonesian notation in the English.
struct Leftover {
    span: Range<usize>,
    text: String,
    value: f64,
}

/// Quantities, times and Indonesian-notation leftovers in the English target.
fn target_values(text: &str) -> (Vec<Quantity>, Vec<Time>, Vec<Leftover>) {
    let mut qs = Vec::new();
    let mut times = Vec::new();
    let mut left = Vec::new();
    for run in scan::num_runs(text) {
        if run.raw.contains('/') {
            continue;
        }
        if let Some(t) = target_time(text, &run) {
            times.push(t);
            continue;
        }
        if run.raw.contains(':') {
            continue;
        }
        if n::is_time(run.raw) {
            // `6.30`, `23.45`: British dot times; also kept as a number below.
            let (h, m) = run.raw.split_once('.').unwrap_or(("", ""));
            if let (Ok(hour), Ok(minute)) = (h.parse(), m.parse()) {
                times.push(Time {
                    hour,
                    minute,
                    pm: None,
                    zone: None,
                    span: run.span.clone(),
                    text: run.raw.to_string(),
                });
            }
        }
        let raw = if n::is_indonesian_format(run.raw) {
            let Some(v) = n::parse_id_number(run.raw) else {
                continue;
            };
            left.push(Leftover {
                span: run.span.clone(),
                text: run.raw.to_string(),
                value: v,
            });
            v
        } else if let Some(v) = n::parse_en_number(run.raw) {
            v
        } else {
            continue;
        };
        let mut value = raw;
        let mut scaled = false;
        if let Some((w, _)) = scan::next_word(text, run.span.end) {
            if let Some(f) = n::scale_word_en(&w).or(match w.as_str() {
                "bn" => Some(1e9),
                "tn" => Some(1e12),
                _ => None,
            }) {
                value = raw * f;
                scaled = true;
            }
        } else if let Some(suffix) = text[run.span.end..].get(..2) {
            // Glued `20.3bn`, `5m`.
            let f = match suffix {
                "bn" => Some(1e9),
                "tn" => Some(1e12),
                _ => None,
            };
            if let Some(f) = f {
                value = raw * f;
                scaled = true;
            }
        }
        qs.push(Quantity {
            value,
            raw,
            scaled,
            form: Form::Digits,
            span: run.span.clone(),
            text: run.raw.to_string(),
        });
    }
    // Number words: `two`, `twenty-five`, `three hundred`, `a million`, `both`, `third`; the
    // parts of hyphenated words count too (`two-year-old`, `third-party`).
    let mut words = Vec::new();
    for w in scan::words(text) {
        if w.text.contains('-') && en_word_value(w.text).is_none() {
            let mut at = w.start;
            for part in w.text.split('-') {
                words.push(scan::Word {
                    text: part,
                    start: at,
                    end: at + part.len(),
                });
                at += part.len() + 1;
            }
        } else {
            words.push(w);
        }
    }
    let mut k = 0;
    while k < words.len() {
        let w = words[k].text.to_lowercase();
        let start = words[k].start;
        let mut current = if let Some(v) = en_word_value(&w) {
            k += 1;
            v
        } else {
            k += 1;
            continue;
        };
        let mut total = 0.0;
        let mut end = words[k.min(words.len() - 1)].end;
        let first = current;
        while k < words.len() {
            let lw = words[k].text.to_lowercase();
            if let Some(f) = n::scale_word_en(&lw).filter(|_| !lw.ends_with('s')) {
                if f < 1e3 {
                    current *= f;
                } else {
                    total += current * f;
                    current = 0.0;
                }
            } else if lw == "and" && current >= 100.0 {
                // `three hundred and five`
            } else if let Some(v) = n::en_number_word(&lw).filter(|v| {
                current >= 100.0
                    || (*v < 10.0 && (20.0..100.0).contains(&current) && current % 10.0 == 0.0)
            }) {
                current += v;
            } else {
                break;
            }
            end = words[k].end;
            k += 1;
        }
        let mut value = total + current;
        // `four and a half years` for `4,5 tahun`.
        let half = words.get(k..k + 3).is_some_and(|w| {
            w[0].text.eq_ignore_ascii_case("and")
                && w[1].text.eq_ignore_ascii_case("a")
                && w[2].text.eq_ignore_ascii_case("half")
        });
        if half {
            value += 0.5;
            end = words[k + 2].end;
            k += 3;
        }
        qs.push(Quantity {
            value,
            raw: first,
            scaled: value != first,
            form: Form::Words,
            span: start..end,
            text: text[start..end].to_string(),
        });
    }
    (qs, times, left)
}

/// The value of an English quantity word (`two`, `third`, `both`, `a`).
fn en_word_value(w: &str) -> Option<f64> {
    n::en_quantity_word(w)
}

/// Indonesian month names with their English ones, in calendar order.
const MONTHS: [(&str, &str); 12] = [
    ("januari", "january"),
    ("februari", "february"),
    ("maret", "march"),
    ("april", "april"),
    ("mei", "may"),
    ("juni", "june"),
    ("juli", "july"),
    ("agustus", "august"),
    ("september", "september"),
    ("oktober", "october"),
    ("november", "november"),
    ("desember", "december"),
];

/// A whole number in digits in the range of years of modern news (1900-2100).
fn in_year_range(q: &Quantity) -> bool {
    q.form == Form::Digits && q.value.fract() == 0.0 && (1900.0..=2100.0).contains(&q.value)
}

/// Such a number written as a year (four digits).
fn is_year(q: &Quantity) -> bool {
    in_year_range(q) && q.text.len() == 4
}

/// The year of a date written out (`Senin, 11 November 2019`) whose day and month the English
/// gives without it (`Monday, November 11`).
fn year_left_out(source: &str, target: &str, q: &Quantity) -> bool {
    if !in_year_range(q) {
        return false;
    }
    let before = source[..q.span.start].trim_end().to_lowercase();
    // Only a full date, in digits (`Kamis (14/07/2022)`) or written out (`11 November 2019`):
    // a month and year alone (`Agustus 1969`) need their year. The English must give the same
    // day beside the month.
    let Some((day, month)) = numeric_day_month(&before).or_else(|| written_day_month(&before))
    else {
        return false;
    };
    let (_, en) = MONTHS[month as usize - 1];
    let lower = target.to_lowercase();
    (lower.contains(&format!("{en} {day}"))
        || lower.contains(&format!("{day} {en}"))
        || numeric_date(target, day, month))
        && !gives_a_year(target)
}

/// The day and month of a written-out date whose year follows `before` (`... 11 november` ->
/// 11, 11).
fn written_day_month(before: &str) -> Option<(u32, u32)> {
    let i = MONTHS.iter().position(|(id, _)| before.ends_with(id))?;
    let day = before[..before.len() - MONTHS[i].0.len()]
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .filter(|d| (1..=2).contains(&d.len()))?;
    Some((day.parse().unwrap_or(0), i as u32 + 1))
}

/// Whether the English gives a year of its own: then a year of the source missing from it is
/// a changed year, not one left out. (Standalone: `1717-02/Sinak` is a code, not a year.)
fn gives_a_year(target: &str) -> bool {
    target.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '"'));
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The day and month of a numeric date whose year follows `before` (`... (14/07/` -> 14, 7).
fn numeric_day_month(before: &str) -> Option<(u32, u32)> {
    let rest = before.strip_suffix('/')?;
    let (rest, month) = rest.rsplit_once('/')?;
    let day = rest.rsplit(|c: char| !c.is_ascii_digit()).next()?;
    let (day, month): (u32, u32) = (day.parse().ok()?, month.parse().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month) && month.to_string().len() <= 2)
        .then_some((day, month))
}

/// Whether the English writes the date `day`/`month` in digits without a year: in the US
/// order some English press uses (`Tuesday (03/26)`, the Cabinet Secretariat's style) or day
/// first (`(26/03)`). Which order a reader takes is the date check's to report (an ambiguous
/// one is a warning there); the numbers are in the English either way.
fn numeric_date(target: &str, day: u32, month: u32) -> bool {
    if day == 0 || month == 0 {
        return false;
    }
    scan::num_runs(target).iter().any(|r| {
        let mut parts = r.raw.split('/');
        let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        let (a, b) = (a.parse::<u32>(), b.parse::<u32>());
        (a == Ok(month) && b == Ok(day)) || (a == Ok(day) && b == Ok(month))
    })
}

/// The day of a written-out date (`26 Maret 2024`) that the English gives as a numeric date
/// (`03/26`, `26/03`).
fn day_in_numeric_date(source: &str, target: &str, q: &Quantity) -> bool {
    if q.form != Form::Digits || q.value.fract() != 0.0 || !(1.0..=31.0).contains(&q.value) {
        return false;
    }
    let after = source[q.span.end..].trim_start().to_lowercase();
    MONTHS
        .iter()
        .position(|(m, _)| after.starts_with(m))
        .is_some_and(|i| numeric_date(target, q.value as u32, i as u32 + 1))
}

/// Runs the `number` and `time` checks.
pub(crate) fn check(source: &str, target: &str, out: &mut Vec<Hit>) {
    let (src, src_times) = source_values(source);
    let (tgt, tgt_times, leftovers) = target_values(target);
    let whole = 0..target.len();
    let mut seen: Vec<f64> = Vec::new();
    // Numbers the English has, but fewer times than the source: a translator often names a
    // repeated figure once (`SMPN 1 ... SMPN 1`), so that is less certain than one missing.
    let mut fewer: Vec<f64> = Vec::new();
    let missing: Vec<&Quantity> = src
        .iter()
        .filter(|s| {
            let multiple = multiple_rendered(source, target, s);
            let found = day_in_numeric_date(source, target, s)
                || multiple
                || tgt.iter().any(|t| {
                    close(t.value, s.value)
                        || (!s.scaled && close(t.raw, s.value))
                        || (s.scaled
                            && !t.scaled
                            && t.form == Form::Words
                            && close(t.value, s.value))
                });
            let dup = seen.iter().any(|v| close(*v, s.value));
            seen.push(s.value);
            // Written twice in digits in the source, fewer times in the English (`2003 ... 2003`).
            let short = s.form == Form::Digits
                && !multiple
                && !dup
                && src
                    .iter()
                    .filter(|x| x.form == Form::Digits && close(x.value, s.value))
                    .count()
                    > tgt
                        .iter()
                        .filter(|t| close(t.value, s.value) || (!s.scaled && close(t.raw, s.value)))
                        .count();
            if found && short && !dup {
                fewer.push(s.value);
            }
            (!found || short) && !dup
        })
        .collect();
    // Target numbers that match nothing in the source: the likely replacement of a missing one.
    let unmatched: Vec<&Quantity> = tgt
        .iter()
        .filter(|t| t.form == Form::Digits)
        .filter(|t| {
            !src.iter()
                .any(|s| close(t.value, s.value) || close(t.raw, s.raw) || close(t.value, s.raw))
        })
        .collect();
    for s in missing {
        let english = english_of(s);
        let (severity, what) = match s.form {
            // English news leaves out the year of a recent date: the year of a full date
            // whose day and month the English gives is probably left out on purpose.
            Form::Digits if year_left_out(source, target, s) => (Severity::Warning, "year"),
            Form::Digits if fewer.iter().any(|v| close(*v, s.value)) => {
                (Severity::Warning, "repeated number")
            }
            // A year left out with nothing in its place is often the translator's choice: part
            // of an event's name (`Praspa TNI-Polri Tahun 2022`) or a time the English gives
            // another way. A year that became another is still an error.
            Form::Digits if is_year(s) && unmatched.is_empty() => (Severity::Warning, "year"),
            Form::Digits => (Severity::Error, "number"),
            Form::Words => (Severity::Warning, "number word"),
        };
        let (msg, span) = match unmatched.as_slice() {
            _ if what == "repeated number" => (
                format!(
                    "number `{}` ({english}) is in the English fewer times than in the source: check none was dropped",
                    s.text
                ),
                whole.clone(),
            ),
            [t] if s.form == Form::Digits => (
                format!(
                    "{what} `{}` ({english}) became `{}` in the English: restore the value",
                    s.text, t.text
                ),
                t.span.clone(),
            ),
            _ => (
                format!(
                    "{what} `{}` ({english}) is missing from the English: add it",
                    s.text
                ),
                whole.clone(),
            ),
        };
        out.push(Hit::new("number", severity, msg, s.span.clone(), span));
    }
    for l in leftovers {
        let in_source = src.iter().any(|s| close(s.raw, l.value));
        let fixed = n::to_english(&l.text).unwrap_or_else(|| format_en(l.value));
        let src_span = src
            .iter()
            .find(|s| close(s.raw, l.value))
            .map_or(0..source.len(), |s| s.span.clone());
        out.push(Hit::new(
            "number",
            if in_source {
                Severity::Error
            } else {
                Severity::Warning
            },
            format!(
                "`{}` is Indonesian notation (dot for thousands, comma for decimals): write `{fixed}` in English",
                l.text
            ),
            src_span,
            l.span,
        ));
    }
    check_times(source, target, &src_times, &tgt_times, out);
}

/// Whether `q` counts times (`2 kali lipat`, `tiga kali`) and the English gives the multiple
/// as a word (`doubled`, `tripled`, `twofold`, `twice`), as English news does: the figure is
/// there, in the verb.
fn multiple_rendered(source: &str, target: &str, q: &Quantity) -> bool {
    let after = source[q.span.end..].trim_start();
    let times = after
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("kali"))
        && !after[4..].starts_with(char::is_alphanumeric);
    if !times {
        return false;
    }
    let stems: &[&str] = match q.value as u32 {
        _ if q.value.fract() != 0.0 => &[],
        2 => &["doubl", "twofold", "two-fold", "twice"],
        3 => &["tripl", "threefold", "three-fold", "thrice"],
        4 => &["quadrupl", "fourfold", "four-fold"],
        _ => &[],
    };
    let lower = target.to_lowercase();
    stems.iter().any(|stem| {
        lower
            .match_indices(stem)
            .any(|(at, _)| !lower[..at].ends_with(char::is_alphanumeric))
    })
}

/// The value in English notation, for messages.
fn format_en(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v as i64);
        if digits.len() > 4 {
            return n::to_english(&digits).unwrap_or(digits);
        }
        return digits;
    }
    let s = format!("{v}");
    match s.split_once('.') {
        Some((i, f)) if i.len() > 4 => format!("{}.{f}", n::to_english(i).unwrap_or(i.into())),
        _ => s,
    }
}

fn english_of(q: &Quantity) -> String {
    for (f, w) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if q.value >= f && q.scaled {
            return format!("{} {w}", format_en(q.value / f));
        }
    }
    format_en(q.value)
}

const ZONE_NAMES: &[(&str, &[&str])] = &[
    (
        "WIB",
        &[
            "wib",
            "western indonesia",
            "jakarta time",
            "gmt+7",
            "utc+7",
            "gmt +7",
            "utc +7",
        ],
    ),
    (
        "WITA",
        &[
            "wita",
            "central indonesia",
            "gmt+8",
            "utc+8",
            "gmt +8",
            "utc +8",
        ],
    ),
    (
        "WIT",
        &[
            "wit",
            "eastern indonesia",
            "gmt+9",
            "utc+9",
            "gmt +9",
            "utc +9",
        ],
    ),
];

fn check_times(source: &str, target: &str, src: &[Time], tgt: &[Time], out: &mut Vec<Hit>) {
    let lower = target.to_lowercase();
    for s in src {
        let matches = |t: &Time| {
            t.minute == s.minute
                && match t.pm {
                    None => t.hour % 12 == s.hour % 12,
                    Some(pm) => {
                        let h24 = match (t.hour % 12, pm) {
                            (h, false) => h,
                            (h, true) => h + 12,
                        };
                        h24 == s.hour
                    }
                }
        };
        let wanted = english_time(s.hour, s.minute);
        if !tgt.iter().any(&matches) && range_start(target, s) {
            continue;
        }
        match tgt.iter().find(|t| matches(t)) {
            Some(t) => {
                if let Some(zone) = s.zone {
                    let names = ZONE_NAMES
                        .iter()
                        .find(|(z, _)| *z == zone)
                        .map_or(&[][..], |(_, n)| n);
                    let has = names.iter().any(|n| {
                        scan::words(&lower).iter().any(|w| w.text == *n)
                            || (n.len() > 4 && lower.contains(n))
                    });
                    // `local time` (Antara's usual rendering) is right where the place keeps
                    // that zone, which the sentence may not say: a note, not a warning.
                    let local = lower.contains("local time");
                    if !has {
                        out.push(Hit::new(
                            "time",
                            if local {
                                Severity::Info
                            } else {
                                Severity::Warning
                            },
                            if local {
                                format!(
                                    "`{}` is given as local time: right where the place keeps {zone}; check, or write `{wanted} {zone}`",
                                    s.text
                                )
                            } else {
                                format!(
                                    "the time zone of `{}` is missing: write `{wanted} {zone}` (or the zone's English name)",
                                    s.text
                                )
                            },
                            s.span.clone(),
                            t.span.clone(),
                        ));
                    }
                }
            }
            None => {
                let (msg, span) = match tgt {
                    [t] => (
                        format!(
                            "time `{}` became `{}` in the English: it is {wanted}",
                            s.text, t.text
                        ),
                        t.span.clone(),
                    ),
                    _ => (
                        format!(
                            "time `{}` is missing from the English: write {wanted}",
                            s.text
                        ),
                        0..target.len(),
                    ),
                };
                let _ = source;
                out.push(Hit::new("time", Severity::Error, msg, s.span.clone(), span));
            }
        }
    }
}

/// Whether the English opens a range with the hour of `s` bare, sharing the meridiem of the
/// time after it (`from 8 to 10 a.m.` for `pukul 08.00-10.00`).
fn range_start(target: &str, s: &Time) -> bool {
    let h12 = match s.hour % 12 {
        0 => 12,
        h => h,
    };
    let needles = if s.minute == 0 {
        vec![h12.to_string()]
    } else {
        vec![
            format!("{h12}:{:02}", s.minute),
            format!("{h12}.{:02}", s.minute),
        ]
    };
    needles.iter().any(|needle| {
        target.match_indices(needle.as_str()).any(|(at, _)| {
            let before_ok = !target[..at].ends_with(|c: char| c.is_ascii_digit() || c == ':');
            let rest = &target[at + needle.len()..];
            let after_ok = !rest.starts_with(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
            let rest = rest.trim_start();
            before_ok
                && after_ok
                && ["to ", "-", "–", "until ", "till "]
                    .iter()
                    .any(|r| rest.starts_with(r))
        })
    })
}

/// `7:15 a.m.` for 07:15.
fn english_time(h: u32, m: u32) -> String {
    let (h12, suffix) = match h {
        0 => (12, "a.m."),
        1..=11 => (h, "a.m."),
        12 => (12, "p.m."),
        _ => (h - 12, "p.m."),
    };
    format!("{h12}:{m:02} {suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str, t: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        check(s, t, &mut out);
        out
    }

    #[test]
    fn equal_values_pass() {
        for (s, t) in [
            (
                "Sebanyak 9.000 tentara dikirim.",
                "As many as 9,000 troops were sent.",
            ),
            ("Anggaran Rp20,3 triliun.", "A budget of Rp20.3 trillion."),
            ("Anggaran Rp20,3 triliun.", "A budget of IDR 20.3 trillion."),
            (
                "Anggaran Rp20,3 triliun.",
                "A budget of 20.3 trillion rupiah.",
            ),
            ("Naik 1,5 persen.", "Up 1.5 percent."),
            ("Naik 1,5 persen.", "Up 1.5%."),
            ("Ada dua kapal.", "There were two ships."),
            ("Ada dua kapal.", "There were 2 ships."),
            ("Tahun ketiga.", "The third year."),
            (
                "Antara 2 hingga 3 juta orang.",
                "Between 2 million and 3 million people.",
            ),
            ("Dua puluh lima orang.", "Twenty-five people."),
            ("Pukul 07.15 WIB.", "At 7:15 a.m. WIB."),
            ("Pukul 07.15 WIB.", "At 07:15 Western Indonesia Time."),
            ("Pukul 19.30 WIB.", "At 7:30 p.m. (WIB)."),
        ] {
            let hits = run(s, t);
            assert!(hits.is_empty(), "{s} / {t}: {hits:?}");
        }
    }

    #[test]
    fn a_repeated_number_named_once_and_a_us_date_are_warnings() {
        // The Cabinet Secretariat, 14 July 2022: two decrees of one year, the year named once.
        let h = run(
            "Dasarnya Keputusan Presiden Nomor 44/TNI Tahun 2022 dan Nomor 45/Polri Tahun 2022.",
            "It was based on Presidential Decree Number 44/TNI of 2022 and Number 45/Polri.",
        );
        assert!(h.iter().all(|h| h.severity != Severity::Error), "{h:?}");
        assert!(h.iter().any(|h| h.message.contains("fewer times")), "{h:?}");
        // The Cabinet Secretariat's English dates: `Tuesday (03/26)` for `Selasa, 26 Maret 2024`.
        let h = run(
            "Presiden meresmikan jalan pada Selasa, 26 Maret 2024.",
            "The President inaugurated the road on Tuesday (03/26).",
        );
        assert!(h.iter().all(|h| h.severity != Severity::Error), "{h:?}");
        // Another day in the same form is still a changed date.
        let h = run(
            "Presiden meresmikan jalan pada Selasa, 26 Maret 2024.",
            "The President inaugurated the road on Tuesday (03/25).",
        );
        assert!(h.iter().any(|h| h.severity == Severity::Error), "{h:?}");
        // The year of an event's name left out (the release of 14 July 2022): a warning; a
        // year that became another: an error.
        let s = "Pelantikan dilakukan pada upacara Prasetya Perwira TNI-Polri Tahun 2022 di Istana Merdeka.";
        let h = run(
            s,
            "The inauguration took place at the Prasetya Perwira ceremony at the Merdeka Palace.",
        );
        assert!(
            h.iter().all(|h| h.severity == Severity::Warning) && !h.is_empty(),
            "{h:?}"
        );
        let h = run(s, "The inauguration took place at the 2021 Prasetya Perwira ceremony at the Merdeka Palace.");
        assert!(h.iter().any(|h| h.severity == Severity::Error), "{h:?}");
        // Day first in digits (`(26/03)`) holds the day too; its order is the date check's.
        let h = run(
            "Presiden meresmikan jalan pada Selasa, 26 Maret 2024.",
            "The President inaugurated the road on Tuesday (26/03).",
        );
        assert!(h.iter().all(|h| h.severity != Severity::Error), "{h:?}");
    }

    #[test]
    fn wrong_values_fail() {
        for (s, t) in [
            (
                "Sebanyak 9.000 tentara dikirim.",
                "As many as 8,000 troops were sent.",
            ),
            (
                "Sebanyak 9.000 tentara dikirim.",
                "As many as 9.000 troops were sent.",
            ),
            ("Anggaran Rp20,3 triliun.", "A budget of Rp20.3 billion."),
            ("Anggaran Rp20,3 triliun.", "A budget of Rp20,3 trillion."),
            ("Ada tiga kapal.", "There were two ships."),
            ("Pukul 07.15 WIB.", "At 8:15 a.m. WIB."),
            ("Pukul 07.15 WIB.", "At 7:15 p.m. WIB."),
            ("Pukul 07.15 WIB.", "At 7:15 a.m."),
        ] {
            assert!(!run(s, t).is_empty(), "{s} / {t}");
        }
    }
}
