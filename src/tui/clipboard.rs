//! Copying a quotation to the system clipboard with an OSC 52 escape
//! sequence, which terminals (and tmux, with `set-clipboard on`) pass to
//! the clipboard, over ssh too. Pure: the shell writes the sequence.

use base64::prelude::{BASE64_STANDARD, Engine};

use super::strings::one_line;
use crate::quotes::Extraction;

/// `« … » — Speaker` for quote `index` (without the dash and name when
/// nobody is credited), on one line, with no control characters.
pub fn quote_text(text: &str, extraction: &Extraction, index: usize) -> Option<String> {
    let quote = extraction.quotes.get(index)?;
    let words = one_line(text.get(quote.span.clone())?);
    Some(match extraction.speaker_name(quote) {
        Some(name) => format!("{words} — {}", one_line(name)),
        None => words,
    })
}

/// The escape sequence that asks the terminal to put `text` on the
/// clipboard.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", BASE64_STANDARD.encode(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::quotes;

    #[test]
    fn a_quote_is_copied_with_its_speaker_on_one_line() {
        let text = "Jean Morel a reçu la presse. « Nous   tiendrons\tbon », a-t-il assuré.";
        let article = Article::from_bytes(text.as_bytes(), "t");
        let extraction = quotes::extract(&article);
        let copied = quote_text(&article.text, &extraction, 0);
        assert_eq!(
            copied.as_deref(),
            Some("« Nous tiendrons bon » — Jean Morel")
        );
        assert!(copied.is_some_and(|copied| !copied.chars().any(char::is_control)));
        assert_eq!(quote_text(&article.text, &extraction, 9), None);
    }

    #[test]
    fn control_characters_never_reach_the_clipboard() {
        let text = "« Un\u{7}\u{1b}[31m test »";
        let mut extraction = Extraction::default();
        extraction.quotes.push(quotes::Quote {
            span: 0..text.len(),
            kind: quotes::QuoteKind::Quote,
            speaker: None,
            mention: None,
            cue: None,
        });
        assert_eq!(
            quote_text(text, &extraction, 0).as_deref(),
            Some("« Un[31m test »")
        );
    }

    #[test]
    fn the_sequence_carries_the_text_in_base64() {
        assert_eq!(
            osc52("« Oui » — Ann"),
            "\x1b]52;c;wqsgT3VpIMK7IOKAlCBBbm4=\x07"
        );
        assert_eq!(osc52(""), "\x1b]52;c;\x07");
    }
}
