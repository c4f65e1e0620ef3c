use leptos::prelude::*;

use crate::components::link::AppLink;
use crate::route::Route;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="ram vy vy-saknas">
            <h1 tabindex="-1">"Sidan finns inte"</h1>
            <p>"Adressen leder inte till någon sida här. Strategin har mål 1–8."</p>
            <p><AppLink to=Route::Overview>"Till startsidan med alla mål"</AppLink></p>
        </div>
    }
}
