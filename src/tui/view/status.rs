//! The bottom line: title, message or search prompt on the left; page,
//! match and quote on the right. Scripts read `p. X/Y`, `match I/M` and
//! `quote I/N`: keep those texts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::article::Article;
use crate::library::Document;
use crate::tui::app::{App, Reader};
use crate::tui::find::Prompt;
use crate::tui::strings::{tail, truncate, width};
use crate::tui::theme::Theme;

pub fn render(app: &App, reader: &Reader, doc: &Document, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    if area.is_empty() {
        return;
    }
    buf.set_style(area, theme.status());
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
    let found = reader.search().map(|search| {
        let (place, total) = search.position();
        format!("match {place}/{total}")
    });
    let available = usize::from(area.width).saturating_sub(2);
    // While a search is typed, the prompt keeps half the line at least.
    let right_room = match app.prompt() {
        Some(prompt) => {
            let typing = width(&prompt.query) + 3;
            available.saturating_sub(typing.min(available / 2))
        }
        None => available,
    };
    let mut right = right_side(&page, found.as_deref(), &quote, speaker, right_room);
    if width(&right) > right_room {
        right.clear();
    }
    let right_width = width(&right);
    let x_right = area.right().saturating_sub(1 + right_width as u16);
    buf.set_line(x_right, area.y, &Line::from(right), right_width as u16);

    let left_room = available.saturating_sub(right_width + 2);
    if let Some(prompt) = app.prompt() {
        render_prompt(
            prompt,
            theme,
            Rect::new(area.x, area.y, left_room as u16 + 1, 1),
            buf,
        );
        return;
    }
    let left = match app.message() {
        Some(message) => Line::styled(truncate(message, left_room), theme.status_message()),
        None => title_and_note(&doc.article, theme, left_room),
    };
    buf.set_line(area.x + 1, area.y, &left, left_room as u16);
}

/// The title, and after it how the file was decoded when that is worth
/// saying (invalid UTF-8, Latin-1, UTF-16). The note keeps its room; the
/// title is cut first.
fn title_and_note(article: &Article, theme: &Theme, room: usize) -> Line<'static> {
    const SEPARATOR: &str = " · ";
    let Some(note) = article.encoding.note() else {
        return Line::styled(truncate(&article.title, room), theme.status());
    };
    let note_room = width(note) + width(SEPARATOR);
    if note_room >= room {
        return Line::styled(truncate(note, room), theme.status_message());
    }
    Line::from(vec![
        Span::styled(truncate(&article.title, room - note_room), theme.status()),
        Span::styled(SEPARATOR, theme.status()),
        Span::styled(note, theme.status_message()),
    ])
}

/// Page, match, quote and speaker, dropping detail from the right until
/// it fits: the speaker first, then the quote, then the match.
fn right_side(
    page: &str,
    found: Option<&str>,
    quote: &str,
    speaker: Option<&str>,
    available: usize,
) -> String {
    let mut right = match found {
        Some(found) => format!("{page}   {found}   {quote}"),
        None => format!("{page}   {quote}"),
    };
    if let Some(speaker) = speaker {
        let full = format!("{right} · {speaker}");
        let room = available.saturating_sub(width(&right) + 3 + 12);
        if width(&full) + 12 <= available {
            return full;
        } else if room >= 4 {
            return format!("{right} · {}", truncate(speaker, room));
        }
    }
    if width(&right) > available {
        right = match found {
            Some(found) if width(page) + 3 + width(found) <= available => {
                format!("{page}   {found}")
            }
            _ => page.to_string(),
        };
    }
    right
}

/// The search being typed, where the title was, with a cursor after it.
fn render_prompt(prompt: &Prompt, theme: &Theme, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, theme.prompt());
    let room = usize::from(area.width).saturating_sub(2);
    let typed = format!("{}{}", prompt.sigil(), prompt.query);
    // Long queries scroll: the end, where the typing is, stays in view.
    let shown = tail(&typed, room);
    let line = Line::from(vec![
        Span::styled(shown, theme.prompt()),
        Span::styled(" ", theme.prompt_cursor()),
    ]);
    buf.set_line(area.x + 1, area.y, &line, area.width.saturating_sub(1));
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
