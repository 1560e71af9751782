//! Tests of the azure backend (being written).
