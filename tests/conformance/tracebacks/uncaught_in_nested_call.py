# An exception raised three calls deep shows every frame, outermost first.
def parse(text):
    return int(text)

def load(record):
    return parse(record['count'])

def main():
    records = [{'count': '3'}, {'count': 'x'}]
    total = 0
    for record in records:
        total += load(record)
        print('running total', total)
    return total

main()
