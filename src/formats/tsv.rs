//! TSV output: one segment per line, `id`, `kind`, `source`, `target`, with a header. Tabs and
//! line breaks inside text become spaces so every row has four fields.

use crate::doc::Document;

/// The TSV text of `doc`.
pub fn to_tsv(doc: &Document) -> String {
    let mut out = String::from("id\tkind\tsource\ttarget\n");
    for seg in doc.segments() {
        let clean = |s: &str| crate::doc::collapse_whitespace(s);
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            seg.id(),
            seg.kind.as_str(),
            clean(&seg.source),
            seg.target.as_deref().map(clean).unwrap_or_default()
        ));
    }
    out
}
