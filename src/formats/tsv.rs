//! TSV output: one segment per line, `id`, `kind`, `source`, `target`, with a header. Tabs and
//! line breaks inside text become spaces so every row has four fields.

use crate::doc::Document;
use std::io::{self, Write};

/// Writes the TSV of `doc` to `out` row by row (buffered here).
pub fn write_tsv(out: impl Write, doc: &Document) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(64 * 1024, out);
    out.write_all(b"id\tkind\tsource\ttarget\n")?;
    for seg in doc.segments() {
        let clean = |s: &str| crate::doc::collapse_whitespace(s);
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            seg.id(),
            seg.kind.as_str(),
            clean(&seg.source),
            seg.target.as_deref().map(clean).unwrap_or_default()
        )?;
    }
    out.flush()
}

/// The TSV text of `doc`; see [`write_tsv`] to stream it.
pub fn to_tsv(doc: &Document) -> String {
    let mut out = Vec::new();
    write_tsv(&mut out, doc).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("the document is UTF-8")
}
