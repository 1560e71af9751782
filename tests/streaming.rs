//! `segment` and `segment --json` segment a paragraph at a time and write as they go: their
//! output must be the text the whole-document path gives, on every example article and every
//! article of the unseen-news set (laid out one paragraph per line and blank-line separated).

use crate::common::{example_articles, translate, unseen_articles};
use terjemah::mt::engine::Stats;

/// (file name, text) of every article to compare.
fn articles() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for path in example_articles() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        out.push((name, std::fs::read_to_string(&path).expect("example")));
    }
    for half in ["tune", "tune-6"] {
        for (k, article) in unseen_articles(half).into_iter().enumerate() {
            let pars: Vec<&str> = article.iter().map(|p| p.text.as_str()).collect();
            out.push((format!("{half}-{k}-lines.txt"), pars.join("\n") + "\n"));
            out.push((format!("{half}-{k}-blocks.txt"), pars.join("\n\n")));
        }
    }
    out
}

#[test]
fn streamed_segment_output_is_the_whole_document_output() {
    let dir = tempfile::tempdir().unwrap();
    let all = articles();
    assert!(all.len() > 20, "{} articles", all.len());
    let mut trailing_chrome = 0;
    for (name, text) in all {
        std::fs::write(dir.path().join(&name), &text).unwrap();
        let doc = terjemah::segment::segment(&name, text);
        let segments = doc.segments().count();
        let skipped = doc.segments().filter(|s| !s.kind.is_translatable()).count();
        let stats = Stats {
            segments,
            skipped,
            ..Stats::default()
        };
        let whole = terjemah::formats::json::to_json(&doc, "none", &stats);
        let out = translate(dir.path())
            .args(["segment", "--json", &name])
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}");
        let streamed = String::from_utf8(out.stdout).unwrap();
        assert!(streamed == whole, "{name}: streamed JSON differs");

        let out = translate(dir.path())
            .args(["segment", &name])
            .output()
            .unwrap();
        let listing = String::from_utf8(out.stdout).unwrap();
        let headers = listing.lines().filter(|l| l.starts_with('¶')).count();
        assert_eq!(headers, doc.paragraphs.len(), "{name}");
        let translatable = segments - skipped;
        assert!(
            listing.ends_with(&format!(
                "{} paragraphs, {segments} segments, {translatable} to translate\n",
                doc.paragraphs.len()
            )),
            "{name}: {listing}"
        );
        // Articles whose closing menu labels were held back and turned into boilerplate.
        let last = doc.paragraphs.last().expect("paragraphs");
        if last.kind == terjemah::doc::ParagraphKind::Boilerplate
            && doc.paragraphs.len() >= 2
            && doc.paragraphs[doc.paragraphs.len() - 2].kind
                == terjemah::doc::ParagraphKind::Boilerplate
        {
            trailing_chrome += 1;
        }
    }
    // The held-back run of page chrome was exercised.
    assert!(trailing_chrome > 0);
}
