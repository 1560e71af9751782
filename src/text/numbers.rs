//! Indonesian number formats (placeholder).
