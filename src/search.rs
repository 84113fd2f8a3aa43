//! Finding a query in an article's text, ignoring case and accents:
//! "eleve" finds "élève", "Eleve" and "ÉLÈVE".
//!
//! The text is folded once (lower case, compatibility decomposition,
//! combining marks dropped, a few ligatures spelt out) into a second
//! string; queries are folded the same way and found in it with the
//! standard library's substring search. Folding changes byte lengths, so
//! [`Folded`] keeps where the two strings drift apart and maps every match
//! back to an exact byte range of the original.

use crate::article::floor_boundary;
use std::ops::Range;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A place where a character's folded form is not its own bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    folded: Range32,
    original: Range32,
}

/// A byte range stored in half the space: the anchors of a long text
/// number in the millions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Range32 {
    start: u32,
    end: u32,
}

impl Range32 {
    fn new(start: usize, end: usize) -> Range32 {
        let narrow = |value: usize| u32::try_from(value).unwrap_or(u32::MAX);
        Range32 {
            start: narrow(start),
            end: narrow(end),
        }
    }
}

/// An article's text folded for searching, with the way back to it.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    text: String,
    /// In text order. Between anchors, folded and original bytes match
    /// one for one.
    anchors: Vec<Anchor>,
    /// Texts past 4 GiB cannot be mapped in 32 bits: they are searched
    /// only up to there.
    original_len: usize,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let limit = original.len().min(u32::MAX as usize);
        let original = &original[..floor_boundary(original, limit)];
        let mut text = String::with_capacity(original.len());
        let mut anchors = Vec::new();
        for (at, c) in original.char_indices() {
            let folded_start = text.len();
            if c.is_ascii() {
                text.push(fold_ascii(c));
                continue;
            }
            fold_char(c, &mut text);
            let (folded_len, original_len) = (text.len() - folded_start, c.len_utf8());
            if text.get(folded_start..) != Some(c.encode_utf8(&mut [0; 4])) {
                anchors.push(Anchor {
                    folded: Range32::new(folded_start, folded_start + folded_len),
                    original: Range32::new(at, at + original_len),
                });
            }
        }
        Folded {
            text,
            anchors,
            original_len: original.len(),
        }
    }

    /// Every place `query` occurs, as byte ranges of the original text, in
    /// order and not overlapping. Empty when the query folds to nothing.
    pub fn find_all(&self, query: &str) -> Vec<Range<usize>> {
        let needle = fold(query);
        if needle.is_empty() {
            return Vec::new();
        }
        // Matches come in text order: the anchor search only moves on.
        let mut passed = 0;
        self.text
            .match_indices(&needle)
            .map(|(at, found)| {
                let start = self.original_offset(at, Side::Start, &mut passed);
                let end = self.original_offset(at + found.len(), Side::End, &mut passed);
                start..end
            })
            .collect()
    }

    /// The original offset of folded offset `at`. Inside the folded form of
    /// one character (say the "e" of "œ" → "oe"), a start goes back to the
    /// character's start and an end on to its end, so a match never splits
    /// a character.
    /// `passed` counts the anchors known to start at or before `at`; it
    /// is advanced here, so offsets asked in order cost a walk, not a
    /// search each.
    fn original_offset(&self, at: usize, side: Side, passed: &mut usize) -> usize {
        let at32 = u32::try_from(at).unwrap_or(u32::MAX);
        let rest = self.anchors.get(*passed..).unwrap_or_default();
        *passed += gallop(rest, |anchor| anchor.folded.start <= at32);
        let before = *passed;
        let Some(anchor) = before.checked_sub(1).and_then(|i| self.anchors.get(i)) else {
            return at.min(self.original_len);
        };
        let (folded, original) = (anchor.folded, anchor.original);
        let offset = if at32 >= folded.end {
            original.end as usize + (at - folded.end as usize)
        } else if at32 == folded.start || side == Side::Start {
            original.start as usize
        } else {
            original.end as usize
        };
        offset.min(self.original_len)
    }
}

/// How many leading items of `items` satisfy `test` (true then false, as
/// for `partition_point`), probing 1, 2, 4… ahead first: cheap when the
/// answer is near the start, as it is for matches close together.
fn gallop<T>(items: &[T], test: impl Fn(&T) -> bool) -> usize {
    let mut bound = 1;
    while bound < items.len() && test(&items[bound]) {
        bound *= 2;
    }
    let end = (bound + 1).min(items.len());
    items[..end].partition_point(test)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Start,
    End,
}

/// `text` folded as [`Folded`] folds an article.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(fold_ascii(c));
        } else {
            fold_char(c, &mut out);
        }
    }
    out
}

/// Line breaks inside a paragraph show as spaces, so they match one.
fn fold_ascii(c: char) -> char {
    match c {
        '\n' | '\t' | '\r' => ' ',
        _ => c.to_ascii_lowercase(),
    }
}

fn fold_char(c: char, out: &mut String) {
    // Hangul syllables decompose into jamo: searching gains nothing, and
    // Korean text would grow threefold.
    if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
        out.push(c);
        return;
    }
    decompose_compatible(c, |part| {
        for lower in part.to_lowercase() {
            if is_combining_mark(lower) {
                continue;
            }
            match lower {
                'œ' => out.push_str("oe"),
                'æ' => out.push_str("ae"),
                'ß' => out.push_str("ss"),
                'ø' => out.push('o'),
                // Typographic apostrophes match the typewriter one.
                '\u{2019}' | '\u{02BC}' => out.push('\''),
                _ => out.push(lower),
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        Folded::new(text)
            .find_all(query)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn case_and_accents_are_optional() {
        let text = "Un élève, puis Eleve, puis ÉLÈVE, puis elève.";
        assert_eq!(found(text, "eleve"), ["élève", "Eleve", "ÉLÈVE", "elève"]);
        assert_eq!(found(text, "ÉLÈVE").len(), 4);
        assert!(found(text, "élèves").is_empty());
    }

    #[test]
    fn matches_map_back_to_exact_bytes_when_folding_changes_lengths() {
        // "É" is two bytes folded to one; "œ" stays two; "ﬁ" is three
        // bytes folded to two; "ß" two to two; a decomposed "é" is three
        // bytes folded to one.
        let text = "ÉTÉ: cœur, ﬁn, Straße, cafe\u{301} noir";
        let folded = Folded::new(text);
        for (query, expected) in [
            ("ete", "ÉTÉ"),
            ("coeur", "cœur"),
            ("fin", "ﬁn"),
            ("strasse", "Straße"),
            ("café noir", "cafe\u{301} noir"),
            ("noir", "noir"),
        ] {
            let ranges = folded.find_all(query);
            assert_eq!(ranges.len(), 1, "{query}");
            let range = ranges[0].clone();
            assert_eq!(&text[range.clone()], expected, "{query}");
            assert_eq!(text.find(expected), Some(range.start), "{query}");
        }
    }

    #[test]
    fn a_match_inside_one_characters_folding_covers_the_character() {
        let text = "un cœur";
        assert_eq!(found(text, "e"), ["œ"]);
        assert_eq!(found(text, "oeu"), ["œu"]);
    }

    #[test]
    fn line_breaks_and_apostrophes_match_their_plain_forms() {
        let text = "les deux\ndirigeants ont dit l’essentiel";
        assert_eq!(found(text, "deux dirigeants"), ["deux\ndirigeants"]);
        assert_eq!(found(text, "l'essentiel"), ["l’essentiel"]);
    }

    #[test]
    fn non_latin_text_is_found_where_it_is() {
        let text = "北京天安门 and 한국어 and Ωmega ωmega";
        assert_eq!(found(text, "天安"), ["天安"]);
        assert_eq!(found(text, "한국"), ["한국"]);
        assert_eq!(found(text, "ωMEGA"), ["Ωmega", "ωmega"]);
    }

    #[test]
    fn every_match_on_a_long_text_folds_to_the_query() {
        let text = format!("{}ÉLÈVE", "Élève, cœur, ﬁn, Straße… ".repeat(200));
        let folded = Folded::new(&text);
        for query in ["eleve", "COEUR", "fin", "l", "strasse…"] {
            let ranges = folded.find_all(query);
            assert_eq!(
                ranges.len(),
                fold(&text).matches(&fold(query)).count(),
                "{query}"
            );
            for range in ranges {
                assert_eq!(fold(&text[range]), fold(query), "{query}");
            }
        }
    }

    #[test]
    fn matches_are_in_order_and_never_overlap() {
        let ranges = Folded::new("aaaa").find_all("aa");
        assert_eq!(ranges, [0..2, 2..4]);
    }

    #[test]
    fn empty_queries_find_nothing() {
        let folded = Folded::new("texte");
        assert!(folded.find_all("").is_empty());
        assert!(folded.find_all("\u{301}").is_empty());
        assert!(Folded::new("").find_all("a").is_empty());
    }
}
