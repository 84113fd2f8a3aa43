//! Where the reader was in each article, remembered between runs.
//!
//! Positions are byte offsets into the article's text, so they survive any
//! terminal size. Each article is known by a hash of that text: a moved
//! file keeps its place, an edited one starts afresh. What to remember and
//! how to restore it ([`Memory`], [`restore`]) is pure; [`Store`] is the
//! thin shell that reads and writes the file.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::quotes::Quote;

/// A save is due after this many page turns, so a killed reader loses at
/// most a few pages.
pub const SAVE_EVERY: usize = 5;

const FILE_NAME: &str = "positions.json";
const FORMAT_VERSION: u32 = 1;

/// The article's identity: a hash of its text. xxh3 is fast and its
/// output is fixed by its specification, so keys stay valid across builds.
pub fn key(article: &Article) -> String {
    format!(
        "{:016x}",
        xxhash_rust::xxh3::xxh3_64(article.text.as_bytes())
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// Offset of the first character on screen.
    pub top: usize,
    pub quote: Option<SavedQuote>,
}

/// The selected quote: its index, and where it starts to check that the
/// index still means the same quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedQuote {
    pub index: usize,
    pub start: usize,
}

impl Position {
    pub fn new(top: usize, selected: Option<usize>, quotes: &[Quote]) -> Position {
        let quote = selected.and_then(|index| {
            quotes.get(index).map(|quote| SavedQuote {
                index,
                start: quote.span.start,
            })
        });
        Position { top, quote }
    }
}

/// Positions by article key.
pub type Positions = BTreeMap<String, Position>;

/// Where to put the reader back: a top offset inside `text` on a character
/// boundary, and the saved quote if it still starts where it did (found
/// by its start if the quotes were renumbered).
pub fn restore(position: &Position, text: &str, quotes: &[Quote]) -> (usize, Option<usize>) {
    let mut top = position.top.min(text.len());
    while !text.is_char_boundary(top) {
        top -= 1;
    }
    let selected = position.quote.and_then(|saved| {
        let same = |index: &usize| {
            quotes
                .get(*index)
                .is_some_and(|quote| quote.span.start == saved.start)
        };
        Some(saved.index).filter(same).or_else(|| {
            quotes
                .iter()
                .position(|quote| quote.span.start == saved.start)
        })
    });
    (top, selected)
}

/// The positions known at start and those changed since, with a count of
/// page turns since the last save.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Memory {
    known: Positions,
    changed: BTreeSet<String>,
    turns: usize,
}

impl Memory {
    pub fn new(known: Positions) -> Memory {
        Memory {
            known,
            ..Memory::default()
        }
    }

    pub fn recall(&self, key: &str) -> Option<&Position> {
        self.known.get(key)
    }

    /// Note where the reader is; true when a save is due.
    pub fn remember(&mut self, key: &str, position: Position) -> bool {
        let previous = self.known.insert(key.to_string(), position);
        if previous == Some(position) {
            return false;
        }
        self.changed.insert(key.to_string());
        if previous.is_none_or(|previous| previous.top != position.top) {
            self.turns += 1;
        }
        self.turns >= SAVE_EVERY
    }

    /// The positions changed since the last save, and start counting again.
    pub fn take_changes(&mut self) -> Positions {
        self.turns = 0;
        let changed = std::mem::take(&mut self.changed);
        changed
            .into_iter()
            .filter_map(|key| self.known.get(&key).map(|position| (key, *position)))
            .collect()
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StateFile {
    version: u32,
    positions: Positions,
}

/// What loading found: the positions, and a note for the status line when
/// the file had to be set aside.
#[derive(Debug, Default)]
pub struct Loaded {
    pub positions: Positions,
    pub note: Option<String>,
}

/// The state file on disk.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
}

impl Store {
    pub fn at(path: PathBuf) -> Store {
        Store { path }
    }

    /// The platform's state directory (`$XDG_STATE_HOME/quoth` on Linux),
    /// else its local data directory.
    pub fn default_location() -> Option<Store> {
        let dirs = crate::config::project_dirs()?;
        let dir = dirs.state_dir().unwrap_or(dirs.data_local_dir());
        Some(Store::at(dir.join(FILE_NAME)))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where an unreadable state file is moved.
    pub fn aside_path(&self) -> PathBuf {
        let mut name = self.path.clone().into_os_string();
        name.push(".corrupt");
        PathBuf::from(name)
    }

    fn read(&self) -> io::Result<Option<Positions>> {
        let bytes = match fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Ok(Some(Positions::new()));
            }
            Err(error) => return Err(error),
        };
        Ok(serde_json::from_slice::<StateFile>(&bytes)
            .ok()
            .filter(|file| file.version == FORMAT_VERSION)
            .map(|file| file.positions))
    }

    /// The saved positions. A file that cannot be read or understood is
    /// renamed aside (`positions.json.corrupt`) so the next save starts
    /// clean, and the note says so.
    pub fn load(&self) -> Loaded {
        let problem = match self.read() {
            Ok(Some(positions)) => {
                return Loaded {
                    positions,
                    note: None,
                };
            }
            Ok(None) => "unreadable".to_string(),
            Err(error) => format!("unreadable ({error})"),
        };
        let aside = self.aside_path();
        let note = match fs::rename(&self.path, &aside) {
            Ok(()) => format!(
                "reading positions were {problem}: moved to {}",
                aside.display()
            ),
            Err(error) => format!("reading positions {problem}; cannot move them aside: {error}"),
        };
        Loaded {
            positions: Positions::new(),
            note: Some(note),
        }
    }

    /// Write `changes` over what the file holds now (another quoth may have
    /// saved since we loaded), atomically: a temporary file in the same
    /// directory, then a rename over the old one.
    pub fn save(&self, changes: &Positions) -> io::Result<()> {
        if changes.is_empty() {
            return Ok(());
        }
        let mut positions = self.read().ok().flatten().unwrap_or_default();
        positions.extend(
            changes
                .iter()
                .map(|(key, position)| (key.clone(), *position)),
        );
        let file = StateFile {
            version: FORMAT_VERSION,
            positions,
        };
        let json = serde_json::to_vec_pretty(&file).map_err(io::Error::other)?;
        let dir = self.path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let temporary = dir.join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
        let written = fs::File::create(&temporary).and_then(|mut out| {
            out.write_all(&json)?;
            out.sync_all()
        });
        let renamed = written.and_then(|()| fs::rename(&temporary, &self.path));
        if renamed.is_err() {
            let _ = fs::remove_file(&temporary);
        }
        renamed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes;

    fn article(text: &str) -> Article {
        Article::from_bytes(text.as_bytes(), "test.txt")
    }

    fn at(top: usize) -> Position {
        Position { top, quote: None }
    }

    #[test]
    fn the_key_follows_the_text_not_the_file_name() {
        let text = "Jean Morel a reçu la presse. « Nous tiendrons », a-t-il assuré.";
        let a = article(text);
        let b = Article::from_bytes(text.as_bytes(), "elsewhere/renamed.txt");
        assert_eq!(key(&a), key(&b));
        assert_ne!(key(&a), key(&article(&format!("{text} Fin."))));
        assert_eq!(key(&a).len(), 16);
    }

    #[test]
    fn restoring_checks_offsets_and_quotes() {
        let text =
            "Jean Morel a reçu la presse. « Nous tiendrons », a-t-il assuré. « Encore », dit-il.";
        let extraction = quotes::extract(&article(text));
        let quotes = &extraction.quotes;
        assert!(quotes.len() >= 2);
        let second = Position::new(10, Some(1), quotes);
        assert_eq!(restore(&second, text, quotes), (10, Some(1)));
        // Renumbered quotes are found by where they start.
        let mut moved = second;
        if let Some(quote) = moved.quote.as_mut() {
            quote.index = 0;
        }
        assert_eq!(restore(&moved, text, quotes), (10, Some(1)));
        // A quote that is gone is dropped; an offset past the end or inside
        // a character is pulled back.
        let gone = Position {
            top: usize::MAX,
            quote: Some(SavedQuote { index: 0, start: 3 }),
        };
        assert_eq!(restore(&gone, text, quotes), (text.len(), None));
        let inside = text.find('ç').unwrap_or_default() + 1;
        assert_eq!(restore(&at(inside), text, quotes).0, inside - 1);
    }

    #[test]
    fn a_save_is_due_every_few_page_turns() {
        let mut memory = Memory::new(Positions::new());
        let due: Vec<bool> = (1..=SAVE_EVERY)
            .map(|page| memory.remember("a", at(page * 100)))
            .collect();
        assert_eq!(due.iter().filter(|&&due| due).count(), 1);
        assert_eq!(due.last(), Some(&true));
        // The same position again is not a turn.
        assert!(!memory.remember("a", at(SAVE_EVERY * 100)));
        let changes = memory.take_changes();
        assert_eq!(changes.get("a"), Some(&at(SAVE_EVERY * 100)));
        assert!(memory.take_changes().is_empty());
        assert!(!memory.remember("a", at(1)));
        assert_eq!(memory.recall("a"), Some(&at(1)));
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("temp dir: {error}"));
        let store = Store::at(dir.path().join("state").join(FILE_NAME));
        (dir, store)
    }

    #[test]
    fn saved_positions_load_back_and_merge_with_other_writers() {
        let (_dir, store) = store();
        assert!(store.load().positions.is_empty());
        let first: Positions = [("a".to_string(), at(5))].into();
        assert!(store.save(&first).is_ok());
        let second: Positions = [("b".to_string(), at(7))].into();
        assert!(store.save(&second).is_ok());
        let loaded = store.load();
        assert_eq!(loaded.note, None);
        assert_eq!(loaded.positions.get("a"), Some(&at(5)));
        assert_eq!(loaded.positions.get("b"), Some(&at(7)));
        // Nothing is left behind but the file itself.
        let dir = store
            .path()
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let names: Vec<String> = fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(names, vec![FILE_NAME.to_string()]);
    }

    #[test]
    fn a_corrupt_file_is_set_aside_with_a_note() {
        let (_dir, store) = store();
        let _ = fs::create_dir_all(store.path().parent().unwrap_or(Path::new(".")));
        assert!(fs::write(store.path(), b"{\"version\": 1, \"positions\": {\"a\": 12").is_ok());
        let loaded = store.load();
        assert!(loaded.positions.is_empty());
        assert!(loaded.note.is_some_and(|note| note.contains(".corrupt")));
        assert!(!store.path().exists());
        assert!(store.aside_path().exists());
        // The next save starts a fresh, readable file.
        assert!(store.save(&[("a".to_string(), at(3))].into()).is_ok());
        assert_eq!(store.load().positions.get("a"), Some(&at(3)));
    }

    #[test]
    fn a_state_file_that_cannot_be_read_is_set_aside_too() {
        let (_dir, store) = store();
        assert!(
            fs::create_dir_all(store.path()).is_ok(),
            "a directory in its place"
        );
        let loaded = store.load();
        assert!(loaded.positions.is_empty());
        assert!(loaded.note.is_some_and(|note| note.contains("unreadable")));
        assert!(store.aside_path().is_dir());
        assert!(store.save(&[("a".to_string(), at(3))].into()).is_ok());
        assert_eq!(store.load().positions.get("a"), Some(&at(3)));
    }

    #[test]
    fn an_unwritable_place_is_an_error_not_a_panic() {
        let (dir, _) = store();
        let blocker = dir.path().join("file");
        assert!(fs::write(&blocker, b"").is_ok());
        let store = Store::at(blocker.join("sub").join(FILE_NAME));
        assert!(store.save(&[("a".to_string(), at(3))].into()).is_err());
        assert!(store.load().note.is_some());
    }
}
