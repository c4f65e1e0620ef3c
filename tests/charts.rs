//! Charts and figures that cannot mislead: every figure with its unit, years
//! on a real time axis, breaks in a series and comparison series shown as
//! such, in the HTML a reader gets (rendered natively, as prerendered).

use strategi::route::Route;
use strategi::status::Status;

mod common;
use common::between;

fn render(route: Route) -> String {
    common::render(route, &[])
}

/// The indicator's section on its goal view.
fn section(goal: u8, id: &str) -> String {
    let html = render(Route::Goal(goal));
    between(&html, &format!("id=\"mal-{goal}-{id}\""), "</section>").to_string()
}

/// Text without tags, spaces collapsed.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The x of the chart's axis label for `label` (a year or a span of years).
fn axis_x(svg: &str, label: &str) -> f64 {
    let end = svg
        .find(&format!(">{label}</text>"))
        .unwrap_or_else(|| panic!("axis label {label} not found"));
    let tag = &svg[svg[..end].rfind("<text").unwrap()..end];
    assert!(
        tag.contains("axel-text"),
        "{label} is not an axis label: {tag}"
    );
    let x = &tag[tag.find(" x=\"").unwrap() + 4..];
    x[..x.find('"').unwrap()].parse().unwrap()
}

#[test]
fn goal_cards_show_each_figure_with_its_unit_year_and_what_it_measures() {
    // (goal, the card's figure as read) from content/mal-*.toml by hand:
    // the main series' latest value, never a comparison series.
    let cards: [(u8, &str); 8] = [
        (1, "5,8 av 10 (2023) Elevers förtroende för att vuxna i skolan gör tillräckligt när en elev behandlas illa (Åk 8, alla elever)"),
        (2, "80 % (2023) Andel kommuner och stadsdelar där socialtjänsten erbjuder våldsutövare stödsamtal med biståndsbeslut"),
        (3, "95 % (2021) Andel kvinnor som tillfrågas om våldsutsatthet i mödrahälsovården (Stockholm)"),
        (4, "94 % (2019) Andel kommuner och stadsdelar som erbjuder våldsutsatta vuxna, kvinnor och män, skyddat boende med biståndsbeslut"),
        (5, "33 % (2022) Andel personuppklarade brott: grov fridskränkning (Kvinnor)"),
        (6, "28 % (2022) Andel av ansökta kontaktförbud som beviljades"),
        (7, "Inga siffror att visa ännu"),
        (8, "74 % (2022) Andel enheter i kommuner och stadsdelar som använder FREDA-kortfrågor för att upptäcka våldsutsatthet hos vuxna"),
    ];
    let html = render(Route::Overview);
    for (goal, expected) in cards {
        let card = between(&html, &format!("data-mal=\"{goal}\""), "</li>");
        let figure = between(card, "<p class=\"malkort-siffra\">", "</p>");
        assert_eq!(text(figure), expected, "goal {goal}");
    }
}

#[test]
fn goal_3_shows_the_years_without_figures_as_a_gap() {
    let s = section(3, "fragor-om-vald-i-modrahalsovarden");
    let svg = between(&s, "<svg", "</svg>");

    // 2011 and 2019 are further apart than two neighbouring years.
    let year_step = axis_x(svg, "2020") - axis_x(svg, "2019");
    let gap = axis_x(svg, "2019") - axis_x(svg, "2011");
    assert!(year_step > 0.0);
    assert!(
        gap >= 2.0 * year_step,
        "2011→2019 {gap}, one year {year_step}"
    );
    // The skipped years are named on the axis, between the two.
    let span = axis_x(svg, "2012–2018");
    assert!(axis_x(svg, "2011") < span && span < axis_x(svg, "2019"));
    assert!(svg.contains(">inga</text>") && svg.contains(">siffror</text>"));
    assert!(svg.contains("Inga siffror 2012–2018."), "aria-label");

    // The table says so between the rows for 2011 and 2019.
    let table = between(&s, "<table", "</table>");
    let row_2011 = table.find("<th scope=\"row\">2011</th>").unwrap();
    let gap_row = table.find("2012–2018: inga siffror").unwrap();
    let row_2019 = table.find("<th scope=\"row\">2019</th>").unwrap();
    assert!(row_2011 < gap_row && gap_row < row_2019);

    // Short gaps are spelled out year by year instead (goal 2: 2019, 2022).
    let short = section(2, "stodsamtal-med-bistandsbeslut");
    assert!(!short.contains("inga siffror"));
    let svg = between(&short, "<svg", "</svg>");
    let step = axis_x(svg, "2020") - axis_x(svg, "2019");
    assert!((axis_x(svg, "2022") - axis_x(svg, "2019") - 3.0 * step).abs() < 0.01);
}

#[test]
fn goal_5_marks_the_new_version_of_the_measure_in_chart_and_table() {
    let s = section(5, "personuppklaring-grov-fridskrankning");
    let svg = between(&s, "<svg", "</svg>");
    assert!(
        text(svg).contains("Ny version av måttet från 2022"),
        "{svg}"
    );
    // The dashed line stands between 2021 and 2022.
    let at = svg.find("class=\"brott-linje\"").expect("a break line");
    let line = &svg[svg[..at].rfind("<line").unwrap()..at];
    let x: f64 = between(line, "x1=\"", "\" ")[4..].parse().unwrap();
    assert!(axis_x(svg, "2021") < x && x < axis_x(svg, "2022"), "{line}");

    let table = between(&s, "<table", "</table>");
    let row_2021 = table.find("<th scope=\"row\">2021</th>").unwrap();
    let note = table
        .find("Ny version av måttet från 2022: värdena före och efter går inte att jämföra.")
        .unwrap_or_else(|| panic!("{table}"));
    let row_2022 = table.find("<th scope=\"row\">2022</th>").unwrap();
    assert!(row_2021 < note && note < row_2022);

    // A series without a break gets no such mark.
    let other = section(5, "personuppklaring-grov-kvinnofridskrankning");
    assert!(!other.contains("Ny version av måttet"));
    assert!(!other.contains("brott-linje"));
}

#[test]
fn comparison_series_are_labelled_and_drawn_as_comparison() {
    // (goal, indicator, comparison series, main series if any)
    let cases = [
        (4, "skolgang-i-skyddat-boende-riket", "Riket", None),
        (
            3,
            "fragor-om-vald-i-modrahalsovarden",
            "Riket",
            Some("Stockholm"),
        ),
    ];
    for (goal, id, comparison, main) in cases {
        let s = section(goal, id);
        let label = format!("{comparison} (jämförelse)");
        let head = between(&s, "<thead>", "</thead>");
        assert!(
            head.contains(&format!("<th scope=\"col\">{label}</th>")),
            "{id}: {head}"
        );
        let legend = between(&s, "class=\"teckenforklaring\"", "</ul>");
        assert!(text(legend).contains(&label), "{id}: {legend}");
        assert!(legend.contains("nyckel serie-") && legend.contains(" jamforelse\""));
        let svg = between(&s, "<svg", "</svg>");
        assert!(
            svg.contains(" jamforelse\""),
            "{id}: bars drawn as comparison"
        );
        if let Some(main) = main {
            assert!(
                head.contains(&format!("<th scope=\"col\">{main}</th>")),
                "{id}"
            );
            assert!(!text(legend).contains(&format!("{main} (jämförelse)")));
        }
    }
}

#[test]
fn chart_labels_and_table_cells_carry_the_unit() {
    // (goal, indicator, axis title, a bar label, a table cell)
    let cases = [
        (
            3,
            "fragor-om-vald-i-modrahalsovarden",
            "Procent",
            ">94\u{202f}%</text>",
            ">94 %</td>",
        ),
        (
            1,
            "elevers-fortroende-vuxna-i-skolan",
            "Medelvärde, skala 0–10",
            ">5,8</text>",
            ">5,8</td>",
        ),
        (
            2,
            "valj-att-sluta-samtal",
            "Antal",
            ">119</text>",
            ">119</td>",
        ),
    ];
    for (goal, id, title, bar, cell) in cases {
        let s = section(goal, id);
        let svg = between(&s, "<svg", "</svg>");
        assert!(
            text(between(svg, "class=\"axel-enhet\"", "</text>")).ends_with(title),
            "{id}"
        );
        assert!(svg.contains(bar), "{id}: {bar}");
        assert!(
            between(&s, "<table", "</table>").contains(cell),
            "{id}: {cell}"
        );
    }
}

/// The value of a colour token in a block of CSS.
fn token(css: &str, name: &str) -> String {
    let at = css
        .find(&format!("{name}:"))
        .unwrap_or_else(|| panic!("{name} not set"));
    let value = &css[at + name.len() + 1..];
    value[..value.find(';').unwrap()].trim().to_string()
}

fn contrast(a: &str, b: &str) -> f64 {
    fn luminance(hex: &str) -> f64 {
        let c = |i: usize| {
            let v = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5)
    }
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn the_uncertain_status_is_styled_and_readable_in_light_and_dark() {
    let goals = std::fs::read_to_string("style/30-goals.css").unwrap();
    let class = Status::Uncertain.class();
    let rule = between(&goals, &format!(".{class} {{"), "}");
    let var = between(rule, "var(", ")")[4..].to_string();

    // Goal 2 has an indicator with a gap before its latest value.
    let html = render(Route::Goal(2));
    assert!(html.contains(&format!("class=\"status {class}\"")));
    assert!(text(&html).contains("? Osäker utveckling"));

    // Each status colour reads at 4.5:1 or more on every background it
    // may stand on, in light and in dark mode.
    let tokens = std::fs::read_to_string("style/00-tokens.css").unwrap();
    let (light, dark) = tokens.split_at(tokens.find("prefers-color-scheme: dark").unwrap());
    for mode in [light, dark] {
        for status in ["--good", "--bad", "--neutral", var.as_str()] {
            let fg = token(mode, status);
            for bg in ["--bg", "--bg-card", "--bg-soft"] {
                let bg = token(mode, bg);
                let ratio = contrast(&fg, &bg);
                assert!(ratio >= 4.5, "{status} {fg} on {bg}: {ratio:.2}");
            }
        }
    }
}
