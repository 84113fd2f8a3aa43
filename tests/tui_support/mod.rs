//! Documents with speakers assigned by hand, so the interface can be
//! tested whatever the extractor currently attributes.
#![allow(dead_code)]

use quoth::article::{Article, bundled};
use quoth::library::Document;
use quoth::quotes::Speaker;
use quoth::tui::Start;
use quoth::tui::app::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub const SUPPLIED: &str = "000_04fb62681c5581a7";
pub const SUPPLIED_TITLE: &str = "Poutine et Kim Jong Un se retrouvent à Pékin";

/// The supplied article with its nine « » quotes credited: Vladimir
/// Poutine 1, 3, 5, 6, 8; Kim Jong Un 7, 9; nobody 2 and 4.
pub fn supplied() -> Document {
    let Some(found) = bundled::find(SUPPLIED) else {
        panic!("the supplied article is bundled");
    };
    let mut doc = Document::from_bundled(found);
    assert_eq!(
        doc.extraction.quotes.len(),
        9,
        "the supplied article has 9 quotations"
    );
    let who = [
        Some(0),
        None,
        Some(0),
        None,
        Some(0),
        Some(0),
        Some(1),
        Some(0),
        Some(1),
    ];
    for (quote, speaker) in doc.extraction.quotes.iter_mut().zip(who) {
        quote.speaker = speaker;
    }
    doc.extraction.speakers = vec![speaker("Vladimir Poutine", 5), speaker("Kim Jong Un", 2)];
    doc
}

fn speaker(name: &str, quotes: usize) -> Speaker {
    Speaker {
        name: name.to_string(),
        aliases: Vec::new(),
        quotes,
    }
}

/// A document from raw text, quotes found by the extractor.
pub fn from_text(text: &str, name: &str) -> Document {
    Document::new(
        name.to_string(),
        None,
        Article::from_bytes(text.as_bytes(), name),
    )
}

pub fn reader(width: u16, height: u16) -> App {
    App::new(vec![supplied()], Start::Reader, (width, height))
}

pub fn library(width: u16, height: u16) -> App {
    let other = from_text(
        "# The harbour reopens\n\n\"It was a long winter,\" said the harbour master, Ann Reed.\n",
        "harbour",
    );
    App::new(vec![supplied(), other], Start::Library, (width, height))
}

/// The whole screen `app` draws, at its own size.
pub fn render(app: &App) -> Buffer {
    let (width, height) = app.size();
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(terminal) => terminal,
        Err(error) => panic!("test backend: {error}"),
    };
    if let Err(error) = terminal.draw(|frame| quoth::tui::view::draw(frame, app)) {
        panic!("draw: {error}");
    }
    terminal.backend().buffer().clone()
}

/// Each row as text; wide characters occupy their first cell only.
pub fn rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect()
        })
        .collect()
}

pub fn screen(buffer: &Buffer) -> String {
    rows(buffer).join("\n")
}

pub fn press(app: &mut App, code: KeyCode) {
    app.on_key(&KeyEvent::new(code, KeyModifiers::NONE));
}
