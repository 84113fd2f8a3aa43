//! The reader screen: one page of text, the speakers, the status line.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{sidebar, status};
use crate::article::Article;
use crate::layout::{self, LineKind};
use crate::quotes::Extraction;
use crate::tui::app::App;
use crate::tui::find::Matches;
use crate::tui::geometry;
use crate::tui::strings::{floor_boundary, width};
use crate::tui::theme::Theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let (Some(reader), Some(doc)) = (app.reader(), app.document()) else {
        return;
    };
    let theme = app.theme();
    let areas = geometry::reader(area, app.sidebar_visible(), app.settings());
    if doc.article.is_empty() {
        no_text(areas.text, theme, buf);
    }
    let text = &doc.article.text;
    let justify = app.settings().justify;
    for (row, line) in reader
        .shown()
        .iter()
        .enumerate()
        .take(usize::from(areas.text.height))
    {
        let mut styled = highlighted_line(
            text,
            line,
            &doc.extraction,
            reader.selected,
            reader.search(),
            theme,
        );
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

/// What an empty or whitespace-only file shows instead of a blank page.
const NO_TEXT: &str = "No text: this file is empty or holds only blank space.";

fn no_text(area: Rect, theme: &Theme, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let y = area.y + area.height / 3;
    let line = Line::styled(NO_TEXT, theme.hint());
    let width = (line.width() as u16).min(area.width);
    let x = area.x + (area.width - width) / 2;
    buf.set_line(x, y, &line, area.width - (x - area.x));
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
    highlighted_line(text, line, extraction, selected, None, theme)
}

/// [`styled_line`] with the search's matches marked over the quote
/// styles, the current one more strongly.
pub fn highlighted_line(
    text: &str,
    line: &layout::Line,
    extraction: &Extraction,
    selected: Option<usize>,
    search: Option<&Matches>,
    theme: &Theme,
) -> Line<'static> {
    let base = match line.kind {
        LineKind::Heading => theme.heading(),
        LineKind::Text | LineKind::Blank => Style::new(),
    };
    let start = floor_boundary(text, line.range.start);
    let end = floor_boundary(text, line.range.end).max(start);
    // Every styled range on the line, later ones drawn over earlier ones.
    let mut marks: Vec<(Range<usize>, Style)> = line_pieces(text, start..end, extraction)
        .into_iter()
        .filter_map(|(range, quote)| {
            let index = quote?;
            let speaker = extraction.quotes.get(index)?.speaker;
            Some((range, theme.quote(speaker, selected == Some(index))))
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
            marks.push((range.clone(), theme.search_match(current)));
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
