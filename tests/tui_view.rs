//! What the screens draw, on a test backend.

mod tui_support;

use quoth::tui::Start;
use quoth::tui::action::Action;
use quoth::tui::app::App;
use quoth::tui::geometry;
use quoth::tui::keys::{self, Context};
use quoth::tui::theme::Theme;
use quoth::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use tui_support::{SUPPLIED_TITLE, from_text, library, press, reader, rows, screen};

fn terminal(width: u16, height: u16) -> Terminal<TestBackend> {
    match Terminal::new(TestBackend::new(width, height)) {
        Ok(terminal) => terminal,
        Err(error) => panic!("test backend: {error}"),
    }
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) -> Buffer {
    if let Err(error) = terminal.draw(|frame| view::draw(frame, app)) {
        panic!("draw: {error}");
    }
    terminal.backend().buffer().clone()
}

fn render(app: &App) -> Buffer {
    let (width, height) = app.size();
    draw(&mut terminal(width, height), app)
}

/// Cell position of the first occurrence of `needle` (ASCII-safe search on
/// rows of single-width text).
fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    rows(buffer).iter().enumerate().find_map(|(y, row)| {
        row.find(needle)
            .map(|byte| (row[..byte].chars().count() as u16, y as u16))
    })
}

#[test]
fn the_library_lists_titles_and_counts() {
    let app = library(100, 30);
    let buffer = render(&app);
    let rows = rows(&buffer);
    let row = rows.iter().find(|row| row.contains(SUPPLIED_TITLE));
    let Some(row) = row else {
        panic!("title listed:\n{}", screen(&buffer))
    };
    let cells: Vec<&str> = row.split_whitespace().rev().take(3).collect();
    assert_eq!(cells, ["2", "9", "fr"], "speakers, quotes, language: {row}");
    assert!(rows.iter().any(|row| row.contains("The harbour reopens")));
    assert!(rows[0].contains("quoth"), "header line");
    assert!(
        rows[1].contains("quotes") && rows[1].contains("speakers"),
        "column titles"
    );
    assert!(
        rows[29].contains("↑↓ choose · Enter open · ? help · q quit"),
        "footer hint"
    );
    // The chosen row is marked without relying on colour.
    let (x, y) = find(&buffer, "Poutine et Kim").unwrap_or_default();
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn the_reader_shows_text_sidebar_and_status() {
    let app = reader(100, 30);
    let buffer = render(&app);
    let text = screen(&buffer);
    assert!(
        text.contains("Le président russe Vladimir Poutine"),
        "{text}"
    );
    assert!(text.contains("Speakers"));
    let rows = rows(&buffer);
    let sidebar_x = 100 - geometry::SIDEBAR_WIDTH as usize;
    let in_sidebar = |name: &str| {
        rows.iter().any(|row| {
            row.chars()
                .skip(sidebar_x)
                .collect::<String>()
                .contains(name)
        })
    };
    assert!(in_sidebar("Vladimir Poutine"));
    assert!(in_sidebar("Kim Jong Un"));
    assert!(in_sidebar("unattributed"));
    let status = &rows[29];
    assert!(status.contains("p. 1/"), "{status}");
    assert!(status.contains("quote –/9"), "{status}");
    assert!(status.contains(SUPPLIED_TITLE), "{status}");
}

#[test]
fn the_selected_quote_is_reversed_on_every_line_it_covers() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Char('n'));
    let buffer = render(&app);
    let rows = rows(&buffer);
    assert!(
        rows[29].contains("quote 1/9 · Vladimir Poutine"),
        "{}",
        rows[29]
    );
    let Some((x, y)) = find(&buffer, "« Ces derniers") else {
        panic!("{}", screen(&buffer))
    };
    for dx in 0..14 {
        assert!(
            buffer[(x + dx, y)].modifier.contains(Modifier::REVERSED),
            "cell {dx} of the quote"
        );
    }
    // The quote goes on to the next line and is marked there too.
    let Some((x2, y2)) = find(&buffer, "particulièrement") else {
        panic!("second line")
    };
    assert_eq!(y2, y + 1);
    assert!(buffer[(x2, y2)].modifier.contains(Modifier::REVERSED));
    // Text that is not a quote is not.
    let Some((x3, y3)) = find(&buffer, "Le président") else {
        panic!("first line")
    };
    assert!(!buffer[(x3, y3)].modifier.contains(Modifier::REVERSED));
    // The quote's closing words and the reporting clause after it.
    let Some((x4, y4)) = find(&buffer, "alliés »") else {
        panic!("quote end")
    };
    assert!(
        buffer[(x4 + 7, y4)].modifier.contains(Modifier::REVERSED),
        "closing mark"
    );
    assert!(
        !buffer[(x4 + 10, y4)].modifier.contains(Modifier::REVERSED),
        "after the quote"
    );
    // The current speaker is marked in the sidebar.
    assert!(
        rows.iter().any(|row| row.contains("▶ ● Vladimir Poutine")),
        "{}",
        screen(&buffer)
    );
}

#[test]
fn unselected_quotes_are_styled_too() {
    let app = reader(100, 30);
    let buffer = render(&app);
    let Some((x, y)) = find(&buffer, "« Ces derniers") else {
        panic!("quote shown")
    };
    let cell = &buffer[(x, y)];
    assert!(!cell.modifier.contains(Modifier::REVERSED));
    let Some(plain) = find(&buffer, "Le président") else {
        panic!("text shown")
    };
    assert_ne!(cell.fg, buffer[plain].fg, "in the speaker's colour");
    let Some((x, y)) = find(&buffer, "« bientôt »") else {
        panic!("unattributed quote shown")
    };
    assert!(
        buffer[(x + 2, y)].modifier.contains(Modifier::ITALIC),
        "unattributed quotes are italic"
    );
}

#[test]
fn the_help_overlay_lists_the_key_table() {
    // Tall enough for the whole table: shorter terminals scroll it.
    let mut app = reader(100, 60);
    press(&mut app, KeyCode::F(1));
    let buffer = render(&app);
    let text = screen(&buffer);
    for context in [
        Context::Reader,
        Context::Sidebar,
        Context::QuoteList,
        Context::Prompt,
        Context::Global,
    ] {
        for binding in keys::bindings_in(context) {
            assert!(
                text.contains(binding.help),
                "help for {:?} missing:\n{text}",
                binding.action
            );
        }
    }
    assert!(text.contains("Space PgDn →"), "{text}");
    assert!(text.contains("Keys"));

    let mut app = library(100, 30);
    press(&mut app, KeyCode::Char('?'));
    let text = screen(&render(&app));
    for binding in keys::bindings_in(Context::Library) {
        assert!(text.contains(binding.help), "{text}");
    }
}

#[test]
fn a_tiny_terminal_shows_a_message_and_recovers() {
    let mut app = reader(10, 3);
    let mut term = terminal(10, 3);
    let text = screen(&draw(&mut term, &app));
    assert!(text.contains("too small"), "{text}");
    let mut app_wide = reader(60, 3);
    let text = screen(&render(&app_wide));
    assert!(
        text.contains("quoth needs a larger terminal (20×5)"),
        "{text}"
    );
    app_wide.update(Action::Resize(60, 20));
    assert!(screen(&render(&app_wide)).contains("p. 1/"));

    for (width, height) in [
        (1, 1),
        (0, 0),
        (1, 0),
        (0, 1),
        (19, 30),
        (200, 4),
        (20, 5),
        (21, 6),
    ] {
        app.update(Action::Resize(width, height));
        for help in [false, true] {
            if help {
                press(&mut app, KeyCode::Char('?'));
            }
            let _ = render(&app);
            press(&mut app, KeyCode::Esc);
        }
    }
    app.update(Action::Resize(100, 30));
    term.backend_mut().resize(100, 30);
    let text = screen(&draw(&mut term, &app));
    assert!(
        text.contains("p. 1/") && text.contains("Speakers"),
        "{text}"
    );
}

#[test]
fn the_library_survives_small_sizes() {
    let mut app = library(100, 30);
    for (width, height) in [(20, 5), (25, 6), (0, 0), (1, 1), (300, 5)] {
        app.update(Action::Resize(width, height));
        let _ = render(&app);
    }
}

/// Wide text must never spill out of its column into the gutter or the
/// sidebar.
#[test]
fn wide_characters_stay_inside_the_text_column() {
    let text = "# 北京会谈\n\n".to_string()
        + &"普京与金正恩在北京会面，双方表示“关系非常友好”。🎉🎉 他说：“我们会再见面的。”😀 "
            .repeat(12)
        + "\n\nEnglish tail with « quotes » 🎉 and ｗｉｄｅ letters.";
    for (width, height) in [(100, 30), (75, 20), (60, 20), (31, 9), (24, 6)] {
        let mut app = App::new(
            vec![from_text(&text, "wide")],
            Start::Reader,
            (width, height),
        );
        for _ in 0..3 {
            press(&mut app, KeyCode::Char('n'));
            let buffer = render(&app);
            let areas = app.reader_areas();
            let right = areas.sidebar.map_or(width, |sidebar| sidebar.x);
            for y in areas.text.top()..areas.text.bottom() {
                for x in (0..areas.text.x).chain(areas.text.right()..right) {
                    assert_eq!(
                        buffer[(x, y)].symbol(),
                        " ",
                        "cell ({x},{y}) outside the text at {width}x{height}:\n{}",
                        screen(&buffer)
                    );
                }
            }
            if let Some(sidebar) = areas.sidebar {
                assert_eq!(
                    buffer[(sidebar.x, sidebar.y + 1)].symbol(),
                    "│",
                    "sidebar frame intact"
                );
            }
        }
    }
}

#[test]
fn focus_is_visible_on_the_sidebar() {
    let mut app = reader(100, 30);
    let before = render(&app);
    press(&mut app, KeyCode::Tab);
    let after = render(&app);
    let corner = (100 - geometry::SIDEBAR_WIDTH, 0);
    assert_ne!(
        before[corner].style(),
        after[corner].style(),
        "the focused pane's frame changes"
    );
    press(&mut app, KeyCode::Down);
    let chosen = render(&app);
    let Some((x, y)) = find(&chosen, "● Vladimir") else {
        panic!("listed:\n{}", screen(&chosen))
    };
    assert!(x >= 100 - geometry::SIDEBAR_WIDTH, "in the sidebar");
    assert!(
        chosen[(x, y)].modifier.contains(Modifier::REVERSED),
        "the chosen speaker is highlighted"
    );
}

#[test]
fn snapshot_library() {
    let app = library(100, 12);
    insta::assert_snapshot!(render_backend(&app));
}

#[test]
fn snapshot_reader_with_a_selected_quote() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('n'));
    insta::assert_snapshot!(render_backend(&app));
}

#[test]
fn snapshot_reader_narrow_without_sidebar() {
    let mut app = reader(60, 20);
    press(&mut app, KeyCode::Char(' '));
    insta::assert_snapshot!(render_backend(&app));
}

#[test]
fn snapshot_help() {
    let mut app = reader(100, 30);
    press(&mut app, KeyCode::F(1));
    insta::assert_snapshot!(render_backend(&app));
}

fn render_backend(app: &App) -> String {
    let (width, height) = app.size();
    let mut term = terminal(width, height);
    let _ = draw(&mut term, app);
    term.backend().to_string()
}

/// Styling splits lines into spans but never loses or repeats text, even
/// where quotes start or end mid-line or run across lines.
#[test]
fn styled_lines_keep_every_character() {
    let doc = tui_support::supplied();
    for width in [72, 40, 13, 3] {
        for line in &quoth::layout::all_lines(&doc.article, width) {
            for selected in [None, Some(0), Some(6)] {
                let styled = view::styled_line(
                    &doc.article.text,
                    line,
                    &doc.extraction,
                    selected,
                    &Theme::default(),
                );
                let shown: String = styled
                    .spans
                    .iter()
                    .map(|span| span.content.as_ref())
                    .collect();
                let expected = doc.article.text[line.range.clone()].replace('\n', " ");
                assert_eq!(shown, expected, "width {width}");
            }
        }
    }
}

/// The sizes a sweep draws at: every small size, then a spread up to 500×200.
fn sizes_to_sweep() -> Vec<(u16, u16)> {
    let small = (1..=40).flat_map(|width| (1..=12).map(move |height| (width, height)));
    let large = [20, 69, 70, 80, 133, 250, 500]
        .into_iter()
        .flat_map(|width| [5, 24, 61, 200].map(|height| (width, height)));
    small.chain(large).collect()
}

/// Below the minimum size, one line of message and nothing else; above it,
/// the status line. Either way no panic, whatever order sizes come in.
#[test]
fn every_size_from_1x1_to_500x200_draws_sanely() {
    for mut app in [reader(80, 24), library(80, 24)] {
        for (width, height) in sizes_to_sweep() {
            app.update(Action::Resize(width, height));
            let shown = rows(&render(&app));
            let used: Vec<&String> = shown.iter().filter(|row| !row.trim().is_empty()).collect();
            if geometry::too_small(Rect::new(0, 0, width, height)) {
                assert!(used.len() <= 1, "{width}×{height}: {used:?}");
                assert!(width < 4 || used.len() == 1, "{width}×{height}: no message");
            } else if app.reader().is_some() {
                let status = &shown[usize::from(height) - 1];
                assert!(status.contains("p. "), "{width}×{height}: {status:?}");
            }
        }
    }
}

/// Fifty resizes in a row, drawn after each on one terminal as a storm
/// arrives, leave the reader showing what it showed, the selected quote
/// (the anchor kept across re-layouts) included.
#[test]
fn a_storm_of_resizes_keeps_the_place() {
    let mut app = reader(100, 30);
    for _ in 0..8 {
        press(&mut app, KeyCode::Char('n'));
    }
    let mut term = terminal(100, 30);
    let before = screen(&draw(&mut term, &app));
    for step in 0..50u16 {
        let (width, height) = (10 + step * 7 % 190, 3 + step * 5 % 60);
        app.update(Action::Resize(width, height));
        term.backend_mut().resize(width, height);
        let _ = draw(&mut term, &app);
    }
    app.update(Action::Resize(100, 30));
    term.backend_mut().resize(100, 30);
    assert_eq!(screen(&draw(&mut term, &app)), before);
}

const HOSTILE: &str = "Clear \x1b[2J\x1b[H, colour \x1b[38;5;201mM\x1b[0m, title \x1b]0;T\x07, \
clipboard \x1b]52;c;cHduZWQ=\x07, link \x1b]8;;http://x/\x1b\\x\x1b]8;;\x1b\\, bell \x07, \
back\x08space, lone\rreturn, C1 \u{9b}31m \u{9d}0;T\u{9c}, bidi \u{202e}evil\u{202c} \u{2066}i\u{2069}.\n";

/// No cell of the screen holds a control character or a bidi control: the
/// escape sequences show as placeholders.
#[test]
fn escape_sequences_in_an_article_draw_as_placeholders() {
    let doc = from_text(&HOSTILE.repeat(10), "hostile");
    let app = App::new(vec![doc], Start::Reader, (80, 24));
    let buffer = render(&app);
    for cell in &buffer.content {
        assert!(
            !cell.symbol().chars().any(|c| c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "raw control {:?} drawn",
            cell.symbol()
        );
    }
    let text = screen(&buffer);
    assert!(
        text.contains("Clear ␛[2J␛[H, colour ␛[38;5;201mM␛[0m"),
        "{text}"
    );
    assert!(text.contains("bell ␇"), "{text}");
}

#[test]
fn the_status_line_says_how_a_file_was_decoded() {
    let latin1 = b"Le maire a dit \xAB nous verrons \xBB, selon \xC9lise.\n";
    let article = quoth::article::Article::from_bytes(latin1, "latin1.txt");
    let doc = quoth::library::Document::new("latin1.txt".into(), None, article);
    for (width, shown) in [
        (100, " · not UTF-8: read as Latin-1"),
        (40, " not UTF-8: read"),
    ] {
        let app = App::new(vec![doc.clone()], Start::Reader, (width, 10));
        let buffer = render(&app);
        let status = rows(&buffer).pop().unwrap_or_default();
        assert!(status.contains(shown), "{status:?}");
        let Some((x, y)) = find(&buffer, "not UTF-8") else {
            panic!("note not found");
        };
        assert!(
            buffer[(x, y)].modifier.contains(Modifier::ITALIC),
            "note styled as a message"
        );
    }
    let clean = from_text("Plain text, plainly.\n", "plain");
    let app = App::new(vec![clean], Start::Reader, (100, 10));
    let status = rows(&render(&app)).pop().unwrap_or_default();
    assert!(!status.contains(" · "), "{status:?}");
}

#[test]
fn an_empty_file_shows_a_no_text_page() {
    for text in ["", "  \n\n\t \r\n"] {
        let app = App::new(vec![from_text(text, "blank.txt")], Start::Reader, (80, 20));
        let shown = screen(&render(&app));
        assert!(shown.contains("No text: this file is empty"), "{shown}");
        assert!(
            shown.contains("p. 1/1") && shown.contains("quote –/0"),
            "{shown}"
        );
    }
}
