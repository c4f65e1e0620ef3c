//! Open data: every indicator value as CSV.

use super::model::Bundle;

/// Quotes a CSV field when needed (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub const CSV_HEADER: &str = "mal,indikator_id,indikator,serie,ar,varde,enhet,kalla,kalla_url";

/// One row per value, UTF-8, with a header row. Values use a decimal point
/// so that any tool reads them as numbers.
pub fn indicators_csv(bundle: &Bundle) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    for goal in &bundle.goals {
        for ind in &goal.indicators {
            for s in &ind.series {
                for p in &s.points {
                    let row = [
                        goal.number.to_string(),
                        ind.id.clone(),
                        ind.name.clone(),
                        s.name.clone(),
                        p.year.to_string(),
                        p.value.to_string(),
                        ind.unit.label().to_string(),
                        ind.source.title.clone(),
                        ind.source.url.clone(),
                    ];
                    let line: Vec<String> = row.iter().map(|f| field(f)).collect();
                    out.push_str(&line.join(","));
                    out.push_str("\r\n");
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_with_commas_or_quotes_are_quoted() {
        assert_eq!(field("a"), "a");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("sa \"x\""), "\"sa \"\"x\"\"\"");
    }
}
