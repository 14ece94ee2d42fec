s = f'{"\n".join(lines)}'
