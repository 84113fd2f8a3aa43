//! Command-line interface: parse arguments, load what they name, then hand
//! over to the reader, the exporter or the evaluator. Errors about files
//! are printed here, on a normal screen, before any UI starts.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::article::bundled;
use crate::eval;
use crate::export::{self, Format};
use crate::library::{self, Document};
use crate::plain;
use crate::settings::Settings;
use crate::tui::{self, Start};

#[derive(Debug, Parser)]
#[command(
    name = "quoth",
    version,
    about = "A terminal article reader that knows who said what",
    long_about = "Read news articles in the terminal, paginated, with a sidebar of the quoted \
speakers, and jump from quotation to quotation.\n\nWith no PATH, opens the bundled library. \
One file opens in the reader; several files or a directory open the library with them.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Article files or directories to open.
    paths: Vec<PathBuf>,
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
/// still handled), 2 bad usage (from clap), 3 an I/O error on output.
const EXIT_INPUT: u8 = 1;
const EXIT_OUTPUT: u8 = 3;

pub fn run() -> ExitCode {
    let cli = Cli::parse();
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
        None => run_reader(&cli.paths),
    }
}

fn report_errors(errors: &[impl std::fmt::Display]) {
    for error in errors {
        eprintln!("quoth: {error}");
    }
}

fn run_reader(paths: &[PathBuf]) -> ExitCode {
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
        tui::run(documents, start, Settings::default())
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
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("quoth: {error}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
