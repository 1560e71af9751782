//! Machine-readable outputs of a translated document: JSON (the schema in `shared/design.md`),
//! TSV, XLIFF (written as 2.1, read as 2.x and 1.2) and TMX 1.4b, the translation memory's
//! exchange format.

pub mod json;
pub mod tmx;
pub mod tsv;
pub mod xliff;
