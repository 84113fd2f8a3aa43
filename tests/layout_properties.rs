//! Properties of layout on random text: wide and combining characters,
//! emoji sequences, zero-width characters, tabs, very long words and
//! guillemets with every kind of space, at random sizes.

use proptest::prelude::*;
use quoth::article::{Article, Lang};
use quoth::layout::{Layout, LineKind, WrapOptions, all_lines, lines_from, wrap_with};
use quoth::quotes;
use quoth::tui::theme::Theme;
use quoth::tui::view::{line_pieces, styled_line};
use unicode_width::UnicodeWidthStr;

/// Pieces real and hostile text is made of, and now and then a
/// 10 000-character word.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        120 => common_piece(),
        1 => "[a-z]{2}".prop_map(|pair| pair.repeat(5000)),
    ]
}

fn common_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Zéèàçœ]{1,12}".prop_map(|word| word),
        Just("東京都の市長".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just("👍🏽".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\t".to_string()),
        Just("« ".to_string()),
        Just(" »".to_string()),
        Just("«\u{a0}".to_string()),
        Just("\u{202f}»".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("https://example.org/a/very/long/path?with=query".to_string()),
        "[a-z]{200,400}".prop_map(|word| word),
        Just("— ".to_string()),
        Just("\u{200d}".to_string()),
        Just("\u{feff}".to_string()),
        Just(" ".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..120).prop_map(|pieces| pieces.concat())
}

fn non_space(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

proptest! {
    // A fixed seed keeps CI repeatable; PROPTEST_RNG_SEED (a number) and
    // PROPTEST_CASES explore further.
    #![proptest_config({
        let from_environment = ProptestConfig::default();
        let rng_seed = match std::env::var_os("PROPTEST_RNG_SEED") {
            Some(_) => from_environment.rng_seed,
            None => proptest::test_runner::RngSeed::Fixed(0x71_0074),
        };
        ProptestConfig { rng_seed, ..from_environment }
    })]

    #[test]
    fn lines_fit_and_pages_hold_every_character_once(text in text(), width in 1usize..300, height in 1usize..100) {
        let article = Article::from_bytes(text.as_bytes(), "random");
        let layout = Layout::new(&article, width, height);
        let mut shown = String::new();
        let mut paged = Vec::new();
        for page in 0..layout.page_count() {
            let lines = layout.page(&article, page);
            prop_assert!(lines.len() <= height);
            paged.extend(lines.iter().filter(|line| line.kind != LineKind::Blank).cloned());
            for line in &lines {
                let display = article.text[line.range.clone()].replace('\n', " ");
                // A character wider than the whole column (CJK at width 1)
                // can only stand alone on its line.
                let lone_wide_character = display.chars().filter(|c| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0) > 0).count() == 1;
                prop_assert!(display.width() <= width || lone_wide_character, "{:?} is wider than {}", display, width);
                shown.push_str(&article.text[line.range.clone()]);
            }
        }
        let expected: String = article.blocks.iter().map(|block| non_space(&article.text[block.span.clone()])).collect();
        prop_assert_eq!(non_space(&shown), expected);
        // Page after page, the very lines of the whole text, each once.
        let every_line: Vec<_> = all_lines(&article, width).into_iter().filter(|line| line.kind != LineKind::Blank).collect();
        prop_assert_eq!(paged, every_line);
    }

    #[test]
    fn relaying_out_at_another_width_and_back_gives_the_same_pages(text in text(), first in 1usize..200, second in 1usize..200) {
        let article = Article::from_bytes(text.as_bytes(), "random");
        let before = Layout::new(&article, first, 20);
        let _elsewhere = Layout::new(&article, second, 7);
        let after = Layout::new(&article, first, 20);
        prop_assert_eq!(before, after);
    }

    #[test]
    fn quotations_are_inside_the_text_in_order_and_apart(text in text()) {
        let article = Article::from_bytes(text.as_bytes(), "random");
        let extraction = quotes::extract(&article);
        let mut previous_end = 0;
        for quote in &extraction.quotes {
            prop_assert!(quote.span.start >= previous_end);
            prop_assert!(quote.span.start < quote.span.end);
            prop_assert!(article.text.is_char_boundary(quote.span.start));
            prop_assert!(article.text.is_char_boundary(quote.span.end));
            prop_assert!(quote.span.end <= article.text.len());
            previous_end = quote.span.end;
            if let Some(speaker) = quote.speaker {
                prop_assert!(speaker < extraction.speakers.len());
            }
        }
    }

    #[test]
    fn a_layout_counted_slice_by_slice_is_the_whole_layout(text in text(), width in 1usize..300, height in 1usize..100, budget in 1usize..5000) {
        let article = Article::from_bytes(text.as_bytes(), "random");
        let whole = Layout::new(&article, width, height);
        let mut lazy = Layout::lazy(&article, width, height, WrapOptions::default());
        while !lazy.extend(&article, budget) {}
        prop_assert_eq!(lazy, whole);
    }

    /// Wrapping can start over at any line start that offers it, inside a
    /// word cut to fit too, and gives the lines of the whole block.
    #[test]
    fn wrapping_resumed_at_a_line_start_gives_the_whole_blocks_lines(text in text(), width in 1usize..80, hyphenate in any::<Option<bool>>()) {
        let article = Article::from_bytes(text.as_bytes(), "random");
        let lang = hyphenate.map(|french| if french { Lang::Fr } else { Lang::En });
        let options = WrapOptions { hyphenate: lang };
        for block in &article.blocks {
            let whole = wrap_with(&article.text, block.span.clone(), width, options);
            // Some forty places a block keep the check quick on long words.
            let step = whole.len() / 40 + 1;
            for (index, line) in whole.iter().enumerate().step_by(step) {
                let Some(resume) = line.resume else { continue };
                prop_assert_eq!(resume.at, line.range.start);
                let resumed: Vec<_> = lines_from(&article.text, block.span.clone(), resume, width, options).take(3).collect();
                let expected: Vec<_> = whole[index..].iter().take(3).cloned().collect();
                prop_assert_eq!(resumed, expected, "from line {}", index);
            }
        }
    }

    #[test]
    fn each_quote_is_highlighted_on_exactly_its_bytes(text in text(), width in 1usize..300) {
        let article = Article::from_bytes(text.as_bytes(), "random");
        let extraction = quotes::extract(&article);
        let lines = all_lines(&article, width);
        let mut highlighted = vec![None; article.text.len()];
        for line in lines.iter().filter(|line| line.kind != LineKind::Blank) {
            let pieces = line_pieces(&article.text, line.range.clone(), &extraction);
            let mut at = line.range.start;
            for (range, quote) in &pieces {
                prop_assert_eq!(range.start, at, "pieces are contiguous");
                at = range.end;
                for byte in range.clone() {
                    highlighted[byte] = *quote;
                }
            }
            prop_assert_eq!(at, line.range.end.max(line.range.start));
            // What is drawn is the line's text, piece by piece.
            let drawn: String = styled_line(&article.text, line, &extraction, None, &Theme::default())
                .spans
                .iter()
                .map(|span| span.content.to_string())
                .collect();
            prop_assert_eq!(drawn, article.text[line.range.clone()].replace('\n', " "));
        }
        // Every byte on a line is marked with the quote that holds it, and
        // no other.
        let mut holders = vec![None; article.text.len()];
        for (index, quote) in extraction.quotes.iter().enumerate() {
            for byte in quote.span.clone() {
                holders[byte] = Some(index);
            }
        }
        for line in &lines {
            for byte in line.range.clone() {
                prop_assert_eq!(highlighted[byte], holders[byte], "byte {}", byte);
            }
        }
    }

    #[test]
    fn hyphenated_lines_fit_with_their_hyphen_and_keep_every_character(text in text(), width in 1usize..120, french in any::<bool>()) {
        let article = Article::from_bytes(text.as_bytes(), "random");
        let lang = if french { Lang::Fr } else { Lang::En };
        let options = WrapOptions { hyphenate: Some(lang) };
        let layout = Layout::with_options(&article, width, 30, options);
        let mut shown = String::new();
        // Page after page, each wrapped again from its start.
        let lines: Vec<_> = (0..layout.page_count()).flat_map(|page| layout.page(&article, page)).collect();
        for line in &lines {
            let display = article.text[line.range.clone()].replace('\n', " ");
            let drawn = display.width() + usize::from(line.hyphen);
            let lone_wide_character = display.chars().filter(|c| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0) > 0).count() == 1;
            prop_assert!(drawn <= width || lone_wide_character, "{:?} (hyphen {}) is wider than {}", display, line.hyphen, width);
            if line.hyphen {
                let before = article.text[..line.range.end].chars().next_back();
                let after = article.text[line.range.end..].chars().next();
                prop_assert!(before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic));
            }
            shown.push_str(&article.text[line.range.clone()]);
        }
        let expected: String = article.blocks.iter().map(|block| non_space(&article.text[block.span.clone()])).collect();
        prop_assert_eq!(non_space(&shown), expected);
    }
}
