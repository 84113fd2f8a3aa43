use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let t = Instant::now();
    let bytes = std::fs::read(&path).unwrap_or_default();
    eprintln!("read {:?}", t.elapsed());
    let t = Instant::now();
    let (text, _, _) = quoth::article::source::decode_owned(bytes.clone(), 0);
    eprintln!("decode {:?}", t.elapsed());
    let t = Instant::now();
    let article = quoth::article::Article::from_vec(bytes, "x");
    eprintln!("from_bytes {:?} {}", t.elapsed(), text.len());
    let t = Instant::now();
    let mut layout = quoth::layout::Layout::lazy(&article, 70, 28);
    layout.extend(&article, 256 * 1024);
    eprintln!("first layout {:?}", t.elapsed());
    let t = Instant::now();
    let layout = quoth::layout::Layout::new(&article, 70, 28);
    eprintln!("full layout {:?} {}", t.elapsed(), layout.lines.len());
}
