# textwrap: wrap, fill, dedent, indent, shorten (issue 14).
## case wrap
import textwrap
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, width=20))
## case fill
import textwrap
print(textwrap.fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.", width=30))
print(textwrap.fill("a b c", width=10, initial_indent="* ", subsequent_indent="  "))
## case dedent
import textwrap
s = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(s)))
## case indent
import textwrap
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb", "+", lambda line: line.startswith("b")))
## case shorten
import textwrap
print(textwrap.shorten("Hello  world, this is a long sentence", width=20), textwrap.shorten("short", 10), textwrap.shorten("Hello world", width=10, placeholder="..."))
## case wrap-long-words
import textwrap
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10), textwrap.wrap("", 5))
## case textwrapper
import textwrap
w = textwrap.TextWrapper(width=15, break_long_words=False)
print(w.wrap("abcdefghijklmnopqrstuvwxyz and more"))
