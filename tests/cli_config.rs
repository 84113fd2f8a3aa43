//! The real binary with configuration files: bad ones are refused before
//! anything starts, with the file and the key named; `--version` says
//! where things live; completions and the man page come from the same
//! definition as `--help`.

use std::path::Path;
use std::process::{Command, Output};

/// Run quoth with its configuration and state under `home`.
fn quoth(home: &Path, args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(args)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env_remove("QUOTH_CONFIG")
        .env_remove("NO_COLOR")
        .output();
    output.unwrap_or_else(|error| panic!("running quoth: {error}"))
}

fn home() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|error| panic!("temp dir: {error}"))
}

fn write_config(home: &Path, text: &str) -> std::path::PathBuf {
    let dir = home.join("config").join("quoth");
    let path = dir.join("config.toml");
    let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text));
    written.unwrap_or_else(|error| panic!("writing the config: {error}"));
    path
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn article(home: &Path) -> String {
    let path = home.join("article.txt");
    let text = "Jean Morel a reçu la presse. « Nous tiendrons », a-t-il assuré.";
    std::fs::write(&path, text).unwrap_or_else(|error| panic!("{error}"));
    path.display().to_string()
}

#[test]
fn bad_configurations_name_the_file_and_the_key_and_exit_2() {
    let cases = [
        ("colour = \"red\"\n", "colour"),
        ("theme = \"blue\"\n", "theme"),
        ("[sidebar]\nwidth = 3\n", "sidebar.width"),
        ("measure = 7\n", "measure"),
        ("[keys]\nnext_qoute = \"x\"\n", "next_qoute"),
        ("[keys]\nquit = \"ctrl-\"\n", "quit"),
        ("justify = tru\n", "justify"),
    ];
    for (text, key) in cases {
        let home = home();
        let path = write_config(home.path(), text);
        let file = article(home.path());
        let output = quoth(home.path(), &[&file]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{text}: {message}");
        assert!(message.contains(key), "{text}: names {key}: {message}");
        assert!(
            message.contains(&path.display().to_string()),
            "{text}: names the file: {message}"
        );
        assert!(stdout(&output).is_empty(), "nothing read: {text}");
    }
}

#[test]
fn a_good_configuration_and_a_named_one_are_read() {
    let home = home();
    write_config(
        home.path(),
        "theme = \"dark\"\n[keys]\nnext_quote = \"x\"\n",
    );
    let file = article(home.path());
    let output = quoth(home.path(), &[&file]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("Nous tiendrons"));

    let named = home.path().join("other.toml");
    let _ = std::fs::write(&named, "mouse = maybe\n");
    let named = named.display().to_string();
    let output = quoth(home.path(), &["--config", &named, &file]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("other.toml") && stderr(&output).contains("mouse"));

    let missing = home.path().join("missing.toml").display().to_string();
    let output = quoth(home.path(), &["--config", &missing, &file]);
    assert_eq!(output.status.code(), Some(2), "a named file must exist");
    assert!(stderr(&output).contains("missing.toml"));
}

#[test]
fn version_prints_the_config_and_state_paths() {
    let home = home();
    let output = quoth(home.path(), &["--version"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0));
    let config = home.path().join("config/quoth/config.toml");
    let state = home.path().join("state/quoth/positions.json");
    assert!(text.contains(&config.display().to_string()), "{text}");
    assert!(text.contains(&state.display().to_string()), "{text}");
}

#[test]
fn help_completions_and_man_page_document_the_flags() {
    let home = home();
    let help = stdout(&quoth(home.path(), &["--help"]));
    let man = stdout(&quoth(home.path(), &["man"]));
    let bash = stdout(&quoth(home.path(), &["completions", "bash"]));
    for flag in [
        "--theme",
        "--width",
        "--justify",
        "--hyphenate",
        "--no-mouse",
        "--no-state",
        "--config",
    ] {
        assert!(help.contains(flag), "--help: {flag}");
        assert!(man.contains(&flag.replace('-', "\\-")), "man: {flag}");
        assert!(bash.contains(flag), "bash completions: {flag}");
    }
    assert!(man.starts_with(".ie") || man.contains(".TH quoth"), "{man}");
    assert!(help.contains("NO_COLOR") && help.contains("QUOTH_NO_STATE"));
    let zsh = quoth(home.path(), &["completions", "zsh"]);
    assert_eq!(zsh.status.code(), Some(0));
    assert!(stdout(&zsh).contains("#compdef quoth"));
}

#[test]
fn completions_to_a_full_disk_exit_3_without_a_panic() {
    let Ok(full) = std::fs::File::create("/dev/full") else {
        return; // not Linux
    };
    let output = Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(["completions", "bash"])
        .stdout(full)
        .output();
    let output = output.unwrap_or_else(|error| panic!("running quoth: {error}"));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"));
}
