# bisect: bisect_left/right, insort, key= (issue 14).
## case bisect-basic
import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect(a, 9))
## case insort
import bisect
a = [1, 3, 5]
bisect.insort(a, 4)
bisect.insort_left(a, 3)
bisect.insort_right(a, 6)
print(a)
## case lo-hi
import bisect
print(bisect.bisect_left([1, 2, 3, 4, 5], 3, 3), bisect.bisect_right([1, 2, 3, 4, 5], 3, 0, 2))
## case key
import bisect
rows = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(rows, 5, key=lambda r: r[1]), bisect.bisect_right(rows, 5, key=lambda r: r[1]))
bisect.insort(rows, ("x", 6), key=lambda r: r[1])
print(rows)
## case grades
import bisect
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
