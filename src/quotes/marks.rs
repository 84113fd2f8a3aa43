//! Finding quotation spans: opening mark to closing mark.
//!
//! Each block is scanned on its own; a quotation left open at the end of a
//! paragraph continues into the next paragraph only when that paragraph
//! opens with the same kind of mark (the French and English conventions for
//! quotations over several paragraphs). Otherwise it ends with its
//! paragraph, so a missing closing mark never swallows the article.

use std::ops::Range;

use crate::article::Block;

/// The most words a name signing an article off after a dash holds (two
/// at least).
const SIGN_OFF_WORDS: usize = 6;

/// A quotation found by its marks, before anyone is credited with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub range: Range<usize>,
    /// Index of the block where the quotation opens.
    pub block: usize,
    /// A dialogue turn opened by a dash rather than a quotation mark.
    pub dash: bool,
}

/// The pairs of marks quoth recognises at the top level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Guillemets,
    SingleGuillemets,
    Curly,
    Low,
    Straight,
    CurlySingle,
}

impl Style {
    fn opening(c: char) -> Option<Style> {
        match c {
            '«' => Some(Style::Guillemets),
            '‹' => Some(Style::SingleGuillemets),
            '“' => Some(Style::Curly),
            '„' => Some(Style::Low),
            '"' => Some(Style::Straight),
            '‘' => Some(Style::CurlySingle),
            _ => None,
        }
    }

    fn closes(self, c: char) -> bool {
        match self {
            Style::Guillemets => c == '»',
            Style::SingleGuillemets => c == '›',
            Style::Curly => c == '”',
            Style::Low => c == '“' || c == '”',
            Style::Straight => c == '"',
            Style::CurlySingle => c == '’',
        }
    }

    /// A mark of the same style that opens a nested quotation, if the style
    /// can nest in itself.
    fn nests(self, c: char) -> bool {
        match self {
            Style::Guillemets => c == '«',
            Style::Curly => c == '“',
            _ => false,
        }
    }
}

/// Is the character at `index` of `text` an opening mark here? Straight
/// and single marks are told from inches, apostrophes and closings by what
/// stands on either side.
fn opens_at(text: &str, index: usize, c: char) -> Option<Style> {
    let style = Style::opening(c)?;
    let before = text[..index].chars().next_back();
    let after = text[index + c.len_utf8()..].chars().next();
    let after_is_text = after.is_some_and(|after| !after.is_whitespace());
    let before_is_open = before.is_none_or(|before| {
        before.is_whitespace() || matches!(before, '(' | '[' | '—' | '–' | '-' | ':' | '/')
    });
    match style {
        Style::Straight | Style::CurlySingle => (before_is_open && after_is_text).then_some(style),
        _ => Some(style),
    }
}

/// Does the closing candidate at `index` close a quotation of `style`?
/// A single curly mark closes only where an apostrophe could not stand.
fn closes_at(text: &str, index: usize, c: char, style: Style) -> bool {
    if !style.closes(c) {
        return false;
    }
    if style != Style::CurlySingle {
        return true;
    }
    let after = text[index + c.len_utf8()..].chars().next();
    after.is_none_or(|after| !after.is_alphanumeric())
}

/// Where the quotation opened at `open` (of `style`) closes within
/// `text[..limit]`: the index just past its closing mark.
fn find_close(text: &str, open: usize, style: Style, limit: usize) -> Option<usize> {
    let mut depth = 0usize;
    let start = open + text[open..].chars().next().map_or(1, char::len_utf8);
    for (index, c) in possible_marks(text, start, limit) {
        if style.nests(c) {
            depth += 1;
        } else if closes_at(text, index, c, style) {
            if depth == 0 {
                return Some(index + c.len_utf8());
            }
            depth -= 1;
        }
    }
    None
}

/// Every quotation in the article, in reading order, never overlapping.
pub fn find_quotations(text: &str, blocks: &[Block]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut next = (0, 0);
    while next.0 < blocks.len() {
        next = scan_block(text, blocks, next, &mut spans);
    }
    spans
}

/// Scan block `index` from byte `from`; returns the block to scan next and
/// where in it: later than `index` when a quotation ran on over several
/// paragraphs, after its close in the paragraph that closed it (« … ¶ « …
/// », poursuit-il, qui dit avoir reçu « deux candidatures »).
fn scan_block(
    text: &str,
    blocks: &[Block],
    (index, from): (usize, usize),
    spans: &mut Vec<Span>,
) -> (usize, usize) {
    let block = &blocks[index];
    let end = block.span.end;
    let following = (index + 1, 0);
    let mut position = block.span.start.max(from);
    if position == block.span.start
        && let Some(dash) = dialogue_turn(text, block)
    {
        spans.push(Span {
            range: dash,
            block: index,
            dash: true,
        });
        return following;
    }
    if position == block.span.start
        && crate::article::is_headline(text, blocks, index)
        && next_opening(text, position, end).is_none()
    {
        spans.extend(
            headline_singles(text, block.span.clone()).map(|range| Span {
                range,
                block: index,
                dash: false,
            }),
        );
        return following;
    }
    while position < end {
        let Some((open, style)) = next_opening(text, position, end) else {
            break;
        };
        if let Some(close) = find_close(text, open, style, end) {
            spans.push(Span {
                range: open..close,
                block: index,
                dash: false,
            });
            position = close;
            continue;
        }
        let (close, last_block) = continue_over_paragraphs(text, blocks, index, style);
        spans.push(Span {
            range: open..close,
            block: index,
            dash: false,
        });
        return if close < blocks[last_block].span.end {
            (last_block, close)
        } else {
            (last_block + 1, 0)
        };
    }
    following
}

fn next_opening(text: &str, from: usize, to: usize) -> Option<(usize, Style)> {
    possible_marks(text, from, to)
        .find_map(|(index, c)| opens_at(text, index, c).map(|style| (index, style)))
}

/// The characters of `text[from..to]` that may be quotation marks, with
/// their offsets. Every mark quoth knows is `"` or starts with the byte
/// 0xC2 or 0xE2, so the text in between is skipped by `memchr`.
fn possible_marks(text: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, char)> + '_ {
    let to = to.min(text.len());
    let bytes = text.as_bytes().get(from..to).unwrap_or_default();
    memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes).filter_map(move |offset| {
        let at = from + offset;
        text.get(at..)?.chars().next().map(|c| (at, c))
    })
}

/// A quotation left open at the end of block `index`: it goes on through
/// each following paragraph that opens with the same mark, and ends where
/// one of them closes it; else at the end of the last such paragraph.
fn continue_over_paragraphs(
    text: &str,
    blocks: &[Block],
    index: usize,
    style: Style,
) -> (usize, usize) {
    let mut last = index;
    for (next_index, next) in blocks.iter().enumerate().skip(index + 1) {
        let first = text[next.span.clone()].chars().next();
        // The older French habit repeats the closing mark instead: « … ¶ » …
        let repeated_close = style == Style::Guillemets && first == Some('»');
        if first.and_then(Style::opening) != Some(style) && !repeated_close {
            break;
        }
        last = next_index;
        let from = next.span.start + if repeated_close { '»'.len_utf8() } else { 0 };
        if let Some(close) = find_close(text, from, style, next.span.end) {
            return (close, last);
        }
    }
    (blocks[last].span.end, last)
}

/// "State accuses Centre of 'step-motherly' treatment": headlines quote
/// with straight single marks where the text below uses double ones. An
/// opening mark stands before a letter, a closing one after a word and
/// before no letter or digit, so "Teachers' pay" and "don't" stay words.
fn headline_singles(text: &str, span: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let line = &text[span.clone()];
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let open = from + line.get(from..)?.find('\'')?;
            from = open + 1;
            let before = line[..open].chars().next_back();
            let after = line[open + 1..].chars().next();
            if !before.is_none_or(char::is_whitespace) || !after.is_some_and(char::is_alphabetic) {
                continue;
            }
            let close = line[open + 1..].char_indices().find_map(|(offset, c)| {
                let at = open + 1 + offset;
                let closes = c == '\''
                    && offset > 1
                    && !line[..at].ends_with(char::is_whitespace)
                    && !line[at + 1..].starts_with(char::is_alphanumeric);
                closes.then_some(at)
            });
            if let Some(close) = close {
                from = close + 1;
                return Some(span.start + open..span.start + close + 1);
            }
        }
    })
}

/// A paragraph that opens with a dash and holds no quotation marks is a
/// dialogue turn, up to the paragraph's end or to an incise.
fn dialogue_turn(text: &str, block: &Block) -> Option<Range<usize>> {
    let body = &text[block.span.clone()];
    let rest = body.strip_prefix('—').or_else(|| body.strip_prefix('–'))?;
    if !rest.starts_with([' ', '\u{a0}', '\u{202f}']) {
        return None;
    }
    // "— « Bonjour », dit-il": the marks, not the dash, delimit the speech.
    // Quotation marks further in are quoted inside the turn.
    if rest
        .trim_start()
        .chars()
        .next()
        .and_then(Style::opening)
        .is_some()
    {
        return None;
    }
    if is_sign_off(rest) {
        return None;
    }
    let end = super::lexicon::dialogue_incise_start(body).unwrap_or(body.len());
    let speech = body[..end].trim_end().trim_end_matches(',').trim_end();
    Some(block.span.start..block.span.start + speech.len())
}

/// "— Rebecca Hale", "— The Valley Courier": a name alone after a dash,
/// unpunctuated, signs the article off; no one says it. ("— Non" is a
/// one-word answer.)
fn is_sign_off(after_dash: &str) -> bool {
    let words: Vec<&str> = after_dash.split_whitespace().collect();
    (2..=SIGN_OFF_WORDS).contains(&words.len())
        && words
            .iter()
            .all(|word| word.starts_with(char::is_uppercase))
        && !after_dash
            .trim_end()
            .ends_with(|c: char| c.is_ascii_punctuation() || c == '…')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    #[test]
    fn a_french_quotation_may_go_on_after_a_repeated_closing_mark() {
        let text = "«Je sais que beaucoup se demandent ce que cela signifie.\n\n»Je ne vais pas vous promettre que rien ne changera.»\n\nLa suite.";
        assert_eq!(
            quotes(text),
            vec![
                "«Je sais que beaucoup se demandent ce que cela signifie.\n\n»Je ne vais pas vous promettre que rien ne changera.»"
            ]
        );
    }

    fn quotes(text: &str) -> Vec<&str> {
        let article = Article::from_bytes(text.as_bytes(), "t");
        find_quotations(&article.text, &article.blocks)
            .into_iter()
            .map(|span| &text[span.range])
            .collect()
    }

    #[test]
    fn a_name_alone_after_a_dash_signs_the_article_off() {
        let text = "Le quai rouvrira lundi.\n\n— Marie Hollande\n\n— The Harbour Gazette";
        assert!(quotes(text).is_empty());
        let text = "— Vous partez déjà ?\n\n— Non\n\n— Bonjour Madame Roy, entrez.";
        assert_eq!(
            quotes(text),
            vec![
                "— Vous partez déjà ?",
                "— Non",
                "— Bonjour Madame Roy, entrez."
            ]
        );
    }

    #[test]
    fn a_headline_quotes_with_straight_single_marks() {
        let text = "Residents' anger as council calls plan 'fair' and 'final'\n\nThe body's 'scare quotes' are not read so.";
        assert_eq!(quotes(text), vec!["'fair'", "'final'"]);
        let text = "Rock 'n' roll is back in the '90s town\n\nText.";
        assert!(quotes(text).is_empty());
    }

    #[test]
    fn a_headline_too_long_for_a_heading_still_quotes_with_single_marks() {
        let text = "Q&A: 'Nobody reads the minutes until they are wrong' — a council clerk on thirty years of taking it all down\n\nShe has kept the record since 1994.";
        assert_eq!(
            quotes(text),
            vec!["'Nobody reads the minutes until they are wrong'"]
        );
        let text = "A first paragraph with 'scare quotes' and more\nthan one line.\n\nText.";
        assert!(quotes(text).is_empty());
    }

    #[test]
    fn guillemets_with_every_kind_of_space() {
        let text = "« Un », puis «\u{a0}deux\u{a0}» et «\u{202f}trois\u{202f}».";
        assert_eq!(
            quotes(text),
            vec!["« Un »", "«\u{a0}deux\u{a0}»", "«\u{202f}trois\u{202f}»"]
        );
    }

    #[test]
    fn curly_and_straight_quotes_with_nested_singles() {
        let text = "“He told me ‘never’,” she said. \"She said 'no way' twice,\" he recalled.";
        assert_eq!(
            quotes(text),
            vec!["“He told me ‘never’,”", "\"She said 'no way' twice,\""]
        );
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        let text = "O’Brien didn’t see l’argent aujourd’hui; the players' union plays rock 'n' roll, a 12\" pipe.";
        assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    }

    #[test]
    fn a_missing_closing_mark_ends_with_the_paragraph() {
        let text =
            "« Jamais nous ne céderons, a-t-il dit.\nLe lendemain, rien.\n« Oui », dit-elle.";
        assert_eq!(
            quotes(text),
            vec!["« Jamais nous ne céderons, a-t-il dit.", "« Oui »"]
        );
    }

    #[test]
    fn french_multi_paragraph_quotation_is_one_span() {
        let text = "« Premier paragraphe,\n« deuxième,\n« et fin. »\nAprès.";
        assert_eq!(
            quotes(text),
            vec!["« Premier paragraphe,\n« deuxième,\n« et fin. »"]
        );
    }

    #[test]
    fn the_paragraph_closing_a_long_quotation_may_quote_again() {
        let text = "« Premier paragraphe.\n\n« Et fin », dit-il, qui attend « une réponse ».\n\n“First part.\n\n“End,” she said of “the plan”.";
        assert_eq!(
            quotes(text),
            vec![
                "« Premier paragraphe.\n\n« Et fin »",
                "« une réponse »",
                "“First part.\n\n“End,”",
                "“the plan”"
            ]
        );
    }

    #[test]
    fn english_multi_paragraph_quotation_is_one_span() {
        let text = "“First part.\n\n“Second part,” she said.\n\nAfter.";
        assert_eq!(quotes(text), vec!["“First part.\n\n“Second part,”"]);
    }

    #[test]
    fn dialogue_dashes_end_at_the_paragraph_or_the_incise() {
        let text = "Intro.\n— Vous partez déjà ?\n— Oui, répondit-elle, je pars demain.\n— Vous partez ? demanda-t-il.";
        assert_eq!(
            quotes(text),
            vec!["— Vous partez déjà ?", "— Oui", "— Vous partez ?"]
        );
    }

    #[test]
    fn low_and_single_guillemets_are_tolerated() {
        assert_eq!(
            quotes("Er sagte „ja“ und ‹ non ›."),
            vec!["„ja“", "‹ non ›"]
        );
    }
}
