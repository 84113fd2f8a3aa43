//! The reader screen: one page of text, the speakers, the status line.

use std::ops::Range;

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
    let text = &doc.article.text;
    for (row, line) in reader
        .shown()
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
    let spans: Vec<Span<'static>> = line_pieces(text, line.range.clone(), extraction)
        .into_iter()
        .filter_map(|(range, quote)| {
            let piece = text.get(range).filter(|piece| !piece.is_empty())?;
            let style = match quote.and_then(|index| extraction.quotes.get(index)) {
                Some(found) => base.patch(theme::quote(found.speaker, selected == quote)),
                None => base,
            };
            // Hard-wrapped source lines were joined: their breaks are spaces.
            Some(Span::styled(piece.replace('\n', " "), style))
        })
        .collect();
    Line::from(spans)
}

/// A line's text cut at quote boundaries: each piece's byte range, and the
/// quote (by index) it belongs to, if any. The pieces cover the line's
/// range (snapped to character boundaries) in order. Quotes are in text
/// order and never overlap, so the first one crossing the line is found
/// by a search, not a scan: a frame costs the same at any document size.
pub fn line_pieces(
    text: &str,
    line: Range<usize>,
    extraction: &Extraction,
) -> Vec<(Range<usize>, Option<usize>)> {
    let start = floor_boundary(text, line.start);
    let end = floor_boundary(text, line.end).max(start);
    let mut pieces = Vec::new();
    let first = extraction
        .quotes
        .partition_point(|quote| quote.span.end <= start);
    let mut at = start;
    for (index, quote) in extraction.quotes.iter().enumerate().skip(first) {
        if quote.span.start >= end {
            break;
        }
        let from = floor_boundary(text, quote.span.start.max(at));
        let to = floor_boundary(text, quote.span.end.min(end));
        if from >= to {
            continue;
        }
        if at < from {
            pieces.push((at..from, None));
        }
        pieces.push((from..to, Some(index)));
        at = to;
    }
    if at < end {
        pieces.push((at..end, None));
    }
    pieces
}
