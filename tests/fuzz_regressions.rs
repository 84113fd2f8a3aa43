//! Inputs the fuzzers (see fuzz/README.md) found failing, replayed through
//! the same property checks as the fuzz targets.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use quoth::article::Article;
use quoth::layout::Layout;
use quoth::quotes;

/// The decode target's input: the file.
fn replay_decode(bytes: &[u8]) {
    let article = Article::from_bytes(bytes, "fuzz");
    checks::check_article(bytes, &article);
}

/// The extract target's input: the file.
fn replay_extract(bytes: &[u8]) {
    let article = Article::from_bytes(bytes, "fuzz");
    checks::check_extraction(&article, &quotes::extract(&article));
}

/// The layout target's input: width and height bytes, then the file.
fn replay_layout(input: &[u8]) {
    let [width, height, bytes @ ..] = input else {
        return;
    };
    let (width, height) = (usize::from(*width) + 1, usize::from(*height % 64) + 1);
    let article = Article::from_bytes(bytes, "fuzz");
    let layout = Layout::new(&article, width, height);
    checks::check_layout(&article, &layout, width, height);
}

/// layout crash-4250bf6a: UTF-16 text ending "⏹\u{FE0F}癶瘏瘥" at 41 columns
/// drew 42 cells. An emoji presentation selector makes its base two cells
/// wide, as the terminal (and ratatui) draw it, where adding the width of
/// each character says one.
#[test]
fn an_emoji_presentation_selector_widens_its_base() {
    replay_layout(&[
        0x28, 0x29, 0xff, 0xfe, 0xff, 0xff, 0x8a, 0x76, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff, 0x40, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xf9, 0x23, 0x0f, 0xfe, 0x76, 0x76, 0x0f,
        0x76, 0x25, 0x76, 0x66,
    ]);
}

/// The same in plain words and in one long word, at every narrow width.
#[test]
fn emoji_presentation_sequences_fit_their_column() {
    let texts = [
        "stop ⏹\u{FE0F} play ▶\u{FE0F} keycap 1\u{FE0F}\u{20E3} heart ❤\u{FE0F} ok",
        "⏹\u{FE0F}▶\u{FE0F}❤\u{FE0F}☀\u{FE0F}⏹\u{FE0F}▶\u{FE0F}❤\u{FE0F}☀\u{FE0F}",
    ];
    for text in texts {
        for width in 1..30u8 {
            let mut input = vec![width - 1, 10];
            input.extend_from_slice(text.as_bytes());
            replay_layout(&input);
        }
    }
}

/// Seeds kept beside the crashes: the shapes of input the fuzzers start
/// from that exercise each decoder's edges (odd-length and unpaired UTF-16,
/// a BOM then invalid UTF-8, front matter that never closes, CR alone).
#[test]
fn decoder_edges_replay_cleanly() {
    let inputs: [&[u8]; 7] = [
        b"\xFF\xFE\x41",
        b"\xFE\xFF\xD8\x00\x00\x41\xDC\x00",
        b"\xEF\xBB\xBF\xC3\x28 \xAB \xBB",
        b"---\ntitle: \x1b]0;t\x07\n",
        b"\r\r\n\r\xC2\x85\xE2\x80\xAE\"x,\" he said\r",
        b"\xAB \xAB \xAB \xBB\t\t\xE9",
        b"",
    ];
    for input in inputs {
        replay_decode(input);
        replay_extract(input);
        for width in [0u8, 3, 40] {
            replay_layout(&[[width, 5].as_slice(), input].concat());
        }
    }
}
