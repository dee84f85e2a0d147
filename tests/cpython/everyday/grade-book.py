students = {
    "Alice": [88, 92, 79, 93],
    "Bob": [72, 65, 80, 70],
    "Chen": [95, 98, 100, 91],
    "Dana": [60, 58, 71, 66],
    "Eve": [88, 85, 90, 92],
}

def letter(avg: float) -> str:
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"

report = []
for name, scores in students.items():
    avg = sum(scores) / len(scores)
    report.append((name, avg, letter(avg), max(scores), min(scores)))

report.sort(key=lambda r: r[1], reverse=True)
print(f"{'Rank':<5}{'Name':<8}{'Avg':>7}  Grade  Range")
for rank, (name, avg, grade, hi, lo) in enumerate(report, start=1):
    print(f"{rank:<5}{name:<8}{avg:>7.2f}  {grade:^5}  {lo}-{hi}")

dist = {}
for _, _, g, _, _ in report:
    dist[g] = dist.get(g, 0) + 1
print("distribution:", dist)
print("class average: %.3f" % (sum(r[1] for r in report) / len(report)))
top = [r[0] for r in report if r[2] == "A"]
print("honor roll:", top)
