//! Tests of the deepl backend (being written).
