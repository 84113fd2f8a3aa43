//! The quote list popup: one speaker's quotations, or all of them under
//! their speakers' names, one line each with its page number.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::library::Document;
use crate::quotes::Extraction;
use crate::tui::app::{App, Filter, Reader};
use crate::tui::geometry;
use crate::tui::quote_list::{QuoteList, Row};
use crate::tui::strings::{one_line, truncate, width};
use crate::tui::theme::Theme;

/// The longest of these that fits goes on the bottom border.
const HINTS: &[&str] = &[
    " ↑↓ choose · Enter go · y copy · Esc close ",
    " Enter go · Esc close ",
];

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let (Some(list), Some(reader), Some(doc)) = (app.quote_list(), app.reader(), app.document())
    else {
        return;
    };
    let theme = app.theme();
    let popup = geometry::quote_list(area);
    Clear.render(popup, buf);
    let mut block = Block::bordered()
        .style(theme.base())
        .title(format!(" {} ", title(list, &doc.extraction)))
        .border_style(theme.pane_border(true))
        .title_style(theme.pane_border(true));
    if let Some(hint) = HINTS
        .iter()
        .find(|hint| width(hint) + 2 <= usize::from(popup.width))
    {
        block = block.title_bottom(Line::styled(*hint, theme.hint()));
    }
    let rows = geometry::quote_list_rows(area);
    block.render(popup, buf);
    if rows.is_empty() {
        return;
    }
    let page_digits = reader.layout().page_count().to_string().len();
    let indent = if list.scope.is_none() { 2 } else { 0 };
    let cursor = list.cursor_row();
    for (offset, (place, row)) in list
        .rows()
        .iter()
        .enumerate()
        .skip(list.top())
        .take(usize::from(rows.height))
        .enumerate()
    {
        let mut line = match *row {
            Row::Group(filter) => group_line(filter, &doc.extraction, theme),
            Row::Quote(index) => quote_line(
                reader,
                doc,
                index,
                page_digits,
                indent,
                usize::from(rows.width),
                theme,
            ),
        };
        if cursor == Some(place) {
            let pad = usize::from(rows.width).saturating_sub(line.width());
            line.spans.push(Span::raw(" ".repeat(pad)));
            line = line.patch_style(theme.cursor());
        }
        buf.set_line(rows.x, rows.y + offset as u16, &line, rows.width);
    }
}

fn title(list: &QuoteList, extraction: &Extraction) -> String {
    match list.scope {
        None => format!("All quotations ({})", list.len()),
        Some(filter) => format!("{} ({})", name(filter, extraction), list.len()),
    }
}

fn name(filter: Filter, extraction: &Extraction) -> &str {
    match filter {
        Filter::Speaker(id) => extraction
            .speakers
            .get(id)
            .map_or("", |speaker| speaker.name.as_str()),
        Filter::Unattributed => "unattributed",
    }
}

fn group_line(filter: Filter, extraction: &Extraction, theme: &Theme) -> Line<'static> {
    let (swatch, speaker) = match filter {
        Filter::Speaker(id) => ("●", Some(id)),
        Filter::Unattributed => ("○", None),
    };
    Line::from(vec![
        Span::styled(swatch, theme.quote(speaker, false)),
        Span::raw(" "),
        Span::styled(
            one_line(name(filter, extraction)),
            theme.list_group(speaker),
        ),
    ])
}

/// `p. 12  « snippet… »`, cut to `room` columns.
fn quote_line(
    reader: &Reader,
    doc: &Document,
    index: usize,
    page_digits: usize,
    indent: usize,
    room: usize,
    theme: &Theme,
) -> Line<'static> {
    let Some(quote) = doc.extraction.quotes.get(index) else {
        return Line::default();
    };
    let page = reader.layout().page_of_offset(quote.span.start) + 1;
    let page = format!("{}p. {page:>page_digits$}  ", " ".repeat(indent));
    let words = one_line(doc.article.slice(quote.span.clone()));
    let snippet = truncate(&words, room.saturating_sub(width(&page)));
    Line::from(vec![
        Span::styled(page, theme.list_page()),
        Span::styled(snippet, theme.quote(quote.speaker, false)),
    ])
}
