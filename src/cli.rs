//! Command-line interface: parse arguments, load what they name, then hand
//! over to the reader, the exporter or the evaluator. Errors about files
//! are printed here, on a normal screen, before any UI starts.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::article::bundled;
use crate::config;
use crate::eval;
use crate::export::{self, Format};
use crate::library::{self, Document};
use crate::plain;
use crate::settings::{self, Environment, Flags, Settings, ThemeChoice};
use crate::state::Store;
use crate::tui::{self, Start};

#[derive(Debug, Parser)]
#[command(
    name = "quoth",
    version,
    about = "A terminal article reader that knows who said what",
    long_about = "Read news articles in the terminal, paginated, with a sidebar of the quoted \
speakers, and jump from quotation to quotation.\n\nWith no PATH, opens the bundled library. \
One file opens in the reader; several files or a directory open the library with them.\n\n\
Settings come from config.toml in the configuration directory (see --version for where), \
or from --config PATH or $QUOTH_CONFIG; the flags below override it. The reading position \
of each article is remembered in the state directory unless --no-state or QUOTH_NO_STATE=1. \
NO_COLOR selects the mono theme unless a theme is chosen by flag or file.\n\n\
Exit status: 0 ok, 1 some input could not be read, 2 bad usage or configuration, \
3 output error.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Article files or directories to open.
    paths: Vec<PathBuf>,
    #[command(flatten)]
    look: LookArgs,
}

/// Reader options; each overrides the same key in config.toml.
#[derive(Debug, clap::Args)]
struct LookArgs {
    /// Colour theme [default: auto, or mono when NO_COLOR is set].
    #[arg(long, value_enum)]
    theme: Option<ThemeChoice>,
    /// Widest text column, in cells; 0 for the whole window [default: 72].
    #[arg(long, value_name = "CELLS", value_parser = measure_arg)]
    width: Option<u16>,
    /// Justify paragraphs (spaces widened to fill each line).
    #[arg(long)]
    justify: bool,
    /// Hyphenate long words (English or French, by the article's language).
    #[arg(long)]
    hyphenate: bool,
    /// Leave the mouse to the terminal (to select text).
    #[arg(long)]
    no_mouse: bool,
    /// Neither restore nor save reading positions.
    #[arg(long)]
    no_state: bool,
    /// Read settings from this file instead of the default config.toml.
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
}

fn measure_arg(text: &str) -> Result<u16, String> {
    let cells: u16 = text.parse().map_err(|error| format!("{error}"))?;
    settings::check_measure(cells).map(|_| cells)
}

impl LookArgs {
    fn flags(&self) -> Flags {
        Flags {
            theme: self.theme,
            measure: self.width,
            justify: self.justify,
            hyphenate: self.hyphenate,
            no_mouse: self.no_mouse,
            no_state: self.no_state,
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Export who said what: quotations and speakers of each file.
    Quotes {
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Json)]
        format: FormatArg,
        /// A bundled article by name (see `quoth quotes --list-bundled`).
        #[arg(long, value_name = "NAME")]
        bundled: Vec<String>,
        /// List the bundled articles' names and exit.
        #[arg(long)]
        list_bundled: bool,
        /// Article files or directories.
        paths: Vec<PathBuf>,
    },
    /// Score extraction against gold annotations (`NAME.gold.json` beside
    /// each `NAME.txt`) and print precision, recall and speaker accuracy.
    Eval {
        /// Directory of articles with gold files.
        dir: PathBuf,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the manual page (roff), e.g. `quoth man > quoth.1`.
    Man,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Json,
    Jsonl,
    Csv,
    Text,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Format {
        match format {
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
            FormatArg::Text => Format::Text,
        }
    }
}

/// Exit statuses: 0 success, 1 some input could not be read (the rest was
/// still handled), 2 bad usage (from clap) or a bad configuration file,
/// 3 an I/O error on output.
const EXIT_INPUT: u8 = 1;
const EXIT_USAGE: u8 = 2;
const EXIT_OUTPUT: u8 = 3;

/// `quoth --version`: the version, then where the configuration and the
/// reading positions live.
fn long_version() -> String {
    let shown = |path: Option<PathBuf>| {
        path.map_or("(no home directory)".to_string(), |path| {
            path.display().to_string()
        })
    };
    let config = config::config_path(None).map(|(path, _)| path);
    let state = Store::default_location().map(|store| store.path().to_path_buf());
    format!(
        "{}\nconfig: {}\nstate:  {}",
        env!("CARGO_PKG_VERSION"),
        shown(config),
        shown(state)
    )
}

/// The command-line definition, as `--help`, the man page and the
/// completions all see it.
pub fn command() -> clap::Command {
    Cli::command().long_version(long_version())
}

pub fn run() -> ExitCode {
    let matches = command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    match cli.command {
        Some(Command::Quotes {
            format,
            bundled,
            list_bundled,
            paths,
        }) => {
            if list_bundled {
                return list_bundled_names();
            }
            run_quotes(format.into(), &bundled, &paths)
        }
        Some(Command::Eval { dir }) => run_eval(&dir),
        Some(Command::Completions { shell }) => {
            // Generated into memory: clap_complete panics on a write error
            // (a closed pipe), and a closed pipe is not an error here.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command(), "quoth", &mut script);
            print_bytes(&script)
        }
        Some(Command::Man) => {
            let mut page = Vec::new();
            match clap_mangen::Man::new(command()).render(&mut page) {
                Ok(()) => print_bytes(&page),
                Err(error) => report_output_error(&error),
            }
        }
        None => match load_settings(&cli.look) {
            Ok(settings) => run_reader(&cli.paths, settings),
            Err(error) => {
                eprintln!("quoth: {error}");
                ExitCode::from(EXIT_USAGE)
            }
        },
    }
}

fn print_bytes(bytes: &[u8]) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => report_output_error(&error),
    }
}

fn report_output_error(error: &io::Error) -> ExitCode {
    eprintln!("quoth: {error}");
    ExitCode::from(EXIT_OUTPUT)
}

/// The defaults, config.toml and the flags, merged; a message naming the
/// file and the key when the file is wrong.
fn load_settings(look: &LookArgs) -> Result<Settings, config::ConfigError> {
    let (config, path) = config::load(look.config.as_deref())?;
    let in_file = |message: String| config::ConfigError {
        path: path.clone().unwrap_or_default(),
        message,
    };
    // Flag values were checked by clap, so what is wrong is in the file.
    settings::merge(config, &look.flags(), Environment::from_process()).map_err(in_file)
}

fn report_errors(errors: &[impl std::fmt::Display]) {
    for error in errors {
        eprintln!("quoth: {error}");
    }
}

fn run_reader(paths: &[PathBuf], settings: Settings) -> ExitCode {
    let (documents, start, failed) = if paths.is_empty() {
        (library::bundled_documents(), Start::Library, false)
    } else {
        // On screen, long articles show before their quotations are found.
        let (documents, errors) = if io::stdout().is_terminal() {
            library::documents_to_read(paths)
        } else {
            library::documents_from_paths(paths)
        };
        report_errors(&errors);
        let single_file = paths.len() == 1 && documents.len() == 1 && paths[0].is_file();
        let start = if single_file {
            Start::Reader
        } else {
            Start::Library
        };
        (documents, start, !errors.is_empty())
    };
    if documents.is_empty() {
        return ExitCode::from(EXIT_INPUT);
    }
    let outcome = if io::stdout().is_terminal() {
        tui::run(documents, start, settings)
    } else {
        plain::print(&documents, &mut io::stdout().lock())
    };
    match outcome {
        Ok(()) if failed => ExitCode::from(EXIT_INPUT),
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("quoth: {error}");
            ExitCode::from(EXIT_OUTPUT)
        }
    }
}

fn list_bundled_names() -> ExitCode {
    let mut out = io::stdout().lock();
    for article in bundled::ARTICLES {
        let title = article.article().title;
        if writeln!(out, "{}\t{title}", article.name.trim_end_matches(".txt")).is_err() {
            return ExitCode::from(EXIT_OUTPUT);
        }
    }
    ExitCode::SUCCESS
}

fn run_quotes(format: Format, bundled_names: &[String], paths: &[PathBuf]) -> ExitCode {
    let mut documents: Vec<Document> = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    for name in bundled_names {
        match bundled::find(name) {
            Some(found) => documents.push(Document::from_bundled(found)),
            None => errors.push(format!(
                "no bundled article named {name:?} (see quoth quotes --list-bundled)"
            )),
        }
    }
    let (from_paths, load_errors) = library::documents_from_paths(paths);
    documents.extend(from_paths);
    errors.extend(load_errors.iter().map(ToString::to_string));
    if documents.is_empty() && errors.is_empty() {
        errors.push("nothing to export: name FILEs or --bundled NAME".to_string());
    }
    report_errors(&errors);
    let written = export::write(&documents, format, &mut io::stdout().lock());
    match written {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("quoth: {error}");
            ExitCode::from(EXIT_OUTPUT)
        }
        _ if !errors.is_empty() => ExitCode::from(EXIT_INPUT),
        _ => ExitCode::SUCCESS,
    }
}

fn run_eval(dir: &std::path::Path) -> ExitCode {
    match eval::evaluate_dir(dir) {
        // "quoth eval DIR | head" closes the pipe early: no panic.
        Ok(report) => print_bytes(report.to_string().as_bytes()),
        Err(error) => {
            eprintln!("quoth: {error}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cli_definition_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn the_long_version_names_both_paths() {
        let version = long_version();
        assert!(version.starts_with(env!("CARGO_PKG_VERSION")));
        assert!(version.contains("config: ") && version.contains("state: "));
    }
}
