use std::process::ExitCode;

fn main() -> ExitCode {
    quoth::cli::run()
}
