//! Scoring extraction against gold annotations.

use std::fmt;
use std::path::Path;

pub struct Report;

impl fmt::Display for Report {
    fn fmt(&self, _f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Ok(())
    }
}

pub fn evaluate_dir(_dir: &Path) -> Result<Report, String> {
    Ok(Report)
}
