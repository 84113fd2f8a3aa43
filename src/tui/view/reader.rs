//! The reader screen: one page of text, the speakers, the status line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{sidebar, status};
use crate::article::Article;
use crate::layout::{self, LineKind};
use crate::quotes::Extraction;
use crate::tui::app::App;
use crate::tui::geometry;
use crate::tui::strings::{floor_boundary, width};
use crate::tui::theme::Theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let (Some(reader), Some(doc)) = (app.reader(), app.document()) else {
        return;
    };
    let theme = app.theme();
    let areas = geometry::reader(area, app.sidebar_visible(), app.settings());
    let layout = reader.layout();
    let text = &doc.article.text;
    let justify = app.settings().justify;
    for (row, line) in layout
        .page(reader.page())
        .iter()
        .enumerate()
        .take(usize::from(areas.text.height))
    {
        let mut styled = styled_line(text, line, &doc.extraction, reader.selected, theme);
        if justify && line.kind == LineKind::Text && !ends_paragraph(&doc.article, line) {
            let room = usize::from(areas.text.width).saturating_sub(usize::from(line.hyphen));
            styled = justified(styled, room);
        }
        if line.hyphen {
            let style = styled.spans.last().map_or(Style::new(), |span| span.style);
            styled.spans.push(Span::styled("-", style));
        }
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

/// Whether nothing but spaces follows `line` in its block: a paragraph's
/// last line stays ragged when justifying.
fn ends_paragraph(article: &Article, line: &layout::Line) -> bool {
    let after = article
        .blocks
        .partition_point(|block| block.span.start <= line.range.start);
    let block_end = after
        .checked_sub(1)
        .and_then(|index| article.blocks.get(index))
        .map_or(article.text.len(), |block| block.span.end);
    article
        .text
        .get(line.range.end..block_end.max(line.range.end))
        .is_none_or(|rest| rest.trim().is_empty())
}

/// `line` stretched to `room` cells by widening its gaps between words
/// (plain spaces only: no-break spaces keep their width), spreading the
/// spare cells evenly along the line. Each added
/// space takes the style of the space it widens, so highlights still
/// cover exactly their quote.
pub fn justified(line: Line<'static>, room: usize) -> Line<'static> {
    let content: String = line
        .spans
        .iter()
        .map(|span| span.content.as_ref())
        .collect();
    let trimmed = content.trim_end_matches(' ');
    let gaps = trimmed
        .trim_start_matches(' ')
        .split(' ')
        .filter(|word| !word.is_empty())
        .count()
        .saturating_sub(1);
    let spare = room.saturating_sub(width(trimmed));
    if gaps == 0 || spare == 0 {
        return line;
    }
    let leading = content.len() - content.trim_start_matches(' ').len();
    let mut gap = 0;
    let mut offset = 0;
    let mut previous_was_space = true;
    let spans = line
        .spans
        .into_iter()
        .map(|span| {
            let mut out = String::with_capacity(span.content.len() + spare);
            for c in span.content.chars() {
                let inside = offset >= leading && offset < trimmed.len();
                if c == ' ' && inside && !previous_was_space {
                    // The first space of each gap gets the extra cells,
                    // spread evenly along the line.
                    let extra = (gap + 1) * spare / gaps - gap * spare / gaps;
                    out.extend(std::iter::repeat_n(' ', extra));
                    gap += 1;
                }
                previous_was_space = c == ' ';
                out.push(c);
                offset += c.len_utf8();
            }
            Span::styled(out, span.style)
        })
        .collect::<Vec<_>>();
    Line::from(spans).style(line.style)
}

/// One laid-out line with each quote it crosses in its speaker's style.
/// Quotes spanning several lines are styled on each of them, because every
/// line is cut against every quote span.
pub fn styled_line(
    text: &str,
    line: &layout::Line,
    extraction: &Extraction,
    selected: Option<usize>,
    theme: &Theme,
) -> Line<'static> {
    let base = match line.kind {
        LineKind::Heading => theme.heading(),
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
            base.patch(theme.quote(quote.speaker, selected == Some(index))),
        );
        at = to;
    }
    push(at, end, base);
    Line::from(spans)
}
