# string: constants, capwords, Template, Formatter (issue 14).
## case constants
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(len(string.printable))
## case capwords
import string
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
## case template
from string import Template
t = Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
## case template-mapping-and-identifiers
from string import Template
t = Template("Hi $name_1")
print(t.substitute({"name_1": "ada"}), t.template, t.get_identifiers() if hasattr(t, "get_identifiers") else None)
## case formatter
import string
print(string.Formatter().format("{0}-{x}", 1, x=2), list(string.Formatter().parse("a{b}c")))
