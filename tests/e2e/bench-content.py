"""Writes a synthetic content folder with N times the tips, indicators and
prerequisites of the real one, for the benchmark only (never committed)."""
import pathlib, re, shutil, sys, tomllib

src, dst, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
shutil.rmtree(dst, ignore_errors=True)
dst.mkdir(parents=True)
shutil.copy(src / "strategi.toml", dst / "strategi.toml")

def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', ' ') + '"'

for path in sorted(src.glob("mal-*.toml")):
    g = tomllib.loads(path.read_text())
    out = [f"nummer = {g['nummer']}", f"kortnamn = {q(g['kortnamn'])}", f"malformulering = {q(g['malformulering'])}",
           f"sammanfattning = {q(g['sammanfattning'])}",
           "forutsattningar = [" + ", ".join(q(f"{p} ({i})") for i in range(n) for p in g['forutsattningar']) + "]",
           "kallor = [" + ", ".join("{ namn = %s, url = %s }" % (q(k['namn']), q(k['url'])) for k in g['kallor']) + "]"]
    if g.get('indikatorer_text'):
        out.append(f"indikatorer_text = {q(g['indikatorer_text'])}")
    for i in range(n):
        for ind in g.get('indikatorer', []):
            out += ["", "[[indikatorer]]", f"id = {q(ind['id'] + '-' + str(i))}", f"namn = {q(ind['namn'] + ' ' + str(i))}",
                    f"enhet = {q(ind['enhet'])}", f"battre = {q(ind['battre'])}", f"trend = {q(ind['trend'])}",
                    "kalla = { namn = %s, url = %s }" % (q(ind['kalla']['namn']), q(ind['kalla']['url']))]
            if ind.get('saknas'):
                out.append(f"saknas = {q(ind['saknas'])}")
            for s in ind.get('serier', []):
                out += ["", "[[indikatorer.serier]]", f"namn = {q(s['namn'])}",
                        "punkter = [" + ", ".join("{ ar = %d, varde = %s }" % (p['ar'], p['varde']) for p in s['punkter']) + "]"]
                if s.get('jamforelse'):
                    out.append("jamforelse = true")
                if s.get('brott_fore'):
                    out.append(f"brott_fore = {s['brott_fore']}")
    for i in range(n):
        for t in g['tips']:
            out += ["", "[[tips]]", f"id = {q(t['id'] + '-' + str(i))}", "aktorer = [" + ", ".join(q(a) for a in t['aktorer']) + "]",
                    f"rubrik = {q(t['rubrik'])}", f"text = {q(t['text'])}", f"ursprung = {q(t['ursprung'])}"]
            if t.get('lank'):
                out.append("lank = { namn = %s, url = %s }" % (q(t['lank']['namn']), q(t['lank']['url'])))
    (dst / path.name).write_text("\n".join(out) + "\n")
print(f"bench-content: {n}× innehåll i {dst}")
