//! The module graph of `src/`: imports point one way only. Each file is a
//! module; a path to `crate::…` or `super::…` outside its tests is an edge
//! to the module it names. The graph must have no cycle, and no module may
//! use one of a higher layer.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Module path of every file under `src/` except the crate roots and bins.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("bin") {
                    walk(&path, out);
                }
                continue;
            }
            let rel = path
                .strip_prefix("src")
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if !rel.ends_with(".rs") || ["lib.rs", "main.rs", "embed.rs"].contains(&rel.as_str()) {
                continue;
            }
            let module = rel
                .trim_end_matches(".rs")
                .trim_end_matches("/mod")
                .replace('/', "::");
            out.insert(module, fs::read_to_string(&path).unwrap());
        }
    }
    let mut out = BTreeMap::new();
    walk(Path::new("src"), &mut out);
    out
}

/// Identifier paths after `prefix` ("crate::", "super::") in `code`. A
/// `use` group (`crate::a::{b::C, d}`) gives one path per item.
fn paths_after<'a>(code: &'a str, prefix: &str) -> Vec<Vec<&'a str>> {
    let ident_path = |rest: &'a str| -> (&'a str, &'a str) {
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        (&rest[..end], &rest[end..])
    };
    let split = |p: &'a str| -> Vec<&'a str> { p.split("::").filter(|s| !s.is_empty()).collect() };
    let mut out = Vec::new();
    for (i, _) in code.match_indices(prefix) {
        // A whole word: not `xcrate::`.
        if code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let (path, after) = ident_path(&code[i + prefix.len()..]);
        let head = split(path);
        match after.strip_prefix('{').filter(|_| path.ends_with("::")) {
            Some(group) => {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                for item in group.split(',') {
                    let (inner, _) = ident_path(item.trim());
                    out.push(head.iter().copied().chain(split(inner)).collect());
                }
            }
            None => out.push(head),
        }
    }
    out
}

/// Edges from each module to the modules it uses.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let known: BTreeSet<&str> = modules.keys().map(String::as_str).collect();
    let resolve = |segments: &[&str]| -> Option<String> {
        (1..=segments.len())
            .rev()
            .map(|n| segments[..n].join("::"))
            .find(|m| known.contains(m.as_str()))
    };
    let mut graph = BTreeMap::new();
    for (module, code) in &modules {
        // Tests sit at the end of a file and may use anything.
        let code = code.split("#[cfg(test)]").next().unwrap();
        let parent: Vec<&str> = {
            let mut parts: Vec<&str> = module.split("::").collect();
            parts.pop();
            parts
        };
        let mut uses = BTreeSet::new();
        for path in paths_after(code, "crate::") {
            uses.extend(resolve(&path));
        }
        for path in paths_after(code, "super::") {
            let full: Vec<&str> = parent.iter().copied().chain(path).collect();
            uses.extend(resolve(&full));
        }
        uses.remove(module);
        graph.insert(module.clone(), uses);
    }
    graph
}

/// A cycle in the graph, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_modules_form_no_cycle() {
    let graph = graph();
    // The graph is real: the views use the shell, the browser code the app.
    assert!(graph["routes::goal"].contains("shell"));
    assert!(graph["browser::app"].contains("app"));
    assert!(graph["app"].contains("routes::goal"));
    if let Some(cycle) = find_cycle(&graph) {
        panic!("import cycle: {}", cycle.join(" → "));
    }
}

#[test]
fn the_check_finds_a_cycle_when_there_is_one() {
    let mut graph = graph();
    graph.get_mut("shell").unwrap().insert("app".to_string());
    let cycle = find_cycle(&graph).expect("shell → app → shell is a cycle");
    assert_eq!(cycle.first(), cycle.last());
}

/// The layers, top down (as `src/lib.rs` describes them): a module uses
/// modules of its own layer or below, never above.
const LAYERS: &[&[&str]] = &[
    &["browser", "prerender"],
    &["app"],
    &["routes"],
    &["components"],
    &["islands"],
    &["shell"],
    &[
        "remote", "route", "search", "filter", "status", "html", "plan",
    ],
    &["content", "contract"],
];

#[test]
fn each_module_uses_only_its_own_layer_or_those_below() {
    let layer = |m: &str| {
        let top = m.split("::").next().unwrap();
        LAYERS
            .iter()
            .position(|l| l.contains(&top))
            .unwrap_or_else(|| panic!("{top} is in no layer"))
    };
    let mut wrong = Vec::new();
    for (module, uses) in graph() {
        for used in uses {
            if layer(&used) < layer(&module) {
                wrong.push(format!("{module} → {used}"));
            }
        }
    }
    assert!(wrong.is_empty(), "upward imports: {wrong:?}");
}

/// Prints the graph (`cargo test --test architecture -- --nocapture print`).
#[test]
fn print_the_module_graph() {
    for (module, uses) in graph() {
        let uses: Vec<&str> = uses.iter().map(String::as_str).collect();
        println!("{module} → {}", uses.join(", "));
    }
}
