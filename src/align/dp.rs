//! The dynamic programme: Gale-Church's length model and the anchors' evidence summed per
//! link, the best path found in a band around the diagonal, and each link's confidence from
//! forward-backward.
//!
//! Every link `(source i..i+a, target j..j+b)` of a permitted shape costs, in nats:
//!
//! - `-ln P(shape)`: 1-1 is the rule, merges and omissions the exception (Gale and Church's
//!   priors);
//! - for links with both sides, `-ln P(length)`: how surprising the English length is given
//!   the Indonesian one, `δ = (l_t - c·l_s) / sqrt(s²·(l_s + l_t/c)/2)`, cost
//!   `-ln erfc(|δ|/√2)`, with `c` the pair's overall length ratio;
//! - minus the log-likelihood ratio of the anchors: each Indonesian anchor found in the
//!   English, and each English content word found among the Indonesian anchors, is evidence
//!   that the two sides are translations (`ln(p/q)` for its class, `p` the rate at which it is
//!   found in a translation, `q` by chance); each one not found counts against
//!   (`ln((1-p)/(1-q))`). A merge must earn its place: the second unit's anchors are only
//!   worth adding if they are found on the other side.
//!
//! The path is searched in a band of half-width `w` around the diagonal, so the work is
//! `O((n + m) · w)`; when the best path comes near the band's edge, the band is doubled and the
//! search done again. A link's confidence is its posterior probability among all alignments in
//! the band (forward-backward over the same costs): near 1 when nothing else comes close.

use super::features::{Class, Features, CLASSES};
use std::ops::Range;

/// A link shape: (source units, target units).
pub type Shape = (usize, usize);

/// The model's constants.
#[derive(Debug, Clone)]
pub struct Params {
    /// Permitted shapes and their prior probabilities.
    pub shapes: Vec<(Shape, f64)>,
    /// Variance of the English length per Indonesian character (Gale and Church: 6.8).
    pub variance: f64,
    /// English characters per Indonesian character; `None`: the ratio of the units aligned.
    pub ratio: Option<f64>,
    /// Per anchor class, for Indonesian anchors: (rate found in a translation, rate found by
    /// chance).
    pub source_rates: [(f64, f64); CLASSES],
    /// The same for English keys.
    pub target_rates: [(f64, f64); CLASSES],
}

impl Default for Params {
    fn default() -> Self {
        Params {
            shapes: vec![
                ((1, 1), 0.89),
                ((1, 2), 0.045),
                ((2, 1), 0.045),
                ((1, 0), 0.005),
                ((0, 1), 0.005),
            ],
            variance: 6.8,
            ratio: None,
            source_rates: [(0.8, 0.02), (0.7, 0.02), (0.45, 0.06), (0.8, 0.25)],
            target_rates: [(0.8, 0.02), (0.7, 0.02), (0.35, 0.04), (0.8, 0.25)],
        }
    }
}

/// One link of the best path.
#[derive(Debug, Clone, PartialEq)]
pub struct PathLink {
    /// Source units (0-based, half-open).
    pub source: Range<usize>,
    /// Target units.
    pub target: Range<usize>,
    /// Posterior probability of this link.
    pub confidence: f64,
    /// Share of anchors matched on both sides (0 for omissions).
    pub matched: f64,
    /// For a merge, the smallest share of matched anchors among the units joined; 1 otherwise.
    pub weakest_part: f64,
}

/// Anchors matched / anchors in all, per class, on each side of a link.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Indonesian anchors: (matched, all) per class.
    pub source: [(u32, u32); CLASSES],
    /// English anchors.
    pub target: [(u32, u32); CLASSES],
}

impl Counts {
    /// Matched anchors over all anchors, both sides.
    pub fn share(&self) -> f64 {
        let (mut hit, mut n) = (0, 0);
        for &(h, t) in self.source.iter().chain(&self.target) {
            hit += h;
            n += t;
        }
        if n == 0 {
            0.0
        } else {
            f64::from(hit) / f64::from(n)
        }
    }

    /// Adds `other`'s figures.
    pub fn add(&mut self, other: &Counts) {
        for k in 0..CLASSES {
            self.source[k].0 += other.source[k].0;
            self.source[k].1 += other.source[k].1;
            self.target[k].0 += other.target[k].0;
            self.target[k].1 += other.target[k].1;
        }
    }
}

/// The most units on one side of a link.
const MAX_UNITS: usize = 4;

/// Log-weights of the anchor classes, derived from [`Params`].
struct Weights {
    hit: [f64; CLASSES],
    miss: [f64; CLASSES],
}

impl Weights {
    fn new(rates: &[(f64, f64); CLASSES]) -> Weights {
        let mut w = Weights {
            hit: [0.0; CLASSES],
            miss: [0.0; CLASSES],
        };
        for (c, &(p, q)) in rates.iter().enumerate() {
            w.hit[c] = (p / q).ln();
            w.miss[c] = ((1.0 - p) / (1.0 - q)).ln();
        }
        w
    }
}

/// Scores links between two lists of units.
pub struct Scorer<'a> {
    src: &'a [Features],
    tgt: &'a [Features],
    ratio: f64,
    variance: f64,
    shapes: Vec<(Shape, f64)>,
    source_w: Weights,
    target_w: Weights,
    /// Extra cost of leaving out a source unit, per unit (news furniture is cheap to drop).
    skip_source: Vec<f64>,
    /// Which target anchors are taken, while scoring one link.
    scratch: std::cell::RefCell<Vec<bool>>,
}

impl<'a> Scorer<'a> {
    /// A scorer over `src` and `tgt` with `params`.
    pub fn new(src: &'a [Features], tgt: &'a [Features], params: &Params) -> Self {
        let ratio = params.ratio.unwrap_or_else(|| length_ratio(src, tgt));
        Scorer {
            src,
            tgt,
            ratio,
            variance: params.variance,
            shapes: params.shapes.iter().map(|&(s, p)| (s, -p.ln())).collect(),
            source_w: Weights::new(&params.source_rates),
            target_w: Weights::new(&params.target_rates),
            skip_source: vec![0.0; src.len()],
            scratch: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// Makes leaving out source unit `i` cost `cost` less (negative: more).
    pub fn discount_skip(&mut self, i: usize, cost: f64) {
        self.skip_source[i] -= cost;
    }

    /// `-ln P(length)` of a link with `ls` and `lt` characters.
    fn length_cost(&self, ls: usize, lt: usize) -> f64 {
        let (ls, lt) = (ls as f64, lt as f64);
        let mean = ((ls + lt / self.ratio) / 2.0).max(1.0);
        let delta = (lt - ls * self.ratio) / (mean * self.variance).sqrt();
        -ln_erfc(delta.abs() / std::f64::consts::SQRT_2)
    }

    /// Matches the anchors of a link one to one: an English anchor already taken by one
    /// Indonesian anchor is no evidence for a second one (a neighbour that repeats a name is
    /// not thereby part of the translation). Calls `hit(source unit, class, target unit,
    /// class)` per matched pair.
    fn matching(
        &self,
        s: Range<usize>,
        t: Range<usize>,
        mut hit: impl FnMut(usize, Class, usize, Class),
    ) {
        let src = &self.src[s];
        let tgt = &self.tgt[t];
        let mut used = self.scratch.borrow_mut();
        used.clear();
        let mut base = [0usize; MAX_UNITS];
        for (k, v) in tgt.iter().enumerate() {
            let len = used.len();
            base[k] = len;
            used.resize(len + v.len(), false);
        }
        for (i, u) in src.iter().enumerate() {
            'anchor: for (class, keys) in u.anchors() {
                for &key in keys {
                    for (k, v) in tgt.iter().enumerate() {
                        for a in v.anchors_with(key) {
                            let slot = &mut used[base[k] + a];
                            if !*slot {
                                *slot = true;
                                hit(i, class, k, v.class(a));
                                continue 'anchor;
                            }
                        }
                    }
                }
            }
        }
    }

    /// Anchors matched in a link, per side and class.
    pub fn counts(&self, s: Range<usize>, t: Range<usize>) -> Counts {
        let mut counts = Counts::default();
        self.matching(s.clone(), t.clone(), |_, cs, _, ct| {
            counts.source[cs as usize].0 += 1;
            counts.target[ct as usize].0 += 1;
        });
        for u in &self.src[s] {
            for (class, _) in u.anchors() {
                counts.source[class as usize].1 += 1;
            }
        }
        for v in &self.tgt[t] {
            for a in 0..v.len() {
                counts.target[v.class(a) as usize].1 += 1;
            }
        }
        counts
    }

    /// For a link joining several units on one side, the smallest share of one of those
    /// units' anchors that found a counterpart (1 for other links, and for units without
    /// anchors): a unit that only rides along with its neighbour shows here.
    pub fn weakest_part(&self, s: Range<usize>, t: Range<usize>) -> f64 {
        let mut src_hits = [0u32; MAX_UNITS];
        let mut tgt_hits = [0u32; MAX_UNITS];
        self.matching(s.clone(), t.clone(), |i, _, k, _| {
            src_hits[i] += 1;
            tgt_hits[k] += 1;
        });
        let share = |hits: u32, n: usize| {
            if n == 0 {
                1.0
            } else {
                f64::from(hits) / n as f64
            }
        };
        let mut weakest: f64 = 1.0;
        if s.len() > 1 {
            for (i, u) in self.src[s.clone()].iter().enumerate() {
                weakest = weakest.min(share(src_hits[i], u.len()));
            }
        }
        if t.len() > 1 {
            for (k, v) in self.tgt[t].iter().enumerate() {
                weakest = weakest.min(share(tgt_hits[k], v.len()));
            }
        }
        weakest
    }

    /// The anchor evidence of a link, as a log-likelihood ratio.
    fn evidence(&self, s: Range<usize>, t: Range<usize>) -> f64 {
        let c = self.counts(s, t);
        let mut llr = 0.0;
        for k in 0..CLASSES {
            let (hit, n) = c.source[k];
            llr += hit as f64 * self.source_w.hit[k] + (n - hit) as f64 * self.source_w.miss[k];
            let (hit, n) = c.target[k];
            llr += hit as f64 * self.target_w.hit[k] + (n - hit) as f64 * self.target_w.miss[k];
        }
        llr
    }

    /// The cost of linking `src[i..i+a]` with `tgt[j..j+b]`, shape index `k`.
    fn cost(&self, k: usize, i: usize, j: usize) -> f64 {
        let ((a, b), prior) = self.shapes[k];
        if b == 0 {
            return prior + self.skip_source[i..i + a].iter().sum::<f64>();
        }
        if a == 0 {
            return prior;
        }
        let ls: usize = self.src[i..i + a].iter().map(|u| u.chars).sum();
        let lt: usize = self.tgt[j..j + b].iter().map(|u| u.chars).sum();
        prior + self.length_cost(ls, lt) - self.evidence(i..i + a, j..j + b)
    }
}

/// English characters per Indonesian character over all units (1 when a side is empty).
pub fn length_ratio(src: &[Features], tgt: &[Features]) -> f64 {
    let ls: usize = src.iter().map(|u| u.chars).sum();
    let lt: usize = tgt.iter().map(|u| u.chars).sum();
    if ls > 0 && lt > 0 {
        lt as f64 / ls as f64
    } else {
        1.0
    }
}

/// `ln erfc(z)` for `z >= 0`, without underflow in the tail (Numerical Recipes' Chebyshev
/// fit, fractional error below 1.2e-7).
pub fn ln_erfc(z: f64) -> f64 {
    let z = z.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    t.ln() - z * z + poly
}

/// The band: for each row `i` (source units consumed), the columns `lo[i]..=hi[i]`.
struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
    offset: Vec<usize>,
    cells: usize,
}

impl Band {
    fn new(n: usize, m: usize, half: usize) -> Band {
        let mut lo = Vec::with_capacity(n + 1);
        let mut hi = Vec::with_capacity(n + 1);
        for i in 0..=n {
            let centre = (i * m + n / 2).checked_div(n).unwrap_or(0);
            lo.push(centre.saturating_sub(half));
            hi.push((centre + half).min(m));
        }
        // Each row reaches the next one's first cell, so the end is always reachable (when one
        // side is far longer, a row stretches along the jump).
        for i in (0..n).rev() {
            hi[i] = hi[i].max(lo[i + 1]);
        }
        let mut offset = Vec::with_capacity(n + 1);
        let mut cells = 0;
        for i in 0..=n {
            offset.push(cells);
            cells += hi[i] - lo[i] + 1;
        }
        Band {
            lo,
            hi,
            offset,
            cells,
        }
    }

    fn index(&self, i: usize, j: usize) -> Option<usize> {
        (j >= self.lo[i] && j <= self.hi[i]).then(|| self.offset[i] + j - self.lo[i])
    }

    fn covers_all(&self, m: usize) -> bool {
        self.lo.iter().all(|&l| l == 0) && self.hi.iter().all(|&h| h == m)
    }
}

/// The most cells the band may hold.
const MAX_CELLS: usize = 1_500_000;

/// Aligns `n` source units with `m` target units; returns the links in order, covering every
/// unit once.
pub fn align(scorer: &Scorer, initial_half_width: usize) -> Vec<PathLink> {
    let n = scorer.src.len();
    let m = scorer.tgt.len();
    if n == 0 || m == 0 {
        // Nothing to pair: every unit stands alone.
        let mut out: Vec<PathLink> = (0..n)
            .map(|i| PathLink {
                source: i..i + 1,
                target: 0..0,
                confidence: 1.0,
                matched: 0.0,
                weakest_part: 1.0,
            })
            .collect();
        out.extend((0..m).map(|j| PathLink {
            source: n..n,
            target: j..j + 1,
            confidence: 1.0,
            matched: 0.0,
            weakest_part: 1.0,
        }));
        return out;
    }
    // The band may grow to about MAX_CELLS cells (some 100 MB of tables), never beyond.
    let max_half = (MAX_CELLS / (n + 1) / 2).max(initial_half_width);
    let mut half = initial_half_width.max(4).min(max_half);
    loop {
        let band = Band::new(n, m, half);
        let costs = cell_costs(scorer, &band);
        let path = viterbi(scorer, &band, &costs);
        let near_edge = path.iter().any(|&(i, j, _)| {
            (band.lo[i] > 0 && j < band.lo[i] + 2) || (band.hi[i] < m && j + 2 > band.hi[i])
        });
        if near_edge && !band.covers_all(m) && half < max_half {
            half = (half * 2).min(max_half);
            continue;
        }
        let post = posteriors(scorer, &band, &costs, &path);
        return path
            .iter()
            .zip(post)
            .map(|(&(i, j, k), confidence)| {
                let (a, b) = scorer.shapes[k].0;
                let (matched, weakest_part) = if a > 0 && b > 0 {
                    (
                        scorer.counts(i - a..i, j - b..j).share(),
                        scorer.weakest_part(i - a..i, j - b..j),
                    )
                } else {
                    (0.0, 1.0)
                };
                PathLink {
                    source: i - a..i,
                    target: j - b..j,
                    confidence,
                    matched,
                    weakest_part,
                }
            })
            .collect();
    }
}

/// Per cell (the end of a link) and shape, the link's cost; infinite where the link would start
/// outside the matrix or the band.
fn cell_costs(scorer: &Scorer, band: &Band) -> Vec<f64> {
    let shapes = scorer.shapes.len();
    let n = scorer.src.len();
    let mut costs = vec![f64::INFINITY; band.cells * shapes];
    for i in 0..=n {
        for j in band.lo[i]..=band.hi[i] {
            let cell = band.offset[i] + j - band.lo[i];
            for (k, &((a, b), _)) in scorer.shapes.iter().enumerate() {
                if a > i || b > j || band.index(i - a, j - b).is_none() {
                    continue;
                }
                costs[cell * shapes + k] = scorer.cost(k, i - a, j - b);
            }
        }
    }
    costs
}

/// The cheapest path, as (end row, end column, shape) per link, in order.
fn viterbi(scorer: &Scorer, band: &Band, costs: &[f64]) -> Vec<(usize, usize, usize)> {
    let shapes = scorer.shapes.len();
    let n = scorer.src.len();
    let m = scorer.tgt.len();
    let mut best = vec![f64::INFINITY; band.cells];
    let mut back = vec![u8::MAX; band.cells];
    best[0] = 0.0;
    for i in 0..=n {
        for j in band.lo[i]..=band.hi[i] {
            let cell = band.offset[i] + j - band.lo[i];
            if cell == 0 {
                continue;
            }
            for (k, &((a, b), _)) in scorer.shapes.iter().enumerate() {
                let c = costs[cell * shapes + k];
                if !c.is_finite() {
                    continue;
                }
                let Some(prev) = band.index(i - a, j - b) else {
                    continue;
                };
                let total = best[prev] + c;
                if total < best[cell] {
                    best[cell] = total;
                    back[cell] = k as u8;
                }
            }
        }
    }
    let mut path = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let cell = band.index(i, j).expect("the path stays in the band");
        let k = back[cell] as usize;
        path.push((i, j, k));
        let (a, b) = scorer.shapes[k].0;
        i -= a;
        j -= b;
    }
    path.reverse();
    path
}

fn log_add(a: f64, b: f64) -> f64 {
    if a == f64::NEG_INFINITY {
        return b;
    }
    if b == f64::NEG_INFINITY {
        return a;
    }
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    hi + (lo - hi).exp().ln_1p()
}

/// The posterior probability of each link of `path` (forward-backward in log space).
fn posteriors(
    scorer: &Scorer,
    band: &Band,
    costs: &[f64],
    path: &[(usize, usize, usize)],
) -> Vec<f64> {
    let shapes = scorer.shapes.len();
    let n = scorer.src.len();
    let m = scorer.tgt.len();
    let mut alpha = vec![f64::NEG_INFINITY; band.cells];
    alpha[0] = 0.0;
    for i in 0..=n {
        for j in band.lo[i]..=band.hi[i] {
            let cell = band.offset[i] + j - band.lo[i];
            if cell == 0 {
                continue;
            }
            let mut acc = f64::NEG_INFINITY;
            for (k, &((a, b), _)) in scorer.shapes.iter().enumerate() {
                let c = costs[cell * shapes + k];
                if let (true, Some(prev)) = (c.is_finite(), band.index(i - a.min(i), j - b.min(j)))
                {
                    acc = log_add(acc, alpha[prev] - c);
                }
            }
            alpha[cell] = acc;
        }
    }
    let mut beta = vec![f64::NEG_INFINITY; band.cells];
    let last = band.index(n, m).expect("the end is in the band");
    beta[last] = 0.0;
    for i in (0..=n).rev() {
        for j in (band.lo[i]..=band.hi[i]).rev() {
            let cell = band.offset[i] + j - band.lo[i];
            if cell == last {
                continue;
            }
            let mut acc = f64::NEG_INFINITY;
            for (k, &((a, b), _)) in scorer.shapes.iter().enumerate() {
                if i + a > n || j + b > m {
                    continue;
                }
                let Some(next) = band.index(i + a, j + b) else {
                    continue;
                };
                let c = costs[next * shapes + k];
                if c.is_finite() {
                    acc = log_add(acc, beta[next] - c);
                }
            }
            beta[cell] = acc;
        }
    }
    let total = alpha[last];
    path.iter()
        .map(|&(i, j, k)| {
            let (a, b) = scorer.shapes[k].0;
            let cell = band.index(i, j).expect("in band");
            let prev = band.index(i - a, j - b).expect("in band");
            let c = costs[cell * shapes + k];
            (alpha[prev] - c + beta[cell] - total).exp().clamp(0.0, 1.0)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::features::target_features;

    fn units(n: usize) -> Vec<Features> {
        (0..n)
            .map(|i| target_features(&format!("Sentence number {i} about item{i}.")))
            .collect()
    }

    fn covers(links: &[PathLink], n: usize, m: usize) {
        let (mut i, mut j) = (0, 0);
        for l in links {
            assert_eq!((l.source.start, l.target.start), (i, j));
            i = l.source.end;
            j = l.target.end;
        }
        assert_eq!((i, j), (n, m));
    }

    #[test]
    fn every_unit_once_whatever_the_shapes() {
        let params = Params::default();
        for (n, m) in [
            (0, 3),
            (3, 0),
            (1, 1),
            (1, 60),
            (60, 1),
            (40, 45),
            (200, 90),
        ] {
            let (a, b) = (units(n), units(m));
            let scorer = Scorer::new(&a, &b, &params);
            let links = align(&scorer, 4);
            covers(&links, n, m);
            if n == m {
                assert!(links
                    .iter()
                    .all(|l| l.source.len() == 1 && l.target.len() == 1));
            }
        }
    }

    #[test]
    fn ln_erfc_matches_known_values() {
        assert!((ln_erfc(0.0) - 0.0).abs() < 1e-6);
        assert!((ln_erfc(1.0).exp() - 0.157_299_2).abs() < 1e-6);
        // Far in the tail, where erfc itself underflows.
        assert!(
            (ln_erfc(30.0) - (-900.0 - (30.0 * std::f64::consts::PI.sqrt()).ln())).abs() < 0.01
        );
    }
}
