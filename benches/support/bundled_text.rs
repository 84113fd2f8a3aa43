//! The bundled articles' bodies, one after another, repeated to a size:
//! news text for throughput figures, the same bytes every run. Shared by
//! the benchmarks and `examples/extract_file.rs`.

use quoth::article::bundled;

/// At least `bytes` of the bundled articles' text.
pub fn bundled_text(bytes: usize) -> String {
    let mut text = String::new();
    while text.len() < bytes {
        for article in bundled::ARTICLES {
            text.push_str(&article.article().text);
            text.push_str("\n\n");
        }
    }
    text
}
