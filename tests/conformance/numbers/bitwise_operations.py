# Bitwise operators on positive and negative ints, shifts, and bit_length.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-5 & 0xff, -5 | 2, -5 ^ -1, ~-1, -16 >> 2, -1 >> 100, -17 >> 1, 1 << 0)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 64).bit_length())
print((13).bit_count(), (-13).bit_count())
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1.0 & 1
except TypeError as e:
    print('TypeError', e)
print((1024).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (-1).to_bytes(2, 'big', signed=True))
