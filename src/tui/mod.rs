//! The terminal interface: a library of documents and a paginated reader
//! with a speakers sidebar.
//!
//! State ([`app`]) is apart from drawing ([`view`]) and from input
//! ([`keys`]); this module only owns the terminal and the event loop.

pub mod action;
pub mod app;
pub mod geometry;
pub mod keys;
pub mod strings;
pub mod theme;
pub mod view;

use std::io::{self, Stdout};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};

use crate::library::{self, Document};
use crate::settings::Settings;
use action::Action;
use app::App;

/// Which screen the reader starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Library,
    Reader,
}

/// How long the loop waits for input when nothing is being worked on; it
/// still wakes now and then to take in quotations found in the background.
const IDLE_WAIT: Duration = Duration::from_millis(100);

pub fn run(documents: Vec<Document>, start: Start, settings: Settings) -> io::Result<()> {
    install_panic_hook();
    let _restore = RestoreOnDrop;
    let mut terminal = enter()?;
    let size = terminal.size()?;
    let mut app = App::new(documents, start, (size.width, size.height)).with_settings(settings);
    terminal.draw(|frame| view::draw(frame, &app))?;
    // Only once the first screen is out: it needs no help from there.
    let arrivals = library::finish_in_background(app.documents());
    let mut dirty = false;
    while !app.should_quit() {
        if dirty {
            terminal.draw(|frame| view::draw(frame, &app))?;
        }
        let busy = app.work_pending();
        // Input first; background work only while no key is waiting.
        let wait = if busy { Duration::ZERO } else { IDLE_WAIT };
        dirty = if event::poll(wait)? {
            match event::read()? {
                // Some terminals also report repeats and releases.
                Event::Key(key) if key.kind == KeyEventKind::Press => app.on_key(&key),
                Event::Resize(width, height) => app.update(Action::Resize(width, height)),
                _ => {}
            }
            true
        } else {
            busy && app.work()
        };
        for arrival in arrivals.try_iter() {
            app.arrived(arrival);
            dirty = true;
        }
    }
    Ok(())
}

fn enter() -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

/// Undo [`enter`]. Safe to call twice: the panic hook and the drop guard
/// may both run.
fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(io::stdout(), LeaveAlternateScreen, cursor::Show);
}

/// Restores the terminal however `run` ends: return, error or unwinding.
struct RestoreOnDrop;

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        restore();
    }
}

/// Restore the terminal before the panic message is printed, or it would
/// land on the alternate screen and vanish.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
