# chr, ord, hex, bin and oct on edge values and their errors.
print(chr(65), chr(0x263A), repr(chr(0)), repr(chr(127)), ord('a'), ord('€'), ord(chr(1114111)))
print(hex(0), hex(255), hex(-1), bin(5), bin(-5), oct(64), hex(2 ** 64))
print([chr(c) for c in range(ord('a'), ord('f'))], ''.join(chr(ord(c) + 1) for c in 'HAL'))
try:
    chr(1114112)
except ValueError as e:
    print('ValueError', e)
try:
    ord('')
except TypeError as e:
    print('TypeError', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError', e)
