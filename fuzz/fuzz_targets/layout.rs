#![no_main]
//! Layout and pagination of any article at any size: the first two bytes
//! choose the width (1–256) and the height (1–64).

use libfuzzer_sys::fuzz_target;
use quoth::article::Article;
use quoth::layout::Layout;

fuzz_target!(|input: &[u8]| {
    let [width, height, bytes @ ..] = input else {
        return;
    };
    let (width, height) = (usize::from(*width) + 1, usize::from(*height % 64) + 1);
    let article = Article::from_bytes(bytes, "fuzz");
    let layout = Layout::new(&article, width, height);
    quoth_fuzz::check_layout(&article, &layout, width, height);
});
