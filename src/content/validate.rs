//! Rules every bundle must meet, whether it comes from `content/` at build
//! time or from a remote URL at run time. Each problem names the file, the
//! goal and the field, and says what was expected.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::key::Key;
use super::model::{
    Bundle, CommitmentKind, Goal, Indicator, Link, TipOrigin, Unit, SCHEMA_VERSION,
};

/// One thing wrong with the content, located as precisely as we can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file the problem is in, e.g. "content/mal-3.toml" or "innehall.json".
    pub file: String,
    /// "Mål 3", or empty for the strategy as a whole.
    pub goal: String,
    /// Dotted path to the field, e.g. "indikatorer[2].serier[0].punkter[1].ar".
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.goal.is_empty() {
            write!(f, ", {}", self.goal)?;
        }
        if !self.field.is_empty() {
            write!(f, ", fält `{}`", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Where each part of a bundle came from, so problems can name the file.
pub trait SourceNames {
    fn strategy_file(&self) -> String;
    fn goal_file(&self, index: usize, goal: &Goal) -> String;
}

/// A bundle read as one file (the JSON bundle): every problem names that file.
pub struct SingleFile<'a>(pub &'a str);

impl SourceNames for SingleFile<'_> {
    fn strategy_file(&self) -> String {
        self.0.to_string()
    }
    fn goal_file(&self, _: usize, _: &Goal) -> String {
        self.0.to_string()
    }
}

struct Checker<'a> {
    problems: Vec<Problem>,
    file: String,
    goal: String,
    names: &'a dyn SourceNames,
}

impl Checker<'_> {
    fn report(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.clone(),
            goal: self.goal.clone(),
            field: field.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(field, "får inte vara tomt; skriv en text");
        }
    }

    fn texts(&mut self, field: &str, values: &[String]) {
        if values.is_empty() {
            self.report(field, "behöver minst en rad");
        }
        for (i, v) in values.iter().enumerate() {
            self.text(&format!("{field}[{i}]"), v);
        }
    }

    fn url(&mut self, field: &str, url: &str) {
        let ok = url.strip_prefix("https://").is_some_and(|rest| {
            rest.split('/')
                .next()
                .is_some_and(|host| host.contains('.'))
        }) && !url
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>');
        if !ok {
            self.report(
                field,
                format!("länken \"{url}\" ska vara en fullständig https-adress, t.ex. https://www.example.se/sida"),
            );
        }
    }

    fn link(&mut self, field: &str, link: &Link) {
        self.text(&format!("{field}.namn"), &link.title);
        self.url(&format!("{field}.url"), &link.url);
    }

    fn date(&mut self, field: &str, value: &str) {
        if !is_iso_date(value) {
            self.report(
                field,
                format!("\"{value}\" ska vara ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-11-26"),
            );
        }
    }
}

/// The allowed words, quoted and joined: "\"a\" eller \"b\"".
fn words(list: &[&str]) -> String {
    let quoted: Vec<String> = list.iter().map(|w| format!("\"{w}\"")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} eller {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// True for a plausible ISO calendar date, "YYYY-MM-DD".
pub fn is_iso_date(value: &str) -> bool {
    let b = value.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| value.get(r).and_then(|s| s.parse::<u32>().ok());
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => {
            (2000..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
        }
        _ => false,
    }
}

/// Which parts of a bundle could be read. When a file does not parse, the
/// rest is still checked, minus the checks that would only report the
/// missing part again ("mål 7 saknas", every actor type unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Read {
    /// `strategi.toml` parsed.
    pub strategy: bool,
    /// Every goal file parsed.
    pub all_goals: bool,
}

/// Checks a whole bundle. Returns every problem found, not just the first,
/// so an editor can fix them all in one go.
pub fn validate(bundle: &Bundle, names: &dyn SourceNames) -> Result<(), Vec<Problem>> {
    let everything = Read {
        strategy: true,
        all_goals: true,
    };
    validate_read(bundle, names, everything)
}

/// Like [`validate`], for a bundle of which some files could not be read.
pub fn validate_read(
    bundle: &Bundle,
    names: &dyn SourceNames,
    read: Read,
) -> Result<(), Vec<Problem>> {
    let mut c = Checker {
        problems: Vec::new(),
        file: names.strategy_file(),
        goal: String::new(),
        names,
    };

    if bundle.schema != SCHEMA_VERSION {
        c.report(
            "schema",
            format!(
                "okänd schemaversion {}; appen läser version {SCHEMA_VERSION}",
                bundle.schema
            ),
        );
        // Nothing else can be trusted in a bundle of another version.
        return Err(c.problems);
    }

    if read.strategy {
        check_strategy(&mut c, bundle);
    }

    let actor_ids: HashSet<&str> = bundle
        .strategy
        .actor_types
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    let mut numbers_seen = HashSet::new();
    let mut tip_ids = HashSet::new();
    let mut keys = Keys::default();
    for (i, goal) in bundle.goals.iter().enumerate() {
        c.file = c.names.goal_file(i, goal);
        c.goal = format!("Mål {}", goal.number);
        if !(1..=8).contains(&goal.number) {
            c.report(
                "nummer",
                format!("målnummer {} finns inte; använd 1–8", goal.number),
            );
        } else if !numbers_seen.insert(goal.number) {
            c.report(
                "nummer",
                format!(
                    "mål {} finns mer än en gång; varje nummer 1–8 ska finnas exakt en gång",
                    goal.number
                ),
            );
        }
        check_goal(
            &mut c,
            goal,
            read.strategy.then_some(&actor_ids),
            &mut tip_ids,
            &mut keys,
            &bundle.strategy.actor_types,
            read.strategy
                .then_some(bundle.strategy.help_lines.as_slice()),
        );
    }

    c.file = names.strategy_file();
    c.goal = String::new();
    let missing: Vec<String> = (1..=8u8)
        .filter(|n| !numbers_seen.contains(n))
        .map(|n| n.to_string())
        .collect();
    if !missing.is_empty() && read.all_goals {
        c.report(
            "mal",
            format!("mål {} saknas; alla mål 1–8 ska finnas", missing.join(", ")),
        );
    }

    if c.problems.is_empty() {
        Ok(())
    } else {
        Err(c.problems)
    }
}

fn check_strategy(c: &mut Checker<'_>, bundle: &Bundle) {
    let s = &bundle.strategy;
    c.text("titel", &s.title);
    c.text("kortnamn", &s.short_name);
    c.text("period", &s.period);
    c.text("ingress", &s.intro);
    c.text("syfte", &s.purpose);
    c.text("vision", &s.vision);
    c.texts("valdstyper", &s.violence_forms);
    c.text("parter_text", &s.partners_text);
    if s.partners.is_empty() {
        c.report("parter", "behöver minst en samverkanspart");
    }
    for (i, p) in s.partners.iter().enumerate() {
        c.text(&format!("parter[{i}].namn"), &p.name);
        c.text(&format!("parter[{i}].anslot"), &p.joined);
    }
    if s.action_plans.is_empty() {
        c.report("handlingsplaner", "behöver minst en handlingsplan");
    }
    for (i, p) in s.action_plans.iter().enumerate() {
        c.text(&format!("handlingsplaner[{i}].period"), &p.period);
        c.text(&format!("handlingsplaner[{i}].text"), &p.text);
    }
    c.text("uppfoljning.text", &s.follow_up.text);
    for (i, t) in s.follow_up.terms.iter().enumerate() {
        c.text(&format!("uppfoljning.begrepp[{i}].term"), &t.term);
        c.text(&format!("uppfoljning.begrepp[{i}].text"), &t.text);
    }
    if let Some(p) = &s.predecessor {
        c.text("ersatter.namn", &p.name);
        c.text("ersatter.text", &p.text);
        c.url("ersatter.url", &p.url);
    }
    if let Some(n) = &s.national_strategy {
        c.text("nationell_strategi.text", &n.text);
        c.link("nationell_strategi.kalla", &n.source);
    }
    c.link("uppfoljning.kalla", &s.follow_up.source);
    for (i, k) in s.follow_up.key_figures.iter().enumerate() {
        c.text(&format!("uppfoljning.nyckeltal[{i}].varde"), &k.value);
        c.text(&format!("uppfoljning.nyckeltal[{i}].text"), &k.text);
    }
    if s.help_lines.is_empty() {
        c.report("stodlinjer", "behöver minst en stödlinje");
    } else if !s.help_lines.iter().any(|h| h.in_help_box) {
        c.report(
            "stodlinjer",
            "minst en stödlinje ska visas i hjälprutan på varje sida (hjalpruta = true)",
        );
    }
    for (i, h) in s.help_lines.iter().enumerate() {
        c.text(&format!("stodlinjer[{i}].namn"), &h.name);
        c.text(&format!("stodlinjer[{i}].malgrupp"), &h.audience);
        c.text(&format!("stodlinjer[{i}].text"), &h.text);
        if let Some(link) = &h.link {
            c.link(&format!("stodlinjer[{i}].lank"), link);
        }
        let digits = h.phone.chars().filter(char::is_ascii_digit).count();
        if digits < 3
            || h.phone
                .chars()
                .any(|ch| !(ch.is_ascii_digit() || ch == ' ' || ch == '-'))
        {
            c.report(
                format!("stodlinjer[{i}].telefon"),
                format!(
                    "\"{}\" ska vara ett telefonnummer med siffror, mellanslag och bindestreck",
                    h.phone
                ),
            );
        }
    }
    if s.actor_types.is_empty() {
        c.report("aktorstyper", "behöver minst en aktörstyp");
    }
    let mut ids = HashSet::new();
    for (i, a) in s.actor_types.iter().enumerate() {
        let field = format!("aktorstyper[{i}].id");
        if a.id.is_empty() || !a.id.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-') {
            c.report(
                &field,
                format!(
                    "\"{}\" ska bestå av små bokstäver a–z och bindestreck (den syns i adressen)",
                    a.id
                ),
            );
        } else if !ids.insert(a.id.as_str()) {
            c.report(
                &field,
                format!("aktörstypen \"{}\" finns mer än en gång", a.id),
            );
        }
        c.text(&format!("aktorstyper[{i}].namn"), &a.name);
        c.text(&format!("aktorstyper[{i}].beskrivning"), &a.description);
    }
    let r = &s.status_rule;
    c.text("statusregel.text", &r.text);
    for (field, v) in [
        (
            "statusregel.troskel_procentenheter",
            r.threshold_percent_points,
        ),
        ("statusregel.troskel_skala", r.threshold_scale),
        (
            "statusregel.troskel_antal_procent",
            r.threshold_count_percent,
        ),
    ] {
        if !(v.is_finite() && v >= 0.0) {
            c.report(field, "ska vara ett tal som är 0 eller större");
        }
    }
    if r.max_gap_years == 0 {
        c.report(
            "statusregel.storsta_avstand_ar",
            "ska vara 1 eller större (1 betyder att bara värden från två år i följd jämförs)",
        );
    }
    c.text("om_innehallet.text", &s.about.text);
    c.date("om_innehallet.sammanstalld", &s.about.compiled);
    for (i, l) in s.about.sources.iter().enumerate() {
        c.link(&format!("om_innehallet.kallor[{i}]"), l);
    }
    c.date("tillganglighet.granskad", &s.accessibility.reviewed);
    c.text("tillganglighet.kontakt", &s.accessibility.contact);
    c.url("tillganglighet.kontakt_url", &s.accessibility.contact_url);
}

/// The short keys seen so far (tips and indicators apart), each with the id
/// it came from: an action plan's link names a tip or indicator by its key,
/// so two ids must never share one.
#[derive(Default)]
struct Keys {
    tips: HashMap<Key, String>,
    indicators: HashMap<Key, String>,
}

/// Reports an id whose key another id already has. The same id twice is
/// not a clash here (repeated ids have their own rules).
fn check_key(c: &mut Checker<'_>, seen: &mut HashMap<Key, String>, field: String, id: &str) {
    let key = Key::of(id);
    match seen.get(&key) {
        Some(other) if other != id => c.report(
            field,
            format!(
                "\"{id}\" får samma korta nyckel ({key}) i länkar till handlingsplaner som \"{other}\"; ge det nya id:t ett annat namn"
            ),
        ),
        Some(_) => {}
        None => {
            seen.insert(key, id.to_string());
        }
    }
}

fn check_goal(
    c: &mut Checker<'_>,
    goal: &Goal,
    actor_ids: Option<&HashSet<&str>>,
    tip_ids: &mut HashSet<String>,
    keys: &mut Keys,
    actor_types: &[super::model::ActorType],
    help_lines: Option<&[super::model::HelpLine]>,
) {
    c.text("kortnamn", &goal.short_name);
    c.text("malformulering", &goal.statement);
    c.text("sammanfattning", &goal.summary);
    c.texts("forutsattningar", &goal.prerequisites);
    if goal.indicators.is_empty() && goal.indicators_note.trim().is_empty() {
        c.report("indikatorer", "behöver minst en indikator, eller en indikatorer_text som förklarar varför uppgifter saknas");
    }
    let mut indicator_ids = HashSet::new();
    for (i, ind) in goal.indicators.iter().enumerate() {
        let base = format!("indikatorer[{i}]");
        if !indicator_ids.insert(ind.id.clone()) {
            c.report(
                format!("{base}.id"),
                format!("indikatorn \"{}\" finns mer än en gång i målet", ind.id),
            );
        }
        check_indicator(c, &base, ind);
        check_key(c, &mut keys.indicators, format!("{base}.id"), &ind.id);
    }
    for (i, com) in goal.commitments.iter().enumerate() {
        let base = format!("ataganden[{i}]");
        c.text(&format!("{base}.plan"), &com.plan);
        c.text(&format!("{base}.text"), &com.text);
        for (j, r) in com.responsible.iter().enumerate() {
            c.text(&format!("{base}.ansvariga[{j}]"), r);
        }
        let words = words(CommitmentKind::WORDS);
        match &com.kind {
            CommitmentKind::Missing => c.report(
                format!("{base}.slag"),
                format!("saknas; ange slag = {words} (ett åtagande med ansvariga eller en inriktning i en handlingsplan)"),
            ),
            CommitmentKind::Unknown(w) => c.report(
                format!("{base}.slag"),
                format!("okänt slag \"{w}\"; använd {words}"),
            ),
            CommitmentKind::Commitment => {
                if com.responsible.is_empty() && !com.responsible_not_stated {
                    c.report(
                        format!("{base}.ansvariga"),
                        "ett åtagande behöver de ansvariga som källan anger; anger källan ingen, skriv ansvariga_anges_inte = true",
                    );
                } else if !com.responsible.is_empty() && com.responsible_not_stated {
                    c.report(
                        format!("{base}.ansvariga_anges_inte"),
                        "kan inte vara true när ansvariga är ifyllda; ta bort det ena",
                    );
                }
            }
            CommitmentKind::FocusArea => {
                if com.responsible_not_stated {
                    c.report(
                        format!("{base}.ansvariga_anges_inte"),
                        "gäller bara åtaganden; en inriktning behöver inga ansvariga",
                    );
                }
            }
        }
    }
    for (i, r) in goal.recommended_indicators.iter().enumerate() {
        c.text(&format!("rekommenderade_indikatorer[{i}]"), r);
    }
    if let Some(lines) = help_lines {
        for (i, name) in goal.help_lines.iter().enumerate() {
            if !lines.iter().any(|h| &h.name == name) {
                let known: Vec<&str> = lines.iter().map(|h| h.name.as_str()).collect();
                c.report(
                    format!("stodlinjer[{i}]"),
                    format!(
                        "stödlinjen \"{name}\" finns inte i strategi.toml; använd en av: {}",
                        known.join(", ")
                    ),
                );
            }
        }
    }
    if goal.tips.is_empty() {
        c.report("tips", "behöver minst ett tips");
    }
    for (i, tip) in goal.tips.iter().enumerate() {
        let base = format!("tips[{i}]");
        if tip.id.trim().is_empty() {
            c.report(
                format!("{base}.id"),
                "får inte vara tomt; ge tipset ett unikt id",
            );
        } else if !tip_ids.insert(tip.id.clone()) {
            c.report(
                format!("{base}.id"),
                format!(
                    "tips-id \"{}\" används redan; varje tips behöver ett eget id",
                    tip.id
                ),
            );
        } else {
            check_key(c, &mut keys.tips, format!("{base}.id"), &tip.id);
        }
        // Plans and their files name tips by id; "#" and a key marks a tip
        // known only by its key, so ids keep to these characters.
        if !tip.id.trim().is_empty()
            && !tip
                .id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
        {
            c.report(
                format!("{base}.id"),
                format!("\"{}\" ska bestå av a–z, 0–9 och bindestreck", tip.id),
            );
        }
        c.text(&format!("{base}.rubrik"), &tip.title);
        c.text(&format!("{base}.text"), &tip.text);
        if tip.actors.is_empty() {
            c.report(format!("{base}.aktorer"), "ange minst en aktörstyp");
        }
        for (j, a) in tip.actors.iter().enumerate() {
            // Without strategi.toml the known actor types are unknown.
            if actor_ids.is_some_and(|ids| !ids.contains(a.as_str())) {
                let known: Vec<&str> = actor_types.iter().map(|t| t.id.as_str()).collect();
                c.report(
                    format!("{base}.aktorer[{j}]"),
                    format!(
                        "okänd aktörstyp \"{a}\"; använd någon av: {}",
                        known.join(", ")
                    ),
                );
            }
        }
        if let Some(link) = &tip.link {
            c.link(&format!("{base}.lank"), link);
        }
        let words = words(TipOrigin::WORDS);
        match &tip.origin {
            TipOrigin::Missing => c.report(
                format!("{base}.ursprung"),
                format!("saknas; ange ursprung = {words} (\"strategin\" om tipset står på strategins egna sidor, annars \"forslag\")"),
            ),
            TipOrigin::Unknown(w) => c.report(
                format!("{base}.ursprung"),
                format!("okänt ursprung \"{w}\"; använd {words}"),
            ),
            TipOrigin::Strategy if tip.link.is_none() => c.report(
                format!("{base}.lank"),
                "ett tips från strategin behöver en länk till sidan där strategin ger det",
            ),
            TipOrigin::Strategy | TipOrigin::Suggestion => {}
        }
    }
    if goal.sources.is_empty() {
        c.report("kallor", "behöver minst en källa");
    }
    for (i, l) in goal.sources.iter().enumerate() {
        c.link(&format!("kallor[{i}]"), l);
    }
}

fn check_indicator(c: &mut Checker<'_>, base: &str, ind: &Indicator) {
    if ind.id.is_empty()
        || !ind
            .id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
    {
        c.report(
            format!("{base}.id"),
            format!("\"{}\" ska bestå av a–z, 0–9 och bindestreck", ind.id),
        );
    }
    c.text(&format!("{base}.namn"), &ind.name);
    c.text(&format!("{base}.trend"), &ind.trend);
    c.link(&format!("{base}.kalla"), &ind.source);
    if ind.series.is_empty() && ind.missing.trim().is_empty() {
        c.report(format!("{base}.serier"), "behöver minst en serie med värden, eller en text i `saknas` som säger varför siffror saknas");
    }
    let (lo, hi) = ind.unit.range();
    let mut comparison_seen = false;
    for (si, s) in ind.series.iter().enumerate() {
        let sbase = format!("{base}.serier[{si}]");
        c.text(&format!("{sbase}.namn"), &s.name);
        if s.points.is_empty() {
            c.report(format!("{sbase}.punkter"), "behöver minst ett värde");
        }
        if s.comparison {
            comparison_seen = true;
        } else if comparison_seen {
            c.report(
                format!("{sbase}.jamforelse"),
                "indikatorns egna serier ska stå före jämförelseserierna, eftersom den första serien är huvudserien",
            );
        }
        if let Some(from) = s.break_before {
            let before = s.points.iter().any(|p| p.year < from);
            let after = s.points.iter().any(|p| p.year >= from);
            if !(before && after) {
                c.report(
                    format!("{sbase}.brott_fore"),
                    format!("brottet före {from} måste ha värden både före och från {from} i serien; annars finns inget brott att visa"),
                );
            }
        }
        let mut previous: Option<u16> = None;
        for (pi, p) in s.points.iter().enumerate() {
            let pbase = format!("{sbase}.punkter[{pi}]");
            if !(2000..=2100).contains(&p.year) {
                c.report(
                    format!("{pbase}.ar"),
                    format!(
                        "året {} är orimligt; ange ett år mellan 2000 och 2100",
                        p.year
                    ),
                );
            }
            if let Some(prev) = previous {
                if p.year == prev {
                    c.report(
                        format!("{pbase}.ar"),
                        format!(
                            "året {} finns två gånger i serien; varje år får bara finnas en gång",
                            p.year
                        ),
                    );
                } else if p.year < prev {
                    c.report(
                        format!("{pbase}.ar"),
                        format!(
                            "året {} kommer efter {prev}; skriv åren i stigande ordning",
                            p.year
                        ),
                    );
                }
            }
            previous = Some(p.year);
            if !p.value.is_finite() || p.value < lo || p.value > hi {
                let range = match ind.unit {
                    Unit::Count => "0 eller större".to_string(),
                    _ => format!("mellan {lo} och {hi}"),
                };
                c.report(
                    format!("{pbase}.varde"),
                    format!(
                        "värdet {} går inte för enheten {}: ska vara {range}",
                        p.value,
                        ind.unit.label()
                    ),
                );
            }
        }
    }
}
