//! Tests of the engine backend (being written).
