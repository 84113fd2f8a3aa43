#![no_main]
//! Any bytes load as a clean article with a sound source map.

use libfuzzer_sys::fuzz_target;
use quoth::article::Article;

fuzz_target!(|bytes: &[u8]| {
    let article = Article::from_bytes(bytes, "fuzz");
    quoth_fuzz::check_article(bytes, &article);
});
