//! What the plan's tests share (tests/plan.rs, tests/plan_docx.rs): the
//! content, small builders, and one plan with something in every field.

use std::sync::OnceLock;

use strategi::content::key::Key;
use strategi::content::{bundled, Bundle};
use strategi::plan::{FollowUp, GoalPlan, Measure, Month, Organisation, Plan, Ref, Status, What};

pub fn content() -> &'static Bundle {
    static CONTENT: OnceLock<Bundle> = OnceLock::new();
    CONTENT.get_or_init(|| bundled().unwrap())
}

pub fn month(year: u16, month: u8) -> Option<Month> {
    Some(Month::new(year, month).unwrap())
}

pub fn tip(id: &str) -> Measure {
    Measure::new(What::Tip(Ref::Id(id.to_string())))
}

/// A key no tip of the content has: "AAAA".
pub fn gone() -> Ref {
    let key = Key::parse("AAAA").unwrap();
    assert!(content()
        .goals
        .iter()
        .flat_map(|g| &g.tips)
        .all(|t| Key::of(&t.id) != key));
    Ref::Key(key)
}

/// A plan with something in every field, texts with `;`, quotes, line
/// breaks, å/ä/ö and emoji, and a tip the content no longer has.
pub fn sample() -> Plan {
    let mut goals: [GoalPlan; 8] = Default::default();
    goals[0] = GoalPlan {
        prioritised: true,
        note: "Vi saknar rutin för att fråga om våld.".into(),
    };
    goals[2].prioritised = true;
    goals[4].note = "Ingen prioritet än".into();
    Plan {
        organisation: Organisation {
            name: "Nacka kommun; Socialtjänsten \"Trygg\"".into(),
            actor: "kommun".into(),
            unit: "Enheten för barn & unga\nPlan 2025–2026 🙂".into(),
        },
        goals,
        measures: vec![
            Measure {
                responsible: "Rektor, Skolenheten".into(),
                start: month(2025, 3),
                end: month(2026, 6),
                follow_up: FollowUp::Indicator(Ref::Id("elevers-fortroende-vuxna-i-skolan".into())),
                status: Status::Ongoing,
                note: "Börja med åk 7–9.".into(),
                ..tip("m1-normkritiskt-i-skolan")
            },
            Measure {
                end: month(2025, 12),
                follow_up: FollowUp::Own("Antal utbildade chefer; mål: 40".into()),
                ..Measure::new(What::Own {
                    goal: 3,
                    title: "Utbilda chefer i att ställa frågan".into(),
                })
            },
            Measure {
                status: Status::Done,
                ..tip("m3-fraga-i-modrahalsovarden")
            },
            Measure {
                status: Status::Paused,
                ..Measure::new(What::Tip(gone()))
            },
        ],
    }
}
