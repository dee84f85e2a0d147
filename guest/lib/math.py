"""Mathematical functions: MicroPython's built-in math plus comb, perm, prod, isqrt, gcd and lcm
(any number of arguments), fsum, dist, hypot (any number of arguments), cbrt, exp2 (_mathlib).

The built-in math is extensible (guest/patches/0013): `import math` finds this file first, and
_mathlib reaches the C module as `umath`.
"""

from _mathlib import *
