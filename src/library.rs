//! The articles quoth offers: bundled ones or the user's files, each read
//! and analysed once.

use std::path::{Path, PathBuf};

use crate::article::{Article, bundled, load};
use crate::quotes::{self, Extraction};

/// An article with its quotations, ready to show.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where it came from: a path, or `bundled:NAME`.
    pub origin: String,
    pub path: Option<PathBuf>,
    pub article: Article,
    pub extraction: Extraction,
}

impl Document {
    pub fn new(origin: String, path: Option<PathBuf>, article: Article) -> Document {
        let extraction = quotes::extract(&article);
        Document {
            origin,
            path,
            article,
            extraction,
        }
    }

    pub fn from_bundled(bundled: &bundled::Bundled) -> Document {
        Document::new(format!("bundled:{}", bundled.name), None, bundled.article())
    }

    pub fn from_path(path: &Path) -> Result<Document, load::LoadError> {
        let article = load::load_file(path)?;
        Ok(Document::new(
            path.display().to_string(),
            Some(path.to_path_buf()),
            article,
        ))
    }
}

/// Every bundled article.
pub fn bundled_documents() -> Vec<Document> {
    bundled::ARTICLES
        .iter()
        .map(Document::from_bundled)
        .collect()
}

/// The documents behind command-line paths, and the errors for the paths
/// that could not be opened.
pub fn documents_from_paths(paths: &[PathBuf]) -> (Vec<Document>, Vec<load::LoadError>) {
    let (files, mut errors) = load::expand_paths(paths);
    let mut documents = Vec::new();
    for file in files {
        match Document::from_path(&file) {
            Ok(document) => documents.push(document),
            Err(error) => errors.push(error),
        }
    }
    (documents, errors)
}
