# Case mapping and predicates used together the way programs use them: normalising and validating input.
def normalise(name):
    return ' '.join(part.capitalize() for part in name.split())
for raw in ['  ada   LOVELACE ', "o'brien", 'JEAN-luc picard', 'émile zola', 'ÉCOLE normale']:
    print(repr(normalise(raw)), repr(raw.title()))
def classify(token):
    if token.isdigit():
        return 'digits'
    if token.isidentifier():
        return 'identifier'
    if token.isspace():
        return 'space'
    if token.isalnum():
        return 'alnum'
    return 'other'
for tok in ['123', 'x1', '_', ' ', '1x', '½', '3.5', 'if', '²', '', 'ab-c']:
    print(repr(tok), classify(tok))
words = ['Apple', 'apple', 'APPLE', 'Banana', 'straße', 'STRASSE']
print(sorted(words, key=str.casefold), sorted(set(w.casefold() for w in words)))
print(all(w.islower() for w in ['a', 'b1', 'ß']), any(w.isupper() for w in ['a', 'B', '1']))
vowels = sum(1 for c in 'Programming In Python' if c.lower() in 'aeiou')
print(vowels, 'Hello'.swapcase(), 'hELLO'.capitalize(), '123abc'.capitalize(), ''.capitalize())
