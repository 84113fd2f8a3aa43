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
use crate::tui::find::Matches;
use crate::tui::geometry;
use crate::tui::strings::floor_boundary;
use crate::tui::theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let (Some(reader), Some(doc)) = (app.reader(), app.document()) else {
        return;
    };
    let areas = geometry::reader(area, app.sidebar_visible());
    let layout = reader.layout();
    let text = &doc.article.text;
    for (row, line) in layout
        .page(reader.page())
        .iter()
        .enumerate()
        .take(usize::from(areas.text.height))
    {
        let styled = highlighted_line(
            text,
            line,
            &doc.extraction,
            reader.selected,
            reader.search(),
        );
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
    highlighted_line(text, line, extraction, selected, None)
}

/// [`styled_line`] with the search's matches marked over the quote
/// styles, the current one more strongly.
pub fn highlighted_line(
    text: &str,
    line: &layout::Line,
    extraction: &Extraction,
    selected: Option<usize>,
    search: Option<&Matches>,
) -> Line<'static> {
    let base = match line.kind {
        LineKind::Heading => theme::heading(),
        LineKind::Text | LineKind::Blank => Style::new(),
    };
    let start = floor_boundary(text, line.range.start);
    let end = floor_boundary(text, line.range.end).max(start);
    // Every styled range on the line, later ones drawn over earlier ones.
    // Quotes are in reading order and never overlap: skip to the line's.
    let first = extraction
        .quotes
        .partition_point(|quote| quote.span.end <= start);
    let mut marks: Vec<(Range<usize>, Style)> = extraction
        .quotes
        .iter()
        .enumerate()
        .skip(first)
        .take_while(|(_, quote)| quote.span.start < end)
        .filter(|(_, quote)| quote.span.end > start)
        .map(|(index, quote)| {
            let style = theme::quote(quote.speaker, selected == Some(index));
            (quote.span.clone(), style)
        })
        .collect();
    if let Some(search) = search {
        let ranges = search.ranges();
        let first = ranges.partition_point(|range| range.end <= start);
        for (index, range) in ranges.iter().enumerate().skip(first) {
            if range.start >= end {
                break;
            }
            let current = index == search.current_index();
            marks.push((range.clone(), theme::search_match(current)));
        }
    }
    let mut cuts: Vec<usize> = marks
        .iter()
        .flat_map(|(range, _)| [range.start, range.end])
        .chain([start, end])
        .map(|at| floor_boundary(text, at.clamp(start, end)))
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts
        .windows(2)
        .filter_map(|pair| {
            let (from, to) = (pair[0], pair[1]);
            let piece = text.get(from..to).filter(|piece| !piece.is_empty())?;
            let style = marks
                .iter()
                .filter(|(range, _)| range.start <= from && to <= range.end)
                .fold(base, |style, (_, mark)| style.patch(*mark));
            // Hard-wrapped source lines were joined: their breaks are spaces.
            Some(Span::styled(piece.replace('\n', " "), style))
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}
