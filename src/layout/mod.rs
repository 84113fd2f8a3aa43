//! The third stage: an article's blocks become wrapped lines and pages for
//! one text width and height. Lines are byte ranges into the article text,
//! so any position (a quote, the top of the screen) is a byte offset that
//! survives a re-layout at another size.

mod wrap;

use std::ops::Range;

use crate::article::{Article, BlockKind};

pub use wrap::{WrapOptions, wrap, wrap_with};

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
    /// The line ends inside a hyphenated word: the view adds the "-".
    pub hyphen: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub width: usize,
    pub height: usize,
    pub lines: Vec<Line>,
    /// Index into `lines` of each page's first line.
    page_starts: Vec<usize>,
}

impl Layout {
    /// Lay out `article` in a text area of `width` × `height` cells.
    pub fn new(article: &Article, width: usize, height: usize) -> Layout {
        Layout::with_options(article, width, height, WrapOptions::default())
    }

    /// [`Layout::new`], wrapping as `options` say.
    pub fn with_options(
        article: &Article,
        width: usize,
        height: usize,
        options: WrapOptions,
    ) -> Layout {
        let width = width.max(1);
        let height = height.max(1);
        let mut lines = Vec::new();
        for (index, block) in article.blocks.iter().enumerate() {
            let kind = match block.kind {
                BlockKind::Heading => LineKind::Heading,
                BlockKind::Paragraph => LineKind::Text,
            };
            if index > 0 {
                let at = block.span.start;
                lines.push(Line {
                    range: at..at,
                    kind: LineKind::Blank,
                    hyphen: false,
                });
            }
            lines.extend(
                wrap_with(&article.text, block.span.clone(), width, options)
                    .into_iter()
                    .map(|line| Line {
                        range: line.range,
                        kind,
                        hyphen: line.hyphen,
                    }),
            );
        }
        let page_starts = paginate(&lines, height);
        Layout {
            width,
            height,
            lines,
            page_starts,
        }
    }

    pub fn page_count(&self) -> usize {
        self.page_starts.len().max(1)
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
    /// if the offset falls between lines).
    pub fn page_of_offset(&self, offset: usize) -> usize {
        let line = self
            .lines
            .partition_point(|line| line.range.start <= offset)
            .saturating_sub(1);
        self.page_starts
            .partition_point(|&start| start <= line)
            .saturating_sub(1)
    }

    /// The offset of the first character shown on `page`.
    pub fn page_start_offset(&self, page: usize) -> usize {
        self.page(page).first().map_or(0, |line| line.range.start)
    }

    /// Byte range shown on `page`, from its first to its last character.
    pub fn page_range(&self, page: usize) -> Range<usize> {
        let lines = self.page(page);
        let start = lines.first().map_or(0, |line| line.range.start);
        let end = lines.last().map_or(start, |line| line.range.end);
        start..end
    }
}

/// Pages of `height` lines; a page never opens on a blank line.
fn paginate(lines: &[Line], height: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        if lines[index].kind == LineKind::Blank {
            index += 1;
            continue;
        }
        starts.push(index);
        index += height;
    }
    starts
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
    fn an_empty_article_has_one_empty_page() {
        let layout = Layout::new(&article(""), 40, 10);
        assert_eq!(layout.page_count(), 1);
        assert!(layout.page(0).is_empty());
    }
}
