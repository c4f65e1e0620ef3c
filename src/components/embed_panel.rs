//! "Bädda in": copy-paste snippets for the current view, both ways.

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::contract::ELEMENT;
use crate::html::escape;
use crate::route::{
    frame_folder, frame_folder_for, to_embed_attrs, to_relative_url, Route, ViewState,
};
use crate::shell::{AppState, Shell};

/// The script-embed snippet. `height` (pixels, measured by the panel)
/// reserves the widget's room before its script runs, so the host page does
/// not move when it does.
pub fn script_snippet(app_url: &str, state: &ViewState, height: Option<u32>) -> String {
    let attrs: String = to_embed_attrs(state)
        .iter()
        .map(|(k, v)| format!(" {k}=\"{}\"", escape(v)))
        .collect();
    let style = height.map_or(String::new(), |h| {
        format!(" style=\"display:block;min-height:{h}px\"")
    });
    format!(
        "<script type=\"module\" src=\"{}embed.js\"></script>\n<{ELEMENT}{attrs}{style}></{ELEMENT}>",
        escape(app_url)
    )
}

/// The iframe snippet, with the resize script. The frame shows the frame
/// page of the view (`inbaddad/mal/3/?aktor=kommun`); a view an embed cannot
/// show gives the overview's. `height` reserves the frame's height in pixels
/// so the host page does not move when it loads; without it the resize
/// script sets the height once the frame reports it.
pub fn iframe_snippet(
    app_url: &str,
    state: &ViewState,
    title: &str,
    height: Option<u32>,
) -> String {
    let height = height.map_or(String::new(), |h| format!("height:{h}px;"));
    format!(
        "<iframe src=\"{}\" title=\"{}\" style=\"width:100%;{height}border:0\" loading=\"lazy\"></iframe>\n<script src=\"{}embed-resize.js\"></script>",
        escape(&iframe_src(app_url, state)),
        escape(title),
        escape(app_url)
    )
}

/// The frame page that shows `state` (a view an embed cannot show gives the
/// overview's).
pub fn iframe_src(app_url: &str, state: &ViewState) -> String {
    let route = if state.route.embeddable() {
        state.route
    } else {
        Route::Overview
    };
    // One actor type: the frame pages drawn with that filter, so nothing
    // changes when the frame starts. Several: the islands draw them.
    match state.actors.as_slice() {
        [one] if route.keeps_filter() => format!(
            "{app_url}{}{}",
            frame_folder_for(false, Some(one)),
            to_relative_url(&ViewState::new(route))
        ),
        _ => {
            let shown = ViewState {
                route,
                actors: state.actors.clone(),
                query: String::new(),
            };
            format!(
                "{app_url}{}{}",
                frame_folder(false),
                to_relative_url(&shown)
            )
        }
    }
}

/// The width the reserved height is measured at: a phone's, where the frame
/// is tallest and a host page's layout shift matters most.
pub const MEASURE_WIDTH_PX: u32 = 400;

/// Loads the frame page `src` (our own, same origin) in an invisible frame
/// of [`MEASURE_WIDTH_PX`] without running its scripts, and hands `done` the
/// height of its content. Nothing happens if the page cannot be measured.
fn measure_frame(src: &str, done: impl FnOnce(u32) + 'static) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(el), Some(body)) = (doc.create_element("iframe"), doc.body()) else {
        return;
    };
    let Ok(frame) = el.dyn_into::<web_sys::HtmlIFrameElement>() else {
        return;
    };
    frame.set_attribute("sandbox", "allow-same-origin").ok();
    frame.set_attribute("aria-hidden", "true").ok();
    frame.set_attribute("tabindex", "-1").ok();
    frame
        .set_attribute(
            "style",
            &format!("position:absolute;left:-10000px;top:0;width:{MEASURE_WIDTH_PX}px;height:100px;border:0;visibility:hidden"),
        )
        .ok();
    frame.set_src(src);
    let measured = frame.clone();
    let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
        let height = measured
            .content_document()
            .and_then(|d| d.body())
            .map(|b| b.get_bounding_client_rect().height().ceil());
        measured.remove();
        if let Some(h) = height.filter(|h| *h > 0.0 && *h < 100_000.0) {
            done(h as u32);
        }
    });
    frame.set_onload(Some(on_load.unchecked_ref()));
    body.append_child(&frame).ok();
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
    // The snippets name the site's own files, wherever this view runs.
    let (origin, base) = (shell.origin, shell.assets.clone());
    let app_url = move || format!("{}{}", origin.get(), base);
    let url2 = app_url.clone();
    let url3 = app_url.clone();
    // The height the frame will take, measured in the browser when the
    // panel is open (None until then: the resize script sets it).
    let height = RwSignal::new(None::<(ViewState, u32)>);
    let reserved =
        move |v: &ViewState| height.with(|h| h.as_ref().filter(|(s, _)| s == v).map(|(_, px)| *px));
    let script = Signal::derive(move || {
        app.view
            .with(|v| script_snippet(&app_url(), v, reserved(v)))
    });
    let iframe = Signal::derive(move || {
        let title = frame_title.get();
        app.view
            .with(|v| iframe_snippet(&url2(), v, &title, reserved(v)))
    });
    let measure = move || {
        let state = app.view.get_untracked();
        let src = iframe_src(&url3(), &state);
        measure_frame(&src, move |px| height.set(Some((state.clone(), px))));
    };
    // Measured when the panel opens, and again for each view shown while
    // it is open. Whether it is open is read, never tracked: a plain cell.
    let open = Rc::new(Cell::new(false));
    let measuring = RenderEffect::new({
        let (open, measure) = (open.clone(), measure.clone());
        move |_| {
            let _ = app.view.with(|v| v.route);
            if open.get() {
                measure();
            }
        }
    });
    // (A render effect, dropped with the panel: less code than an `Effect`.)
    on_cleanup(move || drop(measuring));
    let on_toggle = move |ev: leptos::ev::Event| {
        if let Some(details) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            open.set(details.open());
            if details.open() {
                measure();
            }
        }
    };
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
        <details class="badda-in ram" on:keydown=on_key on:toggle=on_toggle>
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

    #[test]
    fn snippets_carry_goal_and_filter() {
        let s = ViewState {
            route: Route::Goal(3),
            actors: vec!["kommun".into()],
            query: String::new(),
        };
        assert_eq!(
            script_snippet("https://ex.se/strategi/", &s, None),
            "<script type=\"module\" src=\"https://ex.se/strategi/embed.js\"></script>\n<strategi-mal mal=\"3\" aktor=\"kommun\"></strategi-mal>"
        );
        assert_eq!(
            iframe_snippet("https://ex.se/", &s, "T", None),
            "<iframe src=\"https://ex.se/inbaddad/kommun/mal/3/\" title=\"T\" style=\"width:100%;border:0\" loading=\"lazy\"></iframe>\n<script src=\"https://ex.se/embed-resize.js\"></script>"
        );
        assert_eq!(
            iframe_snippet("https://ex.se/strategi/", &s, "T", Some(1234)),
            "<iframe src=\"https://ex.se/strategi/inbaddad/kommun/mal/3/\" title=\"T\" style=\"width:100%;height:1234px;border:0\" loading=\"lazy\"></iframe>\n<script src=\"https://ex.se/strategi/embed-resize.js\"></script>"
        );
        assert_eq!(
            script_snippet("https://ex.se/", &s, Some(2345)),
            "<script type=\"module\" src=\"https://ex.se/embed.js\"></script>\n<strategi-mal mal=\"3\" aktor=\"kommun\" style=\"display:block;min-height:2345px\"></strategi-mal>"
        );
        let overview = ViewState::new(Route::Overview);
        assert_eq!(
            script_snippet("/", &overview, None),
            "<script type=\"module\" src=\"/embed.js\"></script>\n<strategi-mal></strategi-mal>"
        );
    }

    #[test]
    fn the_iframe_shows_the_frame_page_of_each_embeddable_view() {
        let with = |route, actors: &[&str], query: &str| ViewState {
            route,
            actors: actors.iter().map(|a| a.to_string()).collect(),
            query: query.to_string(),
        };
        let table: &[(ViewState, &str)] = &[
            (with(Route::Overview, &[], ""), "/inbaddad/"),
            (with(Route::Goal(8), &[], ""), "/inbaddad/mal/8/"),
            (
                with(Route::Tips, &["kommun", "region"], "freda"),
                "/inbaddad/tips/?aktor=kommun,region",
            ),
            (with(Route::About, &[], ""), "/inbaddad/om/"),
            (with(Route::Accessibility, &[], ""), "/inbaddad/"),
            (with(Route::NotFound, &[], ""), "/inbaddad/"),
        ];
        for (state, src) in table {
            let snippet = iframe_snippet("/", state, "T", None);
            assert!(
                snippet.starts_with(&format!("<iframe src=\"{src}\" title=")),
                "{snippet}"
            );
        }
    }

    #[test]
    fn a_title_with_quotes_or_markup_cannot_break_the_iframe_snippet() {
        let s = ViewState::new(Route::Goal(1));
        let snippet = iframe_snippet("/", &s, "Mål 1: \"Våld\" <i>& mer</i>", None);
        assert!(
            snippet
                .contains("title=\"Mål 1: &quot;Våld&quot; &lt;i&gt;&amp; mer&lt;/i&gt;\" style="),
            "{snippet}"
        );
    }
}
