from collections import Counter
import re

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
stop = {"it", "was", "the", "of"}

print(f"{len(words)} words, {len(counts)} distinct")
for word, n in counts.most_common(8):
    marker = "*" if word in stop else " "
    print(f"{marker} {word:<12} {n:>3} {'#' * n}")

interesting = {w: n for w, n in counts.items() if w not in stop}
longest = max(interesting, key=len)
print("longest:", longest, len(longest))
print("letters:", "".join(sorted(set("".join(interesting)))))
by_length = {}
for w in sorted(interesting):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, by_length[length])
