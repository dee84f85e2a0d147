# statistics: mean, fmean, median(_low/_high), mode, multimode, stdev, pstdev, variance, pvariance, quantiles (issue 14).
## case mean-fmean
import statistics as st
print(st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.fmean([1, 2, 4]), st.mean([1, 2]))
## case median-family
import statistics as st
data = [1, 3, 5, 7]
print(st.median(data), st.median_low(data), st.median_high(data), st.median([3, 1, 2]))
## case mode-multimode
import statistics as st
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("aabbb"), st.multimode("aabbcc"), st.multimode([]))
## case stdev-variance
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.pstdev(data), st.pvariance(data), st.stdev(data), st.variance(data))
## case quantiles
import statistics as st
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 101), n=10), st.quantiles([1, 2, 3], n=4, method="inclusive"))
## case errors
import statistics as st
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print(type(e).__name__, e)
## case fractions-and-decimals
import statistics as st
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.median([Fraction(1), Fraction(3)]))
## case geometric-harmonic
import statistics as st
print(round(st.geometric_mean([1, 2, 4]), 10), st.harmonic_mean([40, 60]))
## case grades-report
import statistics as st
grades = {"ann": [90, 85, 77], "bob": [60, 75, 80], "cy": [88, 92, 95]}
for name, g in grades.items():
    print(f"{name}: mean={st.mean(g):.2f} median={st.median(g)} sd={st.stdev(g):.3f}")
