# The classic grade table lookup with bisect.
import bisect


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60, 59)])
