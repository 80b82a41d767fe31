# math.cbrt of subnormals (pystm's frexp looped forever on them) and of the normal-range edges.
import math
for x in [1e-310, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1e-300, 8.0, -27.0, 1e300]:
    print(math.cbrt(x).hex())
