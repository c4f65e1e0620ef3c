#!/usr/bin/env python3
"""What each dependency costs in the WASM files.

Usage: python3 .ci/wasm-kostnad.py   (after a release build; see .ci/kostnad)

Runs wasm-bindgen and wasm-opt on the release WASM of both binaries the
way trunk and .ci/build do, but keeps the symbol names (-g), so the sizes
are those of the shipped code; twiggy then sizes every function and data segment, and
they are added up per crate. Each crate is then charged to one direct dependency in
Cargo.toml: the first one in DIRECT that pulls it in (cargo tree), so a crate
shared by several is charged to the most basic of them. What is left for
"leptos" is then what only Leptos brings.

Sizes are bytes of code and data after wasm-opt, uncompressed. Brotli
cannot be split per crate; the whole file's brotli size is printed beside
it, and the shares carry over roughly.
"""

import collections
import csv
import importlib.util
import io
import os
import re
import subprocess
import sys

_spec = importlib.util.spec_from_file_location(
    "klasser", os.path.join(os.path.dirname(__file__), "utan-oanvanda-klasser.py"))
_klasser = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_klasser)
FINAL_WASM_OPT = _klasser.WASM_OPT

TARGET = os.environ.get("CARGO_TARGET_DIR", "target")
WASMS = {
    "strategi-sida": f"{TARGET}/wasm32-unknown-unknown/release/strategi-sida.wasm",
    "strategi": f"{TARGET}/wasm32-unknown-unknown/release/strategi.wasm",
}
WORK = "target/wasm-kostnad"
WASM_OPT_FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
                     "--enable-mutable-globals", "--enable-reference-types"]
DIST = {"strategi-sida": "dist/strategi-sida_bg.wasm", "strategi": "dist/strategi_bg.wasm"}
# Most basic first: a crate is charged to the first of these that pulls it in.
DIRECT = ["wasm-bindgen", "js-sys", "web-sys", "wasm-bindgen-futures", "serde", "serde_json", "gloo-net", "leptos"]
STD = {"core", "alloc", "std", "dlmalloc", "compiler_builtins", "__rustc", "panic_abort", "rustc_std_workspace_core"}


def crate_owners():
    """crate name (with _) → the direct dependency it is charged to."""
    tree = subprocess.run(
        ["cargo", "tree", "--offline", "--target", "wasm32-unknown-unknown", "-e", "normal",
         "--prefix", "depth", "--format", "{p}"],
        capture_output=True, text=True, check=True).stdout
    reached = collections.defaultdict(set)
    top = None
    for line in tree.splitlines():
        m = re.match(r"(\d+)(\S+) v", line)
        if not m:
            continue
        depth, name = int(m.group(1)), m.group(2)
        if depth == 1:
            top = name
        if depth >= 1 and top:
            reached[name.replace("-", "_")].add(top)
    owners = {}
    for crate, tops in reached.items():
        owners[crate] = next((d for d in DIRECT if d in tops), sorted(tops)[0])
    return owners


PRIMITIVES = r"(?:str|char|bool|[iu](?:8|16|32|64|128|size)|f32|f64|\[.*?\]|\(.*?\)|[A-Z]\w*)"


def crate_of(name):
    if name.startswith("data segment") or name.startswith("data["):
        return "(data)"
    n = name.lstrip("<&").replace("mut ", "").replace("dyn ", "").lstrip("&")
    # A type of a crate: that crate's code (serde_json's Deserializer impls).
    m = re.match(r"([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::", n)
    if m:
        return m.group(1)
    # "<T as tachys::view::…>": the trait's generic code, monomorphised for us;
    # "<str as core::fmt::Debug>", "<char>::…": the standard library.
    m = re.match(PRIMITIVES + r"(?:>| as ([a-z_][a-z0-9_]*))", n)
    if m:
        return m.group(1) or "core"
    if n.startswith("export ") or n.startswith("import ") or n.startswith("table") or n.startswith("elem"):
        return "(wasm-bindgen glue)"
    return "(other)"


def shipped_with_names(bin_name, path):
    """wasm-bindgen, then wasm-opt as trunk and the build script run it,
    keeping names: the shipped code, named."""
    subprocess.run(["wasm-bindgen", "--target", "web", "--out-dir", WORK, path], check=True)
    bg = f"{WORK}/{bin_name}_bg.wasm"
    named = f"{WORK}/{bin_name}.named.wasm"
    first = ["-Oz", *FINAL_WASM_OPT[:4]]  # trunk: data-wasm-opt="z" and its params
    subprocess.run(["wasm-opt", *first, "-g", *WASM_OPT_FEATURES, bg, "-o", named], check=True)
    subprocess.run(["wasm-opt", *FINAL_WASM_OPT, "-g", *WASM_OPT_FEATURES, named, "-o", named], check=True)
    return named


def sizes(path):
    out = subprocess.run(["twiggy", "top", "-n", "1000000", "-f", "csv", path],
                         capture_output=True, text=True, check=True).stdout
    per = collections.Counter()
    for row in csv.DictReader(io.StringIO(out)):
        name = row["Name"]
        if "function names" in name or name.startswith("custom section") or name.startswith("Σ"):
            continue
        per[crate_of(name)] += int(row["ShallowSize"])
    return per


def brotli(path):
    try:
        return len(subprocess.run(["brotli", "-q", "11", "-c", path], capture_output=True, check=True).stdout)
    except (OSError, subprocess.CalledProcessError):
        return 0


def main():
    os.makedirs(WORK, exist_ok=True)
    owners = crate_owners()
    results = {}
    for bin_name, path in WASMS.items():
        per = sizes(shipped_with_names(bin_name, path))
        charged = collections.Counter()
        for crate, size in per.items():
            if crate in STD:
                charged["Rust std (core, alloc, std)"] += size
            elif crate in ("strategi", "strategi_sida"):
                charged["vår kod (strategi)"] += size
            elif crate == "(data)":
                charged["data (texter, tabeller, inbyggt innehåll)"] += size
            elif crate.startswith("("):
                charged["övrigt (wasm-bindgen-lim, tabeller)"] += size
            else:
                charged[owners.get(crate, "övrigt (okänd crate)")] += size
        results[bin_name] = charged
    def num(n):
        return f"{n:,}".replace(",", "\u202f")

    keys = sorted(set().union(*results.values()), key=lambda k: -results["strategi-sida"].get(k, 0) - results["strategi"].get(k, 0))
    total = {b: sum(c.values()) for b, c in results.items()}
    print("| Del | öarna, strategi-sida (B) | andel | hela appen, strategi (B) | andel |")
    print("|---|---:|---:|---:|---:|")
    for k in keys:
        a, b = results["strategi-sida"].get(k, 0), results["strategi"].get(k, 0)
        print(f"| {k} | {num(a)} | {100 * a / total['strategi-sida']:.0f} % | {num(b)} | {100 * b / total['strategi']:.0f} % |")
    print(f"| **summa (efter wasm-opt, okomprimerat)** | {num(total['strategi-sida'])} | | {num(total['strategi'])} | |")
    print(f"| färdig fil i dist/, brotli -q 11 | {num(brotli(DIST['strategi-sida']))} | | {num(brotli(DIST['strategi']))} | |")
    js = {b: p.replace("_bg.wasm", ".js") for b, p in DIST.items()}
    print(f"| dess JS-lim i dist/, brotli -q 11 | {num(brotli(js['strategi-sida']))} | | {num(brotli(js['strategi']))} | |")


if __name__ == "__main__":
    sys.exit(main())
