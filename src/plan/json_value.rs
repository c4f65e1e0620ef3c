//! A small JSON reader and writer for the plan file.
//!
//! The plan is read and written in the browser, whose islands keep serde
//! and serde_json out of their WASM (see `browser/island_data.rs`): serde_json's
//! reader and writer cost about 17 kB brotli in a WASM build. A plan file
//! needs far less than all of JSON's uses, and this is all of it: strict
//! JSON (RFC 8259) in, indented JSON out. Numbers are kept as written (even
//! beyond what f64 holds), since the plan only reads small whole numbers.

use std::fmt::Write;

/// A JSON value. Object members keep their order; a repeated name reads as
/// its last value, as most JSON readers do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number as written, checked against JSON's grammar.
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Deepest nesting read (as serde_json); deeper input is refused rather
/// than risking the stack.
const MAX_DEPTH: usize = 128;

impl Json {
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number from 0 to `u64::MAX`, written without fraction or
    /// exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        *self == Json::Null
    }

    pub fn string(text: &str) -> Json {
        Json::String(text.to_string())
    }

    pub fn number(n: u64) -> Json {
        Json::Number(n.to_string())
    }

    /// The value on one line, as in a message ("7", "true", "[1,2]").
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// The value indented by two spaces, one member per line.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>) {
        let open = |out: &mut String, bracket: char, level: usize| {
            out.push(bracket);
            if indent.is_some() {
                out.push('\n');
                out.push_str(&"  ".repeat(level + 1));
            }
        };
        let close = |out: &mut String, bracket: char, level: usize| {
            if indent.is_some() {
                out.push('\n');
                out.push_str(&"  ".repeat(level));
            }
            out.push(bracket);
        };
        let between = |out: &mut String, level: usize| {
            out.push(',');
            if indent.is_some() {
                out.push('\n');
                out.push_str(&"  ".repeat(level + 1));
            }
        };
        let level = indent.unwrap_or(0);
        let inner = indent.map(|l| l + 1);
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            Json::String(s) => write_string(out, s),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Object(members) if members.is_empty() => out.push_str("{}"),
            Json::Array(items) => {
                open(out, '[', level);
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        between(out, level);
                    }
                    item.write(out, inner);
                }
                close(out, ']', level);
            }
            Json::Object(members) => {
                open(out, '{', level);
                for (i, (name, value)) in members.iter().enumerate() {
                    if i > 0 {
                        between(out, level);
                    }
                    write_string(out, name);
                    out.push_str(if indent.is_some() { ": " } else { ":" });
                    value.write(out, inner);
                }
                close(out, '}', level);
            }
        }
    }
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Reads one JSON value with nothing but white space around it; `None` for
/// anything that is not JSON.
pub fn parse(text: &str) -> Option<Json> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        pos: 0,
    };
    let value = p.value(0)?;
    p.space();
    (p.pos == p.bytes.len()).then_some(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.pos += usize::from(found);
        found
    }

    fn word(&mut self, word: &str, value: Json) -> Option<Json> {
        let end = self.pos + word.len();
        (self.bytes.get(self.pos..end)? == word.as_bytes()).then(|| {
            self.pos = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'n' => self.word("null", Json::Null),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                self.space();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        self.space();
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Some(Json::Array(items))
            }
            b'{' => {
                self.pos += 1;
                let mut members = Vec::new();
                self.space();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        if self.peek() != Some(b'"') {
                            return None;
                        }
                        let name = self.string()?;
                        self.space();
                        if !self.eat(b':') {
                            return None;
                        }
                        members.push((name, self.value(depth + 1)?));
                        self.space();
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Some(Json::Object(members))
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Option<Json> {
        let start = self.pos;
        self.eat(b'-');
        let first = self.peek();
        let whole = self.digits();
        if whole == 0 || (first == Some(b'0') && whole > 1) {
            return None;
        }
        if self.eat(b'.') && self.digits() == 0 {
            return None;
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            if self.digits() == 0 {
                return None;
            }
        }
        let text = std::str::from_utf8(&self.bytes[start..self.pos]).ok()?;
        Some(Json::Number(text.to_string()))
    }

    fn hex4(&mut self) -> Option<u32> {
        let hex = self.bytes.get(self.pos..self.pos + 4)?;
        self.pos += 4;
        let text = std::str::from_utf8(hex).ok()?;
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(text, 16).ok()
    }

    fn string(&mut self) -> Option<String> {
        self.pos += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control byte.
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            out.push_str(std::str::from_utf8(&self.bytes[start..self.pos]).ok()?);
            match self.peek()? {
                b'"' => {
                    self.pos += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.pos += 1;
                    let escape = self.peek()?;
                    self.pos += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let high = self.hex4()?;
                            let code = if (0xd800..0xdc00).contains(&high) {
                                if !(self.eat(b'\\') && self.eat(b'u')) {
                                    return None;
                                }
                                let low = self.hex4()?;
                                if !(0xdc00..0xe000).contains(&low) {
                                    return None;
                                }
                                0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
                            } else {
                                high
                            };
                            char::from_u32(code)?
                        }
                        _ => return None,
                    });
                }
                _ => return None, // a control character
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_and_refuses_what_is_not() {
        let value =
            parse(" {\"a\": [1, -2.5e+3, true, null, \"x\\u00e5\\ud83d\\ude42\\n\"], \"a\": {}} ")
                .unwrap();
        assert_eq!(
            value.get("a"),
            Some(&Json::Object(vec![])),
            "a repeated name reads as its last value"
        );
        let Json::Object(members) = &value else {
            panic!("object")
        };
        assert_eq!(
            members[0].1,
            Json::Array(vec![
                Json::number(1),
                Json::Number("-2.5e+3".into()),
                Json::Bool(true),
                Json::Null,
                Json::string("xå🙂\n"),
            ])
        );
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "1.",
            "-",
            "1e",
            "\"\\x\"",
            "\"a\nb\"",
            "tru",
            "\"\\ud83d\"",
            "\"\\ude42\"",
            "{} {}",
            "'a'",
            "[1 2]",
            "{,}",
            "\u{feff}{}",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        assert_eq!(parse(&"[".repeat(129)), None);
        assert!(parse(&format!("{}{}", "[".repeat(128), "]".repeat(128))).is_some());
    }

    #[test]
    fn writes_indented_json() {
        let value = Json::Object(vec![
            ("a".into(), Json::number(1)),
            (
                "b".into(),
                Json::Array(vec![Json::Object(vec![(
                    "c".into(),
                    Json::string("\"å\"\t\u{1}"),
                )])]),
            ),
            ("d".into(), Json::Array(vec![])),
            ("e".into(), Json::Null),
        ]);
        assert_eq!(
            value.to_pretty(),
            "{\n  \"a\": 1,\n  \"b\": [\n    {\n      \"c\": \"\\\"å\\\"\\t\\u0001\"\n    }\n  ],\n  \"d\": [],\n  \"e\": null\n}"
        );
        assert_eq!(parse(&value.to_pretty()), Some(value.clone()));
        assert_eq!(
            value.to_compact(),
            "{\"a\":1,\"b\":[{\"c\":\"\\\"å\\\"\\t\\u0001\"}],\"d\":[],\"e\":null}"
        );
    }
}
