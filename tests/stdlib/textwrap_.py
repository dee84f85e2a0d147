import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "A well-known state-of-the-art example, with hyphenated-words and a verylongwordthatwillneedbreaking.")
for w in (10, 20, 35, 70):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap("  leading and trailing   spaces  ", 10))
print(textwrap.wrap("  leading   spaces  ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\nnewlines\nhere", 12))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder="..."))
print(textwrap.wrap(text, 30, max_lines=2))
print(repr(textwrap.dedent("    def f():\n        return 1\n    \n    x = 2\n")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+ ", lambda l: True)))
w = textwrap.TextWrapper(width=25, fix_sentence_endings=True)
print(w.wrap("This is a sentence. And another one! Really? yes."))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
print(textwrap.wrap("a-b c--d e-f-g some-thing ab-cd-ef", 6))
