# Arbitrary-precision ints: huge products, powers, division, and conversions.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a * b, a + b, b - a, -a)
print(a // 7, a % 7, divmod(b, a), (-b) // a, (-b) % a)
print(2 ** 64 - 1, -(2 ** 63), 10 ** 30 + 1)
print(int('9' * 40) + 1, len(str(2 ** 1000)))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(pow(2, 200, 10 ** 9 + 7), pow(3, 1000, 1000), pow(7, -1, 13))
print(a == 1267650600228229401496703205376, a > 10 ** 30, a < 2.0 ** 101, a == 2.0 ** 100)
print(a / 2 ** 90, (10 ** 50) / (10 ** 48), 2 ** 100 // 2 ** 99)
print(abs(-a), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(int(1e20), int(-1.5e19), int(2.0 ** 70))
print((2 ** 200).bit_length(), (-(2 ** 70)) >> 60, 1 << 100, (2 ** 100) & (2 ** 100 - 1), (2 ** 80) | 1)
print(12345678901234567890 * 98765432109876543210)
