//! Words, punctuation and quotations as tokens, and sentences as runs of
//! tokens. A quotation is one opaque token, so the words around it can be
//! read for cues without its own words getting in the way.

use std::ops::Range;

use super::lexicon;
use crate::article::Block;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
    /// The quotation with this index.
    Quote(usize),
    /// The end of a block (paragraph or heading).
    Break,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// French elided words split off their apostrophe: l’élu → l’ + élu.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Characters that join two word characters into one word.
fn is_joiner(c: char) -> bool {
    c == '-' || is_apostrophe(c) || c == '\u{2011}'
}

/// Tokens of every block in order; `quotes` (sorted, non-overlapping) become
/// one token each, placed where they open.
#[cfg(test)]
pub fn tokenize(text: &str, blocks: &[Block], quotes: &[Range<usize>]) -> Vec<Token> {
    tokenize_with_keys(text, blocks, quotes).0
}

/// [`tokenize`], with every word's lookup form, found as the words are read.
pub fn tokenize_with_keys<'t>(
    text: &'t str,
    blocks: &[Block],
    quotes: &[Range<usize>],
) -> (Vec<Token>, Keys<'t>) {
    let bytes = match (blocks.first(), blocks.last()) {
        (Some(first), Some(last)) => last.span.end.saturating_sub(first.span.start),
        _ => 0,
    };
    let mut out = Output {
        text,
        tokens: Vec::with_capacity(bytes / 5),
        keys: Vec::with_capacity(bytes / 5),
        // Lowered forms of capitalised and accented words are a fraction
        // of the text: reserving for them up front spares regrowth copies.
        lowered: String::with_capacity(bytes / 8),
    };
    let mut next_quote = 0;
    let mut position = 0;
    for block in blocks {
        // A paragraph inside a quotation that runs over several still
        // ends with a break, so breaks count blocks exactly.
        if block.span.end <= position {
            out.push(position, position, Kind::Break);
            continue;
        }
        let mut at = block.span.start.max(position);
        while at < block.span.end {
            if let Some(quote) = quotes.get(next_quote)
                && quote.start <= at
            {
                out.push(quote.start, quote.end, Kind::Quote(next_quote));
                at = at.max(quote.end);
                next_quote += 1;
                continue;
            }
            let limit = quotes
                .get(next_quote)
                .map_or(block.span.end, |q| q.start.min(block.span.end));
            at = words_until(text, at, limit, &mut out);
        }
        position = at.max(block.span.end);
        out.push(position, position, Kind::Break);
    }
    let keys = Keys {
        tokens: out.keys,
        lowered: out.lowered,
    };
    (out.tokens, keys)
}

/// Tokens and their lookup forms as they are read.
struct Output<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    keys: Vec<TokenKey<'t>>,
    lowered: String,
}

impl Output<'_> {
    fn push(&mut self, start: usize, end: usize, kind: Kind) {
        self.tokens.push(Token { start, end, kind });
        self.keys.push(TokenKey {
            text: self.text.get(start..end).unwrap_or_default(),
            key: KeyRange::None,
        });
    }

    /// A word, and what its reading showed of its lookup form.
    fn push_word(&mut self, start: usize, end: usize, form: Form) {
        self.tokens.push(Token {
            start,
            end,
            kind: Kind::Word,
        });
        let text = self.text.get(start..end).unwrap_or_default();
        let word = match form {
            Form::Normal => None,
            _ => Some(text),
        };
        let from = self.lowered.len() as u32;
        let key = match (form, word) {
            (Form::AsciiCapitals, Some(word)) => {
                self.lowered.push_str(word);
                self.lowered[from as usize..].make_ascii_lowercase();
                KeyRange::Lowered(from, self.lowered.len() as u32)
            }
            (Form::Lowered, Some(word)) => {
                lexicon::push_normal(word, &mut self.lowered);
                KeyRange::Lowered(from, self.lowered.len() as u32)
            }
            (Form::Unknown, Some(word)) if !lexicon::is_normal(word) => {
                lexicon::push_normal(word, &mut self.lowered);
                KeyRange::Lowered(from, self.lowered.len() as u32)
            }
            _ => KeyRange::Text,
        };
        self.keys.push(TokenKey { text, key });
    }
}

/// What reading a word showed of its lookup form.
#[derive(Clone, Copy)]
enum Form {
    /// Already in it: no capital, no typographic apostrophe.
    Normal,
    /// All ASCII, with capitals: lowered byte by byte.
    AsciiCapitals,
    /// Not in it, and not all ASCII.
    Lowered,
    /// Characters the reading did not tell about.
    Unknown,
}

impl Form {
    fn of(classes: u8, unsure: bool) -> Form {
        match (classes & CAPITAL != 0, classes & LATIN_1 != 0 || unsure) {
            (false, _) if unsure => Form::Unknown,
            (false, _) => Form::Normal,
            (true, false) => Form::AsciiCapitals,
            (true, true) => Form::Lowered,
        }
    }
}

/// The character at byte `at` of `slice` and its length; ASCII, most of
/// any text, is read without decoding.
fn char_at(slice: &str, at: usize) -> Option<(char, usize)> {
    let byte = *slice.as_bytes().get(at)?;
    if byte.is_ascii() {
        return Some((char::from(byte), 1));
    }
    let c = slice.get(at..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Letters and digits (`char::is_alphanumeric`). Latin letters with
/// accents, and the quotation marks, spaces and dashes of news text, skip
/// the general Unicode table: this is asked of nearly every character.
pub fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        // « » and the no-break space are here; ª ² ³ µ ¹ º ¼ ½ ¾ count.
        '\u{80}'..='\u{bf}' => matches!(
            c,
            '\u{aa}' | '\u{b2}' | '\u{b3}' | '\u{b5}' | '\u{b9}' | '\u{ba}' | '\u{bc}'..='\u{be}'
        ),
        '\u{c0}'..='\u{24f}' => c != '\u{d7}' && c != '\u{f7}',
        // General punctuation: dashes, curly quotes, thin spaces, ellipsis.
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

fn is_space(c: char) -> bool {
    match c {
        '\0'..='\x7f' => matches!(c, '\t'..='\r' | ' '),
        _ => c.is_whitespace(),
    }
}

/// Tokenise `text[from..to]` (no quotation inside); returns `to`.
fn words_until(text: &str, from: usize, to: usize, out: &mut Output<'_>) -> usize {
    let slice = &text[from..to];
    let bytes = slice.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        // ASCII, most of any text, is classed by its byte alone.
        if byte.is_ascii() {
            match byte {
                b'\t'..=b'\r' | b' ' => at += 1,
                // (The letters' table, read by `word_end` too: one load.)
                _ if ASCII_WORD[usize::from(byte)] != 0 => {
                    // The first byte is read: its class goes on to the rest.
                    let first = ASCII_WORD[usize::from(byte)];
                    let (end, normal) = word_end(slice, at, at + 1, first);
                    out.push_word(from + at, from + end, normal);
                    // Most words are followed by one space.
                    at = end + usize::from(bytes.get(end) == Some(&b' '));
                }
                _ => {
                    out.push(from + at, from + at + 1, Kind::Punct);
                    // Commas and full stops, most marks, are followed by
                    // one space: it is passed over here, not by another turn.
                    at += 1 + usize::from(bytes.get(at + 1) == Some(&b' '));
                }
            }
            continue;
        }
        let Some((c, width)) = char_at(slice, at) else {
            break;
        };
        if is_space(c) {
            at += width;
        } else if is_word_char(c) {
            let (end, _) = word_end(slice, at, at + width, 0);
            out.push_word(from + at, from + end, Form::Unknown);
            at = end;
        } else {
            out.push(from + at, from + at + width, Kind::Punct);
            at += width;
        }
    }
    to
}

/// ASCII letters and digits by byte, one load where a word is read:
/// [`LOWER`] for lowercase letters and digits, [`CAPITAL`] for capitals.
static ASCII_WORD: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        if b.is_ascii_uppercase() {
            table[byte] = CAPITAL;
        } else if b.is_ascii_alphanumeric() {
            table[byte] = LOWER;
        }
        byte += 1;
    }
    table
};

const LOWER: u8 = 1;
const CAPITAL: u8 = 2;
/// Accented Latin-1 letters, of either case.
const LATIN_1: u8 = 4;

/// The lead byte of the characters U+00C0 to U+00FF.
const LATIN_1_LEAD: u8 = 0xC3;

/// Is the character 0xC3 `second` a letter (À to ÿ but × and ÷)?
fn is_latin_1_letter(second: u8) -> bool {
    (0x80..=0xBF).contains(&second) && second != 0x97 && second != 0xB7
}

/// The end of the word of `slice` that starts at `start` and runs at least
/// to `end`: letters and digits, joined by hyphens and apostrophes; and
/// what its letters from `end` on, with the `classes` of those before,
/// tell of its lookup form.
#[inline(always)]
fn word_end(slice: &str, start: usize, end: usize, classes: u8) -> (usize, Form) {
    // Most words are letters up to a space or a punctuation mark: they are
    // read here, and only the others by the full rules.
    let bytes = slice.as_bytes();
    let (end, more) = letters(bytes, end);
    let classes = classes | more;
    match bytes.get(end) {
        Some(&byte) if byte.is_ascii() && !matches!(byte, b'-' | b'\'' | b'.' | b',') => {
            (end, Form::of(classes, false))
        }
        // A full stop or a comma joins only digits ("1.4", "3,8"): after a
        // letter, as after most words, it ends the word.
        Some(b'.' | b',') if !bytes[end - 1].is_ascii_digit() => (end, Form::of(classes, false)),
        None => (end, Form::of(classes, false)),
        _ => joined_word_end(slice, start, end, classes),
    }
}

/// Plain ASCII letters and digits, and the accented Latin-1 letters of
/// French, from `end` on: where they stop, and the classes of letters met.
#[inline(always)]
fn letters(bytes: &[u8], mut end: usize) -> (usize, u8) {
    let mut classes = 0;
    loop {
        match bytes.get(end) {
            Some(&byte) if ASCII_WORD[usize::from(byte)] != 0 => {
                classes |= ASCII_WORD[usize::from(byte)];
                end += 1;
            }
            Some(&LATIN_1_LEAD)
                if bytes
                    .get(end + 1)
                    .is_some_and(|&next| is_latin_1_letter(next)) =>
            {
                // À to Þ are capitals; ß to ÿ are not.
                classes |= LATIN_1;
                if bytes[end + 1] < 0x9F {
                    classes |= CAPITAL;
                }
                end += 2;
            }
            _ => return (end, classes),
        }
    }
}

/// [`word_end`] past letters that stop at a character that may join.
#[inline(never)]
fn joined_word_end(slice: &str, start: usize, mut end: usize, mut classes: u8) -> (usize, Form) {
    let bytes = slice.as_bytes();
    let mut unsure = false;
    loop {
        let normal = Form::of(classes, unsure);
        // Any other ASCII but a joiner or a decimal point ends the word.
        match bytes.get(end) {
            Some(&byte) if byte.is_ascii() && !matches!(byte, b'-' | b'\'' | b'.' | b',') => {
                return (end, normal);
            }
            None => return (end, normal),
            _ => {}
        }
        let Some((next, width)) = char_at(slice, end) else {
            return (end, normal);
        };
        if is_space(next) {
            return (end, normal);
        }
        let after = char_at(slice, end + width).map(|(c, _)| c);
        if is_apostrophe(next) {
            // "Supporters’ Trust", "the players' union": a plural
            // possessive keeps its apostrophe.
            let possessive =
                slice[start..end].ends_with(['s', 'S']) && after.is_some_and(char::is_whitespace);
            if possessive || (after.is_some_and(is_word_char) && is_elision(&slice[start..end])) {
                let normal = if next == '\'' { normal } else { Form::Lowered };
                return (end + width, normal);
            }
        }
        // "1.4 billion", "3,8 millions": a decimal point joins digits.
        let decimal = matches!(next, '.' | ',')
            && bytes[end - 1].is_ascii_digit()
            && after.is_some_and(|c| c.is_ascii_digit());
        let joined = decimal || (is_joiner(next) && after.is_some_and(is_word_char));
        if !(is_word_char(next) || joined) {
            return (end, normal);
        }
        // Joiners in ASCII ("-", "'", ".", ",") are in lookup form; any
        // other character is left to `lexicon::is_normal`.
        unsure |= !next.is_ascii();
        let (after_letters, more) = letters(bytes, end + width);
        end = after_letters;
        classes |= more;
    }
}

fn is_elision(word: &str) -> bool {
    word.len() <= 7
        && ELISIONS
            .iter()
            .any(|elision| word.eq_ignore_ascii_case(elision))
}

/// Every token's text, and every word token's lookup form (lowercase,
/// straight apostrophes), computed once: both are read many times for
/// each token, and reading them here checks no bounds of the text again.
/// Most words are already in lookup form and are their own text; only the
/// others are copied, into one buffer.
pub struct Keys<'t> {
    tokens: Vec<TokenKey<'t>>,
    lowered: String,
}

/// A token's text and where its lookup form is (one vector holds both:
/// they are written together, once for every token).
#[derive(Clone, Copy)]
struct TokenKey<'t> {
    text: &'t str,
    key: KeyRange,
}

/// Where a token's lookup form is: its text, the buffer of lowered forms,
/// or nowhere (not a word).
#[derive(Clone, Copy)]
enum KeyRange {
    None,
    Text,
    Lowered(u32, u32),
}

impl<'t> Keys<'t> {
    /// Every word's text and lookup form, in text order, other tokens
    /// left out: for passes over every word, which then look up no token
    /// by its index.
    pub fn words(&self) -> impl Iterator<Item = (&'t str, &str)> + '_ {
        self.tokens
            .iter()
            .filter_map(|token| Some((token.text, self.key_of(token)?)))
    }

    /// The index and lookup form of every word among tokens `range`, in
    /// order (other tokens left out).
    pub fn words_in(&self, range: Range<usize>) -> impl Iterator<Item = (usize, &str)> + '_ {
        let first = range.start;
        self.tokens
            .get(range)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .filter_map(move |(offset, token)| Some((first + offset, self.key_of(token)?)))
    }

    /// The lookup form of a word's token (None for other tokens).
    #[inline(always)]
    fn key_of(&self, token: &TokenKey<'t>) -> Option<&str> {
        match token.key {
            KeyRange::None => None,
            KeyRange::Text => Some(token.text),
            KeyRange::Lowered(start, end) => Some(
                self.lowered
                    .get(start as usize..end as usize)
                    .unwrap_or_default(),
            ),
        }
    }

    /// The first token from `from` on that is a word opening with an
    /// ASCII capital or a character outside ASCII (where a name may start),
    /// or the number of tokens: most words open with neither, and are
    /// passed over here in one tight loop.
    pub fn next_maybe_capitalised(&self, from: usize) -> usize {
        let opens_maybe_capitalised = |token: &TokenKey<'_>| {
            !matches!(token.key, KeyRange::None)
                && token
                    .text
                    .as_bytes()
                    .first()
                    .is_some_and(|&first| !first.is_ascii() || first.is_ascii_uppercase())
        };
        self.tokens
            .get(from..)
            .and_then(|rest| rest.iter().position(opens_maybe_capitalised))
            .map_or(self.tokens.len(), |offset| from + offset)
    }

    /// The lookup form of token `index` (empty for non-words).
    pub fn get(&self, index: usize) -> &str {
        match self.tokens.get(index) {
            Some(&TokenKey {
                text,
                key: KeyRange::Text,
            }) => text,
            Some(&TokenKey {
                key: KeyRange::Lowered(start, end),
                ..
            }) => self
                .lowered
                .get(start as usize..end as usize)
                .unwrap_or_default(),
            Some(TokenKey {
                key: KeyRange::None,
                ..
            })
            | None => "",
        }
    }

    /// The text of token `index` as written (empty past the last).
    pub fn text(&self, index: usize) -> &'t str {
        self.tokens.get(index).map_or("", |token| token.text)
    }
}

/// Sentences as token index ranges. A sentence ends at a block's end, or
/// after . ! ? … (not after an abbreviation such as "M." or "Dr."), or
/// after a quotation that ends a sentence and is followed by a capital.
pub fn sentences(
    tokens: &[Token],
    keys: &Keys<'_>,
    is_abbreviation: impl Fn(&str) -> bool,
) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    // (Each token is read beside its text, not looked up by index.)
    for (index, (token, key)) in tokens.iter().zip(&keys.tokens).enumerate() {
        let ends = match token.kind {
            Kind::Break => true,
            Kind::Punct => {
                let mark = key.text;
                matches!(mark, "." | "!" | "?" | "…")
                    && !(mark == "."
                        && index > 0
                        && tokens[index - 1].kind == Kind::Word
                        && tokens[index - 1].end == token.start
                        && is_abbreviation(keys.text(index - 1)))
            }
            Kind::Quote(_) => {
                let inner = key.text.trim_end_matches(|c: char| {
                    !is_word_char(c) && !matches!(c, '.' | '!' | '?' | '…')
                });
                let closes_sentence = inner.ends_with(['.', '!', '?', '…']);
                let next_is_capital = tokens.get(index + 1).is_some_and(|next| {
                    next.kind == Kind::Word && keys.text(index + 1).starts_with(char::is_uppercase)
                });
                closes_sentence && next_is_capital
            }
            Kind::Word => false,
        };
        if ends {
            if start <= index {
                sentences.push(start..index + 1);
            }
            start = index + 1;
        }
    }
    if start < tokens.len() {
        sentences.push(start..tokens.len());
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    /// The tokens of an article whose first « … » is its one quotation.
    fn tokenize_first_quotation(article: &Article) -> (Vec<Token>, Keys<'_>) {
        let text = article.text.as_str();
        let open = text.find('«').unwrap_or_default();
        let close = text.find('»').unwrap_or_default() + '»'.len_utf8();
        let quotes = [Range {
            start: open,
            end: close,
        }];
        tokenize_with_keys(&article.text, &article.blocks, &quotes)
    }

    fn words(text: &str) -> Vec<String> {
        let article = Article::from_bytes(text.as_bytes(), "t");
        tokenize(&article.text, &article.blocks, &[])
            .into_iter()
            .filter(|token| token.kind != Kind::Break)
            .map(|token| article.text[token.start..token.end].to_string())
            .collect()
    }

    #[test]
    fn the_fast_word_test_agrees_with_unicode_everywhere() {
        let disagree: Vec<char> = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|&c| is_word_char(c) != c.is_alphanumeric())
            .collect();
        assert!(disagree.is_empty(), "{disagree:?}");
    }

    #[test]
    fn every_word_s_key_is_its_normal_form() {
        let text = "Le PDG d’Écoplast, Jean-Émile O’Brien, a dit: « l'État ÉTÉ été » \
                    Straße İstanbul ǅemal Œuvre naïve 3,8 1.4 DÉCLARÉ l’Élysée aujourd’hui \
                    players' Supporters’ x×y ABC-def rock'n'roll Ωmega";
        let article = Article::from_bytes(text.as_bytes(), "t");
        let (tokens, keys) = tokenize_with_keys(&article.text, &article.blocks, &[]);
        for (index, token) in tokens.iter().enumerate() {
            let word = &article.text[token.start..token.end];
            let expected = if token.kind == Kind::Word {
                lexicon::normalise(word)
            } else {
                String::new()
            };
            assert_eq!(keys.get(index), expected, "{word}");
        }
    }

    #[test]
    fn words_are_found_in_order_as_by_their_index() {
        let text = "« Oui », dit l’Élu. M. Roe, ÉTAT 3,8 et Zoé ; qu'Ilse part. 12 Avenue";
        let article = Article::from_bytes(text.as_bytes(), "t");
        let (tokens, keys) = tokenize_first_quotation(&article);
        let is_word = |index: usize| tokens[index].kind == Kind::Word;
        let expected: Vec<(usize, &str)> = (0..tokens.len())
            .filter(|&index| is_word(index))
            .map(|index| (index, keys.get(index)))
            .collect();
        assert_eq!(keys.words_in(0..tokens.len()).collect::<Vec<_>>(), expected);
        let texts: Vec<(&str, &str)> = expected
            .iter()
            .map(|&(index, key)| (keys.text(index), key))
            .collect();
        assert_eq!(keys.words().collect::<Vec<_>>(), texts);
        for from in 0..=tokens.len() {
            let naive = (from..tokens.len())
                .find(|&index| {
                    is_word(index)
                        && keys
                            .text(index)
                            .bytes()
                            .next()
                            .is_some_and(|b| !b.is_ascii() || b.is_ascii_uppercase())
                })
                .unwrap_or(tokens.len());
            assert_eq!(keys.next_maybe_capitalised(from), naive, "{from}");
        }
    }

    #[test]
    fn decimals_are_one_word_and_end_no_sentence() {
        assert_eq!(
            words("un prêt de 1.4 milliard, soit 3,8 %, puis 12, 13."),
            vec![
                "un", "prêt", "de", "1.4", "milliard", ",", "soit", "3,8", "%", ",", "puis", "12",
                ",", "13", "."
            ]
        );
    }

    #[test]
    fn elisions_split_but_inversions_and_names_hold() {
        assert_eq!(
            words("l’élu a-t-il dit qu'O’Brien didn’t, Jean-Baptiste."),
            vec![
                "l’",
                "élu",
                "a-t-il",
                "dit",
                "qu'",
                "O’Brien",
                "didn’t",
                ",",
                "Jean-Baptiste",
                "."
            ]
        );
    }

    #[test]
    fn every_block_ends_with_a_break_even_inside_a_long_quotation() {
        let text = "« Un,\n« deux,\n« trois. »\nFin.";
        let article = Article::from_bytes(text.as_bytes(), "t");
        let end = text.find('»').unwrap_or_default() + '»'.len_utf8();
        let quotes = [std::ops::Range { start: 0, end }];
        let tokens = tokenize(&article.text, &article.blocks, &quotes);
        let breaks = tokens
            .iter()
            .filter(|token| token.kind == Kind::Break)
            .count();
        assert_eq!(breaks, article.blocks.len());
    }

    #[test]
    fn quotations_are_single_tokens_and_sentences_respect_abbreviations() {
        let text = "M. Roe a dit : « Oui. Non. » Puis il part. Fin";
        let article = Article::from_bytes(text.as_bytes(), "t");
        let (tokens, keys) = tokenize_first_quotation(&article);
        assert!(tokens.iter().any(|token| token.kind == Kind::Quote(0)));
        let sentences = sentences(&tokens, &keys, |word| word == "M");
        assert_eq!(sentences.len(), 3);
    }
}
