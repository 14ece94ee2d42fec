t.join(timeout=)
