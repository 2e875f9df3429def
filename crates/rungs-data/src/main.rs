//! `rungs-data check [DIR]`: validates a data folder (default `data`) and prints only its
//! problems, one per line, then a count. Exit status 1 on any problem, 2 on bad usage.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = match args.as_slice() {
        [cmd] if cmd == "check" => PathBuf::from("data"),
        [cmd, dir] if cmd == "check" => PathBuf::from(dir),
        _ => {
            eprintln!("usage: rungs-data check [DATA_DIR]");
            return ExitCode::from(2);
        }
    };
    match rungs_data::load(&dir) {
        Ok(data) => {
            for w in &data.warnings {
                println!("warning: {w}");
            }
            println!(
                "{}: valid ({} roles, {} competencies, {} sources{})",
                dir.display(),
                data.roles.len(),
                data.skills.len(),
                data.sources.len(),
                match data.warnings.len() {
                    0 => String::new(),
                    1 => ", 1 warning".to_string(),
                    n => format!(", {n} warnings"),
                }
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                println!("{e}");
            }
            println!(
                "{} problem{} in {}",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" },
                dir.display()
            );
            ExitCode::FAILURE
        }
    }
}
