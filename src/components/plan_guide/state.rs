//! The guide's state: the plan being edited (the same plan the address
//! holds, with a key per measure for drawing lists), the step shown, and
//! what the guide says about the plan.

use leptos::prelude::*;

use crate::plan::{to_fragment, Change, Loaded, Plan};

/// The four steps, by number 1–4: the name in the step list and headings.
pub const STEPS: [&str; 4] = [
    "Organisation",
    "Analysera",
    "Välja åtgärder",
    "Genomföra och följa upp",
];

/// The plan with a key per measure. Lists of measures are drawn by key, so
/// a measure keeps its fields (and the visitor's focus) while others are
/// added or removed and the indexes shift. The keys are not part of the
/// plan: they are numbered afresh whenever a plan is read in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub plan: Plan,
    keys: Vec<u32>,
    next: u32,
}

impl Draft {
    pub fn new(plan: Plan) -> Draft {
        let n = plan.measures.len() as u32;
        Draft {
            plan,
            keys: (0..n).collect(),
            next: n,
        }
    }

    /// The index in the plan of the measure with `key`.
    pub fn index(&self, key: u32) -> Option<usize> {
        self.keys.iter().position(|k| *k == key)
    }

    pub fn key(&self, index: usize) -> Option<u32> {
        self.keys.get(index).copied()
    }

    /// The key of the measure that is the tip `id`.
    pub fn tip_key(&self, id: &str) -> Option<u32> {
        let i = self
            .plan
            .measures
            .iter()
            .position(|m| m.tip_id() == Some(id))?;
        self.key(i)
    }

    fn push_key(&mut self) -> u32 {
        let key = self.next;
        self.next += 1;
        self.keys.push(key);
        key
    }

    /// Adds the tip; `None` when it is in the plan already or the plan is full.
    pub fn add_tip(&mut self, id: &str) -> Option<u32> {
        self.plan.add_tip(id).then(|| self.push_key())
    }

    /// Adds an own measure without a title under `goal`.
    pub fn add_own(&mut self, goal: u8) -> Option<u32> {
        self.plan.add_own(goal, "").map(|_| self.push_key())
    }

    /// Removes the tip (every copy of it). False when it was not there.
    pub fn remove_tip(&mut self, id: &str) -> bool {
        let before = self.keys.len();
        for i in (0..self.plan.measures.len()).rev() {
            if self.plan.measures[i].tip_id() == Some(id) {
                self.plan.measures.remove(i);
                self.keys.remove(i);
            }
        }
        self.keys.len() != before
    }

    pub fn remove(&mut self, key: u32) -> bool {
        match self.index(key) {
            Some(i) => {
                self.plan.measures.remove(i);
                self.keys.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn update(&mut self, key: u32, change: Change) -> bool {
        self.index(key).is_some_and(|i| self.plan.update(i, change))
    }

    /// Every measure has a key, and no two the same.
    pub fn keys_match(&self) -> bool {
        let mut keys = self.keys.clone();
        keys.sort_unstable();
        keys.dedup();
        keys.len() == self.keys.len() && keys.len() == self.plan.measures.len()
    }
}

/// The plan's fragment as the address holds it: none for an empty plan.
pub fn fragment_of(plan: &Plan) -> String {
    if plan.is_empty() {
        String::new()
    } else {
        to_fragment(plan)
    }
}

/// Whether an address's fragment is meant as a plan (or as no plan): empty,
/// or a format version first ("v1.…"). Anything else is a place on the page
/// (`#innehall`, from the skip link), not a damaged plan.
pub fn is_plan_fragment(fragment: &str) -> bool {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    let digits = f
        .strip_prefix('v')
        .map(|rest| rest.bytes().take_while(u8::is_ascii_digit).count());
    f.is_empty() || digits.is_some_and(|n| n > 0 && f.as_bytes().get(n + 1) == Some(&b'.'))
}

/// What the guide says above the steps after reading a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub title: String,
    pub messages: Vec<String>,
    /// Nothing or only part of the plan could be read: said as an alert.
    pub error: bool,
}

/// Where a plan was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The page's address, when the page loads or the fragment changes.
    Link,
    /// A file the visitor opened.
    File,
}

/// The guide's signals. The plan is written to the address on every change
/// (see `PlanGuide`); nothing else keeps it.
#[derive(Clone, Copy)]
pub struct GuideState {
    pub draft: RwSignal<Draft>,
    /// 1–4.
    pub step: RwSignal<u8>,
    /// Counts the plans read in: the steps draw their fields afresh.
    pub generation: RwSignal<u32>,
    pub notice: RwSignal<Option<Notice>>,
    /// Said by the polite live region ("Lagt till: …").
    pub announcement: RwSignal<String>,
    /// Set when the visitor moves to a step: its heading takes focus.
    pub focus_step: RwSignal<bool>,
    /// The fragment last written to (or read from) the address.
    pub written: StoredValue<String>,
}

impl GuideState {
    /// The state for a plan read from the page's address at start.
    pub fn new(loaded: Loaded, file_name: Option<&str>) -> GuideState {
        let state = GuideState {
            draft: RwSignal::new(Draft::default()),
            step: RwSignal::new(1),
            generation: RwSignal::new(0),
            notice: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
            focus_step: RwSignal::new(false),
            written: StoredValue::new(String::new()),
        };
        state.take(loaded, Source::Link, file_name);
        state
    }

    /// Puts a plan that was read in place of the current one, and says what
    /// the reader found. Returns the fragment to write (for a file).
    pub fn take(&self, loaded: Loaded, source: Source, file_name: Option<&str>) -> String {
        let Loaded { plan, messages } = loaded;
        let fragment = fragment_of(&plan);
        let has_measures = !plan.measures.is_empty();
        let nothing = plan.is_empty();
        self.written.set_value(fragment.clone());
        self.draft.set(Draft::new(plan));
        self.generation.update(|g| *g += 1);
        self.step.set(if has_measures { 4 } else { 1 });
        let name = file_name.unwrap_or("filen");
        self.notice.set(match (source, messages.is_empty()) {
            (Source::Link, true) => None,
            (Source::Link, false) => Some(Notice {
                title: "Planen i länken kunde inte läsas helt".to_string(),
                messages,
                error: true,
            }),
            (Source::File, true) => Some(Notice {
                title: format!("Planen i {name} är öppnad."),
                messages,
                error: false,
            }),
            (Source::File, false) => Some(Notice {
                title: if nothing {
                    format!("Det gick inte att öppna någon plan från {name}")
                } else {
                    format!("Planen i {name} är öppnad, men allt kunde inte läsas")
                },
                messages,
                error: true,
            }),
        });
        fragment
    }

    /// Moves to step `n` (1–4); its heading takes focus.
    pub fn go(&self, n: u8) {
        if (1..=4).contains(&n) {
            self.focus_step.set(true);
            self.step.set(n);
        }
    }

    pub fn announce(&self, text: String) {
        self.announcement.set(text);
    }

    /// "4 åtgärder i planen".
    pub fn count_text(&self) -> String {
        let n = self.draft.with_untracked(|d| d.plan.measures.len());
        measures_text(n)
    }
}

/// "1 åtgärd", "4 åtgärder" followed by " i planen".
pub fn measures_text(n: usize) -> String {
    match n {
        1 => "1 åtgärd i planen".to_string(),
        n => format!("{n} åtgärder i planen"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_measures_as_they_come_and_go() {
        let mut d = Draft::default();
        let a = d.add_tip("a").unwrap();
        assert_eq!(d.add_tip("a"), None);
        let own = d.add_own(3).unwrap();
        let b = d.add_tip("b").unwrap();
        assert!(d.remove_tip("a"));
        assert!(!d.remove_tip("a"));
        assert_eq!(d.index(a), None);
        assert_eq!(d.index(own), Some(0));
        assert_eq!(d.tip_key("b"), Some(b));
        assert!(d.update(own, Change::Title("Egen".into())));
        assert!(d.remove(own));
        assert!(!d.remove(own));
        assert_eq!(d.index(b), Some(0));
        assert!(d.keys_match());
        assert_eq!(d.add_own(9), None);
        assert!(d.keys_match());
    }

    #[test]
    fn a_place_on_the_page_is_not_taken_for_a_plan() {
        for f in ["", "#", "v1.AAAA", "#v1.", "v12.x"] {
            assert!(is_plan_fragment(f), "{f:?}");
        }
        for f in ["innehall", "#plan-guide", "v", "v.", "vx.1", "#v1"] {
            assert!(!is_plan_fragment(f), "{f:?}");
        }
    }

    #[test]
    fn counts_are_written_the_swedish_way() {
        assert_eq!(measures_text(1), "1 åtgärd i planen");
        assert_eq!(measures_text(0), "0 åtgärder i planen");
        assert_eq!(measures_text(4), "4 åtgärder i planen");
    }
}
