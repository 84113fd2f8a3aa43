//! The reader screen: one page of text, the speakers, the status line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{sidebar, status};
use crate::layout::{self, LineKind};
use crate::quotes::Extraction;
use crate::tui::app::App;
use crate::tui::geometry;
use crate::tui::strings::floor_boundary;
use crate::tui::theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let (Some(reader), Some(doc)) = (app.reader(), app.document()) else {
        return;
    };
    let areas = geometry::reader(area, app.sidebar_visible());
    if doc.article.is_empty() {
        no_text(areas.text, buf);
    }
    let layout = reader.layout();
    let text = &doc.article.text;
    for (row, line) in layout
        .page(reader.page())
        .iter()
        .enumerate()
        .take(usize::from(areas.text.height))
    {
        let styled = styled_line(text, line, &doc.extraction, reader.selected);
        // set_line clips at the column's width, wide characters included.
        buf.set_line(
            areas.text.x,
            areas.text.y + row as u16,
            &styled,
            areas.text.width,
        );
    }
    if let Some(sidebar_area) = areas.sidebar {
        sidebar::render(app, reader, doc, sidebar_area, buf);
    }
    status::render(app, reader, doc, areas.status, buf);
}

/// What an empty or whitespace-only file shows instead of a blank page.
const NO_TEXT: &str = "No text: this file is empty or holds only blank space.";

fn no_text(area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let y = area.y + area.height / 3;
    let line = Line::styled(NO_TEXT, theme::hint());
    let width = (line.width() as u16).min(area.width);
    let x = area.x + (area.width - width) / 2;
    buf.set_line(x, y, &line, area.width - (x - area.x));
}

/// One laid-out line with each quote it crosses in its speaker's style.
/// Quotes spanning several lines are styled on each of them, because every
/// line is cut against every quote span.
pub fn styled_line(
    text: &str,
    line: &layout::Line,
    extraction: &Extraction,
    selected: Option<usize>,
) -> Line<'static> {
    let base = match line.kind {
        LineKind::Heading => theme::heading(),
        LineKind::Text | LineKind::Blank => Style::new(),
    };
    let start = floor_boundary(text, line.range.start);
    let end = floor_boundary(text, line.range.end).max(start);
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut push = |from: usize, to: usize, style: Style| {
        if let Some(piece) = text.get(from..to).filter(|piece| !piece.is_empty()) {
            // Hard-wrapped source lines were joined: their breaks are spaces.
            spans.push(Span::styled(piece.replace('\n', " "), style));
        }
    };
    let mut at = start;
    for (index, quote) in extraction.quotes.iter().enumerate() {
        if quote.span.end <= start || quote.span.start >= end {
            continue;
        }
        let from = floor_boundary(text, quote.span.start.max(at));
        let to = floor_boundary(text, quote.span.end.min(end));
        if from >= to {
            continue;
        }
        push(at, from, base);
        push(
            from,
            to,
            base.patch(theme::quote(quote.speaker, selected == Some(index))),
        );
        at = to;
    }
    push(at, end, base);
    Line::from(spans)
}
