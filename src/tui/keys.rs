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
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{}", name.to_uppercase())
        } else {
            name
        }
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub context: Context,
    pub help: &'static str,
}

impl Binding {
    /// The keys as the help overlay shows them: "n/]".
    pub fn label(&self) -> String {
        self.keys
            .iter()
            .map(Key::label)
            .collect::<Vec<_>>()
            .join(" ")
    }
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
        context: Global,
        help: "show or hide this help",
    },
    Binding {
        keys: &[Key::ch('q'), Key::ctrl('c')],
        action: Action::Quit,
        context: Global,
        help: "quit",
    },
    Binding {
        keys: &[k(Esc), Key::ch('?'), Key::ch('q')],
        action: Action::CloseHelp,
        context: Help,
        help: "close help",
    },
    Binding {
        keys: &[k(Up), Key::ch('k')],
        action: Action::HelpScroll(-1),
        context: Help,
        help: "scroll up",
    },
    Binding {
        keys: &[k(Down), Key::ch('j')],
        action: Action::HelpScroll(1),
        context: Help,
        help: "scroll down",
    },
    Binding {
        keys: &[k(PageUp)],
        action: Action::HelpScroll(-10),
        context: Help,
        help: "scroll a page up",
    },
    Binding {
        keys: &[k(PageDown), Key::ch(' ')],
        action: Action::HelpScroll(10),
        context: Help,
        help: "scroll a page down",
    },
    Binding {
        keys: &[k(Up), Key::ch('k')],
        action: Action::SelectPrev,
        context: Library,
        help: "previous article",
    },
    Binding {
        keys: &[k(Down), Key::ch('j')],
        action: Action::SelectNext,
        context: Library,
        help: "next article",
    },
    Binding {
        keys: &[k(Home), Key::ch('g')],
        action: Action::SelectFirst,
        context: Library,
        help: "first article",
    },
    Binding {
        keys: &[k(End), Key::ch('G')],
        action: Action::SelectLast,
        context: Library,
        help: "last article",
    },
    Binding {
        keys: &[k(Enter)],
        action: Action::Open,
        context: Library,
        help: "read the article",
    },
    Binding {
        keys: &[Key::ch('?')],
        action: Action::ToggleHelp,
        context: Library,
        help: "show this help",
    },
    Binding {
        keys: &[k(Up), Key::ch('k')],
        action: Action::SpeakerPrev,
        context: Sidebar,
        help: "previous speaker (filter)",
    },
    Binding {
        keys: &[k(Down), Key::ch('j')],
        action: Action::SpeakerNext,
        context: Sidebar,
        help: "next speaker (filter)",
    },
    Binding {
        keys: &[k(Enter)],
        action: Action::OpenQuoteList,
        context: Sidebar,
        help: "list their quotations",
    },
    Binding {
        keys: &[Key::ch(' ')],
        action: Action::SpeakerJump,
        context: Sidebar,
        help: "go to their next quote",
    },
    Binding {
        keys: &[Key::ch(' '), k(PageDown), k(Right)],
        action: Action::NextPage,
        context: Reader,
        help: "next page",
    },
    Binding {
        keys: &[Key::ch('b'), k(PageUp), k(Left)],
        action: Action::PrevPage,
        context: Reader,
        help: "previous page",
    },
    Binding {
        keys: &[Key::ch('g'), k(Home)],
        action: Action::FirstPage,
        context: Reader,
        help: "first page",
    },
    Binding {
        keys: &[Key::ch('G'), k(End)],
        action: Action::LastPage,
        context: Reader,
        help: "last page",
    },
    Binding {
        keys: &[Key::ch('n')],
        action: Action::Next,
        context: Reader,
        help: "next match (searching) or quotation",
    },
    Binding {
        keys: &[Key::ch('N')],
        action: Action::Previous,
        context: Reader,
        help: "previous match (searching) or quotation",
    },
    Binding {
        keys: &[Key::ch(']')],
        action: Action::NextQuote,
        context: Reader,
        help: "next quotation",
    },
    Binding {
        keys: &[Key::ch('[')],
        action: Action::PrevQuote,
        context: Reader,
        help: "previous quotation",
    },
    Binding {
        keys: &[Key::ch('/')],
        action: Action::SearchForward,
        context: Reader,
        help: "search forward",
    },
    Binding {
        keys: &[Key::ch('?')],
        action: Action::SearchBackward,
        context: Reader,
        help: "search backward",
    },
    Binding {
        keys: &[Key::ch('l')],
        action: Action::OpenQuoteList,
        context: Reader,
        help: "quote list: chosen speaker, or all",
    },
    Binding {
        keys: &[Key::ch('a')],
        action: Action::AllQuotes,
        context: Reader,
        help: "all quotations, by speaker",
    },
    Binding {
        keys: &[Key::ch('y')],
        action: Action::CopyQuote,
        context: Reader,
        help: "copy the quotation and its speaker",
    },
    Binding {
        keys: &[Key::ch('s')],
        action: Action::ToggleSidebar,
        context: Reader,
        help: "show or hide speakers",
    },
    Binding {
        keys: &[k(Tab)],
        action: Action::SwitchFocus,
        context: Reader,
        help: "focus text or speakers",
    },
    Binding {
        keys: &[k(Esc), k(Backspace)],
        action: Action::Back,
        context: Reader,
        help: "end search, clear speaker, or library",
    },
    Binding {
        keys: &[k(Enter)],
        action: Action::Submit,
        context: Prompt,
        help: "search",
    },
    Binding {
        keys: &[k(Backspace)],
        action: Action::Erase,
        context: Prompt,
        help: "erase a character",
    },
    Binding {
        keys: &[k(Esc)],
        action: Action::CancelPrompt,
        context: Prompt,
        help: "cancel",
    },
    Binding {
        keys: &[k(Up), Key::ch('k')],
        action: Action::SelectPrev,
        context: QuoteList,
        help: "previous quotation",
    },
    Binding {
        keys: &[k(Down), Key::ch('j')],
        action: Action::SelectNext,
        context: QuoteList,
        help: "next quotation",
    },
    Binding {
        keys: &[k(PageUp)],
        action: Action::SelectPageUp,
        context: QuoteList,
        help: "a screenful up",
    },
    Binding {
        keys: &[k(PageDown)],
        action: Action::SelectPageDown,
        context: QuoteList,
        help: "a screenful down",
    },
    Binding {
        keys: &[k(Home), Key::ch('g')],
        action: Action::SelectFirst,
        context: QuoteList,
        help: "first quotation",
    },
    Binding {
        keys: &[k(End), Key::ch('G')],
        action: Action::SelectLast,
        context: QuoteList,
        help: "last quotation",
    },
    Binding {
        keys: &[k(Enter)],
        action: Action::Open,
        context: QuoteList,
        help: "go to the quotation",
    },
    Binding {
        keys: &[Key::ch('y')],
        action: Action::CopyQuote,
        context: QuoteList,
        help: "copy the quotation and its speaker",
    },
    Binding {
        keys: &[k(Esc), Key::ch('q'), Key::ch('l'), Key::ch('a')],
        action: Action::CloseQuoteList,
        context: QuoteList,
        help: "close the list",
    },
];

/// The action bound to `event` in the first of `contexts` that binds it.
/// In the prompt, any other printable key is typed, before global keys
/// such as `q` are considered.
pub fn action_for(event: &KeyEvent, contexts: &[Context]) -> Option<Action> {
    contexts.iter().find_map(|&context| {
        BINDINGS
            .iter()
            .filter(|binding| binding.context == context)
            .find(|binding| binding.keys.iter().any(|key| key.matches(event)))
            .map(|binding| binding.action)
            .or_else(|| typed(event).filter(|_| context == Prompt).map(Action::Type))
    })
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

/// The bindings of `context`, in table order, for the help overlay.
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
}
