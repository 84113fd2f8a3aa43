//! The properties the fuzz targets check, one function per stage, so a
//! crash input replayed anywhere checks exactly the same things.

use quoth::article::Article;
use quoth::layout::Layout;
use quoth::quotes::Extraction;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Clean text, blocks inside it on char boundaries and in order, and a
/// source map that stays inside the file and never runs backwards.
pub fn check_article(bytes: &[u8], article: &Article) {
    let text = &article.text;
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "a control character survived decoding"
    );
    assert!(
        !text
            .chars()
            .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
        "a bidi control survived decoding"
    );
    assert!(!article.title.chars().any(char::is_control), "title");
    let mut previous_end = 0;
    for block in &article.blocks {
        let span = &block.span;
        assert!(previous_end <= span.start && span.start < span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        previous_end = span.end;
    }
    let mut previous = 0;
    for (offset, _) in text.char_indices() {
        let source = article.source_map.to_source(offset);
        assert!(source <= bytes.len(), "offset {offset} maps past the file");
        assert!(
            source >= previous,
            "the source map runs backwards at {offset}"
        );
        previous = source;
    }
    let whole = article.source_map.range_to_source(0..text.len());
    assert!(whole.start <= whole.end && whole.end <= bytes.len());
}

/// Quotations inside the text, on char boundaries, in order, apart, with
/// speakers that exist.
pub fn check_extraction(article: &Article, extraction: &Extraction) {
    let text = &article.text;
    let mut previous_end = 0;
    for quote in &extraction.quotes {
        let span = &quote.span;
        assert!(previous_end <= span.start, "quotations overlap: {span:?}");
        assert!(span.start < span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        if let Some(speaker) = quote.speaker {
            assert!(speaker < extraction.speakers.len(), "no speaker {speaker}");
        }
        previous_end = span.end;
    }
    let counted: usize = extraction.speakers.iter().map(|s| s.quotes).sum();
    assert!(counted <= extraction.quotes.len());
}

/// Every line within its width (a character wider than the column alone
/// on its line), at most `height` lines a page, and the pages together
/// holding every character of every block exactly once, in order.
pub fn check_layout(article: &Article, layout: &Layout, width: usize, height: usize) {
    let text = &article.text;
    let mut shown = String::new();
    let mut previous_end = 0;
    for page in 0..layout.page_count() {
        let lines = layout.page(article, page);
        assert!(lines.len() <= height.max(1));
        for line in &lines {
            let range = &line.range;
            assert!(previous_end <= range.start && range.start <= range.end);
            assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            let display = text[range.clone()].replace('\n', " ");
            let visible = display
                .chars()
                .filter(|c| c.width().unwrap_or(0) > 0)
                .count();
            assert!(
                display.width() <= width.max(1) || visible == 1,
                "{display:?} is wider than {width}"
            );
            shown.push_str(&text[range.clone()]);
            previous_end = range.end;
        }
    }
    let expected: String = article
        .blocks
        .iter()
        .flat_map(|block| text[block.span.clone()].chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    let got: String = shown.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(got, expected, "the pages do not hold the text exactly once");
}
