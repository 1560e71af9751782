//! Tests of the command backend (being written).
