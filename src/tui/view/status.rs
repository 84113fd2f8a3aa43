//! The bottom line: title or message on the left; page and quote on the
//! right. Scripts read `p. X/Y` and `quote I/N`: keep those texts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::library::Document;
use crate::tui::app::{App, Reader};
use crate::tui::strings::{truncate, width};
use crate::tui::theme;

pub fn render(app: &App, reader: &Reader, doc: &Document, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    buf.set_style(area, theme::status());
    let total = reader.layout().total_pages().filter(|_| !doc.loading);
    let page = page_label(reader.page_number(), total);
    let (place, total) = reader.quote_position(&doc.extraction);
    let quote = match (place, doc.extraction_pending) {
        (_, true) => "quote –/…".to_string(),
        (Some(place), false) => format!("quote {place}/{total}"),
        (None, false) => format!("quote –/{total}"),
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
        Some(message) => (message, theme::status_message()),
        None => (doc.article.title.as_str(), theme::status()),
    };
    let left = truncate(left, left_room);
    buf.set_line(
        area.x + 1,
        area.y,
        &Line::styled(left, style),
        left_room as u16,
    );
}

/// `p. X/Y` once both are known; "…" stands for what is still being
/// counted, so no number is shown before it is final.
pub fn page_label(page: Option<usize>, total: Option<usize>) -> String {
    let page = page.map_or("?".to_string(), |page| (page + 1).to_string());
    let total = total.map_or("…".to_string(), |total| total.to_string());
    format!("p. {page}/{total}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_labels_never_show_a_number_before_it_is_known() {
        assert_eq!(page_label(Some(0), Some(3)), "p. 1/3");
        assert_eq!(page_label(Some(4), None), "p. 5/…");
        assert_eq!(page_label(None, None), "p. ?/…");
    }
}
