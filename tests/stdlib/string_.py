import string
from string import Template, capwords
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(capwords("hello   world  from python"), capwords("a-b c-d", "-"), capwords(""))
t = Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}))
print(t.safe_substitute(who="x"), Template("$a $b").safe_substitute({"a": 1}, b=2))
print(t.get_identifiers(), t.is_valid(), Template("bad $").is_valid())
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError", e.args)
try:
    Template("line\nbad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("${x}y $x.z").substitute(x=3), Template("$$ $").safe_substitute())
