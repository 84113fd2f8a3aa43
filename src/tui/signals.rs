//! Signals that end the program while the interface owns the terminal.
//!
//! SIGTERM, SIGHUP, SIGINT (sent with `kill`: in raw mode Ctrl-C is a key,
//! not a signal) and SIGQUIT would otherwise kill the process with the
//! terminal still in raw mode on the alternate screen. A watcher thread
//! restores it first, then exits with the conventional status, 128 + the
//! signal number, as a shell reports a process killed by that signal.

use std::io;
use std::thread;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

/// The signals that end quoth with the terminal restored.
pub const HANDLED: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

/// The exit status a process killed by `signal` reports.
pub fn exit_status(signal: i32) -> i32 {
    128 + signal
}

/// Watch for [`HANDLED`] signals on a background thread: on the first one,
/// run `restore` and exit.
pub fn restore_on_signal(restore: fn()) -> io::Result<()> {
    let mut signals = Signals::new(HANDLED)?;
    thread::Builder::new()
        .name("quoth-signals".to_string())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                restore();
                std::process::exit(exit_status(signal));
            }
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_status_follows_the_shell_convention() {
        assert_eq!(exit_status(SIGTERM), 143);
        assert_eq!(exit_status(SIGHUP), 129);
        assert_eq!(exit_status(SIGINT), 130);
    }
}
