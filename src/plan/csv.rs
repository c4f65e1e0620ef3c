//! The plan as a CSV file for Excel with Swedish settings: UTF-8 with BOM,
//! semicolons, CRLF, quoting as RFC 4180 says (a field with `;`, `"`, a line
//! break or surrounding space is quoted, quotes are doubled).
//!
//! One table holds the whole plan, so reading it back gives the same plan.
//! The column `Rad` says what a row is:
//!
//! - `Organisation` (one row): columns Organisation, Aktörstyp (an id such as
//!   `kommun`), Enhet eller kommun.
//! - `Mål` (one row per goal 1–8): Mål, Prioriterat (`Ja`/`Nej`), Åtgärd (the
//!   goal's name, for reading only), Anteckning (starting point and need).
//! - `Åtgärd` (one row per measure, in plan order): Mål (for a tip, the
//!   content's goal, for reading only), Typ (`Förslag från strategin` or
//!   `Egen åtgärd`), Åtgärd-id (the tip's id; `#` and its key for a tip known
//!   only from a link; empty for an own measure), Åtgärd (title), Ansvarig,
//!   Start and Slut (`ÅÅÅÅ-MM`), Uppföljning (the indicator's name or own
//!   text), Uppföljning-id (the indicator's id, empty for own text), Status
//!   (`Planerad`, `Pågår`, `Genomförd`, `Pausad`), Anteckning.
//!
//! A text that Excel would take for a formula (starting with `=`, `+`, `-`,
//! `@`, a tab or a carriage return) is written with a `'` first, as is one
//! that starts with `'`; reading removes that one `'`.
//!
//! Reading takes what Excel writes back: with or without BOM, UTF-8,
//! UTF-16 or Windows-1252 (Excel's plain "CSV"), CRLF or LF, semicolons or
//! (when the header has none) tabs or commas, columns in any order, dates
//! where months were, empty rows.

use crate::content::Bundle;

use super::limits::{MAX_ID_CHARS, MAX_LONG_TEXT, MAX_MEASURES, MAX_SHORT_TEXT};
use super::messages::{self, field, number, Report};
use super::model::{fold, lower, FollowUp, Loaded, Measure, Month, Plan, Ref, Status, What};

/// The header row, in order.
pub const COLUMNS: [&str; 16] = [
    "Rad",
    "Mål",
    "Prioriterat",
    "Typ",
    "Åtgärd-id",
    "Åtgärd",
    "Ansvarig",
    "Start",
    "Slut",
    "Uppföljning",
    "Uppföljning-id",
    "Status",
    "Anteckning",
    "Organisation",
    "Aktörstyp",
    "Enhet eller kommun",
];

const ROW: usize = 0;
const GOAL: usize = 1;
const PRIORITISED: usize = 2;
const TYPE: usize = 3;
const ID: usize = 4;
const TITLE: usize = 5;
const RESPONSIBLE: usize = 6;
const START: usize = 7;
const END: usize = 8;
const FOLLOW_UP: usize = 9;
const FOLLOW_UP_ID: usize = 10;
const STATUS: usize = 11;
const NOTE: usize = 12;
const ORGANISATION: usize = 13;
const ACTOR: usize = 14;
const UNIT: usize = 15;

/// Columns a file must have to be read as a plan.
const REQUIRED: [usize; 3] = [ROW, ID, TITLE];

const ROW_ORGANISATION: &str = "Organisation";
const ROW_GOAL: &str = "Mål";
const ROW_MEASURE: &str = "Åtgärd";
const TYPE_TIP: &str = "Förslag från strategin";
const TYPE_OWN: &str = "Egen åtgärd";
const YES: &str = "Ja";
const NO: &str = "Nej";
const TIP_GONE: &str = "(finns inte längre i strategin)";
const INDICATOR_GONE: &str = "(indikatorn finns inte i strategin)";

/// The plan as CSV text, BOM first. Tip and goal names come from `content`.
pub fn to_csv(plan: &Plan, content: &Bundle) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, COLUMNS.map(String::from));
    let blank = || std::array::from_fn::<String, 16, _>(|_| String::new());

    let mut row = blank();
    row[ROW] = ROW_ORGANISATION.into();
    row[ORGANISATION] = plan.organisation.name.clone();
    row[ACTOR] = plan.organisation.actor.clone();
    row[UNIT] = plan.organisation.unit.clone();
    push_row(&mut out, row);

    for (n, goal) in (1..=8u8).zip(&plan.goals) {
        let mut row = blank();
        row[ROW] = ROW_GOAL.into();
        row[GOAL] = n.to_string();
        row[PRIORITISED] = if goal.prioritised { YES } else { NO }.into();
        row[TITLE] = content
            .goal(n)
            .map(|g| g.short_name.clone())
            .unwrap_or_default();
        row[NOTE] = goal.note.clone();
        push_row(&mut out, row);
    }

    for m in &plan.measures {
        let mut row = blank();
        row[ROW] = ROW_MEASURE.into();
        row[GOAL] = m.goal(content).map(|n| n.to_string()).unwrap_or_default();
        match &m.what {
            What::Tip(r) => {
                row[TYPE] = TYPE_TIP.into();
                row[ID] = r.to_text();
                row[TITLE] = r
                    .tip(content)
                    .map_or(TIP_GONE, |(_, t)| t.title.as_str())
                    .into();
            }
            What::Own { title, .. } => {
                row[TYPE] = TYPE_OWN.into();
                row[TITLE] = title.clone();
            }
        }
        row[RESPONSIBLE] = m.responsible.clone();
        row[START] = m.start.map(|s| s.to_string()).unwrap_or_default();
        row[END] = m.end.map(|s| s.to_string()).unwrap_or_default();
        match &m.follow_up {
            FollowUp::None => {}
            FollowUp::Indicator(r) => {
                row[FOLLOW_UP] = r
                    .indicator(content)
                    .map_or(INDICATOR_GONE, |(_, i)| i.name.as_str())
                    .into();
                row[FOLLOW_UP_ID] = r.to_text();
            }
            FollowUp::Own(text) => row[FOLLOW_UP] = text.clone(),
        }
        row[STATUS] = m.status.label().into();
        row[NOTE] = m.note.clone();
        push_row(&mut out, row);
    }
    out
}

fn push_row(out: &mut String, cells: [String; 16]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        let cell = protect(cell);
        let quote = cell.contains([';', '"', ',', '\r', '\n'])
            || cell.starts_with(char::is_whitespace)
            || cell.ends_with(char::is_whitespace);
        if quote {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

/// A `'` before a text Excel would run as a formula, and before one that
/// starts with `'` (so that reading can always remove one).
fn protect(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

fn unprotect(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

/// Reads a CSV file (the bytes as they are on disk).
pub fn from_csv(bytes: &[u8], content: &Bundle) -> Loaded {
    let mut report = Report::default();
    let plan = read(&decode_text(bytes), content, &mut report);
    let mut messages = report.messages;
    messages.extend(plan.problems(content));
    Loaded { plan, messages }
}

/// File bytes as text: a BOM decides (UTF-8, UTF-16 LE or BE); without
/// one, UTF-8 if the bytes are valid UTF-8, else Windows-1252.
pub fn decode_text(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    let utf16 = |rest: &[u8], big: bool| {
        let units = rest.chunks(2).map(|p| match (p, big) {
            ([a, b], false) => u16::from_le_bytes([*a, *b]),
            ([a, b], true) => u16::from_be_bytes([*a, *b]),
            _ => 0xfffd,
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{fffd}'))
            .collect()
    };
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return utf16(rest, false);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return utf16(rest, true);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        other => char::from(other),
    }
}

/// The records of a CSV text, and the row of a quote that never closed.
struct Table {
    rows: Vec<Vec<String>>,
    unclosed: Option<usize>,
}

/// The separator is `;` if the header has one, else a tab, else a comma.
fn separator(text: &str) -> char {
    let header = text.split(['\r', '\n']).next().unwrap_or("");
    [';', '\t', ',']
        .into_iter()
        .find(|c| header.contains(*c))
        .unwrap_or(';')
}

fn parse(text: &str) -> Table {
    let sep = separator(text);
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let (mut quoted, mut cell_start, mut started) = (false, true, false);
    let mut quote_row = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                other => cell.push(other),
            }
            continue;
        }
        match c {
            '"' if cell_start => {
                quoted = true;
                cell_start = false;
                started = true;
                quote_row = rows.len() + 1;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                cell_start = true;
                started = false;
            }
            c if c == sep => {
                row.push(std::mem::take(&mut cell));
                cell_start = true;
                started = true;
            }
            other => {
                cell.push(other);
                cell_start = false;
                started = true;
            }
        }
    }
    if started {
        row.push(cell);
        rows.push(row);
    }
    Table {
        rows,
        unclosed: quoted.then_some(quote_row),
    }
}

/// One data row, with its columns found by header name.
struct Row<'a> {
    cells: &'a [String],
    columns: &'a [Option<usize>; 16],
    at: String,
}

impl Row<'_> {
    /// The cell as written (one protecting `'` removed), "" when missing.
    fn raw(&self, column: usize) -> &str {
        self.columns[column]
            .and_then(|i| self.cells.get(i))
            .map_or("", |c| unprotect(c))
    }

    fn trimmed(&self, column: usize) -> &str {
        self.raw(column).trim()
    }
}

/// "3" or "Mål 3" → 3, for goals 1–8.
fn goal_number(text: &str) -> Option<u8> {
    let folded = fold(text);
    let digits = folded.strip_prefix("mal").unwrap_or(&folded).trim();
    match digits.as_bytes() {
        [d @ b'1'..=b'8'] => Some(d - b'0'),
        _ => None,
    }
}

fn read(text: &str, content: &Bundle, report: &mut Report) -> Plan {
    let mut plan = Plan::default();
    if text.trim().is_empty() {
        report.push(messages::empty_file());
        return plan;
    }
    let table = parse(text);
    let Some((header, rows)) = table.rows.split_first() else {
        report.push(messages::empty_file());
        return plan;
    };
    let names: Vec<String> = header.iter().map(|h| fold(unprotect(h))).collect();
    let columns: [Option<usize>; 16] = COLUMNS.map(|c| names.iter().position(|n| *n == fold(c)));
    if REQUIRED.iter().any(|&c| columns[c].is_none()) {
        report.push(messages::not_a_plan_file());
        return plan;
    }

    let mut organisation_at: Option<String> = None;
    let mut goal_at: [Option<String>; 8] = Default::default();
    let mut measures_seen = 0;
    for (i, cells) in rows.iter().enumerate() {
        if cells.iter().all(|c| unprotect(c).trim().is_empty()) {
            continue;
        }
        let row = Row {
            cells,
            columns: &columns,
            // The header is row 1, as Excel counts.
            at: format!("Rad {}", number(i + 2)),
        };
        let kind = fold(row.trimmed(ROW));
        let kind = if kind.is_empty() {
            infer_kind(&row)
        } else {
            kind
        };
        if kind == fold(ROW_ORGANISATION) {
            if let Some(first) = &organisation_at {
                report.push(messages::second_organisation(&row.at, first));
                continue;
            }
            organisation_at = Some(lower(&row.at));
            read_organisation(&row, &mut plan, content, report);
        } else if kind == fold(ROW_GOAL) {
            let Some(n) = goal_number(row.raw(GOAL)) else {
                report.push(messages::unknown_goal(&row.at, row.trimmed(GOAL)));
                continue;
            };
            let seen = &mut goal_at[usize::from(n - 1)];
            if let Some(first) = seen {
                report.push(messages::second_goal_row(&row.at, n, first));
                continue;
            }
            *seen = Some(lower(&row.at));
            let goal = &mut plan.goals[usize::from(n - 1)];
            goal.prioritised = yes_no(&row, report);
            goal.note = report.capped(&row.at, field::GOAL_NOTE, row.raw(NOTE), MAX_LONG_TEXT);
        } else if kind == fold(ROW_MEASURE) {
            measures_seen += 1;
            if measures_seen > MAX_MEASURES {
                continue;
            }
            if let Some(m) = read_measure(&row, content, report) {
                plan.measures.push(m);
            }
        } else if kind.is_empty() {
            report.push(messages::row_without_type(&row.at));
        } else {
            report.push(messages::unknown_row_type(&row.at, row.trimmed(ROW)));
        }
    }
    if measures_seen > MAX_MEASURES {
        report.push(messages::too_many_measures(measures_seen));
    }
    if let Some(row) = table.unclosed {
        report.push(messages::csv_unclosed_quote(row));
    }
    plan
}

/// What a row without `Rad` is, from the cells it has filled in; "" when
/// it cannot be told.
fn infer_kind(row: &Row<'_>) -> String {
    let any = |cols: &[usize]| cols.iter().any(|&c| !row.trimmed(c).is_empty());
    if any(&[TYPE, ID, TITLE]) {
        fold(ROW_MEASURE)
    } else if any(&[ORGANISATION, ACTOR, UNIT]) {
        fold(ROW_ORGANISATION)
    } else if any(&[PRIORITISED]) {
        fold(ROW_GOAL)
    } else {
        String::new()
    }
}

fn read_organisation(row: &Row<'_>, plan: &mut Plan, content: &Bundle, report: &mut Report) {
    let at = &row.at;
    let o = &mut plan.organisation;
    o.name = report.capped(at, field::NAME, row.raw(ORGANISATION), MAX_SHORT_TEXT);
    // An id, or an actor type's name typed by hand ("Kommun").
    let actor = row.trimmed(ACTOR);
    let by_name = content
        .strategy
        .actor_types
        .iter()
        .find(|a| fold(&a.name) == fold(actor));
    o.actor = match by_name {
        Some(a) if !content.actor_ids().contains(&actor) => a.id.clone(),
        _ => report.capped(at, field::ACTOR, actor, MAX_SHORT_TEXT),
    };
    o.unit = report.capped(at, field::UNIT, row.raw(UNIT), MAX_SHORT_TEXT);
}

fn yes_no(row: &Row<'_>, report: &mut Report) -> bool {
    let text = row.trimmed(PRIORITISED);
    match fold(text).as_str() {
        "ja" | "j" | "x" | "1" | "sant" | "true" | "yes" => true,
        "nej" | "n" | "0" | "falskt" | "false" | "no" | "" => false,
        _ => {
            report.push(messages::bad_yes_no(&row.at, text));
            false
        }
    }
}

fn read_measure(row: &Row<'_>, content: &Bundle, report: &mut Report) -> Option<Measure> {
    let at = &row.at;
    let typ = fold(row.trimmed(TYPE));
    let id = row.trimmed(ID);
    let is_tip = if typ.starts_with("forslag") {
        true
    } else if typ.starts_with("egen") {
        false
    } else {
        if !typ.is_empty() {
            report.push(messages::bad_type(at, row.trimmed(TYPE)));
        }
        !id.is_empty()
    };
    if is_tip && id.is_empty() {
        report.push(messages::tip_without_id(at));
    }
    let what = if is_tip && !id.is_empty() {
        if id.chars().count() > MAX_ID_CHARS {
            report.push(messages::id_too_long(at));
            return None;
        }
        What::Tip(Ref::from_text(id).resolve_tip(content))
    } else {
        let title = report.capped(at, field::TITLE, row.raw(TITLE), MAX_SHORT_TEXT);
        let Some(goal) = goal_number(row.raw(GOAL)) else {
            report.push(messages::own_measure_without_goal(
                at,
                row.trimmed(GOAL),
                &title,
            ));
            return None;
        };
        What::Own { goal, title }
    };
    let mut m = Measure::new(what);
    m.responsible = report.capped(at, field::RESPONSIBLE, row.raw(RESPONSIBLE), MAX_SHORT_TEXT);
    for (column, which, slot) in [
        (START, "startmånaden", &mut m.start),
        (END, "slutmånaden", &mut m.end),
    ] {
        let text = row.trimmed(column);
        if !text.is_empty() {
            *slot = Month::parse(text);
            if slot.is_none() {
                report.push(messages::bad_month(at, which, text));
            }
        }
    }
    let indicator = row.trimmed(FOLLOW_UP_ID);
    let own = row.raw(FOLLOW_UP);
    m.follow_up = if indicator.chars().count() > MAX_ID_CHARS {
        report.push(messages::id_too_long(at));
        FollowUp::None
    } else if !indicator.is_empty() {
        FollowUp::Indicator(Ref::from_text(indicator).resolve_indicator(content))
    } else if !own.is_empty() {
        FollowUp::Own(report.capped(at, field::FOLLOW_UP, own, MAX_LONG_TEXT))
    } else {
        FollowUp::None
    };
    let status = row.trimmed(STATUS);
    m.status = if status.is_empty() {
        Status::Planned
    } else {
        Status::from_label(status).unwrap_or_else(|| {
            report.push(messages::unknown_status(at, status));
            Status::Planned
        })
    };
    m.note = report.capped(at, field::NOTE, row.raw(NOTE), MAX_LONG_TEXT);
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180_and_guards_formulas() {
        let mut out = String::new();
        let mut cells = std::array::from_fn::<String, 16, _>(|_| String::new());
        cells[0] = "a;b".into();
        cells[1] = "säger \"hej\"".into();
        cells[2] = "rad 1\nrad 2".into();
        cells[3] = "=1+1".into();
        cells[4] = "'citat".into();
        cells[5] = " mellanslag".into();
        cells[6] = "-5".into();
        push_row(&mut out, cells);
        assert_eq!(
            out,
            "\"a;b\";\"säger \"\"hej\"\"\";\"rad 1\nrad 2\";'=1+1;''citat;\" mellanslag\";'-5;;;;;;;;;\r\n"
        );
        let table = parse(&out);
        assert_eq!(table.unclosed, None);
        let read: Vec<&str> = table.rows[0].iter().map(|c| unprotect(c)).collect();
        assert_eq!(
            &read[..8],
            [
                "a;b",
                "säger \"hej\"",
                "rad 1\nrad 2",
                "=1+1",
                "'citat",
                " mellanslag",
                "-5",
                ""
            ]
        );
    }

    #[test]
    fn rows_end_with_crlf_lf_or_cr_and_a_missing_last_break() {
        let table = parse("a;b\r\nc;d\ne;\"f\rg\"\rh");
        assert_eq!(
            table.rows,
            [vec!["a", "b"], vec!["c", "d"], vec!["e", "f\rg"], vec!["h"]]
        );
        assert_eq!(parse("a;b\r\n").rows, [vec!["a", "b"]]);
        assert_eq!(parse("a;\"b\r\nc").unclosed, Some(1));
    }

    #[test]
    fn the_separator_is_read_from_the_header() {
        assert_eq!(separator("a;b,c\n"), ';');
        assert_eq!(separator("a\tb,c\n"), '\t');
        assert_eq!(separator("a,b\nc;d"), ',');
        assert_eq!(separator("a"), ';');
    }

    #[test]
    fn text_in_any_of_excels_encodings_is_read() {
        assert_eq!(decode_text(b"\xef\xbb\xbfR\xc3\xa5d"), "Råd");
        assert_eq!(decode_text(b"R\xc3\xa5d"), "Råd");
        assert_eq!(decode_text(b"R\xe5d \x80 \x96"), "Råd € –");
        assert_eq!(decode_text(b"\xff\xfeR\x00\xe5\x00d\x00"), "Råd");
        assert_eq!(decode_text(b"\xfe\xff\x00R\x00\xe5\x00d"), "Råd");
        assert_eq!(decode_text(b"\xff\xfe\x00\xd8"), "\u{fffd}");
    }

    #[test]
    fn goal_numbers_are_one_digit_one_to_eight() {
        assert_eq!(goal_number(" 3 "), Some(3));
        assert_eq!(goal_number("Mål 8"), Some(8));
        for text in ["", "0", "9", "03", "3.0", "tre"] {
            assert_eq!(goal_number(text), None, "{text:?}");
        }
    }
}
