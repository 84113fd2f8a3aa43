//! Long articles: layout throughput against textwrap on the same text,
//! the first page of a 20 MB article, and whole frames drawn on a
//! `TestBackend` at 20 MB (page turn, quote jump, resize).
//!
//! Run with `cargo bench --bench long`. The text comes from the generator
//! in benches/support (deterministic by seed; nothing large is committed).

#[path = "support/generate.rs"]
mod generate;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quoth::article::Article;
use quoth::layout::{Layout, WrapOptions};
use quoth::library::Document;
use quoth::tui::Start;
use quoth::tui::action::Action;
use quoth::tui::app::App;
use quoth::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use textwrap::{Options, WrapAlgorithm};

const WIDTH: usize = 72;
const MB: usize = 1_000_000;

fn article(bytes: usize) -> Article {
    Article::from_vec(generate::generate(7, bytes).into_bytes(), "long")
}

/// quoth's layout of every block vs textwrap's own first-fit wrapping of
/// the same blocks at the same width: the ratio of the two lines.
fn layout_vs_textwrap(c: &mut Criterion) {
    let article = article(4 * MB);
    let mut group = c.benchmark_group("layout_4MB");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Bytes(article.text.len() as u64));
    group.bench_function("quoth_whole_document", |b| {
        b.iter(|| Layout::new(black_box(&article), WIDTH, 22).page_count())
    });
    let options = Options::new(WIDTH).wrap_algorithm(WrapAlgorithm::FirstFit);
    group.bench_function("textwrap_first_fit", |b| {
        b.iter(|| {
            article
                .blocks
                .iter()
                .map(|block| textwrap::wrap(&article.text[block.span.clone()], &options).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn first_page(c: &mut Criterion) {
    let article = article(20 * MB);
    let mut group = c.benchmark_group("first_page_20MB");
    group.bench_function("lazy_layout_of_page_one", |b| {
        b.iter(|| {
            let mut layout = Layout::lazy(black_box(&article), WIDTH, 28, WrapOptions::default());
            layout.extend_to(&article, 0, usize::MAX);
            layout.page(&article, 0).len()
        })
    });
    group.finish();
}

/// An app reading a 20 MB document (quotations found), laid out for
/// 100×30, and a terminal to draw it on.
fn reading(article: Article) -> (App, Terminal<TestBackend>) {
    let doc = Document::new("long".to_string(), None, article);
    let app = App::new(vec![doc], Start::Reader, (100, 30));
    let terminal = Terminal::new(TestBackend::new(100, 30));
    match terminal {
        Ok(terminal) => (app, terminal),
        Err(error) => panic!("a test terminal: {error}"),
    }
}

fn draw(app: &App, terminal: &mut Terminal<TestBackend>) {
    if let Err(error) = terminal.draw(|frame| view::draw(frame, app)) {
        panic!("drawing: {error}");
    }
}

fn frames(c: &mut Criterion) {
    let (mut app, mut terminal) = reading(article(20 * MB));
    // Count every page first, as the run loop does between frames.
    while app.work() {}
    let mut group = c.benchmark_group("frame_20MB");
    group.sample_size(20);
    group.bench_function("page_turn", |b| {
        b.iter(|| {
            app.update(Action::NextPage);
            draw(&app, &mut terminal);
        })
    });
    group.bench_function("quote_jump", |b| {
        b.iter(|| {
            app.update(Action::NextQuote);
            draw(&app, &mut terminal);
        })
    });
    // Each resize lays the document out again from nothing: what the
    // screen needs now, the rest counted later.
    let mut wide = false;
    group.bench_function("resize", |b| {
        b.iter(|| {
            wide = !wide;
            let (width, height) = if wide { (100, 30) } else { (80, 24) };
            app.update(Action::Resize(width, height));
            if let Err(error) = terminal.resize(ratatui::layout::Rect::new(0, 0, width, height)) {
                panic!("resizing: {error}");
            }
            draw(&app, &mut terminal);
        })
    });
    group.finish();
}

criterion_group!(benches, layout_vs_textwrap, first_page, frames);
criterion_main!(benches);
