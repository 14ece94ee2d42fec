# Methods of int and float that tutorials use, and numeric literal forms.
print((42).bit_length(), (10).real, (10).imag, (10).numerator, (10).denominator, (7).conjugate())
print(int.from_bytes(b'\xff\xff', 'big'), (65535).to_bytes(2, 'little'))
print((3.75).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-1.5).as_integer_ratio())
print(1_000_000, 0x_ff, 0o17, 0b1_0, 1e3, 1E-3, 1_0.5_0, .5, 5., 0e0)
print(type(1e3).__name__, type(10 // 1).__name__, type(10.0 // 1).__name__)
print((5).__add__(3), (5).__radd__(3), (5).__truediv__(0.5), (5.0).__floordiv__(2))
print(int.__name__, float.__name__, (3).__class__.__name__)
print((1.5).__round__(), (2.5).__round__(), (-7) .__abs__())
