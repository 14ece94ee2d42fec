a if b else c if d else e
(lambda: 1) if x else (lambda: 2)
