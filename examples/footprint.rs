//! The reader's own memory on a long file, without extraction: load the
//! file, open it in the app at 100×30, count every page, go to the end.
//!
//! `cargo build --release --example footprint &&
//!  /usr/bin/time -v target/release/examples/footprint FILE`
//! ("Maximum resident set size").

use quoth::library::Document;
use quoth::tui::Start;
use quoth::tui::action::Action;
use quoth::tui::app::App;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: footprint FILE");
        return ExitCode::from(2);
    };
    let article = match quoth::article::load::load_file(path.as_ref()) {
        Ok(article) => article,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(1);
        }
    };
    // Extraction stays pending: its memory is measured apart.
    let doc = Document::deferring("footprint".to_string(), None, article);
    let mut app = App::new(vec![doc], Start::Reader, (100, 30));
    while app.work() {}
    app.update(Action::LastPage);
    let page = app.reader().and_then(|reader| reader.page_number());
    println!("last page: {}", page.map_or(0, |page| page + 1));
    ExitCode::SUCCESS
}
