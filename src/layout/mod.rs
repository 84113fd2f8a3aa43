//! The third stage: an article's blocks become wrapped lines and pages for
//! one text width and height. Lines are byte ranges into the article text,
//! so any position (a quote, the top of the screen) is a byte offset that
//! survives a re-layout at another size.
//!
//! Layout is lazy: blocks are wrapped in order, a slice at a time
//! ([`Layout::extend`]), and pages are counted as lines arrive. A page start
//! never moves once found, because it depends only on the lines before it;
//! only the total is unknown until the last block is wrapped. Places past
//! the counted part are shown from [`window`], wrapped on their own.

mod window;
mod wrap;

use std::ops::Range;

use crate::article::{Article, BlockKind};

pub use window::{lines_after, lines_before};
pub use wrap::wrap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Text,
    Heading,
    /// The space between blocks.
    Blank,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Byte range in the article text (empty for blank lines, placed where
    /// the next block starts).
    pub range: Range<usize>,
    pub kind: LineKind,
}

/// Append block `index`'s lines (after a blank line, unless it is the
/// first block) to `out`.
fn push_block_lines(article: &Article, index: usize, width: usize, out: &mut Vec<Line>) {
    let Some(block) = article.blocks.get(index) else {
        return;
    };
    let kind = match block.kind {
        BlockKind::Heading => LineKind::Heading,
        BlockKind::Paragraph => LineKind::Text,
    };
    if index > 0 {
        let at = block.span.start;
        out.push(Line {
            range: at..at,
            kind: LineKind::Blank,
        });
    }
    out.extend(
        wrap(&article.text, block.span.clone(), width)
            .into_iter()
            .map(|range| Line { range, kind }),
    );
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub width: usize,
    pub height: usize,
    /// The lines of the blocks wrapped so far, in order.
    pub lines: Vec<Line>,
    /// Index into `lines` of each page's first line.
    page_starts: Vec<usize>,
    /// Where the page after the last one found starts (before skipping the
    /// blank lines a page never opens on).
    next_page_line: usize,
    /// Blocks wrapped so far: `article.blocks[..blocks_done]`.
    blocks_done: usize,
    blocks_total: usize,
    /// The offset where the first block not yet wrapped starts.
    counted_to: usize,
}

impl Layout {
    /// Lay out all of `article` in a text area of `width` × `height` cells.
    pub fn new(article: &Article, width: usize, height: usize) -> Layout {
        let mut layout = Layout::lazy(article, width, height);
        layout.extend(article, usize::MAX);
        layout
    }

    /// A layout with nothing wrapped yet; [`Layout::extend`] does the work.
    pub fn lazy(article: &Article, width: usize, height: usize) -> Layout {
        Layout {
            width: width.max(1),
            height: height.max(1),
            lines: Vec::new(),
            page_starts: Vec::new(),
            next_page_line: 0,
            blocks_done: 0,
            blocks_total: article.blocks.len(),
            counted_to: 0,
        }
    }

    /// Wrap further blocks, at least one and about `budget` bytes of text;
    /// returns true once the whole article is laid out.
    pub fn extend(&mut self, article: &Article, budget: usize) -> bool {
        let stop_at = self.counted_to.saturating_add(budget.max(1));
        while self.blocks_done < self.blocks_total && self.counted_to < stop_at {
            push_block_lines(article, self.blocks_done, self.width, &mut self.lines);
            self.blocks_done += 1;
            self.counted_to = article
                .blocks
                .get(self.blocks_done)
                .map_or(article.text.len(), |block| block.span.start);
        }
        if self.is_complete() {
            self.counted_to = article.text.len().max(self.counted_to);
        }
        self.paginate();
        self.is_complete()
    }

    /// Wrap blocks until the page holding `offset` is known and whole, if
    /// that takes at most `budget` bytes of work; returns whether it is.
    pub fn extend_to(&mut self, article: &Article, offset: usize, budget: usize) -> bool {
        let limit = self.counted_to.saturating_add(budget);
        if offset > limit {
            // Out of reach: leave the work to the background.
            return self.page_is_whole(offset);
        }
        while !self.page_is_whole(offset) {
            if self.is_complete() || self.counted_to >= limit {
                return self.page_is_whole(offset);
            }
            self.extend(article, 1);
        }
        true
    }

    /// Pages of `height` lines; a page never opens on a blank line.
    fn paginate(&mut self) {
        while self.next_page_line < self.lines.len() {
            if self.lines[self.next_page_line].kind == LineKind::Blank {
                self.next_page_line += 1;
                continue;
            }
            self.page_starts.push(self.next_page_line);
            self.next_page_line += self.height;
        }
    }

    /// True once every block is wrapped and every page counted.
    pub fn is_complete(&self) -> bool {
        self.blocks_done == self.blocks_total
    }

    /// Text before this offset is laid out.
    pub fn counted_to(&self) -> usize {
        self.counted_to
    }

    /// Pages found so far: the total once [`Layout::is_complete`].
    pub fn page_count(&self) -> usize {
        self.page_starts.len().max(1)
    }

    /// The total number of pages, once it is known.
    pub fn total_pages(&self) -> Option<usize> {
        self.is_complete().then(|| self.page_count())
    }

    /// The lines of page `page` (0-based); empty past the end.
    pub fn page(&self, page: usize) -> &[Line] {
        let Some(&start) = self.page_starts.get(page) else {
            return &[];
        };
        let end = (start + self.height).min(self.lines.len());
        &self.lines[start..end]
    }

    /// The page that shows the byte at `offset` (the nearest earlier text
    /// if the offset falls between lines), among the pages found so far.
    pub fn page_of_offset(&self, offset: usize) -> usize {
        let line = self
            .lines
            .partition_point(|line| line.range.start <= offset)
            .saturating_sub(1);
        self.page_starts
            .partition_point(|&start| start <= line)
            .saturating_sub(1)
    }

    /// The page holding `offset`, if that page is laid out in full (all of
    /// its lines known, so its number and contents are final).
    pub fn page_holding(&self, offset: usize) -> Option<usize> {
        self.page_is_whole(offset)
            .then(|| self.page_of_offset(offset))
    }

    fn page_is_whole(&self, offset: usize) -> bool {
        if self.is_complete() {
            return true;
        }
        if offset >= self.counted_to {
            return false;
        }
        let page = self.page_of_offset(offset);
        self.page_starts
            .get(page)
            .is_some_and(|&start| start + self.height <= self.lines.len())
    }

    /// The offset of the first character shown on `page`.
    pub fn page_start_offset(&self, page: usize) -> usize {
        self.page(page).first().map_or(0, |line| line.range.start)
    }

    /// Byte range shown on `page`, from its first to its last character.
    pub fn page_range(&self, page: usize) -> Range<usize> {
        range_of(self.page(page))
    }
}

/// From the first character of `lines` to the last.
pub fn range_of(lines: &[Line]) -> Range<usize> {
    let start = lines.first().map_or(0, |line| line.range.start);
    let end = lines.last().map_or(start, |line| line.range.end);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article::from_bytes(text.as_bytes(), "test")
    }

    fn long_article() -> Article {
        let paragraph = "Les deux dirigeants sont en Chine, où ils ont assisté mercredi à un gigantesque défilé. ";
        let text: Vec<String> = (0..30)
            .map(|i| format!("{i} {}", paragraph.repeat(3)))
            .collect();
        article(&text.join("\n"))
    }

    /// Every non-space character shown, page after page.
    fn shown_text(layout: &Layout, article: &Article) -> String {
        (0..layout.page_count())
            .flat_map(|page| layout.page(page).to_vec())
            .flat_map(|line| {
                article.text[line.range]
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn pages_hold_every_word_once_in_order() {
        let article = long_article();
        for (width, height) in [(20, 5), (72, 22), (5, 1), (200, 100)] {
            let layout = Layout::new(&article, width, height);
            let all: String = article
                .text
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            assert_eq!(shown_text(&layout, &article), all, "{width}x{height}");
            for page in 0..layout.page_count() {
                assert!(layout.page(page).len() <= height);
                assert_ne!(
                    layout.page(page).first().map(|l| l.kind),
                    Some(LineKind::Blank)
                );
            }
        }
    }

    #[test]
    fn page_of_offset_finds_the_page_showing_a_byte() {
        let article = long_article();
        let layout = Layout::new(&article, 40, 10);
        assert!(layout.page_count() > 5);
        for page in 0..layout.page_count() {
            let range = layout.page_range(page);
            assert_eq!(layout.page_of_offset(range.start), page);
            assert_eq!(layout.page_of_offset(range.end.saturating_sub(1)), page);
        }
        assert_eq!(layout.page_of_offset(usize::MAX), layout.page_count() - 1);
    }

    #[test]
    fn a_position_survives_a_resize() {
        let article = long_article();
        let offset = article.text.find("17 ").unwrap_or_default();
        for (width, height) in [(30, 8), (90, 40), (12, 3)] {
            let layout = Layout::new(&article, width, height);
            let page = layout.page_of_offset(offset);
            assert!(
                layout.page_range(page).contains(&offset),
                "{width}x{height}"
            );
        }
    }

    #[test]
    fn headings_get_their_own_lines() {
        let article = article("# Titre\n\nTexte du paragraphe.");
        let layout = Layout::new(&article, 40, 10);
        let kinds: Vec<LineKind> = layout.lines.iter().map(|line| line.kind).collect();
        assert_eq!(
            kinds,
            vec![LineKind::Heading, LineKind::Blank, LineKind::Text]
        );
    }

    #[test]
    fn a_layout_built_slice_by_slice_is_the_whole_layout() {
        let article = long_article();
        let whole = Layout::new(&article, 30, 7);
        let mut lazy = Layout::lazy(&article, 30, 7);
        let mut pages_seen = Vec::new();
        while !lazy.extend(&article, 200) {
            assert_eq!(lazy.total_pages(), None);
            // Pages found early never move.
            pages_seen.push((
                lazy.page_count(),
                lazy.page_start_offset(lazy.page_count() - 1),
            ));
        }
        assert_eq!(lazy, whole);
        assert_eq!(lazy.total_pages(), Some(whole.page_count()));
        for (count, start) in pages_seen {
            assert_eq!(whole.page_start_offset(count - 1), start);
        }
    }

    #[test]
    fn extend_to_stops_once_the_page_is_whole() {
        let article = long_article();
        let mut lazy = Layout::lazy(&article, 30, 7);
        let offset = article.text.find("5 ").unwrap_or_default();
        assert!(lazy.extend_to(&article, offset, usize::MAX));
        assert!(!lazy.is_complete());
        let page = lazy.page_holding(offset);
        assert_eq!(
            page,
            Some(Layout::new(&article, 30, 7).page_of_offset(offset))
        );
        let far = article.text.len() - 1;
        assert!(!lazy.extend_to(&article, far, 10), "too far for the budget");
        assert_eq!(lazy.page_holding(far), None);
    }

    #[test]
    fn an_empty_article_has_one_empty_page() {
        let layout = Layout::new(&article(""), 40, 10);
        assert_eq!(layout.page_count(), 1);
        assert!(layout.page(0).is_empty());
    }
}
