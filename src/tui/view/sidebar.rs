//! The speakers pane: who is quoted, how often, in which colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::library::Document;
use crate::tui::app::{App, Filter, Focus, Reader, list_skip, sidebar_entries};
use crate::tui::strings::{truncate, width};

pub fn render(app: &App, reader: &Reader, doc: &Document, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let focused = app.focus() == Focus::Sidebar;
    let block = Block::bordered()
        .title(" Speakers ")
        .border_style(theme.pane_border(focused))
        .title_style(theme.pane_border(focused));
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.is_empty() {
        return;
    }
    let extraction = &doc.extraction;
    let entries = sidebar_entries(extraction);
    let rows = usize::from(inner.height);
    let mut lines: Vec<Line> = Vec::new();
    if doc.extraction_pending {
        lines.push(Line::styled("finding quotes…", theme.hint()));
    } else if entries.is_empty() {
        lines.push(Line::styled("no quotations", theme.hint()));
    }
    let current = reader
        .selected
        .and_then(|index| extraction.quotes.get(index))
        .map(|quote| quote.speaker.map_or(Filter::Unattributed, Filter::Speaker));
    let chosen = reader
        .filter
        .and_then(|filter| entries.iter().position(|&entry| entry == filter));
    // Keep the chosen entry in view when the list is taller than the pane.
    let skip = list_skip(chosen, rows);
    let row_width = usize::from(inner.width);
    // Only the rows that show: a long article may have thousands.
    for (place, &entry) in entries.iter().enumerate().skip(skip).take(rows) {
        let (name, count, swatch, colour) = match entry {
            Filter::Speaker(id) => {
                let speaker = extraction.speakers.get(id);
                let name = speaker.map_or("", |speaker| speaker.name.as_str());
                (
                    name,
                    speaker.map_or(0, |speaker| speaker.quotes),
                    "●",
                    theme.swatch(Some(id)),
                )
            }
            Filter::Unattributed => (
                "unattributed",
                extraction.unattributed(),
                "○",
                theme.quote(None, false),
            ),
        };
        let count = count.to_string();
        let name_room = row_width.saturating_sub(4 + width(&count) + 1);
        let name = truncate(name, name_room);
        let padding = row_width.saturating_sub(4 + width(&name) + width(&count));
        let is_current = current == Some(entry);
        let marker = if is_current { "▶ " } else { "  " };
        let mut name_style = if is_current {
            theme.current_speaker()
        } else {
            Style::new()
        };
        if entry == Filter::Unattributed {
            name_style = name_style.patch(colour);
        }
        let mut line = Line::from(vec![
            Span::styled(marker, theme.current_speaker()),
            Span::styled(swatch, colour),
            Span::raw(" "),
            Span::styled(name, name_style),
            Span::raw(" ".repeat(padding)),
            Span::raw(count),
        ]);
        if chosen == Some(place) {
            line = line.patch_style(theme.cursor());
        }
        lines.push(line);
    }
    let hints: &[&str] = match (focused, reader.filter.is_some()) {
        (true, true) => &["↑↓ choose · Enter list", "Esc clear · Tab text"],
        (true, false) => &["↑↓ choose · Enter list", "Tab back to text"],
        (false, true) => &["n/N this speaker's quotes", "l list · Esc clear"],
        (false, false) => &["Tab choose a speaker"],
    };
    // Hints sit at the bottom, only when the list leaves room for them.
    if lines.len() + hints.len() < rows {
        for (offset, hint) in hints.iter().enumerate() {
            let y = inner.bottom() - (hints.len() - offset) as u16;
            buf.set_line(
                inner.x,
                y,
                &Line::styled(
                    format!(" {}", truncate(hint, row_width.saturating_sub(1))),
                    theme.hint(),
                ),
                inner.width,
            );
        }
    }
    for (row, line) in lines.iter().take(rows).enumerate() {
        buf.set_line(inner.x, inner.y + row as u16, line, inner.width);
    }
}
