//! The user's settings on screen: themes and NO_COLOR, key bindings from
//! the configuration, sidebar placement, measure, justification,
//! hyphenation, and reading positions restored at another size.

mod tui_support;

use quoth::config::Config;
use quoth::settings::{self, Environment, Flags, Settings, SidebarSide, ThemeChoice};
use quoth::state::{Memory, Position, Positions, key};
use quoth::tui::Start;
use quoth::tui::action::Action;
use quoth::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};
use tui_support::{from_text, press, render, rows, screen, supplied};

fn reader_with(settings: Settings, width: u16, height: u16) -> App {
    App::new(vec![supplied()], Start::Reader, (width, height)).with_settings(settings)
}

fn merged(config: &str, flags: Flags, env: Environment) -> Settings {
    let config = Config::parse(config).unwrap_or_else(|error| panic!("config: {error}"));
    settings::merge(config, &flags, env).unwrap_or_else(|error| panic!("merge: {error}"))
}

/// Cells of the text column styled as the selected quote.
fn reversed_cells(buffer: &Buffer, text_width: u16) -> usize {
    let area = buffer.area;
    (area.top()..area.bottom().saturating_sub(1))
        .flat_map(|y| (0..text_width).map(move |x| (x, y)))
        .filter(|&(x, y)| buffer[(x, y)].modifier.contains(Modifier::REVERSED))
        .count()
}

#[test]
fn no_color_draws_no_colour_and_keeps_the_selected_quote_reversed() {
    let env = Environment {
        no_color: true,
        ..Environment::default()
    };
    let settings = merged("", Flags::default(), env);
    assert_eq!(settings.theme, ThemeChoice::Mono);
    let mut app = reader_with(settings, 100, 30);
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Tab);
    let buffer = render(&app);
    for cell in buffer.content() {
        assert_eq!(cell.fg, Color::Reset, "{cell:?}\n{}", screen(&buffer));
        assert_eq!(cell.bg, Color::Reset, "{cell:?}");
    }
    assert!(reversed_cells(&buffer, 70) > 10, "{}", screen(&buffer));
    // Quotes stay apart from the narration without colour.
    let styled = buffer
        .content()
        .iter()
        .filter(|cell| {
            cell.modifier
                .intersects(Modifier::UNDERLINED | Modifier::ITALIC)
        })
        .count();
    assert!(styled > 20);
}

#[test]
fn a_chosen_theme_wins_over_no_color() {
    let env = Environment {
        no_color: true,
        ..Environment::default()
    };
    let flags = Flags {
        theme: Some(ThemeChoice::Light),
        ..Flags::default()
    };
    let app = reader_with(merged("", flags, env), 100, 30);
    let buffer = render(&app);
    let background = buffer[(5, 5)].bg;
    assert_ne!(background, Color::Reset);
    assert!(
        buffer
            .content()
            .iter()
            .all(|cell| cell.bg == background || cell.modifier.contains(Modifier::REVERSED))
    );
}

#[test]
fn colour_themes_colour_speakers_differently() {
    for theme in [ThemeChoice::Auto, ThemeChoice::Dark, ThemeChoice::Light] {
        let settings = Settings {
            theme,
            ..Settings::default()
        };
        let app = reader_with(settings, 100, 30);
        let buffer = render(&app);
        let colours: std::collections::BTreeSet<String> = buffer
            .content()
            .iter()
            .filter(|cell| cell.symbol() == "●")
            .map(|cell| format!("{:?}", cell.fg))
            .collect();
        assert_eq!(colours.len(), 2, "{theme:?}: two speakers, two colours");
    }
}

#[test]
fn a_key_from_the_config_is_in_the_help_and_works() {
    let settings = merged(
        "[keys]\nnext_quote = [\"x\", \"ctrl-j\"]\n",
        Flags::default(),
        Environment::default(),
    );
    let mut app = reader_with(settings, 100, 30);
    press(&mut app, KeyCode::F(1));
    let help = screen(&render(&app));
    let line = help
        .lines()
        .find(|line| line.contains("next quotation"))
        .unwrap_or_default();
    assert!(line.contains("x Ctrl-J"), "{line}");
    assert!(!line.contains(" ] "), "] is no longer bound: {line}");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(app.reader().and_then(|reader| reader.selected), None);
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(app.reader().and_then(|reader| reader.selected), Some(0));
    app.on_key(&KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL));
    assert_eq!(app.reader().and_then(|reader| reader.selected), Some(1));
}

#[test]
fn the_sidebar_goes_where_asked_and_the_text_keeps_its_measure() {
    let settings = merged(
        "measure = 40\n[sidebar]\nside = \"left\"\nwidth = 24\n",
        Flags::default(),
        Environment::default(),
    );
    assert_eq!(settings.sidebar_side, SidebarSide::Left);
    let app = reader_with(settings, 100, 30);
    let buffer = render(&app);
    let rows = rows(&buffer);
    assert!(rows[0].starts_with("┌ Speakers"), "{}", rows[0]);
    let areas = app.reader_areas();
    assert_eq!(areas.text.width, 40);
    assert!(areas.text.x >= 24);
    for row in &rows[1..29] {
        let text: String = row.chars().skip(usize::from(areas.text.x)).collect();
        assert!(text.trim_end().chars().count() <= 40, "{row}");
    }
}

#[test]
fn justified_lines_fill_the_measure_and_highlights_keep_to_the_quote() {
    let settings = Settings {
        justify: true,
        measure: Some(50),
        ..Settings::default()
    };
    let mut app = reader_with(settings, 100, 30);
    press(&mut app, KeyCode::Char('n'));
    let buffer = render(&app);
    let areas = app.reader_areas();
    let (left, right) = (areas.text.x, areas.text.right());
    let mut full = 0;
    let mut highlighted = String::new();
    for y in areas.text.top()..areas.text.bottom() {
        let line: String = (left..right).map(|x| buffer[(x, y)].symbol()).collect();
        if line.trim_end().chars().count() == 50 {
            full += 1;
        }
        highlighted.push(' ');
        for x in left..right {
            if buffer[(x, y)].modifier.contains(Modifier::REVERSED) {
                highlighted.push_str(buffer[(x, y)].symbol());
            }
        }
    }
    assert!(full > 10, "most lines are justified:\n{}", screen(&buffer));
    // The selected quote's cells hold exactly its text: the padding
    // inside it is highlighted, none outside it is.
    let Some(doc) = app.document() else {
        panic!("a document is open");
    };
    let quote = &doc.extraction.quotes[0];
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        words(&highlighted),
        words(&doc.article.text[quote.span.clone()])
    );
    assert!(screen(&buffer).contains("quote 1/9"));
}

#[test]
fn hyphenated_lines_end_with_a_hyphen_inside_the_column() {
    let settings = Settings {
        hyphenate: true,
        measure: Some(30),
        ..Settings::default()
    };
    let app = reader_with(settings, 100, 30);
    let buffer = render(&app);
    let areas = app.reader_areas();
    let hyphenated = (areas.text.top()..areas.text.bottom())
        .filter(|&y| {
            let line: String = (areas.text.x..areas.text.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect();
            let line = line.trim_end();
            let letter_before = line.chars().rev().nth(1).is_some_and(char::is_alphabetic);
            line.ends_with('-') && letter_before
        })
        .count();
    assert!(hyphenated > 0, "{}", screen(&buffer));
    // Every hyphen is drawn inside the column.
    for y in areas.text.top()..areas.text.bottom() {
        assert_eq!(buffer[(areas.text.right(), y)].symbol(), " ");
    }
}

#[test]
fn a_remembered_position_comes_back_at_another_size() {
    let doc = supplied();
    let article_key = key(&doc.article);
    let mut app = App::new(vec![doc.clone()], Start::Reader, (100, 16))
        .with_memory(Memory::new(Positions::new()), None);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Char('n'));
    let Some(reader) = app.reader() else {
        panic!("the reader is open");
    };
    let (top, selected) = (reader.top, reader.selected);
    assert!(top > 0 && selected.is_some());
    let saved = app.take_unsaved();
    assert_eq!(
        saved.get(&article_key),
        Some(&Position::new(top, selected, &doc.extraction.quotes))
    );
    for (width, height) in [(60, 20), (140, 45), (30, 8)] {
        let app = App::new(vec![doc.clone()], Start::Reader, (width, height))
            .with_memory(Memory::new(saved.clone()), None);
        let Some(reader) = app.reader() else {
            panic!("the reader is open");
        };
        assert_eq!(reader.selected, selected, "{width}x{height}");
        let page = reader.shown_range();
        assert!(page.contains(&top) || page.start == top, "{width}x{height}");
    }
}

#[test]
fn a_note_about_the_state_file_shows_in_the_status_line() {
    let app = App::new(vec![supplied()], Start::Reader, (100, 30)).with_memory(
        Memory::new(Positions::new()),
        Some("reading positions were unreadable".to_string()),
    );
    let rows = rows(&render(&app));
    assert!(
        rows[29].contains("reading positions were unreadable"),
        "{}",
        rows[29]
    );
}

#[test]
fn saves_fall_due_after_a_few_page_turns_only() {
    let long = "Paragraphe assez long pour remplir des pages. ".repeat(400);
    let mut app = App::new(vec![from_text(&long, "long")], Start::Reader, (60, 10))
        .with_memory(Memory::new(Positions::new()), None);
    let mut due = 0;
    for _ in 0..quoth::state::SAVE_EVERY * 3 {
        app.update(Action::NextPage);
        due += usize::from(app.take_due_save().is_some());
    }
    assert_eq!(due, 3);
}

#[test]
fn a_note_about_the_state_file_shows_in_the_library_too() {
    let note = "reading positions were unreadable: moved aside";
    let app = tui_support::library(100, 30)
        .with_memory(Memory::new(Positions::new()), Some(note.to_string()));
    let rows = rows(&render(&app));
    assert!(rows[29].contains(note), "{}", rows[29]);
}

#[test]
fn the_help_popup_keeps_the_theme_background() {
    for theme in [ThemeChoice::Dark, ThemeChoice::Light] {
        let settings = Settings {
            theme,
            ..Settings::default()
        };
        let mut app = reader_with(settings, 100, 30);
        press(&mut app, KeyCode::Char('?'));
        let buffer = render(&app);
        let background = buffer[(0, 0)].bg;
        assert_ne!(background, Color::Reset);
        let centre = buffer[(50, 15)].clone();
        assert_eq!(centre.bg, background, "{theme:?}: {centre:?}");
    }
}
