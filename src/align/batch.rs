//! Many document pairs in one run (`translate align --batch PAIRS.tsv`): the list of pairs,
//! reading and checking one pair, and running the pairs on every core with the results handed
//! back in list order, so output can stream while later pairs are still being aligned.
//!
//! One process for many pairs pays the start-up (the glossary) once and keeps both cores busy:
//! aligning the pairs one call each spends most of its time starting processes.

use super::check;
use crate::doc::Document;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One line of a pair list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairLine {
    /// 1-based line number in the list.
    pub line: usize,
    /// The Indonesian file as written in the list.
    pub source: String,
    /// The English file as written in the list.
    pub target: String,
    /// The Indonesian file, resolved against the list's folder.
    pub source_path: PathBuf,
    /// The English file, resolved against the list's folder.
    pub target_path: PathBuf,
}

/// A line of the list that names no pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Reads a pair list: one `SOURCE<TAB>TARGET` per line, paths relative to the list's folder
/// (absolute paths stay as they are); blank lines and `#` comments are skipped. Lines with the
/// wrong shape are returned apart, so the good pairs can still run.
pub fn parse_list(list: &Path, text: &str) -> (Vec<PairLine>, Vec<BadLine>) {
    let dir = list.parent().unwrap_or(Path::new(""));
    let mut pairs = Vec::new();
    let mut bad = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        match fields.as_slice() {
            [s, t] if !s.is_empty() && !t.is_empty() => pairs.push(PairLine {
                line: i + 1,
                source: s.to_string(),
                target: t.to_string(),
                source_path: dir.join(s),
                target_path: dir.join(t),
            }),
            _ => bad.push(BadLine {
                line: i + 1,
                message: format!(
                    "expected SOURCE<TAB>TARGET, found {} field(s): {line:?}",
                    fields.iter().filter(|f| !f.is_empty()).count()
                ),
            }),
        }
    }
    (pairs, bad)
}

/// A pair read, segmented and checked, ready to align.
#[derive(Debug)]
pub struct LoadedPair {
    /// The Indonesian document.
    pub source: Document,
    /// The English document (`source_lang` set to `en`).
    pub target: Document,
    /// Notes for the user (a file decoded from another encoding).
    pub notices: Vec<String>,
}

/// Reads both files of a pair (`-` is standard input for one of them), segments them and
/// checks that they can be one article and its translation ([`check::check_pair`]). The error
/// is a message for the user naming the file.
pub fn load_pair(source: &Path, target: &Path) -> Result<LoadedPair, String> {
    let stdin = Path::new("-");
    if source == stdin && target == stdin {
        return Err("only one of SOURCE and TARGET can be standard input (-)".into());
    }
    if source != stdin && same_file(source, target) {
        return Err(format!(
            "{} and {} are the same file: give the Indonesian article and its English translation",
            source.display(),
            target.display()
        ));
    }
    let mut notices = Vec::new();
    let mut read = |path: &Path| -> Result<Document, String> {
        let loaded = crate::pipeline::read_document(path).map_err(|e| e.to_string())?;
        if let Some(notice) = loaded.notice {
            notices.push(format!("{}: {notice}", path.display()));
        }
        Ok(loaded.doc)
    };
    let src = read(source)?;
    let mut tgt = read(target)?;
    tgt.source_lang = "en".into();
    check::check_pair(&src.path, &src.text, &tgt.path, &tgt.text).map_err(|e| e.to_string())?;
    Ok(LoadedPair {
        source: src,
        target: tgt,
        notices,
    })
}

/// Whether two paths name one file (also through links or `./`).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// Runs `work` on every item on `threads` threads (at least one) and hands each result to
/// `emit` in the items' order, as soon as it and all before it are done.
pub fn run_ordered<I: Sync, T: Send>(
    items: &[I],
    threads: usize,
    work: impl Fn(&I) -> T + Sync,
    mut emit: impl FnMut(&I, T),
) {
    let next = AtomicUsize::new(0);
    let (tx, rx) = std::sync::mpsc::channel::<(usize, T)>();
    std::thread::scope(|scope| {
        for _ in 0..threads.clamp(1, items.len().max(1)) {
            let tx = tx.clone();
            let (next, work) = (&next, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                if tx.send((i, work(item))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Results arrive out of order; hold the early ones until their turn.
        let mut waiting = std::collections::BTreeMap::new();
        let mut want = 0;
        for (i, result) in rx {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&want) {
                emit(&items[want], result);
                want += 1;
            }
        }
    });
}

/// The threads to use: one per core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_lines_resolve_against_the_list_folder_and_bad_lines_are_kept_apart() {
        let text =
            "# pairs\na.id.txt\ta.en.txt\r\n\n/abs/b.id\tsub/b.en\nonly-one-field\nx\ty\tz\n";
        let (pairs, bad) = parse_list(Path::new("lists/pairs.tsv"), text);
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0].line, 2);
        assert_eq!(pairs[0].source_path, Path::new("lists/a.id.txt"));
        assert_eq!(pairs[0].target_path, Path::new("lists/a.en.txt"));
        assert_eq!(pairs[1].source_path, Path::new("/abs/b.id"));
        assert_eq!(pairs[1].target_path, Path::new("lists/sub/b.en"));
        let lines: Vec<usize> = bad.iter().map(|b| b.line).collect();
        assert_eq!(lines, vec![5, 6]);
    }

    #[test]
    fn results_come_back_in_order_from_several_threads() {
        let items: Vec<u64> = (0..200).collect();
        let mut seen = Vec::new();
        run_ordered(
            &items,
            4,
            |&n| {
                // Early items take longest, so threads finish out of order.
                std::thread::sleep(std::time::Duration::from_micros((200 - n) * 20));
                n * 2
            },
            |&item, doubled| seen.push((item, doubled)),
        );
        let want: Vec<(u64, u64)> = items.iter().map(|&n| (n, n * 2)).collect();
        assert_eq!(seen, want);
    }
}
