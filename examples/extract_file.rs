//! Extraction alone on one file, repeated, for profilers and quick
//! throughput figures:
//!
//! `cargo build --release --example extract_file &&
//!  valgrind --tool=callgrind target/release/examples/extract_file FILE 1`
//!
//! Without a file it builds the `extract` benchmark's text (the bundled
//! articles repeated to 4 MiB), so both measure the same bytes.

use quoth::article::Article;
use std::process::ExitCode;
use std::time::Instant;

#[path = "../benches/support/bundled_text.rs"]
mod bundled_text;

const BENCH_BYTES: usize = 4 * 1024 * 1024;

fn bench_text() -> Article {
    Article::from_bytes(bundled_text::bundled_text(BENCH_BYTES).as_bytes(), "bench")
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let article = match args.next().filter(|path| path != "-") {
        Some(path) => match quoth::article::load::load_file(path.as_ref()) {
            Ok(article) => article,
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::from(1);
            }
        },
        None => bench_text(),
    };
    let rounds: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(5);
    let started = Instant::now();
    let mut quotes = 0;
    for _ in 0..rounds {
        quotes = quoth::quotes::extract(&article).quotes.len();
    }
    let seconds = started.elapsed().as_secs_f64() / f64::from(rounds.max(1));
    let megabytes = article.text.len() as f64 / 1e6;
    println!(
        "{quotes} quotes in {megabytes:.1} MB: {:.1} ms per run, {:.1} MB/s",
        seconds * 1e3,
        megabytes / seconds
    );
    ExitCode::SUCCESS
}
