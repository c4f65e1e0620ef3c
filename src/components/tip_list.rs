use leptos::prelude::*;

use crate::components::highlight::Highlighted;
use crate::components::link::AppLink;
use crate::content::{Tip, TipOrigin};
use crate::filter::{join_names, names_of};
use crate::route::Route;
use crate::search::Query;
use crate::shell::AppState;

/// Where a tip comes from, as its label says: the strategy's own pages, or
/// a suggestion of how an organisation can work (explained on /om/).
pub fn origin_label(origin: &TipOrigin) -> impl IntoView {
    let (class, text) = match origin {
        TipOrigin::Strategy => ("etikett etikett-strategin", "Från strategin"),
        _ => ("etikett", "Förslag"),
    };
    view! { <span class=class>{text}</span> }
}

/// A list of tips, each labelled with where it comes from and for whom,
/// and with a quiet link to the plan page (its text names the tip for
/// screen readers' link lists).
#[component]
pub fn TipList(tips: Vec<Tip>, #[prop(optional)] query: Query) -> impl IntoView {
    let app = expect_context::<AppState>();
    let for_whom = move |ids: &[String]| -> String {
        app.actors
            .with_untracked(|actors| join_names(&names_of(actors, ids)))
    };
    let items = tips
        .into_iter()
        .map(|tip| {
            let for_whom = for_whom(&tip.actors);
            let link = tip.link.clone().map(|l| view! { <p class="tips-lank"><a href=l.url>{l.title}</a></p> });
            view! {
                <li class="tips" data-tips=tip.id.clone() data-aktorer=tip.actors.join(",")>
                    <h3 class="tips-rubrik"><Highlighted text=tip.title.clone() query=query.clone()/></h3>
                    <p><Highlighted text=tip.text.clone() query=query.clone()/></p>
                    <p class="tips-for">{origin_label(&tip.origin)}" för "{for_whom}</p>
                    {link}
                    <p class="tips-plan">
                        <AppLink to=Route::Plan>
                            "Lägg till i handlingsplanen"<span class="osynlig">{format!(" – {}", tip.title)}</span>
                        </AppLink>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="tips-lista">{items}</ul> }
}
