//! Segmentation a paragraph at a time, so that a command writing as it goes (`segment`,
//! `segment --json`) holds the text and one paragraph, not the whole segmented document.
//!
//! Two facts need more than the paragraph at hand, and both are kept as small data:
//!
//! - whether the file separates paragraphs by blank lines (else every line is one): a first
//!   pass over the lines, which stops at the first blank line between two lines of text;
//! - whether running text has started (a bare `Jakarta -` dateline is trusted only before
//!   it): one flag, carried from paragraph to paragraph.
//!
//! Three rules look at more than one paragraph, and each is applied as a stage the paragraphs
//! pass through in order, holding back only what the rule has not decided yet:
//!
//! - page chrome above the article ([`super::leading_chrome`]) is decided on the paragraphs
//!   before the first one of running text: they are held until it comes (a title, stamps,
//!   credits: a few paragraphs), then the rule is applied to them; when that paragraph may be
//!   a picture's caption set as a dateline ([`super::caption_title`]), up to three more are
//!   held until one tells;
//! - a list under a navigation label ([`super::link_list_step`]) carries two flags from paragraph
//!   to paragraph;
//! - a short line between two lines of chrome ([`super::between_chrome`]) is decided when the
//!   paragraph after it comes: one paragraph is held;
//! - page chrome after the article ([`super::trailing_chrome`]) is decided on the run of
//!   paragraphs that closes the file ([`super::chrome_run`]): paragraphs that may belong to
//!   such a run are held until a paragraph that cannot ends the run (they are then given out
//!   unchanged) or the file ends (the rule is applied to them).
//!
//! [`super::segment`] collects this iterator: the streamed and the whole-document results
//! are the same by construction, and a test checks them against the rules applied to the
//! whole list.

use super::{
    between_step, caption_title, confirms_teaser, cut_short, head_teaser, leading_chrome,
    link_item, link_list_step, link_run_end, list_state, may_be_chrome, picture_cell, same_text,
    segment_paragraph, slide_lead, starts_paragraph, starts_running_text, story_text, teaser_under,
    trailing_chrome, trim, trim_range, LinkList, Piece,
};
use crate::doc::{Paragraph, ParagraphKind, Segment, SegmentKind};
use std::collections::VecDeque;
use std::ops::Range;

/// The paragraphs of a text, segmented one at a time, in document order.
#[derive(Debug)]
pub struct Paragraphs<'a> {
    text: &'a str,
    ranges: Ranges<'a>,
    index: usize,
    /// Body, quote or list paragraphs seen so far under the last headline, and whether one had
    /// a dateline: a bare date is the page's stamp in the first of them, or in the second when
    /// the first had no dateline; a bare dateline is trusted there and in the third while none
    /// had one (a title closed by a stop, a site's banner, a photo's caption or a
    /// credit line above the story are taken for paragraphs of text: `oleh -502 views` and a
    /// caption over `Kilaspapua, Sentani – ...`, tune-92). A headline starts a story, so it
    /// starts the count again (a listing page holds one story under each).
    texts: usize,
    dated: bool,
    /// Paragraphs before the first of running text, while it has not come.
    head: Vec<Paragraph>,
    /// The first paragraph of running text has come: the head is decided.
    head_done: bool,
    /// The head's last paragraph may be a teaser of another story: the next one decides.
    teaser_waits: bool,
    /// Where a run of bulleted headlines began in the head, while it runs: a heading right
    /// after it makes it the site's list of links (see [`super::link_run_end`]).
    links_wait: Option<usize>,
    /// The head's paragraph at this index, the first of running text, may be a picture's
    /// caption set as a dateline is: the next ones decide.
    caption_waits: Option<usize>,
    /// The paragraph before is a navigation label (see [`super::link_list_step`]).
    under_label: LinkList,
    /// The paragraph the chrome-between-chrome stage holds until the next one comes, and
    /// whether the one before it was chrome (as the link stage left it).
    between: Option<Paragraph>,
    chrome_before: bool,
    /// The paragraph before the one the between stage holds was a picture's cell.
    picture_before: bool,
    /// A pair of paragraphs has passed that stage (the first paragraph is the page's top).
    paired: bool,
    /// Paragraphs that may be trailing page chrome, waiting for what follows them.
    held: Vec<Paragraph>,
    /// The [`list_state`] of the paragraphs given out of the trailing-chrome stage so far.
    list_open: bool,
    /// Running text of the page's own story has been given out (see
    /// [`super::story_text`]): cut leads in the closing run are other stories' teasers.
    story: bool,
    ready: VecDeque<Paragraph>,
    /// The text has no more paragraphs, and what was held has been decided.
    done: bool,
    /// The pieces of the paragraph being built, kept from one paragraph to the next so that
    /// only the paragraph's own segments are allocated.
    pieces: Vec<Piece>,
}

impl<'a> Paragraphs<'a> {
    /// Starts segmenting `text` (already decoded).
    pub fn new(text: &'a str) -> Paragraphs<'a> {
        Paragraphs {
            text,
            ranges: Ranges::new(text),
            index: 0,
            texts: 0,
            dated: false,
            head: Vec::new(),
            head_done: false,
            teaser_waits: false,
            links_wait: None,
            caption_waits: None,
            under_label: LinkList::default(),
            between: None,
            chrome_before: false,
            picture_before: false,
            paired: false,
            held: Vec::new(),
            list_open: false,
            story: false,
            ready: VecDeque::new(),
            done: false,
            pieces: Vec::new(),
        }
    }

    fn build(&mut self, range: Range<usize>) -> Paragraph {
        self.index += 1;
        let early = self.texts == 0 || (self.texts == 1 && !self.dated);
        let dateline_early = early || (self.texts == 2 && !self.dated);
        let kind = segment_paragraph(
            self.text,
            range.clone(),
            early,
            dateline_early,
            &mut self.pieces,
        );
        let par = &self.text[range.clone()];
        // `- Khajjar Rohmah`, `- 11:36pm` under the title (tune-28): a theme sets the author
        // and the stamps as a list's items; an item of three words or fewer is no running
        // text, and the story's first paragraph, where a dateline is looked for, is still to come.
        let stamp_item = kind == ParagraphKind::ListItem && par.split_whitespace().nth(3).is_none();
        if matches!(
            kind,
            ParagraphKind::Body | ParagraphKind::Quote | ParagraphKind::ListItem
        ) && !stamp_item
            && !cut_short(par, || par.split_whitespace().count())
        {
            self.texts += 1;
            self.dated |= self
                .pieces
                .first()
                .is_some_and(|p| p.1 == SegmentKind::Dateline);
        }
        if kind == ParagraphKind::Heading {
            self.texts = 0;
            self.dated = false;
        }
        let segments = self
            .pieces
            .drain(..)
            .enumerate()
            .map(|(j, (span, kind))| Segment::new(self.index, j + 1, kind, span, self.text))
            .collect();
        Paragraph {
            index: self.index,
            kind,
            span: range,
            segments,
        }
    }
}

impl Paragraphs<'_> {
    /// The leading-chrome stage: holds the head until running text starts.
    fn lead(&mut self, p: Paragraph) {
        if self.head_done {
            return self.link(p);
        }
        self.head.push(p);
        let n = self.head.len();
        if let Some(at) = self.caption_waits {
            if caption_title(&self.head, at).is_none() {
                return;
            }
            self.caption_waits = None;
            return self.release_head();
        }
        // [`super::running_start`], a paragraph at a time: a possible teaser waits for the
        // paragraph after it, which says whether the running text started at it.
        if std::mem::take(&mut self.teaser_waits)
            && !confirms_teaser(&self.head[n - 2], &self.head[n - 1])
        {
            return self.release_head();
        }
        if let Some(at) = self.links_wait {
            if link_item(&self.head[n - 1]) {
                return;
            }
            self.links_wait = None;
            if link_run_end(&self.head, at) != Some(n - 1) {
                return self.release_head();
            }
        }
        let p = &self.head[n - 1];
        if link_item(p) && starts_running_text(p) && !head_teaser(&self.head, n - 1) {
            self.links_wait = Some(n - 1);
            return;
        }
        // A dateline's lead cut off may be another story's teaser: the paragraphs after it
        // decide (see [`super::head_teaser`]).
        if !starts_running_text(p) || head_teaser(&self.head, n - 1) {
            return;
        }
        // Still in the head, a paragraph of running text before this one was a teaser.
        let before = n.checked_sub(2).map(|i| &self.head[i]);
        if before.is_some_and(|b| starts_running_text(b) && same_text(b, p))
            || slide_lead(&self.head[..n - 1], p)
        {
            return;
        }
        if before.is_some_and(|b| teaser_under(b, p)) {
            self.teaser_waits = true;
            return;
        }
        // A dateline-shaped caption waits for the paragraphs that tell (see
        // [`super::caption_title`]).
        if caption_title(&self.head, n - 1).is_none() {
            self.caption_waits = Some(n - 1);
            return;
        }
        self.release_head();
    }

    fn release_head(&mut self) {
        self.head_done = true;
        let mut head = std::mem::take(&mut self.head);
        leading_chrome(&mut head, self.text);
        for p in head {
            self.link(p);
        }
    }

    /// The link-list stage.
    fn link(&mut self, mut p: Paragraph) {
        link_list_step(&mut self.under_label, &mut p, self.text);
        self.between(p);
    }

    /// The chrome-between-chrome stage ([`super::between_chrome`]): a paragraph is given on
    /// when the next one comes, which says whether it stood between two lines of chrome.
    fn between(&mut self, mut next: Paragraph) {
        if let Some(mut p) = self.between.take() {
            self.chrome_before = between_step(
                &mut p,
                &mut next,
                self.chrome_before,
                self.picture_before,
                !self.paired,
            );
            self.picture_before = picture_cell(&p);
            self.paired = true;
            self.trail(p);
        }
        self.between = Some(next);
    }

    /// Gives on the paragraph the chrome-between-chrome stage holds, at the end of the file.
    fn flush_between(&mut self) {
        if let Some(p) = self.between.take() {
            self.trail(p);
        }
    }

    /// The trailing-chrome stage. The held paragraphs are the closing run so far: one that
    /// cannot be chrome ends it, and none of them can be trailing chrome any more. (Only the
    /// new paragraph is tested: a file of short lines stays linear.)
    fn trail(&mut self, p: Paragraph) {
        if !may_be_chrome(&p) {
            self.list_open = self
                .held
                .iter()
                .chain([&p])
                .fold(self.list_open, list_state);
            // Once the story's text has come, nothing is asked again.
            self.story = self.story || self.held.iter().chain([&p]).any(story_text);
            self.ready.extend(self.held.drain(..));
            self.ready.push_back(p);
        } else {
            self.held.push(p);
        }
    }
}

impl Iterator for Paragraphs<'_> {
    type Item = Paragraph;

    fn next(&mut self) -> Option<Paragraph> {
        loop {
            if let Some(p) = self.ready.pop_front() {
                return Some(p);
            }
            if self.done {
                return None;
            }
            match self.ranges.next() {
                Some(range) => {
                    let p = self.build(range);
                    self.lead(p);
                }
                None => {
                    // A file without running text: the whole head is above it.
                    self.release_head();
                    self.flush_between();
                    trailing_chrome(&mut self.held, self.list_open, self.story);
                    self.ready.extend(self.held.drain(..));
                    self.done = true;
                }
            }
        }
    }
}

/// Paragraph spans (trimmed) in document order, found a line at a time: blank-line separated
/// blocks (wrapped lines joined; a list item or a `Baca juga:` link starts its own) when the
/// file has a blank line between two lines of text, else one per line.
#[derive(Debug)]
pub struct Ranges<'a> {
    text: &'a str,
    /// Where the next line starts.
    at: usize,
    blank_between: bool,
    block: Option<Range<usize>>,
}

impl<'a> Ranges<'a> {
    /// The paragraph spans of `text`.
    pub fn new(text: &'a str) -> Ranges<'a> {
        Ranges {
            text,
            at: 0,
            blank_between: blank_between(text),
            block: None,
        }
    }

    /// The next line, without its terminator (`\n`; a `\r` before it is trimmed with the
    /// other whitespace).
    fn next_line(&mut self) -> Option<Range<usize>> {
        next_line(self.text, &mut self.at)
    }
}

impl Iterator for Ranges<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        while let Some(line) = self.next_line() {
            if is_blank(self.text, &line) {
                match self.block.take() {
                    Some(b) => return Some(b),
                    None => continue,
                }
            }
            let content = trim_range(self.text, line);
            let starts_own = !self.blank_between || starts_paragraph(&self.text[content.clone()]);
            match self.block.as_mut() {
                Some(b) if !starts_own => b.end = content.end,
                _ => {
                    if let Some(done) = self.block.replace(content) {
                        return Some(done);
                    }
                }
            }
        }
        self.block.take()
    }
}

fn next_line(text: &str, at: &mut usize) -> Option<Range<usize>> {
    if *at >= text.len() {
        return None;
    }
    let start = *at;
    let end = memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
    *at = end + 1;
    Some(start..end)
}

fn is_blank(text: &str, line: &Range<usize>) -> bool {
    trim(&text[line.clone()]).is_empty()
}

/// Whether a blank line stands between two lines of text anywhere in `text` (blank lines
/// before the first text or after the last do not count).
fn blank_between(text: &str) -> bool {
    let mut at = 0;
    let mut seen_text = false;
    let mut pending_blank = false;
    while let Some(line) = next_line(text, &mut at) {
        if is_blank(text, &line) {
            pending_blank = seen_text;
        } else {
            if pending_blank {
                return true;
            }
            seen_text = true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs as the whole-document segmenter made them: every paragraph built first,
    /// then the rules on more than one paragraph run over the whole list.
    fn whole(text: &str) -> Vec<Paragraph> {
        let mut p = Paragraphs::new(text);
        let ranges: Vec<Range<usize>> = Ranges::new(text).collect();
        let mut all: Vec<Paragraph> = ranges.into_iter().map(|r| p.build(r)).collect();
        leading_chrome(&mut all, text);
        let mut under_label = LinkList::default();
        for p in &mut all {
            link_list_step(&mut under_label, p, text);
        }
        super::super::between_chrome(&mut all, true);
        trailing_chrome(&mut all, false, false);
        all
    }

    #[test]
    fn streamed_paragraphs_are_the_whole_documents() {
        let mut texts = Vec::new();
        for e in std::fs::read_dir("examples").expect("examples") {
            let path = e.expect("entry").path();
            if path.extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(path).expect("article"));
            }
        }
        let seed = std::fs::read_to_string("examples/tribunnews-2022-12-03-rusia-belarus.txt")
            .expect("seed");
        // A caption set as a dateline waiting for the story's own (which comes, or does not).
        let caption =
            "RUSAK PARAH - Akibat hujan kondisi jalan rusak parah sehingga sulit dilewati.";
        texts.push(format!(
            "Headline\n{caption}\nEditor: Budi\nKUALA KAPUAS, kalselpos.com – Jalan poros rusak parah.\n{seed}"
        ));
        texts.push(format!("Headline\n{caption}\nEditor: Budi\n{seed}"));
        texts.push(format!("Headline\n{caption}"));
        // Menu labels after the article (held back, then boilerplate), labels inside it
        // (given out again unchanged), an empty field label alone, a file of labels only.
        texts.push(format!(
            "{seed}\nTerkini\nREKOMENDASI\nArtikel Pilihan\nTags\n"
        ));
        texts.push(format!("Terkini\nREKOMENDASI\n{seed}\nBerita Terkini\n"));
        texts.push(format!("{seed}\n\nKategori :\n"));
        texts.push("Satu dua\nTiga\nBerita Terkini\n".repeat(40));
        texts.push(seed.replace('\n', "\r\n"));
        // A site menu and a rubric above the title, a list of links under a label.
        texts.push(format!(
            "News\nBisnis\nSport\nBerita Semarang\nJudul Berita Yang Cukup Panjang Di Sini\n{seed}\nBERITA TERKAIT\n- Harga pangan naik lagi menjelang akhir tahun\n- Banjir melanda tiga kecamatan di Semarang\nPenutup artikel ini ditulis oleh redaksi.\n"
        ));
        texts.push("Satu\nDua\n".to_string());
        // Teasers between menu labels above the story (a copy of one too), and a paragraph
        // under a label that the next paragraph shows to be the story's first.
        let teaser =
            "Diskon transportasi hingga 30%, bantuan pangan, dan sistem kerja fleksibel bergulir.";
        texts.push(format!(
            "Headline\n{teaser}\n{teaser}\nKumpulan Berita DPR RI\n{seed}"
        ));
        texts.push(format!("Headline\n{seed}"));
        texts.push(format!("Headline\n{teaser}"));
        for text in &texts {
            let streamed: Vec<Paragraph> = Paragraphs::new(text).collect();
            assert_eq!(streamed, whole(text));
        }
        let teasers: Vec<Paragraph> = Paragraphs::new(&texts[texts.len() - 3]).collect();
        assert!(teasers[..4]
            .iter()
            .all(|p| p.kind == ParagraphKind::Boilerplate));
        assert_ne!(teasers[4].kind, ParagraphKind::Boilerplate);
        let story: Vec<Paragraph> = Paragraphs::new(&texts[texts.len() - 2]).collect();
        assert_ne!(story[1].kind, ParagraphKind::Boilerplate);
        let texts = &texts[..texts.len() - 3];
        let chrome = Paragraphs::new(&texts[texts.len() - 7])
            .last()
            .expect("last");
        assert_eq!(chrome.kind, ParagraphKind::Boilerplate);
        let menu: Vec<Paragraph> = Paragraphs::new(&texts[texts.len() - 2]).collect();
        assert_eq!(menu[0].kind, ParagraphKind::Boilerplate);
        let links: Vec<&Paragraph> = menu
            .iter()
            .filter(|p| p.segments[0].source.starts_with("- "))
            .collect();
        assert_eq!(links.len(), 2);
        assert!(links.iter().all(|p| p.kind == ParagraphKind::Boilerplate));
    }
}
