//! Which tips a visitor sees for the actor types they chose.

use crate::content::{Goal, Tip};

/// A tip is shown when no actor type is chosen, or when it is meant for at
/// least one of the chosen ones.
pub fn tip_matches(tip: &Tip, chosen: &[String]) -> bool {
    chosen.is_empty() || tip.actors.iter().any(|a| chosen.contains(a))
}

/// The goal's tips for the chosen actor types, in content order.
pub fn tips_for<'a>(goal: &'a Goal, chosen: &[String]) -> Vec<&'a Tip> {
    goal.tips
        .iter()
        .filter(|t| tip_matches(t, chosen))
        .collect()
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
    fn names_join_in_swedish() {
        assert_eq!(join_names(&["Kommun"]), "Kommun");
        assert_eq!(join_names(&["Kommun", "Region"]), "Kommun och Region");
        assert_eq!(join_names(&["A", "B", "C"]), "A, B och C");
    }
}
