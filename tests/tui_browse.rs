//! Browsing an article: search, the quote list, copying, the mouse — in
//! the app's state and on a test backend.

mod tui_support;

use quoth::tui::action::Action;
use quoth::tui::app::{App, Filter, Screen};
use quoth::tui::quote_list::Row;
use quoth::tui::theme::Theme;
use quoth::tui::{Start, clipboard, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;
use tui_support::{from_text, library, reader, render, rows, screen};

fn press(app: &mut App, code: KeyCode) {
    app.on_key(&KeyEvent::new(code, KeyModifiers::NONE));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// `/query` Enter (or `?query` Enter).
fn search(app: &mut App, sigil: char, query: &str) {
    press(app, KeyCode::Char(sigil));
    type_text(app, query);
    press(app, KeyCode::Enter);
}

fn match_position(app: &App) -> Option<(usize, usize)> {
    app.reader()?.search().map(|search| search.position())
}

fn current_match(app: &App) -> Option<String> {
    let reader = app.reader()?;
    let doc = app.document()?;
    let range = reader.search()?.current();
    Some(doc.article.slice(range).to_string())
}

fn selected(app: &App) -> Option<usize> {
    app.reader().and_then(|reader| reader.selected)
}

fn filter(app: &App) -> Option<Filter> {
    app.reader().and_then(|reader| reader.filter)
}

fn page(app: &App) -> usize {
    app.reader().map_or(usize::MAX, |reader| reader.page())
}

/// The page shown holds byte `offset`.
fn on_page(app: &App, offset: usize) -> bool {
    app.reader().is_some_and(|reader| {
        reader.page_number().is_some() && reader.shown_range().contains(&offset)
    })
}

/// Cell of the first occurrence of `needle` (text of single-width cells).
fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    rows(buffer).iter().enumerate().find_map(|(y, row)| {
        row.find(needle)
            .map(|byte| (row[..byte].chars().count() as u16, y as u16))
    })
}

/// How often `word` (lower case, no accents) occurs in the open article,
/// counted the plain way.
fn occurrences(app: &App, word: &str) -> usize {
    app.document().map_or(0, |doc| {
        doc.article.text.to_lowercase().matches(word).count()
    })
}

#[test]
fn slash_searches_forward_and_n_steps_through_the_matches() {
    let mut app = reader(100, 30);
    let total = occurrences(&app, "russe");
    assert!(total > 3, "the article says russe often");
    search(&mut app, '/', "Russe");
    assert_eq!(match_position(&app), Some((1, total)));
    assert_eq!(current_match(&app).as_deref(), Some("russe"));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(match_position(&app), Some((2, total)));
    press(&mut app, KeyCode::Char('N'));
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(match_position(&app), Some((total, total)), "N wraps");
    assert!(app.message().is_some_and(|m| m.contains("wrapped")));
    let start = app
        .reader()
        .and_then(|reader| reader.search())
        .map_or(0, |search| search.current().start);
    assert!(on_page(&app, start), "the match's page is shown");
    assert_eq!(selected(&app), None, "n/N moved by match, not quotation");
}

#[test]
fn brackets_always_move_by_quotation_and_esc_ends_the_search() {
    let mut app = reader(100, 30);
    search(&mut app, '/', "russe");
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(selected(&app), Some(0));
    assert_eq!(match_position(&app).map(|(place, _)| place), Some(1));
    press(&mut app, KeyCode::Esc);
    assert_eq!(match_position(&app), None, "Esc ends the search");
    assert_eq!(app.screen(), Screen::Reader);
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(selected(&app), Some(1), "n is back to quotations");
}

#[test]
fn question_mark_searches_backward_from_the_page_shown() {
    let mut app = reader(40, 8);
    press(&mut app, KeyCode::Char('G'));
    let top = app.reader().map_or(0, |reader| reader.top);
    search(&mut app, '?', "poutine");
    let Some(start) = app
        .reader()
        .and_then(|reader| reader.search())
        .map(|search| search.current().start)
    else {
        panic!("found");
    };
    assert!(start < top, "the match before the page");
    let total = occurrences(&app, "poutine");
    let doc_text = app
        .document()
        .map(|doc| doc.article.text.to_lowercase())
        .unwrap_or_default();
    let before = doc_text[..top].matches("poutine").count();
    assert_eq!(match_position(&app), Some((before, total)));
    assert!(on_page(&app, start));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(
        match_position(&app),
        Some((before - 1, total)),
        "n keeps searching backward"
    );
}

#[test]
fn accents_and_case_are_optional_in_the_reader() {
    let doc = from_text(
        "Un élève a parlé. « Bonjour », dit l'ÉLÈVE. Puis Eleve partit.",
        "accents",
    );
    let mut app = App::new(vec![doc], Start::Reader, (80, 20));
    search(&mut app, '/', "eleve");
    assert_eq!(match_position(&app), Some((1, 3)));
    assert_eq!(current_match(&app).as_deref(), Some("élève"));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(current_match(&app).as_deref(), Some("ÉLÈVE"));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(current_match(&app).as_deref(), Some("Eleve"));
}

#[test]
fn no_match_says_so_and_leaves_no_search() {
    let mut app = reader(100, 30);
    search(&mut app, '/', "russe");
    search(&mut app, '/', "zzyzx");
    assert_eq!(match_position(&app), None);
    assert_eq!(app.message(), Some("no match for “zzyzx”"));
}

#[test]
fn the_prompt_takes_every_printable_key_and_can_be_cancelled() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "qnh?x");
    assert!(!app.should_quit(), "q is typed, not quit");
    assert!(!app.help_open());
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.prompt().map(|p| p.query.as_str()), Some("qnh?"));
    press(&mut app, KeyCode::Esc);
    assert!(app.prompt().is_none());
    assert_eq!(app.screen(), Screen::Reader, "Esc only closed the prompt");
    press(&mut app, KeyCode::Char('?'));
    press(&mut app, KeyCode::Backspace);
    assert!(app.prompt().is_none(), "Backspace on nothing closes it");
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Enter);
    assert!(app.prompt().is_none() && match_position(&app).is_none());
}

#[test]
fn the_status_line_shows_match_i_of_m_while_searching() {
    let mut app = reader(100, 30);
    let total = occurrences(&app, "russe");
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "russ");
    let buffer = render(&app);
    let last = rows(&buffer).pop().unwrap_or_default();
    assert!(last.starts_with(" /russ "), "the prompt: {last}");
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('n'));
    let last = rows(&render(&app)).pop().unwrap_or_default();
    assert!(
        last.contains(&format!("match 2/{total}")),
        "match I/M: {last}"
    );
    assert!(last.contains("p. 1/"), "{last}");
    assert!(last.contains("quote –/9"), "{last}");
    press(&mut app, KeyCode::Esc);
    let last = rows(&render(&app)).pop().unwrap_or_default();
    assert!(!last.contains("match"), "{last}");
}

#[test]
fn matches_are_highlighted_the_current_one_more_strongly() {
    let mut app = reader(100, 30);
    search(&mut app, '/', "russe");
    let buffer = render(&app);
    // The first "russe" on screen is the current match, the next one not.
    let Some((x, y)) = find(&buffer, "russe") else {
        panic!("match shown:\n{}", screen(&buffer))
    };
    let current = &buffer[(x, y)];
    assert_eq!(
        current.bg,
        Theme::default().search_match(true).bg.unwrap_or_default()
    );
    assert!(
        current
            .modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED)
    );
    let Some(next) = rows(&buffer)
        .iter()
        .enumerate()
        .skip(usize::from(y))
        .find_map(|(row, text)| {
            let skip = if row == usize::from(y) {
                usize::from(x) + 5
            } else {
                0
            };
            let tail: String = text.chars().skip(skip).collect();
            tail.find("russe")
                .map(|byte| ((skip + tail[..byte].chars().count()) as u16, row as u16))
        })
    else {
        panic!("a second match on the page:\n{}", screen(&buffer))
    };
    let other = &buffer[next];
    assert_eq!(
        other.bg,
        Theme::default().search_match(false).bg.unwrap_or_default()
    );
    assert_ne!(other.bg, current.bg);
    assert!(other.modifier.contains(Modifier::UNDERLINED));
    assert!(!other.modifier.contains(Modifier::REVERSED));
    // A match's neighbours are not highlighted.
    assert_eq!(buffer[(x + 5, y)].bg, buffer[(1, y)].bg);
    press(&mut app, KeyCode::Esc);
    let after = render(&app);
    assert!(!after[(x, y)].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn l_with_no_speaker_lists_every_quote_grouped_by_speaker() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Char('l'));
    let Some(list) = app.quote_list() else {
        panic!("the list opens")
    };
    assert_eq!(list.scope, None);
    let expected = [
        Row::Group(Filter::Speaker(0)),
        Row::Quote(0),
        Row::Quote(2),
        Row::Quote(4),
        Row::Quote(5),
        Row::Quote(7),
        Row::Group(Filter::Speaker(1)),
        Row::Quote(6),
        Row::Quote(8),
        Row::Group(Filter::Unattributed),
        Row::Quote(1),
        Row::Quote(3),
    ];
    assert_eq!(list.rows(), expected);
    let text = screen(&render(&app));
    assert!(text.contains("All quotations (9)"), "{text}");
    let poutine = text.find("● Vladimir Poutine").unwrap_or(usize::MAX);
    let kim = text.find("● Kim Jong Un").unwrap_or(usize::MAX);
    let nobody = text.find("○ unattributed").unwrap_or(usize::MAX);
    assert!(poutine < kim && kim < nobody, "sidebar order:\n{text}");
    assert!(text.contains("p. 1  « Ces derniers temps"), "{text}");
}

#[test]
fn the_quote_list_moves_and_enter_shows_the_quote() {
    for (width, height) in [(100, 30), (40, 8)] {
        let mut app = reader(width, height);
        press(&mut app, KeyCode::Char('a'));
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Down);
        assert_eq!(app.quote_list().and_then(|list| list.chosen()), Some(4));
        press(&mut app, KeyCode::End);
        assert_eq!(app.quote_list().and_then(|list| list.chosen()), Some(3));
        press(&mut app, KeyCode::PageUp);
        press(&mut app, KeyCode::Home);
        press(&mut app, KeyCode::PageDown);
        let chosen = app.quote_list().and_then(|list| list.chosen());
        assert!(chosen.is_some() && chosen != Some(0), "{width}x{height}");
        press(&mut app, KeyCode::Char('j'));
        let chosen = app.quote_list().and_then(|list| list.chosen());
        press(&mut app, KeyCode::Enter);
        assert!(app.quote_list().is_none(), "Enter closes the list");
        assert_eq!(selected(&app), chosen);
        let start = app
            .document()
            .zip(chosen)
            .map_or(0, |(doc, index)| doc.extraction.quotes[index].span.start);
        assert!(
            on_page(&app, start),
            "its page is shown at {width}x{height}"
        );
        // The cursor row stays inside the window.
        press(&mut app, KeyCode::Char('a'));
        let text = screen(&render(&app));
        assert!(text.contains("Esc close") || height < 10, "{text}");
        press(&mut app, KeyCode::Char('q'));
        assert!(app.quote_list().is_none() && !app.should_quit());
    }
}

#[test]
fn enter_on_a_speaker_lists_their_quotations() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    assert_eq!(filter(&app), Some(Filter::Speaker(1)));
    press(&mut app, KeyCode::Enter);
    let Some(list) = app.quote_list() else {
        panic!("Enter opens the list")
    };
    assert_eq!(list.scope, Some(Filter::Speaker(1)));
    assert_eq!(list.rows(), [Row::Quote(6), Row::Quote(8)]);
    let text = screen(&render(&app));
    assert!(text.contains("Kim Jong Un (2)"), "{text}");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(selected(&app), Some(8));
    assert_eq!(filter(&app), Some(Filter::Speaker(1)), "the filter stays");
    let position = app
        .reader()
        .zip(app.document())
        .map(|(reader, doc)| reader.quote_position(&doc.extraction));
    assert_eq!(position, Some((Some(2), 2)));
}

#[test]
fn going_to_another_speakers_quote_drops_the_filter() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Enter);
    assert_eq!(selected(&app), Some(3));
    assert_eq!(filter(&app), None);
}

#[test]
fn snippets_are_cut_to_the_width_with_an_ellipsis() {
    let mut app = reader(60, 20);
    press(&mut app, KeyCode::Char('a'));
    let buffer = render(&app);
    let text = screen(&buffer);
    assert!(text.contains("…│"), "long quotes end in …:\n{text}");
    assert!(
        text.contains("« bientôt »"),
        "short ones are whole:\n{text}"
    );
    let Some((x, y)) = find(&buffer, "p. 1  « Ces") else {
        panic!("first quote listed:\n{text}")
    };
    assert!(
        buffer[(x, y)].modifier.contains(Modifier::REVERSED),
        "the cursor row is reversed"
    );
    let Some(below) = find(&buffer, "« J’aimerais") else {
        panic!("second quote listed:\n{text}")
    };
    assert!(!buffer[below].modifier.contains(Modifier::REVERSED));
}

#[test]
fn y_copies_the_quote_and_its_speaker() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Char('y'));
    assert!(app.take_clipboard().is_none());
    assert!(app.message().is_some_and(|m| m.contains("no quotation")));
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('y'));
    let expected = app.document().map(|doc| {
        let words = doc.article.slice(doc.extraction.quotes[0].span.clone());
        format!("{} — Vladimir Poutine", words.replace('\n', " "))
    });
    assert_eq!(app.take_clipboard(), expected);
    assert_eq!(app.take_clipboard(), None, "taken once");
    assert_eq!(app.message(), Some("copied quote 1"));
    let last = rows(&render(&app)).pop().unwrap_or_default();
    assert!(last.contains("copied quote 1"), "{last}");

    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('y'));
    let copied = app.take_clipboard().unwrap_or_default();
    assert!(
        copied.starts_with('«') && copied.ends_with('»'),
        "no speaker: {copied}"
    );
    assert!(clipboard::osc52(&copied).starts_with("\x1b]52;c;"));
}

#[test]
fn y_in_the_quote_list_copies_the_quote_under_the_cursor() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Char('y'));
    let copied = app.take_clipboard().unwrap_or_default();
    assert!(
        copied.starts_with('«') && !copied.contains(" — "),
        "{copied}"
    );
    assert_eq!(app.message(), Some("copied quote 4"));
    assert!(app.quote_list().is_some(), "the list stays open");
}

#[test]
fn a_click_on_a_quotation_selects_it() {
    let mut app = reader(100, 30);
    let buffer = render(&app);
    let Some((x, y)) = find(&buffer, "basées sur la confiance") else {
        panic!("quote shown:\n{}", screen(&buffer))
    };
    app.update(Action::Click { column: x, row: y });
    assert_eq!(selected(&app), Some(0));
    let Some((x, y)) = find(&buffer, "homologue") else {
        panic!("text shown")
    };
    app.update(Action::Click { column: x, row: y });
    assert_eq!(selected(&app), Some(0), "plain text selects nothing");
    app.update(Action::Click { column: 0, row: 0 });
    assert_eq!(selected(&app), Some(0));
}

#[test]
fn a_click_on_a_speaker_chooses_them() {
    let mut app = reader(100, 30);
    let buffer = render(&app);
    let Some((x, y)) = find(&buffer, "● Kim Jong Un") else {
        panic!("sidebar shown")
    };
    app.update(Action::Click { column: x, row: y });
    assert_eq!(filter(&app), Some(Filter::Speaker(1)));
    let Some((x, y)) = find(&buffer, "○ unattributed") else {
        panic!("sidebar shown")
    };
    app.update(Action::Click { column: x, row: y });
    assert_eq!(filter(&app), Some(Filter::Unattributed));
    app.update(Action::Click {
        column: x,
        row: y + 5,
    });
    assert_eq!(filter(&app), Some(Filter::Unattributed), "no entry there");
    assert!(app.quote_list().is_none());
    app.update(Action::Click { column: x, row: y });
    assert_eq!(
        app.quote_list().map(|list| list.scope),
        Some(Some(Filter::Unattributed)),
        "a second click on the chosen speaker lists their quotations"
    );
}

#[test]
fn the_wheel_turns_pages_over_the_text_and_speakers_over_the_sidebar() {
    let mut app = reader(100, 20);
    let down = |column, row| Action::Scroll {
        column,
        row,
        down: true,
    };
    app.update(down(10, 5));
    assert_eq!(page(&app), 1);
    app.update(Action::Scroll {
        column: 10,
        row: 5,
        down: false,
    });
    assert_eq!(page(&app), 0);
    app.update(down(90, 3));
    assert_eq!(page(&app), 0, "the sidebar scrolls, not the text");
    assert_eq!(filter(&app), Some(Filter::Speaker(0)));
    app.update(down(90, 3));
    assert_eq!(filter(&app), Some(Filter::Speaker(1)));
}

#[test]
fn the_mouse_works_the_quote_list() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Char('a'));
    app.update(Action::Scroll {
        column: 50,
        row: 10,
        down: true,
    });
    assert_eq!(
        app.quote_list().and_then(|list| list.chosen()),
        Some(5),
        "three quotations down"
    );
    let buffer = render(&app);
    let Some((x, y)) = find(&buffer, "« Venez chez nous »") else {
        panic!("listed:\n{}", screen(&buffer))
    };
    app.update(Action::Click { column: x, row: y });
    assert!(app.quote_list().is_none());
    assert_eq!(selected(&app), Some(7));
    press(&mut app, KeyCode::Char('a'));
    app.update(Action::Click { column: 0, row: 0 });
    assert!(
        app.quote_list().is_none(),
        "a click outside closes the list"
    );
    assert_eq!(selected(&app), Some(7));
}

#[test]
fn the_mouse_chooses_and_opens_in_the_library() {
    let mut app = library(100, 30);
    app.update(Action::Scroll {
        column: 5,
        row: 5,
        down: true,
    });
    assert_eq!(app.library_cursor(), 1);
    let buffer = render(&app);
    let Some((x, y)) = find(&buffer, "Poutine et Kim") else {
        panic!("listed")
    };
    app.update(Action::Click { column: x, row: y });
    assert_eq!(app.library_cursor(), 0);
    assert_eq!(app.screen(), Screen::Library, "the first click chooses");
    app.update(Action::Click { column: x, row: y });
    assert_eq!(
        app.screen(),
        Screen::Reader,
        "a click on the chosen one opens it"
    );
}

#[test]
fn the_wheel_scrolls_help_and_the_mouse_leaves_the_prompt_alone() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::F(1));
    app.update(Action::Scroll {
        column: 10,
        row: 5,
        down: true,
    });
    assert_eq!(page(&app), 0);
    assert_eq!(app.help_scroll(), 3, "the wheel scrolls the help");
    app.update(Action::Click { column: 10, row: 5 });
    assert!(app.help_open(), "a click does not close it");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('/'));
    app.update(Action::Scroll {
        column: 10,
        row: 5,
        down: true,
    });
    assert_eq!(page(&app), 0);
    assert!(app.prompt().is_some());
}

#[test]
fn the_help_overlay_scrolls_when_it_does_not_fit() {
    let mut app = reader(100, 20);
    press(&mut app, KeyCode::Char('h'));
    let before = screen(&render(&app));
    assert!(before.contains("↑↓ scroll"), "{before}");
    assert!(!before.contains("close this help"), "{before}");
    for _ in 0..100 {
        press(&mut app, KeyCode::Down);
    }
    let after = screen(&render(&app));
    assert!(after.contains("close this help"), "the end shows:\n{after}");
    press(&mut app, KeyCode::Char('h'));
    assert!(!app.help_open());
}

#[test]
fn overlays_survive_every_small_size() {
    for (width, height) in [(20, 5), (21, 6), (25, 7), (39, 11), (40, 12), (70, 9)] {
        let mut app = reader(width, height);
        search(&mut app, '/', "russe");
        press(&mut app, KeyCode::Char('a'));
        press(&mut app, KeyCode::End);
        let text = screen(&render(&app));
        assert!(
            text.contains("p. ") || height < 6,
            "{width}x{height}:\n{text}"
        );
        app.update(Action::Click { column: 3, row: 2 });
        app.update(Action::Scroll {
            column: 3,
            row: 2,
            down: true,
        });
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "une recherche bien plus longue que l'écran");
        let last = rows(&render(&app)).pop().unwrap_or_default();
        assert!(last.contains("l'écran"), "the typing end shows: {last}");
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::F(1));
        render(&app);
        app.update(Action::Resize(width / 2, height / 2));
        render(&app);
    }
}

#[test]
fn hit_testing_names_what_is_under_a_cell() {
    use quoth::tui::hit::{Target, target};
    let mut app = reader(100, 30);
    let buffer = render(&app);
    let cell = |needle: &str| match find(&buffer, needle) {
        Some(cell) => cell,
        None => panic!("{needle} on screen:\n{}", screen(&buffer)),
    };
    let (x, y) = cell("● Vladimir Poutine");
    assert_eq!(target(&app, x + 4, y), Target::Speaker(Filter::Speaker(0)));
    let (x, y) = cell("Speakers");
    assert_eq!(target(&app, x, y), Target::Sidebar, "the frame");
    let (x, y) = cell("« Ces derniers");
    assert_eq!(target(&app, x, y), Target::Quote(0), "the opening mark");
    assert_eq!(target(&app, x, y - 1), Target::Text, "the blank line above");
    assert_eq!(target(&app, 0, 29), Target::Text, "the status line");
    press(&mut app, KeyCode::Char('a'));
    let buffer = render(&app);
    let Some((x, y)) = find(&buffer, "All quotations") else {
        panic!("list shown")
    };
    assert_eq!(target(&app, x, y), Target::ListFrame);
    assert_eq!(target(&app, x, y + 1), Target::ListRow(0));
    assert_eq!(target(&app, 0, 0), Target::Outside);
}

fn backend_text(app: &App) -> String {
    let (width, height) = app.size();
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(terminal) => terminal,
        Err(error) => panic!("test backend: {error}"),
    };
    if let Err(error) = terminal.draw(|frame| view::draw(frame, app)) {
        panic!("draw: {error}");
    }
    terminal.backend().to_string()
}

#[test]
fn snapshot_all_quotations() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Down);
    insta::assert_snapshot!(backend_text(&app));
}

#[test]
fn snapshot_search_in_progress() {
    let mut app = reader(80, 24);
    search(&mut app, '/', "russe");
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "Pékin");
    insta::assert_snapshot!(backend_text(&app));
}

#[test]
fn highlighted_lines_keep_every_character_and_mark_exactly_the_matches() {
    let mut app = reader(50, 12);
    search(&mut app, '/', "président");
    let (Some(reader), Some(doc)) = (app.reader(), app.document()) else {
        panic!("reading")
    };
    let Some(matches) = reader.search() else {
        panic!("found")
    };
    let text = &doc.article.text;
    let match_bgs = [
        Theme::default().search_match(true).bg,
        Theme::default().search_match(false).bg,
    ];
    let mut marked = String::new();
    for line in &quoth::layout::all_lines(&doc.article, reader.layout().width) {
        let styled = view::highlighted_line(
            text,
            line,
            &doc.extraction,
            reader.selected,
            Some(matches),
            &Theme::default(),
        );
        let shown: String = styled
            .spans
            .iter()
            .map(|span| span.content.as_ref())
            .collect();
        assert_eq!(shown, text[line.range.clone()].replace('\n', " "));
        for span in &styled.spans {
            if match_bgs.contains(&span.style.bg) {
                marked.push_str(&span.content);
                marked.push('|');
            }
        }
    }
    let expected: String = matches
        .ranges()
        .iter()
        .map(|range| format!("{}|", &text[range.clone()]))
        .collect();
    assert!(matches.ranges().len() > 1);
    assert_eq!(marked, expected);
}

#[test]
fn n_after_paging_away_goes_on_from_the_page_shown() {
    let mut app = reader(40, 8);
    search(&mut app, '/', "poutine");
    assert_eq!(match_position(&app).map(|(place, _)| place), Some(1));
    for _ in 0..6 {
        press(&mut app, KeyCode::Char(' '));
    }
    let top = app.reader().map_or(0, |reader| reader.top);
    press(&mut app, KeyCode::Char('n'));
    let Some(search) = app.reader().and_then(|reader| reader.search()) else {
        panic!("still searching")
    };
    let doc_text = app
        .document()
        .map(|doc| doc.article.text.to_lowercase())
        .unwrap_or_default();
    let before = doc_text[..top].matches("poutine").count();
    assert!(before > 1, "paged past several matches");
    assert_eq!(
        search.position().0,
        before + 1,
        "the first match from the page"
    );
    assert!(search.current().start >= top);
}
