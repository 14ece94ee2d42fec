"""An error raised by a function map() calls, while list() consumes the map, shows only the program's frames."""


def parse(text):
    return int(text)


def totals(rows):
    return list(map(parse, rows))


print(totals(["1", "2"]))
print(sum(x for x in totals(["3"])))
totals(["4", "five"])
