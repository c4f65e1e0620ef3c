//! The plan as a Word document (.docx) to print, share and keep working on
//! in Word or LibreOffice. Written by hand: a few XML parts in a ZIP with
//! stored (uncompressed) entries, so the browser's WASM carries no XML or
//! deflate library: `to_docx` adds about 23 kB to a release WASM after
//! `wasm-opt -Oz`, 7.6 kB brotli (measured beside the link, JSON and CSV code).
//!
//! The document, in Swedish:
//!
//! - Title "Handlingsplan mot våld", the organisation's name as subtitle,
//!   then actor type, unit, date, the strategy it builds on and how many
//!   measures have each status.
//! - Heading 1 "Prioriterade mål": each prioritised goal with its starting
//!   point and need.
//! - Heading 1 "Åtgärder per mål": per goal, in [`Plan::groups`] order, a
//!   Heading 2 "Mål 3: Upptäcka tidigt" and a table (Åtgärd, Ansvarig,
//!   Period, Uppföljning, Status, Anteckning) whose header row repeats on
//!   every page; tips the strategy no longer has under a heading of their own.
//!
//! Real heading styles (with outline levels) make the headings show in
//! Word's navigation pane and in a screen reader's list of headings. Text
//! the XML cannot hold (control characters) is dropped; line breaks in
//! notes become line breaks in Word. The same plan and date always give
//! the same bytes.

use crate::content::Bundle;

use super::model::{FollowUp, GoalGroup, Measure, Plan, Status, What};

/// The media type to offer the file under.
pub const MEDIA_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const TITLE: &str = "Handlingsplan mot våld";
const GONE_HEADING: &str = "Förslag som inte längre finns i strategin";
const INDICATOR_GONE: &str = "(indikatorn finns inte i strategin)";
const NOTE_LABEL: &str = "Utgångsläge och behov: ";

/// The table's columns and their widths in twentieths of a point; together
/// the text width of an A4 page with 2 cm margins (11906 − 2 × 1134 = 9638).
/// Written as text: XML is built from pieces, without `format!`, to keep
/// the WASM small.
const COLUMNS: [(&str, &str); 6] = [
    ("Åtgärd", "2300"),
    ("Ansvarig", "1350"),
    ("Period", "1450"),
    ("Uppföljning", "1800"),
    ("Status", "1050"),
    ("Anteckning", "1688"),
];

/// The plan as a .docx file. `date` ("2025-05-14") is printed on the first
/// page and in the footer, and dates the file's parts; any other text is
/// printed as it is and the parts get a fixed date.
pub fn to_docx(plan: &Plan, bundle: &Bundle, date: &str) -> Vec<u8> {
    let title = match plan.organisation.name.trim() {
        "" => TITLE.to_string(),
        name => format!("{TITLE} – {name}"),
    };
    let mut zip = Zip::new(dos_date(date));
    zip.add("[Content_Types].xml", CONTENT_TYPES);
    zip.add("_rels/.rels", PACKAGE_RELS);
    zip.add("docProps/core.xml", &core(&title, date));
    zip.add("word/document.xml", &document(plan, bundle, date));
    zip.add("word/_rels/document.xml.rels", DOCUMENT_RELS);
    zip.add("word/styles.xml", STYLES);
    zip.add("word/settings.xml", SETTINGS);
    zip.add("word/footer1.xml", &footer(&title, date));
    zip.finish()
}

// The document.

/// The XML declaration and the namespaces of a document part.
macro_rules! part_start {
    ($element:literal) => {
        concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<",
            $element,
            " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
             xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        )
    };
}

/// Appends each piece.
fn push(out: &mut String, pieces: &[&str]) {
    for piece in pieces {
        out.push_str(piece);
    }
}

fn document(plan: &Plan, bundle: &Bundle, date: &str) -> String {
    let mut out = String::from(concat!(part_start!("w:document"), "<w:body>"));
    let body = &mut out;
    let org = &plan.organisation;

    paragraph(body, "Title", &[(TITLE, false)]);
    if !org.name.trim().is_empty() {
        paragraph(body, "Subtitle", &[(&org.name, false)]);
    }
    let actor = bundle
        .strategy
        .actor_types
        .iter()
        .find(|a| a.id == org.actor)
        .map_or(org.actor.as_str(), |a| a.name.as_str());
    for (label, value) in [
        ("Aktörstyp: ", actor),
        ("Enhet eller kommun: ", &org.unit),
        ("Datum: ", date),
    ] {
        if !value.trim().is_empty() {
            paragraph(body, "", &[(label, true), (value, false)]);
        }
    }
    let based_on = format!("Planen bygger på {}.", bundle.strategy.title);
    paragraph(body, "", &[(&based_on, false)]);
    if let Some(summary) = status_summary(plan) {
        paragraph(body, "", &[(&summary, false)]);
    }

    paragraph(body, "Heading1", &[("Prioriterade mål", false)]);
    let prioritised: Vec<u8> = (1..=8)
        .filter(|&n| plan.goals[usize::from(n - 1)].prioritised)
        .collect();
    if prioritised.is_empty() {
        paragraph(
            body,
            "",
            &[("Inga mål är markerade som prioriterade.", false)],
        );
    }
    for n in prioritised {
        paragraph(body, "GoalName", &[(&goal_title(bundle, n), false)]);
        goal_note(body, &plan.goals[usize::from(n - 1)].note);
    }

    paragraph(body, "Heading1", &[("Åtgärder per mål", false)]);
    let groups = plan.groups(bundle);
    if groups.is_empty() {
        paragraph(body, "", &[("Planen har inga åtgärder ännu.", false)]);
    }
    for group in &groups {
        goal_section(body, plan, bundle, group);
    }

    body.push_str(
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/>\
         <w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" \
         w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
    );
    out
}

/// "4 åtgärder: 2 planerade, 1 pågår, 1 genomförd."; `None` for no measures.
fn status_summary(plan: &Plan) -> Option<String> {
    let total = plan.measures.len();
    if total == 0 {
        return None;
    }
    let counts: Vec<String> = plan
        .status_counts()
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|&(status, count)| {
            // Lower case written out: `to_lowercase` would bring Unicode's
            // case tables into the WASM.
            let word = match (status, count) {
                (Status::Planned, 1) => "planerad",
                (Status::Planned, _) => "planerade",
                (Status::Ongoing, _) => "pågår",
                (Status::Done, 1) => "genomförd",
                (Status::Done, _) => "genomförda",
                (Status::Paused, 1) => "pausad",
                (Status::Paused, _) => "pausade",
            };
            format!("{count} {word}")
        })
        .collect();
    let noun = if total == 1 { "åtgärd" } else { "åtgärder" };
    Some(format!("{total} {noun}: {}.", counts.join(", ")))
}

fn goal_title(bundle: &Bundle, n: u8) -> String {
    bundle
        .goal(n)
        .map_or_else(|| format!("Mål {n}"), |g| g.title())
}

fn goal_note(body: &mut String, note: &str) {
    if !note.trim().is_empty() {
        paragraph(body, "", &[(NOTE_LABEL, true), (note, false)]);
    }
}

fn goal_section(body: &mut String, plan: &Plan, bundle: &Bundle, group: &GoalGroup<'_>) {
    let caption = match group.goal {
        Some(n) => {
            let title = goal_title(bundle, n);
            paragraph(body, "Heading2", &[(&title, false)]);
            // A prioritised goal's note is under "Prioriterade mål".
            if !group.prioritised {
                goal_note(body, &plan.goals[usize::from(n - 1)].note);
            }
            format!("Åtgärder för {title}")
        }
        None => {
            paragraph(body, "Heading2", &[(GONE_HEADING, false)]);
            paragraph(
                body,
                "",
                &[(
                    "De här förslagen fanns i strategin när de lades till i planen men finns inte \
                     där längre. Ta bort dem eller välj andra förslag i stället.",
                    false,
                )],
            );
            GONE_HEADING.to_string()
        }
    };
    if group.measures.is_empty() {
        paragraph(body, "", &[("Inga åtgärder ännu.", false)]);
        return;
    }
    table(
        body,
        &caption,
        group.measures.iter().map(|(_, m)| cells(m, bundle)),
    );
}

/// A measure's row: title, responsible, period, follow-up, status, note.
fn cells(m: &Measure, bundle: &Bundle) -> [String; 6] {
    let title = match (&m.what, m.title(bundle)) {
        (What::Own { .. }, Some("")) => "(utan titel)".to_string(),
        (_, Some(title)) => title.to_string(),
        (What::Tip(r), None) => {
            format!("Förslaget {} (finns inte längre i strategin)", r.to_text())
        }
        (What::Own { .. }, None) => String::new(),
    };
    let period = match (m.start, m.end) {
        (Some(start), Some(end)) => format!("{start}–{end}"),
        (Some(start), None) => format!("från {start}"),
        (None, Some(end)) => format!("till {end}"),
        (None, None) => String::new(),
    };
    let follow_up = match &m.follow_up {
        FollowUp::None => String::new(),
        FollowUp::Indicator(r) => r
            .indicator(bundle)
            .map_or(INDICATOR_GONE, |(_, i)| i.name.as_str())
            .to_string(),
        FollowUp::Own(text) => text.clone(),
    };
    [
        title,
        m.responsible.clone(),
        period,
        follow_up,
        m.status.label().to_string(),
        m.note.clone(),
    ]
}

fn table(body: &mut String, caption: &str, rows: impl Iterator<Item = [String; 6]>) {
    body.push_str(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"PlanTable\"/><w:tblW w:w=\"9638\" w:type=\"dxa\"/>\
         <w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0620\" w:firstRow=\"1\" \
         w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>\
         <w:tblCaption w:val=\"",
    );
    escape(body, caption);
    body.push_str("\"/></w:tblPr><w:tblGrid>");
    for (_, width) in COLUMNS {
        push(body, &["<w:gridCol w:w=\"", width, "\"/>"]);
    }
    body.push_str("</w:tblGrid>");
    // The header row: repeated on every page, never split.
    body.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (name, width) in COLUMNS {
        cell(body, width, name, true);
    }
    body.push_str("</w:tr>");
    for row in rows {
        body.push_str("<w:tr>");
        for ((_, width), text) in COLUMNS.iter().zip(&row) {
            cell(body, width, text, false);
        }
        body.push_str("</w:tr>");
    }
    body.push_str("</w:tbl>");
}

fn cell(body: &mut String, width: &str, text: &str, header: bool) {
    push(
        body,
        &["<w:tc><w:tcPr><w:tcW w:w=\"", width, "\" w:type=\"dxa\"/>"],
    );
    if header {
        body.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>");
    }
    body.push_str("</w:tcPr>");
    paragraph(body, "TableText", &[(text, header)]);
    body.push_str("</w:tc>");
}

/// A paragraph of `style` ("" for Normal) made of (text, bold) runs.
fn paragraph(out: &mut String, style: &str, runs: &[(&str, bool)]) {
    out.push_str("<w:p>");
    if !style.is_empty() {
        push(out, &["<w:pPr><w:pStyle w:val=\"", style, "\"/></w:pPr>"]);
    }
    for (text, bold) in runs {
        run(out, text, *bold);
    }
    out.push_str("</w:p>");
}

/// One run; line breaks (also Word's own vertical tab and a form feed)
/// become `<w:br/>`, tabs `<w:tab/>`.
fn run(out: &mut String, text: &str, bold: bool) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if bold {
        out.push_str("<w:rPr><w:b/></w:rPr>");
    }
    let mut open = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let tag = match c {
            // CRLF is one break: the LF makes it.
            '\r' if chars.peek() == Some(&'\n') => continue,
            '\n' | '\r' | '\u{b}' | '\u{c}' => "<w:br/>",
            '\t' => "<w:tab/>",
            c => {
                if !open {
                    out.push_str("<w:t xml:space=\"preserve\">");
                    open = true;
                }
                escape_char(out, c);
                continue;
            }
        };
        if open {
            out.push_str("</w:t>");
            open = false;
        }
        out.push_str(tag);
    }
    if open {
        out.push_str("</w:t>");
    }
    out.push_str("</w:r>");
}

/// `text` as XML character data or attribute value. Characters XML 1.0
/// cannot hold at all (controls other than tab and line breaks, U+FFFE,
/// U+FFFF) are dropped.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        escape_char(out, c);
    }
}

fn escape_char(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&apos;"),
        '\t' => out.push_str("&#9;"),
        '\n' => out.push_str("&#10;"),
        '\r' => out.push_str("&#13;"),
        '\0'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
        c => out.push(c),
    }
}

fn footer(title: &str, date: &str) -> String {
    let mut text = title.to_string();
    if !date.trim().is_empty() {
        text.push_str(" · ");
        text.push_str(date);
    }
    text.push_str(" · Sida ");
    let mut out = String::from(concat!(
        part_start!("w:ftr"),
        "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
    ));
    run(&mut out, &text, false);
    out.push_str(
        "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>\
         <w:r><w:t xml:space=\"preserve\"> av </w:t></w:r>\
         <w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>",
    );
    out
}

/// Title, language and (for a date such as "2025-05-14") creation date.
fn core(title: &str, date: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>",
    );
    escape(&mut out, title);
    out.push_str("</dc:title><dc:language>sv-SE</dc:language>");
    if iso_date(date).is_some() {
        push(
            &mut out,
            &[
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">",
                date,
                "T00:00:00Z</dcterms:created>",
            ],
        );
    }
    out.push_str("</cp:coreProperties>");
    out
}

/// (year, month, day) of "YYYY-MM-DD".
fn iso_date(date: &str) -> Option<(u16, u16, u16)> {
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u16, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u16::from(d - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    ((1..=12).contains(&m) && (1..=days).contains(&d)).then_some((y, m, d))
}

/// The entries' MS-DOS date: `date`'s, or 1980-01-01 when it has none.
fn dos_date(date: &str) -> u16 {
    match iso_date(date) {
        Some((y, m, d)) if (1980..=2107).contains(&y) => ((y - 1980) << 9) | (m << 5) | d,
        _ => (1 << 5) | 1,
    }
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
</Types>";

const PACKAGE_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>\
</Relationships>";

/// Word 2013 and later mode, so Word does not open the file in
/// compatibility mode.
const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:defaultTabStop w:val=\"1304\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
</w:settings>";

/// Built-in style names ("heading 1", "Title") so that Word treats them as
/// its own headings; Swedish as the language for spelling and screen readers.
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr>\
<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>\
<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"sv-SE\" w:eastAsia=\"sv-SE\" w:bidi=\"ar-SA\"/>\
</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/>\
</w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>\
<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/><w:pPr><w:spacing w:after=\"120\"/></w:pPr>\
<w:rPr><w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/>\
<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"11\"/><w:qFormat/><w:pPr><w:spacing w:after=\"240\"/></w:pPr>\
<w:rPr><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>\
<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
<w:spacing w:before=\"480\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>\
<w:rPr><w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>\
<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>\
<w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/></w:pPr>\
<w:rPr><w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"GoalName\"><w:name w:val=\"Målnamn\"/>\
<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>\
<w:spacing w:before=\"240\" w:after=\"60\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Tabelltext\"/>\
<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>\
<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>\
<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after=\"0\"/></w:pPr>\
<w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>\
<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"PlanTable\"><w:name w:val=\"Handlingsplanens tabell\"/>\
<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:tblPr><w:tblBorders>\
<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/></w:tblBorders>\
<w:tblCellMar><w:top w:w=\"57\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>\
<w:bottom w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>\
<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr>\
<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/></w:tcPr></w:tblStylePr></w:style>\
</w:styles>";

// The ZIP container: stored entries, UTF-8 names, one fixed time.

/// General purpose flag: names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;
/// Version 2.0 of the format, enough for stored entries.
const VERSION: u16 = 20;

struct Zip {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
    date: u16,
}

impl Zip {
    fn new(date: u16) -> Zip {
        Zip {
            out: Vec::new(),
            central: Vec::new(),
            entries: 0,
            date,
        }
    }

    fn add(&mut self, name: &str, data: &str) {
        let data = data.as_bytes();
        let offset = self.out.len() as u32;
        // Common to both headers: version needed, flags, method (stored),
        // time (00:00), date, CRC-32, compressed and full size, name length.
        let mut common = Vec::with_capacity(26);
        for (value, bytes) in [
            (u32::from(VERSION), 2),
            (u32::from(UTF8_NAMES), 2),
            (0, 2),
            (0, 2),
            (u32::from(self.date), 2),
            (crc32(data), 4),
            (data.len() as u32, 4),
            (data.len() as u32, 4),
            (name.len() as u32, 2),
            (0, 2),
        ] {
            common.extend_from_slice(&value.to_le_bytes()[..bytes]);
        }

        self.out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        self.out.extend_from_slice(&common);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(data);

        self.central
            .extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        self.central.extend_from_slice(&VERSION.to_le_bytes()); // made by (MS-DOS)
        self.central.extend_from_slice(&common);
        // Comment length, disk, internal and external attributes.
        self.central.extend_from_slice(&[0; 10]);
        self.central.extend_from_slice(&offset.to_le_bytes());
        self.central.extend_from_slice(name.as_bytes());
        self.entries += 1;
    }

    fn finish(mut self) -> Vec<u8> {
        let start = self.out.len() as u32;
        let size = self.central.len() as u32;
        self.out.append(&mut self.central);
        self.out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        self.out.extend_from_slice(&[0; 4]); // this disk, the directory's disk
        self.out.extend_from_slice(&self.entries.to_le_bytes());
        self.out.extend_from_slice(&self.entries.to_le_bytes());
        self.out.extend_from_slice(&size.to_le_bytes());
        self.out.extend_from_slice(&start.to_le_bytes());
        self.out.extend_from_slice(&[0; 2]); // comment length
        self.out
    }
}

/// CRC-32 (ISO-HDLC, as ZIP uses), bit by bit: no table in the WASM, and
/// fast enough for a document of a few hundred kilobytes.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xedb8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_is_the_zip_checksum() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414f_a339
        );
    }

    #[test]
    fn dates_become_dos_dates() {
        assert_eq!(dos_date("2025-05-14"), (45 << 9) | (5 << 5) | 14);
        assert_eq!(dos_date("1980-01-01"), 0x21);
        assert_eq!(dos_date("2024-02-29"), (44 << 9) | (2 << 5) | 29);
        for other in [
            "",
            "14 maj 2025",
            "2025-5-14",
            "2025-13-01",
            "2025-02-29",
            "2025-04-31",
            "1979-12-31",
            "2025-05-14x",
        ] {
            assert_eq!(dos_date(other), 0x21, "{other:?}");
        }
    }

    #[test]
    fn the_summary_counts_in_swedish() {
        let measure = |status| Measure {
            status,
            ..Measure::new(What::Own {
                goal: 1,
                title: "x".into(),
            })
        };
        let mut plan = Plan::new();
        assert_eq!(status_summary(&plan), None);
        plan.measures.push(measure(Status::Paused));
        assert_eq!(status_summary(&plan).unwrap(), "1 åtgärd: 1 pausad.");
        for status in [
            Status::Planned,
            Status::Planned,
            Status::Ongoing,
            Status::Done,
        ]
        .into_iter()
        .chain([Status::Done, Status::Paused])
        {
            plan.measures.push(measure(status));
        }
        assert_eq!(
            status_summary(&plan).unwrap(),
            "7 åtgärder: 2 planerade, 1 pågår, 2 genomförda, 2 pausade."
        );
    }

    #[test]
    fn runs_break_lines_and_drop_what_xml_cannot_hold() {
        let mut out = String::new();
        run(
            &mut out,
            "a&<b>\"'\u{0}\u{1}\u{b}c\r\nd\te\u{fffe}🙂",
            false,
        );
        assert_eq!(
            out,
            "<w:r><w:t xml:space=\"preserve\">a&amp;&lt;b&gt;&quot;&apos;</w:t><w:br/>\
             <w:t xml:space=\"preserve\">c</w:t><w:br/><w:t xml:space=\"preserve\">d</w:t>\
             <w:tab/><w:t xml:space=\"preserve\">e🙂</w:t></w:r>"
        );
        let mut out = String::new();
        run(&mut out, "\r\ra\r", true);
        assert_eq!(
            out,
            "<w:r><w:rPr><w:b/></w:rPr><w:br/><w:br/><w:t xml:space=\"preserve\">a</w:t><w:br/></w:r>"
        );
    }
}
