//! Machine-readable outputs of a translated document: JSON (the schema in `shared/design.md`)
//! and TSV; and TMX 1.4b, the translation memory's exchange format.

pub mod json;
pub mod tmx;
pub mod tsv;
