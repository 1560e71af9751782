//! The built-in offline backend (placeholder until the lexicon lands).
