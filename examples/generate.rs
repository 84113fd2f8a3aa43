//! Write a deterministic long article for trying quoth on big files:
//!
//! `cargo run --example generate -- 20 /tmp/long.txt [seed]` writes about
//! 20 MB (10^6 bytes each) of mixed French/English text.

#[path = "../benches/support/generate.rs"]
mod generate;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(megabytes), Some(path)) = (
        args.first().and_then(|mb| mb.parse::<f64>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: generate MEGABYTES PATH [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|seed| seed.parse().ok()).unwrap_or(1);
    let text = generate::generate(seed, (megabytes * 1_000_000.0) as usize);
    match std::fs::write(path, text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{path}: {error}");
            ExitCode::from(3)
        }
    }
}
