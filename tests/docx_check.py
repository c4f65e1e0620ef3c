#!/usr/bin/env python3
"""Opens a .docx with python-docx, as a real reader would, and prints what it
found as JSON (or, with --text, as lines to read).

Usage: docx_check.py FILE.docx [--text]

Used by tests/plan_docx.rs. python-docx comes from Debian's python3-docx
(so run it with /usr/bin/python3 where another python3 comes first on PATH).
"""

import json
import sys
import zipfile

import docx


def main():
    path = sys.argv[1]
    with zipfile.ZipFile(path) as z:
        # Reads every entry and checks its CRC; the first bad name or None.
        bad_entry = z.testzip()
        names = z.namelist()
    document = docx.Document(path)
    core = document.core_properties
    found = {
        "zip_names": names,
        "zip_bad_entry": bad_entry,
        "title": core.title,
        "language": core.language,
        "created": core.created.isoformat() if core.created else None,
        "paragraphs": [{"style": p.style.name, "text": p.text} for p in document.paragraphs],
        "tables": [
            {
                "style": t.style.name if t.style is not None else None,
                "rows": [[c.text for c in row.cells] for row in t.rows],
            }
            for t in document.tables
        ],
        "sections": [
            {"width_emu": s.page_width, "height_emu": s.page_height} for s in document.sections
        ],
    }
    if "--text" in sys.argv[2:]:
        for p in found["paragraphs"]:
            print(f"[{p['style']}] {p['text']}")
        for i, t in enumerate(found["tables"], 1):
            print(f"-- tabell {i} ({t['style']})")
            for row in t["rows"]:
                print(" | ".join(row))
    else:
        print(json.dumps(found, ensure_ascii=False))


if __name__ == "__main__":
    main()
