use leptos::prelude::*;

use crate::shell::SiteContent;

/// The accessibility statement, following DIGG's model.
#[component]
pub fn Accessibility() -> impl IntoView {
    let content = expect_context::<SiteContent>();
    let b = content.bundle.get_untracked();
    let a = b.strategy.accessibility.clone();
    let gaps = a
        .known_gaps
        .iter()
        .map(|g| view! { <li>{g.clone()}</li> })
        .collect_view();
    view! {
        <div class="ram vy vy-tillganglighet">
            <h1 tabindex="-1">"Tillgänglighetsredogörelse"</h1>
            <p class="ingress">"Här beskriver vi hur den här webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem."</p>

            <h2>"Hur tillgänglig är webbplatsen?"</h2>
            <p>"Vi bedömer att webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Målet är att uppfylla WCAG 2.1 på nivå AA. De brister vi känner till står nedan."</p>
            <p>"Webbplatsen går att läsa utan JavaScript, fungerar med enbart tangentbord och på små skärmar, och följer inställningar för mörkt läge och minskad rörelse."</p>

            <h2>"Kända brister"</h2>
            <ul class="punkter">{gaps}</ul>

            <h2>"Rapportera brister"</h2>
            <p>"Om du stöter på något som hindrar dig från att ta del av innehållet vill vi veta det. Du kan också be om innehållet i ett annat format."</p>
            <p>"Kontakt: "<a href=a.contact_url.clone()>{a.contact.clone()}</a></p>

            <h2>"Tillsyn"</h2>
            <p>"Myndigheten för digital förvaltning (Digg) har ansvar för tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg."</p>

            <h2>"Hur vi har testat webbplatsen"</h2>
            <p>"Varje ändring testas automatiskt med verktyget axe mot WCAG 2.1 AA på alla sidor, i ljust och mörkt läge och i tre skärmbredder, och med ett test där hela webbplatsen används med enbart tangentbord."</p>
            <p>{format!("Redogörelsen granskades senast {}.", a.reviewed)}</p>
        </div>
    }
}
