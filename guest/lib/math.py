"""Mathematical functions: MicroPython's built-in math plus comb, perm, prod, isqrt, gcd and lcm
(any number of arguments), fsum, dist, hypot (any number of arguments), cbrt, exp2 (_mathlib).

Reached only once the built-in math is extensible; until then `import math` is the C module.
"""

from _mathlib import *
