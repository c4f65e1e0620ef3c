//! Links that work as plain links (prerendered, new tab, no JavaScript) and
//! navigate inside the app on a normal click.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::route::{Route, ViewState};
use crate::shell::{AppState, Shell};

/// True for a plain left click that the app may handle itself; a click with
/// a modifier (new tab, new window, download) is left to the browser.
pub fn is_plain_click(ev: &MouseEvent) -> bool {
    !(ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key())
}

/// A link to another view of the app. It carries the chosen actor types
/// along, as they are when it is clicked.
///
/// Its children keep their type (`TypedChildren`): `Children` would erase
/// them into an `AnyView`, whose code the islands otherwise do without.
#[component]
pub fn AppLink<C>(
    to: Route,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional)] current: bool,
    children: TypedChildren<C>,
) -> impl IntoView
where
    C: IntoView + 'static,
{
    let (href, on_click) = link_to(to);
    view! {
        <a href=href class=class aria-current=current.then_some("page") on:click=on_click>
            {children.into_inner()()}
        </a>
    }
}

/// An app link's address, which follows the chosen actor types, and its
/// click handler. Apart from the generic `AppLink`, so every kind of
/// children shares one copy of their code.
fn link_to(to: Route) -> (impl Fn() -> String, impl Fn(MouseEvent)) {
    let shell = expect_context::<Shell>();
    let app = expect_context::<AppState>();
    let target = move |v: &ViewState| ViewState {
        route: to,
        actors: v.actors.clone(),
        query: String::new(),
    };
    let navigate = shell.navigate;
    let href = move || app.view.with(|v| shell.href(&target(v)));
    let on_click = move |ev: MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            navigate.run(app.view.with_untracked(target));
        }
    };
    (href, on_click)
}

/// A link to a place on the same view. Inside a shadow root a plain
/// `#id` link would address the host page, so the shell moves focus instead.
#[component]
pub fn InPageLink(
    #[prop(into)] target: String,
    #[prop(optional, into)] class: Option<String>,
    children: Children,
) -> impl IntoView {
    let shell = expect_context::<Shell>();
    let focus_id = shell.focus_id;
    let href = format!("#{target}");
    let on_click = move |ev: MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            focus_id.run(target.clone());
        }
    };
    view! { <a href=href class=class on:click=on_click>{children()}</a> }
}
