"""JSON encoder and decoder with CPython's options and exact output: dumps/dump (indent,
sort_keys, separators, ensure_ascii, default, skipkeys, allow_nan, check_circular, cls) and
loads/load (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict),
raising JSONDecodeError with CPython's messages. Parsing is done here, not by MicroPython's
C parser, which accepts invalid JSON ('[1,]', '[1 2]') and splits surrogate pairs."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    """ValueError with msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - (doc.rfind("\n", 0, pos) if "\n" in doc[:pos] else -1)
        super().__init__("%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---- encoding --------------------------------------------------------------------------------

_ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_INF = float("inf")


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
            continue
        o = ord(c)
        if o < 0x20:
            out.append("\\u%04x" % o)
        elif o > 0x7E and ensure_ascii:
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (o >> 10), 0xDC00 | (o & 0x3FF)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _float_str(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == _INF:
        text = "Infinity"
    elif f == -_INF:
        text = "-Infinity"
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if isinstance(indent, int) and not isinstance(indent, bool):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        self._enc(o, out, 0, {} if self.check_circular else None)
        return out

    def _key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, float):
            return _float_str(k, self.allow_nan)
        if isinstance(k, int):
            return str(k)
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)

    def _enc(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(str(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._container(o, out, level, markers, "[", "]", self._items_list)
        elif isinstance(o, dict):
            self._container(o, out, level, markers, "{", "}", self._items_dict)
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            self._enc(self.default(o), out, level, markers)
            if markers is not None:
                del markers[id(o)]

    def _container(self, o, out, level, markers, open_, close, items):
        if not o:
            out.append(open_ + close)
            return
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o
        out.append(open_)
        if self.indent is not None:
            level += 1
            sep = self.item_separator + "\n" + self.indent * level
            out.append("\n" + self.indent * level)
        else:
            sep = self.item_separator
        items(o, out, level, markers, sep)
        if self.indent is not None:
            out.append("\n" + self.indent * (level - 1))
        out.append(close)
        if markers is not None:
            del markers[id(o)]

    def _items_list(self, o, out, level, markers, sep):
        first = True
        for v in o:
            if not first:
                out.append(sep)
            first = False
            self._enc(v, out, level, markers)

    def _items_dict(self, o, out, level, markers, sep):
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        first = True
        for k, v in items:
            k = self._key(k)
            if k is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(k, self.ensure_ascii))
            out.append(self.key_separator)
            self._enc(v, out, level, markers)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                                separators=separators, default=default, sort_keys=sort_keys,
                                **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


# ---- decoding --------------------------------------------------------------------------------
# The parser walks the UTF-8 bytes of the document: indexing a MicroPython str costs time in
# proportion to the index, bytes index in constant time. Positions in errors are characters.

_UNESC = {0x22: '"', 0x5C: "\\", 0x2F: "/", 0x62: "\b", 0x66: "\f", 0x6E: "\n", 0x72: "\r",
          0x74: "\t"}
_B_WS = b" \t\n\r"
_HEX = b"0123456789abcdefABCDEF"


class _Doc:
    def __init__(self, text):
        self.text = text
        self.b = text.encode("utf-8")
        self.n = len(self.b)

    def fail(self, msg, bpos):
        raise JSONDecodeError(msg, self.text, len(self.b[:bpos].decode("utf-8", "ignore")))


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {"NaN": float("nan"), "Infinity": _INF,
                                                 "-Infinity": -_INF}.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        doc = _Doc(s)
        obj, end = self._value(doc, self._skip(doc, 0))
        end = self._skip(doc, end)
        if end != doc.n:
            doc.fail("Extra data", end)
        return obj

    def raw_decode(self, s, idx=0):
        doc = _Doc(s)
        start = len(s[:idx].encode("utf-8"))
        obj, end = self._value(doc, start)
        return obj, len(doc.b[:end].decode("utf-8"))

    @staticmethod
    def _skip(doc, i):
        b = doc.b
        n = doc.n
        while i < n and b[i] in _B_WS:
            i += 1
        return i

    def _value(self, doc, i):
        b = doc.b
        if i >= doc.n:
            doc.fail("Expecting value", i)
        c = b[i]
        if c == 0x22:
            return self._string(doc, i + 1)
        if c == 0x7B:
            return self._object(doc, i + 1)
        if c == 0x5B:
            return self._array(doc, i + 1)
        if c == 0x6E and b[i:i + 4] == b"null":
            return None, i + 4
        if c == 0x74 and b[i:i + 4] == b"true":
            return True, i + 4
        if c == 0x66 and b[i:i + 5] == b"false":
            return False, i + 5
        if c == 0x4E and b[i:i + 3] == b"NaN":
            return self.parse_constant("NaN"), i + 3
        if c == 0x49 and b[i:i + 8] == b"Infinity":
            return self.parse_constant("Infinity"), i + 8
        if c == 0x2D and b[i:i + 9] == b"-Infinity":
            return self.parse_constant("-Infinity"), i + 9
        return self._number(doc, i)

    def _number(self, doc, i):
        b = doc.b
        n = doc.n
        j = i
        if j < n and b[j] == 0x2D:
            j += 1
        if j < n and b[j] == 0x30:
            j += 1
        elif j < n and 0x31 <= b[j] <= 0x39:
            while j < n and 0x30 <= b[j] <= 0x39:
                j += 1
        else:
            doc.fail("Expecting value", i)
        is_float = False
        if j + 1 < n and b[j] == 0x2E and 0x30 <= b[j + 1] <= 0x39:
            is_float = True
            j += 2
            while j < n and 0x30 <= b[j] <= 0x39:
                j += 1
        if j < n and b[j] in b"eE":
            k = j + 1
            if k < n and b[k] in b"+-":
                k += 1
            if k < n and 0x30 <= b[k] <= 0x39:
                while k < n and 0x30 <= b[k] <= 0x39:
                    k += 1
                is_float = True
                j = k
        text = b[i:j].decode()
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, doc, i):
        b = doc.b
        n = doc.n
        start = i - 1
        out = []
        while True:
            q = b.find(b'"', i)
            if q < 0:
                doc.fail("Unterminated string starting at", start)
            bs = b.find(b"\\", i, q)
            j = q if bs < 0 else bs
            chunk = b[i:j]
            if self.strict:
                for k in range(len(chunk)):
                    if chunk[k] < 0x20:
                        doc.fail("Invalid control character at", i + k)
            out.append(chunk.decode("utf-8"))
            if bs < 0:
                return "".join(out), q + 1
            if j + 1 >= n:
                doc.fail("Unterminated string starting at", start)
            e = b[j + 1]
            if e != 0x75:
                ch = _UNESC.get(e)
                if ch is None:
                    doc.fail("Invalid \\escape", j)
                out.append(ch)
                i = j + 2
                continue
            code = self._hex4(doc, j + 2, j)
            i = j + 6
            if 0xD800 <= code <= 0xDBFF and b[i:i + 2] == b"\\u":
                low = self._hex4(doc, i + 2, i)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
            out.append(chr(code))

    @staticmethod
    def _hex4(doc, i, esc):
        h = doc.b[i:i + 4]
        if len(h) != 4 or any(c not in _HEX for c in h):
            doc.fail("Invalid \\uXXXX escape", esc)
        return int(h, 16)

    def _object(self, doc, i):
        b = doc.b
        pairs = []
        i = self._skip(doc, i)
        if i < doc.n and b[i] == 0x7D:
            return self._finish_object(pairs), i + 1
        while True:
            if i >= doc.n or b[i] != 0x22:
                doc.fail("Expecting property name enclosed in double quotes", i)
            key, i = self._string(doc, i + 1)
            i = self._skip(doc, i)
            if i >= doc.n or b[i] != 0x3A:
                doc.fail("Expecting ':' delimiter", i)
            i = self._skip(doc, i + 1)
            value, i = self._value(doc, i)
            pairs.append((key, value))
            i = self._skip(doc, i)
            if i < doc.n and b[i] == 0x7D:
                return self._finish_object(pairs), i + 1
            if i >= doc.n or b[i] != 0x2C:
                doc.fail("Expecting ',' delimiter", i)
            i = self._skip(doc, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, doc, i):
        b = doc.b
        values = []
        i = self._skip(doc, i)
        if i < doc.n and b[i] == 0x5D:
            return values, i + 1
        while True:
            value, i = self._value(doc, i)
            values.append(value)
            i = self._skip(doc, i)
            if i < doc.n and b[i] == 0x5D:
                return values, i + 1
            if i >= doc.n or b[i] != 0x2C:
                doc.fail("Expecting ',' delimiter", i)
            i = self._skip(doc, i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    return (cls or JSONDecoder)(object_hook=object_hook, parse_float=parse_float,
                                parse_int=parse_int, parse_constant=parse_constant,
                                object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
