//! Tests of the libretranslate backend (being written).
