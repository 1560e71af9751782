//! Tests of the openai backend (being written).
