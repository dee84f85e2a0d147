import statistics as st
from fractions import Fraction
data = [2.5, 3.25, 5.5, 11.25, 1.0, 4.75]
ints = [1, 2, 2, 3, 4, 7, 9]
print(st.mean(ints), st.mean([1, 2, 3, 4]), st.mean(data), st.mean([0.1, 0.2, 0.3]), st.mean([Fraction(1, 3), Fraction(2, 3), 1]), type(st.mean([1, 2, 3])).__name__)
print(st.fmean(ints), st.fmean([0.1] * 10), st.fmean([1, 2, 3], weights=[3, 1, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.median(ints), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode(["red", "blue", "red"]), sorted(st.multimode("aabbbbccddddeeffffgg")), st.multimode([]))
print(st.variance(ints), st.variance(data), st.pvariance(ints), st.pvariance(data), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev(ints), st.stdev(data), st.pstdev(ints), st.pstdev(data), st.stdev([1, 2]), st.pstdev([5, 5, 5]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.pvariance([0.1, 0.2, 0.3, 0.4]), st.stdev([0.1, 0.2, 0.3, 0.4]), st.variance(ints, 3.5))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(ints, n=10), st.quantiles(data, n=3, method="inclusive"), st.quantiles([1, 5], n=4))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.correlation(x, x), st.correlation(x, y), st.covariance(x, y), st.covariance(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
print(st.linear_regression(x, [2 * v + 0.5 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 6), round(nd.pdf(100), 8), nd.zscore(130), nd + 5, nd * 2)
for bad in (lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([]), lambda: st.quantiles([1]), lambda: st.geometric_mean([1, -1]), lambda: st.correlation([1, 1], [1, 2])):
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError", e)
print(issubclass(st.StatisticsError, ValueError))
