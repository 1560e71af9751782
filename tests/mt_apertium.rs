//! Tests of the apertium backend (being written).
