# A small physics table built from math functions, formatted as a tutorial would print it.
import math

g = 9.81
for angle in (15, 30, 45, 60, 75):
    theta = math.radians(angle)
    v = 20.0
    flight = 2 * v * math.sin(theta) / g
    distance = v * math.cos(theta) * flight
    peak = (v * math.sin(theta)) ** 2 / (2 * g)
    print(f'{angle:>3} deg  time={flight:6.3f}s  range={distance:7.3f}m  peak={peak:6.3f}m')
print(round(math.degrees(math.atan2(3, 4)), 4), f'{math.sqrt(2):.10f}', f'{math.pi:.3e}')
print(math.floor(math.log10(123456)) + 1, math.ceil(math.log2(1000)), math.gcd(*[84, 126, 210]))
