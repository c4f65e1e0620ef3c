use leptos::prelude::*;

use crate::status::Status;

/// The status in words with a symbol; never colour alone.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    view! {
        <span class=format!("status {}", status.class())>
            <span class="status-symbol" aria-hidden="true">{status.symbol()}</span>
            " "
            {status.label()}
        </span>
    }
}
