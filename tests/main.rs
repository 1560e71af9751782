//! The integration tests, in one binary to save link time.

mod cli;
mod common;
mod offline;
mod properties;
mod segmentation;
