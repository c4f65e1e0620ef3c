//! Filter chips, one toggle button per actor type, with counts.

use leptos::prelude::*;

use crate::content::Tip;
use crate::filter::{count_for, ids_of, toggle};
use crate::route::ViewState;
use crate::shell::{AppState, Shell};

/// What the chips show: how many tips there are in all, and per actor type
/// (by id). Counted once where the tips are chosen, so the chips never copy
/// the tips themselves.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChipCounts {
    pub total: usize,
    pub per_actor: Vec<(String, usize)>,
}

impl ChipCounts {
    pub fn of<'a>(tips: impl IntoIterator<Item = &'a Tip> + Clone, actor_ids: &[&str]) -> Self {
        ChipCounts {
            total: tips.clone().into_iter().count(),
            per_actor: actor_ids
                .iter()
                .map(|id| (id.to_string(), count_for(tips.clone(), id)))
                .collect(),
        }
    }

    pub fn get(&self, actor: &str) -> usize {
        self.per_actor
            .iter()
            .find(|(id, _)| id == actor)
            .map_or(0, |(_, n)| *n)
    }
}

/// `counts` are over the tips the chips filter (one goal's, or all matching).
#[component]
pub fn ActorChips(
    #[prop(into)] counts: Signal<ChipCounts>,
    #[prop(into)] label_id: String,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let shell = expect_context::<Shell>();
    let navigate = shell.navigate;
    let set_actors = move |actors: Vec<String>| {
        let mut next: ViewState = app.view.get_untracked();
        next.actors = actors;
        navigate.run(next);
    };

    let chips = move || {
        let types = app.actors.get();
        let all: Vec<String> = ids_of(&types).into_iter().map(String::from).collect();
        types
            .iter()
            .map(|actor| {
                let id = actor.id.clone();
                let id_for_pressed = id.clone();
                let all = all.clone();
                // Read straight from the state, not a memo: the pressed state
                // is an attribute, which the view compares before it writes.
                let pressed = move || app.view.with(|v| v.actors.contains(&id_for_pressed));
                let id_for_count = id.clone();
                let count = move || counts.with(|c| c.get(&id_for_count));
                let on_click = move |_| {
                    set_actors(toggle(&app.view.with_untracked(|v| v.actors.clone()), &id, &all))
                };
                view! {
                    <li>
                        <button type="button" class="chip" aria-pressed=move || pressed().to_string() on:click=on_click>
                            <span class="chip-bock" aria-hidden="true"></span>
                            {actor.name.clone()}
                            <span class="chip-antal">" ("{count}<span class="osynlig">" tips"</span>")"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let all_pressed = move || app.view.with(|v| v.actors.is_empty()).to_string();
    let total = move || counts.with(|c| c.total);
    view! {
        <div class="chips" role="group" aria-labelledby=label_id>
            <ul class="chip-lista">
                <li>
                    <button type="button" class="chip" aria-pressed=all_pressed on:click=move |_| set_actors(Vec::new())>
                        <span class="chip-bock" aria-hidden="true"></span>
                        "Alla"
                        <span class="chip-antal">" ("{total}<span class="osynlig">" tips"</span>")"</span>
                    </button>
                </li>
                {chips}
            </ul>
        </div>
    }
}
