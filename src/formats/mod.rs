//! Machine-readable outputs of a translated document: JSON (the schema in `shared/design.md`)
//! and TSV.

pub mod json;
pub mod tsv;
