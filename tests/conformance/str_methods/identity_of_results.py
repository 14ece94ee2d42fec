# Which str methods hand back the very same object when nothing changes (as CPython does), and which build a new one.
s = 'hello world'
checks = {
    'upper().lower()': s.upper().lower(), 'lower': s.lower(), 'strip': s.strip(), 'replace miss': s.replace('z', 'y'),
    'center narrow': s.center(3), 'zfill narrow': s.zfill(2), 'expandtabs no tab': s.expandtabs(),
    'translate': s.translate({}), 'removeprefix miss': s.removeprefix('z'), 'partition miss': s.partition('z')[0],
    'split miss': s.split('z')[0], 'rsplit miss': s.rsplit('z')[0], 'splitlines one': s.splitlines()[0],
    'join one': ''.join([s]), 'format no fields': s.format(), 'format_map no fields': s.format_map({}),
    'casefold': s.casefold(), 'swapcase twice': s.swapcase().swapcase(), 'str()': str(s),
    'ljust narrow': s.ljust(1), 'rjust narrow': s.rjust(1), 'lstrip miss': s.lstrip('z'),
    'rpartition miss': s.rpartition('z')[2], '{} field': '{}'.format(s), '__str__': s.__str__(),
    '__format__ empty': s.__format__(''), 'capitalize': s.capitalize(), 'title': s.title(),
    'rstrip miss': s.rstrip(), 'removesuffix miss': s.removesuffix('x'), '{0} field': '{0}'.format(s),
    '{} with text': '{}!'.format(s), 'format_map field': '{k}'.format_map({'k': s}),
}
for name in checks:
    value = checks[name]
    print(f'{name:22} {value == s!s:5} {value is s}')
