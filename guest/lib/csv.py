"""CSV reading and writing with CPython's dialects, quoting rules and errors: reader, writer,
DictReader, DictWriter, register_dialect and friends (no Sniffer)."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "reader", "writer", "DictReader", "DictWriter",
           "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "field_size_limit", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


class Dialect:
    delimiter = ","
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}
_field_limit = [131072]


def field_size_limit(new_limit=None):
    old = _field_limit[0]
    if new_limit is not None:
        if not isinstance(new_limit, int):
            raise TypeError("limit must be an integer")
        _field_limit[0] = new_limit
    return old


class _Params:
    """The effective formatting parameters of a dialect plus keyword overrides, checked."""

    _NAMES = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
              "lineterminator", "quoting", "strict")

    def __init__(self, dialect, kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in self._NAMES:
            setattr(self, name, getattr(dialect, name, getattr(Dialect, name)))
        for name, value in kwargs.items():
            if name not in self._NAMES:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
            setattr(self, name, value)
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is not None and (not isinstance(self.quotechar, str) or len(self.quotechar) != 1):
            raise TypeError('"quotechar" must be a 1-character string')
        if self.quoting not in (0, 1, 2, 3):
            raise TypeError("bad \"quoting\" value")
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    base = dialect if dialect is not None else Dialect
    params = _Params(base, fmtparams)
    d = type(name if name.isalpha() else "dialect", (Dialect,), {})
    for n in _Params._NAMES:
        setattr(d, n, getattr(params, n))
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


class _Reader:
    def __init__(self, f, dialect, kwargs):
        self._it = iter(f)
        self.dialect = _Params(dialect, kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        delim, quote, esc = d.delimiter, d.quotechar, d.escapechar
        fields = []
        field = []
        quoted = False  # the current field was quoted (for QUOTE_NONNUMERIC)
        state = "start"  # start, field, quoted, quote_in_quoted, escape, quoted_escape
        started = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if state in ("quoted", "quoted_escape") or state == "escape":
                    if d.strict:
                        raise Error("unexpected end of data")
                    fields.append(self._finish(field, quoted))
                    return fields
                if started and (field or fields or state != "start"):
                    fields.append(self._finish(field, quoted))
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in "
                            "text mode)" % type(line).__name__)
            self.line_num += 1
            if not started and line in ("\n", "\r\n", "\r", "") and state == "start":
                return []
            started = True
            i = 0
            n = len(line)
            chars = list(line)
            while i < n:
                c = chars[i]
                i += 1
                if state == "start" or state == "field":
                    if c in "\r\n":
                        # End of the record (a lone \r or \n, or \r\n).
                        rest = "".join(chars[i:])
                        if rest.strip("\r\n"):
                            raise Error("new-line character seen in unquoted field - do you "
                                        "need to open the file with newline=''?")
                        fields.append(self._finish(field, quoted))
                        return fields
                    if state == "start":
                        if c == quote and d.quoting != QUOTE_NONE:
                            state = "quoted"
                            quoted = True
                            continue
                        if c == " " and d.skipinitialspace:
                            continue
                    if c == esc:
                        state = "escape"
                        continue
                    if c == delim:
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = "start"
                        continue
                    field.append(c)
                    state = "field"
                elif state == "escape":
                    field.append(c)
                    state = "field"
                elif state == "quoted":
                    if c == esc:
                        state = "quoted_escape"
                    elif c == quote:
                        state = "quote_in_quoted" if d.doublequote else "after_quote"
                    else:
                        field.append(c)
                elif state == "quoted_escape":
                    field.append(c)
                    state = "quoted"
                elif state in ("quote_in_quoted", "after_quote"):
                    if c == quote and state == "quote_in_quoted":
                        field.append(c)
                        state = "quoted"
                    elif c == delim:
                        fields.append(self._finish(field, quoted))
                        field = []
                        quoted = False
                        state = "start"
                    elif c in "\r\n":
                        fields.append(self._finish(field, quoted))
                        return fields
                    elif d.strict:
                        raise Error("'%s' expected after '%s'" % (delim, quote))
                    else:
                        field.append(c)
                        state = "field"
            # The line ended without a newline character.
            if state in ("quoted", "quoted_escape"):
                continue  # a quoted field goes on in the next line
            fields.append(self._finish(field, quoted))
            return fields

    def _finish(self, field, quoted):
        s = "".join(field)
        if len(s) > _field_limit[0]:
            raise Error("field larger than field limit (%d)" % _field_limit[0])
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted:
            if s == "":
                return s
            return float(s)
        return s


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class _Writer:
    def __init__(self, f, dialect, kwargs):
        self._write = f.write
        self.dialect = _Params(dialect, kwargs)

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            text = ""
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if d.quoting == QUOTE_ALL:
            need = True
        elif d.quoting == QUOTE_NONNUMERIC:
            need = not numeric
        elif d.quoting == QUOTE_NONE:
            need = False
        else:
            need = (text == "" and only) or any(
                c == d.delimiter or c == d.quotechar or c in "\r\n" or c in d.lineterminator
                for c in text) or (text[:1] == " " and d.skipinitialspace)
        if d.quoting == QUOTE_NONE or (not need and d.escapechar):
            out = []
            for c in text:
                if c == d.delimiter or c == d.quotechar or c == d.escapechar or c in "\r\n" or c in d.lineterminator:
                    if c == d.quotechar and d.quoting != QUOTE_NONE and d.doublequote:
                        out.append(c + c)
                        continue
                    if not d.escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar + c)
                else:
                    out.append(c)
            text = "".join(out)
        elif need:
            if d.doublequote:
                text = text.replace(d.quotechar, d.quotechar * 2)
            elif d.escapechar:
                text = text.replace(d.escapechar, d.escapechar * 2).replace(d.quotechar, d.escapechar + d.quotechar)
            elif d.quotechar in text:
                raise Error("need to escape, but no escapechar set")
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            row = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        only = len(row) == 1
        line = self.dialect.delimiter.join(self._field(v, only) for v in row)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        self.fieldnames = list(fieldnames)
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(x) for x in wrong))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._dict_to_list(r) for r in rowdicts)
