//! Segmentation: an article's text into paragraphs, and paragraphs into sentences and news
//! furniture (datelines, bylines, boilerplate), by Indonesian rules.
//!
//! Paragraphs are blank-line separated blocks when the file has blank lines (wrapped lines are
//! joined), else one per line, the usual shape of scraped articles. Inside a block, a line that
//! starts a list item or a `Baca juga:` link starts a paragraph of its own.
//!
//! Every byte of the input belongs to exactly one segment or to the whitespace between segments:
//! [`Document::rebuild_source`] gives the input back.

mod abbrev;
mod news;
pub mod sentences;
mod stream;

use crate::doc::{Document, Paragraph, ParagraphKind, SegmentKind};
use std::ops::Range;
pub use stream::Paragraphs;

/// Segments `text` (already decoded) into a [`Document`] with language pair `id` -> `en`.
/// [`Paragraphs`] gives the same paragraphs one at a time.
pub fn segment(path: &str, text: String) -> Document {
    let paragraphs = Paragraphs::new(&text).collect();
    Document {
        path: path.to_string(),
        text,
        source_lang: "id".into(),
        target_lang: "en".into(),
        paragraphs,
    }
}

/// Paragraph spans (trimmed) in document order.
pub fn paragraph_ranges(text: &str) -> Vec<Range<usize>> {
    stream::Ranges::new(text).collect()
}

/// `s.trim()`, without the call when `s` starts and ends with a visible ASCII character, as
/// paragraph and sentence spans do (they are trimmed already, and several rules trim them
/// again; no such character is whitespace, so the result is the same).
#[inline]
fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => s,
        [only] if only.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    if let [first, .., last] = s.as_bytes() {
        if first.is_ascii_graphic() && last.is_ascii_graphic() {
            return r;
        }
    }
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.start + s.trim_end().len();
    start..end.max(start)
}

/// A line inside a blank-line separated block that is not a wrapped continuation.
fn starts_paragraph(line: &str) -> bool {
    list_marker_len(line).is_some() || news::starts_with_marker(line)
}

/// `- `, `* `, `• `, `1. `, `2) `, `a. `: the length of a list marker at the start of `line`.
fn list_marker_len(line: &str) -> Option<usize> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    let after = |i: usize| line[i..].starts_with([' ', '\t']).then_some(i);
    if matches!(first, '-' | '*' | '•' | '·' | '▪' | '●') {
        return after(first.len_utf8());
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let (count, next) = if digits > 0 {
        (digits, line.as_bytes().get(digits).copied())
    } else if first.is_ascii_lowercase() {
        (1, line.as_bytes().get(1).copied())
    } else {
        return None;
    };
    if count <= 2 && matches!(next, Some(b'.') | Some(b')')) {
        // `1. Kebijakan ...` but not `1.000 orang` (no space after the dot).
        return after(count + 1).filter(|_| line.len() > count + 2);
    }
    None
}

/// A piece of a paragraph: its span in the text and what it is.
type Piece = (Range<usize>, SegmentKind);

/// Splits one paragraph into (span, kind) pieces, put in `pieces` (cleared first: the caller
/// keeps one vector for all paragraphs), and says what the paragraph is. `early` says the
/// paragraph is at the story's top, where a bare date is the page's stamp; `dateline_early`
/// that a bare dateline is trusted (a little further down: see `stream::Paragraphs`).
fn segment_paragraph(
    text: &str,
    range: Range<usize>,
    early: bool,
    dateline_early: bool,
    pieces: &mut Vec<Piece>,
) -> ParagraphKind {
    pieces.clear();
    let par = &text[range.clone()];
    let base = range.start;
    let abs = |r: Range<usize>| base + r.start..base + r.end;

    if let Some(kind) = news::classify_line(par) {
        if kind == SegmentKind::Boilerplate {
            // A subscription prompt may hold two sentences (`Follow X untuk ... terkini. Klik
            // ...`): split as any text, so alignment with an English page still holds.
            push_sentences_as(par, 0..par.len(), base, kind, pieces);
            return ParagraphKind::Boilerplate;
        }
        pieces.push((range, kind));
        return ParagraphKind::Byline;
    }

    // `10 September 2023` under the title: a bare date is the page's stamp only before the
    // story starts (lower down it may head a chronology's day).
    if early && news::date_stamp(par) == Some(false) {
        pieces.push((range, SegmentKind::Byline));
        return ParagraphKind::Byline;
    }

    if let Some((kind, credit)) = news::bracket_caption(par) {
        match credit {
            Some(at) => {
                pieces.push((trim_range(text, abs(0..at)), kind));
                pieces.push((abs(at..par.len()), SegmentKind::Byline));
            }
            None => pieces.push((range, kind)),
        }
        return ParagraphKind::Caption;
    }

    if let Some(at) = news::copyright_credit(par).or_else(|| news::slash_credit(par)) {
        push_sentences(par, 0..at, base, pieces);
        pieces.push((abs(at..par.len()), SegmentKind::Byline));
        return ParagraphKind::Caption;
    }

    let mut body_start = 0;
    if let Some(len) = news::dateline_len(par, dateline_early) {
        pieces.push((abs(0..len), SegmentKind::Dateline));
        body_start = sentences::skip_whitespace(par, len);
    }
    let furniture = news::furniture(par);
    let mut cursor = body_start;
    for (mut region, kind, running) in furniture {
        if region.start < cursor {
            continue;
        }
        // `**) Ikuti berita terbaru ... di Google News`: a footnote's mark is the note's, not a
        // sentence of its own.
        if is_footnote_mark(trim(&par[cursor..region.start])) {
            region.start = cursor;
        }
        // `... mencapai ratusan. (Baca: Pasien DBD ...)`: a link set in brackets after a
        // sentence opens at its bracket, which the sentence before must not keep.
        if region.start > cursor && par[..region.start].ends_with(['(', '[']) {
            region.start -= 1;
        }
        push_sentences(par, cursor..region.start, base, pieces);
        if running {
            // `Artikel ini memuat konten yang disediakan X. Kami meminta izin Anda ...` (tune-15),
            // `You are commenting using your Twitter account. ( Log Out / Change )` (tune-98): a
            // notice of several sentences is split as text is, each sentence of its kind.
            push_sentences_as(par, region.clone(), base, kind, pieces);
        } else {
            pieces.push((abs(region.clone()), kind));
        }
        cursor = region.end;
    }
    push_sentences(par, cursor..par.len(), base, pieces);

    // `Petugas menunjukkan barang bukti. Tempo/Singgih Soares`: a caption and its credit.
    if let [.., (caption, SegmentKind::Text), (credit, kind @ SegmentKind::Text)] =
        pieces.as_mut_slice()
    {
        let credit_text = &text[credit.clone()];
        if (news::is_photo_credit(credit_text) || sentences::dashed_credit(credit_text))
            && !text[caption.clone()].is_empty()
        {
            *kind = SegmentKind::Byline;
            return ParagraphKind::Caption;
        }
    }
    // `Foto: Joko Kristiono/EJ` alone under a picture: the caption's credit on a line of its
    // own, as `(Foto: dok. Humas Polri)` is in brackets.
    if let [(credit, kind @ SegmentKind::Text)] = pieces.as_mut_slice() {
        if news::is_lone_photo_credit(&text[credit.clone()]) {
            *kind = SegmentKind::Byline;
            return ParagraphKind::Caption;
        }
    }
    if news::caption_label(par) {
        return ParagraphKind::Caption;
    }
    paragraph_kind(par, pieces)
}

/// `*)`, `**)`: the mark an editor's note opens with, pointing back to a starred word.
fn is_footnote_mark(t: &str) -> bool {
    t.strip_suffix(')')
        .is_some_and(|stars| !stars.is_empty() && stars.bytes().all(|c| c == b'*'))
}

/// The sentences of `par[range]`, each a segment of `kind` (furniture that runs as text).
fn push_sentences_as(
    par: &str,
    range: Range<usize>,
    base: usize,
    kind: SegmentKind,
    out: &mut Vec<Piece>,
) {
    let offset = base + range.start;
    sentences::split_each(&par[range], |r| {
        out.push((offset + r.start..offset + r.end, kind));
    });
}

fn push_sentences(par: &str, range: Range<usize>, base: usize, out: &mut Vec<Piece>) {
    let slice = &par[range.clone()];
    if trim(slice).is_empty() {
        return;
    }
    let offset = base + range.start;
    sentences::split_each(slice, |r| {
        let kind = if news::is_credit(&slice[r.clone()]) {
            SegmentKind::Byline
        } else {
            SegmentKind::Text
        };
        out.push((offset + r.start..offset + r.end, kind));
    });
}

fn paragraph_kind(par: &str, pieces: &[Piece]) -> ParagraphKind {
    let text_pieces = pieces
        .iter()
        .filter(|(_, k)| *k == SegmentKind::Text)
        .count();
    if text_pieces == 0 {
        return match pieces.first().map(|p| p.1) {
            Some(SegmentKind::Dateline) if pieces.len() == 1 => ParagraphKind::Dateline,
            Some(SegmentKind::Byline) if pieces.iter().all(|p| p.1 == SegmentKind::Byline) => {
                ParagraphKind::Byline
            }
            _ => ParagraphKind::Boilerplate,
        };
    }
    if list_marker_len(par).is_some() {
        return ParagraphKind::ListItem;
    }
    if pieces.len() == 1 && is_heading(par) {
        return ParagraphKind::Heading;
    }
    let trimmed = trim(par);
    if trimmed.starts_with(['“', '"']) && trimmed.ends_with(['”', '"']) {
        return ParagraphKind::Quote;
    }
    ParagraphKind::Body
}

/// The text (trimmed) of a paragraph that is one segment of plain text, taken for a heading
/// or a sentence: the shape every label and chrome-line test below starts from.
fn lone_line(p: &Paragraph) -> Option<&str> {
    let [seg] = p.segments.as_slice() else {
        return None;
    };
    (matches!(p.kind, ParagraphKind::Heading | ParagraphKind::Body)
        && seg.kind == SegmentKind::Text)
        .then(|| trim(&seg.source))
}

/// A navigation label: one short line (three words at most) with a letter, no digit and no
/// sentence punctuation, taken for a heading or a sentence. A slash marks a picture's credit
/// (`Foto: Joko Kristiono/EJ`), not a label, and so does a value after a colon (`Produser: Yuna
/// Fikry`): a label's colon ends it (`Halaman:`). A table's empty cell adds no word: `Hari ini
/// | |` is a visitor counter's row label whose figure was drawn in images (OpenSID's widget,
/// tune-78).
fn is_label(p: &Paragraph) -> bool {
    lone_line(p).is_some_and(|t| {
        t.split_whitespace().filter(|w| *w != "|").nth(3).is_none()
            && !t.contains(['.', '!', '?', ',', '/'])
            && t.find(':').is_none_or(|at| t[at + 1..].trim().is_empty())
    })
}

fn mark_boilerplate(p: &mut Paragraph) {
    p.kind = ParagraphKind::Boilerplate;
    p.segments[0].kind = SegmentKind::Boilerplate;
}

/// The page chrome a scraper keeps above an article: the site's menu (`News`, `Bisnis`,
/// `Sport`, ...), a rubric or topic label over the title (`Berita Semarang`, `Bola
/// Internasional`) and the text-size buttons (`Text Sizes`, `Medium`, `Large`). Above the
/// running text an article has a title, stamps, credits and captions, and no cross-heading (a
/// cross-heading heads text that has begun), so there: two or more labels in a row are a menu,
/// and a label (three words at most: `Bajir di Kalsel`) followed later by a longer heading
/// (the title) is a rubric.
/// Labels with digits are left alone (`08/11/2023 22:50` is a stamp), as is a lone label with
/// no title after it (a reporter's name under the title).
fn leading_chrome(paragraphs: &mut [Paragraph], text: &str) {
    let mut top = running_start(paragraphs);
    if top < paragraphs.len() && caption_title(paragraphs, top) == Some(true) {
        make_caption(&mut paragraphs[top], text);
        top = running_start(paragraphs);
    }
    // Above the first paragraph of running text, a paragraph shaped as running text is a
    // teaser of another story (see [`running_start`]), unless it is the story's picture's
    // caption, given twice (the page's and its viewer's) right above the story's head.
    for i in 0..top {
        if !starts_running_text(&paragraphs[i]) {
            continue;
        }
        if caption_twice(paragraphs, i, top) {
            make_plain_caption(&mut paragraphs[i]);
        } else {
            let p = &mut paragraphs[i];
            p.kind = ParagraphKind::Boilerplate;
            for seg in &mut p.segments {
                seg.kind = SegmentKind::Boilerplate;
            }
        }
    }
    // `• Dikepung Banjir,Petani Lamteng Panen ...` right above `Gunungsugih (Lampost.co)–
    // Petani ...`: a tag or category page sets each story's title as an item of its list. A
    // dateline opens a story, and the line right above it is that story's title, not a link
    // to another (where the page repeats the title as a heading, the bulleted copy above it
    // stays a link).
    if top > 0
        && paragraphs
            .get(top)
            .is_some_and(|p| p.segments[0].kind == SegmentKind::Dateline)
        && is_link_headline(&paragraphs[top - 1])
    {
        paragraphs[top - 1].kind = ParagraphKind::Heading;
    }
    // `• Home`, `• Nasional`: a bulleted label above the title is a menu entry too.
    let label = |p: &Paragraph| {
        (is_label(p) || is_list_label(p))
            && !p.segments[0].source.contains(|c: char| c.is_ascii_digit())
    };
    let heading_before = |i: usize| {
        paragraphs[..i]
            .iter()
            .any(|p| p.kind == ParagraphKind::Heading)
    };
    let title_after = |i: usize| {
        paragraphs[i + 1..top].iter().any(|p| {
            p.kind == ParagraphKind::Heading
                && p.segments[0].source.split_whitespace().nth(3).is_some()
        })
    };
    let mut marks = vec![false; top];
    for i in 0..top {
        if !label(&paragraphs[i]) {
            continue;
        }
        // `Pulau Lipang` twice under a blog's banner (https://wisatasangihe.blogspot.com,
        // tune-177): a title repeated as its picture's text is no menu, whose entries differ.
        let other_label = |j: usize| {
            label(&paragraphs[j])
                && trim(&paragraphs[j].segments[0].source)
                    != trim(&paragraphs[i].segments[0].source)
        };
        let in_run = (i > 0 && other_label(i - 1)) || (i + 1 < top && other_label(i + 1));
        // Three words may be a reporter's name under the title (`Budi Arista Romadhoni`): only
        // above the first heading is such a label a rubric.
        let words = paragraphs[i].segments[0].source.split_whitespace().count();
        // `- Antara` alone above the title: a hyphen before one name is how an agency's or a
        // picture's credit is set (`- tvOne` under a photo); a menu's entries come in a run.
        let credit = paragraphs[i].segments[0].source.starts_with("- ");
        let rubric = title_after(i) && (words <= 2 || !heading_before(i)) && !credit;
        marks[i] = in_run || rubric;
    }
    let mut introduced = false;
    for (i, mark) in marks.iter_mut().enumerate() {
        let p = &paragraphs[i];
        if p.kind != ParagraphKind::ListItem {
            introduced = introduces(p);
        }
        // `BREAKING NEWS`, `BREAKING NEWS LAMPUNG`: a line in capitals above the title is a
        // kicker of the site, not the reporter's name a capitals line is taken for elsewhere: a
        // byline comes under the title or after the story, never above the title.
        let kicker = p.kind == ParagraphKind::Byline
            && p.segments.len() == 1
            && !p.segments[0]
                .source
                .contains(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '|' || c == ':')
            && title_after(i);
        // `indoposco.id` alone above the title: the logo's text (under the title a domain alone
        // is the outlet's credit, `Kabar6.com`).
        let logo = is_lone_domain(p) && title_after(i) && !heading_before(i);
        // `• Jembatan Putus, Puluhan Siswa ... Menuju Sekolah` above the story: a link to a
        // story, unless a sentence introduces the list.
        let link = is_link_headline(p) && !introduced;
        // `Anda dapat melaporkan aduan dan memberi saran maupun kritik` above the story: the
        // site's own service blurbs speak to the reader; a news title speaks of others, and a
        // title that addresses the reader (a tips article's) is the last heading above the
        // story, with no longer heading after it.
        let to_reader = addresses_reader(p) && title_after(i);
        *mark |= kicker || link || logo || to_reader;
    }
    // A headline and its cut copy (see [`cut_copy`]) are a slide of another story when the
    // slide shows its cut lead too or other slides come with it; a lone cut copy under a
    // headline may be a breadcrumb's copy of the story's own title.
    let pairs: Vec<usize> = (1..top)
        .filter(|&i| cut_copy(&paragraphs[i], &paragraphs[i - 1]))
        .collect();
    for &i in &pairs {
        if pairs.len() >= 2 || paragraphs.get(i + 1).is_some_and(cut_lead) {
            marks[i] = true;
            marks[i - 1] = true;
        }
    }
    // `Bupati Aceh Besar Resmikan 10 Pasar Rakyat | Aceh Uri.co.id`, then `Aceh Uri.co.id`: the
    // title bar (`Title | Outlet`) names the outlet, and the outlet's name alone on a line
    // above the story is the logo's text.
    if let Some(outlet) = paragraphs[..top].iter().find_map(title_bar_outlet) {
        for (p, mark) in paragraphs[..top].iter().zip(marks.iter_mut()) {
            *mark |= matches!(p.kind, ParagraphKind::Heading | ParagraphKind::Body)
                && p.segments.len() == 1
                && trim(&p.segments[0].source) == outlet;
        }
    }
    for (p, mark) in paragraphs.iter_mut().zip(marks) {
        if mark {
            mark_boilerplate(p);
        }
    }
}

/// `DISTRIBUSI AIR BERSIH - Staf PMI dan BPBD saat melakukan distribusi air bersih ...` above
/// `TRIBUNFLORES.COM, MAUMERE - Palang Merah Indonesia ...` (tune-61): the picture under the
/// title has a caption set as a dateline is, a title in capitals and a dash (the Tribun
/// network's and others' way: `RUSAK PARAH -`, `BIJI METE -`), but a story has one dateline,
/// and the one that names the outlet by its domain is the story's. So the first paragraph of
/// running text, opened by a dash-led head with no domain in it and short (a sentence or two
/// and a credit), is a caption when a dateline with a domain opens a paragraph within the next
/// three and no running text comes between (9 such first paragraphs in the tuning gold are
/// captions, 13 listing pages' teasers with a dateline after them are not, and none of those
/// is followed by a domain's dateline when it has none itself). `Some` once the paragraphs
/// after `top` decide, `None` while they do not yet (the stream waits).
fn caption_title(paragraphs: &[Paragraph], top: usize) -> Option<bool> {
    let p = &paragraphs[top];
    let head_domain = |p: &Paragraph| {
        let seg = &p.segments[0];
        seg.kind == SegmentKind::Dateline
            && seg
                .source
                .split([' ', ',', '|', '(', ')'])
                .any(|w| news::is_domain(w.trim_end_matches(['-', '–', '—', ':'])))
    };
    let candidate = p.segments.len() >= 2
        && p.segments.len() <= 4
        && p.segments[0].kind == SegmentKind::Dateline
        && !head_domain(p)
        && word_count(p) <= 60;
    if !candidate {
        return Some(false);
    }
    for (k, q) in paragraphs[top + 1..].iter().enumerate() {
        if head_domain(q) {
            return Some(true);
        }
        if starts_running_text(q) || k == 2 {
            return Some(false);
        }
    }
    None
}

/// `Suasana wisuda ratusan santri tahfiz Ponpes Nurul Ishlah ...` twice, then `Oleh : Lalu M
/// Kamil Ab` and the story (https://lomboktoday.co.id, tune-116; https://beritalima.com,
/// tune-19; https://pojokcelebes.com, tune-123): above the story (`top`, where its running
/// text starts), `paragraphs[i]` and a copy of it beside it, with the story's head right after
/// the pair (its title, a credit, a dateline or its running text), are the caption of the
/// story's picture, which a page gives twice, once under the picture and once in its viewer. A
/// carousel's slide given twice is followed by more of the menu (`Kumpulan Berita DPR RI`,
/// tune-6). In the tuning gold, 4 such pairs are captions; the 2 copies above the story that
/// are teasers have chrome after them.
fn caption_twice(paragraphs: &[Paragraph], i: usize, top: usize) -> bool {
    let head_at = |j: usize| {
        j == top
            || paragraphs.get(j).is_some_and(|q| {
                matches!(
                    q.kind,
                    ParagraphKind::Heading | ParagraphKind::Byline | ParagraphKind::Dateline
                )
            })
    };
    let copy_after = paragraphs
        .get(i + 1)
        .is_some_and(|q| same_text(&paragraphs[i], q));
    let copy_before = i > 0 && same_text(&paragraphs[i - 1], &paragraphs[i]);
    (copy_after && head_at(i + 2)) || (copy_before && head_at(i + 1))
}

/// Makes `p` a caption, its segments text (a caption keeps its sentences).
fn make_plain_caption(p: &mut Paragraph) {
    p.kind = ParagraphKind::Caption;
    for seg in &mut p.segments {
        if seg.kind == SegmentKind::Boilerplate {
            seg.kind = SegmentKind::Text;
        }
    }
}

/// Makes `p` a caption: its head and the sentence after it one segment of text, as a caption's
/// title and its description are (`text` is the document's).
fn make_caption(p: &mut Paragraph, text: &str) {
    p.kind = ParagraphKind::Caption;
    join_first(p, 2, text);
    p.segments[0].kind = SegmentKind::Text;
}

/// A short line between two lines of page chrome is chrome too, wherever it stands (a stage of
/// the stream, [`stream`], and again on the closing run after [`trailing_chrome`]): a widget's
/// name or setting left as text (`randomposts4`, `Sulut/block-7/#E4D932`), a button (`Print`),
/// an ad slot's label (`ads`), a counter's label whose figure is a line of its own (`0`,
/// `SHARES`, `346`). A title, a credit or a sentence has words of its own and punctuation; a few
/// words without a stop, with chrome on both sides, are one more entry of the menu (see
/// [`short_chrome`] for how few, and the count in the tuning gold).
fn between_chrome(paragraphs: &mut [Paragraph], page_start: bool) {
    // A pair at a time, in the stream's order (see `stream::Paragraphs::between`).
    let mut chrome_before = false;
    for i in 1..paragraphs.len() {
        let (done, rest) = paragraphs.split_at_mut(i);
        let picture_before = i >= 2 && picture_cell(&done[i - 2]);
        chrome_before = between_step(
            &mut done[i - 1],
            &mut rest[0],
            chrome_before,
            picture_before,
            page_start && i == 1,
        );
    }
}

/// One step of [`between_chrome`] (and of the stream's stage) over `p` and the paragraph after
/// it: cards of other stories, then `p` between chrome. `chrome_before` says the paragraph
/// before `p` was chrome; `page_top` that `p` is the page's first line, which has the page's
/// top above it, as chrome is (for the site's date only: see [`site_date`]). Returns whether
/// `p` was chrome before this step's own mark (a line marked here is not chrome for the line
/// after it). `picture_before` says the paragraph before `p` was a picture's cell.
fn between_step(
    p: &mut Paragraph,
    next: &mut Paragraph,
    chrome_before: bool,
    picture_before: bool,
    page_top: bool,
) -> bool {
    // `![]() |`, `Hotel Edelweis, Bajawa |`, `![]() |`, `Warga Desa Lakalodo berlatih tarian
    // untuk acara Reba |` (http://toliqfoto2.blogspot.com, tune-216): in a blog's picture table
    // a cell of words right under a picture's cell is that picture's caption, though the next
    // picture's cell follows it as a card's picture follows its headline. In the tuning gold
    // 45 of 46 cells closed by a bar right under a picture's cell are captions (the other is a
    // menu's `| Kompetisi |`, between bars); a card's headline has no picture right above it.
    if picture_before && caption_cell(p) {
        make_plain_caption(p);
    } else if story_card(p, next) {
        mark_boilerplate(p);
        mark_boilerplate(next);
    }
    if card_title(p, next) {
        mark_boilerplate(next);
    }
    // `|` alone over `Kondisi jalan masih bagus di awal perjalanan |` (yudhaarif.com, tune-213;
    // http://www.andremirza.com, tune-80; https://www.aspildo.com, tune-210): a blog's picture
    // table keeps its bar where the scraper drops the picture, so the bar is the picture's cell,
    // and a cell of words under it, or a caption beside it, is the picture's caption. 18 lone
    // bars in the tuning gold are captions, each beside a caption (13 over a cell of words, all
    // captions too); the 3 that are chrome stand between credits or under a heading.
    if lone_bar(p) && caption_cell(next) {
        make_plain_caption(next);
    }
    if p.kind == ParagraphKind::Caption && lone_bar(next) {
        make_plain_caption(next);
    }
    if next.kind == ParagraphKind::Caption && lone_bar(p) {
        make_plain_caption(p);
    }
    let chrome = p.kind == ParagraphKind::Boilerplate;
    let top = page_top && site_date(p);
    if (chrome_before || top) && next.kind == ParagraphKind::Boilerplate && short_chrome(p) {
        mark_boilerplate(p);
    }
    chrome
}

/// `![]() |`, `![](https://blogger.googleusercontent.com/...) |`: a picture's cell of a table,
/// the picture written as Markdown by the scraper, closed by the cell's bar.
fn picture_cell(p: &Paragraph) -> bool {
    let [seg] = p.segments.as_slice() else {
        return false;
    };
    let t = seg.source.trim();
    t.starts_with("![") && t.ends_with('|') && t.trim_end_matches(['|', ' ']).ends_with(')')
}

/// A paragraph that is a table's bar alone: `|`.
fn lone_bar(p: &Paragraph) -> bool {
    // The length first: this runs on every paragraph, twice.
    matches!(p.segments.as_slice(), [seg] if seg.source.len() <= 16 && seg.source.trim() == "|")
}

/// A table's cell of words (`Buldozer sudah disiapkan |`): two to forty words, closed by the
/// cell's bar.
fn caption_cell(p: &Paragraph) -> bool {
    let (Some(first), Some(last)) = (p.segments.first(), p.segments.last()) else {
        return false;
    };
    last.source.trim_end().ends_with(" |")
        && first
            .source
            .trim_start()
            .starts_with(|c: char| c.is_alphanumeric())
        && (3..=41).contains(&word_count(p))
}

/// `Hujan Deras Melanda Puncak Bogor, Bendung Katulampa Siaga 3 |` over `![]() |` (tune-55): a
/// card of another story in a table of them, its headline's cell and then its picture's,
/// empty (a stage of the stream, and of [`between_chrome`]). The story's own picture comes after
/// its text, not after a headline in a table's cell (13 of 13 such pictures in the tuning gold
/// follow running text, and are captions; the 5 after a headline's cell are cards).
fn story_card(title: &Paragraph, image: &Paragraph) -> bool {
    let ([picture], Some(first), Some(last)) = (
        image.segments.as_slice(),
        title.segments.first(),
        title.segments.last(),
    ) else {
        return false;
    };
    let cell = last.source.trim_end();
    picture_cell(image)
        && picture.source.trim_start().starts_with("![](")
        && cell.ends_with(" |")
        && !first.source.trim_start().starts_with(['|', '!'])
        && first
            .source
            .trim_start()
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && word_count(title) <= 25
}

/// `Batam2 hari ago` over `Solusi untuk Kepri Menghadapi Tarif Impor ...` (tune-60): under a
/// card's rubric and time (see `news::classify_line`), the card's headline: a line of twenty
/// words at most with no sentence end.
fn card_title(meta: &Paragraph, title: &Paragraph) -> bool {
    let ([meta], [head]) = (meta.segments.as_slice(), title.segments.as_slice()) else {
        return false;
    };
    meta.kind == SegmentKind::Boilerplate
        && news::is_card_time(&meta.source)
        && matches!(title.kind, ParagraphKind::Heading | ParagraphKind::Body)
        && head.kind == SegmentKind::Text
        && is_heading(&head.source)
}

/// A line [`between_chrome`] may take for chrome: four words at most, no sentence
/// punctuation, quote or label's colon, taken for a heading or a sentence; or up to five words
/// in capitals, which another rule may have taken for a reporter's name (`BANK DKI JACKONE`,
/// an advertiser's banner between two `advertisement` slots in tune-49). In the tuning gold
/// every line in capitals between two lines of chrome is chrome (32 of 32), and 11 of the 12
/// four-word lines without a colon or a dash.
fn short_chrome(p: &Paragraph) -> bool {
    // A credit (`Kontributor di Koran Mandala`, tune-41) may stand among the chrome under a
    // story; its label says what it is.
    let plain = |t: &str| {
        !t.contains(['.', '!', '?', ',', '"', '“', '”', ':'])
            && !t.starts_with(['-', '–', '•'])
            && !news::opens_with_credit_label(t)
    };
    if let Some(t) = lone_line(p) {
        return (t.split_whitespace().nth(4).is_none() && plain(t)) || cut_title(t);
    }
    let [seg] = p.segments.as_slice() else {
        return false;
    };
    let t = trim(&seg.source);
    if site_date(p) {
        return true;
    }
    matches!(p.kind, ParagraphKind::Byline | ParagraphKind::Heading)
        && t.split_whitespace().nth(5).is_none()
        && t.contains(char::is_alphabetic)
        && !t.contains(char::is_lowercase)
        && plain(t)
}

/// `Gerak Cepat, Tim Opsnal Sakera Sakti Berhasil...` between `Artikel Sebelumnya` and `Artikel
/// Berikutnya` (tune-53): a theme cuts a linked title to the box's width and closes it with an
/// ellipsis glued to the last word kept. A capitalised line of fifteen words at most, with no
/// stop or quotation before that ellipsis, is such a title; among the chrome it is a link.
fn cut_title(t: &str) -> bool {
    let Some(stem) = t.strip_suffix('…').or_else(|| t.strip_suffix("...")) else {
        return false;
    };
    stem.ends_with(char::is_alphanumeric)
        && stem.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !stem.contains(['.', '!', '?', '"', '“', '”', ':'])
        && !news::more_words_than(stem, 15)
}

/// `Rabu, April 23, 2025` at the top of the page over the menu: the site's date of the day, in
/// its top bar. A weekday's date with no time, between two lines of chrome or as the page's
/// first line over chrome, is that date; the story's own date comes under or over its title,
/// not among the menus. In the tuning gold, 9 of 10 such dates over chrome are chrome, and 26
/// of 27 over a title or text are the story's byline.
fn site_date(p: &Paragraph) -> bool {
    let [seg] = p.segments.as_slice() else {
        return false;
    };
    p.kind == ParagraphKind::Byline && news::weekday_date(&seg.source)
}

/// A short line without a stop that speaks to the reader as *Anda*, *kamu* or *kalian*, as a
/// site's menus, prompts and blurbs do (`Rekomendasi Untuk Anda`, `Jelajahi produk lokal ...
/// untuk Anda`). News text speaks of others; where it quotes or advises the reader it writes a
/// sentence, with its stop, inside the story.
fn addresses_reader(p: &Paragraph) -> bool {
    lone_line(p).is_some_and(|t| {
        t.split_whitespace().nth(12).is_none()
            && !t.ends_with(['.', '!', '?', '"', '”', ':'])
            && !t.starts_with(['"', '“', '-', '•'])
            && t.split_whitespace().any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphanumeric()),
                    "Anda" | "anda" | "kamu" | "Kamu" | "kalian" | "Kalian"
                )
            })
    })
}

/// The outlet a page's title bar names (`Title | Outlet`): the part after the last bar of a
/// heading, of one to three words.
fn title_bar_outlet(p: &Paragraph) -> Option<&str> {
    if p.kind != ParagraphKind::Heading || p.segments.len() != 1 {
        return None;
    }
    let t = &p.segments[0].source;
    let (title, outlet) = t.rsplit_once(" | ")?;
    let outlet = outlet.trim();
    (!title.trim().is_empty() && !outlet.is_empty() && !news::more_words_than(outlet, 3))
        .then_some(outlet)
}

/// Where the story's running text starts: the first paragraph of running text that is not a
/// teaser of another story in the site's chrome above it. `Headline` / `Diskon transportasi
/// hingga 30%, bantuan pangan, dan sistem kerja fleksibel bergulir.` (twice) / `Kumpulan
/// Berita DPR RI` (Media Indonesia): a story opens under its title, dateline or credits, and
/// goes on with its next paragraph; a short paragraph set under a navigation label and
/// followed by another label, or by a copy of itself (a carousel repeats its slides), belongs
/// to the menu around it. A copy of such a teaser is one too.
///
/// A story's own text is never cut off by the page, so a dateline's lead cut short (see
/// [`head_teaser`]) is another story's teaser too, unless nothing on the page but such
/// teasers is running text: a tag or channel page lists its stories that way, and there they
/// are the page's text.
fn running_start(paragraphs: &[Paragraph]) -> usize {
    let mut first_cut = None;
    let mut links_to = 0;
    for (i, p) in paragraphs.iter().enumerate() {
        if i < links_to || !starts_running_text(p) {
            continue;
        }
        if let Some(end) = link_run_end(paragraphs, i) {
            links_to = end;
            continue;
        }
        if head_teaser(paragraphs, i) {
            first_cut.get_or_insert(i);
            continue;
        }
        let teaser = i > 0
            && (slide_lead(&paragraphs[..i], p)
                || (teaser_under(&paragraphs[i - 1], p)
                    && paragraphs
                        .get(i + 1)
                        .is_some_and(|next| confirms_teaser(p, next)))
                || (starts_running_text(&paragraphs[i - 1]) && same_text(&paragraphs[i - 1], p)));
        if !teaser {
            return i;
        }
    }
    first_cut.unwrap_or(paragraphs.len())
}

/// `- Gedung TK LKMD Winonglor diresmikan kepala desa dan pejabat dindikbud`, eight more such
/// lines, then the title `Kartini Kecil, Penuh Warna` (https://dindikbud.purworejokab.go.id,
/// tune-222): three or more bulleted headlines in a row right above a heading, before any
/// running text, are the site's list of its other stories, however their titles are cased. A
/// story's own list comes after a sentence of the story; in the tuning gold no bulleted line
/// above the story's first paragraph is a list's item (0 of 317), and every such run right
/// above a heading is chrome (5 pages). The run's end (the heading's index) when the run at
/// `i` is one.
fn link_run_end(paragraphs: &[Paragraph], i: usize) -> Option<usize> {
    let end = i + paragraphs[i..].iter().take_while(|p| link_item(p)).count();
    (end - i >= 3 && paragraphs.get(end)?.kind == ParagraphKind::Heading).then_some(end)
}

/// A bulleted line shaped as a story's title: a list's item of four words or more, opening in
/// a capital or a digit, with no colon (a field: `• Dipublish Oleh: admin`) and no sentence's
/// or clause's end at its end.
fn link_item(p: &Paragraph) -> bool {
    let [seg] = p.segments.as_slice() else {
        return false;
    };
    let t = trim(&seg.source);
    let Some(n) = list_marker_len(t) else {
        return false;
    };
    let title = t[n..].trim_start();
    p.kind == ParagraphKind::ListItem
        && seg.kind == SegmentKind::Text
        && !t.starts_with(|c: char| c.is_alphanumeric())
        && title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !title.contains(':')
        && !title.ends_with(['.', '!', '?', ';', ',', ':'])
        && title.split_whitespace().nth(3).is_some()
}

/// `Kepa BNPT Ajak Mahasiswa UGM Jauhi …` under `Kepa BNPT Ajak Mahasiswa UGM Jauhi Paham
/// Radikal`: a line that repeats the start of the line above it and is cut short by an
/// ellipsis is a slider's or a list's teaser of that headline. A page's text never repeats a
/// line cut off; a theme does, where the box is too narrow for the title.
fn cut_copy(p: &Paragraph, above: &Paragraph) -> bool {
    let ([seg], [full]) = (p.segments.as_slice(), above.segments.as_slice()) else {
        return false;
    };
    let t = trim(&seg.source);
    let Some(stem) = t.strip_suffix('…').or_else(|| t.strip_suffix("...")) else {
        return false;
    };
    let stem = stem.trim_end();
    let full = trim(&full.source);
    stem.chars().count() >= 10 && full.len() > stem.len() && full.starts_with(stem)
}

/// `Jogja-KoPi| Kegiatan Inku...` right under a headline's cut copy (`above` ends with the
/// headline and its copy): the slide's lead, cut short too (see [`cut_lead`]).
fn slide_lead(above: &[Paragraph], p: &Paragraph) -> bool {
    let n = above.len();
    n >= 2 && cut_copy(&above[n - 1], &above[n - 2]) && cut_lead(p)
}

/// A paragraph of eight words at most closed by an ellipsis: text cut short by the page.
fn cut_lead(p: &Paragraph) -> bool {
    let Some(last) = p.segments.last() else {
        return false;
    };
    cut_short(&last.source, || word_count(p))
}

/// The words of a paragraph's segments.
fn word_count(p: &Paragraph) -> usize {
    p.segments
        .iter()
        .map(|s| s.source.split_whitespace().count())
        .sum()
}

/// Text ending in `end`, of `words()` words, cut short by the page (see [`cut_lead`]); such a
/// paragraph is never the story's first, where a bare dateline is trusted. The words are
/// counted only when the text ends in an ellipsis (this runs on every paragraph).
fn cut_short(end: &str, words: impl FnOnce() -> usize) -> bool {
    let end = end.trim_end();
    (end.ends_with('…') || end.ends_with("...")) && words() <= 8
}

/// `KUTACANE - Penonton membeludak di venue arung jeram Pekan Olahraga Nasional (PON) XXI...`
/// (tune-20), `CIBINONG - Perumda Pasar Tohaga Kabupaten Bogor resmi memulai tahap
/// pembangunan Pasar Rakyat Leuwiliang, yang…` (tune-180): a dateline opens a story, and the
/// page cuts it off in mid-sentence (an ellipsis right after a word or a comma) only where it
/// shows another story's lead in a list of teasers. In the tuning gold, 16 of the 19 such
/// paragraphs are another story's teaser beside the page's story; the other 3 are a channel
/// page's stories, where no story of its own stands (see [`running_start`]).
fn cut_teaser(p: &Paragraph) -> bool {
    p.kind == ParagraphKind::Body
        && p.segments.len() <= 4
        && p.segments[0].kind == SegmentKind::Dateline
        && p.segments
            .last()
            .is_some_and(|s| cut_mid_sentence(&s.source))
        && word_count(p) <= 80
}

/// Above the story, `paragraphs[i]` is a dateline's lead cut off (see [`cut_teaser`]) that is
/// another story's teaser. Not under a title: `Gunung Merapi Kembali Erupsi, ...` over
/// `YOGYAKARTA (SR28) - Gunung Merapi kembali erupsi ...` (tune-37) is a channel page listing
/// its stories by title and lead, and those are its text. Nor when the next paragraph goes on
/// from where it is cut: that is the page's excerpt of its own story over the story
/// (`TEGAL, puskapik.com - Purnel FC Suradadi berhasil juara 1 ...`, tune-35).
fn head_teaser(paragraphs: &[Paragraph], i: usize) -> bool {
    let p = &paragraphs[i];
    if !cut_teaser(p) || (i > 0 && paragraphs[i - 1].kind == ParagraphKind::Heading) {
        return false;
    }
    let Some(next) = paragraphs.get(i + 1) else {
        return true;
    };
    let cut = joined(p);
    // `cut_teaser` has found the cut in the last segment, which ends the joined text too.
    let stem = cut_stem(&cut).unwrap_or(&cut);
    !joined(next).starts_with(stem)
}

/// A paragraph's segments, one space between them.
fn joined(p: &Paragraph) -> String {
    let parts: Vec<&str> = p.segments.iter().map(|s| s.source.trim()).collect();
    parts.join(" ")
}

/// Text that ends in an ellipsis right after a word or a comma (`yang…`, `XXI...`, `Rp [...]`):
/// cut off by the page, not a sentence that trails off after its stop.
fn cut_mid_sentence(text: &str) -> bool {
    cut_stem(text).is_some()
}

/// The text before the page's cut (see [`cut_mid_sentence`]), where there is one.
fn cut_stem(text: &str) -> Option<&str> {
    let t = text.trim_end();
    let stem = ["…", "...", "[…]", "[...]"]
        .iter()
        .find_map(|mark| t.strip_suffix(mark))?
        .trim_end();
    stem.chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',')
        .then_some(stem)
}

/// `p` may be a teaser: a paragraph of one or two sentences with no dateline, right under a
/// navigation label (a boilerplate line of three words at most, not an advertisement's).
fn teaser_under(label: &Paragraph, p: &Paragraph) -> bool {
    let nav_label = label.kind == ParagraphKind::Boilerplate
        && label.segments.len() == 1
        && !news::more_words_than(trim(&label.segments[0].source), 3)
        && label.segments[0].source.contains(char::is_alphabetic)
        && !is_advert_label(&label.segments[0].source);
    nav_label
        && p.kind == ParagraphKind::Body
        && p.segments.len() <= 2
        && p.segments.iter().all(|s| s.kind == SegmentKind::Text)
        && p.segments
            .iter()
            .all(|s| !news::more_words_than(trim(&s.source), 30))
}

/// What follows a teaser: a copy of it, or a label of the menu (four words at most, no colon:
/// `Kumpulan Berita DPR RI`, `Fokus`; not an advertisement's slot, nor a `Baca juga: ...` link
/// that may follow a story's first paragraph).
fn confirms_teaser(p: &Paragraph, next: &Paragraph) -> bool {
    let label = next.kind == ParagraphKind::Boilerplate
        && next.segments.len() == 1
        && !news::more_words_than(trim(&next.segments[0].source), 4)
        && !next.segments[0].source.contains(':')
        && next.segments[0].source.contains(char::is_alphabetic)
        && !is_advert_label(&next.segments[0].source);
    label || same_text(p, next)
}

fn same_text(a: &Paragraph, b: &Paragraph) -> bool {
    a.segments.len() == b.segments.len()
        && a.segments
            .iter()
            .zip(&b.segments)
            .all(|(x, y)| x.source == y.source)
}

/// The first paragraph of running text (what [`leading_chrome`] looks above; [`Paragraphs`]
/// holds the paragraphs before it back until it comes).
fn starts_running_text(p: &Paragraph) -> bool {
    // `“ MENJADI MADRASAH BERKARAKTER, BERPRESTASI UNGGUL, HUMANIS DAN TRAMPIL”` above a
    // school blog's menu (tune-78): a quoted line with no sentence's end in it is a motto or a
    // title in quotes; a quotation of running text ends its sentence inside or after it.
    let slogan = p.kind == ParagraphKind::Quote
        && !p
            .segments
            .iter()
            .any(|s| s.source.contains(['.', '!', '?', '…']));
    matches!(
        p.kind,
        ParagraphKind::Body | ParagraphKind::Quote | ParagraphKind::ListItem
    ) && !slogan
        && !is_label(p)
        && !is_list_label(p)
        && !is_link_headline(p)
        && !is_lone_domain(p)
}

/// A paragraph that is a domain name alone (`indoposco.id`): no running text.
fn is_lone_domain(p: &Paragraph) -> bool {
    let [seg] = p.segments.as_slice() else {
        return false;
    };
    let t = seg.source.trim();
    seg.kind == SegmentKind::Text
        && !t.contains(char::is_whitespace)
        && !t.contains('/')
        && news::is_domain(t)
}

/// `• Nasional`, `• Gaya Hidup`: a bulleted item of three words at most and no sentence
/// punctuation, the shape of a menu entry (a list in a story names things in phrases).
fn is_list_label(p: &Paragraph) -> bool {
    let [seg] = p.segments.as_slice() else {
        return false;
    };
    let t = strip_list_marker(&seg.source);
    p.kind == ParagraphKind::ListItem
        && seg.kind == SegmentKind::Text
        && !seg.source.starts_with(|c: char| c.is_alphanumeric())
        && !t.is_empty()
        && t.split_whitespace().nth(3).is_none()
        && !t.contains(['.', '!', '?', ',', '/', ':'])
}

/// A bulleted list item shaped as a headline (title case, no sentence end: `• Kantor
/// Pertanahan Tuba Barat Optimistis Sertifikatkan Ribuan Hektare Tanah Tahun Ini`). Above the
/// story's first paragraph or below its last it is a link to another story, unless a sentence
/// of the story introduces the list (`... sebagai berikut:`). Between the story's paragraphs
/// such a list is the story's own, and so is a numbered list anywhere (`2. Ketua KPK Akui
/// ...`: a round-up of the day's news numbers its headlines, and a page may end inside it; a
/// site's link lists are bulleted).
///
/// `- Bangga! Mahasiswa PCR Torehkan Prestasi di Ajang Pilmapres` (tune-109): a headline may
/// open with an exclamation or a question the splitter sets apart; the item is still one
/// headline when every piece but the last ends with `!` or `?`.
fn is_link_headline(p: &Paragraph) -> bool {
    let Some((last, before)) = p.segments.split_last() else {
        return false;
    };
    let exclaimed = || before.iter().all(|s| trim(&s.source).ends_with(['!', '?']));
    let shaped = || {
        if before.is_empty() {
            return headline_shape(strip_list_marker(&last.source));
        }
        let whole: Vec<&str> = p.segments.iter().map(|s| s.source.as_str()).collect();
        headline_shape(strip_list_marker(&whole.join(" ")))
    };
    p.kind == ParagraphKind::ListItem
        && p.segments.iter().all(|s| s.kind == SegmentKind::Text)
        && !p.segments[0]
            .source
            .starts_with(|c: char| c.is_alphanumeric())
        && exclaimed()
        && shaped()
}

/// A sentence of the story that introduces what follows (`Berikut daftarnya:`).
fn introduces(p: &Paragraph) -> bool {
    matches!(p.kind, ParagraphKind::Body | ParagraphKind::Quote)
        && p.segments
            .last()
            .is_some_and(|s| s.kind == SegmentKind::Text && s.source.trim_end().ends_with(':'))
}

/// Whether, after `p`, a list a sentence introduced may still be running as short lines that
/// read as headings (`Keadaan topografi wilayah ini adalah:`, then `Kemiringan 15–40 derajat:
/// 25,61%`): `open` is the state before `p`. A field's label (`Kirim via:`) is no sentence.
fn list_state(open: bool, p: &Paragraph) -> bool {
    // The list's own items keep it running: `Dan berikut ini informasi rasulan di GUNUNGKIDUL :`,
    // then `- Dusun Munggi, Semanu`, `- Sabtu Wage, 25 Mey 2012` (a bulleted date, read as a
    // stamp) and on to `- 1 Juni - Padukuhan Pragak, Semanu` (http://cybersatu.blogspot.com,
    // tune-202), items shaped as links to other stories where the list closes the page.
    let bulleted = || list_marker_len(&p.segments[0].source).is_some();
    if matches!(p.kind, ParagraphKind::Heading | ParagraphKind::ListItem) || bulleted() {
        open
    } else {
        introduces(p) && !is_label(p)
    }
}

/// `• Judul`: the text of a list item without its marker.
fn strip_list_marker(item: &str) -> &str {
    let t = item.trim_start();
    match list_marker_len(t) {
        Some(n) => t[n..].trim_start(),
        None => t,
    }
}

/// The shape of a headline: four to twenty words, no sentence end, title case (three or more
/// content words, three in four of them capitalised; Indonesian headlines capitalise every
/// word but short function words such as `di`, `ke`, `dan`, `dalam`).
fn headline_shape(t: &str) -> bool {
    let t = t.trim();
    // A colon, bar or asterisk marks a credit or a field (`Oleh : *) Nama`, `Oleh Redaksi X |
    // 04 November 2016`), not a headline.
    // A headline may quote its speaker after a colon (`95 Personel Polresta Pekanbaru Naik
    // Pangkat, Kapolresta: Ini Amanah ...`, tune-109): a field's label is one or two words.
    let field = t
        .split_once(':')
        .is_some_and(|(label, _)| label.split_whitespace().nth(2).is_none());
    if t.ends_with(['.', '?', '!', ';', ',', '"', '”', ')'])
        || field
        || t.contains(['|', '*'])
        || t.split_whitespace().nth(3).is_none()
        || t.split_whitespace().nth(20).is_some()
    {
        return false;
    }
    let (mut content, mut capital) = (0, 0);
    for w in t.split_whitespace() {
        let first = w.chars().next().unwrap_or(' ');
        if w.chars().count() < 4 || !(first.is_alphabetic() || first.is_ascii_digit()) {
            continue;
        }
        content += 1;
        capital += usize::from(first.is_uppercase() || first.is_ascii_digit());
    }
    content >= 3 && capital * 4 >= content * 3
}

/// A headline standing alone: a title-case heading, or a bulleted headline (see
/// [`is_link_headline`]), or a dateline's lead cut off by the page (see [`cut_teaser`]); a
/// teaser of another story where no story text follows it.
fn is_teaser(p: &Paragraph) -> bool {
    (p.kind == ParagraphKind::Heading
        && p.segments.len() == 1
        && p.segments[0].kind == SegmentKind::Text
        && headline_shape(&p.segments[0].source))
        || is_link_headline(p)
        || cut_teaser(p)
}

/// `BERITA TERKAIT` followed by `- Harga Pangan ...` items: a list under a navigation label
/// (related or popular articles) is a list of links, not a list in the story. A list in the
/// story is introduced by a sentence (`... di antaranya:`), never by a label. Under such a label
/// (`BacaJuga:`, `Jangan Lewatkan!`, `BERITA TERKAIT`) the links may also come as headlines
/// without bullets, each perhaps with its rubric and time (`Bola Indonesia 27 Januari 2015,
/// 20:50`): headlines and stamps go on the list, the first paragraph of another shape ends it.
///
/// Applied a paragraph at a time: `state` says whether the paragraph before `p` is such a label
/// (or an item of its list), and is updated for the next.
fn link_list_step(state: &mut LinkList, p: &mut Paragraph, text: &str) {
    // `1. Home`, `2. »`, `3. Balangan`, `4. »`, `5. Warga Jungkal Gotong Royong ...` (tune-26): a
    // breadcrumb set as a numbered list (the markup of schema.org's BreadcrumbList) opens on
    // the site's home and runs to the page's own title; a story's list never starts at `Home`.
    if p.kind == ParagraphKind::ListItem && p.segments.len() == 1 {
        let item = strip_list_marker(&p.segments[0].source);
        let numbered = p.segments[0]
            .source
            .starts_with(|c: char| c.is_ascii_digit());
        if numbered
            && ["home", "beranda"]
                .iter()
                .any(|h| item.eq_ignore_ascii_case(h))
        {
            state.breadcrumb = true;
        }
        if state.breadcrumb && numbered {
            mark_boilerplate(p);
            return;
        }
    }
    state.breadcrumb = false;
    // `-`, `|` between the links: a separator keeps the list going and starts none.
    if p.kind == ParagraphKind::Boilerplate
        && !p
            .segments
            .iter()
            .any(|s| s.source.contains(char::is_alphabetic))
    {
        return;
    }
    // `beritalima.com` alone between the story's paragraphs: the site's watermark under a
    // picture the scraper dropped, not a credit (a credit comes under the title or closes the
    // story with its reporter's code) and no text.
    if state.running && is_lone_domain(p) {
        mark_boilerplate(p);
        state.under_label = false;
        state.after_link = false;
        return;
    }
    let announced = state.read_also && lone_headline(p);
    // `Festival wisata edukasi ini diinisiasi oleh Komunitas` under `Baca Juga:` and its link
    // (tune-57): a wrapped story's next line has a heading's shape but not a headline's title
    // case; under a read-also marker the links after its first are headlines (`Simak Juga`
    // over two of them, tune-13).
    let headline = || {
        !state.after_read_also
            || p.segments
                .first()
                .is_some_and(|s| headline_shape(&s.source))
    };
    let link = state.under_label
        && (p.kind == ParagraphKind::ListItem
            || (state.running
                && state.announces
                && is_link_line(p, state.after_link)
                && headline())
            || announced);
    state.after_read_also = announced || (link && state.after_read_also);
    state.after_link = link;
    // A read-also marker names one story; or a table of them, one a row (`Baca Juga` over `|
    // Headline |   |` rows on the Tribun network's pages, tune-49).
    state.read_also = announced && is_table_row(p);
    if announced {
        // The headline is one segment, whatever `!` or `?` it holds.
        join_segments(p, text);
    }
    if link {
        for seg in &mut p.segments {
            seg.kind = SegmentKind::Boilerplate;
        }
        p.kind = ParagraphKind::Boilerplate;
        return;
    }
    state.running |= starts_running_text(p);
    let t = p.segments.first().map_or("", |s| s.source.trim());
    state.under_label = p.kind == ParagraphKind::Boilerplate
        && p.segments.len() == 1
        && t.split_whitespace().nth(3).is_none()
        && !is_advert_label(t);
    // Headlines without bullets are taken only under a label that announces links: closed by
    // a colon or an exclamation (`BacaJuga:`, `Jangan Lewatkan!`) or set in capitals (`BERITA
    // TERKAIT`), not under any short line the site put there (`Video`).
    // A label the list knows to name other stories (`More Stories`) announces them in any case.
    state.read_also = state.under_label && news::read_also_alone(t);
    // A read-also marker alone announces links with or without its colon (`Simak Juga`).
    state.announces = state.under_label
        && (t.ends_with([':', '!'])
            || !t.contains(char::is_lowercase)
            || news::announces_links(t)
            || state.read_also);
}

/// Makes the paragraph's segments one, spanning them all (`text` is the document's).
fn join_segments(p: &mut Paragraph, text: &str) {
    join_first(p, p.segments.len(), text);
}

/// Makes the paragraph's first `n` segments one, spanning them, the first's kind kept (`text` is
/// the document's).
fn join_first(p: &mut Paragraph, n: usize, text: &str) {
    if n < 2 {
        return;
    }
    let span = p.segments[0].span.start..p.segments[n - 1].span.end;
    p.segments.drain(1..n);
    p.segments[0].source = text[span.clone()].to_string();
    p.segments[0].span = span;
    for (i, seg) in p.segments.iter_mut().enumerate() {
        seg.index = i + 1;
    }
}

/// `Baca Juga` alone, then `Viral! 2 Maling Motor di Jaktim Kepergok, Langsung Dihajar Warga`:
/// under a read-also marker alone on its line, the next line is the headline it announces
/// when it is shaped as one: twenty words at most, opening with a capital or a figure, not
/// closed as a sentence is (a headline may hold a `!` or `?`). The story's own text, when the
/// link was lost in scraping, goes on in sentences closed by a stop.
fn lone_headline(p: &Paragraph) -> bool {
    let (Some(first), Some(last)) = (p.segments.first(), p.segments.last()) else {
        return false;
    };
    // `| Viral Pria Asal Serang ... |   |` (tune-49): a headline in a table's row is read by
    // its text, as the page shows it.
    let t = first.source.trim_start_matches(['|', ' ']);
    let end = last.source.trim_end_matches(['|', ' ']);
    matches!(p.kind, ParagraphKind::Heading | ParagraphKind::Body)
        && p.segments.iter().all(|s| s.kind == SegmentKind::Text)
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !end.ends_with(['.', ',', ';', ':', '"', '”', '’', ')'])
        && word_count(p) <= 20
}

/// A row of a table as a page turned into Markdown keeps it: `| cell | cell |`.
fn is_table_row(p: &Paragraph) -> bool {
    let (Some(first), Some(last)) = (p.segments.first(), p.segments.last()) else {
        return false;
    };
    first.source.trim_start().starts_with('|') && last.source.trim_end().ends_with('|')
}

/// What [`link_list_step`] carries from one paragraph to the next.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct LinkList {
    /// The paragraph before is a link label or one of its links.
    under_label: bool,
    /// ... and it was a link (a stamp follows a link, not the label).
    after_link: bool,
    /// The label announces links (see [`link_list_step`]).
    announces: bool,
    /// Running text has begun: a title under a kicker (`BREAKING NEWS`) is no link.
    running: bool,
    /// The paragraph before is a read-also marker alone (see [`lone_headline`]).
    read_also: bool,
    /// The paragraph before is an item of a numbered breadcrumb (`1. Home`).
    breadcrumb: bool,
    /// The links so far follow a read-also marker alone (see [`link_list_step`]).
    after_read_also: bool,
}

/// `Iklan`, `ADVERTISEMENT`: an advertisement slot, which heads no list of links (a
/// cross-heading of the story may follow it).
fn is_advert_label(t: &str) -> bool {
    let first = t.split_whitespace().next().unwrap_or("");
    ["iklan", "advertisement", "ads", "sponsored"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// Under a link label: a headline without a bullet (a heading of four words or more, colons
/// allowed: `Review: Persela Gagal Beri Kado Untuk LA Mania`), or a link's stamp of a rubric,
/// a date and a time (`Liga Italia 7 Januari 2026, 05:16`).
fn is_link_line(p: &Paragraph, after_link: bool) -> bool {
    let [seg] = p.segments.as_slice() else {
        return false;
    };
    let t = seg.source.trim();
    let heading = p.kind == ParagraphKind::Heading
        && seg.kind == SegmentKind::Text
        && t.split_whitespace().nth(3).is_some();
    let stamp = after_link
        && t.split_whitespace().nth(8).is_none()
        && t.split_whitespace().any(|w| {
            let w = w.trim_end_matches(',');
            w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
        })
        && t.split_whitespace().any(|w| {
            let b = w.as_bytes();
            b.len() == 5 && b[2] == b':' && b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit)
        });
    heading || stamp
}

/// The page chrome a scraper keeps after an article: rubric and navigation labels (`Terkini`,
/// `REKOMENDASI`, `Artikel Pilihan`, `Tags`, `Halaman:`, `1 Komentar`) below the last running
/// text. A label is short (three words at most) and has no sentence punctuation; it names a
/// part of the site, not a fact. A heading inside an article is followed by the text it heads, so a
/// label only counts in the run that closes the article, and only when the run holds two or
/// more paragraphs (menus come in groups; a lone short line after the text may be a reporter's
/// name) or is one field label with nothing after its colon (`Kategori :`).
fn trailing_chrome(paragraphs: &mut [Paragraph], list_open: bool, story_before: bool) {
    teasers_after_the_story(paragraphs, list_open, story_before);
    let run = label_run(paragraphs);
    let first = paragraphs.len() - run;
    let empty_field = |p: &Paragraph| {
        let t = p.segments[0].source.trim();
        t.ends_with(':')
            && t.trim_end_matches([':', ' '])
                .split_whitespace()
                .nth(1)
                .is_none()
    };
    let lone_field = run == 1 && is_label(&paragraphs[first]) && empty_field(&paragraphs[first]);
    if run >= 2 || lone_field {
        // `wartawan` then `SAM`: under a credit label alone on its line, a short line is the
        // credit's name, not a label.
        // `(WA)`, `(Alam)` before `Be the first to comment` (tune-131, tune-136): a reporter's
        // code or name in brackets signs the story off wherever the chrome starts (every such
        // line alone in the tuning gold is a byline).
        let mut credit_label = false;
        for p in &mut paragraphs[first..] {
            let code = p.kind == ParagraphKind::Byline && {
                let t = p.segments[0].source.trim();
                t.starts_with('(') && t.ends_with(')')
            };
            if is_label(p) && !credit_label && !code {
                mark_boilerplate(p);
            }
            credit_label = p.kind == ParagraphKind::Byline
                && p.segments.len() == 1
                && !p.segments[0].source.trim().contains(char::is_whitespace);
        }
    }
    // The stream's stage has passed these paragraphs before the rules above marked some of
    // them: a short line between two lines they made chrome is decided here.
    let closing = paragraphs.len() - chrome_run(paragraphs);
    between_chrome(&mut paragraphs[closing..], false);
}

/// `Terkait Kenaikan Harga Beras, KPPU Siap Sidak ke Kilang Padi`, then four more: headlines
/// in a row after the story are the site's list of other stories, and so is a bulleted
/// headline after it (`• Di Atas Gunung Muncul Tanda Kiamat, Pertama dalam 4.000 Tahun`). A
/// story's cross-heading heads text that follows it, so it never closes the page; two or more
/// headings are asked for, as a lone one may be a caption's title or a cut page's last heading,
/// unless the reporter's sign-off (a byline) comes before it.
/// A list a sentence introduces (`Berikut daftar kementerian yang hadir:`) is the story's,
/// whatever its case.
fn teasers_after_the_story(paragraphs: &mut [Paragraph], list_open: bool, story_before: bool) {
    let mut first = paragraphs.len() - chrome_run(paragraphs);
    // Cut leads are other stories' teasers only below a story (`story_before`: running text
    // came before `paragraphs`); with no running text of its own above them they are a
    // channel page's stories (see [`head_teaser`]), and the run stops at them.
    if !story_before && !paragraphs[..first].iter().any(story_text) {
        first = paragraphs.len()
            - paragraphs
                .iter()
                .rev()
                .take_while(|p| !cut_teaser(p) && may_be_chrome(p))
                .count();
    }
    // The list may have begun before the run, with items not shaped as headlines.
    let list_before = paragraphs[..first].iter().fold(list_open, list_state);
    let run = &mut paragraphs[first..];
    let mut introduced = false;
    let mut by_sentence = list_before;
    let mut teaser = vec![false; run.len()];
    for (p, t) in run.iter().zip(teaser.iter_mut()) {
        if p.kind == ParagraphKind::ListItem {
            *t = !(introduced || by_sentence) && is_link_headline(p);
        } else if by_sentence && p.kind == ParagraphKind::Heading {
            // `Keadaan topografi wilayah ini adalah:`, then `Kemiringan 15–40 derajat: 25,61%`
            // (https://damalor.blogspot.com, tune-172): the list a sentence introduces may come
            // as short lines without bullets, which read as headings; they are still the
            // story's. A field's label (`Kirim via:` over a phone number) is no sentence.
        } else {
            introduced = introduces(p);
            by_sentence = list_state(by_sentence, p);
            *t = is_teaser(p);
        }
    }
    let headings = run
        .iter()
        .zip(&teaser)
        .filter(|(p, t)| **t && p.kind == ParagraphKind::Heading)
        .count();
    // `Tagar #TeddyOut Ramai di Media Sosial`, then `Persib Dibantai Persikabo, Tagar #TeddyOut
    // Ramai di Media Sosial`: a list of other stories names each story once, so a headline that
    // the next one repeats whole is the story's cross-heading over a link to the story it
    // names, not a link itself (it still counts as a headline in the run).
    let repeated: Vec<bool> = (0..run.len())
        .map(|i| {
            run.get(i + 1).is_some_and(|next| {
                let (a, b) = (trim(&run[i].segments[0].source), &next.segments[0].source);
                run[i].kind == ParagraphKind::Heading && b.len() > a.len() && b.ends_with(a)
            })
        })
        .collect();
    // `wartawan` / `SAM`, then `Wajah Baru Desa Linjong, ...`: the reporter's sign-off closes
    // the story, so a headline after it is another story's, even alone.
    let mut signed = false;
    for ((p, t), repeated) in run.iter_mut().zip(teaser).zip(repeated) {
        signed |= p.kind == ParagraphKind::Byline;
        if t && !repeated && (p.kind == ParagraphKind::ListItem || headings >= 2 || signed) {
            mark_boilerplate(p);
        }
    }
}

/// Running text of the page's own story: not another story's lead cut off (see
/// [`cut_teaser`]).
fn story_text(p: &Paragraph) -> bool {
    starts_running_text(p) && !cut_teaser(p)
}

/// How many paragraphs at the end of `paragraphs` may be page chrome: labels, furniture,
/// headlines and a sentence introducing a list (the run [`trailing_chrome`] decides on;
/// [`Paragraphs`] holds such a run back until what follows it is known).
fn chrome_run(paragraphs: &[Paragraph]) -> usize {
    paragraphs
        .iter()
        .rev()
        .take_while(|p| may_be_chrome(p))
        .count()
}

/// A paragraph that may belong to the closing run of chrome (see [`chrome_run`]).
fn may_be_chrome(p: &Paragraph) -> bool {
    is_label(p) || is_furniture(p) || is_teaser(p) || introduces(p)
}

fn is_furniture(p: &Paragraph) -> bool {
    matches!(p.kind, ParagraphKind::Boilerplate | ParagraphKind::Byline)
}

/// The closing run of labels and furniture alone (the labels' rule in [`trailing_chrome`]).
fn label_run(paragraphs: &[Paragraph]) -> usize {
    paragraphs
        .iter()
        .rev()
        .take_while(|p| is_label(p) || is_furniture(p))
        .count()
}

/// A title or cross-heading: short, starts with a capital, no closing sentence punctuation.
/// An end mark after the last sentence (`... Robert Alberts. ***`) does not hide its stop.
fn is_heading(par: &str) -> bool {
    let t = trim(par);
    !t.is_empty()
        && !news::more_words_than(t, 20)
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !t
            .trim_end_matches(['*', ' '])
            .ends_with(['.', ',', ';', ':', '”', '"', '’', ')'])
        && !t.contains('\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_article_shape() {
        let text = std::fs::read_to_string("examples/tribunnews-2022-12-03-rusia-belarus.txt")
            .expect("seed article");
        let doc = segment("seed", text.clone());
        assert_eq!(doc.rebuild_source(), text);
        assert_eq!(doc.paragraphs.len(), 17);
        let first = &doc.paragraphs[0];
        assert_eq!(first.segments[0].source, "TRIBUNNEWS.COM, MINSK -");
        assert_eq!(first.segments[0].kind, SegmentKind::Dateline);
        assert_eq!(first.kind, ParagraphKind::Body);
        for p in &doc.paragraphs[6..9] {
            assert_eq!(
                p.kind,
                ParagraphKind::Boilerplate,
                "{:?}",
                p.segments[0].source
            );
        }
        assert_eq!(doc.paragraphs[14].kind, ParagraphKind::Heading);
        // The quote of three sentences and its attribution.
        let quote = &doc.paragraphs[4];
        assert_eq!(quote.segments.len(), 3);
        assert!(quote.segments[2]
            .source
            .ends_with("sekkutu utama Vladimir Putin."));
    }

    #[test]
    fn wrapped_blocks_join_and_list_items_split() {
        let text = "Judul Berita\n\nJAKARTA, KOMPAS.com - Presiden menegaskan\nbahwa Indonesia tidak akan ikut. Ia hadir.\n\nBerikut daftarnya:\n1. Kementerian Pertahanan\n2. Kementerian Luar Negeri\n";
        let doc = segment("t", text.to_string());
        let kinds: Vec<_> = doc.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                ParagraphKind::Heading,
                ParagraphKind::Body,
                ParagraphKind::Body,
                ParagraphKind::ListItem,
                ParagraphKind::ListItem
            ]
        );
        assert_eq!(doc.paragraphs[1].segments.len(), 3);
        assert_eq!(
            doc.paragraphs[1].segments[1].text(),
            "Presiden menegaskan bahwa Indonesia tidak akan ikut."
        );
        assert_eq!(doc.rebuild_source(), text);
    }
}
