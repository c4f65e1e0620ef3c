//! Reading content from disk: the `content/` folder (TOML, edited by people)
//! or a JSON bundle. Native only; used by `build.rs` and the `validate` tool.

use std::fs;
use std::path::{Path, PathBuf};

use super::model::{Bundle, Goal, Strategy, SCHEMA_VERSION};
use super::validate::{validate_read, Problem, Read, SourceNames};

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

/// Turns a TOML parse error into one plain Swedish line: the goal (if the
/// file still says which), the field the error is about, and the line it
/// points at (toml's own rendering spans several lines).
fn toml_problem(file: &Path, text: &str, err: toml::de::Error) -> Vec<Problem> {
    #[derive(serde::Deserialize)]
    struct Number {
        nummer: Option<u8>,
    }
    let goal = toml::from_str::<Number>(text)
        .ok()
        .and_then(|n| n.nummer)
        .map(|n| format!("Mål {n}"))
        .unwrap_or_default();
    let line = err
        .span()
        .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
    let at = line.map(|l| format!("rad {l}: ")).unwrap_or_default();
    let raw = err.message();
    let quoted = |rest: &str| {
        rest.strip_prefix('`')
            .and_then(|r| r.split_once('`'))
            .map(|(name, after)| (name.to_string(), after.to_string()))
    };
    let (field, message) =
        if let Some((name, _)) = raw.strip_prefix("missing field ").and_then(quoted) {
            (name, format!("{at}fältet saknas; lägg till det"))
        } else if let Some((name, after)) = raw.strip_prefix("unknown field ").and_then(quoted) {
            let allowed = after
                .trim_start_matches(", expected one of ")
                .trim_start_matches(", expected ");
            (
                name,
                format!("{at}okänt fält (felstavat?); tillåtna fält är {allowed}"),
            )
        } else {
            (String::new(), format!("{at}{raw}"))
        };
    vec![Problem {
        file: file.display().to_string(),
        goal,
        field,
        message,
    }]
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
/// returned together: a file that does not parse is reported and the files
/// that did parse are still validated, so one run shows everything to fix.
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
    let mut all_goals_read = true;
    for path in &goal_paths {
        match fs::read_to_string(path) {
            Ok(text) => match toml::from_str::<Goal>(&text) {
                Ok(g) => {
                    goals.push(g);
                    goal_names.push(path.display().to_string());
                }
                Err(e) => {
                    all_goals_read = false;
                    problems.extend(toml_problem(path, &text, e));
                }
            },
            Err(e) => {
                all_goals_read = false;
                problems.extend(problem(path, format!("kan inte läsa filen: {e}")));
            }
        }
    }

    goals_in_order(&mut goals, &mut goal_names);
    let strategy_read = strategy.is_some();
    let mut bundle = Bundle {
        schema: SCHEMA_VERSION,
        strategy: strategy.unwrap_or_default(),
        goals,
    };
    bundle.derive_fields();
    let names = FolderNames {
        strategy: strategy_path.display().to_string(),
        goals: goal_names,
    };
    let read = Read {
        strategy: strategy_read,
        all_goals: all_goals_read,
    };
    if let Err(found) = validate_read(&bundle, &names, read) {
        problems.extend(found);
    }
    if problems.is_empty() {
        Ok(bundle)
    } else {
        Err(problems)
    }
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
