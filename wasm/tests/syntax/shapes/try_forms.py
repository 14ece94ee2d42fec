try:
    pass
except ValueError as e:
    raise TypeError() from e
except (A, B):
    pass
except:
    raise
else:
    pass
finally:
    pass
