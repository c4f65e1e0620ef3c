//! Newer figures without a rebuild: fetch a content bundle from a URL the
//! deployer set, check it with the build's own rules, and swap it in only if
//! it is valid and not older than the bundled content.

use crate::content::{parse_bundle, Bundle, MAX_BUNDLE_BYTES};

/// Why a remote bundle was not used. Shown once in the console.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    Network(String),
    Timeout,
    Status(u16),
    ContentType(String),
    TooLarge(usize),
    Invalid(String),
    Older { remote: String, bundled: String },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Network(e) => write!(f, "nätverksfel: {e}"),
            Refusal::Timeout => write!(f, "inget svar inom {} sekunder", TIMEOUT_MS / 1000),
            Refusal::Status(s) => write!(f, "servern svarade med HTTP {s}"),
            Refusal::ContentType(t) => {
                write!(f, "fel innehållstyp \"{t}\"; väntade application/json")
            }
            Refusal::TooLarge(n) => write!(
                f,
                "filen är {n} byte; högst {MAX_BUNDLE_BYTES} byte tillåts"
            ),
            Refusal::Invalid(e) => write!(f, "innehållet är ogiltigt: {e}"),
            Refusal::Older { remote, bundled } => {
                write!(
                    f,
                    "innehållet är sammanställt {remote}, äldre än det inbyggda ({bundled})"
                )
            }
        }
    }
}

/// How long the app waits for the remote bundle.
pub const TIMEOUT_MS: u32 = 5000;

/// Checks a fetched response body after the transport checks passed.
pub fn accept(
    body: &str,
    content_type: &str,
    bundled: &Bundle,
    url: &str,
) -> Result<Bundle, Refusal> {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if mime != "application/json" && !mime.ends_with("+json") {
        return Err(Refusal::ContentType(content_type.to_string()));
    }
    if body.len() > MAX_BUNDLE_BYTES {
        return Err(Refusal::TooLarge(body.len()));
    }
    let remote = parse_bundle(body, url).map_err(|problems| {
        let first = problems
            .first()
            .map(ToString::to_string)
            .unwrap_or_default();
        let more = if problems.len() > 1 {
            format!(" (och {} fel till)", problems.len() - 1)
        } else {
            String::new()
        };
        Refusal::Invalid(format!("{first}{more}"))
    })?;
    // ISO dates compare correctly as text.
    if remote.strategy.about.compiled < bundled.strategy.about.compiled {
        return Err(Refusal::Older {
            remote: remote.strategy.about.compiled,
            bundled: bundled.strategy.about.compiled.clone(),
        });
    }
    Ok(remote)
}

/// The notice shown when the bundled figures stay.
pub fn fallback_notice(bundled: &Bundle) -> String {
    format!(
        "Nyare siffror kunde inte hämtas. Siffrorna som visas sammanställdes {}.",
        bundled.strategy.about.compiled
    )
}

#[cfg(target_arch = "wasm32")]
pub use fetch::fetch_bundle;

#[cfg(target_arch = "wasm32")]
mod fetch {
    use super::*;
    use gloo_net::http::Request;
    use wasm_bindgen::prelude::*;

    /// Fetches and checks the bundle at `url`.
    pub async fn fetch_bundle(url: &str, bundled: &Bundle) -> Result<Bundle, Refusal> {
        let controller = web_sys::AbortController::new()
            .map_err(|_| Refusal::Network("AbortController saknas".into()))?;
        let signal = controller.signal();
        let abort = Closure::once(move || controller.abort());
        let window = web_sys::window().expect("a browser window");
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.as_ref().unchecked_ref(),
                TIMEOUT_MS as i32,
            )
            .unwrap_or(0);
        let result = Request::get(url).abort_signal(Some(&signal)).send().await;
        let response = match result {
            Ok(r) => r,
            Err(e) => {
                window.clear_timeout_with_handle(timer);
                return Err(if signal.aborted() {
                    Refusal::Timeout
                } else {
                    Refusal::Network(e.to_string())
                });
            }
        };
        if !response.ok() {
            window.clear_timeout_with_handle(timer);
            return Err(Refusal::Status(response.status()));
        }
        let content_type = response.headers().get("content-type").unwrap_or_default();
        if let Some(len) = response
            .headers()
            .get("content-length")
            .and_then(|l| l.parse::<usize>().ok())
        {
            if len > MAX_BUNDLE_BYTES {
                window.clear_timeout_with_handle(timer);
                return Err(Refusal::TooLarge(len));
            }
        }
        let body = response.text().await;
        window.clear_timeout_with_handle(timer);
        drop(abort);
        let body = body.map_err(|e| {
            if signal.aborted() {
                Refusal::Timeout
            } else {
                Refusal::Network(e.to_string())
            }
        })?;
        accept(&body, &content_type, bundled, url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{bundled, BUNDLED_JSON};

    #[test]
    fn a_valid_newer_bundle_is_accepted() {
        let b = bundled().unwrap();
        let newer = BUNDLED_JSON.replacen(
            &format!("\"sammanstalld\":\"{}\"", b.strategy.about.compiled),
            "\"sammanstalld\":\"2099-01-01\"",
            1,
        );
        let got = accept(&newer, "application/json; charset=utf-8", &b, "x.json").unwrap();
        assert_eq!(got.strategy.about.compiled, "2099-01-01");
    }

    #[test]
    fn each_fault_is_refused_with_its_reason() {
        let b = bundled().unwrap();
        assert!(matches!(
            accept(BUNDLED_JSON, "text/html", &b, "x"),
            Err(Refusal::ContentType(_))
        ));
        assert!(matches!(
            accept("{", "application/json", &b, "x"),
            Err(Refusal::Invalid(_))
        ));
        let big = " ".repeat(MAX_BUNDLE_BYTES + 1);
        assert!(matches!(
            accept(&big, "application/json", &b, "x"),
            Err(Refusal::TooLarge(_))
        ));
        let older = BUNDLED_JSON.replacen(
            &format!("\"sammanstalld\":\"{}\"", b.strategy.about.compiled),
            "\"sammanstalld\":\"2001-01-01\"",
            1,
        );
        assert!(matches!(
            accept(&older, "application/json", &b, "x"),
            Err(Refusal::Older { .. })
        ));
        let other_schema = BUNDLED_JSON.replacen("\"schema\":2", "\"schema\":9", 1);
        let err = accept(&other_schema, "application/json", &b, "x").unwrap_err();
        assert_eq!(err.to_string(), "innehållet är ogiltigt: x, fält `schema`: okänd schemaversion 9; appen läser version 2");
    }
}
