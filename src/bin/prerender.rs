//! Fills dist/ after `trunk build`: one prerendered HTML file per view, one
//! frame page per embeddable view under inbaddad/ (and inbaddad/utan-rubrik/),
//! embed.html (the old iframe address), the open data files (JSON bundle and CSV).
//!
//!     cargo run --bin prerender -- dist /base/ [https://host/base/]
//!
//! The optional public address (or `STRATEGI_ADRESS`) gives every page its
//! canonical URL.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::fs;
    use std::path::Path;
    use std::process::ExitCode;
    use std::sync::Arc;

    use strategi::content::{bundled, export::indicators_csv, BUNDLED_JSON};
    use strategi::contract::FRAME_DIR;
    use strategi::prerender::{
        embed_page, frame_file_for, frame_page, frame_routes, page, routes, widget_fragment,
        widget_states, PublicAddress,
    };
    use strategi::route::{file_for, fragment_file, normalize_base};

    let args: Vec<String> = std::env::args().skip(1).collect();
    // `prerender --base PATH` prints the normalised base, for .ci/build.
    if args.first().map(String::as_str) == Some("--base") {
        println!(
            "{}",
            normalize_base(args.get(1).map_or("/", String::as_str))
        );
        return ExitCode::SUCCESS;
    }
    let dist = Path::new(args.first().map(String::as_str).unwrap_or("dist"));
    let base = normalize_base(args.get(1).map_or("/", String::as_str));
    let address = args
        .get(2)
        .cloned()
        .or_else(|| std::env::var("STRATEGI_ADRESS").ok())
        .filter(|a| !a.trim().is_empty());
    let address = match address
        .map(|a| PublicAddress::parse(&a).and_then(|a| a.check_base(&base).map(|()| a)))
    {
        None => None,
        Some(Ok(a)) => Some(a),
        Some(Err(e)) => {
            eprintln!("prerender: fel i den publika adressen (STRATEGI_ADRESS): {e}");
            return ExitCode::FAILURE;
        }
    };

    let bundle = match bundled() {
        Ok(b) => Arc::new(b),
        Err(problems) => {
            for p in problems {
                eprintln!("prerender: {p}");
            }
            return ExitCode::FAILURE;
        }
    };
    let template_path = dist.join("index.html");
    let template = match fs::read_to_string(&template_path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "prerender: kan inte läsa {}: {e} (kör trunk build först)",
                template_path.display()
            );
            return ExitCode::FAILURE;
        }
    };
    // Keep trunk's shell for the next run, so prerendering is repeatable.
    let shell_path = dist.join("index.shell.html");
    let template = if shell_path.exists() {
        fs::read_to_string(&shell_path).unwrap_or(template)
    } else {
        template
    };
    if let Err(e) = fs::write(&shell_path, &template) {
        eprintln!("prerender: {e}");
        return ExitCode::FAILURE;
    }

    // Every view's page, and every embeddable view's frame page (with our
    // heading and without), then embed.html, the old iframe address.
    let mut pages: Vec<(String, Result<String, String>)> = Vec::new();
    for route in routes(&bundle) {
        let html = page(&template, &bundle, route, &base, address.as_ref());
        pages.push((file_for(route), html));
    }
    // The frame pages also come drawn with each actor type's filter, in
    // that actor type's folder (inbaddad/kommun/mal/3/).
    let actors = bundle.actor_ids();
    let filters = std::iter::once(None).chain(actors.iter().map(|a| Some(*a)));
    for filter in filters {
        for heading_hidden in [false, true] {
            for route in frame_routes(&bundle) {
                let html = frame_page(&template, &bundle, route, &base, heading_hidden, filter);
                pages.push((frame_file_for(route, heading_hidden, filter), html));
            }
        }
    }
    pages.push((
        "embed.html".to_string(),
        embed_page(&template, &bundle, &base),
    ));
    let written = pages.len();
    for (file, html) in pages {
        let html = match html {
            Ok(h) => h,
            Err(e) => {
                eprintln!("prerender: {e}");
                return ExitCode::FAILURE;
            }
        };
        let path = dist.join(&file);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).ok();
        }
        if let Err(e) = fs::write(&path, html) {
            eprintln!("prerender: kan inte skriva {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }

    for state in widget_states(&bundle) {
        let path = dist.join(FRAME_DIR).join(fragment_file(&state));
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).ok();
        }
        if let Err(e) = fs::write(&path, widget_fragment(&bundle, state, &base)) {
            eprintln!("prerender: kan inte skriva {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }

    let data = dist.join("data");
    fs::create_dir_all(&data).ok();
    let results = [
        fs::write(data.join("innehall.json"), BUNDLED_JSON),
        fs::write(data.join("indikatorer.csv"), indicators_csv(&bundle)),
    ];
    if let Some(Err(e)) = results.into_iter().find(Result::is_err) {
        eprintln!("prerender: kan inte skriva data: {e}");
        return ExitCode::FAILURE;
    }
    let canonical = address.map_or_else(
        || "utan publik adress".to_string(),
        |a| format!("adress {}", a.as_str()),
    );
    println!(
        "prerender: {written} sidor och data/ skrivna i {} (bas {base}, {canonical})",
        dist.display()
    );
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
