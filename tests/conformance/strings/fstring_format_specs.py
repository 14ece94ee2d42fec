# f-string format specs: width, alignment, fill, sign, grouping, precision and types.
n, x, s = 1234567, 3.14159265, 'text'
print(f'[{n:10}] [{n:<10}] [{n:^10}] [{n:>10}] [{n:*^12}]')
print(f'[{n:,}] [{n:_}] [{n:+}] [{-n:+}] [{n: }] [{n:010}] [{-n:010}] [{n:=+12}]')
print(f'[{x:.2f}] [{x:10.3f}] [{x:<10.1f}|] [{x:e}] [{x:.3E}] [{x:g}] [{x:%}] [{x:.1%}]')
print(f'[{s:10}] [{s:>10}] [{s:^9}] [{s:.2}] [{s:-<8}] [{s!r:>10}]')
print(f'[{255:x}] [{255:X}] [{255:#x}] [{255:o}] [{255:#o}] [{5:b}] [{5:#010b}] [{65:c}]')
print(f'[{1e10:,.2f}] [{0.000123:.2e}] [{123456789.0:g}] [{1234567.0:.3g}] [{0.0001:g}]')
width, prec = 12, 3
print(f'[{x:{width}.{prec}f}] [{s:>{width}}] [{n:{"," if True else ""}}]')
print(f'[{True}] [{True:>6}] [{False:>6}] [{True:d}] [{None!s:>6}]')
print(f'[{-0.0:.1f}] [{0.5:.0f}] [{1.5:.0f}] [{2.5:.0f}] [{-1.25:.1f}]')
print(f'{3:03d}-{7:02}-{2024:04d}')
