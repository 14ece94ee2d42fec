# int() parsing with bases and prefixes; hex, oct, bin and their inverses.
print(int('42'), int('-17'), int(' +3 '), int('1_000_000'), int('0'), int('00'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('777', 8), int('1010', 2), int('10', 3))
print(hex(255), hex(-255), oct(8), oct(-8), bin(10), bin(-10), bin(0), hex(2 ** 70))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(64), 8))
print(int(3.99), int(-3.99), int(True), int('٣'), int(b'12'))
for bad in ['0x10', '1.0', '1e3', '', ' ', '1 2', '--1', '_1', '1__0', '0b2']:
    try:
        print(int(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    int('010', 0)
except ValueError as e:
    print('ValueError', e)
try:
    int(5, 2)
except TypeError as e:
    print('TypeError', e)
