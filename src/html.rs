//! Text into HTML source, for the few places that write markup as text: the
//! prerendered page around the app, and the embed snippets a visitor copies.

/// Escapes text for an HTML attribute value or text node.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            super::escape("Mål \"3\" <b>&</b>"),
            "Mål &quot;3&quot; &lt;b&gt;&amp;&lt;/b&gt;"
        );
    }
}
