s = f'value}'
