//! Alignment: pairs an Indonesian article with its existing English version, paragraphs first,
//! then sentences inside aligned paragraphs, so that old human translations can feed the
//! translation memory and the glossary.
//!
//! The method is Gale and Church's length-based dynamic programme, improved with anchors that
//! survive translation ([`features`]: numbers by value, names and acronyms, glossary terms, the
//! offline backend's lexicon, quotation marks and other punctuation), matched one to one
//! between the two sides, and with a confidence per link ([`dp`]: the link's posterior
//! probability among all alignments, lowered for a merge where one of the units joined has few
//! of its anchors matched). Links can be 1-1, 1-2, 2-1, 1-0 and 0-1. Links whose confidence is
//! below [`FLAG_BELOW`] are flagged for review instead of being silently trusted.
//!
//! [`batch`] runs many pairs at once on every core, in list order.
//! [`check`] refuses pairs that cannot be aligned (an empty side, the same text twice, both
//! sides in one language, wildly different lengths); [`export`] writes the result as JSON, TSV,
//! TMX or a bilingual review file.

pub mod batch;
pub mod check;
pub mod dp;
pub mod export;
pub mod features;

use crate::doc::{Document, ParagraphKind, SegmentKind};
use crate::glossary::Glossary;
use features::{Features, SourceAnalyser};
use std::ops::Range;

/// Links less certain than this are flagged for review.
pub const FLAG_BELOW: f64 = 0.75;

/// A link joining two units on one side is less certain than its posterior says when one of
/// them has no more than this share of its anchors matched on the other side: merges and
/// omissions are where aligners err, and a unit whose words are not in the translation may
/// have been left out rather than merged. Such a link's score is at most [`WEAK_CAP`] plus
/// that share, which flags it.
pub const WEAK_PART: f64 = 1.0 / 3.0 + 1e-9;

/// See [`WEAK_PART`].
pub const WEAK_CAP: f64 = 0.4;

/// How many anchors per class the default rates count for when they are re-estimated from a
/// document pair.
pub const PRIOR_ANCHORS: f64 = 50.0;

/// Half-width of the first band searched around the diagonal, in units; doubled as long as the
/// best path runs along its edge.
pub const BAND: usize = 16;

/// What leaving out a unit of news furniture (a `Baca juga:` line, a byline) costs less than
/// leaving out running text, in nats: such lines are rarely translated.
const FURNITURE_DISCOUNT: f64 = 4.0;

/// One link: some source units and the target units that translate them.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Source units (0-based, half-open; empty for a unit the translator added).
    pub source: Range<usize>,
    /// Target units (empty for a source unit left untranslated).
    pub target: Range<usize>,
    /// Confidence in the link, 0 to 1.
    pub score: f64,
    /// Whether a person should check the link: `score` below [`FLAG_BELOW`].
    pub flagged: bool,
}

impl Link {
    fn new(source: Range<usize>, target: Range<usize>, score: f64) -> Link {
        Link {
            source,
            target,
            score,
            flagged: score < FLAG_BELOW,
        }
    }

    /// The link with its score multiplied by `factor` (the confidence in the paragraphs it
    /// lies in), flagged again.
    fn scaled(self, factor: f64) -> Link {
        Link::new(self.source, self.target, self.score * factor)
    }

    /// `1-1`, `2-1`, `1-0`...
    pub fn shape(&self) -> String {
        format!("{}-{}", self.source.len(), self.target.len())
    }
}

/// What is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Paragraphs.
    Paragraph,
    /// Sentences (and the other segments: datelines, link lines), inside aligned paragraphs.
    Sentence,
}

impl Unit {
    /// `paragraph` or `sentence`.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Paragraph => "paragraph",
            Unit::Sentence => "sentence",
        }
    }
}

/// A unit of a document: its text and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocUnit {
    /// The text, wrapped lines joined.
    pub text: String,
    /// The segment id (`3.2`), or `3` for a paragraph.
    pub id: String,
    /// 1-based paragraph index.
    pub paragraph: usize,
    /// Byte span in the file.
    pub span: Range<usize>,
    /// News furniture (link lines, bylines): usually not translated.
    pub furniture: bool,
}

/// Two documents aligned.
#[derive(Debug, Clone)]
pub struct DocumentAlignment {
    /// What the units are.
    pub unit: Unit,
    /// The Indonesian units.
    pub source: Vec<DocUnit>,
    /// The English units.
    pub target: Vec<DocUnit>,
    /// The links, in order, covering every unit once.
    pub links: Vec<Link>,
}

/// The sentence-level units of a document: its segments.
fn sentence_units(doc: &Document) -> Vec<DocUnit> {
    doc.segments()
        .map(|s| DocUnit {
            text: s.text(),
            id: s.id(),
            paragraph: s.paragraph,
            span: s.span.clone(),
            furniture: matches!(s.kind, SegmentKind::Boilerplate | SegmentKind::Byline),
        })
        .collect()
}

/// The paragraph-level units of a document.
fn paragraph_units(doc: &Document) -> Vec<DocUnit> {
    doc.paragraphs
        .iter()
        .map(|p| DocUnit {
            text: p
                .segments
                .iter()
                .map(|s| s.text())
                .collect::<Vec<_>>()
                .join(" "),
            id: p.index.to_string(),
            paragraph: p.index,
            span: p.span.clone(),
            furniture: matches!(p.kind, ParagraphKind::Boilerplate | ParagraphKind::Byline),
        })
        .collect()
}

/// Aligns lists of units (sentences, or paragraphs) with a glossary's terms as extra anchors.
pub struct Aligner<'g> {
    analyser: SourceAnalyser<'g>,
    params: dp::Params,
    adapt: bool,
}

impl<'g> Aligner<'g> {
    /// An aligner; `glossary` adds its terms as anchors.
    pub fn new(glossary: Option<&'g Glossary>) -> Self {
        Aligner {
            analyser: SourceAnalyser::new(glossary),
            params: dp::Params::default(),
            adapt: true,
        }
    }

    /// The model's constants, for experiments.
    pub fn params_mut(&mut self) -> &mut dp::Params {
        &mut self.params
    }

    /// Whether the rates at which anchors are found are re-estimated from each pair (the
    /// default); off, every pair is aligned with the defaults.
    pub fn set_adapt(&mut self, adapt: bool) {
        self.adapt = adapt;
    }

    /// The anchors of Indonesian units.
    pub fn source_features(&self, units: &[&str]) -> Vec<Features> {
        units.iter().map(|u| self.analyser.features(u)).collect()
    }

    /// The anchors of English units.
    pub fn target_features(&self, units: &[&str]) -> Vec<Features> {
        units.iter().map(|u| features::target_features(u)).collect()
    }

    /// Aligns `src` (Indonesian) with `tgt` (English): links in order, covering every unit once.
    pub fn align(&self, src: &[&str], tgt: &[&str]) -> Vec<Link> {
        let s = self.source_features(src);
        let t = self.target_features(tgt);
        self.align_features(&s, &t, &[]).0
    }

    /// Aligns units already analysed; `furniture` source units are cheap to leave without a
    /// counterpart. Returns the links and the constants used, re-estimated from the pair.
    ///
    /// Two passes: the first with the default rates at which anchors are found in a
    /// translation; the second with those rates re-estimated from the first pass's 1-1 links
    /// (with the defaults as a prior worth [`PRIOR_ANCHORS`] anchors per class), so that a free
    /// translation, where fewer words meet, is not taken for a run of omissions.
    pub fn align_features(
        &self,
        src: &[Features],
        tgt: &[Features],
        furniture: &[usize],
    ) -> (Vec<Link>, dp::Params) {
        let first = run(src, tgt, furniture, &self.params);
        if !self.adapt {
            return (first, self.params.clone());
        }
        let params = self.estimate(src, tgt, &first);
        (run(src, tgt, furniture, &params), params)
    }

    /// The constants with the anchors' hit rates re-estimated from `links`.
    fn estimate(&self, src: &[Features], tgt: &[Features], links: &[Link]) -> dp::Params {
        let mut params = self.params.clone();
        let scorer = dp::Scorer::new(src, tgt, &params);
        let mut counts = dp::Counts::default();
        for l in links
            .iter()
            .filter(|l| l.source.len() == 1 && l.target.len() == 1)
        {
            counts.add(&scorer.counts(l.source.clone(), l.target.clone()));
        }
        let blend = |(p, q): (f64, f64), (hit, n): (u32, u32)| {
            if p <= q {
                return (p, q); // a class that is no evidence stays so
            }
            let p = (f64::from(hit) + PRIOR_ANCHORS * p) / (f64::from(n) + PRIOR_ANCHORS);
            // Never below twice the chance rate: a found anchor stays evidence for.
            (p.max(2.0 * q).min(0.99), q)
        };
        for k in 0..features::CLASSES {
            params.source_rates[k] = blend(params.source_rates[k], counts.source[k]);
            params.target_rates[k] = blend(params.target_rates[k], counts.target[k]);
        }
        params
    }

    /// Aligns two segmented documents: paragraphs, then (for [`Unit::Sentence`]) the segments
    /// inside each group of aligned paragraphs. Paragraphs the first step could not pair with
    /// confidence (flagged links, and paragraphs left out or added) are grouped with their
    /// neighbours, so that a paragraph the translator split or moved a sentence out of is
    /// sorted out sentence by sentence.
    pub fn align_documents(&self, src: &Document, tgt: &Document, unit: Unit) -> DocumentAlignment {
        let s_units = sentence_units(src);
        let t_units = sentence_units(tgt);
        let s_feat: Vec<Features> = s_units
            .iter()
            .map(|u| self.analyser.features(&u.text))
            .collect();
        let t_feat: Vec<Features> = t_units
            .iter()
            .map(|u| features::target_features(&u.text))
            .collect();
        // Paragraph features from their sentences': each sentence is analysed once.
        let s_pars = paragraph_ranges(&s_units);
        let t_pars = paragraph_ranges(&t_units);
        let sp_feat: Vec<Features> = s_pars
            .iter()
            .map(|r| Features::concat(&s_feat[r.clone()]))
            .collect();
        let tp_feat: Vec<Features> = t_pars
            .iter()
            .map(|r| Features::concat(&t_feat[r.clone()]))
            .collect();
        let sp_units = paragraph_units(src);
        let furniture: Vec<usize> = sp_units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.furniture)
            .map(|(i, _)| i)
            .collect();
        let (par_links, mut params) = self.align_features(&sp_feat, &tp_feat, &furniture);
        if unit == Unit::Paragraph {
            return DocumentAlignment {
                unit,
                source: sp_units,
                target: paragraph_units(tgt),
                links: par_links,
            };
        }
        // Sentences are judged against the whole pair's length ratio, not one paragraph's.
        params.ratio = Some(dp::length_ratio(&s_feat, &t_feat));
        let align_group = |g: &Group| -> Vec<Link> {
            let s_range = span_of(&s_pars, g.source.clone());
            let t_range = span_of(&t_pars, g.target.clone());
            let furniture: Vec<usize> = s_units[s_range.clone()]
                .iter()
                .enumerate()
                .filter(|(_, u)| u.furniture)
                .map(|(i, _)| i)
                .collect();
            run(
                &s_feat[s_range.clone()],
                &t_feat[t_range.clone()],
                &furniture,
                &params,
            )
            .into_iter()
            .map(|l| {
                let source = s_range.start + l.source.start..s_range.start + l.source.end;
                let target = t_range.start + l.target.start..t_range.start + l.target.end;
                Link {
                    source,
                    target,
                    ..l
                }
                .scaled(g.score)
            })
            .collect()
        };
        // A sentence the translator moved into the neighbouring paragraph shows as a sentence
        // left out on one side of a paragraph boundary and added on the other: such groups are
        // joined and aligned again, until no boundary has an omission or addition next to it.
        let mut groups: Vec<(Group, Vec<Link>)> = group_links(&par_links)
            .into_iter()
            .map(|g| {
                let links = align_group(&g);
                (g, links)
            })
            .collect();
        loop {
            let skip =
                |l: Option<&Link>| l.is_some_and(|l| l.source.is_empty() || l.target.is_empty());
            let mut merged: Vec<(Group, Vec<Link>)> = Vec::with_capacity(groups.len());
            let mut changed = false;
            for (g, links) in groups {
                match merged.last_mut() {
                    Some((prev, prev_links)) if skip(prev_links.last()) || skip(links.first()) => {
                        prev.source.end = g.source.end;
                        prev.target.end = g.target.end;
                        prev.score = prev.score.min(g.score);
                        prev_links.clear(); // realigned below
                        changed = true;
                    }
                    _ => merged.push((g, links)),
                }
            }
            groups = merged
                .into_iter()
                .map(|(g, links)| {
                    if links.is_empty() {
                        let links = align_group(&g);
                        (g, links)
                    } else {
                        (g, links)
                    }
                })
                .collect();
            if !changed {
                break;
            }
        }
        let links = groups.into_iter().flat_map(|(_, links)| links).collect();
        DocumentAlignment {
            unit,
            source: s_units,
            target: t_units,
            links,
        }
    }
}

/// One pass of the dynamic programme.
fn run(src: &[Features], tgt: &[Features], furniture: &[usize], params: &dp::Params) -> Vec<Link> {
    let mut scorer = dp::Scorer::new(src, tgt, params);
    for &i in furniture {
        scorer.discount_skip(i, FURNITURE_DISCOUNT);
    }
    dp::align(&scorer, BAND)
        .into_iter()
        .map(|l| {
            let score = if l.weakest_part <= WEAK_PART {
                l.confidence.min(WEAK_CAP + l.weakest_part)
            } else {
                l.confidence
            };
            Link::new(l.source, l.target, score)
        })
        .collect()
}

/// For each paragraph, the range of its units in the sentence list.
fn paragraph_ranges(units: &[DocUnit]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, u) in units.iter().enumerate() {
        match out.last_mut() {
            Some(r) if units[r.start].paragraph == u.paragraph => r.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// The sentence range covered by paragraphs `pars`.
fn span_of(ranges: &[Range<usize>], pars: Range<usize>) -> Range<usize> {
    if pars.is_empty() {
        let at = ranges
            .get(pars.start)
            .map_or_else(|| ranges.last().map_or(0, |r| r.end), |r| r.start);
        return at..at;
    }
    ranges[pars.start].start..ranges[pars.end - 1].end
}

/// A group of paragraph links aligned sentence by sentence together.
struct Group {
    source: Range<usize>,
    target: Range<usize>,
    score: f64,
}

/// Groups paragraph links: a confident link with both sides stands alone; a flagged link, or a
/// paragraph left out or added, joins the links on both sides of it. A group's score is that
/// of its least confident solid link (what is uncertain in the others is settled sentence by
/// sentence).
fn group_links(links: &[Link]) -> Vec<Group> {
    let solid = |l: &Link| !l.flagged && !l.source.is_empty() && !l.target.is_empty();
    let mut out: Vec<Group> = Vec::new();
    let mut join_next = false;
    for l in links {
        let weak = !solid(l);
        let score = if weak { 1.0 } else { l.score };
        match out.last_mut() {
            Some(g) if weak || join_next => {
                g.source.end = l.source.end;
                g.target.end = l.target.end;
                g.score = g.score.min(score);
            }
            _ => out.push(Group {
                source: l.source.clone(),
                target: l.target.clone(),
                score,
            }),
        }
        join_next = weak;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(s: Range<usize>, t: Range<usize>, score: f64) -> Link {
        Link::new(s, t, score)
    }

    #[test]
    fn weak_paragraph_links_join_both_neighbours() {
        let links = [
            link(0..1, 0..1, 0.99),
            link(1..2, 1..2, 0.98),
            link(2..2, 2..3, 0.9),
            link(2..3, 3..4, 0.97),
            link(3..4, 4..5, 0.99),
        ];
        let groups: Vec<_> = group_links(&links)
            .into_iter()
            .map(|g| (g.source, g.target))
            .collect();
        assert_eq!(groups, vec![(0..1, 0..1), (1..3, 1..4), (3..4, 4..5)]);
    }

    #[test]
    fn paragraph_ranges_follow_segments() {
        let text = "Satu. Dua.\n\nTiga.\n".to_string();
        let doc = crate::segment::segment("t", text);
        let units = sentence_units(&doc);
        assert_eq!(paragraph_ranges(&units), vec![0..2, 2..3]);
        assert_eq!(span_of(&[0..2, 2..3], 1..1), 2..2);
        assert_eq!(span_of(&[0..2, 2..3], 2..2), 3..3);
    }
}
