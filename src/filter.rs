//! Which tips a visitor sees for the actor types they chose.

use serde::{Deserialize, Serialize};

use crate::content::{Bundle, Tip};

/// An actor type as the filter and its labels use it: id and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    #[serde(rename = "id")]
    pub id: String,
    #[serde(rename = "namn")]
    pub name: String,
}

impl Actor {
    /// The content's actor types, in content order.
    pub fn all_of(bundle: &Bundle) -> Vec<Actor> {
        bundle
            .strategy
            .actor_types
            .iter()
            .map(|a| Actor {
                id: a.id.clone(),
                name: a.name.clone(),
            })
            .collect()
    }
}

/// The names of the actor types with these ids, in the order given; unknown
/// ids are skipped.
pub fn names_of<'a>(actors: &'a [Actor], ids: &[String]) -> Vec<&'a str> {
    ids.iter()
        .filter_map(|id| actors.iter().find(|a| &a.id == id).map(|a| a.name.as_str()))
        .collect()
}

/// The ids of the actor types, in content order.
pub fn ids_of(actors: &[Actor]) -> Vec<&str> {
    actors.iter().map(|a| a.id.as_str()).collect()
}

/// A tip is shown when no actor type is chosen, or when it is meant for at
/// least one of the chosen ones.
pub fn tip_matches(tip: &Tip, chosen: &[String]) -> bool {
    chosen.is_empty() || tip.actors.iter().any(|a| chosen.contains(a))
}

/// How many of these tips are meant for one actor type (the number on its chip).
pub fn count_for<'a>(tips: impl IntoIterator<Item = &'a Tip>, actor: &str) -> usize {
    tips.into_iter()
        .filter(|t| t.actors.iter().any(|a| a == actor))
        .count()
}

/// Adds or removes one actor type, keeping the content's order of types.
pub fn toggle(chosen: &[String], actor: &str, all_in_order: &[String]) -> Vec<String> {
    let now_on = !chosen.iter().any(|a| a == actor);
    all_in_order
        .iter()
        .filter(|a| {
            if *a == actor {
                now_on
            } else {
                chosen.contains(a)
            }
        })
        .cloned()
        .collect()
}

/// "Kommun", "Kommun och Region", "Kommun, Region och Civilsamhälle".
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} och {last}", init.join(", ")),
    }
}

/// What a live summary of shown tips says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// One goal's tips: `shown` of `total`.
    OfGoal { shown: usize, total: usize },
    /// A search over all goals: `shown` matches, of which only the first
    /// `cap` are drawn when `cap` is set.
    Matching {
        shown: usize,
        cap: Option<usize>,
        query: String,
    },
}

/// The live region's text: "Visar 4 av 12 tips för Kommun", "Visar alla 12
/// tips", "Visar 50 av 120 tips för Kommun som matchar "våld"".
pub fn result_summary(shown: &Shown, actor_names: &[&str]) -> String {
    let for_whom = if actor_names.is_empty() {
        String::new()
    } else {
        format!(" för {}", join_names(actor_names))
    };
    match shown {
        Shown::OfGoal { total, .. } if actor_names.is_empty() => {
            format!("Visar alla {total} tips")
        }
        Shown::OfGoal { shown, total } => format!("Visar {shown} av {total} tips{for_whom}"),
        Shown::Matching { shown, cap, query } => {
            let mut s = match cap {
                Some(cap) if shown > cap => format!("Visar {cap} av {shown} tips"),
                _ => format!("Visar {shown} tips"),
            };
            s.push_str(&for_whom);
            if !query.is_empty() {
                s.push_str(&format!(" som matchar \"{query}\""));
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tip(id: &str, actors: &[&str]) -> Tip {
        Tip {
            id: id.into(),
            actors: actors.iter().map(|a| a.to_string()).collect(),
            title: id.into(),
            text: "t".into(),
            link: None,
            origin: crate::content::TipOrigin::Suggestion,
        }
    }

    fn all() -> Vec<String> {
        ["kommun", "region", "naringsliv"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn no_choice_shows_everything_and_a_choice_is_an_or() {
        let tips = [
            tip("a", &["kommun"]),
            tip("b", &["region", "naringsliv"]),
            tip("c", &["region"]),
        ];
        assert!(tips.iter().all(|t| tip_matches(t, &[])));
        let chosen = vec!["kommun".to_string(), "naringsliv".to_string()];
        let shown: Vec<&str> = tips
            .iter()
            .filter(|t| tip_matches(t, &chosen))
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(shown, ["a", "b"]);
        assert_eq!(count_for(&tips, "region"), 2);
        assert_eq!(count_for(&tips, "civilsamhalle"), 0);
    }

    #[test]
    fn toggling_keeps_content_order() {
        let on = toggle(&["naringsliv".to_string()], "kommun", &all());
        assert_eq!(on, ["kommun", "naringsliv"]);
        assert_eq!(toggle(&on, "kommun", &all()), ["naringsliv"]);
    }

    #[test]
    fn summaries_read_naturally() {
        let goal = |shown, total| Shown::OfGoal { shown, total };
        let search = |shown, cap, query: &str| Shown::Matching {
            shown,
            cap,
            query: query.to_string(),
        };
        let cases: &[(Shown, &[&str], &str)] = &[
            (goal(12, 12), &[], "Visar alla 12 tips"),
            (goal(4, 12), &["Kommun"], "Visar 4 av 12 tips för Kommun"),
            (
                goal(6, 12),
                &["Kommun", "Region"],
                "Visar 6 av 12 tips för Kommun och Region",
            ),
            (search(12, None, ""), &[], "Visar 12 tips"),
            (
                search(12, Some(50), "våld"),
                &["Kommun"],
                "Visar 12 tips för Kommun som matchar \"våld\"",
            ),
            (
                search(120, Some(50), "v"),
                &["Kommun", "Region"],
                "Visar 50 av 120 tips för Kommun och Region som matchar \"v\"",
            ),
            (
                search(120, None, "v"),
                &[],
                "Visar 120 tips som matchar \"v\"",
            ),
        ];
        for (shown, names, expected) in cases {
            assert_eq!(result_summary(shown, names), *expected);
        }
    }

    #[test]
    fn names_follow_the_ids_and_skip_unknown_ones() {
        let actors = vec![
            Actor {
                id: "kommun".into(),
                name: "Kommun".into(),
            },
            Actor {
                id: "region".into(),
                name: "Region".into(),
            },
        ];
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            names_of(&actors, &ids(&["region", "okand", "kommun"])),
            ["Region", "Kommun"]
        );
        assert_eq!(ids_of(&actors), ["kommun", "region"]);
    }

    #[test]
    fn names_join_in_swedish() {
        assert_eq!(join_names(&["Kommun"]), "Kommun");
        assert_eq!(join_names(&["Kommun", "Region"]), "Kommun och Region");
        assert_eq!(join_names(&["A", "B", "C"]), "A, B och C");
    }
}
