//! Every refusal the binary makes about its input: one clear line on
//! stderr naming the path, a non-zero exit status, and the good paths given
//! beside the bad ones still handled. Stdout is a pipe here, so the reader
//! prints plain text instead of taking over a terminal.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const EXIT_INPUT: i32 = 1;

struct Run {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

fn quoth(args: &[&Path]) -> Run {
    let output = match Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(args)
        .output()
    {
        Ok(output) => output,
        Err(error) => panic!("running quoth: {error}"),
    };
    Run::from(output)
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            status: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    /// The one stderr line about `path`, which must end with `message`.
    fn assert_refused(&self, path: &Path, message: &str) {
        let lines: Vec<&str> = self
            .stderr
            .lines()
            .filter(|line| line.contains(&*path.to_string_lossy()))
            .collect();
        assert_eq!(lines.len(), 1, "one line about {path:?}:\n{}", self.stderr);
        assert!(
            lines[0].starts_with("quoth: ") && lines[0].contains(message),
            "{:?} should say {message:?}",
            lines[0]
        );
    }
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quoth-cli-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    if let Err(error) = fs::create_dir_all(&dir) {
        panic!("creating {dir:?}: {error}");
    }
    dir
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Err(error) = fs::write(path, bytes) {
        panic!("writing {path:?}: {error}");
    }
}

const GOOD: &str =
    "The harbour reopens\n\n\"We are ready,\" said Mara Quill, the harbour master.\n";

fn good_file(dir: &Path) -> PathBuf {
    let path = dir.join("good.txt");
    write(&path, GOOD);
    path
}

#[test]
fn a_missing_path_is_named() {
    let dir = scratch("missing");
    let missing = dir.join("nowhere.txt");
    let run = quoth(&[&missing]);
    assert_eq!(run.status, Some(EXIT_INPUT));
    run.assert_refused(&missing, "no such file or directory");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

#[test]
fn a_directory_without_articles_is_named() {
    let dir = scratch("empty-dir");
    write(&dir.join("picture.png"), "not an article");
    let run = quoth(&[&dir]);
    assert_eq!(run.status, Some(EXIT_INPUT));
    run.assert_refused(&dir, "no articles here");
}

#[test]
fn an_unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("unreadable");
    let locked = dir.join("locked.txt");
    write(&locked, GOOD);
    if let Err(error) = fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)) {
        panic!("chmod 000: {error}");
    }
    if fs::read(&locked).is_ok() {
        // Root (or CAP_DAC_OVERRIDE) reads files whatever their mode.
        eprintln!("running as root: a mode-000 file is still readable, skipped");
        return;
    }
    let run = quoth(&[&locked]);
    assert_eq!(run.status, Some(EXIT_INPUT));
    run.assert_refused(&locked, "cannot read: permission denied");
}

#[test]
fn a_fifo_is_refused_without_blocking_on_it() {
    let dir = scratch("fifo");
    let fifo = dir.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|status| status.success()), "mkfifo");
    let run = quoth(&[&fifo]);
    assert_eq!(run.status, Some(EXIT_INPUT));
    run.assert_refused(&fifo, "not a regular file");
}

#[test]
fn devices_are_refused() {
    for device in ["/dev/null", "/dev/zero"] {
        let run = quoth(&[Path::new(device)]);
        assert_eq!(run.status, Some(EXIT_INPUT), "{device}");
        run.assert_refused(Path::new(device), "not a regular file");
    }
}

#[test]
fn a_binary_file_is_refused() {
    let dir = scratch("binary");
    let binary = dir.join("program.txt");
    write(
        &binary,
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00",
    );
    let run = quoth(&[&binary]);
    assert_eq!(run.status, Some(EXIT_INPUT));
    run.assert_refused(&binary, "looks like a binary file, not text");
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let dir = scratch("huge");
    let huge = dir.join("huge.txt");
    // Sparse: its length is over the limit, but nothing is written.
    let sized = fs::File::create(&huge).and_then(|file| file.set_len(512 * 1024 * 1024 + 1));
    if let Err(error) = sized {
        panic!("making a sparse file: {error}");
    }
    let run = quoth(&[&huge]);
    let _ = fs::remove_file(&huge);
    assert_eq!(run.status, Some(EXIT_INPUT));
    run.assert_refused(&huge, "too large (536 MB; the limit is 536 MB)");
}

#[test]
fn good_paths_are_still_read_and_bad_ones_listed() {
    let dir = scratch("mixed");
    let good = good_file(&dir);
    let missing = dir.join("missing.txt");
    let binary = dir.join("blob.md");
    write(&binary, b"\x00\x01\x02\x03");
    let run = quoth(&[&missing, &good, Path::new("/dev/null"), &binary]);
    assert_eq!(run.status, Some(EXIT_INPUT));
    run.assert_refused(&missing, "no such file or directory");
    run.assert_refused(Path::new("/dev/null"), "not a regular file");
    run.assert_refused(&binary, "binary");
    assert_eq!(run.stderr.lines().count(), 3, "{}", run.stderr);
    assert!(
        run.stdout.contains("\"We are ready,\" [Mara Quill]"),
        "the good file is printed:\n{}",
        run.stdout
    );
}

#[test]
fn the_quotes_export_lists_bad_paths_and_exports_the_good() {
    let dir = scratch("export-mixed");
    let good = good_file(&dir);
    let missing = dir.join("missing.txt");
    let output = Command::new(env!("CARGO_BIN_EXE_quoth"))
        .arg("quotes")
        .args([&good, &missing])
        .output();
    let run = Run::from(output.unwrap_or_else(|error| panic!("running quoth: {error}")));
    assert_eq!(run.status, Some(EXIT_INPUT));
    run.assert_refused(&missing, "no such file or directory");
    assert!(
        run.stdout.contains("\"speaker\": \"Mara Quill\""),
        "{}",
        run.stdout
    );
}

#[test]
fn an_empty_file_reads_as_no_text_and_succeeds() {
    let dir = scratch("blank");
    let blank = dir.join("blank.txt");
    write(&blank, " \n\t\n\r\n  ");
    let run = quoth(&[&blank]);
    assert_eq!(run.status, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("no text"), "{}", run.stdout);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn invalid_utf8_is_read_with_a_note() {
    let dir = scratch("invalid-utf8");
    let broken = dir.join("broken.txt");
    let bytes = [GOOD.as_bytes(), "\nÉlise a vu ".as_bytes(), b"\xFF."].concat();
    write(&broken, bytes);
    let run = quoth(&[&broken]);
    assert_eq!(run.status, Some(0), "{}", run.stderr);
    assert!(
        run.stdout
            .contains("(invalid UTF-8 replaced with \u{FFFD})"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Élise a vu \u{FFFD}."),
        "{}",
        run.stdout
    );
}

/// A file name is input too: printed on a terminal, escapes in it must not
/// act. JSON keeps it exact, escaped as JSON escapes.
#[test]
fn file_names_holding_escape_sequences_are_printed_inert() {
    let dir = scratch("escape-name");
    let named = dir.join("\x1b]0;owned\x07.txt");
    let run = quoth(&[&named]);
    assert_eq!(run.status, Some(EXIT_INPUT));
    assert!(
        !run.stderr.contains('\x1b') && !run.stderr.contains('\x07'),
        "{:?}",
        run.stderr
    );
    assert!(
        run.stderr.contains("␛]0;owned␇.txt: no such file"),
        "{}",
        run.stderr
    );

    write(&named, GOOD);
    let export = |format: &str| {
        let output = Command::new(env!("CARGO_BIN_EXE_quoth"))
            .args(["quotes", "--format", format])
            .arg(&named)
            .output();
        Run::from(output.unwrap_or_else(|error| panic!("running quoth: {error}")))
    };
    let text = export("text");
    assert_eq!(text.status, Some(0), "{}", text.stderr);
    assert!(
        !text.stdout.contains('\x1b') && !text.stdout.contains('\x07'),
        "{:?}",
        text.stdout
    );
    assert!(text.stdout.contains("␛]0;owned␇.txt"), "{}", text.stdout);
    let json = export("json");
    assert!(!json.stdout.contains('\x1b'), "{:?}", json.stdout);
    assert!(
        json.stdout.contains("\\u001b]0;owned\\u0007.txt"),
        "{}",
        json.stdout
    );
}

/// Offsets in the export point into the bytes as they are on disk, even
/// where invalid UTF-8 before a quotation was replaced.
#[test]
fn export_offsets_point_into_the_original_bytes_past_invalid_utf8() {
    let dir = scratch("offsets");
    let file = dir.join("broken.txt");
    let damaged = [
        b"\xFD\xFF ".as_slice(),
        "Élise à côté \u{1b}[2J".as_bytes(),
        b"\xE9\r\n\r\n",
    ];
    let bytes = [damaged.concat().as_slice(), GOOD.as_bytes()].concat();
    write(&file, &bytes);
    let output = Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(["quotes", "--format", "json"])
        .arg(&file)
        .output();
    let run = Run::from(output.unwrap_or_else(|error| panic!("running quoth: {error}")));
    assert_eq!(run.status, Some(0), "{}", run.stderr);
    let export: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_default();
    let quote = &export["quotes"][0];
    let offset = |key: &str| quote[key].as_u64().map_or(0, |n| n as usize);
    assert_eq!(quote["speaker"], "Mara Quill", "{}", run.stdout);
    assert_eq!(
        &bytes[offset("start")..offset("end")],
        "\"We are ready,\"".as_bytes()
    );
}

#[test]
fn eval_into_a_closed_pipe_ends_quietly() {
    use std::process::Stdio;
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("corpus");
    let mut child = match Command::new(env!("CARGO_BIN_EXE_quoth"))
        .arg("eval")
        .arg(&corpus)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(error) => panic!("running quoth: {error}"),
    };
    // The reader goes away before the report is written, as `| head -0`.
    drop(child.stdout.take());
    let output = match child.wait_with_output() {
        Ok(output) => output,
        Err(error) => panic!("waiting for quoth: {error}"),
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
}
