//! Words, punctuation and quotations as tokens, and sentences as runs of
//! tokens. A quotation is one opaque token, so the words around it can be
//! read for cues without its own words getting in the way.

use std::ops::Range;

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
pub fn tokenize(text: &str, blocks: &[Block], quotes: &[Range<usize>]) -> Vec<Token> {
    let bytes = match (blocks.first(), blocks.last()) {
        (Some(first), Some(last)) => last.span.end.saturating_sub(first.span.start),
        _ => 0,
    };
    let mut tokens = Vec::with_capacity(bytes / 5);
    let mut next_quote = 0;
    let mut position = 0;
    for block in blocks {
        // A paragraph inside a quotation that runs over several still
        // ends with a break, so breaks count blocks exactly.
        if block.span.end <= position {
            tokens.push(Token {
                start: position,
                end: position,
                kind: Kind::Break,
            });
            continue;
        }
        let mut at = block.span.start.max(position);
        while at < block.span.end {
            if let Some(quote) = quotes.get(next_quote)
                && quote.start <= at
            {
                tokens.push(Token {
                    start: quote.start,
                    end: quote.end,
                    kind: Kind::Quote(next_quote),
                });
                at = at.max(quote.end);
                next_quote += 1;
                continue;
            }
            let limit = quotes
                .get(next_quote)
                .map_or(block.span.end, |q| q.start.min(block.span.end));
            at = words_until(text, at, limit, &mut tokens);
        }
        position = at.max(block.span.end);
        tokens.push(Token {
            start: position,
            end: position,
            kind: Kind::Break,
        });
    }
    tokens
}

/// Tokenise `text[from..to]` (no quotation inside); returns `to`.
fn words_until(text: &str, from: usize, to: usize, tokens: &mut Vec<Token>) -> usize {
    let slice = &text[from..to];
    let mut chars = slice.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            tokens.push(Token {
                start: from + index,
                end: from + index + c.len_utf8(),
                kind: Kind::Punct,
            });
            continue;
        }
        let mut end = index + c.len_utf8();
        // Plain ASCII letters and digits need none of the checks below.
        let ascii_run = slice.as_bytes()[end..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if ascii_run > 0 {
            chars.nth(ascii_run - 1);
            end += ascii_run;
        }
        while let Some(&(next_index, next)) = chars.peek() {
            let joined = is_joiner(next)
                && slice[next_index + next.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            // "Supporters’ Trust", "the players' union": a plural possessive
            // keeps its apostrophe.
            let possessive = is_apostrophe(next)
                && slice[index..next_index].ends_with(['s', 'S'])
                && slice[next_index + next.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_whitespace);
            if possessive {
                chars.next();
                end = next_index + next.len_utf8();
                break;
            }
            if !(next.is_alphanumeric() || joined) {
                break;
            }
            if is_apostrophe(next)
                && ELISIONS.contains(&slice[index..next_index].to_lowercase().as_str())
            {
                chars.next();
                end = next_index + next.len_utf8();
                break;
            }
            chars.next();
            end = next_index + next.len_utf8();
        }
        tokens.push(Token {
            start: from + index,
            end: from + end,
            kind: Kind::Word,
        });
    }
    to
}

/// Every word token's lookup form (lowercase, straight apostrophes),
/// computed once and kept in one buffer rather than a string per token.
pub struct Keys {
    arena: String,
    ranges: Vec<(u32, u32)>,
}

impl Keys {
    pub fn new(text: &str, tokens: &[Token]) -> Keys {
        let bytes = match (tokens.first(), tokens.last()) {
            (Some(first), Some(last)) => last.end.saturating_sub(first.start),
            _ => 0,
        };
        let mut arena = String::with_capacity(bytes);
        let mut ranges = Vec::with_capacity(tokens.len());
        for token in tokens {
            let start = arena.len();
            let word = &text[token.start..token.end];
            if token.kind == Kind::Word && word.is_ascii() {
                arena.push_str(word);
                arena[start..].make_ascii_lowercase();
            } else if token.kind == Kind::Word {
                for c in word.chars() {
                    match c {
                        '’' => arena.push('\''),
                        c if c.is_uppercase() => arena.extend(c.to_lowercase()),
                        c => arena.push(c),
                    }
                }
            }
            ranges.push((start as u32, arena.len() as u32));
        }
        Keys { arena, ranges }
    }

    /// The lookup form of token `index` (empty for non-words).
    pub fn get(&self, index: usize) -> &str {
        self.ranges
            .get(index)
            .and_then(|&(start, end)| self.arena.get(start as usize..end as usize))
            .unwrap_or_default()
    }
}

/// Sentences as token index ranges. A sentence ends at a block's end, or
/// after . ! ? … (not after an abbreviation such as "M." or "Dr."), or
/// after a quotation that ends a sentence and is followed by a capital.
pub fn sentences(
    text: &str,
    tokens: &[Token],
    is_abbreviation: impl Fn(&str) -> bool,
) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (index, token) in tokens.iter().enumerate() {
        let ends = match token.kind {
            Kind::Break => true,
            Kind::Punct => {
                let mark = &text[token.start..token.end];
                matches!(mark, "." | "!" | "?" | "…")
                    && !(mark == "."
                        && index > 0
                        && tokens[index - 1].kind == Kind::Word
                        && tokens[index - 1].end == token.start
                        && is_abbreviation(&text[tokens[index - 1].start..tokens[index - 1].end]))
            }
            Kind::Quote(_) => {
                let inner = text[token.start..token.end].trim_end_matches(|c: char| {
                    !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?' | '…')
                });
                let closes_sentence = inner.ends_with(['.', '!', '?', '…']);
                let next_is_capital = tokens.get(index + 1).is_some_and(|next| {
                    next.kind == Kind::Word && text[next.start..].starts_with(char::is_uppercase)
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

    fn words(text: &str) -> Vec<String> {
        let article = Article::from_bytes(text.as_bytes(), "t");
        tokenize(&article.text, &article.blocks, &[])
            .into_iter()
            .filter(|token| token.kind != Kind::Break)
            .map(|token| article.text[token.start..token.end].to_string())
            .collect()
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
        let open = text.find('«').unwrap_or_default();
        let close = text.find('»').unwrap_or_default() + '»'.len_utf8();
        let quotes = [std::ops::Range {
            start: open,
            end: close,
        }];
        let tokens = tokenize(&article.text, &article.blocks, &quotes);
        assert!(tokens.iter().any(|token| token.kind == Kind::Quote(0)));
        let sentences = sentences(text, &tokens, |word| word == "M");
        assert_eq!(sentences.len(), 3);
    }
}
