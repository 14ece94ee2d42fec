s = f'{value!x}'
