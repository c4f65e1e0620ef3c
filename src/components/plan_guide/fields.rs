//! The guide's form fields. Each kind is drawn by one plain function with
//! its change handler type-erased (a `Callback`), so the code that builds a
//! field is in the WASM once however many fields the steps have.
//!
//! Fields are drawn with the plan's values when a step is drawn and write
//! every change back; they are not redrawn while the visitor types (a plan
//! read in draws the step afresh).

use leptos::either::Either;
use leptos::prelude::*;

use crate::plan::{Month, MAX_LONG_TEXT, MAX_SHORT_TEXT};

/// A text field: what it is called and how it is used.
pub struct Text {
    pub id: String,
    pub label: &'static str,
    /// Said to screen readers after the label ("mål 3"), so that fields of
    /// the same name in a list can be told apart.
    pub label_more: String,
    pub optional: bool,
    pub help: Option<&'static str>,
    pub autocomplete: Option<&'static str>,
    /// Several lines (up to `MAX_LONG_TEXT`), or one (`MAX_SHORT_TEXT`).
    pub long: bool,
    pub value: String,
}

impl Text {
    pub fn new(id: String, label: &'static str, value: String) -> Text {
        Text {
            id,
            label,
            label_more: String::new(),
            optional: false,
            help: None,
            autocomplete: None,
            long: false,
            value,
        }
    }
}

/// A labelled text field, with the plan's limit on its length.
pub fn text_field(field: Text, on_input: Callback<String>) -> impl IntoView {
    let Text {
        id,
        label,
        label_more,
        optional,
        help,
        autocomplete,
        long,
        value,
    } = field;
    let help_id = help.map(|_| format!("{id}-hjalp"));
    let described = help_id.clone();
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let control = if long {
        Either::Left(view! {
            <textarea id=id.clone() rows="3" maxlength=MAX_LONG_TEXT.to_string()
                aria-describedby=described prop:value=value on:input=input></textarea>
        })
    } else {
        Either::Right(view! {
            <input id=id.clone() type="text" maxlength=MAX_SHORT_TEXT.to_string() autocomplete=autocomplete
                aria-describedby=described prop:value=value on:input=input/>
        })
    };
    view! {
        <p class="guide-falt">
            <label for=id>
                {label}
                {(!label_more.is_empty()).then(|| view! { <span class="osynlig">{format!(" {label_more}")}</span> })}
                {optional.then(|| view! { " "<span class="frivilligt">"(frivilligt)"</span> })}
            </label>
            {help.map(|h| view! { <span class="hjalptext" id=help_id>{h}</span> })}
            {control}
        </p>
    }
}

/// A month as `<input type="month">`; where the browser shows a text field
/// instead, any way the plan's reader understands ("2025-03", "mars 2025").
/// Its hint turns into the error when what is written is not a month.
pub fn month_field(
    id: String,
    label: &'static str,
    month: Option<Month>,
    on_change: Callback<Option<Month>>,
) -> impl IntoView {
    let wrong = RwSignal::new(false);
    let hint = format!("{id}-tips");
    let read = move |text: String, done: bool| {
        let text = text.trim().to_string();
        let parsed = Month::parse(&text);
        // While typing, a month not yet whole is no error.
        if done || parsed.is_some() || text.is_empty() {
            wrong.set(!text.is_empty() && parsed.is_none());
        }
        on_change.run(parsed);
    };
    view! {
        <p class="guide-falt guide-manad">
            <label for=id.clone()>{label}" "<span class="frivilligt">"(månad)"</span></label>
            <span class="hjalptext" id=hint.clone()>
                {move || if wrong.get() {
                    "Månaden gick inte att läsa. Skriv år och månad, till exempel 2025-03."
                } else {
                    "Till exempel 2025-03."
                }}
            </span>
            <input id=id type="month" min="2000-01" max="2099-12" placeholder="ÅÅÅÅ-MM" aria-describedby=hint
                prop:value=month.map(|m| m.to_string()).unwrap_or_default()
                on:input=move |ev| read(event_target_value(&ev), false)
                on:change=move |ev| read(event_target_value(&ev), true)/>
        </p>
    }
}
