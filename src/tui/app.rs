//! The interface's state and the only place it changes. Pure: no
//! terminal here, so every behaviour can be tested by calling `update`.

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::Start;
use super::action::Action;
use super::find::{Matches, Prompt};
use super::geometry::{self, ReaderAreas};
use super::hit::{self, Target};
use super::keys::{Context, Keymap};
use super::quote_list::QuoteList;
use super::theme::Theme;
use super::{clipboard, view};
use std::ops::Range;

use crate::article::Article;
use crate::layout::{self, Layout, Line, WrapOptions};
use crate::library::{Arrival, Document};
use crate::quotes::{Extraction, Quote, SpeakerId};
use crate::search::Folded;
use crate::settings::Settings;
use crate::state::{self, Memory, Position};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Library,
    Reader,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Text,
    Sidebar,
}

/// Which quotes `n`/`N` visit: one speaker's, or those nobody is credited
/// with. Also the sidebar's entries, in their display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Speaker(SpeakerId),
    Unattributed,
}

impl Filter {
    pub fn matches(self, quote: &Quote) -> bool {
        match self {
            Filter::Speaker(id) => quote.speaker == Some(id),
            Filter::Unattributed => quote.speaker.is_none(),
        }
    }
}

/// The sidebar's entries: every speaker, then "unattributed" if needed.
pub fn sidebar_entries(extraction: &Extraction) -> Vec<Filter> {
    let mut entries: Vec<Filter> = (0..extraction.speakers.len())
        .map(Filter::Speaker)
        .collect();
    // Drawn every frame: stop at the first unattributed quote.
    if extraction
        .quotes
        .iter()
        .any(|quote| quote.speaker.is_none())
    {
        entries.push(Filter::Unattributed);
    }
    entries
}

/// Text laid out in answer to a key, at most: about a frame's work. Pages
/// further on are counted between frames by [`App::work`].
const LAYOUT_BYTES_PER_KEY: usize = 64 * 1024;
/// An anchor past any text: the end of the document.
const END: usize = usize::MAX;
/// Text laid out per step of background counting.
const LAYOUT_BYTES_PER_STEP: usize = 128 * 1024;

/// How many entries of a list scroll out of view above a window of
/// `rows` so that the entry at `cursor` shows (the library and the
/// sidebar, which keep no scroll position of their own).
pub fn list_skip(cursor: Option<usize>, rows: usize) -> usize {
    cursor.map_or(0, |cursor| (cursor + 1).saturating_sub(rows))
}

/// One open document. Positions are byte offsets into its text, so they
/// survive a re-layout at another size.
#[derive(Debug, Clone)]
pub struct Reader {
    pub doc: usize,
    /// Offset of the first character shown: a page's start once that page
    /// is counted.
    pub top: usize,
    /// Index into the extraction's quotes.
    pub selected: Option<usize>,
    pub filter: Option<Filter>,
    pub focus: Focus,
    layout: Layout,
    /// A place to show on its page once the pages up to it are counted.
    anchor: Option<usize>,
    /// The page shown, when its number is known.
    page: Option<usize>,
    /// The lines on screen.
    shown: Vec<Line>,
    /// True while the article holds only the start of the file: its end
    /// is not the document's end.
    partial: bool,
    /// The search in force: `n`/`N` step through its matches.
    search: Option<Matches>,
    /// The text folded for searching, made at the first search.
    folded: Option<Folded>,
    wrap: WrapOptions,
    /// The article's key in the position memory, when it is on.
    memory_key: Option<String>,
}

/// How the settings ask `doc` to be wrapped.
fn wrap_options(doc: &Document, settings: &Settings) -> WrapOptions {
    WrapOptions {
        hyphenate: settings.hyphenate.then_some(doc.article.lang),
    }
}

impl Reader {
    fn new(doc: &Document, index: usize, text: Rect, wrap: WrapOptions) -> Reader {
        let mut reader = Reader {
            doc: index,
            top: 0,
            selected: None,
            filter: None,
            focus: Focus::Text,
            layout: Layout::lazy(&doc.article, 1, 1, wrap),
            anchor: None,
            page: None,
            shown: Vec::new(),
            partial: doc.loading,
            search: None,
            folded: None,
            wrap,
            memory_key: None,
        };
        reader.relayout(&doc.article, text);
        reader
    }

    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The page shown (0-based), or the last page counted before it while
    /// its number is not known yet.
    pub fn page(&self) -> usize {
        self.page
            .unwrap_or_else(|| self.layout.page_of_offset(self.top))
    }

    /// The page shown (0-based), once the pages before it are counted.
    pub fn page_number(&self) -> Option<usize> {
        self.page
    }

    /// The lines on screen, top to bottom.
    pub fn shown(&self) -> &[Line] {
        &self.shown
    }

    /// From the first character on screen to the last.
    pub fn shown_range(&self) -> Range<usize> {
        layout::range_of(&self.shown)
    }

    /// Lay out the whole article that replaced the first paragraphs shown,
    /// staying at the same place.
    fn reload(&mut self, article: &Article, text: Rect) {
        let at_end = self.anchor == Some(END);
        self.partial = false;
        self.anchor = Some(self.anchor.unwrap_or(self.top));
        self.relayout(article, text);
        if at_end {
            self.last_page(article);
        }
    }

    fn relayout(&mut self, article: &Article, text: Rect) {
        let (width, height) = (usize::from(text.width), usize::from(text.height));
        self.layout = Layout::lazy(article, width, height, self.wrap);
        // A short article is counted at once, so its total shows at once;
        // a long one only as far as the screen needs (settle), the rest
        // between frames.
        if article.text.len() <= LAYOUT_BYTES_PER_KEY {
            self.layout.extend(article, LAYOUT_BYTES_PER_KEY);
        }
        self.settle(article);
    }

    /// Show the page holding the anchor (or the top) if it is counted, or
    /// else the lines from the top, page unknown.
    fn settle(&mut self, article: &Article) {
        let target = self.anchor.unwrap_or(self.top);
        self.layout.extend_to(article, target, LAYOUT_BYTES_PER_KEY);
        let page = self.layout.page_holding(target);
        match page.filter(|_| !(self.partial && target == END)) {
            Some(page) => {
                self.page = Some(page);
                self.top = self.layout.page_start_offset(page);
                self.anchor = None;
                self.shown = self.layout.page(article, page);
            }
            None => {
                self.page = None;
                self.shown = self
                    .layout
                    .lines_after(article, self.top, self.layout.height);
            }
        }
    }

    /// Count more pages; returns true if that did anything.
    fn work(&mut self, article: &Article) -> bool {
        if self.layout.is_complete() {
            return false;
        }
        self.layout.extend(article, LAYOUT_BYTES_PER_STEP);
        // Lines shown ahead of the count stay as they are until their page
        // is counted: wrapping them again each step, from far back in a
        // long paragraph, would cost more than the counting.
        let target = self.anchor.unwrap_or(self.top);
        if self.page.is_some() || self.layout.page_holding(target).is_some() {
            self.settle(article);
        }
        true
    }

    /// The search in force, if any.
    pub fn search(&self) -> Option<&Matches> {
        self.search.as_ref()
    }

    /// Search `doc` for `prompt`'s query from the page shown, and show the
    /// match found. Returns a message for the status line, if any.
    fn start_search(&mut self, doc: &Document, prompt: Prompt) -> Option<String> {
        if prompt.query.is_empty() {
            return None;
        }
        let folded = self
            .folded
            .get_or_insert_with(|| Folded::new(&doc.article.text));
        let ranges = folded.find_all(&prompt.query);
        let Some((matches, note)) =
            Matches::new(prompt.query.clone(), ranges, prompt.forward, self.top)
        else {
            self.search = None;
            return Some(format!("no match for “{}”", prompt.query));
        };
        self.show_offset(&doc.article, matches.current().start);
        self.search = Some(matches);
        note.map(str::to_string)
    }

    /// `n` (`again`) or `N` while searching: on from the current match
    /// if it is on the page shown, else from the page (as `n` does for
    /// quotations).
    fn step_search(&mut self, article: &Article, again: bool) -> Option<String> {
        let shown = self.shown_range();
        let top = self.top;
        let search = self.search.as_mut()?;
        let note = if shown.contains(&search.current().start) {
            search.step(again)
        } else {
            search.seek(again == search.forward(), top)
        };
        let start = search.current().start;
        self.show_offset(article, start);
        note.map(str::to_string)
    }

    /// Select quote `index` (dropping a speaker filter that hides it).
    fn select_quote(&mut self, doc: &Document, index: usize) {
        let Some(quote) = doc.extraction.quotes.get(index) else {
            return;
        };
        if self.filter.is_some_and(|filter| !filter.matches(quote)) {
            self.filter = None;
        }
        self.selected = Some(index);
        self.show_offset(&doc.article, quote.span.start);
    }

    fn show_page(&mut self, article: &Article, page: usize) {
        let page = page.min(self.layout.page_count() - 1);
        self.show_from(article, self.layout.page_start_offset(page));
    }

    /// Show the text from `offset` on (its whole page once counted).
    fn show_from(&mut self, article: &Article, offset: usize) {
        self.top = offset;
        self.anchor = None;
        self.settle(article);
    }

    /// Show the page holding `offset`; until it is counted, show the text
    /// from the line holding `offset`.
    fn show_offset(&mut self, article: &Article, offset: usize) {
        self.top = offset;
        self.anchor = Some(offset);
        self.settle(article);
    }

    fn next_page(&mut self, article: &Article) {
        let next = match self.page {
            Some(page) if page + 1 < self.layout.page_count() => {
                Some(self.layout.page_start_offset(page + 1))
            }
            Some(_) if self.layout.is_complete() => None,
            _ => self
                .layout
                .lines_after(article, self.shown_range().end, 1)
                .first()
                .map(|line| line.range.start),
        };
        if let Some(next) = next {
            self.show_from(article, next);
        }
    }

    fn previous_page(&mut self, article: &Article) {
        match self.page {
            Some(page) => self.show_page(article, page.saturating_sub(1)),
            None => {
                let before = self
                    .layout
                    .lines_before(article, self.top, self.layout.height);
                if let Some(line) = before.first() {
                    self.show_from(article, line.range.start);
                }
            }
        }
    }

    /// The last page; until it is counted (or while only the start of the
    /// file is loaded), the last screenful of the text there is.
    fn last_page(&mut self, article: &Article) {
        if let Some(total) = self.layout.total_pages().filter(|_| !self.partial) {
            self.show_page(article, total - 1);
            return;
        }
        let last_lines = self
            .layout
            .lines_before(article, article.text.len(), self.layout.height);
        self.top = last_lines.first().map_or(0, |line| line.range.start);
        self.anchor = Some(END);
        self.settle(article);
    }

    /// Quotes that `n`/`N` visit under the current filter.
    pub fn filtered(&self, extraction: &Extraction) -> Vec<usize> {
        extraction
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, quote)| self.filter.is_none_or(|filter| filter.matches(quote)))
            .map(|(index, _)| index)
            .collect()
    }

    /// `(I, N)`: the selected quote's 1-based place among the filtered
    /// quotes (None when nothing, or something filtered out, is selected).
    /// Drawn every frame: without a filter it costs nothing, whatever the
    /// number of quotes.
    pub fn quote_position(&self, extraction: &Extraction) -> (Option<usize>, usize) {
        let quotes = &extraction.quotes;
        let counted = |quotes: &[Quote]| match self.filter {
            None => quotes.len(),
            Some(filter) => quotes.iter().filter(|quote| filter.matches(quote)).count(),
        };
        let place = self
            .selected
            .filter(|&selected| {
                quotes
                    .get(selected)
                    .is_some_and(|quote| self.filter.is_none_or(|filter| filter.matches(quote)))
            })
            .map(|selected| counted(&quotes[..selected]) + 1);
        (place, counted(quotes))
    }

    /// Lay out again if the text column changed size (or wrapping changed),
    /// keeping the selected quote (or else the top line) on screen.
    fn fit(&mut self, doc: &Document, text: Rect, wrap: WrapOptions) {
        let (width, height) = (
            usize::from(text.width).max(1),
            usize::from(text.height).max(1),
        );
        if (self.layout.width, self.layout.height, self.wrap) == (width, height, wrap) {
            return;
        }
        self.wrap = wrap;
        let anchor = self
            .selected
            .and_then(|index| doc.extraction.quotes.get(index))
            .map_or(self.anchor.unwrap_or(self.top), |quote| quote.span.start);
        self.top = anchor;
        self.anchor = Some(anchor);
        self.relayout(&doc.article, text);
    }

    /// The selected quote, if it starts on the page shown: searches go on
    /// from it; otherwise they start from the page.
    fn selected_on_page(&self, extraction: &Extraction) -> Option<usize> {
        let shown = self.shown_range();
        self.selected.filter(|&index| {
            extraction
                .quotes
                .get(index)
                .is_some_and(|quote| shown.contains(&quote.span.start))
        })
    }

    /// Select the next (or previous) quote under the filter and show its
    /// page. Returns a message for the status line, if any.
    fn jump(&mut self, doc: &Document, forward: bool) -> Option<String> {
        if doc.extraction_pending {
            return Some("still finding quotes…".to_string());
        }
        let extraction = &doc.extraction;
        let filtered = self.filtered(extraction);
        let start_of = |index: usize| {
            extraction
                .quotes
                .get(index)
                .map_or(0, |quote| quote.span.start)
        };
        let from = self.selected_on_page(extraction);
        let found = match (forward, from) {
            (true, Some(selected)) => filtered.iter().find(|&&index| index > selected),
            (true, None) => filtered.iter().find(|&&index| start_of(index) >= self.top),
            (false, Some(selected)) => filtered.iter().rev().find(|&&index| index < selected),
            (false, None) => filtered
                .iter()
                .rev()
                .find(|&&index| start_of(index) < self.top),
        };
        let (target, message) = match found {
            Some(&index) => (index, None),
            None => {
                let wrapped = if forward {
                    filtered.first()
                } else {
                    filtered.last()
                };
                let Some(&index) = wrapped else {
                    return Some("no quotations here".to_string());
                };
                let note = if forward {
                    "wrapped to first quote"
                } else {
                    "wrapped to last quote"
                };
                (index, (filtered.len() > 1).then(|| note.to_string()))
            }
        };
        self.selected = Some(target);
        self.show_offset(&doc.article, start_of(target));
        message
    }

    fn step_filter(&mut self, extraction: &Extraction, forward: bool) {
        let entries = sidebar_entries(extraction);
        if entries.is_empty() {
            return;
        }
        let current = self
            .filter
            .and_then(|filter| entries.iter().position(|&entry| entry == filter));
        let next = match current {
            None => 0,
            Some(place) if forward => (place + 1).min(entries.len() - 1),
            Some(place) => place.saturating_sub(1),
        };
        self.filter = entries.get(next).copied();
    }
}

pub struct App {
    documents: Vec<Document>,
    screen: Screen,
    /// Whether there is a library to go back to.
    has_library: bool,
    library_cursor: usize,
    reader: Option<Reader>,
    help: bool,
    /// Lines of the help overlay scrolled out of view above.
    help_scroll: usize,
    quit: bool,
    size: (u16, u16),
    /// The user's `s` choice, kept across resizes.
    sidebar_hidden: bool,
    message: Option<String>,
    settings: Settings,
    /// The search being typed, over the reader.
    prompt: Option<Prompt>,
    /// The quote list, over the reader.
    quote_list: Option<QuoteList>,
    /// Text for the shell to put on the clipboard, taken once.
    clipboard: Option<String>,
    theme: Theme,
    /// Reading positions, when they are remembered.
    memory: Option<Memory>,
    save_due: bool,
}

impl App {
    pub fn new(documents: Vec<Document>, start: Start, size: (u16, u16)) -> App {
        let mut app = App {
            documents,
            screen: Screen::Library,
            has_library: start == Start::Library,
            library_cursor: 0,
            reader: None,
            help: false,
            help_scroll: 0,
            quit: false,
            size,
            sidebar_hidden: false,
            message: None,
            settings: Settings::default(),
            prompt: None,
            quote_list: None,
            clipboard: None,
            theme: Theme::default(),
            memory: None,
            save_due: false,
        };
        if start == Start::Reader {
            app.open(0);
        }
        app
    }

    /// The same app, with the user's settings instead of the defaults.
    pub fn with_settings(mut self, settings: Settings) -> App {
        self.theme = Theme::new(settings.theme);
        self.settings = settings;
        self.fit();
        self
    }

    /// The same app, remembering reading positions: the open article (if
    /// any) goes back to where it was. `note` is shown in the status line.
    pub fn with_memory(mut self, memory: Memory, note: Option<String>) -> App {
        self.memory = Some(memory);
        self.message = note;
        if let Some(reader) = self.reader.as_mut() {
            reader.memory_key = None;
        }
        self.recall();
        self
    }

    /// Positions changed since the last save, when a save is due (every
    /// few page turns); None otherwise.
    pub fn take_due_save(&mut self) -> Option<state::Positions> {
        if !std::mem::take(&mut self.save_due) {
            return None;
        }
        self.memory.as_mut().map(Memory::take_changes)
    }

    /// Every position changed since the last save, due or not (on quit).
    pub fn take_unsaved(&mut self) -> state::Positions {
        self.save_due = false;
        self.memory
            .as_mut()
            .map(Memory::take_changes)
            .unwrap_or_default()
    }

    /// Show `message` in the status line until the next action.
    pub fn notify(&mut self, message: String) {
        self.message = Some(message);
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// The key bindings in force.
    pub fn keymap(&self) -> &Keymap {
        &self.settings.keymap
    }

    /// Where the reader's panes are, for this size and these settings.
    pub fn reader_areas(&self) -> ReaderAreas {
        geometry::reader(self.area(), self.sidebar_visible(), &self.settings)
    }

    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn library_cursor(&self) -> usize {
        self.library_cursor
    }

    pub fn has_library(&self) -> bool {
        self.has_library
    }

    /// The open document's state, on the reader screen.
    pub fn reader(&self) -> Option<&Reader> {
        self.reader
            .as_ref()
            .filter(|_| self.screen == Screen::Reader)
    }

    /// The document shown by the reader.
    pub fn document(&self) -> Option<&Document> {
        self.reader()
            .and_then(|reader| self.documents.get(reader.doc))
    }

    pub fn help_open(&self) -> bool {
        self.help
    }

    pub fn help_scroll(&self) -> usize {
        self.help_scroll
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    pub fn quote_list(&self) -> Option<&QuoteList> {
        self.quote_list.as_ref()
    }

    /// Text copied with `y`, for the shell to send to the terminal's
    /// clipboard. Taken once.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }

    pub fn area(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    pub fn sidebar_visible(&self) -> bool {
        !self.sidebar_hidden && geometry::sidebar_fits(self.size.0, self.settings.sidebar_width)
    }

    pub fn focus(&self) -> Focus {
        match &self.reader {
            Some(reader) if self.sidebar_visible() => reader.focus,
            _ => Focus::Text,
        }
    }

    /// Key contexts in force, most specific first.
    pub fn contexts(&self) -> &'static [Context] {
        if self.help {
            return &[Context::Help, Context::Global];
        }
        if self.prompt.is_some() {
            return &[Context::Prompt, Context::Global];
        }
        if self.quote_list.is_some() {
            return &[Context::QuoteList, Context::Global];
        }
        match (self.screen, self.focus()) {
            (Screen::Library, _) => &[Context::Library, Context::Global],
            (Screen::Reader, Focus::Sidebar) => {
                &[Context::Sidebar, Context::Reader, Context::Global]
            }
            (Screen::Reader, Focus::Text) => &[Context::Reader, Context::Global],
        }
    }

    /// Map a key press through the key table and act on it.
    pub fn on_key(&mut self, key: &KeyEvent) {
        if let Some(action) = self.settings.keymap.action_for(key, self.contexts()) {
            self.update(action);
        }
    }

    pub fn update(&mut self, action: Action) {
        self.message = None;
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleHelp => {
                self.help = !self.help;
                self.help_scroll = 0;
            }
            Action::CloseHelp => self.help = false,
            Action::HelpScroll(by) => {
                let most = view::help_overflow(self, self.area());
                self.help_scroll = self.help_scroll.saturating_add_signed(by.into()).min(most);
            }
            Action::Resize(width, height) => {
                self.size = (width, height);
                self.fit();
            }
            Action::Click { .. } | Action::Scroll { .. } => self.mouse(action),
            _ if self.prompt.is_some() => self.type_search(action),
            _ if self.quote_list.is_some() => self.browse_quotes(action),
            Action::SelectPrev
            | Action::SelectNext
            | Action::SelectFirst
            | Action::SelectLast
            | Action::Open => {
                self.library(action);
            }
            _ => self.read(action),
        }
        self.remember();
    }

    /// Put a newly opened reader where the memory says it was.
    fn recall(&mut self) {
        let (Some(memory), Some(reader)) = (self.memory.as_ref(), self.reader.as_mut()) else {
            return;
        };
        let Some(doc) = self.documents.get(reader.doc) else {
            return;
        };
        if reader.memory_key.is_some() {
            return;
        }
        let key = state::key(&doc.article);
        if let Some(position) = memory.recall(&key) {
            let (top, selected) =
                state::restore(position, &doc.article.text, &doc.extraction.quotes);
            reader.selected = selected;
            reader.show_offset(&doc.article, top);
        }
        reader.memory_key = Some(key);
    }

    /// Note the reader's position in the memory.
    fn remember(&mut self) {
        let (Some(memory), Some(reader)) = (self.memory.as_mut(), self.reader.as_ref()) else {
            return;
        };
        let (Some(key), Some(doc)) = (reader.memory_key.as_deref(), self.documents.get(reader.doc))
        else {
            return;
        };
        let position = Position::new(reader.top, reader.selected, &doc.extraction.quotes);
        self.save_due |= memory.remember(key, position);
    }

    fn library(&mut self, action: Action) {
        if self.screen != Screen::Library {
            return;
        }
        let last = self.documents.len().saturating_sub(1);
        self.library_cursor = match action {
            Action::SelectPrev => self.library_cursor.saturating_sub(1),
            Action::SelectNext => (self.library_cursor + 1).min(last),
            Action::SelectFirst => 0,
            Action::SelectLast => last,
            _ => self.library_cursor,
        };
        if action == Action::Open {
            self.open(self.library_cursor);
        }
    }

    fn open(&mut self, index: usize) {
        let Some(doc) = self.documents.get(index) else {
            return;
        };
        if self
            .reader
            .as_ref()
            .is_none_or(|reader| reader.doc != index)
        {
            let text = self.reader_areas().text;
            let wrap = wrap_options(doc, &self.settings);
            self.reader = Some(Reader::new(doc, index, text, wrap));
        }
        self.screen = Screen::Reader;
        self.fit();
        self.recall();
    }

    /// True while [`App::work`] has something to do.
    pub fn work_pending(&self) -> bool {
        self.reader
            .as_ref()
            .is_some_and(|reader| !reader.layout.is_complete())
    }

    /// Work that does not need the screen: counting the open document's
    /// pages, a slice at a time. Returns true if what is on screen may have
    /// changed; call it between frames.
    pub fn work(&mut self) -> bool {
        let Some(reader) = self.reader.as_mut() else {
            return false;
        };
        let Some(doc) = self.documents.get(reader.doc) else {
            return false;
        };
        reader.work(&doc.article)
    }

    /// Take in what the background brings: a whole article (laid out
    /// again, the reader keeping its place) or its quotations.
    pub fn arrived(&mut self, arrival: Arrival) {
        match arrival {
            Arrival::Article(index, article) => {
                let text =
                    geometry::reader(self.area(), self.sidebar_visible(), &self.settings).text;
                if let Some(doc) = self.documents.get_mut(index) {
                    doc.loaded(article);
                    if let Some(reader) = self.reader.as_mut().filter(|r| r.doc == index) {
                        reader.reload(&doc.article, text);
                    }
                }
            }
            Arrival::Extraction(index, extraction) => {
                if let Some(doc) = self.documents.get_mut(index) {
                    doc.extraction_done(extraction);
                }
            }
            Arrival::Failed(_, error) => self.message = Some(error.to_string()),
        }
    }

    fn fit(&mut self) {
        let text = self.reader_areas().text;
        if let Some(reader) = self.reader.as_mut()
            && let Some(doc) = self.documents.get(reader.doc)
        {
            reader.fit(doc, text, wrap_options(doc, &self.settings));
        }
        let height = self.list_height();
        if let Some(list) = self.quote_list.as_mut() {
            list.scroll(height);
        }
    }

    /// Rows of quotations the quote list shows at this size.
    fn list_height(&self) -> usize {
        usize::from(geometry::quote_list_rows(self.area()).height)
    }

    /// The prompt has the keys: type, erase, search or give up.
    fn type_search(&mut self, action: Action) {
        let Some(prompt) = self.prompt.as_mut() else {
            return;
        };
        match action {
            Action::Type(c) => prompt.type_char(c),
            Action::Erase if prompt.query.is_empty() => self.prompt = None,
            Action::Erase => {
                prompt.query.pop();
            }
            Action::CancelPrompt => self.prompt = None,
            Action::Submit => {
                let Some(prompt) = self.prompt.take() else {
                    return;
                };
                if let Some(reader) = self.reader.as_mut()
                    && let Some(doc) = self.documents.get(reader.doc)
                {
                    self.message = reader.start_search(doc, prompt);
                }
            }
            _ => {}
        }
    }

    /// Open the quote list of `scope` (None: everyone), on the selected
    /// quote if it is listed.
    fn open_quote_list(&mut self, scope: Option<Filter>) {
        let Some(reader) = self.reader.as_mut() else {
            return;
        };
        let Some(doc) = self.documents.get(reader.doc) else {
            return;
        };
        let mut list = QuoteList::new(&doc.extraction, scope, reader.selected);
        if list.is_empty() {
            self.message = Some("no quotations here".to_string());
            return;
        }
        reader.focus = Focus::Text;
        list.scroll(self.list_height());
        self.quote_list = Some(list);
    }

    /// The quote list has the keys: move, jump, copy or close.
    fn browse_quotes(&mut self, action: Action) {
        let height = self.list_height();
        let Some(list) = self.quote_list.as_mut() else {
            return;
        };
        let page = isize::try_from(height.max(1)).unwrap_or(1);
        match action {
            Action::SelectPrev => list.step(-1, height),
            Action::SelectNext => list.step(1, height),
            Action::SelectPageUp => list.step(-page, height),
            Action::SelectPageDown => list.step(page, height),
            Action::SelectFirst => list.first(height),
            Action::SelectLast => list.last(height),
            Action::Open => self.go_to_listed_quote(),
            Action::CopyQuote => {
                if let Some(index) = list.chosen() {
                    self.copy(index);
                }
            }
            Action::CloseQuoteList => self.quote_list = None,
            _ => {}
        }
    }

    /// Close the list and show the quotation under its cursor, selected.
    fn go_to_listed_quote(&mut self) {
        let Some(list) = self.quote_list.take() else {
            return;
        };
        if let (Some(index), Some(reader)) = (list.chosen(), self.reader.as_mut())
            && let Some(doc) = self.documents.get(reader.doc)
        {
            reader.select_quote(doc, index);
        }
    }

    /// Put quote `index` with its speaker on the clipboard.
    fn copy(&mut self, index: usize) {
        let Some(doc) = self.document() else {
            return;
        };
        let Some(text) = clipboard::quote_text(&doc.article.text, &doc.extraction, index) else {
            return;
        };
        self.clipboard = Some(text);
        self.message = Some(format!("copied quote {}", index + 1));
    }

    /// Wheel and clicks: whatever is under the pointer.
    fn mouse(&mut self, action: Action) {
        if let (true, Action::Scroll { down, .. }) = (self.help, action) {
            self.update(Action::HelpScroll(if down { 3 } else { -3 }));
            return;
        }
        if self.help || self.prompt.is_some() {
            return;
        }
        match action {
            Action::Click { column, row } => self.click(hit::target(self, column, row)),
            Action::Scroll { column, row, down } => {
                let target = hit::target(self, column, row);
                self.scroll(target, down);
            }
            _ => {}
        }
    }

    fn click(&mut self, target: Target) {
        match target {
            Target::ListRow(row) => {
                if self
                    .quote_list
                    .as_mut()
                    .is_some_and(|list| list.point_at(row))
                {
                    self.go_to_listed_quote();
                }
            }
            Target::Outside => self.quote_list = None,
            Target::LibraryRow(index) if index == self.library_cursor => self.open(index),
            Target::LibraryRow(index) => self.library_cursor = index,
            // A click chooses a speaker; another click lists their quotes.
            Target::Speaker(entry) => match self.reader.as_mut() {
                Some(reader) if reader.filter == Some(entry) => self.open_quote_list(Some(entry)),
                Some(reader) => reader.filter = Some(entry),
                None => {}
            },
            Target::Quote(index) => {
                if let Some(reader) = self.reader.as_mut()
                    && let Some(doc) = self.documents.get(reader.doc)
                {
                    reader.select_quote(doc, index);
                }
            }
            Target::ListFrame | Target::Sidebar | Target::Text | Target::Nothing => {}
        }
    }

    /// The wheel moves what is under it: the quote list, the library's
    /// cursor, the speakers, or else the pages.
    fn scroll(&mut self, target: Target, down: bool) {
        let height = self.list_height();
        if let Some(list) = self.quote_list.as_mut() {
            list.step(if down { 3 } else { -3 }, height);
            return;
        }
        if self.screen == Screen::Library {
            let last = self.documents.len().saturating_sub(1);
            self.library_cursor = if down {
                (self.library_cursor + 1).min(last)
            } else {
                self.library_cursor.saturating_sub(1)
            };
            return;
        }
        let Some(reader) = self.reader.as_mut() else {
            return;
        };
        let Some(doc) = self.documents.get(reader.doc) else {
            return;
        };
        match (target, down) {
            (Target::Speaker(_) | Target::Sidebar, _) => reader.step_filter(&doc.extraction, down),
            (_, true) => reader.next_page(&doc.article),
            (_, false) => reader.previous_page(&doc.article),
        }
    }

    fn read(&mut self, action: Action) {
        let sidebar_visible = self.sidebar_visible();
        if self.screen != Screen::Reader {
            return;
        }
        let Some(reader) = self.reader.as_mut() else {
            return;
        };
        let Some(doc) = self.documents.get(reader.doc) else {
            return;
        };
        let extraction = &doc.extraction;
        let article = &doc.article;
        match action {
            Action::NextPage => reader.next_page(article),
            Action::PrevPage => reader.previous_page(article),
            Action::FirstPage => reader.show_page(article, 0),
            Action::LastPage => reader.last_page(article),
            Action::NextQuote => self.message = reader.jump(doc, true),
            Action::PrevQuote => self.message = reader.jump(doc, false),
            Action::Next if reader.search.is_some() => {
                self.message = reader.step_search(article, true)
            }
            Action::Previous if reader.search.is_some() => {
                self.message = reader.step_search(article, false)
            }
            Action::Next => self.message = reader.jump(doc, true),
            Action::Previous => self.message = reader.jump(doc, false),
            Action::SearchForward => self.prompt = Some(Prompt::new(true)),
            Action::SearchBackward => self.prompt = Some(Prompt::new(false)),
            Action::OpenQuoteList => {
                let scope = reader.filter;
                self.open_quote_list(scope);
            }
            Action::AllQuotes => self.open_quote_list(None),
            Action::CopyQuote => match reader.selected {
                Some(index) => self.copy(index),
                None => self.message = Some("no quotation selected: n selects one".to_string()),
            },
            Action::SpeakerPrev => reader.step_filter(extraction, false),
            Action::SpeakerNext => reader.step_filter(extraction, true),
            Action::SpeakerJump => {
                self.message = reader.jump(doc, true);
                reader.focus = Focus::Text;
            }
            Action::SwitchFocus if sidebar_visible => {
                reader.focus = match reader.focus {
                    Focus::Text => Focus::Sidebar,
                    Focus::Sidebar => Focus::Text,
                };
            }
            Action::SwitchFocus => {
                self.message = Some(if self.sidebar_hidden {
                    "speakers are hidden: s shows them".to_string()
                } else {
                    sidebar_width_message(self.settings.sidebar_width)
                })
            }
            Action::Back if reader.search.is_some() => reader.search = None,
            Action::Back if reader.filter.is_some() => reader.filter = None,
            Action::Back if self.has_library => {
                reader.focus = Focus::Text;
                self.screen = Screen::Library;
            }
            Action::ToggleSidebar => {
                let fits = geometry::sidebar_fits(self.size.0, self.settings.sidebar_width);
                // Hidden for want of room, the sidebar is not hidden again
                // by the key meant to show it.
                if fits || self.sidebar_hidden {
                    self.sidebar_hidden = !self.sidebar_hidden;
                }
                if !self.sidebar_hidden && !fits {
                    self.message = Some(sidebar_width_message(self.settings.sidebar_width));
                }
                if self.sidebar_hidden {
                    reader.focus = Focus::Text;
                }
                self.fit();
            }
            _ => {}
        }
    }
}

/// Why a sidebar `sidebar_width` wide is not shown.
fn sidebar_width_message(sidebar_width: u16) -> String {
    format!(
        "speakers need a terminal {} columns wide",
        geometry::sidebar_min_terminal_width(sidebar_width)
    )
}
