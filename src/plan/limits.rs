//! How much one plan holds. The page's fields use the same limits; readers
//! cut longer input and say so.

/// Longest name, unit, responsible or own title, in characters.
pub const MAX_SHORT_TEXT: usize = 300;
/// Longest note or own follow-up, in characters.
pub const MAX_LONG_TEXT: usize = 2_000;
/// Most measures in one plan (the content has 128 tips).
pub const MAX_MEASURES: usize = 500;
/// Longest tip or indicator id read from a file; longer is not an id.
pub const MAX_ID_CHARS: usize = 200;

/// `text` cut to at most `limit` characters.
pub fn cap(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((at, _)) => text[..at].to_string(),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_count_characters_not_bytes() {
        assert_eq!(cap("åäö🙂x", 4), "åäö🙂");
        assert_eq!(cap("åä", 4), "åä");
    }
}
