//! The bottom line: title or message on the left; page and quote on the
//! right. Scripts read `p. X/Y` and `quote I/N`: keep those texts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::library::Document;
use crate::tui::app::{App, Reader};
use crate::tui::strings::{truncate, width};

pub fn render(app: &App, reader: &Reader, doc: &Document, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    if area.is_empty() {
        return;
    }
    buf.set_style(area, theme.status());
    let layout = reader.layout();
    let page = format!("p. {}/{}", reader.page() + 1, layout.page_count());
    let (place, total) = reader.quote_position(&doc.extraction);
    let quote = match place {
        Some(place) => format!("quote {place}/{total}"),
        None => format!("quote –/{total}"),
    };
    let speaker = reader
        .selected
        .and_then(|index| doc.extraction.quotes.get(index))
        .map(|quote| doc.extraction.speaker_name(quote).unwrap_or("unattributed"));
    let available = usize::from(area.width).saturating_sub(2);
    // Drop detail from the right side until it fits, the speaker first.
    let mut right = format!("{page}   {quote}");
    if let Some(speaker) = speaker {
        let full = format!("{right} · {speaker}");
        let room = available.saturating_sub(width(&right) + 3 + 12);
        if width(&full) + 12 <= available {
            right = full;
        } else if room >= 4 {
            right = format!("{right} · {}", truncate(speaker, room));
        }
    }
    if width(&right) > available {
        right = page;
    }
    let right_width = width(&right);
    let x_right = area.right().saturating_sub(1 + right_width as u16);
    buf.set_line(x_right, area.y, &Line::from(right), right_width as u16);

    let left_room = available.saturating_sub(right_width + 2);
    let (left, style) = match app.message() {
        Some(message) => (message, theme.status_message()),
        None => (doc.article.title.as_str(), theme.status()),
    };
    let left = truncate(left, left_room);
    buf.set_line(
        area.x + 1,
        area.y,
        &Line::styled(left, style),
        left_room as u16,
    );
}
