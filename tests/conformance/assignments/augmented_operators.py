# Every augmented assignment operator on ints, floats, strings and lists.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 7; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n &= 0b1111; print(n)
n |= 0b10000; print(n)
n ^= 0b101; print(n)
f = 1.5
f /= 2; print(f)
f **= 2; print(f)
s = 'ab'
s += 'cd'; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
lst *= 2
print(alias)
