//! The interface's state machine, driven by actions and key presses with
//! no terminal at all.

mod tui_support;

use quoth::tui::action::Action;
use quoth::tui::app::{App, Filter, Focus, Screen};
use quoth::tui::keys::Context;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_support::{library, reader};

fn press(app: &mut App, code: KeyCode) {
    app.on_key(&KeyEvent::new(code, KeyModifiers::NONE));
}

fn page(app: &App) -> usize {
    app.reader().map_or(usize::MAX, |reader| reader.page())
}

fn page_count(app: &App) -> usize {
    app.reader()
        .map_or(0, |reader| reader.layout().page_count())
}

fn selected(app: &App) -> Option<usize> {
    app.reader().and_then(|reader| reader.selected)
}

fn filter(app: &App) -> Option<Filter> {
    app.reader().and_then(|reader| reader.filter)
}

fn quote_start(app: &App, index: usize) -> usize {
    app.document()
        .map_or(usize::MAX, |doc| doc.extraction.quotes[index].span.start)
}

/// The selected quote starts on the page shown.
fn selected_is_on_page(app: &App) -> bool {
    let Some(reader) = app.reader() else {
        return false;
    };
    let Some(index) = reader.selected else {
        return false;
    };
    reader.page_number().is_some() && reader.shown_range().contains(&quote_start(app, index))
}

#[test]
fn paging_keys_move_pages_and_clamp_at_both_ends() {
    let mut app = reader(60, 14);
    let last = page_count(&app) - 1;
    assert!(
        last >= 3,
        "a small screen gives several pages, got {}",
        last + 1
    );
    assert_eq!(page(&app), 0);
    press(&mut app, KeyCode::Char('b'));
    assert_eq!(page(&app), 0, "no page before the first");
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(page(&app), 1);
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(page(&app), 4.min(last));
    press(&mut app, KeyCode::Left);
    assert_eq!(page(&app), 3.min(last));
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(page(&app), last);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(page(&app), last, "no page after the last");
    press(&mut app, KeyCode::Home);
    assert_eq!(page(&app), 0);
    press(&mut app, KeyCode::End);
    assert_eq!(page(&app), last);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(page(&app), 0);
    // The position is the byte offset of the page's first character.
    press(&mut app, KeyCode::Char(' '));
    let reader = app
        .reader()
        .map(|reader| (reader.top, reader.layout().page_start_offset(1)));
    assert!(matches!(reader, Some((top, start)) if top == start && top > 0));
}

#[test]
fn n_visits_every_quote_in_reading_order_turning_pages() {
    for (width, height) in [(100, 30), (60, 14), (40, 8)] {
        let mut app = reader(width, height);
        let mut last_page = 0;
        for expected in 0..9 {
            press(&mut app, KeyCode::Char('n'));
            assert_eq!(selected(&app), Some(expected), "{width}x{height}");
            assert!(
                selected_is_on_page(&app),
                "quote {expected} on screen at {width}x{height}"
            );
            assert!(page(&app) >= last_page, "pages only move forward");
            last_page = page(&app);
        }
        if width == 40 {
            assert!(
                last_page > 0,
                "a small screen needs several pages for nine quotes"
            );
        }
        press(&mut app, KeyCode::Char(']'));
        assert_eq!(selected(&app), Some(0), "wraps around to the first quote");
        assert_eq!(app.message(), Some("wrapped to first quote"));
        assert!(selected_is_on_page(&app));
    }
}

#[test]
fn previous_quote_goes_back_and_wraps_to_the_last() {
    let mut app = reader(40, 8);
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(
        selected(&app),
        Some(8),
        "from the first page, N wraps to the last quote"
    );
    assert!(selected_is_on_page(&app));
    for expected in (0..8).rev() {
        press(&mut app, KeyCode::Char('['));
        assert_eq!(selected(&app), Some(expected));
        assert!(selected_is_on_page(&app));
    }
}

#[test]
fn n_with_nothing_selected_starts_from_the_page_shown() {
    let mut app = reader(40, 8);
    press(&mut app, KeyCode::Char('G'));
    let top = app.reader().map_or(0, |reader| reader.top);
    press(&mut app, KeyCode::Char('n'));
    let chosen = selected(&app).unwrap_or(usize::MAX);
    assert!(
        quote_start(&app, chosen) >= top || chosen == 0,
        "first quote at or after the page top (or wrapped)"
    );
}

#[test]
fn a_chosen_speaker_filters_the_quotes_visited() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus(), Focus::Sidebar);
    press(&mut app, KeyCode::Down);
    assert_eq!(filter(&app), Some(Filter::Speaker(0)));
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.focus(), Focus::Text, "jumping returns to the text");
    let mut visited = vec![selected(&app)];
    for _ in 0..4 {
        press(&mut app, KeyCode::Char('n'));
        visited.push(selected(&app));
        assert!(selected_is_on_page(&app));
    }
    assert_eq!(
        visited,
        [Some(0), Some(2), Some(4), Some(5), Some(7)],
        "Vladimir Poutine's quotes"
    );
    assert_eq!(
        app.reader().map(|r| r.quote_position(&r_doc(&app))),
        Some((Some(5), 5))
    );
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(selected(&app), Some(0), "wraps within the speaker's quotes");

    // Down twice more: Kim Jong Un, then unattributed.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(filter(&app), Some(Filter::Speaker(1)));
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(filter(&app), Some(Filter::Unattributed));
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(
        filter(&app),
        Some(Filter::Unattributed),
        "stays on the last entry"
    );
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(selected(&app), Some(1));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(selected(&app), Some(3));
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(
        filter(&app),
        Some(Filter::Unattributed),
        "k pages nothing in the text pane"
    );
}

fn r_doc(app: &App) -> quoth::quotes::Extraction {
    app.document()
        .map(|doc| doc.extraction.clone())
        .unwrap_or_default()
}

#[test]
fn esc_clears_the_filter_then_returns_to_the_library() {
    let mut app = library(100, 30);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Reader);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Down);
    assert!(filter(&app).is_some());
    press(&mut app, KeyCode::Esc);
    assert_eq!(filter(&app), None, "Esc clears the speaker filter first");
    assert_eq!(app.screen(), Screen::Reader);
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.screen(),
        Screen::Library,
        "then goes back to the library"
    );

    // A single file opened directly has no library to go back to.
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.screen(), Screen::Reader);
}

#[test]
fn esc_closes_help_before_anything_else() {
    let mut app = library(100, 30);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::F(1));
    assert!(app.help_open());
    assert_eq!(app.contexts(), &[Context::Help, Context::Global]);
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(selected(&app), None, "help is modal");
    press(&mut app, KeyCode::Esc);
    assert!(!app.help_open());
    assert_eq!(app.screen(), Screen::Reader);
    press(&mut app, KeyCode::Char('?'));
    press(&mut app, KeyCode::Char('q'));
    assert!(!app.help_open() && !app.should_quit(), "q closes help");
    app.on_key(&KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(app.should_quit());
}

#[test]
fn resizing_keeps_the_selected_quote_on_the_visible_page() {
    let mut app = reader(100, 30);
    for _ in 0..8 {
        press(&mut app, KeyCode::Char('n'));
    }
    assert_eq!(selected(&app), Some(7));
    for (width, height) in [(60, 20), (40, 8), (140, 45), (25, 6), (1, 1), (100, 30)] {
        app.update(Action::Resize(width, height));
        assert!(
            selected_is_on_page(&app),
            "quote 8 visible at {width}x{height}"
        );
        let top = app
            .reader()
            .map(|reader| (reader.top, reader.layout().page_start_offset(reader.page())));
        assert!(matches!(top, Some((top, start)) if top == start));
    }
}

#[test]
fn resizing_without_a_selection_keeps_the_top_line_on_screen() {
    let mut app = reader(40, 10);
    for _ in 0..3 {
        press(&mut app, KeyCode::Char(' '));
    }
    let mut top = app.reader().map_or(0, |reader| reader.top);
    assert!(top > 0);
    for (width, height) in [(90, 20), (30, 7), (140, 45), (50, 12)] {
        app.update(Action::Resize(width, height));
        let Some(reader) = app.reader() else {
            panic!("reader open")
        };
        assert!(
            reader.page_number().is_some() && reader.shown_range().contains(&top),
            "{width}x{height}"
        );
        assert_eq!(
            reader.layout().width,
            reader.layout().width.min(72),
            "comfortable measure"
        );
        top = reader.top;
    }
}

#[test]
fn the_sidebar_hides_below_70_columns_and_s_toggles_it() {
    let mut app = reader(100, 30);
    assert!(app.sidebar_visible());
    app.update(Action::Resize(69, 30));
    assert!(!app.sidebar_visible(), "hidden below 70 columns");
    app.update(Action::Resize(70, 30));
    assert!(app.sidebar_visible());
    press(&mut app, KeyCode::Char('s'));
    assert!(!app.sidebar_visible());
    app.update(Action::Resize(140, 45));
    assert!(
        !app.sidebar_visible(),
        "the toggle is remembered across resizes"
    );
    press(&mut app, KeyCode::Char('s'));
    assert!(app.sidebar_visible());
    app.update(Action::Resize(60, 20));
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Char('s'));
    assert!(!app.sidebar_visible());
    assert!(
        app.message().is_some_and(|m| m.contains("70")),
        "says why it stays hidden"
    );
}

#[test]
fn a_sidebar_hidden_for_want_of_room_says_so_at_once() {
    let mut app = reader(60, 20);
    press(&mut app, KeyCode::Tab);
    assert!(
        app.message().is_some_and(|m| m.contains("70 columns")),
        "Tab says the sidebar needs room, not that s shows it"
    );
    press(&mut app, KeyCode::Char('s'));
    assert!(app.message().is_some_and(|m| m.contains("70 columns")));
    app.update(Action::Resize(100, 30));
    assert!(
        app.sidebar_visible(),
        "s asked for it: it shows once it fits"
    );
}

#[test]
fn the_text_column_widens_when_the_sidebar_goes() {
    let mut app = reader(100, 30);
    let with = app.reader().map_or(0, |reader| reader.layout().width);
    press(&mut app, KeyCode::Char('s'));
    let without = app.reader().map_or(0, |reader| reader.layout().width);
    assert!(without > with, "{without} > {with}");
    assert!(without <= 72);
}

#[test]
fn tab_moves_focus_between_text_and_sidebar() {
    let mut app = reader(100, 30);
    assert_eq!(app.focus(), Focus::Text);
    assert_eq!(app.contexts(), &[Context::Reader, Context::Global]);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus(), Focus::Sidebar);
    assert_eq!(app.contexts()[0], Context::Sidebar);
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(
        selected(&app),
        Some(0),
        "reader keys still work with the sidebar focused"
    );
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus(), Focus::Text);
    app.update(Action::Resize(60, 20));
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus(), Focus::Text, "no focus on a hidden sidebar");
}

#[test]
fn the_library_cursor_moves_clamps_and_opens() {
    let mut app = library(100, 30);
    assert_eq!(app.screen(), Screen::Library);
    press(&mut app, KeyCode::Up);
    assert_eq!(app.library_cursor(), 0);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.library_cursor(), 1);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.library_cursor(), 1, "clamped at the last document");
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.library_cursor(), 0);
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.library_cursor(), 1);
    press(&mut app, KeyCode::Char('k'));
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Reader);
    assert_eq!(
        app.document().map(|doc| doc.origin.as_str()),
        Some("harbour")
    );
    press(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit());
}

#[test]
fn no_size_breaks_the_state() {
    let mut app = reader(100, 30);
    for (width, height) in [(0, 0), (1, 1), (1, 0), (0, 30), (10, 3), (200, 2)] {
        app.update(Action::Resize(width, height));
        for code in [
            KeyCode::Char('n'),
            KeyCode::Char(' '),
            KeyCode::Char('N'),
            KeyCode::Char('G'),
        ] {
            press(&mut app, code);
        }
    }
    app.update(Action::Resize(100, 30));
    assert!(selected_is_on_page(&app));
}
