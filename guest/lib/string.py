"""String constants, capwords and Template (CPython's string module, without Formatter)."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(w[:1].upper() + w[1:].lower() for w in s.split(sep))


def _is_id_start(c):
    return c == "_" or "a" <= c <= "z" or "A" <= c <= "Z"


def _is_id_char(c):
    return _is_id_start(c) or "0" <= c <= "9"


class Template:
    """$-substitution: $name, ${name}, $$ for a literal $."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _parse(self):
        # Yields (literal, name, start) pieces; name None for a trailing literal,
        # "" for an invalid placeholder at index start.
        t = self.template
        d = self.delimiter
        i = 0
        lit = []
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                lit.append(t[i:])
                break
            lit.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                lit.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == "{":
                e = k + 1
                if e < n and _is_id_start(t[e]):
                    e += 1
                    while e < n and _is_id_char(t[e]):
                        e += 1
                    if e < n and t[e] == "}":
                        yield "".join(lit), t[k + 1:e], j
                        lit = []
                        i = e + 1
                        continue
                yield "".join(lit), "", j
                lit = []
                i = k
                continue
            if k < n and _is_id_start(t[k]):
                e = k + 1
                while e < n and _is_id_char(t[e]):
                    e += 1
                yield "".join(lit), t[k:e], j
                lit = []
                i = e
                continue
            yield "".join(lit), "", j
            lit = []
            i = k
        yield "".join(lit), None, n

    def _invalid(self, start):
        lines = self.template[:start].split("\n")
        colno = start - len("\n".join(lines[:-1])) - (1 if len(lines) > 1 else 0) + 1
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (len(lines), colno))

    def substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        out = []
        for lit, name, start in self._parse():
            out.append(lit)
            if name is None:
                continue
            if name == "":
                self._invalid(start)
            out.append(str(mapping[name]))
        return "".join(out)

    def safe_substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        out = []
        t = self.template
        for lit, name, start in self._parse():
            out.append(lit)
            if name is None:
                continue
            if name == "":
                out.append(self.delimiter)
                continue
            if name in mapping:
                out.append(str(mapping[name]))
            else:
                braced = t.startswith("{", start + len(self.delimiter))
                out.append(self.delimiter + ("{" + name + "}" if braced else name))
        return "".join(out)

    def is_valid(self):
        return all(name != "" for _, name, _ in self._parse())

    def get_identifiers(self):
        ids = []
        for _, name, _ in self._parse():
            if name and name not in ids:
                ids.append(name)
        return ids
