# input() with empty stdin raises EOFError after printing the prompt.
try:
    line = input('Your name: ')
    print('got', line)
except EOFError as e:
    print()
    print('EOFError', repr(e))
try:
    input()
except EOFError:
    print('second EOFError')
print(issubclass(EOFError, Exception))
