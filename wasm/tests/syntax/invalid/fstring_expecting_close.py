s = f'{value'
