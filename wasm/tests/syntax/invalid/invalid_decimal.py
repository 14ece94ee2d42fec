n = 12abc
