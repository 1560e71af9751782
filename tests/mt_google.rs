//! Tests of the google backend (being written).
