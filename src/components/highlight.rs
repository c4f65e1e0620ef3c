use leptos::prelude::*;

use crate::search::{highlight, Query};

/// Text with the search words marked. Built from text pieces, never markup.
#[component]
pub fn Highlighted(#[prop(into)] text: String, query: Query) -> impl IntoView {
    highlight(&text, &query)
        .into_iter()
        .map(|(piece, marked)| {
            if marked {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}
