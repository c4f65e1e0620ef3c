//! Reading content from disk: the `content/` folder (TOML, edited by people)
//! or a JSON bundle. Native only; used by `build.rs` and the `validate` tool.

use std::fs;
use std::path::{Path, PathBuf};

use super::model::{Bundle, Goal, Strategy, SCHEMA_VERSION};
use super::validate::{validate, Problem, SourceNames};

/// The goal files, in the order they were read, for naming them in problems.
struct FolderNames {
    strategy: String,
    goals: Vec<String>,
}

impl SourceNames for FolderNames {
    fn strategy_file(&self) -> String {
        self.strategy.clone()
    }
    fn goal_file(&self, index: usize, _: &Goal) -> String {
        self.goals
            .get(index)
            .cloned()
            .unwrap_or_else(|| self.strategy.clone())
    }
}

fn problem(file: &Path, message: String) -> Vec<Problem> {
    vec![Problem {
        file: file.display().to_string(),
        goal: String::new(),
        field: String::new(),
        message,
    }]
}

/// Turns a TOML parse error into one plain line: the serde message and the
/// line it points at (toml's own rendering spans several lines).
fn toml_problem(file: &Path, text: &str, err: toml::de::Error) -> Vec<Problem> {
    let line = err
        .span()
        .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
    let message = match line {
        Some(line) => format!("rad {line}: {}", err.message()),
        None => err.message().to_string(),
    };
    problem(file, message)
}

/// The files of a content folder, in the order the bundle uses them:
/// `strategi.toml`, then every `mal-*.toml` sorted by name.
pub fn content_files(dir: &Path) -> Result<(PathBuf, Vec<PathBuf>), Vec<Problem>> {
    let strategy = dir.join("strategi.toml");
    let entries =
        fs::read_dir(dir).map_err(|e| problem(dir, format!("kan inte läsa mappen: {e}")))?;
    let mut goals: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("mal-") && n.ends_with(".toml"))
        })
        .collect();
    goals.sort();
    Ok((strategy, goals))
}

/// Reads and validates a content folder. All problems in all files are
/// returned together.
pub fn load_folder(dir: &Path) -> Result<Bundle, Vec<Problem>> {
    let (strategy_path, goal_paths) = content_files(dir)?;
    let mut problems = Vec::new();

    let strategy: Option<Strategy> = match fs::read_to_string(&strategy_path) {
        Ok(text) => match toml::from_str(&text) {
            Ok(s) => Some(s),
            Err(e) => {
                problems.extend(toml_problem(&strategy_path, &text, e));
                None
            }
        },
        Err(e) => {
            problems.extend(problem(&strategy_path, format!("kan inte läsa filen: {e}")));
            None
        }
    };

    let mut goals = Vec::new();
    let mut goal_names = Vec::new();
    for path in &goal_paths {
        match fs::read_to_string(path) {
            Ok(text) => match toml::from_str::<Goal>(&text) {
                Ok(g) => {
                    goals.push(g);
                    goal_names.push(path.display().to_string());
                }
                Err(e) => problems.extend(toml_problem(path, &text, e)),
            },
            Err(e) => problems.extend(problem(path, format!("kan inte läsa filen: {e}"))),
        }
    }

    let Some(strategy) = strategy else {
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    goals_in_order(&mut goals, &mut goal_names);
    let bundle = Bundle {
        schema: SCHEMA_VERSION,
        strategy,
        goals,
    };
    let names = FolderNames {
        strategy: strategy_path.display().to_string(),
        goals: goal_names,
    };
    validate(&bundle, &names)?;
    Ok(bundle)
}

fn goals_in_order(goals: &mut Vec<Goal>, names: &mut Vec<String>) {
    let mut pairs: Vec<(Goal, String)> = goals.drain(..).zip(names.drain(..)).collect();
    pairs.sort_by_key(|(g, _)| g.number);
    for (g, n) in pairs {
        goals.push(g);
        names.push(n);
    }
}

/// Reads and validates a JSON bundle file.
pub fn load_json_file(path: &Path) -> Result<Bundle, Vec<Problem>> {
    let text =
        fs::read_to_string(path).map_err(|e| problem(path, format!("kan inte läsa filen: {e}")))?;
    let name = path.display().to_string();
    if text.len() > super::model::MAX_BUNDLE_BYTES {
        return Err(problem(
            path,
            format!(
                "filen är {} byte; appen hämtar högst {} byte",
                text.len(),
                super::model::MAX_BUNDLE_BYTES
            ),
        ));
    }
    super::parse_bundle(&text, &name)
}

/// Reads either a content folder or a JSON bundle, whichever `path` is.
pub fn load_path(path: &Path) -> Result<Bundle, Vec<Problem>> {
    if path.is_dir() {
        load_folder(path)
    } else {
        load_json_file(path)
    }
}
