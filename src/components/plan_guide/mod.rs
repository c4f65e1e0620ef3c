//! "Vår handlingsplan": the guide that helps an organisation write its own
//! action plan in four steps, mounted in the place the plan's view leaves
//! for it (`routes::plan`), by the plan's own bundle (`browser::plan`).
//!
//! The plan lives in the page's address only (`crate::plan::to_fragment`):
//! every change is written there, and nothing is stored anywhere else. What
//! touches the live page (the address, the clipboard, files, printing,
//! focus) is done by the [`GuideEdges`] the browser code gives the guide, so
//! the guide itself is views and signals and renders natively in tests.

pub mod fields;
pub mod measures;
pub mod state;
pub mod steps;
pub mod summary;

use std::hash::Hash;
use std::sync::Arc;

use leptos::either::EitherOf4;
use leptos::prelude::*;

use crate::content::Bundle;
use crate::filter::Actor;
use crate::islands::PlanGoal;
use crate::plan::{open_file, MAX_FILE_BYTES};

use measures::choose_step;
use state::{fragment_of, GuideState, Source, STEPS};
use steps::{analyse_step, organisation_step};
use summary::{follow_up_step, printed_plan};

/// What the guide shows and looks up; fixed while the page lives.
pub struct GuideContent {
    pub goals: Vec<PlanGoal>,
    pub actors: Vec<Actor>,
    /// The content as the plan formats read it (`PlanData::content`).
    pub bundle: Bundle,
    /// The page's address without a fragment; the plan's link is this, `#`
    /// and the plan.
    pub page_url: String,
    /// Today as "2026-12-01", for file names and the printed plan.
    pub today: String,
}

impl GuideContent {
    pub fn goal(&self, number: u8) -> Option<&PlanGoal> {
        self.goals.iter().find(|g| g.number == number)
    }

    /// "Mål 3: Upptäcka tidigt".
    pub fn goal_title(&self, number: u8) -> String {
        match self.goal(number) {
            Some(g) => format!("Mål {number}: {}", g.short_name),
            None => format!("Mål {number}"),
        }
    }

    pub fn actor_name(&self, id: &str) -> Option<&str> {
        self.actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.as_str())
    }

    /// The plan's link for `fragment` ("" for an empty plan).
    pub fn link(&self, fragment: &str) -> String {
        if fragment.is_empty() {
            self.page_url.clone()
        } else {
            format!("{}#{fragment}", self.page_url)
        }
    }
}

/// What the guide asks of the live page.
#[derive(Clone, Copy)]
pub struct GuideEdges {
    /// Puts the plan's fragment in the address ("" for none), in place of
    /// the current history entry, or (`true`) as a new one.
    pub write_link: Callback<(String, bool)>,
    /// Copies the text; the callback says whether it worked.
    pub copy: Callback<(String, Callback<bool>)>,
    /// Offers a file to save: its name, MIME type and text.
    pub download: Callback<(String, &'static str, String)>,
    /// Reads a file the visitor chose, at most [`MAX_FILE_BYTES`] and one
    /// byte more; `None` when it cannot be read.
    pub read: Callback<(web_sys::File, Callback<Option<Vec<u8>>>)>,
    /// Opens the browser's print dialog.
    pub print: Callback<()>,
    /// Moves focus to the element with this id.
    pub focus: Callback<String>,
}

impl GuideEdges {
    /// Edges that do nothing: for rendering in tests.
    pub fn inert() -> GuideEdges {
        GuideEdges {
            write_link: Callback::new(|_| {}),
            copy: Callback::new(|_| {}),
            download: Callback::new(|_| {}),
            read: Callback::new(|_| {}),
            print: Callback::new(|_| {}),
            focus: Callback::new(|_| {}),
        }
    }
}

/// Everything a part of the guide reads (a context).
#[derive(Clone)]
pub struct Guide {
    pub state: GuideState,
    pub edges: GuideEdges,
    pub content: Arc<GuideContent>,
}

impl Guide {
    /// Reads the file the visitor chose and puts its plan in place of the
    /// current one (a new history entry, so Back brings the old one back).
    pub fn open(&self, file: web_sys::File) {
        let name = file.name();
        let guide = self.clone();
        let done = Callback::new(move |bytes: Option<Vec<u8>>| {
            let loaded = match bytes {
                Some(bytes) => open_file(&bytes, &guide.content.bundle),
                None => crate::plan::Loaded {
                    plan: Default::default(),
                    messages: vec![FILE_UNREADABLE.to_string()],
                },
            };
            let refused = loaded.plan.is_empty() && !loaded.messages.is_empty();
            if refused {
                // Nothing read: the plan on the page stays as it was.
                guide.state.notice.set(Some(state::Notice {
                    title: format!("Det gick inte att öppna någon plan från {name}"),
                    messages: loaded.messages,
                    error: true,
                }));
                return;
            }
            let fragment = guide.state.take(loaded, Source::File, Some(&name));
            guide.edges.write_link.run((fragment, true));
        });
        self.edges.read.run((file, done));
    }
}

/// Said when the browser could not read a chosen file.
const FILE_UNREADABLE: &str = "Filen gick inte att läsa. Försök igen, eller välj en annan fil.";

/// The guide: what it is, where the plan lives, the four steps, and the
/// plan as it prints. (The guide's parts are plain functions, not
/// components: a component's props and constructor cost WASM.)
pub fn plan_guide(
    state: GuideState,
    edges: GuideEdges,
    content: Arc<GuideContent>,
) -> impl IntoView {
    provide_context(Guide {
        state,
        edges,
        content: content.clone(),
    });
    // Every change goes to the address at once, in place of the current
    // entry: the link is the plan.
    Effect::new(move |_| {
        let fragment = state.draft.with(|d| fragment_of(&d.plan));
        if state.written.with_value(|w| *w != fragment) {
            state.written.set_value(fragment.clone());
            edges.write_link.run((fragment, false));
        }
    });
    // A step is drawn afresh when it is entered and when a plan is read in.
    let step = remount(
        move || Some(state.generation.get() * 8 + u32::from(state.step.get())),
        |key| match key % 8 {
            1 => EitherOf4::A(organisation_step()),
            2 => EitherOf4::B(analyse_step()),
            3 => EitherOf4::C(choose_step()),
            _ => EitherOf4::D(follow_up_step()),
        },
    );
    view! {
        <section class="guide" aria-labelledby="guide-rubrik">
            <div class="guide-skarm">
                <h2 id="guide-rubrik">"Gör er handlingsplan"</h2>
                <p>"Fyra steg: vilka ni är, hur det går för målen, vilka åtgärder ni väljer och hur ni följer upp dem. Ni kan gå mellan stegen när ni vill."</p>
                {guide_notice()}
                {keep_plan()}
                {step_list()}
                {step}
                <p class="osynlig" role="status" aria-live="polite">{move || state.announcement.get()}</p>
            </div>
            {printed_plan()}
        </section>
    }
}

/// Draws `view(key)` afresh whenever `key()` changes, and nothing for
/// `None`. A keyed list of one: tachys never rebuilds a keyed item in place,
/// and the code to rebuild a large view would cost more WASM than the view.
pub fn remount<K, I, V>(
    key: impl Fn() -> I + Send + Sync + 'static,
    view: impl Fn(K) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    I: IntoIterator<Item = K> + Send + 'static,
    K: Eq + Hash + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! { <For each=key key=|k: &K| k.clone() children=view/> }
}

/// What reading a plan (from the link or a file) found, above the steps:
/// an alert when something could not be read, otherwise a status.
fn guide_notice() -> impl IntoView {
    let notice = expect_context::<Guide>().state.notice;
    move || {
        notice.get().map(|n| {
            let items = n.messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view();
            view! {
                <div class="notis guide-notis" class:notis-fel=n.error role=if n.error { "alert" } else { "status" }>
                    <p class="guide-notis-rubrik">{n.title}</p>
                    <ul>{items}</ul>
                    <button type="button" class="knapp knapp-sekundar" on:click=move |_| notice.set(None)>"Stäng meddelandet"</button>
                </div>
            }
        })
    }
}

/// Where the plan is kept (in the link, nowhere else), the link to copy,
/// and a saved plan to open.
fn keep_plan() -> impl IntoView {
    let guide = expect_context::<Guide>();
    let open = {
        let guide = guide.clone();
        move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                guide.open(file);
            }
            // The same file can be chosen again.
            input.set_value("");
        }
    };
    view! {
        <div class="guide-spara">
            <p>"Vi sparar ingenting av planen, varken hos oss, i kakor eller i webbläsaren. Det är med flit: en dator eller telefon som andra använder ska inte visa spår av planen. Hela planen finns i stället i sidans länk, som ändras medan ni fyller i. Spara länken, till exempel i ett mejl till er själva, eller spara planen som fil i steg 4. Den som har länken kan se planen."</p>
            {copy_link("guide-lank-upptill")}
            <p class="guide-oppna">
                <label for="guide-oppna-fil">"Öppna en plan som ni har sparat som fil (JSON eller CSV)"</label>
                <input id="guide-oppna-fil" type="file" accept=".json,.csv,application/json,text/csv" on:change=open/>
            </p>
            <p class="hjalptext">{format!("Filen läses bara här i webbläsaren och skickas inte någonstans. Högst {} MB.", MAX_FILE_BYTES / (1024 * 1024))}</p>
        </div>
    }
}

/// "Kopiera länken", and the link itself in a read-only field, to copy by
/// hand where the browser does not let the page copy it. `id` names the
/// field (the guide has two).
pub fn copy_link(id: &str) -> impl IntoView {
    let guide = expect_context::<Guide>();
    let content = guide.content.clone();
    let draft = guide.state.draft;
    let link = move || content.link(&draft.with(|d| fragment_of(&d.plan)));
    let said = RwSignal::new("");
    let link_now = link.clone();
    let copy = move |_| {
        let done = Callback::new(move |ok: bool| {
            said.set(if ok {
                "Länken är kopierad. Klistra in den där ni vill spara den."
            } else {
                "Det gick inte att kopiera här. Markera länken i fältet och kopiera den."
            })
        });
        guide.edges.copy.run((untrack(&link_now), done));
    };
    let field = format!("{id}-falt");
    view! {
        <p class="guide-kopiera">
            <button type="button" class="knapp" on:click=copy>"Kopiera länken"</button>
            <span class="kopierat" role="status">{move || said.get()}</span>
        </p>
        <p class="guide-lankfalt">
            <label for=field.clone()>"Länken till planen"</label>
            <input id=field type="text" readonly prop:value=link/>
        </p>
    }
}

/// "Steg 1 av 4": the steps as buttons, the current one marked.
fn step_list() -> impl IntoView {
    let state = expect_context::<Guide>().state;
    let items = (1..=4u8)
        .map(|n| {
            let current = move || state.step.get() == n;
            view! {
                <li>
                    <button type="button" class="guide-stegknapp"
                        aria-current=move || current().then_some("step")
                        on:click=move |_| state.go(n)>
                        <span class="guide-stegnummer" aria-hidden="true">{n}</span>
                        <span class="osynlig">{format!("Steg {n}: ")}</span>
                        {STEPS[usize::from(n - 1)]}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="guide-steglista" aria-label="Guidens steg">
            <ol>{items}</ol>
        </nav>
    }
}

/// One step: "Steg 2 av 4" and its name as the heading (which takes focus
/// when the step is entered), what it holds (`body`), and the way on. (A
/// plain function with a typed body: `Children` would bring `AnyView`.)
pub fn step_section(n: u8, body: impl IntoView) -> impl IntoView {
    let guide = expect_context::<Guide>();
    let state = guide.state;
    let heading = format!("guide-steg-{n}");
    let labelled = heading.clone();
    let focus = heading.clone();
    Effect::new(move |_| {
        if state.focus_step.get_untracked() {
            state.focus_step.set(false);
            guide.edges.focus.run(focus.clone());
        }
    });
    let back = (n > 1).then(|| {
        view! {
            <button type="button" class="knapp knapp-sekundar" on:click=move |_| state.go(n - 1)>
                {format!("Föregående: {}", STEPS[usize::from(n - 2)])}
            </button>
        }
    });
    let next = (n < 4).then(|| {
        view! {
            <button type="button" class="knapp" on:click=move |_| state.go(n + 1)>
                {format!("Nästa: {}", STEPS[usize::from(n)])}
            </button>
        }
    });
    view! {
        <section class="guide-steg" aria-labelledby=labelled>
            <h3 id=heading tabindex="-1">
                <span class="guide-stegrad">{format!("Steg {n} av 4")}</span>
                " "
                {STEPS[usize::from(n - 1)]}
            </h3>
            {body}
            <p class="guide-vidare">{back}{next}</p>
        </section>
    }
}
