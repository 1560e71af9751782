//! The integration tests, in one binary to save link time.

mod common;
mod segmentation;
