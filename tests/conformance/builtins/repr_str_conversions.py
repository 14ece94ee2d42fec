# repr() and str() of built-in values, nested containers and special objects.
values = [0, -5, 2.0, 1e-9, 'q', "a'b", '"', '', None, True, [], [''], (), (1,), {}, {'a': [1, (2,)]}, set(), {3},
          frozenset({1}), range(2), b'x', bytearray(b'y'), slice(1, None), ..., NotImplemented, int, ValueError('v'),
          len]
for v in values:
    print(repr(v), '|', str(v))
