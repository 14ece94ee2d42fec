# U+11F04 (Kawi, new in Unicode 15) is no letter to CPython 3.11 (Unicode 14)
𑼄 = 1
