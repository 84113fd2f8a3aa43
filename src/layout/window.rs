//! Lines around a place the counted layout has not reached yet: wrapped
//! block by block from that place, so showing text deep in a long article
//! costs the blocks on screen, not everything before them.

use super::{Line, LineKind, push_block_lines};
use crate::article::Article;

/// The block that holds `offset`, or the next one if it falls between.
fn block_at(article: &Article, offset: usize) -> usize {
    article
        .blocks
        .partition_point(|block| block.span.end <= offset)
}

/// Up to `count` lines from the one holding `offset` (or the next line, if
/// `offset` falls between lines), never opening on a blank line.
pub fn lines_after(article: &Article, width: usize, offset: usize, count: usize) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut block = block_at(article, offset);
    let mut buffer = Vec::new();
    while lines.len() < count && block < article.blocks.len() {
        buffer.clear();
        push_block_lines(article, block, width, &mut buffer);
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

/// Up to `count` lines that end at or before `offset`, in order, never
/// opening on a blank line.
pub fn lines_before(article: &Article, width: usize, offset: usize, count: usize) -> Vec<Line> {
    let mut reversed: Vec<Line> = Vec::new();
    let mut block = (block_at(article, offset) + 1).min(article.blocks.len());
    let mut buffer = Vec::new();
    while reversed.len() < count && block > 0 {
        block -= 1;
        buffer.clear();
        push_block_lines(article, block, width, &mut buffer);
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
    use crate::layout::Layout;

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
        let layout = Layout::new(&article, 17, 5);
        let lines = &layout.lines;
        for (index, line) in lines.iter().enumerate() {
            if line.kind == LineKind::Blank {
                continue;
            }
            let after = lines_after(&article, 17, line.range.start, 6);
            let expected: Vec<Line> = lines[index..].iter().take(6).cloned().collect();
            assert_eq!(after, expected, "after line {index}");
            let before = lines_before(&article, 17, line.range.start, 4);
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
    fn a_place_inside_a_line_opens_on_that_line() {
        let article = article();
        let layout = Layout::new(&article, 17, 5);
        let line = &layout.lines[7];
        let inside = line.range.start + 2;
        assert_eq!(lines_after(&article, 17, inside, 1), vec![line.clone()]);
        assert!(
            lines_before(&article, 17, inside, 50)
                .iter()
                .all(|l| l.range.end <= inside)
        );
    }
}
