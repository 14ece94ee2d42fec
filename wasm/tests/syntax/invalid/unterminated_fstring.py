x = f'{value}
