# Formatting floats whose decimal expansion sits on a rounding boundary.
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e-7, 123456.789, 1e21, 1e-310]:
    print(repr(v), '%.0f' % v, '%.2f' % v, f'{v:.1e}', f'{v:g}', f'{v:.3g}', str(round(v, 1)))
print('%.17g' % 0.1, '%.20f' % 0.1, f'{0.1:.30f}')
print(f'{1/3:.15f}', f'{2/3:.15f}', f'{1e22:f}', f'{1.5e-5:f}')
print('%g' % 100000, '%g' % 1000000, '%g' % 1e-4, '%g' % 1e-5, '%#g' % 1.0, '%.0e' % 15000)
print(f'{12345.6789:,.2f}', f'{-0.001:.2f}', f'{0.0:e}', f'{-1.0:+.0f}')
print(str(1e16), str(1e15), str(123456789.123456789), str(0.000001), str(0.0000001))
