//! Wrapping one block into lines, as byte ranges of the article text.
//!
//! Words are split at breakable spaces only; no-break spaces (U+00A0,
//! U+202F) glue, and so does a plain space that would leave a lone « or “ at
//! a line end or a lone », ”, ! ? : ; at a line start. Lines are then chosen
//! by textwrap's first-fit algorithm (linear, and what readers expect of a
//! terminal pager), and words wider than the line are cut between
//! characters. A character wider than the whole line (a CJK character in a
//! one-cell column) stands alone on its line; the view clips it.

use std::ops::Range;

use textwrap::core::{Word, display_width};
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthChar;

/// Characters that may break a line where they stand.
pub fn is_break_space(c: char) -> bool {
    c == ' ' || c == '\n' || c == '\u{2009}' || c == '\u{3000}'
}

/// A word made only of marks that open ("«", "“", "—") must not end a line.
fn is_opening(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| matches!(c, '«' | '“' | '„' | '‹' | '‘' | '(' | '[' | '—' | '–' | '"'))
}

/// A word that starts with a closing mark or French high punctuation
/// ("»", "».", "!", "?") must not start a line.
fn is_closing(word: &str) -> bool {
    word.starts_with(['»', '”', '›', '!', '?', ':', ';'])
        && word.chars().all(|c| !c.is_alphanumeric())
}

/// True when wrapping may start over at `at` inside `block` and give the
/// lines wrapping from the block's start gives from there: `at` opens a
/// word that follows breakable spaces and is glued to nothing before it.
/// (First-fit starts every line afresh, so from such a line start on, the
/// same words give the same lines.)
pub fn starts_free_word(text: &str, block: Range<usize>, at: usize) -> bool {
    if at <= block.start {
        return true;
    }
    let (Some(before), Some(after)) = (text.get(block.start..at), text.get(at..block.end)) else {
        return false;
    };
    let word_start = before.trim_end_matches(is_break_space).len();
    let separator = &before[word_start..];
    if separator.is_empty() || after.starts_with(is_break_space) {
        return false;
    }
    let previous_start = before[..word_start]
        .rfind(is_break_space)
        .map_or(0, |index| {
            index + before[index..].chars().next().map_or(1, char::len_utf8)
        });
    let previous = &before[previous_start..word_start];
    let word = &after[..after.find(is_break_space).unwrap_or(after.len())];
    separator != " " || !(is_opening(previous) || is_closing(word))
}

/// The last place at or before `at` in `block` where wrapping can start
/// over (see [`starts_free_word`]): the block's start at worst.
pub fn free_word_start_before(text: &str, block: Range<usize>, at: usize) -> usize {
    let mut at = at.clamp(block.start, block.end);
    while !starts_free_word(text, block.clone(), at) {
        let Some(before) = text.get(block.start..at) else {
            return block.start;
        };
        let not_space = |c: char| !is_break_space(c);
        let word_start = before.trim_end_matches(not_space);
        let previous = if word_start.len() < before.len() {
            // Inside a word: back to its start.
            word_start
        } else {
            // At a word glued to the one before: back to that one.
            word_start
                .trim_end_matches(is_break_space)
                .trim_end_matches(not_space)
        };
        at = block.start + previous.len();
    }
    at
}

/// `(start, word_end, whitespace_end)` for each space-separated word.
fn raw_words(text: &str) -> Vec<(usize, usize, usize)> {
    let mut words = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, _)) = chars.peek() {
        let mut word_end = text.len();
        while let Some(&(index, c)) = chars.peek() {
            if is_break_space(c) {
                word_end = index;
                break;
            }
            chars.next();
        }
        let mut space_end = text.len();
        while let Some(&(index, c)) = chars.peek() {
            if !is_break_space(c) {
                space_end = index;
                break;
            }
            chars.next();
        }
        words.push((start, word_end.min(space_end), space_end));
    }
    words
}

/// Glue marks to their neighbours across a single plain space.
fn glued_words(text: &str) -> Vec<(usize, usize, usize)> {
    let mut glued: Vec<(usize, usize, usize)> = Vec::new();
    for word in raw_words(text) {
        let joinable = |previous: &(usize, usize, usize)| text[previous.1..previous.2] == *" ";
        match glued.last_mut() {
            Some(previous)
                if joinable(previous)
                    && (is_opening(&text[previous.0..previous.1])
                        || is_closing(&text[word.0..word.1])) =>
            {
                previous.1 = word.1;
                previous.2 = word.2;
            }
            _ => glued.push(word),
        }
    }
    glued
}

/// Where a word wider than the line may be cut: between two characters
/// that are neither spaces nor marks that must stay with their neighbour,
/// and never before a zero-width (combining) character.
fn can_cut_between(before: char, after: char) -> bool {
    let width_of_after = after.width().unwrap_or(0);
    width_of_after > 0
        && !before.is_whitespace()
        && !after.is_whitespace()
        && !is_opening(before.encode_utf8(&mut [0; 4]))
        && !is_closing(after.encode_utf8(&mut [0; 4]))
}

/// Split a word wider than `width` into pieces that fit, preferring cuts
/// that leave no mark dangling; the last piece keeps the whitespace.
fn split_wide(word: Word<'_>, width: usize) -> Vec<Word<'_>> {
    if word.width <= width {
        return vec![word];
    }
    let text = word.word;
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = cut_point(&text[start..], width) + start;
        let piece = &text[start..end];
        pieces.push(Word {
            word: piece,
            whitespace: "",
            penalty: "",
            width: display_width(piece),
        });
        start = end;
    }
    if let Some(last) = pieces.last_mut() {
        last.whitespace = word.whitespace;
    }
    pieces
}

/// The byte length of the longest good first piece of `text` within
/// `width` cells (at least one character, so wrapping always advances).
fn cut_point(text: &str, width: usize) -> usize {
    let mut used = 0;
    let mut fits = 0; // bytes that fit
    let mut good = 0; // last good cut within `fits`
    let mut previous: Option<char> = None;
    for (index, c) in text.char_indices() {
        let cells = c.width().unwrap_or(0);
        if used + cells > width {
            break;
        }
        if let Some(before) = previous
            && can_cut_between(before, c)
        {
            good = index;
        }
        used += cells;
        fits = index + c.len_utf8();
        previous = Some(c);
    }
    if fits == text.len() {
        return fits;
    }
    if good > 0 {
        return good;
    }
    // No good cut: take what fits, keeping combining marks with their base.
    let mut end = fits.max(text.chars().next().map_or(1, char::len_utf8));
    while let Some(next) = text[end..].chars().next() {
        if next.width().unwrap_or(0) > 0 {
            break;
        }
        end += next.len_utf8();
    }
    end
}

/// Wrap `text[span]` to `width` cells; returns each line's byte range
/// (trailing spaces excluded), in order, covering every word once.
pub fn wrap(text: &str, span: Range<usize>, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let block = &text[span.clone()];
    let words: Vec<Word> = glued_words(block)
        .into_iter()
        .map(|(start, end, space_end)| Word {
            word: &block[start..end],
            whitespace: &block[end..space_end],
            penalty: "",
            width: display_width(&block[start..end]),
        })
        .collect();
    let words: Vec<Word> = words
        .into_iter()
        .flat_map(|word| split_wide(word, width))
        .collect();
    let base = block.as_ptr() as usize;
    let offset_of = |word: &str| word.as_ptr() as usize - base + span.start;
    wrap_first_fit(&words, &[width as f64])
        .into_iter()
        .filter_map(|line| {
            let first = line.first()?;
            let last = line.last()?;
            Some(offset_of(first.word)..offset_of(last.word) + last.word.len())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, 0..text.len(), width)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn lines_fit_and_keep_every_word() {
        let text =
            "Le président russe Vladimir Poutine s’est entretenu mercredi avec son homologue.";
        for width in 1..40 {
            let wrapped = lines(text, width);
            for line in &wrapped {
                assert!(display_width(line) <= width, "{line:?} at {width}");
            }
            let words: String = wrapped.concat().split_whitespace().collect();
            assert_eq!(words, text.split_whitespace().collect::<String>());
        }
    }

    #[test]
    fn guillemets_never_dangle_with_plain_or_no_break_spaces() {
        for space in [" ", "\u{a0}", "\u{202f}"] {
            let text = format!(
                "Il a dit «{space}Venez chez nous{space}» avant de partir, puis «{space}bientôt{space}»."
            );
            for width in 8..40 {
                for line in lines(&text, width) {
                    assert!(!line.ends_with('«'), "{line:?} at {width}");
                    assert!(!line.starts_with('»'), "{line:?} at {width}");
                }
            }
        }
    }

    #[test]
    fn wide_characters_are_measured_in_cells() {
        let text = "東京都の新しい市長は「改革を進める」と述べた。 emoji 👍🏽 ok";
        for width in 2..20 {
            for line in lines(text, width) {
                assert!(display_width(line) <= width, "{line:?} at {width}");
            }
        }
    }

    #[test]
    fn newlines_inside_a_block_wrap_like_spaces() {
        assert_eq!(lines("one\ntwo three", 9), vec!["one\ntwo", "three"]);
    }
}
