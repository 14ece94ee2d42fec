# A match statement with literal, capture, sequence and wildcard patterns (engine: unsupported for now).
def describe(command):
    match command.split():
        case ['go', direction]:
            return f'going {direction}'
        case ['look']:
            return 'looking around'
        case ['take', *items] if items:
            return 'taking ' + ', '.join(items)
        case []:
            return 'nothing to do'
        case _:
            return f'unknown: {command!r}'
for cmd in ['go north', 'look', 'take key lamp', '', 'dance']:
    print(describe(cmd))
