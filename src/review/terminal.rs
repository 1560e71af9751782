//! The side-by-side terminal view: Indonesian on the left, English on the right, one row per
//! segment, wrapped to the terminal's width (80 columns when output is not a terminal), with
//! paragraph breaks visible.

use crate::doc::{Document, SegmentKind};
use anstyle::{AnsiColor, Style};
use unicode_width::UnicodeWidthStr;

/// Renders `doc` in two columns of total `width` display cells. `color` adds ANSI styles
/// (anstream strips them again when the output is not a terminal or `NO_COLOR` is set).
pub fn side_by_side(doc: &Document, width: usize, color: bool) -> String {
    let width = width.max(40);
    let gutter = " │ ";
    let col = (width - gutter.width()) / 2;
    let dim = if color {
        Style::new().dimmed()
    } else {
        Style::new()
    };
    let head = if color {
        Style::new().bold().fg_color(Some(AnsiColor::Cyan.into()))
    } else {
        Style::new()
    };
    let mut out = String::new();
    for (n, par) in doc.paragraphs.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let label = format!("¶{} {}", par.index, par.kind.as_str());
        let rule = "─".repeat(width.saturating_sub(label.width() + 1));
        out.push_str(&format!("{head}{label} {rule}{head:#}\n"));
        for seg in &par.segments {
            let left = seg.text();
            let (right, style) = match (&seg.target, seg.kind) {
                (Some(t), _) if !t.trim().is_empty() => {
                    (crate::doc::collapse_whitespace(t), Style::new())
                }
                (_, SegmentKind::Text) => ("(not translated)".to_string(), dim),
                (_, kind) => (format!("({}, not translated)", kind.as_str()), dim),
            };
            let l = wrap(&left, col);
            let r = wrap(&right, col);
            for i in 0..l.len().max(r.len()) {
                let a = l.get(i).map_or("", String::as_str);
                let b = r.get(i).map_or("", String::as_str);
                let pad = col.saturating_sub(a.width());
                out.push_str(&format!(
                    "{style}{a}{style:#}{}{gutter}{style}{b}{style:#}",
                    " ".repeat(pad)
                ));
                // No trailing spaces: pipes and diffs stay clean.
                let trimmed = out.trim_end_matches(' ').len();
                out.truncate(trimmed);
                out.push('\n');
            }
        }
    }
    out
}

/// Greedy word wrap to `width` display cells; words longer than a line are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        loop {
            let sep = usize::from(!line.is_empty());
            if line.width() + sep + word.width() <= width {
                if sep == 1 {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word wider than the column: cut it at the column.
            let mut cut = 0;
            let mut w = 0;
            for (i, c) in word.char_indices() {
                let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if w + cw > width {
                    break;
                }
                w += cw;
                cut = i + c.len_utf8();
            }
            let cut = cut.max(word.chars().next().map_or(1, char::len_utf8));
            lines.push(word[..cut].to_string());
            word = word[cut..].to_string();
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_display_width() {
        assert_eq!(
            wrap("satu dua tiga empat", 9),
            ["satu dua", "tiga", "empat"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn two_columns_fit_the_width() {
        let text = std::fs::read_to_string("examples/tribunnews-2022-12-03-rusia-belarus.txt")
            .expect("seed");
        let doc = crate::segment::segment("seed", text);
        let view = side_by_side(&doc, 80, false);
        for line in view.lines() {
            assert!(line.width() <= 80, "too wide: {line}");
        }
        assert!(view.contains("¶7 boilerplate"));
        assert!(view.contains("│ (boilerplate, not translated)"));
    }
}
