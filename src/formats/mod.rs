//! Machine-readable outputs of a translated document: JSON (the schema in `shared/design.md`),
//! TSV, and XLIFF (written as 2.1, read as 2.x and 1.2).

pub mod json;
pub mod tsv;
pub mod xliff;
