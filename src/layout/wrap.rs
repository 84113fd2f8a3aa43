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
use std::sync::LazyLock;

use hyphenation::{Language, Load, Standard};
use textwrap::WordSplitter;
use textwrap::core::Word;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::article::Lang;

/// How to wrap: only between words, or also inside them by hyphenation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WrapOptions {
    /// Hyphenate with this language's dictionary.
    pub hyphenate: Option<Lang>,
}

/// A wrapped line: its byte range, and whether it ends inside a word cut
/// by hyphenation. The hyphen is not in the text; its cell is reserved in
/// the width, and the view draws it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrapped {
    pub range: Range<usize>,
    pub hyphen: bool,
}

/// The embedded dictionaries, each read once, on first use.
fn splitter(lang: Lang) -> Option<&'static WordSplitter> {
    fn load(language: Language) -> Option<WordSplitter> {
        Standard::from_embedded(language)
            .ok()
            .map(WordSplitter::Hyphenation)
    }
    static ENGLISH: LazyLock<Option<WordSplitter>> = LazyLock::new(|| load(Language::EnglishUS));
    static FRENCH: LazyLock<Option<WordSplitter>> = LazyLock::new(|| load(Language::French));
    match lang {
        Lang::En => ENGLISH.as_ref(),
        Lang::Fr => FRENCH.as_ref(),
    }
}

const SHORTEST_HYPHENATED: usize = 5;

/// Cut `word` where the dictionary allows, between two letters only (so
/// never next to punctuation or inside a non-breaking group), each piece
/// but the last asking for a hyphen.
fn hyphenated<'a>(word: Word<'a>, splitter: &WordSplitter) -> Vec<Word<'a>> {
    let text = word.word;
    // Short words are left whole: dictionaries rarely allow a cut in them,
    // a cut there gains little, and skipping the lookup (the costly part)
    // makes hyphenated layout about a third faster.
    if text.chars().nth(SHORTEST_HYPHENATED - 1).is_none() {
        return vec![word];
    }
    let letter_before = |at: usize| {
        text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
    };
    let letter_after = |at: usize| text[at..].chars().next().is_some_and(char::is_alphabetic);
    let mut pieces = Vec::new();
    let mut start = 0;
    for at in splitter.split_points(text) {
        if at <= start || at >= text.len() || !text.is_char_boundary(at) {
            continue;
        }
        if !letter_before(at) || !letter_after(at) {
            continue;
        }
        let piece = &text[start..at];
        pieces.push(Word {
            word: piece,
            whitespace: "",
            penalty: "-",
            width: cells(piece),
        });
        start = at;
    }
    let rest = &text[start..];
    pieces.push(Word {
        word: rest,
        width: cells(rest),
        ..word
    });
    pieces
}

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

/// Split a word wider than `width` (its hyphen included) into pieces that
/// fit, preferring cuts that leave no mark dangling; the last piece keeps
/// the whitespace, and the hyphen if there is room for it.
fn split_wide(word: Word<'_>, width: usize) -> Vec<Word<'_>> {
    let hyphen = cells(word.penalty);
    if word.width + hyphen <= width {
        return vec![word];
    }
    let room = width.saturating_sub(hyphen).max(1);
    let text = word.word;
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = cut_point(&text[start..], room) + start;
        let piece = &text[start..end];
        pieces.push(Word {
            word: piece,
            whitespace: "",
            penalty: "",
            width: cells(piece),
        });
        start = end;
    }
    if let Some(last) = pieces.last_mut() {
        last.whitespace = word.whitespace;
        if last.width + hyphen <= width {
            last.penalty = word.penalty;
        }
    }
    pieces
}

/// The cells `text` takes on screen, measured as ratatui draws it: an
/// emoji presentation selector (U+FE0F) makes its base two cells wide,
/// which adding up each character's width would miss, letting a line spill
/// out of its column.
fn cells(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// One character's cells, counting a base followed by an emoji
/// presentation selector as the two cells the pair takes.
fn char_cells(c: char, next: Option<char>) -> usize {
    let cells = c.width().unwrap_or(0);
    if next == Some('\u{FE0F}') {
        cells.max(2)
    } else {
        cells
    }
}

/// The byte length of the longest good first piece of `text` within
/// `width` cells (at least one character, so wrapping always advances).
fn cut_point(text: &str, width: usize) -> usize {
    let mut used = 0;
    let mut fits = 0; // bytes that fit
    let mut good = 0; // last good cut within `fits`
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let cells = char_cells(c, chars.peek().map(|&(_, next)| next));
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
    wrap_with(text, span, width, WrapOptions::default())
        .into_iter()
        .map(|line| line.range)
        .collect()
}

/// [`wrap`], hyphenating as `options` say.
pub fn wrap_with(
    text: &str,
    span: Range<usize>,
    width: usize,
    options: WrapOptions,
) -> Vec<Wrapped> {
    let width = width.max(1);
    let block = &text[span.clone()];
    let splitter = options.hyphenate.and_then(splitter);
    let words: Vec<Word> = glued_words(block)
        .into_iter()
        .map(|(start, end, space_end)| Word {
            word: &block[start..end],
            whitespace: &block[end..space_end],
            penalty: "",
            width: cells(&block[start..end]),
        })
        .flat_map(|word| match splitter {
            Some(splitter) => hyphenated(word, splitter),
            None => vec![word],
        })
        .flat_map(|word| split_wide(word, width))
        .collect();
    let base = block.as_ptr() as usize;
    let offset_of = |word: &str| word.as_ptr() as usize - base + span.start;
    wrap_first_fit(&words, &[width as f64])
        .into_iter()
        .filter_map(|line| {
            let first = line.first()?;
            let last = line.last()?;
            Some(Wrapped {
                range: offset_of(first.word)..offset_of(last.word) + last.word.len(),
                hyphen: !last.penalty.is_empty(),
            })
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
                assert!(cells(line) <= width, "{line:?} at {width}");
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
                assert!(cells(line) <= width, "{line:?} at {width}");
            }
        }
    }

    #[test]
    fn newlines_inside_a_block_wrap_like_spaces() {
        assert_eq!(lines("one\ntwo three", 9), vec!["one\ntwo", "three"]);
    }

    fn hyphenated_lines(text: &str, width: usize, lang: Lang) -> Vec<String> {
        let options = WrapOptions {
            hyphenate: Some(lang),
        };
        wrap_with(text, 0..text.len(), width, options)
            .into_iter()
            .map(|line| {
                let hyphen = if line.hyphen { "-" } else { "" };
                format!("{}{hyphen}", &text[line.range])
            })
            .collect()
    }

    #[test]
    fn hyphenation_cuts_long_words_and_the_hyphen_fits() {
        let english = "International organizations communicated extraordinary responsibilities.";
        let french =
            "Les gouvernements internationaux reconnaissent l’indépendance extraordinaire.";
        for (text, lang) in [(english, Lang::En), (french, Lang::Fr)] {
            let mut cut = false;
            for width in 6..30 {
                let lines = hyphenated_lines(text, width, lang);
                for line in &lines {
                    assert!(cells(line) <= width, "{line:?} at {width}");
                    cut |= line.ends_with('-');
                }
                let joined: String = lines
                    .iter()
                    .map(|line| line.strip_suffix('-').unwrap_or(line))
                    .collect::<String>()
                    .split_whitespace()
                    .collect();
                assert_eq!(joined, text.split_whitespace().collect::<String>());
            }
            assert!(cut, "some line was hyphenated in {lang:?}");
        }
    }

    #[test]
    fn hyphens_fall_between_letters_of_dictionary_syllables() {
        let lines = hyphenated_lines("extraordinary", 9, Lang::En);
        assert_eq!(lines.first().map(String::as_str), Some("extraor-"));
        let lines = hyphenated_lines("« Gouvernement »", 9, Lang::Fr);
        assert!(lines.iter().all(|line| !line.starts_with('»')), "{lines:?}");
    }

    #[test]
    fn without_hyphenation_no_line_asks_for_a_hyphen() {
        let text = "International organizations communicated extraordinary responsibilities.";
        for width in 1..20 {
            let lines = wrap_with(text, 0..text.len(), width, WrapOptions::default());
            assert!(lines.iter().all(|line| !line.hyphen));
        }
    }
}
