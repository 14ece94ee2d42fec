class = 'x'
