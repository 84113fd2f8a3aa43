//! The search prompt and the matches of the search in force. Pure state:
//! finding is [`crate::search`]'s job, drawing the view's.

use std::ops::Range;

/// The line being typed after `/` (forward) or `?` (backward).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub query: String,
    pub forward: bool,
}

impl Prompt {
    pub fn new(forward: bool) -> Prompt {
        Prompt {
            query: String::new(),
            forward,
        }
    }

    /// What the prompt shows before the query.
    pub fn sigil(&self) -> char {
        if self.forward { '/' } else { '?' }
    }

    pub fn type_char(&mut self, c: char) {
        if !c.is_control() {
            self.query.push(c);
        }
    }
}

/// A search with at least one match, and the match the reader is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matches {
    pub query: String,
    /// Byte ranges in the article text, in order.
    ranges: Vec<Range<usize>>,
    current: usize,
    /// The direction the search was typed in: `n` keeps it, `N` reverses.
    forward: bool,
}

pub const WRAPPED_TO_FIRST: &str = "search wrapped to the first match";
pub const WRAPPED_TO_LAST: &str = "search wrapped to the last match";

impl Matches {
    /// The first match at or after `from` (searching forward) or the last
    /// one before it (backward), wrapping round the text. None when there
    /// is no match at all. The message says when the search wrapped.
    pub fn new(
        query: String,
        ranges: Vec<Range<usize>>,
        forward: bool,
        from: usize,
    ) -> Option<(Matches, Option<&'static str>)> {
        if ranges.is_empty() {
            return None;
        }
        let mut matches = Matches {
            query,
            ranges,
            current: 0,
            forward,
        };
        let note = matches.seek(forward, from);
        Some((matches, note))
    }

    /// Go to the first match at or after `from` (`forward`) or the last
    /// one before it, wrapping round. Says when it wrapped.
    pub fn seek(&mut self, forward: bool, from: usize) -> Option<&'static str> {
        let last = self.ranges.len().saturating_sub(1);
        let after = self.ranges.partition_point(|range| range.start < from);
        let (current, wrapped) = if forward {
            match after {
                place if place <= last => (place, None),
                _ => (0, Some(WRAPPED_TO_FIRST)),
            }
        } else {
            match after.checked_sub(1) {
                Some(place) => (place, None),
                None => (last, Some(WRAPPED_TO_LAST)),
            }
        };
        self.current = current;
        wrapped.filter(|_| last > 0)
    }

    /// Whether `n` goes forward (`N` goes the other way).
    pub fn forward(&self) -> bool {
        self.forward
    }

    pub fn ranges(&self) -> &[Range<usize>] {
        &self.ranges
    }

    pub fn current(&self) -> Range<usize> {
        self.ranges.get(self.current).cloned().unwrap_or_default()
    }

    pub fn current_index(&self) -> usize {
        self.current
    }

    /// `(I, M)` for the status line's `match I/M`.
    pub fn position(&self) -> (usize, usize) {
        (self.current + 1, self.ranges.len())
    }

    /// `n` (`again`) or `N`: the next match in the search's direction or
    /// against it, wrapping round.
    pub fn step(&mut self, again: bool) -> Option<&'static str> {
        let last = self.ranges.len().saturating_sub(1);
        if again == self.forward {
            if self.current >= last {
                self.current = 0;
                return (last > 0).then_some(WRAPPED_TO_FIRST);
            }
            self.current += 1;
        } else {
            if self.current == 0 {
                self.current = last;
                return (last > 0).then_some(WRAPPED_TO_LAST);
            }
            self.current -= 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(forward: bool, from: usize) -> (Matches, Option<&'static str>) {
        match Matches::new("x".to_string(), vec![10..11, 20..21, 30..31], forward, from) {
            Some(found) => found,
            None => panic!("three matches"),
        }
    }

    #[test]
    fn a_search_starts_from_the_position_in_its_direction() {
        assert_eq!(matches(true, 15).0.position(), (2, 3));
        assert_eq!(matches(true, 20).0.position(), (2, 3));
        assert_eq!(matches(false, 20).0.position(), (1, 3));
        assert_eq!(matches(false, 31).0.position(), (3, 3));
    }

    #[test]
    fn a_search_past_the_last_match_wraps_and_says_so() {
        let (found, note) = matches(true, 31);
        assert_eq!((found.position(), note), ((1, 3), Some(WRAPPED_TO_FIRST)));
        let (found, note) = matches(false, 5);
        assert_eq!((found.position(), note), ((3, 3), Some(WRAPPED_TO_LAST)));
    }

    #[test]
    fn n_keeps_the_direction_and_shift_n_reverses_it() {
        let (mut forward, _) = matches(true, 0);
        assert_eq!(forward.step(true), None);
        assert_eq!(forward.current(), 20..21);
        assert_eq!(forward.step(false), None);
        assert_eq!(forward.step(false), Some(WRAPPED_TO_LAST));
        assert_eq!(forward.position(), (3, 3));
        let (mut backward, _) = matches(false, 25);
        assert_eq!(backward.step(true), None);
        assert_eq!(backward.position(), (1, 3), "n goes on backwards");
    }

    #[test]
    fn no_match_is_no_search() {
        assert!(Matches::new("x".to_string(), Vec::new(), true, 0).is_none());
    }

    #[test]
    fn the_prompt_refuses_control_characters() {
        let mut prompt = Prompt::new(false);
        prompt.type_char('é');
        prompt.type_char('\u{1b}');
        assert_eq!((prompt.sigil(), prompt.query.as_str()), ('?', "é"));
    }
}
