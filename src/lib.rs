//! terjemah: translation assist for Indonesian news into English.
#![warn(missing_docs)]

pub mod cli;
pub mod config;
pub mod doc;
pub mod formats;
pub mod glossary;
pub mod morph;
pub mod mt;
pub mod pipeline;
pub mod review;
pub mod segment;
pub mod text;
