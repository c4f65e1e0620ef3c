use leptos::prelude::*;

use crate::app::AppState;
use crate::components::highlight::Highlighted;
use crate::content::Tip;
use crate::filter::join_names;
use crate::search::Query;

/// A list of tips, each labelled as our suggestion and for whom.
#[component]
pub fn TipList(tips: Vec<Tip>, #[prop(optional)] query: Query) -> impl IntoView {
    let app = expect_context::<AppState>();
    let names_of = move |ids: &[String]| -> String {
        app.bundle.with_untracked(|b| {
            let names: Vec<&str> = ids
                .iter()
                .filter_map(|id| b.actor(id).map(|a| a.name.as_str()))
                .collect();
            join_names(&names)
        })
    };
    let items = tips
        .into_iter()
        .map(|tip| {
            let for_whom = names_of(&tip.actors);
            let link = tip.link.clone().map(|l| view! { <p class="tips-lank"><a href=l.url>{l.title}</a></p> });
            view! {
                <li class="tips" data-tips=tip.id.clone() data-aktorer=tip.actors.join(",")>
                    <h3 class="tips-rubrik"><Highlighted text=tip.title.clone() query=query.clone()/></h3>
                    <p><Highlighted text=tip.text.clone() query=query.clone()/></p>
                    <p class="tips-for"><span class="etikett">"Förslag"</span>" för "{for_whom}</p>
                    {link}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="tips-lista">{items}</ul> }
}
