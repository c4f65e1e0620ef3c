use leptos::prelude::*;

use crate::components::layout::HelpLines;
use crate::content::SCHEMA_VERSION;
use crate::shell::{Shell, SiteContent};

#[component]
pub fn About() -> impl IntoView {
    let content = expect_context::<SiteContent>();
    let shell = expect_context::<Shell>();
    let b = content.bundle.get_untracked();
    let s = b.strategy.clone();
    let forms = s
        .violence_forms
        .iter()
        .map(|f| view! { <li>{f.clone()}</li> })
        .collect_view();
    let partners = s
        .partners
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{p.name.clone()}</th>
                    <td>{p.joined.clone()}</td>
                    <td>{p.role.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let plans = s
        .action_plans
        .iter()
        .map(|p| {
            let focus = p
                .focus
                .iter()
                .map(|f| view! { <li>{f.clone()}</li> })
                .collect_view();
            view! {
                <li>
                    <h3>{format!("Handlingsplan {}", p.period)}</h3>
                    <p>{p.text.clone()}</p>
                    {(!p.focus.is_empty()).then(|| view! { <ul class="punkter">{focus}</ul> })}
                </li>
            }
        })
        .collect_view();
    let figures = s
        .follow_up
        .key_figures
        .iter()
        .map(|k| view! { <li><strong>{k.value.clone()}</strong>" "{k.text.clone()}" ("{k.year}")"</li> })
        .collect_view();
    let actors = s
        .actor_types
        .iter()
        .map(|a| view! { <div><dt>{a.name.clone()}</dt><dd>{a.description.clone()}</dd></div> })
        .collect_view();
    let sources = s
        .about
        .sources
        .iter()
        .map(|l| view! { <li><a href=l.url.clone()>{l.title.clone()}</a></li> })
        .collect_view();
    let follow_source = s.follow_up.source.clone();
    let period = b.period_text();
    let predecessor = s.predecessor.clone().map(|p| {
        view! { <p>{p.text}" "<a href=p.url>{p.name}</a></p> }
    });
    let national = s.national_strategy.clone().map(|n| {
        view! {
            <h2>"Den nationella strategin"</h2>
            <p>{n.text}" "<a href=n.source.url>{n.source.title}</a></p>
        }
    });
    let terms = s
        .follow_up
        .terms
        .iter()
        .map(|t| view! { <div><dt>{t.term.clone()}</dt><dd>{t.text.clone()}</dd></div> })
        .collect_view();
    let help_lines = s.help_lines.clone();
    view! {
        <div class="ram vy vy-om">
            <h1 tabindex="-1">"Om strategin"</h1>
            <p class="ingress">{s.title.clone()}</p>
            <p>{period}</p>
            {predecessor}

            <h2>"Syfte"</h2>
            <p>{s.purpose.clone()}</p>
            <h2>"Vision"</h2>
            <p>{s.vision.clone()}</p>
            <h2>"Våld som strategin omfattar"</h2>
            <ul class="punkter">{forms}</ul>

            <h2>"Vilka står bakom?"</h2>
            <p>{s.partners_text.clone()}</p>
            <div class="tabell-ram" role="region" aria-label="Tabell: samverkansparter" tabindex="0">
                <table>
                    <caption>"Samverkansparter"</caption>
                    <thead><tr><th scope="col">"Part"</th><th scope="col">"Med sedan"</th><th scope="col">"Roll"</th></tr></thead>
                    <tbody>{partners}</tbody>
                </table>
            </div>

            <h2>"Handlingsplaner"</h2>
            <ul class="planer">{plans}</ul>

            <h2>"Så följs strategin upp"</h2>
            <p>{s.follow_up.text.clone()}</p>
            <ul class="nyckeltal">{figures}</ul>
            <dl class="begrepp">{terms}</dl>
            <p class="kalla">"Källa: "<a href=follow_source.url>{follow_source.title}</a></p>

            <h2 id="status">"Så räknas status"</h2>
            <p>{s.status_rule.text.clone()}</p>

            <h2>"Förslagen: från strategin eller förslag"</h2>
            <p>"Under \"Vad kan ni göra?\" står två sorters förslag. De som är märkta \"Från strategin\" kommer från strategins egna målsidor och har en länk dit. De som är märkta \"Förslag\" är exempel på hur en organisation kan arbeta mot målet, utifrån målets förutsättningar, indikatorer och åtaganden. De är inte myndigheternas officiella råd."</p>

            <h2>"Aktörstyper"</h2>
            <p>"Förslagen är märkta med en eller flera av de här aktörstyperna."</p>
            <dl class="aktorstyper">{actors}</dl>

            {national}

            <h2 id="stod">"Stöd och hjälp"</h2>
            <HelpLines lines=help_lines/>

            <h2>"Öppna data"</h2>
            <p>"Allt innehåll går att ladda ner och använda fritt:"</p>
            <ul class="punkter">
                <li>
                    <a href=shell.asset("data/indikatorer.csv")>"indikatorer.csv"</a>
                    ": alla indikatorvärden, en rad per värde. Kolumner: mal, indikator_id, indikator, serie, ar, varde, enhet, kalla, kalla_url. UTF-8 med rubrikrad."
                </li>
                <li>
                    <a href=shell.asset("data/innehall.json")>"innehall.json"</a>
                    {format!(": hela innehållet, schemaversion {SCHEMA_VERSION}. Fälten har samma namn som i innehållsfilerna: strategi, mal, och för varje mål bland annat indikatorer med serier och punkter (ar, varde) samt tips med aktorer.")}
                </li>
            </ul>

            <h2>"Om innehållet"</h2>
            <p>{s.about.text.clone()}</p>
            <p>{format!("Uppgifterna sammanställdes {} ur källorna nedan.", s.about.compiled)}</p>
            <h3>"Källor"</h3>
            <ul class="kallor">{sources}</ul>
        </div>
    }
}
