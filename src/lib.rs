//! quoth: a terminal article reader that knows who said what.
//!
//! The stages, each a plain data type built by a pure function:
//! file → [`article::Article`] → [`quotes::Extraction`] →
//! [`layout::Layout`] → [`tui`] state and view.

pub mod article;
pub mod cli;
pub mod eval;
pub mod export;
pub mod layout;
pub mod library;
pub mod plain;
pub mod quotes;
pub mod tui;
