from collections import namedtuple, Counter
from operator import attrgetter, itemgetter

Employee = namedtuple("Employee", "name dept salary years")
staff = [
    Employee("Ann", "eng", 120000, 5),
    Employee("Bob", "eng", 95000, 2),
    Employee("Cid", "ops", 70000, 8),
    Employee("Dee", "sales", 65000, 3),
    Employee("Eli", "eng", 130000, 9),
    Employee("Fay", "ops", 72000, 1),
]

by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept, people in by_dept.items():
    avg = sum(p.salary for p in people) / len(people)
    senior = max(people, key=attrgetter("years"))
    print(f"{dept:<6} n={len(people)} avg={avg:>10,.0f} senior={senior.name}")

ranked = sorted(staff, key=attrgetter("dept", "salary"), reverse=True)
print([e.name for e in ranked])
raise_pct = {"eng": 0.05, "ops": 0.03}
updated = [e._replace(salary=round(e.salary * (1 + raise_pct.get(e.dept, 0.02)))) for e in staff]
print(updated[0], updated[3]._asdict())
print(Counter(e.dept for e in staff).most_common())
pairs = sorted(((e.name, e.years) for e in staff), key=itemgetter(1))
print(pairs[:3])
