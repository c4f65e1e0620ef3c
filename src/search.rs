//! Search over the strategy: forgiving of Swedish letters typed without
//! marks ("aterfall" finds "återfall"), several words narrow the result.

use serde::{Deserialize, Serialize};

use crate::content::{Goal, Tip};

/// What a search reads of one goal: its own texts and its tips. The tips
/// view's island gets these and nothing else of the content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchGoal {
    #[serde(rename = "nummer")]
    pub number: u8,
    #[serde(rename = "kortnamn")]
    pub short_name: String,
    #[serde(rename = "malformulering")]
    pub statement: String,
    #[serde(rename = "forutsattningar")]
    pub prerequisites: Vec<String>,
    /// The indicators' names.
    #[serde(rename = "indikatorer")]
    pub indicators: Vec<String>,
    /// The commitments' texts.
    #[serde(rename = "ataganden")]
    pub commitments: Vec<String>,
    #[serde(rename = "tips")]
    pub tips: Vec<Tip>,
}

impl SearchGoal {
    pub fn of(goal: &Goal) -> Self {
        SearchGoal {
            number: goal.number,
            short_name: goal.short_name.clone(),
            statement: goal.statement.clone(),
            prerequisites: goal.prerequisites.clone(),
            indicators: goal.indicators.iter().map(|i| i.name.clone()).collect(),
            commitments: goal.commitments.iter().map(|c| c.text.clone()).collect(),
            tips: goal.tips.clone(),
        }
    }

    /// "Mål 3: Upptäcka tidigt", as [`Goal::title`].
    pub fn title(&self) -> String {
        format!("Mål {}: {}", self.number, self.short_name)
    }
}

/// Folds one character for comparison: lower case, marks removed. Always
/// one character in, one out, so positions in folded text match the original.
pub fn fold_char(c: char) -> char {
    let lower = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        lower_case(c)
    };
    match lower {
        'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' | 'æ' => 'a',
        'ö' | 'ø' | 'ò' | 'ó' | 'ô' | 'õ' => 'o',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'ü' | 'ù' | 'ú' | 'û' => 'u',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ç' => 'c',
        'ñ' => 'n',
        '–' | '—' => '-',
        other => other,
    }
}

// LOWER_CASE_RUNS, written by build.rs from `char::to_lowercase`.
include!(concat!(env!("OUT_DIR"), "/gemener.rs"));

/// The first char of `c.to_lowercase()`, from the compact runs build.rs
/// writes (the standard library's own table is far larger in the WASM).
fn lower_case(c: char) -> char {
    let u = c as u32;
    let i = LOWER_CASE_RUNS.partition_point(|&(key, _)| key & 0x1F_FFFF <= u);
    let Some(&(key, distance)) = i.checked_sub(1).map(|i| &LOWER_CASE_RUNS[i]) else {
        return c;
    };
    let (start, step, count) = (key & 0x1F_FFFF, 1 + (key >> 21 & 1), key >> 22);
    let offset = u - start;
    if !offset.is_multiple_of(step) || offset / step >= count {
        return c;
    }
    char::from_u32(u.wrapping_add_signed(distance)).unwrap_or(c)
}

pub fn fold(s: &str) -> Vec<char> {
    s.chars().map(fold_char).collect()
}

/// A parsed search: its folded words, longest first so highlighting prefers
/// the longer match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    words: Vec<Vec<char>>,
}

impl Query {
    pub fn new(text: &str) -> Self {
        let mut words: Vec<Vec<char>> = text
            .split(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ';' | '"' | '(' | ')' | ':' | '?' | '!')
            })
            .map(fold)
            .filter(|w| !w.is_empty())
            .take(12)
            .collect();
        // Longest first; a repeated word counts once wherever it stands.
        sort_short(&mut words, |a, b| (b.len(), a) < (a.len(), b));
        words.dedup();
        Query { words }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every word occurs somewhere in the texts together.
    pub fn matches_all(&self, texts: &[&str]) -> bool {
        let folded: Vec<Vec<char>> = texts.iter().map(|t| fold(t)).collect();
        self.words
            .iter()
            .all(|w| folded.iter().any(|t| find(t, w, 0).is_some()))
    }

    /// How many of the words occur in this text.
    pub fn hits(&self, text: &str) -> usize {
        let folded = fold(text);
        self.words
            .iter()
            .filter(|w| find(&folded, w, 0).is_some())
            .count()
    }
}

/// Sorts a short list so that `a` comes before `b` when `before(a, b)`,
/// keeping the order of equals. An insertion sort: the lists are a query's
/// words and one goal's texts or tips, and it is a small fraction of the
/// standard library's sorts in the islands' WASM.
fn sort_short<T>(list: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && before(&list[j], &list[j - 1]) {
            list.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn find(hay: &[char], needle: &[char], from: usize) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

/// Splits a text into pieces, marking the ones that match a query word, so
/// a view can wrap them in `<mark>` without ever building markup from text.
pub fn highlight(text: &str, query: &Query) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    if query.is_empty() {
        return vec![(text.to_string(), false)];
    }
    let folded = fold(text);
    let mut marked = vec![false; chars.len()];
    for w in &query.words {
        let mut from = 0;
        while let Some(at) = find(&folded, w, from) {
            marked[at..at + w.len()].iter_mut().for_each(|m| *m = true);
            from = at + w.len();
        }
    }
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match pieces.last_mut() {
            Some((s, last)) if *last == m => s.push(c),
            _ => pieces.push((c.to_string(), m)),
        }
    }
    pieces
}

/// A place in a goal (not a tip) where the search words were found.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalMatch {
    /// What kind of text: "Mål", "Målformulering", "Förutsättning", "Indikator", "Åtagande".
    pub kind: &'static str,
    pub text: String,
}

/// The goal's own texts that a search looks in, each with its kind.
fn goal_texts(goal: &SearchGoal) -> Vec<(&'static str, String)> {
    let mut texts = vec![
        ("Mål", goal.title()),
        ("Målformulering", goal.statement.clone()),
    ];
    let kinds = [
        ("Förutsättning", &goal.prerequisites),
        ("Indikator", &goal.indicators),
        ("Åtagande", &goal.commitments),
    ];
    for (kind, list) in kinds {
        texts.extend(list.iter().map(|t| (kind, t.clone())));
    }
    texts
}

/// The goal's texts that hold at least one word, when the goal's texts
/// together hold every word. Empty when the goal does not match.
pub fn goal_matches(goal: &SearchGoal, query: &Query) -> Vec<GoalMatch> {
    if query.is_empty() {
        return Vec::new();
    }
    let texts = goal_texts(goal);
    let all: Vec<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
    if !query.matches_all(&all) {
        return Vec::new();
    }
    let mut found: Vec<(usize, GoalMatch)> = texts
        .into_iter()
        .filter_map(|(kind, text)| {
            let hits = query.hits(&text);
            (hits > 0).then_some((hits, GoalMatch { kind, text }))
        })
        .collect();
    // Texts holding more of the words come first; ties keep content order.
    sort_short(&mut found, |a, b| a.0 > b.0);
    found.into_iter().map(|(_, m)| m).take(4).collect()
}

/// A tip matches when its heading and text together, or those with its
/// goal's name (folded once for all its tips), hold every word. The score
/// ranks matches in the heading first. Each text is folded once; this runs
/// for every tip on every keystroke.
fn score_folded(goal_name: &[char], tip: &Tip, query: &Query) -> Option<usize> {
    if query.is_empty() {
        return Some(0);
    }
    let title = fold(&tip.title);
    let text = fold(&tip.text);
    let mut score = 0;
    for w in &query.words {
        let in_title = find(&title, w, 0).is_some();
        let in_text = find(&text, w, 0).is_some();
        if !(in_title || in_text || find(goal_name, w, 0).is_some()) {
            return None;
        }
        score += 3 * usize::from(in_title) + usize::from(in_text);
    }
    Some(score)
}

/// Matching tips of one goal, best first (content order among equals).
pub fn rank_tips<'a>(goal: &SearchGoal, tips: &[&'a Tip], query: &Query) -> Vec<&'a Tip> {
    let name = if query.is_empty() {
        Vec::new()
    } else {
        fold(&goal.title())
    };
    let mut scored: Vec<(usize, &Tip)> = tips
        .iter()
        .filter_map(|t| score_folded(&name, t, query).map(|s| (s, *t)))
        .collect();
    sort_short(&mut scored, |a, b| a.0 > b.0);
    scored.into_iter().map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_is_the_standard_librarys_for_every_char() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let expected = c.to_lowercase().next().unwrap_or(c);
            let lower = if c.is_ascii() {
                c.to_ascii_lowercase()
            } else {
                lower_case(c)
            };
            assert_eq!(lower, expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn folding_ignores_case_and_swedish_marks() {
        assert_eq!(fold("Förebygga ÅTERFALL"), fold("forebygga aterfall"));
        assert_eq!(fold("Ä").len(), 1);
    }

    #[test]
    fn all_words_must_match_somewhere() {
        let q = Query::new("forebygga  vald");
        assert!(q.matches_all(&["Förebygga våld"]));
        assert!(q.matches_all(&["Förebygga", "mer våld"]));
        assert!(!q.matches_all(&["Förebygga återfall"]));
        assert!(Query::new("   ").is_empty());
    }

    #[test]
    fn highlight_marks_original_text_even_with_marks_and_case() {
        let q = Query::new("aterfall");
        let pieces = highlight("Förebygga Återfall nu", &q);
        assert_eq!(
            pieces,
            vec![
                ("Förebygga ".to_string(), false),
                ("Återfall".to_string(), true),
                (" nu".to_string(), false)
            ]
        );
        let joined: String = highlight("<script>alert(1)</script>", &Query::new("script"))
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert_eq!(joined, "<script>alert(1)</script>");
    }

    #[test]
    fn a_repeated_word_counts_once_wherever_it_stands() {
        assert_eq!(Query::new("våld stöd våld"), Query::new("stöd våld"));
        assert_eq!(Query::new("ab cd ab"), Query::new("ab cd"));
        assert_eq!(Query::new("Våld VALD våld").words.len(), 1);
    }

    #[test]
    fn odd_input_is_harmless() {
        for q in [
            "🙂",
            "مرحبا",
            "\u{202e}abc",
            "<script>",
            "\"><img onerror=x>",
            &"a".repeat(10_000),
        ] {
            let query = Query::new(q);
            let text = "Förebygga våld 🙂 مرحبا";
            let pieces = highlight(text, &query);
            let joined: String = pieces.iter().map(|(s, _)| s.as_str()).collect();
            assert_eq!(joined, text, "{q}");
            // Neighbouring pieces alternate, so no mark is split in two.
            assert!(pieces.windows(2).all(|w| w[0].1 != w[1].1), "{q}");
        }
        // Characters whose lower case is longer than one char still fold one to one.
        assert_eq!(fold("İ").len(), 1);
    }
}
