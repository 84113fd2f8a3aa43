//! The real binary in a real terminal (tmux): what a reader sees.
//!
//! Needs tmux; set QUOTH_SKIP_TMUX=1 to skip where it cannot be installed.

#[path = "../benches/support/generate.rs"]
mod generate;

use std::process::{Command, Output};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);

/// A tmux server of our own (its own socket), killed however the test ends.
struct Tmux {
    socket: String,
    session: String,
    /// The socket file, removed at the end: tmux leaves it behind.
    socket_path: Option<String>,
}

impl Tmux {
    fn start(name: &str, width: u16, height: u16, command: &str) -> Option<Tmux> {
        let pid = std::process::id();
        let mut tmux = Tmux {
            socket: format!("quoth-test-{pid}-{name}"),
            session: format!("quoth-{name}-{pid}"),
            socket_path: None,
        };
        match Command::new("tmux").arg("-V").output() {
            Ok(output) if output.status.success() => {}
            _ if std::env::var("QUOTH_SKIP_TMUX").is_ok_and(|value| value == "1") => {
                eprintln!("tmux not installed: skipped (QUOTH_SKIP_TMUX=1)");
                return None;
            }
            _ => panic!(
                "tmux is not installed: install it, or set QUOTH_SKIP_TMUX=1 to skip this test"
            ),
        }
        let (w, h) = (width.to_string(), height.to_string());
        let output = tmux.run(&[
            "new-session",
            "-d",
            "-s",
            &tmux.session,
            "-x",
            &w,
            "-y",
            &h,
            command,
        ]);
        assert!(
            output.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let socket = tmux.run(&[
            "display-message",
            "-p",
            "-t",
            &tmux.session,
            "#{socket_path}",
        ]);
        let path = String::from_utf8_lossy(&socket.stdout).trim().to_string();
        tmux.socket_path =
            (socket.status.success() && path.contains("quoth-test-")).then_some(path);
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> Output {
        match Command::new("tmux")
            .args(["-f", "/dev/null", "-L", &self.socket])
            .args(args)
            .output()
        {
            Ok(output) => output,
            Err(error) => panic!("running tmux: {error}"),
        }
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.session];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success(), "send-keys {keys:?}");
    }

    /// The screen, or None once the session has ended.
    fn capture(&self) -> Option<String> {
        let output = self.run(&["capture-pane", "-p", "-t", &self.session]);
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < TIMEOUT {
            if let Some(screen) = self.capture() {
                if ready(&screen) {
                    return screen;
                }
                last = screen;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {what}; last screen:\n{last}");
    }

    fn wait_for_exit(&self) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if !self
                .run(&["has-session", "-t", &self.session])
                .status
                .success()
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "quoth did not exit; screen:\n{}",
            self.capture().unwrap_or_default()
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The binary with no user configuration and no reading positions, so
/// what the tests see does not depend on earlier runs.
fn quoth(args: &str) -> String {
    format!(
        "env QUOTH_NO_STATE=1 XDG_CONFIG_HOME=/nonexistent/quoth-tests {} {args}",
        env!("CARGO_BIN_EXE_quoth")
    )
}

/// The binary keeping its state and configuration under `dir`.
fn quoth_in(dir: &std::path::Path, args: &str) -> String {
    let dir = dir.display();
    format!(
        "env -u QUOTH_NO_STATE XDG_STATE_HOME={dir}/state XDG_CONFIG_HOME={dir}/config {} {args}",
        env!("CARGO_BIN_EXE_quoth")
    )
}

/// The words on screen, in order, the status line left out.
fn words_shown(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let body = &lines[..lines.len().saturating_sub(1)];
    body.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn supplied_file() -> String {
    format!(
        "{}/assets/articles/000_04fb62681c5581a7.txt",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn reading_the_supplied_article_in_a_terminal() {
    let Some(tmux) = Tmux::start("reader", 100, 30, &quoth(&supplied_file())) else {
        return;
    };
    let screen = tmux.wait_for("the first page", |screen| screen.contains("p. 1/"));
    assert!(screen.contains("Speakers"), "sidebar shown:\n{screen}");
    assert!(
        screen.contains("Le président russe Vladimir Poutine"),
        "text shown:\n{screen}"
    );
    tmux.keys(&["n"]);
    tmux.wait_for("the first quote", |screen| screen.contains("quote 1/"));
    tmux.keys(&["n", "n", "n"]);
    tmux.wait_for("the fourth quote", |screen| screen.contains("quote 4/"));
    tmux.keys(&["Space"]);
    tmux.wait_for("page 2", |screen| screen.contains("p. 2/"));
    tmux.keys(&["F1"]);
    tmux.wait_for("help", |screen| screen.contains("next quotation"));
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", |screen| !screen.contains("next quotation"));
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

#[test]
fn the_library_opens_an_article_and_survives_resizes() {
    let Some(tmux) = Tmux::start("library", 100, 30, &quoth("")) else {
        return;
    };
    let screen = tmux.wait_for("the library", |screen| screen.contains("Enter open"));
    assert!(
        screen.contains("Poutine et Kim Jong Un se retrouvent à Pékin"),
        "{screen}"
    );
    tmux.keys(&["Enter"]);
    tmux.wait_for("the reader", |screen| screen.contains("p. 1/"));
    tmux.run(&["resize-window", "-t", &tmux.session, "-x", "12", "-y", "4"]);
    tmux.wait_for("the too-small message", |screen| {
        screen.contains("too small") || screen.contains("20×5")
    });
    tmux.run(&["resize-window", "-t", &tmux.session, "-x", "60", "-y", "20"]);
    let screen = tmux.wait_for("the reader again", |screen| screen.contains("p. 1/"));
    assert!(
        !screen.contains("Speakers"),
        "no sidebar at 60 columns:\n{screen}"
    );
    tmux.keys(&["Escape"]);
    tmux.wait_for("back in the library", |screen| {
        screen.contains("Enter open")
    });
    tmux.keys(&["C-c"]);
    tmux.wait_for_exit();
}

// Hostile input and terminal safety.

impl Tmux {
    /// A `#{...}` format of the pane, e.g. its title.
    fn pane(&self, format: &str) -> String {
        let output = self.run(&["display-message", "-p", "-t", &self.session, format]);
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    }

    /// The screen with its colours and attributes as escape sequences.
    fn capture_styled(&self) -> String {
        let output = self.run(&["capture-pane", "-e", "-p", "-t", &self.session]);
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn resize(&self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.run(&["resize-window", "-t", &self.session, "-x", &w, "-y", &h]);
    }
}

/// A file for one test, in its own directory.
fn scratch_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("quoth-e2e-{name}-{}", std::process::id()));
    let path = dir.join(format!("{name}.txt"));
    if let Err(error) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, bytes)) {
        panic!("writing {path:?}: {error}");
    }
    path.display().to_string()
}

/// Everything a file can send to drive a terminal: CSI clear screen,
/// cursor moves and colours, OSC window title, clipboard and hyperlink, BEL,
/// backspace, a lone CR, C1 controls and bidi overrides.
const HOSTILE: &str = "\x1b[2J\x1b[H\x1b]0;PWNED\x07\x1b]2;PWNED\x1b\\\
Hostile \x1b[38;5;201mMAGENTA\x1b[0m text \x1b[5;1H moved, \
clipboard \x1b]52;c;cHduZWQ=\x07 and \x1b]52;p;cHduZWQ=\x1b\\, \
link \x1b]8;;http://evil.example/\x1b\\here\x1b]8;;\x1b\\, \
bell \x07 back\x08\x08space lone\rreturn C1 \u{9b}31m \u{9d}0;PWNED\u{9c} \
bidi \u{202e}desrever\u{202c} \u{2067}isolate\u{2069}. \"I am quoting,\" said Ann Reed.\n\n";

#[test]
fn escape_sequences_in_a_file_drive_nothing() {
    let file = scratch_file("hostile", HOSTILE.repeat(40).as_bytes());
    // quoth starts after the pane's title is set and OSC 52 is let through
    // to tmux's buffers, so any leak would show.
    let command = format!("sleep 0.5; exec {}", quoth(&format!("'{file}'")));
    let Some(tmux) = Tmux::start("hostile", 100, 30, &command) else {
        return;
    };
    tmux.run(&["set-option", "-g", "set-clipboard", "on"]);
    tmux.run(&["select-pane", "-t", &tmux.session, "-T", "quoth-title"]);
    let screen = tmux.wait_for("the first page", |screen| screen.contains("p. 1/"));
    for _ in 0..4 {
        tmux.keys(&["Space"]);
    }
    let screen_after = tmux.wait_for("page 5", |screen| screen.contains("p. 5/"));
    for screen in [&screen, &screen_after] {
        assert!(
            screen.contains("␛[38;5;201mMAGENTA␛[0m"),
            "placeholders:\n{screen}"
        );
        assert!(screen.contains("␛]52;c;cHduZWQ=␇"), "{screen}");
        assert!(screen.contains("bell ␇ back␈␈space"), "{screen}");
        assert!(
            screen.contains("Speakers"),
            "the screen was not cleared:\n{screen}"
        );
    }
    assert_eq!(tmux.pane("#{pane_title}"), "quoth-title");
    let buffers = tmux.run(&["list-buffers"]);
    assert!(
        buffers.stdout.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&buffers.stdout)
    );
    let styled = tmux.capture_styled();
    assert!(
        !styled.contains("\x1b[38;5;201m"),
        "the file's colour reached the screen"
    );
    assert!(
        !styled.contains("\x1b]8;"),
        "a hyperlink reached the screen"
    );
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

/// The pid of the quoth process whose parent is `parent`.
fn quoth_child_of(parent: &str) -> Option<String> {
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // "pid (comm) state ppid ..."; comm may hold spaces, so cut at ')'.
            let (head, rest) = stat.rsplit_once(')')?;
            let ppid = rest.split_whitespace().nth(1)?;
            (head.ends_with("(quoth") && ppid == parent)
                .then(|| entry.file_name().to_string_lossy().into_owned())
        })
}

/// The pane's mouse reporting modes; "000" when none is on.
const MOUSE_MODES: &str = "#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}";

#[test]
fn signals_restore_the_terminal_and_exit_128_plus_the_signal() {
    for (signal, status) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let command = format!(
            "{}; echo exit=$?; stty -a; sleep 30",
            quoth(&supplied_file())
        );
        let Some(tmux) = Tmux::start(&format!("signal-{signal}"), 100, 30, &command) else {
            return;
        };
        tmux.wait_for("the reader", |screen| screen.contains("p. 1/"));
        assert_eq!(tmux.pane("#{alternate_on}"), "1");
        assert_ne!(
            tmux.pane(MOUSE_MODES),
            "000",
            "mouse captured while reading"
        );
        let shell = tmux.pane("#{pane_pid}");
        let Some(pid) = quoth_child_of(&shell) else {
            panic!("no quoth process under the pane's shell {shell}");
        };
        let sent = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status();
        assert!(
            sent.is_ok_and(|sent| sent.success()),
            "kill -{signal} {pid}"
        );
        // `stty -a` ends with the local modes, "... extproc".
        let screen = tmux.wait_for("stty after quoth", |screen| {
            screen.contains("exit=") && screen.contains("extproc")
        });
        assert!(
            screen.contains(&format!("exit={status}")),
            "SIG{signal}:\n{screen}"
        );
        let words: Vec<&str> = screen.split_whitespace().collect();
        for mode in ["icanon", "echo", "isig"] {
            assert!(
                words.contains(&mode),
                "SIG{signal}: {mode} back on:\n{screen}"
            );
        }
        assert_eq!(
            tmux.pane("#{alternate_on}"),
            "0",
            "SIG{signal}: alternate screen left"
        );
        assert_eq!(
            tmux.pane("#{cursor_flag}"),
            "1",
            "SIG{signal}: cursor shown"
        );
        assert_eq!(tmux.pane(MOUSE_MODES), "000", "SIG{signal}: mouse released");
    }
}

#[test]
fn a_storm_of_resizes_down_to_one_cell() {
    let Some(tmux) = Tmux::start("storm", 100, 30, &quoth(&supplied_file())) else {
        return;
    };
    tmux.wait_for("the reader", |screen| screen.contains("p. 1/"));
    let sizes = (0..50u16).map(|step| (1 + step * 37 % 300, 1 + step * 23 % 120));
    for (width, height) in sizes {
        tmux.resize(width, height);
        std::thread::sleep(Duration::from_millis(20));
    }
    tmux.resize(12, 4);
    let screen = tmux.wait_for("the one-line message", |screen| {
        screen.contains("too small")
    });
    let used = screen
        .lines()
        .filter(|line| !line.trim().is_empty())
        .count();
    assert_eq!(used, 1, "one line at 12×4:\n{screen}");
    tmux.resize(1, 1);
    std::thread::sleep(Duration::from_millis(200));
    tmux.resize(500, 200);
    tmux.wait_for("the reader at 500×200", |screen| {
        screen.contains("Speakers")
    });
    tmux.resize(80, 24);
    tmux.wait_for("the reader again", |screen| screen.contains("p. 1/"));
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

/// The total in the status line's `p. X/Y`, once it is final (a number).
fn page_total(screen: &str) -> Option<usize> {
    let after = &screen[screen.find("p. ")? + 3..];
    let total = &after[after.find('/')? + 1..];
    let digits: String = total.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[test]
fn a_long_file_shows_at_once_then_counts_pages_and_finds_quotes() {
    let path = std::env::temp_dir().join(format!("quoth-e2e-long-{}.txt", std::process::id()));
    if let Err(error) = std::fs::write(&path, generate::generate(5, 1_500_000)) {
        panic!("writing {}: {error}", path.display());
    }
    let Some(tmux) = Tmux::start("long", 100, 30, &quoth(&path.display().to_string())) else {
        let _ = std::fs::remove_file(&path);
        return;
    };
    tmux.wait_for("the first page", |screen| screen.contains("p. 1/"));
    let screen = tmux.wait_for("pages counted and quotes found", |screen| {
        page_total(screen).is_some() && !screen.contains("quote –/…")
    });
    assert!(!screen.contains("finding quotes…"), "{screen}");
    let total = page_total(&screen).unwrap_or_default();
    assert!(total > 100, "a long file has many pages: {total}");
    tmux.keys(&["G"]);
    let last = format!("p. {total}/{total}");
    tmux.wait_for("the last page", |screen| screen.contains(&last));
    tmux.keys(&["n"]);
    tmux.wait_for("a quote on the last page", |screen| {
        screen.contains(&last) && screen.contains("quote ") && !screen.contains("quote –/")
    });
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    let _ = std::fs::remove_file(&path);
}

#[test]
fn searching_a_word_and_stepping_to_the_second_match() {
    let Some(tmux) = Tmux::start("search", 100, 30, &quoth(&supplied_file())) else {
        return;
    };
    let text = std::fs::read_to_string(supplied_file()).unwrap_or_default();
    let total = text.to_lowercase().matches("russe").count();
    assert!(total > 2, "the article says russe {total} times");
    tmux.wait_for("the first page", |screen| screen.contains("p. 1/"));
    tmux.keys(&["/"]);
    tmux.keys(&["-l", "Russe"]);
    tmux.wait_for("the prompt", |screen| screen.contains("/Russe"));
    tmux.keys(&["Enter"]);
    tmux.wait_for("the first match", |screen| {
        screen.contains(&format!("match 1/{total}"))
    });
    tmux.keys(&["n"]);
    let screen = tmux.wait_for("the second match", |screen| {
        screen.contains(&format!("match 2/{total}"))
    });
    assert!(screen.contains("quote –/9"), "quotes untouched:\n{screen}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("the search ended", |screen| !screen.contains("match "));
    tmux.keys(&["a"]);
    tmux.wait_for("all quotations", |screen| {
        screen.contains("All quotations (9)")
    });
    tmux.keys(&["Enter"]);
    tmux.wait_for("the first quotation", |screen| screen.contains("quote 1/9"));
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

#[test]
fn the_mouse_selects_and_scrolls_and_is_released_on_exit() {
    // The shell outlives quoth, so the pane's mouse mode can be read after.
    let command = format!("{}; sleep 20", quoth(&supplied_file()));
    let Some(tmux) = Tmux::start("mouse", 100, 30, &command) else {
        return;
    };
    let screen = tmux.wait_for("the first page", |screen| screen.contains("p. 1/"));
    let mouse_mode = || {
        let output = tmux.run(&[
            "display-message",
            "-p",
            "-t",
            &tmux.session,
            "#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}",
        ]);
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    };
    assert_ne!(mouse_mode(), "000", "mouse captured while reading");
    let Some(row) = screen
        .lines()
        .position(|line| line.contains("« Ces derniers temps"))
    else {
        panic!("the first quotation on screen:\n{screen}")
    };
    // SGR mouse reports, as a terminal sends them: 1-based column;row.
    let click = format!("\x1b[<0;10;{}M", row + 1);
    tmux.keys(&["-l", &click]);
    tmux.wait_for("the clicked quotation", |screen| {
        screen.contains("quote 1/9")
    });
    tmux.keys(&["-l", "\x1b[<65;10;5M"]);
    tmux.wait_for("the next page", |screen| screen.contains("p. 2/"));
    tmux.keys(&["q"]);
    let start = Instant::now();
    while mouse_mode() != "000" && start.elapsed() < TIMEOUT {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(mouse_mode(), "000", "mouse released after quitting");
}

#[test]
fn y_puts_the_quotation_on_the_clipboard_through_the_terminal() {
    let Some(tmux) = Tmux::start("copy", 100, 30, &quoth(&supplied_file())) else {
        return;
    };
    // tmux takes OSC 52 into its paste buffer when allowed to.
    let allowed = tmux.run(&["set-option", "-g", "set-clipboard", "on"]);
    assert!(allowed.status.success(), "set-clipboard on");
    tmux.wait_for("the first page", |screen| screen.contains("p. 1/"));
    tmux.keys(&["n"]);
    tmux.wait_for("the first quote", |screen| screen.contains("quote 1/"));
    tmux.keys(&["y"]);
    tmux.wait_for("the confirmation", |screen| {
        screen.contains("copied quote 1")
    });
    let buffer = tmux.run(&["show-buffer"]);
    let copied = String::from_utf8_lossy(&buffer.stdout);
    assert!(
        copied.starts_with("« Ces derniers temps") && copied.ends_with("» — Vladimir Poutine"),
        "clipboard: {copied:?}"
    );
    assert!(!copied.contains('\n'), "one line: {copied:?}");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

#[test]
fn reopening_lands_on_the_same_text_at_another_size() {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("a temporary directory");
    };
    let file = supplied_file();
    let Some(tmux) = Tmux::start("memory", 100, 16, &quoth_in(dir.path(), &file)) else {
        return;
    };
    tmux.wait_for("the first page", |screen| screen.contains("p. 1/"));
    tmux.keys(&["Space", "Space"]);
    let screen = tmux.wait_for("page 3", |screen| screen.contains("p. 3/"));
    // The first line of text: row 1, left of the sidebar.
    let first_line: String = screen
        .lines()
        .nth(1)
        .map(|row| row.chars().take(70).collect())
        .unwrap_or_default();
    let opening: Vec<&str> = first_line.split_whitespace().take(4).collect();
    assert_eq!(opening.len(), 4, "a line of text at the top:\n{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    drop(tmux);
    assert!(dir.path().join("state/quoth/positions.json").is_file());

    let Some(tmux) = Tmux::start("memory2", 60, 20, &quoth_in(dir.path(), &file)) else {
        return;
    };
    let screen = tmux.wait_for("the reader", |screen| screen.contains("p. "));
    assert!(
        !screen.contains("p. 1/"),
        "not back at the start:\n{screen}"
    );
    assert!(
        words_shown(&screen).contains(&opening.join(" ")),
        "{opening:?} shown again:\n{screen}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    drop(tmux);

    let no_state = format!("--no-state {file}");
    let Some(tmux) = Tmux::start("memory3", 60, 20, &quoth_in(dir.path(), &no_state)) else {
        return;
    };
    tmux.wait_for("the first page without state", |screen| {
        screen.contains("p. 1/")
    });
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

#[test]
fn a_corrupt_state_file_is_set_aside_with_a_note() {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("a temporary directory");
    };
    let state = dir.path().join("state/quoth");
    let written = std::fs::create_dir_all(&state)
        .and_then(|()| std::fs::write(state.join("positions.json"), "{\"version\": 1, \"posit"));
    assert!(written.is_ok());
    let command = quoth_in(dir.path(), &supplied_file());
    let Some(tmux) = Tmux::start("corrupt", 100, 30, &command) else {
        return;
    };
    let screen = tmux.wait_for("the note", |screen| screen.contains("unreadable"));
    assert!(screen.contains("p. 1/"), "{screen}");
    tmux.keys(&["Space"]);
    tmux.wait_for("page 2", |screen| screen.contains("p. 2/"));
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
    assert!(state.join("positions.json.corrupt").is_file());
    let saved = std::fs::read_to_string(state.join("positions.json")).unwrap_or_default();
    assert!(saved.contains("\"top\""), "a fresh file was saved: {saved}");
}

#[test]
fn config_keys_and_no_color_in_a_real_terminal() {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("a temporary directory");
    };
    let config = dir.path().join("config/quoth");
    let written = std::fs::create_dir_all(&config)
        .and_then(|()| std::fs::write(config.join("config.toml"), "[keys]\nnext_quote = \"x\"\n"));
    assert!(written.is_ok());
    let command = format!("env NO_COLOR=1 {}", quoth_in(dir.path(), &supplied_file()));
    let Some(tmux) = Tmux::start("config", 100, 30, &command) else {
        return;
    };
    tmux.wait_for("the first page", |screen| screen.contains("p. 1/"));
    tmux.keys(&["x"]);
    tmux.wait_for("the first quote", |screen| screen.contains("quote 1/"));
    tmux.keys(&["F1"]);
    let help = tmux.wait_for("help", |screen| screen.contains("next quotation"));
    let line = help
        .lines()
        .find(|line| line.contains("next quotation"))
        .unwrap_or_default();
    assert!(line.contains(" x "), "{line}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", |screen| !screen.contains("next quotation"));
    // With escapes: reverse video for the selected quote, no colour at all
    // (39 and 49 are the terminal's default colours).
    let output = tmux.run(&["capture-pane", "-p", "-e", "-t", &tmux.session]);
    let styled = String::from_utf8_lossy(&output.stdout);
    let parameters = sgr_parameters(&styled);
    assert!(parameters.contains(&7), "reverse video:\n{styled}");
    let colour = |p: &u16| matches!(p, 30..=38 | 40..=48 | 90..=97 | 100..=107);
    assert!(!parameters.iter().any(colour), "no colour:\n{styled}");
    tmux.keys(&["q"]);
    tmux.wait_for_exit();
}

/// Every parameter of every SGR escape (`ESC [ … m`) in `screen`.
fn sgr_parameters(screen: &str) -> Vec<u16> {
    screen
        .split("\u{1b}[")
        .skip(1)
        .filter_map(|rest| rest.split_once('m').map(|(parameters, _)| parameters))
        .filter(|parameters| parameters.chars().all(|c| c.is_ascii_digit() || c == ';'))
        .flat_map(|parameters| parameters.split(';').map(|p| p.parse().unwrap_or(0)))
        .collect()
}
