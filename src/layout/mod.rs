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
pub use wrap::{Lines, Resume, WrapOptions, Wrapped, lines_from, wrap, wrap_with};

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

fn line_kind(kind: BlockKind) -> LineKind {
    match kind {
        BlockKind::Heading => LineKind::Heading,
        BlockKind::Paragraph => LineKind::Text,
    }
}

/// Every line of every block of `article` at `width`, in order: what the
/// pages of a [`Layout`] hold, one after the other.
pub fn all_lines(article: &Article, width: usize) -> Vec<Line> {
    (0..article.blocks.len())
        .flat_map(|index| {
            window::block_lines(article, index, None, width.max(1), WrapOptions::default())
        })
        .map(|(line, _)| line)
        .collect()
}

/// Where a page opens, and where wrapping starts over to show it: the
/// page's start itself, or the last line start before it where wrapping
/// can start over (inside a hyphenated word, it cannot).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PageStart {
    at: usize,
    resume: Resume,
}

/// Bytes of one block wrapped at most to show lines past the count as the
/// count will have them (see [`Layout::restart_near`]).
const EXACT_REACH: usize = 256 * 1024;

/// Bytes counted at least per round while looking for one page.
const EXTEND_TO_STEP: usize = 4096;

/// Pages of one article at one size. Only where each page starts is kept
/// (two offsets per page, not a range per line), so a long article costs
/// little beyond its text; a page's lines are wrapped again when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub width: usize,
    pub height: usize,
    pub options: WrapOptions,
    pages: Vec<PageStart>,
    /// Lines already on the last page found, or None once it is full (the
    /// next line that is not blank opens a page).
    last_page_lines: Option<usize>,
    /// The block counting is in: blocks before it are counted.
    block: usize,
    /// Where counting goes on inside that block (None: at its start,
    /// before the blank line that parts it from the one before).
    resume: Option<Resume>,
    blocks_total: usize,
    /// The offset where the text not counted yet starts.
    counted_to: usize,
    /// The last line start counted where wrapping can start over.
    last_resume: Resume,
}

impl Layout {
    /// Lay out all of `article` in a text area of `width` × `height` cells.
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
        let mut layout = Layout::lazy(article, width, height, options);
        layout.extend(article, usize::MAX);
        layout
    }

    /// A layout with nothing wrapped yet; [`Layout::extend`] does the work.
    pub fn lazy(article: &Article, width: usize, height: usize, options: WrapOptions) -> Layout {
        Layout {
            width: width.max(1),
            height: height.max(1),
            options,
            pages: Vec::new(),
            last_page_lines: None,
            block: 0,
            resume: None,
            blocks_total: article.blocks.len(),
            counted_to: 0,
            last_resume: Resume::word_start(0),
        }
    }

    /// Count about `budget` bytes of text further (at least one line; a
    /// little more where the line that would end the step is one wrapping
    /// cannot start over at); returns true once the whole article is laid
    /// out. The work is bounded by the budget, even inside one huge block.
    pub fn extend(&mut self, article: &Article, budget: usize) -> bool {
        let stop_at = self.counted_to.saturating_add(budget.max(1));
        while !self.is_complete() && self.counted_to < stop_at {
            self.count_in_block(article, stop_at);
        }
        self.is_complete()
    }

    /// Count the lines of the block counting is in, from where it stopped,
    /// up to its end or to the first line at or after `stop_at` where
    /// wrapping can start over (counting goes on there next time).
    fn count_in_block(&mut self, article: &Article, stop_at: usize) {
        let from = self.resume;
        let lines = window::block_lines(article, self.block, from, self.width, self.options);
        for (line, resume) in lines {
            let later = |resume: &Resume| from.is_none_or(|from| resume.at > from.at);
            if let Some(resume) = resume.filter(|resume| resume.at >= stop_at && later(resume)) {
                self.resume = Some(resume);
                self.counted_to = resume.at;
                return;
            }
            self.count_line(&line, resume);
        }
        self.block += 1;
        self.resume = None;
        self.counted_to = article
            .blocks
            .get(self.block)
            .map_or(article.text.len(), |block| block.span.start);
    }

    /// Count `line` into pages of `height` lines; a page never opens on a
    /// blank line.
    fn count_line(&mut self, line: &Line, resume: Option<Resume>) {
        if let Some(resume) = resume {
            self.last_resume = resume;
        }
        self.last_page_lines = match self.last_page_lines {
            None if line.kind == LineKind::Blank => None,
            None => {
                self.pages.push(PageStart {
                    at: line.range.start,
                    resume: self.last_resume,
                });
                Some(1)
            }
            Some(count) => Some(count + 1),
        }
        .filter(|&count| count < self.height);
    }

    /// Count until the page holding `offset` is known and whole, if that
    /// takes at most `budget` bytes of work; returns whether it is.
    pub fn extend_to(&mut self, article: &Article, offset: usize, budget: usize) -> bool {
        let limit = self.counted_to.saturating_add(budget);
        if offset > limit {
            // Out of reach: leave the work to the background.
            return self.page_is_whole(offset);
        }
        while !self.page_is_whole(offset) && !self.is_complete() && self.counted_to < limit {
            let step = offset.saturating_sub(self.counted_to).max(EXTEND_TO_STEP);
            self.extend(article, step.min(limit - self.counted_to));
        }
        self.page_is_whole(offset)
    }

    /// True once every block is wrapped and every page counted.
    pub fn is_complete(&self) -> bool {
        self.block >= self.blocks_total
    }

    /// Text before this offset is laid out.
    pub fn counted_to(&self) -> usize {
        self.counted_to
    }

    /// Pages found so far: the total once [`Layout::is_complete`].
    pub fn page_count(&self) -> usize {
        self.pages.len().max(1)
    }

    /// The total number of pages, once it is known.
    pub fn total_pages(&self) -> Option<usize> {
        self.is_complete().then(|| self.page_count())
    }

    /// The lines of page `page` (0-based), wrapped again from its start;
    /// empty past the pages found.
    pub fn page(&self, article: &Article, page: usize) -> Vec<Line> {
        let Some(start) = self.pages.get(page) else {
            return Vec::new();
        };
        window::lines_from_line_start(
            article,
            self.width,
            self.options,
            (start.resume, start.at),
            self.height,
        )
    }

    /// The last place known at or before `offset` where wrapping can start
    /// over: a counted page's, or where counting stopped.
    fn resume_before(&self, offset: usize) -> Option<Resume> {
        let counting = self.resume.filter(|resume| resume.at <= offset);
        let page = self.pages.partition_point(|page| page.at <= offset);
        let paged = page
            .checked_sub(1)
            .and_then(|page| self.pages.get(page))
            .map(|page| page.resume);
        counting
            .into_iter()
            .chain(paged)
            .max_by_key(|resume| resume.at)
    }

    /// Where to wrap from to show the text `back` bytes before `offset`
    /// and on: `known` (or the block's start) when that is near enough,
    /// else the start of a word near that place, in a block too long to
    /// wrap from its start at once. Lines wrapped from there may break
    /// elsewhere than the count will: they are shown only until the page
    /// is counted.
    fn restart_near(
        &self,
        article: &Article,
        (offset, back): (usize, usize),
        known: Option<Resume>,
    ) -> Option<Resume> {
        let index = window::block_at(article, offset.saturating_sub(1));
        let Some(block) = article.blocks.get(index) else {
            return known;
        };
        let from = known
            .filter(|known| known.at >= block.span.start)
            .map_or(block.span.start, |known| known.at);
        if offset.saturating_sub(from) <= EXACT_REACH.saturating_add(back) {
            return known;
        }
        let near = offset.saturating_sub(back);
        wrap::word_start_near(&article.text, block.span.clone(), near)
            .map(Resume::word_start)
            .or(known)
    }

    /// Up to `count` lines from the one holding `offset` (see
    /// [`lines_after`]), wrapped from the nearest place known before it.
    pub fn lines_after(&self, article: &Article, offset: usize, count: usize) -> Vec<Line> {
        let hint = self.restart_near(article, (offset, 0), self.resume_before(offset));
        window::lines_after_from(article, self.width, self.options, (offset, hint), count)
    }

    /// Up to `count` lines ending at or before `offset` (see
    /// [`lines_before`]), wrapped from a page start known well before it
    /// when there is one.
    pub fn lines_before(&self, article: &Article, offset: usize, count: usize) -> Vec<Line> {
        let page = self.pages.partition_point(|page| page.at < offset);
        // Pages before the one ending at `offset` hold enough lines, unless
        // a block starts between (then the block's start serves).
        let back = count.div_ceil(self.height) + 1;
        let hint = page
            .checked_sub(back)
            .and_then(|page| self.pages.get(page))
            .map(|page| page.resume);
        // Enough bytes for `count` full lines of four-byte characters.
        let bytes = count.saturating_mul(self.width.saturating_mul(4).saturating_add(1));
        let hint = self.restart_near(article, (offset, bytes), hint);
        window::lines_before_from(article, self.width, self.options, (offset, hint), count)
    }

    /// The page that shows the byte at `offset` (the nearest earlier text
    /// if the offset falls between lines), among the pages found so far.
    pub fn page_of_offset(&self, offset: usize) -> usize {
        self.pages
            .partition_point(|page| page.at <= offset)
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
        if offset >= self.counted_to || self.pages.is_empty() {
            return false;
        }
        let page = self.page_of_offset(offset);
        page + 1 < self.pages.len() || self.last_page_lines.is_none()
    }

    /// The offset of the first character shown on `page`.
    pub fn page_start_offset(&self, page: usize) -> usize {
        self.pages.get(page).map_or(0, |page| page.at)
    }

    /// Byte range shown on `page`, from its first to its last character.
    pub fn page_range(&self, article: &Article, page: usize) -> Range<usize> {
        range_of(&self.page(article, page))
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
            .flat_map(|page| layout.page(article, page))
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
                assert!(layout.page(&article, page).len() <= height);
                assert_ne!(
                    layout.page(&article, page).first().map(|l| l.kind),
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
            let range = layout.page_range(&article, page);
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
                layout.page_range(&article, page).contains(&offset),
                "{width}x{height}"
            );
        }
    }

    #[test]
    fn headings_get_their_own_lines() {
        let article = article("# Titre\n\nTexte du paragraphe.");
        let kinds: Vec<LineKind> = all_lines(&article, 40)
            .iter()
            .map(|line| line.kind)
            .collect();
        assert_eq!(
            kinds,
            vec![LineKind::Heading, LineKind::Blank, LineKind::Text]
        );
    }

    #[test]
    fn a_layout_built_slice_by_slice_is_the_whole_layout() {
        let article = long_article();
        let whole = Layout::new(&article, 30, 7);
        let mut lazy = Layout::lazy(&article, 30, 7, WrapOptions::default());
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
        let mut lazy = Layout::lazy(&article, 30, 7, WrapOptions::default());
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

    /// Counting between frames: each step counts about its budget, even
    /// inside a paragraph of a megabyte, so no step freezes the screen.
    #[test]
    fn a_counting_step_inside_a_huge_paragraph_is_bounded() {
        let article = article(&"mot ".repeat(250_000));
        assert_eq!(article.blocks.len(), 1);
        let (width, budget) = (30, 64 * 1024);
        let mut lazy = Layout::lazy(&article, width, 10, WrapOptions::default());
        let mut steps = 0;
        let mut before = 0;
        while !lazy.extend(&article, budget) {
            let counted = lazy.counted_to() - before;
            assert!(
                counted >= budget && counted <= budget + width,
                "step {steps}: {counted}"
            );
            before = lazy.counted_to();
            steps += 1;
        }
        assert_eq!(steps, article.text.len() / budget);
        assert_eq!(lazy, Layout::new(&article, width, 10));
    }

    /// A page inside a word cut to fit wraps again from its own start, so
    /// showing it costs a page, wherever it is in the word.
    #[test]
    fn pages_inside_a_long_word_start_over_at_their_own_start() {
        let article = article(&format!("Il dit « {} » puis part.", "ab".repeat(5000)));
        for (width, height) in [(1, 1), (7, 3), (40, 2)] {
            let layout = Layout::new(&article, width, height);
            assert!(layout.page_count() > 100);
            for page in &layout.pages {
                assert_eq!(page.resume.at, page.at, "{width}×{height}");
            }
        }
    }

    /// Deep in a paragraph longer than what is wrapped at once, past the
    /// count, the lines shown start near the place: whole words, within the
    /// width, the place on the first line after it or the last before it.
    #[test]
    fn lines_far_past_the_count_in_a_huge_paragraph_start_near_them() {
        let article = article(&"Le mot juste, « dit-il ». ".repeat(40_000));
        assert_eq!(article.blocks.len(), 1);
        let mut layout = Layout::lazy(&article, 33, 6, WrapOptions::default());
        layout.extend(&article, 10_000);
        let text = &article.text;
        let deep = text.len() / 2 + 7;
        // Wrapping starts within a kilobyte of the place, not at the count.
        let restart = layout.restart_near(&article, (deep, 0), layout.resume_before(deep));
        assert!(
            restart.is_some_and(|restart| deep - restart.at <= 1024),
            "{restart:?}"
        );
        let after = layout.lines_after(&article, deep, 6);
        let end = text.len();
        let before = layout.lines_before(&article, end, 6);
        for lines in [&after, &before] {
            assert_eq!(lines.len(), 6);
            for pair in lines.windows(2) {
                let between = &text[pair[0].range.end..pair[1].range.start];
                assert!(!between.is_empty() && between.trim().is_empty(), "{pair:?}");
            }
            for line in lines.iter() {
                assert!(text[line.range.clone()].chars().count() <= 33, "{line:?}");
            }
        }
        assert!(after[0].range.start <= deep && deep < after[0].range.end + 1);
        assert_eq!(
            before.last().map(|line| line.range.end),
            Some(text.trim_end().len())
        );
        // Once counted, the page holding the place is the count's own.
        layout.extend(&article, usize::MAX);
        let page = layout.page_of_offset(deep);
        assert!(layout.page_range(&article, page).contains(&deep));
    }

    #[test]
    fn an_empty_article_has_one_empty_page() {
        let layout = Layout::new(&article(""), 40, 10);
        assert_eq!(layout.page_count(), 1);
        assert!(layout.page(&article(""), 0).is_empty());
    }
}
