# Thread results formatted into a wrapped, indented report.
import textwrap
import threading

notes = {}


def note(name, words):
    notes[name] = ' '.join(words)


threads = [threading.Thread(target=note, args=(f'T{i}', ['word%d' % j for j in range(i * 4 + 3)])) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(notes):
    print(textwrap.fill(notes[name], 30, initial_indent=name + ': ', subsequent_indent=' ' * (len(name) + 2)))
