//! The terminal interface.

use crate::library::Document;

/// Which screen the reader starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Library,
    Reader,
}

pub fn run(documents: Vec<Document>, start: Start) -> std::io::Result<()> {
    let _ = (documents, start);
    Ok(())
}
