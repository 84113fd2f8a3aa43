//! Pathological text: enormous lines and words, thousands of nested or
//! unbalanced quotation marks, very many tiny paragraphs, zero-width and
//! combining characters, emoji sequences, right-to-left scripts. Each goes
//! through every stage (load, extraction, layout at several widths) with
//! the fuzz targets' property checks: no panic, no hang, lines within
//! their width, every character shown once.
//!
//! Sizes keep the suite quick in a debug build; `scaling_probe` (ignored)
//! prints how the work grows when an input doubles.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use quoth::article::Article;
use quoth::layout::Layout;
use quoth::quotes;

/// Every stage on `bytes`, checked.
fn read_through(bytes: &[u8]) {
    let article = load_and_lay_out(bytes);
    let extraction = quotes::extract(&article);
    checks::check_extraction(&article, &extraction);
}

/// Loading and layout only, checked.
fn load_and_lay_out(bytes: &[u8]) -> Article {
    let article = Article::from_bytes(bytes, "pathological");
    checks::check_article(bytes, &article);
    for (width, height) in [(1, 1), (7, 3), (40, 20), (72, 40)] {
        let layout = Layout::new(&article, width, height);
        checks::check_layout(&article, &layout, width, height);
    }
    article
}

/// The inputs, each `n` units long.
mod inputs {
    pub fn one_long_line(n: usize) -> String {
        "He said \"yes\" and walked on, ".repeat(n / 30 + 1)
    }
    pub fn quotes_one_per_paragraph(n: usize) -> String {
        "He said \"yes\" and walked on.\n\n".repeat(n / 32 + 1)
    }
    pub fn one_long_word(n: usize) -> String {
        "a".repeat(n)
    }
    pub fn nested_guillemets(n: usize) -> String {
        format!("{}dit-il{}", "« ".repeat(n), " »".repeat(n))
    }
    pub fn unbalanced_marks(n: usize) -> String {
        ["«", "\"", "“", "„", "‘", "»", "”"]
            .iter()
            .cycle()
            .take(n)
            .map(|mark| format!("{mark}mot "))
            .collect()
    }
    pub fn tiny_paragraphs(n: usize) -> String {
        "A.\n\n".repeat(n)
    }
    pub fn combining_and_zero_width(n: usize) -> String {
        "e\u{301}\u{308}\u{200b}\u{200d}\u{feff}\u{2060} ".repeat(n / 8 + 1)
    }
    pub fn emoji_sequences(n: usize) -> String {
        "👩🏽‍👩🏽‍👧🏽‍👦🏽 🏳️‍🌈 👍🏿 \"🇫🇷,\" said Ann Reed. ".repeat(n / 40 + 1)
    }
    pub fn right_to_left(n: usize) -> String {
        "« שלום עולם », אמר דוד. \"مرحبا بالعالم\" قال أحمد. ".repeat(n / 60 + 1)
    }
}

#[test]
fn a_single_two_megabyte_line_loads_and_lays_out() {
    // Ten megabytes in `scaling_probe`; two keep the debug suite quick.
    let text = "word ".repeat(400_000);
    let article = Article::from_bytes(text.as_bytes(), "long line");
    checks::check_article(text.as_bytes(), &article);
    for (width, height) in [(7, 3), (72, 40)] {
        let layout = Layout::new(&article, width, height);
        checks::check_layout(&article, &layout, width, height);
    }
}

#[test]
fn a_single_line_of_quotations() {
    read_through(inputs::one_long_line(20_000).as_bytes());
}

/// A megabyte paragraph of short quotations with no full stop: each
/// quotation reads only a bounded stretch of its sentence, so the work
/// stays linear.
#[test]
fn a_single_megabyte_line_of_quotations() {
    read_through(inputs::one_long_line(1_000_000).as_bytes());
}

#[test]
fn many_one_line_paragraphs_with_quotations() {
    read_through(inputs::quotes_one_per_paragraph(300_000).as_bytes());
}

/// A page inside a word cut to fit is wrapped again from its own start,
/// not from the word's: checking every page stays linear.
#[test]
fn a_hundred_thousand_character_word() {
    read_through(inputs::one_long_word(100_000).as_bytes());
}

/// Guillemets glued into pairs and one long run of closing marks: every
/// line start there can start wrapping over.
#[test]
fn ten_thousand_nested_guillemets() {
    read_through(inputs::nested_guillemets(10_000).as_bytes());
}

#[test]
fn ten_thousand_unbalanced_quotation_marks() {
    read_through(inputs::unbalanced_marks(10_000).as_bytes());
}

#[test]
fn a_hundred_thousand_tiny_paragraphs() {
    read_through(inputs::tiny_paragraphs(100_000).as_bytes());
}

#[test]
fn zero_width_and_combining_characters() {
    read_through(inputs::combining_and_zero_width(100_000).as_bytes());
}

#[test]
fn emoji_with_skin_tones_and_zwj_sequences() {
    read_through(inputs::emoji_sequences(100_000).as_bytes());
}

#[test]
fn right_to_left_text() {
    read_through(inputs::right_to_left(100_000).as_bytes());
}

/// A named input generator and the size to probe it at.
type Case = (&'static str, fn(usize) -> String, usize);

/// Prints, for each input, the time each stage takes at `n` and `2n`: a
/// ratio near 2 is linear, near 4 quadratic. A measurement to read, not a
/// test: `cargo test --release --test pathological -- --ignored --nocapture`.
#[test]
#[ignore]
fn scaling_probe() {
    use std::time::Instant;
    let cases: [Case; 10] = [
        ("one long line", inputs::one_long_line, 50_000),
        (
            "quote paragraphs",
            inputs::quotes_one_per_paragraph,
            1_000_000,
        ),
        ("one long word", inputs::one_long_word, 5_000_000),
        ("10 MB of words", |n| "word ".repeat(n / 5), 5_000_000),
        ("nested guillemets", inputs::nested_guillemets, 20_000),
        ("unbalanced marks", inputs::unbalanced_marks, 20_000),
        ("tiny paragraphs", inputs::tiny_paragraphs, 500_000),
        ("combining", inputs::combining_and_zero_width, 2_000_000),
        ("emoji", inputs::emoji_sequences, 2_000_000),
        ("right to left", inputs::right_to_left, 2_000_000),
    ];
    for (name, input, n) in cases {
        let mut seconds = Vec::new();
        for size in [n, 2 * n] {
            let text = input(size);
            let started = Instant::now();
            let article = Article::from_bytes(text.as_bytes(), name);
            let loaded = started.elapsed();
            let extraction = quotes::extract(&article);
            let extracted = started.elapsed() - loaded;
            let _ = Layout::new(&article, 72, 40);
            let laid_out = started.elapsed() - loaded - extracted;
            seconds.push([loaded, extracted, laid_out].map(|d| d.as_secs_f64()));
            let _ = extraction;
        }
        let ratio = |stage: usize| seconds[1][stage] / seconds[0][stage].max(1e-9);
        println!(
            "{name:18} n={n:>9}: load {:.3}s ×{:.1}  extract {:.3}s ×{:.1}  layout {:.3}s ×{:.1}",
            seconds[0][0],
            ratio(0),
            seconds[0][1],
            ratio(1),
            seconds[0][2],
            ratio(2)
        );
    }
}
