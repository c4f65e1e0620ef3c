//! The plan as a Word document: a ZIP that any reader unpacks, parts that
//! are well-formed XML, and a document whose headings and tables hold the
//! whole plan. Read three ways: by a small ZIP and XML reading here, by
//! python-docx (tests/docx_check.py) and, where installed, by LibreOffice.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

mod common;

use common::plan::{content, month};
use proptest::prelude::*;
use roxmltree::{Document, Node};
use strategi::plan::{
    to_docx, FollowUp, GoalPlan, Measure, Month, Organisation, Plan, Ref, Status, What,
};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const DATE: &str = "2025-05-14";

fn tip_title(id: &str) -> String {
    let tip = content()
        .goals
        .iter()
        .flat_map(|g| &g.tips)
        .find(|t| t.id == id);
    tip.unwrap_or_else(|| panic!("no tip {id}")).title.clone()
}

fn indicator_name(id: &str) -> String {
    let indicator = content()
        .goals
        .iter()
        .flat_map(|g| &g.indicators)
        .find(|i| i.id == id);
    indicator
        .unwrap_or_else(|| panic!("no indicator {id}"))
        .name
        .clone()
}

const ORG_NAME: &str = "Nacka kommun; Socialtjänsten \"Trygg\"";
/// What XML must escape, what it cannot hold (NUL, U+0001), Word's own
/// line break (vertical tab) and emoji.
const TRICKY_TITLE: &str = "Trygghet <för> alla & \"var\" 'en'\u{0}\u{1}\u{b}🙂👩‍👩‍👧";
const TRICKY_TITLE_SHOWN: &str = "Trygghet <för> alla & \"var\" 'en'\n🙂👩‍👩‍👧";

/// The plan of `tests/plan.rs` (prioritised goals 1 and 3, a note on goal
/// 5 only, a tip the content no longer has), with a goal 2 measure full of
/// what breaks XML.
fn sample() -> Plan {
    let mut plan = common::plan::sample();
    assert_eq!(plan.organisation.name, ORG_NAME);
    plan.measures.push(Measure {
        responsible: "Kalle\tAnka <chef>".into(),
        start: month(2025, 1),
        follow_up: FollowUp::Indicator(Ref::Id("finns-inte".into())),
        status: Status::Ongoing,
        note: "rad 1\nrad 2\r\nrad 3".into(),
        ..Measure::new(What::Own {
            goal: 2,
            title: TRICKY_TITLE.into(),
        })
    });
    plan
}

const HEADER: [&str; 6] = [
    "Åtgärd",
    "Ansvarig",
    "Period",
    "Uppföljning",
    "Status",
    "Anteckning",
];

fn row(cells: [&str; 6]) -> Vec<String> {
    cells.map(String::from).to_vec()
}

/// The sample's goal headings in order, each with the rows of its table
/// (header first); `None` for a goal without measures.
fn sample_sections() -> Vec<(&'static str, Option<Vec<Vec<String>>>)> {
    vec![
        (
            "Mål 1: Förebygga våld",
            Some(vec![
                row(HEADER),
                row([
                    &tip_title("m1-normkritiskt-i-skolan"),
                    "Rektor, Skolenheten",
                    "2025-03–2026-06",
                    &indicator_name("elevers-fortroende-vuxna-i-skolan"),
                    "Pågår",
                    "Börja med åk 7–9.",
                ]),
            ]),
        ),
        (
            "Mål 3: Upptäcka tidigt",
            Some(vec![
                row(HEADER),
                row([
                    "Utbilda chefer i att ställa frågan",
                    "",
                    "till 2025-12",
                    "Antal utbildade chefer; mål: 40",
                    "Planerad",
                    "",
                ]),
                row([
                    &tip_title("m3-fraga-i-modrahalsovarden"),
                    "",
                    "",
                    "",
                    "Genomförd",
                    "",
                ]),
            ]),
        ),
        (
            "Mål 2: Förebygga återfall",
            Some(vec![
                row(HEADER),
                row([
                    TRICKY_TITLE_SHOWN,
                    "Kalle\tAnka <chef>",
                    "från 2025-01",
                    "(indikatorn finns inte i strategin)",
                    "Pågår",
                    "rad 1\nrad 2\nrad 3",
                ]),
            ]),
        ),
        ("Mål 5: Effektiv brottsbekämpning", None),
        (
            "Förslag som inte längre finns i strategin",
            Some(vec![
                row(HEADER),
                row([
                    "Förslaget #AAAA (finns inte längre i strategin)",
                    "",
                    "",
                    "",
                    "Pausad",
                    "",
                ]),
            ]),
        ),
    ]
}

// A minimal ZIP reader, written from the format (APPNOTE.TXT), with its own
// table-based CRC-32.

fn crc32(data: &[u8]) -> u32 {
    static TABLE: OnceLock<[u32; 256]> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        std::array::from_fn(|n| {
            (0..8).fold(n as u32, |c, _| {
                if c & 1 == 1 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
    });
    !data.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8)
    })
}

fn u16_at(bytes: &[u8], at: usize) -> usize {
    usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> usize {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize
}

/// Every entry by name, checked: signatures, stored, UTF-8 names, the local
/// header agreeing with the central directory, CRC-32, entries back to back.
fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    assert!(bytes.len() >= 22, "too short for a ZIP");
    let end = bytes.len() - 22;
    assert_eq!(u32_at(bytes, end), 0x0605_4b50, "end record (no comment)");
    let count = u16_at(bytes, end + 10);
    assert_eq!(count, u16_at(bytes, end + 8), "entries on this disk");
    let (size, start) = (u32_at(bytes, end + 12), u32_at(bytes, end + 16));
    assert_eq!(start + size, end, "directory right before the end record");

    let mut entries = BTreeMap::new();
    let (mut at, mut next_local) = (start, 0);
    for _ in 0..count {
        assert_eq!(u32_at(bytes, at), 0x0201_4b50, "directory entry");
        let flags = u16_at(bytes, at + 8);
        assert_eq!(flags, 0x0800, "UTF-8 names, nothing else");
        assert_eq!(u16_at(bytes, at + 10), 0, "stored");
        let crc = u32_at(bytes, at + 16);
        let (packed, full) = (u32_at(bytes, at + 20), u32_at(bytes, at + 24));
        assert_eq!(packed, full);
        let name_len = u16_at(bytes, at + 28);
        let skip = name_len + u16_at(bytes, at + 30) + u16_at(bytes, at + 32);
        let local = u32_at(bytes, at + 42);
        let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).unwrap();
        // The local header repeats version, flags, method, time, date, CRC,
        // sizes and name.
        assert_eq!(local, next_local, "{name}: entries back to back");
        assert_eq!(u32_at(bytes, local), 0x0403_4b50, "{name}: local header");
        assert_eq!(
            bytes[local + 4..local + 26],
            bytes[at + 6..at + 28],
            "{name}"
        );
        let local_name_len = u16_at(bytes, local + 26);
        let data_at = local + 30 + local_name_len + u16_at(bytes, local + 28);
        assert_eq!(
            &bytes[local + 30..local + 30 + local_name_len],
            name.as_bytes()
        );
        let data = bytes[data_at..data_at + full].to_vec();
        assert_eq!(crc32(&data) as usize, crc, "{name}: CRC-32");
        next_local = data_at + full;
        assert!(entries.insert(name, data).is_none(), "a name twice");
        at += 46 + skip;
    }
    assert_eq!(at, end, "directory size");
    assert_eq!(next_local, start, "directory right after the entries");
    entries
}

/// The unpacked .docx: parts by name, each checked to be well-formed XML
/// and reachable from the package's relationships.
struct Docx {
    parts: BTreeMap<String, String>,
}

impl Docx {
    fn open(bytes: &[u8]) -> Docx {
        let parts: BTreeMap<String, String> = unzip(bytes)
            .into_iter()
            .map(|(name, data)| (name, String::from_utf8(data).expect("UTF-8")))
            .collect();
        for (name, text) in &parts {
            if let Err(e) = Document::parse(text) {
                panic!("{name} is not well-formed: {e}");
            }
        }
        let docx = Docx { parts };
        docx.check_package();
        docx
    }

    fn part(&self, name: &str) -> &str {
        self.parts
            .get(name)
            .unwrap_or_else(|| panic!("no part {name}"))
    }

    fn xml(&self, name: &str) -> Document<'_> {
        Document::parse(self.part(name)).unwrap()
    }

    /// Every relationship's target exists and every part but the
    /// relationships has its content type declared.
    fn check_package(&self) {
        for (rels, base) in [
            ("_rels/.rels", ""),
            ("word/_rels/document.xml.rels", "word/"),
        ] {
            let xml = self.xml(rels);
            for r in xml.descendants().filter(|n| n.has_tag_name("Relationship")) {
                let target = format!("{base}{}", r.attribute("Target").unwrap());
                assert!(self.parts.contains_key(&target), "{rels}: no {target}");
            }
        }
        let types = self.xml("[Content_Types].xml");
        let overrides: Vec<&str> = types
            .descendants()
            .filter_map(|n| n.attribute("PartName"))
            .collect();
        for name in self.parts.keys() {
            if name.ends_with(".rels") || name == "[Content_Types].xml" {
                continue;
            }
            assert!(overrides.contains(&format!("/{name}").as_str()), "{name}");
        }
    }
}

fn w<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.children().find(|n| n.has_tag_name((W, name)))
}

fn w_val<'a>(node: Node<'a, 'a>) -> Option<&'a str> {
    node.attribute((W, "val"))
}

/// The text a reader sees: `w:t`, with `w:br` as a line break and `w:tab`
/// as a tab.
fn text(node: Node<'_, '_>) -> String {
    let mut out = String::new();
    for n in node.descendants() {
        if n.has_tag_name((W, "t")) {
            out.push_str(n.text().unwrap_or(""));
        } else if n.has_tag_name((W, "br")) {
            out.push('\n');
        } else if n.has_tag_name((W, "tab")) {
            out.push('\t');
        }
    }
    out
}

/// The body as a reader walks it.
#[derive(Debug, PartialEq)]
enum Block {
    /// A paragraph's style ("" for Normal) and text.
    Paragraph(String, String),
    /// The rows' cell texts, and whether the first row repeats on every page.
    Table(Vec<Vec<String>>, bool),
}

fn blocks(document: &Document<'_>) -> Vec<Block> {
    let body = w(document.root_element(), "body").expect("w:body");
    body.children()
        .filter(|n| n.is_element() && !n.has_tag_name((W, "sectPr")))
        .map(|n| {
            if n.has_tag_name((W, "p")) {
                let style = w(n, "pPr")
                    .and_then(|p| w(p, "pStyle"))
                    .and_then(w_val)
                    .unwrap_or("");
                Block::Paragraph(style.to_string(), text(n))
            } else if n.has_tag_name((W, "tbl")) {
                let rows: Vec<Node> = n.children().filter(|r| r.has_tag_name((W, "tr"))).collect();
                let repeats = |r: &Node| w(*r, "trPr").and_then(|p| w(p, "tblHeader")).is_some();
                assert!(
                    rows.iter().skip(1).all(|r| !repeats(r)),
                    "only the header repeats"
                );
                let cells = rows
                    .iter()
                    .map(|r| {
                        r.children()
                            .filter(|c| c.has_tag_name((W, "tc")))
                            .map(text)
                            .collect()
                    })
                    .collect();
                Block::Table(cells, rows.first().is_some_and(repeats))
            } else {
                panic!("unexpected {:?} in the body", n.tag_name())
            }
        })
        .collect()
}

fn paragraph(style: &str, text: &str) -> Block {
    Block::Paragraph(style.into(), text.into())
}

#[test]
fn the_document_holds_the_whole_plan_under_real_headings() {
    let docx = Docx::open(&to_docx(&sample(), content(), DATE));
    let names: Vec<&str> = docx.parts.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "word/_rels/document.xml.rels",
            "word/document.xml",
            "word/footer1.xml",
            "word/settings.xml",
            "word/styles.xml",
        ]
    );
    let document = docx.xml("word/document.xml");
    let blocks = blocks(&document);

    let front = [
        paragraph("Title", "Handlingsplan mot våld"),
        paragraph("Subtitle", ORG_NAME),
        paragraph("", "Aktörstyp: Kommun"),
        paragraph(
            "",
            "Enhet eller kommun: Enheten för barn & unga\nPlan 2025–2026 🙂",
        ),
        paragraph("", "Datum: 2025-05-14"),
        paragraph(
            "",
            "Planen bygger på Strategi för att förebygga och bekämpa våld i Stockholms län 2020–2026.",
        ),
        paragraph(
            "",
            "5 åtgärder: 1 planerad, 2 pågår, 1 genomförd, 1 pausad.",
        ),
        paragraph("Heading1", "Prioriterade mål"),
        paragraph("GoalName", "Mål 1: Förebygga våld"),
        paragraph(
            "",
            "Utgångsläge och behov: Vi saknar rutin för att fråga om våld.",
        ),
        paragraph("GoalName", "Mål 3: Upptäcka tidigt"),
        paragraph("Heading1", "Åtgärder per mål"),
    ];
    assert_eq!(blocks[..front.len()], front);

    // Each goal heading is followed (after any note) by its table, or by
    // "Inga åtgärder ännu." and no table.
    let rest = &blocks[front.len()..];
    let headings: Vec<usize> = (0..rest.len())
        .filter(|&i| matches!(&rest[i], Block::Paragraph(s, _) if s == "Heading2"))
        .collect();
    let sections = sample_sections();
    assert_eq!(headings.len(), sections.len(), "{rest:#?}");
    for (k, (heading, table)) in sections.iter().enumerate() {
        let at = headings[k];
        let end = headings.get(k + 1).copied().unwrap_or(rest.len());
        assert_eq!(rest[at], paragraph("Heading2", heading));
        let tables: Vec<&Block> = rest[at..end]
            .iter()
            .filter(|b| matches!(b, Block::Table(..)))
            .collect();
        match table {
            Some(rows) => assert_eq!(tables, [&Block::Table(rows.clone(), true)], "{heading}"),
            None => {
                assert!(tables.is_empty(), "{heading}");
                assert!(rest[at..end].contains(&paragraph("", "Inga åtgärder ännu.")));
            }
        }
    }
    // A goal that is not prioritised shows its note under its heading.
    let goal_5 = headings[3];
    assert_eq!(
        rest[goal_5 + 1],
        paragraph("", "Utgångsläge och behov: Ingen prioritet än")
    );

    // The document's title and date for file managers and Word's info.
    let core = docx.xml("docProps/core.xml");
    let field = |name: &str| {
        core.descendants()
            .find(|n| n.tag_name().name() == name)
            .and_then(|n| n.text())
            .map(String::from)
    };
    assert_eq!(
        field("title").as_deref(),
        Some("Handlingsplan mot våld – Nacka kommun; Socialtjänsten \"Trygg\"")
    );
    assert_eq!(field("created").as_deref(), Some("2025-05-14T00:00:00Z"));
    assert!(docx.part("word/footer1.xml").contains("2025-05-14 · Sida "));
}

#[test]
fn text_is_escaped_and_what_xml_cannot_hold_is_left_out() {
    let docx = Docx::open(&to_docx(&sample(), content(), DATE));
    let xml = docx.part("word/document.xml");
    // Nothing but the declaration's line break below U+0020.
    assert_eq!(
        xml.chars().filter(|&c| c < ' ').collect::<String>(),
        "\n",
        "control characters in document.xml"
    );
    assert!(xml.contains("Trygghet &lt;för&gt; alla &amp; &quot;var&quot; &apos;en&apos;"));
    assert!(xml.contains("<w:t xml:space=\"preserve\">rad 1</w:t><w:br/>"));
    // Every run's text keeps its spaces.
    let document = docx.xml("word/document.xml");
    let texts: Vec<Node> = document
        .descendants()
        .filter(|n| n.has_tag_name((W, "t")))
        .collect();
    assert!(!texts.is_empty());
    for t in texts {
        let space = t.attribute(("http://www.w3.org/XML/1998/namespace", "space"));
        assert_eq!(space, Some("preserve"), "{:?}", t.text());
    }
}

#[test]
fn the_page_is_a4_and_the_styles_make_real_headings() {
    let docx = Docx::open(&to_docx(&sample(), content(), DATE));
    let document = docx.xml("word/document.xml");
    let section = document
        .descendants()
        .find(|n| n.has_tag_name((W, "sectPr")))
        .unwrap();
    let size = w(section, "pgSz").unwrap();
    assert_eq!(size.attribute((W, "w")), Some("11906"));
    assert_eq!(size.attribute((W, "h")), Some("16838"));
    let margins = w(section, "pgMar").unwrap();
    for side in ["top", "right", "bottom", "left"] {
        assert_eq!(margins.attribute((W, side)), Some("1134"), "{side}: 2 cm");
    }
    for table in document
        .descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
    {
        let style = w(w(table, "tblPr").unwrap(), "tblStyle").and_then(w_val);
        assert_eq!(style, Some("PlanTable"));
    }

    let styles = docx.xml("word/styles.xml");
    let style = |id: &str| {
        styles
            .descendants()
            .find(|n| n.has_tag_name((W, "style")) && n.attribute((W, "styleId")) == Some(id))
            .unwrap_or_else(|| panic!("no style {id}"))
    };
    let name = |id: &str| w(style(id), "name").and_then(w_val).unwrap().to_string();
    let outline = |id: &str| {
        w(style(id), "pPr")
            .and_then(|p| w(p, "outlineLvl"))
            .and_then(w_val)
            .map(String::from)
    };
    assert_eq!(name("Title"), "Title");
    assert_eq!(name("Heading1"), "heading 1");
    assert_eq!(name("Heading2"), "heading 2");
    assert_eq!(outline("Heading1").as_deref(), Some("0"));
    assert_eq!(outline("Heading2").as_deref(), Some("1"));
    let borders = w(w(style("PlanTable"), "tblPr").unwrap(), "tblBorders").unwrap();
    let sides: Vec<(&str, Option<&str>)> = borders
        .children()
        .filter(Node::is_element)
        .map(|b| (b.tag_name().name(), w_val(b)))
        .collect();
    assert_eq!(
        sides,
        ["top", "left", "bottom", "right", "insideH", "insideV"].map(|s| (s, Some("single")))
    );
    // Swedish, for spelling and screen readers.
    assert!(docx
        .part("word/styles.xml")
        .contains("<w:lang w:val=\"sv-SE\""));
}

#[test]
fn the_same_plan_and_date_give_the_same_bytes() {
    let a = to_docx(&sample(), content(), DATE);
    assert_eq!(a, to_docx(&sample(), content(), DATE));
    // The entries carry the date (MS-DOS: 2025-05-14) and midnight.
    assert_eq!(u16_at(&a, 10), 0, "time");
    assert_eq!(u16_at(&a, 12), (45 << 9) | (5 << 5) | 14, "date");

    // Any other text is printed as it is; the entries get 1980-01-01.
    let other = to_docx(&sample(), content(), "maj 2025");
    assert_eq!(u16_at(&other, 12), (1 << 5) | 1);
    let docx = Docx::open(&other);
    assert!(blocks(&docx.xml("word/document.xml")).contains(&paragraph("", "Datum: maj 2025")));
    assert!(!docx.part("docProps/core.xml").contains("created"));
}

#[test]
fn an_empty_plan_says_so_and_has_no_tables() {
    let docx = Docx::open(&to_docx(&Plan::new(), content(), ""));
    let blocks = blocks(&docx.xml("word/document.xml"));
    assert_eq!(
        blocks,
        [
            paragraph("Title", "Handlingsplan mot våld"),
            paragraph(
                "",
                "Planen bygger på Strategi för att förebygga och bekämpa våld i Stockholms län 2020–2026.",
            ),
            paragraph("Heading1", "Prioriterade mål"),
            paragraph("", "Inga mål är markerade som prioriterade."),
            paragraph("Heading1", "Åtgärder per mål"),
            paragraph("", "Planen har inga åtgärder ännu."),
        ]
    );
}

#[test]
fn a_full_plan_is_written_quickly() {
    let mut plan = Plan::new();
    for i in 0..strategi::plan::MAX_MEASURES {
        let goal = (i % 8) as u8 + 1;
        let index = plan.add_own(goal, &"Åtgärd 🙂 ".repeat(30)).unwrap();
        plan.measures[index].note = "Anteckning & mer\n".repeat(110);
    }
    let started = std::time::Instant::now();
    let bytes = to_docx(&plan, content(), DATE);
    let took = started.elapsed();
    println!(
        "{} measures: {} bytes in {took:?}",
        plan.measures.len(),
        bytes.len()
    );
    // Well under a second in a release build; generous for a busy machine.
    assert!(took.as_secs() < 20, "{took:?}");
    let docx = Docx::open(&bytes);
    let rows = docx.part("word/document.xml").matches("<w:tr>").count();
    assert_eq!(rows, 8 + 500, "a header row per goal and a row per measure");
}

// python-docx and LibreOffice: real readers.

/// The file written for the outside readers, in the target folder.
fn sample_file(name: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, to_docx(&sample(), content(), DATE)).unwrap();
    path
}

/// A python3 that has python-docx: Debian's first (pyenv's may come first
/// on PATH and lack it).
fn python_with_docx() -> Option<&'static str> {
    ["/usr/bin/python3", "python3"].into_iter().find(|python| {
        Command::new(python)
            .args(["-c", "import docx"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn python_docx_opens_the_document() {
    let Some(python) = python_with_docx() else {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "python-docx is missing (Debian python3-docx; .ci/setup installs it)"
        );
        println!("SKIP python_docx_opens_the_document: python-docx is not installed (apt-get install python3-docx)");
        return;
    };
    let path = sample_file("handlingsplan-python-docx.docx");
    let output = Command::new(python)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/docx_check.py"))
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let found: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    println!("{}", serde_json::to_string_pretty(&found).unwrap());

    assert_eq!(found["zip_bad_entry"], serde_json::Value::Null, "CRCs");
    assert_eq!(
        found["title"],
        "Handlingsplan mot våld – Nacka kommun; Socialtjänsten \"Trygg\""
    );
    assert_eq!(found["language"], "sv-SE");
    assert_eq!(found["created"], "2025-05-14T00:00:00");
    assert_eq!(found["sections"][0]["width_emu"], 11906 * 635);
    assert_eq!(found["sections"][0]["height_emu"], 16838 * 635);

    let paragraphs: Vec<(String, String)> = found["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["style"].as_str().unwrap().to_string(),
                p["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let with_style = |style: &str| -> Vec<&str> {
        paragraphs
            .iter()
            .filter(|(s, _)| s == style)
            .map(|(_, t)| t.as_str())
            .collect()
    };
    assert_eq!(with_style("Title"), ["Handlingsplan mot våld"]);
    assert_eq!(with_style("Subtitle"), [ORG_NAME]);
    assert_eq!(
        with_style("Heading 1"),
        ["Prioriterade mål", "Åtgärder per mål"]
    );
    let sections = sample_sections();
    let headings: Vec<&str> = sections.iter().map(|(h, _)| *h).collect();
    assert_eq!(with_style("Heading 2"), headings);

    let tables: Vec<serde_json::Value> = found["tables"].as_array().unwrap().clone();
    let expected: Vec<Vec<Vec<String>>> = sections.into_iter().filter_map(|(_, t)| t).collect();
    assert_eq!(tables.len(), expected.len());
    for (table, rows) in tables.iter().zip(expected) {
        assert_eq!(table["style"], "Handlingsplanens tabell");
        let found: Vec<Vec<String>> = serde_json::from_value(table["rows"].clone()).unwrap();
        assert_eq!(found, rows);
    }
}

#[test]
fn libreoffice_opens_the_document_if_installed() {
    let Some(office) = ["soffice", "libreoffice"].into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        println!("SKIP libreoffice_opens_the_document_if_installed: LibreOffice is not installed");
        return;
    };
    let path = sample_file("handlingsplan-libreoffice.docx");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("libreoffice");
    let status = Command::new(office)
        .args(["--headless", "--convert-to", "txt:Text", "--outdir"])
        .arg(&out)
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(out.join("handlingsplan-libreoffice.txt")).unwrap();
    assert!(text.contains(ORG_NAME));
    for title in [
        tip_title("m1-normkritiskt-i-skolan"),
        "Utbilda chefer i att ställa frågan".into(),
        tip_title("m3-fraga-i-modrahalsovarden"),
    ] {
        assert!(text.contains(&title), "{title}");
    }
}

// Random plans.

/// Texts full of what breaks XML: markup characters, controls, line
/// breaks, the non-characters U+FFFE/U+FFFF, emoji, and any char at all.
fn text_strategy() -> impl Strategy<Value = String> {
    let tricky = vec![
        "&",
        "<",
        ">",
        "\"",
        "'",
        "]]>",
        "\u{0}",
        "\u{1}",
        "\u{b}",
        "\u{c}",
        "\u{1f}",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\u{fffe}",
        "\u{ffff}",
        "\u{feff}",
        "🙂",
        "👩‍👩‍👧",
        "å",
        " ",
        "a",
    ];
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..20).prop_map(String::from_iter),
        prop::collection::vec(prop::sample::select(tricky), 0..12).prop_map(|v| v.concat()),
    ]
}

fn measure_strategy() -> impl Strategy<Value = Measure> {
    let tips: Vec<String> = content()
        .goals
        .iter()
        .flat_map(|g| &g.tips)
        .map(|t| t.id.clone())
        .collect();
    let what = prop_oneof![
        prop::sample::select(tips).prop_map(|id| What::Tip(Ref::Id(id))),
        "[a-z0-9-]{1,12}".prop_map(|id| What::Tip(Ref::Id(id))),
        (1u8..=8, text_strategy()).prop_map(|(goal, title)| What::Own { goal, title }),
    ];
    let any_month =
        prop::option::of((2000u16..=2099, 1u8..=12).prop_map(|(y, m)| Month::new(y, m).unwrap()));
    (
        what,
        text_strategy(),
        any_month.clone(),
        any_month,
        prop::option::of(text_strategy()),
        prop::sample::select(Status::ALL.to_vec()),
        text_strategy(),
    )
        .prop_map(
            |(what, responsible, start, end, follow_up, status, note)| Measure {
                what,
                responsible,
                start,
                end,
                follow_up: follow_up.map_or(FollowUp::None, FollowUp::Own),
                status,
                note,
            },
        )
}

fn plan_strategy() -> impl Strategy<Value = Plan> {
    (
        (text_strategy(), "[a-z]{0,8}", text_strategy()),
        prop::array::uniform8((any::<bool>(), text_strategy())),
        prop::collection::vec(measure_strategy(), 0..10),
    )
        .prop_map(|((name, actor, unit), goals, measures)| Plan {
            organisation: Organisation { name, actor, unit },
            goals: goals.map(|(prioritised, note)| GoalPlan { prioritised, note }),
            measures,
        })
}

/// What a reader sees of a text: XML's forbidden characters gone, every
/// line break (CRLF, CR, vertical tab, form feed) one "\n".
fn shown(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\r' | '\u{b}' | '\u{c}' => Some('\n'),
            '\t' | '\n' => Some(c),
            '\0'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => None,
            c => Some(c),
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_plan_gives_a_document_that_parses(plan in plan_strategy(), date in text_strategy()) {
        let docx = Docx::open(&to_docx(&plan, content(), &date));
        let blocks = blocks(&docx.xml("word/document.xml"));
        let rows: Vec<&Vec<String>> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(rows, repeats) => {
                    assert!(*repeats);
                    assert_eq!(rows[0], HEADER);
                    Some(&rows[1..])
                }
                _ => None,
            })
            .flatten()
            .collect();
        prop_assert_eq!(rows.len(), plan.measures.len());
        let mut found: Vec<(String, String, String)> =
            rows.iter().map(|r| (r[1].clone(), r[4].clone(), r[5].clone())).collect();
        let mut expected: Vec<(String, String, String)> = plan
            .measures
            .iter()
            .map(|m| (shown(&m.responsible), m.status.label().to_string(), shown(&m.note)))
            .collect();
        found.sort();
        expected.sort();
        prop_assert_eq!(found, expected);
    }
}
