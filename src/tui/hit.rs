//! What is under a screen cell, as the views draw it: the mouse's view of
//! the screen. Pure: the app decides what a click or the wheel does there.

use std::ops::Range;

use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthChar;

use super::app::{App, Filter, Screen, list_skip, sidebar_entries};
use super::geometry;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A document of the library (its index).
    LibraryRow(usize),
    /// A speaker's entry in the sidebar.
    Speaker(Filter),
    /// Elsewhere on the sidebar.
    Sidebar,
    /// A quotation in the text (its index).
    Quote(usize),
    /// Elsewhere on the reader.
    Text,
    /// A row of the quote list's window, counted from its top.
    ListRow(usize),
    /// The quote list's frame.
    ListFrame,
    /// Outside the quote list while it is open.
    Outside,
    Nothing,
}

/// What is drawn at `column`, `row`.
pub fn target(app: &App, column: u16, row: u16) -> Target {
    let at = Position { x: column, y: row };
    let area = app.area();
    if app.quote_list().is_some() {
        let rows = geometry::quote_list_rows(area);
        return if rows.contains(at) {
            Target::ListRow(usize::from(row - rows.y))
        } else if geometry::quote_list(area).contains(at) {
            Target::ListFrame
        } else {
            Target::Outside
        };
    }
    match app.screen() {
        Screen::Library => library_row(app, area, row),
        Screen::Reader => on_reader(app, area, at),
    }
}

fn library_row(app: &App, area: Rect, row: u16) -> Target {
    let rows = geometry::library_rows(area);
    if row < rows.y || row >= rows.bottom() {
        return Target::Nothing;
    }
    let skip = list_skip(Some(app.library_cursor()), usize::from(rows.height));
    let index = skip + usize::from(row - rows.y);
    if index < app.documents().len() {
        Target::LibraryRow(index)
    } else {
        Target::Nothing
    }
}

fn on_reader(app: &App, area: Rect, at: Position) -> Target {
    let (Some(reader), Some(doc)) = (app.reader(), app.document()) else {
        return Target::Nothing;
    };
    let areas = geometry::reader(area, app.sidebar_visible(), app.settings());
    if let Some(sidebar) = areas.sidebar.filter(|sidebar| sidebar.contains(at)) {
        let inner = geometry::pane_inner(sidebar);
        if !inner.contains(at) {
            return Target::Sidebar;
        }
        let entries = sidebar_entries(&doc.extraction);
        let chosen = reader
            .filter
            .and_then(|filter| entries.iter().position(|&entry| entry == filter));
        let place = list_skip(chosen, usize::from(inner.height)) + usize::from(at.y - inner.y);
        return entries
            .get(place)
            .map_or(Target::Sidebar, |&entry| Target::Speaker(entry));
    }
    if !areas.text.contains(at) {
        return Target::Text;
    }
    let line = reader.shown().get(usize::from(at.y - areas.text.y));
    let offset = line.and_then(|line| {
        offset_at_column(
            &doc.article.text,
            line.range.clone(),
            usize::from(at.x - areas.text.x),
        )
    });
    offset
        .and_then(|offset| {
            doc.extraction
                .quotes
                .iter()
                .position(|quote| quote.span.contains(&offset))
        })
        .map_or(Target::Text, Target::Quote)
}

/// The byte offset of the character drawn at `column` (0-based, in cells)
/// of a line showing `text[range]`, as the reader draws it: line breaks
/// as spaces, wide characters over two cells. None past the line's end.
pub fn offset_at_column(text: &str, range: Range<usize>, column: usize) -> Option<usize> {
    let shown = text.get(range.clone())?;
    let mut used = 0;
    for (at, c) in shown.char_indices() {
        let width = if c == '\n' { 1 } else { c.width().unwrap_or(0) };
        if column < used + width {
            return Some(range.start + at);
        }
        used += width;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_cells_not_bytes() {
        let text = "xx« élève »\nnoir";
        let range = 2..text.len();
        assert_eq!(offset_at_column(text, range.clone(), 0), Some(2));
        // « is two bytes, one cell.
        assert_eq!(offset_at_column(text, range.clone(), 1), Some(4));
        assert_eq!(
            offset_at_column(text, range.clone(), 3),
            Some(text.find("lève").unwrap_or(0))
        );
        assert_eq!(
            offset_at_column(text, range.clone(), 9),
            Some(text.find('\n').unwrap_or(0))
        );
        assert_eq!(
            offset_at_column(text, range.clone(), 10),
            Some(text.find("noir").unwrap_or(0))
        );
        assert_eq!(offset_at_column(text, range, 14), None);
    }

    #[test]
    fn a_wide_character_covers_both_its_cells() {
        let text = "a北京b";
        assert_eq!(offset_at_column(text, 0..text.len(), 1), Some(1));
        assert_eq!(offset_at_column(text, 0..text.len(), 2), Some(1));
        assert_eq!(offset_at_column(text, 0..text.len(), 3), Some(4));
        assert_eq!(offset_at_column(text, 0..text.len(), 5), Some(7));
    }

    #[test]
    fn a_bad_range_is_nothing() {
        assert_eq!(offset_at_column("é", 1..2, 0), None);
        assert_eq!(offset_at_column("abc", 2..9, 0), None);
    }
}
