//! Long articles in the interface: the first page at once, pages counted
//! between frames, places past the count shown by offset, quotations that
//! arrive later; never a page number shown as final before it is.

#[path = "../benches/support/generate.rs"]
mod generate;
mod tui_support;

use std::sync::Arc;

use quoth::article::Article;
use quoth::library::{Arrival, Document};
use quoth::tui::Start;
use quoth::tui::action::Action;
use quoth::tui::app::App;
use tui_support::{render, screen};

/// Longer than what a key may lay out at once (64 KiB, twice at most).
const LONG: usize = 700_000;

fn article(bytes: usize) -> Article {
    Article::from_vec(generate::generate(3, bytes).into_bytes(), "long")
}

fn app_with(doc: Document) -> App {
    App::new(vec![doc], Start::Reader, (100, 30))
}

/// The whole screen as text.
fn status(app: &App) -> String {
    screen(&render(app))
}

fn page_text(app: &App) -> Option<String> {
    let (reader, doc) = (app.reader()?, app.document()?);
    let range = reader.shown_range();
    Some(doc.article.text[range].to_string())
}

fn count_all(app: &mut App) {
    let mut steps = 0;
    while app.work() {
        steps += 1;
        assert!(steps < 10_000, "counting ends");
    }
}

#[test]
fn the_first_page_shows_before_the_pages_are_counted() {
    let mut app = app_with(Document::new("long".into(), None, article(LONG)));
    let reader = app
        .reader()
        .map(|reader| (reader.page_number(), reader.layout().total_pages()));
    assert_eq!(reader, Some((Some(0), None)));
    let screen = status(&app);
    assert!(screen.contains("p. 1/…"), "{screen}");
    assert!(app.work_pending());
    count_all(&mut app);
    let total = app
        .reader()
        .and_then(|reader| reader.layout().total_pages());
    let Some(total) = total else {
        panic!("counted");
    };
    assert!(total > 100, "a long article has many pages: {total}");
    let screen = status(&app);
    assert!(screen.contains(&format!("p. 1/{total}")), "{screen}");
}

#[test]
fn the_end_shows_at_once_and_gets_its_number_once_counted() {
    let doc = Document::new("long".into(), None, article(LONG));
    let end = doc.article.text.trim_end().len();
    let mut app = app_with(doc);
    app.update(Action::LastPage);
    let reader = app
        .reader()
        .map(|reader| (reader.page_number(), reader.shown_range().end));
    assert_eq!(
        reader,
        Some((None, end)),
        "the last screenful, page unknown"
    );
    assert!(status(&app).contains("p. ?/…"));
    let before = page_text(&app);
    count_all(&mut app);
    let Some(reader) = app.reader() else {
        panic!("reading");
    };
    let total = reader.layout().total_pages().unwrap_or_default();
    assert_eq!(reader.page_number(), Some(total - 1), "the last page");
    assert_eq!(reader.shown_range().end, end);
    assert!(status(&app).contains(&format!("p. {total}/{total}")));
    // The last page is the end of the last screenful, or all of it.
    let (before, after) = (
        before.unwrap_or_default(),
        page_text(&app).unwrap_or_default(),
    );
    assert!(before.ends_with(&after) || after.ends_with(&before));
}

#[test]
fn paging_past_the_count_goes_on_by_offset_and_back() {
    let mut app = app_with(Document::new("long".into(), None, article(LONG)));
    app.update(Action::LastPage);
    let last = app.reader().map(|reader| reader.top);
    app.update(Action::PrevPage);
    let previous = app
        .reader()
        .map(|reader| (reader.top, reader.shown_range().end));
    let (Some(last), Some((top, end))) = (last, previous) else {
        panic!("reading");
    };
    assert!(
        top < last && end <= last,
        "the page before the last screenful"
    );
    app.update(Action::NextPage);
    assert_eq!(app.reader().map(|reader| reader.top), Some(last));
}

#[test]
fn a_quote_jump_deep_into_the_text_shows_the_quote_then_its_page() {
    let mut app = app_with(Document::new("long".into(), None, article(LONG)));
    let Some(doc) = app.document() else {
        panic!("reading");
    };
    let quotes = doc.extraction.quotes.len();
    assert!(quotes > 100, "the generator writes quotations: {quotes}");
    app.update(Action::PrevQuote); // wraps to the last quote
    let start = app
        .document()
        .and_then(|doc| doc.extraction.quotes.last())
        .map_or(0, |quote| quote.span.start);
    let reader = app
        .reader()
        .map(|reader| (reader.page_number(), reader.shown_range()));
    let Some((None, shown)) = reader else {
        panic!("the last quote is past the first count: {reader:?}");
    };
    assert!(shown.contains(&start));
    assert!(status(&app).contains(&format!("quote {quotes}/{quotes}")));
    count_all(&mut app);
    let Some(reader) = app.reader() else {
        panic!("reading");
    };
    assert!(reader.page_number().is_some());
    assert!(reader.shown_range().contains(&start), "the quote's page");
}

#[test]
fn a_resize_lands_on_the_same_text_counted_or_not() {
    let mut app = app_with(Document::new("long".into(), None, article(LONG)));
    count_all(&mut app);
    for _ in 0..250 {
        app.update(Action::NextPage);
    }
    let top = app.reader().map_or(0, |reader| reader.top);
    app.update(Action::Resize(70, 20));
    let shown = app
        .reader()
        .map(|reader| (reader.page_number(), reader.shown_range()));
    let Some((None, range)) = shown else {
        panic!("deep in the text, the new pages are not counted yet: {shown:?}");
    };
    assert!(range.contains(&top));
    count_all(&mut app);
    let shown = app
        .reader()
        .map(|reader| (reader.page_number(), reader.shown_range()));
    let Some((Some(_), range)) = shown else {
        panic!("counted: {shown:?}");
    };
    assert!(range.contains(&top), "{range:?} holds {top}");
}

/// A resize costs the new screen, not the document: the pages already
/// counted at the old size are dropped, the first page at the new size is
/// laid out, and the rest is counted again between frames.
#[test]
fn a_resize_lays_out_only_what_the_new_screen_needs() {
    let mut app = app_with(Document::new("long".into(), None, article(LONG)));
    count_all(&mut app);
    app.update(Action::Resize(80, 24));
    let layout = app.reader().map(|reader| reader.layout().clone());
    let Some(layout) = layout else {
        panic!("a reader");
    };
    assert!(layout.counted_to() <= 16 * 1024, "{}", layout.counted_to());
    assert!(status(&app).contains("p. 1/…"), "{}", status(&app));
    count_all(&mut app);
    assert!(status(&app).contains("p. 1/"), "{}", status(&app));
    assert!(!status(&app).contains("p. 1/…"), "counted again");
}

/// One paragraph of two megabytes: each step between frames counts a
/// bounded stretch of it, so frames keep coming while it is counted.
#[test]
fn a_huge_single_paragraph_is_counted_a_bounded_step_at_a_time() {
    let text = "mot ".repeat(500_000);
    let article = Article::from_vec(text.into_bytes(), "one paragraph");
    assert_eq!(article.blocks.len(), 1);
    let mut app = app_with(Document::new("long".into(), None, article));
    let counted = |app: &App| {
        app.reader()
            .map_or(0, |reader| reader.layout().counted_to())
    };
    let mut steps = 0;
    let mut before = counted(&app);
    while app.work() {
        let step = counted(&app) - before;
        assert!(
            step <= 128 * 1024 + 100,
            "step {steps} counted {step} bytes"
        );
        before = counted(&app);
        steps += 1;
    }
    assert!(steps >= 15, "{steps} steps");
    assert!(status(&app).contains("p. 1/"), "{}", status(&app));
}

#[test]
fn quotations_found_in_the_background_arrive_in_the_sidebar() {
    let doc = Document::deferring("long".into(), None, article(1_100_000));
    assert!(doc.extraction_pending);
    let article = Arc::clone(&doc.article);
    let mut app = app_with(doc);
    let screen = status(&app);
    assert!(screen.contains("finding quotes…"), "{screen}");
    assert!(screen.contains("quote –/…"), "{screen}");
    app.update(Action::NextQuote);
    assert_eq!(app.message(), Some("still finding quotes…"));
    let extraction = quoth::quotes::extract(&article);
    let total = extraction.quotes.len();
    app.arrived(Arrival::Extraction(0, extraction));
    app.update(Action::FirstPage); // clears the message
    let screen = status(&app);
    assert!(!screen.contains("finding quotes…"), "{screen}");
    assert!(screen.contains(&format!("quote –/{total}")), "{screen}");
}

#[test]
fn the_whole_article_replaces_its_first_paragraphs_in_place() {
    let whole = article(LONG);
    let cut = whole.text[..60_000].rfind("\n\n").map_or(0, |at| at + 2);
    let start = Article::from_vec(whole.text.as_bytes()[..cut].to_vec(), "long");
    assert_eq!(&whole.text[..cut], start.text, "offsets are the file's");
    let mut doc = Document::deferring("long".into(), None, start);
    doc.loading = true;
    let mut app = app_with(doc);
    app.update(Action::NextPage);
    app.update(Action::NextPage);
    let top = app.reader().map_or(0, |reader| reader.top);
    app.update(Action::LastPage);
    assert!(status(&app).contains("p. ?/…"), "not the end while loading");
    app.update(Action::FirstPage);
    app.update(Action::NextPage);
    app.update(Action::NextPage);
    app.arrived(Arrival::Article(0, Arc::new(whole)));
    let reader = app
        .reader()
        .map(|reader| (reader.top, reader.page_number()));
    assert_eq!(reader, Some((top, Some(2))), "same place, same page");
    assert!(status(&app).contains("p. 3/…"));
}
