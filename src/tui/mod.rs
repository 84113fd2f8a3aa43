//! The terminal interface: a library of documents and a paginated reader
//! with a speakers sidebar.
//!
//! State ([`app`]) is apart from drawing ([`view`]) and from input
//! ([`keys`]); this module only owns the terminal and the event loop.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod find;
pub mod geometry;
pub mod hit;
pub mod keys;
pub mod quote_list;
mod signals;
pub mod strings;
pub mod theme;
pub mod view;

use std::io::{self, Stdout, Write};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEvent,
    MouseEventKind,
};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::crossterm::{cursor, execute};

use crate::library::{self, Document};
use crate::settings::Settings;
use crate::state::{Memory, Store};
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
/// How long counting pages waits after input: the terminal gets the CPU
/// to show the answer first (on a busy machine, a redraw after a resize
/// otherwise waits behind the counting it starts).
const QUIET_AFTER_INPUT: Duration = Duration::from_millis(20);

pub fn run(documents: Vec<Document>, start: Start, settings: Settings) -> io::Result<()> {
    install_panic_hook();
    signals::restore_on_signal(restore)?;
    let _restore = RestoreOnDrop;
    let mut terminal = enter()?;
    if settings.mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    let size = terminal.size()?;
    let store = if settings.remember_position {
        Store::default_location()
    } else {
        None
    };
    let mut app = App::new(documents, start, (size.width, size.height)).with_settings(settings);
    if let Some(store) = &store {
        let loaded = store.load();
        app = app.with_memory(Memory::new(loaded.positions), loaded.note);
    }
    let outcome = event_loop(&mut terminal, &mut app, store.as_ref());
    if let Some(store) = &store {
        // Best effort: the terminal is about to be restored, nowhere to say.
        let _ = store.save(&app.take_unsaved());
    }
    outcome
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &mut App,
    store: Option<&Store>,
) -> io::Result<()> {
    terminal.draw(|frame| view::draw(frame, app))?;
    // Only once the first screen is out: it needs no help from there.
    let arrivals = library::finish_in_background(app.documents());
    let mut dirty = false;
    let mut last_input: Option<Instant> = None;
    while !app.should_quit() {
        if dirty {
            terminal.draw(|frame| view::draw(frame, app))?;
        }
        if let Some(text) = app.take_clipboard() {
            copy_to_clipboard(&text)?;
        }
        let busy = app.work_pending();
        // Input first; background work only while no key is waiting, and
        // not at once after one.
        let quiet = last_input.map_or(Duration::ZERO, |at| {
            QUIET_AFTER_INPUT.saturating_sub(at.elapsed())
        });
        let wait = if busy { quiet } else { IDLE_WAIT };
        dirty = if event::poll(wait)? {
            last_input = Some(Instant::now());
            match event::read()? {
                // Some terminals also report repeats and releases.
                Event::Key(key) if key.kind == KeyEventKind::Press => app.on_key(&key),
                Event::Resize(width, height) => app.update(Action::Resize(width, height)),
                Event::Mouse(mouse) => {
                    if let Some(action) = mouse_action(&mouse) {
                        app.update(action);
                    }
                }
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
        if let (Some(store), Some(changes)) = (store, app.take_due_save())
            && let Err(error) = store.save(&changes)
        {
            app.notify(format!("could not save the reading position: {error}"));
            dirty = true;
        }
    }
    Ok(())
}

/// The wheel and the left button; drags, moves and other buttons are
/// left alone.
fn mouse_action(mouse: &MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollDown => Some(Action::Scroll {
            column,
            row,
            down: true,
        }),
        MouseEventKind::ScrollUp => Some(Action::Scroll {
            column,
            row,
            down: false,
        }),
        _ => None,
    }
}

/// Ask the terminal to put `text` on the system clipboard (OSC 52).
/// Terminals that do not support it ignore the sequence.
fn copy_to_clipboard(text: &str) -> io::Result<()> {
    let mut out = io::stdout();
    out.write_all(clipboard::osc52(text).as_bytes())?;
    out.flush()
}

fn enter() -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

/// Undo [`enter`]. Safe to call twice: the panic hook, a signal and the
/// drop guard may each run it. Mouse capture is always turned off, whether
/// or not it was on: the request is harmless when it was not.
fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
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
