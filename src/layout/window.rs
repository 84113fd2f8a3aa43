//! Lines around a place the counted layout has not reached yet: wrapped
//! block by block from that place, so showing text deep in a long article
//! costs the blocks on screen, not everything before them.

use super::wrap::{is_break_space, starts_free_word, wrap_with};
use super::{Line, LineKind, WrapOptions, line_kind, push_block_lines};
use crate::article::Article;

/// Bytes first wrapped per line wanted when a page starts inside a block;
/// doubled until the page is full.
const BYTES_PER_LINE_GUESS: usize = 64;

/// The block that holds `offset`, or the next one if it falls between.
fn block_at(article: &Article, offset: usize) -> usize {
    article
        .blocks
        .partition_point(|block| block.span.end <= offset)
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
    let mut lines = Vec::new();
    let mut block = block_at(article, offset);
    let mut buffer = Vec::new();
    while lines.len() < count && block < article.blocks.len() {
        buffer.clear();
        push_block_lines(article, block, width, options, &mut buffer);
        for line in buffer.drain(..).filter(|line| line.range.end > offset) {
            let opens_on_blank = lines.is_empty() && line.kind == LineKind::Blank;
            if lines.len() < count && !opens_on_blank {
                lines.push(line);
            }
        }
        block += 1;
    }
    lines
}

/// Up to `count` lines from `start`, a line start (a page's): like
/// [`lines_after`], but inside a long block only the part of the block
/// from `resume` on is wrapped, and only as far as the lines need.
/// `resume` must be a line start at or before `start` where wrapping can
/// start over ([`starts_free_word`]), or else the block's start.
pub fn lines_from_line_start(
    article: &Article,
    width: usize,
    options: WrapOptions,
    (resume, start): (usize, usize),
    count: usize,
) -> Vec<Line> {
    let index = block_at(article, start);
    let Some(block) = article.blocks.get(index) else {
        return Vec::new();
    };
    let text = &article.text;
    if start <= block.span.start {
        return lines_after(article, width, options, start, count);
    }
    let resume = if resume >= block.span.start && resume <= start {
        resume
    } else {
        block.span.start
    };
    let kind = line_kind(block.kind);
    let mut chunk = (count + 1).saturating_mul(BYTES_PER_LINE_GUESS.max(width));
    let mut lines: Vec<Line> = loop {
        let end = free_cut(text, block.span.clone(), start.saturating_add(chunk));
        let wrapped: Vec<_> = wrap_with(text, resume..end, width, options)
            .into_iter()
            .filter(|line| line.range.start >= start)
            .collect();
        // Before a free word, the words are those of the whole block: all
        // lines but the last (which may go on past `end`) are final.
        if end == block.span.end || wrapped.len() > count {
            break wrapped
                .into_iter()
                .take(count)
                .map(|line| Line {
                    range: line.range,
                    kind,
                    hyphen: line.hyphen,
                })
                .collect();
        }
        chunk = chunk.saturating_mul(2);
    };
    let mut next = index + 1;
    let mut buffer = Vec::new();
    while lines.len() < count && next < article.blocks.len() {
        buffer.clear();
        push_block_lines(article, next, width, options, &mut buffer);
        lines.extend(buffer.drain(..).take(count - lines.len()));
        next += 1;
    }
    lines
}

/// The first place at or after `from` in `block` where a free word starts
/// (see [`starts_free_word`]), or the block's end.
fn free_cut(text: &str, block: std::ops::Range<usize>, from: usize) -> usize {
    let mut at = from.min(block.end);
    while !text.is_char_boundary(at) {
        at += 1;
    }
    while at < block.end {
        if starts_free_word(text, block.clone(), at) {
            return at;
        }
        // On to the start of the next word.
        let rest = &text[at..block.end];
        let word_end = rest.find(is_break_space).unwrap_or(rest.len());
        let spaces = rest[word_end..].trim_start_matches(is_break_space);
        at = block.end - spaces.len();
    }
    block.end
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
    let mut reversed: Vec<Line> = Vec::new();
    let mut block = (block_at(article, offset) + 1).min(article.blocks.len());
    let mut buffer = Vec::new();
    while reversed.len() < count && block > 0 {
        block -= 1;
        buffer.clear();
        push_block_lines(article, block, width, options, &mut buffer);
        let earlier = buffer
            .drain(..)
            .rev()
            .filter(|line| line.range.end <= offset);
        reversed.extend(earlier.take(count - reversed.len()));
    }
    while reversed
        .last()
        .is_some_and(|line| line.kind == LineKind::Blank)
    {
        reversed.pop();
    }
    reversed.reverse();
    reversed
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

    #[test]
    fn pages_inside_long_blocks_wrap_only_what_they_need_and_the_same() {
        let sentence = "« Venez », dit-il ; “oui” — 東京都の市長 👩‍👩‍👧 ok ! ";
        let long = format!("{}\n\nfin", sentence.repeat(60));
        let article = Article::from_bytes(long.as_bytes(), "test");
        for width in [1, 4, 9, 30, 71] {
            let lines = all_lines(&article, width);
            let block = article.blocks[0].span.clone();
            let mut resume = 0;
            for (index, line) in lines.iter().enumerate() {
                if starts_free_word(&article.text, block.clone(), line.range.start) {
                    resume = line.range.start;
                }
                if line.kind == LineKind::Blank || index % 7 != 0 {
                    continue;
                }
                let expected: Vec<Line> = lines[index..].iter().take(5).cloned().collect();
                let at = (resume, line.range.start);
                let found = lines_from_line_start(&article, width, WrapOptions::default(), at, 5);
                assert_eq!(found, expected, "width {width}, line {index}");
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
