//! "Bädda in": copy-paste snippets for the current view, both ways.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::contract::ELEMENT;
use crate::html::escape;
use crate::route::{to_embed_attrs, ViewState};
use crate::shell::{AppState, Shell};

/// The script-embed snippet.
pub fn script_snippet(app_url: &str, state: &ViewState) -> String {
    let attrs: String = to_embed_attrs(state)
        .iter()
        .map(|(k, v)| format!(" {k}=\"{}\"", escape(v)))
        .collect();
    format!(
        "<script type=\"module\" src=\"{}embed.js\"></script>\n<{ELEMENT}{attrs}></{ELEMENT}>",
        escape(app_url)
    )
}

/// The iframe snippet, with the resize script.
pub fn iframe_snippet(app_url: &str, state: &ViewState, title: &str) -> String {
    let query: Vec<String> = to_embed_attrs(state)
        .iter()
        .map(|(k, v)| format!("{k}={}", crate::route::encode(v)))
        .collect();
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    let app_url = escape(app_url);
    format!(
        "<iframe src=\"{app_url}embed.html{query}\" title=\"{}\" style=\"width:100%;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{app_url}embed-resize.js\"></script>",
        escape(title)
    )
}

#[component]
fn Snippet(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    code: Signal<String>,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let text = code.get_untracked();
        if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
            let _ = clipboard.write_text(&text);
            status.set("Kopierat.".to_string());
        }
    };
    let code_id = format!("{id}-kod");
    view! {
        <div class="snutt">
            <p class="snutt-rubrik" id=id.clone()>{label}</p>
            <pre id=code_id.clone() tabindex="0" role="group" aria-labelledby=id><code>{move || code.get()}</code></pre>
            <button type="button" class="knapp knapp-sekundar" aria-describedby=code_id on:click=copy>"Kopiera koden"</button>
            <span class="kopierat" role="status">{move || status.get()}</span>
        </div>
    }
}

/// `frame_title` is the title the iframe snippet gives the frame.
#[component]
pub fn EmbedPanel(#[prop(into)] frame_title: Signal<String>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let shell = expect_context::<Shell>();
    let (origin, base) = (shell.origin, shell.base.clone());
    let app_url = move || format!("{}{}", origin.get(), base);
    let url2 = app_url.clone();
    let script = Signal::derive(move || app.view.with(|v| script_snippet(&app_url(), v)));
    let iframe = Signal::derive(move || {
        let title = frame_title.get();
        app.view.with(|v| iframe_snippet(&url2(), v, &title))
    });
    // Escape closes the panel and returns focus to its summary.
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            if let Some(details) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            {
                if details.open() {
                    ev.stop_propagation();
                    details.set_open(false);
                    if let Ok(Some(summary)) = details.query_selector("summary") {
                        if let Ok(summary) = summary.dyn_into::<web_sys::HtmlElement>() {
                            summary.focus().ok();
                        }
                    }
                }
            }
        }
    };
    view! {
        <details class="badda-in ram" on:keydown=on_key>
            <summary>"Bädda in på din webbplats"</summary>
            <p>"Visa den här vyn på er egen webbplats. Välj ett av sätten och klistra in koden där den ska synas. Filter och mål följer med."</p>
            <Snippet id="badda-in-skript" label="Med ett skript (rekommenderas)" code=script/>
            <Snippet id="badda-in-iframe" label="Med en iframe (för webbplatser med sträng innehållspolicy)" code=iframe/>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Route;

    #[test]
    fn snippets_carry_goal_and_filter() {
        let s = ViewState {
            route: Route::Goal(3),
            actors: vec!["kommun".into()],
            query: String::new(),
        };
        assert_eq!(
            script_snippet("https://ex.se/strategi/", &s),
            "<script type=\"module\" src=\"https://ex.se/strategi/embed.js\"></script>\n<strategi-mal mal=\"3\" aktor=\"kommun\"></strategi-mal>"
        );
        assert_eq!(
            iframe_snippet("https://ex.se/", &s, "T"),
            "<iframe src=\"https://ex.se/embed.html?mal=3&aktor=kommun\" title=\"T\" style=\"width:100%;border:0\" loading=\"lazy\"></iframe>\n<script src=\"https://ex.se/embed-resize.js\"></script>"
        );
        let overview = ViewState::new(Route::Overview);
        assert_eq!(
            script_snippet("/", &overview),
            "<script type=\"module\" src=\"/embed.js\"></script>\n<strategi-mal></strategi-mal>"
        );
    }

    #[test]
    fn a_title_with_quotes_or_markup_cannot_break_the_iframe_snippet() {
        let s = ViewState::new(Route::Goal(1));
        let snippet = iframe_snippet("/", &s, "Mål 1: \"Våld\" <i>& mer</i>");
        assert!(
            snippet
                .contains("title=\"Mål 1: &quot;Våld&quot; &lt;i&gt;&amp; mer&lt;/i&gt;\" style="),
            "{snippet}"
        );
    }
}
