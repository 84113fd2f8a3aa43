//! The articles quoth offers: bundled ones or the user's files, each read
//! and analysed once.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::article::{Article, bundled, load};
use crate::quotes::{self, Extraction};

/// Articles longer than this (in bytes of text) are shown before their
/// quotations are found: extraction runs in the background.
pub const BACKGROUND_EXTRACTION_BYTES: usize = 1024 * 1024;

/// An article with its quotations, ready to show.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where it came from: a path, or `bundled:NAME`.
    pub origin: String,
    pub path: Option<PathBuf>,
    /// Shared with the background thread that finds its quotations.
    pub article: Arc<Article>,
    /// Empty while `extraction_pending`.
    pub extraction: Extraction,
    /// True until a background extraction delivers its result.
    pub extraction_pending: bool,
}

impl Document {
    pub fn new(origin: String, path: Option<PathBuf>, article: Article) -> Document {
        let extraction = quotes::extract(&article);
        Document {
            origin,
            path,
            article: Arc::new(article),
            extraction,
            extraction_pending: false,
        }
    }

    /// Like [`Document::new`], but a long article comes back at once with
    /// its extraction pending; [`Document::extract_later`] does the work.
    pub fn deferring(origin: String, path: Option<PathBuf>, article: Article) -> Document {
        if article.text.len() <= BACKGROUND_EXTRACTION_BYTES {
            return Document::new(origin, path, article);
        }
        Document {
            origin,
            path,
            article: Arc::new(article),
            extraction: Extraction::default(),
            extraction_pending: true,
        }
    }

    /// The work a pending extraction needs, to run on another thread.
    pub fn extract_later(&self) -> Option<impl FnOnce() -> Extraction + Send + 'static> {
        let article = Arc::clone(&self.article);
        self.extraction_pending
            .then(|| move || quotes::extract(&article))
    }

    /// Store the extraction computed in the background.
    pub fn extraction_done(&mut self, extraction: Extraction) {
        self.extraction = extraction;
        self.extraction_pending = false;
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

/// The documents behind command-line paths, and the errors for the paths
/// that could not be opened.
pub fn documents_from_paths(paths: &[PathBuf]) -> (Vec<Document>, Vec<load::LoadError>) {
    load_documents(paths, Document::new)
}

/// Like [`documents_from_paths`], for reading on screen: long articles
/// leave their extraction to the background (see [`Document::deferring`]).
pub fn documents_to_read(paths: &[PathBuf]) -> (Vec<Document>, Vec<load::LoadError>) {
    load_documents(paths, Document::deferring)
}

type MakeDocument = fn(String, Option<PathBuf>, Article) -> Document;

fn load_documents(paths: &[PathBuf], make: MakeDocument) -> (Vec<Document>, Vec<load::LoadError>) {
    let (files, mut errors) = load::expand_paths(paths);
    let mut documents = Vec::new();
    for file in files {
        match load::load_file(&file) {
            Ok(article) => documents.push(make(
                file.display().to_string(),
                Some(file.clone()),
                article,
            )),
            Err(error) => errors.push(error),
        }
    }
    (documents, errors)
}

/// Every bundled article.
pub fn bundled_documents() -> Vec<Document> {
    bundled::ARTICLES
        .iter()
        .map(Document::from_bundled)
        .collect()
}
