//! Every sentence the plan readers say to the user, in one place.
//!
//! `at` is where in the input: "Rad 7" (CSV), "Åtgärd 3" (JSON, link),
//! "Mål 2", "Organisationen". Numbers are written the Swedish way.

use super::limits::{cap, MAX_ID_CHARS, MAX_MEASURES};

/// Messages as a reader collects them.
#[derive(Debug, Default)]
pub struct Report {
    pub messages: Vec<String>,
}

impl Report {
    pub fn push(&mut self, message: String) {
        self.messages.push(message);
    }

    /// `text` within `limit` characters; says so when it was cut.
    pub fn capped(&mut self, at: &str, field: &str, text: &str, limit: usize) -> String {
        let kept = cap(text, limit);
        if kept.len() < text.len() {
            self.push(capped(at, field, text.chars().count(), limit));
        }
        kept
    }
}

/// Names of capped fields, in the definite form the messages use.
pub mod field {
    pub const NAME: &str = "organisationens namn";
    pub const ACTOR: &str = "aktörstypen";
    pub const UNIT: &str = "enheten eller kommunen";
    pub const GOAL_NOTE: &str = "texten om utgångsläge och behov";
    pub const TITLE: &str = "titeln";
    pub const RESPONSIBLE: &str = "texten om vem som är ansvarig";
    pub const FOLLOW_UP: &str = "uppföljningen";
    pub const NOTE: &str = "anteckningen";
}

/// 100000 → "100 000" (with a no-break space, so the number never wraps).
pub fn number(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

// Links.

pub fn no_plan_in_link() -> String {
    "Länken innehåller ingen handlingsplan.".to_string()
}

pub fn link_version(version: &str) -> String {
    format!("Länken är gjord med version {version} av planformatet, men tjänsten kan bara läsa version 1. Planen kunde inte läsas.")
}

pub fn link_cut(read: usize, total: usize) -> String {
    format!(
        "Länken verkar vara avklippt: {} av {} åtgärder kunde läsas.",
        number(read),
        number(total)
    )
}

pub fn link_cut_early() -> String {
    "Länken verkar vara avklippt: bara början av planen kunde läsas, och inga åtgärder.".to_string()
}

pub fn link_damaged(read: usize, total: usize) -> String {
    format!(
        "Länken verkar vara ändrad eller skadad: {} av {} åtgärder kunde läsas.",
        number(read),
        number(total)
    )
}

pub fn link_damaged_early() -> String {
    "Länken verkar vara ändrad eller skadad: bara början av planen kunde läsas, och inga åtgärder."
        .to_string()
}

pub fn link_trailing() -> String {
    "Länken har tecken i slutet som inte hör till planen; planen lästes utan dem.".to_string()
}

// Files.

pub fn empty_file() -> String {
    "Filen är tom.".to_string()
}

pub fn not_a_plan_file() -> String {
    "Filen är inte en handlingsplan från den här tjänsten.".to_string()
}

pub fn file_too_large(bytes: usize, limit: usize) -> String {
    format!(
        "Filen är för stor för att vara en handlingsplan ({} MB; högst {} MB).",
        number(bytes.div_ceil(1024 * 1024)),
        number(limit / (1024 * 1024))
    )
}

pub fn file_version(version: &str) -> String {
    format!("Filen är sparad med version {version} av planformatet, men tjänsten läser version 1. Det som gick att läsa är med; kontrollera planen.")
}

pub fn file_without_version() -> String {
    "Filen anger ingen version av planformatet; den lästes som version 1. Kontrollera planen."
        .to_string()
}

pub fn csv_unclosed_quote(row: usize) -> String {
    format!(
        "Filen verkar vara avklippt: ett citattecken på rad {} avslutas aldrig.",
        number(row)
    )
}

pub fn unknown_row_type(at: &str, word: &str) -> String {
    format!(
        "{at}: okänd radtyp \"{word}\"; skriv Organisation, Mål eller Åtgärd. Raden lästes inte."
    )
}

pub fn row_without_type(at: &str) -> String {
    format!("{at}: raden saknar radtyp (Organisation, Mål eller Åtgärd) och lästes inte.")
}

pub fn second_organisation(at: &str, first: &str) -> String {
    format!("{at}: organisationen står redan på {first}; den här raden lästes inte.")
}

pub fn second_goal_row(at: &str, goal: u8, first: &str) -> String {
    format!("{at}: mål {goal} står redan på {first}; den här raden lästes inte.")
}

pub fn duplicate_goal(goal: u8) -> String {
    format!("Mål {goal} står två gånger i filen; det första lästes.")
}

pub fn bad_yes_no(at: &str, text: &str) -> String {
    format!("{at}: \"{text}\" i kolumnen Prioriterat ska vara Ja eller Nej; målet räknas som inte prioriterat.")
}

pub fn bad_type(at: &str, text: &str) -> String {
    format!("{at}: okänd typ \"{text}\"; skriv \"Förslag från strategin\" eller \"Egen åtgärd\". Typen lästes ut ur Åtgärd-id.")
}

// Either format.

pub fn wrong_field(at: &str, field: &str, expected: &str) -> String {
    format!("{at}: fältet \"{field}\" ska vara {expected}; det lästes inte.")
}

pub fn unknown_goal(at: &str, text: &str) -> String {
    if text.is_empty() {
        format!("{at}: målnummer saknas; det lästes inte.")
    } else {
        format!("{at}: mål \"{text}\" finns inte (strategin har mål 1–8); det lästes inte.")
    }
}

pub fn own_measure_without_goal(at: &str, goal: &str, title: &str) -> String {
    if goal.is_empty() {
        format!("{at}: den egna åtgärden \"{title}\" saknar mål (strategin har mål 1–8); åtgärden lästes inte.")
    } else {
        format!("{at}: den egna åtgärden \"{title}\" har mål \"{goal}\", men strategin har mål 1–8; åtgärden lästes inte.")
    }
}

pub fn measure_without_what(at: &str) -> String {
    format!("{at} kunde inte läsas: den är varken ett förslag från strategin eller en egen åtgärd.")
}

pub fn tip_without_id(at: &str) -> String {
    format!("{at}: Åtgärd-id saknas för förslaget; raden lästes som en egen åtgärd.")
}

pub fn id_too_long(at: &str) -> String {
    format!("{at}: id:t är längre än {MAX_ID_CHARS} tecken och kan inte vara ett id i strategin; det lästes inte.")
}

pub fn unknown_status(at: &str, word: &str) -> String {
    format!("{at}: okänd status \"{word}\"; åtgärden fick status Planerad.")
}

/// `which` is "startmånaden" or "slutmånaden".
pub fn bad_month(at: &str, which: &str, text: &str) -> String {
    format!("{at}: \"{text}\" är ingen månad mellan 2000-01 och 2099-12 (skriv ÅÅÅÅ-MM, t.ex. 2025-03); {which} lämnades tom.")
}

/// `field` in the definite form: "anteckningen", "organisationens namn".
pub fn capped(at: &str, field: &str, chars: usize, limit: usize) -> String {
    format!(
        "{at}: {field} har {} tecken, men högst {} får plats; resten togs bort.",
        number(chars),
        number(limit)
    )
}

pub fn too_many_measures(total: usize) -> String {
    format!(
        "Planen har {} åtgärder, men högst {} får plats; de första {} lästes.",
        number(total),
        number(MAX_MEASURES),
        number(MAX_MEASURES)
    )
}

// What the content lacks (from `Plan::problems`).

pub fn unknown_tips(count: usize) -> String {
    if count == 1 {
        "1 förslag i planen finns inte längre i strategin. Det ligger kvar, märkt, så att du kan ta bort det eller välja ett annat.".to_string()
    } else {
        format!("{} förslag i planen finns inte längre i strategin. De ligger kvar, märkta, så att du kan ta bort dem eller välja andra.", number(count))
    }
}

pub fn stray_indicators(count: usize) -> String {
    if count == 1 {
        "1 åtgärd följs upp med en indikator som inte finns under åtgärdens mål i strategin. Uppföljningen ligger kvar så att du kan välja en annan.".to_string()
    } else {
        format!("{} åtgärder följs upp med en indikator som inte finns under åtgärdens mål i strategin. Uppföljningen ligger kvar så att du kan välja en annan.", number(count))
    }
}

pub fn unknown_actor(id: &str, names: &[&str]) -> String {
    format!(
        "Aktörstypen \"{id}\" finns inte i strategin; välj en av dessa: {}.",
        names.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_thousands() {
        assert_eq!(number(0), "0");
        assert_eq!(number(999), "999");
        assert_eq!(number(2000), "2\u{a0}000");
        assert_eq!(number(100_000), "100\u{a0}000");
        assert_eq!(number(1_234_567), "1\u{a0}234\u{a0}567");
    }
}
