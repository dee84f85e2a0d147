"""Text wrapping and filling: wrap, fill, shorten, dedent, indent, TextWrapper."""

_WS = "\t\n\x0b\x0c\r "


def _expandtabs(s, tabsize):
    out = []
    col = 0
    for c in s:
        if c == "\t":
            n = tabsize - col % tabsize if tabsize > 0 else 0
            out.append(" " * n)
            col += n
        elif c in "\n\r":
            out.append(c)
            col = 0
        else:
            out.append(c)
            col += 1
    return "".join(out)


def _is_letter(c):
    return c.isalpha()


def _hyphen_split(word):
    # Break a word after hyphens that join letters, as CPython does: "well-known" gives
    # "well-" + "known", but "-x", "a-1" and "x--y" stay whole.
    parts = []
    start = 0
    n = len(word)
    for i in range(1, n - 1):
        if word[i] != "-":
            continue
        before = word[start:i]
        two_letters = i >= 2 and _is_letter(word[i - 1]) and _is_letter(word[i - 2])
        lt_dash_lt = i >= 3 and _is_letter(word[i - 1]) and word[i - 2] == "-" and _is_letter(word[i - 3])
        if not (two_letters or lt_dash_lt) or not before:
            continue
        rest = word[i + 1:]
        if rest[:1].isalpha() and (rest[1:2].isalpha() or (rest[1:2] == "-" and rest[2:3].isalpha())):
            parts.append(word[start:i + 1])
            start = i + 1
    parts.append(word[start:])
    return parts


def _is_word_char(c):
    return c.isalpha() or c.isdigit() or c == "_"


def _emdash_split(word):
    # A run of two or more hyphens after a word character (or ! " ' & . , ?) and before a word
    # character is a chunk of its own: "this--that" gives "this", "--", "that".
    pieces = []
    start = 0
    i = 1
    n = len(word)
    while i < n - 2:
        if word[i] == "-" and word[i + 1] == "-" and (_is_word_char(word[i - 1]) or word[i - 1] in "!\"'&.,?"):
            j = i
            while j < n and word[j] == "-":
                j += 1
            if j < n and _is_word_char(word[j]):
                pieces.append(word[start:i])
                pieces.append(word[i:j])
                start = i = j
                continue
            i = j
            continue
        i += 1
    pieces.append(word[start:])
    return pieces


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = _expandtabs(text, self.tabsize)
        if self.replace_whitespace:
            text = "".join(" " if c in _WS else c for c in text)
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _WS:
                while j < n and text[j] in _WS:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _WS:
                    j += 1
                word = text[i:j]
                if self.break_on_hyphens:
                    for piece in _emdash_split(word):
                        chunks.extend(_hyphen_split(piece) if piece[:2] != "--" else [piece])
                else:
                    chunks.append(word)
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == " " and len(c) >= 2 and c[-2].islower() and (
                c[-1] in ".!?" or (c[-1] in "\"'" and len(c) >= 3 and c[-2] in ".!?" and c[-3].islower())
            ):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or ((not chunks or self.drop_whitespace and len(chunks) == 1
                             and not chunks[0].strip()) and cur_len <= width)):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def wrap(self, text):
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _lines_keepends(text):
    lines = []
    start = 0
    while True:
        i = text.find("\n", start)
        if i < 0:
            if start < len(text):
                lines.append(text[start:])
            return lines
        lines.append(text[start:i + 1])
        start = i + 1


def dedent(text):
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        indent = line[: len(line) - len(stripped)]
        if margin is None:
            margin = indent
        else:
            k = 0
            while k < len(margin) and k < len(indent) and margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.strip(" \t"):
            out.append("")
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    out = []
    for line in _lines_keepends(text):
        if (line.strip() != "") if predicate is None else predicate(line):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
