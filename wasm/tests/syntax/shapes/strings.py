'a' "b"
'''c
d'''
r'\n'
b'\x00\xff'
rb'\d'
BR'x'
u'x'
'\t\u00e9\U0001F600\101\x41\\'
'a' 'b' 'c'
'line\
continued'
