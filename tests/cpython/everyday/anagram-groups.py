from collections import defaultdict

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]

groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)

for key, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:<8} {len(group)} {group}")

singles = [g[0] for g in groups.values() if len(g) == 1]
print("no anagram:", singles)
letters = defaultdict(int)
for w in words:
    for ch in set(w):
        letters[ch] += 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print({k: v for k, v in groups.items() if len(v) > 2})
print(max(words, key=lambda w: (len(set(w)), w)))
