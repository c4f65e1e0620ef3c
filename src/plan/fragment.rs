//! The plan in the page's URL fragment, so that copying the link shares the
//! plan and nothing is stored anywhere else.
//!
//! A fragment is `v1.` and the plan's bytes in base64url (no padding): only
//! `A–Z a–z 0–9 - _ .`, which no browser or mail program percent-encodes, so
//! the link reads back the same wherever it has been. Texts are UTF-8 with
//! their length first, so any character (å, emoji, `;`, newlines) survives.
//! Tips and indicators are named by their 3-byte key ([`Key`]).
//!
//! The bytes, version 1 (varint: LEB128, at most 32 bits; text: varint byte
//! length, then UTF-8):
//!
//! ```text
//! plan    = text(name) text(actor id) text(unit)
//!           byte(prioritised goals: bit n-1 for goal n)
//!           byte(goals with a note, same bits) text(note) per such goal
//!           varint(number of measures) measure…
//! measure = byte(head)
//!           key(tip)  |  byte(goal 1–8) text(title)        bit 0 of head
//!           [text(responsible) text(note)]                 bit 7
//!           [varint(start: months since 2000-01)]          bit 5
//!           [varint(end)]                                  bit 6
//!           [key(indicator) | text(own follow-up)]         bits 3–4: 0 none, 1, 2
//! head    = bits 1–2: status (Planerad, Pågår, Genomförd, Pausad)
//! ```
//!
//! A plan of 30 tips with nothing filled in is 126 bytes: 171 characters.

use crate::content::key::{Key, ALPHABET};
use crate::content::Bundle;

use super::limits::{MAX_LONG_TEXT, MAX_MEASURES, MAX_SHORT_TEXT};
use super::messages::{self, field, Report};
use super::model::{FollowUp, Loaded, Measure, Month, Plan, Ref, Status, What};

/// What every version 1 fragment starts with.
pub const PREFIX: &str = "v1.";

const HEAD_OWN: u8 = 1;
const HEAD_STATUS_SHIFT: u8 = 1;
const HEAD_FOLLOW_UP_SHIFT: u8 = 3;
const HEAD_START: u8 = 1 << 5;
const HEAD_END: u8 = 1 << 6;
const HEAD_TEXTS: u8 = 1 << 7;

const FOLLOW_UP_INDICATOR: u8 = 1;
const FOLLOW_UP_OWN: u8 = 2;

/// The plan as a URL fragment (without the `#`).
pub fn to_fragment(plan: &Plan) -> String {
    let mut w = Writer(Vec::new());
    let org = &plan.organisation;
    w.text(&org.name);
    w.text(&org.actor);
    w.text(&org.unit);
    let bits = |on: &dyn Fn(usize) -> bool| (0..8).fold(0u8, |b, i| b | u8::from(on(i)) << i);
    w.byte(bits(&|i| plan.goals[i].prioritised));
    w.byte(bits(&|i| !plan.goals[i].note.is_empty()));
    for goal in plan.goals.iter().filter(|g| !g.note.is_empty()) {
        w.text(&goal.note);
    }
    w.varint(plan.measures.len() as u32);
    for m in &plan.measures {
        let status = Status::ALL.iter().position(|s| *s == m.status).unwrap_or(0) as u8;
        let follow_up = match m.follow_up {
            FollowUp::None => 0,
            FollowUp::Indicator(_) => FOLLOW_UP_INDICATOR,
            FollowUp::Own(_) => FOLLOW_UP_OWN,
        };
        let texts = !(m.responsible.is_empty() && m.note.is_empty());
        let head = u8::from(matches!(m.what, What::Own { .. }))
            | status << HEAD_STATUS_SHIFT
            | follow_up << HEAD_FOLLOW_UP_SHIFT
            | if m.start.is_some() { HEAD_START } else { 0 }
            | if m.end.is_some() { HEAD_END } else { 0 }
            | if texts { HEAD_TEXTS } else { 0 };
        w.byte(head);
        match &m.what {
            What::Tip(r) => w.key(r.key()),
            What::Own { goal, title } => {
                w.byte(*goal);
                w.text(title);
            }
        }
        if texts {
            w.text(&m.responsible);
            w.text(&m.note);
        }
        for month in [m.start, m.end].into_iter().flatten() {
            w.varint(month.index());
        }
        match &m.follow_up {
            FollowUp::None => {}
            FollowUp::Indicator(r) => w.key(r.key()),
            FollowUp::Own(text) => w.text(text),
        }
    }
    format!("{PREFIX}{}", encode_base64url(&w.0))
}

/// Reads a fragment (with or without its `#`). An empty fragment is an empty
/// plan; anything else that is not a whole plan gives what could be read and
/// says what could not.
pub fn from_fragment(fragment: &str, content: &Bundle) -> Loaded {
    let mut report = Report::default();
    let plan = read(fragment.trim(), content, &mut report);
    let mut messages = report.messages;
    messages.extend(plan.problems(content));
    Loaded { plan, messages }
}

fn read(fragment: &str, content: &Bundle, report: &mut Report) -> Plan {
    let mut plan = Plan::default();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.is_empty() {
        return plan;
    }
    let Some(body) = fragment.strip_prefix(PREFIX) else {
        match version_of(fragment) {
            Some(v) => report.push(messages::link_version(v)),
            None => report.push(messages::no_plan_in_link()),
        }
        return plan;
    };
    let (bytes, clean) = decode_base64url(body);
    let mut r = Reader {
        bytes: &bytes,
        pos: 0,
    };
    // Running out of bytes is a cut-off link unless a stray character
    // ended the reading early: then the link was changed.
    let stop_message = |stop: Stop, read: usize, total: usize| match (stop, clean) {
        (Stop::Cut, true) => messages::link_cut(read, total),
        _ => messages::link_damaged(read, total),
    };
    let early_message = |stop: Stop| match (stop, clean) {
        (Stop::Cut, true) => messages::link_cut_early(),
        _ => messages::link_damaged_early(),
    };
    let total = match read_head(&mut r, &mut plan, report) {
        Ok(total) => total,
        Err(stop) => {
            report.push(early_message(stop));
            return plan;
        }
    };
    if total > MAX_MEASURES {
        report.push(messages::too_many_measures(total));
    }
    for i in 0..total.min(MAX_MEASURES) {
        let mut measure_report = Report::default();
        match read_measure(&mut r, i + 1, content, &mut measure_report) {
            Ok(m) => {
                plan.measures.push(m);
                report.messages.extend(measure_report.messages);
            }
            Err(stop) => {
                report.push(stop_message(stop, i, total));
                return plan;
            }
        }
    }
    if total <= MAX_MEASURES && (r.pos < bytes.len() || !clean) {
        report.push(messages::link_trailing());
    }
    plan
}

/// "2" for a fragment that starts like "v2." (a version this code cannot read).
fn version_of(fragment: &str) -> Option<&str> {
    let (head, _) = fragment.split_once('.')?;
    let digits = head.strip_prefix('v')?;
    (!digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(digits)
}

fn read_head(r: &mut Reader<'_>, plan: &mut Plan, report: &mut Report) -> Result<usize, Stop> {
    let at = "Organisationen";
    plan.organisation.name = report.capped(at, field::NAME, r.text()?, MAX_SHORT_TEXT);
    plan.organisation.actor = report.capped(at, field::ACTOR, r.text()?, MAX_SHORT_TEXT);
    plan.organisation.unit = report.capped(at, field::UNIT, r.text()?, MAX_SHORT_TEXT);
    let prioritised = r.byte()?;
    let noted = r.byte()?;
    for (i, goal) in plan.goals.iter_mut().enumerate() {
        goal.prioritised = prioritised & 1 << i != 0;
    }
    for (i, goal) in plan.goals.iter_mut().enumerate() {
        if noted & 1 << i != 0 {
            let at = format!("Mål {}", i + 1);
            goal.note = report.capped(&at, field::GOAL_NOTE, r.text()?, MAX_LONG_TEXT);
        }
    }
    Ok(r.varint()? as usize)
}

fn read_measure(
    r: &mut Reader<'_>,
    number: usize,
    content: &Bundle,
    report: &mut Report,
) -> Result<Measure, Stop> {
    let at = format!("Åtgärd {number}");
    let head = r.byte()?;
    let what = if head & HEAD_OWN == 0 {
        What::Tip(Ref::Key(r.key()?).resolve_tip(content))
    } else {
        let goal = r.byte()?;
        if !(1..=8).contains(&goal) {
            return Err(Stop::Damaged);
        }
        let title = report.capped(&at, field::TITLE, r.text()?, MAX_SHORT_TEXT);
        What::Own { goal, title }
    };
    let mut m = Measure::new(what);
    m.status = Status::ALL[usize::from(head >> HEAD_STATUS_SHIFT & 3)];
    if head & HEAD_TEXTS != 0 {
        m.responsible = report.capped(&at, field::RESPONSIBLE, r.text()?, MAX_SHORT_TEXT);
        m.note = report.capped(&at, field::NOTE, r.text()?, MAX_LONG_TEXT);
    }
    if head & HEAD_START != 0 {
        m.start = Some(r.month()?);
    }
    if head & HEAD_END != 0 {
        m.end = Some(r.month()?);
    }
    m.follow_up = match head >> HEAD_FOLLOW_UP_SHIFT & 3 {
        0 => FollowUp::None,
        FOLLOW_UP_INDICATOR => FollowUp::Indicator(Ref::Key(r.key()?).resolve_indicator(content)),
        FOLLOW_UP_OWN => match r.text()? {
            "" => FollowUp::None,
            text => FollowUp::Own(report.capped(&at, field::FOLLOW_UP, text, MAX_LONG_TEXT)),
        },
        _ => return Err(Stop::Damaged),
    };
    Ok(m)
}

/// Why reading stopped: the bytes ran out, or they cannot be a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    Cut,
    Damaged,
}

struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    fn varint(&mut self, mut n: u32) {
        while n >= 0x80 {
            self.0.push(n as u8 | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn text(&mut self, text: &str) {
        self.varint(text.len() as u32);
        self.0.extend_from_slice(text.as_bytes());
    }

    fn key(&mut self, key: Key) {
        self.0.extend_from_slice(&key.bits().to_be_bytes()[1..]);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Stop> {
        let end = self.pos.checked_add(n).ok_or(Stop::Cut)?;
        let slice = self.bytes.get(self.pos..end).ok_or(Stop::Cut)?;
        self.pos = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8, Stop> {
        Ok(self.take(1)?[0])
    }

    fn varint(&mut self) -> Result<u32, Stop> {
        let mut n: u32 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            let bits = u32::from(b & 0x7f);
            if shift == 28 && bits > 0x0f {
                return Err(Stop::Damaged);
            }
            n |= bits << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(Stop::Damaged)
    }

    fn text(&mut self) -> Result<&'a str, Stop> {
        let len = self.varint()? as usize;
        std::str::from_utf8(self.take(len)?).map_err(|_| Stop::Damaged)
    }

    fn key(&mut self) -> Result<Key, Stop> {
        let b = self.take(3)?;
        Key::from_bits(u32::from_be_bytes([0, b[0], b[1], b[2]])).ok_or(Stop::Damaged)
    }

    fn month(&mut self) -> Result<Month, Stop> {
        Month::from_index(self.varint()?).ok_or(Stop::Damaged)
    }
}

fn encode_base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The bytes, and whether every character was base64url. White space (a
/// mail program breaking a long link) is skipped; `+` and `/` of plain
/// base64 are read too. Reading stops at any other character.
fn decode_base64url(text: &str) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let (mut acc, mut bits) = (0u32, 0u32);
    let body = text.trim_end_matches('=');
    for c in body.bytes() {
        let value = match c {
            b'+' => 62,
            b'/' => 63,
            c if c.is_ascii_whitespace() => continue,
            c => match ALPHABET.iter().position(|&a| a == c) {
                Some(v) => v as u32,
                None => return (out, false),
            },
        };
        acc = (acc << 6 | value) & 0xffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    (out, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_reads_back_what_it_wrote() {
        for bytes in [
            &b""[..],
            b"f",
            b"fo",
            b"foo",
            b"foob",
            &[0, 255, 254, 62, 63],
        ] {
            let text = encode_base64url(bytes);
            assert!(text.bytes().all(|c| ALPHABET.contains(&c)));
            assert_eq!(decode_base64url(&text), (bytes.to_vec(), true));
        }
        // RFC 4648 test vectors, without padding.
        assert_eq!(encode_base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(encode_base64url(b"fooba"), "Zm9vYmE");
        assert_eq!(encode_base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode_base64url("Zm9v\r\n YmE="), (b"fooba".to_vec(), true));
        assert_eq!(decode_base64url("+/8"), (vec![0xfb, 0xff], true));
        assert_eq!(decode_base64url("Zm9vY%mFy"), (b"foo".to_vec(), false));
    }

    #[test]
    fn varints_refuse_more_than_32_bits() {
        let mut w = Writer(Vec::new());
        w.varint(u32::MAX);
        w.varint(300);
        let mut r = Reader {
            bytes: &w.0,
            pos: 0,
        };
        assert_eq!(r.varint(), Ok(u32::MAX));
        assert_eq!(r.varint(), Ok(300));
        for bytes in [&[0xff, 0xff, 0xff, 0xff, 0x1f][..], &[0x80; 6]] {
            let mut r = Reader { bytes, pos: 0 };
            assert_eq!(r.varint(), Err(Stop::Damaged));
        }
    }
}
