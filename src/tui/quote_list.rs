//! The quote list: one speaker's quotations, or every quotation grouped
//! under its speaker. Pure state; the view draws it, the app moves it.

use super::app::{Filter, sidebar_entries};
use crate::quotes::Extraction;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A speaker's name above their quotations (the all-quotes view).
    Group(Filter),
    /// Index into the extraction's quotes.
    Quote(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteList {
    /// The speaker listed; None lists everyone's quotations.
    pub scope: Option<Filter>,
    rows: Vec<Row>,
    /// Indices into `rows` of the quotations, which the cursor visits.
    quote_rows: Vec<usize>,
    /// Index into `quote_rows`.
    cursor: usize,
    /// First row shown.
    top: usize,
}

impl QuoteList {
    /// The list for `scope`, its cursor on `selected` when listed.
    pub fn new(extraction: &Extraction, scope: Option<Filter>, selected: Option<usize>) -> Self {
        let rows = match scope {
            Some(filter) => quotes_of(extraction, filter).map(Row::Quote).collect(),
            None => grouped(extraction),
        };
        let quote_rows: Vec<usize> = rows
            .iter()
            .enumerate()
            .filter(|(_, row)| matches!(row, Row::Quote(_)))
            .map(|(place, _)| place)
            .collect();
        let cursor = selected
            .and_then(|selected| {
                quote_rows
                    .iter()
                    .position(|&place| rows[place] == Row::Quote(selected))
            })
            .unwrap_or(0);
        QuoteList {
            scope,
            rows,
            quote_rows,
            cursor,
            top: 0,
        }
    }

    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn top(&self) -> usize {
        self.top
    }

    /// The row the cursor is on, if the list has any quotation.
    pub fn cursor_row(&self) -> Option<usize> {
        self.quote_rows.get(self.cursor).copied()
    }

    /// The quotation under the cursor.
    pub fn chosen(&self) -> Option<usize> {
        match self.rows.get(self.cursor_row()?) {
            Some(&Row::Quote(index)) => Some(index),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.quote_rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.quote_rows.is_empty()
    }

    /// Move the cursor `by` quotations (negative: up), stopping at the
    /// ends, and keep it in a window of `height` rows.
    pub fn step(&mut self, by: isize, height: usize) {
        let last = self.quote_rows.len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(by).min(last);
        self.scroll(height);
    }

    pub fn first(&mut self, height: usize) {
        self.cursor = 0;
        self.scroll(height);
    }

    pub fn last(&mut self, height: usize) {
        self.cursor = self.quote_rows.len().saturating_sub(1);
        self.scroll(height);
    }

    /// Put the cursor on the quotation shown at `row` of the window.
    /// Returns whether there was one.
    pub fn point_at(&mut self, row: usize) -> bool {
        let place = self.top + row;
        match self
            .quote_rows
            .iter()
            .position(|&quote_row| quote_row == place)
        {
            Some(cursor) => {
                self.cursor = cursor;
                true
            }
            None => false,
        }
    }

    /// Bring the cursor into a window of `height` rows, with its group's
    /// name when that is just above.
    pub fn scroll(&mut self, height: usize) {
        let Some(row) = self.cursor_row() else {
            self.top = 0;
            return;
        };
        let want_from = match row.checked_sub(1).map(|above| self.rows[above]) {
            Some(Row::Group(_)) => row - 1,
            _ => row,
        };
        self.top = scroll_top(self.top, want_from..row + 1, height);
    }
}

/// The first row to show so that `wanted` is in a window of `height`
/// rows, moving as little as possible from `top`.
pub fn scroll_top(top: usize, wanted: std::ops::Range<usize>, height: usize) -> usize {
    let height = height.max(1);
    if wanted.start < top {
        wanted.start
    } else if wanted.end > top + height {
        wanted.end - height
    } else {
        top
    }
}

fn quotes_of(extraction: &Extraction, filter: Filter) -> impl Iterator<Item = usize> + '_ {
    extraction
        .quotes
        .iter()
        .enumerate()
        .filter(move |(_, quote)| filter.matches(quote))
        .map(|(index, _)| index)
}

/// Speakers in sidebar order, unattributed last, each with its quotations.
fn grouped(extraction: &Extraction) -> Vec<Row> {
    let mut rows = Vec::new();
    for filter in sidebar_entries(extraction) {
        let start = rows.len();
        rows.push(Row::Group(filter));
        rows.extend(quotes_of(extraction, filter).map(Row::Quote));
        if rows.len() == start + 1 {
            rows.pop();
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::{Quote, QuoteKind, Speaker};

    /// Quotes credited to 1, nobody, 0, 1, 0.
    fn extraction() -> Extraction {
        let quote = |at: usize, speaker| Quote {
            span: at..at + 1,
            kind: QuoteKind::Quote,
            speaker,
            mention: None,
            cue: None,
        };
        let speaker = |name: &str, quotes| Speaker {
            name: name.to_string(),
            aliases: Vec::new(),
            quotes,
        };
        Extraction {
            quotes: vec![
                quote(0, Some(1)),
                quote(2, None),
                quote(4, Some(0)),
                quote(6, Some(1)),
                quote(8, Some(0)),
            ],
            speakers: vec![speaker("A", 2), speaker("B", 2)],
        }
    }

    #[test]
    fn one_speakers_list_holds_their_quotes_in_reading_order() {
        let list = QuoteList::new(&extraction(), Some(Filter::Speaker(1)), None);
        assert_eq!(list.rows(), [Row::Quote(0), Row::Quote(3)]);
        assert_eq!(list.chosen(), Some(0));
    }

    #[test]
    fn the_all_quotes_view_groups_by_speaker_unattributed_last() {
        let list = QuoteList::new(&extraction(), None, Some(3));
        assert_eq!(
            list.rows(),
            [
                Row::Group(Filter::Speaker(0)),
                Row::Quote(2),
                Row::Quote(4),
                Row::Group(Filter::Speaker(1)),
                Row::Quote(0),
                Row::Quote(3),
                Row::Group(Filter::Unattributed),
                Row::Quote(1),
            ]
        );
        assert_eq!(list.chosen(), Some(3), "opens on the selected quote");
        assert_eq!(list.len(), 5);
    }

    #[test]
    fn the_cursor_skips_names_and_stops_at_the_ends() {
        let mut list = QuoteList::new(&extraction(), None, None);
        assert_eq!(list.chosen(), Some(2));
        list.step(2, 10);
        assert_eq!(list.chosen(), Some(0), "past B's name");
        list.step(-1, 10);
        assert_eq!(list.chosen(), Some(4));
        list.step(100, 10);
        assert_eq!(list.chosen(), Some(1));
        list.step(-100, 10);
        assert_eq!(list.chosen(), Some(2));
        list.last(10);
        assert_eq!(list.chosen(), Some(1));
        list.first(10);
        assert_eq!(list.chosen(), Some(2));
    }

    #[test]
    fn the_window_follows_the_cursor_with_its_group_name() {
        let mut list = QuoteList::new(&extraction(), None, None);
        list.step(2, 3);
        // Rows 3 (B) and 4 (quote 0) end the window of three.
        assert_eq!(list.top(), 2);
        list.last(3);
        assert_eq!(list.top(), 5);
        list.first(3);
        assert_eq!(list.top(), 0, "the first name shows above the first quote");
        assert!(list.point_at(2));
        assert_eq!(list.chosen(), Some(4));
        assert!(!list.point_at(3), "a name is not a quote");
        assert!(!list.point_at(30));
    }

    #[test]
    fn an_empty_list_has_no_cursor() {
        let mut list = QuoteList::new(&Extraction::default(), None, None);
        list.step(1, 5);
        assert!(list.is_empty());
        assert_eq!(list.chosen(), None);
    }

    #[test]
    fn scroll_top_moves_as_little_as_it_can() {
        assert_eq!(scroll_top(0, 2..3, 5), 0);
        assert_eq!(scroll_top(0, 6..7, 5), 2);
        assert_eq!(scroll_top(4, 2..3, 5), 2);
    }
}
