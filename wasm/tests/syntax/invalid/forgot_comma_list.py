names = ['a' 'b', c d]
