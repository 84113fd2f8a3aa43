//! The library screen: one row per document, with its counts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::library::Document;
use crate::tui::app::{App, list_skip};
use crate::tui::geometry;
use crate::tui::strings::{truncate, width};

const FOOTER: &str = "↑↓ choose · Enter open · ? help · q quit";

/// Columns right of the title: language, quotes, speakers.
const COLUMNS: [(&str, usize); 3] = [("lang", 4), ("quotes", 6), ("speakers", 8)];

fn row(title: &str, cells: [String; 3], width_total: usize) -> String {
    let fixed: usize = COLUMNS.iter().map(|(_, w)| w + 2).sum::<usize>() + 2;
    let title_room = width_total.saturating_sub(fixed);
    let title = truncate(title, title_room);
    let mut out = format!(
        " {title}{}",
        " ".repeat(title_room.saturating_sub(width(&title)))
    );
    for ((_, column_width), cell) in COLUMNS.iter().zip(cells) {
        out.push_str(&format!("  {cell:>column_width$}"));
    }
    out.push(' ');
    out
}

fn document_row(doc: &Document, width_total: usize) -> String {
    let cells = [
        doc.article.lang.code().to_string(),
        doc.extraction.quotes.len().to_string(),
        doc.extraction.speakers.len().to_string(),
    ];
    row(&doc.article.title, cells, width_total)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let documents = app.documents();
    let full = usize::from(area.width);
    let noun = if documents.len() == 1 {
        "article"
    } else {
        "articles"
    };
    let header = Line::from(vec![
        Span::styled(" quoth", theme.header()),
        Span::styled(format!(" · {} {noun}", documents.len()), theme.hint()),
    ]);
    buf.set_line(area.x, area.y, &header, area.width);
    let titles = row("Title", COLUMNS.map(|(name, _)| name.to_string()), full);
    buf.set_line(
        area.x,
        area.y + 1,
        &Line::styled(titles, theme.column_titles()),
        area.width,
    );

    let list = geometry::library_rows(area);
    let list_top = list.y;
    let rows = usize::from(list.height);
    let cursor = app.library_cursor();
    let skip = list_skip(Some(cursor), rows);
    for (row_index, (index, doc)) in documents
        .iter()
        .enumerate()
        .skip(skip)
        .take(rows)
        .enumerate()
    {
        let text = document_row(doc, full);
        let style = if index == cursor {
            theme.cursor()
        } else {
            Default::default()
        };
        buf.set_line(
            area.x,
            list_top + row_index as u16,
            &Line::styled(text, style),
            area.width,
        );
    }
    // A note (about the saved positions, say) replaces the hints once.
    let (footer, style) = match app.message() {
        Some(message) => (message, theme.status_message()),
        None => (FOOTER, theme.hint()),
    };
    let footer = Line::styled(
        format!(" {}", truncate(footer, full.saturating_sub(1))),
        style,
    );
    buf.set_line(area.x, area.bottom() - 1, &footer, area.width);
}
