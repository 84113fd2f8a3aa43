//! Display-width arithmetic for text that may hold wide (CJK, emoji)
//! characters.

use unicode_width::UnicodeWidthStr;

pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` cut to at most `max` columns, ending in "…" when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The end of `text` that fits in `max` columns (where typing goes on).
pub fn tail(text: &str, max: usize) -> String {
    let mut kept: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > max {
            break;
        }
        used += w;
        kept.push(c);
    }
    kept.into_iter().rev().collect()
}

/// `text` on one line: whitespace runs (line breaks included) become one
/// space, other control characters go. Non-breaking spaces stay.
pub fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}')
        .filter(|word| !word.is_empty())
        .map(|word| word.chars().filter(|c| !c.is_control()).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

pub use crate::article::floor_boundary;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_counts_columns_not_bytes() {
        assert_eq!(truncate("Poutine", 10), "Poutine");
        assert_eq!(truncate("Poutine", 5), "Pout…");
        assert_eq!(truncate("北京天安门", 5), "北京…");
        assert!(width(&truncate("北京天安门", 4)) <= 4);
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn the_tail_keeps_the_end_by_columns() {
        assert_eq!(tail("/recherche", 4), "rche");
        assert_eq!(
            tail("/北京天", 5),
            "北京天".chars().skip(1).collect::<String>()
        );
        assert_eq!(tail("abc", 10), "abc");
        assert_eq!(tail("abc", 0), "");
    }

    #[test]
    fn one_line_joins_lines_and_drops_controls() {
        assert_eq!(one_line("« Nous\n  tiendrons\u{7} »"), "« Nous tiendrons »");
        assert_eq!(one_line("a\u{a0}b"), "a\u{a0}b");
    }

    #[test]
    fn boundaries_never_split_a_character() {
        assert_eq!(floor_boundary("é", 1), 0);
        assert_eq!(floor_boundary("aé", 9), 3);
    }
}
