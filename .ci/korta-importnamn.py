#!/usr/bin/env python3
"""Shortens the names of the functions the WASM imports from its JS glue.

Usage: python3 .ci/korta-importnamn.py DIR NAME   (DIR/NAME.js, DIR/NAME_bg.wasm)

wasm-bindgen names each import after the function and a 16-digit hash
(`__wbg_queueMicrotask_1e8503a8a690f0a3`), once in the .wasm and once in
the .js. The hashes do not compress: in the islands they are about 2.5 kB
of the brotli size. The names are only a contract between these two files,
so both get the same short names ("a", "b", …). Anything unexpected (a name
not found exactly once, an import section we cannot read) stops the build
with nothing changed.
"""

import re
import sys


def leb(data, i):
    value, shift = 0, 0
    while True:
        b = data[i]
        i += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return value, i


def put_leb(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def name(data, i):
    n, i = leb(data, i)
    return data[i:i + n].decode(), i + n


def put_name(s):
    b = s.encode()
    return put_leb(len(b)) + b


def short(k):
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    s = ""
    k += 1
    while k:
        k -= 1
        s = letters[k % 52] + s
        k //= 52
    return s


def rewrite_imports(body, module, names):
    """The import section `body` with the imports of `module` renamed."""
    count, i = leb(body, 0)
    out = bytearray(put_leb(count))
    renamed = []
    for _ in range(count):
        mod, i = name(body, i)
        field, i = name(body, i)
        start = i
        kind = body[i]
        i += 1
        if kind == 0:  # function: type index
            _, i = leb(body, i)
        elif kind == 1:  # table: reftype, limits
            i += 1
            flags = body[i]
            i += 1
            _, i = leb(body, i)
            if flags & 1:
                _, i = leb(body, i)
        elif kind == 2:  # memory: limits
            flags = body[i]
            i += 1
            _, i = leb(body, i)
            if flags & 1:
                _, i = leb(body, i)
        elif kind == 3:  # global: valtype, mutability
            i += 2
        else:
            sys.exit(f"korta-importnamn: okänd importsort {kind}")
        if mod == module:
            renamed.append(field)
            field = names.get(field, field)
        out += put_name(mod) + put_name(field) + body[start:i]
    if i != len(body):
        sys.exit("korta-importnamn: importsektionen lästes inte till slut")
    return bytes(out), renamed


def wasm_sections(wasm, path):
    if wasm[:8] != b"\0asm\1\0\0\0":
        sys.exit(f"korta-importnamn: {path} är ingen WASM-fil")
    i = 8
    while i < len(wasm):
        size, body_start = leb(wasm, i + 1)
        yield wasm[i], wasm[body_start:body_start + size]
        i = body_start + size


def main(directory, base):
    js_path, wasm_path = f"{directory}/{base}.js", f"{directory}/{base}_bg.wasm"
    js = open(js_path, encoding="utf-8").read()
    wasm = open(wasm_path, "rb").read()
    module = f"./{base}_bg.js"

    block = re.search(r"\n    const import0 = \{\n(.*?)\n    \};\n", js, re.S)
    if not block or f'"{module}": import0' not in js:
        sys.exit(f"korta-importnamn: hittar inte importerna i {js_path}")
    keys = re.findall(r"^        (\w+): function\(", block.group(1), re.M)
    # The imports the WASM still has (wasm-opt drops unused ones; their
    # functions stay in the JS, unused, under their long names).
    imported = []
    for section, body in wasm_sections(wasm, wasm_path):
        if section == 2:
            imported = rewrite_imports(body, module, {})[1]
    names = {}
    for k in keys:
        if k not in imported:
            continue
        if len(re.findall(rf"\b{k}\b", js)) != 1:
            sys.exit(f"korta-importnamn: {k} står inte exakt en gång i {js_path}")
        names[k] = short(len(names))
    missing = [f for f in imported if f not in names]
    if missing:
        sys.exit(f"korta-importnamn: {wasm_path} importerar {missing[0]}, som inte finns i {js_path}")

    out = bytearray(wasm[:8])
    for section, body in wasm_sections(wasm, wasm_path):
        if section == 2:
            body = rewrite_imports(body, module, names)[0]
        out += bytes([section]) + put_leb(len(body)) + body

    body = block.group(1)
    for long_name, short_name in names.items():
        body = body.replace(f"        {long_name}: function(", f"        {short_name}: function(", 1)
    js = js[:block.start(1)] + body + js[block.end(1):]
    open(wasm_path, "wb").write(out)
    open(js_path, "w", encoding="utf-8").write(js)
    print(f"korta-importnamn: {len(names)} importnamn kortade i {base}")


if __name__ == "__main__":
    main(*sys.argv[1:])
