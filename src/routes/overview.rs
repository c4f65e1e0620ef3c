use leptos::prelude::*;

use crate::components::goal_card::GoalCard;
use crate::components::link::AppLink;
use crate::route::Route;
use crate::shell::SiteContent;

#[component]
pub fn Overview() -> impl IntoView {
    let content = expect_context::<SiteContent>();
    let b = content.bundle.get_untracked();
    let s = &b.strategy;
    let rule = s.status_rule.clone();
    let cards = b
        .goals
        .iter()
        .map(|g| view! { <GoalCard goal=g.clone() rule=rule.clone()/> })
        .collect_view();
    let partners: Vec<&str> = s.partners.iter().map(|p| p.name.as_str()).collect();
    view! {
        <div class="ram vy vy-oversikt">
            <h1 tabindex="-1">{s.title.clone()}</h1>
            <p class="ingress">{s.intro.clone()}</p>
            // The goals come first: on a phone the first card is on the first
            // screen; the facts about the strategy follow them.
            <ul class="malkort-lista" aria-label="De åtta målen">{cards}</ul>
            <p class="period">{b.period_text()}</p>
            <p class="regel-notis">
                "Status räknas fram med en publicerad regel. "
                <AppLink to=Route::About>"Så räknas status"</AppLink>
            </p>
            <p class="genvag">
                <AppLink to=Route::Tips class="knapp">"Vad kan vi göra? Tips för din organisation"</AppLink>
                <AppLink to=Route::Plan class="knapp knapp-sekundar">"Gör en egen handlingsplan"</AppLink>
                <AppLink to=Route::About class="knapp knapp-sekundar">"Om strategin"</AppLink>
            </p>
            <div class="oversikt-fakta">
                <p><strong>"Vision: "</strong>{s.vision.clone()}</p>
                <p><strong>"Bakom strategin står "</strong>{crate::filter::join_names(&partners)}"."</p>
            </div>
        </div>
    }
}
