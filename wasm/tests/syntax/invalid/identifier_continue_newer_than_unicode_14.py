# U+1E4D0 (Nag Mundari, Unicode 15) cannot continue a name in CPython 3.11
name𞓐 = 1
