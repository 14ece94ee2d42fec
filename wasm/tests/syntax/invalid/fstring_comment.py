s = f'{value # note}'
