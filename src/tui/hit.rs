//! What is under a screen cell: the mouse's view of a laid-out line.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// The byte offset of the character drawn at `column` (0-based, in cells)
/// of a line showing `text[range]`, as the reader draws it: line breaks
/// as spaces, wide characters over two cells. None past the line's end.
pub fn offset_at_column(text: &str, range: Range<usize>, column: usize) -> Option<usize> {
    let shown = text.get(range.clone())?;
    let mut used = 0;
    for (at, c) in shown.char_indices() {
        let width = if c == '\n' { 1 } else { c.width().unwrap_or(0) };
        if column < used + width {
            return Some(range.start + at);
        }
        used += width;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_cells_not_bytes() {
        let text = "xx« élève »\nnoir";
        let range = 2..text.len();
        assert_eq!(offset_at_column(text, range.clone(), 0), Some(2));
        // « is two bytes, one cell.
        assert_eq!(offset_at_column(text, range.clone(), 1), Some(4));
        assert_eq!(
            offset_at_column(text, range.clone(), 3),
            Some(text.find("lève").unwrap_or(0))
        );
        assert_eq!(
            offset_at_column(text, range.clone(), 9),
            Some(text.find('\n').unwrap_or(0))
        );
        assert_eq!(
            offset_at_column(text, range.clone(), 10),
            Some(text.find("noir").unwrap_or(0))
        );
        assert_eq!(offset_at_column(text, range, 14), None);
    }

    #[test]
    fn a_wide_character_covers_both_its_cells() {
        let text = "a北京b";
        assert_eq!(offset_at_column(text, 0..text.len(), 1), Some(1));
        assert_eq!(offset_at_column(text, 0..text.len(), 2), Some(1));
        assert_eq!(offset_at_column(text, 0..text.len(), 3), Some(4));
        assert_eq!(offset_at_column(text, 0..text.len(), 5), Some(7));
    }

    #[test]
    fn a_bad_range_is_nothing() {
        assert_eq!(offset_at_column("é", 1..2, 0), None);
        assert_eq!(offset_at_column("abc", 2..9, 0), None);
    }
}
