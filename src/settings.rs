//! What the user can choose about the reader: built-in defaults, merged
//! with `config.toml` and command-line flags before the interface starts.
//! The interface only reads these; it never decides them.

use serde::Deserialize;

use crate::config::Config;
use crate::tui::keys::Keymap;

/// Colour scheme of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// The terminal's own colours plus the speaker palette.
    #[default]
    Auto,
    /// Light text on a dark background.
    Dark,
    /// Dark text on a light background.
    Light,
    /// No colour at all: emphasis by bold, italic, underline and reverse video.
    Mono,
}

/// Which side of the text the speakers sidebar sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SidebarSide {
    Left,
    #[default]
    Right,
}

/// The default measure: a comfortable line for reading.
pub const DEFAULT_MEASURE: u16 = 72;
/// Narrower measures and sidebars leave too little to read.
pub const MIN_MEASURE: u16 = 20;
pub const SIDEBAR_WIDTHS: std::ops::RangeInclusive<u16> = 16..=80;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// Maximum text column width in cells (None: as wide as the window).
    pub measure: Option<u16>,
    pub justify: bool,
    pub hyphenate: bool,
    pub sidebar_side: SidebarSide,
    pub sidebar_width: u16,
    /// Capture the mouse (wheel, clicks); off lets the terminal select text.
    pub mouse: bool,
    /// Remember and restore the reading position of each article.
    pub remember_position: bool,
    /// The key bindings: the built-in table with the user's `[keys]`.
    pub keymap: Keymap,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            theme: ThemeChoice::Auto,
            measure: Some(DEFAULT_MEASURE),
            justify: false,
            hyphenate: false,
            sidebar_side: SidebarSide::Right,
            sidebar_width: 30,
            mouse: true,
            remember_position: true,
            keymap: Keymap::default(),
        }
    }
}

/// What the command line says; flags win over the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    pub theme: Option<ThemeChoice>,
    pub measure: Option<u16>,
    pub justify: bool,
    pub hyphenate: bool,
    pub no_mouse: bool,
    pub no_state: bool,
}

/// What the environment says: `NO_COLOR` and `QUOTH_NO_STATE`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Environment {
    pub no_color: bool,
    pub no_state: bool,
}

/// Turns off position memory when set to anything but empty or "0".
pub const NO_STATE_ENV: &str = "QUOTH_NO_STATE";

impl Environment {
    pub fn from_process() -> Environment {
        let set = |name: &str| {
            std::env::var_os(name).is_some_and(|value| !value.is_empty() && value != "0")
        };
        Environment {
            // no-color.org: present and not empty.
            no_color: std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty()),
            no_state: set(NO_STATE_ENV),
        }
    }
}

/// A measure as the file and `--width` give it: 0 means the whole window.
pub fn check_measure(cells: u16) -> Result<Option<u16>, String> {
    match cells {
        0 => Ok(None),
        cells if cells < MIN_MEASURE => Err(format!(
            "{cells} is too narrow: use 0 (whole window) or at least {MIN_MEASURE}"
        )),
        cells => Ok(Some(cells)),
    }
}

/// The defaults, overridden by the file, overridden by the flags. An
/// explicit theme (file or flag) wins over `NO_COLOR`, as no-color.org
/// asks; otherwise `NO_COLOR` means the monochrome theme.
pub fn merge(config: Config, flags: &Flags, env: Environment) -> Result<Settings, String> {
    let defaults = Settings::default();
    let sidebar = config.sidebar.unwrap_or_default();
    let sidebar_width = sidebar.width.unwrap_or(defaults.sidebar_width);
    if !SIDEBAR_WIDTHS.contains(&sidebar_width) {
        return Err(format!(
            "sidebar.width = {sidebar_width}: use {} to {}",
            SIDEBAR_WIDTHS.start(),
            SIDEBAR_WIDTHS.end()
        ));
    }
    let theme = flags.theme.or(config.theme).unwrap_or(if env.no_color {
        ThemeChoice::Mono
    } else {
        defaults.theme
    });
    let overrides: Vec<(String, Vec<String>)> = config
        .keys
        .unwrap_or_default()
        .into_iter()
        .map(|(action, keys)| (action, keys.into_vec()))
        .collect();
    let measure = match flags.measure.or(config.measure) {
        Some(cells) => check_measure(cells).map_err(|error| format!("measure = {error}"))?,
        None => defaults.measure,
    };
    Ok(Settings {
        theme,
        measure,
        justify: flags.justify || config.justify.unwrap_or(defaults.justify),
        hyphenate: flags.hyphenate || config.hyphenate.unwrap_or(defaults.hyphenate),
        sidebar_side: sidebar.side.unwrap_or(defaults.sidebar_side),
        sidebar_width,
        mouse: !flags.no_mouse && config.mouse.unwrap_or(defaults.mouse),
        remember_position: !flags.no_state
            && !env.no_state
            && config.state.unwrap_or(defaults.remember_position),
        keymap: Keymap::new(&overrides)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Config {
        Config::parse(text).unwrap_or_default()
    }

    #[test]
    fn nothing_said_gives_the_defaults() {
        let merged = merge(Config::default(), &Flags::default(), Environment::default());
        assert_eq!(merged, Ok(Settings::default()));
    }

    #[test]
    fn the_file_overrides_defaults_and_flags_override_the_file() {
        let config =
            parse("theme = \"light\"\nmeasure = 60\nmouse = true\n[sidebar]\nside = \"left\"");
        let from_file = merge(config.clone(), &Flags::default(), Environment::default());
        let from_file = from_file.unwrap_or_default();
        assert_eq!(from_file.theme, ThemeChoice::Light);
        assert_eq!(from_file.measure, Some(60));
        assert_eq!(from_file.sidebar_side, SidebarSide::Left);
        let flags = Flags {
            theme: Some(ThemeChoice::Dark),
            measure: Some(0),
            no_mouse: true,
            justify: true,
            ..Flags::default()
        };
        let merged = merge(config, &flags, Environment::default()).unwrap_or_default();
        assert_eq!(merged.theme, ThemeChoice::Dark);
        assert_eq!(merged.measure, None);
        assert!(!merged.mouse);
        assert!(merged.justify);
        assert_eq!(merged.sidebar_side, SidebarSide::Left);
    }

    #[test]
    fn no_color_means_mono_unless_a_theme_is_chosen() {
        let env = Environment {
            no_color: true,
            ..Environment::default()
        };
        let plain = merge(Config::default(), &Flags::default(), env).unwrap_or_default();
        assert_eq!(plain.theme, ThemeChoice::Mono);
        let flags = Flags {
            theme: Some(ThemeChoice::Dark),
            ..Flags::default()
        };
        let chosen = merge(Config::default(), &flags, env).unwrap_or_default();
        assert_eq!(chosen.theme, ThemeChoice::Dark);
        let from_file = merge(parse("theme = \"auto\""), &Flags::default(), env);
        assert_eq!(from_file.map(|s| s.theme), Ok(ThemeChoice::Auto));
    }

    #[test]
    fn state_is_off_by_flag_file_or_environment() {
        let env = Environment {
            no_state: true,
            ..Environment::default()
        };
        let by_env = merge(Config::default(), &Flags::default(), env);
        assert_eq!(by_env.map(|s| s.remember_position), Ok(false));
        let by_file = merge(
            parse("state = false"),
            &Flags::default(),
            Environment::default(),
        );
        assert_eq!(by_file.map(|s| s.remember_position), Ok(false));
        let flags = Flags {
            no_state: true,
            ..Flags::default()
        };
        let by_flag = merge(Config::default(), &flags, Environment::default());
        assert_eq!(by_flag.map(|s| s.remember_position), Ok(false));
    }

    #[test]
    fn key_bindings_are_checked_when_merged() {
        let bound = merge(
            parse("[keys]\nquit = \"x\""),
            &Flags::default(),
            Environment::default(),
        );
        assert!(bound.is_ok_and(|settings| settings.keymap != Keymap::default()));
        let unknown = merge(
            parse("[keys]\nqiut = \"x\""),
            &Flags::default(),
            Environment::default(),
        );
        assert!(unknown.is_err_and(|error| error.contains("qiut")));
    }

    #[test]
    fn out_of_range_values_name_their_key() {
        let narrow = merge(
            parse("measure = 5"),
            &Flags::default(),
            Environment::default(),
        );
        assert!(narrow.is_err_and(|error| error.contains("measure")));
        let sidebar = merge(
            parse("[sidebar]\nwidth = 2"),
            &Flags::default(),
            Environment::default(),
        );
        assert!(sidebar.is_err_and(|error| error.contains("sidebar.width")));
    }
}
