//! Text handling below the segmenter: decoding input files, and Indonesian number formats.

pub mod encoding;
pub mod numbers;
