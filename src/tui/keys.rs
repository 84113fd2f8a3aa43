//! The one key table: it maps key events to actions and it is what the
//! help overlay lists, so the two cannot disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// Where a binding applies. The app says which contexts are active, most
/// specific first; the first matching binding wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Library,
    Reader,
    Sidebar,
    Help,
    /// Typing a search after `/` or `?`.
    Prompt,
    QuoteList,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Library => "Library",
            Context::Reader => "Reader",
            Context::Sidebar => "Speakers sidebar (Tab)",
            Context::Help => "Help",
            Context::Prompt => "Search prompt (/ or ?)",
            Context::QuoteList => "Quote list (l, a)",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Key {
    const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    fn matches(&self, event: &KeyEvent) -> bool {
        // Terminals disagree on whether "N" or "?" arrive with SHIFT, so
        // the character alone decides for printable keys.
        let mut modifiers = event.modifiers;
        if matches!(event.code, KeyCode::Char(_)) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        self.code == event.code && self.modifiers == modifiers
    }

    /// How the help overlay names the key.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::Backspace => "Bksp".to_string(),
            KeyCode::F(number) => format!("F{number}"),
            other => format!("{other:?}"),
        };
        let mut label = name;
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            label = format!("Ctrl-{}", label.to_uppercase());
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            label = format!("Alt-{label}");
        }
        label
    }

    /// A key as config.toml names it: "n", "G", "?", "space", "enter",
    /// "pagedown", "f5", "ctrl-j", "alt-n", "ctrl-alt-x".
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (modifier, prefix) = if lower.starts_with("ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") {
                (KeyModifiers::ALT, 4)
            } else {
                break;
            };
            modifiers |= modifier;
            rest = &rest[prefix..];
        }
        let code = key_code(rest).ok_or_else(|| {
            format!("cannot read the key {text:?} (try \"n\", \"ctrl-j\", \"pagedown\")")
        })?;
        Ok(Key { code, modifiers })
    }
}

/// The key named `name`: one character, or a name like "enter" or "f5".
fn key_code(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(KeyCode::Char(c));
    }
    let lower = name.to_ascii_lowercase();
    let code = match lower.as_str() {
        "space" => KeyCode::Char(' '),
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backspace" => KeyCode::Backspace,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "insert" => KeyCode::Insert,
        "delete" | "del" => KeyCode::Delete,
        _ => {
            let number: u8 = lower.strip_prefix('f')?.parse().ok()?;
            return (1..=12).contains(&number).then_some(KeyCode::F(number));
        }
    };
    Some(code)
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// What `[keys]` in config.toml calls the action.
    pub name: &'static str,
    pub context: Context,
    pub help: &'static str,
}

use Context::{Global, Help, Library, Prompt, QuoteList, Reader, Sidebar};
use KeyCode::{Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};

const fn k(code: KeyCode) -> Key {
    Key::plain(code)
}

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[k(KeyCode::F(1)), Key::ch('h')],
        action: Action::ToggleHelp,
        name: "toggle_help",
        context: Global,
        help: "show or hide this help",
    },
    Binding {
        keys: &[Key::ch('q'), Key::ctrl('c')],
        action: Action::Quit,
        name: "quit",
        context: Global,
        help: "quit",
    },
    Binding {
        keys: &[k(Esc), Key::ch('?'), Key::ch('q')],
        action: Action::CloseHelp,
        name: "close_help",
        context: Help,
        help: "close help",
    },
    Binding {
        keys: &[k(Up), Key::ch('k')],
        action: Action::HelpScroll(-1),
        name: "help_scroll_up",
        context: Help,
        help: "scroll up",
    },
    Binding {
        keys: &[k(Down), Key::ch('j')],
        action: Action::HelpScroll(1),
        name: "help_scroll_down",
        context: Help,
        help: "scroll down",
    },
    Binding {
        keys: &[k(PageUp)],
        action: Action::HelpScroll(-10),
        name: "help_page_up",
        context: Help,
        help: "scroll a page up",
    },
    Binding {
        keys: &[k(PageDown), Key::ch(' ')],
        action: Action::HelpScroll(10),
        name: "help_page_down",
        context: Help,
        help: "scroll a page down",
    },
    Binding {
        keys: &[k(Up), Key::ch('k')],
        action: Action::SelectPrev,
        name: "previous_article",
        context: Library,
        help: "previous article",
    },
    Binding {
        keys: &[k(Down), Key::ch('j')],
        action: Action::SelectNext,
        name: "next_article",
        context: Library,
        help: "next article",
    },
    Binding {
        keys: &[k(Home), Key::ch('g')],
        action: Action::SelectFirst,
        name: "first_article",
        context: Library,
        help: "first article",
    },
    Binding {
        keys: &[k(End), Key::ch('G')],
        action: Action::SelectLast,
        name: "last_article",
        context: Library,
        help: "last article",
    },
    Binding {
        keys: &[k(Enter)],
        action: Action::Open,
        name: "open",
        context: Library,
        help: "read the article",
    },
    Binding {
        keys: &[Key::ch('?')],
        action: Action::ToggleHelp,
        name: "library_help",
        context: Library,
        help: "show this help",
    },
    Binding {
        keys: &[k(Up), Key::ch('k')],
        action: Action::SpeakerPrev,
        name: "previous_speaker",
        context: Sidebar,
        help: "previous speaker (filter)",
    },
    Binding {
        keys: &[k(Down), Key::ch('j')],
        action: Action::SpeakerNext,
        name: "next_speaker",
        context: Sidebar,
        help: "next speaker (filter)",
    },
    Binding {
        keys: &[k(Enter)],
        action: Action::OpenQuoteList,
        name: "speaker_quote_list",
        context: Sidebar,
        help: "list their quotations",
    },
    Binding {
        keys: &[Key::ch(' ')],
        action: Action::SpeakerJump,
        name: "speaker_quote",
        context: Sidebar,
        help: "go to their next quote",
    },
    Binding {
        keys: &[Key::ch(' '), k(PageDown), k(Right)],
        action: Action::NextPage,
        name: "next_page",
        context: Reader,
        help: "next page",
    },
    Binding {
        keys: &[Key::ch('b'), k(PageUp), k(Left)],
        action: Action::PrevPage,
        name: "previous_page",
        context: Reader,
        help: "previous page",
    },
    Binding {
        keys: &[Key::ch('g'), k(Home)],
        action: Action::FirstPage,
        name: "first_page",
        context: Reader,
        help: "first page",
    },
    Binding {
        keys: &[Key::ch('G'), k(End)],
        action: Action::LastPage,
        name: "last_page",
        context: Reader,
        help: "last page",
    },
    Binding {
        keys: &[Key::ch('n')],
        action: Action::Next,
        name: "next",
        context: Reader,
        help: "next match (searching) or quotation",
    },
    Binding {
        keys: &[Key::ch('N')],
        action: Action::Previous,
        name: "previous",
        context: Reader,
        help: "previous match (searching) or quotation",
    },
    Binding {
        keys: &[Key::ch(']')],
        action: Action::NextQuote,
        name: "next_quote",
        context: Reader,
        help: "next quotation",
    },
    Binding {
        keys: &[Key::ch('[')],
        action: Action::PrevQuote,
        name: "previous_quote",
        context: Reader,
        help: "previous quotation",
    },
    Binding {
        keys: &[Key::ch('/')],
        action: Action::SearchForward,
        name: "search_forward",
        context: Reader,
        help: "search forward",
    },
    Binding {
        keys: &[Key::ch('?')],
        action: Action::SearchBackward,
        name: "search_backward",
        context: Reader,
        help: "search backward",
    },
    Binding {
        keys: &[Key::ch('l')],
        action: Action::OpenQuoteList,
        name: "quote_list",
        context: Reader,
        help: "quote list: chosen speaker, or all",
    },
    Binding {
        keys: &[Key::ch('a')],
        action: Action::AllQuotes,
        name: "all_quotes",
        context: Reader,
        help: "all quotations, by speaker",
    },
    Binding {
        keys: &[Key::ch('y')],
        action: Action::CopyQuote,
        name: "copy_quote",
        context: Reader,
        help: "copy the quotation and its speaker",
    },
    Binding {
        keys: &[Key::ch('s')],
        action: Action::ToggleSidebar,
        name: "toggle_sidebar",
        context: Reader,
        help: "show or hide speakers",
    },
    Binding {
        keys: &[k(Tab)],
        action: Action::SwitchFocus,
        name: "switch_focus",
        context: Reader,
        help: "focus text or speakers",
    },
    Binding {
        keys: &[k(Esc), k(Backspace)],
        action: Action::Back,
        name: "back",
        context: Reader,
        help: "end search, clear speaker, or library",
    },
    Binding {
        keys: &[k(Enter)],
        action: Action::Submit,
        name: "search_submit",
        context: Prompt,
        help: "search",
    },
    Binding {
        keys: &[k(Backspace)],
        action: Action::Erase,
        name: "search_erase",
        context: Prompt,
        help: "erase a character",
    },
    Binding {
        keys: &[k(Esc)],
        action: Action::CancelPrompt,
        name: "search_cancel",
        context: Prompt,
        help: "cancel",
    },
    Binding {
        keys: &[k(Up), Key::ch('k')],
        action: Action::SelectPrev,
        name: "quote_list_previous",
        context: QuoteList,
        help: "previous quotation",
    },
    Binding {
        keys: &[k(Down), Key::ch('j')],
        action: Action::SelectNext,
        name: "quote_list_next",
        context: QuoteList,
        help: "next quotation",
    },
    Binding {
        keys: &[k(PageUp)],
        action: Action::SelectPageUp,
        name: "quote_list_page_up",
        context: QuoteList,
        help: "a screenful up",
    },
    Binding {
        keys: &[k(PageDown)],
        action: Action::SelectPageDown,
        name: "quote_list_page_down",
        context: QuoteList,
        help: "a screenful down",
    },
    Binding {
        keys: &[k(Home), Key::ch('g')],
        action: Action::SelectFirst,
        name: "quote_list_first",
        context: QuoteList,
        help: "first quotation",
    },
    Binding {
        keys: &[k(End), Key::ch('G')],
        action: Action::SelectLast,
        name: "quote_list_last",
        context: QuoteList,
        help: "last quotation",
    },
    Binding {
        keys: &[k(Enter)],
        action: Action::Open,
        name: "quote_list_go",
        context: QuoteList,
        help: "go to the quotation",
    },
    Binding {
        keys: &[Key::ch('y')],
        action: Action::CopyQuote,
        name: "quote_list_copy",
        context: QuoteList,
        help: "copy the quotation and its speaker",
    },
    Binding {
        keys: &[k(Esc), Key::ch('q'), Key::ch('l'), Key::ch('a')],
        action: Action::CloseQuoteList,
        name: "quote_list_close",
        context: QuoteList,
        help: "close the list",
    },
];

/// The bindings in force: the built-in table with the user's `[keys]`.
/// A key the user gives to an action is taken away from every other
/// action of the same context, so the user's choice always wins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    /// The keys of each entry of [`BINDINGS`], in the same order.
    keys: Vec<Vec<Key>>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            keys: BINDINGS
                .iter()
                .map(|binding| binding.keys.to_vec())
                .collect(),
        }
    }
}

/// A binding with the keys in force for it.
pub struct Bound<'a> {
    pub binding: &'static Binding,
    pub keys: &'a [Key],
}

impl Bound<'_> {
    /// The keys as the help overlay shows them: "n ]".
    pub fn label(&self) -> String {
        let labels: Vec<String> = self.keys.iter().map(Key::label).collect();
        labels.join(" ")
    }
}

impl Keymap {
    /// The built-in table with `overrides` (action name → key names).
    pub fn new(overrides: &[(String, Vec<String>)]) -> Result<Keymap, String> {
        let mut keymap = Keymap::default();
        for (name, key_names) in overrides {
            let Some(index) = BINDINGS.iter().position(|binding| binding.name == name) else {
                let known: Vec<&str> = BINDINGS.iter().map(|binding| binding.name).collect();
                return Err(format!(
                    "[keys] {name}: no such action (actions: {})",
                    known.join(", ")
                ));
            };
            let keys = key_names
                .iter()
                .map(|key| Key::parse(key).map_err(|error| format!("[keys] {name}: {error}")))
                .collect::<Result<Vec<Key>, String>>()?;
            let context = BINDINGS[index].context;
            for (other, binding) in BINDINGS.iter().enumerate() {
                if other != index && binding.context == context {
                    keymap.keys[other].retain(|key| !keys.contains(key));
                }
            }
            keymap.keys[index] = keys;
        }
        Ok(keymap)
    }

    /// Every binding with its keys in force, in table order.
    pub fn bindings(&self) -> impl Iterator<Item = Bound<'_>> {
        BINDINGS
            .iter()
            .zip(&self.keys)
            .map(|(binding, keys)| Bound { binding, keys })
    }

    /// The bindings of `context`, in table order, for the help overlay.
    pub fn bindings_in(&self, context: Context) -> impl Iterator<Item = Bound<'_>> {
        self.bindings()
            .filter(move |bound| bound.binding.context == context)
    }

    /// The action bound to `event` in the first of `contexts` that binds it.
    /// In the prompt, any other printable key is typed, before global keys
    /// such as `q` are considered.
    pub fn action_for(&self, event: &KeyEvent, contexts: &[Context]) -> Option<Action> {
        contexts.iter().find_map(|&context| {
            self.bindings_in(context)
                .find(|bound| bound.keys.iter().any(|key| key.matches(event)))
                .map(|bound| bound.binding.action)
                .or_else(|| typed(event).filter(|_| context == Prompt).map(Action::Type))
        })
    }
}

/// The character a key types, if it types one.
fn typed(event: &KeyEvent) -> Option<char> {
    match event.code {
        KeyCode::Char(c)
            if !event
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// The action bound to `event` by the built-in table.
pub fn action_for(event: &KeyEvent, contexts: &[Context]) -> Option<Action> {
    Keymap::default().action_for(event, contexts)
}

/// The built-in bindings of `context`, in table order.
pub fn bindings_in(context: Context) -> impl Iterator<Item = &'static Binding> {
    BINDINGS
        .iter()
        .filter(move |binding| binding.context == context)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn the_most_specific_context_wins() {
        let down = press(Down, KeyModifiers::NONE);
        assert_eq!(
            action_for(&down, &[Sidebar, Reader, Global]),
            Some(Action::SpeakerNext)
        );
        assert_eq!(
            action_for(&down, &[Library, Global]),
            Some(Action::SelectNext)
        );
        assert_eq!(action_for(&down, &[Reader, Global]), None);
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for(&q, &[Help, Global]), Some(Action::CloseHelp));
        assert_eq!(action_for(&q, &[Reader, Global]), Some(Action::Quit));
    }

    #[test]
    fn shift_is_ignored_for_characters_but_control_is_not() {
        let shifted = press(KeyCode::Char('N'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for(&shifted, &[Reader, Global]),
            Some(Action::Previous)
        );
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&ctrl_c, &[Help, Global]), Some(Action::Quit));
        let ctrl_n = press(KeyCode::Char('n'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&ctrl_n, &[Reader, Global]), None);
    }

    #[test]
    fn the_prompt_types_characters_that_are_keys_elsewhere() {
        let contexts = [Prompt, Global];
        for c in ['q', '?', 'n', 'É', ' '] {
            let key = press(KeyCode::Char(c), KeyModifiers::NONE);
            assert_eq!(action_for(&key, &contexts), Some(Action::Type(c)));
        }
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&ctrl_c, &contexts), Some(Action::Quit));
        let enter = press(Enter, KeyModifiers::NONE);
        assert_eq!(action_for(&enter, &contexts), Some(Action::Submit));
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for(&q, &[Reader, Global]), Some(Action::Quit));
    }

    #[test]
    fn question_mark_searches_in_the_reader_and_helps_elsewhere() {
        let key = press(KeyCode::Char('?'), KeyModifiers::NONE);
        assert_eq!(
            action_for(&key, &[Reader, Global]),
            Some(Action::SearchBackward)
        );
        assert_eq!(
            action_for(&key, &[Library, Global]),
            Some(Action::ToggleHelp)
        );
        let f1 = press(KeyCode::F(1), KeyModifiers::NONE);
        assert_eq!(action_for(&f1, &[Reader, Global]), Some(Action::ToggleHelp));
    }

    #[test]
    fn no_context_binds_a_key_twice() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.context == b.context {
                    assert!(
                        !a.keys.iter().any(|key| b.keys.contains(key)),
                        "{:?} and {:?}",
                        a.action,
                        b.action
                    );
                }
            }
        }
    }

    fn overridden(overrides: &[(&str, &[&str])]) -> Result<Keymap, String> {
        let overrides: Vec<(String, Vec<String>)> = overrides
            .iter()
            .map(|(name, keys)| {
                let keys = keys.iter().map(|key| key.to_string()).collect();
                (name.to_string(), keys)
            })
            .collect();
        Keymap::new(&overrides)
    }

    #[test]
    fn every_action_has_a_distinct_config_name() {
        for (i, a) in BINDINGS.iter().enumerate() {
            assert!(!a.name.is_empty());
            assert!(
                BINDINGS[i + 1..].iter().all(|b| b.name != a.name),
                "{}",
                a.name
            );
        }
    }

    #[test]
    fn key_names_are_read() {
        let parsed = |text: &str| Key::parse(text).ok();
        assert_eq!(parsed("n"), Some(Key::ch('n')));
        assert_eq!(parsed("G"), Some(Key::ch('G')));
        assert_eq!(parsed("ctrl-j"), Some(Key::ctrl('j')));
        assert_eq!(parsed("space"), Some(Key::ch(' ')));
        assert_eq!(parsed("PageDown"), Some(k(PageDown)));
        assert_eq!(parsed("f5"), Some(k(KeyCode::F(5))));
        assert_eq!(
            parsed("alt-x").map(|key| key.modifiers),
            Some(KeyModifiers::ALT)
        );
        assert_eq!(parsed("-"), Some(Key::ch('-')));
        for bad in ["", "ctrl-", "hyper-x", "f13", "nope"] {
            assert!(Key::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn an_override_replaces_the_keys_and_wins_over_other_actions() {
        let keymap = overridden(&[("next_quote", &["x", "ctrl-j", "b"])]).unwrap_or_default();
        let x = press(KeyCode::Char('x'), KeyModifiers::NONE);
        let bracket = press(KeyCode::Char(']'), KeyModifiers::NONE);
        let b = press(KeyCode::Char('b'), KeyModifiers::NONE);
        let ctrl_j = press(KeyCode::Char('j'), KeyModifiers::CONTROL);
        assert_eq!(
            keymap.action_for(&x, &[Reader, Global]),
            Some(Action::NextQuote)
        );
        assert_eq!(
            keymap.action_for(&ctrl_j, &[Reader, Global]),
            Some(Action::NextQuote)
        );
        assert_eq!(keymap.action_for(&bracket, &[Reader, Global]), None);
        // "b" was "previous page"; the user gave it to next_quote.
        assert_eq!(
            keymap.action_for(&b, &[Reader, Global]),
            Some(Action::NextQuote)
        );
        let previous_page = keymap
            .bindings_in(Reader)
            .find(|bound| bound.binding.action == Action::PrevPage)
            .map(|bound| bound.label());
        assert_eq!(previous_page.as_deref(), Some("PgUp ←"));
    }

    #[test]
    fn bad_overrides_name_the_action() {
        let unknown = overridden(&[("next_qoute", &["x"])]);
        assert!(unknown.is_err_and(|error| error.contains("next_qoute")));
        let bad_key = overridden(&[("quit", &["ctrl-"])]);
        assert!(bad_key.is_err_and(|error| error.contains("quit") && error.contains("ctrl-")));
    }

    #[test]
    fn the_readme_lists_every_action_name() {
        let readme = include_str!("../../README.md");
        for binding in BINDINGS {
            let quoted = format!("`{}`", binding.name);
            assert!(readme.contains(&quoted), "README lacks {quoted}");
        }
    }
}
