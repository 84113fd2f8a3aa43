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

fn quoth(args: &str) -> String {
    format!("{} {args}", env!("CARGO_BIN_EXE_quoth"))
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
    tmux.keys(&["?"]);
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
