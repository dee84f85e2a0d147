def to_markdown(rows, headers, align=None):
    align = align or ["<"] * len(headers)
    cols = list(zip(*([headers] + [[str(c) for c in r] for r in rows])))
    widths = [max(len(str(v)) for v in col) for col in cols]
    def line(vals):
        return "| " + " | ".join(f"{str(v):{a}{w}}" for v, a, w in zip(vals, align, widths)) + " |"
    sep = "|" + "|".join(
        (":" if a in "<^" else "-") + "-" * w + (":" if a in ">^" else "-") for a, w in zip(align, widths)) + "|"
    return "\n".join([line(headers), sep] + [line(r) for r in rows])

data = [("Python", 1991, 3.11), ("Rust", 2015, 1.74), ("Go", 2009, 1.21), ("JavaScript", 1995, None)]
print(to_markdown(data, ["Language", "Year", "Version"], ["<", ">", "^"]))
print()
print(to_markdown(sorted(data, key=lambda r: r[1]), ["Language", "Year", "Version"]))
print(repr("naïve — “quoted”"), ascii("naïve"))
