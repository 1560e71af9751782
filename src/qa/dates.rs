//! The `date` check. Indonesian numeric dates are day first (`(3/12/2022)` is 3 December
//! 2022); written dates use Indonesian month names (`3 Desember 2022`). Any common English
//! rendering is accepted (`3 December 2022`, `December 3, 2022`, `Dec. 3`, `3rd December`); a
//! swapped day and month is an error, and a weekday beside a date must be that date's weekday.

use super::scan;
use super::Hit;
use crate::doc::Severity;
use crate::text::numbers::{
    valid_date, weekday, ENGLISH_WEEKDAYS, EN_DAY_ABBR, EN_MONTHS, ID_DAYS, ID_MONTHS,
};
use std::ops::Range;

/// A date found in a text.
#[derive(Debug, Clone)]
struct Date {
    day: u32,
    month: u32,
    year: Option<i32>,
    /// Written as digits (`3/12/2022`) rather than with a month name.
    numeric: bool,
    /// The weekday written beside it, 0 = Monday.
    weekday: Option<(u32, Range<usize>)>,
    span: Range<usize>,
    text: String,
}

fn english(d: &Date) -> String {
    let m = crate::text::numbers::ENGLISH_MONTHS[(d.month - 1) as usize];
    match d.year {
        Some(y) => format!("{} {m} {y}", d.day),
        None => format!("{} {m}", d.day),
    }
}

fn year_of(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    match s.len() {
        4 => Some(y),
        2 => Some(2000 + y),
        _ => None,
    }
}

/// A weekday word just before byte `at` (`Sabtu (3/12/2022)`, `Saturday, December 3`) or just
/// after it (`3 December, a Saturday` is not looked for).
fn weekday_before(words: &[scan::Word], at: usize, english: bool) -> Option<(u32, Range<usize>)> {
    let idx = words.iter().rposition(|w| w.end <= at)?;
    // Skip `tanggal`, `on`, `the`: at most two words between.
    for w in words[idx.saturating_sub(2)..=idx].iter().rev() {
        let lw = w.text.to_lowercase();
        let day = if english {
            ENGLISH_WEEKDAYS
                .iter()
                .position(|d| d.eq_ignore_ascii_case(&lw))
                .or_else(|| EN_DAY_ABBR.iter().position(|d| *d == lw))
                .map(|p| p as u32)
        } else {
            ID_DAYS.iter().find(|(d, _)| *d == lw).map(|&(_, n)| n)
        };
        if let Some(day) = day {
            // `Minggu` is also "week": only a capitalised one next to a date counts.
            if !english && lw == "minggu" && !w.text.starts_with('M') {
                return None;
            }
            return Some((day, w.start..w.end));
        }
    }
    None
}

/// Dates in `text`: numeric (`3/12/2022`, day first in Indonesian) and with month names.
fn find_dates(text: &str, english: bool) -> Vec<Date> {
    let words = scan::words(text);
    let mut out = Vec::new();
    for run in scan::num_runs(text) {
        let parts: Vec<&str> = run.raw.split('/').collect();
        let a: u32 = parts[0].parse().unwrap_or(0);
        let b: u32 = parts.get(1).and_then(|b| b.parse().ok()).unwrap_or(0);
        // An English date that can only be month first (`(07/14)`, the Cabinet Secretariat's
        // style) is a US date, and not ambiguous.
        if english && parts.len() == 2 && (1..=12).contains(&a) && (13..=31).contains(&b) {
            out.push(Date {
                day: b,
                month: a,
                year: None,
                numeric: false,
                weekday: weekday_before(&words, run.span.start, english),
                span: run.span.clone(),
                text: run.raw.to_string(),
            });
            continue;
        }
        if !(2..=3).contains(&parts.len()) || !crate::text::numbers::is_date(run.raw) {
            continue;
        }
        let year = parts.get(2).and_then(|y| year_of(y));
        if parts.len() == 3 && year.is_none() {
            continue;
        }
        out.push(Date {
            day: a,
            month: b,
            year,
            numeric: true,
            weekday: weekday_before(&words, run.span.start, english),
            span: run.span.clone(),
            text: run.raw.to_string(),
        });
    }
    let months = if english { EN_MONTHS } else { ID_MONTHS };
    for (k, w) in words.iter().enumerate() {
        let lw = w.text.to_lowercase();
        let Some(&(_, month)) = months.iter().find(|(m, _)| *m == lw) else {
            continue;
        };
        // Month names are capitalised; `may`, `mar`, `jan` in lower case are ordinary words.
        if !w.text.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let day_of = |x: &scan::Word| -> Option<u32> {
            let t = x.text.to_lowercase();
            let t = ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| {
                    t.strip_suffix(s)
                        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
                })
                .unwrap_or(&t);
            if t.is_empty() || t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            t.parse().ok().filter(|d| (1..=31).contains(d))
        };
        let gap_ok = |a: usize, b: usize| {
            let between = &text[a..b];
            between.len() <= 4
                && between
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '.' | ','))
        };
        // `3 December` / `3rd of December`
        let mut day = None;
        let mut start = w.start;
        if k >= 1 && gap_ok(words[k - 1].end, w.start) {
            if let Some(d) = day_of(&words[k - 1]) {
                day = Some(d);
                start = words[k - 1].start;
            }
        }
        if day.is_none() && english && k >= 2 && words[k - 1].text.eq_ignore_ascii_case("of") {
            if let Some(d) = day_of(&words[k - 2]) {
                day = Some(d);
                start = words[k - 2].start;
            }
        }
        let mut end = w.end;
        let mut next = k + 1;
        // `December 3`
        if day.is_none() && english {
            if let Some(x) = words.get(k + 1).filter(|x| gap_ok(w.end, x.start)) {
                if let Some(d) = day_of(x) {
                    day = Some(d);
                    end = x.end;
                    next = k + 2;
                }
            }
        }
        let Some(day) = day else {
            continue;
        };
        let year = words
            .get(next)
            .filter(|x| gap_ok(end, x.start) && x.text.len() == 4)
            .and_then(|x| {
                let y = year_of(x.text)?;
                end = x.end;
                Some(y)
            });
        out.push(Date {
            day,
            month,
            year,
            numeric: false,
            weekday: weekday_before(&words, start, english),
            span: start..end,
            text: text[start..end].to_string(),
        });
    }
    out.sort_by_key(|d| d.span.start);
    out
}

fn day_name(d: u32) -> &'static str {
    ENGLISH_WEEKDAYS[d as usize]
}

/// Runs the `date` check.
pub(crate) fn check(source: &str, target: &str, out: &mut Vec<Hit>) {
    let src = find_dates(source, false);
    if src.is_empty() {
        // Still check English weekdays against English dates.
        for t in find_dates(target, true) {
            check_weekday(&t, source.len(), target, out);
        }
        return;
    }
    let tgt = find_dates(target, true);
    let whole = 0..target.len();
    for s in &src {
        let same = |t: &&Date| {
            t.day == s.day
                && t.month == s.month
                && (t.year.is_none() || s.year.is_none() || t.year == s.year)
        };
        let wanted = english(s);
        if let (Some(y), Some((wd, span))) = (s.year, &s.weekday) {
            if valid_date(y, s.month, s.day) && weekday(y, s.month, s.day) != *wd {
                out.push(Hit::new(
                    "date",
                    Severity::Warning,
                    format!(
                        "the source itself gives the weekday of `{}` wrongly: {wanted} is a {}; check which is meant",
                        s.text,
                        day_name(weekday(y, s.month, s.day))
                    ),
                    span.start..s.span.end,
                    whole.clone(),
                ));
            }
        }
        if let Some(t) = tgt.iter().find(same) {
            if t.numeric {
                out.push(ambiguous(s, t, &wanted));
            }
            check_weekday(t, source.len(), target, out);
            if let (Some((swd, _)), Some((twd, tspan))) = (&s.weekday, &t.weekday) {
                if swd != twd && t.year.or(s.year).is_none() {
                    out.push(Hit::new(
                        "date",
                        Severity::Error,
                        format!(
                            "the source says {}, the English {}: use {}",
                            day_name(*swd),
                            day_name(*twd),
                            day_name(*swd)
                        ),
                        s.span.clone(),
                        tspan.clone(),
                    ));
                }
            }
            continue;
        }
        let swapped = tgt.iter().find(|t| {
            s.day != s.month
                && t.day == s.month
                && t.month == s.day
                && (t.year.is_none() || s.year.is_none() || t.year == s.year)
        });
        // A numeric English date read month first (`01/03` for 3 January, the US order some
        // English press uses) is right for US readers: ambiguous, not swapped.
        if let Some(t) = swapped.filter(|t| t.numeric) {
            out.push(ambiguous(s, t, &wanted));
        } else if let Some(t) = swapped {
            out.push(Hit::new(
                "date",
                Severity::Error,
                format!(
                    "day and month swapped: `{}` is {wanted} (Indonesian dates are day first), the English says `{}`",
                    s.text, t.text
                ),
                s.span.clone(),
                t.span.clone(),
            ));
        } else if let Some(t) = tgt.first().filter(|_| tgt.len() == src.len()) {
            out.push(Hit::new(
                "date",
                Severity::Error,
                format!(
                    "date `{}` ({wanted}) became `{}` in the English",
                    s.text, t.text
                ),
                s.span.clone(),
                t.span.clone(),
            ));
        } else {
            out.push(Hit::new(
                "date",
                Severity::Warning,
                format!("date `{}` ({wanted}) is not in the English: add it", s.text),
                s.span.clone(),
                whole.clone(),
            ));
        }
    }
}

/// The English writes the source date `s` as the numeric `t`, which readers of the two orders
/// (day first, US month first) take differently.
fn ambiguous(s: &Date, t: &Date, wanted: &str) -> Hit {
    Hit::new(
        "date",
        Severity::Warning,
        format!(
            "`{}` is ambiguous in English (US readers take the month first): write {wanted}",
            t.text
        ),
        s.span.clone(),
        t.span.clone(),
    )
}

/// A weekday beside an English date with a year must be that date's weekday.
fn check_weekday(t: &Date, source_len: usize, _target: &str, out: &mut Vec<Hit>) {
    let (Some(y), Some((wd, span))) = (t.year, &t.weekday) else {
        return;
    };
    if !valid_date(y, t.month, t.day) {
        return;
    }
    let real = weekday(y, t.month, t.day);
    if real != *wd {
        out.push(Hit::new(
            "date",
            Severity::Error,
            format!(
                "{} is a {}, not a {}: fix the weekday or the date",
                english(t),
                day_name(real),
                day_name(*wd)
            ),
            0..source_len,
            span.start..t.span.end,
        ));
    }
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
    fn accepted_renderings() {
        let s = "Latihan dimulai pada Sabtu (3/12/2022).";
        for t in [
            "The exercise began on Saturday (3/12/2022).",
            "The exercise began on Saturday, 3 December 2022.",
            "The exercise began on Saturday, December 3, 2022.",
            "The exercise began on Saturday (Dec. 3).",
            "The exercise began on 3rd December 2022.",
        ] {
            let hits: Vec<_> = run(s, t)
                .into_iter()
                .filter(|h| h.severity == Severity::Error)
                .collect();
            assert!(hits.is_empty(), "{t}: {hits:?}");
        }
        assert!(run("Pada 3 Desember 2022.", "On December 3, 2022.").is_empty());
    }

    #[test]
    fn errors() {
        let s = "Latihan dimulai pada Sabtu (3/12/2022).";
        let swapped = run(s, "The exercise began on Saturday, 12 March 2022.");
        assert!(
            swapped.iter().any(|h| h.message.contains("swapped")),
            "{swapped:?}"
        );
        let wrong_day = run(s, "The exercise began on Friday, 3 December 2022.");
        assert!(
            wrong_day
                .iter()
                .any(|h| h.message.contains("is a Saturday")),
            "{wrong_day:?}"
        );
        assert!(!run(s, "The exercise began on Saturday.").is_empty());
        let bad_source = run("Pada Jumat (3/12/2022).", "On Friday, 3 December 2022.");
        assert_eq!(bad_source.len(), 2, "{bad_source:?}");
    }
}
