//! Wrapping one block into lines, as byte ranges of the article text.
//!
//! Words are split at breakable spaces only; no-break spaces (U+00A0,
//! U+202F) glue, and so does a plain space that would leave a lone « or “ at
//! a line end or a lone », ”, ! ? : ; at a line start. Lines are then chosen
//! by textwrap's first-fit algorithm (linear, and what readers expect of a
//! terminal pager), and words wider than the line are cut between
//! characters. A character wider than the whole line (a CJK character in a
//! one-cell column) stands alone on its line; the view clips it.

use std::collections::VecDeque;
use std::ops::Range;
use std::sync::LazyLock;

use hyphenation::{Language, Load, Standard};
use textwrap::WordSplitter;
use textwrap::core::{Fragment, Word};
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
    /// How wrapping can start over at the line's start, if it can.
    pub resume: Option<Resume>,
}

/// A place in a block where wrapping can start over and give the lines
/// wrapping the whole block gives from there (first-fit starts every line
/// afresh, so only the words from there on matter): the start of a word,
/// or a cut inside a word too wide for the line that the dictionary left
/// whole. Inside a word, where it ends must be known: the marks glued to
/// it decide that, and they may lie before the cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resume {
    pub at: usize,
    /// Set for a cut inside a word: where the word ends.
    pub word_end: Option<usize>,
}

impl Resume {
    pub fn word_start(at: usize) -> Resume {
        Resume { at, word_end: None }
    }
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
/// Longer "words" (a URL, a run of letters) are in no dictionary; left
/// whole, they are cut to fit like any wide word, and wrapping can start
/// over at each cut (see [`Resume`]).
const LONGEST_HYPHENATED: usize = 64;

/// Cut `word` where the dictionary allows, between two letters only (so
/// never next to punctuation or inside a non-breaking group), each piece
/// but the last asking for a hyphen.
fn hyphenated<'a>(word: Word<'a>, splitter: &WordSplitter) -> Vec<Word<'a>> {
    let text = word.word;
    // Short words are left whole: dictionaries rarely allow a cut in them,
    // a cut there gains little, and skipping the lookup (the costly part)
    // makes hyphenated layout about a third faster.
    let mut chars = text.chars();
    if chars.nth(SHORTEST_HYPHENATED - 1).is_none()
        || chars
            .nth(LONGEST_HYPHENATED - SHORTEST_HYPHENATED)
            .is_some()
    {
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

/// Bytes looked back for a word start by [`word_start_near`].
const LOOK_BACK: usize = 1024;

/// The start of a word at or shortly before `at` in `block` (a kilobyte
/// back at most), if there is one: a place to start wrapping lines that
/// need not break where the whole block's do.
pub fn word_start_near(text: &str, block: Range<usize>, at: usize) -> Option<usize> {
    let floor = |mut at: usize| {
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let at = floor(at.clamp(block.start, block.end.min(text.len())));
    let from = floor(at.saturating_sub(LOOK_BACK).max(block.start));
    let before = text.get(from..at)?;
    let space = before.rfind(is_break_space)?;
    let spaces = &before[space..];
    let word = from + space + spaces.len() - spaces.trim_start_matches(is_break_space).len();
    Some(word)
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
    if word.width + cells(word.penalty) <= width {
        return vec![word];
    }
    cut_to_fit(word, width)
}

/// The pieces of [`split_wide`], even for a word that fits: from a cut,
/// the rest of a word is cut again the same way, though it may fit.
fn cut_to_fit(word: Word<'_>, width: usize) -> Vec<Word<'_>> {
    let hyphen = cells(word.penalty);
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
    let from = Resume::word_start(span.start);
    lines_from(text, span, from, width, options).collect()
}

/// The lines of the block `text[block]` from `from` on, wrapped only as
/// far as they are taken. `from` is the block's start or a line start's
/// [`Wrapped::resume`]: the lines are then those wrapping the whole block
/// gives from there. (A place that is neither starts at the block.)
pub fn lines_from(
    text: &str,
    block: Range<usize>,
    from: Resume,
    width: usize,
    options: WrapOptions,
) -> Lines<'_> {
    let width = width.max(1);
    let splitter = options.hyphenate.and_then(splitter);
    Lines {
        text,
        width: width as f64,
        pieces: Pieces::new(text, block, from, width, splitter),
        unfinished: Vec::new(),
        round: FIRST_ROUND,
        ready: VecDeque::new(),
        exhausted: false,
    }
}

/// Pieces first-fit at once, at first and at most: a page wants a few
/// lines, counting wants many. The last line found in a round may go on
/// with later pieces, so it is wrapped again with them.
const FIRST_ROUND: usize = 16;
const LONGEST_ROUND: usize = 1024;

/// Wrapped lines of one block, in order (see [`lines_from`]).
pub struct Lines<'a> {
    text: &'a str,
    width: f64,
    pieces: Pieces<'a>,
    /// Pieces read but not yet on a finished line.
    unfinished: Vec<Piece<'a>>,
    /// Pieces to read next round.
    round: usize,
    ready: VecDeque<Wrapped>,
    exhausted: bool,
}

impl Lines<'_> {
    /// Where reading the block has got to: the work done so far is
    /// wrapping the text up to here.
    #[cfg(test)]
    fn read_to(&self) -> usize {
        self.pieces.read_to()
    }

    /// Read more pieces and first-fit them: every line but the last is
    /// final (first-fit starts each line afresh), unless the block is
    /// read to its end.
    fn wrap_more(&mut self) {
        // Doubling when one line holds most of the pieces keeps a line of
        // zero-width pieces linear.
        let wanted = self.round.max(2 * self.unfinished.len());
        self.round = (self.round * 2).min(LONGEST_ROUND);
        let missing = wanted - self.unfinished.len();
        self.unfinished.extend(self.pieces.by_ref().take(missing));
        self.exhausted = self.unfinished.len() < wanted;
        let lines = wrap_first_fit(&self.unfinished, &[self.width]);
        let finished = if self.exhausted {
            lines.len()
        } else {
            lines.len().saturating_sub(1)
        };
        let mut used = 0;
        for line in &lines[..finished] {
            used += line.len();
            if let (Some(first), Some(last)) = (line.first(), line.last()) {
                let start = offset_in(self.text, first.word.word);
                let end = offset_in(self.text, last.word.word) + last.word.word.len();
                self.ready.push_back(Wrapped {
                    range: start..end,
                    hyphen: !last.word.penalty.is_empty(),
                    resume: first.resume,
                });
            }
        }
        self.unfinished.drain(..used);
    }
}

impl Iterator for Lines<'_> {
    type Item = Wrapped;

    fn next(&mut self) -> Option<Wrapped> {
        while self.ready.is_empty() && !self.exhausted {
            self.wrap_more();
        }
        self.ready.pop_front()
    }
}

/// Where `part`, a slice of `text`, starts in it.
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// A piece of a word as first-fit places it, and how wrapping can start
/// over at its start, if it can.
#[derive(Debug)]
struct Piece<'a> {
    word: Word<'a>,
    resume: Option<Resume>,
}

impl Fragment for Piece<'_> {
    fn width(&self) -> f64 {
        self.word.width()
    }
    fn whitespace_width(&self) -> f64 {
        self.word.whitespace_width()
    }
    fn penalty_width(&self) -> f64 {
        self.word.penalty_width()
    }
}

/// A word in the text: `text[start..word_end]`, then its spaces up to
/// `space_end`.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    word_end: usize,
    space_end: usize,
}

/// The space-separated word starting at `start`, if `start < end`.
fn raw_word(text: &str, start: usize, end: usize) -> Option<Span> {
    let rest = text.get(start..end).filter(|rest| !rest.is_empty())?;
    let word_len = rest.find(is_break_space).unwrap_or(rest.len());
    let after_spaces = rest[word_len..].trim_start_matches(is_break_space);
    Some(Span {
        start,
        word_end: start + word_len,
        space_end: end - after_spaces.len(),
    })
}

/// [`is_closing`] for the word `rest` opens with, reading no further than
/// needed to tell (a word after a long one is not read to its end).
fn opens_with_closing(rest: &str) -> bool {
    let mut word = rest.chars().take_while(|&c| !is_break_space(c));
    word.next()
        .is_some_and(|first| matches!(first, '»' | '”' | '›' | '!' | '?' | ':' | ';'))
        && word.all(|c| !c.is_alphanumeric())
}

/// Words with marks glued to their neighbours across a single plain
/// space, read one at a time.
struct Words<'a> {
    text: &'a str,
    /// Where the next word starts.
    at: usize,
    end: usize,
}

impl Words<'_> {
    /// The word after `word` glues to it.
    fn glues(&self, word: Span) -> bool {
        let text = self.text;
        word.space_end < self.end
            && text[word.word_end..word.space_end] == *" "
            && (is_opening(&text[word.start..word.word_end])
                || opens_with_closing(&text[word.space_end..self.end]))
    }
}

impl Iterator for Words<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let mut word = raw_word(self.text, self.at, self.end)?;
        while self.glues(word) {
            let Some(following) = raw_word(self.text, word.space_end, self.end) else {
                break;
            };
            word.word_end = following.word_end;
            word.space_end = following.space_end;
        }
        self.at = word.space_end;
        Some(word)
    }
}

/// A word too wide for the line, being cut piece by piece.
#[derive(Debug, Clone, Copy)]
struct Cutting {
    /// Where the next piece starts.
    at: usize,
    /// The next piece is the word's first.
    opens: bool,
    /// Where the word, then its spaces, end.
    word_end: usize,
    space_end: usize,
}

/// The pieces first-fit places, word after word: hyphenated syllables,
/// and cuts of words wider than the line, each read only when wanted.
struct Pieces<'a> {
    text: &'a str,
    width: usize,
    splitter: Option<&'static WordSplitter>,
    words: Words<'a>,
    cutting: Option<Cutting>,
    queue: VecDeque<Piece<'a>>,
}

impl<'a> Pieces<'a> {
    fn new(
        text: &'a str,
        block: Range<usize>,
        from: Resume,
        width: usize,
        splitter: Option<&'static WordSplitter>,
    ) -> Pieces<'a> {
        let inside = |at: usize| at >= block.start && at <= block.end && text.is_char_boundary(at);
        let start = if inside(from.at) {
            from.at
        } else {
            block.start
        };
        let mut pieces = Pieces {
            text,
            width,
            splitter,
            words: Words {
                text,
                at: start,
                end: block.end,
            },
            cutting: None,
            queue: VecDeque::new(),
        };
        if let Some(word_end) = from.word_end.filter(|&end| inside(end) && start < end) {
            let space_end = raw_word(text, word_end, block.end).map_or(word_end, |s| s.space_end);
            pieces.words.at = space_end;
            pieces.cutting = Some(Cutting {
                at: start,
                opens: false,
                word_end,
                space_end,
            });
        }
        pieces
    }

    /// Where reading has got to.
    #[cfg(test)]
    fn read_to(&self) -> usize {
        self.cutting.map_or(self.words.at, |cutting| cutting.at)
    }

    /// The next piece of the word being cut: wrapping can start over at
    /// every one (the dictionary left the word whole).
    fn cut(&mut self, cutting: Cutting) -> Piece<'a> {
        let at = cutting.at;
        let end = at + cut_point(&self.text[at..cutting.word_end], self.width);
        let piece = &self.text[at..end];
        let last = end >= cutting.word_end;
        self.cutting = (!last).then_some(Cutting {
            at: end,
            opens: false,
            ..cutting
        });
        let resume = Resume {
            at,
            word_end: (!cutting.opens).then_some(cutting.word_end),
        };
        Piece {
            word: Word {
                word: piece,
                whitespace: if last {
                    &self.text[cutting.word_end..cutting.space_end]
                } else {
                    ""
                },
                penalty: "",
                width: cells(piece),
            },
            resume: Some(resume),
        }
    }

    /// Queue the pieces of `span`, or start cutting it if it is a wide
    /// word the dictionary leaves whole. Only a word's first piece, and
    /// cuts of a word the dictionary left whole, can start wrapping over.
    fn take_word(&mut self, span: Span) {
        let text = self.text;
        let word = Word {
            word: &text[span.start..span.word_end],
            whitespace: &text[span.word_end..span.space_end],
            penalty: "",
            width: cells(&text[span.start..span.word_end]),
        };
        // Most words are neither hyphenated nor cut: no list of pieces.
        let syllables = self
            .splitter
            .map(|splitter| hyphenated(word, splitter))
            .filter(|syllables| syllables.len() > 1);
        let Some(syllables) = syllables else {
            if word.width > self.width {
                self.cutting = Some(Cutting {
                    at: span.start,
                    opens: true,
                    word_end: span.word_end,
                    space_end: span.space_end,
                });
            } else {
                self.queue.push_back(Piece {
                    word,
                    resume: Some(Resume::word_start(span.start)),
                });
            }
            return;
        };
        for (index, piece) in syllables
            .into_iter()
            .flat_map(|syllable| split_wide(syllable, self.width))
            .enumerate()
        {
            let resume = (index == 0).then_some(Resume::word_start(span.start));
            self.queue.push_back(Piece {
                word: piece,
                resume,
            });
        }
    }
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        loop {
            if let Some(piece) = self.queue.pop_front() {
                return Some(piece);
            }
            if let Some(cutting) = self.cutting {
                return Some(self.cut(cutting));
            }
            let word = self.words.next()?;
            self.take_word(word);
        }
    }
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
    fn lines_are_read_only_as_far_as_they_are_taken() {
        let word = "a".repeat(1_000_000);
        let text = format!("« {word} » and a few words after it");
        let block = 0..text.len();
        let options = WrapOptions::default();
        let mut lines = lines_from(&text, block.clone(), Resume::word_start(0), 5, options);
        assert_eq!(lines.by_ref().take(10).count(), 10);
        assert!(lines.read_to() < 10_000, "read to {}", lines.read_to());
        // From a cut deep inside the word, the same: its pieces go on.
        let mut whole = lines_from(&text, block.clone(), Resume::word_start(0), 5, options);
        let deep: Vec<Wrapped> = whole.by_ref().skip(100_000).take(3).collect();
        let cut = deep[0]
            .resume
            .unwrap_or_else(|| panic!("no resume at {:?}", deep[0]));
        assert!(cut.word_end.is_some(), "{cut:?} is inside the word");
        let mut lines = lines_from(&text, block, cut, 5, options);
        assert_eq!(lines.by_ref().take(3).collect::<Vec<_>>(), deep);
        assert!(
            lines.read_to() < cut.at + 10_000,
            "read to {}",
            lines.read_to()
        );
    }

    #[test]
    fn a_word_cut_to_fit_resumes_at_each_cut_with_its_glued_marks() {
        let text = format!("dit « {} » : fin", "ab".repeat(40));
        let options = WrapOptions::default();
        for width in [1, 3, 7, 12] {
            let whole = wrap_with(&text, 0..text.len(), width, options);
            for (index, line) in whole.iter().enumerate() {
                let resume = line
                    .resume
                    .unwrap_or_else(|| panic!("line {index} at {width}"));
                let resumed: Vec<Wrapped> =
                    lines_from(&text, 0..text.len(), resume, width, options).collect();
                assert_eq!(resumed, whole[index..], "line {index} at {width}");
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
