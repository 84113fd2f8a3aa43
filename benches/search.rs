//! Search on a 20 MiB text built from the bundled articles: folding the
//! text (done once per document, at its first search) and finding a
//! query in it (done once per search, never per frame).
//!
//! Run with `cargo bench --bench search`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quoth::search::Folded;

#[path = "support/bundled_text.rs"]
mod bundled_text;

const TARGET_BYTES: usize = 20 * 1024 * 1024;

/// The bundled articles' bodies, one after another, until about 20 MiB.
fn corpus() -> String {
    bundled_text::bundled_text(TARGET_BYTES)
}

fn search(c: &mut Criterion) {
    let text = corpus();
    let mut group = c.benchmark_group("search_20mib");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("fold_text", |b| b.iter(|| Folded::new(black_box(&text))));
    let folded = Folded::new(&text);
    group.bench_function("find_word", |b| {
        b.iter(|| folded.find_all(black_box("président")))
    });
    group.bench_function("find_common_letter", |b| {
        b.iter(|| folded.find_all(black_box("e")))
    });
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
