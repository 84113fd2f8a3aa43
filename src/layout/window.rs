//! Lines around a place, wrapped on their own: from the block's start, or
//! from a place where wrapping can start over ([`Resume`]) that the pages
//! counted so far offer. Showing text deep in a long article costs the
//! lines on screen (and those before them in their block, when nothing
//! nearer is known), not everything before them.

use std::collections::VecDeque;

use super::wrap::{Resume, lines_from};
use super::{Line, LineKind, WrapOptions, line_kind};
use crate::article::Article;

/// The block that holds `offset`, or the next one if it falls between.
pub(super) fn block_at(article: &Article, offset: usize) -> usize {
    article
        .blocks
        .partition_point(|block| block.span.end <= offset)
}

/// A line of a block and how wrapping can start over at its start.
pub(super) type Counted = (Line, Option<Resume>);

/// Block `index`'s lines from `from` on (its start when None, after the
/// blank line that parts it from the block before), wrapped as they are
/// taken.
pub(super) fn block_lines(
    article: &Article,
    index: usize,
    from: Option<Resume>,
    width: usize,
    options: WrapOptions,
) -> impl Iterator<Item = Counted> + '_ {
    let block = article.blocks.get(index);
    let span = block.map_or(0..0, |block| block.span.clone());
    let kind = block.map_or(LineKind::Text, |block| line_kind(block.kind));
    let blank = (from.is_none() && index > 0 && block.is_some()).then(|| {
        let line = Line {
            range: span.start..span.start,
            kind: LineKind::Blank,
            hyphen: false,
        };
        (line, None)
    });
    let from = from.unwrap_or(Resume::word_start(span.start));
    let lines = block
        .map(|_| lines_from(&article.text, span, from, width, options))
        .into_iter()
        .flatten()
        .map(move |wrapped| {
            let line = Line {
                range: wrapped.range,
                kind,
                hyphen: wrapped.hyphen,
            };
            (line, wrapped.resume)
        });
    blank.into_iter().chain(lines)
}

/// Every line from `from` to the article's end, `from` inside block
/// `first`.
fn lines_onwards(
    article: &Article,
    (first, from): (usize, Option<Resume>),
    width: usize,
    options: WrapOptions,
) -> impl Iterator<Item = Line> + '_ {
    (first..article.blocks.len()).flat_map(move |index| {
        let from = from.filter(|_| index == first);
        block_lines(article, index, from, width, options).map(|(line, _)| line)
    })
}

/// `hint` if it can stand for wrapping from the start of the block that
/// holds `offset`: a place in that block at or before `offset`.
fn usable(article: &Article, hint: Option<Resume>, offset: usize) -> Option<Resume> {
    let block = article.blocks.get(block_at(article, offset))?;
    hint.filter(|hint| hint.at >= block.span.start && hint.at <= offset)
}

/// Up to `count` lines from the one holding `offset` (or the next line, if
/// `offset` falls between lines), never opening on a blank line.
pub fn lines_after(
    article: &Article,
    width: usize,
    options: WrapOptions,
    offset: usize,
    count: usize,
) -> Vec<Line> {
    lines_after_from(article, width, options, (offset, None), count)
}

/// [`lines_after`], wrapping from `hint` (a place where wrapping can start
/// over) when it lies in the same block, before `offset`.
pub(super) fn lines_after_from(
    article: &Article,
    width: usize,
    options: WrapOptions,
    (offset, hint): (usize, Option<Resume>),
    count: usize,
) -> Vec<Line> {
    let first = block_at(article, offset);
    let from = usable(article, hint, offset);
    lines_onwards(article, (first, from), width, options)
        .filter(|line| line.range.end > offset)
        .skip_while(|line| line.kind == LineKind::Blank)
        .take(count)
        .collect()
}

/// Up to `count` lines from `start`, a line start such as a page's,
/// wrapped from `from`, a place at or before it where wrapping can start
/// over.
pub(super) fn lines_from_line_start(
    article: &Article,
    width: usize,
    options: WrapOptions,
    (from, start): (Resume, usize),
    count: usize,
) -> Vec<Line> {
    let first = block_at(article, from.at);
    lines_onwards(article, (first, Some(from)), width, options)
        .skip_while(|line| line.range.start < start)
        .take(count)
        .collect()
}

/// Up to `count` lines that end at or before `offset`, in order, never
/// opening on a blank line.
pub fn lines_before(
    article: &Article,
    width: usize,
    options: WrapOptions,
    offset: usize,
    count: usize,
) -> Vec<Line> {
    lines_before_from(article, width, options, (offset, None), count)
}

/// [`lines_before`], wrapping from `hint` (a place where wrapping can
/// start over, in any block before `offset`) if the lines from there are
/// enough.
pub(super) fn lines_before_from(
    article: &Article,
    width: usize,
    options: WrapOptions,
    (offset, hint): (usize, Option<Resume>),
    count: usize,
) -> Vec<Line> {
    if let Some(hint) = hint.filter(|hint| hint.at <= offset) {
        let first = block_at(article, hint.at);
        let lines = last_lines(
            lines_onwards(article, (first, Some(hint)), width, options),
            offset,
            count,
        );
        if lines.len() == count {
            return without_leading_blanks(lines.into());
        }
    }
    let mut reversed: Vec<Line> = Vec::new();
    let mut block = (block_at(article, offset) + 1).min(article.blocks.len());
    while reversed.len() < count && block > 0 {
        block -= 1;
        let lines = block_lines(article, block, None, width, options).map(|(line, _)| line);
        let earlier = last_lines(lines, offset, count - reversed.len());
        reversed.extend(earlier.into_iter().rev());
    }
    reversed.reverse();
    without_leading_blanks(reversed)
}

/// The last `count` of `lines` that end at or before `offset`.
fn last_lines(lines: impl Iterator<Item = Line>, offset: usize, count: usize) -> VecDeque<Line> {
    let mut last = VecDeque::with_capacity(count);
    for line in lines.take_while(|line| line.range.end <= offset) {
        if last.len() == count {
            last.pop_front();
        }
        last.push_back(line);
    }
    last
}

fn without_leading_blanks(mut lines: Vec<Line>) -> Vec<Line> {
    let blanks = lines
        .iter()
        .take_while(|line| line.kind == LineKind::Blank)
        .count();
    lines.drain(..blanks);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::all_lines;

    fn article() -> Article {
        let text: Vec<String> = (0..40)
            .map(|i| {
                format!(
                    "{i} Un paragraphe de quelques mots qui tient sur plusieurs lignes étroites."
                )
            })
            .collect();
        Article::from_bytes(text.join("\n\n").as_bytes(), "test")
    }

    /// The windows agree with the whole layout's lines, wherever they start.
    #[test]
    fn windows_match_the_whole_layout() {
        let article = article();
        let lines = &all_lines(&article, 17);
        for (index, line) in lines.iter().enumerate() {
            if line.kind == LineKind::Blank {
                continue;
            }
            let after = lines_after(&article, 17, WrapOptions::default(), line.range.start, 6);
            let expected: Vec<Line> = lines[index..].iter().take(6).cloned().collect();
            assert_eq!(after, expected, "after line {index}");
            let before = lines_before(&article, 17, WrapOptions::default(), line.range.start, 4);
            let mut expected: Vec<Line> = lines[index.saturating_sub(4)..index].to_vec();
            while expected
                .first()
                .is_some_and(|line| line.kind == LineKind::Blank)
            {
                expected.remove(0);
            }
            assert_eq!(before, expected, "before line {index}");
        }
    }

    /// Wrapping from any line start that offers a resume point, in the
    /// middle of a long block, gives the whole block's lines.
    #[test]
    fn pages_inside_long_blocks_wrap_only_what_they_need_and_the_same() {
        let sentence = "« Venez », dit-il ; “oui” — 東京都の市長 👩‍👩‍👧 ok ! ";
        let long = format!("{}\n\nfin", sentence.repeat(60));
        let article = Article::from_bytes(long.as_bytes(), "test");
        for width in [1, 4, 9, 30, 71] {
            let options = WrapOptions::default();
            let lines: Vec<Counted> = (0..article.blocks.len())
                .flat_map(|index| block_lines(&article, index, None, width, options))
                .collect();
            let mut resume = Resume::word_start(0);
            for (index, (line, offered)) in lines.iter().enumerate() {
                resume = offered.unwrap_or(resume);
                if line.kind == LineKind::Blank || index % 7 != 0 {
                    continue;
                }
                let expected: Vec<Line> = lines[index..]
                    .iter()
                    .take(5)
                    .map(|(line, _)| line.clone())
                    .collect();
                let at = (resume, line.range.start);
                let found = lines_from_line_start(&article, width, options, at, 5);
                assert_eq!(found, expected, "width {width}, line {index}");
            }
        }
    }

    #[test]
    fn a_hint_gives_the_same_windows() {
        let article = article();
        let options = WrapOptions::default();
        let counted: Vec<Counted> = (0..article.blocks.len())
            .flat_map(|index| block_lines(&article, index, None, 17, options))
            .collect();
        let hints: Vec<Resume> = counted
            .iter()
            .filter_map(|(_, resume)| *resume)
            .step_by(7)
            .collect();
        let places = counted
            .iter()
            .filter(|(line, _)| line.kind != LineKind::Blank);
        for (line, _) in places.step_by(5) {
            let offset = line.range.start + 1;
            let plain_after = lines_after(&article, 17, options, offset, 3);
            let plain_before = lines_before(&article, 17, options, offset, 3);
            for &hint in hints.iter().filter(|hint| hint.at <= offset) {
                let after = lines_after_from(&article, 17, options, (offset, Some(hint)), 3);
                assert_eq!(after, plain_after, "after {offset} from {hint:?}");
                let before = lines_before_from(&article, 17, options, (offset, Some(hint)), 3);
                assert_eq!(before, plain_before, "before {offset} from {hint:?}");
            }
        }
    }

    #[test]
    fn a_place_inside_a_line_opens_on_that_line() {
        let article = article();
        let lines = all_lines(&article, 17);
        let line = &lines[7];
        let inside = line.range.start + 2;
        assert_eq!(
            lines_after(&article, 17, WrapOptions::default(), inside, 1),
            vec![line.clone()]
        );
        assert!(
            lines_before(&article, 17, WrapOptions::default(), inside, 50)
                .iter()
                .all(|l| l.range.end <= inside)
        );
    }
}
