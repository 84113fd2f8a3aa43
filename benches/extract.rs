//! Extraction and layout throughput on a multi-megabyte text built from
//! the bundled articles (deterministic: the same bytes every run).
//!
//! Run with `cargo bench --bench extract`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quoth::article::Article;
use quoth::layout::{Layout, WrapOptions};
use quoth::quotes;

#[path = "support/bundled_text.rs"]
mod bundled_text;

const TARGET_BYTES: usize = 4 * 1024 * 1024;

/// The bundled articles' bodies, one after another, until about 4 MiB.
fn corpus() -> Article {
    Article::from_bytes(bundled_text::bundled_text(TARGET_BYTES).as_bytes(), "bench")
}

fn extraction(c: &mut Criterion) {
    let article = corpus();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(article.text.len() as u64));
    group.bench_function("quotes_and_speakers", |b| {
        b.iter(|| quotes::extract(black_box(&article)))
    });
    group.finish();
}

fn layout(c: &mut Criterion) {
    let article = corpus();
    let mut group = c.benchmark_group("layout");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(article.text.len() as u64));
    group.bench_function("quoth_layout_72", |b| {
        b.iter(|| Layout::new(black_box(&article), 72, 22))
    });
    let hyphenated = WrapOptions {
        hyphenate: Some(article.lang),
    };
    group.bench_function("quoth_layout_72_hyphenated", |b| {
        b.iter(|| Layout::with_options(black_box(&article), 72, 22, hyphenated))
    });
    group.bench_function("textwrap_first_fit_72", |b| {
        b.iter(|| {
            article
                .blocks
                .iter()
                .map(|block| textwrap::wrap(&article.text[block.span.clone()], 72).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, extraction, layout);
criterion_main!(benches);
