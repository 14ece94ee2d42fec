# An uncaught KeyError shows the key's repr in the last line.
inventory = {'apples': 3, 'pears': 0}
for fruit in ['apples', 'pears', 'plums']:
    print(fruit, inventory[fruit])
