#!/usr/bin/env python3
"""Removes exported classes nothing uses from a WASM file and its JS glue.

Usage: python3 .ci/utan-oanvanda-klasser.py DIR NAME   (DIR/NAME.js, DIR/NAME_bg.wasm)

`server_fn` in Leptos depends on `wasm-streams`, whose `#[wasm_bindgen]`
classes (IntoUnderlyingSource, …) are exported from every binary that links
it, with their code, although no server function is used here. A class
that the glue never hands to JavaScript (its name appears only in its own
definition) is unreachable: its JS class and the WASM exports behind it are
removed, and wasm-opt (WASM_OPT below) then drops the code. Anything
unexpected stops the build with nothing changed.
"""

import importlib.util
import os
import re
import subprocess
import sys

# The final wasm-opt pass (trunk's first one runs -Oz with the same passes,
# see data-wasm-opt-params in index.html and sida.html). Flattening and
# re-looping between the -Oz runs makes the control flow that LLVM and the
# first -Oz left smaller; the producers and target-features sections are
# read by nothing in a browser. Measured in the README ("Beroenden").
WASM_OPT = ["--flatten", "--rereloop", "-Oz", "-Oz", "--strip-producers", "--strip-target-features"]

_spec = importlib.util.spec_from_file_location(
    "korta", os.path.join(os.path.dirname(__file__), "korta-importnamn.py"))
korta = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(korta)


def main(directory, base):
    js_path, wasm_path = f"{directory}/{base}.js", f"{directory}/{base}_bg.wasm"
    js = open(js_path, encoding="utf-8").read()
    wasm = open(wasm_path, "rb").read()

    removed_text = []
    for cls in re.findall(r"^export class (\w+) \{", js, re.M):
        block = re.search(rf"^export class {cls} \{{\n.*?^\}}\n(if \(Symbol\.dispose\) {cls}\.prototype[^\n]*\n)?",
                          js, re.M | re.S)
        fin = re.search(rf"^const {cls}Finalization = .*?;\n", js, re.M | re.S)
        rest = js.replace(block.group(0), "").replace(fin.group(0), "") if block and fin else js
        if not block or not fin or re.search(rf"\b{cls}\b", rest):
            continue  # used, or not in the shape we know: kept
        removed_text += [block.group(0), fin.group(0)]
        js = rest
    if not removed_text:
        return
    # The WASM exports the removed text called, and nothing else does.
    called = set(re.findall(r"\bwasm\.(\w+)\(", "".join(removed_text)))
    drop = {e for e in called if not re.search(rf"\bwasm\.{e}\b", js)}

    out = bytearray(wasm[:8])
    dropped = 0
    for section, body in korta.wasm_sections(wasm, wasm_path):
        if section == 7:
            count, i = korta.leb(body, 0)
            keep = []
            for _ in range(count):
                export, i = korta.name(body, i)
                start = i
                i += 1
                _, i = korta.leb(body, i)
                if export in drop:
                    dropped += 1
                else:
                    keep.append(korta.put_name(export) + body[start:i])
            body = korta.put_leb(len(keep)) + b"".join(keep)
        out += bytes([section]) + korta.put_leb(len(body)) + body
    if dropped != len(drop):
        sys.exit(f"utan-oanvanda-klasser: {len(drop)} exporter att ta bort, {dropped} i {wasm_path}")

    tmp = wasm_path + ".tmp"
    open(tmp, "wb").write(out)
    subprocess.run(["wasm-opt", *WASM_OPT, tmp, "-o", wasm_path], check=True)
    os.remove(tmp)
    open(js_path, "w", encoding="utf-8").write(js)
    print(f"utan-oanvanda-klasser: {len(removed_text) // 2} klasser, {dropped} exporter borta ur {base}")


if __name__ == "__main__":
    main(*sys.argv[1:])
