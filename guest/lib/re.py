"""Regular expressions with CPython's syntax and semantics, matched by a backtracking engine
written here (MicroPython's C engine lacks {m,n}, lookarounds, backreferences, named groups,
flags, \\b and Unicode).

Supported: literals and escapes (\\n \\t \\xhh \\uXXXX \\N{...} excluded), . ^ $ \\A \\Z \\b \\B,
classes [...] with ranges and \\d \\w \\s (Unicode, or ASCII with re.A), groups (...), (?:...),
(?P<name>...), (?P=name), \\1, lookahead (?=...) (?!...), fixed-width lookbehind (?<=...)
(?<!...), comments (?#...), inline flags (?aimsx) and scoped (?i:...), quantifiers * + ? {m,n}
and their lazy forms; flags IGNORECASE MULTILINE DOTALL VERBOSE ASCII. Not here: atomic groups,
possessive quantifiers, conditional groups (?(1)...), bytes patterns with re.LOCALE.
"""

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
           "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG"]

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = ((TEMPLATE, "re.TEMPLATE"), (IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"),
               (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"), (UNICODE, "re.UNICODE"),
               (VERBOSE, "re.VERBOSE"), (DEBUG, "re.DEBUG"), (ASCII, "re.ASCII"))
_INLINE = {"a": ASCII, "i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL, "u": UNICODE,
           "x": VERBOSE}


class error(Exception):
    """A pattern that does not compile: msg, pattern, pos (and lineno, colno)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos) if newline in pattern[:pos] else pos + 1
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
            else:
                msg = "%s at position %d" % (msg, pos)
        super().__init__(msg)


PatternError = error

# ---- character categories --------------------------------------------------------------------


# Unicode categories as CPython's: \w is str.isalnum() or '_', \d str.isdecimal(), \s
# str.isspace() (the str methods are Unicode-aware: guest/strmethods.c).
def _is_word(c, ascii_only):
    if ascii_only:
        return c == "_" or "a" <= c <= "z" or "A" <= c <= "Z" or "0" <= c <= "9"
    return c == "_" or c.isalnum()


def _is_digit(c, ascii_only):
    return "0" <= c <= "9" if ascii_only else c.isdecimal()


def _is_space(c, ascii_only):
    return c in " \t\n\r\x0b\x0c" if ascii_only else c.isspace()


def _category(cat, c, ascii_only):
    if cat == "d":
        return _is_digit(c, ascii_only)
    if cat == "D":
        return not _is_digit(c, ascii_only)
    if cat == "w":
        return _is_word(c, ascii_only)
    if cat == "W":
        return not _is_word(c, ascii_only)
    if cat == "s":
        return _is_space(c, ascii_only)
    return not _is_space(c, ascii_only)


def _fold(c):
    lo = c.lower()
    return lo if len(lo) == 1 else c


# ---- parser ----------------------------------------------------------------------------------
# Nodes: ("lit", ch, ci) ("any", dotall) ("cls", items, negated, ci, ascii) ("bol", multiline)
# ("eol", multiline) ("start",) ("end",) ("wordb", ascii) ("nwordb", ascii)
# ("group", index|None, node) ("alt", [nodes]) ("seq", [nodes]) ("rep", node, min, max, greedy)
# ("backref", index, ci) ("look", ahead, negated, node)

_SPECIAL_ESC = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\x0b", "a": "\x07",
                "\\": "\\"}
_REPEAT_CHARS = "*+?{"
_MAXREPEAT = 4294967295


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.names = {}
        self.open_groups = []
        self.lookbehind_groups = None

    def error(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def skip_verbose(self, flags):
        if not flags & VERBOSE:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in " \t\n\r\x0b\x0c":
                self.i += 1
            elif c == "#":
                while self.i < len(p) and p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def parse(self):
        # Global inline flags may start the pattern.
        node = self.parse_alt(self.flags, 0)
        if self.i < len(self.p):
            if self.p[self.i] == ")":
                self.error("unbalanced parenthesis")
            self.error("unexpected end of pattern")
        return node

    def parse_alt(self, flags, depth):
        branches = [self.parse_seq(flags, depth)]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.parse_seq(flags, depth))
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def parse_seq(self, flags, depth):
        items = []
        p = self.p
        while True:
            self.skip_verbose(flags)
            if self.i >= len(p):
                break
            c = p[self.i]
            if c == "|" or c == ")":
                break
            start = self.i
            atom = self.parse_atom(flags, depth)
            if atom is None:
                continue
            if atom == "flags":
                flags = self.flags
                continue
            self.skip_verbose(flags)
            atom = self.parse_quantifiers(atom, start, flags)
            items.append(atom)
        return items[0] if len(items) == 1 else ("seq", items)

    def parse_quantifiers(self, atom, start, flags):
        p = self.p
        quantified = False
        while self.i < len(p) and p[self.i] in _REPEAT_CHARS:
            c = p[self.i]
            here = self.i
            if c == "{":
                rng = self.parse_braces()
                if rng is None:
                    break
                lo, hi = rng
            else:
                self.i += 1
                lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            if quantified:
                self.error("multiple repeat", here)
            if atom[0] in ("bol", "eol", "start", "end", "wordb", "nwordb", "look"):
                self.error("nothing to repeat", here)
            greedy = True
            if self.peek() == "?":
                self.i += 1
                greedy = False
            elif self.peek() == "+":
                self.error("possessive quantifiers are not supported here", self.i)
            atom = ("rep", atom, lo, hi, greedy)
            quantified = True
            self.skip_verbose(flags)
        return atom

    def parse_braces(self):
        p = self.p
        j = self.i + 1
        k = j
        while k < len(p) and p[k].isdigit():
            k += 1
        lo = p[j:k]
        if k < len(p) and p[k] == ",":
            m = k + 1
            while m < len(p) and p[m].isdigit():
                m += 1
            hi = p[k + 1:m]
            k = m
            two = True
        else:
            hi = lo
            two = False
        if k >= len(p) or p[k] != "}" or (not lo and not two):
            return None  # a literal "{"
        lo_v = int(lo) if lo else 0
        hi_v = int(hi) if hi else None
        if hi_v is not None and hi_v < lo_v:
            self.error("min repeat greater than max repeat", j)
        if lo_v >= _MAXREPEAT or (hi_v is not None and hi_v >= _MAXREPEAT):
            raise OverflowError("the repetition number is too large")
        self.i = k + 1
        return lo_v, hi_v

    def parse_atom(self, flags, depth):
        p = self.p
        c = p[self.i]
        ci = bool(flags & IGNORECASE)
        if c in "*+?":
            self.error("nothing to repeat")
        if c == "{" and self.parse_braces_peek():
            self.error("nothing to repeat")
        self.i += 1
        if c == ".":
            return ("any", bool(flags & DOTALL))
        if c == "^":
            return ("bol", bool(flags & MULTILINE))
        if c == "$":
            return ("eol", bool(flags & MULTILINE))
        if c == "[":
            return self.parse_class(flags)
        if c == "(":
            return self.parse_group(flags, depth)
        if c == "\\":
            return self.parse_escape(flags, False)
        return ("lit", c, ci)

    def parse_braces_peek(self):
        save = self.i
        try:
            return self.parse_braces() is not None
        finally:
            self.i = save

    def parse_group(self, flags, depth):
        p = self.p
        start = self.i - 1
        index = None
        if self.peek() == "?":
            self.i += 1
            c = self.peek()
            if c is None:
                self.error("unexpected end of pattern")
            if c == ":":
                self.i += 1
            elif c == "P":
                self.i += 1
                c2 = self.peek()
                if c2 == "<":
                    self.i += 1
                    name = self.read_name(">")
                    if name in self.names:
                        self.error("redefinition of group name %r as group %d; was group %d"
                                   % (name, self.groups, self.names[name]), self.i - len(name) - 1)
                    index = self.groups
                    self.names[name] = index
                elif c2 == "=":
                    self.i += 1
                    name = self.read_name(")")
                    if name not in self.names:
                        self.error("unknown group name %r" % name, self.i - len(name) - 1)
                    return ("backref", self.names[name], bool(flags & IGNORECASE))
                else:
                    self.error("unknown extension ?P" + (c2 or ""), start + 1)
            elif c in "=!":
                self.i += 1
                node = self.parse_alt(flags, depth + 1)
                self.close_group(start)
                return ("look", True, c == "!", node)
            elif c == "<" and self.p[self.i + 1:self.i + 2] in ("=", "!"):
                neg = self.p[self.i + 1] == "!"
                self.i += 2
                node = self.parse_alt(flags, depth + 1)
                self.close_group(start)
                width = _width(node)
                if width[0] != width[1]:
                    raise error("look-behind requires fixed-width pattern")
                return ("look", False, neg, node, width[0])
            elif c == "#":
                while self.i < len(p) and p[self.i] != ")":
                    self.i += 1
                if self.i >= len(p):
                    self.error("missing ), unterminated comment", start)
                self.i += 1
                return None
            elif c in _INLINE or c == "-":
                on = 0
                off = 0
                neg = False
                while self.i < len(p) and (p[self.i] in _INLINE or p[self.i] == "-"):
                    if p[self.i] == "-":
                        neg = True
                    elif neg:
                        off |= _INLINE[p[self.i]]
                    else:
                        on |= _INLINE[p[self.i]]
                    self.i += 1
                if self.peek() == ")":
                    self.i += 1
                    if start != 0:
                        self.error("global flags not at the start of the expression", start)
                    self.flags |= on
                    return "flags"
                if self.peek() != ":":
                    self.error("missing -, : or )" if self.i < len(p) else "missing -, : or )")
                self.i += 1
                node = self.parse_alt((flags | on) & ~off, depth + 1)
                self.close_group(start)
                return ("group", None, node)
            else:
                self.error("unknown extension ?" + c, start + 1)
        else:
            index = self.groups
        if index is not None:
            self.groups += 1
            self.open_groups.append(index)
        node = self.parse_alt(flags, depth + 1)
        self.close_group(start)
        if index is not None:
            self.open_groups.remove(index)
        return ("group", index, node)

    def close_group(self, start):
        if self.peek() != ")":
            self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def read_name(self, end):
        p = self.p
        j = self.i
        k = p.find(end, j)
        if k < 0:
            self.error("missing %s, unterminated name" % end, j)
        name = p[j:k]
        if not name:
            self.error("missing group name", j)
        if not (name[0].isalpha() or name[0] == "_") or not all(ch.isalpha() or ch.isdigit() or ch == "_" for ch in name):
            self.error("bad character in group name %r" % name, j)
        self.i = k + 1
        return name

    def parse_escape(self, flags, in_class):
        p = self.p
        start = self.i - 1
        if self.i >= len(p):
            self.error("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        ci = bool(flags & IGNORECASE)
        ascii_only = bool(flags & ASCII)
        if c in "dDwWsS":
            return ("cls", [c], False, ci, ascii_only)
        if c in _SPECIAL_ESC:
            return ("lit", _SPECIAL_ESC[c], ci)
        if c == "b":
            return ("lit", "\b", ci) if in_class else ("wordb", ascii_only)
        if c == "B" and not in_class:
            return ("nwordb", ascii_only)
        if c == "A" and not in_class:
            return ("start",)
        if c == "Z" and not in_class:
            return ("end",)
        if c == "x":
            return ("lit", chr(self.read_hex(2, start)), ci)
        if c == "u":
            return ("lit", chr(self.read_hex(4, start)), ci)
        if c == "U":
            v = self.read_hex(8, start)
            if v > 0x10FFFF:
                self.error("bad escape \\U%08x" % v, start)
            return ("lit", chr(v), ci)
        if c == "0":
            digits = "0"
            while len(digits) < 3 and self.i < len(p) and p[self.i] in "01234567":
                digits += p[self.i]
                self.i += 1
            return ("lit", chr(int(digits, 8)), ci)
        if c.isdigit():
            digits = c
            if self.i < len(p) and p[self.i].isdigit():
                if (c in "01234567" and p[self.i] in "01234567" and self.i + 1 < len(p)
                        and p[self.i + 1] in "01234567"):
                    digits = p[self.i - 1:self.i + 2]
                    self.i += 2
                    v = int(digits, 8)
                    if v > 0o377:
                        self.error("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    return ("lit", chr(v), ci)
                digits += p[self.i]
                self.i += 1
            if in_class:
                self.error("bad escape \\" + digits, start)
            n = int(digits)
            if n >= self.groups or n in self.open_groups:
                self.error("invalid group reference %d" % n, start + 1)
            return ("backref", n, ci)
        if ("a" <= c <= "z" or "A" <= c <= "Z"):
            self.error("bad escape \\" + c, start)
        return ("lit", c, ci)

    def read_hex(self, n, start):
        h = self.p[self.i:self.i + n]
        if len(h) != n or any(ch not in "0123456789abcdefABCDEF" for ch in h):
            self.error("incomplete escape \\%s%s" % (self.p[start + 1], h), start)
        self.i += n
        return int(h, 16)

    def parse_class(self, flags):
        p = self.p
        start = self.i - 1
        negated = False
        if self.peek() == "^":
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                self.error("unterminated character set", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            here = self.i
            self.i += 1
            if c == "\\":
                esc = self.parse_escape(flags, True)
                if esc[0] == "cls":
                    items.append(esc[1][0])
                    continue
                lo = esc[1]
            else:
                lo = c
            if self.peek() == "-" and self.p[self.i + 1:self.i + 2] not in ("]", ""):
                self.i += 1
                h = p[self.i]
                self.i += 1
                if h == "\\":
                    esc = self.parse_escape(flags, True)
                    if esc[0] == "cls":
                        self.error("bad character range %s-%s" % (p[here:self.i - 2], p[self.i - 2:self.i]), here)
                    hi = esc[1]
                else:
                    hi = h
                if ord(hi) < ord(lo):
                    self.error("bad character range %s" % p[here:self.i], here)
                items.append((lo, hi))
            else:
                items.append((lo, lo))
        return ("cls", items, negated, bool(flags & IGNORECASE), bool(flags & ASCII))


def _width(node):
    """(min, max) characters a node matches; max None when unbounded."""
    kind = node[0]
    if kind in ("lit", "any", "cls"):
        return 1, 1
    if kind in ("bol", "eol", "start", "end", "wordb", "nwordb", "look"):
        return 0, 0
    if kind == "group":
        return _width(node[2])
    if kind == "seq":
        lo = hi = 0
        for n in node[1]:
            a, b = _width(n)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if kind == "alt":
        ws = [_width(n) for n in node[1]]
        lo = min(w[0] for w in ws)
        hi = None if any(w[1] is None for w in ws) else max(w[1] for w in ws)
        return lo, hi
    if kind == "rep":
        a, b = _width(node[1])
        lo = a * node[2]
        hi = None if node[3] is None or b is None else b * node[3]
        return lo, hi
    return 0, None  # backref


# ---- compiler: nodes to a program for the backtracking machine ------------------------------

_CHAR, _ANY, _CLASS, _SPLIT, _JMP, _SAVE, _ASSERT, _BACKREF, _LOOK, _MARK, _CHECK, _MATCH, _RUN = range(13)


class _Compiler:
    def __init__(self):
        self.prog = []
        self.nregs = 0

    def emit(self, *op):
        self.prog.append(list(op))
        return len(self.prog) - 1

    def compile(self, node):
        kind = node[0]
        if kind == "lit":
            ch = node[1]
            if node[2] and ch.lower() != ch.upper():
                self.emit(_CHAR, _fold(ch), True)
            else:
                self.emit(_CHAR, ch, False)
        elif kind == "any":
            self.emit(_ANY, node[1])
        elif kind == "cls":
            self.emit(_CLASS, _class_set(node[1], node[3], node[4]), node[2], node[1], node[3], node[4])
        elif kind in ("bol", "eol", "start", "end", "wordb", "nwordb"):
            self.emit(_ASSERT, kind, node[1] if len(node) > 1 else False)
        elif kind == "group":
            if node[1] is None:
                self.compile(node[2])
            else:
                self.emit(_SAVE, 2 * node[1])
                self.compile(node[2])
                self.emit(_SAVE, 2 * node[1] + 1)
        elif kind == "seq":
            for n in node[1]:
                self.compile(n)
        elif kind == "alt":
            jumps = []
            branches = node[1]
            for k, n in enumerate(branches):
                if k < len(branches) - 1:
                    split = self.emit(_SPLIT, 0, 0)
                    self.prog[split][1] = len(self.prog)
                    self.compile(n)
                    jumps.append(self.emit(_JMP, 0))
                    self.prog[split][2] = len(self.prog)
                else:
                    self.compile(n)
            for j in jumps:
                self.prog[j][1] = len(self.prog)
        elif kind == "rep":
            self.compile_rep(node)
        elif kind == "backref":
            self.emit(_BACKREF, node[1], node[2])
        elif kind == "look":
            sub = _Compiler()
            sub.compile(node[3])
            sub.emit(_MATCH)
            width = node[4] if len(node) > 4 else None
            self.emit(_LOOK, node[1], node[2], sub.prog, width, sub.nregs)
            self.nregs = max(self.nregs, sub.nregs)
        else:
            raise error("internal: unknown node " + kind)

    def compile_rep(self, node):
        _, body, lo, hi, greedy = node
        if body[0] in ("lit", "any", "cls"):
            # One character at a time: a run instruction instead of a loop of splits.
            sub = _Compiler()
            sub.compile(body)
            self.emit(_RUN, sub.prog[0], lo, hi, greedy)
            return
        for _ in range(lo):
            self.compile(body)
        if hi is None:
            nullable = _width(body)[0] == 0
            loop = self.emit(_SPLIT, 0, 0)
            first = len(self.prog)
            reg = None
            if nullable:
                reg = self.nregs
                self.nregs += 1
                self.emit(_MARK, reg)
            self.compile(body)
            check = None
            if nullable:
                check = self.emit(_CHECK, reg, 0)
            self.emit(_JMP, loop)
            after = len(self.prog)
            if check is not None:
                self.prog[check][2] = after
            self.prog[loop][1:3] = [first, after] if greedy else [after, first]
        else:
            splits = []
            for _ in range(hi - lo):
                split = self.emit(_SPLIT, 0, 0)
                splits.append(split)
                self.prog[split][1] = len(self.prog)
                self.compile(body)
            end = len(self.prog)
            for s in splits:
                first = self.prog[s][1]
                self.prog[s][1:3] = [first, end] if greedy else [end, first]


_ASCII_WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_ASCII_SETS = {"d": "0123456789", "w": _ASCII_WORD, "s": " \t\n\r\x0b\x0c"}


def _class_set(items, ci, ascii_only):
    """The ASCII characters a class matches (before negation), to test most characters with one
    set lookup; the rest go through _class_match."""
    chars = set()
    for code in range(128):
        c = chr(code)
        if _class_match(items, False, ci, ascii_only, c):
            chars.add(c)
    return frozenset(chars)


def _class_match(items, negated, ci, ascii_only, c):
    hit = False
    for it in items:
        if isinstance(it, tuple):
            lo, hi = it
            if lo <= c <= hi:
                hit = True
                break
            if ci:
                for alt in (c.lower(), c.upper()):
                    if len(alt) == 1 and lo <= alt <= hi:
                        hit = True
                        break
                if hit:
                    break
        elif _category(it, c, ascii_only):
            hit = True
            break
    return hit != negated


def _one(op, c):
    code = op[0]
    if code == _CHAR:
        return c == op[1] or (op[2] and _fold(c) == op[1])
    if code == _ANY:
        return op[1] or c != "\n"
    if c < "\x80":
        return (c in op[1]) != op[2]
    return _class_match(op[3], op[2], op[4], op[5], c)


def _run(prog, s, start, end, ncaps, nregs, must_advance_at, origin):
    """Try to match prog at s[start:], not past end; s is the subject as a list of characters
    (indexing a MicroPython str walks it from the start). Returns the capture list or None."""
    caps = [-1] * ncaps
    regs = [-1] * nregs
    stack = []
    pc = 0
    sp = start
    while True:
        op = prog[pc]
        code = op[0]
        ok = True
        if code == _CHAR:
            if sp < end and (s[sp] == op[1] or (op[2] and _fold(s[sp]) == op[1])):
                sp += 1
                pc += 1
                continue
            ok = False
        elif code == _ANY:
            if sp < end and (op[1] or s[sp] != "\n"):
                sp += 1
                pc += 1
                continue
            ok = False
        elif code == _CLASS:
            if sp < end:
                c = s[sp]
                if c < "\x80":
                    hit = (c in op[1]) != op[2]
                else:
                    hit = _class_match(op[3], op[2], op[4], op[5], c)
                if hit:
                    sp += 1
                    pc += 1
                    continue
            ok = False
        elif code == _SPLIT:
            stack.append((op[2], sp, caps[:], regs[:] if nregs else regs))
            pc = op[1]
            continue
        elif code == _RUN:
            one, lo, hi = op[1], op[2], op[3]
            limit = end if hi is None else min(end, sp + hi)
            if op[4]:
                k = sp
                while k < limit and _one(one, s[k]):
                    k += 1
                if k - sp < lo:
                    ok = False
                else:
                    if k - sp > lo:
                        # Give back one character at a time on failure, down to the minimum.
                        stack.append((pc + 1, k, caps[:], regs[:] if nregs else regs, sp + lo, 0))
                    sp = k
                    pc += 1
                    continue
            else:
                k = sp
                while k < sp + lo and k < limit and _one(one, s[k]):
                    k += 1
                if k - sp < lo:
                    ok = False
                else:
                    if k < limit:
                        # Take one more character at a time on failure, up to the maximum.
                        stack.append((pc + 1, k, caps[:], regs[:] if nregs else regs, limit, one))
                    sp = k
                    pc += 1
                    continue
        elif code == _JMP:
            pc = op[1]
            continue
        elif code == _SAVE:
            caps[op[1]] = sp
            pc += 1
            continue
        elif code == _MARK:
            regs[op[1]] = sp
            pc += 1
            continue
        elif code == _CHECK:
            # An iteration that matched nothing ends the loop, as in CPython.
            pc = pc + 1 if sp != regs[op[1]] else op[2]
            continue
        elif code == _ASSERT:
            kind = op[1]
            if kind == "bol":
                ok = sp == 0 or (op[2] and s[sp - 1] == "\n")
            elif kind == "eol":
                ok = sp == end or (sp == end - 1 and s[sp] == "\n") or (op[2] and s[sp] == "\n")
            elif kind == "start":
                ok = sp == 0
            elif kind == "end" or kind == "window_end":
                ok = sp == end
            else:
                a = sp > 0 and _is_word(s[sp - 1], op[2])
                b = sp < end and _is_word(s[sp], op[2])
                ok = (a != b) if kind == "wordb" else (a == b)
            if ok:
                pc += 1
                continue
        elif code == _BACKREF:
            g0 = caps[2 * op[1]]
            g1 = caps[2 * op[1] + 1]
            if g0 >= 0 and g1 >= 0:
                text = s[g0:g1]
                n = len(text)
                got = s[sp:sp + n]
                if sp + n <= end and (got == text or (op[2] and "".join(got).lower() == "".join(text).lower())):
                    sp += n
                    pc += 1
                    continue
            ok = False
        elif code == _LOOK:
            ahead, negated, sub, width, subregs = op[1], op[2], op[3], op[4], op[5]
            if ahead:
                r = _run(sub, s, sp, end, ncaps, subregs, -1, origin)
                found = r is not None
            else:
                at = sp - width
                r = None
                if at >= 0:
                    r = _run(sub, s, at, sp, ncaps, subregs, -1, origin)
                    if r is not None and r[-1] != sp:
                        r = None
                found = r is not None
            if found != negated:
                if found:
                    for k in range(ncaps):
                        if r[k] >= 0 and k < len(caps):
                            caps[k] = r[k]
                pc += 1
                continue
            ok = False
        elif code == _MATCH:
            if not (sp == must_advance_at and start == must_advance_at):
                caps.append(sp)
                return caps
            ok = False
        if not ok:
            while True:
                if not stack:
                    return None
                st = stack.pop()
                if len(st) == 4:
                    pc, sp, caps, regs = st
                    break
                npc, nsp, ncaps_, nregs_, bound, one = st
                if one == 0:
                    nsp -= 1
                    if nsp > bound:
                        stack.append((npc, nsp, ncaps_, nregs_, bound, 0))
                else:
                    if not _one(one, s[nsp]):
                        continue
                    nsp += 1
                    if nsp < bound:
                        stack.append((npc, nsp, ncaps_, nregs_, bound, one))
                pc, sp, caps, regs = npc, nsp, ncaps_[:], nregs_[:] if nregs else nregs_
                break


# ---- Pattern and Match -------------------------------------------------------------------------


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, caps):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps
        last = None
        lastend = -1
        for g in range(1, pattern.groups + 1):
            e = caps[2 * g + 1]
            if e >= 0 and caps[2 * g] >= 0 and e >= lastend:
                # CPython's lastindex: the group that closed last (the outermost on a tie).
                if e > lastend or last is None or caps[2 * g] < caps[2 * last]:
                    last = g
                    lastend = e
        self.lastindex = last
        self.lastgroup = None
        if last is not None:
            for name, idx in pattern.groupindex.items():
                if idx == last:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            idx = self.re.groupindex.get(g)
            if idx is None:
                raise IndexError("no such group")
            return idx
        if isinstance(g, bool) or not isinstance(g, int) or not 0 <= g <= self.re.groups:
            raise IndexError("no such group")
        return g

    def _get(self, g, default=None):
        g = self._index(g)
        a, b = self._caps[2 * g], self._caps[2 * g + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(idx, default) for name, idx in self.re.groupindex.items()}

    def start(self, group=0):
        g = self._index(group)
        return self._caps[2 * g] if self._caps[2 * g + 1] >= 0 else -1

    def end(self, group=0):
        g = self._index(group)
        return self._caps[2 * g + 1] if self._caps[2 * g] >= 0 else -1

    def span(self, group=0):
        return self.start(group), self.end(group)

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(self.re, template)(self)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))

    def __bool__(self):
        return True


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        # A bytes pattern is parsed and matched as the str of its byte values (chr(b) each).
        self._bytes = isinstance(pattern, (bytes, bytearray))
        if self._bytes:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            text = "".join(chr(b) for b in pattern)
        elif isinstance(pattern, str):
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            text = pattern
        else:
            raise TypeError("first argument must be string or compiled pattern")
        parser = _Parser(text, flags | (ASCII if self._bytes else 0))
        node = parser.parse()
        self.pattern = pattern
        if self._bytes:
            self.flags = parser.flags & ~ASCII | (flags & ASCII)
        else:
            self.flags = parser.flags | (0 if parser.flags & ASCII else UNICODE)
        self.groups = parser.groups - 1
        self.groupindex = dict(parser.names)
        c = _Compiler()
        c.emit(_SAVE, 0)
        c.compile(node)
        c.emit(_SAVE, 1)
        c.emit(_MATCH)
        self._prog = c.prog
        self._nregs = c.nregs
        self._ncaps = 2 * (self.groups + 1)
        # A first literal character lets search skip ahead with str.find.
        first = c.prog[1] if len(c.prog) > 1 else None
        self._first = first[1] if first and first[0] == _CHAR and not first[2] else None

    def __repr__(self):
        flags = self.flags & ~UNICODE if not self.flags & ASCII else self.flags
        names = [name for value, name in _FLAG_NAMES if flags & value]
        r = "re.compile(%r" % self.pattern
        if names:
            r += ", " + "|".join(names)
        return r + ")"

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _text(self, string):
        """The subject as the engine sees it (a str), checked against the pattern's kind."""
        if isinstance(string, str):
            if self._bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return string
        if isinstance(string, (bytes, bytearray, memoryview)):
            if not self._bytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            return "".join(chr(b) for b in bytes(string))
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)

    def _bounds(self, string, pos, endpos):
        n = len(string)
        pos = 0 if pos < 0 else min(pos, n)
        endpos = n if endpos is None else max(0, min(endpos, n))
        return pos, endpos

    def _at(self, chars, start, endpos, must_advance_at=-1):
        return _run(self._prog, chars, start, endpos, self._ncaps, self._nregs, must_advance_at, start)

    def _search(self, string, chars, pos, endpos, must_advance_at=-1):
        first = self._first
        start = pos
        while start <= endpos:
            if first is not None:
                k = string.find(first, start, endpos)
                if k < 0:
                    return None
                start = k
            caps = self._at(chars, start, endpos, must_advance_at)
            if caps is not None:
                return caps
            start += 1
        return None

    def match(self, string, pos=0, endpos=None):
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        caps = self._at(list(text), pos, endpos)
        return None if caps is None else Match(self, string, pos, endpos, caps)

    def fullmatch(self, string, pos=0, endpos=None):
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        # Anchor at endpos by matching the pattern followed by an end check.
        full = self._full()
        caps = _run(full._prog, list(text), pos, endpos, full._ncaps, full._nregs, -1, pos)
        if caps is None:
            return None
        return Match(self, string, pos, endpos, caps)

    def _full(self):
        full = getattr(self, "_fullpat", None)
        if full is None:
            full = object.__new__(Pattern)
            prog = [list(op) for op in self._prog]
            # Replace the final MATCH: SAVE 1 is followed by an end-of-window check.
            prog[-1] = [_ASSERT, "window_end", False]
            prog.append([_MATCH])
            full._prog = prog
            full._nregs = self._nregs
            full._ncaps = self._ncaps
            self._fullpat = full
        return full

    def search(self, string, pos=0, endpos=None):
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        caps = self._search(text, list(text), pos, endpos)
        return None if caps is None else Match(self, string, pos, endpos, caps)

    def finditer(self, string, pos=0, endpos=None):
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._iter(string, text, pos, endpos)

    def _iter(self, string, text, pos, endpos):
        must_advance_at = -1
        chars = list(text)
        while pos <= endpos:
            caps = self._search(text, chars, pos, endpos, must_advance_at)
            if caps is None:
                return
            m = Match(self, string, pos, endpos, caps)
            yield m
            pos = caps[1]
            must_advance_at = pos if caps[0] == caps[1] else -1

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m._get(1, self._empty()))
            else:
                out.append(m.groups(self._empty()))
        return out

    def _empty(self):
        return b"" if self._bytes else ""

    def split(self, string, maxsplit=0):
        text = self._text(string)
        out = []
        last = 0
        n = 0
        for m in self._iter(string, text, 0, len(text)):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        text = self._text(string)
        if callable(repl):
            fn = repl
        else:
            if isinstance(repl, str) == self._bytes:
                if self._bytes:
                    raise TypeError("sequence item 0: expected a bytes-like object, %s found"
                                    % type(repl).__name__)
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            if (b"\\" if self._bytes else "\\") in repl:
                fn = _expand(self, repl)
            else:
                fn = lambda m: repl
        out = []
        last = 0
        n = 0
        for m in self._iter(string, text, 0, len(text)):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            r = fn(m)
            if r is not None:
                out.append(r)
            last = m.end()
            n += 1
        out.append(string[last:])
        return self._empty().join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not available here")


def _expand(pattern, template):
    """A function of a match giving the replacement string for a template with \\1, \\g<name>."""
    if isinstance(template, (bytes, bytearray)):
        fill_text = _expand(pattern, "".join(chr(b) for b in template))
        return lambda m: bytes(ord(c) for c in fill_text(_BytesAsText(m)))
    parts = []  # str or group index
    lit = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        d = template[i + 1]
        if d == "g":
            j = template.find(">", i + 3)
            if template[i + 2:i + 3] != "<":
                raise error("missing <", template, i + 2)
            if j < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = template[i + 3:j]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isdigit():
                idx = int(name)
                if idx > pattern.groups:
                    raise error("invalid group reference %d" % idx, template, i + 3)
            else:
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                idx = pattern.groupindex[name]
            parts.append("".join(lit))
            lit = []
            parts.append(idx)
            i = j + 1
        elif d.isdigit() and d != "0":
            j = i + 2
            if j < n and template[j].isdigit():
                j += 1
            idx = int(template[i + 1:j])
            if idx > pattern.groups:
                raise error("invalid group reference %d" % idx, template, i + 1)
            parts.append("".join(lit))
            lit = []
            parts.append(idx)
            i = j
        elif d == "0":
            j = i + 2
            while j < n and j < i + 4 and template[j] in "01234567":
                j += 1
            lit.append(chr(int(template[i + 1:j], 8)))
            i = j
        elif d in _SPECIAL_ESC:
            lit.append(_SPECIAL_ESC[d])
            i += 2
        elif "a" <= d <= "z" or "A" <= d <= "Z":
            raise error("bad escape \\" + d, template, i)
        else:
            lit.append("\\" + d)
            i += 2
    parts.append("".join(lit))

    def fill(m):
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
            else:
                out.append(m._get(p, ""))
        return "".join(out)

    return fill


class _BytesAsText:
    """A bytes Match seen as text, for expanding a bytes template."""

    def __init__(self, m):
        self.m = m

    def _get(self, g, default=None):
        v = self.m._get(g, default)
        return v if isinstance(v, str) else "".join(chr(b) for b in v)


_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    return bytes(b"".join(b"\\" + bytes([c]) if chr(c) in _SPECIAL else bytes([c]) for c in pattern))
