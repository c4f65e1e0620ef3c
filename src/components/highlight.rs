use leptos::either::Either;
use leptos::prelude::*;

use crate::search::{highlight, Query};

/// Text with the search words marked. Built from text pieces, never markup.
#[component]
pub fn Highlighted(#[prop(into)] text: String, query: Query) -> impl IntoView {
    highlight(&text, &query)
        .into_iter()
        .map(|(piece, marked)| {
            // Either, not into_any: AnyView would bring async hydration code.
            if marked {
                Either::Left(view! { <mark>{piece}</mark> })
            } else {
                Either::Right(piece)
            }
        })
        .collect_view()
}
