#![no_main]
//! Quotation extraction and attribution on any article.

use libfuzzer_sys::fuzz_target;
use quoth::article::Article;
use quoth::quotes;

fuzz_target!(|bytes: &[u8]| {
    let article = Article::from_bytes(bytes, "fuzz");
    let extraction = quotes::extract(&article);
    quoth_fuzz::check_extraction(&article, &extraction);
});
