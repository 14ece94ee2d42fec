n = 1e+
