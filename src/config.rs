//! `config.toml`: where it is and what it may say. Every key is optional;
//! what it leaves out keeps the built-in default (see [`crate::settings`]).
//! Unknown keys and bad values are errors that name the key and the file.

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;
use serde::Deserialize;

use crate::settings::{SidebarSide, ThemeChoice};

/// Points quoth at another configuration file.
pub const CONFIG_ENV: &str = "QUOTH_CONFIG";

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub theme: Option<ThemeChoice>,
    /// Maximum text width in cells; 0 for the whole window.
    pub measure: Option<u16>,
    pub justify: Option<bool>,
    pub hyphenate: Option<bool>,
    pub mouse: Option<bool>,
    /// Remember the reading position of each article.
    pub state: Option<bool>,
    pub sidebar: Option<SidebarConfig>,
    /// Action name → the keys that trigger it, replacing the built-in ones.
    pub keys: Option<BTreeMap<String, KeyList>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SidebarConfig {
    pub side: Option<SidebarSide>,
    pub width: Option<u16>,
}

/// `next_quote = "n"` or `next_quote = ["n", "ctrl-j"]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum KeyList {
    One(String),
    Many(Vec<String>),
}

impl KeyList {
    pub fn into_vec(self) -> Vec<String> {
        match self {
            KeyList::One(key) => vec![key],
            KeyList::Many(keys) => keys,
        }
    }
}

/// A configuration file that could not be used.
#[derive(Debug)]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl Config {
    pub fn parse(text: &str) -> Result<Config, String> {
        toml::from_str(text).map_err(|error| error.to_string().trim_end().to_string())
    }
}

/// The platform's directories for quoth (XDG on Linux), if there is a home.
pub fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "quoth")
}

/// The configuration file in force: `--config`, else `$QUOTH_CONFIG`,
/// else `config.toml` in the platform's configuration directory.
/// The second value says whether the user named it (then it must exist).
pub fn config_path(flag: Option<&Path>) -> Option<(PathBuf, bool)> {
    if let Some(path) = flag {
        return Some((path.to_path_buf(), true));
    }
    if let Some(path) = std::env::var_os(CONFIG_ENV).filter(|value| !value.is_empty()) {
        return Some((PathBuf::from(path), true));
    }
    project_dirs().map(|dirs| (dirs.config_dir().join("config.toml"), false))
}

/// Read the configuration file in force; a missing default file is an
/// empty configuration, a missing named one is an error.
pub fn load(flag: Option<&Path>) -> Result<(Config, Option<PathBuf>), ConfigError> {
    let Some((path, named)) = config_path(flag) else {
        return Ok((Config::default(), None));
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => match Config::parse(&text) {
            Ok(config) => Ok((config, Some(path))),
            Err(message) => Err(ConfigError { path, message }),
        },
        Err(error) if error.kind() == io::ErrorKind::NotFound && !named => {
            Ok((Config::default(), None))
        }
        Err(error) => Err(ConfigError {
            message: format!("cannot read the configuration: {error}"),
            path,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_optional() {
        assert_eq!(Config::parse(""), Ok(Config::default()));
    }

    #[test]
    fn a_full_file_is_read() {
        let text = r#"
theme = "light"
measure = 60
justify = true
hyphenate = true
mouse = false
state = false
[sidebar]
side = "left"
width = 24
[keys]
next_quote = ["n", "ctrl-j"]
quit = "x"
"#;
        let config = Config::parse(text).unwrap_or_default();
        assert_eq!(config.theme, Some(ThemeChoice::Light));
        assert_eq!(config.measure, Some(60));
        assert_eq!(config.mouse, Some(false));
        let sidebar = config.sidebar.clone().unwrap_or_default();
        assert_eq!(sidebar.side, Some(SidebarSide::Left));
        assert_eq!(sidebar.width, Some(24));
        let keys = config.keys.unwrap_or_default();
        assert_eq!(
            keys.get("next_quote").cloned().map(KeyList::into_vec),
            Some(vec!["n".to_string(), "ctrl-j".to_string()])
        );
        assert_eq!(
            keys.get("quit").cloned().map(KeyList::into_vec),
            Some(vec!["x".to_string()])
        );
    }

    #[test]
    fn unknown_keys_are_named() {
        let error = Config::parse("colour = \"red\"\n")
            .err()
            .unwrap_or_default();
        assert!(error.contains("colour"), "{error}");
        let error = Config::parse("[sidebar]\nwdth = 3\n")
            .err()
            .unwrap_or_default();
        assert!(error.contains("wdth"), "{error}");
    }

    #[test]
    fn bad_values_are_named() {
        let error = Config::parse("theme = \"blue\"\n")
            .err()
            .unwrap_or_default();
        assert!(error.contains("theme") && error.contains("blue"), "{error}");
        let error = Config::parse("measure = -4\n").err().unwrap_or_default();
        assert!(error.contains("measure"), "{error}");
        let error = Config::parse("justify = \"yes\"\n")
            .err()
            .unwrap_or_default();
        assert!(error.contains("justify"), "{error}");
    }
}
