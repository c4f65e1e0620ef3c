//! Checks a content folder or a JSON bundle with exactly the rules the build
//! and the app use. Run before publishing new content:
//!
//!     cargo run --bin validate -- content/
//!     cargo run --bin validate -- innehall.json

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("Användning: validate SÖKVÄG [SÖKVÄG …]  (en content-mapp eller en JSON-fil)");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for arg in &args {
        match strategi::content::source::load_path(Path::new(arg)) {
            Ok(bundle) => {
                let tips: usize = bundle.goals.iter().map(|g| g.tips.len()).sum();
                let indicators: usize = bundle.goals.iter().map(|g| g.indicators.len()).sum();
                println!(
                    "{arg}: giltigt ({} mål, {indicators} indikatorer, {tips} tips, sammanställt {})",
                    bundle.goals.len(),
                    bundle.strategy.about.compiled
                );
            }
            Err(problems) => {
                failed = true;
                eprintln!("{arg}: {} fel", problems.len());
                for p in problems {
                    eprintln!("  - {p}");
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
