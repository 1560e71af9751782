//! terjemah: translation assist for Indonesian news into English.
#![warn(missing_docs)]

pub mod doc;
pub mod segment;
pub mod glossary;
pub mod morph;
pub mod mt;
pub mod text;
