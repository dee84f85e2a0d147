def slugify(title: str) -> str:
    cleaned = "".join(c if c.isalnum() else " " for c in title.lower())
    return "-".join(cleaned.split())

def camel_to_snake(name: str) -> str:
    out = []
    for i, c in enumerate(name):
        if c.isupper() and i:
            out.append("_")
        out.append(c.lower())
    return "".join(out)

def snake_to_camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(w.title() for w in rest)

def is_palindrome(s: str) -> bool:
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]

def caesar(s: str, k: int) -> str:
    def shift(c):
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            return chr((ord(c) - base + k) % 26 + base)
        return c
    return "".join(map(shift, s))

def wrap_words(s: str, width: int):
    lines, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return lines + [cur] if cur else lines

print(slugify("Hello, World! It's 2024"), camel_to_snake("parseHTTPResponse"), snake_to_camel("user_id_value"))
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("python"))
print(caesar("Hello, World!", 3), caesar(caesar("Round Trip", 11), -11))
print(wrap_words("the quick brown fox jumps over the lazy dog", 12))
print("Title Case".swapcase(), "  padded  ".strip().center(12, "*"), "x".zfill(4), "tab\tsep".expandtabs(6))
print("word".capitalize(), "hello world".title(), "ß".upper(), "Ǆ".casefold())
