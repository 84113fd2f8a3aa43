//! The articles quoth offers: bundled ones or the user's files, each read
//! and analysed once.

use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::thread;

use crate::article::{Article, bundled, load};
use crate::quotes::{self, Extraction};

/// Articles longer than this (in bytes of text) are shown before their
/// quotations are found: extraction runs in the background.
pub const BACKGROUND_EXTRACTION_BYTES: usize = 1024 * 1024;
/// Files longer than this show their first pages from this many bytes
/// while the whole file loads in the background.
pub const PREVIEW_BYTES: usize = 16 * 1024;

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
    /// True while `article` holds only the first paragraphs of the file.
    pub loading: bool,
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
            loading: false,
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
            loading: false,
        }
    }

    /// For reading on screen: a long file comes back with its first
    /// paragraphs only, `loading`, to show at once; [`finish_in_background`]
    /// brings the rest, then the quotations.
    pub fn to_read(path: &Path) -> Result<Document, load::LoadError> {
        let origin = path.display().to_string();
        let name = load::file_name(path);
        Ok(match load::read_preview(path, PREVIEW_BYTES)? {
            load::Preview::Whole(bytes) => Document::deferring(
                origin,
                Some(path.to_path_buf()),
                Article::from_vec(bytes, &name),
            ),
            load::Preview::Start(bytes) => Document {
                origin,
                path: Some(path.to_path_buf()),
                article: Arc::new(Article::from_vec(bytes, &name)),
                extraction: Extraction::default(),
                extraction_pending: true,
                loading: true,
            },
        })
    }

    /// Take in the whole article, once loaded.
    pub fn loaded(&mut self, article: Arc<Article>) {
        self.article = article;
        self.loading = false;
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
    load_documents(paths, Document::from_path)
}

/// Like [`documents_from_paths`], for reading on screen: long files
/// leave the rest of their loading and their extraction to the background
/// (see [`Document::to_read`]).
pub fn documents_to_read(paths: &[PathBuf]) -> (Vec<Document>, Vec<load::LoadError>) {
    load_documents(paths, Document::to_read)
}

type Load = fn(&Path) -> Result<Document, load::LoadError>;

fn load_documents(paths: &[PathBuf], load: Load) -> (Vec<Document>, Vec<load::LoadError>) {
    let (files, mut errors) = load::expand_paths(paths);
    let mut documents = Vec::new();
    for file in files {
        match load(&file) {
            Ok(document) => documents.push(document),
            Err(error) => errors.push(error),
        }
    }
    (documents, errors)
}

/// What the background brings for document `.0` (its index).
#[derive(Debug)]
pub enum Arrival {
    Article(usize, Arc<Article>),
    Extraction(usize, Extraction),
    Failed(usize, load::LoadError),
}

/// Finish what documents left for later (the rest of a long file, then its
/// quotations), one document after the other on a thread of their own.
/// Results arrive on the returned channel.
pub fn finish_in_background(documents: &[Document]) -> mpsc::Receiver<Arrival> {
    let (sender, receiver) = mpsc::channel();
    let jobs: Vec<(usize, Option<PathBuf>, Arc<Article>)> = documents
        .iter()
        .enumerate()
        .filter(|(_, doc)| doc.loading || doc.extraction_pending)
        .map(|(index, doc)| {
            let path = doc.path.clone().filter(|_| doc.loading);
            (index, path, Arc::clone(&doc.article))
        })
        .collect();
    if !jobs.is_empty() {
        thread::spawn(move || {
            for (index, path, article) in jobs {
                // A send fails only once the reader has quit: stop then.
                if finish(index, path, article, &sender).is_none() {
                    return;
                }
            }
        });
    }
    receiver
}

fn finish(
    index: usize,
    path: Option<PathBuf>,
    mut article: Arc<Article>,
    sender: &mpsc::Sender<Arrival>,
) -> Option<()> {
    if let Some(path) = path {
        match load::load_file(&path) {
            Ok(whole) => {
                article = Arc::new(whole);
                sender
                    .send(Arrival::Article(index, Arc::clone(&article)))
                    .ok()?;
            }
            Err(error) => return sender.send(Arrival::Failed(index, error)).ok(),
        }
    }
    let extraction = quotes::extract(&article);
    sender.send(Arrival::Extraction(index, extraction)).ok()
}

/// Every bundled article.
pub fn bundled_documents() -> Vec<Document> {
    bundled::ARTICLES
        .iter()
        .map(Document::from_bundled)
        .collect()
}
