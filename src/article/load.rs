//! Reading articles from disk, with a clear error for everything that is
//! not a readable text file.

use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::{Article, source};

/// Files larger than this are refused rather than read.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// File endings a directory is searched for.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text"];

#[derive(Debug)]
pub enum LoadError {
    NotFound(PathBuf),
    Unreadable(PathBuf, io::Error),
    NotAFile(PathBuf),
    TooLarge(PathBuf, u64),
    Binary(PathBuf),
    NoArticles(PathBuf),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound(path) => write!(f, "{}: no such file or directory", shown(path)),
            LoadError::Unreadable(path, error) => {
                write!(f, "{}: cannot read: {}", shown(path), plain_io_error(error))
            }
            LoadError::NotAFile(path) => write!(
                f,
                "{}: not a regular file (device, socket or pipe)",
                shown(path)
            ),
            LoadError::TooLarge(path, size) => write!(
                f,
                "{}: too large ({} MB; the limit is {} MB)",
                shown(path),
                size / 1_000_000,
                MAX_FILE_BYTES / 1_000_000
            ),
            LoadError::Binary(path) => {
                write!(f, "{}: looks like a binary file, not text", shown(path))
            }
            LoadError::NoArticles(path) => write!(
                f,
                "{}: no articles here (looked for .txt and .md files)",
                shown(path)
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// A path as it may be printed: a file name can hold escape sequences too.
fn shown(path: &Path) -> String {
    source::clean_line(&path.display().to_string()).into_owned()
}

/// io::Error's message without the "(os error 13)" suffix.
fn plain_io_error(error: &io::Error) -> String {
    let message = error.to_string();
    match message.find(" (os error") {
        Some(cut) => message[..cut].to_string(),
        None => message,
    }
}

/// Expand the paths given on the command line: files stay, directories give
/// their article files (sorted). Bad paths are returned as errors beside
/// the good ones so the good ones still open.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                errors.push(LoadError::NotFound(path.clone()));
            }
            Err(error) => errors.push(LoadError::Unreadable(path.clone(), error)),
            Ok(meta) if meta.is_dir() => match articles_in(path) {
                Ok(found) if found.is_empty() => errors.push(LoadError::NoArticles(path.clone())),
                Ok(found) => files.extend(found),
                Err(error) => errors.push(LoadError::Unreadable(path.clone(), error)),
            },
            Ok(_) => files.push(path.clone()),
        }
    }
    (files, errors)
}

fn articles_in(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && has_article_extension(path))
        .collect();
    found.sort();
    Ok(found)
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| ARTICLE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

/// Read one file as an article.
pub fn load_file(path: &Path) -> Result<Article, LoadError> {
    let bytes = read_text_bytes(path)?;
    Ok(Article::from_vec(bytes, &file_name(path)))
}

/// The name an article is known by when it has no title of its own.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// The start of a file, or all of it if it is short.
pub enum Preview {
    Whole(Vec<u8>),
    /// The first whole paragraphs of a longer file.
    Start(Vec<u8>),
}

/// Read at most about `limit` bytes of a text file, cut after its last
/// blank line so every paragraph read is whole (offsets are those of the
/// whole file). Refuses what [`read_text_bytes`] refuses, judging binary
/// data by the same first bytes.
pub fn read_preview(path: &Path, limit: usize) -> Result<Preview, LoadError> {
    let size = checked_size(path)?;
    if size <= limit as u64 {
        return read_text_bytes(path).map(Preview::Whole);
    }
    let unreadable = |error| LoadError::Unreadable(path.to_path_buf(), error);
    let mut bytes = Vec::with_capacity(limit);
    fs::File::open(path)
        .and_then(|file| file.take(limit as u64).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if source::looks_binary(&bytes) {
        return Err(LoadError::Binary(path.to_path_buf()));
    }
    let cut = bytes
        .windows(2)
        .rposition(|pair| pair == b"\n\n")
        .map_or(bytes.len(), |at| at + 2);
    bytes.truncate(cut);
    Ok(Preview::Start(bytes))
}

/// The size of a regular file small enough to read.
fn checked_size(path: &Path) -> Result<u64, LoadError> {
    let meta = fs::metadata(path).map_err(|error| match error.kind() {
        io::ErrorKind::NotFound => LoadError::NotFound(path.to_path_buf()),
        _ => LoadError::Unreadable(path.to_path_buf(), error),
    })?;
    if !meta.is_file() {
        return Err(LoadError::NotAFile(path.to_path_buf()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge(path.to_path_buf(), meta.len()));
    }
    Ok(meta.len())
}

/// The bytes of a regular, not-too-large, non-binary file.
pub fn read_text_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    checked_size(path)?;
    let bytes = fs::read(path).map_err(|error| LoadError::Unreadable(path.to_path_buf(), error))?;
    if source::looks_binary(&bytes) {
        return Err(LoadError::Binary(path.to_path_buf()));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("quoth-load-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).ok();
        dir
    }

    #[test]
    fn directories_expand_to_their_article_files() {
        let dir = temp_dir("expand");
        fs::write(dir.join("b.txt"), "B").ok();
        fs::write(dir.join("a.md"), "A").ok();
        fs::write(dir.join("image.png"), "x").ok();
        let missing = dir.join("missing.txt");
        let (files, errors) = expand_paths(&[dir.clone(), missing]);
        assert_eq!(files, vec![dir.join("a.md"), dir.join("b.txt")]);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .to_string()
                .ends_with("missing.txt: no such file or directory")
        );
    }

    #[test]
    fn a_preview_holds_whole_paragraphs_from_the_start() {
        let dir = temp_dir("preview");
        let path = dir.join("long.txt");
        let text = "Un paragraphe.\n\n".repeat(100);
        fs::write(&path, &text).ok();
        match read_preview(&path, 40) {
            Ok(Preview::Start(bytes)) => assert_eq!(bytes, &text.as_bytes()[..32]),
            _ => panic!("a start of the file"),
        }
        match read_preview(&path, 10_000) {
            Ok(Preview::Whole(bytes)) => assert_eq!(bytes, text.as_bytes()),
            _ => panic!("the whole file"),
        }
    }

    #[test]
    fn binary_files_are_refused_by_name() {
        let dir = temp_dir("binary");
        let path = dir.join("blob.txt");
        fs::write(&path, b"\x00\x01\x02binary").ok();
        let error = load_file(&path)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.contains("blob.txt") && error.contains("binary"),
            "{error}"
        );
    }
}
